// Answers that travel encrypted: the inzage report as one PDF 2.0 with AES-256 (R6,
// libqpdf) with the portability export's JSON and CSV files inside, byte for byte those of a
// plain export made in the same test; opened with its password by qpdf and pdftotext (the
// tenant's reader), refused without it; the generated password (Dutch words, no digits) kept
// nowhere in the store; the trail saying it went encrypted and how the password went (and the
// dossier's chronology saying so); the cover letter saying how to open it; the dossier sealed
// the same way. Run on both backends.

#include "PersonReportFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "crypto/AnswerPassword.h"
#include "documents/ComplaintDossier.h"
#include "documents/EventText.h"
#include "documents/PersonExport.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"
#include "letters/Letters.h"
#include "print/EncryptedPdf.h"
#include "session/Session.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

using Fixture = pd::test::PersonReportFixture;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    Run r;
    QProcess process;
    process.start(QStandardPaths::findExecutable(program), arguments);
    if (!process.waitForFinished(60000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every value in every table the store's login can read, as text: where a password kept by
// mistake would be.
QStringList tablesHolding(const Store &store, const QString &needle)
{
    QSqlQuery tables(store.database());
    const QString list = store.isServer()
        ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
          "current_schema() AND table_type = 'BASE TABLE'"_s
        : u"SELECT name FROM sqlite_master WHERE type = 'table'"_s;
    QStringList names;
    if (tables.exec(list))
        while (tables.next())
            names << tables.value(0).toString();
    QStringList holding;
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(store.database());
        if (!rows.exec(u"SELECT * FROM %1"_s.arg(table)))
            continue; // a table this login may not read (the server's roles)
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                if (v.toString().contains(needle) || v.toByteArray().contains(needle.toUtf8()))
                    holding << table;
            }
        }
    }
    return holding;
}

} // namespace

class TestEncryptedAnswer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passwordFormat();
    void encryptedExport();
    void refusals();
    void encryptedDossier();

private:
    PersonReport load() const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC) };
    Fixture m_fixture;
};

PersonReport TestEncryptedAnswer::load() const
{
    ServiceError error;
    const auto report
        = PersonReportLoader(Session { *m_store, m_clock }).load(m_fixture.personId, &error);
    if (!report)
        qWarning("load: %s", qPrintable(error.message));
    return report.value_or(PersonReport());
}

void TestEncryptedAnswer::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"qpdf"_s).isEmpty(),
             "qpdf is missing: run packaging/install-deps.sh");
    PD_REQUIRE_PDFTOTEXT();
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s), u"Woonstichting Voorbeeld"_s);
    QVERIFY(m_store);
    QVERIFY(m_fixture.build(*m_store, m_clock, m_tmp.path()));
    ServiceError error;
    QVERIFY2(Fixture::fillOrganisation(*m_store, m_clock, &error), qPrintable(error.message));
}

