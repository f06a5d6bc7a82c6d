// Privacydesk-cli vera add|list|check|remove, with the options scripts outside the project use,
// against the fictitious corporation's systems (VeraFixture), on both backends (BOTH_BACKENDS).
// The key and the client secret come from files only and are shown by nothing; check says per
// system what it found, and fails when one is not ok; remove asks for --yes; sync gives the
// person import's counts.

#include "CliRunner.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "VeraFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using Result = CliRunner::Result;

class TestCliVera final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void addListCheckRemove();
    void refusals_data();
    void refusals();
    void discoverKeepsWhatWasFound();
    void anErasuresMarksAreSentAndShown();
    void aMarkThatCannotBeDoneIsSetAside();
    void syncDerivesTheRetentionTerms();

private:
    QString writeSecret(const QString &name, const QByteArray &bytes) const;
    // A request of K1001 of that kind received today; its number, empty when not added.
    QString addRequest(const QString &type) const;

    QTemporaryDir m_dir;
    VeraFixture m_fixture;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliVera::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QString why;
    if (!VeraFixture::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(m_fixture.start(m_dir.filePath(u"fixture"_s), &why,
                             VeraFixture::Answers::CheckedAgainstSpecification),
             qPrintable(why));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_dir.filePath(u"home"_s));
    const QString dir = m_dir.filePath(u"kluis"_s);
    if (testBackend() == Backend::Server) {
        auto served = createServiceStore(dir);
        QVERIFY(served);
        QVERIFY2(m_cli->useStore(serviceStoreLocation(dir), testUser, testPassword, &why),
                 qPrintable(why));
    } else {
        QVERIFY2(m_cli->initStore(dir, u"a.bakker"_s, &why), qPrintable(why));
    }
}

// Every answer the CLI received passed the specification of its domain.
void TestCliVera::cleanup()
{
    const QStringList violations = m_fixture.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

QString TestCliVera::addRequest(const QString &type) const
{
    const Result request
        = m_cli->onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Anna de Vries"_s,
                           u"--klantnummer"_s, u"K1001"_s, u"--type"_s, type, u"--channel"_s,
                           u"email"_s, u"--received"_s, systemToday().toString(Qt::ISODate) });
    if (request.exitCode != 0)
        qWarning("case add: %s", qPrintable(request.err));
    return request.exitCode == 0 ? request.out.trimmed() : QString();
}

QString TestCliVera::writeSecret(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    return path;
}

