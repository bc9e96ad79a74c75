<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CreateSubscriptionDialog</name>
    <message>
        <source>roaming-status — every change</source>
        <translation>roaming-status — jede Änderung</translation>
    </message>
    <message>
        <source>roaming-on — device starts roaming</source>
        <translation>roaming-on — Gerät beginnt Roaming</translation>
    </message>
    <message>
        <source>roaming-off — device comes home</source>
        <translation>roaming-off — Gerät kehrt ins Heimnetz zurück</translation>
    </message>
    <message>
        <source>roaming-change-country — device roams into another country</source>
        <translation>roaming-change-country — Gerät wechselt im Roaming das Land</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Retried once.</source>
        <translation>Einmal wiederholt.</translation>
    </message>
    <message>
        <source>Retried %1 times.</source>
        <translation>%1-mal wiederholt.</translation>
    </message>
</context>
<context>
    <name>LookupHistoryModel</name>
    <message>
        <source>not roaming</source>
        <translation>kein Roaming</translation>
    </message>
    <message>
        <source>roaming · %1</source>
        <translation>Roaming · %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>SimDeviceModel</name>
    <message>
        <source>error device</source>
        <translation>Fehlergerät</translation>
    </message>
    <message>
        <source>▲ roaming</source>
        <translation>▲ Roaming</translation>
    </message>
    <message>
        <source>● home</source>
        <translation>● im Heimnetz</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Jetzt in</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Heimatland</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>NAI</source>
        <translation>NAI</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>SubscriptionTableModel</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>max events</source>
        <translation>max. Ereignisse</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>■ Deleted</source>
        <translation>■ Gelöscht</translation>
    </message>
    <message>
        <source>■ Ended (%1)</source>
        <translation>■ Beendet (%1)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Sink</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>□ Not listed by the API</source>
        <translation>□ Von der API nicht gelistet</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port (default 0: chosen by the system).</source>
        <translation>Port (Standard 0: vom System gewählt).</translation>
    </message>
    <message>
        <source>Scenario file, or the name of a built-in one (%1).</source>
        <translation>Szenariodatei oder Name eines eingebauten Szenarios (%1).</translation>
    </message>
    <message>
        <source>Scenario speed factor (default 1).</source>
        <translation>Geschwindigkeitsfaktor des Szenarios (Standard 1).</translation>
    </message>
    <message>
        <source>Require this bearer token (or X-RapidAPI-Key).</source>
        <translation>Dieses Bearer-Token (oder X-RapidAPI-Key) verlangen.</translation>
    </message>
    <message>
        <source>Also send webhooks to HOST (a name, an address or ADDRESS/PREFIX), on PORT only when given; repeatable. By default webhooks go only to loopback (127.0.0.0/8, ::1, localhost). Names are not resolved for this check; link-local and cloud metadata addresses (169.254.0.0/16, fe80::/10, fd00:ec2::254, ...) are always refused.</source>
        <translation>Webhooks auch an HOST senden (Name, Adresse oder ADDRESS/PREFIX), nur an PORT, falls angegeben; wiederholbar. Standardmäßig gehen Webhooks nur an Loopback (127.0.0.0/8, ::1, localhost). Namen werden für diese Prüfung nicht aufgelöst; Link-Local- und Cloud-Metadaten-Adressen (169.254.0.0/16, fe80::/10, fd00:ec2::254, ...) werden immer abgelehnt.</translation>
    </message>
    <message>
        <source>Runs the RoamDesk roaming network simulator (CAMARA Device Roaming Status v1, subscriptions v0.7 and v0.8) until SIGINT/SIGTERM. Prints the apiRoot on the first line, then one stderr line per scenario step.</source>
        <translation>Führt den RoamDesk-Roaming-Netzsimulator aus (CAMARA Device Roaming Status v1, Abonnements v0.7 und v0.8), bis SIGINT/SIGTERM eintrifft. Gibt in der ersten Zeile die apiRoot aus, danach je Szenarioschritt eine Zeile auf stderr.</translation>
    </message>
    <message>
        <source>State file: devices, subscriptions, the scenario and the speed survive a restart (subscriptions are kept, not ended, on SIGINT/SIGTERM).</source>
        <translation>Zustandsdatei: Geräte, Abonnements, Szenario und Geschwindigkeit überstehen einen Neustart (bei SIGINT/SIGTERM bleiben Abonnements erhalten und werden nicht beendet).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for the CAMARA Device Roaming Status APIs.</source>
        <translation>Desktop-Konsole für die CAMARA-Device-Roaming-Status-APIs.</translation>
    </message>
    <message>
        <source>Use this UI language (en, fi, de).</source>
        <translation>Diese Sprache für die Oberfläche verwenden (en, fi, de).</translation>
    </message>
    <message>
        <source>Store notifications in this SQLite file.</source>
        <translation>Benachrichtigungen in dieser SQLite-Datei speichern.</translation>
    </message>
    <message>
        <source>Receive notifications on this port.</source>
        <translation>Benachrichtigungen auf diesem Port empfangen.</translation>
    </message>
    <message>
        <source>Print the time to the window shown and quit (benchmark).</source>
        <translation>Zeit bis zum Anzeigen des Fensters ausgeben und beenden (Benchmark).</translation>
    </message>
    <message>
        <source>Write PNGs of the main views to this folder and quit (documentation).</source>
        <translation>PNGs der Hauptansichten in diesen Ordner schreiben und beenden (Dokumentation).</translation>
    </message>
    <message>
        <source>Use a dark palette instead of the desktop&apos;s (to check dark mode).</source>
        <translation>Dunkle Palette statt der des Desktops verwenden (zum Prüfen des Dunkelmodus).</translation>
    </message>
</context>
<context>
    <name>roamdesk::AlertForwarder</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::AlertStore</name>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the alerts in %1: %2</source>
        <translation>Die Alarme in %1 können nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Alerts store: %1: %2</source>
        <translation>Alarmspeicher: %1: %2</translation>
    </message>
    <message>
        <source>Alerts store: begin: %1</source>
        <translation>Alarmspeicher: Beginn: %1</translation>
    </message>
    <message>
        <source>Alerts store: commit: %1</source>
        <translation>Alarmspeicher: Commit: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::ApiError</name>
    <message>
        <source>The server sent no error details (empty body).</source>
        <translation>Der Server hat keine Fehlerdetails gesendet (leerer Body).</translation>
    </message>
    <message>
        <source>The server sent a body that is not a CAMARA error: %1</source>
        <translation>Der Server hat einen Body gesendet, der kein CAMARA-Fehler ist: %1</translation>
    </message>
    <message>
        <source>Could not connect: the server refused the connection. Check that it is running and that the address and port are right.</source>
        <translation>Keine Verbindung: Der Server hat die Verbindung abgelehnt. Prüfen Sie, ob er läuft und ob Adresse und Port stimmen.</translation>
    </message>
    <message>
        <source>Could not connect: the host name could not be resolved. Check the address and your network connection.</source>
        <translation>Keine Verbindung: Der Hostname konnte nicht aufgelöst werden. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) could not be established. Check the certificate and the system clock.</source>
        <translation>Die sichere Verbindung (TLS) konnte nicht aufgebaut werden. Prüfen Sie das Zertifikat und die Systemuhr.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete. Try again.</source>
        <translation>Die Antwort brach ab, bevor sie vollständig war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not the JSON the API promises.</source>
        <translation>Die Antwort des Servers ist nicht das JSON, das die API zusagt.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request failed before the server answered.</source>
        <translation>Die Anfrage ist fehlgeschlagen, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>the request was rejected as invalid; check the device identifiers and the other fields.</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt; prüfen Sie die Gerätekennungen und die übrigen Felder.</translation>
    </message>
    <message>
        <source>the request was not authenticated; check the API key or access token.</source>
        <translation>Die Anfrage wurde nicht authentifiziert; prüfen Sie den API-Schlüssel oder das Zugriffstoken.</translation>
    </message>
    <message>
        <source>the credentials do not permit this operation; check the token&apos;s scopes.</source>
        <translation>Die Anmeldedaten erlauben diesen Vorgang nicht; prüfen Sie die Scopes des Tokens.</translation>
    </message>
    <message>
        <source>the device or the resource was not found.</source>
        <translation>Das Gerät oder die Ressource wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>the request conflicts with the current state; the resource may already exist.</source>
        <translation>Die Anfrage steht im Konflikt mit dem aktuellen Zustand; die Ressource existiert eventuell bereits.</translation>
    </message>
    <message>
        <source>the resource is no longer available.</source>
        <translation>Die Ressource ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>the request cannot be processed for this device; check which identifiers you gave.</source>
        <translation>Die Anfrage kann für dieses Gerät nicht verarbeitet werden; prüfen Sie die angegebenen Kennungen.</translation>
    </message>
    <message>
        <source>too many requests or the quota is used up; wait and try again.</source>
        <translation>Zu viele Anfragen oder das Kontingent ist aufgebraucht; warten Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the service failed internally; try again later.</source>
        <translation>Im Dienst ist ein interner Fehler aufgetreten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>a gateway could not reach the service; try again later.</source>
        <translation>Ein Gateway konnte den Dienst nicht erreichen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the service is temporarily unavailable.</source>
        <translation>Der Dienst ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>a gateway timed out waiting for the service; try again later.</source>
        <translation>Ein Gateway hat beim Warten auf den Dienst eine Zeitüberschreitung erreicht; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the request was rejected.</source>
        <translation>Die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>the server failed; try again later.</source>
        <translation>Fehler auf dem Server; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>this answer was not expected.</source>
        <translation>Diese Antwort war nicht erwartet.</translation>
    </message>
    <message>
        <source>The network answered %1 %2: %3</source>
        <translation>Das Netz antwortete %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>roamdesk::ConnectionGuard</name>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Der Anfrage-Header ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Der Body ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The body (%1 bytes) is larger than %2 bytes.</source>
        <translation>Der Body (%1 Byte) ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>The request was not completed within %1 ms.</source>
        <translation>Die Anfrage wurde nicht innerhalb von %1 ms abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ConnectionTracker</name>
    <message>
        <source>Too many open connections; try again later.</source>
        <translation>Zu viele offene Verbindungen; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>roamdesk::Device</name>
    <message>
        <source>Give at least one device identifier: phone number, network access identifier, IPv4 address or IPv6 address.</source>
        <translation>Geben Sie mindestens eine Gerätekennung an: Telefonnummer, Network Access Identifier, IPv4-Adresse oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The phone number must be in E.164 format with a leading &apos;+&apos;, 5 to 15 digits, e.g. +123456789.</source>
        <translation>Die Telefonnummer muss im E.164-Format sein, mit führendem &apos;+&apos; und 5 bis 15 Ziffern, z. B. +123456789.</translation>
    </message>
    <message>
        <source>The public IPv4 address is required.</source>
        <translation>Die öffentliche IPv4-Adresse ist erforderlich.</translation>
    </message>
    <message>
        <source>The public address must be a dotted-quad IPv4 address, e.g. 84.125.93.10.</source>
        <translation>Die öffentliche Adresse muss eine IPv4-Adresse in Punktnotation sein, z. B. 84.125.93.10.</translation>
    </message>
    <message>
        <source>The private address must be a dotted-quad IPv4 address, e.g. 192.168.0.1.</source>
        <translation>Die private Adresse muss eine IPv4-Adresse in Punktnotation sein, z. B. 192.168.0.1.</translation>
    </message>
    <message>
        <source>The public port must be between 0 and 65535.</source>
        <translation>Der öffentliche Port muss zwischen 0 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Give the private address or the public port together with the public address.</source>
        <translation>Geben Sie die private Adresse oder den öffentlichen Port zusammen mit der öffentlichen Adresse an.</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid, e.g. 2001:db8:85a3:8d3:1319:8a2e:370:7344.</source>
        <translation>Die IPv6-Adresse ist ungültig; ein Beispiel für eine gültige: 2001:db8:85a3:8d3:1319:8a2e:370:7344.</translation>
    </message>
    <message>
        <source>The network access identifier must be user@realm, e.g. 123456789@domain.com.</source>
        <translation>Der Network Access Identifier muss die Form Benutzer@Realm haben, z. B. 123456789@domain.com.</translation>
    </message>
