# Simulator benchmarks: bench/simulator.sh runs wrk against `roamdesk-cli simulator` and then bench_sim_fanout.
add_executable(bench_sim_fanout ${CMAKE_CURRENT_SOURCE_DIR}/simulator/fanout.cpp)
target_link_libraries(bench_sim_fanout PRIVATE roamdesk_core roamdesk_build_options)
add_test(NAME bench_sim_fanout COMMAND bench_sim_fanout 250 500)
set_tests_properties(bench_sim_fanout PROPERTIES LABELS bench TIMEOUT 120)
