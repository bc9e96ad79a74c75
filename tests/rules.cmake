# The rules engine: rule files and their validation, country distances, every kind of rule, the alert lifecycle
# in memory, and the alerts verb.
roamdesk_add_test(tst_ruleset LABEL rules TIMEOUT 30)
roamdesk_add_test(tst_rulegeography LABEL rules TIMEOUT 30)
roamdesk_add_test(tst_rulesengine LABEL rules TIMEOUT 60)
roamdesk_add_test(tst_alertbook LABEL rules TIMEOUT 30)
roamdesk_add_test(tst_cli_alerts LABEL rules TIMEOUT 120 SOURCES pgtestserver.cpp pgtestserver.h)
