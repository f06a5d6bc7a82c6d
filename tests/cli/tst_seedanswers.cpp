// The five seed organisations answer a request from intake to the AP dossier, each set up as
// its privacy statement says (the sentence is quoted above each test), through the real
// privacydesk-cli against a real store; the letters and the dossier are written as PDFs and read
// back whole with pdftotext, as the tenant and the AP read them. Each reads the text for the
// rules a complaint turns on: the routes the organisation offers, the ground that fits, the
// representative's mandate, the law's extension beyond the own term, the copy given, the
// objection's direct-marketing part, the portability files and what came apart, a neighbour
// kept out of the complainant's version, a restriction kept until its rectification is decided, a
// correction made in Privacydesk before a letter confirms it, a recipient told nothing for the
// officer's own reason (art. 19), a breach's 72 hours counted from the processor's earlier report
// with its decisions dated when taken and its delay said to the minute, the own deadline on a
// working day, the source the import recorded, one expired item destroyed, the handler, and the
// chronology's missing numbers.

#include "CliRunner.h"
#include "DocumentFixture.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

// A day relative to today, as the CLI takes it: the copy of an inzage is given when the report is
// exported, which is today, so the requests that give one are received some days ago.
QString day(int offset)
{
    return pd::test::systemToday().addDays(offset).toString(Qt::ISODate);
}

} // namespace

// A command that must succeed, with what it said when it did not.
#define PD_CLI_OK(...) \
    do { \
        const Result ran_ = cli(__VA_ARGS__); \
        QVERIFY2(ran_.exitCode == 0, qPrintable(ran_.err + ran_.out)); \
    } while (false)

class TestSeedAnswers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void domijn();
    void mijande();
    void ieder1();
    void oosterpoort();
    void jutphaas();

private:
    Result cli(const QStringList &arguments) const { return m_cli->onStore(arguments); }
    // The organisation's settings, each of which must be accepted.
    bool settle(const QList<std::pair<QString, QString>> &settings);
    // `case add` with these arguments: the request's number, or empty with a warning.
    QString add(const QStringList &arguments);
    // The letter of this kind written as a PDF and read back; empty with a warning on failure.
    QString letter(const QString &number, const QString &kind);
    // The AP dossier (the complete one, or the complainant's) written and read back.
    QString dossier(const QString &number, bool complainant);
    QString pdfText(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<pd::test::CliRunner> m_cli;
    int m_files = 0;
};

void TestSeedAnswers::initTestCase()
{
    PD_REQUIRE_PDFTOTEXT();
}

void TestSeedAnswers::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<pd::test::CliRunner>(QStringLiteral(CLI_PATH), m_tmp->path(), u"en"_s);
    QString error;
    QVERIFY2(m_cli->initStore(m_tmp->filePath(u"kluis"_s), u"f.officer"_s, &error),
             qPrintable(error));
}

void TestSeedAnswers::cleanup()
{
    m_cli.reset();
    m_tmp.reset();
}

bool TestSeedAnswers::settle(const QList<std::pair<QString, QString>> &settings)
{
    // What a letter needs beside the address, as the seeds' letters were read: the own term of 30
    // days (30 more when extended) and the FG's title, unless the seed says otherwise.
    QList<std::pair<QString, QString>> all = settings;
    const auto given = [&settings](const QString &key) {
        return std::any_of(settings.cbegin(), settings.cend(),
                           [&key](const auto &setting) { return setting.first == key; });
    };
    if (!given(u"policy.period"_s))
        all += { { u"policy.period"_s, u"30d"_s }, { u"policy.extension"_s, u"30d"_s } };
    if (!given(u"organisation.signature_role"_s))
        all += { { u"organisation.signature_role"_s, u"functionaris gegevensbescherming"_s } };
    for (const auto &[key, value] : std::as_const(all)) {
        const Result set = cli({ u"settings"_s, u"set"_s, key, value });
        if (set.exitCode != 0) {
            qWarning("settings set %s: %s", qPrintable(key), qPrintable(set.err));
            return false;
        }
    }
    return true;
}

QString TestSeedAnswers::add(const QStringList &arguments)
{
    const Result added
        = cli(QStringList { u"case"_s, u"add"_s } + arguments + QStringList { u"--json"_s });
    if (added.exitCode != 0) {
        qWarning("case add: %s", qPrintable(added.err));
        return {};
    }
    return QJsonDocument::fromJson(added.out.toUtf8()).object().value(u"number"_s).toString();
}

QString TestSeedAnswers::pdfText(const QString &path) const
{
    return pd::test::DocumentFixture::pdfPages(path).join(u'\n').simplified();
}

QString TestSeedAnswers::letter(const QString &number, const QString &kind)
{
    const QString pdf = m_tmp->filePath(u"letter-%1.pdf"_s.arg(++m_files));
    const Result made = cli({ u"letter"_s, number, u"--kind"_s, kind, u"--pdf"_s, pdf });
    if (made.exitCode != 0) {
        qWarning("letter %s: %s", qPrintable(kind), qPrintable(made.err));
        return {};
    }
    return pdfText(pdf);
}

