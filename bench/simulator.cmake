# Simulator benchmarks: bench/simulator.sh runs wrk against `roamdesk-cli simulator` and then bench_sim_fanout.
add_executable(bench_sim_fanout ${CMAKE_CURRENT_SOURCE_DIR}/simulator/fanout.cpp)
target_link_libraries(bench_sim_fanout PRIVATE roamdesk_core roamdesk_build_options)
add_test(NAME bench_sim_fanout COMMAND bench_sim_fanout 250 500)
set_tests_properties(bench_sim_fanout PROPERTIES LABELS bench TIMEOUT 120)

# The synthetic fleet: adding 100,000 devices (time, memory), moves/s, the device table at 10000x.
add_executable(bench_sim_fleet ${CMAKE_CURRENT_SOURCE_DIR}/simulator/fleet.cpp)
target_link_libraries(bench_sim_fleet PRIVATE roamdesk_core roamdesk_build_options)
add_test(NAME bench_sim_fleet COMMAND bench_sim_fleet 100000 5)
set_tests_properties(bench_sim_fleet PROPERTIES LABELS bench TIMEOUT 120)
