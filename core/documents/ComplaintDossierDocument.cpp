// The complaint dossier as a document: the cover, the summary, the chronology from the audit
// trail, the letters, the disclosures, the statement on the audit trail and the letters as
// appendices. Reading what it shows: ComplaintDossier.cpp.
#include "cases/Attachments.h"
#include "documents/ComplaintDossier.h"
#include "documents/ComplaintDossierParts.h"
#include "documents/EventText.h"
#include "documents/PersonReportDocument.h"
#include "documents/PersonReview.h"
#include "print/PrintedDocument.h"
#include "registers/Recipients.h"
#include "util/Clock.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace pd {

namespace {

const QString dash = QStringLiteral("&mdash;");

QString h(const QString &text)
{
    return PrintedDocument::html(text);
}

// A text people typed, quoted in a sentence of the dossier (format with %1): marked or redacted
// as the same text is everywhere else in the dossier, the chronology included.
QString quotedHtml(const QString &format, const QString &text,
                   const ComplaintDossierContent &content)
{
    return h(format).arg(dossier::textHtml(text, content));
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? dash : h(text.trimmed());
}

QString dateHtml(QDate date)
{
    return date.isValid() ? h(EventText::date(date)) : dash;
}

// The summary writes its dates out ("1 oktober 2026"), as the letters do: the reader compares
// them with the letters in the appendices.
QString day(QDate date)
{
    return date.isValid() ? PersonReportDocument::longDate(date) : QStringLiteral("—");
}

// "22 november 2026 om 10:47", local time.
QString dayAndTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = organisationTime(utc);
    return ComplaintDossier::tr("%1 at %2")
        .arg(day(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

// Whether one clock's deadline was met, in words: answered in time, late, or still open; late
// by the days Lateness counts for that clock, so that the summary, the case list and the
// detail name the same number.
struct Met
{
    QString text;
    bool missed = false;
};

Met metText(QDate deadline, int late, const Case &c, const CaseDeadlines &d)
{
    if (!deadline.isValid())
        return {};
    if (c.answeredOn.isValid()) {
        if (late <= 0)
            return { ComplaintDossier::tr("met: answered on %1").arg(day(c.answeredOn)), false };
        return { ComplaintDossier::tr("not met: answered on %1, %n day(s) late", nullptr, late)
                     .arg(day(c.answeredOn)),
                 true };
    }
    if (!isOpen(c.state))
        return { ComplaintDossier::tr("closed without an answer date"), false };
    // Identification asked in time and not received: neither clock runs.
    if (d.all.suspended)
        return { ComplaintDossier::tr(
                     "The deadline stands still until the identification is received."),
                 false };
    if (d.all.mandateSuspended)
        //: Dutch: "De termijn staat stil tot de machtiging binnen is."
        return { ComplaintDossier::tr("The deadline stands still until the mandate is received."),
                 false };
    if (late <= 0)
        return { ComplaintDossier::tr("open, not yet due"), false };
    return { ComplaintDossier::tr("not met: open and %n day(s) overdue", nullptr, late), true };
}

QString deadlineCell(QDate base, QDate extended, bool extensionCounts, int late, const Case &c,
                     const CaseDeadlines &d)
{
    QString text = h(day(base));
    if (extensionCounts)
        text += h(ComplaintDossier::tr("; extended to %1").arg(day(extended)));
    const Met met = metText(extensionCounts ? extended : base, late, c, d);
    if (!met.text.isEmpty())
        text += (met.missed ? QStringLiteral("<br><b>%1</b>") : QStringLiteral("<br>%1"))
                    .arg(h(met.text));
    return text;
}

void row(QString &out, const QString &label, const QString &valueHtml)
{
    out += QStringLiteral(
               "<tr><td width=\"30%\" bgcolor=\"#eeeeee\"><b>%1</b></td><td>%2</td></tr>")
               .arg(h(label), valueHtml);
}

// The request itself: what was asked, when and how it arrived, who registered it, who handles it.
void requestRows(QString &out, const ComplaintDossierContent &content)
{
    const Case &c = content.request;
    row(out, ComplaintDossier::tr("Request"), h(c.number));
    row(out, ComplaintDossier::tr("Kind of request"),
        orDash(codes::labels(c.types).join(QStringLiteral(", "))));
    // The day the request arrived, written out, and how: the deadlines count from here. Its time
    // only when one is known for that very day. When and by whom it was typed into Privacydesk
    // is another fact, on its own row (the day of registration is never the receipt).
    const QDateTime arrivedAt = organisationTime(c.receivedAt);
    QString received = c.receivedAt.isValid() && arrivedAt.date() == c.receivedDate
        ? dayAndTime(c.receivedAt)
        : day(c.receivedDate);
    received = ComplaintDossier::tr("%1, %2").arg(received,
                                                  PersonReportDocument::channelPhrase(c.channel));
    const QString registeredBy = content.registeredBy();
    if (!c.receivedBy.isEmpty() && c.receivedBy != registeredBy)
        received += ComplaintDossier::tr("; received by %1").arg(content.nameOf(c.receivedBy));
    row(out, ComplaintDossier::tr("Received"), h(received));
    if (c.registeredAt.isValid())
        row(out, ComplaintDossier::tr("Registered in Privacydesk"),
            h(registeredBy.isEmpty()
                  ? dayAndTime(c.registeredAt)
                  : ComplaintDossier::tr("%1 by %2")
                        .arg(dayAndTime(c.registeredAt), content.nameOf(registeredBy))));
    if (!c.representative.trimmed().isEmpty()) {
        QString representative = h(c.representative);
        if (!c.representativeMandate.trimmed().isEmpty())
            representative
                += h(ComplaintDossier::tr(" (mandate: %1)").arg(c.representativeMandate));
        row(out, ComplaintDossier::tr("Representative"), representative);
    }
    row(out, ComplaintDossier::tr("State"), h(codes::label(c.state)));
    row(out, ComplaintDossier::tr("Handler"),
        c.handler.trimmed().isEmpty() ? dash : h(content.nameOf(c.handler)));
}

// A representative's request (seed 000: "Identificatie opgevraagd: niet gevraagd" where
// the mandate had been asked for): the mandate is its identification step, asked for and
// received on a day, checked by someone.
void mandateRows(QString &out, const ComplaintDossierContent &content)
{
    const Case &c = content.request;
    //: Dutch: "Machtiging gevraagd"; "niet gevraagd"
    row(out, ComplaintDossier::tr("Mandate requested"),
        h(c.mandate.requested.isValid() ? day(c.mandate.requested)
                                        : ComplaintDossier::tr("not requested")));
    QString received = ComplaintDossier::tr("not yet received");
    if (c.mandate.received.isValid()) {
        received = day(c.mandate.received);
        if (const QString by = content.mandateCheckedBy(); !by.isEmpty())
            //: Dutch: "%1, gecontroleerd door %2": the day the mandate was received, who
            //: checked it
            received = ComplaintDossier::tr("%1, checked by %2").arg(received, content.nameOf(by));
    }
    //: Dutch: "Machtiging ontvangen"
    row(out, ComplaintDossier::tr("Mandate received"), h(received));
}

// How the identity was checked, and what waiting for it did to the deadlines.
void identificationRows(QString &out, const ComplaintDossierContent &content)
{
    const Case &c = content.request;
    const CaseDeadlines &d = content.deadlines;
    const Identification &id = c.identification;
    const bool represented = !c.representative.trimmed().isEmpty();
    if (represented)
        mandateRows(out, content);
    if (!represented || id.requested.isValid())
        row(out, ComplaintDossier::tr("Identification requested"),
            id.requested.isValid() ? h(day(id.requested))
                                   : h(ComplaintDossier::tr("not requested")));
    QString idReceived;
    if (id.received.isValid() || id.succeeded.has_value()) {
        QStringList parts;
        if (id.received.isValid())
            parts << day(id.received);
        if (id.method) {
            // Inside the sentence: "23 oktober 2025, ingelogd op het huurdersportaal".
            const QString method
                = PersonReport::idMethodLabel(*id.method, content.organisation.portalName);
            parts << (method.size() > 1 && !method.at(1).isUpper()
                          ? method.at(0).toLower() + method.mid(1)
                          : method);
        }
        if (id.succeeded)
            parts << (*id.succeeded ? ComplaintDossier::tr("succeeded")
                                    : ComplaintDossier::tr("failed"));
        if (!id.verifiedBy.isEmpty())
            parts << ComplaintDossier::tr("checked by %1").arg(content.nameOf(id.verifiedBy));
        idReceived = h(parts.join(QStringLiteral(", ")));
    } else if (!c.noIdentificationReason.trimmed().isEmpty()) {
        idReceived = h(ComplaintDossier::tr("Decided without a recorded identification: %1")
                           .arg(c.noIdentificationReason.trimmed()));
    } else {
        // Nothing recorded is what the dossier can state; "not needed" would be a judgement the
        // data do not hold.
        idReceived = h(id.requested.isValid() ? ComplaintDossier::tr("not yet received")
                                              : ComplaintDossier::tr("none recorded"));
    }
    idReceived
        += QStringLiteral("<br><i>%1</i>")
               .arg(h(ComplaintDossier::tr("Privacydesk records that and how identity was checked, "
                                           "never a document, its number or a BSN.")));
    row(out, ComplaintDossier::tr("Identification received"), idReceived);
    if (d.all.pauseApplied || d.all.identificationLate || d.all.suspended) {
        QString pause;
        if (d.all.suspended)
            pause = ComplaintDossier::tr(
                "The deadline stands still until the identification is received.");
        else if (d.all.identificationLate)
            pause = ComplaintDossier::tr(
                "Identification was requested too late to stop the clock: the "
                "deadlines ran on.");
        else
            pause = ComplaintDossier::tr(
                "%n day(s) waiting for identification added to the deadlines.", nullptr,
                d.all.pauseDays);
        row(out, ComplaintDossier::tr("Identification pause"), h(pause));
    }
    // A representative's request waits for the mandate as well.
    if (const QString mandate = CaseWorkflow::mandatePauseText(c, d.all); !mandate.isEmpty())
        //: Dutch: "Pauze voor de machtiging"
        row(out, ComplaintDossier::tr("Mandate pause"), h(mandate));
}

// Whether the deadline was extended, when the data subject was told and why.
QString extensionHtml(const ComplaintDossierContent &content)
{
    const Case &c = content.request;
    const CaseDeadlines &d = content.deadlines;
    QString extension;
    if (!c.extended) {
        extension = h(ComplaintDossier::tr("not extended"));
    } else {
        extension = h(ComplaintDossier::tr("Extended; the data subject was told on %1.")
                          .arg(day(c.extensionNotified)));
        extension += QStringLiteral("<br>%1").arg(
            c.extensionReason.trimmed().isEmpty()
                ? h(ComplaintDossier::tr("Reasons: %1")
                        .arg(ComplaintDossier::tr("(destroyed or not recorded)")))
                : quotedHtml(ComplaintDossier::tr("Reasons: %1"), c.extensionReason.trimmed(),
                             content));
        if (d.extensionLegallyLate)
            extension += QStringLiteral("<br><b>%1</b>")
                             .arg(h(ComplaintDossier::tr(
                                 "The notice was sent after the first month: the legal "
                                 "deadline was not extended (art. 12(3) GDPR).")));
        else
            extension += QStringLiteral("<br>%1").arg(
                h(ComplaintDossier::tr("Told within the first month (legal deadline %1).")
                      .arg(day(d.all.legal))));
        // A notice after the own deadline never reads as the own term met.
        if (d.extensionAfterOwnDeadline)
            extension += QStringLiteral("<br><b>%1</b>")
                             //: Dutch: "Het bericht is na de eigen termijn van %1 verstuurd:
                             //: de eigen termijn is niet verlengd en niet gehaald."
                             .arg(h(ComplaintDossier::tr(
                                        "The notice was sent after the organisation's own "
                                        "deadline of %1: the own deadline was not extended and "
                                        "not met.")
                                        .arg(day(d.all.policy))));
        // A policy without an extension of its own ("binnen vier weken"): the law's extension
        // was used all the same, and the AP reads that the organisation departed from its own
        // policy, and why (the reasons above).
        if (d.extensionBeyondOwnPolicy)
            extension += QStringLiteral("<br><b>%1</b>")
                             //: Dutch: "Afwijking van het eigen beleid: dat kent geen
                             //: verlenging. Alleen de wettelijke termijn is verlengd (tot %1, art.
                             //: 12 lid 3 AVG); de eigen termijn van %2 is niet gehaald. De
                             //: betrokkene is daarover met de redenen geïnformeerd."
                             .arg(h(ComplaintDossier::tr(
                                        "Departure from the own policy, which has no extension: "
                                        "only the legal deadline was extended (to %1, art. "
                                        "12(3) GDPR); the own deadline of %2 was not met. The "
                                        "data subject was told so, with the reasons.")
                                        .arg(day(d.all.legalExtended), day(d.all.policy))));
    }
    return extension;
}

// Late against the law and late against the organisation's own deadline are different
// facts: each clock on its own row, then both in the words of the case list.
// A request closed without an answer date is not measured on the day the dossier is made.
void deadlineRows(QString &out, const ComplaintDossierContent &content)
{
    const Case &c = content.request;
    const CaseDeadlines &d = content.deadlines;
    const QDate today = organisationDay(content.preparedAt);
    const Lateness lateness
        = c.answeredOn.isValid() || isOpen(c.state) ? Lateness::of(c, d, today) : Lateness {};
    const bool legalExtended = c.extended && !d.extensionLegallyLate;
    row(out, ComplaintDossier::tr("Legal deadline (art. 12(3) GDPR)"),
        deadlineCell(d.all.legal, d.all.legalExtended, legalExtended, lateness.legalDays, c, d));
    row(out, ComplaintDossier::tr("Policy deadline"),
        deadlineCell(d.all.policy, d.all.policyExtended,
                     c.extended && !d.extensionAfterOwnDeadline && !d.extensionBeyondOwnPolicy,
                     lateness.policyDays, c, d));
    row(out, ComplaintDossier::tr("Deadline that applied"),
        h(ComplaintDossier::tr("%1 (%2 deadline binds)")
              .arg(day(d.current),
                   d.currentBinding == Binding::Legal ? ComplaintDossier::tr("the legal")
                                                      : ComplaintDossier::tr("the policy"))));
    if (lateness.late())
        row(out, ComplaintDossier::tr("Late"), QStringLiteral("<b>%1</b>").arg(h(lateness.text())));
    else if (c.answeredOn.isValid())
        row(out, ComplaintDossier::tr("Late"),
            h(ComplaintDossier::tr("no: answered within the legal and the own deadline")));
    else if (isOpen(c.state) && !d.all.suspended)
        row(out, ComplaintDossier::tr("Late"),
            h(ComplaintDossier::tr("no (as of %1)").arg(day(today))));
    row(out, ComplaintDossier::tr("Extension"), extensionHtml(content));
}

// When the answer went out and the request was closed.
void completionRow(QString &out, const Case &c)
{
    if (c.answeredOn.isValid() || c.closedAt.isValid()) {
        QString done = c.answeredOn.isValid()
            ? ComplaintDossier::tr("Answer sent on %1").arg(day(c.answeredOn))
            : ComplaintDossier::tr("No answer date recorded");
        if (c.answeredOn.isValid() && !c.answerChannel.trimmed().isEmpty())
            done = ComplaintDossier::tr("%1, %2").arg(
                done, PersonReportDocument::answerChannelPhrase(c.answerChannel));
        done = h(done);
        if (c.closedAt.isValid())
            done += QStringLiteral("<br>")
                + h(ComplaintDossier::tr("Closed on %1").arg(dayAndTime(c.closedAt)));
        row(out, ComplaintDossier::tr("Completed"), done);
    } else {
        row(out, ComplaintDossier::tr("Completed"), h(ComplaintDossier::tr("not yet")));
    }
}

// A combined request, or a partial grant, is decided per kind: each kind's outcome,
// grounds, what was done and the reasons.
QString outcomeHtml(const ComplaintDossierContent &content)
{
    const Case &c = content.request;
    const QList<TypeDecision> parts = CaseWorkflow::decisionsOf(c);
    const bool perKind = CaseWorkflow::shownPerKind(parts);
    QString outcome = c.outcome ? h(codes::label(*c.outcome)) : dash;
    if (!c.refusalGrounds.isEmpty() && !perKind) {
        outcome += QStringLiteral("<br>") + h(ComplaintDossier::tr("Grounds:"));
        outcome += QStringLiteral("<ul>");
        for (RefusalGround ground : c.refusalGrounds)
            outcome += QStringLiteral("<li>%1</li>").arg(h(codes::label(ground)));
        outcome += QStringLiteral("</ul>");
    }
    if (perKind) {
        outcome += QStringLiteral("<ul>");
        for (const TypeDecision &part : parts) {
            QStringList lines { h(ComplaintDossier::tr("%1: %2").arg(codes::label(part.type),
                                                                     codes::label(part.outcome))) };
            const QStringList grounds = codes::labels(part.grounds);
            if (!grounds.isEmpty())
                lines << h(
                    ComplaintDossier::tr("Grounds: %1").arg(grounds.join(QStringLiteral("; "))));
            if (!part.granted.isEmpty())
                lines << quotedHtml(ComplaintDossier::tr("Done: %1"), part.granted, content);
            if (!part.motivation.isEmpty())
                lines << quotedHtml(ComplaintDossier::tr("Reasons (art. 12(4) GDPR): %1"),
                                    part.motivation, content);
            outcome += QStringLiteral("<li>%1</li>").arg(lines.join(QStringLiteral("<br>")));
        }
        outcome += QStringLiteral("</ul>");
    }
    QStringList notes;
    // Partly: the marketing part absolute, the rest weighed; then each subject, stopped or not.
    if (c.directMarketing)
        notes << h(CaseWorkflow::weighedPart(c.objection)
                       ? ComplaintDossier::tr("The objection is partly against direct marketing: "
                                              "that part is absolute (art. 21(3) GDPR); the other "
                                              "subjects were weighed (art. 21(1) GDPR).")
                       : ComplaintDossier::tr("The objection is against direct marketing (art. "
                                              "21(3) GDPR: absolute)."));
    for (const ObjectionPart &part : c.objection) {
        const QString subject = part.text.isEmpty()
            ? h(codes::label(part.subject))
            : quotedHtml(ComplaintDossier::tr("%1: %2").arg(codes::label(part.subject),
                                                            QStringLiteral("%1")),
                         part.text, content);
        notes << h(part.stopped
                       //: Dutch: "Bezwaar tegen %1: gestopt"
                       ? ComplaintDossier::tr("Objection to %1: stopped")
                       //: Dutch: "Bezwaar tegen %1: gaat door"
                       : ComplaintDossier::tr("Objection to %1: goes on"))
                     .arg(subject);
    }
    // Which data the change concerned: the recipients art. 19 asks follow from it.
    if (!c.changedData.isEmpty()) {
        //: Dutch: "Gewijzigde gegevens (artikel 19 AVG): %1"
        notes << h(ComplaintDossier::tr("Data that changed (art. 19 GDPR): %1")
                       .arg(codes::labels(c.changedData).join(QStringLiteral(", "))));
    }
    // The reasons in words (art. 12(4) GDPR); a request completed before they were recorded,
    // or whose texts were destroyed, says so.
    // Decided per kind, the reasons stand with each kind above.
    if (!perKind && !c.motivation.trimmed().isEmpty())
        notes << quotedHtml(ComplaintDossier::tr("Reasons (art. 12(4) GDPR): %1"),
                            c.motivation.trimmed(), content);
    else if (!perKind && c.outcome && CaseWorkflow::needsMotivation(*c.outcome))
        notes << h(ComplaintDossier::tr("Reasons (art. 12(4) GDPR): %1")
                       .arg(ComplaintDossier::tr("(destroyed or not recorded)")));
    if (!notes.isEmpty())
        outcome += (c.refusalGrounds.isEmpty() ? QStringLiteral("<br>") : QString())
            + notes.join(QStringLiteral("<br>"));
    return outcome;
}

// Section 1: the request, its identification, both deadlines, the answer and the outcome.
QString summaryHtml(const ComplaintDossierContent &content)
{
    QString out = dossier::tableStartHtml();
    requestRows(out, content);
    identificationRows(out, content);
    deadlineRows(out, content);
    completionRow(out, content.request);
    row(out, ComplaintDossier::tr("Outcome"), outcomeHtml(content));
    const auto sentCount = std::count_if(content.letters.cbegin(), content.letters.cend(),
                                         [](const Letter &letter) { return letter.isSent(); });
    row(out, ComplaintDossier::tr("Letters"),
        h(ComplaintDossier::tr("%n letter(s) made, %1 recorded as sent; see section 3", nullptr,
                               static_cast<int>(content.letters.size()))
              .arg(sentCount)));
    row(out, ComplaintDossier::tr("AP reference"),
        content.apReference.isEmpty() ? h(ComplaintDossier::tr("not known"))
                                      : h(content.apReference));
    out += QStringLiteral("</table>");
    return out;
}

QString chronologyHtml(const ComplaintDossierContent &content)
{
    if (content.events.isEmpty())
        return dossier::noteHtml(
            ComplaintDossier::tr("The audit trail holds no events for this request."));
    // A broken chain: the events from the first broken link on cannot be vouched for.
    const AuditLog::Verification &v = content.verification;
    const qint64 brokenFrom = v.ok ? 0 : v.firstBrokenSeq;
    QString out;
    if (brokenFrom > 0)
        out += QStringLiteral("<p><b>%1</b></p>")
                   .arg(h(ComplaintDossier::tr("The audit trail is broken at event %1: the events "
                                               "from that number on (shaded) cannot be vouched "
                                               "for; see section 5.")
                              .arg(brokenFrom)));
    out += dossier::tableStartHtml();
    out += QStringLiteral("<thead><tr bgcolor=\"#eeeeee\"><th width=\"7%\" align=\"left\">%1</th>"
                          "<th width=\"19%\" align=\"left\">%2</th><th width=\"16%\" "
                          "align=\"left\">%3</th><th align=\"left\">%4</th></tr></thead>")
               .arg(h(ComplaintDossier::tr("No.")), h(ComplaintDossier::tr("Date and time")),
                    h(ComplaintDossier::tr("By")), h(ComplaintDossier::tr("What happened")));
    qint64 previous = 0; // the number of the row shown last
    for (const AuditEvent &event : content.events) {
        // A note withheld under art. 41 UAVG (or by hand) leaves no row for the complainant: a
        // "[weggelaten]" row would tell that one exists. Its number is one of the gaps.
        const bool withheld = dossier::namesWithheldRecipient(event, content);
        if (withheld && content.forComplainant())
            continue;
        const bool suspect = brokenFrom > 0 && event.seq >= brokenFrom;
        // A number the AP finds missing between two rows is said, and why.
        if (previous > 0 && event.seq > previous + 1)
            out += dossier::missingNumbersHtml(previous + 1, event.seq - 1, content);
        previous = event.seq;
        const AuditEvent named = dossier::namedEvent(event, content);
        // Other people's contact data in a note, and a recipient the data subject may not know
        // of, marked.
        QString what
            = dossier::eventHtml(EventText::sentence(named, content.events), event, content);
        if (withheld)
            what += u' ' + dossier::withheldMarkHtml();
        out += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(suspect ? QStringLiteral(" bgcolor=\"#ffdddd\"") : QString())
                   .arg(event.seq)
                   .arg(h(dossier::momentText(event.occurredAt)), orDash(named.actor), what);
    }
    out += QStringLiteral("</table>");
    return out;
}

// The files kept with the request: what arrived, as it arrived, with the fingerprint that
// proves the copy in the store is that file.
QString attachmentsHtml(const ComplaintDossierContent &content)
{
    if (content.attachments.isEmpty())
        return dossier::noteHtml(
            ComplaintDossier::tr("No original of the request is kept in Privacydesk."));
    QString out = dossier::paragraphHtml(
        ComplaintDossier::tr("The request as it was received and the other files kept with it, "
                             "inside the encrypted store, with the SHA-256 of each file."));
    out += dossier::tableStartHtml();
    out += QStringLiteral("<thead><tr bgcolor=\"#eeeeee\"><th width=\"25%\" align=\"left\">%1</th>"
                          "<th width=\"15%\" align=\"left\">%2</th><th width=\"18%\" "
                          "align=\"left\">%3</th><th align=\"left\">%4</th></tr></thead>")
               .arg(h(ComplaintDossier::tr("File")), h(ComplaintDossier::tr("Kind")),
                    h(ComplaintDossier::tr("Added")), h(ComplaintDossier::tr("Size and SHA-256")));
    for (const Attachment &file : content.attachments) {
        const QString name = file.isDestroyed()
            ? ComplaintDossier::tr("(destroyed on %1)").arg(dossier::momentText(file.destroyedAt))
            : file.name;
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>"
                              "<td><font size=\"2\">%4<br>%5</font></td></tr>")
                   .arg(
                       h(name), h(AttachmentService::kindLabel(file.kind)),
                       h(ComplaintDossier::tr("%1 by %2")
                             .arg(dossier::momentText(file.addedAt), content.nameOf(file.addedBy))),
                       h(QLocale().formattedDataSize(file.size, 1,
                                                     QLocale::DataSizeTraditionalFormat)),
                       dossier::hashLinesHtml(file.sha256, 8));
    }
    out += QStringLiteral("</table>");
    return out;
}

QString lettersHtml(const ComplaintDossierContent &content)
{
    if (content.letters.isEmpty())
        return dossier::noteHtml(
            ComplaintDossier::tr("No letters were generated with Privacydesk for this request."));
    QString out = dossier::paragraphHtml(
        ComplaintDossier::tr("Every letter generated for this request, with the SHA-256 of "
                             "its text as recorded in the audit trail. The full texts are "
                             "in the appendices."));
    out += dossier::tableStartHtml();
    out += QStringLiteral("<thead><tr bgcolor=\"#eeeeee\"><th width=\"9%\" align=\"left\">%1</th>"
                          "<th width=\"20%\" align=\"left\">%2</th><th width=\"21%\" "
                          "align=\"left\">%3</th><th width=\"21%\" align=\"left\">%4</th>"
                          "<th align=\"left\">%5</th></tr></thead>")
               .arg(h(ComplaintDossier::tr("Appendix")), h(ComplaintDossier::tr("Letter")),
                    h(ComplaintDossier::tr("Made")), h(ComplaintDossier::tr("Sent")),
                    h(ComplaintDossier::tr("SHA-256 of the text")));
    int number = 0;
    for (const Letter &letter : content.letters) {
        ++number;
        // Made and sent are different facts: a letter only made says so.
        const QString sent = letter.isSent()
            ? ComplaintDossier::tr("%1, %2").arg(
                EventText::date(letter.sentOn),
                letter.sentHow.isEmpty() ? ComplaintDossier::tr("how not kept") : letter.sentHow)
            : ComplaintDossier::tr("only made: its dispatch was not recorded");
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                              "<td><font size=\"2\">%5</font></td></tr>")
                   .arg(number)
                   .arg(h(codes::label(letter.kind)),
                        h(ComplaintDossier::tr("%1 by %2")
                              .arg(dossier::momentText(letter.generatedAt),
                                   content.nameOf(letter.generatedBy))),
                        h(sent), dossier::hashLinesHtml(letter.sha256, 4));
    }
    out += QStringLiteral("</table>");
    return out;
}

QString disclosuresHtml(const ComplaintDossierContent &content)
{
    // The version for the complainant leaves out what the law forbids telling them.
    QList<Disclosure> shown;
    for (const Disclosure &d : content.disclosures) {
        if (!content.forComplainant() || !dossier::withheld(d))
            shown << d;
    }
    if (shown.isEmpty())
        return dossier::noteHtml(
            content.forComplainant()
                // Never "none are registered" in place of those left out.
                //: Dutch: "In deze versie staan geen verstrekkingen van gegevens van
                //: deze betrokkene aan derden."
                ? ComplaintDossier::tr("This version holds no disclosures of this data "
                                       "subject's data to third parties.")
                : ComplaintDossier::tr(
                    "No disclosures of this data subject's data to third parties are "
                    "registered."));
    QString out = dossier::paragraphHtml(
        content.forComplainant()
            //: Dutch: "De geregistreerde verstrekkingen van gegevens van
            //: betrokkene aan een derde of verwerker die betrokkene mag
            //: kennen, oudste eerst. Andere personen om wie een verstrekking
            //: ook ging, worden hier niet genoemd."
            ? ComplaintDossier::tr("The registered disclosures of this data subject's data to "
                                   "a third party or processor that the data subject may "
                                   "know of, oldest first. Other persons a disclosure also "
                                   "concerned are not named here.")
            : ComplaintDossier::tr("Every registered disclosure of this data subject's data "
                                   "to a third party or processor, oldest first. Other "
                                   "persons a disclosure also concerned are not named "
                                   "here."));
    out += dossier::tableStartHtml();
    out += QStringLiteral("<thead><tr bgcolor=\"#eeeeee\"><th width=\"12%\" align=\"left\">%1</th>"
                          "<th width=\"20%\" align=\"left\">%2</th><th width=\"22%\" "
                          "align=\"left\">%3</th><th width=\"24%\" align=\"left\">%4</th>"
                          "<th align=\"left\">%5</th></tr></thead>")
               .arg(h(ComplaintDossier::tr("Date")), h(ComplaintDossier::tr("Recipient")),
                    h(ComplaintDossier::tr("Data")),
                    h(ComplaintDossier::tr("Purpose and legal basis")),
                    h(ComplaintDossier::tr("Data subject told")));
    for (const Disclosure &d : std::as_const(shown)) {
        QString dataHtml = orDash(codes::labels(d.data).join(QStringLiteral(", ")));
        if (!d.dataText.trimmed().isEmpty())
            dataHtml += QStringLiteral("<br><i>%1</i>")
                            .arg(dossier::textHtml(d.dataText.trimmed(), content));
        // The texts the officer typed are marked as every other text of the dossier (
        // seed 000: the purpose, the basis and the reason not to tell stood unmarked).
        QString purpose = d.purpose.trimmed().isEmpty()
            ? dash
            : dossier::textHtml(d.purpose.trimmed(), content);
        purpose += QStringLiteral("<br>") + h(codes::label(d.basis));
        if (!d.basisText.trimmed().isEmpty())
            purpose
                += QStringLiteral(" (%1)").arg(dossier::textHtml(d.basisText.trimmed(), content));
        QString told = h(codes::label(d.informed));
        if (d.informed == InformedStatus::Informed && d.informedOn.isValid())
            told += QStringLiteral(" ") + dateHtml(d.informedOn);
        if (d.informed == InformedStatus::Prohibited && !d.notInformedReason.trimmed().isEmpty())
            told
                += QStringLiteral(": ") + dossier::textHtml(d.notInformedReason.trimmed(), content);
        if (dossier::withheld(d))
            told += QStringLiteral("<br>") + dossier::withheldMarkHtml();
        QString recipient = QStringLiteral("%1<br><i>%2</i>")
                                .arg(orDash(d.recipientName), h(d.recipientDescription()));
        if (!d.caseNumber.isEmpty() && d.caseNumber != content.request.number)
            recipient
                += QStringLiteral("<br>") + h(ComplaintDossier::tr("request %1").arg(d.caseNumber));
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(dateHtml(d.date), recipient, dataHtml, purpose, told);
    }
    out += QStringLiteral("</table>");
    return out;
}

// The appendices: each letter's full text (or that it was destroyed), with its hash.
QString appendicesHtml(const ComplaintDossierContent &content)
{
    const QString pageBreak = QStringLiteral(" style=\"page-break-before: always;\"");
    QString out;
    int number = 0;
    for (const Letter &letter : content.letters) {
        ++number;
        out += QStringLiteral("<h2%1>%2</h2>")
                   .arg(pageBreak,
                        h(ComplaintDossier::tr("Appendix %1: %2 of %3")
                              .arg(number)
                              .arg(codes::label(letter.kind),
                                   dossier::momentText(letter.generatedAt))));
        out += QStringLiteral("<p><font size=\"2\">%1</font></p><hr>")
                   .arg(h(ComplaintDossier::tr("Generated by %1; SHA-256 of the text: %2")
                              .arg(content.nameOf(letter.generatedBy),
                                   ComplaintDossier::formatHash(letter.sha256.toLatin1()))));
        if (letter.destroyed)
            out += dossier::noteHtml(
                ComplaintDossier::tr(
                    "The text of this letter was destroyed on %1 under the retention "
                    "rules; its hash above is kept.")
                    .arg(dossier::momentText(letter.destroyedAt)));
        else
            out += letter.html;
    }
    return out;
}

} // namespace

