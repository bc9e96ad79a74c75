#  Simulator tests: real loopback HTTP (the simulator, a QHttpServer sink in the test), ManualClock for time.
roamdesk_add_test(tst_simeventrules LABEL simulator TIMEOUT 30)
roamdesk_add_test(tst_simsinkpolicy LABEL simulator TIMEOUT 30)
roamdesk_add_test(tst_simulatorserver LABEL simulator TIMEOUT 60)
roamdesk_add_test(tst_simulatednetwork LABEL simulator TIMEOUT 60)
roamdesk_add_test(tst_simscenario LABEL simulator TIMEOUT 60)
roamdesk_add_test(tst_simstate LABEL simulator TIMEOUT 60)
roamdesk_add_test(tst_simcli LABEL simulator TIMEOUT 60)
roamdesk_add_test(tst_simulatorcontrol LABEL simulator TIMEOUT 60)
roamdesk_add_test(tst_simreadme LABEL simulator TIMEOUT 60)

# The fuzz entry point of the create-subscription body (fuzz/simcreate_fuzzer.cpp).
roamdesk_add_fuzz_smoke(simcreate LABEL simulator LIBRARY roamdesk_core)
roamdesk_add_test(tst_simfleet LABEL simulator TIMEOUT 120)
