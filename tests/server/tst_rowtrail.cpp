// The server's row trail (audit_row_changes, resources/server/audit.sql): every change to an
// audited row, by the application or by hand with psql as any login, recorded by the server at
// commit with the changed columns and their old and new values, whatever events the
// transaction wrote. No login writes or rewrites it; it copies no secret and no BSN; what
// retention destroys, it forgets.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseHandChanges.h"
#include "cases/CaseService.h"
#include "documents/RowChangeText.h"
#include "mailbox/MailboxService.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::test::serverLogins;

class TestRowTrail final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theApplicationsChangesAreRecorded();
    void aChangeByHandKeepsOldAndNew();
    void detoursAreRecordedToo();
    void noLoginWritesTheRowTrail_data();
    void noLoginWritesTheRowTrail();
    void theOwnerCannotRewriteIt();
    void noSecretNoBsnNoBulk();
    void theDestructionErasesTheValues();

private:
    // The row trail's records about a table's row, oldest first, as JSON objects.
    QList<QJsonObject> changesOf(const QString &table, const QString &rowId) const;
    QString intake(const QString &description);
    QString caseId(const QString &number) const;
    QString psqlOk(const QString &login, const QString &sql);

    ServerStoreFixture m_server;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { systemNow() };
    std::unique_ptr<CaseService> m_cases;
    ServiceError m_error;
};

void TestRowTrail::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(addRoleLogins(m_server, &error), qPrintable(error));
    StoreError openError;
    m_store = m_server.open(adminLogin, adminPassword, &openError);
    QVERIFY2(m_store, qPrintable(openError.message()));
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
}

QList<QJsonObject> TestRowTrail::changesOf(const QString &table, const QString &rowId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT to_jsonb(c)::text FROM audit_row_changes c WHERE table_name = ? "
                  "AND row_id = ? ORDER BY tx, n"_s);
    query.addBindValue(table);
    query.addBindValue(rowId);
    QList<QJsonObject> changes;
    if (!query.exec()) {
        qWarning("the row trail: %s", qPrintable(query.lastError().text()));
        return changes;
    }
    while (query.next())
        changes << QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return changes;
}

QString TestRowTrail::intake(const QString &description)
{
    NewCase request;
    static int next = 0;
    request.person.name = u"Huurder %1"_s.arg(++next);
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Brief;
    request.receivedDate = m_clock.today().addDays(-10);
    request.handler = adminLogin;
    request.description = description;
    const std::optional<Case> c = m_cases->add(request, BsnCheck::Refuse, &m_error);
    if (!c)
        qWarning("intake: %s", qPrintable(m_error.message));
    return c ? c->number : QString();
}

QString TestRowTrail::caseId(const QString &number) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT id FROM cases WHERE number = ?"_s);
    query.addBindValue(number);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString TestRowTrail::psqlOk(const QString &login, const QString &sql)
{
    const ServerStoreFixture::PsqlResult result
        = m_server.psql(login, rolePasswords().value(login), sql);
    if (result.exitCode != 0)
        qWarning("psql as %s: %s", qPrintable(login), qPrintable(result.err));
    return result.exitCode == 0 ? result.out.trimmed() : u"(failed)"_s;
}

