// What the tenant asked, the access reports sent and what the complainant may not see: the
// parts of the complaint dossier (ComplaintDossierParts.h).
#include "documents/ComplaintDossierParts.h"

#include "documents/EventText.h"
#include "documents/PersonExport.h"
#include "documents/PersonReportDocument.h"
#include "documents/PersonReview.h"
#include "print/PrintedDocument.h"
#include "util/Clock.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace pd::dossier {

using namespace Qt::StringLiterals;

namespace {

QString h(const QString &text)
{
    return PrintedDocument::html(text);
}

// The e-mail addresses and phone numbers in what was done for a rectification: the old and the
// new value are both the data subject's own ("Telefoonnummer: 06-12340987 → 06-28719354",
// seed 000: the new number, in the tenant's own words at intake, was marked as someone else's).
QStringList rectifiedContacts(const ComplaintDossierContent &content, ReviewFinding::Kind kind)
{
    QStringList values;
    for (const TypeDecision &part : CaseWorkflow::decisionsOf(content.request)) {
        if (part.type != RequestType::Rectificatie)
            continue;
        for (const ContactSpan &span : PersonReview::contactsIn(part.granted, {}, {})) {
            if (span.kind == kind)
                values << part.granted.mid(span.start, span.length);
        }
    }
    return values;
}

// The contact data that are no one else's: the data subject's, those of their rectification,
// the senders of the e-mails kept and the organisation's own.
QStringList ownEmails(const ComplaintDossierContent &content)
{
    QStringList own { content.request.person.email, content.organisation.privacyEmail };
    for (const DossierMail &mail : content.mails)
        own << mail.from;
    return own + rectifiedContacts(content, ReviewFinding::Kind::Email);
}

QStringList ownPhones(const ComplaintDossierContent &content)
{
    return QStringList { content.request.person.phone, content.request.callbackPhone,
                         content.organisation.phone }
    + rectifiedContacts(content, ReviewFinding::Kind::Phone);
}

// The data subject's own names: the current one and those before a correction.
QStringList ownNames(const ComplaintDossierContent &content)
{
    return QStringList { content.request.person.name } + content.formerNames;
}

// The names in the dossier's texts that are no third party's: the organisation, the AP, the
// recipients, the receiving controller, the representative and the staff who handled the
// request (their names are the organisation's acts, not data of others), and the senders of the
// e-mails kept, whose addresses are no one else's either (ownEmails): the tenant registered as
// "A. Verbeek" who signs "Annelies Verbeek" is not hidden from herself (seed 003).
QStringList notThirdParties(const ComplaintDossierContent &content)
{
    QStringList names { content.organisation.name, QStringLiteral("Autoriteit Persoonsgegevens"),
                        content.request.representative, content.request.transmitTo.name };
    for (const DossierMail &mail : content.mails) {
        if (!mail.fromName.isEmpty())
            names << mail.fromName;
    }
    for (const Disclosure &d : content.disclosures)
        names << d.recipientName;
    names += content.recipientNames;
    for (auto it = content.displayNames.cbegin(); it != content.displayNames.cend(); ++it)
        names << it.key() << it.value();
    return names;
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral(
               "<tr><td width=\"30%\" bgcolor=\"#eeeeee\"><b>%1</b></td><td>%2</td></tr>")
        .arg(h(label), valueHtml);
}

} // namespace

QString withheldMarkHtml()
{
    //: Dutch: "[niet aan klager verstrekken]"
    return QStringLiteral("<b><font color=\"#aa0000\">%1</font></b>")
        .arg(h(ComplaintDossier::tr("[not to be given to the complainant]")));
}

