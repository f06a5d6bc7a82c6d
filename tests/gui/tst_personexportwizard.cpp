// The export wizard: choose the person (or open it for one), review other people's data with
// every finding redacted unless kept, choose the outputs (existing files refused), write them
// with progress and show what was written. Screenshots of each step go to /tmp/shots when
// PRIVACYDESK_SHOTS is set.

#include "GuiTestSupport.h"
#include "PersonReportFixture.h"
#include "SensitiveClipboard.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "documents/AnswerPasswordDialog.h"
#include "documents/PersonExportWizard.h"
#include "documents/PersonReview.h"
#include "session/Session.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

namespace {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void shoot(QWidget *widget, const QString &name)
{
    QVERIFY(test::saveShot(widget, test::shotsDir(), u"desk-export-"_s + name));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPersonExportWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chooseReviewAndExport();
    void presetPersonSkipsTheSearch();
    void existingFilesAreRefused();
    void directToAnotherController();
    void encryptedShowsThePasswordOnce();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    test::PersonReportFixture m_fixture;
};

void TestPersonExportWizard::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store
        = test::createTestStore(m_tmp.filePath(u"store"_s), nullptr, u"Woonstichting Voorbeeld"_s);
    QVERIFY(m_store);
    QVERIFY(m_fixture.build(*m_store, systemClock(), m_tmp.path()));
}

void TestPersonExportWizard::chooseReviewAndExport()
{
    QTemporaryDir out;
    PersonExportWizard wizard(Session { *m_store }, 0);
    QSignalSpy exported(&wizard, &PersonExportWizard::exported);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::PersonPageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Step 1: search as you type; the first match is selected.
    auto *search = child<QLineEdit>(&wizard, u"exportPersonSearch"_s);
    QVERIFY(search);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"K100"_s);
    auto *list = child<QListWidget>(&wizard, u"exportPersonList"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(test::PersonReportFixture::subjectName()));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    shoot(&wizard, u"1-person"_s);
    wizard.next();

    // Step 2: every finding listed and ticked (redact) by default; the officer keeps one.
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::ReviewPageId));
    QCOMPARE(wizard.personId(), m_fixture.personId);
    auto *tree = child<QTreeWidget>(&wizard, u"exportFindings"_s);
    QCOMPARE(tree->topLevelItemCount(), 6);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QCOMPARE(tree->topLevelItem(i)->checkState(0), Qt::Checked);
    QCOMPARE(tree->topLevelItem(0)->text(1), test::PersonReportFixture::otherName());
    QCOMPARE(tree->currentItem(), tree->topLevelItem(0));
    QVERIFY(child<QLabel>(&wizard, u"exportContext"_s)->text().contains(u"Buurman"_s));
    QVERIFY(child<QLabel>(&wizard, u"exportSummary"_s)->text().contains(u"1"_s));
    QTreeWidgetItem *phone = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(1) == test::PersonReportFixture::otherPhone())
            phone = tree->topLevelItem(i);
    }
    QVERIFY(phone);
    // Keyboard: the space bar on the current item keeps it.
    tree->setFocus();
    tree->setCurrentItem(phone);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(phone->checkState(0), Qt::Unchecked);
    // "Keep all" and "Redact all" flip every row.
    child<QPushButton>(&wizard, u"exportKeepAll"_s)->click();
    QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Unchecked);
    child<QPushButton>(&wizard, u"exportRedactAll"_s)->click();
    QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Checked);
    phone->setCheckState(0, Qt::Unchecked);
    shoot(&wizard, u"2-review"_s);
    wizard.next();

    // Step 3: the outputs.
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::OutputPageId));
    auto *pdf = child<QLineEdit>(&wizard, u"exportPdfPath"_s);
    auto *folder = child<QLineEdit>(&wizard, u"exportFolder"_s);
    QVERIFY(pdf->text().endsWith(u"K100.pdf"_s)); // a suggestion
    pdf->setText(out.filePath(u"inzage.pdf"_s));
    folder->setText(out.filePath(u"export"_s));
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    child<QCheckBox>(&wizard, u"exportPdfCheck"_s)->setChecked(false);
    child<QCheckBox>(&wizard, u"exportDataCheck"_s)->setChecked(false);
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    child<QCheckBox>(&wizard, u"exportPdfCheck"_s)->setChecked(true);
    child<QCheckBox>(&wizard, u"exportDataCheck"_s)->setChecked(true);
    shoot(&wizard, u"3-outputs"_s);
    wizard.next();

    // Step 4: written, recorded, shown.
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::ResultPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isFinished(), 60000);
    const PersonExportResult result = wizard.result();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.findings, 6);
    QCOMPARE(result.redactedFindings, 5);
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toLongLong(), m_fixture.personId);
    QVERIFY(QFile::exists(out.filePath(u"inzage.pdf"_s)));
    const QString json
        = QDir(out.filePath(u"export"_s)).filePath(PersonExportWizard::jsonFileName());
    QCOMPARE(result.redactions, 5);
    // The data export holds what art. 20 covers: her details, with LEESMIJ.txt saying what is
    // left out and why; the notes with other people's data are in the PDF only.
    const QJsonObject exportedJson = QJsonDocument::fromJson(readFile(json)).object();
    QCOMPARE(exportedJson.value(u"person"_s)[u"klantnummer"_s].toString(), u"K100"_s);
    QVERIFY(!readFile(json).contains(test::PersonReportFixture::otherName().toUtf8()));
    QVERIFY(!readFile(json).contains(test::PersonReportFixture::otherPhone().toUtf8()));
    QCOMPARE(
        QDir(out.filePath(u"export"_s)).entryList(QDir::Files, QDir::Name),
        QStringList({ u"LEESMIJ.txt"_s, u"persons.csv"_s, PersonExportWizard::jsonFileName() }));
    const QString shown = child<QLabel>(&wizard, u"exportResult"_s)->text();
    QVERIFY(shown.contains(QDir::toNativeSeparators(out.filePath(u"inzage.pdf"_s))));
    QVERIFY2(shown.contains(u"Left out of the data export"_s), qPrintable(shown));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    const AuditEvent event = support::auditLog(*m_store, systemClock())
                                 .eventsFor(u"person"_s, QString::number(m_fixture.personId))
                                 .last();
    QCOMPARE(event.action, u"person.exported"_s);
    QCOMPARE(event.payload.value(u"kept_findings"_s).toInt(), 1);
    shoot(&wizard, u"4-result"_s);
}

