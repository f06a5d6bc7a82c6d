#include "audit/AuditRepository.h"

#include "sql/Dialect.h"
#include "sql/StatementText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

// The columns of AuditRepository::ChainRow, in its order.
constexpr auto chainColumns = "seq, occurred_at, actor, entity_type, entity_id, action, payload, "
                              "payload_salt, payload_hash, prev_hash, hash, payload_destroyed_at";
// chainColumns' columns, in its order; ChainRows::ofEntity selects the previous event's hash
// after them.
enum ChainColumn {
    ChainSeq,
    ChainOccurredAt,
    ChainActor,
    ChainEntityType,
    ChainEntityId,
    ChainAction,
    ChainPayload,
    ChainPayloadSalt,
    ChainPayloadHash,
    ChainPrevHash,
    ChainHash,
    ChainPayloadDestroyedAt,
    ChainPreviousEventHash
};

// On a server, the events that wait for the chain are sealed onto it before it is read in its
// order (resources/server/audit.sql, pd_audit_seal: a writer that finds another sealing at its
// commit leaves its events waiting, numbered below zero). Reads then take the chain's events
// (seq > 0): one committed after the seal waits for the next read.
bool sealWaiting(const QSqlDatabase &db, QString *error)
{
    if (!sql::isServer(db))
        return true;
    // Only when some wait: a reader then waits for the chain only when there is work for it.
    // Asked as the lowest number, which PostgreSQL reads from the chain's index whatever it
    // knows of the trail: "EXISTS ... seq < 0" was planned as a read of every event
    // while the server had no statistics on it (a new or restored store).
    QSqlQuery seal(db);
    if (seal.exec(u"SELECT CASE WHEN (SELECT min(seq) FROM audit_events) < 0 "
                  "THEN (SELECT head_seq FROM pd_audit_seal()) END"_s))
        return true;
    *error = seal.lastError().text();
    return false;
}

// The events WHERE where holds, with values bound in order, as AuditEvents.
bool readEvents(const QSqlDatabase &db, const QString &where, const QVariantList &values,
                QList<AuditEvent> *events, QString *error)
{
    if (!sealWaiting(db, error))
        return false;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The SELECT's columns, in its order.
    enum EventColumn { Seq, OccurredAt, Actor, EntityType, EntityId, Action, Payload };
    // A refused prepare keeps SQLite's reason; exec() would only say that nothing was prepared.
    if (!query.prepare(u"SELECT seq, occurred_at, actor, entity_type, entity_id, action, payload "
                       "FROM audit_events WHERE seq > 0 AND %1 ORDER BY seq"_s.arg(where))) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        AuditEvent event;
        event.seq = query.value(Seq).toLongLong();
        event.occurredAt
            = QDateTime::fromString(query.value(OccurredAt).toString(), Qt::ISODateWithMs).toUTC();
        event.actor = query.value(Actor).toString();
        event.entityType = query.value(EntityType).toString();
        event.entityId = query.value(EntityId).toString();
        event.action = query.value(Action).toString();
        const QVariant payload = query.value(Payload);
        if (payload.isNull()) {
            event.payloadDestroyed = true;
        } else {
            QJsonParseError parseError;
            const QJsonDocument document
                = QJsonDocument::fromJson(payload.toString().toUtf8(), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                qWarning("AuditLog::eventsFor: payload of event %lld is not JSON", event.seq);
            event.payload = document.object();
        }
        events->append(event);
    }
    if (query.lastError().isValid()) { // a step that failed part-way: not the whole history
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// ROLLBACK TO and RELEASE the savepoint pd_audit_batch: what a failed batch leaves.
void undoBatch(const QSqlDatabase &db)
{
    QSqlQuery rollback(db);
    rollback.exec(u"ROLLBACK TO SAVEPOINT pd_audit_batch"_s);
    rollback.exec(u"RELEASE SAVEPOINT pd_audit_batch"_s);
}

} // namespace

const char *AuditRepository::headSql()
{
    // seq > 0: a server's events wait under a number below zero until their transaction
    // commits (resources/server/audit.sql, pd_audit_seal); the head is the last sealed one.
    return "SELECT seq, hash FROM audit_events WHERE seq > 0 ORDER BY seq DESC LIMIT 1";
}

QString AuditRepository::sealedHeadSql(const QSqlDatabase &db)
{
    return sql::isServer(db) ? u"SELECT head_seq, head_hash FROM pd_audit_seal()"_s
                             : QString::fromLatin1(headSql());
}

const char *AuditRepository::eventSql()
{
    return "SELECT seq, hash FROM audit_events WHERE seq = ?";
}

QString AuditRepository::detailsCountSql(const QString &condition)
{
    return u"SELECT count(*) FROM audit_events a WHERE a.payload IS NOT NULL AND ("_s + condition
        + u')';
}

QString AuditRepository::eventRecordedSql(const QString &entityIdSql, const QString &entityType,
                                          const QString &action, const QString &payloadLike)
{
    return u"EXISTS (SELECT 1 FROM audit_events a WHERE a.entity_id = %1 AND a.action = '%2' "
           "AND a.entity_type || '' = '%3' AND a.payload LIKE '%4')"_s.arg(entityIdSql, action,
                                                                           entityType, payloadLike);
}

bool AuditRepository::head(const QSqlDatabase &db, std::optional<Head> *head, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(headSql()))) {
        *error = query.lastError().text();
        return false;
    }
    head->reset();
    if (query.next())
        *head = Head { query.value(HeadSeq).toLongLong(), query.value(HeadHash).toByteArray() };
    query.finish();
    return true;
}