// An intake inserts its rows (no values: the row holds them), an extension updates the request,
// and the row trail has both, in the application's login, none by hand.
void TestRowTrail::theApplicationsChangesAreRecorded()
{
    const QString number = intake(u"Inzage in mijn dossier"_s);
    QVERIFY(!number.isEmpty());
    const QString id = caseId(number);
    QList<QJsonObject> changes = changesOf(u"cases"_s, id);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.first().value(u"operation"_s).toString(), u"insert"_s);
    QCOMPARE(changes.first().value(u"actor"_s).toString(), adminLogin);
    QCOMPARE(changes.first().value(u"by_hand"_s).toBool(), false);
    QCOMPARE(changes.first().value(u"entity_type"_s).toString(), u"case"_s);
    QCOMPARE(changes.first().value(u"entity_id"_s).toString(), number);
    QVERIFY(changes.first().value(u"old_values"_s).isNull());
    QVERIFY(changes.first().value(u"new_values"_s).isNull());

    QVERIFY2(m_cases->extend(number, u"Veel systemen te doorzoeken"_s, m_clock.today(),
                             BsnCheck::Refuse, &m_error),
             qPrintable(m_error.message));
    changes = changesOf(u"cases"_s, id);
    const QJsonObject extension = changes.last();
    QCOMPARE(extension.value(u"operation"_s).toString(), u"update"_s);
    QCOMPARE(extension.value(u"by_hand"_s).toBool(), false);
    const QJsonObject before = extension.value(u"old_values"_s).toObject();
    const QJsonObject after = extension.value(u"new_values"_s).toObject();
    QVERIFY2(after.contains(u"extension_reason"_s), QJsonDocument(after).toJson().constData());
    QCOMPARE(after.value(u"extension_reason"_s).toString(), u"Veel systemen te doorzoeken"_s);
    QVERIFY(before.value(u"extension_reason"_s).isNull());
    // Only the changed columns, in both.
    QCOMPARE(before.keys(), after.keys());
    QStringList columns;
    for (const QJsonValue &column : extension.value(u"columns"_s).toArray())
        columns << column.toString();
    QCOMPARE(columns, after.keys());
    QVERIFY(!columns.contains(u"description"_s));
}

