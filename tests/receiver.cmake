# Webhook receiver, notification store, the log model, `roamdesk-cli receive|log`, the parser fuzz smoke run.
roamdesk_add_test(tst_notificationstore LABEL receiver)
roamdesk_add_test(tst_notificationstorewriter LABEL receiver)
roamdesk_add_test(tst_notificationlogmodel LABEL receiver)
roamdesk_add_test(tst_receiver LABEL receiver TIMEOUT 120)
roamdesk_add_test(tst_receiver_http LABEL receiver TIMEOUT 120)
roamdesk_add_test(tst_receiver_parser LABEL receiver)
roamdesk_add_test(tst_cli_receiver LABEL receiver TIMEOUT 120)

# The CloudEvent parser's and the HTTP request parser's fuzz entry points (the latter fed whole and in pieces).
roamdesk_add_fuzz_smoke(notificationparser LABEL receiver LIBRARY roamdesk_models)
roamdesk_add_fuzz_smoke(httprequestparser LABEL receiver LIBRARY roamdesk_core)
roamdesk_add_test(tst_logmasking LABEL receiver)
roamdesk_add_test(tst_activity LABEL receiver SOURCES pgtestserver.cpp pgtestserver.h)
roamdesk_add_test(tst_filtersql LABEL receiver)
