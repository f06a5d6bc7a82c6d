#include "registers/ProcessingRegister.h"

#include "registers/DpiaRepository.h"
#include "registers/Eea.h"
#include "registers/ProcessingRegisterRepository.h"
#include "session/Access.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace pd {

namespace {

// A refusal before the unit writes: nothing recorded, *error says why.
bool refuse(ServiceError *error, const ServiceError &why)
{
    *error = why;
    return false;
}

const QString entity = QStringLiteral("processing");

QString timestamp(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

int subNumber(const QString &subCode)
{
    const qsizetype dot = subCode.lastIndexOf(u'.');
    return dot < 0 ? 0 : subCode.mid(dot + 1).toInt();
}

bool registerOrder(const ProcessingActivity &a, const ProcessingActivity &b)
{
    if (a.purposeCode != b.purposeCode)
        return a.purposeCode.size() != b.purposeCode.size()
            ? a.purposeCode.size() < b.purposeCode.size()
            : a.purposeCode < b.purposeCode;
    return subNumber(a.subCode) < subNumber(b.subCode);
}

QStringList cleaned(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        const QString trimmed = value.simplified();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    return result;
}

ProcessingActivity normalised(ProcessingActivity a)
{
    a.purposeCode = a.purposeCode.trimmed().toUpper();
    a.purpose = a.purpose.simplified();
    a.subCode = a.subCode.trimmed().toUpper();
    a.subPurpose = a.subPurpose.simplified();
    a.name = a.name.simplified();
    a.description = a.description.trimmed();
    QStringList bases;
    for (const QString &basis : a.legalBases)
        bases << basis.trimmed().toLower();
    a.legalBases = cleaned(bases);
    std::sort(a.legalBases.begin(), a.legalBases.end());
    a.legalBasisText = a.legalBasisText.trimmed();
    a.subjects = cleaned(a.subjects);
    a.sources = cleaned(a.sources);
    a.recipients = cleaned(a.recipients);
    a.processors = cleaned(a.processors);
    a.systems = cleaned(a.systems);
    QList<PersonalDataCategory> categories;
    for (PersonalDataCategory category : std::as_const(a.dataCategories)) {
        category.name = category.name.simplified();
        QStringList special;
        for (const QString &code : std::as_const(category.special))
            special << code.trimmed().toLower();
        category.special = cleaned(special);
        std::sort(category.special.begin(), category.special.end());
        if (!category.name.isEmpty())
            categories << category;
    }
    a.dataCategories = categories;
    a.specialException = a.specialException.trimmed().toLower();
    a.criminalBasis = a.criminalBasis.trimmed();
    // The country stays whatever the flag says: a non-EEA country with the flag off is refused,
    // never silently dropped.
    a.transferCountry = a.transferCountry.simplified();
    a.transferSafeguard = a.outsideEu ? a.transferSafeguard.trimmed() : QString();
    a.retention = a.retention.trimmed();
    a.security = a.security.trimmed();
    return a;
}

QJsonArray jsonList(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace

// The fields whose values changed, as {field: {old, new}}.
QJsonObject jsonDifference(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (it.key() == QLatin1StringView("id") || it.key().startsWith(QLatin1StringView("updated"))
            || it.key().startsWith(QLatin1StringView("created")))
            continue;
        if (before.value(it.key()) != it.value())
            changes.insert(it.key(),
                           QJsonObject { { QStringLiteral("old"), before.value(it.key()) },
                                         { QStringLiteral("new"), it.value() } });
    }
    return changes;
}

QStringList ProcessingActivity::specialCategories() const
{
    QStringList all;
    for (const PersonalDataCategory &category : dataCategories) {
        for (const QString &code : category.special) {
            if (!all.contains(code))
                all << code;
        }
    }
    const QStringList order = ProcessingRegister::specialCategoryCodes();
    std::sort(all.begin(), all.end(), [&order](const QString &a, const QString &b) {
        return order.indexOf(a) < order.indexOf(b);
    });
    return all;
}

QStringList ProcessingActivity::art9Categories() const
{
    const QStringList art9 = ProcessingRegister::art9CategoryCodes();
    QStringList result;
    for (const QString &code : specialCategories()) {
        if (art9.contains(code))
            result << code;
    }
    return result;
}

bool ProcessingActivity::hasCriminalData() const
{
    return specialCategories().contains(QStringLiteral("strafrechtelijk"));
}

bool ProcessingActivity::hasNuisanceReports() const
{
    return specialCategories().contains(QStringLiteral("overlast"));
}

bool ProcessingActivity::lacksArt9Exception() const
{
    return !art9Categories().isEmpty() && specialException.trimmed().isEmpty();
}

bool ProcessingActivity::lacksCriminalBasis() const
{
    return hasCriminalData() && criminalBasis.trimmed().isEmpty();
}

bool ProcessingActivity::transfersOutsideEea() const
{
    return outsideEu || (!transferCountry.trimmed().isEmpty() && !Eea::contains(transferCountry));
}

ProcessingRegister::ProcessingRegister(const Session &session)
    : m_session(session)
{ }

QList<ProcessingActivity> ProcessingRegister::list(ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("processing.read"), {},
                              error))
        return {};
    ServiceError failure;
    std::optional<QList<ProcessingActivity>> result
        = ProcessingRegisterRepository::all(m_session.store().database(), &failure);
    if (!result) {
        if (error) // a failed read is an error, never an empty register
            *error = failure;
        return {};
    }
    const auto dpias = DpiaRepository::all(m_session.store().database(), &failure);
    if (!dpias) {
        if (error)
            *error = failure;
        return {};
    }
    for (ProcessingActivity &a : *result) {
        for (const Dpia &d : *dpias) {
            if (d.activityId == a.id) {
                a.dpia = d;
                a.dpia->activityCode = a.subCode;
                a.dpia->activityName = a.name;
            }
        }
    }
    std::sort(result->begin(), result->end(), registerOrder);
    return *result;
}

