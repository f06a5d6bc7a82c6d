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

// What a file kept with a request is: the request itself as it arrived (the e-mail, the letter,
// the scan of the web form), the representative's mandate, or later correspondence.
enum class AttachmentKind { Origineel, Machtiging, Correspondentie };

// A file kept with a request, inside the encrypted store (table case_attachments): never beside
// it, never in a temporary file. Its SHA-256 (hex, over the bytes as received) and size are the
// fingerprint the dossier and the inzage report print. Destroying the request files (retention)
// removes the bytes and the name and keeps kind, size, fingerprint and dates as proof.
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
    // An e-mail to read with MailFile: an .eml or an Outlook .msg.
    bool isMail() const
    {
        return mediaType == QLatin1String("message/rfc822")
            || mediaType == QLatin1String("application/vnd.ms-outlook");
    }
};

// A file to keep with a request (at intake or later).
struct NewAttachment
{
    QString name; // the file's own name, without a folder
    QByteArray content;
    AttachmentKind kind = AttachmentKind::Origineel;
    // The officer says the file is a copy of an identity document: always refused.
    bool identityDocument = false;
    // The officer confirmed that a file whose name looks like an identity document is not one
    // (AttachmentService::identityDocumentHint); recorded in the audit event.
    bool confirmedNotIdentityDocument = false;
};

// That and how identity was checked, by whom and when — never the document or its number.
struct Identification
{
    QDate requested;
    QDate received;
    std::optional<IdMethod> method;
    QString verifiedBy;
    std::optional<bool> succeeded;
};

// A representative's mandate: asked for and received, by day. While a request with a
// representative has none, its only letter is the request for it, and its deadline waits.
struct Mandate
{
    QDate requested;
    QDate received;
};

// The decision on one kind of a request. A combined request (inzage and verwijdering) is decided
// per kind: each with its own outcome, grounds and reasons. A partial grant also says
// what was done ("granted": for an erasure what was erased, for an inzage what the person
// receives); its reasons say what is not done, or kept, and why. A full grant may say what was
// done as well: a rectification's old → new value per item, what was erased or
// restricted, the lists an objection stopped.
struct TypeDecision
{
    RequestType type = RequestType::Overig;
    Outcome outcome = Outcome::Toegewezen; // toegewezen, deels-toegewezen or afgewezen
    QList<RefusalGround> grounds;
    QString motivation;
    QString granted;

    bool operator==(const TypeDecision &other) const = default;
};

// One thing an objection (art. 21 GDPR) was about, and whether the processing stopped:
// the letter names each, never a fixed "reclame en aanbiedingen".
struct ObjectionPart
{
    ObjectionSubject subject = ObjectionSubject::Overig;
    QString text; // Overig: what it was about, in words
    bool stopped = true; // false: it goes on (the reasons say why)

    // Marketing (the newsletter, advertising by mail or phone): art. 21(3) makes an objection to
    // it absolute. Everything else (surveys, the bailiff, the nuisance register ...) is weighed
    // under art. 21(1).
    bool marketing() const
    {
        return subject == ObjectionSubject::Nieuwsbrief || subject == ObjectionSubject::ReclameMail
            || subject == ObjectionSubject::ReclameTelefoon;
    }

    bool operator==(const ObjectionPart &other) const = default;
};

// The controller a portability export goes to directly (art. 20(2) GDPR), as the data
// subject named it: the export is then made for it and recorded on the request's trail.
struct ReceivingController
{
    QString name;
    QString address; // postal address or e-mail
    bool isEmpty() const { return name.trimmed().isEmpty(); }
    bool operator==(const ReceivingController &other) const = default;
};

// One data-subject request from receipt to completion.
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
    // The representative's postal address, one line ("Dorpsstraat 3, 6582 AB Heumen"):
    // letters of a representative's request go there.
    QString representativeAddress;
    // The organisation the representative works for ("Bewindvoering
    // Salland") and in what capacity they act; both empty without a representative.
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
    // The reasons of the decision in words (art. 12(4) GDPR): always for a refusal or a
    // partial grant.
    QString motivation;
    // An objection (art. 21) against direct marketing: absolute, art. 21(1) cannot refuse it.
    bool directMarketing = false;
    // The data a rectification, erasure or restriction changed, as the registers' data
    // categories (schema 28): art. 19 GDPR asks only the recipients whose disclosures
    // of the person include one of them. Empty when not recorded (before schema 28).
    QList<DataCategory> changedData;
    // What an objection was about, each decided (schema 28); empty when not recorded.
    QList<ObjectionPart> objection;
    // Portability straight to another controller (art. 20(2)); empty: to the data subject.
    ReceivingController transmitTo;
    // Why the request was decided although no identification was recorded ("bekende
    // betrokkene, teruggebeld op het bekende nummer").
    QString noIdentificationReason;
    // The decision per kind as stored (table case_decisions, schema 15); empty while open, for
    // a request withdrawn or not dealt with, and for requests decided before schema 15. Read
    // them through CaseWorkflow::decisionsOf, which also derives them for older requests.
    QList<TypeDecision> decisions;
    QDate answeredOn;
    QString answerChannel;
    QDateTime closedAt;
    // Read through a KCC CaseScope: only the intake fields above are filled (see
    // pd::intakeFields); the rest is empty because it was not to be read, not because
    // the request has none.
    bool intakeOnly = false;
    // Raised by one with every change of the request (optimistic locking): a change
    // made on a copy of another version is refused (ServiceError::Conflict).
    int version = 0;

    DeadlineInput deadlineInput() const;
    // Made by a representative whose mandate has not been received.
    bool awaitsMandate() const;
};

