// The desk at 1200-1280 px (trap 3), on an offscreen screen of 1200×800 and on a real
// store, in Dutch and English: the request's toolbar shows what applies now ("Complete…" in the
// bar, not behind "»"); the overview of a completed request shows every label and value
// (the extension, the motivation), wrapped, not cut; the completion dialog with "Deels
// toegewezen" fits the screen with OK in reach; the processing-activity editor fits and does
// not scroll sideways; the columns take the width where the content is; "Nieuw verzoek" shows
// every field's placeholder whole, the representative's too, and still fits once an
// e-mail has filled it in.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ScreenTestMain.h"
#include "TestSupport.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseService.h"
#include "domain/DataCategory.h"
#include "intake/NewRequestDialog.h"
#include "registers/DisclosureListModel.h"
#include "registers/Disclosures.h"
#include "registers/DisclosuresPage.h"
#include "registers/ProcessingActivityDialog.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;
using pd::test::tagged;
using pd::test::wholeInWindow;

namespace {

const QString longName
    = u"Maria Magdalena Johanna van der Westerhuizen-Oudshoorn de Bruijn van Rietveld"_s;
const QString longMotivation = u"Een deel van de gevraagde gegevens is niet verstrekt, omdat "
                               "deze ook gegevens van andere huurders bevatten (art. 15 lid 4 AVG)"
                               ". De overige gegevens zijn volledig verstrekt, met een toelichting"
                               " per bron. Wie het hier niet mee eens is, kan een klacht indienen "
                               "bij de Autoriteit Persoonsgegevens of naar de rechter gaan."_s;
const QString longReason = u"Het verzoek is complex: gegevens uit vier systemen en drie "
                           "afdelingen moeten worden verzameld en gecontroleerd."_s;

void shot(QWidget *widget, const QString &name)
{
    QVERIFY(test::saveShot(widget, test::shotsDir(), name));
}

// The width a line edit has for its text (its frame, its text margins and Qt's two pixels each
// side taken off).
int textRoom(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame()
        ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
        : 0;
    const QRect contents = edit->style()
                               ->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                               .marginsRemoved(edit->textMargins());
    return contents.width() - 2 * 2;
}

// The width a combo box has for the text of its current item.
int textRoom(const QComboBox *box)
{
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.rect = box->rect();
    option.editable = box->isEditable();
    return box->style()
        ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box)
        .width();
}

// What under root does not show whole: a field's placeholder, a choice of a list, a label.
QStringList cutIn(const QWidget *root)
{
    QStringList cut;
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        const int needs = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (edit->isVisibleTo(root) && !edit->placeholderText().isEmpty() && needs > textRoom(edit))
            cut << u"%1 '%2' needs %3 px, has %4"_s.arg(edit->objectName(), edit->placeholderText())
                       .arg(needs)
                       .arg(textRoom(edit));
    }
    for (const QComboBox *box : root->findChildren<QComboBox *>()) {
        for (int i = 0; box->isVisibleTo(root) && i < box->count(); ++i) {
            const int needs = box->fontMetrics().horizontalAdvance(box->itemText(i));
            if (needs > textRoom(box))
                cut << u"%1 '%2' needs %3 px, has %4"_s.arg(box->objectName(), box->itemText(i))
                           .arg(needs)
                           .arg(textRoom(box));
        }
    }
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root) && !label->wordWrap() && !label->text().isEmpty()
            && label->sizeHint().width() > label->width() + 1)
            cut << u"label '%1' needs %2 px, has %3"_s.arg(label->text())
                       .arg(label->sizeHint().width())
                       .arg(label->width());
    }
    return cut;
}

} // namespace

class TestNarrowDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languages_data();
    void toolbarShowsWhatApplies_data() { languages_data(); }
    void toolbarShowsWhatApplies();
    void overviewAfterCompletion_data() { languages_data(); }
    void overviewAfterCompletion();
    void overviewShowsWhatTheCompletionRecorded();
    void completionWithPartialGrantFits_data() { languages_data(); }
    void completionWithPartialGrantFits();
    void columnsWhereTheContentIs_data();
    void columnsWhereTheContentIs();
    void newRequestShowsEveryField_data() { languages_data(); }
    void newRequestShowsEveryField();
    void firstStartTakesTheWholeScreen();

