<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>pd::AuditLog</name>
    <message>
        <source>An audit event needs an actor, an entity type, an entity id and an action.</source>
        <extracomment>Dutch: &quot;Een gebeurtenis in het auditspoor heeft een gebruiker, een soort, een kenmerk en een handeling nodig.&quot;</extracomment>
        <translation>An audit event needs an actor, an entity type, an entity id and an action.</translation>
    </message>
    <message>
        <source>An audit event can only be recorded inside a transaction, together with the change it describes.</source>
        <extracomment>Dutch: &quot;Een gebeurtenis in het auditspoor kan alleen binnen een transactie worden vastgelegd, samen met de wijziging die zij beschrijft.&quot;</extracomment>
        <translation>An audit event can only be recorded inside a transaction, together with the change it describes.</translation>
    </message>
    <message>
        <source>The cryptographic library (libsodium) does not work.</source>
        <extracomment>Dutch: &quot;De cryptografische bibliotheek (libsodium) werkt niet.&quot;</extracomment>
        <translation>The cryptographic library (libsodium) does not work.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <extracomment>Dutch: &quot;Het auditspoor kon niet worden gelezen: %1&quot;</extracomment>
        <translation>The audit trail could not be read: %1</translation>
    </message>
    <message>
        <source>The event could not be recorded in the audit trail: %1</source>
        <extracomment>Dutch: &quot;De gebeurtenis kon niet in het auditspoor worden vastgelegd: %1&quot;</extracomment>
        <translation>The event could not be recorded in the audit trail: %1</translation>
    </message>
    <message>
        <source>Event 1 is missing: the chain starts at %1.</source>
        <extracomment>Dutch: &quot;Gebeurtenis 1 ontbreekt: het spoor begint pas bij %1.&quot;</extracomment>
        <translation>Event 1 is missing: the chain starts at %1.</translation>
    </message>
    <message>
        <source>Event %1 is missing: the chain jumps from %2 to %3.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 ontbreekt: het spoor springt van %2 naar %3.&quot;</extracomment>
        <translation>Event %1 is missing: the chain jumps from %2 to %3.</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing: the chain jumps from %3 to %4.</source>
        <extracomment>Dutch: &quot;Gebeurtenissen %1 tot en met %2 ontbreken: het spoor springt van %3 naar %4.&quot;</extracomment>
        <translation>Events %1 to %2 are missing: the chain jumps from %3 to %4.</translation>
    </message>
    <message>
        <source>Event %1 has an invalid sequence number; %2 was expected.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 heeft een ongeldig volgnummer; verwacht was %2.&quot;</extracomment>
        <translation>Event %1 has an invalid sequence number; %2 was expected.</translation>
    </message>
    <message>
        <source>Event 1 does not belong to this store: the start of its chain does not match.</source>
        <extracomment>Dutch: &quot;Gebeurtenis 1 hoort niet bij dit archief: het begin van de keten klopt niet.&quot;</extracomment>
        <translation>Event 1 does not belong to this store: the start of its chain does not match.</translation>
    </message>
    <message>
        <source>Event %1 does not follow on from event %2: events were inserted, removed or put in a different order.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 sluit niet aan op gebeurtenis %2: er zijn gebeurtenissen ingevoegd, verwijderd of van volgorde verwisseld.&quot;</extracomment>
        <translation>Event %1 does not follow on from event %2: events were inserted, removed or put in a different order.</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was recorded: its time, user, subject or action no longer match its hash.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 is na het vastleggen gewijzigd: haar gegevens (tijdstip, gebruiker, onderwerp of handeling) passen niet meer bij haar hash.&quot;</extracomment>
        <translation>Event %1 was changed after it was recorded: its time, user, subject or action no longer match its hash.</translation>
    </message>
    <message>
        <source>Event %1 still has its details but no longer its salt: the details cannot be checked.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 heeft nog een inhoud maar geen zout meer: de inhoud kan niet worden gecontroleerd.&quot;</extracomment>
        <translation>Event %1 still has its details but no longer its salt: the details cannot be checked.</translation>
    </message>
    <message>
        <source>The details of event %1 were changed after it was recorded: they no longer match their hash.</source>
        <extracomment>Dutch: &quot;De details van gebeurtenis %1 zijn na het vastleggen gewijzigd: ze passen niet meer bij hun hash.&quot;</extracomment>
        <translation>The details of event %1 were changed after it was recorded: they no longer match their hash.</translation>
    </message>
    <message>
        <source>The details of event %1 were removed other than by the retention rules.</source>
        <extracomment>Dutch: &quot;De details van gebeurtenis %1 zijn verwijderd buiten de bewaarregels om.&quot;</extracomment>
        <translation>The details of event %1 were removed other than by the retention rules.</translation>
    </message>
    <message>
        <source>The details in the audit trail could not be destroyed: %1</source>
        <extracomment>Dutch: &quot;De details in het auditspoor konden niet worden vernietigd: %1&quot;</extracomment>
        <translation>The details in the audit trail could not be destroyed: %1</translation>
    </message>
</context>
<context>
    <name>pd::BsnGuard</name>
    <message>
        <source>The text contains a number that passes the 11-test for a citizen service number (BSN): %1. A housing corporation may not record a BSN (art. 46 UAVG). Remove the number. If it is not a BSN (for example a customer number), confirm that explicitly.</source>
        <extracomment>Dutch: &quot;De tekst bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN): %1. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder het nummer. Is het geen BSN (bijvoorbeeld een klantnummer), bevestig dat dan uitdrukkelijk.&quot;</extracomment>
        <translation>The text contains a number that passes the 11-test for a citizen service number (BSN): %1. A housing corporation may not record a BSN (art. 46 UAVG). Remove the number. If it is not a BSN (for example a customer number), confirm that explicitly.</translation>
    </message>
    <message>
        <source>The text in “%1” contains a number that passes the 11-test for a citizen service number (BSN): %2. A housing corporation may not record a BSN (art. 46 UAVG). Remove the number. If it is not a BSN (for example a customer number), confirm that explicitly.</source>
        <extracomment>%1 is the field label, %2 the masked number (only its last four digits). Dutch: &quot;De tekst in “%1” bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder het nummer. Is het geen BSN (bijvoorbeeld een klantnummer), bevestig dat dan uitdrukkelijk.&quot;</extracomment>
        <translation>The text in “%1” contains a number that passes the 11-test for a citizen service number (BSN): %2. A housing corporation may not record a BSN (art. 46 UAVG). Remove the number. If it is not a BSN (for example a customer number), confirm that explicitly.</translation>
    </message>
    <message>
        <source>The text contains numbers that pass the 11-test for a citizen service number (BSN): %1. A housing corporation may not record a BSN (art. 46 UAVG). Remove the numbers. If they are not BSNs (for example customer numbers), confirm that explicitly.</source>
        <extracomment>%1 is a list of masked numbers (only their last four digits). Dutch: &quot;De tekst bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN): %1. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN&apos;s (bijvoorbeeld klantnummers), bevestig dat dan uitdrukkelijk.&quot;</extracomment>
        <translation>The text contains numbers that pass the 11-test for a citizen service number (BSN): %1. A housing corporation may not record a BSN (art. 46 UAVG). Remove the numbers. If they are not BSNs (for example customer numbers), confirm that explicitly.</translation>
    </message>
    <message>
        <source>The text in “%1” contains numbers that pass the 11-test for a citizen service number (BSN): %2. A housing corporation may not record a BSN (art. 46 UAVG). Remove the numbers. If they are not BSNs (for example customer numbers), confirm that explicitly.</source>
        <extracomment>%1 is the field label, %2 a list of masked numbers (only their last four digits). Dutch: &quot;De tekst in “%1” bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN&apos;s (bijvoorbeeld klantnummers), bevestig dat dan uitdrukkelijk.&quot;</extracomment>
        <translation>The text in “%1” contains numbers that pass the 11-test for a citizen service number (BSN): %2. A housing corporation may not record a BSN (art. 46 UAVG). Remove the numbers. If they are not BSNs (for example customer numbers), confirm that explicitly.</translation>
    </message>
