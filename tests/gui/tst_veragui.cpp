// The organisation's VERA systems in the desk, in Dutch, against the fictitious corporation's
// systems: Instellingen → Systemen lists them, a beheerder adds one through its dialog (the key
// never shown again, a refusal said in the dialog) and removes one, the check fills in each
// system's answer from a worker thread; on a request's Systemen tab "Zoeken in systemen…" runs
// the search with a row per system, records it and ticks the checklist; a functionaris is not
// offered adding or removing; the retention items are fetched from the Overeenkomsten system.

#include "GuiTestSupport.h"
#include "MessageLabel.h"
#include "OrganisationSupport.h"
#include "RegisterSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "VeraFixture.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseService.h"
#include "cases/CaseSystemsWidget.h"
#include "cases/RestrictionWidget.h"
#include "cases/VeraDestroyedDialog.h"
#include "cases/VeraMarksDialog.h"
#include "cases/VeraSearchDialog.h"
#include "letters/Letters.h"
#include "registers/ProcessingRegister.h"
#include "registers/VeraSyncDialog.h"
#include "retention/HoldsAtClose.h"
#include "retention/Restrictions.h"
#include "session/Session.h"
#include "settings/VeraSystemDialog.h"
#include "settings/VeraSystemsWidget.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"
#include "vera/VeraService.h"
#include "vera/VeraWriteBack.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using namespace pd::test;

class TestVeraGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void beheerderAddsChecksAndRemoves();
    void aRefusalStaysInTheDialog();
    void theRequestsSystemsAreSearched();
    void theRetentionIsFetchedFromTheSystems();
    void aRestrictionsMarksAreSentFromTheDesk();
    void aLiftedRestrictionOffersItsMarks();
    void aMarkThatCannotBeDoneIsSetAside();
    void anErasureGrantedInPartAsksWhichCasesWent();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    // The relations system and the dossier system that may be marked, and a request to restrict
    // (or of another kind) of K1001; empty (with a warning) when that failed.
    QString addRestrictionRequest(RequestType type = RequestType::Beperking);
    bool search(const QString &number);

    QTemporaryDir m_tmp;
    VeraFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestVeraGui::initTestCase()
{
    QVERIFY(test::startDeskTest(m_tmp));
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QString why;
    if (!VeraFixture::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(m_fixture.start(m_tmp.filePath(u"fixture"_s), &why,
                             VeraFixture::Answers::CheckedAgainstSpecification),
             qPrintable(why));
}

void TestVeraGui::cleanupTestCase()
{
    QSettings().clear();
}

void TestVeraGui::init()
{
    QString why;
    QVERIFY2(m_fixture.reset(&why), qPrintable(why));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
}

void TestVeraGui::cleanup()
{
    m_store.reset();
    m_dir.reset();
    const QStringList violations = m_fixture.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

QString TestVeraGui::addRestrictionRequest(RequestType type)
{
    ServiceError error;
    VeraService vera(Session { *m_store });
    VeraSystem dossier
        = m_fixture.apiKeySystem(u"Tobias Dossier"_s, u"dossier"_s, VeraDomain::Dossier);
    dossier.writeBack = true;
    NewCase request;
    request.person.name = u"Anna de Vries"_s;
    request.person.klantnummer = u"K1001"_s;
    request.person.relation = Relation::Huurder;
    request.types = { type };
    request.receivedDate = systemToday();
    std::optional<Case> c;
    if (vera.addSystem(m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s), &error)
        && vera.addSystem(dossier, &error))
        c = CaseService(Session { *m_store }).add(request, BsnCheck::Refuse, &error);
    if (!c)
        qWarning("no request to restrict: %s", qPrintable(error.message));
    return c ? c->number : QString();
}

bool TestVeraGui::search(const QString &number)
{
    return VeraFixture::search(Session { *m_store }, number);
}

QString TestVeraGui::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

void TestVeraGui::beheerderAddsChecksAndRemoves()
{
    VeraSystemsWidget widget(Session { *m_store });
    widget.resize(1000, 500);
    widget.show();
    QCOMPARE(widget.table()->rowCount(), 0);
    QVERIFY2(widget.status()->text().contains(u"Nog geen systemen"_s),
             qPrintable(widget.status()->text()));
    shot(&widget, "vera-systems-empty");

    VeraSystemDialog dialog(Session { *m_store });
    dialog.nameEdit()->setText(u"Empire"_s);
    dialog.urlEdit()->setText(m_fixture.baseUrl(u"relaties"_s));
    dialog.secretEdit()->setText(QString::fromLatin1(VeraFixture::apiKey));
    dialog.caEdit()->setText(writeFile(u"ca.pem"_s, m_fixture.caPem()));
    QCOMPARE(dialog.secretEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog.tokenUrlEdit()->isVisibleTo(&dialog));
    shot(&dialog, "vera-system-dialog");
    QVERIFY2(dialog.save(), qPrintable(dialog.message()->message()));
    VeraSystemDialog oauth(Session { *m_store });
    oauth.nameEdit()->setText(u"Tobias"_s);
    oauth.domainBox()->setCurrentIndex(oauth.domainBox()->findData(int(VeraDomain::Dossier)));
    oauth.urlEdit()->setText(m_fixture.baseUrl(u"kapot"_s));
    oauth.authBox()->setCurrentIndex(1);
    QVERIFY(oauth.tokenUrlEdit()->isVisibleTo(&oauth));
    oauth.tokenUrlEdit()->setText(m_fixture.tokenUrl());
    oauth.clientIdEdit()->setText(QString::fromLatin1(VeraFixture::clientId));
    oauth.secretEdit()->setText(QString::fromLatin1(VeraFixture::clientSecret));
    oauth.caEdit()->setText(m_dir->filePath(u"ca.pem"_s));
    QVERIFY2(oauth.save(), qPrintable(oauth.message()->message()));

    widget.reload();
    QCOMPARE(widget.table()->rowCount(), 2);
    // By domain: Dossier before Relaties.
    QCOMPARE(widget.table()->item(0, VeraSystemsWidget::NameColumn)->text(), u"Tobias"_s);
    QCOMPARE(widget.table()->item(1, VeraSystemsWidget::AuthColumn)->text(), u"API-sleutel"_s);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < VeraSystemsWidget::Columns - 1; ++column)
            QVERIFY(!widget.table()
                         ->item(row, column)
                         ->text()
                         .contains(QLatin1StringView(VeraFixture::apiKey)));
    }
    widget.checkAll();
    // The answers are shown when the worker's result arrives, after it stopped running.
    QTRY_COMPARE_WITH_TIMEOUT(widget.table()->item(1, VeraSystemsWidget::CheckColumn)->text(),
                              u"ok"_s, 30000);
    QVERIFY(!widget.checking());
    QVERIFY2(widget.table()
                 ->item(0, VeraSystemsWidget::CheckColumn)
                 ->text()
                 .contains(u"Database niet beschikbaar"_s),
             qPrintable(widget.table()->item(0, VeraSystemsWidget::CheckColumn)->text()));
    shot(&widget, "vera-systems-checked");

    widget.table()->setCurrentCell(0, 0);
    QVERIFY(widget.removeSelected(true));
    QCOMPARE(widget.table()->rowCount(), 1);
    ServiceError error;
    QCOMPARE(VeraService(Session { *m_store }).systems(&error)->size(), 1);
}

