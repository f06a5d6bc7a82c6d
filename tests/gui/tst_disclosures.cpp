// The Verstrekkingen page, the disclosure and recipient dialogs and the case detail's
// Verstrekkingen tab, offscreen on a real store in Dutch: lazy loading, filters and search,
// Dutch dates, overdue agreement reviews, validation as the user types (BSN guard included),
// and the art. 19 checklist after an erasure. Saves screenshots for review.

#include "GuiTestSupport.h"
#include "MessageLabel.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "domain/BsnGuard.h"
#include "registers/CaseDisclosuresWidget.h"
#include "registers/DisclosureDialog.h"
#include "registers/DisclosureListModel.h"
#include "registers/Disclosures.h"
#include "registers/DisclosuresPage.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

const QDate today(2026, 11, 21);

using pd::test::elfProefNumber;

} // namespace

class TestDisclosuresGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lazyListInDutch();
    void filtersAndSearch();
    void recipientsTabShowsOverdueReviews();
    void disclosureDialogValidatesAsYouType();
    void recipientDialogForAProcessor();
    void caseWidgetWithArt19Checklist();
    void caseWidgetMarksARecipientExempt();
    void caseWidgetMarksARecipientNotApplicable();
    void caseWidgetFollowsTheLanguage();
    void screenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
    qint64 m_aannemer = 0;
    qint64 m_gemeente = 0;
    qint64 m_cloud = 0;
    QList<qint64> m_persons;
    QString m_erasure;
};

void TestDisclosuresGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createTestStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    CaseService cases(Session { *m_store, m_clock });
    RecipientService recipients(Session { *m_store, m_clock });
    DisclosureService disclosures(Session { *m_store, m_clock });
    ServiceError error;
    const QStringList names { u"Anna de Wit"_s, u"Bram Çelik"_s, u"Chantal Bakker"_s,
                              u"Daan Visser"_s, u"Eva Jansen"_s };
    for (int i = 0; i < names.size(); ++i) {
        NewCase request;
        request.person.name = names.at(i);
        request.person.klantnummer = u"K40000%1"_s.arg(i + 1);
        request.person.relation = Relation::Huurder;
        request.types = { RequestType::Verwijdering };
        request.receivedDate = QDate(2026, 10, 1);
        request.channel = Channel::Brief;
        const auto c = cases.add(request, BsnCheck::Refuse, &error);
        QVERIFY2(c, qPrintable(error.message));
        m_persons << c->person.id;
        if (i == 0)
            m_erasure = c->number;
    }
    const auto add = [&](const QString &name, RecipientCategory category, RecipientRole role,
                         QDate signedOn = {}, QDate review = {}, const QString &location = {}) {
        Recipient r;
        r.name = name;
        r.category = category;
        r.role = role;
        r.contact = u"privacy@example.nl"_s;
        r.agreement = ProcessorAgreement::withLocation(location);
        r.agreement.signedOn = signedOn;
        r.agreement.reviewOn = review;
        r.agreement.processes = u"Hosting"_s;
        const auto added = recipients.add(r, BsnCheck::Refuse, &error);
        return added ? added->id : 0;
    };
    m_aannemer = add(u"Installatiebedrijf Van Dijk"_s, RecipientCategory::Aannemer,
                     RecipientRole::Ontvanger);
    m_gemeente
        = add(u"Gemeente Nieuwegein"_s, RecipientCategory::Gemeente, RecipientRole::Ontvanger);
    m_cloud = add(u"Cloudhosting Noord BV"_s, RecipientCategory::Verwerker,
                  RecipientRole::Verwerker, QDate(2023, 5, 1), QDate(2025, 5, 1), u"NL"_s);
    add(u"Back-up Services Inc."_s, RecipientCategory::Verwerker, RecipientRole::Verwerker,
        QDate(2025, 2, 1), QDate(2027, 2, 1), u"US"_s);
    QVERIFY(m_aannemer && m_gemeente && m_cloud);

    // 450 disclosures over the year: more than two pages of the lazy model.
    for (int i = 0; i < 450; ++i) {
        Disclosure d;
        d.date = QDate(2026, 1, 1).addDays(i % 300);
        d.recipientId = i % 3 == 0 ? m_gemeente : m_aannemer;
        d.persons = { DisclosurePerson { m_persons.at(i % m_persons.size()), {}, {} } };
        d.data = { DataCategory::Naw, DataCategory::Contact };
        d.purpose = i % 3 == 0 ? u"Aanpak woonoverlast"_s : u"Reparatieverzoek"_s;
        d.basis = i % 3 == 0 ? LegalBasis::PublicTask : LegalBasis::Contract;
        d.basisText = i % 3 == 0 ? u"Convenant Woonoverlast Nieuwegein"_s : QString();
        d.informed = i % 2 ? InformedStatus::Pending : InformedStatus::Informed;
        d.informedOn = d.date;
        QVERIFY2(disclosures.add(d, BsnCheck::Refuse, &error), qPrintable(error.message));
    }
    // Anna's erasure is granted: both recipients must be told.
    QVERIFY(cases.requestIdentification(m_erasure, QDate(2026, 10, 1), &error));
    QVERIFY(cases.receiveIdentification(m_erasure, QDate(2026, 10, 2), IdMethod::Klantgegevens,
                                        true, &error));
    QVERIFY2(cases.complete(m_erasure,
                            test::completion(Outcome::Toegewezen, QDate(2026, 11, 1), u"brief"_s),
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
}

void TestDisclosuresGui::lazyListInDutch()
{
    DisclosuresPage page(Session { *m_store, m_clock }, nullptr);
    DisclosureListModel *model = page.model();
    QCOMPARE(model->totalCount(), 450);
    QCOMPARE(model->rowCount(), DisclosureListModel::pageSize);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 450);
    QVERIFY(!model->canFetchMore({}));
    // Newest first, in Dutch short format.
    QCOMPARE(model->data(model->index(0, DisclosureListModel::DateColumn)).toString(),
             QLocale().toString(QDate(2026, 1, 1).addDays(299), QLocale::ShortFormat));
    QVERIFY(
        model->data(model->index(0, DisclosureListModel::DateColumn)).toString().contains(u'-'));
    QCOMPARE(model->headerData(DisclosureListModel::RecipientColumn, Qt::Horizontal).toString(),
             QCoreApplication::translate("pd::ui::DisclosureListModel", "Recipient"));
    // Oldest first on the date header.
    model->sort(DisclosureListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(model->rowAt(0)->date, QDate(2026, 1, 1));
    QCOMPARE(page.findChild<QLabel *>() != nullptr, true);
}

void TestDisclosuresGui::filtersAndSearch()
{
    DisclosuresPage page(Session { *m_store, m_clock }, nullptr);
    page.show();
    const auto combos = page.findChildren<QComboBox *>();
    QComboBox *category = nullptr;
    QComboBox *informed = nullptr;
    for (QComboBox *combo : combos) {
        if (combo->findData(static_cast<int>(RecipientCategory::Verwerker)) > 0)
            category = combo;
        if (combo->findData(static_cast<int>(InformedStatus::Pending)) > 0
            && combo->itemText(combo->findData(static_cast<int>(InformedStatus::Pending)))
                == codes::label(InformedStatus::Pending))
            informed = combo;
    }
    QVERIFY(category);
    QVERIFY(informed);
    category->setCurrentIndex(category->findData(static_cast<int>(RecipientCategory::Gemeente)));
    QCOMPARE(page.model()->totalCount(), 150);
    informed->setCurrentIndex(informed->findData(static_cast<int>(InformedStatus::Pending)));
    QCOMPARE(page.model()->totalCount(), 75);
    page.clearFilters();
    QCOMPARE(page.model()->totalCount(), 450);

    // Search is debounced and folds case.
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page.searchField()->hasFocus());
    QTest::keyClicks(page.searchField(), u"van dijk"_s);
    QCOMPARE(page.model()->totalCount(), 450);
    QTRY_COMPARE(page.model()->totalCount(), 300);
    QTest::keyClicks(page.searchField(), u"xyz"_s);
    QTRY_COMPARE(page.model()->totalCount(), 0);
    QVERIFY(page.findChildren<QLabel *>().size() > 0);
    page.clearFilters();
    QCOMPARE(page.model()->totalCount(), 450);

    // A period.
    auto dates = page.findChildren<QDateEdit *>();
    QCOMPARE(dates.size(), 2);
    dates.at(0)->setDate(QDate(2026, 1, 1));
    dates.at(1)->setDate(QDate(2026, 1, 10));
    QCOMPARE(page.model()->totalCount(), 20); // days 0..9 hold two each (i % 300)
}