</context>
<context>
    <name>pd::CaseService</name>
    <message>
        <source>The deadline policy needs a positive term.</source>
        <translation>The deadline policy needs a positive term.</translation>
    </message>
    <message>
        <source>Choose at least one kind of request.</source>
        <translation>Choose at least one kind of request.</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Enter the date the request was received.</translation>
    </message>
    <message>
        <source>The date of receipt lies in the future.</source>
        <translation>The date of receipt lies in the future.</translation>
    </message>
    <message>
        <source>Enter the name or the customer number of the data subject.</source>
        <translation>Enter the name or the customer number of the data subject.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>Callback number</translation>
    </message>
    <message>
        <source>There is no data subject with customer number %1; enter a name to register a new one.</source>
        <translation>There is no data subject with customer number %1; enter a name to register a new one.</translation>
    </message>
    <message>
        <source>The data subject no longer exists.</source>
        <translation>The data subject no longer exists.</translation>
    </message>
    <message>
        <source>There is no request with number %1.</source>
        <translation>There is no request with number %1.</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>Answer channel</source>
        <translation>Answer channel</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>pd::CaseWorkflow</name>
    <message>
        <source>Identification can only be requested for a case that was received and is not yet being handled.</source>
        <translation>Identification can only be requested for a case that was received and is not yet being handled.</translation>
    </message>
    <message>
        <source>Enter the date the identification was requested.</source>
        <translation>Enter the date the identification was requested.</translation>
    </message>
    <message>
        <source>The identification cannot have been requested before the request was received.</source>
        <translation>The identification cannot have been requested before the request was received.</translation>
    </message>
    <message>
        <source>The date the identification was requested lies in the future.</source>
        <translation>The date the identification was requested lies in the future.</translation>
    </message>
    <message>
        <source>The identification has already been received.</source>
        <translation>The identification has already been received.</translation>
    </message>
    <message>
        <source>Identification can only be recorded for a case that is received or waiting for identification.</source>
        <translation>Identification can only be recorded for a case that is received or waiting for identification.</translation>
    </message>
    <message>
        <source>Enter the date the identification was received.</source>
        <translation>Enter the date the identification was received.</translation>
    </message>
    <message>
        <source>The identification cannot have been received before the request.</source>
        <translation>The identification cannot have been received before the request.</translation>
    </message>
    <message>
        <source>The identification cannot have been received before it was requested.</source>
        <translation>The identification cannot have been received before it was requested.</translation>
    </message>
    <message>
        <source>The date the identification was received lies in the future.</source>
        <translation>The date the identification was received lies in the future.</translation>
    </message>
    <message>
        <source>Only an open case can be extended.</source>
        <translation>Only an open case can be extended.</translation>
    </message>
    <message>
        <source>This case has already been extended; the law allows one extension of at most two months.</source>
        <translation>This case has already been extended; the law allows one extension of at most two months.</translation>
    </message>
    <message>
        <source>State the reasons for the extension; the data subject must be told them.</source>
        <translation>State the reasons for the extension; the data subject must be told them.</translation>
    </message>
    <message>
        <source>Enter the date the data subject was told about the extension.</source>
        <translation>Enter the date the data subject was told about the extension.</translation>
    </message>
    <message>
        <source>The data subject cannot have been told before the request was received.</source>
        <translation>The data subject cannot have been told before the request was received.</translation>
    </message>
    <message>
        <source>The date the data subject was told lies in the future.</source>
        <translation>The date the data subject was told lies in the future.</translation>
    </message>
    <message>
        <source>This case is already closed; reopen it first.</source>
        <translation>This case is already closed; reopen it first.</translation>
    </message>
    <message>
        <source>Enter the date the answer was sent.</source>
        <translation>Enter the date the answer was sent.</translation>
    </message>
    <message>
        <source>The answer cannot have been sent before the request was received.</source>
        <translation>The answer cannot have been sent before the request was received.</translation>
    </message>
    <message>
        <source>The date the answer was sent lies in the future.</source>
        <translation>The date the answer was sent lies in the future.</translation>
    </message>
    <message>
        <source>A refusal must name its grounds (for example art. 12(5) or art. 15(4) GDPR).</source>
        <translation>A refusal must name its grounds (for example art. 12(5) or art. 15(4) GDPR).</translation>
    </message>
    <message>
        <source>Grounds for refusal only belong to a refused or partly granted request.</source>
        <translation>Grounds for refusal only belong to a refused or partly granted request.</translation>
    </message>
    <message>
        <source>The identification failed: the request can only be declared inadmissible or withdrawn.</source>
        <translation>The identification failed: the request can only be declared inadmissible or withdrawn.</translation>
    </message>
    <message>
        <source>This case is still open.</source>
        <translation>This case is still open.</translation>
    </message>
    <message>
        <source>State why the case is reopened.</source>
        <translation>State why the case is reopened.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
</context>
<context>
    <name>pd::Codes</name>
    <message>
        <source>Access (art. 15)</source>
        <translation>Access (art. 15)</translation>
    </message>
    <message>
        <source>Rectification (art. 16)</source>
        <translation>Rectification (art. 16)</translation>
    </message>
    <message>
        <source>Erasure (art. 17)</source>
        <translation>Erasure (art. 17)</translation>
    </message>
    <message>
        <source>Restriction (art. 18)</source>
        <translation>Restriction (art. 18)</translation>
    </message>
    <message>
        <source>Portability (art. 20)</source>
        <translation>Portability (art. 20)</translation>
    </message>
    <message>
        <source>Objection (art. 21)</source>
        <translation>Objection (art. 21)</translation>
    </message>
    <message>
        <source>Withdrawal of consent (art. 7(3))</source>
        <translation>Withdrawal of consent (art. 7(3))</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Web form / tenant portal</source>
        <translation>Web form / tenant portal</translation>
    </message>
    <message>
        <source>Via a representative</source>
        <translation>Via a representative</translation>
    </message>
    <message>
        <source>Via the Dutch DPA (AP)</source>
        <translation>Via the Dutch DPA (AP)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Inadmissible</source>
        <translation>Inadmissible</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn by the data subject</source>
        <translation>Withdrawn by the data subject</translation>
    </message>
    <message>
        <source>ID shown at the front desk</source>
        <translation>ID shown at the front desk</translation>
    </message>
    <message>
        <source>Copy of ID with BSN and photo blanked, destroyed after the check</source>
        <translation>Copy of ID with BSN and photo blanked, destroyed after the check</translation>
    </message>
    <message>
        <source>Customer details checked and called back on the known number</source>
        <translation>Customer details checked and called back on the known number</translation>
    </message>
    <message>
        <source>Logged in to the tenant portal</source>
        <translation>Logged in to the tenant portal</translation>
    </message>
    <message>
        <source>Representative with a written authorisation</source>
        <translation>Representative with a written authorisation</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Former tenant</source>
        <translation>Former tenant</translation>
    </message>
    <message>
        <source>House-seeker</source>
        <translation>House-seeker</translation>
    </message>
    <message>
        <source>Co-resident</source>
        <translation>Co-resident</translation>
    </message>
    <message>
        <source>Job applicant</source>
        <translation>Job applicant</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Art. 12(5) GDPR: manifestly unfounded or excessive</source>
        <translation>Art. 12(5) GDPR: manifestly unfounded or excessive</translation>
    </message>
    <message>
        <source>Art. 15(4) GDPR: rights and freedoms of others</source>
        <translation>Art. 15(4) GDPR: rights and freedoms of others</translation>
    </message>
    <message>
        <source>Art. 17(3) GDPR: legal obligation to retain</source>
        <translation>Art. 17(3) GDPR: legal obligation to retain</translation>
    </message>
    <message>
        <source>Art. 21(1) GDPR: compelling legitimate grounds</source>
        <translation>Art. 21(1) GDPR: compelling legitimate grounds</translation>
    </message>
    <message>
        <source>Art. 23 GDPR: restriction by law</source>
        <translation>Art. 23 GDPR: restriction by law</translation>
    </message>
    <message>
        <source>Art. 41 UAVG: exception in Dutch law</source>
        <translation>Art. 41 UAVG: exception in Dutch law</translation>
    </message>
    <message>
        <source>Other ground (see the decision)</source>
        <translation>Other ground (see the decision)</translation>
    </message>
</context>
<context>
    <name>pd::DemoData</name>
    <message>
        <source>Fictitious data can only be added to a demo store.</source>
        <translation>Fictitious data can only be added to a demo store.</translation>
    </message>
