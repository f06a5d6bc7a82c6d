#include "documents/PersonReport.h"

#include "audit/AuditLog.h"
#include "cases/Attachments.h"
#include "cases/CaseRepository.h"
#include "documents/PersonReview.h"
#include "domain/InputLimits.h"
#include "organisation/OrganisationSettings.h"
#include "persons/PersonRepository.h"
#include "registers/Consents.h"
#include "registers/DataSubjects.h"
#include "retention/Restrictions.h"
#include "session/Access.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

QString ReportSource::code(Kind kind)
{
    switch (kind) {
    case Kind::Import:
        return QStringLiteral("import");
    case Kind::ImportUpdate:
        return QStringLiteral("import-update");
    case Kind::Intake:
        return QStringLiteral("intake");
    }
    return {};
}

bool PersonReport::concerns(const ProcessingActivity &activity, Relation relation)
{
    // One answer for the report and the request's systems (ieder1: "huurders en
    // bezoekers" named nobody).
    return DataSubjects::concerns(activity.subjects, relation);
}

bool PersonReport::concerns(const RetentionRule &rule, Relation relation,
                            const QList<RetentionItem> &items)
{
    if (rule.isRequestFiles() || rule.isBreachRegister())
        return false;
    // A rule derived for relation types says itself whom it concerns.
    if (rule.isDerived())
        return rule.relations.contains(codes::code(relation));
    switch (rule.trigger) {
    case RetentionTrigger::EndOfTenancy:
        return relation == Relation::Huurder || relation == Relation::ExHuurder
            || relation == Relation::Medebewoner;
    case RetentionTrigger::EndOfRegistration:
        return relation == Relation::Woningzoekende;
    case RetentionTrigger::EndOfApplication:
        return relation == Relation::Sollicitant;
    case RetentionTrigger::RequestCompleted:
    case RetentionTrigger::Recording:
    case RetentionTrigger::Other:
    case RetentionTrigger::EndOfRelation:
    case RetentionTrigger::EndOfFiscalYear:
        // Camera footage and rules of other kinds can concern anyone, and do where the
        // person has data under them.
        return std::any_of(items.cbegin(), items.cend(), [&rule](const RetentionItem &item) {
            return item.rule.code == rule.code;
        });
    }
    return false;
}

QString PersonReport::idMethodLabel(IdMethod method, const QString &portalName)
{
    if (method == IdMethod::Portaal && !portalName.simplified().isEmpty())
        //: Dutch: "Ingelogd op %1" (%1: the portal's own name, "mijn ieder1")
        return PersonReportLoader::tr("Logged in to %1").arg(portalName.simplified());
    return codes::label(method);
}

QString PersonReport::dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

