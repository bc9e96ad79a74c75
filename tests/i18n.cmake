roamdesk_add_test(tst_translations LABEL i18n)