</context>
<context>
    <name>pd::EventText</name>
    <message>
        <source>Request registered</source>
        <translation>Request registered</translation>
    </message>
    <message>
        <source>Identification requested</source>
        <translation>Identification requested</translation>
    </message>
    <message>
        <source>Identification received</source>
        <translation>Identification received</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Request completed</translation>
    </message>
    <message>
        <source>Request reopened</source>
        <translation>Request reopened</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note added</translation>
    </message>
    <message>
        <source>BSN warning overridden</source>
        <translation>BSN warning overridden</translation>
    </message>
    <message>
        <source>Data subject registered</source>
        <translation>Data subject registered</translation>
    </message>
    <message>
        <source>Deadline policy changed</source>
        <translation>Deadline policy changed</translation>
    </message>
    <message>
        <source>Event “%1”</source>
        <translation>Event “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <source>%1 by %2 (details destroyed under the retention rule)</source>
        <translation>%1 by %2 (details destroyed under the retention rule)</translation>
    </message>
    <message>
        <source>Request registered by %1: %2, received on %3 (%4); deadline %5</source>
        <translation>Request registered by %1: %2, received on %3 (%4); deadline %5</translation>
    </message>
    <message>
        <source>Identification request date changed by %1 from %2 to %3</source>
        <translation>Identification request date changed by %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Identification requested by %1 on %2</source>
        <translation>Identification requested by %1 on %2</translation>
    </message>
    <message>
        <source>Identification checked by %1 on %2: failed (%3)</source>
        <translation>Identification checked by %1 on %2: failed (%3)</translation>
    </message>
    <message>
        <source>Identification checked by %1 on %2: succeeded (%3)</source>
        <translation>Identification checked by %1 on %2: succeeded (%3)</translation>
    </message>
    <message>
        <source>Deadline extended by %1: %2 (data subject told on %3, after the first month, so the legal deadline is not extended; deadline %4)</source>
        <translation>Deadline extended by %1: %2 (data subject told on %3, after the first month, so the legal deadline is not extended; deadline %4)</translation>
    </message>
    <message>
        <source>Deadline extended by %1: %2 (data subject told on %3; new deadline %4)</source>
        <translation>Deadline extended by %1: %2 (data subject told on %3; new deadline %4)</translation>
    </message>
    <message>
        <source>Request completed by %1: %2; answer sent on %3</source>
        <translation>Request completed by %1: %2; answer sent on %3</translation>
    </message>
    <message>
        <source>Request completed by %1: %2; answer sent on %3 (%4)</source>
        <translation>Request completed by %1: %2; answer sent on %3 (%4)</translation>
    </message>
    <message>
        <source>%1; grounds: %2</source>
        <translation>%1; grounds: %2</translation>
    </message>
    <message>
        <source>Request reopened by %1: %2 (previous outcome: %3)</source>
        <translation>Request reopened by %1: %2 (previous outcome: %3)</translation>
    </message>
    <message>
        <source>Request reopened by %1: %2</source>
        <translation>Request reopened by %1: %2</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Note by %1: %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 confirmed that this is not a citizen service number (BSN): %2</source>
        <translation>%1 confirmed that this is not a citizen service number (BSN): %2</translation>
    </message>
    <message>
        <source>Data subject registered by %1: %2 (%3)</source>
        <translation>Data subject registered by %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Data subject registered by %1: %2, customer number %3 (%4)</source>
        <translation>Data subject registered by %1: %2, customer number %3 (%4)</translation>
    </message>
    <message>
        <source>Deadline policy changed by %1: %2, extension %3</source>
        <translation>Deadline policy changed by %1: %2, extension %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
</context>
<context>
    <name>pd::OrganisationSettings</name>
    <message>
        <source>Enter an e-mail address such as privacy@woonstichting.nl.</source>
        <translation>Enter an e-mail address such as privacy@woonstichting.nl.</translation>
    </message>
    <message>
        <source>Enter a Dutch postcode such as 1234 AB.</source>
        <translation>Enter a Dutch postcode such as 1234 AB.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>Privacy e-mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>pd::StoreError</name>
    <message>
        <source>This folder does not contain a Privacydesk store. Choose the folder that holds privacydesk.db and keyring.pdk, or create a new store.</source>
        <translation>This folder does not contain a Privacydesk store. Choose the folder that holds privacydesk.db and keyring.pdk, or create a new store.</translation>
    </message>
    <message>
        <source>This folder contains an unencrypted SQLite database, not a Privacydesk store. Privacydesk only works with encrypted stores; nothing was changed.</source>
        <translation>This folder contains an unencrypted SQLite database, not a Privacydesk store. Privacydesk only works with encrypted stores; nothing was changed.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect. Check both and try again; the recovery key can open the store if the password is lost.</source>
        <translation>The user name or password is incorrect. Check both and try again; the recovery key can open the store if the password is lost.</translation>
    </message>
    <message>
        <source>This recovery key does not open this store. Check the 40 characters on the printed recovery sheet and try again.</source>
        <translation>This recovery key does not open this store. Check the 40 characters on the printed recovery sheet and try again.</translation>
    </message>
    <message>
        <source>This store was created or upgraded by a newer version of Privacydesk. Install that version to open it; nothing was changed.</source>
        <translation>This store was created or upgraded by a newer version of Privacydesk. Install that version to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>This store is already open in another Privacydesk window or by another user. Close it there first and try again.</source>
        <translation>This store is already open in another Privacydesk window or by another user. Close it there first and try again.</translation>
    </message>
    <message>
        <source>Privacydesk cannot write in this folder. Choose a folder where you may save files, or ask your administrator for write access.</source>
        <translation>Privacydesk cannot write in this folder. Choose a folder where you may save files, or ask your administrator for write access.</translation>
    </message>
    <message>
        <source>The disk is full. Make space or choose another location; the data saved before this moment is intact.</source>
        <translation>The disk is full. Make space or choose another location; the data saved before this moment is intact.</translation>
    </message>
    <message>
        <source>The store is damaged or does not belong to this keyring. Restore the most recent backup, or contact your administrator; nothing was changed.</source>
        <translation>The store is damaged or does not belong to this keyring. Restore the most recent backup, or contact your administrator; nothing was changed.</translation>
    </message>
    <message>
        <source>The keyring of this store has been altered outside Privacydesk. The store was not opened. Restore the keyring from a backup and report this to your security officer.</source>
        <translation>The keyring of this store has been altered outside Privacydesk. The store was not opened. Restore the keyring from a backup and report this to your security officer.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty or new folder for the store.</source>
        <translation>This folder is not empty. Choose an empty or new folder for the store.</translation>
    </message>
    <message>
        <source>This installation of Privacydesk cannot encrypt (SQLCipher is missing). Reinstall Privacydesk; the store was not opened.</source>
        <translation>This installation of Privacydesk cannot encrypt (SQLCipher is missing). Reinstall Privacydesk; the store was not opened.</translation>
    </message>
    <message>
        <source>Privacydesk could not read or write the store files. Check that the folder is reachable and try again.</source>
        <translation>Privacydesk could not read or write the store files. Check that the folder is reachable and try again.</translation>
    </message>
    <message>
        <source>An internal error occurred; nothing was changed. Please report this to your administrator.</source>
        <translation>An internal error occurred; nothing was changed. Please report this to your administrator.</translation>
    </message>
