// The BSN guard on the server (issue 36): resources/server/bsnguard.sql's pd_bsn_findings finds
// what the desk's findBsnNumbers finds, row for row of the one table of disguises, and over the
// characters of all of Unicode that the guard reads; and the server refuses at commit, for every
// login with psql, a row whose guarded text holds a BSN, unless the same transaction records the
// override about that row's entity, as the application does.

#include "DisguiseTable.h"
#include "ServerStoreFixture.h"
#include "breaches/BreachRepository.h"
#include "breaches/BreachService.h"
#include "cases/CaseService.h"
#include "domain/BsnGuard.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

using namespace pd::test::serverLogins;

namespace {
const QString superuserConnection = u"bsnguard-superuser"_s;

// The masked findings of the desk's guard, in order.
QStringList deskFindings(const QString &text)
{
    QStringList masked;
    for (const BsnFinding &finding : findBsnNumbers(text))
        masked << finding.masked;
    return masked;
}

// A text[] as QPSQL returns it ("{*****6782,****0003}"); masked numbers need no quoting.
QStringList fromArray(const QString &array)
{
    if (!array.startsWith(u'{') || !array.endsWith(u'}'))
        return { u"(not an array: "_s + array + u')' };
    const QString inner = array.mid(1, array.size() - 2);
    return inner.isEmpty() ? QStringList() : inner.split(u',');
}

// Code points as the text of a test row's name.
QString codePoints(const QString &text)
{
    QStringList out;
    for (const char32_t c : text.toUcs4())
        out << u"U+%1"_s.arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
    return out.join(u' ');
}
} // namespace

class TestServerBsnGuard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void disguisesAsOnTheDesk_data();
    void disguisesAsOnTheDesk();
    void charactersAsOnTheDesk();
    void kccCannotInsertAPersonWithABsn_data();
    void kccCannotInsertAPersonWithABsn();
    void officerCannotWriteABsnIntoARequest();
    void everyTextOfABreachIsGuarded();
    void overrideAboutTheSameRequestLetsItThrough();
    void applicationOverrideIsAccepted();

private:
    QStringList serverFindings(const QString &text)
    {
        QSqlQuery query(QSqlDatabase::database(superuserConnection, false));
        query.prepare(u"SELECT pd_bsn_findings(?)"_s);
        query.addBindValue(text);
        if (!query.exec() || !query.next())
            return { u"(failed: "_s + query.lastError().text() + u')' };
        return fromArray(query.value(0).toString());
    }
    std::unique_ptr<Store> open(const QString &login, const QString &password)
    {
        StoreError error;
        auto store = m_server.open(login, password, &error);
        if (!store)
            qWarning("open %s: %s %s", qPrintable(login), qPrintable(error.message()),
                     qPrintable(error.detail()));
        return store;
    }
    // A request taken in by fenna, by the application: its number.
    QString intake(const QString &name)
    {
        const auto store = open(u"fenna"_s, officerPassword);
        if (!store)
            return {};
        CaseService cases(*store);
        NewCase request;
        request.person.name = name;
        request.person.relation = Relation::Huurder;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Telefoon;
        request.receivedDate = pd::systemClock().today();
        ServiceError error;
        const auto created = cases.add(request, false, &error);
        if (!created) {
            qWarning("intake: %s (%s)", qPrintable(error.message), qPrintable(error.detail));
            return {};
        }
        return created->number;
    }
    QString description(const QString &number)
    {
        const auto read
            = m_server.psql(adminLogin, adminPassword,
                            u"SELECT description FROM cases WHERE number = '%1'"_s.arg(number));
        return read.exitCode == 0 ? read.out : u"(failed: "_s + read.err + u')';
    }

    ServerStoreFixture m_server;
};

void TestServerBsnGuard::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_server.addUser(u"fenna"_s, u"functionaris"_s, officerPassword, &error),
             qPrintable(error));
    QVERIFY2(m_server.addUser(u"karel"_s, u"kcc"_s, kccPassword, &error), qPrintable(error));
    // pd_bsn_findings is the owner's (access.sql grants it to nobody): read as the superuser.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, superuserConnection);
    db.setHostName(m_server.cluster().socketDir());
    db.setPort(m_server.cluster().port());
    db.setUserName(PostgresCluster::superuser());
    db.setDatabaseName(QString::fromLatin1(ServerStoreFixture::database));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery path(db);
    QVERIFY2(path.exec(u"SET search_path = privacydesk"_s), qPrintable(path.lastError().text()));
}

void TestServerBsnGuard::cleanupTestCase()
{
    QSqlDatabase::database(superuserConnection, false).close();
    QSqlDatabase::removeDatabase(superuserConnection);
}