void PersonReport::forEachText(const TextVisitor &visit)
{
    for (ReportRequest &r : requests) {
        Case &c = r.request;
        const QString prefix = QStringLiteral("request:%1:").arg(c.number);
        visit(prefix + QStringLiteral("description"),
              PersonReportLoader::tr("Description of request %1").arg(c.number), c.description);
        visit(prefix + QStringLiteral("representative"),
              PersonReportLoader::tr("Representative in request %1").arg(c.number),
              c.representative);
        visit(prefix + QStringLiteral("extension_reason"),
              PersonReportLoader::tr("Reason for extending request %1").arg(c.number),
              c.extensionReason);
        visit(prefix + QStringLiteral("answer_channel"),
              PersonReportLoader::tr("How request %1 was answered").arg(c.number), c.answerChannel);
        visit(prefix + QStringLiteral("motivation"),
              PersonReportLoader::tr("Reasons for the decision on request %1").arg(c.number),
              c.motivation);
        visit(prefix + QStringLiteral("no_identification_reason"),
              PersonReportLoader::tr("Why request %1 was decided without identification")
                  .arg(c.number),
              c.noIdentificationReason);
        for (Attachment &file : r.attachments)
            visit(QStringLiteral("attachment:%1:name").arg(file.id),
                  PersonReportLoader::tr("Name of a file kept with request %1").arg(c.number),
                  file.name);
    }
    for (ReportSystemSearch &search : systemSearches) {
        for (qsizetype i = 0; i < search.objects.size(); ++i) {
            ReportFoundObject &o = search.objects[i];
            for (qsizetype j = 0; j < o.fields.size(); ++j)
                visit(QStringLiteral("vera:%1:%2:%3").arg(search.caseNumber).arg(i).arg(j),
                      //: Dutch: "%1, %2: %3"
                      PersonReportLoader::tr("%1, %2: %3")
                          .arg(o.system, o.what, o.fields.at(j).label),
                      o.fields[j].value);
        }
    }
    for (ReportNote &n : notes)
        visit(QStringLiteral("note:%1").arg(n.id),
              PersonReportLoader::tr("Note on request %1 of %2")
                  .arg(n.caseNumber, dateText(organisationDay(n.writtenAt))),
              n.text);
    for (Disclosure &d : disclosures) {
        const auto label = [&d](const QString &what) {
            return PersonReportLoader::tr("Disclosure to %1 on %2: %3")
                .arg(d.recipientName, dateText(d.date), what);
        };
        const QString prefix = QStringLiteral("disclosure:%1:").arg(d.id);
        visit(prefix + QStringLiteral("data_text"), label(PersonReportLoader::tr("data")),
              d.dataText);
        visit(prefix + QStringLiteral("purpose"), label(PersonReportLoader::tr("purpose")),
              d.purpose);
        visit(prefix + QStringLiteral("requested_by"),
              label(PersonReportLoader::tr("requested by")), d.requestedBy);
    }
    if (hold)
        visit(QStringLiteral("hold:reason"), PersonReportLoader::tr("Reason for the legal hold"),
              hold->reason);
    for (PersonRestriction &r : restrictions)
        //: Dutch: "Beperkte gegevens (art. 18 AVG)"
        visit(QStringLiteral("restriction:%1:data").arg(r.id),
              PersonReportLoader::tr("Restricted data (art. 18 GDPR)"), r.data);
    for (PersonConsent &c : consents) {
        const QString prefix = QStringLiteral("consent:%1:").arg(c.id);
        //: Dutch: "Doel van een toestemming"
        visit(prefix + QStringLiteral("purpose"), PersonReportLoader::tr("Purpose of a consent"),
              c.purpose);
        //: Dutch: "Hoe een toestemming is gegeven"
        visit(prefix + QStringLiteral("given_how"),
              PersonReportLoader::tr("How a consent was given"), c.givenHow);
        //: Dutch: "Hoe een toestemming is ingetrokken"
        visit(prefix + QStringLiteral("withdrawn_how"),
              PersonReportLoader::tr("How a consent was withdrawn"), c.withdrawnHow);
    }
    // "bewindvoerder mr. J. Jansen" names someone else; so may the source an import recorded.
    visit(QStringLiteral("person:source"), PersonReportLoader::tr("Where your data came from"),
          person.source);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (!sources[i].recorded.isEmpty())
            visit(QStringLiteral("source:%1").arg(i),
                  PersonReportLoader::tr("Where your data came from"), sources[i].recorded);
    }
}

void PersonReport::forEachText(
    const std::function<void(const QString &, const QString &, const QString &)> &visit) const
{
    // The same walk over a copy: one definition of which texts there are and in what order.
    PersonReport copy = *this;
    copy.forEachText([&visit](const QString &reference, const QString &label, QString &text) {
        visit(reference, label, text);
    });
}

PersonReportLoader::PersonReportLoader(const Session &session)
    : m_session(session)
{ }

