# Shared store benchmarks (bench/store.sh runs them): receivers on PostgreSQL against the SQLite receiver, and
# the latency from POST to a second desk.
qt_add_executable(bench_storelatency store/storelatency.cpp)
target_link_libraries(bench_storelatency PRIVATE roamdesk_core roamdesk_models roamdesk_build_options)

if(ROAMDESK_BUILD_TESTS)
    add_test(NAME bench_store COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/store.sh ${CMAKE_BINARY_DIR})
    set_tests_properties(bench_store PROPERTIES LABELS bench TIMEOUT 900)
endif()
