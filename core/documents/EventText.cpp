#include "documents/EventText.h"

#include "breaches/Breach.h"
#include "cases/Attachments.h"
#include "cases/CaseCodes.h"
#include "cases/Grounds.h"
#include "letters/LetterKind.h"
#include "print/EncryptedPdf.h"
#include "registers/SystemChecklist.h"
#include "util/Clock.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace pd {

namespace {

const QString dash = QStringLiteral("—");

QString text(const QJsonObject &payload, QLatin1StringView key)
{
    return EventText::payloadText(payload, key);
}

// A moment of the breach register as stored (UTC, "2026-03-27T15:00:00Z"), in local time.
QString moment(const QJsonValue &value)
{
    return EventText::dateTime(BreachCodes::momentFromStored(value.toString()));
}

} // namespace

QString EventText::payloadText(const QJsonObject &payload, QLatin1StringView key)
{
    const QString value = payload.value(key).toString().simplified();
    return value.isEmpty() ? dash : value;
}

// A payload's whole sha256 in groups of four joined by ':' (as the dossier prints hashes): the
// fingerprint of a document sent, never a run of digits that reads as a BSN.
QString EventText::fullHash(const QJsonObject &p)
{
    const QString hash = p.value(QLatin1StringView("sha256")).toString().toLower();
    QStringList groups;
    for (qsizetype i = 0; i < hash.size(); i += 4)
        groups << hash.mid(i, 4);
    return groups.join(u':');
}

QString EventText::isoDate(const QJsonValue &value)
{
    return date(QDate::fromString(value.toString(), Qt::ISODate));
}

QString EventText::date(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : dash;
}

QString EventText::dateTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(organisationTime(utc), QLocale::ShortFormat) : dash;
}

QString EventText::when(const AuditEvent &event)
{
    return dateTime(event.occurredAt);
}

// The life of a request: registered, identified, extended, completed, reopened, noted, the
// recipients told of a change (art. 19), the systems searched.
QHash<QString, const char *> EventText::requestTitles()
{
    return {
        { QStringLiteral("case.created"), QT_TR_NOOP("Request registered") },
        { QStringLiteral("case.identification_requested"), QT_TR_NOOP("Identification requested") },
        { QStringLiteral("case.identification_received"), QT_TR_NOOP("Identification received") },
        //: Dutch: "Machtiging gevraagd"
        { QStringLiteral("case.mandate_requested"), QT_TR_NOOP("Mandate requested") },
        //: Dutch: "Machtiging ontvangen"
        { QStringLiteral("case.mandate_received"), QT_TR_NOOP("Mandate received") },
        { QStringLiteral("case.extended"), QT_TR_NOOP("Deadline extended") },
        //: Dutch: "Termijn herberekend"
        { QStringLiteral("case.deadline_recomputed"), QT_TR_NOOP("Deadline recomputed") },
        { QStringLiteral("case.completed"), QT_TR_NOOP("Request completed") },
        { QStringLiteral("case.reopened"), QT_TR_NOOP("Request reopened") },
        { QStringLiteral("case.note_added"), QT_TR_NOOP("Note added") },
        //: Dutch: "Behandelaar toegewezen"
        { QStringLiteral("case.assigned"), QT_TR_NOOP("Handler assigned") },
        { QStringLiteral("case.art19_notified"),
          QT_TR_NOOP("Recipient told of the change (art. 19)") },
        { QStringLiteral("case.art19_exempted"),
          QT_TR_NOOP("Recipient not told: impossible or disproportionate (art. 19)") },
        //: Dutch: "Ontvanger niet geïnformeerd: niet van toepassing (art. 19)"
        { QStringLiteral("case.art19_not_applicable"),
          QT_TR_NOOP("Recipient not told: not applicable (art. 19)") },
        //: Dutch: "Uit het privacypostvak geregistreerd"
        { QStringLiteral("case.mailbox_taken"), QT_TR_NOOP("Registered from the privacy mailbox") },
        //: Dutch: "Systeem doorzocht"
        { QStringLiteral("case.system_searched"), QT_TR_NOOP("System searched") },
        //: Dutch: "Systemen van de organisatie doorzocht (VERA)"
        { QStringLiteral("case.vera_searched"),
          QT_TR_NOOP("The organisation's systems searched (VERA)") },
        //: Dutch: "Markeringen in systemen gepland (VERA)"
        { QStringLiteral("case.vera_marks_planned"), QT_TR_NOOP("Marks planned (VERA)") },
        //: Dutch: "Gemarkeerd in een systeem (VERA)"
        { QStringLiteral("case.vera_marked"), QT_TR_NOOP("Marked in a system (VERA)") },
        //: Dutch: "Markering in een systeem niet gedaan (VERA)"
        { QStringLiteral("case.vera_mark_failed"), QT_TR_NOOP("Mark in a system not done (VERA)") },
        //: Dutch: "Markering in een systeem vervallen verklaard (VERA)"
        { QStringLiteral("case.vera_mark_dismissed"), QT_TR_NOOP("Mark set aside (VERA)") },
        //: Dutch: "Gegevens verwijderd uit Privacydesk"
        { QStringLiteral("case.person_erased"), QT_TR_NOOP("Data erased in Privacydesk") },
        //: Dutch: "Gegevens van de betrokkene gecorrigeerd"
        { QStringLiteral("case.person_corrected"), QT_TR_NOOP("Data subject's record corrected") },
    };
}

