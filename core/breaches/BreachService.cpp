#include "breaches/BreachService.h"

#include "breaches/BreachRepository.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace pd {

namespace {

using support::invalid;
using support::isoDate;

const QString entity = QStringLiteral("breach");

template<typename T> QList<T> unique(const QList<T> &values)
{
    QList<T> out;
    for (const T &v : values) {
        if (!out.contains(v))
            out << v;
    }
    return out;
}

int amsterdamYear(const QDateTime &moment)
{
    return organisationDay(moment).year();
}

} // namespace

BreachService::BreachService(const Session &session)
    : m_session(session)
{ }

// --- reads ---------------------------------------------------------------------------------

std::optional<Breach> BreachService::load(const QString &number, ServiceError *error) const
{
    std::optional<Breach> found;
    if (!BreachRepository::byNumber(m_session.store().database(), number, &found, error))
        return std::nullopt;
    if (!found) {
        *error
            = { ServiceError::Code::NotFound, tr("There is no data breach %1.").arg(number), {} };
        return std::nullopt;
    }
    return found;
}

std::optional<Breach> BreachService::get(const QString &number, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (m_session.may(Permission::ViewRegisters))
        return load(number, failure);
    if (!m_session.may(Permission::IntakeCase)) {
        m_session.permit(Permission::ViewRegisters, QStringLiteral("breach.read"), number, failure);
        return std::nullopt;
    }
    // A reporter (KCC) reads only what they reported; another breach is "not there" for them
    // (a refusal would say that it exists).
    std::optional<Breach> breach = load(number, failure);
    if (!breach)
        return std::nullopt;
    if (breach->reportedBy != m_session.userName()) {
        *failure
            = { ServiceError::Code::NotFound, tr("There is no data breach %1.").arg(number), {} };
        return std::nullopt;
    }
    return breach;
}

QList<Breach> BreachService::list(const BreachFilter &filter, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (!m_session.permit(Permission::ViewRegisters, QStringLiteral("breach.list"), {}, failure))
        return {};
    std::optional<QList<Breach>> found
        = BreachRepository::list(m_session.store().database(), filter, failure);
    if (!found)
        return {};
    QList<Breach> list = *found;
    if (filter.clockRunningOnly)
        list.removeIf([](const Breach &b) { return !b.clockRunning(); });
    return list;
}

QList<Breach> BreachService::ownReports(ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (!m_session.permit(Permission::IntakeCase, QStringLiteral("breach.read"), {}, failure))
        return {};
    return BreachRepository::reportedBy(m_session.store().database(), m_session.userName(), failure)
        .value_or(QList<Breach> {});
}

BreachFigures BreachService::figures(const QDateTime &now, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    BreachFigures f;
    f.now = now.toUTC();
    if (!m_session.permit(Permission::ViewRegisters, QStringLiteral("dashboard.read"),
                          QStringLiteral("breaches"), failure))
        return f;
    const QDate today = organisationDay(now);
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = 11; i >= 0; --i)
        f.months << thisMonth.addMonths(-i);
    const QList<BreachNature> natures = codes::all<BreachNature>();
    f.totalByMonth = QList<int>(f.months.size(), 0);
    f.byMonthAndNature = QList<QList<int>>(f.months.size(), QList<int>(natures.size(), 0));

    const QSqlDatabase db = m_session.store().database();
    const auto fail = [&] {
        return BreachFigures { f.now, 0, 0, 0, {}, f.months, {}, {} };
    };
    const std::optional<int> open = BreachRepository::openCount(db, failure);
    if (!open)
        return fail();
    f.open = *open;

    // The running clocks: open, not notified, not assessed as "geen", not decided "no".
    const std::optional<QList<BreachRepository::RunningClock>> running
        = BreachRepository::runningClocks(db, failure);
    if (!running)
        return fail();
    for (const BreachRepository::RunningClock &r : *running) {
        BreachClock c;
        c.number = r.number;
        c.title = r.title;
        c.deadline = r.deadline;
        Breach b;
        b.discoveredAt = c.deadline.addSecs(-72 * 3600);
        c.hoursLeft = b.hoursLeft(f.now);
        f.clocks << c;
    }
    f.clockRunning = static_cast<int>(f.clocks.size());

    const QString yearStart = BreachCodes::storedMoment(startOfLocalDay(QDate(today.year(), 1, 1)));
    const QString yearEnd
        = BreachCodes::storedMoment(startOfLocalDay(QDate(today.year() + 1, 1, 1)));
    const std::optional<int> late
        = BreachRepository::notifiedLateCount(db, yearStart, yearEnd, failure);
    if (!late)
        return fail();
    f.notifiedLateThisYear = *late;

    // Per month of discovery (Amsterdam) and nature; a register holds tens of breaches a year.
    const std::optional<QList<BreachRepository::Discovery>> discovered
        = BreachRepository::discoveries(
            db, BreachCodes::storedMoment(startOfLocalDay(f.months.first())),
            BreachCodes::storedMoment(startOfLocalDay(thisMonth.addMonths(1))), failure);
    if (!discovered)
        return fail();
    qint64 lastId = 0;
    for (const BreachRepository::Discovery &d : *discovered) {
        const QDate day = organisationDay(d.discoveredAt);
        const auto month = f.months.indexOf(QDate(day.year(), day.month(), 1));
        if (month < 0)
            continue;
        if (d.id != lastId)
            ++f.totalByMonth[month];
        lastId = d.id;
        if (d.nature)
            ++f.byMonthAndNature[month][natures.indexOf(*d.nature)];
    }
    return f;
}

