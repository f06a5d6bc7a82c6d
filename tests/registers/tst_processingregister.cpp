// The register of processing activities (art. 30 AVG): changes with their audit events, the
// BSN guard, the CSV that Dutch Excel opens and the printed PDF (read back with pdftotext).

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "documents/ProcessingRegisterExport.h"
#include "print/PrintedDocument.h"
#include "registers/DataSubjects.h"
#include "registers/Eea.h"
#include "registers/ProcessingRegister.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

using pd::test::elfProefNumber;

ProcessingActivity fraudActivity()
{
    ProcessingActivity a;
    a.purposeCode = u"C"_s;
    a.purpose = u"Bestrijden fraude en criminaliteit"_s;
    a.subPurpose = u"Onderzoek naar fraude"_s;
    a.name = u"Woonfraude; hennep \"wietplantage\""_s;
    a.legalBases = { u"f"_s, u"c"_s };
    a.legalBasisText = u"Convenant woonfraude"_s;
    a.subjects = { u"huurders"_s, u"medebewoners"_s };
    a.dataCategories = { { u"naam en contactgegevens"_s, {} },
                         { u"gegevens over crimineel gedrag"_s, { u"strafrechtelijk"_s } },
                         { u"zorgsignalen"_s, { u"overlast"_s, u"gezondheid"_s } } };
    a.specialException = u"a"_s;
    a.criminalBasis = u"art. 33 lid 4 sub b UAVG"_s;
    a.sources = { u"BRP via gemeente"_s, u"politie"_s };
    a.recipients = { u"politie"_s, u"gemeente"_s };
    a.retention = u"Afronding dossier + 5 jaar"_s;
    a.security = u"Versleuteld;\nalleen team sociaal beheer"_s;
    return a;
}

ProcessingActivity serviceActivity(const QString &sub, const QString &name)
{
    ProcessingActivity a;
    a.purposeCode = u"A"_s;
    a.purpose = u"Leveren van diensten"_s;
    a.subPurpose = sub;
    a.name = name;
    a.legalBases = { u"b"_s };
    a.subjects = { u"huurders"_s };
    a.dataCategories = { { u"naam en contactgegevens"_s, {} } };
    return a;
}

// RFC 4180 with ';': fields, quotes doubled, line breaks inside quotes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u';') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestProcessingRegister final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newStoreIsEmpty();
    void addNumbersAndAudits();
    void updateAuditsOnlyChanges();
    void removeAudits();
    void validation_data();
    void validation();
    void specialAndCriminalData_data();
    void specialAndCriminalData();
    void transferOutsideEea_data();
    void transferOutsideEea();
    void articleNotation();
    void exportNamesControllerAndFg();
    void subCodeAndPurposeConsistency();
    void bsnGuard();
    void csvExport();
    void pdfExport();
    void printedKindOfDataOnce();
    void seedExampleOnlyInDemo();
    void subjectsWithoutARelation();
    void anonymousSurvey();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC) };
};

void TestProcessingRegister::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
}

void TestProcessingRegister::newStoreIsEmpty()
{
    QTemporaryDir dir;
    const auto store = test::createServiceStore(dir.filePath(u"s"_s));
    QVERIFY(store);
    QCOMPARE(ProcessingRegister(Session { *store }).count(), 0);
    QVERIFY(ProcessingRegister(Session { *store }).list().isEmpty());
}

