# Fleet benchmarks (run by hand): FleetState::apply over a million records, and the first load from a
# million-row store.
qt_add_executable(bench_fleet fleet/fleetbench.cpp)
target_link_libraries(bench_fleet PRIVATE roamdesk_core roamdesk_models roamdesk_build_options)

# The Devices board and the map over that store (run under xvfb-run): open, sort, filter, map frames, live stalls.
qt_add_executable(bench_fleetboard fleet/fleetboardbench.cpp)
target_link_libraries(bench_fleetboard PRIVATE roamdesk_ui roamdesk_core roamdesk_build_options)
