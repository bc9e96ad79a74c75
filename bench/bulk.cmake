# Bulk lookups against a quota (run by hand or `ctest -L bench`): sweep efficiency and the share of 429s for
# quotas of 20, 200 and 2,000 requests per second, with and without Retry-After.
qt_add_executable(bench_sweep ${CMAKE_CURRENT_SOURCE_DIR}/bulk/bench_sweep.cpp)
target_link_libraries(bench_sweep PRIVATE roamdesk_core roamdesk_models roamdesk_build_options)
add_dependencies(bench_sweep roamdesk-cli)
add_test(NAME bench_sweep COMMAND bench_sweep --cli $<TARGET_FILE:roamdesk-cli>)
set_tests_properties(bench_sweep PROPERTIES LABELS bench TIMEOUT 600)
add_test(NAME bench_sweep_2000_rows COMMAND bench_sweep --quotas 200 --rows 2000 --cli $<TARGET_FILE:roamdesk-cli>)
set_tests_properties(bench_sweep_2000_rows PROPERTIES LABELS bench TIMEOUT 120)