using support::sink;

std::optional<ProcessingActivity> ProcessingRegister::find(qint64 id, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = sink(error, ignored);
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("processing.read"), {},
                              &failure))
        return std::nullopt;
    // The register holds tens of activities, not thousands: one read of the whole is cheap.
    const QList<ProcessingActivity> activities = list(&failure);
    if (failure.isError())
        return std::nullopt; // not read: never "no such activity"
    for (const ProcessingActivity &a : activities) {
        if (a.id == id)
            return a;
    }
    failure = { ServiceError::Code::NotFound, tr("This processing activity no longer exists.") };
    return std::nullopt;
}

std::optional<ProcessingActivity> ProcessingRegister::findByCode(const QString &subCode,
                                                                 ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = sink(error, ignored);
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("processing.read"), {},
                              &failure))
        return std::nullopt;
    const QString code = subCode.trimmed().toUpper();
    const QList<ProcessingActivity> activities = list(&failure);
    if (failure.isError())
        return std::nullopt;
    for (const ProcessingActivity &a : activities) {
        if (a.subCode == code)
            return a;
    }
    failure = { ServiceError::Code::NotFound, tr("There is no processing activity %1.").arg(code) };
    return std::nullopt;
}

int ProcessingRegister::count(ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = sink(error, ignored);
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("processing.read"), {},
                              &failure))
        return 0;
    const std::optional<int> count
        = ProcessingRegisterRepository::count(m_session.store().database(), &failure);
    return count.value_or(0); // not read: *error says so, never "the register is empty"
}

QList<QPair<QString, QString>> ProcessingRegister::purposes(ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = sink(error, ignored);
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("processing.read"), {},
                              &failure))
        return {};
    const QList<ProcessingActivity> activities = list(&failure);
    if (failure.isError())
        return {};
    QList<QPair<QString, QString>> result;
    for (const ProcessingActivity &a : activities) {
        if (result.isEmpty() || result.last().first != a.purposeCode)
            result.append({ a.purposeCode, a.purpose });
    }
    return result;
}

QString ProcessingRegister::nextSubCode(const QString &purposeCode, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = sink(error, ignored);
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("processing.read"), {},
                              &failure))
        return {};
    const QString code = purposeCode.trimmed().toUpper();
    const std::optional<QStringList> codes
        = ProcessingRegisterRepository::subCodes(m_session.store().database(), code, &failure);
    if (!codes)
        return {}; // never "A.1" because the numbers in use could not be read
    int highest = 0;
    for (const QString &subCode : *codes)
        highest = std::max(highest, subNumber(subCode));
    return QStringLiteral("%1.%2").arg(code).arg(highest + 1);
}

std::optional<QString> ProcessingRegister::nameOfPurpose(const QString &purposeCode,
                                                         qint64 exceptId, ServiceError *error) const
{
    // Never "the name is free" when it could not be read.
    return ProcessingRegisterRepository::purposeName(m_session.store().database(), purposeCode,
                                                     exceptId, error);
}