void TestVeraGui::aRefusalStaysInTheDialog()
{
    VeraSystemDialog dialog(Session { *m_store });
    dialog.nameEdit()->setText(u"Empire"_s);
    dialog.urlEdit()->setText(u"http://vera.woonstad.example/relaties"_s);
    dialog.secretEdit()->setText(u"sleutel"_s);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.message()->message().contains(u"https://"_s),
             qPrintable(dialog.message()->message()));
    // What was typed stays, to be corrected.
    QCOMPARE(dialog.nameEdit()->text(), u"Empire"_s);
    ServiceError error;
    QCOMPARE(VeraService(Session { *m_store }).systems(&error)->size(), 0);
}

void TestVeraGui::theRequestsSystemsAreSearched()
{
    ServiceError error;
    VeraService vera(Session { *m_store });
    QVERIFY(vera.addSystem(m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s), &error));
    QVERIFY(vera.addSystem(
        m_fixture.apiKeySystem(u"Planon"_s, u"onderhoud"_s, VeraDomain::Onderhoud), &error));
    QVERIFY(vera.addSystem(m_fixture.apiKeySystem(u"Enquêtes"_s, u"niet"_s, VeraDomain::Kwaliteit),
                           &error));
    QVERIFY2(ProcessingRegister(Session { *m_store })
                 .add(test::processingActivity(u"A.1"_s, u"Verhuur"_s, { u"huurders"_s },
                                               { u"Empire"_s, u"Planon"_s, u"Enquêtes"_s }),
                      BsnCheck::Refuse, &error),
             qPrintable(error.message));
    NewCase request;
    request.person.name = u"Anna de Vries"_s;
    request.person.klantnummer = u"K1001"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.receivedDate = systemToday();
    const auto c = CaseService(Session { *m_store }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));

    CaseSystemsWidget systems(Session { *m_store });
    systems.showCase(c->number);
    QVERIFY(systems.searchButton()->isEnabled());
    QCOMPARE(systems.searchButton()->text(), u"&Zoeken in systemen…"_s);

    VeraSearchDialog dialog(Session { *m_store }, c->number);
    QSignalSpy recorded(&dialog, &VeraSearchDialog::recorded);
    dialog.resize(900, 400);
    dialog.show();
    QVERIFY(dialog.start());
    QCOMPARE(dialog.table()->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 60000);
    QVERIFY(!dialog.running());
    QStringList rows;
    for (int row = 0; row < 3; ++row)
        rows << dialog.table()->item(row, VeraSearchDialog::SystemColumn)->text() + u'='
                + dialog.table()->item(row, VeraSearchDialog::StatusColumn)->text() + u'='
                + dialog.table()->item(row, VeraSearchDialog::ObjectsColumn)->text();
    QVERIFY2(rows.contains(u"Empire=doorzocht=6"_s), qPrintable(rows.join(u' ')));
    QVERIFY2(rows.contains(u"Planon=doorzocht=1"_s), qPrintable(rows.join(u' ')));
    QVERIFY2(rows.contains(u"Enquêtes=niet ondersteund=0"_s), qPrintable(rows.join(u' ')));
    QVERIFY2(
        dialog.status()->text().contains(u"Vastgelegd bij het verzoek: 7 gegevens gevonden."_s),
        qPrintable(dialog.status()->text()));
    shot(&dialog, "vera-search-done");

    systems.showCase(c->number);
    QStringList ticked;
    for (int row = 0; row < systems.table()->rowCount(); ++row)
        ticked << systems.table()->item(row, CaseSystemsWidget::SystemColumn)->text() + u'='
                + systems.table()->item(row, CaseSystemsWidget::ResultColumn)->text();
    QVERIFY2(ticked.contains(u"Empire=Gegevens gevonden (in het inzageoverzicht)"_s),
             qPrintable(ticked.join(u' ')));
    QVERIFY2(ticked.contains(u"Enquêtes=Niet te doorzoeken (zie notitie)"_s),
             qPrintable(ticked.join(u' ')));
}

