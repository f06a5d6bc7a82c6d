// Role enforcement at the service level, on both backends: one store with
// a user of each role, and for each role against each write of the case, register, settings and
// document services: allowed → it succeeds; denied → it fails with Denied, changes no row, and
// records exactly one user.denied audit event (action code and target, attributed to the acting
// user). Every row works on its own copy of the seeded store (copyServiceStore).

#include "DocumentFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "cases/TrailRows.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonExport.h"
#include "documents/PersonReport.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "registers/Disclosures.h"
#include "registers/PersonImport.h"
#include "registers/ProcessingRegister.h"
#include "registers/Recipients.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QDate today(2026, 12, 21);

struct Member
{
    QString code; // the row name: "beheerder", "functionaris", "kcc", "auditor"
    Role role;
    QString login;
    QString password;
};

const QList<Member> &members()
{
    static const QList<Member> all {
        { u"beheerder"_s, Role::Beheerder, testUser, testPassword },
        { u"functionaris"_s, Role::Functionaris, u"f.jansen"_s, u"wachtwoord-van-jansen"_s },
        { u"kcc"_s, Role::Kcc, u"k.smit"_s, u"wachtwoord-van-smit"_s },
        { u"auditor"_s, Role::Auditor, u"a.visser"_s, u"wachtwoord-van-visser"_s },
    };
    return all;
}

// What the seeded store holds, for the actions to work on.
struct Seed
{
    QString openCase; // received, nothing done yet
    QString identifyingCase; // identification asked
    QString completedCase; // the DocumentFixture's full case
    qint64 personId = 0; // the completed case's data subject
    qint64 recipientId = 0;
    qint64 disclosureId = 0;
    qint64 activityId = 0;
    qint64 heldPersonId = 0; // under a legal hold
    // Read by the beheerder when seeding: a write is refused on its own check even to a role
    // that may not read them (a KCC-medewerker reads no register).
    Recipient recipient;
    Disclosure disclosure;
    ProcessingActivity activity;
    PersonReport report;
};

struct Context
{
    const Store &store;
    const Clock &clock;
    const Seed &seed;
    QString scratch; // a folder outside the store for files the action reads or writes
};

using Action = std::function<bool(const Context &, ServiceError *)>;

struct Row
{
    const char *action; // the audit action code a denial names
    Permission permission;
    QString allowedRoles; // the roles expected to succeed, by first letter: b, f, k, a
    Action run;
};

// Import and export report their refusal in their own result types; as ServiceError here.
ServiceError fromText(bool denied, const QString &message)
{
    return { denied ? ServiceError::Code::Denied : ServiceError::Code::Invalid, message };
}

