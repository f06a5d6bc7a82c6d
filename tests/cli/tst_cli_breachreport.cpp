// privacydesk-cli breach report (issue 20) end to end: the real executable writes the prepared AP
// notification as PDF, read back with pdftotext; --text prints it to copy into the AP's form;
// a KCC employee may not prepare it; an existing file is not written over.

#include "CliRunner.h"
#include "DocumentFixture.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using pd::test::CliRunner;
using pd::test::DocumentFixture;
using Result = CliRunner::Result;

const QString lateReason = u"De melding kwam pas na het weekend bij de FG binnen."_s;

} // namespace

class TestCliBreachReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesThePdf();
    void printsTheText();
    void refusesAnExistingFile();
    void usageErrors();
    void kccMayNotPrepareIt();

private:
    Result onStore(const QStringList &arguments) const { return m_cli->onStore(arguments); }

    QTemporaryDir m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_number;
    QString m_kccPasswordFile;
};

void TestCliBreachReport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s);
    QString error;
    QVERIFY2(m_cli->initStore(m_tmp.filePath(u"kluis"_s), u"j.devries"_s, &error),
             qPrintable(error));
    for (const auto &[key, value] :
         { std::pair { u"organisation.name"_s, u"Woonstichting De Voorbeeldhaven"_s },
           std::pair { u"organisation.address"_s, u"Havenstraat 12, 1234 AB Voorbeeldstad"_s },
           std::pair { u"organisation.email"_s, u"privacy@voorbeeldhaven.nl"_s },
           std::pair { u"organisation.fg_name"_s, u"Petra de Boer"_s } }) {
        const Result set = onStore({ u"settings"_s, u"set"_s, key, value });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }
    const Result added = onStore(
        { u"breach"_s, u"add"_s, u"--title"_s, u"Brief met achterstand naar verkeerd adres"_s,
          u"--discovered"_s, u"2025-03-28T16:00"_s, u"--persons"_s, u"40"_s, u"--data"_s,
          u"naw,betaalgegevens,gezondheid"_s, u"--nature"_s, u"vertrouwelijkheid"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    m_number = added.out.trimmed();
    const Result notified
        = onStore({ u"breach"_s, u"notify-ap"_s, m_number, u"--at"_s, u"2025-04-01T10:00"_s,
                    u"--reference"_s, u"M-2025-117"_s, u"--late-reason"_s, lateReason });
    QVERIFY2(notified.exitCode == 0, qPrintable(notified.err));

    m_kccPasswordFile = m_tmp.filePath(u"kcc.txt"_s);
    QFile file(m_kccPasswordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write("wachtwoord-van-smit");
    file.close();
    const Result user = onStore({ u"user"_s, u"add"_s, u"k.smit"_s, u"--role"_s, u"kcc"_s,
                                  u"--new-password-file"_s, m_kccPasswordFile });
    QVERIFY2(user.exitCode == 0, qPrintable(user.err));
}

void TestCliBreachReport::writesThePdf()
{
    PD_REQUIRE_PDFTOTEXT();
    const QString pdf = m_tmp.filePath(u"melding.pdf"_s);
    const Result r = onStore({ u"breach"_s, u"report"_s, m_number, u"--pdf"_s, pdf, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"number"_s).toString(), m_number);
    QVERIFY(json.value(u"pages"_s).toInt() >= 2);
    QCOMPARE(json.value(u"ap_deadline"_s).toString(), u"2025-03-31T17:00:00+02:00"_s);
    QVERIFY(json.value(u"ap_notified_late"_s).toBool());
    QVERIFY(json.value(u"special_data"_s).toBool());
    QCOMPARE(QFile(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    const QStringList pages = DocumentFixture::pdfPages(pdf);
    QCOMPARE(pages.size(), json.value(u"pages"_s).toInt());
    const QString text = pages.join(u'\n').simplified();
    QVERIFY2(text.contains(u"Notification of a data breach to the Autoriteit Persoonsgegevens"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"Woonstichting De Voorbeeldhaven"_s));
    QVERIFY(text.contains(u"Petra de Boer"_s));
    QVERIFY(text.contains(u"M-2025-117"_s));
    QVERIFY(text.contains(lateReason));
    QVERIFY(text.contains(u"Friday 28 March 2025 at 16:00"_s));
    QVERIFY(text.contains(u"Monday 31 March 2025 at 17:00"_s));
    QVERIFY(text.contains(u"Health (special category) — art. 9 GDPR"_s));
    const qsizetype contact = text.indexOf(u"1. Contact details"_s);
    const qsizetype international = text.indexOf(u"10. International aspects"_s);
    QVERIFY(contact >= 0 && international > contact);
    for (const QString &margin : DocumentFixture::pdfMargins(pdf))
        QVERIFY2(margin.contains(u"Confidential"_s), qPrintable(margin));
}

void TestCliBreachReport::printsTheText()
{
    const Result r = onStore({ u"breach"_s, u"report"_s, m_number, u"--text"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(
        r.out.startsWith(u"Notification of a data breach to the Autoriteit Persoonsgegevens\n"_s));
    QVERIFY2(r.out.contains(u"Reasons for the delay (art. 33(1) GDPR): "_s + lateReason),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"Number of people concerned: 40\n"_s));
    QVERIFY(r.out.indexOf(u"\n9. Informing the people"_s)
            < r.out.indexOf(u"\n10. International"_s));
}

void TestCliBreachReport::refusesAnExistingFile()
{
    const QString pdf = m_tmp.filePath(u"bestaand.pdf"_s);
    QFile existing(pdf);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("niet overschrijven");
    existing.close();
    const Result r = onStore({ u"breach"_s, u"report"_s, m_number, u"--pdf"_s, pdf });
    QCOMPARE(r.exitCode, 1);
    QFile check(pdf);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("niet overschrijven"));
    const Result over
        = onStore({ u"breach"_s, u"report"_s, m_number, u"--pdf"_s, pdf, u"--overwrite"_s });
    QVERIFY2(over.exitCode == 0, qPrintable(over.err));
}

void TestCliBreachReport::usageErrors()
{
    QCOMPARE(onStore({ u"breach"_s, u"report"_s, m_number }).exitCode, 2);
    QCOMPARE(onStore({ u"breach"_s, u"report"_s, u"--pdf"_s, m_tmp.filePath(u"x.pdf"_s) }).exitCode,
             2);
    QCOMPARE(onStore({ u"breach"_s, u"report"_s, m_number, u"--text"_s, u"--json"_s }).exitCode, 2);
    const Result unknown = onStore({ u"breach"_s, u"report"_s, u"DL-2025-0099"_s, u"--text"_s });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!unknown.err.contains(u"[read-failed]"_s)); // not there is not a failed read
}

void TestCliBreachReport::kccMayNotPrepareIt()
{
    const Result r
        = m_cli->run({ u"--store"_s, m_cli->store(), u"--user"_s, u"k.smit"_s, u"--password-file"_s,
                       m_kccPasswordFile, u"breach"_s, u"report"_s, m_number, u"--text"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
}

QTEST_MAIN(TestCliBreachReport)
#include "tst_cli_breachreport.moc"
