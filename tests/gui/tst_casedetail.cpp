// The case detail view and its actions, offscreen on a real store: the header and tabs of a
// request, identification requested and received, the extension dialog refusing a notice after
// the legal one-month deadline, completing with and without grounds, reopening, a note with a
// number that passes the BSN 11-proef (computed here at run time: no such number is written in
// this file), and the Tijdlijn showing every action at once. Dates are relative to today.
//
// With PRIVACYDESK_SHOTS_DIR=dir it also saves PNGs of a demo request, its Tijdlijn and the
// extension and completion dialogs (PRIVACYDESK_SHOTS_LANG=nl for Dutch); run under xvfb-run
// with QT_QPA_PLATFORM=xcb to see real fonts.

#include "DialogFocus.h"
#include "DocumentFixture.h"
#include "GuiTestSupport.h"
#include "MessageLabel.h"
#include "OrganisationSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/AssignHandlerDialog.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseDocumentsWidget.h"
#include "cases/CaseService.h"
#include "cases/PersonRecordDialogs.h"
#include "demo/DemoData.h"
#include "documents/ComplaintDossierDialog.h"
#include "documents/DocumentPreview.h"
#include "documents/EventText.h"
#include "documents/LetterDialog.h"
#include "documents/PersonExport.h"
#include "documents/PersonExportWizard.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"
#include "domain/Holidays.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

namespace {

const QString longName = u"Anne-Marie van der Heijden-Çelik"_s;

QLabel *label(const QWidget *parent, const char *name)
{
    return parent->findChild<QLabel *>(QLatin1StringView(name));
}

bool shown(const QWidget *widget)
{
    return widget && !widget->isHidden();
}

// Shown in the dialog: the widget and every parent up to it (a part may hide its fields).
bool inDialog(const QWidget *dialog, const QWidget *widget)
{
    return widget && widget->isVisibleTo(dialog);
}

using pd::test::elfProefNumber;

QStringList timelineActions(const CaseDetailWidget &widget)
{
    auto *view = widget.findChild<QTreeView *>(u"timeline"_s);
    QStringList actions;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        actions << view->model()->index(row, 1).data(Qt::UserRole).toString();
    return actions;
}

void shot(QWidget *widget, const QString &name)
{
    QVERIFY(test::saveShot(widget, test::shotsDir(), name));
}

} // namespace

class TestCaseDetail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyAndUnknown();
    void header();
    void mandateFileOffersItsReceipt();
    void completeWaitsForTheCopy();
    void identification();
    void identificationIsConfirmed();
    void extensionRefusesLateNotice();
    void actionDialogsOpenInTheirFirstField();
    void completeAndReopen();
    void emptyPortabilityExportIsNotGranted();
    void portabilityWithNothingToExportIsNotGranted();
    void completeOffersOnlyFittingGrounds();
    void completeObjectionToDirectMarketing();
    void completeRecordsWhatChangedAndWhatStopped();
    void completeByKeyboard();
    void noteWithBsnNeedsOverride();
    void noteMarkedNotForTheComplainant();
    void personSourceOnTheOverview();
    void assignAHandler();
    void timelineOrder();
    void documentsTabRecordsLetters();
    void screenshots();
    void personRelationOnTheOverview();
    void personRecordOnTheOverview();

private:
    // The inzage report exported for the request today, as the copy of its answer.
    bool exportReport(const QString &number);
    QString addCase(const QString &name, int daysAgo, Channel channel = Channel::Telefoon,
                    const QList<RequestType> &types
                    = { RequestType::Inzage, RequestType::Verwijdering });
    // Identification received at the desk yesterday.
    void identify(const QString &number);
    // The request's events on the audit trail.
    qsizetype caseEvents(const QString &number) const
    {
        return AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
            .eventsFor(u"case"_s, number)
            .size();
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CaseService> m_service;
};

void TestCaseDetail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(UiLanguage::English));
    QVERIFY(m_tmp.isValid());
    m_store = pd::test::createServiceStore(m_tmp.filePath(u"store"_s));
    {
        // Letters need the organisation's name, postal address and contact.
        OrganisationSettings settings(Session { *m_store });
        OrganisationDetails details = settings.details();
        details.name = u"Woonstichting Voorbeeldhaven"_s;
        details.street = u"Havenstraat 12"_s;
        details.postcode = u"1234 AB"_s;
        details.city = u"Voorbeeldhaven"_s;
        details.privacyEmail = u"privacy@voorbeeldhaven.nl"_s;
        ServiceError error;
        QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
        const QString chosen = test::chooseForLetters(Session { *m_store });
        QVERIFY2(chosen.isEmpty(), qPrintable(chosen));
    }
    QVERIFY(m_store);
    m_service = std::make_unique<CaseService>(Session { *m_store });
}

QString TestCaseDetail::addCase(const QString &name, int daysAgo, Channel channel,
                                const QList<RequestType> &types)
{
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = u"K-%1"_s.arg(name.size() * 1000 + daysAgo);
    request.types = types;
    request.channel = channel;
    request.receivedDate = pd::systemClock().today().addDays(-daysAgo);
    request.description = u"Wil weten welke gegevens de corporatie van haar heeft."_s;
    request.callbackPhone = u"06-12345678"_s;
    request.handler = m_store->userName();
    ServiceError error;
    const auto c = m_service->add(request, BsnCheck::Refuse, &error);
    if (!c)
        qWarning("add failed: %s", qPrintable(error.message));
    return c ? c->number : QString();
}

void TestCaseDetail::identify(const QString &number)
{
    ServiceError error;
    QVERIFY2(m_service->receiveIdentification(number, pd::systemClock().today().addDays(-1),
                                              IdMethod::Balie, true, &error),
             qPrintable(error.message));
}

void TestCaseDetail::emptyAndUnknown()
{
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.currentNumber().isEmpty());
    for (QAction *action : widget.caseActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(!widget.showCase(u"AVG-1999-9999"_s));
    QVERIFY(widget.currentNumber().isEmpty());
}

// A file kept as machtiging with a representative's request that waits for it opens "Mandate
// received" (today's date filled in): nothing is granted before it is recorded.
void TestCaseDetail::mandateFileOffersItsReceipt()
{
    NewCase request;
    request.person.name = u"T. Bewind"_s;
    request.person.klantnummer = u"K-MANDAAT"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Brief;
    request.receivedDate = pd::systemClock().today().addDays(-2);
    request.representative = u"mr. P. Hendriks"_s;
    request.representativeAuthority = RepresentativeAuthority::Bewindvoerder;
    ServiceError error;
    const auto c = m_service->add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    QVERIFY(c->awaitsMandate());
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(c->number));
    auto *documents = widget.findChild<CaseDocumentsWidget *>(u"caseDocuments"_s);
    QVERIFY(documents);
    auto *kind = documents->findChild<QComboBox *>(u"addFileKind"_s);
    kind->setCurrentIndex(kind->findData(static_cast<int>(AttachmentKind::Machtiging)));
    const QString path = m_tmp.filePath(u"beschikking.pdf"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pd::test::minimalPdf("beschikking", QByteArray(5000, '\x01')));
    }
    QCOMPARE(documents->addFiles({ path }), 1);
    auto *dialog = qobject_cast<MandateDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Mandate received"_s);
    QCOMPARE(dialog->dateEdit()->date(), pd::systemClock().today());
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    const auto after = m_service->find(c->number, &error);
    QVERIFY2(after, qPrintable(error.message));
    QCOMPARE(after->mandate.received, pd::systemClock().today());
}