QString TestSeedAnswers::dossier(const QString &number, bool complainant)
{
    const QString pdf = m_tmp->filePath(u"dossier-%1.pdf"_s.arg(++m_files));
    QStringList arguments { u"dossier"_s, number, u"--pdf"_s, pdf };
    if (complainant)
        arguments << u"--complainant"_s;
    const Result made = cli(arguments);
    if (made.exitCode != 0) {
        qWarning("dossier: %s", qPrintable(made.err));
        return {};
    }
    return pdfText(pdf);
}

// Domijn, seed 000: "Veel van deze gegevens verzamelen we automatisch wanneer u onze website of
// MijnDomijn gebruikt" — a portal where the tenant logs in. An inzage by e-mail: the
// identification letter offers the portal that identifies, the tenant logs in, the report is
// made and given with the decision, which says so ("Bij deze brief").
void TestSeedAnswers::domijn()
{
    QVERIFY(settle({ { u"organisation.name"_s, u"Domijn"_s },
                     { u"organisation.email"_s, u"privacy@domijn.nl"_s },
                     { u"organisation.address"_s, u"Postbus 30, 7500 AA Enschede"_s },
                     { u"organisation.portal_name"_s, u"MijnDomijn"_s },
                     { u"organisation.portal_identifies"_s, u"ja"_s } }));
    const QString number = add({ u"--person"_s, u"M. de Groot-Visser"_s, u"--klantnummer"_s,
                                 u"D400001"_s, u"--type"_s, u"inzage"_s, u"--channel"_s, u"email"_s,
                                 u"--received"_s, day(-14), u"--email"_s, u"m.degroot@example.nl"_s,
                                 u"--address"_s, u"Lasondersingel 3, 7514 BP Enschede"_s });
    QVERIFY(!number.isEmpty());
    PD_CLI_OK({ u"case"_s, u"identify"_s, number, u"--requested"_s, day(-13) });
    const QString asked = letter(number, u"verzoek-identificatie"_s);
    QVERIFY2(asked.contains(u"MijnDomijn"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"Geachte mevrouw De Groot-Visser"_s)
                 || asked.contains(u"Geachte heer of mevrouw De Groot-Visser"_s),
             qPrintable(asked));
    PD_CLI_OK({ u"case"_s, u"identify"_s, number, u"--received"_s, day(-12), u"--method"_s,
                u"portaal"_s });
    // Another tenant's request between two of this one's events: the AP reads why its numbers
    // are missing from this chronology.
    QVERIFY(
        !add({ u"--person"_s, u"R. Oude Vrielink"_s, u"--klantnummer"_s, u"D400009"_s, u"--type"_s,
               u"bezwaar"_s, u"--channel"_s, u"brief"_s, u"--received"_s, day(-12) })
             .isEmpty());
    PD_CLI_OK(
        { u"case"_s, u"note"_s, number, u"--text"_s,
          u"Melding buurvrouw J. Pietersen, Rembrandtlaan 46: geluidsoverlast na 23 uur."_s });
    // The officer who handles it, in the list, the request and the dossier.
    PD_CLI_OK({ u"case"_s, u"assign"_s, number, u"--handler"_s, u"f.officer"_s });
    const Result listed = cli({ u"case"_s, u"list"_s });
    QVERIFY2(listed.out.contains(u"handler f.officer"_s), qPrintable(listed.out));
    const Result handled = cli({ u"case"_s, u"show"_s, number });
    QVERIFY2(handled.out.contains(u"Handler:   f.officer"_s), qPrintable(handled.out));
    // Not answered before the copy is given.
    const QStringList complete { u"case"_s,      u"complete"_s,         number,
                                 u"--outcome"_s, u"toegewezen"_s,       u"--answered"_s,
                                 day(0),         u"--answer-channel"_s, u"per e-mail"_s };
    QVERIFY(cli(complete).exitCode != 0);
    PD_CLI_OK({ u"export"_s, u"person"_s, u"D400001"_s, u"--pdf"_s,
                m_tmp->filePath(u"inzage-D400001.pdf"_s), u"--redact-all"_s });
    PD_CLI_OK(complete);
    const QString decision = letter(number, u"besluit"_s);
    QVERIFY2(decision.contains(u"Bij deze brief ontvangt u een overzicht"_s), qPrintable(decision));
    QVERIFY2(!decision.contains(u"Wij sturen het u apart toe"_s), qPrintable(decision));
    QVERIFY2(decision.contains(u"Autoriteit Persoonsgegevens"_s), qPrintable(decision));
    const QString ap = dossier(number, false);
    QVERIFY2(ap.contains(number), qPrintable(ap));
    QVERIFY2(ap.contains(u"MijnDomijn"_s) || ap.contains(u"portal"_s), qPrintable(ap));
    QVERIFY2(ap.contains(u"Handler f.officer"_s) || ap.contains(u"Handler: f.officer"_s),
             qPrintable(ap));
    QVERIFY2(ap.contains(u"event of the audit trail about something other than this request"_s)
                 || ap.contains(u"events of the audit trail about something other than this "
                                "request"_s),
             qPrintable(ap));
    // The neighbour the officer redacted in the report stays out of the complainant's version.
    const QString complainant = dossier(number, true);
    QVERIFY2(!complainant.isEmpty(), "no complainant's version");
    QVERIFY2(!complainant.contains(u"Rembrandtlaan"_s), qPrintable(complainant));
    QVERIFY2(!complainant.contains(u"Pietersen"_s), qPrintable(complainant));

    // A breach the portal's processor reported before our own discovery: the 72 hours run from
    // its report (art. 33(2) AVG), so a notice the day after the discovery is late.
    PD_CLI_OK({ u"recipient"_s, u"add"_s, u"Klantportaal BV"_s, u"--category"_s, u"verwerker"_s,
                u"--role"_s, u"verwerker"_s, u"--agreement-signed"_s, u"2025-01-01"_s,
                u"--location"_s, u"EU"_s });
    const Result breach = cli(
        { u"breach"_s, u"add"_s, u"--title"_s, u"MijnDomijn toonde dossiers van anderen"_s,
          u"--occurred"_s, u"2026-10-09T20:00"_s, u"--discovered"_s, u"2026-10-12T09:00"_s,
          u"--processor"_s, u"Klantportaal BV"_s, u"--processor-told"_s, u"2026-10-10T15:30"_s,
          u"--persons"_s, u"12"_s, u"--data"_s, u"naw"_s, u"--json"_s });
    QVERIFY2(breach.exitCode == 0, qPrintable(breach.err));
    const QJsonObject registered = QJsonDocument::fromJson(breach.out.toUtf8()).object();
    QCOMPARE(registered[u"clock_start"_s].toString(), u"2026-10-10T15:30:00+02:00"_s);
    QCOMPARE(registered[u"ap_deadline"_s].toString(), u"2026-10-13T15:30:00+02:00"_s);
    const QString breachNumber = registered[u"number"_s].toString();
    const Result onTime = cli({ u"breach"_s, u"notify-ap"_s, breachNumber, u"--at"_s,
                                u"2026-10-14T10:00"_s, u"--reference"_s, u"M2026-1012"_s });
    QVERIFY2(onTime.exitCode != 0 && onTime.err.contains(u"72 hours"_s), qPrintable(onTime.err));
    // Decisions take the moment they were taken, not the moment they were typed; half an hour
    // late is said as such.
    PD_CLI_OK({ u"breach"_s, u"assess"_s, breachNumber, u"--risk"_s, u"risico"_s, u"--reasoning"_s,
                u"Namen en huurachterstanden van twaalf huurders waren zichtbaar."_s, u"--at"_s,
                u"2026-10-12T11:15"_s });
    PD_CLI_OK({ u"breach"_s, u"notify-ap"_s, breachNumber, u"--at"_s, u"2026-10-13T16:00"_s,
                u"--reference"_s, u"M2026-1012"_s, u"--late-reason"_s,
                u"Het meldformulier van de AP was tot 15:45 niet bereikbaar."_s });
    const Result breachShown = cli({ u"breach"_s, u"show"_s, breachNumber });
    QVERIFY2(breachShown.out.contains(u"notified 30 minutes late"_s), qPrintable(breachShown.out));
    const QString notification = m_tmp->filePath(u"melding.pdf"_s);
    PD_CLI_OK({ u"breach"_s, u"report"_s, breachNumber, u"--pdf"_s, notification });
    const QString form = pdfText(notification);
    QVERIFY2(form.contains(u"LATE: 30 minutes after the deadline"_s), qPrintable(form));
    QVERIFY2(form.contains(u"Monday 12 October 2026 at 11:15"_s), qPrintable(form));
    QVERIFY2(!form.contains(u"1 hour"_s), qPrintable(form));

    // A processor's earlier report learned after the breach was registered moves the clock too.
    const Result second = cli({ u"breach"_s, u"add"_s, u"--title"_s,
                                u"Verkeerde bijlage in de huurverhogingsbrief"_s, u"--occurred"_s,
                                u"2026-10-19T08:00"_s, u"--discovered"_s, u"2026-10-20T09:00"_s,
                                u"--persons"_s, u"1"_s, u"--data"_s, u"naw"_s });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const Result updated
        = cli({ u"breach"_s, u"update"_s, second.out.trimmed(), u"--processor"_s,
                u"Klantportaal BV"_s, u"--processor-told"_s, u"2026-10-19T14:00"_s, u"--json"_s });
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
    const QJsonObject moved = QJsonDocument::fromJson(updated.out.toUtf8()).object();
    QCOMPARE(moved[u"clock_start"_s].toString(), u"2026-10-19T14:00:00+02:00"_s);
    QCOMPARE(moved[u"ap_deadline"_s].toString(), u"2026-10-22T14:00:00+02:00"_s);
}

