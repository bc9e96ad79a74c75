<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>CreateSubscriptionDialog</name>
    <message>
        <source>roaming-status — every change</source>
        <translation>roaming-status — jokainen muutos</translation>
    </message>
    <message>
        <source>roaming-on — device starts roaming</source>
        <translation>roaming-on — laite siirtyy verkkovierailulle</translation>
    </message>
    <message>
        <source>roaming-off — device comes home</source>
        <translation>roaming-off — laite palaa kotiverkkoon</translation>
    </message>
    <message>
        <source>roaming-change-country — device roams into another country</source>
        <translation>roaming-change-country — laite siirtyy verkkovierailulle toiseen maahan</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Retried once.</source>
        <translation>Yritettiin uudelleen kerran.</translation>
    </message>
    <message>
        <source>Retried %1 times.</source>
        <translation>Yritettiin uudelleen %1 kertaa.</translation>
    </message>
</context>
<context>
    <name>LookupHistoryModel</name>
    <message>
        <source>not roaming</source>
        <translation>ei verkkovierailulla</translation>
    </message>
    <message>
        <source>roaming · %1</source>
        <translation>verkkovierailulla · %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
</context>
<context>
    <name>SimDeviceModel</name>
    <message>
        <source>error device</source>
        <translation>virhelaite</translation>
    </message>
    <message>
        <source>▲ roaming</source>
        <translation>▲ verkkovierailulla</translation>
    </message>
    <message>
        <source>● home</source>
        <translation>● kotiverkossa</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Nyt maassa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Kotimaa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
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
        <translation>Laji</translation>
    </message>
</context>
<context>
    <name>SubscriptionTableModel</name>
    <message>
        <source>deleted</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <source>max events</source>
        <translation>tapahtumien enimmäismäärä</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <source>token expired</source>
        <translation>tunnus vanhentunut</translation>
    </message>
    <message>
        <source>network</source>
        <translation>verkko</translation>
    </message>
    <message>
        <source>■ Deleted</source>
        <translation>■ Poistettu</translation>
    </message>
    <message>
        <source>■ Ended (%1)</source>
        <translation>■ Päättynyt (%1)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Päättynyt: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tapahtumatyyppi</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vanhenee</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Enint.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <source>□ Not listed by the API</source>
        <translation>□ Ei rajapinnan luettelossa</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Kuunneltava osoite (oletus 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port (default 0: chosen by the system).</source>
        <translation>Portti (oletus 0: järjestelmä valitsee).</translation>
    </message>
    <message>
        <source>Scenario file, or the name of a built-in one (%1).</source>
        <translation>Skenaariotiedosto tai sisäänrakennetun skenaarion nimi (%1).</translation>
    </message>
    <message>
        <source>Scenario speed factor (default 1).</source>
        <translation>Skenaarion nopeuskerroin (oletus 1).</translation>
    </message>
    <message>
        <source>Require this bearer token (or X-RapidAPI-Key).</source>
        <translation>Vaadi tämä bearer-tunnus (tai X-RapidAPI-Key).</translation>
    </message>
    <message>
        <source>Also send webhooks to HOST (a name, an address or ADDRESS/PREFIX), on PORT only when given; repeatable. By default webhooks go only to loopback (127.0.0.0/8, ::1, localhost). Names are not resolved for this check; link-local and cloud metadata addresses (169.254.0.0/16, fe80::/10, fd00:ec2::254, ...) are always refused.</source>
        <translation>Lähetä webhookit myös kohteeseen HOST (nimi, osoite tai ADDRESS/PREFIX), vain porttiin PORT, jos se on annettu; voi toistaa. Oletuksena webhookit lähetetään vain loopback-osoitteisiin (127.0.0.0/8, ::1, localhost). Nimiä ei selvitetä tätä tarkistusta varten; link-local- ja pilvipalvelujen metatieto-osoitteet (169.254.0.0/16, fe80::/10, fd00:ec2::254, ...) hylätään aina.</translation>
    </message>
    <message>
        <source>Runs the RoamDesk roaming network simulator (CAMARA Device Roaming Status v1, subscriptions v0.7 and v0.8) until SIGINT/SIGTERM. Prints the apiRoot on the first line, then one stderr line per scenario step.</source>
        <translation>Suorittaa RoamDeskin verkkovierailusimulaattoria (CAMARA Device Roaming Status v1, tilaukset v0.7 ja v0.8), kunnes se saa SIGINT- tai SIGTERM-signaalin. Tulostaa apiRootin ensimmäiselle riville ja sen jälkeen yhden stderr-rivin kustakin skenaarion vaiheesta.</translation>
    </message>
    <message>
        <source>State file: devices, subscriptions, the scenario and the speed survive a restart (subscriptions are kept, not ended, on SIGINT/SIGTERM).</source>
        <translation>Tilatiedosto: laitteet, tilaukset, skenaario ja nopeus säilyvät uudelleenkäynnistyksen yli (SIGINT/SIGTERM säilyttää tilaukset eikä päätä niitä).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for the CAMARA Device Roaming Status APIs.</source>
        <translation>Työpöytäkonsoli CAMARA Device Roaming Status -rajapinnoille.</translation>
    </message>
    <message>
        <source>Use this UI language (en, fi, de).</source>
        <translation>Käytä tätä käyttöliittymän kieltä (en, fi, de).</translation>
    </message>
    <message>
        <source>Store notifications in this SQLite file.</source>
        <translation>Tallenna ilmoitukset tähän SQLite-tiedostoon.</translation>
    </message>
    <message>
        <source>Receive notifications on this port.</source>
        <translation>Vastaanota ilmoitukset tässä portissa.</translation>
    </message>
    <message>
        <source>Print the time to the window shown and quit (benchmark).</source>
        <translation>Tulosta aika ikkunan näyttämiseen ja lopeta (suorituskykymittaus).</translation>
    </message>
    <message>
        <source>Write PNGs of the main views to this folder and quit (documentation).</source>
        <translation>Tallenna päänäkymistä PNG-kuvat tähän kansioon ja lopeta (dokumentaatio).</translation>
    </message>
    <message>
        <source>Use a dark palette instead of the desktop&apos;s (to check dark mode).</source>
        <translation>Käytä tummaa palettia työpöydän paletin sijaan (tumman tilan tarkistamiseen).</translation>
    </message>
</context>
<context>
    <name>roamdesk::AlertForwarder</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 osoitteesta %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::AlertStore</name>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Kansiota tiedostolle %1 ei voi luoda</translation>
    </message>
    <message>
        <source>Cannot open the alerts in %1: %2</source>
        <translation>Hälytyksiä ei voi avata tiedostosta %1: %2</translation>
    </message>
    <message>
        <source>Alerts store: %1: %2</source>
        <translation>Hälytysvarasto: %1: %2</translation>
    </message>
    <message>
        <source>Alerts store: begin: %1</source>
        <translation>Hälytysvarasto: aloitus: %1</translation>
    </message>
    <message>
        <source>Alerts store: commit: %1</source>
        <translation>Hälytysvarasto: vahvistus: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::ApiError</name>
    <message>
        <source>The server sent no error details (empty body).</source>
        <translation>Palvelin ei lähettänyt virheen tietoja (tyhjä runko).</translation>
    </message>
    <message>
        <source>The server sent a body that is not a CAMARA error: %1</source>
        <translation>Palvelin lähetti rungon, joka ei ole CAMARA-virhe: %1</translation>
    </message>
    <message>
        <source>Could not connect: the server refused the connection. Check that it is running and that the address and port are right.</source>
        <translation>Yhteyttä ei saatu: palvelin kieltäytyi yhteydestä. Tarkista, että palvelin on käynnissä ja että osoite ja portti ovat oikein.</translation>
    </message>
    <message>
        <source>Could not connect: the host name could not be resolved. Check the address and your network connection.</source>
        <translation>Yhteyttä ei saatu: isäntänimeä ei voitu selvittää. Tarkista osoite ja verkkoyhteytesi.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) could not be established. Check the certificate and the system clock.</source>
        <translation>Suojattua yhteyttä (TLS) ei voitu muodostaa. Tarkista varmenne ja järjestelmän kello.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Palvelin ei vastannut ajoissa. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete. Try again.</source>
        <translation>Vastaus katkesi ennen kuin se oli valmis. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not the JSON the API promises.</source>
        <translation>Palvelimen vastaus ei ole rajapinnan lupaamaa JSONia.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Pyyntö peruttiin.</translation>
    </message>
    <message>
        <source>The request failed before the server answered.</source>
        <translation>Pyyntö epäonnistui ennen kuin palvelin vastasi.</translation>
    </message>
    <message>
        <source>the request was rejected as invalid; check the device identifiers and the other fields.</source>
        <translation>pyyntö hylättiin virheellisenä; tarkista laitteen tunnisteet ja muut kentät.</translation>
    </message>
    <message>
        <source>the request was not authenticated; check the API key or access token.</source>
        <translation>pyyntöä ei todennettu; tarkista API-avain tai käyttöoikeustunnus.</translation>
    </message>
    <message>
        <source>the credentials do not permit this operation; check the token&apos;s scopes.</source>
        <translation>tunnistetiedot eivät salli tätä toimintoa; tarkista tunnuksen oikeusalueet (scopes).</translation>
    </message>
    <message>
        <source>the device or the resource was not found.</source>
        <translation>laitetta tai resurssia ei löytynyt.</translation>
    </message>
    <message>
        <source>the request conflicts with the current state; the resource may already exist.</source>
        <translation>pyyntö on ristiriidassa nykyisen tilan kanssa; resurssi voi olla jo olemassa.</translation>
    </message>
    <message>
        <source>the resource is no longer available.</source>
        <translation>resurssi ei ole enää saatavilla.</translation>
    </message>
    <message>
        <source>the request cannot be processed for this device; check which identifiers you gave.</source>
        <translation>pyyntöä ei voida käsitellä tälle laitteelle; tarkista antamasi tunnisteet.</translation>
    </message>
    <message>
        <source>too many requests or the quota is used up; wait and try again.</source>
        <translation>liikaa pyyntöjä tai kiintiö on käytetty; odota ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>the service failed internally; try again later.</source>
        <translation>palvelussa tapahtui sisäinen virhe; yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>a gateway could not reach the service; try again later.</source>
        <translation>yhdyskäytävä ei tavoittanut palvelua; yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>the service is temporarily unavailable.</source>
        <translation>palvelu ei ole tilapäisesti käytettävissä.</translation>
    </message>
    <message>
        <source>a gateway timed out waiting for the service; try again later.</source>
        <translation>yhdyskäytävän aikakatkaisu palvelua odotettaessa; yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>the request was rejected.</source>
        <translation>pyyntö hylättiin.</translation>
    </message>
    <message>
        <source>the server failed; try again later.</source>
        <translation>palvelimessa tapahtui virhe; yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>this answer was not expected.</source>
        <translation>tätä vastausta ei odotettu.</translation>
    </message>
    <message>
        <source>The network answered %1 %2: %3</source>
        <translation>Verkko vastasi %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>roamdesk::ConnectionGuard</name>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Pyynnön otsake on suurempi kuin %1 tavua.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Runko on suurempi kuin %1 tavua.</translation>
    </message>
    <message>
        <source>The body (%1 bytes) is larger than %2 bytes.</source>
        <translation>Runko (%1 tavua) on suurempi kuin %2 tavua.</translation>
    </message>
    <message>
        <source>The request was not completed within %1 ms.</source>
        <translation>Pyyntö ei valmistunut %1 ms:n kuluessa.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ConnectionTracker</name>
    <message>
        <source>Too many open connections; try again later.</source>
        <translation>Liian monta avointa yhteyttä; yritä myöhemmin uudelleen.</translation>
    </message>
</context>
<context>
    <name>roamdesk::Device</name>
    <message>
        <source>Give at least one device identifier: phone number, network access identifier, IPv4 address or IPv6 address.</source>
        <translation>Anna vähintään yksi laitteen tunniste: puhelinnumero, verkkoyhteystunniste (NAI), IPv4-osoite tai IPv6-osoite.</translation>
    </message>
    <message>
        <source>The phone number must be in E.164 format with a leading &apos;+&apos;, 5 to 15 digits, e.g. +123456789.</source>
        <translation>Puhelinnumeron on oltava E.164-muodossa: alussa &apos;+&apos; ja 5–15 numeroa, esim. +123456789.</translation>
    </message>
    <message>
        <source>The public IPv4 address is required.</source>
        <translation>Julkinen IPv4-osoite on pakollinen.</translation>
    </message>
    <message>
        <source>The public address must be a dotted-quad IPv4 address, e.g. 84.125.93.10.</source>
        <translation>Julkisen osoitteen on oltava pisteillä eroteltu IPv4-osoite, esim. 84.125.93.10.</translation>
    </message>
    <message>
        <source>The private address must be a dotted-quad IPv4 address, e.g. 192.168.0.1.</source>
        <translation>Yksityisen osoitteen on oltava pisteillä eroteltu IPv4-osoite, esim. 192.168.0.1.</translation>
    </message>
    <message>
        <source>The public port must be between 0 and 65535.</source>
        <translation>Julkisen portin on oltava väliltä 0–65535.</translation>
    </message>
    <message>
        <source>Give the private address or the public port together with the public address.</source>
        <translation>Anna yksityinen osoite tai julkinen portti yhdessä julkisen osoitteen kanssa.</translation>
    </message>
    <message>
        <source>The IPv6 address is not valid, e.g. 2001:db8:85a3:8d3:1319:8a2e:370:7344.</source>
        <translation>IPv6-osoite ei kelpaa; esimerkki kelvollisesta: 2001:db8:85a3:8d3:1319:8a2e:370:7344.</translation>
    </message>
    <message>
        <source>The network access identifier must be user@realm, e.g. 123456789@domain.com.</source>
        <translation>Verkkoon pääsyn tunnisteen (NAI) on oltava muotoa käyttäjä@alue, esim. 123456789@domain.com.</translation>
    </message>