std::optional<qint64> PersonReportLoader::findPerson(const QString &klantnummerOrRequest,
                                                     ServiceError *error) const
{
    *error = {};
    static const QRegularExpression requestNumber(QStringLiteral("^AVG-\\d{4}-\\d+$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const QString key = InputLimits::normalisedIdentifier(klantnummerOrRequest);
    if (key.isEmpty())
        return std::nullopt;
    const QSqlDatabase db = m_session.store().database();
    if (!requestNumber.match(key).hasMatch()) {
        const std::optional<qint64> id = PersonRepository::idByKlantnummer(
            db, key, PersonRepository::Anonymised::Excluded, error);
        if (!id || *id == 0)
            return std::nullopt;
        return id;
    }
    // The person the request is about, unless their data were anonymised.
    const std::optional<qint64> id = CaseRepository::personIdByNumber(db, key.toUpper(), error);
    if (!id || *id == 0)
        return std::nullopt;
    const std::optional<bool> exists
        = PersonRepository::exists(db, *id, PersonRepository::Anonymised::Excluded, error);
    if (!exists || !*exists)
        return std::nullopt;
    return id;
}

std::optional<PersonReport> PersonReportLoader::load(qint64 personId, ServiceError *error) const
{
    // Every register reads under the role read here: one users query for the whole report.
    const Session::Held role(m_session);
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("person.report"),
                              QString::number(personId), error))
        return std::nullopt;
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(m_session.store().database(), personId, &stored, error))
        return std::nullopt;
    if (!stored || stored->anonymised) {
        *error = { ServiceError::Code::NotFound,
                   tr("This data subject does not exist, or their data were anonymised under "
                      "the retention rules."),
                   {} };
        return std::nullopt;
    }
    PersonReport report;
    report.person = stored->person;
    report.createdAt = QDateTime::fromString(stored->createdAt, Qt::ISODateWithMs).toUTC();
    const OrganisationDetails organisation = OrganisationSettings(m_session).details();
    report.organisation = organisation.name;
    report.portalName = organisation.portalName;
    report.automatedDecisions = organisation.automatedDecisionsText();
    report.printedOn = m_session.clock().today();
    report.demo = m_session.store().isDemo();
    const std::optional<DeadlinePolicy> policy = CaseService(m_session).policy(error);
    if (!policy)
        return std::nullopt;
    report.policy = *policy;
    QList<ProcessingActivity> activities;
    if (!readRequests(personId, &report, error) || !readNotes(personId, &report, error)
        || !readDisclosures(personId, &report, error) || !readRetention(personId, &report, error)
        || !readActivities(&report, &activities, error)
        || !readProcessorTransfers(activities, &report, error)
        || !readSources(personId, &report, error) || !readSystemSearches(&report, error))
        return std::nullopt;
    return report;
}

bool PersonReportLoader::readRequests(qint64 personId, PersonReport *report,
                                      ServiceError *error) const
{
    // The requests, each read through the case service so that deadlines are computed as on
    // the desk.
    const CaseService cases(m_session);
    const auto numbers = CaseRepository::requestsOfPerson(
        m_session.store().database(), personId, error, CaseRepository::PersonOrder::Received);
    if (!numbers)
        return false;
    const AttachmentService files(m_session);
    for (const auto &[number, state] : *numbers) {
        const auto c = cases.find(number, error);
        if (!c) {
            if (error->code == ServiceError::Code::NotFound)
                continue; // gone since the numbers were read
            return false; // a request that could not be read: no report without it
        }
        const auto kept = files.list(number, error);
        if (!kept)
            return false;
        const auto deadlines = cases.deadlines(*c, error);
        if (!deadlines)
            return false;
        report->requests.append({ *c, *deadlines, *kept });
    }
    return true;
}

bool PersonReportLoader::readNotes(qint64 personId, PersonReport *report, ServiceError *error) const
{
    const auto notes = CaseRepository::notesOfPerson(m_session.store().database(), personId, error);
    if (!notes)
        return false;
    for (const CaseRepository::PersonNote &note : *notes)
        report->notes.append({ note.id, note.caseNumber,
                               QDateTime::fromString(note.writtenAt, Qt::ISODateWithMs).toUTC(),
                               note.body, note.withheld });
    return true;
}

