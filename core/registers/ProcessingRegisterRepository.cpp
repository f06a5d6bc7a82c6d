#include "registers/ProcessingRegisterRepository.h"

#include "sql/Dialect.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using statements::failed;
using statements::run;
using support::nullable;

// The columns of all()'s SELECT, in its order.
// clang-format off
enum ActivityColumn {
    Id, PurposeCode, Purpose, SubCode, SubPurpose, Name, Description, LegalBasisText, OutsideEu,
    TransferCountry, TransferSafeguard, Retention, Security, CreatedAt, CreatedBy, UpdatedAt,
    UpdatedBy, SpecialException, CriminalBasis, Anonymous
};
// clang-format on

ProcessingActivity fromQuery(const QSqlQuery &query)
{
    const auto text = [&query](ActivityColumn i) {
        return query.value(i).toString();
    };
    ProcessingActivity a;
    a.id = query.value(Id).toLongLong();
    a.purposeCode = text(PurposeCode);
    a.purpose = text(Purpose);
    a.subCode = text(SubCode);
    a.subPurpose = text(SubPurpose);
    a.name = text(Name);
    a.description = text(Description);
    a.legalBasisText = text(LegalBasisText);
    a.outsideEu = query.value(OutsideEu).toInt() != 0;
    a.transferCountry = text(TransferCountry);
    a.transferSafeguard = text(TransferSafeguard);
    a.retention = text(Retention);
    a.security = text(Security);
    a.createdAt = QDateTime::fromString(text(CreatedAt), Qt::ISODateWithMs);
    a.createdBy = text(CreatedBy);
    a.updatedAt = QDateTime::fromString(text(UpdatedAt), Qt::ISODateWithMs);
    a.updatedBy = text(UpdatedBy);
    a.specialException = text(SpecialException);
    a.criminalBasis = text(CriminalBasis);
    a.anonymous = query.value(Anonymous).toInt() != 0;
    return a;
}

// An item of kind as read into its activity.
void addItem(ProcessingActivity &a, const QString &kind, const QString &value,
             const QString &special)
{
    if (kind == QLatin1StringView("basis"))
        a.legalBases << value;
    else if (kind == QLatin1StringView("subject"))
        a.subjects << value;
    else if (kind == QLatin1StringView("source"))
        a.sources << value;
    else if (kind == QLatin1StringView("recipient"))
        a.recipients << value;
    else if (kind == QLatin1StringView("processor"))
        a.processors << value;
    else if (kind == QLatin1StringView("data"))
        a.dataCategories << PersonalDataCategory { value, special.split(u',', Qt::SkipEmptyParts) };
}

// The values of the row as insert() and update() bind them first, in the columns' order.
QVariantList rowValues(const ProcessingActivity &a)
{
    return { a.purposeCode,
             a.purpose,
             a.subCode,
             a.subPurpose,
             a.name,
             nullable(a.description),
             nullable(a.legalBasisText),
             a.outsideEu ? 1 : 0,
             nullable(a.transferCountry),
             nullable(a.transferSafeguard),
             nullable(a.retention),
             nullable(a.security),
             nullable(a.specialException),
             nullable(a.criminalBasis),
             a.anonymous ? 1 : 0 };
}

// The items of the activity a.id, each list in its order.
bool insertItems(const QSqlDatabase &db, const ProcessingActivity &a, ServiceError *error)
{
    QSqlQuery item(db);
    item.prepare(u"INSERT INTO processing_activity_items (activity_id, kind, position, value, "
                 "special) VALUES (?, ?, ?, ?, ?)"_s);
    const auto insertItem
        = [&](const QString &kind, int position, const QString &value, const QString &special) {
              item.addBindValue(a.id);
              item.addBindValue(kind);
              item.addBindValue(position);
              item.addBindValue(value);
              item.addBindValue(nullable(special));
              return item.exec();
          };
    bool ok = true;
    const auto insertList = [&](const QString &kind, const QStringList &values) {
        for (int i = 0; ok && i < values.size(); ++i)
            ok = insertItem(kind, i, values.at(i), QString());
    };
    insertList(u"basis"_s, a.legalBases);
    insertList(u"subject"_s, a.subjects);
    insertList(u"source"_s, a.sources);
    insertList(u"recipient"_s, a.recipients);
    insertList(u"processor"_s, a.processors);
    for (int i = 0; ok && i < a.dataCategories.size(); ++i)
        ok = insertItem(u"data"_s, i, a.dataCategories.at(i).name,
                        a.dataCategories.at(i).special.join(u','));
    if (!ok)
        return failed(item, error);
    QSqlQuery system(db);
    system.prepare(u"INSERT INTO processing_activity_systems (activity_id, position, name) "
                   "VALUES (?, ?, ?)"_s);
    for (int i = 0; i < a.systems.size(); ++i) {
        system.addBindValue(a.id);
        system.addBindValue(i);
        system.addBindValue(a.systems.at(i));
        if (!system.exec())
            return failed(system, error);
    }
    return true;
}