void TestEncryptedAnswer::passwordFormat()
{
    const QStringList &words = AnswerPassword::words();
    QVERIFY2(words.size() >= 1000, qPrintable(QString::number(words.size())));
    QCOMPARE(QSet<QString>(words.cbegin(), words.cend()).size(), words.size());
    static const QRegularExpression plain(u"^[a-z]{3,8}$"_s);
    for (const QString &word : words)
        QVERIFY2(plain.match(word).hasMatch(), qPrintable(word));
    // Heard over the phone, every word has one spelling: no final d or b (they sound as t and
    // p), and no word whose final t or p could be a d or b of another Dutch word.
    static const QStringList twinsWithD { u"hard"_s,  u"wand"_s,  u"bod"_s,  u"nood"_s,  u"pond"_s,
                                          u"bood"_s,  u"bond"_s,  u"krab"_s, u"graad"_s, u"lied"_s,
                                          u"lood"_s,  u"pad"_s,   u"wind"_s, u"wild"_s,  u"mild"_s,
                                          u"speld"_s, u"kruid"_s, u"luid"_s, u"baard"_s, u"paard"_s,
                                          u"veld"_s };
    for (const QString &word : words) {
        QVERIFY2(!word.endsWith(u'd') && !word.endsWith(u'b'), qPrintable(word));
        for (const QString &twin : twinsWithD) {
            QString heard = twin;
            heard.back() = heard.back() == u'd' ? u't' : u'p';
            QVERIFY2(word != heard, qPrintable(word));
        }
    }
    QVERIFY(AnswerPassword::entropyBits() > 50.0);
    const QString first = AnswerPassword::generate();
    const QStringList parts = first.split(u'-');
    QCOMPARE(parts.size(), AnswerPassword::defaultWords);
    for (const QString &part : parts)
        QVERIFY2(words.contains(part), qPrintable(part));
    QVERIFY(!first.contains(QRegularExpression(u"\\d"_s)));
    QCOMPARE(AnswerPassword::generate(4).split(u'-').size(), 4);
    // Within 32 characters: poppler (Evince, Okular, pdftotext) opens no R6 PDF with a longer
    // password.
    for (int i = 0; i < 200; ++i)
        QVERIFY(AnswerPassword::generate().size() <= AnswerPassword::maxLength);
    QVERIFY(AnswerPassword::generate() != first);
}

