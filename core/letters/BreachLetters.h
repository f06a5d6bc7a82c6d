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

class Store;

// A letter to a person concerned by a data breach, rendered and not (yet) recorded.
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

// A breach letter as recorded (table breach_letters).
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

// The letter "kennisgeving datalek" (art. 34 AVG): one per person linked to a data
// breach, from the organisation's template of that kind (LetterService::templateFor; the default
// is resources/letters/kennisgeving-datalek.html). It says in plain Dutch what happened, which
// data, the likely consequences, the measures taken and proposed, what the person can do and how
// to reach the data protection officer (art. 34(2) with art. 33(3)(b)-(d)). Recorded like the
// letters of a request: the text and its SHA-256 with a breach.letter audit event; the day it
// was sent is recorded on its own (breach.letter_sent), and that marks the person informed
// (BreachService::markPersonInformed) in the same transaction.
//
// Reading and rendering need Permission::ViewRegisters; recording EditRegisters.
class BreachLetterService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BreachLetterService)
public:
    explicit BreachLetterService(const Session &session);

    // The values of the breach's own placeholders (datalek.*, fg.contact), Dutch HTML. Pure.
    static QHash<QString, QString> values(const Breach &breach,
                                          const OrganisationDetails &organisation);
    // What the letter cannot do without (art. 34(2)): what happened, the likely consequences and
    // the measures; a translated sentence naming what is missing, or empty. Pure.
    static QString contentRefusal(const Breach &breach);
    // The warning when the letter falls back to the texts written for the AP: the
    // breach has no text of its own for the people about what happened or the consequences.
    // A translated sentence, or empty. Pure.
    static QString reusedApTexts(const Breach &breach);

    // The letter to this linked person as it would be sent today; nothing is recorded. Invalid
    // when the person is not linked, the breach lacks what the letter must say, or the
    // organisation's details are incomplete (LetterService::organisationRefusal).
    std::optional<RenderedBreachLetter> render(const QString &number, qint64 personId,
                                               ServiceError *error) const;
    // Records a rendered letter: rendered again and compared, so that what is recorded is what
    // was shown (changed meanwhile: refused, look again).
    std::optional<BreachLetter> record(const RenderedBreachLetter &letter, bool bsnOverride,
                                       ServiceError *error);
    // render() and record() in one.
    std::optional<BreachLetter> generate(const QString &number, qint64 personId, bool bsnOverride,
                                         ServiceError *error);
    // The letter went out on sentOn (not before it was made, not in the future) and how; once
    // per letter. Marks its person informed on that day in the same transaction.
    bool recordDispatch(const QString &number, qint64 letterId, QDate sentOn, const QString &how,
                        bool bsnOverride, ServiceError *error);
    // The breach's letters, oldest first. A read that fails (or is refused) sets *error.
    QList<BreachLetter> letters(const QString &number, ServiceError *error = nullptr) const;

private:
    Session m_session;
};

} // namespace pd