// A functionaris moves a request's description and date of receipt with psql: the server keeps
// both values before and after, in her name, by hand, and the sql.changed event it writes names
// that record.
void TestRowTrail::aChangeByHandKeepsOldAndNew()
{
    const QString number = intake(u"Wat hebben jullie over mij?"_s);
    const QString id = caseId(number);
    QVERIFY(!id.isEmpty());
    psqlOk(u"fenna"_s,
           u"UPDATE cases SET description = 'Iets anders', received_date = '2020-01-02' "
           "WHERE id = %1"_s.arg(id));
    const QJsonObject change = changesOf(u"cases"_s, id).last();
    QCOMPARE(change.value(u"actor"_s).toString(), u"fenna"_s);
    QCOMPARE(change.value(u"by_hand"_s).toBool(), true);
    const QJsonObject before = change.value(u"old_values"_s).toObject();
    const QJsonObject after = change.value(u"new_values"_s).toObject();
    QCOMPARE(before.value(u"description"_s).toString(), u"Wat hebben jullie over mij?"_s);
    QCOMPARE(after.value(u"description"_s).toString(), u"Iets anders"_s);
    QCOMPARE(before.value(u"received_date"_s).toString(),
             m_clock.today().addDays(-10).toString(Qt::ISODate));
    QCOMPARE(after.value(u"received_date"_s).toString(), u"2020-01-02"_s);
    // The chained event points at it.
    QSqlQuery event(m_store->database());
    event.prepare(u"SELECT payload, tx FROM audit_events WHERE action = 'sql.changed' AND "
                  "entity_type = 'case' AND entity_id = ? ORDER BY seq DESC LIMIT 1"_s);
    event.addBindValue(number);
    QVERIFY2(event.exec() && event.next(), qPrintable(event.lastError().text()));
    const QJsonObject payload = QJsonDocument::fromJson(event.value(0).toByteArray()).object();
    QCOMPARE(payload.value(u"change"_s).toInt(), change.value(u"n"_s).toInt());
    QCOMPARE(event.value(1).toLongLong(), change.value(u"tx"_s).toVariant().toLongLong());

    // The officer's timeline (the desk's and `case timeline`'s) reads it under that event, in
    // words; a KCC login, which may not read the timeline, is refused it.
    ServiceError error;
    const auto kept = handChangesOfCase(Session { *m_store, m_clock }, number, &error);
    QVERIFY2(kept, qPrintable(error.message));
    QCOMPARE(kept->size(), 1);
    const QString words = RowChangeText::values(kept->cbegin().value());
    QVERIFY2(words.contains(u"description: \u2018Wat hebben jullie over mij?\u2019 \u2192 "
                            "\u2018Iets anders\u2019"_s),
             qPrintable(words));
    QVERIFY2(words.contains(u"received_date: "_s), qPrintable(words));
    StoreError openError;
    const auto kcc = m_server.open(u"karel"_s, rolePasswords().value(u"karel"_s), &openError);
    QVERIFY2(kcc, qPrintable(openError.message()));
    QVERIFY(!handChangesOfCase(Session { *kcc, m_clock }, number, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
}

// Detours no rule of the events names: a change undone in the same transaction, a change behind
// an event that describes it (an extension appended by hand in the same transaction), a note
// removed and written again, a row of no entity. Each leaves its values in the row trail.
void TestRowTrail::detoursAreRecordedToo()
{
    const QString number = intake(u"Oorspronkelijke omschrijving"_s);
    const QString id = caseId(number);
    const qsizetype before = changesOf(u"cases"_s, id).size();
    psqlOk(u"fenna"_s,
           u"BEGIN; UPDATE cases SET description = 'Tussendoor' WHERE id = %1; "
           "UPDATE cases SET description = 'Oorspronkelijke omschrijving' WHERE id = %1; "
           "COMMIT;"_s.arg(id));
    QList<QJsonObject> changes = changesOf(u"cases"_s, id);
    QCOMPARE(changes.size(), before + 2);
    QCOMPARE(changes.at(before).value(u"new_values"_s)[u"description"_s].toString(),
             u"Tussendoor"_s);
    QCOMPARE(changes.at(before + 1).value(u"old_values"_s)[u"description"_s].toString(),
             u"Tussendoor"_s);

    // An extension's event appended with the change: the event may describe the columns an
    // extension writes, but the row trail keeps what the statement did.
    psqlOk(u"fenna"_s,
           u"BEGIN; UPDATE cases SET extended = 1, extension_reason = 'Achteraf' WHERE id = %1; "
           "SELECT pd_audit_append(jsonb_build_array(jsonb_build_array('case', '%2', "
           "'case.extended', '{}'))); COMMIT;"_s.arg(id, number));
    changes = changesOf(u"cases"_s, id);
    QCOMPARE(changes.last().value(u"actor"_s).toString(), u"fenna"_s);
    QCOMPARE(changes.last().value(u"new_values"_s)[u"extension_reason"_s].toString(),
             u"Achteraf"_s);

    QVERIFY2(m_cases->addNote(number, u"Gebeld met de huurder"_s, BsnCheck::Refuse, &m_error),
             qPrintable(m_error.message));
    const QString note = psqlOk(adminLogin,
                                u"SELECT id FROM case_notes WHERE case_id = %1 ORDER BY id DESC "
                                "LIMIT 1"_s.arg(id));
    psqlOk(u"fenna"_s, u"DELETE FROM case_notes WHERE id = %1"_s.arg(note));
    const QJsonObject removed = changesOf(u"case_notes"_s, note).last();
    QCOMPARE(removed.value(u"operation"_s).toString(), u"delete"_s);
    QCOMPARE(removed.value(u"by_hand"_s).toBool(), true);
    QCOMPARE(removed.value(u"old_values"_s)[u"body"_s].toString(), u"Gebeld met de huurder"_s);
    QCOMPARE(removed.value(u"entity_id"_s).toString(), number);

    // A row of no entity: a setting, added and changed by hand.
    psqlOk(adminLogin,
           u"INSERT INTO settings (key, value, changed_at, changed_by) VALUES ('proef.sleutel', "
           "'een', 'nu', 'psql'); UPDATE settings SET value = 'twee' WHERE key = "
           "'proef.sleutel'"_s);
    const QString kept
        = psqlOk(adminLogin,
                 u"SELECT count(*) FROM audit_row_changes WHERE table_name = 'settings' AND "
                 "operation = 'update' AND entity_type IS NULL AND by_hand AND old_values ->> "
                 "'value' = 'een' AND new_values ->> 'value' = 'twee'"_s);
    QVERIFY2(kept.toInt() >= 1, qPrintable(kept));
}

void TestRowTrail::noLoginWritesTheRowTrail_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    const QString read = u"SELECT count(*) FROM audit_row_changes"_s;
    const QString forge
        = u"INSERT INTO audit_row_changes (tx, n, occurred_at, actor, table_name, operation, "
          "by_hand) VALUES (1, 1, 'nu', 'x', 'cases', 'update', false)"_s;
    const QString hide = u"UPDATE audit_row_changes SET by_hand = false"_s;
    const QString erase = u"UPDATE audit_row_changes SET old_values = NULL, new_values = NULL, "
                          "values_destroyed_at = 'nu'"_s;
    const QString remove = u"DELETE FROM audit_row_changes"_s;
    const QString truncate = u"TRUNCATE audit_row_changes"_s;
    for (const QString &login : { adminLogin, u"fenna"_s, u"karel"_s, u"anna"_s }) {
        QTest::addRow("%s reads", qPrintable(login)) << login << read << (login != u"karel"_s);
        QTest::addRow("%s forges", qPrintable(login)) << login << forge << false;
        QTest::addRow("%s hides", qPrintable(login)) << login << hide << false;
        QTest::addRow("%s erases values", qPrintable(login))
            << login
            << u"SELECT set_config('privacydesk.destroying_values', 'on', false); "_s + erase
            << false;
        QTest::addRow("%s removes", qPrintable(login)) << login << remove << false;
        QTest::addRow("%s truncates", qPrintable(login)) << login << truncate << false;
    }
}

void TestRowTrail::noLoginWritesTheRowTrail()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    const ServerStoreFixture::PsqlResult result
        = m_server.psql(login, rolePasswords().value(login), sql);
    const QString verdict = psqlVerdict(result, allowed);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
}

