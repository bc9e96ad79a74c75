# Bulk lookups (label "bulk"): the device list reader, the rate limiter, the sweep against a simulator that
# enforces quotas, and the command line's sweep verb.
roamdesk_add_test(tst_devicelist LABEL bulk TIMEOUT 30)
roamdesk_add_test(tst_simquota LABEL bulk TIMEOUT 60)
roamdesk_add_test(tst_ratelimiter LABEL bulk TIMEOUT 30)
roamdesk_add_test(tst_sweep LABEL bulk TIMEOUT 90)
roamdesk_add_test(tst_sweep_cli LABEL bulk TIMEOUT 120)
roamdesk_add_test(tst_sweep_watchlist LABEL bulk TIMEOUT 30)
roamdesk_add_test(tst_sweep_dialog LABEL bulk GUI TIMEOUT 90)