// --- writes --------------------------------------------------------------------------------

bool BreachService::change(UnitOfWork &unit, const Breach &breach, const QJsonObject &payload,
                           const std::function<bool(UnitOfWork::Write &, ServiceError *)> &work,
                           ServiceError *error)
{
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *why) {
            if (!work(write, why)
                || !BreachRepository::touch(write.database(), breach.id,
                                            m_session.clock().now().toString(Qt::ISODateWithMs),
                                            why))
                return false;
            write.record(entity, breach.number, unit.action(), payload);
            return true;
        },
        error);
}

bool BreachService::resolveProcessor(Breach *b, qint64 keptId, ServiceError *error) const
{
    if (b->processorId <= 0 && b->processorName.trimmed().isEmpty()) {
        b->processorToldAt = {};
        return true;
    }
    // Read here, not through RecipientService: a KCC reporter may name the processor without
    // reading the catalogue.
    std::optional<BreachRepository::Processor> found;
    if (!BreachRepository::processor(m_session.store().database(), b->processorId,
                                     b->processorName.trimmed(), &found, error))
        return false;
    if (!found) {
        *error = invalid(
            tr("The processor \"%1\" is not in the recipients catalogue.")
                .arg(b->processorId > 0 ? QString::number(b->processorId) : b->processorName));
        return false;
    }
    // A recipient of the catalogue that is no processor was taken as one without a word, and
    // the AP notification then said its location was not recorded (seed 000: a
    // contractor recorded as "ontvanger"). A breach keeps a processor it had before.
    if (!found->isProcessor && found->id != keptId) {
        //: Dutch: "‘%1’ staat in de lijst van ontvangers als ontvanger, niet als verwerker.
        //: Verwerkt deze partij de gegevens in onze opdracht? Leg haar dan eerst vast als
        //: verwerker (in de lijst van ontvangers: rol verwerker, met de
        //: verwerkersovereenkomst). Anders is zij niet de verwerker van dit datalek: beschrijf
        //: wat zij deed in de omschrijving."
        *error = invalid(tr("\"%1\" is in the recipients catalogue as a recipient, not as a "
                            "processor. Does it process the data on our behalf? Then record it "
                            "as a processor first (in the recipients catalogue: role processor, "
                            "with the processing agreement). Otherwise it is not this breach's "
                            "processor: say what it did in the description.")
                             .arg(found->name));
        return false;
    }
    b->processorId = found->id;
    b->processorName = found->name;
    return true;
}

std::optional<Breach> BreachService::add(const Breach &breach, BsnCheck bsnCheck,
                                         ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::IntakeCase, QStringLiteral("breach.added"));
    if (!unit.permit(error))
        return std::nullopt;
    Breach b = breach;
    b.id = 0;
    b.natures = unique(b.natures);
    b.data = unique(b.data);
    const QDateTime now = m_session.clock().now();
    if (const QString problem = validate(b, now); !problem.isEmpty()) {
        *error = invalid(problem);
        return std::nullopt;
    }
    if (!unit.guard(descriptionTexts(b), bsnCheck, error) || !resolveProcessor(&b, 0, error))
        return std::nullopt;
    const bool added = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *why) {
            if (!BreachRepository::insert(write.database(), &b, m_session.userName(), now, why))
                return false;
            write.record(entity, b.number, QStringLiteral("breach.added"), descriptionPayload(b));
            return true;
        },
        error);
    if (!added)
        return std::nullopt;
    // The reporter reads it back as get() lets them (a KCC user: their own report).
    return get(b.number, error);
}

