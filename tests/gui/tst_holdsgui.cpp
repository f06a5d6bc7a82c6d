// In the desk, offscreen on a real store: the request's overview shows the person's
// restriction of processing (in red) and the holds on data outside Privacydesk with the day to
// secure them by; a hold is added through its dialog and released with a reason; lifting the
// restriction before the notice is refused with the reason shown; the phone intake shows the
// marker when the person is found, to a KCC employee too; the request list marks the person; the
// breach detail shows its holds. On both backends.

#include "GuiTestSupport.h"
#include "MessageLabel.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "breaches/BreachesPage.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListModel.h"
#include "cases/CaseService.h"
#include "cases/ExternalHoldsWidget.h"
#include "cases/RestrictionWidget.h"
#include "crypto/SecureBytes.h"
#include "intake/PersonSearchWidget.h"
#include "retention/ExternalHolds.h"
#include "retention/HoldsAtClose.h"
#include "retention/Restrictions.h"
#include "session/Session.h"
#include "users/UserService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

class TestHoldsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overviewShowsRestrictionAndHolds();
    void holdAddedThroughItsDialogAndReleased();
    void liftRefusedBeforeTheNotice();
    void listMarksThePerson();
    void breachDetailShowsItsHolds();
    void completingAsksAboutTheHolds();
    void breachClosedWithItsHoldsKept();
    // Last: it closes the store to open it as the KCC.
    void intakeShowsTheMarkerToTheKcc();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    QString m_case;
    qint64 m_person = 0;
};

