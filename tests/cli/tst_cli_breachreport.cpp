// privacydesk-cli breach report end to end: the real executable writes the prepared AP
// notification as PDF, read back with pdftotext; --text prints it to copy into the AP's form;
// a KCC employee may not prepare it; an existing file is not written over.

#include "CliRunner.h"
#include "DocumentFixture.h"
#include "TestSupport.h"
#include "util/Clock.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
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
    void linkAndLetterAPerson();

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
           std::pair { u"organisation.signature_role"_s, u"functionaris gegevensbescherming"_s },
           std::pair { u"policy.period"_s, u"30d"_s },
           std::pair { u"policy.extension"_s, u"30d"_s },
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

// breach link, breach letter and breach letter-sent: the person concerned is linked by customer
// number, gets the letter "kennisgeving datalek" as PDF (recorded only once written), and counts
// as informed from the day it went out.
void TestCliBreachReport::linkAndLetterAPerson()
{
    PD_REQUIRE_PDFTOTEXT();
    const Result request
        = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Fatima el Amrani"_s, u"--klantnummer"_s,
                    u"K-30117"_s, u"--type"_s, u"inzage"_s, u"--channel"_s, u"email"_s,
                    u"--received"_s, u"2025-05-02"_s });
    QVERIFY2(request.exitCode == 0, qPrintable(request.err));
    const Result added = onStore(
        { u"breach"_s, u"add"_s, u"--title"_s, u"Huurachterstand naar verkeerd adres"_s,
          u"--discovered"_s, u"2025-05-12T09:30"_s, u"--description"_s,
          u"Een brief over de huurachterstand ging naar de buren."_s, u"--data"_s,
          u"naw,betaalgegevens"_s, u"--measures"_s, u"De buren hebben de brief teruggegeven."_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QString number = added.out.trimmed();

    // Unknown customer number: nothing linked; then linked.
    Result r = onStore({ u"breach"_s, u"link"_s, number, u"--person"_s, u"K-99999"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"K-99999"_s), qPrintable(r.err));
    r = onStore({ u"breach"_s, u"link"_s, number, u"--person"_s, u"K-30117"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"breach"_s, u"show"_s, number, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"K-30117"_s), qPrintable(r.out));

    // The breach does not say the likely consequences yet (art. 34(2)): the letter is refused
    // and no file is left.
    const QString pdf = m_tmp.filePath(u"kennisgeving.pdf"_s);
    r = onStore({ u"breach"_s, u"letter"_s, number, u"--person"_s, u"K-30117"_s, u"--pdf"_s, pdf });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"likely consequences"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));

    // A breach that says what the letter must say.
    const Result complete = onStore(
        { u"breach"_s, u"add"_s, u"--title"_s, u"Huurachterstand naar verkeerd adres"_s,
          u"--discovered"_s, u"2025-05-12T09:30"_s, u"--description"_s,
          u"Een brief over de huurachterstand ging naar de buren."_s, u"--data"_s,
          u"naw,betaalgegevens"_s, u"--measures"_s, u"De buren hebben de brief teruggegeven."_s,
          u"--consequences"_s, u"De buren weten van de huurachterstand."_s });
    QVERIFY2(complete.exitCode == 0, qPrintable(complete.err));
    number = complete.out.trimmed();
    r = onStore({ u"breach"_s, u"link"_s, number, u"--person"_s, u"K-30117"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"breach"_s, u"letter"_s, number, u"--person"_s, u"K-30117"_s, u"--pdf"_s, pdf,
                  u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const int letterId
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"letter"_s).toInt();
    QVERIFY(letterId > 0);
    const QStringList pages = DocumentFixture::pdfPages(pdf);
    QVERIFY(!pages.isEmpty());
    const QString text = pages.join(u'\n').simplified();
    QVERIFY2(text.contains(u"Fatima el Amrani"_s), qPrintable(text));
    QVERIFY(text.contains(number));

    // An existing file is never written over (the letter is then not recorded twice).
    const Result again = onStore(
        { u"breach"_s, u"letter"_s, number, u"--person"_s, u"K-30117"_s, u"--pdf"_s, pdf });
    QCOMPARE(again.exitCode, 1);

    // Not informed until the dispatch is recorded; then from the day it went out, once. (The
    // letter was made today, by the real clock: it cannot have gone out before.)
    const QString today = pd::systemClock().today().toString(Qt::ISODate);
    r = onStore({ u"breach"_s, u"show"_s, number, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto informedOn = [](const QString &json) {
        return QJsonDocument::fromJson(json.toUtf8())
            .object()
            .value(u"linked_persons"_s)
            .toArray()
            .at(0)
            .toObject()
            .value(u"informed_on"_s);
    };
    QVERIFY(informedOn(r.out).isNull());
    const Result sent = onStore({ u"breach"_s, u"letter-sent"_s, number, QString::number(letterId),
                                  u"--on"_s, today, u"--how"_s, u"per post"_s });
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    r = onStore({ u"breach"_s, u"show"_s, number, u"--json"_s });
    QCOMPARE(informedOn(r.out).toString(), today);
    const Result twice = onStore({ u"breach"_s, u"letter-sent"_s, number, QString::number(letterId),
                                   u"--on"_s, today, u"--how"_s, u"per post"_s });
    QCOMPARE(twice.exitCode, 1);
}

QTEST_MAIN(TestCliBreachReport)
#include "tst_cli_breachreport.moc"