std::optional<qint64> AuditRepository::othersCommitted(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT pd_audit_others()")) || !query.next()) {
        *error = query.lastError().text().trimmed();
        if (error->isEmpty())
            *error = QStringLiteral("pd_audit_others() gave no answer");
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<QString> AuditRepository::insert(const QSqlDatabase &db, const QList<NewRow> &rows)
{
    constexpr qsizetype rowsPerInsert = 64; // 704 parameters: below SQLite's limit of 999
    QSqlQuery insert(db);
    qsizetype preparedRows = 0;
    const auto prepare = [&](qsizetype count) {
        QString sql = u"INSERT INTO audit_events (seq, occurred_at, actor, entity_type, "
                      "entity_id, action, payload, payload_salt, payload_hash, prev_hash, hash) "
                      "VALUES "_s;
        for (qsizetype i = 0; i < count; ++i)
            sql += i == 0 ? u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                          : u", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        preparedRows = count;
        return insert.prepare(sql);
    };
    const bool several = rows.size() > rowsPerInsert;
    QSqlQuery savepoint(db);
    if (several && !savepoint.exec(u"SAVEPOINT pd_audit_batch"_s))
        return savepoint.lastError().text();
    const auto undo = [&](const QString &failure) {
        if (several)
            undoBatch(db);
        return failure;
    };
    for (qsizetype first = 0; first < rows.size(); first += rowsPerInsert) {
        const qsizetype count = std::min(rowsPerInsert, rows.size() - first);
        if (count != preparedRows && !prepare(count))
            return undo(insert.lastError().text());
        for (qsizetype i = 0; i < count; ++i) {
            const NewRow &row = rows.at(first + i);
            const int base = int(i) * 11;
            insert.bindValue(base, row.seq);
            insert.bindValue(base + 1, row.occurredAt);
            insert.bindValue(base + 2, row.entry.actor);
            insert.bindValue(base + 3, row.entry.entityType);
            insert.bindValue(base + 4, row.entry.entityId);
            insert.bindValue(base + 5, row.entry.action);
            insert.bindValue(base + 6, QString::fromUtf8(row.payload));
            insert.bindValue(base + 7, row.salt);
            insert.bindValue(base + 8, row.payloadHash);
            insert.bindValue(base + 9, row.prevHash);
            insert.bindValue(base + 10, row.hash);
        }
        if (!insert.exec())
            return undo(insert.lastError().text());
    }
    if (several && !savepoint.exec(u"RELEASE SAVEPOINT pd_audit_batch"_s))
        return undo(savepoint.lastError().text());
    return std::nullopt;
}

bool AuditRepository::appendOnServer(const QSqlDatabase &db, const QList<AuditEntry> &entries,
                                     QString *error)
{
    constexpr qsizetype eventsPerCall = 512;
    const bool several = entries.size() > 1;
    QSqlQuery savepoint(db);
    if (several && !savepoint.exec(u"SAVEPOINT pd_audit_batch"_s)) {
        *error = savepoint.lastError().text();
        return false;
    }
    QSqlQuery append(db);
    bool ok = true;
    for (qsizetype first = 0; ok && first < entries.size(); first += eventsPerCall) {
        const qsizetype count = std::min(eventsPerCall, entries.size() - first);
        QJsonArray events;
        for (qsizetype i = first; i < first + count; ++i) {
            const AuditEntry &entry = entries.at(i);
            const QByteArray payload = entry.payloadText.isEmpty()
                ? QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)
                : entry.payloadText;
            events.append(QJsonArray { entry.entityType, entry.entityId, entry.action,
                                       QString::fromUtf8(payload) });
        }
        // One round trip a call (sql/StatementText.h): a batch is one call, seldom more.
        ok = sql::execute(
            append, u"SELECT pd_audit_append(CAST(? AS jsonb))"_s,
            { QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Compact)) });
    }
    if (!ok) {
        *error = append.lastError().text();
        if (several)
            undoBatch(db);
        return false;
    }
    if (several && !savepoint.exec(u"RELEASE SAVEPOINT pd_audit_batch"_s)) {
        *error = savepoint.lastError().text();
        return false;
    }
    return true;
}

