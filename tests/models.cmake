roamdesk_add_test(tst_datetime LABEL models TIMEOUT 30)
roamdesk_add_test(tst_eventtype LABEL models TIMEOUT 30)
roamdesk_add_test(tst_device LABEL models TIMEOUT 30)
