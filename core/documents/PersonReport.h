#pragma once

#include "cases/Case.h"
#include "cases/CaseService.h"
#include "cases/Restriction.h"
#include "cases/RestrictionDecision.h"
#include "registers/Consent.h"
#include "registers/Disclosures.h"
#include "registers/ProcessingRegister.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd {

class Store;

// One of the person's requests with the deadlines the report states.
struct ReportRequest
{
    Case request;
    CaseDeadlines deadlines;
    QList<Attachment> attachments; // the request as received and other files kept with it
};

// A note written on one of the person's requests. The author (a colleague) is not reported.
struct ReportNote
{
    qint64 id = 0;
    QString caseNumber;
    QDateTime writtenAt; // UTC
    QString text;
    bool withheld = false; // marked by hand "niet aan klager verstrekken"
};

// Where the person's data came from, read from the person's audit events.
struct ReportSource
{
    enum class Kind {
        Import, // registered from the housing system's CSV export
        ImportUpdate, // changed by a later import; fields says which
        Intake, // registered when a request came in; channel says how
    };
    Kind kind = Kind::Intake;
    QDate date;
    std::optional<Channel> channel; // Intake: the channel of the request, when known
    QStringList fields; // ImportUpdate: the changed fields (codes as in the JSON export)
    // Import: the source the import recorded for the data ("ERP-import", "gemeente (BRP)"; its
    // event's data_source); empty when it recorded none. What the report names, not the day.
    QString recorded;

    static QString code(Kind kind); // "import", "import-update", "intake"
};

// Data going outside the European Economic Area (art. 15(2) GDPR): from an activity of the
// register that concerns the person, or from a disclosure to a processor located outside it.
struct ReportTransfer
{
    QString to; // the processors or recipients, as the register or catalogue names them
    QString country; // as recorded ("Verenigde Staten", "US"); empty when only flagged
    QString safeguard; // the art. 46 GDPR safeguard; empty when none is recorded
    QString activity; // "A.12 Inloggen huurdersportaal"; empty for a disclosure
    QDate disclosedOn; // for a disclosure: when
};

// Everything Privacydesk itself holds about one data subject, for the inzage report (art. 15
// AVG) and the portability export (art. 20): the person, their requests with deadlines and
// identification records (that and how identity was checked, never a number), the notes on
// them, the disclosures concerning them with their recipients (art. 15(1)(c)), the retention
// terms and legal hold that apply, and the sources. Disclosures whose notice the law forbids
// (informed = verboden) are left out and only counted: telling the person would break that law.
//
// Beside them the art. 15(1) information about the organisation's processing as it concerns
// people with the person's relation (tenant, house-seeker, ...): the activities of the register
// of art. 30 (purposes, legal bases, data categories, recipient categories, sources, transfers),
// the retention rules whose trigger fits the relation, and the organisation's statement on
// automated decision-making.
struct PersonReport
{
    Person person;
    // The names the person had before a correction (ieder1: a rectified surname), from
    // their trail (person.created, person.updated's changes.name): their own, never a third
    // party's, so the review does not offer them for redaction. Not the current name.
    QStringList formerNames;
    QDateTime createdAt; // UTC
    QString organisation;
    QString portalName; // organisation.portal_name: "mijn ieder1", or empty
    QDate printedOn;
    bool demo = false; // from the demo store: fictitious data, and every output says so
    QList<ReportSource> sources;
    QList<ReportRequest> requests; // by date of receipt
    QList<ReportNote> notes; // by request, then as written
    QList<Disclosure> disclosures; // oldest first
    int withheldDisclosures = 0; // left out: the law forbids telling the person
    // Notes left out because they name the recipient of such a disclosure (seed 003:
    // "doorgegeven aan gemeente en politie"): PersonReview::namesWithheldRecipient.
    int withheldNotes = 0;
    QList<RetentionItem> retention; // stored items and the computed request-files item
    std::optional<RetentionRule> requestFilesRule; // the rule for Privacydesk's own files
    std::optional<LegalHold> hold;
    // Restrictions of processing (art. 18 AVG), in force first, then lifted.
    QList<PersonRestriction> restrictions;
    // What each of them under art. 18(1)(a) or (d) waits for, or that its request was decided.
    QList<RestrictionDecision> restrictionDecisions;
    // Consents given and withdrawn (art. 7 AVG), those in force first.
    QList<PersonConsent> consents;
    int redactions = 0; // fragments replaced by the redaction marker (PersonReview::redact)
    QList<ProcessingActivity> activities; // the register's, for the relation (concerns())
    QList<RetentionRule> retentionRules; // for the person (concerns()), request files apart
    QList<ReportTransfer> transfers; // outside the EEA
    QString automatedDecisions; // OrganisationDetails::automatedDecisionsText()
    DeadlinePolicy policy; // the organisation's deadline policy: "we answer within ..."

