# Rules benchmarks: the cost of one event through the default pack and through 20 rules at 5,000 events/s
# (p50 / p99), then a full replay of a million stored events as `roamdesk-cli alerts` does it.
qt_add_executable(bench_rules ${CMAKE_CURRENT_LIST_DIR}/rules/rulesbench.cpp)
target_link_libraries(bench_rules PRIVATE roamdesk_core roamdesk_models roamdesk_build_options)
add_test(NAME bench_rules COMMAND bench_rules)
set_tests_properties(bench_rules PROPERTIES LABELS bench TIMEOUT 900)