void TestDisclosuresGui::recipientsTabShowsOverdueReviews()
{
    DisclosuresPage page(Session { *m_store, m_clock }, nullptr);
    page.showRecipients();
    QTableWidget *table = page.recipientsTable();
    QCOMPARE(table->rowCount(), 4);
    int cloudRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"Cloudhosting Noord BV"_s)
            cloudRow = row;
    }
    QVERIFY(cloudRow >= 0);
    const QTableWidgetItem *review = table->item(cloudRow, 5);
    QVERIFY2(review->text().contains(u"te laat"_s) || review->text().contains(u"overdue"_s),
             qPrintable(review->text()));
    QCOMPARE(review->foreground().color(), QColor(0x8a, 0x1f, 0x11));
    QVERIFY(review->font().bold());
    QCOMPARE(table->item(cloudRow, 4)->text(),
             QLocale().toString(QDate(2023, 5, 1), QLocale::ShortFormat));
    // A processor outside the EEA is said so, as everywhere in the product (not "the EU").
    bool abroad = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() != u"Back-up Services Inc."_s)
            continue;
        abroad = true;
        const QString location = table->item(row, 6)->text();
        QVERIFY2(location.contains(u"EEA"_s) || location.contains(u"EER"_s), qPrintable(location));
        QVERIFY2(!location.contains(u"EU"_s), qPrintable(location));
        QVERIFY(location.contains(u"US"_s));
    }
    QVERIFY(abroad);
}

void TestDisclosuresGui::disclosureDialogValidatesAsYouType()
{
    DisclosureDialog dialog(Session { *m_store, m_clock }, nullptr);
    dialog.show();
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());

    // Recipient from the catalogue.
    QComboBox *recipient = nullptr;
    for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
        if (combo->itemData(0).userType() == QMetaType::LongLong)
            recipient = combo;
    }
    QVERIFY(recipient);
    recipient->setCurrentIndex(recipient->findData(m_gemeente));
    // A person by customer number, Enter takes the first hit.
    QTest::keyClicks(dialog.personSearch(), u"K400002"_s);
    QCOMPARE(dialog.personResults()->count(), 1);
    QTest::keyClick(dialog.personSearch(), Qt::Key_Return);
    // And one by name, without diacritics.
    QTest::keyClicks(dialog.personSearch(), u"celik"_s);
    QCOMPARE(dialog.personResults()->count(), 1);
    dialog.chooseResult(0);
    QCOMPARE(dialog.disclosure().persons.size(), 1); // the same person once
    QTest::keyClicks(dialog.personSearch(), u"Anna"_s);
    dialog.chooseResult(0);
    QCOMPARE(dialog.disclosure().persons.size(), 2);

    QListWidget *data = nullptr;
    for (QListWidget *list : dialog.findChildren<QListWidget *>()) {
        if (list->count() == codes::all<DataCategory>().size())
            data = list;
    }
    QVERIFY(data);
    data->item(0)->setCheckState(Qt::Checked);
    QLineEdit *purpose = nullptr;
    QLineEdit *basisText = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->placeholderText().contains(u"Convenant"_s))
            basisText = edit;
    }
    QVERIFY(basisText);
    // Purpose is the line edit right after the data text in the tab order: find by elimination.
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit != dialog.personSearch() && edit->placeholderText().isEmpty()
            && edit->parentWidget() == &dialog && !purpose)
            purpose = edit;
    }
    QVERIFY(purpose);
    QTest::keyClicks(purpose, u"Aanpak woonoverlast"_s);
    // Basis (c) is preselected and needs the statute.
    QVERIFY(!save->isEnabled());
    QVERIFY2(dialog.problem().contains(u"wet"_s) || dialog.problem().contains(u"statute"_s),
             qPrintable(dialog.problem()));
    QTest::keyClicks(basisText, u"Convenant Woonoverlast Nieuwegein"_s);
    QVERIFY2(save->isEnabled(), qPrintable(dialog.problem()));

    // A BSN in a free text: warned inline, saving blocked until confirmed.
    QTest::keyClicks(purpose, u" nr "_s + elfProefNumber());
    QVERIFY(!save->isEnabled());
    QCheckBox *notBsn = dialog.findChild<QCheckBox *>();
    QVERIFY(notBsn->isVisible());
    notBsn->setChecked(true);
    QVERIFY(save->isEnabled());
    notBsn->setChecked(false);
    for (int i = 0; i < elfProefNumber().size() + 4; ++i)
        QTest::keyClick(purpose, Qt::Key_Backspace);
    QVERIFY(!notBsn->isVisible());
    QVERIFY2(save->isEnabled(), qPrintable(dialog.problem()));

    // Prohibited needs a reason: choosing the option without one blocks saving.
    QRadioButton *prohibited = nullptr;
    for (QRadioButton *button : dialog.findChildren<QRadioButton *>()) {
        // Without the mnemonic marker: the translation may put it inside the word (ver&boden).
        const QString text = QString(button->text()).remove(u'&');
        if (text.contains(u"verboden"_s) || text.contains(u"prohibited"_s))
            prohibited = button;
    }
    QVERIFY(prohibited);
    prohibited->setChecked(true);
    QVERIFY(!save->isEnabled());
    prohibited->setChecked(false);
    dialog.findChildren<QRadioButton *>().last()->setChecked(true); // still to inform

    const int before = DisclosureService(Session { *m_store, m_clock }).count({});
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(dialog.added());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(DisclosureService(Session { *m_store, m_clock }).count({}), before + 1);
    QCOMPARE(dialog.added()->persons.size(), 2);
    QCOMPARE(dialog.added()->informed, InformedStatus::Pending);
    // Undo, so that the other tests count what initTestCase made.
    ServiceError error;
    QVERIFY(DisclosureService(Session { *m_store, m_clock }).remove(dialog.added()->id, &error));
}

