// The inzage report and portability export of one data subject: what is collected, which
// fragments of other people's data are found for review, their redaction in the PDF (read back
// with pdftotext), the report's sections per point of art. 15(1) and 15(2) GDPR (purposes from
// the register, source, automated decisions, a transfer to a US processor with its safeguard,
// retention), the portability export that carries only what is processed on consent or
// contract and says why the rest is left out (JSON, CSV, LEESMIJ.txt), the source of a
// person's data, and the audit event that records the export without the redacted text.

#include "PersonReportFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "documents/EventText.h"
#include "documents/PersonExport.h"
#include "documents/PersonPortability.h"
#include "documents/PersonReport.h"
#include "documents/PersonReportDocument.h"
#include "documents/PersonReview.h"
#include "documents/PortabilityGate.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "session/Session.h"
#include "settings/SettingValues.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

using Fixture = pd::test::PersonReportFixture;

QString pdfText(const QString &path, QString *error)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QProcess process;
    process.start(pdftotext, { u"-raw"_s, path, u"-"_s });
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    // NFKC: the PDF's typography writes ligatures ("ﬁ" for "fi").
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// RFC 4180 with ';' (no line breaks inside fields in these files).
QList<QStringList> csvRows(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    for (const QString &line : text.split(u"\r\n"_s, Qt::SkipEmptyParts)) {
        QStringList fields;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = !quoted;
            } else if (c == u';' && !quoted) {
                fields << field;
                field.clear();
            } else {
                field += c;
            }
        }
        rows << (fields << field);
    }
    return rows;
}

const ReviewFinding *findingFor(const QList<ReviewFinding> &findings, const QString &text)
{
    for (const ReviewFinding &f : findings) {
        if (f.text == text)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestPersonReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void findPerson();
    void loadCollectsEverything();
    void anonymisedPersonIsNotFound();
    void findings();
    void findingsIgnoreOwnData();
    void nameHeuristic_data();
    void nameHeuristic();
    void neighboursAddressIsRedacted();
    void lookupUsesTheIndex();
    void redaction();
    void exportAllRedacted();
    void exportKeepsWhatTheOfficerKeeps();
    void refusesToOverwrite();
    void needsAnOutput();
    void unrecordedExportLeavesNoFiles();
    void decisionReasonsInTheReport();
    void portabilityFollowsTheRegister();
    void readmeForAnotherControllerSpeaksOfTheSubject();
    void personSource();
    void processorOutsideTheEea();
    void processorByWhatItProcesses();
    void activitiesForARelation_data();
    void activitiesForARelation();
    void retentionRuleOnlyWithTheData();
    void kindsOfDataEachUnderTheirArticle();
    void plainWordsForTheReader();
    void policyAndReceiptInTheReport();
    void rightsGiveTheExtendedDeadline();
    void tableCellsKeepTheirWords();
    void recipientsDataInTheOfficersWords();
    void anonymousSurveySaysSo();

private:
    static QString automatedStatement()
    {
        return u"Een rekenmodel signaleert huurachterstand vroeg; een medewerker beslist altijd "
               "zelf over een betalingsregeling."_s;
    }
    PersonReport load() const;
    QList<AuditEvent> personEvents() const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC) };
    Fixture m_fixture;
};

PersonReport TestPersonReport::load() const
{
    ServiceError error;
    const auto report
        = PersonReportLoader(Session { *m_store, m_clock }).load(m_fixture.personId, &error);
    if (!report)
        qWarning("load: %s", qPrintable(error.message));
    return report.value_or(PersonReport());
}

QList<AuditEvent> TestPersonReport::personEvents() const
{
    return support::auditLog(*m_store, m_clock)
        .eventsFor(u"person"_s, QString::number(m_fixture.personId));
}

// A text given fewer values than it names, or more (ieder1, seed 002: the portability texts
// printed "QString::arg: 1 argument(s) missing" with every export), fails the test.
void TestPersonReport::init()
{
    QTest::failOnWarning(QRegularExpression(u"QString::arg"_s));
}

void TestPersonReport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s), u"Woonstichting Voorbeeld"_s);
    QVERIFY(m_store);
    QVERIFY(m_fixture.build(*m_store, m_clock, m_tmp.path()));
    // The organisation's own statement, set the way `settings set` sets it.
    ServiceError error;
    QVERIFY2(SettingValues(Session { *m_store, m_clock })
                 .set(u"organisation.automated_decisions"_s, automatedStatement(), BsnCheck::Refuse,
                      &error),
             qPrintable(error.message));
}

void TestPersonReport::findPerson()
{
    const PersonReportLoader loader(Session { *m_store, m_clock });
    QCOMPARE(loader.findPerson(u"K100"_s, test::MustRead()),
             std::optional<qint64>(m_fixture.personId));
    QCOMPARE(loader.findPerson(m_fixture.secondCase.toLower(), test::MustRead()),
             std::optional<qint64>(m_fixture.personId));
    // Typed with full-width digits and a zero-width space, as pasted from another program.
    QCOMPARE(loader.findPerson(u"K\uFF11\uFF10\u200B\uFF10"_s, test::MustRead()),
             std::optional<qint64>(m_fixture.personId));
    QVERIFY(!loader.findPerson(u"K999"_s, test::MustRead()));
    QVERIFY(!loader.findPerson(u"AVG-2026-9999"_s, test::MustRead()));
    QVERIFY(!loader.findPerson(u" "_s, test::MustRead()));
}

void TestPersonReport::loadCollectsEverything()
{
    const PersonReport r = load();
    QCOMPARE(r.person.name, Fixture::subjectName());
    QCOMPARE(r.person.klantnummer, u"K100"_s);
    QCOMPARE(r.person.city, u"Utrecht"_s);
    QCOMPARE(r.person.relationEnd, QDate(2026, 6, 30));
    QCOMPARE(r.organisation, u"Woonstichting Voorbeeld"_s);
    QCOMPARE(r.printedOn, QDate(2026, 11, 21));
    QCOMPARE(r.requests.size(), 2);
    QCOMPARE(r.requests.at(0).request.number, m_fixture.firstCase);
    QCOMPARE(r.requests.at(0).request.identification.method, std::optional(IdMethod::KopieId));
    QCOMPARE(r.requests.at(1).request.number, m_fixture.secondCase);
    QVERIFY(r.requests.at(1).request.extended);
    QCOMPARE(r.notes.size(), 3);
    QCOMPARE(r.notes.at(0).caseNumber, m_fixture.firstCase);
    QCOMPARE(r.notes.at(2).caseNumber, m_fixture.secondCase);
    // Oldest first; the disclosure the law forbids telling about is only counted.
    QCOMPARE(r.disclosures.size(), 2);
    QCOMPARE(r.disclosures.at(0).recipientName, Fixture::gemeente());
    QCOMPARE(r.disclosures.at(1).recipientName, Fixture::aannemer());
    QCOMPARE(r.withheldDisclosures, 1);
    // The contact data, and the financial records the import derived from the end of the
    // tenancy: the end of the fiscal year 2026 + 7 years.
    QCOMPARE(r.retention.size(), 2);
    QCOMPARE(r.retention.first().rule.code, u"contactgegevens-huurder"_s);
    QCOMPARE(r.retention.first().expires, QDate(2028, 6, 30));
    QCOMPARE(r.retention.last().rule.code, u"financiele-gegevens"_s);
    QCOMPARE(r.retention.last().expires, QDate(2033, 12, 31));
    QVERIFY(r.requestFilesRule);
    QVERIFY(r.hold);
    QCOMPARE(r.sources.size(), 1);
    QCOMPARE(r.sources.first().kind, ReportSource::Kind::Import);
    // Created by the import: its source.
    QCOMPARE(r.person.source, u"ERP-import"_s);
    // The register's activities for tenants, in register order; not the job applicants'.
    QStringList codes;
    for (const ProcessingActivity &a : r.activities)
        codes << a.subCode;
    QCOMPARE(codes, QStringList({ u"A.1"_s, u"A.2"_s, u"A.3"_s, u"C.1"_s }));
    // Retention rules that apply to the tenant's data: by the end of the tenancy. Not the seeded
    // camera footage: no item of hers falls under it (seed 000: "Camerabeelden 4 weken
    // na opname" reached the tenants of an organisation without cameras; the list here held
    // "camerabeelden" before).
    QStringList rules;
    for (const RetentionRule &rule : r.retentionRules)
        rules << rule.code;
    QCOMPARE(rules, QStringList({ u"contactgegevens-huurder"_s, u"financiele-gegevens"_s }));
    QCOMPARE(r.transfers.size(), 1);
    QCOMPARE(r.transfers.first().to, Fixture::usProcessor());
    QCOMPARE(r.transfers.first().country, u"Verenigde Staten"_s);
    QCOMPARE(r.transfers.first().safeguard, Fixture::usSafeguard());
    QCOMPARE(r.transfers.first().activity, u"A.3 Inloggen huurdersportaal"_s);
    QCOMPARE(r.automatedDecisions, automatedStatement());
}