</context>
<context>
    <name>pd::cli</name>
    <message>
        <source>Confirm that a number the BSN guard stops is not a BSN (logged).</source>
        <translation>Confirm that a number the BSN guard stops is not a BSN (logged).</translation>
    </message>
    <message>
        <source>Register a new request; prints its number.</source>
        <translation>Register a new request; prints its number.</translation>
    </message>
    <message>
        <source>Name of the data subject.</source>
        <translation>Name of the data subject.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Customer number (an existing data subject is reused).</source>
        <translation>Customer number (an existing data subject is reused).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Relation: huurder (default), ex-huurder, woningzoekende, …</source>
        <translation>Relation: huurder (default), ex-huurder, woningzoekende, …</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Kind(s) of request: inzage, rectificatie, verwijdering, …</source>
        <translation>Kind(s) of request: inzage, rectificatie, verwijdering, …</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>How it came in: telefoon, email, brief, balie, webformulier, gemachtigde, ap.</source>
        <translation>How it came in: telefoon, email, brief, balie, webformulier, gemachtigde, ap.</translation>
    </message>
    <message>
        <source>Date of receipt.</source>
        <translation>Date of receipt.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Short description of the request.</source>
        <translation>Short description of the request.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Representative acting for the data subject.</source>
        <translation>Representative acting for the data subject.</translation>
    </message>
    <message>
        <source>Callback number.</source>
        <translation>Callback number.</translation>
    </message>
    <message>
        <source>List requests.</source>
        <translation>List requests.</translation>
    </message>
    <message>
        <source>Only this state.</source>
        <translation>Only this state.</translation>
    </message>
    <message>
        <source>Only requests open and past their deadline on this date.</source>
        <translation>Only requests open and past their deadline on this date.</translation>
    </message>
    <message>
        <source>Show one request with its deadlines.</source>
        <translation>Show one request with its deadlines.</translation>
    </message>
    <message>
        <source>Record the identification request and/or its receipt.</source>
        <translation>Record the identification request and/or its receipt.</translation>
    </message>
    <message>
        <source>Date identification was requested.</source>
        <translation>Date identification was requested.</translation>
    </message>
    <message>
        <source>Date identification was received.</source>
        <translation>Date identification was received.</translation>
    </message>
    <message>
        <source>How: balie, kopie-id, klantgegevens, portaal, gemachtigde.</source>
        <translation>How: balie, kopie-id, klantgegevens, portaal, gemachtigde.</translation>
    </message>
    <message>
        <source>The identification failed.</source>
        <translation>The identification failed.</translation>
    </message>
    <message>
        <source>Extend the term (reasons, and the date the data subject was told).</source>
        <translation>Extend the term (reasons, and the date the data subject was told).</translation>
    </message>
    <message>
        <source>Reasons for the extension.</source>
        <translation>Reasons for the extension.</translation>
    </message>
    <message>
        <source>Date the data subject was told.</source>
        <translation>Date the data subject was told.</translation>
    </message>
    <message>
        <source>Complete a request with its outcome.</source>
        <translation>Complete a request with its outcome.</translation>
    </message>
    <message>
        <source>toegewezen, deels-toegewezen, afgewezen, ingetrokken, niet-ontvankelijk.</source>
        <translation>toegewezen, deels-toegewezen, afgewezen, ingetrokken, niet-ontvankelijk.</translation>
    </message>
    <message>
        <source>Grounds for a refusal: art-12-5, art-15-4, art-17-3, …</source>
        <translation>Grounds for a refusal: art-12-5, art-15-4, art-17-3, …</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>Date the answer was sent.</source>
        <translation>Date the answer was sent.</translation>
    </message>
    <message>
        <source>How the answer was sent.</source>
        <translation>How the answer was sent.</translation>
    </message>
    <message>
        <source>Add a note to a request.</source>
        <translation>Add a note to a request.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>The note.</translation>
    </message>
    <message>
        <source>Reopen a closed request.</source>
        <translation>Reopen a closed request.</translation>
    </message>
    <message>
        <source>Why it is reopened.</source>
        <translation>Why it is reopened.</translation>
    </message>
    <message>
        <source>The audit events of one request.</source>
        <translation>The audit events of one request.</translation>
    </message>
    <message>
        <source>Compute the deadlines for a date of receipt (no store needed).</source>
        <translation>Compute the deadlines for a date of receipt (no store needed).</translation>
    </message>
    <message>
        <source>The term is extended.</source>
        <translation>The term is extended.</translation>
    </message>
    <message>
        <source>Policy term in days (default 30).</source>
        <translation>Policy term in days (default 30).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Policy extension in days (default 30).</source>
        <translation>Policy extension in days (default 30).</translation>
    </message>
    <message>
        <source>Move the policy deadline to the next working day too.</source>
        <translation>Move the policy deadline to the next working day too.</translation>
    </message>
    <message>
        <source>Identification: pause (default) or restart.</source>
        <translation>Identification: pause (default) or restart.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Days after receipt within which an identification request pauses the clock (default 7).</source>
        <translation>Days after receipt within which an identification request pauses the clock (default 7).</translation>
    </message>
    <message>
        <source>An extra closing day of the organisation (repeatable).</source>
        <translation>An extra closing day of the organisation (repeatable).</translation>
    </message>
    <message>
        <source>The store folder (default: %1, or PRIVACYDESK_STORE).</source>
        <translation>The store folder (default: %1, or PRIVACYDESK_STORE).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>The user to act as (or PRIVACYDESK_USER). Without it, every user&apos;s key slot is tried.</source>
        <translation>The user to act as (or PRIVACYDESK_USER). Without it, every user&apos;s key slot is tried.</translation>
    </message>
    <message>
        <source>Read the password from this file (first line).</source>
        <translation>Read the password from this file (first line).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Read the password from standard input (one line).</source>
        <translation>Read the password from standard input (one line).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Print machine-readable JSON.</translation>
    </message>
    <message>
        <source>Add technical details to error messages.</source>
        <translation>Add technical details to error messages.</translation>
    </message>
    <message>
        <source>Language of messages: nl (default) or en.</source>
        <translation>Language of messages: nl (default) or en.</translation>
    </message>
    <message>
        <source>init needs --user NAME.</source>
        <translation>init needs --user NAME.</translation>
    </message>
    <message>
        <source>Warning: --kdf test makes the password easy to guess; use it only for tests.</source>
        <translation>Warning: --kdf test makes the password easy to guess; use it only for tests.</translation>
    </message>
    <message>
        <source>Unknown --kdf profile &apos;%1&apos; (moderate, sensitive).</source>
        <translation>Unknown --kdf profile &apos;%1&apos; (moderate, sensitive).</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <source>Store created in %1 for user %2.</source>
        <translation>Store created in %1 for user %2.</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; print it and keep it in a safe place):</source>
        <translation>Recovery key (shown only now; print it and keep it in a safe place):</translation>
    </message>
    <message>
        <source>Store:          %1</source>
        <translation>Store:          %1</translation>
    </message>
    <message>
        <source>Store id:       %1</source>
        <translation>Store id:       %1</translation>
    </message>
    <message>
        <source>Organisation:   %1</source>
        <translation>Organisation:   %1</translation>
    </message>
    <message>
        <source>Created:        %1</source>
        <translation>Created:        %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Encryption:     SQLCipher %1</source>
        <translation>Encryption:     SQLCipher %1</translation>
    </message>
    <message>
        <source>Users:          %1 (key slots: %2)</source>
        <translation>Users:          %1 (key slots: %2)</translation>
    </message>
    <message>
        <source>This is a DEMO store with fictitious data.</source>
        <translation>This is a DEMO store with fictitious data.</translation>
    </message>
    <message>
        <source>The store is intact: database integrity and keyring verified.</source>
        <translation>The store is intact: database integrity and keyring verified.</translation>
    </message>
    <message>
        <source>Create a new encrypted store.</source>
        <translation>Create a new encrypted store.</translation>
    </message>
    <message>
        <source>Name of the organisation.</source>
        <translation>Name of the organisation.</translation>
    </message>
    <message>
        <source>Argon2id cost: moderate (default) or sensitive.</source>
        <translation>Argon2id cost: moderate (default) or sensitive.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>Show what the store is and holds.</source>
        <translation>Show what the store is and holds.</translation>
    </message>
    <message>
        <source>Check the integrity of the database and the keyring.</source>
        <translation>Check the integrity of the database and the keyring.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Privacydesk on the command line: AVG requests, registers and the encrypted store.</source>
        <translation>Privacydesk on the command line: AVG requests, registers and the encrypted store.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>The command to run.</translation>
    </message>
    <message>
        <source>No command given; see privacydesk-cli --help.</source>
        <translation>No command given; see privacydesk-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; see privacydesk-cli --help.</source>
        <translation>Unknown command &apos;%1&apos;; see privacydesk-cli --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--cases takes a number from 0 to 1000000.</source>
        <translation>--cases takes a number from 0 to 1000000.</translation>
    </message>
    <message>
        <source>%1 of %2 fictitious requests written</source>
        <translation>%1 of %2 fictitious requests written</translation>
    </message>
    <message>
        <source>Demo store created in %1 with %2 fictitious requests (user %3) in %4 s.</source>
        <translation>Demo store created in %1 with %2 fictitious requests (user %3) in %4 s.</translation>
    </message>
    <message>
        <source>Create a demo store filled with fictitious requests.</source>
        <translation>Create a demo store filled with fictitious requests.</translation>
    </message>
    <message>
        <source>How many requests (default 300).</source>
        <translation>How many requests (default 300).</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same store.</source>
        <translation>Seed: the same seed gives the same store.</translation>
    </message>