void TestDisclosuresGui::recipientDialogForAProcessor()
{
    RecipientDialog dialog(Session { *m_store, m_clock }, nullptr);
    dialog.show();
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    dialog.setName(u"Gemeente nieuwegein"_s); // exists (case-insensitive)
    QVERIFY(!save->isEnabled());
    dialog.setName(u"Mailhuis BV"_s);
    QVERIFY(save->isEnabled());
    QComboBox *category = dialog.findChildren<QComboBox *>().first();
    category->setCurrentIndex(category->findData(static_cast<int>(RecipientCategory::Verwerker)));
    QCOMPARE(dialog.recipient().role, RecipientRole::Verwerker);
    QDateEdit *signedOn = dialog.findChildren<QDateEdit *>().first();
    QVERIFY(signedOn->isVisible());
    QDateEdit *review = dialog.findChildren<QDateEdit *>().last();
    review->setDate(signedOn->date().addDays(-1));
    QVERIFY(!save->isEnabled());
    review->setDate(signedOn->date().addYears(2));
    QVERIFY(save->isEnabled());
    dialog.accept();
    QVERIFY(dialog.added());
    QCOMPARE(dialog.added()->role, RecipientRole::Verwerker);
    QCOMPARE(dialog.added()->agreement.inEu, std::optional(true));
    ServiceError error;
    QVERIFY(RecipientService(Session { *m_store, m_clock }).remove(dialog.added()->id, &error));
}

// Switching the language (Beeld → Taal) retranslates the request's Verstrekkingen tab too: it
// kept the language it was made in.
void TestDisclosuresGui::caseWidgetFollowsTheLanguage()
{
    CaseDisclosuresWidget widget(Session { *m_store, m_clock }, nullptr);
    widget.show();
    widget.showCase(m_erasure);
    QVERIFY(widget.checklistBox()->isVisible());
    const auto dutchAgain = qScopeGuard([] { QVERIFY(installTranslations(UiLanguage::Dutch)); });
    QCOMPARE(widget.disclosuresTable()->horizontalHeaderItem(0)->text(), u"Datum"_s);
    QVERIFY(installTranslations(UiLanguage::English));
    QCoreApplication::processEvents(); // LanguageChange is posted
    QCOMPARE(widget.disclosuresTable()->horizontalHeaderItem(0)->text(), u"Date"_s);
    QCOMPARE(widget.checklistBox()->title(), u"Art. 19 GDPR: recipients to be told"_s);
    QCOMPARE(widget.exemptButton()->text(), u"Not &possible or disproportionate"_s);
    QVERIFY2(!widget.checklistStatus()->text().isEmpty(), "the status is filled again");
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QCoreApplication::processEvents();
    QCOMPARE(widget.disclosuresTable()->horizontalHeaderItem(0)->text(), u"Datum"_s);
    QVERIFY(widget.checklistBox()->title() != u"Art. 19 GDPR: recipients to be told"_s);
}

