# GUI benchmarks (a plain executable; run bench/ui.sh). Not part of CI. Screenshots come from the app itself:
# scripts/screenshots runs `roamdesk --screenshots`.
qt_add_executable(bench_ui ${CMAKE_CURRENT_LIST_DIR}/ui/bench_ui.cpp)
target_link_libraries(bench_ui PRIVATE roamdesk_ui roamdesk_core roamdesk_build_options)
