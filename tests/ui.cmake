# Widget-side models (QtCore) and the main window's widget tests (offscreen, real simulator and receiver).
roamdesk_add_test(tst_ui_subscriptiontablemodel LABEL ui TIMEOUT 60)
roamdesk_add_test(tst_ui_lookuphistorymodel LABEL ui TIMEOUT 60)
roamdesk_add_test(tst_ui_simdevicemodel LABEL ui TIMEOUT 60)
# The country table resource (see ui/CMakeLists.txt) for the QtCore-only model test.
qt_add_resources(tst_ui_simdevicemodel "tst_ui_countries" PREFIX "/roamdesk" BASE ${PROJECT_SOURCE_DIR}/resources
                 FILES ${PROJECT_SOURCE_DIR}/resources/mcc.json)
