// The demo store cannot be mistaken for a real one on paper: every page of every PDF that
// Privacydesk writes from it (a letter, the AP dossier, the art. 30 register, the inzage
// report) says "DEMO — fictitious data", read back with pdftotext, and its portability JSON
// says "demo": true. The same documents from a real store say none of it.

#include "DocumentFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonExport.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"
#include "documents/ProcessingRegisterExport.h"
#include "letters/Letters.h"
#include "print/PrintedDocument.h"
#include "registers/ProcessingRegister.h"
#include "session/Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

class TestDemoMarking final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageSaysDemo_data();
    void everyPageSaysDemo();
    void portabilityJsonSaysDemo_data();
    void portabilityJsonSaysDemo();

private:
    struct Fixture
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<test::DocumentFixture> documents;
        QString number;
    };
    Fixture &fixture(bool demo) { return demo ? m_demo : m_real; }
    bool build(Fixture *f, bool demo);
    PersonExportResult exportPerson(Fixture &f, const PersonExportTargets &targets);

    QTemporaryDir m_tmp;
    Fixture m_demo;
    Fixture m_real;
};

bool TestDemoMarking::build(Fixture *f, bool demo)
{
    // The demo is a store folder on either backend's run (`server init` makes no demo); the
    // real store is the backend's.
    if (demo) {
        StoreCreateOptions options;
        options.kdf = KdfParams::minimum();
        options.demo = true;
        options.organisationName = u"Woningstichting Voorbeeld (demo)"_s;
        StoreError error;
        f->store
            = Store::create(m_tmp.filePath(u"demo"_s), test::testUser,
                            SecureBytes::fromUtf8(test::testPassword), options, nullptr, &error);
        if (!f->store)
            qWarning("demo store: %s", qPrintable(error.message()));
    } else {
        f->store = test::createServiceStore(m_tmp.filePath(u"real"_s));
    }
    if (!f->store || f->store->isDemo() != demo)
        return false;
    f->documents = std::make_unique<test::DocumentFixture>(*f->store);
    f->number = f->documents->fullCase();
    if (f->number.isEmpty())
        qWarning("fixture: %s", qPrintable(f->documents->error()));
    return !f->number.isEmpty();
}

PersonExportResult TestDemoMarking::exportPerson(Fixture &f, const PersonExportTargets &targets)
{
    const Clock &clock = f.documents->clock();
    PersonExportResult failed;
    const auto request = CaseService(Session { *f.store, clock }).find(f.number);
    if (!request) {
        failed.error = u"no request"_s;
        return failed;
    }
    ServiceError error;
    const auto report
        = PersonReportLoader(Session { *f.store, clock }).load(request->person.id, &error);
    if (!report) {
        failed.error = error.message;
        return failed;
    }
    const QList<ReviewFinding> findings
        = PersonReview(Session { *f.store }).findings(*report, nullptr).value();
    return PersonExport(Session { *f.store, clock }).write(*report, findings, {}, targets);
}

void TestDemoMarking::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(build(&m_demo, true));
    QVERIFY(build(&m_real, false));
}

void TestDemoMarking::everyPageSaysDemo_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("demo store") << true;
    QTest::newRow("real store") << false;
}

void TestDemoMarking::everyPageSaysDemo()
{
    PD_REQUIRE_PDFTOTEXT();
    QFETCH(bool, demo);
    Fixture &f = fixture(demo);
    const PrintedDocument::Marking marking = PrintedDocument::marking(*f.store);
    QCOMPARE(marking, demo ? PrintedDocument::Marking::Demo : PrintedDocument::Marking::Real);
    const QString dir = m_tmp.filePath(demo ? u"out-demo"_s : u"out-real"_s);
    QVERIFY(QDir().mkpath(dir));
    QStringList pdfs;
    QString error;

    const QList<Letter> letters = LetterService(Session { *f.store }).letters(f.number);
    QVERIFY(!letters.isEmpty());
    pdfs << dir + u"/letter.pdf"_s;
    QVERIFY2(LetterService::writePdf(letters.constFirst().html, letters.constFirst().title(),
                                     marking, pdfs.constLast(), &error),
             qPrintable(error));

    pdfs << dir + u"/dossier.pdf"_s;
    ServiceError serviceError;
    const ComplaintDossier dossier(Session { *f.store });
    const auto content = dossier.collect(f.number, &serviceError);
    QVERIFY2(content && dossier.write(*content, pdfs.constLast(), &serviceError),
             qPrintable(serviceError.message));

    pdfs << dir + u"/register.pdf"_s;
    QVERIFY2(ProcessingRegisterExport::writePdf(
                 ProcessingRegister(Session { *f.store }).list(), f.store->info().organisationName,
                 QDate(2026, 12, 1), marking, pdfs.constLast(), &error),
             qPrintable(error));

    PersonExportTargets targets;
    targets.pdfPath = dir + u"/inzage.pdf"_s;
    const PersonExportResult exported = exportPerson(f, targets);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    pdfs << targets.pdfPath;

    for (const QString &pdf : std::as_const(pdfs)) {
        const QStringList pages = test::DocumentFixture::pdfPages(pdf);
        QVERIFY2(!pages.isEmpty(), qPrintable(pdf));
        // The header and footer, read on their own: a table at the top of a page must not be
        // taken for (or split) what the margins say.
        const QStringList margins = test::DocumentFixture::pdfMargins(pdf);
        QCOMPARE(margins.size(), pages.size());
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QString margin = margins.at(i).simplified();
            const QString where = u"%1 page %2"_s.arg(QFileInfo(pdf).fileName()).arg(i + 1);
            // Internal documents say "Vertrouwelijk"; a letter to the data subject does not.
            // Every one says DEMO when it comes from the demo store.
            const bool letter = pdf.endsWith(u"letter.pdf"_s);
            QVERIFY2(margin.contains(PrintedDocument::confidentialText()) != letter,
                     qPrintable(where + u": "_s + margin));
            // Header and footer both (the watermark across the page reads just "DEMO").
            QVERIFY2(margin.count(PrintedDocument::demoText()) == (demo ? 2 : 0),
                     qPrintable(where + u": "_s + margin));
        }
    }
}

void TestDemoMarking::portabilityJsonSaysDemo_data()
{
    everyPageSaysDemo_data();
}

void TestDemoMarking::portabilityJsonSaysDemo()
{
    QFETCH(bool, demo);
    Fixture &f = fixture(demo);
    PersonExportTargets targets;
    targets.jsonPath = m_tmp.filePath(demo ? u"export-demo.json"_s : u"export-real.json"_s);
    const PersonExportResult exported = exportPerson(f, targets);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    QFile file(targets.jsonPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"privacydesk-person-export"_s);
    // Only a demo export carries the key: a real export stays as it was.
    QCOMPARE(json.contains(u"demo"_s), demo);
    if (demo)
        QCOMPARE(json.value(u"demo"_s), QJsonValue(true));
}

QTEST_MAIN(TestDemoMarking)
#include "tst_demomarking.moc"