QStringList ProcessingRegister::validate(const ProcessingActivity &input)
{
    const ProcessingActivity a = normalised(input);
    QStringList problems;
    static const QRegularExpression purposeCode(QStringLiteral("^[A-Z]{1,3}$"));
    if (!purposeCode.match(a.purposeCode).hasMatch())
        problems << tr("The main purpose needs a code of one to three capital letters, such as A.");
    if (a.purpose.isEmpty())
        problems << tr("Name the main purpose, such as \"Leveren van diensten\".");
    if (!a.subCode.isEmpty()) {
        const QRegularExpression subCode(QStringLiteral("^%1\\.[1-9][0-9]{0,2}$")
                                             .arg(QRegularExpression::escape(a.purposeCode)));
        if (!subCode.match(a.subCode).hasMatch())
            problems << tr("The sub-purpose number is the main purpose code, a dot and a number, "
                           "such as %1.1.")
                            .arg(a.purposeCode.isEmpty() ? QStringLiteral("A") : a.purposeCode);
    }
    if (a.subPurpose.isEmpty())
        problems << tr("Describe the sub-purpose.");
    if (a.name.isEmpty())
        problems << tr("Give the processing activity a name.");
    if (a.legalBases.isEmpty())
        problems << tr("Choose at least one legal basis (art. 6(1) GDPR).");
    for (const QString &basis : a.legalBases) {
        if (!legalBasisCodes().contains(basis))
            problems << tr("Unknown legal basis '%1': use a letter from a to f.").arg(basis);
    }
    if ((a.legalBases.contains(QStringLiteral("c")) || a.legalBases.contains(QStringLiteral("e")))
        && a.legalBasisText.isEmpty())
        problems << tr("A legal obligation or a task in the public interest rests on a statute: "
                       "name it (art. 6(3) GDPR).");
    if (a.subjects.isEmpty())
        problems << tr("Name at least one category of data subjects.");
    if (a.dataCategories.isEmpty())
        problems << tr("Name at least one category of personal data.");
    for (const PersonalDataCategory &category : a.dataCategories) {
        for (const QString &code : category.special) {
            if (!specialCategoryCodes().contains(code))
                problems
                    << tr("Unknown special category '%1' for \"%2\".").arg(code, category.name);
        }
    }
    if (!a.specialException.isEmpty() && !art9ExceptionCodes().contains(a.specialException))
        problems << tr("Unknown exception '%1': use a letter from a to j of art. 9(2) GDPR.")
                        .arg(a.specialException);
    else if (const QStringList art9 = a.art9Categories();
             !art9.isEmpty() && a.specialException.isEmpty())
        problems << tr("Special categories of personal data (%1) may only be processed under an "
                       "exception of art. 9(2) GDPR: choose it.")
                        .arg(art9.join(QStringLiteral(", ")));
    else if (art9.isEmpty() && !a.specialException.isEmpty())
        problems << tr("An exception of art. 9(2) GDPR is chosen, but no category of personal "
                       "data is marked as a special category.");
    if (a.hasCriminalData() && a.criminalBasis.isEmpty())
        problems << tr("Criminal data may only be processed on a basis of art. 10 GDPR (such as "
                       "art. 33 UAVG): name it.");
    if (!a.hasCriminalData() && !a.criminalBasis.isEmpty())
        problems << tr("A basis for criminal data (art. 10 GDPR) is named, but no category of "
                       "personal data is marked as criminal data.");
    if (a.outsideEu && a.transferCountry.isEmpty())
        problems << tr("Name the country outside the EEA the data go to.");
    if (a.outsideEu && !a.transferCountry.isEmpty() && Eea::contains(a.transferCountry))
        problems << tr("%1 is in the EEA: data going there are no transfer outside the EEA.")
                        .arg(a.transferCountry);
    if (!a.outsideEu && !a.transferCountry.isEmpty() && !Eea::contains(a.transferCountry))
        problems << tr("%1 is outside the EEA: mark the transfer and name its safeguard "
                       "(articles 44 to 49 GDPR).")
                        .arg(a.transferCountry);
    if (a.outsideEu && a.transferSafeguard.isEmpty())
        //: Dutch: "Noem de grondslag van de doorgifte buiten de EER (art. 45-49 AVG), zoals een
        //: adequaatheidsbesluit of standaardcontractbepalingen."
        problems << tr(
            "Name the basis of the transfer outside the EEA (articles 45 to 49 GDPR), such as "
            "an adequacy decision or standard contractual clauses.");
    return problems;
}

