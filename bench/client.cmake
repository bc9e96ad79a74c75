# Client benchmark: run bench/client.sh, which also times curl against the same endpoint.
qt_add_executable(roamdesk-bench-client ${CMAKE_CURRENT_SOURCE_DIR}/client/bench_client.cpp)
target_link_libraries(roamdesk-bench-client PRIVATE roamdesk_core roamdesk_build_options)
add_test(NAME bench_client COMMAND roamdesk-bench-client --count 1000)
set_tests_properties(bench_client PROPERTIES LABELS bench TIMEOUT 300)