private:
    void setLanguage();
    QString addCase(const QString &name, const QList<RequestType> &types);
    // The desk at size on the requests page, with this request open (if any); null if not.
    std::unique_ptr<MainWindow> mainWindow(QSize size, const QString &number = {});

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CaseService> m_service;
    QString m_open; // open, identified, of three kinds, by a long name
    QString m_completed; // extended, partly granted with a long motivation
};

void TestNarrowDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    if (QGuiApplication::platformName() == u"offscreen"_s)
        QCOMPARE(screen->availableGeometry().size(), QSize(1200, 800));
    m_store = test::createTestStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_service = std::make_unique<CaseService>(Session { *m_store });
    const QDate today = systemClock().today();
    ServiceError error;
    m_open = addCase(longName,
                     { RequestType::Inzage, RequestType::Rectificatie, RequestType::Verwijdering });
    QVERIFY(!m_open.isEmpty());
    QVERIFY2(
        m_service->receiveIdentification(m_open, today.addDays(-1), IdMethod::Balie, true, &error),
        qPrintable(error.message));
    m_completed = addCase(u"Jan de Vries"_s, { RequestType::Inzage });
    QVERIFY(!m_completed.isEmpty());
    QVERIFY2(m_service->receiveIdentification(m_completed, today.addDays(-2), IdMethod::Balie, true,
                                              &error),
             qPrintable(error.message));
    QVERIFY2(
        m_service->extend(m_completed, longReason, today.addDays(-1), BsnCheck::Refuse, &error),
        qPrintable(error.message));
    Completion done;
    done.outcome = Outcome::DeelsToegewezen;
    done.grounds = { RefusalGround::Art15_4 };
    done.motivation = longMotivation;
    done.granted = u"Een overzicht van de gegevens uit het huurdersdossier en de klantcontacten."_s;
    done.answered = today;
    done.answerChannel = u"brief"_s;
    QVERIFY2(m_service->complete(m_completed, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));

    // Two disclosures that answer no request: the "Request" column is empty.
    Recipient recipient;
    recipient.name = u"Gemeente Voorbeeldhaven"_s;
    recipient.category = RecipientCategory::Gemeente;
    recipient.role = RecipientRole::Ontvanger;
    recipient.contact = u"privacy@voorbeeldhaven.nl"_s;
    const auto added
        = RecipientService(Session { *m_store }).add(recipient, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    const Case person = *m_service->find(m_open);
    for (int i = 0; i < 2; ++i) {
        Disclosure d;
        d.date = today.addDays(-i);
        d.recipientId = added->id;
        d.persons = { DisclosurePerson { person.person.id, {}, {} } };
        d.data = { DataCategory::Naw, DataCategory::Contact };
        d.purpose = u"Aanpak woonoverlast"_s;
        d.basis = LegalBasis::PublicTask;
        d.basisText = u"Convenant Woonoverlast Voorbeeldhaven"_s;
        d.informed = InformedStatus::Pending;
        QVERIFY2(DisclosureService(Session { *m_store }).add(d, BsnCheck::Refuse, &error),
                 qPrintable(error.message));
    }
}

void TestNarrowDesk::languages_data()
{
    test::addLanguageRows();
}

void TestNarrowDesk::setLanguage()
{
    QVERIFY(test::installRowLanguage());
}

QString TestNarrowDesk::addCase(const QString &name, const QList<RequestType> &types)
{
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = u"K%1"_s.arg(name.size() * 10 + types.size());
    request.types = types;
    request.channel = Channel::Telefoon;
    request.receivedDate = systemClock().today().addDays(-5);
    request.description = u"Wil weten welke gegevens de corporatie van haar heeft."_s;
    request.callbackPhone = u"06-12345678"_s;
    request.handler = m_store->userName();
    ServiceError error;
    const auto added = m_service->add(request, BsnCheck::Refuse, &error);
    if (!added)
        qWarning("add failed: %s", qPrintable(error.message));
    return added ? added->number : QString();
}