void TestCaseDetail::header()
{
    const QString number = addCase(longName, 3);
    QVERIFY(!number.isEmpty());
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.resize(1000, 700);
    widget.show();
    QVERIFY(widget.showCase(number));
    QCOMPARE(widget.currentNumber(), number);
    QCOMPARE(label(&widget, "personName")->text(), longName);
    QVERIFY(label(&widget, "subtitle")->text().contains(number));
    QVERIFY(label(&widget, "subtitle")->text().contains(u"customer number K-"));
    QCOMPARE(label(&widget, "state")->text(), u"Received"_s);
    const QString deadline = label(&widget, "deadline")->text();
    QVERIFY2(deadline.contains(u" left (") && deadline.contains(u"deadline)"),
             qPrintable(deadline));
    QVERIFY(!shown(label(&widget, "extendedBadge")));
    QVERIFY(!shown(label(&widget, "overdue")));
    // The request types as labels.
    const QStringList types = [&] {
        QStringList texts;
        for (QLabel *chip : widget.findChild<QWidget *>(u"types"_s)->findChildren<QLabel *>())
            texts << chip->text();
        return texts;
    }();
    QCOMPARE(types, QStringList({ u"Access (art. 15)"_s, u"Erasure (art. 17)"_s }));
    // The five tabs.
    auto *tabs = widget.findChild<QTabWidget *>(u"caseTabs"_s);
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->tabText(0), u"Overview"_s);
    // The Verstrekkingen tab holds the person's disclosures (the register).
    QVERIFY(widget.findChild<QWidget *>(u"caseDisclosures"_s));
    // The Documenten tab lists the letters.
    QVERIFY(widget.findChild<CaseDocumentsWidget *>(u"caseDocuments"_s));

    QVERIFY(widget.requestIdentificationAction()->isEnabled());
    QVERIFY(widget.receiveIdentificationAction()->isEnabled());
    QVERIFY(widget.extendAction()->isEnabled());
    QVERIFY(widget.completeAction()->isEnabled());
    QVERIFY(widget.noteAction()->isEnabled());
    QVERIFY(!widget.reopenAction()->isEnabled());
    QCOMPARE(widget.extendAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(widget.timelineLines().size(), 1);
    QVERIFY(widget.timelineLines().first().contains(u"Request registered by"));

    // An overdue request says so in words as well as in colour. Received 80 days ago or a few
    // more, so that the default policy's 30 days end on a working day (a weekend or holiday
    // would move the own deadline on): late against the law and against the organisation's own
    // deadline, each said with its own count.
    int daysAgo = 80;
    while (!WorkingDays().isWorkingDay(pd::systemClock().today().addDays(30 - daysAgo)))
        ++daysAgo;
    const QString old = addCase(u"P. Jansen"_s, daysAgo);
    QVERIFY(widget.showCase(old));
    QVERIFY(shown(label(&widget, "overdue")));
    QCOMPARE(label(&widget, "overdue")->text(), u"Overdue"_s);
    const QString late = label(&widget, "deadline")->text();
    QVERIFY2(late.contains(u"legally "_s)
                 && late.contains(u"own deadline %1 days late"_s.arg(daysAgo - 30)),
             qPrintable(late));
}

void TestCaseDetail::identification()
{
    const QString number = addCase(u"B. de Boer"_s, 2, Channel::Balie);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    QSignalSpy changed(&widget, &CaseDetailWidget::caseChanged);
    widget.show();
    QVERIFY(widget.showCase(number));

    widget.requestIdentificationAction()->trigger();
    auto *request = qobject_cast<RequestIdentificationDialog *>(widget.currentDialog());
    QVERIFY(request);
    QCOMPARE(request->dateEdit()->date(), pd::systemClock().today());
    request->dateEdit()->setDate(pd::systemClock().today().addDays(1));
    QVERIFY(!request->okButton()->isEnabled());
    QVERIFY(request->invalidReason().contains(u"future"));
    request->dateEdit()->setDate(pd::systemClock().today());
    QVERIFY(request->okButton()->isEnabled());
    request->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), number);
    QCOMPARE(label(&widget, "state")->text(), u"Identification"_s);
    QVERIFY(label(&widget, "deadline")->text().contains(u"paused"));
    QVERIFY(widget.timelineLines().first().contains(u"Identification requested by"));

    widget.receiveIdentificationAction()->trigger();
    auto *receive = qobject_cast<ReceiveIdentificationDialog *>(widget.currentDialog());
    QVERIFY(receive);
    QCOMPARE(receive->methodBox()->currentData().toInt(), int(IdMethod::Balie));
    QVERIFY(receive->succeededButton()->isChecked());
    receive->methodBox()->setCurrentIndex(
        receive->methodBox()->findData(int(IdMethod::Klantgegevens)));
    receive->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(label(&widget, "state")->text(), u"In progress"_s);
    QVERIFY(!widget.requestIdentificationAction()->isEnabled());
    QVERIFY(!widget.receiveIdentificationAction()->isEnabled());
    QVERIFY(widget.timelineLines().first().contains(
        u"succeeded (Customer details checked and called back on the known number)"));

    // The Identificatie tab: what, how and by whom; never a number, and it says so.
    auto *tab = widget.findChild<QWidget *>(u"identificationTab"_s);
    QStringList texts;
    for (QLabel *l : tab->findChildren<QLabel *>())
        texts << l->text();
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"Customer details checked"), qPrintable(all));
    QVERIFY(all.contains(m_store->userName()));
    QVERIFY(all.contains(u"succeeded"));
    QVERIFY(label(&widget, "noBsn")->text().startsWith(u"The BSN is never recorded"));
}

// Once an identification is recorded the detail says so, with the deadline that now
// runs, in a line that stays (no box to dismiss) until another request is shown.
void TestCaseDetail::identificationIsConfirmed()
{
    const QString number = addCase(u"C. Bevestigd"_s, 3, Channel::Balie);
    const QString other = addCase(u"D. Ander"_s, 1);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    auto *done = widget.findChild<MessageLabel *>(u"actionDone"_s);
    QVERIFY(done);
    QVERIFY(!done->isVisible());

    widget.requestIdentificationAction()->trigger();
    auto *request = qobject_cast<RequestIdentificationDialog *>(widget.currentDialog());
    QVERIFY(request);
    request->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QVERIFY(done->isVisible());
    QVERIFY2(done->message().contains(u"Identification requested on"_s)
                 && done->message().contains(u"paused"_s),
             qPrintable(done->message()));

    widget.receiveIdentificationAction()->trigger();
    auto *receive = qobject_cast<ReceiveIdentificationDialog *>(widget.currentDialog());
    QVERIFY(receive);
    receive->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    // No modal box to dismiss: the line in the detail says it.
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(done->isVisible());
    const QString said = done->message();
    QVERIFY2(said.contains(u"Identification recorded: succeeded on"_s), qPrintable(said));
    const std::optional<Case> now = m_service->find(number);
    QVERIFY(now);
    const auto deadlines = m_service->deadlines(*now, nullptr);
    QVERIFY(deadlines);
    QVERIFY2(said.contains(u"new deadline "_s + EventText::date(deadlines->current)),
             qPrintable(said));
    // The header says the same deadline.
    QVERIFY(label(&widget, "deadline")->text().contains(EventText::date(deadlines->current)));

    // Stays readable while the request stays; gone with another request.
    QVERIFY(widget.showCase(number));
    QCOMPARE(done->message(), said);
    QVERIFY(widget.showCase(other));
    QVERIFY(!done->isVisible());
}

// Every action dialog opens with the keyboard in its first field: Ctrl+E used to
// open the extension dialog on "Cancel", so the first space typed closed it and the rest of the
// reason went to the desk. Typing the reason now fills the reason and leaves the dialog open.
void TestCaseDetail::actionDialogsOpenInTheirFirstField()
{
    const QString number = addCase(u"F. Focus"_s, 3);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.showCase(number));

    QTest::keyClick(&widget, Qt::Key_E, Qt::ControlModifier);
    auto *extend = qobject_cast<ExtendDialog *>(widget.currentDialog());
    QVERIFY(extend);
    QTRY_COMPARE(extend->focusWidget(), extend->reasonEdit()->editor());
    QTest::keyClicks(extend->focusWidget(), u"Het verzoek is complex"_s);
    QCOMPARE(extend->reasonEdit()->text(), u"Het verzoek is complex"_s);
    QVERIFY(extend->isVisible());
    QCOMPARE(widget.currentDialog(), extend);
    extend->reject();
    QTRY_VERIFY(!widget.currentDialog());

    for (QAction *action : { widget.requestIdentificationAction(), widget.noteAction(),
                             widget.completeAction(), widget.personSourceAction() }) {
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
        action->trigger();
        CaseActionDialog *dialog = widget.currentDialog();
        QVERIFY2(dialog, qPrintable(action->objectName()));
        QWidget *first = firstInput(dialog);
        QVERIFY2(first, qPrintable(action->objectName()));
        QTRY_COMPARE(dialog->focusWidget(), first);
        QVERIFY(!qobject_cast<QAbstractButton *>(dialog->focusWidget()));
        dialog->reject();
        QTRY_VERIFY(!widget.currentDialog());
    }
}

