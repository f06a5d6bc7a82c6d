// The inzage report and portability export of one data subject: what is collected, which
// fragments of other people's data are found for review, their redaction in the PDF (read back
// with pdftotext), the JSON and the CSV files, and the audit event that records the export
// without the redacted text.

#include "PersonReportFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/EventText.h"
#include "documents/PersonExport.h"
#include "documents/PersonPortability.h"
#include "documents/PersonReport.h"
#include "documents/PersonReportDocument.h"
#include "documents/PersonReview.h"
#include "documents/PrintedDocument.h"
#include "registers/RegisterSupport.h"
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
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    void findPerson();
    void loadCollectsEverything();
    void anonymisedPersonIsNotFound();
    void findings();
    void findingsIgnoreOwnData();
    void nameHeuristic_data();
    void nameHeuristic();
    void lookupUsesTheIndex();
    void redaction();
    void exportAllRedacted();
    void exportKeepsWhatTheOfficerKeeps();
    void refusesToOverwrite();
    void needsAnOutput();
    void decisionReasonsInTheReport();

private:
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
    const auto report = PersonReportLoader(*m_store, m_clock).load(m_fixture.personId, &error);
    if (!report)
        qWarning("load: %s", qPrintable(error.message));
    return report.value_or(PersonReport());
}

QList<AuditEvent> TestPersonReport::personEvents() const
{
    return registers::auditLog(*m_store, m_clock)
        .eventsFor(u"person"_s, QString::number(m_fixture.personId));
}

void TestPersonReport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store
        = test::createTestStore(m_tmp.filePath(u"store"_s), nullptr, u"Woonstichting Voorbeeld"_s);
    QVERIFY(m_store);
    QVERIFY(m_fixture.build(*m_store, m_clock, m_tmp.path()));
}

void TestPersonReport::findPerson()
{
    const PersonReportLoader loader(*m_store, m_clock);
    QCOMPARE(loader.findPerson(u"K100"_s), std::optional<qint64>(m_fixture.personId));
    QCOMPARE(loader.findPerson(m_fixture.secondCase.toLower()),
             std::optional<qint64>(m_fixture.personId));
    QVERIFY(!loader.findPerson(u"K999"_s));
    QVERIFY(!loader.findPerson(u"AVG-2026-9999"_s));
    QVERIFY(!loader.findPerson(u" "_s));
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
    QCOMPARE(r.retention.size(), 1);
    QCOMPARE(r.retention.first().rule.code, u"contactgegevens-huurder"_s);
    QCOMPARE(r.retention.first().expires, QDate(2028, 6, 30));
    QVERIFY(r.requestFilesRule);
    QVERIFY(r.hold);
    QCOMPARE(r.sources.size(), 1);
    QCOMPARE(r.sources.first().kind, ReportSource::Kind::Import);
}

