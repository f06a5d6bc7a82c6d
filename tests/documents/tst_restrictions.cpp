// The restriction of processing on a person (art. 18 lid 1 sub a and d). Recorded on
// the person with which data, from when and why (the article's grounds), linked to the request
// when there is one; shown in the inzage report and the request's JSON; lifted only after the
// notice to the person was recorded as sent (art. 18 lid 3), refused in words before that; the
// notice is a letter kind of its own; events on the person's and the request's trail, in words
// in the AP dossier; a KCC employee sees the marker and writes nothing. On both backends.

#include "DocumentFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonReport.h"
#include "documents/PersonReportDocument.h"
#include "letters/Letters.h"
#include "retention/Restrictions.h"
#include "session/Session.h"
#include "users/UserService.h"
#include "util/Translations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

const QString kcc = u"k.smit"_s;
const QString kccPassword = u"wachtwoord-van-smit"_s;

QString plain(const QString &html)
{
    return LetterTemplates::plainText(html).simplified();
}

// A restriction because the data's accuracy is contested (art. 18(1)(a)), linked to a request.
NewRestriction contested(const QString &klantnummer, const QString &data, const QString &reason,
                         const QString &caseNumber)
{
    NewRestriction r;
    r.klantnummer = klantnummer;
    r.data = data;
    r.ground = RestrictionGround::Accuracy;
    r.reason = reason;
    r.caseNumber = caseNumber;
    return r;
}

} // namespace

class TestRestrictions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groundsInTheArticlesWords();
    void recordedOnThePersonAndTheRequest();
    void liftingNeedsTheNoticeFirst();
    void noticeOnlyWithARestrictionInForce();
    void shownInTheReportAndTheDossier();
    void wrongInputRefused();
    void liftAfterRectificationUsesTheCorrectedData();
    void liftAfterPartialRectificationUsesTheCorrectedData();
    void objectionDecidedKeepsWhatStopped();
    void documentsSayWhatARestrictionWaitsFor();
    void kccSeesTheMarkerAndWritesNothing();

private:
    RestrictionService service()
    {
        return RestrictionService(Session { *m_store, m_fixture->clock() });
    }
    // A request for rectification and restriction received on 1 June 2026 and identified, and
    // the restriction of the contested data recorded for it on 2 June; nullopt (with a warning)
    // when that failed.
    std::optional<std::pair<Case, PersonRestriction>>
    rectificationContested(const QString &name, const QString &klantnummer, const QString &data,
                           const QString &reason);
    QStringList actions(const QString &type, const QString &id) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
    QString m_case; // a rectification of K410001
    qint64 m_person = 0;
    qint64 m_restriction = 0;
};

void TestRestrictions::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    QVERIFY2(m_fixture->setOrganisation(), qPrintable(m_fixture->error()));
    const auto c = m_fixture->addCase(u"R. Beperkt"_s, u"K410001"_s,
                                      { RequestType::Rectificatie, RequestType::Beperking },
                                      QDate(2026, 5, 4));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    m_case = c->number;
    m_person = c->person.id;
}

std::optional<std::pair<Case, PersonRestriction>>
TestRestrictions::rectificationContested(const QString &name, const QString &klantnummer,
                                         const QString &data, const QString &reason)
{
    const auto c = m_fixture->addCase(name, klantnummer,
                                      { RequestType::Rectificatie, RequestType::Beperking },
                                      QDate(2026, 6, 1));
    if (!c || !m_fixture->identify(c->number, QDate(2026, 6, 1), QDate(2026, 6, 1))) {
        qWarning() << m_fixture->error();
        return std::nullopt;
    }
    m_fixture->at(QDate(2026, 6, 2));
    ServiceError error;
    const auto recorded = service().record(contested(klantnummer, data, reason, c->number),
                                           BsnCheck::Refuse, &error);
    if (!recorded) {
        qWarning() << error.message;
        return std::nullopt;
    }
    return std::pair { *c, *recorded };
}

QStringList TestRestrictions::actions(const QString &type, const QString &id) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT action FROM audit_events WHERE entity_type = ? AND entity_id = ? "
                  "ORDER BY seq"_s);
    query.addBindValue(type);
    query.addBindValue(id);
    QStringList found;
    if (!query.exec())
        return { u"<read failed>"_s };
    while (query.next())
        found << query.value(0).toString();
    return found;
}