void TestCliVera::addListCheckRemove()
{
    const QString ca = writeSecret(u"ca.pem"_s, m_fixture.caPem());
    const Result key = m_cli->onStore(
        { u"vera"_s, u"add"_s, u"Empire"_s, u"--domain"_s, u"Relaties"_s, u"--url"_s,
          m_fixture.baseUrl(u"relaties"_s), u"--api-key-file"_s,
          writeSecret(u"sleutel"_s, QByteArray(VeraFixture::apiKey) + '\n'), u"--ca"_s, ca });
    QVERIFY2(key.exitCode == 0, qPrintable(key.err));
    QVERIFY2(key.out.contains(u"Systeem Empire (Relaties) is toegevoegd."_s), qPrintable(key.out));
    QVERIFY2(key.err.isEmpty(), qPrintable(key.err));
    const Result client = m_cli->onStore(
        { u"vera"_s, u"add"_s, u"Tobias"_s, u"--domain"_s, u"dossier"_s, u"--url"_s,
          m_fixture.baseUrl(u"dossier"_s), u"--token-url"_s, m_fixture.tokenUrl(), u"--client-id"_s,
          QString::fromLatin1(VeraFixture::clientId), u"--client-secret-file"_s,
          writeSecret(u"secret"_s, QByteArray(VeraFixture::clientSecret) + '\n'), u"--ca"_s, ca,
          u"--write-back"_s });
    QVERIFY2(client.exitCode == 0, qPrintable(client.err));
    // Saved, with a warning: the vendor's system may be out of this computer's reach only.
    const Result broken
        = m_cli->onStore({ u"vera"_s, u"add"_s, u"Viewpoint"_s, u"--domain"_s, u"onderhoud"_s,
                           u"--url"_s, m_fixture.baseUrl(u"kapot"_s), u"--api-key-file"_s,
                           m_dir.filePath(u"sleutel"_s), u"--ca"_s, ca });
    QVERIFY2(broken.exitCode == 0, qPrintable(broken.err));
    QVERIFY2(broken.err.contains(u"Database niet beschikbaar"_s), qPrintable(broken.err));

    const Result list = m_cli->onStore({ u"vera"_s, u"list"_s, u"--json"_s });
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains(QLatin1StringView(VeraFixture::apiKey)));
    QVERIFY(!list.out.contains(QLatin1StringView(VeraFixture::clientSecret)));
    const QJsonArray systems = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(systems.size(), 3);
    const QJsonObject tobias = systems.at(0).toObject();
    QCOMPARE(tobias.value(u"name"_s).toString(), u"Tobias"_s);
    QCOMPARE(tobias.value(u"domain"_s).toString(), u"dossier"_s);
    QCOMPARE(tobias.value(u"auth"_s).toString(), u"client-credentials"_s);
    QCOMPARE(tobias.value(u"client_id"_s).toString(), QLatin1StringView(VeraFixture::clientId));
    QCOMPARE(tobias.value(u"write_back"_s).toBool(), true);
    QCOMPARE(tobias.value(u"own_ca"_s).toBool(), true);
    QCOMPARE(systems.at(1).toObject().value(u"customer_field"_s).toString(), u"code"_s);

    const Result check = m_cli->onStore({ u"vera"_s, u"check"_s, u"--json"_s });
    QCOMPARE(check.exitCode, 1);
    QMap<QString, QString> status;
    for (const QJsonValue &v : QJsonDocument::fromJson(check.out.toUtf8()).array())
        status.insert(v[u"name"_s].toString(), v[u"status"_s].toString());
    QCOMPARE(status.value(u"Empire"_s), u"ok"_s);
    QCOMPARE(status.value(u"Tobias"_s), u"ok"_s);
    QCOMPARE(status.value(u"Viewpoint"_s), u"fout"_s);

    const Result unconfirmed = m_cli->onStore({ u"vera"_s, u"remove"_s, u"Viewpoint"_s });
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY2(unconfirmed.err.contains(u"--yes"_s), qPrintable(unconfirmed.err));
    const Result removed = m_cli->onStore({ u"vera"_s, u"remove"_s, u"Viewpoint"_s, u"--yes"_s });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    const Result checked = m_cli->onStore({ u"vera"_s, u"check"_s });
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    QVERIFY2(checked.out.contains(u"Empire  Relaties  ok"_s), qPrintable(checked.out));

    // The secrets are in the store only: not in the tool's home.
    for (const QByteArray &secret :
         { QByteArray(VeraFixture::apiKey), QByteArray(VeraFixture::clientSecret) })
        QCOMPARE(filesContaining(m_dir.filePath(u"home"_s), secret), QStringList());
}

void TestCliVera::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString url = u"https://vera.woonstad.example/relaties"_s;
    QTest::newRow("no domain") << QStringList { u"--url"_s, url } << u"--domain"_s;
    QTest::newRow("unknown domain") << QStringList { u"--domain"_s, u"huurders"_s, u"--url"_s, url }
                                    << u"woonruimteverdeling"_s;
    QTest::newRow("no sign-in") << QStringList { u"--domain"_s, u"relaties"_s, u"--url"_s, url }
                                << u"--api-key-file"_s;
    QTest::newRow("both sign-ins")
        << QStringList { u"--domain"_s,       u"relaties"_s,  u"--url"_s,       url,
                         u"--api-key-file"_s, u"/dev/null"_s, u"--client-id"_s, u"x"_s }
        << u"--token-url"_s;
    QTest::newRow("plain http elsewhere")
        << QStringList { u"--domain"_s,       u"relaties"_s,
                         u"--url"_s,          u"http://vera.woonstad.example/"_s,
                         u"--api-key-file"_s, u"KEY"_s }
        << u"https://"_s;
    QTest::newRow("key file is no regular file")
        << QStringList { u"--domain"_s, u"relaties"_s,       u"--url"_s,
                         url,           u"--api-key-file"_s, u"/dev/zero"_s }
        << u"geen gewoon bestand"_s;
}