</context>
<context>
    <name>pd::cli::CaseCommands</name>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>  Kind:      %1</source>
        <translation>  Kind:      %1</translation>
    </message>
    <message>
        <source>  State:     %1</source>
        <translation>  State:     %1</translation>
    </message>
    <message>
        <source>  Received:  %1 (%2)</source>
        <translation>  Received:  %1 (%2)</translation>
    </message>
    <message>
        <source>  Deadline:  %1 (%2 binds)%3</source>
        <translation>  Deadline:  %1 (%2 binds)%3</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>legal</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>, extended</source>
        <translation>, extended</translation>
    </message>
    <message>
        <source>Unknown relation &apos;%1&apos; (%2).</source>
        <translation>Unknown relation &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>Unknown request type &apos;%1&apos; (%2).</source>
        <translation>Unknown request type &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>case add needs --type TYPE[,TYPE] (%1).</source>
        <translation>case add needs --type TYPE[,TYPE] (%1).</translation>
    </message>
    <message>
        <source>case add needs --channel (%1).</source>
        <translation>case add needs --channel (%1).</translation>
    </message>
    <message>
        <source>case add needs --received YYYY-MM-DD.</source>
        <translation>case add needs --received YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown state &apos;%1&apos; (%2).</source>
        <translation>Unknown state &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>case show needs the case number.</source>
        <translation>case show needs the case number.</translation>
    </message>
    <message>
        <source>There is no request with number %1.</source>
        <translation>There is no request with number %1.</translation>
    </message>
    <message>
        <source>case identify needs the case number.</source>
        <translation>case identify needs the case number.</translation>
    </message>
    <message>
        <source>case identify needs --requested DATE and/or --received DATE.</source>
        <translation>case identify needs --requested DATE and/or --received DATE.</translation>
    </message>
    <message>
        <source>With --received, --method is needed (%1).</source>
        <translation>With --received, --method is needed (%1).</translation>
    </message>
    <message>
        <source>case extend needs the case number, --reason TEXT and --notified DATE.</source>
        <translation>case extend needs the case number, --reason TEXT and --notified DATE.</translation>
    </message>
    <message>
        <source>Warning: the data subject was told after the one-month legal deadline; the extension is not legally valid.</source>
        <translation>Warning: the data subject was told after the one-month legal deadline; the extension is not legally valid.</translation>
    </message>
    <message>
        <source>case complete needs the case number, --outcome (%1) and --answered DATE.</source>
        <translation>case complete needs the case number, --outcome (%1) and --answered DATE.</translation>
    </message>
    <message>
        <source>Unknown ground &apos;%1&apos; (%2).</source>
        <translation>Unknown ground &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>case note needs the case number and --text TEXT.</source>
        <translation>case note needs the case number and --text TEXT.</translation>
    </message>
    <message>
        <source>case reopen needs the case number and --reason TEXT.</source>
        <translation>case reopen needs the case number and --reason TEXT.</translation>
    </message>
    <message>
        <source>case timeline needs the case number.</source>
        <translation>case timeline needs the case number.</translation>
    </message>
    <message>
        <source>deadline needs --received YYYY-MM-DD.</source>
        <translation>deadline needs --received YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--policy-days, --policy-extension-days and --id-within-days take a whole number.</source>
        <translation>--policy-days, --policy-extension-days and --id-within-days take a whole number.</translation>
    </message>
    <message>
        <source>--id-model is pause or restart.</source>
        <translation>--id-model is pause or restart.</translation>
    </message>
    <message>
        <source>--closing-day needs a date as YYYY-MM-DD.</source>
        <translation>--closing-day needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Legal:     %1 (extended %2)</source>
        <translation>Legal:     %1 (extended %2)</translation>
    </message>
    <message>
        <source>Policy:    %1 (extended %2)</source>
        <translation>Policy:    %1 (extended %2)</translation>
    </message>
    <message>
        <source>Effective: %1 (%2 binds)</source>
        <translation>Effective: %1 (%2 binds)</translation>
    </message>
</context>
<context>
    <name>pd::cli::CliContext</name>
    <message>
        <source>The password can be read only once.</source>
        <translation>The password can be read only once.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Cannot read the password file %1: %2.</translation>
    </message>
    <message>
        <source>Warning: the password file can be read by other users.</source>
        <translation>Warning: the password file can be read by other users.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Password (again): </source>
        <translation>Password (again): </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>No password given. Use --password-file FILE, --password-stdin or the environment variable %1.</source>
        <translation>No password given. Use --password-file FILE, --password-stdin or the environment variable %1.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
</context>
<context>
    <name>pd::ui::Application</name>
    <message>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <source>The folder %1 does not contain a Privacydesk store.</source>
        <translation>The folder %1 does not contain a Privacydesk store.</translation>
    </message>
    <message>
        <source>The folder %1 holds a store that is not a demo store. Privacydesk does not open it as the demo.</source>
        <translation>The folder %1 holds a store that is not a demo store. Privacydesk does not open it as the demo.</translation>
    </message>
    <message>
        <source>The demo could not be opened.</source>
        <translation>The demo could not be opened.</translation>
    </message>
