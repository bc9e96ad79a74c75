# The fleet view: state per device, its table model, journeys, the service and the devices / journey verbs.
roamdesk_add_test(tst_fleetstate LABEL fleet TIMEOUT 30)
roamdesk_add_test(tst_fleettablemodel LABEL fleet TIMEOUT 30)
roamdesk_add_test(tst_journey LABEL fleet TIMEOUT 30)
roamdesk_add_test(tst_cli_fleet LABEL fleet TIMEOUT 120)
roamdesk_add_test(tst_fleetsnapshot LABEL fleet TIMEOUT 60)