std::optional<ProcessingActivity> ProcessingRegister::add(const ProcessingActivity &activity,
                                                          BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("processing.added"));
    if (!unit.permit(error))
        return std::nullopt;
    qint64 id = 0;
    if (!write(unit, activity, true, bsnCheck, error, &id))
        return std::nullopt;
    return find(id, error);
}

bool ProcessingRegister::update(const ProcessingActivity &activity, BsnCheck bsnCheck,
                                ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("processing.updated"),
                    QString::number(activity.id));
    if (!unit.permit(error))
        return false;
    return write(unit, activity, false, bsnCheck, error, nullptr);
}

bool ProcessingRegister::write(UnitOfWork &unit, ProcessingActivity a, bool isNew,
                               BsnCheck bsnCheck, ServiceError *error, qint64 *newId)
{
    a = normalised(a);
    std::optional<ProcessingActivity> before;
    if (!isNew) {
        // NotFound only when the activity is really gone; a failed read says so.
        before = find(a.id, error);
        if (!before)
            return false;
    }
    if (isNew && a.subCode.isEmpty() && !a.purposeCode.isEmpty()) {
        a.subCode = nextSubCode(a.purposeCode, error);
        if (error->isError())
            return false;
    }
    if (const QStringList problems = validate(a); !problems.isEmpty()) {
        *error = { ServiceError::Code::Invalid, problems.join(u' ') };
        return false;
    }
    const auto holder = findByCode(a.subCode, error);
    if (!holder && error->code != ServiceError::Code::NotFound)
        return false; // not read: the number is not known to be free
    *error = {};
    if (holder && holder->id != a.id) {
        *error = { ServiceError::Code::Invalid,
                   tr("Number %1 is already used by \"%2\".").arg(a.subCode, holder->name) };
        return false;
    }
    const std::optional<QString> existing = nameOfPurpose(a.purposeCode, isNew ? 0 : a.id, error);
    if (!existing)
        return false;
    if (!existing->isEmpty() && *existing != a.purpose) {
        *error = { ServiceError::Code::Invalid,
                   tr("Main purpose %1 is called \"%2\" in the register; use that name or "
                      "another code.")
                       .arg(a.purposeCode, *existing) };
        return false;
    }

    QList<QPair<QString, QString>> fields {
        { tr("Main purpose"), a.purpose },
        { tr("Sub-purpose"), a.subPurpose },
        { tr("Name"), a.name },
        { tr("Description"), a.description },
        { tr("Statute or covenant"), a.legalBasisText },
        { tr("Basis for criminal data"), a.criminalBasis },
        { tr("Country"), a.transferCountry },
        { tr("Safeguard"), a.transferSafeguard },
        { tr("Retention"), a.retention },
        { tr("Security measures"), a.security },
    };
    const auto addList = [&fields](const QString &label, const QStringList &values) {
        for (const QString &value : values)
            fields.append({ label, value });
    };
    addList(tr("Data subjects"), a.subjects);
    addList(tr("Sources"), a.sources);
    addList(tr("Recipients"), a.recipients);
    addList(tr("Processors"), a.processors);
    //: Dutch: "Systemen"
    addList(tr("Systems"), a.systems);
    for (const PersonalDataCategory &category : std::as_const(a.dataCategories))
        fields.append({ tr("Personal data"), category.name });
    if (!unit.guard(fields, bsnCheck, error))
        return false;
    // Nothing changed: no event, and nothing rewritten (updated_at stays).
    if (!isNew && jsonDifference(toJson(*before), toJson(a)).isEmpty())
        return true;
    const bool written = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const QString now = timestamp(m_session.clock().now());
            const QString user = write.session().userName();
            const QSqlDatabase db = m_session.store().database();
            if (isNew) {
                const std::optional<qint64> id
                    = ProcessingRegisterRepository::insert(db, a, now, user, failure);
                if (!id)
                    return false;
                a.id = *id;
            } else if (!ProcessingRegisterRepository::update(db, a, now, user, failure)) {
                return false;
            }
            const QJsonObject after = toJson(a);
            write.record(entity, QString::number(a.id),
                         isNew ? QStringLiteral("processing.created")
                               : QStringLiteral("processing.changed"),
                         isNew ? after : jsonDifference(toJson(*before), after));
            return true;
        },
        error);
    if (written && newId)
        *newId = a.id;
    return written;
}