// Even with every privilege (a superuser, as the owner would be), the guard lets no record be
// changed, removed or emptied but by the erasure of its values.
void TestRowTrail::theOwnerCannotRewriteIt()
{
    for (const QString &sql :
         { u"UPDATE audit_row_changes SET by_hand = NOT by_hand"_s,
           u"UPDATE audit_row_changes SET actor = 'iemand'"_s, u"DELETE FROM audit_row_changes"_s,
           u"TRUNCATE audit_row_changes"_s,
           // Erasing values while changing what else it says.
           u"UPDATE audit_row_changes SET old_values = NULL, new_values = NULL, "
           "values_destroyed_at = 'nu', actor = 'iemand'"_s }) {
        QString error;
        QVERIFY2(!m_server.cluster().execAsSuperuser(
                     { u"SET search_path = privacydesk"_s,
                       u"SELECT set_config('privacydesk.destroying_values', 'on', false)"_s, sql },
                     &error, QString::fromLatin1(ServerStoreFixture::database)),
                 qPrintable(sql));
        QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
    }
}

// The mailbox's secret is never copied; a text over 4,096 characters is kept as its length and
// hash; a value in which the BSN guard finds a number is withheld.
void TestRowTrail::noSecretNoBsnNoBulk()
{
    MailboxAccount account;
    account.server = u"imap.woonstad.example"_s;
    account.login = u"privacy@woonstad.example"_s;
    account.secret = "Eerste-Geheim-2026";
    MailboxService mailbox(Session { *m_store });
    QVERIFY2(mailbox.setAccount(account, &m_error), qPrintable(m_error.message));
    account.secret = "Tweede-Geheim-2026";
    QVERIFY2(mailbox.setAccount(account, &m_error), qPrintable(m_error.message));
    const QString trail = psqlOk(
        adminLogin,
        u"SELECT string_agg(coalesce(old_values::text, '') || coalesce(new_values::text, ''), "
        "' ') FROM audit_row_changes WHERE table_name = 'mailbox_account'"_s);
    QVERIFY2(trail.contains(u"\"secret\": {\"withheld\": \"secret\"}"_s), qPrintable(trail));
    for (const QByteArray &secret : { QByteArray("Eerste-Geheim-2026"), QByteArray("Tweede") })
        for (const QString &form :
             { QString::fromLatin1(secret), QString::fromLatin1(secret.toHex()) })
            QVERIFY2(!trail.contains(form, Qt::CaseInsensitive), qPrintable(trail));

    // A long note removed by hand: its length and hash, not its text.
    const QString number = intake(u"Lange notitie"_s);
    const QString text = u"Gesprek met de huurder. "_s.repeated(200);
    QVERIFY2(m_cases->addNote(number, text, BsnCheck::Refuse, &m_error),
             qPrintable(m_error.message));
    const QString id = caseId(number);
    const QString note = psqlOk(
        adminLogin,
        u"SELECT id FROM case_notes WHERE case_id = %1 ORDER BY id DESC LIMIT 1"_s.arg(id));
    psqlOk(u"fenna"_s, u"DELETE FROM case_notes WHERE id = %1"_s.arg(note));
    const QJsonObject kept = changesOf(u"case_notes"_s, note)
                                 .last()
                                 .value(u"old_values"_s)
                                 .toObject()
                                 .value(u"body"_s)
                                 .toObject();
    QCOMPARE(kept.value(u"withheld"_s).toString(), u"size"_s);
    QCOMPARE(kept.value(u"chars"_s).toInt(), text.trimmed().size());
    QCOMPARE(kept.value(u"sha256"_s).toString().size(), 64);

    // The rule itself, for what a row could hold from before the guard (a superuser's insert,
    // an old store): a BSN in any spelling the guard reads is withheld.
    QStringList rows;
    QString error;
    const QString bsn = elfProefNumber();
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"SET search_path = privacydesk"_s,
                   u"SELECT pd_audit_kept_value('persons', 'name', to_jsonb(v))::text FROM "
                   "unnest(ARRAY['Jan %1', 'Jan %2', 'Jan %3', 'Jan Jansen']) AS v"_s.arg(
                       bsn, fullWidth(bsn), grouped(bsn, { 3, 3, 3 }, u"."_s)) },
                 &error, QString::fromLatin1(ServerStoreFixture::database), &rows),
             qPrintable(error));
    QCOMPARE(rows,
             (QStringList { u"{\"withheld\": \"bsn\"}"_s, u"{\"withheld\": \"bsn\"}"_s,
                            u"{\"withheld\": \"bsn\"}"_s, u"\"Jan Jansen\""_s }));
}