const QList<Row> &rows()
{
    static const QList<Row> all {
        // --- cases ---
        { "case.created", Permission::IntakeCase, u"bfk"_s,
          [](const Context &c, ServiceError *e) {
              NewCase request;
              request.person.name = u"Bram Koster"_s;
              request.person.klantnummer = u"K-7001"_s;
              request.types = { RequestType::Inzage };
              request.channel = Channel::Telefoon;
              request.receivedDate = today;
              return CaseService(Session { c.store, c.clock })
                  .add(request, BsnCheck::Refuse, e)
                  .has_value();
          } },
        { "case.identification_requested", Permission::EditCases, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return CaseService(Session { c.store, c.clock })
                  .requestIdentification(c.seed.openCase, today, e);
          } },
        { "case.identification_received", Permission::EditCases, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return CaseService(Session { c.store, c.clock })
                  .receiveIdentification(c.seed.identifyingCase, today, IdMethod::Balie, true, e);
          } },
        { "case.extended", Permission::EditCases, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return CaseService(Session { c.store, c.clock })
                  .extend(c.seed.openCase, u"Gegevens uit drie systemen"_s, today, BsnCheck::Refuse,
                          e);
          } },
        { "case.completed", Permission::EditCases, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return CaseService(Session { c.store, c.clock })
                  .complete(c.seed.openCase,
                            test::completion(Outcome::Ingetrokken, today, u"e-mail"_s),
                            BsnCheck::Refuse, e);
          } },
        { "case.reopened", Permission::EditCases, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return CaseService(Session { c.store, c.clock })
                  .reopen(c.seed.completedCase, u"Klacht over het antwoord"_s, BsnCheck::Refuse, e);
          } },
        { "case.note_added", Permission::EditCases, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return CaseService(Session { c.store, c.clock })
                  .addNote(c.seed.openCase, u"Teruggebeld, geen gehoor"_s, BsnCheck::Refuse, e);
          } },
        // --- settings ---
        { "settings.deadline_policy", Permission::ChangeSettings, u"b"_s,
          [](const Context &c, ServiceError *e) {
              CaseService cases(Session { c.store, c.clock });
              DeadlinePolicy policy = cases.policy(nullptr).value();
              policy.closingDays.insert(QDate(2026, 12, 28));
              return cases.setPolicy(policy, e);
          } },
        { "settings.organisation", Permission::ChangeSettings, u"b"_s,
          [](const Context &c, ServiceError *e) {
              OrganisationSettings settings(Session { c.store, c.clock });
              OrganisationDetails details = settings.details();
              details.city = u"Voorbeeldstad"_s;
              return settings.save(details, BsnCheck::Refuse, e);
          } },
        { "letter_template.saved", Permission::ChangeSettings, u"b"_s,
          [](const Context &c, ServiceError *e) {
              const QString html = LetterTemplates::defaultHtml(LetterKind::Ontvangstbevestiging)
                  + u"<p>Met vriendelijke groet.</p>"_s;
              return LetterService(Session { c.store, c.clock })
                  .saveTemplate(LetterKind::Ontvangstbevestiging, html, BsnCheck::Refuse, e);
          } },
        { "letter_template.reset", Permission::ChangeSettings, u"b"_s,
          [](const Context &c, ServiceError *e) {
              return LetterService(Session { c.store, c.clock })
                  .resetTemplate(LetterKind::Besluit, e);
          } },
        // --- documents ---
        { "case.letter", Permission::ProduceDocuments, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return LetterService(Session { c.store, c.clock })
                  .generate(c.seed.openCase, LetterKind::Ontvangstbevestiging, BsnCheck::Refuse, e)
                  .has_value();
          } },
        { "case.ap_reference", Permission::ProduceDocuments, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return ComplaintDossier(Session { c.store, c.clock })
                  .setApReference(c.seed.completedCase, u"z2026-04711"_s, BsnCheck::Refuse, e);
          } },
        { "person.export", Permission::ProduceDocuments, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              PersonExportTargets targets;
              targets.jsonPath = QDir(c.scratch).filePath(u"export.json"_s);
              const PersonExportResult result = PersonExport(Session { c.store, c.clock })
                                                    .write(c.seed.report, {}, {}, targets);
              *e = result.ok() ? ServiceError()
                               : fromText(result.errorCode == u"denied"_s, result.error);
              if (!result.ok() && QFile::exists(targets.jsonPath))
                  *e = fromText(false, u"an export was written although it failed"_s);
              return result.ok();
          } },
        // --- registers ---
        { "recipient.added", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              const Recipient r { 0,
                                  u"Stichting Schuldhulp Voorbeeldstad"_s,
                                  RecipientCategory::Gemeente,
                                  RecipientRole::Ontvanger,
                                  {},
                                  {},
                                  false };
              return RecipientService(Session { c.store, c.clock })
                  .add(r, BsnCheck::Refuse, e)
                  .has_value();
          } },
        { "recipient.updated", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              Recipient r = c.seed.recipient;
              r.contact = u"planning@example.org"_s;
              return RecipientService(Session { c.store, c.clock }).update(r, BsnCheck::Refuse, e);
          } },
        { "recipient.removed", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return RecipientService(Session { c.store, c.clock }).remove(c.seed.recipientId, e);
          } },
        { "disclosure.added", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              Disclosure d = c.seed.disclosure;
              d.id = 0;
              d.date = today;
              return DisclosureService(Session { c.store, c.clock })
                  .add(d, BsnCheck::Refuse, e)
                  .has_value();
          } },
        { "disclosure.updated", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              Disclosure d = c.seed.disclosure;
              d.requestedBy = u"f.jansen"_s;
              return DisclosureService(Session { c.store, c.clock }).update(d, BsnCheck::Refuse, e);
          } },
        { "disclosure.removed", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return DisclosureService(Session { c.store, c.clock }).remove(c.seed.disclosureId, e);
          } },
        { "processing.added", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              ProcessingActivity a;
              a.purposeCode = u"B"_s;
              a.purpose = u"Beheren van woningen"_s;
              a.subPurpose = u"Plannen van onderhoud"_s;
              a.name = u"Planmatig onderhoud"_s;
              a.legalBases = { u"b"_s };
              a.subjects = { u"huurders"_s };
              a.dataCategories = { { u"naam en contactgegevens"_s, {} } };
              return ProcessingRegister(Session { c.store, c.clock })
                  .add(a, BsnCheck::Refuse, e)
                  .has_value();
          } },
        { "processing.updated", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              ProcessingActivity a = c.seed.activity;
              a.retention = u"Einde huurcontract + 2 jaar"_s;
              return ProcessingRegister(Session { c.store, c.clock })
                  .update(a, BsnCheck::Refuse, e);
          } },
        { "processing.removed", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return ProcessingRegister(Session { c.store, c.clock }).remove(c.seed.activityId, e);
          } },
        { "retention.rule_saved", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              RetentionRule rule;
              rule.category = u"Geluidsopnamen klantcontact"_s;
              rule.trigger = RetentionTrigger::Recording;
              rule.period = { 30, RetentionUnit::Days };
              return RetentionService(Session { c.store, c.clock })
                  .saveRule(rule, BsnCheck::Refuse, e)
                  .has_value();
          } },
        { "retention.item_set", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return RetentionService(Session { c.store, c.clock })
                  .setItem(c.seed.personId, u"contactgegevens-huurder"_s, today, e)
                  .has_value();
          } },
        { "retention.hold_placed", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return RetentionService(Session { c.store, c.clock })
                  .placeHold(c.seed.personId, u"Klacht bij de AP"_s, BsnCheck::Refuse, e);
          } },
        { "retention.hold_released", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              return RetentionService(Session { c.store, c.clock })
                  .releaseHold(c.seed.heldPersonId, e);
          } },
        { "person.import", Permission::EditRegisters, u"bf"_s,
          [](const Context &c, ServiceError *e) {
              const QString path = QDir(c.scratch).filePath(u"personen.csv"_s);
              QFile file(path);
              if (!file.open(QIODevice::WriteOnly)
                  || file.write("klantnummer;naam;relatie\nK-8001;Lotte Dekker;Huurder\n") < 0)
                  return false;
              file.close();
              const ImportResult result = PersonImport(Session { c.store, c.clock }).run(path, {});
              *e = result.ok() ? ServiceError() : fromText(result.denied, result.error);
              return result.ok() && result.imported == 1;
          } },
    };
    return all;
}