void TestPersonReport::anonymisedPersonIsNotFound()
{
    ServiceError error;
    QVERIFY(!PersonReportLoader(*m_store, m_clock).load(987654, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestPersonReport::findings()
{
    const PersonReport report = load();
    const QList<ReviewFinding> found = PersonReview(*m_store).findings(report);
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
    const QList<ReviewFinding> again = PersonReview(*m_store).findings(load());
    QCOMPARE(again.size(), found.size());
    for (int i = 0; i < found.size(); ++i)
        QCOMPARE(again.at(i).id, found.at(i).id);
    QVERIFY(found.at(0).context.contains(u"Buurman"_s));
}

void TestPersonReport::findingsIgnoreOwnData()
{
    const QList<ReviewFinding> found = PersonReview(*m_store).findings(load());
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
    QTest::newRow("not a phone") << u"Zaak AVG-2026-0001, postcode 1234 AB, 12-03-2026."_s
                                 << QStringList {};
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
    for (const ReviewFinding &f : PersonReview(*m_store).findings(report))
        texts << f.text;
    QCOMPARE(texts, expected);
}

void TestPersonReport::lookupUsesTheIndex()
{
    QSqlQuery query(m_store->database());
    QVERIFY(query.prepare(u"EXPLAIN QUERY PLAN "_s + PersonReview::lookupSql(3)));
    for (int i = 0; i < 3; ++i)
        query.addBindValue(u"Jan Jansen"_s);
    query.addBindValue(1);
    QVERIFY(query.exec());
    QString plan;
    while (query.next())
        plan += query.value(3).toString() + u'\n';
    QVERIFY2(plan.contains(u"persons_name_nocase"_s), qPrintable(plan));
}

void TestPersonReport::redaction()
{
    const PersonReport report = load();
    const QList<ReviewFinding> found = PersonReview(*m_store).findings(report);
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
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const PersonReport report = load();
    const QList<ReviewFinding> found = PersonReview(*m_store).findings(report);
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
        = PersonExport(*m_store, m_clock)
              .write(report, found, all, targets, [&steps](int done, int) { steps << done; });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(steps, QList<int>({ 1, 2, 3, 4 }));
    QCOMPARE(result.written, targets.files());
    QCOMPARE(result.written.size(), 7);
    QCOMPARE(result.findings, found.size());
    QCOMPARE(result.redactedFindings, found.size());
    QCOMPARE(result.redactions, found.size());
    // Nothing but the chosen files in the folder: no temporary file left behind.
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList({ u"export.json"_s, u"inzage.pdf"_s }));
    QCOMPARE(QDir(targets.csvDirectory).entryList(QDir::Files, QDir::Name),
             QStringList({ u"disclosures.csv"_s, u"notes.csv"_s, u"persons.csv"_s,
                           u"requests.csv"_s, u"retention.csv"_s }));
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
    const QString flat = text.simplified();
    for (const QString &section : PersonReportDocument::sectionTitles())
        QVERIFY2(flat.contains(section), qPrintable(section));
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
    QCOMPARE(json.value(u"format_version"_s).toInt(), 1);
    QCOMPARE(json.value(u"generated_at"_s).toString(), u"2026-11-21T10:00:00Z"_s);
    QCOMPARE(json.value(u"controller"_s).toString(), u"Woonstichting Voorbeeld"_s);
    QCOMPARE(json.value(u"redaction_marker"_s).toString(), PersonReview::marker());
    QCOMPARE(json.value(u"redactions"_s).toInt(), found.size());
    const QJsonObject person = json.value(u"person"_s).toObject();
    QCOMPARE(person.value(u"name"_s).toString(), Fixture::subjectName());
    QCOMPARE(person.value(u"klantnummer"_s).toString(), u"K100"_s);
    QCOMPARE(person.value(u"relation"_s).toString(), u"huurder"_s);
    QCOMPARE(person.value(u"postcode"_s).toString(), u"1234AB"_s);
    QCOMPARE(person.value(u"relation_end"_s).toString(), u"2026-06-30"_s);
    QVERIFY(!person.contains(u"bsn"_s));
    const QJsonArray sources = json.value(u"sources"_s).toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.at(0)[u"source"_s].toString(), u"import"_s);
    const QJsonArray requests = json.value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 2);
    const QJsonObject first = requests.at(0).toObject();
    QCOMPARE(first.value(u"number"_s).toString(), m_fixture.firstCase);
    QCOMPARE(first.value(u"types"_s).toArray(), QJsonArray({ u"inzage"_s }));
    QCOMPARE(first.value(u"channel"_s).toString(), u"telefoon"_s);
    QCOMPARE(first.value(u"received_on"_s).toString(), u"2026-10-01"_s);
    QCOMPARE(first.value(u"state"_s).toString(), u"afgerond"_s);
    QCOMPARE(first.value(u"outcome"_s).toString(), u"toegewezen"_s);
    QCOMPARE(first.value(u"answered_on"_s).toString(), u"2026-10-20"_s);
    QCOMPARE(first.value(u"deadline_legal"_s).toString(), u"2026-11-04"_s);
    const QJsonObject identification = first.value(u"identification"_s).toObject();
    QCOMPARE(identification.keys(),
             QStringList({ u"method"_s, u"received_on"_s, u"requested_on"_s, u"result"_s }));
    QCOMPARE(identification.value(u"method"_s).toString(), u"kopie-id"_s);
    QCOMPARE(identification.value(u"result"_s).toString(), u"geslaagd"_s);
    QCOMPARE(identification.value(u"requested_on"_s).toString(), u"2026-10-02"_s);
    QVERIFY(first.value(u"description"_s).toString().contains(PersonReview::marker()));
    const QJsonObject second = requests.at(1).toObject();
    QCOMPARE(second.value(u"types"_s).toArray(), QJsonArray({ u"verwijdering"_s, u"bezwaar"_s }));
    QCOMPARE(second.value(u"extended"_s).toBool(), true);
    QCOMPARE(second.value(u"outcome"_s).type(), QJsonValue::Null);
    QCOMPARE(json.value(u"notes"_s).toArray().size(), 3);
    QCOMPARE(json.value(u"notes"_s).toArray().at(2)[u"request_number"_s].toString(),
             m_fixture.secondCase);
    const QJsonArray disclosures = json.value(u"disclosures"_s).toArray();
    QCOMPARE(disclosures.size(), 2);
    const QJsonObject gemeente = disclosures.at(0).toObject();
    QCOMPARE(gemeente.value(u"recipient"_s)[u"name"_s].toString(), Fixture::gemeente());
    QCOMPARE(gemeente.value(u"recipient"_s)[u"category"_s].toString(), u"gemeente"_s);
    QCOMPARE(gemeente.value(u"data_categories"_s).toArray(),
             QJsonArray({ u"naw"_s, u"overlast"_s }));
    QCOMPARE(gemeente.value(u"legal_basis"_s).toString(), u"e"_s);
    QCOMPARE(gemeente.value(u"date"_s).toString(), u"2026-10-15"_s);
    QVERIFY(!gemeente.contains(u"persons"_s)); // never the other persons concerned
    QCOMPARE(disclosures.at(1)[u"request_number"_s].toString(), m_fixture.firstCase);
    const QJsonArray retention = json.value(u"retention"_s).toArray();
    QCOMPARE(retention.size(), 1);
    QCOMPARE(retention.at(0)[u"rule"_s].toString(), u"contactgegevens-huurder"_s);
    QCOMPARE(retention.at(0)[u"expires_on"_s].toString(), u"2028-06-30"_s);
    QCOMPARE(retention.at(0)[u"trigger"_s].toString(), u"einde-huurovereenkomst"_s);
    QCOMPARE(json.value(u"request_files_rule"_s)[u"rule"_s].toString(), u"avg-verzoekdossiers"_s);
    QCOMPARE(json.value(u"legal_hold"_s)[u"placed_on"_s].toString(), u"2026-11-21"_s);
    const QByteArray jsonBytes = readFile(targets.jsonPath);
    for (const ReviewFinding &f : found)
        QVERIFY2(!jsonBytes.contains(f.text.toUtf8()), qPrintable(f.text));
    QVERIFY(!jsonBytes.contains(Fixture::politie().toUtf8()));

    // The CSV files: one header and a row per entry, redacted as well.
    const QByteArray personsCsv = readFile(QDir(targets.csvDirectory).filePath(u"persons.csv"_s));
    QVERIFY(personsCsv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> persons = csvRows(personsCsv);
    QCOMPARE(persons.size(), 2);
    QCOMPARE(persons.at(0).first(), u"name"_s);
    QCOMPARE(persons.at(1).first(), Fixture::subjectName());
    const QList<QStringList> requestRows
        = csvRows(readFile(QDir(targets.csvDirectory).filePath(u"requests.csv"_s)));
    QCOMPARE(requestRows.size(), 3);
    const int method = static_cast<int>(requestRows.at(0).indexOf(u"identification_method"_s));
    QVERIFY(method > 0);
    QCOMPARE(requestRows.at(1).at(method), u"kopie-id"_s);
    QCOMPARE(requestRows.at(2).at(requestRows.at(0).indexOf(u"types"_s)),
             u"verwijdering | bezwaar"_s);
    const QList<QStringList> disclosureRows
        = csvRows(readFile(QDir(targets.csvDirectory).filePath(u"disclosures.csv"_s)));
    QCOMPARE(disclosureRows.size(), 3);
    QCOMPARE(disclosureRows.at(1).at(disclosureRows.at(0).indexOf(u"recipient_name"_s)),
             Fixture::gemeente());
    QCOMPARE(csvRows(readFile(QDir(targets.csvDirectory).filePath(u"retention.csv"_s))).size(), 2);
    const QList<QStringList> noteRows
        = csvRows(readFile(QDir(targets.csvDirectory).filePath(u"notes.csv"_s)));
    QCOMPARE(noteRows.size(), 4);
    QCOMPARE(noteRows.at(0), QStringList({ u"request_number"_s, u"written_at"_s, u"text"_s }));
    for (const QString &file : PersonPortability::csvFileNames()) {
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
    const QJsonArray fields = event.payload.value(u"redacted_fields"_s).toArray();
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0).toString(), u"request:%1:description"_s.arg(m_fixture.firstCase));
    const QByteArray payload = QJsonDocument(event.payload).toJson();
    for (const ReviewFinding &f : found)
        QVERIFY2(!payload.contains(f.text.toUtf8()), qPrintable(f.text));
    QVERIFY(!payload.contains(out.path().toUtf8()));
    // In plain words on the person's timeline.
    const QString sentence = EventText::sentence(event);
    QVERIFY2(sentence.contains(u"PDF, JSON, CSV"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"6 of 6"_s), qPrintable(sentence));
    QCOMPARE(EventText::title(event.action), u"Access report or data export made"_s);
    QVERIFY(registers::auditLog(*m_store, m_clock).verify().ok);
}