void TestPersonExportWizard::presetPersonSkipsTheSearch()
{
    QTemporaryDir out;
    PersonExportWizard wizard(Session { *m_store }, m_fixture.otherId);
    wizard.setOutputs(out.filePath(u"bakker.pdf"_s), QString());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::ReviewPageId));
    QCOMPARE(wizard.personId(), m_fixture.otherId);
    // Pieter Bakker's own file names nobody else.
    QVERIFY(!child<QTreeWidget>(&wizard, u"exportFindings"_s)->isVisible());
    QVERIFY(child<QLabel>(&wizard, u"exportNoFindings"_s)->isVisible());
    wizard.next();
    QVERIFY(!child<QCheckBox>(&wizard, u"exportDataCheck"_s)->isChecked());
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isFinished(), 60000);
    QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    QCOMPARE(wizard.result().written, QStringList { out.filePath(u"bakker.pdf"_s) });
}

void TestPersonExportWizard::existingFilesAreRefused()
{
    QTemporaryDir out;
    QFile existing(out.filePath(u"inzage.pdf"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    PersonExportWizard wizard(Session { *m_store }, m_fixture.personId);
    wizard.setOutputs(out.filePath(u"inzage.pdf"_s), QString());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::OutputPageId));
    wizard.next(); // refused: the file exists
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::OutputPageId));
    shoot(&wizard, u"3-exists"_s);
    QCOMPARE(readFile(out.filePath(u"inzage.pdf"_s)), QByteArray("mine"));
    child<QCheckBox>(&wizard, u"exportOverwrite"_s)->setChecked(true);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isFinished(), 60000);
    QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    QVERIFY(readFile(out.filePath(u"inzage.pdf"_s)).startsWith("%PDF-"));
}

