// Reads never pretend, in the registers: a read of the processing register, the
// recipients catalogue or the disclosure register that fails is an error, never "not found", 0,
// "no purposes", a fresh sub-code, "the name is free", "no history", "art. 19 does not apply" or
// "nobody found". Each read is made to fail for real, by renaming a table with raw SQL on the
// store's own connection; the service, the page or dialog and the CLI must say so, and the
// normal path must still work once the table is back.

#include "CliRunner.h"
#include "MessageLabel.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "documents/PersonExportWizard.h"
#include "registers/CaseDisclosuresWidget.h"
#include "registers/DisclosureDialog.h"
#include "registers/Disclosures.h"
#include "registers/DisclosuresPage.h"
#include "registers/ProcessingActivityDialog.h"
#include "registers/ProcessingRegister.h"
#include "registers/ProcessingRegisterPage.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

const QDate today(2026, 11, 21);

// A label that would be seen when the widget is shown.
bool anyLabelStartsWith(const QWidget &widget, const QString &text)
{
    const QList<QLabel *> labels = widget.findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
        return label->isVisibleTo(&widget) && label->text().startsWith(text);
    });
}

// What the widget's message line says (the dialogs have one).
QString messageOf(const QWidget &widget)
{
    const QList<MessageLabel *> messages = widget.findChildren<MessageLabel *>();
    return messages.isEmpty() ? QString() : messages.first()->message();
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

} // namespace

class TestRegisterReads final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void processingRegisterReads();
    void processingRegisterPageAndDialog();
    void recipientReads();
    void recipientDialogsAndPage();
    void art19NeverHiddenByAFailedRead();
    void disclosureChangesNeverSayGone();
    void personSearchesSayTheyFailed();
    void cliExitsOneOnAFailedRead();

private:
    void rename(const QString &from, const QString &to)
    {
        QVERIFY(renameTable(m_store->database(), from, to));
    }
    int auditCount() const { return countRows(m_store->database(), u"audit_events"_s); }
    qint64 addRecipient(const QString &name);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
    QString m_open; // Anna de Wit's request, K100001
    qint64 m_person = 0;
};

void TestRegisterReads::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestRegisterReads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    NewCase request;
    request.person.name = u"Anna de Wit"_s;
    request.person.klantnummer = u"K100001"_s;
    request.types = { RequestType::Verwijdering };
    request.channel = Channel::Brief;
    request.receivedDate = today.addDays(-20);
    ServiceError error;
    const auto open
        = CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(open, qPrintable(error.message));
    m_open = open->number;
    m_person = open->person.id;
}

void TestRegisterReads::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestRegisterReads::addRecipient(const QString &name)
{
    Recipient r;
    r.name = name;
    r.category = RecipientCategory::Aannemer;
    ServiceError error;
    const auto added
        = RecipientService(Session { *m_store, m_clock }).add(r, BsnCheck::Refuse, &error);
    if (!added)
        qWarning("addRecipient: %s", qPrintable(error.message));
    return added ? added->id : 0;
}