// The data subjects, the registers, the settings, the retention rules and the trail itself.
QHash<QString, const char *> EventText::registerTitles()
{
    return {
        //: Dutch: "Details vernietigd"
        { QStringLiteral("audit.payloads_destroyed"), QT_TR_NOOP("Details destroyed") },
        { QStringLiteral("bsn.override"), QT_TR_NOOP("BSN warning overridden") },
        { QStringLiteral("person.created"), QT_TR_NOOP("Data subject registered") },
        { QStringLiteral("settings.deadline_policy"), QT_TR_NOOP("Deadline policy changed") },
        { QStringLiteral("person.updated"), QT_TR_NOOP("Data subject updated") },
        { QStringLiteral("disclosure.created"), QT_TR_NOOP("Disclosure registered") },
        { QStringLiteral("disclosure.updated"), QT_TR_NOOP("Disclosure changed") },
        { QStringLiteral("disclosure.deleted"), QT_TR_NOOP("Disclosure removed") },
        { QStringLiteral("recipient.created"), QT_TR_NOOP("Recipient added") },
        { QStringLiteral("recipient.updated"), QT_TR_NOOP("Recipient changed") },
        { QStringLiteral("recipient.archived"), QT_TR_NOOP("Recipient archived") },
        { QStringLiteral("recipient.deleted"), QT_TR_NOOP("Recipient removed") },
        { QStringLiteral("processing.created"), QT_TR_NOOP("Processing activity added") },
        { QStringLiteral("processing.changed"), QT_TR_NOOP("Processing activity changed") },
        { QStringLiteral("processing.removed"), QT_TR_NOOP("Processing activity removed") },
        { QStringLiteral("retention.destroyed"),
          QT_TR_NOOP("Request files destroyed under the retention rules") },
        //: Dutch: "Gegevens van een betrokkene uit de verstrekking vernietigd volgens de
        //: bewaartermijn"
        { QStringLiteral("disclosure.person_destroyed"),
          QT_TR_NOOP("A data subject's details removed from the disclosure under the retention "
                     "rules") },
        { QStringLiteral("settings.changed"), QT_TR_NOOP("Setting changed") },
        //: Dutch: "Buiten Privacydesk om gewijzigd"
        { QStringLiteral("sql.changed"), QT_TR_NOOP("Changed outside Privacydesk") },
    };
}

// The documents of a request or a breach: letters, reports, exports, the AP complaint dossier,
// the files kept, the letter templates.
QHash<QString, const char *> EventText::documentTitles()
{
    return {
        { QStringLiteral("person.exported"), QT_TR_NOOP("Access report or data export made") },
        //: Dutch: "Ontvangende organisatie vastgelegd (art. 20 lid 2)"
        { QStringLiteral("case.transmit_to_set"),
          QT_TR_NOOP("Receiving controller recorded (art. 20(2))") },
        //: Dutch: "Gegevensexport gemaakt voor een andere organisatie (art. 20 lid 2)"
        { QStringLiteral("case.transmitted"),
          QT_TR_NOOP("Data export made for another controller (art. 20(2))") },
        { QStringLiteral("case.letter"), QT_TR_NOOP("Letter generated") },
        { QStringLiteral("breach.letter"), QT_TR_NOOP("Letter generated") },
        { QStringLiteral("case.ap_reference"), QT_TR_NOOP("AP reference recorded") },
        //: Dutch: "Inzageoverzicht gemaakt voor het verzoek"
        { QStringLiteral("case.report_exported"), QT_TR_NOOP("Request's access report made") },
        //: Dutch: "Klachtdossier AP gemaakt"
        { QStringLiteral("case.dossier_made"), QT_TR_NOOP("AP complaint dossier made") },
        //: Dutch: "Klachtdossier AP afgedrukt"
        { QStringLiteral("case.dossier_printed"), QT_TR_NOOP("AP complaint dossier printed") },
        { QStringLiteral("case.letter_sent"), QT_TR_NOOP("Letter sent") },
        { QStringLiteral("breach.letter_sent"), QT_TR_NOOP("Letter sent") },
        { QStringLiteral("case.attachment_added"), QT_TR_NOOP("File kept with the request") },
        { QStringLiteral("case.attachment_saved"), QT_TR_NOOP("Copy of a file saved") },
        { QStringLiteral("letter_template.changed"), QT_TR_NOOP("Letter template changed") },
        { QStringLiteral("letter_template.reset"),
          QT_TR_NOOP("Letter template reset to the default") },
    };
}

// The data-breach register.
QHash<QString, const char *> EventText::breachTitles()
{
    return {
        //: Dutch: "Brief aan een betrokkene vernietigd volgens de bewaartermijn"
        { QStringLiteral("breach.person_destroyed"),
          QT_TR_NOOP("Letter to a data subject destroyed under the retention rules") },
        { QStringLiteral("breach.added"), QT_TR_NOOP("Data breach reported") },
        { QStringLiteral("breach.updated"), QT_TR_NOOP("Data breach changed") },
        { QStringLiteral("breach.assessed"), QT_TR_NOOP("Risk assessed") },
        { QStringLiteral("breach.ap-decided"), QT_TR_NOOP("Decision on notifying the AP") },
        { QStringLiteral("breach.subjects-decided"),
          QT_TR_NOOP("Decision on informing the people concerned") },
        { QStringLiteral("breach.ap-notified"), QT_TR_NOOP("Notified to the AP") },
        //: Dutch: "Melding van de verwerker vastgelegd"
        { QStringLiteral("breach.processor-told"), QT_TR_NOOP("Processor's report recorded") },
        { QStringLiteral("breach.follow-up"), QT_TR_NOOP("Follow-up notification to the AP") },
        { QStringLiteral("breach.subjects-notified"), QT_TR_NOOP("People concerned informed") },
        { QStringLiteral("breach.person-informed"), QT_TR_NOOP("Person concerned informed") },
        { QStringLiteral("breach.persons-linked"), QT_TR_NOOP("Persons concerned changed") },
        { QStringLiteral("breach.closed"), QT_TR_NOOP("Data breach closed") },
        { QStringLiteral("breach.reopened"), QT_TR_NOOP("Data breach reopened") },
        { QStringLiteral("breach.destroyed"),
          QT_TR_NOOP("Data breach destroyed under the retention rule") },
    };
}

