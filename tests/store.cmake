# The store contract on both backends (SQLite files, a real PostgreSQL server the fixture starts) and the store URL.
roamdesk_add_test(tst_storecontract LABEL store SOURCES pgtestserver.cpp pgtestserver.h)
roamdesk_add_test(tst_storelocation LABEL store)
roamdesk_add_test(tst_pgscaleout LABEL store TIMEOUT 300 SOURCES pgtestserver.cpp pgtestserver.h)
roamdesk_add_test(tst_ui_receiverpage LABEL ui GUI SOURCES pgtestserver.cpp pgtestserver.h)