std::unique_ptr<MainWindow> TestNarrowDesk::mainWindow(QSize size, const QString &number)
{
    auto window = std::make_unique<MainWindow>(Session { *m_store });
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    window->setCurrentSection(MainWindow::Section::Requests);
    if (number.isEmpty())
        return window;
    window->openCase(number);
    CaseDetailWidget *detail = window->caseDetail();
    if (!QTest::qWaitFor([detail, number] { return detail->currentNumber() == number; }))
        return {};
    return window;
}

// Trap 3: at 1200 px "Afronden…" went behind the toolbar's "»" while greyed identification
// buttons kept their places.
void TestNarrowDesk::toolbarShowsWhatApplies()
{
    setLanguage();
    const auto window = mainWindow(QSize(1200, 800), m_open);
    QVERIFY(window);
    CaseDetailWidget *detail = window->caseDetail();
    QTest::qWait(50); // the toolbar lays out its buttons
    auto *bar = detail->findChild<QToolBar *>(u"caseActions"_s);
    QVERIFY(bar);
    shot(window.get(), tagged("narrow-open-request"));
    const auto completeButton = [bar, detail] {
        return bar->widgetForAction(detail->completeAction());
    };
    QTRY_VERIFY2(completeButton() && completeButton()->isVisible(),
                 "Complete… is not in the bar at 1200 px (it went behind »)");
    QVERIFY(wholeInWindow(completeButton()));
    // The identity is established: asking for it or recording it does not apply.
    for (QAction *action :
         { detail->requestIdentificationAction(), detail->receiveIdentificationAction() }) {
        QVERIFY2(!bar->actions().contains(action), qPrintable(action->objectName()));
        // The menu keeps it, greyed, with the reason in its tooltip.
        QVERIFY(action->isVisible());
        QVERIFY(!action->isEnabled());
    }

    // Completed: what follows the completion shows, the completion and the extension do not.
    window->openCase(m_completed);
    QTRY_COMPARE(detail->currentNumber(), m_completed);
    QVERIFY(!bar->actions().contains(detail->completeAction()));
    QVERIFY(!bar->actions().contains(detail->extendAction()));
    QVERIFY(bar->actions().contains(detail->reopenAction()));
    QTRY_VERIFY(bar->widgetForAction(detail->reopenAction())
                && bar->widgetForAction(detail->reopenAction())->isVisible());
}

