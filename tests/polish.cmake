# Desktop polish (issue 7): settings and secrets, tray alerts, shortcuts, the traffic inspector's curl, install.
roamdesk_add_test(tst_ui_settings LABEL polish GUI TIMEOUT 90)