// Opened from a portability request, the output step offers the data export for
// another controller (art. 20(2) AVG): recorded with the request, the export made for it, and
// case.transmitted with the files' SHA-256 on the request's trail.
void TestPersonExportWizard::directToAnotherController()
{
    CaseService cases(Session { *m_store });
    NewCase request;
    request.person.id = m_fixture.otherId;
    request.types = { RequestType::Overdraagbaarheid };
    request.receivedDate = systemClock().today().addDays(-3);
    ServiceError error;
    const auto c = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    QTemporaryDir out;
    PersonExportWizard wizard(Session { *m_store }, m_fixture.otherId);
    wizard.setRequest(*c);
    wizard.setOutputs(QString(), out.path());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::OutputPageId));
    auto *transmit = child<QGroupBox>(&wizard, u"exportTransmit"_s);
    QVERIFY(transmit->isVisible());
    QVERIFY(!transmit->isChecked());
    transmit->setChecked(true);
    wizard.next(); // refused: no name yet
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::OutputPageId));
    child<QLineEdit>(&wizard, u"exportTransmitName"_s)->setText(u"Woonstichting Nieuw Thuis"_s);
    child<QLineEdit>(&wizard, u"exportTransmitAddress"_s)->setText(u"privacy@nieuwthuis.example"_s);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isFinished(), 60000);
    QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    QCOMPARE(cases.find(c->number, test::MustRead())->transmitTo.name,
             u"Woonstichting Nieuw Thuis"_s);
    const QJsonObject json
        = QJsonDocument::fromJson(
              readFile(QDir(out.path()).filePath(PersonExportWizard::jsonFileName())))
              .object();
    QCOMPARE(json.value(u"transmitted_to"_s).toObject().value(u"request"_s).toString(), c->number);
    const QList<AuditEvent> trail = cases.timeline(c->number, test::MustRead());
    const auto transmitted = std::find_if(trail.cbegin(), trail.cend(), [](const AuditEvent &e) {
        return e.action == u"case.transmitted"_s;
    });
    QVERIFY(transmitted != trail.cend());
    const AuditEvent &last = *transmitted;
    // The JSON, LEESMIJ.txt and persons.csv when the person's details are in the export.
    QVERIFY(last.payload.value(u"files"_s).toArray().size() >= 2);
}

// "Encrypted" makes one PDF with the data export inside; the officer must say how the
// password goes; afterwards the password is shown once with a copy button (marked for the
// clipboard, cleared later), and it opens the file.
void TestPersonExportWizard::encryptedShowsThePasswordOnce()
{
    QTemporaryDir out;
    PersonExportWizard wizard(Session { *m_store }, m_fixture.otherId);
    wizard.setOutputs(out.filePath(u"antwoord.pdf"_s), out.filePath(u"los"_s));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(PersonExportWizard::OutputPageId));
    auto *encrypt = child<EncryptChoice>(&wizard, u"encryptChoice"_s);
    QVERIFY(encrypt->isVisible());
    QVERIFY(!encrypt->isChecked());
    encrypt->setChecked(true);
    // No delivery chosen yet: the export cannot start.
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!child<QCheckBox>(&wizard, u"exportDataCheck"_s)->isEnabled());
    child<QRadioButton>(&wizard, u"encryptBySms"_s)->setChecked(true);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    shoot(&wizard, u"3-encrypted"_s);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isFinished(), 60000);
    QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    QVERIFY(wizard.result().password.isEmpty()); // the wizard keeps no copy
    // Only the PDF: the data export is inside it.
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList { u"antwoord.pdf"_s });
    AnswerPasswordDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = wizard.findChild<AnswerPasswordDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    shoot(dialog, u"4-password"_s);
    const QString password = child<QLabel>(dialog, u"answerPassword"_s)->text();
    QCOMPARE(password.split(u'-').size(), 5);
    QTest::mouseClick(child<QPushButton>(dialog, u"answerPasswordCopy"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), password);
    QVERIFY(isMarkedSensitive(QGuiApplication::clipboard()->mimeData()));
    QVERIFY(SensitiveClipboard::instance()->isClearPending());
    QProcess qpdf;
    qpdf.start(QStandardPaths::findExecutable(u"qpdf"_s),
               { u"--password="_s + password, u"--show-attachment=persons.csv"_s,
                 out.filePath(u"antwoord.pdf"_s) });
    QVERIFY(qpdf.waitForFinished(60000));
    QCOMPARE(qpdf.exitCode(), 0);
    QVERIFY(qpdf.readAllStandardOutput().contains("Pieter Bakker"));
    // Not in the settings either.
    QSettings settings;
    settings.sync();
    QVERIFY(!readFile(settings.fileName()).contains(password.toUtf8()));
    const QList<AuditEvent> trail = support::auditLog(*m_store, systemClock())
                                        .eventsFor(u"person"_s, QString::number(m_fixture.otherId));
    QCOMPARE(trail.constLast().payload.value(u"password_by"_s).toString(), u"sms"_s);
    dialog->close();
    SensitiveClipboard::instance()->clear();
}

QTEST_MAIN(TestPersonExportWizard)
#include "tst_personexportwizard.moc"
