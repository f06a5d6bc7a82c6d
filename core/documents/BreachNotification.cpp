#include "documents/BreachNotification.h"

#include "breaches/BreachService.h"
#include "registers/Disclosures.h"
#include "registers/Eea.h"
#include "session/Access.h"
#include "store/Store.h"
#include "store/UserRepository.h"
#include "util/Clock.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace pd {

namespace {

// One question of the AP's form with our answer. strong: what the AP must not overlook (late,
// special data, an estimate that is not a count).
struct Row
{
    QString question;
    QString answer;
    bool strong = false;
};

struct Section
{
    QString title; // numbered
    QString note; // under the heading; may be empty
    QList<Row> rows;
};

QString orNotRecorded(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? BreachNotification::tr("not recorded") : trimmed;
}

QString yesNo(bool yes)
{
    return yes ? BreachNotification::tr("yes") : BreachNotification::tr("no");
}

// "about 120 (an estimate)", "120", "unknown".
QString countText(const std::optional<int> &count, bool estimate)
{
    if (!count)
        return BreachNotification::tr("unknown");
    const QString number = QLocale().toString(*count);
    return estimate ? BreachNotification::tr("about %1 (an estimate, not a count)").arg(number)
                    : number;
}

// A recorded decision in one line: "yes, decided by Jan de Vries on …; reason: …".
QString decisionText(const BreachDecision &decision, const BreachNotificationContent &content)
{
    if (!decision.recorded)
        return BreachNotification::tr("not yet decided");
    QString text = BreachNotification::tr("%1, decided by %2 on %3")
                       .arg(yesNo(decision.yes), content.nameOf(decision.by),
                            BreachNotification::momentText(decision.at));
    if (!decision.reason.trimmed().isEmpty())
        text += BreachNotification::tr("; reason: %1").arg(decision.reason.trimmed());
    return text;
}

// The kinds of data, the other data in the officer's words (art. 33(3)(a) AVG).
QString dataText(const QList<DataCategory> &data, const QString &other)
{
    QStringList items;
    for (DataCategory category : data) {
        QString item = codes::label(category);
        if (category == DataCategory::Overig && !other.trimmed().isEmpty())
            item = QStringLiteral("%1: %2").arg(item, other.simplified());
        else if (category == DataCategory::Gezondheid)
            item = BreachNotification::tr("%1 — art. 9 GDPR").arg(item);
        else if (category == DataCategory::Strafrechtelijk)
            item = BreachNotification::tr("%1 — art. 10 GDPR").arg(item);
        items << item;
    }
    return items.isEmpty() ? BreachNotification::tr("not recorded") : items.join(u'\n');
}

// Where the processor is established, as the register of processing activities says it
// (core/registers/Eea): in the EEA, outside it (a transfer under chapter V), or not recorded.
QString processorLocationText(const Recipient &processor)
{
    const ProcessorAgreement &a = processor.agreement;
    const QString country = a.country.trimmed();
    if (a.inEu == true || (!a.inEu && !country.isEmpty() && Eea::contains(country)))
        return country.isEmpty()
            ? BreachNotification::tr("%1: established in the EEA").arg(processor.name)
            : BreachNotification::tr("%1: established in the EEA (%2)")
                  .arg(processor.name, country);
    if (a.inEu == false || !country.isEmpty())
        return country.isEmpty()
            ? BreachNotification::tr(
                  "%1: established outside the EEA: a transfer outside the EEA (chapter V GDPR)")
                  .arg(processor.name)
            : BreachNotification::tr(
                  "%1: established outside the EEA (%2): a transfer outside the EEA (chapter V "
                  "GDPR)")
                  .arg(processor.name, country);
    // The catalogue's address when it has one (seed 000: "is niet vastgelegd" while
    // the catalogue had the processor's address).
    if (!processor.contact.trimmed().isEmpty())
        //: Dutch: "%1: of het binnen de EER is gevestigd, is niet vastgelegd in de lijst van
        //: ontvangers; adres en contactgegevens daar: %2"
        return BreachNotification::tr("%1: whether it is established in the EEA is not recorded "
                                      "in the recipients catalogue; its address and contact "
                                      "details there: %2")
            .arg(processor.name, processor.contact.trimmed());
    return BreachNotification::tr(
               "%1: where it is established is not recorded in the recipients catalogue")
        .arg(processor.name);
}

// 1. Contact details: who notifies and whom the AP can call.
Section contactSection(const BreachNotificationContent &content, const QString &title)
{
    const Breach &b = content.breach;
    const OrganisationDetails &o = content.organisation;
    Section s { title, {}, {} };
    s.rows << Row { BreachNotification::tr("Organisation"), orNotRecorded(o.name) };
    const QString place = QString(o.postcode.trimmed() + u' ' + o.city.trimmed()).trimmed();
    QStringList address;
    if (!o.street.trimmed().isEmpty())
        address << o.street.trimmed();
    if (!place.isEmpty())
        address << place;
    s.rows << Row { BreachNotification::tr("Postal address"),
                    orNotRecorded(address.join(QStringLiteral(", "))) };
    s.rows << Row { BreachNotification::tr("Privacy e-mail address"),
                    orNotRecorded(o.privacyEmail) };
    s.rows << Row { BreachNotification::tr("Phone number"), orNotRecorded(o.phone) };
    const QString role = o.signatureRoleText();
    if (o.fgName.trimmed().isEmpty() && !role.isEmpty()
        && role != QLatin1StringView(OrganisationDetails::suggestedSignatureRole)) {
        // An organisation without an FG signs as its "Privacy Officer" (art. 37 AVG):
        // the AP reads whom to call, not an FG "not recorded" (seed 003, Oosterpoort).
        QStringList ways;
        for (const QString &way : { o.officerEmail.trimmed(), o.officerPhone.trimmed() }) {
            if (!way.isEmpty())
                ways << way;
        }
        QString reach = ways.join(QStringLiteral(", "));
        // Named when the organisation names its officer (organisation.officer_name).
        const QString officer = o.officerName.simplified();
        // No e-mail or phone of the officer's own: the organisation's privacy contact, said as
        // theirs, not "not recorded" beside it (seed 000: Domijn).
        if (reach.isEmpty()) {
            for (const QString &way : { o.privacyEmail.trimmed(), o.phone.trimmed() }) {
                if (!way.isEmpty())
                    ways << way;
            }
            if (!ways.isEmpty())
                //: Dutch: "%1 (van de organisatie)"
                reach = BreachNotification::tr("%1 (the organisation's)")
                            .arg(ways.join(QStringLiteral(", ")));
        }
        //: Dutch: "geen; vragen over privacy gaan naar onze %1" (%1: "Privacy Officer")
        const QString none = BreachNotification::tr("none; questions about privacy go to our %1");
        //: Dutch: "Contactgegevens van de %1"
        const QString contact = BreachNotification::tr("Contact details of the %1");
        s.rows << Row { BreachNotification::tr("Data protection officer"), none.arg(role) };
        s.rows << Row { contact.arg(role),
                        officer.isEmpty() || reach.isEmpty()
                            ? orNotRecorded(reach)
                            : officer + QStringLiteral(", ") + reach };
    } else {
        s.rows << Row { BreachNotification::tr("Data protection officer"),
                        o.fgName.trimmed().isEmpty() ? BreachNotification::tr(
                            "not recorded in the settings (Settings → Organisation)")
                                                     : o.fgName.trimmed() };
        s.rows << Row { BreachNotification::tr("E-mail address of the data protection officer"),
                        orNotRecorded(o.fgEmail) };
    }
    // Who prepared it and when, here and not in a closing line after the last table: that line
    // fell onto a page of its own whenever section 11 filled a page (seed 000: page 3
    // of 3 held only "Voorbereid door ... om 17:35 uur.").
    //: Dutch: "%1 op %2" ("Marloes Kuipers op woensdag 14 oktober 2026 om 17:35 uur")
    s.rows << Row { BreachNotification::tr("Prepared by"),
                    BreachNotification::tr("%1 on %2")
                        .arg(content.nameOf(content.preparedBy),
                             BreachNotification::momentText(content.preparedAt)) };
    s.rows << Row { BreachNotification::tr("Our reference"), b.number };
    return s;
}

// 2. Timeline.
Section timelineSection(const BreachNotificationContent &content, const QString &title)
{
    const Breach &b = content.breach;
    Section s { title,
                b.clockFromProcessor()
                    //: Dutch: "Tijden zijn Nederlandse tijd. De 72 uur lopen vanaf de melding van
                    //: de verwerker, het eerste moment dat wij het wisten (artikel 33 lid 2 AVG),
                    //: ook door weekenden, feestdagen en de overgang naar zomer- of wintertijd."
                    ? BreachNotification::tr(
                        "Times are Dutch time. The 72 hours run from the processor's report, "
                        "the first moment we knew (art. 33(2) GDPR), through weekends, "
                        "holidays and the change to summer or winter time.")
                    : BreachNotification::tr(
                        "Times are Dutch time. The 72 hours run from the discovery, through "
                        "weekends, holidays and the change to summer or winter time (art. "
                        "33(1) GDPR)."),
                {} };
    s.rows << Row { BreachNotification::tr("When the breach occurred"),
                    b.occurredAt.isValid() ? BreachNotification::momentText(b.occurredAt)
                                           : BreachNotification::tr("unknown") };
    s.rows << Row { BreachNotification::tr("When we discovered it"),
                    BreachNotification::momentText(b.discoveredAt) };
    if (b.processorId != 0 || b.processorToldAt.isValid()) {
        const QString processor
            = content.processor ? content.processor->name : orNotRecorded(b.processorName);
        s.rows << Row {
            BreachNotification::tr("When the processor told us (art. 33(2) GDPR)"),
            b.processorToldAt.isValid()
                ? BreachNotification::tr("%1, by %2")
                      .arg(BreachNotification::momentText(b.processorToldAt), processor)
                : BreachNotification::tr("not recorded (processor: %1)").arg(processor)
        };
    }
    // Which of the two starts the 72 hours, and the officer's reason when not the earlier one.
    if (b.earlierAwareness()) {
        //: Dutch: "De 72 uur lopen vanaf"
        s.rows << Row { BreachNotification::tr("The 72 hours run from"),
                        b.clockFromProcessor()
                            //: Dutch: "%1: de melding van de verwerker (artikel 33 lid 2 AVG)"
                            ? BreachNotification::tr("%1: the processor's report (art. 33(2) GDPR)")
                                  .arg(BreachNotification::momentText(b.clockStart()))
                            //: Dutch: "%1: de ontdekking. De melding van de verwerker bracht ons
                            //: niet op de hoogte: %2"
                            : BreachNotification::tr(
                                  "%1: the discovery. The processor's report did "
                                  "not make us aware: %2")
                                  .arg(BreachNotification::momentText(b.clockStart()),
                                       b.processorToldReason.trimmed()) };
    }
    s.rows << Row { BreachNotification::tr("Deadline for the notification to the AP (72 hours)"),
                    BreachNotification::momentText(b.apDeadline()) };
    if (b.apNotifiedAt.isValid()) {
        QString notified
            = BreachNotification::tr("%1; the AP's notification number: %2")
                  .arg(BreachNotification::momentText(b.apNotifiedAt), b.apReference.trimmed());
        if (b.apNotifiedLate()) {
            // Exactly, in hours and minutes: 30 minutes late is not "1 hour".
            const qint64 late = b.apDeadline().secsTo(b.apNotifiedAt.toUTC());
            //: Dutch: "TE LAAT: %1 na het uiterste moment"
            notified += u'\n'
                + BreachNotification::tr("LATE: %1 after the deadline")
                      .arg(BreachCodes::delayText(late));
        }
        s.rows << Row { BreachNotification::tr("Notified to the AP"), notified,
                        b.apNotifiedLate() };
        if (b.apNotifiedLate())
            s.rows << Row { BreachNotification::tr("Reasons for the delay (art. 33(1) GDPR)"),
                            orNotRecorded(b.apLateReason), true };
    } else {
        s.rows << Row { BreachNotification::tr("Notified to the AP"),
                        BreachNotification::tr(
                            "not yet: this document prepares the notification") };
        if (content.preparedAt.isValid() && content.preparedAt.toUTC() > b.apDeadline())
            s.rows << Row { BreachNotification::tr("Reasons for the delay (art. 33(1) GDPR)"),
                            BreachNotification::tr(
                                "The 72 hours have passed: the form must give the reasons "
                                "for the delay."),
                            true };
    }
    for (const BreachFollowUp &f : b.followUps) {
        QString answer = BreachNotification::tr("%1; notification number %2")
                             .arg(BreachNotification::momentText(f.at), orNotRecorded(f.reference));
        if (!f.text.trimmed().isEmpty())
            answer += u'\n' + f.text.trimmed();
        s.rows << Row { codes::label(f.kind), answer };
    }
    return s;
}

// 3. What happened.
Section incidentSection(const BreachNotificationContent &content, const QString &title)
{
    const Breach &b = content.breach;
    Section s { title, {}, {} };
    s.rows << Row { BreachNotification::tr("Summary"), b.title.trimmed() };
    s.rows << Row { BreachNotification::tr("What happened"), orNotRecorded(b.description) };
    const QStringList natures = codes::labels(b.natures);
    s.rows << Row { BreachNotification::tr("Nature of the breach"),
                    natures.isEmpty() ? BreachNotification::tr("not recorded")
                                      : natures.join(QStringLiteral(", ")) };
    return s;
}

// 4. The personal data involved and the amounts.
Section dataSection(const BreachNotificationContent &content, const QString &title)
{
    const Breach &b = content.breach;
    Section s { title, {}, {} };
    s.rows << Row { BreachNotification::tr("Kinds of personal data"),
                    dataText(b.data, b.dataText) };
    s.rows << Row { BreachNotification::tr(
                        "Special categories of personal data or criminal-offence data"),
                    b.specialData() ? BreachNotification::tr("yes (see the kinds above)")
                                    : BreachNotification::tr("no"),
                    b.specialData() };
    s.rows << Row { BreachNotification::tr("Number of people concerned"),
                    countText(b.persons, b.personsEstimate), b.persons && b.personsEstimate };
    s.rows << Row { BreachNotification::tr("Number of records"),
                    countText(b.records, b.recordsEstimate), b.records && b.recordsEstimate };
    return s;
}

// 5. The group of people.
Section groupSection(const BreachNotificationContent &content, const QString &title)
{
    const Breach &b = content.breach;
    Section s { title, {}, {} };
    s.rows << Row { BreachNotification::tr("Who they are"), orNotRecorded(b.groupText) };
    const bool vulnerable = b.criteria.contains(BreachCriterion::VulnerableGroups);
    s.rows << Row { BreachNotification::tr("Vulnerable people"),
                    !b.risk ? BreachNotification::tr("not yet assessed")
                        : vulnerable
                        ? BreachNotification::tr("yes, according to our assessment (section 11)")
                        : BreachNotification::tr("not according to our assessment (section 11)"),
                    vulnerable };
    if (!b.linkedPersons.isEmpty())
        s.rows << Row { BreachNotification::tr("Known by name in our register"),
                        BreachNotification::tr(
                            "%n person(s); their names are not given to the AP here", nullptr,
                            static_cast<int>(b.linkedPersons.size())) };
    return s;
}

// 9. Informing the people (art. 34).
Section informingSection(const BreachNotificationContent &content, const QString &title)
{
    const Breach &b = content.breach;
    Section s { title, {}, {} };
    s.rows << Row { BreachNotification::tr("Decision to inform the people"),
                    decisionText(b.subjectsDecision, content) };
    if (b.publicNotice) {
        s.rows << Row { BreachNotification::tr("Public notice (art. 34(3)(c) GDPR)"),
                        b.subjectsNotifiedOn.isValid()
                            ? BreachNotification::tr("on %1: %2")
                                  .arg(QLocale().toString(b.subjectsNotifiedOn,
                                                          QStringLiteral("d MMMM yyyy")),
                                       orNotRecorded(b.subjectsHow))
                            : orNotRecorded(b.subjectsHow) };
        s.rows << Row { BreachNotification::tr("Why not each person individually"),
                        orNotRecorded(b.publicNoticeReason) };
    } else if (b.subjectsNotifiedOn.isValid()) {
        QString informed
            = BreachNotification::tr("on %1: %2")
                  .arg(QLocale().toString(b.subjectsNotifiedOn, QStringLiteral("d MMMM yyyy")),
                       orNotRecorded(b.subjectsHow));
        if (b.subjectsCount)
            informed += u'\n'
                + BreachNotification::tr("%n person(s) informed", nullptr, *b.subjectsCount);
        s.rows << Row { BreachNotification::tr("The people were informed"), informed };
    } else {
        s.rows << Row { BreachNotification::tr("The people were informed"),
                        BreachNotification::tr("not yet") };
    }
    if (!b.linkedPersons.isEmpty()) {
        const auto letters
            = std::count_if(b.linkedPersons.cbegin(), b.linkedPersons.cend(),
                            [](const BreachPerson &p) { return p.informedOn.isValid(); });
        s.rows << Row { BreachNotification::tr("Informed individually by letter"),
                        BreachNotification::tr("%1 of the %n person(s) known by name", nullptr,
                                               static_cast<int>(b.linkedPersons.size()))
                            .arg(letters) };
    }
    return s;
}

// 10. International aspects.
Section internationalSection(const BreachNotificationContent &content, const QString &title)
{
    const Breach &b = content.breach;
    Section s { title, {}, {} };
    if (content.processor)
        s.rows << Row { BreachNotification::tr("Processor involved"),
                        processorLocationText(*content.processor) };
    else
        s.rows << Row { BreachNotification::tr("Processor involved"),
                        b.processorId != 0 ? orNotRecorded(b.processorName)
                                           : BreachNotification::tr("none") };
    s.rows << Row { BreachNotification::tr("People or organisations in other countries"),
                    b.international.trimmed().isEmpty() ? BreachNotification::tr("none recorded")
                                                        : b.international.trimmed() };
    return s;
}

// 11. Our assessment: the form asks for none, the AP may ask for it afterwards.
Section assessmentSection(const BreachNotificationContent &content, const QString &title)
{
    const Breach &b = content.breach;
    Section s { title, {}, {} };
    s.rows << Row { BreachNotification::tr("Risk for the people"),
                    b.risk ? codes::label(*b.risk) : BreachNotification::tr("not yet assessed") };
    if (b.risk) {
        s.rows << Row { BreachNotification::tr("Reasoning"), orNotRecorded(b.reasoning) };
        const QStringList criteria = codes::labels(b.criteria);
        s.rows << Row { BreachNotification::tr("The AP's criteria that apply"),
                        criteria.isEmpty() ? BreachNotification::tr("none")
                                           : criteria.join(u'\n') };
        s.rows << Row { BreachNotification::tr("Assessed by"),
                        BreachNotification::tr("%1 on %2")
                            .arg(content.nameOf(b.assessedBy),
                                 BreachNotification::momentText(b.assessedAt)) };
    }
    s.rows << Row { BreachNotification::tr("Decision to notify the AP"),
                    decisionText(b.apDecision, content) };
    return s;
}

// The sections of the AP's form, in its order, each with its questions and our answers.
QList<Section> sections(const BreachNotificationContent &content)
{
    const Breach &b = content.breach;
    const QStringList titles = BreachNotification::sectionTitles();
    QList<Section> out;
    out << contactSection(content, titles.at(0));
    out << timelineSection(content, titles.at(1));
    out << incidentSection(content, titles.at(2));
    out << dataSection(content, titles.at(3));
    out << groupSection(content, titles.at(4));

    // 6. Measures before the breach.
    out << Section { titles.at(5),
                     {},
                     { Row { BreachNotification::tr("Security measures in place before the breach"),
                             orNotRecorded(b.measuresBefore) } } };

    // 7. Consequences.
    out << Section { titles.at(6),
                     {},
                     { Row { BreachNotification::tr("Likely consequences for the people"),
                             orNotRecorded(b.consequences) } } };

    // 8. Follow-up: what was done about it.
    out << Section { titles.at(7),
                     {},
                     { Row { BreachNotification::tr(
                                 "Measures taken or proposed to address the breach and to limit "
                                 "its consequences"),
                             orNotRecorded(b.measuresTaken) } } };

    out << informingSection(content, titles.at(8));
    out << internationalSection(content, titles.at(9));
    out << assessmentSection(content, titles.at(10));
    return out;
}

const QString tableStart
    = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                     "style=\"border-collapse: collapse; border-color: #999999;\">");

