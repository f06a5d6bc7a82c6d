#include "breaches/BreachService.h"

#include "store/Store.h"

namespace pd {

namespace {

ServiceError notYet()
{
    return { ServiceError::Code::Storage, QStringLiteral("not implemented yet"), {} };
}

} // namespace

BreachService::BreachService(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

QString BreachService::validate(const Breach &, const QDateTime &)
{
    return {};
}
QStringList BreachService::missingForClose(const Breach &)
{
    return {};
}
std::optional<Breach> BreachService::add(const Breach &, bool, ServiceError *error)
{
    *error = notYet();
    return std::nullopt;
}
bool BreachService::update(const Breach &, bool, ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::assess(const QString &, const BreachAssessment &, bool, ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::recordApDecision(const QString &, bool, const QString &, bool,
                                     ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::recordSubjectsDecision(const QString &, bool, const QString &, bool,
                                           ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::notifyAp(const QString &, const QDateTime &, const QString &, const QString &,
                             bool, ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::addFollowUp(const QString &, const BreachFollowUp &, bool, ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::notifySubjects(const QString &, const BreachSubjectsNotice &, bool,
                                   ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::recordPublicNotice(const QString &, QDate, const QString &, const QString &,
                                       bool, ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::markPersonInformed(const QString &, qint64, QDate, ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::linkPersons(const QString &, const QList<qint64> &, ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::close(const QString &, ServiceError *error)
{
    *error = notYet();
    return false;
}
bool BreachService::reopen(const QString &, ServiceError *error)
{
    *error = notYet();
    return false;
}
std::optional<Breach> BreachService::get(const QString &, ServiceError *error) const
{
    if (error)
        *error = notYet();
    return std::nullopt;
}
QList<Breach> BreachService::list(const BreachFilter &, ServiceError *error) const
{
    if (error)
        *error = notYet();
    return {};
}
QList<Breach> BreachService::ownReports(ServiceError *error) const
{
    if (error)
        *error = notYet();
    return {};
}
BreachFigures BreachService::figures(const QDateTime &, ServiceError *error) const
{
    if (error)
        *error = notYet();
    return {};
}

} // namespace pd