// Art. 18 lid 1 sub a to d, as the AVG words them (checked against the Dutch text).
void TestRestrictions::groundsInTheArticlesWords()
{
    QCOMPARE(codes::from<RestrictionGround>(u"a"_s), RestrictionGround::Accuracy);
    // Typed on the command line: read trimmed and in either case.
    QCOMPARE(codes::from<RestrictionGround>(u"D"_s), RestrictionGround::Objection);
    QCOMPARE(codes::from<RestrictionGround>(u" b "_s), RestrictionGround::Unlawful);
    QCOMPARE(codes::code(RestrictionGround::LegalClaims), u"c"_s);
    QVERIFY(!codes::from<RestrictionGround>(u"e"_s));
    QVERIFY(RestrictionCodes::dutchText(RestrictionGround::Accuracy)
                .contains(u"de juistheid van de persoonsgegevens wordt betwist"_s));
    QVERIFY(RestrictionCodes::dutchText(RestrictionGround::Objection)
                .contains(u"in afwachting van het antwoord op de vraag of onze "
                          "gerechtvaardigde gronden zwaarder wegen dan die van u"_s));
    QVERIFY(RestrictionCodes::dutchText(RestrictionGround::LegalClaims)
                .contains(u"instelling, uitoefening of onderbouwing van een rechtsvordering"_s));
    QVERIFY(codes::label(RestrictionGround::Objection).contains(u"18(1)(d)"_s));
    // The letter that quotes them says "u heeft", as every letter (seed 003: "u hebt
    // bezwaar gemaakt" in the kennisgeving opheffing beperking).
    for (const RestrictionGround ground :
         { RestrictionGround::Accuracy, RestrictionGround::Unlawful, RestrictionGround::LegalClaims,
           RestrictionGround::Objection })
        QVERIFY2(!RestrictionCodes::dutchText(ground).contains(u"u hebt"_s),
                 qPrintable(RestrictionCodes::dutchText(ground)));
}

void TestRestrictions::recordedOnThePersonAndTheRequest()
{
    m_fixture->at(QDate(2026, 5, 6));
    const NewRestriction r
        = contested(u"K410001"_s, u"Telefoonnummer en e-mailadres"_s,
                    u"Betrokkene betwist het telefoonnummer; wij controleren het"_s, m_case);
    ServiceError error;
    const auto recorded = service().record(r, BsnCheck::Refuse, &error);
    QVERIFY2(recorded, qPrintable(error.message));
    m_restriction = recorded->id;
    QCOMPARE(recorded->personId, m_person);
    QCOMPARE(recorded->startedOn, QDate(2026, 5, 6));
    QVERIFY(recorded->active());

    const auto list = service().ofPerson(m_person, &error);
    QVERIFY2(list, qPrintable(error.message));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().caseNumber, m_case);
    QCOMPARE(list->first().klantnummer, u"K410001"_s);
    QCOMPARE(list->first().ground, RestrictionGround::Accuracy);
    QCOMPARE(list->first().reason, r.reason);
    const auto markers = service().markers(m_person, &error);
    QVERIFY2(markers, qPrintable(error.message));
    QCOMPARE(markers->size(), 1);
    QVERIFY(markers->first().reason.isEmpty()); // the marker's columns only
    const QString marker = RestrictionService::markerText(*markers);
    QVERIFY2(marker.contains(u"Telefoonnummer en e-mailadres"_s), qPrintable(marker));
    QVERIFY2(marker.contains(u"art. 18"_s), qPrintable(marker));
    QVERIFY(
        actions(u"person"_s, QString::number(m_person)).contains(u"person.restriction_recorded"_s));
    QVERIFY(actions(u"case"_s, m_case).contains(u"case.restriction_recorded"_s));
    QCOMPARE(service().all(true, test::MustRead()).value_or(QList<PersonRestriction> {}).size(), 1);
}