namespace {

// text as HTML with the fragments at spans marked (the complete version) or replaced by
// PersonReview::marker() (the version for the complainant). Overlapping spans are one fragment:
// a name that begins a neighbour's address leaves no part of the address behind.
QString markedHtml(const QString &text, QList<ContactSpan> spans,
                   const ComplaintDossierContent &content)
{
    std::sort(spans.begin(), spans.end(),
              [](const ContactSpan &a, const ContactSpan &b) { return a.start < b.start; });
    QList<std::pair<qsizetype, qsizetype>> merged; // start, end
    for (const ContactSpan &span : std::as_const(spans)) {
        const qsizetype end = span.start + span.length;
        if (!merged.isEmpty() && span.start < merged.last().second)
            merged.last().second = std::max(merged.last().second, end);
        else
            merged.append({ span.start, end });
    }
    QString out;
    qsizetype at = 0;
    for (const auto &[start, end] : std::as_const(merged)) {
        out += h(text.mid(at, start - at));
        const QString fragment = text.mid(start, end - start);
        if (content.forComplainant())
            out += h(PersonReview::marker());
        else
            out += QStringLiteral("<span style=\"background-color: #ffe0e0;\">%1</span> %2")
                       .arg(h(fragment), withheldMarkHtml());
        at = end;
    }
    out += h(text.mid(at));
    return out;
}

// Where the fragments the officer redacted in the person's inzage report (the content's
// redactedFragments) stand in text, as whole words and without regard to case: what was kept
// from the person there is kept from them in the dossier too.
QList<ContactSpan> redactedIn(const QString &text, const ComplaintDossierContent &content)
{
    QList<ContactSpan> spans;
    for (const QString &fragment : content.redactedFragments) {
        if (fragment.trimmed().isEmpty())
            continue;
        const QRegularExpression whole(
            QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                .arg(QRegularExpression::escape(fragment.simplified())
                         .replace(QStringLiteral("\\ "), QStringLiteral("\\s+"))),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = whole.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            spans.append({ ReviewFinding::Kind::Name, m.capturedStart(), m.capturedLength() });
        }
    }
    return spans;
}

// The third party's data in a text people typed, beside the contact data found in it
// (contacts): the names of others, the addresses next to them and the fragments the officer
// redacted for the inzage report.
QList<ContactSpan> othersIn(const QString &text, const QList<ContactSpan> &contacts,
                            const ComplaintDossierContent &content)
{
    QList<ContactSpan> spans = contacts;
    QList<ContactSpan> names
        = PersonReview::namesIn(text, ownNames(content), notThirdParties(content));
    // The tenant's own street is no one's name ("op Lange Nieuwstraat 117 bis"); a neighbour's
    // address in the same street is found as an address below.
    const QString street = content.request.person.street.simplified();
    if (!street.isEmpty()) {
        const QRegularExpression own(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                         .arg(QRegularExpression::escape(street)),
                                     QRegularExpression::CaseInsensitiveOption);
        for (auto it = own.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            names.removeIf([&m](const ContactSpan &name) {
                return name.start >= m.capturedStart()
                    && name.start + name.length <= m.capturedEnd();
            });
        }
    }
    spans += names;
    spans += PersonReview::addressesIn(text, content.request.person, spans);
    spans += redactedIn(text, content);
    return spans;
}

// An e-mail's text part as its writer's paragraphs (seed 000): mail programs break
// their lines at about 72 characters, which the dossier's narrower column printed as ragged
// half lines. A line that runs on (a long line followed by more text, neither quoted with '>'
// nor a list item) is joined to the next with a space; short lines (a greeting, a signature, an
// address) and blank lines between paragraphs stay.
QString unwrappedMail(const QString &text)
{
    static const QRegularExpression listItem(QStringLiteral("^\\s*([-*•]|\\d+[.)])\\s"));
    constexpr qsizetype wrappedLength = 60;
    const QStringList lines
        = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        while (line.endsWith(u' ') || line.endsWith(u'\t'))
            line.chop(1);
        out += line;
        if (i + 1 == lines.size())
            break;
        const QString &next = lines.at(i + 1);
        const bool runsOn = line.size() >= wrappedLength && !next.trimmed().isEmpty()
            && !line.startsWith(u'>') && !next.startsWith(u'>') && !listItem.match(next).hasMatch();
        out += runsOn ? u' ' : u'\n';
    }
    return out;
}