    // Whether an activity of the register concerns people with this relation: its data
    // subjects name the relation ("huurders" for a tenant, "woningzoekenden" for a
    // house-seeker; a former tenant's data are kept under the tenants' activities too). For
    // Relation::Overig: activities that name anyone else (omwonenden, bezoekers, ...). A line
    // may name several groups ("huurders en bezoekers"): registers/DataSubjects.
    static bool concerns(const ProcessingActivity &activity, Relation relation);
    // Whether a retention rule applies to the person's data: by the relations it names, or by its
    // trigger (end of tenancy for tenants and co-residents, ...). Another rule that names no
    // relation (a recording: camera images, the end of a fiscal year, "other") applies only where
    // the person has an item under it (items: the person's), so that a seeded rule the
    // organisation does not use reaches no one (seed 000: "Camerabeelden" in the
    // report of a tenant of an organisation without cameras). The request-files rule is reported
    // apart.
    static bool concerns(const RetentionRule &rule, Relation relation,
                         const QList<RetentionItem> &items);

    // "21 november 2026" in the default locale's language; empty for an invalid date.
    static QString dateText(QDate date);
    // How the identity was checked, in the interface language, the tenants' portal by the
    // organisation's own name when it has one (ieder1: "Ingelogd op mijn ieder1").
    static QString idMethodLabel(IdMethod method, const QString &portalName);

    // Every free text of the report that may hold other people's data (not the legal basis of
    // a disclosure: it names a statute or covenant), in a fixed order, with
    // a stable reference ("note:12", "request:AVG-2026-0001:description", "hold:reason", ...)
    // and a translated label saying where it is. The mutable form lets the redaction change
    // the text in place.
    using TextVisitor
        = std::function<void(const QString &reference, const QString &label, QString &text)>;
    void forEachText(const TextVisitor &visit);
    void forEachText(const std::function<void(const QString &reference, const QString &label,
                                              const QString &text)> &visit) const;

    // The names the person's trail records (person.created's name, person.updated's old and new
    // name) other than current, each once, in the trail's order (ieder1).
    static QStringList formerNamesIn(const QList<AuditEvent> &events, const QString &current);
};

// Loads a PersonReport from the store: a handful of indexed queries for one person, never a
// scan of all persons. Anonymised persons are not found (their data are gone).
class PersonReportLoader final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonReportLoader)
public:
    explicit PersonReportLoader(const Session &session);

    // A klantnummer (as InputLimits::normalisedIdentifier stores it) or a request number
    // (AVG-YYYY-NNNN) → the person's id.
    // nullopt when nobody has it (error clear) or when it could not be read (*error says why).
    std::optional<qint64> findPerson(const QString &klantnummerOrRequest,
                                     ServiceError *error) const;
    // NotFound when there is no such person or the person was anonymised.
    std::optional<PersonReport> load(qint64 personId, ServiceError *error) const;

private:
    // load()'s steps, in its order: each fills its part of the report, false with *error set
    // when something could not be read (no report without it).
    bool readRequests(qint64 personId, PersonReport *report, ServiceError *error) const;
    bool readNotes(qint64 personId, PersonReport *report, ServiceError *error) const;
    bool readDisclosures(qint64 personId, PersonReport *report, ServiceError *error) const;
    bool readRetention(qint64 personId, PersonReport *report, ServiceError *error) const;
    // The register's activities, all of them in *activities, those concerning the person and
    // their transfers in the report.
    bool readActivities(PersonReport *report, QList<ProcessingActivity> *activities,
                        ServiceError *error) const;
    bool readProcessorTransfers(const QList<ProcessingActivity> &activities, PersonReport *report,
                                ServiceError *error) const;
    bool readSources(qint64 personId, PersonReport *report, ServiceError *error) const;
    Session m_session;
};

} // namespace pd