// A request as a CaseScope (session/Access.h) lets it be read: the scope knows the rule, these
// know the request.
// Whether a loaded request lies in scope on today (the same rule as CaseScope::condition()).
bool inScope(const CaseScope &scope, const Case &request, QDate today);
// The request with only the intake fields left: number, person (name, customer number and
// contact as entered), types, channel, receipt, representative, description, callback number
// and state. Identification, extension, outcome, refusal grounds, answer and handler are emptied
// and intakeOnly is set (CaseService::deadlines still gives its deadline).
Case intakeFields(const Case &request);

// What completing a request records: the outcome, the grounds and reasons of any refusal,
// and when and how the answer was sent.
//
// A request of one kind is decided with outcome, grounds, motivation and granted. A request of
// several kinds is decided per kind in `decisions` (then outcome is their summary and grounds,
// motivation and granted stay empty); only "all granted" or "all refused" (each kind with a
// ground that fits it) may be given for the whole.
struct Completion
{
    Outcome outcome = Outcome::Toegewezen;
    QList<RefusalGround> grounds;
    // Required for a refusal or a partial grant (CaseWorkflow::needsMotivation).
    QString motivation;
    // Required for a partial grant: what was done (CaseWorkflow::needsGranted); a full grant may
    // say it too (CaseWorkflow::mayTellGranted).
    QString granted;
    QList<TypeDecision> decisions;
    // Only for an objection (art. 21): it is against direct marketing (art. 21(2) GDPR).
    bool directMarketing = false;
    // Only for a (partly) granted rectification, erasure or restriction: the data categories it
    // changed (Case::changedData); the same category twice is one.
    QList<DataCategory> changedData;
    // Only for an objection that is decided: what it was about, each stopped or not; all
    // stopped for a grant, none for a refusal, some for a partial grant. Against direct
    // marketing (art. 21(3)) the newsletter and marketing by post, e-mail or phone always stop.
    QList<ObjectionPart> objection;
    // Required when the request is decided without a recorded identification
    // (CaseWorkflow::needsIdentificationReason); refused otherwise.
    QString noIdentificationReason;
    QDate answered;
    QString answerChannel;
};

// The deadlines of one case under a policy, and the one that counts now.
struct CaseDeadlines
{
    Deadlines all;
    QDate current; // effective, or effective extended when validly extended
    Binding currentBinding = Binding::Legal;
    bool extensionLegallyLate = false; // notice sent after the one-month legal deadline
    // Notice sent after the organisation's own deadline (ieder1: "Ook in dat geval
    // zullen wij u tijdig op de hoogte stellen"): the own deadline is not extended and was not
    // met, whatever the law's month allows; the own clock counts from the own deadline.
    bool extensionAfterOwnDeadline = false;
    // Extended within the legal month under a policy without an extension of its own ("binnen
    // vier weken"): the law's extension moved the legal deadline only; the own term is not
    // extended and not met, a departure from the organisation's own policy.
    bool extensionBeyondOwnPolicy = false;
};

CaseDeadlines deadlinesFor(const Case &c, const DeadlinePolicy &policy);

// How late a request is against each clock, kept apart: the law's (one month, three
// after a valid extension) and the organisation's own policy (with its own extension, which a
// policy "binnen vier weken" may not have). Measured on the day of the answer, or on `today`
// while the request is open; 0 means in time.
struct Lateness
{
    int legalDays = 0;
    int policyDays = 0;
    // The deadlines measured against: the legal one (three months after a valid extension) and
    // the own one (with the policy's extension once extended).
    QDate legalDeadline;
    QDate policyDeadline;

    static Lateness of(const Case &c, const CaseDeadlines &deadlines, QDate today);
    bool late() const { return legalDays > 0 || policyDays > 0; }
    // "wettelijk 12 dagen te laat; eigen termijn 44 dagen te laat" (translated); only the clocks
    // that are late, empty when none is.
    QString text() const;
};