// The texts people typed that an event's sentence quotes (EventText::sentence): a note, the
// note of a system searched, a reason, what was done.
QStringList quotedTexts(const AuditEvent &event)
{
    static const QStringList keys { QStringLiteral("text"),    QStringLiteral("note"),
                                    QStringLiteral("reason"),  QStringLiteral("motivation"),
                                    QStringLiteral("granted"), QStringLiteral("description") };
    QStringList texts;
    for (const QString &key : keys) {
        const QString value = event.payload.value(key).toString().simplified();
        if (!value.isEmpty())
            texts << value;
    }
    return texts;
}

} // namespace

QString textHtml(const QString &text, const ComplaintDossierContent &content)
{
    return markedHtml(
        text,
        othersIn(text, PersonReview::contactsIn(text, ownEmails(content), ownPhones(content)),
                 content),
        content);
}

QString eventHtml(const QString &sentence, const AuditEvent &event,
                  const ComplaintDossierContent &content)
{
    QList<ContactSpan> spans
        = PersonReview::contactsIn(sentence, ownEmails(content), ownPhones(content));
    for (const QString &quoted : quotedTexts(event)) {
        const QList<ContactSpan> others = othersIn(
            quoted, PersonReview::contactsIn(quoted, ownEmails(content), ownPhones(content)),
            content);
        for (qsizetype at = sentence.indexOf(quoted); at >= 0;
             at = sentence.indexOf(quoted, at + quoted.size())) {
            for (const ContactSpan &other : others)
                spans.append({ other.kind, at + other.start, other.length });
        }
    }
    return markedHtml(sentence, spans, content);
}

bool withheld(const Disclosure &disclosure)
{
    return disclosure.informed == InformedStatus::Prohibited;
}

bool namesWithheldRecipient(const AuditEvent &event, const ComplaintDossierContent &content)
{
    // A note that names such a recipient tells what leaving the disclosure out hides (
    // seed 003: "doorgegeven aan gemeente en politie"), as the inzage report knows too.
    // Or that the officer marked so by hand (ieder1).
    if (event.action == QLatin1StringView("case.note_added"))
        return event.payload.value(QLatin1StringView("withheld")).toBool()
            || PersonReview::namesWithheldRecipient(
                   event.payload.value(QLatin1StringView("text")).toString(), content.disclosures);
    if (!event.action.startsWith(QLatin1StringView("case.art19_")))
        return false;
    const QString recipient
        = event.payload.value(QLatin1StringView("recipient")).toString().simplified();
    return !recipient.isEmpty()
        && std::any_of(
            content.disclosures.cbegin(), content.disclosures.cend(),
            [&recipient](const Disclosure &d) {
                return withheld(d)
                    && d.recipientName.simplified().compare(recipient, Qt::CaseInsensitive) == 0;
            });
}

QString askedHtml(const ComplaintDossierContent &content)
{
    const Case &c = content.request;
    QString out = tableStartHtml();
    out += row(ComplaintDossier::tr("Request as registered"),
               c.description.trimmed().isEmpty()
                   ? h(ComplaintDossier::tr("no description was typed at intake"))
                   : textHtml(c.description.trimmed(), content));
    out += QStringLiteral("</table>");
    for (const DossierMail &mail : content.mails) {
        out += QStringLiteral("<p style=\"margin-top: 10px;\"><b>%1</b></p>")
                   .arg(h(ComplaintDossier::tr("The e-mail %1 as received").arg(mail.fileName)));
        if (!mail.problem.isEmpty()) {
            out += noteHtml(mail.problem);
            continue;
        }
        out += tableStartHtml();
        // The sender as the e-mail names them: a name without an address (an Outlook export
        // of a contact) is shown, never an empty row.
        const QString from = mail.fromName.isEmpty() ? mail.from
            : mail.from.isEmpty()                    ? mail.fromName
                                  : QStringLiteral("%1 <%2>").arg(mail.fromName, mail.from);
        out += row(ComplaintDossier::tr("From"),
                   from.isEmpty() ? h(ComplaintDossier::tr("(the e-mail names no sender)"))
                                  : textHtml(from, content));
        if (mail.sent.isValid())
            out += row(ComplaintDossier::tr("Sent"), h(EventText::dateTime(mail.sent.toUTC())));
        out += row(ComplaintDossier::tr("Subject"), textHtml(mail.subject, content));
        out += row(ComplaintDossier::tr("Text"),
                   mail.text.isEmpty() ? h(ComplaintDossier::tr("(the e-mail has no text)"))
                                       : textHtml(unwrappedMail(mail.text), content));
        out += QStringLiteral("</table><p></p>");
    }
    return out;
}