void TestCaseDetail::extensionRefusesLateNotice()
{
    // Received 45 days ago: the legal one-month deadline has passed, so a notice sent today is
    // too late to extend it.
    const QString number = addCase(u"C. Smit"_s, 45);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    const QDate legal = m_service->deadlines(*m_service->find(number), nullptr).value().all.legal;
    QVERIFY(legal < pd::systemClock().today());

    widget.extendAction()->trigger();
    auto *dialog = qobject_cast<ExtendDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->lastNoticeDay(), legal);
    QCOMPARE(dialog->notifiedEdit()->date(), pd::systemClock().today());
    QTest::keyClicks(dialog->reasonEdit()->editor(), u"complex verzoek"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    auto *reason = dialog->findChild<QWidget *>(u"invalidReason"_s);
    QVERIFY(shown(reason));
    const QString message = dialog->invalidReason();
    QVERIFY2(message.contains(u"within the first month")
                 && message.contains(QLocale().toString(legal, QLocale::ShortFormat))
                 && message.contains(u"does not extend the legal deadline"),
             qPrintable(message));
    QVERIFY(reason->findChild<QLabel *>(u"messageText"_s)->text() == message);
    // Enter cannot get past it either.
    dialog->accept();
    QVERIFY(widget.currentDialog());

    dialog->notifiedEdit()->setDate(legal);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    QVERIFY(!shown(reason));
    // Told on the legal deadline: after the own one (30 days) unless February lies in the period.
    // The preview then says the own deadline has passed and was not met.
    const QDate own = m_service->deadlines(*m_service->find(number), nullptr).value().all.policy;
    const QString preview = dialog->findChild<QLabel *>(u"preview"_s)->text();
    if (legal > own)
        QVERIFY2(preview.contains(
                     u"the own deadline (%1) has already passed"_s.arg(EventText::date(own)))
                     && preview.contains(u"not met"_s),
                 qPrintable(preview));
    else
        QVERIFY2(preview.contains(u"New deadline"), qPrintable(preview));
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QVERIFY(shown(label(&widget, "extendedBadge")));
    QCOMPARE(label(&widget, "extendedBadge")->text(), u"Extended"_s);
    QVERIFY(!shown(label(&widget, "extensionLateBadge")));
    QVERIFY(!widget.extendAction()->isEnabled());
    QVERIFY2(widget.timelineLines().first().contains(u"Deadline extended by " + m_store->userName()
                                                     + u": complex verzoek"),
             qPrintable(widget.timelineLines().first()));
    // Told after the own deadline, the request is late against it.
    QCOMPARE(shown(label(&widget, "overdue")), legal > own);
}

// A portability export that held none of the person's data
// cannot be completed as granted on the desk either: the dialog says why and keeps OK disabled
// before anything is recorded (the decision letter would be refused afterwards); refused on
// art. 20(1) it completes.
void TestCaseDetail::emptyPortabilityExportIsNotGranted()
{
    const QString number
        = addCase(u"P. Leeg"_s, 5, Channel::Brief, { RequestType::Overdraagbaarheid });
    identify(number);
    ServiceError error;
    const auto c = m_service->find(number, &error);
    QVERIFY2(c, qPrintable(error.message));
    const auto report = PersonReportLoader(Session { *m_store }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    const auto findings = PersonReview(Session { *m_store }).findings(*report, &error);
    QVERIFY2(findings, qPrintable(error.message));
    QTemporaryDir out;
    PersonExportTargets targets;
    targets.jsonPath = out.filePath(u"leeg.json"_s);
    targets.forRequest = number;
    const PersonExportResult exported
        = PersonExport(Session { *m_store }).write(*report, *findings, {}, targets);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    QCOMPARE(LetterService(Session { *m_store }).exportHeldNothing(number, &error),
             std::optional(true));

    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    widget.completeAction()->trigger();
    auto *dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->outcomeBox()->currentData().toInt(), int(Outcome::Toegewezen));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->invalidReason().contains(u"article 20(1) GDPR"_s),
             qPrintable(dialog->invalidReason()));
    dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData(int(Outcome::Afgewezen)));
    QVERIFY(dialog->groundBox(RefusalGround::Art20_1));
    dialog->groundBox(RefusalGround::Art20_1)->setChecked(true);
    QTest::keyClicks(
        dialog->motivationEdit()->editor(),
        u"Wij gebruiken geen gegevens van u met toestemming of voor een overeenkomst."_s);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QCOMPARE(m_service->find(number, test::MustRead())->outcome, Outcome::Afgewezen);
}

// With no export made yet, granting a portability request whose export would hold
// nothing is refused by the desk as by the CLI (CaseService's completion rule, PortabilityGate):
// the dialog stays open with the reason and nothing is recorded.
void TestCaseDetail::portabilityWithNothingToExportIsNotGranted()
{
    const QString number
        = addCase(u"P. Niets"_s, 5, Channel::Brief, { RequestType::Overdraagbaarheid });
    identify(number);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    widget.completeAction()->trigger();
    auto *dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->outcomeBox()->currentData().toInt(), int(Outcome::Toegewezen));
    // Not granted before its files are given, said before OK (the service refuses it too: the
    // export would hold nothing).
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->invalidReason().contains(u"portability export"_s),
             qPrintable(dialog->invalidReason()));
    QVERIFY(!m_service->find(number, test::MustRead())->outcome.has_value());
}

void TestCaseDetail::completeAndReopen()
{
    const QString number = addCase(u"D. Visser"_s, 10);
    QVERIFY(exportReport(number)); // the inzage's copy
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));

    widget.completeAction()->trigger();
    auto *dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->answeredEdit()->date(), pd::systemClock().today());
    // Granted, answered today, but never identified: the dialog asks why that was not needed.
    QVERIFY(inDialog(dialog, dialog->noIdentificationReasonEdit()));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->invalidReason().contains(u"No identification was recorded"),
             qPrintable(dialog->invalidReason()));
    QTest::keyClicks(dialog->noIdentificationReasonEdit()->editor(),
                     u"Bekende huurder, teruggebeld op het bekende nummer"_s);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    QVERIFY(!shown(dialog->refusalReminder()));
    QVERIFY(!inDialog(dialog, dialog->motivationEdit())); // a grant needs no reasons
    QVERIFY(!inDialog(dialog, dialog->directMarketingBox())); // not an objection
    dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData(int(Outcome::Afgewezen)));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->invalidReason().contains(u"must name its grounds"));
    QVERIFY(shown(dialog->refusalReminder()));
    QVERIFY(dialog->refusalReminder()->text().contains(u"six weeks"));
    QVERIFY(dialog->groundBox(RefusalGround::Art12_5)->isEnabled());
    dialog->groundBox(RefusalGround::Art12_5)->setChecked(true);
    // A refusal states its reasons in words (art. 12(4) GDPR).
    QVERIFY(inDialog(dialog, dialog->motivationEdit()));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->invalidReason().contains(u"art. 12(4) GDPR"),
             qPrintable(dialog->invalidReason()));
    QTest::keyClicks(dialog->motivationEdit()->editor(),
                     u"U vroeg binnen drie maanden vier keer hetzelfde."_s);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    // How the answer went is a choice, by default the way the request came (by phone here).
    QVERIFY(!dialog->channelBox()->isEditable());
    QCOMPARE(dialog->channelBox()->currentText(), u"Telephone"_s);
    dialog->channelBox()->setCurrentIndex(
        dialog->channelBox()->findData(codes::code(Channel::Brief)));
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QCOMPARE(CaseService(Session { *m_store, systemClock() })
                 .find(number, test::MustRead())
                 ->answerChannel,
             codes::code(Channel::Brief));
    QVERIFY2(widget.timelineLines().first().contains(u"(Letter)"),
             qPrintable(widget.timelineLines().first()));
    QCOMPARE(label(&widget, "state")->text(), u"Completed"_s);
    QVERIFY(label(&widget, "deadline")->text().contains(u"on time"));
    QVERIFY(widget.timelineLines().first().contains(u": Refused; answer sent on"));
    QVERIFY(widget.timelineLines().first().contains(u"grounds: Art. 12(5) GDPR"));
    QVERIFY2(widget.timelineLines().first().contains(
                 u"reasons: U vroeg binnen drie maanden vier keer hetzelfde."),
             qPrintable(widget.timelineLines().first()));
    QVERIFY(widget.timelineLines().first().contains(
        u"decided without a recorded identification: Bekende huurder"));
    // The Overzicht shows the reasons and why it was decided without identification.
    QStringList values;
    for (QLabel *value : widget.findChildren<QLabel *>())
        values << value->text();
    QVERIFY(values.contains(u"U vroeg binnen drie maanden vier keer hetzelfde."_s));
    QVERIFY(values.contains(u"Bekende huurder, teruggebeld op het bekende nummer"_s));
    QVERIFY(!widget.completeAction()->isEnabled());
    QVERIFY(!widget.extendAction()->isEnabled());
    QVERIFY(widget.reopenAction()->isEnabled());
    QVERIFY(widget.noteAction()->isEnabled());

    widget.reopenAction()->trigger();
    auto *reopen = qobject_cast<ReopenDialog *>(widget.currentDialog());
    QVERIFY(reopen);
    QCOMPARE(reopen->okButton()->text(), u"&Reopen"_s);
    QVERIFY(!reopen->okButton()->isEnabled());
    QTest::keyClicks(reopen->reasonEdit()->editor(), u"nieuwe informatie van de huurder"_s);
    QVERIFY(reopen->okButton()->isEnabled());
    reopen->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QCOMPARE(label(&widget, "state")->text(), u"Received"_s);
    QVERIFY(widget.timelineLines().first().contains(u"Request reopened by"));
    QVERIFY(widget.completeAction()->isEnabled());
}