// Art. 18 lid 3: the person is told before the restriction is lifted. Without the notice
// recorded as sent, lifting is refused and says what to do; made but not sent is not enough.
void TestRestrictions::liftingNeedsTheNoticeFirst()
{
    m_fixture->at(QDate(2026, 5, 18));
    ServiceError error;
    // Art. 18(1)(a): the restriction holds until the rectification is decided; before, the
    // notice was made and the restriction lifted while the check still ran.
    LetterService letters(Session { *m_store, m_fixture->clock() });
    QVERIFY(!letters.render(m_case, LetterKind::KennisgevingOpheffingBeperking, &error));
    QVERIFY2(error.message.contains(u"holds until the rectification is decided"_s)
                 && error.message.contains(m_case),
             qPrintable(error.message));
    QVERIFY(!service().lift(m_restriction, {}, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"holds until the rectification is decided"_s),
             qPrintable(error.message));
    // Decided: the data were right, nothing is corrected.
    QVERIFY2(m_fixture->complete(m_case, Outcome::Afgewezen, { RefusalGround::Art12_5 },
                                 QDate(2026, 5, 20),
                                 u"Het telefoonnummer en het e-mailadres kloppen; u betwist ze "
                                 "voor de derde keer dit jaar."_s),
             qPrintable(m_fixture->error()));
    QVERIFY(!service().lift(m_restriction, {}, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"18(3)"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"Notice that the restriction will be lifted"_s),
             qPrintable(error.message));

    const auto rendered
        = letters.render(m_case, LetterKind::KennisgevingOpheffingBeperking, &error);
    QVERIFY2(rendered, qPrintable(error.message));
    const QString text = plain(rendered->html);
    QVERIFY2(text.contains(u"Telefoonnummer en e-mailadres"_s), qPrintable(text));
    QVERIFY2(text.contains(u"artikel 18 lid 1 sub a AVG"_s), qPrintable(text));
    QVERIFY2(text.contains(u"voordat wij de beperking opheffen (artikel 18 lid 3 AVG)"_s),
             qPrintable(text));
    // The notice states the decision; nothing was corrected, so the data are used as before.
    QVERIFY2(text.contains(
                 u"Op 20 mei 2026 hebben wij daarover besloten (ons kenmerk %1)"_s.arg(m_case)),
             qPrintable(text));
    QVERIFY2(text.contains(u"besloten ze niet te veranderen"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Daarna gebruiken wij deze gegevens weer zoals voor de beperking."_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"{{"_s), qPrintable(text));
    QCOMPARE(rendered->title, u"Kennisgeving opheffing beperking "_s + m_case);
    const auto letter = letters.record(*rendered, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY(!service().lift(m_restriction, {}, &error)); // made, not sent
    QVERIFY2(error.message.contains(u"18(3)"_s), qPrintable(error.message));

    QVERIFY2(letters.recordDispatch(m_case, letter->id, QDate(2026, 5, 20), u"per post"_s,
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(service().lift(m_restriction, {}, &error), qPrintable(error.message));
    const auto list = service().ofPerson(m_person, test::MustRead());
    QVERIFY(list && list->size() == 1);
    QVERIFY(!list->first().active());
    QCOMPARE(list->first().liftedOn, QDate(2026, 5, 20));
    QCOMPARE(list->first().liftLetterId, letter->id);
    QVERIFY(!service().lift(m_restriction, {}, &error)); // once
    QVERIFY(service()
                .markers(m_person, test::MustRead())
                .value_or(QList<PersonRestriction> {})
                .isEmpty());
    QVERIFY(actions(u"case"_s, m_case).contains(u"case.restriction_lifted"_s));
    QVERIFY(
        actions(u"person"_s, QString::number(m_person)).contains(u"person.restriction_lifted"_s));
    // On a server the restriction recorded and lifted is
    // described by its own events, in the recorder's own name: neither is taken for a change by
    // hand.
    if (m_store->isServer()) {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' AND "
                           "payload::jsonb ->> 'table' = 'person_restrictions'"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
}

// The notice is made only while a restriction is in force.
void TestRestrictions::noticeOnlyWithARestrictionInForce()
{
    LetterService letters(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY(!letters.render(m_case, LetterKind::KennisgevingOpheffingBeperking, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"no restriction"_s), qPrintable(error.message));
    QVERIFY(LetterCodes::kinds().contains(LetterKind::KennisgevingOpheffingBeperking));
    QCOMPARE(codes::from<LetterKind>(u"kennisgeving-opheffing-beperking"_s),
             LetterKind::KennisgevingOpheffingBeperking);
    QVERIFY(!LetterTemplates::defaultHtml(LetterKind::KennisgevingOpheffingBeperking).isEmpty());
}

void TestRestrictions::shownInTheReportAndTheDossier()
{
    m_fixture->at(QDate(2026, 5, 21));
    NewRestriction r;
    r.klantnummer = u"K410001"_s;
    r.data = u"Overlastdossier"_s;
    r.ground = RestrictionGround::Objection;
    r.reason = u"Bezwaar tegen het delen met de gemeente wordt gewogen"_s;
    ServiceError error;
    QVERIFY2(service().record(r, BsnCheck::Refuse, &error), qPrintable(error.message));

    const auto report
        = PersonReportLoader(Session { *m_store, m_fixture->clock() }).load(m_person, &error);
    QVERIFY2(report, qPrintable(error.message));
    QCOMPARE(report->restrictions.size(), 2);
    const QString html = PersonReportDocument::toHtml(*report);
    QVERIFY2(html.contains(u"Overlastdossier"_s), qPrintable(html));
    QVERIFY2(html.contains(u"18(1)(d)"_s), qPrintable(html));
    QVERIFY2(html.contains(u"Telefoonnummer en e-mailadres"_s), qPrintable(html));

    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(m_case, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString text = test::DocumentFixture::dossierText(*content);
    QVERIFY2(text.contains(u"Processing restricted by"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Restriction of processing lifted by"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"restriction_recorded"_s), qPrintable(text));
}

void TestRestrictions::wrongInputRefused()
{
    ServiceError error;
    NewRestriction r;
    r.klantnummer = u"K410001"_s;
    r.data = u"Adres"_s;
    r.reason = u" "_s;
    QVERIFY(!service().record(r, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    r.reason = u"Juistheid betwist"_s;
    r.startedOn = m_fixture->clock().today().addDays(1);
    QVERIFY(!service().record(r, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    r.startedOn = {};
    r.klantnummer = u"K999999"_s;
    QVERIFY(!service().record(r, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    // A request of another person.
    const auto other = m_fixture->addCase(u"O. Ander"_s, u"K410002"_s, { RequestType::Inzage },
                                          QDate(2026, 5, 4));
    QVERIFY2(other, qPrintable(m_fixture->error()));
    r.klantnummer = u"K410001"_s;
    r.caseNumber = other->number;
    QVERIFY(!service().record(r, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    r.caseNumber.clear();
    r.data = u"BSN "_s + test::elfProefNumber();
    QVERIFY(!service().record(r, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    // A restriction without a request (sub d) holds while no objection of the person is
    // recorded and decided; then it is lifted with the notice of a request of the person.
    const auto list = service().all(true, test::MustRead()).value_or(QList<PersonRestriction> {});
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().caseNumber.isEmpty());
    QVERIFY(!service().lift(list.first().id, {}, &error));
    QVERIFY2(error.message.contains(u"holds until the objection is decided"_s)
                 && error.message.contains(u"No objection of this data subject is recorded"_s),
             qPrintable(error.message));
    const auto objection = m_fixture->addCase(u"R. Beperkt"_s, u"K410001"_s,
                                              { RequestType::Bezwaar }, QDate(2026, 5, 21));
    QVERIFY2(objection, qPrintable(m_fixture->error()));
    QVERIFY(!service().lift(list.first().id, {}, &error));
    QVERIFY2(
        error.message.contains(u"Request %1 has not been completed yet"_s.arg(objection->number)),
        qPrintable(error.message));
    QVERIFY2(m_fixture->complete(objection->number, Outcome::Afgewezen,
                                 { RefusalGround::Art21Dwingend }, QDate(2026, 5, 22),
                                 u"Het delen met de gemeente weegt zwaarder"_s),
             qPrintable(m_fixture->error()));
    QVERIFY(!service().lift(list.first().id, {}, &error));
    QVERIFY2(error.message.contains(u"belongs to no request"_s), qPrintable(error.message));
    QVERIFY(!service().lift(list.first().id, other->number, &error));
    QVERIFY2(error.message.contains(u"not about this data subject"_s), qPrintable(error.message));
}

// The phone number was contested and restricted (art. 18(1)(a)), then
// corrected (a granted rectification). The notice of lifting said "Daarna gebruiken wij deze
// gegevens weer zoals voor de beperking": the old, wrong number. It says the data were corrected
// and only the corrected data are used from now on.
void TestRestrictions::liftAfterRectificationUsesTheCorrectedData()
{
    const auto contestedCase = rectificationContested(
        u"H. Gecorrigeerd"_s, u"K410003"_s, u"Telefoonnummer"_s,
        u"Betrokkene betwist het telefoonnummer; wij controleren het nieuwe nummer"_s);
    QVERIFY(contestedCase);
    const auto &[request, restriction] = *contestedCase;
    const Case *c = &request;
    const PersonRestriction *recorded = &restriction;
    ServiceError error;

    // While the rectification is open the restriction holds: no notice of lifting yet.
    LetterService letters(Session { *m_store, m_fixture->clock() });
    auto rendered = letters.render(c->number, LetterKind::KennisgevingOpheffingBeperking, &error);
    QVERIFY(!rendered);
    QVERIFY2(error.message.contains(u"holds until the rectification is decided"_s),
             qPrintable(error.message));

    QVERIFY2(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2026, 6, 5)),
             qPrintable(m_fixture->error()));
    rendered = letters.render(c->number, LetterKind::KennisgevingOpheffingBeperking, &error);
    QVERIFY2(rendered, qPrintable(error.message));
    const QString text = plain(rendered->html);
    QVERIFY2(!text.contains(u"weer zoals voor de beperking"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Wij hebben ze gecorrigeerd, zoals u vroeg."_s), qPrintable(text));
    QVERIFY2(text.contains(u"Vanaf dan gebruiken wij alleen de gecorrigeerde gegevens. De oude "
                           "gegevens gebruiken wij niet meer."_s),
             qPrintable(text));
    // Still told before it is lifted (art. 18 lid 3), and lifted only after it was sent.
    QVERIFY2(text.contains(u"voordat wij de beperking opheffen (artikel 18 lid 3 AVG)"_s),
             qPrintable(text));
    const auto letter = letters.record(*rendered, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY2(letters.recordDispatch(c->number, letter->id, QDate(2026, 6, 5), u"per post"_s,
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(service().lift(recorded->id, {}, &error), qPrintable(error.message));
}

// A rectification granted in part also corrected data, and ended the check
// the restriction waited for. The notice says the corrected data are used, as after a grant in
// full, and that the decision says what was corrected; before, it said the data would be used
// "weer zoals voor de beperking".
void TestRestrictions::liftAfterPartialRectificationUsesTheCorrectedData()
{
    const auto contestedCase
        = rectificationContested(u"D. Deels"_s, u"K410004"_s, u"Telefoonnummer en e-mailadres"_s,
                                 u"Betrokkene betwist telefoonnummer en e-mailadres"_s);
    QVERIFY(contestedCase);
    const Case *c = &contestedCase->first;
    ServiceError error;
    QVERIFY2(m_fixture->complete(
                 c->number, Outcome::DeelsToegewezen, { RefusalGround::Art12_5 }, QDate(2026, 6, 5),
                 u"Het telefoonnummer is gecorrigeerd; het e-mailadres klopte al en "
                 "is voor de derde keer dit jaar betwist."_s),
             qPrintable(m_fixture->error()));
    const std::optional<Case> decided
        = CaseService(Session { *m_store, m_fixture->clock() }).find(c->number);
    QVERIFY(decided);
    bool partly = false;
    for (const TypeDecision &d : CaseWorkflow::decisionsOf(*decided))
        partly = partly
            || (d.type == RequestType::Rectificatie && d.outcome == Outcome::DeelsToegewezen);
    QVERIFY(partly);

    LetterService letters(Session { *m_store, m_fixture->clock() });
    const auto rendered
        = letters.render(c->number, LetterKind::KennisgevingOpheffingBeperking, &error);
    QVERIFY2(rendered, qPrintable(error.message));
    const QString text = plain(rendered->html);
    QVERIFY2(!text.contains(u"weer zoals voor de beperking"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Een deel ervan hebben wij gecorrigeerd. In ons besluit staat wat wij "
                           "hebben gecorrigeerd"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Vanaf dan gebruiken wij alleen de gecorrigeerde gegevens. De oude "
                           "gegevens die wij hebben gecorrigeerd, gebruiken wij niet meer."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"voordat wij de beperking opheffen (artikel 18 lid 3 AVG)"_s),
             qPrintable(text));
}

// Art. 18(1)(d): a restriction while an objection is weighed holds until the objection is
// decided; the notice of lifting then states the decision and names what stopped. Before, it
// could be lifted at once, and the notice said the data would be used "weer zoals voor de
// beperking", also for the disclosure to the bailiff the decision stopped.
void TestRestrictions::objectionDecidedKeepsWhatStopped()
{
    const auto c = m_fixture->addCase(u"B. Bezwaarmaker"_s, u"K410005"_s, { RequestType::Bezwaar },
                                      QDate(2026, 6, 1));
    QVERIFY2(c && m_fixture->identify(c->number, QDate(2026, 6, 1), QDate(2026, 6, 1)),
             qPrintable(m_fixture->error()));
    m_fixture->at(QDate(2026, 6, 2));
    NewRestriction input;
    input.klantnummer = u"K410005"_s;
    input.data = u"Overlastmeldingen"_s;
    input.ground = RestrictionGround::Objection;
    input.reason = u"Bezwaar tegen doorgeven aan de deurwaarder wordt gewogen"_s;
    input.caseNumber = c->number;
    ServiceError error;
    const auto restriction = service().record(input, BsnCheck::Refuse, &error);
    QVERIFY2(restriction, qPrintable(error.message));
    LetterService letters(Session { *m_store, m_fixture->clock() });
    QVERIFY(!letters.render(c->number, LetterKind::KennisgevingOpheffingBeperking, &error));
    QVERIFY2(error.message.contains(u"holds until the objection is decided"_s),
             qPrintable(error.message));
    QVERIFY(!service().lift(restriction->id, {}, &error));
    QVERIFY2(error.message.contains(u"Request %1 has not been completed yet"_s.arg(c->number)),
             qPrintable(error.message));

    m_fixture->at(QDate(2026, 6, 10));
    Completion done = test::completion(Outcome::DeelsToegewezen, QDate(2026, 6, 10), u"per post"_s,
                                       { RefusalGround::Art21Dwingend },
                                       u"De enquêtes zijn anoniem en wegen zwaarder"_s);
    done.granted = u"Wij geven uw overlastmeldingen niet meer door aan de deurwaarder"_s;
    done.objection = { { ObjectionSubject::Overig, u"doorgeven aan de deurwaarder"_s, true },
                       { ObjectionSubject::Enquetes, {}, false } };
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto rendered
        = letters.render(c->number, LetterKind::KennisgevingOpheffingBeperking, &error);
    QVERIFY2(rendered, qPrintable(error.message));
    const QString text = plain(rendered->html);
    QVERIFY2(!text.contains(u"weer zoals voor de beperking"_s), qPrintable(text));
    QVERIFY2(text.contains(
                 u"Op 10 juni 2026 hebben wij daarover besloten (ons kenmerk %1)"_s.arg(c->number)),
             qPrintable(text));
    QVERIFY2(text.contains(u"Hiervoor gebruiken wij deze gegevens niet meer:"_s)
                 && text.contains(u"doorgeven aan de deurwaarder"_s)
                 && text.contains(u"Wat is gestopt, blijft gestopt."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Hiervoor gebruiken wij deze gegevens wel weer"_s), qPrintable(text));
    const auto letter = letters.record(*rendered, BsnCheck::Refuse, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY2(letters.recordDispatch(c->number, letter->id, QDate(2026, 6, 10), u"per post"_s,
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(service().lift(restriction->id, {}, &error), qPrintable(error.message));
}

// A restriction under art. 18(1)(a) or (d) holds until the decision on the request it waits for:
// the inzage report and the AP dossier name that request by number and kind while it is open,
// and once it is decided say that the reason is gone and since when. In Dutch as in English.
// Before, both showed the restriction in force without saying what it waited for.
void TestRestrictions::documentsSayWhatARestrictionWaitsFor()
{
    const auto contestedCase
        = rectificationContested(u"W. Wachtend"_s, u"K410006"_s, u"Geboortedatum"_s,
                                 u"Betrokkene betwist de geboortedatum"_s);
    QVERIFY(contestedCase);
    const Case &c = contestedCase->first;
    ServiceError error;
    const auto documents = [&](QString *report, QString *dossier) {
        const auto loaded = PersonReportLoader(Session { *m_store, m_fixture->clock() })
                                .load(c.person.id, &error);
        const auto content
            = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c.number, &error);
        if (!loaded || !content)
            return false;
        *report = plain(PersonReportDocument::toHtml(*loaded));
        *dossier = test::DocumentFixture::dossierText(*content).simplified();
        return true;
    };
    QString report;
    QString dossier;
    QVERIFY2(documents(&report, &dossier), qPrintable(error.message));
    const QString holds
        = u"The restriction holds until the decision on %1 (rectification)."_s.arg(c.number);
    QVERIFY2(report.contains(holds), qPrintable(report));
    QVERIFY2(dossier.contains(u"Restrictions of processing (art. 18 GDPR)"_s), qPrintable(dossier));
    QVERIFY2(dossier.contains(holds), qPrintable(dossier));
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QVERIFY2(documents(&report, &dossier), qPrintable(error.message));
    QVERIFY(installTranslations(UiLanguage::English));
    const QString dutch
        = u"De beperking geldt tot de beslissing op %1 (rectificatie)."_s.arg(c.number);
    QVERIFY2(report.contains(dutch), qPrintable(report));
    QVERIFY2(dossier.contains(dutch), qPrintable(dossier));

    QVERIFY2(m_fixture->complete(c.number, Outcome::Afgewezen, { RefusalGround::Art12_5 },
                                 QDate(2026, 6, 8), u"De geboortedatum klopt"_s),
             qPrintable(m_fixture->error()));
    QVERIFY2(documents(&report, &dossier), qPrintable(error.message));
    QVERIFY2(!report.contains(holds) && !dossier.contains(holds), qPrintable(report + dossier));
    const QString gone = u"%1 (rectification) was decided on "_s.arg(c.number);
    QVERIFY2(report.contains(gone)
                 && report.contains(u"since then the reason for the restriction "
                                    "is gone"_s),
             qPrintable(report));
    QVERIFY2(dossier.contains(gone), qPrintable(dossier));
    QVERIFY2(dossier.contains(u"8 June 2026"_s) || dossier.contains(u"8 juni 2026"_s),
             qPrintable(dossier));
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QVERIFY2(documents(&report, &dossier), qPrintable(error.message));
    QVERIFY(installTranslations(UiLanguage::English));
    const QString dutchGone
        = u"Op 8 juni 2026 is over %1 (rectificatie) beslist: sindsdien is de reden voor de "
          "beperking vervallen."_s.arg(c.number);
    QVERIFY2(dossier.contains(dutchGone), qPrintable(dossier));

    // An objection (sub d) names its kind.
    const auto objection = m_fixture->addCase(u"O. Bezwaard"_s, u"K410007"_s,
                                              { RequestType::Bezwaar }, QDate(2026, 6, 1));
    QVERIFY2(objection, qPrintable(m_fixture->error()));
    NewRestriction input;
    input.klantnummer = u"K410007"_s;
    input.data = u"Enquêteantwoorden"_s;
    input.ground = RestrictionGround::Objection;
    input.reason = u"Bezwaar tegen het gebruik van de enquête wordt gewogen"_s;
    input.caseNumber = objection->number;
    QVERIFY2(service().record(input, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto content = ComplaintDossier(Session { *m_store, m_fixture->clock() })
                             .collect(objection->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString text = test::DocumentFixture::dossierText(*content).simplified();
    QVERIFY2(text.contains(u"The restriction holds until the decision on %1 (objection)."_s.arg(
                 objection->number)),
             qPrintable(text));
}

// The phone desk sees the marker (which data, since when) and writes nothing; it reads neither
// the reason nor the whole list.
void TestRestrictions::kccSeesTheMarkerAndWritesNothing()
{
    {
        UserService users(*m_store, Session { *m_store, m_fixture->clock() });
        UserError userError;
        QVERIFY(users.add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
    }
    const QString path = m_tmp.filePath(u"store"_s);
    m_fixture.reset();
    m_store.reset();
    const auto store = test::openServiceStoreAs(path, kcc, kccPassword);
    QVERIFY(store);
    RestrictionService as(Session { *store });
    ServiceError error;
    const auto markers = as.markers(m_person, &error);
    QVERIFY2(markers, qPrintable(error.message));
    QCOMPARE(markers->size(), 1);
    QCOMPARE(markers->first().data, u"Overlastdossier"_s);
    QVERIFY(!as.ofPerson(m_person, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    NewRestriction r;
    r.klantnummer = u"K410001"_s;
    r.data = u"Adres"_s;
    r.reason = u"Juistheid betwist"_s;
    QVERIFY(!as.record(r, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QVERIFY(!as.lift(1, {}, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
}

QTEST_GUILESS_MAIN(TestRestrictions)
#include "tst_restrictions.moc"
