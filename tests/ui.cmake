# Widget-side models (QtCore) and the main window's widget tests (offscreen, real simulator and receiver).
roamdesk_add_test(tst_ui_subscriptiontablemodel LABEL ui TIMEOUT 60)
roamdesk_add_test(tst_ui_lookuphistorymodel LABEL ui TIMEOUT 60)
roamdesk_add_test(tst_ui_simdevicemodel LABEL ui TIMEOUT 60)
roamdesk_add_test(tst_ui_mainwindow LABEL ui GUI TIMEOUT 120)
roamdesk_add_test(tst_session LABEL ui TIMEOUT 120)
roamdesk_add_test(tst_session_prefetchedlogsource LABEL ui TIMEOUT 60)
