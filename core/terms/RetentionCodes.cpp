// The retention planner's codes and labels (RetentionCodes, see Retention.h): of triggers,
// states and period units, as stored (Dutch codes) and as shown (translated); and what a rule
// and a count of derived terms say of themselves.

#include "terms/RetentionTerms.h"

#include <QJsonObject>

namespace pd {

namespace {

constexpr codes::Entry<RetentionTrigger> triggerTable[] = {
    { RetentionTrigger::EndOfRelation, "einde-relatie",
      QT_TRANSLATE_NOOP("pd::RetentionCodes", "end of the relation") },
    { RetentionTrigger::EndOfFiscalYear, "einde-boekjaar",
      QT_TRANSLATE_NOOP("pd::RetentionCodes",
                        "end of the fiscal year in which the relation ended") },
    { RetentionTrigger::EndOfTenancy, "einde-huurovereenkomst",
      QT_TRANSLATE_NOOP("pd::RetentionCodes", "end of tenancy") },
    { RetentionTrigger::EndOfRegistration, "einde-inschrijving",
      QT_TRANSLATE_NOOP("pd::RetentionCodes", "end of registration") },
    { RetentionTrigger::RequestCompleted, "afronding-verzoek",
      QT_TRANSLATE_NOOP("pd::RetentionCodes", "request completed") },
    { RetentionTrigger::EndOfApplication, "einde-sollicitatieprocedure",
      QT_TRANSLATE_NOOP("pd::RetentionCodes", "end of application procedure") },
    { RetentionTrigger::Recording, "opname", QT_TRANSLATE_NOOP("pd::RetentionCodes", "recording") },
    { RetentionTrigger::Other, "overig", QT_TRANSLATE_NOOP("pd::RetentionCodes", "other event") },
};

constexpr codes::Entry<RetentionState> stateTable[] = {
    { RetentionState::Active, "actief", QT_TRANSLATE_NOOP("pd::RetentionCodes", "Active") },
    { RetentionState::ExpiringSoon, "verloopt-binnenkort",
      QT_TRANSLATE_NOOP("pd::RetentionCodes", "Expiring soon") },
    { RetentionState::Expired, "verlopen",
      QT_TRANSLATE_NOOP("pd::RetentionCodes", "Expired: to be destroyed") },
    { RetentionState::Destroyed, "vernietigd",
      QT_TRANSLATE_NOOP("pd::RetentionCodes", "Destroyed") },
    { RetentionState::LegalHold, "bewaarplicht",
      QT_TRANSLATE_NOOP("pd::RetentionCodes", "Legal hold") },
};

} // namespace

template<> const codes::Vocabulary<RetentionTrigger> &codes::vocabulary<RetentionTrigger>()
{
    static constexpr codes::Vocabulary<RetentionTrigger> v { triggerTable, "pd::RetentionCodes" };
    return v;
}

template<> const codes::Vocabulary<RetentionState> &codes::vocabulary<RetentionState>()
{
    static constexpr codes::Vocabulary<RetentionState> v { stateTable, "pd::RetentionCodes" };
    return v;
}

QString RetentionCodes::label(RetentionUnit unit, int amount)
{
    switch (unit) {
    case RetentionUnit::Days:
        return tr("%n day(s)", nullptr, amount);
    case RetentionUnit::Weeks:
        return tr("%n week(s)", nullptr, amount);
    case RetentionUnit::Months:
        return tr("%n month(s)", nullptr, amount);
    case RetentionUnit::Years:
        return tr("%n year(s)", nullptr, amount);
    }
    return {};
}

QString RetentionRule::triggerText() const
{
    return isBreachRegister()
        ? QCoreApplication::translate("pd::RetentionService", "the breach was closed")
        : codes::label(trigger);
}

QString RetentionRule::periodText() const
{
    // 0 days: kept until the trigger itself, "zolang ingeschreven".
    if (period.amount == 0)
        //: Dutch: "tot %1" (a term of 0 days: "tot einde inschrijving")
        return QCoreApplication::translate("pd::RetentionService", "until %1").arg(triggerText());
    return QCoreApplication::translate("pd::RetentionService", "%1 after %2")
        .arg(RetentionCodes::label(period.unit, period.amount), triggerText());
}

bool RetentionRule::runsFromRelationEnd(RetentionTrigger trigger)
{
    switch (trigger) {
    case RetentionTrigger::EndOfRelation:
    case RetentionTrigger::EndOfFiscalYear:
    case RetentionTrigger::EndOfTenancy:
    case RetentionTrigger::EndOfRegistration:
    case RetentionTrigger::EndOfApplication:
        return true;
    case RetentionTrigger::RequestCompleted:
    case RetentionTrigger::Recording:
    case RetentionTrigger::Other:
        return false;
    }
    return false;
}

DerivedTerms &DerivedTerms::operator+=(const DerivedTerms &other)
{
    created += other.created;
    moved += other.moved;
    removed += other.removed;
    return *this;
}

QJsonObject DerivedTerms::toJson() const
{
    return { { QStringLiteral("terms_created"), created },
             { QStringLiteral("terms_moved"), moved },
             { QStringLiteral("terms_removed"), removed } };
}

RetentionState retentionStateOn(QDate expires, QDate on, int withinDays, bool held, bool destroyed)
{
    if (destroyed)
        return RetentionState::Destroyed;
    if (held)
        return RetentionState::LegalHold;
    if (expires <= on)
        return RetentionState::Expired;
    if (expires <= on.addDays(withinDays))
        return RetentionState::ExpiringSoon;
    return RetentionState::Active;
}

} // namespace pd