QString h(const QString &text)
{
    return PrintedDocument::html(text);
}

} // namespace

QString BreachNotificationContent::nameOf(const QString &login) const
{
    const QString name = displayNames.value(login).trimmed();
    return name.isEmpty() ? login : name;
}

BreachNotification::BreachNotification(const Session &session)
    : m_session(session)
{ }

QString BreachNotification::documentTitle(const QString &number)
{
    return tr("Notification of a data breach %1").arg(number);
}

QStringList BreachNotification::sectionTitles()
{
    // The sections of the AP's form, in its order; 11 is ours.
    return { tr("1. Contact details"),
             tr("2. Timeline"),
             tr("3. What happened"),
             tr("4. Personal data involved"),
             tr("5. The group of people"),
             tr("6. Measures taken before the breach"),
             tr("7. Consequences of the breach"),
             tr("8. Follow-up: measures taken"),
             tr("9. Informing the people (art. 34 GDPR)"),
             tr("10. International aspects"),
             tr("11. Our assessment (not asked on the form)") };
}

QString BreachNotification::momentText(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = organisationTime(utc);
    //: Dutch: "%1 om %2 uur" ("vrijdag 27 maart 2026 om 16:00 uur")
    return tr("%1 at %2")
        .arg(QLocale().toString(local.date(), QStringLiteral("dddd d MMMM yyyy")),
             local.time().toString(QStringLiteral("HH:mm")));
}

