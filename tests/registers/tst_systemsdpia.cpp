// The systems a processing activity names, the checklist of systems
// searched for an inzage, erasure or rectification (who, when, result, note or file; completion
// warns while one is open), and the DPIA register (art. 35 AVG: the AP's list, art. 35 lid 3,
// the EDPB criteria; the DPIA, its residual risk, the prior consultation of art. 36 lid 1 and
// the review date), with the roles, the BSN guard and the audit trail, on both backends.

#include "RegisterSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "registers/Dpia.h"
#include "registers/ProcessingRegister.h"
#include "registers/SystemChecklist.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

const QString kcc = u"k.smit"_s;
const QString kccPassword = u"wachtwoord-van-smit"_s;
const QString auditor = u"a.visser"_s;
const QString auditorPassword = u"wachtwoord-van-visser"_s;

QStringList names(const QList<SystemCheck> &list)
{
    QStringList result;
    for (const SystemCheck &check : list)
        result << check.system;
    return result;
}

} // namespace

class TestSystemsDpia final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void activitiesKeepTheirSystems();
    void checklistFollowsTheRelation();
    void oneLineNamesSeveralGroups();
    void tickRecordsWhoWhenAndResult();
    void tickRefusesWhatDoesNotFit();
    void sentSeparatelyHasItsDay();
    void onlyInzageErasureRectificationHaveAList();
    void destructionErasesTheNotes();
    void dpiaListsAreDataWithTheirSource();
    void dpiaRulesFollowTheArticles();
    void dpiaRegisterWritesWithEvents();
    void dpiaReviewDue();
    void rolesReadAndWrite();

private:
    QString addCase(Relation relation, const QList<RequestType> &types);
    std::unique_ptr<Store> openAs(const QString &user, const QString &password)
    {
        m_store.reset();
        return openServiceStoreAs(m_path, user, password);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC) };
    int m_storeCount = 0;
};

void TestSystemsDpia::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_dir.isValid());
}

void TestSystemsDpia::init()
{
    m_path = m_dir.filePath(u"kluis%1"_s.arg(++m_storeCount));
    m_store = createServiceStore(m_path);
    QVERIFY(m_store);
    ProcessingRegister reg(Session { *m_store, m_clock });
    ServiceError error;
    for (const ProcessingActivity &a :
         { test::processingActivity(u"A.1"_s, u"Huurovereenkomsten"_s,
                                    { u"huurders"_s, u"medebewoners"_s },
                                    { u"ERP"_s, u"Klantmailbox"_s }),
           test::processingActivity(u"A.2"_s, u"Inschrijving"_s, { u"woningzoekenden"_s },
                                    { u"Entree"_s, u"klantmailbox"_s }),
           test::processingActivity(u"A.3"_s, u"Geschillen"_s, { u"Ex-huurders"_s }, { u"DMS"_s }),
           test::processingActivity(u"C.1"_s, u"Cameratoezicht"_s,
                                    { u"huurders"_s, u"bezoekers"_s }, { u"Camerasysteem"_s }) })
        QVERIFY2(reg.add(a, BsnCheck::Refuse, &error), qPrintable(error.message));
}

void TestSystemsDpia::cleanup()
{
    m_store.reset();
}

QString TestSystemsDpia::addCase(Relation relation, const QList<RequestType> &types)
{
    NewCase request;
    request.person.name = u"Jan Jansen"_s;
    request.person.relation = relation;
    request.types = types;
    request.receivedDate = m_clock.today();
    ServiceError error;
    const auto c
        = CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error);
    if (!c)
        qWarning("case not added: %s", qPrintable(error.message));
    return c ? c->number : QString();
}