// Bestand → "Bewaartermijnen ophalen uit systemen…": the dialog names the systems it reads,
// reads them on a worker thread and records the rows through the person import.
void TestVeraGui::theRetentionIsFetchedFromTheSystems()
{
    ServiceError error;
    VeraService vera(Session { *m_store });
    QVERIFY(vera.addSystem(m_fixture.apiKeySystem(u"Empire"_s, u"relaties"_s), &error));
    QVERIFY(vera.addSystem(m_fixture.apiKeySystem(u"Empire Contracten"_s, u"overeenkomsten"_s,
                                                  VeraDomain::Overeenkomsten),
                           &error));
    VeraSyncDialog dialog(Session { *m_store });
    QSignalSpy synced(&dialog, &VeraSyncDialog::synced);
    dialog.show();
    QVERIFY(dialog.prepare());
    QVERIFY(dialog.status()->text().contains(u"Empire Contracten"_s));
    QVERIFY(dialog.fetchButton()->isEnabled());
    QTest::mouseClick(dialog.fetchButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
    QVERIFY(!dialog.running());
    QVERIFY(!dialog.fetchButton()->isVisible());
    QCOMPARE(rowsAsText(m_store->database(),
                        u"SELECT klantnummer, relation, relation_end FROM persons "
                        "ORDER BY klantnummer"_s),
             QStringList({ u"K1001|huurder|NULL"_s, u"K2002|ex-huurder|2025-06-30"_s }));
    // K3003 is on two relations: both rows rejected, each named by its relation.
    QVERIFY(dialog.rejected()->isVisible());
    QVERIFY2(dialog.rejected()->toPlainText().contains(u"R3003"_s)
                 && dialog.rejected()->toPlainText().contains(u"R3004"_s),
             qPrintable(dialog.rejected()->toPlainText()));
    shot(&dialog, "vera-sync-done");
}

// A restriction's search plans GEB for the Zaak found in the dossier system that allows it; the
// Systems tab offers the marks, and the marks window sends them and shows them done.
void TestVeraGui::aRestrictionsMarksAreSentFromTheDesk()
{
    const QString number = addRestrictionRequest();
    QVERIFY(!number.isEmpty());
    CaseSystemsWidget systems(Session { *m_store });
    systems.showCase(number);
    QVERIFY(systems.marksButton()->isHidden());
    // A restriction has no list of systems, yet its data are searched to be blocked.
    QVERIFY(systems.searchButton()->isEnabled());
    QVERIFY2(systems.status()->text().startsWith(u"Een beperking heeft geen lijst van systemen."_s),
             qPrintable(systems.status()->text()));
    QVERIFY(search(number));
    systems.showCase(number);
    QVERIFY(!systems.marksButton()->isHidden());
    QCOMPARE(systems.marksButton()->text(), u"Mar&keringen in systemen (1 niet gedaan)…"_s);
    systems.resize(1000, 360);
    systems.show();
    shot(&systems, "vera-marks-on-the-request");

    VeraMarksDialog dialog(Session { *m_store }, number);
    dialog.resize(900, 300);
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, VeraMarksDialog::StateColumn)->text(), u"te doen"_s);
    QCOMPARE(dialog.table()->item(0, VeraMarksDialog::WhatColumn)->text(),
             u"Zaak geblokkeerd (archiefstatus GEB)"_s);
    QCOMPARE(dialog.openMarks(), 1);
    QSignalSpy recorded(&dialog, &VeraMarksDialog::recorded);
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 60000);
    QCOMPARE(dialog.table()->item(0, VeraMarksDialog::StateColumn)->text(), u"gedaan"_s);
    QCOMPARE(dialog.openMarks(), 0);
    QVERIFY(!dialog.sendButton()->isEnabled());
    QCOMPARE(dialog.status()->text(), u"Alle markeringen zijn gedaan."_s);
    systems.showCase(number);
    QCOMPARE(systems.marksButton()->text(), u"Mar&keringen in systemen…"_s);
    shot(&dialog, "vera-marks-done");
}

