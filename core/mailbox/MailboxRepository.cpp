#include "mailbox/MailboxRepository.h"

#include "sql/Dialect.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

const QString messageColumns = u"id, message_key, sha256, size, state, case_number, reason, "
                               "moved_to, handled_at, handled_by, folder, uid, uid_validity"_s;

HandledMessage messageFrom(const QSqlQuery &row)
{
    HandledMessage m;
    m.id = row.value(u"id"_s).toLongLong();
    m.key = row.value(u"message_key"_s).toString();
    m.sha256 = row.value(u"sha256"_s).toString();
    m.size = row.value(u"size"_s).toLongLong();
    const QString state = row.value(u"state"_s).toString();
    m.pending = state == u"pending"_s;
    m.registered = state == u"registered"_s;
    m.caseNumber = row.value(u"case_number"_s).toString();
    m.reason = row.value(u"reason"_s).toString();
    m.movedTo = row.value(u"moved_to"_s).toString();
    m.handledAt = QDateTime::fromString(row.value(u"handled_at"_s).toString(), Qt::ISODateWithMs);
    m.handledBy = row.value(u"handled_by"_s).toString();
    m.folder = row.value(u"folder"_s).toString();
    m.uid = row.value(u"uid"_s).toLongLong();
    m.uidValidity = row.value(u"uid_validity"_s).toLongLong();
    return m;
}

// Qt's PostgreSQL driver binds a null QString as NULL: an empty text column gets "".
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString stateOf(const HandledMessage &m)
{
    return m.pending ? u"pending"_s : m.registered ? u"registered"_s : u"dismissed"_s;
}

} // namespace

bool MailboxRepository::account(const QSqlDatabase &db, std::optional<MailboxAccount> *found,
                                ServiceError *error)
{
    // clang-format off
    enum AccountColumn {
        Server, Port, Security, Login, Auth, Secret, CaPem, Folder, DoneFolder, DismissFolder,
        SmtpServer, SmtpPort, SmtpSecurity, FromAddress, SentFolder, SentCopy
    };
    // clang-format on
    return statements::selectFirst(
        db,
        u"SELECT server, port, security, login, auth, secret, ca_pem, folder, "
        "done_folder, dismiss_folder, smtp_server, smtp_port, smtp_security, "
        "from_address, sent_folder, sent_copy FROM mailbox_account WHERE id = 1"_s,
        {},
        [](const QSqlQuery &row) {
            MailboxAccount a;
            a.server = row.value(Server).toString();
            a.port = row.value(Port).toInt();
            a.security = codes::from<MailboxAccount::Security>(row.value(Security).toString())
                             .value_or(MailboxAccount::Security::Imaps);
            a.login = row.value(Login).toString();
            a.auth = codes::from<MailboxAccount::Auth>(row.value(Auth).toString())
                         .value_or(MailboxAccount::Auth::Password);
            a.secret = row.value(Secret).toByteArray();
            a.caPem = row.value(CaPem).toString().toUtf8();
            a.folder = row.value(Folder).toString();
            a.doneFolder = row.value(DoneFolder).toString();
            a.dismissFolder = row.value(DismissFolder).toString();
            a.smtpServer = row.value(SmtpServer).toString();
            a.smtpPort = row.value(SmtpPort).toInt();
            a.submission
                = codes::from<MailboxAccount::Submission>(row.value(SmtpSecurity).toString())
                      .value_or(MailboxAccount::Submission::StartTls);
            a.address = row.value(FromAddress).toString();
            a.sentFolder = row.value(SentFolder).toString();
            a.sentCopy = codes::from<MailboxAccount::SentCopy>(row.value(SentCopy).toString())
                             .value_or(MailboxAccount::SentCopy::Privacydesk);
            return a;
        },
        found, error);
}

bool MailboxRepository::setAccount(const QSqlDatabase &db, const MailboxAccount &a, bool exists,
                                   const QString &now, const QString &user, ServiceError *error)
{
    const std::optional<statements::SecretValue> secret
        = statements::secretValue(db, u"mailbox_secret_in"_s, a.secret, error);
    if (!secret)
        return false;
    QSqlQuery query(db);
    QVariantList values { a.server, a.port, codes::code(a.security), a.login, codes::code(a.auth) };
    values << secret->values;
    values << (a.caPem.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                 : QVariant(QString::fromUtf8(a.caPem)))
           << a.folder << a.doneFolder << a.dismissFolder << notNull(a.smtpServer) << a.smtpPort
           << codes::code(a.submission) << notNull(a.address) << a.sentFolder
           << codes::code(a.sentCopy) << now << user;
    if (exists)
        return statements::run(query,
                               u"UPDATE mailbox_account SET server = ?, port = ?, security = ?, "
                               "login = ?, auth = ?, secret = %1, ca_pem = ?, folder = ?, "
                               "done_folder = ?, dismiss_folder = ?, smtp_server = ?, "
                               "smtp_port = ?, smtp_security = ?, from_address = ?, "
                               "sent_folder = ?, sent_copy = ?, updated_at = ?, updated_by = ? "
                               "WHERE id = 1"_s.arg(secret->sql),
                               values, error);
    return statements::run(
        query,
        u"INSERT INTO mailbox_account (server, port, security, login, auth, "
        "secret, ca_pem, folder, done_folder, dismiss_folder, smtp_server, smtp_port, "
        "smtp_security, from_address, sent_folder, sent_copy, updated_at, updated_by, id) "
        "VALUES (?, ?, ?, ?, ?, %1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s.arg(secret->sql),
        values, error);
}

