# GUI benchmarks and the screenshot tool (plain executables; run bench/ui.sh). Not part of CI.
qt_add_executable(roamdesk-screenshots ${CMAKE_CURRENT_LIST_DIR}/ui/screenshots.cpp)
target_link_libraries(roamdesk-screenshots PRIVATE roamdesk_ui roamdesk_core roamdesk_build_options)

qt_add_executable(bench_ui ${CMAKE_CURRENT_LIST_DIR}/ui/bench_ui.cpp)
target_link_libraries(bench_ui PRIVATE roamdesk_ui roamdesk_core roamdesk_build_options)
target_include_directories(roamdesk-screenshots PRIVATE ${PROJECT_SOURCE_DIR}/tests)
