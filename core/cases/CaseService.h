#pragma once

#include "audit/AuditLog.h"
#include "cases/Case.h"
#include "domain/BsnGuard.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace pd {

struct DerivedTerms;
struct PersonRecord;

struct NewCase
{
    // person.id set: that person; else the one with person.klantnummer, or a new one.
    Person person;
    QList<RequestType> types;
    Channel channel = Channel::Email;
    // Never in the future, never before CaseWorkflow::earliestReceipt.
    QDate receivedDate;
    // Only when known: the moment of registration is never passed off as the receipt.
    QDateTime receivedAt;
    QString receivedBy;
    QString representative;
    QString representativeMandate;
    // A Machtiging among the attachments counts as the mandate received with the request.
    QString representativeAddress;
    QString representativeOrganisation {};
    std::optional<RepresentativeAuthority> representativeAuthority {};
    QString description;
    QString callbackPhone;
    QString handler;
    QList<NewAttachment> attachments;
};

struct CaseFilter
{
    std::optional<CaseState> state;
    QDate overdueOn; // valid: only cases still open on that day whose deadline had passed
};

// Every change to a request: the BSN guard on every free text, the workflow's checks, the stored
// deadline, and one audit event per change in the same transaction.
class CaseService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CaseService)
public:
    explicit CaseService(const Session &session);

    // A failed read is an error, never a default: not even the default policy for a stored one.
    std::optional<DeadlinePolicy> policy(ServiceError *error) const;
    bool setPolicy(const DeadlinePolicy &policy, ServiceError *error);
    // Extended open requests get the deadline today's rules give, one event each.
    std::optional<int> refreshExtendedDeadlines(ServiceError *error);
    // Translated sentences; empty when nothing moved.
    QStringList refreshAtOpen();

    // A KCC user sees only the requests they logged last week, intake fields only. find() outside
    // the scope is Denied (with a user.denied event), an unknown number NotFound.
    std::optional<Case> add(const NewCase &request, BsnCheck bsnCheck, ServiceError *error);
    std::optional<Case> find(const QString &number, ServiceError *error = nullptr) const;
    QList<Case> list(const CaseFilter &filter, ServiceError *error) const;
    // Read a page at a time, so any length costs one page's memory. A failed page stops with false:
    // what was visited stays visited, so the caller must say the list is incomplete.
    bool forEachListed(const CaseFilter &filter, qint64 offset, qint64 limit,
                       const std::function<bool(const Case &)> &visit, ServiceError *error,
                       int pageSize = 500) const;
    std::optional<CaseDeadlines> deadlines(const Case &c, ServiceError *error) const;

    struct Summary
    {
        int total = 0;
        int open = 0;
        int overdue = 0; // open and past the effective deadline on the given day
    };
    std::optional<Summary> summary(QDate today, ServiceError *error) const;

    // Optimistic locking: with expectedVersion a request changed since is a Conflict naming who and
    // when; another seat's commit between read and write is refused, never overwritten.
    bool requestIdentification(const QString &number, QDate requested, ServiceError *error,
                               std::optional<int> expectedVersion = {});
    bool receiveIdentification(const QString &number, QDate received, IdMethod method,
                               bool succeeded, ServiceError *error,
                               std::optional<int> expectedVersion = {});
    bool requestMandate(const QString &number, QDate requested, ServiceError *error,
                        std::optional<int> expectedVersion = {});
    bool receiveMandate(const QString &number, QDate received, ServiceError *error,
                        std::optional<int> expectedVersion = {});
    // An extension told within the first month moves the legal deadline (art. 12(3) AVG); one told
    // later is recorded, and flagged.
    bool extend(const QString &number, const QString &reason, QDate notified, BsnCheck bsnCheck,
                ServiceError *error, std::optional<int> expectedVersion = {});
    // A rule of a module above (the portability export gate): a refusal in words, empty to go on.
    using CompletionRule = std::function<std::optional<QString>(
        const QString &number, const Completion &completion, ServiceError *error)>;
    void setCompletionRule(CompletionRule rule);
    // The answer channel never takes a BSN override.
    bool complete(const QString &number, const Completion &completion, BsnCheck bsnCheck,
                  ServiceError *error, std::optional<int> expectedVersion = {});
    bool reopen(const QString &number, const QString &reason, BsnCheck bsnCheck,
                ServiceError *error, std::optional<int> expectedVersion = {});
    bool setTransmitTo(const QString &number, const ReceivingController &to, BsnCheck bsnCheck,
                       ServiceError *error, std::optional<int> expectedVersion = {});
    // Only an active user whose role may handle requests; an empty login leaves it to nobody.
    bool assign(const QString &number, const QString &handler, ServiceError *error,
                std::optional<int> expectedVersion = {});
    QList<std::pair<QString, QString>> possibleHandlers(ServiceError *error) const;
    // withheld, "niet aan klager verstrekken": the complainant's dossier and the inzage report
    // leave it out.
    bool addNote(const QString &number, const QString &text, BsnCheck bsnCheck, ServiceError *error,
                 bool withheld = false);

    // Art. 15(1)(g) GDPR; empty clears it.
    bool setPersonSource(qint64 personId, const QString &source, BsnCheck bsnCheck,
                         ServiceError *error);
    static constexpr int maxPersonSourceLength = 200;
    static QStringList suggestedPersonSources();

    // The retention items derived from it follow in the same transaction.
    bool setPersonRelation(qint64 personId, Relation relation, QDate relationEnd,
                           ServiceError *error, DerivedTerms *terms = nullptr);
    static QString checkRelationEnd(QDate relationEnd, QDate today);
    static constexpr int maxRelationEndYears = 50;
    // An organisation or a kind of authority needs the representative's name.
    static QString checkRepresentative(const NewCase &request);

    // Denied to a KCC user even for their own requests: the history holds more than the intake.
    QList<AuditEvent> timeline(const QString &number, ServiceError *error = nullptr) const;
    AuditLog::Verification verifyAuditTrail() const;