bool TestCaseDetail::exportReport(const QString &number)
{
    ServiceError error;
    const auto c = m_service->find(number, &error);
    const auto report
        = c ? PersonReportLoader(Session { *m_store }).load(c->person.id, &error) : std::nullopt;
    const auto findings
        = report ? PersonReview(Session { *m_store }).findings(*report, &error) : std::nullopt;
    if (!findings) {
        qWarning("export: %s", qPrintable(error.message));
        return false;
    }
    PersonExportTargets targets;
    targets.pdfPath = m_tmp.filePath(number + u".pdf"_s);
    targets.forRequest = number;
    const PersonExportResult exported
        = PersonExport(Session { *m_store }).write(*report, *findings, {}, targets);
    if (!exported.ok())
        qWarning("export: %s", qPrintable(exported.error));
    return exported.ok();
}

// A granted inzage waits for its copy: the dialog says so before OK, and takes it once the
// report was exported for the request.
void TestCaseDetail::completeWaitsForTheCopy()
{
    const QString number = addCase(u"K. Kopie"_s, 4, Channel::Brief, { RequestType::Inzage });
    identify(number);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    widget.completeAction()->trigger();
    auto *dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->invalidReason().contains(u"inzage report"_s),
             qPrintable(dialog->invalidReason()));
    dialog->reject();
    QTRY_VERIFY(!widget.currentDialog());
    QVERIFY(exportReport(number));
    widget.completeAction()->trigger();
    dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QCOMPARE(m_service->find(number)->state, CaseState::Afgerond);
}

void TestCaseDetail::completeOffersOnlyFittingGrounds()
{
    const QString number = addCase(u"F. Smits"_s, 12);
    identify(number);
    QVERIFY(exportReport(number)); // the inzage's copy
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    widget.completeAction()->trigger();
    auto *dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    // Identified: no reason asked for. Inzage + verwijdering: the grounds of either kind.
    QVERIFY(!inDialog(dialog, dialog->noIdentificationReasonEdit()));
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->groundBox(RefusalGround::Art12_5));
    QVERIFY(dialog->groundBox(RefusalGround::Art15_4));
    QVERIFY(dialog->groundBox(RefusalGround::Art17_3b));
    QVERIFY(dialog->groundBox(RefusalGround::Art41_1j));
    QVERIFY(dialog->groundBox(RefusalGround::Overig));
    QVERIFY(!dialog->groundBox(RefusalGround::Art21Dwingend));
    QVERIFY(!dialog->groundBox(RefusalGround::Art18_2));
    QVERIFY(!dialog->groundBox(RefusalGround::Art20_1));
    // The codes without their letter are never offered.
    QVERIFY(!dialog->groundBox(RefusalGround::Art17_3));
    QVERIFY(!dialog->groundBox(RefusalGround::Art41Uavg));

    // Refused as a whole: the grounds of either kind in one list.
    dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData(int(Outcome::Afgewezen)));
    QVERIFY(inDialog(dialog, dialog->motivationEdit()));
    QVERIFY(dialog->kindBoxes().size() == 2 && !inDialog(dialog, dialog->kindBoxes().first()));
    QTest::keyClicks(dialog->motivationEdit()->editor(), u"Facturen blijven zeven jaar."_s);
    // Art. 17(3) opens its letters; without one ticked the dialog asks for it.
    QVERIFY(dialog->art17Box() && dialog->art41Box());
    QVERIFY(!inDialog(dialog, dialog->groundBox(RefusalGround::Art17_3b)));
    dialog->art17Box()->setChecked(true);
    QVERIFY(inDialog(dialog, dialog->groundBox(RefusalGround::Art17_3b)));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->groundBox(RefusalGround::Art17_3b)->isVisible());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->invalidReason().contains(u"(a) to (e)"), qPrintable(dialog->invalidReason()));
    dialog->groundBox(RefusalGround::Art17_3b)->setChecked(true);
    // Art. 17(3)(b) cannot refuse the inzage: refused as a whole, each kind needs its ground.
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->invalidReason().contains(u"access"), qPrintable(dialog->invalidReason()));
    dialog->groundBox(RefusalGround::Art15_4)->setChecked(true);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    // Art. 23 GDPR only beside art. 41 UAVG with its ground.
    QVERIFY(!dialog->groundBox(RefusalGround::Art23)->isEnabled());
    dialog->art41Box()->setChecked(true);
    QVERIFY(!dialog->groundBox(RefusalGround::Art23)->isEnabled());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->invalidReason().contains(u"(a) to (j)"), qPrintable(dialog->invalidReason()));
    dialog->groundBox(RefusalGround::Art41_1i)->setChecked(true);
    QVERIFY(dialog->groundBox(RefusalGround::Art23)->isEnabled());
    dialog->groundBox(RefusalGround::Art23)->setChecked(true);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    // Unticking art. 41 takes its letter and art. 23 with it.
    dialog->art41Box()->setChecked(false);
    QVERIFY(!dialog->groundBox(RefusalGround::Art23)->isChecked());

    // Granted in part: a request of two kinds is decided per kind.
    dialog->outcomeBox()->setCurrentIndex(
        dialog->outcomeBox()->findData(int(Outcome::DeelsToegewezen)));
    QVERIFY(!inDialog(dialog, dialog->motivationEdit()));
    QVERIFY(!inDialog(dialog, dialog->groundBox(RefusalGround::Art17_3b)));
    KindDecisionBox *inzage = dialog->kindBoxes().at(0);
    KindDecisionBox *erasure = dialog->kindBoxes().at(1);
    QVERIFY(inDialog(dialog, inzage) && inDialog(dialog, erasure));
    QCOMPARE(inzage->type(), RequestType::Inzage);
    QCOMPARE(erasure->type(), RequestType::Verwijdering);
    // Both granted is not "granted in part".
    QVERIFY(!dialog->okButton()->isEnabled());
    erasure->outcomeBox()->setCurrentIndex(
        erasure->outcomeBox()->findData(int(Outcome::DeelsToegewezen)));
    // Only the grounds that fit an erasure.
    QStringList offered;
    for (int i = 0; i < erasure->groundsList()->count(); ++i)
        offered << erasure->groundsList()->item(i)->text();
    QVERIFY(offered.join(u'|').contains(u"17(3)"));
    QVERIFY(!offered.join(u'|').contains(u"15(4)"));
    for (int i = 0; i < erasure->groundsList()->count(); ++i) {
        if (erasure->groundsList()->item(i)->data(Qt::UserRole).toInt()
            == int(RefusalGround::Art17_3b))
            erasure->groundsList()->item(i)->setCheckState(Qt::Checked);
    }
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(erasure->motivationEdit()->editor(), u"Facturen blijven zeven jaar."_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->invalidReason().contains(u"erased"), qPrintable(dialog->invalidReason()));
    QVERIFY(inDialog(dialog, erasure->grantedEdit()));
    QTest::keyClicks(erasure->grantedEdit()->editor(), u"Uw inschrijving als woningzoekende."_s);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    const auto c = m_service->find(number);
    QCOMPARE(c->outcome, std::optional<Outcome>(Outcome::DeelsToegewezen));
    QCOMPARE(c->refusalGrounds, QList<RefusalGround> { RefusalGround::Art17_3b });
    QCOMPARE(c->decisions.size(), 2);
    QCOMPARE(c->decisions.at(0).outcome, Outcome::Toegewezen);
    QCOMPARE(c->decisions.at(1).granted, u"Uw inschrijving als woningzoekende."_s);
    QCOMPARE(c->decisions.at(1).motivation, u"Facturen blijven zeven jaar."_s);
    QVERIFY(c->noIdentificationReason.isEmpty());

    // Only inzage: no art. 17(3) at all.
    const QString access = addCase(u"G. Smits"_s, 12, Channel::Telefoon, { RequestType::Inzage });
    identify(access);
    QVERIFY(widget.showCase(access));
    widget.completeAction()->trigger();
    dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->art17Box());
    QVERIFY(!dialog->groundBox(RefusalGround::Art17_3e));
    QVERIFY(dialog->groundBox(RefusalGround::Art15_4));
    dialog->reject();
    QTRY_VERIFY(!widget.currentDialog());
}

