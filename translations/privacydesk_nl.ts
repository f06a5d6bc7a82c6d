<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>pd::AuditLog</name>
    <message>
        <source>An audit event needs an actor, an entity type, an entity id and an action.</source>
        <extracomment>Dutch: &quot;Een gebeurtenis in het auditspoor heeft een gebruiker, een soort, een kenmerk en een handeling nodig.&quot;</extracomment>
        <translation>Een gebeurtenis in het auditspoor heeft een gebruiker, een soort, een kenmerk en een handeling nodig.</translation>
    </message>
    <message>
        <source>An audit event can only be recorded inside a transaction, together with the change it describes.</source>
        <extracomment>Dutch: &quot;Een gebeurtenis in het auditspoor kan alleen binnen een transactie worden vastgelegd, samen met de wijziging die zij beschrijft.&quot;</extracomment>
        <translation>Een gebeurtenis in het auditspoor kan alleen binnen een transactie worden vastgelegd, samen met de wijziging die zij beschrijft.</translation>
    </message>
    <message>
        <source>The cryptographic library (libsodium) does not work.</source>
        <extracomment>Dutch: &quot;De cryptografische bibliotheek (libsodium) werkt niet.&quot;</extracomment>
        <translation>De cryptografische bibliotheek (libsodium) werkt niet.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <extracomment>Dutch: &quot;Het auditspoor kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Het auditspoor kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The event could not be recorded in the audit trail: %1</source>
        <extracomment>Dutch: &quot;De gebeurtenis kon niet in het auditspoor worden vastgelegd: %1&quot;</extracomment>
        <translation>De gebeurtenis kon niet in het auditspoor worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>Event 1 is missing: the chain starts at %1.</source>
        <extracomment>Dutch: &quot;Gebeurtenis 1 ontbreekt: het spoor begint pas bij %1.&quot;</extracomment>
        <translation>Gebeurtenis 1 ontbreekt: het spoor begint pas bij %1.</translation>
    </message>
    <message>
        <source>Event %1 is missing: the chain jumps from %2 to %3.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 ontbreekt: het spoor springt van %2 naar %3.&quot;</extracomment>
        <translation>Gebeurtenis %1 ontbreekt: het spoor springt van %2 naar %3.</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing: the chain jumps from %3 to %4.</source>
        <extracomment>Dutch: &quot;Gebeurtenissen %1 tot en met %2 ontbreken: het spoor springt van %3 naar %4.&quot;</extracomment>
        <translation>Gebeurtenissen %1 tot en met %2 ontbreken: het spoor springt van %3 naar %4.</translation>
    </message>
    <message>
        <source>Event %1 has an invalid sequence number; %2 was expected.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 heeft een ongeldig volgnummer; verwacht was %2.&quot;</extracomment>
        <translation>Gebeurtenis %1 heeft een ongeldig volgnummer; verwacht was %2.</translation>
    </message>
    <message>
        <source>Event 1 does not belong to this store: the start of its chain does not match.</source>
        <extracomment>Dutch: &quot;Gebeurtenis 1 hoort niet bij dit archief: het begin van de keten klopt niet.&quot;</extracomment>
        <translation>Gebeurtenis 1 hoort niet bij dit archief: het begin van de keten klopt niet.</translation>
    </message>
    <message>
        <source>Event %1 does not follow on from event %2: events were inserted, removed or put in a different order.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 sluit niet aan op gebeurtenis %2: er zijn gebeurtenissen ingevoegd, verwijderd of van volgorde verwisseld.&quot;</extracomment>
        <translation>Gebeurtenis %1 sluit niet aan op gebeurtenis %2: er zijn gebeurtenissen ingevoegd, verwijderd of van volgorde verwisseld.</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was recorded: its time, user, subject or action no longer match its hash.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 is na het vastleggen gewijzigd: haar gegevens (tijdstip, gebruiker, onderwerp of handeling) passen niet meer bij haar hash.&quot;</extracomment>
        <translation>Gebeurtenis %1 is na het vastleggen gewijzigd: haar gegevens (tijdstip, gebruiker, onderwerp of handeling) passen niet meer bij haar hash.</translation>
    </message>
    <message>
        <source>Event %1 still has its details but no longer its salt: the details cannot be checked.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 heeft nog een inhoud maar geen zout meer: de inhoud kan niet worden gecontroleerd.&quot;</extracomment>
        <translation>Gebeurtenis %1 heeft nog een inhoud maar geen zout meer: de inhoud kan niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>The details of event %1 were changed after it was recorded: they no longer match their hash.</source>
        <extracomment>Dutch: &quot;De details van gebeurtenis %1 zijn na het vastleggen gewijzigd: ze passen niet meer bij hun hash.&quot;</extracomment>
        <translation>De details van gebeurtenis %1 zijn na het vastleggen gewijzigd: ze passen niet meer bij hun hash.</translation>
    </message>
    <message>
        <source>The details of event %1 were removed other than by the retention rules.</source>
        <extracomment>Dutch: &quot;De details van gebeurtenis %1 zijn verwijderd buiten de bewaarregels om.&quot;</extracomment>
        <translation>De details van gebeurtenis %1 zijn verwijderd buiten de bewaarregels om.</translation>
    </message>
    <message>
        <source>The details in the audit trail could not be destroyed: %1</source>
        <extracomment>Dutch: &quot;De details in het auditspoor konden niet worden vernietigd: %1&quot;</extracomment>
        <translation>De details in het auditspoor konden niet worden vernietigd: %1</translation>
    </message>
</context>
<context>
    <name>pd::BsnGuard</name>
    <message>
        <source>The text contains a number that passes the 11-test for a citizen service number (BSN): %1. A housing corporation may not record a BSN (art. 46 UAVG). Remove the number. If it is not a BSN (for example a customer number), confirm that explicitly.</source>
        <extracomment>Dutch: &quot;De tekst bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN): %1. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder het nummer. Is het geen BSN (bijvoorbeeld een klantnummer), bevestig dat dan uitdrukkelijk.&quot;</extracomment>
        <translation>De tekst bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN): %1. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder het nummer. Is het geen BSN (bijvoorbeeld een klantnummer), bevestig dat dan uitdrukkelijk.</translation>
    </message>
    <message>
        <source>The text in “%1” contains a number that passes the 11-test for a citizen service number (BSN): %2. A housing corporation may not record a BSN (art. 46 UAVG). Remove the number. If it is not a BSN (for example a customer number), confirm that explicitly.</source>
        <extracomment>%1 is the field label, %2 the masked number (only its last four digits). Dutch: &quot;De tekst in “%1” bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder het nummer. Is het geen BSN (bijvoorbeeld een klantnummer), bevestig dat dan uitdrukkelijk.&quot;</extracomment>
        <translation>De tekst in “%1” bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder het nummer. Is het geen BSN (bijvoorbeeld een klantnummer), bevestig dat dan uitdrukkelijk.</translation>
    </message>
    <message>
        <source>The text contains numbers that pass the 11-test for a citizen service number (BSN): %1. A housing corporation may not record a BSN (art. 46 UAVG). Remove the numbers. If they are not BSNs (for example customer numbers), confirm that explicitly.</source>
        <extracomment>%1 is a list of masked numbers (only their last four digits). Dutch: &quot;De tekst bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN): %1. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN&apos;s (bijvoorbeeld klantnummers), bevestig dat dan uitdrukkelijk.&quot;</extracomment>
        <translation>De tekst bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN): %1. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN&apos;s (bijvoorbeeld klantnummers), bevestig dat dan uitdrukkelijk.</translation>
    </message>
    <message>
        <source>The text in “%1” contains numbers that pass the 11-test for a citizen service number (BSN): %2. A housing corporation may not record a BSN (art. 46 UAVG). Remove the numbers. If they are not BSNs (for example customer numbers), confirm that explicitly.</source>
        <extracomment>%1 is the field label, %2 a list of masked numbers (only their last four digits). Dutch: &quot;De tekst in “%1” bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN&apos;s (bijvoorbeeld klantnummers), bevestig dat dan uitdrukkelijk.&quot;</extracomment>
        <translation>De tekst in “%1” bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN&apos;s (bijvoorbeeld klantnummers), bevestig dat dan uitdrukkelijk.</translation>
    </message>