bool PersonReportLoader::readDisclosures(qint64 personId, PersonReport *report,
                                         ServiceError *error) const
{
    QList<Disclosure> disclosures = DisclosureService(m_session).forPerson(personId, error);
    if (error->isError())
        return false;
    std::reverse(disclosures.begin(), disclosures.end());
    for (Disclosure &d : disclosures) {
        // Made under a covenant: the basis names it, unless it does already.
        if (!d.covenantName.isEmpty() && !d.basisText.contains(d.covenantName))
            //: Dutch: "Convenant: %1"
            d.basisText
                = (d.basisText.trimmed().isEmpty() ? QString() : d.basisText.trimmed() + u" — ")
                + PersonReportLoader::tr("Covenant: %1").arg(d.covenantName);
        d.persons.clear(); // the others a disclosure named are not the person's to read
        if (d.informed == InformedStatus::Prohibited)
            ++report->withheldDisclosures;
        else
            report->disclosures << d;
    }
    // A note that names the recipient of a withheld disclosure would tell what leaving it out
    // hides: the note goes too, and is counted. The officer who reads the report
    // expects it never to tip the person off; the other notes are quoted as they are.
    // A note the officer marked "niet aan klager verstrekken" likewise.
    const auto reveals = [&disclosures](const ReportNote &note) {
        return note.withheld || PersonReview::namesWithheldRecipient(note.text, disclosures);
    };
    report->withheldNotes = static_cast<int>(report->notes.removeIf(reveals));
    return true;
}

bool PersonReportLoader::readRetention(qint64 personId, PersonReport *report,
                                       ServiceError *error) const
{
    const RetentionService retention(m_session);
    ServiceError readError;
    report->retention = retention.itemsFor(personId, report->printedOn,
                                           RetentionService::defaultWithinDays, &readError);
    if (!readError.isError())
        report->requestFilesRule
            = retention.rule(QLatin1StringView(RetentionRule::requestFilesCode), &readError);
    if (!readError.isError())
        report->hold = retention.holdFor(personId, &readError);
    if (!readError.isError())
        report->restrictions = RestrictionService(m_session)
                                   .ofPerson(personId, &readError)
                                   .value_or(QList<PersonRestriction> {});
    if (!readError.isError())
        report->restrictionDecisions
            = RestrictionDecisions::of(CaseService(m_session), m_session.store().database(),
                                       personId, report->restrictions, &readError)
                  .value_or(QList<RestrictionDecision> {});
    if (!readError.isError())
        report->consents = ConsentService(m_session)
                               .ofPerson(personId, &readError)
                               .value_or(QList<PersonConsent> {});
    if (readError.isError()) {
        *error = readError;
        return false;
    }
    const QList<RetentionRule> rules = retention.rules(&readError);
    if (readError.isError()) {
        *error = readError;
        return false;
    }
    for (const RetentionRule &rule : rules) {
        if (PersonReport::concerns(rule, report->person.relation, report->retention))
            report->retentionRules << rule;
    }
    return true;
}

bool PersonReportLoader::readActivities(PersonReport *report, QList<ProcessingActivity> *activities,
                                        ServiceError *error) const
{
    // The register of processing activities (art. 30), as it concerns the person's relation:
    // purposes, legal bases, categories, recipients, sources and transfers (art. 15(1), 15(2)).
    ServiceError readError;
    *activities = ProcessingRegister(m_session).list(&readError);
    if (readError.isError()) {
        *error = readError;
        return false;
    }
    for (const ProcessingActivity &a : std::as_const(*activities)) {
        if (!PersonReport::concerns(a, report->person.relation))
            continue;
        report->activities << a;
        if (a.transfersOutsideEea()) {
            QStringList to = a.processors;
            if (to.isEmpty()) {
                for (const QString &recipient : a.recipients) {
                    const auto category = codes::from<RecipientCategory>(recipient);
                    to << (category ? RecipientCodes::describedLabel(*category) : recipient);
                }
            }
            report->transfers << ReportTransfer { to.join(QStringLiteral(", ")),
                                                  a.transferCountry,
                                                  a.transferSafeguard,
                                                  QStringLiteral("%1 %2").arg(a.subCode, a.name),
                                                  {} };
        }
    }
    return true;
}