void TestHoldsGui::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    NewCase request;
    request.person.name = u"Gerda Beperkt"_s;
    request.person.klantnummer = u"K500001"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Rectificatie };
    request.channel = Channel::Email;
    request.receivedDate = systemClock().today().addDays(-3);
    ServiceError error;
    const auto c = CaseService(Session { *m_store }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    m_case = c->number;
    m_person = c->person.id;
    NewRestriction r;
    r.personId = m_person;
    r.data = u"Telefoonnummer"_s;
    r.ground = RestrictionGround::Accuracy;
    r.reason = u"Betwist"_s;
    r.caseNumber = m_case;
    QVERIFY2(RestrictionService(Session { *m_store }).record(r, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    NewExternalHold hold;
    hold.system = u"Camerasysteem"_s;
    hold.secured = u"Beelden portiek"_s;
    hold.recordedOn = systemClock().today().addDays(-2);
    QVERIFY2(ExternalHoldService(Session { *m_store })
                 .add(ExternalHoldService::Owner::Case, m_case, hold, BsnCheck::Refuse, &error),
             qPrintable(error.message));
}

void TestHoldsGui::overviewShowsRestrictionAndHolds()
{
    CaseDetailWidget detail(Session { *m_store }, test::testUser);
    QVERIFY(detail.showCase(m_case));
    auto *marker = detail.findChild<QLabel *>(u"restrictionMarker"_s);
    QVERIFY(marker);
    QVERIFY(!marker->isHidden());
    QVERIFY2(marker->text().contains(u"Telefoonnummer"_s), qPrintable(marker->text()));
    QVERIFY2(marker->text().contains(u"art. 18"_s), qPrintable(marker->text()));
    auto *holds = detail.findChild<ExternalHoldsWidget *>();
    QVERIFY(holds);
    QVERIFY(!holds->isHidden());
    const QString line = holds->lines().join(u'\n');
    QVERIFY2(line.contains(u"Camerasysteem"_s), qPrintable(line));
    const QDate before = systemClock().today().addDays(-2).addDays(28);
    QVERIFY2(line.contains(QLocale().toString(before, QLocale::ShortFormat)), qPrintable(line));
    QVERIFY2(line.contains(u"secure before"_s), qPrintable(line));
}

void TestHoldsGui::holdAddedThroughItsDialogAndReleased()
{
    ExternalHoldsWidget holds(Session { *m_store, systemClock() });
    holds.showOwner(ExternalHoldService::Owner::Case, m_case);
    QCOMPARE(holds.lines().size(), 1);
    {
        ExternalHoldDialog dialog(Session { *m_store, systemClock() },
                                  ExternalHoldService::Owner::Case, m_case);
        QVERIFY(dialog.sizeHint().height() < 800 && dialog.sizeHint().width() < 1200);
        dialog.systemBox()->setCurrentText(u"Telefooncentrale (gespreksopnames)"_s);
        dialog.securedEdit()->setText(u"Gesprek van 14:10"_s);
        dialog.periodEdit()->setText(u"30d"_s);
        auto *deadline = dialog.findChild<QLabel *>(u"externalHoldDeadline"_s);
        QCOMPARE(
            deadline->text(),
            QLocale().toString(dialog.recordedEdit()->date().addDays(30), QLocale::ShortFormat));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    holds.reload();
    QCOMPARE(holds.lines().size(), 2);
    holds.list()->setCurrentRow(1);
    QVERIFY(holds.releaseButton()->isEnabled());
    QTimer::singleShot(0, [] {
        auto *input = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        auto *edit = input->findChild<QLineEdit *>();
        edit->setText(u"Niet meer nodig"_s);
        input->accept();
    });
    QVERIFY(holds.release());
    QVERIFY2(holds.lines().at(1).contains(u"released"_s), qPrintable(holds.lines().at(1)));
}

void TestHoldsGui::liftRefusedBeforeTheNotice()
{
    RestrictionWidget widget(Session { *m_store, systemClock() });
    widget.showPerson(m_person, m_case);
    QVERIFY(widget.liftButton()->isEnabled());
    // Art. 18(1)(a): it holds until the rectification is decided, and the desk says which.
    QVERIFY(!widget.lift());
    QVERIFY2(widget.message()->message().contains(u"holds until the rectification is decided"_s)
                 && widget.message()->message().contains(m_case),
             qPrintable(widget.message()->message()));
    // (After the decision the notice comes first: tst_restrictions, through the same service.)
    QVERIFY(widget.text().contains(u"Telefoonnummer"_s));
}

void TestHoldsGui::listMarksThePerson()
{
    CaseListModel model(Session { *m_store });
    CaseListFilter filter;
    filter.today = systemClock().today();
    model.setFilter(filter);
    model.refresh();
    QVERIFY(model.rowCount() >= 1);
    const QString name
        = model.index(0, CaseListModel::PersonColumn).data(Qt::DisplayRole).toString();
    QCOMPARE(name, u"Gerda Beperkt (restricted)"_s);
}

void TestHoldsGui::breachDetailShowsItsHolds()
{
    Breach b;
    b.title = u"Beelden gedeeld"_s;
    b.discoveredAt = pd::test::systemNow().addSecs(-3600);
    b.natures = { BreachNature::Vertrouwelijkheid };
    b.data = { DataCategory::Naw };
    b.persons = 1;
    ServiceError error;
    const auto breach = BreachService(Session { *m_store }).add(b, BsnCheck::Refuse, &error);
    QVERIFY2(breach, qPrintable(error.message));
    NewExternalHold hold;
    hold.system = u"Camerasysteem"_s;
    hold.secured = u"Beelden lift"_s;
    hold.recordedOn = systemClock().today();
    QVERIFY2(ExternalHoldService(Session { *m_store })
                 .add(ExternalHoldService::Owner::Breach, breach->number, hold, BsnCheck::Refuse,
                      &error),
             qPrintable(error.message));
    BreachDetailWidget detail(Session { *m_store });
    QVERIFY(detail.showBreach(breach->number));
    QVERIFY(!detail.holds()->isHidden());
    QVERIFY2(detail.holds()->lines().join(u' ').contains(u"Beelden lift"_s),
             qPrintable(detail.holds()->lines().join(u' ')));
}

void TestHoldsGui::intakeShowsTheMarkerToTheKcc()
{
    {
        UserService users(*m_store, Session { *m_store });
        UserError userError;
        QVERIFY(users.add(u"k.smit"_s, {}, Role::Kcc, SecureBytes::fromUtf8(u"wachtwoord-smit"_s),
                          &userError));
    }
    const QString path = m_tmp.filePath(u"store"_s);
    m_store.reset();
    const auto kcc = test::openServiceStoreAs(path, u"k.smit"_s, u"wachtwoord-smit"_s);
    QVERIFY(kcc);
    PersonSearchWidget search(Session { *kcc }, PersonSearchWidget::Wording::Caller);
    search.findChild<QLineEdit *>(u"search"_s)->setText(u"K500001"_s);
    search.searchNow();
    auto *results = search.findChild<QTreeWidget *>(u"results"_s);
    QCOMPARE(results->topLevelItemCount(), 1);
    results->setCurrentItem(results->topLevelItem(0));
    QVERIFY(search.selectedPerson());
    auto *marker = search.findChild<QLabel *>(u"restrictionMarker"_s);
    QVERIFY(marker);
    QVERIFY(!marker->isHidden());
    QVERIFY2(marker->text().contains(u"Telefoonnummer"_s), qPrintable(marker->text()));
    // The KCC's request detail shows the marker and offers no change.
    CaseDetailWidget detail(Session { *kcc }, u"k.smit"_s);
    if (detail.showCase(m_case)) {
        auto *widget = detail.findChild<RestrictionWidget *>();
        QVERIFY(widget);
        QVERIFY(widget->recordButton()->isHidden());
    }
}

// Completing a request whose camera images are still held asks
// what becomes of them; OK waits for the choice; keeping them offers six weeks after the answer
// (art. 35(2) UAVG) and the hold is then kept until that day, the request completed with it.
void TestHoldsGui::completingAsksAboutTheHolds()
{
    const QDate today = systemClock().today();
    NewCase request;
    request.person.name = u"Carla Camera"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = today.addDays(-2);
    ServiceError error;
    CaseService cases(Session { *m_store });
    const auto c = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    NewExternalHold hold;
    hold.system = u"Camerasysteem"_s;
    hold.secured = u"Beelden entree"_s;
    hold.recordedOn = today.addDays(-3);
    hold.securedOn = today.addDays(-1);
    const auto added
        = ExternalHoldService(Session { *m_store })
              .add(ExternalHoldService::Owner::Case, c->number, hold, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));

    CompleteDialog dialog(cases, *c, today, nullptr, {}, false, HoldsClosing(Session { *m_store }));
    QVERIFY(dialog.holdsPart());
    dialog.noIdentificationReasonEdit()->editor()->setPlainText(test::knownDataSubject);
    QVERIFY2(dialog.invalidReason().contains(u"Choose what becomes of the data outside"_s),
             qPrintable(dialog.invalidReason()));
    QCOMPARE(dialog.keepHoldsUntilEdit()->date(), today.addDays(42));
    dialog.keepHoldsButton()->setChecked(true);
    QVERIFY2(dialog.invalidReason().isEmpty(), qPrintable(dialog.invalidReason()));
    if (!test::shotsDir().isEmpty()) {
        // As the desk shows it: opened, grown with its parts.
        dialog.open();
        QTest::qWait(300);
        test::shot(&dialog, "complete-with-holds");
    }
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(cases.find(c->number)->state, CaseState::Afgerond);
    const auto holds = ExternalHoldService(Session { *m_store })
                           .of(ExternalHoldService::Owner::Case, c->number, &error);
    QVERIFY2(holds && holds->size() == 1, qPrintable(error.message));
    QVERIFY(holds->first().held());
    QCOMPARE(holds->first().keptUntil, today.addDays(42));
    // Who viewed the images shows on the hold's line.
    QVERIFY(ExternalHoldService(Session { *m_store })
                .recordViewing(ExternalHoldService::Owner::Case, c->number, added->id,
                               { added->id, today, u"H. Kok"_s, u"Vernieling entree"_s, {} },
                               BsnCheck::Refuse, &error));
    ExternalHoldsWidget widget(Session { *m_store, systemClock() });
    widget.showOwner(ExternalHoldService::Owner::Case, c->number);
    QVERIFY2(widget.lines().join(u' ').contains(u"viewed on"_s)
                 && widget.lines().join(u' ').contains(u"Vernieling entree"_s),
             qPrintable(widget.lines().join(u' ')));

    // Without a hold held there is nothing to ask.
    const auto other = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(other, qPrintable(error.message));
    CompleteDialog none(cases, *other, today, nullptr, {}, false,
                        HoldsClosing(Session { *m_store }));
    QVERIFY(!none.holdsPart());
}

// Closing a data breach whose images are still held asks to release them
// or keep them until a day; "Sluiten en bewaren tot…" asks the day and closes with it. The
// holds widget's "Bewaren tot…" moves the day later.
void TestHoldsGui::breachClosedWithItsHoldsKept()
{
    const QDate today = systemClock().today();
    Breach b;
    b.title = u"Camerabeelden bij de verkeerde huurder"_s;
    b.discoveredAt = pd::test::systemNow().addSecs(-3600);
    b.natures = { BreachNature::Vertrouwelijkheid };
    b.data = { DataCategory::Naw };
    b.persons = 1;
    ServiceError error;
    BreachService breaches(Session { *m_store });
    const auto breach = breaches.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(breach, qPrintable(error.message));
    QVERIFY2(breaches.assess(breach->number,
                             { BreachRisk::Geen, u"Eén huurder, geen gevolgen"_s, {} },
                             BsnCheck::Refuse, &error),
             qPrintable(error.message));
    NewExternalHold hold;
    hold.system = u"Camerasysteem"_s;
    hold.secured = u"Beelden portiek"_s;
    hold.recordedOn = today;
    hold.securedOn = today;
    const auto added = ExternalHoldService(Session { *m_store })
                           .add(ExternalHoldService::Owner::Breach, breach->number, hold,
                                BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));

    BreachDetailWidget detail(Session { *m_store });
    QVERIFY(detail.showBreach(breach->number));
    const QDate until = today.addMonths(2);
    QString question;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->informativeText();
        for (QAbstractButton *button : box->buttons())
            if (button->text().contains(u"keep them"_s)) {
                QTimer::singleShot(0, [&] {
                    auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                    QVERIFY(dialog && dialog->objectName() == u"keptUntilDialog"_s);
                    dialog->findChild<QDateEdit *>()->setDate(until);
                    dialog->accept();
                });
                button->click();
            }
    });
    QVERIFY(detail.closeBreach());
    QVERIFY2(question.contains(u"hold %1 (Camerasysteem)"_s.arg(added->id)), qPrintable(question));
    auto holds = ExternalHoldService(Session { *m_store })
                     .of(ExternalHoldService::Owner::Breach, breach->number, &error);
    QVERIFY2(holds && holds->size() == 1, qPrintable(error.message));
    QVERIFY(holds->first().held());
    QCOMPARE(holds->first().keptUntil, until);
    QCOMPARE(holds->first().ownerClosedOn, today);

    ExternalHoldsWidget widget(Session { *m_store, systemClock() });
    widget.showOwner(ExternalHoldService::Owner::Breach, breach->number);
    widget.list()->setCurrentRow(0);
    QVERIFY(widget.keepButton()->isEnabled());
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QDateEdit *>()->date(), until);
        dialog->findChild<QDateEdit *>()->setDate(until.addMonths(1));
        dialog->accept();
    });
    QVERIFY(widget.keepUntil());
    holds = ExternalHoldService(Session { *m_store })
                .of(ExternalHoldService::Owner::Breach, breach->number, &error);
    QVERIFY(holds);
    QCOMPARE(holds->first().keptUntil, until.addMonths(1));
    QVERIFY2(widget.lines().first().startsWith(u"Camerasysteem: Beelden portiek — data breach "
                                               "closed on"_s),
             qPrintable(widget.lines().first()));
}

QTEST_MAIN(TestHoldsGui)
#include "tst_holdsgui.moc"
