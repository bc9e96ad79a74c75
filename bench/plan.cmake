# Subscription plans (run by hand or `ctest -L bench`): the reconciler's time for large plans in steady state,
# and a first apply (every subscription created) through the keeper against the in-process simulator.
qt_add_executable(bench_plan ${CMAKE_CURRENT_SOURCE_DIR}/plan/bench_plan.cpp)
target_link_libraries(bench_plan PRIVATE roamdesk_core roamdesk_models roamdesk_build_options)
add_test(NAME bench_plan COMMAND bench_plan)
set_tests_properties(bench_plan PROPERTIES LABELS bench TIMEOUT 600)
