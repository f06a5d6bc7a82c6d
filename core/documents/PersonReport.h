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
#include "vera/VeraDiscovery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd {

struct ReportRequest
{
    Case request;
    CaseDeadlines deadlines;
    QList<Attachment> attachments; // the request as received and other files kept with it
};

// The author (a colleague) is not reported.
struct ReportNote
{
    qint64 id = 0;
    QString caseNumber;
    QDateTime writtenAt; // UTC
    QString text;
    bool withheld = false; // marked by hand "niet aan klager verstrekken"
};

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
    QString recorded;

    static QString code(Kind kind); // "import", "import-update", "intake"
};

struct ReportTransfer
{
    QString to; // the processors or recipients, as the register or catalogue names them
    QString country; // as recorded ("Verenigde Staten", "US"); empty when only flagged
    QString safeguard; // the art. 46 GDPR safeguard; empty when none is recorded
    QString activity; // "A.12 Inloggen huurdersportaal"; empty for a disclosure
    QDate disclosedOn; // for a disclosure: when
};

// What a search of the corporation's own systems (VERA) found, as the person reads it: each
// object as a list of fields, labelled and explained in the VERA specifications' own words (a
// field they do not know by its name in words), a reference value by its name.
struct ReportFoundField
{
    QString label;
    QString value;
    QString description; // the specifications', or empty
};

struct ReportFoundObject
{
    QString system;
    QString what; // the kind of object, in words ("Huurovereenkomst")
    QList<ReportFoundField> fields;
    QString resource; // as the system names it ("huurovereenkomsten")
    QString uri; // where the system keeps it: the same object in two searches is one
    QJsonObject data; // as it was kept (no BSN): for the portability export
};

struct ReportSystemSearch
{
    QString caseNumber;
    QDateTime searchedAt; // UTC
    QList<VeraSystemResult> systems;
    QStringList unfollowed;
    QList<ReportFoundObject> objects;

    // Identifiers and links are left out: they say nothing to the person. schema: the object's
    // in the VERA specifications (VeraVocabulary::schemaOf), or empty.
    static QList<ReportFoundField> fieldsOf(const QJsonObject &object, const QString &schema);
};

// Everything Privacydesk holds about one data subject, and the art. 15(1) information. Disclosures
// the law forbids telling the person are left out and only counted.
struct PersonReport
{
    Person person;
    // Their own, never a third party's, so the review does not offer them for redaction.
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
    int withheldNotes = 0;
    QList<RetentionItem> retention; // stored items and the computed request-files item
    std::optional<RetentionRule> requestFilesRule; // the rule for Privacydesk's own files
    std::optional<LegalHold> hold;
    QList<PersonRestriction> restrictions;
    QList<RestrictionDecision> restrictionDecisions;
    QList<PersonConsent> consents;
    QList<ReportSystemSearch> systemSearches; // the last search per request, oldest first
    int redactions = 0; // fragments replaced by the redaction marker (PersonReview::redact)
    QList<ProcessingActivity> activities; // the register's, for the relation (concerns())
    QList<RetentionRule> retentionRules; // for the person (concerns()), request files apart
    QList<ReportTransfer> transfers; // outside the EEA
    QString automatedDecisions; // OrganisationDetails::automatedDecisionsText()
    DeadlinePolicy policy; // the organisation's deadline policy: "we answer within ..."

    static bool concerns(const ProcessingActivity &activity, Relation relation);
    // A rule that names no relation applies only where the person has an item under it, so that a
    // seeded rule the organisation does not use reaches no one.
    static bool concerns(const RetentionRule &rule, Relation relation,
                         const QList<RetentionItem> &items);

    static QString dateText(QDate date);
    static QString idMethodLabel(IdMethod method, const QString &portalName);

    // Every free text that may hold other people's data, with a stable reference; the mutable form
    // lets the redaction change the text in place.
    using TextVisitor
        = std::function<void(const QString &reference, const QString &label, QString &text)>;
    void forEachText(const TextVisitor &visit);
    void forEachText(const std::function<void(const QString &reference, const QString &label,
                                              const QString &text)> &visit) const;

    static QStringList formerNamesIn(const QList<AuditEvent> &events, const QString &current);
};

class PersonReportLoader final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonReportLoader)
public:
    explicit PersonReportLoader(const Session &session);

    // nullopt with *error clear when nobody has it.
    std::optional<qint64> findPerson(const QString &klantnummerOrRequest,
                                     ServiceError *error) const;
    std::optional<PersonReport> load(qint64 personId, ServiceError *error) const;

private:
    bool readRequests(qint64 personId, PersonReport *report, ServiceError *error) const;
    bool readNotes(qint64 personId, PersonReport *report, ServiceError *error) const;
    bool readDisclosures(qint64 personId, PersonReport *report, ServiceError *error) const;
    bool readRetention(qint64 personId, PersonReport *report, ServiceError *error) const;
    bool readActivities(PersonReport *report, QList<ProcessingActivity> *activities,
                        ServiceError *error) const;
    bool readProcessorTransfers(const QList<ProcessingActivity> &activities, PersonReport *report,
                                ServiceError *error) const;
    bool readSources(qint64 personId, PersonReport *report, ServiceError *error) const;
    bool readSystemSearches(PersonReport *report, ServiceError *error) const;
    Session m_session;
};

} // namespace pd
