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

QT_FORWARD_DECLARE_CLASS(QSqlError)

namespace pd {

class Store;
struct DerivedTerms;
struct PersonRecord;

struct NewCase
{
    // person.id set: that person. Else the person with person.klantnummer, or a new one.
    Person person;
    QList<RequestType> types;
    Channel channel = Channel::Email;
    // The calendar day the request arrived (required; never in the future, never before
    // CaseWorkflow::earliestReceipt). The deadlines count from here.
    QDate receivedDate;
    // The moment it arrived, only when known (the Date of an e-mail, the time of a call). Left
    // invalid, the request has no time of receipt: the moment of registration is created_at,
    // never passed off as the receipt.
    QDateTime receivedAt;
    // Who at the organisation received it: the login of an active user. Empty: the acting user.
    QString receivedBy;
    QString representative;
    // How the representative is authorised ("schriftelijke machtiging", "bewindvoerder", ...).
    QString representativeMandate;
    // Where the letters to the representative go, one line. A mandate file among the
    // attachments (AttachmentKind::Machtiging) counts as the mandate received with the request.
    QString representativeAddress;
    // The organisation the representative works for, and in what capacity
    // they act; only with a representative.
    QString representativeOrganisation {};
    std::optional<RepresentativeAuthority> representativeAuthority {};
    QString description;
    QString callbackPhone;
    QString handler;
    // The request as it arrived (and a mandate), kept in the same transaction as the request.
    QList<NewAttachment> attachments;
};

struct CaseFilter
{
    std::optional<CaseState> state;
    QDate overdueOn; // valid: only cases still open on that day whose deadline had passed
};

// Every change to a request goes through here, for the GUI, the CLI and imports alike: the BSN
// guard on every free text, the state machine's checks, the stored effective deadline, and
// one audit event per change in the same transaction, attributed to the store's user.
class CaseService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CaseService)
public:
    // Writes go through the store's connection; the Store object itself is not changed.
    explicit CaseService(const Session &session);

    // Reads: a read that fails is an error (Storage, with *error set when given),
    // never a default, an empty list or a zero. The policy is never the default in place of a
    // stored one that could not be read.
    std::optional<DeadlinePolicy> policy(ServiceError *error) const;
    bool setPolicy(const DeadlinePolicy &policy, ServiceError *error);
    // At open: every open, extended request whose stored deadline is not the one
    // today's rules give (a store from before an extension told after the own deadline kept
    // the own extended deadline: lists sort and filter on it) gets it, each with its
    // case.deadline_recomputed event (reason "extension_rules"). Nothing is written when all are
    // in step, or when the acting role may not change requests (0). How many moved; nullopt
    // with *error when a read or the write failed.
    std::optional<int> refreshExtendedDeadlines(ServiceError *error);
    // refreshExtendedDeadlines as opening runs it (the CLI, the desk): what it did, or why it
    // could not, as sentences for the user (translated); empty when nothing moved.
    QStringList refreshAtOpen();

    // Reads keep to the acting user's CaseScope (session/Access.h): a KCC-medewerker finds and
    // lists only the requests they logged in the last week, with the intake fields only
    // (Case::intakeOnly). find() of a request outside the scope is Denied, with one user.denied
    // event ("case.read"); a number that does not exist is NotFound.
    std::optional<Case> add(const NewCase &request, bool bsnOverride, ServiceError *error);
    std::optional<Case> find(const QString &number, ServiceError *error = nullptr) const;
    QList<Case> list(const CaseFilter &filter, ServiceError *error) const;
    // The requests list() gives, in its order (received date, then number), handed to visit
    // one at a time and read a bounded page at a time (keyset on that order), so that a list of
    // any length costs the memory of one page. The first `offset` are skipped;
    // limit < 0: all. visit returning false stops the read, which is no error. A page that
    // cannot be read stops it with Storage in *error and false: what was visited before stays
    // visited, so a caller that already showed it must say the list is incomplete.
    bool forEachListed(const CaseFilter &filter, qint64 offset, qint64 limit,
                       const std::function<bool(const Case &)> &visit, ServiceError *error,
                       int pageSize = 500) const;
    // Also for an intakeOnly case: its deadlines are computed from the stored request. Nothing
    // when the policy (or the stored request) could not be read.
    std::optional<CaseDeadlines> deadlines(const Case &c, ServiceError *error) const;

    // Counts for a first glance, from one aggregate query (within the CaseScope).
    struct Summary
    {
        int total = 0;
        int open = 0;
        int overdue = 0; // open and past the effective deadline on the given day
    };
    std::optional<Summary> summary(QDate today, ServiceError *error) const;

    // Every change of a request (optimistic locking): with expectedVersion (the
    // Case::version the caller's form was filled in on) a request changed since is refused as
    // Conflict, whose message names who changed it and when; without it, the change applies to
    // the version read in its own transaction. Either way a change committed by another seat
    // between that read and the write is refused (Conflict), never overwritten. A note needs no
    // expected version: it adds to the request and depends on nothing the form showed.
    bool requestIdentification(const QString &number, QDate requested, ServiceError *error,
                               std::optional<int> expectedVersion = {});
    bool receiveIdentification(const QString &number, QDate received, IdMethod method,
                               bool succeeded, ServiceError *error,
                               std::optional<int> expectedVersion = {});
    // A representative's mandate, as the identification: asked for (the deadline waits
    // from that day, case.mandate_requested) and received (the wait ends, case.mandate_received).
    bool requestMandate(const QString &number, QDate requested, ServiceError *error,
                        std::optional<int> expectedVersion = {});
    bool receiveMandate(const QString &number, QDate received, ServiceError *error,
                        std::optional<int> expectedVersion = {});
    // An extension told within the first month moves the legal deadline (art. 12(3) AVG), also
    // under a policy without an extension of its own (CaseDeadlines::extensionBeyondOwnPolicy);
    // one told later is recorded, and flagged (CaseDeadlines::extensionLegallyLate).
    bool extend(const QString &number, const QString &reason, QDate notified, bool bsnOverride,
                ServiceError *error, std::optional<int> expectedVersion = {});
    // A rule of a module above the requests that a completion must pass as well: a refusal in
    // words (the error is Invalid), empty to go on, nullopt with *error when it could not be
    // checked. The empty-export gate of a portability request
    // (documents/PortabilityGate::rule), which needs the processing register.
    using CompletionRule = std::function<std::optional<QString>(
        const QString &number, const Completion &completion, ServiceError *error)>;
    void setCompletionRule(CompletionRule rule);
    // The motivation and the reason for deciding without identification are free texts under
    // the BSN guard (bsnOverride as for notes); the answer channel never takes an override.
    // The completion rule, when set, is checked after the role check and before the write.
    bool complete(const QString &number, const Completion &completion, bool bsnOverride,
                  ServiceError *error, std::optional<int> expectedVersion = {});
    bool reopen(const QString &number, const QString &reason, bool bsnOverride, ServiceError *error,
                std::optional<int> expectedVersion = {});
    // The controller a portability request's export goes to directly (art. 20(2) GDPR, issue
    // 38): its name and postal or e-mail address, both free texts under the BSN guard; an
    // empty name clears it. Only for a request that asks for portability. One
    // case.transmit_to_set event with the old and the new.
    bool setTransmitTo(const QString &number, const ReceivingController &to, bool bsnOverride,
                       ServiceError *error, std::optional<int> expectedVersion = {});
    // Who handles the request (Case::handler): the login of an active user whose role may
    // handle requests (Permission::EditCases); an empty login leaves it to nobody. EditCases;
    // one case.assigned event with the old and the new handler, none when nothing changes.
    // Refused (Invalid) for a login no active user has, or whose role may not handle requests.
    bool assign(const QString &number, const QString &handler, ServiceError *error,
                std::optional<int> expectedVersion = {});
    // Those assign() accepts: every active user whose role may handle requests, as login and
    // display name, by login. A read that failed is Storage and no one, never "nobody".
    QList<std::pair<QString, QString>> possibleHandlers(ServiceError *error) const;
    // withheld: marked by hand "niet aan klager verstrekken": the AP dossier marks
    // it, its version for the complainant and the inzage report leave it out.
    bool addNote(const QString &number, const QString &text, bool bsnOverride, ServiceError *error,
                 bool withheld = false);

    // Where the data subject's data came from when not from the person (Person::source, art.
    // 15(1)(g) GDPR): "ERP-import", "gemeente", "bewindvoerder", free text; empty clears it.
    // EditRegisters; free text under the BSN guard; one person.updated event (entity "person",
    // changes.data_source old → new), none when nothing changed.
    bool setPersonSource(qint64 personId, const QString &source, bool bsnOverride,
                         ServiceError *error);
    static constexpr int maxPersonSourceLength = 200;
    // The words the seeds use, for the forms' suggestions; any other text is allowed too.
    static QStringList suggestedPersonSources();

    // The data subject's relation and its end (the end of the tenancy, the de-registration as
    // house-seeker; invalid: none, a current tenant). EditRegisters; one person.updated event
    // with old → new and the counts of the retention items the rules derive from it
    // (RetentionDerivation: created, moved, removed in the same transaction; *terms when given).
    // None when nothing changed.
    bool setPersonRelation(qint64 personId, Relation relation, QDate relationEnd,
                           ServiceError *error, DerivedTerms *terms = nullptr);
    // Empty when the end date may be recorded, else one translated sentence: not before 1990
    // (InputLimits), not more than maxRelationEndYears after today.
    static QString checkRelationEnd(QDate relationEnd, QDate today);
    static constexpr int maxRelationEndYears = 50;
    // Empty when the request's representative may be recorded as it is, else one translated
    // sentence: an organisation or a kind of authority needs the representative's name (issue
    // 38). add() refuses it; the desk says it under the fields.
    static QString checkRepresentative(const NewCase &request);

    // The request's audit events: Permission::ViewAllCases ("case.timeline"; a KCC-medewerker
    // is Denied, even for their own requests: the history holds more than the intake). A read
    // that failed is Storage and no events, never an empty history.
    QList<AuditEvent> timeline(const QString &number, ServiceError *error = nullptr) const;
    AuditLog::Verification verifyAuditTrail() const;