void TestCaseDetail::completeObjectionToDirectMarketing()
{
    const QString number = addCase(u"H. Smits"_s, 12, Channel::Telefoon, { RequestType::Bezwaar });
    identify(number);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    widget.completeAction()->trigger();
    auto *dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QVERIFY(inDialog(dialog, dialog->directMarketingBox()));
    dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData(int(Outcome::Afgewezen)));
    QTest::keyClicks(dialog->motivationEdit()->editor(), u"Belang van de buren weegt zwaarder"_s);
    QCheckBox *art21 = dialog->groundBox(RefusalGround::Art21Dwingend);
    QVERIFY(art21 && art21->isEnabled());
    art21->setChecked(true);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    // Against direct marketing the objection is absolute: art. 21(1) goes.
    dialog->directMarketingBox()->setChecked(true);
    QVERIFY(!art21->isEnabled());
    QVERIFY(!art21->isChecked());
    QVERIFY(!dialog->okButton()->isEnabled());
    // A mixed objection: the disclosure to the bailiff beside the marketing is weighed, so art.
    // 21(1) may refuse that part.
    QCheckBox *bailiff = dialog->objectionBox(ObjectionSubject::Deurwaarder);
    QVERIFY(bailiff);
    bailiff->setChecked(true);
    QVERIFY(art21->isEnabled());
    bailiff->setChecked(false);
    QVERIFY(!art21->isEnabled());
    dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData(int(Outcome::Toegewezen)));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    const auto c = m_service->find(number);
    QVERIFY(c->directMarketing);
    QVERIFY(c->refusalGrounds.isEmpty());
    QVERIFY(c->motivation.isEmpty()); // a grant carries no hidden text
    QVERIFY(widget.timelineLines().first().contains(u"against direct marketing"));
}

// The completion records which data a correction changed (a checkable list; art. 19
// asks only their recipients) and what was done, also for a full grant; an objection records its
// subjects, each stopped or going on. The dialog stays within a 1200 × 800 screen.
void TestCaseDetail::completeRecordsWhatChangedAndWhatStopped()
{
    const QString number
        = addCase(u"R. Smits"_s, 12, Channel::Telefoon, { RequestType::Rectificatie });
    identify(number);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    widget.completeAction()->trigger();
    auto *dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QVERIFY(inDialog(dialog, dialog->changedDataPart()));
    QVERIFY(!inDialog(dialog, dialog->objectionPart()));
    QVERIFY(dialog->minimumSizeHint().height() <= 800);
    QVERIFY(dialog->minimumSizeHint().width() <= 1200);
    // Granted in full: what was done may be said, here the old and the new number.
    QVERIFY(inDialog(dialog, dialog->grantedEdit()));
    // Typed as a paste: QTest types only Latin-1 keys, not the arrow.
    dialog->grantedEdit()->editor()->insertPlainText(
        u"Telefoonnummer: 06 1111 2222 → 06 3333 4444"_s);
    dialog->changedDataBox(DataCategory::Contact)->setChecked(true);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    auto c = m_service->find(number);
    QCOMPARE(c->changedData, QList<DataCategory> { DataCategory::Contact });
    QCOMPARE(c->decisions.value(0).granted, u"Telefoonnummer: 06 1111 2222 → 06 3333 4444"_s);

    const QString objection
        = addCase(u"O. Smits"_s, 12, Channel::Telefoon, { RequestType::Bezwaar });
    identify(objection);
    QVERIFY(widget.showCase(objection));
    widget.completeAction()->trigger();
    dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QVERIFY(inDialog(dialog, dialog->objectionPart()));
    QVERIFY(!inDialog(dialog, dialog->changedDataPart()));
    // The newsletter is direct marketing: ticking it marks the objection so.
    QVERIFY(!dialog->directMarketingBox()->isChecked());
    dialog->objectionBox(ObjectionSubject::Nieuwsbrief)->setChecked(true);
    QVERIFY(dialog->directMarketingBox()->isChecked());
    dialog->objectionBox(ObjectionSubject::Overig)->setChecked(true);
    // "Other" needs its words.
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->objectionOtherEdit(), u"de verjaardagskaart"_s);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    // The newsletter cannot go on after an objection to direct marketing.
    QComboBox *newsletter = dialog->objectionStoppedBox(ObjectionSubject::Nieuwsbrief);
    newsletter->setCurrentIndex(newsletter->findData(false));
    QVERIFY(!dialog->okButton()->isEnabled());
    newsletter->setCurrentIndex(newsletter->findData(true));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    c = m_service->find(objection);
    QCOMPARE(c->objection.size(), 2);
    QCOMPARE(c->objection.at(1).text, u"de verjaardagskaart"_s);
}

// Every field is reached with Tab, and the labels' mnemonics lead to their fields.
void TestCaseDetail::completeByKeyboard()
{
    const QString number = addCase(u"J. Smits"_s, 12);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    widget.completeAction()->trigger();
    auto *dialog = qobject_cast<CompleteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData(int(Outcome::Afgewezen)));
    QList<QWidget *> chain;
    for (QWidget *w = dialog->outcomeBox()->nextInFocusChain(); w != dialog->outcomeBox();
         w = w->nextInFocusChain())
        chain << w;
    // In reading order: the grounds on the left, then the reasons and the answer on the right.
    qsizetype previous = -1;
    for (QWidget *field : { static_cast<QWidget *>(dialog->groundBox(RefusalGround::Art12_5)),
                            static_cast<QWidget *>(dialog->art17Box()),
                            static_cast<QWidget *>(dialog->groundBox(RefusalGround::Art17_3a)),
                            static_cast<QWidget *>(dialog->art41Box()),
                            static_cast<QWidget *>(dialog->groundBox(RefusalGround::Overig)),
                            static_cast<QWidget *>(dialog->motivationEdit()->editor()),
                            static_cast<QWidget *>(dialog->noIdentificationReasonEdit()->editor()),
                            static_cast<QWidget *>(dialog->answeredEdit()) }) {
        QVERIFY(field);
        QVERIFY(field->focusPolicy() & Qt::TabFocus);
        const qsizetype at = chain.indexOf(field);
        QVERIFY2(at > previous, qPrintable(field->objectName()));
        previous = at;
    }
    // Tab leaves the text fields instead of typing a tab into them.
    QVERIFY(dialog->motivationEdit()->editor()->tabChangesFocus());
    QVERIFY(dialog->noIdentificationReasonEdit()->editor()->tabChangesFocus());
    // The labels name their fields with a mnemonic.
    int buddies = 0;
    for (QLabel *l : dialog->findChildren<QLabel *>()) {
        if (l->buddy() == dialog->motivationEdit()->editor()
            || l->buddy() == dialog->noIdentificationReasonEdit()->editor()) {
            QVERIFY2(l->text().contains(u'&'), qPrintable(l->text()));
            ++buddies;
        }
    }
    QCOMPARE(buddies, 2);
    dialog->reject();
}

