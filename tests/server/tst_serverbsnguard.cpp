// The BSN guard on the server: resources/server/bsnguard.sql's pd_bsn_findings finds
// what the desk's findBsnNumbers finds, row for row of the one table of disguises, and for the
// characters of every class of the generated table of characters; and the server refuses at commit,
// for every login with psql, a row whose guarded text holds a BSN, unless the same transaction
// records the override about that row's entity, as the application does.

#include "DisguiseTable.h"
#include "ServerStoreFixture.h"
#include "breaches/BreachRepository.h"
#include "breaches/BreachService.h"
#include "cases/CaseService.h"
#include "domain/BsnCharacters.h"
#include "domain/BsnGuard.h"
#include "session/Session.h"
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
        CaseService cases(Session { *store });
        NewCase request;
        request.person.name = name;
        request.person.relation = Relation::Huurder;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Telefoon;
        request.receivedDate = pd::systemClock().today();
        ServiceError error;
        const auto created = cases.add(request, BsnCheck::Refuse, &error);
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

// The character classes bsnguard.sql was generated with, against the desk's table
// (domain/BsnCharacters.h, generated from the same walk of Unicode): of every range of the
// table its first, middle and last character, and every character of a digit's or an ASCII
// kind's class, in probes that tell the guard's readings apart — a digit (and its value),
// invisible, the end of a number, a separator (and its kind and whether it is weak). The desk
// reads each as its class says, and the server as the desk.
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
    // The probes for a character of a class, the first one read as the class says: a digit of
    // its value completes a BSN; invisible, it joins two groups into one; ending a number, it
    // splits them; a separator joins them.
    const auto probes = [&valuePrefixes](char32_t c, std::uint8_t cls) {
        const QString ch = QString::fromUcs4(&c, 1);
        if (cls < 10)
            return QStringList { valuePrefixes.at(cls) + ch, u"123456782"_s + ch };
        QStringList parts { u"1234"_s + ch + u"56782"_s, u"123456782"_s + ch + u"1"_s,
                            u"02"_s + ch + u"01"_s + ch + u"1980"_s };
        if (cls == bsn::Mark || cls == bsn::Invisible || cls == bsn::Ends)
            return parts;
        parts << u"2024"_s + ch + u"0016"_s; // a slash: a year reference
        for (const QString &kind : { u"-"_s, u" "_s, u"."_s, u"_"_s, u","_s, u"/"_s, u":"_s })
            parts << u"02"_s + ch + u"01"_s + kind + u"1980"_s; // the same kind: a date
        return parts;
    };
    const auto readAsItsClass = [&valuePrefixes](std::uint8_t cls, const QString &first) {
        if (cls < 10)
            return first.endsWith(valuePrefixes.at(cls).right(3) + QChar(u'0' + cls));
        const bool found = !first.isEmpty();
        return cls == bsn::Ends ? !found : found;
    };
    // The characters: every one of a class other than letters and separators of their own kind,
    // and of those two (the scripts' letters, the unassigned code points) every range's first,
    // middle and last and every 256th.
    QList<char32_t> characters;
    char32_t rangeStart = 0;
    for (char32_t c = 1; c <= 0x110000; ++c) {
        if (c < 0x110000 && bsn::characterClass(c) == bsn::characterClass(rangeStart))
            continue;
        const char32_t last = c - 1;
        const std::uint8_t cls = bsn::characterClass(rangeStart);
        const bool everyOne = cls != bsn::Ends && cls != bsn::OwnKind;
        for (char32_t k = rangeStart; k <= last; ++k) {
            if (everyOne || k == rangeStart || k == last
                || k == rangeStart + (last - rangeStart) / 2 || k % 256 == 0)
                characters << k;
        }
        rangeStart = c;
    }
    characters.removeIf([](char32_t c) { return c <= 1 || (c >= 0xD800 && c <= 0xDFFF); });
    QVERIFY(characters.size() > 14000);
    // Each probe's findings, the probes apart: the desk's, and the server's in one query per
    // batch of characters.
    QSqlQuery query(QSqlDatabase::database(superuserConnection, false));
    QVERIFY(query.prepare(u"SELECT string_agg(array_to_string(pd_bsn_findings(p), ','), '|' "
                          "ORDER BY n) FROM unnest(string_to_array(?, chr(1))) "
                          "WITH ORDINALITY AS probes(p, n)"_s));
    int differences = 0;
    int misread = 0;
    QStringList shown;
    constexpr qsizetype batch = 200;
    for (qsizetype from = 0; from < characters.size(); from += batch) {
        QStringList parts;
        QList<qsizetype> counts;
        for (qsizetype k = from; k < std::min(from + batch, characters.size()); ++k) {
            const QStringList own = probes(characters.at(k), bsn::characterClass(characters.at(k)));
            counts << own.size();
            parts << own;
        }
        query.addBindValue(parts.join(QChar(1)));
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        const QStringList server = query.value(0).toString().split(u'|');
        QCOMPARE(server.size(), parts.size());
        qsizetype at = 0;
        for (qsizetype k = 0; k < counts.size(); ++k) {
            const char32_t c = characters.at(from + k);
            const std::uint8_t cls = bsn::characterClass(c);
            QStringList desk;
            for (qsizetype p = at; p < at + counts.at(k); ++p)
                desk << deskFindings(parts.at(p)).join(u',');
            const QStringList theirs = server.mid(at, counts.at(k));
            at += counts.at(k);
            const QString name
                = u"U+%1 (class %2)"_s.arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
                      .arg(static_cast<int>(cls));
            if (!readAsItsClass(cls, desk.first()) && ++misread <= 20)
                shown << name + u": the desk reads [%1]"_s.arg(desk.join(u'|'));
            if (desk != theirs && ++differences <= 20)
                shown << name
                        + u": the desk [%1], the server [%2]"_s.arg(desk.join(u'|'),
                                                                    theirs.join(u'|'));
        }
    }
    QVERIFY2(differences == 0 && misread == 0,
             qPrintable(u"%1 of %2 characters read otherwise by the server, %3 by the desk:\n"_s
                            .arg(differences)
                            .arg(characters.size())
                            .arg(misread)
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
    const auto added = BreachService(Session { *store }).add(breach, BsnCheck::Refuse, &error);
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
        CaseService cases(Session { *store });
        NewCase request;
        request.person.name = u"Huurder 123 456 782 (klantnummer)"_s;
        request.person.relation = Relation::Huurder;
        request.description = u"Klantnummer 1234.56.782 genoemd"_s;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Telefoon;
        request.receivedDate = pd::systemClock().today();
        ServiceError error;
        QVERIFY(!cases.add(request, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::BsnRefused);
        const auto created = cases.add(request, BsnCheck::ConfirmedNotBsn, &error);
        QVERIFY2(created, qPrintable(login + u": "_s + error.message + u' ' + error.detail));
        if (login == u"fenna"_s) {
            QVERIFY2(cases.addNote(created->number, u"Nummer 111.222.333 is klantnummer"_s,
                                   BsnCheck::ConfirmedNotBsn, &error),
                     qPrintable(error.message + u' ' + error.detail));
        }
    }
}

QTEST_GUILESS_MAIN(TestServerBsnGuard)
#include "tst_serverbsnguard.moc"