bool AuditRepository::eventsOf(const QSqlDatabase &db, const QString &entityType,
                               const QString &entityId, QList<AuditEvent> *events, QString *error)
{
    return readEvents(db, u"entity_type = ? AND entity_id = ?"_s, { entityType, entityId }, events,
                      error);
}

bool AuditRepository::changesByHand(const QSqlDatabase &db, const QString &table, qint64 rowId,
                                    QList<AuditEvent> *events, QString *error)
{
    return readEvents(db,
                      u"entity_type = 'table' AND entity_id = ? AND action = 'sql.changed' AND "
                      "payload::jsonb ->> 'id' = ?"_s,
                      { table, QString::number(rowId) }, events, error);
}

bool AuditRepository::allChangesByHand(const QSqlDatabase &db, int latest,
                                       QList<AuditEvent> *events, int *total, QString *error)
{
    QSqlQuery count(db);
    if (!count.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s)
        || !count.next()) {
        *error = count.lastError().text();
        return false;
    }
    *total = count.value(0).toInt();
    return readEvents(db,
                      u"seq IN (SELECT seq FROM audit_events WHERE action = 'sql.changed' "
                      "ORDER BY seq DESC LIMIT ?)"_s,
                      { latest }, events, error);
}

bool AuditRepository::rowChangesOf(const QSqlDatabase &db, const QString &entityType,
                                   const QString &entityId, QHash<qint64, RowChange> *changes,
                                   QString *error)
{
    changes->clear();
    if (!sql::isServer(db))
        return true;
    // Through the entity's index on both tables; an event whose details were destroyed names
    // no record (its payload is gone, and so are the record's values).
    QSqlQuery query(db);
    // The SELECT's columns, in its order.
    enum ChangeColumn { Seq, TableName, Operation, Columns, OldValues, NewValues, ValuesDestroyed };
    if (!sql::execute(query,
                      u"SELECT e.seq, r.table_name, r.operation, r.columns::text, "
                      "r.old_values::text, r.new_values::text, r.values_destroyed_at IS NOT NULL "
                      "FROM audit_events e JOIN audit_row_changes r ON r.tx = e.tx AND r.n = "
                      "(e.payload::jsonb ->> 'change')::integer WHERE e.entity_type = ? AND "
                      "e.entity_id = ? AND e.action = 'sql.changed' AND e.payload IS NOT NULL"_s,
                      { entityType, entityId })) {
        *error = query.lastError().text();
        return false;
    }
    const auto object = [](const QVariant &text) {
        return QJsonDocument::fromJson(text.toString().toUtf8()).object();
    };
    while (query.next()) {
        RowChange change;
        change.table = query.value(TableName).toString();
        change.operation = query.value(Operation).toString();
        for (const QJsonValue &column :
             QJsonDocument::fromJson(query.value(Columns).toString().toUtf8()).array())
            change.columns << column.toString();
        change.oldValues = object(query.value(OldValues));
        change.newValues = object(query.value(NewValues));
        change.valuesDestroyed = query.value(ValuesDestroyed).toBool();
        changes->insert(query.value(Seq).toLongLong(), change);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

int AuditRepository::destroyPayloads(const QSqlDatabase &db, const QString &entityType,
                                     const QString &entityId, const QString &destroyedAt,
                                     QString *error)
{
    if (sql::isServer(db)) {
        // The only change the server allows on an audit row, through its own function.
        QSqlQuery destroy(db);
        if (!sql::execute(destroy, u"SELECT pd_audit_destroy_payloads(?, ?)"_s,
                          { entityType, entityId })
            || !destroy.next()) {
            *error = destroy.lastError().text();
            return -1;
        }
        return destroy.value(0).toInt();
    }
    // One statement, so atomic on its own; inside a caller's transaction it commits with it.
    // secure_delete (set by the driver) overwrites the freed bytes in the database file.
    QSqlQuery query(db);
    if (!sql::execute(query,
                      u"UPDATE audit_events SET payload = NULL, payload_salt = NULL, "
                      "payload_destroyed_at = ? "
                      "WHERE entity_type = ? AND entity_id = ? AND payload IS NOT NULL"_s,
                      { destroyedAt, entityType, entityId })) {
        *error = query.lastError().text();
        return -1;
    }
    return query.numRowsAffected();
}

AuditRepository::ChainRows::ChainRows(const QSqlDatabase &db)
    : m_db(db)
    , m_query(db)
{
    m_query.setForwardOnly(true); // streams: one row in memory, whatever the length of the chain
}

bool AuditRepository::ChainRows::fromSeq(qint64 startSeq, QString *error)
{
    if (!sealWaiting(m_db, error))
        return false;
    // A prepared statement keeps SQLite's reason when it is refused.
    bool read = m_query.prepare(u"SELECT %1 FROM audit_events WHERE seq >= ? ORDER BY seq"_s.arg(
        QLatin1StringView(chainColumns)));
    if (read) {
        m_query.addBindValue(startSeq);
        read = m_query.exec();
    }
    if (!read)
        *error = m_query.lastError().text();
    return read;
}

bool AuditRepository::ChainRows::ofEntity(const QString &entityType, const QString &entityId,
                                          QString *error)
{
    if (!sealWaiting(m_db, error))
        return false;
    if (!m_query.prepare(u"SELECT e.seq, e.occurred_at, e.actor, e.entity_type, e.entity_id, "
                         "e.action, e.payload, e.payload_salt, e.payload_hash, e.prev_hash, "
                         "e.hash, e.payload_destroyed_at, p.hash FROM audit_events e "
                         "LEFT JOIN audit_events p ON p.seq = e.seq - 1 "
                         "WHERE e.seq > 0 AND e.entity_type = ? AND e.entity_id = ? "
                         "ORDER BY e.seq"_s)) {
        *error = m_query.lastError().text();
        return false;
    }
    m_query.addBindValue(entityType);
    m_query.addBindValue(entityId);
    if (!m_query.exec()) {
        *error = m_query.lastError().text();
        return false;
    }
    return true;
}

bool AuditRepository::ChainRows::next()
{
    return m_query.next();
}

AuditRepository::ChainRow AuditRepository::ChainRows::row() const
{
    ChainRow row;
    row.seq = m_query.value(ChainSeq).toLongLong();
    row.occurredAt = m_query.value(ChainOccurredAt).toString();
    row.actor = m_query.value(ChainActor).toString();
    row.entityType = m_query.value(ChainEntityType).toString();
    row.entityId = m_query.value(ChainEntityId).toString();
    row.action = m_query.value(ChainAction).toString();
    row.payload = m_query.value(ChainPayload);
    row.salt = m_query.value(ChainPayloadSalt);
    row.payloadDigest = m_query.value(ChainPayloadHash).toByteArray();
    row.prevHash = m_query.value(ChainPrevHash).toByteArray();
    row.storedHash = m_query.value(ChainHash).toByteArray();
    row.destroyedRecorded = !m_query.value(ChainPayloadDestroyedAt).isNull();
    return row;
}

std::optional<QByteArray> AuditRepository::ChainRows::previousHash() const
{
    const QVariant hash = m_query.value(ChainPreviousEventHash);
    if (hash.isNull())
        return std::nullopt;
    return hash.toByteArray();
}

QString AuditRepository::ChainRows::errorText() const
{
    return m_query.lastError().isValid() ? m_query.lastError().text() : QString();
}

bool AuditRepository::checkpoint(const QSqlDatabase &db, std::optional<Checkpoint> *checkpoint,
                                 bool *missingTable, QString *error)
{
    checkpoint->reset();
    *missingTable = false;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The SELECT's columns, in its order.
    enum CheckpointColumn { Seq, Hash, Mac, VerifiedAt };
    if (!query.exec(u"SELECT seq, hash, mac, verified_at FROM audit_checkpoints WHERE id = 1"_s)) {
        // A store without the table (before migration 22) has no checkpoint.
        *missingTable = !sql::isServer(db) && !db.tables().contains(u"audit_checkpoints"_s);
        *error = query.lastError().text();
        return false;
    }
    if (query.next())
        *checkpoint
            = Checkpoint { query.value(Seq).toLongLong(), query.value(Hash).toByteArray(),
                           query.value(Mac).toByteArray(), query.value(VerifiedAt).toString() };
    return true;
}

bool AuditRepository::hashOf(const QSqlDatabase &db, qint64 seq, std::optional<QByteArray> *hash,
                             QString *error)
{
    hash->reset();
    QSqlQuery event(db);
    event.setForwardOnly(true);
    if (!sql::execute(event, u"SELECT hash FROM audit_events WHERE seq = ?"_s, { seq })) {
        *error = event.lastError().text();
        return false;
    }
    if (event.next())
        *hash = event.value(0).toByteArray();
    return true;
}

bool AuditRepository::keepCheckpoint(const QSqlDatabase &db, qint64 seq, const QByteArray &hash,
                                     const QByteArray &mac, const QString &verifiedAt,
                                     QString *error)
{
    QSqlQuery query(db);
    bool prepared = false;
    if (sql::isServer(db)) {
        // The server checks the hash against its event and computes the row itself.
        prepared = query.prepare(u"SELECT pd_audit_keep_checkpoint(?, ?)"_s);
        query.addBindValue(seq);
        query.addBindValue(hash);
    } else {
        prepared = query.prepare(u"INSERT OR REPLACE INTO audit_checkpoints "
                                 "(id, seq, hash, mac, verified_at) VALUES (1, ?, ?, ?, ?)"_s);
        query.addBindValue(seq);
        query.addBindValue(hash);
        query.addBindValue(mac);
        query.addBindValue(verifiedAt);
    }
    if (prepared && query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool AuditRepository::dropCheckpoint(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (query.prepare(sql::isServer(db) ? u"SELECT pd_audit_drop_checkpoint()"_s
                                        : u"DELETE FROM audit_checkpoints"_s)
        && query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

namespace {

// EntityEvents' SELECT's columns, in its order.
enum EntityEventColumn { EventEntityIdBytes, EventAction, EventPayload, EventPayloadDestroyed };

} // namespace

AuditRepository::EntityEvents::EntityEvents(const QSqlDatabase &db, const QString &entityType)
    : m_db(db)
    , m_query(db)
{
    // Read beside another result (the rows checked against it): QPSQL streams only one
    // forward-only result per connection (single-row mode), so on a server the events are
    // fetched whole.
    m_query.setForwardOnly(!sql::isServer(db));
    m_query.prepare(u"SELECT %1, action, payload, payload_destroyed_at IS NOT NULL "
                    "FROM audit_events WHERE entity_type = ? ORDER BY %2, seq"_s.arg(
                        sql::utf8Bytes(db, u"entity_id"_s), sql::byteOrder(db, u"entity_id"_s)));
    m_query.addBindValue(entityType);
}

bool AuditRepository::EntityEvents::exec(QString *error)
{
    if (!sealWaiting(m_db, error))
        return false;
    if (m_query.exec())
        return true;
    *error = m_query.lastError().text();
    return false;
}

bool AuditRepository::EntityEvents::next()
{
    return m_query.next();
}

QByteArray AuditRepository::EntityEvents::entityIdBytes() const
{
    return m_query.value(EventEntityIdBytes).toByteArray();
}

QString AuditRepository::EntityEvents::action() const
{
    return m_query.value(EventAction).toString();
}

QByteArray AuditRepository::EntityEvents::payload() const
{
    return m_query.value(EventPayload).toByteArray();
}

bool AuditRepository::EntityEvents::payloadDestroyed() const
{
    return m_query.value(EventPayloadDestroyed).toBool();
}

QString AuditRepository::EntityEvents::errorText() const
{
    return m_query.lastError().isValid() ? m_query.lastError().text() : QString();
}

} // namespace pd