// Holds on data outside Privacydesk and restrictions of processing, and a person's
// consents.
QHash<QString, const char *> EventText::holdTitles()
{
    return {
        //: Dutch: "Bewaring van gegevens buiten Privacydesk vastgelegd"
        { QStringLiteral("case.external_hold_added"), QT_TR_NOOP("Hold on outside data recorded") },
        { QStringLiteral("breach.external_hold_added"),
          QT_TR_NOOP("Hold on outside data recorded") },
        //: Dutch: "Gegevens buiten Privacydesk veiliggesteld"
        { QStringLiteral("case.external_hold_secured"), QT_TR_NOOP("Outside data secured") },
        { QStringLiteral("breach.external_hold_secured"), QT_TR_NOOP("Outside data secured") },
        //: Dutch: "Bewaring van gegevens buiten Privacydesk vrijgegeven"
        { QStringLiteral("case.external_hold_released"),
          QT_TR_NOOP("Hold on outside data released") },
        { QStringLiteral("breach.external_hold_released"),
          QT_TR_NOOP("Hold on outside data released") },
        //: Dutch: "Bewaring van gegevens buiten Privacydesk vastgelegd tot een datum"
        { QStringLiteral("case.external_hold_kept"),
          QT_TR_NOOP("Hold on outside data kept until a date") },
        { QStringLiteral("breach.external_hold_kept"),
          QT_TR_NOOP("Hold on outside data kept until a date") },
        //: Dutch: "Bewaarde gegevens buiten Privacydesk bekeken"
        { QStringLiteral("case.external_hold_viewed"), QT_TR_NOOP("Held outside data viewed") },
        { QStringLiteral("breach.external_hold_viewed"), QT_TR_NOOP("Held outside data viewed") },
        //: Dutch: "Verwerking beperkt (art. 18 AVG)"
        { QStringLiteral("case.restriction_recorded"),
          QT_TR_NOOP("Processing restricted (art. 18 GDPR)") },
        { QStringLiteral("person.restriction_recorded"),
          QT_TR_NOOP("Processing restricted (art. 18 GDPR)") },
        //: Dutch: "Beperking van de verwerking opgeheven"
        { QStringLiteral("case.restriction_lifted"), QT_TR_NOOP("Restriction lifted") },
        { QStringLiteral("person.restriction_lifted"), QT_TR_NOOP("Restriction lifted") },
        // A person's consent (art. 7 AVG).
        //: Dutch: "Toestemming vastgelegd"
        { QStringLiteral("person.consent_given"), QT_TR_NOOP("Consent recorded") },
        //: Dutch: "Toestemming ingetrokken"
        { QStringLiteral("person.consent_withdrawn"), QT_TR_NOOP("Consent withdrawn") },
    };
}

QString EventText::title(const QString &action)
{
    // The kind of each event, by the action the trail records: one table per family of events.
    static const QHash<QString, const char *> titles = [] {
        QHash<QString, const char *> all = mailTitles();
        for (const QHash<QString, const char *> &family :
             { requestTitles(), registerTitles(), documentTitles(), breachTitles(), holdTitles() })
            all.insert(family);
        return all;
    }();
    if (const char *title = titles.value(action))
        return tr(title);
    return tr("Event “%1”").arg(action);
}

namespace {

// The first eight hex digits of a payload's sha256, in two groups: enough to match the
// dossier's appendix or the file list, and never a run of digits that reads as a BSN.
QString shortHash(const QJsonObject &p)
{
    const QString hash = p.value(QLatin1StringView("sha256")).toString().left(8);
    return hash.left(4) + u':' + hash.mid(4);
}

QString periodText(const QString &stored)
{
    const QStringList parts = stored.split(u' ', Qt::SkipEmptyParts);
    bool ok = false;
    const int amount = parts.value(0).toInt(&ok);
    if (parts.size() != 2 || !ok)
        return stored.isEmpty() ? dash : stored;
    const QString unit = parts.at(1);
    if (unit == QLatin1StringView("days"))
        return EventText::tr("%n day(s)", nullptr, amount);
    if (unit == QLatin1StringView("weeks"))
        return EventText::tr("%n week(s)", nullptr, amount);
    if (unit == QLatin1StringView("months"))
        return EventText::tr("%n month(s)", nullptr, amount);
    return stored;
}

} // namespace

QString EventText::sentence(const AuditEvent &event, const QList<AuditEvent> &history)
{
    const QString actor = event.actor.isEmpty() ? tr("unknown user") : event.actor;
    const QString &action = event.action;
    if (event.payloadDestroyed)
        return destroyedSentence(event, history, actor);
    // Each family says the events it knows, and nothing for the others.
    for (const auto family :
         { &EventText::requestSentence, &EventText::identitySentence, &EventText::personSentence,
           &EventText::documentSentence, &EventText::systemSentence, &EventText::holdSentence,
           &EventText::correctionSentence, &EventText::mailSentence }) {
        if (QString text = family(event, actor); !text.isEmpty())
            return text;
    }
    if (action.startsWith(QLatin1StringView("breach.")))
        if (const QString text = breachSentence(actor, action, event.payload); !text.isEmpty())
            return text;
    return tr("%1 by %2").arg(title(action), actor);
}

