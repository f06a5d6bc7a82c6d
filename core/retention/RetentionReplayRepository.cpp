// What the replay of destructions on a restored copy reads (RetentionReplayRepository.h):
// the destruction log as traces, and what identifies their data in the copy.
#include "retention/RetentionReplayRepository.h"

#include "breaches/BreachRepository.h"
#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"
#include "retention/RetentionDestructionRepository.h"
#include "retention/RetentionShared.h"
#include "store/Statements.h"
#include "terms/RetentionRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace retention;

namespace {

using statements::failed;

// The person a log entry names as "P-<id>"; 0 for anything else.
qint64 personOf(const QString &subjectRef)
{
    if (!subjectRef.startsWith(QLatin1StringView("P-")))
        return 0;
    bool ok = false;
    const qint64 id = subjectRef.mid(2).toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace

std::optional<QHash<QString, QString>>
RetentionReplayRepository::anonymisedRequestsMade(const QSqlDatabase &db, ServiceError *error)
{
    enum Column { Number, CreatedAt }; // the SELECT's columns, in its order
    const auto rows = statements::select(
        db,
        QStringLiteral("SELECT ") + CaseRepository::numberSql() + QStringLiteral(", ")
            + CaseRepository::createdAtSql() + QStringLiteral(" FROM ")
            + CaseRepository::tableSql(u"c") + QStringLiteral(" ")
            + PersonRepository::joinSql(u"p", CaseRepository::personIdSql())
            + QStringLiteral(" WHERE ") + PersonRepository::anonymisedSql(u"p"),
        {},
        [](const QSqlQuery &row) {
            return std::pair { row.value(Number).toString(), row.value(CreatedAt).toString() };
        },
        error);
    if (!rows)
        return std::nullopt;
    QHash<QString, QString> requestMade;
    for (const auto &[number, createdAt] : *rows)
        requestMade.insert(number, createdAt);
    return requestMade;
}

std::optional<QList<DestructionTrace>> RetentionReplayRepository::destructionTraces(
    const QSqlDatabase &db, const QHash<QString, QString> &requestMade, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The SELECT's columns, in its order.
    enum Column {
        DestroyedAt,
        DestroyedBy,
        Method,
        Kind,
        RuleId,
        SubjectRef,
        CaseNumbers,
        Kept,
        Counts,
        BreachReportedAt,
        PersonCreatedAt
    };
    // A breach by its number, a person by the id in "P-<id>" (through its primary key).
    if (!query.exec(
            QStringLiteral("SELECT d.destroyed_at, d.destroyed_by, d.method, d.kind, d.rule_id, "
                           "d.subject_ref, "
                           "d.case_numbers, d.kept, d.counts, ")
            + BreachRepository::reportedAtSql(u"b") + QStringLiteral(", ")
            + PersonRepository::createdAtSql(u"p") + QStringLiteral(" FROM ")
            + RetentionDestructionRepository::destructionsTableSql() + QStringLiteral(" d ")
            + BreachRepository::leftJoinSql(u"b",
                                            QString(QStringLiteral("d.kind = 'datalek' AND ")
                                                    + BreachRepository::numberSql(u"b")
                                                    + QStringLiteral(" = d.subject_ref")))
            + QStringLiteral(" LEFT ")
            + PersonRepository::joinSql(u"p",
                                        u"CASE WHEN d.subject_ref LIKE 'P-%' THEN "
                                        "CAST(substr(d.subject_ref, 3) AS INTEGER) END")
            + QStringLiteral(" AND d.kind <> 'datalek' ORDER BY d.id"))) {
        failed(query, error);
        return std::nullopt;
    }
    QList<DestructionTrace> traces;
    while (query.next()) {
        DestructionTrace trace;
        trace.destroyedAt
            = QDateTime::fromString(query.value(DestroyedAt).toString(), Qt::ISODateWithMs);
        trace.destroyedBy = query.value(DestroyedBy).toString();
        trace.method = query.value(Method).toString();
        trace.kind = query.value(Kind).toString();
        trace.ruleId = query.value(RuleId).isNull() ? 0 : query.value(RuleId).toLongLong();
        const QString subject = query.value(SubjectRef).toString();
        for (const QString &number :
             query.value(CaseNumbers).toString().split(u' ', Qt::SkipEmptyParts)) {
            if (const auto made = requestMade.constFind(number); made != requestMade.cend())
                trace.cases.append({ number, *made });
        }
        trace.reduced = !query.value(Kept).toString().isEmpty();
        const QJsonObject counts
            = QJsonDocument::fromJson(query.value(Counts).toString().toUtf8()).object();
        if (trace.kind == QLatin1StringView("datalek")) {
            trace.breachNumber = subject;
            trace.breachReportedAt = query.value(BreachReportedAt).toString();
        } else {
            trace.personId = personOf(subject);
            trace.personCreatedAt = query.value(PersonCreatedAt).toString();
        }
        // An item recorded as destroyed took the person's own details with it only when it
        // says what went (recordItemDestroyed logs counts only then).
        trace.personGone
            = trace.kind == QLatin1StringView("item") && trace.ruleId != 0 && !counts.isEmpty();
        traces << trace;
    }
    if (query.lastError().isValid()) {
        failed(query, error);
        return std::nullopt;
    }
    return traces;
}

std::optional<qint64> RetentionReplayRepository::personOfRequest(const QSqlDatabase &db,
                                                                 const QString &number,
                                                                 const QString &createdAt,
                                                                 ServiceError *error)
{
    return statements::id(db,
                          QStringLiteral("SELECT ") + CaseRepository::personIdSql()
                              + QStringLiteral(" FROM ") + CaseRepository::tableSql(u"c")
                              + QStringLiteral(" WHERE ") + CaseRepository::numberSql()
                              + QStringLiteral(" = ? AND ") + CaseRepository::createdAtSql()
                              + QStringLiteral(" = ?"),
                          { number, createdAt }, error);
}

} // namespace pd