namespace {

// The controllers the request's files went to directly (case.transmitted, art. 20(2)): each
// file's SHA-256 → the controller's name.
QHash<QString, QString> transmittedFiles(const ComplaintDossierContent &content)
{
    QHash<QString, QString> to;
    for (const AuditEvent &event : content.events) {
        if (event.action != QLatin1StringView("case.transmitted"))
            continue;
        const QString name = event.payload.value(QLatin1StringView("to")).toString().simplified();
        for (const QJsonValue &value : event.payload.value(QLatin1StringView("files")).toArray())
            to.insert(value.toObject().value(QLatin1StringView("sha256")).toString(), name);
    }
    return to;
}

// What a file of the answer is and who got it (ieder1: a portability export sent to
// another controller stood in the dossier as the access report the data subject received).
QString fileRoleText(const QJsonObject &file, const QJsonObject &payload,
                     const QHash<QString, QString> &transmitted)
{
    const bool report
        = file.value(QLatin1StringView("format")).toString() == QLatin1StringView("pdf");
    //: Dutch: "Inzageoverzicht (artikel 15 AVG)"
    const QString what = report ? ComplaintDossier::tr("Access report (article 15 GDPR)")
                                //: Dutch: "Gegevensexport voor overdraagbaarheid (artikel 20 AVG)"
                                : ComplaintDossier::tr("Portability export (article 20 GDPR)");
    QString to = transmitted.value(file.value(QLatin1StringView("sha256")).toString());
    if (to.isEmpty() && !report)
        to = payload.value(QLatin1StringView("transmitted_to")).toString().simplified();
    return to.isEmpty()
        //: Dutch: "%1, voor betrokkene"
        ? ComplaintDossier::tr("%1, for the data subject").arg(what)
        //: Dutch: "%1, rechtstreeks verstuurd aan %2 (artikel 20 lid 2 AVG)"
        : ComplaintDossier::tr("%1, sent directly to %2 (article 20(2) GDPR)").arg(what, to);
}

} // namespace

QString reportsHtml(const ComplaintDossierContent &content)
{
    QString rows;
    const QHash<QString, QString> transmitted = transmittedFiles(content);
    for (const AuditEvent &event : content.events) {
        if (event.action != QLatin1StringView(PersonExport::requestAction))
            continue;
        const QDate day = QDate::fromString(
            event.payload.value(QLatin1StringView("date")).toString(), Qt::ISODate);
        for (const QJsonValue &value : event.payload.value(QLatin1StringView("files")).toArray()) {
            const QJsonObject file = value.toObject();
            // The fingerprint under the file's name, across the width the two share: beside
            // them in a column of its own it squeezed the date to a word a line.
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td>"
                                   "<td>%3<br>%5<br><font size=\"2\">%4</font></td></tr>")
                        .arg(h(day.isValid() ? PersonReportDocument::longDate(day)
                                             : QStringLiteral("—")),
                             h(content.nameOf(event.actor)),
                             h(file.value(QLatin1StringView("name")).toString()),
                             h(ComplaintDossier::formatHash(
                                 file.value(QLatin1StringView("sha256")).toString().toLatin1())),
                             h(fileRoleText(file, event.payload, transmitted)));
        }
    }
    if (rows.isEmpty())
        return noteHtml(ComplaintDossier::tr(
            "No access report or data export was made with Privacydesk for this request."));
    QString out = paragraphHtml(
        ComplaintDossier::tr("The access report and data files made for this request, what each "
                             "is and who it went to, with the SHA-256 of each file as written: "
                             "compare it with the copy that was sent."));
    out += tableStartHtml();
    out += QStringLiteral("<thead><tr bgcolor=\"#eeeeee\"><th width=\"20%\" align=\"left\">%1</th>"
                          "<th width=\"14%\" align=\"left\">%2</th>"
                          "<th width=\"66%\" align=\"left\">%3</th></tr></thead>")
               .arg(h(ComplaintDossier::tr("Date")), h(ComplaintDossier::tr("Made by")),
                    //: Dutch: "Bestand en SHA-256"
                    h(ComplaintDossier::tr("File and SHA-256")));
    return out + rows + QStringLiteral("</table>");
}