bool PersonReportLoader::readProcessorTransfers(const QList<ProcessingActivity> &activities,
                                                PersonReport *report, ServiceError *error) const
{
    // Processors outside the EEA that received the person's data: the safeguard is the one the
    // register records for an activity naming that processor, if any.
    bool anyProcessor = false;
    for (const Disclosure &d : std::as_const(report->disclosures))
        anyProcessor = anyProcessor || d.recipientRole == RecipientRole::Verwerker;
    if (!anyProcessor)
        return true;
    ServiceError readError;
    const QList<Recipient> catalogue = RecipientService(m_session).list(true, &readError);
    if (readError.isError()) {
        *error = readError;
        return false;
    }
    for (const Disclosure &d : std::as_const(report->disclosures)) {
        if (d.recipientRole != RecipientRole::Verwerker)
            continue;
        const auto recipient
            = std::find_if(catalogue.cbegin(), catalogue.cend(),
                           [&d](const Recipient &r) { return r.id == d.recipientId; });
        if (recipient == catalogue.cend() || recipient->agreement.inEu.value_or(true))
            continue;
        const auto known = std::find_if(report->transfers.begin(), report->transfers.end(),
                                        [&d](const ReportTransfer &t) {
                                            return t.activity.isEmpty() && t.to == d.recipientName;
                                        });
        if (known != report->transfers.end()) {
            known->disclosedOn = std::max(known->disclosedOn, d.date);
            continue;
        }
        ReportTransfer transfer { d.recipientName, recipient->agreement.country, {}, {}, d.date };
        for (const ProcessingActivity &a : activities) {
            const bool names = std::any_of(
                a.processors.cbegin(), a.processors.cend(), [&d](const QString &name) {
                    return name.compare(d.recipientName, Qt::CaseInsensitive) == 0;
                });
            if (names && a.transfersOutsideEea() && !a.transferSafeguard.isEmpty()) {
                transfer.safeguard = a.transferSafeguard;
                break;
            }
        }
        report->transfers << transfer;
    }
    return true;
}

QStringList PersonReport::formerNamesIn(const QList<AuditEvent> &events, const QString &current)
{
    QStringList former;
    for (const AuditEvent &event : events) {
        QStringList names;
        if (event.action == QLatin1StringView("person.created"))
            names << event.payload.value(QLatin1StringView("name")).toString();
        if (event.action == QLatin1StringView("person.updated")) {
            const QJsonObject name = event.payload.value(QLatin1StringView("changes"))
                                         .toObject()
                                         .value(QLatin1StringView("name"))
                                         .toObject();
            names << name.value(QLatin1StringView("old")).toString()
                  << name.value(QLatin1StringView("new")).toString();
        }
        for (const QString &name : std::as_const(names)) {
            const QString simplified = name.simplified();
            if (!simplified.isEmpty()
                && simplified.compare(current.simplified(), Qt::CaseInsensitive) != 0
                && !former.contains(simplified, Qt::CaseInsensitive))
                former << simplified;
        }
    }
    return former;
}

bool PersonReportLoader::readSources(qint64 personId, PersonReport *report,
                                     ServiceError *error) const
{
    // Sources: how the person came into the store, and what later imports changed.
    // Never "no sources" because the history could not be read.
    const QList<AuditEvent> events
        = support::auditLog(m_session.store(), m_session.clock())
              .eventsFor(QStringLiteral("person"), QString::number(personId), error);
    if (error->isError())
        return false;
    report->formerNames = PersonReport::formerNamesIn(events, report->person.name);
    for (const AuditEvent &event : events) {
        const bool imported = event.payload.value(QLatin1StringView("source")).toString()
            == QLatin1StringView("import");
        ReportSource source;
        source.date = organisationDay(event.occurredAt);
        if (event.action == QLatin1StringView("person.created")) {
            source.kind = imported ? ReportSource::Kind::Import : ReportSource::Kind::Intake;
            if (imported)
                source.recorded
                    = event.payload.value(QLatin1StringView("data_source")).toString().simplified();
            // The data came with the request: dated to its receipt, not to the day it was
            // registered.
            if (!imported && !report->requests.isEmpty()) {
                const Case &first = report->requests.first().request;
                source.channel = first.channel;
                if (first.receivedDate.isValid())
                    source.date = first.receivedDate;
            }
        } else if (event.action == QLatin1StringView("person.updated") && imported) {
            source.kind = ReportSource::Kind::ImportUpdate;
            source.fields = event.payload.value(QLatin1StringView("changes")).toObject().keys();
        } else {
            continue;
        }
        report->sources << source;
    }
    return true;
}

} // namespace pd