// The state machine of a case, as pure functions: each check returns why an action is not
// allowed (translated, one sentence), or an empty string.
class CaseWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CaseWorkflow)
public:
    static QString checkRequestIdentification(const Case &c, QDate requested, QDate today);
    static QString checkReceiveIdentification(const Case &c, QDate received, QDate today);
    // Only a request with a representative, open; asked for not before receipt nor in
    // the future; received not before it was asked for, once.
    static QString checkRequestMandate(const Case &c, QDate requested, QDate today);
    // What the mandate does to the deadline, in a sentence (translated) for the desk, the
    // dossier and the CLI; empty for a request without a representative, and for a mandate
    // received with the request or on the day it was asked for (no pause: never "0 days").
    static QString mandatePauseText(const Case &c, const Deadlines &d);
    static QString checkReceiveMandate(const Case &c, QDate received, QDate today);
    static QString checkExtend(const Case &c, const QString &reason, QDate notified, QDate today);
    static QString checkComplete(const Case &c, const Completion &completion, QDate today);
    static QString checkReopen(const Case &c, const QString &reason);
    static QString checkNote(const Case &c, const QString &text);
    // A date of receipt: given, not after today, not before earliestReceipt.
    static QString checkReceived(QDate received, QDate today);
    static QDate earliestReceipt() { return { 1990, 1, 1 }; }

    // Completing with "ingetrokken" or "niet-ontvankelijk" ends in that state; every other
    // outcome ends in Afgerond.
    static CaseState stateAfter(Outcome outcome);
    // A refusal, in whole or in part, must name its grounds.
    static bool needsGrounds(Outcome outcome);
    // ... and state its reasons in words (art. 12(4) GDPR: "de redenen").
    static bool needsMotivation(Outcome outcome);
    // A decision on the request itself (granted, partly or not) while no identification was
    // received and no method recorded: the officer says why identity was not in doubt.
    // Withdrawn and inadmissible requests are not decided on, so they need no reason.
    static bool needsIdentificationReason(const Case &c, Outcome outcome);
    // A partial grant says what was done for the part that is granted.
    static bool needsGranted(Outcome outcome);
    // ... and a full grant may say it (a rectification's old → new value).
    static bool mayTellGranted(Outcome outcome);
    // A rectification, erasure or restriction: art. 19 GDPR applies once it is (partly) granted.
    static bool changesData(RequestType type);
    // The completion (partly) grants such a kind: it may name the data that changed.
    static bool changesData(const Case &c, const Completion &done);
    // A decision on the request itself, not its withdrawal or an identity never established.
    static bool decides(Outcome outcome);
    // Why the objection's subjects cannot be recorded with this completion (translated), or
    // empty.
    static QString checkObjection(const Case &c, const Completion &done);
    // The objection is against direct marketing: marked so, or one of its subjects is
    // marketing (art. 21(2) GDPR), whatever else it is about.
    static bool againstMarketing(const Completion &done);
    // Only direct marketing is objected to: art. 21(3) makes all of it absolute, so art. 21(1)
    // refuses none of it. A mixed objection (the newsletter and the bailiff) may still be
    // refused under art. 21(1) for its other part.
    static bool onlyAbsolute(const Completion &done);
    // One of the subjects is not marketing, so it is weighed under art. 21(1).
    static bool weighedPart(const QList<ObjectionPart> &parts);

    // The decisions per kind a completion records for this request, one per kind in the order
    // of the kinds; *problem (translated) says why the completion cannot be recorded, and the
    // list is then empty. Empty without a problem for an outcome that decides nothing.
    static QList<TypeDecision> decisionsFor(const Case &c, const Completion &done,
                                            QString *problem);
    // The decisions per kind of a completed request: as stored, or for a request decided before
    // schema 15 its single outcome applied to each kind (a refusal with the grounds that fit
    // the kind). Empty when nothing was decided, or when a combined request was partly granted
    // before schema 15 (its parts were never recorded).
    static QList<TypeDecision> decisionsOf(const Case &c);
    // The decision is shown per kind: kinds decided differently, or a partial grant that says
    // what was done.
    static bool shownPerKind(const QList<TypeDecision> &decisions);
    // All granted: granted; all refused: refused; anything else: partly granted.
    static Outcome summary(const QList<TypeDecision> &decisions);

private:
    // decisionsFor's steps: the decisions of a completion given for the whole request, or
    // given per kind (each kind decided once, their sum the request's outcome); then each
    // decision's grounds, reasons and what was done checked (its grounds made unique).
    static QList<TypeDecision> wholeDecisions(const Case &c, const Completion &done,
                                              QString *problem);
    static QList<TypeDecision> perKindDecisions(const Case &c, const Completion &done,
                                                QString *problem);
    static bool checkDecision(TypeDecision &d, bool combined, bool onlyAbsolute, QString *problem);
};

} // namespace pd