namespace {

// Whether and when the data a search found went to the person apart from the inzage report,
// which holds only what Privacydesk keeps (ieder1): the day, or that it is not recorded.
QString sentSeparatelyHtml(const SystemCheck &check)
{
    if (check.result == SystemSearchResult::ApartVerstrekt)
        return check.sentOn.isValid()
            //: Dutch: " op %1": after "Gegevens apart verstrekt", the day they were sent
            ? h(ComplaintDossier::tr(" on %1").arg(PersonReportDocument::longDate(check.sentOn)))
            : QStringLiteral("<br><i>%1</i>")
                  //: Dutch: "De dag van versturen is niet vastgelegd."
                  .arg(h(ComplaintDossier::tr("The day they were sent is not recorded.")));
    if (check.result == SystemSearchResult::Gevonden && check.inReport)
        return QStringLiteral("<br><i>%1</i>")
            //: Dutch: "In het inzageoverzicht, onder ‘Uw gegevens in onze andere systemen’."
            .arg(h(ComplaintDossier::tr("In the inzage report, under “Your data in our other "
                                        "systems”.")));
    if (check.result == SystemSearchResult::Gevonden)
        return QStringLiteral("<br><i>%1</i>")
            //: Dutch: "Niet vastgelegd dat, en wanneer, deze gegevens apart zijn verstuurd."
            .arg(h(ComplaintDossier::tr("Not recorded that, or when, these data were sent "
                                        "separately.")));
    return {};
}

// How the corporation's own systems were searched through VERA: when, by whom, and per system
// its status, count and reason.
QString systemSearchHtml(const ComplaintDossierContent &content)
{
    if (!content.systemSearch)
        return {};
    const VeraDiscoveryRecord &record = *content.systemSearch;
    QStringList lines;
    for (const VeraSystemResult &s : record.search.systems) {
        //: Dutch: "%1 (%2): %3, %n object(en)"
        QString line = ComplaintDossier::tr("%1 (%2): %3, %n object(s)", nullptr, s.objects)
                           .arg(s.name, codes::label(s.domain), codes::code(s.status));
        if (!s.error.isEmpty())
            line += u" — "_s + s.error;
        lines << h(line);
    }
    //: Dutch: "Gezocht via VERA op %1 door %2%3:"
    QString out = u"<p>%1</p><ul><li>%2</li></ul>"_s.arg(
        h(ComplaintDossier::tr("Searched through VERA on %1 by %2%3:")
              .arg(organisationTime(record.finishedAt).toString(u"dd-MM-yyyy HH:mm"_s),
                   content.nameOf(record.runBy),
                   record.search.cancelled
                       //: Dutch: " (afgebroken)"
                       ? ComplaintDossier::tr(" (cancelled)")
                       : QString())),
        lines.join(u"</li><li>"_s));
    if (!record.search.unfollowed.isEmpty())
        //: Dutch: "%n koppeling(en) naar een systeem dat niet is ingesteld, niet gevolgd."
        out += u"<p>%1</p>"_s.arg(
            h(ComplaintDossier::tr("%n link(s) into a system that is not set up, not followed.",
                                   nullptr, int(record.search.unfollowed.size()))));
    return out;
}

} // namespace