// An event whose details are gone: destroyed under the retention rule when a later event records
// the destruction, else missing.
QString EventText::destroyedSentence(const AuditEvent &event, const QList<AuditEvent> &history,
                                     const QString &actor)
{
    const QString &action = event.action;
    // A destruction recorded after it: the server's own audit.payloads_destroyed, or the
    // retention events the application writes when it destroys.
    const bool recorded
        = std::any_of(history.cbegin(), history.cend(), [&event](const AuditEvent &later) {
              return later.seq > event.seq
                  && (later.action == QLatin1StringView("audit.payloads_destroyed")
                      || later.action == QLatin1StringView("retention.destroyed")
                      || later.action == QLatin1StringView("breach.destroyed")
                      || later.action == QLatin1StringView("disclosure.person_destroyed"));
          });
    if (recorded)
        return tr("%1 by %2 (details destroyed under the retention rule)")
            .arg(title(action), actor);
    //: Dutch: "%1 door %2 (details ontbreken: de audittrail legt geen vernietiging volgens
    //: de bewaartermijn vast)"
    return tr("%1 by %2 (details missing: the audit trail records no destruction under the "
              "retention rule)")
        .arg(title(action), actor);
}

// The life of a request: registered, extended, completed, reopened, noted, the recipients told
// of a change (art. 19) and the systems searched; its identification is identitySentence's.
QString EventText::requestSentence(const AuditEvent &event, const QString &actor)
{
    const QString &action = event.action;
    const QJsonObject &p = event.payload;
    if (action == QLatin1StringView("case.created")) {
        QStringList types;
        for (const QJsonValue &code : p.value(QLatin1StringView("types")).toArray()) {
            const auto type = codes::from<RequestType>(code.toString());
            types << (type ? codes::label(*type) : code.toString());
        }
        const auto channel = codes::from<Channel>(p.value(QLatin1StringView("channel")).toString());
        return tr("Request registered by %1: %2, received on %3 (%4); deadline %5")
            .arg(actor, types.isEmpty() ? dash : types.join(QLatin1StringView(", ")),
                 isoDate(p.value(QLatin1StringView("received"))),
                 channel ? codes::label(*channel) : text(p, QLatin1StringView("channel")),
                 isoDate(p.value(QLatin1StringView("deadline"))));
    }
    if (action == QLatin1StringView("case.extended"))
        return extendedSentence(actor, p);
    if (action == QLatin1StringView("case.assigned"))
        return assignedSentence(actor, p);
    if (action == QLatin1StringView("case.deadline_recomputed")) {
        const QJsonArray deadline = p.value(QLatin1StringView("deadline")).toArray();
        // At open, a store from before an extension told after the own deadline
        // extended only the legal one.
        if (p.value(QLatin1StringView("reason")).toString() == QLatin1StringView("extension_rules"))
            //: Dutch: "Termijn herberekend bij het openen door %1: een verlenging waarover de
            //: betrokkene na de eigen termijn is geïnformeerd, verlengt alleen de wettelijke
            //: termijn; van %2 naar %3"
            return tr("Deadline recomputed on opening by %1: an extension told after the own "
                      "deadline extends only the legal one; from %2 to %3")
                .arg(actor, isoDate(deadline.at(0)), isoDate(deadline.at(1)));
        //: Dutch: "Termijn herberekend door %1 na een wijziging van het termijnbeleid: van %2
        //: naar %3"
        return tr("Deadline recomputed by %1 after a change of the deadline policy: from %2 to "
                  "%3")
            .arg(actor, isoDate(deadline.at(0)), isoDate(deadline.at(1)));
    }
    if (action == QLatin1StringView("case.completed"))
        return completedSentence(actor, p);
    if (action == QLatin1StringView("case.reopened")) {
        const auto previous
            = codes::from<Outcome>(p.value(QLatin1StringView("previous_outcome")).toString());
        if (previous)
            return tr("Request reopened by %1: %2 (previous outcome: %3)")
                .arg(actor, text(p, QLatin1StringView("reason")), codes::label(*previous));
        return tr("Request reopened by %1: %2").arg(actor, text(p, QLatin1StringView("reason")));
    }
    if (action == QLatin1StringView("case.note_added"))
        return tr("Note by %1: %2").arg(actor, text(p, QLatin1StringView("text")));
    if (action == QLatin1StringView("case.art19_notified"))
        return tr("%1 recorded that %2 was told of the change on %3 (art. 19)")
            .arg(actor, text(p, QLatin1StringView("recipient")),
                 isoDate(p.value(QLatin1StringView("notified_on"))));
    if (action == QLatin1StringView("case.art19_exempted"))
        return tr("%1 recorded that telling %2 of the change proved impossible or would take "
                  "disproportionate effort (art. 19): %3")
            .arg(actor, text(p, QLatin1StringView("recipient")),
                 text(p, QLatin1StringView("reason")));
    if (action == QLatin1StringView("case.art19_not_applicable"))
        //: Dutch: "%1 legde vast dat artikel 19 niet van toepassing is op %2: %3"
        return tr("%1 recorded that art. 19 does not apply to %2: %3")
            .arg(actor, text(p, QLatin1StringView("recipient")),
                 text(p, QLatin1StringView("reason")));
    if (action == QLatin1StringView("case.system_searched")) {
        // A system of the request's checklist searched (art. 15: every system; seed 003: the
        // dossier's chronology said "Gebeurtenis ‘case.system_searched’").
        const auto result
            = codes::from<SystemSearchResult>(p.value(QLatin1StringView("result")).toString());
        const QString found = result
            ? SystemChecklist::resultText(*result, p.value(QLatin1StringView("in_report")).toBool())
            : text(p, QLatin1StringView("result"));
        const QString note = p.value(QLatin1StringView("note")).toString().simplified();
        //: Dutch: "Systeem ‘%2’ doorzocht door %1: %3"
        QString sentence = tr("System “%2” searched by %1: %3")
                               .arg(actor, text(p, QLatin1StringView("system")), found);
        // The day the data found went separately.
        if (p.contains(QLatin1StringView("sent_on")))
            //: Dutch: "%1, verstuurd op %2"
            sentence = tr("%1, sent on %2")
                           .arg(sentence, isoDate(p.value(QLatin1StringView("sent_on"))));
        return note.isEmpty() ? sentence : QStringLiteral("%1 (%2)").arg(sentence, note);
    }
    return {};
}

