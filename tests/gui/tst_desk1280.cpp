// The desk at 1280 × 800 on a demo store, in Dutch and English: a BSN warning under a field
// shows whole, however many lines it takes; the breach detail is not pushed down by an empty
// box of holds; the pie of disclosures by legal basis names each slice's sub of art. 6(1) with
// its name; the processing activity's data table shows the special categories by name; and
// "Complete…" stays in the request's bar at 1280 and at 1200 px.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "ScreenTestMain.h"
#include "TestSupport.h"
#include "breaches/BreachListModel.h"
#include "breaches/BreachesPage.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseService.h"
#include "cases/ExternalHoldsWidget.h"
#include "dashboards/DashboardWidgets.h"
#include "dashboards/DashboardsPage.h"
#include "intake/IntakeDialog.h"
#include "intake/NewRequestDialog.h"
#include "registers/Disclosures.h"
#include "registers/ProcessingActivityDialog.h"
#include "registers/ProcessingRegister.h"
#include "retention/ExternalHolds.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;
using pd::test::tagged;
using pd::test::wholeInWindow;

namespace {

void shot(QWidget *widget, const QString &name)
{
    QVERIFY(test::saveShot(widget, test::shotsDir(), name));
}

// What of a shown BSN message under root is cut: lines below its height, or beyond the window.
QStringList cutMessages(const QWidget *root)
{
    QStringList cut;
    for (const MessageLabel *message : root->findChildren<MessageLabel *>()) {
        const auto *text = message->findChild<QLabel *>(u"messageText"_s);
        if (!message->isVisible() || !text)
            continue;
        const int needs = text->heightForWidth(text->width());
        if (needs > text->height() + 1 || !wholeInWindow(text))
            cut << u"%1: needs %2 px, has %3 (%4 wide)"_s.arg(message->objectName())
                       .arg(needs)
                       .arg(text->height())
                       .arg(text->width());
    }
    return cut;
}

} // namespace

class TestDesk1280 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languages_data();
    void bsnWarningShownWhole_data() { languages_data(); }
    void bsnWarningShownWhole();
    void newRequestBsnWarningShownWhole_data() { languages_data(); }
    void newRequestBsnWarningShownWhole();
    void breachDetailNotPushedDownByEmptyHolds_data();
    void breachDetailNotPushedDownByEmptyHolds();
    void basisSlicesNameTheirSub_data() { languages_data(); }
    void basisSlicesNameTheirSub();
    void dataTableShowsCategoryNames_data() { languages_data(); }
    void dataTableShowsCategoryNames();
    void completeStaysInTheBar_data();
    void completeStaysInTheBar();

private:
    void setLanguage();
    std::unique_ptr<MainWindow> mainWindow(QSize size);
    void warningsShownWhole(QDialog *dialog, const QStringList &fields);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    QString m_unidentified; // by a representative, nothing established yet: every step applies
};