QString systemsHtml(const ComplaintDossierContent &content)
{
    if (!SystemChecklist::applies(content.request))
        return {};
    //: Dutch: "Doorzochte systemen"
    QString out = QStringLiteral("<h3>%1</h3>").arg(h(ComplaintDossier::tr("Systems searched")));
    if (content.systems.isEmpty())
        //: Dutch: "Het register van verwerkingen noemt geen systemen voor betrokkenen met deze relatie."
        return out
            + noteHtml(ComplaintDossier::tr("The register of processing activities names no "
                                            "systems for data subjects with this relation."))
            + systemSearchHtml(content);
    out += tableStartHtml();
    out += QStringLiteral("<thead><tr bgcolor=\"#eeeeee\"><th width=\"22%\" align=\"left\">%1</th>"
                          "<th width=\"18%\" align=\"left\">%2</th><th width=\"18%\" "
                          "align=\"left\">%3</th><th align=\"left\">%4</th></tr></thead>")
               .arg(h(ComplaintDossier::tr("System")), h(ComplaintDossier::tr("Searched by")),
                    h(ComplaintDossier::tr("When")), h(ComplaintDossier::tr("Result")));
    for (const SystemCheck &check : content.systems) {
        QString result = check.searched
            ? h(SystemChecklist::resultText(check)) + sentSeparatelyHtml(check)
            //: Dutch: "NIET DOORZOCHT"
            : QStringLiteral("<b>%1</b>").arg(h(ComplaintDossier::tr("NOT SEARCHED")));
        if (!check.note.isEmpty())
            result += QStringLiteral("<br>") + textHtml(check.note, content);
        if (check.attachmentId > 0)
            //: Dutch: "bestand: %1"
            result += QStringLiteral("<br>")
                + h(ComplaintDossier::tr("file: %1").arg(check.attachmentName));
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(h(check.system),
                        check.searched ? h(content.nameOf(check.searchedBy)) : QStringLiteral("—"),
                        check.searched ? h(organisationTime(check.searchedAt)
                                               .toString(QStringLiteral("dd-MM-yyyy HH:mm")))
                                       : QStringLiteral("—"),
                        result);
    }
    return out + QStringLiteral("</table>") + systemSearchHtml(content);
}

QString paragraphHtml(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(h(text));
}

QString noteHtml(const QString &text)
{
    return QStringLiteral("<p><i>%1</i></p>").arg(h(text));
}

QString tableStartHtml()
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                          "style=\"border-collapse: collapse; border-color: #999999;\">");
}

QString hashLinesHtml(const QString &hex, int groupsPerLine)
{
    const QStringList groups = ComplaintDossier::formatHash(hex.toLatin1()).split(u':');
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += groupsPerLine)
        lines << groups.mid(i, groupsPerLine).join(u':').toHtmlEscaped();
    // Each line but the last ends in the ':' that joins it to the next.
    return lines.join(QStringLiteral(":<br>"));
}

QString versionHtml(const ComplaintDossierContent &content)
{
    if (content.forComplainant())
        return QStringLiteral("<p><b>%1</b><br>%2</p>")
            .arg(h(ComplaintDossier::versionLabel(content.version)),
                 //: Dutch: "Delen die niet aan de klager mogen worden verstrekt, zijn weggelaten
                 //: of vervangen door %1."
                 h(ComplaintDossier::tr("Parts that may not be given to the complainant are left "
                                        "out or replaced by %1.")
                       .arg(PersonReview::marker())));
    return QStringLiteral("<p><b>%1</b><br>%2 %3</p>")
        .arg(h(ComplaintDossier::versionLabel(content.version)),
             h(ComplaintDossier::tr("Parts the complainant may not see are marked")),
             withheldMarkHtml());
}