void TestCliVera::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    arguments.replaceInStrings(u"KEY"_s, writeSecret(u"sleutel2"_s, "k\n"));
    const Result result
        = m_cli->onStore(QStringList { u"vera"_s, u"add"_s, u"Nieuw"_s } + arguments);
    QVERIFY2(result.exitCode != 0, qPrintable(result.out));
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
}

// case discover as scripts read it: the keys of the JSON the organisation's scripts depend on,
// every system with its status, the objects without a BSN, progress on stderr.
void TestCliVera::discoverKeepsWhatWasFound()
{
    const QString ca = writeSecret(u"ca.pem"_s, m_fixture.caPem());
    const QString key = writeSecret(u"sleutel"_s, QByteArray(VeraFixture::apiKey) + '\n');
    for (const auto &[name, domain] : { std::pair { u"Empire Relaties"_s, u"relaties"_s },
                                        std::pair { u"Empire Financieel"_s, u"financien"_s } }) {
        const Result added = m_cli->onStore({ u"vera"_s, u"add"_s, name, u"--domain"_s, domain,
                                              u"--url"_s, m_fixture.baseUrl(domain),
                                              u"--api-key-file"_s, key, u"--ca"_s, ca });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    const Result request
        = m_cli->onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Anna de Vries"_s,
                           u"--klantnummer"_s, u"K1001"_s, u"--type"_s, u"inzage"_s, u"--channel"_s,
                           u"email"_s, u"--received"_s, systemToday().toString(Qt::ISODate) });
    QVERIFY2(request.exitCode == 0, qPrintable(request.err));
    const QString number = request.out.trimmed();

    const Result found = m_cli->onStore({ u"case"_s, u"discover"_s, number, u"--json"_s });
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    QVERIFY2(found.err.contains(u"Empire Financieel: ok (2)"_s), qPrintable(found.err));
    const QJsonObject json = QJsonDocument::fromJson(found.out.toUtf8()).object();
    for (const QString &field :
         { u"case"_s, u"person"_s, u"started"_s, u"finished"_s, u"systems"_s, u"found"_s })
        QVERIFY2(json.contains(field), qPrintable(field));
    QCOMPARE(json[u"case"_s].toString(), number);
    QCOMPARE(json[u"person"_s][u"customer_number"_s].toString(), u"K1001"_s);
    const QJsonArray systems = json[u"systems"_s].toArray();
    QStringList named;
    for (const QJsonValue &s : systems) {
        for (const QString &field :
             { u"name"_s, u"domain"_s, u"status"_s, u"objects"_s, u"error"_s })
            QVERIFY2(s.toObject().contains(field), qPrintable(field));
        named << s[u"name"_s].toString() + u'=' + s[u"status"_s].toString();
    }
    QVERIFY2(named.contains(u"Empire Relaties=ok"_s), qPrintable(named.join(u' ')));
    QVERIFY2(named.contains(u"Empire Financieel=ok"_s), qPrintable(named.join(u' ')));
    // With the systems the first test left: every object names the system it came from.
    int financieel = 0;
    for (const QJsonValue &f : json[u"found"_s].toArray())
        financieel += f[u"system"_s].toString() == u"Empire Financieel"_s ? 1 : 0;
    QCOMPARE(financieel, 2);
    QVERIFY(!found.out.contains(QString::fromLatin1(VeraFixture::bsn())));
    QVERIFY(!found.out.contains(u"\"bsn\""_s));
}