void TestPersonReport::anonymisedPersonIsNotFound()
{
    ServiceError error;
    QVERIFY(!PersonReportLoader(Session { *m_store, m_clock }).load(987654, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestPersonReport::findings()
{
    const PersonReport report = load();
    const QList<ReviewFinding> found
        = PersonReview(Session { *m_store }).findings(report, nullptr).value();
    QStringList texts;
    for (const ReviewFinding &f : found)
        texts << f.text;
    QCOMPARE(texts,
             QStringList({ Fixture::otherName(), Fixture::otherPhone(), Fixture::otherEmail(),
                           u"J. Jansen"_s, u"Karel Smit"_s, u"P. Bakker"_s }));
    QCOMPARE(found.at(0).kind, ReviewFinding::Kind::KnownPerson);
    QCOMPARE(found.at(0).field, u"request:%1:description"_s.arg(m_fixture.firstCase));
    QCOMPARE(found.at(1).kind, ReviewFinding::Kind::Phone);
    QCOMPARE(found.at(2).kind, ReviewFinding::Kind::Email);
    QCOMPARE(found.at(3).kind, ReviewFinding::Kind::Name);
    QVERIFY(found.at(1).field.startsWith(u"note:"_s));
    QVERIFY(found.at(5).field.startsWith(u"disclosure:"_s));
    QVERIFY(found.at(5).field.endsWith(u":data_text"_s));
    QRegularExpression idPattern(u"^F[0-9a-f]{8}$"_s);
    QSet<QString> ids;
    for (const ReviewFinding &f : found) {
        QVERIFY2(idPattern.match(f.id).hasMatch(), qPrintable(f.id));
        ids << f.id;
        QVERIFY(f.context.contains(f.text));
        QVERIFY(!f.fieldLabel.isEmpty());
    }
    QCOMPARE(ids.size(), found.size());
    // Stable: the same texts give the same ids.
    const QList<ReviewFinding> again
        = PersonReview(Session { *m_store }).findings(load(), nullptr).value();
    QCOMPARE(again.size(), found.size());
    for (int i = 0; i < found.size(); ++i)
        QCOMPARE(again.at(i).id, found.at(i).id);
    QVERIFY(found.at(0).context.contains(u"Buurman"_s));
}

void TestPersonReport::findingsIgnoreOwnData()
{
    const QList<ReviewFinding> found
        = PersonReview(Session { *m_store }).findings(load(), nullptr).value();
    for (const ReviewFinding &f : found) {
        QVERIFY2(!f.text.contains(u"12345678"_s), qPrintable(f.text)); // own phone
        QVERIFY2(!f.text.contains(u"Vries"_s), qPrintable(f.text)); // own name
        QVERIFY2(!f.text.contains(u"Bouwman"_s), qPrintable(f.text)); // a recipient
        QVERIFY2(!f.text.contains(u"Utrecht"_s), qPrintable(f.text)); // a recipient
        QVERIFY2(!f.text.contains(u"Autoriteit"_s), qPrintable(f.text));
    }
}

void TestPersonReport::nameHeuristic_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first and last name")
        << u"Gesproken met Jan Jansen."_s << QStringList { u"Jan Jansen"_s };
    QTest::newRow("tussenvoegsel")
        << u"Brief van Maria van den Berg ontvangen."_s << QStringList { u"Maria van den Berg"_s };
    QTest::newRow("title") << u"Gesprek met mevrouw El Amrani over de huur."_s
                           << QStringList { u"mevrouw El Amrani"_s };
    QTest::newRow("de heer") << u"Volgens de heer Yilmaz is het opgelost."_s
                             << QStringList { u"heer Yilmaz"_s };
    QTest::newRow("relation word stays")
        << u"Zoon Kees belde, en dochter Eva."_s << QStringList { u"Kees"_s, u"Eva"_s };
    QTest::newRow("words before a relation word")
        << u"Overlastmelding van buurman Jan Pietersen."_s << QStringList { u"Jan Pietersen"_s };
    QTest::newRow("words before a title")
        << u"Overlastmelding van mevrouw Pietersen."_s << QStringList { u"mevrouw Pietersen"_s };
    QTest::newRow("initials") << u"Kopie naar J.P. Hendriks-Visser gestuurd."_s
                              << QStringList { u"J.P. Hendriks-Visser"_s };
    QTest::newRow("sentence starts") << u"Gisteren gebeld. Het verzoek is compleet. De AVG "
                                        "geldt. Op Maandag Afspraak."_s
                                     << QStringList {};
    QTest::newRow("single surname") << u"Jansen belde terug."_s << QStringList {};
    QTest::newRow("own name") << u"Anna de Vries en mevrouw De Vries."_s << QStringList {};
    QTest::newRow("known person") << u"Ook pieter bakker was erbij."_s
                                  << QStringList { u"pieter bakker"_s };
    QTest::newRow("international phone")
        << u"Bel +31 (0)6 1122 3344 of 0031 20 123 4567."_s
        << QStringList { u"+31 (0)6 1122 3344"_s, u"0031 20 123 4567"_s };
    QTest::newRow("area code") << u"Kantoor: (020) 123 45 67."_s
                               << QStringList { u"(020) 123 45 67"_s };
    QTest::newRow("statute") // seed 000: a disclosure's legal basis
        << u"Art. 126nd Wetboek van Strafvordering; Wet gemeentelijke schuldhulpverlening; "
           "Convenant Aanpak Woonoverlast Voorbeeldstad 2025."_s
        << QStringList {};
    QTest::newRow("not a phone") << u"Zaak AVG-2026-0001, postcode 1234 AB, 12-03-2026."_s
                                 << QStringList {};
    // A neighbour's house address goes with his name (art. 15 lid 4 AVG).
    QTest::newRow("neighbour's address")
        << u"Overlastmelding van buurman Jan Pietersen, Kerkstraat 14, 7511 AB Enschede."_s
        << QStringList { u"Jan Pietersen"_s, u"Kerkstraat 14, 7511 AB Enschede"_s };
    QTest::newRow("address right after the name")
        << u"Buurman Jan Pietersen (Dorpsweg 3a) klaagt over geluid."_s
        << QStringList { u"Jan Pietersen"_s, u"Dorpsweg 3a"_s };
    QTest::newRow("address near a relation word")
        << u"Brief van de buurvrouw van Van Heekstraat 7-2 ontvangen."_s
        << QStringList { u"Van Heekstraat 7-2"_s };
    QTest::newRow("postcode and place near a name")
        << u"Kopie naar mevrouw El Amrani, 3512 PN Utrecht gestuurd."_s
        << QStringList { u"mevrouw El Amrani"_s, u"3512 PN Utrecht"_s };
    QTest::newRow("own street stays") << u"Buurman Jan Pietersen belde aan op Dorpsstraat 12."_s
                                      << QStringList { u"Jan Pietersen"_s };
    QTest::newRow("own postcode stays") << u"Buurman Jan Pietersen woont ook in 1234 AB Utrecht."_s
                                        << QStringList { u"Jan Pietersen"_s };
    QTest::newRow("neighbour in the same postcode")
        << u"Klacht over buurman Jan Pietersen, Dorpsstraat 14, 1234 AB Utrecht."_s
        << QStringList { u"Jan Pietersen"_s, u"Dorpsstraat 14, 1234 AB Utrecht"_s };
    QTest::newRow("own words about a move")
        << u"Huurder verhuist naar Dorpsweg 3, 7511 AB Enschede."_s << QStringList {};
    QTest::newRow("a date is no address")
        << u"Buurman Jan Pietersen belde op 14 maart over Artikel 15."_s
        << QStringList { u"Jan Pietersen"_s };
}

void TestPersonReport::nameHeuristic()
{
    QFETCH(QString, note);
    QFETCH(QStringList, expected);
    PersonReport report = load();
    report.requests.clear();
    report.disclosures.clear();
    report.hold.reset();
    report.notes = { { 1, u"AVG-2026-0001"_s, m_clock.now(), note } };
    QStringList texts;
    const QList<ReviewFinding> reviewed
        = PersonReview(Session { *m_store }).findings(report, nullptr).value();
    for (const ReviewFinding &f : reviewed)
        texts << f.text;
    QCOMPARE(texts, expected);
}

// The redaction removed the neighbour's name and left his house address.
void TestPersonReport::neighboursAddressIsRedacted()
{
    PersonReport report = load();
    report.requests.clear();
    report.disclosures.clear();
    report.hold.reset();
    report.notes = { { 1, u"AVG-2026-0001"_s, m_clock.now(),
                       u"Overlastmelding van buurman Jan Pietersen, Kerkstraat 14, 7511 AB "
                       "Enschede. Zij woont zelf op Dorpsstraat 12."_s } };
    const QList<ReviewFinding> found
        = PersonReview(Session { *m_store }).findings(report, nullptr).value();
    QSet<QString> all;
    for (const ReviewFinding &f : found)
        all << f.id;
    const ReviewFinding *address = findingFor(found, u"Kerkstraat 14, 7511 AB Enschede"_s);
    QVERIFY(address);
    QCOMPARE(address->kind, ReviewFinding::Kind::Address);
    QCOMPARE(ReviewFinding::code(address->kind), u"address"_s);
    const PersonReport redacted = PersonReview::redact(report, found, all);
    QCOMPARE(redacted.notes.at(0).text,
             u"Overlastmelding van buurman %1, %1. Zij woont zelf op Dorpsstraat 12."_s.arg(
                 PersonReview::marker()));
}

void TestPersonReport::lookupUsesTheIndex()
{
    // SQLite's plan names the index in its fourth column; PostgreSQL's in its only one (told not
    // to scan the table, which its planner would prefer for a table of a few rows).
    // The values written in, as EXPLAIN is no statement the server prepares.
    const bool server = m_store->isServer();
    QString sql = PersonReview::lookupSql(m_store->database(), 3);
    for (const QString &value : { u"'jan jansen'"_s, u"'jan jansen'"_s, u"'jan jansen'"_s, u"1"_s })
        sql.replace(sql.indexOf(u'?'), 1, value);
    QSqlQuery query(m_store->database());
    if (server)
        QVERIFY(query.exec(u"SET enable_seqscan = off"_s));
    QVERIFY(query.exec((server ? u"EXPLAIN "_s : u"EXPLAIN QUERY PLAN "_s) + sql));
    QString plan;
    while (query.next())
        plan += query.value(server ? 0 : 3).toString() + u'\n';
    if (server)
        QVERIFY(QSqlQuery(m_store->database()).exec(u"RESET enable_seqscan"_s));
    QVERIFY2(plan.contains(u"persons_name_nocase"_s), qPrintable(plan));
}

void TestPersonReport::redaction()
{
    const PersonReport report = load();
    const QList<ReviewFinding> found
        = PersonReview(Session { *m_store }).findings(report, nullptr).value();
    QSet<QString> all;
    for (const ReviewFinding &f : found)
        all << f.id;
    const PersonReport redacted = PersonReview::redact(report, found, all);
    QCOMPARE(redacted.redactions, found.size());
    const QString marker = PersonReview::marker();
    QCOMPARE(
        redacted.requests.at(0).request.description,
        u"Wil weten welke gegevens wij hebben. Buurman %1 heeft over haar geklaagd."_s.arg(marker));
    QCOMPARE(redacted.notes.at(0).text,
             u"Teruggebeld op 06-12345678. Haar dochter belt soms via %1; mail van %1 "
             "doorgestuurd."_s.arg(marker));
    QCOMPARE(redacted.disclosures.at(0).dataText,
             u"Meldingen van overlast door buurman %1"_s.arg(marker));
    // The report as loaded is untouched; nothing chosen, nothing redacted.
    QVERIFY(report.notes.at(0).text.contains(Fixture::otherPhone()));
    const PersonReport kept = PersonReview::redact(report, found, {});
    QCOMPARE(kept.redactions, 0);
    QCOMPARE(kept.notes.at(0).text, report.notes.at(0).text);
    // A stale or mistyped id is reported.
    QCOMPARE(PersonReview::unknownIds(found, { found.first().id, u"Fdeadbeef"_s }),
             QStringList { u"Fdeadbeef"_s });
}

void TestPersonReport::exportAllRedacted()
{
    PD_REQUIRE_PDFTOTEXT();
    const PersonReport report = load();
    const QList<ReviewFinding> found
        = PersonReview(Session { *m_store }).findings(report, nullptr).value();
    QSet<QString> all;
    for (const ReviewFinding &f : found)
        all << f.id;
    const int eventsBefore = static_cast<int>(personEvents().size());

    QTemporaryDir out;
    PersonExportTargets targets;
    targets.pdfPath = out.filePath(u"inzage.pdf"_s);
    targets.jsonPath = out.filePath(u"export.json"_s);
    targets.csvDirectory = out.filePath(u"csv"_s);
    QList<int> steps;
    const PersonExportResult result
        = PersonExport(Session { *m_store, m_clock })
              .write(report, found, all, targets, [&steps](int done, int) { steps << done; });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(steps, QList<int>({ 1, 2, 3, 4 }));
    QCOMPARE(result.written, targets.files(report));
    QCOMPARE(result.written.size(), 4);
    QCOMPARE(result.findings, found.size());
    QCOMPARE(result.redactedFindings, found.size());
    QCOMPARE(result.redactions, found.size());
    // Nothing but the chosen files in the folder: no temporary file left behind.
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList({ u"export.json"_s, u"inzage.pdf"_s }));
    QCOMPARE(QDir(targets.csvDirectory).entryList(QDir::Files, QDir::Name),
             QStringList({ u"LEESMIJ.txt"_s, u"persons.csv"_s }));
    // To look at the pages: PRIVACYDESK_KEEP_PDF=/some/file.pdf keeps a copy.
    if (const QString keep = qEnvironmentVariable("PRIVACYDESK_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(targets.pdfPath, keep);
    }

    // The PDF.
    QString error;
    const QString text = pdfText(targets.pdfPath, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), result.pdfPages);
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    const int pageCount = static_cast<int>(pages.size());
    for (int i = 0; i < pageCount; ++i) {
        QVERIFY2(pages.at(i).contains(PrintedDocument::confidentialText()),
                 qPrintable(u"page %1"_s.arg(i + 1)));
        QVERIFY2(pages.at(i).contains(PrintedDocument::pageText(i + 1, pageCount)),
                 qPrintable(pages.at(i).right(200)));
        QVERIFY(pages.at(i).contains(PersonReportDocument::title()));
    }
    // A line may break inside "15(1)(f)": pdftotext then reads a space between the brackets.
    const QString flat = text.simplified().replace(u") ("_s, u")("_s);
    // One section per point of art. 15(1)(a)-(h) and 15(2), each naming its article, in order.
    const QStringList sections = PersonReportDocument::sectionTitles();
    QCOMPARE(sections.size(), 11);
    qsizetype previous = -1;
    for (const QString &section : sections) {
        const qsizetype at = flat.indexOf(section);
        QVERIFY2(at > previous, qPrintable(section));
        previous = at;
    }
    for (const char *point : { "15(1)(a)", "15(1)(b)", "15(1)(c)", "15(1)(d)", "15(1)(e)",
                               "15(1)(f)", "15(1)(g)", "15(1)(h)", "15(2)" })
        QVERIFY2(sections.join(u' ').contains(u"(article %1 GDPR)"_s.arg(QLatin1StringView(point))),
                 point);
    const auto section = [&flat, &sections](int index) {
        const qsizetype from = flat.indexOf(sections.at(index));
        const qsizetype to
            = index + 1 < sections.size() ? flat.indexOf(sections.at(index + 1)) : flat.size();
        return flat.mid(from, to - from);
    };
    // (a) Purposes and legal bases from the register, for a tenant only; Privacydesk's own.
    const QString purposes = section(2);
    for (const QString &expected :
         { u"A.1 Opmaken van huurovereenkomst"_s, u"Contract (article 6(1)(b) GDPR)"_s,
           u"A.2 Transacties uitvoeren"_s, u"Legal obligation (article 6(1)(c) GDPR)"_s,
           u"Algemene wet inzake rijksbelastingen, art. 52"_s, u"A.3 Authenticatie van de klant"_s,
           u"C.1 Overlast aanpakken"_s, u"Legitimate interests (article 6(1)(f) GDPR)"_s,
           u"Your requests about your personal data"_s, u"(tenant)"_s })
        QVERIFY2(purposes.contains(expected), qPrintable(expected + u"\n"_s + purposes));
    QVERIFY(!flat.contains(u"Sollicitaties"_s));
    // (b) Categories, flagged.
    const QString categories = section(3);
    for (
        const QString &expected :
        { u"naam en contactgegevens"_s, u"betaalgegevens"_s, u"e-mailadres en inloggegevens"_s,
          u"meldingen van overlast: sensitive data, but no special categories of personal data"_s })
        QVERIFY2(categories.contains(expected), qPrintable(expected));
    // (c) The disclosures, the recipient categories and processors of the register.
    const QString recipients = section(4);
    for (const QString &expected :
         { Fixture::gemeente(), Fixture::aannemer(), u"Convenant woonoverlast"_s,
           codes::label(RecipientCategory::Aannemer), codes::label(RecipientCategory::Deurwaarder),
           u"Leverancier woningbeheersysteem"_s, Fixture::usProcessor() })
        // A category's label stands inside a sentence: "aannemer, deurwaarder".
        QVERIFY2(recipients.contains(expected, Qt::CaseInsensitive),
                 qPrintable(expected + u"\n"_s + recipients));
    // (d) The retention term running for her and the rules for tenants.
    const QString retention = section(5);
    // Dates written out for the reader, as in the letters.
    QVERIFY2(retention.contains(PersonReportDocument::longDate(QDate(2028, 6, 30))),
             qPrintable(retention));
    for (const RetentionRule &rule : report.retentionRules) {
        QVERIFY2(retention.contains(rule.category), qPrintable(rule.category));
        QVERIFY2(retention.contains(rule.periodText()), qPrintable(rule.periodText()));
    }
    QVERIFY(retention.contains(u"Fiscale bewaarplicht (art. 52 AWR)"_s));
    QVERIFY(!retention.contains(u"Sollicitanten"_s));
    // (e) The rights, (f) the complaint.
    for (const char *article : { "article 16", "article 17", "article 18", "article 21" })
        QVERIFY2(section(6).contains(QLatin1StringView(article)), article);
    QVERIFY(section(7).contains(u"Autoriteit Persoonsgegevens"_s));
    // (g) The source recorded for her first, then how she came in, then the register's.
    const QString sources = section(8);
    QVERIFY2(sources.contains(u"Recorded source of your data: ERP-import."_s), qPrintable(sources));
    // Each item names the source recorded for it, not only the day of the import.
    QVERIFY2(sources.contains(u"Source: ERP-import (taken over on "_s), qPrintable(sources));
    QVERIFY(!sources.contains(u"rental administration"_s));
    QVERIFY(sources.contains(u"BRP via gemeente"_s));
    QVERIFY(sources.contains(u"politie"_s));
    QVERIFY(!sources.contains(u"betrokkene zelf"_s));
    // (h) The organisation's statement, as set.
    QVERIFY2(section(9).contains(automatedStatement()), qPrintable(section(9)));
    // 15(2) The processor in the United States with its safeguard, never "no transfer".
    const QString transfers = section(10);
    for (const QString &expected : { Fixture::usProcessor(), u"Verenigde Staten"_s,
                                     Fixture::usSafeguard(), u"A.3 Inloggen huurdersportaal"_s })
        QVERIFY2(transfers.contains(expected), qPrintable(expected + u"\n"_s + transfers));
    QVERIFY(!transfers.contains(u"We do not transfer"_s));
    for (const QString &expected :
         { Fixture::subjectName(), u"K100"_s, u"Dorpsstraat 12"_s, m_fixture.firstCase,
           m_fixture.secondCase, Fixture::gemeente(), Fixture::aannemer(),
           u"Convenant woonoverlast"_s, u"Reparatie cv-ketel"_s, u"Woonstichting Voorbeeld"_s,
           u"Autoriteit Persoonsgegevens"_s, PersonReview::marker(), u"06-12345678"_s })
        QVERIFY2(flat.contains(expected), qPrintable(expected));
    // Redacted everywhere; the withheld disclosure, the colleagues and any number are absent.
    for (const ReviewFinding &f : found)
        QVERIFY2(!flat.contains(f.text), qPrintable(f.text));
    for (const QString &absent : { Fixture::politie(), u"126nd"_s, test::testUser })
        QVERIFY2(!flat.contains(absent), qPrintable(absent));
    QVERIFY(!QRegularExpression(u"(?<!\\d)\\d{9}(?!\\d)"_s).match(flat).hasMatch());

    // The JSON.
    QJsonParseError parseError;
    const QJsonObject json
        = QJsonDocument::fromJson(readFile(targets.jsonPath), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"format"_s).toString(), u"privacydesk-person-export"_s);
    QCOMPARE(json.value(u"format_version"_s).toInt(), 2);
    QCOMPARE(json.value(u"generated_at"_s).toString(), u"2026-11-21T10:00:00Z"_s);
    QCOMPARE(json.value(u"controller"_s).toString(), u"Woonstichting Voorbeeld"_s);
    const QJsonObject person = json.value(u"person"_s).toObject();
    QCOMPARE(person.value(u"name"_s).toString(), Fixture::subjectName());
    QCOMPARE(person.value(u"klantnummer"_s).toString(), u"K100"_s);
    QCOMPARE(person.value(u"relation"_s).toString(), u"huurder"_s);
    QCOMPARE(person.value(u"postcode"_s).toString(), u"1234 AB"_s);
    QCOMPARE(person.value(u"relation_end"_s).toString(), u"2026-06-30"_s);
    QVERIFY(!person.contains(u"bsn"_s));
    QVERIFY(!person.contains(u"source"_s)); // our record, not data she gave us
    // Art. 20: her details on contract (A.1, A.3); Privacydesk's own records are a legal
    // obligation, left out with the reason.
    const QJsonArray included = json.value(u"included"_s).toArray();
    QCOMPARE(included.size(), 1);
    QCOMPARE(included.at(0)[u"part"_s].toString(), u"person"_s);
    QCOMPARE(included.at(0)[u"legal_bases"_s].toArray(), QJsonArray({ u"b"_s }));
    QCOMPARE(included.at(0)[u"activities"_s].toArray(),
             QJsonArray({ u"A.1 Huurovereenkomsten"_s, u"A.3 Inloggen huurdersportaal"_s }));
    const QJsonArray leftOut = json.value(u"left_out"_s).toArray();
    QStringList parts;
    for (const QJsonValue &part : leftOut) {
        parts << part[u"part"_s].toString();
        QCOMPARE(part[u"legal_bases"_s].toArray(), QJsonArray({ u"c"_s }));
        QVERIFY2(part[u"reason"_s].toString().contains(u"article 6(1)(c) GDPR"_s),
                 qPrintable(part[u"reason"_s].toString()));
        QVERIFY(!part[u"label"_s].toString().isEmpty());
    }
    QCOMPARE(
        parts,
        QStringList({ u"sources"_s, u"requests"_s, u"notes"_s, u"disclosures"_s, u"retention"_s }));
    for (const char *absent : { "requests", "notes", "disclosures", "retention", "sources",
                                "legal_hold", "request_files_rule" })
        QVERIFY2(!json.contains(QLatin1StringView(absent)), absent);
    const QByteArray jsonBytes = readFile(targets.jsonPath);
    for (const ReviewFinding &f : found)
        QVERIFY2(!jsonBytes.contains(f.text.toUtf8()), qPrintable(f.text));
    QVERIFY(!jsonBytes.contains(Fixture::politie().toUtf8()));
    QVERIFY(!jsonBytes.contains(m_fixture.firstCase.toUtf8()));

    // The CSV files: one header and a row per entry, redacted as well.
    const QByteArray personsCsv = readFile(QDir(targets.csvDirectory).filePath(u"persons.csv"_s));
    QVERIFY(personsCsv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> persons = csvRows(personsCsv);
    QCOMPARE(persons.size(), 2);
    QCOMPARE(persons.at(0).first(), u"name"_s);
    QCOMPARE(persons.at(1).first(), Fixture::subjectName());
    QCOMPARE(persons.at(1).at(persons.at(0).indexOf(u"relation"_s)), u"huurder"_s);
    // LEESMIJ.txt: what is in, what is left out and why, in words.
    const QByteArray readmeBytes = readFile(
        QDir(targets.csvDirectory).filePath(QLatin1StringView(PersonPortability::readmeFileName)));
    QVERIFY(readmeBytes.startsWith("\xEF\xBB\xBF")); // editors read the accents right
    const QString readme = QString::fromUtf8(readmeBytes);
    QVERIFY(readme.contains(u"article 20 GDPR"_s));
    QVERIFY(readme.contains(Fixture::subjectName()));
    const qsizetype notIn = readme.indexOf(u"Not in this export, and why:"_s);
    QVERIFY(notIn > 0);
    for (const PortabilityPart &part : PersonPortability::scope(report)) {
        const qsizetype at = readme.indexOf(part.label + u": "_s + part.reason);
        QVERIFY2(at > 0, qPrintable(part.label));
        QCOMPARE(at > notIn, !part.included);
    }
    for (const QString &file : PersonPortability::csvFileNames(report)) {
        const QByteArray bytes = readFile(QDir(targets.csvDirectory).filePath(file));
        for (const ReviewFinding &f : found)
            QVERIFY2(!bytes.contains(f.text.toUtf8()), qPrintable(file + u' ' + f.text));
    }

    // The audit trail: one event with counts and fields, never the redacted text.
    const QList<AuditEvent> events = personEvents();
    QCOMPARE(events.size(), eventsBefore + 1);
    const AuditEvent &event = events.last();
    QCOMPARE(event.action, u"person.exported"_s);
    QCOMPARE(event.actor, test::testUser);
    QCOMPARE(event.payload.value(u"formats"_s).toArray(),
             QJsonArray({ u"pdf"_s, u"json"_s, u"csv"_s }));
    QCOMPARE(event.payload.value(u"findings"_s).toInt(), found.size());
    QCOMPARE(event.payload.value(u"redacted_findings"_s).toInt(), found.size());
    QCOMPARE(event.payload.value(u"kept_findings"_s).toInt(), 0);
    QCOMPARE(event.payload.value(u"redactions"_s).toInt(), found.size());
    QCOMPARE(event.payload.value(u"withheld_disclosures"_s).toInt(), 1);
    QCOMPARE(
        event.payload.value(u"portability_left_out"_s).toArray(),
        QJsonArray({ u"sources"_s, u"requests"_s, u"notes"_s, u"disclosures"_s, u"retention"_s }));
    const QJsonArray fields = event.payload.value(u"redacted_fields"_s).toArray();
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0).toString(), u"request:%1:description"_s.arg(m_fixture.firstCase));
    const QByteArray payload = QJsonDocument(event.payload).toJson();
    for (const ReviewFinding &f : found)
        QVERIFY2(!payload.contains(f.text.toUtf8()), qPrintable(f.text));
    QVERIFY(!payload.contains(out.path().toUtf8()));
    // In plain words on the person's timeline.
    const QString sentence = EventText::sentence(event, {});
    QVERIFY2(sentence.contains(u"PDF, JSON, CSV"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"6 of 6"_s), qPrintable(sentence));
    QCOMPARE(EventText::title(event.action), u"Access report or data export made"_s);
    QVERIFY(support::auditLog(*m_store, m_clock).verify().ok);
}