std::optional<Breach> BreachService::forChange(UnitOfWork &unit, const QString &number,
                                               ServiceError *error) const
{
    if (!unit.permit(error))
        return std::nullopt;
    std::optional<Breach> breach = load(number, error);
    // What is left of a destroyed breach is the register's proof: it stays as it is.
    if (breach && breach->isDestroyed()) {
        *error = invalid(tr("Data breach %1 was destroyed under the retention rule on %2: what "
                            "is left of it can no longer be changed.")
                             .arg(breach->number,
                                  QLocale().toString(breach->destroyedOn, QLocale::ShortFormat)));
        return std::nullopt;
    }
    return breach;
}

bool BreachService::update(const Breach &breach, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.updated"),
                    breach.number);
    const std::optional<Breach> old = forChange(unit, breach.number, error);
    if (!old)
        return false;
    Breach b = breach;
    b.id = old->id;
    b.number = old->number;
    b.natures = unique(b.natures);
    b.data = unique(b.data);
    if (const QString problem = validate(b, m_session.clock().now()); !problem.isEmpty()) {
        *error = invalid(problem);
        return false;
    }
    if (amsterdamYear(b.discoveredAt) != amsterdamYear(old->discoveredAt)) {
        *error = invalid(tr("The moment of discovery cannot move to another year: the number %1 "
                            "belongs to its year.")
                             .arg(old->number));
        return false;
    }
    if (b.firstKnown() != old->firstKnown() && old->apNotifiedAt.isValid()
        && old->apNotifiedAt < b.firstKnown()) {
        *error = invalid(tr("The AP was notified before that moment of discovery."));
        return false;
    }
    if (!unit.guard(descriptionTexts(b), bsnCheck, error))
        return false;
    if (!resolveProcessor(&b, old->processorId, error))
        return false;
    QJsonObject payload = descriptionPayload(b);
    if (old->discoveredAt != b.discoveredAt)
        payload.insert(QStringLiteral("old_discovered_at"),
                       BreachCodes::storedMoment(old->discoveredAt));
    return change(
        unit, b, payload,
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::updateDescription(write.database(), b, why);
        },
        error);
}

bool BreachService::assess(const QString &number, const BreachAssessment &assessment,
                           BsnCheck bsnCheck, ServiceError *error, const QDateTime &moment)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.assessed"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (assessment.reasoning.trimmed().isEmpty()) {
        *error = invalid(tr("Give the reasoning behind the assessment of the risk."));
        return false;
    }
    if (const QString why
        = InputLimits::checkLength(tr("Reasoning"), assessment.reasoning, InputLimits::maxLongText);
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    const QDateTime at = moment.isValid() ? moment : m_session.clock().now();
    if (const QString why = decisionMomentRefusal(*old, at, m_session.clock().now());
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard({ { tr("Reasoning"), assessment.reasoning } }, bsnCheck, error))
        return false;
    Breach b = *old;
    b.criteria = unique(assessment.criteria);
    const QString now = BreachCodes::storedMoment(at);
    const bool ap = Breach::defaultApDecision(assessment.risk);
    const bool subjects = Breach::defaultSubjectsDecision(assessment.risk);
    const QJsonArray criteria = codes::jsonCodes(b.criteria);
    QJsonObject payload { { QStringLiteral("risk"), codes::code(assessment.risk) },
                          { QStringLiteral("reasoning"), assessment.reasoning.trimmed() },
                          { QStringLiteral("criteria"), criteria },
                          { QStringLiteral("notify_ap"), ap },
                          { QStringLiteral("inform_subjects"), subjects },
                          { QStringLiteral("at"), now } };
    if (old->risk)
        payload.insert(QStringLiteral("old_risk"), codes::code(*old->risk));
    return change(
        unit, b, payload,
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::assess(write.database(), b, assessment, ap, subjects,
                                            m_session.userName(), now, why);
        },
        error);
}