// case.completed: the outcome and the answer, the grounds, the reasons.
QString EventText::completedSentence(const QString &actor, const QJsonObject &p)
{
    const auto outcome = codes::from<Outcome>(p.value(QLatin1StringView("outcome")).toString());
    const QString outcomeText
        = outcome ? codes::label(*outcome) : text(p, QLatin1StringView("outcome"));
    const QString answered = isoDate(p.value(QLatin1StringView("answered_on")));
    const QString channel = Codes::answerChannelLabel(
        p.value(QLatin1StringView("answer_channel")).toString().simplified());
    QString result = channel.isEmpty()
        ? tr("Request completed by %1: %2; answer sent on %3").arg(actor, outcomeText, answered)
        : tr("Request completed by %1: %2; answer sent on %3 (%4)")
              .arg(actor, outcomeText, answered, channel);
    QStringList grounds;
    for (const QJsonValue &code : p.value(QLatin1StringView("grounds")).toArray()) {
        const auto ground = codes::from<RefusalGround>(code.toString());
        // The article names the ground in a one-line sentence ("Art. 12 lid 5 AVG"); the
        // Overzicht shows the full label.
        grounds << (ground ? Grounds::article(*ground) : code.toString());
    }
    if (!grounds.isEmpty())
        result = tr("%1; grounds: %2").arg(result, grounds.join(QLatin1StringView(", ")));
    if (p.value(QLatin1StringView("direct_marketing")).toBool())
        result = tr("%1; the objection is against direct marketing").arg(result);
    if (const QString motivation = p.value(QLatin1StringView("motivation")).toString().simplified();
        !motivation.isEmpty())
        result = tr("%1; reasons: %2").arg(result, motivation);
    if (const QString reason
        = p.value(QLatin1StringView("no_identification_reason")).toString().simplified();
        !reason.isEmpty())
        result = tr("%1; decided without a recorded identification: %2").arg(result, reason);
    return result;
}