</context>
<context>
    <name>roamdesk::DeviceListParser</name>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Lainausmerkeissä oleva kenttä jää sulkematta.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rivi %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>rivi %1, %2: %3</translation>
    </message>
    <message>
        <source>The header row names no device column (%1).</source>
        <translation>Otsikkorivillä ei ole yhtään laitesaraketta (%1).</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2.</source>
        <translation>%1 kenttää, mutta otsikkorivillä on %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number.</source>
        <translation>&apos;%1&apos; ei ole porttinumero.</translation>
    </message>
    <message>
        <source>The file is empty: a header row is needed.</source>
        <translation>Tiedosto on tyhjä: otsikkorivi tarvitaan.</translation>
    </message>
    <message>
        <source>Not JSON: %1.</source>
        <translation>Ei JSONia: %1.</translation>
    </message>
    <message>
        <source>Not a JSON object.</source>
        <translation>Ei JSON-olio.</translation>
    </message>
    <message>
        <source>Not a device object.</source>
        <translation>Ei laiteolio.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::FilterExpression</name>
    <message>
        <source>column %1: expected %2 but found %3</source>
        <translation>sarake %1: odotettiin: %2, mutta löytyi %3</translation>
    </message>
    <message>
        <source>the end of the expression (no &apos;(&apos; is open)</source>
        <translation>lausekkeen loppu (yksikään &apos;(&apos; ei ole auki)</translation>
    </message>
    <message>
        <source>&apos;and&apos;, &apos;or&apos; or the end of the expression</source>
        <translation>&apos;and&apos;, &apos;or&apos; tai lausekkeen loppu</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>syötteen loppu</translation>
    </message>
    <message>
        <source>a closing &apos;&quot;&apos; for the string at column %1</source>
        <translation>sarakkeessa %1 alkavan merkkijonon sulkeva &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>a term after &apos;%1&apos;</source>
        <translation>ehto sanan &apos;%1&apos; jälkeen</translation>
    </message>
    <message>
        <source>at most %1 levels of parentheses and &apos;not&apos;</source>
        <translation>enintään %1 sisäkkäistä sulkutasoa ja &apos;not&apos;-sanaa</translation>
    </message>
    <message>
        <source>a term after &apos;(&apos;</source>
        <translation>ehto merkin &apos;(&apos; jälkeen</translation>
    </message>
    <message>
        <source>&apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>&apos;)&apos;, joka sulkee sarakkeen %1 &apos;(&apos;</translation>
    </message>
    <message>
        <source>a term</source>
        <translation>ehto</translation>
    </message>
    <message>
        <source>a field (%1)</source>
        <translation>kenttä (%1)</translation>
    </message>
    <message>
        <source>a value after &apos;%1%2&apos;</source>
        <translation>arvo merkinnän &apos;%1%2&apos; jälkeen</translation>
    </message>
    <message>
        <source>one of %1 after &apos;%2&apos;</source>
        <translation>jokin näistä: %1 kentän &apos;%2&apos; jälkeen</translation>
    </message>
    <message>
        <source>&apos;{&apos; after &apos;%1&apos;</source>
        <translation>&apos;{&apos; sanan &apos;%1&apos; jälkeen</translation>
    </message>
    <message>
        <source>a value in the set</source>
        <translation>arvo joukossa</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; in the set</source>
        <translation>&apos;,&apos; tai &apos;}&apos; joukossa</translation>
    </message>
    <message>
        <source>a value after &apos;%1&apos;</source>
        <translation>arvo merkin &apos;%1&apos; jälkeen</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>an event type (%1)</source>
        <translation>tapahtumatyyppi (%1)</translation>
    </message>
    <message>
        <source>a two-letter country code (ISO 3166-1 alpha-2, like FI)</source>
        <translation>kaksikirjaiminen maatunnus (ISO 3166-1 alpha-2, kuten FI)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false tai null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true tai false</translation>
    </message>
    <message>
        <source>a time (RFC 3339 like 2026-05-01T12:00:00Z, a date, now, or relative like -2h)</source>
        <translation>aika (RFC 3339 kuten 2026-05-01T12:00:00Z, päivämäärä, now tai suhteellinen kuten -2h)</translation>
    </message>
    <message>
        <source>a duration (like 90s, 30m, 2h, 7d)</source>
        <translation>kesto (kuten 90s, 30m, 2h, 7d)</translation>
    </message>
    <message>
        <source>%1 for &apos;%2&apos;</source>
        <translation>%1 kentälle &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>roamdesk::FleetTableModel</name>
    <message>
        <source>Subscription ended: %1</source>
        <translation>Tilaus päättyi: %1</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? Tuntematon</translation>
    </message>
    <message>
        <source>✈ Roaming</source>
        <translation>✈ Verkkovierailulla</translation>
    </message>
    <message>
        <source>⌂ At home</source>
        <translation>⌂ Kotiverkossa</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (no country)</source>
        <translation>%1 (ei maata)</translation>
    </message>
    <message>
        <source>lookup</source>
        <translation>haku</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Viimeisin tapahtuma</translation>
    </message>
    <message>
        <source>Last event time</source>
        <translation>Viimeisimmän tapahtuman aika</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Tuoreus</translation>
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
            <numerusform>%n pv</numerusform>
            <numerusform>%n pv</numerusform>
        </translation>
    </message>
    <message>
        <source>watched</source>
        <translation>seurannassa</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nimiö</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
</context>
<context>
    <name>roamdesk::Json</name>
    <message>
        <source>is required</source>
        <translation>on pakollinen</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>ei saa olla null</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>on oltava merkkijono</translation>
    </message>
    <message>
        <source>must be a boolean</source>
        <translation>on oltava totuusarvo</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava objekti</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>on oltava taulukko</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>on oltava merkkijonotaulukko</translation>
    </message>
    <message>
        <source>must be an RFC 3339 date-time with a time zone, e.g. 2024-02-20T10:41:38.657Z</source>
        <translation>on oltava RFC 3339 -aikaleima aikavyöhykkeineen, esim. 2024-02-20T10:41:38.657Z</translation>
    </message>
</context>
<context>
    <name>roamdesk::Notification</name>
    <message>
        <source>must be one of %1</source>
        <translation>on oltava jokin seuraavista: %1</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>runko on tyhjä</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>rungon on oltava JSON-objekti</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;; expected %2&lt;name&gt;</source>
        <translation>tuntematon tapahtumatyyppi &quot;%1&quot;; odotettiin %2&lt;nimi&gt;</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>rivi %1, sarake %2: %3</translation>
    </message>
</context>
<context>
    <name>roamdesk::NotificationLogModel</name>
    <message>
        <source>Not roaming</source>
        <translation>Ei verkkovierailulla</translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation>Verkkovierailu</translation>
    </message>
    <message>
        <source>Roaming in %1</source>
        <translation>Verkkovierailulla: %1</translation>
    </message>
    <message>
        <source>Roaming in %1 (MCC %2)</source>
        <translation>Verkkovierailulla: %1 (MCC %2)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>Päättymisen syy</translation>
    </message>
    <message>
        <source>%1: the country the device was last seen roaming in; the event names none.</source>
        <translation>%1: maa, jossa laite nähtiin viimeksi verkkovierailulla; tapahtuma ei kerro maata.</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Päättynyt: %1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Vastaanotettu %1</translation>
    </message>
    <message>
        <source>Event time %1</source>
        <translation>Tapahtuma-aika %1</translation>
    </message>
    <message>
        <source>Country / reason</source>
        <translation>Maa / syy</translation>
    </message>
</context>
<context>
    <name>roamdesk::PostgresNotificationStore</name>
    <message>
        <source>Cannot open the shared notification store</source>
        <translation>Jaettua ilmoitusvarastoa ei voi avata</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>Qt:n PostgreSQL-ajuria (QPSQL) ei ole asennettu</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Yhteyttä kohteeseen %1 ei saada</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; retrying in a moment</source>
        <translation>Yhteys kohteeseen %1 katkesi; yritetään hetken kuluttua uudelleen</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Kohdetta %1 ei voi avata</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this build understands (%2); update RoamDesk</source>
        <translation>sen skeemaversio %1 on uudempi kuin tämä versio ymmärtää (%2); päivitä RoamDesk</translation>
    </message>
</context>
<context>
    <name>roamdesk::ReceiverHost</name>
    <message>
        <source>The notification store %1 could not be opened: %2</source>
        <translation>Ilmoitusvarastoa %1 ei voitu avata: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::ReceiverService</name>
    <message>
        <source>starting…</source>
        <translation>käynnistyy…</translation>
    </message>
</context>
<context>
    <name>roamdesk::RepeatedWarning</name>
    <message>
        <source>%1 (%2× in the last %3 s)</source>
        <extracomment>%1 is the latest warning, %2 how often it (or one like it) came since the last report, %3 seconds</extracomment>
        <translation>%1 (%2× viimeisten %3 s aikana)</translation>
    </message>
</context>
<context>
    <name>roamdesk::RuleSet</name>
    <message>
        <source>is required</source>
        <translation>on pakollinen</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>on oltava luku</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>on oltava suurempi kuin 0</translation>
    </message>
    <message>
        <source>must be a time of day as HH:mm, such as &quot;08:00&quot;</source>
        <translation>on oltava kellonaika muodossa HH:mm, esimerkiksi &quot;08:00&quot;</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>on oltava merkkijonotaulukko</translation>
    </message>
    <message>
        <source>is not a parameter of %1</source>
        <translation>ei ole säännön %1 parametri</translation>
    </message>
    <message>
        <source>must be &quot;info&quot;, &quot;warning&quot; or &quot;critical&quot;</source>
        <translation>on oltava &quot;info&quot;, &quot;warning&quot; tai &quot;critical&quot;</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>on oltava merkkijono</translation>
    </message>
    <message>
        <source>must name at least one country</source>
        <translation>on nimettävä vähintään yksi maa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166 alpha-2 code</source>
        <translation>&apos;%1&apos; ei ole ISO 3166 alpha-2 -koodi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>&apos;%1&apos; ei ole viikonpäivä (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone (IANA id such as &quot;Europe/Helsinki&quot;)</source>
        <translation>&apos;%1&apos; ei ole tunnettu aikavyöhyke (IANA-tunnus, esimerkiksi &quot;Europe/Helsinki&quot;)</translation>
    </message>
    <message>
        <source>must be below 1</source>
        <translation>on oltava pienempi kuin 1</translation>
    </message>
    <message>
        <source>the file must be an object with a &quot;rules&quot; array</source>
        <translation>tiedoston on oltava objekti, jossa on &quot;rules&quot;-taulukko</translation>
    </message>
    <message>
        <source>is not a member of a rules file</source>
        <translation>ei kuulu sääntötiedostoon</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava objekti</translation>
    </message>
    <message>
        <source>is required (a non-empty string)</source>
        <translation>on pakollinen (ei-tyhjä merkkijono)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by another rule</source>
        <translation>&apos;%1&apos; on jo toisen säännön käytössä</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of rule</source>
        <translation>&apos;%1&apos; ei ole sääntötyyppi</translation>
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
        <translation>%1 on verkkovierailulla: %2.</translation>
    </message>
    <message>
        <source>%1 started roaming.</source>
        <translation>%1 siirtyi verkkovierailulle.</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 siirtyi maahan %2.</translation>
    </message>
    <message>
        <source>%1 changed country.</source>
        <translation>%1 vaihtoi maata.</translation>
    </message>
    <message>
        <source>%1 stopped roaming.</source>
        <translation>%1 lopetti verkkovierailun.</translation>
    </message>
    <message>
        <source>%1 is at home.</source>
        <translation>%1 on kotiverkossa.</translation>
    </message>
    <message>
        <source>%1 event for %2.</source>
        <translation>%1-tapahtuma laitteelle %2.</translation>
    </message>
    <message>
        <source>%1 may be in %2, a denied country (the network names %3).</source>
        <translation>%1 saattaa olla kielletyssä maassa %2 (verkko ilmoittaa %3).</translation>
    </message>
    <message>
        <source>%1 is in %2, a denied country.</source>
        <translation>%1 on kielletyssä maassa %2.</translation>
    </message>
    <message>
        <source>%1 started roaming at %2 %3 local time, outside the allowed hours.</source>
        <translation>%1 aloitti verkkovierailun %2 (%3, paikallista aikaa), sallittujen aikojen ulkopuolella.</translation>
    </message>
    <message>
        <source>Subscription %1 ended: %2.</source>
        <translation>Tilaus %1 päättyi: %2.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>syytä ei annettu</translation>
    </message>
    <message>
        <source>%1 was in %2 and %3 min later in %4, %5 km apart: faster than %6 km/h.</source>
        <translation>%1 oli maassa %2 ja %3 min myöhemmin maassa %4, %5 km:n päässä: nopeammin kuin %6 km/h.</translation>
    </message>
    <message>
        <source>%1 changed country %2 times within %3 hours.</source>
        <translation>%1 vaihtoi maata %2 kertaa %3 tunnin sisällä.</translation>
    </message>
    <message>
        <source>Nothing heard from %1 for %2 hours (last at %3).</source>
        <translation>Laitteesta %1 ei ole kuulunut mitään %2 tuntiin (viimeksi %3).</translation>
    </message>
    <message>
        <source>%1 spent %2% of the last %3 days abroad, above %4%.</source>
        <translation>%1 oli ulkomailla %2 % viimeisistä %3 päivästä, yli %4 %.</translation>
    </message>
    <message>
        <source>it expires</source>
        <translation>se vanhenee</translation>
    </message>
    <message>
        <source>its sink token expires</source>
        <translation>sen vastaanottimen tunnus vanhenee</translation>
    </message>
    <message>
        <source>its maximum of %1 events is near (%2 received)</source>
        <translation>sen %1 tapahtuman enimmäismäärä on lähellä (%2 vastaanotettu)</translation>
    </message>
    <message>
        <source>Subscription %1 ends by %2: %3.</source>
        <translation>Tilaus %1 päättyy viimeistään %2: %3.</translation>
    </message>
</context>
<context>
    <name>roamdesk::RulesFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::SimulatorControl</name>
    <message>
        <source>The simulator could not listen: %1</source>
        <translation>Simulaattori ei voinut kuunnella: %1</translation>
    </message>
    <message>
        <source>The simulator is not running.</source>
        <translation>Simulaattori ei ole käynnissä.</translation>
    </message>
    <message>
        <source>The simulator was reset.</source>
        <translation>Simulaattori palautettiin alkutilaan.</translation>
    </message>
    <message>
        <source>The scenario %1 could not be loaded: %2</source>
        <translation>Skenaariota %1 ei voitu ladata: %2</translation>
    </message>
    <message>
        <source>The fleet could not be set: %1</source>
        <translation>Laitejoukkoa ei voitu asettaa: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::SinkAuthenticator</name>
    <message>
        <source>Only &apos;Authorization: Bearer &lt;token&gt;&apos; is accepted.</source>
        <translation>Vain &apos;Authorization: Bearer &lt;token&gt;&apos; hyväksytään.</translation>
    </message>
    <message>
        <source>A bearer token is required.</source>
        <translation>Bearer-tunnus vaaditaan.</translation>
    </message>
    <message>
        <source>The bearer token is not valid for this sink.</source>
        <translation>Bearer-tunnus ei kelpaa tälle vastaanotto-URL:lle.</translation>
    </message>
    <message>
        <source>Subscription %1 was created with a sink credential: its bearer token is required.</source>
        <translation>Tilaus %1 luotiin vastaanoton tunnistetiedoilla: sen bearer-tunnus vaaditaan.</translation>
    </message>
    <message>
        <source>The bearer token is not the sink credential of subscription %1.</source>
        <translation>Bearer-tunnus ei ole tilauksen %1 vastaanoton tunnistetieto.</translation>
    </message>
    <message>
        <source>The bearer token is not valid for subscription %1.</source>
        <translation>Bearer-tunnus ei kelpaa tilaukselle %1.</translation>
    </message>
</context>
<context>
    <name>roamdesk::SqliteNotificationStore</name>
    <message>
        <source>Cannot create the notification store %1</source>
        <translation>Ilmoitusvarastoa %1 ei voi luoda</translation>
    </message>
    <message>
        <source>The notification store %1 cannot be written</source>
        <translation>Ilmoitusvarastoon %1 ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>The notification store %1 is damaged</source>
        <translation>Ilmoitusvarasto %1 on vioittunut</translation>
    </message>
</context>
<context>
    <name>roamdesk::StoreConnectionTest</name>
    <message numerus="yes">
        <source>Connected: the store has %n notification(s).</source>
        <translation>
            <numerusform>Yhdistetty: varastossa on %n ilmoitus.</numerusform>
            <numerusform>Yhdistetty: varastossa on %n ilmoitusta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::StoreLocation</name>
    <message>
        <source>The store location is empty.</source>
        <translation>Tallennuspaikka puuttuu.</translation>
    </message>
    <message>
        <source>sqlite: names no file.</source>
        <translation>sqlite: ei nimeä tiedostoa.</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URL: %1</source>
        <translation>Ei PostgreSQL-URL: %1</translation>
    </message>
    <message>
        <source>The URL holds a password. Put it in PGPASSWORD or a .pgpass file instead, so that it is neither on a command line nor in a settings file.</source>
        <translation>URL sisältää salasanan. Anna se sen sijaan PGPASSWORD-muuttujassa tai .pgpass-tiedostossa, jottei se päädy komentoriville eikä asetustiedostoon.</translation>
    </message>
    <message>
        <source>Unknown or refused option in the PostgreSQL URL: %1</source>
        <translation>Tuntematon tai hylätty asetus PostgreSQL-URL:ssä: %1</translation>
    </message>
    <message>
        <source>Not a port: %1</source>
        <translation>Ei portti: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::Subscription</name>
    <message>
        <source>Only HTTP is supported.</source>
        <translation>Vain HTTP on tuettu.</translation>
    </message>
    <message>
        <source>The sink URL is required.</source>
        <translation>Vastaanotto-URL on pakollinen.</translation>
    </message>
    <message>
        <source>The sink must be an absolute http:// or https:// URL.</source>
        <translation>Vastaanotto-URL:n on oltava absoluuttinen http://- tai https://-URL.</translation>
    </message>
    <message>
        <source>Give exactly one event type per subscription.</source>
        <translation>Anna tasan yksi tapahtumatyyppi tilausta kohden.</translation>
    </message>
    <message>
        <source>Unknown event type: use roaming-status, roaming-on, roaming-off or roaming-change-country.</source>
        <translation>Tuntematon tapahtumatyyppi: käytä arvoa roaming-status, roaming-on, roaming-off tai roaming-change-country.</translation>
    </message>
    <message>
        <source>The maximum number of events must be at least 1.</source>
        <translation>Tapahtumien enimmäismäärän on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>The expiry time must be in the future.</source>
        <translation>Vanhenemisajan on oltava tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Only an access token (ACCESSTOKEN) is supported.</source>
        <translation>Vain käyttöoikeustunnus (ACCESSTOKEN) on tuettu.</translation>
    </message>
    <message>
        <source>The sink access token is required.</source>
        <translation>Vastaanoton käyttöoikeustunnus on pakollinen.</translation>
    </message>
    <message>
        <source>Only bearer tokens are supported.</source>
        <translation>Vain bearer-tunnukset ovat tuettuja.</translation>
    </message>
    <message>
        <source>The access token expiry time is required.</source>
        <translation>Käyttöoikeustunnuksen vanhenemisaika on pakollinen.</translation>
    </message>
    <message>
        <source>The access token has already expired.</source>
        <translation>Käyttöoikeustunnus on jo vanhentunut.</translation>
    </message>
    <message>
        <source>must be one of ACTIVATION_REQUESTED, ACTIVE, EXPIRED, INACTIVE, DELETED</source>
        <translation>on oltava jokin seuraavista: ACTIVATION_REQUESTED, ACTIVE, EXPIRED, INACTIVE, DELETED</translation>
    </message>
    <message>
        <source>The sink access token may only hold letters, digits and - . _ ~ + / (then = padding), at most %1 characters.</source>
        <translation>Vastaanoton käyttöoikeustunnuksessa saa olla vain kirjaimia, numeroita ja merkkejä - . _ ~ + / (lopussa täytemerkkeinä =), enintään %1 merkkiä.</translation>
    </message>
</context>
<context>
    <name>roamdesk::SubscriptionPlan</name>
    <message>
        <source>must be a whole number of seconds from %1 to %2</source>
        <translation>on oltava kokonainen sekuntimäärä väliltä %1–%2</translation>
    </message>
    <message>
        <source>a token is never written in a plan: name an environment variable (&quot;env&quot;) or let each subscription get its own (&quot;generate&quot;: true)</source>
        <translation>tunnistetta ei koskaan kirjoiteta suunnitelmaan: nimeä ympäristömuuttuja (&quot;env&quot;) tai anna jokaisen tilauksen saada omansa (&quot;generate&quot;: true)</translation>
    </message>
    <message>
        <source>give either &quot;env&quot; or &quot;generate&quot;</source>
        <translation>anna joko &quot;env&quot; tai &quot;generate&quot;</translation>
    </message>
    <message>
        <source>is not an environment variable name</source>
        <translation>ei ole ympäristömuuttujan nimi</translation>
    </message>
    <message>
        <source>needs &quot;env&quot; or &quot;generate&quot;: true</source>
        <translation>tarvitsee kentän &quot;env&quot; tai &quot;generate&quot;: true</translation>
    </message>
    <message>
        <source>a plan is a JSON object</source>
        <translation>suunnitelma on JSON-objekti</translation>
    </message>
    <message>
        <source>line %1: names a device already in the plan</source>
        <translation>rivi %1: laite on jo suunnitelmassa</translation>
    </message>
    <message>
        <source>%1 lists no device</source>
        <translation>%1 ei sisällä yhtään laitetta</translation>
    </message>
    <message>
        <source>is not a plan field</source>
        <translation>ei ole suunnitelman kenttä</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>on oltava 1–64 kirjainta, numeroa tai merkkiä &apos;.&apos;, &apos;_&apos; tai &apos;-&apos;</translation>
    </message>
    <message>
        <source>give either &quot;devices&quot; or &quot;devicesCsv&quot;</source>
        <translation>anna joko &quot;devices&quot; tai &quot;devicesCsv&quot;</translation>
    </message>
    <message>
        <source>must be a non-empty array of devices</source>
        <translation>on oltava ei-tyhjä laitteiden taulukko</translation>
    </message>
    <message>
        <source>must be a device object</source>
        <translation>on oltava laiteobjekti</translation>
    </message>
    <message>
        <source>names a device already in the plan</source>
        <translation>laite on jo suunnitelmassa</translation>
    </message>
    <message>
        <source>is required (or &quot;devicesCsv&quot;)</source>
        <translation>on pakollinen (tai &quot;devicesCsv&quot;)</translation>
    </message>
    <message>
        <source>must name at least one event type</source>
        <translation>on nimettävä vähintään yksi tapahtumatyyppi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event type one can subscribe to</source>
        <translation>&apos;%1&apos; ei ole tilattavissa oleva tapahtumatyyppi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>must be an absolute http(s) URL</source>
        <translation>on oltava absoluuttinen http(s)-URL</translation>
    </message>
    <message>
        <source>must not carry %1 or %2: the plan adds them</source>
        <translation>ei saa sisältää parametreja %1 tai %2: suunnitelma lisää ne</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>on oltava vähintään 1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ei saa olla negatiivinen</translation>
    </message>
    <message>
        <source>must be shorter than subscription.expireAfterSeconds (%1)</source>
        <translation>on oltava lyhyempi kuin subscription.expireAfterSeconds (%1)</translation>
    </message>
    <message>
        <source>must be smaller than subscription.maxEvents (%1)</source>
        <translation>on oltava pienempi kuin subscription.maxEvents (%1)</translation>
    </message>
    <message>
        <source>must be shorter than sinkToken.validForSeconds (%1)</source>
        <translation>on oltava lyhyempi kuin sinkToken.validForSeconds (%1)</translation>
    </message>
</context>
<context>
    <name>roamdesk::SubscriptionRegistry</name>
    <message>
        <source>A subscription needs an id.</source>
        <translation>Tilauksella on oltava ID.</translation>
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
        <translation>Aika</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodi</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Viive</translation>
    </message>
    <message>
        <source>Correlator</source>
        <translation>Korrelaatio-ID</translation>
    </message>
</context>
<context>
    <name>roamdesk::WebhookReceiver</name>
    <message>
        <source>The receiver path must start with &apos;/&apos;: %1</source>
        <translation>Vastaanottimen polun on alettava merkillä &apos;/&apos;: %1</translation>
    </message>
    <message>
        <source>The receiver limits must be positive.</source>
        <translation>Vastaanottimen rajojen on oltava positiivisia.</translation>
    </message>
    <message>
        <source>Cannot open the notification store: %1</source>
        <translation>Ilmoitusvarastoa ei voi avata: %1</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>TLS-varmennetta %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>TLS-avainta %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ei sisällä PEM-varmennetta.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC, unencrypted).</source>
        <translation>%1 ei sisällä PEM-muotoista yksityistä avainta (RSA tai EC, salaamaton).</translation>
    </message>
    <message>
        <source>This build of Qt has no TLS support.</source>
        <translation>Tässä Qt-versiossa ei ole TLS-tukea.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Ei voi kuunnella osoitteen %1 porttia %2: %3</translation>
    </message>
    <message>
        <source>No notification sink at %1.</source>
        <translation>Osoitteessa %1 ei ole ilmoitusten vastaanottoa.</translation>
    </message>
    <message>
        <source>Notifications are POSTed.</source>
        <translation>Ilmoitukset lähetetään POST-pyyntöinä.</translation>
    </message>
    <message>
        <source>The receiver is stopping.</source>
        <translation>Vastaanotin on pysähtymässä.</translation>
    </message>
    <message>
        <source>Expected application/cloudevents+json or application/json, got &apos;%1&apos;.</source>
        <translation>Odotettiin application/cloudevents+json tai application/json, saatiin &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The CloudEvent is not valid.</source>
        <translation>CloudEvent ei kelpaa.</translation>
    </message>
    <message>
        <source>Subscription %1 was deleted; its events are no longer accepted.</source>
        <translation>Tilaus %1 on poistettu; sen tapahtumia ei enää hyväksytä.</translation>
    </message>
    <message>
        <source>The notification could not be stored; try again later.</source>
        <translation>Ilmoitusta ei voitu tallentaa; yritä myöhemmin uudelleen.</translation>
    </message>
</context>
<context>
    <name>roamdesk::api</name>
    <message>
        <source>connection refused</source>
        <translation>yhteys estetty</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>isäntää ei löytynyt</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-kättely epäonnistui</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>aikakatkaisu</translation>
    </message>
    <message>
        <source>truncated body</source>
        <translation>katkennut runko</translation>
    </message>
    <message>
        <source>invalid body</source>
        <translation>virheellinen runko</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>verkkovirhe</translation>
    </message>
    <message>
        <source>the keyring did not answer within %1 s</source>
        <translation>avainnippu ei vastannut %1 sekunnin kuluessa</translation>
    </message>
    <message>
        <source>secrets are kept only until RoamDesk quits (ROAMDESK_SECRET_BACKEND=memory)</source>
        <translation>salaisuudet säilytetään vain RoamDeskin sulkemiseen asti (ROAMDESK_SECRET_BACKEND=memory)</translation>
    </message>
    <message>
        <source>the file backend was asked for (ROAMDESK_SECRET_BACKEND=file)</source>
        <translation>tiedostotaustaosaa pyydettiin (ROAMDESK_SECRET_BACKEND=file)</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::ApiCall</name>
    <message>
        <source>The call has not finished.</source>
        <translation>Kutsu ei ole päättynyt.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 bytes.</source>
        <translation>Vastaus on suurempi kuin %1 tavua.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Ei vastausta %1 sekunnin kuluessa.</translation>
    </message>
    <message>
        <source>Received %1 of %2 bytes.</source>
        <translation>Vastaanotettiin %1/%2 tavua.</translation>
    </message>
    <message>
        <source>The 202 answer is not a JSON object.</source>
        <translation>202-vastaus ei ole JSON-objekti.</translation>
    </message>
    <message>
        <source>The 202 answer has no subscription id.</source>
        <translation>202-vastauksessa ei ole tilauksen ID:tä.</translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation>Vastauksessa ei ole runkoa.</translation>
    </message>
    <message>
        <source>The answer is not JSON (%1).</source>
        <translation>Vastaus ei ole JSONia (%1).</translation>
    </message>
    <message>
        <source>The roaming status is not a JSON object.</source>
        <translation>Verkkovierailun tila ei ole JSON-objekti.</translation>
    </message>
    <message>
        <source>The roaming status does not match the spec: %1</source>
        <translation>Verkkovierailun tila ei vastaa määrittelyä: %1</translation>
    </message>
    <message>
        <source>The subscription is not a JSON object.</source>
        <translation>Tilaus ei ole JSON-objekti.</translation>
    </message>
    <message>
        <source>The subscription does not match the spec: %1</source>
        <translation>Tilaus ei vastaa määrittelyä: %1</translation>
    </message>
    <message>
        <source>The subscription list is not a JSON array.</source>
        <translation>Tilausluettelo ei ole JSON-taulukko.</translation>
    </message>
    <message>
        <source>The subscription list does not match the spec: %1</source>
        <translation>Tilausluettelo ei vastaa määrittelyä: %1</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Käyttäjä perui.</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::ConnectionTest</name>
    <message>
        <source>HTTP 404: there is no subscriptions API at %1. The API root is probably wrong: it is the address that the API paths follow, such as https://api.example.com/camara. Or the server offers another version of the subscriptions API.</source>
        <translation>HTTP 404: osoitteessa %1 ei ole tilausrajapintaa. API-juuri on luultavasti väärin: se on osoite, jonka perään rajapinnan polut tulevat, esimerkiksi https://api.example.com/camara. Tai palvelin tarjoaa tilausrajapinnasta toista versiota.</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::Environment</name>
    <message>
        <source>The simulator is not running.</source>
        <translation>Simulaattori ei ole käynnissä.</translation>
    </message>
    <message>
        <source>The API root must be an absolute http(s) URL.</source>
        <translation>API-juuren on oltava absoluuttinen http(s)-URL.</translation>
    </message>
    <message>
        <source>Unsupported subscriptions API version %1.</source>
        <translation>Tilausrajapinnan versiota %1 ei tueta.</translation>
    </message>
    <message>
        <source>The roaming status API version is missing.</source>
        <translation>Verkkovierailun tilarajapinnan versio puuttuu.</translation>
    </message>
    <message>
        <source>Network as Code needs an application key (X-RapidAPI-Key).</source>
        <translation>Network as Code vaatii sovellusavaimen (X-RapidAPI-Key).</translation>
    </message>
    <message>
        <source>The X-RapidAPI-Host is missing.</source>
        <translation>X-RapidAPI-Host puuttuu.</translation>
    </message>
    <message>
        <source>A bearer access token is needed.</source>
        <translation>Tarvitaan bearer-käyttöoikeustunnus.</translation>
    </message>
    <message>
        <source>The OAuth2 token URL must be an absolute URL.</source>
        <translation>OAuth2-tunnuksen URL:n on oltava absoluuttinen URL.</translation>
    </message>
    <message>
        <source>OAuth2 needs a client id and a client secret.</source>
        <translation>OAuth2 vaatii asiakas-ID:n ja asiakassalaisuuden.</translation>
    </message>
    <message>
        <source>The timeout must be positive.</source>
        <translation>Aikakatkaisun on oltava positiivinen.</translation>
    </message>
    <message>
        <source>The OAuth2 token URL must use https: over plain http the client secret would cross the network unencrypted (http is accepted for this machine only).</source>
        <translation>OAuth2-tunnuksen URL:n on oltava https-osoite: pelkän http:n yli asiakassalaisuus kulkisi verkossa salaamattomana (http hyväksytään vain tälle koneelle).</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulaattori</translation>
    </message>
    <message>
        <source>Network as Code</source>
        <translation>Network as Code</translation>
    </message>
    <message>
        <source>Network as Code (staging)</source>
        <translation>Network as Code (staging)</translation>
    </message>
    <message>
        <source>Network as Code (development)</source>
        <translation>Network as Code (kehitys)</translation>
    </message>
    <message>
        <source>Embedded simulator</source>
        <translation>Sisäänrakennettu simulaattori</translation>
    </message>
    <message>
        <source>Network as Code, production</source>
        <translation>Network as Code, tuotanto</translation>
    </message>
    <message>
        <source>Network as Code, staging</source>
        <translation>Network as Code, staging</translation>
    </message>
    <message>
        <source>Network as Code, development</source>
        <translation>Network as Code, kehitys</translation>
    </message>
    <message>
        <source>Custom CAMARA endpoint</source>
        <translation>Oma CAMARA-palvelu</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::KeychainSecretStore</name>
    <message>
        <source>this build has no keyring support</source>
        <translation>tässä versiossa ei ole avainnipputukea</translation>
    </message>
    <message>
        <source>stored in the desktop keyring (service &quot;%1&quot;)</source>
        <translation>tallennetaan työpöydän avainnippuun (palvelu &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>no keyring service (Secret Service or KWallet) answered on the session bus</source>
        <translation>mikään avainnippupalvelu (Secret Service tai KWallet) ei vastannut istuntoväylällä</translation>
    </message>
    <message>
        <source>this build has no keyring support (qtkeychain was not found)</source>
        <translation>tässä versiossa ei ole avainnipputukea (qtkeychainia ei löytynyt)</translation>
    </message>
    <message>
        <source>no keyring is reachable (%1)</source>
        <translation>avainnippua ei tavoiteta (%1)</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::RoamingClient</name>
    <message>
        <source>Invalid subscription id.</source>
        <translation>Virheellinen tilauksen ID.</translation>
    </message>
    <message>
        <source>The OAuth2 token request failed: %1</source>
        <translation>OAuth2-tunnuksen pyyntö epäonnistui: %1</translation>
    </message>
    <message>
        <source>The OAuth2 token endpoint answered %1 %2.</source>
        <translation>OAuth2-tunnuspalvelu vastasi %1 %2.</translation>
    </message>
    <message>
        <source>without an access_token</source>
        <translation>ilman access_token-kenttää</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::SecretStore</name>
    <message>
        <source>kept in memory only</source>
        <translation>säilytetään vain muistissa</translation>
    </message>
    <message>
        <source>stored in %1 (owner-only file)</source>
        <translation>tallennetaan tiedostoon %1 (vain omistajan luettavissa)</translation>
    </message>
</context>
<context>
    <name>roamdesk::api::SecretStoreChoice</name>
    <message>
        <source>Desktop keyring</source>
        <translation>Työpöydän avainnippu</translation>
    </message>
    <message>
        <source>Owner-only file</source>
        <translation>Vain omistajan luettava tiedosto</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>Vain muistissa</translation>
    </message>
</context>
<context>
    <name>roamdesk::bulk::PlanJournal</name>
    <message>
        <source>cannot read the plan journal %1: %2</source>
        <translation>suunnitelman päiväkirjaa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>the plan journal %1 is damaged</source>
        <translation>suunnitelman päiväkirja %1 on vioittunut</translation>
    </message>
    <message>
        <source>cannot write the plan journal %1: %2</source>
        <translation>suunnitelman päiväkirjaa %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::bulk::PlanKeeper</name>
    <message>
        <source>The subscriptions could not be listed: %1</source>
        <translation>Tilauksia ei voitu listata: %1</translation>
    </message>
    <message>
        <source>The environment variable %1 holding the sink token is not set.</source>
        <translation>Ympäristömuuttujaa %1, jossa vastaanottimen tunniste on, ei ole asetettu.</translation>
    </message>
</context>
<context>
    <name>roamdesk::cli</name>
    <message>
        <source>Environment: simulator (default), nac, nac-staging, nac-dev or custom.</source>
        <translation>Ympäristö: simulator (oletus), nac, nac-staging, nac-dev tai custom.</translation>
    </message>
    <message>
        <source>API root, e.g. https://host/device-status (with simulator: use a running one instead of starting one).</source>
        <translation>API-juuri, esim. https://host/device-status (simulatorin kanssa: käytä käynnissä olevaa simulaattoria uuden käynnistämisen sijaan).</translation>
    </message>
    <message>
        <source>Network as Code application key (default: $ROAMDESK_API_KEY).</source>
        <translation>Network as Coden sovellusavain (oletus: $ROAMDESK_API_KEY).</translation>
    </message>
    <message>
        <source>Bearer access token (default: $ROAMDESK_BEARER).</source>
        <translation>Bearer-käyttöoikeustunnus (oletus: $ROAMDESK_BEARER).</translation>
    </message>
    <message>
        <source>OAuth2 token URL for client credentials (custom; secret from $ROAMDESK_CLIENT_SECRET).</source>
        <translation>OAuth2-tunnuksen URL asiakastunnistetiedoille (custom; salaisuus muuttujasta $ROAMDESK_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>OAuth2 client id.</source>
        <translation>OAuth2-asiakas-ID.</translation>
    </message>
    <message>
        <source>Subscriptions API version: v0.7 (default) or v0.8.</source>
        <translation>Tilausrajapinnan versio: v0.7 (oletus) tai v0.8.</translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds (default 30).</source>
        <translation>Aikakatkaisu yritystä kohden sekunteina (oletus 30).</translation>
    </message>
    <message>
        <source>State file of the in-process simulator (keeps subscriptions between runs).</source>
        <translation>Prosessinsisäisen simulaattorin tilatiedosto (säilyttää tilaukset ajojen välillä).</translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation>Sisennä JSON-tuloste.</translation>
    </message>
    <message>
        <source>Log requests and retries to stderr.</source>
        <translation>Kirjaa pyynnöt ja uusintayritykset stderriin.</translation>
    </message>
    <message>
        <source>Phone number in E.164 form, e.g. +99999991000.</source>
        <translation>Puhelinnumero E.164-muodossa, esim. +99999991000.</translation>
    </message>
    <message>
        <source>Network access identifier, e.g. 123456789@domain.com.</source>
        <translation>Verkkoyhteystunniste (NAI), esim. 123456789@domain.com.</translation>
    </message>
    <message>
        <source>Public IPv4 address, optionally with :PORT.</source>
        <translation>Julkinen IPv4-osoite, valinnaisesti muodossa :PORTTI.</translation>
    </message>
    <message>
        <source>Private IPv4 address (with --ipv4).</source>
        <translation>Yksityinen IPv4-osoite (yhdessä --ipv4:n kanssa).</translation>
    </message>
    <message>
        <source>IPv6 address.</source>
        <translation>IPv6-osoite.</translation>
    </message>
    <message>
        <source>--ipv4: &apos;%1&apos; is not a port number.</source>
        <translation>--ipv4: &apos;%1&apos; ei ole porttinumero.</translation>
    </message>
    <message>
        <source>--private-ip needs --ipv4.</source>
        <translation>--private-ip vaatii valitsimen --ipv4.</translation>
    </message>
    <message>
        <source>Name the device with --phone, --nai, --ipv4 or --ipv6.</source>
        <translation>Yksilöi laite valitsimella --phone, --nai, --ipv4 tai --ipv6.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an RFC 3339 date-time such as 2025-12-03T12:27:08.312Z.</source>
        <translation>--%1: &apos;%2&apos; ei ole RFC 3339 -aikaleima, kuten 2025-12-03T12:27:08.312Z.</translation>
    </message>
    <message>
        <source>Retrieve a device&apos;s roaming status; prints the API&apos;s answer as received.</source>
        <translation>Hakee laitteen verkkovierailun tilan; tulostaa rajapinnan vastauksen sellaisenaan.</translation>
    </message>
    <message>
        <source>Create a roaming subscription; prints the subscription as received.</source>
        <translation>Luo verkkovierailutilauksen; tulostaa tilauksen sellaisenaan.</translation>
    </message>
    <message>
        <source>roaming-status, roaming-on, roaming-off or roaming-change-country (or the full type).</source>
        <translation>roaming-status, roaming-on, roaming-off tai roaming-change-country (tai koko tyyppi).</translation>
    </message>
    <message>
        <source>Notification URL (default: $ROAMDESK_SINK or https://example.com/notify).</source>
        <translation>Ilmoitusten URL (oletus: $ROAMDESK_SINK tai https://example.com/notify).</translation>
    </message>
    <message>
        <source>Sink access token (sent as an ACCESSTOKEN bearer credential).</source>
        <translation>Vastaanoton käyttöoikeustunnus (lähetetään ACCESSTOKEN-bearer-tunnistetietona).</translation>
    </message>
    <message>
        <source>Expiry of the sink access token (RFC 3339).</source>
        <translation>Vastaanoton käyttöoikeustunnuksen vanhenemisaika (RFC 3339).</translation>
    </message>
    <message>
        <source>Ask for a notification of the current state at once.</source>
        <translation>Pyydä heti ilmoitus nykyisestä tilasta.</translation>
    </message>
    <message>
        <source>Maximum number of notifications.</source>
        <translation>Ilmoitusten enimmäismäärä.</translation>
    </message>
    <message>
        <source>Subscription expiry (RFC 3339).</source>
        <translation>Tilauksen vanhenemisaika (RFC 3339).</translation>
    </message>
    <message>
        <source>--event is required (e.g. --event roaming-status).</source>
        <translation>--event on pakollinen (esim. --event roaming-status).</translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is not one of roaming-status, roaming-on, roaming-off, roaming-change-country.</source>
        <translation>--event: &apos;%1&apos; ei ole mikään arvoista roaming-status, roaming-on, roaming-off, roaming-change-country.</translation>
    </message>
    <message>
        <source>--token and --token-expires go together.</source>
        <translation>--token ja --token-expires annetaan yhdessä.</translation>
    </message>
    <message>
        <source>--max-events must be a whole number of at least 1.</source>
        <translation>--max-events on oltava kokonaisluku, vähintään 1.</translation>
    </message>
    <message>
        <source>Invalid subscription: %1</source>
        <translation>Virheellinen tilaus: %1</translation>
    </message>
    <message>
        <source>List the roaming subscriptions; prints the list as received.</source>
        <translation>Luettelee verkkovierailutilaukset; tulostaa luettelon sellaisenaan.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Odottamaton argumentti &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Get or delete one roaming subscription.</source>
        <translation>Hae tai poista yksi verkkovierailutilaus.</translation>
    </message>
    <message>
        <source>get or delete</source>
        <translation>get tai delete</translation>
    </message>
    <message>
        <source>The subscription id.</source>
        <translation>Tilauksen ID.</translation>
    </message>
    <message>
        <source>Usage: subscription get|delete ID</source>
        <translation>Käyttö: subscription get|delete ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid subscription id.</source>
        <translation>&apos;%1&apos; ei ole kelvollinen tilauksen ID.</translation>
    </message>
    <message>
        <source>Receives roaming CloudEvents and stores them; prints the sink URL on the first line, then one line per stored event.</source>
        <translation>Vastaanottaa verkkovierailun CloudEvents-tapahtumia ja tallentaa ne; tulostaa vastaanotto-URL:n ensimmäiselle riville ja sitten rivin kustakin tallennetusta tapahtumasta.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Kuunneltava osoite (oletus 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port (default %1; 0 picks a free one).</source>
        <translation>Portti (oletus %1; 0 valitsee vapaan portin).</translation>
    </message>
    <message>
        <source>Sink path (default /notifications).</source>
        <translation>Vastaanoton polku (oletus /notifications).</translation>
    </message>
    <message>
        <source>Accept this bearer token (repeatable).</source>
        <translation>Hyväksy tämä bearer-tunnus (voi toistaa).</translation>
    </message>
    <message>
        <source>Accept requests without Authorization.</source>
        <translation>Hyväksy pyynnöt ilman Authorization-otsaketta.</translation>
    </message>
    <message>
        <source>Print only the sink URL.</source>
        <translation>Tulosta vain vastaanotto-URL.</translation>
    </message>
    <message>
        <source>Sink URL to announce (behind NAT, a tunnel or a reverse proxy).</source>
        <translation>Ilmoitettava vastaanotto-URL (NATin, tunnelin tai käänteisen välityspalvelimen takana).</translation>
    </message>
    <message>
        <source>PEM certificate: serve HTTPS.</source>
        <translation>PEM-varmenne: palvele HTTPS:llä.</translation>
    </message>
    <message>
        <source>PEM private key for --tls-cert.</source>
        <translation>PEM-muotoinen yksityinen avain valitsimelle --tls-cert.</translation>
    </message>
    <message>
        <source>Body cap in bytes (default 65536).</source>
        <translation>Rungon enimmäiskoko tavuina (oletus 65536).</translation>
    </message>
    <message>
        <source>Connection cap (default %1).</source>
        <translation>Yhteyksien enimmäismäärä (oletus %1).</translation>
    </message>
    <message>
        <source>Idle timeout per connection in ms.</source>
        <translation>Yhteyden joutoajan aikakatkaisu millisekunteina.</translation>
    </message>
    <message>
        <source>Sync every commit to disk (survives power cuts; slower).</source>
        <translation>Synkronoi jokainen vahvistus levylle (kestää sähkökatkot; hitaampi).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>odottamaton argumentti &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--host: not an IP address: %1</source>
        <translation>--host: ei IP-osoite: %1</translation>
    </message>
    <message>
        <source>--port: not a port: %1</source>
        <translation>--port: ei portti: %1</translation>
    </message>
    <message>
        <source>--public-url: not an absolute URL: %1</source>
        <translation>--public-url: ei absoluuttinen URL: %1</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert ja --tls-key annetaan yhdessä</translation>
    </message>
    <message>
        <source>--max-body: not a positive number</source>
        <translation>--max-body: ei positiivinen luku</translation>
    </message>
    <message>
        <source>--max-connections: not a positive number</source>
        <translation>--max-connections: ei positiivinen luku</translation>
    </message>
    <message>
        <source>--idle-timeout: not a positive number</source>
        <translation>--idle-timeout: ei positiivinen luku</translation>
    </message>
    <message>
        <source>Prints stored notifications, newest first: JSON Lines (default) or CSV.</source>
        <translation>Tulostaa tallennetut ilmoitukset uusin ensin: JSON Lines (oletus) tai CSV.</translation>
    </message>
    <message>
        <source>JSON Lines: the CloudEvent under &quot;event&quot; (default).</source>
        <translation>JSON Lines: CloudEvent kentässä &quot;event&quot; (oletus).</translation>
    </message>
    <message>
        <source>CSV with a header row.</source>
        <translation>CSV otsikkorivillä.</translation>
    </message>
    <message>
        <source>Only notifications received at or after this RFC 3339 time.</source>
        <translation>Vain tänä RFC 3339 -ajankohtana tai sen jälkeen vastaanotetut ilmoitukset.</translation>
    </message>
    <message>
        <source>Only this event type (short or full name).</source>
        <translation>Vain tämä tapahtumatyyppi (lyhyt tai koko nimi).</translation>
    </message>
    <message>
        <source>Only this device (phone number, NAI or address).</source>
        <translation>Vain tämä laite (puhelinnumero, NAI tai osoite).</translation>
    </message>
    <message>
        <source>choose one of --json and --csv</source>
        <translation>valitse joko --json tai --csv</translation>
    </message>
    <message>
        <source>--since: not an RFC 3339 date-time: %1</source>
        <translation>--since: ei RFC 3339 -aikaleima: %1</translation>
    </message>
    <message>
        <source>--type: unknown event type: %1</source>
        <translation>--type: tuntematon tapahtumatyyppi: %1</translation>
    </message>
    <message>
        <source>Send the OAuth2 client secret even over plain http to another host (refused otherwise).</source>
        <translation>Lähetä OAuth2-asiakassalaisuus toiselle isännälle myös salaamattoman http:n yli (muuten estetään).</translation>
    </message>
    <message>
        <source>--token: the sink access token is empty.</source>
        <translation>--token: vastaanoton käyttöoikeustunnus on tyhjä.</translation>
    </message>
    <message>
        <source>--%1: the value is empty</source>
        <translation>--%1: arvo on tyhjä</translation>
    </message>
    <message>
        <source>stdout was closed: events are no longer printed; every event is still stored</source>
        <translation>stdout suljettiin: tapahtumia ei enää tulosteta; jokainen tapahtuma tallennetaan silti</translation>
    </message>
    <message>
        <source>stdout is not keeping up: event lines are dropped; every event is still stored</source>
        <translation>stdout ei pysy perässä: tapahtumarivejä jätetään tulostamatta; jokainen tapahtuma tallennetaan silti</translation>
    </message>
    <message>
        <source>%1 event lines were not printed (stdout did not keep up, or was closed)</source>
        <translation>tulostamatta jääneitä tapahtumarivejä: %1 (stdout ei pysynyt perässä tai se suljettiin)</translation>
    </message>
    <message>
        <source>stopped after %1 notifications: %2</source>
        <translation>pysähtyi %1 ilmoituksen jälkeen: %2</translation>
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
        <translation>Tilaus %1 poistettiin.</translation>
    </message>
    <message>
        <source>--db: empty file name</source>
        <translation>--db: tyhjä tiedostonimi</translation>
    </message>
    <message>
        <source>JSON Lines instead of a table.</source>
        <translation>JSON Lines -muoto taulukon sijaan.</translation>
    </message>
    <message>
        <source>--db: no notification store at %1</source>
        <translation>--db: polussa %1 ei ole ilmoitusvarastoa</translation>
    </message>
    <message>
        <source>Prints every device in the notification store with its roaming state, country and since when, ordered by device.</source>
        <translation>Tulostaa ilmoitusvaraston kaikki laitteet verkkovierailutilan, maan ja alkamisajan kanssa laitteen mukaan järjestettyinä.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>roaming</source>
        <translation>verkkovierailulla</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>kotiverkossa</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>LAITE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>TILA</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>MAA</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>ALKAEN</translation>
    </message>
    <message>
        <source>LAST EVENT</source>
        <translation>VIIMEISIN TAPAHTUMA</translation>
    </message>
    <message>
        <source>LAST EVENT TIME</source>
        <translation>VIIMEISIMMÄN TAPAHTUMAN AIKA</translation>
    </message>
    <message>
        <source>Prints one device&apos;s journey from the notification store: where it was, roaming or not, oldest first.</source>
        <translation>Tulostaa yhden laitteen matkan ilmoitusvarastosta: missä se oli ja oliko se verkkovierailulla, vanhin ensin.</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(nyt)</translation>
    </message>
    <message>
        <source>START</source>
        <translation>ALKU</translation>
    </message>
    <message>
        <source>END</source>
        <translation>LOPPU</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNTIA</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options and exit codes.</source>
        <translation>Valitsimet ja paluukoodit: &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>no notification store at %1</source>
        <translation>polussa %1 ei ole ilmoitusvarastoa</translation>
    </message>
    <message>
        <source>%1 -&gt; home</source>
        <translation>%1 -&gt; koti</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>ei maata</translation>
    </message>
    <message>
        <source>When the scenario starts: now (default) or on-first-subscription, so that a subscription made after starting sees every step.</source>
        <translation>Milloin skenaario alkaa: now (heti, oletus) tai on-first-subscription, jolloin käynnistyksen jälkeen tehty tilaus näkee jokaisen vaiheen.</translation>
    </message>
    <message>
        <source>Play the scenario again and again (whatever its own &quot;loop&quot; says).</source>
        <translation>Toista skenaariota yhä uudelleen (riippumatta sen omasta &quot;loop&quot;-asetuksesta).</translation>
    </message>
    <message>
        <source>--host: &apos;%1&apos; is not an IP address (or localhost).</source>
        <translation>--host: &apos;%1&apos; ei ole IP-osoite (eikä localhost).</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number from 0 to 65535.</source>
        <translation>--port: &apos;%1&apos; ei ole porttinumero väliltä 0–65535.</translation>
    </message>
    <message>
        <source>--speed: &apos;%1&apos; is not a factor above 0 (e.g. 1, 10, 0.5).</source>
        <translation>--speed: &apos;%1&apos; ei ole nollaa suurempi kerroin (esim. 1, 10, 0.5).</translation>
    </message>
    <message>
        <source>--scenario-start: &apos;%1&apos; is not now or on-first-subscription.</source>
        <translation>--scenario-start: &apos;%1&apos; ei ole now eikä on-first-subscription.</translation>
    </message>
    <message>
        <source>--%1 needs --scenario.</source>
        <translation>--%1 vaatii valitsimen --scenario.</translation>
    </message>
    <message>
        <source>--allow-sink: &apos;%1&apos; is not HOST[:PORT].</source>
        <translation>--allow-sink: &apos;%1&apos; ei ole muotoa HOST[:PORT].</translation>
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
        <translation>skenaario %1 s: %2</translation>
    </message>
    <message>
        <source>scenario finished</source>
        <translation>skenaario päättyi</translation>
    </message>
    <message>
        <source>, looping</source>
        <translation>, toistetaan jatkuvasti</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; (%2 s at %3x%4) starts with the first subscription</source>
        <translation>skenaario &quot;%1&quot; (%2 s, nopeus %3x%4) alkaa ensimmäisestä tilauksesta</translation>
    </message>
    <message>
        <source>scenario started: a subscription was created</source>
        <translation>skenaario alkoi: tilaus luotiin</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; (%2 s at %3x%4) started</source>
        <translation>skenaario &quot;%1&quot; (%2 s, nopeus %3x%4) alkoi</translation>
    </message>
    <message>
        <source>Exit codes:
  0  stopped by SIGINT/SIGTERM
  1  failure: the address or port cannot be listened on, the state file cannot be read or written
  2  usage: a bad option or value (--fleet outside 0..100000), a scenario file that is refused
</source>
        <translation>Paluukoodit:
  0  pysäytetty SIGINT- tai SIGTERM-signaalilla
  1  virhe: osoitetta tai porttia ei voi kuunnella, tilatiedostoa ei voi lukea tai kirjoittaa
  2  käyttövirhe: virheellinen valitsin tai arvo (--fleet välin 0..100000 ulkopuolella), hylätty skenaariotiedosto
</translation>
    </message>
    <message>
        <source>Adds a synthetic fleet of N phone devices (+99999992000000 upwards, 0 to %1) with homes all over Europe that travel on their own at --speed; kept in the --state file.</source>
        <translation>Lisää N puhelinlaitteen synteettisen laitejoukon (+99999992000000 ylöspäin, 0–%1), jonka laitteiden kotiverkot ovat eri puolilla Eurooppaa ja jotka matkustavat omin päin nopeudella --speed; säilyy --state-tiedostossa.</translation>
    </message>
    <message>
        <source>--fleet: &apos;%1&apos; is not a number of devices from 0 to %2.</source>
        <translation>--fleet: &apos;%1&apos; ei ole laitemäärä väliltä 0–%2.</translation>
    </message>
    <message>
        <source>--fleet: %1</source>
        <translation>--fleet: %1</translation>
    </message>
    <message>
        <source>fleet of %1 devices: %2 to %3, at %4x</source>
        <translation>%1 laitteen laitejoukko: %2 – %3, nopeus %4x</translation>
    </message>
    <message>
        <source>Evaluates the alert rules over every notification in the store, from the first, and prints the alerts they raise.</source>
        <translation>Arvioi hälytyssäännöt kaikille tallennetuille ilmoituksille ensimmäisestä alkaen ja tulostaa niiden nostamat hälytykset.</translation>
    </message>
    <message>
        <source>Rules file (default: the rules saved in the window, else the default rules).</source>
        <translation>Sääntötiedosto (oletus: ikkunassa tallennetut säännöt, muuten oletussäännöt).</translation>
    </message>
    <message>
        <source>The time the rules about silence and endings are evaluated at (RFC 3339; default: now).</source>
        <translation>Hetki, jolloin hiljaisuutta ja päättymistä koskevat säännöt arvioidaan (RFC 3339; oletus: nyt).</translation>
    </message>
    <message>
        <source>--now: &apos;%1&apos; is not an RFC 3339 date-time</source>
        <translation>--now: &apos;%1&apos; ei ole RFC 3339 -aikaleima</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>VAKAVUUS</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>SÄÄNTÖ</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>AIKA</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>MÄÄRÄ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>TILA</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>VIESTI</translation>
    </message>
    <message>
        <source>%1 of %2 rows answered in %3 s: %4 requests, %5 answered 429 TOO_MANY_REQUESTS.</source>
        <translation>%1/%2 riviin vastattiin %3 sekunnissa: %4 pyyntöä, %5 sai vastauksen 429 TOO_MANY_REQUESTS.</translation>
    </message>
    <message>
        <source>%1/%2 rows, %3/s, %4 left</source>
        <translation>%1/%2 riviä, %3/s, jäljellä %4</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>aika tuntematon</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Look up the roaming status of every device in a file, within the provider&apos;s quota. Prints one JSON line per input row, in input order: row, device, status and result (or error). Progress goes to stderr.</source>
        <translation>Hakee tiedoston jokaisen laitteen verkkovierailutilan palveluntarjoajan kiintiön rajoissa. Tulostaa yhden JSON-rivin kutakin syöteriviä kohden syötteen järjestyksessä: row, device, status ja result (tai error). Edistyminen tulostuu stderr-virtaan.</translation>
    </message>
    <message>
        <source>The device list: CSV with a header row (phoneNumber, networkAccessIdentifier, ipv4Public, ipv4Private, ipv4Port, ipv6, label, group), or JSON Lines of CAMARA device objects.</source>
        <translation>Laiteluettelo: CSV, jonka otsikkorivillä on sarakkeet (phoneNumber, networkAccessIdentifier, ipv4Public, ipv4Private, ipv4Port, ipv6, label, group), tai CAMARA-laiteolioiden JSON Lines -tiedosto.</translation>
    </message>
    <message>
        <source>At most N requests per second (default: none of our own; the provider&apos;s pace is found from its 429 answers).</source>
        <translation>Enintään N pyyntöä sekunnissa (oletus: ei omaa rajaa; palveluntarjoajan tahti päätellään sen 429-vastauksista).</translation>
    </message>
    <message>
        <source>Progress and the summary on stderr as JSON Lines.</source>
        <translation>Edistyminen ja yhteenveto stderr-virtaan JSON Lines -muodossa.</translation>
    </message>
    <message>
        <source>--csv FILE is required.</source>
        <translation>--csv TIEDOSTO vaaditaan.</translation>
    </message>
    <message>
        <source>--rate: &apos;%1&apos; is not a number of requests per second above 0.</source>
        <translation>--rate: &apos;%1&apos; ei ole nollaa suurempi pyyntömäärä sekunnissa.</translation>
    </message>
    <message>
        <source>the one the GUI and receive use</source>
        <translation>sama, jota käyttöliittymä ja receive käyttävät</translation>
    </message>
    <message>
        <source>the app data folder</source>
        <translation>sovelluksen datakansio</translation>
    </message>
    <message>
        <source>A filter expression, as the window&apos;s filter bar takes it: fields (type, device, country, mcc, roaming, subscription, reason, time, received, source, id) compared with = != &lt; &lt;= &gt; &gt;= ^= or in {…}, and/or/not, parentheses, type:NAME, device:LABEL, sub:ID-PREFIX, and words the log shows. E.g. --filter &apos;country in {BE, NL} and time &gt; -2h&apos;, --filter &apos;belgium sub:3f2&apos;. See docs/filter-language.md.</source>
        <translation>Suodatinlauseke, kuten ikkunan suodatinpalkki sen ottaa: kentät (type, device, country, mcc, roaming, subscription, reason, time, received, source, id) verrattuina operaattoreilla = != &lt; &lt;= &gt; &gt;= ^= tai in {…}, and/or/not, sulkeet, type:NIMI, device:TUNNUS, sub:TUNNUKSEN-ALKU sekä sanat, jotka loki näyttää. Esim. --filter &apos;country in {BE, NL} and time &gt; -2h&apos;, --filter &apos;belgium sub:3f2&apos;. Katso docs/filter-language.md.</translation>
    </message>
    <message>
        <source>Instead of what is stored, print new notifications as they are committed (by any receiver writing the store), oldest first, until interrupted.</source>
        <translation>Tallennettujen sijaan tulosta uudet ilmoitukset sitä mukaa kuin ne tallentuvat (minkä tahansa varastoon kirjoittavan vastaanottimen kautta), vanhin ensin, kunnes keskeytetään.</translation>
    </message>
    <message>
        <source>none: required</source>
        <translation>ei oletusta: pakollinen</translation>
    </message>
    <message>
        <source>--store URL (or --db FILE) is required</source>
        <translation>--store URL (tai --db TIEDOSTO) on pakollinen</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message>
        <source>Answer 429 TOO_MANY_REQUESTS beyond N requests per second per API key or token (default: no limit).</source>
        <translation>Vastaa 429 TOO_MANY_REQUESTS, kun API-avain tai tunniste ylittää N pyyntöä sekunnissa (oletus: ei rajaa).</translation>
    </message>
    <message>
        <source>Answer 429 QUOTA_EXCEEDED beyond M requests per UTC day per API key or token, until the next day.</source>
        <translation>Vastaa 429 QUOTA_EXCEEDED seuraavaan päivään asti, kun API-avain tai tunniste ylittää M pyyntöä UTC-vuorokaudessa.</translation>
    </message>
    <message>
        <source>Send Retry-After (seconds until the quota lifts) with every 429.</source>
        <translation>Lähetä jokaisen 429-vastauksen mukana Retry-After (sekunnit kiintiön vapautumiseen).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number of requests above 0.</source>
        <translation>--%1: &apos;%2&apos; ei ole nollaa suurempi kokonainen pyyntömäärä.</translation>
    </message>
    <message>
        <source>--retry-after needs --quota or --daily-quota.</source>
        <translation>--retry-after tarvitsee valitsimen --quota tai --daily-quota.</translation>
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
        <translation>Paluukoodit:
  0  ok
  1  virhe: ilmoitusvarastoa ei voi avata, kirjoittaa tai lukea; vastaanotin (muutoin kuin varatussa
     portissa) tai simulaattori ei voi kuunnella; simulaattorin tilatiedostoa ei voi lukea tai kirjoittaa
  2  käyttövirhe: virheellinen valitsin tai arvo, tai tiedosto, joka ei läpäise tarkistusta (mitään ei lähetetty)
  3  API-virhe: API tai sen OAuth2-tunnuspalvelu vastasi virheellä
  4  verkkovirhe: ei vastausta (yhteys estetty, isäntää ei löytynyt, aikakatkaisu, TLS)
  5  ilmoitusvarasto on vioittunut (SQLite toteaa sen rikkinäiseksi): palauta se varmuuskopiosta
  6  log, devices, journey, alerts: --db-polussa ei ole ilmoitusvarastoa
  7  receive: portti on toisen ohjelman käytössä (valitse toinen valitsimella --port)
</translation>
    </message>
    <message>
        <source>Notification store: a file, sqlite:PATH, or postgresql://USER@HOST:PORT/DB?sslmode=… for a store shared by a team (the password from PGPASSWORD or ~/.pgpass) (default: %1).</source>
        <translation>Ilmoitusvarasto: tiedosto, sqlite:POLKU tai tiimin jaetulle varastolle postgresql://KÄYTTÄJÄ@PALVELIN:PORTTI/KANTA?sslmode=… (salasana PGPASSWORD-muuttujasta tai ~/.pgpass-tiedostosta) (oletus: %1).</translation>
    </message>
    <message>
        <source>The same as --store FILE.</source>
        <translation>Sama kuin --store TIEDOSTO.</translation>
    </message>
    <message>
        <source>--store and --db both name the store: give one</source>
        <translation>--store ja --db nimeävät molemmat varaston: anna vain toinen</translation>
    </message>
    <message>
        <source>  130  stopped by SIGINT (143: SIGTERM): the rows answered before the first unanswered one are printed
</source>
        <translation>  130  pysäytetty SIGINT-signaalilla (143: SIGTERM): ensimmäistä vastaamatonta riviä edeltävät vastatut rivit tulostetaan
</translation>
    </message>
    <message numerus="yes">
        <source>stopped: %n row(s) not sent; %1 of %2 rows printed, the next is row %3.</source>
        <translation>
            <numerusform>pysäytetty: %n rivi jäi lähettämättä; %1/%2 riviä tulostettu, seuraava on rivi %3.</numerusform>
            <numerusform>pysäytetty: %n riviä jäi lähettämättä; %1/%2 riviä tulostettu, seuraava on rivi %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::cli::PlanCommand</name>
    <message>
        <source>apply (one pass) or keep (until interrupted).</source>
        <translation>apply (yksi kierros) tai keep (keskeytykseen asti).</translation>
    </message>
    <message>
        <source>The JSON plan.</source>
        <translation>JSON-suunnitelma.</translation>
    </message>
    <message>
        <source>Only list the subscriptions and print what would be done.</source>
        <translation>Vain listaa tilaukset ja tulosta, mitä tehtäisiin.</translation>
    </message>
    <message>
        <source>Print one JSON object per action.</source>
        <translation>Tulosta yksi JSON-objekti toimenpidettä kohden.</translation>
    </message>
    <message>
        <source>The plan&apos;s journal (default: plans/NAME.journal.json beside the store).</source>
        <translation>Suunnitelman päiväkirja (oletus: plans/NIMI.journal.json tallennuksen vieressä).</translation>
    </message>
    <message>
        <source>The notification store events and ends are read from (default: the one roamdesk-cli receive fills).</source>
        <translation>Ilmoitustallennus, josta tapahtumat ja päättymiset luetaan (oletus: se, jota roamdesk-cli receive täyttää).</translation>
    </message>
    <message>
        <source>keep: seconds between passes (default 60).</source>
        <translation>keep: sekunteja kierrosten välillä (oletus 60).</translation>
    </message>
    <message>
        <source>Keep a subscription plan true: create what is missing, renew what is about to end, delete what is extra.</source>
        <translation>Pidä tilaussuunnitelma voimassa: luo puuttuvat, uusi pian päättyvät, poista ylimääräiset.</translation>
    </message>
    <message>
        <source>usage: plan apply|keep FILE</source>
        <translation>käyttö: plan apply|keep TIEDOSTO</translation>
    </message>
    <message>
        <source>--dry-run goes with apply only</source>
        <translation>--dry-run käy vain apply-toiminnon kanssa</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 1 to 86400.</source>
        <translation>--interval on oltava sekuntimäärä väliltä 1–86400.</translation>
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
        <translation>Tuntematon --env &apos;%1&apos; (simulator, nac, nac-staging, nac-dev, custom).</translation>
    </message>
    <message>
        <source>--api-root must be an absolute http(s) URL.</source>
        <translation>--api-root on oltava absoluuttinen http(s)-URL.</translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation>Simulaattori ei käynnistynyt: %1</translation>
    </message>
    <message>
        <source>Network as Code needs an application key: --api-key or $ROAMDESK_API_KEY.</source>
        <translation>Network as Code vaatii sovellusavaimen: --api-key tai $ROAMDESK_API_KEY.</translation>
    </message>
    <message>
        <source>--env custom needs --api-root.</source>
        <translation>--env custom vaatii valitsimen --api-root.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout on oltava sekuntimäärä väliltä 0–3600.</translation>
    </message>
    <message>
        <source>--insecure sends it all the same.</source>
        <translation>--insecure lähettää salaisuuden silti.</translation>
    </message>
    <message>
        <source>warning: the client secret goes to %1 unencrypted (--insecure).</source>
        <translation>varoitus: asiakassalaisuus lähetetään osoitteeseen %1 salaamattomana (--insecure).</translation>
    </message>
</context>
<context>
    <name>roamdesk::http::HttpConnection</name>
    <message>
        <source>The request was not completed: nothing arrived for %1 ms.</source>
        <translation>Pyyntö jäi kesken: %1 ms:n aikana ei saapunut mitään.</translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 ms.</source>
        <translation>Pyynnön otsake ei saapunut %1 ms:n kuluessa.</translation>
    </message>
    <message>
        <source>The request body did not arrive within %1 ms.</source>
        <translation>Pyynnön runko ei saapunut %1 ms:n kuluessa.</translation>
    </message>
</context>
<context>
    <name>roamdesk::http::HttpServer</name>
    <message>
        <source>Too many open connections; try again later.</source>
        <translation>Liian monta avointa yhteyttä; yritä myöhemmin uudelleen.</translation>
    </message>
</context>
<context>
    <name>roamdesk::http::RequestParser</name>
    <message>
        <source>Request lines must end with CRLF.</source>
        <translation>Pyynnön rivien on päätyttävä merkkeihin CRLF.</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Pyynnön otsake on suurempi kuin %1 tavua.</translation>
    </message>
    <message>
        <source>The request does not start with a request line.</source>
        <translation>Pyyntö ei ala pyyntörivillä.</translation>
    </message>
    <message>
        <source>The request line is not METHOD TARGET HTTP-VERSION.</source>
        <translation>Pyyntörivi ei ole muotoa METHOD TARGET HTTP-VERSION.</translation>
    </message>
    <message>
        <source>The request method is not a token.</source>
        <translation>Pyynnön metodi ei ole kelvollinen HTTP-token.</translation>
    </message>
    <message>
        <source>The request target holds spaces or control characters.</source>
        <translation>Pyynnön kohde sisältää välilyöntejä tai ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>The request line does not end with an HTTP version.</source>
        <translation>Pyyntörivi ei pääty HTTP-versioon.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are served here.</source>
        <translation>Vain HTTP/1.0 ja HTTP/1.1 ovat tuettuja.</translation>
    </message>
    <message>
        <source>The request has more than %1 header fields.</source>
        <translation>Pyynnössä on yli %1 otsakekenttää.</translation>
    </message>
    <message>
        <source>Folded header fields are not accepted.</source>
        <translation>Taitettuja otsakekenttiä ei hyväksytä.</translation>
    </message>
    <message>
        <source>A header field is not NAME: VALUE.</source>
        <translation>Otsakekenttä ei ole muotoa NAME: VALUE.</translation>
    </message>
    <message>
        <source>A header field value holds control characters.</source>
        <translation>Otsakekentän arvo sisältää ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>Content-Length must be a decimal number of bytes.</source>
        <translation>Content-Length-arvon on oltava tavumäärä desimaalilukuna.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length fields.</source>
        <translation>Pyynnössä on ristiriitaisia Content-Length-kenttiä.</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is understood.</source>
        <translation>Vain &quot;Expect: 100-continue&quot; on tuettu.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request needs exactly one Host field.</source>
        <translation>HTTP/1.1-pyynnössä on oltava täsmälleen yksi Host-kenttä.</translation>
    </message>
    <message>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>Pyynnössä on sekä Content-Length että Transfer-Encoding.</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not defined for HTTP/1.0.</source>
        <translation>Transfer-Encoding ei ole määritelty HTTP/1.0:lle.</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is supported.</source>
        <translation>Vain chunked-siirtokoodaus on tuettu.</translation>
    </message>
    <message>
        <source>The body (%1 bytes) is larger than %2 bytes.</source>
        <translation>Runko (%1 tavua) on suurempi kuin %2 tavua.</translation>
    </message>
    <message>
        <source>A chunk-size or trailer line is too long.</source>
        <translation>Lohkon koon rivi tai trailer-rivi on liian pitkä.</translation>
    </message>
    <message>
        <source>A chunk size is not a hexadecimal number.</source>
        <translation>Lohkon koko ei ole heksadesimaaliluku.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Runko on suurempi kuin %1 tavua.</translation>
    </message>
    <message>
        <source>A chunk is longer than its announced size.</source>
        <translation>Lohko on pidempi kuin sen ilmoitettu koko.</translation>
    </message>
    <message>
        <source>The chunked trailer is too large.</source>
        <translation>Chunked-koodauksen trailer-osa on liian suuri.</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim</name>
    <message>
        <source>an MCC is a three-digit number from 200 to 999</source>
        <translation>MCC on kolminumeroinen luku väliltä 200–999</translation>
    </message>
    <message>
        <source>expected an MCC, a two-letter country code or &quot;home&quot;, got &quot;%1&quot;</source>
        <translation>odotettiin MCC:tä, kaksikirjaimista maakoodia tai arvoa &quot;home&quot;, saatiin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an MCC or a two-letter country code, got &quot;%1&quot;</source>
        <translation>odotettiin MCC:tä tai kaksikirjaimista maakoodia, saatiin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an MCC, a two-letter country code or &quot;home&quot;</source>
        <translation>odotettiin MCC:tä, kaksikirjaimista maakoodia tai arvoa &quot;home&quot;</translation>
    </message>
    <message>
        <source>expected an MCC or a two-letter country code</source>
        <translation>odotettiin MCC:tä tai kaksikirjaimista maakoodia</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim::FleetGenerator</name>
    <message>
        <source>a fleet has 0 to %1 devices, not %2</source>
        <translation>laitejoukossa on 0–%1 laitetta, ei %2</translation>
    </message>
    <message>
        <source>Synthetic fleet device</source>
        <translation>Synteettisen laitejoukon laite</translation>
    </message>
    <message>
        <source>the fleet in the state file is incomplete</source>
        <translation>tilatiedoston laitejoukko on puutteellinen</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim::Scenario</name>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>tiedosto on suurempi kuin 1 MiB</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>sarake %1: %2</translation>
    </message>
    <message>
        <source>a scenario is a JSON object</source>
        <translation>skenaario on JSON-objekti</translation>
    </message>
    <message>
        <source>a non-empty string is required</source>
        <translation>vaaditaan ei-tyhjä merkkijono</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>odotettiin merkkijonoa</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>odotettiin arvoa true tai false</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>odotettiin taulukkoa</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>odotettiin objektia</translation>
    </message>
    <message>
        <source>a device needs at least one of phoneNumber, networkAccessIdentifier, ipv4Address, ipv6Address</source>
        <translation>laitteella on oltava vähintään yksi seuraavista: phoneNumber, networkAccessIdentifier, ipv4Address, ipv6Address</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>odotettiin ei-tyhjää merkkijonoa</translation>
    </message>
    <message>
        <source>required when the device has no phoneNumber</source>
        <translation>pakollinen, kun laitteella ei ole phoneNumber-kenttää</translation>
    </message>
    <message>
        <source>device &quot;%1&quot; is defined twice</source>
        <translation>laite &quot;%1&quot; on määritelty kahdesti</translation>
    </message>
    <message>
        <source>required</source>
        <translation>pakollinen</translation>
    </message>
    <message>
        <source>required (an array of moves)</source>
        <translation>pakollinen (siirtojen taulukko)</translation>
    </message>
    <message>
        <source>too many steps (at most %1)</source>
        <translation>liian monta vaihetta (enintään %1)</translation>
    </message>
    <message>
        <source>required (seconds from the start)</source>
        <translation>pakollinen (sekunteja alusta)</translation>
    </message>
    <message>
        <source>expected a number of seconds &gt;= 0</source>
        <translation>odotettiin sekuntimäärää &gt;= 0</translation>
    </message>
    <message>
        <source>expected a device key</source>
        <translation>odotettiin laitteen avainta</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot;</source>
        <translation>tuntematon laite &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim::ScenarioError</name>
    <message>
        <source>line %1: %2</source>
        <translation>rivi %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>rivi %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim::SimulatedNetwork</name>
    <message>
        <source>Roaming in Germany</source>
        <translation>Verkkovierailulla Saksassa</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Kotiverkossa</translation>
    </message>
    <message>
        <source>Answers HTTP %1</source>
        <translation>Vastaa HTTP %1</translation>
    </message>
    <message>
        <source>a device needs a key and at least one identifier</source>
        <translation>laitteella on oltava avain ja vähintään yksi tunniste</translation>
    </message>
    <message>
        <source>an identifier of %1 already belongs to device %2</source>
        <translation>laitteen %1 tunniste kuuluu jo laitteelle %2</translation>
    </message>
    <message>
        <source>Device identifier not found.</source>
        <translation>Laitteen tunnistetta ei löytynyt.</translation>
    </message>
    <message>
        <source>Provided identifiers are not consistent.</source>
        <translation>Annetut tunnisteet eivät ole keskenään yhtenäisiä.</translation>
    </message>
    <message>
        <source>None of the provided device identifiers is supported (unsupported: %1).</source>
        <translation>Mikään annetuista laitetunnisteista ei ole tuettu (ei tuettu: %1).</translation>
    </message>
    <message>
        <source>not a RoamDesk simulator state file (format/version)</source>
        <translation>ei RoamDesk-simulaattorin tilatiedosto (muoto/versio)</translation>
    </message>
    <message>
        <source>a device in the state file has no key or identifiers</source>
        <translation>tilatiedoston laitteella ei ole avainta tai tunnisteita</translation>
    </message>
    <message>
        <source>a subscription in the state file is incomplete</source>
        <translation>tilatiedoston tilaus on puutteellinen</translation>
    </message>
    <message>
        <source>NAI, roaming in Spain</source>
        <translation>NAI, verkkovierailulla Espanjassa</translation>
    </message>
    <message>
        <source>IPv4 behind NAT, at home</source>
        <translation>IPv4 NAT:n takana, kotiverkossa</translation>
    </message>
    <message>
        <source>IPv4, roaming in Austria</source>
        <translation>IPv4, verkkovierailulla Itävallassa</translation>
    </message>
    <message>
        <source>IPv6, roaming in the UK</source>
        <translation>IPv6, verkkovierailulla Isossa-Britanniassa</translation>
    </message>
    <message>
        <source>The device left the network.</source>
        <translation>Laite poistui verkosta.</translation>
    </message>
    <message>
        <source>device %1 is already in the network, or has no key or identifier</source>
        <translation>laite %1 on jo verkossa, tai sillä ei ole avainta tai tunnistetta</translation>
    </message>
</context>
<context>
    <name>roamdesk::sim::SimulatorServer</name>
    <message>
        <source>already listening on port %1</source>
        <translation>kuuntelee jo porttia %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>ei voi kuunnella osoitetta %1:%2: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>ei voi kirjoittaa tiedostoa %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>ei voi lukea tiedostoa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a state file: %2</source>
        <translation>%1 ei ole tilatiedosto: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The simulator is shutting down.</source>
        <translation>Simulaattori sammuu.</translation>
    </message>
</context>
<context>
    <name>roamdesk::strictjson::Checker</name>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>sisäkkäisyys on syvempi kuin %1 tasoa</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice</source>
        <translation>avain &quot;%1&quot; esiintyy kahdesti</translation>
    </message>
    <message>
        <source>a control character (U+%1) must be escaped inside a string</source>
        <translation>ohjausmerkki (U+%1) on merkkijonon sisällä kirjoitettava escape-muodossa</translation>
    </message>
    <message>
        <source>\u%1 is a low surrogate without a high one before it</source>
        <translation>\u%1 on low surrogate -puolisko ilman edeltävää high surrogate -puoliskoa</translation>
    </message>
    <message>
        <source>\u%1 is a high surrogate without a low one after it</source>
        <translation>\u%1 on high surrogate -puolisko ilman seuraavaa low surrogate -puoliskoa</translation>
    </message>
    <message>
        <source>the text is not well-formed UTF-8</source>
        <translation>teksti ei ole kelvollista UTF-8:aa</translation>
    </message>
    <message>
        <source>not well-formed JSON</source>
        <translation>JSON ei ole hyvin muodostettua</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>odottamaton merkki</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>arvo puuttuu</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui</name>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>hetken päästä</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>juuri äsken</translation>
    </message>
    <message>
        <source>in %n min</source>
        <translation>%n min päästä</translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation>%n min sitten</translation>
    </message>
    <message>
        <source>in %n h</source>
        <translation>%n t päästä</translation>
    </message>
    <message>
        <source>%n h ago</source>
        <translation>%n t sitten</translation>
    </message>
    <message>
        <source>in %n day(s)</source>
        <translation>%n päivän päästä</translation>
    </message>
    <message>
        <source>%n day(s) ago</source>
        <translation>%n pv sitten</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::AboutDialog</name>
    <message>
        <source>About RoamDesk</source>
        <translation>Tietoja RoamDeskistä</translation>
    </message>
    <message>
        <source>&lt;h2&gt;RoamDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for the CAMARA Device Roaming Status APIs: look up devices, manage roaming-status subscriptions and watch CloudEvents arrive, against Network as Code, any CAMARA endpoint or the embedded simulator.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;RoamDesk is free software under the Apache License 2.0. Qt is used under the GNU LGPL v3. The CAMARA API definitions are © the CAMARA project, Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;RoamDesk %1&lt;/h2&gt;&lt;p&gt;Työpöytäkonsoli CAMARA Device Roaming Status -rajapinnoille: hae laitteiden tietoja, hallitse verkkovierailun tilaa koskevia tilauksia ja seuraa saapuvia CloudEvents-tapahtumia – Network as Codessa, missä tahansa CAMARA-palvelussa tai sisäänrakennetussa simulaattorissa.&lt;/p&gt;&lt;p&gt;Koottu Qt %2:lla (käytössä Qt %3).&lt;/p&gt;&lt;p&gt;RoamDesk on vapaa ohjelma, jota levitetään Apache License 2.0 -lisenssillä. Qt:ta käytetään GNU LGPL v3 -lisenssillä. CAMARA-rajapintojen määrittelyt © CAMARA-projekti, Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The world map draws Natural Earth&apos;s 1:110m country outlines (public domain, naturalearthdata.com), converted from the world-atlas package. Country names in your language come from Debian&apos;s iso-codes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Maailmankartta piirtää Natural Earthin 1:110m-mittakaavan maiden ääriviivat (vapaasti käytettävissä, naturalearthdata.com), jotka on muunnettu world-atlas-paketista. Maiden nimet omalla kielelläsi tulevat Debianin iso-codes-paketista.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::ActivityChart</name>
    <message>
        <source>Events per minute</source>
        <translation>Tapahtumia minuutissa</translation>
    </message>
    <message>
        <source>Events per minute (last hour, as filtered)</source>
        <translation>Tapahtumia minuutissa (viimeinen tunti, suodatettuna)</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::AlertsModel</name>
    <message>
        <source>Info</source>
        <translation>Tiedote</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kriittinen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Kuitattu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ohitettu</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Ensimmäinen: %1</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Viimeksi</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::AlertsPage</name>
    <message>
        <source>Forward each new alert to a web service</source>
        <translation>Välitä jokainen uusi hälytys verkkopalveluun</translation>
    </message>
    <message>
        <source>Forwarding URL</source>
        <translation>Välitysosoite</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-tunniste</translation>
    </message>
    <message>
        <source>sent as Authorization: Bearer …</source>
        <translation>lähetetään otsakkeessa Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Attempts per alert</source>
        <translation>Yrityksiä hälytystä kohden</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>Osoite:</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Bearer-tunniste:</translation>
    </message>
    <message>
        <source>Attempts per alert:</source>
        <translation>Yrityksiä hälytystä kohden:</translation>
    </message>
    <message>
        <source>Each new alert is sent once as JSON (rule, kind, severity, device, time, count, state, message). A failed delivery is tried again after 1 s, 2 s, 4 s and so on, up to the number of attempts; then it is given up and logged. The token is kept with the other secrets, never in the settings file.</source>
        <translation>Jokainen uusi hälytys lähetetään kerran JSON-muodossa (sääntö, laji, vakavuus, laite, aika, määrä, tila, viesti). Epäonnistunut toimitus yritetään uudelleen 1 s, 2 s, 4 s ja niin edelleen kuluttua, yritysten määrään asti; sitten siitä luovutaan ja se kirjataan lokiin. Tunniste säilytetään muiden salaisuuksien kanssa, ei koskaan asetustiedostossa.</translation>
    </message>
    <message>
        <source>Alert forwarding needs an http or https URL.</source>
        <translation>Hälytysten välitys tarvitsee http- tai https-osoitteen.</translation>
    </message>
    <message>
        <source>Alert forwarding sends the token: use https (http only to this computer).</source>
        <translation>Hälytysten välitys lähettää tunnisteen: käytä https-osoitetta (http vain tälle tietokoneelle).</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::AlertsView</name>
    <message>
        <source>Filter: rule, device, words of the message</source>
        <translation>Suodata: sääntö, laite, viestin sanat</translation>
    </message>
    <message>
        <source>Filter alerts</source>
        <translation>Suodata hälytyksiä</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Standing (open or acknowledged)</source>
        <translation>Voimassa (avoimet ja kuitatut)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoimet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Kuitatut</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistut</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ohitetut</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Kaikki vakavuudet</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Varoitukset ja kriittiset</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Vain kriittiset</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Säännöt…</translation>
    </message>
    <message>
        <source>View and edit the rules that raise alerts</source>
        <translation>Näytä ja muokkaa sääntöjä, jotka nostavat hälytyksiä</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hälytykset</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Kuittaa</translation>
    </message>
    <message>
        <source>Someone is on it: the alert stands, but no longer counts as open</source>
        <translation>Joku hoitaa asiaa: hälytys on yhä voimassa, mutta ei enää avoin</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Ratkaise</translation>
    </message>
    <message>
        <source>Dealt with: the next hit of the rule opens a new alert</source>
        <translation>Hoidettu: säännön seuraava osuma avaa uuden hälytyksen</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>&amp;Ohita</translation>
    </message>
    <message>
        <source>Not worth acting on: the next hit of the rule opens a new alert</source>
        <translation>Ei vaadi toimia: säännön seuraava osuma avaa uuden hälytyksen</translation>
    </message>
    <message>
        <source>Show &amp;device</source>
        <translation>Näytä &amp;laite</translation>
    </message>
    <message>
        <source>The device on the Devices board, with its journey</source>
        <translation>Laite Laitteet-näkymässä matkoineen</translation>
    </message>
    <message>
        <source>Show &amp;notification</source>
        <translation>Näytä &amp;ilmoitus</translation>
    </message>
    <message>
        <source>The notification that raised the alert, in the log</source>
        <translation>Hälytyksen nostanut ilmoitus lokissa</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n avoin</numerusform>
            <numerusform>%n avointa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n näkyvissä</numerusform>
            <numerusform>%n näkyvissä</numerusform>
        </translation>
    </message>
    <message>
        <source>Message of the current alert</source>
        <translation>Valitun hälytyksen viesti</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::CreateSubscriptionDialog</name>
    <message>
        <source>New subscription</source>
        <translation>Uusi tilaus</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Sink URL</source>
        <translation>Vastaanotto-URL</translation>
    </message>
    <message>
        <source>Where the network POSTs the notifications; by default this RoamDesk&apos;s receiver</source>
        <translation>Osoite, johon verkko lähettää ilmoitukset POST-pyyntöinä; oletuksena tämän RoamDeskin vastaanotin</translation>
    </message>
    <message>
        <source>Sin&amp;k:</source>
        <translation>&amp;Vastaanotto-URL:</translation>
    </message>
    <message>
        <source>Send a bearer &amp;token with each notification</source>
        <translation>Lähetä &amp;bearer-tunnus jokaisen ilmoituksen mukana</translation>
    </message>
    <message>
        <source>Sink access token</source>
        <translation>Vastaanoton käyttöoikeustunnus</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Generate a new token</source>
        <translation>Luo uusi tunnus</translation>
    </message>
    <message>
        <source>Generate a new random token</source>
        <translation>Luo uusi satunnainen tunnus</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Käyttöoikeus&amp;tunnus:</translation>
    </message>
    <message>
        <source>Token expires at</source>
        <translation>Tunnus vanhenee</translation>
    </message>
    <message>
        <source>Token e&amp;xpires:</source>
        <translation>Tunnus va&amp;nhenee:</translation>
    </message>
    <message>
        <source>Send the current status at once (&amp;initial event)</source>
        <translation>Lähetä nykyinen tila heti (alkutapa&amp;htuma)</translation>
    </message>
    <message>
        <source>Limit to</source>
        <translation>Rajoita</translation>
    </message>
    <message>
        <source>Maximum number of events</source>
        <translation>Tapahtumien enimmäismäärä</translation>
    </message>
    <message>
        <source> events</source>
        <translation> tapahtumaan</translation>
    </message>
    <message>
        <source>&amp;Max events:</source>
        <translation>&amp;Enintään tapahtumia:</translation>
    </message>
    <message>
        <source>Expire at</source>
        <translation>Vanhenee</translation>
    </message>
    <message>
        <source>Subscription expire time</source>
        <translation>Tilauksen vanhenemisaika</translation>
    </message>
    <message>
        <source>Ex&amp;pire time:</source>
        <translation>Vanhenemis&amp;aika:</translation>
    </message>
    <message>
        <source>Problems with this subscription</source>
        <translation>Tämän tilauksen ongelmat</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Luo</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>The API takes one event type per subscription: one subscription is created for each type ticked.</source>
        <translation>Rajapinta hyväksyy yhden tapahtumatyypin tilausta kohden: kullekin valitulle tyypille luodaan oma tilaus.</translation>
    </message>
    <message>
        <source>&amp;Event types:</source>
        <translation>Tapahtumat&amp;yypit:</translation>
    </message>
    <message>
        <source>Tick at least one event type.</source>
        <translation>Valitse vähintään yksi tapahtumatyyppi.</translation>
    </message>
    <message>
        <source>roaming-status: always sent, roaming or not.</source>
        <translation>roaming-status: lähetetään aina, oli laite verkkovierailulla tai ei.</translation>
    </message>
    <message>
        <source>roaming-on: sent only if the device is roaming now.</source>
        <translation>roaming-on: lähetetään vain, jos laite on nyt verkkovierailulla.</translation>
    </message>
    <message>
        <source>roaming-off: sent only if the device is at home now.</source>
        <translation>roaming-off: lähetetään vain, jos laite on nyt kotiverkossa.</translation>
    </message>
    <message>
        <source>roaming-change-country: never sent; it waits for the next country change.</source>
        <translation>roaming-change-country: ei lähetetä koskaan; odottaa seuraavaa maan vaihtumista.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::DesktopPage</name>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>Lan&amp;guage (from the next start):</source>
        <translation>&amp;Kieli (seuraavasta käynnistyksestä alkaen):</translation>
    </message>
    <message>
        <source>Sho&amp;w tray notifications</source>
        <translation>Näytä &amp;ilmoitusalueen ilmoitukset</translation>
    </message>
    <message>
        <source>Clicking a notification shows the event in the log.</source>
        <translation>Ilmoituksen napsauttaminen näyttää tapahtuman lokissa.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: alerts appear in the status bar instead.</source>
        <translation>Tällä työpöydällä ei ole ilmoitusaluetta: hälytykset näytetään sen sijaan tilarivillä.</translation>
    </message>
    <message>
        <source>New alerts of warning severity and above; the rules decide which events raise them</source>
        <translation>Uudet varoitustason ja vakavammat hälytykset; säännöt päättävät, mitkä tapahtumat nostavat niitä</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::DeviceEditor</name>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <source>N&amp;AI</source>
        <translation>N&amp;AI</translation>
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
        <translation>Tunnisteen tyyppi: %1</translation>
    </message>
    <message>
        <source>+99999991000</source>
        <translation>+99999991000</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>E.164 with a leading +, e.g. +99999991000</source>
        <translation>E.164-muodossa, alussa +, esim. +99999991000</translation>
    </message>
    <message>
        <source>user@domain.example</source>
        <translation>käyttäjä@domain.example</translation>
    </message>
    <message>
        <source>Network access identifier</source>
        <translation>Verkkoyhteystunniste (NAI)</translation>
    </message>
    <message>
        <source>203.0.113.7</source>
        <translation>203.0.113.7</translation>
    </message>
    <message>
        <source>Public IPv4 address</source>
        <translation>Julkinen IPv4-osoite</translation>
    </message>
    <message>
        <source>10.0.0.7</source>
        <translation>10.0.0.7</translation>
    </message>
    <message>
        <source>Private IPv4 address</source>
        <translation>Yksityinen IPv4-osoite</translation>
    </message>
    <message>
        <source>port</source>
        <translation>portti</translation>
    </message>
    <message>
        <source>Public port</source>
        <translation>Julkinen portti</translation>
    </message>
    <message>
        <source>Public:</source>
        <translation>Julkinen:</translation>
    </message>
    <message>
        <source>Private:</source>
        <translation>Yksityinen:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Portti:</translation>
    </message>
    <message>
        <source>2001:db8::7</source>
        <translation>2001:db8::7</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-osoite</translation>
    </message>
    <message>
        <source>Identifier validation</source>
        <translation>Tunnisteen tarkistus</translation>
    </message>
    <message>
        <source>Enter an identifier.</source>
        <translation>Anna tunniste.</translation>
    </message>
    <message>
        <source>✓ valid E.164 number</source>
        <translation>✓ kelvollinen E.164-numero</translation>
    </message>
    <message>
        <source>✓ network access identifier</source>
        <translation>✓ verkkoyhteystunniste (NAI)</translation>
    </message>
    <message>
        <source>✓ valid IPv4 identifier</source>
        <translation>✓ kelvollinen IPv4-tunniste</translation>
    </message>
    <message>
        <source>✓ valid IPv6 address</source>
        <translation>✓ kelvollinen IPv6-osoite</translation>
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
        <translation>%1 pv %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Laitteet</translation>
    </message>
    <message>
        <source>Su&amp;bscribe…</source>
        <translation>Til&amp;aa ilmoitukset…</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>Näytä ilmoituks&amp;et</translation>
    </message>
    <message>
        <source>&amp;Copy identifiers</source>
        <translation>Ko&amp;pioi tunnisteet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Find a device</source>
        <translation>Etsi laite</translation>
    </message>
    <message>
        <source>Dwell time over</source>
        <translation>Oleskeluaika ajalta</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Viimeiset 24 tuntia</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <source>Last 120 days</source>
        <translation>Viimeiset 120 päivää</translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation>Koko matka</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Vie CSV…</translation>
    </message>
    <message>
        <source>Save &amp;picture…</source>
        <translation>Tallenna &amp;kuva…</translation>
    </message>
    <message>
        <source>Dwell time over:</source>
        <translation>Oleskeluaika ajalta:</translation>
    </message>
    <message>
        <source>Time per country</source>
        <translation>Aika maittain</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Kaikki (%1)</translation>
    </message>
    <message>
        <source>✈ Roaming (%1)</source>
        <translation>✈ Verkkovierailulla (%1)</translation>
    </message>
    <message>
        <source>⌂ At home (%1)</source>
        <translation>⌂ Kotiverkossa (%1)</translation>
    </message>
    <message>
        <source>? Not known (%1)</source>
        <translation>? Tuntematon (%1)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Kaikki maat</translation>
    </message>
    <message>
        <source>%1 — %2 roaming, %3 at home</source>
        <translation>%1 — verkkovierailulla %2, kotiverkossa %3</translation>
    </message>
    <message>
        <source>%1 — no device now</source>
        <translation>%1 — ei laitteita nyt</translation>
    </message>
    <message>
        <source>Journey: choose one device</source>
        <translation>Matka: valitse yksi laite</translation>
    </message>
    <message>
        <source>Journey of %1</source>
        <translation>Laitteen %1 matka</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Tuntematon maa</translation>
    </message>
    <message>
        <source>Export the journey</source>
        <translation>Vie matka</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Save the journey as a picture</source>
        <translation>Tallenna matka kuvana</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>Look up a&amp;gain</source>
        <translation>Hae uu&amp;delleen</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>&amp;Kysy kaikki…</translation>
    </message>
    <message>
        <source>Look up the selected devices, or every imported one when none is selected, within the provider&apos;s quota</source>
        <translation>Hae valittujen laitteiden tila, tai kaikkien tuotujen, jos mitään ei ole valittu, palveluntarjoajan kiintiön rajoissa</translation>
    </message>
    <message>
        <source>&amp;Import devices…</source>
        <translation>&amp;Tuo laitteita…</translation>
    </message>
    <message>
        <source>Add the devices of a CSV or JSON Lines file to the board, to watch and look up</source>
        <translation>Lisää CSV- tai JSON Lines -tiedoston laitteet tauluun seurattaviksi ja haettaviksi</translation>
    </message>
    <message>
        <source>Find a device, or filter: roaming = true and age &gt; 2h…</source>
        <translation>Etsi laite tai suodata: roaming = true and age &gt; 2h…</translation>
    </message>
    <message>
        <source>&lt;p&gt;A device&apos;s number or address, or a filter expression over the devices:&lt;/p&gt;&lt;p&gt;Fields: &lt;code&gt;device roaming country mcc since lastEvent time status age ended reason&lt;/code&gt;&lt;br&gt;Compare: &lt;code&gt;= != &amp;lt; &amp;lt;= &amp;gt; &amp;gt;=&lt;/code&gt;, &lt;code&gt;^=&lt;/code&gt; (starts with), &lt;code&gt;in {DE, AT}&lt;/code&gt;; combine with &lt;code&gt;and or not ( )&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Examples: &lt;code&gt;roaming = true and country in {DE, AT}&lt;/code&gt;, &lt;code&gt;age &amp;gt; 2h&lt;/code&gt; (no status for two hours), &lt;code&gt;since &amp;lt; -7d&lt;/code&gt;, &lt;code&gt;lastEvent = roaming-on&lt;/code&gt;, &lt;code&gt;ended = true&lt;/code&gt;&lt;/p&gt;&lt;p&gt;The full grammar: docs/filter-language.md&lt;/p&gt;</source>
        <translation>&lt;p&gt;Laitteen numero tai osoite, tai suodatinlauseke laitteille:&lt;/p&gt;&lt;p&gt;Kentät: &lt;code&gt;device roaming country mcc since lastEvent time status age ended reason&lt;/code&gt;&lt;br&gt;Vertailu: &lt;code&gt;= != &amp;lt; &amp;lt;= &amp;gt; &amp;gt;=&lt;/code&gt;, &lt;code&gt;^=&lt;/code&gt; (alkaa), &lt;code&gt;in {DE, AT}&lt;/code&gt;; yhdistä sanoilla &lt;code&gt;and or not ( )&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Esimerkkejä: &lt;code&gt;roaming = true and country in {DE, AT}&lt;/code&gt;, &lt;code&gt;age &amp;gt; 2h&lt;/code&gt; (ei tilaa kahteen tuntiin), &lt;code&gt;since &amp;lt; -7d&lt;/code&gt;, &lt;code&gt;lastEvent = roaming-on&lt;/code&gt;, &lt;code&gt;ended = true&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Koko kielioppi: docs/filter-language.md&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Suodatin: %1</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Tuo laitteita</translation>
    </message>
    <message>
        <source>Device lists (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Laiteluettelot (*.csv *.jsonl *.ndjson *.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n device(s) from %1, %2 new.</source>
        <translation>
            <numerusform>Tuotiin %n laite tiedostosta %1, uusia %2.</numerusform>
            <numerusform>Tuotiin %n laitetta tiedostosta %1, uusia %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out:</source>
        <translation>
            <numerusform>%n rivi jätettiin pois:</numerusform>
            <numerusform>%n riviä jätettiin pois:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>At home (not roaming)</source>
        <translation>Kotiverkossa (ei verkkovierailulla)</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::EnvironmentsPage</name>
    <message>
        <source>Environment profiles</source>
        <translation>Ympäristöprofiilit</translation>
    </message>
    <message>
        <source>Add custo&amp;m…</source>
        <translation>Lisää &amp;oma…</translation>
    </message>
    <message>
        <source>A CAMARA endpoint of your own, with a bearer token or OAuth2 client credentials</source>
        <translation>Oma CAMARA-palvelu bearer-tunnuksella tai OAuth2-asiakastunnistetiedoilla</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiili:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Laji:</translation>
    </message>
    <message>
        <source>API root URL</source>
        <translation>API-juuren URL</translation>
    </message>
    <message>
        <source>API r&amp;oot:</source>
        <translation>API-&amp;juuri:</translation>
    </message>
    <message>
        <source>Follows the simulator, whose port changes with every start.</source>
        <translation>Seuraa simulaattoria, jonka portti vaihtuu joka käynnistyksellä.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Tunnistautuminen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Network as Code application key</source>
        <translation>Network as Coden sovellusavain</translation>
    </message>
    <message>
        <source>Bearer access token</source>
        <translation>Bearer-käyttöoikeustunnus</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-asiakastunnistetiedot</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Tunnistautu&amp;minen:</translation>
    </message>
    <message>
        <source>X-RapidAPI-Host</source>
        <translation>X-RapidAPI-Host</translation>
    </message>
    <message>
        <source>RapidAPI host:</source>
        <translation>RapidAPI-isäntä:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>&amp;Sovellusavain:</translation>
    </message>
    <message>
        <source>application key</source>
        <translation>sovellusavain</translation>
    </message>
    <message>
        <source>&amp;Bearer token:</source>
        <translation>&amp;Bearer-tunnus:</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>bearer-tunnus</translation>
    </message>
    <message>
        <source>OAuth2 token URL</source>
        <translation>OAuth2-tunnuksen URL</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>Tunnuksen &amp;URL:</translation>
    </message>
    <message>
        <source>OAuth2 client id</source>
        <translation>OAuth2-asiakas-ID</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>Asia&amp;kas-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Asiakassalaisuus:</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>asiakassalaisuus</translation>
    </message>
    <message>
        <source>OAuth2 scope</source>
        <translation>OAuth2-oikeusalue (scope)</translation>
    </message>
    <message>
        <source>optional, space separated</source>
        <translation>valinnainen, välilyönnein eroteltu</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Oikeusalue (scope):</translation>
    </message>
    <message>
        <source>Subscriptions API version</source>
        <translation>Tilausrajapinnan versio</translation>
    </message>
    <message>
        <source>Subscriptions AP&amp;I:</source>
        <translation>Tilaus&amp;rajapinta:</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Pyynnön aikakatkaisu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Aikakatkaisu:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>T&amp;estaa yhteys</translation>
    </message>
    <message>
        <source>Lists the subscriptions of this profile, as edited, to check address and credentials</source>
        <translation>Luettelee tämän profiilin tilaukset muokatuilla asetuksilla osoitteen ja tunnistetietojen tarkistamiseksi</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Yhteystestin tulos</translation>
    </message>
    <message>
        <source>Secrets are %1.</source>
        <translation>Salaisuudet %1.</translation>
    </message>
    <message>
        <source>The desktop keyring is not used: %1.</source>
        <translation>Työpöydän avainnippua ei käytetä: %1.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Näytä %1</translation>
    </message>
    <message>
        <source>Show or hide the %1</source>
        <translation>Näytä tai piilota %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Tallennettu nimellä %1</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Pa&amp;lauta</translation>
    </message>
    <message>
        <source>Remove this profile and its secrets</source>
        <translation>Poista tämä profiili ja sen salaisuudet</translation>
    </message>
    <message>
        <source>Put this built-in profile back to its defaults</source>
        <translation>Palauta tämän sisäänrakennetun profiilin oletusasetukset</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Uusi ympäristö</translation>
    </message>
    <message>
        <source>Name of the CAMARA endpoint profile:</source>
        <translation>CAMARA-palvelun profiilin nimi:</translation>
    </message>
    <message>
        <source>✗ A profile needs a name that is not taken yet.</source>
        <translation>✗ Profiililla on oltava nimi, joka ei ole vielä käytössä.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Listing the subscriptions at %1…</source>
        <translation>Luetellaan tilauksia osoitteessa %1…</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: HTTP %1 in %2 ms, %n subscription(s) listed.</source>
        <translation>
            <numerusform>✓ Yhdistetty: HTTP %1 (%2 ms), %n tilaus luettelossa.</numerusform>
            <numerusform>✓ Yhdistetty: HTTP %1 (%2 ms), %n tilausta luettelossa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile %1 needs an absolute API root URL.</source>
        <translation>Profiili %1 tarvitsee absoluuttisen API-juuren URL:n.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::EventKindProxy</name>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::FleetMapPanel</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Lähennä (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Loitonna (−)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Koko maailma</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Näytä koko maailma (0)</translation>
    </message>
    <message>
        <source>Fit devices</source>
        <translation>Sovita laitteet</translation>
    </message>
    <message>
        <source>Zoom to the countries with devices</source>
        <translation>Lähennä maihin, joissa on laitteita</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) roaming, %1 at home, %2 not known.</source>
        <translation>
            <numerusform>%n laite verkkovierailulla, %1 kotiverkossa, %2 tilaltaan tuntematon.</numerusform>
            <numerusform>%n laitetta verkkovierailulla, %1 kotiverkossa, %2 tilaltaan tuntematon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many devices for markers: countries show the counts.</source>
        <translation>Laitteita on liikaa merkeiksi: maissa näytetään lukumäärät.</translation>
    </message>
    <message>
        <source>Click a country to show its devices on the Devices board.</source>
        <translation>Napsauta maata, niin sen laitteet näytetään Laitteet-näkymässä.</translation>
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
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey timeline</source>
        <translation>Matkan aikajana</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Tuntematon maa</translation>
    </message>
    <message>
        <source>Choose a device to see where it has been: one band per country, roaming stays hatched.</source>
        <translation>Valitse laite nähdäksesi, missä se on ollut: yksi kaista kutakin maata kohden, verkkovierailujaksot viivoitettuina.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nyt</translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation>Verkkovierailulla</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Kotiverkossa</translation>
    </message>
    <message>
        <source>until now</source>
        <translation>tähän asti</translation>
    </message>
    <message>
        <source>%1 in %2
%3 – %4 (%5)</source>
        <translation>%1: %2
%3 – %4 (%5)</translation>
    </message>
    <message>
        <source>At home (not roaming)</source>
        <translation>Kotiverkossa (ei verkkovierailulla)</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::LookupPanel</name>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <source>Look up roaming status</source>
        <translation>Hae verkkovierailun tila</translation>
    </message>
    <message>
        <source>Subscribe to this device</source>
        <translation>Tilaa tämän laitteen tapahtumat</translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation>Verkkovierailu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Mobile country code</source>
        <translation>Matkaviestinverkon maakoodi (MCC)</translation>
    </message>
    <message>
        <source>Last status time</source>
        <translation>Tilan viimeisin päivitysaika</translation>
    </message>
    <message>
        <source>Roaming:</source>
        <translation>Verkkovierailu:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Maa:</translation>
    </message>
    <message>
        <source>MCC:</source>
        <translation>MCC:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Päivitetty:</translation>
    </message>
    <message>
        <source>Lookup error</source>
        <translation>Hakuvirhe</translation>
    </message>
    <message>
        <source>Recent lookups</source>
        <translation>Viimeisimmät haut</translation>
    </message>
    <message>
        <source>Double-click to look the device up again</source>
        <translation>Hae laite uudelleen kaksoisnapsauttamalla</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <source>▲ Yes, roaming</source>
        <translation>▲ Kyllä, verkkovierailulla</translation>
    </message>
    <message>
        <source>● No, at home</source>
        <translation>● Ei, kotiverkossa</translation>
    </message>
    <message>
        <source>none (international code)</source>
        <translation>ei mikään (kansainvälinen koodi)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ei ilmoitettu</translation>
    </message>
    <message>
        <source>home network</source>
        <translation>kotiverkko</translation>
    </message>
    <message>
        <source>unknown (not reported)</source>
        <translation>tuntematon (ei ilmoitettu)</translation>
    </message>
    <message>
        <source>✗ Lookup failed</source>
        <translation>✗ Haku epäonnistui</translation>
    </message>
    <message>
        <source>S&amp;ubscribe…</source>
        <translation>Tilaa ilmoit&amp;ukset…</translation>
    </message>
    <message>
        <source>Result for device</source>
        <translation>Laitteen tulos</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Laite:</translation>
    </message>
    <message>
        <source>Lookup progress</source>
        <translation>Haun eteneminen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Cancel the lookup</source>
        <translation>Peruuta haku</translation>
    </message>
    <message>
        <source>Stop this lookup, also while it waits to retry</source>
        <translation>Lopeta tämä haku, myös kun se odottaa uutta yritystä</translation>
    </message>
    <message>
        <source>Lookup cancelled</source>
        <translation>Haku peruttu</translation>
    </message>
    <message>
        <source>Retrying (%1 of %2)…</source>
        <translation>Yritetään uudelleen (%1/%2)…</translation>
    </message>
    <message>
        <source>Retrying (%1 of %2) in %3 s…</source>
        <translation>Yritetään uudelleen (%1/%2) %3 s:n kuluttua…</translation>
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
        <translation>Simulaattori</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Ilmoitukset</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Liikenne</translation>
    </message>
    <message>
        <source>Exported %1 notifications to %2.</source>
        <translation>Vietiin tiedostoon %2 ilmoituksia: %1.</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>Vienti tiedostoon %1 epäonnistui: %2</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Ympäristö:</translation>
    </message>
    <message>
        <source>Which network the lookups and subscriptions go to</source>
        <translation>Mihin verkkoon haut ja tilaukset lähetetään</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Export notifications…</source>
        <translation>&amp;Vie ilmoitukset…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Device lookup</source>
        <translation>Laite&amp;haku</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>Ti&amp;laukset</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Ilmoitukset</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>Lii&amp;kenne</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Filter notifications</source>
        <translation>&amp;Suodata ilmoituksia</translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <source>&amp;New subscription…</source>
        <translation>&amp;Uusi tilaus…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>Po&amp;ista valitut…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>S&amp;imulator</source>
        <translation>&amp;Simulaattori</translation>
    </message>
    <message>
        <source>&amp;Move selected device</source>
        <translation>&amp;Siirrä valittu laite</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Send selected device &amp;home</source>
        <translation>Lähetä valittu laite &amp;kotiin</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Play / pause scenario</source>
        <translation>&amp;Toista / keskeytä skenaario</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About RoamDesk…</source>
        <translation>&amp;Tietoja RoamDeskistä…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Tietoja &amp;Qt:sta…</translation>
    </message>
    <message>
        <source>Export notifications</source>
        <translation>Vie ilmoitukset</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the notifications shown to %1…</source>
        <translation>Viedään näytettyjä ilmoituksia tiedostoon %1…</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Vienti on jo käynnissä.</translation>
    </message>
    <message>
        <source>RoamDesk — %1</source>
        <translation>RoamDesk — %1</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Ilmoitukset (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Switch &amp;environment</source>
        <translation>Vaihda &amp;ympäristö</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Copy request as &amp;curl</source>
        <translation>Kopioi pyyntö &amp;curl-komentona</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy notification &amp;JSON</source>
        <translation>Kopioi ilmoituksen &amp;JSON</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Mark notifications &amp;read</source>
        <translation>&amp;Merkitse ilmoitukset luetuiksi</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Delete subscriptions</source>
        <translation>Poista tilaukset</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n subscription(s)? The network stops sending their notifications.</source>
        <translation>
            <numerusform>Poistetaanko %n tilaus? Verkko lakkaa lähettämästä sen ilmoituksia.</numerusform>
            <numerusform>Poistetaanko %n tilausta? Verkko lakkaa lähettämästä niiden ilmoituksia.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show RoamDesk</source>
        <translation>Näytä RoamDesk</translation>
    </message>
    <message>
        <source>The receiver settings apply the next time RoamDesk starts.</source>
        <translation>Vastaanottimen asetukset tulevat voimaan, kun RoamDesk käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <source>Key, token and API version of this environment</source>
        <translation>Tämän ympäristön avain, tunnus ja API-versio</translation>
    </message>
    <message>
        <source>Environments, credentials, receiver and desktop</source>
        <translation>Ympäristöt, tunnistetiedot, vastaanotin ja työpöytä</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Send the selected request again, with its real credentials</source>
        <translation>Lähetä valittu pyyntö uudelleen oikeilla tunnistetiedoilla</translation>
    </message>
    <message>
        <source>Re-sent: HTTP %1.</source>
        <translation>Lähetetty uudelleen: HTTP %1.</translation>
    </message>
    <message>
        <source>Re-sent, no answer: %1</source>
        <translation>Lähetetty uudelleen, ei vastausta: %1</translation>
    </message>
    <message>
        <source>Select a request in the traffic list to re-send it.</source>
        <translation>Valitse liikenneluettelosta pyyntö, jonka haluat lähettää uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Go to newest notification</source>
        <translation>Siirry &amp;uusimpaan ilmoitukseen</translation>
    </message>
    <message>
        <source>Re-send re&amp;quest</source>
        <translation>Lähetä &amp;pyyntö uudelleen</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>L&amp;aitteet</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Ka&amp;rtta</translation>
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
        <translation>Laitteet</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kartta</translation>
    </message>
    <message>
        <source>Quit RoamDesk</source>
        <translation>Lopeta RoamDesk</translation>
    </message>
    <message numerus="yes">
        <source>Quit and end %n subscription(s)? The simulator&apos;s state cannot be saved, so its live subscriptions end now.</source>
        <translation>
            <numerusform>Lopetetaanko ja päätetäänkö %n tilaus? Simulaattorin tilaa ei voi tallentaa, joten sen voimassa olevat tilaukset päättyvät nyt.</numerusform>
            <numerusform>Lopetetaanko ja päätetäänkö %n tilausta? Simulaattorin tilaa ei voi tallentaa, joten sen voimassa olevat tilaukset päättyvät nyt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>&amp;Reset simulator…</source>
        <translation>Nollaa si&amp;mulaattori…</translation>
    </message>
    <message>
        <source>Devices back to their start, no scenario, speed 1×; live subscriptions end</source>
        <translation>Laitteet palaavat lähtöpaikkaansa, ei skenaariota, nopeus 1×; voimassa olevat tilaukset päättyvät</translation>
    </message>
    <message>
        <source>Subscription &amp;plan…</source>
        <translation>Tilaus&amp;suunnitelma…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hälytykset</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Hälytykset (%1)</translation>
    </message>
    <message>
        <source>%1 is not on the Devices board.</source>
        <translation>%1 ei ole Laitteet-näkymässä.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::NotificationLogView</name>
    <message>
        <source>Notification filter</source>
        <translation>Ilmoitussuodatin</translation>
    </message>
    <message>
        <source>Event type filter</source>
        <translation>Tapahtumatyypin suodatin</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>Jump to the newest notification</source>
        <translation>Siirry uusimpaan ilmoitukseen</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Ilmoitukset, uusin ensin</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>&amp;Kopioi JSON</translation>
    </message>
    <message>
        <source>Selected notification as JSON</source>
        <translation>Valittu ilmoitus JSON-muodossa</translation>
    </message>
    <message>
        <source>Select a notification to see its CloudEvent.</source>
        <translation>Valitse ilmoitus nähdäksesi sen CloudEventin.</translation>
    </message>
    <message>
        <source>Copy the notification JSON</source>
        <translation>Kopioi ilmoituksen JSON</translation>
    </message>
    <message>
        <source>%1 shown of %2 stored</source>
        <translation>Näytetään %1/%2 tallennetusta</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Filtering %1 stored notifications…</source>
        <translation>Suodatetaan tallennettuja ilmoituksia (%1)…</translation>
    </message>
    <message>
        <source>%1 shown of %2 stored — loading…</source>
        <translation>Näytetään %1/%2 tallennetusta — ladataan…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>Save the selected notification&apos;s JSON to a file</source>
        <translation>Tallenna valitun ilmoituksen JSON tiedostoon</translation>
    </message>
    <message>
        <source>Following new events</source>
        <translation>Seurataan uusia tapahtumia</translation>
    </message>
    <message>
        <source>The newest notifications appear at the top. Scroll down to pause.</source>
        <translation>Uusimmat ilmoitukset näkyvät ylimpänä. Vieritä alas keskeyttääksesi seurannan.</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n new, jump to newest</source>
        <translation>
            <numerusform>Keskeytetty — %n uusi, siirry uusimpaan</numerusform>
            <numerusform>Keskeytetty — %n uutta, siirry uusimpaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — jump to newest</source>
        <translation>Keskeytetty — siirry uusimpaan</translation>
    </message>
    <message>
        <source>Jump to the newest notification and follow new ones.</source>
        <translation>Siirry uusimpaan ilmoitukseen ja seuraa uusia.</translation>
    </message>
    <message>
        <source>Save this notification</source>
        <translation>Tallenna tämä ilmoitus</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Tallennettu tiedostoon %1</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>Suo&amp;datin:</translation>
    </message>
    <message>
        <source>Save this &amp;notification…</source>
        <translation>Tall&amp;enna tämä ilmoitus…</translation>
    </message>
    <message>
        <source>Copied the JSON to the clipboard.</source>
        <translation>JSON kopioitiin leikepöydälle.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiivisuus</translation>
    </message>
    <message>
        <source>Show or hide the events per minute over the last hour</source>
        <translation>Näytä tai piilota tapahtumat minuuteittain viimeisen tunnin ajalta</translation>
    </message>
    <message>
        <source>roaming = true and country in {DE, FR}, type:roaming-on, sub:3f2… or any text</source>
        <translation>roaming = true and country in {DE, FR}, type:roaming-on, sub:3f2… tai mikä tahansa teksti</translation>
    </message>
    <message>
        <source>Filter language help</source>
        <translation>Suodatinkielen ohje</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Filter language&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fields: &lt;code&gt;type device country mcc roaming subscription reason time received source id&lt;/code&gt;&lt;br&gt;Compare: &lt;code&gt;= != &amp;lt; &amp;lt;= &amp;gt; &amp;gt;=&lt;/code&gt;, starts with: &lt;code&gt;^=&lt;/code&gt; or a trailing &lt;code&gt;*&lt;/code&gt;, sets: &lt;code&gt;in {FI, SE}&lt;/code&gt;&lt;br&gt;Combine: &lt;code&gt;and&lt;/code&gt; (or just a space), &lt;code&gt;or&lt;/code&gt;, &lt;code&gt;not&lt;/code&gt;, &lt;code&gt;( )&lt;/code&gt;&lt;br&gt;Values: words, &lt;code&gt;&quot;quoted text&quot;&lt;/code&gt;, numbers, &lt;code&gt;true false null&lt;/code&gt;, times (&lt;code&gt;2026-05-01T12:00:00Z&lt;/code&gt;, &lt;code&gt;-2h&lt;/code&gt;, &lt;code&gt;-30m&lt;/code&gt;, &lt;code&gt;-7d&lt;/code&gt;)&lt;br&gt;Short forms: &lt;code&gt;type:roaming-on device:+3581234 sub:3f2a&lt;/code&gt;; other words match the start of any word a row shows.&lt;/p&gt;&lt;p&gt;Examples: &lt;code&gt;roaming = true and country in {DE, AT}&lt;/code&gt;, &lt;code&gt;type ^= roaming and time &amp;gt; -2h&lt;/code&gt;, &lt;code&gt;not reason = &quot;&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;The full grammar: docs/filter-language.md&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Suodatinkieli&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kentät: &lt;code&gt;type device country mcc roaming subscription reason time received source id&lt;/code&gt;&lt;br&gt;Vertailu: &lt;code&gt;= != &amp;lt; &amp;lt;= &amp;gt; &amp;gt;=&lt;/code&gt;, alkaa: &lt;code&gt;^=&lt;/code&gt; tai lopussa &lt;code&gt;*&lt;/code&gt;, joukot: &lt;code&gt;in {FI, SE}&lt;/code&gt;&lt;br&gt;Yhdistä: &lt;code&gt;and&lt;/code&gt; (tai pelkkä välilyönti), &lt;code&gt;or&lt;/code&gt;, &lt;code&gt;not&lt;/code&gt;, &lt;code&gt;( )&lt;/code&gt;&lt;br&gt;Arvot: sanat, &lt;code&gt;&quot;lainattu teksti&quot;&lt;/code&gt;, luvut, &lt;code&gt;true false null&lt;/code&gt;, ajat (&lt;code&gt;2026-05-01T12:00:00Z&lt;/code&gt;, &lt;code&gt;-2h&lt;/code&gt;, &lt;code&gt;-30m&lt;/code&gt;, &lt;code&gt;-7d&lt;/code&gt;)&lt;br&gt;Lyhyet muodot: &lt;code&gt;type:roaming-on device:+3581234 sub:3f2a&lt;/code&gt;; muut sanat osuvat minkä tahansa rivillä näkyvän sanan alkuun.&lt;/p&gt;&lt;p&gt;Esimerkkejä: &lt;code&gt;roaming = true and country in {DE, AT}&lt;/code&gt;, &lt;code&gt;type ^= roaming and time &amp;gt; -2h&lt;/code&gt;, &lt;code&gt;not reason = &quot;&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Koko kielioppi: docs/filter-language.md&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Suodatin: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::PlanView</name>
    <message>
        <source>Subscription plan</source>
        <translation>Tilaussuunnitelma</translation>
    </message>
    <message>
        <source>Plan file (JSON)</source>
        <translation>Suunnitelmatiedosto (JSON)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Suunnitelma:</translation>
    </message>
    <message>
        <source>&amp;Dry run (only show what would be done)</source>
        <translation>&amp;Kuivaharjoitus (näytä vain, mitä tehtäisiin)</translation>
    </message>
    <message>
        <source>&amp;Apply now</source>
        <translation>&amp;Toteuta nyt</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Pidä käynnissä</translation>
    </message>
    <message>
        <source>Apply the plan every minute while this window is open.</source>
        <translation>Toteuta suunnitelma minuutin välein, kun tämä ikkuna on auki.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tapahtumatyyppi</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Kattavuus</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Viimeisin toimenpide</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Devices and event types</source>
        <translation>Laitteet ja tapahtumatyypit</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>The plan is being applied; open another one when it is done.</source>
        <translation>Suunnitelmaa toteutetaan; avaa toinen, kun se on valmis.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan has problems:</source>
        <translation>Suunnitelmassa on ongelmia:</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n device(s), event types %2, sink %3</source>
        <translation>
            <numerusform>“%1”: %n laite, tapahtumatyypit %2, vastaanotin %3</numerusform>
            <numerusform>“%1”: %n laitetta, tapahtumatyypit %2, vastaanotin %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded. Apply to create what is missing.</source>
        <translation>Ladattu. Toteuta luodaksesi puuttuvat.</translation>
    </message>
    <message>
        <source>Open a subscription plan</source>
        <translation>Avaa tilaussuunnitelma</translation>
    </message>
    <message>
        <source>JSON plans (*.json)</source>
        <translation>JSON-suunnitelmat (*.json)</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Toteutetaan…</translation>
    </message>
    <message>
        <source>Kept: applied every minute while this window is open.</source>
        <translation>Pidetään voimassa: toteutetaan minuutin välein, kun tämä ikkuna on auki.</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Katettu</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Ei katettu</translation>
    </message>
    <message>
        <source>%1 (dry run)</source>
        <translation>%1 (kuivaharjoitus)</translation>
    </message>
    <message>
        <source>Done: the plan holds.</source>
        <translation>Valmis: suunnitelma pitää.</translation>
    </message>
    <message>
        <source>Not everything worked: %1</source>
        <translation>Kaikki ei onnistunut: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older action(s) not shown: the list keeps the newest %1.</source>
        <translation>
            <numerusform>%n vanhempi toimenpide ei näy: luettelo säilyttää uusimmat %1.</numerusform>
            <numerusform>%n vanhempaa toimenpidettä ei näy: luettelo säilyttää uusimmat %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::Preferences</name>
    <message>
        <source>The receiver address is not an IP address.</source>
        <translation>Vastaanottimen osoite ei ole IP-osoite.</translation>
    </message>
    <message>
        <source>The public sink URL must be an http:// or https:// URL with a host.</source>
        <translation>Julkisen vastaanotto-URL:n on oltava http://- tai https://-URL, jossa on isäntä.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate file and a key file.</source>
        <translation>TLS vaatii sekä varmennetiedoston että avaintiedoston.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Tiedostoa %1 ei voi lukea.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::ReceiverPage</name>
    <message>
        <source>Receiver address</source>
        <translation>Vastaanottimen osoite</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the receiver private to this computer; 0.0.0.0 listens on every interface</source>
        <translation>127.0.0.1 pitää vastaanottimen vain tämän tietokoneen käytössä; 0.0.0.0 kuuntelee kaikkia verkkoliitäntöjä</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Kuuntele &amp;osoitteessa:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Vastaanottimen portti</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>mikä tahansa vapaa portti</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Portti:</translation>
    </message>
    <message>
        <source>Public sink URL</source>
        <translation>Julkinen vastaanotto-URL</translation>
    </message>
    <message>
        <source>empty: the local URL (use a tunnel or proxy URL for a real network)</source>
        <translation>tyhjä: paikallinen URL (käytä oikean verkon kanssa tunnelin tai välityspalvelimen URL:ää)</translation>
    </message>
    <message>
        <source>Public si&amp;nk URL:</source>
        <translation>&amp;Julkinen vastaanotto-URL:</translation>
    </message>
    <message>
        <source>TLS certi&amp;ficate (PEM):</source>
        <translation>TLS-va&amp;rmenne (PEM):</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-varmenne</translation>
    </message>
    <message>
        <source>TLS ke&amp;y (PEM):</source>
        <translation>TLS-&amp;avain (PEM):</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>TLS:n yksityinen avain</translation>
    </message>
    <message>
        <source>default location</source>
        <translation>oletussijainti</translation>
    </message>
    <message>
        <source>Store &amp;location:</source>
        <translation>Talle&amp;nnuspaikka:</translation>
    </message>
    <message>
        <source>notification store</source>
        <translation>ilmoitusvarasto</translation>
    </message>
    <message>
        <source>Now receiving at %1.</source>
        <translation>Vastaanotetaan nyt osoitteessa %1.</translation>
    </message>
    <message>
        <source>The receiver is not running: %1</source>
        <translation>Vastaanotin ei ole käynnissä: %1</translation>
    </message>
    <message>
        <source>Changes on this page take effect the next time RoamDesk starts.</source>
        <translation>Tämän sivun muutokset tulevat voimaan, kun RoamDesk käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Valitse %1</translation>
    </message>
    <message>
        <source>Where notifications are stored</source>
        <translation>Mihin ilmoitukset tallennetaan</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tämä tietokone</translation>
    </message>
    <message>
        <source>Shared (PostgreSQL)</source>
        <translation>Jaettu (PostgreSQL)</translation>
    </message>
    <message>
        <source>A shared store is written by the team&apos;s receivers and read by every desk</source>
        <translation>Jaettuun varastoon kirjoittavat tiimin vastaanottimet, ja jokainen työpiste lukee sitä</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Varasto:</translation>
    </message>
    <message>
        <source>Store URL:</source>
        <translation>Varaston URL:</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Yhteyttä ei saada: %1</translation>
    </message>
    <message>
        <source>Shared store URL</source>
        <translation>Jaetun varaston URL</translation>
    </message>
    <message>
        <source>Test the store</source>
        <translation>Testaa varasto</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message>
        <source>A shared store is named by a postgresql:// URL.</source>
        <translation>Jaettu varasto nimetään postgresql://-URL:lla.</translation>
    </message>
    <message>
        <source>Store password:</source>
        <translation>Tallennuspaikan salasana:</translation>
    </message>
    <message>
        <source>No password here: it goes in the password field, PGPASSWORD or ~/.pgpass</source>
        <translation>Ei salasanaa tähän: se kuuluu salasanakenttään, PGPASSWORD-muuttujaan tai ~/.pgpass-tiedostoon</translation>
    </message>
    <message>
        <source>Shared store password</source>
        <translation>Jaetun tallennuspaikan salasana</translation>
    </message>
    <message>
        <source>password (kept with the other secrets; empty: PGPASSWORD or ~/.pgpass)</source>
        <translation>salasana (säilytetään muiden salaisuuksien kanssa; tyhjä: PGPASSWORD tai ~/.pgpass)</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::RulesEditor</name>
    <message>
        <source>Alert rules</source>
        <translation>Hälytyssäännöt</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Säännöt</translation>
    </message>
    <message>
        <source>Kind of the new rule</source>
        <translation>Uuden säännön laji</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>The selected rule as JSON</source>
        <translation>Valittu sääntö JSON-muodossa</translation>
    </message>
    <message>
        <source>Each rule is a JSON object: &quot;id&quot;, &quot;kind&quot;, &quot;severity&quot; (info, warning, critical), an optional &quot;where&quot; filter and the kind&apos;s parameters.</source>
        <translation>Jokainen sääntö on JSON-olio: &quot;id&quot;, &quot;kind&quot;, &quot;severity&quot; (info, warning, critical), valinnainen &quot;where&quot;-suodatin ja lajin parametrit.</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Palauta &amp;oletukset</translation>
    </message>
    <message>
        <source>Restore default rules</source>
        <translation>Palauta oletussäännöt</translation>
    </message>
    <message>
        <source>Your rules are replaced by the rules RoamDesk ships with. Restore them?</source>
        <translation>Omat sääntösi korvataan RoamDeskin mukana tulevilla säännöillä. Palautetaanko ne?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your rules, from %1.</source>
        <translation>Omat sääntösi tiedostosta %1.</translation>
    </message>
    <message>
        <source>The default rules: you have none of your own yet. Saving writes %1.</source>
        <translation>Oletussäännöt: sinulla ei ole vielä omia. Tallennus kirjoittaa tiedoston %1.</translation>
    </message>
    <message>
        <source>Rule %1: not valid JSON at character %2: %3</source>
        <translation>Sääntö %1: virheellistä JSONia merkin %2 kohdalla: %3</translation>
    </message>
    <message>
        <source>Rule %1: must be a JSON object</source>
        <translation>Sääntö %1: pitää olla JSON-olio</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), all valid.</source>
        <translation>
            <numerusform>%n sääntö, kelvollinen.</numerusform>
            <numerusform>%n sääntöä, kaikki kelvollisia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Saved and applied.</source>
        <translation>Tallennettu ja otettu käyttöön.</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::SettingsDialog</name>
    <message>
        <source>RoamDesk Settings</source>
        <translation>RoamDeskin asetukset</translation>
    </message>
    <message>
        <source>&amp;Environments</source>
        <translation>&amp;Ympäristöt</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Vastaanotin</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Työpöytä</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hälytykset</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::ShortcutsDialog</name>
    <message>
        <source>Tables</source>
        <translation>Taulukot</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Kopioi valitut rivit</translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation>Siirry rivien välillä</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Ylös, Alas, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Sort by a column</source>
        <translation>Lajittele sarakkeen mukaan</translation>
    </message>
    <message>
        <source>Click its header</source>
        <translation>Napsauta sen otsikkoa</translation>
    </message>
    <message>
        <source>Device lookup</source>
        <translation>Laitehaku</translation>
    </message>
    <message>
        <source>Look up the device</source>
        <translation>Hae laite</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Kaikkialla</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Siirry säätimien välillä</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Sarkain, Vaihto+Sarkain</translation>
    </message>
    <message>
        <source>Jump to a labelled control</source>
        <translation>Siirry nimettyyn säätimeen</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + alleviivattu kirjain</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::SimulatorPanel</name>
    <message>
        <source>Simulated devices</source>
        <translation>Simuloidut laitteet</translation>
    </message>
    <message>
        <source>Country to move the device to</source>
        <translation>Maa, johon laite siirretään</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Siirrä</translation>
    </message>
    <message>
        <source>Move the selected device to the country</source>
        <translation>Siirrä valittu laite maahan</translation>
    </message>
    <message>
        <source>Send the selected device home</source>
        <translation>Lähetä valittu laite kotiin</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenaario</translation>
    </message>
    <message>
        <source>Play or pause the scenario</source>
        <translation>Toista tai keskeytä skenaario</translation>
    </message>
    <message>
        <source>Scenario speed</source>
        <translation>Skenaarion nopeus</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Skenaario:</translation>
    </message>
    <message>
        <source>Select a device first.</source>
        <translation>Valitse ensin laite.</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>Laite %1 siirrettiin maahan %2.</translation>
    </message>
    <message>
        <source>Sent %1 home.</source>
        <translation>Laite %1 lähetettiin kotiin.</translation>
    </message>
    <message>
        <source>Load a scenario JSON file</source>
        <translation>Lataa skenaarion JSON-tiedosto</translation>
    </message>
    <message>
        <source>Load a scenario file</source>
        <translation>Lataa skenaariotiedosto</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>Skenaarion kuvaus</translation>
    </message>
    <message>
        <source>Scenario status</source>
        <translation>Skenaarion tila</translation>
    </message>
    <message>
        <source>Load scenario</source>
        <translation>Lataa skenaario</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Skenaariotiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Loaded “%1” from %2.</source>
        <translation>Ladattiin ”%1” tiedostosta %2.</translation>
    </message>
    <message>
        <source>Reset simulator</source>
        <translation>Nollaa simulaattori</translation>
    </message>
    <message numerus="yes">
        <source>Reset the simulator? %n live subscription(s) end, devices go back to their start and the scenario is unloaded.</source>
        <translation>
            <numerusform>Nollataanko simulaattori? %n voimassa oleva tilaus päättyy, laitteet palaavat lähtöpaikkaansa ja skenaario poistetaan.</numerusform>
            <numerusform>Nollataanko simulaattori? %n voimassa olevaa tilausta päättyy, laitteet palaavat lähtöpaikkaansa ja skenaario poistetaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nollaa</translation>
    </message>
    <message>
        <source>The simulator is back to its defaults.</source>
        <translation>Simulaattori on palautettu oletustilaan.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Toista</translation>
    </message>
    <message>
        <source>No scenario loaded: pick one and press Play.</source>
        <translation>Skenaariota ei ole ladattu: valitse skenaario ja paina Toista.</translation>
    </message>
    <message>
        <source>Ready: “%1”, %2 s.</source>
        <translation>Valmiina: ”%1”, %2 s.</translation>
    </message>
    <message>
        <source>Playing “%1”: %2 s of %3 s.</source>
        <translation>Toistetaan ”%1”: %2 s / %3 s.</translation>
    </message>
    <message>
        <source>Paused “%1” at %2 s of %3 s.</source>
        <translation>”%1” tauolla kohdassa %2 s / %3 s.</translation>
    </message>
    <message>
        <source>Finished “%1”: %2 s of %3 s. Play starts it again.</source>
        <translation>”%1” päättyi: %2 s / %3 s. Toista aloittaa sen alusta.</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>Kotive&amp;rkkoon</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Lataa…</translation>
    </message>
    <message>
        <source>Rese&amp;t simulator…</source>
        <translation>Nollaa si&amp;mulaattori…</translation>
    </message>
    <message>
        <source>How fast the scenario and the synthetic fleet run</source>
        <translation>Kuinka nopeasti skenaario ja synteettinen laitejoukko etenevät</translation>
    </message>
    <message>
        <source>Number of synthetic fleet devices</source>
        <translation>Synteettisen laitejoukon laitteiden määrä</translation>
    </message>
    <message>
        <source>Replaces the synthetic fleet by this many phone devices (+99999992000000 upwards, homes all over Europe) that travel on their own at the scenario speed; 0 removes it</source>
        <translation>Korvaa synteettisen laitejoukon näin monella puhelinlaitteella (+99999992000000 ylöspäin, kotiverkot eri puolilla Eurooppaa), jotka matkustavat omin päin skenaarion nopeudella; 0 poistaa sen</translation>
    </message>
    <message>
        <source>Synthetic fleet:</source>
        <translation>Synteettinen laitejoukko:</translation>
    </message>
    <message>
        <source>Devices back to their start, no scenario, no fleet, speed 1×; live subscriptions end</source>
        <translation>Laitteet palaavat lähtöpaikkaansa, ei skenaariota, ei laitejoukkoa, nopeus 1×; voimassa olevat tilaukset päättyvät</translation>
    </message>
    <message>
        <source>No synthetic fleet.</source>
        <translation>Ei synteettistä laitejoukkoa.</translation>
    </message>
    <message numerus="yes">
        <source>A synthetic fleet of %n device(s) travels over Europe.</source>
        <translation>
            <numerusform>Synteettinen laitejoukko, jossa on %n laite, kiertää Eurooppaa.</numerusform>
            <numerusform>Synteettinen laitejoukko, jossa on %n laitetta, kiertää Eurooppaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add fleet</source>
        <translation>Lisää laitejoukko</translation>
    </message>
    <message>
        <source>Requests per second per API key</source>
        <translation>Pyyntöjä sekunnissa API-avainta kohden</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Beyond this many requests per second per API key or token the simulator answers 429 TOO_MANY_REQUESTS</source>
        <translation>Kun API-avain tai tunniste ylittää näin monta pyyntöä sekunnissa, simulaattori vastaa 429 TOO_MANY_REQUESTS</translation>
    </message>
    <message>
        <source>Requests per day per API key</source>
        <translation>Pyyntöjä vuorokaudessa API-avainta kohden</translation>
    </message>
    <message>
        <source> /day</source>
        <translation> /vrk</translation>
    </message>
    <message>
        <source>Beyond this many requests per UTC day per API key or token the simulator answers 429 QUOTA_EXCEEDED until the next day</source>
        <translation>Kun API-avain tai tunniste ylittää näin monta pyyntöä UTC-vuorokaudessa, simulaattori vastaa 429 QUOTA_EXCEEDED seuraavaan päivään asti</translation>
    </message>
    <message>
        <source>Send Retr&amp;y-After</source>
        <translation>Lähetä Retr&amp;y-After</translation>
    </message>
    <message>
        <source>Tell callers refused with 429 how many seconds to wait</source>
        <translation>Kerro 429-vastauksen saaneille, montako sekuntia odottaa</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>Kiintiö:</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::StatusWidget</name>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Vastaanotin</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Määrät</translation>
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
        <translation>Vastaanotin %1 ● kuuntelee</translation>
    </message>
    <message>
        <source>Receiver ✗ stopped</source>
        <translation>Vastaanotin ✗ pysäytetty</translation>
    </message>
    <message>
        <source>Receiver ✗ stopped: %1</source>
        <translation>Vastaanotin ✗ pysäytetty: %1</translation>
    </message>
    <message>
        <source>Active subscriptions: %1</source>
        <translation>Aktiiviset tilaukset: %1</translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation>Ilmoitukset: %1</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>uusia: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::SubscriptionsView</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Uusi…</translation>
    </message>
    <message>
        <source>Create a subscription</source>
        <translation>Luo tilaus</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Refresh the subscription list</source>
        <translation>Päivitä tilausluettelo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Po&amp;ista…</translation>
    </message>
    <message>
        <source>Delete the selected subscriptions</source>
        <translation>Poista valitut tilaukset</translation>
    </message>
    <message>
        <source>Subscription id</source>
        <translation>Tilauksen ID</translation>
    </message>
    <message>
        <source>Subscription id to get</source>
        <translation>Haettavan tilauksen ID</translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <source>Get the subscription by id</source>
        <translation>Hae tilaus ID:n perusteella</translation>
    </message>
    <message>
        <source>Subscription manager message</source>
        <translation>Tilausten hallinnan viesti</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>Created subscription %1 (%2).</source>
        <translation>Luotiin tilaus %1 (%2).</translation>
    </message>
    <message>
        <source>Refreshed: the API lists one subscription.</source>
        <translation>Päivitetty: rajapinta luettelee yhden tilauksen.</translation>
    </message>
    <message>
        <source>Refreshed: the API lists %1 subscriptions.</source>
        <translation>Päivitetty: rajapinta luettelee %1 tilausta.</translation>
    </message>
    <message>
        <source>Subscription %1 is %2.</source>
        <translation>Tilauksen %1 tila: %2.</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>Deleted subscription %1.</source>
        <translation>Tilaus %1 poistettiin.</translation>
    </message>
    <message>
        <source>Could not create the subscription.</source>
        <translation>Tilausta ei voitu luoda.</translation>
    </message>
    <message>
        <source>Could not list the subscriptions.</source>
        <translation>Tilauksia ei voitu luetella.</translation>
    </message>
    <message>
        <source>Could not get the subscription.</source>
        <translation>Tilausta ei voitu hakea.</translation>
    </message>
    <message>
        <source>Could not delete the subscription.</source>
        <translation>Tilausta ei voitu poistaa.</translation>
    </message>
    <message>
        <source>Delete subscriptions</source>
        <translation>Poista tilaukset</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n subscription(s)? The network stops sending their notifications.</source>
        <translation>
            <numerusform>Poistetaanko %n tilaus? Verkko lakkaa lähettämästä sen ilmoituksia.</numerusform>
            <numerusform>Poistetaanko %n tilausta? Verkko lakkaa lähettämästä niiden ilmoituksia.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter a subscription id to get it.</source>
        <translation>Anna haettavan tilauksen ID.</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n subscription(s)…</source>
        <translation>
            <numerusform>Luodaan %n tilaus…</numerusform>
            <numerusform>Luodaan %n tilausta…</numerusform>
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
        <translation>Hae laitteiden tila</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>&amp;Lataa tiedosto…</translation>
    </message>
    <message>
        <source>Look up the devices of a CSV or JSON Lines file instead</source>
        <translation>Hae sen sijaan CSV- tai JSON Lines -tiedoston laitteet</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> pyyntöä/s</translation>
    </message>
    <message>
        <source>as fast as the provider allows</source>
        <translation>niin nopeasti kuin palveluntarjoaja sallii</translation>
    </message>
    <message>
        <source>At most this many requests per second on this environment; with no rate of its own the sweep finds the provider&apos;s quota from its 429 answers</source>
        <translation>Enintään näin monta pyyntöä sekunnissa tässä ympäristössä; ilman omaa rajaa haku päättelee palveluntarjoajan kiintiön sen 429-vastauksista</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ympäristö:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Laitteet:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tahti:</translation>
    </message>
    <message>
        <source>Rows answered</source>
        <translation>Vastatut rivit</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Aloita</translation>
    </message>
    <message>
        <source>&amp;Cancel sweep</source>
        <translation>&amp;Keskeytä haku</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Vie &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON Lines…</source>
        <translation>Vie &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n laite</numerusform>
            <numerusform>%n laitetta</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices to look up</source>
        <translation>Haettavat laitteet</translation>
    </message>
    <message>
        <source>Device lists (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Laiteluettelot (*.csv *.jsonl *.ndjson *.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are left out:</source>
        <translation>
            <numerusform>%n riviä ei voitu lukea, ja se jätettiin pois:</numerusform>
            <numerusform>%n riviä ei voitu lukea, ja ne jätettiin pois:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 sekunnissa</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>jäljellä oleva aika tuntematon</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noin %1 jäljellä</translation>
    </message>
    <message>
        <source>Cancelled after %1</source>
        <translation>Keskeytetty %1 jälkeen</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Valmis ajassa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) with an error</source>
        <translation>
            <numerusform>%n vastaus virheellä</numerusform>
            <numerusform>%n vastausta virheellä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered 429 and sent again</source>
        <translation>
            <numerusform>%n sai vastauksen 429 ja lähetettiin uudelleen</numerusform>
            <numerusform>%n sai vastauksen 429 ja lähetettiin uudelleen</numerusform>
        </translation>
    </message>
    <message>
        <source>provider&apos;s pace found: %1/s</source>
        <translation>palveluntarjoajan tahti: %1/s</translation>
    </message>
    <message>
        <source>quota spent (%1): the rest were not sent</source>
        <translation>kiintiö käytetty (%1): loppuja ei lähetetty</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Vie vastaukset</translation>
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
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::TrafficView</name>
    <message>
        <source>HTTP traffic</source>
        <translation>HTTP-liikenne</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Kopioi &amp;curl-komentona</translation>
    </message>
    <message>
        <source>Selected exchange, secrets masked</source>
        <translation>Valittu pyyntö ja vastaus, salaisuudet peitetty</translation>
    </message>
    <message>
        <source>Select an exchange to see its request and response (secrets masked).</source>
        <translation>Valitse rivi nähdäksesi sen pyynnön ja vastauksen (salaisuudet peitetty).</translation>
    </message>
    <message>
        <source>Copy the request as a curl command</source>
        <translation>Kopioi pyyntö curl-komentona</translation>
    </message>
    <message>
        <source>Secrets stay ${PLACEHOLDERS}: set them as environment variables before running it.</source>
        <translation>Salaisuudet jäävät muotoon ${PLACEHOLDERS}: aseta ne ympäristömuuttujiksi ennen komennon suorittamista.</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>vastaus %1</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>ei vastausta: %1</translation>
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
        <translation>Kriittinen hälytys: %1</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Hälytys: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n uusi hälytys</numerusform>
            <numerusform>%n uutta hälytystä</numerusform>
        </translation>
    </message>
    <message>
        <source>Most urgent: %1</source>
        <translation>Kiireellisin: %1</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Deleting subscriptions: %1 of %2</source>
        <translation>Poistetaan tilauksia: %1/%2</translation>
    </message>
    <message>
        <source>(%1 failed)</source>
        <translation>(%1 epäonnistui)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Viedään tiedostoon %1…</translation>
    </message>
</context>
<context>
    <name>roamdesk::ui::WorldMapView</name>
    <message>
        <source>World map</source>
        <translation>Maailmankartta</translation>
    </message>
    <message>
        <source>Roaming here</source>
        <translation>Verkkovierailulla täällä</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Kotiverkossa</translation>
    </message>
    <message>
        <source>%1: no watched device here</source>
        <translation>%1: ei seurattuja laitteita täällä</translation>
    </message>
    <message>
        <source>%1: %2 roaming here, %3 at home</source>
        <translation>%1: verkkovierailulla täällä %2, kotiverkossa %3</translation>
    </message>
</context>
</TS>