</context>
<context>
    <name>pd::ui::BsnGuardedTextEdit</name>
    <message>
        <source>This is not a BSN (the confirmation is recorded)</source>
        <translation>This is not a BSN (the confirmation is recorded)</translation>
    </message>
    <message>
        <source>Remove the number, or confirm that it is not a BSN.</source>
        <translation>Remove the number, or confirm that it is not a BSN.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseActionDialog</name>
    <message>
        <source>legal deadline</source>
        <translation>legal deadline</translation>
    </message>
    <message>
        <source>own deadline</source>
        <translation>own deadline</translation>
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
        <translation>Request &amp;identification…</translation>
    </message>
    <message>
        <source>Identification &amp;received…</source>
        <translation>Identification &amp;received…</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Extend…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>Request actions</source>
        <translation>Request actions</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>No request selected</translation>
    </message>
    <message>
        <source>Choose a request in the list to see its details, deadlines and timeline.</source>
        <translation>Choose a request in the list to see its details, deadlines and timeline.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The BSN is never recorded: only that and how identity was checked, by whom and when — never the document or its number.</source>
        <translation>The BSN is never recorded: only that and how identity was checked, by whom and when — never the document or its number.</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>&amp;Newest first</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>The register of disclosures follows in a later version. What was given to whom about this data subject will then appear here.</source>
        <translation>The register of disclosures follows in a later version. What was given to whom about this data subject will then appear here.</translation>
    </message>
    <message>
        <source>Letters and documents follow in a later version. Until then, keep the answer and the extension notice in your document system and note where they are.</source>
        <translation>Letters and documents follow in a later version. Until then, keep the answer and the extension notice in your document system and note where they are.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>customer number %1</source>
        <translation>customer number %1</translation>
    </message>
    <message>
        <source>legal deadline</source>
        <translation>legal deadline</translation>
    </message>
    <message>
        <source>own deadline</source>
        <translation>own deadline</translation>
    </message>
    <message numerus="yes">
        <source>answered on %1, %n day(s) after the deadline</source>
        <translation>
            <numerusform>answered on %1, %n day after the deadline</numerusform>
            <numerusform>answered on %1, %n days after the deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>answered on %1, on time</source>
        <translation>answered on %1, on time</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>paused until the identification is received</source>
        <translation>paused until the identification is received</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline %1 — %2 (%3)</source>
        <translation>Deadline %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>extension notice sent too late</source>
        <translation>extension notice sent too late</translation>
    </message>
    <message>
        <source>The data subject was told after the first month; the legal deadline was not extended.</source>
        <translation>The data subject was told after the first month; the legal deadline was not extended.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Representative:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Callback number:</source>
        <translation>Callback number:</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Extension:</translation>
    </message>
    <message>
        <source>%1 (data subject told on %2)</source>
        <translation>%1 (data subject told on %2)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Grounds:</translation>
    </message>
    <message>
        <source>Answer sent:</source>
        <translation>Answer sent:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Legal deadline:</source>
        <translation>Legal deadline:</translation>
    </message>
    <message>
        <source>one month (art. 12(3) GDPR)</source>
        <translation>one month (art. 12(3) GDPR)</translation>
    </message>
    <message>
        <source>Legal, extended:</source>
        <translation>Legal, extended:</translation>
    </message>
    <message>
        <source>not in force: the notice was sent too late</source>
        <translation>not in force: the notice was sent too late</translation>
    </message>
    <message>
        <source>three months</source>
        <translation>three months</translation>
    </message>
    <message>
        <source>Own deadline:</source>
        <translation>Own deadline:</translation>
    </message>
    <message>
        <source>Own, extended:</source>
        <translation>Own, extended:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>running: the deadline stands still until the identification is received</source>
        <translation>running: the deadline stands still until the identification is received</translation>
    </message>
    <message>
        <source>none: the identification was requested too late after receipt, so the clock kept running</source>
        <translation>none: the identification was requested too late after receipt, so the clock kept running</translation>
    </message>
    <message>
        <source>Identification pause:</source>
        <translation>Identification pause:</translation>
    </message>
    <message>
        <source>In force now:</source>
        <translation>In force now:</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Requested on:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Checked by:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not yet checked</source>
        <translation>not yet checked</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseListModel</name>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, extended</source>
        <translation>%1, extended</translation>
    </message>
    <message>
        <source>Deadline %1; the request is closed.</source>
        <translation>Deadline %1; the request is closed.</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>Deadline %1: %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseListPage</name>
    <message>
        <source>%1, extended</source>
        <translation>%1, extended</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>All handlers</translation>
    </message>
    <message>
        <source>No handler</source>
        <translation>No handler</translation>
    </message>
    <message>
        <source>Search by name, request number, customer number or postcode (Ctrl+F)</source>
        <translation>Search by name, request number, customer number or postcode (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Search requests</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show requests with this status</source>
        <translation>Show requests with this status</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <source>Show requests of this kind</source>
        <translation>Show requests of this kind</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Show requests received through this channel</source>
        <translation>Show requests received through this channel</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Show requests handled by this person</source>
        <translation>Show requests handled by this person</translation>
    </message>
    <message>
        <source>Over&amp;due</source>
        <translation>Over&amp;due</translation>
    </message>
    <message>
        <source>Open requests whose deadline has passed</source>
        <translation>Open requests whose deadline has passed</translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation>Due this &amp;week</translation>
    </message>
    <message>
        <source>Open requests whose deadline falls within the next 7 days</source>
        <translation>Open requests whose deadline falls within the next 7 days</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>&amp;My requests</translation>
    </message>
    <message>
        <source>Requests you handle (%1)</source>
        <translation>Requests you handle (%1)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>No requests yet</translation>
    </message>
    <message>
        <source>The GDPR requests of data subjects will appear here, each with its deadline. Log a request from a phone call with Ctrl+N.</source>
        <translation>The GDPR requests of data subjects will appear here, each with its deadline. Log a request from a phone call with Ctrl+N.</translation>
    </message>
    <message>
        <source>No requests found for ‘%1’</source>
        <translation>No requests found for ‘%1’</translation>
    </message>
    <message>
        <source>No name, request number, customer number or postcode starts with these words. Check the spelling or search for something else.</source>
        <translation>No name, request number, customer number or postcode starts with these words. Check the spelling or search for something else.</translation>
    </message>
    <message>
        <source>Among the requests the other filters show, no name, request number, customer number or postcode starts with these words. Clear the filters to search all requests.</source>
        <translation>Among the requests the other filters show, no name, request number, customer number or postcode starts with these words. Clear the filters to search all requests.</translation>
    </message>
    <message>
        <source>No requests match these filters</source>
        <translation>No requests match these filters</translation>
    </message>
    <message>
        <source>Clear the filters to see all requests.</source>
        <translation>Clear the filters to see all requests.</translation>
    </message>
    <message>
        <source>No open requests</source>
        <translation>No open requests</translation>
    </message>
    <message>
        <source>Every request in this store has been closed. Choose “All states” to see them.</source>
        <translation>Every request in this store has been closed. Choose “All states” to see them.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CommandLine</name>
    <message>
        <source>Privacydesk: GDPR requests, disclosures and retention periods for housing corporations, in an encrypted store. The password is always typed in the application, never given on the command line.</source>
        <translation>Privacydesk: GDPR requests, disclosures and retention periods for housing corporations, in an encrypted store. The password is always typed in the application, never given on the command line.</translation>
    </message>
    <message>
        <source>Open the store in folder &lt;dir&gt; instead of the last one used.</source>
        <translation>Open the store in folder &lt;dir&gt; instead of the last one used.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Open the demo store with fictitious data (it is created when missing).</source>
        <translation>Open the demo store with fictitious data (it is created when missing).</translation>
    </message>
    <message>
        <source>Language of the user interface: nl or en.</source>
        <translation>Language of the user interface: nl or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use nl or en.</source>
        <translation>Unknown language &quot;%1&quot;; use nl or en.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Passwords are never given on the command line; see --help.</source>
        <translation>Unexpected argument &quot;%1&quot;. Passwords are never given on the command line; see --help.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CompleteDialog</name>
    <message>
        <source>Grounds for the refusal</source>
        <translation>Grounds for the refusal</translation>
    </message>
    <message>
        <source>A refusal letter names the right to complain to the Autoriteit Persoonsgegevens and to go to court within six weeks (art. 35 UAVG).</source>
        <translation>A refusal letter names the right to complain to the Autoriteit Persoonsgegevens and to go to court within six weeks (art. 35 UAVG).</translation>
    </message>
    <message>
        <source>Complete the request</source>
        <translation>Complete the request</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Answer sent on:</source>
        <translation>&amp;Answer sent on:</translation>
    </message>
    <message>
        <source>Answer sent &amp;by:</source>
        <translation>Answer sent &amp;by:</translation>
    </message>
    <message>
        <source>Answer channel</source>
        <translation>Answer channel</translation>
    </message>
</context>
<context>
    <name>pd::ui::CreateStoreDialog</name>
    <message>
        <source>New store – Privacydesk</source>
        <translation>New store – Privacydesk</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>Create a new store</translation>
    </message>
    <message>
        <source>A store is an encrypted folder that holds all of Privacydesk&apos;s data. Only someone with a password or the recovery key can open it.</source>
        <translation>A store is an encrypted folder that holds all of Privacydesk&apos;s data. Only someone with a password or the recovery key can open it.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Optional, e.g. Woningstichting De Hoven</source>
        <translation>Optional, e.g. Woningstichting De Hoven</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Creating the store… this takes a few seconds.</source>
        <translation>Creating the store… this takes a few seconds.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>With this key you can open the store when every password has been forgotten. It is shown only this once. Print it or copy it onto paper by hand.</source>
        <translation>With this key you can open the store when every password has been forgotten. It is shown only this once. Print it or copy it onto paper by hand.</translation>
    </message>
    <message>
        <source>Keep this key on paper in a safe place; whoever has the key can open the store.</source>
        <translation>Keep this key on paper in a safe place; whoever has the key can open the store.</translation>
    </message>
    <message>
        <source>Store ID: %1 · created %2</source>
        <translation>Store ID: %1 · created %2</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>I have &amp;kept the recovery key in a safe place</source>
        <translation>I have &amp;kept the recovery key in a safe place</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>Choose a folder for the store.</source>
        <translation>Choose a folder for the store.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>This folder already holds a store. Choose another folder, or open that store instead.</source>
        <translation>This folder already holds a store. Choose another folder, or open that store instead.</translation>
    </message>
    <message>
        <source>The folder is not empty. Choose an empty or a new folder.</source>
        <translation>The folder is not empty. Choose an empty or a new folder.</translation>
    </message>
    <message>
        <source>Fill in a user name.</source>
        <translation>Fill in a user name.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n characters.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is on the list of most used passwords. Choose another one.</source>
        <translation>This password is on the list of most used passwords. Choose another one.</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>Repeat the password.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Folder for the new store</source>
        <translation>Folder for the new store</translation>
    </message>
    <message>
        <source>The store could not be created.</source>
        <translation>The store could not be created.</translation>
    </message>
    <message>
        <source>Privacydesk recovery key</source>
        <translation>Privacydesk recovery key</translation>
    </message>
    <message>
        <source>Print recovery key</source>
        <translation>Print recovery key</translation>
    </message>
</context>
<context>
    <name>pd::ui::DemoBanner</name>
    <message>
        <source>DEMO — fictitious data</source>
        <translation>DEMO — fictitious data</translation>
    </message>
    <message>
        <source>This store holds made-up data only. Never enter real personal data here.</source>
        <translation>This store holds made-up data only. Never enter real personal data here.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExtendDialog</name>
    <message>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>&amp;Reasons (as told to the data subject):</source>
        <translation>&amp;Reasons (as told to the data subject):</translation>
    </message>
    <message>
        <source>Data subject &amp;told on:</source>
        <translation>Data subject &amp;told on:</translation>
    </message>
    <message>
        <source>The law allows one extension of at most two months, when the request is complex or there are many requests. The data subject must be told within the first month (by %1 at the latest), with the reasons.</source>
        <translation>The law allows one extension of at most two months, when the request is complex or there are many requests. The data subject must be told within the first month (by %1 at the latest), with the reasons.</translation>
    </message>
    <message>
        <source>New deadline after the extension: %1 (%2).</source>
        <translation>New deadline after the extension: %1 (%2).</translation>
    </message>
    <message>
        <source>The data subject must be told about the extension within the first month (by %1 at the latest); a later notice does not extend the legal deadline.</source>
        <translation>The data subject must be told about the extension within the first month (by %1 at the latest); a later notice does not extend the legal deadline.</translation>
    </message>
</context>
<context>
    <name>pd::ui::IntakeDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>Callback number</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Telephone request — Privacydesk</source>
        <translation>Telephone request — Privacydesk</translation>
    </message>
    <message>
        <source>Telephone request</source>
        <translation>Telephone request</translation>
    </message>
    <message>
        <source>&amp;Find the caller: customer number, postcode + house number, or name</source>
        <translation>&amp;Find the caller: customer number, postcode + house number, or name</translation>
    </message>
    <message>
        <source>e.g. K100234, 1234 AB 12 or De Vries</source>
        <translation>e.g. K100234, 1234 AB 12 or De Vries</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>House no.</translation>
    </message>
    <message>
        <source>House number, with the postcode in the search field</source>
        <translation>House number, with the postcode in the search field</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>&amp;New data subject (not found)</source>
        <translation>&amp;New data subject (not found)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>C&amp;ustomer number:</source>
        <translation>C&amp;ustomer number:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Call&amp;back number:</source>
        <translation>Call&amp;back number:</translation>
    </message>
    <message>
        <source>The number we already know for this caller</source>
        <translation>The number we already know for this caller</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>In a few words what the caller asks for. No BSN, no document numbers.</source>
        <translation>In a few words what the caller asks for. No BSN, no document numbers.</translation>
    </message>
    <message>
        <source>This is no&amp;t a BSN (the confirmation is logged)</source>
        <translation>This is no&amp;t a BSN (the confirmation is logged)</translation>
    </message>
    <message>
        <source>Received by %1 by telephone</source>
        <translation>Received by %1 by telephone</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Save request</source>
        <translation>&amp;Save request</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Identification script</source>
        <translation>Identification script</translation>
    </message>
    <message>
        <source>Ask for the customer number, address and date of birth.</source>
        <translation>Ask for the customer number, address and date of birth.</translation>
    </message>
    <message>
        <source>Check them against the customer system.</source>
        <translation>Check them against the customer system.</translation>
    </message>
    <message>
        <source>Never write down the BSN or a document number.</source>
        <translation>Never write down the BSN or a document number.</translation>
    </message>
    <message>
        <source>Call back on the number we already know.</source>
        <translation>Call back on the number we already know.</translation>
    </message>
    <message>
        <source>The request counts from today, even before the caller has been identified.</source>
        <translation>The request counts from today, even before the caller has been identified.</translation>
    </message>
    <message>
        <source>Request saved</source>
        <translation>Request saved</translation>
    </message>
    <message>
        <source>Tell the caller the number and:</source>
        <translation>Tell the caller the number and:</translation>
    </message>
    <message>
        <source>New call (%1)</source>
        <translation>New call (%1)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>You will receive an answer by %1 at the latest.</source>
        <translation>You will receive an answer by %1 at the latest.</translation>
    </message>
    <message>
        <source>%1 · %2 · received by telephone by %3</source>
        <translation>%1 · %2 · received by telephone by %3</translation>
    </message>
    <message>
        <source>Customer number %1</source>
        <translation>Customer number %1</translation>
    </message>
    <message>
        <source>Postcode %1</source>
        <translation>Postcode %1</translation>
    </message>
    <message>
        <source>Postcode %1, house number %2</source>
        <translation>Postcode %1, house number %2</translation>
    </message>
    <message>
        <source>Name “%1”</source>
        <translation>Name “%1”</translation>
    </message>
    <message>
        <source>Type a customer number, a postcode with house number, or at least two letters of the name.</source>
        <translation>Type a customer number, a postcode with house number, or at least two letters of the name.</translation>
    </message>
    <message>
        <source>%1: nobody found. Tick “New data subject” (Alt+N) to register the caller.</source>
        <translation>%1: nobody found. Tick “New data subject” (Alt+N) to register the caller.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n found</source>
        <translation>
            <numerusform>%1: %n found</numerusform>
            <numerusform>%1: %n found</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1; type more of the name)</source>
        <translation>(the first %1; type more of the name)</translation>
    </message>
    <message>
        <source>— ↓ to choose, Enter to take.</source>
        <translation>— ↓ to choose, Enter to take.</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Caller: %1</translation>
    </message>
    <message numerus="yes">
        <source>already has %n open request(s)</source>
        <translation>
            <numerusform>already has %n open request</numerusform>
            <numerusform>already has %n open requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the new data subject.</source>
        <translation>Enter the name of the new data subject.</translation>
    </message>
    <message>
        <source>Choose the caller from the results, or tick “New data subject”.</source>
        <translation>Choose the caller from the results, or tick “New data subject”.</translation>
    </message>
    <message>
        <source>Tick at least one kind of request.</source>
        <translation>Tick at least one kind of request.</translation>
    </message>
    <message>
        <source>Remove the number that looks like a BSN, or confirm that it is not one.</source>
        <translation>Remove the number that looks like a BSN, or confirm that it is not one.</translation>
    </message>
    <message>
        <source>Discard this request?</source>
        <translation>Discard this request?</translation>
    </message>
    <message>
        <source>What you typed for this call has not been saved. Discard it?</source>
        <translation>What you typed for this call has not been saved. Discard it?</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Keep typing</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>DEMO — fictitious data — Privacydesk</source>
        <translation>DEMO — fictitious data — Privacydesk</translation>
    </message>
    <message>
        <source>%1 — Privacydesk</source>
        <translation>%1 — Privacydesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock store</source>
        <translation>&amp;Lock store</translation>
    </message>
    <message>
        <source>Close the store and ask for the password again</source>
        <translation>Close the store and ask for the password again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Privacydesk</source>
        <translation>&amp;About Privacydesk</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Retention periods</translation>
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
        <translation>No disclosures yet</translation>
    </message>
    <message>
        <source>Personal data given to third parties, such as a municipality, the police or a contractor, will be registered here, so that you can show who received what and why. The disclosure register is not yet available in this version.</source>
        <translation>Personal data given to third parties, such as a municipality, the police or a contractor, will be registered here, so that you can show who received what and why. The disclosure register is not yet available in this version.</translation>
    </message>
    <message>
        <source>No retention periods yet</source>
        <translation>No retention periods yet</translation>
    </message>
    <message>
        <source>The retention periods per kind of data will appear here, with what is due to be destroyed. Setting retention periods is not yet possible in this version.</source>
        <translation>The retention periods per kind of data will appear here, with what is due to be destroyed. Setting retention periods is not yet possible in this version.</translation>
    </message>
    <message>
        <source>No registers yet</source>
        <translation>No registers yet</translation>
    </message>
    <message>
        <source>The register of processing activities and the register of data breaches will appear here. Keeping these registers is not yet possible in this version.</source>
        <translation>The register of processing activities and the register of data breaches will appear here. Keeping these registers is not yet possible in this version.</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nothing to show yet</translation>
    </message>
    <message>
        <source>Overviews of requests, deadlines and disclosures will appear here once the store holds requests.</source>
        <translation>Overviews of requests, deadlines and disclosures will appear here once the store holds requests.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Encrypted with SQLCipher; keys with Argon2id</source>
        <translation>Encrypted with SQLCipher; keys with Argon2id</translation>
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
        <translation>GDPR requests, disclosures and retention periods for housing corporations.</translation>
    </message>
    <message>
        <source>SQLCipher version: %1</source>
        <translation>SQLCipher version: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Encrypted with SQLCipher; keys with Argon2id.</source>
        <translation>Encrypted with SQLCipher; keys with Argon2id.</translation>
    </message>
    <message>
        <source>DEMO — fictitious data</source>
        <translation>DEMO — fictitious data</translation>
    </message>
    <message>
        <source>About Privacydesk</source>
        <translation>About Privacydesk</translation>
    </message>
    <message>
        <source>This demo store holds only fictitious data.</source>
        <translation>This demo store holds only fictitious data.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>&amp;Telephone request…</source>
        <translation>&amp;Telephone request…</translation>
    </message>
    <message>
        <source>Log a request during a phone call</source>
        <translation>Log a request during a phone call</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