void TestEncryptedAnswer::encryptedExport()
{
    const PersonReport report = load();
    const QList<ReviewFinding> found
        = PersonReview(Session { *m_store }).findings(report, nullptr).value();
    QSet<QString> all;
    for (const ReviewFinding &f : found)
        all << f.id;
    QTemporaryDir out;
    // The plain export of the same person with the same decisions and clock.
    PersonExportTargets plain;
    plain.jsonPath = out.filePath(u"plain/persoonsgegevens.json"_s);
    plain.csvDirectory = out.filePath(u"plain"_s);
    QVERIFY(QDir().mkpath(plain.csvDirectory));
    const PersonExportResult plainResult
        = PersonExport(Session { *m_store, m_clock }).write(report, found, all, plain);
    QVERIFY2(plainResult.ok(), qPrintable(plainResult.error));

    // Before: the cover letter says nothing of a password.
    ServiceError error;
    const auto before
        = LetterService(Session { *m_store, m_clock })
              .render(m_fixture.firstCase, LetterKind::BegeleidendeBriefExport, &error);
    QVERIFY2(before, qPrintable(error.message));
    QVERIFY(!before->html.contains(u"wachtwoord"_s));

    PersonExportTargets targets;
    targets.pdfPath = out.filePath(u"sealed/antwoord.pdf"_s);
    QVERIFY(QDir().mkpath(out.filePath(u"sealed"_s)));
    targets.encrypt = true;
    targets.passwordBy = PasswordDelivery::Phone;
    targets.forRequest = m_fixture.firstCase;
    const PersonExportResult result
        = PersonExport(Session { *m_store, m_clock }).write(report, found, all, targets);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString password = result.password;
    QCOMPARE(password.split(u'-').size(), 5);
    QCOMPARE(result.written, QStringList { targets.pdfPath });
    QCOMPARE(result.embedded,
             QStringList({ u"persoonsgegevens.json"_s, u"persons.csv"_s, u"LEESMIJ.txt"_s }));
    // One file, nothing beside it.
    QCOMPARE(QDir(out.filePath(u"sealed"_s)).entryList(QDir::Files | QDir::Hidden),
             QStringList { u"antwoord.pdf"_s });
    const QByteArray sealed = readFile(targets.pdfPath);
    QVERIFY(sealed.startsWith("%PDF-2.0"));
    QVERIFY(!sealed.contains("Anna de Vries"));

    // The tenant's side: qpdf and poppler open it with the password, not without.
    const Run encryption
        = run(u"qpdf"_s, { u"--password="_s + password, u"--show-encryption"_s, targets.pdfPath });
    QCOMPARE(encryption.exitCode, 0);
    QVERIFY2(encryption.out.contains("R = 6"), encryption.out.constData());
    QVERIFY2(encryption.out.contains("AESv3"), encryption.out.constData());
    QVERIFY2(encryption.out.contains("extract for any purpose: allowed"),
             encryption.out.constData());
    QVERIFY2(encryption.out.contains("modify other: not allowed"), encryption.out.constData());
    const QString decrypted = out.filePath(u"open.pdf"_s);
    QCOMPARE(
        run(u"qpdf"_s, { u"--password="_s + password, u"--decrypt"_s, targets.pdfPath, decrypted })
            .exitCode,
        0);
    QVERIFY(readFile(decrypted).startsWith("%PDF-2.0"));
    QVERIFY(run(u"qpdf"_s,
                { u"--password=fout-fout"_s, u"--decrypt"_s, targets.pdfPath,
                  out.filePath(u"not.pdf"_s) })
                .exitCode
            != 0);
    QVERIFY(run(u"pdftotext"_s, { targets.pdfPath, u"-"_s }).exitCode != 0);
    const Run text = run(u"pdftotext"_s, { u"-upw"_s, password, targets.pdfPath, u"-"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(Fixture::subjectName()));

    // The attachments are the plain export's files, byte for byte.
    const Run listed
        = run(u"qpdf"_s, { u"--password="_s + password, u"--list-attachments"_s, targets.pdfPath });
    QVERIFY2(listed.out.contains("persons.csv"), listed.out.constData());
    const QList<std::pair<QString, QString>> pairs {
        { u"persoonsgegevens.json"_s, plain.jsonPath },
        { u"persons.csv"_s, QDir(plain.csvDirectory).filePath(u"persons.csv"_s) },
        { u"LEESMIJ.txt"_s, QDir(plain.csvDirectory).filePath(u"LEESMIJ.txt"_s) },
    };
    for (const auto &[name, path] : pairs) {
        const Run shown
            = run(u"qpdf"_s,
                  { u"--password="_s + password, u"--show-attachment="_s + name, targets.pdfPath });
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(!shown.out.isEmpty());
        QCOMPARE(shown.out, readFile(path));
    }

    // The trail: encrypted, how the password went, the file's SHA-256; never the password.
    const AuditLog log = support::auditLog(*m_store, m_clock);
    const QList<AuditEvent> caseEvents = log.eventsFor(u"case"_s, m_fixture.firstCase);
    const AuditEvent exported = caseEvents.constLast();
    QCOMPARE(exported.action, u"case.report_exported"_s);
    QVERIFY(exported.payload.value(u"encrypted"_s).toBool());
    QCOMPARE(exported.payload.value(u"password_by"_s).toString(), u"telefoon"_s);
    QCOMPARE(
        exported.payload.value(u"files"_s)[0][u"sha256"_s].toString(),
        QString::fromLatin1(QCryptographicHash::hash(sealed, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(exported.payload.value(u"attachments"_s).toArray().size(), 3);
    const AuditEvent personEvent
        = log.eventsFor(u"person"_s, QString::number(m_fixture.personId)).constLast();
    QVERIFY(personEvent.payload.value(u"encrypted"_s).toBool());
    QCOMPARE(personEvent.payload.value(u"formats"_s).toArray(),
             QJsonArray({ u"pdf"_s, u"json"_s, u"csv"_s }));
    QVERIFY2(EventText::sentence(exported, caseEvents)
                 .contains(u"; sent encrypted; password by phone"_s),
             qPrintable(EventText::sentence(exported, caseEvents)));
    QCOMPARE(tablesHolding(*m_store, password), QStringList());

    // The dossier's chronology says so too.
    const auto content
        = ComplaintDossier(Session { *m_store, m_clock }).collect(m_fixture.firstCase, &error);
    QVERIFY2(content, qPrintable(error.message));
    QVERIFY(ComplaintDossier::toHtml(*content).contains(u"sent encrypted; password by phone"_s));

    // The cover letter says how to open it.
    const auto rendered
        = LetterService(Session { *m_store, m_clock })
              .render(m_fixture.firstCase, LetterKind::BegeleidendeBriefExport, &error);
    QVERIFY2(rendered, qPrintable(error.message));
    const QString letter = LetterTemplates::plainText(rendered->html).simplified();
    QVERIFY2(letter.contains(u"Het bestand is beveiligd met een wachtwoord."_s),
             qPrintable(letter));
    QVERIFY(letter.contains(u"De bestanden met uw gegevens (JSON en CSV) zitten als bijlage in "
                            "de PDF."_s));
    QVERIFY(!letter.contains(password));
}

void TestEncryptedAnswer::refusals()
{
    const PersonReport report = load();
    QTemporaryDir out;
    PersonExportTargets targets;
    targets.encrypt = true;
    targets.jsonPath = out.filePath(u"los.json"_s);
    PersonExportResult result
        = PersonExport(Session { *m_store, m_clock }).write(report, {}, {}, targets);
    QCOMPARE(result.errorCode, u"no-output"_s); // no PDF
    targets.pdfPath = out.filePath(u"antwoord.pdf"_s);
    result = PersonExport(Session { *m_store, m_clock }).write(report, {}, {}, targets);
    QCOMPARE(result.errorCode, u"no-output"_s); // a JSON file beside it
    QVERIFY(result.password.isEmpty());
    targets.jsonPath.clear();
    QFile existing(targets.pdfPath);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("niet van ons");
    existing.close();
    result = PersonExport(Session { *m_store, m_clock }).write(report, {}, {}, targets);
    QCOMPARE(result.errorCode, u"exists"_s);
    QVERIFY(result.password.isEmpty());
    QCOMPARE(readFile(targets.pdfPath), QByteArray("niet van ons"));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList { u"antwoord.pdf"_s });
    // What is not a PDF is refused with a sentence, never a crash.
    QString error;
    QVERIFY(EncryptedPdf::sealWith("not a pdf", {}, u"a-b-c-d"_s, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestEncryptedAnswer::encryptedDossier()
{
    ServiceError error;
    ComplaintDossier dossier(Session { *m_store, m_clock });
    auto content = dossier.collect(m_fixture.firstCase, &error);
    QVERIFY2(content, qPrintable(error.message));
    QTemporaryDir out;
    const QString path = out.filePath(u"dossier.pdf"_s);
    QString password;
    const ComplaintDossier::Sealing sealing { PasswordDelivery::TextMessage, &password };
    QString sha256;
    QVERIFY2(dossier.write(*content, OutputTarget(path), &error, nullptr, &sha256, &sealing),
             qPrintable(error.message));
    QCOMPARE(password.split(u'-').size(), 5);
    QVERIFY(readFile(path).startsWith("%PDF-2.0"));
    QVERIFY(run(u"pdftotext"_s, { path, u"-"_s }).exitCode != 0);
    const Run text = run(u"pdftotext"_s, { u"-upw"_s, password, path, u"-"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(m_fixture.firstCase));
    const AuditEvent made = support::auditLog(*m_store, m_clock)
                                .eventsFor(u"case"_s, m_fixture.firstCase)
                                .constLast();
    QCOMPARE(made.action, u"case.dossier_made"_s);
    QVERIFY(made.payload.value(u"encrypted"_s).toBool());
    QCOMPARE(made.payload.value(u"password_by"_s).toString(), u"sms"_s);
    QCOMPARE(made.payload.value(u"sha256"_s).toString(), sha256);
    QVERIFY(EventText::sentence(made, {}).contains(u"password by text message"_s));
    QCOMPARE(tablesHolding(*m_store, password), QStringList());
}

QTEST_MAIN(TestEncryptedAnswer)
#include "tst_encryptedanswer.moc"