void TestProcessingRegister::addNumbersAndAudits()
{
    ProcessingRegister reg(Session { *m_store, m_clock });
    ServiceError error;
    const auto first
        = reg.add(serviceActivity(u"Inschrijven"_s, u"Inschrijving"_s), BsnCheck::Refuse, &error);
    QVERIFY2(first, qPrintable(error.message));
    QCOMPARE(first->subCode, u"A.1"_s);
    QCOMPARE(first->createdBy, test::testUser);
    QCOMPARE(first->updatedAt, m_clock.now());

    ProcessingActivity tenth = serviceActivity(u"Onderhoud"_s, u"Reparaties"_s);
    tenth.subCode = u"A.10"_s;
    QVERIFY2(reg.add(tenth, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(reg.nextSubCode(u"a"_s), u"A.11"_s);
    const auto second = reg.add(serviceActivity(u"Klantenservice"_s, u"Klantcontact"_s),
                                BsnCheck::Refuse, &error);
    QVERIFY(second);
    QCOMPARE(second->subCode, u"A.11"_s);
    ProcessingActivity two = serviceActivity(u"Huurovereenkomst"_s, u"Huurcontracten"_s);
    two.subCode = u"A.2"_s;
    QVERIFY(reg.add(two, BsnCheck::Refuse, &error));

    const auto fraud = reg.add(fraudActivity(), BsnCheck::Refuse, &error);
    QVERIFY2(fraud, qPrintable(error.message));
    QCOMPARE(fraud->subCode, u"C.1"_s);
    QCOMPARE(fraud->legalBases, (QStringList { u"c"_s, u"f"_s }));
    QCOMPARE(fraud->dataCategories.at(2).special, (QStringList { u"gezondheid"_s, u"overlast"_s }));
    QVERIFY(!fraud->specialCategories().isEmpty());
    QCOMPARE(fraud->specialCategories(),
             (QStringList { u"gezondheid"_s, u"strafrechtelijk"_s, u"overlast"_s }));

    // Register order: A.1, A.2, A.10, A.11, C.1 (numbers, not text).
    QStringList order;
    for (const ProcessingActivity &a : reg.list())
        order << a.subCode;
    QCOMPARE(order, (QStringList { u"A.1"_s, u"A.2"_s, u"A.10"_s, u"A.11"_s, u"C.1"_s }));
    QCOMPARE(reg.purposes().size(), 2);
    QCOMPARE(reg.purposes().at(1).second, u"Bestrijden fraude en criminaliteit"_s);

    const QList<AuditEvent> events = reg.history(fraud->id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().action, u"processing.created"_s);
    QCOMPARE(events.first().actor, test::testUser);
    QCOMPARE(events.first().payload.value(u"name"_s).toString(), fraud->name);
    QVERIFY(reg.findByCode(u"c.1"_s));
}

void TestProcessingRegister::updateAuditsOnlyChanges()
{
    ProcessingRegister reg(Session { *m_store, m_clock });
    auto fraud = reg.findByCode(u"C.1"_s);
    QVERIFY(fraud);
    ServiceError error;
    // Saving without a change writes nothing.
    QVERIFY(reg.update(*fraud, BsnCheck::Refuse, &error));
    QCOMPARE(reg.history(fraud->id).size(), 1);

    fraud->retention = u"Afronding dossier + 2 jaar"_s;
    fraud->processors = { u"Dossiersysteem BV"_s };
    QVERIFY2(reg.update(*fraud, BsnCheck::Refuse, &error), qPrintable(error.message));
    const QList<AuditEvent> events = reg.history(fraud->id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().action, u"processing.changed"_s);
    const QJsonObject payload = events.last().payload;
    QCOMPARE(payload.keys(), (QStringList { u"processors"_s, u"retention"_s }));
    QCOMPARE(payload.value(u"retention"_s).toObject().value(u"old"_s).toString(),
             u"Afronding dossier + 5 jaar"_s);
    QCOMPARE(reg.find(fraud->id)->processors, (QStringList { u"Dossiersysteem BV"_s }));
    QVERIFY(reg.find(fraud->id)->dataCategories == fraud->dataCategories);

    ProcessingActivity gone = *fraud;
    gone.id = 999999;
    QVERIFY(!reg.update(gone, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QVERIFY(AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
                .verify()
                .ok);
}

void TestProcessingRegister::removeAudits()
{
    ProcessingRegister reg(Session { *m_store, m_clock });
    ServiceError error;
    const auto added
        = reg.add(serviceActivity(u"Tijdelijk"_s, u"Weg ermee"_s), BsnCheck::Refuse, &error);
    QVERIFY(added);
    const int before = reg.count();
    QVERIFY(reg.remove(added->id, &error));
    QCOMPARE(reg.count(), before - 1);
    QVERIFY(!reg.find(added->id));
    QCOMPARE(test::countRows(m_store->database(),
                             u"processing_activity_items WHERE activity_id = "_s
                                 + QString::number(added->id)),
             0);
    const QList<AuditEvent> events = reg.history(added->id);
    QCOMPARE(events.last().action, u"processing.removed"_s);
    QCOMPARE(events.last().payload.value(u"name"_s).toString(), u"Weg ermee"_s);
    QVERIFY(!reg.remove(added->id, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestProcessingRegister::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("purpose code lower digits") << u"purposeCode"_s << u"1"_s;
    QTest::newRow("purpose code too long") << u"purposeCode"_s << u"ABCD"_s;
    QTest::newRow("no purpose") << u"purpose"_s << u" "_s;
    QTest::newRow("no sub-purpose") << u"subPurpose"_s << QString();
    QTest::newRow("no name") << u"name"_s << QString();
    QTest::newRow("sub code other purpose") << u"subCode"_s << u"B.1"_s;
    QTest::newRow("sub code zero") << u"subCode"_s << u"A.0"_s;
    QTest::newRow("no basis") << u"basis"_s << QString();
    QTest::newRow("basis g") << u"basis"_s << u"g"_s;
    QTest::newRow("basis c without statute") << u"basis"_s << u"c"_s;
    QTest::newRow("no subjects") << u"subjects"_s << QString();
    QTest::newRow("no data") << u"data"_s << QString();
    QTest::newRow("unknown special") << u"special"_s << u"hobby"_s;
    QTest::newRow("outside EEA without country") << u"outsideEu"_s << QString();
}

void TestProcessingRegister::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    ProcessingActivity a = serviceActivity(u"Iets"_s, u"Iets doen"_s);
    QVERIFY(ProcessingRegister::validate(a).isEmpty());
    if (field == u"purposeCode"_s)
        a.purposeCode = value;
    else if (field == u"purpose"_s)
        a.purpose = value;
    else if (field == u"subPurpose"_s)
        a.subPurpose = value;
    else if (field == u"name"_s)
        a.name = value;
    else if (field == u"subCode"_s)
        a.subCode = value;
    else if (field == u"basis"_s)
        a.legalBases = value.isEmpty() ? QStringList() : QStringList { value };
    else if (field == u"subjects"_s)
        a.subjects.clear();
    else if (field == u"data"_s)
        a.dataCategories.clear();
    else if (field == u"special"_s)
        a.dataCategories.first().special = { value };
    else if (field == u"outsideEu"_s) {
        a.outsideEu = true;
        a.transferSafeguard = u"Standaardcontractbepalingen"_s;
    }
    QCOMPARE(ProcessingRegister::validate(a).size(), 1);

    ProcessingRegister reg(Session { *m_store, m_clock });
    const int before = reg.count();
    ServiceError error;
    QVERIFY(!reg.add(a, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(reg.count(), before);
}

// Art. 9 data need an art. 9 lid 2 exception, art. 10 data their basis; overlast is neither.
void TestProcessingRegister::specialAndCriminalData_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("exception");
    QTest::addColumn<QString>("criminalBasis");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("art9");
    const QString basis = u"art. 33 lid 4 sub b UAVG"_s;
    QTest::newRow("none") << QStringList() << QString() << QString() << true << QStringList();
    QTest::newRow("overlast alone")
        << QStringList { u"overlast"_s } << QString() << QString() << true << QStringList();
    QTest::newRow("overlast with exception")
        << QStringList { u"overlast"_s } << u"a"_s << QString() << false << QStringList();
    QTest::newRow("health without exception")
        << QStringList { u"gezondheid"_s } << QString() << QString() << false
        << QStringList { u"gezondheid"_s };
    QTest::newRow("health with h") << QStringList { u"gezondheid"_s } << u"h"_s << QString() << true
                                   << QStringList { u"gezondheid"_s };
    QTest::newRow("health with k") << QStringList { u"gezondheid"_s } << u"k"_s << QString()
                                   << false << QStringList { u"gezondheid"_s };
    QTest::newRow("religion with a") << QStringList { u"religie"_s } << u"A"_s << QString() << true
                                     << QStringList { u"religie"_s };
    QTest::newRow("criminal without basis")
        << QStringList { u"strafrechtelijk"_s } << QString() << QString() << false << QStringList();
    QTest::newRow("criminal with exception only")
        << QStringList { u"strafrechtelijk"_s } << u"f"_s << QString() << false << QStringList();
    QTest::newRow("criminal with basis")
        << QStringList { u"strafrechtelijk"_s } << QString() << basis << true << QStringList();
    QTest::newRow("basis without criminal data")
        << QStringList() << QString() << basis << false << QStringList();
    QTest::newRow("all three") << QStringList { u"gezondheid"_s, u"strafrechtelijk"_s,
                                                u"overlast"_s }
                               << u"a"_s << basis << true << QStringList { u"gezondheid"_s };
}

void TestProcessingRegister::specialAndCriminalData()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, exception);
    QFETCH(QString, criminalBasis);
    QFETCH(bool, valid);
    QFETCH(QStringList, art9);
    ProcessingActivity a = serviceActivity(u"Sociaal beheer"_s, u"Dossiers"_s);
    a.dataCategories.first().special = flags;
    a.specialException = exception;
    a.criminalBasis = criminalBasis;
    QCOMPARE(a.art9Categories(), art9);
    QCOMPARE(a.hasCriminalData(), flags.contains(u"strafrechtelijk"_s));
    QCOMPARE(a.hasNuisanceReports(), flags.contains(u"overlast"_s));
    const QStringList problems = ProcessingRegister::validate(a);
    QCOMPARE(problems.isEmpty(), valid);

    ProcessingRegister reg(Session { *m_store, m_clock });
    const int before = reg.count();
    ServiceError error;
    const auto added = reg.add(a, BsnCheck::Refuse, &error);
    QCOMPARE(bool(added), valid);
    if (!valid) {
        QCOMPARE(error.code, ServiceError::Code::Invalid);
        QCOMPARE(reg.count(), before);
        return;
    }
    // Stored and read back as separate fields.
    QCOMPARE(added->specialException, exception.toLower());
    QCOMPARE(added->criminalBasis, criminalBasis);
    QCOMPARE(ProcessingRegister::toJson(*added).value(u"specialException"_s).toString(),
             exception.toLower());
    QVERIFY(reg.remove(added->id, &error));
}

// A country outside the EEA is a transfer whatever the flag says; the EEA list is one place.
void TestProcessingRegister::transferOutsideEea_data()
{
    QTest::addColumn<bool>("outside");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("transfer");
    QTest::newRow("no country") << false << QString() << true << false;
    QTest::newRow("Ierland, no flag") << false << u"Ierland"_s << true << false;
    QTest::newRow("IE code") << false << u" ie "_s << true << false;
    QTest::newRow("Noorwegen (EEA, not EU)") << false << u"Noorwegen"_s << true << false;
    QTest::newRow("US without flag") << false << u"Verenigde Staten"_s << false << true;
    QTest::newRow("United States without flag") << false << u"United States"_s << false << true;
    QTest::newRow("Zwitserland without flag") << false << u"Zwitserland"_s << false << true;
    QTest::newRow("US with flag") << true << u"Verenigde Staten"_s << true << true;
    QTest::newRow("flag with EEA country") << true << u"Duitsland"_s << false << true;
    QTest::newRow("flag without country") << true << QString() << false << true;
}

void TestProcessingRegister::transferOutsideEea()
{
    QFETCH(bool, outside);
    QFETCH(QString, country);
    QFETCH(bool, valid);
    QFETCH(bool, transfer);
    ProcessingActivity a = serviceActivity(u"Inloggen"_s, u"Portaal"_s);
    a.processors = { u"Cloudleverancier (fictief)"_s };
    a.outsideEu = outside;
    a.transferCountry = country;
    a.transferSafeguard = outside ? u"Standaardcontractbepalingen"_s : QString();
    QCOMPARE(a.transfersOutsideEea(), transfer);
    QCOMPARE(ProcessingRegister::validate(a).isEmpty(), valid);
    ProcessingRegister reg(Session { *m_store, m_clock });
    ServiceError error;
    const auto added = reg.add(a, BsnCheck::Refuse, &error);
    QCOMPARE(bool(added), valid);
    // Whatever is in the register, a non-EEA country never reads "nee" in the export.
    const QList<QStringList> unsaved
        = parseCsv(QString::fromUtf8(ProcessingRegisterExport::toCsv({ a }).mid(3)));
    const qsizetype transferColumn = unsaved.first().indexOf(u"Doorgifte buiten de EER"_s);
    QVERIFY(transferColumn >= 0);
    QCOMPARE(unsaved.at(1).at(transferColumn), transfer ? u"ja"_s : u"nee"_s);
    if (transfer && !country.isEmpty())
        QVERIFY(unsaved.at(1).at(transferColumn + 1).contains(country.trimmed()));
    if (added) {
        QCOMPARE(added->transferCountry, country.simplified());
        const QList<QStringList> rows
            = parseCsv(QString::fromUtf8(ProcessingRegisterExport::toCsv({ *added }).mid(3)));
        const qsizetype column = rows.first().indexOf(u"Doorgifte buiten de EER"_s);
        QVERIFY(column >= 0);
        QCOMPARE(rows.at(1).at(column), transfer ? u"ja"_s : u"nee"_s);
        QVERIFY(reg.remove(added->id, &error));
    }
    QVERIFY(pd::Eea::contains(u"Nederland"_s));
    QVERIFY(!pd::Eea::contains(u"Verenigde Koninkrijk"_s));
    QCOMPARE(pd::Eea::dutchNames().size(), 30);
}

void TestProcessingRegister::articleNotation()
{
    // The CSV is read by Dutch offices whatever the UI language: always the Dutch notation.
    QCOMPARE(ProcessingRegister::article(6, 1, u"b"_s), u"art. 6 lid 1 sub b AVG"_s);
    QCOMPARE(ProcessingRegister::article(9, 2, u"h"_s), u"art. 9 lid 2 sub h AVG"_s);
    QCOMPARE(ProcessingRegister::article(10), u"art. 10 AVG"_s);
    // The labels speak the UI's language; English (the sources) cites the English way.
    QCOMPARE(ProcessingRegister::citation(6, 1, u"b"_s), u"art. 6(1)(b) GDPR"_s);
    QCOMPARE(ProcessingRegister::citation(9, 2), u"art. 9(2) GDPR"_s);
    QCOMPARE(ProcessingRegister::citation(10), u"art. 10 GDPR"_s);
    QVERIFY(ProcessingRegister::legalBasisLabel(u"b"_s).endsWith(u"(art. 6(1)(b) GDPR)"_s));
    QVERIFY(ProcessingRegister::art9ExceptionLabel(u"h"_s).endsWith(u"(art. 9(2)(h) GDPR)"_s));
    // No other notation ("6.1.b", or the other language's) in the register's output.
    ProcessingActivity a = fraudActivity();
    a.subCode = u"C.9"_s;
    const QString csv = QString::fromUtf8(ProcessingRegisterExport::toCsv({ a }));
    const auto printed = [&a] {
        return ProcessingRegisterExport::toHtml({ a }, OrganisationDetails {}, QDate(2026, 11, 21));
    };
    const QString english = printed();
    QVERIFY(!csv.contains(u"6.1."_s));
    QVERIFY(!csv.contains(u"(1)("_s));
    QVERIFY(!csv.contains(u"9(2)"_s));
    QVERIFY(csv.contains(u"art. 6 lid 1 sub c AVG"_s));
    QVERIFY(!english.contains(u"6.1."_s));
    // (The criminal basis "art. 33 lid 4 sub b UAVG" is the officer's own text: it stays.)
    QVERIFY(!english.contains(u"art. 6 lid"_s));
    QVERIFY(!english.contains(u"art. 9 lid"_s));
    QVERIFY(!english.contains(u" AVG"_s));
    QVERIFY(english.contains(u"art. 9(2)(a) GDPR"_s));
    QVERIFY(installTranslations(UiLanguage::Dutch));
    const auto restore = qScopeGuard([] { installTranslations(UiLanguage::English); });
    QCOMPARE(ProcessingRegister::citation(9, 2, u"h"_s), u"art. 9 lid 2 sub h AVG"_s);
    const QString dutch = printed();
    QVERIFY(!dutch.contains(u"(1)("_s));
    QVERIFY(!dutch.contains(u"9(2)"_s));
    QVERIFY(dutch.contains(u"art. 9 lid 2 sub a AVG"_s));
}

void TestProcessingRegister::exportNamesControllerAndFg()
{
    OrganisationDetails details;
    details.name = u"Woonstichting Voorbeeld"_s;
    details.street = u"Dorpsstraat 1"_s;
    details.postcode = u"1234 AB"_s;
    details.city = u"Ergens"_s;
    details.privacyEmail = u"privacy@voorbeeld.example"_s;
    details.fgName = u"F. de Vries"_s;
    details.fgEmail = u"fg@voorbeeld.example"_s;
    ProcessingActivity a = serviceActivity(u"Iets"_s, u"Iets doen"_s);
    a.subCode = u"A.1"_s;
    const QList<QStringList> rows
        = parseCsv(QString::fromUtf8(ProcessingRegisterExport::toCsv({ a }, details).mid(3)));
    const auto cell = [&rows](const QString &name) {
        return rows.at(1).at(rows.first().indexOf(name));
    };
    QCOMPARE(cell(u"Verwerkingsverantwoordelijke"_s), details.name);
    QCOMPARE(cell(u"Adres verwerkingsverantwoordelijke"_s), u"Dorpsstraat 1, 1234 AB Ergens"_s);
    QCOMPARE(cell(u"Contact verwerkingsverantwoordelijke"_s), details.privacyEmail);
    QCOMPARE(cell(u"Functionaris gegevensbescherming"_s), details.fgName);
    QCOMPARE(cell(u"E-mail functionaris gegevensbescherming"_s), details.fgEmail);
    const QString html = ProcessingRegisterExport::toHtml({ a }, details, QDate(2026, 11, 21));
    for (const QString &value :
         { details.name, u"Dorpsstraat 1, 1234 AB Ergens"_s, details.fgName, details.fgEmail })
        QVERIFY2(html.contains(value), qPrintable(value));

    // Missing: in words, never an empty cell.
    OrganisationDetails partial;
    partial.name = details.name;
    partial.street = details.street; // no postcode or city: no postal address
    const QList<QStringList> missing
        = parseCsv(QString::fromUtf8(ProcessingRegisterExport::toCsv({ a }, partial).mid(3)));
    const qsizetype address = missing.first().indexOf(u"Adres verwerkingsverantwoordelijke"_s);
    const qsizetype fg = missing.first().indexOf(u"Functionaris gegevensbescherming"_s);
    QCOMPARE(missing.at(1).at(address), u"niet ingevuld"_s);
    QCOMPARE(missing.at(1).at(fg), u"niet ingevuld"_s);
    QCOMPARE(ProcessingRegisterExport::notFilledIn(), u"niet ingevuld"_s);
    const QString missingHtml
        = ProcessingRegisterExport::toHtml({ a }, partial, QDate(2026, 11, 21));
    QVERIFY(missingHtml.contains(ProcessingRegisterExport::tr("not filled in")));
}

void TestProcessingRegister::subCodeAndPurposeConsistency()
{
    ProcessingRegister reg(Session { *m_store, m_clock });
    ServiceError error;
    ProcessingActivity taken = serviceActivity(u"Dubbel"_s, u"Dubbel"_s);
    taken.subCode = u"A.1"_s;
    QVERIFY(!reg.add(taken, BsnCheck::Refuse, &error));
    QVERIFY(error.message.contains(u"A.1"_s));
    ProcessingActivity renamed = serviceActivity(u"Anders"_s, u"Anders"_s);
    renamed.purpose = u"Diensten"_s;
    QVERIFY(!reg.add(renamed, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(error.message.contains(u"Leveren van diensten"_s));
}

void TestProcessingRegister::bsnGuard()
{
    const QString bsn = elfProefNumber();
    QVERIFY(!bsn.isEmpty());
    ProcessingRegister reg(Session { *m_store, m_clock });
    const int before = reg.count();
    const qint64 eventsBefore = test::countRows(m_store->database(), u"audit_events"_s);
    ServiceError error;
    ProcessingActivity a = serviceActivity(u"Registratie"_s, u"Klantkaart"_s);
    a.sources = { u"betrokkene zelf"_s, u"formulier nr "_s + bsn };
    QVERIFY(!reg.add(a, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(error.bsnFindings.size(), 1);
    QVERIFY(!error.message.contains(bsn));
    QCOMPARE(reg.count(), before);
    QCOMPARE(test::countRows(m_store->database(), u"audit_events"_s), eventsBefore);

    // The same in an update; then the logged override.
    auto existing = reg.findByCode(u"A.1"_s);
    existing->security = u"sleutel "_s + bsn;
    QVERIFY(!reg.update(*existing, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(reg.update(*existing, BsnCheck::ConfirmedNotBsn, &error));
    // The change and, after it in the same transaction (UnitOfWork), the override about it.
    const QList<AuditEvent> events = reg.history(existing->id);
    QCOMPARE(events.at(events.size() - 2).action, u"processing.changed"_s);
    QCOMPARE(events.last().action, u"bsn.override"_s);
    const QString overridePayload
        = QString::fromUtf8(QJsonDocument(events.last().payload).toJson());
    QVERIFY(!overridePayload.contains(bsn));
    QVERIFY(overridePayload.contains(u"Security measures"_s));
}

void TestProcessingRegister::csvExport()
{
    ProcessingRegister reg(Session { *m_store, m_clock });
    ProcessingActivity formula = serviceActivity(u"Formule"_s, u"=SOM(A1)"_s);
    ServiceError error;
    QVERIFY2(reg.add(formula, BsnCheck::Refuse, &error), qPrintable(error.message));
    const QList<ProcessingActivity> activities = reg.list();
    const QByteArray csv = ProcessingRegisterExport::toCsv(activities);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    QCOMPARE(rows.size(), activities.size() + 1);
    const QStringList header = rows.first();
    QCOMPARE(header, ProcessingRegisterExport::csvHeader());
    QCOMPARE(header.first(), u"Nummer"_s);
    QVERIFY(header.contains(u"Categorieën persoonsgegevens"_s));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());

    const auto column = [&header](const char *name) {
        return header.indexOf(QString::fromUtf8(name));
    };
    const auto rowFor = [&rows](const QString &code) {
        for (const QStringList &row : rows) {
            if (row.first() == code)
                return row;
        }
        return QStringList();
    };
    const QStringList fraud = rowFor(u"C.1"_s);
    QVERIFY(!fraud.isEmpty());
    // Quotes, ';' and a line break survive the round trip.
    QCOMPARE(fraud.at(column("Verwerkingsactiviteit")), u"Woonfraude; hennep \"wietplantage\""_s);
    QCOMPARE(fraud.at(column("Beveiligingsmaatregelen")),
             u"Versleuteld;\nalleen team sociaal beheer"_s);
    QCOMPARE(fraud.at(column("Hoofddoel")), u"C. Bestrijden fraude en criminaliteit"_s);
    QCOMPARE(fraud.at(column("Grondslag (art. 6 lid 1 AVG)")),
             u"art. 6 lid 1 sub c AVG: Wettelijke verplichting | art. 6 lid 1 sub f AVG: "
             "Gerechtvaardigd belang"_s);
    QCOMPARE(fraud.at(column("Categorieën betrokkenen")), u"huurders | medebewoners"_s);
    QCOMPARE(fraud.at(column("Categorieën persoonsgegevens")),
             u"naam en contactgegevens | gegevens over crimineel gedrag [strafrechtelijke "
             "persoonsgegevens (art. 10 AVG)] | zorgsignalen [bijzondere persoonsgegevens "
             "(art. 9 AVG): gezondheid; gevoelige gegevens: overlast (geen art. 9 of 10 AVG)]"_s);
    // Art. 9, art. 10 and overlast are separate columns: only health is art. 9 data.
    QCOMPARE(fraud.at(column("Bijzondere persoonsgegevens (art. 9 AVG)")), u"gezondheid"_s);
    QCOMPARE(fraud.at(column("Uitzondering (art. 9 lid 2 AVG)")), u"art. 9 lid 2 sub a AVG"_s);
    QCOMPARE(fraud.at(column("Strafrechtelijke persoonsgegevens (art. 10 AVG)")), u"ja"_s);
    QCOMPARE(fraud.at(column("Grondslag strafrechtelijke persoonsgegevens")),
             u"art. 33 lid 4 sub b UAVG"_s);
    // Criminal data are never a special category: not in the art. 9 column, in
    // their own; nuisance reports are sensitive data, in a column of their own.
    QVERIFY(!fraud.at(column("Bijzondere persoonsgegevens (art. 9 AVG)")).contains(u"straf"_s));
    QCOMPARE(fraud.at(column("Gevoelige gegevens (overlast)")), u"ja"_s);
    QCOMPARE(column("Overlastmeldingen"), -1);
    QCOMPARE(fraud.at(column("Doorgifte buiten de EER")), u"nee"_s);
    QCOMPARE(column("Doorgifte buiten de EU"), -1);
    // No organisation details given: said in words, never an empty cell.
    for (const char *name :
         { "Verwerkingsverantwoordelijke", "Adres verwerkingsverantwoordelijke",
           "Contact verwerkingsverantwoordelijke", "Functionaris gegevensbescherming",
           "E-mail functionaris gegevensbescherming" }) {
        QVERIFY2(column(name) >= 0, name);
        QCOMPARE(fraud.at(column(name)), u"niet ingevuld"_s);
    }
    QCOMPARE(fraud.at(column("Gewijzigd door")), test::testUser);
    const QStringList plain = rowFor(u"A.1"_s);
    QCOMPARE(plain.at(column("Bijzondere persoonsgegevens (art. 9 AVG)")), QString());
    QCOMPARE(plain.at(column("Strafrechtelijke persoonsgegevens (art. 10 AVG)")), u"nee"_s);
    QCOMPARE(plain.at(column("Gevoelige gegevens (overlast)")), u"nee"_s);
    // A cell that Excel would run as a formula is defused.
    bool defused = false;
    for (const QStringList &row : rows)
        defused = defused || row.at(column("Verwerkingsactiviteit")) == u"'=SOM(A1)"_s;
    QVERIFY(defused);

    const QString path = m_tmp.filePath(u"register.csv"_s);
    QString writeError;
    QVERIFY(ProcessingRegisterExport::writeCsv(activities, path, &writeError));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), csv);
    QVERIFY(!ProcessingRegisterExport::writeCsv(activities, m_tmp.filePath(u"no/such/dir.csv"_s),
                                                &writeError));
    QVERIFY(!writeError.isEmpty());
}

void TestProcessingRegister::pdfExport()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    PD_REQUIRE_PDFTOTEXT();
    ProcessingRegister reg(Session { *m_store, m_clock });
    ServiceError error;
    // Enough activities for several pages.
    for (int i = 0; i < 12; ++i)
        QVERIFY(reg.add(serviceActivity(u"Extra %1"_s.arg(i), u"Verwerking nummer %1"_s.arg(i)),
                        BsnCheck::Refuse, &error));
    const QList<ProcessingActivity> activities = reg.list();
    const QString path = m_tmp.filePath(u"register.pdf"_s);
    QString writeError;
    QVERIFY2(ProcessingRegisterExport::writePdf(
                 activities, u"Woonstichting Voorbeeld"_s, QDate(2026, 11, 21),
                 PrintedDocument::marking(*m_store), path, &writeError),
             qPrintable(writeError));
    // To look at the pages: PRIVACYDESK_KEEP_PDF=/some/file.pdf keeps a copy.
    if (const QString keep = qEnvironmentVariable("PRIVACYDESK_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(path, keep);
    }
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    pdf.close();

    QProcess process;
    process.start(pdftotext, { u"-layout"_s, path, u"-"_s });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    // NFKC: the PDF's typography writes ligatures ("ﬁ" for "fi").
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC);
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    const int pageCount = static_cast<int>(pages.size());
    for (int i = 0; i < pageCount; ++i) {
        QVERIFY2(pages.at(i).contains(PrintedDocument::confidentialText()),
                 qPrintable(u"page %1"_s.arg(i + 1)));
        QVERIFY2(pages.at(i).contains(PrintedDocument::pageText(i + 1, pageCount)),
                 qPrintable(pages.at(i).right(200)));
    }
    const QString flat = text.simplified();
    for (const ProcessingActivity &a : activities)
        QVERIFY2(flat.contains(a.subCode + u' ' + a.name.simplified()), qPrintable(a.name));
    QVERIFY(flat.contains(u"Woonstichting Voorbeeld"_s));
    // Art. 30 lid 1 sub a AVG: what the settings lack is said in words.
    QVERIFY(flat.contains(ProcessingRegisterExport::tr("Data protection officer:") + u' '
                          + ProcessingRegisterExport::tr("not filled in")));
    QVERIFY(flat.contains(u"C. Bestrijden fraude en criminaliteit"_s));
}

// The printed register lists the categories once, and says what each is once, under
// its article, with the exception or basis beside it; never flags inline in the list as well.
void TestProcessingRegister::printedKindOfDataOnce()
{
    ProcessingActivity a = fraudActivity();
    a.subCode = u"C.9"_s;
    const QString text
        = QTextDocumentFragment::fromHtml(
              ProcessingRegisterExport::toHtml({ a }, OrganisationDetails {}, QDate(2026, 11, 21)))
              .toPlainText()
              .simplified();
    const auto after = [&text](const QString &label) {
        const qsizetype at = text.indexOf(label);
        return at < 0 ? QString() : text.mid(at + label.size(), 160);
    };
    const QString data = after(ProcessingRegisterExport::tr("Personal data"));
    QVERIFY2(data.startsWith(u" naam en contactgegevens gegevens over crimineel gedrag "
                             "zorgsignalen "_s),
             qPrintable(data));
    QVERIFY2(!text.contains(u'['), qPrintable(text));
    const QString art9 = after(ProcessingRegisterExport::tr("Special categories (art. 9 GDPR)"));
    QVERIFY2(art9.startsWith(u" zorgsignalen: "_s
                             + ProcessingRegister::specialCategoryLabel(u"gezondheid"_s)),
             qPrintable(art9));
    QVERIFY2(art9.contains(u"art. 9(2)(a) GDPR"_s), qPrintable(art9));
    const QString art10 = after(ProcessingRegisterExport::tr("Criminal data (art. 10 GDPR)"));
    QVERIFY2(art10.startsWith(u" gegevens over crimineel gedrag "_s), qPrintable(art10));
    QVERIFY2(art10.contains(u"art. 33 lid 4 sub b UAVG"_s), qPrintable(art10));
    const QString nuisance = after(ProcessingRegisterExport::tr("Sensitive data (nuisance)"));
    QVERIFY2(nuisance.startsWith(u" zorgsignalen "_s), qPrintable(nuisance));

    // Registered before schema 14: the missing exception and basis say so.
    a.specialException.clear();
    a.criminalBasis.clear();
    QVERIFY(a.lacksArt9Exception() && a.lacksCriminalBasis());
    QVERIFY(!fraudActivity().lacksArt9Exception() && !fraudActivity().lacksCriminalBasis());
    const QString old
        = QTextDocumentFragment::fromHtml(
              ProcessingRegisterExport::toHtml({ a }, OrganisationDetails {}, QDate(2026, 11, 21)))
              .toPlainText();
    const QString missing = ProcessingRegisterExport::tr("not filled in");
    QCOMPARE(old.count(missing), text.count(missing) + 2);
}

void TestProcessingRegister::seedExampleOnlyInDemo()
{
    ProcessingRegister reg(Session { *m_store, m_clock });
    const int before = reg.count();
    ServiceError error;
    QVERIFY(!reg.seedExample(&error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(reg.count(), before);

    QTemporaryDir dir;
    QString recovery;
    StoreError storeError;
    StoreCreateOptions options;
    options.demo = true;
    options.kdf = KdfParams::minimum();
    const auto demo
        = Store::create(dir.filePath(u"demo"_s), test::testUser,
                        SecureBytes::fromUtf8(test::testPassword), options, &recovery, &storeError);
    QVERIFY2(demo, qPrintable(storeError.message()));
    QString demoError;
    QVERIFY2(DemoData::generate(*demo, { .cases = 5, .seed = 1, .today = QDate(2026, 11, 21) }, {},
                                &demoError),
             qPrintable(demoError));
    ProcessingRegister demoRegister(Session { *demo });
    const QList<ProcessingActivity> seeded = demoRegister.list();
    QVERIFY(seeded.size() >= 10);
    QStringList purposes;
    for (const auto &[code, name] : demoRegister.purposes())
        purposes << code + u". "_s + name;
    QCOMPARE(purposes,
             (QStringList { u"A. Leveren van diensten"_s, u"B. Onderzoek en statistiek"_s,
                            u"C. Bestrijden fraude en criminaliteit"_s,
                            u"D. Juridische geschillen"_s }));
    bool special = false;
    bool transfer = false;
    for (const ProcessingActivity &a : seeded) {
        QVERIFY2(ProcessingRegister::validate(a).isEmpty(), qPrintable(a.name));
        special = special || !a.specialCategories().isEmpty();
        transfer = transfer || a.outsideEu;
    }
    QVERIFY(special);
    QVERIFY(transfer);
    // Seeding twice adds nothing.
    QVERIFY(demoRegister.seedExample(&error));
    QCOMPARE(demoRegister.count(), seeded.size());
}

// "huurders en bezoekers" is two groups; the visitors name no relation a
// person can have, which the CLI and the desk say (the activity is stored all the same).
void TestProcessingRegister::subjectsWithoutARelation()
{
    QCOMPARE(DataSubjects::groups(u"huurders en bezoekers"_s),
             (QStringList { u"huurders"_s, u"bezoekers"_s }));
    QCOMPARE(
        DataSubjects::groups(u"Huurders, ex-huurders / woningzoekenden en/of omwonenden"_s),
        (QStringList { u"Huurders"_s, u"ex-huurders"_s, u"woningzoekenden"_s, u"omwonenden"_s }));
    QCOMPARE(DataSubjects::relationsOf(u"Ex-huurders"_s), QList<Relation> { Relation::ExHuurder });
    QCOMPARE(DataSubjects::relationsOf(u"bezoekers"_s), QList<Relation> {});
    const QStringList subjects { u"huurders en bezoekers"_s, u"Omwonenden"_s, u"medewerkers"_s,
                                 u"bezoekers"_s };
    QCOMPARE(DataSubjects::withoutRelation(subjects),
             (QStringList { u"bezoekers"_s, u"Omwonenden"_s }));
    const QString warning = DataSubjects::warning(DataSubjects::withoutRelation(subjects));
    QVERIFY2(warning.contains(u"‘bezoekers’, ‘Omwonenden’"_s), qPrintable(warning));
    QVERIFY2(!warning.contains(u"‘huurders"_s), qPrintable(warning));
    QVERIFY(DataSubjects::warning(DataSubjects::withoutRelation({ u"huurders"_s })).isEmpty());
}

// An activity marks
// its answers as processed anonymously; stored, read back, changed with its event, in the JSON
// and in the printed register.
void TestProcessingRegister::anonymousSurvey()
{
    ProcessingRegister reg(Session { *m_store, m_clock });
    ProcessingActivity survey;
    survey.purposeCode = u"E"_s;
    survey.purpose = u"Enquêtes"_s;
    survey.subPurpose = u"Bewonerstevredenheid"_s;
    survey.name = u"Tevredenheidsenquête 2026"_s;
    survey.legalBases = { u"f"_s };
    survey.subjects = { u"huurders"_s };
    survey.dataCategories = { { u"antwoorden op de enquête"_s, {} } };
    survey.anonymous = true;
    ServiceError error;
    const auto added = reg.add(survey, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QVERIFY(reg.find(added->id)->anonymous);
    QCOMPARE(ProcessingRegister::toJson(*reg.find(added->id)).value(u"anonymous"_s).toBool(), true);
    const QString html = ProcessingRegisterExport::toHtml({ *reg.find(added->id) },
                                                          u"Woonstichting"_s, m_clock.today());
    QVERIFY2(html.contains(u"Anonymous"_s), qPrintable(html));
    QVERIFY2(html.contains(u"cannot be traced back to a person"_s), qPrintable(html));

    auto changed = *reg.find(added->id);
    changed.anonymous = false;
    QVERIFY2(reg.update(changed, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY(!reg.find(added->id)->anonymous);
    const QJsonObject payload = reg.history(added->id).last().payload;
    QCOMPARE(payload.keys(), QStringList { u"anonymous"_s });
    QVERIFY(!ProcessingRegisterExport::toHtml({ *reg.find(added->id) }, u"Woonstichting"_s,
                                              m_clock.today())
                 .contains(u"Anonymous"_s));
}

QTEST_MAIN(TestProcessingRegister)
#include "tst_processingregister.moc"