void TestPersonReport::exportKeepsWhatTheOfficerKeeps()
{
    PD_REQUIRE_PDFTOTEXT();
    const PersonReport report = load();
    const QList<ReviewFinding> found
        = PersonReview(Session { *m_store }).findings(report, nullptr).value();
    const ReviewFinding *phone = findingFor(found, Fixture::otherPhone());
    QVERIFY(phone);
    QTemporaryDir out;
    PersonExportTargets targets;
    targets.pdfPath = out.filePath(u"inzage.pdf"_s);
    const PersonExportResult result
        = PersonExport(Session { *m_store, m_clock }).write(report, found, { phone->id }, targets);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.redactions, 1);
    QCOMPARE(result.written, QStringList { targets.pdfPath });
    QString error;
    const QString flat = pdfText(targets.pdfPath, &error).simplified();
    QVERIFY(!flat.contains(Fixture::otherPhone()));
    QVERIFY(flat.contains(Fixture::otherName()));
    QVERIFY(flat.contains(Fixture::otherEmail()));
    const AuditEvent event = personEvents().last();
    QCOMPARE(event.payload.value(u"formats"_s).toArray(), QJsonArray({ u"pdf"_s }));
    QCOMPARE(event.payload.value(u"kept_findings"_s).toInt(), found.size() - 1);
    QCOMPARE(event.payload.value(u"redacted_fields"_s).toArray(), QJsonArray({ phone->field }));
}