void TestServerBsnGuard::disguisesAsOnTheDesk_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expectBsn");
    QTest::addColumn<int>("line");
    for (const Disguise &row : bsnDisguises())
        QTest::newRow(qPrintable(row.why)) << row.text << row.expectBsn << row.line;
}

// Every row of the table, found or not and with the same masked numbers in the same order.
void TestServerBsnGuard::disguisesAsOnTheDesk()
{
    QFETCH(QString, text);
    QFETCH(bool, expectBsn);
    QFETCH(int, line);
    const QStringList desk = deskFindings(text);
    const QStringList server = serverFindings(text);
    QVERIFY2(server == desk,
             qPrintable(u"line %1 (%2): the desk finds [%3], the server [%4]"_s.arg(line).arg(
                 codePoints(text), desk.join(u", "), server.join(u", "))));
    QCOMPARE(!server.isEmpty(), expectBsn);
}

// The character lists of bsnguard.sql against QChar, as BsnGuard.cpp reads it: every character
// that is a digit, a mark, invisible, a space or punctuation in Qt's Unicode, in probes that
// tell the guard's readings apart — a digit (and its value), skipped, a separator (and its kind
// and whether it is weak), or the end of a number.
void TestServerBsnGuard::charactersAsOnTheDesk()
{
    // Per digit value a prefix that makes a BSN with it, and none without it.
    QStringList valuePrefixes;
    for (int value = 0; value < 10; ++value) {
        for (int start = 10000000; start < 99999999; ++start) {
            const QString prefix = QString::number(start);
            if (passesBsnElfProef(QString(prefix + QString::number(value)))
                && !passesBsnElfProef(prefix)) {
                valuePrefixes << prefix;
                break;
            }
        }
    }
    QCOMPARE(valuePrefixes.size(), 10);
    const auto probes = [&valuePrefixes](const QString &c) {
        QStringList parts { u"1234"_s + c + u"56782"_s, // skipped or a separator: found
                            u"2024"_s + c + u"0016"_s, // a slash: a year reference
                            u"02"_s + c + u"01"_s + c + u"1980"_s, // a separator: a date
                            u"123456782"_s + c + u"1"_s }; // a weak separator splits
        for (const QString &kind : { u"-"_s, u" "_s, u"."_s, u"_"_s, u","_s, u"/"_s })
            parts << u"02"_s + c + u"01"_s + kind + u"1980"_s; // the same kind: a date
        for (const QString &prefix : valuePrefixes)
            parts << prefix + c; // a digit of this value
        return parts;
    };
    // Each probe's findings, the probes apart: the desk's, and the server's in one query.
    QSqlQuery query(QSqlDatabase::database(superuserConnection, false));
    QVERIFY(query.prepare(u"SELECT string_agg(array_to_string(pd_bsn_findings(p), ','), '|' "
                          "ORDER BY n) FROM unnest(string_to_array(?, chr(1))) "
                          "WITH ORDINALITY AS probes(p, n)"_s));
    const auto serverReads = [&query](const QStringList &parts) -> QString {
        query.addBindValue(parts.join(QChar(1)));
        if (!query.exec() || !query.next())
            return u"(failed: "_s + query.lastError().text() + u')';
        return query.value(0).toString();
    };
    const auto deskReads = [](const QStringList &parts) {
        QStringList out;
        for (const QString &part : parts)
            out << deskFindings(part).join(u',');
        return out.join(u'|');
    };
    QList<char32_t> characters;
    for (char32_t c = 0x80; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        switch (QChar::category(c)) {
        case QChar::Number_DecimalDigit:
        case QChar::Number_Other:
        case QChar::Number_Letter:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Mark_SpacingCombining:
        case QChar::Other_Format:
        case QChar::Other_Control:
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
        case QChar::Punctuation_Dash:
        case QChar::Punctuation_Other:
        case QChar::Punctuation_Connector:
        case QChar::Symbol_Math:
            characters << c;
            break;
        default:
            if ((c >= 0xFE50 && c <= 0xFE6F) || (c >= 0xFF01 && c <= 0xFF5E))
                characters << c;
            break;
        }
    }
    QVERIFY(characters.size() > 4000);
    int differences = 0;
    QStringList shown;
    for (const char32_t c : std::as_const(characters)) {
        const QStringList parts = probes(QString::fromUcs4(&c, 1));
        const QString desk = deskReads(parts);
        const QString server = serverReads(parts);
        if (desk == server)
            continue;
        if (++differences <= 20)
            shown << u"U+%1: the desk [%2], the server [%3]"_s
                         .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
                         .arg(desk, server);
    }
    QVERIFY2(differences == 0,
             qPrintable(
                 u"%1 of %2 characters read otherwise:\n"_s.arg(differences).arg(characters.size())
                 + shown.join(u'\n')));
}