bool MailboxRepository::byKey(const QSqlDatabase &db, const QString &key, const QString &sha256,
                              std::optional<HandledMessage> *found, ServiceError *error)
{
    return statements::selectFirst(
        db,
        u"SELECT "_s + messageColumns
            + u" FROM mailbox_messages WHERE message_key = ? AND sha256 = ?"_s,
        { key, sha256 }, messageFrom, found, error);
}

std::optional<QList<HandledMessage>> MailboxRepository::handled(const QSqlDatabase &db, int limit,
                                                                ServiceError *error)
{
    return statements::select(db,
                              u"SELECT "_s + messageColumns
                                  + u" FROM mailbox_messages WHERE state <> 'pending' "
                                    "ORDER BY id DESC LIMIT ?"_s,
                              { limit }, messageFrom, error);
}

std::optional<QList<HandledMessage>> MailboxRepository::pending(const QSqlDatabase &db,
                                                                ServiceError *error)
{
    return statements::select(db,
                              u"SELECT "_s + messageColumns
                                  + u" FROM mailbox_messages WHERE state = 'pending' ORDER BY id"_s,
                              {}, messageFrom, error);
}

std::optional<qint64> MailboxRepository::insert(const QSqlDatabase &db, const HandledMessage &m,
                                                ServiceError *error)
{
    return statements::inserted(
        db,
        u"INSERT INTO mailbox_messages (message_key, sha256, size, state, "
        "case_number, reason, moved_to, handled_at, handled_by, folder, uid, "
        "uid_validity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { m.key, m.sha256, m.size, stateOf(m), support::nullable(m.caseNumber),
          support::nullable(m.reason), m.movedTo, m.handledAt.toString(Qt::ISODateWithMs),
          m.handledBy, support::nullable(m.folder),
          m.uid > 0 ? QVariant(m.uid) : QVariant(QMetaType(QMetaType::LongLong)),
          m.uidValidity > 0 ? QVariant(m.uidValidity) : QVariant(QMetaType(QMetaType::LongLong)) },
        error);
}

bool MailboxRepository::settle(const QSqlDatabase &db, const HandledMessage &m, ServiceError *error)
{
    QSqlQuery query(db);
    if (!statements::run(query,
                         u"UPDATE mailbox_messages SET state = ?, case_number = ?, reason = ?, "
                         "moved_to = ?, handled_at = ?, handled_by = ? "
                         "WHERE id = ? AND state = 'pending'"_s,
                         { stateOf(m), support::nullable(m.caseNumber), support::nullable(m.reason),
                           m.movedTo, m.handledAt.toString(Qt::ISODateWithMs), m.handledBy, m.id },
                         error))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    //: Dutch: "Het bericht is intussen teruggezet (het werd te lang niet afgemaakt): er is niets
    //: geregistreerd."
    *error = { ServiceError::Code::Conflict,
               QCoreApplication::translate("pd::MailboxRepository",
                                           "The message was put back meanwhile (it was left "
                                           "unfinished too long): nothing was registered."),
               {} };
    return false;
}

bool MailboxRepository::drop(const QSqlDatabase &db, qint64 id, ServiceError *error)
{
    QSqlQuery query(db);
    return statements::run(
        query, u"DELETE FROM mailbox_messages WHERE id = ? AND state = 'pending'"_s, { id }, error);
}

MailboxRepository::Hold::Hold(const QSqlDatabase &db, const QString &key)
    : m_db(db)
    , m_key(u"privacydesk.mailbox."_s + key)
{ }

MailboxRepository::Hold::~Hold()
{
    if (!m_held)
        return;
    // A lock that cannot be let go here goes with the connection.
    QSqlQuery query(m_db);
    ServiceError ignored;
    statements::run(query, u"SELECT pg_advisory_unlock(hashtextextended(?, 0))"_s, { m_key },
                    &ignored);
}

std::optional<bool> MailboxRepository::Hold::take(ServiceError *error)
{
    if (m_held || !sql::isServer(m_db))
        return true;
    const std::optional<QVariant> held = statements::single(
        m_db, u"SELECT pg_try_advisory_lock(hashtextextended(?, 0))"_s, { m_key }, error);
    if (!held)
        return std::nullopt;
    m_held = held->toBool();
    return m_held;
}

std::optional<QString> MailboxRepository::messageIdOf(const QSqlDatabase &db,
                                                      const QString &caseNumber,
                                                      ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!statements::run(query,
                         u"SELECT message_key FROM mailbox_messages WHERE case_number = ? "
                         "AND state = 'registered' ORDER BY id LIMIT 1"_s,
                         { caseNumber }, error))
        return std::nullopt;
    std::optional<QString> key;
    if (!statements::firstRow(
            query, [](const QSqlQuery &row) { return row.value(0).toString(); }, &key, error))
        return std::nullopt;
    // A message without a Message-ID is known by its bytes' hash: nothing to thread under.
    if (!key || key->startsWith(u"sha256:"_s))
        return QString();
    return *key;
}

} // namespace pd
