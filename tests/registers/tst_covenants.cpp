// Oosterpoort's "samenwerkingsconvenanten", the monthly vroegsignalering):
// the covenant register with its signed document kept inside the store, its review date in
// "Vandaag", and a disclosure of many persons at once from a CSV list of customer numbers, one
// register row linked to each person, so that each person's views, art. 19 list and inzage
// report see it. On both backends (BOTH_BACKENDS).

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "documents/PersonReport.h"
#include "registers/Covenants.h"
#include "registers/Disclosures.h"
#include "registers/PersonImport.h"
#include "registers/Recipients.h"
#include "reports/Today.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString kcc = u"k.jansen"_s;
const QString kccPassword = u"kcc-wachtwoord-2026"_s;
const QString auditor = u"a.bakker"_s;
const QString auditorPassword = u"auditor-wachtwoord-2026"_s;

QByteArray signedPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n% Convenant Vroegsignalering, getekend 2025\n%%EOF\n");
}

} // namespace

class TestCovenants final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registerWithTheSignedDocumentInside();
    void validationAndBsnGuard();
    void reviewDueInToday();
    void rolesReadAndWrite();
    void csvListAccountsForEveryNumber();
    void bulkDisclosureIsOneRowLinkedToEachPerson();
    void bulkDisclosureInEachInzageReportAndArt19();
    void tenThousandNumbersInOneTransaction();

private:
    Covenant vroegsignalering() const;
    qint64 addRecipient(const QString &name);
    // persons K<from>..K<from+count-1> through the import, as an ERP export would bring them.
    bool importPersons(int from, int count);
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QList<AuditEvent> eventsOf(const QString &entity, qint64 id) const
    {
        return AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
            .eventsFor(entity, QString::number(id));
    }
    // A store folder is open in one place at a time: the test's own store closes first.
    std::unique_ptr<Store> openAs(const QString &login, const QString &password)
    {
        m_store.reset();
        return openServiceStoreAs(m_dir->filePath(u"kluis"_s), login, password);
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
};

void TestCovenants::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestCovenants::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
}