void TestCaseDetail::noteWithBsnNeedsOverride()
{
    const QString number = addCase(u"E. Bakker"_s, 1);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    const QString lookalike = elfProefNumber();
    QCOMPARE(lookalike.size(), 9);

    widget.noteAction()->trigger();
    auto *dialog = qobject_cast<NoteDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // empty
    auto *warning = dialog->findChild<QWidget *>(u"bsnWarning"_s);
    auto *override = dialog->findChild<QCheckBox *>(u"bsnOverride"_s);
    QVERIFY(warning && override);
    QVERIFY(!shown(warning) && !shown(override));
    QTest::keyClicks(dialog->noteEdit()->editor(), u"Gebeld, referentie "_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->noteEdit()->editor(), lookalike);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(shown(warning));
    QVERIFY(shown(override));
    const QString refusal = warning->findChild<QLabel *>(u"messageText"_s)->text();
    QVERIFY(!refusal.isEmpty());
    QVERIFY2(!refusal.contains(lookalike), "the warning must show only a masked number");
    dialog->accept(); // Enter: refused while the box is not ticked
    QVERIFY(widget.currentDialog());
    override->setChecked(true);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    const QStringList actions = timelineActions(widget);
    QCOMPARE(actions.mid(0, 3),
             QStringList({ u"bsn.override"_s, u"case.note_added"_s, u"case.created"_s }));
    QVERIFY(widget.timelineLines().first().contains(u"is not a citizen service number"));
}

// Where a note is written, it can be marked "niet aan klager
// verstrekken"; the mark is stored with it (the dossier and the inzage report honour it,
// tst_dossierproof noteMarkedByHandIsWithheld). Unticked, as before, nothing is marked.
void TestCaseDetail::noteMarkedNotForTheComplainant()
{
    const QString number = addCase(u"K. Lager"_s, 1);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    for (const bool withheld : { true, false }) {
        widget.noteAction()->trigger();
        auto *dialog = qobject_cast<NoteDialog *>(widget.currentDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->withheldBox());
        QVERIFY(!dialog->withheldBox()->isChecked());
        QTest::keyClicks(dialog->noteEdit()->editor(), u"Buurvrouw belde over de huurder"_s);
        dialog->withheldBox()->setChecked(withheld);
        dialog->okButton()->click();
        QTRY_VERIFY(!widget.currentDialog());
        const AuditEvent note = m_service->timeline(number).constLast();
        QCOMPARE(note.action, u"case.note_added"_s);
        QCOMPARE(note.payload.value(u"withheld"_s).toBool(), withheld);
    }
}

// Where the data subject's data came from (the inzage report's art. 15(1)(g)): shown on the
// overview and recorded from there, for the person, with the BSN guard.
void TestCaseDetail::personSourceOnTheOverview()
{
    const QString number = addCase(u"F. de Bron"_s, 1);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    const auto value = [&widget] {
        auto *label = widget.findChild<QLabel *>(u"personSourceValue"_s);
        return label ? label->text() : QString();
    };
    QCOMPARE(value(), u"the data subject"_s);
    auto *button = widget.findChild<QToolButton *>(u"personSourceButton"_s);
    QVERIFY(button && button->isEnabled());
    QCOMPARE(button->defaultAction(), widget.personSourceAction());

    button->click();
    auto *dialog = qobject_cast<PersonSourceDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->okButton()->isEnabled()); // empty: from the person
    QVERIFY(dialog->sourceBox()->findText(u"bewindvoerder"_s) >= 0); // suggested
    QTest::keyClicks(dialog->sourceBox()->lineEdit(), u"gemeente "_s + elfProefNumber());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->invalidReason().contains(elfProefNumber()));
    dialog->sourceBox()->setEditText(u"bewindvoerder"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QCOMPARE(value(), u"bewindvoerder"_s);
    const auto c = CaseService(Session { *m_store }).find(number);
    QVERIFY(c);
    QCOMPARE(c->person.source, u"bewindvoerder"_s);
}

// Who handles the request, assigned from the Request menu (not the bar): the users whose role
// may handle requests are offered, the overview shows the handler, the timeline the assignment.
void TestCaseDetail::assignAHandler()
{
    const QString number = addCase(u"T. Oewijzing"_s, 1);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    QVERIFY(widget.caseActions().contains(widget.assignAction()));
    QVERIFY(widget.assignAction()->isEnabled());
    auto *bar = widget.findChild<QToolBar *>(u"caseActions"_s);
    QVERIFY(bar && !bar->actions().contains(widget.assignAction()));
    // Handled by me since the intake: first nobody, then me again.
    for (const QString &handler : { QString(), m_store->userName() }) {
        widget.assignAction()->trigger();
        auto *dialog = qobject_cast<AssignHandlerDialog *>(widget.currentDialog());
        QVERIFY(dialog);
        QComboBox *combo = dialog->handlerCombo();
        QVERIFY(combo->findData(m_store->userName()) > 0);
        QVERIFY(!dialog->okButton()->isEnabled()); // the handler as now: nothing to change
        combo->setCurrentIndex(combo->findData(handler));
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
        dialog->okButton()->click();
        QTRY_VERIFY(!widget.currentDialog());
        QCOMPARE(timelineActions(widget).constFirst(), u"case.assigned"_s);
        QCOMPARE(CaseService(Session { *m_store }).find(number)->handler, handler);
    }
    bool shownAsMine = false;
    for (QLabel *label : widget.findChildren<QLabel *>())
        shownAsMine = shownAsMine || label->text() == u"%1 (you)"_s.arg(m_store->userName());
    QVERIFY(shownAsMine);
}

void TestCaseDetail::timelineOrder()
{
    const QString number = addCase(u"F. Mulder"_s, 4);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    ServiceError error;
    // Changes made elsewhere (the CLI, another window) appear on reload().
    QVERIFY(m_service->requestIdentification(number, pd::systemClock().today(), &error));
    QVERIFY(m_service->addNote(number, u"Brief verstuurd"_s, BsnCheck::Refuse, &error));
    widget.reload();
    const QStringList newest = timelineActions(widget);
    QCOMPARE(newest,
             QStringList(
                 { u"case.note_added"_s, u"case.identification_requested"_s, u"case.created"_s }));
    auto *toggle = widget.findChild<QCheckBox *>(u"newestFirst"_s);
    QVERIFY(toggle->isChecked());
    toggle->setChecked(false);
    QStringList oldest = newest;
    std::reverse(oldest.begin(), oldest.end());
    QCOMPARE(timelineActions(widget), oldest);
    auto *view = widget.findChild<QTreeView *>(u"timeline"_s);
    QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
}