AuditEvent namedEvent(const AuditEvent &event, const ComplaintDossierContent &content)
{
    AuditEvent named = event;
    named.actor = content.nameOf(event.actor);
    if (event.action == QLatin1StringView("case.assigned")) {
        QJsonArray handlers;
        for (const QJsonValue &login : event.payload.value(QLatin1StringView("handler")).toArray())
            handlers.append(login.toString().isEmpty() ? QString()
                                                       : content.nameOf(login.toString()));
        named.payload.insert(QStringLiteral("handler"), handlers);
    }
    return named;
}

QString missingNumbersHtml(qint64 first, qint64 last, const ComplaintDossierContent &content)
{
    const auto count = static_cast<int>(last - first + 1);
    const QString numbers
        = first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last);
    const QString why = content.forComplainant()
        //: Dutch: "Niet in deze versie voor de klager: %n gebeurtenis(sen) over iets anders dan
        //: dit verzoek (andere verzoeken, de registers, de instellingen), of een deel dat de
        //: klager niet mag zien."
        ? ComplaintDossier::tr("Not in this version for the complainant: %n event(s) about "
                               "something other than this request (other requests, the "
                               "registers, the settings), or a part the complainant may not "
                               "see.",
                               nullptr, count)
        //: Dutch: "%n gebeurtenis(sen) van de audittrail over iets anders dan dit verzoek
        //: (andere verzoeken, de registers, de instellingen): geen deel van deze chronologie."
        : ComplaintDossier::tr("%n event(s) of the audit trail about something other than this "
                               "request (other requests, the registers, the settings): not part "
                               "of this chronology.",
                               nullptr, count);
    return QStringLiteral("<tr><td>%1</td><td colspan=\"3\"><i>%2</i></td></tr>")
        .arg(PrintedDocument::html(numbers), PrintedDocument::html(why));
}

// Local date and time to the second: the chronology's order must be visible.
QString momentText(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = organisationTime(utc);
    return EventText::date(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm:ss"));
}

namespace {

// Section 5 when the chain did not verify: the warning, where it broke, and that no statement
// of completeness can be made.
QString brokenChainHtml(const ComplaintDossierContent &content)
{
    const AuditLog::Verification &v = content.verification;
    QString out;
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                          "border=\"2\" style=\"border-collapse: collapse; border-color: "
                          "#aa0000;\"><tr><td bgcolor=\"#ffeeee\">");
    out += QStringLiteral("<p><b>%1</b></p>")
               .arg(h(ComplaintDossier::tr("WARNING: the audit trail did not pass verification.")));
    out += paragraphHtml(
        ComplaintDossier::tr("When this dossier was prepared (%1), the hash chain was broken "
                             "at event %2: %3")
            .arg(momentText(content.preparedAt))
            .arg(v.firstBrokenSeq)
            .arg(v.reason));
    out += paragraphHtml(
        ComplaintDossier::tr("The chronology in section 2 may therefore be incomplete or "
                             "altered, and no statement that it is complete and unaltered can "
                             "be made. Find the cause (privacydesk-cli verify) before this "
                             "dossier is sent."));
    out += QStringLiteral("</td></tr></table>");
    return out;
}

} // namespace