bool BreachService::recordApDecision(const QString &number, bool notify, const QString &reason,
                                     BsnCheck bsnCheck, ServiceError *error, const QDateTime &at)
{
    return recordDecision(number, true, notify, reason, at, bsnCheck, error);
}

bool BreachService::recordSubjectsDecision(const QString &number, bool inform,
                                           const QString &reason, BsnCheck bsnCheck,
                                           ServiceError *error, const QDateTime &at)
{
    return recordDecision(number, false, inform, reason, at, bsnCheck, error);
}

bool BreachService::recordDecision(const QString &number, bool ap, bool yes, const QString &reason,
                                   const QDateTime &at, BsnCheck bsnCheck, ServiceError *error)
{
    const QString action
        = ap ? QStringLiteral("breach.ap-decided") : QStringLiteral("breach.subjects-decided");
    UnitOfWork unit(m_session, Permission::EditRegisters, action, number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (!old->risk) {
        *error = invalid(tr("Assess the risk first: the decision follows from the assessment."));
        return false;
    }
    const bool byDefault
        = ap ? Breach::defaultApDecision(*old->risk) : Breach::defaultSubjectsDecision(*old->risk);
    if (yes != byDefault && reason.trimmed().isEmpty()) {
        *error = invalid(ap ? tr("Give the reason why the decision on notifying the AP differs "
                                 "from what the assessed risk suggests.")
                            : tr("Give the reason why the decision on informing the people "
                                 "concerned differs from what the assessed risk suggests."));
        return false;
    }
    if (ap && !yes && old->apNotifiedAt.isValid()) {
        *error = invalid(tr("The AP has already been notified; record a withdrawal as a "
                            "follow-up instead."));
        return false;
    }
    if (const QString why
        = InputLimits::checkLength(tr("Reason"), reason, InputLimits::maxLongText);
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    const QDateTime taken = at.isValid() ? at : m_session.clock().now();
    if (const QString why = decisionMomentRefusal(*old, taken, m_session.clock().now());
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (old->assessedAt.isValid() && taken < old->assessedAt) {
        //: Dutch: "Een beslissing kan niet vóór de beoordeling liggen waaruit zij volgt (%1)."
        *error = invalid(tr("A decision cannot precede the assessment it follows from (%1).")
                             .arg(organisationTime(old->assessedAt)
                                      .toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
        return false;
    }
    if (!unit.guard({ { tr("Reason"), reason } }, bsnCheck, error))
        return false;
    QJsonObject payload { { QStringLiteral("decision"), yes },
                          { QStringLiteral("at"), BreachCodes::storedMoment(taken) } };
    if (!reason.trimmed().isEmpty())
        payload.insert(QStringLiteral("reason"), reason.trimmed());
    return change(
        unit, *old, payload,
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::recordDecision(write.database(), old->id, ap, yes, reason,
                                                    m_session.userName(),
                                                    BreachCodes::storedMoment(taken), why);
        },
        error);
}

bool BreachService::notifyAp(const QString &number, const QDateTime &at, const QString &reference,
                             const QString &lateReason, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.ap-notified"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (!at.isValid()) {
        *error = invalid(tr("Enter when the AP was notified (date and time)."));
        return false;
    }
    if (at < old->firstKnown()) {
        //: Dutch: "De AP kan niet zijn gemeld vóór het eerste moment dat wij van het datalek
        //: wisten."
        *error = invalid(tr("The AP cannot have been notified before the first moment we knew of "
                            "the breach."));
        return false;
    }
    if (at > m_session.clock().now()) {
        *error = invalid(tr("The moment of the notification to the AP lies in the future."));
        return false;
    }
    if (reference.trimmed().isEmpty()) {
        *error = invalid(tr("Enter the AP's reference number (meldnummer) of the notification."));
        return false;
    }
    Breach b = *old;
    b.apNotifiedAt = at.toUTC();
    const bool late = b.apNotifiedLate();
    if (late && lateReason.trimmed().isEmpty()) {
        *error = invalid(
            //: Dutch: "De AP is meer dan 72 uur nadat wij van het datalek wisten gemeld
            //: (uiterlijk %1): geef de redenen voor de vertraging (artikel 33 lid 1 AVG)."
            tr("The AP was notified more than 72 hours after we knew of the breach "
               "(deadline %1): give the reasons for the delay (art. 33(1) GDPR).")
                .arg(
                    organisationTime(b.apDeadline()).toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
        return false;
    }
    const QString reason = late ? lateReason.trimmed() : QString();
    if (const QString why = InputLimits::checkLengths(
            { { tr("Reference number"), reference, InputLimits::maxName },
              { tr("Reasons for the delay"), reason, InputLimits::maxLongText } });
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard(
            { { tr("Reference number"), reference }, { tr("Reasons for the delay"), reason } },
            bsnCheck, error))
        return false;
    QJsonObject payload { { QStringLiteral("at"), BreachCodes::storedMoment(b.apNotifiedAt) },
                          { QStringLiteral("reference"), reference.trimmed() },
                          { QStringLiteral("late"), late } };
    if (late)
        payload.insert(QStringLiteral("late_reason"), reason);
    if (old->apNotifiedAt.isValid())
        payload.insert(QStringLiteral("old_at"), BreachCodes::storedMoment(old->apNotifiedAt));
    return change(
        unit, b, payload,
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::notifyAp(write.database(), b.id, b.apNotifiedAt, reference,
                                              reason, m_session.userName(), why);
        },
        error);
}

bool BreachService::addFollowUp(const QString &number, const BreachFollowUp &followUp,
                                BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.follow-up"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (!old->apNotifiedAt.isValid()) {
        *error = invalid(tr("A follow-up needs the first notification to the AP."));
        return false;
    }
    if (!followUp.at.isValid() || followUp.at > m_session.clock().now()) {
        *error = invalid(tr("Enter when the follow-up was sent to the AP; it cannot lie in the "
                            "future."));
        return false;
    }
    if (followUp.at < old->apNotifiedAt) {
        *error = invalid(tr("A follow-up cannot precede the first notification to the AP."));
        return false;
    }
    if (followUp.kind == BreachFollowUpKind::Intrekken && followUp.text.trimmed().isEmpty()) {
        *error = invalid(tr("Say why the notification is withdrawn."));
        return false;
    }
    if (followUp.kind == BreachFollowUpKind::Aanvullen && followUp.text.trimmed().isEmpty()) {
        *error = invalid(tr("Say what the follow-up adds to the notification."));
        return false;
    }
    if (const QString why = InputLimits::checkLengths(
            { { tr("Reference number"), followUp.reference, InputLimits::maxName },
              { tr("Follow-up"), followUp.text, InputLimits::maxLongText } });
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard(
            { { tr("Reference number"), followUp.reference }, { tr("Follow-up"), followUp.text } },
            bsnCheck, error))
        return false;
    const QString reference
        = followUp.reference.trimmed().isEmpty() ? old->apReference : followUp.reference.trimmed();
    const QJsonObject payload { { QStringLiteral("kind"), codes::code(followUp.kind) },
                                { QStringLiteral("at"), BreachCodes::storedMoment(followUp.at) },
                                { QStringLiteral("reference"), reference },
                                { QStringLiteral("text"), followUp.text.trimmed() } };
    return change(
        unit, *old, payload,
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::addFollowUp(
                write.database(), old->id, followUp, reference, m_session.userName(),
                m_session.clock().now().toString(Qt::ISODateWithMs), why);
        },
        error);
}

bool BreachService::notifySubjects(const QString &number, const BreachSubjectsNotice &notice,
                                   BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters,
                    QStringLiteral("breach.subjects-notified"), number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    const QDate discovered = organisationDay(old->discoveredAt);
    const QDate today = organisationDay(m_session.clock().now());
    if (!notice.on.isValid() || notice.on > today) {
        *error = invalid(tr("Enter the date on which the people were informed; it cannot lie in "
                            "the future."));
        return false;
    }
    if (notice.on < discovered) {
        *error
            = invalid(tr("The people cannot have been informed before the breach was discovered."));
        return false;
    }
    if (notice.how.trimmed().isEmpty()) {
        *error = invalid(tr("Say how the people were informed."));
        return false;
    }
    if (notice.count && *notice.count < 0) {
        *error = invalid(tr("A number of people or records cannot be negative."));
        return false;
    }
    if (notice.publicNotice && notice.publicNoticeReason.trimmed().isEmpty()) {
        *error = invalid(tr("Say why informing each person individually would take "
                            "disproportionate effort (art. 34(3)(c) GDPR)."));
        return false;
    }
    const QString reason = notice.publicNotice ? notice.publicNoticeReason.trimmed() : QString();
    if (const QString why = InputLimits::checkLengths(
            { { tr("How the people were informed"), notice.how, InputLimits::maxShortText },
              { tr("Why a public notice"), reason, InputLimits::maxLongText } });
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard({ { tr("How the people were informed"), notice.how },
                      { tr("Why a public notice"), reason } },
                    bsnCheck, error))
        return false;
    QJsonObject payload { { QStringLiteral("on"), isoDate(notice.on) },
                          { QStringLiteral("how"), notice.how.trimmed() },
                          { QStringLiteral("public_notice"), notice.publicNotice } };
    if (notice.count)
        payload.insert(QStringLiteral("count"), *notice.count);
    if (notice.publicNotice)
        payload.insert(QStringLiteral("reason"), reason);
    return change(
        unit, *old, payload,
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::notifySubjects(write.database(), old->id, notice, reason,
                                                    m_session.userName(), why);
        },
        error);
}

bool BreachService::markPersonInformed(const QString &number, qint64 personId, QDate on,
                                       ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.person-informed"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (std::none_of(old->linkedPersons.cbegin(), old->linkedPersons.cend(),
                     [personId](const BreachPerson &p) { return p.id == personId; })) {
        *error = invalid(tr("This person is not linked to the data breach."));
        return false;
    }
    if (!on.isValid() || on > organisationDay(m_session.clock().now())
        || on < organisationDay(old->discoveredAt)) {
        *error = invalid(tr("Enter the date on which the person was informed: not before the "
                            "discovery and not in the future."));
        return false;
    }
    const QJsonObject payload { { QStringLiteral("person_id"), personId },
                                { QStringLiteral("on"), isoDate(on) } };
    return change(
        unit, *old, payload,
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::markPersonInformed(write.database(), old->id, personId, on,
                                                        why);
        },
        error);
}