void TestCovenants::cleanup()
{
    if (m_store) {
        const AuditLog::Verification verification
            = CaseService(Session { *m_store, m_clock }).verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    // On a server every covenant and disclosure
    // the application registered or changed, with its document, parties, persons and data, is
    // described by its own event: not one of their rows was taken for a change by hand.
    if (m_store && m_store->isServer() && !QTest::currentTestFailed()) {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' AND "
                           "payload::jsonb ->> 'table' IN ('covenants', 'covenant_parties', "
                           "'covenant_data', 'disclosures', 'disclosure_persons', "
                           "'disclosure_data')"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    m_store.reset();
    m_dir.reset();
}

Covenant TestCovenants::vroegsignalering() const
{
    Covenant c;
    c.name = u"Convenant Vroegsignalering schulden"_s;
    c.parties = { u"Gemeente Groningen"_s, u"Woonstichting Oosterpoort"_s };
    c.purpose = u"Betalingsachterstanden vroeg signaleren"_s;
    c.basis = LegalBasis::LegalObligation;
    c.basisText = u"Wet gemeentelijke schuldhulpverlening, art. 3a"_s;
    c.data = { DataCategory::Naw, DataCategory::Betaalgegevens };
    c.from = QDate(2025, 1, 1);
    c.until = QDate(2027, 12, 31);
    c.reviewOn = QDate(2026, 12, 1);
    return c;
}

qint64 TestCovenants::addRecipient(const QString &name)
{
    Recipient r;
    r.name = name;
    r.category = RecipientCategory::Gemeente;
    ServiceError error;
    const auto added
        = RecipientService(Session { *m_store, m_clock }).add(r, BsnCheck::Refuse, &error);
    if (!added)
        qWarning("addRecipient: %s", qPrintable(error.message));
    return added ? added->id : 0;
}

QString TestCovenants::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

bool TestCovenants::importPersons(int from, int count)
{
    QByteArray csv = "klantnummer;naam;relatie\n";
    for (int i = from; i < from + count; ++i)
        csv += "K" + QByteArray::number(i) + ";Huurder " + QByteArray::number(i) + ";huurder\n";
    const QString path = writeFile(u"personen-%1.csv"_s.arg(from), csv);
    const ImportResult result = PersonImport(Session { *m_store, m_clock }).run(path, {});
    if (!result.ok() || result.imported != count)
        qWarning("import: %s (%d imported)", qPrintable(result.error), result.imported);
    return result.ok() && result.imported == count;
}

void TestCovenants::registerWithTheSignedDocumentInside()
{
    CovenantService service(Session { *m_store, m_clock });
    NewAttachment document;
    document.name = u"convenant-getekend.pdf"_s;
    document.content = signedPdf();
    ServiceError error;
    const auto added = service.add(vroegsignalering(), &document, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QCOMPARE(added->parties, vroegsignalering().parties);
    QCOMPARE(added->data, vroegsignalering().data);
    QCOMPARE(added->basisText, vroegsignalering().basisText);
    QCOMPARE(added->reviewOn, QDate(2026, 12, 1));
    QCOMPARE(added->document.name, u"convenant-getekend.pdf"_s);
    QCOMPARE(added->document.mediaType, u"application/pdf"_s);
    QCOMPARE(added->document.size, signedPdf().size());
    // The bytes are the store's, never a file beside it.
    QCOMPARE(service.documentContent(added->id, &error).value_or(QByteArray()), signedPdf());
    if (testBackend() == Backend::Folder)
        QVERIFY(filesContaining(m_dir->path(), "Convenant Vroegsignalering").isEmpty());

    // Its events: created, the document, then each change.
    QStringList actions;
    for (const AuditEvent &e : eventsOf(u"covenant"_s, added->id))
        actions << e.action;
    QCOMPARE(actions, (QStringList { u"covenant.created"_s, u"covenant.document_added"_s }));

    Covenant changed = *added;
    changed.parties << u"GGD Groningen"_s;
    changed.until = {};
    QVERIFY2(service.update(changed, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto found = service.find(added->id, &error);
    QVERIFY(found);
    QCOMPARE(found->parties.size(), 3);
    QVERIFY(!found->until.isValid());
    QCOMPARE(found->document.sha256, added->document.sha256); // a change keeps the document

    // A copy goes out only as a recorded event with its fingerprint.
    const QString out = QDir(m_tmp.path()).filePath(u"kopie.pdf"_s);
    QVERIFY2(service.exportDocument(added->id, out, false, &error), qPrintable(error.message));
    QFile copy(out);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), signedPdf());
    QVERIFY(!service.exportDocument(added->id, out, false, &error)); // never over a file
    const QList<AuditEvent> events = eventsOf(u"covenant"_s, added->id);
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(2).action, u"covenant.updated"_s);
    QCOMPARE(events.at(3).action, u"covenant.document_exported"_s);
    QCOMPARE(events.at(3).payload.value(u"sha256"_s).toString(), added->document.sha256);

    // Replacing the document names the one it replaced.
    NewAttachment second {
        u"addendum.pdf"_s, QByteArrayLiteral("%PDF-1.4 addendum"), {}, false, false
    };
    QVERIFY2(service.setDocument(added->id, second, &error), qPrintable(error.message));
    QCOMPARE(service.documentContent(added->id, &error).value_or(QByteArray()), second.content);
    QCOMPARE(eventsOf(u"covenant"_s, added->id).constLast().payload.value(u"replaced_sha256"_s),
             added->document.sha256);
    QCOMPARE(service.list(&error).size(), 1);
}

void TestCovenants::validationAndBsnGuard()
{
    CovenantService service(Session { *m_store, m_clock });
    ServiceError error;
    Covenant c = vroegsignalering();
    c.parties = { u"  "_s };
    QVERIFY(!service.add(c, nullptr, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    c = vroegsignalering();
    c.basisText.clear(); // c and e need the statute or task
    QVERIFY(!service.add(c, nullptr, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    c = vroegsignalering();
    c.until = QDate(2024, 1, 1);
    QVERIFY(!service.add(c, nullptr, BsnCheck::Refuse, &error));
    QVERIFY(error.message.contains(u"ends before"_s) || error.message.contains(u"eindigt"_s));
    c = vroegsignalering();
    c.parties << u"Contact BSN "_s + elfProefNumber();
    QVERIFY(!service.add(c, nullptr, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(service.list(&error).isEmpty());
    QVERIFY(
        service.add(c, nullptr, BsnCheck::ConfirmedNotBsn, &error)); // confirmed not a BSN: logged
    QCOMPARE(countRows(m_store->database(), u"covenants"_s), 1);
}

void TestCovenants::reviewDueInToday()
{
    CovenantService service(Session { *m_store, m_clock });
    ServiceError error;
    Covenant later = vroegsignalering(); // review 1 December 2026: not yet
    QVERIFY(service.add(later, nullptr, BsnCheck::Refuse, &error));
    Covenant due = vroegsignalering();
    due.name = u"Convenant Aanpak Woonoverlast"_s;
    due.reviewOn = QDate(2026, 11, 21); // today
    const auto dueAdded = service.add(due, nullptr, BsnCheck::Refuse, &error);
    QVERIFY(dueAdded);
    Covenant ended = vroegsignalering();
    ended.name = u"Convenant Huisuitzettingen 2020"_s;
    ended.from = QDate(2020, 1, 1);
    ended.until = QDate(2024, 12, 31); // ended: no review asked
    ended.reviewOn = QDate(2024, 6, 1);
    QVERIFY(service.add(ended, nullptr, BsnCheck::Refuse, &error));

    const QList<Covenant> reviews = service.reviewDue(&error);
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews.first().name, due.name);
    const TodayFigures today = TodayService(Session { *m_store, m_clock }).read(&error);
    QVERIFY(!error.isError());
    QCOMPARE(today.covenantReviews, QList<qint64> { dueAdded->id });
    QVERIFY(!today.nothingUrgent());
    QCOMPARE(TodayService::toJson(today).value(u"covenants_review_due"_s).toInt(), 1);
}

void TestCovenants::rolesReadAndWrite()
{
    {
        UserService users(*m_store, Session { *m_store, m_clock });
        UserError userError;
        QVERIFY(users.add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
        QVERIFY(users.add(auditor, {}, Role::Auditor, SecureBytes::fromUtf8(auditorPassword),
                          &userError));
        ServiceError error;
        QVERIFY(CovenantService(Session { *m_store, m_clock })
                    .add(vroegsignalering(), nullptr, BsnCheck::Refuse, &error));
    }
    {
        auto store = openAs(auditor, auditorPassword);
        QVERIFY(store);
        CovenantService service(Session { *store, m_clock });
        ServiceError error;
        QCOMPARE(service.list(&error).size(), 1); // reads
        QVERIFY(!service.add(vroegsignalering(), nullptr, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
    }
    {
        auto store = openAs(kcc, kccPassword);
        QVERIFY(store);
        CovenantService service(Session { *store, m_clock });
        const int before = denials(*store);
        ServiceError error;
        QVERIFY(service.list(&error).isEmpty());
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!service.add(vroegsignalering(), nullptr, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QCOMPARE(denials(*store), before + 2);
        // "Vandaag" asks a KCC employee nothing of the registers.
        QVERIFY(TodayService(Session { *store, m_clock }).read(&error).covenantReviews.isEmpty());
        QVERIFY(!error.isError());
    }
    m_store = openAs(testUser, testPassword); // for cleanup's check of the trail
    QVERIFY(m_store);
}

void TestCovenants::csvListAccountsForEveryNumber()
{
    QVERIFY(importPersons(1, 5));
    const DisclosureService disclosures(Session { *m_store, m_clock });
    ServiceError error;
    // Excel's export: ';', Windows-1252, CRLF, a heading, a number twice, one nobody has, an
    // empty cell, a number with spaces around it.
    const QString path = writeFile(
        u"lijst.csv"_s,
        "Naam;Klantnummer\r\nH\xe9l\xe8ne;K1\r\nB;K2\r\nC; K3 \r\nD;K2\r\nE;K999\r\nF;\r\n");
    const auto list = disclosures.personsFromCsv(path, &error);
    QVERIFY2(list, qPrintable(error.message));
    QCOMPARE(list->persons.size(), 3);
    QCOMPARE(list->persons.at(2).klantnummer, u"K3"_s);
    QCOMPARE(list->unknown, QStringList { u"K999"_s });
    QCOMPARE(list->repeated, 1);
    QVERIFY(!list->complete());
    QVERIFY(list->problems().join(u' ').contains(u"K999"_s));

    // No heading: the first line is a number too.
    QBuffer bare;
    bare.setData("K4\nK5\n");
    QVERIFY(bare.open(QIODevice::ReadOnly));
    const auto plain = disclosures.personsFromCsv(&bare, &error);
    QVERIFY(plain);
    QCOMPARE(plain->persons.size(), 2);
    QVERIFY(plain->complete());

    // A file that is not there is an error, never an empty list.
    QVERIFY(!disclosures.personsFromCsv(m_dir->filePath(u"weg.csv"_s), &error));
    QVERIFY(error.isError());
}

void TestCovenants::bulkDisclosureIsOneRowLinkedToEachPerson()
{
    QVERIFY(importPersons(1, 20));
    const qint64 recipient = addRecipient(u"Gemeente Groningen"_s);
    ServiceError error;
    const auto covenant = CovenantService(Session { *m_store, m_clock })
                              .add(vroegsignalering(), nullptr, BsnCheck::Refuse, &error);
    QVERIFY(covenant);
    DisclosureService disclosures(Session { *m_store, m_clock });
    QByteArray csv = "klantnummer\n";
    for (int i = 1; i <= 20; ++i)
        csv += "K" + QByteArray::number(i) + "\n";
    const auto list = disclosures.personsFromCsv(writeFile(u"november.csv"_s, csv), &error);
    QVERIFY(list && list->complete());

    Disclosure d;
    d.date = QDate(2026, 11, 1);
    d.recipientId = recipient;
    d.persons = list->persons;
    d.data = { DataCategory::Naw, DataCategory::Betaalgegevens };
    d.purpose = u"Vroegsignalering betalingsachterstand"_s;
    d.basis = LegalBasis::LegalObligation;
    d.basisText = u"Wgs art. 3a"_s;
    d.covenantId = covenant->id;
    const int rowsBefore = countRows(m_store->database(), u"disclosures"_s);
    const auto added = disclosures.add(d, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QCOMPARE(countRows(m_store->database(), u"disclosures"_s), rowsBefore + 1);
    QCOMPARE(countRows(m_store->database(), u"disclosure_persons"_s), 20);
    QCOMPARE(added->persons.size(), 20);
    QCOMPARE(added->covenantName, vroegsignalering().name);
    QCOMPARE(disclosureToJson(*added).value(u"person_count"_s).toInt(), 20);
    QCOMPARE(disclosureToJson(*added).value(u"covenant"_s).toObject().value(u"id"_s).toInteger(),
             covenant->id);
    // One event for the one row, naming every person and the covenant.
    const QList<AuditEvent> events = eventsOf(u"disclosure"_s, added->id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().payload.value(u"covenant_id"_s).toInteger(), covenant->id);
    QCOMPARE(events.first().payload.value(u"person_ids"_s).toArray().size(), 20);

    // Each person's own view lists it.
    for (const DisclosurePerson &p : list->persons) {
        const QList<Disclosure> own = disclosures.forPerson(p.id, &error);
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().id, added->id);
    }
    // A covenant that is not there is refused.
    d.covenantId = covenant->id + 100;
    QVERIFY(!disclosures.add(d, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

void TestCovenants::bulkDisclosureInEachInzageReportAndArt19()
{
    QVERIFY(importPersons(1, 3));
    const qint64 recipient = addRecipient(u"Gemeente Groningen"_s);
    ServiceError error;
    const auto covenant = CovenantService(Session { *m_store, m_clock })
                              .add(vroegsignalering(), nullptr, BsnCheck::Refuse, &error);
    QVERIFY(covenant);
    DisclosureService disclosures(Session { *m_store, m_clock });
    const auto list = disclosures.personsFromCsv(writeFile(u"l.csv"_s, "K1\nK2\nK3\n"), &error);
    QVERIFY(list && list->complete());
    Disclosure d;
    d.date = QDate(2026, 10, 1);
    d.recipientId = recipient;
    d.persons = list->persons;
    d.data = { DataCategory::Naw, DataCategory::Betaalgegevens };
    d.purpose = u"Vroegsignalering betalingsachterstand"_s;
    d.basis = LegalBasis::LegalObligation;
    d.basisText = u"Wgs art. 3a"_s;
    d.covenantId = covenant->id;
    QVERIFY2(disclosures.add(d, BsnCheck::Refuse, &error), qPrintable(error.message));

    // Each person's inzage report lists the disclosure: recipient, date, data, basis and the
    // covenant, and never the other persons it named.
    const PersonReportLoader loader(Session { *m_store, m_clock });
    for (const DisclosurePerson &p : list->persons) {
        const auto report = loader.load(p.id, &error);
        QVERIFY2(report, qPrintable(error.message));
        QCOMPARE(report->disclosures.size(), 1);
        const Disclosure &seen = report->disclosures.first();
        QCOMPARE(seen.recipientName, u"Gemeente Groningen"_s);
        QCOMPARE(seen.date, QDate(2026, 10, 1));
        QCOMPARE(seen.data, d.data);
        QVERIFY(seen.basisText.contains(vroegsignalering().name));
        QVERIFY(seen.persons.isEmpty());
    }

    // Art. 19: an erasure granted for one of them lists the municipality.
    CaseService cases(Session { *m_store, m_clock });
    NewCase request;
    request.person.klantnummer = u"K2"_s;
    request.person.name = u"Huurder 2"_s;
    request.types = { RequestType::Verwijdering };
    request.receivedDate = QDate(2026, 11, 2);
    const auto c = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    QCOMPARE(c->person.id, list->persons.at(1).id);
    QVERIFY(cases.requestIdentification(c->number, request.receivedDate, &error));
    QVERIFY(cases.receiveIdentification(c->number, request.receivedDate.addDays(1),
                                        IdMethod::Klantgegevens, true, &error));
    QVERIFY2(cases.complete(c->number,
                            test::completion(Outcome::Toegewezen, QDate(2026, 11, 10), u"brief"_s),
                            BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QList<Art19Notification> art19 = disclosures.art19Notifications(c->number, &error);
    QCOMPARE(art19.size(), 1);
    QCOMPARE(art19.first().recipientId, recipient);
    QVERIFY(disclosures.art19Pending(&error).contains(c->id));
}

void TestCovenants::tenThousandNumbersInOneTransaction()
{
    constexpr int count = 10000;
    QVERIFY(importPersons(1, count));
    const qint64 recipient = addRecipient(u"Gemeente Groningen"_s);
    QByteArray csv = "Klantnummer\r\n";
    for (int i = 1; i <= count; ++i)
        csv += "K" + QByteArray::number(i) + "\r\n";
    csv += "K99999\r\n"; // one unknown: refused unless left out on purpose
    DisclosureService disclosures(Session { *m_store, m_clock });
    ServiceError error;
    QElapsedTimer timer;
    timer.start();
    const auto list = disclosures.personsFromCsv(writeFile(u"tienduizend.csv"_s, csv), &error);
    QVERIFY2(list, qPrintable(error.message));
    const qint64 readMs = timer.restart();
    QCOMPARE(list->persons.size(), count);
    QCOMPARE(list->unknown, QStringList { u"K99999"_s });

    Disclosure d;
    d.date = QDate(2026, 11, 1);
    d.recipientId = recipient;
    d.persons = list->persons;
    d.unknownLeftOut = int(list->unknown.size());
    d.data = { DataCategory::Naw, DataCategory::Betaalgegevens };
    d.purpose = u"Vroegsignalering betalingsachterstand november"_s;
    d.basis = LegalBasis::LegalObligation;
    d.basisText = u"Wgs art. 3a"_s;
    const int eventsBefore = countRows(m_store->database(), u"audit_events"_s);
    const auto added = disclosures.add(d, BsnCheck::Refuse, &error);
    const qint64 writeMs = timer.elapsed();
    QVERIFY2(added, qPrintable(error.message));
    qInfo("10,000 customer numbers on %s: list read in %lld ms, disclosure written in %lld ms",
          qPrintable(backendName()), readMs, writeMs);
    QCOMPARE(added->persons.size(), count);
    QCOMPARE(countRows(m_store->database(), u"disclosure_persons"_s), count);
    // One transaction: one event for the one row (plus nothing else).
    QCOMPARE(countRows(m_store->database(), u"audit_events"_s), eventsBefore + 1);
    QCOMPARE(eventsOf(u"disclosure"_s, added->id).first().payload.value(u"unknown_left_out"_s), 1);
    QCOMPARE(disclosures.forPerson(list->persons.at(9999).id, &error).size(), 1);
}

QTEST_GUILESS_MAIN(TestCovenants)
#include "tst_covenants.moc"