</context>
<context>
    <name>pd::ui::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>pd::ui::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Notes are part of the audit trail and cannot be changed afterwards. Never write down a citizen service number (BSN).</source>
        <translation>Notes are part of the audit trail and cannot be changed afterwards. Never write down a citizen service number (BSN).</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordLineEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Hide password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Show password</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStrength</name>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>This is one of the passwords that attackers try first.</source>
        <translation>This is one of the passwords that attackers try first.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n characters.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avoid repeated or consecutive characters such as &quot;aaaa&quot; or &quot;1234&quot;.</source>
        <translation>Avoid repeated or consecutive characters such as &quot;aaaa&quot; or &quot;1234&quot;.</translation>
    </message>
    <message>
        <source>Make it longer, or mix letters, digits and symbols.</source>
        <translation>Make it longer, or mix letters, digits and symbols.</translation>
    </message>
    <message>
        <source>Make it longer: a sentence of several words is strong and easy to remember.</source>
        <translation>Make it longer: a sentence of several words is strong and easy to remember.</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordStrengthMeter</name>
    <message>
        <source>Strength: –</source>
        <translation>Strength: –</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a sentence of several words works well.</source>
        <translation>
            <numerusform>Use at least %n characters; a sentence of several words works well.</numerusform>
            <numerusform>Use at least %n characters; a sentence of several words works well.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Strength: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReceiveIdentificationDialog</name>
    <message>
        <source>&amp;Succeeded</source>
        <translation>&amp;Succeeded</translation>
    </message>
    <message>
        <source>&amp;Failed</source>
        <translation>&amp;Failed</translation>
    </message>
    <message>
        <source>After a failed identification the request waits for a new one, or is declared inadmissible.</source>
        <translation>After a failed identification the request waits for a new one, or is declared inadmissible.</translation>
    </message>
    <message>
        <source>Identification received</source>
        <translation>Identification received</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Record how identity was checked, never the document, its number or the BSN.</source>
        <translation>Record how identity was checked, never the document, its number or the BSN.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeySheet</name>
    <message>
        <source>Privacydesk recovery key</source>
        <translation>Privacydesk recovery key</translation>
    </message>
    <message>
        <source>Store ID:</source>
        <translation>Store ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Keep this key on paper in a safe place; whoever has the key can open the store.</source>
        <translation>Keep this key on paper in a safe place; whoever has the key can open the store.</translation>
    </message>
    <message>
        <source>With this key you can open the store when every password has been forgotten. Do not store it on the computer or in e-mail. Privacydesk shows this key only once.</source>
        <translation>With this key you can open the store when every password has been forgotten. Do not store it on the computer or in e-mail. Privacydesk shows this key only once.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReopenDialog</name>
    <message>
        <source>Reason for reopening</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>Reopen the request</source>
        <translation>Reopen the request</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Reopening removes the outcome (%1), the grounds and the answer date from this request; the audit trail keeps them. The deadline runs again from the dates already recorded.</source>
        <translation>Reopening removes the outcome (%1), the grounds and the answer date from this request; the audit trail keeps them. The deadline runs again from the dates already recorded.</translation>
    </message>
    <message>
        <source>&amp;Why is the request reopened?</source>
        <translation>&amp;Why is the request reopened?</translation>
    </message>
