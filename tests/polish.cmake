# Desktop polish (issue 7): settings and secrets, tray alerts, shortcuts, the traffic inspector's curl, install.
roamdesk_add_test(tst_ui_settings LABEL polish GUI TIMEOUT 90)
roamdesk_add_test(tst_ui_settings_inspector LABEL polish TIMEOUT 60)