void TestPersonReport::refusesToOverwrite()
{
    const PersonReport report = load();
    QTemporaryDir out;
    PersonExportTargets targets;
    targets.jsonPath = out.filePath(u"export.json"_s);
    targets.csvDirectory = out.path();
    QFile existing(out.filePath(u"persons.csv"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    const int eventsBefore = static_cast<int>(personEvents().size());
    PersonExport exporter(Session { *m_store, m_clock });
    PersonExportResult result = exporter.write(report, {}, {}, targets);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode, u"exists"_s);
    QVERIFY(result.error.contains(out.filePath(u"persons.csv"_s)));
    QVERIFY(result.written.isEmpty());
    QCOMPARE(readFile(out.filePath(u"persons.csv"_s)), QByteArray("mine"));
    QVERIFY(!QFile::exists(targets.jsonPath));
    QCOMPARE(personEvents().size(), eventsBefore);

    targets.overwrite = true;
    result = exporter.write(report, {}, {}, targets);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(readFile(out.filePath(u"persons.csv"_s)).startsWith("\xEF\xBB\xBF"));
    QVERIFY(QFile::exists(targets.jsonPath));
    QCOMPARE(personEvents().size(), eventsBefore + 1);
}

// The reasons of a refusal or partial grant (art. 12(4) AVG) and why a request was decided
// without identification are the data subject's to read: in the PDF, the JSON and the CSV.
void TestPersonReport::decisionReasonsInTheReport()
{
    PD_REQUIRE_PDFTOTEXT();
    QTemporaryDir dir;
    auto store = test::createServiceStore(dir.filePath(u"store"_s), u"Woonstichting Oost"_s);
    QVERIFY(store);
    CaseService cases(Session { *store, m_clock });
    ServiceError error;
    NewCase request;
    request.person.name = u"Berend Brink"_s;
    request.person.klantnummer = u"K900"_s;
    request.types = { RequestType::Inzage, RequestType::Verwijdering };
    request.channel = Channel::Telefoon;
    request.receivedDate = QDate(2026, 11, 2);
    const auto c = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    const QString motivation = u"Huurbetalingen bewaren wij zeven jaar vanwege de fiscale "
                               "bewaarplicht."_s;
    const QString noId = u"Vaste huurder sinds 1998, teruggebeld op het bekende nummer"_s;
    QVERIFY2(
        cases.complete(c->number,
                       test::completion(Outcome::DeelsToegewezen, QDate(2026, 11, 20), u"brief"_s,
                                        { RefusalGround::Art17_3b }, motivation, noId),
                       BsnCheck::Refuse, &error),
        qPrintable(error.message));
    const auto report = PersonReportLoader(Session { *store, m_clock }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    QTemporaryDir out;
    PersonExportTargets targets;
    targets.pdfPath = out.filePath(u"inzage.pdf"_s);
    targets.jsonPath = out.filePath(u"export.json"_s);
    targets.csvDirectory = out.filePath(u"csv"_s);
    const QList<ReviewFinding> found
        = PersonReview(Session { *store }).findings(*report, nullptr).value();
    const PersonExportResult result
        = PersonExport(Session { *store, m_clock }).write(*report, found, {}, targets);
    QVERIFY2(result.ok(), qPrintable(result.error));

    QString pdfError;
    const QString flat = pdfText(targets.pdfPath, &pdfError).simplified();
    QVERIFY2(!flat.isEmpty(), qPrintable(pdfError));
    QVERIFY2(flat.contains(u"Reasons "_s + motivation), qPrintable(flat));
    QVERIFY2(flat.contains(codes::label(RefusalGround::Art17_3b)), qPrintable(flat));
    QVERIFY2(flat.contains(u"decided without a recorded identification: "_s + noId),
             qPrintable(flat));

    // Without a register, the defaults: no automated decisions, no transfer outside the EEA,
    // and the register is said to be silent about the relation.
    QVERIFY2(flat.contains(OrganisationDetails().automatedDecisionsText()), qPrintable(flat));
    QVERIFY(flat.contains(u"We do not transfer your data to countries outside the European "
                          "Economic Area"_s));
    QVERIFY(flat.contains(u"does not yet describe a processing of data of people with your "
                          "relation to us (other)"_s));
    QVERIFY(!flat.contains(u"Recorded source of your data"_s));

    // The decision is part of handling the request, a legal obligation: not in the
    // portability export, which says so.
    const QByteArray jsonBytes = readFile(targets.jsonPath);
    const QJsonObject json = QJsonDocument::fromJson(jsonBytes).object();
    QVERIFY(!jsonBytes.contains(motivation.toUtf8()));
    QVERIFY(!json.contains(u"person"_s)); // no activity on consent or contract
    QStringList parts;
    for (const QJsonValue &part : json.value(u"left_out"_s).toArray())
        parts << part[u"part"_s].toString();
    // No notes, no disclosures: nothing to leave out there. The closed request's files run
    // under the request-files rule.
    QCOMPARE(parts, QStringList({ u"person"_s, u"sources"_s, u"requests"_s, u"retention"_s }));
    QVERIFY(json.value(u"left_out"_s)[0][u"reason"_s].toString().contains(
        u"names no processing of data of people with your relation to us (other)"_s));
    QCOMPARE(QDir(targets.csvDirectory).entryList(QDir::Files), QStringList({ u"LEESMIJ.txt"_s }));
}

// Art. 20(1): the person's details go into the export only while the register processes the
// data of people with their relation on consent or contract; a legal obligation is left out,
// with the reason in the JSON and in LEESMIJ.txt.
void TestPersonReport::portabilityFollowsTheRegister()
{
    QTemporaryDir dir;
    auto store = test::createServiceStore(dir.filePath(u"store"_s), u"Woonstichting West"_s);
    QVERIFY(store);
    ServiceError error;
    NewCase request;
    request.person.name = u"Wessel Wouters"_s;
    request.person.klantnummer = u"W100"_s;
    request.person.relation = Relation::Woningzoekende;
    request.types = { RequestType::Overdraagbaarheid };
    request.channel = Channel::Email;
    request.receivedDate = QDate(2026, 11, 2);
    const auto c = CaseService(Session { *store, m_clock }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    ProcessingRegister processing(Session { *store, m_clock });
    ProcessingActivity registration;
    registration.purposeCode = u"A"_s;
    registration.purpose = u"Woonruimteverdeling"_s;
    registration.subPurpose = u"Inschrijven als woningzoekende"_s;
    registration.name = u"Inschrijving woningzoekenden"_s;
    registration.legalBases = { u"c"_s };
    registration.legalBasisText = u"Huisvestingswet 2014, art. 10"_s;
    registration.subjects = { u"woningzoekenden"_s };
    registration.dataCategories = { { u"inkomensgegevens"_s, {} } };
    QVERIFY2(processing.add(registration, BsnCheck::Refuse, &error), qPrintable(error.message));

    // The empty-export gate was in the export path only, so that the request
    // could be completed as granted before its export was made, and the export then held none of
    // the data (the decision letter refused afterwards: [empty-export]). CaseService::complete
    // with the gate (PortabilityGate::rule) refuses the grant while the export would be empty
    // and records nothing; a refusal on art. 20(1) passes.
    QCOMPARE(
        PortabilityGate::holdsData(Session { *store, m_clock }, Relation::Woningzoekende, &error),
        std::optional(false));
    CaseService cases(Session { *store, m_clock });
    cases.setCompletionRule(PortabilityGate::rule(Session { *store, m_clock }));
    const Completion granted = test::completion(Outcome::Toegewezen, QDate(2026, 11, 10),
                                                u"per e-mail"_s, {}, {}, test::knownDataSubject);
    QVERIFY(!cases.complete(c->number, granted, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"article 20(1) GDPR"_s), qPrintable(error.message));
    const QString refusedWith = error.message;
    QCOMPARE(cases.find(c->number)->state, c->state);
    QCOMPARE(
        PortabilityGate::completionRefusal(Session { *store, m_clock }, c->number, granted, &error),
        std::optional(refusedWith));
    const Completion refused = test::completion(
        Outcome::Afgewezen, QDate(2026, 11, 10), u"per e-mail"_s, { RefusalGround::Art20_1 },
        u"Wij verwerken geen gegevens van u met toestemming of voor een "
        "overeenkomst."_s,
        test::knownDataSubject);
    QCOMPARE(
        PortabilityGate::completionRefusal(Session { *store, m_clock }, c->number, refused, &error),
        std::optional(QString()));

    const auto exportNow = [&](QTemporaryDir &out) {
        const auto report
            = PersonReportLoader(Session { *store, m_clock }).load(c->person.id, &error);
        if (!report)
            qWarning("load: %s", qPrintable(error.message));
        PersonExportTargets targets;
        targets.jsonPath = out.filePath(u"export.json"_s);
        targets.csvDirectory = out.filePath(u"csv"_s);
        const PersonExportResult result
            = PersonExport(Session { *store, m_clock })
                  .write(report.value_or(PersonReport()), {}, {}, targets);
        if (!result.ok())
            qWarning("export: %s", qPrintable(result.error));
        return QJsonDocument::fromJson(readFile(targets.jsonPath)).object();
    };
    QTemporaryDir first;
    QJsonObject json = exportNow(first);
    QVERIFY(!json.contains(u"person"_s));
    QVERIFY(json.value(u"included"_s).toArray().isEmpty());
    const QJsonObject person = json.value(u"left_out"_s)[0].toObject();
    QCOMPARE(person.value(u"part"_s).toString(), u"person"_s);
    QCOMPARE(person.value(u"legal_bases"_s).toArray(), QJsonArray({ u"c"_s }));
    QCOMPARE(person.value(u"activities"_s).toArray(),
             QJsonArray({ u"A.1 Inschrijving woningzoekenden"_s }));
    const QString reason = person.value(u"reason"_s).toString();
    QVERIFY2(reason.contains(u"(house-seeker)"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"Legal obligation (art. 6(1)(c) GDPR)"_s), qPrintable(reason));
    QCOMPARE(QDir(first.filePath(u"csv"_s)).entryList(QDir::Files),
             QStringList({ u"LEESMIJ.txt"_s }));
    const QString readme = QString::fromUtf8(readFile(first.filePath(u"csv/LEESMIJ.txt"_s)));
    QVERIFY2(readme.contains(reason), qPrintable(readme));
    QVERIFY(readme.indexOf(reason) > readme.indexOf(u"Not in this export, and why:"_s));
    QVERIFY(!readme.contains(u"W100"_s));

    // The newsletter on consent makes the details portable.
    ProcessingActivity newsletter = registration;
    newsletter.subPurpose = u"Informeren over woningaanbod"_s;
    newsletter.name = u"Nieuwsbrief woningaanbod"_s;
    newsletter.legalBases = { u"a"_s };
    newsletter.legalBasisText.clear();
    QVERIFY2(processing.add(newsletter, BsnCheck::Refuse, &error), qPrintable(error.message));
    QTemporaryDir second;
    json = exportNow(second);
    QCOMPARE(json.value(u"person"_s)[u"klantnummer"_s].toString(), u"W100"_s);
    QCOMPARE(json.value(u"person"_s)[u"relation"_s].toString(), u"woningzoekende"_s);
    QCOMPARE(json.value(u"included"_s)[0][u"activities"_s].toArray(),
             QJsonArray({ u"A.2 Nieuwsbrief woningaanbod"_s }));
    QCOMPARE(json.value(u"included"_s)[0][u"legal_bases"_s].toArray(), QJsonArray({ u"a"_s }));
    QCOMPARE(QDir(second.filePath(u"csv"_s)).entryList(QDir::Files, QDir::Name),
             QStringList({ u"LEESMIJ.txt"_s, u"persons.csv"_s }));
    // And the grant passes the gate.
    QCOMPARE(
        PortabilityGate::holdsData(Session { *store, m_clock }, Relation::Woningzoekende, &error),
        std::optional(true));
    QVERIFY2(cases.complete(c->number, granted, BsnCheck::Refuse, &error),
             qPrintable(error.message));
}

// Where the data came from when not from the person (art. 15(1)(g)): recorded by the import
// and by the officer, under the BSN guard, on the person's audit trail, wiped with the person.
// An export sent straight to another controller (art. 20(2) GDPR) opened
// "Voor: Woonbedrijf Noordoost" and then told that organisation "Artikel 20 ... geeft u het recht
// de persoonsgegevens die u ons gaf te ontvangen ... dat vindt u in het inzageoverzicht". Written
// to the receiving organisation, it speaks of the data subject by name: whose data, what the
// files hold and leave out and why. The data subject's own export still says "you".
void TestPersonReport::readmeForAnotherControllerSpeaksOfTheSubject()
{
    const PersonReport report = load();
    const QDateTime at(QDate(2026, 10, 15), QTime(9, 0), Qt::UTC);
    PersonPortability::Transmission transmission;
    transmission.to.name = u"Woonbedrijf Noordoost"_s;
    transmission.to.address = u"Postbus 120, 7600 AC Almelo"_s;
    transmission.requestNumber = u"AVG-2026-0007"_s;
    const QString readme = PersonPortability::readme(report, at, &transmission);
    const QString name = Fixture::subjectName();
    QVERIFY2(readme.startsWith(u"For: Woonbedrijf Noordoost, Postbus 120, 7600 AC Almelo"_s),
             qPrintable(readme));
    QVERIFY2(!readme.contains(u"your"_s, Qt::CaseInsensitive), qPrintable(readme));
    QVERIFY2(!readme.contains(u"access report"_s), qPrintable(readme));
    // It names the person once, then "the data subject" ("de betrokkene")
    // and "he or she" ("hij of zij"). Before, the full name stood in every heading, label and
    // reason, about 15 times (the expectations here were the name in each).
    QCOMPARE(readme.count(name), 1);
    QVERIFY2(readme.contains(name
                             + u" (the data subject) asked us to send these data directly to "
                               "you (article 20(2) GDPR; our reference AVG-2026-0007)."_s),
             qPrintable(readme));
    QVERIFY2(readme.contains(u"Personal data of the data subject"_s), qPrintable(readme));
    QVERIFY2(readme.contains(u"gives the data subject the right to have the personal data he or "
                             "she gave us sent directly to another organisation"_s),
             qPrintable(readme));
    QVERIFY2(readme.contains(u"We process these data on the consent of the data subject or under "
                             "a contract with him or her: "_s),
             qPrintable(readme));
    const QList<PortabilityPart> parts = PersonPortability::scope(report, true);
    QVERIFY(parts.constFirst().included);
    QCOMPARE(parts.constFirst().label,
             u"Details of the data subject (name, address, phone, e-mail, customer number, "
             "relation)"_s);
    QVERIFY(parts.size() > 1); // the requests, kept because the law requires it
    const qsizetype notIn = readme.indexOf(u"Not in this export, and why:"_s);
    QVERIFY(notIn > 0);
    for (const PortabilityPart &part : parts) {
        QVERIFY2(part.label.contains(u"the data subject"_s), qPrintable(part.label));
        QVERIFY2(!part.label.contains(name), qPrintable(part.label));
        QVERIFY2(!part.reason.contains(name), qPrintable(part.reason));
        const qsizetype found = readme.indexOf(part.label + u": "_s + part.reason);
        QVERIFY2(found > 0, qPrintable(part.label));
        QCOMPARE(found > notIn, !part.included);
    }
    // The JSON for that organisation says the same.
    const QJsonObject json = PersonPortability::toJson(report, at, &transmission);
    QCOMPARE(json.value(u"included"_s).toArray().first()[u"label"_s].toString(),
             parts.constFirst().label);
    // The data subject's own export speaks to them.
    const QString own = PersonPortability::readme(report, at);
    QVERIFY2(own.contains(u"Your personal data to take with you"_s), qPrintable(own));
    QVERIFY2(own.contains(u"gives you the right"_s), qPrintable(own));
}

void TestPersonReport::personSource()
{
    QTemporaryDir dir;
    auto store = test::createServiceStore(dir.filePath(u"store"_s), u"Woonstichting Zuid"_s);
    QVERIFY(store);
    // An import with a source of its own.
    QFile csv(dir.filePath(u"gemeente.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("klantnummer;naam;relatie\nZ1;Zeger Zijlstra;huurder\n");
    csv.close();
    ImportOptions options;
    options.source = u"gemeente (BRP)"_s;
    const ImportResult imported
        = PersonImport(Session { *store, m_clock }).run(csv.fileName(), options);
    QVERIFY2(imported.ok() && imported.imported == 1, qPrintable(imported.error));
    CaseService cases(Session { *store, m_clock });
    ServiceError error;
    NewCase request;
    request.person.klantnummer = u"Z1"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Brief;
    request.receivedDate = QDate(2026, 11, 2);
    const auto c = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    QCOMPARE(c->person.source, u"gemeente (BRP)"_s);

    // The officer records the guardian; the person's trail says old and new.
    QVERIFY2(cases.setPersonSource(c->person.id, u"  bewindvoerder  mr. De Groot "_s,
                                   BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(cases.find(c->number)->person.source, u"bewindvoerder mr. De Groot"_s);
    const QList<AuditEvent> events
        = support::auditLog(*store, m_clock).eventsFor(u"person"_s, QString::number(c->person.id));
    const AuditEvent &changed = events.last();
    QCOMPARE(changed.action, u"person.updated"_s);
    const QJsonObject change = changed.payload.value(u"changes"_s)[u"data_source"_s].toObject();
    QCOMPARE(change.value(u"old"_s).toString(), u"gemeente (BRP)"_s);
    QCOMPARE(change.value(u"new"_s).toString(), u"bewindvoerder mr. De Groot"_s);
    // The same text again changes nothing and records nothing.
    QVERIFY(cases.setPersonSource(c->person.id, u"bewindvoerder mr. De Groot"_s, BsnCheck::Refuse,
                                  &error));
    QCOMPARE(support::auditLog(*store, m_clock)
                 .eventsFor(u"person"_s, QString::number(c->person.id))
                 .size(),
             events.size());
    // A BSN never enters, and nothing changes.
    QVERIFY(!cases.setPersonSource(c->person.id, u"gemeente, BSN "_s + test::elfProefNumber(),
                                   BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(cases.find(c->number)->person.source, u"bewindvoerder mr. De Groot"_s);

    // The report names it, and the review offers the guardian's name for redaction.
    auto report = PersonReportLoader(Session { *store, m_clock }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    QCOMPARE(report->person.source, u"bewindvoerder mr. De Groot"_s);
    QVERIFY(PersonReportDocument::toHtml(*report).contains(
        u"Recorded source of your data: bewindvoerder mr. De Groot."_s));
    // The import's item names the source the import recorded, never "our rental
    // administration" for data the municipality gave.
    const QString sourcesHtml = PersonReportDocument::toHtml(*report);
    QVERIFY2(sourcesHtml.contains(u"Source: gemeente (BRP) (taken over on "_s),
             qPrintable(sourcesHtml));
    QVERIFY(!sourcesHtml.contains(u"taken over from our rental administration"_s));
    bool offered = false;
    const QList<ReviewFinding> reviewed
        = PersonReview(Session { *store }).findings(*report, nullptr).value();
    for (const ReviewFinding &f : reviewed)
        offered = offered || f.field == u"person:source"_s;
    QVERIFY(offered);

    // Empty: from the person, no recorded source.
    QVERIFY2(cases.setPersonSource(c->person.id, u" "_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    report = PersonReportLoader(Session { *store, m_clock }).load(c->person.id, &error);
    QVERIFY(report->person.source.isEmpty());
    QVERIFY(!PersonReportDocument::toHtml(*report).contains(u"Recorded source of your data"_s));
}

// A processor is described by what the catalogue records it processes, not
// by the examples of the category's label ("software, hosting, backups"); without a record, as
// "Processor" alone. The register's category of recipients reads the same.
void TestPersonReport::processorByWhatItProcesses()
{
    QTemporaryDir dir;
    auto store = test::createServiceStore(dir.filePath(u"store"_s), u"Woonstichting Oost"_s);
    QVERIFY(store);
    ServiceError error;
    NewCase request;
    request.person.name = u"Olga Oosting"_s;
    request.person.klantnummer = u"O1"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = QDate(2026, 11, 2);
    const auto c = CaseService(Session { *store, m_clock }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    RecipientService recipients(Session { *store, m_clock });
    DisclosureService disclosures(Session { *store, m_clock });
    for (const QString &processes : { u"Verzenden van de digitale nieuwsbrief"_s, QString() }) {
        Recipient r;
        r.name = processes.isEmpty() ? u"Archief B.V."_s : u"Nieuwsbrief B.V."_s;
        r.category = RecipientCategory::Verwerker;
        r.role = RecipientRole::Verwerker;
        r.agreement = ProcessorAgreement::withLocation(u"NL"_s);
        r.agreement.processes = processes;
        const auto added = recipients.add(r, BsnCheck::Refuse, &error);
        QVERIFY2(added, qPrintable(error.message));
        Disclosure d;
        d.date = QDate(2026, 11, 3);
        d.recipientId = added->id;
        d.persons = { { c->person.id, {}, {} } };
        d.data = { DataCategory::Emailadres };
        d.purpose = u"Nieuwsbrief"_s;
        d.basis = LegalBasis::Contract;
        d.informed = InformedStatus::Informed;
        d.informedOn = QDate(2026, 11, 3);
        QVERIFY2(disclosures.add(d, BsnCheck::Refuse, &error), qPrintable(error.message));
    }
    ProcessingActivity survey;
    survey.purposeCode = u"E"_s;
    survey.purpose = u"Enquêtes"_s;
    survey.subPurpose = u"Tevredenheid"_s;
    survey.name = u"Enquêtes"_s;
    survey.legalBases = { u"f"_s };
    survey.subjects = { u"huurders"_s };
    survey.dataCategories = { { u"e-mailadres"_s, {} } };
    survey.recipients = { u"verwerker"_s };
    QVERIFY2(ProcessingRegister(Session { *store, m_clock }).add(survey, BsnCheck::Refuse, &error),
             qPrintable(error.message));

    const auto report = PersonReportLoader(Session { *store, m_clock }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    const QString html = PersonReportDocument::toHtml(*report);
    const QString catalogueLabel = codes::label(RecipientCategory::Verwerker);
    QVERIFY2(!html.contains(catalogueLabel, Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(html.contains(u"<i>Processor: Verzenden van de digitale nieuwsbrief</i>"_s),
             qPrintable(html));
    QVERIFY2(html.contains(u"Archief B.V.<br><i>Processor</i>"_s), qPrintable(html));
}

// An activity whose answers are
// processed anonymously says so under it in the report of a person it concerns; another does not.
void TestPersonReport::anonymousSurveySaysSo()
{
    QTemporaryDir dir;
    auto store = test::createServiceStore(dir.filePath(u"store"_s), u"Woonstichting Oost"_s);
    QVERIFY(store);
    ServiceError error;
    NewCase request;
    request.person.name = u"Anja Anoniem"_s;
    request.person.klantnummer = u"A1"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = QDate(2026, 11, 2);
    const auto c = CaseService(Session { *store, m_clock }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    for (const bool anonymous : { true, false }) {
        ProcessingActivity survey;
        survey.purposeCode = u"E"_s;
        survey.purpose = u"Enquêtes"_s;
        survey.subPurpose = anonymous ? u"Tevredenheid"_s : u"Woonwensen"_s;
        survey.name = anonymous ? u"Tevredenheidsenquête"_s : u"Woonwensenonderzoek"_s;
        survey.legalBases = { u"f"_s };
        survey.subjects = { u"huurders"_s };
        survey.dataCategories = { { u"antwoorden"_s, {} } };
        survey.anonymous = anonymous;
        QVERIFY2(
            ProcessingRegister(Session { *store, m_clock }).add(survey, BsnCheck::Refuse, &error),
            qPrintable(error.message));
    }
    const auto report = PersonReportLoader(Session { *store, m_clock }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    const QString html = PersonReportDocument::toHtml(*report);
    QVERIFY2(html.contains(u"The answers to ‘Tevredenheidsenquête’ are processed anonymously and "
                           "cannot be traced back to you."_s),
             qPrintable(html));
    QVERIFY2(!html.contains(u"The answers to ‘Woonwensenonderzoek’"_s), qPrintable(html));
}

// A disclosure to a processor outside the EEA is a transfer (art. 15(2)): with the safeguard
// the register records for that processor, or the report says it is not recorded.
void TestPersonReport::processorOutsideTheEea()
{
    QTemporaryDir dir;
    auto store = test::createServiceStore(dir.filePath(u"store"_s), u"Woonstichting Oost"_s);
    QVERIFY(store);
    ServiceError error;
    NewCase request;
    request.person.name = u"Olga Oosting"_s;
    request.person.klantnummer = u"O1"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = QDate(2026, 11, 2);
    const auto c = CaseService(Session { *store, m_clock }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    RecipientService recipients(Session { *store, m_clock });
    const auto processor = [&](const QString &name) -> qint64 {
        Recipient r;
        r.name = name;
        r.category = RecipientCategory::Verwerker;
        r.role = RecipientRole::Verwerker;
        r.agreement = ProcessorAgreement::withLocation(u"US"_s);
        const auto added = recipients.add(r, BsnCheck::Refuse, &error);
        return added ? added->id : 0;
    };
    const qint64 mail = processor(u"Mailverzender LLC"_s);
    const qint64 survey = processor(u"Enquêtebureau Inc."_s);
    QVERIFY2(mail && survey, qPrintable(error.message));
    DisclosureService disclosures(Session { *store, m_clock });
    for (const qint64 id : { mail, survey }) {
        Disclosure d;
        d.date = QDate(2026, 11, 3);
        d.recipientId = id;
        d.persons = { { c->person.id, {}, {} } };
        d.data = { DataCategory::Contact };
        d.purpose = u"Versturen van berichten"_s;
        d.basis = LegalBasis::Contract;
        d.informed = InformedStatus::Informed;
        d.informedOn = QDate(2026, 11, 3);
        QVERIFY2(disclosures.add(d, BsnCheck::Refuse, &error), qPrintable(error.message));
    }
    // The register names the mail processor for a staff activity, with its safeguard.
    ProcessingActivity mailing;
    mailing.purposeCode = u"E"_s;
    mailing.purpose = u"Communicatie"_s;
    mailing.subPurpose = u"Personeelsberichten"_s;
    mailing.name = u"Interne mailings"_s;
    mailing.legalBases = { u"f"_s };
    mailing.subjects = { u"medewerkers"_s };
    mailing.dataCategories = { { u"e-mailadres"_s, {} } };
    mailing.processors = { u"mailverzender llc"_s };
    mailing.outsideEu = true;
    mailing.transferCountry = u"Verenigde Staten"_s;
    mailing.transferSafeguard = u"Standaardcontractbepalingen (2021/914)"_s;
    QVERIFY2(ProcessingRegister(Session { *store, m_clock }).add(mailing, BsnCheck::Refuse, &error),
             qPrintable(error.message));

    const auto report = PersonReportLoader(Session { *store, m_clock }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    QVERIFY(report->activities.isEmpty()); // the staff activity is not a tenant's
    QCOMPARE(report->transfers.size(), 2);
    QCOMPARE(report->transfers.at(0).to, u"Mailverzender LLC"_s);
    QCOMPARE(report->transfers.at(0).country, u"US"_s);
    QCOMPARE(report->transfers.at(0).safeguard, u"Standaardcontractbepalingen (2021/914)"_s);
    QCOMPARE(report->transfers.at(0).disclosedOn, QDate(2026, 11, 3));
    QCOMPARE(report->transfers.at(1).to, u"Enquêtebureau Inc."_s);
    QVERIFY(report->transfers.at(1).safeguard.isEmpty());
    const QString html = PersonReportDocument::toHtml(*report);
    QVERIFY(html.contains(u"Standaardcontractbepalingen (2021/914)"_s));
    QVERIFY(html.contains(u"not recorded in our register: ask us about it"_s));
    QVERIFY(!html.contains(u"We do not transfer"_s));

    // The country by its Dutch name, never the code "US"; each safeguard
    // with the article it rests on: standard contractual clauses art. 46, an adequacy decision
    // art. 45, never "article 46" for every transfer.
    const auto cell = [](const QString &text) {
        return QString(u"<td>"_s + text + u"</td>"_s);
    };
    QVERIFY2(html.contains(cell(u"Verenigde Staten"_s)), qPrintable(html));
    QVERIFY2(!html.contains(cell(u"US"_s)), qPrintable(html));
    QVERIFY2(!html.contains(u"article 46"_s), qPrintable(html));
    const QString article = PersonReportDocument::tr("%1 (article(s) %2 GDPR)", nullptr, 1);
    QVERIFY2(html.contains(article.arg(u"Standaardcontractbepalingen (2021/914)"_s, u"46"_s)),
             qPrintable(html));
    PersonReport adequacy = *report;
    adequacy.transfers.first().safeguard = u"Adequaatheidsbesluit EU-VS Data Privacy Framework"_s;
    const QString adequate = PersonReportDocument::toHtml(adequacy);
    QVERIFY2(adequate.contains(
                 article.arg(u"Adequaatheidsbesluit EU-VS Data Privacy Framework"_s, u"45"_s)),
             qPrintable(adequate));
    QVERIFY2(!adequate.contains(u"46 GDPR"_s), qPrintable(adequate));
}

void TestPersonReport::activitiesForARelation_data()
{
    QTest::addColumn<QStringList>("subjects");
    QTest::addColumn<int>("relation");
    QTest::addColumn<bool>("concerns");
    const auto row = [](const char *name, QStringList subjects, Relation relation, bool concerns) {
        QTest::newRow(name) << subjects << static_cast<int>(relation) << concerns;
    };
    row("tenants", { u"Huurders"_s }, Relation::Huurder, true);
    row("tenant singular", { u"huurder"_s }, Relation::Huurder, true);
    row("house-seekers", { u"woningzoekenden"_s }, Relation::Woningzoekende, true);
    row("not the tenants'", { u"woningzoekenden"_s }, Relation::Huurder, false);
    row("former tenant, own word", { u"Ex huurders"_s }, Relation::ExHuurder, true);
    row("former tenant, tenants' activity", { u"huurders"_s }, Relation::ExHuurder, true);
    row("tenant, former tenants' activity", { u"ex-huurders"_s }, Relation::Huurder, false);
    row("co-residents", { u"medebewoners"_s }, Relation::Medebewoner, true);
    row("applicants", { u"sollicitanten"_s }, Relation::Sollicitant, true);
    row("staff", { u"medewerkers"_s }, Relation::Medewerker, true);
    row("other: neighbours", { u"huurders"_s, u"omwonenden"_s }, Relation::Overig, true);
    row("other: only tenants", { u"huurders"_s }, Relation::Overig, false);
    // One line of the register may name several groups; each is matched.
    row("tenants and visitors", { u"huurders en bezoekers"_s }, Relation::Huurder, true);
    row("visitors of that line", { u"huurders en bezoekers"_s }, Relation::Overig, true);
    row("no house-seeker among them", { u"huurders en bezoekers"_s }, Relation::Woningzoekende,
        false);
    row("former tenant, tenants and visitors", { u"Huurders en bezoekers"_s }, Relation::ExHuurder,
        true);
    row("and/or", { u"bezoekers en/of huurders"_s }, Relation::Huurder, true);
    row("comma and slash", { u"woningzoekenden, huurders / medebewoners"_s }, Relation::Medebewoner,
        true);
    row("a word before the group", { u"huidige huurders"_s }, Relation::Huurder, true);
    row("candidates", { u"kandidaat-huurders"_s }, Relation::Woningzoekende, true);
    row("en inside a word", { u"deelnemers aan enquêtes"_s }, Relation::Huurder, false);
}

void TestPersonReport::activitiesForARelation()
{
    QFETCH(QStringList, subjects);
    QFETCH(int, relation);
    QFETCH(bool, concerns);
    ProcessingActivity a;
    a.subjects = subjects;
    QCOMPARE(PersonReport::concerns(a, static_cast<Relation>(relation)), concerns);
}

// A rule whose trigger is no end of a relation (camera footage) applies to
// the person only when some of their data fall under it; a rule by the end of the tenancy applies
// to every tenant, and a rule derived for relations to those relations.
void TestPersonReport::retentionRuleOnlyWithTheData()
{
    RetentionRule camera;
    camera.code = u"camerabeelden"_s;
    camera.category = u"Camerabeelden"_s;
    camera.trigger = RetentionTrigger::Recording;
    camera.period = { 4, RetentionUnit::Weeks };
    QVERIFY(!PersonReport::concerns(camera, Relation::Huurder, {}));
    RetentionItem contact;
    contact.rule.code = u"contactgegevens-huurder"_s;
    QVERIFY(!PersonReport::concerns(camera, Relation::Huurder, { contact }));
    RetentionItem footage;
    footage.rule = camera;
    QVERIFY(PersonReport::concerns(camera, Relation::Huurder, { contact, footage }));
    QVERIFY(PersonReport::concerns(camera, Relation::Woningzoekende, { footage }));

    RetentionRule tenancy = camera;
    tenancy.code = u"huurcontract"_s;
    tenancy.trigger = RetentionTrigger::EndOfTenancy;
    QVERIFY(PersonReport::concerns(tenancy, Relation::Huurder, {}));
    QVERIFY(!PersonReport::concerns(tenancy, Relation::Woningzoekende, {}));
    RetentionRule derived = camera;
    derived.code = u"inschrijving"_s;
    derived.relations = { u"woningzoekende"_s };
    QVERIFY(PersonReport::concerns(derived, Relation::Woningzoekende, {}));
    QVERIFY(!PersonReport::concerns(derived, Relation::Huurder, { footage }));
}

// The export and its person.exported event are one unit: when the event cannot be recorded, no
// file is left behind (the files are committed inside the unit and taken away when it fails).
void TestPersonReport::unrecordedExportLeavesNoFiles()
{
    // The failure is made with a temporary trigger, which a store folder's connection may create
    // and a server login may not; the unit is the same code on both backends.
    if (m_store->isServer())
        return;
    const PersonReport report = load();
    QTemporaryDir out;
    PersonExportTargets targets;
    targets.jsonPath = out.filePath(u"export.json"_s);
    targets.csvDirectory = out.filePath(u"csv"_s);
    QVERIFY(QDir().mkpath(targets.csvDirectory));
    const int eventsBefore = static_cast<int>(personEvents().size());
    QSqlQuery query(m_store->database());
    QVERIFY2(query.exec(u"CREATE TEMP TRIGGER refuse_export BEFORE INSERT ON audit_events "
                        "WHEN NEW.action = 'person.exported' BEGIN SELECT RAISE(ABORT, 'refused'); "
                        "END"_s),
             qPrintable(query.lastError().text()));
    const PersonExportResult result
        = PersonExport(Session { *m_store, m_clock }).write(report, {}, {}, targets);
    QVERIFY(query.exec(u"DROP TRIGGER refuse_export"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode, u"audit"_s);
    QVERIFY(result.written.isEmpty());
    QVERIFY(!QFile::exists(targets.jsonPath));
    QCOMPARE(QDir(targets.csvDirectory).entryList(QDir::Files), QStringList());
    QCOMPARE(personEvents().size(), eventsBefore);
}

void TestPersonReport::needsAnOutput()
{
    PersonExport exporter(Session { *m_store, m_clock });
    PersonExportResult result = exporter.write(load(), {}, {}, PersonExportTargets());
    QCOMPARE(result.errorCode, u"no-output"_s);
    QTemporaryDir out;
    PersonExportTargets same;
    same.jsonPath = out.filePath(u"persons.csv"_s);
    same.csvDirectory = out.path();
    result = exporter.write(load(), {}, {}, same);
    QCOMPARE(result.errorCode, u"no-output"_s);
    QVERIFY(QDir(out.path()).isEmpty());
}

namespace {

QString reportText(const PersonReport &report)
{
    QTextDocument document;
    PersonReportDocument::fillDocument(&document, report);
    return document.toPlainText().simplified();
}

} // namespace

// Criminal data (art. 10 AVG) are no special category (art. 9 AVG), and
// nuisance reports are neither: each kind of data says what it is, once.
void TestPersonReport::kindsOfDataEachUnderTheirArticle()
{
    PersonReport report;
    report.person.name = u"T. Lezer"_s;
    report.person.relation = Relation::Huurder;
    ProcessingActivity a;
    a.purposeCode = u"C"_s;
    a.purpose = u"Bestrijden fraude en criminaliteit"_s;
    a.subCode = u"C.1"_s;
    a.subPurpose = u"Onderzoek naar fraude"_s;
    a.name = u"Woonfraude"_s;
    a.legalBases = { u"f"_s };
    a.dataCategories = { { u"gegevens over crimineel gedrag"_s, { u"strafrechtelijk"_s } },
                         { u"meldingen van overlast"_s, { u"overlast"_s } },
                         { u"zorgsignalen"_s, { u"gezondheid"_s } } };
    a.specialException = u"h"_s;
    a.criminalBasis = u"art. 33 lid 4 sub b UAVG"_s;
    report.activities = { a };
    const QString text = reportText(report);
    const QString criminal = u"gegevens over crimineel gedrag: "_s
        + PersonReportDocument::tr("criminal personal data (article 10 GDPR)");
    QVERIFY2(text.contains(criminal), qPrintable(text));
    QVERIFY2(text.contains(u"meldingen van overlast: "_s
                           + PersonReportDocument::tr(
                               "sensitive data, but no special categories of personal data")),
             qPrintable(text));
    QVERIFY2(text.contains(u"zorgsignalen: "_s), qPrintable(text));
    // "special categor…" stands only with the health signals and the art. 9 exception.
    const qsizetype crime = text.indexOf(criminal);
    QVERIFY(!text.mid(crime, criminal.size() + 2).contains(u"special"_s));
    QCOMPARE(text.count(u"special categories of personal data about"_s), 1);
    QVERIFY2(text.contains(PersonReportDocument::tr("Criminal personal data: %1")
                               .arg(u"art. 33 lid 4 sub b UAVG"_s)),
             qPrintable(text));
}

// The report in the words and notation of the letters in the same envelope: dates
// and the postcode as in the address block, the request's channel in words, the articles
// written out, one spelling of the AP's website.
void TestPersonReport::plainWordsForTheReader()
{
    PersonReport report;
    report.person.name = u"T. Lezer"_s;
    report.person.relation = Relation::Huurder;
    report.person.street = u"Lindelaan"_s;
    report.person.houseNumber = u"4"_s;
    report.person.postcode = u"7199in"_s;
    report.person.city = u"Hengelo"_s;
    ReportRequest request;
    request.request.number = u"AVG-2028-0001"_s;
    request.request.types = { RequestType::Inzage };
    request.request.channel = Channel::Brief;
    request.request.receivedDate = QDate(2028, 10, 10);
    request.request.identification.method = IdMethod::Portaal;
    request.request.answeredOn = QDate(2028, 10, 30);
    request.request.answerChannel = codes::code(Channel::Email);
    report.requests = { request };
    const QString text = reportText(report);
    QVERIFY2(text.contains(u"7199 IN Hengelo"_s), qPrintable(text));
    QVERIFY2(text.contains(PersonReportDocument::tr("%1, %2").arg(
                 PersonReportDocument::longDate(QDate(2028, 10, 10)),
                 PersonReportDocument::channelPhrase(Channel::Brief))),
             qPrintable(text));
    QVERIFY2(text.contains(PersonReportDocument::tr("%1, %2").arg(
                 PersonReportDocument::longDate(QDate(2028, 10, 30)),
                 PersonReportDocument::channelPhrase(Channel::Email))),
             qPrintable(text));
    const QString method = codes::label(IdMethod::Portaal);
    QVERIFY2(text.contains(
                 PersonReportDocument::tr("how: %1").arg(method.at(0).toLower() + method.mid(1))),
             qPrintable(text));
    QVERIFY(text.contains(u"www.autoriteitpersoonsgegevens.nl"_s));
    for (const QString &section : PersonReportDocument::sectionTitles())
        QVERIFY2(section.contains(u"(article "_s) || !section.contains(u'('), qPrintable(section));
    QVERIFY(!QRegularExpression(u"\\d\\d-\\d\\d-\\d{4}"_s).match(text).hasMatch());
}

// The report promises the organisation's own deadline ("four weeks"), and an intake's
// source is dated to the day the request was received, not the day it was registered.
void TestPersonReport::policyAndReceiptInTheReport()
{
    QTemporaryDir dir;
    auto store = test::createServiceStore(dir.filePath(u"store"_s), u"Woonstichting Noord"_s);
    QVERIFY(store);
    CaseService cases(Session { *store, m_clock });
    ServiceError error;
    DeadlinePolicy fourWeeks;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    fourWeeks.extension = { 8, PeriodUnit::Weeks };
    QVERIFY2(cases.setPolicy(fourWeeks, &error), qPrintable(error.message));
    NewCase request;
    request.person.name = u"Noor Nijland"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Brief;
    request.receivedDate = QDate(2026, 11, 9); // registered on 21 November
    const auto c = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    auto report = PersonReportLoader(Session { *store, m_clock }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    QCOMPARE(report->sources.size(), 1);
    QCOMPARE(report->sources.first().kind, ReportSource::Kind::Intake);
    QCOMPARE(report->sources.first().date, QDate(2026, 11, 9));
    const QString html = PersonReportDocument::toHtml(*report);
    QVERIFY2(html.contains(u"We answer within 4 week(s)."_s), qPrintable(html));
    // The source names the day of receipt as such: section 1 says when it was recorded (seed
    // 001: "9 november: vastgelegd" beside "Vastgelegd in Privacydesk op 21 november").
    QVERIFY2(html.contains(u": from your request, which we received that day (letter)."_s)
                 && html.contains(PersonReport::dateText(QDate(2026, 11, 9))),
             qPrintable(html));
    QVERIFY(!html.contains(u"recorded when your request came in"_s));
    QVERIFY(!html.contains(u"We answer within one month"_s));

    // 30 days may be later than the legal month; the report says the law's month comes first
    // then, and no "never later than one month" that an extension makes untrue (ieder1).
    QCOMPARE(PersonReportDocument::answerWithin(DeadlinePolicy {}),
             u"We answer within 30 day(s). If one month after we received your request ends "
             "sooner, we answer within that month."_s);
    DeadlinePolicy month;
    month.base = { 1, PeriodUnit::Months };
    QCOMPARE(PersonReportDocument::answerWithin(month), u"We answer within one month."_s);

    // Seed 001 reading: "never later than one month" beside an organisation that extends; the
    // report says that it may take longer and how the person hears of it (art. 12(3)).
    QVERIFY2(html.contains(u"we tell you so within that time, with the reason (article 12(3) "
                           "GDPR)."_s),
             qPrintable(html));
    report->policy.extension = { 0, PeriodUnit::Days }; // a policy that never extends
    QVERIFY(!PersonReportDocument::toHtml(*report).contains(u"we tell you so"_s));
}

// Section 7 said "Wij antwoorden binnen 30 dagen, en nooit later dan één
// maand" to a tenant whose request had been extended to two months. It names the extension, when
// it was told and the date the extension notice gave.
void TestPersonReport::rightsGiveTheExtendedDeadline()
{
    QTemporaryDir dir;
    auto store = test::createServiceStore(dir.filePath(u"store"_s), u"Woonstichting Noord"_s);
    QVERIFY(store);
    CaseService cases(Session { *store, m_clock });
    ServiceError error;
    // The own term of 30 days, 30 more when extended (a new store has none until chosen).
    QVERIFY2(cases.setPolicy(DeadlinePolicy {}, &error), qPrintable(error.message));
    NewCase request;
    request.person.name = u"Vera Verlengd"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Brief;
    request.receivedDate = QDate(2026, 11, 2);
    const auto c = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    const auto unextended
        = PersonReportLoader(Session { *store, m_clock }).load(c->person.id, &error);
    QVERIFY2(unextended, qPrintable(error.message));
    QVERIFY(PersonReportDocument::extendedAnswers(*unextended).isEmpty());
    QVERIFY2(cases.extend(c->number, u"Gegevens in drie systemen"_s, QDate(2026, 11, 20),
                          BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto report = PersonReportLoader(Session { *store, m_clock }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    const QString html = PersonReportDocument::toHtml(*report);
    QVERIFY2(!html.contains(u"never later than one month"_s), qPrintable(html));
    // 30 + 30 days from 2 November: Nieuwjaarsdag 2027, a day nobody works, so Monday 4 January.
    QVERIFY2(html.contains(u"We extended the deadline for your request %1. We told you so on %2. "
                           "You will receive our answer by %3 at the latest."_s.arg(
                               c->number, PersonReportDocument::longDate(QDate(2026, 11, 20)),
                               PersonReportDocument::longDate(QDate(2027, 1, 4)))),
             qPrintable(html));
    // Made after that date, the report does not promise a day already past.
    auto late = *report;
    late.printedOn = QDate(2027, 1, 5);
    QCOMPARE(PersonReportDocument::extendedAnswers(late),
             u"We extended the deadline for your request %1. We told you so on %2. We should have "
             "answered by %3 at the latest."_s.arg(
                 c->number, PersonReportDocument::longDate(QDate(2026, 11, 20)),
                 PersonReportDocument::longDate(QDate(2027, 1, 4))));
}

// A narrow table column broke its words ("s ub c AVG") in every printed document. The
// PDF's text, read back, has each word whole.
void TestPersonReport::tableCellsKeepTheirWords()
{
    QTextDocument document;
    QString row = u"<td width=\"4%\">Art. 6 lid 1 sub c AVG</td>"_s;
    for (int i = 0; i < 4; ++i)
        row += u"<td width=\"24%\">Wettelijke verplichting uit de Huisvestingswet 2014 en de "
               "Woningwet, voor de toewijzing van een woning aan woningzoekenden</td>"_s;
    document.setHtml(u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                     "<tr>"_s
                     + row + u"</tr></table>"_s);
    int pages = 0;
    const QByteArray pdf
        = PrintedDocument::pdf(&document, u"Tabel"_s, PrintedDocument::Marking::Real, {}, &pages);
    QVERIFY(pages >= 1);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"tabel.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QString error;
    const QString text = pdfText(file.fileName(), &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    const QStringList words = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString &word : { u"Art."_s, u"lid"_s, u"sub"_s, u"AVG"_s, u"Wettelijke"_s,
                                 u"verplichting"_s, u"Huisvestingswet"_s, u"woningzoekenden"_s })
        QVERIFY2(words.contains(word), qPrintable(word + u" is broken in: "_s + text));
}

// Seed 001 (Mijande): a contractor got name, address and phone number, recorded as the categories
// "naw" and "contact" with the words "Naam, adres en telefoonnummer". The report said
// "Naam en adres, Telefoonnummer en e-mailadres" above the words: an e-mail address the contractor
// never got, and a capital mid-phrase. The words stand alone; without words, the categories read
// as one phrase.
void TestPersonReport::recipientsDataInTheOfficersWords()
{
    PersonReport report;
    report.person.name = u"T. Lezer"_s;
    report.person.relation = Relation::Huurder;
    Disclosure repair;
    repair.date = QDate(2026, 6, 10);
    repair.recipientName = u"Aannemersbedrijf Hoftijzer"_s;
    repair.recipientCategory = RecipientCategory::Aannemer;
    repair.data = { DataCategory::Naw, DataCategory::Contact };
    repair.dataText = u"Naam, adres en telefoonnummer"_s;
    repair.purpose = u"Reparatie van de cv-ketel"_s;
    repair.basis = LegalBasis::Contract;
    Disclosure renovation = repair;
    renovation.recipientName = u"Bouwbedrijf Ten Hoeve"_s;
    renovation.dataText.clear();
    renovation.purpose = u"Renovatie"_s;
    report.disclosures = { repair, renovation };
    const QString text = reportText(report);
    const QString contact = codes::label(DataCategory::Contact);
    const QString contactInSentence = contact.at(0).toLower() + contact.mid(1);
    QVERIFY2(text.contains(u"Naam, adres en telefoonnummer"_s), qPrintable(text));
    QVERIFY2(!text.contains(contact), qPrintable(text));
    QCOMPARE(text.count(contactInSentence), 1);
    QVERIFY2(text.contains(codes::label(DataCategory::Naw) + u", "_s + contactInSentence),
             qPrintable(text));
}

QTEST_MAIN(TestPersonReport)
#include "tst_personreport.moc"