</context>
<context>
    <name>roamdesk::DeviceListParser</name>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Ein Feld in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>The header row names no device column (%1).</source>
        <translation>Die Kopfzeile nennt keine Gerätespalte (%1).</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2.</source>
        <translation>%1 Felder, aber die Kopfzeile nennt %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number.</source>
        <translation>&apos;%1&apos; ist keine Portnummer.</translation>
    </message>
    <message>
        <source>The file is empty: a header row is needed.</source>
        <translation>Die Datei ist leer: eine Kopfzeile wird benötigt.</translation>
    </message>
    <message>
        <source>Not JSON: %1.</source>
        <translation>Kein JSON: %1.</translation>
    </message>
    <message>
        <source>Not a JSON object.</source>
        <translation>Kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Not a device object.</source>
        <translation>Kein Geräteobjekt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::FilterExpression</name>
    <message>
        <source>column %1: expected %2 but found %3</source>
        <translation>Spalte %1: erwartet: %2, gefunden: %3</translation>
    </message>
    <message>
        <source>the end of the expression (no &apos;(&apos; is open)</source>
        <translation>das Ende des Ausdrucks (keine &apos;(&apos; ist offen)</translation>
    </message>
    <message>
        <source>&apos;and&apos;, &apos;or&apos; or the end of the expression</source>
        <translation>&apos;and&apos;, &apos;or&apos; oder das Ende des Ausdrucks</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <source>a closing &apos;&quot;&apos; for the string at column %1</source>
        <translation>ein schließendes &apos;&quot;&apos; für die Zeichenkette in Spalte %1</translation>
    </message>
    <message>
        <source>a term after &apos;%1&apos;</source>
        <translation>eine Bedingung nach &apos;%1&apos;</translation>
    </message>
    <message>
        <source>at most %1 levels of parentheses and &apos;not&apos;</source>
        <translation>höchstens %1 Ebenen von Klammern und &apos;not&apos;</translation>
    </message>
    <message>
        <source>a term after &apos;(&apos;</source>
        <translation>eine Bedingung nach &apos;(&apos;</translation>
    </message>
    <message>
        <source>&apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>&apos;)&apos;, die die &apos;(&apos; in Spalte %1 schließt</translation>
    </message>
    <message>
        <source>a term</source>
        <translation>eine Bedingung</translation>
    </message>
    <message>
        <source>a field (%1)</source>
        <translation>ein Feld (%1)</translation>
    </message>
    <message>
        <source>a value after &apos;%1%2&apos;</source>
        <translation>ein Wert nach &apos;%1%2&apos;</translation>
    </message>
    <message>
        <source>one of %1 after &apos;%2&apos;</source>
        <translation>einer von %1 nach &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;{&apos; after &apos;%1&apos;</source>
        <translation>&apos;{&apos; nach &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value in the set</source>
        <translation>ein Wert in der Menge</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; in the set</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in der Menge</translation>
    </message>
    <message>
        <source>a value after &apos;%1&apos;</source>
        <translation>ein Wert nach &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>an event type (%1)</source>
        <translation>ein Ereignistyp (%1)</translation>
    </message>
    <message>
        <source>a two-letter country code (ISO 3166-1 alpha-2, like FI)</source>
        <translation>ein zweibuchstabiger Ländercode (ISO 3166-1 alpha-2, wie FI)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false oder null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a time (RFC 3339 like 2026-05-01T12:00:00Z, a date, now, or relative like -2h)</source>
        <translation>eine Zeit (RFC 3339 wie 2026-05-01T12:00:00Z, ein Datum, now oder relativ wie -2h)</translation>
    </message>
    <message>
        <source>a duration (like 90s, 30m, 2h, 7d)</source>
        <translation>eine Dauer (wie 90s, 30m, 2h, 7d)</translation>
    </message>
    <message>
        <source>%1 for &apos;%2&apos;</source>
        <translation>%1 für &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>roamdesk::FleetTableModel</name>
    <message>
        <source>Subscription ended: %1</source>
        <translation>Abonnement beendet: %1</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? Unbekannt</translation>
    </message>
    <message>
        <source>✈ Roaming</source>
        <translation>✈ Roaming</translation>
    </message>
    <message>
        <source>⌂ At home</source>
        <translation>⌂ Im Heimnetz</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (no country)</source>
        <translation>%1 (kein Land)</translation>
    </message>
    <message>
        <source>lookup</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Last event time</source>
        <translation>Zeit des letzten Ereignisses</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Aktualität</translation>
    </message>
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
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>watched</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>roamdesk::Json</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>darf nicht null sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a boolean</source>
        <translation>muss ein boolescher Wert sein</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine Ganzzahl sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an RFC 3339 date-time with a time zone, e.g. 2024-02-20T10:41:38.657Z</source>
        <translation>muss ein RFC-3339-Zeitstempel mit Zeitzone sein, z. B. 2024-02-20T10:41:38.657Z</translation>
    </message>
</context>
<context>
    <name>roamdesk::Notification</name>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Body ist leer</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>der Body muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;; expected %2&lt;name&gt;</source>
        <translation>unbekannter Ereignistyp &quot;%1&quot;; erwartet: %2&lt;Name&gt;</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>roamdesk::NotificationLogModel</name>
    <message>
        <source>Not roaming</source>
        <translation>Kein Roaming</translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation>Roaming</translation>
    </message>
    <message>
        <source>Roaming in %1</source>
        <translation>Roaming in %1</translation>
    </message>
    <message>
        <source>Roaming in %1 (MCC %2)</source>
        <translation>Roaming in %1 (MCC %2)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <source>%1: the country the device was last seen roaming in; the event names none.</source>
        <translation>%1: das Land, in dem das Gerät zuletzt im Roaming gesehen wurde; das Ereignis nennt keines.</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Empfangen %1</translation>
    </message>
    <message>
        <source>Event time %1</source>
        <translation>Ereigniszeit %1</translation>
    </message>
    <message>
        <source>Country / reason</source>
        <translation>Land / Grund</translation>
    </message>
</context>
<context>
    <name>roamdesk::PostgresNotificationStore</name>
    <message>
        <source>Cannot open the shared notification store</source>
        <translation>Der gemeinsame Benachrichtigungsspeicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; retrying in a moment</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen; neuer Versuch in Kürze</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this build understands (%2); update RoamDesk</source>
        <translation>seine Schemaversion %1 ist neuer, als dieser Build versteht (%2); aktualisieren Sie RoamDesk</translation>
    </message>
</context>
<context>
    <name>roamdesk::ReceiverHost</name>
    <message>
        <source>The notification store %1 could not be opened: %2</source>
        <translation>Der Benachrichtigungsspeicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::ReceiverService</name>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
</context>
<context>
    <name>roamdesk::RepeatedWarning</name>
    <message>
        <source>%1 (%2× in the last %3 s)</source>
        <extracomment>%1 is the latest warning, %2 how often it (or one like it) came since the last report, %3 seconds</extracomment>
        <translation>%1 (%2× in den letzten %3 s)</translation>
    </message>
</context>
<context>
    <name>roamdesk::RuleSet</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>must be a time of day as HH:mm, such as &quot;08:00&quot;</source>
        <translation>muss eine Uhrzeit im Format HH:mm sein, etwa &quot;08:00&quot;</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>is not a parameter of %1</source>
        <translation>ist kein Parameter von %1</translation>
    </message>
    <message>
        <source>must be &quot;info&quot;, &quot;warning&quot; or &quot;critical&quot;</source>
        <translation>muss &quot;info&quot;, &quot;warning&quot; oder &quot;critical&quot; sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must name at least one country</source>
        <translation>muss mindestens ein Land nennen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166 alpha-2 code</source>
        <translation>&apos;%1&apos; ist kein ISO-3166-Alpha-2-Code</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>&apos;%1&apos; ist kein Wochentag (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone (IANA id such as &quot;Europe/Helsinki&quot;)</source>
        <translation>&apos;%1&apos; ist keine bekannte Zeitzone (IANA-Kennung wie &quot;Europe/Helsinki&quot;)</translation>
    </message>
    <message>
        <source>must be below 1</source>
        <translation>muss kleiner als 1 sein</translation>
    </message>
    <message>
        <source>the file must be an object with a &quot;rules&quot; array</source>
        <translation>die Datei muss ein Objekt mit einem Array &quot;rules&quot; sein</translation>
    </message>
    <message>
        <source>is not a member of a rules file</source>
        <translation>gehört nicht in eine Regeldatei</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is required (a non-empty string)</source>
        <translation>ist erforderlich (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by another rule</source>
        <translation>&apos;%1&apos; wird bereits von einer anderen Regel verwendet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of rule</source>
        <translation>&apos;%1&apos; ist keine Regelart</translation>
    </message>
</context>
<context>
    <name>roamdesk::RulesEngine</name>
    <message>
        <source>(MCC %1)</source>
        <translation>(MCC %1)</translation>
    </message>
    <message>
        <source>%1 is roaming in %2.</source>
        <translation>%1 ist im Roaming in %2.</translation>
    </message>
    <message>
        <source>%1 started roaming.</source>
        <translation>%1 ist ins Roaming gewechselt.</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 ist jetzt in %2.</translation>
    </message>
    <message>
        <source>%1 changed country.</source>
        <translation>%1 hat das Land gewechselt.</translation>
    </message>
    <message>
        <source>%1 stopped roaming.</source>
        <translation>%1 ist nicht mehr im Roaming.</translation>
    </message>
    <message>
        <source>%1 is at home.</source>
        <translation>%1 ist im Heimatnetz.</translation>
    </message>
    <message>
        <source>%1 event for %2.</source>
        <translation>Ereignis %1 für %2.</translation>
    </message>
    <message>
        <source>%1 may be in %2, a denied country (the network names %3).</source>
        <translation>%1 ist möglicherweise in %2, einem gesperrten Land (das Netz nennt %3).</translation>
    </message>
    <message>
        <source>%1 is in %2, a denied country.</source>
        <translation>%1 ist in %2, einem gesperrten Land.</translation>
    </message>
    <message>
        <source>%1 started roaming at %2 %3 local time, outside the allowed hours.</source>
        <translation>%1 begann Roaming um %2 %3 Ortszeit, außerhalb der erlaubten Zeiten.</translation>
    </message>
    <message>
        <source>Subscription %1 ended: %2.</source>
        <translation>Abonnement %1 wurde beendet: %2.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 was in %2 and %3 min later in %4, %5 km apart: faster than %6 km/h.</source>
        <translation>%1 war in %2 und %3 min später in %4, %5 km entfernt: schneller als %6 km/h.</translation>
    </message>
    <message>
        <source>%1 changed country %2 times within %3 hours.</source>
        <translation>%1 hat innerhalb von %3 Stunden %2-mal das Land gewechselt.</translation>
    </message>
    <message>
        <source>Nothing heard from %1 for %2 hours (last at %3).</source>
        <translation>Seit %2 Stunden nichts von %1 gehört (zuletzt um %3).</translation>
    </message>
    <message>
        <source>%1 spent %2% of the last %3 days abroad, above %4%.</source>
        <translation>%1 war %2 % der letzten %3 Tage im Ausland, mehr als %4 %.</translation>
    </message>
    <message>
        <source>it expires</source>
        <translation>es läuft ab</translation>
    </message>
    <message>
        <source>its sink token expires</source>
        <translation>sein Empfänger-Token läuft ab</translation>
    </message>
    <message>
        <source>its maximum of %1 events is near (%2 received)</source>
        <translation>sein Maximum von %1 Ereignissen ist nahe (%2 empfangen)</translation>
    </message>
    <message>
        <source>Subscription %1 ends by %2: %3.</source>
        <translation>Abonnement %1 endet spätestens %2: %3.</translation>
    </message>
</context>
<context>
    <name>roamdesk::RulesFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::SimulatorControl</name>
    <message>
        <source>The simulator could not listen: %1</source>
        <translation>Der Simulator konnte nicht lauschen: %1</translation>
    </message>
    <message>
        <source>The simulator is not running.</source>
        <translation>Der Simulator läuft nicht.</translation>
    </message>
    <message>
        <source>The simulator was reset.</source>
        <translation>Der Simulator wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>The scenario %1 could not be loaded: %2</source>
        <translation>Das Szenario %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The fleet could not be set: %1</source>
        <translation>Die Flotte konnte nicht festgelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::SinkAuthenticator</name>
    <message>
        <source>Only &apos;Authorization: Bearer &lt;token&gt;&apos; is accepted.</source>
        <translation>Nur &apos;Authorization: Bearer &lt;token&gt;&apos; wird akzeptiert.</translation>
    </message>
    <message>
        <source>A bearer token is required.</source>
        <translation>Ein Bearer-Token ist erforderlich.</translation>
    </message>
    <message>
        <source>The bearer token is not valid for this sink.</source>
        <translation>Das Bearer-Token ist für diesen Sink nicht gültig.</translation>
    </message>
    <message>
        <source>Subscription %1 was created with a sink credential: its bearer token is required.</source>
        <translation>Abonnement %1 wurde mit einer Sink-Anmeldeinformation erstellt: Sein Bearer-Token ist erforderlich.</translation>
    </message>
    <message>
        <source>The bearer token is not the sink credential of subscription %1.</source>
        <translation>Das Bearer-Token ist nicht die Sink-Anmeldeinformation von Abonnement %1.</translation>
    </message>
    <message>
        <source>The bearer token is not valid for subscription %1.</source>
        <translation>Das Bearer-Token ist für Abonnement %1 nicht gültig.</translation>
    </message>
</context>
<context>
    <name>roamdesk::SqliteNotificationStore</name>
    <message>
        <source>Cannot create the notification store %1</source>
        <translation>Der Benachrichtigungsspeicher %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The notification store %1 cannot be written</source>
        <translation>In den Benachrichtigungsspeicher %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The notification store %1 is damaged</source>
        <translation>Der Benachrichtigungsspeicher %1 ist beschädigt</translation>
    </message>
</context>
<context>
    <name>roamdesk::StoreConnectionTest</name>
    <message numerus="yes">
        <source>Connected: the store has %n notification(s).</source>
        <translation>
            <numerusform>Verbunden: Der Speicher enthält %n Benachrichtigung.</numerusform>
            <numerusform>Verbunden: Der Speicher enthält %n Benachrichtigungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::StoreLocation</name>
    <message>
        <source>The store location is empty.</source>
        <translation>Der Speicherort ist leer.</translation>
    </message>
    <message>
        <source>sqlite: names no file.</source>
        <translation>sqlite: nennt keine Datei.</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URL: %1</source>
        <translation>Keine PostgreSQL-URL: %1</translation>
    </message>
    <message>
        <source>The URL holds a password. Put it in PGPASSWORD or a .pgpass file instead, so that it is neither on a command line nor in a settings file.</source>
        <translation>Die URL enthält ein Passwort. Hinterlegen Sie es stattdessen in PGPASSWORD oder einer .pgpass-Datei, damit es weder in einer Befehlszeile noch in einer Einstellungsdatei steht.</translation>
    </message>
    <message>
        <source>Unknown or refused option in the PostgreSQL URL: %1</source>
        <translation>Unbekannte oder abgelehnte Option in der PostgreSQL-URL: %1</translation>
    </message>
    <message>
        <source>Not a port: %1</source>
        <translation>Kein Port: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::Subscription</name>
    <message>
        <source>Only HTTP is supported.</source>
        <translation>Nur HTTP wird unterstützt.</translation>
    </message>
    <message>
        <source>The sink URL is required.</source>
        <translation>Die Sink-URL ist erforderlich.</translation>
    </message>
    <message>
        <source>The sink must be an absolute http:// or https:// URL.</source>
        <translation>Der Sink muss eine absolute http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>Give exactly one event type per subscription.</source>
        <translation>Geben Sie genau einen Ereignistyp pro Abonnement an.</translation>
    </message>
    <message>
        <source>Unknown event type: use roaming-status, roaming-on, roaming-off or roaming-change-country.</source>
        <translation>Unbekannter Ereignistyp: Verwenden Sie roaming-status, roaming-on, roaming-off oder roaming-change-country.</translation>
    </message>
    <message>
        <source>The maximum number of events must be at least 1.</source>
        <translation>Die maximale Anzahl an Ereignissen muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The expiry time must be in the future.</source>
        <translation>Der Ablaufzeitpunkt muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Only an access token (ACCESSTOKEN) is supported.</source>
        <translation>Nur ein Zugriffstoken (ACCESSTOKEN) wird unterstützt.</translation>
    </message>
    <message>
        <source>The sink access token is required.</source>
        <translation>Das Zugriffstoken für den Sink ist erforderlich.</translation>
    </message>
    <message>
        <source>Only bearer tokens are supported.</source>
        <translation>Nur Bearer-Tokens werden unterstützt.</translation>
    </message>
    <message>
        <source>The access token expiry time is required.</source>
        <translation>Der Ablaufzeitpunkt des Zugriffstokens ist erforderlich.</translation>
    </message>
    <message>
        <source>The access token has already expired.</source>
        <translation>Das Zugriffstoken ist bereits abgelaufen.</translation>
    </message>
    <message>
        <source>must be one of ACTIVATION_REQUESTED, ACTIVE, EXPIRED, INACTIVE, DELETED</source>
        <translation>muss einer der Werte ACTIVATION_REQUESTED, ACTIVE, EXPIRED, INACTIVE, DELETED sein</translation>
    </message>
    <message>
        <source>The sink access token may only hold letters, digits and - . _ ~ + / (then = padding), at most %1 characters.</source>
        <translation>Das Zugriffstoken für den Sink darf nur Buchstaben, Ziffern und - . _ ~ + / enthalten (am Ende = als Auffüllung), höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>roamdesk::SubscriptionPlan</name>
    <message>
        <source>must be a whole number of seconds from %1 to %2</source>
        <translation>muss eine ganze Zahl von Sekunden zwischen %1 und %2 sein</translation>
    </message>
    <message>
        <source>a token is never written in a plan: name an environment variable (&quot;env&quot;) or let each subscription get its own (&quot;generate&quot;: true)</source>
        <translation>ein Token steht nie in einem Plan: Nennen Sie eine Umgebungsvariable (&quot;env&quot;) oder lassen Sie jedes Abonnement sein eigenes erhalten (&quot;generate&quot;: true)</translation>
    </message>
    <message>
        <source>give either &quot;env&quot; or &quot;generate&quot;</source>
        <translation>geben Sie entweder &quot;env&quot; oder &quot;generate&quot; an</translation>
    </message>
    <message>
        <source>is not an environment variable name</source>
        <translation>ist kein Name einer Umgebungsvariable</translation>
    </message>
    <message>
        <source>needs &quot;env&quot; or &quot;generate&quot;: true</source>
        <translation>braucht &quot;env&quot; oder &quot;generate&quot;: true</translation>
    </message>
    <message>
        <source>a plan is a JSON object</source>
        <translation>ein Plan ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1: names a device already in the plan</source>
        <translation>Zeile %1: das Gerät ist bereits im Plan</translation>
    </message>
    <message>
        <source>%1 lists no device</source>
        <translation>%1 enthält kein Gerät</translation>
    </message>
    <message>
        <source>is not a plan field</source>
        <translation>ist kein Feld eines Plans</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>muss aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>give either &quot;devices&quot; or &quot;devicesCsv&quot;</source>
        <translation>geben Sie entweder &quot;devices&quot; oder &quot;devicesCsv&quot; an</translation>
    </message>
    <message>
        <source>must be a non-empty array of devices</source>
        <translation>muss ein nicht leeres Array von Geräten sein</translation>
    </message>
    <message>
        <source>must be a device object</source>
        <translation>muss ein Geräteobjekt sein</translation>
    </message>
    <message>
        <source>names a device already in the plan</source>
        <translation>das Gerät ist bereits im Plan</translation>
    </message>
    <message>
        <source>is required (or &quot;devicesCsv&quot;)</source>
        <translation>ist erforderlich (oder &quot;devicesCsv&quot;)</translation>
    </message>
    <message>
        <source>must name at least one event type</source>
        <translation>muss mindestens einen Ereignistyp nennen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event type one can subscribe to</source>
        <translation>&apos;%1&apos; ist kein abonnierbarer Ereignistyp</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be an absolute http(s) URL</source>
        <translation>muss eine absolute http(s)-URL sein</translation>
    </message>
    <message>
        <source>must not carry %1 or %2: the plan adds them</source>
        <translation>darf %1 oder %2 nicht enthalten: der Plan fügt sie hinzu</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be shorter than subscription.expireAfterSeconds (%1)</source>
        <translation>muss kürzer sein als subscription.expireAfterSeconds (%1)</translation>
    </message>
    <message>
        <source>must be smaller than subscription.maxEvents (%1)</source>
        <translation>muss kleiner sein als subscription.maxEvents (%1)</translation>
    </message>
    <message>
        <source>must be shorter than sinkToken.validForSeconds (%1)</source>
        <translation>muss kürzer sein als sinkToken.validForSeconds (%1)</translation>
    </message>
</context>
<context>
    <name>roamdesk::SubscriptionRegistry</name>
    <message>
        <source>A subscription needs an id.</source>
        <translation>Ein Abonnement braucht eine ID.</translation>
    </message>
</context>
<context>
    <name>roamdesk::TrafficLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Correlator</source>
        <translation>Korrelations-ID</translation>
    </message>
</context>
<context>
    <name>roamdesk::WebhookReceiver</name>
    <message>
        <source>The receiver path must start with &apos;/&apos;: %1</source>
        <translation>Der Empfängerpfad muss mit &apos;/&apos; beginnen: %1</translation>
    </message>
    <message>
        <source>The receiver limits must be positive.</source>
        <translation>Die Grenzwerte des Empfängers müssen positiv sein.</translation>
    </message>
    <message>
        <source>Cannot open the notification store: %1</source>
        <translation>Der Benachrichtigungsspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>Das TLS-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Der TLS-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, unencrypted).</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel (RSA oder EC, unverschlüsselt).</translation>
    </message>
    <message>
        <source>This build of Qt has no TLS support.</source>
        <translation>Dieser Qt-Build hat keine TLS-Unterstützung.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1, Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>No notification sink at %1.</source>
        <translation>Unter %1 gibt es keinen Benachrichtigungs-Sink.</translation>
    </message>
    <message>
        <source>Notifications are POSTed.</source>
        <translation>Benachrichtigungen werden per POST gesendet.</translation>
    </message>
    <message>
        <source>The receiver is stopping.</source>
        <translation>Der Empfänger wird beendet.</translation>
    </message>
    <message>
        <source>Expected application/cloudevents+json or application/json, got &apos;%1&apos;.</source>
        <translation>Erwartet wurde application/cloudevents+json oder application/json, erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The CloudEvent is not valid.</source>
        <translation>Das CloudEvent ist ungültig.</translation>
    </message>
    <message>
        <source>Subscription %1 was deleted; its events are no longer accepted.</source>
        <translation>Abonnement %1 wurde gelöscht; seine Ereignisse werden nicht mehr angenommen.</translation>
    </message>
    <message>
        <source>The notification could not be stored; try again later.</source>
        <translation>Die Benachrichtigung konnte nicht gespeichert werden; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>roamdesk::api</name>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>truncated body</source>
        <translation>abgeschnittener Body</translation>
    </message>
    <message>
        <source>invalid body</source>
        <translation>ungültiger Body</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>the keyring did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>secrets are kept only until RoamDesk quits (ROAMDESK_SECRET_BACKEND=memory)</source>
        <translation>Geheimnisse werden nur bis zum Beenden von RoamDesk aufbewahrt (ROAMDESK_SECRET_BACKEND=memory)</translation>
    </message>
    <message>
        <source>the file backend was asked for (ROAMDESK_SECRET_BACKEND=file)</source>
        <translation>das Datei-Backend wurde angefordert (ROAMDESK_SECRET_BACKEND=file)</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::ApiCall</name>
    <message>
        <source>The call has not finished.</source>
        <translation>Der Aufruf ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 bytes.</source>
        <translation>Die Antwort ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Received %1 of %2 bytes.</source>
        <translation>%1 von %2 Byte empfangen.</translation>
    </message>
    <message>
        <source>The 202 answer is not a JSON object.</source>
        <translation>Die 202-Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The 202 answer has no subscription id.</source>
        <translation>Die 202-Antwort enthält keine Abonnement-ID.</translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation>Die Antwort hat keinen Body.</translation>
    </message>
    <message>
        <source>The answer is not JSON (%1).</source>
        <translation>Die Antwort ist kein JSON (%1).</translation>
    </message>
    <message>
        <source>The roaming status is not a JSON object.</source>
        <translation>Der Roaming-Status ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The roaming status does not match the spec: %1</source>
        <translation>Der Roaming-Status entspricht nicht der Spezifikation: %1</translation>
    </message>
    <message>
        <source>The subscription is not a JSON object.</source>
        <translation>Das Abonnement ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The subscription does not match the spec: %1</source>
        <translation>Das Abonnement entspricht nicht der Spezifikation: %1</translation>
    </message>
    <message>
        <source>The subscription list is not a JSON array.</source>
        <translation>Die Abonnementliste ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>The subscription list does not match the spec: %1</source>
        <translation>Die Abonnementliste entspricht nicht der Spezifikation: %1</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::ConnectionTest</name>
    <message>
        <source>HTTP 404: there is no subscriptions API at %1. The API root is probably wrong: it is the address that the API paths follow, such as https://api.example.com/camara. Or the server offers another version of the subscriptions API.</source>
        <translation>HTTP 404: Unter %1 gibt es keine Abonnement-API. Vermutlich ist die API-Root falsch: Sie ist die Adresse, an die sich die API-Pfade anschließen, etwa https://api.example.com/camara. Oder der Server bietet eine andere Version der Abonnement-API an.</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::Environment</name>
    <message>
        <source>The simulator is not running.</source>
        <translation>Der Simulator läuft nicht.</translation>
    </message>
    <message>
        <source>The API root must be an absolute http(s) URL.</source>
        <translation>Die API-Root muss eine absolute http(s)-URL sein.</translation>
    </message>
    <message>
        <source>Unsupported subscriptions API version %1.</source>
        <translation>Nicht unterstützte Version %1 der Abonnement-API.</translation>
    </message>
    <message>
        <source>The roaming status API version is missing.</source>
        <translation>Die Version der Roaming-Status-API fehlt.</translation>
    </message>
    <message>
        <source>Network as Code needs an application key (X-RapidAPI-Key).</source>
        <translation>Network as Code benötigt einen Anwendungsschlüssel (X-RapidAPI-Key).</translation>
    </message>
    <message>
        <source>The X-RapidAPI-Host is missing.</source>
        <translation>Der X-RapidAPI-Host fehlt.</translation>
    </message>
    <message>
        <source>A bearer access token is needed.</source>
        <translation>Ein Bearer-Zugriffstoken wird benötigt.</translation>
    </message>
    <message>
        <source>The OAuth2 token URL must be an absolute URL.</source>
        <translation>Die OAuth2-Token-URL muss eine absolute URL sein.</translation>
    </message>
    <message>
        <source>OAuth2 needs a client id and a client secret.</source>
        <translation>OAuth2 benötigt eine Client-ID und ein Client-Geheimnis.</translation>
    </message>
    <message>
        <source>The timeout must be positive.</source>
        <translation>Das Zeitlimit muss positiv sein.</translation>
    </message>
    <message>
        <source>The OAuth2 token URL must use https: over plain http the client secret would cross the network unencrypted (http is accepted for this machine only).</source>
        <translation>Die OAuth2-Token-URL muss https verwenden: Über reines http würde das Client-Geheimnis unverschlüsselt durchs Netz gehen (http wird nur für diesen Rechner akzeptiert).</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Network as Code</source>
        <translation>Network as Code</translation>
    </message>
    <message>
        <source>Network as Code (staging)</source>
        <translation>Network as Code (Staging)</translation>
    </message>
    <message>
        <source>Network as Code (development)</source>
        <translation>Network as Code (Entwicklung)</translation>
    </message>
    <message>
        <source>Embedded simulator</source>
        <translation>Eingebauter Simulator</translation>
    </message>
    <message>
        <source>Network as Code, production</source>
        <translation>Network as Code, Produktion</translation>
    </message>
    <message>
        <source>Network as Code, staging</source>
        <translation>Network as Code, Staging</translation>
    </message>
    <message>
        <source>Network as Code, development</source>
        <translation>Network as Code, Entwicklung</translation>
    </message>
    <message>
        <source>Custom CAMARA endpoint</source>
        <translation>Eigener CAMARA-Endpunkt</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::KeychainSecretStore</name>
    <message>
        <source>this build has no keyring support</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
    <message>
        <source>stored in the desktop keyring (service &quot;%1&quot;)</source>
        <translation>im Schlüsselbund des Desktops gespeichert (Dienst &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>no keyring service (Secret Service or KWallet) answered on the session bus</source>
        <translation>kein Schlüsselbunddienst (Secret Service oder KWallet) hat auf dem Sitzungsbus geantwortet</translation>
    </message>
    <message>
        <source>this build has no keyring support (qtkeychain was not found)</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund (qtkeychain wurde nicht gefunden)</translation>
    </message>
    <message>
        <source>no keyring is reachable (%1)</source>
        <translation>kein Schlüsselbund erreichbar (%1)</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::RoamingClient</name>
    <message>
        <source>Invalid subscription id.</source>
        <translation>Ungültige Abonnement-ID.</translation>
    </message>
    <message>
        <source>The OAuth2 token request failed: %1</source>
        <translation>Die OAuth2-Token-Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The OAuth2 token endpoint answered %1 %2.</source>
        <translation>Der OAuth2-Token-Endpunkt antwortete %1 %2.</translation>
    </message>
    <message>
        <source>without an access_token</source>
        <translation>ohne access_token</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::SecretStore</name>
    <message>
        <source>kept in memory only</source>
        <translation>nur im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>stored in %1 (owner-only file)</source>
        <translation>in %1 gespeichert (Datei nur für den Eigentümer)</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::SecretStoreChoice</name>
    <message>
        <source>Desktop keyring</source>
        <translation>Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <source>Owner-only file</source>
        <translation>Datei nur für den Eigentümer</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>Nur im Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>roamdesk::bulk::PlanJournal</name>
    <message>
        <source>cannot read the plan journal %1: %2</source>
        <translation>das Journal des Plans %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the plan journal %1 is damaged</source>
        <translation>das Journal des Plans %1 ist beschädigt</translation>
    </message>
    <message>
        <source>cannot write the plan journal %1: %2</source>
        <translation>das Journal des Plans %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::bulk::PlanKeeper</name>
    <message>
        <source>The subscriptions could not be listed: %1</source>
        <translation>Die Abonnements konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The environment variable %1 holding the sink token is not set.</source>
        <translation>Die Umgebungsvariable %1 mit dem Token des Empfängers ist nicht gesetzt.</translation>
    </message>
</context>
<context>
    <name>roamdesk::cli</name>
    <message>
        <source>Environment: simulator (default), nac, nac-staging, nac-dev or custom.</source>
        <translation>Umgebung: simulator (Standard), nac, nac-staging, nac-dev oder custom.</translation>
    </message>
    <message>
        <source>API root, e.g. https://host/device-status (with simulator: use a running one instead of starting one).</source>
        <translation>API-Root, z. B. https://host/device-status (mit simulator: einen laufenden verwenden, statt einen zu starten).</translation>
    </message>
    <message>
        <source>Network as Code application key (default: $ROAMDESK_API_KEY).</source>
        <translation>Anwendungsschlüssel für Network as Code (Standard: $ROAMDESK_API_KEY).</translation>
    </message>
    <message>
        <source>Bearer access token (default: $ROAMDESK_BEARER).</source>
        <translation>Bearer-Zugriffstoken (Standard: $ROAMDESK_BEARER).</translation>
    </message>
    <message>
        <source>OAuth2 token URL for client credentials (custom; secret from $ROAMDESK_CLIENT_SECRET).</source>
        <translation>OAuth2-Token-URL für Client-Credentials (custom; Geheimnis aus $ROAMDESK_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>OAuth2 client id.</source>
        <translation>OAuth2-Client-ID.</translation>
    </message>
    <message>
        <source>Subscriptions API version: v0.7 (default) or v0.8.</source>
        <translation>Version der Abonnement-API: v0.7 (Standard) oder v0.8.</translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds (default 30).</source>
        <translation>Zeitlimit pro Versuch in Sekunden (Standard 30).</translation>
    </message>
    <message>
        <source>State file of the in-process simulator (keeps subscriptions between runs).</source>
        <translation>Zustandsdatei des prozessinternen Simulators (behält Abonnements zwischen Läufen).</translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation>JSON-Ausgabe einrücken.</translation>
    </message>
    <message>
        <source>Log requests and retries to stderr.</source>
        <translation>Anfragen und Wiederholungen nach stderr protokollieren.</translation>
    </message>
    <message>
        <source>Phone number in E.164 form, e.g. +99999991000.</source>
        <translation>Telefonnummer im E.164-Format, z. B. +99999991000.</translation>
    </message>
    <message>
        <source>Network access identifier, e.g. 123456789@domain.com.</source>
        <translation>Network Access Identifier (NAI), z. B. 123456789@domain.com.</translation>
    </message>
    <message>
        <source>Public IPv4 address, optionally with :PORT.</source>
        <translation>Öffentliche IPv4-Adresse, optional mit :PORT.</translation>
    </message>
    <message>
        <source>Private IPv4 address (with --ipv4).</source>
        <translation>Private IPv4-Adresse (mit --ipv4).</translation>
    </message>
    <message>
        <source>IPv6 address.</source>
        <translation>IPv6-Adresse.</translation>
    </message>
    <message>
        <source>--ipv4: &apos;%1&apos; is not a port number.</source>
        <translation>--ipv4: &apos;%1&apos; ist keine Portnummer.</translation>
    </message>
    <message>
        <source>--private-ip needs --ipv4.</source>
        <translation>--private-ip benötigt --ipv4.</translation>
    </message>
    <message>
        <source>Name the device with --phone, --nai, --ipv4 or --ipv6.</source>
        <translation>Geben Sie das Gerät mit --phone, --nai, --ipv4 oder --ipv6 an.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an RFC 3339 date-time such as 2025-12-03T12:27:08.312Z.</source>
        <translation>--%1: &apos;%2&apos; ist kein RFC-3339-Zeitstempel wie 2025-12-03T12:27:08.312Z.</translation>
    </message>
    <message>
        <source>Retrieve a device&apos;s roaming status; prints the API&apos;s answer as received.</source>
        <translation>Ruft den Roaming-Status eines Geräts ab; gibt die Antwort der API unverändert aus.</translation>
    </message>
    <message>
        <source>Create a roaming subscription; prints the subscription as received.</source>
        <translation>Erstellt ein Roaming-Abonnement; gibt das Abonnement unverändert aus.</translation>
    </message>
    <message>
        <source>roaming-status, roaming-on, roaming-off or roaming-change-country (or the full type).</source>
        <translation>roaming-status, roaming-on, roaming-off oder roaming-change-country (oder der vollständige Typ).</translation>
    </message>
    <message>
        <source>Notification URL (default: $ROAMDESK_SINK or https://example.com/notify).</source>
        <translation>Benachrichtigungs-URL (Standard: $ROAMDESK_SINK oder https://example.com/notify).</translation>
    </message>
    <message>
        <source>Sink access token (sent as an ACCESSTOKEN bearer credential).</source>
        <translation>Zugriffstoken für den Sink (als ACCESSTOKEN-Bearer-Anmeldeinformation gesendet).</translation>
    </message>
    <message>
        <source>Expiry of the sink access token (RFC 3339).</source>
        <translation>Ablauf des Zugriffstokens für den Sink (RFC 3339).</translation>
    </message>
    <message>
        <source>Ask for a notification of the current state at once.</source>
        <translation>Sofort eine Benachrichtigung über den aktuellen Zustand anfordern.</translation>
    </message>
    <message>
        <source>Maximum number of notifications.</source>
        <translation>Maximale Anzahl an Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Subscription expiry (RFC 3339).</source>
        <translation>Ablauf des Abonnements (RFC 3339).</translation>
    </message>
    <message>
        <source>--event is required (e.g. --event roaming-status).</source>
        <translation>--event ist erforderlich (z. B. --event roaming-status).</translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is not one of roaming-status, roaming-on, roaming-off, roaming-change-country.</source>
        <translation>--event: &apos;%1&apos; ist keiner der Werte roaming-status, roaming-on, roaming-off, roaming-change-country.</translation>
    </message>
    <message>
        <source>--token and --token-expires go together.</source>
        <translation>--token und --token-expires gehören zusammen.</translation>
    </message>
    <message>
        <source>--max-events must be a whole number of at least 1.</source>
        <translation>--max-events muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Invalid subscription: %1</source>
        <translation>Ungültiges Abonnement: %1</translation>
    </message>
    <message>
        <source>List the roaming subscriptions; prints the list as received.</source>
        <translation>Listet die Roaming-Abonnements auf; gibt die Liste unverändert aus.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Get or delete one roaming subscription.</source>
        <translation>Ein Roaming-Abonnement abrufen oder löschen.</translation>
    </message>
    <message>
        <source>get or delete</source>
        <translation>get oder delete</translation>
    </message>
    <message>
        <source>The subscription id.</source>
        <translation>Die Abonnement-ID.</translation>
    </message>
    <message>
        <source>Usage: subscription get|delete ID</source>
        <translation>Aufruf: subscription get|delete ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid subscription id.</source>
        <translation>&apos;%1&apos; ist keine gültige Abonnement-ID.</translation>
    </message>
    <message>
        <source>Receives roaming CloudEvents and stores them; prints the sink URL on the first line, then one line per stored event.</source>
        <translation>Empfängt Roaming-CloudEvents und speichert sie; gibt in der ersten Zeile die Sink-URL aus, danach eine Zeile pro gespeichertem Ereignis.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port (default %1; 0 picks a free one).</source>
        <translation>Port (Standard %1; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Sink path (default /notifications).</source>
        <translation>Sink-Pfad (Standard /notifications).</translation>
    </message>
    <message>
        <source>Accept this bearer token (repeatable).</source>
        <translation>Dieses Bearer-Token akzeptieren (wiederholbar).</translation>
    </message>
    <message>
        <source>Accept requests without Authorization.</source>
        <translation>Anfragen ohne Authorization akzeptieren.</translation>
    </message>
    <message>
        <source>Print only the sink URL.</source>
        <translation>Nur die Sink-URL ausgeben.</translation>
    </message>
    <message>
        <source>Sink URL to announce (behind NAT, a tunnel or a reverse proxy).</source>
        <translation>Anzukündigende Sink-URL (hinter NAT, einem Tunnel oder einem Reverse-Proxy).</translation>
    </message>
    <message>
        <source>PEM certificate: serve HTTPS.</source>
        <translation>PEM-Zertifikat: per HTTPS bereitstellen.</translation>
    </message>
    <message>
        <source>PEM private key for --tls-cert.</source>
        <translation>Privater PEM-Schlüssel für --tls-cert.</translation>
    </message>
    <message>
        <source>Body cap in bytes (default 65536).</source>
        <translation>Maximale Body-Größe in Byte (Standard 65536).</translation>
    </message>
    <message>
        <source>Connection cap (default %1).</source>
        <translation>Maximale Anzahl an Verbindungen (Standard %1).</translation>
    </message>
    <message>
        <source>Idle timeout per connection in ms.</source>
        <translation>Leerlauf-Zeitlimit pro Verbindung in ms.</translation>
    </message>
    <message>
        <source>Sync every commit to disk (survives power cuts; slower).</source>
        <translation>Jeden Commit auf die Platte synchronisieren (übersteht Stromausfälle; langsamer).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--host: not an IP address: %1</source>
        <translation>--host: keine IP-Adresse: %1</translation>
    </message>
    <message>
        <source>--port: not a port: %1</source>
        <translation>--port: kein Port: %1</translation>
    </message>
    <message>
        <source>--public-url: not an absolute URL: %1</source>
        <translation>--public-url: keine absolute URL: %1</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <source>--max-body: not a positive number</source>
        <translation>--max-body: keine positive Zahl</translation>
    </message>
    <message>
        <source>--max-connections: not a positive number</source>
        <translation>--max-connections: keine positive Zahl</translation>
    </message>
    <message>
        <source>--idle-timeout: not a positive number</source>
        <translation>--idle-timeout: keine positive Zahl</translation>
    </message>
    <message>
        <source>Prints stored notifications, newest first: JSON Lines (default) or CSV.</source>
        <translation>Gibt gespeicherte Benachrichtigungen aus, neueste zuerst: JSON Lines (Standard) oder CSV.</translation>
    </message>
    <message>
        <source>JSON Lines: the CloudEvent under &quot;event&quot; (default).</source>
        <translation>JSON Lines: das CloudEvent unter &quot;event&quot; (Standard).</translation>
    </message>
    <message>
        <source>CSV with a header row.</source>
        <translation>CSV mit Kopfzeile.</translation>
    </message>
    <message>
        <source>Only notifications received at or after this RFC 3339 time.</source>
        <translation>Nur Benachrichtigungen, die zu oder nach diesem RFC-3339-Zeitpunkt empfangen wurden.</translation>
    </message>
    <message>
        <source>Only this event type (short or full name).</source>
        <translation>Nur dieser Ereignistyp (kurzer oder vollständiger Name).</translation>
    </message>
    <message>
        <source>Only this device (phone number, NAI or address).</source>
        <translation>Nur dieses Gerät (Telefonnummer, NAI oder Adresse).</translation>
    </message>
    <message>
        <source>choose one of --json and --csv</source>
        <translation>wählen Sie entweder --json oder --csv</translation>
    </message>
    <message>
        <source>--since: not an RFC 3339 date-time: %1</source>
        <translation>--since: kein RFC-3339-Zeitstempel: %1</translation>
    </message>
    <message>
        <source>--type: unknown event type: %1</source>
        <translation>--type: unbekannter Ereignistyp: %1</translation>
    </message>
    <message>
        <source>Send the OAuth2 client secret even over plain http to another host (refused otherwise).</source>
        <translation>Das OAuth2-Client-Geheimnis auch über reines http an einen anderen Host senden (sonst abgelehnt).</translation>
    </message>
    <message>
        <source>--token: the sink access token is empty.</source>
        <translation>--token: Das Zugriffstoken für den Sink ist leer.</translation>
    </message>
    <message>
        <source>--%1: the value is empty</source>
        <translation>--%1: der Wert ist leer</translation>
    </message>
    <message>
        <source>stdout was closed: events are no longer printed; every event is still stored</source>
        <translation>stdout wurde geschlossen: Ereignisse werden nicht mehr ausgegeben; jedes Ereignis wird weiterhin gespeichert</translation>
    </message>
    <message>
        <source>stdout is not keeping up: event lines are dropped; every event is still stored</source>
        <translation>stdout kommt nicht hinterher: Ereigniszeilen werden verworfen; jedes Ereignis wird weiterhin gespeichert</translation>
    </message>
    <message>
        <source>%1 event lines were not printed (stdout did not keep up, or was closed)</source>
        <translation>nicht ausgegebene Ereigniszeilen: %1 (stdout kam nicht hinterher oder wurde geschlossen)</translation>
    </message>
    <message>
        <source>stopped after %1 notifications: %2</source>
        <translation>abgebrochen nach %1 Benachrichtigungen: %2</translation>
    </message>
    <message>
        <source>--ipv4: %1</source>
        <translation>--ipv4: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted subscription %1.</source>
        <translation>Abonnement %1 gelöscht.</translation>
    </message>
    <message>
        <source>--db: empty file name</source>
        <translation>--db: leerer Dateiname</translation>
    </message>
    <message>
        <source>JSON Lines instead of a table.</source>
        <translation>JSON Lines statt einer Tabelle.</translation>
    </message>
    <message>
        <source>--db: no notification store at %1</source>
        <translation>--db: unter %1 gibt es keinen Benachrichtigungsspeicher</translation>
    </message>
    <message>
        <source>Prints every device in the notification store with its roaming state, country and since when, ordered by device.</source>
        <translation>Gibt jedes Gerät im Benachrichtigungsspeicher mit Roaming-Zustand, Land und Beginn aus, nach Gerät sortiert.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>roaming</source>
        <translation>Roaming</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>im Heimnetz</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>LAND</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>LAST EVENT</source>
        <translation>LETZTES EREIGNIS</translation>
    </message>
    <message>
        <source>LAST EVENT TIME</source>
        <translation>ZEIT DES LETZTEN EREIGNISSES</translation>
    </message>
    <message>
        <source>Prints one device&apos;s journey from the notification store: where it was, roaming or not, oldest first.</source>
        <translation>Gibt die Reise eines Geräts aus dem Benachrichtigungsspeicher aus: wo es war, ob im Roaming oder nicht, älteste zuerst.</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(jetzt)</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options and exit codes.</source>
        <translation>Optionen und Exit-Codes: &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>no notification store at %1</source>
        <translation>unter %1 gibt es keinen Benachrichtigungsspeicher</translation>
    </message>
    <message>
        <source>%1 -&gt; home</source>
        <translation>%1 -&gt; Heimnetz</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>kein Land</translation>
    </message>
    <message>
        <source>When the scenario starts: now (default) or on-first-subscription, so that a subscription made after starting sees every step.</source>
        <translation>Wann das Szenario beginnt: now (sofort, Standard) oder on-first-subscription, damit ein nach dem Start angelegtes Abonnement jeden Schritt sieht.</translation>
    </message>
    <message>
        <source>Play the scenario again and again (whatever its own &quot;loop&quot; says).</source>
        <translation>Das Szenario immer wieder abspielen (unabhängig von seinem eigenen &quot;loop&quot;).</translation>
    </message>
    <message>
        <source>--host: &apos;%1&apos; is not an IP address (or localhost).</source>
        <translation>--host: &apos;%1&apos; ist keine IP-Adresse (oder localhost).</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number from 0 to 65535.</source>
        <translation>--port: &apos;%1&apos; ist keine Portnummer von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--speed: &apos;%1&apos; is not a factor above 0 (e.g. 1, 10, 0.5).</source>
        <translation>--speed: &apos;%1&apos; ist kein Faktor größer als 0 (z. B. 1, 10, 0.5).</translation>
    </message>
    <message>
        <source>--scenario-start: &apos;%1&apos; is not now or on-first-subscription.</source>
        <translation>--scenario-start: &apos;%1&apos; ist weder now noch on-first-subscription.</translation>
    </message>
    <message>
        <source>--%1 needs --scenario.</source>
        <translation>--%1 erfordert --scenario.</translation>
    </message>
    <message>
        <source>--allow-sink: &apos;%1&apos; is not HOST[:PORT].</source>
        <translation>--allow-sink: &apos;%1&apos; hat nicht die Form HOST[:PORT].</translation>
    </message>
    <message>
        <source>--state: %1</source>
        <translation>--state: %1</translation>
    </message>
    <message>
        <source>--scenario %1: %2</source>
        <translation>--scenario %1: %2</translation>
    </message>
    <message>
        <source>scenario %1 s: %2</source>
        <translation>Szenario %1 s: %2</translation>
    </message>
    <message>
        <source>scenario finished</source>
        <translation>Szenario beendet</translation>
    </message>
    <message>
        <source>, looping</source>
        <translation>, in Schleife</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; (%2 s at %3x%4) starts with the first subscription</source>
        <translation>Szenario &quot;%1&quot; (%2 s bei %3x%4) beginnt mit dem ersten Abonnement</translation>
    </message>
    <message>
        <source>scenario started: a subscription was created</source>
        <translation>Szenario gestartet: ein Abonnement wurde angelegt</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; (%2 s at %3x%4) started</source>
        <translation>Szenario &quot;%1&quot; (%2 s bei %3x%4) gestartet</translation>
    </message>
    <message>
        <source>Exit codes:
  0  stopped by SIGINT/SIGTERM
  1  failure: the address or port cannot be listened on, the state file cannot be read or written
  2  usage: a bad option or value (--fleet outside 0..100000), a scenario file that is refused
</source>
        <translation>Exit-Codes:
  0  durch SIGINT/SIGTERM beendet
  1  Fehler: auf Adresse oder Port kann nicht gelauscht werden, die Zustandsdatei kann nicht gelesen oder geschrieben werden
  2  Aufruf: eine falsche Option oder ein falscher Wert (--fleet außerhalb von 0..100000), eine abgelehnte Szenariodatei
</translation>
    </message>
    <message>
        <source>Adds a synthetic fleet of N phone devices (+99999992000000 upwards, 0 to %1) with homes all over Europe that travel on their own at --speed; kept in the --state file.</source>
        <translation>Fügt eine synthetische Flotte von N Telefongeräten hinzu (+99999992000000 aufwärts, 0 bis %1), deren Heimnetze über ganz Europa verteilt sind und die selbstständig mit --speed reisen; wird in der --state-Datei gespeichert.</translation>
    </message>
    <message>
        <source>--fleet: &apos;%1&apos; is not a number of devices from 0 to %2.</source>
        <translation>--fleet: &apos;%1&apos; ist keine Geräteanzahl von 0 bis %2.</translation>
    </message>
    <message>
        <source>--fleet: %1</source>
        <translation>--fleet: %1</translation>
    </message>
    <message>
        <source>fleet of %1 devices: %2 to %3, at %4x</source>
        <translation>Flotte mit %1 Geräten: %2 bis %3, bei %4x</translation>
    </message>
    <message>
        <source>Evaluates the alert rules over every notification in the store, from the first, and prints the alerts they raise.</source>
        <translation>Wertet die Alarmregeln über alle gespeicherten Benachrichtigungen ab der ersten aus und gibt die ausgelösten Alarme aus.</translation>
    </message>
    <message>
        <source>Rules file (default: the rules saved in the window, else the default rules).</source>
        <translation>Regeldatei (Standard: die im Fenster gespeicherten Regeln, sonst die Standardregeln).</translation>
    </message>
    <message>
        <source>The time the rules about silence and endings are evaluated at (RFC 3339; default: now).</source>
        <translation>Der Zeitpunkt, zu dem die Regeln über Stille und Enden ausgewertet werden (RFC 3339; Standard: jetzt).</translation>
    </message>
    <message>
        <source>--now: &apos;%1&apos; is not an RFC 3339 date-time</source>
        <translation>--now: &apos;%1&apos; ist kein RFC-3339-Zeitpunkt</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWERE</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>%1 of %2 rows answered in %3 s: %4 requests, %5 answered 429 TOO_MANY_REQUESTS.</source>
        <translation>%1 von %2 Zeilen in %3 s beantwortet: %4 Anfragen, %5 mit 429 TOO_MANY_REQUESTS beantwortet.</translation>
    </message>
    <message>
        <source>%1/%2 rows, %3/s, %4 left</source>
        <translation>%1/%2 Zeilen, %3/s, noch %4</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Look up the roaming status of every device in a file, within the provider&apos;s quota. Prints one JSON line per input row, in input order: row, device, status and result (or error). Progress goes to stderr.</source>
        <translation>Fragt den Roaming-Status jedes Geräts einer Datei innerhalb der Quote des Anbieters ab. Gibt je Eingabezeile eine JSON-Zeile in Eingabereihenfolge aus: row, device, status und result (oder error). Der Fortschritt geht nach stderr.</translation>
    </message>
    <message>
        <source>The device list: CSV with a header row (phoneNumber, networkAccessIdentifier, ipv4Public, ipv4Private, ipv4Port, ipv6, label, group), or JSON Lines of CAMARA device objects.</source>
        <translation>Die Geräteliste: CSV mit Kopfzeile (phoneNumber, networkAccessIdentifier, ipv4Public, ipv4Private, ipv4Port, ipv6, label, group) oder JSON Lines mit CAMARA-Geräteobjekten.</translation>
    </message>
    <message>
        <source>At most N requests per second (default: none of our own; the provider&apos;s pace is found from its 429 answers).</source>
        <translation>Höchstens N Anfragen pro Sekunde (Standard: keine eigene Grenze; das Tempo des Anbieters wird aus seinen 429-Antworten ermittelt).</translation>
    </message>
    <message>
        <source>Progress and the summary on stderr as JSON Lines.</source>
        <translation>Fortschritt und Zusammenfassung auf stderr als JSON Lines.</translation>
    </message>
    <message>
        <source>--csv FILE is required.</source>
        <translation>--csv DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>--rate: &apos;%1&apos; is not a number of requests per second above 0.</source>
        <translation>--rate: &apos;%1&apos; ist keine Zahl von Anfragen pro Sekunde über 0.</translation>
    </message>
    <message>
        <source>the one the GUI and receive use</source>
        <translation>der, den die GUI und receive verwenden</translation>
    </message>
    <message>
        <source>the app data folder</source>
        <translation>der Datenordner der App</translation>
    </message>
    <message>
        <source>A filter expression, as the window&apos;s filter bar takes it: fields (type, device, country, mcc, roaming, subscription, reason, time, received, source, id) compared with = != &lt; &lt;= &gt; &gt;= ^= or in {…}, and/or/not, parentheses, type:NAME, device:LABEL, sub:ID-PREFIX, and words the log shows. E.g. --filter &apos;country in {BE, NL} and time &gt; -2h&apos;, --filter &apos;belgium sub:3f2&apos;. See docs/filter-language.md.</source>
        <translation>Ein Filterausdruck, wie ihn die Filterleiste des Fensters annimmt: Felder (type, device, country, mcc, roaming, subscription, reason, time, received, source, id), verglichen mit = != &lt; &lt;= &gt; &gt;= ^= oder in {…}, and/or/not, Klammern, type:NAME, device:KENNUNG, sub:ID-ANFANG und Wörter, die das Protokoll zeigt. Z. B. --filter &apos;country in {BE, NL} and time &gt; -2h&apos;, --filter &apos;belgium sub:3f2&apos;. Siehe docs/filter-language.md.</translation>
    </message>
    <message>
        <source>Instead of what is stored, print new notifications as they are committed (by any receiver writing the store), oldest first, until interrupted.</source>
        <translation>Statt des Gespeicherten neue Benachrichtigungen ausgeben, sobald sie festgeschrieben sind (von jedem Empfänger, der in den Speicher schreibt), älteste zuerst, bis zur Unterbrechung.</translation>
    </message>
    <message>
        <source>none: required</source>
        <translation>keiner: erforderlich</translation>
    </message>
    <message>
        <source>--store URL (or --db FILE) is required</source>
        <translation>--store URL (oder --db DATEI) ist erforderlich</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message>
        <source>Answer 429 TOO_MANY_REQUESTS beyond N requests per second per API key or token (default: no limit).</source>
        <translation>Über N Anfragen pro Sekunde je API-Schlüssel oder Token mit 429 TOO_MANY_REQUESTS antworten (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>Answer 429 QUOTA_EXCEEDED beyond M requests per UTC day per API key or token, until the next day.</source>
        <translation>Über M Anfragen pro UTC-Tag je API-Schlüssel oder Token bis zum nächsten Tag mit 429 QUOTA_EXCEEDED antworten.</translation>
    </message>
    <message>
        <source>Send Retry-After (seconds until the quota lifts) with every 429.</source>
        <translation>Mit jeder 429 Retry-After senden (Sekunden, bis die Quote wieder frei ist).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number of requests above 0.</source>
        <translation>--%1: &apos;%2&apos; ist keine ganze Zahl von Anfragen über 0.</translation>
    </message>
    <message>
        <source>--retry-after needs --quota or --daily-quota.</source>
        <translation>--retry-after braucht --quota oder --daily-quota.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  ok
  1  failure: the notification store cannot be opened, written or read; the receiver (other than on a
     busy port) or the simulator cannot listen; the simulator&apos;s state file cannot be read or written
  2  usage: a bad option or value, or a file that does not validate (nothing was sent)
  3  API error: the API or its OAuth2 token endpoint answered with an error
  4  network error: no answer (connection refused, host not found, timeout, TLS)
  5  the notification store is damaged (SQLite finds it corrupt): restore it from a copy
  6  log, devices, journey, alerts: there is no notification store at the --db path
  7  receive: the port is in use by another program (choose another with --port)
</source>
        <translation>Exit-Codes:
  0  ok
  1  Fehler: der Benachrichtigungsspeicher kann nicht geöffnet, geschrieben oder gelesen werden; der Empfänger
     (außer bei belegtem Port) oder der Simulator kann nicht lauschen; die Zustandsdatei des Simulators kann
     nicht gelesen oder geschrieben werden
  2  Aufruf: eine falsche Option oder ein falscher Wert, oder eine Datei, die die Prüfung nicht besteht (nichts wurde gesendet)
  3  API-Fehler: die API oder ihr OAuth2-Token-Endpunkt hat mit einem Fehler geantwortet
  4  Netzwerkfehler: keine Antwort (Verbindung abgelehnt, Host nicht gefunden, Zeitüberschreitung, TLS)
  5  der Benachrichtigungsspeicher ist beschädigt (SQLite hält ihn für defekt): aus einer Kopie wiederherstellen
  6  log, devices, journey, alerts: unter dem --db-Pfad gibt es keinen Benachrichtigungsspeicher
  7  receive: der Port wird von einem anderen Programm belegt (mit --port einen anderen wählen)
</translation>
    </message>
    <message>
        <source>Notification store: a file, sqlite:PATH, or postgresql://USER@HOST:PORT/DB?sslmode=… for a store shared by a team (the password from PGPASSWORD or ~/.pgpass) (default: %1).</source>
        <translation>Benachrichtigungsspeicher: eine Datei, sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DB?sslmode=… für einen vom Team geteilten Speicher (das Passwort aus PGPASSWORD oder ~/.pgpass) (Standard: %1).</translation>
    </message>
    <message>
        <source>The same as --store FILE.</source>
        <translation>Dasselbe wie --store DATEI.</translation>
    </message>
    <message>
        <source>--store and --db both name the store: give one</source>
        <translation>--store und --db nennen beide den Speicher: geben Sie nur eines an</translation>
    </message>
    <message>
        <source>  130  stopped by SIGINT (143: SIGTERM): the rows answered before the first unanswered one are printed
</source>
        <translation>  130  durch SIGINT beendet (143: SIGTERM): die vor der ersten unbeantworteten Zeile beantworteten Zeilen werden ausgegeben
</translation>
    </message>
    <message numerus="yes">
        <source>stopped: %n row(s) not sent; %1 of %2 rows printed, the next is row %3.</source>
        <translation>
            <numerusform>beendet: %n Zeile nicht gesendet; %1 von %2 Zeilen ausgegeben, als nächste Zeile %3.</numerusform>
            <numerusform>beendet: %n Zeilen nicht gesendet; %1 von %2 Zeilen ausgegeben, als nächste Zeile %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::cli::PlanCommand</name>
    <message>
        <source>apply (one pass) or keep (until interrupted).</source>
        <translation>apply (ein Durchgang) oder keep (bis zur Unterbrechung).</translation>
    </message>
    <message>
        <source>The JSON plan.</source>
        <translation>Der JSON-Plan.</translation>
    </message>
    <message>
        <source>Only list the subscriptions and print what would be done.</source>
        <translation>Nur die Abonnements auflisten und ausgeben, was getan würde.</translation>
    </message>
    <message>
        <source>Print one JSON object per action.</source>
        <translation>Ein JSON-Objekt pro Aktion ausgeben.</translation>
    </message>
    <message>
        <source>The plan&apos;s journal (default: plans/NAME.journal.json beside the store).</source>
        <translation>Das Journal des Plans (Standard: plans/NAME.journal.json neben dem Speicher).</translation>
    </message>
    <message>
        <source>The notification store events and ends are read from (default: the one roamdesk-cli receive fills).</source>
        <translation>Der Benachrichtigungsspeicher, aus dem Ereignisse und Enden gelesen werden (Standard: der, den roamdesk-cli receive füllt).</translation>
    </message>
    <message>
        <source>keep: seconds between passes (default 60).</source>
        <translation>keep: Sekunden zwischen den Durchgängen (Standard 60).</translation>
    </message>
    <message>
        <source>Keep a subscription plan true: create what is missing, renew what is about to end, delete what is extra.</source>
        <translation>Einen Abonnementplan einhalten: Fehlendes anlegen, bald Endendes erneuern, Überzähliges löschen.</translation>
    </message>
    <message>
        <source>usage: plan apply|keep FILE</source>
        <translation>Aufruf: plan apply|keep DATEI</translation>
    </message>
    <message>
        <source>--dry-run goes with apply only</source>
        <translation>--dry-run gibt es nur mit apply</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 1 to 86400.</source>
        <translation>--interval muss eine Zahl von Sekunden zwischen 1 und 86400 sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::cli::Session</name>
    <message>
        <source>Unknown --env &apos;%1&apos; (simulator, nac, nac-staging, nac-dev, custom).</source>
        <translation>Unbekanntes --env &apos;%1&apos; (simulator, nac, nac-staging, nac-dev, custom).</translation>
    </message>
    <message>
        <source>--api-root must be an absolute http(s) URL.</source>
        <translation>--api-root muss eine absolute http(s)-URL sein.</translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation>Der Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Network as Code needs an application key: --api-key or $ROAMDESK_API_KEY.</source>
        <translation>Network as Code benötigt einen Anwendungsschlüssel: --api-key oder $ROAMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>--env custom needs --api-root.</source>
        <translation>--env custom benötigt --api-root.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout muss eine Sekundenzahl zwischen 0 und 3600 sein.</translation>
    </message>
    <message>
        <source>--insecure sends it all the same.</source>
        <translation>Mit --insecure wird das Geheimnis trotzdem gesendet.</translation>
    </message>
    <message>
        <source>warning: the client secret goes to %1 unencrypted (--insecure).</source>
        <translation>Warnung: Das Client-Geheimnis geht unverschlüsselt an %1 (--insecure).</translation>
    </message>
</context>
<context>
    <name>roamdesk::http::HttpConnection</name>
    <message>
        <source>The request was not completed: nothing arrived for %1 ms.</source>
        <translation>Die Anfrage wurde nicht abgeschlossen: %1 ms lang kam nichts an.</translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 ms.</source>
        <translation>Der Kopf der Anfrage kam nicht innerhalb von %1 ms an.</translation>
    </message>
    <message>
        <source>The request body did not arrive within %1 ms.</source>
        <translation>Der Body der Anfrage kam nicht innerhalb von %1 ms an.</translation>
    </message>
</context>
<context>
    <name>roamdesk::http::HttpServer</name>
    <message>
        <source>Too many open connections; try again later.</source>
        <translation>Zu viele offene Verbindungen; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>roamdesk::http::RequestParser</name>
    <message>
        <source>Request lines must end with CRLF.</source>
        <translation>Die Zeilen der Anfrage müssen mit CRLF enden.</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Der Anfrage-Header ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The request does not start with a request line.</source>
        <translation>Die Anfrage beginnt nicht mit einer Anfragezeile.</translation>
    </message>
    <message>
        <source>The request line is not METHOD TARGET HTTP-VERSION.</source>
        <translation>Die Anfragezeile hat nicht die Form METHOD TARGET HTTP-VERSION.</translation>
    </message>
    <message>
        <source>The request method is not a token.</source>
        <translation>Die Anfragemethode ist kein gültiges HTTP-Token.</translation>
    </message>
    <message>
        <source>The request target holds spaces or control characters.</source>
        <translation>Das Anfrageziel enthält Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>The request line does not end with an HTTP version.</source>
        <translation>Die Anfragezeile endet nicht mit einer HTTP-Version.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are served here.</source>
        <translation>Nur HTTP/1.0 und HTTP/1.1 werden unterstützt.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>Die Anfrage hat mehr als %1 Header-Felder.</translation>
    </message>
    <message>
        <source>Folded header fields are not accepted.</source>
        <translation>Gefaltete Header-Felder werden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>A header field is not NAME: VALUE.</source>
        <translation>Ein Header-Feld hat nicht die Form NAME: VALUE.</translation>
    </message>
    <message>
        <source>A header field value holds control characters.</source>
        <translation>Der Wert eines Header-Felds enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Content-Length must be a decimal number of bytes.</source>
        <translation>Content-Length muss eine dezimale Byte-Anzahl sein.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length fields.</source>
        <translation>Die Anfrage hat widersprüchliche Content-Length-Felder.</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is understood.</source>
        <translation>Nur &quot;Expect: 100-continue&quot; wird unterstützt.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request needs exactly one Host field.</source>
        <translation>Eine HTTP/1.1-Anfrage braucht genau ein Host-Feld.</translation>
    </message>
    <message>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>Die Anfrage hat sowohl Content-Length als auch Transfer-Encoding.</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not defined for HTTP/1.0.</source>
        <translation>Transfer-Encoding ist für HTTP/1.0 nicht definiert.</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is supported.</source>
        <translation>Nur die Transfer-Codierung chunked wird unterstützt.</translation>
    </message>
    <message>
        <source>The body (%1 bytes) is larger than %2 bytes.</source>
        <translation>Der Body (%1 Byte) ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>A chunk-size or trailer line is too long.</source>
        <translation>Eine Chunk-Größen- oder Trailer-Zeile ist zu lang.</translation>
    </message>
    <message>
        <source>A chunk size is not a hexadecimal number.</source>
        <translation>Eine Chunk-Größe ist keine Hexadezimalzahl.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Der Body ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>A chunk is longer than its announced size.</source>
        <translation>Ein Chunk ist länger als seine angekündigte Größe.</translation>
    </message>
    <message>
        <source>The chunked trailer is too large.</source>
        <translation>Der Chunked-Trailer ist zu groß.</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim</name>
    <message>
        <source>an MCC is a three-digit number from 200 to 999</source>
        <translation>ein MCC ist eine dreistellige Zahl von 200 bis 999</translation>
    </message>
    <message>
        <source>expected an MCC, a two-letter country code or &quot;home&quot;, got &quot;%1&quot;</source>
        <translation>erwartet: ein MCC, ein zweistelliger Ländercode oder &quot;home&quot;, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an MCC or a two-letter country code, got &quot;%1&quot;</source>
        <translation>erwartet: ein MCC oder ein zweistelliger Ländercode, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an MCC, a two-letter country code or &quot;home&quot;</source>
        <translation>erwartet: ein MCC, ein zweistelliger Ländercode oder &quot;home&quot;</translation>
    </message>
    <message>
        <source>expected an MCC or a two-letter country code</source>
        <translation>erwartet: ein MCC oder ein zweistelliger Ländercode</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim::FleetGenerator</name>
    <message>
        <source>a fleet has 0 to %1 devices, not %2</source>
        <translation>eine Flotte hat 0 bis %1 Geräte, nicht %2</translation>
    </message>
    <message>
        <source>Synthetic fleet device</source>
        <translation>Gerät der synthetischen Flotte</translation>
    </message>
    <message>
        <source>the fleet in the state file is incomplete</source>
        <translation>die Flotte in der Zustandsdatei ist unvollständig</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim::Scenario</name>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>die Datei ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>a scenario is a JSON object</source>
        <translation>ein Szenario ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a non-empty string is required</source>
        <translation>eine nicht leere Zeichenkette ist erforderlich</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>a device needs at least one of phoneNumber, networkAccessIdentifier, ipv4Address, ipv6Address</source>
        <translation>ein Gerät braucht mindestens eines von phoneNumber, networkAccessIdentifier, ipv4Address, ipv6Address</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>required when the device has no phoneNumber</source>
        <translation>erforderlich, wenn das Gerät keine phoneNumber hat</translation>
    </message>
    <message>
        <source>device &quot;%1&quot; is defined twice</source>
        <translation>Gerät &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>required (an array of moves)</source>
        <translation>erforderlich (ein Array von Bewegungen)</translation>
    </message>
    <message>
        <source>too many steps (at most %1)</source>
        <translation>zu viele Schritte (höchstens %1)</translation>
    </message>
    <message>
        <source>required (seconds from the start)</source>
        <translation>erforderlich (Sekunden ab dem Start)</translation>
    </message>
    <message>
        <source>expected a number of seconds &gt;= 0</source>
        <translation>Sekundenzahl &gt;= 0 erwartet</translation>
    </message>
    <message>
        <source>expected a device key</source>
        <translation>Geräteschlüssel erwartet</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot;</source>
        <translation>unbekanntes Gerät &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim::ScenarioError</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim::SimulatedNetwork</name>
    <message>
        <source>Roaming in Germany</source>
        <translation>Roaming in Deutschland</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Im Heimnetz</translation>
    </message>
    <message>
        <source>Answers HTTP %1</source>
        <translation>Antwortet mit HTTP %1</translation>
    </message>
    <message>
        <source>a device needs a key and at least one identifier</source>
        <translation>ein Gerät braucht einen Schlüssel und mindestens eine Kennung</translation>
    </message>
    <message>
        <source>an identifier of %1 already belongs to device %2</source>
        <translation>eine Kennung von %1 gehört bereits zu Gerät %2</translation>
    </message>
    <message>
        <source>Device identifier not found.</source>
        <translation>Gerätekennung nicht gefunden.</translation>
    </message>
    <message>
        <source>Provided identifiers are not consistent.</source>
        <translation>Die angegebenen Kennungen sind nicht konsistent.</translation>
    </message>
    <message>
        <source>None of the provided device identifiers is supported (unsupported: %1).</source>
        <translation>Keine der angegebenen Gerätekennungen wird unterstützt (nicht unterstützt: %1).</translation>
    </message>
    <message>
        <source>not a RoamDesk simulator state file (format/version)</source>
        <translation>keine Zustandsdatei des RoamDesk-Simulators (Format/Version)</translation>
    </message>
    <message>
        <source>a device in the state file has no key or identifiers</source>
        <translation>ein Gerät in der Zustandsdatei hat keinen Schlüssel oder keine Kennungen</translation>
    </message>
    <message>
        <source>a subscription in the state file is incomplete</source>
        <translation>ein Abonnement in der Zustandsdatei ist unvollständig</translation>
    </message>
    <message>
        <source>NAI, roaming in Spain</source>
        <translation>NAI, Roaming in Spanien</translation>
    </message>
    <message>
        <source>IPv4 behind NAT, at home</source>
        <translation>IPv4 hinter NAT, im Heimnetz</translation>
    </message>
    <message>
        <source>IPv4, roaming in Austria</source>
        <translation>IPv4, Roaming in Österreich</translation>
    </message>
    <message>
        <source>IPv6, roaming in the UK</source>
        <translation>IPv6, Roaming im Vereinigten Königreich</translation>
    </message>
    <message>
        <source>The device left the network.</source>
        <translation>Das Gerät hat das Netz verlassen.</translation>
    </message>
    <message>
        <source>device %1 is already in the network, or has no key or identifier</source>
        <translation>Gerät %1 ist bereits im Netz oder hat keinen Schlüssel oder keine Kennung</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim::SimulatorServer</name>
    <message>
        <source>already listening on port %1</source>
        <translation>lauscht bereits auf Port %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a state file: %2</source>
        <translation>%1 ist keine Zustandsdatei: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The simulator is shutting down.</source>
        <translation>Der Simulator wird heruntergefahren.</translation>
    </message>
</context>
<context>
    <name>roamdesk::strictjson::Checker</name>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>a control character (U+%1) must be escaped inside a string</source>
        <translation>ein Steuerzeichen (U+%1) muss in einer Zeichenkette maskiert werden</translation>
    </message>
    <message>
        <source>\u%1 is a low surrogate without a high one before it</source>
        <translation>\u%1 ist ein Low-Surrogate ohne vorangehendes High-Surrogate</translation>
    </message>
    <message>
        <source>\u%1 is a high surrogate without a low one after it</source>
        <translation>\u%1 ist ein High-Surrogate ohne nachfolgendes Low-Surrogate</translation>
    </message>
    <message>
        <source>the text is not well-formed UTF-8</source>
        <translation>der Text ist kein wohlgeformtes UTF-8</translation>
    </message>
    <message>
        <source>not well-formed JSON</source>
        <translation>kein wohlgeformtes JSON</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>ein Wert wurde erwartet</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>in %n min</source>
        <translation>in %n Min.</translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation>vor %n Min.</translation>
    </message>
    <message>
        <source>in %n h</source>
        <translation>in %n Std.</translation>
    </message>
    <message>
        <source>%n h ago</source>
        <translation>vor %n Std.</translation>
    </message>
    <message>
        <source>in %n day(s)</source>
        <translation>in %n Tag(en)</translation>
    </message>
    <message>
        <source>%n day(s) ago</source>
        <translation>vor %n Tag(en)</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::AboutDialog</name>
    <message>
        <source>About RoamDesk</source>
        <translation>Über RoamDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;RoamDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for the CAMARA Device Roaming Status APIs: look up devices, manage roaming-status subscriptions and watch CloudEvents arrive, against Network as Code, any CAMARA endpoint or the embedded simulator.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;RoamDesk is free software under the Apache License 2.0. Qt is used under the GNU LGPL v3. The CAMARA API definitions are © the CAMARA project, Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;RoamDesk %1&lt;/h2&gt;&lt;p&gt;Eine Desktop-Konsole für die CAMARA-Device-Roaming-Status-APIs: Geräte abfragen, Roaming-Status-Abonnements verwalten und eintreffende CloudEvents verfolgen – mit Network as Code, einem beliebigen CAMARA-Endpunkt oder dem eingebauten Simulator.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3).&lt;/p&gt;&lt;p&gt;RoamDesk ist freie Software unter der Apache License 2.0. Qt wird unter der GNU LGPL v3 verwendet. Die CAMARA-API-Definitionen sind © CAMARA-Projekt, Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The world map draws Natural Earth&apos;s 1:110m country outlines (public domain, naturalearthdata.com), converted from the world-atlas package. Country names in your language come from Debian&apos;s iso-codes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Weltkarte zeichnet die Ländergrenzen von Natural Earth im Maßstab 1:110m (gemeinfrei, naturalearthdata.com), umgewandelt aus dem Paket world-atlas. Ländernamen in Ihrer Sprache stammen aus Debians iso-codes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::ActivityChart</name>
    <message>
        <source>Events per minute</source>
        <translation>Ereignisse pro Minute</translation>
    </message>
    <message>
        <source>Events per minute (last hour, as filtered)</source>
        <translation>Ereignisse pro Minute (letzte Stunde, gefiltert)</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::AlertsModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Erstmals: %1</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::AlertsPage</name>
    <message>
        <source>Forward each new alert to a web service</source>
        <translation>Jeden neuen Alarm an einen Webdienst weiterleiten</translation>
    </message>
    <message>
        <source>Forwarding URL</source>
        <translation>Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>sent as Authorization: Bearer …</source>
        <translation>gesendet als Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Attempts per alert</source>
        <translation>Versuche pro Alarm</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Bearer-Token:</translation>
    </message>
    <message>
        <source>Attempts per alert:</source>
        <translation>Versuche pro Alarm:</translation>
    </message>
    <message>
        <source>Each new alert is sent once as JSON (rule, kind, severity, device, time, count, state, message). A failed delivery is tried again after 1 s, 2 s, 4 s and so on, up to the number of attempts; then it is given up and logged. The token is kept with the other secrets, never in the settings file.</source>
        <translation>Jeder neue Alarm wird einmal als JSON gesendet (Regel, Art, Schweregrad, Gerät, Zeit, Anzahl, Status, Meldung). Eine fehlgeschlagene Zustellung wird nach 1 s, 2 s, 4 s usw. wiederholt, bis zur Zahl der Versuche; dann wird sie aufgegeben und protokolliert. Das Token wird bei den anderen Geheimnissen aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Alert forwarding needs an http or https URL.</source>
        <translation>Die Alarmweiterleitung braucht eine http- oder https-URL.</translation>
    </message>
    <message>
        <source>Alert forwarding sends the token: use https (http only to this computer).</source>
        <translation>Die Alarmweiterleitung sendet das Token: Verwenden Sie https (http nur zu diesem Rechner).</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::AlertsView</name>
    <message>
        <source>Filter: rule, device, words of the message</source>
        <translation>Filter: Regel, Gerät, Wörter der Meldung</translation>
    </message>
    <message>
        <source>Filter alerts</source>
        <translation>Alarme filtern</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Standing (open or acknowledged)</source>
        <translation>Bestehend (offen oder bestätigt)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Warnung und kritisch</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Regeln…</translation>
    </message>
    <message>
        <source>View and edit the rules that raise alerts</source>
        <translation>Die Regeln ansehen und bearbeiten, die Alarme auslösen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Someone is on it: the alert stands, but no longer counts as open</source>
        <translation>Jemand kümmert sich: Der Alarm besteht weiter, zählt aber nicht mehr als offen</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>Dealt with: the next hit of the rule opens a new alert</source>
        <translation>Erledigt: Der nächste Treffer der Regel öffnet einen neuen Alarm</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>Not worth acting on: the next hit of the rule opens a new alert</source>
        <translation>Kein Handlungsbedarf: Der nächste Treffer der Regel öffnet einen neuen Alarm</translation>
    </message>
    <message>
        <source>Show &amp;device</source>
        <translation>&amp;Gerät zeigen</translation>
    </message>
    <message>
        <source>The device on the Devices board, with its journey</source>
        <translation>Das Gerät in der Geräteübersicht, mit seiner Reise</translation>
    </message>
    <message>
        <source>Show &amp;notification</source>
        <translation>Be&amp;nachrichtigung zeigen</translation>
    </message>
    <message>
        <source>The notification that raised the alert, in the log</source>
        <translation>Die Benachrichtigung, die den Alarm auslöste, im Protokoll</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Message of the current alert</source>
        <translation>Meldung des ausgewählten Alarms</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::CreateSubscriptionDialog</name>
    <message>
        <source>New subscription</source>
        <translation>Neues Abonnement</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Sink URL</source>
        <translation>Sink-URL</translation>
    </message>
    <message>
        <source>Where the network POSTs the notifications; by default this RoamDesk&apos;s receiver</source>
        <translation>Wohin das Netz die Benachrichtigungen per POST sendet; standardmäßig an den Empfänger dieses RoamDesk</translation>
    </message>
    <message>
        <source>Sin&amp;k:</source>
        <translation>Sin&amp;k:</translation>
    </message>
    <message>
        <source>Send a bearer &amp;token with each notification</source>
        <translation>Mit jeder Benachrichtigung ein Bearer-&amp;Token senden</translation>
    </message>
    <message>
        <source>Sink access token</source>
        <translation>Zugriffstoken für den Sink</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Generate a new token</source>
        <translation>Neues Token erzeugen</translation>
    </message>
    <message>
        <source>Generate a new random token</source>
        <translation>Neues zufälliges Token erzeugen</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Zugriffst&amp;oken:</translation>
    </message>
    <message>
        <source>Token expires at</source>
        <translation>Token läuft ab am</translation>
    </message>
    <message>
        <source>Token e&amp;xpires:</source>
        <translation>Token läuft a&amp;b:</translation>
    </message>
    <message>
        <source>Send the current status at once (&amp;initial event)</source>
        <translation>Aktuellen Status sofort senden (&amp;initiales Ereignis)</translation>
    </message>
    <message>
        <source>Limit to</source>
        <translation>Begrenzen auf</translation>
    </message>
    <message>
        <source>Maximum number of events</source>
        <translation>Maximale Anzahl an Ereignissen</translation>
    </message>
    <message>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Max events:</source>
        <translation>&amp;Max. Ereignisse:</translation>
    </message>
    <message>
        <source>Expire at</source>
        <translation>Ablauf am</translation>
    </message>
    <message>
        <source>Subscription expire time</source>
        <translation>Ablaufzeit des Abonnements</translation>
    </message>
    <message>
        <source>Ex&amp;pire time:</source>
        <translation>Abla&amp;ufzeit:</translation>
    </message>
    <message>
        <source>Problems with this subscription</source>
        <translation>Probleme mit diesem Abonnement</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>E&amp;rstellen</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>The API takes one event type per subscription: one subscription is created for each type ticked.</source>
        <translation>Die API nimmt einen Ereignistyp je Abonnement: Für jeden angekreuzten Typ wird ein Abonnement angelegt.</translation>
    </message>
    <message>
        <source>&amp;Event types:</source>
        <translation>&amp;Ereignistypen:</translation>
    </message>
    <message>
        <source>Tick at least one event type.</source>
        <translation>Kreuzen Sie mindestens einen Ereignistyp an.</translation>
    </message>
    <message>
        <source>roaming-status: always sent, roaming or not.</source>
        <translation>roaming-status: wird immer gesendet, ob Roaming oder nicht.</translation>
    </message>
    <message>
        <source>roaming-on: sent only if the device is roaming now.</source>
        <translation>roaming-on: wird nur gesendet, wenn das Gerät gerade im Roaming ist.</translation>
    </message>
    <message>
        <source>roaming-off: sent only if the device is at home now.</source>
        <translation>roaming-off: wird nur gesendet, wenn das Gerät gerade im Heimnetz ist.</translation>
    </message>
    <message>
        <source>roaming-change-country: never sent; it waits for the next country change.</source>
        <translation>roaming-change-country: wird nie gesendet; es wartet auf den nächsten Länderwechsel.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::DesktopPage</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage (from the next start):</source>
        <translation>&amp;Sprache (ab dem nächsten Start):</translation>
    </message>
    <message>
        <source>Sho&amp;w tray notifications</source>
        <translation>Benachrichtigungen im &amp;Infobereich zeigen</translation>
    </message>
    <message>
        <source>Clicking a notification shows the event in the log.</source>
        <translation>Ein Klick auf eine Benachrichtigung zeigt das Ereignis im Protokoll.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: alerts appear in the status bar instead.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Hinweise erscheinen stattdessen in der Statusleiste.</translation>
    </message>
    <message>
        <source>New alerts of warning severity and above; the rules decide which events raise them</source>
        <translation>Neue Alarme ab Schweregrad Warnung; die Regeln bestimmen, welche Ereignisse sie auslösen</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::DeviceEditor</name>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>N&amp;AI</source>
        <translation>&amp;NAI</translation>
    </message>
    <message>
        <source>IPv&amp;4</source>
        <translation>IPv&amp;4</translation>
    </message>
    <message>
        <source>IPv&amp;6</source>
        <translation>IPv&amp;6</translation>
    </message>
    <message>
        <source>Identifier type: %1</source>
        <translation>Kennungstyp: %1</translation>
    </message>
    <message>
        <source>+99999991000</source>
        <translation>+99999991000</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E.164 with a leading +, e.g. +99999991000</source>
        <translation>E.164 mit führendem +, z. B. +99999991000</translation>
    </message>
    <message>
        <source>user@domain.example</source>
        <translation>benutzer@domain.example</translation>
    </message>
    <message>
        <source>Network access identifier</source>
        <translation>Network Access Identifier</translation>
    </message>
    <message>
        <source>203.0.113.7</source>
        <translation>203.0.113.7</translation>
    </message>
    <message>
        <source>Public IPv4 address</source>
        <translation>Öffentliche IPv4-Adresse</translation>
    </message>
    <message>
        <source>10.0.0.7</source>
        <translation>10.0.0.7</translation>
    </message>
    <message>
        <source>Private IPv4 address</source>
        <translation>Private IPv4-Adresse</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Public port</source>
        <translation>Öffentlicher Port</translation>
    </message>
    <message>
        <source>Public:</source>
        <translation>Öffentlich:</translation>
    </message>
    <message>
        <source>Private:</source>
        <translation>Privat:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>2001:db8::7</source>
        <translation>2001:db8::7</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <source>Identifier validation</source>
        <translation>Prüfung der Kennung</translation>
    </message>
    <message>
        <source>Enter an identifier.</source>
        <translation>Geben Sie eine Kennung ein.</translation>
    </message>
    <message>
        <source>✓ valid E.164 number</source>
        <translation>✓ gültige E.164-Nummer</translation>
    </message>
    <message>
        <source>✓ network access identifier</source>
        <translation>✓ Network Access Identifier</translation>
    </message>
    <message>
        <source>✓ valid IPv4 identifier</source>
        <translation>✓ gültige IPv4-Kennung</translation>
    </message>
    <message>
        <source>✓ valid IPv6 address</source>
        <translation>✓ gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::DevicesBoard</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Su&amp;bscribe…</source>
        <translation>Abonn&amp;ieren…</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>Benachrich&amp;tigungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy identifiers</source>
        <translation>Kennungen &amp;kopieren</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Find a device</source>
        <translation>Gerät suchen</translation>
    </message>
    <message>
        <source>Dwell time over</source>
        <translation>Aufenthaltsdauer im Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 120 days</source>
        <translation>Letzte 120 Tage</translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation>Die ganze Reise</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save &amp;picture…</source>
        <translation>Bild s&amp;peichern…</translation>
    </message>
    <message>
        <source>Dwell time over:</source>
        <translation>Aufenthaltsdauer im Zeitraum:</translation>
    </message>
    <message>
        <source>Time per country</source>
        <translation>Zeit pro Land</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>✈ Roaming (%1)</source>
        <translation>✈ Roaming (%1)</translation>
    </message>
    <message>
        <source>⌂ At home (%1)</source>
        <translation>⌂ Im Heimnetz (%1)</translation>
    </message>
    <message>
        <source>? Not known (%1)</source>
        <translation>? Unbekannt (%1)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>%1 — %2 roaming, %3 at home</source>
        <translation>%1 — %2 im Roaming, %3 im Heimnetz</translation>
    </message>
    <message>
        <source>%1 — no device now</source>
        <translation>%1 — derzeit kein Gerät</translation>
    </message>
    <message>
        <source>Journey: choose one device</source>
        <translation>Reise: ein Gerät auswählen</translation>
    </message>
    <message>
        <source>Journey of %1</source>
        <translation>Reise von %1</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Unbekanntes Land</translation>
    </message>
    <message>
        <source>Export the journey</source>
        <translation>Reise exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the journey as a picture</source>
        <translation>Reise als Bild speichern</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Look up a&amp;gain</source>
        <translation>Erneut ab&amp;fragen</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>Alle ab&amp;fragen…</translation>
    </message>
    <message>
        <source>Look up the selected devices, or every imported one when none is selected, within the provider&apos;s quota</source>
        <translation>Die ausgewählten Geräte abfragen, oder alle importierten, wenn keines ausgewählt ist, innerhalb der Quote des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Import devices…</source>
        <translation>Geräte &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the devices of a CSV or JSON Lines file to the board, to watch and look up</source>
        <translation>Die Geräte einer CSV- oder JSON-Lines-Datei zum Beobachten und Abfragen auf die Tafel setzen</translation>
    </message>
    <message>
        <source>Find a device, or filter: roaming = true and age &gt; 2h…</source>
        <translation>Gerät suchen oder filtern: roaming = true and age &gt; 2h…</translation>
    </message>
    <message>
        <source>&lt;p&gt;A device&apos;s number or address, or a filter expression over the devices:&lt;/p&gt;&lt;p&gt;Fields: &lt;code&gt;device roaming country mcc since lastEvent time status age ended reason&lt;/code&gt;&lt;br&gt;Compare: &lt;code&gt;= != &amp;lt; &amp;lt;= &amp;gt; &amp;gt;=&lt;/code&gt;, &lt;code&gt;^=&lt;/code&gt; (starts with), &lt;code&gt;in {DE, AT}&lt;/code&gt;; combine with &lt;code&gt;and or not ( )&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Examples: &lt;code&gt;roaming = true and country in {DE, AT}&lt;/code&gt;, &lt;code&gt;age &amp;gt; 2h&lt;/code&gt; (no status for two hours), &lt;code&gt;since &amp;lt; -7d&lt;/code&gt;, &lt;code&gt;lastEvent = roaming-on&lt;/code&gt;, &lt;code&gt;ended = true&lt;/code&gt;&lt;/p&gt;&lt;p&gt;The full grammar: docs/filter-language.md&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Nummer oder Adresse eines Geräts oder ein Filterausdruck über die Geräte:&lt;/p&gt;&lt;p&gt;Felder: &lt;code&gt;device roaming country mcc since lastEvent time status age ended reason&lt;/code&gt;&lt;br&gt;Vergleich: &lt;code&gt;= != &amp;lt; &amp;lt;= &amp;gt; &amp;gt;=&lt;/code&gt;, &lt;code&gt;^=&lt;/code&gt; (beginnt mit), &lt;code&gt;in {DE, AT}&lt;/code&gt;; verknüpfen mit &lt;code&gt;and or not ( )&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Beispiele: &lt;code&gt;roaming = true and country in {DE, AT}&lt;/code&gt;, &lt;code&gt;age &amp;gt; 2h&lt;/code&gt; (seit zwei Stunden kein Status), &lt;code&gt;since &amp;lt; -7d&lt;/code&gt;, &lt;code&gt;lastEvent = roaming-on&lt;/code&gt;, &lt;code&gt;ended = true&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Die vollständige Grammatik: docs/filter-language.md&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Geräte importieren</translation>
    </message>
    <message>
        <source>Device lists (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Gerätelisten (*.csv *.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n device(s) from %1, %2 new.</source>
        <translation>
            <numerusform>%n Gerät aus %1 importiert, %2 neu.</numerusform>
            <numerusform>%n Geräte aus %1 importiert, %2 neu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out:</source>
        <translation>
            <numerusform>%n Zeile ausgelassen:</numerusform>
            <numerusform>%n Zeilen ausgelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>At home (not roaming)</source>
        <translation>Zu Hause (kein Roaming)</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::EnvironmentsPage</name>
    <message>
        <source>Environment profiles</source>
        <translation>Umgebungsprofile</translation>
    </message>
    <message>
        <source>Add custo&amp;m…</source>
        <translation>Eigenen hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>A CAMARA endpoint of your own, with a bearer token or OAuth2 client credentials</source>
        <translation>Ein eigener CAMARA-Endpunkt mit Bearer-Token oder OAuth2-Client-Credentials</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>API root URL</source>
        <translation>API-Root-URL</translation>
    </message>
    <message>
        <source>API r&amp;oot:</source>
        <translation>API-&amp;Root:</translation>
    </message>
    <message>
        <source>Follows the simulator, whose port changes with every start.</source>
        <translation>Folgt dem Simulator, dessen Port sich bei jedem Start ändert.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Network as Code application key</source>
        <translation>Anwendungsschlüssel für Network as Code</translation>
    </message>
    <message>
        <source>Bearer access token</source>
        <translation>Bearer-Zugriffstoken</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Client-Credentials</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Aut&amp;hentifizierung:</translation>
    </message>
    <message>
        <source>X-RapidAPI-Host</source>
        <translation>X-RapidAPI-Host</translation>
    </message>
    <message>
        <source>RapidAPI host:</source>
        <translation>RapidAPI-Host:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>Anwe&amp;ndungsschlüssel:</translation>
    </message>
    <message>
        <source>application key</source>
        <translation>Anwendungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Bearer token:</source>
        <translation>&amp;Bearer-Token:</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>OAuth2 token URL</source>
        <translation>OAuth2-Token-URL</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>To&amp;ken-URL:</translation>
    </message>
    <message>
        <source>OAuth2 client id</source>
        <translation>OAuth2-Client-ID</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>OAuth2 scope</source>
        <translation>OAuth2-Scope</translation>
    </message>
    <message>
        <source>optional, space separated</source>
        <translation>optional, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Subscriptions API version</source>
        <translation>Version der Abonnement-API</translation>
    </message>
    <message>
        <source>Subscriptions AP&amp;I:</source>
        <translation>Abonnement-AP&amp;I:</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Lists the subscriptions of this profile, as edited, to check address and credentials</source>
        <translation>Listet die Abonnements dieses Profils mit den bearbeiteten Werten auf, um Adresse und Anmeldedaten zu prüfen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Secrets are %1.</source>
        <translation>Geheimnisse werden %1.</translation>
    </message>
    <message>
        <source>The desktop keyring is not used: %1.</source>
        <translation>Der Schlüsselbund des Desktops wird nicht verwendet: %1.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the %1</source>
        <translation>%1 anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zurück&amp;setzen</translation>
    </message>
    <message>
        <source>Remove this profile and its secrets</source>
        <translation>Dieses Profil und seine Geheimnisse entfernen</translation>
    </message>
    <message>
        <source>Put this built-in profile back to its defaults</source>
        <translation>Dieses eingebaute Profil auf die Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>Name of the CAMARA endpoint profile:</source>
        <translation>Name des CAMARA-Endpunktprofils:</translation>
    </message>
    <message>
        <source>✗ A profile needs a name that is not taken yet.</source>
        <translation>✗ Ein Profil braucht einen Namen, der noch nicht vergeben ist.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Listing the subscriptions at %1…</source>
        <translation>Abonnements unter %1 werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: HTTP %1 in %2 ms, %n subscription(s) listed.</source>
        <translation>
            <numerusform>✓ Verbunden: HTTP %1 in %2 ms, %n Abonnement aufgelistet.</numerusform>
            <numerusform>✓ Verbunden: HTTP %1 in %2 ms, %n Abonnements aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile %1 needs an absolute API root URL.</source>
        <translation>Das Profil %1 braucht eine absolute API-Root-URL.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::EventKindProxy</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::FleetMapPanel</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Ganze Welt</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Die ganze Welt zeigen (0)</translation>
    </message>
    <message>
        <source>Fit devices</source>
        <translation>Geräte einpassen</translation>
    </message>
    <message>
        <source>Zoom to the countries with devices</source>
        <translation>Auf die Länder mit Geräten zoomen</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) roaming, %1 at home, %2 not known.</source>
        <translation>
            <numerusform>%n Gerät im Roaming, %1 im Heimnetz, %2 unbekannt.</numerusform>
            <numerusform>%n Geräte im Roaming, %1 im Heimnetz, %2 unbekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many devices for markers: countries show the counts.</source>
        <translation>Zu viele Geräte für Markierungen: Die Länder zeigen die Anzahlen.</translation>
    </message>
    <message>
        <source>Click a country to show its devices on the Devices board.</source>
        <translation>Klicken Sie auf ein Land, um seine Geräte in der Geräteübersicht zu zeigen.</translation>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey timeline</source>
        <translation>Zeitleiste der Reise</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Unbekanntes Land</translation>
    </message>
    <message>
        <source>Choose a device to see where it has been: one band per country, roaming stays hatched.</source>
        <translation>Wählen Sie ein Gerät, um zu sehen, wo es war: ein Band pro Land, Roaming-Aufenthalte schraffiert.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation>Roaming</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Im Heimnetz</translation>
    </message>
    <message>
        <source>until now</source>
        <translation>bis jetzt</translation>
    </message>
    <message>
        <source>%1 in %2
%3 – %4 (%5)</source>
        <translation>%1 in %2
%3 – %4 (%5)</translation>
    </message>
    <message>
        <source>At home (not roaming)</source>
        <translation>Zu Hause (kein Roaming)</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::LookupPanel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Abf&amp;ragen</translation>
    </message>
    <message>
        <source>Look up roaming status</source>
        <translation>Roaming-Status abfragen</translation>
    </message>
    <message>
        <source>Subscribe to this device</source>
        <translation>Dieses Gerät abonnieren</translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation>Roaming</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Mobile country code</source>
        <translation>Mobiler Ländercode (MCC)</translation>
    </message>
    <message>
        <source>Last status time</source>
        <translation>Zeitpunkt des letzten Status</translation>
    </message>
    <message>
        <source>Roaming:</source>
        <translation>Roaming:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>MCC:</source>
        <translation>MCC:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Lookup error</source>
        <translation>Abfragefehler</translation>
    </message>
    <message>
        <source>Recent lookups</source>
        <translation>Letzte Abfragen</translation>
    </message>
    <message>
        <source>Double-click to look the device up again</source>
        <translation>Doppelklicken, um das Gerät erneut abzufragen</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <source>▲ Yes, roaming</source>
        <translation>▲ Ja, Roaming</translation>
    </message>
    <message>
        <source>● No, at home</source>
        <translation>● Nein, im Heimnetz</translation>
    </message>
    <message>
        <source>none (international code)</source>
        <translation>keins (internationaler Code)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>home network</source>
        <translation>Heimnetz</translation>
    </message>
    <message>
        <source>unknown (not reported)</source>
        <translation>unbekannt (nicht gemeldet)</translation>
    </message>
    <message>
        <source>✗ Lookup failed</source>
        <translation>✗ Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>S&amp;ubscribe…</source>
        <translation>Ab&amp;onnieren…</translation>
    </message>
    <message>
        <source>Result for device</source>
        <translation>Ergebnis für Gerät</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Lookup progress</source>
        <translation>Fortschritt der Abfrage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the lookup</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Stop this lookup, also while it waits to retry</source>
        <translation>Diese Abfrage beenden, auch während sie auf einen neuen Versuch wartet</translation>
    </message>
    <message>
        <source>Lookup cancelled</source>
        <translation>Abfrage abgebrochen</translation>
    </message>
    <message>
        <source>Retrying (%1 of %2)…</source>
        <translation>Neuer Versuch (%1 von %2)…</translation>
    </message>
    <message>
        <source>Retrying (%1 of %2) in %3 s…</source>
        <translation>Neuer Versuch (%1 von %2) in %3 s…</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::MainWindow</name>
    <message>
        <source>RoamDesk</source>
        <translation>RoamDesk</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Exported %1 notifications to %2.</source>
        <translation>%1 Benachrichtigungen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Which network the lookups and subscriptions go to</source>
        <translation>An welches Netz Abfragen und Abonnements gehen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export notifications…</source>
        <translation>Benachrichtigungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Device lookup</source>
        <translation>&amp;Geräteabfrage</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>A&amp;bonnements</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Datenverkehr</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Filter notifications</source>
        <translation>Benachrichtigungen &amp;filtern</translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <source>&amp;New subscription…</source>
        <translation>&amp;Neues Abonnement…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>Ausgewählte &amp;löschen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>S&amp;imulator</source>
        <translation>&amp;Simulator</translation>
    </message>
    <message>
        <source>&amp;Move selected device</source>
        <translation>Ausgewähltes Gerät &amp;verschieben</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Send selected device &amp;home</source>
        <translation>Ausgewähltes Gerät nach &amp;Hause schicken</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Play / pause scenario</source>
        <translation>Szenario &amp;abspielen / pausieren</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RoamDesk…</source>
        <translation>&amp;Über RoamDesk…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Über &amp;Qt…</translation>
    </message>
    <message>
        <source>Export notifications</source>
        <translation>Benachrichtigungen exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the notifications shown to %1…</source>
        <translation>Die angezeigten Benachrichtigungen werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <source>RoamDesk — %1</source>
        <translation>RoamDesk — %1</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Switch &amp;environment</source>
        <translation>&amp;Umgebung wechseln</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Copy request as &amp;curl</source>
        <translation>Anfrage als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy notification &amp;JSON</source>
        <translation>Benachrichtigung als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Mark notifications &amp;read</source>
        <translation>Benachrichtigungen als ge&amp;lesen markieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Delete subscriptions</source>
        <translation>Abonnements löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n subscription(s)? The network stops sending their notifications.</source>
        <translation>
            <numerusform>%n Abonnement löschen? Das Netz sendet dann keine Benachrichtigungen mehr dafür.</numerusform>
            <numerusform>%n Abonnements löschen? Das Netz sendet dann keine Benachrichtigungen mehr dafür.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show RoamDesk</source>
        <translation>RoamDesk anzeigen</translation>
    </message>
    <message>
        <source>The receiver settings apply the next time RoamDesk starts.</source>
        <translation>Die Empfängereinstellungen gelten ab dem nächsten Start von RoamDesk.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Key, token and API version of this environment</source>
        <translation>Schlüssel, Token und API-Version dieser Umgebung</translation>
    </message>
    <message>
        <source>Environments, credentials, receiver and desktop</source>
        <translation>Umgebungen, Anmeldedaten, Empfänger und Desktop</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Send the selected request again, with its real credentials</source>
        <translation>Ausgewählte Anfrage erneut senden, mit den echten Anmeldedaten</translation>
    </message>
    <message>
        <source>Re-sent: HTTP %1.</source>
        <translation>Erneut gesendet: HTTP %1.</translation>
    </message>
    <message>
        <source>Re-sent, no answer: %1</source>
        <translation>Erneut gesendet, keine Antwort: %1</translation>
    </message>
    <message>
        <source>Select a request in the traffic list to re-send it.</source>
        <translation>Wählen Sie in der Datenverkehrsliste eine Anfrage aus, um sie erneut zu senden.</translation>
    </message>
    <message>
        <source>&amp;Go to newest notification</source>
        <translation>Zur &amp;neuesten Benachrichtigung</translation>
    </message>
    <message>
        <source>Re-send re&amp;quest</source>
        <translation>Anfrage erneut &amp;senden</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>Ge&amp;räte</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Quit RoamDesk</source>
        <translation>RoamDesk beenden</translation>
    </message>
    <message numerus="yes">
        <source>Quit and end %n subscription(s)? The simulator&apos;s state cannot be saved, so its live subscriptions end now.</source>
        <translation>
            <numerusform>Beenden und dabei %n Abonnement enden lassen? Der Zustand des Simulators kann nicht gespeichert werden, daher enden seine laufenden Abonnements jetzt.</numerusform>
            <numerusform>Beenden und dabei %n Abonnements enden lassen? Der Zustand des Simulators kann nicht gespeichert werden, daher enden seine laufenden Abonnements jetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Reset simulator…</source>
        <translation>Simulator &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Devices back to their start, no scenario, speed 1×; live subscriptions end</source>
        <translation>Geräte zurück an den Anfang, kein Szenario, Geschwindigkeit 1×; laufende Abonnements enden</translation>
    </message>
    <message>
        <source>Subscription &amp;plan…</source>
        <translation>Abonnement&amp;plan…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <source>%1 is not on the Devices board.</source>
        <translation>%1 ist nicht in der Geräteübersicht.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::NotificationLogView</name>
    <message>
        <source>Notification filter</source>
        <translation>Benachrichtigungsfilter</translation>
    </message>
    <message>
        <source>Event type filter</source>
        <translation>Ereignistyp-Filter</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Jump to the newest notification</source>
        <translation>Zur neuesten Benachrichtigung springen</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Benachrichtigungen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>Selected notification as JSON</source>
        <translation>Ausgewählte Benachrichtigung als JSON</translation>
    </message>
    <message>
        <source>Select a notification to see its CloudEvent.</source>
        <translation>Wählen Sie eine Benachrichtigung aus, um ihr CloudEvent zu sehen.</translation>
    </message>
    <message>
        <source>Copy the notification JSON</source>
        <translation>JSON der Benachrichtigung kopieren</translation>
    </message>
    <message>
        <source>%1 shown of %2 stored</source>
        <translation>%1 von %2 gespeicherten angezeigt</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Filtering %1 stored notifications…</source>
        <translation>%1 gespeicherte Benachrichtigungen werden gefiltert…</translation>
    </message>
    <message>
        <source>%1 shown of %2 stored — loading…</source>
        <translation>%1 von %2 gespeicherten angezeigt — wird geladen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Save the selected notification&apos;s JSON to a file</source>
        <translation>Das JSON der ausgewählten Benachrichtigung in einer Datei speichern</translation>
    </message>
    <message>
        <source>Following new events</source>
        <translation>Neue Ereignisse werden verfolgt</translation>
    </message>
    <message>
        <source>The newest notifications appear at the top. Scroll down to pause.</source>
        <translation>Die neuesten Benachrichtigungen erscheinen oben. Nach unten scrollen, um anzuhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n new, jump to newest</source>
        <translation>
            <numerusform>Angehalten — %n neue, zur neuesten springen</numerusform>
            <numerusform>Angehalten — %n neue, zur neuesten springen</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — jump to newest</source>
        <translation>Angehalten — zur neuesten springen</translation>
    </message>
    <message>
        <source>Jump to the newest notification and follow new ones.</source>
        <translation>Zur neuesten Benachrichtigung springen und neuen folgen.</translation>
    </message>
    <message>
        <source>Save this notification</source>
        <translation>Diese Benachrichtigung speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Save this &amp;notification…</source>
        <translation>Diese Benachrichtigung spei&amp;chern…</translation>
    </message>
    <message>
        <source>Copied the JSON to the clipboard.</source>
        <translation>JSON in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Show or hide the events per minute over the last hour</source>
        <translation>Ereignisse pro Minute der letzten Stunde zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>roaming = true and country in {DE, FR}, type:roaming-on, sub:3f2… or any text</source>
        <translation>roaming = true and country in {DE, FR}, type:roaming-on, sub:3f2… oder beliebiger Text</translation>
    </message>
    <message>
        <source>Filter language help</source>
        <translation>Hilfe zur Filtersprache</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Filter language&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fields: &lt;code&gt;type device country mcc roaming subscription reason time received source id&lt;/code&gt;&lt;br&gt;Compare: &lt;code&gt;= != &amp;lt; &amp;lt;= &amp;gt; &amp;gt;=&lt;/code&gt;, starts with: &lt;code&gt;^=&lt;/code&gt; or a trailing &lt;code&gt;*&lt;/code&gt;, sets: &lt;code&gt;in {FI, SE}&lt;/code&gt;&lt;br&gt;Combine: &lt;code&gt;and&lt;/code&gt; (or just a space), &lt;code&gt;or&lt;/code&gt;, &lt;code&gt;not&lt;/code&gt;, &lt;code&gt;( )&lt;/code&gt;&lt;br&gt;Values: words, &lt;code&gt;&quot;quoted text&quot;&lt;/code&gt;, numbers, &lt;code&gt;true false null&lt;/code&gt;, times (&lt;code&gt;2026-05-01T12:00:00Z&lt;/code&gt;, &lt;code&gt;-2h&lt;/code&gt;, &lt;code&gt;-30m&lt;/code&gt;, &lt;code&gt;-7d&lt;/code&gt;)&lt;br&gt;Short forms: &lt;code&gt;type:roaming-on device:+3581234 sub:3f2a&lt;/code&gt;; other words match the start of any word a row shows.&lt;/p&gt;&lt;p&gt;Examples: &lt;code&gt;roaming = true and country in {DE, AT}&lt;/code&gt;, &lt;code&gt;type ^= roaming and time &amp;gt; -2h&lt;/code&gt;, &lt;code&gt;not reason = &quot;&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;The full grammar: docs/filter-language.md&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Filtersprache&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Felder: &lt;code&gt;type device country mcc roaming subscription reason time received source id&lt;/code&gt;&lt;br&gt;Vergleich: &lt;code&gt;= != &amp;lt; &amp;lt;= &amp;gt; &amp;gt;=&lt;/code&gt;, beginnt mit: &lt;code&gt;^=&lt;/code&gt; oder ein &lt;code&gt;*&lt;/code&gt; am Ende, Mengen: &lt;code&gt;in {FI, SE}&lt;/code&gt;&lt;br&gt;Verknüpfen: &lt;code&gt;and&lt;/code&gt; (oder einfach ein Leerzeichen), &lt;code&gt;or&lt;/code&gt;, &lt;code&gt;not&lt;/code&gt;, &lt;code&gt;( )&lt;/code&gt;&lt;br&gt;Werte: Wörter, &lt;code&gt;&quot;Text in Anführungszeichen&quot;&lt;/code&gt;, Zahlen, &lt;code&gt;true false null&lt;/code&gt;, Zeiten (&lt;code&gt;2026-05-01T12:00:00Z&lt;/code&gt;, &lt;code&gt;-2h&lt;/code&gt;, &lt;code&gt;-30m&lt;/code&gt;, &lt;code&gt;-7d&lt;/code&gt;)&lt;br&gt;Kurzformen: &lt;code&gt;type:roaming-on device:+3581234 sub:3f2a&lt;/code&gt;; andere Wörter treffen den Anfang jedes Worts, das eine Zeile zeigt.&lt;/p&gt;&lt;p&gt;Beispiele: &lt;code&gt;roaming = true and country in {DE, AT}&lt;/code&gt;, &lt;code&gt;type ^= roaming and time &amp;gt; -2h&lt;/code&gt;, &lt;code&gt;not reason = &quot;&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Die vollständige Grammatik: docs/filter-language.md&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::PlanView</name>
    <message>
        <source>Subscription plan</source>
        <translation>Abonnementplan</translation>
    </message>
    <message>
        <source>Plan file (JSON)</source>
        <translation>Plandatei (JSON)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>&amp;Dry run (only show what would be done)</source>
        <translation>&amp;Probelauf (nur zeigen, was getan würde)</translation>
    </message>
    <message>
        <source>&amp;Apply now</source>
        <translation>&amp;Jetzt anwenden</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Laufend einhalten</translation>
    </message>
    <message>
        <source>Apply the plan every minute while this window is open.</source>
        <translation>Den Plan jede Minute anwenden, solange dieses Fenster offen ist.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Devices and event types</source>
        <translation>Geräte und Ereignistypen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>The plan is being applied; open another one when it is done.</source>
        <translation>Der Plan wird gerade angewendet; öffnen Sie einen anderen, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan has problems:</source>
        <translation>Der Plan hat Probleme:</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n device(s), event types %2, sink %3</source>
        <translation>
            <numerusform>„%1“: %n Gerät, Ereignistypen %2, Empfänger %3</numerusform>
            <numerusform>„%1“: %n Geräte, Ereignistypen %2, Empfänger %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded. Apply to create what is missing.</source>
        <translation>Geladen. Anwenden legt an, was fehlt.</translation>
    </message>
    <message>
        <source>Open a subscription plan</source>
        <translation>Einen Abonnementplan öffnen</translation>
    </message>
    <message>
        <source>JSON plans (*.json)</source>
        <translation>JSON-Pläne (*.json)</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Kept: applied every minute while this window is open.</source>
        <translation>Wird eingehalten: jede Minute angewendet, solange dieses Fenster offen ist.</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <source>%1 (dry run)</source>
        <translation>%1 (Probelauf)</translation>
    </message>
    <message>
        <source>Done: the plan holds.</source>
        <translation>Fertig: der Plan ist eingehalten.</translation>
    </message>
    <message>
        <source>Not everything worked: %1</source>
        <translation>Nicht alles hat geklappt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older action(s) not shown: the list keeps the newest %1.</source>
        <translation>
            <numerusform>%n ältere Aktion nicht angezeigt: die Liste behält die neuesten %1.</numerusform>
            <numerusform>%n ältere Aktionen nicht angezeigt: die Liste behält die neuesten %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::Preferences</name>
    <message>
        <source>The receiver address is not an IP address.</source>
        <translation>Die Empfängeradresse ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The public sink URL must be an http:// or https:// URL with a host.</source>
        <translation>Die öffentliche Sink-URL muss eine http://- oder https://-URL mit Host sein.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate file and a key file.</source>
        <translation>TLS benötigt eine Zertifikatsdatei und eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::ReceiverPage</name>
    <message>
        <source>Receiver address</source>
        <translation>Empfängeradresse</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the receiver private to this computer; 0.0.0.0 listens on every interface</source>
        <translation>127.0.0.1 hält den Empfänger auf diesem Computer privat; 0.0.0.0 lauscht auf allen Schnittstellen</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Empfangs&amp;adresse:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Empfängerport</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Public sink URL</source>
        <translation>Öffentliche Sink-URL</translation>
    </message>
    <message>
        <source>empty: the local URL (use a tunnel or proxy URL for a real network)</source>
        <translation>leer: die lokale URL (für ein echtes Netz eine Tunnel- oder Proxy-URL verwenden)</translation>
    </message>
    <message>
        <source>Public si&amp;nk URL:</source>
        <translation>Öffentliche Si&amp;nk-URL:</translation>
    </message>
    <message>
        <source>TLS certi&amp;ficate (PEM):</source>
        <translation>TLS-&amp;Zertifikat (PEM):</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>TLS ke&amp;y (PEM):</source>
        <translation>TLS-Sc&amp;hlüssel (PEM):</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>Standardort</translation>
    </message>
    <message>
        <source>Store &amp;location:</source>
        <translation>Speicher&amp;ort:</translation>
    </message>
    <message>
        <source>notification store</source>
        <translation>Benachrichtigungsspeicher</translation>
    </message>
    <message>
        <source>Now receiving at %1.</source>
        <translation>Empfang jetzt unter %1.</translation>
    </message>
    <message>
        <source>The receiver is not running: %1</source>
        <translation>Der Empfänger läuft nicht: %1</translation>
    </message>
    <message>
        <source>Changes on this page take effect the next time RoamDesk starts.</source>
        <translation>Änderungen auf dieser Seite gelten ab dem nächsten Start von RoamDesk.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Where notifications are stored</source>
        <translation>Wo Benachrichtigungen gespeichert werden</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Shared (PostgreSQL)</source>
        <translation>Gemeinsam (PostgreSQL)</translation>
    </message>
    <message>
        <source>A shared store is written by the team&apos;s receivers and read by every desk</source>
        <translation>In einen gemeinsamen Speicher schreiben die Empfänger des Teams, und jeder Arbeitsplatz liest ihn</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Store URL:</source>
        <translation>Speicher-URL:</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Keine Verbindung: %1</translation>
    </message>
    <message>
        <source>Shared store URL</source>
        <translation>URL des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>Test the store</source>
        <translation>Speicher testen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>A shared store is named by a postgresql:// URL.</source>
        <translation>Ein gemeinsamer Speicher wird mit einer postgresql://-URL angegeben.</translation>
    </message>
    <message>
        <source>Store password:</source>
        <translation>Speicher-Passwort:</translation>
    </message>
    <message>
        <source>No password here: it goes in the password field, PGPASSWORD or ~/.pgpass</source>
        <translation>Kein Passwort hier: es gehört in das Passwortfeld, in PGPASSWORD oder in ~/.pgpass</translation>
    </message>
    <message>
        <source>Shared store password</source>
        <translation>Passwort des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>password (kept with the other secrets; empty: PGPASSWORD or ~/.pgpass)</source>
        <translation>Passwort (bei den anderen Geheimnissen aufbewahrt; leer: PGPASSWORD oder ~/.pgpass)</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::RulesEditor</name>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Kind of the new rule</source>
        <translation>Art der neuen Regel</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The selected rule as JSON</source>
        <translation>Die gewählte Regel als JSON</translation>
    </message>
    <message>
        <source>Each rule is a JSON object: &quot;id&quot;, &quot;kind&quot;, &quot;severity&quot; (info, warning, critical), an optional &quot;where&quot; filter and the kind&apos;s parameters.</source>
        <translation>Jede Regel ist ein JSON-Objekt: &quot;id&quot;, &quot;kind&quot;, &quot;severity&quot; (info, warning, critical), ein optionaler &quot;where&quot;-Filter und die Parameter der Art.</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Restore default rules</source>
        <translation>Standardregeln wiederherstellen</translation>
    </message>
    <message>
        <source>Your rules are replaced by the rules RoamDesk ships with. Restore them?</source>
        <translation>Ihre Regeln werden durch die mitgelieferten Regeln von RoamDesk ersetzt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your rules, from %1.</source>
        <translation>Ihre Regeln, aus %1.</translation>
    </message>
    <message>
        <source>The default rules: you have none of your own yet. Saving writes %1.</source>
        <translation>Die Standardregeln: Sie haben noch keine eigenen. Speichern schreibt %1.</translation>
    </message>
    <message>
        <source>Rule %1: not valid JSON at character %2: %3</source>
        <translation>Regel %1: kein gültiges JSON bei Zeichen %2: %3</translation>
    </message>
    <message>
        <source>Rule %1: must be a JSON object</source>
        <translation>Regel %1: muss ein JSON-Objekt sein</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), all valid.</source>
        <translation>
            <numerusform>%n Regel, gültig.</numerusform>
            <numerusform>%n Regeln, alle gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved and applied.</source>
        <translation>Gespeichert und angewendet.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::SettingsDialog</name>
    <message>
        <source>RoamDesk Settings</source>
        <translation>RoamDesk-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Environments</source>
        <translation>&amp;Umgebungen</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Desktop</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::ShortcutsDialog</name>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation>Zwischen Zeilen wechseln</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Pfeil hoch, Pfeil runter, Bild auf, Bild ab</translation>
    </message>
    <message>
        <source>Sort by a column</source>
        <translation>Nach einer Spalte sortieren</translation>
    </message>
    <message>
        <source>Click its header</source>
        <translation>Auf ihre Überschrift klicken</translation>
    </message>
    <message>
        <source>Device lookup</source>
        <translation>Geräteabfrage</translation>
    </message>
    <message>
        <source>Look up the device</source>
        <translation>Gerät abfragen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Zwischen Steuerelementen wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Jump to a labelled control</source>
        <translation>Zu einem beschrifteten Steuerelement springen</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::SimulatorPanel</name>
    <message>
        <source>Simulated devices</source>
        <translation>Simulierte Geräte</translation>
    </message>
    <message>
        <source>Country to move the device to</source>
        <translation>Land, in das das Gerät verschoben wird</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Move the selected device to the country</source>
        <translation>Ausgewähltes Gerät in das Land verschieben</translation>
    </message>
    <message>
        <source>Send the selected device home</source>
        <translation>Ausgewähltes Gerät nach Hause schicken</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Play or pause the scenario</source>
        <translation>Szenario abspielen oder pausieren</translation>
    </message>
    <message>
        <source>Scenario speed</source>
        <translation>Szenariogeschwindigkeit</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Select a device first.</source>
        <translation>Wählen Sie zuerst ein Gerät aus.</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 wurde nach %2 verschoben.</translation>
    </message>
    <message>
        <source>Sent %1 home.</source>
        <translation>%1 wurde nach Hause geschickt.</translation>
    </message>
    <message>
        <source>Load a scenario JSON file</source>
        <translation>Eine Szenario-JSON-Datei laden</translation>
    </message>
    <message>
        <source>Load a scenario file</source>
        <translation>Eine Szenariodatei laden</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>Szenariobeschreibung</translation>
    </message>
    <message>
        <source>Scenario status</source>
        <translation>Szenariostatus</translation>
    </message>
    <message>
        <source>Load scenario</source>
        <translation>Szenario laden</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Szenariodateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loaded “%1” from %2.</source>
        <translation>„%1“ aus %2 geladen.</translation>
    </message>
    <message>
        <source>Reset simulator</source>
        <translation>Simulator zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset the simulator? %n live subscription(s) end, devices go back to their start and the scenario is unloaded.</source>
        <translation>
            <numerusform>Simulator zurücksetzen? %n laufendes Abonnement endet, die Geräte kehren an den Anfang zurück und das Szenario wird entladen.</numerusform>
            <numerusform>Simulator zurücksetzen? %n laufende Abonnements enden, die Geräte kehren an den Anfang zurück und das Szenario wird entladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>The simulator is back to its defaults.</source>
        <translation>Der Simulator ist wieder im Ausgangszustand.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>No scenario loaded: pick one and press Play.</source>
        <translation>Kein Szenario geladen: eines auswählen und Abspielen drücken.</translation>
    </message>
    <message>
        <source>Ready: “%1”, %2 s.</source>
        <translation>Bereit: „%1“, %2 s.</translation>
    </message>
    <message>
        <source>Playing “%1”: %2 s of %3 s.</source>
        <translation>„%1“ läuft: %2 s von %3 s.</translation>
    </message>
    <message>
        <source>Paused “%1” at %2 s of %3 s.</source>
        <translation>„%1“ angehalten bei %2 s von %3 s.</translation>
    </message>
    <message>
        <source>Finished “%1”: %2 s of %3 s. Play starts it again.</source>
        <translation>„%1“ beendet: %2 s von %3 s. Abspielen startet es erneut.</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>Nach Haus&amp;e</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Rese&amp;t simulator…</source>
        <translation>Simulator &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>How fast the scenario and the synthetic fleet run</source>
        <translation>Wie schnell das Szenario und die synthetische Flotte laufen</translation>
    </message>
    <message>
        <source>Number of synthetic fleet devices</source>
        <translation>Anzahl der Geräte der synthetischen Flotte</translation>
    </message>
    <message>
        <source>Replaces the synthetic fleet by this many phone devices (+99999992000000 upwards, homes all over Europe) that travel on their own at the scenario speed; 0 removes it</source>
        <translation>Ersetzt die synthetische Flotte durch so viele Telefongeräte (+99999992000000 aufwärts, Heimnetze in ganz Europa), die selbstständig mit der Szenariogeschwindigkeit reisen; 0 entfernt sie</translation>
    </message>
    <message>
        <source>Synthetic fleet:</source>
        <translation>Synthetische Flotte:</translation>
    </message>
    <message>
        <source>Devices back to their start, no scenario, no fleet, speed 1×; live subscriptions end</source>
        <translation>Geräte zurück an den Anfang, kein Szenario, keine Flotte, Geschwindigkeit 1×; laufende Abonnements enden</translation>
    </message>
    <message>
        <source>No synthetic fleet.</source>
        <translation>Keine synthetische Flotte.</translation>
    </message>
    <message numerus="yes">
        <source>A synthetic fleet of %n device(s) travels over Europe.</source>
        <translation>
            <numerusform>Eine synthetische Flotte mit %n Gerät reist durch Europa.</numerusform>
            <numerusform>Eine synthetische Flotte mit %n Geräten reist durch Europa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add fleet</source>
        <translation>Flotte hinzufügen</translation>
    </message>
    <message>
        <source>Requests per second per API key</source>
        <translation>Anfragen pro Sekunde je API-Schlüssel</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Beyond this many requests per second per API key or token the simulator answers 429 TOO_MANY_REQUESTS</source>
        <translation>Über so vielen Anfragen pro Sekunde je API-Schlüssel oder Token antwortet der Simulator mit 429 TOO_MANY_REQUESTS</translation>
    </message>
    <message>
        <source>Requests per day per API key</source>
        <translation>Anfragen pro Tag je API-Schlüssel</translation>
    </message>
    <message>
        <source> /day</source>
        <translation> /Tag</translation>
    </message>
    <message>
        <source>Beyond this many requests per UTC day per API key or token the simulator answers 429 QUOTA_EXCEEDED until the next day</source>
        <translation>Über so vielen Anfragen pro UTC-Tag je API-Schlüssel oder Token antwortet der Simulator bis zum nächsten Tag mit 429 QUOTA_EXCEEDED</translation>
    </message>
    <message>
        <source>Send Retr&amp;y-After</source>
        <translation>Retr&amp;y-After senden</translation>
    </message>
    <message>
        <source>Tell callers refused with 429 how many seconds to wait</source>
        <translation>Mit 429 abgewiesenen Aufrufern sagen, wie viele Sekunden sie warten sollen</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Quote:</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::StatusWidget</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>%1 %2:%3</source>
        <translation>%1 %2:%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Receiver %1 ● listening</source>
        <translation>Empfänger %1 ● lauscht</translation>
    </message>
    <message>
        <source>Receiver ✗ stopped</source>
        <translation>Empfänger ✗ gestoppt</translation>
    </message>
    <message>
        <source>Receiver ✗ stopped: %1</source>
        <translation>Empfänger ✗ gestoppt: %1</translation>
    </message>
    <message>
        <source>Active subscriptions: %1</source>
        <translation>Aktive Abonnements: %1</translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation>Benachrichtigungen: %1</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::SubscriptionsView</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a subscription</source>
        <translation>Abonnement erstellen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the subscription list</source>
        <translation>Abonnementliste aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected subscriptions</source>
        <translation>Ausgewählte Abonnements löschen</translation>
    </message>
    <message>
        <source>Subscription id</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <source>Subscription id to get</source>
        <translation>Abzurufende Abonnement-ID</translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation>Ab&amp;rufen</translation>
    </message>
    <message>
        <source>Get the subscription by id</source>
        <translation>Abonnement anhand der ID abrufen</translation>
    </message>
    <message>
        <source>Subscription manager message</source>
        <translation>Meldung der Abonnementverwaltung</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Created subscription %1 (%2).</source>
        <translation>Abonnement %1 erstellt (%2).</translation>
    </message>
    <message>
        <source>Refreshed: the API lists one subscription.</source>
        <translation>Aktualisiert: Die API listet ein Abonnement.</translation>
    </message>
    <message>
        <source>Refreshed: the API lists %1 subscriptions.</source>
        <translation>Aktualisiert: Die API listet %1 Abonnements.</translation>
    </message>
    <message>
        <source>Subscription %1 is %2.</source>
        <translation>Status von Abonnement %1: %2.</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Deleted subscription %1.</source>
        <translation>Abonnement %1 gelöscht.</translation>
    </message>
    <message>
        <source>Could not create the subscription.</source>
        <translation>Das Abonnement konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not list the subscriptions.</source>
        <translation>Die Abonnements konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not get the subscription.</source>
        <translation>Das Abonnement konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>Could not delete the subscription.</source>
        <translation>Das Abonnement konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete subscriptions</source>
        <translation>Abonnements löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n subscription(s)? The network stops sending their notifications.</source>
        <translation>
            <numerusform>%n Abonnement löschen? Das Netz sendet dann keine Benachrichtigungen mehr dafür.</numerusform>
            <numerusform>%n Abonnements löschen? Das Netz sendet dann keine Benachrichtigungen mehr dafür.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter a subscription id to get it.</source>
        <translation>Geben Sie die ID des abzurufenden Abonnements ein.</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n subscription(s)…</source>
        <translation>
            <numerusform>%n Abonnement wird angelegt…</numerusform>
            <numerusform>%n Abonnements werden angelegt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::SweepDialog</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Look up devices</source>
        <translation>Geräte abfragen</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Look up the devices of a CSV or JSON Lines file instead</source>
        <translation>Stattdessen die Geräte einer CSV- oder JSON-Lines-Datei abfragen</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>as fast as the provider allows</source>
        <translation>so schnell, wie der Anbieter erlaubt</translation>
    </message>
    <message>
        <source>At most this many requests per second on this environment; with no rate of its own the sweep finds the provider&apos;s quota from its 429 answers</source>
        <translation>Höchstens so viele Anfragen pro Sekunde in dieser Umgebung; ohne eigene Grenze ermittelt die Abfrage die Quote des Anbieters aus seinen 429-Antworten</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>Rows answered</source>
        <translation>Beantwortete Zeilen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel sweep</source>
        <translation>Abfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON Lines…</source>
        <translation>&amp;JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices to look up</source>
        <translation>Abzufragende Geräte</translation>
    </message>
    <message>
        <source>Device lists (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Gerätelisten (*.csv *.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are left out:</source>
        <translation>
            <numerusform>%n Zeile war nicht lesbar und wird ausgelassen:</numerusform>
            <numerusform>%n Zeilen waren nicht lesbar und werden ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>Restzeit unbekannt</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Cancelled after %1</source>
        <translation>Nach %1 abgebrochen</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) with an error</source>
        <translation>
            <numerusform>%n Antwort mit Fehler</numerusform>
            <numerusform>%n Antworten mit Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered 429 and sent again</source>
        <translation>
            <numerusform>%n mit 429 beantwortet und erneut gesendet</numerusform>
            <numerusform>%n mit 429 beantwortet und erneut gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>provider&apos;s pace found: %1/s</source>
        <translation>Tempo des Anbieters ermittelt: %1/s</translation>
    </message>
    <message>
        <source>quota spent (%1): the rest were not sent</source>
        <translation>Quote aufgebraucht (%1): der Rest wurde nicht gesendet</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::TrafficView</name>
    <message>
        <source>HTTP traffic</source>
        <translation>HTTP-Datenverkehr</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Selected exchange, secrets masked</source>
        <translation>Ausgewählter Austausch, Geheimnisse maskiert</translation>
    </message>
    <message>
        <source>Select an exchange to see its request and response (secrets masked).</source>
        <translation>Wählen Sie einen Austausch aus, um Anfrage und Antwort zu sehen (Geheimnisse maskiert).</translation>
    </message>
    <message>
        <source>Copy the request as a curl command</source>
        <translation>Anfrage als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Secrets stay ${PLACEHOLDERS}: set them as environment variables before running it.</source>
        <translation>Geheimnisse bleiben ${PLACEHOLDERS}: Setzen Sie sie als Umgebungsvariablen, bevor Sie den Befehl ausführen.</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::TrayAlerts</name>
    <message>
        <source>RoamDesk</source>
        <translation>RoamDesk</translation>
    </message>
    <message>
        <source>Critical alert: %1</source>
        <translation>Kritischer Alarm: %1</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n neuer Alarm</numerusform>
            <numerusform>%n neue Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Most urgent: %1</source>
        <translation>Am dringendsten: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Deleting subscriptions: %1 of %2</source>
        <translation>Abonnements werden gelöscht: %1 von %2</translation>
    </message>
    <message>
        <source>(%1 failed)</source>
        <translation>(%1 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::WorldMapView</name>
    <message>
        <source>World map</source>
        <translation>Weltkarte</translation>
    </message>
    <message>
        <source>Roaming here</source>
        <translation>Hier im Roaming</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Im Heimnetz</translation>
    </message>
    <message>
        <source>%1: no watched device here</source>
        <translation>%1: hier kein beobachtetes Gerät</translation>
    </message>
    <message>
        <source>%1: %2 roaming here, %3 at home</source>
        <translation>%1: %2 hier im Roaming, %3 im Heimnetz</translation>
    </message>
</context>
</TS>