// The documents of a request: letters made and sent, files kept, the AP's reference, and the
// letter templates.
QString EventText::documentSentence(const AuditEvent &event, const QString &actor)
{
    const QString &action = event.action;
    const QJsonObject &p = event.payload;
    if (action == QLatin1StringView("case.letter")
        || action == QLatin1StringView("breach.letter")) {
        const auto kind = codes::from<LetterKind>(p.value(QLatin1StringView("kind")).toString());
        const QString made = p.contains(QLatin1StringView("print_job"))
            ? tr("Letter “%2” generated by %1 and sent to printer %4 (job %5) (SHA-256 %3…)")
                  .arg(actor, kind ? codes::label(*kind) : text(p, QLatin1StringView("kind")),
                       shortHash(p), text(p, QLatin1StringView("printer")),
                       QString::number(p.value(QLatin1StringView("print_job")).toInteger()))
            : tr("Letter “%2” generated by %1 (SHA-256 %3…)")
                  .arg(actor, kind ? codes::label(*kind) : text(p, QLatin1StringView("kind")),
                       shortHash(p));
        // The officer's last edit of the text before it was made.
        if (p.value(QLatin1StringView("edited")).toBool())
            //: Dutch: "%1; de tekst is met de hand aangepast voordat de brief werd gemaakt"
            return tr("%1; the text was edited by hand before the letter was made").arg(made);
        return made;
    }
    if (action == QLatin1StringView("case.letter_sent")
        || action == QLatin1StringView("breach.letter_sent")) {
        const auto kind = codes::from<LetterKind>(p.value(QLatin1StringView("kind")).toString());
        return tr("%1 recorded that letter “%2” was sent on %3 (%4)")
            .arg(actor, kind ? codes::label(*kind) : text(p, QLatin1StringView("kind")),
                 isoDate(p.value(QLatin1StringView("sent_on"))), text(p, QLatin1StringView("how")));
    }
    if (action == QLatin1StringView("case.attachment_added")
        || action == QLatin1StringView("case.attachment_saved")) {
        if (action == QLatin1StringView("case.attachment_saved"))
            return tr("Copy of file %2 saved by %1 (SHA-256 %3…)")
                .arg(actor, text(p, QLatin1StringView("attachment")), shortHash(p));
        const auto kind = AttachmentService::kind(p.value(QLatin1StringView("kind")).toString());
        return tr("%2 kept with the request by %1: %3 (SHA-256 %4…)")
            .arg(actor,
                 kind ? AttachmentService::kindLabel(*kind) : text(p, QLatin1StringView("kind")),
                 text(p, QLatin1StringView("name")), shortHash(p));
    }
    if (action == QLatin1StringView("case.report_exported")
        || action == QLatin1StringView("case.transmitted"))
        return exportSentence(action, p, actor);
    if (action == QLatin1StringView("case.dossier_made")) {
        const bool complainant
            = p.value(QLatin1StringView("version")).toString() == QLatin1StringView("complainant");
        //: Dutch: "Klachtdossier AP gemaakt door %1: %2 (SHA-256 %3)"
        return tr("AP complaint dossier made by %1: %2 (SHA-256 %3)")
                   .arg(actor,
                        complainant ?
                                    //: Dutch: "de versie voor de klager"
                            tr("the version for the complainant")
                                    //: Dutch: "de volledige versie, voor de AP"
                                    : tr("the complete version, for the AP"),
                        fullHash(p))
            + encryptedNote(p);
    }
    if (action == QLatin1StringView("case.dossier_printed")) {
        const bool complainant
            = p.value(QLatin1StringView("version")).toString() == QLatin1StringView("complainant");
        const QString version = complainant ?
                                            //: Dutch: "de versie voor de klager"
            tr("the version for the complainant")
                                            //: Dutch: "de volledige versie, voor de AP"
                                            : tr("the complete version, for the AP");
        const int pages = p.value(QLatin1StringView("pages")).toInt();
        if (p.contains(QLatin1StringView("sha256")))
            //: Dutch: "Klachtdossier AP afgedrukt door %1 naar een bestand: %2, %n pagina('s)
            //: (SHA-256 %3)"
            return tr("AP complaint dossier printed by %1 to a file: %2, %n page(s) (SHA-256 %3)",
                      nullptr, pages)
                .arg(actor, version, fullHash(p));
        //: Dutch: "Klachtdossier AP afgedrukt door %1 op printer %3 (opdracht %4): %2, %n
        //: pagina('s)"
        return tr("AP complaint dossier printed by %1 on printer %3 (job %4): %2, %n page(s)",
                  nullptr, pages)
            .arg(actor, version, text(p, QLatin1StringView("printer")),
                 QString::number(p.value(QLatin1StringView("print_job")).toInteger()));
    }
    if (action == QLatin1StringView("case.ap_reference")) {
        const QJsonArray reference = p.value(QLatin1StringView("reference")).toArray();
        const QString after = reference.at(1).toString().simplified();
        if (after.isEmpty())
            return tr("AP reference removed by %1").arg(actor);
        return tr("AP reference of the complaint recorded by %1: %2").arg(actor, after);
    }
    if (action == QLatin1StringView("letter_template.changed")
        || action == QLatin1StringView("letter_template.reset")) {
        const auto kind = codes::from<LetterKind>(p.value(QLatin1StringView("kind")).toString());
        const QString kindText = kind ? codes::label(*kind) : text(p, QLatin1StringView("kind"));
        if (action == QLatin1StringView("letter_template.reset"))
            return tr("Letter template “%2” reset to the default by %1").arg(actor, kindText);
        return tr("Letter template “%2” changed by %1").arg(actor, kindText);
    }
    return {};
}

// The trail itself and what guards it: destroyed details, BSN warnings overridden, the
// deadline policy, request files destroyed, changes made outside Privacydesk.
QString EventText::encryptedNote(const QJsonObject &p)
{
    if (!p.value(QLatin1StringView("encrypted")).toBool())
        return {};
    const auto by = EncryptedPdf::delivery(p.value(QLatin1StringView("password_by")).toString());
    //: Dutch: "; versleuteld verstuurd; wachtwoord %1" (%1: "per telefoon", "per sms")
    return tr("; sent encrypted; password %1")
        .arg(by ? EncryptedPdf::deliveryLabel(*by) : text(p, QLatin1StringView("password_by")));
}

namespace {

// Whether one of an export event's files has this format ("pdf", "json", "csv").
bool hasFormat(const QJsonObject &p, QStringView format)
{
    const QJsonArray files = p.value(QLatin1StringView("files")).toArray();
    return std::any_of(files.cbegin(), files.cend(), [format](const QJsonValue &file) {
        return file.toObject().value(QLatin1StringView("format")).toString() == format;
    });
}

} // namespace

