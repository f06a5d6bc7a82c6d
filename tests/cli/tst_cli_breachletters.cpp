// privacydesk-cli breach letters and breach letters-sent end to end: the letter "kennisgeving
// datalek" to every linked person at once, as one PDF for the post (read back with pdftotext),
// the people without an address listed by customer number with exit 1; a second run only with
// --resume, and then no one gets a second letter; all recorded as sent at once.

#include "CliRunner.h"
#include "DocumentFixture.h"
#include "TestSupport.h"
#include "util/Clock.h"

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

QJsonObject jsonOf(const Result &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCliBreachLetters final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors();
    void lettersForEveryone();

private:
    Result onStore(const QStringList &arguments) const { return m_cli->onStore(arguments); }

    QTemporaryDir m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_number;
};

void TestCliBreachLetters::initTestCase()
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
    // Five tenants from the ERP: two in one street (one postcode), one without an address.
    const QString csv = m_tmp.filePath(u"huurders.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("klantnummer;naam;adres;postcode;plaats\n"
               "K-501;Vera Zomer;Kade 3;9711AA;Groningen\n"
               "K-502;Daan Winter;Dorpsstraat 8;1011AB;Amsterdam\n"
               "K-503;Bram Herfst;Dorpsstraat 10;1011AB;Amsterdam\n"
               "K-504;Sanne Lente;Markt 1;5611EA;Eindhoven\n"
               "K-505;Iris Zonder;;;\n");
    file.close();
    Result r = onStore({ u"import"_s, u"persons"_s, csv });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"breach"_s, u"add"_s, u"--title"_s, u"Huurlijst naar verkeerde ontvanger"_s,
                  u"--discovered"_s, u"2025-05-12T09:30"_s, u"--description"_s,
                  u"Een lijst met huurachterstanden ging naar een verkeerde ontvanger."_s,
                  u"--data"_s, u"naw,betaalgegevens"_s, u"--measures"_s,
                  u"De ontvanger heeft de lijst verwijderd."_s, u"--consequences"_s,
                  u"Iemand weet misschien van uw huurachterstand."_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_number = r.out.trimmed();
    r = onStore(
        { u"breach"_s, u"link"_s, m_number, u"--person"_s, u"K-501,K-502,K-503,K-504,K-505"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliBreachLetters::usageErrors()
{
    Result r = onStore({ u"breach"_s, u"letters"_s, m_number });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--pdf"_s), qPrintable(r.err));
    r = onStore({ u"breach"_s, u"letters"_s, u"--pdf"_s, m_tmp.filePath(u"a.pdf"_s) });
    QCOMPARE(r.exitCode, 2);
    // E-mail while the privacy mailbox does not send: refused before anything is made.
    r = onStore({ u"breach"_s, u"letters"_s, m_number, u"--pdf"_s, m_tmp.filePath(u"a.pdf"_s),
                  u"--email"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"--smtp-server"_s), qPrintable(r.err));
    r = onStore({ u"breach"_s, u"letters-sent"_s, m_number });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(m_tmp.filePath(u"a.pdf"_s)));
}

void TestCliBreachLetters::lettersForEveryone()
{
    PD_REQUIRE_PDFTOTEXT();
    const QString pdf = m_tmp.filePath(u"post.pdf"_s);
    Result r = onStore({ u"breach"_s, u"letters"_s, m_number.toLower(), u"--pdf"_s, pdf });
    // One person has no address: not everyone is served.
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"K-505"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(pdf), qPrintable(r.out));
    const QString text = DocumentFixture::pdfPages(pdf).join(u'\n').simplified();
    // By postcode, then name: Bram before Daan in 1011 AB, then Eindhoven, then Groningen.
    const QList<qsizetype> at { text.indexOf(u"Bram Herfst"_s), text.indexOf(u"Daan Winter"_s),
                                text.indexOf(u"Sanne Lente"_s), text.indexOf(u"Vera Zomer"_s) };
    QVERIFY2(at.at(0) >= 0 && std::is_sorted(at.cbegin(), at.cend()), qPrintable(text));
    QVERIFY(!text.contains(u"Iris Zonder"_s));

    // Again: only with --resume, and then no second letter.
    const QString again = m_tmp.filePath(u"opnieuw.pdf"_s);
    r = onStore({ u"breach"_s, u"letters"_s, m_number, u"--pdf"_s, again });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"--resume"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(again));
    r = onStore(
        { u"breach"_s, u"letters"_s, m_number, u"--pdf"_s, again, u"--resume"_s, u"--json"_s });
    QCOMPARE(r.exitCode, 1);
    QJsonObject json = jsonOf(r);
    QCOMPARE(json.value(u"total"_s).toInt(), 5);
    QCOMPARE(json.value(u"made"_s).toInt(), 0);
    QCOMPARE(json.value(u"already_made"_s).toInt(), 4);
    QCOMPARE(json.value(u"in_pdf"_s).toInt(), 4);
    QVERIFY(json.value(u"pdf_written"_s).toBool());
    const QJsonArray without = json.value(u"without_address"_s).toArray();
    QCOMPARE(without.size(), 1);
    QCOMPARE(without.at(0).toObject().value(u"klantnummer"_s).toString(), u"K-505"_s);
    // The same letters, from their stored text.
    QCOMPARE(DocumentFixture::pdfPages(again).join(u'\n').simplified(), text);

    // All sent at once, per post by default; the people informed that day.
    const QString today = pd::systemClock().today().toString(Qt::ISODate);
    r = onStore({ u"breach"_s, u"letters-sent"_s, m_number, u"--on"_s, today, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(jsonOf(r).value(u"sent"_s).toInt(), 4);
    r = onStore({ u"breach"_s, u"show"_s, m_number, u"--json"_s });
    int informed = 0;
    for (const QJsonValue &p : jsonOf(r).value(u"linked_persons"_s).toArray())
        informed += p.toObject().value(u"informed_on"_s).toString() == today ? 1 : 0;
    QCOMPARE(informed, 4);
    r = onStore({ u"breach"_s, u"letters-sent"_s, m_number, u"--on"_s, today });
    QCOMPARE(r.exitCode, 1);
}

QTEST_MAIN(TestCliBreachLetters)
#include "tst_cli_breachletters.moc"
