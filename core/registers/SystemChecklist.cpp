#include "registers/SystemChecklist.h"

#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "domain/CodeTable.h"
#include "registers/DataSubjects.h"
#include "registers/SystemChecklistRepository.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace pd {

namespace {

// A refusal before the unit writes: nothing recorded, *error says why.
bool refuse(ServiceError *error, const ServiceError &why)
{
    *error = why;
    return false;
}

// What is wrong with a tick's result and day for request c (translated), or empty.
QString tickProblem(const Case &c, const SystemTick &tick, QDate today)
{
    const auto needsType = [&c](RequestType type) {
        return !c.types.contains(type);
    };
    if ((tick.result == SystemSearchResult::Gewist && needsType(RequestType::Verwijdering))
        || (tick.result == SystemSearchResult::Gecorrigeerd
            && needsType(RequestType::Rectificatie)))
        //: Dutch: "‘%1’ past niet bij dit verzoek: gewist hoort bij een verwijdering, gecorrigeerd bij een rectificatie."
        return SystemChecklist::tr("'%1' does not fit this request: erased goes with an "
                                   "erasure, corrected with a rectification.")
            .arg(codes::label(tick.result));
    if (tick.result == SystemSearchResult::NietDoorzoekbaar && tick.note.isEmpty())
        //: Dutch: "Zeg in een notitie waarom het systeem niet te doorzoeken is."
        return SystemChecklist::tr("Say in a note why the system could not be searched.");
    if (!tick.sentOn.isValid())
        return {};
    if (tick.result != SystemSearchResult::ApartVerstrekt)
        //: Dutch: "Een verzenddatum hoort bij ‘apart-verstrekt’: de gegevens zijn apart verstuurd."
        return SystemChecklist::tr("A day of sending goes with 'apart-verstrekt': the data were "
                                   "sent separately.");
    if (tick.sentOn > today)
        //: Dutch: "De dag waarop de gegevens apart zijn verstuurd, ligt in de toekomst."
        return SystemChecklist::tr("The day the data were sent separately lies in the future.");
    // A granted inzage was answered when its copy was complete (CompletionGate): nothing of it
    // can have gone after the answer's day.
    if (!isOpen(c.state) && c.answeredOn.isValid() && tick.sentOn > c.answeredOn
        && c.types.contains(RequestType::Inzage)
        && (c.outcome == Outcome::Toegewezen || c.outcome == Outcome::DeelsToegewezen))
        //: Dutch: "Het antwoord op deze inzage is gegeven op %1, met de kopie compleet: wat
        //: daarna is verstuurd, hoort daar niet bij. Heropen het verzoek om het antwoord te
        //: verplaatsen."
        return SystemChecklist::tr("This inzage was answered on %1, with the copy complete: what "
                                   "was sent afterwards is not part of it. Reopen the request "
                                   "to move the answer.")
            .arg(QLocale().toString(c.answeredOn, QLocale::ShortFormat));
    if (c.receivedDate.isValid() && tick.sentOn < c.receivedDate)
        //: Dutch: "De dag waarop de gegevens apart zijn verstuurd, ligt vóór de ontvangst van het verzoek."
        return SystemChecklist::tr("The day the data were sent separately lies before the "
                                   "request was received.");
    return {};
}

constexpr codes::Entry<SystemSearchResult> resultTable[] = {
    //: Dutch: "Niets gevonden"
    { SystemSearchResult::NietsGevonden, "niets-gevonden",
      QT_TRANSLATE_NOOP("pd::SystemChecklist", "Nothing found") },
    //: Dutch: "Gegevens gevonden (apart te versturen)"
    { SystemSearchResult::Gevonden, "gevonden",
      QT_TRANSLATE_NOOP("pd::SystemChecklist", "Data found (to be sent separately)") },
    //: Dutch: "Gegevens apart verstrekt"
    { SystemSearchResult::ApartVerstrekt, "apart-verstrekt",
      QT_TRANSLATE_NOOP("pd::SystemChecklist", "Data provided separately") },
    //: Dutch: "Gegevens gewist"
    { SystemSearchResult::Gewist, "gewist",
      QT_TRANSLATE_NOOP("pd::SystemChecklist", "Data erased") },
    //: Dutch: "Gegevens gecorrigeerd"
    { SystemSearchResult::Gecorrigeerd, "gecorrigeerd",
      QT_TRANSLATE_NOOP("pd::SystemChecklist", "Data corrected") },
    //: Dutch: "Niet te doorzoeken (zie notitie)"
    { SystemSearchResult::NietDoorzoekbaar, "niet-doorzoekbaar",
      QT_TRANSLATE_NOOP("pd::SystemChecklist", "Could not be searched (see note)") },
};

} // namespace

