#include "store/ServerAnchor.h"

#include "audit/AuditLog.h"
#include "audit/AuditRepository.h"
#include "store/KeyedFile.h"
#include "util/Clock.h"

#include <QDir>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

constexpr auto formatLine = "privacydesk-server-anchor-v1";
// The kept positions are read whole; one is a few lines.
constexpr qsizetype maxAnchorSize = 64 * 1024;

// The key of this user's kept positions, made on first use.
QByteArray anchorKey(QString *error)
{
    return KeyedFile::key(ServerAnchor::directory(), error);
}

QString anchorPath(const QString &storeId)
{
    return QDir(ServerAnchor::directory()).filePath(storeId + QStringLiteral(".anchor"));
}

QByteArray body(const QString &storeId, const ServerAnchor::Head &head)
{
    return QByteArray(formatLine) + "\nstore=" + storeId.toUtf8()
        + "\nseq=" + QByteArray::number(head.seq) + "\nhash=" + head.hash.toHex()
        + "\ndatabase=" + QByteArray::number(head.database)
        + "\nverified=" + head.verifiedAt.toString(Qt::ISODateWithMs).toUtf8() + '\n';
}

// The kept position of storeId: nullopt with *error empty when none is kept.
std::optional<ServerAnchor::Head> readKept(const QString &storeId, const QByteArray &key,
                                           QString *error)
{
    bool missing = false;
    const QByteArray bytes = KeyedFile::read(anchorPath(storeId), maxAnchorSize, &missing, error);
    if (missing || !error->isEmpty())
        return std::nullopt;
    const std::optional<QByteArray> text = KeyedFile::unsealed(key, bytes);
    ServerAnchor::Head head;
    if (text) {
        for (const QByteArray &line : text->split('\n')) {
            const qsizetype equals = line.indexOf('=');
            const QByteArray name = line.left(equals);
            const QByteArray value = line.mid(equals + 1);
            if (name == "seq")
                head.seq = value.toLongLong();
            else if (name == "hash")
                head.hash = QByteArray::fromHex(value);
            else if (name == "database")
                head.database = value.toLongLong();
            else if (name == "verified")
                head.verifiedAt
                    = QDateTime::fromString(QString::fromUtf8(value), Qt::ISODateWithMs);
        }
    }
    // The text must be exactly what writeKept writes for this store and head.
    if (!text || *text != body(storeId, head)) {
        *error = ServerAnchor::tr("The kept head of the audit trail (%1) was altered or damaged.")
                     .arg(anchorPath(storeId));
        return std::nullopt;
    }
    return head;
}

bool writeKept(const QString &storeId, const QByteArray &key, const ServerAnchor::Head &head,
               QString *error)
{
    return KeyedFile::write(anchorPath(storeId), KeyedFile::sealed(key, body(storeId, head)),
                            error);
}

struct ServerHead
{
    bool readable = false;
    ServerAnchor::Head head;
};

