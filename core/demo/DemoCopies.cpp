#include "demo/DemoCopies.h"

#include "documents/CompletionGate.h"
#include "documents/PersonExport.h"
#include "documents/PortabilityGate.h"
#include "registers/SystemChecklist.h"

namespace pd::demo {

DemoCopies::DemoCopies(const Session &session, FixedClock &clock, quint32 seed)
    : m_session(session)
    , m_clock(clock)
    , m_random(seed ^ 0xc0b1e5U)
{ }

std::optional<bool> DemoCopies::portable(Relation relation, ServiceError *error)
{
    if (const auto known = m_portable.find(relation); known != m_portable.end())
        return known->second;
    const std::optional<bool> holds = PortabilityGate::holdsData(m_session, relation, error);
    if (holds)
        m_portable[relation] = *holds;
    return holds;
}

void DemoCopies::next(QDateTime *last)
{
    *last = last->addSecs(60 + m_random.bounded(600));
    m_clock.set(*last);
}

bool DemoCopies::give(const Case &c, const Completion &done, QDateTime *last, ServiceError *error)
{
    const bool inzage = CompletionGate::grants(c, done, RequestType::Inzage);
    const bool files = CompletionGate::grants(c, done, RequestType::Overdraagbaarheid);
    if (!inzage && !files)
        return true;
    SystemChecklist checklist(m_session);
    const std::optional<QList<SystemCheck>> systems = checklist.of(c.number, error);
    if (!systems)
        return false;
    for (const SystemCheck &system : *systems) {
        if (system.searched)
            continue;
        next(last);
        SystemTick tick;
        tick.system = system.system;
        tick.result = SystemSearchResult::NietsGevonden;
        if (m_random.bounded(3) == 0) {
            tick.result = SystemSearchResult::ApartVerstrekt;
            tick.sentOn = done.answered;
        }
        if (!checklist.tick(c.number, tick, BsnCheck::Refuse, error))
            return false;
    }
    next(last);
    const std::optional<PersonReport> report
        = PersonReportLoader(m_session).load(c.person.id, error);
    if (!report)
        return false;
    PersonExportTargets targets;
    targets.forRequest = c.number;
    QList<std::pair<QString, QByteArray>> made;
    if (inzage) {
        targets.pdfPath = QStringLiteral("inzageoverzicht-%1.pdf").arg(c.number);
        made.append({ targets.pdfPath, "DEMO: fictief inzageoverzicht " + c.number.toLatin1() });
    }
    if (files) {
        targets.jsonPath = QStringLiteral("persoonsgegevens-%1.json").arg(c.number);
        made.append({ targets.jsonPath, PersonPortability::jsonFile(*report, m_clock.now()) });
    }
    if (!PersonExport(m_session).record(*report, targets, made, inzage ? 6 : 0, error))
        return false;
    next(last); // the answer after it
    return true;
}

} // namespace pd::demo