// The Documenten tab: a letter written from the case detail is recorded and listed with its
// fingerprint, and shows in the Tijdlijn; the dossier and export actions open their dialogs.
void TestCaseDetail::documentsTabRecordsLetters()
{
    const QString number = addCase(u"Brief Ontvanger"_s, 2);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.resize(900, 700);
    widget.show();
    QVERIFY(widget.showCase(number));
    widget.setCurrentTab(CaseDetailWidget::Tab::Documents);
    QCOMPARE(widget.documentsWidget()->lettersList()->topLevelItemCount(), 0);
    for (QAction *action : widget.documentActions())
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));

    widget.letterAction()->trigger();
    auto *dialog = widget.findChild<LetterDialog *>();
    QVERIFY(dialog);
    dialog->setKind(LetterKind::Ontvangstbevestiging);
    QVERIFY2(dialog->rendered().has_value(), qPrintable(dialog->message()));
    QSignalSpy changed(&widget, &CaseDetailWidget::caseChanged);
    QVERIFY2(dialog->recordShown(), qPrintable(dialog->message()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(widget.documentsWidget()->lettersList()->topLevelItemCount(), 1);
    const QList<Letter> letters = LetterService(Session { *m_store }).letters(number);
    QCOMPARE(letters.size(), 1);
    QVERIFY(widget.documentsWidget()->lettersList()->topLevelItem(0)->toolTip(3)
            == letters.first().sha256);
    shot(dialog, u"desk-letter-dialog"_s);
    dialog->close();
    shot(&widget, u"desk-casedetail-documenten"_s);

    // A recorded letter goes to the print dialog in one step ("Print again…"), as it
    // was sent, and printing it again records nothing.
    PD_REQUIRE_PDFTOTEXT();
    CaseDocumentsWidget *documents = widget.documentsWidget();
    QTreeWidget *list = documents->lettersList();
    list->setCurrentItem(nullptr);
    QVERIFY(!documents->printButton()->isEnabled()); // no letter chosen
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(documents->printButton()->isEnabled());
    const qsizetype eventsBefore = caseEvents(number);
    int asked = 0;
    const QString printed = m_tmp.filePath(u"brief-opnieuw.pdf"_s);
    DocumentPreview::setPrinterChooserForTests([&asked, printed](QPrinter *printer) {
        ++asked;
        printer->setOutputFileName(printed);
        return true;
    });
    const auto reset = qScopeGuard([] { DocumentPreview::setPrinterChooserForTests({}); });
    QTest::mouseClick(documents->printButton(), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(!widget.findChild<QWidget *>(u"printPreview"_s)); // no preview between
    const QString text = test::DocumentFixture::pdfPages(printed).join(u' ').simplified();
    QVERIFY2(text.contains(u"Brief Ontvanger"_s), qPrintable(text));
    QCOMPARE(caseEvents(number), eventsBefore);
    QCOMPARE(LetterService(Session { *m_store }).letters(number).size(), 1);

    widget.dossierAction()->trigger();
    QTRY_VERIFY(widget.findChild<ComplaintDossierDialog *>());
    widget.findChild<ComplaintDossierDialog *>()->close();
    widget.exportAction()->trigger();
    auto *wizard = widget.findChild<PersonExportWizard *>();
    QVERIFY(wizard);
    QCOMPARE(wizard->personId(), m_service->find(number)->person.id);
    wizard->close();
}

void TestCaseDetail::screenshots()
{
    if (qEnvironmentVariable("PRIVACYDESK_SHOTS_LANG") == u"nl")
        QVERIFY(installTranslations(UiLanguage::Dutch));
    // A .qm with translations not yet merged into the tree, to look at them before the merge.
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("PRIVACYDESK_SHOTS_QM"); !qm.isEmpty()) {
        QVERIFY(extra.load(qm));
        QCoreApplication::installTranslator(&extra);
    }
    // Or the JSON of new strings the lead merges into the .ts files.
    test::JsonTranslator json(qEnvironmentVariable("PRIVACYDESK_TR_JSON"));
    if (!json.isEmpty())
        QCoreApplication::installTranslator(&json);
    const QString prefix = u"desk-casedetail-"_s;

    // A demo store: requests with real audit trails, written through the services.
    QTemporaryDir tmp;
    StoreCreateOptions options;
    options.organisationName = u"Woonstichting Proef"_s;
    options.kdf = KdfParams::minimum();
    options.demo = true;
    StoreError storeError;
    QString recovery;
    auto demo
        = Store::create(tmp.filePath(u"demo"_s), u"j.devries"_s,
                        SecureBytes::fromUtf8(test::testPassword), options, &recovery, &storeError);
    QVERIFY(demo);
    QString error;
    QVERIFY2(DemoData::generate(*demo, DemoOptions { 400, 20261121, {} }, {}, &error),
             qPrintable(error));
    CaseService demoService(Session { *demo });
    QString showcase;
    for (const Case &c : demoService.list({}, nullptr)) {
        if (c.extended && isOpen(c.state) && c.identification.succeeded.value_or(false))
            showcase = c.number;
    }
    QVERIFY(!showcase.isEmpty());
    CaseDetailWidget widget(Session { *demo }, demo->userName());
    widget.resize(1040, 720);
    widget.show();
    QVERIFY(widget.showCase(showcase));
    shot(&widget, prefix + u"overzicht");
    widget.setCurrentTab(CaseDetailWidget::Tab::Timeline);
    shot(&widget, prefix + u"tijdlijn");
    widget.setCurrentTab(CaseDetailWidget::Tab::Identification);
    shot(&widget, prefix + u"identificatie");

    // The long name, and the dialogs, on a request of our own.
    const QString number = addCase(longName, 45);
    CaseDetailWidget own(Session { *m_store }, m_store->userName());
    own.resize(1040, 720);
    own.show();
    QVERIFY(own.showCase(number));
    shot(&own, prefix + u"lange-naam");
    own.setCurrentTab(CaseDetailWidget::Tab::Disclosures);
    shot(&own, prefix + u"verstrekkingen");
    own.setCurrentTab(CaseDetailWidget::Tab::Overview);
    own.extendAction()->trigger();
    auto *extend = qobject_cast<ExtendDialog *>(own.currentDialog());
    QVERIFY(extend);
    QTest::keyClicks(extend->reasonEdit()->editor(),
                     u"Complex verzoek: gegevens uit drie systemen"_s);
    extend->adjustSize();
    shot(extend, prefix + u"verlengen-geweigerd");
    extend->reject();
    QTRY_VERIFY(!own.currentDialog());
    own.completeAction()->trigger();
    auto *complete = qobject_cast<CompleteDialog *>(own.currentDialog());
    QVERIFY(complete);
    complete->outcomeBox()->setCurrentIndex(
        complete->outcomeBox()->findData(int(Outcome::Afgewezen)));
    complete->groundBox(RefusalGround::Art15_4)->setChecked(true);
    complete->art17Box()->setChecked(true);
    complete->groundBox(RefusalGround::Art17_3b)->setChecked(true);
    QTest::keyClicks(complete->motivationEdit()->editor(),
                     u"In het dossier staan meldingen van buren; hun namen hebben wij "
                     "weggelaten. Facturen en huurbetalingen bewaren wij zeven jaar "
                     "(art. 52 AWR); de rest is verwijderd."_s);
    QTest::keyClicks(complete->noIdentificationReasonEdit()->editor(),
                     u"Bekende huurder, teruggebeld op het bekende nummer"_s);
    complete->adjustSize();
    shot(complete, prefix + u"afronden");
    // Without reasons: the message says what is missing.
    complete->motivationEdit()->setText(QString());
    shot(complete, prefix + u"afronden-zonder-motivering");
    // Granted in part: decided per kind, the erasure saying what was erased and what is kept.
    complete->outcomeBox()->setCurrentIndex(
        complete->outcomeBox()->findData(int(Outcome::DeelsToegewezen)));
    for (KindDecisionBox *kind : complete->kindBoxes()) {
        kind->outcomeBox()->setCurrentIndex(
            kind->outcomeBox()->findData(int(Outcome::DeelsToegewezen)));
        const bool erasure = kind->type() == RequestType::Verwijdering;
        const RefusalGround wanted = erasure ? RefusalGround::Art17_3b : RefusalGround::Art15_4;
        for (int i = 0; i < kind->groundsList()->count(); ++i) {
            QListWidgetItem *item = kind->groundsList()->item(i);
            if (item->data(Qt::UserRole).toInt() == int(wanted))
                item->setCheckState(Qt::Checked);
        }
        QTest::keyClicks(kind->grantedEdit()->editor(),
                         erasure ? u"Inschrijving als woningzoekende en telefoonnotities."_s
                                 : u"Overzicht en kopie van het huurdossier."_s);
        QTest::keyClicks(kind->motivationEdit()->editor(),
                         erasure ? u"Facturen en huurbetalingen bewaren wij zeven jaar (art. 52 "
                                   "AWR)."_s
                                 : u"Meldingen van buren laten wij weg om hen te beschermen."_s);
    }
    QCoreApplication::processEvents(); // the parts just shown lay themselves out first
    shot(complete, prefix + u"afronden-per-soort");
    complete->reject();
    QTRY_VERIFY(!own.currentDialog());
    // An objection: the direct-marketing box, art. 21(1) ruled out when it is ticked.
    const QString objection
        = addCase(u"Sanne Öztürk"_s, 20, Channel::Email, { RequestType::Bezwaar });
    QVERIFY(own.showCase(objection));
    own.completeAction()->trigger();
    complete = qobject_cast<CompleteDialog *>(own.currentDialog());
    QVERIFY(complete);
    complete->outcomeBox()->setCurrentIndex(
        complete->outcomeBox()->findData(int(Outcome::Afgewezen)));
    complete->directMarketingBox()->setChecked(true);
    complete->groundBox(RefusalGround::Art12_5)->setChecked(true);
    // Every letter of art. 41(1) UAVG open: the dialog still fits a 1200×800 screen.
    complete->art41Box()->setChecked(true);
    complete->groundBox(RefusalGround::Art41_1i)->setChecked(true);
    complete->adjustSize();
    shot(complete, prefix + u"afronden-bezwaar");
    complete->reject();
    QTRY_VERIFY(!own.currentDialog());
    own.noteAction()->trigger();
    auto *note = qobject_cast<NoteDialog *>(own.currentDialog());
    QVERIFY(note);
    QTest::keyClicks(note->noteEdit()->editor(), u"Teruggebeld, nummer "_s + elfProefNumber());
    note->adjustSize();
    shot(note, prefix + u"notitie-bsn");
    note->reject();
}

// The relation and its end date: shown on the overview and changed from there; the
// retention items the rules derive from it follow in the same transaction, and the request's
// trail records the correction.
void TestCaseDetail::personRelationOnTheOverview()
{
    const QString number = addCase(u"G. Vertrokken"_s, 1);
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    auto *button = widget.findChild<QToolButton *>(u"personRelationButton"_s);
    QVERIFY(button && button->isEnabled());
    QCOMPARE(button->defaultAction(), widget.personRelationAction());
    button->click();
    auto *dialog = qobject_cast<PersonRelationDialog *>(widget.currentDialog());
    QVERIFY(dialog);
    dialog->relationBox()->setCurrentIndex(dialog->relationBox()->findData(u"ex-huurder"_s));
    dialog->endedBox()->setChecked(true);
    QVERIFY(dialog->endEdit()->isEnabled());
    dialog->endEdit()->setDate(QDate(1985, 6, 1)); // before 1990: a typing error
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->invalidReason().isEmpty());
    dialog->endEdit()->setDate(pd::systemClock().today().addYears(80));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->endEdit()->setDate(QDate(2024, 2, 29));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->invalidReason()));
    dialog->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    const auto c = CaseService(Session { *m_store }).find(number);
    QVERIFY(c);
    QCOMPARE(c->person.relation, Relation::ExHuurder);
    QCOMPARE(c->person.relationEnd, QDate(2024, 2, 29));
    auto *label = widget.findChild<QLabel *>(u"personRelationValue"_s);
    QVERIFY(label);
    QVERIFY2(label->text().contains(u"2024"_s), qPrintable(label->text()));
    // The contact data now expire two years after the end: 28-02-2026.
    RetentionService retention(Session { *m_store });
    bool found = false;
    for (const RetentionItem &item :
         retention.itemsFor(c->person.id, pd::systemClock().today(), 0, test::MustRead())) {
        if (item.rule.code == u"contactgegevens-huurder"_s) {
            QCOMPARE(item.expires, QDate(2026, 2, 28));
            QVERIFY(item.derived);
            found = true;
        }
    }
    QVERIFY(found);
    // Changed from the request, it is a correction on the request's trail.
    const QList<AuditEvent> events = CaseService(Session { *m_store }).timeline(number);
    QCOMPARE(events.last().action, u"case.person_corrected"_s);
    QCOMPARE(events.last().payload.value(u"fields"_s).toArray(),
             (QJsonArray { u"relatie"_s, u"einddatum"_s }));
}