// Mijande, seed 001: "U kunt bezwaar maken" — here against the newsletter, surveys and the
// disclosure to the bailiff at once. The newsletter stops because art. 21(3) says so; the
// bailiff goes on after weighing under art. 21(1); the surveys stop. The decision says which is
// which, and the dossier records the direct-marketing part as such.
void TestSeedAnswers::mijande()
{
    QVERIFY(settle({ { u"organisation.name"_s, u"Mijande Wonen"_s },
                     { u"organisation.email"_s, u"privacy@mijande.nl"_s },
                     { u"organisation.address"_s, u"Postbus 60, 7470 AB Goor"_s } }));
    const QString number
        = add({ u"--person"_s, u"H. Heusinkveld-Te Brake"_s, u"--klantnummer"_s, u"M400002"_s,
                u"--type"_s, u"bezwaar"_s, u"--channel"_s, u"brief"_s, u"--received"_s,
                u"2026-10-05"_s, u"--address"_s, u"Grotestraat 8, 7471 CA Goor"_s });
    QVERIFY(!number.isEmpty());
    PD_CLI_OK({ u"case"_s, u"identify"_s, number, u"--requested"_s, u"2026-10-05"_s,
                u"--received"_s, u"2026-10-08"_s, u"--method"_s, u"balie"_s });
    PD_CLI_OK({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"deels-toegewezen"_s,
                u"--grounds"_s, u"art-21-dwingend"_s, u"--motivation"_s,
                u"De huurachterstand is na drie aanmaningen niet betaald; zonder de deurwaarder "
                "kunnen wij de huur niet innen."_s,
                u"--granted"_s, u"U ontvangt onze nieuwsbrief en onze enquêtes niet meer."_s,
                u"--objection"_s, u"nieuwsbrief,enquetes"_s, u"--objection-kept"_s,
                u"deurwaarder"_s, u"--answered"_s, u"2026-10-22"_s, u"--answer-channel"_s,
                u"per post"_s });
    const Result shown = cli({ u"case"_s, u"show"_s, number, u"--json"_s });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(shown.out.toUtf8()).object()[u"direct_marketing"_s].toBool());
    const QString decision = letter(number, u"besluit"_s);
    QVERIFY2(decision.contains(u"Geachte mevrouw Heusinkveld-Te Brake"_s)
                 || decision.contains(u"Geachte heer of mevrouw Heusinkveld-Te Brake"_s),
             qPrintable(decision));
    QVERIFY2(
        decision.contains(u"Tegen reclame kunt u altijd bezwaar maken (artikel 21 lid 3 AVG)"_s),
        qPrintable(decision));
    const qsizetype kept = decision.indexOf(u"Hiervoor blijven wij uw gegevens gebruiken:"_s);
    QVERIFY2(kept > 0, qPrintable(decision));
    QVERIFY(decision.indexOf(u"deurwaarder"_s, kept) > kept);
    QVERIFY(decision.indexOf(u"onze nieuwsbrief"_s) < kept);
    QVERIFY2(decision.contains(u"artikel 21 lid 1 AVG"_s), qPrintable(decision));
    QVERIFY2(!decision.contains(u"voor de reclame waartegen u bezwaar maakte"_s),
             qPrintable(decision));
    const QString ap = dossier(number, false);
    QVERIFY2(ap.contains(u"partly against direct marketing"_s), qPrintable(ap));

    // A tenant takes their data elsewhere (art. 20 AVG): the rental contract is the basis, the
    // rental administration holds data too. Not answered before the files and what the search
    // found were given; the decision names what the files hold and what came separately.
    PD_CLI_OK({ u"register"_s, u"add"_s, u"--purpose-code"_s, u"A"_s, u"--purpose"_s,
                u"Leveren van diensten"_s, u"--sub-purpose"_s, u"Opmaken van huurovereenkomst"_s,
                u"--name"_s, u"Huurovereenkomsten"_s, u"--basis"_s, u"b"_s, u"--subject"_s,
                u"huurders"_s, u"--data"_s, u"naam en contactgegevens"_s, u"--system"_s,
                u"Tobias AX"_s });
    const QString portable = add(
        { u"--person"_s, u"B. Oude Egberink"_s, u"--klantnummer"_s, u"M400010"_s, u"--relation"_s,
          u"huurder"_s, u"--type"_s, u"overdraagbaarheid"_s, u"--channel"_s, u"brief"_s,
          u"--received"_s, day(-10), u"--address"_s, u"Grotestraat 10, 7471 CA Goor"_s });
    QVERIFY(!portable.isEmpty());
    PD_CLI_OK({ u"case"_s, u"identify"_s, portable, u"--requested"_s, day(-10), u"--received"_s,
                day(-9), u"--method"_s, u"balie"_s });
    const QStringList answer { u"case"_s,      u"complete"_s,         portable,
                               u"--outcome"_s, u"toegewezen"_s,       u"--answered"_s,
                               day(0),         u"--answer-channel"_s, u"per post"_s };
    const Result unsearched = cli(answer);
    QVERIFY2(unsearched.exitCode != 0 && unsearched.err.contains(u"not searched yet"_s),
             qPrintable(unsearched.err));
    PD_CLI_OK({ u"case"_s, u"system"_s, u"tick"_s, portable, u"Tobias AX"_s, u"--result"_s,
                u"gevonden"_s, u"--note"_s, u"Huurcontract en betalingen"_s });
    const Result early = cli(answer);
    QVERIFY2(early.exitCode != 0 && early.err.contains(u"portability export"_s),
             qPrintable(early.err));
    PD_CLI_OK(
        { u"export"_s, u"person"_s, portable, u"--json"_s, m_tmp->filePath(u"M400010.json"_s) });
    const Result unsent = cli(answer);
    QVERIFY2(unsent.exitCode != 0 && unsent.err.contains(u"Tobias AX"_s), qPrintable(unsent.err));
    PD_CLI_OK({ u"case"_s, u"system"_s, u"sent"_s, portable, u"Tobias AX"_s, u"--on"_s, day(0) });
    PD_CLI_OK(answer);
    const QString files = letter(portable, u"besluit"_s);
    QVERIFY2(files.contains(u"In de bestanden staan uw gegevens: naam, adres, klantnummer en de "
                            "relatie tot ons."_s),
             qPrintable(files));
    QVERIFY2(!files.contains(u"telefoonnummer"_s), qPrintable(files));
    QVERIFY2(files.contains(u"Tobias AX"_s), qPrintable(files));
    QVERIFY2(!files.contains(u"dan sturen wij die u apart toe"_s), qPrintable(files));
}

