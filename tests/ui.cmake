# Widget-side models (QtCore) and the main window's widget tests (offscreen, real simulator and receiver).
roamdesk_add_test(tst_ui_subscriptiontablemodel LABEL ui TIMEOUT 60)
roamdesk_add_test(tst_ui_lookuphistorymodel LABEL ui TIMEOUT 60)
roamdesk_add_test(tst_ui_simdevicemodel LABEL ui TIMEOUT 60)
roamdesk_add_test(tst_ui_simulatorpanel LABEL ui GUI TIMEOUT 60)
roamdesk_add_test(tst_ui_mainwindow LABEL ui GUI TIMEOUT 120)
roamdesk_add_test(tst_session LABEL ui TIMEOUT 120)
# A desktop-sized offscreen screen (the default is 800x800): Qt 6.8's restoreGeometry() fits a window into its
# screen, so the saved 1111x777 of stateSurvivesRestart would come back smaller than saved.
set_tests_properties(tst_ui_mainwindow PROPERTIES ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen:configfile=${CMAKE_CURRENT_SOURCE_DIR}/data/offscreen-1920x1080.json;LC_ALL=C.UTF-8")
# The create-subscription dialog alone, the subscriptions view inside the window (real simulator), the traffic view.
roamdesk_add_test(tst_ui_subscriptiondialog LABEL ui GUI TIMEOUT 60)
roamdesk_add_test(tst_ui_subscriptionsview LABEL ui GUI TIMEOUT 120)
roamdesk_add_test(tst_ui_trafficview LABEL ui GUI TIMEOUT 60)
set_tests_properties(tst_ui_subscriptiondialog tst_ui_subscriptionsview tst_ui_trafficview PROPERTIES ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen:configfile=${CMAKE_CURRENT_SOURCE_DIR}/data/offscreen-1920x1080.json;LC_ALL=C.UTF-8")
roamdesk_add_test(tst_worldmapview LABEL ui GUI TIMEOUT 60)
roamdesk_add_test(tst_ui_notificationlogview LABEL ui GUI TIMEOUT 60)
roamdesk_add_test(tst_ui_eventkindproxy LABEL ui GUI TIMEOUT 60)
roamdesk_add_test(tst_ui_devicesboard LABEL ui GUI TIMEOUT 60)
roamdesk_add_test(tst_ui_activitychart LABEL ui GUI TIMEOUT 60)