QString ComplaintDossier::toHtml(const ComplaintDossierContent &content)
{
    const Case &c = content.request;
    const OrganisationDetails &o = content.organisation;
    const QString pageBreak = QStringLiteral(" style=\"page-break-before: always;\"");
    QString out = QStringLiteral("<html><body>");

    // Cover page.
    out += QStringLiteral("<p><br><br><br></p>");
    out += QStringLiteral("<h1 align=\"center\">%1</h1>")
               .arg(h(tr("Complaint dossier for the Autoriteit Persoonsgegevens")));
    out += QStringLiteral("<p align=\"center\"><big>%1</big></p>")
               .arg(h(tr("Request %1").arg(c.number)));
    out += dossier::versionHtml(content);
    out += QStringLiteral("<p><br></p>");
    out += dossier::tableStartHtml();
    QStringList organisation { o.name };
    if (!o.street.trimmed().isEmpty())
        organisation << o.street.trimmed();
    if (const QString place = QString(o.postcode.trimmed() + u' ' + o.city.trimmed()).trimmed();
        !place.isEmpty())
        organisation << place;
    if (!o.privacyEmail.trimmed().isEmpty())
        organisation << o.privacyEmail.trimmed();
    row(out, tr("Organisation (controller)"), orDash(organisation.join(u'\n')));
    row(out, tr("Request"), h(c.number));
    QString complainant = orDash(c.person.name);
    if (!c.person.klantnummer.isEmpty())
        complainant
            += QStringLiteral("<br>") + h(tr("customer number %1").arg(c.person.klantnummer));
    row(out, tr("Complainant"), complainant);
    row(out, tr("AP reference"),
        content.apReference.isEmpty() ? h(tr("not known")) : h(content.apReference));
    row(out, tr("Prepared by"),
        content.preparedBy.isEmpty() ? dash : h(content.nameOf(content.preparedBy)));
    row(out, tr("Prepared on"), h(dayAndTime(content.preparedAt)));
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p><br></p><p><b>%1</b></p><ol>").arg(h(tr("Contents")));
    for (const QString &section :
         { tr("Summary"), tr("Chronology from the audit trail"), tr("Letters made and sent"),
           tr("Disclosures concerning the data "
              "subject"),
           tr("Statement on the audit trail") })
        out += QStringLiteral("<li>%1</li>").arg(h(section));
    out += QStringLiteral("</ol>");
    if (!content.letters.isEmpty())
        out += dossier::paragraphHtml(tr("Appendices: the full text of %n letter(s).", nullptr,
                                         static_cast<int>(content.letters.size())));
    if (!content.verification.ok)
        out += QStringLiteral("<p><b>%1</b></p>")
                   .arg(h(tr("WARNING: the audit trail did not pass verification; see section "
                             "5.")));

    out += QStringLiteral("<h2%1>1. %2</h2>").arg(pageBreak, h(tr("Summary")));
    out += summaryHtml(content);
    out += QStringLiteral("<h3>%1</h3>").arg(h(tr("What the data subject asked")));
    out += dossier::askedHtml(content);
    out += QStringLiteral("<h3>%1</h3>").arg(h(tr("The request as received")));
    out += attachmentsHtml(content);
    out += QStringLiteral("<h3>%1</h3>").arg(h(tr("Access report sent")));
    out += dossier::reportsHtml(content);
    out += dossier::systemsHtml(content) + dossier::restrictionsHtml(content);
    out += QStringLiteral("<h2%1>2. %2</h2>")
               .arg(pageBreak, h(tr("Chronology from the audit trail")));
    out += dossier::paragraphHtml(
        tr("Every event recorded for this request, in the order of the audit "
           "trail; times are Dutch time."));
    out += chronologyHtml(content);
    out += QStringLiteral("<h2>3. %1</h2>").arg(h(tr("Letters made and sent")));
    out += lettersHtml(content);
    out += QStringLiteral("<h2>4. %1</h2>").arg(h(tr("Disclosures concerning the data subject")));
    out += disclosuresHtml(content);
    out += QStringLiteral("<h2>5. %1</h2>").arg(h(tr("Statement on the audit trail")));
    out += dossier::statementHtml(content);
    out += QStringLiteral("<p><br>%1<br>%2</p>")
               .arg(h(tr("Prepared by %1 on %2.")
                          .arg(content.nameOf(content.preparedBy), dayAndTime(content.preparedAt))),
                    orDash(o.name));

    out += appendicesHtml(content);
    out += QStringLiteral("</body></html>");
    return out;
}

void ComplaintDossier::fillDocument(QTextDocument *document, const ComplaintDossierContent &content)
{
    QFont font = document->defaultFont();
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setDefaultStyleSheet(
        // Lengths in px (1/96 inch, scaled to the printer by the layout): Qt's rich text ignores
        // pt for margins.
        QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 18px; "
                       "margin-bottom: 8px; } p { margin-top: 0px; margin-bottom: 8px; } "
                       "li { margin-bottom: 2px; }"));
    document->setHtml(toHtml(content));
}

} // namespace pd