void TestDesk1280::initTestCase()
{
    QVERIFY(test::startDeskTest(m_tmp));
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    if (QGuiApplication::platformName() == u"offscreen"_s)
        QCOMPARE(screen->availableGeometry().size(), QSize(1280, 800));
    m_store = test::makeDemoStore(m_tmp.filePath(u"demo"_s), 40, systemClock().today());
    QVERIFY(m_store);
    NewCase request;
    request.person.name = u"Wilhelmina Cornelia van Oldenbarnevelt-Zuylen"_s;
    request.person.klantnummer = u"K990001"_s;
    request.types = { RequestType::Inzage, RequestType::Rectificatie };
    request.channel = Channel::Brief;
    request.receivedDate = systemClock().today().addDays(-3);
    request.representative = u"mr. P. Hendriks"_s;
    request.representativeAuthority = RepresentativeAuthority::Bewindvoerder;
    request.description = u"Wil weten welke gegevens de corporatie van haar heeft."_s;
    request.handler = m_store->userName();
    ServiceError error;
    const auto added = CaseService(Session { *m_store }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    m_unidentified = added->number;
}

void TestDesk1280::languages_data()
{
    test::addLanguageRows();
}

void TestDesk1280::setLanguage()
{
    QVERIFY(test::installRowLanguage());
}

std::unique_ptr<MainWindow> TestDesk1280::mainWindow(QSize size)
{
    auto window = std::make_unique<MainWindow>(Session { *m_store });
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

// A BSN in one field at a time, as a caller gives one number: its warning shows all its lines,
// and the dialog stays on the screen.
void TestDesk1280::warningsShownWhole(QDialog *dialog, const QStringList &fields)
{
    const QString bsn = test::elfProefNumber();
    QVERIFY(!bsn.isEmpty());
    auto *description = dialog->findChild<QPlainTextEdit *>(u"description"_s);
    QVERIFY(description);
    for (const QString &field : fields) {
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            edit->clear();
        description->setPlainText(field == u"description"_s ? u"Nummer "_s + bsn : QString());
        if (field != u"description"_s) {
            auto *edit = dialog->findChild<QLineEdit *>(field);
            QVERIFY2(edit && edit->isVisible(), qPrintable(field));
            edit->setText(bsn);
        }
        QTest::qWait(20); // the dialog lays out the message
        auto *message = dialog->findChild<MessageLabel *>(field + u"BsnMessage"_s);
        QVERIFY2(message && message->isVisible(), qPrintable(field));
        shot(dialog, tagged(qPrintable(dialog->objectName() + u"-bsn-"_s + field)));
        const QStringList cut = cutMessages(dialog);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
        QVERIFY2(dialog->frameGeometry().height() <= dialog->screen()->availableGeometry().height(),
                 qPrintable(u"%1: the dialog is %2 px high"_s.arg(field).arg(
                     dialog->frameGeometry().height())));
    }
}

// The KCC could not read the instruction: the warning under a field stopped after two lines,
// under the house number after one.
void TestDesk1280::bsnWarningShownWhole()
{
    setLanguage();
    const auto window = mainWindow(QSize(1280, 800));
    QVERIFY(window);
    IntakeDialog dialog(Session { *m_store }, m_store->userName(), window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *newPerson = dialog.findChild<QCheckBox *>(u"newPerson"_s);
    QVERIFY(newPerson);
    newPerson->setChecked(true);
    warningsShownWhole(&dialog,
                       { u"name"_s, u"klantnummer"_s, u"street"_s, u"houseNumber"_s, u"postcode"_s,
                         u"city"_s, u"phone"_s, u"callback"_s, u"description"_s });
}

// "Nieuw verzoek" has the representative's fields beside each other too.
void TestDesk1280::newRequestBsnWarningShownWhole()
{
    setLanguage();
    const auto window = mainWindow(QSize(1280, 800));
    QVERIFY(window);
    window->newRequestAction()->trigger();
    auto *dialog = window->findChild<NewRequestDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const auto closing = qScopeGuard([dialog] { dialog->done(QDialog::Rejected); });
    auto *newPerson = dialog->findChild<QCheckBox *>(u"newPerson"_s);
    QVERIFY(newPerson);
    newPerson->setChecked(true);
    warningsShownWhole(dialog,
                       { u"name"_s, u"houseNumber"_s, u"representative"_s,
                         u"representativeOrganisation"_s, u"mandate"_s, u"representativeAddress"_s,
                         u"description"_s });
}

void TestDesk1280::breachDetailNotPushedDownByEmptyHolds_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<QSize>("size");
    for (const UiLanguage language : { UiLanguage::Dutch, UiLanguage::English }) {
        const char *name = language == UiLanguage::Dutch ? "nl" : "en";
        QTest::addRow("%s-1280", name) << language << QSize(1280, 800);
        QTest::addRow("%s-1920", name) << language << QSize(1920, 1080);
    }
}

// An empty box of holds took a title, a list of 110 px and a row of greyed buttons from the
// breach's own text; empty, it is one line with its add button.
void TestDesk1280::breachDetailNotPushedDownByEmptyHolds()
{
    setLanguage();
    QFETCH(QSize, size);
    const auto window = mainWindow(size);
    QVERIFY(window);
    window->setCurrentSection(MainWindow::Section::Breaches);
    BreachesPage *page = window->breachesPage();
    QVERIFY(page);
    QTRY_VERIFY(page->model()->rowCount() > 0);
    QString number;
    for (int row = 0; row < page->model()->rowCount() && number.isEmpty(); ++row) {
        const QString candidate = page->model()
                                      ->index(row, BreachListModel::NumberColumn)
                                      .data(BreachListModel::NumberRole)
                                      .toString();
        ServiceError error;
        const auto holds = ExternalHoldService(Session { *m_store })
                               .of(ExternalHoldService::Owner::Breach, candidate, &error);
        if (holds && holds->isEmpty())
            number = candidate;
    }
    QVERIFY2(!number.isEmpty(), "every demo breach has a hold");
    QVERIFY(page->showBreach(number));
    BreachDetailWidget *detail = page->detail();
    QTest::qWait(50);
    shot(window.get(), tagged("1280-breach-detail"));
    ExternalHoldsWidget *holds = detail->holds();
    QVERIFY(holds->isVisible());
    QVERIFY(holds->addButton()->isVisible());
    QVERIFY(wholeInWindow(holds->addButton()));
    QVERIFY2(!holds->list()->isVisible(), "an empty list of holds is shown");
    for (QPushButton *button :
         { holds->securedButton(), holds->releaseButton(), holds->keepButton() })
        QVERIFY2(!button->isVisible(), qPrintable(button->text()));
    // The title and one line: no more than the add button's row and a line of text.
    const int line = holds->fontMetrics().height();
    const int compact = holds->addButton()->height() + 2 * line + 20;
    QVERIFY2(
        holds->height() <= compact,
        qPrintable(u"the empty holds take %1 px, at most %2"_s.arg(holds->height()).arg(compact)));
    // The breach's text has the room: more than everything under it together.
    QTextBrowser *text = detail->browser();
    QVERIFY2(text->height() >= detail->height() / 2,
             qPrintable(u"the text has %1 of %2 px"_s.arg(text->height()).arg(detail->height())));
}

// The pie said "6(1)(e): 12" and left the sub's name to a legend that was cut at 1280 px: each
// slice says its sub with its name ("Art. 6(1)(c) legal obligation").
void TestDesk1280::basisSlicesNameTheirSub()
{
    setLanguage();
    const auto window = mainWindow(QSize(1280, 800));
    QVERIFY(window);
    window->setCurrentSection(MainWindow::Section::Dashboards);
    DashboardsPage *page = window->dashboardsPage();
    QVERIFY(page);
    page->setCurrentTab(DashboardsPage::Tab::Disclosures);
    QTRY_VERIFY(page->disclosureFigures().on.isValid());
    ChartPanel *bases = page->charts(DashboardsPage::Tab::Disclosures).at(1);
    QTRY_VERIFY(!bases->chart()->series().isEmpty());
    auto *pie = qobject_cast<QPieSeries *>(bases->chart()->series().value(0));
    QVERIFY(pie && pie->count() > 0);
    QTest::qWait(300); // the chart lays out its legend
    shot(bases, tagged("1280-disclosures-by-basis"));
    QStringList named;
    for (const CodeCount &basis : page->disclosureFigures().byLegalBasis) {
        if (basis.count == 0)
            continue;
        const auto legal = codes::from<LegalBasis>(basis.code);
        QVERIFY(legal);
        const QString words = codes::label(*legal);
        QVERIFY2(words.contains(basis.code), qPrintable(words)); // the label names the sub
        const QList<QPieSlice *> slices = pie->slices();
        const bool said = std::any_of(slices.cbegin(), slices.cend(), [&words](const QPieSlice *s) {
            return s->label().contains(words) && s->isLabelVisible();
        });
        QVERIFY2(said, qPrintable(u"no slice says '%1'"_s.arg(words)));
        named << words;
    }
    QVERIFY(!named.isEmpty());
    // Room for the longest label on either side of the pie, so that none is cut short.
    int widest = 0;
    for (const QPieSlice *slice : pie->slices())
        widest
            = std::max(widest, QFontMetrics(slice->labelFont()).horizontalAdvance(slice->label()));
    const QRectF plot = bases->chart()->plotArea();
    const qreal radius = std::min(plot.width(), plot.height()) * pie->pieSize() / 2;
    QVERIFY2(plot.width() / 2 - radius - 30 >= widest,
             qPrintable(u"a label needs %1 px beside the pie, has %2"_s.arg(widest).arg(
                 plot.width() / 2 - radius - 30)));
    if (qstrcmp(QTest::currentDataTag(), "en") == 0)
        QCOMPARE(codes::label(LegalBasis::LegalObligation), u"Art. 6(1)(c) legal obligation"_s);
}

// The "Other" column of the data table showed codes ("etnisch, religie"): it shows the names,
// and what is saved stays the codes.
void TestDesk1280::dataTableShowsCategoryNames()
{
    setLanguage();
    ProcessingActivity activity;
    activity.purposeCode = u"A"_s;
    activity.purpose = u"Leveren van diensten"_s;
    activity.subCode = u"A.9"_s;
    activity.subPurpose = u"Toewijzen van woonruimte"_s;
    activity.name = u"Urgentieaanvragen"_s;
    activity.legalBases = { u"b"_s };
    activity.subjects = { u"woningzoekenden"_s };
    activity.dataCategories = { { u"naam en contactgegevens"_s, {} } };
    activity.dataCategories.append(
        { u"gegevens over de gezinssituatie"_s, { u"etnisch"_s, u"religie"_s } });
    activity.specialException = u"a"_s;
    ProcessingActivityDialog dialog(Session { *m_store }, activity);
    dialog.resize(1200, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *data = dialog.findChild<QTableWidget *>(u"dataCategories"_s);
    QVERIFY(data);
    const int row = data->rowCount() - 1;
    QCOMPARE(data->item(row, ProcessingActivityDialog::NameColumn)->text(),
             u"gegevens over de gezinssituatie"_s);
    const QString other = data->item(row, ProcessingActivityDialog::OtherColumn)->text();
    QCOMPARE(other,
             ProcessingRegister::specialCategoryLabel(u"etnisch"_s) + u", "_s
                 + ProcessingRegister::specialCategoryLabel(u"religie"_s));
    QTest::qWait(20);
    shot(&dialog, tagged("1280-processing-data"));
    // The names are whole, and the table does not scroll sideways to show them.
    const QAbstractItemView *view = data;
    QVERIFY2(data->columnWidth(ProcessingActivityDialog::NameColumn)
                 >= view->sizeHintForColumn(ProcessingActivityDialog::NameColumn),
             qPrintable(u"the names have %1 px, need %2"_s
                            .arg(data->columnWidth(ProcessingActivityDialog::NameColumn))
                            .arg(view->sizeHintForColumn(ProcessingActivityDialog::NameColumn))));
    QVERIFY(!data->horizontalScrollBar()->isVisible());
    QCOMPARE(dialog.activity().dataCategories.constLast().special,
             QStringList({ u"etnisch"_s, u"religie"_s }));
    // A name typed (any case) or a code is saved as the code.
    data->item(row, ProcessingActivityDialog::OtherColumn)
        ->setText(ProcessingRegister::specialCategoryLabel(u"politiek"_s).toUpper()
                  + u", vakbond"_s);
    QCOMPARE(dialog.activity().dataCategories.constLast().special,
             QStringList({ u"politiek"_s, u"vakbond"_s }));
}

void TestDesk1280::completeStaysInTheBar_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<QSize>("size");
    for (const UiLanguage language : { UiLanguage::Dutch, UiLanguage::English }) {
        const char *name = language == UiLanguage::Dutch ? "nl" : "en";
        QTest::addRow("%s-1280", name) << language << QSize(1280, 800);
        QTest::addRow("%s-1200", name) << language << QSize(1200, 800);
    }
}

// With the identification and the mandate still to come, "Complete…" went behind "»".
void TestDesk1280::completeStaysInTheBar()
{
    setLanguage();
    QFETCH(QSize, size);
    const auto window = mainWindow(size);
    QVERIFY(window);
    window->setCurrentSection(MainWindow::Section::Requests);
    window->openCase(m_unidentified);
    CaseDetailWidget *detail = window->caseDetail();
    QTRY_COMPARE(detail->currentNumber(), m_unidentified);
    QTest::qWait(50); // the bar lays out its buttons
    auto *bar = detail->findChild<QToolBar *>(u"caseActions"_s);
    QVERIFY(bar);
    shot(window.get(), tagged("1280-request-bar"));
    QVERIFY(detail->completeAction()->isEnabled());
    QVERIFY(bar->actions().contains(detail->receiveIdentificationAction()));
    QWidget *complete = bar->widgetForAction(detail->completeAction());
    QTRY_VERIFY2(complete && complete->isVisible(), "Complete… went behind »");
    const QRect inBar(complete->mapTo(bar, QPoint(0, 0)), complete->size());
    QVERIFY2(bar->rect().contains(inBar), "Complete… is outside the bar");
    QVERIFY(wholeInWindow(complete));
}

PRIVACYDESK_TEST_MAIN_ON_SCREEN(TestDesk1280, 1280, 800)

#include "tst_desk1280.moc"