// The register's own reads: each a ServiceError when its table cannot be read, never "not
// found", 0, "no purposes" or a fresh sub-code; a change whose reads fail records nothing.
void TestRegisterReads::processingRegisterReads()
{
    ProcessingRegister reg(Session { *m_store, m_clock });
    ServiceError error;
    const auto added = reg.add(serviceActivity(u"Klantenservice"_s, u"Klantcontact"_s),
                               BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QCOMPARE(added->subCode, u"A.1"_s);
    QCOMPARE(reg.find(added->id, &error)->name, u"Klantcontact"_s);
    QVERIFY(!error.isError());
    QVERIFY(!reg.find(added->id + 100, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(reg.findByCode(u"a.1"_s, &error)->id, added->id);
    QVERIFY(!error.isError());
    QVERIFY(!reg.findByCode(u"Z.9"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(reg.count(&error), 1);
    QVERIFY(!error.isError());
    QCOMPARE(reg.purposes(&error).size(), 1);
    QVERIFY(!error.isError());
    QCOMPARE(reg.nextSubCode(u"A"_s, &error), u"A.2"_s);
    QVERIFY(!error.isError());
    QCOMPARE(reg.history(added->id, &error).size(), 1);
    QVERIFY(!error.isError());

    const int events = auditCount();
    rename(u"processing_activities"_s, u"gone"_s);
    QVERIFY(!reg.find(added->id, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage); // not "no such activity"
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!reg.findByCode(u"A.1"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QCOMPARE(reg.count(&error), 0);
    QCOMPARE(error.code, ServiceError::Code::Storage); // not "the register is empty"
    QVERIFY(reg.purposes(&error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(reg.nextSubCode(u"A"_s, &error).isEmpty()); // never "A.1" again
    QCOMPARE(error.code, ServiceError::Code::Storage);
    // Changes need those reads: refused as a failed read, never "no longer exists", nothing
    // recorded.
    QVERIFY(!reg.add(serviceActivity(u"Huur"_s, u"Huurcontracten"_s), BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    ProcessingActivity changed = *added;
    changed.name = u"Klantcontact en portaal"_s;
    QVERIFY(!reg.update(changed, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!reg.remove(added->id, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QCOMPARE(auditCount(), events);
    rename(u"gone"_s, u"processing_activities"_s);

    // The sub-purposes alone: the activities are read, their lists are not.
    rename(u"processing_activity_items"_s, u"gone"_s);
    QVERIFY(!reg.find(added->id, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!reg.update(changed, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    rename(u"gone"_s, u"processing_activity_items"_s);

    // The history is the audit trail's: not read is never "no history".
    rename(u"audit_events"_s, u"gone"_s);
    QVERIFY(reg.history(added->id, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    rename(u"gone"_s, u"audit_events"_s);

    // Back: every read and change works again.
    QVERIFY2(reg.update(changed, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(reg.history(added->id, &error).size(), 2);
    QVERIFY(!error.isError());
    QVERIFY2(reg.remove(added->id, &error), qPrintable(error.message));
    QVERIFY(!reg.remove(added->id, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound); // really gone
    QCOMPARE(reg.count(&error), 0);
    QVERIFY(!error.isError());
}

// The register page shows the failed read in its empty state, never "no processing activities
// yet"; its CSV and print refuse instead of writing an empty register; the activity form says
// it could not read the main purposes and cannot be saved.
void TestRegisterReads::processingRegisterPageAndDialog()
{
    ServiceError error;
    QVERIFY2(
        ProcessingRegister(Session { *m_store, m_clock })
            .add(serviceActivity(u"Klantenservice"_s, u"Klantcontact"_s), BsnCheck::Refuse, &error),
        qPrintable(error.message));
    rename(u"processing_activities"_s, u"gone"_s);

    ProcessingRegisterPage page(Session { *m_store });
    QVERIFY2(page.errorText().startsWith(u"The list could not be read: "_s),
             qPrintable(page.errorText()));
    QVERIFY(anyLabelStartsWith(page, u"The register could not be read"_s));
    QVERIFY(!anyLabelStartsWith(page, u"No processing activities yet"_s));
    QVERIFY(!anyLabelStartsWith(page, u"0 processing activities"_s));
    const QString csv = m_dir->filePath(u"register.csv"_s);
    QString why;
    QVERIFY(!page.exportCsvTo(csv, &why));
    QVERIFY2(why.startsWith(u"The register could not be read: "_s), qPrintable(why));
    QVERIFY(!QFile::exists(csv));
    {
        QPdfWriter writer(m_dir->filePath(u"register.pdf"_s));
        QCOMPARE(page.printTo(&writer, &why), 0);
        QVERIFY2(why.startsWith(u"The register could not be read: "_s), qPrintable(why));
    }

    ProcessingActivityDialog dialog(Session { *m_store }, ProcessingActivity {});
    QVERIFY(!dialog.problems().isEmpty());
    QVERIFY2(dialog.problems().first().startsWith(
                 u"The main purposes of the register could not be read: "_s),
             qPrintable(dialog.problems().first()));
    QVERIFY(!dialog.canSave());
    QVERIFY(messageOf(dialog).startsWith(u"The main purposes of the register could not be read"_s));

    rename(u"gone"_s, u"processing_activities"_s);
    page.refresh();
    QVERIFY(page.errorText().isEmpty());
    QVERIFY(anyLabelStartsWith(page, u"1 processing activities"_s)
            || anyLabelStartsWith(page, u"1 processing activity"_s));
    QVERIFY(page.exportCsvTo(csv, &why));
    ProcessingActivityDialog again(Session { *m_store }, ProcessingActivity {});
    for (const QString &problem : again.problems())
        QVERIFY2(!problem.contains(u"could not be read"_s), qPrintable(problem));
}

// The catalogue's reads: a ServiceError when the table cannot be read, never "no such
// recipient", "the name is free" or "no categories"; changes that need them record nothing.
void TestRegisterReads::recipientReads()
{
    const RecipientService recipients(Session { *m_store, m_clock });
    const qint64 id = addRecipient(u"Aannemer Bouwman"_s);
    QVERIFY(id > 0);
    ServiceError error;
    QCOMPARE(recipients.storedCategories(&error), codes::all<RecipientCategory>());
    QVERIFY(!error.isError());
    QCOMPARE(recipients.find(id, &error)->name, u"Aannemer Bouwman"_s);
    QVERIFY(!error.isError());
    QVERIFY(!recipients.find(id + 100, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(recipients.findByName(u"aannemer BOUWMAN"_s, &error)->id, id);
    QVERIFY(!error.isError());
    QVERIFY(!recipients.findByName(u"Niemand BV"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(recipients.findByNameOrId(QString::number(id), &error)->id, id);
    QCOMPARE(recipients.findByNameOrId(u"Aannemer Bouwman"_s, &error)->id, id);
    QVERIFY(!error.isError());
    QVERIFY(!recipients.findByNameOrId(u"Niemand BV"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);

    const int events = auditCount();
    rename(u"recipients"_s, u"gone"_s);
    QVERIFY(!recipients.find(id, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage); // not "no such recipient"
    QVERIFY(!recipients.findByName(u"Aannemer Bouwman"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    for (const QString &nameOrId : { QString::number(id), u"Aannemer Bouwman"_s }) {
        QVERIFY(!recipients.findByNameOrId(nameOrId, &error));
        QCOMPARE(error.code, ServiceError::Code::Storage);
    }
    RecipientService writer(Session { *m_store, m_clock });
    Recipient other;
    other.name = u"Gemeente Zeist"_s;
    other.category = RecipientCategory::Gemeente;
    QVERIFY(!writer.add(other, BsnCheck::Refuse, &error)); // the name is not known to be free
    QCOMPARE(error.code, ServiceError::Code::Storage);
    Recipient same;
    same.id = id;
    same.name = u"Aannemer Bouwman BV"_s;
    QVERIFY(!writer.update(same, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage); // not "no longer exists"
    QVERIFY(!writer.remove(id, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QCOMPARE(auditCount(), events);
    rename(u"gone"_s, u"recipients"_s);

    rename(u"recipient_categories"_s, u"gone"_s);
    QVERIFY(recipients.storedCategories(&error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage); // not "no categories"
    rename(u"gone"_s, u"recipient_categories"_s);

    QVERIFY2(writer.update(same, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(recipients.find(id, &error)->name, u"Aannemer Bouwman BV"_s);
    QVERIFY2(writer.remove(id, &error), qPrintable(error.message));
    QVERIFY(!writer.remove(id, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound); // really gone
}

// The recipient and disclosure dialogs and the catalogue tab say that the catalogue could not
// be read, and do not save, instead of offering an empty choice.
void TestRegisterReads::recipientDialogsAndPage()
{
    QVERIFY(addRecipient(u"Aannemer Bouwman"_s) > 0);
    rename(u"recipient_categories"_s, u"gone"_s);
    {
        RecipientDialog dialog(Session { *m_store, m_clock }, nullptr);
        QVERIFY2(messageOf(dialog).startsWith(u"The recipient categories could not be read: "_s),
                 qPrintable(messageOf(dialog)));
        QVERIFY(
            !dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    }
    rename(u"gone"_s, u"recipient_categories"_s);

    rename(u"recipients"_s, u"gone"_s);
    {
        // Typing a name asks whether it is in use: not read is not "free".
        RecipientDialog dialog(Session { *m_store, m_clock }, nullptr);
        dialog.setName(u"Gemeente Zeist"_s);
        QVERIFY2(messageOf(dialog).startsWith(u"The catalogue could not be read: "_s),
                 qPrintable(messageOf(dialog)));
        QVERIFY(
            !dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    }
    {
        DisclosureDialog dialog(Session { *m_store, m_clock }, nullptr);
        QVERIFY2(messageOf(dialog).startsWith(u"The recipients could not be read: "_s),
                 qPrintable(messageOf(dialog)));
        QVERIFY(
            !dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    }
    {
        // Both tabs: the disclosure list's empty state and the catalogue's note (never "no
        // agreement overdue" over an empty table).
        DisclosuresPage page(Session { *m_store, m_clock }, nullptr);
        const QList<QLabel *> labels = page.findChildren<QLabel *>();
        QCOMPARE(std::count_if(labels.cbegin(), labels.cend(),
                               [](const QLabel *label) {
                                   return label->text().startsWith(
                                       u"The list could not be read: "_s);
                               }),
                 2);
    }
    rename(u"gone"_s, u"recipients"_s);
    DisclosureDialog dialog(Session { *m_store, m_clock }, nullptr);
    QVERIFY(!messageOf(dialog).contains(u"could not be read"_s));
}

// Art. 19: a request that cannot be read is an error, not "art. 19 does not apply", and the
// checklist of the request's disclosures tab says so instead of disappearing.
void TestRegisterReads::art19NeverHiddenByAFailedRead()
{
    const qint64 recipient = addRecipient(u"Aannemer Bouwman"_s);
    Disclosure d;
    d.date = today.addDays(-30);
    d.recipientId = recipient;
    d.persons = { DisclosurePerson { m_person, {}, {} } };
    d.data = { DataCategory::Naw };
    d.purpose = u"Reparatie lekkage"_s;
    d.basis = LegalBasis::Contract;
    const DisclosureService disclosures(Session { *m_store, m_clock });
    DisclosureService writer(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY2(writer.add(d, BsnCheck::Refuse, &error), qPrintable(error.message));
    CaseService cases(Session { *m_store, m_clock });
    const QDate received = today.addDays(-20);
    QVERIFY2(cases.requestIdentification(m_open, received, &error)
                 && cases.receiveIdentification(m_open, received.addDays(1),
                                                IdMethod::Klantgegevens, true, &error)
                 && cases.complete(
                     m_open, test::completion(Outcome::Toegewezen, today.addDays(-2), u"brief"_s),
                     BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(disclosures.art19Applies(m_open, &error));
    QVERIFY(!error.isError());
    QCOMPARE(disclosures.art19Notifications(m_open, &error).size(), 1);
    QVERIFY(!disclosures.art19Applies(u"AVG-2026-9999"_s, &error)); // no such request
    QVERIFY(!error.isError());

    CaseDisclosuresWidget widget(Session { *m_store, m_clock }, nullptr);
    widget.showCase(m_open);
    QVERIFY(widget.checklistBox()->isVisibleTo(&widget));
    QCOMPARE(widget.checklist()->rowCount(), 1);

    rename(u"case_decisions"_s, u"gone"_s);
    QVERIFY(!disclosures.art19Applies(m_open, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage); // not "does not apply"
    QVERIFY(disclosures.art19Notifications(m_open, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    const int events = auditCount();
    QVERIFY(!writer.markNotified(m_open, recipient, today, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage); // not "art. 19 does not apply"
    QCOMPARE(auditCount(), events);

    widget.refresh();
    QVERIFY(widget.checklistBox()->isVisibleTo(&widget)); // not hidden as if it did not apply
    QCOMPARE(widget.checklist()->rowCount(), 0);
    QVERIFY(anyLabelStartsWith(*widget.checklistBox(), u"The list could not be read: "_s));
    QVERIFY(!widget.findChild<QPushButton *>(u"markNotified"_s)->isEnabled());
    CaseDisclosuresWidget opened(Session { *m_store, m_clock }, nullptr);
    opened.showCase(m_open); // the request itself cannot be read: said, not an empty tab
    QVERIFY(anyLabelStartsWith(opened, u"The request could not be read: "_s));
    rename(u"gone"_s, u"case_decisions"_s);

    widget.refresh();
    QCOMPARE(widget.checklist()->rowCount(), 1);
    QVERIFY2(writer.markNotified(m_open, recipient, today, &error), qPrintable(error.message));
    QVERIFY(disclosures.art19Notifications(m_open, &error).first().done());
}

// Changing or removing a disclosure whose row cannot be read says the read failed; "no longer
// exists" only when it is really gone. A recipient that cannot be read is not "not in the
// catalogue".
void TestRegisterReads::disclosureChangesNeverSayGone()
{
    const qint64 recipient = addRecipient(u"Aannemer Bouwman"_s);
    Disclosure d;
    d.date = today.addDays(-3);
    d.recipientId = recipient;
    d.persons = { DisclosurePerson { m_person, {}, {} } };
    d.data = { DataCategory::Naw, DataCategory::Contact };
    d.purpose = u"Reparatie lekkage"_s;
    d.basis = LegalBasis::Contract;
    DisclosureService service(Session { *m_store, m_clock });
    ServiceError error;
    const auto added = service.add(d, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    Disclosure changed = *added;
    changed.purpose = u"Reparatie lekkage badkamer"_s;

    const int events = auditCount();
    for (const QString &table : { u"disclosures"_s, u"disclosure_data"_s }) {
        rename(table, u"gone"_s);
        QVERIFY(!service.update(changed, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Storage); // not "no longer exists"
        QVERIFY2(!error.message.contains(u"no longer exists"_s), qPrintable(error.message));
        QVERIFY(!service.remove(added->id, &error));
        QCOMPARE(error.code, ServiceError::Code::Storage);
        rename(u"gone"_s, table);
    }
    rename(u"recipients"_s, u"gone"_s);
    QVERIFY(!service.add(d, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage); // not "not in the catalogue"
    rename(u"gone"_s, u"recipients"_s);
    QCOMPARE(auditCount(), events);
    QCOMPARE(countRows(m_store->database(), u"disclosures"_s), 1);

    QVERIFY2(service.update(changed, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(service.find(added->id, &error)->purpose, changed.purpose);
    QVERIFY2(service.remove(added->id, &error), qPrintable(error.message));
    QVERIFY(!service.remove(added->id, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound); // really gone
    QVERIFY(error.message.contains(u"no longer exists"_s));
    QVERIFY(!service.update(changed, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

// The person search of the disclosure dialog and of the person export wizard: a search that
// fails says so, never an empty list or "nobody found"; the next search that works clears it.
void TestRegisterReads::personSearchesSayTheyFailed()
{
    DisclosureDialog dialog(Session { *m_store, m_clock }, nullptr);
    PersonExportWizard wizard(Session { *m_store }, 0);
    auto *search = wizard.findChild<QLineEdit *>(u"exportPersonSearch"_s);
    auto *list = wizard.findChild<QListWidget *>(u"exportPersonList"_s);
    QVERIFY(search && list);
    dialog.personSearch()->setText(u"de wit"_s);
    QCOMPARE(dialog.personResults()->count(), 1);
    search->setText(u"de wit"_s);
    QCOMPARE(list->count(), 1);

    rename(u"persons"_s, u"gone"_s);
    for (const QString &text : { u"Anna de Wit"_s, u"K100001"_s, u"1234 AB 12"_s }) {
        dialog.personSearch()->setText(text);
        QCOMPARE(dialog.personResults()->count(), 0);
        QVERIFY2(messageOf(dialog).startsWith(u"The search failed: "_s),
                 qPrintable(messageOf(dialog)));
        search->setText(text);
        QCOMPARE(list->count(), 0);
        QVERIFY2(messageOf(wizard).startsWith(u"The search failed: "_s),
                 qPrintable(messageOf(wizard)));
        QVERIFY(!messageOf(wizard).contains(u"Nobody found"_s));
    }
    // Another field changed: the failure stays said until a search works.
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    const auto linked = std::find_if(edits.cbegin(), edits.cend(), [](const QLineEdit *edit) {
        return edit->placeholderText() == u"AVG-2026-0001"_s;
    });
    QVERIFY(linked != edits.cend());
    (*linked)->setText(m_open);
    QVERIFY(messageOf(dialog).startsWith(u"The search failed: "_s));
    rename(u"gone"_s, u"persons"_s);

    dialog.personSearch()->setText(u"K100001"_s);
    QCOMPARE(dialog.personResults()->count(), 1);
    QVERIFY(!messageOf(dialog).startsWith(u"The search failed"_s));
    search->setText(u"K100001"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(messageOf(wizard).isEmpty());
}

// The CLI: exit 1 with "[read-failed]" for the register, the catalogue and the recipient a
// disclosure names, never an empty list or "no recipient".
void TestRegisterReads::cliExitsOneOnAFailedRead()
{
    QVERIFY(QDir(m_tmp.path()).mkpath(u"cli"_s));
    CliRunner cli(QStringLiteral(CLI_PATH), m_tmp.filePath(u"cli"_s), u"en"_s);
    QString error;
    const QString dir = m_dir->filePath(u"cli-kluis"_s);
    // A store folder made by the tool itself; a server store made by `server init` (the
    // fixture), which the tool opens by its URI.
    std::unique_ptr<Store> served;
    if (testBackend() == Backend::Server) {
        served = createServiceStore(dir);
        QVERIFY(served);
        QVERIFY2(cli.useStore(serviceStoreLocation(dir), testUser, testPassword, &error),
                 qPrintable(error));
    } else {
        QVERIFY2(cli.initStore(dir, u"a.bakker"_s, &error), qPrintable(error));
    }
    const auto added = cli.onStore({ u"case"_s, u"add"_s, u"--person"_s, u"J. Jansen"_s,
                                     u"--klantnummer"_s, u"K1234"_s, u"--type"_s, u"inzage"_s,
                                     u"--channel"_s, u"telefoon"_s, u"--received"_s,
                                     pd::systemClock().today().addDays(-1).toString(Qt::ISODate) });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const auto recipient = cli.onStore(
        { u"recipient"_s, u"add"_s, u"Gemeente Houten"_s, u"--category"_s, u"gemeente"_s });
    QVERIFY2(recipient.exitCode == 0, qPrintable(recipient.err));
    QCOMPARE(cli.onStore({ u"register"_s, u"list"_s }).exitCode, 0);

    const auto breakTable = [&](const QString &from, const QString &to) {
        return served ? renameTable(served->database(), from, to)
                      : cli.renameTable(u"a.bakker"_s, from, to);
    };
    const auto readFailed = [](const CliRunner::Result &result) {
        return result.exitCode == 1 && result.err.contains(u"could not be read: "_s)
            && result.err.contains(u"[read-failed]"_s);
    };

    QVERIFY(breakTable(u"processing_activities"_s, u"gone"_s));
    const QString csv = m_dir->filePath(u"register.csv"_s);
    for (const QStringList &command :
         { QStringList { u"register"_s, u"list"_s },
           QStringList { u"register"_s, u"list"_s, u"--json"_s },
           QStringList { u"register"_s, u"export"_s, u"--csv"_s, csv } }) {
        const auto result = cli.onStore(command);
        QVERIFY2(readFailed(result), qPrintable(command.join(u' ') + u": "_s + result.err));
        QVERIFY(result.out.isEmpty());
    }
    QVERIFY(!QFile::exists(csv));
    QVERIFY(breakTable(u"gone"_s, u"processing_activities"_s));

    QVERIFY(breakTable(u"recipients"_s, u"gone"_s));
    const auto list = cli.onStore({ u"recipient"_s, u"list"_s });
    QVERIFY2(readFailed(list), qPrintable(list.err));
    const QStringList disclose { u"disclosure"_s,  u"add"_s,
                                 u"--recipient"_s, u"Gemeente Houten"_s,
                                 u"--person"_s,    u"K1234"_s,
                                 u"--date"_s,      pd::systemClock().today().toString(Qt::ISODate),
                                 u"--data"_s,      u"naw"_s,
                                 u"--purpose"_s,   u"Onderzoek"_s,
                                 u"--basis"_s,     u"f"_s };
    const auto refused = cli.onStore(disclose);
    QVERIFY2(readFailed(refused), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(u"No recipient"_s));
    QVERIFY(breakTable(u"gone"_s, u"recipients"_s));

    QCOMPARE(cli.onStore({ u"register"_s, u"list"_s }).exitCode, 0);
    const auto disclosed = cli.onStore(disclose);
    QVERIFY2(disclosed.exitCode == 0, qPrintable(disclosed.err));
}

QTEST_MAIN(TestRegisterReads)
#include "tst_registerreads.moc"
