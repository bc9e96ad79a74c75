<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>roamdesk::FleetTableModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::StoreConnectionTest</name>
    <message numerus="yes">
        <source>Connected: the store has %n notification(s).</source>
        <translation>
            <numerusform>Connected: the store has %n notification.</numerusform>
            <numerusform>Connected: the store has %n notifications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::cli</name>
    <message numerus="yes">
        <source>stopped: %n row(s) not sent; %1 of %2 rows printed, the next is row %3.</source>
        <translation>
            <numerusform>stopped: %n row not sent; %1 of %2 rows printed, the next is row %3.</numerusform>
            <numerusform>stopped: %n rows not sent; %1 of %2 rows printed, the next is row %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::AlertsView</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::DevicesBoard</name>
    <message numerus="yes">
        <source>Imported %n device(s) from %1, %2 new.</source>
        <translation>
            <numerusform>Imported %n device from %1, %2 new.</numerusform>
            <numerusform>Imported %n devices from %1, %2 new.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out:</source>
        <translation>
            <numerusform>%n line left out:</numerusform>
            <numerusform>%n lines left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::EnvironmentsPage</name>
    <message numerus="yes">
        <source>✓ Connected: HTTP %1 in %2 ms, %n subscription(s) listed.</source>
        <translation>
            <numerusform>✓ Connected: HTTP %1 in %2 ms, %n subscription listed.</numerusform>
            <numerusform>✓ Connected: HTTP %1 in %2 ms, %n subscriptions listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::FleetMapPanel</name>
    <message numerus="yes">
        <source>%n device(s) roaming, %1 at home, %2 not known.</source>
        <translation>
            <numerusform>%n device roaming, %1 at home, %2 not known.</numerusform>
            <numerusform>%n devices roaming, %1 at home, %2 not known.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::JourneyView</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::MainWindow</name>
    <message numerus="yes">
        <source>Delete %n subscription(s)? The network stops sending their notifications.</source>
        <translation>
            <numerusform>Delete %n subscription? The network stops sending its notifications.</numerusform>
            <numerusform>Delete %n subscriptions? The network stops sending their notifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quit and end %n subscription(s)? The simulator&apos;s state cannot be saved, so its live subscriptions end now.</source>
        <translation>
            <numerusform>Quit and end %n subscription? The simulator&apos;s state cannot be saved, so its live subscriptions end now.</numerusform>
            <numerusform>Quit and end %n subscriptions? The simulator&apos;s state cannot be saved, so its live subscriptions end now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::NotificationLogView</name>
    <message numerus="yes">
        <source>Paused — %n new, jump to newest</source>
        <translation>
            <numerusform>Paused — %n new, jump to newest</numerusform>
            <numerusform>Paused — %n new, jump to newest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::PlanView</name>
    <message numerus="yes">
        <source>“%1”: %n device(s), event types %2, sink %3</source>
        <translation>
            <numerusform>“%1”: %n device, event types %2, sink %3</numerusform>
            <numerusform>“%1”: %n devices, event types %2, sink %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older action(s) not shown: the list keeps the newest %1.</source>
        <translation>
            <numerusform>%n older action not shown: the list keeps the newest %1.</numerusform>
            <numerusform>%n older actions not shown: the list keeps the newest %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::RulesEditor</name>
    <message numerus="yes">
        <source>%n rule(s), all valid.</source>
        <translation>
            <numerusform>%n rule, valid.</numerusform>
            <numerusform>%n rules, all valid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::SimulatorPanel</name>
    <message numerus="yes">
        <source>Reset the simulator? %n live subscription(s) end, devices go back to their start and the scenario is unloaded.</source>
        <translation>
            <numerusform>Reset the simulator? %n live subscription ends, devices go back to their start and the scenario is unloaded.</numerusform>
            <numerusform>Reset the simulator? %n live subscriptions end, devices go back to their start and the scenario is unloaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A synthetic fleet of %n device(s) travels over Europe.</source>
        <translation>
            <numerusform>A synthetic fleet of %n device travels over Europe.</numerusform>
            <numerusform>A synthetic fleet of %n devices travels over Europe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::SubscriptionsView</name>
    <message numerus="yes">
        <source>Delete %n subscription(s)? The network stops sending their notifications.</source>
        <translation>
            <numerusform>Delete %n subscription? The network stops sending its notifications.</numerusform>
            <numerusform>Delete %n subscriptions? The network stops sending their notifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %n subscription(s)…</source>
        <translation>
            <numerusform>Creating %n subscription…</numerusform>
            <numerusform>Creating %n subscriptions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::SweepDialog</name>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are left out:</source>
        <translation>
            <numerusform>%n line could not be read and is left out:</numerusform>
            <numerusform>%n lines could not be read and are left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) with an error</source>
        <translation>
            <numerusform>%n answer with an error</numerusform>
            <numerusform>%n answers with an error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered 429 and sent again</source>
        <translation>
            <numerusform>%n answered 429 and sent again</numerusform>
            <numerusform>%n answered 429 and sent again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::TrayAlerts</name>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
</context>
</TS>