void TestDisclosuresGui::caseWidgetWithArt19Checklist()
{
    CaseDisclosuresWidget widget(Session { *m_store, m_clock }, nullptr);
    widget.show();
    widget.showPerson(m_persons.at(1));
    QCOMPARE(widget.disclosuresTable()->rowCount(), 90);
    QVERIFY(!widget.checklistBox()->isVisible());

    QSignalSpy changed(&widget, &CaseDisclosuresWidget::changed);
    widget.showCase(m_erasure);
    QCOMPARE(widget.disclosuresTable()->rowCount(), 90);
    QVERIFY(widget.checklistBox()->isVisible());
    QCOMPARE(widget.checklist()->rowCount(), 2);
    QCOMPARE(widget.checklist()->item(0, 0)->text(), u"Gemeente Nieuwegein"_s);
    QCOMPARE(widget.checklist()->item(0, 3)->text(),
             QCoreApplication::translate("pd::ui::CaseDisclosuresWidget", "Not yet told"));
    widget.notifiedDate()->setDate(QDate(2026, 11, 5));
    QVERIFY(widget.markNotified(0));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(widget.checklist()->item(0, 3)->text(),
             QCoreApplication::translate("pd::ui::CaseDisclosuresWidget", "Told on %1")
                 .arg(QLocale().toString(QDate(2026, 11, 5), QLocale::ShortFormat)));
    QCOMPARE(CaseService(Session { *m_store, m_clock }).timeline(m_erasure).constLast().action,
             u"case.art19_notified"_s);
    // A date in the future cannot be chosen; a date before receipt is refused in words.
    widget.notifiedDate()->setDate(QDate(2026, 9, 1));
    QVERIFY(!widget.markNotified(1));
    QCOMPARE(changed.count(), 1);
    // A case that does not exist clears the tab.
    widget.showCase(u"AVG-2026-9999"_s);
    QCOMPARE(widget.disclosuresTable()->rowCount(), 0);
}