void TestSystemsDpia::activitiesKeepTheirSystems()
{
    ProcessingRegister reg(Session { *m_store, m_clock });
    auto a = reg.findByCode(u"A.1"_s, MustRead());
    QVERIFY(a);
    QCOMPARE(a->systems, (QStringList { u"ERP"_s, u"Klantmailbox"_s }));
    a->systems = { u"ERP"_s, u" "_s, u"DMS"_s, u"ERP"_s };
    ServiceError error;
    QVERIFY2(reg.update(*a, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(reg.findByCode(u"A.1"_s, MustRead())->systems,
             (QStringList { u"ERP"_s, u"DMS"_s })); // cleaned: no blanks, each once
    const QList<AuditEvent> events = reg.history(a->id, MustRead());
    QCOMPARE(events.last().action, u"processing.changed"_s);
    QVERIFY(events.last().payload.contains(u"systems"_s));
    // Removed with its activity; the BSN guard reads the systems too.
    const auto extra = reg.add(
        test::processingActivity(u"A.9"_s, u"Tijdelijk"_s, { u"huurders"_s }, { u"Oud systeem"_s }),
        BsnCheck::Refuse, &error);
    QVERIFY(extra);
    QVERIFY2(reg.remove(extra->id, &error), qPrintable(error.message));
    QCOMPARE(countRows(m_store->database(),
                       u"processing_activity_systems WHERE activity_id = "_s
                           + QString::number(extra->id)),
             0);
    ProcessingActivity bsn = test::processingActivity(u"A.8"_s, u"Met nummer"_s, { u"huurders"_s },
                                                      { u"ERP "_s + elfProefNumber() });
    QVERIFY(!reg.add(bsn, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
}

void TestSystemsDpia::checklistFollowsTheRelation()
{
    SystemChecklist checklist(Session { *m_store, m_clock });
    const QString tenant = addCase(Relation::Huurder, { RequestType::Inzage });
    // A tenant: the systems of A.1 and C.1 (the tenants'), each once, in register order.
    QCOMPARE(names(*checklist.of(tenant, MustRead())),
             (QStringList { u"ERP"_s, u"Klantmailbox"_s, u"Camerasysteem"_s }));
    QCOMPARE(checklist.of(tenant, MustRead())->first().activities, QStringList { u"A.1"_s });
    // A house-seeker: A.2 only; the mailbox once although spelled otherwise.
    const QString seeker = addCase(Relation::Woningzoekende, { RequestType::Verwijdering });
    QCOMPARE(names(*checklist.of(seeker, MustRead())),
             (QStringList { u"Entree"_s, u"klantmailbox"_s }));
    // A former tenant: their own activity and the tenants'.
    const QString former = addCase(Relation::ExHuurder, { RequestType::Rectificatie });
    QCOMPARE(names(*checklist.of(former, MustRead())),
             (QStringList { u"ERP"_s, u"Klantmailbox"_s, u"DMS"_s, u"Camerasysteem"_s }));
    // Relation "overig": every system of the register.
    const QString other = addCase(Relation::Overig, { RequestType::Inzage });
    QCOMPARE(checklist.of(other, MustRead())->size(), 5);
    QCOMPARE(*checklist.open(tenant, MustRead()),
             (QStringList { u"ERP"_s, u"Klantmailbox"_s, u"Camerasysteem"_s }));
    QCOMPARE(SystemChecklist::openWarning({ u"ERP"_s, u"DMS"_s }),
             u"2 system(s) not searched yet: ERP, DMS."_s);
}

// The register names the camera's subjects on one line, "huurders en
// bezoekers". The tenant's request lists the camera system, and it can be ticked; a house-seeker's
// does not.
void TestSystemsDpia::oneLineNamesSeveralGroups()
{
    ProcessingRegister reg(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY2(
        reg.add(test::processingActivity(u"D.1"_s, u"Cameratoezicht garage"_s,
                                         { u"huurders en bezoekers"_s }, { u"Garagecamera"_s }),
                BsnCheck::Refuse, &error),
        qPrintable(error.message));
    SystemChecklist checklist(Session { *m_store, m_clock });
    const QString tenant = addCase(Relation::Huurder, { RequestType::Inzage });
    QVERIFY(names(*checklist.of(tenant, MustRead())).contains(u"Garagecamera"_s));
    QVERIFY2(checklist.tick(tenant, { u"Garagecamera"_s, SystemSearchResult::Gevonden, {}, 0 },
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString seeker = addCase(Relation::Woningzoekende, { RequestType::Inzage });
    QVERIFY(!names(*checklist.of(seeker, MustRead())).contains(u"Garagecamera"_s));
}

void TestSystemsDpia::tickRecordsWhoWhenAndResult()
{
    const QString number = addCase(Relation::Huurder, { RequestType::Inzage });
    SystemChecklist checklist(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY2(checklist.tick(number, { u"erp"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    NewAttachment file { u"export-mailbox.pdf"_s, minimalPdf("mailbox"),
                         AttachmentKind::Correspondentie };
    const auto attached
        = AttachmentService(Session { *m_store, m_clock }).add(number, file, &error);
    QVERIFY2(attached, qPrintable(error.message));
    m_clock.set(m_clock.now().addSecs(3600));
    QVERIFY2(checklist.tick(number,
                            { u"Klantmailbox"_s, SystemSearchResult::ApartVerstrekt,
                              u"Drie mails, apart meegestuurd"_s, attached->id },
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto list = checklist.of(number, MustRead());
    QVERIFY(list);
    QCOMPARE(list->at(0).system, u"ERP"_s); // the register's spelling
    QVERIFY(list->at(0).searched);
    QCOMPARE(list->at(0).searchedBy, testUser);
    QCOMPARE(list->at(1).result, SystemSearchResult::ApartVerstrekt);
    QCOMPARE(list->at(1).searchedAt, m_clock.now());
    QCOMPARE(list->at(1).note, u"Drie mails, apart meegestuurd"_s);
    QCOMPARE(list->at(1).attachmentName, u"export-mailbox.pdf"_s);
    QCOMPARE(*checklist.open(number, MustRead()), QStringList { u"Camerasysteem"_s });
    // Ticked again: replaced, the event says what it was.
    QVERIFY(checklist.tick(number, { u"ERP"_s, SystemSearchResult::Gevonden, {}, 0 },
                           BsnCheck::Refuse, &error));
    QCOMPARE(checklist.of(number, MustRead())->at(0).result, SystemSearchResult::Gevonden);
    const QList<AuditEvent> events
        = support::auditLog(*m_store, m_clock).eventsFor(u"case"_s, number, &error);
    QStringList actions;
    for (const AuditEvent &e : events)
        actions << e.action;
    QCOMPARE(actions.count(u"case.system_searched"_s), 3);
    QCOMPARE(events.last().payload.value(u"previous"_s).toString(), u"niets-gevonden"_s);
    QCOMPARE(events.last().payload.value(u"result"_s).toString(), u"gevonden"_s);
    QVERIFY(checklist.tick(number, { u"Camerasysteem"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                           BsnCheck::Refuse, &error));
    QVERIFY(checklist.open(number, MustRead())->isEmpty());
}

// What a search of another system found is not in the inzage report; the
// dossier must show that, and when, it was sent separately.
void TestSystemsDpia::sentSeparatelyHasItsDay()
{
    const QString number = addCase(Relation::Huurder, { RequestType::Inzage });
    SystemChecklist checklist(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY(checklist.tick(number, { u"ERP"_s, SystemSearchResult::Gevonden, u"Huurcontract"_s, 0 },
                           BsnCheck::Refuse, &error));
    QVERIFY(checklist.tick(number, { u"Klantmailbox"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                           BsnCheck::Refuse, &error));
    QVERIFY(checklist.tick(number, { u"Camerasysteem"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                           BsnCheck::Refuse, &error));
    const QDate today = m_clock.today();
    const auto refusedSent = [&](const QString &system, QDate day, const QString &part) {
        ServiceError why;
        return !checklist.recordSent(number, system, day, &why)
            && why.code == ServiceError::Code::Invalid && why.message.contains(part);
    };
    QVERIFY(refusedSent(u"ERP"_s, today.addDays(1), u"future"_s));
    QVERIFY(refusedSent(u"ERP"_s, today.addDays(-1), u"before the request was received"_s));
    QVERIFY(refusedSent(u"Klantmailbox"_s, today, u"holds no data found"_s));
    ServiceError why;
    QVERIFY(!checklist.tick(number,
                            { u"ERP"_s, SystemSearchResult::Gevonden, u"Huurcontract"_s, 0, today },
                            BsnCheck::Refuse, &why));
    QVERIFY2(why.message.contains(u"apart-verstrekt"_s), qPrintable(why.message));

    // Completed, the day the data went can still be recorded, up to the answer's day (the copy
    // was complete then); nothing else changes.
    CaseService cases(Session { *m_store, m_clock });
    QVERIFY2(cases.receiveIdentification(number, today, IdMethod::Klantgegevens, true, &error),
             qPrintable(error.message));
    QVERIFY2(cases.complete(number, test::completion(Outcome::Toegewezen, today, u"brief"_s),
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(!checklist.tick(number, { u"ERP"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                            BsnCheck::Refuse, &why));
    m_clock.set(m_clock.now().addDays(2));
    QVERIFY(refusedSent(u"erp"_s, today.addDays(1), u"answered on"_s));
    QVERIFY2(checklist.recordSent(number, u"erp"_s, today, &error), qPrintable(error.message));
    const auto list = checklist.of(number, MustRead());
    QVERIFY(list);
    QCOMPARE(list->at(0).result, SystemSearchResult::ApartVerstrekt);
    QCOMPARE(list->at(0).sentOn, today);
    QCOMPARE(list->at(0).note, u"Huurcontract"_s); // kept
    QCOMPARE(list->at(1).sentOn, QDate());
    QCOMPARE(SystemChecklist::toJson(list->at(0)).value(u"sentOn"_s).toString(),
             today.toString(Qt::ISODate));
    const QList<AuditEvent> events
        = support::auditLog(*m_store, m_clock).eventsFor(u"case"_s, number, &error);
    QCOMPARE(events.last().action, u"case.system_searched"_s);
    QCOMPARE(events.last().payload.value(u"sent_on"_s).toString(), today.toString(Qt::ISODate));
    QCOMPARE(events.last().payload.value(u"previous"_s).toString(), u"gevonden"_s);
    // The label no longer says the data are in the report.
    QVERIFY(!codes::label(SystemSearchResult::Gevonden).contains(u"report"_s));
}

void TestSystemsDpia::tickRefusesWhatDoesNotFit()
{
    const QString number = addCase(Relation::Huurder, { RequestType::Inzage });
    const QString other = addCase(Relation::Huurder, { RequestType::Inzage });
    ServiceError error;
    const auto foreign
        = AttachmentService(Session { *m_store, m_clock })
              .add(other, { u"ander.pdf"_s, "%PDF x", AttachmentKind::Correspondentie }, &error);
    QVERIFY(foreign);
    SystemChecklist checklist(Session { *m_store, m_clock });
    const int before = countRows(m_store->database(), u"case_system_checks"_s);
    const auto refused = [&](const SystemTick &tick, const QString &part) {
        ServiceError why;
        if (checklist.tick(number, tick, BsnCheck::Refuse, &why)
            || why.code != ServiceError::Code::Invalid || !why.message.contains(part)) {
            qWarning("not refused as expected: %s", qPrintable(why.message));
            return false;
        }
        return true;
    };
    QVERIFY(refused({ u"Entree"_s, SystemSearchResult::NietsGevonden, {}, 0 }, u"not on this"_s));
    // The refusal names the systems that are on the list, or says there are none (seed 000:
    // "staat niet op de lijst van dit verzoek ()").
    QVERIFY(refused({ u"Entree"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                    u"(ERP, Klantmailbox, Camerasysteem)"_s));
    const QString applicant = addCase(Relation::Sollicitant, { RequestType::Inzage });
    QVERIFY(!checklist.tick(applicant, { u"ERP"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                            BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"names no systems for data subjects with this relation"_s)
                 && !error.message.contains(u"()"_s),
             qPrintable(error.message));
    QVERIFY(refused({ u"ERP"_s, SystemSearchResult::Gewist, {}, 0 }, u"erasure"_s));
    QVERIFY(refused({ u"ERP"_s, SystemSearchResult::Gecorrigeerd, {}, 0 }, u"rectification"_s));
    QVERIFY(refused({ u"ERP"_s, SystemSearchResult::NietDoorzoekbaar, {}, 0 }, u"note"_s));
    QVERIFY(refused({ u"ERP"_s, SystemSearchResult::Gevonden, {}, foreign->id }, u"no file"_s));
    QVERIFY(!checklist.tick(
        number, { u"ERP"_s, SystemSearchResult::Gevonden, u"Klant "_s + elfProefNumber(), 0 },
        BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(countRows(m_store->database(), u"case_system_checks"_s), before);
    // A completed request is reopened first.
    QVERIFY(CaseService(Session { *m_store, m_clock })
                .complete(
                    number,
                    completion(Outcome::Toegewezen, m_clock.today(), {}, {}, {}, knownDataSubject),
                    BsnCheck::Refuse, &error));
    QVERIFY(refused({ u"ERP"_s, SystemSearchResult::Gevonden, {}, 0 }, u"reopen"_s));
    QVERIFY(checklist.open(number, MustRead())->isEmpty()); // nothing open on a closed request
}

void TestSystemsDpia::onlyInzageErasureRectificationHaveAList()
{
    const QString objection = addCase(Relation::Huurder, { RequestType::Bezwaar });
    SystemChecklist checklist(Session { *m_store, m_clock });
    QVERIFY(checklist.of(objection, MustRead())->isEmpty());
    QVERIFY(checklist.open(objection, MustRead())->isEmpty());
    ServiceError error;
    QVERIFY(!checklist.tick(objection, { u"ERP"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                            BsnCheck::Refuse, &error));
    QVERIFY(error.message.contains(u"Only an inzage"_s));
    const QString combined
        = addCase(Relation::Huurder, { RequestType::Bezwaar, RequestType::Verwijdering });
    QCOMPARE(checklist.of(combined, MustRead())->size(), 3);
}

void TestSystemsDpia::destructionErasesTheNotes()
{
    // A request of 2024, answered and past its retention in 2026: destroying the person's request
    // files erases a tick's note (it may name the person); who, when and the result stay.
    m_clock.set(QDateTime(QDate(2024, 1, 2), QTime(12, 0), Qt::UTC));
    const QString number = addCase(Relation::Huurder, { RequestType::Inzage });
    SystemChecklist checklist(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY(checklist.tick(
        number, { u"ERP"_s, SystemSearchResult::Gevonden, u"Jan Jansen, Kerkpad 12"_s, 0 },
        BsnCheck::Refuse, &error));
    m_clock.set(QDateTime(QDate(2024, 1, 20), QTime(12, 0), Qt::UTC));
    CaseService cases(Session { *m_store, m_clock });
    QVERIFY2(cases.complete(
                 number,
                 completion(Outcome::Toegewezen, m_clock.today(), {}, {}, {}, knownDataSubject),
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
    m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    const qint64 person = cases.find(number)->person.id;
    QVERIFY2(RetentionService(Session { *m_store, m_clock })
                 .destroyRequestFiles(person, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(countRows(m_store->database(), u"case_system_checks WHERE note IS NOT NULL"_s), 0);
    QCOMPARE(countRows(m_store->database(),
                       u"case_system_checks WHERE result = 'gevonden' AND searched_by <> ''"_s),
             1);
}

void TestSystemsDpia::dpiaListsAreDataWithTheirSource()
{
    using L = DpiaLists::List;
    const QList<DpiaListItem> ap = DpiaLists::items(L::ApList);
    QCOMPARE(ap.size(), 17); // the 17 kinds of the AP's decision
    QStringList codes;
    for (const DpiaListItem &item : ap)
        codes << item.code;
    for (const QString &code : { u"cameratoezicht"_s, u"fraudebestrijding"_s, u"zwarte-lijsten"_s,
                                 u"heimelijk-onderzoek"_s, u"samenwerkingsverbanden"_s })
        QVERIFY2(codes.contains(code), qPrintable(code));
    QVERIFY(DpiaLists::source(L::ApList).contains(u"Stcrt. 2019, 64418"_s)
            || DpiaLists::source(L::ApList).contains(u"2019, 64418"_s));
    QCOMPARE(DpiaLists::items(L::Criteria).size(), 9);
    QVERIFY(DpiaLists::source(L::Criteria).contains(u"WP248"_s));
    QCOMPARE(DpiaLists::items(L::Art35_3).size(), 3);
    QVERIFY(DpiaLists::source(L::Art35_3).contains(u"35"_s));
}

void TestSystemsDpia::dpiaRulesFollowTheArticles()
{
    Dpia d;
    d.activityCode = u"C.1"_s;
    d.needed = false;
    d.apList = { u"cameratoezicht"_s };
    d.reason = u"Kleinschalig"_s;
    // Art. 35 lid 4: on the AP's list a DPIA is always required.
    QVERIFY(DpiaRegister::validate(d).join(u' ').contains(u"35(4)"_s));
    QCOMPARE(DpiaRegister::indication(d), DpiaIndication::Required);
    d.apList.clear();
    d.art35_3 = { u"c"_s };
    QVERIFY(DpiaRegister::validate(d).join(u' ').contains(u"35(3)(c)"_s));
    d.art35_3.clear();
    // Two criteria: likely needed; not needed only with the reasons.
    d.criteria = { u"monitoring"_s, u"grootschalig"_s };
    QCOMPARE(DpiaRegister::indication(d), DpiaIndication::Likely);
    QVERIFY(DpiaRegister::validate(d).isEmpty());
    d.reason.clear();
    QVERIFY(DpiaRegister::validate(d).join(u' ').contains(u"Two or more criteria"_s));
    d.criteria = { u"monitoring"_s };
    QCOMPARE(DpiaRegister::indication(d), DpiaIndication::NotIndicated);
    QVERIFY(DpiaRegister::validate(d).join(u' ').contains(u"why no DPIA"_s));
    d.criteria = { u"iets-anders"_s };
    QVERIFY(DpiaRegister::validate(d).join(u' ').contains(u"iets-anders"_s));
    // The DPIA itself.
    Dpia done;
    done.activityCode = u"C.1"_s;
    done.needed = true;
    done.outcome = u"Maatregelen genomen"_s;
    QVERIFY(DpiaRegister::validate(done).join(u' ').contains(u"date of the DPIA"_s));
    done.assessedOn = QDate(2026, 3, 1);
    done.reviewOn = QDate(2026, 2, 1);
    QVERIFY(DpiaRegister::validate(done).join(u' ').contains(u"review date"_s));
    done.reviewOn = QDate(2027, 3, 1);
    done.consultedOn = QDate(2026, 4, 1);
    done.residualRisk = ResidualRisk::Middel;
    // Art. 36 lid 1: consulting the AP goes with a high residual risk.
    QVERIFY(DpiaRegister::validate(done).join(u' ').contains(u"36(1)"_s));
    done.residualRisk = ResidualRisk::Hoog;
    QVERIFY(DpiaRegister::validate(done).isEmpty());
    QVERIFY(DpiaRegister::warnings(done, QDate(2026, 11, 20)).isEmpty());
    done.consultedOn = {};
    QVERIFY(DpiaRegister::warnings(done, QDate(2026, 11, 20)).join(u' ').contains(u"36(1)"_s));
    Dpia todo;
    todo.needed = true;
    QVERIFY(DpiaRegister::warnings(todo, QDate(2026, 11, 20)).join(u' ').contains(u"35(1)"_s));
}

void TestSystemsDpia::dpiaRegisterWritesWithEvents()
{
    DpiaRegister dpias(Session { *m_store, m_clock });
    Dpia d;
    d.activityCode = u"c.1"_s;
    d.needed = true;
    d.apList = { u"cameratoezicht"_s };
    d.criteria = { u"monitoring"_s, u"grootschalig"_s };
    d.reason = u"Camera's in portieken en op het parkeerterrein"_s;
    ServiceError error;
    const auto added = dpias.add(d, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QCOMPARE(added->activityCode, u"C.1"_s);
    QCOMPARE(added->activityName, u"Cameratoezicht"_s);
    QCOMPARE(DpiaRegister::status(*added), u"DPIA needed, not done"_s);
    QVERIFY(!dpias.add(d, BsnCheck::Refuse, &error)); // one per activity
    QVERIFY(error.message.contains(u"dpia set"_s));
    Dpia changed = *added;
    changed.assessedOn = QDate(2026, 3, 1);
    changed.outcome = u"Beelden 4 weken, toegang twee medewerkers"_s;
    changed.residualRisk = ResidualRisk::Laag;
    changed.reviewOn = QDate(2027, 3, 1);
    QVERIFY2(dpias.update(changed, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(DpiaRegister::status(*dpias.find(u"C.1"_s, &error)), u"DPIA 2026-03-01"_s);
    // Each text comes back in its own field: three columns of the same type, read by name.
    const auto stored = dpias.find(u"C.1"_s, &error);
    QVERIFY2(stored, qPrintable(error.message));
    QCOMPARE(stored->reason, d.reason);
    QCOMPARE(stored->outcome, changed.outcome);
    QCOMPARE(stored->consultation, QString());
    QCOMPARE(stored->apList, d.apList);
    QCOMPARE(stored->criteria, d.criteria);
    QCOMPARE(stored->assessedOn, changed.assessedOn);
    QCOMPARE(stored->reviewOn, changed.reviewOn);
    const QList<AuditEvent> events
        = support::auditLog(*m_store, m_clock).eventsFor(u"dpia"_s, u"C.1"_s, &error);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).action, u"dpia.created"_s);
    QCOMPARE(events.at(1).action, u"dpia.changed"_s);
    QVERIFY(events.at(1).payload.contains(u"residualRisk"_s));
    QVERIFY(!events.at(1).payload.contains(u"reason"_s)); // only what changed
    // The register shows it per activity, and keeps the activity while it has one.
    ProcessingRegister reg(Session { *m_store, m_clock });
    const auto camera = reg.findByCode(u"C.1"_s, MustRead());
    QVERIFY(camera->dpia);
    QVERIFY(!reg.findByCode(u"A.1"_s, MustRead())->dpia);
    QVERIFY(!reg.remove(camera->id, &error));
    QVERIFY(error.message.contains(u"DPIA"_s));
    changed.outcome = u"BSN "_s + elfProefNumber();
    QVERIFY(!dpias.update(changed, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(!dpias.find(u"A.1"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestSystemsDpia::dpiaReviewDue()
{
    DpiaRegister dpias(Session { *m_store, m_clock });
    Dpia d;
    d.activityCode = u"A.1"_s;
    d.needed = false;
    d.reason = u"Geen criteria"_s;
    d.reviewOn = m_clock.today().addDays(1);
    ServiceError error;
    QVERIFY2(dpias.add(d, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY(dpias.dueForReview(&error)->isEmpty());
    m_clock.set(m_clock.now().addDays(1));
    QCOMPARE(DpiaRegister(Session { *m_store, m_clock }).dueForReview(&error)->size(), 1);
}

void TestSystemsDpia::rolesReadAndWrite()
{
    const QString number = addCase(Relation::Huurder, { RequestType::Inzage });
    {
        UserService users(*m_store, Session { *m_store, m_clock });
        UserError userError;
        QVERIFY(users.add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
        QVERIFY(users.add(auditor, {}, Role::Auditor, SecureBytes::fromUtf8(auditorPassword),
                          &userError));
    }
    Dpia d;
    d.activityCode = u"A.1"_s;
    d.needed = false;
    d.reason = u"Geen criteria"_s;
    {
        auto store = openAs(kcc, kccPassword);
        QVERIFY(store);
        ServiceError error;
        QVERIFY(!SystemChecklist(Session { *store, m_clock }).of(number, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!SystemChecklist(Session { *store, m_clock })
                     .tick(number, { u"ERP"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                           BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!DpiaRegister(Session { *store, m_clock }).list(&error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!DpiaRegister(Session { *store, m_clock }).add(d, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    {
        auto store = openAs(auditor, auditorPassword);
        QVERIFY(store);
        ServiceError error;
        QCOMPARE(SystemChecklist(Session { *store, m_clock }).of(number, &error)->size(), 3);
        QVERIFY(!SystemChecklist(Session { *store, m_clock })
                     .tick(number, { u"ERP"_s, SystemSearchResult::NietsGevonden, {}, 0 },
                           BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(DpiaRegister(Session { *store, m_clock }).list(&error));
        QVERIFY(!DpiaRegister(Session { *store, m_clock }).add(d, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
}

QTEST_GUILESS_MAIN(TestSystemsDpia)
#include "tst_systemsdpia.moc"