// An erasure's search marks the Zaak found in the dossier system that allows it (--write-back),
// sent at once: in case discover's JSON, then vera write-back finds nothing left to send and
// Vandaag nothing open.
void TestCliVera::anErasuresMarksAreSentAndShown()
{
    const QString ca = writeSecret(u"ca.pem"_s, m_fixture.caPem());
    const QString key = writeSecret(u"sleutel"_s, QByteArray(VeraFixture::apiKey) + '\n');
    const Result added
        = m_cli->onStore({ u"vera"_s, u"add"_s, u"Tobias Dossier"_s, u"--domain"_s, u"dossier"_s,
                           u"--url"_s, m_fixture.baseUrl(u"dossier"_s), u"--api-key-file"_s, key,
                           u"--ca"_s, ca, u"--write-back"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = addRequest(u"verwijdering"_s);
    QVERIFY(!number.isEmpty());

    const Result found = m_cli->onStore({ u"case"_s, u"discover"_s, number, u"--json"_s });
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    const QJsonArray marks
        = QJsonDocument::fromJson(found.out.toUtf8()).object()[u"marks"_s].toArray();
    QCOMPARE(marks.size(), 1);
    const QJsonObject mark = marks.first().toObject();
    for (const QString &field :
         { u"id"_s, u"case"_s, u"system"_s, u"uri"_s, u"action"_s, u"reason"_s, u"state"_s,
           u"attempts"_s, u"error"_s, u"planned"_s })
        QVERIFY2(mark.contains(field), qPrintable(field));
    QCOMPARE(mark[u"case"_s].toString(), number);
    QCOMPARE(mark[u"action"_s].toString(), u"archiefstatus:GEB"_s);
    QCOMPARE(mark[u"reason"_s].toString(), u"verwijdering"_s);
    QCOMPARE(mark[u"state"_s].toString(), u"gedaan"_s);
    QVERIFY2(found.err.contains(u"Zaak geblokkeerd (archiefstatus GEB)"_s), qPrintable(found.err));

    const Result again = m_cli->onStore({ u"vera"_s, u"write-back"_s, number, u"--json"_s });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).array().size(), 0);
    const Result today = m_cli->onStore({ u"today"_s, u"--json"_s });
    QVERIFY2(today.exitCode == 0, qPrintable(today.err));
    QVERIFY(QJsonDocument::fromJson(today.out.toUtf8())
                .object()
                .value(u"vera_marks_open"_s)
                .toArray()
                .isEmpty());
}

// A mark the system refuses for good (write rights never granted, a system replaced) is set
// aside with --dismiss and its reason, by the id --json gives; Vandaag then has nothing open.
// Runs after the erasure above, whose dossier system it uses.
void TestCliVera::aMarkThatCannotBeDoneIsSetAside()
{
    QString why;
    QVERIFY2(m_fixture.reset(&why), qPrintable(why));
    QFile refuse(m_dir.filePath(u"fixture/refuse-writes"_s));
    QVERIFY(refuse.open(QIODevice::WriteOnly));
    refuse.write("dossier/zaken/Z1\n");
    refuse.close();
    const QString number = addRequest(u"beperking"_s);
    QVERIFY(!number.isEmpty());
    const Result found = m_cli->onStore({ u"case"_s, u"discover"_s, number, u"--json"_s });
    // Both dossier systems the earlier tests set up may mark the case, in either order: each mark
    // is refused, named by its id on its line, and set aside.
    const QJsonArray marks
        = QJsonDocument::fromJson(found.out.toUtf8()).object()[u"marks"_s].toArray();
    QVERIFY(!marks.isEmpty());
    QString id;
    for (const QJsonValue &value : marks) {
        const QJsonObject mark = value.toObject();
        QCOMPARE(mark[u"state"_s].toString(), u"geweigerd"_s);
        id = QString::number(mark[u"id"_s].toInteger());
        QVERIFY2(found.err.contains(number + u"  #"_s + id + u"  "_s + mark[u"system"_s].toString()
                                    + u"  "_s),
                 qPrintable(found.err));
        const Result bare
            = m_cli->onStore({ u"vera"_s, u"write-back"_s, number, u"--dismiss"_s, id });
        QCOMPARE(bare.exitCode, 2);
        const Result set = m_cli->onStore({ u"vera"_s, u"write-back"_s, number, u"--dismiss"_s, id,
                                            u"--reason"_s, u"Dossiersysteem vervangen"_s });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const Result again = m_cli->onStore({ u"vera"_s, u"write-back"_s, number, u"--dismiss"_s,
                                              id, u"--reason"_s, u"Nog eens"_s });
        QCOMPARE(again.exitCode, 1);
    }
    const Result today = m_cli->onStore({ u"today"_s, u"--json"_s });
    QVERIFY2(today.exitCode == 0, qPrintable(today.err));
    QVERIFY(QJsonDocument::fromJson(today.out.toUtf8())
                .object()
                .value(u"vera_marks_open"_s)
                .toArray()
                .isEmpty());
    // Which cases went is said only of an erasure granted in part, and of one request.
    const Result noNumber = m_cli->onStore({ u"vera"_s, u"write-back"_s, u"--destroyed"_s, id });
    QCOMPARE(noNumber.exitCode, 2);
    const Result notPartly
        = m_cli->onStore({ u"vera"_s, u"write-back"_s, number, u"--destroyed"_s, u""_s });
    QVERIFY2(notPartly.exitCode == 1, qPrintable(notPartly.err));
    QVERIFY2(notPartly.err.contains(u"bij een verwijdering die deels is toegewezen"_s),
             qPrintable(notPartly.err));
    QVERIFY(refuse.remove());
}

