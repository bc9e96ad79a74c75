# Webhook receiver, notification store, the log model, `roamdesk-cli receive|log`, the parser fuzz smoke run.
roamdesk_add_test(tst_notificationstore LABEL receiver)
roamdesk_add_test(tst_notificationstorewriter LABEL receiver)
roamdesk_add_test(tst_notificationlog LABEL receiver)
roamdesk_add_test(tst_receiver LABEL receiver TIMEOUT 120)
roamdesk_add_test(tst_receiver_http LABEL receiver TIMEOUT 120)
roamdesk_add_test(tst_receiver_parser LABEL receiver)
roamdesk_add_test(tst_cli_receiver LABEL receiver TIMEOUT 120)

# The parser's fuzz entry point, driven without libFuzzer so the default (gcc) build smoke-tests it:
# every seed in fuzz/corpus plus mutated inputs for a few seconds. fuzz/ builds the real libFuzzer
# binary when ROAMDESK_FUZZ=ON (clang).
qt_add_executable(fuzz_notificationparser_smoke ${PROJECT_SOURCE_DIR}/fuzz/notificationparser_fuzzer.cpp
                  ${PROJECT_SOURCE_DIR}/fuzz/standalone_driver.cpp)
target_link_libraries(fuzz_notificationparser_smoke PRIVATE roamdesk_models)
add_test(NAME fuzz_notificationparser_smoke
         COMMAND fuzz_notificationparser_smoke --seconds 5 ${PROJECT_SOURCE_DIR}/fuzz/corpus/notificationparser)
set_tests_properties(fuzz_notificationparser_smoke PROPERTIES LABELS "receiver;fuzz" TIMEOUT 60)

# The same for the receiver's HTTP/1.1 request parser: every seed, then mutations, fed whole and in pieces.
qt_add_executable(fuzz_httprequestparser_smoke ${PROJECT_SOURCE_DIR}/fuzz/httprequestparser_fuzzer.cpp
                  ${PROJECT_SOURCE_DIR}/fuzz/standalone_driver.cpp)
target_link_libraries(fuzz_httprequestparser_smoke PRIVATE roamdesk_core)
add_test(NAME fuzz_httprequestparser_smoke
         COMMAND fuzz_httprequestparser_smoke --seconds 5 ${PROJECT_SOURCE_DIR}/fuzz/corpus/httprequestparser)
set_tests_properties(fuzz_httprequestparser_smoke PROPERTIES LABELS "receiver;fuzz" TIMEOUT 60)
roamdesk_add_test(tst_logmasking LABEL receiver)
