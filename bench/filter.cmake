# Filter language benchmark (run by hand): parsing, in-memory evaluation over notifications and fleet entries,
# and the SQL translation over a real store.
qt_add_executable(bench_filter filter/filterbench.cpp)
target_link_libraries(bench_filter PRIVATE roamdesk_core roamdesk_models roamdesk_build_options)
