// The retention planner's codes and labels (RetentionCodes, see Retention.h): of triggers,
// states and period units, as stored (Dutch codes) and as shown (translated); and what a rule
// and a count of derived terms say of themselves.

#include "terms/RetentionTerms.h"

#include <QJsonObject>

namespace pd {

QString RetentionCodes::code(RetentionTrigger value)
{
    switch (value) {
    case RetentionTrigger::EndOfTenancy:
        return QStringLiteral("einde-huurovereenkomst");
    case RetentionTrigger::EndOfRegistration:
        return QStringLiteral("einde-inschrijving");
    case RetentionTrigger::RequestCompleted:
        return QStringLiteral("afronding-verzoek");
    case RetentionTrigger::EndOfApplication:
        return QStringLiteral("einde-sollicitatieprocedure");
    case RetentionTrigger::Recording:
        return QStringLiteral("opname");
    case RetentionTrigger::Other:
        return QStringLiteral("overig");
    case RetentionTrigger::EndOfRelation:
        return QStringLiteral("einde-relatie");
    case RetentionTrigger::EndOfFiscalYear:
        return QStringLiteral("einde-boekjaar");
    }
    return {};
}

QString RetentionCodes::code(RetentionState value)
{
    switch (value) {
    case RetentionState::Active:
        return QStringLiteral("actief");
    case RetentionState::ExpiringSoon:
        return QStringLiteral("verloopt-binnenkort");
    case RetentionState::Expired:
        return QStringLiteral("verlopen");
    case RetentionState::Destroyed:
        return QStringLiteral("vernietigd");
    case RetentionState::LegalHold:
        return QStringLiteral("bewaarplicht");
    }
    return {};
}

QList<RetentionTrigger> RetentionCodes::allTriggers()
{
    return { RetentionTrigger::EndOfRelation,    RetentionTrigger::EndOfFiscalYear,
             RetentionTrigger::EndOfTenancy,     RetentionTrigger::EndOfRegistration,
             RetentionTrigger::RequestCompleted, RetentionTrigger::EndOfApplication,
             RetentionTrigger::Recording,        RetentionTrigger::Other };
}

std::optional<RetentionTrigger> RetentionCodes::trigger(QStringView text)
{
    for (RetentionTrigger value : allTriggers())
        if (text == code(value))
            return value;
    return std::nullopt;
}

QString RetentionCodes::label(RetentionTrigger value)
{
    switch (value) {
    case RetentionTrigger::EndOfTenancy:
        return tr("end of tenancy");
    case RetentionTrigger::EndOfRegistration:
        return tr("end of registration");
    case RetentionTrigger::RequestCompleted:
        return tr("request completed");
    case RetentionTrigger::EndOfApplication:
        return tr("end of application procedure");
    case RetentionTrigger::Recording:
        return tr("recording");
    case RetentionTrigger::Other:
        return tr("other event");
    case RetentionTrigger::EndOfRelation:
        return tr("end of the relation");
    case RetentionTrigger::EndOfFiscalYear:
        return tr("end of the fiscal year in which the relation ended");
    }
    return {};
}

QString RetentionCodes::label(RetentionState value)
{
    switch (value) {
    case RetentionState::Active:
        return tr("Active");
    case RetentionState::ExpiringSoon:
        return tr("Expiring soon");
    case RetentionState::Expired:
        return tr("Expired: to be destroyed");
    case RetentionState::Destroyed:
        return tr("Destroyed");
    case RetentionState::LegalHold:
        return tr("Legal hold");
    }
    return {};
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
        : RetentionCodes::label(trigger);
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
