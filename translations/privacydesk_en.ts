<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>pd::AccessScope</name>
    <message>
        <source>You asked which personal data we use about you (article 15 GDPR). Sections 1 and 2 hold the personal data we have recorded about your requests. We do that in Privacydesk: the system in which we handle requests about your privacy. Sections 3 to 11 say what we do with your data in general: what we use them for, who receives them and how long we keep them. That comes from our register of processing activities (article 30 GDPR). Your data in our rental administration and our other systems are not in this overview. The accompanying letter says how you receive those data.</source>
        <translation>You asked which personal data we use about you (article 15 GDPR). Sections 1 and 2 hold the personal data we have recorded about your requests. We do that in Privacydesk: the system in which we handle requests about your privacy. Sections 3 to 11 say what we do with your data in general: what we use them for, who receives them and how long we keep them. That comes from our register of processing activities (article 30 GDPR). Your data in our rental administration and our other systems are not in this overview. The accompanying letter says how you receive those data.</translation>
    </message>
</context>
<context>
    <name>pd::AttachmentService</name>
    <message>
        <source>There is no request with number %1.</source>
        <translation>There is no request with number %1.</translation>
    </message>
    <message>
        <source>Original request</source>
        <translation>Original request</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondence</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>The file has no name.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is %2; a file kept with a request may be at most %3.</source>
        <translation>%1 is %2; a file kept with a request may be at most %3.</translation>
    </message>
    <message>
        <source>Privacydesk never keeps a copy of an identity document: it carries the citizen service number (BSN), which the organisation may not record (art. 46 UAVG). Record that and how identity was checked on the Identification tab instead.</source>
        <translation>Privacydesk never keeps a copy of an identity document: it carries the citizen service number (BSN), which the organisation may not record (art. 46 UAVG). Record that and how identity was checked on the Identification tab instead.</translation>
    </message>
    <message>
        <source>%1 is a copy of an identity document. %2</source>
        <translation>%1 is a copy of an identity document. %2</translation>
    </message>
    <message>
        <source>The name %1 suggests a copy of an identity document (&quot;%2&quot;). %3 If it is not one, confirm that before keeping it.</source>
        <translation>The name %1 suggests a copy of an identity document (&quot;%2&quot;). %3 If it is not one, confirm that before keeping it.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>The store holds %1 of files and may hold at most %2: %3 (%4) does not fit. The beheerder can raise the limit under Settings → Security.</source>
        <translation>The store holds %1 of files and may hold at most %2: %3 (%4) does not fit. The beheerder can raise the limit under Settings → Security.</translation>
    </message>
    <message>
        <source>Request %1 has no file %2.</source>
        <translation>Request %1 has no file %2.</translation>
    </message>
    <message>
        <source>This file was destroyed on %1 under the retention rules.</source>
        <translation>This file was destroyed on %1 under the retention rules.</translation>
    </message>
    <message>
        <source>The file %1 no longer matches its fingerprint: it was damaged in the store.</source>
        <translation>The file %1 no longer matches its fingerprint: it was damaged in the store.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file.</source>
        <translation>%1 is not an ordinary file.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>in the subject of the e-mail</source>
        <extracomment>Dutch: &quot;in het onderwerp van het e-mailbericht&quot;</extracomment>
        <translation>in the subject of the e-mail</translation>
    </message>
    <message>
        <source>in the subject of the forwarded message</source>
        <extracomment>Dutch: &quot;in het onderwerp van het doorgestuurde bericht&quot;</extracomment>
        <translation>in the subject of the forwarded message</translation>
    </message>
    <message>
        <source>in the name of attachment “%1”</source>
        <extracomment>%1 is the file name, numbers in it masked. Dutch: &quot;in de naam van bijlage “%1”&quot;</extracomment>
        <translation>in the name of attachment “%1”</translation>
    </message>
    <message>
        <source>in the name of attachment “%1” of the forwarded message “%2”</source>
        <extracomment>%1 is the file name, %2 the subject of the forwarded message it is attached to. Dutch: &quot;in de naam van bijlage “%1” van het doorgestuurde bericht “%2”&quot;</extracomment>
        <translation>in the name of attachment “%1” of the forwarded message “%2”</translation>
    </message>
    <message>
        <source>in the text of attachment “%1”</source>
        <extracomment>%1 is the name of a text file attached to the e-mail. Dutch: &quot;in de tekst van bijlage “%1”&quot;</extracomment>
        <translation>in the text of attachment “%1”</translation>
    </message>
    <message>
        <source>in the text of attachment “%1” of the forwarded message “%2”</source>
        <extracomment>Dutch: &quot;in de tekst van bijlage “%1” van het doorgestuurde bericht “%2”&quot;</extracomment>
        <translation>in the text of attachment “%1” of the forwarded message “%2”</translation>
    </message>
    <message>
        <source>in the text of the e-mail</source>
        <extracomment>Dutch: &quot;in de tekst van het e-mailbericht&quot;</extracomment>
        <translation>in the text of the e-mail</translation>
    </message>
    <message>
        <source>in the text of the forwarded message</source>
        <extracomment>Dutch: &quot;in de tekst van het doorgestuurde bericht&quot;</extracomment>
        <translation>in the text of the forwarded message</translation>
    </message>
    <message>
        <source>in the text of the forwarded message “%1”</source>
        <extracomment>%1 is the subject of the forwarded message, numbers in it masked. Dutch: &quot;in de tekst van het doorgestuurde bericht “%1”&quot;</extracomment>
        <translation>in the text of the forwarded message “%1”</translation>
    </message>
    <message>
        <source>The e-mail %1 is too deeply nested or too large to be checked in full for a citizen service number (BSN) and copies of identity documents, and is therefore not kept. Keep the parts that matter as separate files.</source>
        <extracomment>%1 is the file name. Dutch: &quot;Het e-mailbericht %1 is te diep genest of te groot om helemaal te controleren op een burgerservicenummer (BSN) en kopieën van identiteitsbewijzen, en wordt daarom niet bewaard. Bewaar de delen die ertoe doen als losse bestanden.&quot;</extracomment>
        <translation>The e-mail %1 is too deeply nested or too large to be checked in full for a citizen service number (BSN) and copies of identity documents, and is therefore not kept. Keep the parts that matter as separate files.</translation>
    </message>
    <message>
        <source>The e-mail %1 is not kept: it contains a number that passes the 11-test for a citizen service number (BSN), %2. A housing corporation may not record a BSN (art. 46 UAVG). Keep a copy without the number instead, for example a PDF in which it is blacked out.</source>
        <extracomment>%1 is the file name, %2 where in the e-mail with the masked number, e.g. &quot;in de tekst van het doorgestuurde bericht “Fwd: verzoek” (*****6782)&quot;. Dutch: &quot;Het e-mailbericht %1 wordt niet bewaard: het bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN), %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Bewaar in plaats daarvan een kopie zonder het nummer, bijvoorbeeld een PDF waarin het is weggelakt.&quot;</extracomment>
        <translation>The e-mail %1 is not kept: it contains a number that passes the 11-test for a citizen service number (BSN), %2. A housing corporation may not record a BSN (art. 46 UAVG). Keep a copy without the number instead, for example a PDF in which it is blacked out.</translation>
    </message>
    <message>
        <source>The e-mail %1 is not kept: it contains numbers that pass the 11-test for a citizen service number (BSN), %2. A housing corporation may not record a BSN (art. 46 UAVG). Keep a copy without the numbers instead, for example a PDF in which they are blacked out.</source>
        <translation>The e-mail %1 is not kept: it contains numbers that pass the 11-test for a citizen service number (BSN), %2. A housing corporation may not record a BSN (art. 46 UAVG). Keep a copy without the numbers instead, for example a PDF in which they are blacked out.</translation>
    </message>
</context>
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
    <message>
        <source>The last verified position of the audit trail could not be read (%1); the whole trail was verified.</source>
        <extracomment>Dutch: &quot;Het laatst gecontroleerde punt van de audittrail kon niet worden gelezen (%1); de hele audittrail is gecontroleerd.&quot;</extracomment>
        <translation>The last verified position of the audit trail could not be read (%1); the whole trail was verified.</translation>
    </message>
    <message>
        <source>The last verified position of the audit trail was not accepted: its authentication code does not match (forged, from another store, or from before a new master key); the whole trail was verified.</source>
        <extracomment>Dutch: &quot;Het laatst gecontroleerde punt van de audittrail is niet aanvaard: de controlecode klopt niet (vervalst, van een andere kluis of van vóór een nieuwe hoofdsleutel); de hele audittrail is gecontroleerd.&quot;</extracomment>
        <translation>The last verified position of the audit trail was not accepted: its authentication code does not match (forged, from another store, or from before a new master key); the whole trail was verified.</translation>
    </message>
    <message>
        <source>The last verified position of the audit trail (event %1) no longer matches the trail: that event is missing or was changed; the whole trail was verified.</source>
        <extracomment>Dutch: &quot;Het laatst gecontroleerde punt van de audittrail (gebeurtenis %1) past niet meer bij de audittrail: die gebeurtenis ontbreekt of is gewijzigd; de hele audittrail is gecontroleerd.&quot;</extracomment>
        <translation>The last verified position of the audit trail (event %1) no longer matches the trail: that event is missing or was changed; the whole trail was verified.</translation>
    </message>
</context>
<context>
    <name>pd::BreachCodes</name>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>No risk</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Supplement to the notification</source>
        <translation>Supplement to the notification</translation>
    </message>
    <message>
        <source>Withdrawal of the notification</source>
        <translation>Withdrawal of the notification</translation>
    </message>
    <message>
        <source>Kind and amount of personal data</source>
        <translation>Kind and amount of personal data</translation>
    </message>
    <message>
        <source>The people can easily be identified</source>
        <translation>The people can easily be identified</translation>
    </message>
    <message>
        <source>Serious consequences for the people</source>
        <translation>Serious consequences for the people</translation>
    </message>
    <message>
        <source>Vulnerable people are involved</source>
        <translation>Vulnerable people are involved</translation>
    </message>
    <message>
        <source>Special or criminal personal data</source>
        <translation>Special or criminal personal data</translation>
    </message>
    <message>
        <source>A large number of people</source>
        <translation>A large number of people</translation>
    </message>
</context>
<context>
    <name>pd::BreachLetterService</name>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>Person %1 does not exist.</translation>
    </message>
    <message>
        <source>what happened</source>
        <extracomment>Dutch: &quot;wat er is gebeurd&quot;</extracomment>
        <translation>what happened</translation>
    </message>
    <message>
        <source>the likely consequences</source>
        <extracomment>Dutch: &quot;de waarschijnlijke gevolgen&quot;</extracomment>
        <translation>the likely consequences</translation>
    </message>
    <message>
        <source>the measures taken</source>
        <translation>the measures taken</translation>
    </message>
    <message>
        <source>The letter must tell the person %1 (art. 34(2) GDPR): record it with the data breach first.</source>
        <translation>The letter must tell the person %1 (art. 34(2) GDPR): record it with the data breach first.</translation>
    </message>
    <message>
        <source>This person is not linked to data breach %1: link the person first.</source>
        <translation>This person is not linked to data breach %1: link the person first.</translation>
    </message>
    <message>
        <source>This person&apos;s data were destroyed: no letter can be addressed.</source>
        <translation>This person&apos;s data were destroyed: no letter can be addressed.</translation>
    </message>
    <message>
        <source>The decision to inform the people concerned is not recorded as &apos;yes&apos;. You may still inform this person; record the decision with the assessment.</source>
        <translation>The decision to inform the people concerned is not recorded as &apos;yes&apos;. You may still inform this person; record the decision with the assessment.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>The letter changed since it was shown (the data breach, the organisation&apos;s details or the template changed): look at it again before it is recorded.</source>
        <translation>The letter changed since it was shown (the data breach, the organisation&apos;s details or the template changed): look at it again before it is recorded.</translation>
    </message>
    <message>
        <source>Say how the letter was sent (per post, per e-mail, ...).</source>
        <translation>Say how the letter was sent (per post, per e-mail, ...).</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>How it was sent</translation>
    </message>
    <message>
        <source>Data breach %1 has no letter %2.</source>
        <translation>Data breach %1 has no letter %2.</translation>
    </message>
    <message>
        <source>This letter was already recorded as sent on %1 (%2).</source>
        <translation>This letter was already recorded as sent on %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the day the letter was sent: not before it was made (%1) and not in the future.</source>
        <translation>Enter the day the letter was sent: not before it was made (%1) and not in the future.</translation>
    </message>
    <message>
        <source>The letter uses the text written for the AP about %1: it was not written for the person. Write a text of its own for the people with the data breach, in plain language.</source>
        <extracomment>Dutch: &quot;De brief gebruikt de tekst voor de AP over %1: die is niet voor de betrokkene geschreven. Schrijf bij het datalek een eigen tekst voor de betrokkenen, in eenvoudige taal.&quot;</extracomment>
        <translation>The letter uses the text written for the AP about %1: it was not written for the person. Write a text of its own for the people with the data breach, in plain language.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>pd::BreachNotification</name>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>about %1 (an estimate, not a count)</source>
        <translation>about %1 (an estimate, not a count)</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>not yet decided</translation>
    </message>
    <message>
        <source>%1, decided by %2 on %3</source>
        <translation>%1, decided by %2 on %3</translation>
    </message>
    <message>
        <source>; reason: %1</source>
        <translation>; reason: %1</translation>
    </message>
    <message>
        <source>%1 — art. 9 GDPR</source>
        <translation>%1 — art. 9 GDPR</translation>
    </message>
    <message>
        <source>%1 — art. 10 GDPR</source>
        <translation>%1 — art. 10 GDPR</translation>
    </message>
    <message>
        <source>%1: established in the EEA</source>
        <translation>%1: established in the EEA</translation>
    </message>
    <message>
        <source>%1: established in the EEA (%2)</source>
        <translation>%1: established in the EEA (%2)</translation>
    </message>
    <message>
        <source>%1: established outside the EEA: a transfer outside the EEA (chapter V GDPR)</source>
        <translation>%1: established outside the EEA: a transfer outside the EEA (chapter V GDPR)</translation>
    </message>
    <message>
        <source>%1: established outside the EEA (%2): a transfer outside the EEA (chapter V GDPR)</source>
        <translation>%1: established outside the EEA (%2): a transfer outside the EEA (chapter V GDPR)</translation>
    </message>
    <message>
        <source>%1: where it is established is not recorded in the recipients catalogue</source>
        <translation>%1: where it is established is not recorded in the recipients catalogue</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Privacy e-mail address</source>
        <translation>Privacy e-mail address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>not recorded in the settings (Settings → Organisation)</source>
        <translation>not recorded in the settings (Settings → Organisation)</translation>
    </message>
    <message>
        <source>E-mail address of the data protection officer</source>
        <translation>E-mail address of the data protection officer</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Our reference</translation>
    </message>
    <message>
        <source>Times are Dutch time. The 72 hours run from the discovery, through weekends, holidays and the change to summer or winter time (art. 33(1) GDPR).</source>
        <translation>Times are Dutch time. The 72 hours run from the discovery, through weekends, holidays and the change to summer or winter time (art. 33(1) GDPR).</translation>
    </message>
    <message>
        <source>When the breach occurred</source>
        <translation>When the breach occurred</translation>
    </message>
    <message>
        <source>When we discovered it</source>
        <translation>When we discovered it</translation>
    </message>
    <message>
        <source>When the processor told us (art. 33(2) GDPR)</source>
        <translation>When the processor told us (art. 33(2) GDPR)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>not recorded (processor: %1)</source>
        <translation>not recorded (processor: %1)</translation>
    </message>
    <message>
        <source>Deadline for the notification to the AP (72 hours)</source>
        <translation>Deadline for the notification to the AP (72 hours)</translation>
    </message>
    <message>
        <source>%1; the AP&apos;s notification number: %2</source>
        <translation>%1; the AP&apos;s notification number: %2</translation>
    </message>
    <message numerus="yes">
        <source>LATE: %n hour(s) after the deadline</source>
        <translation>
            <numerusform>LATE: %n hour after the deadline</numerusform>
            <numerusform>LATE: %n hours after the deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Notified to the AP</source>
        <translation>Notified to the AP</translation>
    </message>
    <message>
        <source>Reasons for the delay (art. 33(1) GDPR)</source>
        <translation>Reasons for the delay (art. 33(1) GDPR)</translation>
    </message>
    <message>
        <source>not yet: this document prepares the notification</source>
        <translation>not yet: this document prepares the notification</translation>
    </message>
    <message>
        <source>The 72 hours have passed: the form must give the reasons for the delay.</source>
        <translation>The 72 hours have passed: the form must give the reasons for the delay.</translation>
    </message>
    <message>
        <source>%1; notification number %2</source>
        <translation>%1; notification number %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation>Nature of the breach</translation>
    </message>
    <message>
        <source>Kinds of personal data</source>
        <translation>Kinds of personal data</translation>
    </message>
    <message>
        <source>Special categories of personal data or criminal-offence data</source>
        <translation>Special categories of personal data or criminal-offence data</translation>
    </message>
    <message>
        <source>yes (see the kinds above)</source>
        <translation>yes (see the kinds above)</translation>
    </message>
    <message>
        <source>Number of people concerned</source>
        <translation>Number of people concerned</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Number of records</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Who they are</translation>
    </message>
    <message>
        <source>Vulnerable people</source>
        <translation>Vulnerable people</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>not yet assessed</translation>
    </message>
    <message>
        <source>yes, according to our assessment (section 11)</source>
        <translation>yes, according to our assessment (section 11)</translation>
    </message>
    <message>
        <source>not according to our assessment (section 11)</source>
        <translation>not according to our assessment (section 11)</translation>
    </message>
    <message>
        <source>Known by name in our register</source>
        <translation>Known by name in our register</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s); their names are not given to the AP here</source>
        <translation>
            <numerusform>%n person; their names are not given to the AP here</numerusform>
            <numerusform>%n persons; their names are not given to the AP here</numerusform>
        </translation>
    </message>
    <message>
        <source>Security measures in place before the breach</source>
        <translation>Security measures in place before the breach</translation>
    </message>
    <message>
        <source>Likely consequences for the people</source>
        <translation>Likely consequences for the people</translation>
    </message>
    <message>
        <source>Measures taken or proposed to address the breach and to limit its consequences</source>
        <translation>Measures taken or proposed to address the breach and to limit its consequences</translation>
    </message>
    <message>
        <source>Decision to inform the people</source>
        <translation>Decision to inform the people</translation>
    </message>
    <message>
        <source>Public notice (art. 34(3)(c) GDPR)</source>
        <translation>Public notice (art. 34(3)(c) GDPR)</translation>
    </message>
    <message>
        <source>on %1: %2</source>
        <translation>on %1: %2</translation>
    </message>
    <message>
        <source>Why not each person individually</source>
        <translation>Why not each person individually</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) informed</source>
        <translation>
            <numerusform>%n person informed</numerusform>
            <numerusform>%n persons informed</numerusform>
        </translation>
    </message>
    <message>
        <source>The people were informed</source>
        <translation>The people were informed</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Informed individually by letter</source>
        <translation>Informed individually by letter</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n person(s) known by name</source>
        <translation>
            <numerusform>%1 of the %n person known by name</numerusform>
            <numerusform>%1 of the %n persons known by name</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor involved</source>
        <translation>Processor involved</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>People or organisations in other countries</source>
        <translation>People or organisations in other countries</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Risk for the people</source>
        <translation>Risk for the people</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>The AP&apos;s criteria that apply</source>
        <translation>The AP&apos;s criteria that apply</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Decision to notify the AP</source>
        <translation>Decision to notify the AP</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2.</source>
        <translation>Prepared by %1 on %2.</translation>
    </message>
    <message>
        <source>Notification of a data breach %1</source>
        <translation>Notification of a data breach %1</translation>
    </message>
    <message>
        <source>1. Contact details</source>
        <translation>1. Contact details</translation>
    </message>
    <message>
        <source>2. Timeline</source>
        <translation>2. Timeline</translation>
    </message>
    <message>
        <source>3. What happened</source>
        <translation>3. What happened</translation>
    </message>
    <message>
        <source>4. Personal data involved</source>
        <translation>4. Personal data involved</translation>
    </message>
    <message>
        <source>5. The group of people</source>
        <translation>5. The group of people</translation>
    </message>
    <message>
        <source>6. Measures taken before the breach</source>
        <translation>6. Measures taken before the breach</translation>
    </message>
    <message>
        <source>7. Consequences of the breach</source>
        <translation>7. Consequences of the breach</translation>
    </message>
    <message>
        <source>8. Follow-up: measures taken</source>
        <translation>8. Follow-up: measures taken</translation>
    </message>
    <message>
        <source>9. Informing the people (art. 34 GDPR)</source>
        <translation>9. Informing the people (art. 34 GDPR)</translation>
    </message>
    <message>
        <source>10. International aspects</source>
        <translation>10. International aspects</translation>
    </message>
    <message>
        <source>11. Our assessment (not asked on the form)</source>
        <translation>11. Our assessment (not asked on the form)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Dutch: &quot;%1 om %2 uur&quot; (&quot;vrijdag 27 maart 2026 om 16:00 uur&quot;)</extracomment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Prepared for the AP&apos;s web form ‘Meldformulier datalekken’ (www.autoriteitpersoonsgegevens.nl), section by section in the order of the form. Privacydesk does not send it: fill in the form and record the notification number the AP gives in the register.</source>
        <translation>Prepared for the AP&apos;s web form ‘Meldformulier datalekken’ (www.autoriteitpersoonsgegevens.nl), section by section in the order of the form. Privacydesk does not send it: fill in the form and record the notification number the AP gives in the register.</translation>
    </message>
    <message>
        <source>Notification of a data breach to the Autoriteit Persoonsgegevens</source>
        <translation>Notification of a data breach to the Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notified after the 72 hours: the reasons for the delay are in section 2.</source>
        <translation>Notified after the 72 hours: the reasons for the delay are in section 2.</translation>
    </message>
</context>
<context>
    <name>pd::BreachService</name>
    <message>
        <source>Enter a short title for the data breach.</source>
        <translation>Enter a short title for the data breach.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Group of people</source>
        <translation>Group of people</translation>
    </message>
    <message>
        <source>Measures before the breach</source>
        <translation>Measures before the breach</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Likely consequences</translation>
    </message>
    <message>
        <source>International aspects</source>
        <translation>International aspects</translation>
    </message>
    <message>
        <source>Enter when the data breach was discovered (date and time).</source>
        <translation>Enter when the data breach was discovered (date and time).</translation>
    </message>
    <message>
        <source>The moment of discovery lies before 1990.</source>
        <translation>The moment of discovery lies before 1990.</translation>
    </message>
    <message>
        <source>The moment of discovery lies in the future.</source>
        <translation>The moment of discovery lies in the future.</translation>
    </message>
    <message>
        <source>The moment the breach happened lies before 1990.</source>
        <translation>The moment the breach happened lies before 1990.</translation>
    </message>
    <message>
        <source>The breach cannot have happened after it was discovered.</source>
        <translation>The breach cannot have happened after it was discovered.</translation>
    </message>
    <message>
        <source>A number of people or records cannot be negative.</source>
        <translation>A number of people or records cannot be negative.</translation>
    </message>
    <message>
        <source>Choose the processor that reported the breach.</source>
        <translation>Choose the processor that reported the breach.</translation>
    </message>
    <message>
        <source>The moment the processor told us lies before 1990.</source>
        <translation>The moment the processor told us lies before 1990.</translation>
    </message>
    <message>
        <source>The moment the processor told us lies in the future.</source>
        <translation>The moment the processor told us lies in the future.</translation>
    </message>
    <message>
        <source>the assessment of the risk</source>
        <translation>the assessment of the risk</translation>
    </message>
    <message>
        <source>the notification to the Dutch Data Protection Authority (AP)</source>
        <translation>the notification to the Dutch Data Protection Authority (AP)</translation>
    </message>
    <message>
        <source>informing the people concerned (or a public notice)</source>
        <translation>informing the people concerned (or a public notice)</translation>
    </message>
    <message>
        <source>There is no data breach %1.</source>
        <translation>There is no data breach %1.</translation>
    </message>
    <message>
        <source>The processor &quot;%1&quot; is not in the recipients catalogue.</source>
        <translation>The processor &quot;%1&quot; is not in the recipients catalogue.</translation>
    </message>
    <message>
        <source>The moment of discovery cannot move to another year: the number %1 belongs to its year.</source>
        <translation>The moment of discovery cannot move to another year: the number %1 belongs to its year.</translation>
    </message>
    <message>
        <source>The AP was notified before that moment of discovery.</source>
        <translation>The AP was notified before that moment of discovery.</translation>
    </message>
    <message>
        <source>Give the reasoning behind the assessment of the risk.</source>
        <translation>Give the reasoning behind the assessment of the risk.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Assess the risk first: the decision follows from the assessment.</source>
        <translation>Assess the risk first: the decision follows from the assessment.</translation>
    </message>
    <message>
        <source>Give the reason why the decision on notifying the AP differs from what the assessed risk suggests.</source>
        <translation>Give the reason why the decision on notifying the AP differs from what the assessed risk suggests.</translation>
    </message>
    <message>
        <source>Give the reason why the decision on informing the people concerned differs from what the assessed risk suggests.</source>
        <translation>Give the reason why the decision on informing the people concerned differs from what the assessed risk suggests.</translation>
    </message>
    <message>
        <source>The AP has already been notified; record a withdrawal as a follow-up instead.</source>
        <translation>The AP has already been notified; record a withdrawal as a follow-up instead.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Enter when the AP was notified (date and time).</source>
        <translation>Enter when the AP was notified (date and time).</translation>
    </message>
    <message>
        <source>The AP cannot have been notified before the breach was discovered.</source>
        <translation>The AP cannot have been notified before the breach was discovered.</translation>
    </message>
    <message>
        <source>The moment of the notification to the AP lies in the future.</source>
        <translation>The moment of the notification to the AP lies in the future.</translation>
    </message>
    <message>
        <source>Enter the AP&apos;s reference number (meldnummer) of the notification.</source>
        <translation>Enter the AP&apos;s reference number (meldnummer) of the notification.</translation>
    </message>
    <message>
        <source>The AP was notified more than 72 hours after the discovery (deadline %1): give the reasons for the delay (art. 33(1) GDPR).</source>
        <translation>The AP was notified more than 72 hours after the discovery (deadline %1): give the reasons for the delay (art. 33(1) GDPR).</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Reasons for the delay</translation>
    </message>
    <message>
        <source>A follow-up needs the first notification to the AP.</source>
        <translation>A follow-up needs the first notification to the AP.</translation>
    </message>
    <message>
        <source>Enter when the follow-up was sent to the AP; it cannot lie in the future.</source>
        <translation>Enter when the follow-up was sent to the AP; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>A follow-up cannot precede the first notification to the AP.</source>
        <translation>A follow-up cannot precede the first notification to the AP.</translation>
    </message>
    <message>
        <source>Say why the notification is withdrawn.</source>
        <translation>Say why the notification is withdrawn.</translation>
    </message>
    <message>
        <source>Say what the follow-up adds to the notification.</source>
        <translation>Say what the follow-up adds to the notification.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Enter the date on which the people were informed; it cannot lie in the future.</source>
        <translation>Enter the date on which the people were informed; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>The people cannot have been informed before the breach was discovered.</source>
        <translation>The people cannot have been informed before the breach was discovered.</translation>
    </message>
    <message>
        <source>Say how the people were informed.</source>
        <translation>Say how the people were informed.</translation>
    </message>
    <message>
        <source>Say why informing each person individually would take disproportionate effort (art. 34(3)(c) GDPR).</source>
        <translation>Say why informing each person individually would take disproportionate effort (art. 34(3)(c) GDPR).</translation>
    </message>
    <message>
        <source>How the people were informed</source>
        <translation>How the people were informed</translation>
    </message>
    <message>
        <source>Why a public notice</source>
        <translation>Why a public notice</translation>
    </message>
    <message>
        <source>This person is not linked to the data breach.</source>
        <translation>This person is not linked to the data breach.</translation>
    </message>
    <message>
        <source>Enter the date on which the person was informed: not before the discovery and not in the future.</source>
        <translation>Enter the date on which the person was informed: not before the discovery and not in the future.</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>Person %1 does not exist.</translation>
    </message>
    <message>
        <source>Data breach %1 is already closed.</source>
        <translation>Data breach %1 is already closed.</translation>
    </message>
    <message>
        <source>Data breach %1 cannot be closed yet; missing: %2.</source>
        <translation>Data breach %1 cannot be closed yet; missing: %2.</translation>
    </message>
    <message>
        <source>Data breach %1 is open.</source>
        <translation>Data breach %1 is open.</translation>
    </message>
    <message>
        <source>Data breach %1 was destroyed under the retention rule on %2: what is left of it can no longer be changed.</source>
        <translation>Data breach %1 was destroyed under the retention rule on %2: what is left of it can no longer be changed.</translation>
    </message>
    <message>
        <source>What happened, for the people</source>
        <extracomment>Dutch: &quot;Wat er is gebeurd, voor de betrokkenen&quot;</extracomment>
        <translation>What happened, for the people</translation>
    </message>
    <message>
        <source>Consequences, for the people</source>
        <extracomment>Dutch: &quot;Gevolgen, voor de betrokkenen&quot;</extracomment>
        <translation>Consequences, for the people</translation>
    </message>
    <message>
        <source>The processor reported the breach on %1, before the moment of discovery (%2). The 72 hours start at the earliest moment we knew: take %1 as the moment of discovery.</source>
        <extracomment>Dutch: &quot;De verwerker meldde het lek op %1, vóór het moment van ontdekking (%2). De 72 uur beginnen bij het eerste moment dat wij het wisten: neem %1 als moment van ontdekking.&quot;</extracomment>
        <translation>The processor reported the breach on %1, before the moment of discovery (%2). The 72 hours start at the earliest moment we knew: take %1 as the moment of discovery.</translation>
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
    <message>
        <source>The time of receipt lies in the future.</source>
        <translation>The time of receipt lies in the future.</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>%1 is not a user of this store.</source>
        <translation>%1 is not a user of this store.</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <source>Reason for deciding without identification</source>
        <translation>Reason for deciding without identification</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Reasons for the decision (%1)</source>
        <translation>Reasons for the decision (%1)</translation>
    </message>
    <message>
        <source>What was done (%1)</source>
        <translation>What was done (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Keep the source short: at most %n character(s).</source>
        <translation>
            <numerusform>Keep the source short: at most %n character.</numerusform>
            <numerusform>Keep the source short: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the relation</source>
        <translation>The end of the relation</translation>
    </message>
    <message numerus="yes">
        <source>The end of the relation lies more than %n year(s) in the future; was the year typed correctly?</source>
        <translation>
            <numerusform>The end of the relation lies more than %n year in the future; was the year typed correctly?</numerusform>
            <numerusform>The end of the relation lies more than %n years in the future; was the year typed correctly?</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 was changed elsewhere in the meantime. It has been reloaded: look at it and make your change again.</source>
        <extracomment>Dutch: &quot;Verzoek %1 is intussen gewijzigd op een andere plek. Het is opnieuw geladen: bekijk het en voer uw wijziging opnieuw in.&quot;</extracomment>
        <translation>Request %1 was changed elsewhere in the meantime. It has been reloaded: look at it and make your change again.</translation>
    </message>
    <message>
        <source>Request %1 was changed by %2 in the meantime (%3). It has been reloaded: look at it and make your change again.</source>
        <extracomment>Dutch: &quot;Verzoek %1 is intussen gewijzigd door %2 (%3). Het is opnieuw geladen: bekijk het en voer uw wijziging opnieuw in.&quot;</extracomment>
        <translation>Request %1 was changed by %2 in the meantime (%3). It has been reloaded: look at it and make your change again.</translation>
    </message>
    <message>
        <source>What the objection is about</source>
        <extracomment>Dutch: &quot;Waar het bezwaar over gaat&quot;</extracomment>
        <translation>What the objection is about</translation>
    </message>
    <message>
        <source>Name of the receiving controller</source>
        <extracomment>Dutch: &quot;Naam van de ontvangende organisatie&quot;</extracomment>
        <translation>Name of the receiving controller</translation>
    </message>
    <message>
        <source>Address or e-mail of the receiving controller</source>
        <extracomment>Dutch: &quot;Adres of e-mail van de ontvangende organisatie&quot;</extracomment>
        <translation>Address or e-mail of the receiving controller</translation>
    </message>
    <message>
        <source>Only a portability request (art. 20 GDPR) goes directly to another controller.</source>
        <extracomment>Dutch: &quot;Alleen een verzoek om overdraagbaarheid (artikel 20 AVG) gaat rechtstreeks naar een andere organisatie.&quot;</extracomment>
        <translation>Only a portability request (art. 20 GDPR) goes directly to another controller.</translation>
    </message>
    <message>
        <source>Give the postal or e-mail address of the receiving controller.</source>
        <extracomment>Dutch: &quot;Geef het adres of e-mailadres van de ontvangende organisatie.&quot;</extracomment>
        <translation>Give the postal or e-mail address of the receiving controller.</translation>
    </message>
    <message>
        <source>Representative&apos;s address</source>
        <extracomment>Dutch: &quot;Adres van de gemachtigde&quot;</extracomment>
        <translation>Representative&apos;s address</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy has no extension of its own: the answer stays due on %1. An extension would move no date and no extension notice could be made, so nothing was recorded. Answer within the deadline, or change the deadline policy first (Extra → Settings → Deadlines).</source>
        <extracomment>Dutch: &quot;Het beleid van de organisatie kent geen eigen verlenging: het antwoord moet uiterlijk op %1 gegeven zijn. Een verlenging zou geen datum verschuiven en er kan geen verlengingsbericht worden gemaakt, dus er is niets vastgelegd. Antwoord binnen de termijn, of pas eerst het termijnbeleid aan (Extra → Instellingen → Termijnen).&quot;</extracomment>
        <translation>The organisation&apos;s policy has no extension of its own: the answer stays due on %1. An extension would move no date and no extension notice could be made, so nothing was recorded. Answer within the deadline, or change the deadline policy first (Extra → Settings → Deadlines).</translation>
    </message>
    <message>
        <source>Customer number %1 is known already, with another address. The intake does not change it: letters go to a new address only once the identity is established. Name the new address in the request&apos;s description, or leave it out.</source>
        <extracomment>Dutch: &quot;Klantnummer %1 is al bekend, met een ander adres. Bij de intake wordt dat niet gewijzigd: brieven gaan pas naar een nieuw adres als de identiteit is vastgesteld. Noem het nieuwe adres in de omschrijving van het verzoek, of laat het weg.&quot;</extracomment>
        <translation>Customer number %1 is known already, with another address. The intake does not change it: letters go to a new address only once the identity is established. Name the new address in the request&apos;s description, or leave it out.</translation>
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
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Enter the date the request was received.</translation>
    </message>
    <message>
        <source>The date of receipt lies in the future.</source>
        <translation>The date of receipt lies in the future.</translation>
    </message>
    <message>
        <source>The date of receipt lies before %1.</source>
        <translation>The date of receipt lies before %1.</translation>
    </message>
    <message numerus="yes">
        <source>legally %n day(s) late</source>
        <translation>
            <numerusform>legally %n day late</numerusform>
            <numerusform>legally %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>own deadline %n day(s) late</source>
        <translation>
            <numerusform>own deadline %n day late</numerusform>
            <numerusform>own deadline %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an objection (art. 21 GDPR) can be against direct marketing.</source>
        <translation>Only an objection (art. 21 GDPR) can be against direct marketing.</translation>
    </message>
    <message>
        <source>State the reasons for the decision in words (art. 12(4) GDPR): the data subject must read why the request is not granted in full.</source>
        <translation>State the reasons for the decision in words (art. 12(4) GDPR): the data subject must read why the request is not granted in full.</translation>
    </message>
    <message>
        <source>No identification was recorded for this request: record it first, or state why the identity of the data subject was not in doubt.</source>
        <translation>No identification was recorded for this request: record it first, or state why the identity of the data subject was not in doubt.</translation>
    </message>
    <message>
        <source>A reason for deciding without identification only belongs to a granted or refused request whose identification was never recorded.</source>
        <translation>A reason for deciding without identification only belongs to a granted or refused request whose identification was never recorded.</translation>
    </message>
    <message>
        <source>The identification failed: the request can only be closed as not dealt with (identity not established) or as withdrawn.</source>
        <translation>The identification failed: the request can only be closed as not dealt with (identity not established) or as withdrawn.</translation>
    </message>
    <message>
        <source>&quot;Not dealt with: identity not established&quot; needs a request for identification first (art. 12(2) GDPR): record that it was asked for.</source>
        <translation>&quot;Not dealt with: identity not established&quot; needs a request for identification first (art. 12(2) GDPR): record that it was asked for.</translation>
    </message>
    <message>
        <source>None of the grounds can refuse the %1 part of the request: name a ground for each kind, or decide per kind.</source>
        <translation>None of the grounds can refuse the %1 part of the request: name a ground for each kind, or decide per kind.</translation>
    </message>
    <message>
        <source>When the request is decided per kind, give the grounds and reasons per kind.</source>
        <translation>When the request is decided per kind, give the grounds and reasons per kind.</translation>
    </message>
    <message>
        <source>Give the outcome of the %1 part of the request.</source>
        <translation>Give the outcome of the %1 part of the request.</translation>
    </message>
    <message>
        <source>The %1 part of the request is decided twice.</source>
        <translation>The %1 part of the request is decided twice.</translation>
    </message>
    <message>
        <source>The request does not ask for %1.</source>
        <translation>The request does not ask for %1.</translation>
    </message>
    <message>
        <source>The outcomes per kind make the request &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>The outcomes per kind make the request &quot;%1&quot;, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>each kind is granted, partly granted or refused; a withdrawal or an identity not established ends the whole request.</source>
        <translation>each kind is granted, partly granted or refused; a withdrawal or an identity not established ends the whole request.</translation>
    </message>
    <message>
        <source>Say what was erased; the reasons say what is kept and why.</source>
        <translation>Say what was erased; the reasons say what is kept and why.</translation>
    </message>
    <message>
        <source>Say what was done for the part that is granted; the reasons say what is not done and why.</source>
        <translation>Say what was done for the part that is granted; the reasons say what is not done and why.</translation>
    </message>
    <message>
        <source>What was done only belongs to a granted or partly granted request.</source>
        <translation>What was done only belongs to a granted or partly granted request.</translation>
    </message>
    <message>
        <source>The data that changed only belongs to a granted or partly granted rectification, erasure or restriction.</source>
        <translation>The data that changed only belongs to a granted or partly granted rectification, erasure or restriction.</translation>
    </message>
    <message>
        <source>What an objection is about only belongs to an objection (art. 21 GDPR) that is decided.</source>
        <extracomment>Dutch: &quot;Waar een bezwaar over gaat, hoort alleen bij een bezwaar (artikel 21 AVG) dat wordt beslist.&quot;</extracomment>
        <translation>What an objection is about only belongs to an objection (art. 21 GDPR) that is decided.</translation>
    </message>
    <message>
        <source>Say in words what else the objection is about.</source>
        <extracomment>Dutch: &quot;Zeg in woorden waar het bezwaar verder over gaat.&quot;</extracomment>
        <translation>Say in words what else the objection is about.</translation>
    </message>
    <message>
        <source>What stopped does not match the objection&apos;s outcome: everything stopped is granted, nothing stopped is refused, some stopped is partly granted.</source>
        <extracomment>Dutch: &quot;Wat gestopt is, past niet bij de uitkomst van het bezwaar: alles gestopt is toegewezen, niets gestopt is afgewezen, een deel gestopt is deels toegewezen.&quot;</extracomment>
        <translation>What stopped does not match the objection&apos;s outcome: everything stopped is granted, nothing stopped is refused, some stopped is partly granted.</translation>
    </message>
    <message>
        <source>‘%1’ is named twice in the objection.</source>
        <extracomment>Dutch: &quot;‘%1’ staat twee keer in het bezwaar.&quot;</extracomment>
        <translation>‘%1’ is named twice in the objection.</translation>
    </message>
    <message>
        <source>An objection to direct marketing is absolute (art. 21(3) GDPR): ‘%1’ stops.</source>
        <extracomment>Dutch: &quot;Een bezwaar tegen direct marketing is absoluut (art. 21 lid 3 AVG): ‘%1’ stopt.&quot;</extracomment>
        <translation>An objection to direct marketing is absolute (art. 21(3) GDPR): ‘%1’ stops.</translation>
    </message>
    <message>
        <source>This request was not made by a representative: it needs no mandate.</source>
        <extracomment>Dutch: &quot;Dit verzoek is niet door een gemachtigde gedaan: er is geen machtiging nodig.&quot;</extracomment>
        <translation>This request was not made by a representative: it needs no mandate.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>The request is closed.</translation>
    </message>
    <message>
        <source>Enter the date the mandate was requested.</source>
        <extracomment>Dutch: &quot;Vul de datum in waarop om de machtiging is gevraagd.&quot;</extracomment>
        <translation>Enter the date the mandate was requested.</translation>
    </message>
    <message>
        <source>The mandate cannot have been requested before the request was received.</source>
        <extracomment>Dutch: &quot;Om de machtiging kan niet zijn gevraagd vóór de ontvangst van het verzoek.&quot;</extracomment>
        <translation>The mandate cannot have been requested before the request was received.</translation>
    </message>
    <message>
        <source>The date the mandate was requested lies in the future.</source>
        <extracomment>Dutch: &quot;De datum waarop om de machtiging is gevraagd ligt in de toekomst.&quot;</extracomment>
        <translation>The date the mandate was requested lies in the future.</translation>
    </message>
    <message>
        <source>The mandate has already been received.</source>
        <extracomment>Dutch: &quot;De machtiging is al ontvangen.&quot;</extracomment>
        <translation>The mandate has already been received.</translation>
    </message>
    <message>
        <source>The deadline stands still until the mandate of %1 is received (requested on %2).</source>
        <extracomment>Dutch: &quot;De termijn staat stil tot de machtiging van %1 binnen is (gevraagd op %2).&quot;</extracomment>
        <translation>The deadline stands still until the mandate of %1 is received (requested on %2).</translation>
    </message>
    <message>
        <source>None: the mandate was requested too late after receipt, so the clock kept running.</source>
        <extracomment>Dutch: &quot;Geen: om de machtiging is te laat na ontvangst gevraagd, dus de termijn liep door.&quot;</extracomment>
        <translation>None: the mandate was requested too late after receipt, so the clock kept running.</translation>
    </message>
    <message numerus="yes">
        <source>Mandate received on %1; %n day(s) waiting for it added to the deadlines.</source>
        <extracomment>Dutch: &quot;Machtiging ontvangen op %1; %n dag(en) wachten erop bij de termijnen opgeteld.&quot;</extracomment>
        <translation>
            <numerusform>Mandate received on %1; %n day waiting for it added to the deadlines.</numerusform>
            <numerusform>Mandate received on %1; %n days waiting for it added to the deadlines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet requested: the deadline runs. Ask %1 for the mandate with the letter &apos;Request for a mandate&apos;.</source>
        <extracomment>Dutch: &quot;Nog niet gevraagd: de termijn loopt. Vraag de machtiging van %1 op met de brief &apos;Verzoek om machtiging&apos;.&quot;</extracomment>
        <translation>Not yet requested: the deadline runs. Ask %1 for the mandate with the letter &apos;Request for a mandate&apos;.</translation>
    </message>
    <message>
        <source>Enter the date the mandate was received.</source>
        <extracomment>Dutch: &quot;Vul de datum in waarop de machtiging is ontvangen.&quot;</extracomment>
        <translation>Enter the date the mandate was received.</translation>
    </message>
    <message>
        <source>The mandate cannot have been received before the request.</source>
        <extracomment>Dutch: &quot;De machtiging kan niet zijn ontvangen vóór het verzoek.&quot;</extracomment>
        <translation>The mandate cannot have been received before the request.</translation>
    </message>
    <message>
        <source>The mandate cannot have been received before it was requested.</source>
        <extracomment>Dutch: &quot;De machtiging kan niet zijn ontvangen voordat erom is gevraagd.&quot;</extracomment>
        <translation>The mandate cannot have been received before it was requested.</translation>
    </message>
    <message>
        <source>The date the mandate was received lies in the future.</source>
        <extracomment>Dutch: &quot;De datum waarop de machtiging is ontvangen ligt in de toekomst.&quot;</extracomment>
        <translation>The date the mandate was received lies in the future.</translation>
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
        <source>Art. 21(1) GDPR: compelling legitimate grounds</source>
        <translation>Art. 21(1) GDPR: compelling legitimate grounds</translation>
    </message>
    <message>
        <source>Art. 23 GDPR: restriction by law</source>
        <translation>Art. 23 GDPR: restriction by law</translation>
    </message>
    <message>
        <source>Art. 17(3)(a) GDPR: freedom of expression and information</source>
        <translation>Art. 17(3)(a) GDPR: freedom of expression and information</translation>
    </message>
    <message>
        <source>Art. 17(3)(b) GDPR: legal obligation, e.g. to retain (art. 52 AWR)</source>
        <translation>Art. 17(3)(b) GDPR: legal obligation, e.g. to retain (art. 52 AWR)</translation>
    </message>
    <message>
        <source>Art. 17(3)(c) GDPR: public interest in public health</source>
        <translation>Art. 17(3)(c) GDPR: public interest in public health</translation>
    </message>
    <message>
        <source>Art. 17(3)(d) GDPR: archiving in the public interest, research or statistics</source>
        <translation>Art. 17(3)(d) GDPR: archiving in the public interest, research or statistics</translation>
    </message>
    <message>
        <source>Art. 17(3)(e) GDPR: legal claims</source>
        <translation>Art. 17(3)(e) GDPR: legal claims</translation>
    </message>
    <message>
        <source>Art. 18(2) GDPR: processing still allowed during the restriction</source>
        <translation>Art. 18(2) GDPR: processing still allowed during the restriction</translation>
    </message>
    <message>
        <source>Art. 20(1) GDPR: not based on consent or contract, or not automated</source>
        <translation>Art. 20(1) GDPR: not based on consent or contract, or not automated</translation>
    </message>
    <message>
        <source>Art. 41(1)(a) UAVG: national security</source>
        <translation>Art. 41(1)(a) UAVG: national security</translation>
    </message>
    <message>
        <source>Art. 41(1)(b) UAVG: defence</source>
        <translation>Art. 41(1)(b) UAVG: defence</translation>
    </message>
    <message>
        <source>Art. 41(1)(c) UAVG: public security</source>
        <translation>Art. 41(1)(c) UAVG: public security</translation>
    </message>
    <message>
        <source>Art. 41(1)(d) UAVG: prevention, investigation or prosecution of criminal offences</source>
        <translation>Art. 41(1)(d) UAVG: prevention, investigation or prosecution of criminal offences</translation>
    </message>
    <message>
        <source>Art. 41(1)(e) UAVG: other important objectives of general public interest</source>
        <translation>Art. 41(1)(e) UAVG: other important objectives of general public interest</translation>
    </message>
    <message>
        <source>Art. 41(1)(f) UAVG: independence of the judiciary and judicial proceedings</source>
        <translation>Art. 41(1)(f) UAVG: independence of the judiciary and judicial proceedings</translation>
    </message>
    <message>
        <source>Art. 41(1)(g) UAVG: breaches of ethics for regulated professions</source>
        <translation>Art. 41(1)(g) UAVG: breaches of ethics for regulated professions</translation>
    </message>
    <message>
        <source>Art. 41(1)(h) UAVG: monitoring, inspection or regulatory function</source>
        <translation>Art. 41(1)(h) UAVG: monitoring, inspection or regulatory function</translation>
    </message>
    <message>
        <source>Art. 41(1)(i) UAVG: protection of the data subject or the rights and freedoms of others</source>
        <translation>Art. 41(1)(i) UAVG: protection of the data subject or the rights and freedoms of others</translation>
    </message>
    <message>
        <source>Art. 41(1)(j) UAVG: enforcement of civil law claims</source>
        <translation>Art. 41(1)(j) UAVG: enforcement of civil law claims</translation>
    </message>
    <message>
        <source>Other ground (explained in the reasons)</source>
        <translation>Other ground (explained in the reasons)</translation>
    </message>
    <message>
        <source>Art. 17(3) GDPR (letter not recorded)</source>
        <translation>Art. 17(3) GDPR (letter not recorded)</translation>
    </message>
    <message>
        <source>Art. 41 UAVG (ground not recorded)</source>
        <translation>Art. 41 UAVG (ground not recorded)</translation>
    </message>
    <message>
        <source>Not dealt with: identity not established</source>
        <translation>Not dealt with: identity not established</translation>
    </message>
    <message>
        <source>Not dealt with: identity not established (art. 12(2), 11(2) GDPR)</source>
        <translation>Not dealt with: identity not established (art. 12(2), 11(2) GDPR)</translation>
    </message>
    <message>
        <source>Art. 20(4) GDPR: rights and freedoms of others (portability)</source>
        <extracomment>Dutch: &quot;Art. 20 lid 4 AVG: rechten en vrijheden van anderen (overdraagbaarheid)&quot;</extracomment>
        <translation>Art. 20(4) GDPR: rights and freedoms of others (portability)</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <extracomment>Dutch: &quot;Nieuwsbrief&quot;</extracomment>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Surveys</source>
        <extracomment>Dutch: &quot;Enquêtes&quot;</extracomment>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Marketing by post or e-mail</source>
        <extracomment>Dutch: &quot;Reclame per post of e-mail&quot;</extracomment>
        <translation>Marketing by post or e-mail</translation>
    </message>
    <message>
        <source>Marketing by phone</source>
        <extracomment>Dutch: &quot;Reclame per telefoon&quot;</extracomment>
        <translation>Marketing by phone</translation>
    </message>
    <message>
        <source>Other (in words)</source>
        <extracomment>Dutch: &quot;Anders (in woorden)&quot;</extracomment>
        <translation>Other (in words)</translation>
    </message>
</context>
<context>
    <name>pd::ComplaintDossier</name>
    <message>
        <source>AP complaint dossier %1</source>
        <translation>AP complaint dossier %1</translation>
    </message>
    <message>
        <source>The AP reference is too long (at most 100 characters).</source>
        <translation>The AP reference is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>AP reference</source>
        <translation>AP reference</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>met: answered on %1</source>
        <translation>met: answered on %1</translation>
    </message>
    <message numerus="yes">
        <source>not met: answered on %1, %n day(s) late</source>
        <translation>
            <numerusform>not met: answered on %1, %n day late</numerusform>
            <numerusform>not met: answered on %1, %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>closed without an answer date</source>
        <translation>closed without an answer date</translation>
    </message>
    <message>
        <source>open, not yet due</source>
        <translation>open, not yet due</translation>
    </message>
    <message numerus="yes">
        <source>not met: open and %n day(s) overdue</source>
        <translation>
            <numerusform>not met: open and %n day overdue</numerusform>
            <numerusform>not met: open and %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>; extended to %1</source>
        <translation>; extended to %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Identification requested</source>
        <translation>Identification requested</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>not requested</translation>
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
        <source>checked by %1</source>
        <translation>checked by %1</translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation>not yet received</translation>
    </message>
    <message>
        <source>Privacydesk records that and how identity was checked, never a document, its number or a BSN.</source>
        <translation>Privacydesk records that and how identity was checked, never a document, its number or a BSN.</translation>
    </message>
    <message>
        <source>Identification received</source>
        <translation>Identification received</translation>
    </message>
    <message>
        <source>The deadline stands still until the identification is received.</source>
        <translation>The deadline stands still until the identification is received.</translation>
    </message>
    <message>
        <source>Identification was requested too late to stop the clock: the deadlines ran on.</source>
        <translation>Identification was requested too late to stop the clock: the deadlines ran on.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) waiting for identification added to the deadlines.</source>
        <translation>
            <numerusform>%n day waiting for identification added to the deadlines.</numerusform>
            <numerusform>%n days waiting for identification added to the deadlines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identification pause</source>
        <translation>Identification pause</translation>
    </message>
    <message>
        <source>Legal deadline (art. 12(3) GDPR)</source>
        <translation>Legal deadline (art. 12(3) GDPR)</translation>
    </message>
    <message>
        <source>Policy deadline</source>
        <translation>Policy deadline</translation>
    </message>
    <message>
        <source>Deadline that applied</source>
        <translation>Deadline that applied</translation>
    </message>
    <message>
        <source>%1 (%2 deadline binds)</source>
        <translation>%1 (%2 deadline binds)</translation>
    </message>
    <message>
        <source>the legal</source>
        <translation>the legal</translation>
    </message>
    <message>
        <source>the policy</source>
        <translation>the policy</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>not extended</translation>
    </message>
    <message>
        <source>Extended; the data subject was told on %1.</source>
        <translation>Extended; the data subject was told on %1.</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Reasons: %1</translation>
    </message>
    <message>
        <source>(destroyed or not recorded)</source>
        <translation>(destroyed or not recorded)</translation>
    </message>
    <message>
        <source>The notice was sent after the first month: the legal deadline was not extended (art. 12(3) GDPR).</source>
        <translation>The notice was sent after the first month: the legal deadline was not extended (art. 12(3) GDPR).</translation>
    </message>
    <message>
        <source>Told within the first month (legal deadline %1).</source>
        <translation>Told within the first month (legal deadline %1).</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Answer sent on %1</source>
        <translation>Answer sent on %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Grounds:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>The audit trail holds no events for this request.</source>
        <translation>The audit trail holds no events for this request.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: the events from that number on (shaded) cannot be vouched for; see section 5.</source>
        <translation>The audit trail is broken at event %1: the events from that number on (shaded) cannot be vouched for; see section 5.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>No letters were generated with Privacydesk for this request.</source>
        <translation>No letters were generated with Privacydesk for this request.</translation>
    </message>
    <message>
        <source>Every letter generated for this request, with the SHA-256 of its text as recorded in the audit trail. The full texts are in the appendices.</source>
        <translation>Every letter generated for this request, with the SHA-256 of its text as recorded in the audit trail. The full texts are in the appendices.</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>SHA-256 of the text</source>
        <translation>SHA-256 of the text</translation>
    </message>
    <message>
        <source>No disclosures of this data subject&apos;s data to third parties are registered.</source>
        <translation>No disclosures of this data subject&apos;s data to third parties are registered.</translation>
    </message>
    <message>
        <source>Every registered disclosure of this data subject&apos;s data to a third party or processor, oldest first. Other persons a disclosure also concerned are not named here.</source>
        <translation>Every registered disclosure of this data subject&apos;s data to a third party or processor, oldest first. Other persons a disclosure also concerned are not named here.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Purpose and legal basis</source>
        <translation>Purpose and legal basis</translation>
    </message>
    <message>
        <source>Data subject told</source>
        <translation>Data subject told</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>request %1</translation>
    </message>
    <message numerus="yes">
        <source>The chronology in section 2 holds every event of the audit trail for request %1: %n event(s), in the order and with the content in which they were recorded.</source>
        <translation>
            <numerusform>The chronology in section 2 holds every event of the audit trail for request %1: %n event, in the order and with the content in which they were recorded.</numerusform>
            <numerusform>The chronology in section 2 holds every event of the audit trail for request %1: %n events, in the order and with the content in which they were recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event numbers %1 to %2.</source>
        <translation>Event numbers %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>Privacydesk&apos;s audit trail is append-only and hash-chained: every event carries the SHA-256 of the previous one, so that an event removed, inserted or altered afterwards breaks the chain. When this dossier was prepared (%1), the whole chain was verified: %n event(s) checked, no broken link.</source>
        <translation>
            <numerusform>Privacydesk&apos;s audit trail is append-only and hash-chained: every event carries the SHA-256 of the previous one, so that an event removed, inserted or altered afterwards breaks the chain. When this dossier was prepared (%1), the whole chain was verified: %n event checked, no broken link.</numerusform>
            <numerusform>Privacydesk&apos;s audit trail is append-only and hash-chained: every event carries the SHA-256 of the previous one, so that an event removed, inserted or altered afterwards breaks the chain. When this dossier was prepared (%1), the whole chain was verified: %n events checked, no broken link.</numerusform>
        </translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>event %1</translation>
    </message>
    <message>
        <source>Hash of that event (SHA-256)</source>
        <translation>Hash of that event (SHA-256)</translation>
    </message>
    <message>
        <source>We declare that this chronology is complete and unaltered.</source>
        <translation>We declare that this chronology is complete and unaltered.</translation>
    </message>
    <message>
        <source>WARNING: the audit trail did not pass verification.</source>
        <translation>WARNING: the audit trail did not pass verification.</translation>
    </message>
    <message>
        <source>When this dossier was prepared (%1), the hash chain was broken at event %2: %3</source>
        <translation>When this dossier was prepared (%1), the hash chain was broken at event %2: %3</translation>
    </message>
    <message>
        <source>The chronology in section 2 may therefore be incomplete or altered, and no statement that it is complete and unaltered can be made. Find the cause (privacydesk-cli verify) before this dossier is sent.</source>
        <translation>The chronology in section 2 may therefore be incomplete or altered, and no statement that it is complete and unaltered can be made. Find the cause (privacydesk-cli verify) before this dossier is sent.</translation>
    </message>
    <message>
        <source>Complaint dossier for the Autoriteit Persoonsgegevens</source>
        <translation>Complaint dossier for the Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>Organisation (controller)</source>
        <translation>Organisation (controller)</translation>
    </message>
    <message>
        <source>customer number %1</source>
        <translation>customer number %1</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Prepared on</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Chronology from the audit trail</source>
        <translation>Chronology from the audit trail</translation>
    </message>
    <message>
        <source>Disclosures concerning the data subject</source>
        <translation>Disclosures concerning the data subject</translation>
    </message>
    <message>
        <source>Statement on the audit trail</source>
        <translation>Statement on the audit trail</translation>
    </message>
    <message numerus="yes">
        <source>Appendices: the full text of %n letter(s).</source>
        <translation>
            <numerusform>Appendices: the full text of %n letter.</numerusform>
            <numerusform>Appendices: the full text of %n letters.</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: the audit trail did not pass verification; see section 5.</source>
        <translation>WARNING: the audit trail did not pass verification; see section 5.</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2.</source>
        <translation>Prepared by %1 on %2.</translation>
    </message>
    <message>
        <source>Appendix %1: %2 of %3</source>
        <translation>Appendix %1: %2 of %3</translation>
    </message>
    <message>
        <source>Generated by %1; SHA-256 of the text: %2</source>
        <translation>Generated by %1; SHA-256 of the text: %2</translation>
    </message>
    <message>
        <source>The text of this letter was destroyed on %1 under the retention rules; its hash above is kept.</source>
        <translation>The text of this letter was destroyed on %1 under the retention rules; its hash above is kept.</translation>
    </message>
    <message>
        <source>; received by %1</source>
        <translation>; received by %1</translation>
    </message>
    <message>
        <source>Registered in Privacydesk</source>
        <translation>Registered in Privacydesk</translation>
    </message>
    <message>
        <source> (mandate: %1)</source>
        <translation> (mandate: %1)</translation>
    </message>
    <message>
        <source>No original of the request is kept in Privacydesk.</source>
        <translation>No original of the request is kept in Privacydesk.</translation>
    </message>
    <message>
        <source>The request as it was received and the other files kept with it, inside the encrypted store, with the SHA-256 of each file.</source>
        <translation>The request as it was received and the other files kept with it, inside the encrypted store, with the SHA-256 of each file.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Size and SHA-256</source>
        <translation>Size and SHA-256</translation>
    </message>
    <message>
        <source>(destroyed on %1)</source>
        <translation>(destroyed on %1)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>The request as received</source>
        <translation>The request as received</translation>
    </message>
    <message>
        <source>Every event recorded for this request, in the order of the audit trail; times are Dutch time.</source>
        <translation>Every event recorded for this request, in the order of the audit trail; times are Dutch time.</translation>
    </message>
    <message>
        <source>Decided without a recorded identification: %1</source>
        <translation>Decided without a recorded identification: %1</translation>
    </message>
    <message>
        <source>The objection is against direct marketing (art. 21(3) GDPR: absolute).</source>
        <translation>The objection is against direct marketing (art. 21(3) GDPR: absolute).</translation>
    </message>
    <message>
        <source>Reasons (art. 12(4) GDPR): %1</source>
        <translation>Reasons (art. 12(4) GDPR): %1</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) made, %1 recorded as sent; see section 3</source>
        <translation>
            <numerusform>%n letter made, %1 recorded as sent; see section 3</numerusform>
            <numerusform>%n letters made, %1 recorded as sent; see section 3</numerusform>
        </translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>how not kept</source>
        <translation>how not kept</translation>
    </message>
    <message>
        <source>only made: its dispatch was not recorded</source>
        <translation>only made: its dispatch was not recorded</translation>
    </message>
    <message>
        <source>Letters made and sent</source>
        <translation>Letters made and sent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Grounds: %1</source>
        <translation>Grounds: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>no: answered within the legal and the own deadline</source>
        <translation>no: answered within the legal and the own deadline</translation>
    </message>
    <message>
        <source>no (as of %1)</source>
        <translation>no (as of %1)</translation>
    </message>
    <message>
        <source>Verified position of the audit trail</source>
        <translation>Verified position of the audit trail</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>No answer date recorded</source>
        <translation>No answer date recorded</translation>
    </message>
    <message numerus="yes">
        <source>Privacydesk&apos;s audit trail is append-only and hash-chained: every event carries the hash of the previous one, so that an event removed, inserted or altered afterwards breaks the chain. Every link up to event %2 was verified before, most recently on %3. When this dossier was prepared (%1), the %n event(s) recorded since then and each event of this request were verified: no broken link.</source>
        <translation>
            <numerusform>Privacydesk&apos;s audit trail is append-only and hash-chained: every event carries the hash of the previous one, so that an event removed, inserted or altered afterwards breaks the chain. Every link up to event %2 was verified before, most recently on %3. When this dossier was prepared (%1), the event recorded since then and each event of this request were verified: no broken link.</numerusform>
            <numerusform>Privacydesk&apos;s audit trail is append-only and hash-chained: every event carries the hash of the previous one, so that an event removed, inserted or altered afterwards breaks the chain. Every link up to event %2 was verified before, most recently on %3. When this dossier was prepared (%1), the %n events recorded since then and each event of this request were verified: no broken link.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objection to %1: stopped</source>
        <translation>Objection to %1: stopped</translation>
    </message>
    <message>
        <source>Objection to %1: goes on</source>
        <translation>Objection to %1: goes on</translation>
    </message>
    <message>
        <source>Data that changed (art. 19 GDPR): %1</source>
        <extracomment>Dutch: &quot;Gewijzigde gegevens (artikel 19 AVG): %1&quot;</extracomment>
        <translation>Data that changed (art. 19 GDPR): %1</translation>
    </message>
    <message>
        <source>The file could not be read as an e-mail: %1</source>
        <translation>The file could not be read as an e-mail: %1</translation>
    </message>
    <message>
        <source>Version for the complainant (without what the complainant may not see)</source>
        <extracomment>Dutch: &quot;Versie voor de klager (zonder wat de klager niet mag zien)&quot;</extracomment>
        <translation>Version for the complainant (without what the complainant may not see)</translation>
    </message>
    <message>
        <source>Complete version for the AP (with markings)</source>
        <extracomment>Dutch: &quot;Volledige versie voor de AP (met markeringen)&quot;</extracomment>
        <translation>Complete version for the AP (with markings)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>The deadline stands still until the mandate is received.</source>
        <extracomment>Dutch: &quot;De termijn staat stil tot de machtiging binnen is.&quot;</extracomment>
        <translation>The deadline stands still until the mandate is received.</translation>
    </message>
    <message>
        <source>Mandate pause</source>
        <extracomment>Dutch: &quot;Pauze voor de machtiging&quot;</extracomment>
        <translation>Mandate pause</translation>
    </message>
    <message>
        <source>This version holds no disclosures of this data subject&apos;s data to third parties.</source>
        <translation>This version holds no disclosures of this data subject&apos;s data to third parties.</translation>
    </message>
    <message>
        <source>The registered disclosures of this data subject&apos;s data to a third party or processor that the data subject may know of, oldest first. Other persons a disclosure also concerned are not named here.</source>
        <translation>The registered disclosures of this data subject&apos;s data to a third party or processor that the data subject may know of, oldest first. Other persons a disclosure also concerned are not named here.</translation>
    </message>
    <message>
        <source>What the data subject asked</source>
        <translation>What the data subject asked</translation>
    </message>
    <message>
        <source>Access report sent</source>
        <translation>Access report sent</translation>
    </message>
    <message>
        <source>[not to be given to the complainant]</source>
        <extracomment>Dutch: &quot;[niet aan klager verstrekken]&quot;</extracomment>
        <translation>[not to be given to the complainant]</translation>
    </message>
    <message>
        <source>Request as registered</source>
        <translation>Request as registered</translation>
    </message>
    <message>
        <source>no description was typed at intake</source>
        <translation>no description was typed at intake</translation>
    </message>
    <message>
        <source>The e-mail %1 as received</source>
        <translation>The e-mail %1 as received</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>(the e-mail has no text)</source>
        <translation>(the e-mail has no text)</translation>
    </message>
    <message>
        <source>No access report or data export was made with Privacydesk for this request.</source>
        <translation>No access report or data export was made with Privacydesk for this request.</translation>
    </message>
    <message>
        <source>The access report and data files made for this request, with the SHA-256 of each file as written: compare it with the copy the data subject received.</source>
        <translation>The access report and data files made for this request, with the SHA-256 of each file as written: compare it with the copy the data subject received.</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Parts that may not be given to the complainant are left out or replaced by %1.</source>
        <extracomment>Dutch: &quot;Delen die niet aan de klager mogen worden verstrekt, zijn weggelaten of vervangen door %1.&quot;</extracomment>
        <translation>Parts that may not be given to the complainant are left out or replaced by %1.</translation>
    </message>
    <message>
        <source>Parts the complainant may not see are marked</source>
        <translation>Parts the complainant may not see are marked</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Could not read %1.</translation>
    </message>
    <message>
        <source>Systems searched</source>
        <extracomment>Dutch: &quot;Doorzochte systemen&quot;</extracomment>
        <translation>Systems searched</translation>
    </message>
    <message>
        <source>The register of processing activities names no systems for data subjects with this relation.</source>
        <extracomment>Dutch: &quot;Het register van verwerkingen noemt geen systemen voor betrokkenen met deze relatie.&quot;</extracomment>
        <translation>The register of processing activities names no systems for data subjects with this relation.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Searched by</source>
        <translation>Searched by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>NOT SEARCHED</source>
        <extracomment>Dutch: &quot;NIET DOORZOCHT&quot;</extracomment>
        <translation>NOT SEARCHED</translation>
    </message>
    <message>
        <source>file: %1</source>
        <extracomment>Dutch: &quot;bestand: %1&quot;</extracomment>
        <translation>file: %1</translation>
    </message>
</context>
<context>
    <name>pd::CovenantService</name>
    <message>
        <source>Enter the name of the covenant.</source>
        <translation>Enter the name of the covenant.</translation>
    </message>
    <message>
        <source>Name at least one party to the covenant.</source>
        <translation>Name at least one party to the covenant.</translation>
    </message>
    <message>
        <source>Enter the purpose of the covenant.</source>
        <translation>Enter the purpose of the covenant.</translation>
    </message>
    <message>
        <source>Name the statute or task the covenant rests on.</source>
        <translation>Name the statute or task the covenant rests on.</translation>
    </message>
    <message>
        <source>Say which data the covenant covers.</source>
        <translation>Say which data the covenant covers.</translation>
    </message>
    <message>
        <source>Enter the date from which the covenant applies.</source>
        <translation>Enter the date from which the covenant applies.</translation>
    </message>
    <message>
        <source>The start of the covenant</source>
        <translation>The start of the covenant</translation>
    </message>
    <message>
        <source>The end of the covenant</source>
        <translation>The end of the covenant</translation>
    </message>
    <message>
        <source>The review date</source>
        <translation>The review date</translation>
    </message>
    <message>
        <source>The covenant ends before it begins.</source>
        <translation>The covenant ends before it begins.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Statute or task</source>
        <translation>Statute or task</translation>
    </message>
    <message>
        <source>Data covered</source>
        <translation>Data covered</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>There is no covenant %1.</source>
        <translation>There is no covenant %1.</translation>
    </message>
    <message>
        <source>No signed document is kept with covenant %1.</source>
        <translation>No signed document is kept with covenant %1.</translation>
    </message>
    <message>
        <source>The document of covenant %1 no longer matches its fingerprint: it was damaged in the store.</source>
        <translation>The document of covenant %1 no longer matches its fingerprint: it was damaged in the store.</translation>
    </message>
</context>
<context>
    <name>pd::CsvReader</name>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <extracomment>%1 is the file name, %2 the system&apos;s reason</extracomment>
        <translation>The file %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row with the column names.</source>
        <translation>The file is empty: it needs a header row with the column names.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <extracomment>Dutch: &quot;Een veld tussen aanhalingstekens wordt niet afgesloten.&quot;</extracomment>
        <translation>A quoted field is not closed.</translation>
    </message>
    <message numerus="yes">
        <source>The record is longer than %n characters; is a quote missing?</source>
        <translation>
            <numerusform>The record is longer than %n characters; is a quote missing?</numerusform>
            <numerusform>The record is longer than %n characters; is a quote missing?</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8 with characters that are not UTF-8 (those lines are rejected)</source>
        <extracomment>Dutch: &quot;UTF-8, met tekens die geen UTF-8 zijn (die regels worden afgekeurd)&quot;</extracomment>
        <translation>UTF-8 with characters that are not UTF-8 (those lines are rejected)</translation>
    </message>
    <message>
        <source>invalid characters (not UTF-8)</source>
        <extracomment>Dutch: &quot;ongeldige tekens (geen UTF-8)&quot;; the CLI and the wizard put &quot;regel 12: &quot; before it</extracomment>
        <translation>invalid characters (not UTF-8)</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <extracomment>Dutch: &quot;Een aanhalingsteken wordt niet afgesloten.&quot;</extracomment>
        <translation>A quote is not closed.</translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <extracomment>Dutch: &quot;UTF-16 LE met BOM&quot; (Excel&apos;s &quot;Unicode-tekst&quot;)</extracomment>
        <translation>UTF-16 LE with BOM</translation>
    </message>
    <message>
        <source>UTF-16 BE with BOM</source>
        <extracomment>Dutch: &quot;UTF-16 BE met BOM&quot;</extracomment>
        <translation>UTF-16 BE with BOM</translation>
    </message>
    <message>
        <source>The file holds NUL bytes: it is UTF-16 without a byte order mark (BOM), or not a text file. Save it in Excel as “CSV UTF-8” or as “Unicode text”.</source>
        <extracomment>Dutch: &quot;Het bestand bevat NUL-bytes: het is UTF-16 zonder byte order mark (BOM) of geen tekstbestand. Sla het in Excel op als “CSV UTF-8” of als “Unicode-tekst”.&quot;</extracomment>
        <translation>The file holds NUL bytes: it is UTF-16 without a byte order mark (BOM), or not a text file. Save it in Excel as “CSV UTF-8” or as “Unicode text”.</translation>
    </message>
    <message>
        <source>invalid characters (not UTF-16)</source>
        <extracomment>Dutch: &quot;ongeldige tekens (geen UTF-16)&quot;; the CLI and the wizard put &quot;regel 12: &quot; before it</extracomment>
        <translation>invalid characters (not UTF-16)</translation>
    </message>
</context>
<context>
    <name>pd::DashboardService</name>
    <message>
        <source>Request files</source>
        <translation>Request files</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Other data</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Data breaches</translation>
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
    <name>pd::DisclosureCodes</name>
    <message>
        <source>Name and address</source>
        <translation>Name and address</translation>
    </message>
    <message>
        <source>Phone number and e-mail</source>
        <translation>Phone number and e-mail</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Tenancy and dwelling</source>
        <translation>Tenancy and dwelling</translation>
    </message>
    <message>
        <source>Payments and rent arrears</source>
        <translation>Payments and rent arrears</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation>Household composition</translation>
    </message>
    <message>
        <source>Nuisance reports</source>
        <translation>Nuisance reports</translation>
    </message>
    <message>
        <source>Health (special category)</source>
        <translation>Health (special category)</translation>
    </message>
    <message>
        <source>Criminal data</source>
        <translation>Criminal data</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Art. 6(1)(a) consent</source>
        <translation>Art. 6(1)(a) consent</translation>
    </message>
    <message>
        <source>Art. 6(1)(b) contract</source>
        <translation>Art. 6(1)(b) contract</translation>
    </message>
    <message>
        <source>Art. 6(1)(c) legal obligation</source>
        <translation>Art. 6(1)(c) legal obligation</translation>
    </message>
    <message>
        <source>Art. 6(1)(d) vital interest</source>
        <translation>Art. 6(1)(d) vital interest</translation>
    </message>
    <message>
        <source>Art. 6(1)(e) public task</source>
        <translation>Art. 6(1)(e) public task</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) legitimate interest</source>
        <translation>Art. 6(1)(f) legitimate interest</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <source>Not informed: prohibited by law</source>
        <translation>Not informed: prohibited by law</translation>
    </message>
    <message>
        <source>Still to inform</source>
        <translation>Still to inform</translation>
    </message>
    <message>
        <source>Bank account number</source>
        <extracomment>Dutch: &quot;Bankrekeningnummer&quot;</extracomment>
        <translation>Bank account number</translation>
    </message>
</context>
<context>
    <name>pd::DisclosureService</name>
    <message>
        <source>Enter the date of the disclosure.</source>
        <translation>Enter the date of the disclosure.</translation>
    </message>
    <message>
        <source>The date of the disclosure lies in the future.</source>
        <translation>The date of the disclosure lies in the future.</translation>
    </message>
    <message>
        <source>Choose the recipient.</source>
        <translation>Choose the recipient.</translation>
    </message>
    <message>
        <source>Choose at least one person whose data was disclosed.</source>
        <translation>Choose at least one person whose data was disclosed.</translation>
    </message>
    <message>
        <source>Say which data was disclosed.</source>
        <translation>Say which data was disclosed.</translation>
    </message>
    <message>
        <source>Enter the purpose of the disclosure.</source>
        <translation>Enter the purpose of the disclosure.</translation>
    </message>
    <message>
        <source>Name the statute or covenant that requires or permits the disclosure.</source>
        <translation>Name the statute or covenant that requires or permits the disclosure.</translation>
    </message>
    <message>
        <source>Enter the date on which the data subject was informed.</source>
        <translation>Enter the date on which the data subject was informed.</translation>
    </message>
    <message>
        <source>The date on which the data subject was informed lies in the future.</source>
        <translation>The date on which the data subject was informed lies in the future.</translation>
    </message>
    <message>
        <source>Say which law forbids informing the data subject.</source>
        <translation>Say which law forbids informing the data subject.</translation>
    </message>
    <message>
        <source>This disclosure no longer exists.</source>
        <translation>This disclosure no longer exists.</translation>
    </message>
    <message>
        <source>The recipient is not in the catalogue.</source>
        <translation>The recipient is not in the catalogue.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; has been archived.</source>
        <translation>The recipient &quot;%1&quot; has been archived.</translation>
    </message>
    <message>
        <source>Data disclosed</source>
        <translation>Data disclosed</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Statute or covenant</source>
        <translation>Statute or covenant</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Reason for not informing</source>
        <translation>Reason for not informing</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>One of the persons no longer exists.</source>
        <translation>One of the persons no longer exists.</translation>
    </message>
    <message>
        <source>Recipients are told only after a rectification, erasure or restriction has been (partly) granted.</source>
        <translation>Recipients are told only after a rectification, erasure or restriction has been (partly) granted.</translation>
    </message>
    <message>
        <source>This recipient did not receive the person&apos;s data.</source>
        <translation>This recipient did not receive the person&apos;s data.</translation>
    </message>
    <message>
        <source>Enter the date on which the recipient was told; it cannot lie in the future.</source>
        <translation>Enter the date on which the recipient was told; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>The recipient cannot have been told before the request was received.</source>
        <translation>The recipient cannot have been told before the request was received.</translation>
    </message>
    <message>
        <source>The date of the disclosure</source>
        <translation>The date of the disclosure</translation>
    </message>
    <message>
        <source>Why the data subject may not be informed</source>
        <translation>Why the data subject may not be informed</translation>
    </message>
    <message>
        <source>The date on which the data subject was informed</source>
        <translation>The date on which the data subject was informed</translation>
    </message>
    <message>
        <source>Say why telling this recipient proved impossible or would take disproportionate effort.</source>
        <translation>Say why telling this recipient proved impossible or would take disproportionate effort.</translation>
    </message>
    <message>
        <source>Why the recipient is not told</source>
        <translation>Why the recipient is not told</translation>
    </message>
    <message>
        <source>Not applicable: this recipient never received the data that changed (%1).</source>
        <extracomment>Dutch: &quot;Niet van toepassing: deze ontvanger heeft de gegevens die zijn gewijzigd (%1) nooit van ons gekregen.&quot;</extracomment>
        <translation>Not applicable: this recipient never received the data that changed (%1).</translation>
    </message>
    <message>
        <source>This recipient never received the data that changed (%1): art. 19 GDPR does not apply to it.</source>
        <extracomment>Dutch: &quot;Deze ontvanger heeft de gegevens die zijn gewijzigd (%1) nooit gekregen: artikel 19 AVG geldt niet voor deze ontvanger.&quot;</extracomment>
        <translation>This recipient never received the data that changed (%1): art. 19 GDPR does not apply to it.</translation>
    </message>
    <message>
        <source>There is no covenant %1.</source>
        <translation>There is no covenant %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer number(s) name nobody: %1</source>
        <translation>
            <numerusform>%n customer number names nobody: %1</numerusform>
            <numerusform>%n customer numbers name nobody: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer number(s) belong to more than one person: %1</source>
        <translation>
            <numerusform>%n customer number belongs to more than one person: %1</numerusform>
            <numerusform>%n customer numbers belong to more than one person: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Not read: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::DpiaRegister</name>
    <message>
        <source>Unknown</source>
        <extracomment>Dutch: &quot;Onbekend&quot;</extracomment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Low</source>
        <extracomment>Dutch: &quot;Laag&quot;</extracomment>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>Dutch: &quot;Middel&quot;</extracomment>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>Dutch: &quot;Hoog&quot;</extracomment>
        <translation>High</translation>
    </message>
    <message>
        <source>Processing activity %1 has no DPIA assessment.</source>
        <extracomment>Dutch: &quot;Verwerking %1 heeft geen DPIA-beoordeling.&quot;</extracomment>
        <translation>Processing activity %1 has no DPIA assessment.</translation>
    </message>
    <message>
        <source>Processing activity %1 already has a DPIA assessment: change it with dpia set.</source>
        <extracomment>Dutch: &quot;Verwerking %1 heeft al een DPIA-beoordeling: wijzig die met dpia set.&quot;</extracomment>
        <translation>Processing activity %1 already has a DPIA assessment: change it with dpia set.</translation>
    </message>
    <message>
        <source>Why (not) needed</source>
        <extracomment>Dutch: &quot;Waarom (niet) nodig&quot;</extracomment>
        <translation>Why (not) needed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Dutch: &quot;Uitkomst&quot;</extracomment>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Consultation of the AP</source>
        <extracomment>Dutch: &quot;Raadpleging AP&quot;</extracomment>
        <translation>Consultation of the AP</translation>
    </message>
    <message>
        <source>Choose the processing activity.</source>
        <extracomment>Dutch: &quot;Kies de verwerking.&quot;</extracomment>
        <translation>Choose the processing activity.</translation>
    </message>
    <message>
        <source>Not a known code: %1.</source>
        <extracomment>Dutch: &quot;Geen bekende code: %1.&quot;</extracomment>
        <translation>Not a known code: %1.</translation>
    </message>
    <message>
        <source>This processing is on the AP&apos;s list (%1): a DPIA is then always required (art. 35(4) GDPR).</source>
        <extracomment>Dutch: &quot;Deze verwerking staat op de lijst van de AP (%1): een DPIA is dan altijd verplicht (art. 35 lid 4 AVG).&quot;</extracomment>
        <translation>This processing is on the AP&apos;s list (%1): a DPIA is then always required (art. 35(4) GDPR).</translation>
    </message>
    <message>
        <source>Art. 35(3)(%1) GDPR applies: a DPIA is then required.</source>
        <extracomment>Dutch: &quot;Art. 35 lid 3 sub %1 AVG geldt: een DPIA is dan vereist.&quot;</extracomment>
        <translation>Art. 35(3)(%1) GDPR applies: a DPIA is then required.</translation>
    </message>
    <message>
        <source>Two or more criteria of the EDPB: a DPIA is likely needed. Explain why it is not.</source>
        <extracomment>Dutch: &quot;Twee of meer criteria van de EDPB: een DPIA is waarschijnlijk nodig. Leg uit waarom die niet nodig is.&quot;</extracomment>
        <translation>Two or more criteria of the EDPB: a DPIA is likely needed. Explain why it is not.</translation>
    </message>
    <message>
        <source>Explain why no DPIA is needed.</source>
        <translation>Explain why no DPIA is needed.</translation>
    </message>
    <message>
        <source>An outcome or residual risk belongs to a DPIA: fill in the date of the DPIA.</source>
        <extracomment>Dutch: &quot;Een uitkomst of restrisico hoort bij een DPIA: vul de datum van de DPIA in.&quot;</extracomment>
        <translation>An outcome or residual risk belongs to a DPIA: fill in the date of the DPIA.</translation>
    </message>
    <message>
        <source>The review date lies before the DPIA.</source>
        <extracomment>Dutch: &quot;De herbeoordeling ligt vóór de DPIA.&quot;</extracomment>
        <translation>The review date lies before the DPIA.</translation>
    </message>
    <message>
        <source>The AP is consulted beforehand when the residual risk stays high (art. 36(1) GDPR): set the residual risk to high.</source>
        <extracomment>Dutch: &quot;De AP wordt vooraf geraadpleegd als het restrisico hoog blijft (art. 36 lid 1 AVG): zet het restrisico op hoog.&quot;</extracomment>
        <translation>The AP is consulted beforehand when the residual risk stays high (art. 36(1) GDPR): set the residual risk to high.</translation>
    </message>
    <message>
        <source>A DPIA is needed and not done yet: do it before the processing (art. 35(1) GDPR).</source>
        <extracomment>Dutch: &quot;Een DPIA is nodig en nog niet gedaan: doe die vóór de verwerking (art. 35 lid 1 AVG).&quot;</extracomment>
        <translation>A DPIA is needed and not done yet: do it before the processing (art. 35(1) GDPR).</translation>
    </message>
    <message>
        <source>The residual risk stays high: consult the AP before the processing (art. 36(1) GDPR).</source>
        <extracomment>Dutch: &quot;Het restrisico blijft hoog: raadpleeg de AP vóór de verwerking (art. 36 lid 1 AVG).&quot;</extracomment>
        <translation>The residual risk stays high: consult the AP before the processing (art. 36(1) GDPR).</translation>
    </message>
    <message>
        <source>The review was due on %1.</source>
        <extracomment>Dutch: &quot;Herbeoordeling was gepland op %1.&quot;</extracomment>
        <translation>The review was due on %1.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <extracomment>Dutch: &quot;Niet beoordeeld&quot;</extracomment>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>DPIA %1</source>
        <extracomment>Dutch: &quot;DPIA %1&quot;</extracomment>
        <translation>DPIA %1</translation>
    </message>
    <message>
        <source>DPIA needed, not done</source>
        <extracomment>Dutch: &quot;DPIA nodig, nog niet gedaan&quot;</extracomment>
        <translation>DPIA needed, not done</translation>
    </message>
    <message>
        <source>No DPIA needed</source>
        <extracomment>Dutch: &quot;Geen DPIA nodig&quot;</extracomment>
        <translation>No DPIA needed</translation>
    </message>
</context>
<context>
    <name>pd::EncryptedPdf</name>
    <message>
        <source>No password could be made.</source>
        <extracomment>Dutch: &quot;Er kon geen wachtwoord worden gemaakt.&quot;</extracomment>
        <translation>No password could be made.</translation>
    </message>
    <message>
        <source>The PDF could not be encrypted: %1</source>
        <extracomment>Dutch: &quot;De PDF kon niet worden versleuteld: %1&quot;</extracomment>
        <translation>The PDF could not be encrypted: %1</translation>
    </message>
    <message>
        <source>by text message</source>
        <extracomment>Dutch: &quot;per sms&quot;</extracomment>
        <translation>by text message</translation>
    </message>
    <message>
        <source>by phone</source>
        <extracomment>Dutch: &quot;per telefoon&quot;</extracomment>
        <translation>by phone</translation>
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
    <message>
        <source>Recipient told of the change (art. 19)</source>
        <translation>Recipient told of the change (art. 19)</translation>
    </message>
    <message>
        <source>Data subject updated</source>
        <translation>Data subject updated</translation>
    </message>
    <message>
        <source>Disclosure registered</source>
        <translation>Disclosure registered</translation>
    </message>
    <message>
        <source>Disclosure changed</source>
        <translation>Disclosure changed</translation>
    </message>
    <message>
        <source>Disclosure removed</source>
        <translation>Disclosure removed</translation>
    </message>
    <message>
        <source>Recipient added</source>
        <translation>Recipient added</translation>
    </message>
    <message>
        <source>Recipient changed</source>
        <translation>Recipient changed</translation>
    </message>
    <message>
        <source>Recipient archived</source>
        <translation>Recipient archived</translation>
    </message>
    <message>
        <source>Recipient removed</source>
        <translation>Recipient removed</translation>
    </message>
    <message>
        <source>Processing activity added</source>
        <translation>Processing activity added</translation>
    </message>
    <message>
        <source>Processing activity changed</source>
        <translation>Processing activity changed</translation>
    </message>
    <message>
        <source>Processing activity removed</source>
        <translation>Processing activity removed</translation>
    </message>
    <message>
        <source>Request files destroyed under the retention rules</source>
        <translation>Request files destroyed under the retention rules</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>%1 recorded that %2 was told of the change on %3 (art. 19)</source>
        <translation>%1 recorded that %2 was told of the change on %3 (art. 19)</translation>
    </message>
    <message>
        <source>Access report or data export made</source>
        <translation>Access report or data export made</translation>
    </message>
    <message>
        <source>Letter generated</source>
        <translation>Letter generated</translation>
    </message>
    <message>
        <source>AP reference recorded</source>
        <translation>AP reference recorded</translation>
    </message>
    <message>
        <source>Letter template changed</source>
        <translation>Letter template changed</translation>
    </message>
    <message>
        <source>Letter template reset to the default</source>
        <translation>Letter template reset to the default</translation>
    </message>
    <message numerus="yes">
        <source>Access report or data export made by %1 (%2); %n of %3 fragment(s) of other people&apos;s data redacted</source>
        <translation>
            <numerusform>Access report or data export made by %1 (%2); %n of %3 fragment of other people&apos;s data redacted</numerusform>
            <numerusform>Access report or data export made by %1 (%2); %n of %3 fragments of other people&apos;s data redacted</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter “%2” generated by %1 (SHA-256 %3…)</source>
        <translation>Letter “%2” generated by %1 (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>AP reference removed by %1</source>
        <translation>AP reference removed by %1</translation>
    </message>
    <message>
        <source>AP reference of the complaint recorded by %1: %2</source>
        <translation>AP reference of the complaint recorded by %1: %2</translation>
    </message>
    <message>
        <source>Letter template “%2” reset to the default by %1</source>
        <translation>Letter template “%2” reset to the default by %1</translation>
    </message>
    <message>
        <source>Letter template “%2” changed by %1</source>
        <translation>Letter template “%2” changed by %1</translation>
    </message>
    <message>
        <source>File kept with the request</source>
        <translation>File kept with the request</translation>
    </message>
    <message>
        <source>Copy of a file saved</source>
        <translation>Copy of a file saved</translation>
    </message>
    <message>
        <source>Copy of file %2 saved by %1 (SHA-256 %3…)</source>
        <translation>Copy of file %2 saved by %1 (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>%2 kept with the request by %1: %3 (SHA-256 %4…)</source>
        <translation>%2 kept with the request by %1: %3 (SHA-256 %4…)</translation>
    </message>
    <message>
        <source>%1; the objection is against direct marketing</source>
        <translation>%1; the objection is against direct marketing</translation>
    </message>
    <message>
        <source>%1; reasons: %2</source>
        <translation>%1; reasons: %2</translation>
    </message>
    <message>
        <source>%1; decided without a recorded identification: %2</source>
        <translation>%1; decided without a recorded identification: %2</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <source>%1 recorded that letter “%2” was sent on %3 (%4)</source>
        <translation>%1 recorded that letter “%2” was sent on %3 (%4)</translation>
    </message>
    <message>
        <source>Recipient not told: impossible or disproportionate (art. 19)</source>
        <translation>Recipient not told: impossible or disproportionate (art. 19)</translation>
    </message>
    <message>
        <source>%1 recorded that telling %2 of the change proved impossible or would take disproportionate effort (art. 19): %3</source>
        <translation>%1 recorded that telling %2 of the change proved impossible or would take disproportionate effort (art. 19): %3</translation>
    </message>
    <message>
        <source>Letter “%2” generated by %1 and sent to printer %4 (job %5) (SHA-256 %3…)</source>
        <translation>Letter “%2” generated by %1 and sent to printer %4 (job %5) (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>Data breach reported</source>
        <translation>Data breach reported</translation>
    </message>
    <message>
        <source>Data breach changed</source>
        <translation>Data breach changed</translation>
    </message>
    <message>
        <source>Risk assessed</source>
        <translation>Risk assessed</translation>
    </message>
    <message>
        <source>Decision on notifying the AP</source>
        <translation>Decision on notifying the AP</translation>
    </message>
    <message>
        <source>Decision on informing the people concerned</source>
        <translation>Decision on informing the people concerned</translation>
    </message>
    <message>
        <source>Notified to the AP</source>
        <translation>Notified to the AP</translation>
    </message>
    <message>
        <source>Follow-up notification to the AP</source>
        <translation>Follow-up notification to the AP</translation>
    </message>
    <message>
        <source>People concerned informed</source>
        <translation>People concerned informed</translation>
    </message>
    <message>
        <source>Person concerned informed</source>
        <translation>Person concerned informed</translation>
    </message>
    <message>
        <source>Persons concerned changed</source>
        <translation>Persons concerned changed</translation>
    </message>
    <message>
        <source>Data breach closed</source>
        <translation>Data breach closed</translation>
    </message>
    <message>
        <source>Data breach reopened</source>
        <translation>Data breach reopened</translation>
    </message>
    <message>
        <source>Data breach destroyed under the retention rule</source>
        <translation>Data breach destroyed under the retention rule</translation>
    </message>
    <message>
        <source>Data breach reported by %1: %2 (discovered on %3)</source>
        <translation>Data breach reported by %1: %2 (discovered on %3)</translation>
    </message>
    <message>
        <source>Data breach changed by %1: %2</source>
        <translation>Data breach changed by %1: %2</translation>
    </message>
    <message>
        <source>Risk assessed by %1: %2; %3</source>
        <translation>Risk assessed by %1: %2; %3</translation>
    </message>
    <message>
        <source>%1 decided to notify the AP of the data breach</source>
        <translation>%1 decided to notify the AP of the data breach</translation>
    </message>
    <message>
        <source>%1 decided not to notify the AP of the data breach</source>
        <translation>%1 decided not to notify the AP of the data breach</translation>
    </message>
    <message>
        <source>%1 decided to inform the people concerned</source>
        <translation>%1 decided to inform the people concerned</translation>
    </message>
    <message>
        <source>%1 decided not to inform the people concerned</source>
        <translation>%1 decided not to inform the people concerned</translation>
    </message>
    <message>
        <source>Notified to the AP by %1 on %2, reference number %3; after the 72 hours: %4</source>
        <translation>Notified to the AP by %1 on %2, reference number %3; after the 72 hours: %4</translation>
    </message>
    <message>
        <source>Notified to the AP by %1 on %2, reference number %3</source>
        <translation>Notified to the AP by %1 on %2, reference number %3</translation>
    </message>
    <message>
        <source>%2 sent to the AP by %1 on %3, reference number %4: %5</source>
        <translation>%2 sent to the AP by %1 on %3, reference number %4: %5</translation>
    </message>
    <message>
        <source>%1 recorded a public notice on %2: %3; why: %4</source>
        <translation>%1 recorded a public notice on %2: %3; why: %4</translation>
    </message>
    <message>
        <source>%1 recorded that the people concerned were informed on %2: %3</source>
        <translation>%1 recorded that the people concerned were informed on %2: %3</translation>
    </message>
    <message>
        <source>%1 recorded that a person concerned was informed on %2</source>
        <translation>%1 recorded that a person concerned was informed on %2</translation>
    </message>
    <message>
        <source>Persons concerned changed by %1: %2 linked, %3 unlinked</source>
        <translation>Persons concerned changed by %1: %2 linked, %3 unlinked</translation>
    </message>
    <message>
        <source>Data breach destroyed by %1 under the retention rule (expired on %2): %3</source>
        <translation>Data breach destroyed by %1 under the retention rule (expired on %2): %3</translation>
    </message>
    <message>
        <source>Changed outside Privacydesk</source>
        <extracomment>Dutch: &quot;Buiten Privacydesk om gewijzigd&quot;</extracomment>
        <translation>Changed outside Privacydesk</translation>
    </message>
    <message>
        <source>Changed outside Privacydesk by %1, with SQL: %2 in the table %3, row %4 (columns: %5)</source>
        <extracomment>Dutch: &quot;Buiten Privacydesk om gewijzigd door %1, met SQL: %2 in de tabel %3, rij %4 (kolommen: %5)&quot;</extracomment>
        <translation>Changed outside Privacydesk by %1, with SQL: %2 in the table %3, row %4 (columns: %5)</translation>
    </message>
    <message>
        <source>Deadline recomputed</source>
        <extracomment>Dutch: &quot;Termijn herberekend&quot;</extracomment>
        <translation>Deadline recomputed</translation>
    </message>
    <message>
        <source>Details destroyed</source>
        <extracomment>Dutch: &quot;Details vernietigd&quot;</extracomment>
        <translation>Details destroyed</translation>
    </message>
    <message>
        <source>A data subject&apos;s details removed from the disclosure under the retention rules</source>
        <extracomment>Dutch: &quot;Gegevens van een betrokkene uit de verstrekking vernietigd volgens de bewaartermijn&quot;</extracomment>
        <translation>A data subject&apos;s details removed from the disclosure under the retention rules</translation>
    </message>
    <message>
        <source>Letter to a data subject destroyed under the retention rules</source>
        <extracomment>Dutch: &quot;Brief aan een betrokkene vernietigd volgens de bewaartermijn&quot;</extracomment>
        <translation>Letter to a data subject destroyed under the retention rules</translation>
    </message>
    <message>
        <source>Deadline recomputed by %1 after a change of the deadline policy: from %2 to %3</source>
        <extracomment>Dutch: &quot;Termijn herberekend door %1 na een wijziging van het termijnbeleid: van %2 naar %3&quot;</extracomment>
        <translation>Deadline recomputed by %1 after a change of the deadline policy: from %2 to %3</translation>
    </message>
    <message numerus="yes">
        <source>The details of %n event(s) destroyed by %1 under the retention rule (recorded by the server)</source>
        <extracomment>Dutch: &quot;De details van %n gebeurtenis(sen) vernietigd door %1 volgens de bewaartermijn (vastgelegd door de server)&quot;</extracomment>
        <translation>
            <numerusform>The details of %n event destroyed by %1 under the retention rule (recorded by the server)</numerusform>
            <numerusform>The details of %n events destroyed by %1 under the retention rule (recorded by the server)</numerusform>
        </translation>
    </message>
    <message>
        <source>Request files destroyed by %1 under the retention rules (%2)</source>
        <extracomment>Dutch: &quot;Dossier van het verzoek vernietigd door %1 volgens de bewaartermijn (%2)&quot;</extracomment>
        <translation>Request files destroyed by %1 under the retention rules (%2)</translation>
    </message>
    <message>
        <source>%1 by %2 (details missing: the audit trail records no destruction under the retention rule)</source>
        <extracomment>Dutch: &quot;%1 door %2 (details ontbreken: de audittrail legt geen vernietiging volgens de bewaartermijn vast)&quot;</extracomment>
        <translation>%1 by %2 (details missing: the audit trail records no destruction under the retention rule)</translation>
    </message>
    <message>
        <source>Receiving controller recorded (art. 20(2))</source>
        <extracomment>Dutch: &quot;Ontvangende organisatie vastgelegd (art. 20 lid 2)&quot;</extracomment>
        <translation>Receiving controller recorded (art. 20(2))</translation>
    </message>
    <message>
        <source>Data export made for another controller (art. 20(2))</source>
        <extracomment>Dutch: &quot;Gegevensexport gemaakt voor een andere organisatie (art. 20 lid 2)&quot;</extracomment>
        <translation>Data export made for another controller (art. 20(2))</translation>
    </message>
    <message>
        <source>Mandate requested</source>
        <extracomment>Dutch: &quot;Machtiging gevraagd&quot;</extracomment>
        <translation>Mandate requested</translation>
    </message>
    <message>
        <source>Mandate received</source>
        <extracomment>Dutch: &quot;Machtiging ontvangen&quot;</extracomment>
        <translation>Mandate received</translation>
    </message>
    <message>
        <source>Access report made for the request</source>
        <extracomment>Dutch: &quot;Inzageoverzicht gemaakt voor het verzoek&quot;</extracomment>
        <translation>Access report made for the request</translation>
    </message>
    <message>
        <source>AP complaint dossier made</source>
        <extracomment>Dutch: &quot;Klachtdossier AP gemaakt&quot;</extracomment>
        <translation>AP complaint dossier made</translation>
    </message>
    <message>
        <source>Mandate of %2 requested by %1 on %3; the deadline waits until it arrives</source>
        <extracomment>Dutch: &quot;Machtiging van %2 gevraagd door %1 op %3; de termijn wacht tot zij binnen is&quot;</extracomment>
        <translation>Mandate of %2 requested by %1 on %3; the deadline waits until it arrives</translation>
    </message>
    <message numerus="yes">
        <source>Mandate received, recorded by %1: on %2; the deadline stood still %n day(s), new deadline %3</source>
        <extracomment>Dutch: &quot;Machtiging ontvangen, vastgelegd door %1: op %2; de termijn stond %n dag(en) stil, nieuwe termijn %3&quot;</extracomment>
        <translation>
            <numerusform>Mandate received, recorded by %1: on %2; the deadline stood still %n day, new deadline %3</numerusform>
            <numerusform>Mandate received, recorded by %1: on %2; the deadline stood still %n days, new deadline %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, SHA-256 %3)</source>
        <extracomment>Dutch: &quot;%1 (%2, SHA-256 %3)&quot;</extracomment>
        <translation>%1 (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Access report for this request made by %1 on %2: %3</source>
        <extracomment>Dutch: &quot;Inzageoverzicht voor dit verzoek gemaakt door %1 op %2: %3&quot;</extracomment>
        <translation>Access report for this request made by %1 on %2: %3</translation>
    </message>
    <message>
        <source>AP complaint dossier made by %1: %2 (SHA-256 %3)</source>
        <extracomment>Dutch: &quot;Klachtdossier AP gemaakt door %1: %2 (SHA-256 %3)&quot;</extracomment>
        <translation>AP complaint dossier made by %1: %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>the version for the complainant</source>
        <extracomment>Dutch: &quot;de versie voor de klager&quot;</extracomment>
        <translation>the version for the complainant</translation>
    </message>
    <message>
        <source>the complete version, for the AP</source>
        <translation>the complete version, for the AP</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <extracomment>Dutch: &quot;%1 (SHA-256 %2)&quot;</extracomment>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Data export for %2 (%3) made by %1: %4</source>
        <extracomment>Dutch: &quot;Gegevensexport voor %2 (%3) gemaakt door %1: %4&quot;</extracomment>
        <translation>Data export for %2 (%3) made by %1: %4</translation>
    </message>
    <message>
        <source>%1; the text was edited by hand before the letter was made</source>
        <extracomment>Dutch: &quot;%1; de tekst is met de hand aangepast voordat de brief werd gemaakt&quot;</extracomment>
        <translation>%1; the text was edited by hand before the letter was made</translation>
    </message>
    <message>
        <source>AP complaint dossier printed</source>
        <extracomment>Dutch: &quot;Klachtdossier AP afgedrukt&quot;</extracomment>
        <translation>AP complaint dossier printed</translation>
    </message>
    <message numerus="yes">
        <source>AP complaint dossier printed by %1 to a file: %2, %n page(s) (SHA-256 %3)</source>
        <extracomment>Dutch: &quot;Klachtdossier AP afgedrukt door %1 naar een bestand: %2, %n pagina(&apos;s) (SHA-256 %3)&quot;</extracomment>
        <translation>
            <numerusform>AP complaint dossier printed by %1 to a file: %2, %n page (SHA-256 %3)</numerusform>
            <numerusform>AP complaint dossier printed by %1 to a file: %2, %n pages (SHA-256 %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AP complaint dossier printed by %1 on printer %3 (job %4): %2, %n page(s)</source>
        <extracomment>Dutch: &quot;Klachtdossier AP afgedrukt door %1 op printer %3 (opdracht %4): %2, %n pagina(&apos;s)&quot;</extracomment>
        <translation>
            <numerusform>AP complaint dossier printed by %1 on printer %3 (job %4): %2, %n page</numerusform>
            <numerusform>AP complaint dossier printed by %1 on printer %3 (job %4): %2, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold on outside data recorded</source>
        <extracomment>Dutch: &quot;Bewaring van gegevens buiten Privacydesk vastgelegd&quot;</extracomment>
        <translation>Hold on outside data recorded</translation>
    </message>
    <message>
        <source>Outside data secured</source>
        <extracomment>Dutch: &quot;Gegevens buiten Privacydesk veiliggesteld&quot;</extracomment>
        <translation>Outside data secured</translation>
    </message>
    <message>
        <source>Hold on outside data released</source>
        <extracomment>Dutch: &quot;Bewaring van gegevens buiten Privacydesk vrijgegeven&quot;</extracomment>
        <translation>Hold on outside data released</translation>
    </message>
    <message>
        <source>Processing restricted (art. 18 GDPR)</source>
        <extracomment>Dutch: &quot;Verwerking beperkt (art. 18 AVG)&quot;</extracomment>
        <translation>Processing restricted (art. 18 GDPR)</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <extracomment>Dutch: &quot;Beperking van de verwerking opgeheven&quot;</extracomment>
        <translation>Restriction lifted</translation>
    </message>
    <message>
        <source>Hold on data outside Privacydesk recorded by %1: %2, %3; recorded on %4, the system overwrites it on %5</source>
        <translation>Hold on data outside Privacydesk recorded by %1: %2, %3; recorded on %4, the system overwrites it on %5</translation>
    </message>
    <message>
        <source>; secured on %1 by %2</source>
        <translation>; secured on %1 by %2</translation>
    </message>
    <message>
        <source>; kept until %1</source>
        <translation>; kept until %1</translation>
    </message>
    <message>
        <source>Data outside Privacydesk secured by %1: %2, on %3 by %4 (on or after the day the system overwrites them)</source>
        <translation>Data outside Privacydesk secured by %1: %2, on %3 by %4 (on or after the day the system overwrites them)</translation>
    </message>
    <message>
        <source>Data outside Privacydesk secured by %1: %2, on %3 by %4</source>
        <translation>Data outside Privacydesk secured by %1: %2, on %3 by %4</translation>
    </message>
    <message>
        <source>Hold on data outside Privacydesk released by %1: %2; reason: %3</source>
        <translation>Hold on data outside Privacydesk released by %1: %2; reason: %3</translation>
    </message>
    <message>
        <source>Processing restricted by %1 (%2) from %3: %4; reason: %5</source>
        <translation>Processing restricted by %1 (%2) from %3: %4; reason: %5</translation>
    </message>
    <message>
        <source>Restriction of processing lifted by %1: %2, after the notice to the data subject (letter %3, art. 18(3) GDPR)</source>
        <extracomment>Dutch: &quot;Beperking van de verwerking opgeheven door %1: %2, na de kennisgeving aan de betrokkene (brief %3, art. 18 lid 3 AVG)&quot;</extracomment>
        <translation>Restriction of processing lifted by %1: %2, after the notice to the data subject (letter %3, art. 18(3) GDPR)</translation>
    </message>
    <message>
        <source>; sent encrypted; password %1</source>
        <extracomment>Dutch: &quot;; versleuteld verstuurd; wachtwoord %1&quot; (%1: &quot;per telefoon&quot;, &quot;per sms&quot;)</extracomment>
        <translation>; sent encrypted; password %1</translation>
    </message>
</context>
<context>
    <name>pd::ExternalHoldService</name>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>There is no data breach %1.</source>
        <extracomment>Dutch: &quot;Er is geen datalek %1.&quot;</extracomment>
        <translation>There is no data breach %1.</translation>
    </message>
    <message>
        <source>%1 has no hold %2 on data outside Privacydesk.</source>
        <extracomment>Dutch: &quot;%1 heeft geen bewaring %2 van gegevens buiten Privacydesk.&quot;</extracomment>
        <translation>%1 has no hold %2 on data outside Privacydesk.</translation>
    </message>
    <message>
        <source>Hold %1 was released on %2 already.</source>
        <extracomment>Dutch: &quot;Bewaring %1 is al vrijgegeven op %2.&quot;</extracomment>
        <translation>Hold %1 was released on %2 already.</translation>
    </message>
    <message>
        <source>Name the system (for example the camera system) and what is secured.</source>
        <extracomment>Dutch: &quot;Noem het systeem (bijvoorbeeld het camerasysteem) en wat er wordt veiliggesteld.&quot;</extracomment>
        <translation>Name the system (for example the camera system) and what is secured.</translation>
    </message>
    <message>
        <source>Give the date of the recording (not in the future) and how long the system itself keeps it, for example 4w.</source>
        <extracomment>Dutch: &quot;Geef de datum van de opname (niet in de toekomst) en hoe lang het systeem zelf bewaart, bijvoorbeeld 4w.&quot;</extracomment>
        <translation>Give the date of the recording (not in the future) and how long the system itself keeps it, for example 4w.</translation>
    </message>
    <message>
        <source>The day it was secured lies between the recording and today.</source>
        <extracomment>Dutch: &quot;De datum van veiligstellen ligt tussen de opname en vandaag.&quot;</extracomment>
        <translation>The day it was secured lies between the recording and today.</translation>
    </message>
    <message>
        <source>‘Kept until’ lies after the date of the recording.</source>
        <extracomment>Dutch: &quot;‘Vastgelegd tot’ ligt na de datum van de opname.&quot;</extracomment>
        <translation>‘Kept until’ lies after the date of the recording.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>What is secured</source>
        <translation>What is secured</translation>
    </message>
    <message>
        <source>Secured by</source>
        <translation>Secured by</translation>
    </message>
    <message>
        <source>Hold %1 was secured on %2 already.</source>
        <extracomment>Dutch: &quot;Bewaring %1 is al veiliggesteld op %2.&quot;</extracomment>
        <translation>Hold %1 was secured on %2 already.</translation>
    </message>
    <message>
        <source>Say why the hold is released, for example: the request has been answered.</source>
        <extracomment>Dutch: &quot;Zeg waarom de bewaring wordt vrijgegeven, bijvoorbeeld: het verzoek is afgehandeld.&quot;</extracomment>
        <translation>Say why the hold is released, for example: the request has been answered.</translation>
    </message>
    <message>
        <source>Reason for the release</source>
        <translation>Reason for the release</translation>
    </message>
</context>
<context>
    <name>pd::ExternalHoldTexts</name>
    <message>
        <source>Camera system</source>
        <extracomment>Dutch: &quot;Camerasysteem&quot;</extracomment>
        <translation>Camera system</translation>
    </message>
    <message>
        <source>Telephone system (call recordings)</source>
        <extracomment>Dutch: &quot;Telefooncentrale (gespreksopnames)&quot;</extracomment>
        <translation>Telephone system (call recordings)</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <extracomment>Dutch: &quot;Mailbox&quot;</extracomment>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Access control system (keys, tags)</source>
        <extracomment>Dutch: &quot;Toegangssysteem (sleutels, tags)&quot;</extracomment>
        <translation>Access control system (keys, tags)</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>Dutch: &quot;Back-ups&quot;</extracomment>
        <translation>Backups</translation>
    </message>
    <message>
        <source>released on %1 by %2</source>
        <extracomment>Dutch: &quot;vrijgegeven op %1 door %2&quot;</extracomment>
        <translation>released on %1 by %2</translation>
    </message>
    <message>
        <source>secured on %1 by %2</source>
        <extracomment>Dutch: &quot;veiliggesteld op %1 door %2&quot;</extracomment>
        <translation>secured on %1 by %2</translation>
    </message>
    <message>
        <source>NOT secured: the system overwrites the data on %1</source>
        <extracomment>Dutch: &quot;NIET veiliggesteld: het systeem overschrijft de gegevens op %1&quot;</extracomment>
        <translation>NOT secured: the system overwrites the data on %1</translation>
    </message>
    <message>
        <source>secure before %1 (the system overwrites the data then)</source>
        <extracomment>Dutch: &quot;veiligstellen vóór %1 (dan overschrijft het systeem de gegevens)&quot;</extracomment>
        <translation>secure before %1 (the system overwrites the data then)</translation>
    </message>
    <message>
        <source>kept until %1: expired, release or extend</source>
        <translation>kept until %1: expired, release or extend</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>kept until %1</translation>
    </message>
</context>
<context>
    <name>pd::Grounds</name>
    <message>
        <source>Art. 17(3) GDPR can no longer be chosen without its letter: name the exception that applies, (a) to (e).</source>
        <translation>Art. 17(3) GDPR can no longer be chosen without its letter: name the exception that applies, (a) to (e).</translation>
    </message>
    <message>
        <source>Art. 41 UAVG can no longer be chosen without its ground: name the ground that applies, (a) to (j).</source>
        <translation>Art. 41 UAVG can no longer be chosen without its ground: name the ground that applies, (a) to (j).</translation>
    </message>
    <message>
        <source>%1 does not fit this request (%2): it only applies to %3.</source>
        <translation>%1 does not fit this request (%2): it only applies to %3.</translation>
    </message>
    <message>
        <source>%1 cannot refuse an objection to direct marketing (%2): that objection is absolute (art. 21(3) GDPR).</source>
        <translation>%1 cannot refuse an objection to direct marketing (%2): that objection is absolute (art. 21(3) GDPR).</translation>
    </message>
    <message>
        <source>%1 is never a ground on its own: name the Dutch provision that applies it, art. 41 UAVG with its ground (a) to (j).</source>
        <translation>%1 is never a ground on its own: name the Dutch provision that applies it, art. 41 UAVG with its ground (a) to (j).</translation>
    </message>
</context>
<context>
    <name>pd::InputLimits</name>
    <message numerus="yes">
        <source>%1 is too long: at most %n character(s).</source>
        <extracomment>Dutch: &quot;%1 is te lang: hoogstens %n teken(s).&quot;</extracomment>
        <translation>
            <numerusform>%1 is too long: at most %n character.</numerusform>
            <numerusform>%1 is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a Dutch postcode such as 1234 AB; for an address abroad put the country code first, such as BE-1000.</source>
        <extracomment>Dutch: &quot;Vul een Nederlandse postcode in, zoals 1234 AB; zet bij een adres in het buitenland de landcode ervoor, zoals BE-1000.&quot;</extracomment>
        <translation>Enter a Dutch postcode such as 1234 AB; for an address abroad put the country code first, such as BE-1000.</translation>
    </message>
    <message>
        <source>Enter a phone number such as 030 123 45 67 or +31 30 123 45 67.</source>
        <extracomment>Dutch: &quot;Vul een telefoonnummer in, zoals 030 123 45 67 of +31 30 123 45 67.&quot;</extracomment>
        <translation>Enter a phone number such as 030 123 45 67 or +31 30 123 45 67.</translation>
    </message>
    <message>
        <source>%1: enter a valid date.</source>
        <extracomment>Dutch: &quot;%1: vul een geldige datum in.&quot;</extracomment>
        <translation>%1: enter a valid date.</translation>
    </message>
    <message>
        <source>%1 lies before %2; was the year typed correctly?</source>
        <extracomment>Dutch: &quot;%1 ligt vóór %2; is het jaar goed getypt?&quot;</extracomment>
        <translation>%1 lies before %2; was the year typed correctly?</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <extracomment>Dutch: &quot;%1 ligt in de toekomst.&quot;</extracomment>
        <translation>%1 lies in the future.</translation>
    </message>
</context>
<context>
    <name>pd::IntakeDrafts</name>
    <message>
        <source>This draft no longer exists.</source>
        <translation>This draft no longer exists.</translation>
    </message>
</context>
<context>
    <name>pd::LetterCodes</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Request for identification</source>
        <translation>Request for identification</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Confirmation of erasure</source>
        <translation>Confirmation of erasure</translation>
    </message>
    <message>
        <source>Confirmation of rectification</source>
        <translation>Confirmation of rectification</translation>
    </message>
    <message>
        <source>Cover letter for an export</source>
        <translation>Cover letter for an export</translation>
    </message>
    <message>
        <source>Notice of a data breach to the person concerned</source>
        <translation>Notice of a data breach to the person concerned</translation>
    </message>
    <message>
        <source>Request for a mandate</source>
        <extracomment>Dutch: &quot;Verzoek om machtiging&quot;</extracomment>
        <translation>Request for a mandate</translation>
    </message>
    <message>
        <source>Notice that the restriction will be lifted</source>
        <extracomment>Dutch: &quot;Kennisgeving opheffing beperking&quot;</extracomment>
        <translation>Notice that the restriction will be lifted</translation>
    </message>
</context>
<context>
    <name>pd::LetterService</name>
    <message>
        <source>Letter template</source>
        <translation>Letter template</translation>
    </message>
    <message>
        <source>The request is closed: an acknowledgement of receipt belongs to an open request.</source>
        <translation>The request is closed: an acknowledgement of receipt belongs to an open request.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>The request is closed.</translation>
    </message>
    <message>
        <source>The identity of the data subject has already been checked.</source>
        <translation>The identity of the data subject has already been checked.</translation>
    </message>
    <message>
        <source>Record the extension first, with its reasons and the date the data subject is told (Request → Extend).</source>
        <translation>Record the extension first, with its reasons and the date the data subject is told (Request → Extend).</translation>
    </message>
    <message>
        <source>The extension was told on %1, after the one-month legal deadline of %2: it does not extend the legal deadline (art. 12(3) GDPR), so no extension notice can be sent.</source>
        <translation>The extension was told on %1, after the one-month legal deadline of %2: it does not extend the legal deadline (art. 12(3) GDPR), so no extension notice can be sent.</translation>
    </message>
    <message>
        <source>A decision letter needs a completed request: complete it first with its outcome (and the grounds of a refusal).</source>
        <translation>A decision letter needs a completed request: complete it first with its outcome (and the grounds of a refusal).</translation>
    </message>
    <message>
        <source>The request does not ask for erasure.</source>
        <translation>The request does not ask for erasure.</translation>
    </message>
    <message>
        <source>Erasure is confirmed once the request is completed as granted (in whole or in part).</source>
        <translation>Erasure is confirmed once the request is completed as granted (in whole or in part).</translation>
    </message>
    <message>
        <source>The request does not ask for rectification.</source>
        <translation>The request does not ask for rectification.</translation>
    </message>
    <message>
        <source>Rectification is confirmed once the request is completed as granted (in whole or in part).</source>
        <translation>Rectification is confirmed once the request is completed as granted (in whole or in part).</translation>
    </message>
    <message>
        <source>Only a request for inzage or data portability is answered with an export.</source>
        <translation>Only a request for inzage or data portability is answered with an export.</translation>
    </message>
    <message>
        <source>The export is sent once the identity has been checked, while the request is handled or when it was granted.</source>
        <translation>The export is sent once the identity has been checked, while the request is handled or when it was granted.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>The letter changed since it was shown (the request, the organisation&apos;s details or the template changed): look at it again before it is recorded.</source>
        <translation>The letter changed since it was shown (the request, the organisation&apos;s details or the template changed): look at it again before it is recorded.</translation>
    </message>
    <message>
        <source>the phone number (the template uses {{organisatie.telefoon}})</source>
        <translation>the phone number (the template uses {{organisatie.telefoon}})</translation>
    </message>
    <message>
        <source>No letter can be made while the organisation&apos;s details are incomplete. Missing: %1. Fill them in under Extra → Settings → Organisation (or with privacydesk-cli settings set).</source>
        <translation>No letter can be made while the organisation&apos;s details are incomplete. Missing: %1. Fill them in under Extra → Settings → Organisation (or with privacydesk-cli settings set).</translation>
    </message>
    <message>
        <source>The deadline of this request (%1) has passed: an acknowledgement of receipt would promise an answer by a date already past. Answer the request instead.</source>
        <translation>The deadline of this request (%1) has passed: an acknowledgement of receipt would promise an answer by a date already past. Answer the request instead.</translation>
    </message>
    <message>
        <source>Say how the letter was sent (per post, per e-mail, aangetekend, ...).</source>
        <translation>Say how the letter was sent (per post, per e-mail, aangetekend, ...).</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>How it was sent</translation>
    </message>
    <message>
        <source>Request %1 has no letter %2.</source>
        <translation>Request %1 has no letter %2.</translation>
    </message>
    <message>
        <source>This letter was already recorded as sent on %1 (%2).</source>
        <translation>This letter was already recorded as sent on %1 (%2).</translation>
    </message>
    <message>
        <source>This letter was destroyed under the retention rules.</source>
        <translation>This letter was destroyed under the retention rules.</translation>
    </message>
    <message>
        <source>Enter the day the letter was sent.</source>
        <translation>Enter the day the letter was sent.</translation>
    </message>
    <message>
        <source>A letter cannot have been sent before it was made (%1).</source>
        <translation>A letter cannot have been sent before it was made (%1).</translation>
    </message>
    <message>
        <source>The day the letter was sent lies in the future.</source>
        <translation>The day the letter was sent lies in the future.</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy has no extension of its own: the answer stays due on %1, within the legal month, so an extension notice has no later date to announce.</source>
        <translation>The organisation&apos;s policy has no extension of its own: the answer stays due on %1, within the legal month, so an extension notice has no later date to announce.</translation>
    </message>
    <message>
        <source>The organisation&apos;s template for this letter does not name the recipients told of the change: add {{art19.ontvangers}} to it, or reset it to the default (Extra → Letter templates).</source>
        <translation>The organisation&apos;s template for this letter does not name the recipients told of the change: add {{art19.ontvangers}} to it, or reset it to the default (Extra → Letter templates).</translation>
    </message>
    <message>
        <source>Letter template (HTML code and comments)</source>
        <translation>Letter template (HTML code and comments)</translation>
    </message>
    <message>
        <source>These recipients received the data subject&apos;s data before the change and have not been recorded as told of it, nor as impossible or disproportionate to tell (art. 19 GDPR): %1. Tell them and record it on the request&apos;s Disclosures tab (Art. 19 GDPR: recipients to be told), or record there why telling one proved impossible or would take disproportionate effort; then the confirmation can be made.</source>
        <translation>These recipients received the data subject&apos;s data before the change and have not been recorded as told of it, nor as impossible or disproportionate to tell (art. 19 GDPR): %1. Tell them and record it on the request&apos;s Disclosures tab (Art. 19 GDPR: recipients to be told), or record there why telling one proved impossible or would take disproportionate effort; then the confirmation can be made.</translation>
    </message>
    <message>
        <source>The one-month legal deadline (%1) has passed: this notice confirms in writing the extension told on %2; it does not announce it. Check that the data subject was told then.</source>
        <translation>The one-month legal deadline (%1) has passed: this notice confirms in writing the extension told on %2; it does not announce it. Check that the data subject was told then.</translation>
    </message>
    <message>
        <source>This letter goes to a person concerned by a data breach: make it from the data breach (Data breaches), not from a request.</source>
        <translation>This letter goes to a person concerned by a data breach: make it from the data breach (Data breaches), not from a request.</translation>
    </message>
    <message>
        <source>This request was made by a representative: the letter goes to the representative. The organisation&apos;s template for this letter addresses the data subject. Put {{geadresseerde.naam}}, {{geadresseerde.adres}} and {{aanhef}} in it, or reset it to the default (Extra → Letter templates).</source>
        <extracomment>Dutch: &quot;Dit verzoek is gedaan door een gemachtigde: de brief gaat naar de gemachtigde. Het sjabloon van de organisatie voor deze brief spreekt de betrokkene aan. Zet {{geadresseerde.naam}}, {{geadresseerde.adres}} en {{aanhef}} erin, of zet het terug naar de standaard (Extra → Briefsjablonen).&quot;</extracomment>
        <translation>This request was made by a representative: the letter goes to the representative. The organisation&apos;s template for this letter addresses the data subject. Put {{geadresseerde.naam}}, {{geadresseerde.adres}} and {{aanhef}} in it, or reset it to the default (Extra → Letter templates).</translation>
    </message>
    <message>
        <source>The mandate of %1 has not been received. Until it is, the only letter is the request for the mandate. Record its receipt under Request → Mandate received.</source>
        <extracomment>Dutch: &quot;De machtiging van %1 is nog niet ontvangen. Tot die er is, is de enige brief het verzoek om machtiging. Leg de ontvangst vast onder Verzoek → Machtiging ontvangen.&quot;</extracomment>
        <translation>The mandate of %1 has not been received. Until it is, the only letter is the request for the mandate. Record its receipt under Request → Mandate received.</translation>
    </message>
    <message>
        <source>This request was not made by a representative.</source>
        <extracomment>Dutch: &quot;Dit verzoek is niet door een gemachtigde gedaan.&quot;</extracomment>
        <translation>This request was not made by a representative.</translation>
    </message>
    <message>
        <source>The mandate has already been received.</source>
        <extracomment>Dutch: &quot;De machtiging is al ontvangen.&quot;</extracomment>
        <translation>The mandate has already been received.</translation>
    </message>
    <message>
        <source>This request was made by a representative: the letter ‘Request for a mandate’ asks for the mandate and both identity documents. Record the check under Request → Identification received.</source>
        <extracomment>Dutch: &quot;Dit verzoek is door een gemachtigde gedaan: de brief ‘Verzoek om machtiging’ vraagt om de machtiging en om beide identiteitsbewijzen. Leg de controle vast onder Verzoek → Identificatie ontvangen.&quot;</extracomment>
        <translation>This request was made by a representative: the letter ‘Request for a mandate’ asks for the mandate and both identity documents. Record the check under Request → Identification received.</translation>
    </message>
    <message>
        <source>The edited letter is empty or too long: it was not recorded.</source>
        <extracomment>Dutch: &quot;De aangepaste brief is leeg of te lang: hij is niet vastgelegd.&quot;</extracomment>
        <translation>The edited letter is empty or too long: it was not recorded.</translation>
    </message>
    <message>
        <source>The data subject has no restriction of processing in force: there is nothing to lift. A restriction is recorded in the request&apos;s overview (Record a restriction…).</source>
        <extracomment>Dutch: &quot;De betrokkene heeft geen beperking van de verwerking die nog geldt: er is niets op te heffen. Een beperking legt u vast in het overzicht van het verzoek (Beperking vastleggen…).&quot;</extracomment>
        <translation>The data subject has no restriction of processing in force: there is nothing to lift. A restriction is recorded in the request&apos;s overview (Record a restriction…).</translation>
    </message>
</context>
<context>
    <name>pd::LetterTemplates</name>
    <message>
        <source>The organisation&apos;s name (Settings)</source>
        <translation>The organisation&apos;s name (Settings)</translation>
    </message>
    <message>
        <source>The organisation&apos;s address, on two lines</source>
        <translation>The organisation&apos;s address, on two lines</translation>
    </message>
    <message>
        <source>The organisation&apos;s privacy e-mail address</source>
        <translation>The organisation&apos;s privacy e-mail address</translation>
    </message>
    <message>
        <source>The data subject&apos;s name</source>
        <translation>The data subject&apos;s name</translation>
    </message>
    <message>
        <source>The data subject&apos;s address, on two lines</source>
        <translation>The data subject&apos;s address, on two lines</translation>
    </message>
    <message>
        <source>The data subject&apos;s customer number</source>
        <translation>The data subject&apos;s customer number</translation>
    </message>
    <message>
        <source>The request&apos;s number (our reference)</source>
        <translation>The request&apos;s number (our reference)</translation>
    </message>
    <message>
        <source>The date the request was received</source>
        <translation>The date the request was received</translation>
    </message>
    <message>
        <source>How it was received, in Dutch: &quot;per e-mail&quot;</source>
        <translation>How it was received, in Dutch: &quot;per e-mail&quot;</translation>
    </message>
    <message>
        <source>The legal deadline: one month (art. 12(3) GDPR)</source>
        <translation>The legal deadline: one month (art. 12(3) GDPR)</translation>
    </message>
    <message>
        <source>The deadline of the organisation&apos;s own policy</source>
        <translation>The deadline of the organisation&apos;s own policy</translation>
    </message>
    <message>
        <source>The deadline that applies now (the earlier)</source>
        <translation>The deadline that applies now (the earlier)</translation>
    </message>
    <message>
        <source>The deadline after the extension</source>
        <translation>The deadline after the extension</translation>
    </message>
    <message>
        <source>The reasons for the extension</source>
        <translation>The reasons for the extension</translation>
    </message>
    <message>
        <source>The date the extension was told</source>
        <translation>The date the extension was told</translation>
    </message>
    <message>
        <source>The date the identification was received</source>
        <translation>The date the identification was received</translation>
    </message>
    <message>
        <source>How the identity was checked</source>
        <translation>How the identity was checked</translation>
    </message>
    <message>
        <source>The decision in one or two sentences</source>
        <translation>The decision in one or two sentences</translation>
    </message>
    <message>
        <source>The grounds for a refusal as a list (a block: put it on a line of its own)</source>
        <translation>The grounds for a refusal as a list (a block: put it on a line of its own)</translation>
    </message>
    <message>
        <source>The date the answer was sent</source>
        <translation>The date the answer was sent</translation>
    </message>
    <message>
        <source>What an inzage or portability export contains, as a list (a block)</source>
        <translation>What an inzage or portability export contains, as a list (a block)</translation>
    </message>
    <message>
        <source>The right to complain to the Autoriteit Persoonsgegevens and to go to court within six weeks (a block; required in a decision)</source>
        <translation>The right to complain to the Autoriteit Persoonsgegevens and to go to court within six weeks (a block; required in a decision)</translation>
    </message>
    <message>
        <source>The letter&apos;s date</source>
        <translation>The letter&apos;s date</translation>
    </message>
    <message>
        <source>The handler of the request (or you)</source>
        <translation>The handler of the request (or you)</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>The template is empty.</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. Use only the placeholders in the list.</source>
        <translation>Unknown placeholders: %1. Use only the placeholders in the list.</translation>
    </message>
    <message>
        <source>A placeholder is not written as {{name}}: check the braces.</source>
        <translation>A placeholder is not written as {{name}}: check the braces.</translation>
    </message>
    <message>
        <source>A decision must name the right to complain to the Autoriteit Persoonsgegevens and to go to court: keep {{rechtsmiddelen}} in the template.</source>
        <translation>A decision must name the right to complain to the Autoriteit Persoonsgegevens and to go to court: keep {{rechtsmiddelen}} in the template.</translation>
    </message>
    <message>
        <source>The organisation&apos;s phone number</source>
        <translation>The organisation&apos;s phone number</translation>
    </message>
    <message>
        <source>How to reach the organisation, for a sentence: the e-mail address and/or the phone number</source>
        <translation>How to reach the organisation, for a sentence: the e-mail address and/or the phone number</translation>
    </message>
    <message>
        <source>The e-mail address and the phone number, each on a line of its own (letterhead)</source>
        <translation>The e-mail address and the phone number, each on a line of its own (letterhead)</translation>
    </message>
    <message>
        <source>Who signs the letter: your name as the user list shows it</source>
        <translation>Who signs the letter: your name as the user list shows it</translation>
    </message>
    <message>
        <source>Your function under the signature (&quot;Functionaris gegevensbescherming&quot;)</source>
        <translation>Your function under the signature (&quot;Functionaris gegevensbescherming&quot;)</translation>
    </message>
    <message>
        <source>The reasons for the decision in words, art. 12(4) GDPR (a block: put it on a line of its own; empty when none were recorded)</source>
        <translation>The reasons for the decision in words, art. 12(4) GDPR (a block: put it on a line of its own; empty when none were recorded)</translation>
    </message>
    <message>
        <source>The decision per kind of request: for each kind what was decided, what was done, what not and why, and the grounds (a block; a decision keeps it or {{besluit.motivering}})</source>
        <translation>The decision per kind of request: for each kind what was decided, what was done, what not and why, and the grounds (a block; a decision keeps it or {{besluit.motivering}})</translation>
    </message>
    <message>
        <source>The decision on the erasure: what was erased, what is kept and why (a block)</source>
        <translation>The decision on the erasure: what was erased, what is kept and why (a block)</translation>
    </message>
    <message>
        <source>The decision on the rectification: what was corrected, what not and why (a block)</source>
        <translation>The decision on the rectification: what was corrected, what not and why (a block)</translation>
    </message>
    <message>
        <source>That the export holds what Privacydesk records and that the data in the other systems (the rental administration, ...) are sent apart, as the inzage report says (a block; added after {{export.inhoud}} when the template lacks it)</source>
        <translation>That the export holds what Privacydesk records and that the data in the other systems (the rental administration, ...) are sent apart, as the inzage report says (a block; added after {{export.inhoud}} when the template lacks it)</translation>
    </message>
    <message>
        <source>What the law allows on extension (art. 12(3) GDPR) and what the organisation&apos;s policy does: its extended deadline, or that it does not extend</source>
        <translation>What the law allows on extension (art. 12(3) GDPR) and what the organisation&apos;s policy does: its extended deadline, or that it does not extend</translation>
    </message>
    <message>
        <source>A decision must give its reasons (art. 12(4) GDPR): keep {{besluit.onderdelen}} in the template.</source>
        <translation>A decision must give its reasons (art. 12(4) GDPR): keep {{besluit.onderdelen}} in the template.</translation>
    </message>
    <message>
        <source>The template is too large (at most %1 kB).</source>
        <extracomment>Dutch: &quot;De sjabloon is te groot (hoogstens %1 kB).&quot;</extracomment>
        <translation>The template is too large (at most %1 kB).</translation>
    </message>
    <message>
        <source>The template&apos;s HTML nests %1 levels deep; at most %2 are allowed.</source>
        <extracomment>Dutch: &quot;De HTML van de sjabloon is %1 niveaus diep genest; hoogstens %2 mag.&quot;</extracomment>
        <translation>The template&apos;s HTML nests %1 levels deep; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The template has %1 placeholders; at most %2 are allowed.</source>
        <extracomment>Dutch: &quot;De sjabloon heeft %1 plaatshouders; hoogstens %2 mogen.&quot;</extracomment>
        <translation>The template has %1 placeholders; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The recipients recorded as told of the rectification, erasure or restriction, with the date, and those for which that proved impossible or disproportionate, with the reason (art. 19 GDPR; a block; empty when there are none)</source>
        <translation>The recipients recorded as told of the rectification, erasure or restriction, with the date, and those for which that proved impossible or disproportionate, with the reason (art. 19 GDPR; a block; empty when there are none)</translation>
    </message>
    <message numerus="yes">
        <source>The template makes a letter that is too large (over %Ln character(s), or more than %1 of work): use fewer placeholders or shorter texts.</source>
        <extracomment>Dutch: &quot;De sjabloon levert een te grote brief op (meer dan %Ln tekens, of langer dan %1): gebruik minder plaatshouders of kortere teksten.&quot;</extracomment>
        <translation>
            <numerusform>The template makes a letter that is too large (over %Ln character, or more than %1 of work): use fewer placeholders or shorter texts.</numerusform>
            <numerusform>The template makes a letter that is too large (over %Ln characters, or more than %1 of work): use fewer placeholders or shorter texts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s postal address on one line, for a sentence (&quot;per post naar ...&quot;)</source>
        <translation>The organisation&apos;s postal address on one line, for a sentence (&quot;per post naar ...&quot;)</translation>
    </message>
    <message>
        <source>What the request is about, in Dutch, to follow &quot;Uw verzoek gaat over&quot;: &quot;inzage in uw gegevens en correctie van uw gegevens&quot;</source>
        <translation>What the request is about, in Dutch, to follow &quot;Uw verzoek gaat over&quot;: &quot;inzage in uw gegevens en correctie van uw gegevens&quot;</translation>
    </message>
    <message>
        <source>The extension announced (a notice made on the day it is told) or confirmed (made later: &quot;Op ... hebben wij u laten weten ...&quot;)</source>
        <translation>The extension announced (a notice made on the day it is told) or confirmed (made later: &quot;Op ... hebben wij u laten weten ...&quot;)</translation>
    </message>
    <message>
        <source>What waiting for identification does to the deadline, as the policy has it (the deadline pauses, or starts again)</source>
        <translation>What waiting for identification does to the deadline, as the policy has it (the deadline pauses, or starts again)</translation>
    </message>
    <message>
        <source>The number of the data breach (our reference)</source>
        <translation>The number of the data breach (our reference)</translation>
    </message>
    <message>
        <source>The date the data breach was discovered</source>
        <translation>The date the data breach was discovered</translation>
    </message>
    <message>
        <source>What the breach did to the data, in plain Dutch: seen by someone who should not see them, changed, lost (a block)</source>
        <translation>What the breach did to the data, in plain Dutch: seen by someone who should not see them, changed, lost (a block)</translation>
    </message>
    <message>
        <source>What happened, as recorded with the data breach (a block)</source>
        <translation>What happened, as recorded with the data breach (a block)</translation>
    </message>
    <message>
        <source>The kinds of personal data involved, in plain Dutch, as a list (a block)</source>
        <translation>The kinds of personal data involved, in plain Dutch, as a list (a block)</translation>
    </message>
    <message>
        <source>The likely consequences for the person, as recorded with the data breach (a block)</source>
        <translation>The likely consequences for the person, as recorded with the data breach (a block)</translation>
    </message>
    <message>
        <source>The measures taken and proposed, as recorded with the data breach (a block)</source>
        <translation>The measures taken and proposed, as recorded with the data breach (a block)</translation>
    </message>
    <message>
        <source>Advice on what the person can do, chosen by the kinds of data involved (a block)</source>
        <translation>Advice on what the person can do, chosen by the kinds of data involved (a block)</translation>
    </message>
    <message>
        <source>How to reach the data protection officer (or else the organisation) with questions, as a sentence (art. 34(2) GDPR)</source>
        <translation>How to reach the data protection officer (or else the organisation) with questions, as a sentence (art. 34(2) GDPR)</translation>
    </message>
    <message>
        <source>The article that protects the data of others: art. 15(4) GDPR for an inzage, art. 20(4) GDPR for portability</source>
        <extracomment>Dutch: &quot;Het artikel dat de gegevens van anderen beschermt: artikel 15 lid 4 AVG bij inzage, artikel 20 lid 4 AVG bij overdraagbaarheid&quot;</extracomment>
        <translation>The article that protects the data of others: art. 15(4) GDPR for an inzage, art. 20(4) GDPR for portability</translation>
    </message>
    <message>
        <source>Why the dates lie later because waiting for the identification moved the deadline (empty when it did not)</source>
        <extracomment>Dutch: &quot;Waarom de datums later liggen doordat het wachten op de identificatie de termijn verschoof (leeg als dat niet zo is)&quot;</extracomment>
        <translation>Why the dates lie later because waiting for the identification moved the deadline (empty when it did not)</translation>
    </message>
    <message>
        <source>Who the letter goes to: the representative, or else the data subject</source>
        <extracomment>Dutch: &quot;Aan wie de brief gaat: de gemachtigde, of anders de betrokkene&quot;</extracomment>
        <translation>Who the letter goes to: the representative, or else the data subject</translation>
    </message>
    <message>
        <source>Their postal address, for the address block</source>
        <extracomment>Dutch: &quot;Het postadres daarvan, voor het adresblok&quot;</extracomment>
        <translation>Their postal address, for the address block</translation>
    </message>
    <message>
        <source>The greeting without its comma: &quot;Geachte heer/mevrouw J. de Groot&quot; to a representative, &quot;Geachte W. de Groot-Visser&quot; to the data subject</source>
        <extracomment>Dutch: &quot;De aanhef zonder komma: &quot;Geachte heer/mevrouw J. de Groot&quot; aan een gemachtigde, &quot;Geachte W. de Groot-Visser&quot; aan de betrokkene&quot;</extracomment>
        <translation>The greeting without its comma: &quot;Geachte heer/mevrouw J. de Groot&quot; to a representative, &quot;Geachte W. de Groot-Visser&quot; to the data subject</translation>
    </message>
    <message>
        <source>After &quot;uw verzoek&quot;: &quot; namens W. de Groot-Visser&quot; to a representative; empty for the data subject&apos;s own request</source>
        <extracomment>Dutch: &quot;Na &quot;uw verzoek&quot;: &quot; namens W. de Groot-Visser&quot; aan een gemachtigde; leeg voor het eigen verzoek van de betrokkene&quot;</extracomment>
        <translation>After &quot;uw verzoek&quot;: &quot; namens W. de Groot-Visser&quot; to a representative; empty for the data subject&apos;s own request</translation>
    </message>
    <message>
        <source>Whose data: &quot;uw gegevens&quot;, or to a representative &quot;de gegevens van W. de Groot-Visser&quot;</source>
        <extracomment>Dutch: &quot;Wiens gegevens: &quot;uw gegevens&quot;, of aan een gemachtigde &quot;de gegevens van W. de Groot-Visser&quot;&quot;</extracomment>
        <translation>Whose data: &quot;uw gegevens&quot;, or to a representative &quot;de gegevens van W. de Groot-Visser&quot;</translation>
    </message>
    <message>
        <source>The representative who made the request (empty without one)</source>
        <extracomment>Dutch: &quot;De gemachtigde die het verzoek deed (leeg zonder gemachtigde)&quot;</extracomment>
        <translation>The representative who made the request (empty without one)</translation>
    </message>
    <message>
        <source>The acknowledgement&apos;s paragraph on showing who the data subject is; to a representative: the mandate received (a block)</source>
        <extracomment>Dutch: &quot;De alinea van de ontvangstbevestiging over het laten zien wie de betrokkene is; aan een gemachtigde: de ontvangen machtiging (een blok)&quot;</extracomment>
        <translation>The acknowledgement&apos;s paragraph on showing who the data subject is; to a representative: the mandate received (a block)</translation>
    </message>
    <message>
        <source>The restrictions of processing in force: which data, since when and the ground of art. 18(1) GDPR (a block; empty without a restriction)</source>
        <extracomment>Dutch: &quot;De beperkingen van de verwerking die nog gelden: welke gegevens, sinds wanneer en de grond van artikel 18 lid 1 AVG (een blok; leeg zonder beperking)&quot;</extracomment>
        <translation>The restrictions of processing in force: which data, since when and the ground of art. 18(1) GDPR (a block; empty without a restriction)</translation>
    </message>
</context>
<context>
    <name>pd::MailMessage</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This file is not an e-mail: it does not begin with a header block holding From, Date or Subject.</source>
        <translation>This file is not an e-mail: it does not begin with a header block holding From, Date or Subject.</translation>
    </message>
</context>
<context>
    <name>pd::OrganisationSettings</name>
    <message>
        <source>Enter an e-mail address such as privacy@woonstichting.nl.</source>
        <translation>Enter an e-mail address such as privacy@woonstichting.nl.</translation>
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
    <message>
        <source>The files of all requests together may take %1 to %2 MB.</source>
        <translation>The files of all requests together may take %1 to %2 MB.</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>the organisation&apos;s name</translation>
    </message>
    <message>
        <source>the postal address (street and number, postcode and city)</source>
        <translation>the postal address (street and number, postcode and city)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>E-mail of the data protection officer</source>
        <translation>E-mail of the data protection officer</translation>
    </message>
    <message>
        <source>We take no decisions about you based solely on automated processing, profiling included (article 22 GDPR): a person always decides.</source>
        <translation>We take no decisions about you based solely on automated processing, profiling included (article 22 GDPR): a person always decides.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the statement on automated decisions to at most %n character(s).</source>
        <translation>
            <numerusform>Keep the statement on automated decisions to at most %n character.</numerusform>
            <numerusform>Keep the statement on automated decisions to at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automated decisions</translation>
    </message>
    <message numerus="yes">
        <source>The desk locks after 1 to %n minute(s) without use.</source>
        <translation>
            <numerusform>The desk locks after 1 to %n minute without use.</numerusform>
            <numerusform>The desk locks after 1 to %n minutes without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup reminder comes after 1 to %n day(s) (0: never).</source>
        <translation>
            <numerusform>The backup reminder comes after 1 to %n day (0: never).</numerusform>
            <numerusform>The backup reminder comes after 1 to %n days (0: never).</numerusform>
        </translation>
    </message>
    <message>
        <source>the privacy e-mail address</source>
        <translation>the privacy e-mail address</translation>
    </message>
    <message>
        <source>Title under the signature</source>
        <extracomment>Dutch: &quot;Functie onder de ondertekening&quot;</extracomment>
        <translation>Title under the signature</translation>
    </message>
    <message>
        <source>E-mail of the privacy officer</source>
        <extracomment>Dutch: &quot;E-mail van de privacy officer&quot;</extracomment>
        <translation>E-mail of the privacy officer</translation>
    </message>
    <message>
        <source>Phone of the privacy officer</source>
        <extracomment>Dutch: &quot;Telefoon van de privacy officer&quot;</extracomment>
        <translation>Phone of the privacy officer</translation>
    </message>
</context>
<context>
    <name>pd::OutputFile</name>
    <message>
        <source>No file was chosen to write to.</source>
        <translation>No file was chosen to write to.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 lies in the store&apos;s own folder; choose another folder.</source>
        <translation>%1 lies in the store&apos;s own folder; choose another folder.</translation>
    </message>
    <message>
        <source>%1 exists already and was not overwritten.</source>
        <translation>%1 exists already and was not overwritten.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file and was not overwritten.</source>
        <translation>%1 is not an ordinary file and was not overwritten.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::PersonExport</name>
    <message>
        <source>Choose at least one output: a PDF, a JSON file or a folder for the CSV files.</source>
        <translation>Choose at least one output: a PDF, a JSON file or a folder for the CSV files.</translation>
    </message>
    <message>
        <source>Give each output a file of its own.</source>
        <translation>Give each output a file of its own.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exist already and were not overwritten: %1.</source>
        <translation>
            <numerusform>%n file exist already and were not overwritten: %1.</numerusform>
            <numerusform>%n files exist already and were not overwritten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PDF needs fonts, which this program did not load.</source>
        <translation>A PDF needs fonts, which this program did not load.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>An export for another controller is a portability export (JSON or CSV) for a request.</source>
        <extracomment>Dutch: &quot;Een export voor een andere organisatie is een export voor overdraagbaarheid (JSON of CSV) bij een verzoek.&quot;</extracomment>
        <translation>An export for another controller is a portability export (JSON or CSV) for a request.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>%1 is not a request of this data subject.</source>
        <translation>%1 is not a request of this data subject.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>An encrypted answer is a PDF: choose the PDF file.</source>
        <extracomment>Dutch: &quot;Een versleuteld antwoord is een PDF: kies het PDF-bestand.&quot;</extracomment>
        <translation>An encrypted answer is a PDF: choose the PDF file.</translation>
    </message>
    <message>
        <source>An encrypted answer carries the JSON and CSV files inside the PDF: leave out the separate JSON file and CSV folder.</source>
        <extracomment>Dutch: &quot;Een versleuteld antwoord heeft de JSON- en CSV-bestanden in de PDF: laat het losse JSON-bestand en de CSV-map weg.&quot;</extracomment>
        <translation>An encrypted answer carries the JSON and CSV files inside the PDF: leave out the separate JSON file and CSV folder.</translation>
    </message>
</context>
<context>
    <name>pd::PersonImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>End of relation</source>
        <translation>End of relation</translation>
    </message>
    <message>
        <source>Address (street and number)</source>
        <translation>Address (street and number)</translation>
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
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1 in “%2”</translation>
    </message>
    <message>
        <source>contains a number that passes the 11-test for a citizen service number (BSN): %1. A BSN may not be recorded (art. 46 UAVG).</source>
        <extracomment>Dutch: &quot;bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN): %1. Een BSN mag niet worden vastgelegd (art. 46 UAVG).&quot;</extracomment>
        <translation>contains a number that passes the 11-test for a citizen service number (BSN): %1. A BSN may not be recorded (art. 46 UAVG).</translation>
    </message>
    <message>
        <source>The customer number is missing.</source>
        <translation>The customer number is missing.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>Unknown relation “%1” (%2).</source>
        <translation>Unknown relation “%1” (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a date (DD-MM-YYYY or YYYY-MM-DD).</source>
        <extracomment>Dutch: &quot;“%1” is geen datum (DD-MM-JJJJ of JJJJ-MM-DD).&quot;</extracomment>
        <translation>“%1” is not a date (DD-MM-YYYY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>The mapping names column “%1”, but the file has no such column (columns: %2).</source>
        <extracomment>Dutch: &quot;De koppeling noemt kolom “%1”, maar het bestand heeft die kolom niet (kolommen: %2).&quot;</extracomment>
        <translation>The mapping names column “%1”, but the file has no such column (columns: %2).</translation>
    </message>
    <message>
        <source>Several columns hold %1: %2. Map all but one to %3.</source>
        <translation>Several columns hold %1: %2. Map all but one to %3.</translation>
    </message>
    <message>
        <source>The file has no column for %1 (columns: %2). Map one with COLUMN=%1.</source>
        <extracomment>Dutch: &quot;Het bestand heeft geen kolom voor %1 (kolommen: %2). Koppel er een met KOLOM=%1.&quot;</extracomment>
        <translation>The file has no column for %1 (columns: %2). Map one with COLUMN=%1.</translation>
    </message>
    <message>
        <source>“%1” is not a mapping COLUMN=FIELD (fields: %2).</source>
        <extracomment>Dutch: &quot;“%1” is geen koppeling KOLOM=VELD (velden: %2).&quot;</extracomment>
        <translation>“%1” is not a mapping COLUMN=FIELD (fields: %2).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>Customer number %1 is on several lines (%2): which one is current cannot be told from the file. Correct the export.</source>
        <extracomment>Dutch: &quot;Klantnummer %1 staat op meer regels (%2): welke actueel is, blijkt niet uit het bestand. Corrigeer de export.&quot;</extracomment>
        <translation>Customer number %1 is on several lines (%2): which one is current cannot be told from the file. Correct the export.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) rejected, and a strict import then imports nothing.</source>
        <extracomment>Dutch: &quot;Er is niets geïmporteerd: %n regel(s) afgekeurd, en met --strict wordt dan niets geïmporteerd.&quot;</extracomment>
        <translation>
            <numerusform>Nothing was imported: %n line rejected, and a strict import then imports nothing.</numerusform>
            <numerusform>Nothing was imported: %n lines rejected, and a strict import then imports nothing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file changed after it was checked; check it again.</source>
        <translation>The file changed after it was checked; check it again.</translation>
    </message>
    <message>
        <source>The data of customer number %1 were anonymised when their retention period ended; the line is not imported again.</source>
        <extracomment>Dutch: &quot;De gegevens van klantnummer %1 zijn na afloop van de bewaartermijn geanonimiseerd; de regel wordt niet opnieuw ingelezen.&quot;</extracomment>
        <translation>The data of customer number %1 were anonymised when their retention period ended; the line is not imported again.</translation>
    </message>
    <message>
        <source>No import is in progress.</source>
        <translation>No import is in progress.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the source short: at most %n character(s).</source>
        <translation>
            <numerusform>Keep the source short: at most %n character.</numerusform>
            <numerusform>Keep the source short: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>The end of the relation</source>
        <translation>The end of the relation</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>The line has %1, the header %2: is there a separator in a value without quotes?</source>
        <extracomment>Dutch: &quot;De regel heeft %1, de kopregel %2: staat er een scheidingsteken zonder aanhalingstekens in een waarde?&quot; with &quot;5 velden&quot; and &quot;4 kolommen&quot;</extracomment>
        <translation>The line has %1, the header %2: is there a separator in a value without quotes?</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::PersonPortability</name>
    <message>
        <source>Your details (name, address, phone, e-mail, customer number, relation)</source>
        <translation>Your details (name, address, phone, e-mail, customer number, relation)</translation>
    </message>
    <message>
        <source>We process these data on your consent or under a contract with you: %1; legal basis: %2.</source>
        <translation>We process these data on your consent or under a contract with you: %1; legal basis: %2.</translation>
    </message>
    <message>
        <source>Our register of processing activities names no processing of data of people with your relation to us (%1) on your consent or under a contract with you.</source>
        <translation>Our register of processing activities names no processing of data of people with your relation to us (%1) on your consent or under a contract with you.</translation>
    </message>
    <message>
        <source>We process the data of people with your relation to us (%1) on another legal basis than your consent or a contract with you: %2.</source>
        <translation>We process the data of people with your relation to us (%1) on another legal basis than your consent or a contract with you: %2.</translation>
    </message>
    <message>
        <source>Where your data came from</source>
        <translation>Where your data came from</translation>
    </message>
    <message>
        <source>This is our own record of where we got your data, which the law requires us to keep (article 6(1)(c) GDPR, with articles 5(2) and 15(1)(g)); you did not give us these data.</source>
        <translation>This is our own record of where we got your data, which the law requires us to keep (article 6(1)(c) GDPR, with articles 5(2) and 15(1)(g)); you did not give us these data.</translation>
    </message>
    <message>
        <source>Your requests and how we handled them</source>
        <translation>Your requests and how we handled them</translation>
    </message>
    <message>
        <source>We record your requests and how we handled them because the law requires it (article 6(1)(c) GDPR, with articles 12 and 5(2)), not on your consent or under a contract.</source>
        <translation>We record your requests and how we handled them because the law requires it (article 6(1)(c) GDPR, with articles 12 and 5(2)), not on your consent or under a contract.</translation>
    </message>
    <message>
        <source>Our notes on your requests</source>
        <translation>Our notes on your requests</translation>
    </message>
    <message>
        <source>Our notes are part of handling your requests, which the law requires (article 6(1)(c) GDPR, with articles 12 and 5(2)); you did not give us these data.</source>
        <translation>Our notes are part of handling your requests, which the law requires (article 6(1)(c) GDPR, with articles 12 and 5(2)); you did not give us these data.</translation>
    </message>
    <message>
        <source>Who received your data from us</source>
        <translation>Who received your data from us</translation>
    </message>
    <message>
        <source>We record who received your data because the law requires it (article 6(1)(c) GDPR, with articles 5(2), 15(1)(c) and 19); you did not give us these data.</source>
        <translation>We record who received your data because the law requires it (article 6(1)(c) GDPR, with articles 5(2), 15(1)(c) and 19); you did not give us these data.</translation>
    </message>
    <message>
        <source>How long we keep your data</source>
        <translation>How long we keep your data</translation>
    </message>
    <message>
        <source>We record how long we keep your data and when they are destroyed because the law requires it (article 6(1)(c) GDPR, with article 5(1)(e) and 5(2)); you did not give us these data.</source>
        <translation>We record how long we keep your data and when they are destroyed because the law requires it (article 6(1)(c) GDPR, with article 5(1)(e) and 5(2)); you did not give us these data.</translation>
    </message>
    <message>
        <source>Your personal data to take with you (article 20 GDPR)</source>
        <translation>Your personal data to take with you (article 20 GDPR)</translation>
    </message>
    <message>
        <source>For %1. Made by %2 on %3.</source>
        <translation>For %1. Made by %2 on %3.</translation>
    </message>
    <message>
        <source>our organisation</source>
        <translation>our organisation</translation>
    </message>
    <message>
        <source>DEMO: these data are fictitious.</source>
        <translation>DEMO: these data are fictitious.</translation>
    </message>
    <message>
        <source>Article 20 of the General Data Protection Regulation (AVG) gives you the right to receive the personal data you gave us in a structured, commonly used and machine-readable form, as far as we process them on your consent or under a contract with you. This export holds those data. What we process on another legal basis is not in it: you find it in the access report (article 15 AVG).</source>
        <translation>Article 20 of the General Data Protection Regulation (AVG) gives you the right to receive the personal data you gave us in a structured, commonly used and machine-readable form, as far as we process them on your consent or under a contract with you. This export holds those data. What we process on another legal basis is not in it: you find it in the access report (article 15 AVG).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>In this export (persons.csv and the JSON file):</source>
        <translation>In this export (persons.csv and the JSON file):</translation>
    </message>
    <message>
        <source>Not in this export, and why:</source>
        <translation>Not in this export, and why:</translation>
    </message>
    <message>
        <source>The CSV file is UTF-8 with &apos;;&apos; between the fields, as Excel opens it; the JSON file holds the same data and these reasons in a form programs read.</source>
        <translation>The CSV file is UTF-8 with &apos;;&apos; between the fields, as Excel opens it; the JSON file holds the same data and these reasons in a form programs read.</translation>
    </message>
    <message>
        <source>For: %1, %2</source>
        <extracomment>Dutch: &quot;Voor: %1, %2&quot;</extracomment>
        <translation>For: %1, %2</translation>
    </message>
    <message>
        <source>%1 asked us to send these data directly to you (article 20(2) GDPR; our reference %2).</source>
        <extracomment>Dutch: &quot;%1 vroeg ons deze gegevens rechtstreeks aan u te sturen (artikel 20 lid 2 AVG; ons kenmerk %2).&quot;</extracomment>
        <translation>%1 asked us to send these data directly to you (article 20(2) GDPR; our reference %2).</translation>
    </message>
</context>
<context>
    <name>pd::PersonReportDocument</name>
    <message>
        <source>Access report</source>
        <translation>Access report</translation>
    </message>
    <message>
        <source>1. Your details</source>
        <translation>1. Your details</translation>
    </message>
    <message>
        <source>our organisation</source>
        <translation>our organisation</translation>
    </message>
    <message>
        <source>Access report: your personal data</source>
        <translation>Access report: your personal data</translation>
    </message>
    <message>
        <source>For %1. Drawn up by %2 on %3.</source>
        <translation>For %1. Drawn up by %2 on %3.</translation>
    </message>
    <message>
        <source>For %1, customer number %2. Drawn up by %3 on %4.</source>
        <translation>For %1, customer number %2. Drawn up by %3 on %4.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation to us</source>
        <translation>Relation to us</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <source>End of the relation</source>
        <translation>End of the relation</translation>
    </message>
    <message>
        <source>Recorded in Privacydesk on</source>
        <translation>Recorded in Privacydesk on</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>end of the relation</source>
        <translation>end of the relation</translation>
    </message>
    <message>
        <source>other details</source>
        <translation>other details</translation>
    </message>
    <message>
        <source>%1: recorded when your request came in (%2).</source>
        <translation>%1: recorded when your request came in (%2).</translation>
    </message>
    <message>
        <source>%1: recorded when your request came in.</source>
        <translation>%1: recorded when your request came in.</translation>
    </message>
    <message>
        <source>The data about your requests and the notes on them were recorded by us while handling your requests, from what you or your representative told us.</source>
        <translation>The data about your requests and the notes on them were recorded by us while handling your requests, from what you or your representative told us.</translation>
    </message>
    <message>
        <source>We have no requests from you on record.</source>
        <translation>We have no requests from you on record.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Type of request</translation>
    </message>
    <message>
        <source>On your behalf by</source>
        <translation>On your behalf by</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Call-back number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>asked for on %1</source>
        <translation>asked for on %1</translation>
    </message>
    <message>
        <source>received on %1</source>
        <translation>received on %1</translation>
    </message>
    <message>
        <source>how: %1</source>
        <translation>how: %1</translation>
    </message>
    <message>
        <source>result: identity confirmed</source>
        <translation>result: identity confirmed</translation>
    </message>
    <message>
        <source>result: identity not confirmed</source>
        <translation>result: identity not confirmed</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>not asked for</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <source>Our own deadline</source>
        <translation>Our own deadline</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Notes on this request</source>
        <translation>Notes on this request</translation>
    </message>
    <message>
        <source>We have not recorded any disclosure of your data to others.</source>
        <translation>We have not recorded any disclosure of your data to others.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>processes data on our behalf</source>
        <translation>processes data on our behalf</translation>
    </message>
    <message>
        <source>No retention term has started for your data yet: they are kept as long as your relation with us or your requests require.</source>
        <translation>No retention term has started for your data yet: they are kept as long as your relation with us or your requests require.</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Destroyed on %1</source>
        <translation>Destroyed on %1</translation>
    </message>
    <message>
        <source>a file, destroyed on %1</source>
        <translation>a file, destroyed on %1</translation>
    </message>
    <message>
        <source>kept since %1</source>
        <translation>kept since %1</translation>
    </message>
    <message>
        <source>fingerprint (SHA-256): %1</source>
        <translation>fingerprint (SHA-256): %1</translation>
    </message>
    <message>
        <source>Documents of this request that we keep</source>
        <translation>Documents of this request that we keep</translation>
    </message>
    <message>
        <source>decided without a recorded identification: %1</source>
        <translation>decided without a recorded identification: %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>2. Your requests</source>
        <translation>2. Your requests</translation>
    </message>
    <message>
        <source>Our register of processing activities does not yet describe a processing of data of people with your relation to us (%1). Ask us about it if you want to know more.</source>
        <translation>Our register of processing activities does not yet describe a processing of data of people with your relation to us (%1). Ask us about it if you want to know more.</translation>
    </message>
    <message>
        <source>Your requests about your personal data</source>
        <translation>Your requests about your personal data</translation>
    </message>
    <message>
        <source>Handling your requests (articles 12 to 22 AVG) and showing that we did so correctly (article 5(2) AVG); sections 1 and 2.</source>
        <translation>Handling your requests (articles 12 to 22 AVG) and showing that we did so correctly (article 5(2) AVG); sections 1 and 2.</translation>
    </message>
    <message>
        <source>In Privacydesk: your details, your requests and how we handled them, the notes on them, the disclosures to others and the retention terms (sections 1, 2, 5 and 6).</source>
        <translation>In Privacydesk: your details, your requests and how we handled them, the notes on them, the disclosures to others and the retention terms (sections 1, 2, 5 and 6).</translation>
    </message>
    <message>
        <source>These organisations received personal data about you from us:</source>
        <translation>These organisations received personal data about you from us:</translation>
    </message>
    <message>
        <source>Depending on the purpose, our register names these kinds of recipients for data of people with your relation to us: %1.</source>
        <translation>Depending on the purpose, our register names these kinds of recipients for data of people with your relation to us: %1.</translation>
    </message>
    <message>
        <source>These processors work with the data on our behalf, only under a processing agreement (article 28 AVG): %1.</source>
        <translation>These processors work with the data on our behalf, only under a processing agreement (article 28 AVG): %1.</translation>
    </message>
    <message>
        <source>Our retention rules for data of people with your relation to us:</source>
        <translation>Our retention rules for data of people with your relation to us:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>You may ask us:</source>
        <translation>You may ask us:</translation>
    </message>
    <message>
        <source>to correct or complete data that are wrong or incomplete (rectification, article 16 AVG);</source>
        <translation>to correct or complete data that are wrong or incomplete (rectification, article 16 AVG);</translation>
    </message>
    <message>
        <source>to restrict the use of your data while, for instance, a correction is checked (article 18 AVG);</source>
        <translation>to restrict the use of your data while, for instance, a correction is checked (article 18 AVG);</translation>
    </message>
    <message>
        <source>to receive the data you gave us in a machine-readable form, as far as we process them on your consent or under a contract with you (article 20 AVG);</source>
        <translation>to receive the data you gave us in a machine-readable form, as far as we process them on your consent or under a contract with you (article 20 AVG);</translation>
    </message>
    <message>
        <source>to stop using your data: you may object to their use (article 21 AVG), and always to their use for direct marketing.</source>
        <translation>to stop using your data: you may object to their use (article 21 AVG), and always to their use for direct marketing.</translation>
    </message>
    <message>
        <source>Recorded source of your data: %1.</source>
        <translation>Recorded source of your data: %1.</translation>
    </message>
    <message>
        <source>Depending on the purpose, we may also receive data about people with your relation to us from: %1.</source>
        <translation>Depending on the purpose, we may also receive data about people with your relation to us from: %1.</translation>
    </message>
    <message>
        <source>We do not transfer your data to countries outside the European Economic Area (the EU, Iceland, Liechtenstein and Norway) or to international organisations.</source>
        <translation>We do not transfer your data to countries outside the European Economic Area (the EU, Iceland, Liechtenstein and Norway) or to international organisations.</translation>
    </message>
    <message>
        <source>Your data go to these places outside the European Economic Area (the EU, Iceland, Liechtenstein and Norway). The safeguard is what protects your data there (article 46 AVG):</source>
        <translation>Your data go to these places outside the European Economic Area (the EU, Iceland, Liechtenstein and Norway). The safeguard is what protects your data there (article 46 AVG):</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Safeguard</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>received your data on %1</source>
        <translation>received your data on %1</translation>
    </message>
    <message>
        <source>outside the EEA (country not recorded)</source>
        <translation>outside the EEA (country not recorded)</translation>
    </message>
    <message>
        <source>not recorded in our register: ask us about it</source>
        <translation>not recorded in our register: ask us about it</translation>
    </message>
    <message>
        <source>%1: taken over from our rental administration.</source>
        <translation>%1: taken over from our rental administration.</translation>
    </message>
    <message>
        <source>%1: updated from our rental administration (%2).</source>
        <translation>%1: updated from our rental administration (%2).</translation>
    </message>
    <message>
        <source>Since %1 we keep your data longer, for this reason: %2. As long as that is needed, none of your data are destroyed.</source>
        <translation>Since %1 we keep your data longer, for this reason: %2. As long as that is needed, none of your data are destroyed.</translation>
    </message>
    <message>
        <source>%1 (article 6(1)(%2) GDPR)</source>
        <translation>%1 (article 6(1)(%2) GDPR)</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>by letter</translation>
    </message>
    <message>
        <source>at the front desk</source>
        <translation>at the front desk</translation>
    </message>
    <message>
        <source>through the web form</source>
        <translation>through the web form</translation>
    </message>
    <message>
        <source>through a representative</source>
        <translation>through a representative</translation>
    </message>
    <message>
        <source>through the Autoriteit Persoonsgegevens</source>
        <translation>through the Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>3. What we use your data for (article 15(1)(a) GDPR)</source>
        <translation>3. What we use your data for (article 15(1)(a) GDPR)</translation>
    </message>
    <message>
        <source>4. Which data we use (article 15(1)(b) GDPR)</source>
        <translation>4. Which data we use (article 15(1)(b) GDPR)</translation>
    </message>
    <message>
        <source>5. Who receives your data (article 15(1)(c) GDPR)</source>
        <translation>5. Who receives your data (article 15(1)(c) GDPR)</translation>
    </message>
    <message>
        <source>6. How long we keep your data (article 15(1)(d) GDPR)</source>
        <translation>6. How long we keep your data (article 15(1)(d) GDPR)</translation>
    </message>
    <message>
        <source>7. Your rights (article 15(1)(e) GDPR)</source>
        <translation>7. Your rights (article 15(1)(e) GDPR)</translation>
    </message>
    <message>
        <source>8. Complaining to the Autoriteit Persoonsgegevens (article 15(1)(f) GDPR)</source>
        <translation>8. Complaining to the Autoriteit Persoonsgegevens (article 15(1)(f) GDPR)</translation>
    </message>
    <message>
        <source>9. Where your data come from (article 15(1)(g) GDPR)</source>
        <translation>9. Where your data come from (article 15(1)(g) GDPR)</translation>
    </message>
    <message>
        <source>10. Automated decisions (article 15(1)(h) GDPR)</source>
        <translation>10. Automated decisions (article 15(1)(h) GDPR)</translation>
    </message>
    <message>
        <source>11. Your data outside the EEA (article 15(2) GDPR)</source>
        <translation>11. Your data outside the EEA (article 15(2) GDPR)</translation>
    </message>
    <message>
        <source>Some notes and descriptions held data of other people. We left those out to protect their privacy (article 15(4) GDPR). In those places it says ‘%1’.</source>
        <translation>Some notes and descriptions held data of other people. We left those out to protect their privacy (article 15(4) GDPR). In those places it says ‘%1’.</translation>
    </message>
    <message>
        <source>For identification we only record that we checked your identity, and how. We never keep a copy of your identity document, its number or your citizen service number (BSN).</source>
        <translation>For identification we only record that we checked your identity, and how. We never keep a copy of your identity document, its number or your citizen service number (BSN).</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (we told you so on %2)</source>
        <translation>%1 (we told you so on %2)</translation>
    </message>
    <message>
        <source>against direct marketing: your data is no longer used for it (article 21(3) GDPR)</source>
        <translation>against direct marketing: your data is no longer used for it (article 21(3) GDPR)</translation>
    </message>
    <message>
        <source>Our register of processing activities says what we use the data of people with your relation to us (%1) for. We may only do that on a legal basis (article 6 GDPR). These are the purposes and their legal bases:</source>
        <translation>Our register of processing activities says what we use the data of people with your relation to us (%1) for. We may only do that on a legal basis (article 6 GDPR). These are the purposes and their legal bases:</translation>
    </message>
    <message>
        <source>Special categories of personal data: %1 (article 9(2)(%2) GDPR)</source>
        <translation>Special categories of personal data: %1 (article 9(2)(%2) GDPR)</translation>
    </message>
    <message>
        <source>Criminal personal data: %1</source>
        <translation>Criminal personal data: %1</translation>
    </message>
    <message>
        <source>special categories of personal data about %1 (article 9 GDPR)</source>
        <translation>special categories of personal data about %1 (article 9 GDPR)</translation>
    </message>
    <message>
        <source>criminal personal data (article 10 GDPR)</source>
        <translation>criminal personal data (article 10 GDPR)</translation>
    </message>
    <message>
        <source>sensitive data, but no special categories of personal data</source>
        <translation>sensitive data, but no special categories of personal data</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>For the purposes in section 3 we use these kinds of data about people with your relation to us, as far as we have them about you:</source>
        <translation>For the purposes in section 3 we use these kinds of data about people with your relation to us, as far as we have them about you:</translation>
    </message>
    <message>
        <source>We keep the data about your requests until %1 after your request was completed. Then we destroy them.</source>
        <translation>We keep the data about your requests until %1 after your request was completed. Then we destroy them.</translation>
    </message>
    <message>
        <source>We keep the data about your requests for %1. Then we destroy them.</source>
        <translation>We keep the data about your requests for %1. Then we destroy them.</translation>
    </message>
    <message>
        <source>to delete your data (article 17 GDPR), unless we must keep them, for instance by law;</source>
        <translation>to delete your data (article 17 GDPR), unless we must keep them, for instance by law;</translation>
    </message>
    <message>
        <source>Do you disagree with how we handle your data? Please tell us first. You also have the right to complain to the Autoriteit Persoonsgegevens, the Dutch supervisory authority (www.autoriteitpersoonsgegevens.nl). And you may go to court.</source>
        <translation>Do you disagree with how we handle your data? Please tell us first. You also have the right to complain to the Autoriteit Persoonsgegevens, the Dutch supervisory authority (www.autoriteitpersoonsgegevens.nl). And you may go to court.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>Dutch: &quot;%n dag(en)&quot;</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <extracomment>Dutch: &quot;%n week/weken&quot;</extracomment>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <extracomment>Dutch: &quot;%n maand(en)&quot;</extracomment>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>We answer within %1.</source>
        <extracomment>Dutch: &quot;Wij antwoorden binnen %1.&quot;</extracomment>
        <translation>We answer within %1.</translation>
    </message>
    <message>
        <source>We answer within %1, and never later than one month after we received your request.</source>
        <extracomment>Dutch: &quot;Wij antwoorden binnen %1, en nooit later dan één maand nadat wij uw verzoek hebben ontvangen.&quot;</extracomment>
        <translation>We answer within %1, and never later than one month after we received your request.</translation>
    </message>
    <message>
        <source>We answer within one month.</source>
        <extracomment>Dutch: &quot;Wij antwoorden binnen één maand.&quot;</extracomment>
        <translation>We answer within one month.</translation>
    </message>
    <message>
        <source>Do we use your data because you gave your consent? Then you may withdraw that consent at any time (article 7(3) GDPR). A request costs nothing.</source>
        <extracomment>Dutch: &quot;Gebruiken wij uw gegevens omdat u daarvoor toestemming heeft gegeven? Dan kunt u die toestemming altijd intrekken (artikel 7 lid 3 AVG). Een verzoek kost niets.&quot;</extracomment>
        <translation>Do we use your data because you gave your consent? Then you may withdraw that consent at any time (article 7(3) GDPR). A request costs nothing.</translation>
    </message>
    <message>
        <source>You asked us to restrict the use of your data (article 18 GDPR). While a restriction applies, we only store those data.</source>
        <extracomment>Dutch: &quot;U heeft gevraagd het gebruik van uw gegevens te beperken (artikel 18 AVG). Zolang een beperking geldt, bewaren wij die gegevens alleen.&quot;</extracomment>
        <translation>You asked us to restrict the use of your data (article 18 GDPR). While a restriction applies, we only store those data.</translation>
    </message>
    <message>
        <source>%1: restricted since %2 (%3)</source>
        <extracomment>Dutch: &quot;%1: beperkt sinds %2 (%3)&quot;</extracomment>
        <translation>%1: restricted since %2 (%3)</translation>
    </message>
    <message>
        <source>%1: restricted from %2 until %3</source>
        <extracomment>Dutch: &quot;%1: beperkt van %2 tot %3&quot;</extracomment>
        <translation>%1: restricted from %2 until %3</translation>
    </message>
</context>
<context>
    <name>pd::PersonReportLoader</name>
    <message>
        <source>Description of request %1</source>
        <translation>Description of request %1</translation>
    </message>
    <message>
        <source>Representative in request %1</source>
        <translation>Representative in request %1</translation>
    </message>
    <message>
        <source>Reason for extending request %1</source>
        <translation>Reason for extending request %1</translation>
    </message>
    <message>
        <source>How request %1 was answered</source>
        <translation>How request %1 was answered</translation>
    </message>
    <message>
        <source>Note on request %1 of %2</source>
        <translation>Note on request %1 of %2</translation>
    </message>
    <message>
        <source>Disclosure to %1 on %2: %3</source>
        <translation>Disclosure to %1 on %2: %3</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>requested by</source>
        <translation>requested by</translation>
    </message>
    <message>
        <source>Reason for the legal hold</source>
        <translation>Reason for the legal hold</translation>
    </message>
    <message>
        <source>This data subject does not exist, or their data were anonymised under the retention rules.</source>
        <translation>This data subject does not exist, or their data were anonymised under the retention rules.</translation>
    </message>
    <message>
        <source>Name of a file kept with request %1</source>
        <translation>Name of a file kept with request %1</translation>
    </message>
    <message>
        <source>Reasons for the decision on request %1</source>
        <translation>Reasons for the decision on request %1</translation>
    </message>
    <message>
        <source>Why request %1 was decided without identification</source>
        <translation>Why request %1 was decided without identification</translation>
    </message>
    <message>
        <source>Where your data came from</source>
        <translation>Where your data came from</translation>
    </message>
    <message>
        <source>Restricted data (art. 18 GDPR)</source>
        <extracomment>Dutch: &quot;Beperkte gegevens (art. 18 AVG)&quot;</extracomment>
        <translation>Restricted data (art. 18 GDPR)</translation>
    </message>
    <message>
        <source>Covenant: %1</source>
        <extracomment>Dutch: &quot;Convenant: %1&quot;</extracomment>
        <translation>Covenant: %1</translation>
    </message>
</context>
<context>
    <name>pd::PersonReview</name>
    <message>
        <source>Other data subject</source>
        <translation>Other data subject</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Possible name</source>
        <translation>Possible name</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[redacted]</translation>
    </message>
</context>
<context>
    <name>pd::PrintedDocument</name>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>DEMO — fictitious data</source>
        <translation>DEMO — fictitious data</translation>
    </message>
</context>
<context>
    <name>pd::ProcessingRegister</name>
    <message>
        <source>The main purpose needs a code of one to three capital letters, such as A.</source>
        <translation>The main purpose needs a code of one to three capital letters, such as A.</translation>
    </message>
    <message>
        <source>Name the main purpose, such as &quot;Leveren van diensten&quot;.</source>
        <translation>Name the main purpose, such as &quot;Leveren van diensten&quot;.</translation>
    </message>
    <message>
        <source>The sub-purpose number is the main purpose code, a dot and a number, such as %1.1.</source>
        <translation>The sub-purpose number is the main purpose code, a dot and a number, such as %1.1.</translation>
    </message>
    <message>
        <source>Describe the sub-purpose.</source>
        <translation>Describe the sub-purpose.</translation>
    </message>
    <message>
        <source>Give the processing activity a name.</source>
        <translation>Give the processing activity a name.</translation>
    </message>
    <message>
        <source>Unknown legal basis &apos;%1&apos;: use a letter from a to f.</source>
        <translation>Unknown legal basis &apos;%1&apos;: use a letter from a to f.</translation>
    </message>
    <message>
        <source>Name at least one category of data subjects.</source>
        <translation>Name at least one category of data subjects.</translation>
    </message>
    <message>
        <source>Name at least one category of personal data.</source>
        <translation>Name at least one category of personal data.</translation>
    </message>
    <message>
        <source>Unknown special category &apos;%1&apos; for &quot;%2&quot;.</source>
        <translation>Unknown special category &apos;%1&apos; for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This processing activity no longer exists.</source>
        <translation>This processing activity no longer exists.</translation>
    </message>
    <message>
        <source>Number %1 is already used by &quot;%2&quot;.</source>
        <translation>Number %1 is already used by &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Main purpose %1 is called &quot;%2&quot; in the register; use that name or another code.</source>
        <translation>Main purpose %1 is called &quot;%2&quot; in the register; use that name or another code.</translation>
    </message>
    <message>
        <source>Main purpose</source>
        <translation>Main purpose</translation>
    </message>
    <message>
        <source>Sub-purpose</source>
        <translation>Sub-purpose</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Statute or covenant</source>
        <translation>Statute or covenant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Safeguard</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Processors</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vital interests</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>Public interest</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Legitimate interests</translation>
    </message>
    <message>
        <source>Health (medical)</source>
        <translation>Health (medical)</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Racial or ethnic origin</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation>Religion or belief</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Political opinions</translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation>Trade union membership</translation>
    </message>
    <message>
        <source>Biometric</source>
        <translation>Biometric</translation>
    </message>
    <message>
        <source>Genetic</source>
        <translation>Genetic</translation>
    </message>
    <message>
        <source>Sex life or orientation</source>
        <translation>Sex life or orientation</translation>
    </message>
    <message>
        <source>Example activities are only for the demo store.</source>
        <translation>Example activities are only for the demo store.</translation>
    </message>
    <message>
        <source>Choose at least one legal basis (art. 6 lid 1 AVG).</source>
        <translation>Choose at least one legal basis (art. 6 lid 1 AVG).</translation>
    </message>
    <message>
        <source>A legal obligation or a task in the public interest rests on a statute: name it (art. 6 lid 3 AVG).</source>
        <translation>A legal obligation or a task in the public interest rests on a statute: name it (art. 6 lid 3 AVG).</translation>
    </message>
    <message>
        <source>Unknown exception &apos;%1&apos;: use a letter from a to j of art. 9 lid 2 AVG.</source>
        <translation>Unknown exception &apos;%1&apos;: use a letter from a to j of art. 9 lid 2 AVG.</translation>
    </message>
    <message>
        <source>Special categories of personal data (%1) may only be processed under an exception of art. 9 lid 2 AVG: choose it.</source>
        <translation>Special categories of personal data (%1) may only be processed under an exception of art. 9 lid 2 AVG: choose it.</translation>
    </message>
    <message>
        <source>An exception of art. 9 lid 2 AVG is chosen, but no category of personal data is marked as a special category.</source>
        <translation>An exception of art. 9 lid 2 AVG is chosen, but no category of personal data is marked as a special category.</translation>
    </message>
    <message>
        <source>Criminal data may only be processed on a basis of art. 10 AVG (such as art. 33 UAVG): name it.</source>
        <translation>Criminal data may only be processed on a basis of art. 10 AVG (such as art. 33 UAVG): name it.</translation>
    </message>
    <message>
        <source>A basis for criminal data (art. 10 AVG) is named, but no category of personal data is marked as criminal data.</source>
        <translation>A basis for criminal data (art. 10 AVG) is named, but no category of personal data is marked as criminal data.</translation>
    </message>
    <message>
        <source>Name the country outside the EEA the data go to.</source>
        <translation>Name the country outside the EEA the data go to.</translation>
    </message>
    <message>
        <source>%1 is in the EEA: data going there are no transfer outside the EEA.</source>
        <translation>%1 is in the EEA: data going there are no transfer outside the EEA.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA: mark the transfer and name its safeguard (art. 44-49 AVG).</source>
        <translation>%1 is outside the EEA: mark the transfer and name its safeguard (art. 44-49 AVG).</translation>
    </message>
    <message>
        <source>Name the safeguard for the transfer outside the EEA (art. 46 AVG), such as standard contractual clauses.</source>
        <translation>Name the safeguard for the transfer outside the EEA (art. 46 AVG), such as standard contractual clauses.</translation>
    </message>
    <message>
        <source>Basis for criminal data</source>
        <translation>Basis for criminal data</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Explicit consent</source>
        <translation>Explicit consent</translation>
    </message>
    <message>
        <source>Employment and social security law</source>
        <translation>Employment and social security law</translation>
    </message>
    <message>
        <source>Vital interests, consent impossible</source>
        <translation>Vital interests, consent impossible</translation>
    </message>
    <message>
        <source>Not-for-profit body, own members</source>
        <translation>Not-for-profit body, own members</translation>
    </message>
    <message>
        <source>Made public by the data subject</source>
        <translation>Made public by the data subject</translation>
    </message>
    <message>
        <source>Legal claims</source>
        <translation>Legal claims</translation>
    </message>
    <message>
        <source>Substantial public interest, by law</source>
        <translation>Substantial public interest, by law</translation>
    </message>
    <message>
        <source>Health or social care</source>
        <translation>Health or social care</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>Public health</translation>
    </message>
    <message>
        <source>Archiving, research or statistics</source>
        <translation>Archiving, research or statistics</translation>
    </message>
    <message>
        <source>There is no processing activity %1.</source>
        <translation>There is no processing activity %1.</translation>
    </message>
    <message>
        <source>Criminal (art. 10)</source>
        <translation>Criminal (art. 10)</translation>
    </message>
    <message>
        <source>Nuisance (sensitive)</source>
        <translation>Nuisance (sensitive)</translation>
    </message>
    <message>
        <source>Systems</source>
        <extracomment>Dutch: &quot;Systemen&quot;</extracomment>
        <translation>Systems</translation>
    </message>
    <message>
        <source>Processing activity %1 has a DPIA assessment and stays in the register.</source>
        <extracomment>Dutch: &quot;Verwerking %1 heeft een DPIA-beoordeling en blijft in het register.&quot;</extracomment>
        <translation>Processing activity %1 has a DPIA assessment and stays in the register.</translation>
    </message>
</context>
<context>
    <name>pd::ProcessingRegisterExport</name>
    <message>
        <source>Register of processing activities (art. 30 GDPR)</source>
        <translation>Register of processing activities (art. 30 GDPR)</translation>
    </message>
    <message numerus="yes">
        <source>Printed on %1; %n processing activities.</source>
        <translation>
            <numerusform>Printed on %1; %n processing activities.</numerusform>
            <numerusform>Printed on %1; %n processing activities.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register holds no processing activities yet.</source>
        <translation>The register holds no processing activities yet.</translation>
    </message>
    <message>
        <source>Sub-purpose</source>
        <translation>Sub-purpose</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Processors</translation>
    </message>
    <message>
        <source>Yes: %1; safeguard: %2</source>
        <translation>Yes: %1; safeguard: %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Controller:</source>
        <translation>Controller:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Postal address:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation>Data protection officer:</translation>
    </message>
    <message>
        <source>E-mail of the data protection officer:</source>
        <translation>E-mail of the data protection officer:</translation>
    </message>
    <message>
        <source>Special categories (art. 9 AVG)</source>
        <translation>Special categories (art. 9 AVG)</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Exception: %1</translation>
    </message>
    <message>
        <source>Criminal data (art. 10 AVG)</source>
        <translation>Criminal data (art. 10 AVG)</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Transfer outside the EEA</source>
        <translation>Transfer outside the EEA</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sensitive data (nuisance)</source>
        <translation>Sensitive data (nuisance)</translation>
    </message>
    <message>
        <source>no special categories of personal data (art. 9 AVG), no criminal data (art. 10 AVG)</source>
        <translation>no special categories of personal data (art. 9 AVG), no criminal data (art. 10 AVG)</translation>
    </message>
    <message>
        <source>Systems</source>
        <extracomment>Dutch: &quot;Systemen&quot;</extracomment>
        <translation>Systems</translation>
    </message>
    <message>
        <source>DPIA (art. 35 AVG)</source>
        <extracomment>Dutch: &quot;DPIA (art. 35 AVG)&quot;</extracomment>
        <translation>DPIA (art. 35 AVG)</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <extracomment>Dutch: &quot;Bewaartermijnen&quot;</extracomment>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>The organisation&apos;s retention rules: when the data are erased (article 30(1)(f) GDPR).</source>
        <extracomment>Dutch: &quot;De bewaarregels van de organisatie: wanneer de gegevens worden gewist (artikel 30 lid 1 sub f AVG).&quot;</extracomment>
        <translation>The organisation&apos;s retention rules: when the data are erased (article 30(1)(f) GDPR).</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Dutch: &quot;Gegevens&quot;</extracomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Dutch: &quot;Termijn&quot;</extracomment>
        <translation>Period</translation>
    </message>
    <message>
        <source>Basis</source>
        <extracomment>Dutch: &quot;Grondslag&quot;</extracomment>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Derived for</source>
        <extracomment>Dutch: &quot;Afgeleid voor&quot;</extracomment>
        <translation>Derived for</translation>
    </message>
</context>
<context>
    <name>pd::RecipientCodes</name>
    <message>
        <source>Contractor / maintenance</source>
        <translation>Contractor / maintenance</translation>
    </message>
    <message>
        <source>Bailiff</source>
        <translation>Bailiff</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Construction company</source>
        <translation>Construction company</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Police / justice</source>
        <translation>Police / justice</translation>
    </message>
    <message>
        <source>Care institution</source>
        <translation>Care institution</translation>
    </message>
    <message>
        <source>Tax authority (Belastingdienst)</source>
        <translation>Tax authority (Belastingdienst)</translation>
    </message>
    <message>
        <source>House-seekers&apos; system</source>
        <translation>House-seekers&apos; system</translation>
    </message>
    <message>
        <source>Financial administrator</source>
        <translation>Financial administrator</translation>
    </message>
    <message>
        <source>Debt counselling</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <source>Other housing corporation</source>
        <translation>Other housing corporation</translation>
    </message>
    <message>
        <source>Debt collection agency</source>
        <translation>Debt collection agency</translation>
    </message>
    <message>
        <source>Processor (software, hosting, backups)</source>
        <translation>Processor (software, hosting, backups)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Recipient (third party)</source>
        <translation>Recipient (third party)</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
</context>
<context>
    <name>pd::RecipientService</name>
    <message>
        <source>Enter the recipient&apos;s name.</source>
        <translation>Enter the recipient&apos;s name.</translation>
    </message>
    <message>
        <source>The review date of the processing agreement lies before its signing date.</source>
        <translation>The review date of the processing agreement lies before its signing date.</translation>
    </message>
    <message>
        <source>This recipient no longer exists.</source>
        <translation>This recipient no longer exists.</translation>
    </message>
    <message>
        <source>The catalogue already holds a recipient named &quot;%1&quot;.</source>
        <translation>The catalogue already holds a recipient named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What the processor processes</source>
        <translation>What the processor processes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Name the country outside the EEA where the processor processes the data.</source>
        <translation>Name the country outside the EEA where the processor processes the data.</translation>
    </message>
    <message>
        <source>There is no recipient &quot;%1&quot; in the catalogue.</source>
        <translation>There is no recipient &quot;%1&quot; in the catalogue.</translation>
    </message>
</context>
<context>
    <name>pd::RecordedState</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Request %1: the database says state %2, but the audit trail last recorded %3.</source>
        <translation>Request %1: the database says state %2, but the audit trail last recorded %3.</translation>
    </message>
    <message>
        <source>Request %1: the database says outcome %2, but the audit trail last recorded %3.</source>
        <translation>Request %1: the database says outcome %2, but the audit trail last recorded %3.</translation>
    </message>
    <message>
        <source>Data subject no. %1: the name in the database differs from the name the audit trail last recorded.</source>
        <translation>Data subject no. %1: the name in the database differs from the name the audit trail last recorded.</translation>
    </message>
    <message>
        <source>The requests and data subjects could not be compared with the audit trail: %1</source>
        <translation>The requests and data subjects could not be compared with the audit trail: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more difference(s) between the database and the audit trail.</source>
        <translation>
            <numerusform>… and %n more difference between the database and the audit trail.</numerusform>
            <numerusform>… and %n more differences between the database and the audit trail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RestrictionCodes</name>
    <message>
        <source>art. 18(1)(a) GDPR: the accuracy of the data is contested, while we verify it</source>
        <extracomment>Dutch: &quot;art. 18 lid 1 sub a: de juistheid van de gegevens wordt betwist, terwijl wij die controleren&quot;</extracomment>
        <translation>art. 18(1)(a) GDPR: the accuracy of the data is contested, while we verify it</translation>
    </message>
    <message>
        <source>art. 18(1)(b) GDPR: the processing is unlawful and the data subject asks for restriction instead of erasure</source>
        <extracomment>Dutch: &quot;art. 18 lid 1 sub b: de verwerking is onrechtmatig en de betrokkene wil beperking in plaats van wissen&quot;</extracomment>
        <translation>art. 18(1)(b) GDPR: the processing is unlawful and the data subject asks for restriction instead of erasure</translation>
    </message>
    <message>
        <source>art. 18(1)(c) GDPR: we no longer need the data, the data subject needs them for a legal claim</source>
        <extracomment>Dutch: &quot;art. 18 lid 1 sub c: wij hebben de gegevens niet meer nodig, de betrokkene wel voor een rechtsvordering&quot;</extracomment>
        <translation>art. 18(1)(c) GDPR: we no longer need the data, the data subject needs them for a legal claim</translation>
    </message>
    <message>
        <source>art. 18(1)(d) GDPR: objection (art. 21(1)), while we weigh the grounds</source>
        <extracomment>Dutch: &quot;art. 18 lid 1 sub d: bezwaar (art. 21 lid 1), terwijl wij de gronden afwegen&quot;</extracomment>
        <translation>art. 18(1)(d) GDPR: objection (art. 21(1)), while we weigh the grounds</translation>
    </message>
</context>
<context>
    <name>pd::RestrictionService</name>
    <message>
        <source>There is no data subject with customer number %1.</source>
        <extracomment>Dutch: &quot;Er is geen betrokkene met klantnummer %1.&quot;</extracomment>
        <translation>There is no data subject with customer number %1.</translation>
    </message>
    <message>
        <source>Say which data are restricted and why.</source>
        <extracomment>Dutch: &quot;Zeg welke gegevens worden beperkt en waarom.&quot;</extracomment>
        <translation>Say which data are restricted and why.</translation>
    </message>
    <message>
        <source>A restriction starts today or earlier.</source>
        <extracomment>Dutch: &quot;Een beperking begint vandaag of eerder.&quot;</extracomment>
        <translation>A restriction starts today or earlier.</translation>
    </message>
    <message>
        <source>Restricted data</source>
        <translation>Restricted data</translation>
    </message>
    <message>
        <source>Reason for the restriction</source>
        <translation>Reason for the restriction</translation>
    </message>
    <message>
        <source>Request %1 is not about this data subject.</source>
        <extracomment>Dutch: &quot;Verzoek %1 gaat niet over deze betrokkene.&quot;</extracomment>
        <translation>Request %1 is not about this data subject.</translation>
    </message>
    <message>
        <source>The restriction can only be lifted once the data subject has been told first (art. 18(3) GDPR). Make the letter ‘Notice that the restriction will be lifted’ on the request and record that it was sent. Then you can lift the restriction.</source>
        <extracomment>Dutch: &quot;De beperking kan pas worden opgeheven als de betrokkene dat eerst heeft gehoord (artikel 18 lid 3 AVG). Maak bij het verzoek de brief ‘Kennisgeving opheffing beperking’ en leg vast dat die is verstuurd. Daarna kunt u de beperking opheffen.&quot;</extracomment>
        <translation>The restriction can only be lifted once the data subject has been told first (art. 18(3) GDPR). Make the letter ‘Notice that the restriction will be lifted’ on the request and record that it was sent. Then you can lift the restriction.</translation>
    </message>
    <message>
        <source>This restriction belongs to no request: name the request with which the letter was sent.</source>
        <extracomment>Dutch: &quot;Deze beperking hoort bij geen verzoek: noem het verzoek waarbij de brief is verstuurd.&quot;</extracomment>
        <translation>This restriction belongs to no request: name the request with which the letter was sent.</translation>
    </message>
    <message>
        <source>There is no restriction %1.</source>
        <extracomment>Dutch: &quot;Er is geen beperking %1.&quot;</extracomment>
        <translation>There is no restriction %1.</translation>
    </message>
    <message>
        <source>Restriction %1 was lifted on %2 already.</source>
        <extracomment>Dutch: &quot;Beperking %1 is al opgeheven op %2.&quot;</extracomment>
        <translation>Restriction %1 was lifted on %2 already.</translation>
    </message>
    <message>
        <source>%1 since %2 (sub %3)</source>
        <extracomment>Dutch: &quot;%1 sinds %2 (sub %3)&quot;</extracomment>
        <translation>%1 since %2 (sub %3)</translation>
    </message>
    <message>
        <source>Processing restricted (art. 18 GDPR): %1. Do not use these data; only store them.</source>
        <extracomment>Dutch: &quot;Verwerking beperkt (art. 18 AVG): %1. Gebruik deze gegevens niet; alleen bewaren.&quot;</extracomment>
        <translation>Processing restricted (art. 18 GDPR): %1. Do not use these data; only store them.</translation>
    </message>
</context>
<context>
    <name>pd::RetentionCodes</name>
    <message>
        <source>end of tenancy</source>
        <translation>end of tenancy</translation>
    </message>
    <message>
        <source>end of registration</source>
        <translation>end of registration</translation>
    </message>
    <message>
        <source>request completed</source>
        <translation>request completed</translation>
    </message>
    <message>
        <source>end of application procedure</source>
        <translation>end of application procedure</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>recording</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>other event</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expired: to be destroyed</source>
        <translation>Expired: to be destroyed</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Legal hold</translation>
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
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>end of the relation</source>
        <translation>end of the relation</translation>
    </message>
    <message>
        <source>end of the fiscal year in which the relation ended</source>
        <translation>end of the fiscal year in which the relation ended</translation>
    </message>
</context>
<context>
    <name>pd::RetentionService</name>
    <message>
        <source>%1 after %2</source>
        <translation>%1 after %2</translation>
    </message>
    <message>
        <source>Nothing to destroy.</source>
        <translation>Nothing to destroy.</translation>
    </message>
    <message>
        <source>Enter the data category.</source>
        <translation>Enter the data category.</translation>
    </message>
    <message>
        <source>The data category is too long (at most 200 characters).</source>
        <translation>The data category is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>The retention period is implausibly long.</source>
        <translation>The retention period is implausibly long.</translation>
    </message>
    <message>
        <source>The rule for closed request files always runs from the completion of the request.</source>
        <translation>The rule for closed request files always runs from the completion of the request.</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Data category</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>This retention rule no longer exists.</source>
        <translation>This retention rule no longer exists.</translation>
    </message>
    <message>
        <source>There is already a rule for closed request files.</source>
        <translation>There is already a rule for closed request files.</translation>
    </message>
    <message>
        <source>There is no retention rule %1.</source>
        <translation>There is no retention rule %1.</translation>
    </message>
    <message>
        <source>Closed request files follow from the requests themselves.</source>
        <translation>Closed request files follow from the requests themselves.</translation>
    </message>
    <message>
        <source>Enter the date of the event the retention period runs from.</source>
        <translation>Enter the date of the event the retention period runs from.</translation>
    </message>
    <message>
        <source>The data subject no longer exists.</source>
        <translation>The data subject no longer exists.</translation>
    </message>
    <message>
        <source>This data has already been destroyed.</source>
        <translation>This data has already been destroyed.</translation>
    </message>
    <message>
        <source>Enter the reason for the legal hold, for example an open complaint at the Autoriteit Persoonsgegevens.</source>
        <translation>Enter the reason for the legal hold, for example an open complaint at the Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>Reason for the legal hold</source>
        <translation>Reason for the legal hold</translation>
    </message>
    <message>
        <source>This data subject is already under a legal hold.</source>
        <translation>This data subject is already under a legal hold.</translation>
    </message>
    <message>
        <source>This data subject is not under a legal hold.</source>
        <translation>This data subject is not under a legal hold.</translation>
    </message>
    <message>
        <source>Enter how the data was destroyed.</source>
        <translation>Enter how the data was destroyed.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>This retention item no longer exists.</source>
        <translation>This retention item no longer exists.</translation>
    </message>
    <message>
        <source>This data is under a legal hold and may not be destroyed: %1</source>
        <translation>This data is under a legal hold and may not be destroyed: %1</translation>
    </message>
    <message>
        <source>The request files of this data subject have already been destroyed.</source>
        <translation>The request files of this data subject have already been destroyed.</translation>
    </message>
    <message numerus="yes">
        <source>The request(s) %1 are still open.</source>
        <translation>
            <numerusform>Request %1 is still open.</numerusform>
            <numerusform>Requests %1 are still open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destruction is blocked by a legal hold since %1: %2</source>
        <translation>Destruction is blocked by a legal hold since %1: %2</translation>
    </message>
    <message>
        <source>The retention period of these request files runs until %1.</source>
        <translation>The retention period of these request files runs until %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept with the requests (originals, mandates) are destroyed; their name goes, their size and fingerprint stay as proof.</source>
        <translation>
            <numerusform>%n file kept with the requests (originals, mandates) are destroyed; their name goes, their size and fingerprint stay as proof.</numerusform>
            <numerusform>%n files kept with the requests (originals, mandates) are destroyed; their name goes, their size and fingerprint stay as proof.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date the retention period runs from</source>
        <translation>The date the retention period runs from</translation>
    </message>
    <message>
        <source>The data have been destroyed in the database, but older copies may remain in its write-ahead log until the next checkpoint, because another program or window was reading the store. Close the other windows and programs that use this store; the log is emptied when the store is closed.</source>
        <translation>The data have been destroyed in the database, but older copies may remain in its write-ahead log until the next checkpoint, because another program or window was reading the store. Close the other windows and programs that use this store; the log is emptied when the store is closed.</translation>
    </message>
    <message>
        <source>The retention item could not be read back after saving.</source>
        <translation>The retention item could not be read back after saving.</translation>
    </message>
    <message>
        <source>%1, expired on %2 but not yet recorded as destroyed</source>
        <translation>%1, expired on %2 but not yet recorded as destroyed</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>Kept: %1. Only the name and customer number stay for this; everything else about the data subject is destroyed. When this has been recorded as destroyed, they go too.</source>
        <translation>Kept: %1. Only the name and customer number stay for this; everything else about the data subject is destroyed. When this has been recorded as destroyed, they go too.</translation>
    </message>
    <message>
        <source>The name and customer number that were kept for other data are replaced: nothing of the data subject remains.</source>
        <translation>The name and customer number that were kept for other data are replaced: nothing of the data subject remains.</translation>
    </message>
    <message numerus="yes">
        <source>The text of %n letter(s) is destroyed; their kind, date and fingerprint stay as proof.</source>
        <translation>
            <numerusform>The text of %n letter is destroyed; their kind, date and fingerprint stay as proof.</numerusform>
            <numerusform>The text of %n letters is destroyed; their kind, date and fingerprint stay as proof.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) of the Autoriteit Persoonsgegevens are removed.</source>
        <translation>
            <numerusform>%n reference of the Autoriteit Persoonsgegevens are removed.</numerusform>
            <numerusform>%n references of the Autoriteit Persoonsgegevens are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) no longer name the data subject; their date, recipient, legal basis, data categories and purpose stay.</source>
        <translation>
            <numerusform>%n disclosure no longer name the data subject; their date, recipient, legal basis, data categories and purpose stay.</numerusform>
            <numerusform>%n disclosures no longer name the data subject; their date, recipient, legal basis, data categories and purpose stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intake draft(s) holding the data subject&apos;s details are deleted.</source>
        <translation>
            <numerusform>%n intake draft holding the data subject&apos;s details are deleted.</numerusform>
            <numerusform>%n intake drafts holding the data subject&apos;s details are deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index no longer finds the requests by the data subject.</source>
        <translation>The search index no longer finds the requests by the data subject.</translation>
    </message>
    <message numerus="yes">
        <source>The details of %n audit event(s) are destroyed (the events themselves stay, so the audit trail still verifies).</source>
        <translation>
            <numerusform>The details of %n audit event are destroyed (the events themselves stay, so the audit trail still verifies).</numerusform>
            <numerusform>The details of %n audit events are destroyed (the events themselves stay, so the audit trail still verifies).</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>Only the name and customer number of this data subject are left, kept for other data: %1. They are destroyed when that has been recorded as destroyed.</source>
        <translation>Only the name and customer number of this data subject are left, kept for other data: %1. They are destroyed when that has been recorded as destroyed.</translation>
    </message>
    <message>
        <source>The rule for closed request files follows the requests; it does not apply to relation types.</source>
        <translation>The rule for closed request files follows the requests; it does not apply to relation types.</translation>
    </message>
    <message>
        <source>Unknown relation type “%1”.</source>
        <translation>Unknown relation type “%1”.</translation>
    </message>
    <message>
        <source>Only a rule that runs from the end of a relation can apply to relation types.</source>
        <translation>Only a rule that runs from the end of a relation can apply to relation types.</translation>
    </message>
    <message>
        <source>The data subject has no requests. Their name, address, phone number, e-mail address and customer number are replaced: nothing of the data subject remains.</source>
        <translation>The data subject has no requests. Their name, address, phone number, e-mail address and customer number are replaced: nothing of the data subject remains.</translation>
    </message>
    <message>
        <source>The data subject has no requests. Their address, phone number and e-mail address are removed.</source>
        <translation>The data subject has no requests. Their address, phone number and e-mail address are removed.</translation>
    </message>
    <message>
        <source>Kept: %1. Only the name and customer number stay for this; they go when this has been recorded as destroyed too.</source>
        <translation>Kept: %1. Only the name and customer number stay for this; they go when this has been recorded as destroyed too.</translation>
    </message>
    <message>
        <source>Kept: %1. The data subject&apos;s details stay in Privacydesk for this; they are destroyed when this has been recorded as destroyed too.</source>
        <translation>Kept: %1. The data subject&apos;s details stay in Privacydesk for this; they are destroyed when this has been recorded as destroyed too.</translation>
    </message>
    <message>
        <source>This was the last retained data of the data subject: Privacydesk&apos;s own copy of their details (name, address, phone number, e-mail address and customer number) has been destroyed too.</source>
        <translation>This was the last retained data of the data subject: Privacydesk&apos;s own copy of their details (name, address, phone number, e-mail address and customer number) has been destroyed too.</translation>
    </message>
    <message>
        <source>Older copies of the data subject&apos;s details may remain in the store&apos;s write-ahead log until the next checkpoint, because another program or window was reading the store. Close the other windows and programs that use this store; the log is emptied when the store is closed.</source>
        <translation>Older copies of the data subject&apos;s details may remain in the store&apos;s write-ahead log until the next checkpoint, because another program or window was reading the store. Close the other windows and programs that use this store; the log is emptied when the store is closed.</translation>
    </message>
    <message>
        <source>This data subject has no requests, and their details must still be kept: %1. They can be destroyed when all of this has expired.</source>
        <translation>This data subject has no requests, and their details must still be kept: %1. They can be destroyed when all of this has expired.</translation>
    </message>
    <message numerus="yes">
        <source>the request(s) %1</source>
        <translation>
            <numerusform>the request %1</numerusform>
            <numerusform>the requests %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data subject&apos;s name, address, phone number, e-mail address and customer number are replaced; the descriptions, representatives, callback numbers and %n note(s) of %1 are removed.</source>
        <translation>
            <numerusform>The data subject&apos;s name, address, phone number, e-mail address and customer number are replaced; the descriptions, representatives, callback numbers and %n note of %1 are removed.</numerusform>
            <numerusform>The data subject&apos;s name, address, phone number, e-mail address and customer number are replaced; the descriptions, representatives, callback numbers and %n notes of %1 are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data subject&apos;s address, phone number and e-mail address are removed and %1; their descriptions, representatives, callback numbers and %n note(s) are removed.</source>
        <translation>
            <numerusform>The data subject&apos;s address, phone number and e-mail address are removed and %1; their descriptions, representatives, callback numbers and %n note are removed.</numerusform>
            <numerusform>The data subject&apos;s address, phone number and e-mail address are removed and %1; their descriptions, representatives, callback numbers and %n notes are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the request(s) %1 are detached from the data subject</source>
        <translation>
            <numerusform>the request %1 is detached from the data subject</numerusform>
            <numerusform>the requests %1 are detached from the data subject</numerusform>
        </translation>
    </message>
    <message>
        <source>the breach was closed</source>
        <translation>the breach was closed</translation>
    </message>
    <message>
        <source>The data breaches follow from the register itself: each closed breach expires on its own.</source>
        <translation>The data breaches follow from the register itself: each closed breach expires on its own.</translation>
    </message>
    <message>
        <source>What stays is the register&apos;s skeleton: the number, the moments (happened, discovered, the AP&apos;s deadline, notified, closed), the nature, the data categories, the numbers of people and records, the risk, the decisions and the AP&apos;s reference.</source>
        <translation>What stays is the register&apos;s skeleton: the number, the moments (happened, discovered, the AP&apos;s deadline, notified, closed), the nature, the data categories, the numbers of people and records, the risk, the decisions and the AP&apos;s reference.</translation>
    </message>
    <message numerus="yes">
        <source>The title and %n free text(s) of data breach %1 are destroyed (what happened, the group of people, the measures, the consequences, the reasoning and the reasons).</source>
        <translation>
            <numerusform>The title and %n free text of data breach %1 are destroyed (what happened, the group of people, the measures, the consequences, the reasoning and the reasons).</numerusform>
            <numerusform>The title and %n free texts of data breach %1 are destroyed (what happened, the group of people, the measures, the consequences, the reasoning and the reasons).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link to %n person(s) concerned is removed.</source>
        <translation>
            <numerusform>The link to %n person concerned is removed.</numerusform>
            <numerusform>The link to %n persons concerned is removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) to the people concerned are destroyed.</source>
        <translation>
            <numerusform>%n letter to the people concerned are destroyed.</numerusform>
            <numerusform>%n letters to the people concerned are destroyed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n follow-up(s) to the AP is destroyed; their moment and reference stay.</source>
        <translation>
            <numerusform>The text of %n follow-up to the AP is destroyed; their moment and reference stay.</numerusform>
            <numerusform>The text of %n follow-ups to the AP is destroyed; their moment and reference stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The details of %n audit event(s) of the data breach are destroyed (the events themselves stay, so the audit trail still verifies).</source>
        <translation>
            <numerusform>The details of %n audit event of the data breach are destroyed (the events themselves stay, so the audit trail still verifies).</numerusform>
            <numerusform>The details of %n audit events of the data breach are destroyed (the events themselves stay, so the audit trail still verifies).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no data breach %1.</source>
        <translation>There is no data breach %1.</translation>
    </message>
    <message>
        <source>Data breach %1 has already been destroyed (on %2).</source>
        <translation>Data breach %1 has already been destroyed (on %2).</translation>
    </message>
    <message>
        <source>Data breach %1 is still open: its retention period runs from the day it is closed.</source>
        <translation>Data breach %1 is still open: its retention period runs from the day it is closed.</translation>
    </message>
    <message>
        <source>There is no retention rule for the data-breach register.</source>
        <translation>There is no retention rule for the data-breach register.</translation>
    </message>
    <message>
        <source>The retention period of data breach %1 runs until %2.</source>
        <translation>The retention period of data breach %1 runs until %2.</translation>
    </message>
    <message>
        <source>The rule for the data-breach register always runs from the closing of the breach.</source>
        <translation>The rule for the data-breach register always runs from the closing of the breach.</translation>
    </message>
    <message>
        <source>The rule for the data-breach register follows the breaches; it does not apply to relation types.</source>
        <translation>The rule for the data-breach register follows the breaches; it does not apply to relation types.</translation>
    </message>
    <message>
        <source>The destruction log of the store being replaced could not be read (%1).</source>
        <extracomment>Dutch: &quot;Het vernietigingsregister van de vervangen kluis kon niet worden gelezen (%1).&quot;</extracomment>
        <translation>The destruction log of the store being replaced could not be read (%1).</translation>
    </message>
    <message>
        <source>The store being replaced did not open with these credentials (%1).</source>
        <extracomment>Dutch: &quot;De vervangen kluis ging met deze gegevens niet open (%1).&quot;</extracomment>
        <translation>The store being replaced did not open with these credentials (%1).</translation>
    </message>
    <message>
        <source>The restored store did not open again (%1).</source>
        <extracomment>Dutch: &quot;De teruggezette kluis ging niet opnieuw open (%1).&quot;</extracomment>
        <translation>The restored store did not open again (%1).</translation>
    </message>
    <message>
        <source>The backup is of another store: the destructions of the replaced store do not concern it.</source>
        <extracomment>Dutch: &quot;De back-up is van een andere kluis: de vernietigingen van de vervangen kluis gaan daar niet over.&quot;</extracomment>
        <translation>The backup is of another store: the destructions of the replaced store do not concern it.</translation>
    </message>
    <message>
        <source>Your role in the store being replaced does not allow reading its destruction log.</source>
        <extracomment>Dutch: &quot;Uw rol in de vervangen kluis laat het lezen van haar vernietigingsregister niet toe.&quot;</extracomment>
        <translation>Your role in the store being replaced does not allow reading its destruction log.</translation>
    </message>
    <message>
        <source>The retention period cannot be negative (0 means: until the trigger itself).</source>
        <extracomment>Dutch: &quot;De bewaartermijn kan niet negatief zijn (0 betekent: tot de aanleiding zelf).&quot;</extracomment>
        <translation>The retention period cannot be negative (0 means: until the trigger itself).</translation>
    </message>
    <message>
        <source>There is already a retention rule with the code “%1”: choose another code (see the list of rules).</source>
        <extracomment>Dutch: &quot;Er is al een bewaarregel met de code „%1”: kies een andere code (zie de lijst met regels).&quot;</extracomment>
        <translation>There is already a retention rule with the code “%1”: choose another code (see the list of rules).</translation>
    </message>
    <message>
        <source>There is already a rule for the data-breach register.</source>
        <translation>There is already a rule for the data-breach register.</translation>
    </message>
    <message>
        <source>Enter the rule&apos;s code.</source>
        <extracomment>Dutch: &quot;Vul de code van de regel in.&quot;</extracomment>
        <translation>Enter the rule&apos;s code.</translation>
    </message>
    <message>
        <source>A rule&apos;s code has only small letters a-z, digits and hyphens, such as betaalgegevens-klant; not “%1”.</source>
        <extracomment>Dutch: &quot;De code van een regel heeft alleen kleine letters a-z, cijfers en streepjes, zoals betaalgegevens-klant; niet „%1”.&quot;</extracomment>
        <translation>A rule&apos;s code has only small letters a-z, digits and hyphens, such as betaalgegevens-klant; not “%1”.</translation>
    </message>
    <message>
        <source>A rule&apos;s code does not start or end with a hyphen.</source>
        <extracomment>Dutch: &quot;De code van een regel begint en eindigt niet met een streepje.&quot;</extracomment>
        <translation>A rule&apos;s code does not start or end with a hyphen.</translation>
    </message>
    <message>
        <source>The rule “%1” cannot be removed: Privacydesk computes its terms from the %2 itself.</source>
        <extracomment>Dutch: &quot;De regel „%1” kan niet worden verwijderd: Privacydesk berekent de termijnen zelf uit de %2.&quot;</extracomment>
        <translation>The rule “%1” cannot be removed: Privacydesk computes its terms from the %2 itself.</translation>
    </message>
    <message>
        <source>closed requests</source>
        <extracomment>Dutch: &quot;afgeronde verzoeken&quot;</extracomment>
        <translation>closed requests</translation>
    </message>
    <message>
        <source>closed data breaches</source>
        <extracomment>Dutch: &quot;afgesloten datalekken&quot;</extracomment>
        <translation>closed data breaches</translation>
    </message>
    <message numerus="yes">
        <source>The rule “%1” cannot be removed: %n retention term(s) use it (destroyed ones included).</source>
        <extracomment>Dutch: &quot;De regel „%1” kan niet worden verwijderd: %n bewaartermijn(en) gebruiken hem (ook vernietigde).&quot;</extracomment>
        <translation>
            <numerusform>The rule “%1” cannot be removed: %n retention term uses it (destroyed ones included).</numerusform>
            <numerusform>The rule “%1” cannot be removed: %n retention terms use it (destroyed ones included).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule “%1” cannot be removed: the destruction log names it %n time(s).</source>
        <extracomment>Dutch: &quot;De regel „%1” kan niet worden verwijderd: het vernietigingsregister noemt hem %n keer.&quot;</extracomment>
        <translation>
            <numerusform>The rule “%1” cannot be removed: the destruction log names it once.</numerusform>
            <numerusform>The rule “%1” cannot be removed: the destruction log names it %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no retention rule “%1”.</source>
        <extracomment>Dutch: &quot;Er is geen bewaarregel „%1”.&quot;</extracomment>
        <translation>There is no retention rule “%1”.</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>Dutch: &quot;tot %1&quot; (a term of 0 days: &quot;tot einde inschrijving&quot;)</extracomment>
        <translation>until %1</translation>
    </message>
    <message>
        <source>The rule for closed request files and the rule for the data-breach register keep their files for at least a day.</source>
        <extracomment>Dutch: &quot;De regel voor afgeronde verzoekdossiers en die voor het datalekkenregister bewaren hun dossiers ten minste een dag.&quot;</extracomment>
        <translation>The rule for closed request files and the rule for the data-breach register keep their files for at least a day.</translation>
    </message>
    <message>
        <source>A rule&apos;s code is two to sixty characters long.</source>
        <extracomment>Dutch: &quot;De code van een regel is twee tot zestig tekens lang.&quot;</extracomment>
        <translation>A rule&apos;s code is two to sixty characters long.</translation>
    </message>
</context>
<context>
    <name>pd::ServerAnchor</name>
    <message>
        <source>The kept head of the audit trail (%1) was altered or damaged.</source>
        <translation>The kept head of the audit trail (%1) was altered or damaged.</translation>
    </message>
    <message>
        <source>The head of the audit trail this computer last saw could not be kept: %1</source>
        <extracomment>Dutch: &quot;De laatst geziene kop van de audittrail kon niet worden bijgehouden: %1&quot;</extracomment>
        <translation>The head of the audit trail this computer last saw could not be kept: %1</translation>
    </message>
    <message>
        <source>The audit trail on the server ends at event %1, but this computer saw it up to event %3 on %2: events were removed, or an older copy was put back.</source>
        <extracomment>Dutch: &quot;De audittrail op de server eindigt bij gebeurtenis %1, maar deze computer zag hem op %2 al tot gebeurtenis %3: er zijn gebeurtenissen verwijderd, of een oudere kopie is teruggezet.&quot;</extracomment>
        <translation>The audit trail on the server ends at event %1, but this computer saw it up to event %3 on %2: events were removed, or an older copy was put back.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail on the server is no longer the event this computer saw on %2: the trail was rewritten.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 van de audittrail op de server is niet meer de gebeurtenis die deze computer op %2 zag: de audittrail is herschreven.&quot;</extracomment>
        <translation>Event %1 of the audit trail on the server is no longer the event this computer saw on %2: the trail was rewritten.</translation>
    </message>
    <message>
        <source>The audit trail on the server no longer follows from what this computer saw after event %1: %2</source>
        <extracomment>Dutch: &quot;De audittrail op de server volgt na gebeurtenis %1 niet meer uit wat deze computer zag: %2&quot;</extracomment>
        <translation>The audit trail on the server no longer follows from what this computer saw after event %1: %2</translation>
    </message>
    <message>
        <source>%1 Tell IT. If IT restored a backup on purpose, an administrator accepts the audit trail as it now is with `privacydesk-cli verify --accept-rollback`.</source>
        <extracomment>Dutch: &quot;%1 Meld dit aan IT. Zette IT bewust een back-up terug, dan aanvaardt een beheerder de audittrail zoals hij nu is met `privacydesk-cli verify --accept-rollback`.&quot;</extracomment>
        <translation>%1 Tell IT. If IT restored a backup on purpose, an administrator accepts the audit trail as it now is with `privacydesk-cli verify --accept-rollback`.</translation>
    </message>
    <message>
        <source>The store&apos;s database was made anew since this computer last saw it (event %1, %2), as a restore does.</source>
        <extracomment>Dutch: &quot;De database van deze kluis is opnieuw gemaakt sinds deze computer haar zag (gebeurtenis %1, %2), zoals bij het terugzetten van een back-up.&quot;</extracomment>
        <translation>The store&apos;s database was made anew since this computer last saw it (event %1, %2), as a restore does.</translation>
    </message>
</context>
<context>
    <name>pd::ServerBackup</name>
    <message numerus="yes">
        <source>A backup passphrase needs at least %n characters: it is the only key to the backup.</source>
        <translation>
            <numerusform>A backup passphrase needs at least %n character: it is the only key to the backup.</numerusform>
            <numerusform>A backup passphrase needs at least %n characters: it is the only key to the backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not be encrypted: the encryption library (libsodium) failed.</source>
        <translation>The backup could not be encrypted: the encryption library (libsodium) failed.</translation>
    </message>
    <message>
        <source>pg_dump is not installed: install the Debian package postgresql-client.</source>
        <translation>pg_dump is not installed: install the Debian package postgresql-client.</translation>
    </message>
    <message>
        <source>The server&apos;s version could not be read: %1</source>
        <translation>The server&apos;s version could not be read: %1</translation>
    </message>
    <message>
        <source>%1 does not say which version it is; it cannot be used.</source>
        <translation>%1 does not say which version it is; it cannot be used.</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1, but %2 is of version %3, and pg_dump cannot back up a newer server: install postgresql-client-%1.</source>
        <translation>The server runs PostgreSQL %1, but %2 is of version %3, and pg_dump cannot back up a newer server: install postgresql-client-%1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made: %2</source>
        <translation>The folder %1 could not be made: %2</translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2</source>
        <translation>The backup could not be written in %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <source>The output of pg_dump could not be read: %1</source>
        <translation>The output of pg_dump could not be read: %1</translation>
    </message>
    <message>
        <source>it stopped with exit code %1.</source>
        <translation>it stopped with exit code %1.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the database %1: %2</source>
        <translation>pg_dump could not back up the database %1: %2</translation>
    </message>
    <message>
        <source>pg_dump wrote nothing for the database %1.</source>
        <translation>pg_dump wrote nothing for the database %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds too many backups of this moment already.</source>
        <translation>The folder %1 holds too many backups of this moment already.</translation>
    </message>
    <message>
        <source>Give the passphrase of the backup.</source>
        <translation>Give the passphrase of the backup.</translation>
    </message>
    <message>
        <source>The backup could not be decrypted: the encryption library (libsodium) failed.</source>
        <translation>The backup could not be decrypted: the encryption library (libsodium) failed.</translation>
    </message>
    <message>
        <source>%1 is not a backup file.</source>
        <translation>%1 is not a backup file.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: %2</source>
        <translation>The backup %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Privacydesk; install that version to restore it.</source>
        <translation>The backup %1 was made by a newer version of Privacydesk; install that version to restore it.</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Privacydesk server store.</source>
        <translation>%1 is not a backup of a Privacydesk server store.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its header cannot be read. Nothing was restored.</source>
        <translation>The backup %1 is damaged: its header cannot be read. Nothing was restored.</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup %1, or its beginning was changed. Nothing was restored.</source>
        <translation>The passphrase does not open the backup %1, or its beginning was changed. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup %1 was changed or damaged after it was written (at byte %2). Nothing was restored.</source>
        <translation>The backup %1 was changed or damaged after it was written (at byte %2). Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: it ends before its last part. Nothing was restored.</source>
        <translation>The backup %1 is incomplete: it ends before its last part. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup %1 holds data after its end, which a backup never does. Nothing was restored.</source>
        <translation>The backup %1 holds data after its end, which a backup never does. Nothing was restored.</translation>
    </message>
    <message>
        <source>pg_restore is not installed: install the Debian package postgresql-client.</source>
        <translation>pg_restore is not installed: install the Debian package postgresql-client.</translation>
    </message>
    <message>
        <source>Whether the database %1 is empty could not be read: %2</source>
        <translation>Whether the database %1 is empty could not be read: %2</translation>
    </message>
    <message>
        <source>The database %1 is not empty: a backup is restored only into an empty database. Create a new database for it; nothing was restored.</source>
        <translation>The database %1 is not empty: a backup is restored only into an empty database. Create a new database for it; nothing was restored.</translation>
    </message>
    <message>
        <source>pg_restore could not restore the backup into the database %1, and undid what it had done: %2</source>
        <translation>pg_restore could not restore the backup into the database %1, and undid what it had done: %2</translation>
    </message>
</context>
<context>
    <name>pd::ServerConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql.</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Give the user to log in to the server as.</source>
        <translation>Give the user to log in to the server as.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection as %2: %3</source>
        <translation>The server %1 refused the connection as %2: %3</translation>
    </message>
    <message>
        <source>The server&apos;s version could not be read: %1</source>
        <translation>The server&apos;s version could not be read: %1</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; Privacydesk needs version 15 or later.</source>
        <translation>The server runs PostgreSQL %1; Privacydesk needs version 15 or later.</translation>
    </message>
</context>
<context>
    <name>pd::ServerLocation</name>
    <message>
        <source>&quot;%1&quot; is not a server location: write postgresql://host:port/database or postgresql:///database?host=/socket/folder.</source>
        <translation>&quot;%1&quot; is not a server location: write postgresql://host:port/database or postgresql:///database?host=/socket/folder.</translation>
    </message>
    <message>
        <source>A server location never holds a password: remove it. Privacydesk asks for the password when it connects.</source>
        <translation>A server location never holds a password: remove it. Privacydesk asks for the password when it connects.</translation>
    </message>
    <message>
        <source>A server location holds no user name: give the user with --user (or log in at the desk).</source>
        <translation>A server location holds no user name: give the user with --user (or log in at the desk).</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>The port &quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>The server location has an option Privacydesk does not use: &quot;%1&quot;.</source>
        <translation>The server location has an option Privacydesk does not use: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>The port %1 is not between 1 and 65535.</translation>
    </message>
    <message>
        <source>The server location names no database: write it after the host, as in postgresql://server/privacydesk.</source>
        <translation>The server location names no database: write it after the host, as in postgresql://server/privacydesk.</translation>
    </message>
    <message>
        <source>The server location names no server: give the host, or the socket folder as ?host=/run/postgresql.</source>
        <translation>The server location names no server: give the host, or the socket folder as ?host=/run/postgresql.</translation>
    </message>
    <message>
        <source>The sslmode &quot;%1&quot; does not exist; use verify-full.</source>
        <translation>The sslmode &quot;%1&quot; does not exist; use verify-full.</translation>
    </message>
    <message>
        <source>The password would go to %1 without TLS that checks the server&apos;s name: add sslmode=verify-full and sslrootcert=&lt;the CA file&gt; to the location.</source>
        <translation>The password would go to %1 without TLS that checks the server&apos;s name: add sslmode=verify-full and sslrootcert=&lt;the CA file&gt; to the location.</translation>
    </message>
    <message>
        <source>With sslmode=verify-full the CA that signed the server&apos;s certificate is needed: add sslrootcert=&lt;the CA file&gt; to the location.</source>
        <translation>With sslmode=verify-full the CA that signed the server&apos;s certificate is needed: add sslrootcert=&lt;the CA file&gt; to the location.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>The CA file %1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>pd::ServerSetup</name>
    <message>
        <source>The database %1 holds no store yet: set it up with server init first.</source>
        <extracomment>Dutch: &quot;De database %1 bevat nog geen kluis: richt hem eerst in met server init.&quot;</extracomment>
        <translation>The database %1 holds no store yet: set it up with server init first.</translation>
    </message>
    <message>
        <source>The database&apos;s name (%1) must begin with a lower-case letter and hold only lower-case letters, digits and _ (at most 50 characters): the store&apos;s roles are named after it.</source>
        <extracomment>Dutch: &quot;De naam van de database (%1) moet met een kleine letter beginnen en mag alleen kleine letters, cijfers en _ bevatten (hoogstens 50 tekens): de rollen van de kluis heten ernaar.&quot;</extracomment>
        <translation>The database&apos;s name (%1) must begin with a lower-case letter and hold only lower-case letters, digits and _ (at most 50 characters): the store&apos;s roles are named after it.</translation>
    </message>
    <message>
        <source>The user name %1 cannot be a login on the server: use lower-case letters, digits and . _ @ -.</source>
        <extracomment>Dutch: &quot;De gebruikersnaam %1 kan geen aanmelding op de server zijn: gebruik kleine letters, cijfers en . _ @ -.&quot;</extracomment>
        <translation>The user name %1 cannot be a login on the server: use lower-case letters, digits and . _ @ -.</translation>
    </message>
    <message>
        <source>%1 must own the database %2 and may create roles (CREATEROLE) to set up the store.</source>
        <extracomment>Dutch: &quot;%1 moet eigenaar zijn van de database %2 en rollen mogen aanmaken (CREATEROLE) om de kluis in te richten.&quot;</extracomment>
        <translation>%1 must own the database %2 and may create roles (CREATEROLE) to set up the store.</translation>
    </message>
    <message>
        <source>The database %1 holds a store already (schema privacydesk); nothing was changed.</source>
        <extracomment>Dutch: &quot;De database %1 bevat al een kluis (schema privacydesk); er is niets veranderd.&quot;</extracomment>
        <translation>The database %1 holds a store already (schema privacydesk); nothing was changed.</translation>
    </message>
    <message>
        <source>The server store has schema version %1, newer than this version of Privacydesk (%2): nothing was changed.</source>
        <extracomment>Dutch: &quot;De kluis op de server heeft schemaversie %1, nieuwer dan deze versie van Privacydesk (%2): er is niets veranderd.&quot;</extracomment>
        <translation>The server store has schema version %1, newer than this version of Privacydesk (%2): nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 holds a store already: a backup is restored into an empty database only. Nothing was changed.</source>
        <extracomment>Dutch: &quot;De database %1 bevat al een kluis: een back-up wordt alleen in een lege database teruggezet. Er is niets veranderd.&quot;</extracomment>
        <translation>The database %1 holds a store already: a backup is restored into an empty database only. Nothing was changed.</translation>
    </message>
    <message>
        <source>The store&apos;s roles (%1 and the group roles) are missing on this server. Restore a backup into an empty database of the same name, on the server the store lived on (or restore the server&apos;s roles first).</source>
        <extracomment>Dutch: &quot;De rollen van de kluis (%1 en de groepsrollen) ontbreken op deze server. Zet een back-up terug in een lege database met dezelfde naam, op de server waar de kluis stond (of zet eerst de rollen van de server terug).&quot;</extracomment>
        <translation>The store&apos;s roles (%1 and the group roles) are missing on this server. Restore a backup into an empty database of the same name, on the server the store lived on (or restore the server&apos;s roles first).</translation>
    </message>
    <message>
        <source>The backup was restored, but the store does not open as %1: %2</source>
        <extracomment>Dutch: &quot;De back-up is teruggezet, maar de kluis opent niet als %1: %2&quot;</extracomment>
        <translation>The backup was restored, but the store does not open as %1: %2</translation>
    </message>
    <message>
        <source>The backup was restored, but the check found: %1</source>
        <extracomment>Dutch: &quot;De back-up is teruggezet, maar de controle vond: %1&quot;</extracomment>
        <translation>The backup was restored, but the check found: %1</translation>
    </message>
    <message>
        <source>The server could not be checked: %1</source>
        <extracomment>Dutch: &quot;De server kon niet worden gecontroleerd: %1&quot;</extracomment>
        <translation>The server could not be checked: %1</translation>
    </message>
    <message>
        <source>Connection: encrypted with TLS (%1).</source>
        <extracomment>Dutch: &quot;Verbinding: versleuteld met TLS (%1).&quot;</extracomment>
        <translation>Connection: encrypted with TLS (%1).</translation>
    </message>
    <message>
        <source>Connection: over a unix socket on this machine (not over the network).</source>
        <extracomment>Dutch: &quot;Verbinding: over een unix-socket op deze machine (niet over het netwerk).&quot;</extracomment>
        <translation>Connection: over a unix socket on this machine (not over the network).</translation>
    </message>
    <message>
        <source>Connection: NOT encrypted. Set up TLS on the server (ssl = on) and connect with sslmode=verify-full.</source>
        <extracomment>Dutch: &quot;Verbinding: NIET versleuteld. Stel TLS in op de server (ssl = on) en verbind met sslmode=verify-full.&quot;</extracomment>
        <translation>Connection: NOT encrypted. Set up TLS on the server (ssl = on) and connect with sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Privacydesk: %2).</source>
        <extracomment>Dutch: &quot;Schemaversie: %1 (deze versie van Privacydesk: %2).&quot;</extracomment>
        <translation>Schema version: %1 (this version of Privacydesk: %2).</translation>
    </message>
    <message>
        <source>Group role %1: missing.</source>
        <extracomment>Dutch: &quot;Groepsrol %1: ontbreekt.&quot;</extracomment>
        <translation>Group role %1: missing.</translation>
    </message>
    <message numerus="yes">
        <source>Group role %1: %n login(s).</source>
        <extracomment>Dutch: &quot;Groepsrol %1: %n aanmelding(en).&quot;</extracomment>
        <translation>
            <numerusform>Group role %1: %n login.</numerusform>
            <numerusform>Group role %1: %n logins.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row-level security: on for cases, case_types, intake_drafts and persons.</source>
        <extracomment>Dutch: &quot;Beveiliging op rijniveau: aan voor cases, case_types, intake_drafts en persons.&quot;</extracomment>
        <translation>Row-level security: on for cases, case_types, intake_drafts and persons.</translation>
    </message>
    <message>
        <source>Row-level security: OFF for %1.</source>
        <translation>Row-level security: OFF for %1.</translation>
    </message>
    <message>
        <source>Audit trail: the server computes the chain and allows appending only.</source>
        <extracomment>Dutch: &quot;Audittrail: de server berekent de keten en staat alleen toevoegen toe.&quot;</extracomment>
        <translation>Audit trail: the server computes the chain and allows appending only.</translation>
    </message>
    <message>
        <source>Audit trail: the server&apos;s triggers are missing or disabled.</source>
        <translation>Audit trail: the server&apos;s triggers are missing or disabled.</translation>
    </message>
    <message>
        <source>Logins: EVERY role of the server may connect (REVOKE CONNECT ... FROM PUBLIC is missing).</source>
        <extracomment>Dutch: &quot;Aanmelden: IEDERE rol van de server mag verbinden (REVOKE CONNECT ... FROM PUBLIC ontbreekt).&quot;</extracomment>
        <translation>Logins: EVERY role of the server may connect (REVOKE CONNECT ... FROM PUBLIC is missing).</translation>
    </message>
    <message>
        <source>Logins: only the store&apos;s group roles may connect.</source>
        <translation>Logins: only the store&apos;s group roles may connect.</translation>
    </message>
    <message>
        <source>Who can become the store&apos;s owner: could not be read: %1</source>
        <extracomment>Dutch: &quot;Wie de eigenaar van de kluis kan worden: kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Who can become the store&apos;s owner: could not be read: %1</translation>
    </message>
    <message>
        <source>member of the owner role</source>
        <extracomment>Dutch: &quot;lid van de eigenaarsrol&quot;</extracomment>
        <translation>member of the owner role</translation>
    </message>
    <message>
        <source>Login %1 can become the owner of the tables and the audit trail (%2): take that right away, or remove the login.</source>
        <extracomment>Dutch: &quot;Aanmelding %1 kan de eigenaar van de tabellen en de audittrail worden (%2): ontneem haar dat recht, of verwijder haar.&quot;</extracomment>
        <translation>Login %1 can become the owner of the tables and the audit trail (%2): take that right away, or remove the login.</translation>
    </message>
    <message>
        <source>Trusted: %1, the database&apos;s owner, may create roles and can so give itself the store&apos;s owner role (needed for server upgrade, backup and restore).</source>
        <extracomment>Dutch: &quot;Vertrouwd: %1, eigenaar van de database, mag rollen aanmaken en kan zich daarmee de eigenaarsrol van de kluis geven (nodig voor het bijwerken van het schema, een back-up en het terugzetten ervan).&quot;</extracomment>
        <translation>Trusted: %1, the database&apos;s owner, may create roles and can so give itself the store&apos;s owner role (needed for server upgrade, backup and restore).</translation>
    </message>
    <message>
        <source>Trusted: the server&apos;s superusers (%1) can change anything, the audit trail included.</source>
        <extracomment>Dutch: &quot;Vertrouwd: de superusers van de server (%1) kunnen alles veranderen, ook de audittrail.&quot;</extracomment>
        <translation>Trusted: the server&apos;s superusers (%1) can change anything, the audit trail included.</translation>
    </message>
    <message>
        <source>Objects of the store not owned by its owner role, or who may create in it: %1. Only %2 may own them.</source>
        <extracomment>Dutch: &quot;Objecten van de kluis die niet van de eigenaarsrol zijn, of wie erin mag aanmaken: %1. Alleen %2 mag eigenaar zijn.&quot;</extracomment>
        <translation>Objects of the store not owned by its owner role, or who may create in it: %1. Only %2 may own them.</translation>
    </message>
    <message>
        <source>Audit trail: the server&apos;s triggers are disabled: %1.</source>
        <translation>Audit trail: the server&apos;s triggers are disabled: %1.</translation>
    </message>
    <message>
        <source>Audit trail: %1 may write into it directly.</source>
        <extracomment>Dutch: &quot;Audittrail: %1 mag er rechtstreeks in schrijven.&quot;</extracomment>
        <translation>Audit trail: %1 may write into it directly.</translation>
    </message>
    <message>
        <source>Functions: could not be read: %1</source>
        <extracomment>Dutch: &quot;Functies: konden niet worden gelezen: %1&quot;</extracomment>
        <translation>Functions: could not be read: %1</translation>
    </message>
    <message>
        <source>Functions: all %1 of the store&apos;s functions are as Privacydesk wrote them.</source>
        <extracomment>Dutch: &quot;Functies: alle %1 functies van de kluis zijn zoals Privacydesk ze schreef.&quot;</extracomment>
        <translation>Functions: all %1 of the store&apos;s functions are as Privacydesk wrote them.</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <extracomment>Dutch: &quot;gewijzigd: %1&quot;</extracomment>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>not Privacydesk&apos;s: %1</source>
        <extracomment>Dutch: &quot;niet van Privacydesk: %1&quot;</extracomment>
        <translation>not Privacydesk&apos;s: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <extracomment>Dutch: &quot;ontbreekt: %1&quot;</extracomment>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>Functions: NOT as Privacydesk wrote them (%1).</source>
        <extracomment>Dutch: &quot;Functies: NIET zoals Privacydesk ze schreef (%1).&quot;</extracomment>
        <translation>Functions: NOT as Privacydesk wrote them (%1).</translation>
    </message>
</context>
<context>
    <name>pd::SettingValues</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <source>Give the address as &apos;street and number, postcode city&apos;, for example &apos;Stationsplein 1, 3511 AB Utrecht&apos;.</source>
        <translation>Give the address as &apos;street and number, postcode city&apos;, for example &apos;Stationsplein 1, 3511 AB Utrecht&apos;.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>Unknown setting &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give the term as days, weeks or months: &apos;30d&apos;, &apos;4w&apos; or &apos;1m&apos;.</source>
        <translation>Give the term as days, weeks or months: &apos;30d&apos;, &apos;4w&apos; or &apos;1m&apos;.</translation>
    </message>
    <message>
        <source>Give the extension as &apos;0&apos; (none), days, weeks or months: &apos;30d&apos;, &apos;4w&apos; or &apos;2m&apos;.</source>
        <translation>Give the extension as &apos;0&apos; (none), days, weeks or months: &apos;30d&apos;, &apos;4w&apos; or &apos;2m&apos;.</translation>
    </message>
    <message>
        <source>Give &apos;ja&apos; or &apos;nee&apos;.</source>
        <translation>Give &apos;ja&apos; or &apos;nee&apos;.</translation>
    </message>
    <message>
        <source>Give &apos;pause&apos; or &apos;restart&apos;.</source>
        <translation>Give &apos;pause&apos; or &apos;restart&apos;.</translation>
    </message>
    <message>
        <source>Give a number of days from 0 to 31.</source>
        <translation>Give a number of days from 0 to 31.</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Give a whole number.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;. Known settings: %2.</source>
        <translation>Unknown setting &apos;%1&apos;. Known settings: %2.</translation>
    </message>
</context>
<context>
    <name>pd::Store</name>
    <message>
        <source>Privacydesk could not check whether every key slot belongs to a user: %1</source>
        <translation>Privacydesk could not check whether every key slot belongs to a user: %1</translation>
    </message>
    <message>
        <source>A user removal was interrupted and could not be completed: a removed user&apos;s password may still open this store. Open the store again or run verify; if this message stays, contact your administrator. (%1)</source>
        <translation>A user removal was interrupted and could not be completed: a removed user&apos;s password may still open this store. Open the store again or run verify; if this message stays, contact your administrator. (%1)</translation>
    </message>
    <message numerus="yes">
        <source>A user removal (or addition) was interrupted earlier. Privacydesk has now completed it: %n key slot(s) that no active user owns were removed and the database was re-encrypted. Check the list of users.</source>
        <translation>
            <numerusform>A user removal (or addition) was interrupted earlier. Privacydesk has now completed it: %n key slot that no active user owns were removed and the database was re-encrypted. Check the list of users.</numerusform>
            <numerusform>A user removal (or addition) was interrupted earlier. Privacydesk has now completed it: %n key slots that no active user owns were removed and the database was re-encrypted. Check the list of users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: verified from its last verified position (event %1, %2) on; %n new event(s) checked. Use --full to verify every event.</source>
        <extracomment>Dutch: &quot;Audittrail: gecontroleerd vanaf het laatst gecontroleerde punt (gebeurtenis %1, %2); %n nieuwe gebeurtenis(sen) gecontroleerd. Gebruik --full om elke gebeurtenis te controleren.&quot;</extracomment>
        <translation>
            <numerusform>Audit trail: verified from its last verified position (event %1, %2) on; %n new event checked. Use --full to verify every event.</numerusform>
            <numerusform>Audit trail: verified from its last verified position (event %1, %2) on; %n new events checked. Use --full to verify every event.</numerusform>
        </translation>
    </message>
    <message>
        <source>The result of the integrity check was not recorded: %1</source>
        <extracomment>Dutch: &quot;De uitkomst van de integriteitscontrole is niet vastgelegd: %1&quot;</extracomment>
        <translation>The result of the integrity check was not recorded: %1</translation>
    </message>
    <message>
        <source>The server store has schema version %1; this version of Privacydesk needs %2. Ask the administrator to run `privacydesk-cli server upgrade`.</source>
        <translation>The server store has schema version %1; this version of Privacydesk needs %2. Ask the administrator to run `privacydesk-cli server upgrade`.</translation>
    </message>
    <message>
        <source>Head of the audit trail: event %1, hash %2.</source>
        <extracomment>Dutch: &quot;Kop van de audittrail: gebeurtenis %1, hash %2.&quot;</extracomment>
        <translation>Head of the audit trail: event %1, hash %2.</translation>
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
    <message>
        <source>Your role does not allow this. Ask a user with the role beheerder; nothing was changed.</source>
        <translation>Your role does not allow this. Ask a user with the role beheerder; nothing was changed.</translation>
    </message>
    <message>
        <source>The demo store with fictitious data and a real store each have their own folder. Choose another folder; nothing was created.</source>
        <translation>The demo store with fictitious data and a real store each have their own folder. Choose another folder; nothing was created.</translation>
    </message>
    <message>
        <source>The name of the organisation or of the user contains a number that passes the 11-test for a citizen service number (BSN). A housing corporation may not record a BSN (art. 46 UAVG): remove the number; nothing was created.</source>
        <translation>The name of the organisation or of the user contains a number that passes the 11-test for a citizen service number (BSN). A housing corporation may not record a BSN (art. 46 UAVG): remove the number; nothing was created.</translation>
    </message>
    <message>
        <source>There is already a file or folder with this name, and Privacydesk never writes over it. Choose a new folder name; nothing was written.</source>
        <translation>There is already a file or folder with this name, and Privacydesk never writes over it. Choose a new folder name; nothing was written.</translation>
    </message>
    <message>
        <source>A backup may not be written into the store&apos;s own folder, beside its database and keyring: it would be lost with the store. Choose another folder; nothing was written.</source>
        <translation>A backup may not be written into the store&apos;s own folder, beside its database and keyring: it would be lost with the store. Choose another folder; nothing was written.</translation>
    </message>
    <message>
        <source>This backup belongs to another store than the one it would replace. Confirm that you want to replace this store by it; nothing was changed.</source>
        <translation>This backup belongs to another store than the one it would replace. Confirm that you want to replace this store by it; nothing was changed.</translation>
    </message>
    <message>
        <source>The keyring of this store (keyring.pdk) is not an ordinary file but a link, a pipe or a device. Privacydesk did not read it and did not open the store. Put the real keyring back, or restore a backup.</source>
        <translation>The keyring of this store (keyring.pdk) is not an ordinary file but a link, a pipe or a device. Privacydesk did not read it and did not open the store. Put the real keyring back, or restore a backup.</translation>
    </message>
    <message>
        <source>The database is older than the keyring: events that the audit trail had recorded are missing or were rewritten (an older copy of the database, a deleted -wal file or a shortened audit trail). The store was not opened. Restore the most recent backup and report this to your security officer.</source>
        <translation>The database is older than the keyring: events that the audit trail had recorded are missing or were rewritten (an older copy of the database, a deleted -wal file or a shortened audit trail). The store was not opened. Restore the most recent backup and report this to your security officer.</translation>
    </message>
    <message>
        <source>The store&apos;s server: %1</source>
        <extracomment>Dutch: &quot;De server van de kluis: %1&quot;</extracomment>
        <translation>The store&apos;s server: %1</translation>
    </message>
    <message>
        <source>This is only possible for a store in a folder, not for a store on a server: there the server keeps the logins and its administrator the backups.</source>
        <extracomment>Dutch: &quot;Dit kan alleen bij een kluis in een map, niet bij een kluis op een server: daar regelt de server de aanmeldingen en de beheerder van de server de back-ups.&quot;</extracomment>
        <translation>This is only possible for a store in a folder, not for a store on a server: there the server keeps the logins and its administrator the backups.</translation>
    </message>
    <message>
        <source>The file %1 of this store is not an ordinary file but a link, a pipe or a device. Privacydesk did not open it, nor the store. Put the real file back, or restore a backup.</source>
        <extracomment>%1 is the file&apos;s name (privacydesk.db, privacydesk.db-wal, ...). Dutch: &quot;Het bestand %1 van deze kluis is geen gewoon bestand maar een koppeling, een pipe of een apparaat. Privacydesk heeft het niet geopend, en de kluis ook niet. Zet het echte bestand terug, of zet een back-up terug.&quot;</extracomment>
        <translation>The file %1 of this store is not an ordinary file but a link, a pipe or a device. Privacydesk did not open it, nor the store. Put the real file back, or restore a backup.</translation>
    </message>
</context>
<context>
    <name>pd::SystemChecklist</name>
    <message>
        <source>Nothing found</source>
        <extracomment>Dutch: &quot;Niets gevonden&quot;</extracomment>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>Data found (in the report)</source>
        <extracomment>Dutch: &quot;Gegevens gevonden (in het overzicht)&quot;</extracomment>
        <translation>Data found (in the report)</translation>
    </message>
    <message>
        <source>Data provided separately</source>
        <extracomment>Dutch: &quot;Gegevens apart verstrekt&quot;</extracomment>
        <translation>Data provided separately</translation>
    </message>
    <message>
        <source>Data erased</source>
        <extracomment>Dutch: &quot;Gegevens gewist&quot;</extracomment>
        <translation>Data erased</translation>
    </message>
    <message>
        <source>Data corrected</source>
        <extracomment>Dutch: &quot;Gegevens gecorrigeerd&quot;</extracomment>
        <translation>Data corrected</translation>
    </message>
    <message>
        <source>Could not be searched (see note)</source>
        <extracomment>Dutch: &quot;Niet te doorzoeken (zie notitie)&quot;</extracomment>
        <translation>Could not be searched (see note)</translation>
    </message>
    <message>
        <source>Only an inzage, erasure or rectification has a list of systems to search.</source>
        <extracomment>Dutch: &quot;Alleen een inzage, verwijdering of rectificatie heeft een lijst van systemen.&quot;</extracomment>
        <translation>Only an inzage, erasure or rectification has a list of systems to search.</translation>
    </message>
    <message>
        <source>Request %1 is completed: reopen it first.</source>
        <extracomment>Dutch: &quot;Verzoek %1 is afgerond: heropen het eerst.&quot;</extracomment>
        <translation>Request %1 is completed: reopen it first.</translation>
    </message>
    <message>
        <source>System &apos;%1&apos; is not on this request&apos;s list (%2).</source>
        <extracomment>Dutch: &quot;Systeem ‘%1’ staat niet op de lijst van dit verzoek (%2).&quot;</extracomment>
        <translation>System &apos;%1&apos; is not on this request&apos;s list (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit this request: erased goes with an erasure, corrected with a rectification.</source>
        <extracomment>Dutch: &quot;‘%1’ past niet bij dit verzoek: gewist hoort bij een verwijdering, gecorrigeerd bij een rectificatie.&quot;</extracomment>
        <translation>&apos;%1&apos; does not fit this request: erased goes with an erasure, corrected with a rectification.</translation>
    </message>
    <message>
        <source>Say in a note why the system could not be searched.</source>
        <extracomment>Dutch: &quot;Zeg in een notitie waarom het systeem niet te doorzoeken is.&quot;</extracomment>
        <translation>Say in a note why the system could not be searched.</translation>
    </message>
    <message>
        <source>Request %1 has no file %2 (case attachments lists them).</source>
        <extracomment>Dutch: &quot;Verzoek %1 heeft geen bestand %2 (case attachments toont ze).&quot;</extracomment>
        <translation>Request %1 has no file %2 (case attachments lists them).</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Dutch: &quot;Notitie&quot;</extracomment>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) not searched yet: %1.</source>
        <extracomment>Dutch: &quot;%n systeem/systemen nog niet doorzocht: %1.&quot;</extracomment>
        <translation>
            <numerusform>%n system not searched yet: %1.</numerusform>
            <numerusform>%n systems not searched yet: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::UserService</name>
    <message>
        <source>This user already has a key slot.</source>
        <translation>This user already has a key slot.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Privacy officer</translation>
    </message>
    <message>
        <source>Customer contact agent</source>
        <translation>Customer contact agent</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>Your role (%1) does not allow this.</translation>
    </message>
    <message>
        <source>You are not an active user of this store; nothing is allowed.</source>
        <translation>You are not an active user of this store; nothing is allowed.</translation>
    </message>
    <message>
        <source>A user name is required, without spaces.</source>
        <translation>A user name is required, without spaces.</translation>
    </message>
    <message>
        <source>The user %1 exists already.</source>
        <translation>The user %1 exists already.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation>You cannot remove yourself; ask another administrator.</translation>
    </message>
    <message>
        <source>%1 is the last administrator; add another one first.</source>
        <translation>%1 is the last administrator; add another one first.</translation>
    </message>
    <message>
        <source>%1 can no longer work in the store, but the database could not be re-encrypted. Remove the user again to finish.</source>
        <translation>%1 can no longer work in the store, but the database could not be re-encrypted. Remove the user again to finish.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has rights on the server beyond this store (owner of the database, creating roles, superuser or BYPASSRLS): IT changes or removes that login on the server itself.</source>
        <extracomment>Dutch: &quot;%1 heeft op de server meer rechten dan deze kluis (eigenaar van de database, rollen aanmaken, superuser of BYPASSRLS): die aanmelding wijzigt of verwijdert IT op de server zelf.&quot;</extracomment>
        <translation>%1 has rights on the server beyond this store (owner of the database, creating roles, superuser or BYPASSRLS): IT changes or removes that login on the server itself.</translation>
    </message>
    <message>
        <source>Enter a name: letters are signed with it.</source>
        <extracomment>Dutch: &quot;Vul een naam in: brieven worden ermee ondertekend.&quot;</extracomment>
        <translation>Enter a name: letters are signed with it.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>pd::YearReportService</name>
    <message>
        <source>Choose a year from %1 up to %2.</source>
        <extracomment>Dutch: &quot;Kies een jaar van %1 tot en met %2.&quot;</extracomment>
        <translation>Choose a year from %1 up to %2.</translation>
    </message>
    <message>
        <source>Privacy annual report %1</source>
        <extracomment>Dutch: &quot;Jaarverslag privacy %1&quot;</extracomment>
        <translation>Privacy annual report %1</translation>
    </message>
    <message>
        <source>Period: %1 up to and including %2.</source>
        <extracomment>Dutch: &quot;Periode: %1 tot en met %2.&quot;</extracomment>
        <translation>Period: %1 up to and including %2.</translation>
    </message>
    <message>
        <source>Period: %1 up to and including %2. The year is not over: the figures are those of %3.</source>
        <extracomment>Dutch: &quot;Periode: %1 tot en met %2. Het jaar loopt nog: de cijfers zijn die van %3.&quot;</extracomment>
        <translation>Period: %1 up to and including %2. The year is not over: the figures are those of %3.</translation>
    </message>
    <message>
        <source>Section</source>
        <extracomment>Dutch: &quot;Onderdeel&quot;</extracomment>
        <translation>Section</translation>
    </message>
    <message>
        <source>Figure</source>
        <extracomment>Dutch: &quot;Cijfer&quot;</extracomment>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Dutch: &quot;Waarde&quot;</extracomment>
        <translation>Value</translation>
    </message>
    <message>
        <source>Definition</source>
        <extracomment>Dutch: &quot;Definitie&quot;</extracomment>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Made on %1. The same figures as the dashboards with reference date 31 December %2.</source>
        <extracomment>Dutch: &quot;Gemaakt op %1. Dezelfde cijfers als de dashboards met peildatum 31 december %2.&quot;</extracomment>
        <translation>Made on %1. The same figures as the dashboards with reference date 31 December %2.</translation>
    </message>
</context>
<context>
    <name>pd::YearSections</name>
    <message>
        <source>Without an outcome</source>
        <translation>Without an outcome</translation>
    </message>
    <message>
        <source>Requests of data subjects</source>
        <extracomment>Dutch: &quot;Verzoeken van betrokkenen&quot;</extracomment>
        <translation>Requests of data subjects</translation>
    </message>
    <message>
        <source>Received, by kind</source>
        <extracomment>Dutch: &quot;Ontvangen, per soort&quot;</extracomment>
        <translation>Received, by kind</translation>
    </message>
    <message>
        <source>Requests received from %1 up to and including %2 (date of receipt). A request of several kinds counts under each kind; the total counts each request once.</source>
        <extracomment>Dutch: &quot;Verzoeken ontvangen van %1 tot en met %2 (datum van ontvangst). Een verzoek van meer soorten telt bij elke soort; het totaal telt elk verzoek één keer.&quot;</extracomment>
        <translation>Requests received from %1 up to and including %2 (date of receipt). A request of several kinds counts under each kind; the total counts each request once.</translation>
    </message>
    <message>
        <source>Total received</source>
        <extracomment>Dutch: &quot;Totaal ontvangen&quot;</extracomment>
        <translation>Total received</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Dutch: &quot;Totaal&quot;</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Received, by channel</source>
        <extracomment>Dutch: &quot;Ontvangen, per kanaal&quot;</extracomment>
        <translation>Received, by channel</translation>
    </message>
    <message>
        <source>The same requests by the channel they came in through.</source>
        <extracomment>Dutch: &quot;Dezelfde verzoeken naar het kanaal waarlangs ze binnenkwamen.&quot;</extracomment>
        <translation>The same requests by the channel they came in through.</translation>
    </message>
    <message>
        <source>Total completed</source>
        <extracomment>Dutch: &quot;Totaal afgerond&quot;</extracomment>
        <translation>Total completed</translation>
    </message>
    <message>
        <source>Completed, by outcome</source>
        <extracomment>Dutch: &quot;Afgerond, per uitkomst&quot;</extracomment>
        <translation>Completed, by outcome</translation>
    </message>
    <message>
        <source>Requests answered or closed from %1 up to and including %2 (also when received earlier), by the outcome recorded on completion.</source>
        <extracomment>Dutch: &quot;Verzoeken beantwoord of afgesloten van %1 tot en met %2 (ook als ze eerder ontvangen zijn), naar de uitkomst die bij het afronden is vastgelegd.&quot;</extracomment>
        <translation>Requests answered or closed from %1 up to and including %2 (also when received earlier), by the outcome recorded on completion.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>Dutch: &quot;Termijnen&quot;</extracomment>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>On time, by deadline</source>
        <extracomment>Dutch: &quot;Op tijd, per termijn&quot;</extracomment>
        <translation>On time, by deadline</translation>
    </message>
    <message>
        <source>Requests answered or closed from %1 up to and including %2. The legal deadline is one month after receipt, three months when extended (art. 12(3) GDPR), moved to the next working day from a weekend or public holiday. The own deadline is the organisation&apos;s policy (Settings). A late request counts under one deadline: the legal one when it had passed, otherwise the own one.</source>
        <extracomment>Dutch: &quot;Verzoeken beantwoord of afgesloten van %1 tot en met %2. De wettelijke termijn is een maand na ontvangst, na verlenging drie maanden (art. 12 lid 3 AVG), op een weekend- of feestdag de eerstvolgende werkdag. De eigen termijn is die van het beleid van de organisatie (Instellingen). Een verzoek dat te laat is, telt bij één termijn: de wettelijke als die voorbij was, anders de eigen.&quot;</extracomment>
        <translation>Requests answered or closed from %1 up to and including %2. The legal deadline is one month after receipt, three months when extended (art. 12(3) GDPR), moved to the next working day from a weekend or public holiday. The own deadline is the organisation&apos;s policy (Settings). A late request counts under one deadline: the legal one when it had passed, otherwise the own one.</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Dutch: &quot;Afgerond&quot;</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Within the legal deadline</source>
        <extracomment>Dutch: &quot;Binnen de wettelijke termijn&quot;</extracomment>
        <translation>Within the legal deadline</translation>
    </message>
    <message>
        <source>Within the legal deadline (%)</source>
        <extracomment>Dutch: &quot;Binnen de wettelijke termijn (%)&quot;</extracomment>
        <translation>Within the legal deadline (%)</translation>
    </message>
    <message>
        <source>Within the own and the legal deadline</source>
        <extracomment>Dutch: &quot;Binnen de eigen én de wettelijke termijn&quot;</extracomment>
        <translation>Within the own and the legal deadline</translation>
    </message>
    <message>
        <source>Within the own and the legal deadline (%)</source>
        <extracomment>Dutch: &quot;Binnen de eigen én de wettelijke termijn (%)&quot;</extracomment>
        <translation>Within the own and the legal deadline (%)</translation>
    </message>
    <message>
        <source>Late: legal deadline passed</source>
        <extracomment>Dutch: &quot;Te laat: wettelijke termijn voorbij&quot;</extracomment>
        <translation>Late: legal deadline passed</translation>
    </message>
    <message>
        <source>Late: only the own deadline passed</source>
        <extracomment>Dutch: &quot;Te laat: alleen de eigen termijn voorbij&quot;</extracomment>
        <translation>Late: only the own deadline passed</translation>
    </message>
    <message>
        <source>Handling time</source>
        <extracomment>Dutch: &quot;Behandelduur&quot;</extracomment>
        <translation>Handling time</translation>
    </message>
    <message>
        <source>Calendar days from receipt to answer of the same requests: the middle value (with an even number, the mean of the two middle ones).</source>
        <extracomment>Dutch: &quot;Kalenderdagen van ontvangst tot antwoord van dezelfde verzoeken: de middelste waarde (bij een even aantal het gemiddelde van de twee middelste).&quot;</extracomment>
        <translation>Calendar days from receipt to answer of the same requests: the middle value (with an even number, the mean of the two middle ones).</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <extracomment>Dutch: &quot;Mediaan (dagen)&quot;</extracomment>
        <translation>Median (days)</translation>
    </message>
    <message>
        <source>Extensions</source>
        <extracomment>Dutch: &quot;Verlengingen&quot;</extracomment>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Requests received from %1 up to and including %2 that were extended, with the data subject informed of it (art. 12(3) GDPR). Informed late: after the legal deadline of one month; the deadline then stays one month.</source>
        <extracomment>Dutch: &quot;Verzoeken ontvangen van %1 tot en met %2 die zijn verlengd en waarover de betrokkene is geïnformeerd (art. 12 lid 3 AVG). Te laat geïnformeerd: na de wettelijke termijn van een maand; de termijn blijft dan een maand.&quot;</extracomment>
        <translation>Requests received from %1 up to and including %2 that were extended, with the data subject informed of it (art. 12(3) GDPR). Informed late: after the legal deadline of one month; the deadline then stays one month.</translation>
    </message>
    <message>
        <source>Extended</source>
        <extracomment>Dutch: &quot;Verlengd&quot;</extracomment>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Of which informed late</source>
        <extracomment>Dutch: &quot;Waarvan te laat geïnformeerd&quot;</extracomment>
        <translation>Of which informed late</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <extracomment>Dutch: &quot;Datalekken&quot;</extracomment>
        <translation>Data breaches</translation>
    </message>
    <message>
        <source>Register and notifications</source>
        <extracomment>Dutch: &quot;Register en meldingen&quot;</extracomment>
        <translation>Register and notifications</translation>
    </message>
    <message>
        <source>Discovered: data breaches discovered from %1 up to and including %2 (Dutch time). Notified: notifications to the AP in that period, also of a breach from an earlier year; late: more than 72 hours after discovery (art. 33(1) GDPR). Data subjects informed: breaches whose data subjects were informed in that period (art. 34 GDPR).</source>
        <extracomment>Dutch: &quot;Ontdekt: datalekken ontdekt van %1 tot en met %2 (Nederlandse tijd). Gemeld: meldingen aan de AP in die periode, ook van een datalek uit een eerder jaar; te laat: later dan 72 uur na de ontdekking (art. 33 lid 1 AVG). Betrokkenen geïnformeerd: datalekken waarvan de betrokkenen in die periode zijn geïnformeerd (art. 34 AVG).&quot;</extracomment>
        <translation>Discovered: data breaches discovered from %1 up to and including %2 (Dutch time). Notified: notifications to the AP in that period, also of a breach from an earlier year; late: more than 72 hours after discovery (art. 33(1) GDPR). Data subjects informed: breaches whose data subjects were informed in that period (art. 34 GDPR).</translation>
    </message>
    <message>
        <source>Discovered</source>
        <extracomment>Dutch: &quot;Ontdekt&quot;</extracomment>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Notified to the AP</source>
        <extracomment>Dutch: &quot;Gemeld aan de AP&quot;</extracomment>
        <translation>Notified to the AP</translation>
    </message>
    <message>
        <source>Of which late (after 72 hours)</source>
        <extracomment>Dutch: &quot;Waarvan te laat (na 72 uur)&quot;</extracomment>
        <translation>Of which late (after 72 hours)</translation>
    </message>
    <message>
        <source>Data subjects informed</source>
        <extracomment>Dutch: &quot;Betrokkenen geïnformeerd&quot;</extracomment>
        <translation>Data subjects informed</translation>
    </message>
    <message>
        <source>Discovered, by nature</source>
        <extracomment>Dutch: &quot;Ontdekt, per soort inbreuk&quot;</extracomment>
        <translation>Discovered, by nature</translation>
    </message>
    <message>
        <source>The same discovered breaches by nature (confidentiality, integrity, availability); a breach of several natures counts under each.</source>
        <extracomment>Dutch: &quot;Dezelfde ontdekte datalekken naar de soort inbreuk (vertrouwelijkheid, integriteit, beschikbaarheid); een datalek van meer soorten telt bij elke soort.&quot;</extracomment>
        <translation>The same discovered breaches by nature (confidentiality, integrity, availability); a breach of several natures counts under each.</translation>
    </message>
    <message>
        <source>Disclosures to third parties</source>
        <extracomment>Dutch: &quot;Verstrekkingen aan derden&quot;</extracomment>
        <translation>Disclosures to third parties</translation>
    </message>
    <message>
        <source>By kind of recipient</source>
        <extracomment>Dutch: &quot;Per soort ontvanger&quot;</extracomment>
        <translation>By kind of recipient</translation>
    </message>
    <message>
        <source>Disclosures in the register dated from %1 up to and including %2, by the recipient&apos;s category. A disclosure about several persons counts once.</source>
        <extracomment>Dutch: &quot;Verstrekkingen in het register met een datum van %1 tot en met %2, naar de categorie van de ontvanger. Een verstrekking over meer personen telt één keer.&quot;</extracomment>
        <translation>Disclosures in the register dated from %1 up to and including %2, by the recipient&apos;s category. A disclosure about several persons counts once.</translation>
    </message>
    <message>
        <source>By legal basis</source>
        <extracomment>Dutch: &quot;Per grondslag&quot;</extracomment>
        <translation>By legal basis</translation>
    </message>
    <message>
        <source>The same disclosures by their legal basis (art. 6(1) GDPR).</source>
        <extracomment>Dutch: &quot;Dezelfde verstrekkingen naar hun grondslag (art. 6 lid 1 AVG).&quot;</extracomment>
        <translation>The same disclosures by their legal basis (art. 6(1) GDPR).</translation>
    </message>
    <message>
        <source>Destructions</source>
        <extracomment>Dutch: &quot;Vernietigingen&quot;</extracomment>
        <translation>Destructions</translation>
    </message>
    <message>
        <source>Destroyed, by kind</source>
        <extracomment>Dutch: &quot;Vernietigd, per soort&quot;</extracomment>
        <translation>Destroyed, by kind</translation>
    </message>
    <message>
        <source>Destructions after the retention period, recorded with a date from %1 up to and including %2: a person&apos;s request files, other data (from the retention register) and data breaches.</source>
        <extracomment>Dutch: &quot;Vernietigingen na afloop van de bewaartermijn, vastgelegd met een datum van %1 tot en met %2: verzoekdossiers van een persoon, overige gegevens (uit het register van bewaartermijnen) en datalekken.&quot;</extracomment>
        <translation>Destructions after the retention period, recorded with a date from %1 up to and including %2: a person&apos;s request files, other data (from the retention register) and data breaches.</translation>
    </message>
    <message>
        <source>DPIAs</source>
        <extracomment>Dutch: &quot;DPIA&apos;s&quot;</extracomment>
        <translation>DPIAs</translation>
    </message>
    <message>
        <source>Data protection impact assessments (articles 35 and 36 GDPR)</source>
        <extracomment>Dutch: &quot;Gegevensbeschermingseffectbeoordelingen (artikel 35 en 36 AVG)&quot;</extracomment>
        <translation>Data protection impact assessments (articles 35 and 36 GDPR)</translation>
    </message>
    <message>
        <source>From the DPIA register as it is now, one assessment per processing activity. Done: the DPIA&apos;s date lies from %1 up to and including %2. Needed, not done: assessed as needed and without a DPIA date on %3. To review: the review date has come on %3. AP consulted: the date of the prior consultation lies in the year. Consultation missing: done, a high residual risk and no consultation of the AP on %3 (article 36(1) GDPR).</source>
        <extracomment>Dutch: &quot;Uit het DPIA-register zoals het nu is, één beoordeling per verwerking. Uitgevoerd: de datum van de DPIA valt van %1 tot en met %2. Nodig, niet uitgevoerd: als nodig beoordeeld en op %3 zonder DPIA-datum. Te herbeoordelen: de datum van herbeoordeling is op %3 bereikt. AP geraadpleegd: de datum van de voorafgaande raadpleging valt in het jaar. Raadpleging ontbreekt: uitgevoerd, hoog restrisico en op %3 geen raadpleging van de AP (artikel 36 lid 1 AVG).&quot;</extracomment>
        <translation>From the DPIA register as it is now, one assessment per processing activity. Done: the DPIA&apos;s date lies from %1 up to and including %2. Needed, not done: assessed as needed and without a DPIA date on %3. To review: the review date has come on %3. AP consulted: the date of the prior consultation lies in the year. Consultation missing: done, a high residual risk and no consultation of the AP on %3 (article 36(1) GDPR).</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Dutch: &quot;Uitgevoerd&quot;</extracomment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Needed, not done</source>
        <extracomment>Dutch: &quot;Nodig, niet uitgevoerd&quot;</extracomment>
        <translation>Needed, not done</translation>
    </message>
    <message>
        <source>To review</source>
        <extracomment>Dutch: &quot;Te herbeoordelen&quot;</extracomment>
        <translation>To review</translation>
    </message>
    <message>
        <source>AP consulted</source>
        <extracomment>Dutch: &quot;AP geraadpleegd&quot;</extracomment>
        <translation>AP consulted</translation>
    </message>
    <message>
        <source>AP consultation missing</source>
        <extracomment>Dutch: &quot;Raadpleging AP ontbreekt&quot;</extracomment>
        <translation>AP consultation missing</translation>
    </message>
    <message>
        <source>Covenants</source>
        <extracomment>Dutch: &quot;Convenanten&quot;</extracomment>
        <translation>Covenants</translation>
    </message>
    <message>
        <source>In force</source>
        <extracomment>Dutch: &quot;Van kracht&quot;</extracomment>
        <translation>In force</translation>
    </message>
    <message>
        <source>Begun</source>
        <extracomment>Dutch: &quot;Begonnen&quot;</extracomment>
        <translation>Begun</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>Dutch: &quot;Geëindigd&quot;</extracomment>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Cooperation covenants</source>
        <extracomment>Dutch: &quot;Samenwerkingsconvenanten&quot;</extracomment>
        <translation>Cooperation covenants</translation>
    </message>
    <message>
        <source>To evaluate</source>
        <extracomment>Dutch: &quot;Te evalueren&quot;</extracomment>
        <translation>To evaluate</translation>
    </message>
    <message>
        <source>From the covenant register as it is now. In force: begun and not ended on %3. Begun and ended: the start or end date lies from %1 up to and including %2. To evaluate: in force and the evaluation date has come on %3 (as ‘Today’ counts them).</source>
        <extracomment>Dutch: &quot;Uit het convenantenregister zoals het nu is. Van kracht: op %3 begonnen en niet geëindigd. Begonnen en geëindigd: de begin- of einddatum valt van %1 tot en met %2. Te evalueren: van kracht en de evaluatiedatum is op %3 bereikt (zoals ‘Vandaag’ ze telt).&quot;</extracomment>
        <translation>From the covenant register as it is now. In force: begun and not ended on %3. Begun and ended: the start or end date lies from %1 up to and including %2. To evaluate: in force and the evaluation date has come on %3 (as ‘Today’ counts them).</translation>
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
    <message>
        <source>Add a recipient or processor to the catalogue; prints its id.</source>
        <translation>Add a recipient or processor to the catalogue; prints its id.</translation>
    </message>
    <message>
        <source>Category: aannemer, deurwaarder, advocaat, bouwbedrijf, gemeente, politie-justitie, zorginstelling, belastingdienst, woningzoekendensysteem, bewindvoerder, schuldhulpverlening, collega-corporatie, incassobureau, verwerker, overig.</source>
        <translation>Category: aannemer, deurwaarder, advocaat, bouwbedrijf, gemeente, politie-justitie, zorginstelling, belastingdienst, woningzoekendensysteem, bewindvoerder, schuldhulpverlening, collega-corporatie, incassobureau, verwerker, overig.</translation>
    </message>
    <message>
        <source>ontvanger (default) or verwerker (default for category verwerker).</source>
        <translation>ontvanger (default) or verwerker (default for category verwerker).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>Contact details.</source>
        <translation>Contact details.</translation>
    </message>
    <message>
        <source>Processor: date the processing agreement was signed.</source>
        <translation>Processor: date the processing agreement was signed.</translation>
    </message>
    <message>
        <source>Processor: date the agreement is due for review.</source>
        <translation>Processor: date the agreement is due for review.</translation>
    </message>
    <message>
        <source>Processor: what it processes.</source>
        <translation>Processor: what it processes.</translation>
    </message>
    <message>
        <source>Processor: where it processes: EU, or a country code such as NL or US.</source>
        <translation>Processor: where it processes: EU, or a country code such as NL or US.</translation>
    </message>
    <message>
        <source>EU|country</source>
        <translation>EU|country</translation>
    </message>
    <message>
        <source>List the recipients catalogue. With --json: an array of {id, name, category, role, contact, archived, agreement (processors only): {signed, review, processes, in_eu, country, overdue}}.</source>
        <translation>List the recipients catalogue. With --json: an array of {id, name, category, role, contact, archived, agreement (processors only): {signed, review, processes, in_eu, country, overdue}}.</translation>
    </message>
    <message>
        <source>Include archived recipients.</source>
        <translation>Include archived recipients.</translation>
    </message>
    <message>
        <source>Register a disclosure of personal data; prints its id.</source>
        <translation>Register a disclosure of personal data; prints its id.</translation>
    </message>
    <message>
        <source>The recipient: its name or id in the catalogue.</source>
        <translation>The recipient: its name or id in the catalogue.</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>name|id</translation>
    </message>
    <message>
        <source>K[,K2]</source>
        <translation>K[,K2]</translation>
    </message>
    <message>
        <source>Date of the disclosure (default: today).</source>
        <translation>Date of the disclosure (default: today).</translation>
    </message>
    <message>
        <source>Which data, in words.</source>
        <translation>Which data, in words.</translation>
    </message>
    <message>
        <source>Purpose of the disclosure.</source>
        <translation>Purpose of the disclosure.</translation>
    </message>
    <message>
        <source>Legal basis, the letter of art. 6(1) GDPR: a, b, c, d, e or f.</source>
        <translation>Legal basis, the letter of art. 6(1) GDPR: a, b, c, d, e or f.</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>The statute or covenant (required for c and e).</source>
        <translation>The statute or covenant (required for c and e).</translation>
    </message>
    <message>
        <source>Who asked for the data.</source>
        <translation>Who asked for the data.</translation>
    </message>
    <message>
        <source>Linked request.</source>
        <translation>Linked request.</translation>
    </message>
    <message>
        <source>AVG-YYYY-NNNN</source>
        <translation>AVG-YYYY-NNNN</translation>
    </message>
    <message>
        <source>Date the data subject was informed.</source>
        <translation>Date the data subject was informed.</translation>
    </message>
    <message>
        <source>The law that forbids informing the data subject. Without this or --informed: still to inform.</source>
        <translation>The law that forbids informing the data subject. Without this or --informed: still to inform.</translation>
    </message>
    <message>
        <source>Only disclosures concerning this customer number.</source>
        <translation>Only disclosures concerning this customer number.</translation>
    </message>
    <message>
        <source>klantnummer</source>
        <translation>klantnummer</translation>
    </message>
    <message>
        <source>Import persons and relation end dates from a CSV export (one transaction).</source>
        <translation>Import persons and relation end dates from a CSV export (one transaction).</translation>
    </message>
    <message>
        <source>Column names to fields: COLUMN=FIELD,... (fields: klantnummer, naam, relatie, einddatum, adres, straat, huisnummer, postcode, plaats, telefoon, email, negeren).</source>
        <translation>Column names to fields: COLUMN=FIELD,... (fields: klantnummer, naam, relatie, einddatum, adres, straat, huisnummer, postcode, plaats, telefoon, email, negeren).</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>mapping</translation>
    </message>
    <message>
        <source>Import nothing when any line is rejected.</source>
        <translation>Import nothing when any line is rejected.</translation>
    </message>
    <message>
        <source>List the processing activities (art. 30).</source>
        <translation>List the processing activities (art. 30).</translation>
    </message>
    <message>
        <source>Add a processing activity; prints its number.</source>
        <translation>Add a processing activity; prints its number.</translation>
    </message>
    <message>
        <source>Code of the main purpose, e.g. A.</source>
        <translation>Code of the main purpose, e.g. A.</translation>
    </message>
    <message>
        <source>Name of the main purpose.</source>
        <translation>Name of the main purpose.</translation>
    </message>
    <message>
        <source>Number of the sub-purpose, e.g. A.3 (default: the next free number).</source>
        <translation>Number of the sub-purpose, e.g. A.3 (default: the next free number).</translation>
    </message>
    <message>
        <source>The sub-purpose.</source>
        <translation>The sub-purpose.</translation>
    </message>
    <message>
        <source>Name of the processing activity.</source>
        <translation>Name of the processing activity.</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Description.</translation>
    </message>
    <message>
        <source>Legal basis, art. 6(1) letters a-f (comma-separated).</source>
        <translation>Legal basis, art. 6(1) letters a-f (comma-separated).</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letters</translation>
    </message>
    <message>
        <source>The statute or covenant.</source>
        <translation>The statute or covenant.</translation>
    </message>
    <message>
        <source>Category of data subjects (repeatable).</source>
        <translation>Category of data subjects (repeatable).</translation>
    </message>
    <message>
        <source>Source of the data (repeatable).</source>
        <translation>Source of the data (repeatable).</translation>
    </message>
    <message>
        <source>Recipient category code (repeatable).</source>
        <translation>Recipient category code (repeatable).</translation>
    </message>
    <message>
        <source>Processor (repeatable).</source>
        <translation>Processor (repeatable).</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>Retention rule.</source>
        <translation>Retention rule.</translation>
    </message>
    <message>
        <source>Security measures.</source>
        <translation>Security measures.</translation>
    </message>
    <message>
        <source>Export the processing register as CSV and/or PDF.</source>
        <translation>Export the processing register as CSV and/or PDF.</translation>
    </message>
    <message>
        <source>Write a CSV for Excel (UTF-8, &apos;;&apos;) to FILE.</source>
        <translation>Write a CSV for Excel (UTF-8, &apos;;&apos;) to FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write a printable PDF to FILE.</source>
        <translation>Write a printable PDF to FILE.</translation>
    </message>
    <message>
        <source>Customer number of the data subject.</source>
        <translation>Customer number of the data subject.</translation>
    </message>
    <message>
        <source>List what has expired (or expires soon) and must be destroyed.</source>
        <translation>List what has expired (or expires soon) and must be destroyed.</translation>
    </message>
    <message>
        <source>Reference date (default: today).</source>
        <translation>Reference date (default: today).</translation>
    </message>
    <message>
        <source>Also what expires within this many days after it.</source>
        <translation>Also what expires within this many days after it.</translation>
    </message>
    <message>
        <source>A request of the data subject whose request files are destroyed.</source>
        <translation>A request of the data subject whose request files are destroyed.</translation>
    </message>
    <message>
        <source>How it was destroyed (logged).</source>
        <translation>How it was destroyed (logged).</translation>
    </message>
    <message>
        <source>Really destroy; this cannot be undone.</source>
        <translation>Really destroy; this cannot be undone.</translation>
    </message>
    <message>
        <source>Place a legal hold: nothing of the data subject is destroyed.</source>
        <translation>Place a legal hold: nothing of the data subject is destroyed.</translation>
    </message>
    <message>
        <source>Why, e.g. an open AP complaint.</source>
        <translation>Why, e.g. an open AP complaint.</translation>
    </message>
    <message>
        <source>Release a data subject&apos;s legal hold.</source>
        <translation>Release a data subject&apos;s legal hold.</translation>
    </message>
    <message>
        <source>List the retention rules.</source>
        <translation>List the retention rules.</translation>
    </message>
    <message>
        <source>Show the destruction log.</source>
        <translation>Show the destruction log.</translation>
    </message>
    <message>
        <source>Register (or move) when a retention period starts for a data subject, e.g. the end of the tenancy.</source>
        <translation>Register (or move) when a retention period starts for a data subject, e.g. the end of the tenancy.</translation>
    </message>
    <message>
        <source>The rule&apos;s code (see retention rules).</source>
        <translation>The rule&apos;s code (see retention rules).</translation>
    </message>
    <message>
        <source>Date of the event the period runs from.</source>
        <translation>Date of the event the period runs from.</translation>
    </message>
    <message>
        <source>Generate a letter for a request as PDF and record it with its SHA-256 on the request (see letter kinds NUMBER).</source>
        <translation>Generate a letter for a request as PDF and record it with its SHA-256 on the request (see letter kinds NUMBER).</translation>
    </message>
    <message>
        <source>ontvangstbevestiging, verzoek-identificatie, verlengingsbericht, besluit, bevestiging-verwijdering, bevestiging-rectificatie or begeleidende-brief-export.</source>
        <translation>ontvangstbevestiging, verzoek-identificatie, verlengingsbericht, besluit, bevestiging-verwijdering, bevestiging-rectificatie or begeleidende-brief-export.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Write the letter as PDF to FILE.</source>
        <translation>Write the letter as PDF to FILE.</translation>
    </message>
    <message>
        <source>Which letters make sense for a request now, and why not.</source>
        <translation>Which letters make sense for a request now, and why not.</translation>
    </message>
    <message>
        <source>List the letter templates: the default or changed, by whom.</source>
        <translation>List the letter templates: the default or changed, by whom.</translation>
    </message>
    <message>
        <source>Print a letter template (Dutch HTML with {{placeholders}}).</source>
        <translation>Print a letter template (Dutch HTML with {{placeholders}}).</translation>
    </message>
    <message>
        <source>The built-in default, not the organisation&apos;s version.</source>
        <translation>The built-in default, not the organisation&apos;s version.</translation>
    </message>
    <message>
        <source>Replace a letter template by the organisation&apos;s own version (checked for unknown placeholders and BSNs; logged).</source>
        <translation>Replace a letter template by the organisation&apos;s own version (checked for unknown placeholders and BSNs; logged).</translation>
    </message>
    <message>
        <source>The template: a UTF-8 HTML file.</source>
        <translation>The template: a UTF-8 HTML file.</translation>
    </message>
    <message>
        <source>Put the built-in default back for a letter kind (logged).</source>
        <translation>Put the built-in default back for a letter kind (logged).</translation>
    </message>
    <message>
        <source>Write the AP complaint dossier of a request as PDF. Exits with 1 ([audit-chain-broken]) when the audit trail does not verify; the PDF then says so.</source>
        <translation>Write the AP complaint dossier of a request as PDF. Exits with 1 ([audit-chain-broken]) when the audit trail does not verify; the PDF then says so.</translation>
    </message>
    <message>
        <source>Write the dossier as PDF to FILE.</source>
        <translation>Write the dossier as PDF to FILE.</translation>
    </message>
    <message>
        <source>Record the AP&apos;s reference of the complaint first (logged; empty removes it).</source>
        <translation>Record the AP&apos;s reference of the complaint first (logged; empty removes it).</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>Write the access report (--pdf FILE) and the data export (--json FILE, --csv-dir FOLDER) of a data subject; list other people&apos;s data in it first with --findings.</source>
        <translation>Write the access report (--pdf FILE) and the data export (--json FILE, --csv-dir FOLDER) of a data subject; list other people&apos;s data in it first with --findings.</translation>
    </message>
    <message>
        <source>Write the access report as PDF to FILE.</source>
        <translation>Write the access report as PDF to FILE.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Only list the fragments that may be other people&apos;s data, with their ids (--json: as JSON).</source>
        <translation>Only list the fragments that may be other people&apos;s data, with their ids (--json: as JSON).</translation>
    </message>
    <message>
        <source>Redact these findings (comma-separated ids); keep the others.</source>
        <translation>Redact these findings (comma-separated ids); keep the others.</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Redact every finding.</source>
        <translation>Redact every finding.</translation>
    </message>
    <message>
        <source>Keep every finding as it is.</source>
        <translation>Keep every finding as it is.</translation>
    </message>
    <message>
        <source>Replace files that exist already.</source>
        <translation>Replace files that exist already.</translation>
    </message>
    <message>
        <source>Read the new password from this file (first line).</source>
        <translation>Read the new password from this file (first line).</translation>
    </message>
    <message>
        <source>Read the new password from standard input (the line after the password, if that came from there too).</source>
        <translation>Read the new password from standard input (the line after the password, if that came from there too).</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>List the users and their roles.</translation>
    </message>
    <message>
        <source>Add a user with a role and a password (beheerder).</source>
        <translation>Add a user with a role and a password (beheerder).</translation>
    </message>
    <message>
        <source>beheerder, functionaris, kcc or auditor.</source>
        <translation>beheerder, functionaris, kcc or auditor.</translation>
    </message>
    <message>
        <source>The name shown (default: NAME).</source>
        <translation>The name shown (default: NAME).</translation>
    </message>
    <message>
        <source>Remove a user and re-encrypt the store (beheerder).</source>
        <translation>Remove a user and re-encrypt the store (beheerder).</translation>
    </message>
    <message>
        <source>Confirm; removal cannot be undone.</source>
        <translation>Confirm; removal cannot be undone.</translation>
    </message>
    <message>
        <source>Change your password, or reset another user&apos;s (beheerder).</source>
        <translation>Change your password, or reset another user&apos;s (beheerder).</translation>
    </message>
    <message>
        <source>Make a new recovery key and revoke the old one (beheerder).</source>
        <translation>Make a new recovery key and revoke the old one (beheerder).</translation>
    </message>
    <message>
        <source>Replace the (closed) store by a backup, after a backup of it (beheerder).</source>
        <translation>Replace the (closed) store by a backup, after a backup of it (beheerder).</translation>
    </message>
    <message>
        <source>origineel (default), machtiging or correspondentie.</source>
        <translation>origineel (default), machtiging or correspondentie.</translation>
    </message>
    <message>
        <source>Keep a file with a request (the original, a mandate, correspondence) inside the encrypted store.</source>
        <translation>Keep a file with a request (the original, a mandate, correspondence) inside the encrypted store.</translation>
    </message>
    <message>
        <source>List the files kept with a request.</source>
        <translation>List the files kept with a request.</translation>
    </message>
    <message>
        <source>Save a copy of a file kept with a request.</source>
        <translation>Save a copy of a file kept with a request.</translation>
    </message>
    <message>
        <source>Where to save the copy.</source>
        <translation>Where to save the copy.</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Replace an existing file.</translation>
    </message>
    <message>
        <source>How the representative is authorised.</source>
        <translation>How the representative is authorised.</translation>
    </message>
    <message>
        <source>User who received the request (default: you).</source>
        <translation>User who received the request (default: you).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>E-mail address of a new data subject.</source>
        <translation>E-mail address of a new data subject.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>The request as received (.eml, PDF, scan), kept in the store. An e-mail gives the channel, receipt and sender.</source>
        <translation>The request as received (.eml, PDF, scan), kept in the store. An e-mail gives the channel, receipt and sender.</translation>
    </message>
    <message>
        <source>Confirm that a file whose name suggests an identity document is not one (logged).</source>
        <translation>Confirm that a file whose name suggests an identity document is not one (logged).</translation>
    </message>
    <message>
        <source>Show the organisation&apos;s settings (name, address, contact, deadline policy, security).</source>
        <translation>Show the organisation&apos;s settings (name, address, contact, deadline policy, security).</translation>
    </message>
    <message>
        <source>Change one setting, with the same checks and audit as the desk.</source>
        <translation>Change one setting, with the same checks and audit as the desk.</translation>
    </message>
    <message>
        <source>The reasons for the decision in words (required for afgewezen and deels-toegewezen).</source>
        <translation>The reasons for the decision in words (required for afgewezen and deels-toegewezen).</translation>
    </message>
    <message>
        <source>The objection is against direct marketing (art. 21(3): absolute).</source>
        <translation>The objection is against direct marketing (art. 21(3): absolute).</translation>
    </message>
    <message>
        <source>Why the request is decided although no identification was recorded.</source>
        <translation>Why the request is decided although no identification was recorded.</translation>
    </message>
    <message>
        <source>The letters made for a request, with whether and how they were sent.</source>
        <translation>The letters made for a request, with whether and how they were sent.</translation>
    </message>
    <message>
        <source>Record that a letter made for a request was sent: the day and how.</source>
        <translation>Record that a letter made for a request was sent: the day and how.</translation>
    </message>
    <message>
        <source>The day it was sent.</source>
        <translation>The day it was sent.</translation>
    </message>
    <message>
        <source>How: per post, per e-mail, aangetekend, ...</source>
        <translation>How: per post, per e-mail, aangetekend, ...</translation>
    </message>
    <message>
        <source>The exception of art. 9 lid 2 AVG (a-j) for special categories of personal data.</source>
        <translation>The exception of art. 9 lid 2 AVG (a-j) for special categories of personal data.</translation>
    </message>
    <message>
        <source>The basis of art. 10 AVG for criminal data, e.g. art. 33 UAVG.</source>
        <translation>The basis of art. 10 AVG for criminal data, e.g. art. 33 UAVG.</translation>
    </message>
    <message>
        <source>Data go outside the EEA, to this country.</source>
        <translation>Data go outside the EEA, to this country.</translation>
    </message>
    <message>
        <source>Safeguard for the transfer outside the EEA.</source>
        <translation>Safeguard for the transfer outside the EEA.</translation>
    </message>
    <message>
        <source>toegewezen, deels-toegewezen, afgewezen, ingetrokken (by the data subject), niet-in-behandeling (identity not established).</source>
        <translation>toegewezen, deels-toegewezen, afgewezen, ingetrokken (by the data subject), niet-in-behandeling (identity not established).</translation>
    </message>
    <message>
        <source>The decision on one kind of a combined request, repeatable: TYPE=OUTCOME[:GROUNDS], e.g. inzage=toegewezen, verwijdering=deels-toegewezen:art-17-3-b. --outcome may then be left out.</source>
        <translation>The decision on one kind of a combined request, repeatable: TYPE=OUTCOME[:GROUNDS], e.g. inzage=toegewezen, verwijdering=deels-toegewezen:art-17-3-b. --outcome may then be left out.</translation>
    </message>
    <message>
        <source>type=outcome:grounds</source>
        <translation>type=outcome:grounds</translation>
    </message>
    <message>
        <source>The reasons for one kind&apos;s decision, repeatable: TYPE=TEXT.</source>
        <translation>The reasons for one kind&apos;s decision, repeatable: TYPE=TEXT.</translation>
    </message>
    <message>
        <source>type=text</source>
        <translation>type=text</translation>
    </message>
    <message>
        <source>Write the data export (article 20 GDPR: only what is processed on consent or contract) to FOLDER: persons.csv and LEESMIJ.txt, which says what is left out and why.</source>
        <translation>Write the data export (article 20 GDPR: only what is processed on consent or contract) to FOLDER: persons.csv and LEESMIJ.txt, which says what is left out and why.</translation>
    </message>
    <message>
        <source>Where the data of new persons came from, as the access report names it (default: ERP-import; &quot;&quot; for none).</source>
        <translation>Where the data of new persons came from, as the access report names it (default: ERP-import; &quot;&quot; for none).</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>Replace existing files.</translation>
    </message>
    <message>
        <source>Confirm that the backup is of another store than the one it replaces.</source>
        <translation>Confirm that the backup is of another store than the one it replaces.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LETTER</source>
        <translation>LETTER</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>The recipient to record: its name or id in the catalogue.</source>
        <translation>The recipient to record: its name or id in the catalogue.</translation>
    </message>
    <message>
        <source>Date the recipient was told.</source>
        <translation>Date the recipient was told.</translation>
    </message>
    <message>
        <source>Telling the recipient proved impossible or would take disproportionate effort: why.</source>
        <translation>Telling the recipient proved impossible or would take disproportionate effort: why.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Change a retention rule&apos;s period, trigger or relation types; recomputes the items derived from it.</source>
        <translation>Change a retention rule&apos;s period, trigger or relation types; recomputes the items derived from it.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>What starts it: einde-relatie, einde-boekjaar, einde-huurovereenkomst, einde-inschrijving, afronding-verzoek, einde-sollicitatieprocedure, opname, overig.</source>
        <translation>What starts it: einde-relatie, einde-boekjaar, einde-huurovereenkomst, einde-inschrijving, afronding-verzoek, einde-sollicitatieprocedure, opname, overig.</translation>
    </message>
    <message>
        <source>The relation types whose items are derived, e.g. huurder,ex-huurder (&quot;&quot; for a manual rule).</source>
        <translation>The relation types whose items are derived, e.g. huurder,ex-huurder (&quot;&quot; for a manual rule).</translation>
    </message>
    <message>
        <source>Make an encrypted, verified backup in a new dated folder inside a folder.</source>
        <translation>Make an encrypted, verified backup in a new dated folder inside a folder.</translation>
    </message>
    <message>
        <source>The folder that receives a new dated backup folder (made if missing).</source>
        <translation>The folder that receives a new dated backup folder (made if missing).</translation>
    </message>
    <message>
        <source>Afterwards remove this store&apos;s oldest backups in the folder beyond the newest N.</source>
        <translation>Afterwards remove this store&apos;s oldest backups in the folder beyond the newest N.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Kind of request, one or more: inzage, rectificatie, verwijdering, …</source>
        <translation>Kind of request, one or more: inzage, rectificatie, verwijdering, …</translation>
    </message>
    <message>
        <source>Customer numbers of the persons concerned, one or more.</source>
        <translation>Customer numbers of the persons concerned, one or more.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln fictitious request(s) written</source>
        <translation>
            <numerusform>%1 of %Ln fictitious request written</numerusform>
            <numerusform>%1 of %Ln fictitious requests written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo store created in %1 with %Ln fictitious request(s) (user %2) in %3 s.</source>
        <translation>
            <numerusform>Demo store created in %1 with %Ln fictitious request (user %2) in %3 s.</numerusform>
            <numerusform>Demo store created in %1 with %Ln fictitious requests (user %2) in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print at most this many.</source>
        <translation>Print at most this many.</translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation>Skip this many first.</translation>
    </message>
    <message>
        <source>Print JSON Lines: one JSON object per line, written as it is read. A list cut short by an error ends with exit code 1.</source>
        <translation>Print JSON Lines: one JSON object per line, written as it is read. A list cut short by an error ends with exit code 1.</translation>
    </message>
    <message>
        <source>Verify every event of the audit trail, not only those since its last verified position.</source>
        <translation>Verify every event of the audit trail, not only those since its last verified position.</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>Register a data breach; prints its number (DL-YYYY-NNNN). Moments are Dutch time.</source>
        <translation>Register a data breach; prints its number (DL-YYYY-NNNN). Moments are Dutch time.</translation>
    </message>
    <message>
        <source>A short title (required).</source>
        <translation>A short title (required).</translation>
    </message>
    <message>
        <source>When the breach was discovered (required): the 72-hour clock starts then.</source>
        <translation>When the breach was discovered (required): the 72-hour clock starts then.</translation>
    </message>
    <message>
        <source>When the breach happened.</source>
        <translation>When the breach happened.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>What happened.</translation>
    </message>
    <message>
        <source>Number of people concerned.</source>
        <translation>Number of people concerned.</translation>
    </message>
    <message>
        <source>The number of people is an estimate.</source>
        <translation>The number of people is an estimate.</translation>
    </message>
    <message>
        <source>Number of records concerned.</source>
        <translation>Number of records concerned.</translation>
    </message>
    <message>
        <source>The number of records is an estimate.</source>
        <translation>The number of records is an estimate.</translation>
    </message>
    <message>
        <source>Nature, comma-separated (vertrouwelijkheid, integriteit, beschikbaarheid).</source>
        <translation>Nature, comma-separated (vertrouwelijkheid, integriteit, beschikbaarheid).</translation>
    </message>
    <message>
        <source>The group of people (e.g. huurders).</source>
        <translation>The group of people (e.g. huurders).</translation>
    </message>
    <message>
        <source>Measures taken.</source>
        <translation>Measures taken.</translation>
    </message>
    <message>
        <source>The processor involved, by its name in the recipients catalogue.</source>
        <translation>The processor involved, by its name in the recipients catalogue.</translation>
    </message>
    <message>
        <source>When the processor told us.</source>
        <translation>When the processor told us.</translation>
    </message>
    <message>
        <source>Record the assessment of the risk; the decisions to notify the AP and to inform the people follow from it unless given otherwise.</source>
        <translation>Record the assessment of the risk; the decisions to notify the AP and to inform the people follow from it unless given otherwise.</translation>
    </message>
    <message>
        <source>geen, risico or hoog-risico.</source>
        <translation>geen, risico or hoog-risico.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Why (required).</translation>
    </message>
    <message>
        <source>The AP&apos;s criteria that apply, comma-separated (soort-en-omvang, identificeerbaarheid, ernst-gevolgen, kwetsbare-groepen, bijzondere-gegevens, groot-aantal).</source>
        <translation>The AP&apos;s criteria that apply, comma-separated (soort-en-omvang, identificeerbaarheid, ernst-gevolgen, kwetsbare-groepen, bijzondere-gegevens, groot-aantal).</translation>
    </message>
    <message>
        <source>Decide otherwise than the risk suggests: ja or nee (with --decision-reason).</source>
        <translation>Decide otherwise than the risk suggests: ja or nee (with --decision-reason).</translation>
    </message>
    <message>
        <source>ja|nee</source>
        <translation>ja|nee</translation>
    </message>
    <message>
        <source>Why the decision differs.</source>
        <translation>Why the decision differs.</translation>
    </message>
    <message>
        <source>Record the notification to the AP; after the 72 hours only with --late-reason.</source>
        <translation>Record the notification to the AP; after the 72 hours only with --late-reason.</translation>
    </message>
    <message>
        <source>When the AP was notified.</source>
        <translation>When the AP was notified.</translation>
    </message>
    <message>
        <source>The AP&apos;s meldnummer.</source>
        <translation>The AP&apos;s meldnummer.</translation>
    </message>
    <message>
        <source>The reasons for a late notification.</source>
        <translation>The reasons for a late notification.</translation>
    </message>
    <message>
        <source>Record that the people concerned were informed (art. 34 AVG).</source>
        <translation>Record that the people concerned were informed (art. 34 AVG).</translation>
    </message>
    <message>
        <source>The day they were informed.</source>
        <translation>The day they were informed.</translation>
    </message>
    <message>
        <source>How (required).</source>
        <translation>How (required).</translation>
    </message>
    <message>
        <source>How many people were informed.</source>
        <translation>How many people were informed.</translation>
    </message>
    <message>
        <source>A public notice instead, with the reason (disproportionate effort).</source>
        <translation>A public notice instead, with the reason (disproportionate effort).</translation>
    </message>
    <message>
        <source>Record a follow-up notification to the AP (aanvullen or intrekken).</source>
        <translation>Record a follow-up notification to the AP (aanvullen or intrekken).</translation>
    </message>
    <message>
        <source>aanvullen or intrekken.</source>
        <translation>aanvullen or intrekken.</translation>
    </message>
    <message>
        <source>When it was sent to the AP.</source>
        <translation>When it was sent to the AP.</translation>
    </message>
    <message>
        <source>The AP&apos;s meldnummer (default: the first notification&apos;s).</source>
        <translation>The AP&apos;s meldnummer (default: the first notification&apos;s).</translation>
    </message>
    <message>
        <source>What was added, or why it is withdrawn.</source>
        <translation>What was added, or why it is withdrawn.</translation>
    </message>
    <message>
        <source>Close a data breach once it is assessed and the notifications it needs are recorded.</source>
        <translation>Close a data breach once it is assessed and the notifications it needs are recorded.</translation>
    </message>
    <message>
        <source>The data-breach register, newest discovery first.</source>
        <translation>The data-breach register, newest discovery first.</translation>
    </message>
    <message>
        <source>Only open data breaches.</source>
        <translation>Only open data breaches.</translation>
    </message>
    <message>
        <source>Only those discovered in year.</source>
        <translation>Only those discovered in year.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>One data breach (with --json: number, title, discovered_at, ap_deadline, hours_left, risk, ap_notified_at, ap_notified_late, ap_reference, subjects_notified_at, state, ...).</source>
        <translation>One data breach (with --json: number, title, discovered_at, ap_deadline, hours_left, risk, ap_notified_at, ap_notified_late, ap_reference, subjects_notified_at, state, ...).</translation>
    </message>
    <message>
        <source>Prepare the notification of a data breach to the AP, section by section as its web form asks, as PDF (--pdf) and as text to copy into the form (--text).</source>
        <translation>Prepare the notification of a data breach to the AP, section by section as its web form asks, as PDF (--pdf) and as text to copy into the form (--text).</translation>
    </message>
    <message>
        <source>Write the notification as PDF to FILE.</source>
        <translation>Write the notification as PDF to FILE.</translation>
    </message>
    <message>
        <source>Print the notification as text, to copy into the AP&apos;s form.</source>
        <translation>Print the notification as text, to copy into the AP&apos;s form.</translation>
    </message>
    <message>
        <source>The dashboards&apos; figures as of a reference date: deadlines, retention, disclosures and data breaches (with --json: &quot;deadlines&quot;, &quot;retention&quot;, &quot;disclosures&quot;, &quot;breaches&quot;).</source>
        <translation>The dashboards&apos; figures as of a reference date: deadlines, retention, disclosures and data breaches (with --json: &quot;deadlines&quot;, &quot;retention&quot;, &quot;disclosures&quot;, &quot;breaches&quot;).</translation>
    </message>
    <message>
        <source>The security measures in place before the breach.</source>
        <translation>The security measures in place before the breach.</translation>
    </message>
    <message>
        <source>The likely consequences for the people.</source>
        <translation>The likely consequences for the people.</translation>
    </message>
    <message>
        <source>Cross-border aspects (people or processors in other countries).</source>
        <translation>Cross-border aspects (people or processors in other countries).</translation>
    </message>
    <message>
        <source>Link the persons concerned to a data breach, where they are known (replaces the list).</source>
        <translation>Link the persons concerned to a data breach, where they are known (replaces the list).</translation>
    </message>
    <message>
        <source>Customer numbers, comma-separated.</source>
        <translation>Customer numbers, comma-separated.</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message>
        <source>Make the letter &apos;kennisgeving datalek&apos; (art. 34 AVG) for one linked person as PDF and record it.</source>
        <translation>Make the letter &apos;kennisgeving datalek&apos; (art. 34 AVG) for one linked person as PDF and record it.</translation>
    </message>
    <message>
        <source>The person&apos;s customer number.</source>
        <translation>The person&apos;s customer number.</translation>
    </message>
    <message>
        <source>Record the day a breach letter went out; the person counts as informed from that day.</source>
        <translation>Record the day a breach letter went out; the person counts as informed from that day.</translation>
    </message>
    <message>
        <source>The day it went out.</source>
        <translation>The day it went out.</translation>
    </message>
    <message>
        <source>How it was sent (required).</source>
        <translation>How it was sent (required).</translation>
    </message>
    <message>
        <source>Destroy a data subject&apos;s closed request files and everything else about them that no other retention rule keeps, or a closed data breach whose retention period has ended (only with --confirm).</source>
        <translation>Destroy a data subject&apos;s closed request files and everything else about them that no other retention rule keeps, or a closed data breach whose retention period has ended (only with --confirm).</translation>
    </message>
    <message>
        <source>A closed data breach (DL-YYYY-NNNN) whose personal data and free texts are destroyed; the register keeps its skeleton.</source>
        <translation>A closed data breach (DL-YYYY-NNNN) whose personal data and free texts are destroyed; the register keeps its skeleton.</translation>
    </message>
    <message>
        <source>The store folder (default: %1, or PRIVACYDESK_STORE), or a store on a PostgreSQL server: postgresql://HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=CA or postgresql:///DB?host=SOCKET_FOLDER.</source>
        <translation>The store folder (default: %1, or PRIVACYDESK_STORE), or a store on a PostgreSQL server: postgresql://HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=CA or postgresql:///DB?host=SOCKET_FOLDER.</translation>
    </message>
    <message>
        <source>The server commands need a server store: --store postgresql://HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA or postgresql:///DATABASE?host=SOCKET_FOLDER.</source>
        <translation>The server commands need a server store: --store postgresql://HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA or postgresql:///DATABASE?host=SOCKET_FOLDER.</translation>
    </message>
    <message>
        <source>server init needs --user ADMIN: the login role that owns the database.</source>
        <translation>server init needs --user ADMIN: the login role that owns the database.</translation>
    </message>
    <message>
        <source>Store set up on %1; %2 is its first administrator. Add the other users with `user add`.</source>
        <translation>Store set up on %1; %2 is its first administrator. Add the other users with `user add`.</translation>
    </message>
    <message>
        <source>server upgrade needs --user ADMIN: the login role that owns the database.</source>
        <translation>server upgrade needs --user ADMIN: the login role that owns the database.</translation>
    </message>
    <message>
        <source>Store on %1 upgraded from schema %2 to %3.</source>
        <translation>Store on %1 upgraded from schema %2 to %3.</translation>
    </message>
    <message>
        <source>Set up a store on a PostgreSQL server (--store postgresql://…): the schema, the group roles, privileges and policies; --user (the login role that owns the database and may create roles) becomes its first administrator.</source>
        <translation>Set up a store on a PostgreSQL server (--store postgresql://…): the schema, the group roles, privileges and policies; --user (the login role that owns the database and may create roles) becomes its first administrator.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation>The organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Bring a store on a PostgreSQL server to this version&apos;s schema (run by the login role that owns the database, as server init).</source>
        <translation>Bring a store on a PostgreSQL server to this version&apos;s schema (run by the login role that owns the database, as server init).</translation>
    </message>
    <message>
        <source>Check a server store: encryption of the connection, group roles, row-level security, the audit trail&apos;s triggers, schema version. Ends with 1 when something is wrong.</source>
        <translation>Check a server store: encryption of the connection, group roles, row-level security, the audit trail&apos;s triggers, schema version. Ends with 1 when something is wrong.</translation>
    </message>
    <message>
        <source>A server store: the file with the backup&apos;s passphrase (or PRIVACYDESK_BACKUP_PASSPHRASE).</source>
        <translation>A server store: the file with the backup&apos;s passphrase (or PRIVACYDESK_BACKUP_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The backup folder (a server store: the backup file).</source>
        <translation>The backup folder (a server store: the backup file).</translation>
    </message>
    <message>
        <source>Change the request only if it is still at this version (&quot;version&quot; of case show --json); otherwise refused with [conflict].</source>
        <translation>Change the request only if it is still at this version (&quot;version&quot; of case show --json); otherwise refused with [conflict].</translation>
    </message>
    <message>
        <source>--store names a store on a PostgreSQL server: its administrator sets it up with `server init`. `init` makes a store in a folder.</source>
        <translation>--store names a store on a PostgreSQL server: its administrator sets it up with `server init`. `init` makes a store in a folder.</translation>
    </message>
    <message>
        <source>A demo store with fictitious requests always has a folder of its own, never a PostgreSQL server: give --store a folder.</source>
        <translation>A demo store with fictitious requests always has a folder of its own, never a PostgreSQL server: give --store a folder.</translation>
    </message>
    <message>
        <source>Server:         %1 (encryption at rest: the server&apos;s)</source>
        <extracomment>Dutch: &quot;Server: %1 (versleuteling van de opslag: die van de server)&quot;</extracomment>
        <translation>Server:         %1 (encryption at rest: the server&apos;s)</translation>
    </message>
    <message>
        <source>Users:          %1 (login roles on the server)</source>
        <extracomment>Dutch: &quot;Gebruikers: %1 (aanmeldrollen op de server)&quot;</extracomment>
        <translation>Users:          %1 (login roles on the server)</translation>
    </message>
    <message>
        <source>An administrator, privacy officer or auditor verifies a store on a server: the server lets no KCC login read the audit trail.</source>
        <translation>An administrator, privacy officer or auditor verifies a store on a server: the server lets no KCC login read the audit trail.</translation>
    </message>
    <message>
        <source>The store is intact: the audit trail, the requests and persons against it and the schema version verified (the server keeps the database files).</source>
        <translation>The store is intact: the audit trail, the requests and persons against it and the schema version verified (the server keeps the database files).</translation>
    </message>
    <message>
        <source>--accept-rollback is for a store on a server: a store folder keeps its own head, in its keyring.</source>
        <translation>--accept-rollback is for a store on a server: a store folder keeps its own head, in its keyring.</translation>
    </message>
    <message>
        <source>The audit trail on the server does not verify; it is not accepted: %1</source>
        <translation>The audit trail on the server does not verify; it is not accepted: %1</translation>
    </message>
    <message>
        <source>The audit trail as it now stands on the server is accepted and recorded; this computer keeps it from event %1 (hash %2) on.</source>
        <translation>The audit trail as it now stands on the server is accepted and recorded; this computer keeps it from event %1 (hash %2) on.</translation>
    </message>
    <message>
        <source>A server store&apos;s trail that this computer saw longer or different (after a restore by IT): verify it whole and keep it as it now is (administrators).</source>
        <translation>A server store&apos;s trail that this computer saw longer or different (after a restore by IT): verify it whole and keep it as it now is (administrators).</translation>
    </message>
    <message>
        <source>Grounds for a refusal, fitting the kind of request: art-12-5, art-15-4 (inzage), art-17-3-a … art-17-3-e (verwijdering), art-18-2 (beperking), art-20-1, art-20-4 (overdraagbaarheid), art-21-dwingend (bezwaar), art-41-1-a … art-41-1-j, art-23 (only with art-41-1-…), overig.</source>
        <translation>Grounds for a refusal, fitting the kind of request: art-12-5, art-15-4 (inzage), art-17-3-a … art-17-3-e (verwijdering), art-18-2 (beperking), art-20-1, art-20-4 (overdraagbaarheid), art-21-dwingend (bezwaar), art-41-1-a … art-41-1-j, art-23 (only with art-41-1-…), overig.</translation>
    </message>
    <message>
        <source>What was done (required for deels-toegewezen, allowed for toegewezen): a rectification&apos;s old → new value per item, what was erased or restricted (the motivation says what is kept and why), the lists an objection stopped.</source>
        <translation>What was done (required for deels-toegewezen, allowed for toegewezen): a rectification&apos;s old → new value per item, what was erased or restricted (the motivation says what is kept and why), the lists an objection stopped.</translation>
    </message>
    <message>
        <source>What was done for one kind granted in full or in part, repeatable: TYPE=TEXT.</source>
        <translation>What was done for one kind granted in full or in part, repeatable: TYPE=TEXT.</translation>
    </message>
    <message>
        <source>The data a (partly) granted rectification, erasure or restriction changed, as the disclosures&apos; data categories: naw, contact, klantnummer, huurgegevens, betaalgegevens, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig. Art. 19 then asks only the recipients that received one of them.</source>
        <translation>The data a (partly) granted rectification, erasure or restriction changed, as the disclosures&apos; data categories: naw, contact, klantnummer, huurgegevens, betaalgegevens, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig. Art. 19 then asks only the recipients that received one of them.</translation>
    </message>
    <message>
        <source>What the objection was about and is stopped: nieuwsbrief, enquetes, reclame-mail, reclame-telefoon, overig (with --objection-other).</source>
        <translation>What the objection was about and is stopped: nieuwsbrief, enquetes, reclame-mail, reclame-telefoon, overig (with --objection-other).</translation>
    </message>
    <message>
        <source>What the objection was about and goes on (the motivation says why); codes as for --objection.</source>
        <translation>What the objection was about and goes on (the motivation says why); codes as for --objection.</translation>
    </message>
    <message>
        <source>What else the objection was about, in words.</source>
        <translation>What else the objection was about, in words.</translation>
    </message>
    <message>
        <source>Record the controller a portability request&apos;s data export goes to directly (art. 20(2) GDPR); export person NUMBER --transmit then makes it for that controller.</source>
        <translation>Record the controller a portability request&apos;s data export goes to directly (art. 20(2) GDPR); export person NUMBER --transmit then makes it for that controller.</translation>
    </message>
    <message>
        <source>The receiving controller&apos;s name.</source>
        <translation>The receiving controller&apos;s name.</translation>
    </message>
    <message>
        <source>Its postal address or e-mail address.</source>
        <translation>Its postal address or e-mail address.</translation>
    </message>
    <message>
        <source>The export goes to the data subject again.</source>
        <translation>The export goes to the data subject again.</translation>
    </message>
    <message>
        <source>Art. 19 GDPR after a rectification, erasure or restriction: list the recipients to be told and their status, or record one with --recipient and --notified or --exempt (replacing what was recorded). With --json: {case, applies, done, recipients: [{recipient: {id, name, category}, disclosures, last_disclosed, status (geinformeerd, onmogelijk-of-onevenredig, niet-van-toepassing or nog-te-doen), notified_on, exempt_reason, recorded_by, withheld}]}; absent values are null. A recipient that never received the data the request changed (case complete --data) is niet-van-toepassing and cannot be recorded.</source>
        <translation>Art. 19 GDPR after a rectification, erasure or restriction: list the recipients to be told and their status, or record one with --recipient and --notified or --exempt (replacing what was recorded). With --json: {case, applies, done, recipients: [{recipient: {id, name, category}, disclosures, last_disclosed, status (geinformeerd, onmogelijk-of-onevenredig, niet-van-toepassing or nog-te-doen), notified_on, exempt_reason, recorded_by, withheld}]}; absent values are null. A recipient that never received the data the request changed (case complete --data) is niet-van-toepassing and cannot be recorded.</translation>
    </message>
    <message>
        <source>Kinds of personal data, comma-separated (naw, contact, klantnummer, huurgegevens, betaalgegevens, rekeningnummer, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig).</source>
        <translation>Kinds of personal data, comma-separated (naw, contact, klantnummer, huurgegevens, betaalgegevens, rekeningnummer, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig).</translation>
    </message>
    <message>
        <source>What happened, in plain words for the people concerned: the letter to them (art. 34) says it.</source>
        <translation>What happened, in plain words for the people concerned: the letter to them (art. 34) says it.</translation>
    </message>
    <message>
        <source>What the breach can mean for the people concerned, in plain words for their letter.</source>
        <translation>What the breach can mean for the people concerned, in plain words for their letter.</translation>
    </message>
    <message>
        <source>When the processor told us before --discovered: take that moment as the discovery (the 72 hours start at the earliest awareness).</source>
        <translation>When the processor told us before --discovered: take that moment as the discovery (the 72 hours start at the earliest awareness).</translation>
    </message>
    <message>
        <source>Data categories: naw, contact, klantnummer, huurgegevens, betaalgegevens, rekeningnummer, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig.</source>
        <translation>Data categories: naw, contact, klantnummer, huurgegevens, betaalgegevens, rekeningnummer, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig.</translation>
    </message>
    <message>
        <source>Category of personal data, what it is in brackets: a special category (art. 9), strafrechtelijk (art. 10) or overlast (neither): &quot;medische gegevens [gezondheid]&quot; (repeatable).</source>
        <translation>Category of personal data, what it is in brackets: a special category (art. 9), strafrechtelijk (art. 10) or overlast (neither): &quot;medische gegevens [gezondheid]&quot; (repeatable).</translation>
    </message>
    <message>
        <source>Make the data export for the controller the request names (case transmit; art. 20(2) GDPR): give the request&apos;s number; its SHA-256 is recorded on the request (case.transmitted).</source>
        <translation>Make the data export for the controller the request names (case transmit; art. 20(2) GDPR): give the request&apos;s number; its SHA-256 is recorded on the request (case.transmitted).</translation>
    </message>
    <message>
        <source>Where letters to the representative go: &quot;Dorpsstraat 3, 6582 AB Heumen&quot;.</source>
        <translation>Where letters to the representative go: &quot;Dorpsstraat 3, 6582 AB Heumen&quot;.</translation>
    </message>
    <message>
        <source>Postal address of a new data subject: &quot;Kerkpad 12, 6582 BC Heumen&quot;.</source>
        <translation>Postal address of a new data subject: &quot;Kerkpad 12, 6582 BC Heumen&quot;.</translation>
    </message>
    <message>
        <source>Record the mandate&apos;s request and/or its receipt.</source>
        <translation>Record the mandate&apos;s request and/or its receipt.</translation>
    </message>
    <message>
        <source>Date the mandate was requested.</source>
        <translation>Date the mandate was requested.</translation>
    </message>
    <message>
        <source>Date the mandate was received.</source>
        <translation>Date the mandate was received.</translation>
    </message>
    <message>
        <source>The version for the complainant: without other people&apos;s contact data and the disclosures the law forbids telling the data subject.</source>
        <translation>The version for the complainant: without other people&apos;s contact data and the disclosures the law forbids telling the data subject.</translation>
    </message>
    <message>
        <source>Your own name, as letters are signed with it (default: --user).</source>
        <translation>Your own name, as letters are signed with it (default: --user).</translation>
    </message>
    <message>
        <source>Change the name a user&apos;s letters are signed with, not the login (beheerder).</source>
        <translation>Change the name a user&apos;s letters are signed with, not the login (beheerder).</translation>
    </message>
    <message>
        <source>The name letters are signed with.</source>
        <translation>The name letters are signed with.</translation>
    </message>
    <message>
        <source>What needs attention today, as the desk&apos;s &quot;Today&quot; strip shows it: the running AP clocks of data breaches, requests due today and within 7 days, late against each clock, awaiting identification, retention periods passed, art. 19 notices to do (with --json: &quot;breach_clocks&quot;, &quot;breach_subjects&quot;, &quot;due_today&quot;, &quot;due_within_7_days&quot;, &quot;late_legal&quot;, &quot;late_policy_only&quot;, &quot;awaiting_identity&quot;, &quot;retention_due&quot;, &quot;art19_pending&quot;).</source>
        <translation>What needs attention today, as the desk&apos;s &quot;Today&quot; strip shows it: the running AP clocks of data breaches, requests due today and within 7 days, late against each clock, awaiting identification, retention periods passed, art. 19 notices to do (with --json: &quot;breach_clocks&quot;, &quot;breach_subjects&quot;, &quot;due_today&quot;, &quot;due_within_7_days&quot;, &quot;late_legal&quot;, &quot;late_policy_only&quot;, &quot;awaiting_identity&quot;, &quot;retention_due&quot;, &quot;art19_pending&quot;).</translation>
    </message>
    <message>
        <source>The retention period: 2y, 18m, 4w or 30d; 0d keeps the data until the trigger itself.</source>
        <translation>The retention period: 2y, 18m, 4w or 30d; 0d keeps the data until the trigger itself.</translation>
    </message>
    <message>
        <source>Add a retention rule of the organisation&apos;s own; derives its items for the relation types it names.</source>
        <translation>Add a retention rule of the organisation&apos;s own; derives its items for the relation types it names.</translation>
    </message>
    <message>
        <source>The data the rule keeps, e.g. Betaalgegevens.</source>
        <translation>The data the rule keeps, e.g. Betaalgegevens.</translation>
    </message>
    <message>
        <source>Why: the legal ground or the organisation&apos;s own policy.</source>
        <translation>Why: the legal ground or the organisation&apos;s own policy.</translation>
    </message>
    <message>
        <source>Remove a retention rule that no item uses (only with --yes).</source>
        <translation>Remove a retention rule that no item uses (only with --yes).</translation>
    </message>
    <message>
        <source>Complete although a system on the request&apos;s list is not searched yet (case systems); without it that is refused.</source>
        <translation>Complete although a system on the request&apos;s list is not searched yet (case systems); without it that is refused.</translation>
    </message>
    <message>
        <source>The systems to search for an inzage, erasure or rectification, and what each search found.</source>
        <translation>The systems to search for an inzage, erasure or rectification, and what each search found.</translation>
    </message>
    <message>
        <source>Tick a system as searched for a request: who (you), when (now), the result and a note or file.</source>
        <translation>Tick a system as searched for a request: who (you), when (now), the result and a note or file.</translation>
    </message>
    <message>
        <source>niets-gevonden, gevonden (in the report), apart-verstrekt (provided separately), gewist (erasure), gecorrigeerd (rectification), niet-doorzoekbaar (with --note: why).</source>
        <translation>niets-gevonden, gevonden (in the report), apart-verstrekt (provided separately), gewist (erasure), gecorrigeerd (rectification), niet-doorzoekbaar (with --note: why).</translation>
    </message>
    <message>
        <source>What was searched or found.</source>
        <translation>What was searched or found.</translation>
    </message>
    <message>
        <source>One of the request&apos;s files that shows the search (its id: case attachments).</source>
        <translation>One of the request&apos;s files that shows the search (its id: case attachments).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The covenant&apos;s name.</source>
        <translation>The covenant&apos;s name.</translation>
    </message>
    <message>
        <source>A party to the covenant (repeat for each; set: replaces all).</source>
        <translation>A party to the covenant (repeat for each; set: replaces all).</translation>
    </message>
    <message>
        <source>Why the data is shared.</source>
        <translation>Why the data is shared.</translation>
    </message>
    <message>
        <source>The statute or task it rests on (required for c and e).</source>
        <translation>The statute or task it rests on (required for c and e).</translation>
    </message>
    <message>
        <source>The data categories it covers, as disclosure add.</source>
        <translation>The data categories it covers, as disclosure add.</translation>
    </message>
    <message>
        <source>The first day it applies.</source>
        <translation>The first day it applies.</translation>
    </message>
    <message>
        <source>The last day it applies.</source>
        <translation>The last day it applies.</translation>
    </message>
    <message>
        <source>When it is due for review.</source>
        <translation>When it is due for review.</translation>
    </message>
    <message>
        <source>The signed document, kept encrypted inside the store.</source>
        <translation>The signed document, kept encrypted inside the store.</translation>
    </message>
    <message>
        <source>Register a covenant (samenwerkingsconvenant); prints its id.</source>
        <translation>Register a covenant (samenwerkingsconvenant); prints its id.</translation>
    </message>
    <message>
        <source>Change a covenant: only the options given change; --document replaces the signed document.</source>
        <translation>Change a covenant: only the options given change; --document replaces the signed document.</translation>
    </message>
    <message>
        <source>It has no end date.</source>
        <translation>It has no end date.</translation>
    </message>
    <message>
        <source>No review is planned.</source>
        <translation>No review is planned.</translation>
    </message>
    <message>
        <source>List the covenant register. With --json: an array of {id, name, parties, purpose, basis (a-f), basis_text, data: [codes], data_text, from, until, review_on, in_force, review_due, document: {name, media_type, size, sha256} or null}.</source>
        <translation>List the covenant register. With --json: an array of {id, name, parties, purpose, basis (a-f), basis_text, data: [codes], data_text, from, until, review_on, in_force, review_due, document: {name, media_type, size, sha256} or null}.</translation>
    </message>
    <message>
        <source>Show one covenant (--json: as covenant list).</source>
        <translation>Show one covenant (--json: as covenant list).</translation>
    </message>
    <message>
        <source>Save a copy of a covenant&apos;s signed document (recorded in the audit trail).</source>
        <translation>Save a copy of a covenant&apos;s signed document (recorded in the audit trail).</translation>
    </message>
    <message>
        <source>Many persons at once: a CSV list of customer numbers (the column klantnummer, else the first). A number that names nobody refuses the whole disclosure, with the list.</source>
        <translation>Many persons at once: a CSV list of customer numbers (the column klantnummer, else the first). A number that names nobody refuses the whole disclosure, with the list.</translation>
    </message>
    <message>
        <source>With --persons-csv: leave the numbers that name nobody out, on purpose (recorded).</source>
        <translation>With --persons-csv: leave the numbers that name nobody out, on purpose (recorded).</translation>
    </message>
    <message>
        <source>The covenant it is made under (its id, covenant list).</source>
        <translation>The covenant it is made under (its id, covenant list).</translation>
    </message>
    <message>
        <source>List disclosures, newest first. With --json: an array of {id, date, recipient: {id, name, category, role}, persons: [{id, klantnummer, name}], data: [codes], data_text, purpose, basis (a-f), basis_text, requested_by, case, informed (geinformeerd, verboden or nog-te-doen), informed_on, not_informed_reason, destroyed_persons, person_count, covenant: {id, name}}; absent values are null.</source>
        <translation>List disclosures, newest first. With --json: an array of {id, date, recipient: {id, name, category, role}, persons: [{id, klantnummer, name}], data: [codes], data_text, purpose, basis (a-f), basis_text, requested_by, case, informed (geinformeerd, verboden or nog-te-doen), informed_on, not_informed_reason, destroyed_persons, person_count, covenant: {id, name}}; absent values are null.</translation>
    </message>
    <message>
        <source>The processing activity&apos;s number, e.g. C.3.</source>
        <translation>The processing activity&apos;s number, e.g. C.3.</translation>
    </message>
    <message>
        <source>A DPIA is needed.</source>
        <translation>A DPIA is needed.</translation>
    </message>
    <message>
        <source>No DPIA is needed (--reason says why).</source>
        <translation>No DPIA is needed (--reason says why).</translation>
    </message>
    <message>
        <source>Types on the AP&apos;s list that always need a DPIA, comma-separated (dpia criteria).</source>
        <translation>Types on the AP&apos;s list that always need a DPIA, comma-separated (dpia criteria).</translation>
    </message>
    <message>
        <source>The cases of art. 35(3) GDPR that apply: a, b, c.</source>
        <translation>The cases of art. 35(3) GDPR that apply: a, b, c.</translation>
    </message>
    <message>
        <source>The EDPB criteria met, comma-separated (dpia criteria); two or more: a DPIA is likely needed.</source>
        <translation>The EDPB criteria met, comma-separated (dpia criteria); two or more: a DPIA is likely needed.</translation>
    </message>
    <message>
        <source>Why a DPIA is (not) needed.</source>
        <translation>Why a DPIA is (not) needed.</translation>
    </message>
    <message>
        <source>Date of the DPIA.</source>
        <translation>Date of the DPIA.</translation>
    </message>
    <message>
        <source>The DPIA&apos;s outcome and measures.</source>
        <translation>The DPIA&apos;s outcome and measures.</translation>
    </message>
    <message>
        <source>The residual risk: laag, middel or hoog.</source>
        <translation>The residual risk: laag, middel or hoog.</translation>
    </message>
    <message>
        <source>Date the AP was consulted beforehand (art. 36(1) GDPR: when the residual risk stays high).</source>
        <translation>Date the AP was consulted beforehand (art. 36(1) GDPR: when the residual risk stays high).</translation>
    </message>
    <message>
        <source>The consultation: reference and the AP&apos;s advice.</source>
        <translation>The consultation: reference and the AP&apos;s advice.</translation>
    </message>
    <message>
        <source>Date of the next review.</source>
        <translation>Date of the next review.</translation>
    </message>
    <message>
        <source>List the DPIA assessments (art. 35) with what is due.</source>
        <translation>List the DPIA assessments (art. 35) with what is due.</translation>
    </message>
    <message>
        <source>The AP&apos;s list, art. 35(3) and the EDPB criteria, with their codes and sources.</source>
        <translation>The AP&apos;s list, art. 35(3) and the EDPB criteria, with their codes and sources.</translation>
    </message>
    <message>
        <source>Record whether a processing activity needs a DPIA, and the DPIA.</source>
        <translation>Record whether a processing activity needs a DPIA, and the DPIA.</translation>
    </message>
    <message>
        <source>Change a DPIA assessment: only the options given change.</source>
        <translation>Change a DPIA assessment: only the options given change.</translation>
    </message>
    <message>
        <source>Record a hold on data outside Privacydesk (camera images, call recordings, ...): secure them before the system overwrites them.</source>
        <translation>Record a hold on data outside Privacydesk (camera images, call recordings, ...): secure them before the system overwrites them.</translation>
    </message>
    <message>
        <source>The system: camera system, telephone system, mailbox, ...</source>
        <translation>The system: camera system, telephone system, mailbox, ...</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Date of the recording.</source>
        <translation>Date of the recording.</translation>
    </message>
    <message>
        <source>The system&apos;s own retention from the recording: 4w, 30d, 3m, 1y.</source>
        <translation>The system&apos;s own retention from the recording: 4w, 30d, 3m, 1y.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>What is (to be) secured.</source>
        <translation>What is (to be) secured.</translation>
    </message>
    <message>
        <source>Kept until this date.</source>
        <translation>Kept until this date.</translation>
    </message>
    <message>
        <source>Already secured on this date (otherwise still to be secured).</source>
        <translation>Already secured on this date (otherwise still to be secured).</translation>
    </message>
    <message>
        <source>Who secured it (default: you).</source>
        <translation>Who secured it (default: you).</translation>
    </message>
    <message>
        <source>Record that a hold&apos;s data were secured.</source>
        <translation>Record that a hold&apos;s data were secured.</translation>
    </message>
    <message>
        <source>Date (default: today).</source>
        <translation>Date (default: today).</translation>
    </message>
    <message>
        <source>Release a hold, with the reason.</source>
        <translation>Release a hold, with the reason.</translation>
    </message>
    <message>
        <source>Why it is released.</source>
        <translation>Why it is released.</translation>
    </message>
    <message>
        <source>The holds on data outside Privacydesk, with the day to secure them by.</source>
        <translation>The holds on data outside Privacydesk, with the day to secure them by.</translation>
    </message>
    <message>
        <source>Record a restriction of processing on a person (art. 18 GDPR).</source>
        <translation>Record a restriction of processing on a person (art. 18 GDPR).</translation>
    </message>
    <message>
        <source>Which data are restricted.</source>
        <translation>Which data are restricted.</translation>
    </message>
    <message>
        <source>Art. 18(1): a accuracy contested, b unlawful, c legal claim, d objection.</source>
        <translation>Art. 18(1): a accuracy contested, b unlawful, c legal claim, d objection.</translation>
    </message>
    <message>
        <source>a|b|c|d</source>
        <translation>a|b|c|d</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Why.</translation>
    </message>
    <message>
        <source>The request that asked for it.</source>
        <translation>The request that asked for it.</translation>
    </message>
    <message>
        <source>In force from (default: today).</source>
        <translation>In force from (default: today).</translation>
    </message>
    <message>
        <source>Lift a restriction, once the notice to the person was recorded as sent (art. 18(3) GDPR).</source>
        <translation>Lift a restriction, once the notice to the person was recorded as sent (art. 18(3) GDPR).</translation>
    </message>
    <message>
        <source>The request whose notice was sent (for a restriction without one).</source>
        <translation>The request whose notice was sent (for a restriction without one).</translation>
    </message>
    <message>
        <source>The restrictions of processing in force (--all: lifted too), or a person&apos;s.</source>
        <translation>The restrictions of processing in force (--all: lifted too), or a person&apos;s.</translation>
    </message>
    <message>
        <source>Lifted ones too.</source>
        <translation>Lifted ones too.</translation>
    </message>
    <message>
        <source>A system that holds the data, e.g. ERP or mailbox (repeatable): a request searches it.</source>
        <translation>A system that holds the data, e.g. ERP or mailbox (repeatable): a request searches it.</translation>
    </message>
    <message>
        <source>Change a processing activity: only the options given change (a repeatable option replaces its whole list).</source>
        <translation>Change a processing activity: only the options given change (a repeatable option replaces its whole list).</translation>
    </message>
    <message>
        <source>The year&apos;s report to the board for a calendar year: requests by kind, channel and outcome, on time by deadline, extensions, median handling time, data breaches, disclosures and destructions, each table with its definition; the dashboards&apos; figures at 31 December. Without --pdf or --csv it is printed (with --json: &quot;year&quot;, &quot;from&quot;, &quot;until&quot;, &quot;complete&quot;, &quot;sections&quot;).</source>
        <translation>The year&apos;s report to the board for a calendar year: requests by kind, channel and outcome, on time by deadline, extensions, median handling time, data breaches, disclosures and destructions, each table with its definition; the dashboards&apos; figures at 31 December. Without --pdf or --csv it is printed (with --json: &quot;year&quot;, &quot;from&quot;, &quot;until&quot;, &quot;complete&quot;, &quot;sections&quot;).</translation>
    </message>
    <message>
        <source>Write the report as an A4 PDF.</source>
        <translation>Write the report as an A4 PDF.</translation>
    </message>
    <message>
        <source>Write the figures as CSV: one row per figure (section, figure, value, definition).</source>
        <translation>Write the figures as CSV: one row per figure (section, figure, value, definition).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>With --encrypt: how the password goes to the data subject, telefoon or sms (default telefoon); recorded on the trail, the password itself never.</source>
        <translation>With --encrypt: how the password goes to the data subject, telefoon or sms (default telefoon); recorded on the trail, the password itself never.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOW</translation>
    </message>
    <message>
        <source>Write the dossier as an encrypted PDF (PDF 2.0, AES-256); the generated password is printed once on stderr and kept nowhere.</source>
        <translation>Write the dossier as an encrypted PDF (PDF 2.0, AES-256); the generated password is printed once on stderr and kept nowhere.</translation>
    </message>
    <message>
        <source>Write the answer as one encrypted PDF (--pdf FILE; PDF 2.0, AES-256) with the JSON and CSV files inside as attachments, instead of --json and --csv-dir; the generated password is printed once on stderr and kept nowhere.</source>
        <translation>Write the answer as one encrypted PDF (--pdf FILE; PDF 2.0, AES-256) with the JSON and CSV files inside as attachments, instead of --json and --csv-dir; the generated password is printed once on stderr and kept nowhere.</translation>
    </message>
</context>
<context>
    <name>pd::cli::AttachmentCommands</name>
    <message>
        <source>(destroyed)</source>
        <translation>(destroyed)</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos; (%2).</source>
        <translation>Unknown kind &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>case attach needs the case number and the file.</source>
        <translation>case attach needs the case number and the file.</translation>
    </message>
    <message>
        <source>case attachments needs the case number.</source>
        <translation>case attachments needs the case number.</translation>
    </message>
    <message>
        <source>case attachment needs the case number and the file&apos;s id (case attachments lists them).</source>
        <translation>case attachment needs the case number and the file&apos;s id (case attachments lists them).</translation>
    </message>
    <message>
        <source>case attachment needs --save FILE.</source>
        <translation>case attachment needs --save FILE.</translation>
    </message>
</context>
<context>
    <name>pd::cli::BreachCommands</name>
    <message>
        <source>Unknown code &apos;%1&apos; for --%2 (%3).</source>
        <translation>Unknown code &apos;%1&apos; for --%2 (%3).</translation>
    </message>
    <message>
        <source>--%1 needs a date and time as YYYY-MM-DDTHH:MM (Dutch time); &apos;%2&apos; is not one.</source>
        <translation>--%1 needs a date and time as YYYY-MM-DDTHH:MM (Dutch time); &apos;%2&apos; is not one.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation>--%1 needs a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>%1 needs the number of the data breach (DL-YYYY-NNNN).</source>
        <translation>%1 needs the number of the data breach (DL-YYYY-NNNN).</translation>
    </message>
    <message>
        <source>notified late</source>
        <translation>notified late</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>notified</translation>
    </message>
    <message>
        <source>no notification due</source>
        <translation>no notification due</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n hour late</numerusform>
            <numerusform>%n hours late</numerusform>
        </translation>
    </message>
    <message>
        <source>breach add needs --title.</source>
        <translation>breach add needs --title.</translation>
    </message>
    <message>
        <source>breach add needs --discovered YYYY-MM-DDTHH:MM (Dutch time).</source>
        <translation>breach add needs --discovered YYYY-MM-DDTHH:MM (Dutch time).</translation>
    </message>
    <message>
        <source>breach assess needs --risk (%1).</source>
        <translation>breach assess needs --risk (%1).</translation>
    </message>
    <message>
        <source>breach assess needs --reasoning.</source>
        <translation>breach assess needs --reasoning.</translation>
    </message>
    <message>
        <source>--notify-ap and --inform-subjects take ja or nee.</source>
        <translation>--notify-ap and --inform-subjects take ja or nee.</translation>
    </message>
    <message>
        <source>breach notify-ap needs --at YYYY-MM-DDTHH:MM.</source>
        <translation>breach notify-ap needs --at YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>breach notify-ap needs --reference (the AP&apos;s meldnummer).</source>
        <translation>breach notify-ap needs --reference (the AP&apos;s meldnummer).</translation>
    </message>
    <message>
        <source>breach notify-subjects needs --at YYYY-MM-DD.</source>
        <translation>breach notify-subjects needs --at YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>breach notify-subjects needs --how.</source>
        <translation>breach notify-subjects needs --how.</translation>
    </message>
    <message>
        <source>breach follow-up needs --kind (%1).</source>
        <translation>breach follow-up needs --kind (%1).</translation>
    </message>
    <message>
        <source>breach follow-up needs --at YYYY-MM-DDTHH:MM.</source>
        <translation>breach follow-up needs --at YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2026.</source>
        <translation>--year needs a year such as 2026.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>AP deadline</source>
        <translation>AP deadline</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Notified to the AP</source>
        <translation>Notified to the AP</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>People informed</translation>
    </message>
    <message>
        <source>breach link needs --person with the customer numbers (comma-separated; an empty value unlinks everybody).</source>
        <translation>breach link needs --person with the customer numbers (comma-separated; an empty value unlinks everybody).</translation>
    </message>
    <message>
        <source>No person with customer number %1.</source>
        <translation>No person with customer number %1.</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>on %1 by %2, under the retention rule; what stays is the register&apos;s skeleton</source>
        <translation>on %1 by %2, under the retention rule; what stays is the register&apos;s skeleton</translation>
    </message>
    <message>
        <source>Warning: %1 Add --discovery-from-processor to do so.</source>
        <extracomment>Dutch: &quot;Let op: %1 Geef --discovery-from-processor om dat te doen.&quot;</extracomment>
        <translation>Warning: %1 Add --discovery-from-processor to do so.</translation>
    </message>
</context>
<context>
    <name>pd::cli::BreachDocumentCommands</name>
    <message>
        <source>breach report needs the number of the data breach: breach report DL-YYYY-NNNN --pdf FILE.</source>
        <translation>breach report needs the number of the data breach: breach report DL-YYYY-NNNN --pdf FILE.</translation>
    </message>
    <message>
        <source>breach report needs --pdf FILE (or --text).</source>
        <translation>breach report needs --pdf FILE (or --text).</translation>
    </message>
    <message>
        <source>breach report takes --text or --json, not both.</source>
        <translation>breach report takes --text or --json, not both.</translation>
    </message>
    <message>
        <source>A PDF needs fonts, which this program did not load.</source>
        <translation>A PDF needs fonts, which this program did not load.</translation>
    </message>
    <message numerus="yes">
        <source>Notification of %1 written as PDF: %n page(s).</source>
        <translation>
            <numerusform>Notification of %1 written as PDF: %n page.</numerusform>
            <numerusform>Notification of %1 written as PDF: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notification of %1 written as PDF: %n page(s). The AP accepts it only through its web form; record the notification number with breach notify-ap.</source>
        <translation>
            <numerusform>Notification of %1 written as PDF: %n page. The AP accepts it only through its web form; record the notification number with breach notify-ap.</numerusform>
            <numerusform>Notification of %1 written as PDF: %n pages. The AP accepts it only through its web form; record the notification number with breach notify-ap.</numerusform>
        </translation>
    </message>
    <message>
        <source>breach letter needs the number of the data breach: breach letter DL-YYYY-NNNN --person NUMBER --pdf FILE.</source>
        <translation>breach letter needs the number of the data breach: breach letter DL-YYYY-NNNN --person NUMBER --pdf FILE.</translation>
    </message>
    <message>
        <source>breach letter needs --person (a customer number) and --pdf FILE.</source>
        <translation>breach letter needs --person (a customer number) and --pdf FILE.</translation>
    </message>
    <message>
        <source>No person with customer number %1.</source>
        <translation>No person with customer number %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded as letter %2 (SHA-256 %3), %n page(s). Record the day it went out with breach letter-sent.</source>
        <translation>
            <numerusform>%1 recorded as letter %2 (SHA-256 %3), %n page. Record the day it went out with breach letter-sent.</numerusform>
            <numerusform>%1 recorded as letter %2 (SHA-256 %3), %n pages. Record the day it went out with breach letter-sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>breach letter-sent needs the number of the data breach and the letter&apos;s number (breach letter prints it).</source>
        <translation>breach letter-sent needs the number of the data breach and the letter&apos;s number (breach letter prints it).</translation>
    </message>
    <message>
        <source>breach letter-sent needs --on YYYY-MM-DD and --how TEXT.</source>
        <translation>breach letter-sent needs --on YYYY-MM-DD and --how TEXT.</translation>
    </message>
</context>
<context>
    <name>pd::cli::CaseCommands</name>
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
    <message>
        <source>Unknown channel &apos;%1&apos; (%2).</source>
        <translation>Unknown channel &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>The original is not an e-mail: case add needs --channel (%1).</source>
        <translation>The original is not an e-mail: case add needs --channel (%1).</translation>
    </message>
    <message>
        <source>The e-mail has no readable Date: case add needs --received YYYY-MM-DD.</source>
        <translation>The e-mail has no readable Date: case add needs --received YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>case add needs --person NAME or --klantnummer NUMBER.</source>
        <translation>case add needs --person NAME or --klantnummer NUMBER.</translation>
    </message>
    <message>
        <source>case complete --outcome %1 needs --motivation TEXT: the reasons for the decision in words (art. 12(4) GDPR).</source>
        <translation>case complete --outcome %1 needs --motivation TEXT: the reasons for the decision in words (art. 12(4) GDPR).</translation>
    </message>
    <message>
        <source>--decision takes TYPE=OUTCOME[:GROUNDS], for example verwijdering=deels-toegewezen:art-17-3-b; not &apos;%1&apos;.</source>
        <translation>--decision takes TYPE=OUTCOME[:GROUNDS], for example verwijdering=deels-toegewezen:art-17-3-b; not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 takes TYPE=TEXT for a kind given with --decision; not &apos;%2&apos;.</source>
        <translation>--%1 takes TYPE=TEXT for a kind given with --decision; not &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>case complete needs the case number, --outcome (%1) or --decision, and --answered DATE.</source>
        <translation>case complete needs the case number, --outcome (%1) or --decision, and --answered DATE.</translation>
    </message>
    <message>
        <source>The extension was recorded, but the check of its notice could not be read: %1</source>
        <translation>The extension was recorded, but the check of its notice could not be read: %1</translation>
    </message>
    <message>
        <source>--if-version takes the request&apos;s version, a whole number from case show --json; not &apos;%1&apos;.</source>
        <translation>--if-version takes the request&apos;s version, a whole number from case show --json; not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown data category &apos;%1&apos; (%2).</source>
        <translation>Unknown data category &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>Unknown objection subject &apos;%1&apos; (%2).</source>
        <extracomment>Dutch: &quot;Onbekend onderwerp van bezwaar &apos;%1&apos; (%2).&quot;</extracomment>
        <translation>Unknown objection subject &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>--objection-other goes with overig in --objection or --objection-kept.</source>
        <extracomment>Dutch: &quot;--objection-other hoort bij overig in --objection of --objection-kept.&quot;</extracomment>
        <translation>--objection-other goes with overig in --objection or --objection-kept.</translation>
    </message>
    <message>
        <source>case transmit needs the request&apos;s number and --name NAME with --address ADDRESS, or --clear.</source>
        <extracomment>Dutch: &quot;case transmit heeft het nummer van het verzoek nodig en --name NAAM met --address ADRES, of --clear.&quot;</extracomment>
        <translation>case transmit needs the request&apos;s number and --name NAME with --address ADDRESS, or --clear.</translation>
    </message>
    <message>
        <source>  Address:   %1</source>
        <extracomment>Dutch: &quot; Adres: %1&quot;</extracomment>
        <translation>  Address:   %1</translation>
    </message>
    <message>
        <source>  Mandate:   %1 (representative %2)</source>
        <extracomment>Dutch: &quot; Machtiging: %1 (gemachtigde %2)&quot;</extracomment>
        <translation>  Mandate:   %1 (representative %2)</translation>
    </message>
    <message>
        <source>Give the address as &apos;street and number, postcode city&apos;, for example &quot;Kerkpad 12, 6582 BC Heumen&quot;.</source>
        <extracomment>Dutch: &quot;Geef het adres als &apos;straat en huisnummer, postcode plaats&apos;, bijvoorbeeld &quot;Kerkpad 12, 6582 BC Heumen&quot;.&quot;</extracomment>
        <translation>Give the address as &apos;street and number, postcode city&apos;, for example &quot;Kerkpad 12, 6582 BC Heumen&quot;.</translation>
    </message>
    <message>
        <source>The extension was not recorded: no extension notice can be made. %1 [notice-impossible]</source>
        <translation>The extension was not recorded: no extension notice can be made. %1 [notice-impossible]</translation>
    </message>
    <message>
        <source>case mandate needs the case number.</source>
        <extracomment>Dutch: &quot;case mandate heeft het verzoeknummer nodig.&quot;</extracomment>
        <translation>case mandate needs the case number.</translation>
    </message>
    <message>
        <source>case mandate needs --requested DATE and/or --received DATE.</source>
        <extracomment>Dutch: &quot;case mandate heeft --requested DATUM en/of --received DATUM nodig.&quot;</extracomment>
        <translation>case mandate needs --requested DATE and/or --received DATE.</translation>
    </message>
    <message>
        <source>case systems needs the case number.</source>
        <extracomment>Dutch: &quot;case systems heeft het verzoeknummer nodig.&quot;</extracomment>
        <translation>case systems needs the case number.</translation>
    </message>
    <message>
        <source>not searched yet</source>
        <extracomment>Dutch: &quot;nog niet doorzocht&quot;</extracomment>
        <translation>not searched yet</translation>
    </message>
    <message>
        <source>case system tick needs the case number, the system and --result (%1).</source>
        <extracomment>Dutch: &quot;case system tick heeft het verzoeknummer, het systeem en --result nodig (%1).&quot;</extracomment>
        <translation>case system tick needs the case number, the system and --result (%1).</translation>
    </message>
    <message>
        <source>--attachment takes the id of one of the request&apos;s files (case attachments).</source>
        <extracomment>Dutch: &quot;--attachment heeft het nummer van een bestand van het verzoek nodig (case attachments).&quot;</extracomment>
        <translation>--attachment takes the id of one of the request&apos;s files (case attachments).</translation>
    </message>
    <message>
        <source>Tick each system with case system tick, or complete anyway with --systems-open-ok.</source>
        <extracomment>Dutch: &quot;Vink elk systeem af met case system tick, of rond toch af met --systems-open-ok.&quot;</extracomment>
        <translation>Tick each system with case system tick, or complete anyway with --systems-open-ok.</translation>
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
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>The password was wrong %n times in a row. Try again in %1 seconds.</source>
        <translation>
            <numerusform>The password was wrong %n times in a row. Try again in %1 seconds.</numerusform>
            <numerusform>The password was wrong %n times in a row. Try again in %1 seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>The data could not be read: %1</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &apos;%2&apos;.</source>
        <translation>--%1 needs a whole number of 0 or more, not &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Cannot read the passphrase file %1: %2.</translation>
    </message>
    <message>
        <source>Warning: the passphrase file can be read by other users.</source>
        <translation>Warning: the passphrase file can be read by other users.</translation>
    </message>
    <message>
        <source>A backup of a server store needs its passphrase: --passphrase-file FILE or the environment variable PRIVACYDESK_BACKUP_PASSPHRASE. Keep it apart from the backups: without it they cannot be restored.</source>
        <translation>A backup of a server store needs its passphrase: --passphrase-file FILE or the environment variable PRIVACYDESK_BACKUP_PASSPHRASE. Keep it apart from the backups: without it they cannot be restored.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>--password-by goes with --encrypt.</source>
        <extracomment>Dutch: &quot;--password-by hoort bij --encrypt.&quot;</extracomment>
        <translation>--password-by goes with --encrypt.</translation>
    </message>
    <message>
        <source>--password-by is %1.</source>
        <extracomment>Dutch: &quot;--password-by is %1.&quot;</extracomment>
        <translation>--password-by is %1.</translation>
    </message>
    <message>
        <source>Password of the PDF (give it separately, %1; it is not kept anywhere): %2</source>
        <extracomment>Dutch: &quot;Wachtwoord van de PDF (geef het apart door, %1; het wordt nergens bewaard): %2&quot;</extracomment>
        <translation>Password of the PDF (give it separately, %1; it is not kept anywhere): %2</translation>
    </message>
</context>
<context>
    <name>pd::cli::CovenantCommands</name>
    <message>
        <source>--basis is the letter of art. 6(1) GDPR: a, b, c, d, e or f.</source>
        <extracomment>Dutch: &quot;--basis is de letter van art. 6 lid 1 AVG: a, b, c, d, e of f.&quot;</extracomment>
        <translation>--basis is the letter of art. 6(1) GDPR: a, b, c, d, e or f.</translation>
    </message>
    <message>
        <source>Unknown data category &apos;%1&apos;.</source>
        <extracomment>Dutch: &quot;Onbekende gegevenscategorie &apos;%1&apos;.&quot;</extracomment>
        <translation>Unknown data category &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>review %1</source>
        <extracomment>Dutch: &quot;herzien %1&quot;</extracomment>
        <translation>review %1</translation>
    </message>
    <message>
        <source>[review due]</source>
        <extracomment>Dutch: &quot;[herziening nodig]&quot;</extracomment>
        <translation>[review due]</translation>
    </message>
    <message>
        <source>[signed document]</source>
        <extracomment>Dutch: &quot;[getekend document]&quot;</extracomment>
        <translation>[signed document]</translation>
    </message>
    <message>
        <source>covenant add needs --name, --party, --purpose, --basis and --from.</source>
        <extracomment>Dutch: &quot;covenant add heeft --name, --party, --purpose, --basis en --from nodig.&quot;</extracomment>
        <translation>covenant add needs --name, --party, --purpose, --basis and --from.</translation>
    </message>
    <message>
        <source>covenant set needs the covenant&apos;s id.</source>
        <translation>covenant set needs the covenant&apos;s id.</translation>
    </message>
    <message>
        <source>covenant show needs the covenant&apos;s id.</source>
        <translation>covenant show needs the covenant&apos;s id.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Dutch: &quot;Naam&quot;</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parties</source>
        <extracomment>Dutch: &quot;Partijen&quot;</extracomment>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>Dutch: &quot;Doel&quot;</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>Dutch: &quot;Grondslag&quot;</extracomment>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Dutch: &quot;Gegevens&quot;</extracomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Term</source>
        <extracomment>Dutch: &quot;Looptijd&quot;</extracomment>
        <translation>Term</translation>
    </message>
    <message>
        <source>Review on</source>
        <extracomment>Dutch: &quot;Herzien op&quot;</extracomment>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Signed document</source>
        <extracomment>Dutch: &quot;Getekend document&quot;</extracomment>
        <translation>Signed document</translation>
    </message>
    <message>
        <source>The review is due: its date has come.</source>
        <extracomment>Dutch: &quot;De herziening is nodig: de herzieningsdatum is bereikt.&quot;</extracomment>
        <translation>The review is due: its date has come.</translation>
    </message>
    <message>
        <source>covenant document export needs the covenant&apos;s id and --save FILE.</source>
        <translation>covenant document export needs the covenant&apos;s id and --save FILE.</translation>
    </message>
    <message>
        <source>covenant document export needs --save FILE.</source>
        <extracomment>Dutch: &quot;covenant document export heeft --save BESTAND nodig.&quot;</extracomment>
        <translation>covenant document export needs --save FILE.</translation>
    </message>
</context>
<context>
    <name>pd::cli::DisclosureCommands</name>
    <message>
        <source>recipient add needs the recipient&apos;s name.</source>
        <translation>recipient add needs the recipient&apos;s name.</translation>
    </message>
    <message>
        <source>recipient add needs --category (%1).</source>
        <translation>recipient add needs --category (%1).</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos; (ontvanger, verwerker).</source>
        <translation>Unknown role &apos;%1&apos; (ontvanger, verwerker).</translation>
    </message>
    <message>
        <source>Only a processor (--role verwerker) has a processing agreement.</source>
        <translation>Only a processor (--role verwerker) has a processing agreement.</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>review %1</translation>
    </message>
    <message>
        <source>[agreement overdue]</source>
        <translation>[agreement overdue]</translation>
    </message>
    <message>
        <source>disclosure add needs --recipient, --person, --purpose and --basis.</source>
        <translation>disclosure add needs --recipient, --person, --purpose and --basis.</translation>
    </message>
    <message>
        <source>Unknown data category &apos;%1&apos; (%2).</source>
        <translation>Unknown data category &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>--basis is the letter of art. 6(1) GDPR: a, b, c, d, e or f.</source>
        <translation>--basis is the letter of art. 6(1) GDPR: a, b, c, d, e or f.</translation>
    </message>
    <message>
        <source>Give either --informed or --not-informed-reason, not both.</source>
        <translation>Give either --informed or --not-informed-reason, not both.</translation>
    </message>
    <message>
        <source>No recipient &apos;%1&apos; in the catalogue; add it with recipient add.</source>
        <translation>No recipient &apos;%1&apos; in the catalogue; add it with recipient add.</translation>
    </message>
    <message>
        <source>No person with customer number %1.</source>
        <translation>No person with customer number %1.</translation>
    </message>
    <message>
        <source>told on %1</source>
        <translation>told on %1</translation>
    </message>
    <message>
        <source>not told: impossible or disproportionate</source>
        <translation>not told: impossible or disproportionate</translation>
    </message>
    <message>
        <source>not told: impossible or disproportionate — %1</source>
        <translation>not told: impossible or disproportionate — %1</translation>
    </message>
    <message>
        <source>not yet told</source>
        <translation>not yet told</translation>
    </message>
    <message>
        <source>disclosure art19 needs the request&apos;s number.</source>
        <translation>disclosure art19 needs the request&apos;s number.</translation>
    </message>
    <message>
        <source>Give either --notified or --exempt, not both.</source>
        <translation>Give either --notified or --exempt, not both.</translation>
    </message>
    <message>
        <source>To record one recipient give --recipient with --notified DATE or --exempt REASON.</source>
        <translation>To record one recipient give --recipient with --notified DATE or --exempt REASON.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>No recipient &apos;%1&apos; in the catalogue.</source>
        <translation>No recipient &apos;%1&apos; in the catalogue.</translation>
    </message>
    <message>
        <source>Art. 19 GDPR does not apply to %1: it is not a completed, (partly) granted rectification, erasure or restriction.</source>
        <translation>Art. 19 GDPR does not apply to %1: it is not a completed, (partly) granted rectification, erasure or restriction.</translation>
    </message>
    <message>
        <source>No recipient received this person&apos;s data before the request was answered: nobody needs to be told.</source>
        <translation>No recipient received this person&apos;s data before the request was answered: nobody needs to be told.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Correct the list, or leave these numbers out on purpose with --skip-unknown.</source>
        <extracomment>Dutch: &quot;Niets vastgelegd. Pas de lijst aan, of laat deze nummers bewust weg met --skip-unknown.&quot;</extracomment>
        <translation>Nothing was recorded. Correct the list, or leave these numbers out on purpose with --skip-unknown.</translation>
    </message>
    <message>
        <source>The list names nobody who is known.</source>
        <extracomment>Dutch: &quot;De lijst noemt niemand die bekend is.&quot;</extracomment>
        <translation>The list names nobody who is known.</translation>
    </message>
    <message>
        <source>Give either --person or --persons-csv, not both.</source>
        <extracomment>Dutch: &quot;Geef --person of --persons-csv, niet allebei.&quot;</extracomment>
        <translation>Give either --person or --persons-csv, not both.</translation>
    </message>
    <message>
        <source>--covenant is a covenant&apos;s id (covenant list).</source>
        <extracomment>Dutch: &quot;--covenant is het nummer van een convenant (covenant list).&quot;</extracomment>
        <translation>--covenant is a covenant&apos;s id (covenant list).</translation>
    </message>
    <message numerus="yes">
        <source>%n persons</source>
        <extracomment>Dutch: &quot;%n personen&quot;</extracomment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::DocumentCommands</name>
    <message>
        <source>%1 needs a letter kind (%2).</source>
        <translation>%1 needs a letter kind (%2).</translation>
    </message>
    <message>
        <source>Unknown letter kind &apos;%1&apos; (%2).</source>
        <translation>Unknown letter kind &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>letter needs a request number: letter NUMBER --kind KIND --pdf FILE.</source>
        <translation>letter needs a request number: letter NUMBER --kind KIND --pdf FILE.</translation>
    </message>
    <message>
        <source>letter needs --kind (%1).</source>
        <translation>letter needs --kind (%1).</translation>
    </message>
    <message>
        <source>letter needs --pdf FILE.</source>
        <translation>letter needs --pdf FILE.</translation>
    </message>
    <message>
        <source>A PDF needs fonts, which this program did not load.</source>
        <translation>A PDF needs fonts, which this program did not load.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2 recorded (SHA-256 %3), %n page(s).</source>
        <translation>
            <numerusform>%1 for %2 recorded (SHA-256 %3), %n page.</numerusform>
            <numerusform>%1 for %2 recorded (SHA-256 %3), %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>letter kinds needs a request number.</source>
        <translation>letter kinds needs a request number.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>changed by %1 on %2</source>
        <translation>changed by %1 on %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>letter template set needs --file FILE (UTF-8 HTML).</source>
        <translation>letter template set needs --file FILE (UTF-8 HTML).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>dossier needs a request number: dossier NUMBER --pdf FILE.</source>
        <translation>dossier needs a request number: dossier NUMBER --pdf FILE.</translation>
    </message>
    <message>
        <source>dossier needs --pdf FILE.</source>
        <translation>dossier needs --pdf FILE.</translation>
    </message>
    <message>
        <source>[audit-chain-broken] The dossier was written with a warning: the audit trail is broken at event %1: %2</source>
        <translation>[audit-chain-broken] The dossier was written with a warning: the audit trail is broken at event %1: %2</translation>
    </message>
    <message>
        <source>letter sent needs the request number and the letter&apos;s id (letter list shows them).</source>
        <translation>letter sent needs the request number and the letter&apos;s id (letter list shows them).</translation>
    </message>
    <message>
        <source>letter sent needs --on YYYY-MM-DD and --how TEXT.</source>
        <translation>letter sent needs --on YYYY-MM-DD and --how TEXT.</translation>
    </message>
    <message>
        <source>letter list needs a request number.</source>
        <translation>letter list needs a request number.</translation>
    </message>
    <message>
        <source>sent %1 (%2)</source>
        <translation>sent %1 (%2)</translation>
    </message>
    <message>
        <source>only made</source>
        <translation>only made</translation>
    </message>
    <message>
        <source>Give the letter kind with --kind: letter %1 --kind %2 --pdf FILE.</source>
        <translation>Give the letter kind with --kind: letter %1 --kind %2 --pdf FILE.</translation>
    </message>
    <message numerus="yes">
        <source>letter takes one request number, not %n arguments: letter NUMBER --kind KIND --pdf FILE.</source>
        <translation>
            <numerusform>letter takes one request number, not %n arguments: letter NUMBER --kind KIND --pdf FILE.</numerusform>
            <numerusform>letter takes one request number, not %n arguments: letter NUMBER --kind KIND --pdf FILE.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dossier for %1 written: %n page(s), audit trail verified up to event %2.</source>
        <translation>
            <numerusform>Dossier for %1 written: %n page, audit trail verified up to event %2.</numerusform>
            <numerusform>Dossier for %1 written: %n pages, audit trail verified up to event %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::DpiaCommands</name>
    <message>
        <source>review %1</source>
        <extracomment>Dutch: &quot;herbeoordeling %1&quot;</extracomment>
        <translation>review %1</translation>
    </message>
    <message>
        <source>Choose --needed or --not-needed, not both.</source>
        <extracomment>Dutch: &quot;Kies --needed of --not-needed, niet allebei.&quot;</extracomment>
        <translation>Choose --needed or --not-needed, not both.</translation>
    </message>
    <message>
        <source>--residual-risk is laag, middel or hoog.</source>
        <extracomment>Dutch: &quot;--residual-risk is laag, middel of hoog.&quot;</extracomment>
        <translation>--residual-risk is laag, middel or hoog.</translation>
    </message>
    <message>
        <source>dpia add and dpia set need --activity CODE (register list).</source>
        <extracomment>Dutch: &quot;dpia add en dpia set hebben --activity CODE nodig (register list).&quot;</extracomment>
        <translation>dpia add and dpia set need --activity CODE (register list).</translation>
    </message>
</context>
<context>
    <name>pd::cli::ExportCommands</name>
    <message>
        <source>No data of other people found.</source>
        <translation>No data of other people found.</translation>
    </message>
    <message>
        <source>--json needs the name of the JSON file to write.</source>
        <translation>--json needs the name of the JSON file to write.</translation>
    </message>
    <message>
        <source>export person needs one customer number (or request number).</source>
        <translation>export person needs one customer number (or request number).</translation>
    </message>
    <message>
        <source>Choose one of --redact ID,ID, --redact-all and --keep-all.</source>
        <translation>Choose one of --redact ID,ID, --redact-all and --keep-all.</translation>
    </message>
    <message>
        <source>--findings only lists the findings; leave out the outputs and the decisions.</source>
        <translation>--findings only lists the findings; leave out the outputs and the decisions.</translation>
    </message>
    <message>
        <source>export person needs --pdf FILE, --json FILE or --csv-dir FOLDER.</source>
        <translation>export person needs --pdf FILE, --json FILE or --csv-dir FOLDER.</translation>
    </message>
    <message>
        <source>No data subject with customer number or request number %1. [not-found]</source>
        <translation>No data subject with customer number or request number %1. [not-found]</translation>
    </message>
    <message numerus="yes">
        <source>The notes and texts of this data subject hold %n fragment(s) that may be other people&apos;s data. Review them first with: export person %1 --findings; then choose --redact ID,ID, --redact-all or --keep-all. [review-needed]</source>
        <translation>
            <numerusform>The notes and texts of this data subject hold %n fragment that may be other people&apos;s data. Review them first with: export person %1 --findings; then choose --redact ID,ID, --redact-all or --keep-all. [review-needed]</numerusform>
            <numerusform>The notes and texts of this data subject hold %n fragments that may be other people&apos;s data. Review them first with: export person %1 --findings; then choose --redact ID,ID, --redact-all or --keep-all. [review-needed]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown finding(s) %1: the texts may have changed; list the findings again with --findings. [unknown-finding]</source>
        <translation>
            <numerusform>Unknown finding %1: the texts may have changed; list the findings again with --findings. [unknown-finding]</numerusform>
            <numerusform>Unknown findings %1: the texts may have changed; list the findings again with --findings. [unknown-finding]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 finding(s) redacted.</source>
        <translation>
            <numerusform>%n of %1 finding redacted.</numerusform>
            <numerusform>%n of %1 findings redacted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n disclosure(s) are not in the export, because the law forbids telling the data subject about them.</source>
        <translation>
            <numerusform>Note: %n disclosure are not in the export, because the law forbids telling the data subject about them.</numerusform>
            <numerusform>Note: %n disclosures are not in the export, because the law forbids telling the data subject about them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the data export (not on consent or contract, article 20 GDPR): %1.</source>
        <translation>Left out of the data export (not on consent or contract, article 20 GDPR): %1.</translation>
    </message>
    <message>
        <source>--transmit makes the data export: give --json FILE or --csv-dir FOLDER.</source>
        <extracomment>Dutch: &quot;--transmit maakt de export voor overdraagbaarheid: geef --json BESTAND of --csv-dir MAP.&quot;</extracomment>
        <translation>--transmit makes the data export: give --json FILE or --csv-dir FOLDER.</translation>
    </message>
    <message>
        <source>--transmit goes with the number of a portability request, not with a customer number.</source>
        <extracomment>Dutch: &quot;--transmit hoort bij het nummer van een verzoek om overdraagbaarheid, niet bij een klantnummer.&quot;</extracomment>
        <translation>--transmit goes with the number of a portability request, not with a customer number.</translation>
    </message>
    <message>
        <source>Request %1 names no receiving controller: record it first with case transmit. [no-recipient]</source>
        <extracomment>Dutch: &quot;Verzoek %1 noemt geen ontvangende organisatie: leg die eerst vast met case transmit.&quot;</extracomment>
        <translation>Request %1 names no receiving controller: record it first with case transmit. [no-recipient]</translation>
    </message>
    <message>
        <source>Recorded on request %1.</source>
        <extracomment>Dutch: &quot;Vastgelegd bij verzoek %1.&quot;</extracomment>
        <translation>Recorded on request %1.</translation>
    </message>
    <message>
        <source>Note: not recorded on a request, because this data subject has more than one open request for access or portability. Name the request: export person AVG-YYYY-NNNN.</source>
        <extracomment>Dutch: &quot;Let op: niet bij een verzoek vastgelegd, want deze betrokkene heeft meer dan één open verzoek om inzage of overdraagbaarheid. Noem het verzoek: export person AVG-JJJJ-NNNN.&quot;</extracomment>
        <translation>Note: not recorded on a request, because this data subject has more than one open request for access or portability. Name the request: export person AVG-YYYY-NNNN.</translation>
    </message>
    <message>
        <source>--encrypt makes one encrypted PDF: give --pdf FILE.</source>
        <extracomment>Dutch: &quot;--encrypt maakt één versleutelde PDF: geef --pdf BESTAND.&quot;</extracomment>
        <translation>--encrypt makes one encrypted PDF: give --pdf FILE.</translation>
    </message>
    <message>
        <source>--encrypt puts the JSON and CSV files inside the PDF: leave out --json, --csv-dir and --transmit.</source>
        <extracomment>Dutch: &quot;--encrypt zet de JSON- en CSV-bestanden in de PDF: laat --json, --csv-dir en --transmit weg.&quot;</extracomment>
        <translation>--encrypt puts the JSON and CSV files inside the PDF: leave out --json, --csv-dir and --transmit.</translation>
    </message>
    <message>
        <source>Inside the PDF: %1.</source>
        <extracomment>Dutch: &quot;In de PDF: %1.&quot;</extracomment>
        <translation>Inside the PDF: %1.</translation>
    </message>
</context>
<context>
    <name>pd::cli::HoldCommands</name>
    <message>
        <source>hold add needs NUMBER, --system TEXT, --recorded DATE, --overwritten-after (for example 4w or 30d) and --secured TEXT.</source>
        <extracomment>Dutch: &quot;hold add heeft NUMMER, --system TEKST, --recorded DATUM, --overwritten-after (bijvoorbeeld 4w of 30d) en --secured TEKST nodig.&quot;</extracomment>
        <translation>hold add needs NUMBER, --system TEXT, --recorded DATE, --overwritten-after (for example 4w or 30d) and --secured TEXT.</translation>
    </message>
    <message>
        <source>Hold %1 recorded: %2</source>
        <extracomment>Dutch: &quot;Bewaring %1 vastgelegd: %2&quot;</extracomment>
        <translation>Hold %1 recorded: %2</translation>
    </message>
    <message>
        <source>hold secure needs NUMBER and ID.</source>
        <extracomment>Dutch: &quot;hold secure heeft NUMMER en ID nodig.&quot;</extracomment>
        <translation>hold secure needs NUMBER and ID.</translation>
    </message>
    <message>
        <source>Hold %1 secured.</source>
        <extracomment>Dutch: &quot;Bewaring %1 veiliggesteld.&quot;</extracomment>
        <translation>Hold %1 secured.</translation>
    </message>
    <message>
        <source>hold release needs NUMBER, ID and --reason TEXT.</source>
        <extracomment>Dutch: &quot;hold release heeft NUMMER, ID en --reason TEKST nodig.&quot;</extracomment>
        <translation>hold release needs NUMBER, ID and --reason TEXT.</translation>
    </message>
    <message>
        <source>Hold %1 released.</source>
        <extracomment>Dutch: &quot;Bewaring %1 vrijgegeven.&quot;</extracomment>
        <translation>Hold %1 released.</translation>
    </message>
    <message>
        <source>hold list needs NUMBER.</source>
        <extracomment>Dutch: &quot;hold list heeft NUMMER nodig.&quot;</extracomment>
        <translation>hold list needs NUMBER.</translation>
    </message>
    <message>
        <source>No holds on data outside Privacydesk.</source>
        <extracomment>Dutch: &quot;Geen bewaringen van gegevens buiten Privacydesk.&quot;</extracomment>
        <translation>No holds on data outside Privacydesk.</translation>
    </message>
    <message>
        <source>person restrict needs KLANTNUMMER, --data TEXT, --ground a|b|c|d and --reason TEXT.</source>
        <extracomment>Dutch: &quot;person restrict heeft KLANTNUMMER, --data TEKST, --ground a|b|c|d en --reason TEKST nodig.&quot;</extracomment>
        <translation>person restrict needs KLANTNUMMER, --data TEXT, --ground a|b|c|d and --reason TEXT.</translation>
    </message>
    <message>
        <source>Restriction %1 recorded (%2).</source>
        <extracomment>Dutch: &quot;Beperking %1 vastgelegd (%2).&quot;</extracomment>
        <translation>Restriction %1 recorded (%2).</translation>
    </message>
    <message>
        <source>person restriction lift needs the restriction&apos;s ID.</source>
        <extracomment>Dutch: &quot;person restriction lift heeft het ID van de beperking nodig.&quot;</extracomment>
        <translation>person restriction lift needs the restriction&apos;s ID.</translation>
    </message>
    <message>
        <source>Restriction %1 lifted.</source>
        <extracomment>Dutch: &quot;Beperking %1 opgeheven.&quot;</extracomment>
        <translation>Restriction %1 lifted.</translation>
    </message>
    <message>
        <source>No restrictions of processing.</source>
        <extracomment>Dutch: &quot;Geen beperkingen van de verwerking.&quot;</extracomment>
        <translation>No restrictions of processing.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>lifted on %1</source>
        <translation>lifted on %1</translation>
    </message>
</context>
<context>
    <name>pd::cli::ImportCommands</name>
    <message>
        <source>import persons needs exactly one FILE.</source>
        <translation>import persons needs exactly one FILE.</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 rejected.</source>
        <translation>%1 imported, %2 updated, %3 rejected.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Retention terms: %n created</source>
        <translation>
            <numerusform>Retention terms: %n created</numerusform>
            <numerusform>Retention terms: %n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::JsonListWriter</name>
    <message>
        <source>The list could not be written to the output.</source>
        <translation>The list could not be written to the output.</translation>
    </message>
</context>
<context>
    <name>pd::cli::RegisterCommands</name>
    <message>
        <source>register export needs --csv FILE or --pdf FILE.</source>
        <translation>register export needs --csv FILE or --pdf FILE.</translation>
    </message>
    <message>
        <source>A PDF needs fonts, which this program did not load.</source>
        <translation>A PDF needs fonts, which this program did not load.</translation>
    </message>
    <message>
        <source>register set needs the activity&apos;s number, e.g. A.3.</source>
        <extracomment>Dutch: &quot;register set heeft het nummer van de verwerking nodig, bijvoorbeeld A.3.&quot;</extracomment>
        <translation>register set needs the activity&apos;s number, e.g. A.3.</translation>
    </message>
</context>
<context>
    <name>pd::cli::ReportCommands</name>
    <message>
        <source>Deadlines on %1</source>
        <translation>Deadlines on %1</translation>
    </message>
    <message>
        <source>  Open: %1 (%2)</source>
        <translation>  Open: %1 (%2)</translation>
    </message>
    <message>
        <source>  Overdue: %1; due today: %2; due within 7 days: %3</source>
        <translation>  Overdue: %1; due today: %2; due within 7 days: %3</translation>
    </message>
    <message>
        <source>  Last 12 months: %1 received, %2 answered, %3 on time</source>
        <translation>  Last 12 months: %1 received, %2 answered, %3 on time</translation>
    </message>
    <message>
        <source>  Median handling time: %1</source>
        <translation>  Median handling time: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>  Extensions: %1, of which notified after the legal deadline: %2</source>
        <translation>  Extensions: %1, of which notified after the legal deadline: %2</translation>
    </message>
    <message>
        <source>Retention on %1</source>
        <translation>Retention on %1</translation>
    </message>
    <message>
        <source>  Overdue for destruction: %1 (oldest expired %2)</source>
        <translation>  Overdue for destruction: %1 (oldest expired %2)</translation>
    </message>
    <message>
        <source>  Expiring in the next 12 months: %1; destroyed in the last 12 months: %2</source>
        <translation>  Expiring in the next 12 months: %1; destroyed in the last 12 months: %2</translation>
    </message>
    <message>
        <source>Disclosures on %1</source>
        <translation>Disclosures on %1</translation>
    </message>
    <message>
        <source>  Last 12 months: %1</source>
        <translation>  Last 12 months: %1</translation>
    </message>
    <message>
        <source>no agreement</source>
        <translation>no agreement</translation>
    </message>
    <message numerus="yes">
        <source>  Legal holds: %1, keeping %n expired item(s)</source>
        <translation>
            <numerusform>  Legal holds: %1, keeping %n expired item</numerusform>
            <numerusform>  Legal holds: %1, keeping %n expired items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Data subjects still to be informed: %1 (%n disclosure(s)); informing prohibited: %2</source>
        <translation>
            <numerusform>  Data subjects still to be informed: %1 (%n disclosure); informing prohibited: %2</numerusform>
            <numerusform>  Data subjects still to be informed: %1 (%n disclosures); informing prohibited: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>  Processing agreements due for review: %1</source>
        <translation>  Processing agreements due for review: %1</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Data breaches</translation>
    </message>
    <message>
        <source>  Open: %1; 72-hour clocks running: %2; notified late this year: %3</source>
        <translation>  Open: %1; 72-hour clocks running: %2; notified late this year: %3</translation>
    </message>
</context>
<context>
    <name>pd::cli::RetentionCommands</name>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>Name the data subject with --person KLANTNUMMER.</source>
        <translation>Name the data subject with --person KLANTNUMMER.</translation>
    </message>
    <message>
        <source>There is no data subject with customer number %1.</source>
        <translation>There is no data subject with customer number %1.</translation>
    </message>
    <message>
        <source>--on needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--on needs a date as YYYY-MM-DD, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--within needs a number of days from 0 to 3650.</source>
        <translation>--within needs a number of days from 0 to 3650.</translation>
    </message>
    <message>
        <source>Nothing is due for destruction.</source>
        <translation>Nothing is due for destruction.</translation>
    </message>
    <message>
        <source>Nothing was destroyed: add --confirm to destroy this for good.</source>
        <translation>Nothing was destroyed: add --confirm to destroy this for good.</translation>
    </message>
    <message>
        <source>Destroyed: %1 (%2). Proof: audit event %3, %4.</source>
        <translation>Destroyed: %1 (%2). Proof: audit event %3, %4.</translation>
    </message>
    <message>
        <source>retention hold needs --reason TEXT.</source>
        <translation>retention hold needs --reason TEXT.</translation>
    </message>
    <message>
        <source>Legal hold placed: nothing of this data subject will be destroyed until it is released.</source>
        <translation>Legal hold placed: nothing of this data subject will be destroyed until it is released.</translation>
    </message>
    <message>
        <source>Legal hold released.</source>
        <translation>Legal hold released.</translation>
    </message>
    <message>
        <source>retention item set needs --rule CODE and --trigger DATE.</source>
        <translation>retention item set needs --rule CODE and --trigger DATE.</translation>
    </message>
    <message>
        <source>Retention item registered: %1, expires on %2.</source>
        <translation>Retention item registered: %1, expires on %2.</translation>
    </message>
    <message>
        <source>(derived for: %1)</source>
        <translation>(derived for: %1)</translation>
    </message>
    <message>
        <source>retention rule set needs exactly one rule CODE (see retention rule list).</source>
        <translation>retention rule set needs exactly one rule CODE (see retention rule list).</translation>
    </message>
    <message>
        <source>Say what changes: --period, --trigger and/or --relations.</source>
        <translation>Say what changes: --period, --trigger and/or --relations.</translation>
    </message>
    <message>
        <source>Unknown trigger &apos;%1&apos; (triggers: %2).</source>
        <translation>Unknown trigger &apos;%1&apos; (triggers: %2).</translation>
    </message>
    <message>
        <source>Unknown relation type &apos;%1&apos; (relation types: %2).</source>
        <translation>Unknown relation type &apos;%1&apos; (relation types: %2).</translation>
    </message>
    <message>
        <source>There is no retention rule &apos;%1&apos;; see retention rule list.</source>
        <translation>There is no retention rule &apos;%1&apos;; see retention rule list.</translation>
    </message>
    <message>
        <source>Rule %1 saved: %2.</source>
        <translation>Rule %1 saved: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n retention term(s) moved</source>
        <translation>
            <numerusform>%n retention term moved</numerusform>
            <numerusform>%n retention terms moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed: %1. Proof: audit event %2, %3.</source>
        <translation>Destroyed: %1. Proof: audit event %2, %3.</translation>
    </message>
    <message>
        <source>Name the data subject with --person KLANTNUMMER, a request with --case NUMBER or a data breach with --breach NUMBER.</source>
        <translation>Name the data subject with --person KLANTNUMMER, a request with --case NUMBER or a data breach with --breach NUMBER.</translation>
    </message>
    <message>
        <source>Give one of --case, --person or --breach, not more.</source>
        <translation>Give one of --case, --person or --breach, not more.</translation>
    </message>
    <message>
        <source>--period needs a number and a unit, such as 2y, 18m, 4w or 30d (0d: until the trigger itself), not &apos;%1&apos;.</source>
        <translation>--period needs a number and a unit, such as 2y, 18m, 4w or 30d (0d: until the trigger itself), not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>retention rule add needs exactly one CODE, such as betaalgegevens-klant.</source>
        <extracomment>Dutch: &quot;retention rule add heeft precies één CODE nodig, zoals betaalgegevens-klant.&quot;</extracomment>
        <translation>retention rule add needs exactly one CODE, such as betaalgegevens-klant.</translation>
    </message>
    <message>
        <source>retention rule add needs --name TEXT, --trigger TRIGGER and --period N(d|w|m|y).</source>
        <extracomment>Dutch: &quot;retention rule add heeft --name TEKST, --trigger TRIGGER en --period N(d|w|m|y) nodig.&quot;</extracomment>
        <translation>retention rule add needs --name TEXT, --trigger TRIGGER and --period N(d|w|m|y).</translation>
    </message>
    <message>
        <source>Rule %1 added: %2.</source>
        <extracomment>Dutch: &quot;Regel %1 toegevoegd: %2.&quot;</extracomment>
        <translation>Rule %1 added: %2.</translation>
    </message>
    <message>
        <source>retention rule remove needs exactly one rule CODE (see retention rule list).</source>
        <extracomment>Dutch: &quot;retention rule remove heeft precies één regelCODE nodig (zie retention rule list).&quot;</extracomment>
        <translation>retention rule remove needs exactly one rule CODE (see retention rule list).</translation>
    </message>
    <message>
        <source>Removing rule %1 (%2) cannot be undone; confirm with --yes.</source>
        <translation>Removing rule %1 (%2) cannot be undone; confirm with --yes.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) removed.</source>
        <extracomment>Dutch: &quot;Regel %1 (%2) verwijderd.&quot;</extracomment>
        <translation>Rule %1 (%2) removed.</translation>
    </message>
</context>
<context>
    <name>pd::cli::SettingsCommands</name>
    <message>
        <source>settings show takes no arguments.</source>
        <translation>settings show takes no arguments.</translation>
    </message>
    <message>
        <source>settings set needs a key and a value (settings show lists the keys).</source>
        <translation>settings set needs a key and a value (settings show lists the keys).</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;. Known settings: %2.</source>
        <translation>Unknown setting &apos;%1&apos;. Known settings: %2.</translation>
    </message>
</context>
<context>
    <name>pd::cli::TodayCommand</name>
    <message>
        <source>Today, %1</source>
        <extracomment>Dutch: &quot;Vandaag, %1&quot;</extracomment>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>  Nothing urgent.</source>
        <extracomment>Dutch: &quot; Niets dringends.&quot;</extracomment>
        <translation>  Nothing urgent.</translation>
    </message>
    <message numerus="yes">
        <source>  Data breach %1: %n hour(s) left to notify the AP</source>
        <extracomment>Dutch: &quot; Datalek %1: nog %n uur om te melden aan de AP&quot;</extracomment>
        <translation>
            <numerusform>  Data breach %1: %n hour left to notify the AP</numerusform>
            <numerusform>  Data breach %1: %n hours left to notify the AP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Data breach %1: notification to the AP %n hour(s) late</source>
        <translation>
            <numerusform>  Data breach %1: notification to the AP %n hour late</numerusform>
            <numerusform>  Data breach %1: notification to the AP %n hours late</numerusform>
        </translation>
    </message>
    <message>
        <source>  Data breach %1: inform the people concerned (art. 34 GDPR)</source>
        <extracomment>Dutch: &quot; Datalek %1: betrokkenen nog informeren (art. 34 AVG)&quot;</extracomment>
        <translation>  Data breach %1: inform the people concerned (art. 34 GDPR)</translation>
    </message>
    <message>
        <source>  Late (legal deadline): %1</source>
        <extracomment>Dutch: &quot; Te laat (wettelijke termijn): %1&quot;</extracomment>
        <translation>  Late (legal deadline): %1</translation>
    </message>
    <message>
        <source>  Late (own deadline only): %1</source>
        <extracomment>Dutch: &quot; Te laat (alleen eigen termijn): %1&quot;</extracomment>
        <translation>  Late (own deadline only): %1</translation>
    </message>
    <message>
        <source>  Due today: %1</source>
        <extracomment>Dutch: &quot; Uiterste datum vandaag: %1&quot;</extracomment>
        <translation>  Due today: %1</translation>
    </message>
    <message>
        <source>  Due within 7 days: %1</source>
        <extracomment>Dutch: &quot; Uiterste datum binnen 7 dagen: %1&quot;</extracomment>
        <translation>  Due within 7 days: %1</translation>
    </message>
    <message>
        <source>  Awaiting identification or a mandate: %1</source>
        <extracomment>Dutch: &quot; Wachten op identificatie of machtiging: %1&quot;</extracomment>
        <translation>  Awaiting identification or a mandate: %1</translation>
    </message>
    <message>
        <source>  To destroy (retention period passed): %1</source>
        <extracomment>Dutch: &quot; Te vernietigen (bewaartermijn voorbij): %1&quot;</extracomment>
        <translation>  To destroy (retention period passed): %1</translation>
    </message>
    <message>
        <source>  Recipients still to be told (art. 19 GDPR), requests: %1</source>
        <extracomment>Dutch: &quot; Ontvangers nog informeren (art. 19 AVG), verzoeken: %1&quot;</extracomment>
        <translation>  Recipients still to be told (art. 19 GDPR), requests: %1</translation>
    </message>
    <message>
        <source>  Covenants to review: %1</source>
        <extracomment>Dutch: &quot; Convenanten te herzien: %1&quot;</extracomment>
        <translation>  Covenants to review: %1</translation>
    </message>
</context>
<context>
    <name>pd::cli::UserCommands</name>
    <message>
        <source>Cannot read the new password file %1: %2.</source>
        <translation>Cannot read the new password file %1: %2.</translation>
    </message>
    <message>
        <source>Give the new password with --new-password-file FILE or --new-password-stdin.</source>
        <translation>Give the new password with --new-password-file FILE or --new-password-stdin.</translation>
    </message>
    <message>
        <source>user add needs one NAME.</source>
        <translation>user add needs one NAME.</translation>
    </message>
    <message>
        <source>user add needs --role beheerder, functionaris, kcc or auditor.</source>
        <translation>user add needs --role beheerder, functionaris, kcc or auditor.</translation>
    </message>
    <message>
        <source>User %1 added with the role %2.</source>
        <translation>User %1 added with the role %2.</translation>
    </message>
    <message>
        <source>user remove needs one NAME.</source>
        <translation>user remove needs one NAME.</translation>
    </message>
    <message>
        <source>Removing %1 re-encrypts the store and cannot be undone; confirm with --yes.</source>
        <translation>Removing %1 re-encrypts the store and cannot be undone; confirm with --yes.</translation>
    </message>
    <message>
        <source>User %1 removed; the store is re-encrypted with a new key.</source>
        <translation>User %1 removed; the store is re-encrypted with a new key.</translation>
    </message>
    <message>
        <source>user passwd needs one NAME.</source>
        <translation>user passwd needs one NAME.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>The password of %1 is changed.</translation>
    </message>
    <message>
        <source>New recovery key (the old one no longer opens the store). Print it and keep it locked away; it is shown only now:</source>
        <translation>New recovery key (the old one no longer opens the store). Print it and keep it locked away; it is shown only now:</translation>
    </message>
    <message>
        <source>backup needs --to FOLDER.</source>
        <translation>backup needs --to FOLDER.</translation>
    </message>
    <message>
        <source>Backup made and verified in %1.</source>
        <translation>Backup made and verified in %1.</translation>
    </message>
    <message>
        <source>restore needs --from FOLDER.</source>
        <translation>restore needs --from FOLDER.</translation>
    </message>
    <message>
        <source>The store as it was is kept in %1.</source>
        <translation>The store as it was is kept in %1.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Restored from %1.</translation>
    </message>
    <message>
        <source>store id %1</source>
        <translation>store id %1</translation>
    </message>
    <message>
        <source>%1, store id %2</source>
        <translation>%1, store id %2</translation>
    </message>
    <message>
        <source>The backup in %1 belongs to another store (%2) than the store in %3 (%4). Add --other-store to replace this store by it; nothing was changed.</source>
        <translation>The backup in %1 belongs to another store (%2) than the store in %3 (%4). Add --other-store to replace this store by it; nothing was changed.</translation>
    </message>
    <message>
        <source>--keep needs the number of backups to keep, 1 or more.</source>
        <translation>--keep needs the number of backups to keep, 1 or more.</translation>
    </message>
    <message>
        <source>Old backup removed: %1.</source>
        <translation>Old backup removed: %1.</translation>
    </message>
    <message>
        <source>Not removed: %1 is named like a backup but is not recognisably a backup of this store.</source>
        <translation>Not removed: %1 is named like a backup but is not recognisably a backup of this store.</translation>
    </message>
    <message>
        <source>The old backups in %1 could not be listed; the new backup in %2 is kept.</source>
        <translation>The old backups in %1 could not be listed; the new backup in %2 is kept.</translation>
    </message>
    <message>
        <source>The old backup %1 was removed, but this could not be recorded in the audit trail; the new backup in %2 is kept.</source>
        <translation>The old backup %1 was removed, but this could not be recorded in the audit trail; the new backup in %2 is kept.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed; the new backup in %2 is kept.</source>
        <translation>The old backup %1 could not be removed; the new backup in %2 is kept.</translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n character(s).</source>
        <translation>
            <numerusform>The new password must have at least %n character.</numerusform>
            <numerusform>The new password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>[audit-chain-broken] The audit trail does not verify (event %1): %2 Older backups were not removed.</source>
        <translation>[audit-chain-broken] The audit trail does not verify (event %1): %2 Older backups were not removed.</translation>
    </message>
    <message>
        <source>--keep is for backups of a store folder; a server&apos;s backup files are kept as IT keeps them.</source>
        <translation>--keep is for backups of a store folder; a server&apos;s backup files are kept as IT keeps them.</translation>
    </message>
    <message>
        <source>Backup made: %1.</source>
        <translation>Backup made: %1.</translation>
    </message>
    <message>
        <source>Restored from %1 into %2.</source>
        <translation>Restored from %1 into %2.</translation>
    </message>
    <message>
        <source>Destroyed again, because it was destroyed after this backup was made: %1.</source>
        <extracomment>Dutch: &quot;Opnieuw vernietigd, omdat het na het maken van deze back-up was vernietigd: %1.&quot;</extracomment>
        <translation>Destroyed again, because it was destroyed after this backup was made: %1.</translation>
    </message>
    <message>
        <source>The store was restored, but destroying again what was destroyed after the backup failed: %1 The restored store may hold data that was destroyed; check its destruction log against the store as it was.</source>
        <extracomment>Dutch: &quot;De kluis is teruggezet, maar opnieuw vernietigen wat na de back-up was vernietigd, is mislukt: %1 De teruggezette kluis kan vernietigde gegevens bevatten; vergelijk haar vernietigingsregister met dat van de kluis zoals die was.&quot;</extracomment>
        <translation>The store was restored, but destroying again what was destroyed after the backup failed: %1 The restored store may hold data that was destroyed; check its destruction log against the store as it was.</translation>
    </message>
    <message>
        <source>Warning: what was destroyed after this backup was made could not be checked: %1 Compare the destruction log of the store as it was with the restored one.</source>
        <extracomment>Dutch: &quot;Waarschuwing: wat na het maken van deze back-up is vernietigd, kon niet worden nagegaan: %1 Vergelijk het vernietigingsregister van de kluis zoals die was met dat van de teruggezette kluis.&quot;</extracomment>
        <translation>Warning: what was destroyed after this backup was made could not be checked: %1 Compare the destruction log of the store as it was with the restored one.</translation>
    </message>
    <message>
        <source>user rename needs one NAME and --display-name &quot;First Last&quot;.</source>
        <extracomment>Dutch: &quot;user rename heeft één NAAM en --display-name &quot;Voornaam Achternaam&quot; nodig.&quot;</extracomment>
        <translation>user rename needs one NAME and --display-name &quot;First Last&quot;.</translation>
    </message>
    <message>
        <source>User %1 is now named %2; letters are signed with that name.</source>
        <extracomment>Dutch: &quot;Gebruiker %1 heet nu %2; brieven worden met die naam ondertekend.&quot;</extracomment>
        <translation>User %1 is now named %2; letters are signed with that name.</translation>
    </message>
</context>
<context>
    <name>pd::cli::YearReportCommand</name>
    <message>
        <source>report year needs one year, e.g. report year 2026.</source>
        <extracomment>Dutch: &quot;report year heeft één jaartal nodig, bijvoorbeeld: report year 2026.&quot;</extracomment>
        <translation>report year needs one year, e.g. report year 2026.</translation>
    </message>
    <message>
        <source>Give --pdf and --csv a file each.</source>
        <extracomment>Dutch: &quot;Geef --pdf en --csv elk een eigen bestand.&quot;</extracomment>
        <translation>Give --pdf and --csv a file each.</translation>
    </message>
    <message>
        <source>A PDF needs fonts, which this program did not load.</source>
        <translation>A PDF needs fonts, which this program did not load.</translation>
    </message>
</context>
<context>
    <name>pd::ui::AccessibleNames</name>
    <message>
        <source>More actions</source>
        <extracomment>Dutch: &quot;Meer acties&quot;</extracomment>
        <translation>More actions</translation>
    </message>
    <message>
        <source>More actions: what does not fit in the tool bar</source>
        <extracomment>Dutch: &quot;Meer acties: wat niet in de werkbalk past&quot;</extracomment>
        <translation>More actions: what does not fit in the tool bar</translation>
    </message>
</context>
<context>
    <name>pd::ui::AddUserDialog</name>
    <message>
        <source>Fill in a user name.</source>
        <translation>Fill in a user name.</translation>
    </message>
    <message>
        <source>A user name has no spaces, e.g. j.devries.</source>
        <translation>A user name has no spaces, e.g. j.devries.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>There is already a user %1.</translation>
    </message>
    <message>
        <source>Add user – Privacydesk</source>
        <translation>Add user – Privacydesk</translation>
    </message>
    <message>
        <source>The new user gets a key slot of their own: with this password they open the store. Give the password in person, not by e-mail; they can change it themselves afterwards.</source>
        <translation>The new user gets a key slot of their own: with this password they open the store. Give the password in person, not by e-mail; they can change it themselves afterwards.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Jan de Vries</source>
        <translation>e.g. Jan de Vries</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>e.g. j.devries (no spaces)</source>
        <translation>e.g. j.devries (no spaces)</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>Making the key slot… this takes a few seconds.</source>
        <translation>Making the key slot… this takes a few seconds.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>pd::ui::AnswerPasswordDialog</name>
    <message>
        <source>Password of the PDF</source>
        <extracomment>Dutch: &quot;Wachtwoord van de PDF&quot;</extracomment>
        <translation>Password of the PDF</translation>
    </message>
    <message>
        <source>Give the data subject this password separately, %1. It is shown only now and kept nowhere: do not write it down with the file.</source>
        <extracomment>Dutch: &quot;Geef de betrokkene dit wachtwoord apart door, %1. Het wordt alleen nu getoond en nergens bewaard: noteer het niet bij het dossier.&quot;</extracomment>
        <translation>Give the data subject this password separately, %1. It is shown only now and kept nowhere: do not write it down with the file.</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Dutch: &quot;Wachtwoord&quot;</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Dutch: &quot;&amp;Kopiëren&quot;</extracomment>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copied; the clipboard is cleared in 30 seconds.</source>
        <extracomment>Dutch: &quot;Gekopieerd; het klembord wordt over 30 seconden leeggemaakt.&quot;</extracomment>
        <translation>Copied; the clipboard is cleared in 30 seconds.</translation>
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
    <message>
        <source>Restoring the backup… Privacydesk first makes a backup of the current data.</source>
        <translation>Restoring the backup… Privacydesk first makes a backup of the current data.</translation>
    </message>
    <message>
        <source>The backup has been restored, but the store could not be opened again. Unlock it with your password.</source>
        <translation>The backup has been restored, but the store could not be opened again. Unlock it with your password.</translation>
    </message>
    <message>
        <source>Privacydesk is not locked: a window does not close. Close it and lock again (Ctrl+L).</source>
        <extracomment>Dutch: &quot;Privacydesk is niet vergrendeld: een venster sluit niet. Sluit het en vergrendel opnieuw (Ctrl+L).&quot;</extracomment>
        <translation>Privacydesk is not locked: a window does not close. Close it and lock again (Ctrl+L).</translation>
    </message>
    <message>
        <source>Privacydesk is not locked: the window ‘%1’ does not close. Close it and lock again (Ctrl+L).</source>
        <extracomment>Dutch: &quot;Privacydesk is niet vergrendeld: het venster ‘%1’ sluit niet. Sluit het en vergrendel opnieuw (Ctrl+L).&quot;</extracomment>
        <translation>Privacydesk is not locked: the window ‘%1’ does not close. Close it and lock again (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>pd::ui::AttachmentReader</name>
    <message>
        <source>Is this a copy of an identity document?</source>
        <translation>Is this a copy of an identity document?</translation>
    </message>
    <message>
        <source>The name “%1” suggests a copy of an identity document (“%2”).</source>
        <translation>The name “%1” suggests a copy of an identity document (“%2”).</translation>
    </message>
    <message>
        <source>The e-mail “%1” has a file “%2” attached, whose name suggests a copy of an identity document (“%3”).</source>
        <translation>The e-mail “%1” has a file “%2” attached, whose name suggests a copy of an identity document (“%3”).</translation>
    </message>
    <message>
        <source>&amp;Yes, an identity document</source>
        <translation>&amp;Yes, an identity document</translation>
    </message>
    <message>
        <source>&amp;No, keep the file</source>
        <translation>&amp;No, keep the file</translation>
    </message>
    <message>
        <source>Privacydesk never keeps a copy of an identity document: it is refused, and the identification is recorded as a fact (how and when identity was checked) instead.</source>
        <translation>Privacydesk never keeps a copy of an identity document: it is refused, and the identification is recorded as a fact (how and when identity was checked) instead.</translation>
    </message>
</context>
<context>
    <name>pd::ui::AttachmentViewDialog</name>
    <message>
        <source>%1 — %2 — Privacydesk</source>
        <translation>%1 — %2 — Privacydesk</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>%1 (Dutch time)</source>
        <translation>%1 (Dutch time)</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>The e-mail has only an HTML text: shown here without its markup, images or links.</source>
        <translation>The e-mail has only an HTML text: shown here without its markup, images or links.</translation>
    </message>
    <message>
        <source>Attached to the e-mail (kept as part of it; open the e-mail outside Privacydesk to see them):</source>
        <translation>Attached to the e-mail (kept as part of it; open the e-mail outside Privacydesk to see them):</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Privacydesk does not open this kind of file itself. Save a copy, or open it outside Privacydesk with the program your computer uses for it.</source>
        <translation>Privacydesk does not open this kind of file itself. Save a copy, or open it outside Privacydesk with the program your computer uses for it.</translation>
    </message>
    <message>
        <source>This e-mail could not be read as an e-mail. Save a copy to look at it with another program.</source>
        <translation>This e-mail could not be read as an e-mail. Save a copy to look at it with another program.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Added:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>SHA-256 of the file as received</source>
        <translation>SHA-256 of the file as received</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>&amp;Open outside Privacydesk…</source>
        <translation>&amp;Open outside Privacydesk…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Saved a copy as %1.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Save a copy of %1</translation>
    </message>
    <message>
        <source>Open outside Privacydesk?</source>
        <translation>Open outside Privacydesk?</translation>
    </message>
    <message>
        <source>“%1” will leave the encrypted store.</source>
        <translation>“%1” will leave the encrypted store.</translation>
    </message>
    <message>
        <source>Privacydesk first saves a copy where you choose (your private runtime folder is proposed) and then opens it with the program your computer uses for this kind of file. That copy is not encrypted, is not protected by your password and is not destroyed with the request: delete it when you are done.</source>
        <translation>Privacydesk first saves a copy where you choose (your private runtime folder is proposed) and then opens it with the program your computer uses for this kind of file. That copy is not encrypted, is not protected by your password and is not destroyed with the request: delete it when you are done.</translation>
    </message>
    <message>
        <source>&amp;Save a copy and open it…</source>
        <translation>&amp;Save a copy and open it…</translation>
    </message>
    <message>
        <source>Where to put the copy to open</source>
        <translation>Where to put the copy to open</translation>
    </message>
    <message>
        <source>No program on this computer opened the copy. It is at %1.</source>
        <translation>No program on this computer opened the copy. It is at %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3 by %4 · fingerprint (SHA-256) %5</source>
        <translation>%1 · %2 · added %3 by %4 · fingerprint (SHA-256) %5</translation>
    </message>
</context>
<context>
    <name>pd::ui::BackupDialog</name>
    <message>
        <source>You are not an active user of this store; you cannot make a backup.</source>
        <translation>You are not an active user of this store; you cannot make a backup.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow making backups.</source>
        <translation>Your role (%1) does not allow making backups.</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>Choose a folder for the backup.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>Choose a folder outside the store&apos;s folder: a backup beside the store is lost with it.</source>
        <translation>Choose a folder outside the store&apos;s folder: a backup beside the store is lost with it.</translation>
    </message>
    <message>
        <source>the database, encrypted with the store&apos;s key (%1)</source>
        <translation>the database, encrypted with the store&apos;s key (%1)</translation>
    </message>
    <message>
        <source>the users&apos; key slots and the recovery key slot; useless without a password or the recovery key</source>
        <translation>the users&apos; key slots and the recovery key slot; useless without a password or the recovery key</translation>
    </message>
    <message>
        <source>Nothing is written unencrypted. Afterwards Privacydesk opens the copy and checks it.</source>
        <translation>Nothing is written unencrypted. Afterwards Privacydesk opens the copy and checks it.</translation>
    </message>
    <message>
        <source>To restore it you need a password that was valid at the time of the backup, or the recovery key of that time.</source>
        <translation>To restore it you need a password that was valid at the time of the backup, or the recovery key of that time.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>The backup was not made.</translation>
    </message>
    <message>
        <source>Make a backup – Privacydesk</source>
        <translation>Make a backup – Privacydesk</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole store. Keep it on another disk than this computer&apos;s, e.g. a USB disk or a network share that is backed up itself.</source>
        <translation>A backup is an encrypted copy of the whole store. Keep it on another disk than this computer&apos;s, e.g. a USB disk or a network share that is backed up itself.</translation>
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
        <source>Writing and checking the backup… on a large store this takes a minute.</source>
        <translation>Writing and checking the backup… on a large store this takes a minute.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>&amp;Make backup</translation>
    </message>
    <message>
        <source>Privacydesk makes a new folder with:</source>
        <translation>Privacydesk makes a new folder with:</translation>
    </message>
    <message>
        <source>In this folder Privacydesk makes a new folder %1 with:</source>
        <translation>In this folder Privacydesk makes a new folder %1 with:</translation>
    </message>
    <message numerus="yes">
        <source>Backup made and verified in %1. The whole audit trail was checked: %n event(s), complete and unaltered.</source>
        <translation>
            <numerusform>Backup made and verified in %1. The whole audit trail was checked: %n event, complete and unaltered.</numerusform>
            <numerusform>Backup made and verified in %1. The whole audit trail was checked: %n events, complete and unaltered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup made in %1, but the audit trail does not verify. %2 Keep this backup and the previous ones, and have the store examined before you rely on its history.</source>
        <translation>Backup made in %1, but the audit trail does not verify. %2 Keep this backup and the previous ones, and have the store examined before you rely on its history.</translation>
    </message>
</context>
<context>
    <name>pd::ui::BackupReminder</name>
    <message>
        <source>No backup of this store has been made yet.</source>
        <translation>No backup of this store has been made yet.</translation>
    </message>
    <message>
        <source>The last backup is from today.</source>
        <translation>The last backup is from today.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is from %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>The last backup is from %1 (%n day ago).</numerusform>
            <numerusform>The last backup is from %1 (%n days ago).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::BackupReminderBanner</name>
    <message>
        <source>A backup keeps the data when this computer or its disk fails.</source>
        <translation>A backup keeps the data when this computer or its disk fails.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Hide this reminder until Privacydesk is opened again</source>
        <translation>Hide this reminder until Privacydesk is opened again</translation>
    </message>
    <message>
        <source>Make a &amp;backup now…</source>
        <translation>Make a &amp;backup now…</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachApNotificationDialog</name>
    <message>
        <source>Notification to the AP — %1</source>
        <translation>Notification to the AP — %1</translation>
    </message>
    <message>
        <source>The number the AP&apos;s form gave</source>
        <translation>The number the AP&apos;s form gave</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>%1 (72 hours after the discovery on %2)</source>
        <translation>%1 (72 hours after the discovery on %2)</translation>
    </message>
    <message>
        <source>&amp;Notified at:</source>
        <translation>&amp;Notified at:</translation>
    </message>
    <message>
        <source>AP &amp;reference (meldnummer):</source>
        <translation>AP &amp;reference (meldnummer):</translation>
    </message>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation>Reasons for the &amp;delay:</translation>
    </message>
    <message numerus="yes">
        <source>Late: %n hour(s) after the deadline. Give the reasons for the delay (art. 33 lid 1 GDPR).</source>
        <translation>
            <numerusform>Late: %n hour after the deadline. Give the reasons for the delay (art. 33 lid 1 GDPR).</numerusform>
            <numerusform>Late: %n hours after the deadline. Give the reasons for the delay (art. 33 lid 1 GDPR).</numerusform>
        </translation>
    </message>
    <message>
        <source>Late: after the deadline. Give the reasons for the delay (art. 33 lid 1 GDPR).</source>
        <translation>Late: after the deadline. Give the reasons for the delay (art. 33 lid 1 GDPR).</translation>
    </message>
    <message>
        <source>That moment does not exist in Dutch time (the hour skipped when summer time starts).</source>
        <translation>That moment does not exist in Dutch time (the hour skipped when summer time starts).</translation>
    </message>
    <message>
        <source>The notification cannot lie in the future.</source>
        <translation>The notification cannot lie in the future.</translation>
    </message>
    <message>
        <source>The notification cannot lie before the discovery.</source>
        <translation>The notification cannot lie before the discovery.</translation>
    </message>
    <message>
        <source>Enter the AP&apos;s reference (meldnummer).</source>
        <translation>Enter the AP&apos;s reference (meldnummer).</translation>
    </message>
    <message>
        <source>The notification is late: give the reasons for the delay.</source>
        <translation>The notification is late: give the reasons for the delay.</translation>
    </message>
    <message>
        <source>AP reference</source>
        <translation>AP reference</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Reasons for the delay</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachAssessDialog</name>
    <message>
        <source>Assess data breach %1</source>
        <translation>Assess data breach %1</translation>
    </message>
    <message>
        <source>&amp;No risk: not notified, kept in the register</source>
        <translation>&amp;No risk: not notified, kept in the register</translation>
    </message>
    <message>
        <source>&amp;Risk: notify the AP</source>
        <translation>&amp;Risk: notify the AP</translation>
    </message>
    <message>
        <source>&amp;High risk: notify the AP and inform the people concerned</source>
        <translation>&amp;High risk: notify the AP and inform the people concerned</translation>
    </message>
    <message>
        <source>The AP&apos;s criteria that weigh in this breach</source>
        <translation>The AP&apos;s criteria that weigh in this breach</translation>
    </message>
    <message>
        <source>Notify the AP (art. 33 GDPR)</source>
        <translation>Notify the AP (art. 33 GDPR)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <source>Why (notify the AP)</source>
        <translation>Why (notify the AP)</translation>
    </message>
    <message>
        <source>Why: required when it differs from what the risk gives</source>
        <translation>Why: required when it differs from what the risk gives</translation>
    </message>
    <message>
        <source>Inform the people concerned (art. 34 GDPR)</source>
        <translation>Inform the people concerned (art. 34 GDPR)</translation>
    </message>
    <message>
        <source>Y&amp;es, inform them</source>
        <translation>Y&amp;es, inform them</translation>
    </message>
    <message>
        <source>No, &amp;do not inform them</source>
        <translation>No, &amp;do not inform them</translation>
    </message>
    <message>
        <source>Why (inform the people concerned)</source>
        <translation>Why (inform the people concerned)</translation>
    </message>
    <message>
        <source>Risk for the people concerned</source>
        <translation>Risk for the people concerned</translation>
    </message>
    <message>
        <source>Reasonin&amp;g:</source>
        <translation>Reasonin&amp;g:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Write down the reasoning behind the risk.</source>
        <translation>Write down the reasoning behind the risk.</translation>
    </message>
    <message>
        <source>Give the reason for deciding otherwise about notifying the AP.</source>
        <translation>Give the reason for deciding otherwise about notifying the AP.</translation>
    </message>
    <message>
        <source>Give the reason for deciding otherwise about informing the people concerned.</source>
        <translation>Give the reason for deciding otherwise about informing the people concerned.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachDetailWidget</name>
    <message>
        <source>Data breach %1 could not be read: %2</source>
        <translation>Data breach %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Choose a data breach in the list to see it here.</source>
        <translation>Choose a data breach in the list to see it here.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Deadline for the AP</source>
        <translation>Deadline for the AP</translation>
    </message>
    <message>
        <source>%1 (72 hours after the discovery)</source>
        <translation>%1 (72 hours after the discovery)</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Happened</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>by %1 on %2</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>about %1 (estimate)</source>
        <translation>about %1 (estimate)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Group of people</source>
        <translation>Group of people</translation>
    </message>
    <message>
        <source>%1, informed on %2</source>
        <translation>%1, informed on %2</translation>
    </message>
    <message>
        <source>Linked persons</source>
        <translation>Linked persons</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>%1, told us on %2</source>
        <translation>%1, told us on %2</translation>
    </message>
    <message>
        <source>Measures before</source>
        <translation>Measures before</translation>
    </message>
    <message>
        <source>Measures taken since</source>
        <translation>Measures taken since</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Likely consequences</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Not assessed yet. Decide within the 72 hours whether the AP must be notified.</source>
        <translation>Not assessed yet. Decide within the 72 hours whether the AP must be notified.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Criteria that weigh</source>
        <translation>Criteria that weigh</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Notify the AP</source>
        <translation>Notify the AP</translation>
    </message>
    <message>
        <source>Inform the people concerned</source>
        <translation>Inform the people concerned</translation>
    </message>
    <message>
        <source>Notification to the AP</source>
        <translation>Notification to the AP</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>%1 — late, after the deadline of %2</source>
        <translation>%1 — late, after the deadline of %2</translation>
    </message>
    <message>
        <source>AP reference</source>
        <translation>AP reference</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Reasons for the delay</translation>
    </message>
    <message>
        <source>Notified by</source>
        <translation>Notified by</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Informing the people concerned</source>
        <translation>Informing the people concerned</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>on %1: %2</source>
        <translation>on %1: %2</translation>
    </message>
    <message>
        <source>Why a public notice</source>
        <translation>Why a public notice</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <source>Number informed</source>
        <translation>Number informed</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Still to inform (high risk).</source>
        <translation>Still to inform (high risk).</translation>
    </message>
    <message>
        <source>Not informed.</source>
        <translation>Not informed.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Closed by %1 on %2</source>
        <translation>Closed by %1 on %2</translation>
    </message>
    <message>
        <source>Open; it can be closed.</source>
        <translation>Open; it can be closed.</translation>
    </message>
    <message>
        <source>Open. Before closing: %1</source>
        <translation>Open. Before closing: %1</translation>
    </message>
    <message>
        <source>Not yet to be closed</source>
        <translation>Not yet to be closed</translation>
    </message>
    <message>
        <source>Data breach %1 cannot be closed yet.</source>
        <translation>Data breach %1 cannot be closed yet.</translation>
    </message>
    <message>
        <source>Close data breach</source>
        <translation>Close data breach</translation>
    </message>
    <message>
        <source>Close data breach %1? It stays in the register.</source>
        <translation>Close data breach %1? It stays in the register.</translation>
    </message>
    <message>
        <source>&amp;Close it</source>
        <translation>&amp;Close it</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>&amp;Keep it open</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Not reopened</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Assess…</translation>
    </message>
    <message>
        <source>Notify the A&amp;P…</source>
        <translation>Notify the A&amp;P…</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up…</source>
        <translation>Fo&amp;llow-up…</translation>
    </message>
    <message>
        <source>&amp;Inform the people…</source>
        <translation>&amp;Inform the people…</translation>
    </message>
    <message>
        <source>Clo&amp;se the breach</source>
        <translation>Clo&amp;se the breach</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Change the description of the breach</source>
        <translation>Change the description of the breach</translation>
    </message>
    <message>
        <source>The risk, the AP&apos;s criteria and the two decisions</source>
        <translation>The risk, the AP&apos;s criteria and the two decisions</translation>
    </message>
    <message>
        <source>Record the notification made in the AP&apos;s form, with its meldnummer</source>
        <translation>Record the notification made in the AP&apos;s form, with its meldnummer</translation>
    </message>
    <message>
        <source>Record a follow-up: supplement or withdraw the notification</source>
        <translation>Record a follow-up: supplement or withdraw the notification</translation>
    </message>
    <message>
        <source>Record how the people concerned were informed (art. 34 GDPR)</source>
        <translation>Record how the people concerned were informed (art. 34 GDPR)</translation>
    </message>
    <message>
        <source>Notice of the data breach</source>
        <translation>Notice of the data breach</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>To whom:</translation>
    </message>
    <message>
        <source>P&amp;repare the AP notification…</source>
        <translation>P&amp;repare the AP notification…</translation>
    </message>
    <message>
        <source>Lin&amp;k persons…</source>
        <translation>Lin&amp;k persons…</translation>
    </message>
    <message>
        <source>Make the &amp;notice…</source>
        <translation>Make the &amp;notice…</translation>
    </message>
    <message>
        <source>Sen&amp;t on…</source>
        <translation>Sen&amp;t on…</translation>
    </message>
    <message>
        <source>The notification as the AP&apos;s form asks it: print it, save it as PDF or copy the text into the form</source>
        <translation>The notification as the AP&apos;s form asks it: print it, save it as PDF or copy the text into the form</translation>
    </message>
    <message>
        <source>The persons concerned, where known</source>
        <translation>The persons concerned, where known</translation>
    </message>
    <message>
        <source>The letter &quot;kennisgeving datalek&quot; to a linked person (art. 34 GDPR)</source>
        <translation>The letter &quot;kennisgeving datalek&quot; to a linked person (art. 34 GDPR)</translation>
    </message>
    <message>
        <source>Record the day a notice letter was sent: the person is then informed</source>
        <translation>Record the day a notice letter was sent: the person is then informed</translation>
    </message>
    <message>
        <source>Destroyed on %1 by %2 under the retention rule for the data-breach register: the personal data, the linked persons, the letters and the free texts are gone. What stays is the register&apos;s skeleton: the number, the moments, the nature, the data categories, the numbers, the risk, the decisions and the AP&apos;s reference.</source>
        <translation>Destroyed on %1 by %2 under the retention rule for the data-breach register: the personal data, the linked persons, the letters and the free texts are gone. What stays is the register&apos;s skeleton: the number, the moments, the nature, the data categories, the numbers, the risk, the decisions and the AP&apos;s reference.</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachDialog</name>
    <message>
        <source>Data breach %1</source>
        <translation>Data breach %1</translation>
    </message>
    <message>
        <source>Report a data breach</source>
        <translation>Report a data breach</translation>
    </message>
    <message>
        <source>e.g. &quot;Letter about rent arrears sent to the wrong address&quot;</source>
        <translation>e.g. &quot;Letter about rent arrears sent to the wrong address&quot;</translation>
    </message>
    <message>
        <source>It &amp;happened at:</source>
        <translation>It &amp;happened at:</translation>
    </message>
    <message>
        <source>When the breach happened</source>
        <translation>When the breach happened</translation>
    </message>
    <message>
        <source>Personal data involved</source>
        <translation>Personal data involved</translation>
    </message>
    <message>
        <source>Special or criminal data (art. 9 and 10 GDPR): weighs heavily in the risk</source>
        <translation>Special or criminal data (art. 9 and 10 GDPR): weighs heavily in the risk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>&amp;Estimate</translation>
    </message>
    <message>
        <source>Es&amp;timate</source>
        <translation>Es&amp;timate</translation>
    </message>
    <message>
        <source>e.g. tenants of one complex, house-seekers</source>
        <translation>e.g. tenants of one complex, house-seekers</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>The processor told us &amp;at:</source>
        <translation>The processor told us &amp;at:</translation>
    </message>
    <message>
        <source>When the processor told us</source>
        <translation>When the processor told us</translation>
    </message>
    <message>
        <source>Empty: none</source>
        <translation>Empty: none</translation>
    </message>
    <message>
        <source>The recipients could not be read: %1</source>
        <translation>The recipients could not be read: %1</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>&amp;Discovered at:</source>
        <translation>&amp;Discovered at:</translation>
    </message>
    <message>
        <source>The 72 hours for notifying the AP start at the discovery.</source>
        <translation>The 72 hours for notifying the AP start at the discovery.</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Nature:</translation>
    </message>
    <message>
        <source>&amp;Personal data:</source>
        <translation>&amp;Personal data:</translation>
    </message>
    <message>
        <source>Number of pe&amp;rsons:</source>
        <translation>Number of pe&amp;rsons:</translation>
    </message>
    <message>
        <source>Number of re&amp;cords:</source>
        <translation>Number of re&amp;cords:</translation>
    </message>
    <message>
        <source>&amp;Group of people:</source>
        <translation>&amp;Group of people:</translation>
    </message>
    <message>
        <source>Pr&amp;ocessor involved:</source>
        <translation>Pr&amp;ocessor involved:</translation>
    </message>
    <message>
        <source>&amp;Measures before:</source>
        <translation>&amp;Measures before:</translation>
    </message>
    <message>
        <source>Measures ta&amp;ken since:</source>
        <translation>Measures ta&amp;ken since:</translation>
    </message>
    <message>
        <source>Likely conse&amp;quences:</source>
        <translation>Likely conse&amp;quences:</translation>
    </message>
    <message>
        <source>I&amp;nternational:</source>
        <translation>I&amp;nternational:</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Number of persons</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Number of records</translation>
    </message>
    <message>
        <source>Processor involved</source>
        <translation>Processor involved</translation>
    </message>
    <message>
        <source>That moment of discovery does not exist in Dutch time (the hour skipped when summer time starts).</source>
        <translation>That moment of discovery does not exist in Dutch time (the hour skipped when summer time starts).</translation>
    </message>
    <message>
        <source>That moment of the breach does not exist in Dutch time (the hour skipped when summer time starts).</source>
        <translation>That moment of the breach does not exist in Dutch time (the hour skipped when summer time starts).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Group of people</source>
        <translation>Group of people</translation>
    </message>
    <message>
        <source>Measures before</source>
        <translation>Measures before</translation>
    </message>
    <message>
        <source>Measures taken since</source>
        <translation>Measures taken since</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Likely consequences</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>For the letter to the people: what happened, in plain words</source>
        <extracomment>Dutch: &quot;Voor de brief aan de betrokkenen: wat er is gebeurd, in eenvoudige taal&quot;</extracomment>
        <translation>For the letter to the people: what happened, in plain words</translation>
    </message>
    <message>
        <source>For the letter to the people: what it can mean for them</source>
        <extracomment>Dutch: &quot;Voor de brief aan de betrokkenen: wat het voor hen kan betekenen&quot;</extracomment>
        <translation>For the letter to the people: what it can mean for them</translation>
    </message>
    <message>
        <source>Take this moment as the disco&amp;very</source>
        <extracomment>Dutch: &quot;Neem dit moment als &amp;ontdekking&quot;</extracomment>
        <translation>Take this moment as the disco&amp;very</translation>
    </message>
    <message>
        <source>&amp;Letter: what happened:</source>
        <extracomment>Dutch: &quot;Brief: wat er gebe&amp;urde:&quot;</extracomment>
        <translation>&amp;Letter: what happened:</translation>
    </message>
    <message>
        <source>Letter: conseq&amp;uences for them:</source>
        <extracomment>Dutch: &quot;Brief: gevolgen voor he&amp;n:&quot;</extracomment>
        <translation>Letter: conseq&amp;uences for them:</translation>
    </message>
    <message>
        <source>Letter: what happened</source>
        <translation>Letter: what happened</translation>
    </message>
    <message>
        <source>Letter: consequences for them</source>
        <translation>Letter: consequences for them</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachDispatchDialog</name>
    <message>
        <source>Notice sent</source>
        <translation>Notice sent</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>by post</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, made on %2</translation>
    </message>
    <message>
        <source>Every notice made has been recorded as sent. Make the notice first.</source>
        <translation>Every notice made has been recorded as sent. Make the notice first.</translation>
    </message>
    <message>
        <source>The date cannot lie in the future.</source>
        <translation>The date cannot lie in the future.</translation>
    </message>
    <message>
        <source>Say how the notice was sent.</source>
        <translation>Say how the notice was sent.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachFollowUpDialog</name>
    <message>
        <source>Follow-up notification — %1</source>
        <translation>Follow-up notification — %1</translation>
    </message>
    <message>
        <source>&amp;Supplement or correct the notification</source>
        <translation>&amp;Supplement or correct the notification</translation>
    </message>
    <message>
        <source>&amp;Withdraw the notification</source>
        <translation>&amp;Withdraw the notification</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;At:</translation>
    </message>
    <message>
        <source>AP &amp;reference (meldnummer):</source>
        <translation>AP &amp;reference (meldnummer):</translation>
    </message>
    <message>
        <source>&amp;Text (what was added, or why withdrawn):</source>
        <translation>&amp;Text (what was added, or why withdrawn):</translation>
    </message>
    <message>
        <source>That moment does not exist in Dutch time (the hour skipped when summer time starts).</source>
        <translation>That moment does not exist in Dutch time (the hour skipped when summer time starts).</translation>
    </message>
    <message>
        <source>The follow-up cannot lie in the future.</source>
        <translation>The follow-up cannot lie in the future.</translation>
    </message>
    <message>
        <source>Enter the AP&apos;s reference (meldnummer).</source>
        <translation>Enter the AP&apos;s reference (meldnummer).</translation>
    </message>
    <message>
        <source>Say what was added, or why the notification is withdrawn.</source>
        <translation>Say what was added, or why the notification is withdrawn.</translation>
    </message>
    <message>
        <source>AP reference</source>
        <translation>AP reference</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachFormDialog</name>
    <message>
        <source>Dutch time (Europe/Amsterdam)</source>
        <translation>Dutch time (Europe/Amsterdam)</translation>
    </message>
    <message>
        <source>This number is not a &amp;BSN (logged)</source>
        <translation>This number is not a &amp;BSN (logged)</translation>
    </message>
    <message>
        <source>Remove the citizen service number, or confirm that it is not one.</source>
        <translation>Remove the citizen service number, or confirm that it is not one.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation>What you typed here has not been saved. Discard it?</translation>
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
    <name>pd::ui::BreachLetterDialog</name>
    <message>
        <source>Notice of the data breach %1</source>
        <translation>Notice of the data breach %1</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>The letter</translation>
    </message>
    <message>
        <source>The &amp;numbers in the letter are not a BSN</source>
        <translation>The &amp;numbers in the letter are not a BSN</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>%1 recorded (SHA-256 %2…). Record the day it is sent with &quot;Sent on…&quot;.</source>
        <translation>%1 recorded (SHA-256 %2…). Record the day it is sent with &quot;Sent on…&quot;.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachListModel</name>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>notified late on %1</source>
        <translation>notified late on %1</translation>
    </message>
    <message>
        <source>notified on %1</source>
        <translation>notified on %1</translation>
    </message>
    <message numerus="yes">
        <source>late: deadline passed %n hour(s) ago</source>
        <translation>
            <numerusform>late: deadline passed %n hour ago</numerusform>
            <numerusform>late: deadline passed %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message>
        <source>no notification needed</source>
        <translation>no notification needed</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>not notified</translation>
    </message>
    <message>
        <source>Deadline for the AP: %1 (72 hours after the discovery)</source>
        <translation>Deadline for the AP: %1 (72 hours after the discovery)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>AP deadline (72 hours)</source>
        <translation>AP deadline (72 hours)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>The register could not be read: %1</translation>
    </message>
    <message>
        <source>(destroyed on %1)</source>
        <translation>(destroyed on %1)</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachNotificationDialog</name>
    <message>
        <source>The AP notification</source>
        <translation>The AP notification</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Copy te&amp;xt</source>
        <translation>Copy te&amp;xt</translation>
    </message>
    <message>
        <source>Copy the text to paste it into the AP&apos;s notification form</source>
        <translation>Copy the text to paste it into the AP&apos;s notification form</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>The text is on the clipboard: paste it into the AP&apos;s form.</source>
        <translation>The text is on the clipboard: paste it into the AP&apos;s form.</translation>
    </message>
    <message>
        <source>Save the AP notification as PDF</source>
        <translation>Save the AP notification as PDF</translation>
    </message>
    <message>
        <source>ap-notification-%1.pdf</source>
        <translation>ap-notification-%1.pdf</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachPersonsDialog</name>
    <message>
        <source>Persons concerned by %1</source>
        <translation>Persons concerned by %1</translation>
    </message>
    <message>
        <source>Add to the &amp;breach</source>
        <translation>Add to the &amp;breach</translation>
    </message>
    <message>
        <source>Unl&amp;ink</source>
        <translation>Unl&amp;ink</translation>
    </message>
    <message>
        <source>Linked persons</source>
        <translation>Linked persons</translation>
    </message>
    <message>
        <source>Lin&amp;ked persons:</source>
        <translation>Lin&amp;ked persons:</translation>
    </message>
    <message>
        <source>Choose a person in the search results first. A person must be known in Privacydesk to be linked.</source>
        <translation>Choose a person in the search results first. A person must be known in Privacydesk to be linked.</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachSubjectsDialog</name>
    <message>
        <source>Informing the people concerned — %1</source>
        <translation>Informing the people concerned — %1</translation>
    </message>
    <message>
        <source>&amp;Each person concerned was informed</source>
        <translation>&amp;Each person concerned was informed</translation>
    </message>
    <message>
        <source>A &amp;public notice: informing each person would take disproportionate effort</source>
        <translation>A &amp;public notice: informing each person would take disproportionate effort</translation>
    </message>
    <message>
        <source>e.g. a letter to every tenant of the complex, an e-mail</source>
        <translation>e.g. a letter to every tenant of the complex, an e-mail</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>By what &amp;means:</source>
        <translation>By what &amp;means:</translation>
    </message>
    <message>
        <source>&amp;Number informed:</source>
        <translation>&amp;Number informed:</translation>
    </message>
    <message>
        <source>&amp;Reason for the public notice:</source>
        <translation>&amp;Reason for the public notice:</translation>
    </message>
    <message>
        <source>The date cannot lie in the future.</source>
        <translation>The date cannot lie in the future.</translation>
    </message>
    <message>
        <source>Say by what means the people were informed.</source>
        <translation>Say by what means the people were informed.</translation>
    </message>
    <message>
        <source>Give the reason for a public notice instead of informing each person.</source>
        <translation>Give the reason for a public notice instead of informing each person.</translation>
    </message>
    <message>
        <source>By what means</source>
        <translation>By what means</translation>
    </message>
    <message>
        <source>Reason for the public notice</source>
        <translation>Reason for the public notice</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachesPage</name>
    <message>
        <source>The register could not be read</source>
        <translation>The register could not be read</translation>
    </message>
    <message numerus="yes">
        <source>%n data breach(es)</source>
        <translation>
            <numerusform>%n data breach</numerusform>
            <numerusform>%n data breaches</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not reported a data breach</source>
        <translation>You have not reported a data breach</translation>
    </message>
    <message>
        <source>A letter to the wrong address, a lost phone, an e-mail to the wrong person: report it at once with &quot;Report a data breach&quot;. The privacy officer takes it from there.</source>
        <translation>A letter to the wrong address, a lost phone, an e-mail to the wrong person: report it at once with &quot;Report a data breach&quot;. The privacy officer takes it from there.</translation>
    </message>
    <message>
        <source>No open data breaches</source>
        <translation>No open data breaches</translation>
    </message>
    <message>
        <source>Every breach is documented here, also when it is not notified. Choose &quot;All&quot; to see the closed ones.</source>
        <translation>Every breach is documented here, also when it is not notified. Choose &quot;All&quot; to see the closed ones.</translation>
    </message>
    <message>
        <source>No data breaches registered yet</source>
        <translation>No data breaches registered yet</translation>
    </message>
    <message>
        <source>Every breach is documented here (art. 33 lid 5 GDPR), also when it is not notified to the AP.</source>
        <translation>Every breach is documented here (art. 33 lid 5 GDPR), also when it is not notified to the AP.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Open breaches</source>
        <translation>Open breaches</translation>
    </message>
    <message>
        <source>All breaches</source>
        <translation>All breaches</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Report a &amp;data breach…</source>
        <translation>Report a &amp;data breach…</translation>
    </message>
    <message>
        <source>Register a data breach at once: the 72 hours run from the discovery</source>
        <translation>Register a data breach at once: the 72 hours run from the discovery</translation>
    </message>
    <message>
        <source>You see the data breaches you reported yourself.</source>
        <translation>You see the data breaches you reported yourself.</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <extracomment>Dutch: &quot;Datalekken&quot;</extracomment>
        <translation>Data breaches</translation>
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
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <message>
        <source>Write a &amp;letter…</source>
        <translation>Write a &amp;letter…</translation>
    </message>
    <message>
        <source>AP complaint &amp;dossier…</source>
        <translation>AP complaint &amp;dossier…</translation>
    </message>
    <message>
        <source>Inzage report and e&amp;xport…</source>
        <translation>Inzage report and e&amp;xport…</translation>
    </message>
    <message>
        <source>You see only the details of the phone call.</source>
        <translation>You see only the details of the phone call.</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Registered on:</translation>
    </message>
    <message>
        <source>Mandate:</source>
        <translation>Mandate:</translation>
    </message>
    <message>
        <source>answered on %1, %2</source>
        <translation>answered on %1, %2</translation>
    </message>
    <message>
        <source>Objection:</source>
        <translation>Objection:</translation>
    </message>
    <message>
        <source>against direct marketing (absolute, art. 21(3) GDPR)</source>
        <translation>against direct marketing (absolute, art. 21(3) GDPR)</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>Without identification:</source>
        <translation>Without identification:</translation>
    </message>
    <message>
        <source>Decided without it:</source>
        <translation>Decided without it:</translation>
    </message>
    <message>
        <source>Change the &amp;source…</source>
        <translation>Change the &amp;source…</translation>
    </message>
    <message>
        <source>the data subject</source>
        <translation>the data subject</translation>
    </message>
    <message>
        <source>Source of the data:</source>
        <translation>Source of the data:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Reasons: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The request could not be read</source>
        <translation>The request could not be read</translation>
    </message>
    <message>
        <source>Change the relation and &amp;end date…</source>
        <translation>Change the relation and &amp;end date…</translation>
    </message>
    <message>
        <source>%1, ended on %2</source>
        <translation>%1, ended on %2</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <source>Add no&amp;te…</source>
        <translation>Add no&amp;te…</translation>
    </message>
    <message>
        <source>paused until the mandate is received</source>
        <extracomment>Dutch: &quot;gepauzeerd tot de machtiging binnen is&quot;</extracomment>
        <translation>paused until the mandate is received</translation>
    </message>
    <message>
        <source>Representative&apos;s address:</source>
        <extracomment>Dutch: &quot;Adres gemachtigde:&quot;</extracomment>
        <translation>Representative&apos;s address:</translation>
    </message>
    <message>
        <source>Mandate pause:</source>
        <extracomment>Dutch: &quot;Pauze voor de machtiging:&quot;</extracomment>
        <translation>Mandate pause:</translation>
    </message>
    <message>
        <source>&amp;Mandate requested…</source>
        <extracomment>Dutch: &quot;&amp;Machtiging gevraagd…&quot;</extracomment>
        <translation>&amp;Mandate requested…</translation>
    </message>
    <message>
        <source>Mandate recei&amp;ved…</source>
        <extracomment>Dutch: &quot;Machti&amp;ging ontvangen…&quot;</extracomment>
        <translation>Mandate recei&amp;ved…</translation>
    </message>
    <message>
        <source>Receiving controller:</source>
        <extracomment>Dutch: &quot;Ontvangende organisatie:&quot;</extracomment>
        <translation>Receiving controller:</translation>
    </message>
    <message>
        <source>Data changed:</source>
        <extracomment>Dutch: &quot;Gewijzigde gegevens:&quot;</extracomment>
        <translation>Data changed:</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <extracomment>Dutch: &quot;%1: gestopt&quot;</extracomment>
        <translation>%1: stopped</translation>
    </message>
    <message>
        <source>%1: goes on</source>
        <translation>%1: goes on</translation>
    </message>
    <message>
        <source>Objection about:</source>
        <extracomment>Dutch: &quot;Bezwaar over:&quot;</extracomment>
        <translation>Objection about:</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseDisclosuresWidget</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>New &amp;disclosure…</source>
        <translation>New &amp;disclosure…</translation>
    </message>
    <message>
        <source>Register a disclosure of this person&apos;s data</source>
        <translation>Register a disclosure of this person&apos;s data</translation>
    </message>
    <message>
        <source>Art. 19 GDPR: recipients to be told</source>
        <translation>Art. 19 GDPR: recipients to be told</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Last disclosure</source>
        <translation>Last disclosure</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Told</translation>
    </message>
    <message>
        <source>Informed on %1</source>
        <translation>Informed on %1</translation>
    </message>
    <message>
        <source>Not informed: %1</source>
        <translation>Not informed: %1</translation>
    </message>
    <message>
        <source>No disclosures of this person&apos;s data are registered.</source>
        <translation>No disclosures of this person&apos;s data are registered.</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) of this person&apos;s data.</source>
        <translation>
            <numerusform>%n disclosure of this person&apos;s data.</numerusform>
            <numerusform>%n disclosures of this person&apos;s data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Told on %1</source>
        <translation>Told on %1</translation>
    </message>
    <message>
        <source>Not yet told</source>
        <translation>Not yet told</translation>
    </message>
    <message>
        <source>No recipient received this person&apos;s data before the request was answered: nobody needs to be told.</source>
        <translation>No recipient received this person&apos;s data before the request was answered: nobody needs to be told.</translation>
    </message>
    <message>
        <source>Every recipient has been told.</source>
        <translation>Every recipient has been told.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) still to be told of the change.</source>
        <translation>
            <numerusform>%n recipient still to be told of the change.</numerusform>
            <numerusform>%n recipients still to be told of the change.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>The request could not be read: %1</source>
        <translation>The request could not be read: %1</translation>
    </message>
    <message>
        <source>Why telling this recipient is impossible or disproportionate</source>
        <translation>Why telling this recipient is impossible or disproportionate</translation>
    </message>
    <message>
        <source>Not &amp;possible or disproportionate</source>
        <translation>Not &amp;possible or disproportionate</translation>
    </message>
    <message>
        <source>Art. 19 GDPR: record, with the reason, that telling the selected recipient proved impossible or would take disproportionate effort</source>
        <translation>Art. 19 GDPR: record, with the reason, that telling the selected recipient proved impossible or would take disproportionate effort</translation>
    </message>
    <message>
        <source>Not told: impossible or disproportionate</source>
        <translation>Not told: impossible or disproportionate</translation>
    </message>
    <message>
        <source>Not told: impossible or disproportionate — %1</source>
        <translation>Not told: impossible or disproportionate — %1</translation>
    </message>
    <message>
        <source>Done: telling the recipients proved impossible or disproportionate; the reasons are recorded.</source>
        <translation>Done: telling the recipients proved impossible or disproportionate; the reasons are recorded.</translation>
    </message>
    <message numerus="yes">
        <source>Done: every recipient has been told, except %n for which that proved impossible or disproportionate.</source>
        <translation>
            <numerusform>Done: every recipient has been told, except %n for which that proved impossible or disproportionate.</numerusform>
            <numerusform>Done: every recipient has been told, except %n for which that proved impossible or disproportionate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the recipient in the list first.</source>
        <translation>Select the recipient in the list first.</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <source>Whether the data subject was informed of the disclosure</source>
        <translation>Whether the data subject was informed of the disclosure</translation>
    </message>
    <message>
        <source>Mar&amp;k as told on</source>
        <translation>Mar&amp;k as told on</translation>
    </message>
    <message>
        <source>None of these recipients received the data that changed: nobody needs to be told.</source>
        <extracomment>Dutch: &quot;Geen van deze ontvangers kreeg de gegevens die zijn gewijzigd: niemand hoeft de wijziging te horen.&quot;</extracomment>
        <translation>None of these recipients received the data that changed: nobody needs to be told.</translation>
    </message>
    <message numerus="yes">
        <source>Every recipient of the data that changed has been told; %n never received them.</source>
        <extracomment>Dutch: &quot;Elke ontvanger van de gewijzigde gegevens heeft de wijziging gehoord; %n kreeg(en) die gegevens nooit.&quot;</extracomment>
        <translation>
            <numerusform>Every recipient of the data that changed has been told; %n recipient never received them.</numerusform>
            <numerusform>Every recipient of the data that changed has been told; %n recipients never received them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosures of this person</source>
        <extracomment>Dutch: &quot;Verstrekkingen van deze persoon&quot;</extracomment>
        <translation>Disclosures of this person</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseDocumentsWidget</name>
    <message>
        <source>text destroyed (retention)</source>
        <translation>text destroyed (retention)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>No letter has been recorded for this request yet. Write the acknowledgement of receipt with “Write a letter…”.</source>
        <translation>No letter has been recorded for this request yet. Write the acknowledgement of receipt with “Write a letter…”.</translation>
    </message>
    <message>
        <source>No letter has been recorded for this request yet.</source>
        <translation>No letter has been recorded for this request yet.</translation>
    </message>
    <message>
        <source>The files of this request could not be read: %1</source>
        <translation>The files of this request could not be read: %1</translation>
    </message>
    <message>
        <source>destroyed on %1</source>
        <translation>destroyed on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept with the request.</source>
        <translation>
            <numerusform>%n file kept with the request.</numerusform>
            <numerusform>%n files kept with the request.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a file to %1</source>
        <translation>Add a file to %1</translation>
    </message>
    <message>
        <source>E-mails, PDF files and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>E-mails, PDF files and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>This file was destroyed under the retention rules; only its fingerprint and size are kept as proof.</source>
        <translation>This file was destroyed under the retention rules; only its fingerprint and size are kept as proof.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>The request as it arrived, a mandate, later correspondence: kept inside the encrypted store. Enter or a double-click opens one read-only; drop a file here to add it.</source>
        <translation>The request as it arrived, a mandate, later correspondence: kept inside the encrypted store. Enter or a double-click opens one read-only; drop a file here to add it.</translation>
    </message>
    <message>
        <source>The request as it arrived, a mandate, later correspondence: kept inside the encrypted store. Enter or a double-click opens one read-only.</source>
        <translation>The request as it arrived, a mandate, later correspondence: kept inside the encrypted store. Enter or a double-click opens one read-only.</translation>
    </message>
    <message>
        <source>as:</source>
        <translation>as:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>No file has been kept with this request. Drop the e-mail, the letter&apos;s scan or a mandate here, or use “Add file…”.</source>
        <translation>No file has been kept with this request. Drop the e-mail, the letter&apos;s scan or a mandate here, or use “Add file…”.</translation>
    </message>
    <message>
        <source>No file has been kept with this request.</source>
        <translation>No file has been kept with this request.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Added on %1 by %2</source>
        <translation>Added on %1 by %2</translation>
    </message>
    <message>
        <source>only made</source>
        <translation>only made</translation>
    </message>
    <message>
        <source>Record dispatch — Privacydesk</source>
        <translation>Record dispatch — Privacydesk</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>A letter made is not yet a letter sent: record the day it went out and how. The complaint dossier shows both.</source>
        <translation>A letter made is not yet a letter sent: record the day it went out and how. The complaint dossier shows both.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Record the day the chosen letter was sent, and how</source>
        <translation>Record the day the chosen letter was sent, and how</translation>
    </message>
    <message>
        <source>Letters made for this request, as recorded: the fingerprint (SHA-256) is also in the audit trail, so the AP complaint dossier can show that the text was not changed afterwards. “Record dispatch…” says when and how a letter went out.</source>
        <translation>Letters made for this request, as recorded: the fingerprint (SHA-256) is also in the audit trail, so the AP complaint dossier can show that the text was not changed afterwards. “Record dispatch…” says when and how a letter went out.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>Record d&amp;ispatch…</source>
        <translation>Record d&amp;ispatch…</translation>
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
    <message>
        <source>legal deadline %1</source>
        <translation>legal deadline %1</translation>
    </message>
    <message>
        <source>own deadline %1</source>
        <translation>own deadline %1</translation>
    </message>
    <message>
        <source>paused, awaiting identification</source>
        <translation>paused, awaiting identification</translation>
    </message>
    <message>
        <source>Answered on %1: %2 (%3).</source>
        <translation>Answered on %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The deadline stands still until the identification is received; it is %1 at the earliest.</source>
        <translation>The deadline stands still until the identification is received; it is %1 at the earliest.</translation>
    </message>
    <message>
        <source>Deadline %1: %2 (%3).</source>
        <translation>Deadline %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <extracomment>Dutch: &quot;%1 (beperkt)&quot;: the person&apos;s processing is restricted (art. 18 AVG)</extracomment>
        <translation>%1 (restricted)</translation>
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
        <source>Open requests whose deadline has passed</source>
        <translation>Open requests whose deadline has passed</translation>
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
    <message numerus="yes">
        <source>The requests you logged in the last %n day(s) will appear here. Log a request from a phone call with Ctrl+N.</source>
        <translation>
            <numerusform>The requests you logged in the last %n day will appear here. Log a request from a phone call with Ctrl+N.</numerusform>
            <numerusform>The requests you logged in the last %n days will appear here. Log a request from a phone call with Ctrl+N.</numerusform>
        </translation>
    </message>
    <message>
        <source>The GDPR requests of data subjects will appear here, each with its deadline.</source>
        <translation>The GDPR requests of data subjects will appear here, each with its deadline.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>The requests could not be read</source>
        <translation>The requests could not be read</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>The list could not be read.</translation>
    </message>
    <message>
        <source>Overd&amp;ue</source>
        <translation>Overd&amp;ue</translation>
    </message>
    <message>
        <source>Due within &amp;7 days</source>
        <extracomment>Dutch: &quot;Binnen &amp;7 dagen&quot;</extracomment>
        <translation>Due within &amp;7 days</translation>
    </message>
    <message numerus="yes">
        <source>%n completed request(s) found – show</source>
        <extracomment>Dutch: &quot;%n afgerond verzoek gevonden – tonen&quot; / &quot;%n afgeronde verzoeken gevonden – tonen&quot;</extracomment>
        <translation>
            <numerusform>%n completed request found – show</numerusform>
            <numerusform>%n completed requests found – show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn request(s) found – show</source>
        <extracomment>Dutch: &quot;%n ingetrokken verzoek gevonden – tonen&quot; / &quot;%n ingetrokken verzoeken gevonden – tonen&quot;</extracomment>
        <translation>
            <numerusform>%n withdrawn request found – show</numerusform>
            <numerusform>%n withdrawn requests found – show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed or withdrawn request(s) found – show</source>
        <extracomment>Dutch: &quot;%n afgerond of ingetrokken verzoek gevonden – tonen&quot; / &quot;%n afgeronde of ingetrokken verzoeken gevonden – tonen&quot;</extracomment>
        <translation>
            <numerusform>%n completed or withdrawn request found – show</numerusform>
            <numerusform>%n completed or withdrawn requests found – show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) found – show</source>
        <extracomment>Dutch: &quot;%n open verzoek gevonden – tonen&quot; / &quot;%n open verzoeken gevonden – tonen&quot;</extracomment>
        <translation>
            <numerusform>%n open request found – show</numerusform>
            <numerusform>%n open requests found – show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with another status found – show</source>
        <extracomment>Dutch: &quot;%n verzoek met een andere status gevonden – tonen&quot; / &quot;%n verzoeken met een andere status gevonden – tonen&quot;</extracomment>
        <translation>
            <numerusform>%n request with another status found – show</numerusform>
            <numerusform>%n requests with another status found – show</numerusform>
        </translation>
    </message>
    <message>
        <source>Names, customer numbers and postcodes are searched among the requests with the chosen status; a request number finds its request whatever its status.</source>
        <extracomment>Dutch: &quot;Namen, klantnummers en postcodes worden gezocht onder de verzoeken met de gekozen status; een verzoeknummer vindt zijn verzoek bij elke status.&quot;</extracomment>
        <translation>Names, customer numbers and postcodes are searched among the requests with the chosen status; a request number finds its request whatever its status.</translation>
    </message>
    <message>
        <source>In no status does a name, request number, customer number or postcode start with these words. Check the spelling or search for something else.</source>
        <extracomment>Dutch: &quot;Bij geen enkele status begint een naam, verzoeknummer, klantnummer of postcode met deze woorden. Controleer de spelling of zoek op iets anders.&quot;</extracomment>
        <translation>In no status does a name, request number, customer number or postcode start with these words. Check the spelling or search for something else.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseNotListedNotice</name>
    <message>
        <source>The open request is not in this list</source>
        <extracomment>Dutch: &quot;Het geopende verzoek staat niet in deze lijst&quot;</extracomment>
        <translation>The open request is not in this list</translation>
    </message>
    <message>
        <source>The search or the filters leave out %1. Clear them to see it in the list again, or choose a request in the list.</source>
        <extracomment>Dutch: &quot;De zoekopdracht of de filters laten %1 weg. Wis ze om het weer in de lijst te zien, of kies een verzoek in de lijst.&quot;</extracomment>
        <translation>The search or the filters leave out %1. Clear them to see it in the list again, or choose a request in the list.</translation>
    </message>
    <message>
        <source>Clear the &amp;search and filters</source>
        <extracomment>Dutch: &quot;&amp;Zoekopdracht en filters wissen&quot;</extracomment>
        <translation>Clear the &amp;search and filters</translation>
    </message>
    <message>
        <source>Close the re&amp;quest</source>
        <extracomment>Dutch: &quot;Verzoek &amp;sluiten&quot;</extracomment>
        <translation>Close the re&amp;quest</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseSystemsWidget</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Searched by</source>
        <translation>Searched by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Note or file</source>
        <translation>Note or file</translation>
    </message>
    <message>
        <source>Result:</source>
        <extracomment>Dutch: &quot;Resultaat:&quot;</extracomment>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Note:</source>
        <extracomment>Dutch: &quot;Notitie:&quot;</extracomment>
        <translation>Note:</translation>
    </message>
    <message>
        <source>File:</source>
        <extracomment>Dutch: &quot;Bestand:&quot;</extracomment>
        <translation>File:</translation>
    </message>
    <message>
        <source>Tick as searched</source>
        <extracomment>Dutch: &quot;Afvinken als doorzocht&quot;</extracomment>
        <translation>Tick as searched</translation>
    </message>
    <message>
        <source>Records that you searched this system now, with the result.</source>
        <extracomment>Dutch: &quot;Legt vast dat u dit systeem nu heeft doorzocht, met het resultaat.&quot;</extracomment>
        <translation>Records that you searched this system now, with the result.</translation>
    </message>
    <message>
        <source>Systems to search</source>
        <extracomment>Dutch: &quot;Systemen om te doorzoeken&quot;</extracomment>
        <translation>Systems to search</translation>
    </message>
    <message>
        <source>The list of systems could not be read: %1</source>
        <extracomment>Dutch: &quot;De lijst van systemen kon niet worden gelezen: %1&quot;</extracomment>
        <translation>The list of systems could not be read: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Dutch: &quot;(geen)&quot;</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>From processing activities %1</source>
        <extracomment>Dutch: &quot;Uit verwerking(en) %1&quot;</extracomment>
        <translation>From processing activities %1</translation>
    </message>
    <message>
        <source>not searched yet</source>
        <extracomment>Dutch: &quot;nog niet doorzocht&quot;</extracomment>
        <translation>not searched yet</translation>
    </message>
    <message>
        <source>Systems searched: the register of processing activities names no systems for data subjects with the relation %1.</source>
        <extracomment>Dutch: &quot;Doorzochte systemen: het register van verwerkingen noemt geen systemen voor betrokkenen met de relatie %1.&quot;</extracomment>
        <translation>Systems searched: the register of processing activities names no systems for data subjects with the relation %1.</translation>
    </message>
    <message>
        <source>No systems to search: only an inzage, erasure or rectification has a list.</source>
        <extracomment>Dutch: &quot;Geen systemen om te doorzoeken: alleen een inzage, verwijdering of rectificatie heeft een lijst.&quot;</extracomment>
        <translation>No systems to search: only an inzage, erasure or rectification has a list.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n system(s) searched (art. 15 GDPR: every system).</source>
        <extracomment>Dutch: &quot;%1 van %n systeem/systemen doorzocht (art. 15 AVG: elk systeem).&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n system searched (art. 15 GDPR: every system).</numerusform>
            <numerusform>%1 of %n systems searched (art. 15 GDPR: every system).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ChangePasswordDialog</name>
    <message>
        <source>Fill in your current password.</source>
        <translation>Fill in your current password.</translation>
    </message>
    <message>
        <source>Your current password is not correct. Nothing was changed.</source>
        <translation>Your current password is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <source>Change my password – Privacydesk</source>
        <translation>Change my password – Privacydesk</translation>
    </message>
    <message>
        <source>A new password for %1. Only your own key slot changes; the other users keep theirs.</source>
        <translation>A new password for %1. Only your own key slot changes; the other users keep theirs.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Changing the password… this takes a few seconds.</source>
        <translation>Changing the password… this takes a few seconds.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hange password</translation>
    </message>
</context>
<context>
    <name>pd::ui::ChartPanel</name>
    <message>
        <source>This chart has no data to export.</source>
        <translation>This chart has no data to export.</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Save the chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Save the chart&apos;s data as CSV</source>
        <translation>Save the chart&apos;s data as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Save data</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Save this chart as an image</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the figures of this chart as CSV for Excel</source>
        <translation>Save the figures of this chart as CSV for Excel</translation>
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
    <name>pd::ui::ComplaintDossierDialog</name>
    <message>
        <source>This is not a BSN (the confirmation is recorded)</source>
        <translation>This is not a BSN (the confirmation is recorded)</translation>
    </message>
    <message>
        <source>AP complaint dossier — %1</source>
        <translation>AP complaint dossier — %1</translation>
    </message>
    <message>
        <source>e.g. z2027-00412</source>
        <translation>e.g. z2027-00412</translation>
    </message>
    <message>
        <source>Save the dossier as PDF (Ctrl+S)</source>
        <translation>Save the dossier as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>The dossier the Autoriteit Persoonsgegevens asks for when the data subject complains: the summary, the full chronology from the audit trail, the letters, the disclosures and a statement that the chronology is complete and unaltered.</source>
        <translation>The dossier the Autoriteit Persoonsgegevens asks for when the data subject complains: the summary, the full chronology from the audit trail, the letters, the disclosures and a statement that the chronology is complete and unaltered.</translation>
    </message>
    <message>
        <source>AP &amp;reference:</source>
        <translation>AP &amp;reference:</translation>
    </message>
    <message>
        <source>Audit trail:</source>
        <translation>Audit trail:</translation>
    </message>
    <message numerus="yes">
        <source>verified: %n event(s), no broken link; position %1.</source>
        <translation>
            <numerusform>verified: %n event, no broken link; position %1.</numerusform>
            <numerusform>verified: %n events, no broken link; position %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;not verified&lt;/b&gt;: broken at event %1 (%2). The dossier says so and makes no statement that the chronology is complete.</source>
        <translation>&lt;b&gt;not verified&lt;/b&gt;: broken at event %1 (%2). The dossier says so and makes no statement that the chronology is complete.</translation>
    </message>
    <message>
        <source>Save the AP complaint dossier as PDF</source>
        <translation>Save the AP complaint dossier as PDF</translation>
    </message>
    <message>
        <source>ap-dossier-%1.pdf</source>
        <translation>ap-dossier-%1.pdf</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>R&amp;ecord</source>
        <translation>R&amp;ecord</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Which version: the complete one for the AP, with what the complainant may not see marked, or the version for the complainant without those parts. Saving records which.</source>
        <extracomment>Dutch: &quot;Welke versie: de volledige voor de AP, met wat de klager niet mag zien gemarkeerd, of de versie voor de klager zonder die delen. Opslaan legt vast welke.&quot;</extracomment>
        <translation>Which version: the complete one for the AP, with what the complainant may not see marked, or the version for the complainant without those parts. Saving records which.</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <extracomment>Dutch: &quot;Ve&amp;rsie:&quot;</extracomment>
        <translation>Versi&amp;on:</translation>
    </message>
    <message>
        <source>ap-dossier-%1-klager.pdf</source>
        <translation>ap-dossier-%1-klager.pdf</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <extracomment>Dutch: &quot;Af&amp;drukken…&quot;</extracomment>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Choose the printer and print the dossier (Ctrl+P)</source>
        <extracomment>Dutch: &quot;Kies de printer en druk het dossier af (Ctrl+P)&quot;</extracomment>
        <translation>Choose the printer and print the dossier (Ctrl+P)</translation>
    </message>
    <message>
        <source>Look at the dossier&apos;s pages before you print</source>
        <extracomment>Dutch: &quot;Bekijk de pagina&apos;s van het dossier voordat u afdrukt&quot;</extracomment>
        <translation>Look at the dossier&apos;s pages before you print</translation>
    </message>
    <message>
        <source>Save encr&amp;ypted (PDF with a password)</source>
        <extracomment>Dutch: &quot;Versleuteld opslaan (PDF met &amp;wachtwoord)&quot;</extracomment>
        <translation>Save encr&amp;ypted (PDF with a password)</translation>
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
        <source>The objection is against &amp;direct marketing (art. 21(2) GDPR)</source>
        <translation>The objection is against &amp;direct marketing (art. 21(2) GDPR)</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <source>Reason for deciding without identification</source>
        <translation>Reason for deciding without identification</translation>
    </message>
    <message>
        <source>Art. 17(3) GDPR: an exception to erasure (name the letter)</source>
        <translation>Art. 17(3) GDPR: an exception to erasure (name the letter)</translation>
    </message>
    <message>
        <source>Art. 41(1) UAVG: an exception in Dutch law (name the ground)</source>
        <translation>Art. 41(1) UAVG: an exception in Dutch law (name the ground)</translation>
    </message>
    <message>
        <source>Only together with art. 41 UAVG, the Dutch provision that applies it.</source>
        <translation>Only together with art. 41 UAVG, the Dutch provision that applies it.</translation>
    </message>
    <message>
        <source>Not against an objection to direct marketing: that objection is absolute (art. 21(3) GDPR).</source>
        <translation>Not against an objection to direct marketing: that objection is absolute (art. 21(3) GDPR).</translation>
    </message>
    <message>
        <source>Such an objection is absolute (art. 21(3) GDPR): art. 21(1) cannot refuse it.</source>
        <translation>Such an objection is absolute (art. 21(3) GDPR): art. 21(1) cannot refuse it.</translation>
    </message>
    <message>
        <source>In plain words, why the request is not granted in full. The data subject reads this in the decision letter.</source>
        <translation>In plain words, why the request is not granted in full. The data subject reads this in the decision letter.</translation>
    </message>
    <message>
        <source>&amp;Why was the identity not in doubt?</source>
        <translation>&amp;Why was the identity not in doubt?</translation>
    </message>
    <message>
        <source>For example: known data subject, called back on the known number.</source>
        <translation>For example: known data subject, called back on the known number.</translation>
    </message>
    <message>
        <source>No identification was received or recorded for this request. Record it first, or state why the identity of the data subject was not in doubt.</source>
        <translation>No identification was received or recorded for this request. Record it first, or state why the identity of the data subject was not in doubt.</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>&amp;Reasons for the decision (required, art. 12(4) GDPR):</source>
        <translation>&amp;Reasons for the decision (required, art. 12(4) GDPR):</translation>
    </message>
    <message>
        <source>&amp;Reasons for the decision (optional):</source>
        <translation>&amp;Reasons for the decision (optional):</translation>
    </message>
    <message>
        <source>Name the exception of art. 17(3) GDPR that applies, (a) to (e).</source>
        <translation>Name the exception of art. 17(3) GDPR that applies, (a) to (e).</translation>
    </message>
    <message>
        <source>Name the ground of art. 41(1) UAVG that applies, (a) to (j).</source>
        <translation>Name the ground of art. 41(1) UAVG that applies, (a) to (j).</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>What was &amp;erased (required):</source>
        <translation>What was &amp;erased (required):</translation>
    </message>
    <message>
        <source>The request asks for several things: decide each kind on its own.</source>
        <translation>The request asks for several things: decide each kind on its own.</translation>
    </message>
    <message>
        <source>W&amp;hat was done for the granted part (required):</source>
        <translation>W&amp;hat was done for the granted part (required):</translation>
    </message>
    <message>
        <source>What was &amp;erased (optional):</source>
        <translation>What was &amp;erased (optional):</translation>
    </message>
    <message>
        <source>What was &amp;corrected, old → new (required):</source>
        <extracomment>Dutch: &quot;Wat is &amp;gecorrigeerd, oud → nieuw (verplicht):&quot;</extracomment>
        <translation>What was &amp;corrected, old → new (required):</translation>
    </message>
    <message>
        <source>What was &amp;corrected, old → new (optional):</source>
        <translation>What was &amp;corrected, old → new (optional):</translation>
    </message>
    <message>
        <source>W&amp;hat was done (optional):</source>
        <translation>W&amp;hat was done (optional):</translation>
    </message>
    <message>
        <source>Data that changed (art. 19 GDPR)</source>
        <translation>Data that changed (art. 19 GDPR)</translation>
    </message>
    <message>
        <source>Only recipients that received these data from us must be told of the change (art. 19 GDPR).</source>
        <extracomment>Dutch: &quot;Alleen ontvangers die deze gegevens van ons kregen, moeten de wijziging horen (artikel 19 AVG).&quot;</extracomment>
        <translation>Only recipients that received these data from us must be told of the change (art. 19 GDPR).</translation>
    </message>
    <message>
        <source>What is the objection about?</source>
        <extracomment>Dutch: &quot;Waar gaat het bezwaar over?&quot;</extracomment>
        <translation>What is the objection about?</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>Dutch: &quot;Gestopt&quot;</extracomment>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Goes on</source>
        <extracomment>Dutch: &quot;Gaat door&quot;</extracomment>
        <translation>Goes on</translation>
    </message>
    <message>
        <source>Other: what about, in words</source>
        <extracomment>Dutch: &quot;Anders: waarover, in woorden&quot;</extracomment>
        <translation>Other: what about, in words</translation>
    </message>
    <message>
        <source>Per item: old → new, for example ‘Phone number: 06 1234 5678 → 06 8765 4321’.</source>
        <extracomment>Dutch: &quot;Per gegeven: oud → nieuw, bijvoorbeeld ‘Telefoonnummer: 06 1234 5678 → 06 8765 4321’.&quot;</extracomment>
        <translation>Per item: old → new, for example ‘Phone number: 06 1234 5678 → 06 8765 4321’.</translation>
    </message>
    <message>
        <source>Complete an&amp;yway: the open systems need no search</source>
        <extracomment>Dutch: &quot;&amp;Toch afronden: de open systemen hoeven niet doorzocht te worden&quot;</extracomment>
        <translation>Complete an&amp;yway: the open systems need no search</translation>
    </message>
    <message>
        <source>Tick the systems first (Overview, systems searched), or choose Complete anyway.</source>
        <extracomment>Dutch: &quot;Vink eerst de systemen af (Overzicht, doorzochte systemen), of kies Toch afronden.&quot;</extracomment>
        <translation>Tick the systems first (Overview, systems searched), or choose Complete anyway.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CovenantDialog</name>
    <message>
        <source>Change covenant</source>
        <extracomment>Dutch: &quot;Convenant wijzigen&quot; / &quot;Nieuw convenant&quot;</extracomment>
        <translation>Change covenant</translation>
    </message>
    <message>
        <source>New covenant</source>
        <translation>New covenant</translation>
    </message>
    <message>
        <source>e.g. &quot;Covenant early warning of debts, municipality&quot;</source>
        <extracomment>Dutch: &quot;bijv. &quot;Convenant Vroegsignalering schulden gemeente Groningen&quot;&quot;</extracomment>
        <translation>e.g. &quot;Covenant early warning of debts, municipality&quot;</translation>
    </message>
    <message>
        <source>One party a line</source>
        <extracomment>Dutch: &quot;Eén partij per regel&quot;</extracomment>
        <translation>One party a line</translation>
    </message>
    <message>
        <source>e.g. &quot;Wet gemeentelijke schuldhulpverlening, art. 3a&quot;</source>
        <extracomment>Dutch: &quot;bijv. &quot;Wet gemeentelijke schuldhulpverlening, art. 3a&quot;&quot;</extracomment>
        <translation>e.g. &quot;Wet gemeentelijke schuldhulpverlening, art. 3a&quot;</translation>
    </message>
    <message>
        <source>Other data, in words (optional)</source>
        <extracomment>Dutch: &quot;Andere gegevens, in woorden (optioneel)&quot;</extracomment>
        <translation>Other data, in words (optional)</translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <extracomment>Dutch: &quot;&amp;Tot en met&quot;</extracomment>
        <translation>Unt&amp;il</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <extracomment>Dutch: &quot;&amp;Herzien op&quot;</extracomment>
        <translation>Re&amp;view on</translation>
    </message>
    <message>
        <source>This number is not a &amp;BSN (logged)</source>
        <extracomment>Dutch: &quot;This number is not a &amp;BSN (logged)&quot;</extracomment>
        <translation>This number is not a &amp;BSN (logged)</translation>
    </message>
    <message>
        <source>Choose signed &amp;document…</source>
        <extracomment>Dutch: &quot;Getekend document &amp;kiezen…&quot;</extracomment>
        <translation>Choose signed &amp;document…</translation>
    </message>
    <message>
        <source>Signed covenant</source>
        <extracomment>Dutch: &quot;Getekend convenant&quot;</extracomment>
        <translation>Signed covenant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Dutch: &quot;&amp;Naam:&quot;</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <extracomment>Dutch: &quot;&amp;Partijen:&quot;</extracomment>
        <translation>&amp;Parties:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <extracomment>Dutch: &quot;D&amp;oel:&quot;</extracomment>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <extracomment>Dutch: &quot;&amp;Grondslag:&quot;</extracomment>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>&amp;Statute or task:</source>
        <extracomment>Dutch: &quot;&amp;Wet of taak:&quot;</extracomment>
        <translation>&amp;Statute or task:</translation>
    </message>
    <message>
        <source>Data covered:</source>
        <extracomment>Dutch: &quot;Gegevens:&quot;</extracomment>
        <translation>Data covered:</translation>
    </message>
    <message>
        <source>&amp;Term from:</source>
        <extracomment>Dutch: &quot;&amp;Looptijd vanaf:&quot;</extracomment>
        <translation>&amp;Term from:</translation>
    </message>
    <message>
        <source>Review:</source>
        <extracomment>Dutch: &quot;Herziening:&quot;</extracomment>
        <translation>Review:</translation>
    </message>
    <message>
        <source>Signed document:</source>
        <extracomment>Dutch: &quot;Getekend document:&quot;</extracomment>
        <translation>Signed document:</translation>
    </message>
    <message>
        <source>Data covered</source>
        <extracomment>Dutch: &quot;Gegevens in het convenant&quot;
----------
Dutch: &quot;Gegevens&quot;</extracomment>
        <translation>Data covered</translation>
    </message>
    <message>
        <source>Data covered, in words</source>
        <extracomment>Dutch: &quot;Gegevens in woorden&quot;</extracomment>
        <translation>Data covered, in words</translation>
    </message>
    <message>
        <source>Start date</source>
        <extracomment>Dutch: &quot;Begindatum&quot;</extracomment>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <extracomment>Dutch: &quot;Einddatum&quot;</extracomment>
        <translation>End date</translation>
    </message>
    <message>
        <source>Review date</source>
        <extracomment>Dutch: &quot;Herzieningsdatum&quot;</extracomment>
        <translation>Review date</translation>
    </message>
    <message>
        <source>%1 (%2), kept encrypted</source>
        <extracomment>Dutch: &quot;%1 (%2), versleuteld bewaard&quot;</extracomment>
        <translation>%1 (%2), kept encrypted</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parties</source>
        <extracomment>Dutch: &quot;Partijen&quot;</extracomment>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Statute or task</source>
        <extracomment>Dutch: &quot;Wet of taak&quot;</extracomment>
        <translation>Statute or task</translation>
    </message>
    <message>
        <source>Remove the citizen service number, or confirm that it is not one.</source>
        <extracomment>Dutch: &quot;Verwijder het burgerservicenummer, of bevestig dat het er geen is.&quot;</extracomment>
        <translation>Remove the citizen service number, or confirm that it is not one.</translation>
    </message>
    <message>
        <source>%1 (%2), kept encrypted when saved</source>
        <extracomment>Dutch: &quot;%1 (%2), wordt versleuteld bewaard bij Opslaan&quot;</extracomment>
        <translation>%1 (%2), kept encrypted when saved</translation>
    </message>
    <message>
        <source>No document yet</source>
        <extracomment>Dutch: &quot;Nog geen document&quot;</extracomment>
        <translation>No document yet</translation>
    </message>
</context>
<context>
    <name>pd::ui::CovenantsTab</name>
    <message>
        <source>Covenant</source>
        <extracomment>Dutch: &quot;Convenant&quot;</extracomment>
        <translation>Covenant</translation>
    </message>
    <message>
        <source>Parties</source>
        <extracomment>Dutch: &quot;Partijen&quot;</extracomment>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>Dutch: &quot;Grondslag&quot;</extracomment>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Term</source>
        <extracomment>Dutch: &quot;Looptijd&quot;</extracomment>
        <translation>Term</translation>
    </message>
    <message>
        <source>Review on</source>
        <extracomment>Dutch: &quot;Herzien op&quot;</extracomment>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Signed document</source>
        <extracomment>Dutch: &quot;Getekend document&quot;</extracomment>
        <translation>Signed document</translation>
    </message>
    <message>
        <source>Covenants</source>
        <extracomment>Dutch: &quot;Convenanten&quot;</extracomment>
        <translation>Covenants</translation>
    </message>
    <message>
        <source>&amp;New covenant…</source>
        <extracomment>Dutch: &quot;&amp;Nieuw convenant…&quot;</extracomment>
        <translation>&amp;New covenant…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <extracomment>Dutch: &quot;&amp;Wijzigen…&quot;</extracomment>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>&amp;Save document…</source>
        <extracomment>Dutch: &quot;Document &amp;opslaan…&quot;</extracomment>
        <translation>&amp;Save document…</translation>
    </message>
    <message>
        <source>The covenants could not be read: %1</source>
        <extracomment>Dutch: &quot;De convenanten konden niet worden gelezen: %1&quot;</extracomment>
        <translation>The covenants could not be read: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>Dutch: &quot;vanaf %1&quot;</extracomment>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1 — review due</source>
        <extracomment>Dutch: &quot;%1 — herziening nodig&quot;</extracomment>
        <translation>%1 — review due</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>Dutch: &quot;versleuteld bewaard&quot; / &quot;ontbreekt&quot;</extracomment>
        <translation>missing</translation>
    </message>
    <message numerus="yes">
        <source>%n covenant(s) due for review.</source>
        <translation>
            <numerusform>%n covenant due for review.</numerusform>
            <numerusform>%n covenants due for review.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signed document is kept with this covenant.</source>
        <extracomment>Dutch: &quot;Bij dit convenant is geen getekend document bewaard.&quot;</extracomment>
        <translation>No signed document is kept with this covenant.</translation>
    </message>
    <message>
        <source>Save signed document</source>
        <extracomment>Dutch: &quot;Getekend document opslaan&quot;</extracomment>
        <translation>Save signed document</translation>
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
    <message>
        <source>Folder for the new store</source>
        <translation>Folder for the new store</translation>
    </message>
    <message>
        <source>The store could not be created.</source>
        <translation>The store could not be created.</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>Cr&amp;eate</translation>
    </message>
</context>
<context>
    <name>pd::ui::CupsPrinter</name>
    <message>
        <source>No printer was chosen.</source>
        <translation>No printer was chosen.</translation>
    </message>
    <message>
        <source>There was nothing to print.</source>
        <translation>There was nothing to print.</translation>
    </message>
    <message>
        <source>The printer %1 is not known to the print system (CUPS): %2</source>
        <translation>The printer %1 is not known to the print system (CUPS): %2</translation>
    </message>
    <message>
        <source>The printer %1 does not accept print jobs now (it was set to refuse them). Ask IT to accept jobs again, or choose another printer.</source>
        <translation>The printer %1 does not accept print jobs now (it was set to refuse them). Ask IT to accept jobs again, or choose another printer.</translation>
    </message>
    <message>
        <source>The printer %1 refused the print job: %2</source>
        <translation>The printer %1 refused the print job: %2</translation>
    </message>
    <message>
        <source>The print job for %1 failed and was cancelled: %2</source>
        <translation>The print job for %1 failed and was cancelled: %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::DashboardsPage</name>
    <message>
        <source>open requests on %1</source>
        <translation>open requests on %1</translation>
    </message>
    <message>
        <source>deadline on %1</source>
        <translation>deadline on %1</translation>
    </message>
    <message>
        <source>deadline within 7 days of %1</source>
        <translation>deadline within 7 days of %1</translation>
    </message>
    <message>
        <source>answered in the 12 months up to %1</source>
        <translation>answered in the 12 months up to %1</translation>
    </message>
    <message>
        <source>extended, received in the 12 months up to %1</source>
        <translation>extended, received in the 12 months up to %1</translation>
    </message>
    <message>
        <source>overdue for destruction on %1</source>
        <translation>overdue for destruction on %1</translation>
    </message>
    <message>
        <source>expiring in the 12 months from %1</source>
        <translation>expiring in the 12 months from %1</translation>
    </message>
    <message>
        <source>destroyed in the 12 months up to %1</source>
        <translation>destroyed in the 12 months up to %1</translation>
    </message>
    <message>
        <source>disclosed in the 12 months up to %1</source>
        <translation>disclosed in the 12 months up to %1</translation>
    </message>
    <message>
        <source>data subject still to be informed on %1</source>
        <translation>data subject still to be informed on %1</translation>
    </message>
    <message>
        <source>informing legally prohibited, up to %1</source>
        <translation>informing legally prohibited, up to %1</translation>
    </message>
    <message>
        <source>disclosures to %1 in the 12 months up to %2</source>
        <translation>disclosures to %1 in the 12 months up to %2</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>deadline today</source>
        <translation>deadline today</translation>
    </message>
    <message>
        <source>deadline within 7 days</source>
        <translation>deadline within 7 days</translation>
    </message>
    <message numerus="yes">
        <source>%n answered in 12 months</source>
        <translation>
            <numerusform>%n answered in 12 months</numerusform>
            <numerusform>%n answered in 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notified after the legal month</source>
        <translation>
            <numerusform>%n notified after the legal month</numerusform>
            <numerusform>%n notified after the legal month</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>open on %1 with status %2</source>
        <translation>open on %1 with status %2</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>open-requests-by-status</source>
        <translation>open-requests-by-status</translation>
    </message>
    <message>
        <source>received in %1, %2</source>
        <translation>received in %1, %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>intake-per-month</source>
        <translation>intake-per-month</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Answered on time</translation>
    </message>
    <message>
        <source>answered in %1</source>
        <translation>answered in %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered on time</source>
        <translation>%1 of %2 answered on time</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Share on time</source>
        <translation>Share on time</translation>
    </message>
    <message>
        <source>answered-on-time</source>
        <translation>answered-on-time</translation>
    </message>
    <message>
        <source>overdue for destruction</source>
        <translation>overdue for destruction</translation>
    </message>
    <message>
        <source>oldest expired on %1</source>
        <translation>oldest expired on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) kept by a hold</source>
        <translation>
            <numerusform>%n expired item kept by a hold</numerusform>
            <numerusform>%n expired items kept by a hold</numerusform>
        </translation>
    </message>
    <message>
        <source>expire in the next 12 months</source>
        <translation>expire in the next 12 months</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>expiring in %1, %2</source>
        <translation>expiring in %1, %2</translation>
    </message>
    <message>
        <source>retention-expiry-per-month</source>
        <translation>retention-expiry-per-month</translation>
    </message>
    <message>
        <source>Destructions</source>
        <translation>Destructions</translation>
    </message>
    <message>
        <source>destroyed in %1, %2</source>
        <translation>destroyed in %1, %2</translation>
    </message>
    <message>
        <source>destructions-per-month</source>
        <translation>destructions-per-month</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>informing legally prohibited</source>
        <translation>informing legally prohibited</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>disclosed in %1 to %2</source>
        <translation>disclosed in %1 to %2</translation>
    </message>
    <message>
        <source>disclosures-per-month</source>
        <translation>disclosures-per-month</translation>
    </message>
    <message>
        <source>6(1)(%1): %2 (%3)</source>
        <translation>6(1)(%1): %2 (%3)</translation>
    </message>
    <message>
        <source>legal basis %1, 12 months up to %2</source>
        <translation>legal basis %1, 12 months up to %2</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>disclosures-per-legal-basis</source>
        <translation>disclosures-per-legal-basis</translation>
    </message>
    <message>
        <source>no agreement signed</source>
        <translation>no agreement signed</translation>
    </message>
    <message>
        <source>The day the figures are computed for; choose a past day to review a quarter afterwards</source>
        <translation>The day the figures are computed for; choose a past day to review a quarter afterwards</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Compute the figures again (F5)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Open requests per status</source>
        <translation>Open requests per status</translation>
    </message>
    <message>
        <source>Requests received per month, per kind</source>
        <translation>Requests received per month, per kind</translation>
    </message>
    <message>
        <source>No requests were received in these 12 months.</source>
        <translation>No requests were received in these 12 months.</translation>
    </message>
    <message>
        <source>Share answered on time (effective deadline), per month</source>
        <translation>Share answered on time (effective deadline), per month</translation>
    </message>
    <message>
        <source>No requests were answered in these 12 months.</source>
        <translation>No requests were answered in these 12 months.</translation>
    </message>
    <message>
        <source>Retention periods expiring per month, per category</source>
        <translation>Retention periods expiring per month, per category</translation>
    </message>
    <message>
        <source>Nothing expires in the coming 12 months.</source>
        <translation>Nothing expires in the coming 12 months.</translation>
    </message>
    <message>
        <source>Destructions per month (destruction log)</source>
        <translation>Destructions per month (destruction log)</translation>
    </message>
    <message>
        <source>Nothing was destroyed in these 12 months.</source>
        <translation>Nothing was destroyed in these 12 months.</translation>
    </message>
    <message>
        <source>Disclosures per month, per recipient category</source>
        <translation>Disclosures per month, per recipient category</translation>
    </message>
    <message>
        <source>No disclosures were registered in these 12 months.</source>
        <translation>No disclosures were registered in these 12 months.</translation>
    </message>
    <message>
        <source>Disclosures per legal basis (12 months)</source>
        <translation>Disclosures per legal basis (12 months)</translation>
    </message>
    <message>
        <source>No disclosures in these 12 months.</source>
        <translation>No disclosures in these 12 months.</translation>
    </message>
    <message>
        <source>Top recipients (12 months)</source>
        <translation>Top recipients (12 months)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Processors whose agreement review date has passed</source>
        <translation>Processors whose agreement review date has passed</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>median handling time in days</source>
        <translation>median handling time in days</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>reference date %1</source>
        <translation>reference date %1</translation>
    </message>
    <message>
        <source>late (legal deadline) on %1</source>
        <translation>late (legal deadline) on %1</translation>
    </message>
    <message>
        <source>late (own deadline only) on %1</source>
        <translation>late (own deadline only) on %1</translation>
    </message>
    <message>
        <source>answered late (legal deadline) in the 12 months up to %1</source>
        <translation>answered late (legal deadline) in the 12 months up to %1</translation>
    </message>
    <message>
        <source>answered late (own deadline only) in the 12 months up to %1</source>
        <translation>answered late (own deadline only) in the 12 months up to %1</translation>
    </message>
    <message>
        <source>late (legal deadline)</source>
        <translation>late (legal deadline)</translation>
    </message>
    <message>
        <source>Open requests past the legal deadline (art. 12(3) GDPR), whatever the own deadline says</source>
        <translation>Open requests past the legal deadline (art. 12(3) GDPR), whatever the own deadline says</translation>
    </message>
    <message>
        <source>late (own deadline only)</source>
        <translation>late (own deadline only)</translation>
    </message>
    <message>
        <source>Open requests past the organisation&apos;s own deadline, still within the legal deadline</source>
        <translation>Open requests past the organisation&apos;s own deadline, still within the legal deadline</translation>
    </message>
    <message>
        <source>answered late (legal deadline)</source>
        <translation>answered late (legal deadline)</translation>
    </message>
    <message numerus="yes">
        <source>of %n answered in 12 months</source>
        <translation>
            <numerusform>of %n answered in 12 months</numerusform>
            <numerusform>of %n answered in 12 months</numerusform>
        </translation>
    </message>
    <message>
        <source>answered late (own deadline only)</source>
        <translation>answered late (own deadline only)</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>open request(s)</source>
        <translation>
            <numerusform>open request</numerusform>
            <numerusform>open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>extension(s) in 12 months</source>
        <translation>
            <numerusform>extension in 12 months</numerusform>
            <numerusform>extensions in 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>legal hold(s)</source>
        <translation>
            <numerusform>legal hold</numerusform>
            <numerusform>legal holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>destruction(s) in 12 months</source>
        <translation>
            <numerusform>destruction in 12 months</numerusform>
            <numerusform>destructions in 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disclosure(s) in 12 months</source>
        <translation>
            <numerusform>disclosure in 12 months</numerusform>
            <numerusform>disclosures in 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data subject(s) still to be informed</source>
        <translation>
            <numerusform>data subject still to be informed</numerusform>
            <numerusform>data subjects still to be informed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>processing agreement(s) to review</source>
        <translation>
            <numerusform>processing agreement to review</numerusform>
            <numerusform>processing agreements to review</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;eference date:</source>
        <translation>R&amp;eference date:</translation>
    </message>
    <message numerus="yes">
        <source>open data breach(es)</source>
        <translation>
            <numerusform>open data breach</numerusform>
            <numerusform>open data breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>72-hour clock(s) running</source>
        <translation>
            <numerusform>72-hour clock running</numerusform>
            <numerusform>72-hour clocks running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: late, deadline passed %n hour(s) ago</source>
        <translation>
            <numerusform>%1: late, deadline passed %n hour ago</numerusform>
            <numerusform>%1: late, deadline passed %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hour(s) left</source>
        <translation>
            <numerusform>%1: %n hour left</numerusform>
            <numerusform>%1: %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notified late this year</source>
        <translation>
            <numerusform>notified late this year</numerusform>
            <numerusform>notified late this year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late: deadline passed %n hour(s) ago</source>
        <translation>
            <numerusform>late: deadline passed %n hour ago</numerusform>
            <numerusform>late: deadline passed %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Data breaches</translation>
    </message>
    <message>
        <source>data-breaches-per-month</source>
        <translation>data-breaches-per-month</translation>
    </message>
    <message>
        <source>Data breaches per month, by nature (month of discovery)</source>
        <translation>Data breaches per month, by nature (month of discovery)</translation>
    </message>
    <message>
        <source>No data breaches were discovered in these 12 months.</source>
        <translation>No data breaches were discovered in these 12 months.</translation>
    </message>
    <message>
        <source>Running 72-hour clocks (soonest deadline first)</source>
        <translation>Running 72-hour clocks (soonest deadline first)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Deadline for the AP</source>
        <translation>Deadline for the AP</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Hours left</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <extracomment>Dutch: &quot;&amp;Jaarverslag…&quot;</extracomment>
        <translation>&amp;Annual report…</translation>
    </message>
    <message>
        <source>The figures of a calendar year for the board, with their definitions</source>
        <extracomment>Dutch: &quot;De cijfers van een kalenderjaar voor het bestuur, met hun definities&quot;</extracomment>
        <translation>The figures of a calendar year for the board, with their definitions</translation>
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
    <name>pd::ui::DestroyDialog</name>
    <message>
        <source>Destroy request files</source>
        <translation>Destroy request files</translation>
    </message>
    <message>
        <source>Destroy the request files of %1 (customer number %2)?</source>
        <translation>Destroy the request files of %1 (customer number %2)?</translation>
    </message>
    <message>
        <source>e.g. anonymised in Privacydesk</source>
        <translation>e.g. anonymised in Privacydesk</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone</source>
        <translation>I understand that this cannot be &amp;undone</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Destroy</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>Destroy what is left of %1 (customer number %2)?</source>
        <translation>Destroy what is left of %1 (customer number %2)?</translation>
    </message>
    <message>
        <source>Nothing about this data subject is kept.</source>
        <translation>Nothing about this data subject is kept.</translation>
    </message>
    <message>
        <source>Destroy data subject</source>
        <translation>Destroy data subject</translation>
    </message>
    <message>
        <source>Destroy Privacydesk&apos;s copy of the details of %1 (customer number %2)?</source>
        <translation>Destroy Privacydesk&apos;s copy of the details of %1 (customer number %2)?</translation>
    </message>
    <message>
        <source>Destroy data breach</source>
        <translation>Destroy data breach</translation>
    </message>
    <message>
        <source>Destroy data breach %1 (%2), closed on %3? Its retention period ended on %4.</source>
        <translation>Destroy data breach %1 (%2), closed on %3? Its retention period ended on %4.</translation>
    </message>
    <message>
        <source>e.g. destroyed in Privacydesk</source>
        <translation>e.g. destroyed in Privacydesk</translation>
    </message>
</context>
<context>
    <name>pd::ui::DestructionLogModel</name>
    <message>
        <source>Audit event %1, hash %2</source>
        <translation>Audit event %1, hash %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Proof</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::DisclosureDialog</name>
    <message>
        <source>New disclosure</source>
        <translation>New disclosure</translation>
    </message>
    <message>
        <source>New &amp;recipient…</source>
        <translation>New &amp;recipient…</translation>
    </message>
    <message>
        <source>Customer number, postcode or name</source>
        <translation>Customer number, postcode or name</translation>
    </message>
    <message>
        <source>Delete removes the selected person</source>
        <translation>Delete removes the selected person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Details, e.g. &quot;only the amount of the arrears&quot;</source>
        <translation>Details, e.g. &quot;only the amount of the arrears&quot;</translation>
    </message>
    <message>
        <source>Statute or covenant, e.g. &quot;Convenant Aanpak Woonoverlast&quot;</source>
        <translation>Statute or covenant, e.g. &quot;Convenant Aanpak Woonoverlast&quot;</translation>
    </message>
    <message>
        <source>&amp;Informed on</source>
        <translation>&amp;Informed on</translation>
    </message>
    <message>
        <source>Not informed: &amp;prohibited by law, because</source>
        <translation>Not informed: &amp;prohibited by law, because</translation>
    </message>
    <message>
        <source>e.g. art. 23 GDPR: ongoing criminal investigation</source>
        <translation>e.g. art. 23 GDPR: ongoing criminal investigation</translation>
    </message>
    <message>
        <source>S&amp;till to inform</source>
        <translation>S&amp;till to inform</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>Re&amp;cipient:</translation>
    </message>
    <message>
        <source>&amp;Find person:</source>
        <translation>&amp;Find person:</translation>
    </message>
    <message>
        <source>Persons concerned:</source>
        <translation>Persons concerned:</translation>
    </message>
    <message>
        <source>Data &amp;shared:</source>
        <translation>Data &amp;shared:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>Statute or co&amp;venant:</source>
        <translation>Statute or co&amp;venant:</translation>
    </message>
    <message>
        <source>Re&amp;quested by:</source>
        <translation>Re&amp;quested by:</translation>
    </message>
    <message>
        <source>Lin&amp;ked request (optional):</source>
        <translation>Lin&amp;ked request (optional):</translation>
    </message>
    <message>
        <source>Data subject:</source>
        <translation>Data subject:</translation>
    </message>
    <message>
        <source>— choose a recipient —</source>
        <translation>— choose a recipient —</translation>
    </message>
    <message>
        <source>Data disclosed</source>
        <translation>Data disclosed</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Statute or covenant</source>
        <translation>Statute or covenant</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Reason for not informing</source>
        <translation>Reason for not informing</translation>
    </message>
    <message>
        <source>Remove the citizen service number, or confirm that it is not one.</source>
        <translation>Remove the citizen service number, or confirm that it is not one.</translation>
    </message>
    <message>
        <source>The recipients could not be read: %1</source>
        <translation>The recipients could not be read: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Persons found</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <translation>Persons concerned</translation>
    </message>
    <message>
        <source>Data shared</source>
        <translation>Data shared</translation>
    </message>
    <message>
        <source>Details of the data shared</source>
        <translation>Details of the data shared</translation>
    </message>
    <message>
        <source>Date the data subject was informed</source>
        <translation>Date the data subject was informed</translation>
    </message>
    <message>
        <source>Why the law prohibits informing the data subject</source>
        <translation>Why the law prohibits informing the data subject</translation>
    </message>
    <message>
        <source>This number is not a &amp;BSN (logged)</source>
        <translation>This number is not a &amp;BSN (logged)</translation>
    </message>
    <message>
        <source>List of customer &amp;numbers (CSV)…</source>
        <extracomment>Dutch: &quot;Li&amp;jst van klantnummers (CSV)…&quot;</extracomment>
        <translation>List of customer &amp;numbers (CSV)…</translation>
    </message>
    <message>
        <source>Leave these numbers &amp;out on purpose (recorded)</source>
        <extracomment>Dutch: &quot;Deze nummers bewust &amp;weglaten (wordt vastgelegd)&quot;</extracomment>
        <translation>Leave these numbers &amp;out on purpose (recorded)</translation>
    </message>
    <message>
        <source>Und&amp;er covenant:</source>
        <extracomment>Dutch: &quot;Onder &amp;convenant:&quot;</extracomment>
        <translation>Und&amp;er covenant:</translation>
    </message>
    <message>
        <source>Customer numbers that name nobody</source>
        <extracomment>Dutch: &quot;Klantnummers die niemand noemen&quot;</extracomment>
        <translation>Customer numbers that name nobody</translation>
    </message>
    <message>
        <source>Not every customer number of the list names one person: correct the list, or leave these numbers out on purpose.</source>
        <extracomment>Dutch: &quot;Niet elk klantnummer van de lijst noemt één persoon: pas de lijst aan, of laat deze nummers bewust weg.&quot;</extracomment>
        <translation>Not every customer number of the list names one person: correct the list, or leave these numbers out on purpose.</translation>
    </message>
    <message>
        <source>— no covenant —</source>
        <extracomment>Dutch: &quot;— geen convenant —&quot;</extracomment>
        <translation>— no covenant —</translation>
    </message>
    <message>
        <source>The covenants could not be read: %1</source>
        <extracomment>Dutch: &quot;De convenanten konden niet worden gelezen: %1&quot;</extracomment>
        <translation>The covenants could not be read: %1</translation>
    </message>
    <message>
        <source>List of customer numbers</source>
        <extracomment>Dutch: &quot;Lijst van klantnummers&quot;</extracomment>
        <translation>List of customer numbers</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <extracomment>Dutch: &quot;CSV-bestanden (*.csv *.txt);;Alle bestanden (*)&quot;</extracomment>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n person(s).</source>
        <extracomment>Dutch: &quot;Uit %1: %n persoon/personen.&quot;</extracomment>
        <translation>
            <numerusform>From %1: %n person.</numerusform>
            <numerusform>From %1: %n persons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) listed more than once (counted once).</source>
        <extracomment>Dutch: &quot;%n nummer(s) stond(en) er meer dan eens in (één keer geteld).&quot;</extracomment>
        <translation>
            <numerusform>%n number listed more than once (counted once).</numerusform>
            <numerusform>%n numbers listed more than once (counted once).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::DisclosureListModel</name>
    <message>
        <source>Informed on %1</source>
        <translation>Informed on %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Data subject informed</source>
        <translation>Data subject informed</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data subject(s), destroyed</source>
        <translation>
            <numerusform>%n data subject, destroyed</numerusform>
            <numerusform>%n data subjects, destroyed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persons</source>
        <extracomment>Dutch: &quot;%n personen&quot;</extracomment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>covenant %1</source>
        <extracomment>Dutch: &quot;convenant %1&quot;</extracomment>
        <translation>covenant %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::DisclosuresPage</name>
    <message>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>Recipients and processors</source>
        <translation>Recipients and processors</translation>
    </message>
    <message>
        <source>Search recipient (Ctrl+F)</source>
        <translation>Search recipient (Ctrl+F)</translation>
    </message>
    <message>
        <source>Register a disclosure (Ctrl+Shift+D)</source>
        <translation>Register a disclosure (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>From: any date</translation>
    </message>
    <message>
        <source>Until: any date</source>
        <translation>Until: any date</translation>
    </message>
    <message>
        <source>Disclosed on or after</source>
        <translation>Disclosed on or after</translation>
    </message>
    <message>
        <source>Disclosed on or before</source>
        <translation>Disclosed on or before</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All legal bases</source>
        <translation>All legal bases</translation>
    </message>
    <message>
        <source>Informed or not</source>
        <translation>Informed or not</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n disclosure</numerusform>
            <numerusform>%n disclosures</numerusform>
        </translation>
    </message>
    <message>
        <source>No disclosures registered yet</source>
        <translation>No disclosures registered yet</translation>
    </message>
    <message>
        <source>Register each time personal data goes to a third party: to whom, whose data, why and on what legal basis. Press Ctrl+Shift+D.</source>
        <translation>Register each time personal data goes to a third party: to whom, whose data, why and on what legal basis. Press Ctrl+Shift+D.</translation>
    </message>
    <message>
        <source>No disclosures match these filters</source>
        <translation>No disclosures match these filters</translation>
    </message>
    <message>
        <source>Change the search or the filters to see more.</source>
        <translation>Change the search or the filters to see more.</translation>
    </message>
    <message>
        <source>%1 — review overdue</source>
        <translation>%1 — review overdue</translation>
    </message>
    <message>
        <source>no signed agreement</source>
        <translation>no signed agreement</translation>
    </message>
    <message numerus="yes">
        <source>%n processing agreement(s) overdue for review or not signed.</source>
        <translation>
            <numerusform>%n processing agreement overdue for review or not signed.</numerusform>
            <numerusform>%n processing agreements overdue for review or not signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time personal data goes to a third party, it is registered here: to whom, whose data, why and on what legal basis.</source>
        <translation>Each time personal data goes to a third party, it is registered here: to whom, whose data, why and on what legal basis.</translation>
    </message>
    <message>
        <source>Outside the EEA: %1</source>
        <translation>Outside the EEA: %1</translation>
    </message>
    <message>
        <source>The disclosures could not be read</source>
        <translation>The disclosures could not be read</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>The list could not be read.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>Add a recipient or processor (Ctrl+Shift+O)</source>
        <translation>Add a recipient or processor (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>EEA</translation>
    </message>
    <message>
        <source>EEA (%1)</source>
        <translation>EEA (%1)</translation>
    </message>
    <message>
        <source>&amp;New disclosure…</source>
        <translation>&amp;New disclosure…</translation>
    </message>
    <message>
        <source>New re&amp;cipient…</source>
        <translation>New re&amp;cipient…</translation>
    </message>
    <message>
        <source>Search recipient</source>
        <extracomment>Dutch: &quot;Ontvanger zoeken&quot;</extracomment>
        <translation>Search recipient</translation>
    </message>
    <message>
        <source>Recipient category</source>
        <extracomment>Dutch: &quot;Categorie ontvanger&quot;</extracomment>
        <translation>Recipient category</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>Dutch: &quot;Grondslag&quot;</extracomment>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Data subject informed</source>
        <extracomment>Dutch: &quot;Betrokkene geïnformeerd&quot;</extracomment>
        <translation>Data subject informed</translation>
    </message>
    <message>
        <source>Covenants</source>
        <extracomment>Dutch: &quot;Convenanten&quot;</extracomment>
        <translation>Covenants</translation>
    </message>
</context>
<context>
    <name>pd::ui::DisplayNameDialog</name>
    <message>
        <source>Fill in the name letters are signed with.</source>
        <extracomment>Dutch: &quot;Vul de naam in waarmee brieven worden ondertekend.&quot;</extracomment>
        <translation>Fill in the name letters are signed with.</translation>
    </message>
    <message>
        <source>Change name – Privacydesk</source>
        <extracomment>Dutch: &quot;Naam wijzigen – Privacydesk&quot;</extracomment>
        <translation>Change name – Privacydesk</translation>
    </message>
    <message>
        <source>The name of %1 as letters are signed with it, for example &quot;Jan de Vries&quot;. Never a user name.</source>
        <extracomment>Dutch: &quot;De naam van %1 zoals brieven ermee worden ondertekend, bijvoorbeeld &quot;Jan de Vries&quot;. Nooit een gebruikersnaam.&quot;</extracomment>
        <translation>The name of %1 as letters are signed with it, for example &quot;Jan de Vries&quot;. Never a user name.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Dutch: &quot;&amp;Naam:&quot;</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <extracomment>Dutch: &quot;Naam op&amp;slaan&quot;</extracomment>
        <translation>&amp;Save name</translation>
    </message>
</context>
<context>
    <name>pd::ui::DocumentPreview</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Pages as they will be printed</source>
        <translation>Pages as they will be printed</translation>
    </message>
    <message>
        <source>Choose a printer, the pages and the copies, then print (Ctrl+P)</source>
        <translation>Choose a printer, the pages and the copies, then print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Fit width</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was recorded.</source>
        <translation>Printing was cancelled; nothing was recorded.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>Preparing page %1 of %2 for %3…</source>
        <translation>Preparing page %1 of %2 for %3…</translation>
    </message>
    <message>
        <source>Preparing the pages for %1…</source>
        <translation>Preparing the pages for %1…</translation>
    </message>
    <message numerus="yes">
        <source>The chosen pages are not in the document: it has %n page(s). Nothing was printed.</source>
        <translation>
            <numerusform>The chosen pages are not in the document: it has %n page. Nothing was printed.</numerusform>
            <numerusform>The chosen pages are not in the document: it has %n pages. Nothing was printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was removed again.</source>
        <translation>The file was removed again.</translation>
    </message>
    <message>
        <source>Saved as PDF in %1; not sent to a printer.</source>
        <translation>Saved as PDF in %1; not sent to a printer.</translation>
    </message>
    <message>
        <source>%1 Nothing was recorded.</source>
        <translation>%1 Nothing was recorded.</translation>
    </message>
    <message>
        <source>The print job %1 was cancelled because it could not be recorded.</source>
        <translation>The print job %1 was cancelled because it could not be recorded.</translation>
    </message>
    <message>
        <source>Sent to %1 (job %2).</source>
        <translation>Sent to %1 (job %2).</translation>
    </message>
    <message>
        <source>The printer %1 is paused: the job waits until it is resumed.</source>
        <translation>The printer %1 is paused: the job waits until it is resumed.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Printed and recorded; close the preview</source>
        <translation>Printed and recorded; close the preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>pd::ui::DpiaDialog</name>
    <message>
        <source>DPIA — %1 %2</source>
        <extracomment>Dutch: &quot;DPIA — %1 %2&quot;</extracomment>
        <translation>DPIA — %1 %2</translation>
    </message>
    <message>
        <source>Is a DPIA needed?</source>
        <extracomment>Dutch: &quot;Is een DPIA nodig?&quot;</extracomment>
        <translation>Is a DPIA needed?</translation>
    </message>
    <message>
        <source>The AP&apos;s list</source>
        <extracomment>Dutch: &quot;Lijst van de AP&quot;</extracomment>
        <translation>The AP&apos;s list</translation>
    </message>
    <message>
        <source>Cases of art. 35(3) GDPR</source>
        <extracomment>Dutch: &quot;Gevallen van art. 35 lid 3 AVG&quot;</extracomment>
        <translation>Cases of art. 35(3) GDPR</translation>
    </message>
    <message>
        <source>EDPB criteria</source>
        <extracomment>Dutch: &quot;Criteria van de EDPB&quot;</extracomment>
        <translation>EDPB criteria</translation>
    </message>
    <message>
        <source>The AP&apos;s list: always a DPIA (Stcrt. 2019, 64418)</source>
        <extracomment>Dutch: &quot;Lijst van de AP: altijd een DPIA (Stcrt. 2019, 64418)&quot;</extracomment>
        <translation>The AP&apos;s list: always a DPIA (Stcrt. 2019, 64418)</translation>
    </message>
    <message>
        <source>Art. 35(3) GDPR</source>
        <extracomment>Dutch: &quot;Art. 35 lid 3 AVG&quot;</extracomment>
        <translation>Art. 35(3) GDPR</translation>
    </message>
    <message>
        <source>EDPB criteria (WP248): two or more, then a DPIA is likely needed</source>
        <extracomment>Dutch: &quot;Criteria van de EDPB (WP248): twee of meer, dan waarschijnlijk een DPIA&quot;</extracomment>
        <translation>EDPB criteria (WP248): two or more, then a DPIA is likely needed</translation>
    </message>
    <message>
        <source>Decision and DPIA</source>
        <extracomment>Dutch: &quot;Beslissing en DPIA&quot;</extracomment>
        <translation>Decision and DPIA</translation>
    </message>
    <message>
        <source>DPIA &amp;needed</source>
        <extracomment>Dutch: &quot;DPIA &amp;nodig&quot;</extracomment>
        <translation>DPIA &amp;needed</translation>
    </message>
    <message>
        <source>N&amp;o DPIA needed</source>
        <extracomment>Dutch: &quot;&amp;Geen DPIA nodig&quot;</extracomment>
        <translation>N&amp;o DPIA needed</translation>
    </message>
    <message>
        <source>&amp;Why (not):</source>
        <extracomment>Dutch: &quot;&amp;Waarom (niet):&quot;</extracomment>
        <translation>&amp;Why (not):</translation>
    </message>
    <message>
        <source>DPIA &amp;done on:</source>
        <extracomment>Dutch: &quot;DPIA &amp;uitgevoerd op:&quot;</extracomment>
        <translation>DPIA &amp;done on:</translation>
    </message>
    <message>
        <source>Out&amp;come and measures:</source>
        <extracomment>Dutch: &quot;Uitkomst en &amp;maatregelen:&quot;</extracomment>
        <translation>Out&amp;come and measures:</translation>
    </message>
    <message>
        <source>&amp;Residual risk:</source>
        <extracomment>Dutch: &quot;&amp;Restrisico:&quot;</extracomment>
        <translation>&amp;Residual risk:</translation>
    </message>
    <message>
        <source>AP consulted &amp;beforehand on:</source>
        <extracomment>Dutch: &quot;AP v&amp;ooraf geraadpleegd op:&quot;</extracomment>
        <translation>AP consulted &amp;beforehand on:</translation>
    </message>
    <message>
        <source>Needed when the residual risk stays high (art. 36(1) GDPR).</source>
        <extracomment>Dutch: &quot;Nodig als het restrisico hoog blijft (art. 36 lid 1 AVG).&quot;</extracomment>
        <translation>Needed when the residual risk stays high (art. 36(1) GDPR).</translation>
    </message>
    <message>
        <source>Consultation (reference, ad&amp;vice):</source>
        <extracomment>Dutch: &quot;Raad&amp;pleging (kenmerk, advies):&quot;</extracomment>
        <translation>Consultation (reference, ad&amp;vice):</translation>
    </message>
    <message>
        <source>Rev&amp;iew on:</source>
        <extracomment>Dutch: &quot;&amp;Herbeoordelen op:&quot;</extracomment>
        <translation>Rev&amp;iew on:</translation>
    </message>
    <message>
        <source>A DPIA is required: the processing is on the AP&apos;s list or falls under art. 35(3) GDPR.</source>
        <extracomment>Dutch: &quot;Een DPIA is verplicht: de verwerking staat op de lijst van de AP of valt onder art. 35 lid 3 AVG.&quot;</extracomment>
        <translation>A DPIA is required: the processing is on the AP&apos;s list or falls under art. 35(3) GDPR.</translation>
    </message>
    <message>
        <source>Two or more criteria: a DPIA is likely needed.</source>
        <extracomment>Dutch: &quot;Twee of meer criteria: een DPIA is waarschijnlijk nodig.&quot;</extracomment>
        <translation>Two or more criteria: a DPIA is likely needed.</translation>
    </message>
    <message>
        <source>The lists do not point to a DPIA; judge the high risk yourself (art. 35(1) GDPR).</source>
        <extracomment>Dutch: &quot;De lijsten wijzen niet op een DPIA; beoordeel het hoge risico zelf (art. 35 lid 1 AVG).&quot;</extracomment>
        <translation>The lists do not point to a DPIA; judge the high risk yourself (art. 35(1) GDPR).</translation>
    </message>
    <message>
        <source>DPIA not saved</source>
        <extracomment>Dutch: &quot;DPIA niet opgeslagen&quot;</extracomment>
        <translation>DPIA not saved</translation>
    </message>
</context>
<context>
    <name>pd::ui::DpiaPage</name>
    <message>
        <source>Required</source>
        <extracomment>Dutch: &quot;Verplicht&quot;</extracomment>
        <translation>Required</translation>
    </message>
    <message>
        <source>Likely needed</source>
        <extracomment>Dutch: &quot;Waarschijnlijk nodig&quot;</extracomment>
        <translation>Likely needed</translation>
    </message>
    <message>
        <source>A DPIA is needed when a processing is likely to result in a high risk (art. 35(1) GDPR): always for the types on the AP&apos;s list and in the cases of art. 35(3); likely with two or more EDPB criteria. When the residual risk stays high, consult the AP beforehand (art. 36(1)).</source>
        <extracomment>Dutch: &quot;Een DPIA is nodig als een verwerking waarschijnlijk een hoog risico inhoudt (art. 35 lid 1 AVG): altijd bij de soorten op de lijst van de AP en in de gevallen van art. 35 lid 3; bij twee of meer criteria van de EDPB waarschijnlijk. Blijft het restrisico hoog, raadpleeg dan vooraf de AP (art. 36 lid 1).&quot;</extracomment>
        <translation>A DPIA is needed when a processing is likely to result in a high risk (art. 35(1) GDPR): always for the types on the AP&apos;s list and in the cases of art. 35(3); likely with two or more EDPB criteria. When the residual risk stays high, consult the AP beforehand (art. 36(1)).</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <extracomment>Dutch: &quot;&amp;Beoordelen…&quot;</extracomment>
        <translation>&amp;Assess…</translation>
    </message>
    <message>
        <source>Assess whether the selected activity needs a DPIA, and record the DPIA (Enter or F2)</source>
        <extracomment>Dutch: &quot;Beoordeel of de gekozen verwerking een DPIA nodig heeft, en leg de DPIA vast (Enter of F2)&quot;</extracomment>
        <translation>Assess whether the selected activity needs a DPIA, and record the DPIA (Enter or F2)</translation>
    </message>
    <message>
        <source>DPIA register</source>
        <extracomment>Dutch: &quot;DPIA-register&quot;</extracomment>
        <translation>DPIA register</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Processing activity</translation>
    </message>
    <message>
        <source>By the lists</source>
        <extracomment>Dutch: &quot;Volgens de lijsten&quot;</extracomment>
        <translation>By the lists</translation>
    </message>
    <message>
        <source>DPIA</source>
        <extracomment>Dutch: &quot;DPIA&quot;</extracomment>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <extracomment>Dutch: &quot;Restrisico&quot;</extracomment>
        <translation>Residual risk</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>Dutch: &quot;Herbeoordeling&quot;</extracomment>
        <translation>Review</translation>
    </message>
    <message>
        <source>Attention</source>
        <extracomment>Dutch: &quot;Aandacht&quot;</extracomment>
        <translation>Attention</translation>
    </message>
    <message>
        <source>The DPIA register could not be read: %1</source>
        <extracomment>Dutch: &quot;Het DPIA-register kon niet worden gelezen: %1&quot;</extracomment>
        <translation>The DPIA register could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities; %1 DPIA review(s) due</source>
        <extracomment>Dutch: &quot;%n verwerking(en); %1 DPIA(&apos;s) te herbeoordelen&quot;</extracomment>
        <translation>
            <numerusform>%n processing activities; %1 DPIA review due</numerusform>
            <numerusform>%n processing activities; %1 DPIA reviews due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::DrillDownBanner</name>
    <message>
        <source>From the dashboard: %1</source>
        <translation>From the dashboard: %1</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Drop the dashboard&apos;s selection and show the list with its own filters</source>
        <translation>Drop the dashboard&apos;s selection and show the list with its own filters</translation>
    </message>
    <message>
        <source>From Today: %1</source>
        <translation>From Today: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::EncryptChoice</name>
    <message>
        <source>Password by p&amp;hone</source>
        <extracomment>Dutch: &quot;Wachtwoord per tele&amp;foon&quot;</extracomment>
        <translation>Password by p&amp;hone</translation>
    </message>
    <message>
        <source>Password by te&amp;xt message</source>
        <extracomment>Dutch: &quot;Wachtwoord per &amp;sms&quot;</extracomment>
        <translation>Password by te&amp;xt message</translation>
    </message>
    <message>
        <source>One PDF (AES-256) with a password of five words, shown to you once afterwards. Choose how you pass it on:</source>
        <extracomment>Dutch: &quot;Eén PDF (AES-256) met een wachtwoord van vijf woorden, dat u daarna één keer ziet. Kies hoe u het doorgeeft:&quot;</extracomment>
        <translation>One PDF (AES-256) with a password of five words, shown to you once afterwards. Choose how you pass it on:</translation>
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
    <message>
        <source>The deadline could not be computed: %1</source>
        <translation>The deadline could not be computed: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExternalHoldDialog</name>
    <message>
        <source>Hold on data outside Privacydesk — %1</source>
        <extracomment>Dutch: &quot;Bewaring van gegevens buiten Privacydesk — %1&quot;</extracomment>
        <translation>Hold on data outside Privacydesk — %1</translation>
    </message>
    <message>
        <source>for example: images hall Dorpsstraat 12, 3 March 2-4 pm</source>
        <extracomment>Dutch: &quot;bijvoorbeeld: beelden hal Dorpsstraat 12, 3 maart 14-16 uur&quot;</extracomment>
        <translation>for example: images hall Dorpsstraat 12, 3 March 2-4 pm</translation>
    </message>
    <message>
        <source>4w, 30d, 3m or 1y</source>
        <extracomment>Dutch: &quot;4w, 30d, 3m of 1y&quot;</extracomment>
        <translation>4w, 30d, 3m or 1y</translation>
    </message>
    <message>
        <source>Already secured on</source>
        <translation>Already secured on</translation>
    </message>
    <message>
        <source>by (empty: you)</source>
        <extracomment>Dutch: &quot;door (leeg: u)&quot;</extracomment>
        <translation>by (empty: you)</translation>
    </message>
    <message>
        <source>Secured on</source>
        <extracomment>Dutch: &quot;Veiliggesteld op&quot;</extracomment>
        <translation>Secured on</translation>
    </message>
    <message>
        <source>Secured by</source>
        <translation>Secured by</translation>
    </message>
    <message>
        <source>Kept until</source>
        <extracomment>Dutch: &quot;Vastgelegd tot&quot;</extracomment>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>System:</source>
        <extracomment>Dutch: &quot;Systeem:&quot;</extracomment>
        <translation>System:</translation>
    </message>
    <message>
        <source>What is secured:</source>
        <extracomment>Dutch: &quot;Wat wordt veiliggesteld:&quot;</extracomment>
        <translation>What is secured:</translation>
    </message>
    <message>
        <source>Date of the recording:</source>
        <extracomment>Dutch: &quot;Datum van de opname:&quot;</extracomment>
        <translation>Date of the recording:</translation>
    </message>
    <message>
        <source>The system itself keeps it:</source>
        <extracomment>Dutch: &quot;Het systeem bewaart zelf:&quot;</extracomment>
        <translation>The system itself keeps it:</translation>
    </message>
    <message>
        <source>Secure before:</source>
        <extracomment>Dutch: &quot;Veiligstellen vóór:&quot;</extracomment>
        <translation>Secure before:</translation>
    </message>
    <message>
        <source>give the retention as 4w, 30d, 3m or 1y</source>
        <translation>give the retention as 4w, 30d, 3m or 1y</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExternalHoldsWidget</name>
    <message>
        <source>Data outside Privacydesk (camera images, call recordings, …)</source>
        <extracomment>Dutch: &quot;Gegevens buiten Privacydesk (camerabeelden, gespreksopnames, …)&quot;</extracomment>
        <translation>Data outside Privacydesk (camera images, call recordings, …)</translation>
    </message>
    <message>
        <source>Record a hold…</source>
        <extracomment>Dutch: &quot;Bewaring vastleggen…&quot;</extracomment>
        <translation>Record a hold…</translation>
    </message>
    <message>
        <source>Secured</source>
        <extracomment>Dutch: &quot;Veiliggesteld&quot;</extracomment>
        <translation>Secured</translation>
    </message>
    <message>
        <source>Release…</source>
        <extracomment>Dutch: &quot;Vrijgeven…&quot;</extracomment>
        <translation>Release…</translation>
    </message>
    <message>
        <source>The holds could not be read: %1</source>
        <extracomment>Dutch: &quot;De bewaringen konden niet worden gelezen: %1&quot;</extracomment>
        <translation>The holds could not be read: %1</translation>
    </message>
    <message>
        <source>No holds.</source>
        <extracomment>Dutch: &quot;Geen bewaringen.&quot;</extracomment>
        <translation>No holds.</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <extracomment>Dutch: &quot;Bewaring vrijgeven&quot;</extracomment>
        <translation>Release the hold</translation>
    </message>
    <message>
        <source>Why is the hold on %1 released?</source>
        <translation>Why is the hold on %1 released?</translation>
    </message>
</context>
<context>
    <name>pd::ui::FigureTile</name>
    <message>
        <source>Show the list behind this figure</source>
        <translation>Show the list behind this figure</translation>
    </message>
</context>
<context>
    <name>pd::ui::HelpWindow</name>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>User guide — Privacydesk</source>
        <translation>User guide — Privacydesk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Back (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Forward (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>The start of the user guide</source>
        <translation>The start of the user guide</translation>
    </message>
    <message>
        <source>Search this page (Ctrl+F)</source>
        <translation>Search this page (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation>Search the user guide</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>pd::ui::ImportWizard</name>
    <message>
        <source>Choose the export file</source>
        <translation>Choose the export file</translation>
    </message>
    <message>
        <source>A CSV file from the housing system with a header row: customer number, name, relation, end date, and optionally address, postcode, phone and e-mail.</source>
        <translation>A CSV file from the housing system with a header row: customer number, name, relation, end date, and optionally address, postcode, phone and e-mail.</translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation>Path to a .csv file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>The first rows of the file. Choose above each column what it holds; customer number and name are required.</source>
        <translation>The first rows of the file. Choose above each column what it holds; customer number and name are required.</translation>
    </message>
    <message>
        <source>Encoding: %1 · separator: %2</source>
        <translation>Encoding: %1 · separator: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Field for column %1</translation>
    </message>
    <message>
        <source>Choose exactly one column for “%1”.</source>
        <translation>Choose exactly one column for “%1”.</translation>
    </message>
    <message>
        <source>Several columns are set to “%1”.</source>
        <translation>Several columns are set to “%1”.</translation>
    </message>
    <message>
        <source>Check every line</source>
        <translation>Check every line</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Lines with a problem are listed with the reason; they are skipped unless you choose to import nothing at all.</source>
        <translation>Nothing has been imported yet. Lines with a problem are listed with the reason; they are skipped unless you choose to import nothing at all.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Import &amp;nothing when a line is rejected</source>
        <translation>Import &amp;nothing when a line is rejected</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>No line can be imported.</source>
        <translation>No line can be imported.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importing persons…</source>
        <translation>Importing persons…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Import persons</source>
        <translation>Import persons</translation>
    </message>
    <message>
        <source>No retention term changed.</source>
        <translation>No retention term changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n retention term(s) created</source>
        <translation>
            <numerusform>%n retention term created</numerusform>
            <numerusform>%n retention terms created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention term(s) moved</source>
        <translation>
            <numerusform>%n retention term moved</numerusform>
            <numerusform>%n retention terms moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention term(s) removed</source>
        <translation>
            <numerusform>%n retention term removed</numerusform>
            <numerusform>%n retention terms removed</numerusform>
        </translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>The first rows of the file</translation>
    </message>
    <message>
        <source>Lines with a problem</source>
        <translation>Lines with a problem</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln line(s) can be imported; %2 rejected.</source>
        <translation>
            <numerusform>%1 of %Ln line can be imported; %2 rejected.</numerusform>
            <numerusform>%1 of %Ln lines can be imported; %2 rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons imported: %1, updated: %2, unchanged: %3; lines rejected: %4.</source>
        <translation>Persons imported: %1, updated: %2, unchanged: %3; lines rejected: %4.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
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
    <message>
        <source>Restored: the call you were logging when the desk locked (%1). Check it and save it.</source>
        <translation>Restored: the call you were logging when the desk locked (%1). Check it and save it.</translation>
    </message>
    <message>
        <source>Check them against the housing system.</source>
        <translation>Check them against the housing system.</translation>
    </message>
    <message>
        <source>You will hear from us by %1 at the latest: then you get the answer, or we tell you why it takes longer.</source>
        <translation>You will hear from us by %1 at the latest: then you get the answer, or we tell you why it takes longer.</translation>
    </message>
</context>
<context>
    <name>pd::ui::IntegrityWatch</name>
    <message>
        <source>Privacydesk – store damaged</source>
        <translation>Privacydesk – store damaged</translation>
    </message>
    <message>
        <source>The weekly check of the store found damage in its database file: some data may be unreadable or lost. Do not delete any backup. Restore the most recent backup (File &gt; Restore a backup) and ask your administrator for help. Until the store is in order again, this check runs every time the store is opened.

Details: %1</source>
        <translation>The weekly check of the store found damage in its database file: some data may be unreadable or lost. Do not delete any backup. Restore the most recent backup (File &gt; Restore a backup) and ask your administrator for help. Until the store is in order again, this check runs every time the store is opened.

Details: %1</translation>
    </message>
    <message>
        <source>The integrity of the database has not been checked yet. The desk checks it once a week in the background, and before every backup.</source>
        <translation>The integrity of the database has not been checked yet. The desk checks it once a week in the background, and before every backup.</translation>
    </message>
    <message>
        <source>Last integrity check of the database: %1, no damage found.</source>
        <translation>Last integrity check of the database: %1, no damage found.</translation>
    </message>
    <message>
        <source>Last integrity check of the database: %1, DAMAGE FOUND. Restore the most recent backup and ask your administrator for help.</source>
        <translation>Last integrity check of the database: %1, DAMAGE FOUND. Restore the most recent backup and ask your administrator for help.</translation>
    </message>
</context>
<context>
    <name>pd::ui::KindDecisionBox</name>
    <message>
        <source>What was done (%1)</source>
        <translation>What was done (%1)</translation>
    </message>
    <message>
        <source>Reasons for the decision (%1)</source>
        <translation>Reasons for the decision (%1)</translation>
    </message>
    <message>
        <source>Grounds for the refusal (%1)</source>
        <translation>Grounds for the refusal (%1)</translation>
    </message>
    <message>
        <source>What was erased:</source>
        <translation>What was erased:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>What is kept, and why (art. 12(4) GDPR):</source>
        <translation>What is kept, and why (art. 12(4) GDPR):</translation>
    </message>
    <message>
        <source>Reasons (art. 12(4) GDPR):</source>
        <translation>Reasons (art. 12(4) GDPR):</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Grounds:</translation>
    </message>
</context>
<context>
    <name>pd::ui::LetterDialog</name>
    <message>
        <source>The number in this letter is not a BSN (the confirmation is recorded)</source>
        <translation>The number in this letter is not a BSN (the confirmation is recorded)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Letter for %1</source>
        <translation>Letter for %1</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <source>Save the letter as PDF and record it (Ctrl+S)</source>
        <translation>Save the letter as PDF and record it (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Kind of letter:</source>
        <translation>&amp;Kind of letter:</translation>
    </message>
    <message>
        <source>Letters are in Dutch, whatever the language of Privacydesk. Printing or saving records the letter on the request.</source>
        <translation>Letters are in Dutch, whatever the language of Privacydesk. Printing or saving records the letter on the request.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>%1 recorded on %2 (SHA-256 %3…).</source>
        <translation>%1 recorded on %2 (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <source>Sent to %1 (job %2).</source>
        <translation>Sent to %1 (job %2).</translation>
    </message>
    <message>
        <source>The letter was not printed: it could not be recorded. %1</source>
        <translation>The letter was not printed: it could not be recorded. %1</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Edit the text before the letter is made (this is recorded)</source>
        <extracomment>Dutch: &quot;&amp;Tekst aanpassen voordat de brief wordt gemaakt (dit wordt vastgelegd)&quot;</extracomment>
        <translation>&amp;Edit the text before the letter is made (this is recorded)</translation>
    </message>
    <message>
        <source>Change the letter&apos;s text in the preview; the letter is made with your text and its record says it was edited by hand</source>
        <extracomment>Dutch: &quot;Pas de tekst van de brief aan in het voorbeeld; de brief wordt gemaakt met uw tekst en bij de brief staat dat die met de hand is aangepast&quot;</extracomment>
        <translation>Change the letter&apos;s text in the preview; the letter is made with your text and its record says it was edited by hand</translation>
    </message>
    <message>
        <source>Choose the printer and print; the letter is recorded once the printer accepted it (Ctrl+P)</source>
        <extracomment>Dutch: &quot;Kies de printer en druk af; de brief wordt vastgelegd zodra de printer hem heeft aangenomen (Ctrl+P)&quot;</extracomment>
        <translation>Choose the printer and print; the letter is recorded once the printer accepted it (Ctrl+P)</translation>
    </message>
    <message>
        <source>The text was edited by hand; the record says so.</source>
        <extracomment>Dutch: &quot;De tekst is met de hand aangepast; dat staat bij de brief.&quot;</extracomment>
        <translation>The text was edited by hand; the record says so.</translation>
    </message>
</context>
<context>
    <name>pd::ui::LetterTemplatesDialog</name>
    <message>
        <source>This is not a BSN (the confirmation is recorded)</source>
        <translation>This is not a BSN (the confirmation is recorded)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Reset to &amp;default</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>Kinds of letter</source>
        <translation>Kinds of letter</translation>
    </message>
    <message>
        <source>Template (Dutch HTML)</source>
        <translation>Template (Dutch HTML)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>Store this template for every new letter of this kind (Ctrl+S)</source>
        <translation>Store this template for every new letter of this kind (Ctrl+S)</translation>
    </message>
    <message>
        <source>Put Privacydesk&apos;s own text back for this kind</source>
        <translation>Put Privacydesk&apos;s own text back for this kind</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>&amp;Template (Dutch HTML; the letter goes to Dutch tenants):</source>
        <translation>&amp;Template (Dutch HTML; the letter goes to Dutch tenants):</translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click or Enter to insert):</source>
        <translation>&amp;Placeholders (double-click or Enter to insert):</translation>
    </message>
    <message>
        <source>%1 (own text)</source>
        <translation>%1 (own text)</translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation>Changed by %1 on %2</translation>
    </message>
    <message>
        <source>Privacydesk&apos;s default text</source>
        <translation>Privacydesk&apos;s default text</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Letter template</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) have changes that were not saved. Close and discard them?</source>
        <translation>
            <numerusform>%n template have changes that were not saved. Close and discard them?</numerusform>
            <numerusform>%n templates have changes that were not saved. Close and discard them?</numerusform>
        </translation>
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
    <message>
        <source>&amp;Import persons…</source>
        <translation>&amp;Import persons…</translation>
    </message>
    <message>
        <source>Import data subjects and relation end dates from a CSV export</source>
        <translation>Import data subjects and relation end dates from a CSV export</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>Letter &amp;templates…</translation>
    </message>
    <message>
        <source>&amp;Inzage report and export of a person…</source>
        <translation>&amp;Inzage report and export of a person…</translation>
    </message>
    <message>
        <source>The phone request you were logging has been kept. It opens again when you unlock.</source>
        <translation>The phone request you were logging has been kept. It opens again when you unlock.</translation>
    </message>
    <message>
        <source>A field that looked like a BSN was not kept: a BSN is never stored.</source>
        <translation>A field that looked like a BSN was not kept: a BSN is never stored.</translation>
    </message>
    <message>
        <source>The phone request you were logging could not be kept: %1</source>
        <translation>The phone request you were logging could not be kept: %1</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Not part of your role</source>
        <translation>Not part of your role</translation>
    </message>
    <message>
        <source>As %1 you log phone requests and see the requests you logged in the last 7 days. The registers and dashboards are for the privacy officer.</source>
        <translation>As %1 you log phone requests and see the requests you logged in the last 7 days. The registers and dashboards are for the privacy officer.</translation>
    </message>
    <message>
        <source>The new recovery key was still on screen when the desk locked and was not marked as kept. The previous key no longer works: after unlocking, renew the recovery key again in the user management and keep it.</source>
        <translation>The new recovery key was still on screen when the desk locked and was not marked as kept. The previous key no longer works: after unlocking, renew the recovery key again in the user management and keep it.</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>Register a request that arrived by e-mail, letter, web form, at the counter, through a representative or from the AP, with the original</source>
        <translation>Register a request that arrived by e-mail, letter, web form, at the counter, through a representative or from the AP, with the original</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>The user guide, at the section of what you are doing</source>
        <translation>The user guide, at the section of what you are doing</translation>
    </message>
    <message>
        <source>Report a &amp;data breach…</source>
        <translation>Report a &amp;data breach…</translation>
    </message>
    <message>
        <source>Register a data breach at once: the 72 hours for the AP run from the discovery</source>
        <translation>Register a data breach at once: the 72 hours for the AP run from the discovery</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Data breaches</translation>
    </message>
    <message>
        <source>Backups – Privacydesk</source>
        <translation>Backups – Privacydesk</translation>
    </message>
    <message>
        <source>On the server</source>
        <extracomment>Dutch: &quot;Op de server&quot;</extracomment>
        <translation>On the server</translation>
    </message>
    <message>
        <source>%1. The server decides who may do what; encryption of the stored data is that of the server&apos;s volume.</source>
        <extracomment>Dutch: &quot;%1. Wie wat mag, bepaalt de server; versleuteling van de opgeslagen gegevens is die van het volume van de server.&quot;</extracomment>
        <translation>%1. The server decides who may do what; encryption of the stored data is that of the server&apos;s volume.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>Dutch: &quot;Server: %1&quot;</extracomment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The server enforces the roles; encryption of the stored data is that of the server&apos;s volume.</source>
        <extracomment>Dutch: &quot;De server dwingt de rollen af; versleuteling van de opgeslagen gegevens is die van het volume van de server.&quot;</extracomment>
        <translation>The server enforces the roles; encryption of the stored data is that of the server&apos;s volume.</translation>
    </message>
    <message>
        <source>This store is on a server. Backups are made and restored by the owner of the database (usually IT) with privacydesk-cli backup --to and restore --from, encrypted with a passphrase of their own; see the manual.</source>
        <extracomment>Dutch: &quot;Deze kluis staat op een server. De eigenaar van de database (meestal de afdeling ICT) maakt de back-ups en zet ze terug met privacydesk-cli backup --to en restore --from, versleuteld met een eigen wachtwoordzin; zie de handleiding.&quot;</extracomment>
        <translation>This store is on a server. Backups are made and restored by the owner of the database (usually IT) with privacydesk-cli backup --to and restore --from, encrypted with a passphrase of their own; see the manual.</translation>
    </message>
    <message>
        <source>Sections</source>
        <extracomment>Dutch: &quot;Onderdelen&quot;</extracomment>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>pd::ui::MandateDialog</name>
    <message>
        <source>Mandate requested</source>
        <extracomment>Dutch: &quot;Machtiging gevraagd&quot;, &quot;Machtiging ontvangen&quot;</extracomment>
        <translation>Mandate requested</translation>
    </message>
    <message>
        <source>Mandate received</source>
        <translation>Mandate received</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Requested on:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>Ask %1 for the mandate without undue delay (the letter &apos;Request for a mandate&apos;): the deadline stands still from that day until the mandate arrives.</source>
        <extracomment>Dutch: &quot;Vraag %1 zonder onnodige vertraging om de machtiging (de brief &apos;Verzoek om machtiging&apos;): de termijn staat vanaf die dag stil, tot de machtiging binnen is.&quot;</extracomment>
        <translation>Ask %1 for the mandate without undue delay (the letter &apos;Request for a mandate&apos;): the deadline stands still from that day until the mandate arrives.</translation>
    </message>
    <message>
        <source>The mandate of %1 has arrived: the deadline runs again, with the days of the wait added. The letters then go to the representative.</source>
        <translation>The mandate of %1 has arrived: the deadline runs again, with the days of the wait added. The letters then go to the representative.</translation>
    </message>
</context>
<context>
    <name>pd::ui::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pd::ui::NewPasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Choose a password.</translation>
    </message>
</context>
<context>
    <name>pd::ui::NewRequestDialog</name>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>New request — Privacydesk</source>
        <translation>New request — Privacydesk</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>How did it arrive?</source>
        <translation>How did it arrive?</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <source>Dutch time (Europe/Amsterdam)</source>
        <translation>Dutch time (Europe/Amsterdam)</translation>
    </message>
    <message>
        <source>Only when the time of receipt is known (an e-mail, a call). Without it the request has a date of receipt and no time.</source>
        <translation>Only when the time of receipt is known (an e-mail, a call). Without it the request has a date of receipt and no time.</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>Received &amp;by:</translation>
    </message>
    <message>
        <source>Repr&amp;esentative:</source>
        <translation>Repr&amp;esentative:</translation>
    </message>
    <message>
        <source>M&amp;andate:</source>
        <translation>M&amp;andate:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <source>In a few words what is asked. No BSN, no document numbers.</source>
        <translation>In a few words what is asked. No BSN, no document numbers.</translation>
    </message>
    <message>
        <source>The request as it arrived</source>
        <translation>The request as it arrived</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Kept inside the encrypted store with the request, at most %1 per file. Never a copy of an identity document: record how identity was checked instead.</source>
        <translation>Kept inside the encrypted store with the request, at most %1 per file. Never a copy of an identity document: record how identity was checked instead.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;New request</translation>
    </message>
    <message>
        <source>Answer by %1 at the latest</source>
        <translation>Answer by %1 at the latest</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept with it</source>
        <translation>
            <numerusform>%n file kept with it</numerusform>
            <numerusform>%n files kept with it</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose how the request arrived (the channel).</source>
        <translation>Choose how the request arrived (the channel).</translation>
    </message>
    <message>
        <source>The time of receipt lies in the future.</source>
        <translation>The time of receipt lies in the future.</translation>
    </message>
    <message>
        <source>Enter the representative who made the request.</source>
        <translation>Enter the representative who made the request.</translation>
    </message>
    <message>
        <source>already passed</source>
        <translation>already passed</translation>
    </message>
    <message>
        <source>E-mail from %1</source>
        <translation>E-mail from %1</translation>
    </message>
    <message numerus="yes">
        <source>with %n attached file(s), kept as part of it</source>
        <translation>
            <numerusform>with %n attached file, kept as part of it</numerusform>
            <numerusform>with %n attached files, kept as part of it</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the request as it arrived</source>
        <translation>Add the request as it arrived</translation>
    </message>
    <message>
        <source>E-mails, PDF files and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>E-mails, PDF files and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>channel %1</translation>
    </message>
    <message>
        <source>received %1 at %2 (Dutch time)</source>
        <translation>received %1 at %2 (Dutch time)</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>sender %1</source>
        <translation>sender %1</translation>
    </message>
    <message>
        <source>sender %1 &lt;%2&gt;</source>
        <translation>sender %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>the subject as description</source>
        <translation>the subject as description</translation>
    </message>
    <message>
        <source>Filled in from the e-mail: %1. Check them before saving.</source>
        <translation>Filled in from the e-mail: %1. Check them before saving.</translation>
    </message>
    <message>
        <source>What you entered for this request, and the files added to it, have not been saved. Discard them?</source>
        <translation>What you entered for this request, and the files added to it, have not been saved. Discard them?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Time &amp;known:</source>
        <translation>Time &amp;known:</translation>
    </message>
    <message>
        <source>Who asks on their behalf, if anyone</source>
        <translation>Who asks on their behalf, if anyone</translation>
    </message>
    <message>
        <source>e.g. written authorisation</source>
        <translation>e.g. written authorisation</translation>
    </message>
    <message>
        <source>The e-mail (.eml), the letter&apos;s scan or the mandate, as it arrived. An e-mail fills in the form.</source>
        <translation>The e-mail (.eml), the letter&apos;s scan or the mandate, as it arrived. An e-mail fills in the form.</translation>
    </message>
    <message>
        <source>Drop the file here
or use “Add file…”</source>
        <translation>Drop the file here
or use “Add file…”</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, received on %2 · legal deadline %3</source>
        <translation>%1, received on %2 · legal deadline %3</translation>
    </message>
    <message>
        <source>At the latest %1, legal deadline %2</source>
        <translation>At the latest %1, legal deadline %2</translation>
    </message>
    <message>
        <source>The deadline could not be computed: %1</source>
        <translation>The deadline could not be computed: %1</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>Time received</translation>
    </message>
    <message>
        <source>Representative&apos;s address</source>
        <translation>Representative&apos;s address</translation>
    </message>
    <message>
        <source>letters &amp;go to:</source>
        <extracomment>Dutch: &quot;&amp;postadres:&quot;</extracomment>
        <translation>letters &amp;go to:</translation>
    </message>
    <message>
        <source>where the letters go: Dorpsstraat 3, 6582 AB Heumen</source>
        <extracomment>Dutch: &quot;waar de brieven heen gaan: Dorpsstraat 3, 6582 AB Heumen&quot;</extracomment>
        <translation>where the letters go: Dorpsstraat 3, 6582 AB Heumen</translation>
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
    <name>pd::ui::PersonExportWizard</name>
    <message>
        <source>Choose the data subject</source>
        <translation>Choose the data subject</translation>
    </message>
    <message>
        <source>Type a customer number, a postcode with house number, or a name.</source>
        <translation>Type a customer number, a postcode with house number, or a name.</translation>
    </message>
    <message>
        <source>e.g. K100234, 1234 AB 12 or Jansen</source>
        <translation>e.g. K100234, 1234 AB 12 or Jansen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Nobody found.</translation>
    </message>
    <message>
        <source>Review other people&apos;s data</source>
        <translation>Review other people&apos;s data</translation>
    </message>
    <message>
        <source>These fragments of the notes and texts may be other people&apos;s data (article 15(4) AVG). Ticked fragments are replaced by “%1” in every output; untick what may stay.</source>
        <translation>These fragments of the notes and texts may be other people&apos;s data (article 15(4) AVG). Ticked fragments are replaced by “%1” in every output; untick what may stay.</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Redact</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>No data of other people were found in the notes and texts.</source>
        <translation>No data of other people were found in the notes and texts.</translation>
    </message>
    <message>
        <source>&amp;Redact all</source>
        <translation>&amp;Redact all</translation>
    </message>
    <message>
        <source>&amp;Keep all</source>
        <translation>&amp;Keep all</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n disclosure</numerusform>
            <numerusform>%n disclosures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) stay out of the export: the law forbids telling the data subject about them.</source>
        <translation>
            <numerusform>%n disclosure stay out of the export: the law forbids telling the data subject about them.</numerusform>
            <numerusform>%n disclosures stay out of the export: the law forbids telling the data subject about them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the outputs</source>
        <translation>Choose the outputs</translation>
    </message>
    <message>
        <source>Access report as &amp;PDF:</source>
        <translation>Access report as &amp;PDF:</translation>
    </message>
    <message>
        <source>&amp;Data export (JSON and CSV) in:</source>
        <translation>&amp;Data export (JSON and CSV) in:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Overwrite files that exist</source>
        <translation>&amp;Overwrite files that exist</translation>
    </message>
    <message>
        <source>The files are not encrypted. Keep them where only you can reach them, and delete them once the data subject has them.</source>
        <translation>The files are not encrypted. Keep them where only you can reach them, and delete them once the data subject has them.</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Save the access report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the data export</source>
        <translation>Folder for the data export</translation>
    </message>
    <message>
        <source>access-report-%1.pdf</source>
        <translation>access-report-%1.pdf</translation>
    </message>
    <message>
        <source>data-export-%1</source>
        <translation>data-export-%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exist already: %1. Choose another place, or tick “Overwrite files that exist”.</source>
        <translation>
            <numerusform>%n file exist already: %1. Choose another place, or tick “Overwrite files that exist”.</numerusform>
            <numerusform>%n files exist already: %1. Choose another place, or tick “Overwrite files that exist”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Written:</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 fragment(s) of other people&apos;s data redacted.</source>
        <translation>
            <numerusform>%n of %1 fragment of other people&apos;s data redacted.</numerusform>
            <numerusform>%n of %1 fragments of other people&apos;s data redacted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export is recorded in the data subject&apos;s audit trail.</source>
        <translation>The export is recorded in the data subject&apos;s audit trail.</translation>
    </message>
    <message>
        <source>Access report and data export</source>
        <translation>Access report and data export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>The access report is a PDF for the data subject with everything (article 15 AVG). The data export holds, as JSON and CSV files, only the data processed on the data subject&apos;s consent or under a contract (article 20 AVG); its LEESMIJ.txt says what is left out and why.</source>
        <translation>The access report is a PDF for the data subject with everything (article 15 AVG). The data export holds, as JSON and CSV files, only the data processed on the data subject&apos;s consent or under a contract (article 20 AVG); its LEESMIJ.txt says what is left out and why.</translation>
    </message>
    <message>
        <source>Left out of the data export (not on consent or contract, article 20 AVG): %1.</source>
        <translation>Left out of the data export (not on consent or contract, article 20 AVG): %1.</translation>
    </message>
    <message>
        <source>The review of other people&apos;s data could not be done: %1</source>
        <translation>The review of other people&apos;s data could not be done: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Data subjects found</source>
        <translation>Data subjects found</translation>
    </message>
    <message>
        <source>Other people&apos;s data found</source>
        <translation>Other people&apos;s data found</translation>
    </message>
    <message>
        <source>File for the access report</source>
        <translation>File for the access report</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Send the data export directly to another controller (article 20(2) AVG)</source>
        <extracomment>Dutch: &quot;De gegevensexport rechtstreeks naar een andere organisatie (artikel 20 lid 2 AVG)&quot;</extracomment>
        <translation>Send the data export directly to another controller (article 20(2) AVG)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Dutch: &quot;&amp;Naam:&quot;</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address or e-mail:</source>
        <extracomment>Dutch: &quot;&amp;Adres of e-mail:&quot;</extracomment>
        <translation>&amp;Address or e-mail:</translation>
    </message>
    <message>
        <source>Choose the data export to send it to the other controller.</source>
        <extracomment>Dutch: &quot;Kies de gegevensexport om die naar de andere organisatie te sturen.&quot;</extracomment>
        <translation>Choose the data export to send it to the other controller.</translation>
    </message>
    <message>
        <source>Give the receiving controller&apos;s name.</source>
        <extracomment>Dutch: &quot;Geef de naam van de ontvangende organisatie.&quot;</extracomment>
        <translation>Give the receiving controller&apos;s name.</translation>
    </message>
    <message>
        <source>Encr&amp;ypted: one PDF with the data export inside</source>
        <extracomment>Dutch: &quot;Ve&amp;rsleuteld: één PDF met de gegevensexport erin&quot;</extracomment>
        <translation>Encr&amp;ypted: one PDF with the data export inside</translation>
    </message>
    <message>
        <source>Encrypted (AES-256); inside the PDF: %1.</source>
        <extracomment>Dutch: &quot;Versleuteld (AES-256); in de PDF: %1.&quot;</extracomment>
        <translation>Encrypted (AES-256); inside the PDF: %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::PersonRelationDialog</name>
    <message>
        <source>The relation has &amp;ended</source>
        <translation>The relation has &amp;ended</translation>
    </message>
    <message>
        <source>Relation and end date</source>
        <translation>Relation and end date</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>End &amp;date:</source>
        <translation>End &amp;date:</translation>
    </message>
    <message>
        <source>The relation of %1 with the corporation. The retention periods that run from the end of the relation (contact data, financial records, the registration as house-seeker) are moved with it; a current tenant has no end date.</source>
        <translation>The relation of %1 with the corporation. The retention periods that run from the end of the relation (contact data, financial records, the registration as house-seeker) are moved with it; a current tenant has no end date.</translation>
    </message>
    <message>
        <source>Choose the relation.</source>
        <translation>Choose the relation.</translation>
    </message>
</context>
<context>
    <name>pd::ui::PersonSearchWidget</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Find the data sub&amp;ject: customer number, postcode + house number, or name</source>
        <translation>Find the data sub&amp;ject: customer number, postcode + house number, or name</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>E-mai&amp;l:</translation>
    </message>
    <message>
        <source>Choose the data subject from the results, or tick “New data subject”.</source>
        <translation>Choose the data subject from the results, or tick “New data subject”.</translation>
    </message>
    <message>
        <source>%1: nobody found. Tick “New data subject” (Alt+N) to register them.</source>
        <translation>%1: nobody found. Tick “New data subject” (Alt+N) to register them.</translation>
    </message>
    <message>
        <source>Data subject: %1</source>
        <translation>Data subject: %1</translation>
    </message>
    <message>
        <source>The search failed, so it is not known whether this person is registered already: %1</source>
        <translation>The search failed, so it is not known whether this person is registered already: %1</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Whether processing is restricted could not be read: %1</source>
        <extracomment>Dutch: &quot;Of de verwerking is beperkt, kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Whether processing is restricted could not be read: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::PersonSourceDialog</name>
    <message>
        <source>Source of the data</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>&amp;Where did the data of %1 come from?</source>
        <translation>&amp;Where did the data of %1 come from?</translation>
    </message>
    <message>
        <source>The access report names this source (article 15(1)(g) GDPR) when the data did not come from the data subject: the housing system&apos;s import, the municipality, a guardian (bewindvoerder). Leave it empty when the data subject gave them.</source>
        <translation>The access report names this source (article 15(1)(g) GDPR) when the data did not come from the data subject: the housing system&apos;s import, the municipality, a guardian (bewindvoerder). Leave it empty when the data subject gave them.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the source short: at most %n character(s).</source>
        <translation>
            <numerusform>Keep the source short: at most %n character.</numerusform>
            <numerusform>Keep the source short: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ProcessingActivityDialog</name>
    <message>
        <source>New processing activity</source>
        <translation>New processing activity</translation>
    </message>
    <message>
        <source>Processing activity %1</source>
        <translation>Processing activity %1</translation>
    </message>
    <message>
        <source>e.g. Leveren van diensten</source>
        <translation>e.g. Leveren van diensten</translation>
    </message>
    <message>
        <source>&amp;Main purpose:</source>
        <translation>&amp;Main purpose:</translation>
    </message>
    <message>
        <source>C&amp;ode and name:</source>
        <translation>C&amp;ode and name:</translation>
    </message>
    <message>
        <source>e.g. Opmaken van huurovereenkomst</source>
        <translation>e.g. Opmaken van huurovereenkomst</translation>
    </message>
    <message>
        <source>&amp;Sub-purpose:</source>
        <translation>&amp;Sub-purpose:</translation>
    </message>
    <message>
        <source>&amp;Name of the activity:</source>
        <translation>&amp;Name of the activity:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>e.g. Huisvestingswet 2014, art. 10; convenant woonfraude</source>
        <translation>e.g. Huisvestingswet 2014, art. 10; convenant woonfraude</translation>
    </message>
    <message>
        <source>S&amp;tatute or covenant:</source>
        <translation>S&amp;tatute or covenant:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>One per line, e.g. huurders, woningzoekenden</source>
        <translation>One per line, e.g. huurders, woningzoekenden</translation>
    </message>
    <message>
        <source>Data s&amp;ubjects:</source>
        <translation>Data s&amp;ubjects:</translation>
    </message>
    <message>
        <source>Category of personal data</source>
        <translation>Category of personal data</translation>
    </message>
    <message>
        <source>Other (codes)</source>
        <translation>Other (codes)</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Add category</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Remove category</translation>
    </message>
    <message>
        <source>One per line, e.g. betrokkene zelf, BRP via gemeente</source>
        <translation>One per line, e.g. betrokkene zelf, BRP via gemeente</translation>
    </message>
    <message>
        <source>One per line: recipient category codes</source>
        <translation>One per line: recipient category codes</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>&amp;Processors:</source>
        <translation>&amp;Processors:</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Dutch: &quot;Land&quot;</extracomment>
        <translation>Country</translation>
    </message>
    <message>
        <source>Safeguard, e.g. standard contractual clauses</source>
        <translation>Safeguard, e.g. standard contractual clauses</translation>
    </message>
    <message>
        <source>Trans&amp;fer:</source>
        <translation>Trans&amp;fer:</translation>
    </message>
    <message>
        <source>e.g. end of tenancy + 2 years</source>
        <translation>e.g. end of tenancy + 2 years</translation>
    </message>
    <message>
        <source>R&amp;etention:</source>
        <translation>R&amp;etention:</translation>
    </message>
    <message>
        <source>This is not a BSN (the confirmation is recorded)</source>
        <translation>This is not a BSN (the confirmation is recorded)</translation>
    </message>
    <message>
        <source>New main purpose…</source>
        <translation>New main purpose…</translation>
    </message>
    <message>
        <source>Main purpose</source>
        <translation>Main purpose</translation>
    </message>
    <message>
        <source>Sub-purpose</source>
        <translation>Sub-purpose</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Statute or covenant</source>
        <translation>Statute or covenant</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Safeguard</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Processors</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Processing activity %1 (read only)</source>
        <translation>Processing activity %1 (read only)</translation>
    </message>
    <message>
        <source>Read only — your role (%1) may not change the register.</source>
        <translation>Read only — your role (%1) may not change the register.</translation>
    </message>
    <message>
        <source>E&amp;xception (art. 9 lid 2 AVG):</source>
        <translation>E&amp;xception (art. 9 lid 2 AVG):</translation>
    </message>
    <message>
        <source>Data go to a country outside the EEA</source>
        <translation>Data go to a country outside the EEA</translation>
    </message>
    <message>
        <source>Country, if not the Netherlands</source>
        <translation>Country, if not the Netherlands</translation>
    </message>
    <message>
        <source>Where processors or recipients hold the data. A country outside the EEA is a transfer and needs a safeguard.</source>
        <translation>Where processors or recipients hold the data. A country outside the EEA is a transfer and needs a safeguard.</translation>
    </message>
    <message>
        <source>Basis for criminal data</source>
        <translation>Basis for criminal data</translation>
    </message>
    <message>
        <source>A special category of personal data (art. 9 AVG): needs the exception below</source>
        <translation>A special category of personal data (art. 9 AVG): needs the exception below</translation>
    </message>
    <message>
        <source>Criminal data (art. 10 AVG): needs the basis below</source>
        <translation>Criminal data (art. 10 AVG): needs the basis below</translation>
    </message>
    <message>
        <source>Nuisance reports: neither art. 9 nor art. 10 AVG</source>
        <translation>Nuisance reports: neither art. 9 nor art. 10 AVG</translation>
    </message>
    <message>
        <source>Other special categories (art. 9 AVG), as codes</source>
        <translation>Other special categories (art. 9 AVG), as codes</translation>
    </message>
    <message>
        <source>Other special categories (art. 9 AVG): %1</source>
        <translation>Other special categories (art. 9 AVG): %1</translation>
    </message>
    <message>
        <source>Choose the exception (required)…</source>
        <translation>Choose the exception (required)…</translation>
    </message>
    <message>
        <source>Not applicable: no special category marked</source>
        <translation>Not applicable: no special category marked</translation>
    </message>
    <message>
        <source>Required, e.g. art. 33 lid 2 sub b UAVG</source>
        <translation>Required, e.g. art. 33 lid 2 sub b UAVG</translation>
    </message>
    <message>
        <source>Not applicable: no criminal data marked</source>
        <translation>Not applicable: no criminal data marked</translation>
    </message>
    <message>
        <source>The main purposes of the register could not be read: %1</source>
        <translation>The main purposes of the register could not be read: %1</translation>
    </message>
    <message>
        <source>The numbers in use could not be read: %1</source>
        <translation>The numbers in use could not be read: %1</translation>
    </message>
    <message>
        <source>Persona&amp;l data:</source>
        <translation>Persona&amp;l data:</translation>
    </message>
    <message>
        <source>Basis for cr&amp;iminal data (art. 10 AVG):</source>
        <translation>Basis for cr&amp;iminal data (art. 10 AVG):</translation>
    </message>
    <message>
        <source>Sour&amp;ces:</source>
        <translation>Sour&amp;ces:</translation>
    </message>
    <message>
        <source>Securit&amp;y measures:</source>
        <translation>Securit&amp;y measures:</translation>
    </message>
    <message>
        <source>Name of the main purpose</source>
        <extracomment>Dutch: &quot;Naam van het hoofddoel&quot;</extracomment>
        <translation>Name of the main purpose</translation>
    </message>
    <message>
        <source>Name of the sub-purpose</source>
        <extracomment>Dutch: &quot;Naam van het subdoel&quot;</extracomment>
        <translation>Name of the sub-purpose</translation>
    </message>
    <message>
        <source>One per line, e.g. ERP, customer mailbox, camera system</source>
        <extracomment>Dutch: &quot;Eén per regel, bijvoorbeeld ERP, klantmailbox, camerasysteem&quot;</extracomment>
        <translation>One per line, e.g. ERP, customer mailbox, camera system</translation>
    </message>
    <message>
        <source>Systems that hold the data; an inzage, erasure or rectification searches them.</source>
        <extracomment>Dutch: &quot;Systemen waar de gegevens staan; een inzage, verwijdering of rectificatie doorzoekt ze.&quot;</extracomment>
        <translation>Systems that hold the data; an inzage, erasure or rectification searches them.</translation>
    </message>
    <message>
        <source>Systems:</source>
        <extracomment>Dutch: &quot;Systemen:&quot;</extracomment>
        <translation>Systems:</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systems</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProcessingRegisterPage</name>
    <message>
        <source>Search the register (Ctrl+F)</source>
        <translation>Search the register (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;New activity…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the selected activity (Enter or F2)</source>
        <translation>Open the selected activity (Enter or F2)</translation>
    </message>
    <message>
        <source>Remove the selected activity (Delete)</source>
        <translation>Remove the selected activity (Delete)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the register or save it as PDF (Ctrl+P)</source>
        <translation>Print the register or save it as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Processing activity</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>No processing activities yet</source>
        <translation>No processing activities yet</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities</source>
        <translation>
            <numerusform>%n processing activities</numerusform>
            <numerusform>%n processing activities</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-purpose: %1</source>
        <translation>Sub-purpose: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Remove processing activity</source>
        <translation>Remove processing activity</translation>
    </message>
    <message>
        <source>Remove %1 &quot;%2&quot; from the register? The audit trail keeps what it said.</source>
        <translation>Remove %1 &quot;%2&quot; from the register? The audit trail keeps what it said.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>processing-register-%1.csv</source>
        <translation>processing-register-%1.csv</translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation>Export the register as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>The register of processing activities (art. 30 AVG) lists what your organisation does with personal data, why and on what legal basis. No activity has been registered yet.</source>
        <translation>The register of processing activities (art. 30 AVG) lists what your organisation does with personal data, why and on what legal basis. No activity has been registered yet.</translation>
    </message>
    <message>
        <source>Outside EEA</source>
        <translation>Outside EEA</translation>
    </message>
    <message>
        <source>Art. 9 / art. 10 AVG</source>
        <translation>Art. 9 / art. 10 AVG</translation>
    </message>
    <message>
        <source>art. 9: %1 — exception missing</source>
        <translation>art. 9: %1 — exception missing</translation>
    </message>
    <message>
        <source>art. 9: %1</source>
        <translation>art. 9: %1</translation>
    </message>
    <message>
        <source>art. 10 — basis missing</source>
        <translation>art. 10 — basis missing</translation>
    </message>
    <message>
        <source>art. 10</source>
        <translation>art. 10</translation>
    </message>
    <message>
        <source>Registered before the exception (art. 9 lid 2 AVG) and the basis (art. 10 AVG) had fields of their own: open the activity to fill it in.</source>
        <translation>Registered before the exception (art. 9 lid 2 AVG) and the basis (art. 10 AVG) had fields of their own: open the activity to fill it in.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n activities process special categories (art. 9) or criminal data (art. 10) without the exception or basis: open them to fill it in; they cannot be saved without it.</source>
        <translation>
            <numerusform>%n activities process special categories (art. 9) or criminal data (art. 10) without the exception or basis: open them to fill it in; they cannot be saved without it.</numerusform>
            <numerusform>%n activities process special categories (art. 9) or criminal data (art. 10) without the exception or basis: open them to fill it in; they cannot be saved without it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register could not be read</source>
        <translation>The register could not be read</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation>New processing activity</translation>
    </message>
    <message>
        <source>Open processing activity</source>
        <translation>Open processing activity</translation>
    </message>
    <message>
        <source>The processing activity could not be read: %1</source>
        <translation>The processing activity could not be read: %1</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>The register could not be read: %1</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Print the register</translation>
    </message>
    <message>
        <source>Add a processing activity (Ctrl+Shift+A)</source>
        <translation>Add a processing activity (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The whole register as a CSV file for Excel (Ctrl+Shift+S)</source>
        <translation>The whole register as a CSV file for Excel (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>The register of processing activities (art. 30 AVG) lists what your organisation does with personal data, why and on what legal basis. Add the first activity with New activity (Ctrl+Shift+A).</source>
        <translation>The register of processing activities (art. 30 AVG) lists what your organisation does with personal data, why and on what legal basis. Add the first activity with New activity (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Search the register</source>
        <extracomment>Dutch: &quot;Het register doorzoeken&quot;</extracomment>
        <translation>Search the register</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <extracomment>Dutch: &quot;Verwerkingsactiviteiten&quot;
----------
Dutch: &quot;Verwerkingen&quot;</extracomment>
        <translation>Processing activities</translation>
    </message>
    <message>
        <source>DPIA</source>
        <extracomment>Dutch: &quot;DPIA&quot;</extracomment>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>DPIAs</source>
        <extracomment>Dutch: &quot;DPIA&apos;s&quot;</extracomment>
        <translation>DPIAs</translation>
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
    <message>
        <source>After a failed identification the request waits for a new one, or is closed as not dealt with: identity not established.</source>
        <translation>After a failed identification the request waits for a new one, or is closed as not dealt with: identity not established.</translation>
    </message>
    <message>
        <source>Failed identification recorded (%1). The request waits for a new identification, or is closed as identity not established.</source>
        <extracomment>Dutch: &quot;Mislukte identificatie vastgelegd (%1). Het verzoek wacht op een nieuwe identificatie, of wordt afgesloten: identiteit niet vastgesteld.&quot;</extracomment>
        <translation>Failed identification recorded (%1). The request waits for a new identification, or is closed as identity not established.</translation>
    </message>
    <message>
        <source>Identification recorded: succeeded on %1. The deadline runs again: new deadline %2.</source>
        <extracomment>Dutch: &quot;Identificatie vastgelegd: geslaagd op %1. De termijn loopt weer: nieuwe uiterste datum %2.&quot;</extracomment>
        <translation>Identification recorded: succeeded on %1. The deadline runs again: new deadline %2.</translation>
    </message>
    <message>
        <source>Identification recorded: succeeded on %1.</source>
        <extracomment>Dutch: &quot;Identificatie vastgelegd: geslaagd op %1.&quot;</extracomment>
        <translation>Identification recorded: succeeded on %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecipientDialog</name>
    <message>
        <source>New recipient</source>
        <translation>New recipient</translation>
    </message>
    <message>
        <source>E-mail, phone or department</source>
        <translation>E-mail, phone or department</translation>
    </message>
    <message>
        <source>Processing agreement &amp;signed on:</source>
        <translation>Processing agreement &amp;signed on:</translation>
    </message>
    <message>
        <source>What it &amp;processes:</source>
        <translation>What it &amp;processes:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>The catalogue already holds a recipient named &quot;%1&quot;.</source>
        <translation>The catalogue already holds a recipient named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What the processor processes</source>
        <translation>What the processor processes</translation>
    </message>
    <message>
        <source>EEA (or EU), or the country where the data is processed: its code (NL, DE, US, …) or its name. A country outside the EEA is a transfer (chapter V GDPR).</source>
        <translation>EEA (or EU), or the country where the data is processed: its code (NL, DE, US, …) or its name. A country outside the EEA is a transfer (chapter V GDPR).</translation>
    </message>
    <message>
        <source>The recipient categories could not be read: %1</source>
        <translation>The recipient categories could not be read: %1</translation>
    </message>
    <message>
        <source>The catalogue could not be read: %1</source>
        <translation>The catalogue could not be read: %1</translation>
    </message>
    <message>
        <source>e.g. hosting and backups of the housing system</source>
        <translation>e.g. hosting and backups of the housing system</translation>
    </message>
    <message>
        <source>Re&amp;view due on:</source>
        <translation>Re&amp;view due on:</translation>
    </message>
    <message>
        <source>This number is not a &amp;BSN (logged)</source>
        <translation>This number is not a &amp;BSN (logged)</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeyDialog</name>
    <message>
        <source>New recovery key – Privacydesk</source>
        <translation>New recovery key – Privacydesk</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Your new recovery key</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens the store. This new key is shown only this once: print it or copy it onto paper by hand, and destroy the old sheet.</source>
        <translation>The old recovery key no longer opens the store. This new key is shown only this once: print it or copy it onto paper by hand, and destroy the old sheet.</translation>
    </message>
    <message>
        <source>Store ID: %1 · renewed %2</source>
        <translation>Store ID: %1 · renewed %2</translation>
    </message>
    <message>
        <source>Keep this key on paper in a safe place; whoever has the key can open the store.</source>
        <translation>Keep this key on paper in a safe place; whoever has the key can open the store.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>I have &amp;kept the new recovery key in a safe place</source>
        <translation>I have &amp;kept the new recovery key in a safe place</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
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
    <message>
        <source>Printing leaves a copy of the recovery key in the print spool: the print system (CUPS) keeps the job on this computer or the print server until it is printed, and on Debian for a day after unless IT set &quot;PreserveJobFiles No&quot;. Print only to a printer beside you and take the page at once.</source>
        <translation>Printing leaves a copy of the recovery key in the print spool: the print system (CUPS) keeps the job on this computer or the print server until it is printed, and on Debian for a day after unless IT set &quot;PreserveJobFiles No&quot;. Print only to a printer beside you and take the page at once.</translation>
    </message>
    <message>
        <source>Print recovery key</source>
        <translation>Print recovery key</translation>
    </message>
    <message>
        <source>&amp;Print anyway…</source>
        <translation>&amp;Print anyway…</translation>
    </message>
    <message>
        <source>The recovery key is not written to a file. Choose a printer.</source>
        <translation>The recovery key is not written to a file. Choose a printer.</translation>
    </message>
    <message>
        <source>%1 The recovery key was not printed.</source>
        <translation>%1 The recovery key was not printed.</translation>
    </message>
    <message>
        <source>Sent to %1 (job %2). Take the page from the printer at once.</source>
        <translation>Sent to %1 (job %2). Take the page from the printer at once.</translation>
    </message>
    <message>
        <source>The printer is paused: the key waits in its queue until it is resumed.</source>
        <translation>The printer is paused: the key waits in its queue until it is resumed.</translation>
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
    <message>
        <source>Identification requested on %1. The deadline is paused until the identification is received.</source>
        <extracomment>Dutch: &quot;Identificatie gevraagd op %1. De termijn is opgeschort tot de identificatie binnen is.&quot;</extracomment>
        <translation>Identification requested on %1. The deadline is paused until the identification is received.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password – Privacydesk</source>
        <translation>Reset password – Privacydesk</translation>
    </message>
    <message>
        <source>A new password for %1 (%2), without the old one. Give it in person, not by e-mail, and ask them to change it themselves afterwards.</source>
        <translation>A new password for %1 (%2), without the old one. Give it in person, not by e-mail, and ask them to change it themselves afterwards.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Replacing the key slot… this takes a few seconds.</source>
        <translation>Replacing the key slot… this takes a few seconds.</translation>
    </message>
    <message>
        <source>Re&amp;set password</source>
        <translation>Re&amp;set password</translation>
    </message>
</context>
<context>
    <name>pd::ui::RestoreDialog</name>
    <message>
        <source>The backup was not restored.</source>
        <translation>The backup was not restored.</translation>
    </message>
    <message>
        <source>The backup of %1 has been restored.</source>
        <translation>The backup of %1 has been restored.</translation>
    </message>
    <message>
        <source>The backup has been restored.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <source>The data as they were are kept in %1.</source>
        <translation>The data as they were are kept in %1.</translation>
    </message>
    <message>
        <source>You are not an active user of this store; you cannot restore a backup.</source>
        <translation>You are not an active user of this store; you cannot restore a backup.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow restoring a backup; an administrator can.</source>
        <translation>Your role (%1) does not allow restoring a backup; an administrator can.</translation>
    </message>
    <message>
        <source>Choose the folder of the backup.</source>
        <translation>Choose the folder of the backup.</translation>
    </message>
    <message>
        <source>This folder holds no Privacydesk backup (privacydesk.db and keyring.pdk).</source>
        <translation>This folder holds no Privacydesk backup (privacydesk.db and keyring.pdk).</translation>
    </message>
    <message>
        <source>This is the store itself, not a backup of it.</source>
        <translation>This is the store itself, not a backup of it.</translation>
    </message>
    <message>
        <source>Fill in your user name.</source>
        <translation>Fill in your user name.</translation>
    </message>
    <message>
        <source>Fill in your password.</source>
        <translation>Fill in your password.</translation>
    </message>
    <message>
        <source>The current data are replaced by the backup of %1. First a second backup of the current data is made automatically in %2.</source>
        <translation>The current data are replaced by the backup of %1. First a second backup of the current data is made automatically in %2.</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>Backup of %1 (the time of its database file).</source>
        <translation>Backup of %1 (the time of its database file).</translation>
    </message>
    <message>
        <source>It belongs to another store (ID %1): restoring it replaces this store by that one.</source>
        <translation>It belongs to another store (ID %1): restoring it replaces this store by that one.</translation>
    </message>
    <message>
        <source>Folder of the backup</source>
        <translation>Folder of the backup</translation>
    </message>
    <message>
        <source>This password does not open the backup. Use the password you had when the backup was made.</source>
        <translation>This password does not open the backup. Use the password you had when the backup was made.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Privacydesk closes the store, restores the backup and opens it again. Everything entered after the backup is then only in that second backup.</source>
        <translation>Privacydesk closes the store, restores the backup and opens it again. Everything entered after the backup is then only in that second backup.</translation>
    </message>
    <message>
        <source>Replace the current data</source>
        <translation>Replace the current data</translation>
    </message>
    <message>
        <source>Restore backup – Privacydesk</source>
        <translation>Restore backup – Privacydesk</translation>
    </message>
    <message>
        <source>Puts the data of a backup back in place of the current data of this store. Use it after a damaged disk or a serious mistake.</source>
        <translation>Puts the data of a backup back in place of the current data of this store. Use it after a damaged disk or a serious mistake.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
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
        <source>Your password at the time of the backup</source>
        <translation>Your password at the time of the backup</translation>
    </message>
    <message>
        <source>Checking the password on the backup…</source>
        <translation>Checking the password on the backup…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>store ID %1</source>
        <translation>store ID %1</translation>
    </message>
    <message>
        <source>%1, store ID %2</source>
        <translation>%1, store ID %2</translation>
    </message>
    <message>
        <source>This backup belongs to another store (store ID %1) than the one open now (%2). Restoring it replaces this store by that other one. Do you want that?</source>
        <translation>This backup belongs to another store (store ID %1) than the one open now (%2). Restoring it replaces this store by that other one. Do you want that?</translation>
    </message>
    <message>
        <source>Backup of another store</source>
        <translation>Backup of another store</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup belongs to another store.</source>
        <translation>Nothing was restored: the backup belongs to another store.</translation>
    </message>
    <message>
        <source>What was destroyed after this backup was made has been destroyed again: %1.</source>
        <extracomment>Dutch: &quot;Wat na het maken van deze back-up is vernietigd, is opnieuw vernietigd: %1.&quot;</extracomment>
        <translation>What was destroyed after this backup was made has been destroyed again: %1.</translation>
    </message>
    <message>
        <source>Destroying again what was destroyed after the backup failed: %1 The restored data may hold destroyed data; compare the destruction log with that of the data as they were.</source>
        <extracomment>Dutch: &quot;Opnieuw vernietigen wat na de back-up was vernietigd, is mislukt: %1 De teruggezette gegevens kunnen vernietigde gegevens bevatten; vergelijk het vernietigingsregister met dat van de bewaarde gegevens.&quot;</extracomment>
        <translation>Destroying again what was destroyed after the backup failed: %1 The restored data may hold destroyed data; compare the destruction log with that of the data as they were.</translation>
    </message>
    <message>
        <source>Whether data was destroyed after this backup could not be checked: %1 Compare the destruction log with that of the data as they were.</source>
        <extracomment>Dutch: &quot;Of er na deze back-up gegevens zijn vernietigd, kon niet worden nagegaan: %1 Vergelijk het vernietigingsregister met dat van de bewaarde gegevens.&quot;</extracomment>
        <translation>Whether data was destroyed after this backup could not be checked: %1 Compare the destruction log with that of the data as they were.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RestrictionDialog</name>
    <message>
        <source>Restriction of processing (art. 18 GDPR)</source>
        <extracomment>Dutch: &quot;Beperking van de verwerking (art. 18 AVG)&quot;</extracomment>
        <translation>Restriction of processing (art. 18 GDPR)</translation>
    </message>
    <message>
        <source>for example: phone number and e-mail address</source>
        <extracomment>Dutch: &quot;bijvoorbeeld: telefoonnummer en e-mailadres&quot;</extracomment>
        <translation>for example: phone number and e-mail address</translation>
    </message>
    <message>
        <source>Belongs to request %1</source>
        <extracomment>Dutch: &quot;Hoort bij verzoek %1&quot;</extracomment>
        <translation>Belongs to request %1</translation>
    </message>
    <message>
        <source>Which data:</source>
        <extracomment>Dutch: &quot;Welke gegevens:&quot;</extracomment>
        <translation>Which data:</translation>
    </message>
    <message>
        <source>Ground:</source>
        <extracomment>Dutch: &quot;Grond:&quot;</extracomment>
        <translation>Ground:</translation>
    </message>
    <message>
        <source>Why:</source>
        <extracomment>Dutch: &quot;Waarom:&quot;</extracomment>
        <translation>Why:</translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>Dutch: &quot;Vanaf:&quot;</extracomment>
        <translation>From:</translation>
    </message>
</context>
<context>
    <name>pd::ui::RestrictionWidget</name>
    <message>
        <source>Record a restriction…</source>
        <extracomment>Dutch: &quot;Beperking vastleggen…&quot;</extracomment>
        <translation>Record a restriction…</translation>
    </message>
    <message>
        <source>Lift the restriction…</source>
        <extracomment>Dutch: &quot;Beperking opheffen…&quot;</extracomment>
        <translation>Lift the restriction…</translation>
    </message>
    <message>
        <source>Whether processing is restricted could not be read: %1</source>
        <extracomment>Dutch: &quot;Of de verwerking is beperkt, kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Whether processing is restricted could not be read: %1</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <extracomment>Dutch: &quot;Beperking opheffen&quot;</extracomment>
        <translation>Lift the restriction</translation>
    </message>
    <message>
        <source>Which restriction?</source>
        <translation>Which restriction?</translation>
    </message>
</context>
<context>
    <name>pd::ui::RetentionItemModel</name>
    <message>
        <source>Requests: %1</source>
        <translation>Requests: %1</translation>
    </message>
    <message>
        <source>Legal hold: %1</source>
        <translation>Legal hold: %1</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Data category</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>%1 (only name and customer number kept)</source>
        <translation>%1 (only name and customer number kept)</translation>
    </message>
    <message>
        <source>Everything else about this data subject has been destroyed; the name and customer number are kept for this data only.</source>
        <translation>Everything else about this data subject has been destroyed; the name and customer number are kept for this data only.</translation>
    </message>
    <message>
        <source>Data breach %1: %2</source>
        <translation>Data breach %1: %2</translation>
    </message>
    <message>
        <source>Data breach %1, closed on %2</source>
        <translation>Data breach %1, closed on %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::RetentionPage</name>
    <message>
        <source>Expiring &amp;within:</source>
        <translation>Expiring &amp;within:</translation>
    </message>
    <message>
        <source>To be destroyed</source>
        <translation>To be destroyed</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Destruction log</source>
        <translation>Destruction log</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Data category</translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation>Runs from</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>Data &amp;category:</source>
        <translation>Data &amp;category:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Legal ground:</source>
        <translation>&amp;Legal ground:</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>&amp;Destroy…</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Save rule</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due for destruction on %1.</source>
        <translation>
            <numerusform>%n item due for destruction on %1.</numerusform>
            <numerusform>%n items due for destruction on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record destruction</source>
        <translation>Record destruction</translation>
    </message>
    <message>
        <source>Record that the %1 of %2 (customer number %3) have been destroyed. This cannot be undone. How were they destroyed?</source>
        <translation>Record that the %1 of %2 (customer number %3) have been destroyed. This cannot be undone. How were they destroyed?</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Place a legal hold on %1 (customer number %2): nothing of this data subject will be destroyed until it is released. Reason (e.g. an open complaint at the Autoriteit Persoonsgegevens):</source>
        <translation>Place a legal hold on %1 (customer number %2): nothing of this data subject will be destroyed until it is released. Reason (e.g. an open complaint at the Autoriteit Persoonsgegevens):</translation>
    </message>
    <message>
        <source>Reason for the legal hold</source>
        <translation>Reason for the legal hold</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this selection.</source>
        <translation>
            <numerusform>%n item in this selection.</numerusform>
            <numerusform>%n items in this selection.</numerusform>
        </translation>
    </message>
    <message>
        <source>legal holds open on %1</source>
        <translation>legal holds open on %1</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>The items due could not be read.</source>
        <translation>The items due could not be read.</translation>
    </message>
    <message>
        <source>The legal holds could not be read: %1</source>
        <translation>The legal holds could not be read: %1</translation>
    </message>
    <message>
        <source>The retention rules could not be read: %1</source>
        <translation>The retention rules could not be read: %1</translation>
    </message>
    <message>
        <source>Derived for</source>
        <translation>Derived for</translation>
    </message>
    <message>
        <source>For the checked relation types, every person&apos;s item is derived from the end of their relation (the import, a changed person). None checked: items are registered by hand.</source>
        <translation>For the checked relation types, every person&apos;s item is derived from the end of their relation (the import, a changed person). None checked: items are registered by hand.</translation>
    </message>
    <message>
        <source>The items expiring could not be read.</source>
        <translation>The items expiring could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) expire between %1 and %2.</source>
        <translation>
            <numerusform>%n item expire between %1 and %2.</numerusform>
            <numerusform>%n items expire between %1 and %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the requests</source>
        <translation>the requests</translation>
    </message>
    <message>
        <source>registered by hand</source>
        <translation>registered by hand</translation>
    </message>
    <message>
        <source>Choose Show all in the bar above to see the tab&apos;s own list again.</source>
        <translation>Choose Show all in the bar above to see the tab&apos;s own list again.</translation>
    </message>
    <message>
        <source>Nothing in this selection</source>
        <translation>Nothing in this selection</translation>
    </message>
    <message>
        <source>Nothing of what the dashboard selected is due for destruction.</source>
        <translation>Nothing of what the dashboard selected is due for destruction.</translation>
    </message>
    <message>
        <source>Nothing to destroy</source>
        <translation>Nothing to destroy</translation>
    </message>
    <message>
        <source>Nothing is due for destruction on %1: no retention period has ended, or what has ended is kept by a legal hold. An item appears here on the day its retention period ends; Expiring soon shows what comes next.</source>
        <translation>Nothing is due for destruction on %1: no retention period has ended, or what has ended is kept by a legal hold. An item appears here on the day its retention period ends; Expiring soon shows what comes next.</translation>
    </message>
    <message>
        <source>Nothing expires in this selection</source>
        <translation>Nothing expires in this selection</translation>
    </message>
    <message>
        <source>No retention period of what the dashboard selected ends in that period.</source>
        <translation>No retention period of what the dashboard selected ends in that period.</translation>
    </message>
    <message>
        <source>Nothing expires soon</source>
        <translation>Nothing expires soon</translation>
    </message>
    <message numerus="yes">
        <source>No retention period ends in the %n day(s) after %1. Raise &quot;Expiring within&quot; above to look further ahead.</source>
        <translation>
            <numerusform>No retention period ends in the %n day after %1. Raise &quot;Expiring within&quot; above to look further ahead.</numerusform>
            <numerusform>No retention period ends in the %n days after %1. Raise &quot;Expiring within&quot; above to look further ahead.</numerusform>
        </translation>
    </message>
    <message>
        <source>No legal holds on %1</source>
        <translation>No legal holds on %1</translation>
    </message>
    <message>
        <source>No legal hold was open on that day.</source>
        <translation>No legal hold was open on that day.</translation>
    </message>
    <message>
        <source>No legal holds</source>
        <translation>No legal holds</translation>
    </message>
    <message>
        <source>Nothing is kept beyond its retention period. When a complaint, a case at the Autoriteit Persoonsgegevens or a court case needs a person&apos;s data, select the item under To be destroyed or Expiring soon and choose Legal hold.</source>
        <translation>Nothing is kept beyond its retention period. When a complaint, a case at the Autoriteit Persoonsgegevens or a court case needs a person&apos;s data, select the item under To be destroyed or Expiring soon and choose Legal hold.</translation>
    </message>
    <message>
        <source>No retention rules</source>
        <translation>No retention rules</translation>
    </message>
    <message>
        <source>Without rules nothing expires and nothing is offered for destruction. Add a rule below: the data category, from when the period runs, how long, and the legal ground.</source>
        <translation>Without rules nothing expires and nothing is offered for destruction. Add a rule below: the data category, from when the period runs, how long, and the legal ground.</translation>
    </message>
    <message>
        <source>Without rules nothing expires and nothing is offered for destruction. A privacy officer adds them here.</source>
        <translation>Without rules nothing expires and nothing is offered for destruction. A privacy officer adds them here.</translation>
    </message>
    <message>
        <source>Nothing destroyed in this selection</source>
        <translation>Nothing destroyed in this selection</translation>
    </message>
    <message>
        <source>Nothing was destroyed in what the dashboard selected.</source>
        <translation>Nothing was destroyed in what the dashboard selected.</translation>
    </message>
    <message>
        <source>Nothing destroyed yet</source>
        <translation>Nothing destroyed yet</translation>
    </message>
    <message>
        <source>Every destruction is recorded here as proof, without the personal data itself. Destroy what is due under To be destroyed.</source>
        <translation>Every destruction is recorded here as proof, without the personal data itself. Destroy what is due under To be destroyed.</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>The list could not be read</translation>
    </message>
    <message numerus="yes">
        <source>Rule saved. Retention terms: %n created</source>
        <translation>
            <numerusform>Rule saved. Retention terms: %n created</numerusform>
            <numerusform>Rule saved. Retention terms: %n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln item(s) are due for destruction on %1.</source>
        <translation>
            <numerusform>More than %Ln item is due for destruction on %1.</numerusform>
            <numerusform>More than %Ln items are due for destruction on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;eference date:</source>
        <translation>R&amp;eference date:</translation>
    </message>
    <message>
        <source>Der&amp;ived for:</source>
        <translation>Der&amp;ived for:</translation>
    </message>
    <message>
        <source>R&amp;uns from:</source>
        <translation>R&amp;uns from:</translation>
    </message>
    <message>
        <source>Le&amp;gal hold…</source>
        <translation>Le&amp;gal hold…</translation>
    </message>
    <message>
        <source>Release h&amp;old</source>
        <translation>Release h&amp;old</translation>
    </message>
    <message>
        <source>the data breaches</source>
        <translation>the data breaches</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <extracomment>Dutch: &quot;Eenheid van de termijn&quot;</extracomment>
        <translation>Unit of the period</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <extracomment>Dutch: &quot;Regel toe&amp;voegen…&quot;</extracomment>
        <translation>&amp;Add rule…</translation>
    </message>
    <message>
        <source>Re&amp;move rule…</source>
        <extracomment>Dutch: &quot;Regel ver&amp;wijderen…&quot;</extracomment>
        <translation>Re&amp;move rule…</translation>
    </message>
    <message numerus="yes">
        <source>Rule %1 added. Retention terms: %n created.</source>
        <extracomment>Dutch: &quot;Regel %1 toegevoegd. Bewaartermijnen: %n aangemaakt.&quot;</extracomment>
        <translation>
            <numerusform>Rule %1 added. Retention terms: %n created.</numerusform>
            <numerusform>Rule %1 added. Retention terms: %n created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the rule is in use could not be read: %1</source>
        <extracomment>Dutch: &quot;Of de regel in gebruik is, kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Whether the rule is in use could not be read: %1</translation>
    </message>
    <message>
        <source>Remove retention rule</source>
        <extracomment>Dutch: &quot;Bewaarregel verwijderen&quot;</extracomment>
        <translation>Remove retention rule</translation>
    </message>
    <message>
        <source>Remove the rule “%1” (%2)? This cannot be undone; the audit trail records it.</source>
        <extracomment>Dutch: &quot;De regel „%1” (%2) verwijderen? Dit kan niet ongedaan worden gemaakt; de audittrail legt het vast.&quot;</extracomment>
        <translation>Remove the rule “%1” (%2)? This cannot be undone; the audit trail records it.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>Dutch: &quot;&amp;Verwijderen&quot;</extracomment>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Rule “%1” removed.</source>
        <extracomment>Dutch: &quot;Regel „%1” verwijderd.&quot;</extracomment>
        <translation>Rule “%1” removed.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RetentionRuleDialog</name>
    <message>
        <source>Add retention rule</source>
        <extracomment>Dutch: &quot;Bewaarregel toevoegen&quot;</extracomment>
        <translation>Add retention rule</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <extracomment>Dutch: &quot;Eenheid van de termijn&quot;</extracomment>
        <translation>Unit of the period</translation>
    </message>
    <message>
        <source>This number is &amp;not a BSN (this confirmation is logged)</source>
        <extracomment>Dutch: &quot;Dit nummer is &amp;geen BSN (deze bevestiging wordt vastgelegd)&quot;</extracomment>
        <translation>This number is &amp;not a BSN (this confirmation is logged)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <extracomment>Dutch: &quot;&amp;Code:&quot;</extracomment>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <extracomment>Dutch: &quot;Gegeve&amp;ns:&quot;</extracomment>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>R&amp;uns from:</source>
        <extracomment>Dutch: &quot;&amp;Loopt vanaf:&quot;</extracomment>
        <translation>R&amp;uns from:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <extracomment>Dutch: &quot;&amp;Termijn:&quot;</extracomment>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Der&amp;ived for:</source>
        <extracomment>Dutch: &quot;&amp;Afgeleid voor:&quot;</extracomment>
        <translation>Der&amp;ived for:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <extracomment>Dutch: &quot;G&amp;rondslag:&quot;</extracomment>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>For example betaalgegevens-klant: small letters, digits and hyphens.</source>
        <extracomment>Dutch: &quot;Bijvoorbeeld betaalgegevens-klant: kleine letters, cijfers en streepjes.&quot;</extracomment>
        <translation>For example betaalgegevens-klant: small letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>0 days: until the trigger itself, such as the end of the registration.</source>
        <extracomment>Dutch: &quot;0 dagen: tot de aanleiding zelf, zoals het einde van de inschrijving.&quot;</extracomment>
        <translation>0 days: until the trigger itself, such as the end of the registration.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Dutch: &quot;Toe&amp;voegen&quot;</extracomment>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Dutch: &quot;Gegevens&quot;</extracomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Basis</source>
        <extracomment>Dutch: &quot;Grondslag&quot;</extracomment>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>pd::ui::RetentionTextDialog</name>
    <message>
        <source>This number is &amp;not a BSN (this confirmation is logged)</source>
        <translation>This number is &amp;not a BSN (this confirmation is logged)</translation>
    </message>
</context>
<context>
    <name>pd::ui::ServerProfileDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Store on a server – Privacydesk</source>
        <translation>Store on a server – Privacydesk</translation>
    </message>
    <message>
        <source>db.example.org, or /var/run/postgresql on this machine</source>
        <translation>db.example.org, or /var/run/postgresql on this machine</translation>
    </message>
    <message>
        <source>The CA certificate IT gave you (.crt)</source>
        <translation>The CA certificate IT gave you (.crt)</translation>
    </message>
    <message>
        <source>Your organisation&apos;s Privacydesk on a PostgreSQL server. IT gives you the server&apos;s name, the database and the CA certificate; your password is asked when you unlock.</source>
        <translation>Your organisation&apos;s Privacydesk on a PostgreSQL server. IT gives you the server&apos;s name, the database and the CA certificate; your password is asked when you unlock.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>Fill in the server and the database.</source>
        <extracomment>Dutch: &quot;Vul de server en de database in.&quot;</extracomment>
        <translation>Fill in the server and the database.</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
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
        <extracomment>Dutch: &quot;Plaats&quot;</extracomment>
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
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Securit&amp;y</translation>
    </message>
    <message>
        <source>How the desk protects the data, for everyone who works with this store.</source>
        <translation>How the desk protects the data, for everyone who works with this store.</translation>
    </message>
    <message>
        <source>Loc&amp;k the desk after:</source>
        <translation>Loc&amp;k the desk after:</translation>
    </message>
    <message>
        <source>Without keyboard or mouse for this long, the desk locks and asks for the password again.</source>
        <translation>Without keyboard or mouse for this long, the desk locks and asks for the password again.</translation>
    </message>
    <message>
        <source>&amp;Backup reminder after:</source>
        <translation>&amp;Backup reminder after:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>When the last backup of this store is older, the desk shows a reminder. 0: never.</source>
        <translation>When the last backup of this store is older, the desk shows a reminder. 0: never.</translation>
    </message>
    <message>
        <source>&amp;Files in the store at most:</source>
        <translation>&amp;Files in the store at most:</translation>
    </message>
    <message>
        <source>The originals and other files kept with requests together (each file at most %1). A larger store takes longer to back up.</source>
        <translation>The originals and other files kept with requests together (each file at most %1). A larger store takes longer to back up.</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>e.g. 030 123 45 67</source>
        <translation>e.g. 030 123 45 67</translation>
    </message>
    <message>
        <source>Data protection o&amp;fficer:</source>
        <translation>Data protection o&amp;fficer:</translation>
    </message>
    <message>
        <source>Name of the functionaris gegevensbescherming (FG)</source>
        <translation>Name of the functionaris gegevensbescherming (FG)</translation>
    </message>
    <message>
        <source>FG&apos;s e-&amp;mail:</source>
        <translation>FG&apos;s e-&amp;mail:</translation>
    </message>
    <message>
        <source>e.g. fg@woonstichting.nl</source>
        <translation>e.g. fg@woonstichting.nl</translation>
    </message>
    <message>
        <source>Letters to data subjects can be made once these are filled in: %1.</source>
        <translation>Letters to data subjects can be made once these are filled in: %1.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>FG&apos;s e-mail</source>
        <translation>FG&apos;s e-mail</translation>
    </message>
    <message>
        <source>A&amp;utomated decisions:</source>
        <translation>A&amp;utomated decisions:</translation>
    </message>
    <message>
        <source>What the access report says about decisions taken by automated means alone, profiling included (article 22 GDPR). Leave it empty when there are none.</source>
        <translation>What the access report says about decisions taken by automated means alone, profiling included (article 22 GDPR). Leave it empty when there are none.</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automated decisions</translation>
    </message>
    <message>
        <source>The deadline policy could not be read: %1</source>
        <translation>The deadline policy could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s) of receipt; a later request does not stop the clock</source>
        <translation>
            <numerusform>day of receipt; a later request does not stop the clock</numerusform>
            <numerusform>days of receipt; a later request does not stop the clock</numerusform>
        </translation>
    </message>
    <message>
        <source>When the database was last checked could not be read: %1</source>
        <translation>When the database was last checked could not be read: %1</translation>
    </message>
    <message>
        <source>T&amp;itle under letters:</source>
        <extracomment>Dutch: &quot;Fun&amp;ctie onder brieven:&quot;</extracomment>
        <translation>T&amp;itle under letters:</translation>
    </message>
    <message>
        <source>functionaris gegevensbescherming (default), Privacy Officer, …</source>
        <extracomment>Dutch: &quot;functionaris gegevensbescherming (standaard), Privacy Officer, …&quot;</extracomment>
        <translation>functionaris gegevensbescherming (default), Privacy Officer, …</translation>
    </message>
    <message>
        <source>Without an FG (article 37 GDPR): choose a title that does not claim one, such as Privacy Officer.</source>
        <extracomment>Dutch: &quot;Zonder FG (artikel 37 AVG): kies een titel die geen FG claimt, zoals Privacy Officer.&quot;</extracomment>
        <translation>Without an FG (article 37 GDPR): choose a title that does not claim one, such as Privacy Officer.</translation>
    </message>
    <message>
        <source>Privacy officer dire&amp;ct:</source>
        <extracomment>Dutch: &quot;Privacy officer &amp;rechtstreeks:&quot;</extracomment>
        <translation>Privacy officer dire&amp;ct:</translation>
    </message>
    <message>
        <source>Phone, e.g. 06 12 34 56 78</source>
        <extracomment>Dutch: &quot;Telefoon, bijv. 06 12 34 56 78&quot;</extracomment>
        <translation>Phone, e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Phone of the privacy officer</source>
        <translation>Phone of the privacy officer</translation>
    </message>
    <message>
        <source>E-mail, e.g. privacyofficer@woonstichting.nl</source>
        <extracomment>Dutch: &quot;E-mail, bijv. privacyofficer@woonstichting.nl&quot;</extracomment>
        <translation>E-mail, e.g. privacyofficer@woonstichting.nl</translation>
    </message>
    <message>
        <source>E-mail of the privacy officer</source>
        <translation>E-mail of the privacy officer</translation>
    </message>
    <message>
        <source>Title under letters</source>
        <translation>Title under letters</translation>
    </message>
</context>
<context>
    <name>pd::ui::TodayStrip</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>What needs attention today could not be read: %1</source>
        <extracomment>Dutch: &quot;Wat vandaag aandacht vraagt, kon niet worden gelezen: %1&quot;</extracomment>
        <translation>What needs attention today could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retention period(s) passed: to destroy</source>
        <extracomment>Dutch: &quot;%n bewaartermijn(en) voorbij: te vernietigen&quot;</extracomment>
        <translation>
            <numerusform>%n retention period passed: to destroy</numerusform>
            <numerusform>%n retention periods passed: to destroy</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows what is due for destruction: the retention period has passed and there is no legal hold.</source>
        <extracomment>Dutch: &quot;Toont wat vernietigd moet worden: de bewaartermijn is voorbij en er is geen vernietigingsstop.&quot;</extracomment>
        <translation>Shows what is due for destruction: the retention period has passed and there is no legal hold.</translation>
    </message>
    <message>
        <source>to destroy on %1</source>
        <extracomment>Dutch: &quot;te vernietigen op %1&quot;</extracomment>
        <translation>to destroy on %1</translation>
    </message>
    <message>
        <source>Nothing urgent today.</source>
        <extracomment>Dutch: &quot;Vandaag is er niets dringends.&quot;</extracomment>
        <translation>Nothing urgent today.</translation>
    </message>
    <message>
        <source>%1. The 72 hours to notify the AP (art. 33 GDPR) run until %2.</source>
        <extracomment>Dutch: &quot;%1. De 72 uur om te melden aan de AP (art. 33 AVG) lopen tot %2.&quot;</extracomment>
        <translation>%1. The 72 hours to notify the AP (art. 33 GDPR) run until %2.</translation>
    </message>
    <message>
        <source>Data breach %1: inform the people concerned (art. 34 GDPR)</source>
        <extracomment>Dutch: &quot;Datalek %1: betrokkenen nog informeren (art. 34 AVG)&quot;</extracomment>
        <translation>Data breach %1: inform the people concerned (art. 34 GDPR)</translation>
    </message>
    <message numerus="yes">
        <source>%n data breach(es): inform the people concerned (art. 34 GDPR)</source>
        <extracomment>Dutch: &quot;%n datalek(ken): betrokkenen nog informeren (art. 34 AVG)&quot;</extracomment>
        <translation>
            <numerusform>%n data breach: inform the people concerned (art. 34 GDPR)</numerusform>
            <numerusform>%n data breaches: inform the people concerned (art. 34 GDPR)</numerusform>
        </translation>
    </message>
    <message>
        <source>It was decided to inform the people concerned (art. 34 GDPR); that has not been recorded yet.</source>
        <extracomment>Dutch: &quot;Besloten is de betrokkenen te informeren (art. 34 AVG); dat is nog niet vastgelegd.&quot;</extracomment>
        <translation>It was decided to inform the people concerned (art. 34 GDPR); that has not been recorded yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) late (legal deadline)</source>
        <extracomment>Dutch: &quot;%n verzoek(en) te laat (wettelijke termijn)&quot;</extracomment>
        <translation>
            <numerusform>%n request late (legal deadline)</numerusform>
            <numerusform>%n requests late (legal deadline)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests past the legal deadline (art. 12(3) GDPR).</source>
        <extracomment>Dutch: &quot;Open verzoeken waarvan de wettelijke termijn (art. 12 lid 3 AVG) voorbij is.&quot;</extracomment>
        <translation>Open requests past the legal deadline (art. 12(3) GDPR).</translation>
    </message>
    <message>
        <source>late (legal deadline) on %1</source>
        <extracomment>Dutch: &quot;te laat (wettelijke termijn) op %1&quot;</extracomment>
        <translation>late (legal deadline) on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) late (own deadline only)</source>
        <extracomment>Dutch: &quot;%n verzoek(en) te laat (alleen eigen termijn)&quot;</extracomment>
        <translation>
            <numerusform>%n request late (own deadline only)</numerusform>
            <numerusform>%n requests late (own deadline only)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests past the organisation&apos;s own deadline, still within the legal one.</source>
        <extracomment>Dutch: &quot;Open verzoeken voorbij de eigen termijn van de organisatie, nog binnen de wettelijke termijn.&quot;</extracomment>
        <translation>Open requests past the organisation&apos;s own deadline, still within the legal one.</translation>
    </message>
    <message>
        <source>late (own deadline only) on %1</source>
        <extracomment>Dutch: &quot;te laat (alleen eigen termijn) op %1&quot;</extracomment>
        <translation>late (own deadline only) on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) due today</source>
        <extracomment>Dutch: &quot;%n verzoek(en): uiterste datum vandaag&quot;</extracomment>
        <translation>
            <numerusform>%n request due today</numerusform>
            <numerusform>%n requests due today</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests whose deadline is today.</source>
        <extracomment>Dutch: &quot;Open verzoeken met vandaag als uiterste datum.&quot;</extracomment>
        <translation>Open requests whose deadline is today.</translation>
    </message>
    <message>
        <source>deadline today, %1</source>
        <extracomment>Dutch: &quot;uiterste datum vandaag, %1&quot;</extracomment>
        <translation>deadline today, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) due within 7 days</source>
        <extracomment>Dutch: &quot;%n verzoek(en): uiterste datum binnen 7 dagen&quot;</extracomment>
        <translation>
            <numerusform>%n request due within 7 days</numerusform>
            <numerusform>%n requests due within 7 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests whose deadline is today or in the next 7 days.</source>
        <extracomment>Dutch: &quot;Open verzoeken met de uiterste datum vandaag of in de komende 7 dagen.&quot;</extracomment>
        <translation>Open requests whose deadline is today or in the next 7 days.</translation>
    </message>
    <message>
        <source>deadline within 7 days of %1</source>
        <extracomment>Dutch: &quot;uiterste datum binnen 7 dagen na %1&quot;</extracomment>
        <translation>deadline within 7 days of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) awaiting identification</source>
        <extracomment>Dutch: &quot;%n verzoek(en) wachten op identificatie&quot;</extracomment>
        <translation>
            <numerusform>%n request awaiting identification</numerusform>
            <numerusform>%n requests awaiting identification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) awaiting identification or a mandate</source>
        <translation>
            <numerusform>%n request awaiting identification or a mandate</numerusform>
            <numerusform>%n requests awaiting identification or a mandate</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests waiting for the data subject&apos;s identification or a representative&apos;s mandate.</source>
        <extracomment>Dutch: &quot;Open verzoeken die wachten op de identificatie van de betrokkene of de machtiging van een gemachtigde.&quot;</extracomment>
        <translation>Open requests waiting for the data subject&apos;s identification or a representative&apos;s mandate.</translation>
    </message>
    <message>
        <source>awaiting identification or a mandate, %1</source>
        <extracomment>Dutch: &quot;wachten op identificatie of machtiging, %1&quot;</extracomment>
        <translation>awaiting identification or a mandate, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s): recipients still to be told (art. 19 GDPR)</source>
        <extracomment>Dutch: &quot;%n verzoek(en): ontvangers nog informeren (art. 19 AVG)&quot;</extracomment>
        <translation>
            <numerusform>%n request: recipients still to be told (art. 19 GDPR)</numerusform>
            <numerusform>%n requests: recipients still to be told (art. 19 GDPR)</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed rectifications, erasures and restrictions whose recipients have not all been told yet.</source>
        <extracomment>Dutch: &quot;Afgeronde rectificaties, verwijderingen en beperkingen waarvan nog niet alle ontvangers zijn geïnformeerd.&quot;</extracomment>
        <translation>Completed rectifications, erasures and restrictions whose recipients have not all been told yet.</translation>
    </message>
    <message>
        <source>recipients still to be told (art. 19 GDPR), %1</source>
        <extracomment>Dutch: &quot;ontvangers nog informeren (art. 19 AVG), %1&quot;</extracomment>
        <translation>recipients still to be told (art. 19 GDPR), %1</translation>
    </message>
    <message numerus="yes">
        <source>Data breach %1: %n hour(s) left for the AP</source>
        <extracomment>Dutch: &quot;Datalek %1: nog %n uur voor de AP&quot;</extracomment>
        <translation>
            <numerusform>Data breach %1: %n hour left for the AP</numerusform>
            <numerusform>Data breach %1: %n hours left for the AP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data breach %1: AP notification %n hour(s) late</source>
        <extracomment>Dutch: &quot;Datalek %1: AP-melding %n uur te laat&quot;</extracomment>
        <translation>
            <numerusform>Data breach %1: AP notification %n hour late</numerusform>
            <numerusform>Data breach %1: AP notification %n hours late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DPIA(s) to review</source>
        <extracomment>Dutch: &quot;%n DPIA(&apos;s) te herbeoordelen&quot;</extracomment>
        <translation>
            <numerusform>%n DPIA to review</numerusform>
            <numerusform>%n DPIAs to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the DPIAs whose review date has come.</source>
        <extracomment>Dutch: &quot;Toont de DPIA&apos;s waarvan de datum van herbeoordeling is bereikt.&quot;</extracomment>
        <translation>Shows the DPIAs whose review date has come.</translation>
    </message>
    <message numerus="yes">
        <source>%n covenant(s) to review</source>
        <extracomment>Dutch: &quot;%n convenant(en) herzien&quot;</extracomment>
        <translation>
            <numerusform>%n covenant to review</numerusform>
            <numerusform>%n covenants to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Covenants whose review date has come.</source>
        <extracomment>Dutch: &quot;Convenanten waarvan de herzieningsdatum is bereikt.&quot;</extracomment>
        <translation>Covenants whose review date has come.</translation>
    </message>
    <message>
        <source>%1: outside data overwritten on %2</source>
        <extracomment>Dutch: &quot;%1: gegevens buiten Privacydesk overschreven op %2&quot;</extracomment>
        <translation>%1: outside data overwritten on %2</translation>
    </message>
    <message>
        <source>%1: secure before %2</source>
        <translation>%1: secure before %2</translation>
    </message>
    <message>
        <source>%1: %2. The system itself keeps it %3 after the recording.</source>
        <extracomment>Dutch: &quot;%1: %2. Het systeem bewaart het zelf %3 na de opname.&quot;</extracomment>
        <translation>%1: %2. The system itself keeps it %3 after the recording.</translation>
    </message>
    <message>
        <source>%1: hold on %2 kept until %3 has expired</source>
        <extracomment>Dutch: &quot;%1: bewaring %2 vastgelegd tot %3 is verlopen&quot;</extracomment>
        <translation>%1: hold on %2 kept until %3 has expired</translation>
    </message>
    <message>
        <source>Release the hold, or record a new date.</source>
        <extracomment>Dutch: &quot;Geef de bewaring vrij, of leg een nieuwe datum vast.&quot;</extracomment>
        <translation>Release the hold, or record a new date.</translation>
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
    <message>
        <source>Privacydesk is locked</source>
        <translation>Privacydesk is locked</translation>
    </message>
    <message>
        <source>The desk was locked. Nothing of the store is in memory any more; type your password to continue.</source>
        <translation>The desk was locked. Nothing of the store is in memory any more; type your password to continue.</translation>
    </message>
    <message>
        <source>The desk locked itself because it was not used for a while. Nothing of the store is in memory any more; type your password to continue.</source>
        <translation>The desk locked itself because it was not used for a while. Nothing of the store is in memory any more; type your password to continue.</translation>
    </message>
    <message>
        <source>The desk locked together with the screen. Nothing of the store is in memory any more; type your password to continue.</source>
        <translation>The desk locked together with the screen. Nothing of the store is in memory any more; type your password to continue.</translation>
    </message>
    <message numerus="yes">
        <source>The password was wrong %n times in a row. You can try again in %1.</source>
        <translation>
            <numerusform>The password was wrong %n times in a row. You can try again in %1.</numerusform>
            <numerusform>The password was wrong %n times in a row. You can try again in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>Re&amp;member user name</source>
        <translation>Re&amp;member user name</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <source>Store on the server: %1</source>
        <extracomment>Dutch: &quot;Kluis op de server: %1&quot;</extracomment>
        <translation>Store on the server: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserFormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>That did not work.</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserListModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>Manages users, settings and backups, and may do all a privacy officer may.</source>
        <translation>Manages users, settings and backups, and may do all a privacy officer may.</translation>
    </message>
    <message>
        <source>Handles requests and keeps the registers; may make backups.</source>
        <translation>Handles requests and keeps the registers; may make backups.</translation>
    </message>
    <message>
        <source>Records requests taken by phone; sees only the requests they logged in the last 7 days.</source>
        <translation>Records requests taken by phone; sees only the requests they logged in the last 7 days.</translation>
    </message>
    <message>
        <source>Reads everything and changes nothing; may print and export dashboards.</source>
        <translation>Reads everything and changes nothing; may print and export dashboards.</translation>
    </message>
    <message>
        <source>Removed on %1; the audit trail keeps the name.</source>
        <translation>Removed on %1; the audit trail keeps the name.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Removed on</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserManagementDialog</name>
    <message>
        <source>%1 has been added and can open the store with the new password.</source>
        <translation>%1 has been added and can open the store with the new password.</translation>
    </message>
    <message>
        <source>%1 has a new password. The old one no longer opens the store.</source>
        <translation>%1 has a new password. The old one no longer opens the store.</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from now on.</source>
        <translation>Your password has been changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>Remove %1 (%2)?</translation>
    </message>
    <message>
        <source>%1 can no longer open the store. Their key slot is removed and the whole database is re-encrypted with a new key, so that a copy of the old key opens nothing written from now on. This takes a moment, during which Privacydesk does not respond.</source>
        <translation>%1 can no longer open the store. Their key slot is removed and the whole database is re-encrypted with a new key, so that a copy of the old key opens nothing written from now on. This takes a moment, during which Privacydesk does not respond.</translation>
    </message>
    <message>
        <source>Backups made earlier keep the old key slots: they still open with the old password.</source>
        <translation>Backups made earlier keep the old key slots: they still open with the old password.</translation>
    </message>
    <message>
        <source>Remove and re-encrypt</source>
        <translation>Remove and re-encrypt</translation>
    </message>
    <message>
        <source>Re-encrypting the database with a new key… this takes a moment.</source>
        <translation>Re-encrypting the database with a new key… this takes a moment.</translation>
    </message>
    <message>
        <source>%1 has been removed. The database is now encrypted with a new key; the old one opens nothing written from now on.</source>
        <translation>%1 has been removed. The database is now encrypted with a new key; the old one opens nothing written from now on.</translation>
    </message>
    <message>
        <source>Renew recovery key</source>
        <translation>Renew recovery key</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Make a new recovery key?</translation>
    </message>
    <message>
        <source>The current recovery key stops working at once; destroy the old sheet once the new one is kept. The new key is shown only once: have a printer or pen and paper ready.</source>
        <translation>The current recovery key stops working at once; destroy the old sheet once the new one is kept. The new key is shown only once: have a printer or pen and paper ready.</translation>
    </message>
    <message>
        <source>Backups made earlier still open with the old recovery key.</source>
        <translation>Backups made earlier still open with the old recovery key.</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Make a new key</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Making a new recovery key…</translation>
    </message>
    <message>
        <source>The recovery key has been renewed; the old one no longer opens the store.</source>
        <translation>The recovery key has been renewed; the old one no longer opens the store.</translation>
    </message>
    <message>
        <source>Users – Privacydesk</source>
        <translation>Users – Privacydesk</translation>
    </message>
    <message>
        <source>Everyone who works with this store has their own password and role. Every change here is recorded in the audit trail.</source>
        <translation>Everyone who works with this store has their own password and role. Every change here is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Only an administrator can add or remove users and reset passwords. You can change your own password here.</source>
        <translation>Only an administrator can add or remove users and reset passwords. You can change your own password here.</translation>
    </message>
    <message>
        <source>You are not an active user of this store; you can only look.</source>
        <translation>You are not an active user of this store; you can only look.</translation>
    </message>
    <message>
        <source>&amp;Show removed users</source>
        <translation>&amp;Show removed users</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <source>Renew recovery &amp;key…</source>
        <translation>Renew recovery &amp;key…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Add a user with their own password and role (Ctrl+N)</source>
        <translation>Add a user with their own password and role (Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove the selected user; the database is re-encrypted (Del)</source>
        <translation>Remove the selected user; the database is re-encrypted (Del)</translation>
    </message>
    <message>
        <source>A new password for the selected user (Enter)</source>
        <translation>A new password for the selected user (Enter)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The name of %1 has been changed. Letters are signed with it from now on.</source>
        <extracomment>Dutch: &quot;De naam van %1 is gewijzigd. Brieven worden voortaan met die naam ondertekend.&quot;</extracomment>
        <translation>The name of %1 has been changed. Letters are signed with it from now on.</translation>
    </message>
    <message>
        <source>Change &amp;name…</source>
        <extracomment>Dutch: &quot;&amp;Naam wijzigen…&quot;</extracomment>
        <translation>Change &amp;name…</translation>
    </message>
    <message>
        <source>The name this user&apos;s letters are signed with</source>
        <extracomment>Dutch: &quot;De naam waarmee de brieven van deze gebruiker worden ondertekend&quot;</extracomment>
        <translation>The name this user&apos;s letters are signed with</translation>
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
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Choose a folder that holds a Privacydesk store on this computer.</source>
        <extracomment>Dutch: &quot;Kies een map met een Privacydesk-kluis op deze computer.&quot;</extracomment>
        <translation>Choose a folder that holds a Privacydesk store on this computer.</translation>
    </message>
    <message>
        <source>Open a store on a server…</source>
        <extracomment>Dutch: &quot;Een kluis op een server openen…&quot;</extracomment>
        <translation>Open a store on a server…</translation>
    </message>
    <message>
        <source>When several colleagues work at the same time: your organisation&apos;s Privacydesk on a PostgreSQL server. IT gives you its details.</source>
        <extracomment>Dutch: &quot;Als u met meer collega&apos;s tegelijk werkt: de Privacydesk van uw organisatie op een PostgreSQL-server. De gegevens krijgt u van de afdeling ICT.&quot;</extracomment>
        <translation>When several colleagues work at the same time: your organisation&apos;s Privacydesk on a PostgreSQL server. IT gives you its details.</translation>
    </message>
</context>
<context>
    <name>pd::ui::YearReportDialog</name>
    <message>
        <source>Annual report</source>
        <extracomment>Dutch: &quot;Jaarverslag&quot;</extracomment>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <extracomment>Dutch: &quot;&amp;Jaar:&quot;</extracomment>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <extracomment>Dutch: &quot;&amp;Afdrukken…&quot;</extracomment>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <extracomment>Dutch: &quot;&amp;PDF opslaan…&quot;</extracomment>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <extracomment>Dutch: &quot;&amp;CSV opslaan…&quot;</extracomment>
        <translation>Save as C&amp;SV…</translation>
    </message>
    <message>
        <source>The annual report</source>
        <extracomment>Dutch: &quot;Het jaarverslag&quot;</extracomment>
        <translation>The annual report</translation>
    </message>
    <message>
        <source>The annual report could not be read: %1</source>
        <extracomment>Dutch: &quot;Het jaarverslag kon niet worden gelezen: %1&quot;</extracomment>
        <translation>The annual report could not be read: %1</translation>
    </message>
    <message>
        <source>Save the annual report as PDF</source>
        <extracomment>Dutch: &quot;Jaarverslag als PDF opslaan&quot;</extracomment>
        <translation>Save the annual report as PDF</translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <extracomment>Dutch: &quot;jaarverslag-%1.pdf&quot;</extracomment>
        <translation>annual-report-%1.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <extracomment>Dutch: &quot;Opslaan als PDF&quot;</extracomment>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>annual-report-%1.csv</source>
        <extracomment>Dutch: &quot;jaarverslag-%1.csv&quot;</extracomment>
        <translation>annual-report-%1.csv</translation>
    </message>
    <message>
        <source>Save the annual report as CSV</source>
        <extracomment>Dutch: &quot;Jaarverslag als CSV opslaan&quot;</extracomment>
        <translation>Save the annual report as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>Dutch: &quot;CSV-bestanden (*.csv)&quot;</extracomment>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <extracomment>Dutch: &quot;Opslaan als CSV&quot;</extracomment>
        <translation>Save as CSV</translation>
    </message>
</context>
</TS>