private:
    struct Change
    {
        QString action;
        QJsonObject payload;
    };
    struct Intake
    {
        Person person;
        QString callbackPhone;
    };
    struct IntakeWrite;
    std::optional<Intake> checkIntake(UnitOfWork &unit, const NewCase &request, BsnCheck bsnCheck,
                                      ServiceError *error);
    bool readReceiver(IntakeWrite &intake, ServiceError *error) const;
    bool resolvePerson(IntakeWrite &intake, ServiceError *error) const;
    bool sameAddress(const QSqlDatabase &db, qint64 personId, const Person &given,
                     ServiceError *error) const;
    bool assignNumber(IntakeWrite &intake, ServiceError *error) const;
    bool insertCase(IntakeWrite &intake, ServiceError *error) const;
    bool recordIntake(IntakeWrite &intake, ServiceError *error) const;
    static Case writtenIntake(const IntakeWrite &intake);
    bool applyChange(UnitOfWork &unit, const QString &number, std::optional<int> expectedVersion,
                     ServiceError *error,
                     const std::function<bool(Case &, Change &, ServiceError *)> &edit);
    bool
    datedStep(const QString &number, const QString &action, std::optional<int> expectedVersion,
              ServiceError *error, const std::function<QString(const Case &, QDate today)> &check,
              const std::function<bool(Case &, Change &, const Session &, ServiceError *)> &apply);
    bool writeChange(const Case &c, int readVersion, bool decisionsChanged,
                     ServiceError *error) const;
    bool passesCompletionRule(const QString &number, const Completion &completion,
                              ServiceError *error) const;
    ServiceError conflict(const Case &c) const;
    bool guard(UnitOfWork &unit, const QList<QPair<QString, QString>> &fields, BsnCheck bsnCheck,
               ServiceError *error);
    bool readPerson(qint64 personId, std::optional<PersonRecord> *stored,
                    ServiceError *error) const;
    std::optional<Case> load(const QString &number, ServiceError *error) const;
    std::optional<int> followPolicy(UnitOfWork::Write &write, const DeadlinePolicy &policy,
                                    ServiceError *error) const;
    CompletionRule m_completionRule;
    Session m_session;
};

} // namespace pd
