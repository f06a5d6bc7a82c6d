#pragma once

#include "cases/CaseCodes.h"
#include "domain/DataCategory.h"
#include "domain/DeadlineCalendar.h"
#include "persons/Person.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class CaseScope;

enum class AttachmentKind { Origineel, Machtiging, Correspondentie };

// Kept inside the encrypted store, never beside it or in a temporary file. Destroying keeps kind,
// size, fingerprint and dates as proof.
struct Attachment
{
    qint64 id = 0;
    QString caseNumber;
    QString name; // the file name as received; empty once destroyed
    AttachmentKind kind = AttachmentKind::Origineel;
    QString mediaType; // "message/rfc822", "application/pdf", "image/jpeg", ...
    qint64 size = 0;
    QString sha256;
    QString addedBy;
    QDateTime addedAt; // UTC
    QDateTime destroyedAt; // UTC; invalid while kept

    bool isDestroyed() const { return destroyedAt.isValid(); }
    bool isMail() const
    {
        return mediaType == QLatin1String("message/rfc822")
            || mediaType == QLatin1String("application/vnd.ms-outlook");
    }
};

struct NewAttachment
{
    QString name; // the file's own name, without a folder
    QByteArray content;
    AttachmentKind kind = AttachmentKind::Origineel;
    // The officer says it is a copy of an identity document: always refused.
    bool identityDocument = false;
    bool confirmedNotIdentityDocument = false;
};

// That and how identity was checked: never the document or its number.
struct Identification
{
    QDate requested;
    QDate received;
    std::optional<IdMethod> method;
    QString verifiedBy;
    std::optional<bool> succeeded;
};

// While a representative's request has none, its only letter asks for it and its deadline waits.
struct Mandate
{
    QDate requested;
    QDate received;
};

// A combined request is decided per kind; granted says what was done.
struct TypeDecision
{
    RequestType type = RequestType::Overig;
    Outcome outcome = Outcome::Toegewezen; // toegewezen, deels-toegewezen or afgewezen
    QList<RefusalGround> grounds;
    QString motivation;
    QString granted;

    bool operator==(const TypeDecision &other) const = default;
};

// The letter names each, never a fixed "reclame en aanbiedingen".
struct ObjectionPart
{
    ObjectionSubject subject = ObjectionSubject::Overig;
    QString text; // Overig: what it was about, in words
    bool stopped = true; // false: it goes on (the reasons say why)

    // Art. 21(3) makes an objection to marketing absolute; the rest is weighed under art. 21(1).
    bool marketing() const
    {
        return subject == ObjectionSubject::Nieuwsbrief || subject == ObjectionSubject::ReclameMail
            || subject == ObjectionSubject::ReclameTelefoon;
    }

    bool operator==(const ObjectionPart &other) const = default;
};

struct ReceivingController
{
    QString name;
    QString address; // postal address or e-mail
    bool isEmpty() const { return name.trimmed().isEmpty(); }
    bool operator==(const ReceivingController &other) const = default;
};

struct Case
{
    qint64 id = 0;
    QString number; // AVG-YYYY-NNNN
    Person person;
    QList<RequestType> types;
    Channel channel = Channel::Email;
    QDate receivedDate; // the calendar day of receipt: the deadlines count from here
    QDateTime receivedAt; // UTC, only when the time of receipt is known
    QString receivedBy;
    QDateTime registeredAt; // UTC: when the request was entered in Privacydesk
    QString representative;
    QString representativeMandate;
    // Letters of a representative's request go there.
    QString representativeAddress;
    QString representativeOrganisation {};
    std::optional<RepresentativeAuthority> representativeAuthority {};
    Mandate mandate;
    int attachmentCount = 0; // files kept with it (destroyed ones included)
    QString description;
    QString callbackPhone;
    CaseState state = CaseState::Ontvangen;
    QString handler;
    Identification identification;
    bool extended = false;
    QString extensionReason;
    QDate extensionNotified;
    std::optional<Outcome> outcome;
    QList<RefusalGround> refusalGrounds;
    // Art. 12(4) GDPR: always for a refusal or a partial grant.
    QString motivation;
    // Absolute: art. 21(1) cannot refuse it.
    bool directMarketing = false;
    // Art. 19 GDPR asks only the recipients whose disclosures of the person include one of them.
    // Empty when not recorded (before schema 28).
    QList<DataCategory> changedData;
    QList<ObjectionPart> objection;
    ReceivingController transmitTo;
    QString noIdentificationReason;
    // Read through CaseWorkflow::decisionsOf, which derives them for older requests.
    QList<TypeDecision> decisions;
    QDate answeredOn;
    QString answerChannel;
    QDateTime closedAt;
    // The rest is empty because it was not to be read, not because the request has none.
    bool intakeOnly = false;
    // Optimistic locking: a change made on a copy of another version is a Conflict.
    int version = 0;