template<> const codes::Vocabulary<SystemSearchResult> &codes::vocabulary<SystemSearchResult>()
{
    static constexpr codes::Vocabulary<SystemSearchResult> v { resultTable, "pd::SystemChecklist" };
    return v;
}

SystemChecklist::SystemChecklist(const Session &session)
    : m_session(session)
{ }

bool SystemChecklist::applies(const Case &c)
{
    return std::any_of(c.types.cbegin(), c.types.cend(), [](RequestType type) {
        return type == RequestType::Inzage || type == RequestType::Verwijdering
            || type == RequestType::Rectificatie || type == RequestType::Overdraagbaarheid;
    });
}

QList<SystemCheck> SystemChecklist::derive(const QList<ProcessingActivity> &activities,
                                           Relation relation, const QList<SystemCheck> &ticked)
{
    // Every system for a person of another relation; else the activities whose subjects name
    // the relation, the way the inzage report finds them ("huurders en bezoekers" too).
    const auto matches = [relation](const ProcessingActivity &a) {
        return relation == Relation::Overig || DataSubjects::concerns(a.subjects, relation);
    };
    QList<SystemCheck> list;
    const auto find = [&list](const QString &system) {
        return std::find_if(list.begin(), list.end(), [&system](const SystemCheck &c) {
            return c.system.compare(system, Qt::CaseInsensitive) == 0;
        });
    };
    for (const ProcessingActivity &a : activities) {
        if (!matches(a))
            continue;
        for (const QString &system : a.systems) {
            auto it = find(system);
            if (it == list.end()) {
                SystemCheck check;
                check.system = system;
                list.append(check);
                it = std::prev(list.end());
            }
            it->activities << a.subCode;
        }
    }
    for (const SystemCheck &tick : ticked) {
        auto it = find(tick.system);
        if (it == list.end()) {
            list.append(tick);
            continue;
        }
        const QStringList activitiesOfIt = it->activities;
        *it = tick;
        it->system = tick.system;
        it->activities = activitiesOfIt;
    }
    return list;
}

std::optional<Case> SystemChecklist::load(const QString &number, ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewAllCases, QStringLiteral("case.systems"), number, error))
        return std::nullopt;
    return CaseService(m_session).find(number, error);
}

std::optional<QList<SystemCheck>> SystemChecklist::of(const QString &number,
                                                      ServiceError *error) const
{
    const std::optional<Case> c = load(number, error);
    if (!c)
        return std::nullopt;
    if (!applies(*c))
        return QList<SystemCheck>();
    // In register order (A.1 before A.10), as the register lists them.
    ServiceError failure;
    const QList<ProcessingActivity> activities = ProcessingRegister(m_session).list(&failure);
    if (failure.isError()) {
        *error = failure;
        return std::nullopt;
    }
    auto ticked = SystemChecklistRepository::ofCase(m_session.store().database(), c->id, error);
    if (!ticked)
        return std::nullopt;
    if (std::any_of(ticked->cbegin(), ticked->cend(), [](auto &t) { return t.attachmentId > 0; })) {
        const auto files = AttachmentService(m_session).list(number, error);
        if (!files)
            return std::nullopt;
        for (SystemCheck &tick : *ticked) {
            for (const Attachment &file : *files) {
                if (file.id == tick.attachmentId)
                    tick.attachmentName = file.name;
            }
        }
    }
    return derive(activities, c->person.relation, *ticked);
}