// A destruction under retention: the values kept of the request's rows go with its details, the
// changes of the destruction itself keep none, and what changed, by whom and when stays.
void TestRowTrail::theDestructionErasesTheValues()
{
    const QString number = intake(u"Omschrijving met persoonsgegevens"_s);
    const QString id = caseId(number);
    psqlOk(u"fenna"_s, u"UPDATE cases SET description = 'Gewijzigd' WHERE id = %1"_s.arg(id));
    QVERIFY(!changesOf(u"cases"_s, id).last().value(u"old_values"_s).isNull());

    const QSqlDatabase db = m_store->database();
    QVERIFY(execSql(db,
                    u"UPDATE persons SET anonymised_at = '2026-11-20T10:00:00.000Z' WHERE id = "
                    "(SELECT person_id FROM cases WHERE id = %1)"_s.arg(id)));
    AuditLog log(db, m_store->info().storeId.toString(QUuid::WithoutBraces));
    QVERIFY(QSqlDatabase(db).transaction());
    QVERIFY(execSql(db, u"UPDATE cases SET description = '' WHERE id = %1"_s.arg(id)));
    QVERIFY(recordRequestDestroyed(db, log, number));
    QString error;
    QVERIFY2(log.destroyPayloads(u"case"_s, number, &error) >= 0, qPrintable(error));
    QVERIFY2(QSqlDatabase(db).commit(), qPrintable(db.lastError().text()));

    const QList<QJsonObject> changes = changesOf(u"cases"_s, id);
    QVERIFY(changes.size() >= 3);
    for (const QJsonObject &change : changes) {
        QVERIFY2(change.value(u"old_values"_s).isNull() && change.value(u"new_values"_s).isNull(),
                 QJsonDocument(change).toJson().constData());
        if (change.value(u"operation"_s).toString() != u"insert"_s)
            QVERIFY(!change.value(u"values_destroyed_at"_s).toString().isEmpty());
    }
    QCOMPARE(changes.at(changes.size() - 2).value(u"actor"_s).toString(), u"fenna"_s);
    QCOMPARE(changes.last().value(u"columns"_s).toArray().first().toString(), u"description"_s);
    const QString erased
        = psqlOk(adminLogin,
                 u"SELECT payload::jsonb ->> 'row_changes' FROM audit_events WHERE action = "
                 "'audit.payloads_destroyed' AND entity_id = '%1'"_s.arg(number));
    QVERIFY2(erased.toInt() >= 1, qPrintable(erased));
}

QTEST_GUILESS_MAIN(TestRowTrail)
#include "tst_rowtrail.moc"