// Section 5: that the chronology is complete and unaltered with the verified position of the
// audit trail, or that the trail did not verify.
QString statementHtml(const ComplaintDossierContent &content)
{
    const AuditLog::Verification &v = content.verification;
    // The complainant's version counts the rows it shows: a withheld note leaves no row, and
    // no count or number that tells of one.
    QList<AuditEvent> shown = content.events;
    if (content.forComplainant())
        shown.removeIf(
            [&content](const AuditEvent &e) { return namesWithheldRecipient(e, content); });
    const auto count = static_cast<int>(shown.size());
    QString out;
    if (v.ok) {
        // The version for the complainant does not hold every part of each event, nor the events
        // it may not see: it must never call itself "volledig en ongewijzigd".
        QString first = content.forComplainant()
            //: Dutch: "De chronologie in hoofdstuk 2 bevat %n gebeurtenis(sen) van de
            //: audittrail van verzoek %1, in de volgorde waarin ze zijn vastgelegd. In deze
            //: versie voor de klager zijn delen die de klager niet mag zien weggelaten of
            //: vervangen door %2."
            ? ComplaintDossier::tr("The chronology in section 2 holds %n event(s) of the audit "
                                   "trail for request %1, in the order in which they were "
                                   "recorded. In this version for the complainant, parts the "
                                   "complainant may not see are left out or replaced by %2.",
                                   nullptr, count)
                  .arg(content.request.number, PersonReview::marker())
            : ComplaintDossier::tr(
                  "The chronology in section 2 holds every event of the audit trail "
                  "for request %1: %n event(s), in the order and with the content "
                  "in which they were recorded.",
                  nullptr, count)
                  .arg(content.request.number);
        if (count > 0)
            first += u' '
                + ComplaintDossier::tr("Event numbers %1 to %2.")
                      .arg(shown.constFirst().seq)
                      .arg(shown.constLast().seq);
        out += paragraphHtml(first);
        if (v.resumedAfter > 0)
            out += paragraphHtml(
                ComplaintDossier::tr("Privacydesk's audit trail is append-only and hash-chained: "
                                     "every event carries the hash of the previous one, so that an "
                                     "event removed, inserted or altered afterwards breaks the "
                                     "chain. Every link up to event %2 was verified before, most "
                                     "recently on %3. When this dossier was prepared (%1), the %n "
                                     "event(s) recorded since then and each event of this request "
                                     "were verified: no broken link.",
                                     nullptr, static_cast<int>(v.eventsChecked))
                    .arg(momentText(content.preparedAt))
                    .arg(v.resumedAfter)
                    .arg(momentText(v.checkpointVerifiedAt)));
        else
            out += paragraphHtml(
                ComplaintDossier::tr("Privacydesk's audit trail is append-only and hash-chained: "
                                     "every event carries the SHA-256 of the previous one, so that "
                                     "an event removed, inserted or altered afterwards breaks the "
                                     "chain. When this dossier was prepared (%1), the whole chain "
                                     "was verified: %n event(s) checked, no broken link.",
                                     nullptr, static_cast<int>(v.eventsChecked))
                    .arg(momentText(content.preparedAt)));
        // Two lines, not a table: the hash cannot wrap, squeezed its label to four lines, and a
        // row Qt split at a page's foot left its clipped words beside the next page's header in
        // the PDF's text (seen once headings kept with their text moved this section).
        out += QStringLiteral("<p><b>%1:</b> %2<br><b>%3:</b> <font size=\"2\">%4</font></p>")
                   .arg(h(ComplaintDossier::tr("Verified position of the audit trail")),
                        h(ComplaintDossier::tr("event %1").arg(v.headSeq)),
                        h(ComplaintDossier::tr("Hash of that event (SHA-256)")),
                        h(ComplaintDossier::formatHash(v.headHash)));
        out += paragraphHtml(
            content.forComplainant()
                //: Dutch: "Dit is de versie voor de klager: de chronologie zonder
                //: de delen die de klager niet mag zien. Wij verklaren dat de
                //: volledige versie van dit dossier, voor de Autoriteit
                //: Persoonsgegevens, de chronologie volledig en ongewijzigd bevat."
                ? ComplaintDossier::tr("This is the version for the complainant: the chronology "
                                       "without the parts the complainant may not see. We declare "
                                       "that the complete version of this dossier, for the "
                                       "Autoriteit Persoonsgegevens, holds the chronology complete "
                                       "and unaltered.")
                : ComplaintDossier::tr(
                    "We declare that this chronology is complete and unaltered."));
    } else {
        out += brokenChainHtml(content);
    }
    return out;
}

} // namespace pd::dossier