std::optional<QStringList> SystemChecklist::open(const QString &number, ServiceError *error) const
{
    const std::optional<Case> c = load(number, error);
    if (!c)
        return std::nullopt;
    if (!isOpen(c->state))
        return QStringList(); // completed: nothing left to warn about
    const auto list = of(number, error);
    if (!list)
        return std::nullopt;
    QStringList systems;
    for (const SystemCheck &check : *list) {
        if (!check.searched)
            systems << check.system;
    }
    return systems;
}

bool SystemChecklist::tick(const QString &number, const SystemTick &given, BsnCheck bsnCheck,
                           ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("case.system_searched"),
                    number);
    if (!unit.permit(error))
        return false;
    const std::optional<Case> c = CaseService(m_session).find(number, error);
    if (!c)
        return false;
    const auto list = of(number, error);
    if (!list)
        return false;
    SystemTick tick = given;
    tick.note = tick.note.trimmed();
    const SystemCheck *before = nullptr;
    if (!check(*c, *list, &tick, &before, error))
        return false;
    return write(unit, *c, tick, *before, bsnCheck, error);
}

bool SystemChecklist::recordSent(const QString &number, const QString &system, QDate day,
                                 ServiceError *error)
{
    // What the tick keeps (the note and file) is read here; tick() reads the request and its list
    // again under the unit of work and checks the rest.
    const auto list = of(number, error);
    if (!list)
        return false;
    const auto it = std::find_if(list->cbegin(), list->cend(), [&system](const SystemCheck &s) {
        return s.system.compare(system.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (it != list->cend()
        && (!it->searched
            || (it->result != SystemSearchResult::Gevonden
                && it->result != SystemSearchResult::ApartVerstrekt)))
        //: Dutch: "In ‘%1’ zijn geen gegevens gevonden die apart verstuurd konden worden: vink het eerst af met ‘gevonden’."
        return refuse(error,
                      support::invalid(tr("'%1' holds no data found to be sent separately: tick "
                                          "it as 'gevonden' first.")
                                           .arg(it->system)));
    SystemTick tick { system, SystemSearchResult::ApartVerstrekt, {}, 0, day };
    if (it != list->cend()) {
        tick.note = it->note;
        tick.attachmentId = it->attachmentId;
    }
    return this->tick(number, tick, BsnCheck::Refuse, error);
}

bool SystemChecklist::check(const Case &c, const QList<SystemCheck> &list, SystemTick *tick,
                            const SystemCheck **found, ServiceError *error) const
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&tick](const SystemCheck &s) {
        return s.system.compare(tick->system.trimmed(), Qt::CaseInsensitive) == 0;
    });
    QStringList names;
    for (const SystemCheck &check : list)
        names << check.system;
    if (!applies(c))
        //: Dutch: "Alleen een inzage, verwijdering, rectificatie of overdraagbaarheid heeft een
        //: lijst van systemen."
        return refuse(error,
                      support::invalid(tr("Only an inzage, erasure, rectification or portability "
                                          "has a list of systems to search.")));
    // The day the data went may follow the answer; nothing else of a completed list.
    const bool onlySent = tick->sentOn.isValid() && it != list.cend() && it->searched
        && (it->result == SystemSearchResult::Gevonden
            || it->result == SystemSearchResult::ApartVerstrekt)
        && tick->note == it->note && tick->attachmentId == it->attachmentId;
    if (!isOpen(c.state) && !onlySent)
        //: Dutch: "Verzoek %1 is afgerond: heropen het eerst."
        return refuse(
            error, support::invalid(tr("Request %1 is completed: reopen it first.").arg(c.number)));
    // The systems that are on the list, or that there are none: never "()" (seed 000).
    if (it == list.cend() && names.isEmpty())
        //: Dutch: "Systeem ‘%1’ staat niet op de lijst van dit verzoek: het register van verwerkingen noemt geen systemen voor betrokkenen met deze relatie."
        return refuse(error,
                      support::invalid(tr("System '%1' is not on this request's list: the "
                                          "register of processing activities names no systems "
                                          "for data subjects with this relation.")
                                           .arg(tick->system)));
    if (it == list.cend())
        //: Dutch: "Systeem ‘%1’ staat niet op de lijst van dit verzoek (%2)."
        return refuse(error,
                      support::invalid(tr("System '%1' is not on this request's list (%2).")
                                           .arg(tick->system, names.join(QStringLiteral(", ")))));
    tick->system = it->system;
    *found = &*it;
    if (const QString why = tickProblem(c, *tick, m_session.clock().today()); !why.isEmpty())
        return refuse(error, support::invalid(why));
    if (tick->attachmentId > 0) {
        const auto files = AttachmentService(m_session).list(c.number, error);
        if (!files)
            return false;
        if (std::none_of(files->cbegin(), files->cend(), [&tick](const Attachment &f) {
                return f.id == tick->attachmentId && !f.isDestroyed();
            }))
            //: Dutch: "Verzoek %1 heeft geen bestand %2 (case attachments toont ze)."
            return refuse(error,
                          support::invalid(tr("Request %1 has no file %2 (case attachments "
                                              "lists them).")
                                               .arg(c.number)
                                               .arg(tick->attachmentId)));
    }
    return true;
}