// Every table's row count, to prove that a refused call changed nothing; read past the roles
// (on a server a KCC login may read few tables), in one statement.
QMap<QString, int> rowCounts(const Store &store)
{
    QStringList counts;
    for (const QString &table : storeTables(store.database())) {
        if (!table.startsWith(u"sqlite_"_s))
            counts << u"SELECT '%1=' || count(*) FROM %1"_s.arg(table);
    }
    QMap<QString, int> result;
    for (const QString &row : readAsOwner(store.database(), counts.join(u" UNION ALL "_s))) {
        const qsizetype equals = row.lastIndexOf(u'=');
        result.insert(row.left(equals), equals < 0 ? -1 : row.mid(equals + 1).toInt());
    }
    return result;
}

// A column of the newest audit event, read past the roles.
QString lastEvent(const Store &store, const QString &column)
{
    return readAsOwner(store.database(),
                       u"SELECT %1 FROM audit_events ORDER BY seq DESC LIMIT 1"_s.arg(column))
        .value(0);
}

} // namespace

class TestRoleEnforcement final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void permissionTable();
    void matrix_data();
    void matrix();
    void inactiveUserMayNothing();

private:
    static std::unique_ptr<Store> openAs(const Member &member, const QString &dir)
    {
        return openServiceStoreAs(dir, member.login, member.password);
    }
    QTemporaryDir m_tmp;
    QString m_template;
    Seed m_seed;
};