// Art. 19: a recipient that cannot be told is marked so with the reason; the
// checklist shows the reason, and the request is done with one told and one exempt.
void TestDisclosuresGui::caseWidgetMarksARecipientExempt()
{
    const auto translate = [](const char *text, int n = -1) {
        return QCoreApplication::translate("pd::ui::CaseDisclosuresWidget", text, nullptr, n);
    };
    CaseDisclosuresWidget widget(Session { *m_store, m_clock }, nullptr);
    widget.show();
    widget.showCase(m_erasure);
    QCOMPARE(widget.checklist()->rowCount(), 2);
    QVERIFY(widget.exemptButton()->isEnabled());
    QVERIFY(widget.exemptReason()->isEnabled());
    QCOMPARE(widget.checklist()->item(1, 3)->text(), translate("Not yet told"));
    QSignalSpy changed(&widget, &CaseDisclosuresWidget::changed);
    auto *message = widget.findChild<MessageLabel *>();
    QVERIFY(message);

    // Without a reason, or with a BSN in it: refused in words, nothing recorded.
    widget.checklist()->selectRow(1);
    QTest::mouseClick(widget.exemptButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!message->message().isEmpty());
    widget.exemptReason()->setText(u"Klantnummer "_s + elfProefNumber());
    QVERIFY(!widget.markExempt(1));
    QVERIFY(!message->message().contains(elfProefNumber()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(widget.checklist()->item(1, 3)->text(), translate("Not yet told"));

    // With a reason typed, Enter records nothing: the field serves "not applicable" too, and
    // "impossible or disproportionate" is never what happens by default.
    const QString reason = u"Bedrijf failliet verklaard, geen curator bereikbaar"_s;
    widget.exemptReason()->clear();
    widget.checklist()->selectRow(1);
    QTest::keyClicks(widget.exemptReason(), reason);
    QTest::keyClick(widget.exemptReason(), Qt::Key_Return);
    QCOMPARE(changed.count(), 0);
    // The button records it: shown with the reason, done for art. 19.
    QTest::mouseClick(widget.exemptButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(widget.exemptReason()->text().isEmpty());
    QCOMPARE(widget.checklist()->item(1, 3)->text(),
             translate("Not told: impossible or disproportionate — %1").arg(reason));
    QCOMPARE(widget.checklistStatus()->text(),
             translate("Done: every recipient has been told, except %n for which that proved "
                       "impossible or disproportionate.",
                       1));
    const AuditEvent event
        = CaseService(Session { *m_store, m_clock }).timeline(m_erasure).constLast();
    QCOMPARE(event.action, u"case.art19_exempted"_s);
    QCOMPARE(event.payload.value(u"reason"_s).toString(), reason);
    // Told after all: the date replaces the reason.
    widget.notifiedDate()->setDate(QDate(2026, 11, 20));
    QVERIFY(widget.markNotified(1));
    QCOMPARE(
        widget.checklist()->item(1, 3)->text(),
        translate("Told on %1").arg(QLocale().toString(QDate(2026, 11, 20), QLocale::ShortFormat)));
    QCOMPARE(widget.checklistStatus()->text(), translate("Every recipient has been told."));
    // And back: the officer records the exemption again for the screenshots.
    widget.exemptReason()->setText(reason);
    QVERIFY(widget.markExempt(1));
    QCOMPARE(changed.count(), 3);
}

// Art. 19 per item: the officer marks a recipient "niet van toepassing" with a reason of her
// own; the checklist shows it as such, never as "impossible or disproportionate", and the trail
// records it. Before, the desk offered only the exemption for it.
void TestDisclosuresGui::caseWidgetMarksARecipientNotApplicable()
{
    const auto translate = [](const char *text, int n = -1) {
        return QCoreApplication::translate("pd::ui::CaseDisclosuresWidget", text, nullptr, n);
    };
    CaseDisclosuresWidget widget(Session { *m_store, m_clock }, nullptr);
    widget.show();
    widget.showCase(m_erasure);
    QCOMPARE(widget.checklist()->rowCount(), 2);
    QVERIFY(widget.notApplicableButton()->isEnabled());
    const QTableWidgetItem *before = widget.checklist()->item(0, 3);
    QVERIFY(before);
    const QString told = before->text();
    QSignalSpy changed(&widget, &CaseDisclosuresWidget::changed);
    const QString reason = u"Had alleen het huidige adres, niet wat is gewist"_s;
    widget.checklist()->selectRow(0);
    widget.exemptReason()->setText(reason);
    QTest::mouseClick(widget.notApplicableButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(widget.exemptReason()->text().isEmpty());
    QCOMPARE(widget.checklist()->item(0, 3)->text(), translate("Not applicable — %1").arg(reason));
    QVERIFY(!widget.checklistStatus()->text().contains(u"disproportionate"_s));
    const AuditEvent event
        = CaseService(Session { *m_store, m_clock }).timeline(m_erasure).constLast();
    QCOMPARE(event.action, u"case.art19_not_applicable"_s);
    QCOMPARE(event.payload.value(u"reason"_s).toString(), reason);
    // Told after all: the date replaces it, as it was before.
    widget.notifiedDate()->setDate(QDate(2026, 11, 5));
    QVERIFY(widget.markNotified(0));
    QCOMPARE(widget.checklist()->item(0, 3)->text(), told);
}

void TestDisclosuresGui::screenshots()
{
    const QString dir = test::shotsDir();
    DisclosuresPage page(Session { *m_store, m_clock }, nullptr);
    page.resize(1400, 700);
    page.show();
    QTest::qWait(50);
    QVERIFY(test::saveShot(&page, dir, u"desk-disclosures-list"_s));
    page.showRecipients();
    QTest::qWait(20);
    QVERIFY(test::saveShot(&page, dir, u"desk-disclosures-recipients"_s));

    DisclosureDialog dialog(Session { *m_store, m_clock }, nullptr);
    dialog.addPerson(m_persons.at(0));
    dialog.setCaseNumber(m_erasure);
    dialog.show();
    QTest::keyClicks(dialog.personSearch(), u"de"_s);
    QTest::qWait(20);
    QVERIFY(test::saveShot(&dialog, dir, u"desk-disclosures-dialog"_s));

    CaseDisclosuresWidget widget(Session { *m_store, m_clock }, nullptr);
    widget.resize(1000, 650);
    widget.showCase(m_erasure);
    widget.show();
    QTest::qWait(20);
    QVERIFY(test::saveShot(&widget, dir, u"desk-disclosures-case"_s));
}

QTEST_MAIN(TestDisclosuresGui)
#include "tst_disclosures.moc"