// The trail's head and the database's identity, or nothing when the login may not read the trail.
std::optional<ServerHead> serverHead(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    enum Column { Readable, DatabaseOid }; // the SELECT's columns, in its order
    if (!query.exec(QStringLiteral("SELECT has_table_privilege('privacydesk.audit_events', "
                                   "'SELECT'), (SELECT oid FROM pg_database "
                                   "WHERE datname = current_database())"))
        || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    ServerHead result;
    result.readable = query.value(Readable).toBool();
    result.head.database = query.value(DatabaseOid).toLongLong();
    if (!result.readable)
        return result;
    if (!query.exec(QString::fromLatin1(AuditRepository::headSql()))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (query.next()) {
        result.head.seq = query.value(AuditRepository::HeadSeq).toLongLong();
        result.head.hash = query.value(AuditRepository::HeadHash).toByteArray();
    }
    result.head.verifiedAt = systemClock().now();
    return result;
}

// The hash of the event at seq, or nullopt when there is none (or with *error when unreadable).
std::optional<QByteArray> hashAt(const QSqlDatabase &db, qint64 seq, QString *error)
{
    std::optional<QByteArray> hash;
    if (!AuditRepository::hashOf(db, seq, &hash, error))
        return std::nullopt;
    return hash;
}

// A kept moment as the organisation reads it (Europe/Amsterdam, the user's date format).
QString shown(const QDateTime &utc)
{
    return QLocale().toString(organisationTime(utc), QLocale::ShortFormat);
}

} // namespace

QString ServerAnchor::rolledBack(const QString &what)
{
    //: Dutch: "%1 Meld dit aan IT. Zette IT bewust een back-up terug, dan aanvaardt een beheerder
    //: de audittrail zoals hij nu is met `privacydesk-cli verify --accept-rollback`."
    return tr("%1 Tell IT. If IT restored a backup on purpose, an administrator accepts the audit "
              "trail as it now is with `privacydesk-cli verify --accept-rollback`.")
               .arg(what)
        + QStringLiteral(" [rolled-back]");
}

QString ServerAnchor::directory()
{
    return KeyedFile::folder(QStringLiteral("server-anchors"));
}

ServerAnchor::Result ServerAnchor::check(const QSqlDatabase &db, const QString &storeId)
{
    Result result;
    QString error;
    const auto unreadable = [&result](const QString &why) {
        //: Dutch: "De laatst geziene kop van de audittrail kon niet worden bijgehouden: %1"
        result.problem = tr("The head of the audit trail this computer last saw could not be "
                            "kept: %1")
                             .arg(why);
        return result;
    };
    const std::optional<ServerHead> now = serverHead(db, &error);
    if (!now)
        return unreadable(error);
    if (!now->readable)
        return result; // a KCC login: the trail is not its to read
    result.checked = true;
    const QByteArray key = anchorKey(&error);
    if (key.isEmpty())
        return unreadable(error);
    const std::optional<Head> kept = readKept(storeId, key, &error);
    if (!error.isEmpty()) {
        result.problem = error;
        return result;
    }
    if (!kept) {
        result.kept = now->head;
        if (!writeKept(storeId, key, now->head, &error))
            return unreadable(error);
        return result;
    }
    if (kept->database != now->head.database) {
        // The database was made anew (a restore, or a copy on another server): it must still
        // hold what this computer saw, or it was cut back; either way said, never kept silently.
        //: Dutch: "De database van deze kluis is opnieuw gemaakt sinds deze computer haar zag
        //: (gebeurtenis %1, %2), zoals bij het terugzetten van een back-up."
        result.note = tr("The store's database was made anew since this computer last saw it "
                         "(event %1, %2), as a restore does.")
                          .arg(kept->seq)
                          .arg(shown(kept->verifiedAt));
    }
    result.kept = *kept;
    const std::optional<QByteArray> there = hashAt(db, kept->seq, &error);
    if (!error.isEmpty())
        return unreadable(error);
    if (!there) {
        //: Dutch: "De audittrail op de server eindigt bij gebeurtenis %1, maar deze computer
        //: zag hem op %2 al tot gebeurtenis %3: er zijn gebeurtenissen verwijderd, of een
        //: oudere kopie is teruggezet."
        result.problem = ServerAnchor::rolledBack(
            tr("The audit trail on the server ends at event %1, but this "
               "computer saw it up to event %3 on %2: events were "
               "removed, or an older copy was put back.")
                .arg(now->head.seq)
                .arg(shown(kept->verifiedAt))
                .arg(kept->seq));
        return result;
    }
    if (*there != kept->hash) {
        //: Dutch: "Gebeurtenis %1 van de audittrail op de server is niet meer de gebeurtenis
        //: die deze computer op %2 zag: de audittrail is herschreven."
        result.problem
            = ServerAnchor::rolledBack(tr("Event %1 of the audit trail on the server is no longer "
                                          "the event this computer saw on %2: the trail was "
                                          "rewritten.")
                                           .arg(kept->seq)
                                           .arg(shown(kept->verifiedAt)));
        return result;
    }
    if (now->head.seq == kept->seq && now->head.database == kept->database)
        return result;
    const AuditLog::Verification since = AuditLog(db, storeId).verifyFrom(kept->seq, kept->hash);
    if (!since.ok) {
        //: Dutch: "De audittrail op de server volgt na gebeurtenis %1 niet meer uit wat deze
        //: computer zag: %2"
        result.problem
            = ServerAnchor::rolledBack(tr("The audit trail on the server no longer follows from "
                                          "what this computer saw after event %1: %2")
                                           .arg(kept->seq)
                                           .arg(since.reason));
        return result;
    }
    Head head = now->head;
    head.seq = since.headSeq;
    head.hash = QByteArray::fromHex(since.headHash);
    // Another program of this user may have kept a later head meanwhile: never move back.
    QString rereadError;
    if (const std::optional<Head> latest = readKept(storeId, key, &rereadError);
        latest && latest->database == head.database && latest->seq > head.seq) {
        result.kept = *latest;
        return result;
    }
    if (!writeKept(storeId, key, head, &error))
        return unreadable(error);
    result.kept = head;
    return result;
}

bool ServerAnchor::accept(const QSqlDatabase &db, const QString &storeId, Head *head,
                          QString *error)
{
    const std::optional<ServerHead> now = serverHead(db, error);
    if (!now)
        return false;
    if (!now->readable) {
        *error = QStringLiteral("the login may not read the audit trail");
        return false;
    }
    const QByteArray key = anchorKey(error);
    if (key.isEmpty() || !writeKept(storeId, key, now->head, error))
        return false;
    *head = now->head;
    return true;
}

} // namespace pd