void TestRoleEnforcement::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_tmp.isValid());
    m_template = m_tmp.filePath(u"sjabloon"_s);
    auto store = createServiceStore(m_template);
    QVERIFY(store);
    // As the beheerder (the first user): a completed case with letters and disclosures, an
    // open case, a case waiting for identification, an activity, a legal hold.
    DocumentFixture fixture(*store);
    QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
    m_seed.completedCase = fixture.fullCase();
    QVERIFY2(!m_seed.completedCase.isEmpty(), qPrintable(fixture.error()));
    const auto open = fixture.addCase(u"Sanne de Boer"_s, u"K-6001"_s, { RequestType::Inzage },
                                      QDate(2026, 12, 16));
    QVERIFY2(open, qPrintable(fixture.error()));
    m_seed.openCase = open->number;
    const auto identifying = fixture.addCase(u"Daan Mulder"_s, u"K-6002"_s,
                                             { RequestType::Verwijdering }, QDate(2026, 12, 17));
    QVERIFY2(identifying, qPrintable(fixture.error()));
    m_seed.identifyingCase = identifying->number;
    FixedClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
    ServiceError error;
    QVERIFY2(CaseService(Session { *store, clock })
                 .requestIdentification(m_seed.identifyingCase, QDate(2026, 12, 18), &error),
             qPrintable(error.message));

    m_seed.personId = CaseService(Session { *store, clock }).find(m_seed.completedCase)->person.id;
    const QList<Disclosure> disclosures
        = DisclosureService(Session { *store, clock }).forPerson(m_seed.personId);
    QVERIFY(!disclosures.isEmpty());
    m_seed.disclosureId = disclosures.first().id;
    m_seed.recipientId = disclosures.first().recipientId;
    m_seed.disclosure = disclosures.first();
    m_seed.recipient = *RecipientService(Session { *store, clock }).find(m_seed.recipientId);
    const auto report = PersonReportLoader(Session { *store, clock }).load(m_seed.personId, &error);
    QVERIFY2(report, qPrintable(error.message));
    m_seed.report = *report;

    ProcessingActivity a;
    a.purposeCode = u"A"_s;
    a.purpose = u"Leveren van diensten"_s;
    a.subPurpose = u"Inschrijven in onze systemen"_s;
    a.name = u"Inschrijving woningzoekenden"_s;
    a.legalBases = { u"b"_s };
    a.subjects = { u"woningzoekenden"_s };
    a.dataCategories = { { u"naam en contactgegevens"_s, {} } };
    const auto activity
        = ProcessingRegister(Session { *store, clock }).add(a, BsnCheck::Refuse, &error);
    QVERIFY2(activity, qPrintable(error.message));
    m_seed.activityId = activity->id;
    m_seed.activity = *activity;

    m_seed.heldPersonId = open->person.id;
    QVERIFY2(RetentionService(Session { *store, clock })
                 .placeHold(m_seed.heldPersonId, u"Lopende procedure"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));

    // The other three users, added by the beheerder.
    UserService users(*store, Session { *store, clock });
    UserError userError;
    for (const Member &member : members()) {
        if (member.role != Role::Beheerder)
            QVERIFY2(users.add(member.login, {}, member.role,
                               SecureBytes::fromUtf8(member.password), &userError),
                     qPrintable(userError.message));
    }
    QCOMPARE(denials(*store), 0);
}

void TestRoleEnforcement::permissionTable()
{
    // The table the matrix expects is the table the services ask.
    for (const Row &row : rows()) {
        for (const Member &member : members()) {
            QCOMPARE(UserService::roleMay(member.role, row.permission),
                     row.allowedRoles.contains(member.code.front()));
        }
    }
    // A beheerder may everything; an auditor writes nothing.
    for (int p = int(Permission::ManageUsers); p <= int(Permission::ProduceDocuments); ++p) {
        QVERIFY(UserService::roleMay(Role::Beheerder, Permission(p)));
        QVERIFY(!UserService::roleMay(Role::Auditor, Permission(p)));
    }
}

void TestRoleEnforcement::matrix_data()
{
    QTest::addColumn<int>("member");
    QTest::addColumn<int>("row");
    for (qsizetype r = 0; r < rows().size(); ++r) {
        for (qsizetype m = 0; m < members().size(); ++m) {
            QTest::addRow("%s %s", rows().at(r).action, qPrintable(members().at(m).code))
                << int(m) << int(r);
        }
    }
}

