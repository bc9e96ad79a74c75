# Domain model tests (label "models"). The four with official-example checks read ../shared's CAMARA YAML at
# test time through roamdesk_specyaml (yaml-cpp).
roamdesk_add_test(tst_datetime LABEL models TIMEOUT 30)
roamdesk_add_test(tst_eventtype LABEL models TIMEOUT 30)
roamdesk_add_test(tst_device LABEL models TIMEOUT 30)
roamdesk_add_test(tst_countrytable LABEL models TIMEOUT 30)
roamdesk_add_test(tst_roamingstatus LABEL models TIMEOUT 30)
target_link_libraries(tst_roamingstatus PRIVATE roamdesk_specyaml)
roamdesk_add_test(tst_subscription LABEL models TIMEOUT 30)
target_link_libraries(tst_subscription PRIVATE roamdesk_specyaml)
roamdesk_add_test(tst_notification LABEL models TIMEOUT 30)
target_link_libraries(tst_notification PRIVATE roamdesk_specyaml)
roamdesk_add_test(tst_apierror LABEL models TIMEOUT 30)
target_link_libraries(tst_apierror PRIVATE roamdesk_specyaml)