bool ProcessingRegister::remove(qint64 id, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("processing.removed"),
                    QString::number(id));
    if (!unit.permit(error))
        return false;
    // NotFound only when the activity is really gone; a failed read says that it failed.
    const auto before = find(id, error);
    if (!before)
        return false;
    if (before->dpia)
        //: Dutch: "Verwerking %1 heeft een DPIA-beoordeling en blijft in het register."
        return refuse(error,
                      support::invalid(tr("Processing activity %1 has a DPIA "
                                          "assessment and stays in the register.")
                                           .arg(before->subCode)));
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!ProcessingRegisterRepository::remove(m_session.store().database(), id, failure))
                return false;
            write.record(entity, QString::number(id), QStringLiteral("processing.removed"),
                         toJson(*before));
            return true;
        },
        error);
}

QList<AuditEvent> ProcessingRegister::history(qint64 id, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = sink(error, ignored);
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("processing.read"), {},
                              &failure))
        return {};
    return AuditLog(m_session.store().database(),
                    m_session.store().storeId().toString(QUuid::WithoutBraces), m_session.clock())
        .eventsFor(entity, QString::number(id), &failure);
}

QStringList ProcessingRegister::legalBasisCodes()
{
    return { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
             QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f") };
}

QString ProcessingRegister::legalBasisShortLabel(const QString &code)
{
    if (code == QLatin1StringView("a"))
        return tr("Consent");
    if (code == QLatin1StringView("b"))
        return tr("Contract");
    if (code == QLatin1StringView("c"))
        return tr("Legal obligation");
    if (code == QLatin1StringView("d"))
        return tr("Vital interests");
    if (code == QLatin1StringView("e"))
        return tr("Public interest");
    if (code == QLatin1StringView("f"))
        return tr("Legitimate interests");
    return code;
}

QString ProcessingRegister::legalBasisLabel(const QString &code)
{
    return tr("%1 (%2)").arg(legalBasisShortLabel(code), citation(6, 1, code));
}

QString ProcessingRegister::citation(int article, int paragraph, const QString &letter)
{
    const QString number = QString::number(article);
    if (paragraph > 0 && !letter.isEmpty())
        //: Dutch: "art. %1 lid %2 sub %3 AVG"
        return tr("art. %1(%2)(%3) GDPR").arg(number, QString::number(paragraph), letter);
    if (paragraph > 0)
        //: Dutch: "art. %1 lid %2 AVG"
        return tr("art. %1(%2) GDPR").arg(number, QString::number(paragraph));
    //: Dutch: "art. %1 AVG"
    return tr("art. %1 GDPR").arg(number);
}

QString ProcessingRegister::article(int article, int paragraph, const QString &letter)
{
    QString text = QStringLiteral("art. %1").arg(article);
    if (paragraph > 0)
        text += QStringLiteral(" lid %1").arg(paragraph);
    if (!letter.isEmpty())
        text += QStringLiteral(" sub %1").arg(letter);
    return text + QStringLiteral(" AVG");
}

QStringList ProcessingRegister::art9CategoryCodes()
{
    QStringList codes = specialCategoryCodes();
    codes.removeAll(QStringLiteral("strafrechtelijk"));
    codes.removeAll(QStringLiteral("overlast"));
    return codes;
}

QStringList ProcessingRegister::art9ExceptionCodes()
{
    return { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
             QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g"), QStringLiteral("h"),
             QStringLiteral("i"), QStringLiteral("j") };
}

QString ProcessingRegister::art9ExceptionLabel(const QString &code)
{
    if (!art9ExceptionCodes().contains(code))
        return code;
    return tr("%1 (%2)").arg(art9ExceptionShortLabel(code), citation(9, 2, code));
}

QString ProcessingRegister::art9ExceptionShortLabel(const QString &code)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("a"), QT_TR_NOOP("Explicit consent") },
        { QStringLiteral("b"), QT_TR_NOOP("Employment and social security law") },
        { QStringLiteral("c"), QT_TR_NOOP("Vital interests, consent impossible") },
        { QStringLiteral("d"), QT_TR_NOOP("Not-for-profit body, own members") },
        { QStringLiteral("e"), QT_TR_NOOP("Made public by the data subject") },
        { QStringLiteral("f"), QT_TR_NOOP("Legal claims") },
        { QStringLiteral("g"), QT_TR_NOOP("Substantial public interest, by law") },
        { QStringLiteral("h"), QT_TR_NOOP("Health or social care") },
        { QStringLiteral("i"), QT_TR_NOOP("Public health") },
        { QStringLiteral("j"), QT_TR_NOOP("Archiving, research or statistics") },
    };
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : tr(it.value());
}

