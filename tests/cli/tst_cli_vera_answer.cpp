// The inzage answered from where the data live, end to end through privacydesk-cli as the README
// gives it, on both backends: the corporation's systems set up (the fictitious corporation, every
// answer checked against the VERA specification by Prism), the request's person searched across
// them, the inzage report made with a section per system and the systems that could not be
// searched said, the request decided, and the decision sent by e-mail with the report attached
// through a private Postfix: what the tenant receives is the report, byte for byte.

#include "CliRunner.h"
#include "DocumentFixture.h"
#include "MailServers.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "VeraFixture.h"
#include "mail/MailMessage.h"

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

class TestCliVeraAnswer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fromTheSystemsToTheTenantsInbox();

private:
    QString file(const QString &name, const QByteArray &bytes) const;
    Result run(const QStringList &arguments) const;

    QTemporaryDir m_tmp;
    VeraFixture m_fixture;
    std::unique_ptr<MailServers> m_servers;
    std::unique_ptr<CliRunner> m_cli;
    QString m_number;
};

void TestCliVeraAnswer::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(test::startServiceTest(m_tmp));
    PD_REQUIRE_PDFTOTEXT();
    QString why;
    if (!SmtpServer::available(&why) || !VeraFixture::available(&why))
        QFAIL(qPrintable(why + u" (packaging/install-deps.sh installs it)"_s));
    QVERIFY2(m_fixture.start(m_tmp.filePath(u"fixture"_s), &why,
                             VeraFixture::Answers::CheckedAgainstSpecification),
             qPrintable(why));
    m_servers = std::make_unique<MailServers>();
    QVERIFY(QDir().mkpath(m_tmp.filePath(u"mail"_s)));
    QVERIFY2(m_servers->start(m_tmp.filePath(u"mail"_s), &why), qPrintable(why));
    QVERIFY(QDir().mkpath(m_tmp.filePath(u"home"_s)));
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp.filePath(u"home"_s));
    const QString dir = m_tmp.filePath(u"kluis"_s);
    {
        std::unique_ptr<Store> store = createServiceStore(dir);
        QVERIFY(store);
        DocumentFixture fixture(*store);
        QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
        NewCase request
            = DocumentFixture::newCase(u"Anna de Vries"_s, u"K1001"_s, { RequestType::Inzage },
                                       systemClock().today().addDays(-2));
        request.person.email = u"anna.devries@mail.example"_s;
        const auto added = fixture.addCase(request);
        QVERIFY2(added, qPrintable(fixture.error()));
        m_number = added->number;
    }
    QVERIFY2(m_cli->useStore(serviceStoreLocation(dir), testUser, testPassword, &why),
             qPrintable(why));
}

void TestCliVeraAnswer::cleanup()
{
    const QStringList violations = m_fixture.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

QString TestCliVeraAnswer::file(const QString &name, const QByteArray &bytes) const
{
    QFile out(m_tmp.filePath(name));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return {};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return out.fileName();
}

CliRunner::Result TestCliVeraAnswer::run(const QStringList &arguments) const
{
    const Result result = m_cli->onStore(arguments);
    if (result.exitCode != 0)
        qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(result.err));
    return result;
}

