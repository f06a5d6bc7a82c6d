// On the desk: the DPIA tab's Document… keeps the DPIA's report (chosen, replaced after a
// question, saved again, removed after a question), its Print… and Preview… offered once the
// activity is assessed; the catalogue's Processing agreement… only for a processor.

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "registers/DisclosuresPage.h"
#include "registers/Dpia.h"
#include "registers/DpiaPage.h"
#include "registers/KeptDocumentDialog.h"
#include "registers/ProcessingRegister.h"
#include "registers/Recipients.h"
#include "session/Session.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

class TestKeptDocumentsGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dpiaDocumentFromTheDpiaTab();
    void agreementOnlyForAProcessor();

private:
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_tmp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("could not write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
};

void TestKeptDocumentsGui::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createTestStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    ProcessingActivity a;
    a.purposeCode = u"C"_s;
    a.purpose = u"Veiligheid"_s;
    a.subPurpose = u"Cameratoezicht"_s;
    a.name = u"Cameratoezicht complexen"_s;
    a.legalBases = { u"f"_s };
    a.subjects = { u"huurders"_s };
    a.dataCategories = { { u"camerabeelden"_s, {} } };
    ServiceError error;
    QVERIFY2(ProcessingRegister(Session { *m_store }).add(a, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    a.subPurpose = u"Huren"_s;
    a.name = u"Huurovereenkomsten"_s;
    a.purposeCode = u"A"_s;
    a.purpose = u"Verhuur"_s;
    QVERIFY2(ProcessingRegister(Session { *m_store }).add(a, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    Dpia d;
    d.activityCode = u"C.1"_s;
    d.needed = true;
    d.apList = { u"cameratoezicht"_s };
    d.reason = u"Camera's in portieken"_s;
    QVERIFY2(DpiaRegister(Session { *m_store }).add(d, BsnCheck::Refuse, &error),
             qPrintable(error.message));
}

void TestKeptDocumentsGui::dpiaDocumentFromTheDpiaTab()
{
    DpiaPage page(Session { *m_store });
    page.show();
    auto *document = page.findChild<QPushButton *>(u"dpiaDocument"_s);
    auto *print = page.findChild<QPushButton *>(u"printDpia"_s);
    auto *preview = page.findChild<QPushButton *>(u"previewDpia"_s);
    QVERIFY(document && print && preview);
    // A.1 has no DPIA: nothing to keep or print.
    QVERIFY(page.selectActivity(u"A.1"_s));
    QVERIFY(!document->isEnabled());
    QVERIFY(!print->isEnabled());
    QVERIFY(page.selectActivity(u"C.1"_s));
    QVERIFY(document->isEnabled());
    QVERIFY(print->isEnabled());
    QVERIFY(preview->isEnabled());

    document->click();
    auto *dialog = page.findChild<KeptDocumentDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *remove = dialog->findChild<QPushButton *>(u"removeDocument"_s);
    auto *save = dialog->findChild<QPushButton *>(u"saveCopy"_s);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!save->isEnabled());
    QStringList questions;
    bool answer = false;
    dialog->setConfirm([&](const QString &question) {
        questions << question;
        return answer;
    });
    const QByteArray report = QByteArrayLiteral("%PDF-1.4\n% DPIA\n%%EOF\n");
    QVERIFY(dialog->keepFrom(write(u"dpia-camera.pdf"_s, report)));
    QVERIFY(questions.isEmpty()); // nothing replaced: no question
    QVERIFY(dialog->findChild<QLabel *>(u"keptDocument"_s)->text().contains(u"dpia-camera.pdf"_s));
    QVERIFY(remove->isEnabled());
    QVERIFY(save->isEnabled());
    // Replacing asks; "no" keeps the first.
    const QString other = write(u"herzien.pdf"_s, "%PDF-1.4\n% herzien\n%%EOF\n");
    QVERIFY(!dialog->keepFrom(other));
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(u"dpia-camera.pdf"_s));
    QCOMPARE(dialog->kept().name, u"dpia-camera.pdf"_s);
    answer = true;
    QVERIFY(dialog->keepFrom(other));
    QCOMPARE(dialog->kept().name, u"herzien.pdf"_s);
    const QString copy = m_tmp.filePath(u"kopie.pdf"_s);
    QVERIFY(dialog->saveCopyTo(copy));
    QVERIFY(QFile::exists(copy));
    // Removing asks too.
    answer = false;
    QVERIFY(!dialog->removeKept());
    QVERIFY(dialog->kept().present());
    answer = true;
    QVERIFY(dialog->removeKept());
    QVERIFY(!dialog->kept().present());
    QVERIFY(!remove->isEnabled());
    dialog->close();
}

void TestKeptDocumentsGui::agreementOnlyForAProcessor()
{
    const Session session { *m_store };
    ServiceError error;
    Recipient municipality;
    municipality.name = u"Gemeente Assen"_s;
    municipality.category = RecipientCategory::Gemeente;
    QVERIFY(RecipientService(session).add(municipality, BsnCheck::Refuse, &error));
    Recipient hosting;
    hosting.name = u"Hosting Drenthe BV"_s;
    hosting.category = RecipientCategory::Verwerker;
    hosting.role = RecipientRole::Verwerker;
    const auto processor = RecipientService(session).add(hosting, BsnCheck::Refuse, &error);
    QVERIFY(processor);
    DisclosuresPage page(session);
    page.show();
    auto *agreement = page.findChild<QPushButton *>(u"processorAgreement"_s);
    QVERIFY(agreement);
    page.showRecipient(processor->id + 1000); // none selected
    auto *recipients = page.findChild<QTableWidget *>();
    QVERIFY(recipients);
    for (int row = 0; row < recipients->rowCount(); ++row) {
        const bool isProcessor = recipients->item(row, 0)->text() == hosting.name;
        recipients->setCurrentCell(row, 0);
        QCOMPARE(agreement->isEnabled(), isProcessor);
    }
    page.showRecipient(processor->id);
    QVERIFY(agreement->isEnabled());
    agreement->click();
    auto *dialog = page.findChild<KeptDocumentDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(hosting.name));
    QVERIFY(dialog->keepFrom(write(u"vwo.pdf"_s, "%PDF-1.4\n% VWO\n%%EOF\n")));
    KeptDocumentService agreements(session, KeptDocumentOwner::Processor);
    QCOMPARE(agreements.find(processor->id, &error)->name, u"vwo.pdf"_s);
    dialog->close();
}

QTEST_MAIN(TestKeptDocumentsGui)
#include "tst_keptdocuments_gui.moc"
