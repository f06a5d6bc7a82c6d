#pragma once

#include "breaches/Breach.h"
#include "domain/BsnGuard.h"
#include "letters/LetterKind.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class UnitOfWork;

struct RenderedBreachLetter
{
    QString breachNumber;
    qint64 personId = 0;
    LetterKind kind = LetterKind::KennisgevingDatalek;
    QString html; // a fragment for QTextDocument: Dutch, values escaped, no {{ left
    QString title; // Dutch: "Kennisgeving datalek DL-2026-0001"
    QDate date;
    QString warning; // what the officer should know (the decision does not ask for it, ...)
    QList<BsnFinding> bsnFindings; // in the letter's text, masked: recording needs an override
};

struct BreachLetter
{
    qint64 id = 0;
    QString breachNumber;
    qint64 personId = 0;
    LetterKind kind = LetterKind::KennisgevingDatalek;
    QString html; // empty once destroyed
    QString sha256; // hex, over the UTF-8 text: the same as in the breach.letter audit event
    QDateTime generatedAt; // UTC
    QString generatedBy;
    bool destroyed = false;
    QDate sentOn; // made is not sent: the day it went out, once recorded
    QString sentHow;

    bool isSent() const { return sentOn.isValid(); }
    QString title() const; // Dutch, as printed
};

// The art. 34 AVG letter to each person linked to a breach. Reading and rendering need
// Permission::ViewRegisters; recording EditRegisters.
class BreachLetterService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BreachLetterService)
public:
    explicit BreachLetterService(const Session &session);

    static QHash<QString, QString> values(const Breach &breach,
                                          const OrganisationDetails &organisation);
    // Translated, naming what art. 34(2) requires and the breach lacks; empty when complete.
    static QString contentRefusal(const Breach &breach);
    // A warning when the letter falls back to the texts written for the AP, or empty.
    static QString reusedApTexts(const Breach &breach);

    // As it would be sent today; nothing is recorded.
    std::optional<RenderedBreachLetter> render(const QString &number, qint64 personId,
                                               ServiceError *error) const;
    // Rendered again and compared: refused when the text changed since it was shown.
    std::optional<BreachLetter> record(const RenderedBreachLetter &letter, BsnCheck bsnCheck,
                                       ServiceError *error);
    std::optional<BreachLetter> generate(const QString &number, qint64 personId, BsnCheck bsnCheck,
                                         ServiceError *error);
    // Once per letter; marks the person informed in the same transaction.
    bool recordDispatch(const QString &number, qint64 letterId, QDate sentOn, const QString &how,
                        BsnCheck bsnCheck, ServiceError *error);
    QList<BreachLetter> letters(const QString &number, ServiceError *error = nullptr) const;
    // Every letter of the breach made and not yet sent (its text not destroyed), as
    // recordDispatch records one, together or not at all; how many.
    std::optional<int> recordDispatchAll(const QString &number, QDate sentOn, const QString &how,
                                         BsnCheck bsnCheck, ServiceError *error);

private:
    // recordDispatch's checks of the letter and its write, in unit (permitted and guarded).
    bool dispatch(UnitOfWork &unit, const QString &number, const BreachLetter &letter, QDate sentOn,
                  const QString &how, ServiceError *error);

    Session m_session;
};

} // namespace pd