</context>
<context>
    <name>pd::CaseService</name>
    <message>
        <source>The deadline policy needs a positive term.</source>
        <translation>Het termijnbeleid heeft een positieve termijn nodig.</translation>
    </message>
    <message>
        <source>Choose at least one kind of request.</source>
        <translation>Kies ten minste één soort verzoek.</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Vul de datum in waarop het verzoek is ontvangen.</translation>
    </message>
    <message>
        <source>The date of receipt lies in the future.</source>
        <translation>De ontvangstdatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Enter the name or the customer number of the data subject.</source>
        <translation>Vul de naam of het klantnummer van de betrokkene in.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Gemachtigde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>Terugbelnummer</translation>
    </message>
    <message>
        <source>There is no data subject with customer number %1; enter a name to register a new one.</source>
        <translation>Er is geen betrokkene met klantnummer %1; vul een naam in om een nieuwe betrokkene vast te leggen.</translation>
    </message>
    <message>
        <source>The data subject no longer exists.</source>
        <translation>De betrokkene bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is no request with number %1.</source>
        <translation>Er is geen verzoek met nummer %1.</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Reden voor de verlenging</translation>
    </message>
    <message>
        <source>Answer channel</source>
        <translation>Wijze van antwoorden</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Reden voor heropenen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>pd::CaseWorkflow</name>
    <message>
        <source>Identification can only be requested for a case that was received and is not yet being handled.</source>
        <translation>Identificatie kan alleen worden opgevraagd voor een verzoek dat is ontvangen en nog niet in behandeling is.</translation>
    </message>
    <message>
        <source>Enter the date the identification was requested.</source>
        <translation>Vul de datum in waarop de identificatie is opgevraagd.</translation>
    </message>
    <message>
        <source>The identification cannot have been requested before the request was received.</source>
        <translation>De identificatie kan niet zijn opgevraagd vóór de ontvangst van het verzoek.</translation>
    </message>
    <message>
        <source>The date the identification was requested lies in the future.</source>
        <translation>De datum waarop de identificatie is opgevraagd ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The identification has already been received.</source>
        <translation>De identificatie is al ontvangen.</translation>
    </message>
    <message>
        <source>Identification can only be recorded for a case that is received or waiting for identification.</source>
        <translation>Identificatie kan alleen worden vastgelegd voor een verzoek dat is ontvangen of op identificatie wacht.</translation>
    </message>
    <message>
        <source>Enter the date the identification was received.</source>
        <translation>Vul de datum in waarop de identificatie is ontvangen.</translation>
    </message>
    <message>
        <source>The identification cannot have been received before the request.</source>
        <translation>De identificatie kan niet vóór het verzoek zijn ontvangen.</translation>
    </message>
    <message>
        <source>The identification cannot have been received before it was requested.</source>
        <translation>De identificatie kan niet zijn ontvangen voordat zij werd opgevraagd.</translation>
    </message>
    <message>
        <source>The date the identification was received lies in the future.</source>
        <translation>De datum waarop de identificatie is ontvangen ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Only an open case can be extended.</source>
        <translation>Alleen een openstaand verzoek kan worden verlengd.</translation>
    </message>
    <message>
        <source>This case has already been extended; the law allows one extension of at most two months.</source>
        <translation>Dit verzoek is al verlengd; de wet staat één verlenging van ten hoogste twee maanden toe.</translation>
    </message>
    <message>
        <source>State the reasons for the extension; the data subject must be told them.</source>
        <translation>Geef de redenen voor de verlenging; de betrokkene moet die te horen krijgen.</translation>
    </message>
    <message>
        <source>Enter the date the data subject was told about the extension.</source>
        <translation>Vul de datum in waarop de betrokkene over de verlenging is geïnformeerd.</translation>
    </message>
    <message>
        <source>The data subject cannot have been told before the request was received.</source>
        <translation>De betrokkene kan niet zijn geïnformeerd vóór de ontvangst van het verzoek.</translation>
    </message>
    <message>
        <source>The date the data subject was told lies in the future.</source>
        <translation>De datum waarop de betrokkene is geïnformeerd ligt in de toekomst.</translation>
    </message>
    <message>
        <source>This case is already closed; reopen it first.</source>
        <translation>Dit verzoek is al afgesloten; heropen het eerst.</translation>
    </message>
    <message>
        <source>Enter the date the answer was sent.</source>
        <translation>Vul de datum in waarop het antwoord is verstuurd.</translation>
    </message>
    <message>
        <source>The answer cannot have been sent before the request was received.</source>
        <translation>Het antwoord kan niet zijn verstuurd vóór de ontvangst van het verzoek.</translation>
    </message>
    <message>
        <source>The date the answer was sent lies in the future.</source>
        <translation>De datum waarop het antwoord is verstuurd ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A refusal must name its grounds (for example art. 12(5) or art. 15(4) GDPR).</source>
        <translation>Een afwijzing moet haar gronden noemen (bijvoorbeeld art. 12 lid 5 of art. 15 lid 4 AVG).</translation>
    </message>
    <message>
        <source>Grounds for refusal only belong to a refused or partly granted request.</source>
        <translation>Weigeringsgronden horen alleen bij een afgewezen of deels toegewezen verzoek.</translation>
    </message>
    <message>
        <source>The identification failed: the request can only be declared inadmissible or withdrawn.</source>
        <translation>De identificatie is mislukt: het verzoek kan alleen niet-ontvankelijk worden verklaard of worden ingetrokken.</translation>
    </message>
    <message>
        <source>This case is still open.</source>
        <translation>Dit verzoek staat nog open.</translation>
    </message>
    <message>
        <source>State why the case is reopened.</source>
        <translation>Geef aan waarom het verzoek wordt heropend.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>De notitie is leeg.</translation>
    </message>
</context>
<context>
    <name>pd::Codes</name>
    <message>
        <source>Access (art. 15)</source>
        <translation>Inzage (art. 15)</translation>
    </message>
    <message>
        <source>Rectification (art. 16)</source>
        <translation>Rectificatie (art. 16)</translation>
    </message>
    <message>
        <source>Erasure (art. 17)</source>
        <translation>Verwijdering (art. 17)</translation>
    </message>
    <message>
        <source>Restriction (art. 18)</source>
        <translation>Beperking (art. 18)</translation>
    </message>
    <message>
        <source>Portability (art. 20)</source>
        <translation>Overdraagbaarheid (art. 20)</translation>
    </message>
    <message>
        <source>Objection (art. 21)</source>
        <translation>Bezwaar (art. 21)</translation>
    </message>
    <message>
        <source>Withdrawal of consent (art. 7(3))</source>
        <translation>Intrekking van toestemming (art. 7 lid 3)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Web form / tenant portal</source>
        <translation>Webformulier / huurdersportaal</translation>
    </message>
    <message>
        <source>Via a representative</source>
        <translation>Via een gemachtigde</translation>
    </message>
    <message>
        <source>Via the Dutch DPA (AP)</source>
        <translation>Via de Autoriteit Persoonsgegevens (AP)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation>Niet-ontvankelijk</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Deels toegewezen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Withdrawn by the data subject</source>
        <translation>Ingetrokken door de betrokkene</translation>
    </message>
    <message>
        <source>ID shown at the front desk</source>
        <translation>Identiteitsbewijs getoond aan de balie</translation>
    </message>
    <message>
        <source>Copy of ID with BSN and photo blanked, destroyed after the check</source>
        <translation>Kopie identiteitsbewijs met BSN en foto afgeschermd, na de controle vernietigd</translation>
    </message>
    <message>
        <source>Customer details checked and called back on the known number</source>
        <translation>Klantgegevens gecontroleerd en teruggebeld op het bekende nummer</translation>
    </message>
    <message>
        <source>Logged in to the tenant portal</source>
        <translation>Ingelogd op het huurdersportaal</translation>
    </message>
    <message>
        <source>Representative with a written authorisation</source>
        <translation>Gemachtigde met een schriftelijke machtiging</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <source>Former tenant</source>
        <translation>Ex-huurder</translation>
    </message>
    <message>
        <source>House-seeker</source>
        <translation>Woningzoekende</translation>
    </message>
    <message>
        <source>Co-resident</source>
        <translation>Medebewoner</translation>
    </message>
    <message>
        <source>Job applicant</source>
        <translation>Sollicitant</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Art. 12(5) GDPR: manifestly unfounded or excessive</source>
        <translation>Art. 12 lid 5 AVG: kennelijk ongegrond of buitensporig</translation>
    </message>
    <message>
        <source>Art. 15(4) GDPR: rights and freedoms of others</source>
        <translation>Art. 15 lid 4 AVG: rechten en vrijheden van anderen</translation>
    </message>
    <message>
        <source>Art. 17(3) GDPR: legal obligation to retain</source>
        <translation>Art. 17 lid 3 AVG: wettelijke bewaarplicht</translation>
    </message>
    <message>
        <source>Art. 21(1) GDPR: compelling legitimate grounds</source>
        <translation>Art. 21 lid 1 AVG: dwingende gerechtvaardigde gronden</translation>
    </message>
    <message>
        <source>Art. 23 GDPR: restriction by law</source>
        <translation>Art. 23 AVG: beperking bij wet</translation>
    </message>
    <message>
        <source>Art. 41 UAVG: exception in Dutch law</source>
        <translation>Art. 41 UAVG: uitzondering in de Nederlandse wet</translation>
    </message>
    <message>
        <source>Other ground (see the decision)</source>
        <translation>Andere grond (zie het besluit)</translation>
    </message>
</context>
<context>
    <name>pd::DemoData</name>
    <message>
        <source>Fictitious data can only be added to a demo store.</source>
        <translation>Fictieve gegevens kunnen alleen aan een demokluis worden toegevoegd.</translation>
    </message>
</context>
<context>
    <name>pd::EventText</name>
    <message>
        <source>Request registered</source>
        <translation>Verzoek geregistreerd</translation>
    </message>
    <message>
        <source>Identification requested</source>
        <translation>Identificatie opgevraagd</translation>
    </message>
    <message>
        <source>Identification received</source>
        <translation>Identificatie ontvangen</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Termijn verlengd</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Verzoek afgerond</translation>
    </message>
    <message>
        <source>Request reopened</source>
        <translation>Verzoek heropend</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notitie toegevoegd</translation>
    </message>
    <message>
        <source>BSN warning overridden</source>
        <translation>BSN-waarschuwing overschreven</translation>
    </message>
    <message>
        <source>Data subject registered</source>
        <translation>Betrokkene geregistreerd</translation>
    </message>
    <message>
        <source>Deadline policy changed</source>
        <translation>Termijnbeleid gewijzigd</translation>
    </message>
    <message>
        <source>Event “%1”</source>
        <translation>Gebeurtenis “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>onbekende gebruiker</translation>
    </message>
    <message>
        <source>%1 by %2 (details destroyed under the retention rule)</source>
        <translation>%1 door %2 (details vernietigd volgens de bewaartermijn)</translation>
    </message>
    <message>
        <source>Request registered by %1: %2, received on %3 (%4); deadline %5</source>
        <translation>Verzoek geregistreerd door %1: %2, ontvangen op %3 (%4); uiterste datum %5</translation>
    </message>
    <message>
        <source>Identification request date changed by %1 from %2 to %3</source>
        <translation>Datum van het identificatieverzoek gewijzigd door %1 van %2 naar %3</translation>
    </message>
    <message>
        <source>Identification requested by %1 on %2</source>
        <translation>Identificatie opgevraagd door %1 op %2</translation>
    </message>
    <message>
        <source>Identification checked by %1 on %2: failed (%3)</source>
        <translation>Identificatie gecontroleerd door %1 op %2: mislukt (%3)</translation>
    </message>
    <message>
        <source>Identification checked by %1 on %2: succeeded (%3)</source>
        <translation>Identificatie gecontroleerd door %1 op %2: geslaagd (%3)</translation>
    </message>
    <message>
        <source>Deadline extended by %1: %2 (data subject told on %3, after the first month, so the legal deadline is not extended; deadline %4)</source>
        <translation>Termijn verlengd door %1: %2 (betrokkene pas op %3 geïnformeerd, na de eerste maand, dus de wettelijke termijn is niet verlengd; uiterste datum %4)</translation>
    </message>
    <message>
        <source>Deadline extended by %1: %2 (data subject told on %3; new deadline %4)</source>
        <translation>Termijn verlengd door %1: %2 (betrokkene geïnformeerd op %3; nieuwe uiterste datum %4)</translation>
    </message>
    <message>
        <source>Request completed by %1: %2; answer sent on %3</source>
        <translation>Verzoek afgerond door %1: %2; antwoord verzonden op %3</translation>
    </message>
    <message>
        <source>Request completed by %1: %2; answer sent on %3 (%4)</source>
        <translation>Verzoek afgerond door %1: %2; antwoord verzonden op %3 (%4)</translation>
    </message>
    <message>
        <source>%1; grounds: %2</source>
        <translation>%1; gronden: %2</translation>
    </message>
    <message>
        <source>Request reopened by %1: %2 (previous outcome: %3)</source>
        <translation>Verzoek heropend door %1: %2 (eerdere uitkomst: %3)</translation>
    </message>
    <message>
        <source>Request reopened by %1: %2</source>
        <translation>Verzoek heropend door %1: %2</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Notitie van %1: %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 confirmed that this is not a citizen service number (BSN): %2</source>
        <translation>%1 bevestigde dat dit geen burgerservicenummer (BSN) is: %2</translation>
    </message>
    <message>
        <source>Data subject registered by %1: %2 (%3)</source>
        <translation>Betrokkene geregistreerd door %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Data subject registered by %1: %2, customer number %3 (%4)</source>
        <translation>Betrokkene geregistreerd door %1: %2, klantnummer %3 (%4)</translation>
    </message>
    <message>
        <source>Deadline policy changed by %1: %2, extension %3</source>
        <translation>Termijnbeleid gewijzigd door %1: %2, verlenging %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