void TestPersonReport::exportKeepsWhatTheOfficerKeeps()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const PersonReport report = load();
    const QList<ReviewFinding> found = PersonReview(*m_store).findings(report);
    const ReviewFinding *phone = findingFor(found, Fixture::otherPhone());
    QVERIFY(phone);
    QTemporaryDir out;
    PersonExportTargets targets;
    targets.pdfPath = out.filePath(u"inzage.pdf"_s);
    const PersonExportResult result
        = PersonExport(*m_store, m_clock).write(report, found, { phone->id }, targets);
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
    QFile existing(out.filePath(u"notes.csv"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    const int eventsBefore = static_cast<int>(personEvents().size());
    PersonExport exporter(*m_store, m_clock);
    PersonExportResult result = exporter.write(report, {}, {}, targets);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode, u"exists"_s);
    QVERIFY(result.error.contains(out.filePath(u"notes.csv"_s)));
    QVERIFY(result.written.isEmpty());
    QCOMPARE(readFile(out.filePath(u"notes.csv"_s)), QByteArray("mine"));
    QVERIFY(!QFile::exists(targets.jsonPath));
    QCOMPARE(personEvents().size(), eventsBefore);

    targets.overwrite = true;
    result = exporter.write(report, {}, {}, targets);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(readFile(out.filePath(u"notes.csv"_s)).startsWith("\xEF\xBB\xBF"));
    QVERIFY(QFile::exists(targets.jsonPath));
    QCOMPARE(personEvents().size(), eventsBefore + 1);
}