    DeadlineInput deadlineInput() const;
    bool awaitsMandate() const;
};

// The same rule as CaseListRepository::scopeCondition.
bool inScope(const CaseScope &scope, const Case &request, QDate today);
Case intakeFields(const Case &request);

// A request of several kinds is decided per kind in decisions (outcome is then their summary);
// only all granted or all refused may be given for the whole.
struct Completion
{
    Outcome outcome = Outcome::Toegewezen;
    QList<RefusalGround> grounds;
    QString motivation;
    QString granted;
    QList<TypeDecision> decisions;
    bool directMarketing = false;
    QList<DataCategory> changedData;
    // Against direct marketing (art. 21(3)) the newsletter and marketing always stop.
    QList<ObjectionPart> objection;
    QString noIdentificationReason;
    QDate answered;
    QString answerChannel;
};

struct CaseDeadlines
{
    Deadlines all;
    QDate current; // effective, or effective extended when validly extended
    Binding currentBinding = Binding::Legal;
    bool extensionLegallyLate = false; // notice sent after the one-month legal deadline
    // Told after the own deadline: that is not extended and was not met, whatever the law allows.
    bool extensionAfterOwnDeadline = false;
    // Under a policy without its own extension the law's extension moves only the legal deadline.
    bool extensionBeyondOwnPolicy = false;
};

CaseDeadlines deadlinesFor(const Case &c, const DeadlinePolicy &policy);

// The law's clock and the organisation's, kept apart, on the answer's day or today; 0: in time.
struct Lateness
{
    int legalDays = 0;
    int policyDays = 0;
    QDate legalDeadline;
    QDate policyDeadline;

    static Lateness of(const Case &c, const CaseDeadlines &deadlines, QDate today);
    bool late() const { return legalDays > 0 || policyDays > 0; }
    QString text() const;
};

// Each check returns why an action is not allowed (translated), or empty.
class CaseWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CaseWorkflow)
public:
    static QString checkRequestIdentification(const Case &c, QDate requested, QDate today);
    static QString checkReceiveIdentification(const Case &c, QDate received, QDate today);
    static QString checkRequestMandate(const Case &c, QDate requested, QDate today);
    // No pause (never "0 days") for a mandate received with the request or on the day asked.
    static QString mandatePauseText(const Case &c, const Deadlines &d);
    static QString checkReceiveMandate(const Case &c, QDate received, QDate today);
    static QString checkExtend(const Case &c, const QString &reason, QDate notified, QDate today);
    static QString checkComplete(const Case &c, const Completion &completion, QDate today);
    static QString checkReopen(const Case &c, const QString &reason);
    static QString checkNote(const Case &c, const QString &text);
    static QString checkReceived(QDate received, QDate today);
    static QDate earliestReceipt() { return { 1990, 1, 1 }; }

    static CaseState stateAfter(Outcome outcome);
    static bool needsGrounds(Outcome outcome);
    static bool needsMotivation(Outcome outcome);
    // Withdrawn and inadmissible requests are not decided on: they need no reason.
    static bool needsIdentificationReason(const Case &c, Outcome outcome);
    static bool needsGranted(Outcome outcome);
    static bool mayTellGranted(Outcome outcome);
    static bool changesData(RequestType type);
    static bool changesData(const Case &c, const Completion &done);
    static bool decides(Outcome outcome);
    static QString checkObjection(const Case &c, const Completion &done);
    static bool againstMarketing(const Completion &done);
    // Direct marketing is absolute (art. 21(3)); a mixed objection may still be refused for the
    // rest under art. 21(1).
    static bool onlyAbsolute(const Completion &done);
    static bool weighedPart(const QList<ObjectionPart> &parts);

    // Empty with *problem when it cannot be recorded, or without one when nothing is decided.
    static QList<TypeDecision> decisionsFor(const Case &c, const Completion &done,
                                            QString *problem);
    // Before schema 15 the single outcome applies to each kind; empty for a partial grant then.
    static QList<TypeDecision> decisionsOf(const Case &c);
    static bool shownPerKind(const QList<TypeDecision> &decisions);
    static Outcome summary(const QList<TypeDecision> &decisions);

private:
    static QList<TypeDecision> wholeDecisions(const Case &c, const Completion &done,
                                              QString *problem);
    static QList<TypeDecision> perKindDecisions(const Case &c, const Completion &done,
                                                QString *problem);
    static bool checkDecision(TypeDecision &d, bool combined, bool onlyAbsolute, QString *problem);
};

} // namespace pd