QStringList ProcessingRegister::specialCategoryCodes()
{
    return { QStringLiteral("gezondheid"), QStringLiteral("strafrechtelijk"),
             QStringLiteral("overlast"),   QStringLiteral("etnisch"),
             QStringLiteral("religie"),    QStringLiteral("politiek"),
             QStringLiteral("vakbond"),    QStringLiteral("biometrisch"),
             QStringLiteral("genetisch"),  QStringLiteral("seksueel") };
}

QString ProcessingRegister::specialCategoryLabel(const QString &code)
{
    if (code == QLatin1StringView("gezondheid"))
        return tr("Health (medical)");
    // Not special categories: their labels say what they are instead.
    if (code == QLatin1StringView("strafrechtelijk"))
        return tr("Criminal (art. 10)");
    if (code == QLatin1StringView("overlast"))
        return tr("Nuisance (sensitive)");
    if (code == QLatin1StringView("etnisch"))
        return tr("Racial or ethnic origin");
    if (code == QLatin1StringView("religie"))
        return tr("Religion or belief");
    if (code == QLatin1StringView("politiek"))
        return tr("Political opinions");
    if (code == QLatin1StringView("vakbond"))
        return tr("Trade union membership");
    if (code == QLatin1StringView("biometrisch"))
        return tr("Biometric");
    if (code == QLatin1StringView("genetisch"))
        return tr("Genetic");
    if (code == QLatin1StringView("seksueel"))
        return tr("Sex life or orientation");
    return code;
}

QJsonObject ProcessingRegister::toJson(const ProcessingActivity &a)
{
    QJsonArray data;
    for (const PersonalDataCategory &category : a.dataCategories)
        data.append(QJsonObject { { QStringLiteral("name"), category.name },
                                  { QStringLiteral("special"), jsonList(category.special) } });
    return {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("purposeCode"), a.purposeCode },
        { QStringLiteral("purpose"), a.purpose },
        { QStringLiteral("subCode"), a.subCode },
        { QStringLiteral("subPurpose"), a.subPurpose },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("description"), a.description },
        { QStringLiteral("legalBases"), jsonList(a.legalBases) },
        { QStringLiteral("legalBasisText"), a.legalBasisText },
        { QStringLiteral("subjects"), jsonList(a.subjects) },
        { QStringLiteral("dataCategories"), data },
        { QStringLiteral("sources"), jsonList(a.sources) },
        { QStringLiteral("recipients"), jsonList(a.recipients) },
        { QStringLiteral("processors"), jsonList(a.processors) },
        { QStringLiteral("systems"), jsonList(a.systems) },
        { QStringLiteral("specialException"), a.specialException },
        { QStringLiteral("criminalBasis"), a.criminalBasis },
        { QStringLiteral("outsideEu"), a.outsideEu },
        { QStringLiteral("transferCountry"), a.transferCountry },
        { QStringLiteral("transferSafeguard"), a.transferSafeguard },
        { QStringLiteral("retention"), a.retention },
        { QStringLiteral("security"), a.security },
        { QStringLiteral("anonymous"), a.anonymous },
        { QStringLiteral("updatedAt"),
          a.updatedAt.isValid() ? QJsonValue(timestamp(a.updatedAt)) : QJsonValue() },
        { QStringLiteral("updatedBy"), a.updatedBy },
    };
}

bool ProcessingRegister::seedExample(ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("processing.seeded"));
    if (!unit.permit(error))
        return false;
    if (!m_session.store().isDemo()) {
        *error = { ServiceError::Code::Invalid,
                   tr("Example activities are only for the demo store.") };
        return false;
    }
    ServiceError readError;
    if (count(&readError) > 0)
        return true;
    if (readError.isError()) { // not read: never seeded twice, never over a full register
        *error = readError;
        return false;
    }

    // One unit: each activity is added as the officer would add it (its own event), and the
    // register is seeded whole or not at all.
    return unit.commit(
        [this](UnitOfWork::Write &, ServiceError *failure) {
            for (const ProcessingActivity &activity : examples())
                if (!add(activity, BsnCheck::Refuse, failure))
                    return false;
            return true;
        },
        error);
}

} // namespace pd