void TestRoleEnforcement::matrix()
{
    QFETCH(int, member);
    QFETCH(int, row);
    const Member &who = members().at(member);
    const Row &what = rows().at(row);
    const bool allowed = what.allowedRoles.contains(who.code.front());

    // Each row on its own copy of the seeded store.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(u"kluis"_s);
    QVERIFY(copyServiceStore(m_template, dir));
    auto store = openAs(who, dir);
    QVERIFY(store);
    FixedClock clock(QDateTime(today, QTime(10, 0), Qt::UTC));

    const QMap<QString, int> before = rowCounts(*store);
    const int deniedBefore = denials(*store);
    ServiceError error;
    const bool done = what.run({ *store, clock, m_seed, tmp.path() }, &error);
    if (allowed) {
        QVERIFY2(done, qPrintable(error.message));
        QCOMPARE(denials(*store), deniedBefore);
        return;
    }
    QVERIFY(!done);
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QVERIFY2(error.message.contains(UserService::roleName(who.role)), qPrintable(error.message));

    QMap<QString, int> after = rowCounts(*store);
    QCOMPARE(after.value(u"audit_events"_s), before.value(u"audit_events"_s) + 1);
    after.insert(u"audit_events"_s, before.value(u"audit_events"_s));
    QCOMPARE(after, before);
    QCOMPARE(denials(*store), deniedBefore + 1);

    // The one new event: user.denied by this user, naming the action and an identifier only.
    QCOMPARE(lastEvent(*store, u"actor"_s), who.login);
    QCOMPARE(lastEvent(*store, u"action"_s), u"user.denied"_s);
    QCOMPARE(lastEvent(*store, u"entity_id"_s), who.login);
    const QString payloadText = lastEvent(*store, u"payload"_s);
    const QJsonObject payload = QJsonDocument::fromJson(payloadText.toUtf8()).object();
    QCOMPARE(payload.value(u"action"_s).toString(), QString::fromLatin1(what.action));
    QCOMPARE(payload.value(u"role"_s).toString(), UserService::roleCode(who.role));
    for (const QString &name :
         { u"Sanne de Boer"_s, u"Bram Koster"_s, u"Lotte Dekker"_s, DocumentFixture::personName() })
        QVERIFY(!payloadText.contains(name));
    // The chain verifies, checked by the beheerder (on a server a KCC login or an auditor may
    // not read all it takes).
    store.reset();
    StoreError openError;
    const auto beheerder = openServiceStore(dir, &openError);
    QVERIFY2(beheerder, qPrintable(openError.detail()));
    QStringList problems;
    QVERIFY2(beheerder->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; "_s)));
}

void TestRoleEnforcement::inactiveUserMayNothing()
{
    // A removed user's password opens nothing any more; a user whose row is gone (as if it were
    // removed between opening and writing) is refused every write.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(u"kluis"_s);
    QVERIFY(copyServiceStore(m_template, dir));
    const Member &functionaris = members().at(1);
    auto store = openAs(functionaris, dir);
    QVERIFY(store);
    QVERIFY(execAsOwner(store->database(),
                        { u"UPDATE users SET removed_at = '2026-12-21T09:00:00.000Z' WHERE "
                          "login = '"_s
                          + functionaris.login + u"'"_s }));
    const QStringList notesBefore
        = readAsOwner(store->database(), u"SELECT count(*) FROM case_notes"_s);
    FixedClock clock(QDateTime(today, QTime(10, 0), Qt::UTC));
    ServiceError error;
    QVERIFY(!CaseService(Session { *store, clock })
                 .addNote(m_seed.openCase, u"Notitie"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Denied);
    if (testBackend() == Backend::Server) {
        // On a server the removal takes the login's groups at once (pd_users_groups): the open
        // session may do nothing in the store any more, not even record its refusal (the server's
        // log has the attempt), and no note was added.
        QCOMPARE(denials(*store), 0);
        QCOMPARE(readAsOwner(store->database(), u"SELECT count(*) FROM case_notes"_s), notesBefore);
        const QString roles
            = readAsOwner(store->database(),
                          u"SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = "
                          "m.member WHERE r.rolname = '%1'"_s.arg(functionaris.login))
                  .value(0);
        QCOMPARE(roles, u"0"_s);
    } else {
        QCOMPARE(denials(*store), 1);
    }
}

QTEST_MAIN(TestRoleEnforcement)
#include "tst_roleenforcement.moc"