// ieder1, seed 002: "binnen 30 dagen aan uw verzoek voldoen ... met nog eens 30 dagen
// verlengd". A bewindvoerder asks for the inzage of a person under administration: the mandate
// (the court's order) is asked for and recorded as received before anything is granted, and
// every letter goes to the bewindvoerder in that capacity.
void TestSeedAnswers::ieder1()
{
    QVERIFY(settle({ { u"organisation.name"_s, u"Woonbedrijf ieder1"_s },
                     { u"organisation.email"_s, u"privacy@ieder1.nl"_s },
                     { u"organisation.address"_s, u"Postbus 570, 7400 AN Deventer"_s },
                     { u"policy.period"_s, u"30d"_s },
                     { u"policy.extension"_s, u"30d"_s } }));
    const QString number = add({ u"--person"_s,
                                 u"P. van 't Hof"_s,
                                 u"--klantnummer"_s,
                                 u"I400003"_s,
                                 u"--type"_s,
                                 u"inzage"_s,
                                 u"--channel"_s,
                                 u"gemachtigde"_s,
                                 u"--received"_s,
                                 day(-14),
                                 u"--address"_s,
                                 u"Brink 1, 7411 BR Deventer"_s,
                                 u"--representative"_s,
                                 u"J. de Wit"_s,
                                 u"--representative-authority"_s,
                                 u"bewindvoerder"_s,
                                 u"--representative-organisation"_s,
                                 u"Bewindvoering Salland"_s,
                                 u"--representative-address"_s,
                                 u"Stationsplein 4, 7411 HB Deventer"_s,
                                 u"--mandate"_s,
                                 u"Beschikking van de kantonrechter"_s });
    QVERIFY(!number.isEmpty());
    PD_CLI_OK({ u"case"_s, u"mandate"_s, number, u"--requested"_s, day(-13) });
    const QString asked = letter(number, u"verzoek-machtiging"_s);
    QVERIFY2(asked.contains(u"Bewindvoering Salland"_s), qPrintable(asked));
    // Nothing is granted to the bewindvoerder before the court's order is in hand.
    const Result early = cli({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"toegewezen"_s,
                               u"--answered"_s, day(0), u"--answer-channel"_s, u"per post"_s });
    QVERIFY(early.exitCode != 0);
    QVERIFY2(early.err.contains(u"mandate"_s), qPrintable(early.err));
    PD_CLI_OK({ u"case"_s, u"mandate"_s, number, u"--received"_s, day(-10) });
    PD_CLI_OK({ u"case"_s, u"identify"_s, number, u"--requested"_s, day(-13), u"--received"_s,
                day(-10), u"--method"_s, u"gemachtigde"_s });
    PD_CLI_OK({ u"export"_s, u"person"_s, u"I400003"_s, u"--pdf"_s,
                m_tmp->filePath(u"inzage-I400003.pdf"_s), u"--redact-all"_s });
    PD_CLI_OK({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"toegewezen"_s, u"--answered"_s,
                day(0), u"--answer-channel"_s, u"per post"_s });
    const Result shown = cli({ u"case"_s, u"show"_s, number });
    QVERIFY2(!shown.out.contains(u"not yet requested"_s), qPrintable(shown.out));
    const QString decision = letter(number, u"besluit"_s);
    QVERIFY2(decision.contains(u"Bewindvoering Salland"_s), qPrintable(decision));
    QVERIFY2(decision.contains(u"bewindvoerder"_s), qPrintable(decision));
    QVERIFY2(decision.contains(u"P. van 't Hof"_s) || decision.contains(u"P. van ’t Hof"_s),
             qPrintable(decision));
    const QString ap = dossier(number, false);
    QVERIFY2(ap.contains(u"J. de Wit"_s), qPrintable(ap));
    // The AP copies a letter's SHA-256 out of the dossier to compare it: a ligature would make
    // its "ff" one character that matches no hash.
    const QString pdf = m_tmp->filePath(u"dossier-copied.pdf"_s);
    PD_CLI_OK({ u"dossier"_s, number, u"--pdf"_s, pdf });
    QString copied = pd::test::DocumentFixture::pdfCopiedText(pdf);
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
        QVERIFY2(!copied.contains(QChar(ligature)), qPrintable(copied));
    QVERIFY2(copied.contains(u"Identification"_s), qPrintable(copied));
    copied.remove(QRegularExpression(u"\\s"_s));
    const Result letters = cli({ u"letter"_s, u"list"_s, number, u"--json"_s });
    QCOMPARE(letters.exitCode, 0);
    const QJsonArray made = QJsonDocument::fromJson(letters.out.toUtf8()).array();
    QVERIFY(!made.isEmpty());
    for (const QJsonValue &letter : made) {
        const QString sha = letter[u"sha256"_s].toString();
        QStringList groups;
        for (qsizetype i = 0; i < sha.size(); i += 4)
            groups << sha.mid(i, 4);
        QVERIFY2(copied.contains(groups.join(u':')), qPrintable(sha));
    }
}

