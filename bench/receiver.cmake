# Receiver benchmarks (bench/receiver.sh runs them): the bare-QHttpServer ceiling for wrk, and the log
# with a million stored notifications.
qt_add_executable(bench_receiver_ceiling receiver/ceilingserver.cpp)
target_link_libraries(bench_receiver_ceiling PRIVATE Qt6::Core Qt6::Network Qt6::HttpServer roamdesk_build_options)

qt_add_executable(bench_receiver_storefloor receiver/storefloor.cpp)
target_link_libraries(bench_receiver_storefloor PRIVATE roamdesk_core roamdesk_models roamdesk_build_options)

qt_add_executable(bench_notificationlog receiver/notificationlogbench.cpp)
target_link_libraries(bench_notificationlog PRIVATE roamdesk_core roamdesk_models roamdesk_build_options)

if(ROAMDESK_BUILD_TESTS)
    add_test(NAME bench_receiver COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/receiver.sh ${CMAKE_BINARY_DIR})
    set_tests_properties(bench_receiver PROPERTIES LABELS bench TIMEOUT 900)
endif()