bool SystemChecklist::write(UnitOfWork &unit, const Case &c, const SystemTick &tick,
                            const SystemCheck &before, BsnCheck bsnCheck, ServiceError *error)
{
    //: Dutch: "Notitie"
    if (!unit.guard({ { tr("Note"), tick.note } }, bsnCheck, error))
        return false;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const QString now = m_session.clock().now().toUTC().toString(Qt::ISODateWithMs);
            if (!SystemChecklistRepository::tick(m_session.store().database(), c.id, tick,
                                                 write.session().userName(), now, failure))
                return false;
            QJsonObject details { { QStringLiteral("system"), tick.system },
                                  { QStringLiteral("result"), codes::code(tick.result) } };
            if (!tick.note.isEmpty())
                details.insert(QStringLiteral("note"), tick.note);
            if (tick.attachmentId > 0)
                details.insert(QStringLiteral("attachment"), tick.attachmentId);
            if (tick.sentOn.isValid())
                details.insert(QStringLiteral("sent_on"), tick.sentOn.toString(Qt::ISODate));
            if (tick.inReport)
                details.insert(QStringLiteral("in_report"), true);
            if (before.searched)
                details.insert(QStringLiteral("previous"), codes::code(before.result));
            write.record(QStringLiteral("case"), c.number, QStringLiteral("case.system_searched"),
                         details);
            return true;
        },
        error);
}

QString SystemChecklist::resultText(const SystemCheck &check)
{
    return resultText(check.result, check.inReport);
}

QString SystemChecklist::resultText(SystemSearchResult result, bool inReport)
{
    if (result == SystemSearchResult::Gevonden && inReport)
        //: Dutch: "Gegevens gevonden (in het inzageoverzicht)"
        return tr("Data found (in the inzage report)");
    return codes::label(result);
}

QString SystemChecklist::openWarning(const QStringList &open)
{
    //: Dutch: "%n systeem/systemen nog niet doorzocht: %1."
    return tr("%n system(s) not searched yet: %1.", nullptr, static_cast<int>(open.size()))
        .arg(open.join(QStringLiteral(", ")));
}

QJsonObject SystemChecklist::toJson(const SystemCheck &check)
{
    QJsonObject json { { QStringLiteral("system"), check.system },
                       { QStringLiteral("activities"),
                         QJsonArray::fromStringList(check.activities) },
                       { QStringLiteral("searched"), check.searched } };
    if (check.searched) {
        json.insert(QStringLiteral("result"), codes::code(check.result));
        json.insert(QStringLiteral("note"), check.note);
        json.insert(QStringLiteral("searchedBy"), check.searchedBy);
        json.insert(QStringLiteral("searchedAt"),
                    check.searchedAt.toUTC().toString(Qt::ISODateWithMs));
        if (check.sentOn.isValid())
            json.insert(QStringLiteral("sentOn"), check.sentOn.toString(Qt::ISODate));
        json.insert(QStringLiteral("inReport"), check.inReport);
        if (check.attachmentId > 0) {
            json.insert(QStringLiteral("attachment"), check.attachmentId);
            json.insert(QStringLiteral("attachmentName"), check.attachmentName);
        }
    }
    return json;
}

} // namespace pd
