# API client, environments and the traffic inspector's data side.
roamdesk_add_test(tst_client LABEL client TIMEOUT 60)
roamdesk_add_test(tst_environment LABEL client TIMEOUT 30)
roamdesk_add_test(tst_client_retrypolicy LABEL client TIMEOUT 30)
roamdesk_add_test(tst_trafficlogmodel LABEL client TIMEOUT 30)
roamdesk_add_test(tst_client_simulator LABEL client TIMEOUT 60)
roamdesk_add_test(tst_cli_client LABEL client TIMEOUT 90)
roamdesk_add_test(tst_curlreplay LABEL client TIMEOUT 90)
roamdesk_add_test(tst_apirequests LABEL client TIMEOUT 30)
