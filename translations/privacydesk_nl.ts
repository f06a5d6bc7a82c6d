<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>pd::AccessScope</name>
    <message>
        <source>You asked which personal data we use about you (article 15 GDPR). Sections 1 and 2 hold the personal data we have recorded about your requests. We do that in Privacydesk: the system in which we handle requests about your privacy. Sections 3 to 11 say what we do with your data in general: what we use them for, who receives them and how long we keep them. That comes from our register of processing activities (article 30 GDPR). Your data in our rental administration and our other systems are not in this overview. The accompanying letter says how you receive those data.</source>
        <translation>U heeft gevraagd welke persoonsgegevens wij van u gebruiken (artikel 15 AVG). In onderdeel 1 en 2 staan de persoonsgegevens die wij over uw verzoeken hebben vastgelegd. Dat doen wij in Privacydesk: het systeem waarin wij verzoeken over uw privacy behandelen. In onderdeel 3 tot en met 11 leest u wat wij in het algemeen met uw gegevens doen: waarvoor wij ze gebruiken, wie ze krijgen en hoe lang wij ze bewaren. Dat komt uit ons register van verwerkingsactiviteiten (artikel 30 AVG). Uw gegevens in onze huuradministratie en onze andere systemen staan niet in dit overzicht. In de begeleidende brief leest u hoe u die gegevens krijgt.</translation>
    </message>
</context>
<context>
    <name>pd::AttachmentService</name>
    <message>
        <source>There is no request with number %1.</source>
        <translation>Er is geen verzoek met nummer %1.</translation>
    </message>
    <message>
        <source>Original request</source>
        <translation>Origineel verzoek</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>Het bestand heeft geen naam.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>%1 is %2; a file kept with a request may be at most %3.</source>
        <translation>%1 is %2; een bestand bij een verzoek mag ten hoogste %3 zijn.</translation>
    </message>
    <message>
        <source>Privacydesk never keeps a copy of an identity document: it carries the citizen service number (BSN), which the organisation may not record (art. 46 UAVG). Record that and how identity was checked on the Identification tab instead.</source>
        <translation>Privacydesk bewaart nooit een kopie van een identiteitsbewijs: daarop staat het burgerservicenummer (BSN), dat de organisatie niet mag vastleggen (art. 46 UAVG). Leg in plaats daarvan op het tabblad Identificatie vast dát en hoe de identiteit is gecontroleerd.</translation>
    </message>
    <message>
        <source>%1 is a copy of an identity document. %2</source>
        <translation>%1 is een kopie van een identiteitsbewijs. %2</translation>
    </message>
    <message>
        <source>The name %1 suggests a copy of an identity document (&quot;%2&quot;). %3 If it is not one, confirm that before keeping it.</source>
        <translation>De naam %1 wijst op een kopie van een identiteitsbewijs (‘%2’). %3 Is het er geen, bevestig dat dan voordat u het bestand bewaart.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>The store holds %1 of files and may hold at most %2: %3 (%4) does not fit. The beheerder can raise the limit under Settings → Security.</source>
        <translation>De kluis bevat %1 aan bestanden en mag ten hoogste %2 bevatten: %3 (%4) past er niet meer bij. De beheerder kan de grens verhogen onder Instellingen → Beveiliging.</translation>
    </message>
    <message>
        <source>Request %1 has no file %2.</source>
        <translation>Verzoek %1 heeft geen bestand %2.</translation>
    </message>
    <message>
        <source>This file was destroyed on %1 under the retention rules.</source>
        <translation>Dit bestand is op %1 volgens de bewaarregels vernietigd.</translation>
    </message>
    <message>
        <source>The file %1 no longer matches its fingerprint: it was damaged in the store.</source>
        <translation>Het bestand %1 klopt niet meer met zijn vingerafdruk: het is in de kluis beschadigd.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file.</source>
        <translation>%1 is geen gewoon bestand.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>in the subject of the e-mail</source>
        <extracomment>Dutch: &quot;in het onderwerp van het e-mailbericht&quot;</extracomment>
        <translation>in het onderwerp van het e-mailbericht</translation>
    </message>
    <message>
        <source>in the subject of the forwarded message</source>
        <extracomment>Dutch: &quot;in het onderwerp van het doorgestuurde bericht&quot;</extracomment>
        <translation>in het onderwerp van het doorgestuurde bericht</translation>
    </message>
    <message>
        <source>in the name of attachment “%1”</source>
        <extracomment>%1 is the file name, numbers in it masked. Dutch: &quot;in de naam van bijlage “%1”&quot;</extracomment>
        <translation>in de naam van bijlage “%1”</translation>
    </message>
    <message>
        <source>in the name of attachment “%1” of the forwarded message “%2”</source>
        <extracomment>%1 is the file name, %2 the subject of the forwarded message it is attached to. Dutch: &quot;in de naam van bijlage “%1” van het doorgestuurde bericht “%2”&quot;</extracomment>
        <translation>in de naam van bijlage “%1” van het doorgestuurde bericht “%2”</translation>
    </message>
    <message>
        <source>in the text of attachment “%1”</source>
        <extracomment>%1 is the name of a text file attached to the e-mail. Dutch: &quot;in de tekst van bijlage “%1”&quot;</extracomment>
        <translation>in de tekst van bijlage “%1”</translation>
    </message>
    <message>
        <source>in the text of attachment “%1” of the forwarded message “%2”</source>
        <extracomment>Dutch: &quot;in de tekst van bijlage “%1” van het doorgestuurde bericht “%2”&quot;</extracomment>
        <translation>in de tekst van bijlage “%1” van het doorgestuurde bericht “%2”</translation>
    </message>
    <message>
        <source>in the text of the e-mail</source>
        <extracomment>Dutch: &quot;in de tekst van het e-mailbericht&quot;</extracomment>
        <translation>in de tekst van het e-mailbericht</translation>
    </message>
    <message>
        <source>in the text of the forwarded message</source>
        <extracomment>Dutch: &quot;in de tekst van het doorgestuurde bericht&quot;</extracomment>
        <translation>in de tekst van het doorgestuurde bericht</translation>
    </message>
    <message>
        <source>in the text of the forwarded message “%1”</source>
        <extracomment>%1 is the subject of the forwarded message, numbers in it masked. Dutch: &quot;in de tekst van het doorgestuurde bericht “%1”&quot;</extracomment>
        <translation>in de tekst van het doorgestuurde bericht “%1”</translation>
    </message>
    <message>
        <source>The e-mail %1 is too deeply nested or too large to be checked in full for a citizen service number (BSN) and copies of identity documents, and is therefore not kept. Keep the parts that matter as separate files.</source>
        <extracomment>%1 is the file name. Dutch: &quot;Het e-mailbericht %1 is te diep genest of te groot om helemaal te controleren op een burgerservicenummer (BSN) en kopieën van identiteitsbewijzen, en wordt daarom niet bewaard. Bewaar de delen die ertoe doen als losse bestanden.&quot;</extracomment>
        <translation>Het e-mailbericht %1 is te diep genest of te groot om helemaal te controleren op een burgerservicenummer (BSN) en kopieën van identiteitsbewijzen, en wordt daarom niet bewaard. Bewaar de delen die ertoe doen als losse bestanden.</translation>
    </message>
    <message>
        <source>The e-mail %1 is not kept: it contains a number that passes the 11-test for a citizen service number (BSN), %2. A housing corporation may not record a BSN (art. 46 UAVG). Keep a copy without the number instead, for example a PDF in which it is blacked out.</source>
        <extracomment>%1 is the file name, %2 where in the e-mail with the masked number, e.g. &quot;in de tekst van het doorgestuurde bericht “Fwd: verzoek” (*****6782)&quot;. Dutch: &quot;Het e-mailbericht %1 wordt niet bewaard: het bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN), %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Bewaar in plaats daarvan een kopie zonder het nummer, bijvoorbeeld een PDF waarin het is weggelakt.&quot;</extracomment>
        <translation>Het e-mailbericht %1 wordt niet bewaard: het bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN), %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Bewaar in plaats daarvan een kopie zonder het nummer, bijvoorbeeld een PDF waarin het is weggelakt.</translation>
    </message>
    <message>
        <source>The e-mail %1 is not kept: it contains numbers that pass the 11-test for a citizen service number (BSN), %2. A housing corporation may not record a BSN (art. 46 UAVG). Keep a copy without the numbers instead, for example a PDF in which they are blacked out.</source>
        <translation>Het e-mailbericht %1 wordt niet bewaard: het bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN), %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Bewaar in plaats daarvan een kopie zonder de nummers, bijvoorbeeld een PDF waarin ze zijn weggelakt.</translation>
    </message>
</context>
<context>
    <name>pd::AuditLog</name>
    <message>
        <source>An audit event needs an actor, an entity type, an entity id and an action.</source>
        <extracomment>Dutch: &quot;Een gebeurtenis in het auditspoor heeft een gebruiker, een soort, een kenmerk en een handeling nodig.&quot;</extracomment>
        <translation>Een gebeurtenis in de audittrail heeft een gebruiker, een soort, een kenmerk en een handeling nodig.</translation>
    </message>
    <message>
        <source>An audit event can only be recorded inside a transaction, together with the change it describes.</source>
        <extracomment>Dutch: &quot;Een gebeurtenis in het auditspoor kan alleen binnen een transactie worden vastgelegd, samen met de wijziging die zij beschrijft.&quot;</extracomment>
        <translation>Een gebeurtenis in de audittrail kan alleen binnen een transactie worden vastgelegd, samen met de wijziging die zij beschrijft.</translation>
    </message>
    <message>
        <source>The cryptographic library (libsodium) does not work.</source>
        <extracomment>Dutch: &quot;De cryptografische bibliotheek (libsodium) werkt niet.&quot;</extracomment>
        <translation>De cryptografische bibliotheek (libsodium) werkt niet.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <extracomment>Dutch: &quot;Het auditspoor kon niet worden gelezen: %1&quot;</extracomment>
        <translation>De audittrail kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The event could not be recorded in the audit trail: %1</source>
        <extracomment>Dutch: &quot;De gebeurtenis kon niet in het auditspoor worden vastgelegd: %1&quot;</extracomment>
        <translation>De gebeurtenis kon niet in de audittrail worden vastgelegd: %1</translation>
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
        <translation>Gebeurtenis 1 hoort niet bij deze kluis: het begin van de keten klopt niet.</translation>
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
        <translation>De details in de audittrail konden niet worden vernietigd: %1</translation>
    </message>
    <message>
        <source>The last verified position of the audit trail could not be read (%1); the whole trail was verified.</source>
        <extracomment>Dutch: &quot;Het laatst gecontroleerde punt van de audittrail kon niet worden gelezen (%1); de hele audittrail is gecontroleerd.&quot;</extracomment>
        <translation>Het laatst gecontroleerde punt van de audittrail kon niet worden gelezen (%1); de hele audittrail is gecontroleerd.</translation>
    </message>
    <message>
        <source>The last verified position of the audit trail was not accepted: its authentication code does not match (forged, from another store, or from before a new master key); the whole trail was verified.</source>
        <extracomment>Dutch: &quot;Het laatst gecontroleerde punt van de audittrail is niet aanvaard: de controlecode klopt niet (vervalst, van een andere kluis of van vóór een nieuwe hoofdsleutel); de hele audittrail is gecontroleerd.&quot;</extracomment>
        <translation>Het laatst gecontroleerde punt van de audittrail is niet aanvaard: de controlecode klopt niet (vervalst, van een andere kluis of van vóór een nieuwe hoofdsleutel); de hele audittrail is gecontroleerd.</translation>
    </message>
    <message>
        <source>The last verified position of the audit trail (event %1) no longer matches the trail: that event is missing or was changed; the whole trail was verified.</source>
        <extracomment>Dutch: &quot;Het laatst gecontroleerde punt van de audittrail (gebeurtenis %1) past niet meer bij de audittrail: die gebeurtenis ontbreekt of is gewijzigd; de hele audittrail is gecontroleerd.&quot;</extracomment>
        <translation>Het laatst gecontroleerde punt van de audittrail (gebeurtenis %1) past niet meer bij de audittrail: die gebeurtenis ontbreekt of is gewijzigd; de hele audittrail is gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>pd::BreachCodes</name>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Geen risico</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hoog risico</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Supplement to the notification</source>
        <translation>Aanvulling op de melding</translation>
    </message>
    <message>
        <source>Withdrawal of the notification</source>
        <translation>Intrekking van de melding</translation>
    </message>
    <message>
        <source>Kind and amount of personal data</source>
        <translation>Soort en hoeveelheid persoonsgegevens</translation>
    </message>
    <message>
        <source>The people can easily be identified</source>
        <translation>De betrokkenen zijn makkelijk te herkennen</translation>
    </message>
    <message>
        <source>Serious consequences for the people</source>
        <translation>Ernstige gevolgen voor de betrokkenen</translation>
    </message>
    <message>
        <source>Vulnerable people are involved</source>
        <translation>Het gaat om kwetsbare personen</translation>
    </message>
    <message>
        <source>Special or criminal personal data</source>
        <translation>Bijzondere of strafrechtelijke persoonsgegevens</translation>
    </message>
    <message>
        <source>A large number of people</source>
        <translation>Een groot aantal betrokkenen</translation>
    </message>
</context>
<context>
    <name>pd::BreachLetterService</name>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>Betrokkene %1 bestaat niet.</translation>
    </message>
    <message>
        <source>what happened</source>
        <extracomment>Dutch: &quot;wat er is gebeurd&quot;</extracomment>
        <translation>wat er is gebeurd</translation>
    </message>
    <message>
        <source>the likely consequences</source>
        <extracomment>Dutch: &quot;de waarschijnlijke gevolgen&quot;</extracomment>
        <translation>de waarschijnlijke gevolgen</translation>
    </message>
    <message>
        <source>the measures taken</source>
        <translation>de genomen maatregelen</translation>
    </message>
    <message>
        <source>The letter must tell the person %1 (art. 34(2) GDPR): record it with the data breach first.</source>
        <translation>De brief moet de betrokkene vertellen: %1 (art. 34 lid 2 AVG). Leg dat eerst vast bij het datalek.</translation>
    </message>
    <message>
        <source>This person is not linked to data breach %1: link the person first.</source>
        <translation>Deze persoon is niet gekoppeld aan datalek %1: koppel de persoon eerst.</translation>
    </message>
    <message>
        <source>This person&apos;s data were destroyed: no letter can be addressed.</source>
        <translation>De gegevens van deze persoon zijn vernietigd: er kan geen brief aan worden geadresseerd.</translation>
    </message>
    <message>
        <source>The decision to inform the people concerned is not recorded as &apos;yes&apos;. You may still inform this person; record the decision with the assessment.</source>
        <translation>De beslissing om de betrokkenen te informeren staat niet op ‘ja’. U mag deze persoon toch informeren; leg de beslissing vast bij de beoordeling.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>The letter changed since it was shown (the data breach, the organisation&apos;s details or the template changed): look at it again before it is recorded.</source>
        <translation>De brief is veranderd sinds hij werd getoond (het datalek, de gegevens van de organisatie of de sjabloon is gewijzigd): bekijk hem opnieuw voordat hij wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Say how the letter was sent (per post, per e-mail, ...).</source>
        <translation>Vul in hoe de brief is verstuurd (per post, per e-mail, ...).</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>Hoe verstuurd</translation>
    </message>
    <message>
        <source>Data breach %1 has no letter %2.</source>
        <translation>Datalek %1 heeft geen brief %2.</translation>
    </message>
    <message>
        <source>This letter was already recorded as sent on %1 (%2).</source>
        <translation>Deze brief is al vastgelegd als verstuurd op %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the day the letter was sent: not before it was made (%1) and not in the future.</source>
        <translation>Vul de dag in waarop de brief is verstuurd: niet vóór de dag waarop hij is gemaakt (%1) en niet in de toekomst.</translation>
    </message>
    <message>
        <source>The letter uses the text written for the AP about %1: it was not written for the person. Write a text of its own for the people with the data breach, in plain language.</source>
        <extracomment>Dutch: &quot;De brief gebruikt de tekst voor de AP over %1: die is niet voor de betrokkene geschreven. Schrijf bij het datalek een eigen tekst voor de betrokkenen, in eenvoudige taal.&quot;</extracomment>
        <translation>De brief gebruikt de tekst voor de AP over %1: die is niet voor de betrokkene geschreven. Schrijf bij het datalek een eigen tekst voor de betrokkenen, in eenvoudige taal.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
</context>
<context>
    <name>pd::BreachNotification</name>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>about %1 (an estimate, not a count)</source>
        <translation>ongeveer %1 (een schatting, geen telling)</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>nog niet besloten</translation>
    </message>
    <message>
        <source>%1, decided by %2 on %3</source>
        <translation>%1, besloten door %2 op %3</translation>
    </message>
    <message>
        <source>; reason: %1</source>
        <translation>; reden: %1</translation>
    </message>
    <message>
        <source>%1 — art. 9 GDPR</source>
        <translation>%1 — art. 9 AVG</translation>
    </message>
    <message>
        <source>%1 — art. 10 GDPR</source>
        <translation>%1 — art. 10 AVG</translation>
    </message>
    <message>
        <source>%1: established in the EEA</source>
        <translation>%1: gevestigd in de EER</translation>
    </message>
    <message>
        <source>%1: established in the EEA (%2)</source>
        <translation>%1: gevestigd in de EER (%2)</translation>
    </message>
    <message>
        <source>%1: established outside the EEA: a transfer outside the EEA (chapter V GDPR)</source>
        <translation>%1: gevestigd buiten de EER: een doorgifte buiten de EER (hoofdstuk V AVG)</translation>
    </message>
    <message>
        <source>%1: established outside the EEA (%2): a transfer outside the EEA (chapter V GDPR)</source>
        <translation>%1: gevestigd buiten de EER (%2): een doorgifte buiten de EER (hoofdstuk V AVG)</translation>
    </message>
    <message>
        <source>%1: where it is established is not recorded in the recipients catalogue</source>
        <translation>%1: waar deze verwerker is gevestigd, is niet vastgelegd in de lijst van ontvangers</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Privacy e-mail address</source>
        <translation>E-mailadres voor privacy</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>not recorded in the settings (Settings → Organisation)</source>
        <translation>niet vastgelegd in de instellingen (Instellingen → Organisatie)</translation>
    </message>
    <message>
        <source>E-mail address of the data protection officer</source>
        <translation>E-mailadres van de functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Voorbereid door</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Ons kenmerk</translation>
    </message>
    <message>
        <source>Times are Dutch time. The 72 hours run from the discovery, through weekends, holidays and the change to summer or winter time (art. 33(1) GDPR).</source>
        <translation>Tijden zijn Nederlandse tijd. De 72 uur lopen vanaf de ontdekking, ook door weekenden, feestdagen en de overgang naar zomer- of wintertijd (art. 33 lid 1 AVG).</translation>
    </message>
    <message>
        <source>When the breach occurred</source>
        <translation>Wanneer het datalek plaatsvond</translation>
    </message>
    <message>
        <source>When we discovered it</source>
        <translation>Wanneer wij het ontdekten</translation>
    </message>
    <message>
        <source>When the processor told us (art. 33(2) GDPR)</source>
        <translation>Wanneer de verwerker het ons liet weten (art. 33 lid 2 AVG)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, door %2</translation>
    </message>
    <message>
        <source>not recorded (processor: %1)</source>
        <translation>niet vastgelegd (verwerker: %1)</translation>
    </message>
    <message>
        <source>Deadline for the notification to the AP (72 hours)</source>
        <translation>Uiterste moment voor de melding aan de AP (72 uur)</translation>
    </message>
    <message>
        <source>%1; the AP&apos;s notification number: %2</source>
        <translation>%1; meldnummer van de AP: %2</translation>
    </message>
    <message numerus="yes">
        <source>LATE: %n hour(s) after the deadline</source>
        <translation>
            <numerusform>TE LAAT: %n uur na het uiterste moment</numerusform>
            <numerusform>TE LAAT: %n uur na het uiterste moment</numerusform>
        </translation>
    </message>
    <message>
        <source>Notified to the AP</source>
        <translation>Melding aan de AP gedaan</translation>
    </message>
    <message>
        <source>Reasons for the delay (art. 33(1) GDPR)</source>
        <translation>Redenen voor de vertraging (art. 33 lid 1 AVG)</translation>
    </message>
    <message>
        <source>not yet: this document prepares the notification</source>
        <translation>nog niet: dit document bereidt de melding voor</translation>
    </message>
    <message>
        <source>The 72 hours have passed: the form must give the reasons for the delay.</source>
        <translation>De 72 uur zijn voorbij: vermeld in het formulier de redenen voor de vertraging.</translation>
    </message>
    <message>
        <source>%1; notification number %2</source>
        <translation>%1; meldnummer %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation>Aard van het datalek</translation>
    </message>
    <message>
        <source>Kinds of personal data</source>
        <translation>Soorten persoonsgegevens</translation>
    </message>
    <message>
        <source>Special categories of personal data or criminal-offence data</source>
        <translation>Bijzondere of strafrechtelijke persoonsgegevens</translation>
    </message>
    <message>
        <source>yes (see the kinds above)</source>
        <translation>ja (zie de soorten hierboven)</translation>
    </message>
    <message>
        <source>Number of people concerned</source>
        <translation>Aantal betrokkenen</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Aantal gegevensrecords</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Wie het zijn</translation>
    </message>
    <message>
        <source>Vulnerable people</source>
        <translation>Kwetsbare mensen</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>nog niet beoordeeld</translation>
    </message>
    <message>
        <source>yes, according to our assessment (section 11)</source>
        <translation>ja, volgens onze beoordeling (onderdeel 11)</translation>
    </message>
    <message>
        <source>not according to our assessment (section 11)</source>
        <translation>niet volgens onze beoordeling (onderdeel 11)</translation>
    </message>
    <message>
        <source>Known by name in our register</source>
        <translation>Bij naam bekend in ons register</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s); their names are not given to the AP here</source>
        <translation>
            <numerusform>%n persoon; de naam staat hier niet in voor de AP</numerusform>
            <numerusform>%n personen; de namen staan hier niet in voor de AP</numerusform>
        </translation>
    </message>
    <message>
        <source>Security measures in place before the breach</source>
        <translation>Beveiligingsmaatregelen van vóór het datalek</translation>
    </message>
    <message>
        <source>Likely consequences for the people</source>
        <translation>Waarschijnlijke gevolgen voor de betrokkenen</translation>
    </message>
    <message>
        <source>Measures taken or proposed to address the breach and to limit its consequences</source>
        <translation>Genomen of voorgestelde maatregelen om het datalek aan te pakken en de gevolgen te beperken</translation>
    </message>
    <message>
        <source>Decision to inform the people</source>
        <translation>Beslissing: betrokkenen informeren</translation>
    </message>
    <message>
        <source>Public notice (art. 34(3)(c) GDPR)</source>
        <translation>Openbare mededeling (art. 34 lid 3 sub c AVG)</translation>
    </message>
    <message>
        <source>on %1: %2</source>
        <translation>op %1: %2</translation>
    </message>
    <message>
        <source>Why not each person individually</source>
        <translation>Waarom niet iedere betrokkene apart</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) informed</source>
        <translation>
            <numerusform>%n betrokkene geïnformeerd</numerusform>
            <numerusform>%n betrokkenen geïnformeerd</numerusform>
        </translation>
    </message>
    <message>
        <source>The people were informed</source>
        <translation>Betrokkenen geïnformeerd</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Informed individually by letter</source>
        <translation>Apart geïnformeerd per brief</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n person(s) known by name</source>
        <translation>
            <numerusform>%1 van de %n bij naam bekende persoon</numerusform>
            <numerusform>%1 van de %n bij naam bekende personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor involved</source>
        <translation>Betrokken verwerker</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>People or organisations in other countries</source>
        <translation>Betrokkenen of organisaties in andere landen</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <source>Risk for the people</source>
        <translation>Risico voor de betrokkenen</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>The AP&apos;s criteria that apply</source>
        <translation>Criteria van de AP die van toepassing zijn</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Decision to notify the AP</source>
        <translation>Beslissing: melden aan de AP</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2.</source>
        <translation>Voorbereid door %1 op %2.</translation>
    </message>
    <message>
        <source>Notification of a data breach %1</source>
        <translation>Melding datalek %1</translation>
    </message>
    <message>
        <source>1. Contact details</source>
        <translation>1. Contactgegevens</translation>
    </message>
    <message>
        <source>2. Timeline</source>
        <translation>2. Tijdlijn</translation>
    </message>
    <message>
        <source>3. What happened</source>
        <translation>3. Gegevens over het datalek</translation>
    </message>
    <message>
        <source>4. Personal data involved</source>
        <translation>4. Persoonsgegevens die betrokken zijn bij het datalek</translation>
    </message>
    <message>
        <source>5. The group of people</source>
        <translation>5. De groep mensen van wie persoonsgegevens betrokken zijn</translation>
    </message>
    <message>
        <source>6. Measures taken before the breach</source>
        <translation>6. Maatregelen die zijn getroffen voordat het datalek plaatsvond</translation>
    </message>
    <message>
        <source>7. Consequences of the breach</source>
        <translation>7. Gevolgen van het datalek</translation>
    </message>
    <message>
        <source>8. Follow-up: measures taken</source>
        <translation>8. Vervolgacties: genomen maatregelen</translation>
    </message>
    <message>
        <source>9. Informing the people (art. 34 GDPR)</source>
        <translation>9. Informeren van de betrokkenen (art. 34 AVG)</translation>
    </message>
    <message>
        <source>10. International aspects</source>
        <translation>10. Internationale aspecten</translation>
    </message>
    <message>
        <source>11. Our assessment (not asked on the form)</source>
        <translation>11. Onze beoordeling (niet gevraagd in het formulier)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Dutch: &quot;%1 om %2 uur&quot; (&quot;vrijdag 27 maart 2026 om 16:00 uur&quot;)</extracomment>
        <translation>%1 om %2 uur</translation>
    </message>
    <message>
        <source>Prepared for the AP&apos;s web form ‘Meldformulier datalekken’ (www.autoriteitpersoonsgegevens.nl), section by section in the order of the form. Privacydesk does not send it: fill in the form and record the notification number the AP gives in the register.</source>
        <translation>Voorbereid voor het webformulier ‘Meldformulier datalekken’ van de AP (www.autoriteitpersoonsgegevens.nl), onderdeel voor onderdeel in de volgorde van het formulier. Privacydesk verstuurt de melding niet: vul het formulier in en leg het meldnummer dat de AP geeft vast in het register.</translation>
    </message>
    <message>
        <source>Notification of a data breach to the Autoriteit Persoonsgegevens</source>
        <translation>Melding van een datalek aan de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notified after the 72 hours: the reasons for the delay are in section 2.</source>
        <translation>Melding gedaan na de 72 uur: de redenen voor de vertraging staan in onderdeel 2.</translation>
    </message>
</context>
<context>
    <name>pd::BreachService</name>
    <message>
        <source>Enter a short title for the data breach.</source>
        <translation>Vul een korte titel in voor het datalek.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Group of people</source>
        <translation>Groep mensen</translation>
    </message>
    <message>
        <source>Measures before the breach</source>
        <translation>Maatregelen van vóór het datalek</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Genomen maatregelen</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Waarschijnlijke gevolgen</translation>
    </message>
    <message>
        <source>International aspects</source>
        <translation>Internationale aspecten</translation>
    </message>
    <message>
        <source>Enter when the data breach was discovered (date and time).</source>
        <translation>Vul in wanneer het datalek is ontdekt (datum en tijd).</translation>
    </message>
    <message>
        <source>The moment of discovery lies before 1990.</source>
        <translation>Het moment van ontdekking ligt vóór 1990.</translation>
    </message>
    <message>
        <source>The moment of discovery lies in the future.</source>
        <translation>Het moment van ontdekking ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The moment the breach happened lies before 1990.</source>
        <translation>Het moment waarop het datalek plaatsvond ligt vóór 1990.</translation>
    </message>
    <message>
        <source>The breach cannot have happened after it was discovered.</source>
        <translation>Het datalek kan niet later hebben plaatsgevonden dan het is ontdekt.</translation>
    </message>
    <message>
        <source>A number of people or records cannot be negative.</source>
        <translation>Een aantal betrokkenen of records kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Choose the processor that reported the breach.</source>
        <translation>Kies de verwerker die het datalek heeft doorgegeven.</translation>
    </message>
    <message>
        <source>The moment the processor told us lies before 1990.</source>
        <translation>Het moment waarop de verwerker ons informeerde ligt vóór 1990.</translation>
    </message>
    <message>
        <source>The moment the processor told us lies in the future.</source>
        <translation>Het moment waarop de verwerker ons informeerde ligt in de toekomst.</translation>
    </message>
    <message>
        <source>the assessment of the risk</source>
        <translation>de beoordeling van het risico</translation>
    </message>
    <message>
        <source>the notification to the Dutch Data Protection Authority (AP)</source>
        <translation>de melding aan de Autoriteit Persoonsgegevens (AP)</translation>
    </message>
    <message>
        <source>informing the people concerned (or a public notice)</source>
        <translation>het informeren van de betrokkenen (of een openbare mededeling)</translation>
    </message>
    <message>
        <source>There is no data breach %1.</source>
        <translation>Datalek %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The processor &quot;%1&quot; is not in the recipients catalogue.</source>
        <translation>De verwerker ‘%1’ staat niet in de lijst van ontvangers.</translation>
    </message>
    <message>
        <source>The moment of discovery cannot move to another year: the number %1 belongs to its year.</source>
        <translation>Het moment van ontdekking kan niet naar een ander jaar: het nummer %1 hoort bij dat jaar.</translation>
    </message>
    <message>
        <source>The AP was notified before that moment of discovery.</source>
        <translation>De melding aan de AP ligt vóór dat moment van ontdekking.</translation>
    </message>
    <message>
        <source>Give the reasoning behind the assessment of the risk.</source>
        <translation>Geef de onderbouwing van de beoordeling van het risico.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Assess the risk first: the decision follows from the assessment.</source>
        <translation>Beoordeel eerst het risico: de beslissing volgt uit de beoordeling.</translation>
    </message>
    <message>
        <source>Give the reason why the decision on notifying the AP differs from what the assessed risk suggests.</source>
        <translation>Geef de reden waarom de beslissing over melden aan de AP afwijkt van wat het beoordeelde risico aangeeft.</translation>
    </message>
    <message>
        <source>Give the reason why the decision on informing the people concerned differs from what the assessed risk suggests.</source>
        <translation>Geef de reden waarom de beslissing over het informeren van de betrokkenen afwijkt van wat het beoordeelde risico aangeeft.</translation>
    </message>
    <message>
        <source>The AP has already been notified; record a withdrawal as a follow-up instead.</source>
        <translation>De melding aan de AP is al gedaan; leg in plaats daarvan een intrekking vast als vervolgmelding.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Enter when the AP was notified (date and time).</source>
        <translation>Vul in wanneer de melding aan de AP is gedaan (datum en tijd).</translation>
    </message>
    <message>
        <source>The AP cannot have been notified before the breach was discovered.</source>
        <translation>De melding aan de AP kan niet eerder zijn gedaan dan het datalek is ontdekt.</translation>
    </message>
    <message>
        <source>The moment of the notification to the AP lies in the future.</source>
        <translation>Het moment van de melding aan de AP ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Enter the AP&apos;s reference number (meldnummer) of the notification.</source>
        <translation>Vul het meldnummer van de AP in.</translation>
    </message>
    <message>
        <source>The AP was notified more than 72 hours after the discovery (deadline %1): give the reasons for the delay (art. 33(1) GDPR).</source>
        <translation>De melding aan de AP is gedaan meer dan 72 uur na de ontdekking (uiterste datum %1): geef de redenen voor de vertraging (art. 33 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Meldnummer</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Redenen voor de vertraging</translation>
    </message>
    <message>
        <source>A follow-up needs the first notification to the AP.</source>
        <translation>Een vervolgmelding kan pas na de eerste melding aan de AP.</translation>
    </message>
    <message>
        <source>Enter when the follow-up was sent to the AP; it cannot lie in the future.</source>
        <translation>Vul in wanneer de vervolgmelding naar de AP is verstuurd; dat kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>A follow-up cannot precede the first notification to the AP.</source>
        <translation>Een vervolgmelding kan niet vóór de eerste melding aan de AP liggen.</translation>
    </message>
    <message>
        <source>Say why the notification is withdrawn.</source>
        <translation>Geef aan waarom de melding wordt ingetrokken.</translation>
    </message>
    <message>
        <source>Say what the follow-up adds to the notification.</source>
        <translation>Geef aan wat de vervolgmelding aan de melding toevoegt.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgmelding</translation>
    </message>
    <message>
        <source>Enter the date on which the people were informed; it cannot lie in the future.</source>
        <translation>Vul de datum in waarop de betrokkenen zijn geïnformeerd; die kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The people cannot have been informed before the breach was discovered.</source>
        <translation>De betrokkenen kunnen niet eerder zijn geïnformeerd dan het datalek is ontdekt.</translation>
    </message>
    <message>
        <source>Say how the people were informed.</source>
        <translation>Geef aan hoe de betrokkenen zijn geïnformeerd.</translation>
    </message>
    <message>
        <source>Say why informing each person individually would take disproportionate effort (art. 34(3)(c) GDPR).</source>
        <translation>Geef aan waarom het informeren van iedere betrokkene apart een onevenredige inspanning zou vergen (art. 34 lid 3 sub c AVG).</translation>
    </message>
    <message>
        <source>How the people were informed</source>
        <translation>Hoe de betrokkenen zijn geïnformeerd</translation>
    </message>
    <message>
        <source>Why a public notice</source>
        <translation>Waarom een openbare mededeling</translation>
    </message>
    <message>
        <source>This person is not linked to the data breach.</source>
        <translation>Deze betrokkene is niet aan het datalek gekoppeld.</translation>
    </message>
    <message>
        <source>Enter the date on which the person was informed: not before the discovery and not in the future.</source>
        <translation>Vul de datum in waarop de betrokkene is geïnformeerd: niet vóór de ontdekking en niet in de toekomst.</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>Betrokkene %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Data breach %1 is already closed.</source>
        <translation>Datalek %1 is al afgesloten.</translation>
    </message>
    <message>
        <source>Data breach %1 cannot be closed yet; missing: %2.</source>
        <translation>Datalek %1 kan nog niet worden afgesloten; nog nodig: %2.</translation>
    </message>
    <message>
        <source>Data breach %1 is open.</source>
        <translation>Datalek %1 is open.</translation>
    </message>
    <message>
        <source>Data breach %1 was destroyed under the retention rule on %2: what is left of it can no longer be changed.</source>
        <translation>Datalek %1 is op %2 vernietigd volgens de bewaarregel: wat ervan over is, kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>What happened, for the people</source>
        <extracomment>Dutch: &quot;Wat er is gebeurd, voor de betrokkenen&quot;</extracomment>
        <translation>Wat er is gebeurd, voor de betrokkenen</translation>
    </message>
    <message>
        <source>Consequences, for the people</source>
        <extracomment>Dutch: &quot;Gevolgen, voor de betrokkenen&quot;</extracomment>
        <translation>Gevolgen, voor de betrokkenen</translation>
    </message>
    <message>
        <source>The processor reported the breach on %1, before the moment of discovery (%2). The 72 hours start at the earliest moment we knew: take %1 as the moment of discovery.</source>
        <extracomment>Dutch: &quot;De verwerker meldde het lek op %1, vóór het moment van ontdekking (%2). De 72 uur beginnen bij het eerste moment dat wij het wisten: neem %1 als moment van ontdekking.&quot;</extracomment>
        <translation>De verwerker meldde het datalek op %1, vóór het moment van ontdekking (%2). De 72 uur beginnen op het eerste moment dat wij het wisten: neem %1 als moment van ontdekking.</translation>
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
        <translation>De tekst in ‘%1’ bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder het nummer. Is het geen BSN (bijvoorbeeld een klantnummer), bevestig dat dan uitdrukkelijk.</translation>
    </message>
    <message>
        <source>The text contains numbers that pass the 11-test for a citizen service number (BSN): %1. A housing corporation may not record a BSN (art. 46 UAVG). Remove the numbers. If they are not BSNs (for example customer numbers), confirm that explicitly.</source>
        <extracomment>%1 is a list of masked numbers (only their last four digits). Dutch: &quot;De tekst bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN): %1. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN&apos;s (bijvoorbeeld klantnummers), bevestig dat dan uitdrukkelijk.&quot;</extracomment>
        <translation>De tekst bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN): %1. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN&apos;s (bijvoorbeeld klantnummers), bevestig dat dan uitdrukkelijk.</translation>
    </message>
    <message>
        <source>The text in “%1” contains numbers that pass the 11-test for a citizen service number (BSN): %2. A housing corporation may not record a BSN (art. 46 UAVG). Remove the numbers. If they are not BSNs (for example customer numbers), confirm that explicitly.</source>
        <extracomment>%1 is the field label, %2 a list of masked numbers (only their last four digits). Dutch: &quot;De tekst in “%1” bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN&apos;s (bijvoorbeeld klantnummers), bevestig dat dan uitdrukkelijk.&quot;</extracomment>
        <translation>De tekst in ‘%1’ bevat nummers die voldoen aan de elfproef voor een burgerservicenummer (BSN): %2. Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG). Verwijder de nummers. Zijn het geen BSN&apos;s (bijvoorbeeld klantnummers), bevestig dat dan uitdrukkelijk.</translation>
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
        <translation>Kanaal van het antwoord</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Reden voor heropenen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>The time of receipt lies in the future.</source>
        <translation>Het tijdstip van ontvangst ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <source>%1 is not a user of this store.</source>
        <translation>%1 is geen gebruiker van deze kluis.</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Motivering van de beslissing</translation>
    </message>
    <message>
        <source>Reason for deciding without identification</source>
        <translation>Reden om zonder identificatie te beslissen</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Wat is gedaan</translation>
    </message>
    <message>
        <source>Reasons for the decision (%1)</source>
        <translation>Motivering van de beslissing (%1)</translation>
    </message>
    <message>
        <source>What was done (%1)</source>
        <translation>Wat is gedaan (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Keep the source short: at most %n character(s).</source>
        <translation>
            <numerusform>Houd de herkomst kort: hoogstens %n teken.</numerusform>
            <numerusform>Houd de herkomst kort: hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the relation</source>
        <translation>Het einde van de relatie</translation>
    </message>
    <message numerus="yes">
        <source>The end of the relation lies more than %n year(s) in the future; was the year typed correctly?</source>
        <translation>
            <numerusform>Het einde van de relatie ligt meer dan %n jaar in de toekomst; is het jaar goed getypt?</numerusform>
            <numerusform>Het einde van de relatie ligt meer dan %n jaar in de toekomst; is het jaar goed getypt?</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 was changed elsewhere in the meantime. It has been reloaded: look at it and make your change again.</source>
        <extracomment>Dutch: &quot;Verzoek %1 is intussen gewijzigd op een andere plek. Het is opnieuw geladen: bekijk het en voer uw wijziging opnieuw in.&quot;</extracomment>
        <translation>Verzoek %1 is intussen gewijzigd op een andere plek. Het is opnieuw geladen: bekijk het en voer uw wijziging opnieuw in.</translation>
    </message>
    <message>
        <source>Request %1 was changed by %2 in the meantime (%3). It has been reloaded: look at it and make your change again.</source>
        <extracomment>Dutch: &quot;Verzoek %1 is intussen gewijzigd door %2 (%3). Het is opnieuw geladen: bekijk het en voer uw wijziging opnieuw in.&quot;</extracomment>
        <translation>Verzoek %1 is intussen gewijzigd door %2 (%3). Het is opnieuw geladen: bekijk het en voer uw wijziging opnieuw in.</translation>
    </message>
    <message>
        <source>What the objection is about</source>
        <extracomment>Dutch: &quot;Waar het bezwaar over gaat&quot;</extracomment>
        <translation>Waar het bezwaar over gaat</translation>
    </message>
    <message>
        <source>Name of the receiving controller</source>
        <extracomment>Dutch: &quot;Naam van de ontvangende organisatie&quot;</extracomment>
        <translation>Naam van de ontvangende organisatie</translation>
    </message>
    <message>
        <source>Address or e-mail of the receiving controller</source>
        <extracomment>Dutch: &quot;Adres of e-mail van de ontvangende organisatie&quot;</extracomment>
        <translation>Adres of e-mail van de ontvangende organisatie</translation>
    </message>
    <message>
        <source>Only a portability request (art. 20 GDPR) goes directly to another controller.</source>
        <extracomment>Dutch: &quot;Alleen een verzoek om overdraagbaarheid (artikel 20 AVG) gaat rechtstreeks naar een andere organisatie.&quot;</extracomment>
        <translation>Alleen een verzoek om overdraagbaarheid (art. 20 AVG) gaat rechtstreeks naar een andere organisatie.</translation>
    </message>
    <message>
        <source>Give the postal or e-mail address of the receiving controller.</source>
        <extracomment>Dutch: &quot;Geef het adres of e-mailadres van de ontvangende organisatie.&quot;</extracomment>
        <translation>Geef het postadres of e-mailadres van de ontvangende organisatie.</translation>
    </message>
    <message>
        <source>Representative&apos;s address</source>
        <extracomment>Dutch: &quot;Adres van de gemachtigde&quot;</extracomment>
        <translation>Adres van de gemachtigde</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy has no extension of its own: the answer stays due on %1. An extension would move no date and no extension notice could be made, so nothing was recorded. Answer within the deadline, or change the deadline policy first (Extra → Settings → Deadlines).</source>
        <extracomment>Dutch: &quot;Het beleid van de organisatie kent geen eigen verlenging: het antwoord moet uiterlijk op %1 gegeven zijn. Een verlenging zou geen datum verschuiven en er kan geen verlengingsbericht worden gemaakt, dus er is niets vastgelegd. Antwoord binnen de termijn, of pas eerst het termijnbeleid aan (Extra → Instellingen → Termijnen).&quot;</extracomment>
        <translation>Het beleid van de organisatie kent geen eigen verlenging: het antwoord moet uiterlijk op %1 gegeven zijn. Een verlenging zou geen datum verschuiven en er kan geen verlengingsbericht worden gemaakt, dus er is niets vastgelegd. Antwoord binnen de termijn, of pas eerst het termijnbeleid aan (Extra → Instellingen → Termijnen).</translation>
    </message>
    <message>
        <source>Customer number %1 is known already, with another address. The intake does not change it: letters go to a new address only once the identity is established. Name the new address in the request&apos;s description, or leave it out.</source>
        <extracomment>Dutch: &quot;Klantnummer %1 is al bekend, met een ander adres. Bij de intake wordt dat niet gewijzigd: brieven gaan pas naar een nieuw adres als de identiteit is vastgesteld. Noem het nieuwe adres in de omschrijving van het verzoek, of laat het weg.&quot;</extracomment>
        <translation>Klantnummer %1 is al bekend, met een ander adres. Bij de intake wordt dat niet gewijzigd: brieven gaan pas naar een nieuw adres als de identiteit is vastgesteld. Noem het nieuwe adres in de omschrijving van het verzoek, of laat het weg.</translation>
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
        <translation>Afwijzingsgronden horen alleen bij een afgewezen of deels toegewezen verzoek.</translation>
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
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Vul de datum in waarop het verzoek is ontvangen.</translation>
    </message>
    <message>
        <source>The date of receipt lies in the future.</source>
        <translation>De datum van ontvangst ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of receipt lies before %1.</source>
        <translation>De datum van ontvangst ligt vóór %1.</translation>
    </message>
    <message numerus="yes">
        <source>legally %n day(s) late</source>
        <translation>
            <numerusform>wettelijk %n dag te laat</numerusform>
            <numerusform>wettelijk %n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>own deadline %n day(s) late</source>
        <translation>
            <numerusform>eigen termijn %n dag te laat</numerusform>
            <numerusform>eigen termijn %n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an objection (art. 21 GDPR) can be against direct marketing.</source>
        <translation>Alleen een bezwaar (art. 21 AVG) kan zich tegen direct marketing richten.</translation>
    </message>
    <message>
        <source>State the reasons for the decision in words (art. 12(4) GDPR): the data subject must read why the request is not granted in full.</source>
        <translation>Geef de motivering van de beslissing in woorden (art. 12 lid 4 AVG): de betrokkene moet kunnen lezen waarom het verzoek niet volledig is toegewezen.</translation>
    </message>
    <message>
        <source>No identification was recorded for this request: record it first, or state why the identity of the data subject was not in doubt.</source>
        <translation>Bij dit verzoek is geen identificatie vastgelegd: leg die eerst vast, of geef aan waarom de identiteit van de betrokkene vaststond.</translation>
    </message>
    <message>
        <source>A reason for deciding without identification only belongs to a granted or refused request whose identification was never recorded.</source>
        <translation>Een reden om zonder identificatie te beslissen hoort alleen bij een toegewezen of afgewezen verzoek waarvan nooit een identificatie is vastgelegd.</translation>
    </message>
    <message>
        <source>The identification failed: the request can only be closed as not dealt with (identity not established) or as withdrawn.</source>
        <translation>De identificatie is mislukt: het verzoek kan alleen worden afgesloten als niet in behandeling genomen (identiteit niet vastgesteld) of als ingetrokken.</translation>
    </message>
    <message>
        <source>&quot;Not dealt with: identity not established&quot; needs a request for identification first (art. 12(2) GDPR): record that it was asked for.</source>
        <translation>‘Niet in behandeling genomen: identiteit niet vastgesteld’ kan pas nadat om identificatie is gevraagd (art. 12 lid 2 AVG): leg eerst vast dat daarom is gevraagd.</translation>
    </message>
    <message>
        <source>None of the grounds can refuse the %1 part of the request: name a ground for each kind, or decide per kind.</source>
        <translation>Geen van de gronden kan het deel %1 van het verzoek afwijzen: noem voor elk soort verzoek een grond, of beslis per soort.</translation>
    </message>
    <message>
        <source>When the request is decided per kind, give the grounds and reasons per kind.</source>
        <translation>Beslist u per soort verzoek, geef dan ook de gronden en de motivering per soort.</translation>
    </message>
    <message>
        <source>Give the outcome of the %1 part of the request.</source>
        <translation>Geef de uitkomst van het deel %1 van het verzoek.</translation>
    </message>
    <message>
        <source>The %1 part of the request is decided twice.</source>
        <translation>Over het deel %1 van het verzoek is twee keer beslist.</translation>
    </message>
    <message>
        <source>The request does not ask for %1.</source>
        <translation>Het verzoek vraagt niet om %1.</translation>
    </message>
    <message>
        <source>The outcomes per kind make the request &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Met de uitkomsten per soort is het verzoek ‘%1’, niet ‘%2’.</translation>
    </message>
    <message>
        <source>each kind is granted, partly granted or refused; a withdrawal or an identity not established ends the whole request.</source>
        <translation>elk soort verzoek wordt toegewezen, gedeeltelijk toegewezen of afgewezen; intrekking of een niet vastgestelde identiteit beëindigt het hele verzoek.</translation>
    </message>
    <message>
        <source>Say what was erased; the reasons say what is kept and why.</source>
        <translation>Vermeld wat is verwijderd; de motivering zegt wat wij bewaren en waarom.</translation>
    </message>
    <message>
        <source>Say what was done for the part that is granted; the reasons say what is not done and why.</source>
        <translation>Vermeld wat is gedaan voor het toegewezen deel; de motivering zegt wat niet is gedaan en waarom.</translation>
    </message>
    <message>
        <source>What was done only belongs to a granted or partly granted request.</source>
        <translation>Wat is gedaan, hoort alleen bij een toegewezen of deels toegewezen verzoek.</translation>
    </message>
    <message>
        <source>The data that changed only belongs to a granted or partly granted rectification, erasure or restriction.</source>
        <translation>De gewijzigde gegevens horen alleen bij een toegewezen of deels toegewezen rectificatie, verwijdering of beperking.</translation>
    </message>
    <message>
        <source>What an objection is about only belongs to an objection (art. 21 GDPR) that is decided.</source>
        <extracomment>Dutch: &quot;Waar een bezwaar over gaat, hoort alleen bij een bezwaar (artikel 21 AVG) dat wordt beslist.&quot;</extracomment>
        <translation>Waar een bezwaar over gaat, hoort alleen bij een bezwaar (art. 21 AVG) waarover wordt beslist.</translation>
    </message>
    <message>
        <source>Say in words what else the objection is about.</source>
        <extracomment>Dutch: &quot;Zeg in woorden waar het bezwaar verder over gaat.&quot;</extracomment>
        <translation>Zeg in woorden waar het bezwaar verder over gaat.</translation>
    </message>
    <message>
        <source>What stopped does not match the objection&apos;s outcome: everything stopped is granted, nothing stopped is refused, some stopped is partly granted.</source>
        <extracomment>Dutch: &quot;Wat gestopt is, past niet bij de uitkomst van het bezwaar: alles gestopt is toegewezen, niets gestopt is afgewezen, een deel gestopt is deels toegewezen.&quot;</extracomment>
        <translation>Wat gestopt is, past niet bij de uitkomst van het bezwaar: alles gestopt is toegewezen, niets gestopt is afgewezen, een deel gestopt is deels toegewezen.</translation>
    </message>
    <message>
        <source>‘%1’ is named twice in the objection.</source>
        <extracomment>Dutch: &quot;‘%1’ staat twee keer in het bezwaar.&quot;</extracomment>
        <translation>‘%1’ staat twee keer in het bezwaar.</translation>
    </message>
    <message>
        <source>An objection to direct marketing is absolute (art. 21(3) GDPR): ‘%1’ stops.</source>
        <extracomment>Dutch: &quot;Een bezwaar tegen direct marketing is absoluut (art. 21 lid 3 AVG): ‘%1’ stopt.&quot;</extracomment>
        <translation>Een bezwaar tegen direct marketing is absoluut (art. 21 lid 3 AVG): ‘%1’ stopt.</translation>
    </message>
    <message>
        <source>This request was not made by a representative: it needs no mandate.</source>
        <extracomment>Dutch: &quot;Dit verzoek is niet door een gemachtigde gedaan: er is geen machtiging nodig.&quot;</extracomment>
        <translation>Dit verzoek is niet door een gemachtigde gedaan: er is geen machtiging nodig.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>Het verzoek is afgesloten.</translation>
    </message>
    <message>
        <source>Enter the date the mandate was requested.</source>
        <extracomment>Dutch: &quot;Vul de datum in waarop om de machtiging is gevraagd.&quot;</extracomment>
        <translation>Vul de datum in waarop om de machtiging is gevraagd.</translation>
    </message>
    <message>
        <source>The mandate cannot have been requested before the request was received.</source>
        <extracomment>Dutch: &quot;Om de machtiging kan niet zijn gevraagd vóór de ontvangst van het verzoek.&quot;</extracomment>
        <translation>Om de machtiging kan niet zijn gevraagd vóór de ontvangst van het verzoek.</translation>
    </message>
    <message>
        <source>The date the mandate was requested lies in the future.</source>
        <extracomment>Dutch: &quot;De datum waarop om de machtiging is gevraagd ligt in de toekomst.&quot;</extracomment>
        <translation>De datum waarop om de machtiging is gevraagd ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The mandate has already been received.</source>
        <extracomment>Dutch: &quot;De machtiging is al ontvangen.&quot;</extracomment>
        <translation>De machtiging is al ontvangen.</translation>
    </message>
    <message>
        <source>The deadline stands still until the mandate of %1 is received (requested on %2).</source>
        <extracomment>Dutch: &quot;De termijn staat stil tot de machtiging van %1 binnen is (gevraagd op %2).&quot;</extracomment>
        <translation>De termijn staat stil tot de machtiging van %1 binnen is (gevraagd op %2).</translation>
    </message>
    <message>
        <source>None: the mandate was requested too late after receipt, so the clock kept running.</source>
        <extracomment>Dutch: &quot;Geen: om de machtiging is te laat na ontvangst gevraagd, dus de termijn liep door.&quot;</extracomment>
        <translation>Geen: om de machtiging is te laat na ontvangst gevraagd, dus de termijn liep door.</translation>
    </message>
    <message numerus="yes">
        <source>Mandate received on %1; %n day(s) waiting for it added to the deadlines.</source>
        <extracomment>Dutch: &quot;Machtiging ontvangen op %1; %n dag(en) wachten erop bij de termijnen opgeteld.&quot;</extracomment>
        <translation>
            <numerusform>Machtiging ontvangen op %1; %n dag wachten erop bij de termijnen opgeteld.</numerusform>
            <numerusform>Machtiging ontvangen op %1; %n dagen wachten erop bij de termijnen opgeteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet requested: the deadline runs. Ask %1 for the mandate with the letter &apos;Request for a mandate&apos;.</source>
        <extracomment>Dutch: &quot;Nog niet gevraagd: de termijn loopt. Vraag de machtiging van %1 op met de brief &apos;Verzoek om machtiging&apos;.&quot;</extracomment>
        <translation>Nog niet gevraagd: de termijn loopt. Vraag de machtiging van %1 op met de brief ‘Verzoek om machtiging’.</translation>
    </message>
    <message>
        <source>Enter the date the mandate was received.</source>
        <extracomment>Dutch: &quot;Vul de datum in waarop de machtiging is ontvangen.&quot;</extracomment>
        <translation>Vul de datum in waarop de machtiging is ontvangen.</translation>
    </message>
    <message>
        <source>The mandate cannot have been received before the request.</source>
        <extracomment>Dutch: &quot;De machtiging kan niet zijn ontvangen vóór het verzoek.&quot;</extracomment>
        <translation>De machtiging kan niet zijn ontvangen vóór het verzoek.</translation>
    </message>
    <message>
        <source>The mandate cannot have been received before it was requested.</source>
        <extracomment>Dutch: &quot;De machtiging kan niet zijn ontvangen voordat erom is gevraagd.&quot;</extracomment>
        <translation>De machtiging kan niet zijn ontvangen voordat erom is gevraagd.</translation>
    </message>
    <message>
        <source>The date the mandate was received lies in the future.</source>
        <extracomment>Dutch: &quot;De datum waarop de machtiging is ontvangen ligt in de toekomst.&quot;</extracomment>
        <translation>De datum waarop de machtiging is ontvangen ligt in de toekomst.</translation>
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
        <source>Art. 21(1) GDPR: compelling legitimate grounds</source>
        <translation>Art. 21 lid 1 AVG: dwingende gerechtvaardigde gronden</translation>
    </message>
    <message>
        <source>Art. 23 GDPR: restriction by law</source>
        <translation>Art. 23 AVG: beperking bij wet</translation>
    </message>
    <message>
        <source>Art. 17(3)(a) GDPR: freedom of expression and information</source>
        <translation>Art. 17 lid 3 sub a AVG: vrijheid van meningsuiting en informatie</translation>
    </message>
    <message>
        <source>Art. 17(3)(b) GDPR: legal obligation, e.g. to retain (art. 52 AWR)</source>
        <translation>Art. 17 lid 3 sub b AVG: wettelijke verplichting, bijv. een wettelijke bewaarplicht (art. 52 AWR)</translation>
    </message>
    <message>
        <source>Art. 17(3)(c) GDPR: public interest in public health</source>
        <translation>Art. 17 lid 3 sub c AVG: algemeen belang op het gebied van volksgezondheid</translation>
    </message>
    <message>
        <source>Art. 17(3)(d) GDPR: archiving in the public interest, research or statistics</source>
        <translation>Art. 17 lid 3 sub d AVG: archivering in het algemeen belang, onderzoek of statistiek</translation>
    </message>
    <message>
        <source>Art. 17(3)(e) GDPR: legal claims</source>
        <translation>Art. 17 lid 3 sub e AVG: rechtsvorderingen</translation>
    </message>
    <message>
        <source>Art. 18(2) GDPR: processing still allowed during the restriction</source>
        <translation>Art. 18 lid 2 AVG: verwerking blijft toegestaan tijdens de beperking</translation>
    </message>
    <message>
        <source>Art. 20(1) GDPR: not based on consent or contract, or not automated</source>
        <translation>Art. 20 lid 1 AVG: niet gebaseerd op toestemming of overeenkomst, of niet geautomatiseerd</translation>
    </message>
    <message>
        <source>Art. 41(1)(a) UAVG: national security</source>
        <translation>Art. 41 lid 1 sub a UAVG: nationale veiligheid</translation>
    </message>
    <message>
        <source>Art. 41(1)(b) UAVG: defence</source>
        <translation>Art. 41 lid 1 sub b UAVG: landsverdediging</translation>
    </message>
    <message>
        <source>Art. 41(1)(c) UAVG: public security</source>
        <translation>Art. 41 lid 1 sub c UAVG: openbare veiligheid</translation>
    </message>
    <message>
        <source>Art. 41(1)(d) UAVG: prevention, investigation or prosecution of criminal offences</source>
        <translation>Art. 41 lid 1 sub d UAVG: voorkoming, opsporing en vervolging van strafbare feiten</translation>
    </message>
    <message>
        <source>Art. 41(1)(e) UAVG: other important objectives of general public interest</source>
        <translation>Art. 41 lid 1 sub e UAVG: andere belangrijke doelstellingen van algemeen belang</translation>
    </message>
    <message>
        <source>Art. 41(1)(f) UAVG: independence of the judiciary and judicial proceedings</source>
        <translation>Art. 41 lid 1 sub f UAVG: onafhankelijkheid van de rechter en gerechtelijke procedures</translation>
    </message>
    <message>
        <source>Art. 41(1)(g) UAVG: breaches of ethics for regulated professions</source>
        <translation>Art. 41 lid 1 sub g UAVG: schendingen van beroepscodes van gereglementeerde beroepen</translation>
    </message>
    <message>
        <source>Art. 41(1)(h) UAVG: monitoring, inspection or regulatory function</source>
        <translation>Art. 41 lid 1 sub h UAVG: toezicht, inspectie of regelgeving</translation>
    </message>
    <message>
        <source>Art. 41(1)(i) UAVG: protection of the data subject or the rights and freedoms of others</source>
        <translation>Art. 41 lid 1 sub i UAVG: bescherming van de betrokkene of van de rechten en vrijheden van anderen</translation>
    </message>
    <message>
        <source>Art. 41(1)(j) UAVG: enforcement of civil law claims</source>
        <translation>Art. 41 lid 1 sub j UAVG: inning van civielrechtelijke vorderingen</translation>
    </message>
    <message>
        <source>Other ground (explained in the reasons)</source>
        <translation>Andere grond (toegelicht in de motivering)</translation>
    </message>
    <message>
        <source>Art. 17(3) GDPR (letter not recorded)</source>
        <translation>Art. 17 lid 3 AVG (letter niet vastgelegd)</translation>
    </message>
    <message>
        <source>Art. 41 UAVG (ground not recorded)</source>
        <translation>Art. 41 UAVG (grond niet vastgelegd)</translation>
    </message>
    <message>
        <source>Not dealt with: identity not established</source>
        <translation>Niet in behandeling genomen: identiteit niet vastgesteld</translation>
    </message>
    <message>
        <source>Not dealt with: identity not established (art. 12(2), 11(2) GDPR)</source>
        <translation>Niet in behandeling genomen: identiteit niet vastgesteld (art. 12 lid 2, art. 11 lid 2 AVG)</translation>
    </message>
    <message>
        <source>Art. 20(4) GDPR: rights and freedoms of others (portability)</source>
        <extracomment>Dutch: &quot;Art. 20 lid 4 AVG: rechten en vrijheden van anderen (overdraagbaarheid)&quot;</extracomment>
        <translation>Art. 20 lid 4 AVG: rechten en vrijheden van anderen (overdraagbaarheid)</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <extracomment>Dutch: &quot;Nieuwsbrief&quot;</extracomment>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>Surveys</source>
        <extracomment>Dutch: &quot;Enquêtes&quot;</extracomment>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Marketing by post or e-mail</source>
        <extracomment>Dutch: &quot;Reclame per post of e-mail&quot;</extracomment>
        <translation>Reclame per post of e-mail</translation>
    </message>
    <message>
        <source>Marketing by phone</source>
        <extracomment>Dutch: &quot;Reclame per telefoon&quot;</extracomment>
        <translation>Reclame per telefoon</translation>
    </message>
    <message>
        <source>Other (in words)</source>
        <extracomment>Dutch: &quot;Anders (in woorden)&quot;</extracomment>
        <translation>Anders (in woorden)</translation>
    </message>
</context>
<context>
    <name>pd::ComplaintDossier</name>
    <message>
        <source>AP complaint dossier %1</source>
        <translation>Klachtdossier AP %1</translation>
    </message>
    <message>
        <source>The AP reference is too long (at most 100 characters).</source>
        <translation>Het kenmerk van de AP is te lang (ten hoogste 100 tekens).</translation>
    </message>
    <message>
        <source>AP reference</source>
        <translation>Kenmerk AP</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
    <message>
        <source>met: answered on %1</source>
        <translation>gehaald: beantwoord op %1</translation>
    </message>
    <message numerus="yes">
        <source>not met: answered on %1, %n day(s) late</source>
        <translation>
            <numerusform>niet gehaald: beantwoord op %1, %n dag te laat</numerusform>
            <numerusform>niet gehaald: beantwoord op %1, %n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>closed without an answer date</source>
        <translation>afgesloten zonder datum van antwoord</translation>
    </message>
    <message>
        <source>open, not yet due</source>
        <translation>open, nog niet verstreken</translation>
    </message>
    <message numerus="yes">
        <source>not met: open and %n day(s) overdue</source>
        <translation>
            <numerusform>niet gehaald: open en %n dag te laat</numerusform>
            <numerusform>niet gehaald: open en %n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>; extended to %1</source>
        <translation>; verlengd tot %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Soort verzoek</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Gemachtigde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Identification requested</source>
        <translation>Identificatie opgevraagd</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>niet gevraagd</translation>
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
        <source>checked by %1</source>
        <translation>gecontroleerd door %1</translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation>nog niet ontvangen</translation>
    </message>
    <message>
        <source>Privacydesk records that and how identity was checked, never a document, its number or a BSN.</source>
        <translation>Privacydesk legt vast dát en hoe de identiteit is gecontroleerd, nooit een document, het nummer ervan of een BSN.</translation>
    </message>
    <message>
        <source>Identification received</source>
        <translation>Identificatie ontvangen</translation>
    </message>
    <message>
        <source>The deadline stands still until the identification is received.</source>
        <translation>De termijn staat stil tot de identificatie is ontvangen.</translation>
    </message>
    <message>
        <source>Identification was requested too late to stop the clock: the deadlines ran on.</source>
        <translation>De identificatie is te laat gevraagd om de klok stil te zetten: de termijnen liepen door.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) waiting for identification added to the deadlines.</source>
        <translation>
            <numerusform>%n dag wachttijd voor identificatie is bij de termijnen opgeteld.</numerusform>
            <numerusform>%n dagen wachttijd voor identificatie zijn bij de termijnen opgeteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identification pause</source>
        <translation>Identificatiepauze</translation>
    </message>
    <message>
        <source>Legal deadline (art. 12(3) GDPR)</source>
        <translation>Wettelijke termijn (art. 12 lid 3 AVG)</translation>
    </message>
    <message>
        <source>Policy deadline</source>
        <translation>Termijn eigen beleid</translation>
    </message>
    <message>
        <source>Deadline that applied</source>
        <translation>Geldende termijn</translation>
    </message>
    <message>
        <source>%1 (%2 deadline binds)</source>
        <translation>%1 (%2 termijn is bepalend)</translation>
    </message>
    <message>
        <source>the legal</source>
        <translation>de wettelijke</translation>
    </message>
    <message>
        <source>the policy</source>
        <translation>de eigen</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>niet verlengd</translation>
    </message>
    <message>
        <source>Extended; the data subject was told on %1.</source>
        <translation>Verlengd; de betrokkene is op %1 geïnformeerd.</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Redenen: %1</translation>
    </message>
    <message>
        <source>(destroyed or not recorded)</source>
        <translation>(vernietigd of niet vastgelegd)</translation>
    </message>
    <message>
        <source>The notice was sent after the first month: the legal deadline was not extended (art. 12(3) GDPR).</source>
        <translation>Het bericht is na de eerste maand verstuurd: de wettelijke termijn is niet verlengd (art. 12 lid 3 AVG).</translation>
    </message>
    <message>
        <source>Told within the first month (legal deadline %1).</source>
        <translation>Binnen de eerste maand geïnformeerd (wettelijke termijn %1).</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Answer sent on %1</source>
        <translation>Antwoord verstuurd op %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Afgesloten op %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Gronden:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>The audit trail holds no events for this request.</source>
        <translation>De audittrail bevat geen gebeurtenissen voor dit verzoek.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: the events from that number on (shaded) cannot be vouched for; see section 5.</source>
        <translation>De audittrail is verbroken bij gebeurtenis %1: voor de gebeurtenissen vanaf dat nummer (gearceerd) kan niet worden ingestaan; zie hoofdstuk 5.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>No letters were generated with Privacydesk for this request.</source>
        <translation>Voor dit verzoek zijn geen brieven met Privacydesk gemaakt.</translation>
    </message>
    <message>
        <source>Every letter generated for this request, with the SHA-256 of its text as recorded in the audit trail. The full texts are in the appendices.</source>
        <translation>Elke brief die voor dit verzoek is gemaakt, met de SHA-256 van de tekst zoals vastgelegd in de audittrail. De volledige teksten staan in de bijlagen.</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>SHA-256 of the text</source>
        <translation>SHA-256 van de tekst</translation>
    </message>
    <message>
        <source>No disclosures of this data subject&apos;s data to third parties are registered.</source>
        <translation>Er zijn geen verstrekkingen van gegevens van deze betrokkene aan derden vastgelegd.</translation>
    </message>
    <message>
        <source>Every registered disclosure of this data subject&apos;s data to a third party or processor, oldest first. Other persons a disclosure also concerned are not named here.</source>
        <translation>Elke vastgelegde verstrekking van gegevens van deze betrokkene aan een derde of verwerker, de oudste eerst. Andere personen op wie een verstrekking ook betrekking had, worden hier niet genoemd.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Purpose and legal basis</source>
        <translation>Doel en grondslag</translation>
    </message>
    <message>
        <source>Data subject told</source>
        <translation>Betrokkene geïnformeerd</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>verzoek %1</translation>
    </message>
    <message numerus="yes">
        <source>The chronology in section 2 holds every event of the audit trail for request %1: %n event(s), in the order and with the content in which they were recorded.</source>
        <translation>
            <numerusform>De chronologie in hoofdstuk 2 bevat elke gebeurtenis uit de audittrail voor verzoek %1: %n gebeurtenis, in de volgorde en met de inhoud waarin zij is vastgelegd.</numerusform>
            <numerusform>De chronologie in hoofdstuk 2 bevat elke gebeurtenis uit de audittrail voor verzoek %1: %n gebeurtenissen, in de volgorde en met de inhoud waarin zij zijn vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event numbers %1 to %2.</source>
        <translation>Gebeurtenisnummers %1 tot en met %2.</translation>
    </message>
    <message numerus="yes">
        <source>Privacydesk&apos;s audit trail is append-only and hash-chained: every event carries the SHA-256 of the previous one, so that an event removed, inserted or altered afterwards breaks the chain. When this dossier was prepared (%1), the whole chain was verified: %n event(s) checked, no broken link.</source>
        <translation>
            <numerusform>De audittrail van Privacydesk kan alleen worden aangevuld en is een hashketen: elke gebeurtenis bevat de SHA-256 van de vorige, zodat een gebeurtenis die achteraf is verwijderd, ingevoegd of gewijzigd de keten breekt. Bij het opstellen van dit dossier (%1) is de hele keten gecontroleerd: %n gebeurtenis gecontroleerd, geen verbroken schakel.</numerusform>
            <numerusform>De audittrail van Privacydesk kan alleen worden aangevuld en is een hashketen: elke gebeurtenis bevat de SHA-256 van de vorige, zodat een gebeurtenis die achteraf is verwijderd, ingevoegd of gewijzigd de keten breekt. Bij het opstellen van dit dossier (%1) is de hele keten gecontroleerd: %n gebeurtenissen gecontroleerd, geen verbroken schakel.</numerusform>
        </translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>gebeurtenis %1</translation>
    </message>
    <message>
        <source>Hash of that event (SHA-256)</source>
        <translation>Hash van die gebeurtenis (SHA-256)</translation>
    </message>
    <message>
        <source>We declare that this chronology is complete and unaltered.</source>
        <translation>Wij verklaren dat deze chronologie volledig en ongewijzigd is.</translation>
    </message>
    <message>
        <source>WARNING: the audit trail did not pass verification.</source>
        <translation>WAARSCHUWING: de audittrail is niet door de controle gekomen.</translation>
    </message>
    <message>
        <source>When this dossier was prepared (%1), the hash chain was broken at event %2: %3</source>
        <translation>Bij het opstellen van dit dossier (%1) was de hashketen verbroken bij gebeurtenis %2: %3</translation>
    </message>
    <message>
        <source>The chronology in section 2 may therefore be incomplete or altered, and no statement that it is complete and unaltered can be made. Find the cause (privacydesk-cli verify) before this dossier is sent.</source>
        <translation>De chronologie in hoofdstuk 2 kan daarom onvolledig of gewijzigd zijn, en er kan niet worden verklaard dat zij volledig en ongewijzigd is. Zoek de oorzaak (privacydesk-cli verify) voordat dit dossier wordt verstuurd.</translation>
    </message>
    <message>
        <source>Complaint dossier for the Autoriteit Persoonsgegevens</source>
        <translation>Klachtdossier voor de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Verzoek %1</translation>
    </message>
    <message>
        <source>Organisation (controller)</source>
        <translation>Organisatie (verwerkings­verantwoordelijke)</translation>
    </message>
    <message>
        <source>customer number %1</source>
        <translation>klantnummer %1</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Klager</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Opgesteld op</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Chronology from the audit trail</source>
        <translation>Chronologie uit de audittrail</translation>
    </message>
    <message>
        <source>Disclosures concerning the data subject</source>
        <translation>Verstrekkingen over de betrokkene</translation>
    </message>
    <message>
        <source>Statement on the audit trail</source>
        <translation>Verklaring over de audittrail</translation>
    </message>
    <message numerus="yes">
        <source>Appendices: the full text of %n letter(s).</source>
        <translation>
            <numerusform>Bijlagen: de volledige tekst van %n brief.</numerusform>
            <numerusform>Bijlagen: de volledige tekst van %n brieven.</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: the audit trail did not pass verification; see section 5.</source>
        <translation>WAARSCHUWING: de audittrail is niet door de controle gekomen; zie hoofdstuk 5.</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2.</source>
        <translation>Opgesteld door %1 op %2.</translation>
    </message>
    <message>
        <source>Appendix %1: %2 of %3</source>
        <translation>Bijlage %1: %2 van %3</translation>
    </message>
    <message>
        <source>Generated by %1; SHA-256 of the text: %2</source>
        <translation>Gemaakt door %1; SHA-256 van de tekst: %2</translation>
    </message>
    <message>
        <source>The text of this letter was destroyed on %1 under the retention rules; its hash above is kept.</source>
        <translation>De tekst van deze brief is op %1 vernietigd volgens de bewaartermijnen; de hash hierboven is bewaard.</translation>
    </message>
    <message>
        <source>; received by %1</source>
        <translation>; in ontvangst genomen door %1</translation>
    </message>
    <message>
        <source>Registered in Privacydesk</source>
        <translation>Geregistreerd in Privacydesk</translation>
    </message>
    <message>
        <source> (mandate: %1)</source>
        <translation> (machtiging: %1)</translation>
    </message>
    <message>
        <source>No original of the request is kept in Privacydesk.</source>
        <translation>In Privacydesk is geen origineel van het verzoek bewaard.</translation>
    </message>
    <message>
        <source>The request as it was received and the other files kept with it, inside the encrypted store, with the SHA-256 of each file.</source>
        <translation>Het verzoek zoals het is ontvangen en de andere bestanden die erbij zijn bewaard, in de versleutelde kluis, met de SHA-256 van elk bestand.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Size and SHA-256</source>
        <translation>Grootte en SHA-256</translation>
    </message>
    <message>
        <source>(destroyed on %1)</source>
        <translation>(vernietigd op %1)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>The request as received</source>
        <translation>Het verzoek zoals ontvangen</translation>
    </message>
    <message>
        <source>Every event recorded for this request, in the order of the audit trail; times are Dutch time.</source>
        <translation>Elke gebeurtenis die voor dit verzoek is vastgelegd, in de volgorde van de audittrail; tijden zijn Nederlandse tijd.</translation>
    </message>
    <message>
        <source>Decided without a recorded identification: %1</source>
        <translation>Beslist zonder vastgelegde identificatie: %1</translation>
    </message>
    <message>
        <source>The objection is against direct marketing (art. 21(3) GDPR: absolute).</source>
        <translation>Het bezwaar richt zich tegen direct marketing (art. 21 lid 3 AVG: absoluut).</translation>
    </message>
    <message>
        <source>Reasons (art. 12(4) GDPR): %1</source>
        <translation>Motivering (art. 12 lid 4 AVG): %1</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) made, %1 recorded as sent; see section 3</source>
        <translation>
            <numerusform>%n brief gemaakt, waarvan %1 als verstuurd vastgelegd; zie hoofdstuk 3</numerusform>
            <numerusform>%n brieven gemaakt, waarvan %1 als verstuurd vastgelegd; zie hoofdstuk 3</numerusform>
        </translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>how not kept</source>
        <translation>wijze niet bewaard</translation>
    </message>
    <message>
        <source>only made: its dispatch was not recorded</source>
        <translation>alleen gemaakt: verzending niet vastgelegd</translation>
    </message>
    <message>
        <source>Letters made and sent</source>
        <translation>Gemaakte en verstuurde brieven</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Grounds: %1</source>
        <translation>Gronden: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>no: answered within the legal and the own deadline</source>
        <translation>nee: beantwoord binnen de wettelijke en de eigen termijn</translation>
    </message>
    <message>
        <source>no (as of %1)</source>
        <translation>nee (stand op %1)</translation>
    </message>
    <message>
        <source>Verified position of the audit trail</source>
        <translation>Gecontroleerde positie in de audittrail</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <source>No answer date recorded</source>
        <translation>Geen datum van het antwoord vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>Privacydesk&apos;s audit trail is append-only and hash-chained: every event carries the hash of the previous one, so that an event removed, inserted or altered afterwards breaks the chain. Every link up to event %2 was verified before, most recently on %3. When this dossier was prepared (%1), the %n event(s) recorded since then and each event of this request were verified: no broken link.</source>
        <translation>
            <numerusform>De audittrail van Privacydesk kan alleen worden aangevuld en is een hashketen: elke gebeurtenis bevat de hash van de vorige, zodat een gebeurtenis die achteraf is verwijderd, ingevoegd of gewijzigd de keten breekt. Elke schakel tot en met gebeurtenis %2 is eerder gecontroleerd, het laatst op %3. Bij het opstellen van dit dossier (%1) zijn de gebeurtenis die sindsdien is vastgelegd en elke gebeurtenis van dit verzoek gecontroleerd: geen verbroken schakel.</numerusform>
            <numerusform>De audittrail van Privacydesk kan alleen worden aangevuld en is een hashketen: elke gebeurtenis bevat de hash van de vorige, zodat een gebeurtenis die achteraf is verwijderd, ingevoegd of gewijzigd de keten breekt. Elke schakel tot en met gebeurtenis %2 is eerder gecontroleerd, het laatst op %3. Bij het opstellen van dit dossier (%1) zijn de %n gebeurtenissen die sindsdien zijn vastgelegd en elke gebeurtenis van dit verzoek gecontroleerd: geen verbroken schakel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objection to %1: stopped</source>
        <translation>Bezwaar tegen %1: gestopt</translation>
    </message>
    <message>
        <source>Objection to %1: goes on</source>
        <translation>Bezwaar tegen %1: gaat door</translation>
    </message>
    <message>
        <source>Data that changed (art. 19 GDPR): %1</source>
        <extracomment>Dutch: &quot;Gewijzigde gegevens (artikel 19 AVG): %1&quot;</extracomment>
        <translation>Gewijzigde gegevens (art. 19 AVG): %1</translation>
    </message>
    <message>
        <source>The file could not be read as an e-mail: %1</source>
        <translation>Het bestand kon niet als e-mail worden gelezen: %1</translation>
    </message>
    <message>
        <source>Version for the complainant (without what the complainant may not see)</source>
        <extracomment>Dutch: &quot;Versie voor de klager (zonder wat de klager niet mag zien)&quot;</extracomment>
        <translation>Versie voor de klager (zonder wat de klager niet mag zien)</translation>
    </message>
    <message>
        <source>Complete version for the AP (with markings)</source>
        <extracomment>Dutch: &quot;Volledige versie voor de AP (met markeringen)&quot;</extracomment>
        <translation>Volledige versie voor de AP (met markeringen)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kon %1 niet schrijven.</translation>
    </message>
    <message>
        <source>The deadline stands still until the mandate is received.</source>
        <extracomment>Dutch: &quot;De termijn staat stil tot de machtiging binnen is.&quot;</extracomment>
        <translation>De termijn staat stil tot de machtiging binnen is.</translation>
    </message>
    <message>
        <source>Mandate pause</source>
        <extracomment>Dutch: &quot;Pauze voor de machtiging&quot;</extracomment>
        <translation>Pauze voor de machtiging</translation>
    </message>
    <message>
        <source>This version holds no disclosures of this data subject&apos;s data to third parties.</source>
        <translation>In deze versie staan geen verstrekkingen van gegevens van deze betrokkene aan derden.</translation>
    </message>
    <message>
        <source>The registered disclosures of this data subject&apos;s data to a third party or processor that the data subject may know of, oldest first. Other persons a disclosure also concerned are not named here.</source>
        <translation>De geregistreerde verstrekkingen van gegevens van betrokkene aan een derde of verwerker die betrokkene mag kennen, oudste eerst. Andere personen om wie een verstrekking ook ging, worden hier niet genoemd.</translation>
    </message>
    <message>
        <source>What the data subject asked</source>
        <translation>Wat betrokkene vroeg</translation>
    </message>
    <message>
        <source>Access report sent</source>
        <translation>Verstuurd inzageoverzicht</translation>
    </message>
    <message>
        <source>[not to be given to the complainant]</source>
        <extracomment>Dutch: &quot;[niet aan klager verstrekken]&quot;</extracomment>
        <translation>[niet aan klager verstrekken]</translation>
    </message>
    <message>
        <source>Request as registered</source>
        <translation>Verzoek zoals geregistreerd</translation>
    </message>
    <message>
        <source>no description was typed at intake</source>
        <translation>bij de registratie is geen omschrijving ingevuld</translation>
    </message>
    <message>
        <source>The e-mail %1 as received</source>
        <translation>De e-mail %1 zoals ontvangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>(the e-mail has no text)</source>
        <translation>(de e-mail heeft geen tekst)</translation>
    </message>
    <message>
        <source>No access report or data export was made with Privacydesk for this request.</source>
        <translation>Voor dit verzoek is met Privacydesk geen inzageoverzicht of gegevensexport gemaakt.</translation>
    </message>
    <message>
        <source>The access report and data files made for this request, with the SHA-256 of each file as written: compare it with the copy the data subject received.</source>
        <translation>Het inzageoverzicht en de gegevensbestanden die voor dit verzoek zijn gemaakt, met de SHA-256 van elk bestand zoals het is geschreven: vergelijk die met het exemplaar dat betrokkene ontving.</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gemaakt door</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Parts that may not be given to the complainant are left out or replaced by %1.</source>
        <extracomment>Dutch: &quot;Delen die niet aan de klager mogen worden verstrekt, zijn weggelaten of vervangen door %1.&quot;</extracomment>
        <translation>Delen die niet aan de klager mogen worden verstrekt, zijn weggelaten of vervangen door %1.</translation>
    </message>
    <message>
        <source>Parts the complainant may not see are marked</source>
        <translation>Delen die de klager niet mag zien zijn gemarkeerd met</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Systems searched</source>
        <extracomment>Dutch: &quot;Doorzochte systemen&quot;</extracomment>
        <translation>Doorzochte systemen</translation>
    </message>
    <message>
        <source>The register of processing activities names no systems for data subjects with this relation.</source>
        <extracomment>Dutch: &quot;Het register van verwerkingen noemt geen systemen voor betrokkenen met deze relatie.&quot;</extracomment>
        <translation>Het register van verwerkingen noemt geen systemen voor betrokkenen met deze relatie.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Searched by</source>
        <translation>Doorzocht door</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>NOT SEARCHED</source>
        <extracomment>Dutch: &quot;NIET DOORZOCHT&quot;</extracomment>
        <translation>NIET DOORZOCHT</translation>
    </message>
    <message>
        <source>file: %1</source>
        <extracomment>Dutch: &quot;bestand: %1&quot;</extracomment>
        <translation>bestand: %1</translation>
    </message>
</context>
<context>
    <name>pd::CovenantService</name>
    <message>
        <source>Enter the name of the covenant.</source>
        <translation>Vul de naam van het convenant in.</translation>
    </message>
    <message>
        <source>Name at least one party to the covenant.</source>
        <translation>Noem ten minste één partij bij het convenant.</translation>
    </message>
    <message>
        <source>Enter the purpose of the covenant.</source>
        <translation>Vul het doel van het convenant in.</translation>
    </message>
    <message>
        <source>Name the statute or task the covenant rests on.</source>
        <translation>Noem de wet of taak waarop het convenant steunt.</translation>
    </message>
    <message>
        <source>Say which data the covenant covers.</source>
        <translation>Geef aan over welke gegevens het convenant gaat.</translation>
    </message>
    <message>
        <source>Enter the date from which the covenant applies.</source>
        <translation>Vul de datum in vanaf wanneer het convenant geldt.</translation>
    </message>
    <message>
        <source>The start of the covenant</source>
        <translation>Het begin van het convenant</translation>
    </message>
    <message>
        <source>The end of the covenant</source>
        <translation>Het einde van het convenant</translation>
    </message>
    <message>
        <source>The review date</source>
        <translation>De evaluatiedatum</translation>
    </message>
    <message>
        <source>The covenant ends before it begins.</source>
        <translation>Het convenant eindigt voordat het begint.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Statute or task</source>
        <translation>Wet of taak</translation>
    </message>
    <message>
        <source>Data covered</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>There is no covenant %1.</source>
        <translation>Er is geen convenant %1.</translation>
    </message>
    <message>
        <source>No signed document is kept with covenant %1.</source>
        <translation>Bij convenant %1 is geen ondertekend document bewaard.</translation>
    </message>
    <message>
        <source>The document of covenant %1 no longer matches its fingerprint: it was damaged in the store.</source>
        <translation>Het document van convenant %1 klopt niet meer met zijn vingerafdruk: het is in de kluis beschadigd.</translation>
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
        <translation>UTF-8 met BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>puntkomma (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>komma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <extracomment>%1 is the file name, %2 the system&apos;s reason</extracomment>
        <translation>Het bestand %1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row with the column names.</source>
        <translation>Het bestand is leeg: het heeft een kopregel met de kolomnamen nodig.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <extracomment>Dutch: &quot;Een veld tussen aanhalingstekens wordt niet afgesloten.&quot;</extracomment>
        <translation>Een veld tussen aanhalingstekens wordt niet afgesloten.</translation>
    </message>
    <message numerus="yes">
        <source>The record is longer than %n characters; is a quote missing?</source>
        <translation>
            <numerusform>De regel is langer dan %n teken; ontbreekt er een aanhalingsteken?</numerusform>
            <numerusform>De regel is langer dan %n tekens; ontbreekt er een aanhalingsteken?</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8 with characters that are not UTF-8 (those lines are rejected)</source>
        <extracomment>Dutch: &quot;UTF-8, met tekens die geen UTF-8 zijn (die regels worden afgekeurd)&quot;</extracomment>
        <translation>UTF-8, met tekens die geen UTF-8 zijn (die regels worden afgekeurd)</translation>
    </message>
    <message>
        <source>invalid characters (not UTF-8)</source>
        <extracomment>Dutch: &quot;ongeldige tekens (geen UTF-8)&quot;; the CLI and the wizard put &quot;regel 12: &quot; before it</extracomment>
        <translation>ongeldige tekens (geen UTF-8)</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <extracomment>Dutch: &quot;Een aanhalingsteken wordt niet afgesloten.&quot;</extracomment>
        <translation>Een aanhalingsteken wordt niet afgesloten.</translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <extracomment>Dutch: &quot;UTF-16 LE met BOM&quot; (Excel&apos;s &quot;Unicode-tekst&quot;)</extracomment>
        <translation>UTF-16 LE met BOM&quot; (Excel&apos;s &quot;Unicode-tekst</translation>
    </message>
    <message>
        <source>UTF-16 BE with BOM</source>
        <extracomment>Dutch: &quot;UTF-16 BE met BOM&quot;</extracomment>
        <translation>UTF-16 BE met BOM</translation>
    </message>
    <message>
        <source>The file holds NUL bytes: it is UTF-16 without a byte order mark (BOM), or not a text file. Save it in Excel as “CSV UTF-8” or as “Unicode text”.</source>
        <extracomment>Dutch: &quot;Het bestand bevat NUL-bytes: het is UTF-16 zonder byte order mark (BOM) of geen tekstbestand. Sla het in Excel op als “CSV UTF-8” of als “Unicode-tekst”.&quot;</extracomment>
        <translation>Het bestand bevat NUL-bytes: het is UTF-16 zonder byte order mark (BOM) of geen tekstbestand. Sla het in Excel op als “CSV UTF-8” of als “Unicode-tekst”.</translation>
    </message>
    <message>
        <source>invalid characters (not UTF-16)</source>
        <extracomment>Dutch: &quot;ongeldige tekens (geen UTF-16)&quot;; the CLI and the wizard put &quot;regel 12: &quot; before it</extracomment>
        <translation>ongeldige tekens (geen UTF-16)&quot;; the CLI and the wizard put &quot;regel 12: </translation>
    </message>
</context>
<context>
    <name>pd::DashboardService</name>
    <message>
        <source>Request files</source>
        <translation>Verzoekdossiers</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Overige gegevens</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
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
    <name>pd::DisclosureCodes</name>
    <message>
        <source>Name and address</source>
        <translation>Naam en adres</translation>
    </message>
    <message>
        <source>Phone number and e-mail</source>
        <translation>Telefoonnummer en e-mailadres</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Tenancy and dwelling</source>
        <translation>Huurovereenkomst en woning</translation>
    </message>
    <message>
        <source>Payments and rent arrears</source>
        <translation>Betalingen en huurachterstand</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation>Gezinssamenstelling</translation>
    </message>
    <message>
        <source>Nuisance reports</source>
        <translation>Overlastmeldingen</translation>
    </message>
    <message>
        <source>Health (special category)</source>
        <translation>Gezondheid (bijzonder persoonsgegeven)</translation>
    </message>
    <message>
        <source>Criminal data</source>
        <translation>Strafrechtelijke gegevens</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Art. 6(1)(a) consent</source>
        <translation>Art. 6 lid 1 sub a AVG: toestemming</translation>
    </message>
    <message>
        <source>Art. 6(1)(b) contract</source>
        <translation>Art. 6 lid 1 sub b AVG: overeenkomst</translation>
    </message>
    <message>
        <source>Art. 6(1)(c) legal obligation</source>
        <translation>Art. 6 lid 1 sub c AVG: wettelijke verplichting</translation>
    </message>
    <message>
        <source>Art. 6(1)(d) vital interest</source>
        <translation>Art. 6 lid 1 sub d AVG: vitaal belang</translation>
    </message>
    <message>
        <source>Art. 6(1)(e) public task</source>
        <translation>Art. 6 lid 1 sub e AVG: taak van algemeen belang</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) legitimate interest</source>
        <translation>Art. 6 lid 1 sub f AVG: gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>Not informed: prohibited by law</source>
        <translation>Niet geïnformeerd: wettelijk verboden</translation>
    </message>
    <message>
        <source>Still to inform</source>
        <translation>Nog te informeren</translation>
    </message>
    <message>
        <source>Bank account number</source>
        <extracomment>Dutch: &quot;Bankrekeningnummer&quot;</extracomment>
        <translation>Bankrekeningnummer</translation>
    </message>
</context>
<context>
    <name>pd::DisclosureService</name>
    <message>
        <source>Enter the date of the disclosure.</source>
        <translation>Vul de datum van de verstrekking in.</translation>
    </message>
    <message>
        <source>The date of the disclosure lies in the future.</source>
        <translation>De datum van de verstrekking ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Choose the recipient.</source>
        <translation>Kies de ontvanger.</translation>
    </message>
    <message>
        <source>Choose at least one person whose data was disclosed.</source>
        <translation>Kies ten minste één persoon van wie gegevens zijn verstrekt.</translation>
    </message>
    <message>
        <source>Say which data was disclosed.</source>
        <translation>Geef aan welke gegevens zijn verstrekt.</translation>
    </message>
    <message>
        <source>Enter the purpose of the disclosure.</source>
        <translation>Vul het doel van de verstrekking in.</translation>
    </message>
    <message>
        <source>Name the statute or covenant that requires or permits the disclosure.</source>
        <translation>Noem de wet of het convenant dat de verstrekking verplicht of toestaat.</translation>
    </message>
    <message>
        <source>Enter the date on which the data subject was informed.</source>
        <translation>Vul de datum in waarop de betrokkene is geïnformeerd.</translation>
    </message>
    <message>
        <source>The date on which the data subject was informed lies in the future.</source>
        <translation>De datum waarop de betrokkene is geïnformeerd ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Say which law forbids informing the data subject.</source>
        <translation>Geef aan welke wet verbiedt om de betrokkene te informeren.</translation>
    </message>
    <message>
        <source>This disclosure no longer exists.</source>
        <translation>Deze verstrekking bestaat niet meer.</translation>
    </message>
    <message>
        <source>The recipient is not in the catalogue.</source>
        <translation>De ontvanger staat niet in de catalogus.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; has been archived.</source>
        <translation>De ontvanger ‘%1’ is gearchiveerd.</translation>
    </message>
    <message>
        <source>Data disclosed</source>
        <translation>Verstrekte gegevens</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Statute or covenant</source>
        <translation>Wet of convenant</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <source>Reason for not informing</source>
        <translation>Reden om niet te informeren</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
    <message>
        <source>One of the persons no longer exists.</source>
        <translation>Een van de personen bestaat niet meer.</translation>
    </message>
    <message>
        <source>Recipients are told only after a rectification, erasure or restriction has been (partly) granted.</source>
        <translation>Ontvangers worden pas geïnformeerd nadat een verzoek om rectificatie, verwijdering of beperking (gedeeltelijk) is toegewezen.</translation>
    </message>
    <message>
        <source>This recipient did not receive the person&apos;s data.</source>
        <translation>Deze ontvanger heeft geen gegevens van deze persoon ontvangen.</translation>
    </message>
    <message>
        <source>Enter the date on which the recipient was told; it cannot lie in the future.</source>
        <translation>Vul de datum in waarop de ontvanger is geïnformeerd; die kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The recipient cannot have been told before the request was received.</source>
        <translation>De ontvanger kan niet zijn geïnformeerd voordat het verzoek binnenkwam.</translation>
    </message>
    <message>
        <source>The date of the disclosure</source>
        <translation>De datum van de verstrekking</translation>
    </message>
    <message>
        <source>Why the data subject may not be informed</source>
        <translation>Waarom de betrokkene niet mag worden geïnformeerd</translation>
    </message>
    <message>
        <source>The date on which the data subject was informed</source>
        <translation>De datum waarop de betrokkene is geïnformeerd</translation>
    </message>
    <message>
        <source>Say why telling this recipient proved impossible or would take disproportionate effort.</source>
        <translation>Geef aan waarom het informeren van deze ontvanger onmogelijk bleek of onevenredig veel inspanning zou vergen.</translation>
    </message>
    <message>
        <source>Why the recipient is not told</source>
        <translation>Waarom de ontvanger niet is geïnformeerd</translation>
    </message>
    <message>
        <source>Not applicable: this recipient never received the data that changed (%1).</source>
        <extracomment>Dutch: &quot;Niet van toepassing: deze ontvanger heeft de gegevens die zijn gewijzigd (%1) nooit van ons gekregen.&quot;</extracomment>
        <translation>Niet van toepassing: deze ontvanger heeft de gewijzigde gegevens (%1) nooit van ons gekregen.</translation>
    </message>
    <message>
        <source>This recipient never received the data that changed (%1): art. 19 GDPR does not apply to it.</source>
        <extracomment>Dutch: &quot;Deze ontvanger heeft de gegevens die zijn gewijzigd (%1) nooit gekregen: artikel 19 AVG geldt niet voor deze ontvanger.&quot;</extracomment>
        <translation>Deze ontvanger heeft de gewijzigde gegevens (%1) nooit gekregen: art. 19 AVG geldt niet voor deze ontvanger.</translation>
    </message>
    <message>
        <source>There is no covenant %1.</source>
        <translation>Er is geen convenant %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer number(s) name nobody: %1</source>
        <translation>
            <numerusform>%n klantnummer noemt niemand: %1</numerusform>
            <numerusform>%n klantnummers noemen niemand: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer number(s) belong to more than one person: %1</source>
        <translation>
            <numerusform>%n klantnummer hoort bij meer dan één persoon: %1</numerusform>
            <numerusform>%n klantnummers horen bij meer dan één persoon: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Niet gelezen: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::DpiaRegister</name>
    <message>
        <source>Unknown</source>
        <extracomment>Dutch: &quot;Onbekend&quot;</extracomment>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Low</source>
        <extracomment>Dutch: &quot;Laag&quot;</extracomment>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>Dutch: &quot;Middel&quot;</extracomment>
        <translation>Middel</translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>Dutch: &quot;Hoog&quot;</extracomment>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Processing activity %1 has no DPIA assessment.</source>
        <extracomment>Dutch: &quot;Verwerking %1 heeft geen DPIA-beoordeling.&quot;</extracomment>
        <translation>Verwerking %1 heeft geen DPIA-beoordeling.</translation>
    </message>
    <message>
        <source>Processing activity %1 already has a DPIA assessment: change it with dpia set.</source>
        <extracomment>Dutch: &quot;Verwerking %1 heeft al een DPIA-beoordeling: wijzig die met dpia set.&quot;</extracomment>
        <translation>Verwerking %1 heeft al een DPIA-beoordeling: wijzig die met dpia set.</translation>
    </message>
    <message>
        <source>Why (not) needed</source>
        <extracomment>Dutch: &quot;Waarom (niet) nodig&quot;</extracomment>
        <translation>Waarom (niet) nodig</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Dutch: &quot;Uitkomst&quot;</extracomment>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Consultation of the AP</source>
        <extracomment>Dutch: &quot;Raadpleging AP&quot;</extracomment>
        <translation>Raadpleging AP</translation>
    </message>
    <message>
        <source>Choose the processing activity.</source>
        <extracomment>Dutch: &quot;Kies de verwerking.&quot;</extracomment>
        <translation>Kies de verwerking.</translation>
    </message>
    <message>
        <source>Not a known code: %1.</source>
        <extracomment>Dutch: &quot;Geen bekende code: %1.&quot;</extracomment>
        <translation>Geen bekende code: %1.</translation>
    </message>
    <message>
        <source>This processing is on the AP&apos;s list (%1): a DPIA is then always required (art. 35(4) GDPR).</source>
        <extracomment>Dutch: &quot;Deze verwerking staat op de lijst van de AP (%1): een DPIA is dan altijd verplicht (art. 35 lid 4 AVG).&quot;</extracomment>
        <translation>Deze verwerking staat op de lijst van de AP (%1): een DPIA is dan altijd verplicht (art. 35 lid 4 AVG).</translation>
    </message>
    <message>
        <source>Art. 35(3)(%1) GDPR applies: a DPIA is then required.</source>
        <extracomment>Dutch: &quot;Art. 35 lid 3 sub %1 AVG geldt: een DPIA is dan vereist.&quot;</extracomment>
        <translation>Art. 35 lid 3 sub %1 AVG geldt: een DPIA is dan vereist.</translation>
    </message>
    <message>
        <source>Two or more criteria of the EDPB: a DPIA is likely needed. Explain why it is not.</source>
        <extracomment>Dutch: &quot;Twee of meer criteria van de EDPB: een DPIA is waarschijnlijk nodig. Leg uit waarom die niet nodig is.&quot;</extracomment>
        <translation>Twee of meer criteria van de EDPB: een DPIA is waarschijnlijk nodig. Leg uit waarom die niet nodig is.</translation>
    </message>
    <message>
        <source>Explain why no DPIA is needed.</source>
        <translation>Leg uit waarom geen DPIA nodig is.</translation>
    </message>
    <message>
        <source>An outcome or residual risk belongs to a DPIA: fill in the date of the DPIA.</source>
        <extracomment>Dutch: &quot;Een uitkomst of restrisico hoort bij een DPIA: vul de datum van de DPIA in.&quot;</extracomment>
        <translation>Een uitkomst of restrisico hoort bij een DPIA: vul de datum van de DPIA in.</translation>
    </message>
    <message>
        <source>The review date lies before the DPIA.</source>
        <extracomment>Dutch: &quot;De herbeoordeling ligt vóór de DPIA.&quot;</extracomment>
        <translation>De herbeoordeling ligt vóór de DPIA.</translation>
    </message>
    <message>
        <source>The AP is consulted beforehand when the residual risk stays high (art. 36(1) GDPR): set the residual risk to high.</source>
        <extracomment>Dutch: &quot;De AP wordt vooraf geraadpleegd als het restrisico hoog blijft (art. 36 lid 1 AVG): zet het restrisico op hoog.&quot;</extracomment>
        <translation>De AP wordt vooraf geraadpleegd als het restrisico hoog blijft (art. 36 lid 1 AVG): zet het restrisico op hoog.</translation>
    </message>
    <message>
        <source>A DPIA is needed and not done yet: do it before the processing (art. 35(1) GDPR).</source>
        <extracomment>Dutch: &quot;Een DPIA is nodig en nog niet gedaan: doe die vóór de verwerking (art. 35 lid 1 AVG).&quot;</extracomment>
        <translation>Een DPIA is nodig en nog niet gedaan: doe die vóór de verwerking (art. 35 lid 1 AVG).</translation>
    </message>
    <message>
        <source>The residual risk stays high: consult the AP before the processing (art. 36(1) GDPR).</source>
        <extracomment>Dutch: &quot;Het restrisico blijft hoog: raadpleeg de AP vóór de verwerking (art. 36 lid 1 AVG).&quot;</extracomment>
        <translation>Het restrisico blijft hoog: raadpleeg de AP vóór de verwerking (art. 36 lid 1 AVG).</translation>
    </message>
    <message>
        <source>The review was due on %1.</source>
        <extracomment>Dutch: &quot;Herbeoordeling was gepland op %1.&quot;</extracomment>
        <translation>Herbeoordeling was gepland op %1.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <extracomment>Dutch: &quot;Niet beoordeeld&quot;</extracomment>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>DPIA %1</source>
        <extracomment>Dutch: &quot;DPIA %1&quot;</extracomment>
        <translation>DPIA %1</translation>
    </message>
    <message>
        <source>DPIA needed, not done</source>
        <extracomment>Dutch: &quot;DPIA nodig, nog niet gedaan&quot;</extracomment>
        <translation>DPIA nodig, nog niet gedaan</translation>
    </message>
    <message>
        <source>No DPIA needed</source>
        <extracomment>Dutch: &quot;Geen DPIA nodig&quot;</extracomment>
        <translation>Geen DPIA nodig</translation>
    </message>
</context>
<context>
    <name>pd::EncryptedPdf</name>
    <message>
        <source>No password could be made.</source>
        <extracomment>Dutch: &quot;Er kon geen wachtwoord worden gemaakt.&quot;</extracomment>
        <translation>Er kon geen wachtwoord worden gemaakt.</translation>
    </message>
    <message>
        <source>The PDF could not be encrypted: %1</source>
        <extracomment>Dutch: &quot;De PDF kon niet worden versleuteld: %1&quot;</extracomment>
        <translation>De PDF kon niet worden versleuteld: %1</translation>
    </message>
    <message>
        <source>by text message</source>
        <extracomment>Dutch: &quot;per sms&quot;</extracomment>
        <translation>per sms</translation>
    </message>
    <message>
        <source>by phone</source>
        <extracomment>Dutch: &quot;per telefoon&quot;</extracomment>
        <translation>per telefoon</translation>
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
        <translation>BSN-waarschuwing terzijde gelegd (bevestigd: geen BSN)</translation>
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
        <translation>Gebeurtenis ‘%1’</translation>
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
        <translation>Verzoek afgerond door %1: %2; antwoord verstuurd op %3</translation>
    </message>
    <message>
        <source>Request completed by %1: %2; answer sent on %3 (%4)</source>
        <translation>Verzoek afgerond door %1: %2; antwoord verstuurd op %3 (%4)</translation>
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
    <message>
        <source>Recipient told of the change (art. 19)</source>
        <translation>Ontvanger geïnformeerd over de wijziging (art. 19)</translation>
    </message>
    <message>
        <source>Data subject updated</source>
        <translation>Betrokkene bijgewerkt</translation>
    </message>
    <message>
        <source>Disclosure registered</source>
        <translation>Verstrekking vastgelegd</translation>
    </message>
    <message>
        <source>Disclosure changed</source>
        <translation>Verstrekking gewijzigd</translation>
    </message>
    <message>
        <source>Disclosure removed</source>
        <translation>Verstrekking verwijderd</translation>
    </message>
    <message>
        <source>Recipient added</source>
        <translation>Ontvanger toegevoegd</translation>
    </message>
    <message>
        <source>Recipient changed</source>
        <translation>Ontvanger gewijzigd</translation>
    </message>
    <message>
        <source>Recipient archived</source>
        <translation>Ontvanger gearchiveerd</translation>
    </message>
    <message>
        <source>Recipient removed</source>
        <translation>Ontvanger verwijderd</translation>
    </message>
    <message>
        <source>Processing activity added</source>
        <translation>Verwerking toegevoegd</translation>
    </message>
    <message>
        <source>Processing activity changed</source>
        <translation>Verwerking gewijzigd</translation>
    </message>
    <message>
        <source>Processing activity removed</source>
        <translation>Verwerking verwijderd</translation>
    </message>
    <message>
        <source>Request files destroyed under the retention rules</source>
        <translation>Verzoekdossiers vernietigd volgens de bewaartermijnen</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Instelling gewijzigd</translation>
    </message>
    <message>
        <source>%1 recorded that %2 was told of the change on %3 (art. 19)</source>
        <translation>%1 legde vast dat %2 op %3 over de wijziging is geïnformeerd (art. 19)</translation>
    </message>
    <message>
        <source>Access report or data export made</source>
        <translation>Inzageoverzicht of gegevensexport gemaakt</translation>
    </message>
    <message>
        <source>Letter generated</source>
        <translation>Brief gemaakt</translation>
    </message>
    <message>
        <source>AP reference recorded</source>
        <translation>Kenmerk AP vastgelegd</translation>
    </message>
    <message>
        <source>Letter template changed</source>
        <translation>Briefsjabloon gewijzigd</translation>
    </message>
    <message>
        <source>Letter template reset to the default</source>
        <translation>Briefsjabloon teruggezet naar de standaardtekst</translation>
    </message>
    <message numerus="yes">
        <source>Access report or data export made by %1 (%2); %n of %3 fragment(s) of other people&apos;s data redacted</source>
        <translation>
            <numerusform>Inzageoverzicht of gegevensexport gemaakt door %1 (%2); %n van %3 fragment met gegevens van anderen weggelaten</numerusform>
            <numerusform>Inzageoverzicht of gegevensexport gemaakt door %1 (%2); %n van %3 fragmenten met gegevens van anderen weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter “%2” generated by %1 (SHA-256 %3…)</source>
        <translation>Brief ‘%2’ gemaakt door %1 (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>AP reference removed by %1</source>
        <translation>Kenmerk AP verwijderd door %1</translation>
    </message>
    <message>
        <source>AP reference of the complaint recorded by %1: %2</source>
        <translation>Kenmerk AP van de klacht vastgelegd door %1: %2</translation>
    </message>
    <message>
        <source>Letter template “%2” reset to the default by %1</source>
        <translation>Briefsjabloon ‘%2’ teruggezet naar de standaardtekst door %1</translation>
    </message>
    <message>
        <source>Letter template “%2” changed by %1</source>
        <translation>Briefsjabloon ‘%2’ gewijzigd door %1</translation>
    </message>
    <message>
        <source>File kept with the request</source>
        <translation>Bestand bij het verzoek bewaard</translation>
    </message>
    <message>
        <source>Copy of a file saved</source>
        <translation>Kopie van een bestand opgeslagen</translation>
    </message>
    <message>
        <source>Copy of file %2 saved by %1 (SHA-256 %3…)</source>
        <translation>Kopie van bestand %2 opgeslagen door %1 (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>%2 kept with the request by %1: %3 (SHA-256 %4…)</source>
        <translation>%2 bij het verzoek bewaard door %1: %3 (SHA-256 %4…)</translation>
    </message>
    <message>
        <source>%1; the objection is against direct marketing</source>
        <translation>%1; het bezwaar richt zich tegen direct marketing</translation>
    </message>
    <message>
        <source>%1; reasons: %2</source>
        <translation>%1; motivering: %2</translation>
    </message>
    <message>
        <source>%1; decided without a recorded identification: %2</source>
        <translation>%1; beslist zonder vastgelegde identificatie: %2</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Brief verstuurd</translation>
    </message>
    <message>
        <source>%1 recorded that letter “%2” was sent on %3 (%4)</source>
        <translation>%1 heeft vastgelegd dat de brief ‘%2’ op %3 is verstuurd (%4)</translation>
    </message>
    <message>
        <source>Recipient not told: impossible or disproportionate (art. 19)</source>
        <translation>Ontvanger niet geïnformeerd: onmogelijk of onevenredig veel inspanning (art. 19)</translation>
    </message>
    <message>
        <source>%1 recorded that telling %2 of the change proved impossible or would take disproportionate effort (art. 19): %3</source>
        <translation>%1 legde vast dat het informeren van %2 over de wijziging onmogelijk bleek of onevenredig veel inspanning zou vergen (art. 19): %3</translation>
    </message>
    <message>
        <source>Letter “%2” generated by %1 and sent to printer %4 (job %5) (SHA-256 %3…)</source>
        <translation>Brief ‘%2’ gemaakt door %1 en naar printer %4 gestuurd (opdracht %5) (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>Data breach reported</source>
        <translation>Datalek geregistreerd</translation>
    </message>
    <message>
        <source>Data breach changed</source>
        <translation>Datalek gewijzigd</translation>
    </message>
    <message>
        <source>Risk assessed</source>
        <translation>Risico beoordeeld</translation>
    </message>
    <message>
        <source>Decision on notifying the AP</source>
        <translation>Beslissing over melden aan de AP</translation>
    </message>
    <message>
        <source>Decision on informing the people concerned</source>
        <translation>Beslissing over informeren van de betrokkenen</translation>
    </message>
    <message>
        <source>Notified to the AP</source>
        <translation>Gemeld bij de AP</translation>
    </message>
    <message>
        <source>Follow-up notification to the AP</source>
        <translation>Vervolgmelding aan de AP</translation>
    </message>
    <message>
        <source>People concerned informed</source>
        <translation>Betrokkenen geïnformeerd</translation>
    </message>
    <message>
        <source>Person concerned informed</source>
        <translation>Betrokkene geïnformeerd</translation>
    </message>
    <message>
        <source>Persons concerned changed</source>
        <translation>Gekoppelde betrokkenen gewijzigd</translation>
    </message>
    <message>
        <source>Data breach closed</source>
        <translation>Datalek afgesloten</translation>
    </message>
    <message>
        <source>Data breach reopened</source>
        <translation>Datalek heropend</translation>
    </message>
    <message>
        <source>Data breach destroyed under the retention rule</source>
        <translation>Datalek vernietigd volgens de bewaarregel</translation>
    </message>
    <message>
        <source>Data breach reported by %1: %2 (discovered on %3)</source>
        <translation>Datalek geregistreerd door %1: %2 (ontdekt op %3)</translation>
    </message>
    <message>
        <source>Data breach changed by %1: %2</source>
        <translation>Datalek gewijzigd door %1: %2</translation>
    </message>
    <message>
        <source>Risk assessed by %1: %2; %3</source>
        <translation>Risico beoordeeld door %1: %2; %3</translation>
    </message>
    <message>
        <source>%1 decided to notify the AP of the data breach</source>
        <translation>%1 besloot het datalek te melden aan de AP</translation>
    </message>
    <message>
        <source>%1 decided not to notify the AP of the data breach</source>
        <translation>%1 besloot het datalek niet te melden aan de AP</translation>
    </message>
    <message>
        <source>%1 decided to inform the people concerned</source>
        <translation>%1 besloot de betrokkenen te informeren</translation>
    </message>
    <message>
        <source>%1 decided not to inform the people concerned</source>
        <translation>%1 besloot de betrokkenen niet te informeren</translation>
    </message>
    <message>
        <source>Notified to the AP by %1 on %2, reference number %3; after the 72 hours: %4</source>
        <translation>Gemeld bij de AP door %1 op %2, meldnummer %3; na de 72 uur: %4</translation>
    </message>
    <message>
        <source>Notified to the AP by %1 on %2, reference number %3</source>
        <translation>Gemeld bij de AP door %1 op %2, meldnummer %3</translation>
    </message>
    <message>
        <source>%2 sent to the AP by %1 on %3, reference number %4: %5</source>
        <translation>%2 op %3 door %1 aan de AP verstuurd, meldnummer %4: %5</translation>
    </message>
    <message>
        <source>%1 recorded a public notice on %2: %3; why: %4</source>
        <translation>%1 legde een openbare mededeling vast op %2: %3; waarom: %4</translation>
    </message>
    <message>
        <source>%1 recorded that the people concerned were informed on %2: %3</source>
        <translation>%1 legde vast dat de betrokkenen op %2 zijn geïnformeerd: %3</translation>
    </message>
    <message>
        <source>%1 recorded that a person concerned was informed on %2</source>
        <translation>%1 legde vast dat een betrokkene op %2 is geïnformeerd</translation>
    </message>
    <message>
        <source>Persons concerned changed by %1: %2 linked, %3 unlinked</source>
        <translation>Gekoppelde betrokkenen gewijzigd door %1: %2 gekoppeld, %3 ontkoppeld</translation>
    </message>
    <message>
        <source>Data breach destroyed by %1 under the retention rule (expired on %2): %3</source>
        <translation>Datalek vernietigd door %1 volgens de bewaarregel (verlopen op %2): %3</translation>
    </message>
    <message>
        <source>Changed outside Privacydesk</source>
        <extracomment>Dutch: &quot;Buiten Privacydesk om gewijzigd&quot;</extracomment>
        <translation>Buiten Privacydesk om gewijzigd</translation>
    </message>
    <message>
        <source>Changed outside Privacydesk by %1, with SQL: %2 in the table %3, row %4 (columns: %5)</source>
        <extracomment>Dutch: &quot;Buiten Privacydesk om gewijzigd door %1, met SQL: %2 in de tabel %3, rij %4 (kolommen: %5)&quot;</extracomment>
        <translation>Buiten Privacydesk om gewijzigd door %1, met SQL: %2 in de tabel %3, rij %4 (kolommen: %5)</translation>
    </message>
    <message>
        <source>Deadline recomputed</source>
        <extracomment>Dutch: &quot;Termijn herberekend&quot;</extracomment>
        <translation>Termijn herberekend</translation>
    </message>
    <message>
        <source>Details destroyed</source>
        <extracomment>Dutch: &quot;Details vernietigd&quot;</extracomment>
        <translation>Details vernietigd</translation>
    </message>
    <message>
        <source>A data subject&apos;s details removed from the disclosure under the retention rules</source>
        <extracomment>Dutch: &quot;Gegevens van een betrokkene uit de verstrekking vernietigd volgens de bewaartermijn&quot;</extracomment>
        <translation>Gegevens van een betrokkene uit de verstrekking vernietigd volgens de bewaartermijn</translation>
    </message>
    <message>
        <source>Letter to a data subject destroyed under the retention rules</source>
        <extracomment>Dutch: &quot;Brief aan een betrokkene vernietigd volgens de bewaartermijn&quot;</extracomment>
        <translation>Brief aan een betrokkene vernietigd volgens de bewaartermijn</translation>
    </message>
    <message>
        <source>Deadline recomputed by %1 after a change of the deadline policy: from %2 to %3</source>
        <extracomment>Dutch: &quot;Termijn herberekend door %1 na een wijziging van het termijnbeleid: van %2 naar %3&quot;</extracomment>
        <translation>Termijn herberekend door %1 na een wijziging van het termijnbeleid: van %2 naar %3</translation>
    </message>
    <message numerus="yes">
        <source>The details of %n event(s) destroyed by %1 under the retention rule (recorded by the server)</source>
        <extracomment>Dutch: &quot;De details van %n gebeurtenis(sen) vernietigd door %1 volgens de bewaartermijn (vastgelegd door de server)&quot;</extracomment>
        <translation>
            <numerusform>De details van %n gebeurtenis vernietigd door %1 volgens de bewaartermijn (vastgelegd door de server)</numerusform>
            <numerusform>De details van %n gebeurtenissen vernietigd door %1 volgens de bewaartermijn (vastgelegd door de server)</numerusform>
        </translation>
    </message>
    <message>
        <source>Request files destroyed by %1 under the retention rules (%2)</source>
        <extracomment>Dutch: &quot;Dossier van het verzoek vernietigd door %1 volgens de bewaartermijn (%2)&quot;</extracomment>
        <translation>Dossier van het verzoek vernietigd door %1 volgens de bewaartermijn (%2)</translation>
    </message>
    <message>
        <source>%1 by %2 (details missing: the audit trail records no destruction under the retention rule)</source>
        <extracomment>Dutch: &quot;%1 door %2 (details ontbreken: de audittrail legt geen vernietiging volgens de bewaartermijn vast)&quot;</extracomment>
        <translation>%1 door %2 (details ontbreken: de audittrail legt geen vernietiging volgens de bewaartermijn vast)</translation>
    </message>
    <message>
        <source>Receiving controller recorded (art. 20(2))</source>
        <extracomment>Dutch: &quot;Ontvangende organisatie vastgelegd (art. 20 lid 2)&quot;</extracomment>
        <translation>Ontvangende organisatie vastgelegd (art. 20 lid 2)</translation>
    </message>
    <message>
        <source>Data export made for another controller (art. 20(2))</source>
        <extracomment>Dutch: &quot;Gegevensexport gemaakt voor een andere organisatie (art. 20 lid 2)&quot;</extracomment>
        <translation>Gegevensexport gemaakt voor een andere organisatie (art. 20 lid 2)</translation>
    </message>
    <message>
        <source>Mandate requested</source>
        <extracomment>Dutch: &quot;Machtiging gevraagd&quot;</extracomment>
        <translation>Machtiging gevraagd</translation>
    </message>
    <message>
        <source>Mandate received</source>
        <extracomment>Dutch: &quot;Machtiging ontvangen&quot;</extracomment>
        <translation>Machtiging ontvangen</translation>
    </message>
    <message>
        <source>Access report made for the request</source>
        <extracomment>Dutch: &quot;Inzageoverzicht gemaakt voor het verzoek&quot;</extracomment>
        <translation>Inzageoverzicht gemaakt voor het verzoek</translation>
    </message>
    <message>
        <source>AP complaint dossier made</source>
        <extracomment>Dutch: &quot;Klachtdossier AP gemaakt&quot;</extracomment>
        <translation>Klachtdossier AP gemaakt</translation>
    </message>
    <message>
        <source>Mandate of %2 requested by %1 on %3; the deadline waits until it arrives</source>
        <extracomment>Dutch: &quot;Machtiging van %2 gevraagd door %1 op %3; de termijn wacht tot zij binnen is&quot;</extracomment>
        <translation>Machtiging van %2 gevraagd door %1 op %3; de termijn wacht tot zij binnen is</translation>
    </message>
    <message numerus="yes">
        <source>Mandate received, recorded by %1: on %2; the deadline stood still %n day(s), new deadline %3</source>
        <extracomment>Dutch: &quot;Machtiging ontvangen, vastgelegd door %1: op %2; de termijn stond %n dag(en) stil, nieuwe termijn %3&quot;</extracomment>
        <translation>
            <numerusform>Machtiging ontvangen, vastgelegd door %1: op %2; de termijn stond %n dag stil, nieuwe termijn %3</numerusform>
            <numerusform>Machtiging ontvangen, vastgelegd door %1: op %2; de termijn stond %n dagen stil, nieuwe termijn %3</numerusform>
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
        <translation>Inzageoverzicht voor dit verzoek gemaakt door %1 op %2: %3</translation>
    </message>
    <message>
        <source>AP complaint dossier made by %1: %2 (SHA-256 %3)</source>
        <extracomment>Dutch: &quot;Klachtdossier AP gemaakt door %1: %2 (SHA-256 %3)&quot;</extracomment>
        <translation>Klachtdossier AP gemaakt door %1: %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>the version for the complainant</source>
        <extracomment>Dutch: &quot;de versie voor de klager&quot;</extracomment>
        <translation>de versie voor de klager</translation>
    </message>
    <message>
        <source>the complete version, for the AP</source>
        <translation>de volledige versie, voor de AP</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <extracomment>Dutch: &quot;%1 (SHA-256 %2)&quot;</extracomment>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Data export for %2 (%3) made by %1: %4</source>
        <extracomment>Dutch: &quot;Gegevensexport voor %2 (%3) gemaakt door %1: %4&quot;</extracomment>
        <translation>Gegevensexport voor %2 (%3) gemaakt door %1: %4</translation>
    </message>
    <message>
        <source>%1; the text was edited by hand before the letter was made</source>
        <extracomment>Dutch: &quot;%1; de tekst is met de hand aangepast voordat de brief werd gemaakt&quot;</extracomment>
        <translation>%1; de tekst is met de hand aangepast voordat de brief werd gemaakt</translation>
    </message>
    <message>
        <source>AP complaint dossier printed</source>
        <extracomment>Dutch: &quot;Klachtdossier AP afgedrukt&quot;</extracomment>
        <translation>Klachtdossier AP afgedrukt</translation>
    </message>
    <message numerus="yes">
        <source>AP complaint dossier printed by %1 to a file: %2, %n page(s) (SHA-256 %3)</source>
        <extracomment>Dutch: &quot;Klachtdossier AP afgedrukt door %1 naar een bestand: %2, %n pagina(&apos;s) (SHA-256 %3)&quot;</extracomment>
        <translation>
            <numerusform>Klachtdossier AP afgedrukt door %1 naar een bestand: %2, %n pagina (SHA-256 %3)</numerusform>
            <numerusform>Klachtdossier AP afgedrukt door %1 naar een bestand: %2, %n pagina&apos;s (SHA-256 %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AP complaint dossier printed by %1 on printer %3 (job %4): %2, %n page(s)</source>
        <extracomment>Dutch: &quot;Klachtdossier AP afgedrukt door %1 op printer %3 (opdracht %4): %2, %n pagina(&apos;s)&quot;</extracomment>
        <translation>
            <numerusform>Klachtdossier AP afgedrukt door %1 op printer %3 (opdracht %4): %2, %n pagina</numerusform>
            <numerusform>Klachtdossier AP afgedrukt door %1 op printer %3 (opdracht %4): %2, %n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold on outside data recorded</source>
        <extracomment>Dutch: &quot;Bewaring van gegevens buiten Privacydesk vastgelegd&quot;</extracomment>
        <translation>Bewaring van gegevens buiten Privacydesk vastgelegd</translation>
    </message>
    <message>
        <source>Outside data secured</source>
        <extracomment>Dutch: &quot;Gegevens buiten Privacydesk veiliggesteld&quot;</extracomment>
        <translation>Gegevens buiten Privacydesk veiliggesteld</translation>
    </message>
    <message>
        <source>Hold on outside data released</source>
        <extracomment>Dutch: &quot;Bewaring van gegevens buiten Privacydesk vrijgegeven&quot;</extracomment>
        <translation>Bewaring van gegevens buiten Privacydesk vrijgegeven</translation>
    </message>
    <message>
        <source>Processing restricted (art. 18 GDPR)</source>
        <extracomment>Dutch: &quot;Verwerking beperkt (art. 18 AVG)&quot;</extracomment>
        <translation>Verwerking beperkt (art. 18 AVG)</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <extracomment>Dutch: &quot;Beperking van de verwerking opgeheven&quot;</extracomment>
        <translation>Beperking van de verwerking opgeheven</translation>
    </message>
    <message>
        <source>Hold on data outside Privacydesk recorded by %1: %2, %3; recorded on %4, the system overwrites it on %5</source>
        <translation>Bewaring van gegevens buiten Privacydesk vastgelegd door %1: %2, %3; opgenomen op %4, het systeem overschrijft dit op %5</translation>
    </message>
    <message>
        <source>; secured on %1 by %2</source>
        <translation>; veiliggesteld op %1 door %2</translation>
    </message>
    <message>
        <source>; kept until %1</source>
        <translation>; vastgelegd tot %1</translation>
    </message>
    <message>
        <source>Data outside Privacydesk secured by %1: %2, on %3 by %4 (on or after the day the system overwrites them)</source>
        <translation>Gegevens buiten Privacydesk veiliggesteld door %1: %2, op %3 door %4 (op of na de dag dat het systeem ze overschrijft)</translation>
    </message>
    <message>
        <source>Data outside Privacydesk secured by %1: %2, on %3 by %4</source>
        <translation>Gegevens buiten Privacydesk veiliggesteld door %1: %2, op %3 door %4</translation>
    </message>
    <message>
        <source>Hold on data outside Privacydesk released by %1: %2; reason: %3</source>
        <translation>Bewaring van gegevens buiten Privacydesk vrijgegeven door %1: %2; reden: %3</translation>
    </message>
    <message>
        <source>Processing restricted by %1 (%2) from %3: %4; reason: %5</source>
        <translation>Verwerking beperkt door %1 (%2) vanaf %3: %4; reden: %5</translation>
    </message>
    <message>
        <source>Restriction of processing lifted by %1: %2, after the notice to the data subject (letter %3, art. 18(3) GDPR)</source>
        <extracomment>Dutch: &quot;Beperking van de verwerking opgeheven door %1: %2, na de kennisgeving aan de betrokkene (brief %3, art. 18 lid 3 AVG)&quot;</extracomment>
        <translation>Beperking van de verwerking opgeheven door %1: %2, na de kennisgeving aan de betrokkene (brief %3, art. 18 lid 3 AVG)</translation>
    </message>
    <message>
        <source>; sent encrypted; password %1</source>
        <extracomment>Dutch: &quot;; versleuteld verstuurd; wachtwoord %1&quot; (%1: &quot;per telefoon&quot;, &quot;per sms&quot;)</extracomment>
        <translation>; versleuteld verstuurd; wachtwoord %1</translation>
    </message>
</context>
<context>
    <name>pd::ExternalHoldService</name>
    <message>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
    <message>
        <source>There is no data breach %1.</source>
        <extracomment>Dutch: &quot;Er is geen datalek %1.&quot;</extracomment>
        <translation>Datalek %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 has no hold %2 on data outside Privacydesk.</source>
        <extracomment>Dutch: &quot;%1 heeft geen bewaring %2 van gegevens buiten Privacydesk.&quot;</extracomment>
        <translation>%1 heeft geen bewaring %2 van gegevens buiten Privacydesk.</translation>
    </message>
    <message>
        <source>Hold %1 was released on %2 already.</source>
        <extracomment>Dutch: &quot;Bewaring %1 is al vrijgegeven op %2.&quot;</extracomment>
        <translation>Bewaring %1 is al vrijgegeven op %2.</translation>
    </message>
    <message>
        <source>Name the system (for example the camera system) and what is secured.</source>
        <extracomment>Dutch: &quot;Noem het systeem (bijvoorbeeld het camerasysteem) en wat er wordt veiliggesteld.&quot;</extracomment>
        <translation>Noem het systeem (bijvoorbeeld het camerasysteem) en wat er wordt veiliggesteld.</translation>
    </message>
    <message>
        <source>Give the date of the recording (not in the future) and how long the system itself keeps it, for example 4w.</source>
        <extracomment>Dutch: &quot;Geef de datum van de opname (niet in de toekomst) en hoe lang het systeem zelf bewaart, bijvoorbeeld 4w.&quot;</extracomment>
        <translation>Geef de datum van de opname (niet in de toekomst) en hoe lang het systeem zelf bewaart, bijvoorbeeld 4w.</translation>
    </message>
    <message>
        <source>The day it was secured lies between the recording and today.</source>
        <extracomment>Dutch: &quot;De datum van veiligstellen ligt tussen de opname en vandaag.&quot;</extracomment>
        <translation>De datum van veiligstellen ligt tussen de opname en vandaag.</translation>
    </message>
    <message>
        <source>‘Kept until’ lies after the date of the recording.</source>
        <extracomment>Dutch: &quot;‘Vastgelegd tot’ ligt na de datum van de opname.&quot;</extracomment>
        <translation>‘Vastgelegd tot’ ligt na de datum van de opname.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>What is secured</source>
        <translation>Wat wordt veiliggesteld</translation>
    </message>
    <message>
        <source>Secured by</source>
        <translation>Veiliggesteld door</translation>
    </message>
    <message>
        <source>Hold %1 was secured on %2 already.</source>
        <extracomment>Dutch: &quot;Bewaring %1 is al veiliggesteld op %2.&quot;</extracomment>
        <translation>Bewaring %1 is al veiliggesteld op %2.</translation>
    </message>
    <message>
        <source>Say why the hold is released, for example: the request has been answered.</source>
        <extracomment>Dutch: &quot;Zeg waarom de bewaring wordt vrijgegeven, bijvoorbeeld: het verzoek is afgehandeld.&quot;</extracomment>
        <translation>Zeg waarom de bewaring wordt vrijgegeven, bijvoorbeeld: het verzoek is afgehandeld.</translation>
    </message>
    <message>
        <source>Reason for the release</source>
        <translation>Reden van de vrijgave</translation>
    </message>
</context>
<context>
    <name>pd::ExternalHoldTexts</name>
    <message>
        <source>Camera system</source>
        <extracomment>Dutch: &quot;Camerasysteem&quot;</extracomment>
        <translation>Camerasysteem</translation>
    </message>
    <message>
        <source>Telephone system (call recordings)</source>
        <extracomment>Dutch: &quot;Telefooncentrale (gespreksopnames)&quot;</extracomment>
        <translation>Telefooncentrale (gespreksopnames)</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <extracomment>Dutch: &quot;Mailbox&quot;</extracomment>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Access control system (keys, tags)</source>
        <extracomment>Dutch: &quot;Toegangssysteem (sleutels, tags)&quot;</extracomment>
        <translation>Toegangssysteem (sleutels, tags)</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>Dutch: &quot;Back-ups&quot;</extracomment>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>released on %1 by %2</source>
        <extracomment>Dutch: &quot;vrijgegeven op %1 door %2&quot;</extracomment>
        <translation>vrijgegeven op %1 door %2</translation>
    </message>
    <message>
        <source>secured on %1 by %2</source>
        <extracomment>Dutch: &quot;veiliggesteld op %1 door %2&quot;</extracomment>
        <translation>veiliggesteld op %1 door %2</translation>
    </message>
    <message>
        <source>NOT secured: the system overwrites the data on %1</source>
        <extracomment>Dutch: &quot;NIET veiliggesteld: het systeem overschrijft de gegevens op %1&quot;</extracomment>
        <translation>NIET veiliggesteld: het systeem overschrijft de gegevens op %1</translation>
    </message>
    <message>
        <source>secure before %1 (the system overwrites the data then)</source>
        <extracomment>Dutch: &quot;veiligstellen vóór %1 (dan overschrijft het systeem de gegevens)&quot;</extracomment>
        <translation>veiligstellen vóór %1 (dan overschrijft het systeem de gegevens)</translation>
    </message>
    <message>
        <source>kept until %1: expired, release or extend</source>
        <translation>vastgelegd tot %1: verlopen, geef vrij of verleng</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>vastgelegd tot %1</translation>
    </message>
</context>
<context>
    <name>pd::Grounds</name>
    <message>
        <source>Art. 17(3) GDPR can no longer be chosen without its letter: name the exception that applies, (a) to (e).</source>
        <translation>Art. 17 lid 3 AVG kan niet meer zonder letter worden gekozen: noem de uitzondering die van toepassing is, sub a tot en met e.</translation>
    </message>
    <message>
        <source>Art. 41 UAVG can no longer be chosen without its ground: name the ground that applies, (a) to (j).</source>
        <translation>Art. 41 UAVG kan niet meer zonder grond worden gekozen: noem de grond die van toepassing is, sub a tot en met j.</translation>
    </message>
    <message>
        <source>%1 does not fit this request (%2): it only applies to %3.</source>
        <translation>%1 past niet bij dit verzoek (%2): deze grond geldt alleen voor %3.</translation>
    </message>
    <message>
        <source>%1 cannot refuse an objection to direct marketing (%2): that objection is absolute (art. 21(3) GDPR).</source>
        <translation>%1 kan een bezwaar tegen direct marketing (%2) niet afwijzen: dat bezwaar is absoluut (art. 21 lid 3 AVG).</translation>
    </message>
    <message>
        <source>%1 is never a ground on its own: name the Dutch provision that applies it, art. 41 UAVG with its ground (a) to (j).</source>
        <translation>%1 is nooit een zelfstandige grond: noem de Nederlandse bepaling die het toepast, art. 41 UAVG met de grond sub a tot en met j.</translation>
    </message>
</context>
<context>
    <name>pd::InputLimits</name>
    <message numerus="yes">
        <source>%1 is too long: at most %n character(s).</source>
        <extracomment>Dutch: &quot;%1 is te lang: hoogstens %n teken(s).&quot;</extracomment>
        <translation>
            <numerusform>%1 is te lang: hoogstens %n teken.</numerusform>
            <numerusform>%1 is te lang: hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a Dutch postcode such as 1234 AB; for an address abroad put the country code first, such as BE-1000.</source>
        <extracomment>Dutch: &quot;Vul een Nederlandse postcode in, zoals 1234 AB; zet bij een adres in het buitenland de landcode ervoor, zoals BE-1000.&quot;</extracomment>
        <translation>Vul een Nederlandse postcode in, zoals 1234 AB; zet bij een adres in het buitenland de landcode ervoor, zoals BE-1000.</translation>
    </message>
    <message>
        <source>Enter a phone number such as 030 123 45 67 or +31 30 123 45 67.</source>
        <extracomment>Dutch: &quot;Vul een telefoonnummer in, zoals 030 123 45 67 of +31 30 123 45 67.&quot;</extracomment>
        <translation>Vul een telefoonnummer in, zoals 030 123 45 67 of +31 30 123 45 67.</translation>
    </message>
    <message>
        <source>%1: enter a valid date.</source>
        <extracomment>Dutch: &quot;%1: vul een geldige datum in.&quot;</extracomment>
        <translation>%1: vul een geldige datum in.</translation>
    </message>
    <message>
        <source>%1 lies before %2; was the year typed correctly?</source>
        <extracomment>Dutch: &quot;%1 ligt vóór %2; is het jaar goed getypt?&quot;</extracomment>
        <translation>%1 ligt vóór %2; is het jaar goed getypt?</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <extracomment>Dutch: &quot;%1 ligt in de toekomst.&quot;</extracomment>
        <translation>%1 ligt in de toekomst.</translation>
    </message>
</context>
<context>
    <name>pd::IntakeDrafts</name>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Dit concept bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>pd::LetterCodes</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <source>Request for identification</source>
        <translation>Verzoek om identificatie</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Verlengingsbericht</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Confirmation of erasure</source>
        <translation>Bevestiging van verwijdering</translation>
    </message>
    <message>
        <source>Confirmation of rectification</source>
        <translation>Bevestiging van rectificatie</translation>
    </message>
    <message>
        <source>Cover letter for an export</source>
        <translation>Begeleidende brief bij een export</translation>
    </message>
    <message>
        <source>Notice of a data breach to the person concerned</source>
        <translation>Kennisgeving datalek aan de betrokkene</translation>
    </message>
    <message>
        <source>Request for a mandate</source>
        <extracomment>Dutch: &quot;Verzoek om machtiging&quot;</extracomment>
        <translation>Verzoek om machtiging</translation>
    </message>
    <message>
        <source>Notice that the restriction will be lifted</source>
        <extracomment>Dutch: &quot;Kennisgeving opheffing beperking&quot;</extracomment>
        <translation>Kennisgeving opheffing beperking</translation>
    </message>
</context>
<context>
    <name>pd::LetterService</name>
    <message>
        <source>Letter template</source>
        <translation>Briefsjabloon</translation>
    </message>
    <message>
        <source>The request is closed: an acknowledgement of receipt belongs to an open request.</source>
        <translation>Het verzoek is afgesloten: een ontvangstbevestiging hoort bij een open verzoek.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>Het verzoek is afgesloten.</translation>
    </message>
    <message>
        <source>The identity of the data subject has already been checked.</source>
        <translation>De identiteit van de betrokkene is al gecontroleerd.</translation>
    </message>
    <message>
        <source>Record the extension first, with its reasons and the date the data subject is told (Request → Extend).</source>
        <translation>Leg eerst de verlenging vast, met de redenen en de datum waarop de betrokkene wordt geïnformeerd (Verzoek → Verlengen).</translation>
    </message>
    <message>
        <source>The extension was told on %1, after the one-month legal deadline of %2: it does not extend the legal deadline (art. 12(3) GDPR), so no extension notice can be sent.</source>
        <translation>De betrokkene is op %1 over de verlenging geïnformeerd, na de wettelijke termijn van één maand (%2): die wordt daardoor niet verlengd (art. 12 lid 3 AVG), dus er kan geen verlengingsbericht worden verstuurd.</translation>
    </message>
    <message>
        <source>A decision letter needs a completed request: complete it first with its outcome (and the grounds of a refusal).</source>
        <translation>Een beslissingsbrief hoort bij een afgerond verzoek: rond het eerst af met de uitkomst (en de gronden van een afwijzing).</translation>
    </message>
    <message>
        <source>The request does not ask for erasure.</source>
        <translation>Het verzoek vraagt niet om verwijdering.</translation>
    </message>
    <message>
        <source>Erasure is confirmed once the request is completed as granted (in whole or in part).</source>
        <translation>Verwijdering wordt bevestigd zodra het verzoek is afgerond als (gedeeltelijk) toegewezen.</translation>
    </message>
    <message>
        <source>The request does not ask for rectification.</source>
        <translation>Het verzoek vraagt niet om rectificatie.</translation>
    </message>
    <message>
        <source>Rectification is confirmed once the request is completed as granted (in whole or in part).</source>
        <translation>Rectificatie wordt bevestigd zodra het verzoek is afgerond als (gedeeltelijk) toegewezen.</translation>
    </message>
    <message>
        <source>Only a request for inzage or data portability is answered with an export.</source>
        <translation>Alleen een verzoek om inzage of overdraagbaarheid wordt met een export beantwoord.</translation>
    </message>
    <message>
        <source>The export is sent once the identity has been checked, while the request is handled or when it was granted.</source>
        <translation>De export wordt verstuurd zodra de identiteit is gecontroleerd, terwijl het verzoek in behandeling is of als het is toegewezen.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>The letter changed since it was shown (the request, the organisation&apos;s details or the template changed): look at it again before it is recorded.</source>
        <translation>De brief is veranderd sinds hij werd getoond (het verzoek, de organisatiegegevens of het sjabloon zijn gewijzigd): bekijk hem opnieuw voordat hij wordt vastgelegd.</translation>
    </message>
    <message>
        <source>the phone number (the template uses {{organisatie.telefoon}})</source>
        <translation>het telefoonnummer (de sjabloon gebruikt {{organisatie.telefoon}})</translation>
    </message>
    <message>
        <source>No letter can be made while the organisation&apos;s details are incomplete. Missing: %1. Fill them in under Extra → Settings → Organisation (or with privacydesk-cli settings set).</source>
        <translation>Er kan geen brief worden gemaakt zolang de gegevens van de organisatie onvolledig zijn. Ontbreekt: %1. Vul ze in onder Extra → Instellingen → Organisatie (of met privacydesk-cli settings set).</translation>
    </message>
    <message>
        <source>The deadline of this request (%1) has passed: an acknowledgement of receipt would promise an answer by a date already past. Answer the request instead.</source>
        <translation>De uiterste datum van dit verzoek (%1) is verstreken: een ontvangstbevestiging zou een antwoord beloven vóór een datum die al voorbij is. Beantwoord het verzoek in plaats daarvan.</translation>
    </message>
    <message>
        <source>Say how the letter was sent (per post, per e-mail, aangetekend, ...).</source>
        <translation>Geef aan hoe de brief is verstuurd (per post, per e-mail, aangetekend, ...).</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>Wijze van verzending</translation>
    </message>
    <message>
        <source>Request %1 has no letter %2.</source>
        <translation>Verzoek %1 heeft geen brief %2.</translation>
    </message>
    <message>
        <source>This letter was already recorded as sent on %1 (%2).</source>
        <translation>Deze brief is al als verstuurd vastgelegd op %1 (%2).</translation>
    </message>
    <message>
        <source>This letter was destroyed under the retention rules.</source>
        <translation>Deze brief is volgens de bewaarregels vernietigd.</translation>
    </message>
    <message>
        <source>Enter the day the letter was sent.</source>
        <translation>Vul de dag in waarop de brief is verstuurd.</translation>
    </message>
    <message>
        <source>A letter cannot have been sent before it was made (%1).</source>
        <translation>Een brief kan niet zijn verstuurd voordat hij is gemaakt (%1).</translation>
    </message>
    <message>
        <source>The day the letter was sent lies in the future.</source>
        <translation>De dag van verzending ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy has no extension of its own: the answer stays due on %1, within the legal month, so an extension notice has no later date to announce.</source>
        <translation>Het beleid van de organisatie kent geen eigen verlenging: het antwoord moet uiterlijk op %1 worden gegeven, binnen de wettelijke maand. Een verlengingsbericht heeft dus geen latere datum te melden.</translation>
    </message>
    <message>
        <source>The organisation&apos;s template for this letter does not name the recipients told of the change: add {{art19.ontvangers}} to it, or reset it to the default (Extra → Letter templates).</source>
        <translation>Het eigen sjabloon van de organisatie voor deze brief noemt de ontvangers die over de wijziging zijn geïnformeerd niet: voeg {{art19.ontvangers}} toe, of zet het sjabloon terug naar de standaardtekst (Extra → Briefsjablonen).</translation>
    </message>
    <message>
        <source>Letter template (HTML code and comments)</source>
        <translation>Briefsjabloon (HTML-code en opmerkingen)</translation>
    </message>
    <message>
        <source>These recipients received the data subject&apos;s data before the change and have not been recorded as told of it, nor as impossible or disproportionate to tell (art. 19 GDPR): %1. Tell them and record it on the request&apos;s Disclosures tab (Art. 19 GDPR: recipients to be told), or record there why telling one proved impossible or would take disproportionate effort; then the confirmation can be made.</source>
        <translation>Deze ontvangers kregen de gegevens van de betrokkene vóór de wijziging en zijn nog niet als geïnformeerd vastgelegd, en ook niet als onmogelijk of onevenredig om te informeren (art. 19 AVG): %1. Informeer hen en leg dat vast op het tabblad Verstrekkingen van het verzoek (Art. 19 AVG: te informeren ontvangers), of leg daar vast waarom het informeren van een ontvanger onmogelijk bleek of onevenredig veel inspanning zou vergen; daarna kan de bevestiging worden gemaakt.</translation>
    </message>
    <message>
        <source>The one-month legal deadline (%1) has passed: this notice confirms in writing the extension told on %2; it does not announce it. Check that the data subject was told then.</source>
        <translation>De wettelijke termijn van één maand (%1) is verstreken: deze brief bevestigt schriftelijk de verlenging waarover de betrokkene op %2 is geïnformeerd, en kondigt haar niet aan. Controleer of de betrokkene toen echt is geïnformeerd.</translation>
    </message>
    <message>
        <source>This letter goes to a person concerned by a data breach: make it from the data breach (Data breaches), not from a request.</source>
        <translation>Deze brief gaat naar een betrokkene bij een datalek: maak hem vanuit het datalek (Datalekken), niet vanuit een verzoek.</translation>
    </message>
    <message>
        <source>This request was made by a representative: the letter goes to the representative. The organisation&apos;s template for this letter addresses the data subject. Put {{geadresseerde.naam}}, {{geadresseerde.adres}} and {{aanhef}} in it, or reset it to the default (Extra → Letter templates).</source>
        <extracomment>Dutch: &quot;Dit verzoek is gedaan door een gemachtigde: de brief gaat naar de gemachtigde. Het sjabloon van de organisatie voor deze brief spreekt de betrokkene aan. Zet {{geadresseerde.naam}}, {{geadresseerde.adres}} en {{aanhef}} erin, of zet het terug naar de standaard (Extra → Briefsjablonen).&quot;</extracomment>
        <translation>Dit verzoek is gedaan door een gemachtigde: de brief gaat naar de gemachtigde. Het sjabloon van de organisatie voor deze brief spreekt de betrokkene aan. Zet {{geadresseerde.naam}}, {{geadresseerde.adres}} en {{aanhef}} erin, of zet het terug naar de standaard (Extra → Briefsjablonen).</translation>
    </message>
    <message>
        <source>The mandate of %1 has not been received. Until it is, the only letter is the request for the mandate. Record its receipt under Request → Mandate received.</source>
        <extracomment>Dutch: &quot;De machtiging van %1 is nog niet ontvangen. Tot die er is, is de enige brief het verzoek om machtiging. Leg de ontvangst vast onder Verzoek → Machtiging ontvangen.&quot;</extracomment>
        <translation>De machtiging van %1 is nog niet ontvangen. Tot die er is, is de enige brief het verzoek om machtiging. Leg de ontvangst vast onder Verzoek → Machtiging ontvangen.</translation>
    </message>
    <message>
        <source>This request was not made by a representative.</source>
        <extracomment>Dutch: &quot;Dit verzoek is niet door een gemachtigde gedaan.&quot;</extracomment>
        <translation>Dit verzoek is niet door een gemachtigde gedaan.</translation>
    </message>
    <message>
        <source>The mandate has already been received.</source>
        <extracomment>Dutch: &quot;De machtiging is al ontvangen.&quot;</extracomment>
        <translation>De machtiging is al ontvangen.</translation>
    </message>
    <message>
        <source>This request was made by a representative: the letter ‘Request for a mandate’ asks for the mandate and both identity documents. Record the check under Request → Identification received.</source>
        <extracomment>Dutch: &quot;Dit verzoek is door een gemachtigde gedaan: de brief ‘Verzoek om machtiging’ vraagt om de machtiging en om beide identiteitsbewijzen. Leg de controle vast onder Verzoek → Identificatie ontvangen.&quot;</extracomment>
        <translation>Dit verzoek is door een gemachtigde gedaan: de brief ‘Verzoek om machtiging’ vraagt om de machtiging en om beide identiteitsbewijzen. Leg de controle vast onder Verzoek → Identificatie ontvangen.</translation>
    </message>
    <message>
        <source>The edited letter is empty or too long: it was not recorded.</source>
        <extracomment>Dutch: &quot;De aangepaste brief is leeg of te lang: hij is niet vastgelegd.&quot;</extracomment>
        <translation>De aangepaste brief is leeg of te lang: hij is niet vastgelegd.</translation>
    </message>
    <message>
        <source>The data subject has no restriction of processing in force: there is nothing to lift. A restriction is recorded in the request&apos;s overview (Record a restriction…).</source>
        <extracomment>Dutch: &quot;De betrokkene heeft geen beperking van de verwerking die nog geldt: er is niets op te heffen. Een beperking legt u vast in het overzicht van het verzoek (Beperking vastleggen…).&quot;</extracomment>
        <translation>De betrokkene heeft geen beperking van de verwerking die nog geldt: er is niets op te heffen. Een beperking legt u vast in het overzicht van het verzoek (Beperking vastleggen…).</translation>
    </message>
</context>
<context>
    <name>pd::LetterTemplates</name>
    <message>
        <source>The organisation&apos;s name (Settings)</source>
        <translation>De naam van de organisatie (Instellingen)</translation>
    </message>
    <message>
        <source>The organisation&apos;s address, on two lines</source>
        <translation>Het adres van de organisatie, op twee regels</translation>
    </message>
    <message>
        <source>The organisation&apos;s privacy e-mail address</source>
        <translation>Het privacy-e-mailadres van de organisatie</translation>
    </message>
    <message>
        <source>The data subject&apos;s name</source>
        <translation>De naam van de betrokkene</translation>
    </message>
    <message>
        <source>The data subject&apos;s address, on two lines</source>
        <translation>Het adres van de betrokkene, op twee regels</translation>
    </message>
    <message>
        <source>The data subject&apos;s customer number</source>
        <translation>Het klantnummer van de betrokkene</translation>
    </message>
    <message>
        <source>The request&apos;s number (our reference)</source>
        <translation>Het nummer van het verzoek (ons kenmerk)</translation>
    </message>
    <message>
        <source>The date the request was received</source>
        <translation>De datum waarop het verzoek is ontvangen</translation>
    </message>
    <message>
        <source>How it was received, in Dutch: &quot;per e-mail&quot;</source>
        <translation>Hoe het is ontvangen: ‘per e-mail’</translation>
    </message>
    <message>
        <source>The legal deadline: one month (art. 12(3) GDPR)</source>
        <translation>De wettelijke termijn: één maand (art. 12 lid 3 AVG)</translation>
    </message>
    <message>
        <source>The deadline of the organisation&apos;s own policy</source>
        <translation>De termijn van het eigen beleid</translation>
    </message>
    <message>
        <source>The deadline that applies now (the earlier)</source>
        <translation>De termijn die nu geldt (de vroegste)</translation>
    </message>
    <message>
        <source>The deadline after the extension</source>
        <translation>De termijn na de verlenging</translation>
    </message>
    <message>
        <source>The reasons for the extension</source>
        <translation>De redenen van de verlenging</translation>
    </message>
    <message>
        <source>The date the extension was told</source>
        <translation>De datum waarop de betrokkene over de verlenging is geïnformeerd</translation>
    </message>
    <message>
        <source>The date the identification was received</source>
        <translation>De datum waarop de identificatie is ontvangen</translation>
    </message>
    <message>
        <source>How the identity was checked</source>
        <translation>Hoe de identiteit is gecontroleerd</translation>
    </message>
    <message>
        <source>The decision in one or two sentences</source>
        <translation>De beslissing in een of twee zinnen</translation>
    </message>
    <message>
        <source>The grounds for a refusal as a list (a block: put it on a line of its own)</source>
        <translation>De gronden van een afwijzing als lijst (een blok: zet het op een eigen regel)</translation>
    </message>
    <message>
        <source>The date the answer was sent</source>
        <translation>De datum waarop het antwoord is verstuurd</translation>
    </message>
    <message>
        <source>What an inzage or portability export contains, as a list (a block)</source>
        <translation>Wat een inzage- of overdraagbaarheidsexport bevat, als lijst (een blok)</translation>
    </message>
    <message>
        <source>The right to complain to the Autoriteit Persoonsgegevens and to go to court within six weeks (a block; required in a decision)</source>
        <translation>Het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens en om binnen zes weken naar de rechter te gaan (een blok; verplicht in een beslissingsbrief)</translation>
    </message>
    <message>
        <source>The letter&apos;s date</source>
        <translation>De datum van de brief</translation>
    </message>
    <message>
        <source>The handler of the request (or you)</source>
        <translation>De behandelaar van het verzoek (of u)</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>Het sjabloon is leeg.</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. Use only the placeholders in the list.</source>
        <translation>Onbekende invulvelden: %1. Gebruik alleen de invulvelden uit de lijst.</translation>
    </message>
    <message>
        <source>A placeholder is not written as {{name}}: check the braces.</source>
        <translation>Een invulveld is niet geschreven als {{naam}}: controleer de accolades.</translation>
    </message>
    <message>
        <source>A decision must name the right to complain to the Autoriteit Persoonsgegevens and to go to court: keep {{rechtsmiddelen}} in the template.</source>
        <translation>Een beslissingsbrief moet het recht noemen om een klacht in te dienen bij de Autoriteit Persoonsgegevens en om naar de rechter te gaan: laat {{rechtsmiddelen}} in het sjabloon staan.</translation>
    </message>
    <message>
        <source>The organisation&apos;s phone number</source>
        <translation>Het telefoonnummer van de organisatie</translation>
    </message>
    <message>
        <source>How to reach the organisation, for a sentence: the e-mail address and/or the phone number</source>
        <translation>Hoe de organisatie bereikbaar is, voor in een zin: het e-mailadres en/of het telefoonnummer</translation>
    </message>
    <message>
        <source>The e-mail address and the phone number, each on a line of its own (letterhead)</source>
        <translation>Het e-mailadres en het telefoonnummer, elk op een eigen regel (briefhoofd)</translation>
    </message>
    <message>
        <source>Who signs the letter: your name as the user list shows it</source>
        <translation>Wie de brief ondertekent: uw naam zoals de gebruikerslijst die toont</translation>
    </message>
    <message>
        <source>Your function under the signature (&quot;Functionaris gegevensbescherming&quot;)</source>
        <translation>Uw functie onder de ondertekening (‘Functionaris gegevensbescherming’)</translation>
    </message>
    <message>
        <source>The reasons for the decision in words, art. 12(4) GDPR (a block: put it on a line of its own; empty when none were recorded)</source>
        <translation>De motivering van de beslissing in woorden, art. 12 lid 4 AVG (een blok: zet het op een eigen regel; leeg als er geen is vastgelegd)</translation>
    </message>
    <message>
        <source>The decision per kind of request: for each kind what was decided, what was done, what not and why, and the grounds (a block; a decision keeps it or {{besluit.motivering}})</source>
        <translation>De beslissing per soort verzoek: per soort wat is beslist, wat is gedaan, wat niet en waarom, en de gronden (een blok; een beslissingsbrief bevat dit of {{besluit.motivering}})</translation>
    </message>
    <message>
        <source>The decision on the erasure: what was erased, what is kept and why (a block)</source>
        <translation>De beslissing over de verwijdering: wat is verwijderd, wat bewaard blijft en waarom (een blok)</translation>
    </message>
    <message>
        <source>The decision on the rectification: what was corrected, what not and why (a block)</source>
        <translation>De beslissing over de rectificatie: wat is gecorrigeerd, wat niet en waarom (een blok)</translation>
    </message>
    <message>
        <source>That the export holds what Privacydesk records and that the data in the other systems (the rental administration, ...) are sent apart, as the inzage report says (a block; added after {{export.inhoud}} when the template lacks it)</source>
        <translation>Dat de export bevat wat Privacydesk vastlegt en dat de gegevens uit de andere systemen (de huuradministratie, ...) apart worden gestuurd, zoals het inzageoverzicht zegt (een blok; na {{export.inhoud}} toegevoegd als het sjabloon het mist)</translation>
    </message>
    <message>
        <source>What the law allows on extension (art. 12(3) GDPR) and what the organisation&apos;s policy does: its extended deadline, or that it does not extend</source>
        <translation>Wat de wet toestaat bij verlenging (art. 12 lid 3 AVG) en wat het beleid van de organisatie doet: de verlengde termijn, of dat de organisatie niet verlengt</translation>
    </message>
    <message>
        <source>A decision must give its reasons (art. 12(4) GDPR): keep {{besluit.onderdelen}} in the template.</source>
        <translation>Een beslissingsbrief moet de redenen geven (art. 12 lid 4 AVG): laat {{besluit.onderdelen}} in het sjabloon staan.</translation>
    </message>
    <message>
        <source>The template is too large (at most %1 kB).</source>
        <extracomment>Dutch: &quot;De sjabloon is te groot (hoogstens %1 kB).&quot;</extracomment>
        <translation>De sjabloon is te groot (hoogstens %1 kB).</translation>
    </message>
    <message>
        <source>The template&apos;s HTML nests %1 levels deep; at most %2 are allowed.</source>
        <extracomment>Dutch: &quot;De HTML van de sjabloon is %1 niveaus diep genest; hoogstens %2 mag.&quot;</extracomment>
        <translation>De HTML van de sjabloon is %1 niveaus diep genest; hoogstens %2 mag.</translation>
    </message>
    <message>
        <source>The template has %1 placeholders; at most %2 are allowed.</source>
        <extracomment>Dutch: &quot;De sjabloon heeft %1 plaatshouders; hoogstens %2 mogen.&quot;</extracomment>
        <translation>De sjabloon heeft %1 plaatshouders; hoogstens %2 mogen.</translation>
    </message>
    <message>
        <source>The recipients recorded as told of the rectification, erasure or restriction, with the date, and those for which that proved impossible or disproportionate, with the reason (art. 19 GDPR; a block; empty when there are none)</source>
        <translation>De ontvangers die volgens de vastlegging over de rectificatie, verwijdering of beperking zijn geïnformeerd, met de datum, en de ontvangers bij wie dat onmogelijk bleek of onevenredig veel inspanning zou vergen, met de reden (art. 19 AVG; een blok; leeg als er geen zijn)</translation>
    </message>
    <message numerus="yes">
        <source>The template makes a letter that is too large (over %Ln character(s), or more than %1 of work): use fewer placeholders or shorter texts.</source>
        <extracomment>Dutch: &quot;De sjabloon levert een te grote brief op (meer dan %Ln tekens, of langer dan %1): gebruik minder plaatshouders of kortere teksten.&quot;</extracomment>
        <translation>
            <numerusform>De sjabloon levert een te grote brief op (meer dan %Ln teken, of langer dan %1 werk): gebruik minder plaatshouders of kortere teksten.</numerusform>
            <numerusform>De sjabloon levert een te grote brief op (meer dan %Ln tekens, of langer dan %1 werk): gebruik minder plaatshouders of kortere teksten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s postal address on one line, for a sentence (&quot;per post naar ...&quot;)</source>
        <translation>Het postadres van de organisatie op één regel, voor in een zin (“per post naar …”)</translation>
    </message>
    <message>
        <source>What the request is about, in Dutch, to follow &quot;Uw verzoek gaat over&quot;: &quot;inzage in uw gegevens en correctie van uw gegevens&quot;</source>
        <translation>Waar het verzoek over gaat, passend na “Uw verzoek gaat over”: “inzage in uw gegevens en correctie van uw gegevens”</translation>
    </message>
    <message>
        <source>The extension announced (a notice made on the day it is told) or confirmed (made later: &quot;Op ... hebben wij u laten weten ...&quot;)</source>
        <translation>De verlenging aangekondigd (een bericht gemaakt op de dag dat de betrokkene wordt geïnformeerd) of bevestigd (later gemaakt: “Op … hebben wij u laten weten …”)</translation>
    </message>
    <message>
        <source>What waiting for identification does to the deadline, as the policy has it (the deadline pauses, or starts again)</source>
        <translation>Wat het wachten op identificatie met de termijn doet, volgens het beleid (de termijn staat stil, of begint opnieuw)</translation>
    </message>
    <message>
        <source>The number of the data breach (our reference)</source>
        <translation>Het nummer van het datalek (ons kenmerk)</translation>
    </message>
    <message>
        <source>The date the data breach was discovered</source>
        <translation>De datum waarop het datalek is ontdekt</translation>
    </message>
    <message>
        <source>What the breach did to the data, in plain Dutch: seen by someone who should not see them, changed, lost (a block)</source>
        <translation>Wat het datalek met de gegevens deed, in eenvoudig Nederlands: gezien door iemand die ze niet mocht zien, veranderd, kwijt (een blok)</translation>
    </message>
    <message>
        <source>What happened, as recorded with the data breach (a block)</source>
        <translation>Wat er is gebeurd, zoals vastgelegd bij het datalek (een blok)</translation>
    </message>
    <message>
        <source>The kinds of personal data involved, in plain Dutch, as a list (a block)</source>
        <translation>De soorten persoonsgegevens die betrokken zijn, in eenvoudig Nederlands, als lijst (een blok)</translation>
    </message>
    <message>
        <source>The likely consequences for the person, as recorded with the data breach (a block)</source>
        <translation>De waarschijnlijke gevolgen voor de betrokkene, zoals vastgelegd bij het datalek (een blok)</translation>
    </message>
    <message>
        <source>The measures taken and proposed, as recorded with the data breach (a block)</source>
        <translation>De genomen en voorgestelde maatregelen, zoals vastgelegd bij het datalek (een blok)</translation>
    </message>
    <message>
        <source>Advice on what the person can do, chosen by the kinds of data involved (a block)</source>
        <translation>Advies over wat de betrokkene zelf kan doen, gekozen naar de soorten gegevens (een blok)</translation>
    </message>
    <message>
        <source>How to reach the data protection officer (or else the organisation) with questions, as a sentence (art. 34(2) GDPR)</source>
        <translation>Hoe de betrokkene met vragen de functionaris gegevensbescherming (of anders de organisatie) bereikt, als zin (art. 34 lid 2 AVG)</translation>
    </message>
    <message>
        <source>The article that protects the data of others: art. 15(4) GDPR for an inzage, art. 20(4) GDPR for portability</source>
        <extracomment>Dutch: &quot;Het artikel dat de gegevens van anderen beschermt: artikel 15 lid 4 AVG bij inzage, artikel 20 lid 4 AVG bij overdraagbaarheid&quot;</extracomment>
        <translation>Het artikel dat de gegevens van anderen beschermt: art. 15 lid 4 AVG bij inzage, art. 20 lid 4 AVG bij overdraagbaarheid</translation>
    </message>
    <message>
        <source>Why the dates lie later because waiting for the identification moved the deadline (empty when it did not)</source>
        <extracomment>Dutch: &quot;Waarom de datums later liggen doordat het wachten op de identificatie de termijn verschoof (leeg als dat niet zo is)&quot;</extracomment>
        <translation>Waarom de datums later liggen doordat het wachten op de identificatie de termijn verschoof (leeg als dat niet zo is)</translation>
    </message>
    <message>
        <source>Who the letter goes to: the representative, or else the data subject</source>
        <extracomment>Dutch: &quot;Aan wie de brief gaat: de gemachtigde, of anders de betrokkene&quot;</extracomment>
        <translation>Aan wie de brief gaat: de gemachtigde, of anders de betrokkene</translation>
    </message>
    <message>
        <source>Their postal address, for the address block</source>
        <extracomment>Dutch: &quot;Het postadres daarvan, voor het adresblok&quot;</extracomment>
        <translation>Het postadres daarvan, voor het adresblok</translation>
    </message>
    <message>
        <source>The greeting without its comma: &quot;Geachte heer/mevrouw J. de Groot&quot; to a representative, &quot;Geachte W. de Groot-Visser&quot; to the data subject</source>
        <extracomment>Dutch: &quot;De aanhef zonder komma: &quot;Geachte heer/mevrouw J. de Groot&quot; aan een gemachtigde, &quot;Geachte W. de Groot-Visser&quot; aan de betrokkene&quot;</extracomment>
        <translation>De aanhef zonder komma: ‘Geachte heer/mevrouw J. de Groot’ aan een gemachtigde, ‘Geachte W. de Groot-Visser’ aan de betrokkene</translation>
    </message>
    <message>
        <source>After &quot;uw verzoek&quot;: &quot; namens W. de Groot-Visser&quot; to a representative; empty for the data subject&apos;s own request</source>
        <extracomment>Dutch: &quot;Na &quot;uw verzoek&quot;: &quot; namens W. de Groot-Visser&quot; aan een gemachtigde; leeg voor het eigen verzoek van de betrokkene&quot;</extracomment>
        <translation>Na ‘uw verzoek’: ‘ namens W. de Groot-Visser’ aan een gemachtigde; leeg voor het eigen verzoek van de betrokkene</translation>
    </message>
    <message>
        <source>Whose data: &quot;uw gegevens&quot;, or to a representative &quot;de gegevens van W. de Groot-Visser&quot;</source>
        <extracomment>Dutch: &quot;Wiens gegevens: &quot;uw gegevens&quot;, of aan een gemachtigde &quot;de gegevens van W. de Groot-Visser&quot;&quot;</extracomment>
        <translation>Wiens gegevens: ‘uw gegevens’, of aan een gemachtigde ‘de gegevens van W. de Groot-Visser’</translation>
    </message>
    <message>
        <source>The representative who made the request (empty without one)</source>
        <extracomment>Dutch: &quot;De gemachtigde die het verzoek deed (leeg zonder gemachtigde)&quot;</extracomment>
        <translation>De gemachtigde die het verzoek deed (leeg zonder gemachtigde)</translation>
    </message>
    <message>
        <source>The acknowledgement&apos;s paragraph on showing who the data subject is; to a representative: the mandate received (a block)</source>
        <extracomment>Dutch: &quot;De alinea van de ontvangstbevestiging over het laten zien wie de betrokkene is; aan een gemachtigde: de ontvangen machtiging (een blok)&quot;</extracomment>
        <translation>De alinea van de ontvangstbevestiging over het laten zien wie de betrokkene is; aan een gemachtigde: de ontvangen machtiging (een blok)</translation>
    </message>
    <message>
        <source>The restrictions of processing in force: which data, since when and the ground of art. 18(1) GDPR (a block; empty without a restriction)</source>
        <extracomment>Dutch: &quot;De beperkingen van de verwerking die nog gelden: welke gegevens, sinds wanneer en de grond van artikel 18 lid 1 AVG (een blok; leeg zonder beperking)&quot;</extracomment>
        <translation>De beperkingen van de verwerking die nog gelden: welke gegevens, sinds wanneer en de grond van artikel 18 lid 1 AVG (een blok; leeg zonder beperking)</translation>
    </message>
</context>
<context>
    <name>pd::MailMessage</name>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>This file is not an e-mail: it does not begin with a header block holding From, Date or Subject.</source>
        <translation>Dit bestand is geen e-mail: het begint niet met kopregels met From, Date of Subject.</translation>
    </message>
</context>
<context>
    <name>pd::OrganisationSettings</name>
    <message>
        <source>Enter an e-mail address such as privacy@woonstichting.nl.</source>
        <translation>Vul een e-mailadres in zoals privacy@woonstichting.nl.</translation>
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
    <message>
        <source>The files of all requests together may take %1 to %2 MB.</source>
        <translation>De bestanden van alle verzoeken samen mogen %1 tot %2 MB innemen.</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>de naam van de organisatie</translation>
    </message>
    <message>
        <source>the postal address (street and number, postcode and city)</source>
        <translation>het postadres (straat en nummer, postcode en plaats)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>E-mail of the data protection officer</source>
        <translation>E-mailadres van de functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>We take no decisions about you based solely on automated processing, profiling included (article 22 GDPR): a person always decides.</source>
        <translation>Wij nemen geen beslissingen over u die alleen op geautomatiseerde verwerking berusten, profilering inbegrepen (artikel 22 AVG): er beslist altijd een mens.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the statement on automated decisions to at most %n character(s).</source>
        <translation>
            <numerusform>Houd de verklaring over geautomatiseerde besluiten op hoogstens %n teken.</numerusform>
            <numerusform>Houd de verklaring over geautomatiseerde besluiten op hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluiten</translation>
    </message>
    <message numerus="yes">
        <source>The desk locks after 1 to %n minute(s) without use.</source>
        <translation>
            <numerusform>Privacydesk vergrendelt na 1 tot %n minuut zonder gebruik.</numerusform>
            <numerusform>Privacydesk vergrendelt na 1 tot %n minuten zonder gebruik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup reminder comes after 1 to %n day(s) (0: never).</source>
        <translation>
            <numerusform>De herinnering aan een back-up komt na 1 tot %n dag (0: nooit).</numerusform>
            <numerusform>De herinnering aan een back-up komt na 1 tot %n dagen (0: nooit).</numerusform>
        </translation>
    </message>
    <message>
        <source>the privacy e-mail address</source>
        <translation>het privacy-e-mailadres</translation>
    </message>
    <message>
        <source>Title under the signature</source>
        <extracomment>Dutch: &quot;Functie onder de ondertekening&quot;</extracomment>
        <translation>Functie onder de ondertekening</translation>
    </message>
    <message>
        <source>E-mail of the privacy officer</source>
        <extracomment>Dutch: &quot;E-mail van de privacy officer&quot;</extracomment>
        <translation>E-mail van de privacy officer</translation>
    </message>
    <message>
        <source>Phone of the privacy officer</source>
        <extracomment>Dutch: &quot;Telefoon van de privacy officer&quot;</extracomment>
        <translation>Telefoon van de privacy officer</translation>
    </message>
</context>
<context>
    <name>pd::OutputFile</name>
    <message>
        <source>No file was chosen to write to.</source>
        <translation>Er is geen bestand gekozen om naar te schrijven.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 lies in the store&apos;s own folder; choose another folder.</source>
        <translation>%1 ligt in de map van de kluis zelf; kies een andere map.</translation>
    </message>
    <message>
        <source>%1 exists already and was not overwritten.</source>
        <translation>%1 bestaat al en is niet overschreven.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file and was not overwritten.</source>
        <translation>%1 is geen gewoon bestand en is niet overschreven.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>pd::PersonExport</name>
    <message>
        <source>Choose at least one output: a PDF, a JSON file or a folder for the CSV files.</source>
        <translation>Kies ten minste één uitvoer: een PDF, een JSON-bestand of een map voor de CSV-bestanden.</translation>
    </message>
    <message>
        <source>Give each output a file of its own.</source>
        <translation>Geef elke uitvoer een eigen bestand.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exist already and were not overwritten: %1.</source>
        <translation>
            <numerusform>%n bestand bestaat al en is niet overschreven: %1.</numerusform>
            <numerusform>%n bestanden bestaan al en zijn niet overschreven: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PDF needs fonts, which this program did not load.</source>
        <translation>Voor een PDF zijn lettertypen nodig, maar die zijn niet geladen.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>De map %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>An export for another controller is a portability export (JSON or CSV) for a request.</source>
        <extracomment>Dutch: &quot;Een export voor een andere organisatie is een export voor overdraagbaarheid (JSON of CSV) bij een verzoek.&quot;</extracomment>
        <translation>Een export voor een andere organisatie is een export voor overdraagbaarheid (JSON of CSV) bij een verzoek.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kon %1 niet schrijven.</translation>
    </message>
    <message>
        <source>%1 is not a request of this data subject.</source>
        <translation>%1 is geen verzoek van deze betrokkene.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>An encrypted answer is a PDF: choose the PDF file.</source>
        <extracomment>Dutch: &quot;Een versleuteld antwoord is een PDF: kies het PDF-bestand.&quot;</extracomment>
        <translation>Een versleuteld antwoord is een PDF: kies het PDF-bestand.</translation>
    </message>
    <message>
        <source>An encrypted answer carries the JSON and CSV files inside the PDF: leave out the separate JSON file and CSV folder.</source>
        <extracomment>Dutch: &quot;Een versleuteld antwoord heeft de JSON- en CSV-bestanden in de PDF: laat het losse JSON-bestand en de CSV-map weg.&quot;</extracomment>
        <translation>Een versleuteld antwoord heeft de JSON- en CSV-bestanden in de PDF: laat het losse JSON-bestand en de CSV-map weg.</translation>
    </message>
</context>
<context>
    <name>pd::PersonImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>End of relation</source>
        <translation>Einddatum relatie</translation>
    </message>
    <message>
        <source>Address (street and number)</source>
        <translation>Adres (straat en huisnummer)</translation>
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
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1 in ‘%2’</translation>
    </message>
    <message>
        <source>contains a number that passes the 11-test for a citizen service number (BSN): %1. A BSN may not be recorded (art. 46 UAVG).</source>
        <extracomment>Dutch: &quot;bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN): %1. Een BSN mag niet worden vastgelegd (art. 46 UAVG).&quot;</extracomment>
        <translation>bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN): %1. Een BSN mag niet worden vastgelegd (art. 46 UAVG).</translation>
    </message>
    <message>
        <source>The customer number is missing.</source>
        <translation>Het klantnummer ontbreekt.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>De naam ontbreekt.</translation>
    </message>
    <message>
        <source>Unknown relation “%1” (%2).</source>
        <translation>Onbekende relatie ‘%1’ (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a date (DD-MM-YYYY or YYYY-MM-DD).</source>
        <extracomment>Dutch: &quot;“%1” is geen datum (DD-MM-JJJJ of JJJJ-MM-DD).&quot;</extracomment>
        <translation>‘%1’ is geen datum (DD-MM-JJJJ of JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>‘%1’ is geen e-mailadres.</translation>
    </message>
    <message>
        <source>The mapping names column “%1”, but the file has no such column (columns: %2).</source>
        <extracomment>Dutch: &quot;De koppeling noemt kolom “%1”, maar het bestand heeft die kolom niet (kolommen: %2).&quot;</extracomment>
        <translation>De koppeling noemt kolom ‘%1’, maar het bestand heeft die kolom niet (kolommen: %2).</translation>
    </message>
    <message>
        <source>Several columns hold %1: %2. Map all but one to %3.</source>
        <translation>Meerdere kolommen bevatten %1: %2. Koppel ze op één na aan %3.</translation>
    </message>
    <message>
        <source>The file has no column for %1 (columns: %2). Map one with COLUMN=%1.</source>
        <extracomment>Dutch: &quot;Het bestand heeft geen kolom voor %1 (kolommen: %2). Koppel er een met KOLOM=%1.&quot;</extracomment>
        <translation>Het bestand heeft geen kolom voor %1 (kolommen: %2). Koppel er een met KOLOM=%1.</translation>
    </message>
    <message>
        <source>“%1” is not a mapping COLUMN=FIELD (fields: %2).</source>
        <extracomment>Dutch: &quot;“%1” is geen koppeling KOLOM=VELD (velden: %2).&quot;</extracomment>
        <translation>‘%1’ is geen koppeling KOLOM=VELD (velden: %2).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>De controle is afgebroken.</translation>
    </message>
    <message>
        <source>Customer number %1 is on several lines (%2): which one is current cannot be told from the file. Correct the export.</source>
        <extracomment>Dutch: &quot;Klantnummer %1 staat op meer regels (%2): welke actueel is, blijkt niet uit het bestand. Corrigeer de export.&quot;</extracomment>
        <translation>Klantnummer %1 staat op meerdere regels (%2): welke actueel is, blijkt niet uit het bestand. Corrigeer de export.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) rejected, and a strict import then imports nothing.</source>
        <extracomment>Dutch: &quot;Er is niets geïmporteerd: %n regel(s) afgekeurd, en met --strict wordt dan niets geïmporteerd.&quot;</extracomment>
        <translation>
            <numerusform>Er is niets geïmporteerd: %n regel afgekeurd; bij een strikte import wordt dan niets ingelezen.</numerusform>
            <numerusform>Er is niets geïmporteerd: %n regels afgekeurd; bij een strikte import wordt dan niets ingelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file changed after it was checked; check it again.</source>
        <translation>Het bestand is na de controle gewijzigd; controleer het opnieuw.</translation>
    </message>
    <message>
        <source>The data of customer number %1 were anonymised when their retention period ended; the line is not imported again.</source>
        <extracomment>Dutch: &quot;De gegevens van klantnummer %1 zijn na afloop van de bewaartermijn geanonimiseerd; de regel wordt niet opnieuw ingelezen.&quot;</extracomment>
        <translation>De gegevens van klantnummer %1 zijn na afloop van de bewaartermijn geanonimiseerd; de regel wordt niet opnieuw ingelezen.</translation>
    </message>
    <message>
        <source>No import is in progress.</source>
        <translation>Er loopt geen import.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the source short: at most %n character(s).</source>
        <translation>
            <numerusform>Houd de herkomst kort: hoogstens %n teken.</numerusform>
            <numerusform>Houd de herkomst kort: hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <source>The end of the relation</source>
        <translation>Het einde van de relatie</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>‘%1’: %2</translation>
    </message>
    <message>
        <source>The line has %1, the header %2: is there a separator in a value without quotes?</source>
        <extracomment>Dutch: &quot;De regel heeft %1, de kopregel %2: staat er een scheidingsteken zonder aanhalingstekens in een waarde?&quot; with &quot;5 velden&quot; and &quot;4 kolommen&quot;</extracomment>
        <translation>De regel heeft %1, de kopregel %2: staat er een scheidingsteken zonder aanhalingstekens in een waarde?</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n veld</numerusform>
            <numerusform>%n velden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolom</numerusform>
            <numerusform>%n kolommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::PersonPortability</name>
    <message>
        <source>Your details (name, address, phone, e-mail, customer number, relation)</source>
        <translation>Uw gegevens (naam, adres, telefoon, e-mail, klantnummer, relatie)</translation>
    </message>
    <message>
        <source>We process these data on your consent or under a contract with you: %1; legal basis: %2.</source>
        <translation>Wij verwerken deze gegevens met uw toestemming of voor een overeenkomst met u: %1; grondslag: %2.</translation>
    </message>
    <message>
        <source>Our register of processing activities names no processing of data of people with your relation to us (%1) on your consent or under a contract with you.</source>
        <translation>Ons register van verwerkingsactiviteiten noemt geen verwerking van gegevens van mensen met uw relatie tot ons (%1) met uw toestemming of voor een overeenkomst met u.</translation>
    </message>
    <message>
        <source>We process the data of people with your relation to us (%1) on another legal basis than your consent or a contract with you: %2.</source>
        <translation>Wij verwerken de gegevens van mensen met uw relatie tot ons (%1) op een andere grondslag dan uw toestemming of een overeenkomst met u: %2.</translation>
    </message>
    <message>
        <source>Where your data came from</source>
        <translation>Waar uw gegevens vandaan komen</translation>
    </message>
    <message>
        <source>This is our own record of where we got your data, which the law requires us to keep (article 6(1)(c) GDPR, with articles 5(2) and 15(1)(g)); you did not give us these data.</source>
        <translation>Dit is onze eigen vastlegging van waar wij uw gegevens vandaan hebben, die de wet ons verplicht bij te houden (artikel 6 lid 1 sub c AVG, met artikel 5 lid 2 en artikel 15 lid 1 sub g); u heeft ons deze gegevens niet zelf gegeven.</translation>
    </message>
    <message>
        <source>Your requests and how we handled them</source>
        <translation>Uw verzoeken en hoe wij die behandelden</translation>
    </message>
    <message>
        <source>We record your requests and how we handled them because the law requires it (article 6(1)(c) GDPR, with articles 12 and 5(2)), not on your consent or under a contract.</source>
        <translation>Wij leggen uw verzoeken en de behandeling ervan vast omdat de wet dat vraagt (artikel 6 lid 1 sub c AVG, met artikel 12 en artikel 5 lid 2), niet met uw toestemming of voor een overeenkomst.</translation>
    </message>
    <message>
        <source>Our notes on your requests</source>
        <translation>Onze notities bij uw verzoeken</translation>
    </message>
    <message>
        <source>Our notes are part of handling your requests, which the law requires (article 6(1)(c) GDPR, with articles 12 and 5(2)); you did not give us these data.</source>
        <translation>Onze notities horen bij het behandelen van uw verzoeken, wat de wet vraagt (artikel 6 lid 1 sub c AVG, met artikel 12 en artikel 5 lid 2); u heeft ons deze gegevens niet zelf gegeven.</translation>
    </message>
    <message>
        <source>Who received your data from us</source>
        <translation>Wie uw gegevens van ons kregen</translation>
    </message>
    <message>
        <source>We record who received your data because the law requires it (article 6(1)(c) GDPR, with articles 5(2), 15(1)(c) and 19); you did not give us these data.</source>
        <translation>Wij leggen vast wie uw gegevens kregen omdat de wet dat vraagt (artikel 6 lid 1 sub c AVG, met artikel 5 lid 2, artikel 15 lid 1 sub c en artikel 19); u heeft ons deze gegevens niet zelf gegeven.</translation>
    </message>
    <message>
        <source>How long we keep your data</source>
        <translation>Hoe lang wij uw gegevens bewaren</translation>
    </message>
    <message>
        <source>We record how long we keep your data and when they are destroyed because the law requires it (article 6(1)(c) GDPR, with article 5(1)(e) and 5(2)); you did not give us these data.</source>
        <translation>Wij leggen vast hoe lang wij uw gegevens bewaren en wanneer ze worden vernietigd omdat de wet dat vraagt (artikel 6 lid 1 sub c AVG, met artikel 5 lid 1 sub e en lid 2); u heeft ons deze gegevens niet zelf gegeven.</translation>
    </message>
    <message>
        <source>Your personal data to take with you (article 20 GDPR)</source>
        <translation>Uw persoonsgegevens om mee te nemen (artikel 20 AVG)</translation>
    </message>
    <message>
        <source>For %1. Made by %2 on %3.</source>
        <translation>Voor %1. Gemaakt door %2 op %3.</translation>
    </message>
    <message>
        <source>our organisation</source>
        <translation>onze organisatie</translation>
    </message>
    <message>
        <source>DEMO: these data are fictitious.</source>
        <translation>DEMO: deze gegevens zijn verzonnen.</translation>
    </message>
    <message>
        <source>Article 20 of the General Data Protection Regulation (AVG) gives you the right to receive the personal data you gave us in a structured, commonly used and machine-readable form, as far as we process them on your consent or under a contract with you. This export holds those data. What we process on another legal basis is not in it: you find it in the access report (article 15 AVG).</source>
        <translation>Artikel 20 van de Algemene verordening gegevensbescherming (AVG) geeft u het recht de persoonsgegevens die u ons gaf te ontvangen in een gestructureerde, gangbare en machineleesbare vorm, voor zover wij ze verwerken met uw toestemming of voor een overeenkomst met u. Deze export bevat die gegevens. Wat wij op een andere grondslag verwerken, staat er niet in: dat vindt u in het inzageoverzicht (artikel 15 AVG).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>In this export (persons.csv and the JSON file):</source>
        <translation>In deze export (persons.csv en het JSON-bestand):</translation>
    </message>
    <message>
        <source>Not in this export, and why:</source>
        <translation>Niet in deze export, en waarom:</translation>
    </message>
    <message>
        <source>The CSV file is UTF-8 with &apos;;&apos; between the fields, as Excel opens it; the JSON file holds the same data and these reasons in a form programs read.</source>
        <translation>Het CSV-bestand is UTF-8 met ‘;’ tussen de velden, zoals Excel het opent; het JSON-bestand bevat dezelfde gegevens en deze redenen in een vorm die programma&apos;s lezen.</translation>
    </message>
    <message>
        <source>For: %1, %2</source>
        <extracomment>Dutch: &quot;Voor: %1, %2&quot;</extracomment>
        <translation>Voor: %1, %2</translation>
    </message>
    <message>
        <source>%1 asked us to send these data directly to you (article 20(2) GDPR; our reference %2).</source>
        <extracomment>Dutch: &quot;%1 vroeg ons deze gegevens rechtstreeks aan u te sturen (artikel 20 lid 2 AVG; ons kenmerk %2).&quot;</extracomment>
        <translation>%1 heeft ons gevraagd deze gegevens rechtstreeks aan u te sturen (artikel 20 lid 2 AVG; ons kenmerk %2).</translation>
    </message>
</context>
<context>
    <name>pd::PersonReportDocument</name>
    <message>
        <source>Access report</source>
        <translation>Inzageoverzicht</translation>
    </message>
    <message>
        <source>1. Your details</source>
        <translation>1. Uw gegevens</translation>
    </message>
    <message>
        <source>our organisation</source>
        <translation>onze organisatie</translation>
    </message>
    <message>
        <source>Access report: your personal data</source>
        <translation>Inzageoverzicht: uw persoonsgegevens</translation>
    </message>
    <message>
        <source>For %1. Drawn up by %2 on %3.</source>
        <translation>Voor %1. Opgesteld door %2 op %3.</translation>
    </message>
    <message>
        <source>For %1, customer number %2. Drawn up by %3 on %4.</source>
        <translation>Voor %1, klantnummer %2. Opgesteld door %3 op %4.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation to us</source>
        <translation>Relatie met ons</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
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
        <source>End of the relation</source>
        <translation>Einde van de relatie</translation>
    </message>
    <message>
        <source>Recorded in Privacydesk on</source>
        <translation>Vastgelegd in Privacydesk op</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relatie</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>end of the relation</source>
        <translation>einde van de relatie</translation>
    </message>
    <message>
        <source>other details</source>
        <translation>overige gegevens</translation>
    </message>
    <message>
        <source>%1: recorded when your request came in (%2).</source>
        <translation>%1: vastgelegd toen uw verzoek binnenkwam (%2).</translation>
    </message>
    <message>
        <source>%1: recorded when your request came in.</source>
        <translation>%1: vastgelegd toen uw verzoek binnenkwam.</translation>
    </message>
    <message>
        <source>The data about your requests and the notes on them were recorded by us while handling your requests, from what you or your representative told us.</source>
        <translation>De gegevens over uw verzoeken en de notities daarbij hebben wij vastgelegd tijdens de behandeling van uw verzoeken, op basis van wat u of uw gemachtigde ons vertelde.</translation>
    </message>
    <message>
        <source>We have no requests from you on record.</source>
        <translation>Wij hebben geen verzoeken van u vastgelegd.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Verzoek %1</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Soort verzoek</translation>
    </message>
    <message>
        <source>On your behalf by</source>
        <translation>Namens u door</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Terugbelnummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>asked for on %1</source>
        <translation>gevraagd op %1</translation>
    </message>
    <message>
        <source>received on %1</source>
        <translation>ontvangen op %1</translation>
    </message>
    <message>
        <source>how: %1</source>
        <translation>hoe: %1</translation>
    </message>
    <message>
        <source>result: identity confirmed</source>
        <translation>resultaat: identiteit bevestigd</translation>
    </message>
    <message>
        <source>result: identity not confirmed</source>
        <translation>resultaat: identiteit niet bevestigd</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Wettelijke termijn</translation>
    </message>
    <message>
        <source>Our own deadline</source>
        <translation>Onze eigen termijn</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Gronden</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Notes on this request</source>
        <translation>Notities bij dit verzoek</translation>
    </message>
    <message>
        <source>We have not recorded any disclosure of your data to others.</source>
        <translation>Wij hebben geen verstrekking van uw gegevens aan anderen vastgelegd.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>processes data on our behalf</source>
        <translation>verwerkt gegevens in onze opdracht</translation>
    </message>
    <message>
        <source>No retention term has started for your data yet: they are kept as long as your relation with us or your requests require.</source>
        <translation>Voor uw gegevens is nog geen bewaartermijn gaan lopen: wij bewaren ze zolang uw relatie met ons of uw verzoeken dat vragen.</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Bewaard tot</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Destroyed on %1</source>
        <translation>Vernietigd op %1</translation>
    </message>
    <message>
        <source>a file, destroyed on %1</source>
        <translation>een bestand, vernietigd op %1</translation>
    </message>
    <message>
        <source>kept since %1</source>
        <translation>bewaard sinds %1</translation>
    </message>
    <message>
        <source>fingerprint (SHA-256): %1</source>
        <translation>vingerafdruk (SHA-256): %1</translation>
    </message>
    <message>
        <source>Documents of this request that we keep</source>
        <translation>Stukken van dit verzoek die wij bewaren</translation>
    </message>
    <message>
        <source>decided without a recorded identification: %1</source>
        <translation>beslist zonder vastgelegde identificatie: %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>2. Your requests</source>
        <translation>2. Uw verzoeken</translation>
    </message>
    <message>
        <source>Our register of processing activities does not yet describe a processing of data of people with your relation to us (%1). Ask us about it if you want to know more.</source>
        <translation>Ons register van verwerkingsactiviteiten beschrijft nog geen verwerking van gegevens van mensen met uw relatie tot ons (%1). Vraag ons ernaar als u meer wilt weten.</translation>
    </message>
    <message>
        <source>Your requests about your personal data</source>
        <translation>Uw verzoeken over uw persoonsgegevens</translation>
    </message>
    <message>
        <source>Handling your requests (articles 12 to 22 AVG) and showing that we did so correctly (article 5(2) AVG); sections 1 and 2.</source>
        <translation>Het behandelen van uw verzoeken (artikel 12 tot en met 22 AVG) en kunnen aantonen dat wij dat goed deden (artikel 5 lid 2 AVG); onderdeel 1 en 2.</translation>
    </message>
    <message>
        <source>In Privacydesk: your details, your requests and how we handled them, the notes on them, the disclosures to others and the retention terms (sections 1, 2, 5 and 6).</source>
        <translation>In Privacydesk: uw gegevens, uw verzoeken en hoe wij die behandelden, de notities daarbij, de verstrekkingen aan anderen en de bewaartermijnen (onderdeel 1, 2, 5 en 6).</translation>
    </message>
    <message>
        <source>These organisations received personal data about you from us:</source>
        <translation>Deze organisaties kregen persoonsgegevens over u van ons:</translation>
    </message>
    <message>
        <source>Depending on the purpose, our register names these kinds of recipients for data of people with your relation to us: %1.</source>
        <translation>Afhankelijk van het doel noemt ons register deze soorten ontvangers van gegevens van mensen met uw relatie tot ons: %1.</translation>
    </message>
    <message>
        <source>These processors work with the data on our behalf, only under a processing agreement (article 28 AVG): %1.</source>
        <translation>Deze verwerkers werken in onze opdracht met de gegevens, alleen met een verwerkersovereenkomst (artikel 28 AVG): %1.</translation>
    </message>
    <message>
        <source>Our retention rules for data of people with your relation to us:</source>
        <translation>Onze bewaarregels voor gegevens van mensen met uw relatie tot ons:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>You may ask us:</source>
        <translation>U kunt ons vragen:</translation>
    </message>
    <message>
        <source>to correct or complete data that are wrong or incomplete (rectification, article 16 AVG);</source>
        <translation>gegevens die niet kloppen of onvolledig zijn te verbeteren of aan te vullen (rectificatie, artikel 16 AVG);</translation>
    </message>
    <message>
        <source>to restrict the use of your data while, for instance, a correction is checked (article 18 AVG);</source>
        <translation>het gebruik van uw gegevens te beperken, bijvoorbeeld zolang een correctie wordt gecontroleerd (artikel 18 AVG);</translation>
    </message>
    <message>
        <source>to receive the data you gave us in a machine-readable form, as far as we process them on your consent or under a contract with you (article 20 AVG);</source>
        <translation>de gegevens die u ons gaf in een machineleesbare vorm te ontvangen, voor zover wij ze verwerken met uw toestemming of voor een overeenkomst met u (artikel 20 AVG);</translation>
    </message>
    <message>
        <source>to stop using your data: you may object to their use (article 21 AVG), and always to their use for direct marketing.</source>
        <translation>te stoppen met het gebruik van uw gegevens: u kunt bezwaar maken tegen het gebruik (artikel 21 AVG), en altijd tegen gebruik voor direct marketing.</translation>
    </message>
    <message>
        <source>Recorded source of your data: %1.</source>
        <translation>Vastgelegde herkomst van uw gegevens: %1.</translation>
    </message>
    <message>
        <source>Depending on the purpose, we may also receive data about people with your relation to us from: %1.</source>
        <translation>Afhankelijk van het doel kunnen wij gegevens over mensen met uw relatie tot ons ook krijgen van: %1.</translation>
    </message>
    <message>
        <source>We do not transfer your data to countries outside the European Economic Area (the EU, Iceland, Liechtenstein and Norway) or to international organisations.</source>
        <translation>Wij geven uw gegevens niet door aan landen buiten de Europese Economische Ruimte (de EU, IJsland, Liechtenstein en Noorwegen) of aan internationale organisaties.</translation>
    </message>
    <message>
        <source>Your data go to these places outside the European Economic Area (the EU, Iceland, Liechtenstein and Norway). The safeguard is what protects your data there (article 46 AVG):</source>
        <translation>Uw gegevens gaan naar deze plaatsen buiten de Europese Economische Ruimte (de EU, IJsland, Liechtenstein en Noorwegen). De waarborg is wat uw gegevens daar beschermt (artikel 46 AVG):</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Waarborg</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>received your data on %1</source>
        <translation>ontving uw gegevens op %1</translation>
    </message>
    <message>
        <source>outside the EEA (country not recorded)</source>
        <translation>buiten de EER (land niet vastgelegd)</translation>
    </message>
    <message>
        <source>not recorded in our register: ask us about it</source>
        <translation>niet vastgelegd in ons register: vraag ons ernaar</translation>
    </message>
    <message>
        <source>%1: taken over from our rental administration.</source>
        <translation>%1: overgenomen uit onze huuradministratie.</translation>
    </message>
    <message>
        <source>%1: updated from our rental administration (%2).</source>
        <translation>%1: bijgewerkt vanuit onze huuradministratie (%2).</translation>
    </message>
    <message>
        <source>Since %1 we keep your data longer, for this reason: %2. As long as that is needed, none of your data are destroyed.</source>
        <translation>Sinds %1 bewaren wij uw gegevens langer, om deze reden: %2. Zolang dat nodig is, vernietigen wij geen gegevens van u.</translation>
    </message>
    <message>
        <source>%1 (article 6(1)(%2) GDPR)</source>
        <translation>%1 (artikel 6 lid 1 sub %2 AVG)</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>per brief</translation>
    </message>
    <message>
        <source>at the front desk</source>
        <translation>aan de balie</translation>
    </message>
    <message>
        <source>through the web form</source>
        <translation>via het webformulier</translation>
    </message>
    <message>
        <source>through a representative</source>
        <translation>via een gemachtigde</translation>
    </message>
    <message>
        <source>through the Autoriteit Persoonsgegevens</source>
        <translation>via de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <source>3. What we use your data for (article 15(1)(a) GDPR)</source>
        <translation>3. Waarvoor wij uw gegevens gebruiken (artikel 15 lid 1 sub a AVG)</translation>
    </message>
    <message>
        <source>4. Which data we use (article 15(1)(b) GDPR)</source>
        <translation>4. Welke gegevens wij gebruiken (artikel 15 lid 1 sub b AVG)</translation>
    </message>
    <message>
        <source>5. Who receives your data (article 15(1)(c) GDPR)</source>
        <translation>5. Wie uw gegevens krijgen (artikel 15 lid 1 sub c AVG)</translation>
    </message>
    <message>
        <source>6. How long we keep your data (article 15(1)(d) GDPR)</source>
        <translation>6. Hoe lang wij uw gegevens bewaren (artikel 15 lid 1 sub d AVG)</translation>
    </message>
    <message>
        <source>7. Your rights (article 15(1)(e) GDPR)</source>
        <translation>7. Uw rechten (artikel 15 lid 1 sub e AVG)</translation>
    </message>
    <message>
        <source>8. Complaining to the Autoriteit Persoonsgegevens (article 15(1)(f) GDPR)</source>
        <translation>8. Een klacht indienen bij de Autoriteit Persoonsgegevens (artikel 15 lid 1 sub f AVG)</translation>
    </message>
    <message>
        <source>9. Where your data come from (article 15(1)(g) GDPR)</source>
        <translation>9. Waar uw gegevens vandaan komen (artikel 15 lid 1 sub g AVG)</translation>
    </message>
    <message>
        <source>10. Automated decisions (article 15(1)(h) GDPR)</source>
        <translation>10. Geautomatiseerde beslissingen (artikel 15 lid 1 sub h AVG)</translation>
    </message>
    <message>
        <source>11. Your data outside the EEA (article 15(2) GDPR)</source>
        <translation>11. Uw gegevens buiten de EER (artikel 15 lid 2 AVG)</translation>
    </message>
    <message>
        <source>Some notes and descriptions held data of other people. We left those out to protect their privacy (article 15(4) GDPR). In those places it says ‘%1’.</source>
        <translation>Sommige notities en omschrijvingen bevatten gegevens van andere mensen. Die hebben wij weggelaten om hun privacy te beschermen (artikel 15 lid 4 AVG). Op die plaatsen staat ‘%1’.</translation>
    </message>
    <message>
        <source>For identification we only record that we checked your identity, and how. We never keep a copy of your identity document, its number or your citizen service number (BSN).</source>
        <translation>Bij de identificatie leggen wij alleen vast dat wij uw identiteit hebben gecontroleerd, en hoe. Wij bewaren nooit een kopie van uw identiteitsbewijs, het nummer ervan of uw burgerservicenummer (BSN).</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (we told you so on %2)</source>
        <translation>%1 (dit hebben wij u op %2 laten weten)</translation>
    </message>
    <message>
        <source>against direct marketing: your data is no longer used for it (article 21(3) GDPR)</source>
        <translation>tegen direct marketing: wij gebruiken uw gegevens daar niet meer voor (artikel 21 lid 3 AVG)</translation>
    </message>
    <message>
        <source>Our register of processing activities says what we use the data of people with your relation to us (%1) for. We may only do that on a legal basis (article 6 GDPR). These are the purposes and their legal bases:</source>
        <translation>In ons register van verwerkingsactiviteiten staat waarvoor wij de gegevens van mensen met uw relatie tot ons (%1) gebruiken. Dat mag alleen op een grondslag uit de wet (artikel 6 AVG). Dit zijn de doelen en hun grondslagen:</translation>
    </message>
    <message>
        <source>Special categories of personal data: %1 (article 9(2)(%2) GDPR)</source>
        <translation>Bijzondere persoonsgegevens: %1 (artikel 9 lid 2 sub %2 AVG)</translation>
    </message>
    <message>
        <source>Criminal personal data: %1</source>
        <translation>Strafrechtelijke persoonsgegevens: %1</translation>
    </message>
    <message>
        <source>special categories of personal data about %1 (article 9 GDPR)</source>
        <translation>bijzondere persoonsgegevens over %1 (artikel 9 AVG)</translation>
    </message>
    <message>
        <source>criminal personal data (article 10 GDPR)</source>
        <translation>strafrechtelijke persoonsgegevens (artikel 10 AVG)</translation>
    </message>
    <message>
        <source>sensitive data, but no special categories of personal data</source>
        <translation>gevoelige gegevens, maar geen bijzondere persoonsgegevens</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>For the purposes in section 3 we use these kinds of data about people with your relation to us, as far as we have them about you:</source>
        <translation>Voor de doelen in onderdeel 3 gebruiken wij deze soorten gegevens over mensen met uw relatie tot ons, voor zover wij die van u hebben:</translation>
    </message>
    <message>
        <source>We keep the data about your requests until %1 after your request was completed. Then we destroy them.</source>
        <translation>Wij bewaren de gegevens over uw verzoeken tot %1 nadat uw verzoek is afgerond. Daarna vernietigen wij ze.</translation>
    </message>
    <message>
        <source>We keep the data about your requests for %1. Then we destroy them.</source>
        <translation>Wij bewaren de gegevens over uw verzoeken tot %1. Daarna vernietigen wij ze.</translation>
    </message>
    <message>
        <source>to delete your data (article 17 GDPR), unless we must keep them, for instance by law;</source>
        <translation>uw gegevens te verwijderen (artikel 17 AVG), tenzij wij ze moeten bewaren, bijvoorbeeld omdat de wet dat vraagt;</translation>
    </message>
    <message>
        <source>Do you disagree with how we handle your data? Please tell us first. You also have the right to complain to the Autoriteit Persoonsgegevens, the Dutch supervisory authority (www.autoriteitpersoonsgegevens.nl). And you may go to court.</source>
        <translation>Bent u het niet eens met hoe wij met uw gegevens omgaan? Laat het ons dan eerst weten. U heeft ook het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens, de Nederlandse toezichthouder (www.autoriteitpersoonsgegevens.nl). En u kunt naar de rechter stappen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>Dutch: &quot;%n dag(en)&quot;</extracomment>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <extracomment>Dutch: &quot;%n week/weken&quot;</extracomment>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <extracomment>Dutch: &quot;%n maand(en)&quot;</extracomment>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>We answer within %1.</source>
        <extracomment>Dutch: &quot;Wij antwoorden binnen %1.&quot;</extracomment>
        <translation>Wij antwoorden binnen %1.</translation>
    </message>
    <message>
        <source>We answer within %1, and never later than one month after we received your request.</source>
        <extracomment>Dutch: &quot;Wij antwoorden binnen %1, en nooit later dan één maand nadat wij uw verzoek hebben ontvangen.&quot;</extracomment>
        <translation>Wij antwoorden binnen %1, en nooit later dan één maand nadat wij uw verzoek hebben ontvangen.</translation>
    </message>
    <message>
        <source>We answer within one month.</source>
        <extracomment>Dutch: &quot;Wij antwoorden binnen één maand.&quot;</extracomment>
        <translation>Wij antwoorden binnen één maand.</translation>
    </message>
    <message>
        <source>Do we use your data because you gave your consent? Then you may withdraw that consent at any time (article 7(3) GDPR). A request costs nothing.</source>
        <extracomment>Dutch: &quot;Gebruiken wij uw gegevens omdat u daarvoor toestemming heeft gegeven? Dan kunt u die toestemming altijd intrekken (artikel 7 lid 3 AVG). Een verzoek kost niets.&quot;</extracomment>
        <translation>Gebruiken wij uw gegevens omdat u daarvoor toestemming heeft gegeven? Dan kunt u die toestemming altijd intrekken (artikel 7 lid 3 AVG). Een verzoek kost niets.</translation>
    </message>
    <message>
        <source>You asked us to restrict the use of your data (article 18 GDPR). While a restriction applies, we only store those data.</source>
        <extracomment>Dutch: &quot;U heeft gevraagd het gebruik van uw gegevens te beperken (artikel 18 AVG). Zolang een beperking geldt, bewaren wij die gegevens alleen.&quot;</extracomment>
        <translation>U heeft gevraagd het gebruik van uw gegevens te beperken (artikel 18 AVG). Zolang een beperking geldt, bewaren wij die gegevens alleen.</translation>
    </message>
    <message>
        <source>%1: restricted since %2 (%3)</source>
        <extracomment>Dutch: &quot;%1: beperkt sinds %2 (%3)&quot;</extracomment>
        <translation>%1: beperkt sinds %2 (%3)</translation>
    </message>
    <message>
        <source>%1: restricted from %2 until %3</source>
        <extracomment>Dutch: &quot;%1: beperkt van %2 tot %3&quot;</extracomment>
        <translation>%1: beperkt van %2 tot %3</translation>
    </message>
</context>
<context>
    <name>pd::PersonReportLoader</name>
    <message>
        <source>Description of request %1</source>
        <translation>Omschrijving van verzoek %1</translation>
    </message>
    <message>
        <source>Representative in request %1</source>
        <translation>Gemachtigde bij verzoek %1</translation>
    </message>
    <message>
        <source>Reason for extending request %1</source>
        <translation>Reden voor verlenging van verzoek %1</translation>
    </message>
    <message>
        <source>How request %1 was answered</source>
        <translation>Hoe verzoek %1 is beantwoord</translation>
    </message>
    <message>
        <source>Note on request %1 of %2</source>
        <translation>Notitie bij verzoek %1 van %2</translation>
    </message>
    <message>
        <source>Disclosure to %1 on %2: %3</source>
        <translation>Verstrekking aan %1 op %2: %3</translation>
    </message>
    <message>
        <source>data</source>
        <translation>gegevens</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>requested by</source>
        <translation>gevraagd door</translation>
    </message>
    <message>
        <source>Reason for the legal hold</source>
        <translation>Reden van de vernietigingsstop</translation>
    </message>
    <message>
        <source>This data subject does not exist, or their data were anonymised under the retention rules.</source>
        <translation>Deze betrokkene bestaat niet, of de gegevens zijn volgens de bewaartermijnen geanonimiseerd.</translation>
    </message>
    <message>
        <source>Name of a file kept with request %1</source>
        <translation>Naam van een bestand bij verzoek %1</translation>
    </message>
    <message>
        <source>Reasons for the decision on request %1</source>
        <translation>Motivering van de beslissing op verzoek %1</translation>
    </message>
    <message>
        <source>Why request %1 was decided without identification</source>
        <translation>Waarom op verzoek %1 zonder identificatie is beslist</translation>
    </message>
    <message>
        <source>Where your data came from</source>
        <translation>Waar uw gegevens vandaan komen</translation>
    </message>
    <message>
        <source>Restricted data (art. 18 GDPR)</source>
        <extracomment>Dutch: &quot;Beperkte gegevens (art. 18 AVG)&quot;</extracomment>
        <translation>Beperkte gegevens (art. 18 AVG)</translation>
    </message>
    <message>
        <source>Covenant: %1</source>
        <extracomment>Dutch: &quot;Convenant: %1&quot;</extracomment>
        <translation>Convenant: %1</translation>
    </message>
</context>
<context>
    <name>pd::PersonReview</name>
    <message>
        <source>Other data subject</source>
        <translation>Andere betrokkene</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Possible name</source>
        <translation>Mogelijke naam</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[weggelaten]</translation>
    </message>
</context>
<context>
    <name>pd::PrintedDocument</name>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kon %1 niet schrijven.</translation>
    </message>
    <message>
        <source>DEMO — fictitious data</source>
        <translation>DEMO — fictieve gegevens</translation>
    </message>
</context>
<context>
    <name>pd::ProcessingRegister</name>
    <message>
        <source>The main purpose needs a code of one to three capital letters, such as A.</source>
        <translation>Het hoofddoel heeft een code van één tot drie hoofdletters nodig, zoals A.</translation>
    </message>
    <message>
        <source>Name the main purpose, such as &quot;Leveren van diensten&quot;.</source>
        <translation>Geef het hoofddoel een naam, zoals ‘Leveren van diensten’.</translation>
    </message>
    <message>
        <source>The sub-purpose number is the main purpose code, a dot and a number, such as %1.1.</source>
        <translation>Het nummer van het subdoel is de code van het hoofddoel, een punt en een getal, zoals %1.1.</translation>
    </message>
    <message>
        <source>Describe the sub-purpose.</source>
        <translation>Omschrijf het subdoel.</translation>
    </message>
    <message>
        <source>Give the processing activity a name.</source>
        <translation>Geef de verwerking een naam.</translation>
    </message>
    <message>
        <source>Unknown legal basis &apos;%1&apos;: use a letter from a to f.</source>
        <translation>Onbekende grondslag ‘%1’: gebruik een letter van a tot en met f.</translation>
    </message>
    <message>
        <source>Name at least one category of data subjects.</source>
        <translation>Noem ten minste één categorie betrokkenen.</translation>
    </message>
    <message>
        <source>Name at least one category of personal data.</source>
        <translation>Noem ten minste één categorie persoonsgegevens.</translation>
    </message>
    <message>
        <source>Unknown special category &apos;%1&apos; for &quot;%2&quot;.</source>
        <translation>Onbekende bijzondere categorie ‘%1’ bij ‘%2’.</translation>
    </message>
    <message>
        <source>This processing activity no longer exists.</source>
        <translation>Deze verwerking bestaat niet meer.</translation>
    </message>
    <message>
        <source>Number %1 is already used by &quot;%2&quot;.</source>
        <translation>Nummer %1 is al in gebruik voor ‘%2’.</translation>
    </message>
    <message>
        <source>Main purpose %1 is called &quot;%2&quot; in the register; use that name or another code.</source>
        <translation>Hoofddoel %1 heet in het register ‘%2’; gebruik die naam of een andere code.</translation>
    </message>
    <message>
        <source>Main purpose</source>
        <translation>Hoofddoel</translation>
    </message>
    <message>
        <source>Sub-purpose</source>
        <translation>Subdoel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Statute or covenant</source>
        <translation>Wet of convenant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Waarborg</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Verwerkers</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Uitvoering overeenkomst</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitaal belang</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>Algemeen belang</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Health (medical)</source>
        <translation>Gezondheid (medisch)</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Ras of etnische afkomst</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation>Godsdienst of levensovertuiging</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politieke opvattingen</translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation>Lidmaatschap vakbond</translation>
    </message>
    <message>
        <source>Biometric</source>
        <translation>Biometrisch</translation>
    </message>
    <message>
        <source>Genetic</source>
        <translation>Genetisch</translation>
    </message>
    <message>
        <source>Sex life or orientation</source>
        <translation>Seksueel gedrag of seksuele gerichtheid</translation>
    </message>
    <message>
        <source>Example activities are only for the demo store.</source>
        <translation>Voorbeeldverwerkingen zijn alleen voor de demokluis.</translation>
    </message>
    <message>
        <source>Choose at least one legal basis (art. 6 lid 1 AVG).</source>
        <translation>Kies ten minste één grondslag (art. 6 lid 1 AVG).</translation>
    </message>
    <message>
        <source>A legal obligation or a task in the public interest rests on a statute: name it (art. 6 lid 3 AVG).</source>
        <translation>Een wettelijke verplichting of een taak van algemeen belang berust op een wet: noem die (art. 6 lid 3 AVG).</translation>
    </message>
    <message>
        <source>Unknown exception &apos;%1&apos;: use a letter from a to j of art. 9 lid 2 AVG.</source>
        <translation>Onbekende uitzondering ‘%1’: gebruik een letter van a tot en met j van art. 9 lid 2 AVG.</translation>
    </message>
    <message>
        <source>Special categories of personal data (%1) may only be processed under an exception of art. 9 lid 2 AVG: choose it.</source>
        <translation>Bijzondere persoonsgegevens (%1) mogen alleen worden verwerkt met een uitzondering van art. 9 lid 2 AVG: kies die.</translation>
    </message>
    <message>
        <source>An exception of art. 9 lid 2 AVG is chosen, but no category of personal data is marked as a special category.</source>
        <translation>Er is een uitzondering van art. 9 lid 2 AVG gekozen, maar geen categorie persoonsgegevens is gemarkeerd als bijzondere persoonsgegevens.</translation>
    </message>
    <message>
        <source>Criminal data may only be processed on a basis of art. 10 AVG (such as art. 33 UAVG): name it.</source>
        <translation>Strafrechtelijke persoonsgegevens mogen alleen worden verwerkt op een grondslag van art. 10 AVG (zoals art. 33 UAVG): noem die.</translation>
    </message>
    <message>
        <source>A basis for criminal data (art. 10 AVG) is named, but no category of personal data is marked as criminal data.</source>
        <translation>Er is een grondslag voor strafrechtelijke persoonsgegevens (art. 10 AVG) genoemd, maar geen categorie persoonsgegevens is gemarkeerd als strafrechtelijk.</translation>
    </message>
    <message>
        <source>Name the country outside the EEA the data go to.</source>
        <translation>Noem het land buiten de EER waar de gegevens naartoe gaan.</translation>
    </message>
    <message>
        <source>%1 is in the EEA: data going there are no transfer outside the EEA.</source>
        <translation>%1 ligt in de EER: gegevens die daarheen gaan zijn geen doorgifte buiten de EER.</translation>
    </message>
    <message>
        <source>%1 is outside the EEA: mark the transfer and name its safeguard (art. 44-49 AVG).</source>
        <translation>%1 ligt buiten de EER: vink de doorgifte aan en noem de waarborg (art. 44-49 AVG).</translation>
    </message>
    <message>
        <source>Name the safeguard for the transfer outside the EEA (art. 46 AVG), such as standard contractual clauses.</source>
        <translation>Noem de waarborg voor de doorgifte buiten de EER (art. 46 AVG), zoals standaardcontractbepalingen.</translation>
    </message>
    <message>
        <source>Basis for criminal data</source>
        <translation>Grondslag strafrechtelijke persoonsgegevens</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Explicit consent</source>
        <translation>Uitdrukkelijke toestemming</translation>
    </message>
    <message>
        <source>Employment and social security law</source>
        <translation>Arbeidsrecht en socialezekerheidsrecht</translation>
    </message>
    <message>
        <source>Vital interests, consent impossible</source>
        <translation>Vitaal belang, toestemming niet mogelijk</translation>
    </message>
    <message>
        <source>Not-for-profit body, own members</source>
        <translation>Stichting of vereniging zonder winstoogmerk, eigen leden</translation>
    </message>
    <message>
        <source>Made public by the data subject</source>
        <translation>Door betrokkene openbaar gemaakt</translation>
    </message>
    <message>
        <source>Legal claims</source>
        <translation>Rechtsvorderingen</translation>
    </message>
    <message>
        <source>Substantial public interest, by law</source>
        <translation>Zwaarwegend algemeen belang, bij wet</translation>
    </message>
    <message>
        <source>Health or social care</source>
        <translation>Gezondheidszorg of sociale zorg</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>Volksgezondheid</translation>
    </message>
    <message>
        <source>Archiving, research or statistics</source>
        <translation>Archivering, onderzoek of statistiek</translation>
    </message>
    <message>
        <source>There is no processing activity %1.</source>
        <translation>Er is geen verwerking %1.</translation>
    </message>
    <message>
        <source>Criminal (art. 10)</source>
        <translation>Strafrechtelijk (art. 10)</translation>
    </message>
    <message>
        <source>Nuisance (sensitive)</source>
        <translation>Overlast (gevoelig)</translation>
    </message>
    <message>
        <source>Systems</source>
        <extracomment>Dutch: &quot;Systemen&quot;</extracomment>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>Processing activity %1 has a DPIA assessment and stays in the register.</source>
        <extracomment>Dutch: &quot;Verwerking %1 heeft een DPIA-beoordeling en blijft in het register.&quot;</extracomment>
        <translation>Verwerking %1 heeft een DPIA-beoordeling en blijft in het register.</translation>
    </message>
</context>
<context>
    <name>pd::ProcessingRegisterExport</name>
    <message>
        <source>Register of processing activities (art. 30 GDPR)</source>
        <translation>Register van verwerkingsactiviteiten (art. 30 AVG)</translation>
    </message>
    <message numerus="yes">
        <source>Printed on %1; %n processing activities.</source>
        <translation>
            <numerusform>Afgedrukt op %1; %n verwerking.</numerusform>
            <numerusform>Afgedrukt op %1; %n verwerkingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register holds no processing activities yet.</source>
        <translation>Het register bevat nog geen verwerkingen.</translation>
    </message>
    <message>
        <source>Sub-purpose</source>
        <translation>Subdoel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Verwerkers</translation>
    </message>
    <message>
        <source>Yes: %1; safeguard: %2</source>
        <translation>Ja: %1; waarborg: %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Controller:</source>
        <translation>Verwerkingsverantwoordelijke:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Postadres:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation>Functionaris gegevensbescherming:</translation>
    </message>
    <message>
        <source>E-mail of the data protection officer:</source>
        <translation>E-mail functionaris gegevensbescherming:</translation>
    </message>
    <message>
        <source>Special categories (art. 9 AVG)</source>
        <translation>Bijzondere persoonsgegevens (art. 9 AVG)</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Uitzondering: %1</translation>
    </message>
    <message>
        <source>Criminal data (art. 10 AVG)</source>
        <translation>Strafrechtelijke persoonsgegevens (art. 10 AVG)</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Grondslag: %1</translation>
    </message>
    <message>
        <source>Transfer outside the EEA</source>
        <translation>Doorgifte buiten de EER</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sensitive data (nuisance)</source>
        <translation>Gevoelige gegevens (overlast)</translation>
    </message>
    <message>
        <source>no special categories of personal data (art. 9 AVG), no criminal data (art. 10 AVG)</source>
        <translation>geen bijzondere persoonsgegevens (art. 9 AVG) en geen strafrechtelijke persoonsgegevens (art. 10 AVG)</translation>
    </message>
    <message>
        <source>Systems</source>
        <extracomment>Dutch: &quot;Systemen&quot;</extracomment>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>DPIA (art. 35 AVG)</source>
        <extracomment>Dutch: &quot;DPIA (art. 35 AVG)&quot;</extracomment>
        <translation>DPIA (art. 35 AVG)</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <extracomment>Dutch: &quot;Bewaartermijnen&quot;</extracomment>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>The organisation&apos;s retention rules: when the data are erased (article 30(1)(f) GDPR).</source>
        <extracomment>Dutch: &quot;De bewaarregels van de organisatie: wanneer de gegevens worden gewist (artikel 30 lid 1 sub f AVG).&quot;</extracomment>
        <translation>De bewaarregels van de organisatie: wanneer de gegevens worden gewist (artikel 30 lid 1 sub f AVG).</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Dutch: &quot;Gegevens&quot;</extracomment>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Dutch: &quot;Termijn&quot;</extracomment>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Basis</source>
        <extracomment>Dutch: &quot;Grondslag&quot;</extracomment>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Derived for</source>
        <extracomment>Dutch: &quot;Afgeleid voor&quot;</extracomment>
        <translation>Afgeleid voor</translation>
    </message>
</context>
<context>
    <name>pd::RecipientCodes</name>
    <message>
        <source>Contractor / maintenance</source>
        <translation>Aannemer / onderhoud</translation>
    </message>
    <message>
        <source>Bailiff</source>
        <translation>Deurwaarder</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
    <message>
        <source>Construction company</source>
        <translation>Bouwbedrijf</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Police / justice</source>
        <translation>Politie / justitie</translation>
    </message>
    <message>
        <source>Care institution</source>
        <translation>Zorginstelling</translation>
    </message>
    <message>
        <source>Tax authority (Belastingdienst)</source>
        <translation>Belastingdienst</translation>
    </message>
    <message>
        <source>House-seekers&apos; system</source>
        <translation>Woningzoekendensysteem</translation>
    </message>
    <message>
        <source>Financial administrator</source>
        <translation>Bewindvoerder</translation>
    </message>
    <message>
        <source>Debt counselling</source>
        <translation>Schuldhulpverlening</translation>
    </message>
    <message>
        <source>Other housing corporation</source>
        <translation>Collega-corporatie</translation>
    </message>
    <message>
        <source>Debt collection agency</source>
        <translation>Incassobureau</translation>
    </message>
    <message>
        <source>Processor (software, hosting, backups)</source>
        <translation>Verwerker (software, hosting, back-ups)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Recipient (third party)</source>
        <translation>Ontvanger (derde)</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
</context>
<context>
    <name>pd::RecipientService</name>
    <message>
        <source>Enter the recipient&apos;s name.</source>
        <translation>Vul de naam van de ontvanger in.</translation>
    </message>
    <message>
        <source>The review date of the processing agreement lies before its signing date.</source>
        <translation>De evaluatiedatum van de verwerkersovereenkomst ligt vóór de datum van ondertekening.</translation>
    </message>
    <message>
        <source>This recipient no longer exists.</source>
        <translation>Deze ontvanger bestaat niet meer.</translation>
    </message>
    <message>
        <source>The catalogue already holds a recipient named &quot;%1&quot;.</source>
        <translation>De catalogus bevat al een ontvanger met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>What the processor processes</source>
        <translation>Wat de verwerker verwerkt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Name the country outside the EEA where the processor processes the data.</source>
        <translation>Noem het land buiten de EER waar de verwerker de gegevens verwerkt.</translation>
    </message>
    <message>
        <source>There is no recipient &quot;%1&quot; in the catalogue.</source>
        <translation>Er staat geen ontvanger ‘%1’ in de catalogus.</translation>
    </message>
</context>
<context>
    <name>pd::RecordedState</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Request %1: the database says state %2, but the audit trail last recorded %3.</source>
        <translation>Verzoek %1: de database noemt status %2, maar de audittrail legde het laatst %3 vast.</translation>
    </message>
    <message>
        <source>Request %1: the database says outcome %2, but the audit trail last recorded %3.</source>
        <translation>Verzoek %1: de database noemt uitkomst %2, maar de audittrail legde het laatst %3 vast.</translation>
    </message>
    <message>
        <source>Data subject no. %1: the name in the database differs from the name the audit trail last recorded.</source>
        <translation>Betrokkene nr. %1: de naam in de database wijkt af van de naam die de audittrail het laatst vastlegde.</translation>
    </message>
    <message>
        <source>The requests and data subjects could not be compared with the audit trail: %1</source>
        <translation>De verzoeken en betrokkenen konden niet met de audittrail worden vergeleken: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more difference(s) between the database and the audit trail.</source>
        <translation>
            <numerusform>… en nog %n verschil tussen de database en de audittrail.</numerusform>
            <numerusform>… en nog %n verschillen tussen de database en de audittrail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RestrictionCodes</name>
    <message>
        <source>art. 18(1)(a) GDPR: the accuracy of the data is contested, while we verify it</source>
        <extracomment>Dutch: &quot;art. 18 lid 1 sub a: de juistheid van de gegevens wordt betwist, terwijl wij die controleren&quot;</extracomment>
        <translation>art. 18 lid 1 sub a: de juistheid van de gegevens wordt betwist, terwijl wij die controleren</translation>
    </message>
    <message>
        <source>art. 18(1)(b) GDPR: the processing is unlawful and the data subject asks for restriction instead of erasure</source>
        <extracomment>Dutch: &quot;art. 18 lid 1 sub b: de verwerking is onrechtmatig en de betrokkene wil beperking in plaats van wissen&quot;</extracomment>
        <translation>art. 18 lid 1 sub b: de verwerking is onrechtmatig en de betrokkene wil beperking in plaats van wissen</translation>
    </message>
    <message>
        <source>art. 18(1)(c) GDPR: we no longer need the data, the data subject needs them for a legal claim</source>
        <extracomment>Dutch: &quot;art. 18 lid 1 sub c: wij hebben de gegevens niet meer nodig, de betrokkene wel voor een rechtsvordering&quot;</extracomment>
        <translation>art. 18 lid 1 sub c: wij hebben de gegevens niet meer nodig, de betrokkene wel voor een rechtsvordering</translation>
    </message>
    <message>
        <source>art. 18(1)(d) GDPR: objection (art. 21(1)), while we weigh the grounds</source>
        <extracomment>Dutch: &quot;art. 18 lid 1 sub d: bezwaar (art. 21 lid 1), terwijl wij de gronden afwegen&quot;</extracomment>
        <translation>art. 18 lid 1 sub d: bezwaar (art. 21 lid 1), terwijl wij de gronden afwegen</translation>
    </message>
</context>
<context>
    <name>pd::RestrictionService</name>
    <message>
        <source>There is no data subject with customer number %1.</source>
        <extracomment>Dutch: &quot;Er is geen betrokkene met klantnummer %1.&quot;</extracomment>
        <translation>Er is geen betrokkene met klantnummer %1.</translation>
    </message>
    <message>
        <source>Say which data are restricted and why.</source>
        <extracomment>Dutch: &quot;Zeg welke gegevens worden beperkt en waarom.&quot;</extracomment>
        <translation>Zeg welke gegevens worden beperkt en waarom.</translation>
    </message>
    <message>
        <source>A restriction starts today or earlier.</source>
        <extracomment>Dutch: &quot;Een beperking begint vandaag of eerder.&quot;</extracomment>
        <translation>Een beperking begint vandaag of eerder.</translation>
    </message>
    <message>
        <source>Restricted data</source>
        <translation>Beperkte gegevens</translation>
    </message>
    <message>
        <source>Reason for the restriction</source>
        <translation>Reden van de beperking</translation>
    </message>
    <message>
        <source>Request %1 is not about this data subject.</source>
        <extracomment>Dutch: &quot;Verzoek %1 gaat niet over deze betrokkene.&quot;</extracomment>
        <translation>Verzoek %1 gaat niet over deze betrokkene.</translation>
    </message>
    <message>
        <source>The restriction can only be lifted once the data subject has been told first (art. 18(3) GDPR). Make the letter ‘Notice that the restriction will be lifted’ on the request and record that it was sent. Then you can lift the restriction.</source>
        <extracomment>Dutch: &quot;De beperking kan pas worden opgeheven als de betrokkene dat eerst heeft gehoord (artikel 18 lid 3 AVG). Maak bij het verzoek de brief ‘Kennisgeving opheffing beperking’ en leg vast dat die is verstuurd. Daarna kunt u de beperking opheffen.&quot;</extracomment>
        <translation>De beperking kan pas worden opgeheven als de betrokkene dat eerst heeft gehoord (artikel 18 lid 3 AVG). Maak bij het verzoek de brief ‘Kennisgeving opheffing beperking’ en leg vast dat die is verstuurd. Daarna kunt u de beperking opheffen.</translation>
    </message>
    <message>
        <source>This restriction belongs to no request: name the request with which the letter was sent.</source>
        <extracomment>Dutch: &quot;Deze beperking hoort bij geen verzoek: noem het verzoek waarbij de brief is verstuurd.&quot;</extracomment>
        <translation>Deze beperking hoort bij geen verzoek: noem het verzoek waarbij de brief is verstuurd.</translation>
    </message>
    <message>
        <source>There is no restriction %1.</source>
        <extracomment>Dutch: &quot;Er is geen beperking %1.&quot;</extracomment>
        <translation>Er is geen beperking %1.</translation>
    </message>
    <message>
        <source>Restriction %1 was lifted on %2 already.</source>
        <extracomment>Dutch: &quot;Beperking %1 is al opgeheven op %2.&quot;</extracomment>
        <translation>Beperking %1 is al opgeheven op %2.</translation>
    </message>
    <message>
        <source>%1 since %2 (sub %3)</source>
        <extracomment>Dutch: &quot;%1 sinds %2 (sub %3)&quot;</extracomment>
        <translation>%1 sinds %2 (sub %3)</translation>
    </message>
    <message>
        <source>Processing restricted (art. 18 GDPR): %1. Do not use these data; only store them.</source>
        <extracomment>Dutch: &quot;Verwerking beperkt (art. 18 AVG): %1. Gebruik deze gegevens niet; alleen bewaren.&quot;</extracomment>
        <translation>Verwerking beperkt (art. 18 AVG): %1. Gebruik deze gegevens niet; alleen bewaren.</translation>
    </message>
</context>
<context>
    <name>pd::RetentionCodes</name>
    <message>
        <source>end of tenancy</source>
        <translation>einde huurovereenkomst</translation>
    </message>
    <message>
        <source>end of registration</source>
        <translation>einde inschrijving</translation>
    </message>
    <message>
        <source>request completed</source>
        <translation>afronding van het verzoek</translation>
    </message>
    <message>
        <source>end of application procedure</source>
        <translation>einde sollicitatieprocedure</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>opname</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>andere gebeurtenis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <source>Expired: to be destroyed</source>
        <translation>Verlopen: te vernietigen</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Vernietigd</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Vernietigingsstop</translation>
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
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>end of the relation</source>
        <translation>einde relatie</translation>
    </message>
    <message>
        <source>end of the fiscal year in which the relation ended</source>
        <translation>einde van het boekjaar waarin de relatie eindigde</translation>
    </message>
</context>
<context>
    <name>pd::RetentionService</name>
    <message>
        <source>%1 after %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>Nothing to destroy.</source>
        <translation>Er is niets te vernietigen.</translation>
    </message>
    <message>
        <source>Enter the data category.</source>
        <translation>Vul de gegevenscategorie in.</translation>
    </message>
    <message>
        <source>The data category is too long (at most 200 characters).</source>
        <translation>De gegevenscategorie is te lang (ten hoogste 200 tekens).</translation>
    </message>
    <message>
        <source>The retention period is implausibly long.</source>
        <translation>De bewaartermijn is onwaarschijnlijk lang.</translation>
    </message>
    <message>
        <source>The rule for closed request files always runs from the completion of the request.</source>
        <translation>De regel voor afgeronde verzoekdossiers loopt altijd vanaf de afronding van het verzoek.</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Gegevenscategorie</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>This retention rule no longer exists.</source>
        <translation>Deze bewaarregel bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is already a rule for closed request files.</source>
        <translation>Er is al een regel voor afgeronde verzoekdossiers.</translation>
    </message>
    <message>
        <source>There is no retention rule %1.</source>
        <translation>Er is geen bewaarregel %1.</translation>
    </message>
    <message>
        <source>Closed request files follow from the requests themselves.</source>
        <translation>Afgeronde verzoekdossiers volgen uit de verzoeken zelf.</translation>
    </message>
    <message>
        <source>Enter the date of the event the retention period runs from.</source>
        <translation>Vul de datum in van de gebeurtenis waarvanaf de bewaartermijn loopt.</translation>
    </message>
    <message>
        <source>The data subject no longer exists.</source>
        <translation>De betrokkene bestaat niet meer.</translation>
    </message>
    <message>
        <source>This data has already been destroyed.</source>
        <translation>Deze gegevens zijn al vernietigd.</translation>
    </message>
    <message>
        <source>Enter the reason for the legal hold, for example an open complaint at the Autoriteit Persoonsgegevens.</source>
        <translation>Vul de reden voor de vernietigingsstop in, bijvoorbeeld een lopende klacht bij de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>Reason for the legal hold</source>
        <translation>Reden voor de vernietigingsstop</translation>
    </message>
    <message>
        <source>This data subject is already under a legal hold.</source>
        <translation>Voor deze betrokkene geldt al een vernietigingsstop.</translation>
    </message>
    <message>
        <source>This data subject is not under a legal hold.</source>
        <translation>Voor deze betrokkene geldt geen vernietigingsstop.</translation>
    </message>
    <message>
        <source>Enter how the data was destroyed.</source>
        <translation>Vul in hoe de gegevens zijn vernietigd.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>This retention item no longer exists.</source>
        <translation>Dit bewaaritem bestaat niet meer.</translation>
    </message>
    <message>
        <source>This data is under a legal hold and may not be destroyed: %1</source>
        <translation>Voor deze gegevens geldt een vernietigingsstop; ze mogen niet worden vernietigd: %1</translation>
    </message>
    <message>
        <source>The request files of this data subject have already been destroyed.</source>
        <translation>De verzoekdossiers van deze betrokkene zijn al vernietigd.</translation>
    </message>
    <message numerus="yes">
        <source>The request(s) %1 are still open.</source>
        <translation>
            <numerusform>Verzoek %1 loopt nog.</numerusform>
            <numerusform>De verzoeken %1 lopen nog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destruction is blocked by a legal hold since %1: %2</source>
        <translation>Vernietiging is geblokkeerd door een vernietigingsstop sinds %1: %2</translation>
    </message>
    <message>
        <source>The retention period of these request files runs until %1.</source>
        <translation>De bewaartermijn van deze verzoekdossiers loopt tot %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept with the requests (originals, mandates) are destroyed; their name goes, their size and fingerprint stay as proof.</source>
        <translation>
            <numerusform>%n bestand bij de verzoeken (originelen, machtigingen) wordt vernietigd; de naam verdwijnt, grootte en vingerafdruk blijven als bewijs.</numerusform>
            <numerusform>%n bestanden bij de verzoeken (originelen, machtigingen) worden vernietigd; de naam verdwijnt, grootte en vingerafdruk blijven als bewijs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date the retention period runs from</source>
        <translation>De datum waarop de bewaartermijn ingaat</translation>
    </message>
    <message>
        <source>The data have been destroyed in the database, but older copies may remain in its write-ahead log until the next checkpoint, because another program or window was reading the store. Close the other windows and programs that use this store; the log is emptied when the store is closed.</source>
        <translation>De gegevens zijn in de database vernietigd, maar oudere kopieën kunnen tot het volgende controlepunt in het logbestand van de database (write-ahead log) blijven staan, omdat een ander programma of venster de kluis aan het lezen was. Sluit de andere vensters en programma&apos;s die deze kluis gebruiken; het logbestand wordt geleegd wanneer de kluis wordt gesloten.</translation>
    </message>
    <message>
        <source>The retention item could not be read back after saving.</source>
        <translation>De bewaartermijn kon na het opslaan niet worden teruggelezen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1, expired on %2 but not yet recorded as destroyed</source>
        <translation>%1, verlopen op %2 maar nog niet als vernietigd vastgelegd</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Kept: %1. Only the name and customer number stay for this; everything else about the data subject is destroyed. When this has been recorded as destroyed, they go too.</source>
        <translation>Bewaard: %1. Alleen de naam en het klantnummer blijven hiervoor bewaard; al het andere over de betrokkene wordt vernietigd. Zodra is vastgelegd dat deze gegevens zijn vernietigd, verdwijnen ook de naam en het klantnummer.</translation>
    </message>
    <message>
        <source>The name and customer number that were kept for other data are replaced: nothing of the data subject remains.</source>
        <translation>De naam en het klantnummer die voor andere gegevens bewaard bleven, worden vervangen: er blijft niets van de betrokkene over.</translation>
    </message>
    <message numerus="yes">
        <source>The text of %n letter(s) is destroyed; their kind, date and fingerprint stay as proof.</source>
        <translation>
            <numerusform>De tekst van %n brief wordt vernietigd; soort, datum en vingerafdruk blijven als bewijs.</numerusform>
            <numerusform>De tekst van %n brieven wordt vernietigd; hun soort, datum en vingerafdruk blijven als bewijs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) of the Autoriteit Persoonsgegevens are removed.</source>
        <translation>
            <numerusform>%n kenmerk van de Autoriteit Persoonsgegevens wordt verwijderd.</numerusform>
            <numerusform>%n kenmerken van de Autoriteit Persoonsgegevens worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) no longer name the data subject; their date, recipient, legal basis, data categories and purpose stay.</source>
        <translation>
            <numerusform>%n verstrekking noemt de betrokkene niet meer; datum, ontvanger, grondslag, gegevenscategorieën en doel blijven staan.</numerusform>
            <numerusform>%n verstrekkingen noemen de betrokkene niet meer; datum, ontvanger, grondslag, gegevenscategorieën en doel blijven staan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intake draft(s) holding the data subject&apos;s details are deleted.</source>
        <translation>
            <numerusform>%n intakeconcept met gegevens van de betrokkene wordt verwijderd.</numerusform>
            <numerusform>%n intakeconcepten met gegevens van de betrokkene worden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index no longer finds the requests by the data subject.</source>
        <translation>De zoekindex vindt de verzoeken niet meer op de betrokkene.</translation>
    </message>
    <message numerus="yes">
        <source>The details of %n audit event(s) are destroyed (the events themselves stay, so the audit trail still verifies).</source>
        <translation>
            <numerusform>De details van %n auditgebeurtenis worden vernietigd (de gebeurtenis zelf blijft staan, zodat de audittrail controleerbaar blijft).</numerusform>
            <numerusform>De details van %n auditgebeurtenissen worden vernietigd (de gebeurtenissen zelf blijven staan, zodat de audittrail controleerbaar blijft).</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Only the name and customer number of this data subject are left, kept for other data: %1. They are destroyed when that has been recorded as destroyed.</source>
        <translation>Van deze betrokkene zijn alleen de naam en het klantnummer over, bewaard voor andere gegevens: %1. Ze worden vernietigd zodra is vastgelegd dat die gegevens zijn vernietigd.</translation>
    </message>
    <message>
        <source>The rule for closed request files follows the requests; it does not apply to relation types.</source>
        <translation>De regel voor afgeronde verzoekdossiers volgt de verzoeken; die geldt niet per relatiesoort.</translation>
    </message>
    <message>
        <source>Unknown relation type “%1”.</source>
        <translation>Onbekende relatiesoort ‘%1’.</translation>
    </message>
    <message>
        <source>Only a rule that runs from the end of a relation can apply to relation types.</source>
        <translation>Alleen een regel die begint bij het einde van een relatie kan per relatiesoort gelden.</translation>
    </message>
    <message>
        <source>The data subject has no requests. Their name, address, phone number, e-mail address and customer number are replaced: nothing of the data subject remains.</source>
        <translation>De betrokkene heeft geen verzoeken. Naam, adres, telefoonnummer, e-mailadres en klantnummer worden vervangen: er blijft niets van de betrokkene over.</translation>
    </message>
    <message>
        <source>The data subject has no requests. Their address, phone number and e-mail address are removed.</source>
        <translation>De betrokkene heeft geen verzoeken. Adres, telefoonnummer en e-mailadres worden verwijderd.</translation>
    </message>
    <message>
        <source>Kept: %1. Only the name and customer number stay for this; they go when this has been recorded as destroyed too.</source>
        <translation>Bewaard: %1. Alleen de naam en het klantnummer blijven hiervoor bewaard; die verdwijnen zodra ook dit als vernietigd is vastgelegd.</translation>
    </message>
    <message>
        <source>Kept: %1. The data subject&apos;s details stay in Privacydesk for this; they are destroyed when this has been recorded as destroyed too.</source>
        <translation>Bewaard: %1. De gegevens van de betrokkene blijven hiervoor in Privacydesk; ze worden vernietigd zodra ook dit als vernietigd is vastgelegd.</translation>
    </message>
    <message>
        <source>This was the last retained data of the data subject: Privacydesk&apos;s own copy of their details (name, address, phone number, e-mail address and customer number) has been destroyed too.</source>
        <translation>Dit waren de laatste bewaarde gegevens van de betrokkene: de eigen kopie van de gegevens in Privacydesk (naam, adres, telefoonnummer, e-mailadres en klantnummer) is ook vernietigd.</translation>
    </message>
    <message>
        <source>Older copies of the data subject&apos;s details may remain in the store&apos;s write-ahead log until the next checkpoint, because another program or window was reading the store. Close the other windows and programs that use this store; the log is emptied when the store is closed.</source>
        <translation>Oudere kopieën van de gegevens van de betrokkene kunnen tot het volgende controlepunt in het logbestand van de database (write-ahead log) blijven staan, omdat een ander programma of venster de kluis aan het lezen was. Sluit de andere vensters en programma&apos;s die deze kluis gebruiken; het logbestand wordt geleegd wanneer de kluis wordt gesloten.</translation>
    </message>
    <message>
        <source>This data subject has no requests, and their details must still be kept: %1. They can be destroyed when all of this has expired.</source>
        <translation>Deze betrokkene heeft geen verzoeken en de gegevens moeten nog bewaard worden: %1. Ze kunnen worden vernietigd als dit allemaal verlopen is.</translation>
    </message>
    <message numerus="yes">
        <source>the request(s) %1</source>
        <translation>
            <numerusform>verzoek %1</numerusform>
            <numerusform>de verzoeken %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data subject&apos;s name, address, phone number, e-mail address and customer number are replaced; the descriptions, representatives, callback numbers and %n note(s) of %1 are removed.</source>
        <translation>
            <numerusform>Naam, adres, telefoonnummer, e-mailadres en klantnummer van de betrokkene worden vervangen; de omschrijvingen, gemachtigden, terugbelnummers en %n notitie van %1 worden verwijderd.</numerusform>
            <numerusform>Naam, adres, telefoonnummer, e-mailadres en klantnummer van de betrokkene worden vervangen; de omschrijvingen, gemachtigden, terugbelnummers en %n notities van %1 worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data subject&apos;s address, phone number and e-mail address are removed and %1; their descriptions, representatives, callback numbers and %n note(s) are removed.</source>
        <translation>
            <numerusform>Adres, telefoonnummer en e-mailadres van de betrokkene worden verwijderd en %1; de omschrijvingen, gemachtigden, terugbelnummers en %n notitie worden verwijderd.</numerusform>
            <numerusform>Adres, telefoonnummer en e-mailadres van de betrokkene worden verwijderd en %1; de omschrijvingen, gemachtigden, terugbelnummers en %n notities worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the request(s) %1 are detached from the data subject</source>
        <translation>
            <numerusform>verzoek %1 wordt losgekoppeld van de betrokkene</numerusform>
            <numerusform>de verzoeken %1 worden losgekoppeld van de betrokkene</numerusform>
        </translation>
    </message>
    <message>
        <source>the breach was closed</source>
        <translation>afsluiten van het datalek</translation>
    </message>
    <message>
        <source>The data breaches follow from the register itself: each closed breach expires on its own.</source>
        <translation>De datalekken volgen uit het register zelf: elk afgesloten datalek verloopt op zichzelf.</translation>
    </message>
    <message>
        <source>What stays is the register&apos;s skeleton: the number, the moments (happened, discovered, the AP&apos;s deadline, notified, closed), the nature, the data categories, the numbers of people and records, the risk, the decisions and the AP&apos;s reference.</source>
        <translation>Wat blijft, is het geraamte van het register: het nummer, de tijdstippen (gebeurd, ontdekt, einde van de 72 uur, melding aan de AP, afgesloten), de aard, de soorten persoonsgegevens, het aantal betrokkenen en gegevensrecords, het risico, de beslissingen en het meldnummer van de AP.</translation>
    </message>
    <message numerus="yes">
        <source>The title and %n free text(s) of data breach %1 are destroyed (what happened, the group of people, the measures, the consequences, the reasoning and the reasons).</source>
        <translation>
            <numerusform>De titel en %n vrije tekst van datalek %1 worden vernietigd (wat er gebeurde, de groep betrokkenen, de maatregelen, de gevolgen, de motivering en de redenen).</numerusform>
            <numerusform>De titel en %n vrije teksten van datalek %1 worden vernietigd (wat er gebeurde, de groep betrokkenen, de maatregelen, de gevolgen, de motivering en de redenen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link to %n person(s) concerned is removed.</source>
        <translation>
            <numerusform>De koppeling met %n betrokkene wordt verwijderd.</numerusform>
            <numerusform>De koppeling met %n betrokkenen wordt verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) to the people concerned are destroyed.</source>
        <translation>
            <numerusform>%n brief aan een betrokkene wordt vernietigd.</numerusform>
            <numerusform>%n brieven aan betrokkenen worden vernietigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n follow-up(s) to the AP is destroyed; their moment and reference stay.</source>
        <translation>
            <numerusform>De tekst van %n vervolgmelding aan de AP wordt vernietigd; het tijdstip en het meldnummer blijven.</numerusform>
            <numerusform>De tekst van %n vervolgmeldingen aan de AP wordt vernietigd; de tijdstippen en de meldnummers blijven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The details of %n audit event(s) of the data breach are destroyed (the events themselves stay, so the audit trail still verifies).</source>
        <translation>
            <numerusform>De details van %n auditgebeurtenis van het datalek worden vernietigd (de gebeurtenis zelf blijft staan, zodat de audittrail controleerbaar blijft).</numerusform>
            <numerusform>De details van %n auditgebeurtenissen van het datalek worden vernietigd (de gebeurtenissen zelf blijven staan, zodat de audittrail controleerbaar blijft).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no data breach %1.</source>
        <translation>Datalek %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Data breach %1 has already been destroyed (on %2).</source>
        <translation>Datalek %1 is al vernietigd (op %2).</translation>
    </message>
    <message>
        <source>Data breach %1 is still open: its retention period runs from the day it is closed.</source>
        <translation>Datalek %1 is nog open: de bewaartermijn loopt vanaf de dag waarop het wordt afgesloten.</translation>
    </message>
    <message>
        <source>There is no retention rule for the data-breach register.</source>
        <translation>Er is geen bewaarregel voor het datalekkenregister.</translation>
    </message>
    <message>
        <source>The retention period of data breach %1 runs until %2.</source>
        <translation>De bewaartermijn van datalek %1 loopt tot %2.</translation>
    </message>
    <message>
        <source>The rule for the data-breach register always runs from the closing of the breach.</source>
        <translation>De regel voor het datalekkenregister loopt altijd vanaf het afsluiten van het datalek.</translation>
    </message>
    <message>
        <source>The rule for the data-breach register follows the breaches; it does not apply to relation types.</source>
        <translation>De regel voor het datalekkenregister volgt de datalekken; die geldt niet per relatiesoort.</translation>
    </message>
    <message>
        <source>The destruction log of the store being replaced could not be read (%1).</source>
        <extracomment>Dutch: &quot;Het vernietigingsregister van de vervangen kluis kon niet worden gelezen (%1).&quot;</extracomment>
        <translation>Het vernietigingsregister van de vervangen kluis kon niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>The store being replaced did not open with these credentials (%1).</source>
        <extracomment>Dutch: &quot;De vervangen kluis ging met deze gegevens niet open (%1).&quot;</extracomment>
        <translation>De vervangen kluis ging met deze gegevens niet open (%1).</translation>
    </message>
    <message>
        <source>The restored store did not open again (%1).</source>
        <extracomment>Dutch: &quot;De teruggezette kluis ging niet opnieuw open (%1).&quot;</extracomment>
        <translation>De teruggezette kluis ging niet opnieuw open (%1).</translation>
    </message>
    <message>
        <source>The backup is of another store: the destructions of the replaced store do not concern it.</source>
        <extracomment>Dutch: &quot;De back-up is van een andere kluis: de vernietigingen van de vervangen kluis gaan daar niet over.&quot;</extracomment>
        <translation>De back-up is van een andere kluis: de vernietigingen van de vervangen kluis gaan daar niet over.</translation>
    </message>
    <message>
        <source>Your role in the store being replaced does not allow reading its destruction log.</source>
        <extracomment>Dutch: &quot;Uw rol in de vervangen kluis laat het lezen van haar vernietigingsregister niet toe.&quot;</extracomment>
        <translation>Uw rol in de vervangen kluis laat het lezen van haar vernietigingsregister niet toe.</translation>
    </message>
    <message>
        <source>The retention period cannot be negative (0 means: until the trigger itself).</source>
        <extracomment>Dutch: &quot;De bewaartermijn kan niet negatief zijn (0 betekent: tot de aanleiding zelf).&quot;</extracomment>
        <translation>De bewaartermijn kan niet negatief zijn (0 betekent: tot de aanleiding zelf).</translation>
    </message>
    <message>
        <source>There is already a retention rule with the code “%1”: choose another code (see the list of rules).</source>
        <extracomment>Dutch: &quot;Er is al een bewaarregel met de code „%1”: kies een andere code (zie de lijst met regels).&quot;</extracomment>
        <translation>Er is al een bewaarregel met de code „%1”: kies een andere code (zie de lijst met regels).</translation>
    </message>
    <message>
        <source>There is already a rule for the data-breach register.</source>
        <translation>Er is al een regel voor het datalekkenregister.</translation>
    </message>
    <message>
        <source>Enter the rule&apos;s code.</source>
        <extracomment>Dutch: &quot;Vul de code van de regel in.&quot;</extracomment>
        <translation>Vul de code van de regel in.</translation>
    </message>
    <message>
        <source>A rule&apos;s code has only small letters a-z, digits and hyphens, such as betaalgegevens-klant; not “%1”.</source>
        <extracomment>Dutch: &quot;De code van een regel heeft alleen kleine letters a-z, cijfers en streepjes, zoals betaalgegevens-klant; niet „%1”.&quot;</extracomment>
        <translation>De code van een regel heeft alleen kleine letters a-z, cijfers en streepjes, zoals betaalgegevens-klant; niet „%1”.</translation>
    </message>
    <message>
        <source>A rule&apos;s code does not start or end with a hyphen.</source>
        <extracomment>Dutch: &quot;De code van een regel begint en eindigt niet met een streepje.&quot;</extracomment>
        <translation>De code van een regel begint en eindigt niet met een streepje.</translation>
    </message>
    <message>
        <source>The rule “%1” cannot be removed: Privacydesk computes its terms from the %2 itself.</source>
        <extracomment>Dutch: &quot;De regel „%1” kan niet worden verwijderd: Privacydesk berekent de termijnen zelf uit de %2.&quot;</extracomment>
        <translation>De regel „%1” kan niet worden verwijderd: Privacydesk berekent de termijnen zelf uit de %2.</translation>
    </message>
    <message>
        <source>closed requests</source>
        <extracomment>Dutch: &quot;afgeronde verzoeken&quot;</extracomment>
        <translation>afgeronde verzoeken</translation>
    </message>
    <message>
        <source>closed data breaches</source>
        <extracomment>Dutch: &quot;afgesloten datalekken&quot;</extracomment>
        <translation>afgesloten datalekken</translation>
    </message>
    <message numerus="yes">
        <source>The rule “%1” cannot be removed: %n retention term(s) use it (destroyed ones included).</source>
        <extracomment>Dutch: &quot;De regel „%1” kan niet worden verwijderd: %n bewaartermijn(en) gebruiken hem (ook vernietigde).&quot;</extracomment>
        <translation>
            <numerusform>De regel „%1” kan niet worden verwijderd: %n bewaartermijn gebruikt hem (vernietigde meegeteld).</numerusform>
            <numerusform>De regel „%1” kan niet worden verwijderd: %n bewaartermijnen gebruiken hem (vernietigde meegeteld).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule “%1” cannot be removed: the destruction log names it %n time(s).</source>
        <extracomment>Dutch: &quot;De regel „%1” kan niet worden verwijderd: het vernietigingsregister noemt hem %n keer.&quot;</extracomment>
        <translation>
            <numerusform>De regel „%1” kan niet worden verwijderd: het vernietigingsregister noemt hem %n keer.</numerusform>
            <numerusform>De regel „%1” kan niet worden verwijderd: het vernietigingsregister noemt hem %n keer.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no retention rule “%1”.</source>
        <extracomment>Dutch: &quot;Er is geen bewaarregel „%1”.&quot;</extracomment>
        <translation>Er is geen bewaarregel „%1”.</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>Dutch: &quot;tot %1&quot; (a term of 0 days: &quot;tot einde inschrijving&quot;)</extracomment>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>The rule for closed request files and the rule for the data-breach register keep their files for at least a day.</source>
        <extracomment>Dutch: &quot;De regel voor afgeronde verzoekdossiers en die voor het datalekkenregister bewaren hun dossiers ten minste een dag.&quot;</extracomment>
        <translation>De regel voor afgeronde verzoekdossiers en die voor het datalekkenregister bewaren hun dossiers ten minste een dag.</translation>
    </message>
    <message>
        <source>A rule&apos;s code is two to sixty characters long.</source>
        <extracomment>Dutch: &quot;De code van een regel is twee tot zestig tekens lang.&quot;</extracomment>
        <translation>De code van een regel is twee tot zestig tekens lang.</translation>
    </message>
</context>
<context>
    <name>pd::ServerAnchor</name>
    <message>
        <source>The kept head of the audit trail (%1) was altered or damaged.</source>
        <translation>De bijgehouden kop van de audittrail (%1) is gewijzigd of beschadigd.</translation>
    </message>
    <message>
        <source>The head of the audit trail this computer last saw could not be kept: %1</source>
        <extracomment>Dutch: &quot;De laatst geziene kop van de audittrail kon niet worden bijgehouden: %1&quot;</extracomment>
        <translation>De laatst geziene kop van de audittrail kon niet worden bijgehouden: %1</translation>
    </message>
    <message>
        <source>The audit trail on the server ends at event %1, but this computer saw it up to event %3 on %2: events were removed, or an older copy was put back.</source>
        <extracomment>Dutch: &quot;De audittrail op de server eindigt bij gebeurtenis %1, maar deze computer zag hem op %2 al tot gebeurtenis %3: er zijn gebeurtenissen verwijderd, of een oudere kopie is teruggezet.&quot;</extracomment>
        <translation>De audittrail op de server eindigt bij gebeurtenis %1, maar deze computer zag hem op %2 al tot gebeurtenis %3: er zijn gebeurtenissen verwijderd, of een oudere kopie is teruggezet.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail on the server is no longer the event this computer saw on %2: the trail was rewritten.</source>
        <extracomment>Dutch: &quot;Gebeurtenis %1 van de audittrail op de server is niet meer de gebeurtenis die deze computer op %2 zag: de audittrail is herschreven.&quot;</extracomment>
        <translation>Gebeurtenis %1 van de audittrail op de server is niet meer de gebeurtenis die deze computer op %2 zag: de audittrail is herschreven.</translation>
    </message>
    <message>
        <source>The audit trail on the server no longer follows from what this computer saw after event %1: %2</source>
        <extracomment>Dutch: &quot;De audittrail op de server volgt na gebeurtenis %1 niet meer uit wat deze computer zag: %2&quot;</extracomment>
        <translation>De audittrail op de server volgt na gebeurtenis %1 niet meer uit wat deze computer zag: %2</translation>
    </message>
    <message>
        <source>%1 Tell IT. If IT restored a backup on purpose, an administrator accepts the audit trail as it now is with `privacydesk-cli verify --accept-rollback`.</source>
        <extracomment>Dutch: &quot;%1 Meld dit aan IT. Zette IT bewust een back-up terug, dan aanvaardt een beheerder de audittrail zoals hij nu is met `privacydesk-cli verify --accept-rollback`.&quot;</extracomment>
        <translation>%1 Meld dit aan IT. Zette IT bewust een back-up terug, dan aanvaardt een beheerder de audittrail zoals hij nu is met `privacydesk-cli verify --accept-rollback`.</translation>
    </message>
    <message>
        <source>The store&apos;s database was made anew since this computer last saw it (event %1, %2), as a restore does.</source>
        <extracomment>Dutch: &quot;De database van deze kluis is opnieuw gemaakt sinds deze computer haar zag (gebeurtenis %1, %2), zoals bij het terugzetten van een back-up.&quot;</extracomment>
        <translation>De database van deze kluis is opnieuw gemaakt sinds deze computer haar zag (gebeurtenis %1, %2), zoals bij het terugzetten van een back-up.</translation>
    </message>
</context>
<context>
    <name>pd::ServerBackup</name>
    <message numerus="yes">
        <source>A backup passphrase needs at least %n characters: it is the only key to the backup.</source>
        <translation>
            <numerusform>Een wachtwoordzin voor een back-up heeft ten minste %n teken nodig: het is de enige sleutel tot de back-up.</numerusform>
            <numerusform>Een wachtwoordzin voor een back-up heeft ten minste %n tekens nodig: het is de enige sleutel tot de back-up.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not be encrypted: the encryption library (libsodium) failed.</source>
        <translation>De back-up kon niet worden versleuteld: de versleutelingsbibliotheek (libsodium) faalde.</translation>
    </message>
    <message>
        <source>pg_dump is not installed: install the Debian package postgresql-client.</source>
        <translation>pg_dump is niet geïnstalleerd: installeer het Debian-pakket postgresql-client.</translation>
    </message>
    <message>
        <source>The server&apos;s version could not be read: %1</source>
        <translation>De versie van de server kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1 does not say which version it is; it cannot be used.</source>
        <translation>%1 zegt niet welke versie het is; het kan niet worden gebruikt.</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1, but %2 is of version %3, and pg_dump cannot back up a newer server: install postgresql-client-%1.</source>
        <translation>De server draait PostgreSQL %1, maar %2 is van versie %3, en pg_dump kan geen back-up maken van een nieuwere server: installeer postgresql-client-%1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made: %2</source>
        <translation>De map %1 kon niet worden gemaakt: %2</translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2</source>
        <translation>De back-up kon niet worden geschreven in %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 kon niet worden gestart: %2</translation>
    </message>
    <message>
        <source>The output of pg_dump could not be read: %1</source>
        <translation>De uitvoer van pg_dump kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>it stopped with exit code %1.</source>
        <translation>het stopte met afsluitcode %1.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the database %1: %2</source>
        <translation>pg_dump kon geen back-up maken van de database %1: %2</translation>
    </message>
    <message>
        <source>pg_dump wrote nothing for the database %1.</source>
        <translation>pg_dump schreef niets voor de database %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds too many backups of this moment already.</source>
        <translation>De map %1 bevat al te veel back-ups van dit moment.</translation>
    </message>
    <message>
        <source>Give the passphrase of the backup.</source>
        <translation>Geef de wachtwoordzin van de back-up.</translation>
    </message>
    <message>
        <source>The backup could not be decrypted: the encryption library (libsodium) failed.</source>
        <translation>De back-up kon niet worden ontsleuteld: de versleutelingsbibliotheek (libsodium) faalde.</translation>
    </message>
    <message>
        <source>%1 is not a backup file.</source>
        <translation>%1 is geen back-upbestand.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: %2</source>
        <translation>De back-up %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Privacydesk; install that version to restore it.</source>
        <translation>De back-up %1 is gemaakt door een nieuwere versie van Privacydesk; installeer die versie om hem terug te zetten.</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Privacydesk server store.</source>
        <translation>%1 is geen back-up van een Privacydesk-kluis op een server.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its header cannot be read. Nothing was restored.</source>
        <translation>De back-up %1 is beschadigd: het begin ervan kan niet worden gelezen. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup %1, or its beginning was changed. Nothing was restored.</source>
        <translation>De wachtwoordzin opent de back-up %1 niet, of het begin ervan is veranderd. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup %1 was changed or damaged after it was written (at byte %2). Nothing was restored.</source>
        <translation>De back-up %1 is na het schrijven veranderd of beschadigd (bij byte %2). Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: it ends before its last part. Nothing was restored.</source>
        <translation>De back-up %1 is onvolledig: hij houdt op voor zijn laatste deel. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup %1 holds data after its end, which a backup never does. Nothing was restored.</source>
        <translation>De back-up %1 bevat gegevens na zijn einde, wat een back-up nooit doet. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>pg_restore is not installed: install the Debian package postgresql-client.</source>
        <translation>pg_restore is niet geïnstalleerd: installeer het Debian-pakket postgresql-client.</translation>
    </message>
    <message>
        <source>Whether the database %1 is empty could not be read: %2</source>
        <translation>Of de database %1 leeg is, kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The database %1 is not empty: a backup is restored only into an empty database. Create a new database for it; nothing was restored.</source>
        <translation>De database %1 is niet leeg: een back-up wordt alleen in een lege database teruggezet. Maak er een nieuwe database voor; er is niets teruggezet.</translation>
    </message>
    <message>
        <source>pg_restore could not restore the backup into the database %1, and undid what it had done: %2</source>
        <translation>pg_restore kon de back-up niet in de database %1 terugzetten en heeft ongedaan gemaakt wat het had gedaan: %2</translation>
    </message>
</context>
<context>
    <name>pd::ServerConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql.</source>
        <translation>Het PostgreSQL-stuurprogramma van Qt (QPSQL) is niet geïnstalleerd: installeer het Debian-pakket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Give the user to log in to the server as.</source>
        <translation>Geef de gebruiker op waarmee u zich bij de server aanmeldt.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection as %2: %3</source>
        <translation>De server %1 weigerde de verbinding als %2: %3</translation>
    </message>
    <message>
        <source>The server&apos;s version could not be read: %1</source>
        <translation>De versie van de server kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; Privacydesk needs version 15 or later.</source>
        <translation>De server draait PostgreSQL %1; Privacydesk heeft versie 15 of hoger nodig.</translation>
    </message>
</context>
<context>
    <name>pd::ServerLocation</name>
    <message>
        <source>&quot;%1&quot; is not a server location: write postgresql://host:port/database or postgresql:///database?host=/socket/folder.</source>
        <translation>‘%1’ is geen serverlocatie: schrijf postgresql://host:poort/database of postgresql:///database?host=/socketmap.</translation>
    </message>
    <message>
        <source>A server location never holds a password: remove it. Privacydesk asks for the password when it connects.</source>
        <translation>Een serverlocatie bevat nooit een wachtwoord: haal het weg. Privacydesk vraagt het wachtwoord bij het verbinden.</translation>
    </message>
    <message>
        <source>A server location holds no user name: give the user with --user (or log in at the desk).</source>
        <translation>Een serverlocatie bevat geen gebruikersnaam: geef de gebruiker op met --user (of meld u aan in de desk).</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>De poort ‘%1’ is geen getal.</translation>
    </message>
    <message>
        <source>The server location has an option Privacydesk does not use: &quot;%1&quot;.</source>
        <translation>De serverlocatie heeft een optie die Privacydesk niet gebruikt: ‘%1’.</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>De poort %1 ligt niet tussen 1 en 65535.</translation>
    </message>
    <message>
        <source>The server location names no database: write it after the host, as in postgresql://server/privacydesk.</source>
        <translation>De serverlocatie noemt geen database: schrijf die na de host, zoals in postgresql://server/privacydesk.</translation>
    </message>
    <message>
        <source>The server location names no server: give the host, or the socket folder as ?host=/run/postgresql.</source>
        <translation>De serverlocatie noemt geen server: geef de host op, of de socketmap als ?host=/run/postgresql.</translation>
    </message>
    <message>
        <source>The sslmode &quot;%1&quot; does not exist; use verify-full.</source>
        <translation>De sslmode ‘%1’ bestaat niet; gebruik verify-full.</translation>
    </message>
    <message>
        <source>The password would go to %1 without TLS that checks the server&apos;s name: add sslmode=verify-full and sslrootcert=&lt;the CA file&gt; to the location.</source>
        <translation>Het wachtwoord zou naar %1 gaan zonder TLS die de naam van de server controleert: voeg sslmode=verify-full en sslrootcert=&lt;het CA-bestand&gt; toe aan de locatie.</translation>
    </message>
    <message>
        <source>With sslmode=verify-full the CA that signed the server&apos;s certificate is needed: add sslrootcert=&lt;the CA file&gt; to the location.</source>
        <translation>Met sslmode=verify-full is de CA nodig die het certificaat van de server heeft ondertekend: voeg sslrootcert=&lt;het CA-bestand&gt; toe aan de locatie.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Het CA-bestand %1 kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>pd::ServerSetup</name>
    <message>
        <source>The database %1 holds no store yet: set it up with server init first.</source>
        <extracomment>Dutch: &quot;De database %1 bevat nog geen kluis: richt hem eerst in met server init.&quot;</extracomment>
        <translation>De database %1 bevat nog geen kluis: richt hem eerst in met server init.</translation>
    </message>
    <message>
        <source>The database&apos;s name (%1) must begin with a lower-case letter and hold only lower-case letters, digits and _ (at most 50 characters): the store&apos;s roles are named after it.</source>
        <extracomment>Dutch: &quot;De naam van de database (%1) moet met een kleine letter beginnen en mag alleen kleine letters, cijfers en _ bevatten (hoogstens 50 tekens): de rollen van de kluis heten ernaar.&quot;</extracomment>
        <translation>De naam van de database (%1) moet met een kleine letter beginnen en mag alleen kleine letters, cijfers en _ bevatten (hoogstens 50 tekens): de rollen van de kluis heten ernaar.</translation>
    </message>
    <message>
        <source>The user name %1 cannot be a login on the server: use lower-case letters, digits and . _ @ -.</source>
        <extracomment>Dutch: &quot;De gebruikersnaam %1 kan geen aanmelding op de server zijn: gebruik kleine letters, cijfers en . _ @ -.&quot;</extracomment>
        <translation>De gebruikersnaam %1 kan geen aanmelding op de server zijn: gebruik kleine letters, cijfers en . _ @ -.</translation>
    </message>
    <message>
        <source>%1 must own the database %2 and may create roles (CREATEROLE) to set up the store.</source>
        <extracomment>Dutch: &quot;%1 moet eigenaar zijn van de database %2 en rollen mogen aanmaken (CREATEROLE) om de kluis in te richten.&quot;</extracomment>
        <translation>%1 moet eigenaar zijn van de database %2 en rollen mogen aanmaken (CREATEROLE) om de kluis in te richten.</translation>
    </message>
    <message>
        <source>The database %1 holds a store already (schema privacydesk); nothing was changed.</source>
        <extracomment>Dutch: &quot;De database %1 bevat al een kluis (schema privacydesk); er is niets veranderd.&quot;</extracomment>
        <translation>De database %1 bevat al een kluis (schema privacydesk); er is niets veranderd.</translation>
    </message>
    <message>
        <source>The server store has schema version %1, newer than this version of Privacydesk (%2): nothing was changed.</source>
        <extracomment>Dutch: &quot;De kluis op de server heeft schemaversie %1, nieuwer dan deze versie van Privacydesk (%2): er is niets veranderd.&quot;</extracomment>
        <translation>De kluis op de server heeft schemaversie %1, nieuwer dan deze versie van Privacydesk (%2): er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database %1 holds a store already: a backup is restored into an empty database only. Nothing was changed.</source>
        <extracomment>Dutch: &quot;De database %1 bevat al een kluis: een back-up wordt alleen in een lege database teruggezet. Er is niets veranderd.&quot;</extracomment>
        <translation>De database %1 bevat al een kluis: een back-up wordt alleen in een lege database teruggezet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The store&apos;s roles (%1 and the group roles) are missing on this server. Restore a backup into an empty database of the same name, on the server the store lived on (or restore the server&apos;s roles first).</source>
        <extracomment>Dutch: &quot;De rollen van de kluis (%1 en de groepsrollen) ontbreken op deze server. Zet een back-up terug in een lege database met dezelfde naam, op de server waar de kluis stond (of zet eerst de rollen van de server terug).&quot;</extracomment>
        <translation>De rollen van de kluis (%1 en de groepsrollen) ontbreken op deze server. Zet een back-up terug in een lege database met dezelfde naam, op de server waar de kluis stond (of zet eerst de rollen van de server terug).</translation>
    </message>
    <message>
        <source>The backup was restored, but the store does not open as %1: %2</source>
        <extracomment>Dutch: &quot;De back-up is teruggezet, maar de kluis opent niet als %1: %2&quot;</extracomment>
        <translation>De back-up is teruggezet, maar de kluis opent niet als %1: %2</translation>
    </message>
    <message>
        <source>The backup was restored, but the check found: %1</source>
        <extracomment>Dutch: &quot;De back-up is teruggezet, maar de controle vond: %1&quot;</extracomment>
        <translation>De back-up is teruggezet, maar de controle vond: %1</translation>
    </message>
    <message>
        <source>The server could not be checked: %1</source>
        <extracomment>Dutch: &quot;De server kon niet worden gecontroleerd: %1&quot;</extracomment>
        <translation>De server kon niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Connection: encrypted with TLS (%1).</source>
        <extracomment>Dutch: &quot;Verbinding: versleuteld met TLS (%1).&quot;</extracomment>
        <translation>Verbinding: versleuteld met TLS (%1).</translation>
    </message>
    <message>
        <source>Connection: over a unix socket on this machine (not over the network).</source>
        <extracomment>Dutch: &quot;Verbinding: over een unix-socket op deze machine (niet over het netwerk).&quot;</extracomment>
        <translation>Verbinding: over een unix-socket op deze machine (niet over het netwerk).</translation>
    </message>
    <message>
        <source>Connection: NOT encrypted. Set up TLS on the server (ssl = on) and connect with sslmode=verify-full.</source>
        <extracomment>Dutch: &quot;Verbinding: NIET versleuteld. Stel TLS in op de server (ssl = on) en verbind met sslmode=verify-full.&quot;</extracomment>
        <translation>Verbinding: NIET versleuteld. Stel TLS in op de server (ssl = on) en verbind met sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Privacydesk: %2).</source>
        <extracomment>Dutch: &quot;Schemaversie: %1 (deze versie van Privacydesk: %2).&quot;</extracomment>
        <translation>Schemaversie: %1 (deze versie van Privacydesk: %2).</translation>
    </message>
    <message>
        <source>Group role %1: missing.</source>
        <extracomment>Dutch: &quot;Groepsrol %1: ontbreekt.&quot;</extracomment>
        <translation>Groepsrol %1: ontbreekt.</translation>
    </message>
    <message numerus="yes">
        <source>Group role %1: %n login(s).</source>
        <extracomment>Dutch: &quot;Groepsrol %1: %n aanmelding(en).&quot;</extracomment>
        <translation>
            <numerusform>Groepsrol %1: %n aanmelding.</numerusform>
            <numerusform>Groepsrol %1: %n aanmeldingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row-level security: on for cases, case_types, intake_drafts and persons.</source>
        <extracomment>Dutch: &quot;Beveiliging op rijniveau: aan voor cases, case_types, intake_drafts en persons.&quot;</extracomment>
        <translation>Beveiliging op rijniveau: aan voor cases, case_types, intake_drafts en persons.</translation>
    </message>
    <message>
        <source>Row-level security: OFF for %1.</source>
        <translation>Beveiliging op rijniveau: UIT voor %1.</translation>
    </message>
    <message>
        <source>Audit trail: the server computes the chain and allows appending only.</source>
        <extracomment>Dutch: &quot;Audittrail: de server berekent de keten en staat alleen toevoegen toe.&quot;</extracomment>
        <translation>Audittrail: de server berekent de keten en staat alleen toevoegen toe.</translation>
    </message>
    <message>
        <source>Audit trail: the server&apos;s triggers are missing or disabled.</source>
        <translation>Audittrail: triggers van de server ontbreken of staan uit.</translation>
    </message>
    <message>
        <source>Logins: EVERY role of the server may connect (REVOKE CONNECT ... FROM PUBLIC is missing).</source>
        <extracomment>Dutch: &quot;Aanmelden: IEDERE rol van de server mag verbinden (REVOKE CONNECT ... FROM PUBLIC ontbreekt).&quot;</extracomment>
        <translation>Aanmelden: IEDERE rol van de server mag verbinden (REVOKE CONNECT ... FROM PUBLIC ontbreekt).</translation>
    </message>
    <message>
        <source>Logins: only the store&apos;s group roles may connect.</source>
        <translation>Aanmelden: alleen voor de groepsrollen van de kluis.</translation>
    </message>
    <message>
        <source>Who can become the store&apos;s owner: could not be read: %1</source>
        <extracomment>Dutch: &quot;Wie de eigenaar van de kluis kan worden: kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Wie de eigenaar van de kluis kan worden: kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>member of the owner role</source>
        <extracomment>Dutch: &quot;lid van de eigenaarsrol&quot;</extracomment>
        <translation>lid van de eigenaarsrol</translation>
    </message>
    <message>
        <source>Login %1 can become the owner of the tables and the audit trail (%2): take that right away, or remove the login.</source>
        <extracomment>Dutch: &quot;Aanmelding %1 kan de eigenaar van de tabellen en de audittrail worden (%2): ontneem haar dat recht, of verwijder haar.&quot;</extracomment>
        <translation>Aanmelding %1 kan de eigenaar van de tabellen en de audittrail worden (%2): ontneem haar dat recht, of verwijder haar.</translation>
    </message>
    <message>
        <source>Trusted: %1, the database&apos;s owner, may create roles and can so give itself the store&apos;s owner role (needed for server upgrade, backup and restore).</source>
        <extracomment>Dutch: &quot;Vertrouwd: %1, eigenaar van de database, mag rollen aanmaken en kan zich daarmee de eigenaarsrol van de kluis geven (nodig voor het bijwerken van het schema, een back-up en het terugzetten ervan).&quot;</extracomment>
        <translation>Vertrouwd: %1, eigenaar van de database, mag rollen aanmaken en kan zich daarmee de eigenaarsrol van de kluis geven (nodig voor het bijwerken van het schema, een back-up en het terugzetten ervan).</translation>
    </message>
    <message>
        <source>Trusted: the server&apos;s superusers (%1) can change anything, the audit trail included.</source>
        <extracomment>Dutch: &quot;Vertrouwd: de superusers van de server (%1) kunnen alles veranderen, ook de audittrail.&quot;</extracomment>
        <translation>Vertrouwd: de superusers van de server (%1) kunnen alles veranderen, ook de audittrail.</translation>
    </message>
    <message>
        <source>Objects of the store not owned by its owner role, or who may create in it: %1. Only %2 may own them.</source>
        <extracomment>Dutch: &quot;Objecten van de kluis die niet van de eigenaarsrol zijn, of wie erin mag aanmaken: %1. Alleen %2 mag eigenaar zijn.&quot;</extracomment>
        <translation>Objecten van de kluis die niet van de eigenaarsrol zijn, of wie erin mag aanmaken: %1. Alleen %2 mag eigenaar zijn.</translation>
    </message>
    <message>
        <source>Audit trail: the server&apos;s triggers are disabled: %1.</source>
        <translation>Audittrail: triggers van de server staan uit: %1.</translation>
    </message>
    <message>
        <source>Audit trail: %1 may write into it directly.</source>
        <extracomment>Dutch: &quot;Audittrail: %1 mag er rechtstreeks in schrijven.&quot;</extracomment>
        <translation>Audittrail: %1 mag er rechtstreeks in schrijven.</translation>
    </message>
    <message>
        <source>Functions: could not be read: %1</source>
        <extracomment>Dutch: &quot;Functies: konden niet worden gelezen: %1&quot;</extracomment>
        <translation>Functies: konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Functions: all %1 of the store&apos;s functions are as Privacydesk wrote them.</source>
        <extracomment>Dutch: &quot;Functies: alle %1 functies van de kluis zijn zoals Privacydesk ze schreef.&quot;</extracomment>
        <translation>Functies: alle %1 functies van de kluis zijn zoals Privacydesk ze schreef.</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <extracomment>Dutch: &quot;gewijzigd: %1&quot;</extracomment>
        <translation>gewijzigd: %1</translation>
    </message>
    <message>
        <source>not Privacydesk&apos;s: %1</source>
        <extracomment>Dutch: &quot;niet van Privacydesk: %1&quot;</extracomment>
        <translation>niet van Privacydesk: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <extracomment>Dutch: &quot;ontbreekt: %1&quot;</extracomment>
        <translation>ontbreekt: %1</translation>
    </message>
    <message>
        <source>Functions: NOT as Privacydesk wrote them (%1).</source>
        <extracomment>Dutch: &quot;Functies: NIET zoals Privacydesk ze schreef (%1).&quot;</extracomment>
        <translation>Functies: NIET zoals Privacydesk ze schreef (%1).</translation>
    </message>
</context>
<context>
    <name>pd::SettingValues</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>De organisatie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Give the address as &apos;street and number, postcode city&apos;, for example &apos;Stationsplein 1, 3511 AB Utrecht&apos;.</source>
        <translation>Geef het adres als ‘straat en nummer, postcode plaats’, bijvoorbeeld ‘Stationsplein 1, 3511 AB Utrecht’.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>Onbekende instelling ‘%1’.</translation>
    </message>
    <message>
        <source>Give the term as days, weeks or months: &apos;30d&apos;, &apos;4w&apos; or &apos;1m&apos;.</source>
        <translation>Geef de termijn in dagen, weken of maanden: ‘30d’, ‘4w’ of ‘1m’.</translation>
    </message>
    <message>
        <source>Give the extension as &apos;0&apos; (none), days, weeks or months: &apos;30d&apos;, &apos;4w&apos; or &apos;2m&apos;.</source>
        <translation>Geef de verlenging als ‘0’ (geen), in dagen, weken of maanden: ‘30d’, ‘4w’ of ‘2m’.</translation>
    </message>
    <message>
        <source>Give &apos;ja&apos; or &apos;nee&apos;.</source>
        <translation>Geef ‘ja’ of ‘nee’.</translation>
    </message>
    <message>
        <source>Give &apos;pause&apos; or &apos;restart&apos;.</source>
        <translation>Geef ‘pause’ (pauzeren) of ‘restart’ (opnieuw beginnen).</translation>
    </message>
    <message>
        <source>Give a number of days from 0 to 31.</source>
        <translation>Geef een aantal dagen van 0 tot en met 31.</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Geef een geheel getal.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;. Known settings: %2.</source>
        <translation>Onbekende instelling ‘%1’. Bekende instellingen: %2.</translation>
    </message>
</context>
<context>
    <name>pd::Store</name>
    <message>
        <source>Privacydesk could not check whether every key slot belongs to a user: %1</source>
        <translation>Privacydesk kon niet controleren of elke sleutel bij een gebruiker hoort: %1</translation>
    </message>
    <message>
        <source>A user removal was interrupted and could not be completed: a removed user&apos;s password may still open this store. Open the store again or run verify; if this message stays, contact your administrator. (%1)</source>
        <translation>Het verwijderen van een gebruiker is onderbroken en kon niet worden afgerond: het wachtwoord van een verwijderde gebruiker opent deze kluis misschien nog. Open de kluis opnieuw of voer verify uit; blijft deze melding staan, neem dan contact op met uw beheerder. (%1)</translation>
    </message>
    <message numerus="yes">
        <source>A user removal (or addition) was interrupted earlier. Privacydesk has now completed it: %n key slot(s) that no active user owns were removed and the database was re-encrypted. Check the list of users.</source>
        <translation>
            <numerusform>Eerder is het verwijderen (of toevoegen) van een gebruiker onderbroken. Privacydesk heeft dat nu afgerond: %n sleutel die bij geen actieve gebruiker hoort is verwijderd en de database is opnieuw versleuteld. Controleer de lijst met gebruikers.</numerusform>
            <numerusform>Eerder is het verwijderen (of toevoegen) van een gebruiker onderbroken. Privacydesk heeft dat nu afgerond: %n sleutels die bij geen actieve gebruiker horen zijn verwijderd en de database is opnieuw versleuteld. Controleer de lijst met gebruikers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: verified from its last verified position (event %1, %2) on; %n new event(s) checked. Use --full to verify every event.</source>
        <extracomment>Dutch: &quot;Audittrail: gecontroleerd vanaf het laatst gecontroleerde punt (gebeurtenis %1, %2); %n nieuwe gebeurtenis(sen) gecontroleerd. Gebruik --full om elke gebeurtenis te controleren.&quot;</extracomment>
        <translation>
            <numerusform>Audittrail: gecontroleerd vanaf het laatst gecontroleerde punt (gebeurtenis %1, %2); %n nieuwe gebeurtenis gecontroleerd. Gebruik --full om elke gebeurtenis te controleren.</numerusform>
            <numerusform>Audittrail: gecontroleerd vanaf het laatst gecontroleerde punt (gebeurtenis %1, %2); %n nieuwe gebeurtenissen gecontroleerd. Gebruik --full om elke gebeurtenis te controleren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The result of the integrity check was not recorded: %1</source>
        <extracomment>Dutch: &quot;De uitkomst van de integriteitscontrole is niet vastgelegd: %1&quot;</extracomment>
        <translation>De uitkomst van de integriteitscontrole is niet vastgelegd: %1</translation>
    </message>
    <message>
        <source>The server store has schema version %1; this version of Privacydesk needs %2. Ask the administrator to run `privacydesk-cli server upgrade`.</source>
        <translation>De kluis op de server heeft schemaversie %1; deze versie van Privacydesk heeft %2 nodig. Vraag de beheerder om `privacydesk-cli server upgrade` uit te voeren.</translation>
    </message>
    <message>
        <source>Head of the audit trail: event %1, hash %2.</source>
        <extracomment>Dutch: &quot;Kop van de audittrail: gebeurtenis %1, hash %2.&quot;</extracomment>
        <translation>Kop van de audittrail: gebeurtenis %1, hash %2.</translation>
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
        <translation>De kluis is beschadigd of hoort niet bij deze sleutelring. Zet de meest recente back-up terug of neem contact op met uw beheerder; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The keyring of this store has been altered outside Privacydesk. The store was not opened. Restore the keyring from a backup and report this to your security officer.</source>
        <translation>De sleutelring van deze kluis is buiten Privacydesk om gewijzigd. De kluis is niet geopend. Zet de sleutelring terug uit een back-up en meld dit bij uw informatiebeveiliger.</translation>
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
    <message>
        <source>Your role does not allow this. Ask a user with the role beheerder; nothing was changed.</source>
        <translation>Uw rol staat dit niet toe. Vraag het aan een gebruiker met de rol beheerder; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The demo store with fictitious data and a real store each have their own folder. Choose another folder; nothing was created.</source>
        <translation>De demokluis met fictieve gegevens en een echte kluis hebben elk een eigen map. Kies een andere map; er is niets aangemaakt.</translation>
    </message>
    <message>
        <source>The name of the organisation or of the user contains a number that passes the 11-test for a citizen service number (BSN). A housing corporation may not record a BSN (art. 46 UAVG): remove the number; nothing was created.</source>
        <translation>De naam van de organisatie of van de gebruiker bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer (BSN). Een woningcorporatie mag geen BSN vastleggen (art. 46 UAVG): verwijder het nummer; er is niets aangemaakt.</translation>
    </message>
    <message>
        <source>There is already a file or folder with this name, and Privacydesk never writes over it. Choose a new folder name; nothing was written.</source>
        <translation>Er bestaat al een bestand of map met deze naam, en Privacydesk schrijft daar nooit overheen. Kies een nieuwe mapnaam; er is niets geschreven.</translation>
    </message>
    <message>
        <source>A backup may not be written into the store&apos;s own folder, beside its database and keyring: it would be lost with the store. Choose another folder; nothing was written.</source>
        <translation>Een back-up mag niet in de eigen map van de kluis worden geschreven, naast de database en de sleutelring: dan gaat hij samen met de kluis verloren. Kies een andere map; er is niets geschreven.</translation>
    </message>
    <message>
        <source>This backup belongs to another store than the one it would replace. Confirm that you want to replace this store by it; nothing was changed.</source>
        <translation>Deze back-up hoort bij een andere kluis dan de kluis die hij zou vervangen. Bevestig dat u deze kluis erdoor wilt vervangen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The keyring of this store (keyring.pdk) is not an ordinary file but a link, a pipe or a device. Privacydesk did not read it and did not open the store. Put the real keyring back, or restore a backup.</source>
        <translation>De sleutelring van deze kluis (keyring.pdk) is geen gewoon bestand maar een koppeling, een pipe of een apparaat. Privacydesk heeft hem niet gelezen en de kluis niet geopend. Zet de echte sleutelring terug of zet een back-up terug.</translation>
    </message>
    <message>
        <source>The database is older than the keyring: events that the audit trail had recorded are missing or were rewritten (an older copy of the database, a deleted -wal file or a shortened audit trail). The store was not opened. Restore the most recent backup and report this to your security officer.</source>
        <translation>De database is ouder dan de sleutelring: gebeurtenissen die de audittrail had vastgelegd, ontbreken of zijn herschreven (een oudere kopie van de database, een verwijderd -wal-bestand of een ingekorte audittrail). De kluis is niet geopend. Zet de meest recente back-up terug en meld dit bij uw informatiebeveiliger.</translation>
    </message>
    <message>
        <source>The store&apos;s server: %1</source>
        <extracomment>Dutch: &quot;De server van de kluis: %1&quot;</extracomment>
        <translation>De server van de kluis: %1</translation>
    </message>
    <message>
        <source>This is only possible for a store in a folder, not for a store on a server: there the server keeps the logins and its administrator the backups.</source>
        <extracomment>Dutch: &quot;Dit kan alleen bij een kluis in een map, niet bij een kluis op een server: daar regelt de server de aanmeldingen en de beheerder van de server de back-ups.&quot;</extracomment>
        <translation>Dit kan alleen bij een kluis in een map, niet bij een kluis op een server: daar regelt de server de aanmeldingen en de beheerder van de server de back-ups.</translation>
    </message>
    <message>
        <source>The file %1 of this store is not an ordinary file but a link, a pipe or a device. Privacydesk did not open it, nor the store. Put the real file back, or restore a backup.</source>
        <extracomment>%1 is the file&apos;s name (privacydesk.db, privacydesk.db-wal, ...). Dutch: &quot;Het bestand %1 van deze kluis is geen gewoon bestand maar een koppeling, een pipe of een apparaat. Privacydesk heeft het niet geopend, en de kluis ook niet. Zet het echte bestand terug, of zet een back-up terug.&quot;</extracomment>
        <translation>Het bestand %1 van deze kluis is geen gewoon bestand maar een koppeling, een pipe of een apparaat. Privacydesk heeft het niet geopend, en de kluis ook niet. Zet het echte bestand terug, of zet een back-up terug.</translation>
    </message>
</context>
<context>
    <name>pd::SystemChecklist</name>
    <message>
        <source>Nothing found</source>
        <extracomment>Dutch: &quot;Niets gevonden&quot;</extracomment>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <source>Data found (in the report)</source>
        <extracomment>Dutch: &quot;Gegevens gevonden (in het overzicht)&quot;</extracomment>
        <translation>Gegevens gevonden (in het overzicht)</translation>
    </message>
    <message>
        <source>Data provided separately</source>
        <extracomment>Dutch: &quot;Gegevens apart verstrekt&quot;</extracomment>
        <translation>Gegevens apart verstrekt</translation>
    </message>
    <message>
        <source>Data erased</source>
        <extracomment>Dutch: &quot;Gegevens gewist&quot;</extracomment>
        <translation>Gegevens gewist</translation>
    </message>
    <message>
        <source>Data corrected</source>
        <extracomment>Dutch: &quot;Gegevens gecorrigeerd&quot;</extracomment>
        <translation>Gegevens gecorrigeerd</translation>
    </message>
    <message>
        <source>Could not be searched (see note)</source>
        <extracomment>Dutch: &quot;Niet te doorzoeken (zie notitie)&quot;</extracomment>
        <translation>Niet te doorzoeken (zie notitie)</translation>
    </message>
    <message>
        <source>Only an inzage, erasure or rectification has a list of systems to search.</source>
        <extracomment>Dutch: &quot;Alleen een inzage, verwijdering of rectificatie heeft een lijst van systemen.&quot;</extracomment>
        <translation>Alleen een inzage, verwijdering of rectificatie heeft een lijst van systemen.</translation>
    </message>
    <message>
        <source>Request %1 is completed: reopen it first.</source>
        <extracomment>Dutch: &quot;Verzoek %1 is afgerond: heropen het eerst.&quot;</extracomment>
        <translation>Verzoek %1 is afgerond: heropen het eerst.</translation>
    </message>
    <message>
        <source>System &apos;%1&apos; is not on this request&apos;s list (%2).</source>
        <extracomment>Dutch: &quot;Systeem ‘%1’ staat niet op de lijst van dit verzoek (%2).&quot;</extracomment>
        <translation>Systeem ‘%1’ staat niet op de lijst van dit verzoek (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit this request: erased goes with an erasure, corrected with a rectification.</source>
        <extracomment>Dutch: &quot;‘%1’ past niet bij dit verzoek: gewist hoort bij een verwijdering, gecorrigeerd bij een rectificatie.&quot;</extracomment>
        <translation>‘%1’ past niet bij dit verzoek: gewist hoort bij een verwijdering, gecorrigeerd bij een rectificatie.</translation>
    </message>
    <message>
        <source>Say in a note why the system could not be searched.</source>
        <extracomment>Dutch: &quot;Zeg in een notitie waarom het systeem niet te doorzoeken is.&quot;</extracomment>
        <translation>Zeg in een notitie waarom het systeem niet te doorzoeken is.</translation>
    </message>
    <message>
        <source>Request %1 has no file %2 (case attachments lists them).</source>
        <extracomment>Dutch: &quot;Verzoek %1 heeft geen bestand %2 (case attachments toont ze).&quot;</extracomment>
        <translation>Verzoek %1 heeft geen bestand %2 (case attachments toont ze).</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Dutch: &quot;Notitie&quot;</extracomment>
        <translation>Notitie</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) not searched yet: %1.</source>
        <extracomment>Dutch: &quot;%n systeem/systemen nog niet doorzocht: %1.&quot;</extracomment>
        <translation>
            <numerusform>%n systeem nog niet doorzocht: %1.</numerusform>
            <numerusform>%n systemen nog niet doorzocht: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::UserService</name>
    <message>
        <source>This user already has a key slot.</source>
        <translation>Deze gebruiker heeft al een sleutelplaats.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>Customer contact agent</source>
        <translation>KCC-medewerker</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>Uw rol (%1) staat dit niet toe.</translation>
    </message>
    <message>
        <source>You are not an active user of this store; nothing is allowed.</source>
        <translation>U bent geen actieve gebruiker van deze kluis; niets is toegestaan.</translation>
    </message>
    <message>
        <source>A user name is required, without spaces.</source>
        <translation>Een gebruikersnaam is verplicht, zonder spaties.</translation>
    </message>
    <message>
        <source>The user %1 exists already.</source>
        <translation>De gebruiker %1 bestaat al.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Er is geen gebruiker %1.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation>U kunt uzelf niet verwijderen; vraag het aan een andere beheerder.</translation>
    </message>
    <message>
        <source>%1 is the last administrator; add another one first.</source>
        <translation>%1 is de laatste beheerder; voeg eerst een andere beheerder toe.</translation>
    </message>
    <message>
        <source>%1 can no longer work in the store, but the database could not be re-encrypted. Remove the user again to finish.</source>
        <translation>%1 kan niet meer in de kluis werken, maar de database kon niet opnieuw worden versleuteld. Verwijder de gebruiker nogmaals om dit af te ronden.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>Het wachtwoord moet ten minste %n teken hebben.</numerusform>
            <numerusform>Het wachtwoord moet ten minste %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has rights on the server beyond this store (owner of the database, creating roles, superuser or BYPASSRLS): IT changes or removes that login on the server itself.</source>
        <extracomment>Dutch: &quot;%1 heeft op de server meer rechten dan deze kluis (eigenaar van de database, rollen aanmaken, superuser of BYPASSRLS): die aanmelding wijzigt of verwijdert IT op de server zelf.&quot;</extracomment>
        <translation>%1 heeft op de server meer rechten dan deze kluis (eigenaar van de database, rollen aanmaken, superuser of BYPASSRLS): die aanmelding wijzigt of verwijdert IT op de server zelf.</translation>
    </message>
    <message>
        <source>Enter a name: letters are signed with it.</source>
        <extracomment>Dutch: &quot;Vul een naam in: brieven worden ermee ondertekend.&quot;</extracomment>
        <translation>Vul een naam in: brieven worden ermee ondertekend.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>pd::YearReportService</name>
    <message>
        <source>Choose a year from %1 up to %2.</source>
        <extracomment>Dutch: &quot;Kies een jaar van %1 tot en met %2.&quot;</extracomment>
        <translation>Kies een jaar van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Privacy annual report %1</source>
        <extracomment>Dutch: &quot;Jaarverslag privacy %1&quot;</extracomment>
        <translation>Jaarverslag privacy %1</translation>
    </message>
    <message>
        <source>Period: %1 up to and including %2.</source>
        <extracomment>Dutch: &quot;Periode: %1 tot en met %2.&quot;</extracomment>
        <translation>Periode: %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Period: %1 up to and including %2. The year is not over: the figures are those of %3.</source>
        <extracomment>Dutch: &quot;Periode: %1 tot en met %2. Het jaar loopt nog: de cijfers zijn die van %3.&quot;</extracomment>
        <translation>Periode: %1 tot en met %2. Het jaar loopt nog: de cijfers zijn die van %3.</translation>
    </message>
    <message>
        <source>Section</source>
        <extracomment>Dutch: &quot;Onderdeel&quot;</extracomment>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Figure</source>
        <extracomment>Dutch: &quot;Cijfer&quot;</extracomment>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Dutch: &quot;Waarde&quot;</extracomment>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Definition</source>
        <extracomment>Dutch: &quot;Definitie&quot;</extracomment>
        <translation>Definitie</translation>
    </message>
    <message>
        <source>Made on %1. The same figures as the dashboards with reference date 31 December %2.</source>
        <extracomment>Dutch: &quot;Gemaakt op %1. Dezelfde cijfers als de dashboards met peildatum 31 december %2.&quot;</extracomment>
        <translation>Gemaakt op %1. Dezelfde cijfers als de dashboards met peildatum 31 december %2.</translation>
    </message>
</context>
<context>
    <name>pd::YearSections</name>
    <message>
        <source>Without an outcome</source>
        <translation>Zonder uitkomst</translation>
    </message>
    <message>
        <source>Requests of data subjects</source>
        <extracomment>Dutch: &quot;Verzoeken van betrokkenen&quot;</extracomment>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Received, by kind</source>
        <extracomment>Dutch: &quot;Ontvangen, per soort&quot;</extracomment>
        <translation>Ontvangen, per soort</translation>
    </message>
    <message>
        <source>Requests received from %1 up to and including %2 (date of receipt). A request of several kinds counts under each kind; the total counts each request once.</source>
        <extracomment>Dutch: &quot;Verzoeken ontvangen van %1 tot en met %2 (datum van ontvangst). Een verzoek van meer soorten telt bij elke soort; het totaal telt elk verzoek één keer.&quot;</extracomment>
        <translation>Verzoeken ontvangen van %1 tot en met %2 (datum van ontvangst). Een verzoek van meer soorten telt bij elke soort; het totaal telt elk verzoek één keer.</translation>
    </message>
    <message>
        <source>Total received</source>
        <extracomment>Dutch: &quot;Totaal ontvangen&quot;</extracomment>
        <translation>Totaal ontvangen</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Dutch: &quot;Totaal&quot;</extracomment>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Received, by channel</source>
        <extracomment>Dutch: &quot;Ontvangen, per kanaal&quot;</extracomment>
        <translation>Ontvangen, per kanaal</translation>
    </message>
    <message>
        <source>The same requests by the channel they came in through.</source>
        <extracomment>Dutch: &quot;Dezelfde verzoeken naar het kanaal waarlangs ze binnenkwamen.&quot;</extracomment>
        <translation>Dezelfde verzoeken naar het kanaal waarlangs ze binnenkwamen.</translation>
    </message>
    <message>
        <source>Total completed</source>
        <extracomment>Dutch: &quot;Totaal afgerond&quot;</extracomment>
        <translation>Totaal afgerond</translation>
    </message>
    <message>
        <source>Completed, by outcome</source>
        <extracomment>Dutch: &quot;Afgerond, per uitkomst&quot;</extracomment>
        <translation>Afgerond, per uitkomst</translation>
    </message>
    <message>
        <source>Requests answered or closed from %1 up to and including %2 (also when received earlier), by the outcome recorded on completion.</source>
        <extracomment>Dutch: &quot;Verzoeken beantwoord of afgesloten van %1 tot en met %2 (ook als ze eerder ontvangen zijn), naar de uitkomst die bij het afronden is vastgelegd.&quot;</extracomment>
        <translation>Verzoeken beantwoord of afgesloten van %1 tot en met %2 (ook als ze eerder ontvangen zijn), naar de uitkomst die bij het afronden is vastgelegd.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>Dutch: &quot;Termijnen&quot;</extracomment>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>On time, by deadline</source>
        <extracomment>Dutch: &quot;Op tijd, per termijn&quot;</extracomment>
        <translation>Op tijd, per termijn</translation>
    </message>
    <message>
        <source>Requests answered or closed from %1 up to and including %2. The legal deadline is one month after receipt, three months when extended (art. 12(3) GDPR), moved to the next working day from a weekend or public holiday. The own deadline is the organisation&apos;s policy (Settings). A late request counts under one deadline: the legal one when it had passed, otherwise the own one.</source>
        <extracomment>Dutch: &quot;Verzoeken beantwoord of afgesloten van %1 tot en met %2. De wettelijke termijn is een maand na ontvangst, na verlenging drie maanden (art. 12 lid 3 AVG), op een weekend- of feestdag de eerstvolgende werkdag. De eigen termijn is die van het beleid van de organisatie (Instellingen). Een verzoek dat te laat is, telt bij één termijn: de wettelijke als die voorbij was, anders de eigen.&quot;</extracomment>
        <translation>Verzoeken beantwoord of afgesloten van %1 tot en met %2. De wettelijke termijn is een maand na ontvangst, na verlenging drie maanden (art. 12 lid 3 AVG), op een weekend- of feestdag de eerstvolgende werkdag. De eigen termijn is die van het beleid van de organisatie (Instellingen). Een verzoek dat te laat is, telt bij één termijn: de wettelijke als die voorbij was, anders de eigen.</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Dutch: &quot;Afgerond&quot;</extracomment>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Within the legal deadline</source>
        <extracomment>Dutch: &quot;Binnen de wettelijke termijn&quot;</extracomment>
        <translation>Binnen de wettelijke termijn</translation>
    </message>
    <message>
        <source>Within the legal deadline (%)</source>
        <extracomment>Dutch: &quot;Binnen de wettelijke termijn (%)&quot;</extracomment>
        <translation>Binnen de wettelijke termijn (%)</translation>
    </message>
    <message>
        <source>Within the own and the legal deadline</source>
        <extracomment>Dutch: &quot;Binnen de eigen én de wettelijke termijn&quot;</extracomment>
        <translation>Binnen de eigen én de wettelijke termijn</translation>
    </message>
    <message>
        <source>Within the own and the legal deadline (%)</source>
        <extracomment>Dutch: &quot;Binnen de eigen én de wettelijke termijn (%)&quot;</extracomment>
        <translation>Binnen de eigen én de wettelijke termijn (%)</translation>
    </message>
    <message>
        <source>Late: legal deadline passed</source>
        <extracomment>Dutch: &quot;Te laat: wettelijke termijn voorbij&quot;</extracomment>
        <translation>Te laat: wettelijke termijn voorbij</translation>
    </message>
    <message>
        <source>Late: only the own deadline passed</source>
        <extracomment>Dutch: &quot;Te laat: alleen de eigen termijn voorbij&quot;</extracomment>
        <translation>Te laat: alleen de eigen termijn voorbij</translation>
    </message>
    <message>
        <source>Handling time</source>
        <extracomment>Dutch: &quot;Behandelduur&quot;</extracomment>
        <translation>Behandelduur</translation>
    </message>
    <message>
        <source>Calendar days from receipt to answer of the same requests: the middle value (with an even number, the mean of the two middle ones).</source>
        <extracomment>Dutch: &quot;Kalenderdagen van ontvangst tot antwoord van dezelfde verzoeken: de middelste waarde (bij een even aantal het gemiddelde van de twee middelste).&quot;</extracomment>
        <translation>Kalenderdagen van ontvangst tot antwoord van dezelfde verzoeken: de middelste waarde (bij een even aantal het gemiddelde van de twee middelste).</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <extracomment>Dutch: &quot;Mediaan (dagen)&quot;</extracomment>
        <translation>Mediaan (dagen)</translation>
    </message>
    <message>
        <source>Extensions</source>
        <extracomment>Dutch: &quot;Verlengingen&quot;</extracomment>
        <translation>Verlengingen</translation>
    </message>
    <message>
        <source>Requests received from %1 up to and including %2 that were extended, with the data subject informed of it (art. 12(3) GDPR). Informed late: after the legal deadline of one month; the deadline then stays one month.</source>
        <extracomment>Dutch: &quot;Verzoeken ontvangen van %1 tot en met %2 die zijn verlengd en waarover de betrokkene is geïnformeerd (art. 12 lid 3 AVG). Te laat geïnformeerd: na de wettelijke termijn van een maand; de termijn blijft dan een maand.&quot;</extracomment>
        <translation>Verzoeken ontvangen van %1 tot en met %2 die zijn verlengd en waarover de betrokkene is geïnformeerd (art. 12 lid 3 AVG). Te laat geïnformeerd: na de wettelijke termijn van een maand; de termijn blijft dan een maand.</translation>
    </message>
    <message>
        <source>Extended</source>
        <extracomment>Dutch: &quot;Verlengd&quot;</extracomment>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Of which informed late</source>
        <extracomment>Dutch: &quot;Waarvan te laat geïnformeerd&quot;</extracomment>
        <translation>Waarvan te laat geïnformeerd</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <extracomment>Dutch: &quot;Datalekken&quot;</extracomment>
        <translation>Datalekken</translation>
    </message>
    <message>
        <source>Register and notifications</source>
        <extracomment>Dutch: &quot;Register en meldingen&quot;</extracomment>
        <translation>Register en meldingen</translation>
    </message>
    <message>
        <source>Discovered: data breaches discovered from %1 up to and including %2 (Dutch time). Notified: notifications to the AP in that period, also of a breach from an earlier year; late: more than 72 hours after discovery (art. 33(1) GDPR). Data subjects informed: breaches whose data subjects were informed in that period (art. 34 GDPR).</source>
        <extracomment>Dutch: &quot;Ontdekt: datalekken ontdekt van %1 tot en met %2 (Nederlandse tijd). Gemeld: meldingen aan de AP in die periode, ook van een datalek uit een eerder jaar; te laat: later dan 72 uur na de ontdekking (art. 33 lid 1 AVG). Betrokkenen geïnformeerd: datalekken waarvan de betrokkenen in die periode zijn geïnformeerd (art. 34 AVG).&quot;</extracomment>
        <translation>Ontdekt: datalekken ontdekt van %1 tot en met %2 (Nederlandse tijd). Gemeld: meldingen aan de AP in die periode, ook van een datalek uit een eerder jaar; te laat: later dan 72 uur na de ontdekking (art. 33 lid 1 AVG). Betrokkenen geïnformeerd: datalekken waarvan de betrokkenen in die periode zijn geïnformeerd (art. 34 AVG).</translation>
    </message>
    <message>
        <source>Discovered</source>
        <extracomment>Dutch: &quot;Ontdekt&quot;</extracomment>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <source>Notified to the AP</source>
        <extracomment>Dutch: &quot;Gemeld aan de AP&quot;</extracomment>
        <translation>Gemeld aan de AP</translation>
    </message>
    <message>
        <source>Of which late (after 72 hours)</source>
        <extracomment>Dutch: &quot;Waarvan te laat (na 72 uur)&quot;</extracomment>
        <translation>Waarvan te laat (na 72 uur)</translation>
    </message>
    <message>
        <source>Data subjects informed</source>
        <extracomment>Dutch: &quot;Betrokkenen geïnformeerd&quot;</extracomment>
        <translation>Betrokkenen geïnformeerd</translation>
    </message>
    <message>
        <source>Discovered, by nature</source>
        <extracomment>Dutch: &quot;Ontdekt, per soort inbreuk&quot;</extracomment>
        <translation>Ontdekt, per soort inbreuk</translation>
    </message>
    <message>
        <source>The same discovered breaches by nature (confidentiality, integrity, availability); a breach of several natures counts under each.</source>
        <extracomment>Dutch: &quot;Dezelfde ontdekte datalekken naar de soort inbreuk (vertrouwelijkheid, integriteit, beschikbaarheid); een datalek van meer soorten telt bij elke soort.&quot;</extracomment>
        <translation>Dezelfde ontdekte datalekken naar de soort inbreuk (vertrouwelijkheid, integriteit, beschikbaarheid); een datalek van meer soorten telt bij elke soort.</translation>
    </message>
    <message>
        <source>Disclosures to third parties</source>
        <extracomment>Dutch: &quot;Verstrekkingen aan derden&quot;</extracomment>
        <translation>Verstrekkingen aan derden</translation>
    </message>
    <message>
        <source>By kind of recipient</source>
        <extracomment>Dutch: &quot;Per soort ontvanger&quot;</extracomment>
        <translation>Per soort ontvanger</translation>
    </message>
    <message>
        <source>Disclosures in the register dated from %1 up to and including %2, by the recipient&apos;s category. A disclosure about several persons counts once.</source>
        <extracomment>Dutch: &quot;Verstrekkingen in het register met een datum van %1 tot en met %2, naar de categorie van de ontvanger. Een verstrekking over meer personen telt één keer.&quot;</extracomment>
        <translation>Verstrekkingen in het register met een datum van %1 tot en met %2, naar de categorie van de ontvanger. Een verstrekking over meer personen telt één keer.</translation>
    </message>
    <message>
        <source>By legal basis</source>
        <extracomment>Dutch: &quot;Per grondslag&quot;</extracomment>
        <translation>Per grondslag</translation>
    </message>
    <message>
        <source>The same disclosures by their legal basis (art. 6(1) GDPR).</source>
        <extracomment>Dutch: &quot;Dezelfde verstrekkingen naar hun grondslag (art. 6 lid 1 AVG).&quot;</extracomment>
        <translation>Dezelfde verstrekkingen naar hun grondslag (art. 6 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Destructions</source>
        <extracomment>Dutch: &quot;Vernietigingen&quot;</extracomment>
        <translation>Vernietigingen</translation>
    </message>
    <message>
        <source>Destroyed, by kind</source>
        <extracomment>Dutch: &quot;Vernietigd, per soort&quot;</extracomment>
        <translation>Vernietigd, per soort</translation>
    </message>
    <message>
        <source>Destructions after the retention period, recorded with a date from %1 up to and including %2: a person&apos;s request files, other data (from the retention register) and data breaches.</source>
        <extracomment>Dutch: &quot;Vernietigingen na afloop van de bewaartermijn, vastgelegd met een datum van %1 tot en met %2: verzoekdossiers van een persoon, overige gegevens (uit het register van bewaartermijnen) en datalekken.&quot;</extracomment>
        <translation>Vernietigingen na afloop van de bewaartermijn, vastgelegd met een datum van %1 tot en met %2: verzoekdossiers van een persoon, overige gegevens (uit het register van bewaartermijnen) en datalekken.</translation>
    </message>
    <message>
        <source>DPIAs</source>
        <extracomment>Dutch: &quot;DPIA&apos;s&quot;</extracomment>
        <translation>DPIA&apos;s</translation>
    </message>
    <message>
        <source>Data protection impact assessments (articles 35 and 36 GDPR)</source>
        <extracomment>Dutch: &quot;Gegevensbeschermingseffectbeoordelingen (artikel 35 en 36 AVG)&quot;</extracomment>
        <translation>Gegevensbeschermingseffectbeoordelingen (artikel 35 en 36 AVG)</translation>
    </message>
    <message>
        <source>From the DPIA register as it is now, one assessment per processing activity. Done: the DPIA&apos;s date lies from %1 up to and including %2. Needed, not done: assessed as needed and without a DPIA date on %3. To review: the review date has come on %3. AP consulted: the date of the prior consultation lies in the year. Consultation missing: done, a high residual risk and no consultation of the AP on %3 (article 36(1) GDPR).</source>
        <extracomment>Dutch: &quot;Uit het DPIA-register zoals het nu is, één beoordeling per verwerking. Uitgevoerd: de datum van de DPIA valt van %1 tot en met %2. Nodig, niet uitgevoerd: als nodig beoordeeld en op %3 zonder DPIA-datum. Te herbeoordelen: de datum van herbeoordeling is op %3 bereikt. AP geraadpleegd: de datum van de voorafgaande raadpleging valt in het jaar. Raadpleging ontbreekt: uitgevoerd, hoog restrisico en op %3 geen raadpleging van de AP (artikel 36 lid 1 AVG).&quot;</extracomment>
        <translation>Uit het DPIA-register zoals het nu is, één beoordeling per verwerking. Uitgevoerd: de datum van de DPIA valt van %1 tot en met %2. Nodig, niet uitgevoerd: als nodig beoordeeld en op %3 zonder DPIA-datum. Te herbeoordelen: de datum van herbeoordeling is op %3 bereikt. AP geraadpleegd: de datum van de voorafgaande raadpleging valt in het jaar. Raadpleging ontbreekt: uitgevoerd, hoog restrisico en op %3 geen raadpleging van de AP (artikel 36 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Dutch: &quot;Uitgevoerd&quot;</extracomment>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Needed, not done</source>
        <extracomment>Dutch: &quot;Nodig, niet uitgevoerd&quot;</extracomment>
        <translation>Nodig, niet uitgevoerd</translation>
    </message>
    <message>
        <source>To review</source>
        <extracomment>Dutch: &quot;Te herbeoordelen&quot;</extracomment>
        <translation>Te herbeoordelen</translation>
    </message>
    <message>
        <source>AP consulted</source>
        <extracomment>Dutch: &quot;AP geraadpleegd&quot;</extracomment>
        <translation>AP geraadpleegd</translation>
    </message>
    <message>
        <source>AP consultation missing</source>
        <extracomment>Dutch: &quot;Raadpleging AP ontbreekt&quot;</extracomment>
        <translation>Raadpleging AP ontbreekt</translation>
    </message>
    <message>
        <source>Covenants</source>
        <extracomment>Dutch: &quot;Convenanten&quot;</extracomment>
        <translation>Convenanten</translation>
    </message>
    <message>
        <source>In force</source>
        <extracomment>Dutch: &quot;Van kracht&quot;</extracomment>
        <translation>Van kracht</translation>
    </message>
    <message>
        <source>Begun</source>
        <extracomment>Dutch: &quot;Begonnen&quot;</extracomment>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>Dutch: &quot;Geëindigd&quot;</extracomment>
        <translation>Geëindigd</translation>
    </message>
    <message>
        <source>Cooperation covenants</source>
        <extracomment>Dutch: &quot;Samenwerkingsconvenanten&quot;</extracomment>
        <translation>Samenwerkingsconvenanten</translation>
    </message>
    <message>
        <source>To evaluate</source>
        <extracomment>Dutch: &quot;Te evalueren&quot;</extracomment>
        <translation>Te evalueren</translation>
    </message>
    <message>
        <source>From the covenant register as it is now. In force: begun and not ended on %3. Begun and ended: the start or end date lies from %1 up to and including %2. To evaluate: in force and the evaluation date has come on %3 (as ‘Today’ counts them).</source>
        <extracomment>Dutch: &quot;Uit het convenantenregister zoals het nu is. Van kracht: op %3 begonnen en niet geëindigd. Begonnen en geëindigd: de begin- of einddatum valt van %1 tot en met %2. Te evalueren: van kracht en de evaluatiedatum is op %3 bereikt (zoals ‘Vandaag’ ze telt).&quot;</extracomment>
        <translation>Uit het convenantenregister zoals het nu is. Van kracht: op %3 begonnen en niet geëindigd. Begonnen en geëindigd: de begin- of einddatum valt van %1 tot en met %2. Te evalueren: van kracht en de evaluatiedatum is op %3 bereikt (zoals ‘Vandaag’ ze telt).</translation>
    </message>
</context>
<context>
    <name>pd::cli</name>
    <message>
        <source>Confirm that a number the BSN guard stops is not a BSN (logged).</source>
        <translation>Bevestigen dat een nummer dat de BSN-controle tegenhoudt geen BSN is (wordt vastgelegd).</translation>
    </message>
    <message>
        <source>Register a new request; prints its number.</source>
        <translation>Een nieuw verzoek registreren; toont het nummer.</translation>
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
        <translation>De verzoeken tonen.</translation>
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
        <translation>Eén verzoek met zijn termijnen tonen.</translation>
    </message>
    <message>
        <source>Record the identification request and/or its receipt.</source>
        <translation>Het opvragen en/of de ontvangst van de identificatie vastleggen.</translation>
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
        <translation>De termijn verlengen (redenen, en de datum waarop de betrokkene is geïnformeerd).</translation>
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
        <translation>Een verzoek afronden met de uitkomst.</translation>
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
        <translation>Een notitie aan een verzoek toevoegen.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>De notitie.</translation>
    </message>
    <message>
        <source>Reopen a closed request.</source>
        <translation>Een afgesloten verzoek heropenen.</translation>
    </message>
    <message>
        <source>Why it is reopened.</source>
        <translation>Waarom het wordt heropend.</translation>
    </message>
    <message>
        <source>The audit events of one request.</source>
        <translation>De auditgebeurtenissen van één verzoek tonen.</translation>
    </message>
    <message>
        <source>Compute the deadlines for a date of receipt (no store needed).</source>
        <translation>De termijnen voor een ontvangstdatum berekenen (geen kluis nodig).</translation>
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
        <translation>Ook de beleidstermijn naar de volgende werkdag verschuiven.</translation>
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
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>The user to act as (or PRIVACYDESK_USER). Without it, every user&apos;s key slot is tried.</source>
        <translation>De gebruiker namens wie u werkt (of PRIVACYDESK_USER). Zonder deze optie wordt de sleutelplaats van elke gebruiker geprobeerd.</translation>
    </message>
    <message>
        <source>Read the password from this file (first line).</source>
        <translation>Het wachtwoord uit dit bestand lezen (eerste regel).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Read the password from standard input (one line).</source>
        <translation>Het wachtwoord van standaardinvoer lezen (één regel).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Machineleesbare JSON tonen.</translation>
    </message>
    <message>
        <source>Add technical details to error messages.</source>
        <translation>Technische details aan foutmeldingen toevoegen.</translation>
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
        <translation>Onbekend --kdf-profiel ‘%1’ (moderate, sensitive).</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Het wachtwoord moet ten minste 10 tekens hebben.</translation>
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
        <translation>Schemaversie:   %1</translation>
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
        <translation>De kluis is intact: integriteit van de database en de sleutelring gecontroleerd.</translation>
    </message>
    <message>
        <source>Create a new encrypted store.</source>
        <translation>Een nieuwe versleutelde kluis aanmaken.</translation>
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
        <translation>Tonen wat de kluis is en bevat.</translation>
    </message>
    <message>
        <source>Check the integrity of the database and the keyring.</source>
        <translation>De integriteit van de database en de sleutelring controleren.</translation>
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
        <translation>Onbekende opdracht ‘%1’; zie privacydesk-cli --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Onverwacht argument ‘%1’.</translation>
    </message>
    <message>
        <source>--cases takes a number from 0 to 1000000.</source>
        <translation>--cases heeft een getal van 0 tot en met 1000000 nodig.</translation>
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
    <message>
        <source>Add a recipient or processor to the catalogue; prints its id.</source>
        <translation>Een ontvanger of verwerker aan de catalogus toevoegen; toont het id.</translation>
    </message>
    <message>
        <source>Category: aannemer, deurwaarder, advocaat, bouwbedrijf, gemeente, politie-justitie, zorginstelling, belastingdienst, woningzoekendensysteem, bewindvoerder, schuldhulpverlening, collega-corporatie, incassobureau, verwerker, overig.</source>
        <translation>Categorie: aannemer, deurwaarder, advocaat, bouwbedrijf, gemeente, politie-justitie, zorginstelling, belastingdienst, woningzoekendensysteem, bewindvoerder, schuldhulpverlening, collega-corporatie, incassobureau, verwerker, overig.</translation>
    </message>
    <message>
        <source>ontvanger (default) or verwerker (default for category verwerker).</source>
        <translation>ontvanger (standaard) of verwerker (standaard bij categorie verwerker).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Contact details.</source>
        <translation>Contactgegevens.</translation>
    </message>
    <message>
        <source>Processor: date the processing agreement was signed.</source>
        <translation>Verwerker: datum waarop de verwerkersovereenkomst is ondertekend.</translation>
    </message>
    <message>
        <source>Processor: date the agreement is due for review.</source>
        <translation>Verwerker: datum waarop de overeenkomst geëvalueerd moet worden.</translation>
    </message>
    <message>
        <source>Processor: what it processes.</source>
        <translation>Verwerker: wat de verwerker verwerkt.</translation>
    </message>
    <message>
        <source>Processor: where it processes: EU, or a country code such as NL or US.</source>
        <translation>Verwerker: waar de verwerking plaatsvindt: EU, of een landcode zoals NL of US.</translation>
    </message>
    <message>
        <source>EU|country</source>
        <translation>EU|land</translation>
    </message>
    <message>
        <source>List the recipients catalogue. With --json: an array of {id, name, category, role, contact, archived, agreement (processors only): {signed, review, processes, in_eu, country, overdue}}.</source>
        <translation>De catalogus van ontvangers tonen. Met --json: een lijst van {id, name, category, role, contact, archived, agreement (alleen verwerkers): {signed, review, processes, in_eu, country, overdue}}.</translation>
    </message>
    <message>
        <source>Include archived recipients.</source>
        <translation>Ook gearchiveerde ontvangers.</translation>
    </message>
    <message>
        <source>Register a disclosure of personal data; prints its id.</source>
        <translation>Een verstrekking van persoonsgegevens registreren; toont het id.</translation>
    </message>
    <message>
        <source>The recipient: its name or id in the catalogue.</source>
        <translation>De ontvanger: naam of id in de catalogus.</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>naam|id</translation>
    </message>
    <message>
        <source>K[,K2]</source>
        <translation>K[,K2]</translation>
    </message>
    <message>
        <source>Date of the disclosure (default: today).</source>
        <translation>Datum van de verstrekking (standaard: vandaag).</translation>
    </message>
    <message>
        <source>Which data, in words.</source>
        <translation>Welke gegevens, in woorden.</translation>
    </message>
    <message>
        <source>Purpose of the disclosure.</source>
        <translation>Doel van de verstrekking.</translation>
    </message>
    <message>
        <source>Legal basis, the letter of art. 6(1) GDPR: a, b, c, d, e or f.</source>
        <translation>Grondslag, de letter van art. 6 lid 1 AVG: a, b, c, d, e of f.</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>The statute or covenant (required for c and e).</source>
        <translation>De wet of het convenant (verplicht bij c en e).</translation>
    </message>
    <message>
        <source>Who asked for the data.</source>
        <translation>Wie om de gegevens vroeg.</translation>
    </message>
    <message>
        <source>Linked request.</source>
        <translation>Gekoppeld verzoek.</translation>
    </message>
    <message>
        <source>AVG-YYYY-NNNN</source>
        <translation>AVG-JJJJ-NNNN</translation>
    </message>
    <message>
        <source>Date the data subject was informed.</source>
        <translation>Datum waarop de betrokkene is geïnformeerd.</translation>
    </message>
    <message>
        <source>The law that forbids informing the data subject. Without this or --informed: still to inform.</source>
        <translation>De wet die verbiedt om de betrokkene te informeren. Zonder deze optie of --informed: nog te informeren.</translation>
    </message>
    <message>
        <source>Only disclosures concerning this customer number.</source>
        <translation>Alleen verstrekkingen over dit klantnummer.</translation>
    </message>
    <message>
        <source>klantnummer</source>
        <translation>klantnummer</translation>
    </message>
    <message>
        <source>Import persons and relation end dates from a CSV export (one transaction).</source>
        <translation>Personen en einddata van relaties importeren uit een CSV-export (in één transactie).</translation>
    </message>
    <message>
        <source>Column names to fields: COLUMN=FIELD,... (fields: klantnummer, naam, relatie, einddatum, adres, straat, huisnummer, postcode, plaats, telefoon, email, negeren).</source>
        <translation>Kolomnamen koppelen aan velden: KOLOM=VELD,... (velden: klantnummer, naam, relatie, einddatum, adres, straat, huisnummer, postcode, plaats, telefoon, email, negeren).</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>koppeling</translation>
    </message>
    <message>
        <source>Import nothing when any line is rejected.</source>
        <translation>Niets importeren als er een regel is afgekeurd.</translation>
    </message>
    <message>
        <source>List the processing activities (art. 30).</source>
        <translation>De verwerkingen tonen (art. 30).</translation>
    </message>
    <message>
        <source>Add a processing activity; prints its number.</source>
        <translation>Een verwerking toevoegen; toont het nummer.</translation>
    </message>
    <message>
        <source>Code of the main purpose, e.g. A.</source>
        <translation>Code van het hoofddoel, bijv. A.</translation>
    </message>
    <message>
        <source>Name of the main purpose.</source>
        <translation>Naam van het hoofddoel.</translation>
    </message>
    <message>
        <source>Number of the sub-purpose, e.g. A.3 (default: the next free number).</source>
        <translation>Nummer van het subdoel, bijv. A.3 (standaard: het volgende vrije nummer).</translation>
    </message>
    <message>
        <source>The sub-purpose.</source>
        <translation>Het subdoel.</translation>
    </message>
    <message>
        <source>Name of the processing activity.</source>
        <translation>Naam van de verwerking.</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Omschrijving.</translation>
    </message>
    <message>
        <source>Legal basis, art. 6(1) letters a-f (comma-separated).</source>
        <translation>Grondslag, art. 6 lid 1 letters a-f (gescheiden door komma&apos;s).</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letters</translation>
    </message>
    <message>
        <source>The statute or covenant.</source>
        <translation>De wet of het convenant.</translation>
    </message>
    <message>
        <source>Category of data subjects (repeatable).</source>
        <translation>Categorie betrokkenen (herhaalbaar).</translation>
    </message>
    <message>
        <source>Source of the data (repeatable).</source>
        <translation>Bron van de gegevens (herhaalbaar).</translation>
    </message>
    <message>
        <source>Recipient category code (repeatable).</source>
        <translation>Code van een ontvangercategorie (herhaalbaar).</translation>
    </message>
    <message>
        <source>Processor (repeatable).</source>
        <translation>Verwerker (herhaalbaar).</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>Retention rule.</source>
        <translation>Bewaartermijn.</translation>
    </message>
    <message>
        <source>Security measures.</source>
        <translation>Beveiligingsmaatregelen.</translation>
    </message>
    <message>
        <source>Export the processing register as CSV and/or PDF.</source>
        <translation>Het verwerkingsregister exporteren als CSV en/of PDF.</translation>
    </message>
    <message>
        <source>Write a CSV for Excel (UTF-8, &apos;;&apos;) to FILE.</source>
        <translation>Een CSV voor Excel (UTF-8, ‘;’) naar BESTAND schrijven.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Write a printable PDF to FILE.</source>
        <translation>Een afdrukbare PDF naar BESTAND schrijven.</translation>
    </message>
    <message>
        <source>Customer number of the data subject.</source>
        <translation>Klantnummer van de betrokkene.</translation>
    </message>
    <message>
        <source>List what has expired (or expires soon) and must be destroyed.</source>
        <translation>Tonen wat verlopen is (of binnenkort verloopt) en vernietigd moet worden.</translation>
    </message>
    <message>
        <source>Reference date (default: today).</source>
        <translation>Peildatum (standaard: vandaag).</translation>
    </message>
    <message>
        <source>Also what expires within this many days after it.</source>
        <translation>Ook wat binnen zoveel dagen daarna verloopt.</translation>
    </message>
    <message>
        <source>A request of the data subject whose request files are destroyed.</source>
        <translation>Een verzoek van de betrokkene wiens verzoekdossiers worden vernietigd.</translation>
    </message>
    <message>
        <source>How it was destroyed (logged).</source>
        <translation>Hoe de gegevens zijn vernietigd (wordt vastgelegd).</translation>
    </message>
    <message>
        <source>Really destroy; this cannot be undone.</source>
        <translation>Echt vernietigen; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Place a legal hold: nothing of the data subject is destroyed.</source>
        <translation>Een vernietigingsstop instellen: niets van de betrokkene wordt vernietigd.</translation>
    </message>
    <message>
        <source>Why, e.g. an open AP complaint.</source>
        <translation>Waarom, bijv. een lopende klacht bij de AP.</translation>
    </message>
    <message>
        <source>Release a data subject&apos;s legal hold.</source>
        <translation>De vernietigingsstop van een betrokkene opheffen.</translation>
    </message>
    <message>
        <source>List the retention rules.</source>
        <translation>De bewaarregels tonen.</translation>
    </message>
    <message>
        <source>Show the destruction log.</source>
        <translation>Het vernietigingsregister tonen.</translation>
    </message>
    <message>
        <source>Register (or move) when a retention period starts for a data subject, e.g. the end of the tenancy.</source>
        <translation>Vastleggen (of verplaatsen) wanneer een bewaartermijn voor een betrokkene begint, bijvoorbeeld het einde van de huurovereenkomst.</translation>
    </message>
    <message>
        <source>The rule&apos;s code (see retention rules).</source>
        <translation>De code van de regel (zie retention rules).</translation>
    </message>
    <message>
        <source>Date of the event the period runs from.</source>
        <translation>Datum van de gebeurtenis waar de termijn vanaf loopt.</translation>
    </message>
    <message>
        <source>Generate a letter for a request as PDF and record it with its SHA-256 on the request (see letter kinds NUMBER).</source>
        <translation>Een brief bij een verzoek als PDF maken en met de SHA-256 bij het verzoek vastleggen (zie letter kinds NUMMER).</translation>
    </message>
    <message>
        <source>ontvangstbevestiging, verzoek-identificatie, verlengingsbericht, besluit, bevestiging-verwijdering, bevestiging-rectificatie or begeleidende-brief-export.</source>
        <translation>ontvangstbevestiging, verzoek-identificatie, verlengingsbericht, besluit, bevestiging-verwijdering, bevestiging-rectificatie of begeleidende-brief-export.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>Write the letter as PDF to FILE.</source>
        <translation>De brief als PDF naar BESTAND schrijven.</translation>
    </message>
    <message>
        <source>Which letters make sense for a request now, and why not.</source>
        <translation>Tonen welke brieven nu bij een verzoek passen, en waarom de andere niet.</translation>
    </message>
    <message>
        <source>List the letter templates: the default or changed, by whom.</source>
        <translation>De briefsjablonen tonen: standaard of gewijzigd, en door wie.</translation>
    </message>
    <message>
        <source>Print a letter template (Dutch HTML with {{placeholders}}).</source>
        <translation>Een briefsjabloon tonen (Nederlandse HTML met {{invulvelden}}).</translation>
    </message>
    <message>
        <source>The built-in default, not the organisation&apos;s version.</source>
        <translation>De ingebouwde standaardtekst, niet de versie van de organisatie.</translation>
    </message>
    <message>
        <source>Replace a letter template by the organisation&apos;s own version (checked for unknown placeholders and BSNs; logged).</source>
        <translation>Een briefsjabloon vervangen door de eigen versie van de organisatie (gecontroleerd op onbekende invulvelden en BSN&apos;s; vastgelegd).</translation>
    </message>
    <message>
        <source>The template: a UTF-8 HTML file.</source>
        <translation>Het sjabloon: een UTF-8 HTML-bestand.</translation>
    </message>
    <message>
        <source>Put the built-in default back for a letter kind (logged).</source>
        <translation>De ingebouwde standaardtekst voor een soort brief terugzetten (vastgelegd).</translation>
    </message>
    <message>
        <source>Write the AP complaint dossier of a request as PDF. Exits with 1 ([audit-chain-broken]) when the audit trail does not verify; the PDF then says so.</source>
        <translation>Het klachtdossier AP van een verzoek als PDF schrijven. Eindigt met 1 ([audit-chain-broken]) als de audittrail niet door de controle komt; de PDF vermeldt dat dan.</translation>
    </message>
    <message>
        <source>Write the dossier as PDF to FILE.</source>
        <translation>Het dossier als PDF naar BESTAND schrijven.</translation>
    </message>
    <message>
        <source>Record the AP&apos;s reference of the complaint first (logged; empty removes it).</source>
        <translation>Eerst het kenmerk AP van de klacht vastleggen (komt in de audittrail; leeg = kenmerk verwijderen).</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>kenmerk</translation>
    </message>
    <message>
        <source>Write the access report (--pdf FILE) and the data export (--json FILE, --csv-dir FOLDER) of a data subject; list other people&apos;s data in it first with --findings.</source>
        <translation>Het inzageoverzicht (--pdf BESTAND) en de gegevensexport (--json BESTAND, --csv-dir MAP) van een betrokkene schrijven; eerst met --findings bekijken welke gegevens van anderen erin staan.</translation>
    </message>
    <message>
        <source>Write the access report as PDF to FILE.</source>
        <translation>Het inzageoverzicht als PDF naar BESTAND schrijven.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>Only list the fragments that may be other people&apos;s data, with their ids (--json: as JSON).</source>
        <translation>Alleen de fragmenten tonen die gegevens van anderen kunnen zijn, met hun id&apos;s (--json: als JSON).</translation>
    </message>
    <message>
        <source>Redact these findings (comma-separated ids); keep the others.</source>
        <translation>Deze vondsten weglaten (id&apos;s gescheiden door komma&apos;s); de andere behouden.</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>id&apos;s</translation>
    </message>
    <message>
        <source>Redact every finding.</source>
        <translation>Alle vondsten weglaten.</translation>
    </message>
    <message>
        <source>Keep every finding as it is.</source>
        <translation>Alle vondsten behouden zoals ze zijn.</translation>
    </message>
    <message>
        <source>Replace files that exist already.</source>
        <translation>Bestanden overschrijven die al bestaan.</translation>
    </message>
    <message>
        <source>Read the new password from this file (first line).</source>
        <translation>Het nieuwe wachtwoord uit dit bestand lezen (eerste regel).</translation>
    </message>
    <message>
        <source>Read the new password from standard input (the line after the password, if that came from there too).</source>
        <translation>Het nieuwe wachtwoord van standaardinvoer lezen (de regel na het wachtwoord, als dat ook daarvandaan komt).</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>De gebruikers en hun rollen tonen.</translation>
    </message>
    <message>
        <source>Add a user with a role and a password (beheerder).</source>
        <translation>Een gebruiker met een rol en een wachtwoord toevoegen (beheerder).</translation>
    </message>
    <message>
        <source>beheerder, functionaris, kcc or auditor.</source>
        <translation>beheerder, functionaris, kcc of auditor.</translation>
    </message>
    <message>
        <source>The name shown (default: NAME).</source>
        <translation>De getoonde naam (standaard: NAAM).</translation>
    </message>
    <message>
        <source>Remove a user and re-encrypt the store (beheerder).</source>
        <translation>Een gebruiker verwijderen en de kluis opnieuw versleutelen (beheerder).</translation>
    </message>
    <message>
        <source>Confirm; removal cannot be undone.</source>
        <translation>Bevestigen; verwijderen kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Change your password, or reset another user&apos;s (beheerder).</source>
        <translation>Uw wachtwoord wijzigen, of dat van een andere gebruiker opnieuw instellen (beheerder).</translation>
    </message>
    <message>
        <source>Make a new recovery key and revoke the old one (beheerder).</source>
        <translation>Een nieuwe herstelsleutel maken en de oude intrekken (beheerder).</translation>
    </message>
    <message>
        <source>Replace the (closed) store by a backup, after a backup of it (beheerder).</source>
        <translation>De (gesloten) kluis vervangen door een back-up; eerst wordt van de kluis zelf een back-up gemaakt (beheerder).</translation>
    </message>
    <message>
        <source>origineel (default), machtiging or correspondentie.</source>
        <translation>origineel (standaard), machtiging of correspondentie.</translation>
    </message>
    <message>
        <source>Keep a file with a request (the original, a mandate, correspondence) inside the encrypted store.</source>
        <translation>Een bestand bij een verzoek bewaren (het origineel, een machtiging, correspondentie) in de versleutelde kluis.</translation>
    </message>
    <message>
        <source>List the files kept with a request.</source>
        <translation>De bestanden bij een verzoek tonen.</translation>
    </message>
    <message>
        <source>Save a copy of a file kept with a request.</source>
        <translation>Een kopie opslaan van een bestand bij een verzoek.</translation>
    </message>
    <message>
        <source>Where to save the copy.</source>
        <translation>Waar de kopie wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Een bestaand bestand vervangen.</translation>
    </message>
    <message>
        <source>How the representative is authorised.</source>
        <translation>Hoe de gemachtigde gemachtigd is.</translation>
    </message>
    <message>
        <source>User who received the request (default: you).</source>
        <translation>Gebruiker die het verzoek ontving (standaard: u).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>gebruiker</translation>
    </message>
    <message>
        <source>E-mail address of a new data subject.</source>
        <translation>E-mailadres van een nieuwe betrokkene.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>The request as received (.eml, PDF, scan), kept in the store. An e-mail gives the channel, receipt and sender.</source>
        <translation>Het verzoek zoals ontvangen (.eml, PDF, scan), bewaard in de kluis. Een e-mail geeft kanaal, ontvangst en afzender.</translation>
    </message>
    <message>
        <source>Confirm that a file whose name suggests an identity document is not one (logged).</source>
        <translation>Bevestigen dat een bestand waarvan de naam op een identiteitsbewijs wijst er geen is (wordt vastgelegd).</translation>
    </message>
    <message>
        <source>Show the organisation&apos;s settings (name, address, contact, deadline policy, security).</source>
        <translation>De instellingen van de organisatie tonen (naam, adres, contact, termijnbeleid, beveiliging).</translation>
    </message>
    <message>
        <source>Change one setting, with the same checks and audit as the desk.</source>
        <translation>Eén instelling wijzigen, met dezelfde controles en audittrail als in Privacydesk.</translation>
    </message>
    <message>
        <source>The reasons for the decision in words (required for afgewezen and deels-toegewezen).</source>
        <translation>De motivering van de beslissing in woorden (verplicht bij afgewezen en deels-toegewezen).</translation>
    </message>
    <message>
        <source>The objection is against direct marketing (art. 21(3): absolute).</source>
        <translation>Het bezwaar richt zich tegen direct marketing (art. 21 lid 3 AVG: absoluut).</translation>
    </message>
    <message>
        <source>Why the request is decided although no identification was recorded.</source>
        <translation>Waarom op het verzoek is beslist hoewel geen identificatie is vastgelegd.</translation>
    </message>
    <message>
        <source>The letters made for a request, with whether and how they were sent.</source>
        <translation>De brieven tonen die voor een verzoek zijn gemaakt, met of en hoe ze zijn verstuurd.</translation>
    </message>
    <message>
        <source>Record that a letter made for a request was sent: the day and how.</source>
        <translation>Vastleggen dat een gemaakte brief is verstuurd: de dag en de wijze.</translation>
    </message>
    <message>
        <source>The day it was sent.</source>
        <translation>De dag van verzending.</translation>
    </message>
    <message>
        <source>How: per post, per e-mail, aangetekend, ...</source>
        <translation>Wijze: per post, per e-mail, aangetekend, ...</translation>
    </message>
    <message>
        <source>The exception of art. 9 lid 2 AVG (a-j) for special categories of personal data.</source>
        <translation>De uitzondering van art. 9 lid 2 AVG (a-j) voor bijzondere persoonsgegevens.</translation>
    </message>
    <message>
        <source>The basis of art. 10 AVG for criminal data, e.g. art. 33 UAVG.</source>
        <translation>De grondslag van art. 10 AVG voor strafrechtelijke persoonsgegevens, bijv. art. 33 UAVG.</translation>
    </message>
    <message>
        <source>Data go outside the EEA, to this country.</source>
        <translation>Gegevens gaan naar dit land buiten de EER.</translation>
    </message>
    <message>
        <source>Safeguard for the transfer outside the EEA.</source>
        <translation>Waarborg voor de doorgifte buiten de EER.</translation>
    </message>
    <message>
        <source>toegewezen, deels-toegewezen, afgewezen, ingetrokken (by the data subject), niet-in-behandeling (identity not established).</source>
        <translation>toegewezen, deels-toegewezen, afgewezen, ingetrokken (door betrokkene), niet-in-behandeling (niet in behandeling genomen: identiteit niet vastgesteld).</translation>
    </message>
    <message>
        <source>The decision on one kind of a combined request, repeatable: TYPE=OUTCOME[:GROUNDS], e.g. inzage=toegewezen, verwijdering=deels-toegewezen:art-17-3-b. --outcome may then be left out.</source>
        <translation>De beslissing over één soort van een gecombineerd verzoek, herhaalbaar: SOORT=UITKOMST[:GRONDEN], bijvoorbeeld inzage=toegewezen, verwijdering=deels-toegewezen:art-17-3-b. --outcome mag dan worden weggelaten.</translation>
    </message>
    <message>
        <source>type=outcome:grounds</source>
        <translation>soort=uitkomst:gronden</translation>
    </message>
    <message>
        <source>The reasons for one kind&apos;s decision, repeatable: TYPE=TEXT.</source>
        <translation>De motivering van de beslissing over één soort, herhaalbaar: SOORT=TEKST.</translation>
    </message>
    <message>
        <source>type=text</source>
        <translation>soort=tekst</translation>
    </message>
    <message>
        <source>Write the data export (article 20 GDPR: only what is processed on consent or contract) to FOLDER: persons.csv and LEESMIJ.txt, which says what is left out and why.</source>
        <translation>De gegevensexport (art. 20 AVG: alleen wat op toestemming of overeenkomst wordt verwerkt) naar MAP schrijven: persons.csv en LEESMIJ.txt, dat zegt wat er niet in staat en waarom.</translation>
    </message>
    <message>
        <source>Where the data of new persons came from, as the access report names it (default: ERP-import; &quot;&quot; for none).</source>
        <translation>Waar de gegevens van nieuwe personen vandaan komen, zoals het inzageoverzicht dat noemt (standaard: ERP-import; &quot;&quot; voor geen).</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>Bestaande bestanden vervangen.</translation>
    </message>
    <message>
        <source>Confirm that the backup is of another store than the one it replaces.</source>
        <translation>Bevestigen dat de back-up van een andere kluis is dan de kluis die hij vervangt.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>INSTELLING</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WAARDE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LETTER</source>
        <translation>BRIEF</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>command</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>The recipient to record: its name or id in the catalogue.</source>
        <translation>De ontvanger om vast te leggen: de naam of het id in de catalogus.</translation>
    </message>
    <message>
        <source>Date the recipient was told.</source>
        <translation>Datum waarop de ontvanger is geïnformeerd.</translation>
    </message>
    <message>
        <source>Telling the recipient proved impossible or would take disproportionate effort: why.</source>
        <translation>Het informeren van de ontvanger bleek onmogelijk of zou onevenredig veel inspanning vergen: waarom.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>Change a retention rule&apos;s period, trigger or relation types; recomputes the items derived from it.</source>
        <translation>De termijn, de aanleiding of de relatiesoorten van een bewaarregel wijzigen; de daaruit afgeleide termijnen worden opnieuw berekend.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>termijn</translation>
    </message>
    <message>
        <source>What starts it: einde-relatie, einde-boekjaar, einde-huurovereenkomst, einde-inschrijving, afronding-verzoek, einde-sollicitatieprocedure, opname, overig.</source>
        <translation>Waarmee de termijn begint: einde-relatie, einde-boekjaar, einde-huurovereenkomst, einde-inschrijving, afronding-verzoek, einde-sollicitatieprocedure, opname, overig.</translation>
    </message>
    <message>
        <source>The relation types whose items are derived, e.g. huurder,ex-huurder (&quot;&quot; for a manual rule).</source>
        <translation>De relatiesoorten waarvoor de termijnen worden afgeleid, bijvoorbeeld huurder,ex-huurder (&quot;&quot; voor een regel die u per persoon invult).</translation>
    </message>
    <message>
        <source>Make an encrypted, verified backup in a new dated folder inside a folder.</source>
        <translation>Een versleutelde, gecontroleerde back-up maken in een nieuwe, gedateerde map binnen een map.</translation>
    </message>
    <message>
        <source>The folder that receives a new dated backup folder (made if missing).</source>
        <translation>De map waarin een nieuwe, gedateerde back-upmap komt (wordt aangemaakt als die ontbreekt).</translation>
    </message>
    <message>
        <source>Afterwards remove this store&apos;s oldest backups in the folder beyond the newest N.</source>
        <translation>Daarna de oudste back-ups van deze kluis in de map verwijderen, op de nieuwste N na.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Ontbrekende waarde na ‘%1’.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Onbekende optie ‘%1’.</translation>
    </message>
    <message>
        <source>Kind of request, one or more: inzage, rectificatie, verwijdering, …</source>
        <translation>Soort verzoek, één of meer: inzage, rectificatie, verwijdering, …</translation>
    </message>
    <message>
        <source>Customer numbers of the persons concerned, one or more.</source>
        <translation>Klantnummers van de betrokkenen, één of meer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln fictitious request(s) written</source>
        <translation>
            <numerusform>%1 van %Ln fictief verzoek geschreven</numerusform>
            <numerusform>%1 van %Ln fictieve verzoeken geschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo store created in %1 with %Ln fictitious request(s) (user %2) in %3 s.</source>
        <translation>
            <numerusform>Demokluis aangemaakt in %1 met %Ln fictief verzoek (gebruiker %2) in %3 s.</numerusform>
            <numerusform>Demokluis aangemaakt in %1 met %Ln fictieve verzoeken (gebruiker %2) in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print at most this many.</source>
        <translation>Hoogstens zoveel tonen.</translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation>Eerst zoveel overslaan.</translation>
    </message>
    <message>
        <source>Print JSON Lines: one JSON object per line, written as it is read. A list cut short by an error ends with exit code 1.</source>
        <translation>JSON Lines tonen: één JSON-object per regel, geschreven terwijl het wordt gelezen. Een lijst die door een fout is afgebroken, eindigt met afsluitcode 1.</translation>
    </message>
    <message>
        <source>Verify every event of the audit trail, not only those since its last verified position.</source>
        <translation>Elke gebeurtenis van de audittrail controleren, niet alleen die sinds het laatst gecontroleerde punt.</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>JJJJ-MM-DDTUU:MM</translation>
    </message>
    <message>
        <source>Register a data breach; prints its number (DL-YYYY-NNNN). Moments are Dutch time.</source>
        <translation>Een datalek vastleggen; toont het nummer (DL-JJJJ-NNNN). Momenten zijn Nederlandse tijd.</translation>
    </message>
    <message>
        <source>A short title (required).</source>
        <translation>Een korte titel (verplicht).</translation>
    </message>
    <message>
        <source>When the breach was discovered (required): the 72-hour clock starts then.</source>
        <translation>Wanneer het datalek is ontdekt (verplicht): dan begint de termijn van 72 uur.</translation>
    </message>
    <message>
        <source>When the breach happened.</source>
        <translation>Wanneer het datalek plaatsvond.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Wat er is gebeurd.</translation>
    </message>
    <message>
        <source>Number of people concerned.</source>
        <translation>Aantal betrokkenen.</translation>
    </message>
    <message>
        <source>The number of people is an estimate.</source>
        <translation>Het aantal betrokkenen is een schatting.</translation>
    </message>
    <message>
        <source>Number of records concerned.</source>
        <translation>Aantal records.</translation>
    </message>
    <message>
        <source>The number of records is an estimate.</source>
        <translation>Het aantal records is een schatting.</translation>
    </message>
    <message>
        <source>Nature, comma-separated (vertrouwelijkheid, integriteit, beschikbaarheid).</source>
        <translation>Aard, gescheiden door komma&apos;s (vertrouwelijkheid, integriteit, beschikbaarheid).</translation>
    </message>
    <message>
        <source>The group of people (e.g. huurders).</source>
        <translation>De groep betrokkenen (bijvoorbeeld huurders).</translation>
    </message>
    <message>
        <source>Measures taken.</source>
        <translation>Genomen maatregelen.</translation>
    </message>
    <message>
        <source>The processor involved, by its name in the recipients catalogue.</source>
        <translation>De betrokken verwerker, met de naam uit de lijst van ontvangers.</translation>
    </message>
    <message>
        <source>When the processor told us.</source>
        <translation>Wanneer de verwerker ons informeerde.</translation>
    </message>
    <message>
        <source>Record the assessment of the risk; the decisions to notify the AP and to inform the people follow from it unless given otherwise.</source>
        <translation>De beoordeling van het risico vastleggen; de beslissingen over melden aan de AP en informeren van de betrokkenen volgen daaruit, tenzij anders opgegeven.</translation>
    </message>
    <message>
        <source>geen, risico or hoog-risico.</source>
        <translation>geen, risico of hoog-risico.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Waarom (verplicht).</translation>
    </message>
    <message>
        <source>The AP&apos;s criteria that apply, comma-separated (soort-en-omvang, identificeerbaarheid, ernst-gevolgen, kwetsbare-groepen, bijzondere-gegevens, groot-aantal).</source>
        <translation>De criteria van de AP die van toepassing zijn, gescheiden door komma&apos;s (soort-en-omvang, identificeerbaarheid, ernst-gevolgen, kwetsbare-groepen, bijzondere-gegevens, groot-aantal).</translation>
    </message>
    <message>
        <source>Decide otherwise than the risk suggests: ja or nee (with --decision-reason).</source>
        <translation>Anders beslissen dan het risico aangeeft: ja of nee (met --decision-reason).</translation>
    </message>
    <message>
        <source>ja|nee</source>
        <translation>ja|nee</translation>
    </message>
    <message>
        <source>Why the decision differs.</source>
        <translation>Waarom de beslissing afwijkt.</translation>
    </message>
    <message>
        <source>Record the notification to the AP; after the 72 hours only with --late-reason.</source>
        <translation>De melding aan de AP vastleggen; na de 72 uur alleen met --late-reason.</translation>
    </message>
    <message>
        <source>When the AP was notified.</source>
        <translation>Wanneer de melding aan de AP is gedaan.</translation>
    </message>
    <message>
        <source>The AP&apos;s meldnummer.</source>
        <translation>Het meldnummer van de AP.</translation>
    </message>
    <message>
        <source>The reasons for a late notification.</source>
        <translation>De redenen voor een te late melding.</translation>
    </message>
    <message>
        <source>Record that the people concerned were informed (art. 34 AVG).</source>
        <translation>Vastleggen dat de betrokkenen zijn geïnformeerd (art. 34 AVG).</translation>
    </message>
    <message>
        <source>The day they were informed.</source>
        <translation>De dag waarop zij zijn geïnformeerd.</translation>
    </message>
    <message>
        <source>How (required).</source>
        <translation>Hoe (verplicht).</translation>
    </message>
    <message>
        <source>How many people were informed.</source>
        <translation>Hoeveel betrokkenen zijn geïnformeerd.</translation>
    </message>
    <message>
        <source>A public notice instead, with the reason (disproportionate effort).</source>
        <translation>In plaats daarvan een openbare mededeling, met de reden (onevenredige inspanning).</translation>
    </message>
    <message>
        <source>Record a follow-up notification to the AP (aanvullen or intrekken).</source>
        <translation>Een vervolgmelding aan de AP vastleggen (aanvullen of intrekken).</translation>
    </message>
    <message>
        <source>aanvullen or intrekken.</source>
        <translation>aanvullen of intrekken.</translation>
    </message>
    <message>
        <source>When it was sent to the AP.</source>
        <translation>Wanneer die naar de AP is verstuurd.</translation>
    </message>
    <message>
        <source>The AP&apos;s meldnummer (default: the first notification&apos;s).</source>
        <translation>Het meldnummer van de AP (standaard dat van de eerste melding).</translation>
    </message>
    <message>
        <source>What was added, or why it is withdrawn.</source>
        <translation>Wat is aangevuld, of waarom de melding wordt ingetrokken.</translation>
    </message>
    <message>
        <source>Close a data breach once it is assessed and the notifications it needs are recorded.</source>
        <translation>Een datalek afsluiten zodra het is beoordeeld en de nodige meldingen zijn vastgelegd.</translation>
    </message>
    <message>
        <source>The data-breach register, newest discovery first.</source>
        <translation>Het datalekkenregister, meest recent ontdekt eerst.</translation>
    </message>
    <message>
        <source>Only open data breaches.</source>
        <translation>Alleen open datalekken.</translation>
    </message>
    <message>
        <source>Only those discovered in year.</source>
        <translation>Alleen de datalekken die in dat jaar zijn ontdekt.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>One data breach (with --json: number, title, discovered_at, ap_deadline, hours_left, risk, ap_notified_at, ap_notified_late, ap_reference, subjects_notified_at, state, ...).</source>
        <translation>Eén datalek tonen (met --json: ‘number’, ‘title’, ‘discovered_at’, ‘ap_deadline’, ‘hours_left’, ‘risk’, ‘ap_notified_at’, ‘ap_notified_late’, ‘ap_reference’, ‘subjects_notified_at’, ‘state’, ...).</translation>
    </message>
    <message>
        <source>Prepare the notification of a data breach to the AP, section by section as its web form asks, as PDF (--pdf) and as text to copy into the form (--text).</source>
        <translation>Bereid de melding van een datalek aan de AP voor, onderdeel voor onderdeel zoals het webformulier vraagt, als PDF (--pdf) en als tekst om in het formulier te kopiëren (--text).</translation>
    </message>
    <message>
        <source>Write the notification as PDF to FILE.</source>
        <translation>De melding als PDF naar BESTAND schrijven.</translation>
    </message>
    <message>
        <source>Print the notification as text, to copy into the AP&apos;s form.</source>
        <translation>De melding als tekst tonen, om over te nemen in het formulier van de AP.</translation>
    </message>
    <message>
        <source>The dashboards&apos; figures as of a reference date: deadlines, retention, disclosures and data breaches (with --json: &quot;deadlines&quot;, &quot;retention&quot;, &quot;disclosures&quot;, &quot;breaches&quot;).</source>
        <translation>De cijfers van de dashboards op een peildatum: termijnen, bewaartermijnen, verstrekkingen en datalekken (met --json: ‘deadlines’, ‘retention’, ‘disclosures’, ‘breaches’).</translation>
    </message>
    <message>
        <source>The security measures in place before the breach.</source>
        <translation>De beveiligingsmaatregelen die er vóór het datalek waren.</translation>
    </message>
    <message>
        <source>The likely consequences for the people.</source>
        <translation>De waarschijnlijke gevolgen voor de betrokkenen.</translation>
    </message>
    <message>
        <source>Cross-border aspects (people or processors in other countries).</source>
        <translation>Grensoverschrijdende aspecten (betrokkenen of verwerkers in andere landen).</translation>
    </message>
    <message>
        <source>Link the persons concerned to a data breach, where they are known (replaces the list).</source>
        <translation>De betrokken personen aan een datalek koppelen, voor zover bekend (vervangt de lijst).</translation>
    </message>
    <message>
        <source>Customer numbers, comma-separated.</source>
        <translation>Klantnummers, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>nummers</translation>
    </message>
    <message>
        <source>Make the letter &apos;kennisgeving datalek&apos; (art. 34 AVG) for one linked person as PDF and record it.</source>
        <translation>De brief ‘kennisgeving datalek’ (art. 34 AVG) voor één gekoppelde betrokkene als PDF maken en vastleggen.</translation>
    </message>
    <message>
        <source>The person&apos;s customer number.</source>
        <translation>Het klantnummer van de betrokkene.</translation>
    </message>
    <message>
        <source>Record the day a breach letter went out; the person counts as informed from that day.</source>
        <translation>De dag vastleggen waarop een datalekbrief is verstuurd; de betrokkene geldt vanaf die dag als geïnformeerd.</translation>
    </message>
    <message>
        <source>The day it went out.</source>
        <translation>De dag waarop de brief is verstuurd.</translation>
    </message>
    <message>
        <source>How it was sent (required).</source>
        <translation>Hoe de brief is verstuurd (verplicht).</translation>
    </message>
    <message>
        <source>Destroy a data subject&apos;s closed request files and everything else about them that no other retention rule keeps, or a closed data breach whose retention period has ended (only with --confirm).</source>
        <translation>De afgeronde verzoekdossiers van een betrokkene vernietigen, met al het andere over de betrokkene dat geen andere bewaarregel nog bewaart, of een afgesloten datalek vernietigen waarvan de bewaartermijn is afgelopen (alleen met --confirm).</translation>
    </message>
    <message>
        <source>A closed data breach (DL-YYYY-NNNN) whose personal data and free texts are destroyed; the register keeps its skeleton.</source>
        <translation>Een afgesloten datalek (DL-JJJJ-NNNN) waarvan de persoonsgegevens en vrije teksten worden vernietigd; het register houdt het geraamte.</translation>
    </message>
    <message>
        <source>The store folder (default: %1, or PRIVACYDESK_STORE), or a store on a PostgreSQL server: postgresql://HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=CA or postgresql:///DB?host=SOCKET_FOLDER.</source>
        <translation>De map van de kluis (standaard: %1, of PRIVACYDESK_STORE), of een kluis op een PostgreSQL-server: postgresql://HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=CA of postgresql:///DB?host=SOCKETMAP.</translation>
    </message>
    <message>
        <source>The server commands need a server store: --store postgresql://HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA or postgresql:///DATABASE?host=SOCKET_FOLDER.</source>
        <translation>De servercommando&apos;s hebben een kluis op een server nodig: --store postgresql://HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA of postgresql:///DATABASE?host=SOCKETMAP.</translation>
    </message>
    <message>
        <source>server init needs --user ADMIN: the login role that owns the database.</source>
        <translation>server init heeft --user BEHEERDER nodig: de aanmeldrol die eigenaar is van de database.</translation>
    </message>
    <message>
        <source>Store set up on %1; %2 is its first administrator. Add the other users with `user add`.</source>
        <translation>Kluis ingericht op %1; %2 is de eerste beheerder. Voeg de andere gebruikers toe met `user add`.</translation>
    </message>
    <message>
        <source>server upgrade needs --user ADMIN: the login role that owns the database.</source>
        <translation>server upgrade heeft --user BEHEERDER nodig: de aanmeldrol die eigenaar is van de database.</translation>
    </message>
    <message>
        <source>Store on %1 upgraded from schema %2 to %3.</source>
        <translation>Kluis op %1 bijgewerkt van schema %2 naar %3.</translation>
    </message>
    <message>
        <source>Set up a store on a PostgreSQL server (--store postgresql://…): the schema, the group roles, privileges and policies; --user (the login role that owns the database and may create roles) becomes its first administrator.</source>
        <translation>Een kluis op een PostgreSQL-server inrichten (--store postgresql://…): het schema, de groepsrollen, rechten en beleidsregels; --user (de aanmeldrol die eigenaar is van de database en rollen mag aanmaken) wordt de eerste beheerder.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation>De naam van de organisatie.</translation>
    </message>
    <message>
        <source>Bring a store on a PostgreSQL server to this version&apos;s schema (run by the login role that owns the database, as server init).</source>
        <translation>Een kluis op een PostgreSQL-server bijwerken naar het schema van deze versie (door de aanmeldrol die eigenaar is van de database, zoals bij server init).</translation>
    </message>
    <message>
        <source>Check a server store: encryption of the connection, group roles, row-level security, the audit trail&apos;s triggers, schema version. Ends with 1 when something is wrong.</source>
        <translation>Een kluis op een server controleren: versleuteling van de verbinding, groepsrollen, beveiliging op rijniveau, de triggers van de audittrail, schemaversie. Eindigt met 1 als er iets mis is.</translation>
    </message>
    <message>
        <source>A server store: the file with the backup&apos;s passphrase (or PRIVACYDESK_BACKUP_PASSPHRASE).</source>
        <translation>Een kluis op een server: het bestand met de wachtwoordzin van de back-up (of PRIVACYDESK_BACKUP_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The backup folder (a server store: the backup file).</source>
        <translation>De map voor de back-up (een kluis op een server: het back-upbestand).</translation>
    </message>
    <message>
        <source>Change the request only if it is still at this version (&quot;version&quot; of case show --json); otherwise refused with [conflict].</source>
        <translation>Het verzoek alleen wijzigen als het nog deze versie heeft (‘version’ in de JSON-uitvoer van het verzoek); anders geweigerd met [conflict].</translation>
    </message>
    <message>
        <source>--store names a store on a PostgreSQL server: its administrator sets it up with `server init`. `init` makes a store in a folder.</source>
        <translation>--store noemt een kluis op een PostgreSQL-server: die richt de beheerder in met `server init`. `init` maakt een kluis in een map.</translation>
    </message>
    <message>
        <source>A demo store with fictitious requests always has a folder of its own, never a PostgreSQL server: give --store a folder.</source>
        <translation>Een demokluis met fictieve verzoeken staat altijd in een eigen map, nooit op een PostgreSQL-server: geef bij --store een map op.</translation>
    </message>
    <message>
        <source>Server:         %1 (encryption at rest: the server&apos;s)</source>
        <extracomment>Dutch: &quot;Server: %1 (versleuteling van de opslag: die van de server)&quot;</extracomment>
        <translation>Server:         %1 (versleuteling van de opslag: die van de server)</translation>
    </message>
    <message>
        <source>Users:          %1 (login roles on the server)</source>
        <extracomment>Dutch: &quot;Gebruikers: %1 (aanmeldrollen op de server)&quot;</extracomment>
        <translation>Gebruikers:     %1 (aanmeldrollen op de server)</translation>
    </message>
    <message>
        <source>An administrator, privacy officer or auditor verifies a store on a server: the server lets no KCC login read the audit trail.</source>
        <translation>Een kluis op een server controleert een beheerder, functionaris of auditor: de server laat een KCC-login de audittrail niet lezen.</translation>
    </message>
    <message>
        <source>The store is intact: the audit trail, the requests and persons against it and the schema version verified (the server keeps the database files).</source>
        <translation>De kluis is intact: de audittrail, de verzoeken en betrokkenen ertegen en de schemaversie gecontroleerd (de databasebestanden houdt de server bij).</translation>
    </message>
    <message>
        <source>--accept-rollback is for a store on a server: a store folder keeps its own head, in its keyring.</source>
        <translation>--accept-rollback is voor een kluis op een server: een kluismap houdt haar kop zelf bij, in haar sleutelring.</translation>
    </message>
    <message>
        <source>The audit trail on the server does not verify; it is not accepted: %1</source>
        <translation>De audittrail op de server klopt niet; hij wordt niet aanvaard: %1</translation>
    </message>
    <message>
        <source>The audit trail as it now stands on the server is accepted and recorded; this computer keeps it from event %1 (hash %2) on.</source>
        <translation>De audittrail zoals hij nu op de server staat is aanvaard en vastgelegd; deze computer houdt hem vanaf gebeurtenis %1 (hash %2) bij.</translation>
    </message>
    <message>
        <source>A server store&apos;s trail that this computer saw longer or different (after a restore by IT): verify it whole and keep it as it now is (administrators).</source>
        <translation>De audittrail van een kluis op een server die deze computer langer of anders zag (na een teruggezette back-up door IT): helemaal controleren en aanvaarden zoals hij nu is (beheerders).</translation>
    </message>
    <message>
        <source>Grounds for a refusal, fitting the kind of request: art-12-5, art-15-4 (inzage), art-17-3-a … art-17-3-e (verwijdering), art-18-2 (beperking), art-20-1, art-20-4 (overdraagbaarheid), art-21-dwingend (bezwaar), art-41-1-a … art-41-1-j, art-23 (only with art-41-1-…), overig.</source>
        <translation>Afwijzingsgronden die bij de soort verzoek passen: art-12-5, art-15-4 (inzage), art-17-3-a … art-17-3-e (verwijdering), art-18-2 (beperking), art-20-1, art-20-4 (overdraagbaarheid), art-21-dwingend (bezwaar), art-41-1-a … art-41-1-j, art-23 (alleen met art-41-1-…), overig.</translation>
    </message>
    <message>
        <source>What was done (required for deels-toegewezen, allowed for toegewezen): a rectification&apos;s old → new value per item, what was erased or restricted (the motivation says what is kept and why), the lists an objection stopped.</source>
        <translation>Wat is gedaan (verplicht bij deels-toegewezen, mag bij toegewezen): bij rectificatie per gegeven de oude → nieuwe waarde, wat is verwijderd of beperkt (de motivering zegt wat bewaard blijft en waarom), de lijsten die een bezwaar heeft gestopt.</translation>
    </message>
    <message>
        <source>What was done for one kind granted in full or in part, repeatable: TYPE=TEXT.</source>
        <translation>Wat is gedaan voor een soort die helemaal of deels is toegewezen, herhaalbaar: SOORT=TEKST.</translation>
    </message>
    <message>
        <source>The data a (partly) granted rectification, erasure or restriction changed, as the disclosures&apos; data categories: naw, contact, klantnummer, huurgegevens, betaalgegevens, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig. Art. 19 then asks only the recipients that received one of them.</source>
        <translation>De gegevens die een (deels) toegewezen rectificatie, verwijdering of beperking wijzigde, als de gegevenscategorieën van de verstrekkingen: naw, contact, klantnummer, huurgegevens, betaalgegevens, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig. Art. 19 vraagt dan alleen om de ontvangers die er een van kregen te informeren.</translation>
    </message>
    <message>
        <source>What the objection was about and is stopped: nieuwsbrief, enquetes, reclame-mail, reclame-telefoon, overig (with --objection-other).</source>
        <translation>Waar het bezwaar over ging en wat is gestopt: nieuwsbrief, enquetes, reclame-mail, reclame-telefoon, overig (met --objection-other).</translation>
    </message>
    <message>
        <source>What the objection was about and goes on (the motivation says why); codes as for --objection.</source>
        <translation>Waar het bezwaar over ging en wat doorgaat (de motivering zegt waarom); codes als bij --objection.</translation>
    </message>
    <message>
        <source>What else the objection was about, in words.</source>
        <translation>Waar het bezwaar verder over ging, in woorden.</translation>
    </message>
    <message>
        <source>Record the controller a portability request&apos;s data export goes to directly (art. 20(2) GDPR); export person NUMBER --transmit then makes it for that controller.</source>
        <translation>De organisatie vastleggen waar de gegevensexport van een verzoek om overdraagbaarheid rechtstreeks naartoe gaat (art. 20 lid 2 AVG); export person NUMMER --transmit maakt de export dan voor die organisatie.</translation>
    </message>
    <message>
        <source>The receiving controller&apos;s name.</source>
        <translation>De naam van de ontvangende organisatie.</translation>
    </message>
    <message>
        <source>Its postal address or e-mail address.</source>
        <translation>Het postadres of e-mailadres.</translation>
    </message>
    <message>
        <source>The export goes to the data subject again.</source>
        <translation>De export gaat weer naar de betrokkene.</translation>
    </message>
    <message>
        <source>Art. 19 GDPR after a rectification, erasure or restriction: list the recipients to be told and their status, or record one with --recipient and --notified or --exempt (replacing what was recorded). With --json: {case, applies, done, recipients: [{recipient: {id, name, category}, disclosures, last_disclosed, status (geinformeerd, onmogelijk-of-onevenredig, niet-van-toepassing or nog-te-doen), notified_on, exempt_reason, recorded_by, withheld}]}; absent values are null. A recipient that never received the data the request changed (case complete --data) is niet-van-toepassing and cannot be recorded.</source>
        <translation>Art. 19 AVG na een rectificatie, verwijdering of beperking: de ontvangers die geïnformeerd moeten worden en hun status tonen, of er een vastleggen met --recipient en --notified of --exempt (vervangt wat was vastgelegd). Met --json: {case, applies, done, recipients: [{recipient: {id, name, category}, disclosures, last_disclosed, status (geinformeerd, onmogelijk-of-onevenredig, niet-van-toepassing of nog-te-doen), notified_on, exempt_reason, recorded_by, withheld}]}; ontbrekende waarden zijn null. Een ontvanger die de gewijzigde gegevens van het verzoek nooit kreeg (case complete --data), is niet-van-toepassing en kan niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>Kinds of personal data, comma-separated (naw, contact, klantnummer, huurgegevens, betaalgegevens, rekeningnummer, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig).</source>
        <translation>Soorten persoonsgegevens, gescheiden door komma&apos;s (naw, contact, klantnummer, huurgegevens, betaalgegevens, rekeningnummer, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig).</translation>
    </message>
    <message>
        <source>What happened, in plain words for the people concerned: the letter to them (art. 34) says it.</source>
        <translation>Wat er is gebeurd, in eenvoudige woorden voor de betrokkenen: dat staat in de brief aan hen (art. 34).</translation>
    </message>
    <message>
        <source>What the breach can mean for the people concerned, in plain words for their letter.</source>
        <translation>Wat het datalek voor de betrokkenen kan betekenen, in eenvoudige woorden voor hun brief.</translation>
    </message>
    <message>
        <source>When the processor told us before --discovered: take that moment as the discovery (the 72 hours start at the earliest awareness).</source>
        <translation>Meldde de verwerker het ons vóór --discovered: neem dat moment als de ontdekking (de 72 uur beginnen op het eerste moment dat wij het wisten).</translation>
    </message>
    <message>
        <source>Data categories: naw, contact, klantnummer, huurgegevens, betaalgegevens, rekeningnummer, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig.</source>
        <translation>Gegevenscategorieën: naw, contact, klantnummer, huurgegevens, betaalgegevens, rekeningnummer, inkomen, huishouden, overlast, gezondheid, strafrechtelijk, overig.</translation>
    </message>
    <message>
        <source>Category of personal data, what it is in brackets: a special category (art. 9), strafrechtelijk (art. 10) or overlast (neither): &quot;medische gegevens [gezondheid]&quot; (repeatable).</source>
        <translation>Categorie persoonsgegevens, met tussen haken wat het is: een bijzonder persoonsgegeven (art. 9), strafrechtelijk (art. 10) of overlast (geen van beide): ‘medische gegevens [gezondheid]’ (herhaalbaar).</translation>
    </message>
    <message>
        <source>Make the data export for the controller the request names (case transmit; art. 20(2) GDPR): give the request&apos;s number; its SHA-256 is recorded on the request (case.transmitted).</source>
        <translation>De gegevensexport maken voor de organisatie die het verzoek noemt (case transmit; art. 20 lid 2 AVG): geef het nummer van het verzoek; de SHA-256 wordt bij het verzoek vastgelegd (gebeurtenis ‘case.transmitted’).</translation>
    </message>
    <message>
        <source>Where letters to the representative go: &quot;Dorpsstraat 3, 6582 AB Heumen&quot;.</source>
        <translation>Waar de brieven aan de gemachtigde heen gaan: ‘Dorpsstraat 3, 6582 AB Heumen’.</translation>
    </message>
    <message>
        <source>Postal address of a new data subject: &quot;Kerkpad 12, 6582 BC Heumen&quot;.</source>
        <translation>Postadres van een nieuwe betrokkene: ‘Kerkpad 12, 6582 BC Heumen’.</translation>
    </message>
    <message>
        <source>Record the mandate&apos;s request and/or its receipt.</source>
        <translation>Het opvragen en/of de ontvangst van de machtiging vastleggen.</translation>
    </message>
    <message>
        <source>Date the mandate was requested.</source>
        <translation>Datum waarop om de machtiging is gevraagd.</translation>
    </message>
    <message>
        <source>Date the mandate was received.</source>
        <translation>Datum waarop de machtiging is ontvangen.</translation>
    </message>
    <message>
        <source>The version for the complainant: without other people&apos;s contact data and the disclosures the law forbids telling the data subject.</source>
        <translation>De versie voor de klager: zonder contactgegevens van anderen en zonder de verstrekkingen waarover de wet betrokkene niet laat informeren.</translation>
    </message>
    <message>
        <source>Your own name, as letters are signed with it (default: --user).</source>
        <translation>Uw eigen naam, zoals brieven ermee worden ondertekend (standaard: de gebruikersnaam).</translation>
    </message>
    <message>
        <source>Change the name a user&apos;s letters are signed with, not the login (beheerder).</source>
        <translation>De naam wijzigen waarmee de brieven van een gebruiker worden ondertekend, niet de gebruikersnaam (beheerder).</translation>
    </message>
    <message>
        <source>The name letters are signed with.</source>
        <translation>De naam waarmee brieven worden ondertekend.</translation>
    </message>
    <message>
        <source>What needs attention today, as the desk&apos;s &quot;Today&quot; strip shows it: the running AP clocks of data breaches, requests due today and within 7 days, late against each clock, awaiting identification, retention periods passed, art. 19 notices to do (with --json: &quot;breach_clocks&quot;, &quot;breach_subjects&quot;, &quot;due_today&quot;, &quot;due_within_7_days&quot;, &quot;late_legal&quot;, &quot;late_policy_only&quot;, &quot;awaiting_identity&quot;, &quot;retention_due&quot;, &quot;art19_pending&quot;).</source>
        <translation>Wat vandaag aandacht vraagt, zoals de strook ‘Vandaag’ van de desk het toont: de lopende AP-klokken van datalekken, verzoeken met de uiterste datum vandaag en binnen 7 dagen, te laat per termijn, wachtend op identificatie, bewaartermijnen voorbij, ontvangers nog te informeren (art. 19 AVG) (met --json: ‘breach_clocks’, ‘breach_subjects’, ‘due_today’, ‘due_within_7_days’, ‘late_legal’, ‘late_policy_only’, ‘awaiting_identity’, ‘retention_due’, ‘art19_pending’).</translation>
    </message>
    <message>
        <source>The retention period: 2y, 18m, 4w or 30d; 0d keeps the data until the trigger itself.</source>
        <translation>De bewaartermijn: 2y, 18m, 4w of 30d; 0d bewaart de gegevens tot de aanleiding zelf.</translation>
    </message>
    <message>
        <source>Add a retention rule of the organisation&apos;s own; derives its items for the relation types it names.</source>
        <translation>Een eigen bewaarregel van de organisatie toevoegen; leidt de bewaartermijnen af voor de relatiesoorten die hij noemt.</translation>
    </message>
    <message>
        <source>The data the rule keeps, e.g. Betaalgegevens.</source>
        <translation>De gegevens die de regel bewaart, bijvoorbeeld Betaalgegevens.</translation>
    </message>
    <message>
        <source>Why: the legal ground or the organisation&apos;s own policy.</source>
        <translation>Waarom: de wettelijke grondslag of het eigen beleid van de organisatie.</translation>
    </message>
    <message>
        <source>Remove a retention rule that no item uses (only with --yes).</source>
        <translation>Een bewaarregel verwijderen die geen bewaartermijn gebruikt (alleen met --yes).</translation>
    </message>
    <message>
        <source>Complete although a system on the request&apos;s list is not searched yet (case systems); without it that is refused.</source>
        <translation>Afronden hoewel een systeem op de lijst van het verzoek nog niet is doorzocht (case systems); zonder deze optie wordt dat geweigerd.</translation>
    </message>
    <message>
        <source>The systems to search for an inzage, erasure or rectification, and what each search found.</source>
        <translation>De systemen die voor een inzage, verwijdering of rectificatie worden doorzocht, en wat elke zoektocht vond.</translation>
    </message>
    <message>
        <source>Tick a system as searched for a request: who (you), when (now), the result and a note or file.</source>
        <translation>Een systeem afvinken als doorzocht voor een verzoek: wie (u), wanneer (nu), het resultaat en een notitie of bestand.</translation>
    </message>
    <message>
        <source>niets-gevonden, gevonden (in the report), apart-verstrekt (provided separately), gewist (erasure), gecorrigeerd (rectification), niet-doorzoekbaar (with --note: why).</source>
        <translation>niets-gevonden, gevonden (in het overzicht), apart-verstrekt, gewist (verwijdering), gecorrigeerd (rectificatie), niet-doorzoekbaar (met --note: waarom).</translation>
    </message>
    <message>
        <source>What was searched or found.</source>
        <translation>Wat is doorzocht of gevonden.</translation>
    </message>
    <message>
        <source>One of the request&apos;s files that shows the search (its id: case attachments).</source>
        <translation>Een bestand van het verzoek dat de zoektocht laat zien (het nummer: case attachments).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>The covenant&apos;s name.</source>
        <translation>De naam van het convenant.</translation>
    </message>
    <message>
        <source>A party to the covenant (repeat for each; set: replaces all).</source>
        <translation>Een partij bij het convenant (herhaal voor elke partij; set: vervangt ze allemaal).</translation>
    </message>
    <message>
        <source>Why the data is shared.</source>
        <translation>Waarom de gegevens worden gedeeld.</translation>
    </message>
    <message>
        <source>The statute or task it rests on (required for c and e).</source>
        <translation>De wet of taak waarop het steunt (verplicht bij c en e).</translation>
    </message>
    <message>
        <source>The data categories it covers, as disclosure add.</source>
        <translation>De gegevenscategorieën van het convenant, zoals bij disclosure add.</translation>
    </message>
    <message>
        <source>The first day it applies.</source>
        <translation>De eerste dag dat het geldt.</translation>
    </message>
    <message>
        <source>The last day it applies.</source>
        <translation>De laatste dag dat het geldt.</translation>
    </message>
    <message>
        <source>When it is due for review.</source>
        <translation>Wanneer het geëvalueerd moet worden.</translation>
    </message>
    <message>
        <source>The signed document, kept encrypted inside the store.</source>
        <translation>Het ondertekende document, versleuteld bewaard in de kluis.</translation>
    </message>
    <message>
        <source>Register a covenant (samenwerkingsconvenant); prints its id.</source>
        <translation>Een samenwerkingsconvenant vastleggen; toont het nummer.</translation>
    </message>
    <message>
        <source>Change a covenant: only the options given change; --document replaces the signed document.</source>
        <translation>Een convenant wijzigen: alleen de opgegeven opties veranderen; --document vervangt het ondertekende document.</translation>
    </message>
    <message>
        <source>It has no end date.</source>
        <translation>Het heeft geen einddatum.</translation>
    </message>
    <message>
        <source>No review is planned.</source>
        <translation>Er is geen evaluatie gepland.</translation>
    </message>
    <message>
        <source>List the covenant register. With --json: an array of {id, name, parties, purpose, basis (a-f), basis_text, data: [codes], data_text, from, until, review_on, in_force, review_due, document: {name, media_type, size, sha256} or null}.</source>
        <translation>Het register van convenanten tonen. Met --json: een lijst van {id, name, parties, purpose, basis (a-f), basis_text, data: [codes], data_text, from, until, review_on, in_force, review_due, document: {name, media_type, size, sha256} of null}.</translation>
    </message>
    <message>
        <source>Show one covenant (--json: as covenant list).</source>
        <translation>Eén convenant tonen (--json: zoals covenant list).</translation>
    </message>
    <message>
        <source>Save a copy of a covenant&apos;s signed document (recorded in the audit trail).</source>
        <translation>Een kopie van het ondertekende document van een convenant opslaan (vastgelegd in het logboek).</translation>
    </message>
    <message>
        <source>Many persons at once: a CSV list of customer numbers (the column klantnummer, else the first). A number that names nobody refuses the whole disclosure, with the list.</source>
        <translation>Veel personen tegelijk: een CSV-lijst van klantnummers (de kolom klantnummer, anders de eerste). Een nummer dat niemand noemt, weigert de hele verstrekking, met de lijst.</translation>
    </message>
    <message>
        <source>With --persons-csv: leave the numbers that name nobody out, on purpose (recorded).</source>
        <translation>Met --persons-csv: laat de nummers die niemand noemen bewust weg (wordt vastgelegd).</translation>
    </message>
    <message>
        <source>The covenant it is made under (its id, covenant list).</source>
        <translation>Het convenant waaronder de verstrekking valt (het nummer, zie covenant list).</translation>
    </message>
    <message>
        <source>List disclosures, newest first. With --json: an array of {id, date, recipient: {id, name, category, role}, persons: [{id, klantnummer, name}], data: [codes], data_text, purpose, basis (a-f), basis_text, requested_by, case, informed (geinformeerd, verboden or nog-te-doen), informed_on, not_informed_reason, destroyed_persons, person_count, covenant: {id, name}}; absent values are null.</source>
        <translation>Verstrekkingen tonen, nieuwste eerst. Met --json: een lijst van {id, date, recipient: {id, name, category, role}, persons: [{id, klantnummer, name}], data: [codes], data_text, purpose, basis (a-f), basis_text, requested_by, case, informed (geinformeerd, verboden of nog-te-doen), informed_on, not_informed_reason, destroyed_persons, person_count, covenant: {id, name}}; ontbrekende waarden zijn null.</translation>
    </message>
    <message>
        <source>The processing activity&apos;s number, e.g. C.3.</source>
        <translation>Het nummer van de verwerking, bijvoorbeeld C.3.</translation>
    </message>
    <message>
        <source>A DPIA is needed.</source>
        <translation>Een DPIA is nodig.</translation>
    </message>
    <message>
        <source>No DPIA is needed (--reason says why).</source>
        <translation>Geen DPIA nodig (--reason zegt waarom).</translation>
    </message>
    <message>
        <source>Types on the AP&apos;s list that always need a DPIA, comma-separated (dpia criteria).</source>
        <translation>Soorten verwerking op de lijst van de AP die altijd een DPIA vragen, met komma&apos;s (dpia criteria).</translation>
    </message>
    <message>
        <source>The cases of art. 35(3) GDPR that apply: a, b, c.</source>
        <translation>De gevallen van art. 35 lid 3 AVG die gelden: a, b, c.</translation>
    </message>
    <message>
        <source>The EDPB criteria met, comma-separated (dpia criteria); two or more: a DPIA is likely needed.</source>
        <translation>De criteria van de EDPB waaraan de verwerking voldoet, met komma&apos;s (dpia criteria); twee of meer: een DPIA is waarschijnlijk nodig.</translation>
    </message>
    <message>
        <source>Why a DPIA is (not) needed.</source>
        <translation>Waarom een DPIA (niet) nodig is.</translation>
    </message>
    <message>
        <source>Date of the DPIA.</source>
        <translation>Datum van de DPIA.</translation>
    </message>
    <message>
        <source>The DPIA&apos;s outcome and measures.</source>
        <translation>De uitkomst van de DPIA en de maatregelen.</translation>
    </message>
    <message>
        <source>The residual risk: laag, middel or hoog.</source>
        <translation>Het restrisico: laag, middel of hoog.</translation>
    </message>
    <message>
        <source>Date the AP was consulted beforehand (art. 36(1) GDPR: when the residual risk stays high).</source>
        <translation>Datum waarop de AP vooraf is geraadpleegd (art. 36 lid 1 AVG: als het restrisico hoog blijft).</translation>
    </message>
    <message>
        <source>The consultation: reference and the AP&apos;s advice.</source>
        <translation>De raadpleging: kenmerk en het advies van de AP.</translation>
    </message>
    <message>
        <source>Date of the next review.</source>
        <translation>Datum van de volgende herbeoordeling.</translation>
    </message>
    <message>
        <source>List the DPIA assessments (art. 35) with what is due.</source>
        <translation>De DPIA-beoordelingen (art. 35) tonen, met wat aan de beurt is.</translation>
    </message>
    <message>
        <source>The AP&apos;s list, art. 35(3) and the EDPB criteria, with their codes and sources.</source>
        <translation>De lijst van de AP, art. 35 lid 3 en de criteria van de EDPB, met hun codes en bronnen.</translation>
    </message>
    <message>
        <source>Record whether a processing activity needs a DPIA, and the DPIA.</source>
        <translation>Vastleggen of een verwerking een DPIA nodig heeft, en de DPIA.</translation>
    </message>
    <message>
        <source>Change a DPIA assessment: only the options given change.</source>
        <translation>Een DPIA-beoordeling wijzigen: alleen de gegeven opties veranderen.</translation>
    </message>
    <message>
        <source>Record a hold on data outside Privacydesk (camera images, call recordings, ...): secure them before the system overwrites them.</source>
        <translation>Een bewaring van gegevens buiten Privacydesk vastleggen (camerabeelden, gespreksopnames, ...): ze veiligstellen voordat het systeem ze overschrijft.</translation>
    </message>
    <message>
        <source>The system: camera system, telephone system, mailbox, ...</source>
        <translation>Het systeem: camerasysteem, telefooncentrale, postvak, ...</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Date of the recording.</source>
        <translation>Datum van de opname.</translation>
    </message>
    <message>
        <source>The system&apos;s own retention from the recording: 4w, 30d, 3m, 1y.</source>
        <translation>Hoe lang het systeem zelf bewaart vanaf de opname: 4w, 30d, 3m, 1y.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>TERMIJN</translation>
    </message>
    <message>
        <source>What is (to be) secured.</source>
        <translation>Wat wordt veiliggesteld.</translation>
    </message>
    <message>
        <source>Kept until this date.</source>
        <translation>Vastgelegd tot deze datum.</translation>
    </message>
    <message>
        <source>Already secured on this date (otherwise still to be secured).</source>
        <translation>Al veiliggesteld op deze datum (anders nog veilig te stellen).</translation>
    </message>
    <message>
        <source>Who secured it (default: you).</source>
        <translation>Wie het veiligstelde (standaard: u).</translation>
    </message>
    <message>
        <source>Record that a hold&apos;s data were secured.</source>
        <translation>Vastleggen dat de gegevens van een bewaring zijn veiliggesteld.</translation>
    </message>
    <message>
        <source>Date (default: today).</source>
        <translation>Datum (standaard: vandaag).</translation>
    </message>
    <message>
        <source>Release a hold, with the reason.</source>
        <translation>Een bewaring vrijgeven, met de reden.</translation>
    </message>
    <message>
        <source>Why it is released.</source>
        <translation>Waarom de bewaring wordt vrijgegeven.</translation>
    </message>
    <message>
        <source>The holds on data outside Privacydesk, with the day to secure them by.</source>
        <translation>De bewaringen van gegevens buiten Privacydesk, met de dag waarvoor ze veilig moeten zijn gesteld.</translation>
    </message>
    <message>
        <source>Record a restriction of processing on a person (art. 18 GDPR).</source>
        <translation>Een beperking van de verwerking vastleggen bij een betrokkene (art. 18 AVG).</translation>
    </message>
    <message>
        <source>Which data are restricted.</source>
        <translation>Welke gegevens worden beperkt.</translation>
    </message>
    <message>
        <source>Art. 18(1): a accuracy contested, b unlawful, c legal claim, d objection.</source>
        <translation>Art. 18 lid 1: a juistheid betwist, b onrechtmatig, c rechtsvordering, d bezwaar.</translation>
    </message>
    <message>
        <source>a|b|c|d</source>
        <translation>a|b|c|d</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Waarom.</translation>
    </message>
    <message>
        <source>The request that asked for it.</source>
        <translation>Het verzoek waarin erom werd gevraagd.</translation>
    </message>
    <message>
        <source>In force from (default: today).</source>
        <translation>Geldt vanaf (standaard: vandaag).</translation>
    </message>
    <message>
        <source>Lift a restriction, once the notice to the person was recorded as sent (art. 18(3) GDPR).</source>
        <translation>Een beperking opheffen, nadat de kennisgeving aan de betrokkene is vastgelegd als verstuurd (art. 18 lid 3 AVG).</translation>
    </message>
    <message>
        <source>The request whose notice was sent (for a restriction without one).</source>
        <translation>Het verzoek waarbij de kennisgeving is verstuurd (voor een beperking zonder verzoek).</translation>
    </message>
    <message>
        <source>The restrictions of processing in force (--all: lifted too), or a person&apos;s.</source>
        <translation>De beperkingen van de verwerking die gelden (--all: ook opgeheven), of die van één betrokkene.</translation>
    </message>
    <message>
        <source>Lifted ones too.</source>
        <translation>Ook opgeheven beperkingen.</translation>
    </message>
    <message>
        <source>A system that holds the data, e.g. ERP or mailbox (repeatable): a request searches it.</source>
        <translation>Een systeem met de gegevens, bijvoorbeeld ERP of mailbox (herhaalbaar): een verzoek doorzoekt het.</translation>
    </message>
    <message>
        <source>Change a processing activity: only the options given change (a repeatable option replaces its whole list).</source>
        <translation>Een verwerking wijzigen: alleen de gegeven opties veranderen (een herhaalbare optie vervangt de hele lijst).</translation>
    </message>
    <message>
        <source>The year&apos;s report to the board for a calendar year: requests by kind, channel and outcome, on time by deadline, extensions, median handling time, data breaches, disclosures and destructions, each table with its definition; the dashboards&apos; figures at 31 December. Without --pdf or --csv it is printed (with --json: &quot;year&quot;, &quot;from&quot;, &quot;until&quot;, &quot;complete&quot;, &quot;sections&quot;).</source>
        <translation>Het jaarverslag voor het bestuur over een kalenderjaar: verzoeken per soort, kanaal en uitkomst, op tijd per termijn, verlengingen, mediane behandelduur, datalekken, verstrekkingen en vernietigingen, elke tabel met zijn definitie; de cijfers van de dashboards op 31 december. Zonder --pdf of --csv wordt het getoond (met --json: ‘year’, ‘from’, ‘until’, ‘complete’, ‘sections’).</translation>
    </message>
    <message>
        <source>Write the report as an A4 PDF.</source>
        <translation>Het verslag als A4-PDF schrijven.</translation>
    </message>
    <message>
        <source>Write the figures as CSV: one row per figure (section, figure, value, definition).</source>
        <translation>De cijfers als CSV schrijven: één regel per cijfer (onderdeel, cijfer, waarde, definitie).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>JAAR</translation>
    </message>
    <message>
        <source>With --encrypt: how the password goes to the data subject, telefoon or sms (default telefoon); recorded on the trail, the password itself never.</source>
        <translation>Met --encrypt: hoe het wachtwoord naar de betrokkene gaat, telefoon of sms (standaard telefoon); vastgelegd in de audittrail, het wachtwoord zelf nooit.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOE</translation>
    </message>
    <message>
        <source>Write the dossier as an encrypted PDF (PDF 2.0, AES-256); the generated password is printed once on stderr and kept nowhere.</source>
        <translation>Het dossier als versleutelde PDF (PDF 2.0, AES-256) schrijven; het gemaakte wachtwoord verschijnt één keer op stderr en wordt nergens bewaard.</translation>
    </message>
    <message>
        <source>Write the answer as one encrypted PDF (--pdf FILE; PDF 2.0, AES-256) with the JSON and CSV files inside as attachments, instead of --json and --csv-dir; the generated password is printed once on stderr and kept nowhere.</source>
        <translation>Het antwoord als één versleutelde PDF (--pdf BESTAND; PDF 2.0, AES-256) schrijven, met de JSON- en CSV-bestanden erin als bijlage, in plaats van --json en --csv-dir; het gemaakte wachtwoord verschijnt één keer op stderr en wordt nergens bewaard.</translation>
    </message>
</context>
<context>
    <name>pd::cli::AttachmentCommands</name>
    <message>
        <source>(destroyed)</source>
        <translation>(vernietigd)</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos; (%2).</source>
        <translation>Onbekende soort ‘%1’ (%2).</translation>
    </message>
    <message>
        <source>case attach needs the case number and the file.</source>
        <translation>case attach heeft het verzoeknummer en het bestand nodig.</translation>
    </message>
    <message>
        <source>case attachments needs the case number.</source>
        <translation>case attachments heeft het verzoeknummer nodig.</translation>
    </message>
    <message>
        <source>case attachment needs the case number and the file&apos;s id (case attachments lists them).</source>
        <translation>case attachment heeft het verzoeknummer en het nummer van het bestand nodig (case attachments toont ze).</translation>
    </message>
    <message>
        <source>case attachment needs --save FILE.</source>
        <translation>case attachment heeft --save BESTAND nodig.</translation>
    </message>
</context>
<context>
    <name>pd::cli::BreachCommands</name>
    <message>
        <source>Unknown code &apos;%1&apos; for --%2 (%3).</source>
        <translation>Onbekende code ‘%1’ bij --%2 (%3).</translation>
    </message>
    <message>
        <source>--%1 needs a date and time as YYYY-MM-DDTHH:MM (Dutch time); &apos;%2&apos; is not one.</source>
        <translation>--%1 verwacht een datum en tijd als JJJJ-MM-DDTUU:MM (Nederlandse tijd); ‘%2’ is dat niet.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation>--%1 verwacht een geheel getal van 0 of meer.</translation>
    </message>
    <message>
        <source>%1 needs the number of the data breach (DL-YYYY-NNNN).</source>
        <translation>%1 verwacht het nummer van het datalek (DL-JJJJ-NNNN).</translation>
    </message>
    <message>
        <source>notified late</source>
        <translation>te late melding aan de AP</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>melding aan de AP gedaan</translation>
    </message>
    <message>
        <source>no notification due</source>
        <translation>geen melding nodig</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>nog %n uur</numerusform>
            <numerusform>nog %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n uur te laat</numerusform>
            <numerusform>%n uur te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>breach add needs --title.</source>
        <translation>breach add verwacht --title.</translation>
    </message>
    <message>
        <source>breach add needs --discovered YYYY-MM-DDTHH:MM (Dutch time).</source>
        <translation>breach add verwacht --discovered JJJJ-MM-DDTUU:MM (Nederlandse tijd).</translation>
    </message>
    <message>
        <source>breach assess needs --risk (%1).</source>
        <translation>breach assess verwacht --risk (%1).</translation>
    </message>
    <message>
        <source>breach assess needs --reasoning.</source>
        <translation>breach assess verwacht --reasoning.</translation>
    </message>
    <message>
        <source>--notify-ap and --inform-subjects take ja or nee.</source>
        <translation>--notify-ap en --inform-subjects verwachten ja of nee.</translation>
    </message>
    <message>
        <source>breach notify-ap needs --at YYYY-MM-DDTHH:MM.</source>
        <translation>breach notify-ap verwacht --at JJJJ-MM-DDTUU:MM.</translation>
    </message>
    <message>
        <source>breach notify-ap needs --reference (the AP&apos;s meldnummer).</source>
        <translation>breach notify-ap verwacht --reference (het meldnummer van de AP).</translation>
    </message>
    <message>
        <source>breach notify-subjects needs --at YYYY-MM-DD.</source>
        <translation>breach notify-subjects verwacht --at JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>breach notify-subjects needs --how.</source>
        <translation>breach notify-subjects verwacht --how.</translation>
    </message>
    <message>
        <source>breach follow-up needs --kind (%1).</source>
        <translation>breach follow-up verwacht --kind (%1).</translation>
    </message>
    <message>
        <source>breach follow-up needs --at YYYY-MM-DDTHH:MM.</source>
        <translation>breach follow-up verwacht --at JJJJ-MM-DDTUU:MM.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2026.</source>
        <translation>--year verwacht een jaartal, zoals 2026.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <source>AP deadline</source>
        <translation>Uiterste datum melding AP</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>Notified to the AP</source>
        <translation>Melding aan de AP gedaan</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>Betrokkenen geïnformeerd</translation>
    </message>
    <message>
        <source>breach link needs --person with the customer numbers (comma-separated; an empty value unlinks everybody).</source>
        <translation>breach link heeft --person nodig met de klantnummers (gescheiden door komma&apos;s; een lege waarde ontkoppelt iedereen).</translation>
    </message>
    <message>
        <source>No person with customer number %1.</source>
        <translation>Geen persoon met klantnummer %1.</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Vernietigd</translation>
    </message>
    <message>
        <source>on %1 by %2, under the retention rule; what stays is the register&apos;s skeleton</source>
        <translation>op %1 door %2, volgens de bewaarregel; wat blijft, is het geraamte van het register</translation>
    </message>
    <message>
        <source>Warning: %1 Add --discovery-from-processor to do so.</source>
        <extracomment>Dutch: &quot;Let op: %1 Geef --discovery-from-processor om dat te doen.&quot;</extracomment>
        <translation>Let op: %1 Geef --discovery-from-processor om dat te doen.</translation>
    </message>
</context>
<context>
    <name>pd::cli::BreachDocumentCommands</name>
    <message>
        <source>breach report needs the number of the data breach: breach report DL-YYYY-NNNN --pdf FILE.</source>
        <translation>breach report heeft het nummer van het datalek nodig: breach report DL-JJJJ-NNNN --pdf BESTAND.</translation>
    </message>
    <message>
        <source>breach report needs --pdf FILE (or --text).</source>
        <translation>breach report heeft --pdf BESTAND nodig (of --text).</translation>
    </message>
    <message>
        <source>breach report takes --text or --json, not both.</source>
        <translation>breach report neemt --text of --json, niet allebei.</translation>
    </message>
    <message>
        <source>A PDF needs fonts, which this program did not load.</source>
        <translation>Voor een PDF zijn lettertypen nodig, maar die zijn niet geladen.</translation>
    </message>
    <message numerus="yes">
        <source>Notification of %1 written as PDF: %n page(s).</source>
        <translation>
            <numerusform>Melding van %1 als PDF geschreven: %n pagina.</numerusform>
            <numerusform>Melding van %1 als PDF geschreven: %n pagina&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notification of %1 written as PDF: %n page(s). The AP accepts it only through its web form; record the notification number with breach notify-ap.</source>
        <translation>
            <numerusform>Melding van %1 als PDF geschreven: %n pagina. De AP neemt een melding alleen aan via het webformulier; leg het meldnummer vast met breach notify-ap.</numerusform>
            <numerusform>Melding van %1 als PDF geschreven: %n pagina&apos;s. De AP neemt een melding alleen aan via het webformulier; leg het meldnummer vast met breach notify-ap.</numerusform>
        </translation>
    </message>
    <message>
        <source>breach letter needs the number of the data breach: breach letter DL-YYYY-NNNN --person NUMBER --pdf FILE.</source>
        <translation>breach letter heeft het nummer van het datalek nodig: breach letter DL-JJJJ-NNNN --person NUMMER --pdf BESTAND.</translation>
    </message>
    <message>
        <source>breach letter needs --person (a customer number) and --pdf FILE.</source>
        <translation>breach letter heeft --person (een klantnummer) en --pdf BESTAND nodig.</translation>
    </message>
    <message>
        <source>No person with customer number %1.</source>
        <translation>Geen persoon met klantnummer %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded as letter %2 (SHA-256 %3), %n page(s). Record the day it went out with breach letter-sent.</source>
        <translation>
            <numerusform>%1 vastgelegd als brief %2 (SHA-256 %3), %n pagina. Leg de verzenddatum vast met breach letter-sent.</numerusform>
            <numerusform>%1 vastgelegd als brief %2 (SHA-256 %3), %n pagina&apos;s. Leg de verzenddatum vast met breach letter-sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>breach letter-sent needs the number of the data breach and the letter&apos;s number (breach letter prints it).</source>
        <translation>breach letter-sent heeft het nummer van het datalek en het nummer van de brief nodig (breach letter toont dat).</translation>
    </message>
    <message>
        <source>breach letter-sent needs --on YYYY-MM-DD and --how TEXT.</source>
        <translation>breach letter-sent heeft --on JJJJ-MM-DD en --how TEKST nodig.</translation>
    </message>
</context>
<context>
    <name>pd::cli::CaseCommands</name>
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
        <translation>Onbekende relatie ‘%1’ (%2).</translation>
    </message>
    <message>
        <source>Unknown request type &apos;%1&apos; (%2).</source>
        <translation>Onbekende soort verzoek ‘%1’ (%2).</translation>
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
        <translation>Onbekende status ‘%1’ (%2).</translation>
    </message>
    <message>
        <source>case show needs the case number.</source>
        <translation>case show heeft het verzoeknummer nodig.</translation>
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
        <translation>Waarschuwing: de betrokkene is na de wettelijke termijn van één maand geïnformeerd; de verlenging is juridisch niet geldig.</translation>
    </message>
    <message>
        <source>Unknown ground &apos;%1&apos; (%2).</source>
        <translation>Onbekende grond ‘%1’ (%2).</translation>
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
        <translation>--policy-days, --policy-extension-days en --id-within-days hebben een geheel getal nodig.</translation>
    </message>
    <message>
        <source>--id-model is pause or restart.</source>
        <translation>--id-model heeft pause of restart nodig.</translation>
    </message>
    <message>
        <source>--closing-day needs a date as YYYY-MM-DD.</source>
        <translation>--closing-day heeft een datum als JJJJ-MM-DD nodig.</translation>
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
    <message>
        <source>Unknown channel &apos;%1&apos; (%2).</source>
        <translation>Onbekend kanaal ‘%1’ (%2).</translation>
    </message>
    <message>
        <source>The original is not an e-mail: case add needs --channel (%1).</source>
        <translation>Het origineel is geen e-mail: case add heeft --channel nodig (%1).</translation>
    </message>
    <message>
        <source>The e-mail has no readable Date: case add needs --received YYYY-MM-DD.</source>
        <translation>De e-mail heeft geen leesbare Date: case add heeft --received JJJJ-MM-DD nodig.</translation>
    </message>
    <message>
        <source>case add needs --person NAME or --klantnummer NUMBER.</source>
        <translation>case add heeft --person NAAM of --klantnummer NUMMER nodig.</translation>
    </message>
    <message>
        <source>case complete --outcome %1 needs --motivation TEXT: the reasons for the decision in words (art. 12(4) GDPR).</source>
        <translation>case complete --outcome %1 heeft --motivation TEKST nodig: de motivering van de beslissing in woorden (art. 12 lid 4 AVG).</translation>
    </message>
    <message>
        <source>--decision takes TYPE=OUTCOME[:GROUNDS], for example verwijdering=deels-toegewezen:art-17-3-b; not &apos;%1&apos;.</source>
        <translation>--decision heeft SOORT=UITKOMST[:GRONDEN] nodig, bijvoorbeeld verwijdering=deels-toegewezen:art-17-3-b; niet ‘%1’.</translation>
    </message>
    <message>
        <source>--%1 takes TYPE=TEXT for a kind given with --decision; not &apos;%2&apos;.</source>
        <translation>--%1 heeft SOORT=TEKST nodig voor een soort die met --decision is gegeven; niet ‘%2’.</translation>
    </message>
    <message>
        <source>case complete needs the case number, --outcome (%1) or --decision, and --answered DATE.</source>
        <translation>case complete heeft het verzoeknummer, --outcome (%1) of --decision, en --answered DATUM nodig.</translation>
    </message>
    <message>
        <source>The extension was recorded, but the check of its notice could not be read: %1</source>
        <translation>De verlenging is vastgelegd, maar de controle van de kennisgeving kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>--if-version takes the request&apos;s version, a whole number from case show --json; not &apos;%1&apos;.</source>
        <translation>--if-version verwacht de versie van het verzoek, een geheel getal uit de JSON-uitvoer van het verzoek; niet ‘%1’.</translation>
    </message>
    <message>
        <source>Unknown data category &apos;%1&apos; (%2).</source>
        <translation>Onbekende gegevenscategorie ‘%1’ (%2).</translation>
    </message>
    <message>
        <source>Unknown objection subject &apos;%1&apos; (%2).</source>
        <extracomment>Dutch: &quot;Onbekend onderwerp van bezwaar &apos;%1&apos; (%2).&quot;</extracomment>
        <translation>Onbekend onderwerp van bezwaar ‘%1’ (%2).</translation>
    </message>
    <message>
        <source>--objection-other goes with overig in --objection or --objection-kept.</source>
        <extracomment>Dutch: &quot;--objection-other hoort bij overig in --objection of --objection-kept.&quot;</extracomment>
        <translation>--objection-other hoort bij overig in --objection of --objection-kept.</translation>
    </message>
    <message>
        <source>case transmit needs the request&apos;s number and --name NAME with --address ADDRESS, or --clear.</source>
        <extracomment>Dutch: &quot;case transmit heeft het nummer van het verzoek nodig en --name NAAM met --address ADRES, of --clear.&quot;</extracomment>
        <translation>case transmit heeft het nummer van het verzoek nodig en --name NAAM met --address ADRES, of --clear.</translation>
    </message>
    <message>
        <source>  Address:   %1</source>
        <extracomment>Dutch: &quot; Adres: %1&quot;</extracomment>
        <translation>  Adres:     %1</translation>
    </message>
    <message>
        <source>  Mandate:   %1 (representative %2)</source>
        <extracomment>Dutch: &quot; Machtiging: %1 (gemachtigde %2)&quot;</extracomment>
        <translation>  Machtiging: %1 (gemachtigde %2)</translation>
    </message>
    <message>
        <source>Give the address as &apos;street and number, postcode city&apos;, for example &quot;Kerkpad 12, 6582 BC Heumen&quot;.</source>
        <extracomment>Dutch: &quot;Geef het adres als &apos;straat en huisnummer, postcode plaats&apos;, bijvoorbeeld &quot;Kerkpad 12, 6582 BC Heumen&quot;.&quot;</extracomment>
        <translation>Geef het adres als ‘straat en huisnummer, postcode plaats’, bijvoorbeeld ‘Kerkpad 12, 6582 BC Heumen’.</translation>
    </message>
    <message>
        <source>The extension was not recorded: no extension notice can be made. %1 [notice-impossible]</source>
        <translation>De verlenging is niet vastgelegd: er kan geen verlengingsbericht worden gemaakt. %1 [notice-impossible]</translation>
    </message>
    <message>
        <source>case mandate needs the case number.</source>
        <extracomment>Dutch: &quot;case mandate heeft het verzoeknummer nodig.&quot;</extracomment>
        <translation>case mandate heeft het verzoeknummer nodig.</translation>
    </message>
    <message>
        <source>case mandate needs --requested DATE and/or --received DATE.</source>
        <extracomment>Dutch: &quot;case mandate heeft --requested DATUM en/of --received DATUM nodig.&quot;</extracomment>
        <translation>case mandate heeft --requested DATUM en/of --received DATUM nodig.</translation>
    </message>
    <message>
        <source>case systems needs the case number.</source>
        <extracomment>Dutch: &quot;case systems heeft het verzoeknummer nodig.&quot;</extracomment>
        <translation>case systems heeft het verzoeknummer nodig.</translation>
    </message>
    <message>
        <source>not searched yet</source>
        <extracomment>Dutch: &quot;nog niet doorzocht&quot;</extracomment>
        <translation>nog niet doorzocht</translation>
    </message>
    <message>
        <source>case system tick needs the case number, the system and --result (%1).</source>
        <extracomment>Dutch: &quot;case system tick heeft het verzoeknummer, het systeem en --result nodig (%1).&quot;</extracomment>
        <translation>case system tick heeft het verzoeknummer, het systeem en --result nodig (%1).</translation>
    </message>
    <message>
        <source>--attachment takes the id of one of the request&apos;s files (case attachments).</source>
        <extracomment>Dutch: &quot;--attachment heeft het nummer van een bestand van het verzoek nodig (case attachments).&quot;</extracomment>
        <translation>--attachment heeft het nummer van een bestand van het verzoek nodig (case attachments).</translation>
    </message>
    <message>
        <source>Tick each system with case system tick, or complete anyway with --systems-open-ok.</source>
        <extracomment>Dutch: &quot;Vink elk systeem af met case system tick, of rond toch af met --systems-open-ok.&quot;</extracomment>
        <translation>Vink elk systeem af met case system tick, of rond toch af met --systems-open-ok.</translation>
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
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 heeft een datum als JJJJ-MM-DD nodig, niet ‘%2’.</translation>
    </message>
    <message numerus="yes">
        <source>The password was wrong %n times in a row. Try again in %1 seconds.</source>
        <translation>
            <numerusform>Het wachtwoord was %n keer onjuist. Probeer het over %1 seconden opnieuw.</numerusform>
            <numerusform>Het wachtwoord was %n keer achter elkaar onjuist. Probeer het over %1 seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>De gegevens konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &apos;%2&apos;.</source>
        <translation>--%1 heeft een geheel getal van 0 of meer nodig, niet ‘%2’.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Kan het bestand met de wachtwoordzin %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>Warning: the passphrase file can be read by other users.</source>
        <translation>Waarschuwing: het bestand met de wachtwoordzin is leesbaar voor andere gebruikers.</translation>
    </message>
    <message>
        <source>A backup of a server store needs its passphrase: --passphrase-file FILE or the environment variable PRIVACYDESK_BACKUP_PASSPHRASE. Keep it apart from the backups: without it they cannot be restored.</source>
        <translation>Een back-up van een kluis op een server heeft een wachtwoordzin nodig: --passphrase-file BESTAND of de omgevingsvariabele PRIVACYDESK_BACKUP_PASSPHRASE. Bewaar die apart van de back-ups: zonder wachtwoordzin kunnen ze niet worden teruggezet.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>De wachtwoordzin is leeg.</translation>
    </message>
    <message>
        <source>--password-by goes with --encrypt.</source>
        <extracomment>Dutch: &quot;--password-by hoort bij --encrypt.&quot;</extracomment>
        <translation>--password-by hoort bij --encrypt.</translation>
    </message>
    <message>
        <source>--password-by is %1.</source>
        <extracomment>Dutch: &quot;--password-by is %1.&quot;</extracomment>
        <translation>--password-by is %1.</translation>
    </message>
    <message>
        <source>Password of the PDF (give it separately, %1; it is not kept anywhere): %2</source>
        <extracomment>Dutch: &quot;Wachtwoord van de PDF (geef het apart door, %1; het wordt nergens bewaard): %2&quot;</extracomment>
        <translation>Wachtwoord van de PDF (geef het apart door, %1; het wordt nergens bewaard): %2</translation>
    </message>
</context>
<context>
    <name>pd::cli::CovenantCommands</name>
    <message>
        <source>--basis is the letter of art. 6(1) GDPR: a, b, c, d, e or f.</source>
        <extracomment>Dutch: &quot;--basis is de letter van art. 6 lid 1 AVG: a, b, c, d, e of f.&quot;</extracomment>
        <translation>--basis is de letter van art. 6 lid 1 AVG: a, b, c, d, e of f.</translation>
    </message>
    <message>
        <source>Unknown data category &apos;%1&apos;.</source>
        <extracomment>Dutch: &quot;Onbekende gegevenscategorie &apos;%1&apos;.&quot;</extracomment>
        <translation>Onbekende gegevenscategorie ‘%1’.</translation>
    </message>
    <message>
        <source>review %1</source>
        <extracomment>Dutch: &quot;herzien %1&quot;</extracomment>
        <translation>evaluatie %1</translation>
    </message>
    <message>
        <source>[review due]</source>
        <extracomment>Dutch: &quot;[herziening nodig]&quot;</extracomment>
        <translation>[evaluatie nodig]</translation>
    </message>
    <message>
        <source>[signed document]</source>
        <extracomment>Dutch: &quot;[getekend document]&quot;</extracomment>
        <translation>[ondertekend document]</translation>
    </message>
    <message>
        <source>covenant add needs --name, --party, --purpose, --basis and --from.</source>
        <extracomment>Dutch: &quot;covenant add heeft --name, --party, --purpose, --basis en --from nodig.&quot;</extracomment>
        <translation>covenant add heeft --name, --party, --purpose, --basis en --from nodig.</translation>
    </message>
    <message>
        <source>covenant set needs the covenant&apos;s id.</source>
        <translation>covenant set heeft het nummer van het convenant nodig.</translation>
    </message>
    <message>
        <source>covenant show needs the covenant&apos;s id.</source>
        <translation>covenant show heeft het nummer van het convenant nodig.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Dutch: &quot;Naam&quot;</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Parties</source>
        <extracomment>Dutch: &quot;Partijen&quot;</extracomment>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>Dutch: &quot;Doel&quot;</extracomment>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>Dutch: &quot;Grondslag&quot;</extracomment>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Dutch: &quot;Gegevens&quot;</extracomment>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Term</source>
        <extracomment>Dutch: &quot;Looptijd&quot;</extracomment>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Review on</source>
        <extracomment>Dutch: &quot;Herzien op&quot;</extracomment>
        <translation>Evalueren op</translation>
    </message>
    <message>
        <source>Signed document</source>
        <extracomment>Dutch: &quot;Getekend document&quot;</extracomment>
        <translation>Ondertekend document</translation>
    </message>
    <message>
        <source>The review is due: its date has come.</source>
        <extracomment>Dutch: &quot;De herziening is nodig: de herzieningsdatum is bereikt.&quot;</extracomment>
        <translation>De evaluatie is nodig: de evaluatiedatum is bereikt.</translation>
    </message>
    <message>
        <source>covenant document export needs the covenant&apos;s id and --save FILE.</source>
        <translation>covenant document export heeft het nummer van het convenant en --save BESTAND nodig.</translation>
    </message>
    <message>
        <source>covenant document export needs --save FILE.</source>
        <extracomment>Dutch: &quot;covenant document export heeft --save BESTAND nodig.&quot;</extracomment>
        <translation>covenant document export heeft --save BESTAND nodig.</translation>
    </message>
</context>
<context>
    <name>pd::cli::DisclosureCommands</name>
    <message>
        <source>recipient add needs the recipient&apos;s name.</source>
        <translation>recipient add heeft de naam van de ontvanger nodig.</translation>
    </message>
    <message>
        <source>recipient add needs --category (%1).</source>
        <translation>recipient add heeft --category nodig (%1).</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos; (ontvanger, verwerker).</source>
        <translation>Onbekende rol ‘%1’ (ontvanger, verwerker).</translation>
    </message>
    <message>
        <source>Only a processor (--role verwerker) has a processing agreement.</source>
        <translation>Alleen een verwerker (--role verwerker) heeft een verwerkersovereenkomst.</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>evaluatie %1</translation>
    </message>
    <message>
        <source>[agreement overdue]</source>
        <translation>[evaluatie te laat]</translation>
    </message>
    <message>
        <source>disclosure add needs --recipient, --person, --purpose and --basis.</source>
        <translation>disclosure add heeft --recipient, --person, --purpose en --basis nodig.</translation>
    </message>
    <message>
        <source>Unknown data category &apos;%1&apos; (%2).</source>
        <translation>Onbekende gegevenscategorie ‘%1’ (%2).</translation>
    </message>
    <message>
        <source>--basis is the letter of art. 6(1) GDPR: a, b, c, d, e or f.</source>
        <translation>--basis heeft de letter van art. 6 lid 1 AVG nodig: a, b, c, d, e of f.</translation>
    </message>
    <message>
        <source>Give either --informed or --not-informed-reason, not both.</source>
        <translation>Geef --informed of --not-informed-reason, niet allebei.</translation>
    </message>
    <message>
        <source>No recipient &apos;%1&apos; in the catalogue; add it with recipient add.</source>
        <translation>Geen ontvanger ‘%1’ in de catalogus; voeg die toe met recipient add.</translation>
    </message>
    <message>
        <source>No person with customer number %1.</source>
        <translation>Geen persoon met klantnummer %1.</translation>
    </message>
    <message>
        <source>told on %1</source>
        <translation>geïnformeerd op %1</translation>
    </message>
    <message>
        <source>not told: impossible or disproportionate</source>
        <translation>niet geïnformeerd: onmogelijk of onevenredig</translation>
    </message>
    <message>
        <source>not told: impossible or disproportionate — %1</source>
        <translation>niet geïnformeerd: onmogelijk of onevenredig — %1</translation>
    </message>
    <message>
        <source>not yet told</source>
        <translation>nog niet geïnformeerd</translation>
    </message>
    <message>
        <source>disclosure art19 needs the request&apos;s number.</source>
        <translation>disclosure art19 heeft het nummer van het verzoek nodig.</translation>
    </message>
    <message>
        <source>Give either --notified or --exempt, not both.</source>
        <translation>Geef --notified of --exempt, niet allebei.</translation>
    </message>
    <message>
        <source>To record one recipient give --recipient with --notified DATE or --exempt REASON.</source>
        <translation>Om één ontvanger vast te leggen heeft disclosure art19 --recipient met --notified DATUM of --exempt REDEN nodig.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
    <message>
        <source>No recipient &apos;%1&apos; in the catalogue.</source>
        <translation>Geen ontvanger ‘%1’ in de catalogus.</translation>
    </message>
    <message>
        <source>Art. 19 GDPR does not apply to %1: it is not a completed, (partly) granted rectification, erasure or restriction.</source>
        <translation>Art. 19 AVG is niet van toepassing op %1: het is geen afgerond, (deels) toegewezen verzoek om rectificatie, verwijdering of beperking.</translation>
    </message>
    <message>
        <source>No recipient received this person&apos;s data before the request was answered: nobody needs to be told.</source>
        <translation>Geen enkele ontvanger kreeg de gegevens van deze persoon voordat het verzoek werd beantwoord: niemand hoeft te worden geïnformeerd.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Correct the list, or leave these numbers out on purpose with --skip-unknown.</source>
        <extracomment>Dutch: &quot;Niets vastgelegd. Pas de lijst aan, of laat deze nummers bewust weg met --skip-unknown.&quot;</extracomment>
        <translation>Niets vastgelegd. Pas de lijst aan, of laat deze nummers bewust weg met --skip-unknown.</translation>
    </message>
    <message>
        <source>The list names nobody who is known.</source>
        <extracomment>Dutch: &quot;De lijst noemt niemand die bekend is.&quot;</extracomment>
        <translation>De lijst noemt niemand die bekend is.</translation>
    </message>
    <message>
        <source>Give either --person or --persons-csv, not both.</source>
        <extracomment>Dutch: &quot;Geef --person of --persons-csv, niet allebei.&quot;</extracomment>
        <translation>Geef --person of --persons-csv, niet allebei.</translation>
    </message>
    <message>
        <source>--covenant is a covenant&apos;s id (covenant list).</source>
        <extracomment>Dutch: &quot;--covenant is het nummer van een convenant (covenant list).&quot;</extracomment>
        <translation>--covenant is het nummer van een convenant (covenant list).</translation>
    </message>
    <message numerus="yes">
        <source>%n persons</source>
        <extracomment>Dutch: &quot;%n personen&quot;</extracomment>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::DocumentCommands</name>
    <message>
        <source>%1 needs a letter kind (%2).</source>
        <translation>%1 heeft een soort brief nodig (%2).</translation>
    </message>
    <message>
        <source>Unknown letter kind &apos;%1&apos; (%2).</source>
        <translation>Onbekende soort brief ‘%1’ (%2).</translation>
    </message>
    <message>
        <source>letter needs a request number: letter NUMBER --kind KIND --pdf FILE.</source>
        <translation>letter heeft een verzoeknummer nodig: letter NUMMER --kind SOORT --pdf BESTAND.</translation>
    </message>
    <message>
        <source>letter needs --kind (%1).</source>
        <translation>letter heeft --kind nodig (%1).</translation>
    </message>
    <message>
        <source>letter needs --pdf FILE.</source>
        <translation>letter heeft --pdf BESTAND nodig.</translation>
    </message>
    <message>
        <source>A PDF needs fonts, which this program did not load.</source>
        <translation>Voor een PDF zijn lettertypen nodig, maar die zijn niet geladen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2 recorded (SHA-256 %3), %n page(s).</source>
        <translation>
            <numerusform>%1 voor %2 vastgelegd (SHA-256 %3), %n pagina.</numerusform>
            <numerusform>%1 voor %2 vastgelegd (SHA-256 %3), %n pagina&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>letter kinds needs a request number.</source>
        <translation>letter kinds heeft een verzoeknummer nodig.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>changed by %1 on %2</source>
        <translation>gewijzigd door %1 op %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>letter template set needs --file FILE (UTF-8 HTML).</source>
        <translation>letter template set heeft --file BESTAND nodig (UTF-8 HTML).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>dossier needs a request number: dossier NUMBER --pdf FILE.</source>
        <translation>dossier heeft een verzoeknummer nodig: dossier NUMMER --pdf BESTAND.</translation>
    </message>
    <message>
        <source>dossier needs --pdf FILE.</source>
        <translation>dossier heeft --pdf BESTAND nodig.</translation>
    </message>
    <message>
        <source>[audit-chain-broken] The dossier was written with a warning: the audit trail is broken at event %1: %2</source>
        <translation>[audit-chain-broken] Het dossier is geschreven met een waarschuwing: de audittrail is verbroken bij gebeurtenis %1: %2</translation>
    </message>
    <message>
        <source>letter sent needs the request number and the letter&apos;s id (letter list shows them).</source>
        <translation>letter sent heeft het verzoeknummer en het nummer van de brief nodig (letter list toont ze).</translation>
    </message>
    <message>
        <source>letter sent needs --on YYYY-MM-DD and --how TEXT.</source>
        <translation>letter sent heeft --on JJJJ-MM-DD en --how TEKST nodig.</translation>
    </message>
    <message>
        <source>letter list needs a request number.</source>
        <translation>letter list heeft een verzoeknummer nodig.</translation>
    </message>
    <message>
        <source>sent %1 (%2)</source>
        <translation>verstuurd %1 (%2)</translation>
    </message>
    <message>
        <source>only made</source>
        <translation>alleen gemaakt</translation>
    </message>
    <message>
        <source>Give the letter kind with --kind: letter %1 --kind %2 --pdf FILE.</source>
        <translation>letter heeft de soort brief met --kind nodig: letter %1 --kind %2 --pdf BESTAND.</translation>
    </message>
    <message numerus="yes">
        <source>letter takes one request number, not %n arguments: letter NUMBER --kind KIND --pdf FILE.</source>
        <translation>
            <numerusform>letter heeft één verzoeknummer nodig, niet %n argument: letter NUMMER --kind SOORT --pdf BESTAND.</numerusform>
            <numerusform>letter heeft één verzoeknummer nodig, niet %n argumenten: letter NUMMER --kind SOORT --pdf BESTAND.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dossier for %1 written: %n page(s), audit trail verified up to event %2.</source>
        <translation>
            <numerusform>Dossier voor %1 geschreven: %n pagina, audittrail gecontroleerd tot en met gebeurtenis %2.</numerusform>
            <numerusform>Dossier voor %1 geschreven: %n pagina&apos;s, audittrail gecontroleerd tot en met gebeurtenis %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::DpiaCommands</name>
    <message>
        <source>review %1</source>
        <extracomment>Dutch: &quot;herbeoordeling %1&quot;</extracomment>
        <translation>herbeoordeling %1</translation>
    </message>
    <message>
        <source>Choose --needed or --not-needed, not both.</source>
        <extracomment>Dutch: &quot;Kies --needed of --not-needed, niet allebei.&quot;</extracomment>
        <translation>Kies --needed of --not-needed, niet allebei.</translation>
    </message>
    <message>
        <source>--residual-risk is laag, middel or hoog.</source>
        <extracomment>Dutch: &quot;--residual-risk is laag, middel of hoog.&quot;</extracomment>
        <translation>--residual-risk is laag, middel of hoog.</translation>
    </message>
    <message>
        <source>dpia add and dpia set need --activity CODE (register list).</source>
        <extracomment>Dutch: &quot;dpia add en dpia set hebben --activity CODE nodig (register list).&quot;</extracomment>
        <translation>dpia add en dpia set hebben --activity CODE nodig (register list).</translation>
    </message>
</context>
<context>
    <name>pd::cli::ExportCommands</name>
    <message>
        <source>No data of other people found.</source>
        <translation>Geen gegevens van anderen gevonden.</translation>
    </message>
    <message>
        <source>--json needs the name of the JSON file to write.</source>
        <translation>--json heeft de naam nodig van het JSON-bestand dat geschreven moet worden.</translation>
    </message>
    <message>
        <source>export person needs one customer number (or request number).</source>
        <translation>export person heeft één klantnummer (of verzoeknummer) nodig.</translation>
    </message>
    <message>
        <source>Choose one of --redact ID,ID, --redact-all and --keep-all.</source>
        <translation>Kies één van --redact ID,ID, --redact-all en --keep-all.</translation>
    </message>
    <message>
        <source>--findings only lists the findings; leave out the outputs and the decisions.</source>
        <translation>--findings toont alleen de vondsten; laat de uitvoer en de beslissingen weg.</translation>
    </message>
    <message>
        <source>export person needs --pdf FILE, --json FILE or --csv-dir FOLDER.</source>
        <translation>export person heeft --pdf BESTAND, --json BESTAND of --csv-dir MAP nodig.</translation>
    </message>
    <message>
        <source>No data subject with customer number or request number %1. [not-found]</source>
        <translation>Geen betrokkene met klantnummer of verzoeknummer %1. [not-found]</translation>
    </message>
    <message numerus="yes">
        <source>The notes and texts of this data subject hold %n fragment(s) that may be other people&apos;s data. Review them first with: export person %1 --findings; then choose --redact ID,ID, --redact-all or --keep-all. [review-needed]</source>
        <translation>
            <numerusform>De notities en teksten van deze betrokkene bevatten %n fragment dat gegevens van anderen kan zijn. Beoordeel het eerst met: export person %1 --findings; kies daarna --redact ID,ID, --redact-all of --keep-all. [review-needed]</numerusform>
            <numerusform>De notities en teksten van deze betrokkene bevatten %n fragmenten die gegevens van anderen kunnen zijn. Beoordeel ze eerst met: export person %1 --findings; kies daarna --redact ID,ID, --redact-all of --keep-all. [review-needed]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown finding(s) %1: the texts may have changed; list the findings again with --findings. [unknown-finding]</source>
        <translation>
            <numerusform>Onbekende vondst %1: de teksten zijn mogelijk gewijzigd; vraag de vondsten opnieuw op met --findings. [unknown-finding]</numerusform>
            <numerusform>Onbekende vondsten %1: de teksten zijn mogelijk gewijzigd; vraag de vondsten opnieuw op met --findings. [unknown-finding]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 finding(s) redacted.</source>
        <translation>
            <numerusform>%n vondst weggelaten (van de %1).</numerusform>
            <numerusform>%n vondsten weggelaten (van de %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n disclosure(s) are not in the export, because the law forbids telling the data subject about them.</source>
        <translation>
            <numerusform>Let op: %n verstrekking staat niet in de export, omdat de wet verbiedt om de betrokkene hierover te informeren.</numerusform>
            <numerusform>Let op: %n verstrekkingen staan niet in de export, omdat de wet verbiedt om de betrokkene hierover te informeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the data export (not on consent or contract, article 20 GDPR): %1.</source>
        <translation>Niet in de gegevensexport (niet op toestemming of overeenkomst, artikel 20 AVG): %1.</translation>
    </message>
    <message>
        <source>--transmit makes the data export: give --json FILE or --csv-dir FOLDER.</source>
        <extracomment>Dutch: &quot;--transmit maakt de export voor overdraagbaarheid: geef --json BESTAND of --csv-dir MAP.&quot;</extracomment>
        <translation>--transmit maakt de gegevensexport: geef --json BESTAND of --csv-dir MAP.</translation>
    </message>
    <message>
        <source>--transmit goes with the number of a portability request, not with a customer number.</source>
        <extracomment>Dutch: &quot;--transmit hoort bij het nummer van een verzoek om overdraagbaarheid, niet bij een klantnummer.&quot;</extracomment>
        <translation>--transmit hoort bij het nummer van een verzoek om overdraagbaarheid, niet bij een klantnummer.</translation>
    </message>
    <message>
        <source>Request %1 names no receiving controller: record it first with case transmit. [no-recipient]</source>
        <extracomment>Dutch: &quot;Verzoek %1 noemt geen ontvangende organisatie: leg die eerst vast met case transmit.&quot;</extracomment>
        <translation>Verzoek %1 noemt geen ontvangende organisatie: leg die eerst vast met case transmit. [no-recipient]</translation>
    </message>
    <message>
        <source>Recorded on request %1.</source>
        <extracomment>Dutch: &quot;Vastgelegd bij verzoek %1.&quot;</extracomment>
        <translation>Vastgelegd bij verzoek %1.</translation>
    </message>
    <message>
        <source>Note: not recorded on a request, because this data subject has more than one open request for access or portability. Name the request: export person AVG-YYYY-NNNN.</source>
        <extracomment>Dutch: &quot;Let op: niet bij een verzoek vastgelegd, want deze betrokkene heeft meer dan één open verzoek om inzage of overdraagbaarheid. Noem het verzoek: export person AVG-JJJJ-NNNN.&quot;</extracomment>
        <translation>Let op: niet bij een verzoek vastgelegd, want deze betrokkene heeft meer dan één open verzoek om inzage of overdraagbaarheid. Noem het verzoek: export person AVG-JJJJ-NNNN.</translation>
    </message>
    <message>
        <source>--encrypt makes one encrypted PDF: give --pdf FILE.</source>
        <extracomment>Dutch: &quot;--encrypt maakt één versleutelde PDF: geef --pdf BESTAND.&quot;</extracomment>
        <translation>--encrypt maakt één versleutelde PDF: geef --pdf BESTAND.</translation>
    </message>
    <message>
        <source>--encrypt puts the JSON and CSV files inside the PDF: leave out --json, --csv-dir and --transmit.</source>
        <extracomment>Dutch: &quot;--encrypt zet de JSON- en CSV-bestanden in de PDF: laat --json, --csv-dir en --transmit weg.&quot;</extracomment>
        <translation>--encrypt zet de JSON- en CSV-bestanden in de PDF: laat --json, --csv-dir en --transmit weg.</translation>
    </message>
    <message>
        <source>Inside the PDF: %1.</source>
        <extracomment>Dutch: &quot;In de PDF: %1.&quot;</extracomment>
        <translation>In de PDF: %1.</translation>
    </message>
</context>
<context>
    <name>pd::cli::HoldCommands</name>
    <message>
        <source>hold add needs NUMBER, --system TEXT, --recorded DATE, --overwritten-after (for example 4w or 30d) and --secured TEXT.</source>
        <extracomment>Dutch: &quot;hold add heeft NUMMER, --system TEKST, --recorded DATUM, --overwritten-after (bijvoorbeeld 4w of 30d) en --secured TEKST nodig.&quot;</extracomment>
        <translation>hold add heeft NUMMER, --system TEKST, --recorded DATUM, --overwritten-after (bijvoorbeeld 4w of 30d) en --secured TEKST nodig.</translation>
    </message>
    <message>
        <source>Hold %1 recorded: %2</source>
        <extracomment>Dutch: &quot;Bewaring %1 vastgelegd: %2&quot;</extracomment>
        <translation>Bewaring %1 vastgelegd: %2</translation>
    </message>
    <message>
        <source>hold secure needs NUMBER and ID.</source>
        <extracomment>Dutch: &quot;hold secure heeft NUMMER en ID nodig.&quot;</extracomment>
        <translation>hold secure heeft NUMMER en ID nodig.</translation>
    </message>
    <message>
        <source>Hold %1 secured.</source>
        <extracomment>Dutch: &quot;Bewaring %1 veiliggesteld.&quot;</extracomment>
        <translation>Bewaring %1 veiliggesteld.</translation>
    </message>
    <message>
        <source>hold release needs NUMBER, ID and --reason TEXT.</source>
        <extracomment>Dutch: &quot;hold release heeft NUMMER, ID en --reason TEKST nodig.&quot;</extracomment>
        <translation>hold release heeft NUMMER, ID en --reason TEKST nodig.</translation>
    </message>
    <message>
        <source>Hold %1 released.</source>
        <extracomment>Dutch: &quot;Bewaring %1 vrijgegeven.&quot;</extracomment>
        <translation>Bewaring %1 vrijgegeven.</translation>
    </message>
    <message>
        <source>hold list needs NUMBER.</source>
        <extracomment>Dutch: &quot;hold list heeft NUMMER nodig.&quot;</extracomment>
        <translation>hold list heeft NUMMER nodig.</translation>
    </message>
    <message>
        <source>No holds on data outside Privacydesk.</source>
        <extracomment>Dutch: &quot;Geen bewaringen van gegevens buiten Privacydesk.&quot;</extracomment>
        <translation>Geen bewaringen van gegevens buiten Privacydesk.</translation>
    </message>
    <message>
        <source>person restrict needs KLANTNUMMER, --data TEXT, --ground a|b|c|d and --reason TEXT.</source>
        <extracomment>Dutch: &quot;person restrict heeft KLANTNUMMER, --data TEKST, --ground a|b|c|d en --reason TEKST nodig.&quot;</extracomment>
        <translation>person restrict heeft KLANTNUMMER, --data TEKST, --ground a|b|c|d en --reason TEKST nodig.</translation>
    </message>
    <message>
        <source>Restriction %1 recorded (%2).</source>
        <extracomment>Dutch: &quot;Beperking %1 vastgelegd (%2).&quot;</extracomment>
        <translation>Beperking %1 vastgelegd (%2).</translation>
    </message>
    <message>
        <source>person restriction lift needs the restriction&apos;s ID.</source>
        <extracomment>Dutch: &quot;person restriction lift heeft het ID van de beperking nodig.&quot;</extracomment>
        <translation>person restriction lift heeft het ID van de beperking nodig.</translation>
    </message>
    <message>
        <source>Restriction %1 lifted.</source>
        <extracomment>Dutch: &quot;Beperking %1 opgeheven.&quot;</extracomment>
        <translation>Beperking %1 opgeheven.</translation>
    </message>
    <message>
        <source>No restrictions of processing.</source>
        <extracomment>Dutch: &quot;Geen beperkingen van de verwerking.&quot;</extracomment>
        <translation>Geen beperkingen van de verwerking.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>lifted on %1</source>
        <translation>opgeheven op %1</translation>
    </message>
</context>
<context>
    <name>pd::cli::ImportCommands</name>
    <message>
        <source>import persons needs exactly one FILE.</source>
        <translation>import persons heeft precies één BESTAND nodig.</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 rejected.</source>
        <translation>%1 geïmporteerd, %2 bijgewerkt, %3 afgekeurd.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Retention terms: %n created</source>
        <translation>
            <numerusform>Bewaartermijnen: %n aangemaakt</numerusform>
            <numerusform>Bewaartermijnen: %n aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoven</numerusform>
            <numerusform>%n verschoven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n verwijderd</numerusform>
            <numerusform>%n verwijderd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::cli::JsonListWriter</name>
    <message>
        <source>The list could not be written to the output.</source>
        <translation>De lijst kon niet naar de uitvoer worden geschreven.</translation>
    </message>
</context>
<context>
    <name>pd::cli::RegisterCommands</name>
    <message>
        <source>register export needs --csv FILE or --pdf FILE.</source>
        <translation>register export heeft --csv BESTAND of --pdf BESTAND nodig.</translation>
    </message>
    <message>
        <source>A PDF needs fonts, which this program did not load.</source>
        <translation>Voor een PDF zijn lettertypen nodig, maar die zijn niet geladen.</translation>
    </message>
    <message>
        <source>register set needs the activity&apos;s number, e.g. A.3.</source>
        <extracomment>Dutch: &quot;register set heeft het nummer van de verwerking nodig, bijvoorbeeld A.3.&quot;</extracomment>
        <translation>register set heeft het nummer van de verwerking nodig, bijvoorbeeld A.3.</translation>
    </message>
</context>
<context>
    <name>pd::cli::ReportCommands</name>
    <message>
        <source>Deadlines on %1</source>
        <translation>Termijnen op %1</translation>
    </message>
    <message>
        <source>  Open: %1 (%2)</source>
        <translation>  Open: %1 (%2)</translation>
    </message>
    <message>
        <source>  Overdue: %1; due today: %2; due within 7 days: %3</source>
        <translation>  Te laat: %1; termijn verloopt vandaag: %2; binnen 7 dagen: %3</translation>
    </message>
    <message>
        <source>  Last 12 months: %1 received, %2 answered, %3 on time</source>
        <translation>  Afgelopen 12 maanden: %1 ontvangen, %2 beantwoord, %3 op tijd</translation>
    </message>
    <message>
        <source>  Median handling time: %1</source>
        <translation>  Mediane behandelduur: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>  Extensions: %1, of which notified after the legal deadline: %2</source>
        <translation>  Verlengingen: %1, waarvan na de wettelijke termijn geïnformeerd: %2</translation>
    </message>
    <message>
        <source>Retention on %1</source>
        <translation>Bewaartermijnen op %1</translation>
    </message>
    <message>
        <source>  Overdue for destruction: %1 (oldest expired %2)</source>
        <translation>  Te vernietigen: %1 (oudste verlopen %2)</translation>
    </message>
    <message>
        <source>  Expiring in the next 12 months: %1; destroyed in the last 12 months: %2</source>
        <translation>  Verloopt in de komende 12 maanden: %1; vernietigd in de afgelopen 12 maanden: %2</translation>
    </message>
    <message>
        <source>Disclosures on %1</source>
        <translation>Verstrekkingen op %1</translation>
    </message>
    <message>
        <source>  Last 12 months: %1</source>
        <translation>  Afgelopen 12 maanden: %1</translation>
    </message>
    <message>
        <source>no agreement</source>
        <translation>geen overeenkomst</translation>
    </message>
    <message numerus="yes">
        <source>  Legal holds: %1, keeping %n expired item(s)</source>
        <translation>
            <numerusform>  Vernietigingsstops: %1; daardoor niet vernietigd: %n verlopen onderdeel</numerusform>
            <numerusform>  Vernietigingsstops: %1; daardoor niet vernietigd: %n verlopen onderdelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Data subjects still to be informed: %1 (%n disclosure(s)); informing prohibited: %2</source>
        <translation>
            <numerusform>  Nog te informeren betrokkenen: %1 (%n verstrekking); informeren wettelijk verboden: %2</numerusform>
            <numerusform>  Nog te informeren betrokkenen: %1 (%n verstrekkingen); informeren wettelijk verboden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>  Processing agreements due for review: %1</source>
        <translation>  Verwerkersovereenkomsten te evalueren: %1</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <source>  Open: %1; 72-hour clocks running: %2; notified late this year: %3</source>
        <translation>  Open: %1; termijn van 72 uur loopt: %2; te late meldingen aan de AP dit jaar: %3</translation>
    </message>
</context>
<context>
    <name>pd::cli::RetentionCommands</name>
    <message>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
    <message>
        <source>Name the data subject with --person KLANTNUMMER.</source>
        <translation>Noem de betrokkene met --person KLANTNUMMER.</translation>
    </message>
    <message>
        <source>There is no data subject with customer number %1.</source>
        <translation>Er is geen betrokkene met klantnummer %1.</translation>
    </message>
    <message>
        <source>--on needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--on heeft een datum als JJJJ-MM-DD nodig, niet ‘%1’.</translation>
    </message>
    <message>
        <source>--within needs a number of days from 0 to 3650.</source>
        <translation>--within heeft een aantal dagen van 0 tot en met 3650 nodig.</translation>
    </message>
    <message>
        <source>Nothing is due for destruction.</source>
        <translation>Er hoeft niets te worden vernietigd.</translation>
    </message>
    <message>
        <source>Nothing was destroyed: add --confirm to destroy this for good.</source>
        <translation>Er is niets vernietigd: voeg --confirm toe om dit definitief te vernietigen.</translation>
    </message>
    <message>
        <source>Destroyed: %1 (%2). Proof: audit event %3, %4.</source>
        <translation>Vernietigd: %1 (%2). Bewijs: auditgebeurtenis %3, %4.</translation>
    </message>
    <message>
        <source>retention hold needs --reason TEXT.</source>
        <translation>retention hold heeft --reason TEKST nodig.</translation>
    </message>
    <message>
        <source>Legal hold placed: nothing of this data subject will be destroyed until it is released.</source>
        <translation>Vernietigingsstop ingesteld: niets van deze betrokkene wordt vernietigd totdat de vernietigingsstop is opgeheven.</translation>
    </message>
    <message>
        <source>Legal hold released.</source>
        <translation>Vernietigingsstop opgeheven.</translation>
    </message>
    <message>
        <source>retention item set needs --rule CODE and --trigger DATE.</source>
        <translation>retention item set heeft --rule CODE en --trigger DATUM nodig.</translation>
    </message>
    <message>
        <source>Retention item registered: %1, expires on %2.</source>
        <translation>Bewaartermijn vastgelegd: %1, verloopt op %2.</translation>
    </message>
    <message>
        <source>(derived for: %1)</source>
        <translation>(afgeleid voor: %1)</translation>
    </message>
    <message>
        <source>retention rule set needs exactly one rule CODE (see retention rule list).</source>
        <translation>retention rule set heeft precies één CODE van een bewaarregel nodig (zie retention rule list).</translation>
    </message>
    <message>
        <source>Say what changes: --period, --trigger and/or --relations.</source>
        <translation>retention rule set heeft --period, --trigger en/of --relations nodig: wat er verandert.</translation>
    </message>
    <message>
        <source>Unknown trigger &apos;%1&apos; (triggers: %2).</source>
        <translation>Onbekende aanleiding ‘%1’ (aanleidingen: %2).</translation>
    </message>
    <message>
        <source>Unknown relation type &apos;%1&apos; (relation types: %2).</source>
        <translation>Onbekende relatiesoort ‘%1’ (relatiesoorten: %2).</translation>
    </message>
    <message>
        <source>There is no retention rule &apos;%1&apos;; see retention rule list.</source>
        <translation>Er is geen bewaarregel ‘%1’; zie retention rule list.</translation>
    </message>
    <message>
        <source>Rule %1 saved: %2.</source>
        <translation>Regel %1 opgeslagen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n retention term(s) moved</source>
        <translation>
            <numerusform>%n termijn verschoven</numerusform>
            <numerusform>%n termijnen verschoven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n aangemaakt</numerusform>
            <numerusform>%n aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n verwijderd</numerusform>
            <numerusform>%n verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed: %1. Proof: audit event %2, %3.</source>
        <translation>Vernietigd: %1. Bewijs: auditgebeurtenis %2, %3.</translation>
    </message>
    <message>
        <source>Name the data subject with --person KLANTNUMMER, a request with --case NUMBER or a data breach with --breach NUMBER.</source>
        <translation>Noem de betrokkene met --person KLANTNUMMER, een verzoek met --case NUMMER of een datalek met --breach NUMMER.</translation>
    </message>
    <message>
        <source>Give one of --case, --person or --breach, not more.</source>
        <translation>Geef één van --case, --person of --breach op, niet meer.</translation>
    </message>
    <message>
        <source>--period needs a number and a unit, such as 2y, 18m, 4w or 30d (0d: until the trigger itself), not &apos;%1&apos;.</source>
        <translation>--period heeft een getal en een eenheid nodig, zoals 2y, 18m, 4w of 30d (0d: tot de aanleiding zelf), niet ‘%1’.</translation>
    </message>
    <message>
        <source>retention rule add needs exactly one CODE, such as betaalgegevens-klant.</source>
        <extracomment>Dutch: &quot;retention rule add heeft precies één CODE nodig, zoals betaalgegevens-klant.&quot;</extracomment>
        <translation>retention rule add heeft precies één CODE nodig, zoals betaalgegevens-klant.</translation>
    </message>
    <message>
        <source>retention rule add needs --name TEXT, --trigger TRIGGER and --period N(d|w|m|y).</source>
        <extracomment>Dutch: &quot;retention rule add heeft --name TEKST, --trigger TRIGGER en --period N(d|w|m|y) nodig.&quot;</extracomment>
        <translation>retention rule add heeft --name TEKST, --trigger AANLEIDING en --period N(d|w|m|y) nodig.</translation>
    </message>
    <message>
        <source>Rule %1 added: %2.</source>
        <extracomment>Dutch: &quot;Regel %1 toegevoegd: %2.&quot;</extracomment>
        <translation>Regel %1 toegevoegd: %2.</translation>
    </message>
    <message>
        <source>retention rule remove needs exactly one rule CODE (see retention rule list).</source>
        <extracomment>Dutch: &quot;retention rule remove heeft precies één regelCODE nodig (zie retention rule list).&quot;</extracomment>
        <translation>retention rule remove heeft precies één regelCODE nodig (zie retention rule list).</translation>
    </message>
    <message>
        <source>Removing rule %1 (%2) cannot be undone; confirm with --yes.</source>
        <translation>Regel %1 (%2) verwijderen kan niet ongedaan worden gemaakt; bevestig met --yes.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) removed.</source>
        <extracomment>Dutch: &quot;Regel %1 (%2) verwijderd.&quot;</extracomment>
        <translation>Regel %1 (%2) verwijderd.</translation>
    </message>
</context>
<context>
    <name>pd::cli::SettingsCommands</name>
    <message>
        <source>settings show takes no arguments.</source>
        <translation>settings show heeft geen argumenten.</translation>
    </message>
    <message>
        <source>settings set needs a key and a value (settings show lists the keys).</source>
        <translation>settings set heeft een sleutel en een waarde nodig (settings show toont de sleutels).</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;. Known settings: %2.</source>
        <translation>Onbekende instelling ‘%1’. Bekende instellingen: %2.</translation>
    </message>
</context>
<context>
    <name>pd::cli::TodayCommand</name>
    <message>
        <source>Today, %1</source>
        <extracomment>Dutch: &quot;Vandaag, %1&quot;</extracomment>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>  Nothing urgent.</source>
        <extracomment>Dutch: &quot; Niets dringends.&quot;</extracomment>
        <translation>  Niets dringends.</translation>
    </message>
    <message numerus="yes">
        <source>  Data breach %1: %n hour(s) left to notify the AP</source>
        <extracomment>Dutch: &quot; Datalek %1: nog %n uur om te melden aan de AP&quot;</extracomment>
        <translation>
            <numerusform>  Datalek %1: nog %n uur om te melden aan de AP</numerusform>
            <numerusform>  Datalek %1: nog %n uur om te melden aan de AP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Data breach %1: notification to the AP %n hour(s) late</source>
        <translation>
            <numerusform>  Datalek %1: melding aan de AP %n uur te laat</numerusform>
            <numerusform>  Datalek %1: melding aan de AP %n uur te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>  Data breach %1: inform the people concerned (art. 34 GDPR)</source>
        <extracomment>Dutch: &quot; Datalek %1: betrokkenen nog informeren (art. 34 AVG)&quot;</extracomment>
        <translation>  Datalek %1: betrokkenen nog informeren (art. 34 AVG)</translation>
    </message>
    <message>
        <source>  Late (legal deadline): %1</source>
        <extracomment>Dutch: &quot; Te laat (wettelijke termijn): %1&quot;</extracomment>
        <translation>  Te laat (wettelijke termijn): %1</translation>
    </message>
    <message>
        <source>  Late (own deadline only): %1</source>
        <extracomment>Dutch: &quot; Te laat (alleen eigen termijn): %1&quot;</extracomment>
        <translation>  Te laat (alleen eigen termijn): %1</translation>
    </message>
    <message>
        <source>  Due today: %1</source>
        <extracomment>Dutch: &quot; Uiterste datum vandaag: %1&quot;</extracomment>
        <translation>  Uiterste datum vandaag: %1</translation>
    </message>
    <message>
        <source>  Due within 7 days: %1</source>
        <extracomment>Dutch: &quot; Uiterste datum binnen 7 dagen: %1&quot;</extracomment>
        <translation>  Uiterste datum binnen 7 dagen: %1</translation>
    </message>
    <message>
        <source>  Awaiting identification or a mandate: %1</source>
        <extracomment>Dutch: &quot; Wachten op identificatie of machtiging: %1&quot;</extracomment>
        <translation>  Wachten op identificatie of machtiging: %1</translation>
    </message>
    <message>
        <source>  To destroy (retention period passed): %1</source>
        <extracomment>Dutch: &quot; Te vernietigen (bewaartermijn voorbij): %1&quot;</extracomment>
        <translation>  Te vernietigen (bewaartermijn voorbij): %1</translation>
    </message>
    <message>
        <source>  Recipients still to be told (art. 19 GDPR), requests: %1</source>
        <extracomment>Dutch: &quot; Ontvangers nog informeren (art. 19 AVG), verzoeken: %1&quot;</extracomment>
        <translation>  Ontvangers nog informeren (art. 19 AVG), verzoeken: %1</translation>
    </message>
    <message>
        <source>  Covenants to review: %1</source>
        <extracomment>Dutch: &quot; Convenanten te herzien: %1&quot;</extracomment>
        <translation>  Convenanten te evalueren: %1</translation>
    </message>
</context>
<context>
    <name>pd::cli::UserCommands</name>
    <message>
        <source>Cannot read the new password file %1: %2.</source>
        <translation>Het bestand met het nieuwe wachtwoord %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>Give the new password with --new-password-file FILE or --new-password-stdin.</source>
        <translation>Deze opdracht heeft het nieuwe wachtwoord nodig: --new-password-file BESTAND of --new-password-stdin.</translation>
    </message>
    <message>
        <source>user add needs one NAME.</source>
        <translation>user add heeft één NAAM nodig.</translation>
    </message>
    <message>
        <source>user add needs --role beheerder, functionaris, kcc or auditor.</source>
        <translation>user add heeft --role beheerder, functionaris, kcc of auditor nodig.</translation>
    </message>
    <message>
        <source>User %1 added with the role %2.</source>
        <translation>Gebruiker %1 toegevoegd met de rol %2.</translation>
    </message>
    <message>
        <source>user remove needs one NAME.</source>
        <translation>user remove heeft één NAAM nodig.</translation>
    </message>
    <message>
        <source>Removing %1 re-encrypts the store and cannot be undone; confirm with --yes.</source>
        <translation>Het verwijderen van %1 versleutelt de kluis opnieuw en kan niet ongedaan worden gemaakt; bevestig met --yes.</translation>
    </message>
    <message>
        <source>User %1 removed; the store is re-encrypted with a new key.</source>
        <translation>Gebruiker %1 verwijderd; de kluis is opnieuw versleuteld met een nieuwe sleutel.</translation>
    </message>
    <message>
        <source>user passwd needs one NAME.</source>
        <translation>user passwd heeft één NAAM nodig.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Het wachtwoord van %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>New recovery key (the old one no longer opens the store). Print it and keep it locked away; it is shown only now:</source>
        <translation>Nieuwe herstelsleutel (de oude opent de kluis niet meer). Druk hem af en bewaar hem achter slot; hij wordt alleen nu getoond:</translation>
    </message>
    <message>
        <source>backup needs --to FOLDER.</source>
        <translation>backup heeft --to MAP nodig.</translation>
    </message>
    <message>
        <source>Backup made and verified in %1.</source>
        <translation>Back-up gemaakt en gecontroleerd in %1.</translation>
    </message>
    <message>
        <source>restore needs --from FOLDER.</source>
        <translation>restore heeft --from MAP nodig.</translation>
    </message>
    <message>
        <source>The store as it was is kept in %1.</source>
        <translation>De kluis zoals die was, is als back-up bewaard in %1.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Teruggezet vanuit %1.</translation>
    </message>
    <message>
        <source>store id %1</source>
        <translation>kluis-ID %1</translation>
    </message>
    <message>
        <source>%1, store id %2</source>
        <translation>%1, kluis-ID %2</translation>
    </message>
    <message>
        <source>The backup in %1 belongs to another store (%2) than the store in %3 (%4). Add --other-store to replace this store by it; nothing was changed.</source>
        <translation>De back-up in %1 hoort bij een andere kluis (%2) dan de kluis in %3 (%4). Voeg --other-store toe om deze kluis erdoor te vervangen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>--keep needs the number of backups to keep, 1 or more.</source>
        <translation>--keep heeft het aantal back-ups nodig dat bewaard blijft: 1 of meer.</translation>
    </message>
    <message>
        <source>Old backup removed: %1.</source>
        <translation>Oude back-up verwijderd: %1.</translation>
    </message>
    <message>
        <source>Not removed: %1 is named like a backup but is not recognisably a backup of this store.</source>
        <translation>Niet verwijderd: %1 heeft de naam van een back-up, maar is niet herkenbaar als back-up van deze kluis.</translation>
    </message>
    <message>
        <source>The old backups in %1 could not be listed; the new backup in %2 is kept.</source>
        <translation>De oude back-ups in %1 konden niet worden opgevraagd; de nieuwe back-up in %2 blijft bewaard.</translation>
    </message>
    <message>
        <source>The old backup %1 was removed, but this could not be recorded in the audit trail; the new backup in %2 is kept.</source>
        <translation>De oude back-up %1 is verwijderd, maar dat kon niet in de audittrail worden vastgelegd; de nieuwe back-up in %2 blijft bewaard.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed; the new backup in %2 is kept.</source>
        <translation>De oude back-up %1 kon niet worden verwijderd; de nieuwe back-up in %2 blijft bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n character(s).</source>
        <translation>
            <numerusform>Het nieuwe wachtwoord moet ten minste %n teken hebben.</numerusform>
            <numerusform>Het nieuwe wachtwoord moet ten minste %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>[audit-chain-broken] The audit trail does not verify (event %1): %2 Older backups were not removed.</source>
        <translation>[audit-chain-broken] De audittrail klopt niet (gebeurtenis %1): %2 Oudere back-ups zijn niet verwijderd.</translation>
    </message>
    <message>
        <source>--keep is for backups of a store folder; a server&apos;s backup files are kept as IT keeps them.</source>
        <translation>--keep is voor back-ups van een kluis in een map; de back-upbestanden van een server bewaart de afdeling ICT op haar eigen manier.</translation>
    </message>
    <message>
        <source>Backup made: %1.</source>
        <translation>Back-up gemaakt: %1.</translation>
    </message>
    <message>
        <source>Restored from %1 into %2.</source>
        <translation>Teruggezet vanuit %1 in %2.</translation>
    </message>
    <message>
        <source>Destroyed again, because it was destroyed after this backup was made: %1.</source>
        <extracomment>Dutch: &quot;Opnieuw vernietigd, omdat het na het maken van deze back-up was vernietigd: %1.&quot;</extracomment>
        <translation>Opnieuw vernietigd, omdat het na het maken van deze back-up was vernietigd: %1.</translation>
    </message>
    <message>
        <source>The store was restored, but destroying again what was destroyed after the backup failed: %1 The restored store may hold data that was destroyed; check its destruction log against the store as it was.</source>
        <extracomment>Dutch: &quot;De kluis is teruggezet, maar opnieuw vernietigen wat na de back-up was vernietigd, is mislukt: %1 De teruggezette kluis kan vernietigde gegevens bevatten; vergelijk haar vernietigingsregister met dat van de kluis zoals die was.&quot;</extracomment>
        <translation>De kluis is teruggezet, maar opnieuw vernietigen wat na de back-up was vernietigd, is mislukt: %1 De teruggezette kluis kan vernietigde gegevens bevatten; vergelijk haar vernietigingsregister met dat van de kluis zoals die was.</translation>
    </message>
    <message>
        <source>Warning: what was destroyed after this backup was made could not be checked: %1 Compare the destruction log of the store as it was with the restored one.</source>
        <extracomment>Dutch: &quot;Waarschuwing: wat na het maken van deze back-up is vernietigd, kon niet worden nagegaan: %1 Vergelijk het vernietigingsregister van de kluis zoals die was met dat van de teruggezette kluis.&quot;</extracomment>
        <translation>Waarschuwing: wat na het maken van deze back-up is vernietigd, kon niet worden nagegaan: %1 Vergelijk het vernietigingsregister van de kluis zoals die was met dat van de teruggezette kluis.</translation>
    </message>
    <message>
        <source>user rename needs one NAME and --display-name &quot;First Last&quot;.</source>
        <extracomment>Dutch: &quot;user rename heeft één NAAM en --display-name &quot;Voornaam Achternaam&quot; nodig.&quot;</extracomment>
        <translation>user rename heeft één NAAM en --display-name ‘Voornaam Achternaam’ nodig.</translation>
    </message>
    <message>
        <source>User %1 is now named %2; letters are signed with that name.</source>
        <extracomment>Dutch: &quot;Gebruiker %1 heet nu %2; brieven worden met die naam ondertekend.&quot;</extracomment>
        <translation>Gebruiker %1 heet nu %2; brieven worden met die naam ondertekend.</translation>
    </message>
</context>
<context>
    <name>pd::cli::YearReportCommand</name>
    <message>
        <source>report year needs one year, e.g. report year 2026.</source>
        <extracomment>Dutch: &quot;report year heeft één jaartal nodig, bijvoorbeeld: report year 2026.&quot;</extracomment>
        <translation>report year heeft één jaartal nodig, bijvoorbeeld: report year 2026.</translation>
    </message>
    <message>
        <source>Give --pdf and --csv a file each.</source>
        <extracomment>Dutch: &quot;Geef --pdf en --csv elk een eigen bestand.&quot;</extracomment>
        <translation>Geef --pdf en --csv elk een eigen bestand.</translation>
    </message>
    <message>
        <source>A PDF needs fonts, which this program did not load.</source>
        <translation>Voor een PDF zijn lettertypen nodig, maar die zijn niet geladen.</translation>
    </message>
</context>
<context>
    <name>pd::ui::AccessibleNames</name>
    <message>
        <source>More actions</source>
        <extracomment>Dutch: &quot;Meer acties&quot;</extracomment>
        <translation>Meer acties</translation>
    </message>
    <message>
        <source>More actions: what does not fit in the tool bar</source>
        <extracomment>Dutch: &quot;Meer acties: wat niet in de werkbalk past&quot;</extracomment>
        <translation>Meer acties: wat niet in de werkbalk past</translation>
    </message>
</context>
<context>
    <name>pd::ui::AddUserDialog</name>
    <message>
        <source>Fill in a user name.</source>
        <translation>Vul een gebruikersnaam in.</translation>
    </message>
    <message>
        <source>A user name has no spaces, e.g. j.devries.</source>
        <translation>Een gebruikersnaam heeft geen spaties, bijvoorbeeld j.devries.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>Er is al een gebruiker %1.</translation>
    </message>
    <message>
        <source>Add user – Privacydesk</source>
        <translation>Gebruiker toevoegen – Privacydesk</translation>
    </message>
    <message>
        <source>The new user gets a key slot of their own: with this password they open the store. Give the password in person, not by e-mail; they can change it themselves afterwards.</source>
        <translation>De nieuwe gebruiker krijgt een eigen sleutelplaats: met dit wachtwoord opent hij of zij de kluis. Geef het wachtwoord persoonlijk door, niet per e-mail; de gebruiker kan het daarna zelf wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>e.g. Jan de Vries</source>
        <translation>bijv. Jan de Vries</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>e.g. j.devries (no spaces)</source>
        <translation>bijv. j.devries (zonder spaties)</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>Making the key slot… this takes a few seconds.</source>
        <translation>De sleutelplaats wordt gemaakt… dit duurt enkele seconden.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
</context>
<context>
    <name>pd::ui::AnswerPasswordDialog</name>
    <message>
        <source>Password of the PDF</source>
        <extracomment>Dutch: &quot;Wachtwoord van de PDF&quot;</extracomment>
        <translation>Wachtwoord van de PDF</translation>
    </message>
    <message>
        <source>Give the data subject this password separately, %1. It is shown only now and kept nowhere: do not write it down with the file.</source>
        <extracomment>Dutch: &quot;Geef de betrokkene dit wachtwoord apart door, %1. Het wordt alleen nu getoond en nergens bewaard: noteer het niet bij het dossier.&quot;</extracomment>
        <translation>Geef de betrokkene dit wachtwoord apart door, %1. Het wordt alleen nu getoond en nergens bewaard: noteer het niet bij het dossier.</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Dutch: &quot;Wachtwoord&quot;</extracomment>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Dutch: &quot;&amp;Kopiëren&quot;</extracomment>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copied; the clipboard is cleared in 30 seconds.</source>
        <extracomment>Dutch: &quot;Gekopieerd; het klembord wordt over 30 seconden leeggemaakt.&quot;</extracomment>
        <translation>Gekopieerd; het klembord wordt over 30 seconden leeggemaakt.</translation>
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
    <message>
        <source>Restoring the backup… Privacydesk first makes a backup of the current data.</source>
        <translation>De back-up wordt teruggezet… Privacydesk maakt eerst een back-up van de huidige gegevens.</translation>
    </message>
    <message>
        <source>The backup has been restored, but the store could not be opened again. Unlock it with your password.</source>
        <translation>De back-up is teruggezet, maar de kluis kon niet opnieuw worden geopend. Ontgrendel de kluis met uw wachtwoord.</translation>
    </message>
    <message>
        <source>Privacydesk is not locked: a window does not close. Close it and lock again (Ctrl+L).</source>
        <extracomment>Dutch: &quot;Privacydesk is niet vergrendeld: een venster sluit niet. Sluit het en vergrendel opnieuw (Ctrl+L).&quot;</extracomment>
        <translation>Privacydesk is niet vergrendeld: een venster sluit niet. Sluit het en vergrendel opnieuw (Ctrl+L).</translation>
    </message>
    <message>
        <source>Privacydesk is not locked: the window ‘%1’ does not close. Close it and lock again (Ctrl+L).</source>
        <extracomment>Dutch: &quot;Privacydesk is niet vergrendeld: het venster ‘%1’ sluit niet. Sluit het en vergrendel opnieuw (Ctrl+L).&quot;</extracomment>
        <translation>Privacydesk is niet vergrendeld: het venster ‘%1’ sluit niet. Sluit het en vergrendel opnieuw (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>pd::ui::AttachmentReader</name>
    <message>
        <source>Is this a copy of an identity document?</source>
        <translation>Is dit een kopie van een identiteitsbewijs?</translation>
    </message>
    <message>
        <source>The name “%1” suggests a copy of an identity document (“%2”).</source>
        <translation>De naam ‘%1’ wijst op een kopie van een identiteitsbewijs (‘%2’).</translation>
    </message>
    <message>
        <source>The e-mail “%1” has a file “%2” attached, whose name suggests a copy of an identity document (“%3”).</source>
        <translation>Bij de e-mail ‘%1’ zit een bijlage ‘%2’ waarvan de naam wijst op een kopie van een identiteitsbewijs (‘%3’).</translation>
    </message>
    <message>
        <source>&amp;Yes, an identity document</source>
        <translation>&amp;Ja, een identiteitsbewijs</translation>
    </message>
    <message>
        <source>&amp;No, keep the file</source>
        <translation>&amp;Nee, bestand bewaren</translation>
    </message>
    <message>
        <source>Privacydesk never keeps a copy of an identity document: it is refused, and the identification is recorded as a fact (how and when identity was checked) instead.</source>
        <translation>Privacydesk bewaart nooit een kopie van een identiteitsbewijs: het bestand wordt geweigerd, en de identificatie wordt als feit vastgelegd (hoe en wanneer de identiteit is gecontroleerd).</translation>
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
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>%1 (Dutch time)</source>
        <translation>%1 (Nederlandse tijd)</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>The e-mail has only an HTML text: shown here without its markup, images or links.</source>
        <translation>De e-mail heeft alleen een HTML-tekst: hier getoond zonder opmaak, afbeeldingen of links.</translation>
    </message>
    <message>
        <source>Attached to the e-mail (kept as part of it; open the e-mail outside Privacydesk to see them):</source>
        <translation>Bijlagen bij de e-mail (bewaard als deel ervan; open de e-mail buiten Privacydesk om ze te zien):</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Privacydesk does not open this kind of file itself. Save a copy, or open it outside Privacydesk with the program your computer uses for it.</source>
        <translation>Privacydesk opent dit soort bestand niet zelf. Sla een kopie op, of open het buiten Privacydesk met het programma dat uw computer hiervoor gebruikt.</translation>
    </message>
    <message>
        <source>This e-mail could not be read as an e-mail. Save a copy to look at it with another program.</source>
        <translation>Deze e-mail kon niet als e-mail worden gelezen. Sla een kopie op om hem met een ander programma te bekijken.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Toegevoegd:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>SHA-256 of the file as received</source>
        <translation>SHA-256 van het bestand zoals ontvangen</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Open outside Privacydesk…</source>
        <translation>&amp;Openen buiten Privacydesk…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Kopie van %1 opslaan</translation>
    </message>
    <message>
        <source>Open outside Privacydesk?</source>
        <translation>Openen buiten Privacydesk?</translation>
    </message>
    <message>
        <source>“%1” will leave the encrypted store.</source>
        <translation>‘%1’ verlaat de versleutelde kluis.</translation>
    </message>
    <message>
        <source>Privacydesk first saves a copy where you choose (your private runtime folder is proposed) and then opens it with the program your computer uses for this kind of file. That copy is not encrypted, is not protected by your password and is not destroyed with the request: delete it when you are done.</source>
        <translation>Privacydesk slaat eerst een kopie op waar u kiest (uw eigen tijdelijke map wordt voorgesteld) en opent die met het programma dat uw computer voor dit soort bestand gebruikt. Die kopie is niet versleuteld, niet beschermd door uw wachtwoord en wordt niet met het verzoek vernietigd: verwijder hem als u klaar bent.</translation>
    </message>
    <message>
        <source>&amp;Save a copy and open it…</source>
        <translation>Kopie op&amp;slaan en openen…</translation>
    </message>
    <message>
        <source>Where to put the copy to open</source>
        <translation>Waar de kopie om te openen moet komen</translation>
    </message>
    <message>
        <source>No program on this computer opened the copy. It is at %1.</source>
        <translation>Geen programma op deze computer heeft de kopie geopend. Hij staat in %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3 by %4 · fingerprint (SHA-256) %5</source>
        <translation>%1 · %2 · toegevoegd %3 door %4 · vingerafdruk (SHA-256) %5</translation>
    </message>
</context>
<context>
    <name>pd::ui::BackupDialog</name>
    <message>
        <source>You are not an active user of this store; you cannot make a backup.</source>
        <translation>U bent geen actieve gebruiker van deze kluis; u kunt geen back-up maken.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow making backups.</source>
        <translation>Uw rol (%1) staat het maken van back-ups niet toe.</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>Kies een map voor de back-up.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is een bestand, geen map.</translation>
    </message>
    <message>
        <source>Choose a folder outside the store&apos;s folder: a backup beside the store is lost with it.</source>
        <translation>Kies een map buiten de map van de kluis: een back-up naast de kluis gaat samen met de kluis verloren.</translation>
    </message>
    <message>
        <source>the database, encrypted with the store&apos;s key (%1)</source>
        <translation>de database, versleuteld met de sleutel van de kluis (%1)</translation>
    </message>
    <message>
        <source>the users&apos; key slots and the recovery key slot; useless without a password or the recovery key</source>
        <translation>de sleutelplaatsen van de gebruikers en van de herstelsleutel; onbruikbaar zonder wachtwoord of herstelsleutel</translation>
    </message>
    <message>
        <source>Nothing is written unencrypted. Afterwards Privacydesk opens the copy and checks it.</source>
        <translation>Er wordt niets onversleuteld weggeschreven. Daarna opent Privacydesk de kopie en controleert die.</translation>
    </message>
    <message>
        <source>To restore it you need a password that was valid at the time of the backup, or the recovery key of that time.</source>
        <translation>Om de back-up terug te zetten heeft u een wachtwoord nodig dat gold toen de back-up werd gemaakt, of de herstelsleutel van dat moment.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>De back-up is niet gemaakt.</translation>
    </message>
    <message>
        <source>Make a backup – Privacydesk</source>
        <translation>Back-up maken – Privacydesk</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole store. Keep it on another disk than this computer&apos;s, e.g. a USB disk or a network share that is backed up itself.</source>
        <translation>Een back-up is een versleutelde kopie van de hele kluis. Bewaar hem op een andere schijf dan die van deze computer, bijvoorbeeld een USB-schijf of een netwerkmap waarvan zelf ook een back-up wordt gemaakt.</translation>
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
        <source>Writing and checking the backup… on a large store this takes a minute.</source>
        <translation>De back-up wordt geschreven en gecontroleerd… bij een grote kluis duurt dat een minuut.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>Back-&amp;up maken</translation>
    </message>
    <message>
        <source>Privacydesk makes a new folder with:</source>
        <translation>Privacydesk maakt een nieuwe map met:</translation>
    </message>
    <message>
        <source>In this folder Privacydesk makes a new folder %1 with:</source>
        <translation>Privacydesk maakt in deze map een nieuwe map %1 met:</translation>
    </message>
    <message numerus="yes">
        <source>Backup made and verified in %1. The whole audit trail was checked: %n event(s), complete and unaltered.</source>
        <translation>
            <numerusform>Back-up gemaakt en gecontroleerd in %1. De hele audittrail is gecontroleerd: %n gebeurtenis, volledig en ongewijzigd.</numerusform>
            <numerusform>Back-up gemaakt en gecontroleerd in %1. De hele audittrail is gecontroleerd: %n gebeurtenissen, volledig en ongewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup made in %1, but the audit trail does not verify. %2 Keep this backup and the previous ones, and have the store examined before you rely on its history.</source>
        <translation>Back-up gemaakt in %1, maar de controle van de audittrail slaagt niet. %2 Bewaar deze back-up en de vorige, en laat de kluis onderzoeken voordat u op de geschiedenis vertrouwt.</translation>
    </message>
</context>
<context>
    <name>pd::ui::BackupReminder</name>
    <message>
        <source>No backup of this store has been made yet.</source>
        <translation>Van deze kluis is nog geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>The last backup is from today.</source>
        <translation>De laatste back-up is van vandaag.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is from %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>De laatste back-up is van %1 (%n dag geleden).</numerusform>
            <numerusform>De laatste back-up is van %1 (%n dagen geleden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::BackupReminderBanner</name>
    <message>
        <source>A backup keeps the data when this computer or its disk fails.</source>
        <translation>Met een back-up blijven de gegevens bewaard als deze computer of de schijf het begeeft.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Hide this reminder until Privacydesk is opened again</source>
        <translation>Deze herinnering verbergen tot Privacydesk opnieuw wordt geopend</translation>
    </message>
    <message>
        <source>Make a &amp;backup now…</source>
        <translation>Nu een back-&amp;up maken…</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachApNotificationDialog</name>
    <message>
        <source>Notification to the AP — %1</source>
        <translation>Melding aan de AP — %1</translation>
    </message>
    <message>
        <source>The number the AP&apos;s form gave</source>
        <translation>Het nummer dat het formulier van de AP gaf</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Termijn:</translation>
    </message>
    <message>
        <source>%1 (72 hours after the discovery on %2)</source>
        <translation>%1 (72 uur na de ontdekking op %2)</translation>
    </message>
    <message>
        <source>&amp;Notified at:</source>
        <translation>Ge&amp;meld op:</translation>
    </message>
    <message>
        <source>AP &amp;reference (meldnummer):</source>
        <translation>&amp;Kenmerk van de AP (meldnummer):</translation>
    </message>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation>Redenen voor de ver&amp;traging:</translation>
    </message>
    <message numerus="yes">
        <source>Late: %n hour(s) after the deadline. Give the reasons for the delay (art. 33 lid 1 GDPR).</source>
        <translation>
            <numerusform>Te laat: %n uur na de termijn. Geef de redenen voor de vertraging (art. 33 lid 1 AVG).</numerusform>
            <numerusform>Te laat: %n uur na de termijn. Geef de redenen voor de vertraging (art. 33 lid 1 AVG).</numerusform>
        </translation>
    </message>
    <message>
        <source>Late: after the deadline. Give the reasons for the delay (art. 33 lid 1 GDPR).</source>
        <translation>Te laat: na de termijn. Geef de redenen voor de vertraging (art. 33 lid 1 AVG).</translation>
    </message>
    <message>
        <source>That moment does not exist in Dutch time (the hour skipped when summer time starts).</source>
        <translation>Dat moment bestaat niet in Nederlandse tijd (het uur dat overgeslagen wordt bij het ingaan van de zomertijd).</translation>
    </message>
    <message>
        <source>The notification cannot lie in the future.</source>
        <translation>De melding kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The notification cannot lie before the discovery.</source>
        <translation>De melding kan niet vóór de ontdekking liggen.</translation>
    </message>
    <message>
        <source>Enter the AP&apos;s reference (meldnummer).</source>
        <translation>Vul het kenmerk van de AP in (meldnummer).</translation>
    </message>
    <message>
        <source>The notification is late: give the reasons for the delay.</source>
        <translation>De melding is te laat: geef de redenen voor de vertraging.</translation>
    </message>
    <message>
        <source>AP reference</source>
        <translation>Kenmerk van de AP</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Redenen voor de vertraging</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachAssessDialog</name>
    <message>
        <source>Assess data breach %1</source>
        <translation>Datalek %1 beoordelen</translation>
    </message>
    <message>
        <source>&amp;No risk: not notified, kept in the register</source>
        <translation>Geen risico: niet melden, &amp;wel in het register</translation>
    </message>
    <message>
        <source>&amp;Risk: notify the AP</source>
        <translation>&amp;Risico: melden aan de AP</translation>
    </message>
    <message>
        <source>&amp;High risk: notify the AP and inform the people concerned</source>
        <translation>&amp;Hoog risico: melden aan de AP en de betrokkenen informeren</translation>
    </message>
    <message>
        <source>The AP&apos;s criteria that weigh in this breach</source>
        <translation>De criteria van de AP die bij dit datalek meewegen</translation>
    </message>
    <message>
        <source>Notify the AP (art. 33 GDPR)</source>
        <translation>Melden aan de AP (art. 33 AVG)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;ee</translation>
    </message>
    <message>
        <source>Why (notify the AP)</source>
        <translation>Waarom (melden aan de AP)</translation>
    </message>
    <message>
        <source>Why: required when it differs from what the risk gives</source>
        <translation>Waarom: verplicht als het afwijkt van wat het risico aangeeft</translation>
    </message>
    <message>
        <source>Inform the people concerned (art. 34 GDPR)</source>
        <translation>Betrokkenen informeren (art. 34 AVG)</translation>
    </message>
    <message>
        <source>Y&amp;es, inform them</source>
        <translation>J&amp;a, informeren</translation>
    </message>
    <message>
        <source>No, &amp;do not inform them</source>
        <translation>&amp;Nee, niet informeren</translation>
    </message>
    <message>
        <source>Why (inform the people concerned)</source>
        <translation>Waarom (betrokkenen informeren)</translation>
    </message>
    <message>
        <source>Risk for the people concerned</source>
        <translation>Risico voor de betrokkenen</translation>
    </message>
    <message>
        <source>Reasonin&amp;g:</source>
        <translation>&amp;Onderbouwing:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Write down the reasoning behind the risk.</source>
        <translation>Schrijf de onderbouwing van het risico op.</translation>
    </message>
    <message>
        <source>Give the reason for deciding otherwise about notifying the AP.</source>
        <translation>Geef de reden voor een andere beslissing over het melden aan de AP.</translation>
    </message>
    <message>
        <source>Give the reason for deciding otherwise about informing the people concerned.</source>
        <translation>Geef de reden voor een andere beslissing over het informeren van de betrokkenen.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Onderbouwing</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachDetailWidget</name>
    <message>
        <source>Data breach %1 could not be read: %2</source>
        <translation>Datalek %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Choose a data breach in the list to see it here.</source>
        <translation>Kies een datalek in de lijst om het hier te zien.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <source>Deadline for the AP</source>
        <translation>Termijn voor de AP</translation>
    </message>
    <message>
        <source>%1 (72 hours after the discovery)</source>
        <translation>%1 (72 uur na de ontdekking)</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Gebeurd</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Intern gemeld</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>door %1 op %2</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>about %1 (estimate)</source>
        <translation>ongeveer %1 (schatting)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Group of people</source>
        <translation>Groep mensen</translation>
    </message>
    <message>
        <source>%1, informed on %2</source>
        <translation>%1, geïnformeerd op %2</translation>
    </message>
    <message>
        <source>Linked persons</source>
        <translation>Gekoppelde personen</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>%1, told us on %2</source>
        <translation>%1, meldde het ons op %2</translation>
    </message>
    <message>
        <source>Measures before</source>
        <translation>Maatregelen vooraf</translation>
    </message>
    <message>
        <source>Measures taken since</source>
        <translation>Maatregelen sindsdien</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Waarschijnlijke gevolgen</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internationaal</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Not assessed yet. Decide within the 72 hours whether the AP must be notified.</source>
        <translation>Nog niet beoordeeld. Beslis binnen de 72 uur of het datalek aan de AP gemeld moet worden.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Criteria that weigh</source>
        <translation>Criteria die meewegen</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Notify the AP</source>
        <translation>Melden aan de AP</translation>
    </message>
    <message>
        <source>Inform the people concerned</source>
        <translation>Betrokkenen informeren</translation>
    </message>
    <message>
        <source>Notification to the AP</source>
        <translation>Melding aan de AP</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>%1 — late, after the deadline of %2</source>
        <translation>%1 — te laat, na de termijn van %2</translation>
    </message>
    <message>
        <source>AP reference</source>
        <translation>Kenmerk van de AP</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Redenen voor de vertraging</translation>
    </message>
    <message>
        <source>Notified by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Informing the people concerned</source>
        <translation>Betrokkenen informeren</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Openbare mededeling</translation>
    </message>
    <message>
        <source>on %1: %2</source>
        <translation>op %1: %2</translation>
    </message>
    <message>
        <source>Why a public notice</source>
        <translation>Waarom een openbare mededeling</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>Number informed</source>
        <translation>Aantal geïnformeerd</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Still to inform (high risk).</source>
        <translation>Nog te informeren (hoog risico).</translation>
    </message>
    <message>
        <source>Not informed.</source>
        <translation>Niet geïnformeerd.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed by %1 on %2</source>
        <translation>Afgesloten door %1 op %2</translation>
    </message>
    <message>
        <source>Open; it can be closed.</source>
        <translation>Open; het kan worden afgesloten.</translation>
    </message>
    <message>
        <source>Open. Before closing: %1</source>
        <translation>Open. Voor het sluiten: %1</translation>
    </message>
    <message>
        <source>Not yet to be closed</source>
        <translation>Nog niet te sluiten</translation>
    </message>
    <message>
        <source>Data breach %1 cannot be closed yet.</source>
        <translation>Datalek %1 kan nog niet worden afgesloten.</translation>
    </message>
    <message>
        <source>Close data breach</source>
        <translation>Datalek sluiten</translation>
    </message>
    <message>
        <source>Close data breach %1? It stays in the register.</source>
        <translation>Datalek %1 sluiten? Het blijft in het register.</translation>
    </message>
    <message>
        <source>&amp;Close it</source>
        <translation>Datalek &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>Open &amp;houden</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Niet afgesloten</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Niet heropend</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>Be&amp;oordelen…</translation>
    </message>
    <message>
        <source>Notify the A&amp;P…</source>
        <translation>Melden aan de &amp;AP…</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up…</source>
        <translation>Vervol&amp;gmelding…</translation>
    </message>
    <message>
        <source>&amp;Inform the people…</source>
        <translation>Betrokkenen &amp;informeren…</translation>
    </message>
    <message>
        <source>Clo&amp;se the breach</source>
        <translation>Datalek &amp;sluiten</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>He&amp;ropenen</translation>
    </message>
    <message>
        <source>Change the description of the breach</source>
        <translation>De beschrijving van het datalek wijzigen</translation>
    </message>
    <message>
        <source>The risk, the AP&apos;s criteria and the two decisions</source>
        <translation>Het risico, de criteria van de AP en de twee beslissingen</translation>
    </message>
    <message>
        <source>Record the notification made in the AP&apos;s form, with its meldnummer</source>
        <translation>De melding die via het formulier van de AP is gedaan vastleggen, met het meldnummer</translation>
    </message>
    <message>
        <source>Record a follow-up: supplement or withdraw the notification</source>
        <translation>Een vervolgmelding vastleggen: de melding aanvullen of intrekken</translation>
    </message>
    <message>
        <source>Record how the people concerned were informed (art. 34 GDPR)</source>
        <translation>Vastleggen hoe de betrokkenen zijn geïnformeerd (art. 34 AVG)</translation>
    </message>
    <message>
        <source>Notice of the data breach</source>
        <translation>Kennisgeving datalek</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>Aan wie:</translation>
    </message>
    <message>
        <source>P&amp;repare the AP notification…</source>
        <translation>AP-melding &amp;voorbereiden…</translation>
    </message>
    <message>
        <source>Lin&amp;k persons…</source>
        <translation>Betrokkenen &amp;koppelen…</translation>
    </message>
    <message>
        <source>Make the &amp;notice…</source>
        <translation>Kennisgeving &amp;maken…</translation>
    </message>
    <message>
        <source>Sen&amp;t on…</source>
        <translation>Verstuurd &amp;op…</translation>
    </message>
    <message>
        <source>The notification as the AP&apos;s form asks it: print it, save it as PDF or copy the text into the form</source>
        <translation>De melding zoals het formulier van de AP die vraagt: afdrukken, opslaan als PDF of de tekst in het formulier plakken</translation>
    </message>
    <message>
        <source>The persons concerned, where known</source>
        <translation>De betrokkenen, voor zover bekend</translation>
    </message>
    <message>
        <source>The letter &quot;kennisgeving datalek&quot; to a linked person (art. 34 GDPR)</source>
        <translation>De brief ‘kennisgeving datalek’ aan een gekoppelde betrokkene (art. 34 AVG)</translation>
    </message>
    <message>
        <source>Record the day a notice letter was sent: the person is then informed</source>
        <translation>Leg vast op welke dag een kennisgeving is verstuurd: de betrokkene is dan geïnformeerd</translation>
    </message>
    <message>
        <source>Destroyed on %1 by %2 under the retention rule for the data-breach register: the personal data, the linked persons, the letters and the free texts are gone. What stays is the register&apos;s skeleton: the number, the moments, the nature, the data categories, the numbers, the risk, the decisions and the AP&apos;s reference.</source>
        <translation>Vernietigd op %1 door %2 volgens de bewaarregel voor het datalekkenregister: de persoonsgegevens, de gekoppelde betrokkenen, de brieven en de vrije teksten zijn weg. Wat blijft, is het geraamte van het register: het nummer, de tijdstippen, de aard, de soorten persoonsgegevens, de aantallen, het risico, de beslissingen en het meldnummer van de AP.</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachDialog</name>
    <message>
        <source>Data breach %1</source>
        <translation>Datalek %1</translation>
    </message>
    <message>
        <source>Report a data breach</source>
        <translation>Datalek melden</translation>
    </message>
    <message>
        <source>e.g. &quot;Letter about rent arrears sent to the wrong address&quot;</source>
        <translation>bijv. ‘Brief over huurachterstand naar verkeerd adres’</translation>
    </message>
    <message>
        <source>It &amp;happened at:</source>
        <translation>Ge&amp;beurd op:</translation>
    </message>
    <message>
        <source>When the breach happened</source>
        <translation>Wanneer het datalek gebeurde</translation>
    </message>
    <message>
        <source>Personal data involved</source>
        <translation>Betrokken persoonsgegevens</translation>
    </message>
    <message>
        <source>Special or criminal data (art. 9 and 10 GDPR): weighs heavily in the risk</source>
        <translation>Bijzondere of strafrechtelijke gegevens (art. 9 en 10 AVG): wegen zwaar mee in het risico</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>&amp;Schatting</translation>
    </message>
    <message>
        <source>Es&amp;timate</source>
        <translation>Sc&amp;hatting</translation>
    </message>
    <message>
        <source>e.g. tenants of one complex, house-seekers</source>
        <translation>bijv. huurders van één complex, woningzoekenden</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>The processor told us &amp;at:</source>
        <translation>De verwerker meldde het ons &amp;aan op:</translation>
    </message>
    <message>
        <source>When the processor told us</source>
        <translation>Wanneer de verwerker het ons meldde</translation>
    </message>
    <message>
        <source>Empty: none</source>
        <translation>Leeg: geen</translation>
    </message>
    <message>
        <source>The recipients could not be read: %1</source>
        <translation>De ontvangers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Wat er gebeurde:</translation>
    </message>
    <message>
        <source>&amp;Discovered at:</source>
        <translation>Ont&amp;dekt op:</translation>
    </message>
    <message>
        <source>The 72 hours for notifying the AP start at the discovery.</source>
        <translation>De 72 uur voor de melding aan de AP beginnen bij de ontdekking.</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>&amp;Personal data:</source>
        <translation>&amp;Persoonsgegevens:</translation>
    </message>
    <message>
        <source>Number of pe&amp;rsons:</source>
        <translation>Aantal pe&amp;rsonen:</translation>
    </message>
    <message>
        <source>Number of re&amp;cords:</source>
        <translation>Aantal re&amp;cords:</translation>
    </message>
    <message>
        <source>&amp;Group of people:</source>
        <translation>Groep &amp;mensen:</translation>
    </message>
    <message>
        <source>Pr&amp;ocessor involved:</source>
        <translation>&amp;Verwerker betrokken:</translation>
    </message>
    <message>
        <source>&amp;Measures before:</source>
        <translation>Maatregelen voora&amp;f:</translation>
    </message>
    <message>
        <source>Measures ta&amp;ken since:</source>
        <translation>Maatregelen s&amp;indsdien:</translation>
    </message>
    <message>
        <source>Likely conse&amp;quences:</source>
        <translation>Waarschijnlijke gevolg&amp;en:</translation>
    </message>
    <message>
        <source>I&amp;nternational:</source>
        <translation>Internationaa&amp;l:</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Aantal personen</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Aantal gegevensrecords</translation>
    </message>
    <message>
        <source>Processor involved</source>
        <translation>Betrokken verwerker</translation>
    </message>
    <message>
        <source>That moment of discovery does not exist in Dutch time (the hour skipped when summer time starts).</source>
        <translation>Dat moment van ontdekking bestaat niet in Nederlandse tijd (het uur dat overgeslagen wordt bij het ingaan van de zomertijd).</translation>
    </message>
    <message>
        <source>That moment of the breach does not exist in Dutch time (the hour skipped when summer time starts).</source>
        <translation>Dat moment van het datalek bestaat niet in Nederlandse tijd (het uur dat overgeslagen wordt bij het ingaan van de zomertijd).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Group of people</source>
        <translation>Groep mensen</translation>
    </message>
    <message>
        <source>Measures before</source>
        <translation>Maatregelen vooraf</translation>
    </message>
    <message>
        <source>Measures taken since</source>
        <translation>Maatregelen sindsdien</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Waarschijnlijke gevolgen</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internationaal</translation>
    </message>
    <message>
        <source>For the letter to the people: what happened, in plain words</source>
        <extracomment>Dutch: &quot;Voor de brief aan de betrokkenen: wat er is gebeurd, in eenvoudige taal&quot;</extracomment>
        <translation>Voor de brief aan de betrokkenen: wat er is gebeurd, in eenvoudige taal</translation>
    </message>
    <message>
        <source>For the letter to the people: what it can mean for them</source>
        <extracomment>Dutch: &quot;Voor de brief aan de betrokkenen: wat het voor hen kan betekenen&quot;</extracomment>
        <translation>Voor de brief aan de betrokkenen: wat het voor hen kan betekenen</translation>
    </message>
    <message>
        <source>Take this moment as the disco&amp;very</source>
        <extracomment>Dutch: &quot;Neem dit moment als &amp;ontdekking&quot;</extracomment>
        <translation>Neem dit moment als &amp;ontdekking</translation>
    </message>
    <message>
        <source>&amp;Letter: what happened:</source>
        <extracomment>Dutch: &quot;Brief: wat er gebe&amp;urde:&quot;</extracomment>
        <translation>Brief: wat er gebe&amp;urde:</translation>
    </message>
    <message>
        <source>Letter: conseq&amp;uences for them:</source>
        <extracomment>Dutch: &quot;Brief: gevolgen voor he&amp;n:&quot;</extracomment>
        <translation>Brief: gevolgen voor he&amp;n:</translation>
    </message>
    <message>
        <source>Letter: what happened</source>
        <translation>Brief: wat er gebeurde</translation>
    </message>
    <message>
        <source>Letter: consequences for them</source>
        <translation>Brief: gevolgen voor hen</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachDispatchDialog</name>
    <message>
        <source>Notice sent</source>
        <translation>Kennisgeving verstuurd</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per post</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Verstuurd op:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, gemaakt op %2</translation>
    </message>
    <message>
        <source>Every notice made has been recorded as sent. Make the notice first.</source>
        <translation>Elke gemaakte kennisgeving is al als verstuurd vastgelegd. Maak eerst de kennisgeving.</translation>
    </message>
    <message>
        <source>The date cannot lie in the future.</source>
        <translation>De datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Say how the notice was sent.</source>
        <translation>Geef aan hoe de kennisgeving is verstuurd.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachFollowUpDialog</name>
    <message>
        <source>Follow-up notification — %1</source>
        <translation>Vervolgmelding — %1</translation>
    </message>
    <message>
        <source>&amp;Supplement or correct the notification</source>
        <translation>&amp;Aanvullen of corrigeren van de melding</translation>
    </message>
    <message>
        <source>&amp;Withdraw the notification</source>
        <translation>&amp;Intrekken van de melding</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Op:</translation>
    </message>
    <message>
        <source>AP &amp;reference (meldnummer):</source>
        <translation>&amp;Kenmerk van de AP (meldnummer):</translation>
    </message>
    <message>
        <source>&amp;Text (what was added, or why withdrawn):</source>
        <translation>&amp;Tekst (wat is aangevuld, of waarom ingetrokken):</translation>
    </message>
    <message>
        <source>That moment does not exist in Dutch time (the hour skipped when summer time starts).</source>
        <translation>Dat moment bestaat niet in Nederlandse tijd (het uur dat overgeslagen wordt bij het ingaan van de zomertijd).</translation>
    </message>
    <message>
        <source>The follow-up cannot lie in the future.</source>
        <translation>De vervolgmelding kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Enter the AP&apos;s reference (meldnummer).</source>
        <translation>Vul het kenmerk van de AP in (meldnummer).</translation>
    </message>
    <message>
        <source>Say what was added, or why the notification is withdrawn.</source>
        <translation>Schrijf op wat is aangevuld, of waarom de melding wordt ingetrokken.</translation>
    </message>
    <message>
        <source>AP reference</source>
        <translation>Kenmerk van de AP</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachFormDialog</name>
    <message>
        <source>Dutch time (Europe/Amsterdam)</source>
        <translation>Nederlandse tijd (Europe/Amsterdam)</translation>
    </message>
    <message>
        <source>This number is not a &amp;BSN (logged)</source>
        <translation>Dit nummer is &amp;geen BSN (wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Remove the citizen service number, or confirm that it is not one.</source>
        <translation>Verwijder het burgerservicenummer, of bevestig dat het er geen is.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Wat u typte weggooien?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation>Wat u hier typte is niet opgeslagen. Weggooien?</translation>
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
    <name>pd::ui::BreachLetterDialog</name>
    <message>
        <source>Notice of the data breach %1</source>
        <translation>Kennisgeving datalek %1</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>De brief</translation>
    </message>
    <message>
        <source>The &amp;numbers in the letter are not a BSN</source>
        <translation>De &amp;nummers in de brief zijn geen BSN</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>%1 recorded (SHA-256 %2…). Record the day it is sent with &quot;Sent on…&quot;.</source>
        <translation>%1 vastgelegd (SHA-256 %2…). Leg de verzenddatum vast met ‘Verstuurd op…’.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Brief opslaan als PDF</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachListModel</name>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>notified late on %1</source>
        <translation>te laat gemeld op %1</translation>
    </message>
    <message>
        <source>notified on %1</source>
        <translation>gemeld op %1</translation>
    </message>
    <message numerus="yes">
        <source>late: deadline passed %n hour(s) ago</source>
        <translation>
            <numerusform>te laat: termijn %n uur geleden verstreken</numerusform>
            <numerusform>te laat: termijn %n uur geleden verstreken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>nog %n uur</numerusform>
            <numerusform>nog %n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>no notification needed</source>
        <translation>geen melding nodig</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>niet gemeld</translation>
    </message>
    <message>
        <source>Deadline for the AP: %1 (72 hours after the discovery)</source>
        <translation>Termijn voor de AP: %1 (72 uur na de ontdekking)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <source>AP deadline (72 hours)</source>
        <translation>Termijn AP (72 uur)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Het register kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>(destroyed on %1)</source>
        <translation>(vernietigd op %1)</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Vernietigd</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachNotificationDialog</name>
    <message>
        <source>The AP notification</source>
        <translation>De AP-melding</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Copy te&amp;xt</source>
        <translation>Te&amp;kst kopiëren</translation>
    </message>
    <message>
        <source>Copy the text to paste it into the AP&apos;s notification form</source>
        <translation>Kopieer de tekst om die in het meldformulier van de AP te plakken</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>The text is on the clipboard: paste it into the AP&apos;s form.</source>
        <translation>De tekst staat op het klembord: plak die in het formulier van de AP.</translation>
    </message>
    <message>
        <source>Save the AP notification as PDF</source>
        <translation>AP-melding opslaan als PDF</translation>
    </message>
    <message>
        <source>ap-notification-%1.pdf</source>
        <translation>ap-melding-%1.pdf</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachPersonsDialog</name>
    <message>
        <source>Persons concerned by %1</source>
        <translation>Betrokkenen bij %1</translation>
    </message>
    <message>
        <source>Add to the &amp;breach</source>
        <translation>Toe&amp;voegen aan het datalek</translation>
    </message>
    <message>
        <source>Unl&amp;ink</source>
        <translation>Ont&amp;koppelen</translation>
    </message>
    <message>
        <source>Linked persons</source>
        <translation>Gekoppelde betrokkenen</translation>
    </message>
    <message>
        <source>Lin&amp;ked persons:</source>
        <translation>Gek&amp;oppelde betrokkenen:</translation>
    </message>
    <message>
        <source>Choose a person in the search results first. A person must be known in Privacydesk to be linked.</source>
        <translation>Kies eerst een persoon in de zoekresultaten. Alleen een persoon die in Privacydesk bekend is, kan worden gekoppeld.</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachSubjectsDialog</name>
    <message>
        <source>Informing the people concerned — %1</source>
        <translation>Betrokkenen informeren — %1</translation>
    </message>
    <message>
        <source>&amp;Each person concerned was informed</source>
        <translation>&amp;Iedere betrokkene is geïnformeerd</translation>
    </message>
    <message>
        <source>A &amp;public notice: informing each person would take disproportionate effort</source>
        <translation>Een &amp;openbare mededeling: iedereen apart informeren kost onevenredig veel moeite</translation>
    </message>
    <message>
        <source>e.g. a letter to every tenant of the complex, an e-mail</source>
        <translation>bijv. een brief aan iedere huurder van het complex, een e-mail</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>O&amp;p:</translation>
    </message>
    <message>
        <source>By what &amp;means:</source>
        <translation>&amp;Wijze:</translation>
    </message>
    <message>
        <source>&amp;Number informed:</source>
        <translation>&amp;Aantal geïnformeerd:</translation>
    </message>
    <message>
        <source>&amp;Reason for the public notice:</source>
        <translation>&amp;Reden voor de openbare mededeling:</translation>
    </message>
    <message>
        <source>The date cannot lie in the future.</source>
        <translation>De datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Say by what means the people were informed.</source>
        <translation>Schrijf op op welke wijze de betrokkenen zijn geïnformeerd.</translation>
    </message>
    <message>
        <source>Give the reason for a public notice instead of informing each person.</source>
        <translation>Geef de reden voor een openbare mededeling in plaats van iedereen apart te informeren.</translation>
    </message>
    <message>
        <source>By what means</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <source>Reason for the public notice</source>
        <translation>Reden voor de openbare mededeling</translation>
    </message>
</context>
<context>
    <name>pd::ui::BreachesPage</name>
    <message>
        <source>The register could not be read</source>
        <translation>Het register kon niet worden gelezen</translation>
    </message>
    <message numerus="yes">
        <source>%n data breach(es)</source>
        <translation>
            <numerusform>%n datalek</numerusform>
            <numerusform>%n datalekken</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not reported a data breach</source>
        <translation>U heeft geen datalek gemeld</translation>
    </message>
    <message>
        <source>A letter to the wrong address, a lost phone, an e-mail to the wrong person: report it at once with &quot;Report a data breach&quot;. The privacy officer takes it from there.</source>
        <translation>Een brief naar het verkeerde adres, een verloren telefoon, een e-mail aan de verkeerde persoon: meld het meteen met ‘Datalek melden’. De functionaris gegevensbescherming neemt het daarna over.</translation>
    </message>
    <message>
        <source>No open data breaches</source>
        <translation>Geen open datalekken</translation>
    </message>
    <message>
        <source>Every breach is documented here, also when it is not notified. Choose &quot;All&quot; to see the closed ones.</source>
        <translation>Elk datalek wordt hier vastgelegd, ook als het niet gemeld wordt. Kies ‘Alle datalekken’ om ook de afgesloten datalekken te zien.</translation>
    </message>
    <message>
        <source>No data breaches registered yet</source>
        <translation>Nog geen datalekken vastgelegd</translation>
    </message>
    <message>
        <source>Every breach is documented here (art. 33 lid 5 GDPR), also when it is not notified to the AP.</source>
        <translation>Elk datalek wordt hier vastgelegd (art. 33 lid 5 AVG), ook als het niet aan de AP gemeld wordt.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <source>Open breaches</source>
        <translation>Open datalekken</translation>
    </message>
    <message>
        <source>All breaches</source>
        <translation>Alle datalekken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Report a &amp;data breach…</source>
        <translation>Datalek &amp;melden…</translation>
    </message>
    <message>
        <source>Register a data breach at once: the 72 hours run from the discovery</source>
        <translation>Leg een datalek meteen vast: de 72 uur lopen vanaf de ontdekking</translation>
    </message>
    <message>
        <source>You see the data breaches you reported yourself.</source>
        <translation>U ziet de datalekken die u zelf heeft gemeld.</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <extracomment>Dutch: &quot;Datalekken&quot;</extracomment>
        <translation>Datalekken</translation>
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
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
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
    <message>
        <source>answered on %1, on time</source>
        <translation>beantwoord op %1, op tijd</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
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
        <translation>betrokkene te laat over de verlenging geïnformeerd</translation>
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
        <translation>Antwoord verstuurd:</translation>
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
        <translation>Wettelijke termijn, verlengd:</translation>
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
    <message>
        <source>Write a &amp;letter…</source>
        <translation>B&amp;rief schrijven…</translation>
    </message>
    <message>
        <source>AP complaint &amp;dossier…</source>
        <translation>Klacht&amp;dossier AP…</translation>
    </message>
    <message>
        <source>Inzage report and e&amp;xport…</source>
        <translation>Inzageoverzicht en ex&amp;port…</translation>
    </message>
    <message>
        <source>You see only the details of the phone call.</source>
        <translation>U ziet alleen de gegevens van het telefoongesprek.</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Geregistreerd op:</translation>
    </message>
    <message>
        <source>Mandate:</source>
        <translation>Machtiging:</translation>
    </message>
    <message>
        <source>answered on %1, %2</source>
        <translation>beantwoord op %1, %2</translation>
    </message>
    <message>
        <source>Objection:</source>
        <translation>Bezwaar:</translation>
    </message>
    <message>
        <source>against direct marketing (absolute, art. 21(3) GDPR)</source>
        <translation>tegen direct marketing (absoluut, art. 21 lid 3 AVG)</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <source>Without identification:</source>
        <translation>Zonder identificatie:</translation>
    </message>
    <message>
        <source>Decided without it:</source>
        <translation>Beslist zonder identificatie:</translation>
    </message>
    <message>
        <source>Change the &amp;source…</source>
        <translation>&amp;Herkomst wijzigen…</translation>
    </message>
    <message>
        <source>the data subject</source>
        <translation>de betrokkene</translation>
    </message>
    <message>
        <source>Source of the data:</source>
        <translation>Herkomst van de gegevens:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Motivering: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The request could not be read</source>
        <translation>Het verzoek kon niet worden gelezen</translation>
    </message>
    <message>
        <source>Change the relation and &amp;end date…</source>
        <translation>Relatie en &amp;einddatum wijzigen…</translation>
    </message>
    <message>
        <source>%1, ended on %2</source>
        <translation>%1, beëindigd op %2</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relatie:</translation>
    </message>
    <message>
        <source>Add no&amp;te…</source>
        <translation>No&amp;titie toevoegen…</translation>
    </message>
    <message>
        <source>paused until the mandate is received</source>
        <extracomment>Dutch: &quot;gepauzeerd tot de machtiging binnen is&quot;</extracomment>
        <translation>gepauzeerd tot de machtiging binnen is</translation>
    </message>
    <message>
        <source>Representative&apos;s address:</source>
        <extracomment>Dutch: &quot;Adres gemachtigde:&quot;</extracomment>
        <translation>Adres gemachtigde:</translation>
    </message>
    <message>
        <source>Mandate pause:</source>
        <extracomment>Dutch: &quot;Pauze voor de machtiging:&quot;</extracomment>
        <translation>Pauze voor de machtiging:</translation>
    </message>
    <message>
        <source>&amp;Mandate requested…</source>
        <extracomment>Dutch: &quot;&amp;Machtiging gevraagd…&quot;</extracomment>
        <translation>&amp;Machtiging gevraagd…</translation>
    </message>
    <message>
        <source>Mandate recei&amp;ved…</source>
        <extracomment>Dutch: &quot;Machti&amp;ging ontvangen…&quot;</extracomment>
        <translation>Machti&amp;ging ontvangen…</translation>
    </message>
    <message>
        <source>Receiving controller:</source>
        <extracomment>Dutch: &quot;Ontvangende organisatie:&quot;</extracomment>
        <translation>Ontvangende organisatie:</translation>
    </message>
    <message>
        <source>Data changed:</source>
        <extracomment>Dutch: &quot;Gewijzigde gegevens:&quot;</extracomment>
        <translation>Gewijzigde gegevens:</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <extracomment>Dutch: &quot;%1: gestopt&quot;</extracomment>
        <translation>%1: gestopt</translation>
    </message>
    <message>
        <source>%1: goes on</source>
        <translation>%1: gaat door</translation>
    </message>
    <message>
        <source>Objection about:</source>
        <extracomment>Dutch: &quot;Bezwaar over:&quot;</extracomment>
        <translation>Bezwaar over:</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseDisclosuresWidget</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>New &amp;disclosure…</source>
        <translation>Nieuwe verstre&amp;kking…</translation>
    </message>
    <message>
        <source>Register a disclosure of this person&apos;s data</source>
        <translation>Registreer een verstrekking van de gegevens van deze persoon</translation>
    </message>
    <message>
        <source>Art. 19 GDPR: recipients to be told</source>
        <translation>Art. 19 AVG: te informeren ontvangers</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>Last disclosure</source>
        <translation>Laatste verstrekking</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>Informed on %1</source>
        <translation>Geïnformeerd op %1</translation>
    </message>
    <message>
        <source>Not informed: %1</source>
        <translation>Niet geïnformeerd: %1</translation>
    </message>
    <message>
        <source>No disclosures of this person&apos;s data are registered.</source>
        <translation>Er zijn geen verstrekkingen van de gegevens van deze persoon geregistreerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) of this person&apos;s data.</source>
        <translation>
            <numerusform>%n verstrekking van de gegevens van deze persoon.</numerusform>
            <numerusform>%n verstrekkingen van de gegevens van deze persoon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Told on %1</source>
        <translation>Geïnformeerd op %1</translation>
    </message>
    <message>
        <source>Not yet told</source>
        <translation>Nog niet geïnformeerd</translation>
    </message>
    <message>
        <source>No recipient received this person&apos;s data before the request was answered: nobody needs to be told.</source>
        <translation>Geen enkele ontvanger kreeg gegevens van deze persoon voordat het verzoek werd beantwoord: niemand hoeft te worden geïnformeerd.</translation>
    </message>
    <message>
        <source>Every recipient has been told.</source>
        <translation>Alle ontvangers zijn geïnformeerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) still to be told of the change.</source>
        <translation>
            <numerusform>Nog %n ontvanger te informeren over de wijziging.</numerusform>
            <numerusform>Nog %n ontvangers te informeren over de wijziging.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The request could not be read: %1</source>
        <translation>Het verzoek kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Why telling this recipient is impossible or disproportionate</source>
        <translation>Waarom het informeren van deze ontvanger onmogelijk of onevenredig is</translation>
    </message>
    <message>
        <source>Not &amp;possible or disproportionate</source>
        <translation>Onmogelijk of onevenredi&amp;g</translation>
    </message>
    <message>
        <source>Art. 19 GDPR: record, with the reason, that telling the selected recipient proved impossible or would take disproportionate effort</source>
        <translation>Art. 19 AVG: leg met de reden vast dat het informeren van de gekozen ontvanger onmogelijk bleek of onevenredig veel inspanning zou vergen</translation>
    </message>
    <message>
        <source>Not told: impossible or disproportionate</source>
        <translation>Niet geïnformeerd: onmogelijk of onevenredig</translation>
    </message>
    <message>
        <source>Not told: impossible or disproportionate — %1</source>
        <translation>Niet geïnformeerd: onmogelijk of onevenredig — %1</translation>
    </message>
    <message>
        <source>Done: telling the recipients proved impossible or disproportionate; the reasons are recorded.</source>
        <translation>Afgerond: het informeren van de ontvangers bleek onmogelijk of onevenredig; de redenen zijn vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>Done: every recipient has been told, except %n for which that proved impossible or disproportionate.</source>
        <translation>
            <numerusform>Afgerond: alle ontvangers zijn geïnformeerd, behalve %n bij wie dat onmogelijk bleek of onevenredig veel inspanning zou vergen.</numerusform>
            <numerusform>Afgerond: alle ontvangers zijn geïnformeerd, behalve %n bij wie dat onmogelijk bleek of onevenredig veel inspanning zou vergen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the recipient in the list first.</source>
        <translation>Kies eerst de ontvanger in de lijst.</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>Whether the data subject was informed of the disclosure</source>
        <translation>Of de betrokkene over de verstrekking is geïnformeerd</translation>
    </message>
    <message>
        <source>Mar&amp;k as told on</source>
        <translation>M&amp;arkeer als geïnformeerd op</translation>
    </message>
    <message>
        <source>None of these recipients received the data that changed: nobody needs to be told.</source>
        <extracomment>Dutch: &quot;Geen van deze ontvangers kreeg de gegevens die zijn gewijzigd: niemand hoeft de wijziging te horen.&quot;</extracomment>
        <translation>Geen van deze ontvangers kreeg de gewijzigde gegevens: niemand hoeft te worden geïnformeerd.</translation>
    </message>
    <message numerus="yes">
        <source>Every recipient of the data that changed has been told; %n never received them.</source>
        <extracomment>Dutch: &quot;Elke ontvanger van de gewijzigde gegevens heeft de wijziging gehoord; %n kreeg(en) die gegevens nooit.&quot;</extracomment>
        <translation>
            <numerusform>Elke ontvanger van de gewijzigde gegevens is geïnformeerd; %n ontvanger kreeg ze nooit.</numerusform>
            <numerusform>Elke ontvanger van de gewijzigde gegevens is geïnformeerd; %n ontvangers kregen ze nooit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosures of this person</source>
        <extracomment>Dutch: &quot;Verstrekkingen van deze persoon&quot;</extracomment>
        <translation>Verstrekkingen van deze persoon</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseDocumentsWidget</name>
    <message>
        <source>text destroyed (retention)</source>
        <translation>tekst vernietigd (bewaartermijn)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>No letter has been recorded for this request yet. Write the acknowledgement of receipt with “Write a letter…”.</source>
        <translation>Voor dit verzoek is nog geen brief vastgelegd. Schrijf de ontvangstbevestiging met ‘Brief schrijven…’.</translation>
    </message>
    <message>
        <source>No letter has been recorded for this request yet.</source>
        <translation>Voor dit verzoek is nog geen brief vastgelegd.</translation>
    </message>
    <message>
        <source>The files of this request could not be read: %1</source>
        <translation>De bestanden van dit verzoek konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>destroyed on %1</source>
        <translation>vernietigd op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept with the request.</source>
        <translation>
            <numerusform>%n bestand bij het verzoek bewaard.</numerusform>
            <numerusform>%n bestanden bij het verzoek bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a file to %1</source>
        <translation>Bestand toevoegen aan %1</translation>
    </message>
    <message>
        <source>E-mails, PDF files and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>E-mails, PDF-bestanden en scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This file was destroyed under the retention rules; only its fingerprint and size are kept as proof.</source>
        <translation>Dit bestand is volgens de bewaarregels vernietigd; alleen de vingerafdruk en de grootte zijn als bewijs bewaard.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>The request as it arrived, a mandate, later correspondence: kept inside the encrypted store. Enter or a double-click opens one read-only; drop a file here to add it.</source>
        <translation>Het verzoek zoals het binnenkwam, een machtiging, latere correspondentie: bewaard in de versleutelde kluis. Enter of dubbelklikken opent een bestand alleen-lezen; sleep een bestand hierheen om het toe te voegen.</translation>
    </message>
    <message>
        <source>The request as it arrived, a mandate, later correspondence: kept inside the encrypted store. Enter or a double-click opens one read-only.</source>
        <translation>Het verzoek zoals het binnenkwam, een machtiging, latere correspondentie: bewaard in de versleutelde kluis. Enter of dubbelklikken opent een bestand alleen-lezen.</translation>
    </message>
    <message>
        <source>as:</source>
        <translation>als:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>No file has been kept with this request. Drop the e-mail, the letter&apos;s scan or a mandate here, or use “Add file…”.</source>
        <translation>Er is nog geen bestand bij dit verzoek bewaard. Sleep de e-mail, de scan van de brief of een machtiging hierheen, of gebruik ‘Bestand toevoegen…’.</translation>
    </message>
    <message>
        <source>No file has been kept with this request.</source>
        <translation>Er is nog geen bestand bij dit verzoek bewaard.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Added on %1 by %2</source>
        <translation>Toegevoegd op %1 door %2</translation>
    </message>
    <message>
        <source>only made</source>
        <translation>alleen gemaakt</translation>
    </message>
    <message>
        <source>Record dispatch — Privacydesk</source>
        <translation>Verzending vastleggen — Privacydesk</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Verstuurd op:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Wijze:</translation>
    </message>
    <message>
        <source>A letter made is not yet a letter sent: record the day it went out and how. The complaint dossier shows both.</source>
        <translation>Een gemaakte brief is nog geen verstuurde brief: leg vast op welke dag en hoe hij is verstuurd. Het klachtdossier toont beide.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Record the day the chosen letter was sent, and how</source>
        <translation>Leg vast op welke dag en hoe de gekozen brief is verstuurd</translation>
    </message>
    <message>
        <source>Letters made for this request, as recorded: the fingerprint (SHA-256) is also in the audit trail, so the AP complaint dossier can show that the text was not changed afterwards. “Record dispatch…” says when and how a letter went out.</source>
        <translation>De brieven die voor dit verzoek zijn gemaakt, zoals vastgelegd: de vingerafdruk (SHA-256) staat ook in de audittrail, zodat het klachtdossier AP kan aantonen dat de tekst achteraf niet is gewijzigd. Met ‘Verzending vastleggen…’ legt u vast wanneer en hoe een brief is verstuurd.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>Bestand &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Record d&amp;ispatch…</source>
        <translation>Verzending vastle&amp;ggen…</translation>
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
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>legal deadline %1</source>
        <translation>wettelijke termijn %1</translation>
    </message>
    <message>
        <source>own deadline %1</source>
        <translation>eigen termijn %1</translation>
    </message>
    <message>
        <source>paused, awaiting identification</source>
        <translation>opgeschort, wacht op identificatie</translation>
    </message>
    <message>
        <source>Answered on %1: %2 (%3).</source>
        <translation>Beantwoord op %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The deadline stands still until the identification is received; it is %1 at the earliest.</source>
        <translation>De termijn staat stil tot de identificatie binnen is; de uiterste datum is op zijn vroegst %1.</translation>
    </message>
    <message>
        <source>Deadline %1: %2 (%3).</source>
        <translation>Uiterste datum %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <extracomment>Dutch: &quot;%1 (beperkt)&quot;: the person&apos;s processing is restricted (art. 18 AVG)</extracomment>
        <translation>%1 (beperkt)</translation>
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
        <source>Open requests whose deadline has passed</source>
        <translation>Open verzoeken waarvan de uiterste datum is verstreken</translation>
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
        <translation>&amp;Filters wissen</translation>
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
        <translation>Alle verzoeken in deze kluis zijn afgesloten. Kies ‘Alle statussen’ om ze te zien.</translation>
    </message>
    <message numerus="yes">
        <source>The requests you logged in the last %n day(s) will appear here. Log a request from a phone call with Ctrl+N.</source>
        <translation>
            <numerusform>Hier verschijnen de verzoeken die u de afgelopen %n dag heeft vastgelegd. Leg een verzoek uit een telefoongesprek vast met Ctrl+N.</numerusform>
            <numerusform>Hier verschijnen de verzoeken die u de afgelopen %n dagen heeft vastgelegd. Leg een verzoek uit een telefoongesprek vast met Ctrl+N.</numerusform>
        </translation>
    </message>
    <message>
        <source>The GDPR requests of data subjects will appear here, each with its deadline.</source>
        <translation>Hier verschijnen de AVG-verzoeken van betrokkenen, elk met de uiterste datum.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The requests could not be read</source>
        <translation>De verzoeken konden niet worden gelezen</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>De lijst kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Overd&amp;ue</source>
        <translation>Te &amp;laat</translation>
    </message>
    <message>
        <source>Due within &amp;7 days</source>
        <extracomment>Dutch: &quot;Binnen &amp;7 dagen&quot;</extracomment>
        <translation>Binnen &amp;7 dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n completed request(s) found – show</source>
        <extracomment>Dutch: &quot;%n afgerond verzoek gevonden – tonen&quot; / &quot;%n afgeronde verzoeken gevonden – tonen&quot;</extracomment>
        <translation>
            <numerusform>%n afgerond verzoek gevonden – tonen</numerusform>
            <numerusform>%n afgeronde verzoeken gevonden – tonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn request(s) found – show</source>
        <extracomment>Dutch: &quot;%n ingetrokken verzoek gevonden – tonen&quot; / &quot;%n ingetrokken verzoeken gevonden – tonen&quot;</extracomment>
        <translation>
            <numerusform>%n ingetrokken verzoek gevonden – tonen</numerusform>
            <numerusform>%n ingetrokken verzoeken gevonden – tonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed or withdrawn request(s) found – show</source>
        <extracomment>Dutch: &quot;%n afgerond of ingetrokken verzoek gevonden – tonen&quot; / &quot;%n afgeronde of ingetrokken verzoeken gevonden – tonen&quot;</extracomment>
        <translation>
            <numerusform>%n afgerond of ingetrokken verzoek gevonden – tonen</numerusform>
            <numerusform>%n afgeronde of ingetrokken verzoeken gevonden – tonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) found – show</source>
        <extracomment>Dutch: &quot;%n open verzoek gevonden – tonen&quot; / &quot;%n open verzoeken gevonden – tonen&quot;</extracomment>
        <translation>
            <numerusform>%n open verzoek gevonden – tonen</numerusform>
            <numerusform>%n open verzoeken gevonden – tonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with another status found – show</source>
        <extracomment>Dutch: &quot;%n verzoek met een andere status gevonden – tonen&quot; / &quot;%n verzoeken met een andere status gevonden – tonen&quot;</extracomment>
        <translation>
            <numerusform>%n verzoek met een andere status gevonden – tonen</numerusform>
            <numerusform>%n verzoeken met een andere status gevonden – tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Names, customer numbers and postcodes are searched among the requests with the chosen status; a request number finds its request whatever its status.</source>
        <extracomment>Dutch: &quot;Namen, klantnummers en postcodes worden gezocht onder de verzoeken met de gekozen status; een verzoeknummer vindt zijn verzoek bij elke status.&quot;</extracomment>
        <translation>Namen, klantnummers en postcodes worden gezocht onder de verzoeken met de gekozen status; een verzoeknummer vindt zijn verzoek bij elke status.</translation>
    </message>
    <message>
        <source>In no status does a name, request number, customer number or postcode start with these words. Check the spelling or search for something else.</source>
        <extracomment>Dutch: &quot;Bij geen enkele status begint een naam, verzoeknummer, klantnummer of postcode met deze woorden. Controleer de spelling of zoek op iets anders.&quot;</extracomment>
        <translation>Bij geen enkele status begint een naam, verzoeknummer, klantnummer of postcode met deze woorden. Controleer de spelling of zoek op iets anders.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseNotListedNotice</name>
    <message>
        <source>The open request is not in this list</source>
        <extracomment>Dutch: &quot;Het geopende verzoek staat niet in deze lijst&quot;</extracomment>
        <translation>Het geopende verzoek staat niet in deze lijst</translation>
    </message>
    <message>
        <source>The search or the filters leave out %1. Clear them to see it in the list again, or choose a request in the list.</source>
        <extracomment>Dutch: &quot;De zoekopdracht of de filters laten %1 weg. Wis ze om het weer in de lijst te zien, of kies een verzoek in de lijst.&quot;</extracomment>
        <translation>De zoekopdracht of de filters laten %1 weg. Wis ze om het weer in de lijst te zien, of kies een verzoek in de lijst.</translation>
    </message>
    <message>
        <source>Clear the &amp;search and filters</source>
        <extracomment>Dutch: &quot;&amp;Zoekopdracht en filters wissen&quot;</extracomment>
        <translation>&amp;Zoekopdracht en filters wissen</translation>
    </message>
    <message>
        <source>Close the re&amp;quest</source>
        <extracomment>Dutch: &quot;Verzoek &amp;sluiten&quot;</extracomment>
        <translation>Verzoek &amp;sluiten</translation>
    </message>
</context>
<context>
    <name>pd::ui::CaseSystemsWidget</name>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Searched by</source>
        <translation>Doorzocht door</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Note or file</source>
        <translation>Notitie of bestand</translation>
    </message>
    <message>
        <source>Result:</source>
        <extracomment>Dutch: &quot;Resultaat:&quot;</extracomment>
        <translation>Resultaat:</translation>
    </message>
    <message>
        <source>Note:</source>
        <extracomment>Dutch: &quot;Notitie:&quot;</extracomment>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>File:</source>
        <extracomment>Dutch: &quot;Bestand:&quot;</extracomment>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Tick as searched</source>
        <extracomment>Dutch: &quot;Afvinken als doorzocht&quot;</extracomment>
        <translation>Afvinken als doorzocht</translation>
    </message>
    <message>
        <source>Records that you searched this system now, with the result.</source>
        <extracomment>Dutch: &quot;Legt vast dat u dit systeem nu heeft doorzocht, met het resultaat.&quot;</extracomment>
        <translation>Legt vast dat u dit systeem nu heeft doorzocht, met het resultaat.</translation>
    </message>
    <message>
        <source>Systems to search</source>
        <extracomment>Dutch: &quot;Systemen om te doorzoeken&quot;</extracomment>
        <translation>Systemen om te doorzoeken</translation>
    </message>
    <message>
        <source>The list of systems could not be read: %1</source>
        <extracomment>Dutch: &quot;De lijst van systemen kon niet worden gelezen: %1&quot;</extracomment>
        <translation>De lijst van systemen kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Dutch: &quot;(geen)&quot;</extracomment>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>From processing activities %1</source>
        <extracomment>Dutch: &quot;Uit verwerking(en) %1&quot;</extracomment>
        <translation>Uit verwerking(en) %1</translation>
    </message>
    <message>
        <source>not searched yet</source>
        <extracomment>Dutch: &quot;nog niet doorzocht&quot;</extracomment>
        <translation>nog niet doorzocht</translation>
    </message>
    <message>
        <source>Systems searched: the register of processing activities names no systems for data subjects with the relation %1.</source>
        <extracomment>Dutch: &quot;Doorzochte systemen: het register van verwerkingen noemt geen systemen voor betrokkenen met de relatie %1.&quot;</extracomment>
        <translation>Doorzochte systemen: het register van verwerkingen noemt geen systemen voor betrokkenen met de relatie %1.</translation>
    </message>
    <message>
        <source>No systems to search: only an inzage, erasure or rectification has a list.</source>
        <extracomment>Dutch: &quot;Geen systemen om te doorzoeken: alleen een inzage, verwijdering of rectificatie heeft een lijst.&quot;</extracomment>
        <translation>Geen systemen om te doorzoeken: alleen een inzage, verwijdering of rectificatie heeft een lijst.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n system(s) searched (art. 15 GDPR: every system).</source>
        <extracomment>Dutch: &quot;%1 van %n systeem/systemen doorzocht (art. 15 AVG: elk systeem).&quot;</extracomment>
        <translation>
            <numerusform>%1 van %n systeem doorzocht (art. 15 AVG: elk systeem).</numerusform>
            <numerusform>%1 van %n systemen doorzocht (art. 15 AVG: elk systeem).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ChangePasswordDialog</name>
    <message>
        <source>Fill in your current password.</source>
        <translation>Vul uw huidige wachtwoord in.</translation>
    </message>
    <message>
        <source>Your current password is not correct. Nothing was changed.</source>
        <translation>Uw huidige wachtwoord klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Change my password – Privacydesk</source>
        <translation>Mijn wachtwoord wijzigen – Privacydesk</translation>
    </message>
    <message>
        <source>A new password for %1. Only your own key slot changes; the other users keep theirs.</source>
        <translation>Een nieuw wachtwoord voor %1. Alleen uw eigen sleutelplaats verandert; de andere gebruikers houden de hunne.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>Changing the password… this takes a few seconds.</source>
        <translation>Het wachtwoord wordt gewijzigd… dit duurt enkele seconden.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
</context>
<context>
    <name>pd::ui::ChartPanel</name>
    <message>
        <source>This chart has no data to export.</source>
        <translation>Deze grafiek heeft geen gegevens om te exporteren.</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Grafiek opslaan als PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kon %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Save the chart&apos;s data as CSV</source>
        <translation>Gegevens van de grafiek opslaan als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Gegevens opslaan</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Deze grafiek opslaan als afbeelding</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the figures of this chart as CSV for Excel</source>
        <translation>De cijfers van deze grafiek opslaan als CSV voor Excel</translation>
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
        <translation>Onbekende taal ‘%1’; gebruik nl of en.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Passwords are never given on the command line; see --help.</source>
        <translation>Onverwacht argument ‘%1’. Wachtwoorden worden nooit op de opdrachtregel meegegeven; zie --help.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintDossierDialog</name>
    <message>
        <source>This is not a BSN (the confirmation is recorded)</source>
        <translation>Dit is geen BSN (de bevestiging wordt vastgelegd)</translation>
    </message>
    <message>
        <source>AP complaint dossier — %1</source>
        <translation>Klachtdossier AP — %1</translation>
    </message>
    <message>
        <source>e.g. z2027-00412</source>
        <translation>bijv. z2027-00412</translation>
    </message>
    <message>
        <source>Save the dossier as PDF (Ctrl+S)</source>
        <translation>Het dossier opslaan als PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>The dossier the Autoriteit Persoonsgegevens asks for when the data subject complains: the summary, the full chronology from the audit trail, the letters, the disclosures and a statement that the chronology is complete and unaltered.</source>
        <translation>Het dossier dat de Autoriteit Persoonsgegevens opvraagt als de betrokkene een klacht indient: de samenvatting, de volledige chronologie uit de audittrail, de brieven, de verstrekkingen en een verklaring dat de chronologie volledig en ongewijzigd is.</translation>
    </message>
    <message>
        <source>AP &amp;reference:</source>
        <translation>&amp;Kenmerk AP:</translation>
    </message>
    <message>
        <source>Audit trail:</source>
        <translation>Audittrail:</translation>
    </message>
    <message numerus="yes">
        <source>verified: %n event(s), no broken link; position %1.</source>
        <translation>
            <numerusform>gecontroleerd: %n gebeurtenis, geen verbroken schakel; positie %1.</numerusform>
            <numerusform>gecontroleerd: %n gebeurtenissen, geen verbroken schakel; positie %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;not verified&lt;/b&gt;: broken at event %1 (%2). The dossier says so and makes no statement that the chronology is complete.</source>
        <translation>&lt;b&gt;niet gecontroleerd&lt;/b&gt;: verbroken bij gebeurtenis %1 (%2). Het dossier vermeldt dat en verklaart niet dat de chronologie volledig is.</translation>
    </message>
    <message>
        <source>Save the AP complaint dossier as PDF</source>
        <translation>Het klachtdossier AP opslaan als PDF</translation>
    </message>
    <message>
        <source>ap-dossier-%1.pdf</source>
        <translation>klachtdossier-ap-%1.pdf</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>R&amp;ecord</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Afdrukvoorbeeld…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Which version: the complete one for the AP, with what the complainant may not see marked, or the version for the complainant without those parts. Saving records which.</source>
        <extracomment>Dutch: &quot;Welke versie: de volledige voor de AP, met wat de klager niet mag zien gemarkeerd, of de versie voor de klager zonder die delen. Opslaan legt vast welke.&quot;</extracomment>
        <translation>Welke versie: de volledige voor de AP, met wat de klager niet mag zien gemarkeerd, of de versie voor de klager zonder die delen. Opslaan legt vast welke.</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <extracomment>Dutch: &quot;Ve&amp;rsie:&quot;</extracomment>
        <translation>Ve&amp;rsie:</translation>
    </message>
    <message>
        <source>ap-dossier-%1-klager.pdf</source>
        <translation>ap-dossier-%1-klager.pdf</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <extracomment>Dutch: &quot;Af&amp;drukken…&quot;</extracomment>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Choose the printer and print the dossier (Ctrl+P)</source>
        <extracomment>Dutch: &quot;Kies de printer en druk het dossier af (Ctrl+P)&quot;</extracomment>
        <translation>Kies de printer en druk het dossier af (Ctrl+P)</translation>
    </message>
    <message>
        <source>Look at the dossier&apos;s pages before you print</source>
        <extracomment>Dutch: &quot;Bekijk de pagina&apos;s van het dossier voordat u afdrukt&quot;</extracomment>
        <translation>Bekijk de pagina&apos;s van het dossier voordat u afdrukt</translation>
    </message>
    <message>
        <source>Save encr&amp;ypted (PDF with a password)</source>
        <extracomment>Dutch: &quot;Versleuteld opslaan (PDF met &amp;wachtwoord)&quot;</extracomment>
        <translation>Versleuteld opslaan (PDF met &amp;wachtwoord)</translation>
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
        <translation>Een beslissingsbrief over een afwijzing noemt het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens en om binnen zes weken naar de rechter te stappen (art. 35 UAVG).</translation>
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
        <translation>&amp;Antwoord verstuurd op:</translation>
    </message>
    <message>
        <source>Answer sent &amp;by:</source>
        <translation>Antwoord verstuurd &amp;per:</translation>
    </message>
    <message>
        <source>The objection is against &amp;direct marketing (art. 21(2) GDPR)</source>
        <translation>Het bezwaar richt zich tegen &amp;direct marketing (art. 21 lid 2 AVG)</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Motivering van de beslissing</translation>
    </message>
    <message>
        <source>Reason for deciding without identification</source>
        <translation>Reden om zonder identificatie te beslissen</translation>
    </message>
    <message>
        <source>Art. 17(3) GDPR: an exception to erasure (name the letter)</source>
        <translation>Art. 17 lid 3 AVG: een uitzondering op verwijdering (kies de letter)</translation>
    </message>
    <message>
        <source>Art. 41(1) UAVG: an exception in Dutch law (name the ground)</source>
        <translation>Art. 41 lid 1 UAVG: een uitzondering in de Nederlandse wet (kies de grond)</translation>
    </message>
    <message>
        <source>Only together with art. 41 UAVG, the Dutch provision that applies it.</source>
        <translation>Alleen samen met art. 41 UAVG, de Nederlandse bepaling die het toepast.</translation>
    </message>
    <message>
        <source>Not against an objection to direct marketing: that objection is absolute (art. 21(3) GDPR).</source>
        <translation>Niet bij een bezwaar tegen direct marketing: dat bezwaar is absoluut (art. 21 lid 3 AVG).</translation>
    </message>
    <message>
        <source>Such an objection is absolute (art. 21(3) GDPR): art. 21(1) cannot refuse it.</source>
        <translation>Zo’n bezwaar is absoluut (art. 21 lid 3 AVG): art. 21 lid 1 AVG kan het niet afwijzen.</translation>
    </message>
    <message>
        <source>In plain words, why the request is not granted in full. The data subject reads this in the decision letter.</source>
        <translation>In gewone woorden: waarom het verzoek niet volledig is toegewezen. De betrokkene leest dit in de brief met de beslissing.</translation>
    </message>
    <message>
        <source>&amp;Why was the identity not in doubt?</source>
        <translation>&amp;Waarom stond de identiteit vast?</translation>
    </message>
    <message>
        <source>For example: known data subject, called back on the known number.</source>
        <translation>Bijvoorbeeld: bekende betrokkene, teruggebeld op het bekende nummer.</translation>
    </message>
    <message>
        <source>No identification was received or recorded for this request. Record it first, or state why the identity of the data subject was not in doubt.</source>
        <translation>Voor dit verzoek is geen identificatie ontvangen of vastgelegd. Leg die eerst vast, of geef aan waarom de identiteit van de betrokkene vaststond.</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>sub %1: %2</translation>
    </message>
    <message>
        <source>&amp;Reasons for the decision (required, art. 12(4) GDPR):</source>
        <translation>&amp;Motivering van de beslissing (verplicht, art. 12 lid 4 AVG):</translation>
    </message>
    <message>
        <source>&amp;Reasons for the decision (optional):</source>
        <translation>&amp;Motivering van de beslissing (optioneel):</translation>
    </message>
    <message>
        <source>Name the exception of art. 17(3) GDPR that applies, (a) to (e).</source>
        <translation>Kies de uitzondering van art. 17 lid 3 AVG die van toepassing is, sub a tot en met e.</translation>
    </message>
    <message>
        <source>Name the ground of art. 41(1) UAVG that applies, (a) to (j).</source>
        <translation>Kies de grond van art. 41 lid 1 UAVG die van toepassing is, sub a tot en met j.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Wat is gedaan</translation>
    </message>
    <message>
        <source>What was &amp;erased (required):</source>
        <translation>Wat is &amp;verwijderd (verplicht):</translation>
    </message>
    <message>
        <source>The request asks for several things: decide each kind on its own.</source>
        <translation>Het verzoek vraagt om meerdere dingen: beslis over elk soort apart.</translation>
    </message>
    <message>
        <source>W&amp;hat was done for the granted part (required):</source>
        <translation>Wat is &amp;gedaan voor het toegewezen deel (verplicht):</translation>
    </message>
    <message>
        <source>What was &amp;erased (optional):</source>
        <translation>Wat is &amp;verwijderd (optioneel):</translation>
    </message>
    <message>
        <source>What was &amp;corrected, old → new (required):</source>
        <extracomment>Dutch: &quot;Wat is &amp;gecorrigeerd, oud → nieuw (verplicht):&quot;</extracomment>
        <translation>Wat is &amp;gecorrigeerd, oud → nieuw (verplicht):</translation>
    </message>
    <message>
        <source>What was &amp;corrected, old → new (optional):</source>
        <translation>Wat is &amp;gecorrigeerd, oud → nieuw (optioneel):</translation>
    </message>
    <message>
        <source>W&amp;hat was done (optional):</source>
        <translation>Wat is &amp;gedaan (optioneel):</translation>
    </message>
    <message>
        <source>Data that changed (art. 19 GDPR)</source>
        <translation>Gewijzigde gegevens (art. 19 AVG)</translation>
    </message>
    <message>
        <source>Only recipients that received these data from us must be told of the change (art. 19 GDPR).</source>
        <extracomment>Dutch: &quot;Alleen ontvangers die deze gegevens van ons kregen, moeten de wijziging horen (artikel 19 AVG).&quot;</extracomment>
        <translation>Alleen ontvangers die deze gegevens van ons kregen, moeten over de wijziging worden geïnformeerd (art. 19 AVG).</translation>
    </message>
    <message>
        <source>What is the objection about?</source>
        <extracomment>Dutch: &quot;Waar gaat het bezwaar over?&quot;</extracomment>
        <translation>Waar gaat het bezwaar over?</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>Dutch: &quot;Gestopt&quot;</extracomment>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Goes on</source>
        <extracomment>Dutch: &quot;Gaat door&quot;</extracomment>
        <translation>Gaat door</translation>
    </message>
    <message>
        <source>Other: what about, in words</source>
        <extracomment>Dutch: &quot;Anders: waarover, in woorden&quot;</extracomment>
        <translation>Anders: waarover, in woorden</translation>
    </message>
    <message>
        <source>Per item: old → new, for example ‘Phone number: 06 1234 5678 → 06 8765 4321’.</source>
        <extracomment>Dutch: &quot;Per gegeven: oud → nieuw, bijvoorbeeld ‘Telefoonnummer: 06 1234 5678 → 06 8765 4321’.&quot;</extracomment>
        <translation>Per gegeven: oud → nieuw, bijvoorbeeld ‘Telefoonnummer: 06 1234 5678 → 06 8765 4321’.</translation>
    </message>
    <message>
        <source>Complete an&amp;yway: the open systems need no search</source>
        <extracomment>Dutch: &quot;&amp;Toch afronden: de open systemen hoeven niet doorzocht te worden&quot;</extracomment>
        <translation>&amp;Toch afronden: de open systemen hoeven niet doorzocht te worden</translation>
    </message>
    <message>
        <source>Tick the systems first (Overview, systems searched), or choose Complete anyway.</source>
        <extracomment>Dutch: &quot;Vink eerst de systemen af (Overzicht, doorzochte systemen), of kies Toch afronden.&quot;</extracomment>
        <translation>Vink eerst de systemen af (Overzicht, doorzochte systemen), of kies Toch afronden.</translation>
    </message>
</context>
<context>
    <name>pd::ui::CovenantDialog</name>
    <message>
        <source>Change covenant</source>
        <extracomment>Dutch: &quot;Convenant wijzigen&quot; / &quot;Nieuw convenant&quot;</extracomment>
        <translation>Convenant wijzigen</translation>
    </message>
    <message>
        <source>New covenant</source>
        <translation>Nieuw convenant</translation>
    </message>
    <message>
        <source>e.g. &quot;Covenant early warning of debts, municipality&quot;</source>
        <extracomment>Dutch: &quot;bijv. &quot;Convenant Vroegsignalering schulden gemeente Groningen&quot;&quot;</extracomment>
        <translation>bijv. ‘Convenant Vroegsignalering schulden gemeente’</translation>
    </message>
    <message>
        <source>One party a line</source>
        <extracomment>Dutch: &quot;Eén partij per regel&quot;</extracomment>
        <translation>Eén partij per regel</translation>
    </message>
    <message>
        <source>e.g. &quot;Wet gemeentelijke schuldhulpverlening, art. 3a&quot;</source>
        <extracomment>Dutch: &quot;bijv. &quot;Wet gemeentelijke schuldhulpverlening, art. 3a&quot;&quot;</extracomment>
        <translation>bijv. ‘Wet gemeentelijke schuldhulpverlening, art. 3a’</translation>
    </message>
    <message>
        <source>Other data, in words (optional)</source>
        <extracomment>Dutch: &quot;Andere gegevens, in woorden (optioneel)&quot;</extracomment>
        <translation>Andere gegevens, in woorden (optioneel)</translation>
    </message>
    <message>
        <source>Unt&amp;il</source>
        <extracomment>Dutch: &quot;&amp;Tot en met&quot;</extracomment>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <extracomment>Dutch: &quot;&amp;Herzien op&quot;</extracomment>
        <translation>&amp;Evalueren op</translation>
    </message>
    <message>
        <source>This number is not a &amp;BSN (logged)</source>
        <extracomment>Dutch: &quot;This number is not a &amp;BSN (logged)&quot;</extracomment>
        <translation>Dit nummer is geen &amp;BSN (wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Choose signed &amp;document…</source>
        <extracomment>Dutch: &quot;Getekend document &amp;kiezen…&quot;</extracomment>
        <translation>Ondertekend &amp;document kiezen…</translation>
    </message>
    <message>
        <source>Signed covenant</source>
        <extracomment>Dutch: &quot;Getekend convenant&quot;</extracomment>
        <translation>Ondertekend convenant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Dutch: &quot;&amp;Naam:&quot;</extracomment>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <extracomment>Dutch: &quot;&amp;Partijen:&quot;</extracomment>
        <translation>&amp;Partijen:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <extracomment>Dutch: &quot;D&amp;oel:&quot;</extracomment>
        <translation>D&amp;oel:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <extracomment>Dutch: &quot;&amp;Grondslag:&quot;</extracomment>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <source>&amp;Statute or task:</source>
        <extracomment>Dutch: &quot;&amp;Wet of taak:&quot;</extracomment>
        <translation>&amp;Wet of taak:</translation>
    </message>
    <message>
        <source>Data covered:</source>
        <extracomment>Dutch: &quot;Gegevens:&quot;</extracomment>
        <translation>Gegevens:</translation>
    </message>
    <message>
        <source>&amp;Term from:</source>
        <extracomment>Dutch: &quot;&amp;Looptijd vanaf:&quot;</extracomment>
        <translation>&amp;Looptijd vanaf:</translation>
    </message>
    <message>
        <source>Review:</source>
        <extracomment>Dutch: &quot;Herziening:&quot;</extracomment>
        <translation>Evaluatie:</translation>
    </message>
    <message>
        <source>Signed document:</source>
        <extracomment>Dutch: &quot;Getekend document:&quot;</extracomment>
        <translation>Ondertekend document:</translation>
    </message>
    <message>
        <source>Data covered</source>
        <extracomment>Dutch: &quot;Gegevens in het convenant&quot;
----------
Dutch: &quot;Gegevens&quot;</extracomment>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Data covered, in words</source>
        <extracomment>Dutch: &quot;Gegevens in woorden&quot;</extracomment>
        <translation>Gegevens in woorden</translation>
    </message>
    <message>
        <source>Start date</source>
        <extracomment>Dutch: &quot;Begindatum&quot;</extracomment>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End date</source>
        <extracomment>Dutch: &quot;Einddatum&quot;</extracomment>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Review date</source>
        <extracomment>Dutch: &quot;Herzieningsdatum&quot;</extracomment>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>%1 (%2), kept encrypted</source>
        <extracomment>Dutch: &quot;%1 (%2), versleuteld bewaard&quot;</extracomment>
        <translation>%1 (%2), versleuteld bewaard</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Parties</source>
        <extracomment>Dutch: &quot;Partijen&quot;</extracomment>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Statute or task</source>
        <extracomment>Dutch: &quot;Wet of taak&quot;</extracomment>
        <translation>Wet of taak</translation>
    </message>
    <message>
        <source>Remove the citizen service number, or confirm that it is not one.</source>
        <extracomment>Dutch: &quot;Verwijder het burgerservicenummer, of bevestig dat het er geen is.&quot;</extracomment>
        <translation>Verwijder het burgerservicenummer, of bevestig dat het er geen is.</translation>
    </message>
    <message>
        <source>%1 (%2), kept encrypted when saved</source>
        <extracomment>Dutch: &quot;%1 (%2), wordt versleuteld bewaard bij Opslaan&quot;</extracomment>
        <translation>%1 (%2), wordt versleuteld bewaard bij Opslaan</translation>
    </message>
    <message>
        <source>No document yet</source>
        <extracomment>Dutch: &quot;Nog geen document&quot;</extracomment>
        <translation>Nog geen document</translation>
    </message>
</context>
<context>
    <name>pd::ui::CovenantsTab</name>
    <message>
        <source>Covenant</source>
        <extracomment>Dutch: &quot;Convenant&quot;</extracomment>
        <translation>Convenant</translation>
    </message>
    <message>
        <source>Parties</source>
        <extracomment>Dutch: &quot;Partijen&quot;</extracomment>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>Dutch: &quot;Grondslag&quot;</extracomment>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Term</source>
        <extracomment>Dutch: &quot;Looptijd&quot;</extracomment>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Review on</source>
        <extracomment>Dutch: &quot;Herzien op&quot;</extracomment>
        <translation>Evalueren op</translation>
    </message>
    <message>
        <source>Signed document</source>
        <extracomment>Dutch: &quot;Getekend document&quot;</extracomment>
        <translation>Ondertekend document</translation>
    </message>
    <message>
        <source>Covenants</source>
        <extracomment>Dutch: &quot;Convenanten&quot;</extracomment>
        <translation>Convenanten</translation>
    </message>
    <message>
        <source>&amp;New covenant…</source>
        <extracomment>Dutch: &quot;&amp;Nieuw convenant…&quot;</extracomment>
        <translation>&amp;Nieuw convenant…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <extracomment>Dutch: &quot;&amp;Wijzigen…&quot;</extracomment>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Save document…</source>
        <extracomment>Dutch: &quot;Document &amp;opslaan…&quot;</extracomment>
        <translation>Document &amp;opslaan…</translation>
    </message>
    <message>
        <source>The covenants could not be read: %1</source>
        <extracomment>Dutch: &quot;De convenanten konden niet worden gelezen: %1&quot;</extracomment>
        <translation>De convenanten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>Dutch: &quot;vanaf %1&quot;</extracomment>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>%1 — review due</source>
        <extracomment>Dutch: &quot;%1 — herziening nodig&quot;</extracomment>
        <translation>%1 — evaluatie nodig</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>Dutch: &quot;versleuteld bewaard&quot; / &quot;ontbreekt&quot;</extracomment>
        <translation>ontbreekt</translation>
    </message>
    <message numerus="yes">
        <source>%n covenant(s) due for review.</source>
        <translation>
            <numerusform>%n convenant moet worden geëvalueerd.</numerusform>
            <numerusform>%n convenanten moeten worden geëvalueerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signed document is kept with this covenant.</source>
        <extracomment>Dutch: &quot;Bij dit convenant is geen getekend document bewaard.&quot;</extracomment>
        <translation>Bij dit convenant is geen ondertekend document bewaard.</translation>
    </message>
    <message>
        <source>Save signed document</source>
        <extracomment>Dutch: &quot;Getekend document opslaan&quot;</extracomment>
        <translation>Ondertekend document opslaan</translation>
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
        <translation>Ik heb de herstelsleutel veilig &amp;bewaard</translation>
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
    <message>
        <source>Folder for the new store</source>
        <translation>Map voor de nieuwe kluis</translation>
    </message>
    <message>
        <source>The store could not be created.</source>
        <translation>De kluis kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
</context>
<context>
    <name>pd::ui::CupsPrinter</name>
    <message>
        <source>No printer was chosen.</source>
        <translation>Er is geen printer gekozen.</translation>
    </message>
    <message>
        <source>There was nothing to print.</source>
        <translation>Er was niets af te drukken.</translation>
    </message>
    <message>
        <source>The printer %1 is not known to the print system (CUPS): %2</source>
        <translation>De printer %1 is niet bekend bij het afdruksysteem (CUPS): %2</translation>
    </message>
    <message>
        <source>The printer %1 does not accept print jobs now (it was set to refuse them). Ask IT to accept jobs again, or choose another printer.</source>
        <translation>De printer %1 neemt nu geen afdrukopdrachten aan (hij is ingesteld om ze te weigeren). Vraag IT om weer opdrachten aan te nemen, of kies een andere printer.</translation>
    </message>
    <message>
        <source>The printer %1 refused the print job: %2</source>
        <translation>De printer %1 heeft de afdrukopdracht geweigerd: %2</translation>
    </message>
    <message>
        <source>The print job for %1 failed and was cancelled: %2</source>
        <translation>De afdrukopdracht voor %1 is mislukt en geannuleerd: %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::DashboardsPage</name>
    <message>
        <source>open requests on %1</source>
        <translation>openstaande verzoeken op %1</translation>
    </message>
    <message>
        <source>deadline on %1</source>
        <translation>uiterste datum %1</translation>
    </message>
    <message>
        <source>deadline within 7 days of %1</source>
        <translation>uiterste datum binnen 7 dagen na %1</translation>
    </message>
    <message>
        <source>answered in the 12 months up to %1</source>
        <translation>beantwoord in de 12 maanden tot en met %1</translation>
    </message>
    <message>
        <source>extended, received in the 12 months up to %1</source>
        <translation>verlengd, ontvangen in de 12 maanden tot en met %1</translation>
    </message>
    <message>
        <source>overdue for destruction on %1</source>
        <translation>te vernietigen op %1</translation>
    </message>
    <message>
        <source>expiring in the 12 months from %1</source>
        <translation>verloopt in de 12 maanden vanaf %1</translation>
    </message>
    <message>
        <source>destroyed in the 12 months up to %1</source>
        <translation>vernietigd in de 12 maanden tot en met %1</translation>
    </message>
    <message>
        <source>disclosed in the 12 months up to %1</source>
        <translation>verstrekt in de 12 maanden tot en met %1</translation>
    </message>
    <message>
        <source>data subject still to be informed on %1</source>
        <translation>betrokkene nog te informeren op %1</translation>
    </message>
    <message>
        <source>informing legally prohibited, up to %1</source>
        <translation>informeren wettelijk verboden, tot en met %1</translation>
    </message>
    <message>
        <source>disclosures to %1 in the 12 months up to %2</source>
        <translation>verstrekkingen aan %1 in de 12 maanden tot en met %2</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Bijgewerkt om %1</translation>
    </message>
    <message>
        <source>deadline today</source>
        <translation>uiterste datum vandaag</translation>
    </message>
    <message>
        <source>deadline within 7 days</source>
        <translation>uiterste datum binnen 7 dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n answered in 12 months</source>
        <translation>
            <numerusform>%n beantwoord in 12 maanden</numerusform>
            <numerusform>%n beantwoord in 12 maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notified after the legal month</source>
        <translation>
            <numerusform>%n geïnformeerd na de wettelijke maand</numerusform>
            <numerusform>%n geïnformeerd na de wettelijke maand</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Openstaande verzoeken</translation>
    </message>
    <message>
        <source>open on %1 with status %2</source>
        <translation>open op %1 met status %2</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>open-requests-by-status</source>
        <translation>openstaande-verzoeken-per-status</translation>
    </message>
    <message>
        <source>received in %1, %2</source>
        <translation>ontvangen in %1, %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>intake-per-month</source>
        <translation>instroom-per-maand</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Op tijd beantwoord</translation>
    </message>
    <message>
        <source>answered in %1</source>
        <translation>beantwoord in %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered on time</source>
        <translation>%1 van %2 op tijd beantwoord</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>Op tijd (%)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Share on time</source>
        <translation>Aandeel op tijd</translation>
    </message>
    <message>
        <source>answered-on-time</source>
        <translation>op-tijd-beantwoord</translation>
    </message>
    <message>
        <source>overdue for destruction</source>
        <translation>te vernietigen (termijn verstreken)</translation>
    </message>
    <message>
        <source>oldest expired on %1</source>
        <translation>oudste verlopen op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) kept by a hold</source>
        <translation>
            <numerusform>%n verlopen item vastgehouden door een vernietigingsstop</numerusform>
            <numerusform>%n verlopen items vastgehouden door een vernietigingsstop</numerusform>
        </translation>
    </message>
    <message>
        <source>expire in the next 12 months</source>
        <translation>verlopen in de komende 12 maanden</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>expiring in %1, %2</source>
        <translation>verloopt in %1, %2</translation>
    </message>
    <message>
        <source>retention-expiry-per-month</source>
        <translation>aflopende-bewaartermijnen-per-maand</translation>
    </message>
    <message>
        <source>Destructions</source>
        <translation>Vernietigingen</translation>
    </message>
    <message>
        <source>destroyed in %1, %2</source>
        <translation>vernietigd in %1, %2</translation>
    </message>
    <message>
        <source>destructions-per-month</source>
        <translation>vernietigingen-per-maand</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>informing legally prohibited</source>
        <translation>informeren wettelijk verboden</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <source>disclosed in %1 to %2</source>
        <translation>verstrekt in %1 aan %2</translation>
    </message>
    <message>
        <source>disclosures-per-month</source>
        <translation>verstrekkingen-per-maand</translation>
    </message>
    <message>
        <source>6(1)(%1): %2 (%3)</source>
        <translation>art. 6 lid 1 sub %1: %2 (%3)</translation>
    </message>
    <message>
        <source>legal basis %1, 12 months up to %2</source>
        <translation>grondslag %1, 12 maanden tot en met %2</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>disclosures-per-legal-basis</source>
        <translation>verstrekkingen-per-grondslag</translation>
    </message>
    <message>
        <source>no agreement signed</source>
        <translation>geen overeenkomst ondertekend</translation>
    </message>
    <message>
        <source>The day the figures are computed for; choose a past day to review a quarter afterwards</source>
        <translation>De dag waarop de cijfers betrekking hebben; kies een dag in het verleden om een kwartaal achteraf te bekijken</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Cijfers opnieuw berekenen (F5)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Open requests per status</source>
        <translation>Openstaande verzoeken per status</translation>
    </message>
    <message>
        <source>Requests received per month, per kind</source>
        <translation>Ontvangen verzoeken per maand, per soort</translation>
    </message>
    <message>
        <source>No requests were received in these 12 months.</source>
        <translation>In deze 12 maanden is geen verzoek ontvangen.</translation>
    </message>
    <message>
        <source>Share answered on time (effective deadline), per month</source>
        <translation>Aandeel op tijd beantwoord (geldende termijn), per maand</translation>
    </message>
    <message>
        <source>No requests were answered in these 12 months.</source>
        <translation>In deze 12 maanden is geen verzoek beantwoord.</translation>
    </message>
    <message>
        <source>Retention periods expiring per month, per category</source>
        <translation>Aflopende bewaartermijnen per maand, per categorie</translation>
    </message>
    <message>
        <source>Nothing expires in the coming 12 months.</source>
        <translation>In de komende 12 maanden verloopt niets.</translation>
    </message>
    <message>
        <source>Destructions per month (destruction log)</source>
        <translation>Vernietigingen per maand (vernietigingsregister)</translation>
    </message>
    <message>
        <source>Nothing was destroyed in these 12 months.</source>
        <translation>In deze 12 maanden is niets vernietigd.</translation>
    </message>
    <message>
        <source>Disclosures per month, per recipient category</source>
        <translation>Verstrekkingen per maand, per ontvangercategorie</translation>
    </message>
    <message>
        <source>No disclosures were registered in these 12 months.</source>
        <translation>In deze 12 maanden zijn geen verstrekkingen geregistreerd.</translation>
    </message>
    <message>
        <source>Disclosures per legal basis (12 months)</source>
        <translation>Verstrekkingen per grondslag (12 maanden)</translation>
    </message>
    <message>
        <source>No disclosures in these 12 months.</source>
        <translation>Geen verstrekkingen in deze 12 maanden.</translation>
    </message>
    <message>
        <source>Top recipients (12 months)</source>
        <translation>Ontvangers met de meeste verstrekkingen (12 maanden)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Processors whose agreement review date has passed</source>
        <translation>Verwerkers van wie de evaluatiedatum van de overeenkomst is verstreken</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>median handling time in days</source>
        <translation>mediane behandelduur in dagen</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>reference date %1</source>
        <translation>peildatum %1</translation>
    </message>
    <message>
        <source>late (legal deadline) on %1</source>
        <translation>te laat (wettelijke termijn) op %1</translation>
    </message>
    <message>
        <source>late (own deadline only) on %1</source>
        <translation>te laat (alleen eigen termijn) op %1</translation>
    </message>
    <message>
        <source>answered late (legal deadline) in the 12 months up to %1</source>
        <translation>te laat beantwoord (wettelijke termijn) in de 12 maanden tot en met %1</translation>
    </message>
    <message>
        <source>answered late (own deadline only) in the 12 months up to %1</source>
        <translation>te laat beantwoord (alleen eigen termijn) in de 12 maanden tot en met %1</translation>
    </message>
    <message>
        <source>late (legal deadline)</source>
        <translation>te laat (wettelijke termijn)</translation>
    </message>
    <message>
        <source>Open requests past the legal deadline (art. 12(3) GDPR), whatever the own deadline says</source>
        <translation>Openstaande verzoeken over de wettelijke termijn (art. 12 lid 3 AVG), wat de eigen termijn ook zegt</translation>
    </message>
    <message>
        <source>late (own deadline only)</source>
        <translation>te laat (alleen eigen termijn)</translation>
    </message>
    <message>
        <source>Open requests past the organisation&apos;s own deadline, still within the legal deadline</source>
        <translation>Openstaande verzoeken over de eigen termijn van de organisatie, nog binnen de wettelijke termijn</translation>
    </message>
    <message>
        <source>answered late (legal deadline)</source>
        <translation>te laat beantwoord (wettelijke termijn)</translation>
    </message>
    <message numerus="yes">
        <source>of %n answered in 12 months</source>
        <translation>
            <numerusform>van %n beantwoord in 12 maanden</numerusform>
            <numerusform>van %n beantwoord in 12 maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>answered late (own deadline only)</source>
        <translation>te laat beantwoord (alleen eigen termijn)</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>De cijfers konden niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>open request(s)</source>
        <translation>
            <numerusform>openstaand verzoek</numerusform>
            <numerusform>openstaande verzoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>extension(s) in 12 months</source>
        <translation>
            <numerusform>verlenging in 12 maanden</numerusform>
            <numerusform>verlengingen in 12 maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>legal hold(s)</source>
        <translation>
            <numerusform>vernietigingsstop</numerusform>
            <numerusform>vernietigingsstops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>destruction(s) in 12 months</source>
        <translation>
            <numerusform>vernietiging in 12 maanden</numerusform>
            <numerusform>vernietigingen in 12 maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disclosure(s) in 12 months</source>
        <translation>
            <numerusform>verstrekking in 12 maanden</numerusform>
            <numerusform>verstrekkingen in 12 maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data subject(s) still to be informed</source>
        <translation>
            <numerusform>betrokkene nog te informeren</numerusform>
            <numerusform>betrokkenen nog te informeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>processing agreement(s) to review</source>
        <translation>
            <numerusform>verwerkersovereenkomst te evalueren</numerusform>
            <numerusform>verwerkersovereenkomsten te evalueren</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;eference date:</source>
        <translation>&amp;Peildatum:</translation>
    </message>
    <message numerus="yes">
        <source>open data breach(es)</source>
        <translation>
            <numerusform>open datalek</numerusform>
            <numerusform>open datalekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>72-hour clock(s) running</source>
        <translation>
            <numerusform>72-uursklok loopt</numerusform>
            <numerusform>72-uursklokken lopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: late, deadline passed %n hour(s) ago</source>
        <translation>
            <numerusform>%1: te laat, termijn %n uur geleden verstreken</numerusform>
            <numerusform>%1: te laat, termijn %n uur geleden verstreken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hour(s) left</source>
        <translation>
            <numerusform>%1: nog %n uur</numerusform>
            <numerusform>%1: nog %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notified late this year</source>
        <translation>
            <numerusform>dit jaar te laat gemeld</numerusform>
            <numerusform>dit jaar te laat gemeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late: deadline passed %n hour(s) ago</source>
        <translation>
            <numerusform>te laat: termijn %n uur geleden verstreken</numerusform>
            <numerusform>te laat: termijn %n uur geleden verstreken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>nog %n uur</numerusform>
            <numerusform>nog %n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <source>data-breaches-per-month</source>
        <translation>datalekken-per-maand</translation>
    </message>
    <message>
        <source>Data breaches per month, by nature (month of discovery)</source>
        <translation>Datalekken per maand, naar soort (maand van ontdekking)</translation>
    </message>
    <message>
        <source>No data breaches were discovered in these 12 months.</source>
        <translation>In deze 12 maanden zijn geen datalekken ontdekt.</translation>
    </message>
    <message>
        <source>Running 72-hour clocks (soonest deadline first)</source>
        <translation>Lopende 72-uursklokken (eerste termijn bovenaan)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Deadline for the AP</source>
        <translation>Termijn voor de AP</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Uren over</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <extracomment>Dutch: &quot;&amp;Jaarverslag…&quot;</extracomment>
        <translation>&amp;Jaarverslag…</translation>
    </message>
    <message>
        <source>The figures of a calendar year for the board, with their definitions</source>
        <extracomment>Dutch: &quot;De cijfers van een kalenderjaar voor het bestuur, met hun definities&quot;</extracomment>
        <translation>De cijfers van een kalenderjaar voor het bestuur, met hun definities</translation>
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
    <name>pd::ui::DestroyDialog</name>
    <message>
        <source>Destroy request files</source>
        <translation>Verzoekdossiers vernietigen</translation>
    </message>
    <message>
        <source>Destroy the request files of %1 (customer number %2)?</source>
        <translation>De verzoekdossiers van %1 (klantnummer %2) vernietigen?</translation>
    </message>
    <message>
        <source>e.g. anonymised in Privacydesk</source>
        <translation>bijv. geanonimiseerd in Privacydesk</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone</source>
        <translation>Ik begrijp dat dit niet ongedaan kan worden &amp;gemaakt</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Vernietigen</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Destroy what is left of %1 (customer number %2)?</source>
        <translation>Vernietigen wat er over is van %1 (klantnummer %2)?</translation>
    </message>
    <message>
        <source>Nothing about this data subject is kept.</source>
        <translation>Er wordt niets over deze betrokkene bewaard.</translation>
    </message>
    <message>
        <source>Destroy data subject</source>
        <translation>Betrokkene vernietigen</translation>
    </message>
    <message>
        <source>Destroy Privacydesk&apos;s copy of the details of %1 (customer number %2)?</source>
        <translation>De kopie in Privacydesk van de gegevens van %1 (klantnummer %2) vernietigen?</translation>
    </message>
    <message>
        <source>Destroy data breach</source>
        <translation>Datalek vernietigen</translation>
    </message>
    <message>
        <source>Destroy data breach %1 (%2), closed on %3? Its retention period ended on %4.</source>
        <translation>Datalek %1 (%2), afgesloten op %3, vernietigen? De bewaartermijn is op %4 afgelopen.</translation>
    </message>
    <message>
        <source>e.g. destroyed in Privacydesk</source>
        <translation>bijv. vernietigd in Privacydesk</translation>
    </message>
</context>
<context>
    <name>pd::ui::DestructionLogModel</name>
    <message>
        <source>Audit event %1, hash %2</source>
        <translation>Auditgebeurtenis %1, hash %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::DisclosureDialog</name>
    <message>
        <source>New disclosure</source>
        <translation>Nieuwe verstrekking</translation>
    </message>
    <message>
        <source>New &amp;recipient…</source>
        <translation>Nieuwe &amp;ontvanger…</translation>
    </message>
    <message>
        <source>Customer number, postcode or name</source>
        <translation>Klantnummer, postcode of naam</translation>
    </message>
    <message>
        <source>Delete removes the selected person</source>
        <translation>Delete verwijdert de geselecteerde persoon</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>Details, e.g. &quot;only the amount of the arrears&quot;</source>
        <translation>Toelichting, bijv. ‘alleen het bedrag van de achterstand’</translation>
    </message>
    <message>
        <source>Statute or covenant, e.g. &quot;Convenant Aanpak Woonoverlast&quot;</source>
        <translation>Wet of convenant, bijv. ‘Convenant Aanpak Woonoverlast’</translation>
    </message>
    <message>
        <source>&amp;Informed on</source>
        <translation>G&amp;eïnformeerd op</translation>
    </message>
    <message>
        <source>Not informed: &amp;prohibited by law, because</source>
        <translation>Niet geïnformeerd: wettelijk ver&amp;boden, omdat</translation>
    </message>
    <message>
        <source>e.g. art. 23 GDPR: ongoing criminal investigation</source>
        <translation>bijv. art. 23 AVG: lopend strafrechtelijk onderzoek</translation>
    </message>
    <message>
        <source>S&amp;till to inform</source>
        <translation>Nog &amp;te informeren</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>Ont&amp;vanger:</translation>
    </message>
    <message>
        <source>&amp;Find person:</source>
        <translation>Persoon &amp;zoeken:</translation>
    </message>
    <message>
        <source>Persons concerned:</source>
        <translation>Betrokkenen:</translation>
    </message>
    <message>
        <source>Data &amp;shared:</source>
        <translation>Verstrekte gegeven&amp;s:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Doe&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>G&amp;rondslag:</translation>
    </message>
    <message>
        <source>Statute or co&amp;venant:</source>
        <translation>Wet of co&amp;nvenant:</translation>
    </message>
    <message>
        <source>Re&amp;quested by:</source>
        <translation>Gevr&amp;aagd door:</translation>
    </message>
    <message>
        <source>Lin&amp;ked request (optional):</source>
        <translation>Gekoppeld verzoe&amp;k (optioneel):</translation>
    </message>
    <message>
        <source>Data subject:</source>
        <translation>Betrokkene:</translation>
    </message>
    <message>
        <source>— choose a recipient —</source>
        <translation>— kies een ontvanger —</translation>
    </message>
    <message>
        <source>Data disclosed</source>
        <translation>Verstrekte gegevens</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Statute or covenant</source>
        <translation>Wet of convenant</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <source>Reason for not informing</source>
        <translation>Reden om niet te informeren</translation>
    </message>
    <message>
        <source>Remove the citizen service number, or confirm that it is not one.</source>
        <translation>Verwijder het burgerservicenummer, of bevestig dat het er geen is.</translation>
    </message>
    <message>
        <source>The recipients could not be read: %1</source>
        <translation>De ontvangers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Het zoeken is mislukt: %1</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Data shared</source>
        <translation>Verstrekte gegevens</translation>
    </message>
    <message>
        <source>Details of the data shared</source>
        <translation>Toelichting op de verstrekte gegevens</translation>
    </message>
    <message>
        <source>Date the data subject was informed</source>
        <translation>Datum waarop de betrokkene is geïnformeerd</translation>
    </message>
    <message>
        <source>Why the law prohibits informing the data subject</source>
        <translation>Waarom de wet verbiedt om de betrokkene te informeren</translation>
    </message>
    <message>
        <source>This number is not a &amp;BSN (logged)</source>
        <translation>Dit nummer is &amp;geen BSN (wordt vastgelegd)</translation>
    </message>
    <message>
        <source>List of customer &amp;numbers (CSV)…</source>
        <extracomment>Dutch: &quot;Li&amp;jst van klantnummers (CSV)…&quot;</extracomment>
        <translation>Li&amp;jst van klantnummers (CSV)…</translation>
    </message>
    <message>
        <source>Leave these numbers &amp;out on purpose (recorded)</source>
        <extracomment>Dutch: &quot;Deze nummers bewust &amp;weglaten (wordt vastgelegd)&quot;</extracomment>
        <translation>Deze nummers bewust &amp;weglaten (wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Und&amp;er covenant:</source>
        <extracomment>Dutch: &quot;Onder &amp;convenant:&quot;</extracomment>
        <translation>Onder &amp;convenant:</translation>
    </message>
    <message>
        <source>Customer numbers that name nobody</source>
        <extracomment>Dutch: &quot;Klantnummers die niemand noemen&quot;</extracomment>
        <translation>Klantnummers die niemand noemen</translation>
    </message>
    <message>
        <source>Not every customer number of the list names one person: correct the list, or leave these numbers out on purpose.</source>
        <extracomment>Dutch: &quot;Niet elk klantnummer van de lijst noemt één persoon: pas de lijst aan, of laat deze nummers bewust weg.&quot;</extracomment>
        <translation>Niet elk klantnummer van de lijst noemt één persoon: pas de lijst aan, of laat deze nummers bewust weg.</translation>
    </message>
    <message>
        <source>— no covenant —</source>
        <extracomment>Dutch: &quot;— geen convenant —&quot;</extracomment>
        <translation>— geen convenant —</translation>
    </message>
    <message>
        <source>The covenants could not be read: %1</source>
        <extracomment>Dutch: &quot;De convenanten konden niet worden gelezen: %1&quot;</extracomment>
        <translation>De convenanten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>List of customer numbers</source>
        <extracomment>Dutch: &quot;Lijst van klantnummers&quot;</extracomment>
        <translation>Lijst van klantnummers</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <extracomment>Dutch: &quot;CSV-bestanden (*.csv *.txt);;Alle bestanden (*)&quot;</extracomment>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n person(s).</source>
        <extracomment>Dutch: &quot;Uit %1: %n persoon/personen.&quot;</extracomment>
        <translation>
            <numerusform>Uit %1: %n persoon.</numerusform>
            <numerusform>Uit %1: %n personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) listed more than once (counted once).</source>
        <extracomment>Dutch: &quot;%n nummer(s) stond(en) er meer dan eens in (één keer geteld).&quot;</extracomment>
        <translation>
            <numerusform>%n nummer stond er meer dan eens in (één keer geteld).</numerusform>
            <numerusform>%n nummers stonden er meer dan eens in (één keer geteld).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::DisclosureListModel</name>
    <message>
        <source>Informed on %1</source>
        <translation>Geïnformeerd op %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Data subject informed</source>
        <translation>Betrokkene geïnformeerd</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data subject(s), destroyed</source>
        <translation>
            <numerusform>%n betrokkene, vernietigd</numerusform>
            <numerusform>%n betrokkenen, vernietigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persons</source>
        <extracomment>Dutch: &quot;%n personen&quot;</extracomment>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>covenant %1</source>
        <extracomment>Dutch: &quot;convenant %1&quot;</extracomment>
        <translation>convenant %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::DisclosuresPage</name>
    <message>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <source>Recipients and processors</source>
        <translation>Ontvangers en verwerkers</translation>
    </message>
    <message>
        <source>Search recipient (Ctrl+F)</source>
        <translation>Zoek ontvanger (Ctrl+F)</translation>
    </message>
    <message>
        <source>Register a disclosure (Ctrl+Shift+D)</source>
        <translation>Registreer een verstrekking (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>Vanaf: elke datum</translation>
    </message>
    <message>
        <source>Until: any date</source>
        <translation>Tot en met: elke datum</translation>
    </message>
    <message>
        <source>Disclosed on or after</source>
        <translation>Verstrekt op of na</translation>
    </message>
    <message>
        <source>Disclosed on or before</source>
        <translation>Verstrekt op of vóór</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>All legal bases</source>
        <translation>Alle grondslagen</translation>
    </message>
    <message>
        <source>Informed or not</source>
        <translation>Geïnformeerd of niet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Overeenkomst ondertekend</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Evaluatie op</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n verstrekking</numerusform>
            <numerusform>%n verstrekkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>No disclosures registered yet</source>
        <translation>Nog geen verstrekkingen geregistreerd</translation>
    </message>
    <message>
        <source>Register each time personal data goes to a third party: to whom, whose data, why and on what legal basis. Press Ctrl+Shift+D.</source>
        <translation>Registreer elke keer dat persoonsgegevens naar een derde gaan: aan wie, van wie, waarom en op welke grondslag. Druk op Ctrl+Shift+D.</translation>
    </message>
    <message>
        <source>No disclosures match these filters</source>
        <translation>Geen verstrekkingen die aan deze filters voldoen</translation>
    </message>
    <message>
        <source>Change the search or the filters to see more.</source>
        <translation>Wijzig de zoekopdracht of de filters om meer te zien.</translation>
    </message>
    <message>
        <source>%1 — review overdue</source>
        <translation>%1 — evaluatie te laat</translation>
    </message>
    <message>
        <source>no signed agreement</source>
        <translation>geen getekende overeenkomst</translation>
    </message>
    <message numerus="yes">
        <source>%n processing agreement(s) overdue for review or not signed.</source>
        <translation>
            <numerusform>%n verwerkersovereenkomst moet worden geëvalueerd of is niet ondertekend.</numerusform>
            <numerusform>%n verwerkersovereenkomsten moeten worden geëvalueerd of zijn niet ondertekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each time personal data goes to a third party, it is registered here: to whom, whose data, why and on what legal basis.</source>
        <translation>Hier staat elke keer dat persoonsgegevens naar een derde zijn gegaan: aan wie, van wie, waarom en op welke grondslag.</translation>
    </message>
    <message>
        <source>Outside the EEA: %1</source>
        <translation>Buiten de EER: %1</translation>
    </message>
    <message>
        <source>The disclosures could not be read</source>
        <translation>De verstrekkingen konden niet worden gelezen</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>De lijst kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Add a recipient or processor (Ctrl+Shift+O)</source>
        <translation>Voeg een ontvanger of verwerker toe (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>EER</translation>
    </message>
    <message>
        <source>EEA (%1)</source>
        <translation>EER (%1)</translation>
    </message>
    <message>
        <source>&amp;New disclosure…</source>
        <translation>&amp;Nieuwe verstrekking…</translation>
    </message>
    <message>
        <source>New re&amp;cipient…</source>
        <translation>Nieuwe &amp;ontvanger…</translation>
    </message>
    <message>
        <source>Search recipient</source>
        <extracomment>Dutch: &quot;Ontvanger zoeken&quot;</extracomment>
        <translation>Ontvanger zoeken</translation>
    </message>
    <message>
        <source>Recipient category</source>
        <extracomment>Dutch: &quot;Categorie ontvanger&quot;</extracomment>
        <translation>Categorie ontvanger</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>Dutch: &quot;Grondslag&quot;</extracomment>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Data subject informed</source>
        <extracomment>Dutch: &quot;Betrokkene geïnformeerd&quot;</extracomment>
        <translation>Betrokkene geïnformeerd</translation>
    </message>
    <message>
        <source>Covenants</source>
        <extracomment>Dutch: &quot;Convenanten&quot;</extracomment>
        <translation>Convenanten</translation>
    </message>
</context>
<context>
    <name>pd::ui::DisplayNameDialog</name>
    <message>
        <source>Fill in the name letters are signed with.</source>
        <extracomment>Dutch: &quot;Vul de naam in waarmee brieven worden ondertekend.&quot;</extracomment>
        <translation>Vul de naam in waarmee brieven worden ondertekend.</translation>
    </message>
    <message>
        <source>Change name – Privacydesk</source>
        <extracomment>Dutch: &quot;Naam wijzigen – Privacydesk&quot;</extracomment>
        <translation>Naam wijzigen – Privacydesk</translation>
    </message>
    <message>
        <source>The name of %1 as letters are signed with it, for example &quot;Jan de Vries&quot;. Never a user name.</source>
        <extracomment>Dutch: &quot;De naam van %1 zoals brieven ermee worden ondertekend, bijvoorbeeld &quot;Jan de Vries&quot;. Nooit een gebruikersnaam.&quot;</extracomment>
        <translation>De naam van %1 zoals brieven ermee worden ondertekend, bijvoorbeeld ‘Jan de Vries’. Nooit een gebruikersnaam.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Dutch: &quot;&amp;Naam:&quot;</extracomment>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <extracomment>Dutch: &quot;Naam op&amp;slaan&quot;</extracomment>
        <translation>Naam op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>pd::ui::DocumentPreview</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Afdrukvoorbeeld — %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Pages as they will be printed</source>
        <translation>Pagina&apos;s zoals ze worden afgedrukt</translation>
    </message>
    <message>
        <source>Choose a printer, the pages and the copies, then print (Ctrl+P)</source>
        <translation>Kies een printer, de pagina&apos;s en het aantal exemplaren en druk af (Ctrl+P)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Paginabreedte</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 afdrukken</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was recorded.</source>
        <translation>Het afdrukken is geannuleerd; er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Het afdrukken is geannuleerd.</translation>
    </message>
    <message>
        <source>Preparing page %1 of %2 for %3…</source>
        <translation>Pagina %1 van %2 wordt voorbereid voor %3…</translation>
    </message>
    <message>
        <source>Preparing the pages for %1…</source>
        <translation>De pagina&apos;s worden voorbereid voor %1…</translation>
    </message>
    <message numerus="yes">
        <source>The chosen pages are not in the document: it has %n page(s). Nothing was printed.</source>
        <translation>
            <numerusform>De gekozen pagina&apos;s staan niet in het document: het heeft %n pagina. Er is niets afgedrukt.</numerusform>
            <numerusform>De gekozen pagina&apos;s staan niet in het document: het heeft %n pagina&apos;s. Er is niets afgedrukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was removed again.</source>
        <translation>Het bestand is weer verwijderd.</translation>
    </message>
    <message>
        <source>Saved as PDF in %1; not sent to a printer.</source>
        <translation>Als PDF opgeslagen in %1; niet naar een printer gestuurd.</translation>
    </message>
    <message>
        <source>%1 Nothing was recorded.</source>
        <translation>%1 Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>The print job %1 was cancelled because it could not be recorded.</source>
        <translation>Afdrukopdracht %1 is geannuleerd, omdat hij niet kon worden vastgelegd.</translation>
    </message>
    <message>
        <source>Sent to %1 (job %2).</source>
        <translation>Verstuurd naar %1 (opdracht %2).</translation>
    </message>
    <message>
        <source>The printer %1 is paused: the job waits until it is resumed.</source>
        <translation>De printer %1 is gepauzeerd: de opdracht wacht tot de printer weer aan staat.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Printed and recorded; close the preview</source>
        <translation>Afgedrukt en vastgelegd; sluit het afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
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
        <translation>Is een DPIA nodig?</translation>
    </message>
    <message>
        <source>The AP&apos;s list</source>
        <extracomment>Dutch: &quot;Lijst van de AP&quot;</extracomment>
        <translation>Lijst van de AP</translation>
    </message>
    <message>
        <source>Cases of art. 35(3) GDPR</source>
        <extracomment>Dutch: &quot;Gevallen van art. 35 lid 3 AVG&quot;</extracomment>
        <translation>Gevallen van art. 35 lid 3 AVG</translation>
    </message>
    <message>
        <source>EDPB criteria</source>
        <extracomment>Dutch: &quot;Criteria van de EDPB&quot;</extracomment>
        <translation>Criteria van de EDPB</translation>
    </message>
    <message>
        <source>The AP&apos;s list: always a DPIA (Stcrt. 2019, 64418)</source>
        <extracomment>Dutch: &quot;Lijst van de AP: altijd een DPIA (Stcrt. 2019, 64418)&quot;</extracomment>
        <translation>Lijst van de AP: altijd een DPIA (Stcrt. 2019, 64418)</translation>
    </message>
    <message>
        <source>Art. 35(3) GDPR</source>
        <extracomment>Dutch: &quot;Art. 35 lid 3 AVG&quot;</extracomment>
        <translation>Art. 35 lid 3 AVG</translation>
    </message>
    <message>
        <source>EDPB criteria (WP248): two or more, then a DPIA is likely needed</source>
        <extracomment>Dutch: &quot;Criteria van de EDPB (WP248): twee of meer, dan waarschijnlijk een DPIA&quot;</extracomment>
        <translation>Criteria van de EDPB (WP248): twee of meer, dan waarschijnlijk een DPIA</translation>
    </message>
    <message>
        <source>Decision and DPIA</source>
        <extracomment>Dutch: &quot;Beslissing en DPIA&quot;</extracomment>
        <translation>Beslissing en DPIA</translation>
    </message>
    <message>
        <source>DPIA &amp;needed</source>
        <extracomment>Dutch: &quot;DPIA &amp;nodig&quot;</extracomment>
        <translation>DPIA &amp;nodig</translation>
    </message>
    <message>
        <source>N&amp;o DPIA needed</source>
        <extracomment>Dutch: &quot;&amp;Geen DPIA nodig&quot;</extracomment>
        <translation>&amp;Geen DPIA nodig</translation>
    </message>
    <message>
        <source>&amp;Why (not):</source>
        <extracomment>Dutch: &quot;&amp;Waarom (niet):&quot;</extracomment>
        <translation>&amp;Waarom (niet):</translation>
    </message>
    <message>
        <source>DPIA &amp;done on:</source>
        <extracomment>Dutch: &quot;DPIA &amp;uitgevoerd op:&quot;</extracomment>
        <translation>DPIA &amp;uitgevoerd op:</translation>
    </message>
    <message>
        <source>Out&amp;come and measures:</source>
        <extracomment>Dutch: &quot;Uitkomst en &amp;maatregelen:&quot;</extracomment>
        <translation>Uitkomst en &amp;maatregelen:</translation>
    </message>
    <message>
        <source>&amp;Residual risk:</source>
        <extracomment>Dutch: &quot;&amp;Restrisico:&quot;</extracomment>
        <translation>&amp;Restrisico:</translation>
    </message>
    <message>
        <source>AP consulted &amp;beforehand on:</source>
        <extracomment>Dutch: &quot;AP v&amp;ooraf geraadpleegd op:&quot;</extracomment>
        <translation>AP v&amp;ooraf geraadpleegd op:</translation>
    </message>
    <message>
        <source>Needed when the residual risk stays high (art. 36(1) GDPR).</source>
        <extracomment>Dutch: &quot;Nodig als het restrisico hoog blijft (art. 36 lid 1 AVG).&quot;</extracomment>
        <translation>Nodig als het restrisico hoog blijft (art. 36 lid 1 AVG).</translation>
    </message>
    <message>
        <source>Consultation (reference, ad&amp;vice):</source>
        <extracomment>Dutch: &quot;Raad&amp;pleging (kenmerk, advies):&quot;</extracomment>
        <translation>Raad&amp;pleging (kenmerk, advies):</translation>
    </message>
    <message>
        <source>Rev&amp;iew on:</source>
        <extracomment>Dutch: &quot;&amp;Herbeoordelen op:&quot;</extracomment>
        <translation>&amp;Herbeoordelen op:</translation>
    </message>
    <message>
        <source>A DPIA is required: the processing is on the AP&apos;s list or falls under art. 35(3) GDPR.</source>
        <extracomment>Dutch: &quot;Een DPIA is verplicht: de verwerking staat op de lijst van de AP of valt onder art. 35 lid 3 AVG.&quot;</extracomment>
        <translation>Een DPIA is verplicht: de verwerking staat op de lijst van de AP of valt onder art. 35 lid 3 AVG.</translation>
    </message>
    <message>
        <source>Two or more criteria: a DPIA is likely needed.</source>
        <extracomment>Dutch: &quot;Twee of meer criteria: een DPIA is waarschijnlijk nodig.&quot;</extracomment>
        <translation>Twee of meer criteria: een DPIA is waarschijnlijk nodig.</translation>
    </message>
    <message>
        <source>The lists do not point to a DPIA; judge the high risk yourself (art. 35(1) GDPR).</source>
        <extracomment>Dutch: &quot;De lijsten wijzen niet op een DPIA; beoordeel het hoge risico zelf (art. 35 lid 1 AVG).&quot;</extracomment>
        <translation>De lijsten wijzen niet op een DPIA; beoordeel het hoge risico zelf (art. 35 lid 1 AVG).</translation>
    </message>
    <message>
        <source>DPIA not saved</source>
        <extracomment>Dutch: &quot;DPIA niet opgeslagen&quot;</extracomment>
        <translation>DPIA niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>pd::ui::DpiaPage</name>
    <message>
        <source>Required</source>
        <extracomment>Dutch: &quot;Verplicht&quot;</extracomment>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Likely needed</source>
        <extracomment>Dutch: &quot;Waarschijnlijk nodig&quot;</extracomment>
        <translation>Waarschijnlijk nodig</translation>
    </message>
    <message>
        <source>A DPIA is needed when a processing is likely to result in a high risk (art. 35(1) GDPR): always for the types on the AP&apos;s list and in the cases of art. 35(3); likely with two or more EDPB criteria. When the residual risk stays high, consult the AP beforehand (art. 36(1)).</source>
        <extracomment>Dutch: &quot;Een DPIA is nodig als een verwerking waarschijnlijk een hoog risico inhoudt (art. 35 lid 1 AVG): altijd bij de soorten op de lijst van de AP en in de gevallen van art. 35 lid 3; bij twee of meer criteria van de EDPB waarschijnlijk. Blijft het restrisico hoog, raadpleeg dan vooraf de AP (art. 36 lid 1).&quot;</extracomment>
        <translation>Een DPIA is nodig als een verwerking waarschijnlijk een hoog risico inhoudt (art. 35 lid 1 AVG): altijd bij de soorten op de lijst van de AP en in de gevallen van art. 35 lid 3; bij twee of meer criteria van de EDPB waarschijnlijk. Blijft het restrisico hoog, raadpleeg dan vooraf de AP (art. 36 lid 1).</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <extracomment>Dutch: &quot;&amp;Beoordelen…&quot;</extracomment>
        <translation>&amp;Beoordelen…</translation>
    </message>
    <message>
        <source>Assess whether the selected activity needs a DPIA, and record the DPIA (Enter or F2)</source>
        <extracomment>Dutch: &quot;Beoordeel of de gekozen verwerking een DPIA nodig heeft, en leg de DPIA vast (Enter of F2)&quot;</extracomment>
        <translation>Beoordeel of de gekozen verwerking een DPIA nodig heeft, en leg de DPIA vast (Enter of F2)</translation>
    </message>
    <message>
        <source>DPIA register</source>
        <extracomment>Dutch: &quot;DPIA-register&quot;</extracomment>
        <translation>DPIA-register</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>By the lists</source>
        <extracomment>Dutch: &quot;Volgens de lijsten&quot;</extracomment>
        <translation>Volgens de lijsten</translation>
    </message>
    <message>
        <source>DPIA</source>
        <extracomment>Dutch: &quot;DPIA&quot;</extracomment>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <extracomment>Dutch: &quot;Restrisico&quot;</extracomment>
        <translation>Restrisico</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>Dutch: &quot;Herbeoordeling&quot;</extracomment>
        <translation>Herbeoordeling</translation>
    </message>
    <message>
        <source>Attention</source>
        <extracomment>Dutch: &quot;Aandacht&quot;</extracomment>
        <translation>Aandacht</translation>
    </message>
    <message>
        <source>The DPIA register could not be read: %1</source>
        <extracomment>Dutch: &quot;Het DPIA-register kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Het DPIA-register kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities; %1 DPIA review(s) due</source>
        <extracomment>Dutch: &quot;%n verwerking(en); %1 DPIA(&apos;s) te herbeoordelen&quot;</extracomment>
        <translation>
            <numerusform>%n verwerking; %1 DPIA(&apos;s) te herbeoordelen</numerusform>
            <numerusform>%n verwerkingen; %1 DPIA(&apos;s) te herbeoordelen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::DrillDownBanner</name>
    <message>
        <source>From the dashboard: %1</source>
        <translation>Vanuit het dashboard: %1</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Toon alles</translation>
    </message>
    <message>
        <source>Drop the dashboard&apos;s selection and show the list with its own filters</source>
        <translation>De selectie van het dashboard loslaten en de lijst met de eigen filters tonen</translation>
    </message>
    <message>
        <source>From Today: %1</source>
        <translation>Vanuit Vandaag: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::EncryptChoice</name>
    <message>
        <source>Password by p&amp;hone</source>
        <extracomment>Dutch: &quot;Wachtwoord per tele&amp;foon&quot;</extracomment>
        <translation>Wachtwoord per tele&amp;foon</translation>
    </message>
    <message>
        <source>Password by te&amp;xt message</source>
        <extracomment>Dutch: &quot;Wachtwoord per &amp;sms&quot;</extracomment>
        <translation>Wachtwoord per &amp;sms</translation>
    </message>
    <message>
        <source>One PDF (AES-256) with a password of five words, shown to you once afterwards. Choose how you pass it on:</source>
        <extracomment>Dutch: &quot;Eén PDF (AES-256) met een wachtwoord van vijf woorden, dat u daarna één keer ziet. Kies hoe u het doorgeeft:&quot;</extracomment>
        <translation>Eén PDF (AES-256) met een wachtwoord van vijf woorden, dat u daarna één keer ziet. Kies hoe u het doorgeeft:</translation>
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
        <translation>&amp;Redenen (zoals de betrokkene erover is geïnformeerd):</translation>
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
    <message>
        <source>The deadline could not be computed: %1</source>
        <translation>De termijn kon niet worden berekend: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExternalHoldDialog</name>
    <message>
        <source>Hold on data outside Privacydesk — %1</source>
        <extracomment>Dutch: &quot;Bewaring van gegevens buiten Privacydesk — %1&quot;</extracomment>
        <translation>Bewaring van gegevens buiten Privacydesk — %1</translation>
    </message>
    <message>
        <source>for example: images hall Dorpsstraat 12, 3 March 2-4 pm</source>
        <extracomment>Dutch: &quot;bijvoorbeeld: beelden hal Dorpsstraat 12, 3 maart 14-16 uur&quot;</extracomment>
        <translation>bijvoorbeeld: beelden hal Dorpsstraat 12, 3 maart 14-16 uur</translation>
    </message>
    <message>
        <source>4w, 30d, 3m or 1y</source>
        <extracomment>Dutch: &quot;4w, 30d, 3m of 1y&quot;</extracomment>
        <translation>4w, 30d, 3m of 1y</translation>
    </message>
    <message>
        <source>Already secured on</source>
        <translation>Al veiliggesteld op</translation>
    </message>
    <message>
        <source>by (empty: you)</source>
        <extracomment>Dutch: &quot;door (leeg: u)&quot;</extracomment>
        <translation>door (leeg: u)</translation>
    </message>
    <message>
        <source>Secured on</source>
        <extracomment>Dutch: &quot;Veiliggesteld op&quot;</extracomment>
        <translation>Veiliggesteld op</translation>
    </message>
    <message>
        <source>Secured by</source>
        <translation>Veiliggesteld door</translation>
    </message>
    <message>
        <source>Kept until</source>
        <extracomment>Dutch: &quot;Vastgelegd tot&quot;</extracomment>
        <translation>Vastgelegd tot</translation>
    </message>
    <message>
        <source>System:</source>
        <extracomment>Dutch: &quot;Systeem:&quot;</extracomment>
        <translation>Systeem:</translation>
    </message>
    <message>
        <source>What is secured:</source>
        <extracomment>Dutch: &quot;Wat wordt veiliggesteld:&quot;</extracomment>
        <translation>Wat wordt veiliggesteld:</translation>
    </message>
    <message>
        <source>Date of the recording:</source>
        <extracomment>Dutch: &quot;Datum van de opname:&quot;</extracomment>
        <translation>Datum van de opname:</translation>
    </message>
    <message>
        <source>The system itself keeps it:</source>
        <extracomment>Dutch: &quot;Het systeem bewaart zelf:&quot;</extracomment>
        <translation>Het systeem bewaart zelf:</translation>
    </message>
    <message>
        <source>Secure before:</source>
        <extracomment>Dutch: &quot;Veiligstellen vóór:&quot;</extracomment>
        <translation>Veiligstellen vóór:</translation>
    </message>
    <message>
        <source>give the retention as 4w, 30d, 3m or 1y</source>
        <translation>geef de bewaartermijn als 4w, 30d, 3m of 1y</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExternalHoldsWidget</name>
    <message>
        <source>Data outside Privacydesk (camera images, call recordings, …)</source>
        <extracomment>Dutch: &quot;Gegevens buiten Privacydesk (camerabeelden, gespreksopnames, …)&quot;</extracomment>
        <translation>Gegevens buiten Privacydesk (camerabeelden, gespreksopnames, …)</translation>
    </message>
    <message>
        <source>Record a hold…</source>
        <extracomment>Dutch: &quot;Bewaring vastleggen…&quot;</extracomment>
        <translation>Bewaring vastleggen…</translation>
    </message>
    <message>
        <source>Secured</source>
        <extracomment>Dutch: &quot;Veiliggesteld&quot;</extracomment>
        <translation>Veiliggesteld</translation>
    </message>
    <message>
        <source>Release…</source>
        <extracomment>Dutch: &quot;Vrijgeven…&quot;</extracomment>
        <translation>Vrijgeven…</translation>
    </message>
    <message>
        <source>The holds could not be read: %1</source>
        <extracomment>Dutch: &quot;De bewaringen konden niet worden gelezen: %1&quot;</extracomment>
        <translation>De bewaringen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No holds.</source>
        <extracomment>Dutch: &quot;Geen bewaringen.&quot;</extracomment>
        <translation>Geen bewaringen.</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <extracomment>Dutch: &quot;Bewaring vrijgeven&quot;</extracomment>
        <translation>Bewaring vrijgeven</translation>
    </message>
    <message>
        <source>Why is the hold on %1 released?</source>
        <translation>Waarom wordt de bewaring van %1 vrijgegeven?</translation>
    </message>
</context>
<context>
    <name>pd::ui::FigureTile</name>
    <message>
        <source>Show the list behind this figure</source>
        <translation>De lijst achter dit cijfer tonen</translation>
    </message>
</context>
<context>
    <name>pd::ui::HelpWindow</name>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>User guide — Privacydesk</source>
        <translation>Handleiding — Privacydesk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Terug (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vooruit (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>The start of the user guide</source>
        <translation>Het begin van de handleiding</translation>
    </message>
    <message>
        <source>Search this page (Ctrl+F)</source>
        <translation>Zoeken op deze pagina (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Inhoudsopgave</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>pd::ui::ImportWizard</name>
    <message>
        <source>Choose the export file</source>
        <translation>Kies het exportbestand</translation>
    </message>
    <message>
        <source>A CSV file from the housing system with a header row: customer number, name, relation, end date, and optionally address, postcode, phone and e-mail.</source>
        <translation>Een CSV-bestand uit het woningbeheersysteem met een kopregel: klantnummer, naam, relatie, einddatum en eventueel adres, postcode, telefoon en e-mail.</translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation>Pad naar een .csv-bestand</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Controleer de kolommen</translation>
    </message>
    <message>
        <source>The first rows of the file. Choose above each column what it holds; customer number and name are required.</source>
        <translation>De eerste regels van het bestand. Kies boven elke kolom wat erin staat; klantnummer en naam zijn verplicht.</translation>
    </message>
    <message>
        <source>Encoding: %1 · separator: %2</source>
        <translation>Tekenset: %1 · scheidingsteken: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Veld voor kolom %1</translation>
    </message>
    <message>
        <source>Choose exactly one column for “%1”.</source>
        <translation>Kies precies één kolom voor ‘%1’.</translation>
    </message>
    <message>
        <source>Several columns are set to “%1”.</source>
        <translation>Meerdere kolommen staan op ‘%1’.</translation>
    </message>
    <message>
        <source>Check every line</source>
        <translation>Controle van alle regels</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Lines with a problem are listed with the reason; they are skipped unless you choose to import nothing at all.</source>
        <translation>Er is nog niets geïmporteerd. Regels met een probleem staan hieronder met de reden; ze worden overgeslagen, tenzij u kiest om dan niets te importeren.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Import &amp;nothing when a line is rejected</source>
        <translation>&amp;Niets importeren als er een regel is afgekeurd</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Het bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>No line can be imported.</source>
        <translation>Er is geen regel die kan worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>Importing persons…</source>
        <translation>Personen worden geïmporteerd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>De import is geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Import persons</source>
        <translation>Personen importeren</translation>
    </message>
    <message>
        <source>No retention term changed.</source>
        <translation>Er is geen bewaartermijn gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n retention term(s) created</source>
        <translation>
            <numerusform>%n termijn aangemaakt</numerusform>
            <numerusform>%n termijnen aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention term(s) moved</source>
        <translation>
            <numerusform>%n termijn verschoven</numerusform>
            <numerusform>%n termijnen verschoven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention term(s) removed</source>
        <translation>
            <numerusform>%n termijn verwijderd</numerusform>
            <numerusform>%n termijnen verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>De eerste regels van het bestand</translation>
    </message>
    <message>
        <source>Lines with a problem</source>
        <translation>Regels met een probleem</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln line(s) can be imported; %2 rejected.</source>
        <translation>
            <numerusform>Te importeren: %1 van %Ln regel; afgekeurd: %2.</numerusform>
            <numerusform>Te importeren: %1 van %Ln regels; afgekeurd: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons imported: %1, updated: %2, unchanged: %3; lines rejected: %4.</source>
        <translation>Personen geïmporteerd: %1, bijgewerkt: %2, ongewijzigd: %3; regels afgekeurd: %4.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;laderen…</translation>
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
        <translation>Geef de beller het verzoeknummer en zeg:</translation>
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
        <translation>Wat u voor dit gesprek heeft ingevuld, is niet opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Verder invullen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>Restored: the call you were logging when the desk locked (%1). Check it and save it.</source>
        <translation>Hersteld: het telefoongesprek dat u aan het vastleggen was toen Privacydesk vergrendelde (%1). Controleer het en sla het op.</translation>
    </message>
    <message>
        <source>Check them against the housing system.</source>
        <translation>Controleer die met het woningbeheersysteem.</translation>
    </message>
    <message>
        <source>You will hear from us by %1 at the latest: then you get the answer, or we tell you why it takes longer.</source>
        <translation>U hoort uiterlijk op %1 van ons: dan krijgt u antwoord, of wij laten u weten waarom het langer duurt.</translation>
    </message>
</context>
<context>
    <name>pd::ui::IntegrityWatch</name>
    <message>
        <source>Privacydesk – store damaged</source>
        <translation>Privacydesk – kluis beschadigd</translation>
    </message>
    <message>
        <source>The weekly check of the store found damage in its database file: some data may be unreadable or lost. Do not delete any backup. Restore the most recent backup (File &gt; Restore a backup) and ask your administrator for help. Until the store is in order again, this check runs every time the store is opened.

Details: %1</source>
        <translation>De wekelijkse controle van de kluis heeft schade gevonden in het databasebestand: sommige gegevens zijn misschien onleesbaar of verloren. Verwijder geen enkele back-up. Zet de meest recente back-up terug (Bestand &gt; Back-up terugzetten) en vraag uw beheerder om hulp. Zolang de kluis niet in orde is, loopt deze controle elke keer dat de kluis wordt geopend.

Details: %1</translation>
    </message>
    <message>
        <source>The integrity of the database has not been checked yet. The desk checks it once a week in the background, and before every backup.</source>
        <translation>De integriteit van de database is nog niet gecontroleerd. Privacydesk controleert die eens per week op de achtergrond, en voor elke back-up.</translation>
    </message>
    <message>
        <source>Last integrity check of the database: %1, no damage found.</source>
        <translation>Laatste integriteitscontrole van de database: %1, geen beschadiging gevonden.</translation>
    </message>
    <message>
        <source>Last integrity check of the database: %1, DAMAGE FOUND. Restore the most recent backup and ask your administrator for help.</source>
        <translation>Laatste integriteitscontrole van de database: %1, BESCHADIGING GEVONDEN. Zet de meest recente back-up terug en vraag uw beheerder om hulp.</translation>
    </message>
</context>
<context>
    <name>pd::ui::KindDecisionBox</name>
    <message>
        <source>What was done (%1)</source>
        <translation>Wat is gedaan (%1)</translation>
    </message>
    <message>
        <source>Reasons for the decision (%1)</source>
        <translation>Motivering van de beslissing (%1)</translation>
    </message>
    <message>
        <source>Grounds for the refusal (%1)</source>
        <translation>Gronden voor de afwijzing (%1)</translation>
    </message>
    <message>
        <source>What was erased:</source>
        <translation>Wat is verwijderd:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Wat is gedaan:</translation>
    </message>
    <message>
        <source>What is kept, and why (art. 12(4) GDPR):</source>
        <translation>Wat bewaard blijft, en waarom (art. 12 lid 4 AVG):</translation>
    </message>
    <message>
        <source>Reasons (art. 12(4) GDPR):</source>
        <translation>Motivering (art. 12 lid 4 AVG):</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Gronden:</translation>
    </message>
</context>
<context>
    <name>pd::ui::LetterDialog</name>
    <message>
        <source>The number in this letter is not a BSN (the confirmation is recorded)</source>
        <translation>Het nummer in deze brief is geen BSN (de bevestiging wordt vastgelegd)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Letter for %1</source>
        <translation>Brief bij %1</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Voorbeeld van de brief</translation>
    </message>
    <message>
        <source>Save the letter as PDF and record it (Ctrl+S)</source>
        <translation>De brief opslaan als PDF en vastleggen (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Kind of letter:</source>
        <translation>&amp;Soort brief:</translation>
    </message>
    <message>
        <source>Letters are in Dutch, whatever the language of Privacydesk. Printing or saving records the letter on the request.</source>
        <translation>Brieven zijn in het Nederlands, in welke taal Privacydesk ook staat. Afdrukken of opslaan legt de brief vast bij het verzoek.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Er is geen verzoek %1.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>%1 recorded on %2 (SHA-256 %3…).</source>
        <translation>%1 vastgelegd bij %2 (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>De brief opslaan als PDF</translation>
    </message>
    <message>
        <source>Sent to %1 (job %2).</source>
        <translation>Verstuurd naar %1 (opdracht %2).</translation>
    </message>
    <message>
        <source>The letter was not printed: it could not be recorded. %1</source>
        <translation>De brief is niet afgedrukt: hij kon niet worden vastgelegd. %1</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Edit the text before the letter is made (this is recorded)</source>
        <extracomment>Dutch: &quot;&amp;Tekst aanpassen voordat de brief wordt gemaakt (dit wordt vastgelegd)&quot;</extracomment>
        <translation>&amp;Tekst aanpassen voordat de brief wordt gemaakt (dit wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Change the letter&apos;s text in the preview; the letter is made with your text and its record says it was edited by hand</source>
        <extracomment>Dutch: &quot;Pas de tekst van de brief aan in het voorbeeld; de brief wordt gemaakt met uw tekst en bij de brief staat dat die met de hand is aangepast&quot;</extracomment>
        <translation>Pas de tekst van de brief aan in het voorbeeld; de brief wordt gemaakt met uw tekst en bij de brief staat dat die met de hand is aangepast</translation>
    </message>
    <message>
        <source>Choose the printer and print; the letter is recorded once the printer accepted it (Ctrl+P)</source>
        <extracomment>Dutch: &quot;Kies de printer en druk af; de brief wordt vastgelegd zodra de printer hem heeft aangenomen (Ctrl+P)&quot;</extracomment>
        <translation>Kies de printer en druk af; de brief wordt vastgelegd zodra de printer hem heeft aangenomen (Ctrl+P)</translation>
    </message>
    <message>
        <source>The text was edited by hand; the record says so.</source>
        <extracomment>Dutch: &quot;De tekst is met de hand aangepast; dat staat bij de brief.&quot;</extracomment>
        <translation>De tekst is met de hand aangepast; dat staat bij de brief.</translation>
    </message>
</context>
<context>
    <name>pd::ui::LetterTemplatesDialog</name>
    <message>
        <source>This is not a BSN (the confirmation is recorded)</source>
        <translation>Dit is geen BSN (de bevestiging wordt vastgelegd)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>&amp;Standaardtekst terugzetten</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Briefsjablonen</translation>
    </message>
    <message>
        <source>Kinds of letter</source>
        <translation>Soorten brieven</translation>
    </message>
    <message>
        <source>Template (Dutch HTML)</source>
        <translation>Sjabloon (Nederlandse HTML)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Invulvelden</translation>
    </message>
    <message>
        <source>Store this template for every new letter of this kind (Ctrl+S)</source>
        <translation>Dit sjabloon bewaren voor elke nieuwe brief van deze soort (Ctrl+S)</translation>
    </message>
    <message>
        <source>Put Privacydesk&apos;s own text back for this kind</source>
        <translation>De eigen tekst van Privacydesk voor deze soort terugzetten</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <source>&amp;Template (Dutch HTML; the letter goes to Dutch tenants):</source>
        <translation>S&amp;jabloon (Nederlandse HTML; de brief gaat naar Nederlandstalige huurders):</translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click or Enter to insert):</source>
        <translation>&amp;Invulvelden (dubbelklik of Enter om in te voegen):</translation>
    </message>
    <message>
        <source>%1 (own text)</source>
        <translation>%1 (eigen tekst)</translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation>Gewijzigd door %1 op %2</translation>
    </message>
    <message>
        <source>Privacydesk&apos;s default text</source>
        <translation>Standaardtekst van Privacydesk</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Briefsjabloon</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) have changes that were not saved. Close and discard them?</source>
        <translation>
            <numerusform>%n sjabloon heeft wijzigingen die niet zijn opgeslagen. Sluiten en de wijzigingen weggooien?</numerusform>
            <numerusform>%n sjablonen hebben wijzigingen die niet zijn opgeslagen. Sluiten en de wijzigingen weggooien?</numerusform>
        </translation>
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
        <translation>Schemaversie:   %1</translation>
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
    <message>
        <source>&amp;Import persons…</source>
        <translation>Personen &amp;importeren…</translation>
    </message>
    <message>
        <source>Import data subjects and relation end dates from a CSV export</source>
        <translation>Betrokkenen en einddatums van de relatie importeren uit een CSV-export</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>Brief&amp;sjablonen…</translation>
    </message>
    <message>
        <source>&amp;Inzage report and export of a person…</source>
        <translation>Inzageoverzicht en e&amp;xport van een persoon…</translation>
    </message>
    <message>
        <source>The phone request you were logging has been kept. It opens again when you unlock.</source>
        <translation>Het telefonische verzoek dat u aan het vastleggen was, is bewaard. Het gaat weer open als u ontgrendelt.</translation>
    </message>
    <message>
        <source>A field that looked like a BSN was not kept: a BSN is never stored.</source>
        <translation>Een veld dat op een BSN leek, is niet bewaard: een BSN wordt nooit opgeslagen.</translation>
    </message>
    <message>
        <source>The phone request you were logging could not be kept: %1</source>
        <translation>Het telefonische verzoek dat u aan het vastleggen was, kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Gebruikers…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up te&amp;rugzetten…</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Gebruiker: %1 (%2)</translation>
    </message>
    <message>
        <source>Not part of your role</source>
        <translation>Niet voor uw rol</translation>
    </message>
    <message>
        <source>As %1 you log phone requests and see the requests you logged in the last 7 days. The registers and dashboards are for the privacy officer.</source>
        <translation>Als %1 legt u telefonische verzoeken vast en ziet u de verzoeken die u de afgelopen 7 dagen heeft vastgelegd. De registers en dashboards zijn voor de functionaris gegevensbescherming.</translation>
    </message>
    <message>
        <source>The new recovery key was still on screen when the desk locked and was not marked as kept. The previous key no longer works: after unlocking, renew the recovery key again in the user management and keep it.</source>
        <translation>De nieuwe herstelsleutel stond nog op het scherm toen Privacydesk vergrendelde en was nog niet als bewaard aangevinkt. De vorige sleutel werkt niet meer: vernieuw na het ontgrendelen de herstelsleutel opnieuw via Gebruikers en bewaar hem goed.</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <source>Register a request that arrived by e-mail, letter, web form, at the counter, through a representative or from the AP, with the original</source>
        <translation>Een verzoek vastleggen dat per e-mail, brief, webformulier, aan de balie, via een gemachtigde of via de AP binnenkwam, met het origineel</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>The user guide, at the section of what you are doing</source>
        <translation>De handleiding, bij het onderdeel waar u mee bezig bent</translation>
    </message>
    <message>
        <source>Report a &amp;data breach…</source>
        <translation>Datalek &amp;melden…</translation>
    </message>
    <message>
        <source>Register a data breach at once: the 72 hours for the AP run from the discovery</source>
        <translation>Leg een datalek meteen vast: de 72 uur voor de AP lopen vanaf de ontdekking</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <source>Backups – Privacydesk</source>
        <translation>Back-ups – Privacydesk</translation>
    </message>
    <message>
        <source>On the server</source>
        <extracomment>Dutch: &quot;Op de server&quot;</extracomment>
        <translation>Op de server</translation>
    </message>
    <message>
        <source>%1. The server decides who may do what; encryption of the stored data is that of the server&apos;s volume.</source>
        <extracomment>Dutch: &quot;%1. Wie wat mag, bepaalt de server; versleuteling van de opgeslagen gegevens is die van het volume van de server.&quot;</extracomment>
        <translation>%1. Wie wat mag, bepaalt de server; versleuteling van de opgeslagen gegevens is die van het volume van de server.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>Dutch: &quot;Server: %1&quot;</extracomment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The server enforces the roles; encryption of the stored data is that of the server&apos;s volume.</source>
        <extracomment>Dutch: &quot;De server dwingt de rollen af; versleuteling van de opgeslagen gegevens is die van het volume van de server.&quot;</extracomment>
        <translation>De server dwingt de rollen af; versleuteling van de opgeslagen gegevens is die van het volume van de server.</translation>
    </message>
    <message>
        <source>This store is on a server. Backups are made and restored by the owner of the database (usually IT) with privacydesk-cli backup --to and restore --from, encrypted with a passphrase of their own; see the manual.</source>
        <extracomment>Dutch: &quot;Deze kluis staat op een server. De eigenaar van de database (meestal de afdeling ICT) maakt de back-ups en zet ze terug met privacydesk-cli backup --to en restore --from, versleuteld met een eigen wachtwoordzin; zie de handleiding.&quot;</extracomment>
        <translation>Deze kluis staat op een server. De eigenaar van de database (meestal de afdeling ICT) maakt de back-ups en zet ze terug met privacydesk-cli backup --to en restore --from, versleuteld met een eigen wachtwoordzin; zie de handleiding.</translation>
    </message>
    <message>
        <source>Sections</source>
        <extracomment>Dutch: &quot;Onderdelen&quot;</extracomment>
        <translation>Onderdelen</translation>
    </message>
</context>
<context>
    <name>pd::ui::MandateDialog</name>
    <message>
        <source>Mandate requested</source>
        <extracomment>Dutch: &quot;Machtiging gevraagd&quot;, &quot;Machtiging ontvangen&quot;</extracomment>
        <translation>Machtiging gevraagd</translation>
    </message>
    <message>
        <source>Mandate received</source>
        <translation>Machtiging ontvangen</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Opgevraagd op:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <source>Ask %1 for the mandate without undue delay (the letter &apos;Request for a mandate&apos;): the deadline stands still from that day until the mandate arrives.</source>
        <extracomment>Dutch: &quot;Vraag %1 zonder onnodige vertraging om de machtiging (de brief &apos;Verzoek om machtiging&apos;): de termijn staat vanaf die dag stil, tot de machtiging binnen is.&quot;</extracomment>
        <translation>Vraag %1 zonder onnodige vertraging om de machtiging (de brief ‘Verzoek om machtiging’): de termijn staat vanaf die dag stil, tot de machtiging binnen is.</translation>
    </message>
    <message>
        <source>The mandate of %1 has arrived: the deadline runs again, with the days of the wait added. The letters then go to the representative.</source>
        <translation>De machtiging van %1 is binnen: de termijn loopt weer, met de dagen van het wachten erbij. De brieven gaan dan naar de gemachtigde.</translation>
    </message>
</context>
<context>
    <name>pd::ui::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
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
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>H&amp;erhaal wachtwoord:</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Kies een wachtwoord.</translation>
    </message>
</context>
<context>
    <name>pd::ui::NewRequestDialog</name>
    <message>
        <source>Representative</source>
        <translation>Gemachtigde</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <source>New request — Privacydesk</source>
        <translation>Nieuw verzoek — Privacydesk</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>How did it arrive?</source>
        <translation>Hoe kwam het binnen?</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <source>Dutch time (Europe/Amsterdam)</source>
        <translation>Nederlandse tijd (Europe/Amsterdam)</translation>
    </message>
    <message>
        <source>Only when the time of receipt is known (an e-mail, a call). Without it the request has a date of receipt and no time.</source>
        <translation>Alleen als het tijdstip van ontvangst bekend is (een e-mail, een telefoontje). Zonder tijd heeft het verzoek een datum van ontvangst en geen tijdstip.</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>Ont&amp;vangen door:</translation>
    </message>
    <message>
        <source>Repr&amp;esentative:</source>
        <translation>G&amp;emachtigde:</translation>
    </message>
    <message>
        <source>M&amp;andate:</source>
        <translation>Ma&amp;chtiging:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Omsc&amp;hrijving:</translation>
    </message>
    <message>
        <source>In a few words what is asked. No BSN, no document numbers.</source>
        <translation>In een paar woorden wat er gevraagd wordt. Geen BSN, geen documentnummers.</translation>
    </message>
    <message>
        <source>The request as it arrived</source>
        <translation>Het verzoek zoals het binnenkwam</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Kept inside the encrypted store with the request, at most %1 per file. Never a copy of an identity document: record how identity was checked instead.</source>
        <translation>Bewaard in de versleutelde kluis bij het verzoek, ten hoogste %1 per bestand. Nooit een kopie van een identiteitsbewijs: leg in plaats daarvan vast hoe de identiteit is gecontroleerd.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nieuw verzoek</translation>
    </message>
    <message>
        <source>Answer by %1 at the latest</source>
        <translation>Uiterlijk op %1 antwoorden</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept with it</source>
        <translation>
            <numerusform>%n bestand erbij bewaard</numerusform>
            <numerusform>%n bestanden erbij bewaard</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose how the request arrived (the channel).</source>
        <translation>Kies hoe het verzoek binnenkwam (het kanaal).</translation>
    </message>
    <message>
        <source>The time of receipt lies in the future.</source>
        <translation>Het tijdstip van ontvangst ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Enter the representative who made the request.</source>
        <translation>Vul de gemachtigde in die het verzoek deed.</translation>
    </message>
    <message>
        <source>already passed</source>
        <translation>al verstreken</translation>
    </message>
    <message>
        <source>E-mail from %1</source>
        <translation>E-mail van %1</translation>
    </message>
    <message numerus="yes">
        <source>with %n attached file(s), kept as part of it</source>
        <translation>
            <numerusform>met %n bijlage, bewaard als deel ervan</numerusform>
            <numerusform>met %n bijlagen, bewaard als deel ervan</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the request as it arrived</source>
        <translation>Het verzoek toevoegen zoals het binnenkwam</translation>
    </message>
    <message>
        <source>E-mails, PDF files and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>E-mails, PDF-bestanden en scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>kanaal %1</translation>
    </message>
    <message>
        <source>received %1 at %2 (Dutch time)</source>
        <translation>ontvangen %1 om %2 (Nederlandse tijd)</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>ontvangen %1</translation>
    </message>
    <message>
        <source>sender %1</source>
        <translation>afzender %1</translation>
    </message>
    <message>
        <source>sender %1 &lt;%2&gt;</source>
        <translation>afzender %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>the subject as description</source>
        <translation>het onderwerp als omschrijving</translation>
    </message>
    <message>
        <source>Filled in from the e-mail: %1. Check them before saving.</source>
        <translation>Ingevuld uit de e-mail: %1. Controleer dit voordat u opslaat.</translation>
    </message>
    <message>
        <source>What you entered for this request, and the files added to it, have not been saved. Discard them?</source>
        <translation>Wat u voor dit verzoek heeft ingevuld en de toegevoegde bestanden zijn niet opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder invullen</translation>
    </message>
    <message>
        <source>Time &amp;known:</source>
        <translation>T&amp;ijd bekend:</translation>
    </message>
    <message>
        <source>Who asks on their behalf, if anyone</source>
        <translation>Wie namens de betrokkene vraagt</translation>
    </message>
    <message>
        <source>e.g. written authorisation</source>
        <translation>bijv. schriftelijke machtiging</translation>
    </message>
    <message>
        <source>The e-mail (.eml), the letter&apos;s scan or the mandate, as it arrived. An e-mail fills in the form.</source>
        <translation>De e-mail (.eml), de scan van de brief of de machtiging, zoals die binnenkwam. Een e-mail vult het formulier in.</translation>
    </message>
    <message>
        <source>Drop the file here
or use “Add file…”</source>
        <translation>Sleep het bestand hierheen
of gebruik ‘Bestand toevoegen…’</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, received on %2 · legal deadline %3</source>
        <translation>%1, ontvangen op %2 · wettelijke termijn %3</translation>
    </message>
    <message>
        <source>At the latest %1, legal deadline %2</source>
        <translation>Uiterlijk op %1, wettelijke termijn %2</translation>
    </message>
    <message>
        <source>The deadline could not be computed: %1</source>
        <translation>De termijn kon niet worden berekend: %1</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>Tijdstip van ontvangst</translation>
    </message>
    <message>
        <source>Representative&apos;s address</source>
        <translation>Adres van de gemachtigde</translation>
    </message>
    <message>
        <source>letters &amp;go to:</source>
        <extracomment>Dutch: &quot;&amp;postadres:&quot;</extracomment>
        <translation>&amp;postadres:</translation>
    </message>
    <message>
        <source>where the letters go: Dorpsstraat 3, 6582 AB Heumen</source>
        <extracomment>Dutch: &quot;waar de brieven heen gaan: Dorpsstraat 3, 6582 AB Heumen&quot;</extracomment>
        <translation>waar de brieven heen gaan: Dorpsstraat 3, 6582 AB Heumen</translation>
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
        <translation>Notities horen bij de audittrail en kunnen achteraf niet worden gewijzigd. Noteer nooit een burgerservicenummer (BSN).</translation>
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
            <numerusform>Gebruik ten minste %n teken.</numerusform>
            <numerusform>Gebruik ten minste %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avoid repeated or consecutive characters such as &quot;aaaa&quot; or &quot;1234&quot;.</source>
        <translation>Vermijd herhaalde of opeenvolgende tekens zoals ‘aaaa’ of ‘1234’.</translation>
    </message>
    <message>
        <source>Make it longer, or mix letters, digits and symbols.</source>
        <translation>Maak het langer, of combineer letters, cijfers en speciale tekens.</translation>
    </message>
    <message>
        <source>Make it longer: a sentence of several words is strong and easy to remember.</source>
        <translation>Maak het langer: een zin van een paar woorden is sterk en makkelijk te onthouden.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Het wachtwoord moet ten minste %n teken hebben.</numerusform>
            <numerusform>Het wachtwoord moet ten minste %n tekens hebben.</numerusform>
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
            <numerusform>Gebruik ten minste %n teken; een zin van een paar woorden werkt goed.</numerusform>
            <numerusform>Gebruik ten minste %n tekens; een zin van een paar woorden werkt goed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::PersonExportWizard</name>
    <message>
        <source>Choose the data subject</source>
        <translation>Kies de betrokkene</translation>
    </message>
    <message>
        <source>Type a customer number, a postcode with house number, or a name.</source>
        <translation>Typ een klantnummer, een postcode met huisnummer of een naam.</translation>
    </message>
    <message>
        <source>e.g. K100234, 1234 AB 12 or Jansen</source>
        <translation>bijv. K100234, 1234 AB 12 of Jansen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Niemand gevonden.</translation>
    </message>
    <message>
        <source>Review other people&apos;s data</source>
        <translation>Gegevens van anderen beoordelen</translation>
    </message>
    <message>
        <source>These fragments of the notes and texts may be other people&apos;s data (article 15(4) AVG). Ticked fragments are replaced by “%1” in every output; untick what may stay.</source>
        <translation>Deze fragmenten uit de notities en teksten kunnen gegevens van anderen zijn (artikel 15 lid 4 AVG). Aangevinkte fragmenten worden in elke uitvoer vervangen door ‘%1’; vink uit wat mag blijven staan.</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>No data of other people were found in the notes and texts.</source>
        <translation>In de notities en teksten zijn geen gegevens van anderen gevonden.</translation>
    </message>
    <message>
        <source>&amp;Redact all</source>
        <translation>Alles &amp;weglaten</translation>
    </message>
    <message>
        <source>&amp;Keep all</source>
        <translation>Alles &amp;behouden</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n verzoek</numerusform>
            <numerusform>%n verzoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n verstrekking</numerusform>
            <numerusform>%n verstrekkingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) stay out of the export: the law forbids telling the data subject about them.</source>
        <translation>
            <numerusform>%n verstrekking blijft buiten de export: de wet verbiedt om de betrokkene hierover te informeren.</numerusform>
            <numerusform>%n verstrekkingen blijven buiten de export: de wet verbiedt om de betrokkene hierover te informeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the outputs</source>
        <translation>Kies de uitvoer</translation>
    </message>
    <message>
        <source>Access report as &amp;PDF:</source>
        <translation>Inzageoverzicht als &amp;PDF:</translation>
    </message>
    <message>
        <source>&amp;Data export (JSON and CSV) in:</source>
        <translation>&amp;Gegevensexport (JSON en CSV) in:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <source>&amp;Overwrite files that exist</source>
        <translation>Bestaande bestanden &amp;overschrijven</translation>
    </message>
    <message>
        <source>The files are not encrypted. Keep them where only you can reach them, and delete them once the data subject has them.</source>
        <translation>De bestanden zijn niet versleuteld. Bewaar ze waar alleen u erbij kunt en verwijder ze zodra de betrokkene ze heeft.</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Inzageoverzicht opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the data export</source>
        <translation>Map voor de gegevensexport</translation>
    </message>
    <message>
        <source>access-report-%1.pdf</source>
        <translation>inzageoverzicht-%1.pdf</translation>
    </message>
    <message>
        <source>data-export-%1</source>
        <translation>gegevensexport-%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exist already: %1. Choose another place, or tick “Overwrite files that exist”.</source>
        <translation>
            <numerusform>%n bestand bestaat al: %1. Kies een andere plek, of vink ‘Bestaande bestanden overschrijven’ aan.</numerusform>
            <numerusform>%n bestanden bestaan al: %1. Kies een andere plek, of vink ‘Bestaande bestanden overschrijven’ aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Bezig met schrijven…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Geschreven:</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 fragment(s) of other people&apos;s data redacted.</source>
        <translation>
            <numerusform>%n van %1 fragment met gegevens van anderen weggelaten.</numerusform>
            <numerusform>%n van %1 fragmenten met gegevens van anderen weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export is recorded in the data subject&apos;s audit trail.</source>
        <translation>De export is vastgelegd in de audittrail van de betrokkene.</translation>
    </message>
    <message>
        <source>Access report and data export</source>
        <translation>Inzageoverzicht en gegevensexport</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>The access report is a PDF for the data subject with everything (article 15 AVG). The data export holds, as JSON and CSV files, only the data processed on the data subject&apos;s consent or under a contract (article 20 AVG); its LEESMIJ.txt says what is left out and why.</source>
        <translation>Het inzageoverzicht is een PDF met alles voor de betrokkene (artikel 15 AVG). De gegevensexport bevat als JSON- en CSV-bestanden alleen de gegevens die met toestemming van de betrokkene of voor een overeenkomst worden verwerkt (artikel 20 AVG); het bestand LEESMIJ.txt zegt wat er niet in staat en waarom.</translation>
    </message>
    <message>
        <source>Left out of the data export (not on consent or contract, article 20 AVG): %1.</source>
        <translation>Niet in de gegevensexport (niet op toestemming of overeenkomst, artikel 20 AVG): %1.</translation>
    </message>
    <message>
        <source>The review of other people&apos;s data could not be done: %1</source>
        <translation>De controle op gegevens van anderen kon niet worden uitgevoerd: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Het zoeken is mislukt: %1</translation>
    </message>
    <message>
        <source>Data subjects found</source>
        <translation>Gevonden betrokkenen</translation>
    </message>
    <message>
        <source>Other people&apos;s data found</source>
        <translation>Gevonden gegevens van anderen</translation>
    </message>
    <message>
        <source>File for the access report</source>
        <translation>Bestand voor het inzageoverzicht</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>Send the data export directly to another controller (article 20(2) AVG)</source>
        <extracomment>Dutch: &quot;De gegevensexport rechtstreeks naar een andere organisatie (artikel 20 lid 2 AVG)&quot;</extracomment>
        <translation>De gegevensexport rechtstreeks naar een andere organisatie sturen (art. 20 lid 2 AVG)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Dutch: &quot;&amp;Naam:&quot;</extracomment>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Address or e-mail:</source>
        <extracomment>Dutch: &quot;&amp;Adres of e-mail:&quot;</extracomment>
        <translation>Adres of e-&amp;mail:</translation>
    </message>
    <message>
        <source>Choose the data export to send it to the other controller.</source>
        <extracomment>Dutch: &quot;Kies de gegevensexport om die naar de andere organisatie te sturen.&quot;</extracomment>
        <translation>Kies de gegevensexport om die naar de andere organisatie te sturen.</translation>
    </message>
    <message>
        <source>Give the receiving controller&apos;s name.</source>
        <extracomment>Dutch: &quot;Geef de naam van de ontvangende organisatie.&quot;</extracomment>
        <translation>Geef de naam van de ontvangende organisatie.</translation>
    </message>
    <message>
        <source>Encr&amp;ypted: one PDF with the data export inside</source>
        <extracomment>Dutch: &quot;Ve&amp;rsleuteld: één PDF met de gegevensexport erin&quot;</extracomment>
        <translation>Ve&amp;rsleuteld: één PDF met de gegevensexport erin</translation>
    </message>
    <message>
        <source>Encrypted (AES-256); inside the PDF: %1.</source>
        <extracomment>Dutch: &quot;Versleuteld (AES-256); in de PDF: %1.&quot;</extracomment>
        <translation>Versleuteld (AES-256); in de PDF: %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::PersonRelationDialog</name>
    <message>
        <source>The relation has &amp;ended</source>
        <translation>De relatie is &amp;beëindigd</translation>
    </message>
    <message>
        <source>Relation and end date</source>
        <translation>Relatie en einddatum</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relatie:</translation>
    </message>
    <message>
        <source>End &amp;date:</source>
        <translation>Eind&amp;datum:</translation>
    </message>
    <message>
        <source>The relation of %1 with the corporation. The retention periods that run from the end of the relation (contact data, financial records, the registration as house-seeker) are moved with it; a current tenant has no end date.</source>
        <translation>De relatie van %1 met de corporatie. De bewaartermijnen die beginnen bij het einde van de relatie (contactgegevens, financiële gegevens, de inschrijving als woningzoekende) schuiven mee; een huidige huurder heeft geen einddatum.</translation>
    </message>
    <message>
        <source>Choose the relation.</source>
        <translation>Kies de relatie.</translation>
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
        <translation>Betrokkene &amp;zoeken: klantnummer, postcode + huisnummer, of naam</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>E-mai&amp;l:</translation>
    </message>
    <message>
        <source>Choose the data subject from the results, or tick “New data subject”.</source>
        <translation>Kies de betrokkene uit de resultaten, of vink ‘Nieuwe betrokkene’ aan.</translation>
    </message>
    <message>
        <source>%1: nobody found. Tick “New data subject” (Alt+N) to register them.</source>
        <translation>%1: niemand gevonden. Vink ‘Nieuwe betrokkene’ aan (Alt+N) om de betrokkene te registreren.</translation>
    </message>
    <message>
        <source>Data subject: %1</source>
        <translation>Betrokkene: %1</translation>
    </message>
    <message>
        <source>The search failed, so it is not known whether this person is registered already: %1</source>
        <translation>Het zoeken is mislukt, dus het is niet bekend of deze persoon al geregistreerd is: %1</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Whether processing is restricted could not be read: %1</source>
        <extracomment>Dutch: &quot;Of de verwerking is beperkt, kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Of de verwerking is beperkt, kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::PersonSourceDialog</name>
    <message>
        <source>Source of the data</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <source>&amp;Where did the data of %1 come from?</source>
        <translation>&amp;Waar komen de gegevens van %1 vandaan?</translation>
    </message>
    <message>
        <source>The access report names this source (article 15(1)(g) GDPR) when the data did not come from the data subject: the housing system&apos;s import, the municipality, a guardian (bewindvoerder). Leave it empty when the data subject gave them.</source>
        <translation>Het inzageoverzicht noemt deze herkomst (artikel 15 lid 1 sub g AVG) als de gegevens niet van de betrokkene zelf komen: de import uit het woningbeheersysteem, de gemeente, een bewindvoerder. Laat het leeg als de betrokkene ze zelf gaf.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the source short: at most %n character(s).</source>
        <translation>
            <numerusform>Houd de herkomst kort: hoogstens %n teken.</numerusform>
            <numerusform>Houd de herkomst kort: hoogstens %n tekens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ProcessingActivityDialog</name>
    <message>
        <source>New processing activity</source>
        <translation>Nieuwe verwerking</translation>
    </message>
    <message>
        <source>Processing activity %1</source>
        <translation>Verwerking %1</translation>
    </message>
    <message>
        <source>e.g. Leveren van diensten</source>
        <translation>bijv. Leveren van diensten</translation>
    </message>
    <message>
        <source>&amp;Main purpose:</source>
        <translation>&amp;Hoofddoel:</translation>
    </message>
    <message>
        <source>C&amp;ode and name:</source>
        <translation>Co&amp;de en naam:</translation>
    </message>
    <message>
        <source>e.g. Opmaken van huurovereenkomst</source>
        <translation>bijv. Opmaken van huurovereenkomst</translation>
    </message>
    <message>
        <source>&amp;Sub-purpose:</source>
        <translation>&amp;Subdoel:</translation>
    </message>
    <message>
        <source>&amp;Name of the activity:</source>
        <translation>&amp;Naam van de verwerking:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Grondslag:</translation>
    </message>
    <message>
        <source>e.g. Huisvestingswet 2014, art. 10; convenant woonfraude</source>
        <translation>bijv. Huisvestingswet 2014, art. 10; convenant woonfraude</translation>
    </message>
    <message>
        <source>S&amp;tatute or covenant:</source>
        <translation>&amp;Wet of convenant:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eén per regel</translation>
    </message>
    <message>
        <source>One per line, e.g. huurders, woningzoekenden</source>
        <translation>Eén per regel, bijv. huurders, woningzoekenden</translation>
    </message>
    <message>
        <source>Data s&amp;ubjects:</source>
        <translation>Betro&amp;kkenen:</translation>
    </message>
    <message>
        <source>Category of personal data</source>
        <translation>Categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>Other (codes)</source>
        <translation>Overig (codes)</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>C&amp;ategorie toevoegen</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Categorie verwijderen</translation>
    </message>
    <message>
        <source>One per line, e.g. betrokkene zelf, BRP via gemeente</source>
        <translation>Eén per regel, bijv. betrokkene zelf, BRP via gemeente</translation>
    </message>
    <message>
        <source>One per line: recipient category codes</source>
        <translation>Eén per regel: codes van ontvangercategorieën</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Ont&amp;vangers:</translation>
    </message>
    <message>
        <source>&amp;Processors:</source>
        <translation>V&amp;erwerkers:</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Dutch: &quot;Land&quot;</extracomment>
        <translation>Land</translation>
    </message>
    <message>
        <source>Safeguard, e.g. standard contractual clauses</source>
        <translation>Waarborg, bijv. standaardcontractbepalingen</translation>
    </message>
    <message>
        <source>Trans&amp;fer:</source>
        <translation>Door&amp;gifte buiten de EER:</translation>
    </message>
    <message>
        <source>e.g. end of tenancy + 2 years</source>
        <translation>bijv. einde huurovereenkomst + 2 jaar</translation>
    </message>
    <message>
        <source>R&amp;etention:</source>
        <translation>Bewaar&amp;termijn:</translation>
    </message>
    <message>
        <source>This is not a BSN (the confirmation is recorded)</source>
        <translation>Dit is geen BSN (de bevestiging wordt vastgelegd)</translation>
    </message>
    <message>
        <source>New main purpose…</source>
        <translation>Nieuw hoofddoel…</translation>
    </message>
    <message>
        <source>Main purpose</source>
        <translation>Hoofddoel</translation>
    </message>
    <message>
        <source>Sub-purpose</source>
        <translation>Subdoel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Statute or covenant</source>
        <translation>Wet of convenant</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Waarborg</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Verwerkers</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Processing activity %1 (read only)</source>
        <translation>Verwerking %1 (alleen lezen)</translation>
    </message>
    <message>
        <source>Read only — your role (%1) may not change the register.</source>
        <translation>Alleen lezen — uw rol (%1) mag het register niet wijzigen.</translation>
    </message>
    <message>
        <source>E&amp;xception (art. 9 lid 2 AVG):</source>
        <translation>U&amp;itzondering (art. 9 lid 2 AVG):</translation>
    </message>
    <message>
        <source>Data go to a country outside the EEA</source>
        <translation>Gegevens gaan naar een land buiten de EER</translation>
    </message>
    <message>
        <source>Country, if not the Netherlands</source>
        <translation>Land, als het niet Nederland is</translation>
    </message>
    <message>
        <source>Where processors or recipients hold the data. A country outside the EEA is a transfer and needs a safeguard.</source>
        <translation>Waar verwerkers of ontvangers de gegevens bewaren. Een land buiten de EER is een doorgifte en vraagt om een waarborg.</translation>
    </message>
    <message>
        <source>Basis for criminal data</source>
        <translation>Grondslag strafrechtelijke persoonsgegevens</translation>
    </message>
    <message>
        <source>A special category of personal data (art. 9 AVG): needs the exception below</source>
        <translation>Bijzonder persoonsgegeven (art. 9 AVG): vraagt de uitzondering hieronder</translation>
    </message>
    <message>
        <source>Criminal data (art. 10 AVG): needs the basis below</source>
        <translation>Strafrechtelijk persoonsgegeven (art. 10 AVG): vraagt de grondslag hieronder</translation>
    </message>
    <message>
        <source>Nuisance reports: neither art. 9 nor art. 10 AVG</source>
        <translation>Overlastmeldingen: geen art. 9 en geen art. 10 AVG</translation>
    </message>
    <message>
        <source>Other special categories (art. 9 AVG), as codes</source>
        <translation>Andere bijzondere persoonsgegevens (art. 9 AVG), als codes</translation>
    </message>
    <message>
        <source>Other special categories (art. 9 AVG): %1</source>
        <translation>Andere bijzondere persoonsgegevens (art. 9 AVG): %1</translation>
    </message>
    <message>
        <source>Choose the exception (required)…</source>
        <translation>Kies de uitzondering (verplicht)…</translation>
    </message>
    <message>
        <source>Not applicable: no special category marked</source>
        <translation>Niet van toepassing: geen bijzonder persoonsgegeven aangevinkt</translation>
    </message>
    <message>
        <source>Required, e.g. art. 33 lid 2 sub b UAVG</source>
        <translation>Verplicht, bijv. art. 33 lid 2 sub b UAVG</translation>
    </message>
    <message>
        <source>Not applicable: no criminal data marked</source>
        <translation>Niet van toepassing: geen strafrechtelijke persoonsgegevens aangevinkt</translation>
    </message>
    <message>
        <source>The main purposes of the register could not be read: %1</source>
        <translation>De hoofddoelen van het register konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The numbers in use could not be read: %1</source>
        <translation>De nummers die al in gebruik zijn, konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Persona&amp;l data:</source>
        <translation>&amp;Persoonsgegevens:</translation>
    </message>
    <message>
        <source>Basis for cr&amp;iminal data (art. 10 AVG):</source>
        <translation>Grondslag st&amp;rafrechtelijke persoonsgegevens (art. 10 AVG):</translation>
    </message>
    <message>
        <source>Sour&amp;ces:</source>
        <translation>&amp;Bronnen:</translation>
    </message>
    <message>
        <source>Securit&amp;y measures:</source>
        <translation>Beveiligings&amp;maatregelen:</translation>
    </message>
    <message>
        <source>Name of the main purpose</source>
        <extracomment>Dutch: &quot;Naam van het hoofddoel&quot;</extracomment>
        <translation>Naam van het hoofddoel</translation>
    </message>
    <message>
        <source>Name of the sub-purpose</source>
        <extracomment>Dutch: &quot;Naam van het subdoel&quot;</extracomment>
        <translation>Naam van het subdoel</translation>
    </message>
    <message>
        <source>One per line, e.g. ERP, customer mailbox, camera system</source>
        <extracomment>Dutch: &quot;Eén per regel, bijvoorbeeld ERP, klantmailbox, camerasysteem&quot;</extracomment>
        <translation>Eén per regel, bijvoorbeeld ERP, klantmailbox, camerasysteem</translation>
    </message>
    <message>
        <source>Systems that hold the data; an inzage, erasure or rectification searches them.</source>
        <extracomment>Dutch: &quot;Systemen waar de gegevens staan; een inzage, verwijdering of rectificatie doorzoekt ze.&quot;</extracomment>
        <translation>Systemen waar de gegevens staan; een inzage, verwijdering of rectificatie doorzoekt ze.</translation>
    </message>
    <message>
        <source>Systems:</source>
        <extracomment>Dutch: &quot;Systemen:&quot;</extracomment>
        <translation>Systemen:</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProcessingRegisterPage</name>
    <message>
        <source>Search the register (Ctrl+F)</source>
        <translation>Zoeken in het register (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;Nieuwe verwerking…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open the selected activity (Enter or F2)</source>
        <translation>De gekozen verwerking openen (Enter of F2)</translation>
    </message>
    <message>
        <source>Remove the selected activity (Delete)</source>
        <translation>De gekozen verwerking verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the register or save it as PDF (Ctrl+P)</source>
        <translation>Het register afdrukken of als PDF opslaan (Ctrl+P)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>No processing activities yet</source>
        <translation>Nog geen verwerkingen</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activities</source>
        <translation>
            <numerusform>%n verwerking</numerusform>
            <numerusform>%n verwerkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-purpose: %1</source>
        <translation>Subdoel: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source>Remove processing activity</source>
        <translation>Verwerking verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 &quot;%2&quot; from the register? The audit trail keeps what it said.</source>
        <translation>%1 ‘%2’ uit het register verwijderen? De audittrail bewaart wat erin stond.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>processing-register-%1.csv</source>
        <translation>verwerkingsregister-%1.csv</translation>
    </message>
    <message>
        <source>Export the register as CSV</source>
        <translation>Het register exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
    <message>
        <source>The register of processing activities (art. 30 AVG) lists what your organisation does with personal data, why and on what legal basis. No activity has been registered yet.</source>
        <translation>Het register van verwerkingsactiviteiten (art. 30 AVG) legt vast wat uw organisatie met persoonsgegevens doet, waarom en op welke grondslag. Er is nog geen verwerking vastgelegd.</translation>
    </message>
    <message>
        <source>Outside EEA</source>
        <translation>Buiten de EER</translation>
    </message>
    <message>
        <source>Art. 9 / art. 10 AVG</source>
        <translation>Art. 9 / art. 10 AVG</translation>
    </message>
    <message>
        <source>art. 9: %1 — exception missing</source>
        <translation>art. 9: %1 — uitzondering ontbreekt</translation>
    </message>
    <message>
        <source>art. 9: %1</source>
        <translation>art. 9: %1</translation>
    </message>
    <message>
        <source>art. 10 — basis missing</source>
        <translation>art. 10 — grondslag ontbreekt</translation>
    </message>
    <message>
        <source>art. 10</source>
        <translation>art. 10</translation>
    </message>
    <message>
        <source>Registered before the exception (art. 9 lid 2 AVG) and the basis (art. 10 AVG) had fields of their own: open the activity to fill it in.</source>
        <translation>Vastgelegd voordat de uitzondering (art. 9 lid 2 AVG) en de grondslag (art. 10 AVG) eigen velden hadden: open de activiteit om die in te vullen.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Grondslag: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n activities process special categories (art. 9) or criminal data (art. 10) without the exception or basis: open them to fill it in; they cannot be saved without it.</source>
        <translation>
            <numerusform>%n activiteit verwerkt bijzondere persoonsgegevens (art. 9) of strafrechtelijke persoonsgegevens (art. 10) zonder de uitzondering of grondslag: open haar om die in te vullen; zonder kan zij niet worden opgeslagen.</numerusform>
            <numerusform>%n activiteiten verwerken bijzondere persoonsgegevens (art. 9) of strafrechtelijke persoonsgegevens (art. 10) zonder de uitzondering of grondslag: open ze om die in te vullen; zonder kunnen ze niet worden opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register could not be read</source>
        <translation>Het register kon niet worden gelezen</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation>Nieuwe verwerking</translation>
    </message>
    <message>
        <source>Open processing activity</source>
        <translation>Verwerking openen</translation>
    </message>
    <message>
        <source>The processing activity could not be read: %1</source>
        <translation>De verwerking kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Het register kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Het register afdrukken</translation>
    </message>
    <message>
        <source>Add a processing activity (Ctrl+Shift+A)</source>
        <translation>Een verwerking toevoegen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The whole register as a CSV file for Excel (Ctrl+Shift+S)</source>
        <translation>Het hele register als CSV-bestand voor Excel (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>The register of processing activities (art. 30 AVG) lists what your organisation does with personal data, why and on what legal basis. Add the first activity with New activity (Ctrl+Shift+A).</source>
        <translation>Het register van verwerkingsactiviteiten (art. 30 AVG) legt vast wat uw organisatie met persoonsgegevens doet, waarom en op welke grondslag. Voeg de eerste verwerking toe met Nieuwe verwerking (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Search the register</source>
        <extracomment>Dutch: &quot;Het register doorzoeken&quot;</extracomment>
        <translation>Het register doorzoeken</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <extracomment>Dutch: &quot;Verwerkingsactiviteiten&quot;
----------
Dutch: &quot;Verwerkingen&quot;</extracomment>
        <translation>Verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>DPIA</source>
        <extracomment>Dutch: &quot;DPIA&quot;</extracomment>
        <translation>DPIA</translation>
    </message>
    <message>
        <source>DPIAs</source>
        <extracomment>Dutch: &quot;DPIA&apos;s&quot;</extracomment>
        <translation>DPIA&apos;s</translation>
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
        <translation>M&amp;islukt</translation>
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
    <message>
        <source>After a failed identification the request waits for a new one, or is closed as not dealt with: identity not established.</source>
        <translation>Na een mislukte identificatie wacht het verzoek op een nieuwe, of wordt het afgesloten als niet in behandeling genomen: identiteit niet vastgesteld.</translation>
    </message>
    <message>
        <source>Failed identification recorded (%1). The request waits for a new identification, or is closed as identity not established.</source>
        <extracomment>Dutch: &quot;Mislukte identificatie vastgelegd (%1). Het verzoek wacht op een nieuwe identificatie, of wordt afgesloten: identiteit niet vastgesteld.&quot;</extracomment>
        <translation>Mislukte identificatie vastgelegd (%1). Het verzoek wacht op een nieuwe identificatie, of wordt afgesloten: identiteit niet vastgesteld.</translation>
    </message>
    <message>
        <source>Identification recorded: succeeded on %1. The deadline runs again: new deadline %2.</source>
        <extracomment>Dutch: &quot;Identificatie vastgelegd: geslaagd op %1. De termijn loopt weer: nieuwe uiterste datum %2.&quot;</extracomment>
        <translation>Identificatie vastgelegd: geslaagd op %1. De termijn loopt weer: nieuwe uiterste datum %2.</translation>
    </message>
    <message>
        <source>Identification recorded: succeeded on %1.</source>
        <extracomment>Dutch: &quot;Identificatie vastgelegd: geslaagd op %1.&quot;</extracomment>
        <translation>Identificatie vastgelegd: geslaagd op %1.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecipientDialog</name>
    <message>
        <source>New recipient</source>
        <translation>Nieuwe ontvanger</translation>
    </message>
    <message>
        <source>E-mail, phone or department</source>
        <translation>E-mail, telefoon of afdeling</translation>
    </message>
    <message>
        <source>Processing agreement &amp;signed on:</source>
        <translation>Verwerkersovereenkomst on&amp;dertekend op:</translation>
    </message>
    <message>
        <source>What it &amp;processes:</source>
        <translation>Wat de verwerker &amp;verwerkt:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontactgegevens:</translation>
    </message>
    <message>
        <source>The catalogue already holds a recipient named &quot;%1&quot;.</source>
        <translation>De catalogus bevat al een ontvanger met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>What the processor processes</source>
        <translation>Wat de verwerker verwerkt</translation>
    </message>
    <message>
        <source>EEA (or EU), or the country where the data is processed: its code (NL, DE, US, …) or its name. A country outside the EEA is a transfer (chapter V GDPR).</source>
        <translation>EER (of EU), of het land waar de gegevens worden verwerkt: de landcode (NL, DE, US, …) of de naam. Een land buiten de EER is een doorgifte (hoofdstuk V AVG).</translation>
    </message>
    <message>
        <source>The recipient categories could not be read: %1</source>
        <translation>De categorieën van ontvangers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The catalogue could not be read: %1</source>
        <translation>De catalogus kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>e.g. hosting and backups of the housing system</source>
        <translation>bijv. hosting en back-ups van het woningbeheersysteem</translation>
    </message>
    <message>
        <source>Re&amp;view due on:</source>
        <translation>&amp;Evaluatie op:</translation>
    </message>
    <message>
        <source>This number is not a &amp;BSN (logged)</source>
        <translation>Dit nummer is &amp;geen BSN (wordt vastgelegd)</translation>
    </message>
</context>
<context>
    <name>pd::ui::RecoveryKeyDialog</name>
    <message>
        <source>New recovery key – Privacydesk</source>
        <translation>Nieuwe herstelsleutel – Privacydesk</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Uw nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens the store. This new key is shown only this once: print it or copy it onto paper by hand, and destroy the old sheet.</source>
        <translation>De oude herstelsleutel opent de kluis niet meer. Deze nieuwe sleutel wordt maar één keer getoond: druk hem af of schrijf hem met de hand over op papier, en vernietig het oude blad.</translation>
    </message>
    <message>
        <source>Store ID: %1 · renewed %2</source>
        <translation>Kluis-ID: %1 · vernieuwd %2</translation>
    </message>
    <message>
        <source>Keep this key on paper in a safe place; whoever has the key can open the store.</source>
        <translation>Bewaar deze sleutel op papier op een veilige plek; wie de sleutel heeft, kan de kluis openen.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>I have &amp;kept the new recovery key in a safe place</source>
        <translation>Ik heb de nieuwe herstelsleutel &amp;veilig bewaard</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gereed</translation>
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
    <message>
        <source>Printing leaves a copy of the recovery key in the print spool: the print system (CUPS) keeps the job on this computer or the print server until it is printed, and on Debian for a day after unless IT set &quot;PreserveJobFiles No&quot;. Print only to a printer beside you and take the page at once.</source>
        <translation>Afdrukken laat een kopie van de herstelsleutel achter in de afdrukwachtrij: het afdruksysteem (CUPS) bewaart de opdracht op deze computer of de printserver tot hij is afgedrukt, en op Debian nog een dag daarna, tenzij IT ‘PreserveJobFiles No’ heeft ingesteld. Druk alleen af op een printer naast u en neem het papier direct mee.</translation>
    </message>
    <message>
        <source>Print recovery key</source>
        <translation>Herstelsleutel afdrukken</translation>
    </message>
    <message>
        <source>&amp;Print anyway…</source>
        <translation>Toch &amp;afdrukken…</translation>
    </message>
    <message>
        <source>The recovery key is not written to a file. Choose a printer.</source>
        <translation>De herstelsleutel wordt niet in een bestand geschreven. Kies een printer.</translation>
    </message>
    <message>
        <source>%1 The recovery key was not printed.</source>
        <translation>%1 De herstelsleutel is niet afgedrukt.</translation>
    </message>
    <message>
        <source>Sent to %1 (job %2). Take the page from the printer at once.</source>
        <translation>Verstuurd naar %1 (opdracht %2). Haal de pagina meteen uit de printer.</translation>
    </message>
    <message>
        <source>The printer is paused: the key waits in its queue until it is resumed.</source>
        <translation>De printer is gepauzeerd: de sleutel wacht in de wachtrij tot de printer weer verdergaat.</translation>
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
        <translation>Heropenen haalt de uitkomst (%1), de gronden en de antwoorddatum van dit verzoek af; de audittrail bewaart ze. De termijn loopt weer vanaf de datums die al zijn vastgelegd.</translation>
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
        <translation>Vraag de betrokkene zonder onnodige vertraging om zich te identificeren: de termijn staat alleen stil als u de identificatie opvraagt binnen het aantal dagen dat het beleid toestaat.</translation>
    </message>
    <message>
        <source>Identification requested on %1. The deadline is paused until the identification is received.</source>
        <extracomment>Dutch: &quot;Identificatie gevraagd op %1. De termijn is opgeschort tot de identificatie binnen is.&quot;</extracomment>
        <translation>Identificatie gevraagd op %1. De termijn is opgeschort tot de identificatie binnen is.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password – Privacydesk</source>
        <translation>Wachtwoord opnieuw instellen – Privacydesk</translation>
    </message>
    <message>
        <source>A new password for %1 (%2), without the old one. Give it in person, not by e-mail, and ask them to change it themselves afterwards.</source>
        <translation>Een nieuw wachtwoord voor %1 (%2), zonder het oude. Geef het persoonlijk door, niet per e-mail, en vraag de gebruiker het daarna zelf te wijzigen.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>Replacing the key slot… this takes a few seconds.</source>
        <translation>De sleutelplaats wordt vervangen… dit duurt enkele seconden.</translation>
    </message>
    <message>
        <source>Re&amp;set password</source>
        <translation>Wachtwoord &amp;instellen</translation>
    </message>
</context>
<context>
    <name>pd::ui::RestoreDialog</name>
    <message>
        <source>The backup was not restored.</source>
        <translation>De back-up is niet teruggezet.</translation>
    </message>
    <message>
        <source>The backup of %1 has been restored.</source>
        <translation>De back-up van %1 is teruggezet.</translation>
    </message>
    <message>
        <source>The backup has been restored.</source>
        <translation>De back-up is teruggezet.</translation>
    </message>
    <message>
        <source>The data as they were are kept in %1.</source>
        <translation>De gegevens zoals ze waren, staan in %1.</translation>
    </message>
    <message>
        <source>You are not an active user of this store; you cannot restore a backup.</source>
        <translation>U bent geen actieve gebruiker van deze kluis; u kunt geen back-up terugzetten.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow restoring a backup; an administrator can.</source>
        <translation>Uw rol (%1) staat het terugzetten van een back-up niet toe; een beheerder kan dat wel.</translation>
    </message>
    <message>
        <source>Choose the folder of the backup.</source>
        <translation>Kies de map van de back-up.</translation>
    </message>
    <message>
        <source>This folder holds no Privacydesk backup (privacydesk.db and keyring.pdk).</source>
        <translation>Deze map bevat geen back-up van Privacydesk (privacydesk.db en keyring.pdk).</translation>
    </message>
    <message>
        <source>This is the store itself, not a backup of it.</source>
        <translation>Dit is de kluis zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <source>Fill in your user name.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Fill in your password.</source>
        <translation>Vul uw wachtwoord in.</translation>
    </message>
    <message>
        <source>The current data are replaced by the backup of %1. First a second backup of the current data is made automatically in %2.</source>
        <translation>De huidige gegevens worden vervangen door de back-up van %1. Eerst wordt automatisch een extra back-up van de huidige gegevens gemaakt in %2.</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>onbekende datum</translation>
    </message>
    <message>
        <source>Backup of %1 (the time of its database file).</source>
        <translation>Back-up van %1 (het tijdstip van het databasebestand).</translation>
    </message>
    <message>
        <source>It belongs to another store (ID %1): restoring it replaces this store by that one.</source>
        <translation>Deze back-up hoort bij een andere kluis (ID %1): terugzetten vervangt deze kluis door die andere.</translation>
    </message>
    <message>
        <source>Folder of the backup</source>
        <translation>Map van de back-up</translation>
    </message>
    <message>
        <source>This password does not open the backup. Use the password you had when the backup was made.</source>
        <translation>Dit wachtwoord opent de back-up niet. Gebruik het wachtwoord dat u had toen de back-up werd gemaakt.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Privacydesk closes the store, restores the backup and opens it again. Everything entered after the backup is then only in that second backup.</source>
        <translation>Privacydesk sluit de kluis, zet de back-up terug en opent de kluis weer. Alles wat na de back-up is ingevoerd, staat daarna alleen nog in die extra back-up.</translation>
    </message>
    <message>
        <source>Replace the current data</source>
        <translation>Huidige gegevens vervangen</translation>
    </message>
    <message>
        <source>Restore backup – Privacydesk</source>
        <translation>Back-up terugzetten – Privacydesk</translation>
    </message>
    <message>
        <source>Puts the data of a backup back in place of the current data of this store. Use it after a damaged disk or a serious mistake.</source>
        <translation>Zet de gegevens van een back-up terug in plaats van de huidige gegevens van deze kluis. Gebruik dit na een beschadigde schijf of een ernstige vergissing.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Back-up:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
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
        <source>Your password at the time of the backup</source>
        <translation>Uw wachtwoord op het moment van de back-up</translation>
    </message>
    <message>
        <source>Checking the password on the backup…</source>
        <translation>Het wachtwoord wordt op de back-up gecontroleerd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>store ID %1</source>
        <translation>kluis-ID %1</translation>
    </message>
    <message>
        <source>%1, store ID %2</source>
        <translation>%1, kluis-ID %2</translation>
    </message>
    <message>
        <source>This backup belongs to another store (store ID %1) than the one open now (%2). Restoring it replaces this store by that other one. Do you want that?</source>
        <translation>Deze back-up hoort bij een andere kluis (kluis-ID %1) dan de kluis die nu open is (%2). Terugzetten vervangt deze kluis door die andere. Wilt u dat?</translation>
    </message>
    <message>
        <source>Backup of another store</source>
        <translation>Back-up van een andere kluis</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup belongs to another store.</source>
        <translation>Er is niets teruggezet: de back-up hoort bij een andere kluis.</translation>
    </message>
    <message>
        <source>What was destroyed after this backup was made has been destroyed again: %1.</source>
        <extracomment>Dutch: &quot;Wat na het maken van deze back-up is vernietigd, is opnieuw vernietigd: %1.&quot;</extracomment>
        <translation>Wat na het maken van deze back-up is vernietigd, is opnieuw vernietigd: %1.</translation>
    </message>
    <message>
        <source>Destroying again what was destroyed after the backup failed: %1 The restored data may hold destroyed data; compare the destruction log with that of the data as they were.</source>
        <extracomment>Dutch: &quot;Opnieuw vernietigen wat na de back-up was vernietigd, is mislukt: %1 De teruggezette gegevens kunnen vernietigde gegevens bevatten; vergelijk het vernietigingsregister met dat van de bewaarde gegevens.&quot;</extracomment>
        <translation>Opnieuw vernietigen wat na de back-up was vernietigd, is mislukt: %1 De teruggezette gegevens kunnen vernietigde gegevens bevatten; vergelijk het vernietigingsregister met dat van de bewaarde gegevens.</translation>
    </message>
    <message>
        <source>Whether data was destroyed after this backup could not be checked: %1 Compare the destruction log with that of the data as they were.</source>
        <extracomment>Dutch: &quot;Of er na deze back-up gegevens zijn vernietigd, kon niet worden nagegaan: %1 Vergelijk het vernietigingsregister met dat van de bewaarde gegevens.&quot;</extracomment>
        <translation>Of er na deze back-up gegevens zijn vernietigd, kon niet worden nagegaan: %1 Vergelijk het vernietigingsregister met dat van de bewaarde gegevens.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RestrictionDialog</name>
    <message>
        <source>Restriction of processing (art. 18 GDPR)</source>
        <extracomment>Dutch: &quot;Beperking van de verwerking (art. 18 AVG)&quot;</extracomment>
        <translation>Beperking van de verwerking (art. 18 AVG)</translation>
    </message>
    <message>
        <source>for example: phone number and e-mail address</source>
        <extracomment>Dutch: &quot;bijvoorbeeld: telefoonnummer en e-mailadres&quot;</extracomment>
        <translation>bijvoorbeeld: telefoonnummer en e-mailadres</translation>
    </message>
    <message>
        <source>Belongs to request %1</source>
        <extracomment>Dutch: &quot;Hoort bij verzoek %1&quot;</extracomment>
        <translation>Hoort bij verzoek %1</translation>
    </message>
    <message>
        <source>Which data:</source>
        <extracomment>Dutch: &quot;Welke gegevens:&quot;</extracomment>
        <translation>Welke gegevens:</translation>
    </message>
    <message>
        <source>Ground:</source>
        <extracomment>Dutch: &quot;Grond:&quot;</extracomment>
        <translation>Grond:</translation>
    </message>
    <message>
        <source>Why:</source>
        <extracomment>Dutch: &quot;Waarom:&quot;</extracomment>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>Dutch: &quot;Vanaf:&quot;</extracomment>
        <translation>Vanaf:</translation>
    </message>
</context>
<context>
    <name>pd::ui::RestrictionWidget</name>
    <message>
        <source>Record a restriction…</source>
        <extracomment>Dutch: &quot;Beperking vastleggen…&quot;</extracomment>
        <translation>Beperking vastleggen…</translation>
    </message>
    <message>
        <source>Lift the restriction…</source>
        <extracomment>Dutch: &quot;Beperking opheffen…&quot;</extracomment>
        <translation>Beperking opheffen…</translation>
    </message>
    <message>
        <source>Whether processing is restricted could not be read: %1</source>
        <extracomment>Dutch: &quot;Of de verwerking is beperkt, kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Of de verwerking is beperkt, kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <extracomment>Dutch: &quot;Beperking opheffen&quot;</extracomment>
        <translation>Beperking opheffen</translation>
    </message>
    <message>
        <source>Which restriction?</source>
        <translation>Welke beperking?</translation>
    </message>
</context>
<context>
    <name>pd::ui::RetentionItemModel</name>
    <message>
        <source>Requests: %1</source>
        <translation>Verzoeken: %1</translation>
    </message>
    <message>
        <source>Legal hold: %1</source>
        <translation>Vernietigingsstop: %1</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Gegevenscategorie</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt op</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1 (only name and customer number kept)</source>
        <translation>%1 (alleen naam en klantnummer bewaard)</translation>
    </message>
    <message>
        <source>Everything else about this data subject has been destroyed; the name and customer number are kept for this data only.</source>
        <translation>Al het andere over deze betrokkene is vernietigd; de naam en het klantnummer worden alleen voor deze gegevens bewaard.</translation>
    </message>
    <message>
        <source>Data breach %1: %2</source>
        <translation>Datalek %1: %2</translation>
    </message>
    <message>
        <source>Data breach %1, closed on %2</source>
        <translation>Datalek %1, afgesloten op %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::RetentionPage</name>
    <message>
        <source>Expiring &amp;within:</source>
        <translation>Verloopt b&amp;innen:</translation>
    </message>
    <message>
        <source>To be destroyed</source>
        <translation>Te vernietigen</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Vernietigingsstop</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Destruction log</source>
        <translation>Vernietigingsregister</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Gegevenscategorie</translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation>Loopt vanaf</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Data &amp;category:</source>
        <translation>Gegevens&amp;categorie:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Termijn:</translation>
    </message>
    <message>
        <source>&amp;Legal ground:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>Ve&amp;rnietigen…</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Regel op&amp;slaan</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due for destruction on %1.</source>
        <translation>
            <numerusform>Op %1 moet %n item worden vernietigd.</numerusform>
            <numerusform>Op %1 moeten %n items worden vernietigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record destruction</source>
        <translation>Vernietiging vastleggen</translation>
    </message>
    <message>
        <source>Record that the %1 of %2 (customer number %3) have been destroyed. This cannot be undone. How were they destroyed?</source>
        <translation>Vastleggen dat de %1 van %2 (klantnummer %3) zijn vernietigd. Dit kan niet ongedaan worden gemaakt. Hoe zijn ze vernietigd?</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Place a legal hold on %1 (customer number %2): nothing of this data subject will be destroyed until it is released. Reason (e.g. an open complaint at the Autoriteit Persoonsgegevens):</source>
        <translation>Vernietigingsstop instellen voor %1 (klantnummer %2): niets van deze betrokkene wordt vernietigd totdat de vernietigingsstop is opgeheven. Reden (bijv. een lopende klacht bij de Autoriteit Persoonsgegevens):</translation>
    </message>
    <message>
        <source>Reason for the legal hold</source>
        <translation>Reden voor de vernietigingsstop</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this selection.</source>
        <translation>
            <numerusform>%n item in deze selectie.</numerusform>
            <numerusform>%n items in deze selectie.</numerusform>
        </translation>
    </message>
    <message>
        <source>legal holds open on %1</source>
        <translation>vernietigingsstops open op %1</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The items due could not be read.</source>
        <translation>De te vernietigen gegevens konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The legal holds could not be read: %1</source>
        <translation>De vernietigingsstops konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The retention rules could not be read: %1</source>
        <translation>De bewaarregels konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Derived for</source>
        <translation>Afgeleid voor</translation>
    </message>
    <message>
        <source>For the checked relation types, every person&apos;s item is derived from the end of their relation (the import, a changed person). None checked: items are registered by hand.</source>
        <translation>Voor de aangevinkte relatiesoorten wordt de termijn van iedere persoon afgeleid van het einde van de relatie (bij de import en bij een gewijzigde persoon). Niets aangevinkt: de termijnen worden per persoon met de hand vastgelegd.</translation>
    </message>
    <message>
        <source>The items expiring could not be read.</source>
        <translation>De items die verlopen konden niet worden gelezen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) expire between %1 and %2.</source>
        <translation>
            <numerusform>Tussen %1 en %2 verloopt %n item.</numerusform>
            <numerusform>Tussen %1 en %2 verlopen %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>the requests</source>
        <translation>de verzoeken</translation>
    </message>
    <message>
        <source>registered by hand</source>
        <translation>met de hand vastgelegd</translation>
    </message>
    <message>
        <source>Choose Show all in the bar above to see the tab&apos;s own list again.</source>
        <translation>Kies Toon alles in de balk hierboven om de eigen lijst van dit tabblad weer te zien.</translation>
    </message>
    <message>
        <source>Nothing in this selection</source>
        <translation>Niets in deze selectie</translation>
    </message>
    <message>
        <source>Nothing of what the dashboard selected is due for destruction.</source>
        <translation>Niets van wat het dashboard selecteerde moet worden vernietigd.</translation>
    </message>
    <message>
        <source>Nothing to destroy</source>
        <translation>Niets te vernietigen</translation>
    </message>
    <message>
        <source>Nothing is due for destruction on %1: no retention period has ended, or what has ended is kept by a legal hold. An item appears here on the day its retention period ends; Expiring soon shows what comes next.</source>
        <translation>Op %1 hoeft niets te worden vernietigd: er is geen bewaartermijn verlopen, of wat verlopen is valt onder een vernietigingsstop. Een item verschijnt hier op de dag dat de bewaartermijn afloopt; Verloopt binnenkort laat zien wat daarna komt.</translation>
    </message>
    <message>
        <source>Nothing expires in this selection</source>
        <translation>Niets verloopt in deze selectie</translation>
    </message>
    <message>
        <source>No retention period of what the dashboard selected ends in that period.</source>
        <translation>Van wat het dashboard selecteerde loopt in die periode geen bewaartermijn af.</translation>
    </message>
    <message>
        <source>Nothing expires soon</source>
        <translation>Niets verloopt binnenkort</translation>
    </message>
    <message numerus="yes">
        <source>No retention period ends in the %n day(s) after %1. Raise &quot;Expiring within&quot; above to look further ahead.</source>
        <translation>
            <numerusform>Op de dag na %1 loopt geen bewaartermijn af. Verhoog ‘Verloopt binnen’ hierboven om verder vooruit te kijken.</numerusform>
            <numerusform>In de %n dagen na %1 loopt geen bewaartermijn af. Verhoog ‘Verloopt binnen’ hierboven om verder vooruit te kijken.</numerusform>
        </translation>
    </message>
    <message>
        <source>No legal holds on %1</source>
        <translation>Geen vernietigingsstops op %1</translation>
    </message>
    <message>
        <source>No legal hold was open on that day.</source>
        <translation>Op die dag stond er geen vernietigingsstop open.</translation>
    </message>
    <message>
        <source>No legal holds</source>
        <translation>Geen vernietigingsstops</translation>
    </message>
    <message>
        <source>Nothing is kept beyond its retention period. When a complaint, a case at the Autoriteit Persoonsgegevens or a court case needs a person&apos;s data, select the item under To be destroyed or Expiring soon and choose Legal hold.</source>
        <translation>Niets wordt langer bewaard dan de bewaartermijn. Zijn de gegevens van iemand nodig voor een klacht, een zaak bij de Autoriteit Persoonsgegevens of een rechtszaak, kies dan het item onder Te vernietigen of Verloopt binnenkort en kies Vernietigingsstop.</translation>
    </message>
    <message>
        <source>No retention rules</source>
        <translation>Geen bewaarregels</translation>
    </message>
    <message>
        <source>Without rules nothing expires and nothing is offered for destruction. Add a rule below: the data category, from when the period runs, how long, and the legal ground.</source>
        <translation>Zonder regels verloopt er niets en wordt er niets ter vernietiging aangeboden. Voeg hieronder een regel toe: de gegevenscategorie, vanaf wanneer de termijn loopt, hoe lang, en de grondslag.</translation>
    </message>
    <message>
        <source>Without rules nothing expires and nothing is offered for destruction. A privacy officer adds them here.</source>
        <translation>Zonder regels verloopt er niets en wordt er niets ter vernietiging aangeboden. Een privacy officer voegt ze hier toe.</translation>
    </message>
    <message>
        <source>Nothing destroyed in this selection</source>
        <translation>Niets vernietigd in deze selectie</translation>
    </message>
    <message>
        <source>Nothing was destroyed in what the dashboard selected.</source>
        <translation>In wat het dashboard selecteerde is niets vernietigd.</translation>
    </message>
    <message>
        <source>Nothing destroyed yet</source>
        <translation>Nog niets vernietigd</translation>
    </message>
    <message>
        <source>Every destruction is recorded here as proof, without the personal data itself. Destroy what is due under To be destroyed.</source>
        <translation>Elke vernietiging wordt hier als bewijs vastgelegd, zonder de persoonsgegevens zelf. Vernietig wat aan de beurt is onder Te vernietigen.</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>De lijst kon niet worden gelezen</translation>
    </message>
    <message numerus="yes">
        <source>Rule saved. Retention terms: %n created</source>
        <translation>
            <numerusform>Regel opgeslagen. Bewaartermijnen: %n aangemaakt</numerusform>
            <numerusform>Regel opgeslagen. Bewaartermijnen: %n aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoven</numerusform>
            <numerusform>%n verschoven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n verwijderd</numerusform>
            <numerusform>%n verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>dag</numerusform>
            <numerusform>dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>maand</numerusform>
            <numerusform>maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>jaar</numerusform>
            <numerusform>jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln item(s) are due for destruction on %1.</source>
        <translation>
            <numerusform>Op %1 moet meer dan %Ln item worden vernietigd.</numerusform>
            <numerusform>Op %1 moeten meer dan %Ln items worden vernietigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;eference date:</source>
        <translation>&amp;Peildatum:</translation>
    </message>
    <message>
        <source>Der&amp;ived for:</source>
        <translation>&amp;Afgeleid voor:</translation>
    </message>
    <message>
        <source>R&amp;uns from:</source>
        <translation>&amp;Loopt vanaf:</translation>
    </message>
    <message>
        <source>Le&amp;gal hold…</source>
        <translation>Vernietigingsst&amp;op…</translation>
    </message>
    <message>
        <source>Release h&amp;old</source>
        <translation>Vernietigingsstop ophe&amp;ffen</translation>
    </message>
    <message>
        <source>the data breaches</source>
        <translation>de datalekken</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <extracomment>Dutch: &quot;Eenheid van de termijn&quot;</extracomment>
        <translation>Eenheid van de termijn</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <extracomment>Dutch: &quot;Regel toe&amp;voegen…&quot;</extracomment>
        <translation>Regel toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Re&amp;move rule…</source>
        <extracomment>Dutch: &quot;Regel ver&amp;wijderen…&quot;</extracomment>
        <translation>Regel ver&amp;wijderen…</translation>
    </message>
    <message numerus="yes">
        <source>Rule %1 added. Retention terms: %n created.</source>
        <extracomment>Dutch: &quot;Regel %1 toegevoegd. Bewaartermijnen: %n aangemaakt.&quot;</extracomment>
        <translation>
            <numerusform>Regel %1 toegevoegd. Bewaartermijnen: %n aangemaakt.</numerusform>
            <numerusform>Regel %1 toegevoegd. Bewaartermijnen: %n aangemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the rule is in use could not be read: %1</source>
        <extracomment>Dutch: &quot;Of de regel in gebruik is, kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Of de regel in gebruik is, kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Remove retention rule</source>
        <extracomment>Dutch: &quot;Bewaarregel verwijderen&quot;</extracomment>
        <translation>Bewaarregel verwijderen</translation>
    </message>
    <message>
        <source>Remove the rule “%1” (%2)? This cannot be undone; the audit trail records it.</source>
        <extracomment>Dutch: &quot;De regel „%1” (%2) verwijderen? Dit kan niet ongedaan worden gemaakt; de audittrail legt het vast.&quot;</extracomment>
        <translation>De regel „%1” (%2) verwijderen? Dit kan niet ongedaan worden gemaakt; de audittrail legt het vast.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>Dutch: &quot;&amp;Verwijderen&quot;</extracomment>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Rule “%1” removed.</source>
        <extracomment>Dutch: &quot;Regel „%1” verwijderd.&quot;</extracomment>
        <translation>Regel „%1” verwijderd.</translation>
    </message>
</context>
<context>
    <name>pd::ui::RetentionRuleDialog</name>
    <message>
        <source>Add retention rule</source>
        <extracomment>Dutch: &quot;Bewaarregel toevoegen&quot;</extracomment>
        <translation>Bewaarregel toevoegen</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <extracomment>Dutch: &quot;Eenheid van de termijn&quot;</extracomment>
        <translation>Eenheid van de termijn</translation>
    </message>
    <message>
        <source>This number is &amp;not a BSN (this confirmation is logged)</source>
        <extracomment>Dutch: &quot;Dit nummer is &amp;geen BSN (deze bevestiging wordt vastgelegd)&quot;</extracomment>
        <translation>Dit nummer is &amp;geen BSN (deze bevestiging wordt vastgelegd)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <extracomment>Dutch: &quot;&amp;Code:&quot;</extracomment>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <extracomment>Dutch: &quot;Gegeve&amp;ns:&quot;</extracomment>
        <translation>Gegeve&amp;ns:</translation>
    </message>
    <message>
        <source>R&amp;uns from:</source>
        <extracomment>Dutch: &quot;&amp;Loopt vanaf:&quot;</extracomment>
        <translation>&amp;Loopt vanaf:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <extracomment>Dutch: &quot;&amp;Termijn:&quot;</extracomment>
        <translation>&amp;Termijn:</translation>
    </message>
    <message>
        <source>Der&amp;ived for:</source>
        <extracomment>Dutch: &quot;&amp;Afgeleid voor:&quot;</extracomment>
        <translation>&amp;Afgeleid voor:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <extracomment>Dutch: &quot;G&amp;rondslag:&quot;</extracomment>
        <translation>G&amp;rondslag:</translation>
    </message>
    <message>
        <source>For example betaalgegevens-klant: small letters, digits and hyphens.</source>
        <extracomment>Dutch: &quot;Bijvoorbeeld betaalgegevens-klant: kleine letters, cijfers en streepjes.&quot;</extracomment>
        <translation>Bijvoorbeeld betaalgegevens-klant: kleine letters, cijfers en streepjes.</translation>
    </message>
    <message>
        <source>0 days: until the trigger itself, such as the end of the registration.</source>
        <extracomment>Dutch: &quot;0 dagen: tot de aanleiding zelf, zoals het einde van de inschrijving.&quot;</extracomment>
        <translation>0 dagen: tot de aanleiding zelf, zoals het einde van de inschrijving.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Dutch: &quot;Toe&amp;voegen&quot;</extracomment>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Dutch: &quot;Gegevens&quot;</extracomment>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Basis</source>
        <extracomment>Dutch: &quot;Grondslag&quot;</extracomment>
        <translation>Grondslag</translation>
    </message>
</context>
<context>
    <name>pd::ui::RetentionTextDialog</name>
    <message>
        <source>This number is &amp;not a BSN (this confirmation is logged)</source>
        <translation>Dit nummer is &amp;geen BSN (deze bevestiging wordt vastgelegd)</translation>
    </message>
</context>
<context>
    <name>pd::ui::ServerProfileDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Store on a server – Privacydesk</source>
        <translation>Kluis op een server – Privacydesk</translation>
    </message>
    <message>
        <source>db.example.org, or /var/run/postgresql on this machine</source>
        <translation>db.example.org, of /var/run/postgresql op deze computer</translation>
    </message>
    <message>
        <source>The CA certificate IT gave you (.crt)</source>
        <translation>Het CA-certificaat dat u van de afdeling ICT kreeg (.crt)</translation>
    </message>
    <message>
        <source>Your organisation&apos;s Privacydesk on a PostgreSQL server. IT gives you the server&apos;s name, the database and the CA certificate; your password is asked when you unlock.</source>
        <translation>De Privacydesk van uw organisatie op een PostgreSQL-server. De afdeling ICT geeft u de naam van de server, de database en het CA-certificaat; uw wachtwoord wordt gevraagd bij het ontgrendelen.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-certificaat:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Fill in the server and the database.</source>
        <extracomment>Dutch: &quot;Vul de server en de database in.&quot;</extracomment>
        <translation>Vul de server en de database in.</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificaten (*.crt *.pem *.cer);;Alle bestanden (*)</translation>
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
        <extracomment>Dutch: &quot;Plaats&quot;</extracomment>
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
        <translation>Opnieuw begi&amp;nnen</translation>
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
        <translation>Voorbeeld: vandaag ontvangen → uiterste datum %1 (%2)</translation>
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
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minuut</numerusform>
            <numerusform> minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>&amp;Beveiliging</translation>
    </message>
    <message>
        <source>How the desk protects the data, for everyone who works with this store.</source>
        <translation>Hoe Privacydesk de gegevens beschermt, voor iedereen die met deze kluis werkt.</translation>
    </message>
    <message>
        <source>Loc&amp;k the desk after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <source>Without keyboard or mouse for this long, the desk locks and asks for the password again.</source>
        <translation>Wordt toetsenbord of muis zo lang niet gebruikt, dan vergrendelt Privacydesk en vraagt het wachtwoord opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Backup reminder after:</source>
        <translation>&amp;Herinnering back-up na:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>When the last backup of this store is older, the desk shows a reminder. 0: never.</source>
        <translation>Is de laatste back-up van deze kluis ouder, dan toont Privacydesk een herinnering. 0: nooit.</translation>
    </message>
    <message>
        <source>&amp;Files in the store at most:</source>
        <translation>&amp;Maximum aan bestanden in de kluis:</translation>
    </message>
    <message>
        <source>The originals and other files kept with requests together (each file at most %1). A larger store takes longer to back up.</source>
        <translation>De originelen en andere bestanden bij verzoeken samen (elk bestand ten hoogste %1). Een grotere kluis kost meer tijd om een back-up van te maken.</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefoon:</translation>
    </message>
    <message>
        <source>e.g. 030 123 45 67</source>
        <translation>bijv. 030 123 45 67</translation>
    </message>
    <message>
        <source>Data protection o&amp;fficer:</source>
        <translation>&amp;Functionaris gegevensbescherming:</translation>
    </message>
    <message>
        <source>Name of the functionaris gegevensbescherming (FG)</source>
        <translation>Naam van de functionaris gegevensbescherming (FG)</translation>
    </message>
    <message>
        <source>FG&apos;s e-&amp;mail:</source>
        <translation>E-mailadres F&amp;G:</translation>
    </message>
    <message>
        <source>e.g. fg@woonstichting.nl</source>
        <translation>bijv. fg@woonstichting.nl</translation>
    </message>
    <message>
        <source>Letters to data subjects can be made once these are filled in: %1.</source>
        <translation>Brieven aan betrokkenen kunnen worden gemaakt zodra dit is ingevuld: %1.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>FG&apos;s e-mail</source>
        <translation>E-mailadres FG</translation>
    </message>
    <message>
        <source>A&amp;utomated decisions:</source>
        <translation>Geautomatiseerde beslu&amp;iten:</translation>
    </message>
    <message>
        <source>What the access report says about decisions taken by automated means alone, profiling included (article 22 GDPR). Leave it empty when there are none.</source>
        <translation>Wat het inzageoverzicht zegt over beslissingen die alleen geautomatiseerd worden genomen, profilering inbegrepen (artikel 22 AVG). Laat het leeg als die er niet zijn.</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluiten</translation>
    </message>
    <message>
        <source>The deadline policy could not be read: %1</source>
        <translation>Het termijnbeleid kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>dag</numerusform>
            <numerusform>dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>maand</numerusform>
            <numerusform>maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s) of receipt; a later request does not stop the clock</source>
        <translation>
            <numerusform>dag na ontvangst; later opvragen stopt de klok niet</numerusform>
            <numerusform>dagen na ontvangst; later opvragen stopt de klok niet</numerusform>
        </translation>
    </message>
    <message>
        <source>When the database was last checked could not be read: %1</source>
        <translation>Wanneer de database voor het laatst is gecontroleerd, kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>T&amp;itle under letters:</source>
        <extracomment>Dutch: &quot;Fun&amp;ctie onder brieven:&quot;</extracomment>
        <translation>Fun&amp;ctie onder brieven:</translation>
    </message>
    <message>
        <source>functionaris gegevensbescherming (default), Privacy Officer, …</source>
        <extracomment>Dutch: &quot;functionaris gegevensbescherming (standaard), Privacy Officer, …&quot;</extracomment>
        <translation>functionaris gegevensbescherming (standaard), Privacy Officer, …</translation>
    </message>
    <message>
        <source>Without an FG (article 37 GDPR): choose a title that does not claim one, such as Privacy Officer.</source>
        <extracomment>Dutch: &quot;Zonder FG (artikel 37 AVG): kies een titel die geen FG claimt, zoals Privacy Officer.&quot;</extracomment>
        <translation>Zonder FG (artikel 37 AVG): kies een titel die geen FG claimt, zoals Privacy Officer.</translation>
    </message>
    <message>
        <source>Privacy officer dire&amp;ct:</source>
        <extracomment>Dutch: &quot;Privacy officer &amp;rechtstreeks:&quot;</extracomment>
        <translation>Privacy officer &amp;rechtstreeks:</translation>
    </message>
    <message>
        <source>Phone, e.g. 06 12 34 56 78</source>
        <extracomment>Dutch: &quot;Telefoon, bijv. 06 12 34 56 78&quot;</extracomment>
        <translation>Telefoon, bijv. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Phone of the privacy officer</source>
        <translation>Telefoon van de privacy officer</translation>
    </message>
    <message>
        <source>E-mail, e.g. privacyofficer@woonstichting.nl</source>
        <extracomment>Dutch: &quot;E-mail, bijv. privacyofficer@woonstichting.nl&quot;</extracomment>
        <translation>E-mail, bijv. privacyofficer@woonstichting.nl</translation>
    </message>
    <message>
        <source>E-mail of the privacy officer</source>
        <translation>E-mail van de privacy officer</translation>
    </message>
    <message>
        <source>Title under letters</source>
        <translation>Functie onder brieven</translation>
    </message>
</context>
<context>
    <name>pd::ui::TodayStrip</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>What needs attention today could not be read: %1</source>
        <extracomment>Dutch: &quot;Wat vandaag aandacht vraagt, kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Wat vandaag aandacht vraagt, kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retention period(s) passed: to destroy</source>
        <extracomment>Dutch: &quot;%n bewaartermijn(en) voorbij: te vernietigen&quot;</extracomment>
        <translation>
            <numerusform>%n bewaartermijn voorbij: te vernietigen</numerusform>
            <numerusform>%n bewaartermijnen voorbij: te vernietigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows what is due for destruction: the retention period has passed and there is no legal hold.</source>
        <extracomment>Dutch: &quot;Toont wat vernietigd moet worden: de bewaartermijn is voorbij en er is geen vernietigingsstop.&quot;</extracomment>
        <translation>Toont wat vernietigd moet worden: de bewaartermijn is voorbij en er is geen vernietigingsstop.</translation>
    </message>
    <message>
        <source>to destroy on %1</source>
        <extracomment>Dutch: &quot;te vernietigen op %1&quot;</extracomment>
        <translation>te vernietigen op %1</translation>
    </message>
    <message>
        <source>Nothing urgent today.</source>
        <extracomment>Dutch: &quot;Vandaag is er niets dringends.&quot;</extracomment>
        <translation>Vandaag is er niets dringends.</translation>
    </message>
    <message>
        <source>%1. The 72 hours to notify the AP (art. 33 GDPR) run until %2.</source>
        <extracomment>Dutch: &quot;%1. De 72 uur om te melden aan de AP (art. 33 AVG) lopen tot %2.&quot;</extracomment>
        <translation>%1. De 72 uur om te melden aan de AP (art. 33 AVG) lopen tot %2.</translation>
    </message>
    <message>
        <source>Data breach %1: inform the people concerned (art. 34 GDPR)</source>
        <extracomment>Dutch: &quot;Datalek %1: betrokkenen nog informeren (art. 34 AVG)&quot;</extracomment>
        <translation>Datalek %1: betrokkenen nog informeren (art. 34 AVG)</translation>
    </message>
    <message numerus="yes">
        <source>%n data breach(es): inform the people concerned (art. 34 GDPR)</source>
        <extracomment>Dutch: &quot;%n datalek(ken): betrokkenen nog informeren (art. 34 AVG)&quot;</extracomment>
        <translation>
            <numerusform>%n datalek: betrokkenen nog informeren (art. 34 AVG)</numerusform>
            <numerusform>%n datalekken: betrokkenen nog informeren (art. 34 AVG)</numerusform>
        </translation>
    </message>
    <message>
        <source>It was decided to inform the people concerned (art. 34 GDPR); that has not been recorded yet.</source>
        <extracomment>Dutch: &quot;Besloten is de betrokkenen te informeren (art. 34 AVG); dat is nog niet vastgelegd.&quot;</extracomment>
        <translation>Besloten is de betrokkenen te informeren (art. 34 AVG); dat is nog niet vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) late (legal deadline)</source>
        <extracomment>Dutch: &quot;%n verzoek(en) te laat (wettelijke termijn)&quot;</extracomment>
        <translation>
            <numerusform>%n verzoek te laat (wettelijke termijn)</numerusform>
            <numerusform>%n verzoeken te laat (wettelijke termijn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests past the legal deadline (art. 12(3) GDPR).</source>
        <extracomment>Dutch: &quot;Open verzoeken waarvan de wettelijke termijn (art. 12 lid 3 AVG) voorbij is.&quot;</extracomment>
        <translation>Open verzoeken waarvan de wettelijke termijn (art. 12 lid 3 AVG) voorbij is.</translation>
    </message>
    <message>
        <source>late (legal deadline) on %1</source>
        <extracomment>Dutch: &quot;te laat (wettelijke termijn) op %1&quot;</extracomment>
        <translation>te laat (wettelijke termijn) op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) late (own deadline only)</source>
        <extracomment>Dutch: &quot;%n verzoek(en) te laat (alleen eigen termijn)&quot;</extracomment>
        <translation>
            <numerusform>%n verzoek te laat (alleen eigen termijn)</numerusform>
            <numerusform>%n verzoeken te laat (alleen eigen termijn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests past the organisation&apos;s own deadline, still within the legal one.</source>
        <extracomment>Dutch: &quot;Open verzoeken voorbij de eigen termijn van de organisatie, nog binnen de wettelijke termijn.&quot;</extracomment>
        <translation>Open verzoeken voorbij de eigen termijn van de organisatie, nog binnen de wettelijke termijn.</translation>
    </message>
    <message>
        <source>late (own deadline only) on %1</source>
        <extracomment>Dutch: &quot;te laat (alleen eigen termijn) op %1&quot;</extracomment>
        <translation>te laat (alleen eigen termijn) op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) due today</source>
        <extracomment>Dutch: &quot;%n verzoek(en): uiterste datum vandaag&quot;</extracomment>
        <translation>
            <numerusform>%n verzoek: uiterste datum vandaag</numerusform>
            <numerusform>%n verzoeken: uiterste datum vandaag</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests whose deadline is today.</source>
        <extracomment>Dutch: &quot;Open verzoeken met vandaag als uiterste datum.&quot;</extracomment>
        <translation>Open verzoeken met vandaag als uiterste datum.</translation>
    </message>
    <message>
        <source>deadline today, %1</source>
        <extracomment>Dutch: &quot;uiterste datum vandaag, %1&quot;</extracomment>
        <translation>uiterste datum vandaag, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) due within 7 days</source>
        <extracomment>Dutch: &quot;%n verzoek(en): uiterste datum binnen 7 dagen&quot;</extracomment>
        <translation>
            <numerusform>%n verzoek: uiterste datum binnen 7 dagen</numerusform>
            <numerusform>%n verzoeken: uiterste datum binnen 7 dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests whose deadline is today or in the next 7 days.</source>
        <extracomment>Dutch: &quot;Open verzoeken met de uiterste datum vandaag of in de komende 7 dagen.&quot;</extracomment>
        <translation>Open verzoeken met de uiterste datum vandaag of in de komende 7 dagen.</translation>
    </message>
    <message>
        <source>deadline within 7 days of %1</source>
        <extracomment>Dutch: &quot;uiterste datum binnen 7 dagen na %1&quot;</extracomment>
        <translation>uiterste datum binnen 7 dagen na %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) awaiting identification</source>
        <extracomment>Dutch: &quot;%n verzoek(en) wachten op identificatie&quot;</extracomment>
        <translation>
            <numerusform>%n verzoek wacht op identificatie</numerusform>
            <numerusform>%n verzoeken wachten op identificatie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) awaiting identification or a mandate</source>
        <translation>
            <numerusform>%n verzoek wacht op identificatie of machtiging</numerusform>
            <numerusform>%n verzoeken wachten op identificatie of machtiging</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests waiting for the data subject&apos;s identification or a representative&apos;s mandate.</source>
        <extracomment>Dutch: &quot;Open verzoeken die wachten op de identificatie van de betrokkene of de machtiging van een gemachtigde.&quot;</extracomment>
        <translation>Open verzoeken die wachten op de identificatie van de betrokkene of de machtiging van een gemachtigde.</translation>
    </message>
    <message>
        <source>awaiting identification or a mandate, %1</source>
        <extracomment>Dutch: &quot;wachten op identificatie of machtiging, %1&quot;</extracomment>
        <translation>wachten op identificatie of machtiging, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s): recipients still to be told (art. 19 GDPR)</source>
        <extracomment>Dutch: &quot;%n verzoek(en): ontvangers nog informeren (art. 19 AVG)&quot;</extracomment>
        <translation>
            <numerusform>%n verzoek: ontvangers nog informeren (art. 19 AVG)</numerusform>
            <numerusform>%n verzoeken: ontvangers nog informeren (art. 19 AVG)</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed rectifications, erasures and restrictions whose recipients have not all been told yet.</source>
        <extracomment>Dutch: &quot;Afgeronde rectificaties, verwijderingen en beperkingen waarvan nog niet alle ontvangers zijn geïnformeerd.&quot;</extracomment>
        <translation>Afgeronde rectificaties, verwijderingen en beperkingen waarvan nog niet alle ontvangers zijn geïnformeerd.</translation>
    </message>
    <message>
        <source>recipients still to be told (art. 19 GDPR), %1</source>
        <extracomment>Dutch: &quot;ontvangers nog informeren (art. 19 AVG), %1&quot;</extracomment>
        <translation>ontvangers nog informeren (art. 19 AVG), %1</translation>
    </message>
    <message numerus="yes">
        <source>Data breach %1: %n hour(s) left for the AP</source>
        <extracomment>Dutch: &quot;Datalek %1: nog %n uur voor de AP&quot;</extracomment>
        <translation>
            <numerusform>Datalek %1: nog %n uur voor de AP</numerusform>
            <numerusform>Datalek %1: nog %n uur voor de AP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data breach %1: AP notification %n hour(s) late</source>
        <extracomment>Dutch: &quot;Datalek %1: AP-melding %n uur te laat&quot;</extracomment>
        <translation>
            <numerusform>Datalek %1: AP-melding %n uur te laat</numerusform>
            <numerusform>Datalek %1: AP-melding %n uur te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DPIA(s) to review</source>
        <extracomment>Dutch: &quot;%n DPIA(&apos;s) te herbeoordelen&quot;</extracomment>
        <translation>
            <numerusform>%n DPIA te herbeoordelen</numerusform>
            <numerusform>%n DPIA&apos;s te herbeoordelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the DPIAs whose review date has come.</source>
        <extracomment>Dutch: &quot;Toont de DPIA&apos;s waarvan de datum van herbeoordeling is bereikt.&quot;</extracomment>
        <translation>Toont de DPIA&apos;s waarvan de datum van herbeoordeling is bereikt.</translation>
    </message>
    <message numerus="yes">
        <source>%n covenant(s) to review</source>
        <extracomment>Dutch: &quot;%n convenant(en) herzien&quot;</extracomment>
        <translation>
            <numerusform>%n convenant evalueren</numerusform>
            <numerusform>%n convenanten evalueren</numerusform>
        </translation>
    </message>
    <message>
        <source>Covenants whose review date has come.</source>
        <extracomment>Dutch: &quot;Convenanten waarvan de herzieningsdatum is bereikt.&quot;</extracomment>
        <translation>Convenanten waarvan de evaluatiedatum is bereikt.</translation>
    </message>
    <message>
        <source>%1: outside data overwritten on %2</source>
        <extracomment>Dutch: &quot;%1: gegevens buiten Privacydesk overschreven op %2&quot;</extracomment>
        <translation>%1: gegevens buiten Privacydesk overschreven op %2</translation>
    </message>
    <message>
        <source>%1: secure before %2</source>
        <translation>%1: veiligstellen vóór %2</translation>
    </message>
    <message>
        <source>%1: %2. The system itself keeps it %3 after the recording.</source>
        <extracomment>Dutch: &quot;%1: %2. Het systeem bewaart het zelf %3 na de opname.&quot;</extracomment>
        <translation>%1: %2. Het systeem bewaart het zelf %3 na de opname.</translation>
    </message>
    <message>
        <source>%1: hold on %2 kept until %3 has expired</source>
        <extracomment>Dutch: &quot;%1: bewaring %2 vastgelegd tot %3 is verlopen&quot;</extracomment>
        <translation>%1: bewaring %2 vastgelegd tot %3 is verlopen</translation>
    </message>
    <message>
        <source>Release the hold, or record a new date.</source>
        <extracomment>Dutch: &quot;Geef de bewaring vrij, of leg een nieuwe datum vast.&quot;</extracomment>
        <translation>Geef de bewaring vrij, of leg een nieuwe datum vast.</translation>
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
        <translation>Herstel&amp;sleutel gebruiken…</translation>
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
    <message>
        <source>Privacydesk is locked</source>
        <translation>Privacydesk is vergrendeld</translation>
    </message>
    <message>
        <source>The desk was locked. Nothing of the store is in memory any more; type your password to continue.</source>
        <translation>U heeft Privacydesk vergrendeld. Er staat niets uit de kluis meer in het geheugen; typ uw wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <source>The desk locked itself because it was not used for a while. Nothing of the store is in memory any more; type your password to continue.</source>
        <translation>Privacydesk is vanzelf vergrendeld omdat het een tijd niet is gebruikt. Er staat niets uit de kluis meer in het geheugen; typ uw wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <source>The desk locked together with the screen. Nothing of the store is in memory any more; type your password to continue.</source>
        <translation>Privacydesk is samen met het scherm vergrendeld. Er staat niets uit de kluis meer in het geheugen; typ uw wachtwoord om verder te gaan.</translation>
    </message>
    <message numerus="yes">
        <source>The password was wrong %n times in a row. You can try again in %1.</source>
        <translation>
            <numerusform>Het wachtwoord was %n keer onjuist. U kunt het over %1 opnieuw proberen.</numerusform>
            <numerusform>Het wachtwoord was %n keer achter elkaar onjuist. U kunt het over %1 opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>U kunt het nu opnieuw proberen.</translation>
    </message>
    <message>
        <source>Re&amp;member user name</source>
        <translation>Gebruikersnaam ont&amp;houden</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Store on the server: %1</source>
        <extracomment>Dutch: &quot;Kluis op de server: %1&quot;</extracomment>
        <translation>Kluis op de server: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserFormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Dat is niet gelukt.</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserListModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (u)</translation>
    </message>
    <message>
        <source>Manages users, settings and backups, and may do all a privacy officer may.</source>
        <translation>Beheert gebruikers, instellingen en back-ups, en mag alles wat een functionaris mag.</translation>
    </message>
    <message>
        <source>Handles requests and keeps the registers; may make backups.</source>
        <translation>Behandelt verzoeken en houdt de registers bij; mag back-ups maken.</translation>
    </message>
    <message>
        <source>Records requests taken by phone; sees only the requests they logged in the last 7 days.</source>
        <translation>Legt telefonische verzoeken vast; ziet alleen de eigen verzoeken van de afgelopen 7 dagen.</translation>
    </message>
    <message>
        <source>Reads everything and changes nothing; may print and export dashboards.</source>
        <translation>Leest alles en wijzigt niets; mag dashboards afdrukken en exporteren.</translation>
    </message>
    <message>
        <source>Removed on %1; the audit trail keeps the name.</source>
        <translation>Verwijderd op %1; de audittrail bewaart de naam.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Verwijderd op</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserManagementDialog</name>
    <message>
        <source>%1 has been added and can open the store with the new password.</source>
        <translation>%1 is toegevoegd en kan de kluis openen met het nieuwe wachtwoord.</translation>
    </message>
    <message>
        <source>%1 has a new password. The old one no longer opens the store.</source>
        <translation>%1 heeft een nieuw wachtwoord. Het oude opent de kluis niet meer.</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from now on.</source>
        <translation>Uw wachtwoord is gewijzigd. Gebruik vanaf nu het nieuwe.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Gebruiker verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>%1 (%2) verwijderen?</translation>
    </message>
    <message>
        <source>%1 can no longer open the store. Their key slot is removed and the whole database is re-encrypted with a new key, so that a copy of the old key opens nothing written from now on. This takes a moment, during which Privacydesk does not respond.</source>
        <translation>%1 kan de kluis daarna niet meer openen. De sleutelplaats wordt verwijderd en de hele database wordt opnieuw versleuteld met een nieuwe sleutel, zodat een kopie van de oude sleutel niets opent wat vanaf nu wordt vastgelegd. Dit duurt even; Privacydesk reageert in die tijd niet.</translation>
    </message>
    <message>
        <source>Backups made earlier keep the old key slots: they still open with the old password.</source>
        <translation>Eerder gemaakte back-ups houden de oude sleutelplaatsen: die zijn nog steeds met het oude wachtwoord te openen.</translation>
    </message>
    <message>
        <source>Remove and re-encrypt</source>
        <translation>Verwijderen en opnieuw versleutelen</translation>
    </message>
    <message>
        <source>Re-encrypting the database with a new key… this takes a moment.</source>
        <translation>De database wordt opnieuw versleuteld met een nieuwe sleutel… dit duurt even.</translation>
    </message>
    <message>
        <source>%1 has been removed. The database is now encrypted with a new key; the old one opens nothing written from now on.</source>
        <translation>%1 is verwijderd. De database is nu versleuteld met een nieuwe sleutel; de oude opent niets wat vanaf nu wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Renew recovery key</source>
        <translation>Herstelsleutel vernieuwen</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Een nieuwe herstelsleutel maken?</translation>
    </message>
    <message>
        <source>The current recovery key stops working at once; destroy the old sheet once the new one is kept. The new key is shown only once: have a printer or pen and paper ready.</source>
        <translation>De huidige herstelsleutel werkt meteen niet meer; vernietig het oude blad zodra de nieuwe sleutel is bewaard. De nieuwe sleutel wordt maar één keer getoond: zorg voor een printer of pen en papier.</translation>
    </message>
    <message>
        <source>Backups made earlier still open with the old recovery key.</source>
        <translation>Eerder gemaakte back-ups zijn nog steeds met de oude herstelsleutel te openen.</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Nieuwe sleutel maken</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Er wordt een nieuwe herstelsleutel gemaakt…</translation>
    </message>
    <message>
        <source>The recovery key has been renewed; the old one no longer opens the store.</source>
        <translation>De herstelsleutel is vernieuwd; de oude opent de kluis niet meer.</translation>
    </message>
    <message>
        <source>Users – Privacydesk</source>
        <translation>Gebruikers – Privacydesk</translation>
    </message>
    <message>
        <source>Everyone who works with this store has their own password and role. Every change here is recorded in the audit trail.</source>
        <translation>Iedereen die met deze kluis werkt, heeft een eigen wachtwoord en rol. Elke wijziging hier wordt vastgelegd in de audittrail.</translation>
    </message>
    <message>
        <source>Only an administrator can add or remove users and reset passwords. You can change your own password here.</source>
        <translation>Alleen een beheerder kan gebruikers toevoegen of verwijderen en wachtwoorden opnieuw instellen. U kunt hier wel uw eigen wachtwoord wijzigen.</translation>
    </message>
    <message>
        <source>You are not an active user of this store; you can only look.</source>
        <translation>U bent geen actieve gebruiker van deze kluis; u kunt alleen kijken.</translation>
    </message>
    <message>
        <source>&amp;Show removed users</source>
        <translation>&amp;Toon verwijderde gebruikers</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;oevoegen…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Wachtwoord opnieuw &amp;instellen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Mijn wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Renew recovery &amp;key…</source>
        <translation>&amp;Herstelsleutel vernieuwen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Add a user with their own password and role (Ctrl+N)</source>
        <translation>Een gebruiker toevoegen met een eigen wachtwoord en rol (Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove the selected user; the database is re-encrypted (Del)</source>
        <translation>De gekozen gebruiker verwijderen; de database wordt opnieuw versleuteld (Del)</translation>
    </message>
    <message>
        <source>A new password for the selected user (Enter)</source>
        <translation>Een nieuw wachtwoord voor de gekozen gebruiker (Enter)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>The name of %1 has been changed. Letters are signed with it from now on.</source>
        <extracomment>Dutch: &quot;De naam van %1 is gewijzigd. Brieven worden voortaan met die naam ondertekend.&quot;</extracomment>
        <translation>De naam van %1 is gewijzigd. Brieven worden voortaan met die naam ondertekend.</translation>
    </message>
    <message>
        <source>Change &amp;name…</source>
        <extracomment>Dutch: &quot;&amp;Naam wijzigen…&quot;</extracomment>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <source>The name this user&apos;s letters are signed with</source>
        <extracomment>Dutch: &quot;De naam waarmee de brieven van deze gebruiker worden ondertekend&quot;</extracomment>
        <translation>De naam waarmee de brieven van deze gebruiker worden ondertekend</translation>
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
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Choose a folder that holds a Privacydesk store on this computer.</source>
        <extracomment>Dutch: &quot;Kies een map met een Privacydesk-kluis op deze computer.&quot;</extracomment>
        <translation>Kies een map met een Privacydesk-kluis op deze computer.</translation>
    </message>
    <message>
        <source>Open a store on a server…</source>
        <extracomment>Dutch: &quot;Een kluis op een server openen…&quot;</extracomment>
        <translation>Een kluis op een server openen…</translation>
    </message>
    <message>
        <source>When several colleagues work at the same time: your organisation&apos;s Privacydesk on a PostgreSQL server. IT gives you its details.</source>
        <extracomment>Dutch: &quot;Als u met meer collega&apos;s tegelijk werkt: de Privacydesk van uw organisatie op een PostgreSQL-server. De gegevens krijgt u van de afdeling ICT.&quot;</extracomment>
        <translation>Als u met meer collega&apos;s tegelijk werkt: de Privacydesk van uw organisatie op een PostgreSQL-server. De gegevens krijgt u van de afdeling ICT.</translation>
    </message>
</context>
<context>
    <name>pd::ui::YearReportDialog</name>
    <message>
        <source>Annual report</source>
        <extracomment>Dutch: &quot;Jaarverslag&quot;</extracomment>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <extracomment>Dutch: &quot;&amp;Jaar:&quot;</extracomment>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <extracomment>Dutch: &quot;&amp;Afdrukken…&quot;</extracomment>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <extracomment>Dutch: &quot;&amp;PDF opslaan…&quot;</extracomment>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <extracomment>Dutch: &quot;&amp;CSV opslaan…&quot;</extracomment>
        <translation>&amp;CSV opslaan…</translation>
    </message>
    <message>
        <source>The annual report</source>
        <extracomment>Dutch: &quot;Het jaarverslag&quot;</extracomment>
        <translation>Het jaarverslag</translation>
    </message>
    <message>
        <source>The annual report could not be read: %1</source>
        <extracomment>Dutch: &quot;Het jaarverslag kon niet worden gelezen: %1&quot;</extracomment>
        <translation>Het jaarverslag kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Save the annual report as PDF</source>
        <extracomment>Dutch: &quot;Jaarverslag als PDF opslaan&quot;</extracomment>
        <translation>Jaarverslag als PDF opslaan</translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <extracomment>Dutch: &quot;jaarverslag-%1.pdf&quot;</extracomment>
        <translation>jaarverslag-%1.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <extracomment>Dutch: &quot;Opslaan als PDF&quot;</extracomment>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>annual-report-%1.csv</source>
        <extracomment>Dutch: &quot;jaarverslag-%1.csv&quot;</extracomment>
        <translation>jaarverslag-%1.csv</translation>
    </message>
    <message>
        <source>Save the annual report as CSV</source>
        <extracomment>Dutch: &quot;Jaarverslag als CSV opslaan&quot;</extracomment>
        <translation>Jaarverslag als CSV opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>Dutch: &quot;CSV-bestanden (*.csv)&quot;</extracomment>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <extracomment>Dutch: &quot;Opslaan als CSV&quot;</extracomment>
        <translation>Opslaan als CSV</translation>
    </message>
</context>
</TS>