// Trap 3: after completion the overview cut "Verlenging" and dropped the motivation.
// The overview shows what the completion recorded beyond the outcome (the data that
// changed, what an objection was about) and the controller a portability export goes to.
void TestNarrowDesk::overviewShowsWhatTheCompletionRecorded()
{
    QVERIFY(installTranslations(UiLanguage::Dutch));
    ServiceError error;
    const QDate today = systemClock().today();
    const QString decided
        = addCase(u"R. Rectificeer"_s, { RequestType::Rectificatie, RequestType::Bezwaar });
    QVERIFY(!decided.isEmpty());
    QVERIFY2(
        m_service->receiveIdentification(decided, today.addDays(-1), IdMethod::Balie, true, &error),
        qPrintable(error.message));
    Completion done;
    done.outcome = Outcome::Toegewezen;
    done.changedData = { DataCategory::Contact };
    done.objection = { { ObjectionSubject::Nieuwsbrief, {}, true },
                       { ObjectionSubject::Overig, u"Enquêtes per sms"_s, true } };
    done.answered = today;
    done.answerChannel = u"brief"_s;
    QVERIFY2(m_service->complete(decided, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString portability
        = addCase(u"O. Overdrager-Verhuist"_s, { RequestType::Overdraagbaarheid });
    QVERIFY(!portability.isEmpty());
    QVERIFY2(m_service->setTransmitTo(
                 portability, { u"Woonstichting Nieuw Thuis"_s, u"privacy@nieuwthuis.example"_s },
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));

    const auto overview = [this](const QString &number) {
        const auto window = mainWindow(QSize(1200, 800), number);
        if (!window)
            return QString();
        window->caseDetail()->setCurrentTab(CaseDetailWidget::Tab::Overview);
        auto *area = window->caseDetail()->findChild<QScrollArea *>(u"overviewTab"_s);
        QStringList texts;
        for (const QLabel *label : area->widget()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    };
    const QString decidedText = overview(decided);
    QVERIFY2(decidedText.contains(u"Gewijzigde gegevens:"_s), qPrintable(decidedText));
    QVERIFY2(decidedText.contains(codes::label(DataCategory::Contact)), qPrintable(decidedText));
    QVERIFY2(decidedText.contains(u"Bezwaar over:"_s), qPrintable(decidedText));
    QVERIFY2(decidedText.contains(u"Nieuwsbrief: gestopt"_s), qPrintable(decidedText));
    QVERIFY2(decidedText.contains(u"Enquêtes per sms: gestopt"_s), qPrintable(decidedText));
    const QString portabilityText = overview(portability);
    QVERIFY2(portabilityText.contains(u"Ontvangende organisatie:"_s), qPrintable(portabilityText));
    QVERIFY2(portabilityText.contains(u"Woonstichting Nieuw Thuis (privacy@nieuwthuis.example)"_s),
             qPrintable(portabilityText));
}

void TestNarrowDesk::overviewAfterCompletion()
{
    setLanguage();
    const auto window = mainWindow(QSize(1200, 800), m_completed);
    QVERIFY(window);
    CaseDetailWidget *detail = window->caseDetail();
    detail->setCurrentTab(CaseDetailWidget::Tab::Overview);
    QTest::qWait(50);
    auto *area = detail->findChild<QScrollArea *>(u"overviewTab"_s);
    QVERIFY(area);
    shot(window.get(), tagged("narrow-completed-overview"));
    QVERIFY2(!area->horizontalScrollBar()->isVisible(), "the overview scrolls sideways");
    bool motivationShown = false;
    bool extensionShown = false;
    const QList<QLabel *> labels = area->widget()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isHidden() || label->text().isEmpty())
            continue;
        const QString text = label->text();
        QVERIFY2(label->isVisibleTo(area->widget()), qPrintable(text));
        // Inside the form: not beyond its right edge, and tall enough for its wrapped text.
        const QRect inForm(label->mapTo(area->widget(), QPoint(0, 0)), label->size());
        QVERIFY2(inForm.right() <= area->viewport()->width() + 1,
                 qPrintable(u"'%1' reaches beyond the right edge"_s.arg(text)));
        // Below the form's end it is not shown at all (scrolling does not reach it).
        QVERIFY2(area->widget()->rect().contains(inForm),
                 qPrintable(u"'%1' lies outside the overview"_s.arg(text)));
        if (label->wordWrap()) {
            QVERIFY2(label->heightForWidth(label->width()) <= label->height() + 1,
                     qPrintable(u"'%1' is cut off below"_s.arg(text)));
        } else {
            QVERIFY2(label->sizeHint().width() <= label->width() + 1,
                     qPrintable(u"'%1' needs %2 px, has %3"_s.arg(text)
                                    .arg(label->sizeHint().width())
                                    .arg(label->width())));
        }
        QVERIFY2(label->height() > 0, qPrintable(text));
        motivationShown = motivationShown || text.contains(longMotivation);
        extensionShown = extensionShown || text.contains(longReason);
    }
    QVERIFY2(motivationShown, "the motivation is not on the overview");
    QVERIFY2(extensionShown, "the extension is not on the overview");
}

// Trap 3: "Deels toegewezen" grew the completion dialog below the screen.
void TestNarrowDesk::completionWithPartialGrantFits()
{
    setLanguage();
    const auto window = mainWindow(QSize(1200, 800), m_open);
    QVERIFY(window);
    CaseDetailWidget *detail = window->caseDetail();
    const Case c = *m_service->find(m_open);
    auto *dialog = new CompleteDialog(*m_service, c, systemClock().today(), detail);
    const auto cleanup = qScopeGuard([dialog] { delete dialog; });
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *outcome = dialog->findChild<QComboBox *>(u"outcome"_s);
    QVERIFY(outcome);
    const int partly = static_cast<int>(Outcome::DeelsToegewezen);
    QVERIFY(outcome->findData(partly) >= 0);
    outcome->setCurrentIndex(outcome->findData(partly));
    // The largest choice: every kind partly granted too (what was done, and why not the rest).
    for (KindDecisionBox *box : dialog->findChildren<KindDecisionBox *>()) {
        auto *kindOutcome = box->findChild<QComboBox *>();
        QVERIFY(kindOutcome);
        kindOutcome->setCurrentIndex(kindOutcome->findData(partly));
    }
    QTest::qWait(100); // the dialog grows with the parts shown
    shot(dialog, tagged("narrow-complete-partly"));
    const QRect available = dialog->screen()->availableGeometry();
    QVERIFY2(dialog->frameGeometry().width() <= available.width()
                 && dialog->frameGeometry().height() <= available.height(),
             qPrintable(u"%1×%2 on %3×%4"_s.arg(dialog->frameGeometry().width())
                            .arg(dialog->frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(ok);
    QVERIFY2(wholeInWindow(ok), "OK is not inside the dialog");
    auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QVERIFY(wholeInWindow(cancel));
    // Every kind's decision is there (scrolled to if need be).
    const QList<KindDecisionBox *> kinds = dialog->findChildren<KindDecisionBox *>();
    QCOMPARE(kinds.size(), 3);
    for (const KindDecisionBox *box : kinds)
        QVERIFY(box->isVisibleTo(dialog));
}

void TestNarrowDesk::columnsWhereTheContentIs_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<QSize>("size");
    for (const UiLanguage language : { UiLanguage::Dutch, UiLanguage::English }) {
        const char *name = language == UiLanguage::Dutch ? "nl" : "en";
        QTest::addRow("%s-1920", name) << language << QSize(1920, 1080);
        QTest::addRow("%s-1200", name) << language << QSize(1200, 800);
    }
}

// "And:" of at 1920 px the names took 670 px while the kinds, the channel and the
// days left were cut; an empty "Request" column took a quarter of the disclosures page.
void TestNarrowDesk::columnsWhereTheContentIs()
{
    setLanguage();
    QFETCH(QSize, size);
    const auto window = mainWindow(size);
    QVERIFY(window);
    CaseListPage *list = window->caseListPage();
    QTRY_VERIFY(list->model()->rowCount() >= 1);
    QTableView *table = list->view();
    // What the column's rows in view need (public through the base class).
    const QAbstractItemView *view = table;
    QHeaderView *header = table->horizontalHeader();
    const auto checkList = [&](const QString &where) {
        QTest::qWait(50); // the rows are in, the columns fitted
        for (const int column : { CaseListModel::TypesColumn, CaseListModel::ChannelColumn,
                                  CaseListModel::DaysLeftColumn, CaseListModel::StateColumn,
                                  CaseListModel::DeadlineColumn, CaseListModel::ReceivedColumn }) {
            const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= view->sizeHintForColumn(column),
                     qPrintable(u"%1: '%2' has %3 px, its rows need %4"_s.arg(where, title)
                                    .arg(header->sectionSize(column))
                                    .arg(view->sizeHintForColumn(column))));
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(u"%1: the title '%2' is cut"_s.arg(where, title)));
        }
    };
    checkList(u"the list"_s);
    shot(window.get(), tagged("columns-list"));
    window->openCase(m_open);
    QTRY_COMPARE(window->caseDetail()->currentNumber(), m_open);
    checkList(u"beside a request"_s);

    window->setCurrentSection(MainWindow::Section::Disclosures);
    DisclosuresPage *disclosures = window->disclosuresPage();
    QVERIFY(disclosures);
    QTableView *register_ = disclosures->view();
    QVERIFY(register_);
    QTRY_VERIFY(register_->model()->rowCount() >= 2);
    QTest::qWait(50);
    shot(window.get(), tagged("columns-disclosures"));
    QHeaderView *columns = register_->horizontalHeader();
    const int request = DisclosureListModel::CaseColumn;
    QVERIFY2(columns->sectionSize(request) <= columns->sectionSizeHint(request) + 1,
             qPrintable(u"the empty request column has %1 px, its title needs %2"_s
                            .arg(columns->sectionSize(request))
                            .arg(columns->sectionSizeHint(request))));
    QVERIFY(columns->sectionSize(request) >= columns->sectionSizeHint(request));
    // The room goes to what was disclosed.
    QVERIFY(columns->sectionSize(DisclosureListModel::DataColumn)
            >= columns->sectionSize(DisclosureListModel::DateColumn));
}

// The representative's fields were cramped beside the dates ("Gemachtigde" 110 px
// wide, the mandate 65 px, "Wie namens de…", "bijv. sc…"). At 1200×800 every field of "Nieuw
// verzoek" shows its placeholder whole, every capacity fits its list, every label its text; also
// once an e-mail has filled it in and a representative is typed, when it still fits the screen.
void TestNarrowDesk::newRequestShowsEveryField()
{
    setLanguage();
    const auto window = mainWindow(QSize(1200, 800));
    QVERIFY(window);
    window->newRequestAction()->trigger();
    auto *dialog = window->findChild<NewRequestDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const auto closing = qScopeGuard([dialog] { dialog->done(QDialog::Rejected); });
    const QSize opened = dialog->size();
    QStringList cut = cutIn(dialog);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
    shot(dialog, tagged("narrow-newrequest-empty"));

    const QByteArray mail = "From: =?UTF-8?Q?Jos=C3=A9_de_Groot?= <jose.degroot@example.org>\r\n"
                            "To: privacy@woningstichting.example\r\n"
                            "Subject: Verzoek om inzage voor mijn moeder\r\n"
                            "Date: Mon, 16 Nov 2026 09:12:00 +0100\r\n"
                            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                            "Graag een overzicht van de gegevens van mijn moeder.\r\n";
    QVERIFY(dialog->addOriginal({ u"Verzoek om inzage.eml"_s, mail, {} }));
    dialog->findChild<QLineEdit *>(u"representative"_s)->setText(u"José de Groot"_s);
    QCoreApplication::processEvents(); // the dialog lays out what the e-mail filled in
    dialog->layout()->activate();
    cut = cutIn(dialog);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
    // It did not have to grow: it fits the size it opened with at 1200×800.
    QVERIFY2(
        dialog->minimumSizeHint().height() <= opened.height(),
        qPrintable(
            u"needs %1 px, has %2"_s.arg(dialog->minimumSizeHint().height()).arg(opened.height())));
    QCOMPARE(dialog->size(), opened);
    QVERIFY(wholeInWindow(dialog->findChild<QPushButton *>(u"saveButton"_s)));
    shot(dialog, tagged("narrow-newrequest-from-eml"));
}

// A first start at 1200×800 (no saved size): the desk is shown maximized, not at 95 % of the
// screen with its columns cut; once the officer's own size is saved, that size comes back.
void TestNarrowDesk::firstStartTakesTheWholeScreen()
{
    QSettings().remove(u"mainWindow/geometry"_s);
    {
        MainWindow first(Session { *m_store });
        QVERIFY(first.wantsWholeScreen());
        first.showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.showNormal();
        first.resize(1000, 700);
        first.close(); // saves its size
    }
    QVERIFY(!QSettings().value(u"mainWindow/geometry"_s).toByteArray().isEmpty());
    const MainWindow again(Session { *m_store });
    QVERIFY(!again.wantsWholeScreen());
}

PRIVACYDESK_TEST_MAIN_ON_SCREEN(TestNarrowDesk, 1200, 800)

#include "tst_narrowdesk.moc"