</context>
<context>
    <name>pd::OrganisationSettings</name>
    <message>
        <source>Enter an e-mail address such as privacy@woonstichting.nl.</source>
        <translation>Vul een e-mailadres in zoals privacy@woonstichting.nl.</translation>
    </message>
    <message>
        <source>Enter a Dutch postcode such as 1234 AB.</source>
        <translation>Vul een Nederlandse postcode in zoals 1234 AB.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Naam organisatie</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>Privacy-e-mailadres</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
</context>
<context>
    <name>pd::StoreError</name>
    <message>
        <source>This folder does not contain a Privacydesk store. Choose the folder that holds privacydesk.db and keyring.pdk, or create a new store.</source>
        <translation>Deze map bevat geen Privacydesk-kluis. Kies de map met privacydesk.db en keyring.pdk, of maak een nieuwe kluis aan.</translation>
    </message>
    <message>
        <source>This folder contains an unencrypted SQLite database, not a Privacydesk store. Privacydesk only works with encrypted stores; nothing was changed.</source>
        <translation>Deze map bevat een onversleutelde SQLite-database, geen Privacydesk-kluis. Privacydesk werkt alleen met versleutelde kluizen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect. Check both and try again; the recovery key can open the store if the password is lost.</source>
        <translation>De gebruikersnaam of het wachtwoord is onjuist. Controleer beide en probeer het opnieuw; met de herstelsleutel opent u de kluis als het wachtwoord kwijt is.</translation>
    </message>
    <message>
        <source>This recovery key does not open this store. Check the 40 characters on the printed recovery sheet and try again.</source>
        <translation>Deze herstelsleutel opent deze kluis niet. Controleer de 40 tekens op het afgedrukte herstelblad en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This store was created or upgraded by a newer version of Privacydesk. Install that version to open it; nothing was changed.</source>
        <translation>Deze kluis is gemaakt of bijgewerkt door een nieuwere versie van Privacydesk. Installeer die versie om haar te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This store is already open in another Privacydesk window or by another user. Close it there first and try again.</source>
        <translation>Deze kluis is al geopend in een ander Privacydesk-venster of door een andere gebruiker. Sluit haar daar eerst en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Privacydesk cannot write in this folder. Choose a folder where you may save files, or ask your administrator for write access.</source>
        <translation>Privacydesk kan niet schrijven in deze map. Kies een map waarin u bestanden mag opslaan, of vraag uw beheerder om schrijfrechten.</translation>
    </message>
    <message>
        <source>The disk is full. Make space or choose another location; the data saved before this moment is intact.</source>
        <translation>De schijf is vol. Maak ruimte vrij of kies een andere locatie; wat vóór dit moment is opgeslagen, is intact.</translation>
    </message>
    <message>
        <source>The store is damaged or does not belong to this keyring. Restore the most recent backup, or contact your administrator; nothing was changed.</source>
        <translation>De kluis is beschadigd of hoort niet bij deze sleutelring. Zet de meest recente reservekopie terug of neem contact op met uw beheerder; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The keyring of this store has been altered outside Privacydesk. The store was not opened. Restore the keyring from a backup and report this to your security officer.</source>
        <translation>De sleutelring van deze kluis is buiten Privacydesk om gewijzigd. De kluis is niet geopend. Zet de sleutelring terug uit een reservekopie en meld dit bij uw security officer.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty or new folder for the store.</source>
        <translation>Deze map is niet leeg. Kies een lege of nieuwe map voor de kluis.</translation>
    </message>
    <message>
        <source>This installation of Privacydesk cannot encrypt (SQLCipher is missing). Reinstall Privacydesk; the store was not opened.</source>
        <translation>Deze installatie van Privacydesk kan niet versleutelen (SQLCipher ontbreekt). Installeer Privacydesk opnieuw; de kluis is niet geopend.</translation>
    </message>
    <message>
        <source>Privacydesk could not read or write the store files. Check that the folder is reachable and try again.</source>
        <translation>Privacydesk kon de bestanden van de kluis niet lezen of schrijven. Controleer of de map bereikbaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>An internal error occurred; nothing was changed. Please report this to your administrator.</source>
        <translation>Er is een interne fout opgetreden; er is niets gewijzigd. Meld dit bij uw beheerder.</translation>
    </message>
