# Subscription plans: the plan file, the reconciler, the keeper on the embedded simulator, the CLI.
roamdesk_add_test(tst_subscriptionplan LABEL models TIMEOUT 30)
roamdesk_add_test(tst_planreconciler LABEL bulk TIMEOUT 30)
roamdesk_add_test(tst_plankeeper LABEL bulk TIMEOUT 180)
roamdesk_add_test(tst_cli_plan LABEL bulk TIMEOUT 120)
roamdesk_add_test(tst_ui_planview LABEL ui GUI TIMEOUT 60)
roamdesk_add_test(tst_planevidence LABEL bulk TIMEOUT 60 SOURCES pgtestserver.cpp pgtestserver.h)