// The files a request's answer was made of: the access report, or the export made for
// another controller, each with its fingerprint.
QString EventText::exportSentence(const QString &action, const QJsonObject &p, const QString &actor)
{
    if (action == QLatin1StringView("case.report_exported")) {
        QStringList files;
        for (const QJsonValue &file : p.value(QLatin1StringView("files")).toArray()) {
            const QJsonObject f = file.toObject();
            //: Dutch: "%1 (%2, SHA-256 %3)"
            files << tr("%1 (%2, SHA-256 %3)")
                         .arg(text(f, QLatin1StringView("name")),
                              f.value(QLatin1StringView("format")).toString().toUpper(),
                              fullHash(f));
        }
        const QString list = files.isEmpty() ? dash : files.join(QStringLiteral("; "));
        const QString day = isoDate(p.value(QLatin1StringView("date")));
        // Portability files are no access report, and those made for another
        // controller did not go to the data subject.
        const QString to = p.value(QLatin1StringView("transmitted_to")).toString().simplified();
        if (!to.isEmpty())
            //: Dutch: "Gegevensexport voor overdraagbaarheid aan %4 voor dit verzoek gemaakt door %1 op %2: %3"
            return tr("Portability export for %4 made for this request by %1 on %2: %3")
                       .arg(actor, day, list, to)
                + encryptedNote(p);
        if (!hasFormat(p, u"pdf"))
            //: Dutch: "Gegevensexport voor overdraagbaarheid voor dit verzoek gemaakt door %1 op %2: %3"
            return tr("Portability export for this request made by %1 on %2: %3")
                       .arg(actor, day, list)
                + encryptedNote(p);
        //: Dutch: "Inzageoverzicht voor dit verzoek gemaakt door %1 op %2: %3"
        return tr("Access report for this request made by %1 on %2: %3").arg(actor, day, list)
            + encryptedNote(p);
    }
    if (action == QLatin1StringView("case.transmitted")) {
        // Portability straight to another controller (art. 20 lid 2): who got it and the
        // fingerprint of every file made for it, as for the access report.
        QStringList files;
        for (const QJsonValue &file : p.value(QLatin1StringView("files")).toArray()) {
            const QJsonObject f = file.toObject();
            const QString format = f.value(QLatin1StringView("format")).toString().toUpper();
            const QString name = f.value(QLatin1StringView("file")).toString().simplified();
            //: Dutch: "%1 (SHA-256 %2)"
            files << tr("%1 (SHA-256 %2)")
                         .arg(name.isEmpty() ? format : format + u' ' + name, fullHash(f));
        }
        //: Dutch: "Gegevensexport voor %2 (%3) gemaakt door %1: %4"
        return tr("Data export for %2 (%3) made by %1: %4")
            .arg(actor, text(p, QLatin1StringView("to")), text(p, QLatin1StringView("address")),
                 files.isEmpty() ? dash : files.join(QStringLiteral("; ")));
    }
    return {};
}

QString EventText::systemSentence(const AuditEvent &event, const QString &actor)
{
    const QString &action = event.action;
    const QJsonObject &p = event.payload;
    if (action == QLatin1StringView("audit.payloads_destroyed")) {
        const int events = p.value(QLatin1StringView("events")).toInt();
        //: Dutch: "De details van %n gebeurtenis(sen) vernietigd door %1 volgens de
        //: bewaartermijn (vastgelegd door de server)"
        return tr("The details of %n event(s) destroyed by %1 under the retention rule "
                  "(recorded by the server)",
                  nullptr, events)
            .arg(actor);
    }
    if (action == QLatin1StringView("bsn.override")) {
        QStringList findings;
        for (const QJsonValue &finding : p.value(QLatin1StringView("findings")).toArray()) {
            const QJsonObject f = finding.toObject();
            findings << tr("%1 in %2")
                            .arg(f.value(QLatin1StringView("masked")).toString(),
                                 f.value(QLatin1StringView("field")).toString());
        }
        return tr("%1 confirmed that this is not a citizen service number (BSN): %2")
            .arg(actor, findings.isEmpty() ? dash : findings.join(QLatin1StringView(", ")));
    }
    if (action == QLatin1StringView("settings.deadline_policy"))
        return tr("Deadline policy changed by %1: %2, extension %3")
            .arg(actor, periodText(p.value(QLatin1StringView("deadline.base")).toString()),
                 periodText(p.value(QLatin1StringView("deadline.extension")).toString()));
    if (action == QLatin1StringView("retention.destroyed") && event.entityType == u"case") {
        //: Dutch: "Dossier van het verzoek vernietigd door %1 volgens de bewaartermijn (%2)"
        return tr("Request files destroyed by %1 under the retention rules (%2)")
            .arg(actor, text(p, QLatin1StringView("method")));
    }
    if (action == QLatin1StringView("sql.changed")) {
        // Recorded by a server for a change made by hand (resources/server/audit.sql): the
        // operation, the row and the columns, never their values.
        QStringList columns;
        for (const QJsonValue &column : p.value(QLatin1StringView("columns")).toArray())
            columns << column.toString();
        // Filed under the table (a row of no entity, or from an older server) or under the row's
        // own request, person, ... with the table in the payload.
        const QString table = event.entityType == QLatin1StringView("table")
            ? event.entityId
            : text(p, QLatin1StringView("table"));
        //: Dutch: "Buiten Privacydesk om gewijzigd door %1, met SQL: %2 in de tabel %3, rij %4
        //: (kolommen: %5)"
        return tr("Changed outside Privacydesk by %1, with SQL: %2 in the table %3, row %4 "
                  "(columns: %5)")
            .arg(actor, text(p, QLatin1StringView("operation")), table,
                 p.value(QLatin1StringView("id")).toVariant().toString(),
                 columns.isEmpty() ? dash : columns.join(QLatin1StringView(", ")));
    }
    return {};
}