</context>
<context>
    <name>pd::ui::RequestIdentificationDialog</name>
    <message>
        <source>Request identification</source>
        <translation>Request identification</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Requested on:</translation>
    </message>
    <message>
        <source>Ask the data subject to identify themselves without undue delay: the deadline is paused only when the request goes out within the days the policy allows.</source>
        <translation>Ask the data subject to identify themselves without undue delay: the deadline is paused only when the request goes out within the days the policy allows.</translation>
    </message>
</context>
<context>
    <name>pd::ui::SettingsDialog</name>
    <message>
        <source>Settings — Privacydesk</source>
        <translation>Settings — Privacydesk</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>These details appear in letters to data subjects and in the complaint dossier for the Autoriteit Persoonsgegevens.</source>
        <translation>These details appear in letters to data subjects and in the complaint dossier for the Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Privacy &amp;e-mail:</source>
        <translation>Privacy &amp;e-mail:</translation>
    </message>
    <message>
        <source>e.g. privacy@woonstichting.nl</source>
        <translation>e.g. privacy@woonstichting.nl</translation>
    </message>
    <message>
        <source>Postal add&amp;ress:</source>
        <translation>Postal add&amp;ress:</translation>
    </message>
    <message>
        <source>Street and number, or PO box</source>
        <translation>Street and number, or PO box</translation>
    </message>
    <message>
        <source>&amp;Postcode and city:</source>
        <translation>&amp;Postcode and city:</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>This is not a BSN (the confirmation is logged)</source>
        <translation>This is not a BSN (the confirmation is logged)</translation>
    </message>
    <message>
        <source>Own &amp;term:</source>
        <translation>Own &amp;term:</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>E&amp;xtension:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>&amp;Move to the next working day (weekend, public holiday, closing day)</source>
        <translation>&amp;Move to the next working day (weekend, public holiday, closing day)</translation>
    </message>
    <message>
        <source>Identification:</source>
        <translation>Identification:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>The days spent waiting for identification are added to the deadline (EDPB guidelines, §159).</source>
        <translation>The days spent waiting for identification are added to the deadline (EDPB guidelines, §159).</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <source>The term starts again on the day the identification is received.</source>
        <translation>The term starts again on the day the identification is received.</translation>
    </message>
    <message>
        <source>Request &amp;within:</source>
        <translation>Request &amp;within:</translation>
    </message>
    <message>
        <source>days of receipt; a later request does not stop the clock</source>
        <translation>days of receipt; a later request does not stop the clock</translation>
    </message>
    <message>
        <source>Extra &amp;closing days:</source>
        <translation>Extra &amp;closing days:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>The legal term (one month, art. 12(3) AVG; three months when extended) always applies. Your own term counts when it ends earlier. Saving recomputes the deadlines of open requests.</source>
        <translation>The legal term (one month, art. 12(3) AVG; three months when extended) always applies. Your own term counts when it ends earlier. Saving recomputes the deadlines of open requests.</translation>
    </message>
    <message>
        <source>The language of Privacydesk on this computer. It changes at once and does not affect other users.</source>
        <translation>The language of Privacydesk on this computer. It changes at once and does not affect other users.</translation>
    </message>
    <message>
        <source>legal term</source>
        <translation>legal term</translation>
    </message>
    <message>
        <source>own term</source>
        <translation>own term</translation>
    </message>
    <message>
        <source>Example: received today → deadline %1 (%2)</source>
        <translation>Example: received today → deadline %1 (%2)</translation>
    </message>
    <message>
        <source>after an extension %1 (%2)</source>
        <translation>after an extension %1 (%2)</translation>
    </message>
    <message>
        <source>Remove the number that looks like a BSN, or confirm that it is not one.</source>
        <translation>Remove the number that looks like a BSN, or confirm that it is not one.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>Privacy e-mail</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
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
        <translation>DEMO — fictitious data — Privacydesk</translation>
    </message>
    <message>
        <source>Unlock store – Privacydesk</source>
        <translation>Unlock store – Privacydesk</translation>
    </message>
    <message>
        <source>This is the demo store with fictitious data. User name: %1, password: %2</source>
        <translation>This is the demo store with fictitious data. User name: %1, password: %2</translation>
    </message>
    <message>
        <source>Open the store with the recovery key</source>
        <translation>Open the store with the recovery key</translation>
    </message>
    <message>
        <source>Unlock store</source>
        <translation>Unlock store</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Type the recovery key exactly as it is printed on paper. Upper or lower case and the dashes do not matter.</source>
        <translation>Type the recovery key exactly as it is printed on paper. Upper or lower case and the dashes do not matter.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <source>Unlocking… this takes a few seconds.</source>
        <translation>Unlocking… this takes a few seconds.</translation>
    </message>
    <message>
        <source>Use &amp;password</source>
        <translation>Use &amp;password</translation>
    </message>
    <message>
        <source>Use r&amp;ecovery key…</source>
        <translation>Use r&amp;ecovery key…</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation>&amp;Open another store…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>The store could not be opened.</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <source>The folder %1 does not contain a Privacydesk store.</source>
        <translation>The folder %1 does not contain a Privacydesk store.</translation>
    </message>
</context>
<context>
    <name>pd::ui::WelcomeDialog</name>
    <message>
        <source>Welcome – Privacydesk</source>
        <translation>Welcome – Privacydesk</translation>
    </message>
    <message>
        <source>Welcome to Privacydesk</source>
        <translation>Welcome to Privacydesk</translation>
    </message>
    <message>
        <source>Privacydesk keeps track of GDPR requests, disclosures and retention periods in an encrypted store on this computer. There is no store here yet.</source>
        <translation>Privacydesk keeps track of GDPR requests, disclosures and retention periods in an encrypted store on this computer. There is no store here yet.</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>Create a new store</translation>
    </message>
    <message>
        <source>An empty, encrypted store for your organisation, protected by your password and a recovery key on paper.</source>
        <translation>An empty, encrypted store for your organisation, protected by your password and a recovery key on paper.</translation>
    </message>
    <message>
        <source>Open the demo (fictitious data)</source>
        <translation>Open the demo (fictitious data)</translation>
    </message>
    <message>
        <source>Try Privacydesk in a separate store with made-up data only. Never enter real personal data in the demo.</source>
        <translation>Try Privacydesk in a separate store with made-up data only. Never enter real personal data in the demo.</translation>
    </message>
    <message>
        <source>Open an existing store…</source>
        <translation>Open an existing store…</translation>
    </message>
    <message>
        <source>Choose a folder that holds a Privacydesk store, for instance on a network drive.</source>
        <translation>Choose a folder that holds a Privacydesk store, for instance on a network drive.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
</TS>