// Oosterpoort, seed 003: "Wij behandelen uw aanvraag binnen vier weken" — an own term without
// an extension. The law's extension (art. 12(3) AVG) stays: the notice says the own term will
// not be met and why, and the dossier shows the departure from the own policy.
void TestSeedAnswers::oosterpoort()
{
    QVERIFY(settle({ { u"organisation.name"_s, u"Oosterpoort Wonen"_s },
                     { u"organisation.email"_s, u"privacy@oosterpoort.nl"_s },
                     { u"organisation.address"_s, u"Atelierweg 12, 6561 AA Groesbeek"_s },
                     { u"policy.period"_s, u"4w"_s },
                     { u"policy.extension"_s, u"0d"_s } }));
    const QString number
        = add({ u"--person"_s, u"K. Jansen-van der Berg"_s, u"--klantnummer"_s, u"O400004"_s,
                u"--type"_s, u"verwijdering"_s, u"--channel"_s, u"balie"_s, u"--received"_s,
                u"2026-10-05"_s, u"--address"_s, u"Dorpsstraat 3, 6561 BC Groesbeek"_s });
    QVERIFY(!number.isEmpty());
    PD_CLI_OK({ u"case"_s, u"identify"_s, number, u"--requested"_s, u"2026-10-05"_s,
                u"--received"_s, u"2026-10-05"_s, u"--method"_s, u"balie"_s });
    PD_CLI_OK({ u"case"_s, u"extend"_s, number, u"--reason"_s,
                u"De gegevens staan ook in het archief van de aannemer; dat vraagt meer tijd."_s,
                u"--notified"_s, u"2026-10-26"_s });
    const QString notice = letter(number, u"verlengingsbericht"_s);
    QVERIFY2(notice.contains(u"artikel 12 lid 3 AVG"_s), qPrintable(notice));
    QVERIFY2(notice.contains(u"vier weken"_s) || notice.contains(u"4 weken"_s)
                 || notice.contains(u"28 dagen"_s),
             qPrintable(notice));
    PD_CLI_OK({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"deels-toegewezen"_s,
                u"--grounds"_s, u"art-17-3-b"_s, u"--motivation"_s,
                u"Huurbetalingen moeten wij zeven jaar bewaren (art. 52 AWR)."_s, u"--granted"_s,
                u"Uw telefoonnummer en de notities van het klantcontactcentrum."_s, u"--answered"_s,
                u"2026-11-20"_s, u"--answer-channel"_s, u"per post"_s });
    const QString decision = letter(number, u"besluit"_s);
    QVERIFY2(decision.contains(u"artikel 17 lid 3 sub b AVG"_s), qPrintable(decision));
    const QString ap = dossier(number, false);
    QVERIFY2(ap.contains(u"own"_s) && ap.contains(u"policy"_s), qPrintable(ap));

    // Four weeks from a Sunday end on a Sunday: the own deadline moves to the next working day,
    // and the acknowledgement promises no extension notice after the answer it would postpone.
    QDate sunday = pd::test::systemToday().addDays(-21);
    while (sunday.dayOfWeek() != Qt::Sunday)
        sunday = sunday.addDays(-1);
    const QString weekend = add({ u"--person"_s, u"G. ter Horst"_s, u"--klantnummer"_s,
                                  u"O400007"_s, u"--type"_s, u"inzage"_s, u"--channel"_s,
                                  u"email"_s, u"--received"_s, sunday.toString(Qt::ISODate),
                                  u"--address"_s, u"Dorpsstraat 9, 6561 BC Groesbeek"_s });
    QVERIFY(!weekend.isEmpty());
    const Result shown = cli({ u"case"_s, u"show"_s, weekend, u"--json"_s });
    const QJsonObject deadlines
        = QJsonDocument::fromJson(shown.out.toUtf8()).object()[u"deadlines"_s].toObject();
    const QDate own = QDate::fromString(deadlines[u"policy"_s].toString(), Qt::ISODate);
    QVERIFY2(own > sunday.addDays(28) && own <= sunday.addDays(28 + 5), qPrintable(shown.out));
    QVERIFY2(own.dayOfWeek() < Qt::Saturday, qPrintable(shown.out));
    const QString received = letter(weekend, u"ontvangstbevestiging"_s);
    const QString ownText = QLocale(QLocale::Dutch).toString(own, u"d MMMM yyyy"_s);
    QVERIFY2(received.contains(u"U krijgt ons antwoord uiterlijk op %1."_s.arg(ownText)),
             qPrintable(received));
    QVERIFY2(received.contains(u"Dan laten wij u dat uiterlijk op %1 weten"_s.arg(ownText)),
             qPrintable(received));
}