QString EventText::breachSentence(const QString &actor, const QString &action, const QJsonObject &p)
{
    // From which moment the 72 hours run, where that is not the discovery, and why not from the
    // processor's earlier report where the officer recorded that.
    QString clock;
    const QJsonValue start = p.value(QLatin1StringView("clock_start"));
    if (start.isString() && start != p.value(QLatin1StringView("discovered_at")))
        //: Dutch: "; de 72 uur lopen vanaf de melding van de verwerker op %1"
        clock = tr("; the 72 hours run from the processor's report on %1").arg(moment(start));
    if (p.contains(QLatin1StringView("processor_told_reason")))
        //: Dutch: "; de 72 uur lopen vanaf de ontdekking, niet vanaf de eerdere melding van de
        //: verwerker: %1"
        clock = tr("; the 72 hours run from the discovery, not from the processor's earlier "
                   "report: %1")
                    .arg(text(p, QLatin1StringView("processor_told_reason")));
    if (action == QLatin1StringView("breach.added"))
        return tr("Data breach reported by %1: %2 (discovered on %3)")
                   .arg(actor, text(p, QLatin1StringView("title")),
                        moment(p.value(QLatin1StringView("discovered_at"))))
            + clock;
    if (action == QLatin1StringView("breach.updated"))
        return tr("Data breach changed by %1: %2").arg(actor, text(p, QLatin1StringView("title")))
            + clock;
    if (action == QLatin1StringView("breach.processor-told"))
        //: Dutch: "Melding van de verwerker vastgelegd door %1: de verwerker meldde het op %2;
        //: uiterste moment voor de AP %3 (was %4)"
        return tr("Processor's report recorded by %1: the processor told us on %2; AP deadline %3 "
                  "(was %4)")
                   .arg(actor, moment(p.value(QLatin1StringView("processor_told_at"))),
                        moment(p.value(QLatin1StringView("ap_deadline"))),
                        moment(p.value(QLatin1StringView("old_ap_deadline"))))
            + clock;
    // When it was decided, where that was recorded: not always when it was typed in.
    const QDateTime taken
        = BreachCodes::momentFromStored(p.value(QLatin1StringView("at")).toString());
    //: Dutch: "%1 (besloten op %2)"
    const auto when = [&taken](const QString &sentence) {
        return taken.isValid() ? tr("%1 (decided on %2)").arg(sentence, dateTime(taken)) : sentence;
    };
    if (action == QLatin1StringView("breach.assessed")) {
        const auto risk = codes::from<BreachRisk>(p.value(QLatin1StringView("risk")).toString());
        return when(tr("Risk assessed by %1: %2; %3")
                        .arg(actor, risk ? codes::label(*risk) : text(p, QLatin1StringView("risk")),
                             text(p, QLatin1StringView("reasoning"))));
    }
    if (action == QLatin1StringView("breach.ap-decided")
        || action == QLatin1StringView("breach.subjects-decided")) {
        const bool ap = action == QLatin1StringView("breach.ap-decided");
        const bool yes = p.value(QLatin1StringView("decision")).toBool();
        const QString decided = ap
            ? (yes ? tr("%1 decided to notify the AP of the data breach")
                   : tr("%1 decided not to notify the AP of the data breach"))
            : (yes ? tr("%1 decided to inform the people concerned")
                   : tr("%1 decided not to inform the people concerned"));
        const QString reason = p.value(QLatin1StringView("reason")).toString().simplified();
        return when(reason.isEmpty() ? decided.arg(actor)
                                     : tr("%1; reasons: %2").arg(decided.arg(actor), reason));
    }
    if (action == QLatin1StringView("breach.ap-notified")) {
        if (p.value(QLatin1StringView("late")).toBool())
            return tr("Notified to the AP by %1 on %2, reference number %3; after the 72 hours: "
                      "%4")
                .arg(actor, moment(p.value(QLatin1StringView("at"))),
                     text(p, QLatin1StringView("reference")),
                     text(p, QLatin1StringView("late_reason")));
        return tr("Notified to the AP by %1 on %2, reference number %3")
            .arg(actor, moment(p.value(QLatin1StringView("at"))),
                 text(p, QLatin1StringView("reference")));
    }
    if (action == QLatin1StringView("breach.follow-up")) {
        const auto kind
            = codes::from<BreachFollowUpKind>(p.value(QLatin1StringView("kind")).toString());
        return tr("%2 sent to the AP by %1 on %3, reference number %4: %5")
            .arg(actor, kind ? codes::label(*kind) : text(p, QLatin1StringView("kind")),
                 moment(p.value(QLatin1StringView("at"))), text(p, QLatin1StringView("reference")),
                 text(p, QLatin1StringView("text")));
    }
    if (action == QLatin1StringView("breach.subjects-notified")) {
        if (p.value(QLatin1StringView("public_notice")).toBool())
            return tr("%1 recorded a public notice on %2: %3; why: %4")
                .arg(actor, isoDate(p.value(QLatin1StringView("on"))),
                     text(p, QLatin1StringView("how")), text(p, QLatin1StringView("reason")));
        return tr("%1 recorded that the people concerned were informed on %2: %3")
            .arg(actor, isoDate(p.value(QLatin1StringView("on"))),
                 text(p, QLatin1StringView("how")));
    }
    if (action == QLatin1StringView("breach.person-informed"))
        return tr("%1 recorded that a person concerned was informed on %2")
            .arg(actor, isoDate(p.value(QLatin1StringView("on"))));
    if (action == QLatin1StringView("breach.persons-linked"))
        return tr("Persons concerned changed by %1: %2 linked, %3 unlinked")
            .arg(actor)
            .arg(p.value(QLatin1StringView("added")).toArray().size())
            .arg(p.value(QLatin1StringView("removed")).toArray().size());
    if (action == QLatin1StringView("breach.destroyed"))
        return tr("Data breach destroyed by %1 under the retention rule (expired on %2): %3")
            .arg(actor, isoDate(p.value(QLatin1StringView("expired_on"))),
                 text(p, QLatin1StringView("method")));
    return {};
}

} // namespace pd