void TestCliVeraAnswer::fromTheSystemsToTheTenantsInbox()
{
    // The systems, as a beheerder sets them up with the vendor: the key and the CA in files.
    const QString key = file(u"sleutel"_s, QByteArray(VeraFixture::apiKey) + '\n');
    const QString ca = file(u"ca.pem"_s, m_fixture.caPem());
    const QList<std::tuple<QString, QString, QString>> systems {
        { u"Empire"_s, u"relaties"_s, u"relaties"_s },
        { u"Empire Contracten"_s, u"overeenkomsten"_s, u"overeenkomsten"_s },
        { u"Empire Financieel"_s, u"financien"_s, u"financien"_s },
        { u"Tobias Dossier"_s, u"dossier"_s, u"dossier"_s },
        { u"Planon"_s, u"onderhoud"_s, u"onderhoud"_s },
        { u"Viewpoint"_s, u"vastgoed"_s, u"kapot"_s },
    };
    for (const auto &[name, domain, behaviour] : systems)
        QCOMPARE(run({ u"vera"_s, u"add"_s, name, u"--domain"_s, domain, u"--url"_s,
                       m_fixture.baseUrl(behaviour), u"--api-key-file"_s, key, u"--ca"_s, ca })
                     .exitCode,
                 0);

    // The search: every system's state, and what it found, kept with the request.
    Result r = m_cli->onStore({ u"case"_s, u"discover"_s, m_number, u"--json"_s });
    const QJsonObject found = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QStringList states;
    for (const QJsonValue &s : found.value(u"systems"_s).toArray())
        states << s[u"name"_s].toString() + u'=' + s[u"status"_s].toString();
    states.sort();
    QCOMPARE(states,
             QStringList({ u"Empire Contracten=ok"_s, u"Empire Financieel=ok"_s, u"Empire=ok"_s,
                           u"Planon=ok"_s, u"Tobias Dossier=ok"_s, u"Viewpoint=fout"_s }));

    // The answer: the report with a section per system, and what could not be searched.
    const QString report = m_tmp.filePath(u"inzageoverzicht.pdf"_s);
    // What may be others' data is reviewed first, as for any report; here all of it is kept.
    r = m_cli->onStore({ u"export"_s, u"person"_s, m_number, u"--pdf"_s, report });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"--findings"_s), qPrintable(r.err));
    QCOMPARE(run({ u"export"_s, u"person"_s, m_number, u"--findings"_s }).exitCode, 0);
    QCOMPARE(
        run({ u"export"_s, u"person"_s, m_number, u"--pdf"_s, report, u"--keep-all"_s }).exitCode,
        0);
    const QString text = DocumentFixture::pdfPages(report).join(u'\n').simplified();
    for (const QString &expected :
         { u"Uw gegevens in onze andere systemen"_s, u"Lekkage in de badkamer"_s,
           u"Status: Lopend"_s, u"anna.devries@voorbeeld.nl"_s,
           u"Viewpoint: kon niet automatisch worden doorzocht"_s })
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text.left(3000)));
    QVERIFY(!text.contains(QString::fromLatin1(VeraFixture::bsn())));

    // Identified, decided, and the decision sent with the report as the tenant receives it.
    QCOMPARE(run({ u"case"_s, u"identify"_s, m_number, u"--received"_s,
                   systemClock().today().toString(Qt::ISODate), u"--method"_s, u"klantgegevens"_s })
                 .exitCode,
             0);
    QCOMPARE(
        run({ u"case"_s, u"complete"_s, m_number, u"--outcome"_s, u"toegewezen"_s, u"--answered"_s,
              systemClock().today().toString(Qt::ISODate), u"--answer-channel"_s, u"email"_s })
            .exitCode,
        0);
    Dovecot &dovecot = m_servers->dovecot();
    QCOMPARE(run({ u"mailbox"_s, u"account"_s, u"set"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s,
                   QString::number(dovecot.imapsPort()), u"--login"_s,
                   QString::fromLatin1(Dovecot::login), u"--mailbox-password-file"_s,
                   file(u"postvak"_s, QByteArray(Dovecot::password) + '\n'), u"--ca-file"_s,
                   file(u"mail-ca.pem"_s, dovecot.caPem()), u"--smtp-server"_s, u"127.0.0.1"_s,
                   u"--smtp-port"_s, QString::number(m_servers->smtp().submissionPort()) })
                 .exitCode,
             0);
    r = run({ u"letter"_s, m_number, u"--kind"_s, u"besluit"_s, u"--pdf"_s,
              m_tmp.filePath(u"besluit.pdf"_s), u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    const QString letter = QString::number(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"letter"_s).toInteger());
    QCOMPARE(run({ u"letter"_s, u"send"_s, m_number, letter, u"--answer"_s, report }).exitCode, 0);
    QString why;
    QVERIFY2(m_servers->smtp().waitForDelivery(1, 20000, &why), qPrintable(why));
    const std::optional<MailMessage> received
        = MailMessage::parse(m_servers->smtp().delivered().first().message);
    QVERIFY(received);
    QFile original(report);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(received->attachments.size(), 2);
    QCOMPARE(received->attachments.at(1).fileName, u"inzageoverzicht.pdf"_s);
    QCOMPARE(received->attachments.at(1).content, original.readAll());
}

QTEST_GUILESS_MAIN(TestCliVeraAnswer)
#include "tst_cli_vera_answer.moc"