void TestServerBsnGuard::kccCannotInsertAPersonWithABsn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("refused");
    QTest::newRow("plain") << u"BSN 123456782"_s << true;
    QTest::newRow("superscript digits") << u"BSN ¹²³⁴⁵⁶⁷⁸²"_s << true;
    QTest::newRow("slash grouping") << u"BSN 1234/56782"_s << true;
    QTest::newRow("zero-width space") << u"BSN 1234\u200B56782"_s << true;
    QTest::newRow("no BSN") << u"J. de Vries, klant 12345"_s << false;
    QTest::newRow("request number") << u"zie AVG-2026-0003"_s << false;
}

// The KCC may insert persons (the phone intake): with psql, a name holding a BSN is refused at
// commit, naming the table and column and only the masked number.
void TestServerBsnGuard::kccCannotInsertAPersonWithABsn()
{
    QFETCH(QString, name);
    QFETCH(bool, refused);
    const QString sql = u"INSERT INTO persons (name, relation, created_at, created_by) "
                        "VALUES ('%1', 'huurder', '2026-01-05T09:00:00.000Z', 'karel')"_s.arg(name);
    const auto result = m_server.psql(u"karel"_s, kccPassword, sql);
    if (!refused) {
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        return;
    }
    QVERIFY2(result.exitCode != 0, qPrintable(name));
    QVERIFY2(result.err.contains(u"persons.name"_s) && result.err.contains(u"*****6782"_s)
                 && result.err.contains(u"citizen service number"_s),
             qPrintable(result.err));
    QVERIFY2(!result.err.contains(u"123456782"_s) && !result.err.contains(u"56782"_s),
             qPrintable(result.err));
    const auto count = m_server.psql(adminLogin, adminPassword,
                                     u"SELECT count(*) FROM persons WHERE name = '%1'"_s.arg(name));
    QCOMPARE(count.out, u"0"_s);

    // The refusal is a check_violation (23514), on the application's own connection too.
    const auto store = open(u"karel"_s, kccPassword);
    QVERIFY(store);
    QSqlQuery query(store->database());
    query.prepare(u"INSERT INTO persons (name, relation, created_at, created_by) "
                  "VALUES (?, 'huurder', '2026-01-05T09:00:00.000Z', 'karel')"_s);
    query.addBindValue(name);
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().nativeErrorCode(), u"23514"_s);
}

// A functionaris may change a request; with psql, a description with a BSN is refused, and so
// is the same with an override about another request.
void TestServerBsnGuard::officerCannotWriteABsnIntoARequest()
{
    const QString number = intake(u"Petra Bakker"_s);
    QVERIFY(!number.isEmpty());
    const QString other = intake(u"Sanne de Wit"_s);
    QVERIFY(!other.isEmpty());
    const auto plain = m_server.psql(
        u"fenna"_s, officerPassword,
        u"UPDATE cases SET description = 'bsn 1234/56782' WHERE number = '%1'"_s.arg(number));
    QVERIFY2(plain.exitCode != 0 && plain.err.contains(u"cases.description"_s)
                 && plain.err.contains(u"*****6782"_s),
             qPrintable(plain.err));
    const auto elsewhere = m_server.psql(
        u"fenna"_s, officerPassword,
        u"SELECT pd_audit_append('[[\"case\", \"%2\", \"bsn.override\", \"{}\"]]'::jsonb); "
        "UPDATE cases SET description = 'bsn 1234/56782' WHERE number = '%1'"_s.arg(number, other));
    QVERIFY2(elsewhere.exitCode != 0 && elsewhere.err.contains(u"cases.description"_s),
             qPrintable(elsewhere.err));
    // A note in the request's name, written by hand.
    const auto note = m_server.psql(
        u"fenna"_s, officerPassword,
        u"INSERT INTO case_notes (case_id, written_at, author, body) SELECT id, "
        "'2026-01-05T09:00:00.000Z', 'fenna', 'BSN ¹²³ ⁴⁵⁶ ⁷⁸²' FROM cases WHERE number = '%1'"_s
            .arg(number));
    QVERIFY2(note.exitCode != 0 && note.err.contains(u"case_notes.body"_s), qPrintable(note.err));
    QCOMPARE(description(number), QString());
    // Every text of the request the desk guards (CaseService::add, setTransmitTo): the
    // representative's and the receiving controller's addresses were once left out.
    for (const QString &column :
         { u"representative_mandate"_s, u"representative_organisation"_s,
           u"representative_address"_s, u"transmit_to_name"_s, u"transmit_to_address"_s }) {
        const auto written = m_server.psql(
            u"fenna"_s, officerPassword,
            u"UPDATE cases SET %1 = 'bsn 1234/56782' WHERE number = '%2'"_s.arg(column, number));
        QVERIFY2(written.exitCode != 0 && written.err.contains(u"cases."_s + column)
                     && written.err.contains(u"*****6782"_s),
                 qPrintable(column + u": "_s + written.err));
    }
    // Text without a BSN is the officer's to change.
    const auto fine = m_server.psql(
        u"fenna"_s, officerPassword,
        u"UPDATE cases SET description = 'dossier 2024/0016, 06-12345672' WHERE number = '%1'"_s
            .arg(number));
    QVERIFY2(fine.exitCode == 0, qPrintable(fine.err));
    QCOMPARE(description(number), u"dossier 2024/0016, 06-12345672"_s);
}

