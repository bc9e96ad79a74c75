# Alerts: their store beside the notifications, the live service, forwarding, the view and the tray policy.
roamdesk_add_test(tst_alertstore LABEL alerts TIMEOUT 60)
roamdesk_add_test(tst_alertforwarder LABEL alerts TIMEOUT 60)
roamdesk_add_test(tst_alertservice LABEL alerts TIMEOUT 60)
roamdesk_add_test(tst_ui_alertsview LABEL alerts GUI TIMEOUT 60)
roamdesk_add_test(tst_ui_trayalerts LABEL alerts GUI TIMEOUT 60)
roamdesk_add_test(tst_ui_ruleseditor LABEL alerts GUI TIMEOUT 60)
roamdesk_add_test(tst_ui_alertswindow LABEL alerts GUI TIMEOUT 120)
roamdesk_add_test(tst_sharedalerts LABEL alerts TIMEOUT 120 SOURCES pgtestserver.cpp pgtestserver.h)
