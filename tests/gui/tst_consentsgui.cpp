// In the desk, offscreen on a real store: the request's overview shows the person's
// consents (art. 7 AVG); a consent is recorded through its dialog and withdrawn through its own,
// which refuses a day before the consent was given with the reason shown and keeps the consent
// in the list, marked withdrawn. On both backends.

#include "GuiTestSupport.h"
#include "MessageLabel.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseService.h"
#include "cases/ConsentWidget.h"
#include "registers/Consents.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

class TestConsentsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overviewShowsTheConsents();
    void recordedAndWithdrawnThroughTheDialogs();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    QString m_case;
    qint64 m_person = 0;
};

void TestConsentsGui::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    NewCase request;
    request.person.name = u"Tineke Toestemming"_s;
    request.person.klantnummer = u"K380002"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = systemClock().today().addDays(-3);
    ServiceError error;
    const auto c = CaseService(Session { *m_store }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    m_case = c->number;
    m_person = c->person.id;
    NewConsent consent;
    consent.personId = m_person;
    consent.purpose = u"Nieuwsbrief"_s;
    consent.how = u"Formulier Mijn ieder1"_s;
    consent.givenOn = systemClock().today().addDays(-20);
    QVERIFY2(ConsentService(Session { *m_store }).give(consent, BsnCheck::Refuse, &error),
             qPrintable(error.message));
}

void TestConsentsGui::overviewShowsTheConsents()
{
    CaseDetailWidget detail(Session { *m_store }, test::testUser);
    QVERIFY(detail.showCase(m_case));
    auto *consents = detail.findChild<ConsentWidget *>();
    QVERIFY(consents);
    QVERIFY(!consents->isHidden());
    const QString lines = consents->lines().join(u'\n');
    QVERIFY2(lines.contains(u"Nieuwsbrief"_s), qPrintable(lines));
    QVERIFY2(lines.contains(u"Formulier Mijn ieder1"_s), qPrintable(lines));
    QVERIFY(!consents->addButton()->isHidden());
}

void TestConsentsGui::recordedAndWithdrawnThroughTheDialogs()
{
    ConsentWidget consents(Session { *m_store, systemClock() });
    consents.showPerson(m_person);
    QCOMPARE(consents.lines().size(), 1);
    {
        ConsentDialog dialog(Session { *m_store, systemClock() }, m_person);
        QVERIFY(dialog.purposeBox()->count() > 0); // suggestions
        dialog.purposeBox()->setCurrentText(u"Foto's op de website"_s);
        dialog.givenEdit()->setDate(systemClock().today().addDays(-5));
        dialog.howBox()->setCurrentText(u"E-mail"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    consents.reload();
    QCOMPARE(consents.lines().size(), 2);
    const int row
        = consents.lines().indexOf(consents.lines().filter(u"Foto's op de website"_s).value(0));
    QVERIFY(row >= 0);
    consents.list()->setCurrentRow(row);
    QVERIFY(consents.withdrawButton()->isEnabled());
    ServiceError error;
    const auto list = ConsentService(Session { *m_store }).ofPerson(m_person, &error);
    QVERIFY2(list, qPrintable(error.message));
    const PersonConsent photos = list->at(row);
    {
        ConsentWithdrawDialog dialog(Session { *m_store, systemClock() }, photos);
        // The date edit cannot go before the day the consent was given.
        QCOMPARE(dialog.withdrawnEdit()->minimumDate(), photos.givenOn);
        dialog.howBox()->setCurrentText(u" "_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<MessageLabel *>()->message().isEmpty());
        dialog.howBox()->setCurrentText(u"Telefoon"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    consents.reload();
    const QString lines = consents.lines().join(u'\n');
    QCOMPARE(consents.lines().size(), 2);
    QVERIFY2(lines.contains(u"withdrawn on"_s), qPrintable(lines));
    QVERIFY2(lines.contains(u"Telefoon"_s), qPrintable(lines));
}

QTEST_MAIN(TestConsentsGui)
#include "tst_consentsgui.moc"