// Every free text of a data breach that the desk guards — those destroyed with it, the letter's
// own texts for the people included — is guarded on the server too: a functionaris cannot write
// a BSN into any of them with psql.
void TestServerBsnGuard::everyTextOfABreachIsGuarded()
{
    const auto store = open(u"fenna"_s, officerPassword);
    QVERIFY(store);
    Breach breach;
    breach.title = u"Brief naar verkeerd adres"_s;
    breach.discoveredAt = pd::systemClock().now().addSecs(-3600);
    ServiceError error;
    const auto added = BreachService(*store).add(breach, false, &error);
    QVERIFY2(added, qPrintable(error.message));
    const QStringList columns = BreachRepository::freeTextColumns() + QStringList { u"title"_s };
    QVERIFY(columns.contains(u"subjects_measures"_s));
    for (const QString &column : columns) {
        const auto written
            = m_server.psql(u"fenna"_s, officerPassword,
                            u"UPDATE breaches SET %1 = 'bsn 1234/56782' WHERE number = '%2'"_s.arg(
                                column, added->number));
        QVERIFY2(written.exitCode != 0 && written.err.contains(u"breaches."_s + column)
                     && written.err.contains(u"*****6782"_s),
                 qPrintable(column + u": "_s + written.err));
    }
}

// The override the application records — a bsn.override event about the same request in the
// same transaction — lets the text through; a later change of another column does not check the
// text again, a change of the text does.
void TestServerBsnGuard::overrideAboutTheSameRequestLetsItThrough()
{
    const QString number = intake(u"Lotte Visser"_s);
    QVERIFY(!number.isEmpty());
    const auto overridden = m_server.psql(
        u"fenna"_s, officerPassword,
        u"SELECT pd_audit_append('[[\"case\", \"%1\", \"bsn.override\", \"{}\"]]'::jsonb); "
        "UPDATE cases SET description = 'klantnummer 1234/56782' WHERE number = '%1'"_s.arg(
            number));
    QVERIFY2(overridden.exitCode == 0, qPrintable(overridden.err));
    QCOMPARE(description(number), u"klantnummer 1234/56782"_s);
    const auto other = m_server.psql(
        u"fenna"_s, officerPassword,
        u"UPDATE cases SET motivation = 'zie beschrijving' WHERE number = '%1'"_s.arg(number));
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    const auto again = m_server.psql(
        u"fenna"_s, officerPassword,
        u"UPDATE cases SET description = 'klantnummer 111222333' WHERE number = '%1'"_s.arg(
            number));
    QVERIFY2(again.exitCode != 0 && again.err.contains(u"*****2333"_s), qPrintable(again.err));
    QCOMPARE(description(number), u"klantnummer 1234/56782"_s);
}

// The desk's own override, through the services: a new person named with a number the officer
// confirmed is not a BSN, and a note, are stored (the overrides are about the request).
void TestServerBsnGuard::applicationOverrideIsAccepted()
{
    for (const auto &[login, password] :
         { std::pair { u"karel"_s, kccPassword }, std::pair { u"fenna"_s, officerPassword } }) {
        const auto store = open(login, password);
        QVERIFY(store);
        CaseService cases(*store);
        NewCase request;
        request.person.name = u"Huurder 123 456 782 (klantnummer)"_s;
        request.person.relation = Relation::Huurder;
        request.description = u"Klantnummer 1234.56.782 genoemd"_s;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Telefoon;
        request.receivedDate = pd::systemClock().today();
        ServiceError error;
        QVERIFY(!cases.add(request, false, &error));
        QCOMPARE(error.code, ServiceError::Code::BsnRefused);
        const auto created = cases.add(request, true, &error);
        QVERIFY2(created, qPrintable(login + u": "_s + error.message + u' ' + error.detail));
        if (login == u"fenna"_s) {
            QVERIFY2(cases.addNote(created->number, u"Nummer 111.222.333 is klantnummer"_s, true,
                                   &error),
                     qPrintable(error.message + u' ' + error.detail));
        }
    }
}

QTEST_GUILESS_MAIN(TestServerBsnGuard)
#include "tst_serverbsnguard.moc"
