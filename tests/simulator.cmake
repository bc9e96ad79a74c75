#  Simulator tests: real loopback HTTP (the simulator, a QHttpServer sink in the test), ManualClock for time.
roamdesk_add_test(tst_simeventrules LABEL simulator TIMEOUT 30)
roamdesk_add_test(tst_simsinkpolicy LABEL simulator TIMEOUT 30)
roamdesk_add_test(tst_simulatorserver LABEL simulator TIMEOUT 60)
roamdesk_add_test(tst_simulatednetwork LABEL simulator TIMEOUT 60)
roamdesk_add_test(tst_simscenario LABEL simulator TIMEOUT 60)
roamdesk_add_test(tst_simstate LABEL simulator TIMEOUT 60)
roamdesk_add_test(tst_simcli LABEL simulator TIMEOUT 60)

# The fuzz entry point of the create-subscription body (fuzz/simcreate_fuzzer.cpp), driven without libFuzzer so the
# default (gcc) build smoke-tests it: every seed in fuzz/corpus/simcreate plus mutated inputs for a few seconds.
# fuzz/simcreate.cmake builds the real libFuzzer binary in a ROAMDESK_FUZZ=ON (clang) build.
qt_add_executable(fuzz_simcreate_smoke ${PROJECT_SOURCE_DIR}/fuzz/simcreate_fuzzer.cpp
                  ${PROJECT_SOURCE_DIR}/fuzz/standalone_driver.cpp)
target_link_libraries(fuzz_simcreate_smoke PRIVATE roamdesk_core)
add_test(NAME fuzz_simcreate_smoke COMMAND fuzz_simcreate_smoke --seconds 5 ${PROJECT_SOURCE_DIR}/fuzz/corpus/simcreate)
set_tests_properties(fuzz_simcreate_smoke PROPERTIES LABELS "simulator;fuzz" TIMEOUT 60)