bool BreachService::linkPersons(const QString &number, const QList<qint64> &personIds,
                                ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.persons-linked"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    const QList<qint64> ids = unique(personIds);
    // Every person must exist: read them, and say so when the read fails.
    for (qint64 id : ids) {
        const std::optional<bool> exists = PersonRepository::exists(
            m_session.store().database(), id, PersonRepository::Anonymised::Included, error);
        if (!exists)
            return false;
        if (!*exists) {
            *error = invalid(tr("Person %1 does not exist.").arg(id));
            return false;
        }
    }
    QList<qint64> addedIds;
    QList<qint64> removedIds;
    QJsonArray added;
    QJsonArray removed;
    for (qint64 id : ids) {
        if (std::none_of(old->linkedPersons.cbegin(), old->linkedPersons.cend(),
                         [id](const BreachPerson &p) { return p.id == id; })) {
            addedIds << id;
            added.append(id);
        }
    }
    for (const BreachPerson &p : old->linkedPersons) {
        if (!ids.contains(p.id)) {
            removedIds << p.id;
            removed.append(p.id);
        }
    }
    const QJsonObject payload { { QStringLiteral("added"), added },
                                { QStringLiteral("removed"), removed } };
    return change(
        unit, *old, payload,
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::linkPersons(write.database(), old->id, removedIds, addedIds,
                                                 why);
        },
        error);
}

bool BreachService::close(const QString &number, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.closed"), number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (old->state == BreachState::Gesloten) {
        *error = invalid(tr("Data breach %1 is already closed.").arg(number));
        return false;
    }
    if (const QStringList missing = missingForClose(*old); !missing.isEmpty()) {
        *error = invalid(tr("Data breach %1 cannot be closed yet; missing: %2.")
                             .arg(number, missing.join(QStringLiteral("; "))));
        return false;
    }
    return change(
        unit, *old, {},
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::close(write.database(), old->id, m_session.clock().now(),
                                           m_session.userName(), why);
        },
        error);
}

bool BreachService::reopen(const QString &number, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.reopened"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    if (old->state == BreachState::Open) {
        *error = invalid(tr("Data breach %1 is open.").arg(number));
        return false;
    }
    return change(
        unit, *old, {},
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::reopen(write.database(), old->id, why);
        },
        error);
}

} // namespace pd