// Jutphaas, seed 004: "Het recht van correctie: indien de persoonsgegevens die wij van u
// verwerken niet juist zijn, hebt u het recht om deze aan te laten passen". A correction asked
// for data that are right is refused on art. 16 itself, never as "kennelijk ongegrond".
void TestSeedAnswers::jutphaas()
{
    QVERIFY(settle({ { u"organisation.name"_s, u"Jutphaas Wonen"_s },
                     { u"organisation.email"_s, u"info@jutphaas.nl"_s },
                     { u"organisation.address"_s, u"Postbus 190, 3430 AD Nieuwegein"_s } }));
    const QString number
        = add({ u"--person"_s, u"L. van der Linden"_s, u"--klantnummer"_s, u"J400005"_s,
                u"--type"_s, u"rectificatie"_s, u"--channel"_s, u"email"_s, u"--received"_s,
                u"2026-10-05"_s, u"--email"_s, u"l.vanderlinden@example.nl"_s, u"--address"_s,
                u"Wijkersloot 2, 3431 AA Nieuwegein"_s });
    QVERIFY(!number.isEmpty());
    PD_CLI_OK({ u"case"_s, u"identify"_s, number, u"--requested"_s, u"2026-10-05"_s,
                u"--received"_s, u"2026-10-07"_s, u"--method"_s, u"klantgegevens"_s });
    // "Gedurende de periode dat we bezig zijn om te bepalen of uw gegevens gecorrigeerd moeten
    // worden ... hebt u het recht om de beperking van de verwerking aan te vragen": restricted
    // under art. 18(1)(a) until the correction is decided, and not lifted before.
    PD_CLI_OK({ u"person"_s, u"restrict"_s, u"J400005"_s, u"--data"_s,
                u"de ingangsdatum van de huurovereenkomst"_s, u"--ground"_s, u"a"_s, u"--reason"_s,
                u"De juistheid wordt nagekeken."_s, u"--case"_s, number, u"--from"_s,
                u"2026-10-07"_s });
    // The access report says what the restriction waits for, by the request's number.
    const QString held = m_tmp->filePath(u"inzage-J400005.pdf"_s);
    PD_CLI_OK({ u"export"_s, u"person"_s, u"J400005"_s, u"--pdf"_s, held, u"--redact-all"_s });
    QVERIFY2(pdfText(held).contains(
                 u"The restriction holds until the decision on %1 (rectification)."_s.arg(number)),
             qPrintable(pdfText(held)));
    const Result early
        = cli({ u"letter"_s, number, u"--kind"_s, u"kennisgeving-opheffing-beperking"_s, u"--pdf"_s,
                m_tmp->filePath(u"early.pdf"_s) });
    QVERIFY2(early.exitCode != 0 && early.err.contains(u"holds until the rectification"_s),
             qPrintable(early.err));
    PD_CLI_OK({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"afgewezen"_s, u"--grounds"_s,
                u"art-16"_s, u"--motivation"_s,
                u"De ingangsdatum van uw huurovereenkomst staat zo in de overeenkomst die u "
                "heeft ondertekend."_s,
                u"--answered"_s, u"2026-10-21"_s, u"--answer-channel"_s, u"per e-mail"_s });
    const QString decision = letter(number, u"besluit"_s);
    QVERIFY2(decision.contains(u"(artikel 16 AVG)"_s), qPrintable(decision));
    // Decided: the restriction's reason is gone, and its notice says what was decided.
    const QString lifting = letter(number, u"kennisgeving-opheffing-beperking"_s);
    QVERIFY2(lifting.contains(u"besloten ze niet te veranderen"_s), qPrintable(lifting));
    QVERIFY2(!decision.contains(u"artikel 12 lid 5"_s), qPrintable(decision));
    QVERIFY2(decision.contains(u"Geachte heer of mevrouw Van der Linden"_s)
                 || decision.contains(u"Van der Linden"_s),
             qPrintable(decision));
    const QString ap = dossier(number, true);
    QVERIFY2(ap.contains(u"Art. 16"_s), qPrintable(ap));
    // A table's cells come out of the PDF line by line, interleaved: read each line apart.
    QVERIFY2(ap.contains(u"%1 (rectification) was"_s.arg(number))
                 && ap.contains(u"decided on 21 October 2026: since"_s),
             qPrintable(ap));

    // A correction granted: the new phone number is made in Privacydesk too before the letter
    // confirms it, and the window cleaner, who had the number, is told nothing for a reason of
    // the officer's own, never as "onmogelijk of onevenredig" (art. 19 AVG).
    PD_CLI_OK(
        { u"recipient"_s, u"add"_s, u"Glazenwasserij Helder"_s, u"--category"_s, u"aannemer"_s });
    // The tenant's record comes from the ERP export, phone number included.
    const QString export_ = m_tmp->filePath(u"erp.csv"_s);
    QFile csv(export_);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("klantnummer;naam;relatie;einddatum;adres;telefoon\n"
              "J400006;T. de Vries;huurder;;Wijkersloot 4, 3431 AA Nieuwegein;06 1111 2222\n"
              "J400008;A. Bakker;ex-huurder;2021-06-30;Wijkersloot 6, 3431 AA Nieuwegein;\n");
    csv.close();
    PD_CLI_OK(
        { u"import"_s, u"persons"_s, export_, u"--source"_s, u"Tobias AX (huuradministratie)"_s });
    // The access report names the source the import recorded, not only the day.
    const QString report = m_tmp->filePath(u"inzage-J400006.pdf"_s);
    PD_CLI_OK({ u"export"_s, u"person"_s, u"J400006"_s, u"--pdf"_s, report, u"--redact-all"_s });
    QVERIFY2(pdfText(report).contains(u"Source: Tobias AX (huuradministratie) (taken over on"_s),
             qPrintable(pdfText(report)));
    // The former tenant's contact details in the ERP expired two years after the tenancy ended:
    // their destruction is recorded item by item, as the desk does.
    PD_CLI_OK({ u"retention"_s, u"item"_s, u"destroy"_s, u"--person"_s, u"J400008"_s, u"--rule"_s,
                u"contactgegevens-huurder"_s, u"--method"_s, u"Verwijderd uit Tobias AX"_s,
                u"--confirm"_s });
    const Result destroyed = cli({ u"retention"_s, u"log"_s });
    QVERIFY2(destroyed.out.contains(u"Contactgegevens huurder"_s), qPrintable(destroyed.out));
    const Result due = cli({ u"retention"_s, u"due"_s });
    QVERIFY2(!due.out.contains(u"J400008"_s), qPrintable(due.out));
    const QString phone = add({ u"--klantnummer"_s, u"J400006"_s, u"--type"_s, u"rectificatie"_s,
                                u"--channel"_s, u"email"_s, u"--received"_s, u"2026-10-05"_s });
    QVERIFY(!phone.isEmpty());
    PD_CLI_OK({ u"disclosure"_s, u"add"_s, u"--recipient"_s, u"Glazenwasserij Helder"_s,
                u"--person"_s, u"J400006"_s, u"--data"_s, u"adres,telefoonnummer"_s, u"--date"_s,
                u"2026-09-01"_s, u"--purpose"_s, u"Glazen wassen"_s, u"--basis"_s, u"b"_s });
    PD_CLI_OK({ u"case"_s, u"identify"_s, phone, u"--requested"_s, u"2026-10-05"_s, u"--received"_s,
                u"2026-10-07"_s, u"--method"_s, u"klantgegevens"_s });
    PD_CLI_OK({ u"case"_s, u"complete"_s, phone, u"--outcome"_s, u"toegewezen"_s, u"--data"_s,
                u"telefoonnummer"_s, u"--granted"_s,
                u"Telefoonnummer: 06 1111 2222 → 06 3333 4444"_s, u"--answered"_s, u"2026-10-21"_s,
                u"--answer-channel"_s, u"per e-mail"_s });
    PD_CLI_OK({ u"disclosure"_s, u"art19"_s, phone, u"--recipient"_s, u"Glazenwasserij Helder"_s,
                u"--not-applicable"_s,
                u"De glazenwasser belt alleen op de dag zelf en bewaart geen nummers."_s });
    QVERIFY(letter(phone, u"bevestiging-rectificatie"_s).isEmpty()); // not corrected yet
    PD_CLI_OK({ u"person"_s, u"correct"_s, u"J400006"_s, u"--field"_s, u"telefoonnummer"_s,
                u"--value"_s, u"06 3333 4444"_s, u"--case"_s, phone });
    const QString confirmed = letter(phone, u"bevestiging-rectificatie"_s);
    QVERIFY2(confirmed.contains(u"hebben wij uw gegevens gecorrigeerd: het telefoonnummer"_s),
             qPrintable(confirmed));
    QVERIFY2(confirmed.contains(u"Glazenwasserij Helder: De glazenwasser belt alleen op de dag "
                                "zelf en bewaart geen nummers."_s),
             qPrintable(confirmed));
    QVERIFY2(!confirmed.contains(u"onevenredig"_s) && !confirmed.contains(u"heel veel werk"_s),
             qPrintable(confirmed));
}

QTEST_MAIN(TestSeedAnswers)
#include "tst_seedanswers.moc"