std::optional<BreachNotificationContent> BreachNotification::collect(const QString &number,
                                                                     ServiceError *error) const
{
    const QString wanted = number.trimmed().toUpper();
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("breach.report"), wanted,
                              error))
        return std::nullopt;
    *error = {};
    BreachNotificationContent content;
    const std::optional<Breach> breach = BreachService(m_session).get(wanted, error);
    if (!breach)
        return std::nullopt;
    content.breach = *breach;
    content.organisation = OrganisationSettings(m_session).details();
    if (breach->processorId != 0) {
        content.processor = RecipientService(m_session).find(breach->processorId, error);
        if (error->isError())
            return std::nullopt;
    }
    content.preparedBy = m_session.store().userName();
    content.preparedAt = m_session.clock().now();
    // The people it names by their name, not their login.
    if (!UserRepository::displayNames(m_session.store().database(), &content.displayNames, error))
        return std::nullopt;
    return content;
}

QString BreachNotification::introText()
{
    return tr("Prepared for the AP's web form ‘Meldformulier datalekken’ "
              "(www.autoriteitpersoonsgegevens.nl), section by section in the order of the form. "
              "Privacydesk does not send it: fill in the form and record the notification number "
              "the AP gives in the register.");
}

QString BreachNotification::html(const BreachNotificationContent &content)
{
    const Breach &b = content.breach;
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<h1>%1</h1>")
               .arg(h(tr("Notification of a data breach to the "
                         "Autoriteit Persoonsgegevens")));
    out += QStringLiteral("<p><big>%1</big></p>").arg(h(tr("%1: %2").arg(b.number, b.title)));
    out += QStringLiteral("<p>%1</p>").arg(h(introText()));
    if (b.apNotifiedLate())
        out += QStringLiteral("<p><b>%1</b></p>")
                   .arg(h(tr("Notified after the 72 hours: the reasons for the delay are in "
                             "section 2.")));
    for (const Section &section : sections(content)) {
        out += QStringLiteral("<h2>%1</h2>").arg(h(section.title));
        if (!section.note.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(h(section.note));
        out += tableStart;
        for (const Row &row : section.rows)
            out += QStringLiteral(
                       "<tr><td width=\"34%\" bgcolor=\"#eeeeee\"><b>%1</b></td><td>%2</td></tr>")
                       .arg(h(row.question),
                            row.strong ? QStringLiteral("<b>%1</b>").arg(h(row.answer))
                                       : h(row.answer));
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

QString BreachNotification::text(const BreachNotificationContent &content)
{
    const Breach &b = content.breach;
    QString out = tr("Notification of a data breach to the Autoriteit Persoonsgegevens") + u'\n'
        + tr("%1: %2").arg(b.number, b.title) + u'\n' + introText() + u'\n';
    for (const Section &section : sections(content)) {
        out += u'\n' + section.title + u'\n';
        if (!section.note.isEmpty())
            out += section.note + u'\n';
        for (const Row &row : section.rows) {
            const QString answer = row.answer.trimmed();
            if (answer.contains(u'\n'))
                out += row.question + u":\n" + answer + u'\n';
            else
                out += row.question + QStringLiteral(": ") + answer + u'\n';
        }
    }
    return out;
}

void BreachNotification::fillDocument(QTextDocument *document,
                                      const BreachNotificationContent &content)
{
    QFont font = document->defaultFont();
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    // Lengths in px: Qt's rich text ignores pt for margins (as the AP dossier).
    document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 16px; "
                       "margin-bottom: 6px; } p { margin-top: 0px; margin-bottom: 6px; }"));
    document->setHtml(html(content));
}

bool BreachNotification::writePdf(const BreachNotificationContent &content,
                                  PrintedDocument::Marking marking, const OutputTarget &target,
                                  QString *error, int *pages)
{
    QTextDocument document;
    fillDocument(&document, content);
    return PrintedDocument::writePdf(&document, documentTitle(content.breach.number), marking,
                                     target, error, pages);
}

} // namespace pd