// The reasons of a refusal or partial grant (art. 12(4) AVG) and why a request was decided
// without identification are the data subject's to read: in the PDF, the JSON and the CSV.
void TestPersonReport::decisionReasonsInTheReport()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    auto store = test::createTestStore(dir.filePath(u"store"_s), nullptr, u"Woonstichting Oost"_s);
    QVERIFY(store);
    CaseService cases(*store, m_clock);
    ServiceError error;
    NewCase request;
    request.person.name = u"Berend Brink"_s;
    request.person.klantnummer = u"K900"_s;
    request.types = { RequestType::Inzage, RequestType::Verwijdering };
    request.channel = Channel::Telefoon;
    request.receivedDate = QDate(2026, 11, 2);
    const auto c = cases.add(request, false, &error);
    QVERIFY2(c, qPrintable(error.message));
    const QString motivation = u"Huurbetalingen bewaren wij zeven jaar vanwege de fiscale "
                               "bewaarplicht."_s;
    const QString noId = u"Vaste huurder sinds 1998, teruggebeld op het bekende nummer"_s;
    QVERIFY2(
        cases.complete(c->number,
                       test::completion(Outcome::DeelsToegewezen, QDate(2026, 11, 20), u"brief"_s,
                                        { RefusalGround::Art17_3b }, motivation, noId),
                       false, &error),
        qPrintable(error.message));
    const auto report = PersonReportLoader(*store, m_clock).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    QTemporaryDir out;
    PersonExportTargets targets;
    targets.pdfPath = out.filePath(u"inzage.pdf"_s);
    targets.jsonPath = out.filePath(u"export.json"_s);
    targets.csvDirectory = out.filePath(u"csv"_s);
    const QList<ReviewFinding> found = PersonReview(*store).findings(*report);
    const PersonExportResult result
        = PersonExport(*store, m_clock).write(*report, found, {}, targets);
    QVERIFY2(result.ok(), qPrintable(result.error));

    QString pdfError;
    const QString flat = pdfText(targets.pdfPath, &pdfError).simplified();
    QVERIFY2(!flat.isEmpty(), qPrintable(pdfError));
    QVERIFY2(flat.contains(u"Reasons "_s + motivation), qPrintable(flat));
    QVERIFY2(flat.contains(Codes::label(RefusalGround::Art17_3b)), qPrintable(flat));
    QVERIFY2(flat.contains(u"decided without a recorded identification: "_s + noId),
             qPrintable(flat));

    const QJsonObject json = QJsonDocument::fromJson(readFile(targets.jsonPath)).object();
    const QJsonObject first = json.value(u"requests"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"refusal_grounds"_s).toArray(), QJsonArray({ u"art-17-3-b"_s }));
    QCOMPARE(first.value(u"motivation"_s).toString(), motivation);
    QCOMPARE(first.value(u"direct_marketing"_s).toBool(true), false);
    QCOMPARE(first.value(u"no_identification_reason"_s).toString(), noId);

    const QList<QStringList> rows
        = csvRows(readFile(QDir(targets.csvDirectory).filePath(u"requests.csv"_s)));
    QCOMPARE(rows.size(), 2);
    const qsizetype column = rows.at(0).indexOf(u"motivation"_s);
    QVERIFY(column > 0);
    QCOMPARE(rows.at(1).value(column), motivation);
    QCOMPARE(rows.at(1).value(rows.at(0).indexOf(u"no_identification_reason"_s)), noId);
}

void TestPersonReport::needsAnOutput()
{
    PersonExport exporter(*m_store, m_clock);
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

QTEST_MAIN(TestPersonReport)
#include "tst_personreport.moc"