</context>
<context>
    <name>pd::cli</name>
    <message>
        <source>Confirm that a number the BSN guard stops is not a BSN (logged).</source>
        <translation>Bevestig dat een nummer dat de BSN-controle tegenhoudt geen BSN is (wordt gelogd).</translation>
    </message>
    <message>
        <source>Register a new request; prints its number.</source>
        <translation>Registreer een nieuw verzoek; toont het nummer.</translation>
    </message>
    <message>
        <source>Name of the data subject.</source>
        <translation>Naam van de betrokkene.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Customer number (an existing data subject is reused).</source>
        <translation>Klantnummer (een bestaande betrokkene wordt hergebruikt).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>Relation: huurder (default), ex-huurder, woningzoekende, …</source>
        <translation>Relatie: huurder (standaard), ex-huurder, woningzoekende, …</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Kind(s) of request: inzage, rectificatie, verwijdering, …</source>
        <translation>Soort(en) verzoek: inzage, rectificatie, verwijdering, …</translation>
    </message>
    <message>
        <source>types</source>
        <translation>soorten</translation>
    </message>
    <message>
        <source>How it came in: telefoon, email, brief, balie, webformulier, gemachtigde, ap.</source>
        <translation>Hoe het binnenkwam: telefoon, email, brief, balie, webformulier, gemachtigde, ap.</translation>
    </message>
    <message>
        <source>Date of receipt.</source>
        <translation>Ontvangstdatum.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Short description of the request.</source>
        <translation>Korte omschrijving van het verzoek.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Representative acting for the data subject.</source>
        <translation>Gemachtigde die namens de betrokkene optreedt.</translation>
    </message>
    <message>
        <source>Callback number.</source>
        <translation>Terugbelnummer.</translation>
    </message>
    <message>
        <source>List requests.</source>
        <translation>Toon de verzoeken.</translation>
    </message>
    <message>
        <source>Only this state.</source>
        <translation>Alleen deze status.</translation>
    </message>
    <message>
        <source>Only requests open and past their deadline on this date.</source>
        <translation>Alleen verzoeken die op deze datum open zijn en over hun termijn.</translation>
    </message>
    <message>
        <source>Show one request with its deadlines.</source>
        <translation>Toon één verzoek met zijn termijnen.</translation>
    </message>
    <message>
        <source>Record the identification request and/or its receipt.</source>
        <translation>Leg het opvragen en/of de ontvangst van de identificatie vast.</translation>
    </message>
    <message>
        <source>Date identification was requested.</source>
        <translation>Datum waarop de identificatie is opgevraagd.</translation>
    </message>
    <message>
        <source>Date identification was received.</source>
        <translation>Datum waarop de identificatie is ontvangen.</translation>
    </message>
    <message>
        <source>How: balie, kopie-id, klantgegevens, portaal, gemachtigde.</source>
        <translation>Hoe: balie, kopie-id, klantgegevens, portaal, gemachtigde.</translation>
    </message>
    <message>
        <source>The identification failed.</source>
        <translation>De identificatie is mislukt.</translation>
    </message>
    <message>
        <source>Extend the term (reasons, and the date the data subject was told).</source>
        <translation>Verleng de termijn (redenen, en de datum waarop de betrokkene is geïnformeerd).</translation>
    </message>
    <message>
        <source>Reasons for the extension.</source>
        <translation>Redenen van de verlenging.</translation>
    </message>
    <message>
        <source>Date the data subject was told.</source>
        <translation>Datum waarop de betrokkene is geïnformeerd.</translation>
    </message>
    <message>
        <source>Complete a request with its outcome.</source>
        <translation>Rond een verzoek af met de uitkomst.</translation>
    </message>
    <message>
        <source>toegewezen, deels-toegewezen, afgewezen, ingetrokken, niet-ontvankelijk.</source>
        <translation>toegewezen, deels-toegewezen, afgewezen, ingetrokken, niet-ontvankelijk.</translation>
    </message>
    <message>
        <source>Grounds for a refusal: art-12-5, art-15-4, art-17-3, …</source>
        <translation>Gronden voor een afwijzing: art-12-5, art-15-4, art-17-3, …</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>Date the answer was sent.</source>
        <translation>Datum waarop het antwoord is verstuurd.</translation>
    </message>
    <message>
        <source>How the answer was sent.</source>
        <translation>Hoe het antwoord is verstuurd.</translation>
    </message>
    <message>
        <source>Add a note to a request.</source>
        <translation>Voeg een notitie toe aan een verzoek.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>De notitie.</translation>
    </message>
    <message>
        <source>Reopen a closed request.</source>
        <translation>Heropen een afgesloten verzoek.</translation>
    </message>
    <message>
        <source>Why it is reopened.</source>
        <translation>Waarom het wordt heropend.</translation>
    </message>
    <message>
        <source>The audit events of one request.</source>
        <translation>De auditgebeurtenissen van één verzoek.</translation>
    </message>
    <message>
        <source>Compute the deadlines for a date of receipt (no store needed).</source>
        <translation>Bereken de termijnen voor een ontvangstdatum (geen kluis nodig).</translation>
    </message>
    <message>
        <source>The term is extended.</source>
        <translation>De termijn is verlengd.</translation>
    </message>
    <message>
        <source>Policy term in days (default 30).</source>
        <translation>Beleidstermijn in dagen (standaard 30).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Policy extension in days (default 30).</source>
        <translation>Beleidsverlenging in dagen (standaard 30).</translation>
    </message>
    <message>
        <source>Move the policy deadline to the next working day too.</source>
        <translation>Verschuif ook de beleidstermijn naar de volgende werkdag.</translation>
    </message>
    <message>
        <source>Identification: pause (default) or restart.</source>
        <translation>Identificatie: pause (standaard) of restart.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Days after receipt within which an identification request pauses the clock (default 7).</source>
        <translation>Dagen na ontvangst waarbinnen het opvragen van identificatie de klok stilzet (standaard 7).</translation>
    </message>
    <message>
        <source>An extra closing day of the organisation (repeatable).</source>
        <translation>Een extra sluitingsdag van de organisatie (herhaalbaar).</translation>
    </message>
    <message>
        <source>The store folder (default: %1, or PRIVACYDESK_STORE).</source>
        <translation>De map van de kluis (standaard: %1, of PRIVACYDESK_STORE).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>The user to act as (or PRIVACYDESK_USER). Without it, every user&apos;s key slot is tried.</source>
        <translation>De gebruiker namens wie u werkt (of PRIVACYDESK_USER). Zonder deze optie wordt de sleutelplaats van elke gebruiker geprobeerd.</translation>
    </message>
    <message>
        <source>Read the password from this file (first line).</source>
        <translation>Lees het wachtwoord uit dit bestand (eerste regel).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Read the password from standard input (one line).</source>
        <translation>Lees het wachtwoord van standaardinvoer (één regel).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Geef machineleesbare JSON.</translation>
    </message>
    <message>
        <source>Add technical details to error messages.</source>
        <translation>Voeg technische details toe aan foutmeldingen.</translation>
    </message>
    <message>
        <source>Language of messages: nl (default) or en.</source>
        <translation>Taal van de meldingen: nl (standaard) of en.</translation>
    </message>
    <message>
        <source>init needs --user NAME.</source>
        <translation>init heeft --user NAAM nodig.</translation>
    </message>
    <message>
        <source>Warning: --kdf test makes the password easy to guess; use it only for tests.</source>
        <translation>Waarschuwing: met --kdf test is het wachtwoord makkelijk te raden; gebruik dit alleen voor tests.</translation>
    </message>
    <message>
        <source>Unknown --kdf profile &apos;%1&apos; (moderate, sensitive).</source>
        <translation>Onbekend --kdf-profiel &apos;%1&apos; (moderate, sensitive).</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Het wachtwoord moet minstens 10 tekens hebben.</translation>
    </message>
    <message>
        <source>Store created in %1 for user %2.</source>
        <translation>Kluis aangemaakt in %1 voor gebruiker %2.</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; print it and keep it in a safe place):</source>
        <translation>Herstelsleutel (alleen nu getoond; druk hem af en bewaar hem op een veilige plek):</translation>
    </message>
    <message>
        <source>Store:          %1</source>
        <translation>Kluis:          %1</translation>
    </message>
    <message>
        <source>Store id:       %1</source>
        <translation>Kluis-id:       %1</translation>
    </message>
    <message>
        <source>Organisation:   %1</source>
        <translation>Organisatie:    %1</translation>
    </message>
    <message>
        <source>Created:        %1</source>
        <translation>Aangemaakt:     %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversie: %1</translation>
    </message>
    <message>
        <source>Encryption:     SQLCipher %1</source>
        <translation>Versleuteling:  SQLCipher %1</translation>
    </message>
    <message>
        <source>Users:          %1 (key slots: %2)</source>
        <translation>Gebruikers:     %1 (sleutelplaatsen: %2)</translation>
    </message>
    <message>
        <source>This is a DEMO store with fictitious data.</source>
        <translation>Dit is een DEMO-kluis met fictieve gegevens.</translation>
    </message>
    <message>
        <source>The store is intact: database integrity and keyring verified.</source>
        <translation>De kluis is intact: integriteit van de database en de sleutelbos gecontroleerd.</translation>
    </message>
    <message>
        <source>Create a new encrypted store.</source>
        <translation>Maak een nieuwe versleutelde kluis aan.</translation>
    </message>
    <message>
        <source>Name of the organisation.</source>
        <translation>Naam van de organisatie.</translation>
    </message>
    <message>
        <source>Argon2id cost: moderate (default) or sensitive.</source>
        <translation>Argon2id-kosten: moderate (standaard) of sensitive.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profiel</translation>
    </message>
    <message>
        <source>Show what the store is and holds.</source>
        <translation>Toon wat de kluis is en bevat.</translation>
    </message>
    <message>
        <source>Check the integrity of the database and the keyring.</source>
        <translation>Controleer de integriteit van de database en de sleutelbos.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Privacydesk on the command line: AVG requests, registers and the encrypted store.</source>
        <translation>Privacydesk op de opdrachtregel: AVG-verzoeken, registers en de versleutelde kluis.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>De uit te voeren opdracht.</translation>
    </message>
    <message>
        <source>No command given; see privacydesk-cli --help.</source>
        <translation>Geen opdracht opgegeven; zie privacydesk-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; see privacydesk-cli --help.</source>
        <translation>Onbekende opdracht &apos;%1&apos;; zie privacydesk-cli --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Onverwacht argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--cases takes a number from 0 to 1000000.</source>
        <translation>--cases verwacht een getal van 0 tot en met 1000000.</translation>
    </message>
    <message>
        <source>%1 of %2 fictitious requests written</source>
        <translation>%1 van %2 fictieve verzoeken geschreven</translation>
    </message>
    <message>
        <source>Demo store created in %1 with %2 fictitious requests (user %3) in %4 s.</source>
        <translation>Demokluis aangemaakt in %1 met %2 fictieve verzoeken (gebruiker %3) in %4 s.</translation>
    </message>
    <message>
        <source>Create a demo store filled with fictitious requests.</source>
        <translation>Een demokluis aanmaken met fictieve verzoeken.</translation>
    </message>
    <message>
        <source>How many requests (default 300).</source>
        <translation>Hoeveel verzoeken (standaard 300).</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same store.</source>
        <translation>Startwaarde: dezelfde startwaarde geeft dezelfde kluis.</translation>
    </message>
</context>
<context>
    <name>pd::cli::CaseCommands</name>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 verwacht een datum als JJJJ-MM-DD, niet &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>  Kind:      %1</source>
        <translation>  Soort:     %1</translation>
    </message>
    <message>
        <source>  State:     %1</source>
        <translation>  Status:    %1</translation>
    </message>
    <message>
        <source>  Received:  %1 (%2)</source>
        <translation>  Ontvangen: %1 (%2)</translation>
    </message>
    <message>
        <source>  Deadline:  %1 (%2 binds)%3</source>
        <translation>  Termijn:   %1 (bepalend: %2)%3</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>wettelijk</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>beleid</translation>
    </message>
    <message>
        <source>, extended</source>
        <translation>, verlengd</translation>
    </message>
    <message>
        <source>Unknown relation &apos;%1&apos; (%2).</source>
        <translation>Onbekende relatie &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>Unknown request type &apos;%1&apos; (%2).</source>
        <translation>Onbekende soort verzoek &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>case add needs --type TYPE[,TYPE] (%1).</source>
        <translation>case add heeft --type SOORT[,SOORT] nodig (%1).</translation>
    </message>
    <message>
        <source>case add needs --channel (%1).</source>
        <translation>case add heeft --channel nodig (%1).</translation>
    </message>
    <message>
        <source>case add needs --received YYYY-MM-DD.</source>
        <translation>case add heeft --received JJJJ-MM-DD nodig.</translation>
    </message>
    <message>
        <source>Unknown state &apos;%1&apos; (%2).</source>
        <translation>Onbekende status &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>case show needs the case number.</source>
        <translation>case show heeft het verzoeknummer nodig.</translation>
    </message>
    <message>
        <source>There is no request with number %1.</source>
        <translation>Er is geen verzoek met nummer %1.</translation>
    </message>
    <message>
        <source>case identify needs the case number.</source>
        <translation>case identify heeft het verzoeknummer nodig.</translation>
    </message>
    <message>
        <source>case identify needs --requested DATE and/or --received DATE.</source>
        <translation>case identify heeft --requested DATUM en/of --received DATUM nodig.</translation>
    </message>
    <message>
        <source>With --received, --method is needed (%1).</source>
        <translation>Bij --received is --method nodig (%1).</translation>
    </message>
    <message>
        <source>case extend needs the case number, --reason TEXT and --notified DATE.</source>
        <translation>case extend heeft het verzoeknummer, --reason TEKST en --notified DATUM nodig.</translation>
    </message>
    <message>
        <source>Warning: the data subject was told after the one-month legal deadline; the extension is not legally valid.</source>
        <translation>Waarschuwing: de betrokkene is na de wettelijke termijn van een maand geïnformeerd; de verlenging is juridisch niet geldig.</translation>
    </message>
    <message>
        <source>case complete needs the case number, --outcome (%1) and --answered DATE.</source>
        <translation>case complete heeft het verzoeknummer, --outcome (%1) en --answered DATUM nodig.</translation>
    </message>
    <message>
        <source>Unknown ground &apos;%1&apos; (%2).</source>
        <translation>Onbekende grond &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>case note needs the case number and --text TEXT.</source>
        <translation>case note heeft het verzoeknummer en --text TEKST nodig.</translation>
    </message>
    <message>
        <source>case reopen needs the case number and --reason TEXT.</source>
        <translation>case reopen heeft het verzoeknummer en --reason TEKST nodig.</translation>
    </message>
    <message>
        <source>case timeline needs the case number.</source>
        <translation>case timeline heeft het verzoeknummer nodig.</translation>
    </message>
    <message>
        <source>deadline needs --received YYYY-MM-DD.</source>
        <translation>deadline heeft --received JJJJ-MM-DD nodig.</translation>
    </message>
    <message>
        <source>--policy-days, --policy-extension-days and --id-within-days take a whole number.</source>
        <translation>--policy-days, --policy-extension-days en --id-within-days verwachten een geheel getal.</translation>
    </message>
    <message>
        <source>--id-model is pause or restart.</source>
        <translation>--id-model is pause of restart.</translation>
    </message>
    <message>
        <source>--closing-day needs a date as YYYY-MM-DD.</source>
        <translation>--closing-day verwacht een datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Legal:     %1 (extended %2)</source>
        <translation>Wettelijk: %1 (verlengd %2)</translation>
    </message>
    <message>
        <source>Policy:    %1 (extended %2)</source>
        <translation>Beleid:    %1 (verlengd %2)</translation>
    </message>
    <message>
        <source>Effective: %1 (%2 binds)</source>
        <translation>Geldend:   %1 (bepalend: %2)</translation>
    </message>