private:
    // What one change did, for its audit event.
    struct Change
    {
        QString action;
        QJsonObject payload;
    };
    // An intake as it is stored: the person with its identifiers normalised, the callback number.
    struct Intake
    {
        Person person;
        QString callbackPhone;
    };
    // One intake inside its transaction, as add's steps fill it in (CaseService.cpp).
    struct IntakeWrite;
    // add's checks before anything is written: the kinds, the moments of receipt, the person's
    // identifiers and lengths, the BSN guard over every text (the unit's), postcode and phone
    // numbers.
    std::optional<Intake> checkIntake(UnitOfWork &unit, const NewCase &request, bool bsnOverride,
                                      ServiceError *error);
    // add's steps, in this order, each in the intake's unit of work: who received the request,
    // the person it is about, its number, its rows, its events.
    bool readReceiver(IntakeWrite &intake, ServiceError *error) const;
    bool resolvePerson(IntakeWrite &intake, ServiceError *error) const;
    bool sameAddress(const QSqlDatabase &db, qint64 personId, const Person &given,
                     ServiceError *error) const;
    bool assignNumber(IntakeWrite &intake, ServiceError *error) const;
    bool insertCase(IntakeWrite &intake, ServiceError *error) const;
    bool recordIntake(IntakeWrite &intake, ServiceError *error) const;
    static Case writtenIntake(const IntakeWrite &intake);
    // One change of a request in the unit: read it (at expectedVersion when given), edit it,
    // write it and its decisions, record the change's event.
    bool applyChange(UnitOfWork &unit, const QString &number, std::optional<int> expectedVersion,
                     ServiceError *error,
                     const std::function<bool(Case &, Change &, ServiceError *)> &edit);
    // A dated step of the identification or the mandate: the role check, the workflow's check
    // of the step against today (an empty text: it may be taken), then apply's change under
    // action. apply gets the session for the acting user.
    bool
    datedStep(const QString &number, const QString &action, std::optional<int> expectedVersion,
              ServiceError *error, const std::function<QString(const Case &, QDate today)> &check,
              const std::function<bool(Case &, Change &, const Session &, ServiceError *)> &apply);
    // applyChange's write: the row with its deadline under the policy, unless another seat
    // changed it since it was read (Conflict), and its decisions per kind when the change
    // changed them (completing, reopening).
    bool writeChange(const Case &c, int readVersion, bool decisionsChanged,
                     ServiceError *error) const;
    // The completion rule's verdict (setCompletionRule): true without a rule or when it lets
    // the completion go on; false with *error (Invalid: the refusal) otherwise.
    bool passesCompletionRule(const QString &number, const Completion &completion,
                              ServiceError *error) const;
    // The Conflict error for a request another seat changed: who made its last change and when
    // (from the audit trail). Storage when that could not be read.
    ServiceError conflict(const Case &c) const;
    // The long-text limit over every free text, then the unit's BSN guard.
    bool guard(UnitOfWork &unit, const QList<QPair<QString, QString>> &fields, bool bsnOverride,
               ServiceError *error);
    // The person as stored: NotFound when there is none or it was anonymised; Storage when it
    // could not be read.
    bool readPerson(qint64 personId, std::optional<PersonRecord> *stored,
                    ServiceError *error) const;
    // NotFound when there is no such request; Storage when a read failed.
    std::optional<Case> load(const QString &number, ServiceError *error) const;
    // setPolicy's second half: every open request's deadline under policy, each one that moves
    // written with its case.deadline_recomputed event; how many open requests there were.
    std::optional<int> followPolicy(UnitOfWork::Write &write, const DeadlinePolicy &policy,
                                    ServiceError *error) const;
    CompletionRule m_completionRule;
    Session m_session;
};

} // namespace pd
