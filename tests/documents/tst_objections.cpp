// Objections that fit the sector, and a rectification refused because the data are right: what
// the decision letter, the stored request and the AP dossier say. An objection to the newsletter
// and to the disclosure to the bailiff is recorded as against direct marketing for its marketing
// part (art. 21(3) AVG, absolute) while the other part is refused under art. 21(1); a
// rectification refused because what is recorded is accurate cites art. 16, never art. 12(5).

#include "DocumentFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "documents/ComplaintDossier.h"
#include "letters/Letters.h"
#include "session/Session.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QString plain(const QString &html)
{
    return LetterTemplates::plainText(html).simplified();
}

} // namespace

class TestObjections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mixedObjection();
    void rectificationOfAccurateData();

private:
    QString decisionText(const QString &number);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
};

void TestObjections::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    QVERIFY2(m_fixture->setOrganisation(), qPrintable(m_fixture->error()));
}

QString TestObjections::decisionText(const QString &number)
{
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(number, LetterKind::Besluit, &error);
    if (!letter)
        qWarning("%s", qPrintable(error.message));
    return letter ? plain(letter->html) : QString();
}

void TestObjections::mixedObjection()
{
    const auto c = m_fixture->addCase(u"D. Deurwaarder-van Dijk"_s, u"K300101"_s,
                                      { RequestType::Bezwaar }, QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 22));
    // Not marked as against direct marketing: the newsletter makes it so.
    Completion done = test::completion(
        Outcome::DeelsToegewezen, QDate(2026, 9, 22), u"per post"_s,
        { RefusalGround::Art21Dwingend },
        u"De huurachterstand is na drie aanmaningen en een betalingsregeling niet betaald; de "
        "overlastmeldingen zijn nodig voor de afspraken met de gemeente."_s);
    done.granted = u"U ontvangt onze nieuwsbrief niet meer."_s;
    done.objection = { { ObjectionSubject::Nieuwsbrief, {}, true },
                       { ObjectionSubject::Deurwaarder, {}, false },
                       { ObjectionSubject::Overlast, {}, false } };
    ServiceError error;
    CaseService cases(Session { *m_store, m_fixture->clock() });
    QVERIFY2(cases.complete(c->number, done, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto stored = cases.find(c->number, test::MustRead());
    QVERIFY(stored->directMarketing);
    QCOMPARE(stored->objection, done.objection);
    QCOMPARE(stored->refusalGrounds, QList<RefusalGround> { RefusalGround::Art21Dwingend });

    const QString text = decisionText(c->number);
    QVERIFY2(text.contains(u"Tegen reclame kunt u altijd bezwaar maken (artikel 21 lid 3 AVG)"_s),
             qPrintable(text));
    const qsizetype stopped = text.indexOf(u"Hiervoor gebruiken wij uw gegevens niet meer:"_s);
    const qsizetype kept = text.indexOf(u"Hiervoor blijven wij uw gegevens gebruiken:"_s);
    QVERIFY2(stopped >= 0 && kept > stopped, qPrintable(text));
    QVERIFY(text.indexOf(u"onze nieuwsbrief"_s, stopped) < kept);
    QVERIFY(text.indexOf(u"het doorgeven van gegevens aan de deurwaarder bij een "
                         "huurachterstand"_s,
                         kept)
            > kept);
    QVERIFY(text.indexOf(u"het vastleggen van meldingen over overlast"_s, kept) > kept);
    QVERIFY2(text.contains(u"(artikel 21 lid 1 AVG)"_s), qPrintable(text));
    // Never the whole objection called "reclame".
    QVERIFY2(!text.contains(u"voor de reclame waartegen u bezwaar maakte"_s), qPrintable(text));

    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString dossier = test::DocumentFixture::dossierText(*content);
    QVERIFY2(dossier.contains(ComplaintDossier::tr("The objection is partly against direct "
                                                   "marketing: that part is absolute (art. "
                                                   "21(3) GDPR); the other subjects were weighed "
                                                   "(art. 21(1) GDPR).")),
             qPrintable(dossier));
    QVERIFY(dossier.contains(codes::label(ObjectionSubject::Deurwaarder)));
}

void TestObjections::rectificationOfAccurateData()
{
    const auto c = m_fixture->addCase(u"R. Recht"_s, u"K300102"_s, { RequestType::Rectificatie },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 22));
    const Completion done = test::completion(
        Outcome::Afgewezen, QDate(2026, 9, 22), u"per post"_s, { RefusalGround::Art16 },
        u"De ingangsdatum staat zo in de huurovereenkomst die u heeft ondertekend."_s);
    ServiceError error;
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString text = decisionText(c->number);
    QVERIFY2(text.contains(u"Ze zijn juist en volledig, dus wij veranderen ze niet (artikel 16 "
                           "AVG)."_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"artikel 12 lid 5"_s), qPrintable(text));
}

QTEST_MAIN(TestObjections)
#include "tst_objections.moc"