// The systems of the activities in byId, each list in its order (schema 34).
bool readSystems(const QSqlDatabase &db, std::map<qint64, ProcessingActivity> &byId,
                 ServiceError *error)
{
    QSqlQuery systems(db);
    systems.setForwardOnly(true);
    if (!run(systems,
             u"SELECT activity_id, name FROM processing_activity_systems "
             "ORDER BY activity_id, position"_s,
             {}, error))
        return false;
    enum SystemColumn { SystemActivityId, SystemName };
    while (systems.next()) {
        const auto it = byId.find(systems.value(SystemActivityId).toLongLong());
        if (it != byId.end())
            it->second.systems << systems.value(SystemName).toString();
    }
    return !systems.lastError().isValid() || failed(systems, error);
}

} // namespace

std::optional<QList<ProcessingActivity>> ProcessingRegisterRepository::all(const QSqlDatabase &db,
                                                                           ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             u"SELECT id, purpose_code, purpose, sub_code, sub_purpose, name, description, "
             "legal_basis_text, outside_eu, transfer_country, transfer_safeguard, retention, "
             "security, created_at, created_by, updated_at, updated_by, special_exception, "
             "criminal_basis, anonymous FROM processing_activities"_s,
             {}, error))
        return std::nullopt;
    std::map<qint64, ProcessingActivity> byId;
    while (query.next()) {
        const ProcessingActivity a = fromQuery(query);
        byId.emplace(a.id, a);
    }
    if (query.lastError().isValid()) {
        failed(query, error);
        return std::nullopt;
    }
    QSqlQuery items(db);
    items.setForwardOnly(true);
    if (!run(items,
             u"SELECT activity_id, kind, value, special FROM processing_activity_items "
             "ORDER BY activity_id, kind, position"_s,
             {}, error))
        return std::nullopt;
    enum ItemColumn { ItemActivityId, Kind, Value, Special };
    while (items.next()) {
        const auto it = byId.find(items.value(ItemActivityId).toLongLong());
        if (it != byId.end())
            addItem(it->second, items.value(Kind).toString(), items.value(Value).toString(),
                    items.value(Special).toString());
    }
    if (items.lastError().isValid()) {
        failed(items, error);
        return std::nullopt;
    }
    if (!readSystems(db, byId, error))
        return std::nullopt;
    QList<ProcessingActivity> result;
    result.reserve(static_cast<qsizetype>(byId.size()));
    for (auto &[id, activity] : byId)
        result << activity;
    return result;
}

std::optional<int> ProcessingRegisterRepository::count(const QSqlDatabase &db, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT count(*) FROM processing_activities"_s, {}, error))
        return std::nullopt;
    if (!query.next()) {
        failed(query, error);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<QStringList> ProcessingRegisterRepository::subCodes(const QSqlDatabase &db,
                                                                  const QString &purposeCode,
                                                                  ServiceError *error)
{
    return statements::texts(db,
                             u"SELECT sub_code FROM processing_activities WHERE purpose_code = ?"_s,
                             { purposeCode }, error);
}

std::optional<QString> ProcessingRegisterRepository::purposeName(const QSqlDatabase &db,
                                                                 const QString &purposeCode,
                                                                 qint64 exceptId,
                                                                 ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT purpose FROM processing_activities WHERE purpose_code = ? AND id <> ?"_s,
             { purposeCode, exceptId }, error))
        return std::nullopt;
    if (query.next())
        return query.value(0).toString();
    if (query.lastError().isValid()) {
        failed(query, error);
        return std::nullopt;
    }
    return QString();
}

std::optional<qint64> ProcessingRegisterRepository::insert(const QSqlDatabase &db,
                                                           const ProcessingActivity &activity,
                                                           const QString &now, const QString &user,
                                                           ServiceError *error)
{
    ProcessingActivity a = activity;
    if (!statements::insert(
            db,
            u"INSERT INTO processing_activities (purpose_code, purpose, sub_code, sub_purpose, "
            "name, description, legal_basis_text, outside_eu, transfer_country, "
            "transfer_safeguard, retention, security, special_exception, criminal_basis, "
            "anonymous, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            rowValues(activity) << now << user << now << user, &a.id, error)
        || !insertItems(db, a, error))
        return std::nullopt;
    return a.id;
}

bool ProcessingRegisterRepository::update(const QSqlDatabase &db,
                                          const ProcessingActivity &activity, const QString &now,
                                          const QString &user, ServiceError *error)
{
    return run(db,
               u"UPDATE processing_activities SET purpose_code = ?, purpose = ?, sub_code = ?, "
               "sub_purpose = ?, name = ?, description = ?, legal_basis_text = ?, outside_eu = ?, "
               "transfer_country = ?, transfer_safeguard = ?, retention = ?, security = ?, "
               "special_exception = ?, criminal_basis = ?, anonymous = ?, updated_at = ?, "
               "updated_by = ? WHERE id = ?"_s,
               rowValues(activity) << now << user << activity.id, error)
        && run(db, u"DELETE FROM processing_activity_items WHERE activity_id = ?"_s,
               { activity.id }, error)
        && run(db, u"DELETE FROM processing_activity_systems WHERE activity_id = ?"_s,
               { activity.id }, error)
        && insertItems(db, activity, error);
}

bool ProcessingRegisterRepository::remove(const QSqlDatabase &db, qint64 id, ServiceError *error)
{
    return run(db, u"DELETE FROM processing_activity_items WHERE activity_id = ?"_s, { id }, error)
        && run(db, u"DELETE FROM processing_activity_systems WHERE activity_id = ?"_s, { id },
               error)
        && run(db, u"DELETE FROM processing_activities WHERE id = ?"_s, { id }, error);
}

} // namespace pd