</context>
<context>
    <name>pd::cli::CliContext</name>
    <message>
        <source>The password can be read only once.</source>
        <translation>Het wachtwoord kan maar één keer worden gelezen.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Kan het wachtwoordbestand %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>Warning: the password file can be read by other users.</source>
        <translation>Waarschuwing: het wachtwoordbestand is leesbaar voor andere gebruikers.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <source>Password (again): </source>
        <translation>Wachtwoord (nogmaals): </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>De wachtwoorden komen niet overeen.</translation>
    </message>
    <message>
        <source>No password given. Use --password-file FILE, --password-stdin or the environment variable %1.</source>
        <translation>Geen wachtwoord opgegeven. Gebruik --password-file BESTAND, --password-stdin of de omgevingsvariabele %1.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Het wachtwoord is leeg.</translation>
    </message>
</context>
<context>
    <name>pd::ui::Application</name>
    <message>
        <source>Open store</source>
        <translation>Kluis openen</translation>
    </message>
    <message>
        <source>The folder %1 does not contain a Privacydesk store.</source>
        <translation>De map %1 bevat geen Privacydesk-kluis.</translation>
    </message>
    <message>
        <source>The folder %1 holds a store that is not a demo store. Privacydesk does not open it as the demo.</source>
        <translation>De map %1 bevat een kluis die geen demokluis is. Privacydesk opent haar niet als demo.</translation>
    </message>
    <message>
        <source>The demo could not be opened.</source>
        <translation>De demo kon niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>pd::ui::BsnGuardedTextEdit</name>
    <message>
        <source>This is not a BSN (the confirmation is recorded)</source>
        <translation>Dit is geen BSN (wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Remove the number, or confirm that it is not a BSN.</source>
        <translation>Verwijder het nummer, of bevestig dat het geen BSN is.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseActionDialog</name>
    <message>
        <source>legal deadline</source>
        <translation>wettelijke termijn</translation>
    </message>
    <message>
        <source>own deadline</source>
        <translation>eigen termijn</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseDetailWidget</name>
    <message>
        <source>Request &amp;identification…</source>
        <translation>&amp;Identificatie opvragen…</translation>
    </message>
    <message>
        <source>Identification &amp;received…</source>
        <translation>Identificatie &amp;ontvangen…</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Afronden…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Heropenen…</translation>
    </message>
    <message>
        <source>Request actions</source>
        <translation>Acties voor het verzoek</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Geen verzoek gekozen</translation>
    </message>
    <message>
        <source>Choose a request in the list to see its details, deadlines and timeline.</source>
        <translation>Kies een verzoek in de lijst om de gegevens, termijnen en tijdlijn te zien.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>The BSN is never recorded: only that and how identity was checked, by whom and when — never the document or its number.</source>
        <translation>Het BSN wordt nooit vastgelegd: alleen dat en hoe de identiteit is gecontroleerd, door wie en wanneer — nooit het document of het nummer ervan.</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>&amp;Nieuwste bovenaan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>The register of disclosures follows in a later version. What was given to whom about this data subject will then appear here.</source>
        <translation>Het register van verstrekkingen volgt in een volgende versie. Wat aan wie over deze betrokkene is verstrekt, verschijnt dan hier.</translation>
    </message>
    <message>
        <source>Letters and documents follow in a later version. Until then, keep the answer and the extension notice in your document system and note where they are.</source>
        <translation>Brieven en documenten volgen in een volgende versie. Bewaar tot die tijd het antwoord en het verlengingsbericht in uw documentsysteem en noteer waar ze staan.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>customer number %1</source>
        <translation>klantnummer %1</translation>
    </message>
    <message>
        <source>legal deadline</source>
        <translation>wettelijke termijn</translation>
    </message>
    <message>
        <source>own deadline</source>
        <translation>eigen termijn</translation>
    </message>
    <message numerus="yes">
        <source>answered on %1, %n day(s) after the deadline</source>
        <translation>
            <numerusform>beantwoord op %1, %n dag na de uiterste datum</numerusform>
            <numerusform>beantwoord op %1, %n dagen na de uiterste datum</numerusform>
        </translation>
    </message>
    <message>
        <source>answered on %1, on time</source>
        <translation>beantwoord op %1, op tijd</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>paused until the identification is received</source>
        <translation>opgeschort tot de identificatie binnen is</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline %1 — %2 (%3)</source>
        <translation>Uiterste datum %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>extension notice sent too late</source>
        <translation>verlenging te laat gemeld</translation>
    </message>
    <message>
        <source>The data subject was told after the first month; the legal deadline was not extended.</source>
        <translation>De betrokkene is na de eerste maand geïnformeerd; de wettelijke termijn is niet verlengd.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Ontvangen door:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Gemachtigde:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <source>Callback number:</source>
        <translation>Terugbelnummer:</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>Behandelaar:</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (u)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Verlenging:</translation>
    </message>
    <message>
        <source>%1 (data subject told on %2)</source>
        <translation>%1 (betrokkene geïnformeerd op %2)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Gronden:</translation>
    </message>
    <message>
        <source>Answer sent:</source>
        <translation>Antwoord verzonden:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Legal deadline:</source>
        <translation>Wettelijke termijn:</translation>
    </message>
    <message>
        <source>one month (art. 12(3) GDPR)</source>
        <translation>één maand (art. 12 lid 3 AVG)</translation>
    </message>
    <message>
        <source>Legal, extended:</source>
        <translation>Wettelijk, verlengd:</translation>
    </message>
    <message>
        <source>not in force: the notice was sent too late</source>
        <translation>geldt niet: het bericht is te laat verstuurd</translation>
    </message>
    <message>
        <source>three months</source>
        <translation>drie maanden</translation>
    </message>
    <message>
        <source>Own deadline:</source>
        <translation>Eigen termijn:</translation>
    </message>
    <message>
        <source>Own, extended:</source>
        <translation>Eigen termijn, verlengd:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>running: the deadline stands still until the identification is received</source>
        <translation>loopt: de termijn staat stil tot de identificatie binnen is</translation>
    </message>
    <message>
        <source>none: the identification was requested too late after receipt, so the clock kept running</source>
        <translation>geen: de identificatie is te laat na ontvangst opgevraagd, dus de termijn liep door</translation>
    </message>
    <message>
        <source>Identification pause:</source>
        <translation>Identificatiepauze:</translation>
    </message>
    <message>
        <source>In force now:</source>
        <translation>Geldt nu:</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Opgevraagd op:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Ontvangen op:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Gecontroleerd door:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultaat:</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>not yet checked</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseListModel</name>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln dag te laat</numerusform>
            <numerusform>%Ln dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>nog %Ln dag</numerusform>
            <numerusform>nog %Ln dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, extended</source>
        <translation>%1, verlengd</translation>
    </message>
    <message>
        <source>Deadline %1; the request is closed.</source>
        <translation>Uiterste datum %1; het verzoek is afgesloten.</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>Uiterste datum %1: %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagen resterend</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseListPage</name>
    <message>
        <source>%1, extended</source>
        <translation>%1, verlengd</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open verzoeken</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>Alle behandelaars</translation>
    </message>
    <message>
        <source>No handler</source>
        <translation>Zonder behandelaar</translation>
    </message>
    <message>
        <source>Search by name, request number, customer number or postcode (Ctrl+F)</source>
        <translation>Zoek op naam, verzoeknummer, klantnummer of postcode (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Verzoeken zoeken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show requests with this status</source>
        <translation>Toon verzoeken met deze status</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Soort verzoek</translation>
    </message>
    <message>
        <source>Show requests of this kind</source>
        <translation>Toon verzoeken van deze soort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Show requests received through this channel</source>
        <translation>Toon verzoeken die via dit kanaal zijn ontvangen</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Show requests handled by this person</source>
        <translation>Toon verzoeken die deze persoon behandelt</translation>
    </message>
    <message>
        <source>Over&amp;due</source>
        <translation>&amp;Over de termijn</translation>
    </message>
    <message>
        <source>Open requests whose deadline has passed</source>
        <translation>Open verzoeken waarvan de uiterste datum is verstreken</translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation>Deze &amp;week</translation>
    </message>
    <message>
        <source>Open requests whose deadline falls within the next 7 days</source>
        <translation>Open verzoeken waarvan de uiterste datum binnen 7 dagen valt</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>&amp;Mijn verzoeken</translation>
    </message>
    <message>
        <source>Requests you handle (%1)</source>
        <translation>Verzoeken die u behandelt (%1)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln verzoek</numerusform>
            <numerusform>%Ln verzoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Nog geen verzoeken</translation>
    </message>
    <message>
        <source>The GDPR requests of data subjects will appear here, each with its deadline. Log a request from a phone call with Ctrl+N.</source>
        <translation>Hier verschijnen de AVG-verzoeken van betrokkenen, elk met de uiterste datum. Leg een verzoek uit een telefoongesprek vast met Ctrl+N.</translation>
    </message>
    <message>
        <source>No requests found for ‘%1’</source>
        <translation>Geen verzoeken gevonden voor ‘%1’</translation>
    </message>
    <message>
        <source>No name, request number, customer number or postcode starts with these words. Check the spelling or search for something else.</source>
        <translation>Geen naam, verzoeknummer, klantnummer of postcode begint met deze woorden. Controleer de spelling of zoek op iets anders.</translation>
    </message>
    <message>
        <source>Among the requests the other filters show, no name, request number, customer number or postcode starts with these words. Clear the filters to search all requests.</source>
        <translation>Bij de verzoeken die de andere filters tonen, begint geen naam, verzoeknummer, klantnummer of postcode met deze woorden. Wis de filters om in alle verzoeken te zoeken.</translation>
    </message>
    <message>
        <source>No requests match these filters</source>
        <translation>Geen verzoeken die aan deze filters voldoen</translation>
    </message>
    <message>
        <source>Clear the filters to see all requests.</source>
        <translation>Wis de filters om alle verzoeken te zien.</translation>
    </message>
    <message>
        <source>No open requests</source>
        <translation>Geen openstaande verzoeken</translation>
    </message>
    <message>
        <source>Every request in this store has been closed. Choose “All states” to see them.</source>
        <translation>Alle verzoeken in deze kluis zijn afgesloten. Kies “Alle statussen” om ze te zien.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CommandLine</name>
    <message>
        <source>Privacydesk: GDPR requests, disclosures and retention periods for housing corporations, in an encrypted store. The password is always typed in the application, never given on the command line.</source>
        <translation>Privacydesk: AVG-verzoeken, verstrekkingen en bewaartermijnen voor woningcorporaties, in een versleutelde kluis. Het wachtwoord typt u altijd in de applicatie, nooit op de opdrachtregel.</translation>
    </message>
    <message>
        <source>Open the store in folder &lt;dir&gt; instead of the last one used.</source>
        <translation>Open de kluis in map &lt;map&gt; in plaats van de laatst gebruikte.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Open the demo store with fictitious data (it is created when missing).</source>
        <translation>Open de demokluis met fictieve gegevens (wordt aangemaakt als die ontbreekt).</translation>
    </message>
    <message>
        <source>Language of the user interface: nl or en.</source>
        <translation>Taal van de gebruikersinterface: nl of en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use nl or en.</source>
        <translation>Onbekende taal &quot;%1&quot;; gebruik nl of en.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Passwords are never given on the command line; see --help.</source>
        <translation>Onverwacht argument &quot;%1&quot;. Wachtwoorden worden nooit op de opdrachtregel meegegeven; zie --help.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CompleteDialog</name>
    <message>
        <source>Grounds for the refusal</source>
        <translation>Gronden voor de afwijzing</translation>
    </message>
    <message>
        <source>A refusal letter names the right to complain to the Autoriteit Persoonsgegevens and to go to court within six weeks (art. 35 UAVG).</source>
        <translation>Een afwijzingsbrief noemt het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens en om binnen zes weken naar de rechter te stappen (art. 35 UAVG).</translation>
    </message>
    <message>
        <source>Complete the request</source>
        <translation>Verzoek afronden</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>&amp;Answer sent on:</source>
        <translation>&amp;Antwoord verzonden op:</translation>
    </message>
    <message>
        <source>Answer sent &amp;by:</source>
        <translation>Antwoord verzonden &amp;per:</translation>
    </message>
    <message>
        <source>Answer channel</source>
        <translation>Kanaal van het antwoord</translation>
    </message>
</context>
<context>
    <name>pd::ui::CreateStoreDialog</name>
    <message>
        <source>New store – Privacydesk</source>
        <translation>Nieuwe kluis – Privacydesk</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>Nieuwe kluis aanmaken</translation>
    </message>
    <message>
        <source>A store is an encrypted folder that holds all of Privacydesk&apos;s data. Only someone with a password or the recovery key can open it.</source>
        <translation>Een kluis is een versleutelde map met alle gegevens van Privacydesk. Alleen wie een wachtwoord of de herstelsleutel heeft, kan haar openen.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>Optional, e.g. Woningstichting De Hoven</source>
        <translation>Niet verplicht, bijv. Woningstichting De Hoven</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
    <message>
        <source>Creating the store… this takes a few seconds.</source>
        <translation>Kluis wordt aangemaakt… dit duurt enkele seconden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <source>With this key you can open the store when every password has been forgotten. It is shown only this once. Print it or copy it onto paper by hand.</source>
        <translation>Met deze sleutel opent u de kluis als alle wachtwoorden vergeten zijn. Hij wordt alleen nu getoond. Druk hem af of schrijf hem over op papier.</translation>
    </message>
    <message>
        <source>Keep this key on paper in a safe place; whoever has the key can open the store.</source>
        <translation>Bewaar deze sleutel op papier op een veilige plek; wie de sleutel heeft, kan de kluis openen.</translation>
    </message>
    <message>
        <source>Store ID: %1 · created %2</source>
        <translation>Kluis-ID: %1 · aangemaakt %2</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;fdrukken…</translation>
    </message>
    <message>
        <source>I have &amp;kept the recovery key in a safe place</source>
        <translation>Ik heb de herstelsleutel &amp;veilig bewaard</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Verder</translation>
    </message>
    <message>
        <source>Choose a folder for the store.</source>
        <translation>Kies een map voor de kluis.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is een bestand, geen map.</translation>
    </message>
    <message>
        <source>This folder already holds a store. Choose another folder, or open that store instead.</source>
        <translation>Deze map bevat al een kluis. Kies een andere map, of open die kluis.</translation>
    </message>
    <message>
        <source>The folder is not empty. Choose an empty or a new folder.</source>
        <translation>De map is niet leeg. Kies een lege of nieuwe map.</translation>
    </message>
    <message>
        <source>Fill in a user name.</source>
        <translation>Vul een gebruikersnaam in.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Het wachtwoord moet minstens %n teken hebben.</numerusform>
            <numerusform>Het wachtwoord moet minstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is on the list of most used passwords. Choose another one.</source>
        <translation>Dit wachtwoord staat op de lijst van meestgebruikte wachtwoorden. Kies een ander.</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>Herhaal het wachtwoord.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Folder for the new store</source>
        <translation>Map voor de nieuwe kluis</translation>
    </message>
    <message>
        <source>The store could not be created.</source>
        <translation>De kluis kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Privacydesk recovery key</source>
        <translation>Herstelsleutel Privacydesk</translation>
    </message>
    <message>
        <source>Print recovery key</source>
        <translation>Herstelsleutel afdrukken</translation>
    </message>
</context>
<context>
    <name>pd::ui::DemoBanner</name>
    <message>
        <source>DEMO — fictitious data</source>
        <translation>DEMO — fictieve gegevens</translation>
    </message>
    <message>
        <source>This store holds made-up data only. Never enter real personal data here.</source>
        <translation>Deze kluis bevat alleen verzonnen gegevens. Voer hier nooit echte persoonsgegevens in.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExtendDialog</name>
    <message>
        <source>Reason for the extension</source>
        <translation>Reden voor de verlenging</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Termijn verlengen</translation>
    </message>
    <message>
        <source>&amp;Reasons (as told to the data subject):</source>
        <translation>&amp;Redenen (zoals aan de betrokkene meegedeeld):</translation>
    </message>
    <message>
        <source>Data subject &amp;told on:</source>
        <translation>Betrokkene &amp;geïnformeerd op:</translation>
    </message>
    <message>
        <source>The law allows one extension of at most two months, when the request is complex or there are many requests. The data subject must be told within the first month (by %1 at the latest), with the reasons.</source>
        <translation>De wet staat één verlenging van ten hoogste twee maanden toe, als het verzoek complex is of als er veel verzoeken zijn. De betrokkene moet binnen de eerste maand (uiterlijk %1) worden geïnformeerd, met de redenen.</translation>
    </message>
    <message>
        <source>New deadline after the extension: %1 (%2).</source>
        <translation>Nieuwe uiterste datum na de verlenging: %1 (%2).</translation>
    </message>
    <message>
        <source>The data subject must be told about the extension within the first month (by %1 at the latest); a later notice does not extend the legal deadline.</source>
        <translation>De betrokkene moet binnen de eerste maand over de verlenging worden geïnformeerd (uiterlijk %1); een later bericht verlengt de wettelijke termijn niet.</translation>
    </message>
</context>
<context>
    <name>pd::ui::IntakeDialog</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>Terugbelnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Telephone request — Privacydesk</source>
        <translation>Telefonisch verzoek — Privacydesk</translation>
    </message>
    <message>
        <source>Telephone request</source>
        <translation>Telefonisch verzoek</translation>
    </message>
    <message>
        <source>&amp;Find the caller: customer number, postcode + house number, or name</source>
        <translation>Beller &amp;zoeken: klantnummer, postcode + huisnummer, of naam</translation>
    </message>
    <message>
        <source>e.g. K100234, 1234 AB 12 or De Vries</source>
        <translation>bijv. K100234, 1234 AB 12 of De Vries</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>Huisnr.</translation>
    </message>
    <message>
        <source>House number, with the postcode in the search field</source>
        <translation>Huisnummer, met de postcode in het zoekveld</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open verzoeken</translation>
    </message>
    <message>
        <source>&amp;New data subject (not found)</source>
        <translation>&amp;Nieuwe betrokkene (niet gevonden)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relatie:</translation>
    </message>
    <message>
        <source>C&amp;ustomer number:</source>
        <translation>Kl&amp;antnummer:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Verzoek:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>Call&amp;back number:</source>
        <translation>Terug&amp;belnummer:</translation>
    </message>
    <message>
        <source>The number we already know for this caller</source>
        <translation>Het nummer dat wij al van deze beller kennen</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>In a few words what the caller asks for. No BSN, no document numbers.</source>
        <translation>In een paar woorden wat de beller vraagt. Geen BSN, geen documentnummers.</translation>
    </message>
    <message>
        <source>This is no&amp;t a BSN (the confirmation is logged)</source>
        <translation>Dit is &amp;geen BSN (de bevestiging wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Received by %1 by telephone</source>
        <translation>Telefonisch ontvangen door %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Save request</source>
        <translation>Verzoek op&amp;slaan</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Identification script</source>
        <translation>Identificatiescript</translation>
    </message>
    <message>
        <source>Ask for the customer number, address and date of birth.</source>
        <translation>Vraag naar klantnummer, adres en geboortedatum.</translation>
    </message>
    <message>
        <source>Check them against the customer system.</source>
        <translation>Controleer die met het klantsysteem.</translation>
    </message>
    <message>
        <source>Never write down the BSN or a document number.</source>
        <translation>Noteer nooit het BSN of een documentnummer.</translation>
    </message>
    <message>
        <source>Call back on the number we already know.</source>
        <translation>Bel terug op het bij ons bekende nummer.</translation>
    </message>
    <message>
        <source>The request counts from today, even before the caller has been identified.</source>
        <translation>Het verzoek telt vanaf vandaag, ook als de beller nog niet geïdentificeerd is.</translation>
    </message>
    <message>
        <source>Request saved</source>
        <translation>Verzoek vastgelegd</translation>
    </message>
    <message>
        <source>Tell the caller the number and:</source>
        <translation>Noem de beller het nummer en zeg:</translation>
    </message>
    <message>
        <source>New call (%1)</source>
        <translation>Nieuw gesprek (%1)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>You will receive an answer by %1 at the latest.</source>
        <translation>Uiterlijk op %1 krijgt u antwoord.</translation>
    </message>
    <message>
        <source>%1 · %2 · received by telephone by %3</source>
        <translation>%1 · %2 · telefonisch ontvangen door %3</translation>
    </message>
    <message>
        <source>Customer number %1</source>
        <translation>Klantnummer %1</translation>
    </message>
    <message>
        <source>Postcode %1</source>
        <translation>Postcode %1</translation>
    </message>
    <message>
        <source>Postcode %1, house number %2</source>
        <translation>Postcode %1, huisnummer %2</translation>
    </message>
    <message>
        <source>Name “%1”</source>
        <translation>Naam ‘%1’</translation>
    </message>
    <message>
        <source>Type a customer number, a postcode with house number, or at least two letters of the name.</source>
        <translation>Typ een klantnummer, een postcode met huisnummer, of ten minste twee letters van de naam.</translation>
    </message>
    <message>
        <source>%1: nobody found. Tick “New data subject” (Alt+N) to register the caller.</source>
        <translation>%1: niemand gevonden. Vink ‘Nieuwe betrokkene’ aan (Alt+N) om de beller te registreren.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n found</source>
        <translation>
            <numerusform>%1: %n gevonden</numerusform>
            <numerusform>%1: %n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1; type more of the name)</source>
        <translation>(de eerste %1; typ meer van de naam)</translation>
    </message>
    <message>
        <source>— ↓ to choose, Enter to take.</source>
        <translation>— ↓ om te kiezen, Enter om over te nemen.</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Beller: %1</translation>
    </message>
    <message numerus="yes">
        <source>already has %n open request(s)</source>
        <translation>
            <numerusform>heeft al %n openstaand verzoek</numerusform>
            <numerusform>heeft al %n openstaande verzoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the new data subject.</source>
        <translation>Vul de naam van de nieuwe betrokkene in.</translation>
    </message>
    <message>
        <source>Choose the caller from the results, or tick “New data subject”.</source>
        <translation>Kies de beller uit de resultaten, of vink ‘Nieuwe betrokkene’ aan.</translation>
    </message>
    <message>
        <source>Tick at least one kind of request.</source>
        <translation>Vink ten minste één soort verzoek aan.</translation>
    </message>
    <message>
        <source>Remove the number that looks like a BSN, or confirm that it is not one.</source>
        <translation>Verwijder het nummer dat op een BSN lijkt, of bevestig dat het geen BSN is.</translation>
    </message>
    <message>
        <source>Discard this request?</source>
        <translation>Dit verzoek weggooien?</translation>
    </message>
    <message>
        <source>What you typed for this call has not been saved. Discard it?</source>
        <translation>Wat u voor dit gesprek hebt ingevuld, is niet opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Verder invullen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>DEMO — fictitious data — Privacydesk</source>
        <translation>DEMO — fictieve gegevens — Privacydesk</translation>
    </message>
    <message>
        <source>%1 — Privacydesk</source>
        <translation>%1 — Privacydesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock store</source>
        <translation>Kluis &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Close the store and ask for the password again</source>
        <translation>Sluit de kluis en vraag opnieuw om het wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Privacydesk</source>
        <translation>&amp;Over Privacydesk</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>No disclosures yet</source>
        <translation>Nog geen verstrekkingen</translation>
    </message>
    <message>
        <source>Personal data given to third parties, such as a municipality, the police or a contractor, will be registered here, so that you can show who received what and why. The disclosure register is not yet available in this version.</source>
        <translation>Hier komen de verstrekkingen van persoonsgegevens aan derden, zoals de gemeente, de politie of een aannemer, zodat u kunt laten zien wie wat heeft gekregen en waarom. Het verstrekkingenregister is in deze versie nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>No retention periods yet</source>
        <translation>Nog geen bewaartermijnen</translation>
    </message>
    <message>
        <source>The retention periods per kind of data will appear here, with what is due to be destroyed. Setting retention periods is not yet possible in this version.</source>
        <translation>Hier verschijnen de bewaartermijnen per soort gegevens, met wat vernietigd moet worden. Bewaartermijnen instellen kan in deze versie nog niet.</translation>
    </message>
    <message>
        <source>No registers yet</source>
        <translation>Nog geen registers</translation>
    </message>
    <message>
        <source>The register of processing activities and the register of data breaches will appear here. Keeping these registers is not yet possible in this version.</source>
        <translation>Hier verschijnen het register van verwerkingsactiviteiten en het register van datalekken. Deze registers bijhouden kan in deze versie nog niet.</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nog niets te tonen</translation>
    </message>
    <message>
        <source>Overviews of requests, deadlines and disclosures will appear here once the store holds requests.</source>
        <translation>Hier verschijnen overzichten van verzoeken, termijnen en verstrekkingen zodra de kluis verzoeken bevat.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Gebruiker: %1</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Versleuteld</translation>
    </message>
    <message>
        <source>Encrypted with SQLCipher; keys with Argon2id</source>
        <translation>Versleuteld met SQLCipher; sleutels met Argon2id</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>Privacydesk %1</source>
        <translation>Privacydesk %1</translation>
    </message>
    <message>
        <source>GDPR requests, disclosures and retention periods for housing corporations.</source>
        <translation>AVG-verzoeken, verstrekkingen en bewaartermijnen voor woningcorporaties.</translation>
    </message>
    <message>
        <source>SQLCipher version: %1</source>
        <translation>SQLCipher-versie: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversie: %1</translation>
    </message>
    <message>
        <source>Encrypted with SQLCipher; keys with Argon2id.</source>
        <translation>Versleuteld met SQLCipher; sleutels met Argon2id.</translation>
    </message>
    <message>
        <source>DEMO — fictitious data</source>
        <translation>DEMO — fictieve gegevens</translation>
    </message>
    <message>
        <source>About Privacydesk</source>
        <translation>Over Privacydesk</translation>
    </message>
    <message>
        <source>This demo store holds only fictitious data.</source>
        <translation>Deze demokluis bevat alleen fictieve gegevens.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Verzoek</translation>
    </message>
    <message>
        <source>&amp;Telephone request…</source>
        <translation>&amp;Telefonisch verzoek…</translation>
    </message>
    <message>
        <source>Log a request during a phone call</source>
        <translation>Een verzoek vastleggen tijdens een telefoongesprek</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
</context>
<context>
    <name>pd::ui::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>pd::ui::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Notes are part of the audit trail and cannot be changed afterwards. Never write down a citizen service number (BSN).</source>
        <translation>Notities horen bij het auditspoor en kunnen achteraf niet worden gewijzigd. Noteer nooit een burgerservicenummer (BSN).</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordLineEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Wachtwoord verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStrength</name>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>This is one of the passwords that attackers try first.</source>
        <translation>Dit is een van de wachtwoorden die aanvallers als eerste proberen.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken.</numerusform>
            <numerusform>Gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avoid repeated or consecutive characters such as &quot;aaaa&quot; or &quot;1234&quot;.</source>
        <translation>Vermijd herhaalde of opeenvolgende tekens zoals &quot;aaaa&quot; of &quot;1234&quot;.</translation>
    </message>
    <message>
        <source>Make it longer, or mix letters, digits and symbols.</source>
        <translation>Maak het langer, of combineer letters, cijfers en leestekens.</translation>
    </message>
    <message>
        <source>Make it longer: a sentence of several words is strong and easy to remember.</source>
        <translation>Maak het langer: een zin van een paar woorden is sterk en makkelijk te onthouden.</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStrengthMeter</name>
    <message>
        <source>Strength: –</source>
        <translation>Sterkte: –</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a sentence of several words works well.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken; een zin van een paar woorden werkt goed.</numerusform>
            <numerusform>Gebruik minstens %n tekens; een zin van een paar woorden werkt goed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReceiveIdentificationDialog</name>
    <message>
        <source>&amp;Succeeded</source>
        <translation>&amp;Geslaagd</translation>
    </message>
    <message>
        <source>&amp;Failed</source>
        <translation>&amp;Mislukt</translation>
    </message>
    <message>
        <source>After a failed identification the request waits for a new one, or is declared inadmissible.</source>
        <translation>Na een mislukte identificatie wacht het verzoek op een nieuwe, of wordt het niet-ontvankelijk verklaard.</translation>
    </message>
    <message>
        <source>Identification received</source>
        <translation>Identificatie ontvangen</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultaat:</translation>
    </message>
    <message>
        <source>Record how identity was checked, never the document, its number or the BSN.</source>
        <translation>Leg vast hoe de identiteit is gecontroleerd, nooit het document, het nummer ervan of het BSN.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeySheet</name>
    <message>
        <source>Privacydesk recovery key</source>
        <translation>Herstelsleutel Privacydesk</translation>
    </message>
    <message>
        <source>Store ID:</source>
        <translation>Kluis-ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <source>Keep this key on paper in a safe place; whoever has the key can open the store.</source>
        <translation>Bewaar deze sleutel op papier op een veilige plek; wie de sleutel heeft, kan de kluis openen.</translation>
    </message>
    <message>
        <source>With this key you can open the store when every password has been forgotten. Do not store it on the computer or in e-mail. Privacydesk shows this key only once.</source>
        <translation>Met deze sleutel opent u de kluis als alle wachtwoorden vergeten zijn. Bewaar hem niet op de computer of in e-mail. Privacydesk toont deze sleutel maar één keer.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReopenDialog</name>
    <message>
        <source>Reason for reopening</source>
        <translation>Reden voor heropenen</translation>
    </message>
    <message>
        <source>Reopen the request</source>
        <translation>Verzoek heropenen</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <source>Reopening removes the outcome (%1), the grounds and the answer date from this request; the audit trail keeps them. The deadline runs again from the dates already recorded.</source>
        <translation>Heropenen haalt de uitkomst (%1), de gronden en de antwoorddatum van dit verzoek af; het auditspoor bewaart ze. De termijn loopt weer vanaf de datums die al zijn vastgelegd.</translation>
    </message>
    <message>
        <source>&amp;Why is the request reopened?</source>
        <translation>&amp;Waarom wordt het verzoek heropend?</translation>
    </message>
</context>
<context>
    <name>pd::ui::RequestIdentificationDialog</name>
    <message>
        <source>Request identification</source>
        <translation>Identificatie opvragen</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Opgevraagd op:</translation>
    </message>
    <message>
        <source>Ask the data subject to identify themselves without undue delay: the deadline is paused only when the request goes out within the days the policy allows.</source>
        <translation>Vraag de betrokkene zonder onnodige vertraging om zich te identificeren: de termijn staat alleen stil als het verzoek binnen de dagen gaat die het beleid toestaat.</translation>
    </message>
</context>
<context>
    <name>pd::ui::SettingsDialog</name>
    <message>
        <source>Settings — Privacydesk</source>
        <translation>Instellingen — Privacydesk</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Termijnen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>These details appear in letters to data subjects and in the complaint dossier for the Autoriteit Persoonsgegevens.</source>
        <translation>Deze gegevens staan in brieven aan betrokkenen en in het klachtdossier voor de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Privacy &amp;e-mail:</source>
        <translation>Privacy-&amp;e-mailadres:</translation>
    </message>
    <message>
        <source>e.g. privacy@woonstichting.nl</source>
        <translation>bijv. privacy@woonstichting.nl</translation>
    </message>
    <message>
        <source>Postal add&amp;ress:</source>
        <translation>&amp;Postadres:</translation>
    </message>
    <message>
        <source>Street and number, or PO box</source>
        <translation>Straat en huisnummer, of postbus</translation>
    </message>
    <message>
        <source>&amp;Postcode and city:</source>
        <translation>Postco&amp;de en plaats:</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>This is not a BSN (the confirmation is logged)</source>
        <translation>Dit is geen BSN (de bevestiging wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Own &amp;term:</source>
        <translation>&amp;Eigen termijn:</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>&amp;Verlenging:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>&amp;Move to the next working day (weekend, public holiday, closing day)</source>
        <translation>Verschuiven naar de volgende &amp;werkdag (weekend, feestdag, sluitingsdag)</translation>
    </message>
    <message>
        <source>Identification:</source>
        <translation>Identificatie:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>The days spent waiting for identification are added to the deadline (EDPB guidelines, §159).</source>
        <translation>De dagen waarin op identificatie wordt gewacht, worden bij de uiterste datum opgeteld (EDPB-richtsnoeren, §159).</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>Opnieuw &amp;beginnen</translation>
    </message>
    <message>
        <source>The term starts again on the day the identification is received.</source>
        <translation>De termijn begint opnieuw op de dag dat de identificatie binnen is.</translation>
    </message>
    <message>
        <source>Request &amp;within:</source>
        <translation>Opvragen b&amp;innen:</translation>
    </message>
    <message>
        <source>days of receipt; a later request does not stop the clock</source>
        <translation>dagen na ontvangst; later opvragen stopt de klok niet</translation>
    </message>
    <message>
        <source>Extra &amp;closing days:</source>
        <translation>Extra s&amp;luitingsdagen:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>The legal term (one month, art. 12(3) AVG; three months when extended) always applies. Your own term counts when it ends earlier. Saving recomputes the deadlines of open requests.</source>
        <translation>De wettelijke termijn (één maand, art. 12 lid 3 AVG; drie maanden na verlenging) geldt altijd. Uw eigen termijn telt als die eerder afloopt. Bij opslaan worden de uiterste datums van openstaande verzoeken opnieuw berekend.</translation>
    </message>
    <message>
        <source>The language of Privacydesk on this computer. It changes at once and does not affect other users.</source>
        <translation>De taal van Privacydesk op deze computer. Die verandert direct en geldt niet voor andere gebruikers.</translation>
    </message>
    <message>
        <source>legal term</source>
        <translation>wettelijke termijn</translation>
    </message>
    <message>
        <source>own term</source>
        <translation>eigen termijn</translation>
    </message>
    <message>
        <source>Example: received today → deadline %1 (%2)</source>
        <translation>Voorbeeld: ontvangen vandaag → uiterste datum %1 (%2)</translation>
    </message>
    <message>
        <source>after an extension %1 (%2)</source>
        <translation>na verlenging %1 (%2)</translation>
    </message>
    <message>
        <source>Remove the number that looks like a BSN, or confirm that it is not one.</source>
        <translation>Verwijder het nummer dat op een BSN lijkt, of bevestig dat het geen BSN is.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>Privacy-e-mailadres</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
</context>
<context>
    <name>pd::ui::UnlockDialog</name>
    <message>
        <source>DEMO — fictitious data — Privacydesk</source>
        <translation>DEMO — fictieve gegevens — Privacydesk</translation>
    </message>
    <message>
        <source>Unlock store – Privacydesk</source>
        <translation>Kluis ontgrendelen – Privacydesk</translation>
    </message>
    <message>
        <source>This is the demo store with fictitious data. User name: %1, password: %2</source>
        <translation>Dit is de demokluis met fictieve gegevens. Gebruikersnaam: %1, wachtwoord: %2</translation>
    </message>
    <message>
        <source>Open the store with the recovery key</source>
        <translation>Kluis openen met de herstelsleutel</translation>
    </message>
    <message>
        <source>Unlock store</source>
        <translation>Kluis ontgrendelen</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Type the recovery key exactly as it is printed on paper. Upper or lower case and the dashes do not matter.</source>
        <translation>Typ de herstelsleutel zoals die op papier staat. Hoofd- of kleine letters en de streepjes maken niet uit.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <source>Unlocking… this takes a few seconds.</source>
        <translation>Ontgrendelen… dit duurt enkele seconden.</translation>
    </message>
    <message>
        <source>Use &amp;password</source>
        <translation>&amp;Wachtwoord gebruiken</translation>
    </message>
    <message>
        <source>Use r&amp;ecovery key…</source>
        <translation>&amp;Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation>Andere &amp;kluis openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Typ de herstelsleutel.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Typ uw gebruikersnaam.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Typ uw wachtwoord.</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>De kluis kon niet worden geopend.</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Kluis openen</translation>
    </message>
    <message>
        <source>The folder %1 does not contain a Privacydesk store.</source>
        <translation>De map %1 bevat geen Privacydesk-kluis.</translation>
    </message>
</context>
<context>
    <name>pd::ui::WelcomeDialog</name>
    <message>
        <source>Welcome – Privacydesk</source>
        <translation>Welkom – Privacydesk</translation>
    </message>
    <message>
        <source>Welcome to Privacydesk</source>
        <translation>Welkom bij Privacydesk</translation>
    </message>
    <message>
        <source>Privacydesk keeps track of GDPR requests, disclosures and retention periods in an encrypted store on this computer. There is no store here yet.</source>
        <translation>Privacydesk houdt AVG-verzoeken, verstrekkingen en bewaartermijnen bij in een versleutelde kluis op deze computer. Er is hier nog geen kluis.</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>Nieuwe kluis aanmaken</translation>
    </message>
    <message>
        <source>An empty, encrypted store for your organisation, protected by your password and a recovery key on paper.</source>
        <translation>Een lege, versleutelde kluis voor uw organisatie, beveiligd met uw wachtwoord en een herstelsleutel op papier.</translation>
    </message>
    <message>
        <source>Open the demo (fictitious data)</source>
        <translation>Demo openen (fictieve gegevens)</translation>
    </message>
    <message>
        <source>Try Privacydesk in a separate store with made-up data only. Never enter real personal data in the demo.</source>
        <translation>Probeer Privacydesk uit in een aparte kluis met alleen verzonnen gegevens. Voer in de demo nooit echte persoonsgegevens in.</translation>
    </message>
    <message>
        <source>Open an existing store…</source>
        <translation>Bestaande kluis openen…</translation>
    </message>
    <message>
        <source>Choose a folder that holds a Privacydesk store, for instance on a network drive.</source>
        <translation>Kies een map met een Privacydesk-kluis, bijvoorbeeld op een netwerkschijf.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
</TS>
