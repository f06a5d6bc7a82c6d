#pragma once

#include "cases/CaseCodes.h"
#include "domain/DeadlineCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// A data subject. There is no BSN field and there never will be (art. 46 UAVG).
struct Person
{
    qint64 id = 0;
    QString name;
    Relation relation = Relation::Overig;
    QString klantnummer;
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;
    QString phone;
    QString email;
    QDate relationEnd;
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

// One data-subject request from receipt to completion.
struct Case
{
    qint64 id = 0;
    QString number; // AVG-YYYY-NNNN
    Person person;
    QList<RequestType> types;
    Channel channel = Channel::Email;
    QDate receivedDate; // the calendar day of receipt: the deadlines count from here
    QDateTime receivedAt; // UTC, when the time is known
    QString receivedBy;
    QString representative;
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
    QDate answeredOn;
    QString answerChannel;
    QDateTime closedAt;
    // Read through a KCC CaseScope: only the intake fields above are filled (see
    // CaseScope::intakeFields); the rest is empty because it was not to be read, not because
    // the request has none.
    bool intakeOnly = false;

    DeadlineInput deadlineInput() const;
};

// The deadlines of one case under a policy, and the one that counts now.
struct CaseDeadlines
{
    Deadlines all;
    QDate current; // effective, or effective extended when validly extended
    Binding currentBinding = Binding::Legal;
    bool extensionLegallyLate = false; // notice sent after the one-month legal deadline
};

CaseDeadlines deadlinesFor(const Case &c, const DeadlinePolicy &policy);

// The state machine of a case, as pure functions: each check returns why an action is not
// allowed (translated, one sentence), or an empty string.
class CaseWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CaseWorkflow)
public:
    static QString checkRequestIdentification(const Case &c, QDate requested, QDate today);
    static QString checkReceiveIdentification(const Case &c, QDate received, QDate today);
    static QString checkExtend(const Case &c, const QString &reason, QDate notified, QDate today);
    static QString checkComplete(const Case &c, Outcome outcome,
                                 const QList<RefusalGround> &grounds, QDate answered, QDate today);
    static QString checkReopen(const Case &c, const QString &reason);
    static QString checkNote(const Case &c, const QString &text);

    // Completing with "ingetrokken" or "niet-ontvankelijk" ends in that state; every other
    // outcome ends in Afgerond.
    static CaseState stateAfter(Outcome outcome);
    // A refusal, in whole or in part, must name its grounds.
    static bool needsGrounds(Outcome outcome);
};

} // namespace pd