// vera sync as scripts read it: the person import's keys with the systems and the counts read,
// progress on stderr, an error without an Overeenkomsten system, and a rerun that changes nothing.
void TestCliVera::syncDerivesTheRetentionTerms()
{
    const Result none = m_cli->onStore({ u"vera"_s, u"sync"_s });
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"Overeenkomsten"_s), qPrintable(none.err));

    const Result added = m_cli->onStore(
        { u"vera"_s, u"add"_s, u"Empire Contracten"_s, u"--domain"_s, u"overeenkomsten"_s,
          u"--url"_s, m_fixture.baseUrl(u"overeenkomsten"_s), u"--api-key-file"_s,
          writeSecret(u"sleutel"_s, QByteArray(VeraFixture::apiKey) + '\n'), u"--ca"_s,
          writeSecret(u"ca.pem"_s, m_fixture.caPem()) });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Result synced = m_cli->onStore({ u"vera"_s, u"sync"_s, u"--json"_s });
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QVERIFY2(synced.err.contains(u"6 "_s), qPrintable(synced.err));
    const QJsonObject json = QJsonDocument::fromJson(synced.out.toUtf8()).object();
    for (const QString &key :
         { u"imported"_s, u"updated"_s, u"unchanged"_s, u"rejected"_s, u"terms_created"_s,
           u"terms_moved"_s, u"terms_removed"_s, u"system"_s, u"relaties_system"_s, u"contracts"_s,
           u"relations"_s, u"unmatched"_s })
        QVERIFY2(json.contains(key), qPrintable(key + u' ' + synced.out));
    QCOMPARE(json[u"system"_s].toString(), u"Empire Contracten"_s);
    QCOMPARE(json[u"contracts"_s].toInt(), 6);
    QCOMPARE(json[u"unmatched"_s].toInt(), 1);
    // K1001 came with the request of the test before; K2002 is new; K3003 is on two relations.
    QCOMPARE(json[u"imported"_s].toInt(), 1);
    QCOMPARE(json[u"updated"_s].toInt() + json[u"unchanged"_s].toInt(), 1);
    QVERIFY(json[u"terms_created"_s].toInt() > 0);
    const QJsonArray rejected = json[u"rejected"_s].toArray();
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(rejected.at(0)[u"klantnummer"_s].toString(), u"K3003"_s);
    QCOMPARE(rejected.at(1)[u"relation"_s].toString(), u"R3004"_s);
    QVERIFY(!synced.out.contains(QString::fromLatin1(VeraFixture::bsn())));

    const Result again = m_cli->onStore({ u"vera"_s, u"sync"_s, u"--json"_s });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const QJsonObject rerun = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(rerun[u"imported"_s].toInt(), 0);
    QCOMPARE(rerun[u"updated"_s].toInt(), 0);
    QCOMPARE(rerun[u"unchanged"_s].toInt(), 2);
    QCOMPARE(rerun[u"terms_created"_s].toInt(), 0);
    const Result text = m_cli->onStore({ u"vera"_s, u"sync"_s });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"R3003"_s) && text.out.contains(u"K3003"_s), qPrintable(text.out));
}

QTEST_GUILESS_MAIN(TestCliVera)
#include "tst_cli_vera.moc"