// The person's own record from the overview. The address changes once the
// identity is established on the request, the name is corrected, and data go after a granted
// erasure; a request that asks for no erasure does not offer the erasure.
void TestCaseDetail::personRecordOnTheOverview()
{
    const QString number
        = addCase(u"H. Verhuisd"_s, 1, Channel::Email, { RequestType::Verwijdering });
    CaseDetailWidget widget(Session { *m_store }, m_store->userName());
    widget.show();
    QVERIFY(widget.showCase(number));
    const auto open = [&widget](const QString &button) {
        auto *tool = widget.findChild<QToolButton *>(button);
        if (tool && tool->isEnabled())
            tool->click();
        return widget.currentDialog();
    };
    auto *address = qobject_cast<PersonAddressDialog *>(open(u"personAddressButton"_s));
    QVERIFY(address);
    address->addressEdit()->setText(u"Kerkpad 12 Heumen"_s);
    QVERIFY(!address->okButton()->isEnabled());
    address->addressEdit()->setText(u"Kerkpad 12, 6582 BC Heumen"_s);
    QVERIFY2(address->okButton()->isEnabled(), qPrintable(address->invalidReason()));
    address->okButton()->click(); // the identity is not established yet: refused, it stays open
    auto *reason = address->findChild<MessageLabel *>(u"invalidReason"_s);
    QVERIFY(reason);
    QVERIFY2(reason->message().contains(u"identity is not yet established"_s),
             qPrintable(reason->message()));
    address->reject();
    QTRY_VERIFY(!widget.currentDialog());
    identify(number);
    QVERIFY(widget.showCase(number));
    address = qobject_cast<PersonAddressDialog *>(open(u"personAddressButton"_s));
    QVERIFY(address);
    address->addressEdit()->setText(u"Kerkpad 12, 6582 BC Heumen"_s);
    address->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    auto *value = widget.findChild<QLabel *>(u"personAddressValue"_s);
    QVERIFY(value);
    QCOMPARE(value->text(), u"Kerkpad 12, 6582 BC Heumen"_s);

    auto *name = qobject_cast<PersonNameDialog *>(open(u"personNameButton"_s));
    QVERIFY(name);
    name->nameEdit()->setText(u" "_s);
    QVERIFY(!name->okButton()->isEnabled());
    name->nameEdit()->setText(u"H. Verhuisd-Jansen"_s);
    name->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QCOMPARE(CaseService(Session { *m_store }).find(number)->person.name, u"H. Verhuisd-Jansen"_s);

    // The e-mail address corrected after a rectification, on the request's trail.
    auto *contact = qobject_cast<PersonContactDialog *>(open(u"personContactButton"_s));
    QVERIFY(contact);
    contact->fieldCombo()->setCurrentIndex(1); // the e-mail address
    contact->valueEdit()->setText(u"geen adres"_s);
    contact->okButton()->click(); // refused: it stays open
    QVERIFY(widget.currentDialog());
    contact->valueEdit()->setText(u"h.verhuisd@voorbeeld.nl"_s);
    contact->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QCOMPARE(CaseService(Session { *m_store }).find(number)->person.email,
             u"h.verhuisd@voorbeeld.nl"_s);
    const QList<AuditEvent> events = CaseService(Session { *m_store }).timeline(number);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().action, u"case.person_corrected"_s);
    QCOMPARE(events.last().payload.value(u"fields"_s).toArray(), QJsonArray { u"emailadres"_s });

    auto *erase = qobject_cast<PersonEraseDialog *>(open(u"personEraseButton"_s));
    QVERIFY(erase);
    QVERIFY(!erase->fieldBox(PersonField::Phone)->isEnabled()); // holds nothing
    QVERIFY(!erase->okButton()->isEnabled());
    erase->fieldBox(PersonField::Address)->setChecked(true);
    erase->okButton()->click();
    QTRY_VERIFY(!widget.currentDialog());
    QVERIFY(addressLine(CaseService(Session { *m_store }).find(number)->person).isEmpty());

    const QString access = addCase(u"I. Inzager"_s, 1, Channel::Telefoon, { RequestType::Inzage });
    QVERIFY(widget.showCase(access));
    auto *eraseButton = widget.findChild<QToolButton *>(u"personEraseButton"_s);
    QVERIFY(eraseButton);
    QVERIFY(!eraseButton->isEnabled());
}

QTEST_MAIN(TestCaseDetail)
#include "tst_casedetail.moc"