// The restriction granted and its block set; lifting it on the request (after its notice) plans
// the marks that lift the block, and the desk opens them to be sent, as after a decision.
void TestVeraGui::aLiftedRestrictionOffersItsMarks()
{
    const Session session { *m_store };
    ServiceError error;
    const QString organisation = setOrganisationForLetters(session, u"Woonstad Voorbeeld"_s);
    QVERIFY2(organisation.isEmpty(), qPrintable(organisation));
    const QString number = addRestrictionRequest();
    QVERIFY(!number.isEmpty() && search(number));
    CaseService cases(session);
    VeraWriteBack writeBack(session);
    const auto blocks = writeBack.prepare(number, &error);
    QVERIFY2(blocks && blocks->items.size() == 1, qPrintable(error.message));
    QVERIFY(writeBack.record(VeraWriteBack::send(*blocks, systemClock(), nullptr, {}), &error));
    NewRestriction restriction;
    restriction.klantnummer = u"K1001"_s;
    restriction.data = u"Klachtdossier"_s;
    restriction.ground = RestrictionGround::LegalClaims;
    restriction.reason = u"Nodig voor een procedure bij de huurcommissie"_s;
    restriction.caseNumber = number;
    QVERIFY2(RestrictionService(session).record(restriction, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(HoldsClosing(session).completeRequest(cases, number,
                                                   completion(Outcome::Toegewezen, systemToday(),
                                                              u"brief"_s, {}, {}, knownDataSubject),
                                                   HoldsAtClose {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    LetterService letters(session);
    const auto notice = letters.render(number, LetterKind::KennisgevingOpheffingBeperking, &error);
    QVERIFY2(notice, qPrintable(error.message));
    const auto letter = letters.record(*notice, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY2(letters.recordDispatch(number, letter->id, systemToday(), u"per post"_s,
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));

    CaseDetailWidget detail(session, test::testUser);
    detail.resize(1280, 800);
    detail.show();
    detail.showCase(number);
    auto *widget = detail.findChild<RestrictionWidget *>();
    QVERIFY(widget);
    QString offered;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *marks = qobject_cast<VeraMarksDialog *>(QApplication::activeModalWidget());
        if (!marks || marks->openMarks() != 0)
            return;
        offered = marks->table()->item(1, VeraMarksDialog::StateColumn)->text() + u' '
            + marks->table()->item(1, VeraMarksDialog::WhatColumn)->text();
        static_cast<QDialog *>(marks)->reject();
    });
    poll.start(100);
    QVERIFY(widget->lift());
    QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty(), 60000);
    QCOMPARE(offered, u"gedaan Blokkade van de zaak opgeheven (archiefstatus weer ACT)"_s);
}

// A mark the system refuses is set aside from the marks window: the chosen row, the reason asked
// for, then shown as set aside with that reason, and nothing left to send.
void TestVeraGui::aMarkThatCannotBeDoneIsSetAside()
{
    const Session session { *m_store };
    QFile refuse(m_tmp.filePath(u"fixture/refuse-writes"_s));
    QVERIFY(refuse.open(QIODevice::WriteOnly));
    refuse.write("dossier/zaken/Z1\n");
    refuse.close();
    const QString number = addRestrictionRequest();
    QVERIFY(!number.isEmpty() && search(number));

    VeraMarksDialog dialog(session, number);
    dialog.resize(900, 300);
    dialog.show();
    QSignalSpy recorded(&dialog, &VeraMarksDialog::recorded);
    QVERIFY(dialog.send());
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 60000);
    QCOMPARE(dialog.table()->item(0, VeraMarksDialog::StateColumn)->text(), u"geweigerd"_s);
    QVERIFY(!dialog.dismissButton()->isEnabled()); // no row chosen yet
    dialog.table()->selectRow(0);
    QVERIFY(dialog.dismissButton()->isEnabled());
    const QString why = u"Tobias is vervangen door een nieuw dossiersysteem"_s;
    QTimer::singleShot(0, this, [why] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        input->setTextValue(why);
        input->accept();
    });
    QTest::mouseClick(dialog.dismissButton(), Qt::LeftButton);
    QCOMPARE(recorded.count(), 2);
    QCOMPARE(dialog.table()->item(0, VeraMarksDialog::StateColumn)->text(), u"vervallen"_s);
    QCOMPARE(dialog.table()->item(0, VeraMarksDialog::ReasonColumn)->text(),
             u"Vervallen verklaard door %1: %2"_s.arg(test::testUser, why));
    QCOMPARE(dialog.status()->text(), u"Er staat geen markering meer open."_s);
    QCOMPARE(dialog.openMarks(), 0);
    QVERIFY(!dialog.sendButton()->isEnabled());
    QVERIFY(!dialog.dismissButton()->isEnabled());
    shot(&dialog, "vera-mark-set-aside");
}

// An erasure granted in part: the marks window asks which cases went, the officer ticks the one
// found, and its VER is planned and sent at once; then it is not asked again.
void TestVeraGui::anErasureGrantedInPartAsksWhichCasesWent()
{
    const Session session { *m_store };
    const QString number = addRestrictionRequest(RequestType::Verwijdering);
    QVERIFY(!number.isEmpty() && search(number));
    CaseService cases(session);
    ServiceError error;
    QVERIFY2(HoldsClosing(session).completeRequest(
                 cases, number,
                 completion(Outcome::DeelsToegewezen, systemToday(), u"brief"_s,
                            { RefusalGround::Art17_3b }, u"De huuradministratie blijft bewaard"_s,
                            knownDataSubject),
                 HoldsAtClose {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    VeraMarksDialog dialog(session, number);
    dialog.resize(900, 300);
    dialog.show();
    QVERIFY(dialog.destroyedButton()->isVisible());
    QVERIFY2(dialog.status()->text().startsWith(u"De verwijdering is deels toegewezen"_s),
             qPrintable(dialog.status()->text()));
    QString listed;
    QTimer::singleShot(0, this, [&listed] {
        auto *ask = qobject_cast<VeraDestroyedDialog *>(QApplication::activeModalWidget());
        QVERIFY(ask);
        shot(ask, "vera-destroyed-cases");
        listed = ask->list()->item(0)->text();
        ask->list()->item(0)->setCheckState(Qt::Checked);
        ask->accept();
    });
    QSignalSpy recorded(&dialog, &VeraMarksDialog::recorded);
    QTest::mouseClick(dialog.destroyedButton(), Qt::LeftButton);
    QVERIFY2(listed.startsWith(u"Klacht over geluidsoverlast"_s)
                 && listed.endsWith(u"(Tobias Dossier)"_s),
             qPrintable(listed));
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 2, 60000); // planned, then sent
    QCOMPARE(dialog.table()->item(1, VeraMarksDialog::WhatColumn)->text(),
             u"Zaak als vernietigd gemarkeerd (archiefstatus VER)"_s);
    QCOMPARE(dialog.table()->item(1, VeraMarksDialog::StateColumn)->text(), u"gedaan"_s);
    QVERIFY(!dialog.destroyedButton()->isVisible());
}

QTEST_MAIN(TestVeraGui)
#include "tst_veragui.moc"
