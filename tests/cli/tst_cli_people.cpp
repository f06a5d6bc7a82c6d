// privacydesk-cli and the people letters go to: `init --display-name`, `user
// rename`, the organisation's title for the signatory and the privacy officer's own contact
// (`settings set`), `case add --address` and a representative's request with `case mandate`,
// and the request for the mandate as the only letter while it is missing, read back from its PDF.

#include "CliRunner.h"
#include "DocumentFixture.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;
using Result = test::CliRunner::Result;

class TestCliPeople final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initWithDisplayName();
    void userSetName();
    void signatureSettings();
    void addressOfTheTenant();
    void personRecordAfterTheAnswer();
    void correctionConfirmedIsMade();
    void relationCorrectedOnTheRequest();
    void representativeAndMandate();
    void nothingGoesWithoutTheMandate();
    void representativeIsNotAskedWhoTheyAre();
    void bewindvoerderAtHisFirm();
    void repeatedTypesAreAllKept();

private:
    QJsonObject show(const QString &number) const;
    QJsonValue setting(const QString &key) const;

    QTemporaryDir m_tmp;
    test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path() };
};

void TestCliPeople::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    for (const auto &[key, value] :
         { std::pair { u"organisation.name"_s, u"Woonstichting Heumen"_s },
           std::pair { u"organisation.address"_s, u"Dorpsstraat 1, 6582 AA Heumen"_s },
           std::pair { u"organisation.email"_s, u"privacy@woonstichting-heumen.nl"_s },
           std::pair { u"organisation.signature_role"_s, u"functionaris gegevensbescherming"_s },
           std::pair { u"policy.period"_s, u"30d"_s },
           std::pair { u"policy.extension"_s, u"30d"_s } }) {
        const Result set = m_cli.onStore({ u"settings"_s, u"set"_s, key, value });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }
}

QJsonObject TestCliPeople::show(const QString &number) const
{
    const Result shown = m_cli.onStore({ u"case"_s, u"show"_s, number, u"--json"_s });
    if (shown.exitCode != 0)
        qWarning("case show %s: %s", qPrintable(number), qPrintable(shown.err));
    return QJsonDocument::fromJson(shown.out.toUtf8()).object();
}

QJsonValue TestCliPeople::setting(const QString &key) const
{
    const Result shown = m_cli.onStore({ u"settings"_s, u"show"_s, u"--json"_s });
    return QJsonDocument::fromJson(shown.out.toUtf8()).object().value(key);
}

// `init --display-name`: the first beheerder signs with their name, not the login.
void TestCliPeople::initWithDisplayName()
{
    test::CliRunner other { QStringLiteral(CLI_PATH), m_tmp.filePath(u"ander"_s) };
    QVERIFY(QDir().mkpath(m_tmp.filePath(u"ander"_s)));
    QString error;
    QVERIFY2(other.initStore(m_tmp.filePath(u"leeg"_s), u"x.voorbeeld"_s, &error),
             qPrintable(error));
    const QString folder = m_tmp.filePath(u"kluis-naam"_s);
    const Result created = other.run({ u"--store"_s, folder, u"init"_s, u"--user"_s, u"j.devries"_s,
                                       u"--display-name"_s, u"Jan de Vries"_s, u"--kdf"_s,
                                       u"test"_s, u"--password-file"_s, other.passwordFile() });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const Result users
        = other.run({ u"--store"_s, folder, u"--user"_s, u"j.devries"_s, u"--password-file"_s,
                      other.passwordFile(), u"user"_s, u"list"_s, u"--json"_s });
    QVERIFY2(users.exitCode == 0, qPrintable(users.err));
    const QJsonArray list = QJsonDocument::fromJson(users.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[u"display_name"_s].toString(), u"Jan de Vries"_s);
    // A BSN in the name makes no store.
    const Result refused
        = other.run({ u"--store"_s, m_tmp.filePath(u"kluis-bsn"_s), u"init"_s, u"--user"_s,
                      u"p.jansen"_s, u"--display-name"_s, u"Piet "_s + test::elfProefNumber(),
                      u"--kdf"_s, u"test"_s, u"--password-file"_s, other.passwordFile() });
    QVERIFY(refused.exitCode != 0);
}

// `user rename`: the name letters are signed with, changed by a beheerder.
void TestCliPeople::userSetName()
{
    Result result = m_cli.onStore(
        { u"user"_s, u"rename"_s, u"a.bakker"_s, u"--display-name"_s, u"Anna Bakker"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = m_cli.onStore({ u"user"_s, u"list"_s, u"--json"_s });
    const QJsonArray list = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(list.first()[u"display_name"_s].toString(), u"Anna Bakker"_s);
    QCOMPARE(m_cli.onStore({ u"user"_s, u"rename"_s, u"a.bakker"_s }).exitCode, 2);
}

// organisation.signature_role (chosen with the address in initTestCase: a letter prints no title
// nobody chose), officer_phone and officer_email, set where the other organisation settings are.
void TestCliPeople::signatureSettings()
{
    QCOMPARE(setting(u"organisation.signature_role"_s).toString(),
             u"functionaris gegevensbescherming"_s);
    QCOMPARE(setting(u"organisation.officer_phone"_s).toString(), QString());
    for (const auto &[key, value] :
         { std::pair { u"organisation.signature_role"_s, u"Privacy Officer"_s },
           std::pair { u"organisation.officer_phone"_s, u"06 12345678"_s },
           std::pair { u"organisation.officer_email"_s, u"po@woonstichting-heumen.nl"_s } }) {
        const Result set = m_cli.onStore({ u"settings"_s, u"set"_s, key, value });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(setting(key).toString(), value);
    }
    const Result wrong = m_cli.onStore(
        { u"settings"_s, u"set"_s, u"organisation.officer_email"_s, u"geen adres"_s });
    QCOMPARE(wrong.exitCode, 1);
    QCOMPARE(setting(u"organisation.officer_email"_s).toString(), u"po@woonstichting-heumen.nl"_s);
}

// `case add --address`: the tenant's postal address on the person, as the seeds' statements
// give it; one that is not "street and number, postcode city" is a usage error.
void TestCliPeople::addressOfTheTenant()
{
    Result added
        = m_cli.onStore({ u"case"_s, u"add"_s, u"--person"_s, u"P. Pieters"_s, u"--address"_s,
                          u"Kerkpad 12, 6582 BC Heumen"_s, u"--type"_s, u"inzage"_s, u"--channel"_s,
                          u"brief"_s, u"--received"_s, u"2026-09-01"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject person = show(added.out.trimmed())[u"person"_s].toObject();
    QCOMPARE(person[u"address"_s].toString(), u"Kerkpad 12, 6582 BC Heumen"_s);
    added = m_cli.onStore({ u"case"_s, u"add"_s, u"--person"_s, u"P. Pieters"_s, u"--address"_s,
                            u"Kerkpad 12 Heumen"_s, u"--type"_s, u"inzage"_s, u"--channel"_s,
                            u"brief"_s, u"--received"_s, u"2026-09-01"_s });
    QCOMPARE(added.exitCode, 2);

    // A known tenant: the same address (however spaced) is fine; another is refused with what to
    // do, never dropped in silence, and the stored address stays.
    Result known = m_cli.onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Q. Quist"_s,
                                   u"--klantnummer"_s, u"K-ADR-1"_s, u"--address"_s,
                                   u"Kerkpad 14, 6582 BC Heumen"_s, u"--type"_s, u"inzage"_s,
                                   u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-09-01"_s });
    QVERIFY2(known.exitCode == 0, qPrintable(known.err));
    known = m_cli.onStore({ u"case"_s, u"add"_s, u"--klantnummer"_s, u"K-ADR-1"_s, u"--address"_s,
                            u"kerkpad 14, 6582bc Heumen"_s, u"--type"_s, u"bezwaar"_s,
                            u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-09-02"_s });
    QVERIFY2(known.exitCode == 0, qPrintable(known.err));
    const Result moved
        = m_cli.onStore({ u"case"_s, u"add"_s, u"--klantnummer"_s, u"K-ADR-1"_s, u"--address"_s,
                          u"Dorpsstraat 3, 6582 AB Heumen"_s, u"--type"_s, u"rectificatie"_s,
                          u"--channel"_s, u"telefoon"_s, u"--received"_s, u"2026-09-03"_s });
    QCOMPARE(moved.exitCode, 1);
    QVERIFY2(moved.err.contains(u"Klantnummer K-ADR-1 is al bekend, met een ander adres"_s),
             qPrintable(moved.err));
    // The step the refusal names exists (ieder1).
    QVERIFY2(moved.err.contains(u"privacydesk-cli person set-address"_s), qPrintable(moved.err));
    const QJsonObject kept = show(known.out.trimmed())[u"person"_s].toObject();
    QCOMPARE(kept[u"address"_s].toString(), u"Kerkpad 14, 6582 BC Heumen"_s);
}

// The person's own record after the answer. A tenant who moved gets a new
// address once identified, a rectified name is corrected, fields are erased after a granted
// erasure (the name stays, with the reason); the letters made afterwards use the record as it
// is then, and verify agrees with the trail.
void TestCliPeople::personRecordAfterTheAnswer()
{
    const Result added = m_cli.onStore(
        { u"case"_s, u"add"_s, u"--person"_s, u"R. Jansen"_s, u"--klantnummer"_s, u"K-P38"_s,
          u"--email"_s, u"r.jansen@example.nl"_s, u"--address"_s, u"Kerkpad 12, 6582 BC Heumen"_s,
          u"--type"_s, u"verwijdering,rectificatie"_s, u"--channel"_s, u"brief"_s, u"--received"_s,
          u"2026-09-01"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();

    const QStringList setAddress { u"person"_s, u"set-address"_s, number, u"--address"_s,
                                   u"Dorpsstraat 3, 6581 AB Malden"_s };
    Result result = m_cli.onStore(setAddress);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"identiteit nog niet vastgesteld"_s), qPrintable(result.err));
    result = m_cli.onStore({ u"case"_s, u"identify"_s, number, u"--requested"_s, u"2026-09-02"_s,
                             u"--received"_s, u"2026-09-03"_s, u"--method"_s, u"balie"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = m_cli.onStore(setAddress);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(show(number)[u"person"_s][u"address"_s].toString(),
             u"Dorpsstraat 3, 6581 AB Malden"_s);

    result = m_cli.onStore({ u"person"_s, u"rename"_s, u"K-P38"_s, u"--case"_s, number, u"--name"_s,
                             u"R. Janssen"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(show(number)[u"person"_s][u"name"_s].toString(), u"R. Janssen"_s);

    result = m_cli.onStore(
        { u"person"_s, u"erase-fields"_s, number, u"--field"_s, u"emailadres,naam"_s });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"De naam blijft staan"_s), qPrintable(result.err));
    result = m_cli.onStore({ u"person"_s, u"erase-fields"_s, number, u"--field"_s, u"fax"_s });
    QCOMPARE(result.exitCode, 2);
    result = m_cli.onStore(
        { u"person"_s, u"erase-fields"_s, number, u"--field"_s, u"emailadres"_s, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())[u"erased"_s].toArray(),
             QJsonArray { u"emailadres"_s });
    result
        = m_cli.onStore({ u"person"_s, u"erase-fields"_s, number, u"--field"_s, u"emailadres"_s });
    QVERIFY2(result.exitCode == 0 && result.out.contains(u"Niets verwijderd"_s),
             qPrintable(result.out));

    result = m_cli.onStore({ u"case"_s, u"timeline"_s, number, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonArray events = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(!events.isEmpty());
    const QJsonObject erased = events.last().toObject();
    QCOMPARE(erased[u"action"_s].toString(), u"case.person_erased"_s);
    QCOMPARE(erased[u"payload"_s][u"fields"_s].toArray(), QJsonArray { u"emailadres"_s });
    result = m_cli.onStore({ u"verify"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    result = m_cli.onStore({ u"case"_s, u"complete"_s, number, u"--decision"_s,
                             u"verwijdering=toegewezen"_s, u"--decision"_s,
                             u"rectificatie=toegewezen"_s, u"--answered"_s, u"2026-09-20"_s,
                             u"--answer-channel"_s, u"brief"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString pdf = m_tmp.filePath(u"verhuisd.pdf"_s);
    result = m_cli.onStore({ u"letter"_s, number, u"--kind"_s, u"besluit"_s, u"--pdf"_s, pdf });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    PD_REQUIRE_PDFTOTEXT();
    const QString text = test::DocumentFixture::pdfPages(pdf).join(u' ').simplified();
    for (const QString &line : { u"R. Janssen"_s, u"Dorpsstraat 3"_s, u"6581 AB Malden"_s })
        QVERIFY2(text.contains(line), qPrintable(text));
    QVERIFY2(text.contains(u"Geachte heer of mevrouw Janssen,"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Kerkpad"_s), qPrintable(text));
}

// The relation and its end, as the ERP import fills them, corrected on a request: `person correct
// --relation --relation-end`; the request's timeline records the fields, the person's the old and
// new values; what is not given stays.
void TestCliPeople::relationCorrectedOnTheRequest()
{
    const Result added
        = m_cli.onStore({ u"case"_s, u"add"_s, u"--person"_s, u"V. Vertrek"_s, u"--klantnummer"_s,
                          u"K-R67"_s, u"--relation"_s, u"huurder"_s, u"--type"_s, u"rectificatie"_s,
                          u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-09-01"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    Result result
        = m_cli.onStore({ u"person"_s, u"correct"_s, number, u"--relation"_s, u"vertrokken"_s });
    QCOMPARE(result.exitCode, 2);
    result = m_cli.onStore(
        { u"person"_s, u"correct"_s, number, u"--relation-end"_s, u"30-06-2026"_s });
    QCOMPARE(result.exitCode, 2);
    result = m_cli.onStore({ u"person"_s, u"correct"_s, number, u"--relation"_s, u"ex-huurder"_s,
                             u"--field"_s, u"naam"_s, u"--value"_s, u"V. Vertrokken"_s });
    QCOMPARE(result.exitCode, 2);
    result = m_cli.onStore({ u"person"_s, u"correct"_s, number, u"--relation"_s, u"ex-huurder"_s,
                             u"--relation-end"_s, u"2026-06-30"_s, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())[u"corrected"_s].toArray(),
             (QJsonArray { u"relatie"_s, u"einddatum"_s }));
    QCOMPARE(show(number)[u"person"_s][u"relation"_s].toString(), u"ex-huurder"_s);
    result = m_cli.onStore({ u"case"_s, u"timeline"_s, number, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject corrected
        = QJsonDocument::fromJson(result.out.toUtf8()).array().last().toObject();
    QCOMPARE(corrected[u"action"_s].toString(), u"case.person_corrected"_s);
    QCOMPARE(corrected[u"payload"_s][u"fields"_s].toArray(),
             (QJsonArray { u"relatie"_s, u"einddatum"_s }));
    // The end date alone, by customer number with --case: the relation stays.
    result = m_cli.onStore({ u"person"_s, u"correct"_s, u"K-R67"_s, u"--case"_s, number,
                             u"--relation-end"_s, u"2026-07-31"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"Gecorrigeerd in Privacydesk: einddatum van de relatie."_s),
             qPrintable(result.out));
    QCOMPARE(show(number)[u"person"_s][u"relation"_s].toString(), u"ex-huurder"_s);
    // The same again: nothing corrected, nothing recorded.
    result = m_cli.onStore(
        { u"person"_s, u"correct"_s, number, u"--relation-end"_s, u"2026-07-31"_s, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())[u"corrected"_s].toArray(), QJsonArray());
    result = m_cli.onStore({ u"case"_s, u"timeline"_s, number, u"--json"_s });
    const QJsonArray events = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(events.last()[u"payload"_s][u"fields"_s].toArray(), QJsonArray { u"einddatum"_s });
    // Emptied: a current tenant again has no end.
    result = m_cli.onStore({ u"person"_s, u"correct"_s, number, u"--relation"_s, u"huurder"_s,
                             u"--relation-end"_s, QString() });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(show(number)[u"person"_s][u"relation"_s].toString(), u"huurder"_s);
    result = m_cli.onStore({ u"case"_s, u"timeline"_s, number, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())
                 .array()
                 .last()[u"payload"_s][u"fields"_s]
                 .toArray(),
             (QJsonArray { u"relatie"_s, u"einddatum"_s }));
}

// What the confirmation of a rectification says was corrected is corrected: refused while the
// record still holds the old e-mail address, made once `person correct` corrected it on the
// request's trail, and then saying so.
void TestCliPeople::correctionConfirmedIsMade()
{
    const Result added
        = m_cli.onStore({ u"case"_s, u"add"_s, u"--person"_s, u"M. Correct"_s, u"--klantnummer"_s,
                          u"K-P67"_s, u"--email"_s, u"m.correct@example.nl"_s, u"--address"_s,
                          u"Kerkpad 14, 6582 BC Heumen"_s, u"--type"_s, u"rectificatie"_s,
                          u"--channel"_s, u"brief"_s, u"--received"_s, u"2026-09-01"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    Result result
        = m_cli.onStore({ u"case"_s, u"identify"_s, number, u"--requested"_s, u"2026-09-02"_s,
                          u"--received"_s, u"2026-09-03"_s, u"--method"_s, u"balie"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = m_cli.onStore({ u"case"_s, u"complete"_s, number, u"--outcome"_s, u"toegewezen"_s,
                             u"--granted"_s,
                             u"E-mailadres: m.correct@example.nl → m.correct@voorbeeld.nl"_s,
                             u"--answered"_s, u"2026-09-20"_s, u"--answer-channel"_s, u"brief"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString pdf = m_tmp.filePath(u"gecorrigeerd.pdf"_s);
    const QStringList letter { u"letter"_s, number, u"--kind"_s, u"bevestiging-rectificatie"_s,
                               u"--pdf"_s,  pdf };
    result = m_cli.onStore(letter);
    QVERIFY2(result.exitCode != 0, qPrintable(result.out));
    QVERIFY2(result.err.contains(u"person correct"_s), qPrintable(result.err));

    result = m_cli.onStore(
        { u"person"_s, u"correct"_s, number, u"--field"_s, u"fax"_s, u"--value"_s, u"1"_s });
    QCOMPARE(result.exitCode, 2);
    result = m_cli.onStore({ u"person"_s, u"correct"_s, u"K-P67"_s, u"--case"_s, number,
                             u"--field"_s, u"emailadres"_s, u"--value"_s,
                             u"m.correct@voorbeeld.nl"_s, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())[u"corrected"_s].toString(),
             u"emailadres"_s);
    result = m_cli.onStore({ u"case"_s, u"timeline"_s, number, u"--json"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject corrected
        = QJsonDocument::fromJson(result.out.toUtf8()).array().last().toObject();
    QCOMPARE(corrected[u"action"_s].toString(), u"case.person_corrected"_s);
    QCOMPARE(corrected[u"payload"_s][u"fields"_s].toArray(), QJsonArray { u"emailadres"_s });

    result = m_cli.onStore(letter);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    PD_REQUIRE_PDFTOTEXT();
    const QString text = test::DocumentFixture::pdfPages(pdf).join(u' ').simplified();
    QVERIFY2(text.contains(u"Ook in ons eigen systeem voor privacyverzoeken hebben wij uw "
                           "gegevens gecorrigeerd: het e-mailadres."_s),
             qPrintable(text));
    result = m_cli.onStore({ u"verify"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

// A representative's request: the mandate is missing, so the only letter is the request for
// it, addressed to the representative and signed with the display name and the organisation's
// title; `case mandate` records it asked for and received, and the deadline moves by the wait.
void TestCliPeople::representativeAndMandate()
{
    const Result added = m_cli.onStore(
        { u"case"_s, u"add"_s, u"--person"_s, u"W. de Groot-Visser"_s, u"--address"_s,
          u"Kerkpad 12, 6582 BC Heumen"_s, u"--type"_s, u"inzage"_s, u"--channel"_s,
          u"gemachtigde"_s, u"--received"_s, u"2026-09-01"_s, u"--representative"_s,
          u"J. de Groot"_s, u"--representative-address"_s, u"Dorpsstraat 3, 6581 AB Malden"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    QVERIFY(show(number)[u"mandate"_s][u"awaited"_s].toBool());

    Result result = m_cli.onStore({ u"letter"_s, u"kinds"_s, number, u"--json"_s });
    QCOMPARE(result.exitCode, 0);
    for (const QJsonValue &kind : QJsonDocument::fromJson(result.out.toUtf8()).array())
        QCOMPARE(kind[u"available"_s].toBool(),
                 kind[u"kind"_s].toString() == u"verzoek-machtiging"_s);

    const QString pdf = m_tmp.filePath(u"machtiging.pdf"_s);
    result = m_cli.onStore(
        { u"letter"_s, number, u"--kind"_s, u"verzoek-machtiging"_s, u"--pdf"_s, pdf });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    PD_REQUIRE_PDFTOTEXT();
    const QString text = test::DocumentFixture::pdfPages(pdf).join(u' ').simplified();
    QVERIFY2(text.contains(u"Geachte heer of mevrouw De Groot,"_s), qPrintable(text));
    QVERIFY2(text.contains(u"uw verzoek namens W. de Groot-Visser"_s), qPrintable(text));
    // a.bakker is the store's first beheerder and its only user: the Privacy Officer herself,
    // who signs with the title, never "namens" it (seed 003).
    QVERIFY2(text.contains(u"Anna Bakker Privacy Officer"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"namens de Privacy Officer"_s), qPrintable(text));
    QVERIFY2(text.contains(u"06 12345678"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Geachte W. de Groot-Visser"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"a.bakker"_s), qPrintable(text));

    result = m_cli.onStore({ u"case"_s, u"mandate"_s, number, u"--requested"_s, u"2026-09-03"_s,
                             u"--received"_s, u"2026-09-13"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = show(number);
    QVERIFY(!json[u"mandate"_s][u"awaited"_s].toBool());
    QCOMPARE(json[u"deadlines"_s][u"mandate_pause_days"_s].toInt(), 10);
    QCOMPARE(json[u"deadlines"_s][u"legal"_s].toString(), u"2026-10-12"_s);
    result = m_cli.onStore({ u"case"_s, u"mandate"_s, number, u"--received"_s, u"2026-09-14"_s });
    QCOMPARE(result.exitCode, 1);
    result = m_cli.onStore({ u"case"_s, u"mandate"_s, number });
    QCOMPARE(result.exitCode, 2);
}

// A bewindvoerder's request is not granted, nor its data exported, before the mandate (or the
// court's decision) is recorded as received; a file attached as machtiging says how to record
// it. A request refused without it never says the mandate is still to be asked for.
void TestCliPeople::nothingGoesWithoutTheMandate()
{
    const QString today = test::systemToday().toString(Qt::ISODate);
    const auto add = [this](const QString &person) {
        const Result added = m_cli.onStore(
            { u"case"_s, u"add"_s, u"--person"_s, person, u"--type"_s, u"inzage"_s, u"--channel"_s,
              u"gemachtigde"_s, u"--received"_s, u"2026-10-01"_s, u"--representative"_s,
              u"mr. P. Hendriks"_s, u"--representative-authority"_s, u"bewindvoerder"_s,
              u"--representative-address"_s, u"Postbus 12, 7400 AA Deventer"_s });
        return added.exitCode == 0 ? added.out.trimmed() : QString();
    };
    const QString number = add(u"T. Zonderbrief"_s);
    QVERIFY(!number.isEmpty());
    const QStringList grant { u"case"_s,
                              u"complete"_s,
                              number,
                              u"--outcome"_s,
                              u"toegewezen"_s,
                              u"--answered"_s,
                              today,
                              u"--answer-channel"_s,
                              u"brief"_s,
                              u"--no-identification-reason"_s,
                              u"Bekende huurder, beschikking kantonrechter gezien"_s };
    Result result = m_cli.onStore(grant);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"machtiging"_s), qPrintable(result.err));
    const QString pdf = m_tmp.filePath(u"zonderbrief.pdf"_s);
    result = m_cli.onStore({ u"export"_s, u"person"_s, number, u"--pdf"_s, pdf, u"--keep-all"_s });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"[mandate]"_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(pdf));

    const QString scan = m_tmp.filePath(u"beschikking.pdf"_s);
    {
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::minimalPdf("beschikking", QByteArray(5000, '\x01')));
    }
    result = m_cli.onStore({ u"case"_s, u"attach"_s, number, scan, u"--kind"_s, u"machtiging"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(u"case mandate %1 --received"_s.arg(number)),
             qPrintable(result.err));
    result = m_cli.onStore({ u"case"_s, u"mandate"_s, number, u"--received"_s, u"2026-10-05"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = m_cli.onStore({ u"export"_s, u"person"_s, number, u"--pdf"_s, pdf, u"--keep-all"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = m_cli.onStore(grant);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(!show(number)[u"mandate"_s][u"awaited"_s].toBool());

    // Refused without it: closed, and no "not yet requested: the deadline runs".
    const QString refused = add(u"R. Zonderbrief"_s);
    result = m_cli.onStore({ u"case"_s, u"complete"_s, refused, u"--outcome"_s, u"afgewezen"_s,
                             u"--grounds"_s, u"art-12-5"_s, u"--motivation"_s,
                             u"Kennelijk ongegrond"_s, u"--answered"_s, today,
                             u"--no-identification-reason"_s, u"Bekende huurder"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = m_cli.onStore({ u"case"_s, u"show"_s, refused });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(!result.out.contains(u"Nog niet gevraagd"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"Niet ontvangen"_s), qPrintable(result.out));
}

// A bewindvoerder was greeted by his firm's place name ("Geachte heer of
// mevrouw Salland"): case add takes the representative's organisation and kind of authority
// apart from the name, case show prints them, the letter greets the person at the firm.
void TestCliPeople::bewindvoerderAtHisFirm()
{
    const QStringList add { u"case"_s,
                            u"add"_s,
                            u"--person"_s,
                            u"G. Smit"_s,
                            u"--type"_s,
                            u"inzage"_s,
                            u"--channel"_s,
                            u"gemachtigde"_s,
                            u"--received"_s,
                            u"2026-09-01"_s,
                            u"--representative-organisation"_s,
                            u"Bewindvoering Salland"_s,
                            u"--representative-address"_s,
                            u"Postbus 12, 7400 AA Deventer"_s };
    QCOMPARE(
        m_cli.onStore(add + QStringList { u"--representative-authority"_s, u"voogd"_s }).exitCode,
        2);
    const Result nameless = m_cli.onStore(add);
    QCOMPARE(nameless.exitCode, 1);
    QVERIFY2(nameless.err.contains(u"naam van de gemachtigde"_s), qPrintable(nameless.err));
    QVERIFY2(nameless.err.contains(u"bij de organisatie"_s), qPrintable(nameless.err));
    // Only the kind of authority given: the refusal speaks of no organisation.
    const Result firmless
        = m_cli.onStore({ u"case"_s, u"add"_s, u"--person"_s, u"G. Smit"_s, u"--type"_s,
                          u"inzage"_s, u"--channel"_s, u"gemachtigde"_s, u"--received"_s,
                          u"2026-09-01"_s, u"--representative-authority"_s, u"bewindvoerder"_s });
    QCOMPARE(firmless.exitCode, 1);
    QVERIFY2(firmless.err.contains(u"naam van de gemachtigde"_s), qPrintable(firmless.err));
    QVERIFY2(!firmless.err.contains(u"organisatie"_s), qPrintable(firmless.err));
    const Result added
        = m_cli.onStore(add
                        + QStringList { u"--representative"_s, u"mr. P. Hendriks"_s,
                                        u"--representative-authority"_s, u"bewindvoerder"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    const Result shown = m_cli.onStore({ u"case"_s, u"show"_s, number });
    QVERIFY2(shown.out.contains(u"mr. P. Hendriks, Bewindvoerder, Bewindvoering Salland"_s),
             qPrintable(shown.out));
    // Scripts read the same from case show --json and case list --json.
    const QJsonObject json = show(number);
    QCOMPARE(json.value(u"representative_organisation"_s).toString(), u"Bewindvoering Salland"_s);
    QCOMPARE(json.value(u"representative_authority"_s).toString(), u"bewindvoerder"_s);
    QCOMPARE(json.value(u"representative_address"_s).toString(), u"Postbus 12, 7400 AA Deventer"_s);
    const Result listed = m_cli.onStore({ u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    bool inList = false;
    for (const QJsonValue &row : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        if (row.toObject().value(u"number"_s).toString() != number)
            continue;
        inList = true;
        QCOMPARE(row.toObject().value(u"representative_authority"_s).toString(),
                 u"bewindvoerder"_s);
        QCOMPARE(row.toObject().value(u"representative_organisation"_s).toString(),
                 u"Bewindvoering Salland"_s);
    }
    QVERIFY(inList);
    PD_REQUIRE_PDFTOTEXT();
    const QString pdf = m_tmp.filePath(u"machtiging-bewind.pdf"_s);
    const Result letter = m_cli.onStore(
        { u"letter"_s, number, u"--kind"_s, u"verzoek-machtiging"_s, u"--pdf"_s, pdf });
    QVERIFY2(letter.exitCode == 0, qPrintable(letter.err));
    const QString text = test::DocumentFixture::pdfPages(pdf).join(u' ').simplified();
    QVERIFY2(text.contains(u"Bewindvoering Salland"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Geachte heer of mevrouw Hendriks,"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Geachte heer of mevrouw Salland"_s), qPrintable(text));
    QVERIFY2(text.contains(u"uw verzoek als bewindvoerder van G. Smit"_s), qPrintable(text));
}

// Once the mandate is in, the representative is not asked "laat ons zien wie u bent" about
// someone else's data: the mandate's letter asked for both identity documents, the receipt
// says the mandate arrived, and the identification letter is not offered.
void TestCliPeople::representativeIsNotAskedWhoTheyAre()
{
    const QString today = pd::test::systemToday().toString(Qt::ISODate);
    const Result added = m_cli.onStore(
        { u"case"_s, u"add"_s, u"--person"_s, u"H. van Dijk"_s, u"--address"_s,
          u"Kerkpad 14, 6582 BC Heumen"_s, u"--type"_s, u"inzage"_s, u"--channel"_s,
          u"gemachtigde"_s, u"--received"_s, today, u"--representative"_s, u"M. van Dijk"_s,
          u"--representative-address"_s, u"Dorpsstraat 5, 6581 AB Malden"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    PD_REQUIRE_PDFTOTEXT();
    const QString mandatePdf = m_tmp.filePath(u"machtiging-2.pdf"_s);
    Result result = m_cli.onStore(
        { u"letter"_s, number, u"--kind"_s, u"verzoek-machtiging"_s, u"--pdf"_s, mandatePdf });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString text = test::DocumentFixture::pdfPages(mandatePdf).join(u' ').simplified();
    QVERIFY2(text.contains(u"Een kopie van uw eigen identiteitsbewijs."_s), qPrintable(text));
    QVERIFY2(text.contains(u"Een kopie van het identiteitsbewijs van H. van Dijk."_s),
             qPrintable(text));

    result = m_cli.onStore(
        { u"case"_s, u"mandate"_s, number, u"--requested"_s, today, u"--received"_s, today });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = m_cli.onStore({ u"letter"_s, u"kinds"_s, number, u"--json"_s });
    QCOMPARE(result.exitCode, 0);
    bool receiptOffered = false;
    for (const QJsonValue &kind : QJsonDocument::fromJson(result.out.toUtf8()).array()) {
        if (kind[u"kind"_s].toString() == u"verzoek-identificatie"_s) {
            QVERIFY(!kind[u"available"_s].toBool());
            QVERIFY2(kind[u"reason"_s].toString().contains(u"gemachtigde"_s),
                     qPrintable(kind[u"reason"_s].toString()));
        }
        if (kind[u"kind"_s].toString() == u"ontvangstbevestiging"_s)
            receiptOffered = kind[u"available"_s].toBool();
    }
    QVERIFY2(receiptOffered, qPrintable(result.out));
    const QString receiptPdf = m_tmp.filePath(u"ontvangst-2.pdf"_s);
    result = m_cli.onStore(
        { u"letter"_s, number, u"--kind"_s, u"ontvangstbevestiging"_s, u"--pdf"_s, receiptPdf });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    text = test::DocumentFixture::pdfPages(receiptPdf).join(u' ').simplified();
    QVERIFY2(text.contains(u"Geachte heer of mevrouw Van Dijk,"_s), qPrintable(text));
    QVERIFY2(text.contains(u"de machtiging ontvangen waarmee u namens H. van Dijk optreedt"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"laten zien wie u bent"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"uw gegevens"_s), qPrintable(text));
}

// `--type inzage --type verwijdering` is a combined request, as `--type inzage,verwijdering` is:
// a repeated option was silently cut to its last value.
void TestCliPeople::repeatedTypesAreAllKept()
{
    const Result added
        = m_cli.onStore({ u"case"_s, u"add"_s, u"--person"_s, u"R. Herhaal"_s, u"--type"_s,
                          u"inzage"_s, u"--type"_s, u"verwijdering"_s, u"--channel"_s, u"brief"_s,
                          u"--received"_s, u"2026-09-01"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(show(added.out.trimmed())[u"types"_s].toArray(),
             QJsonArray({ u"inzage"_s, u"verwijdering"_s }));
}

QTEST_GUILESS_MAIN(TestCliPeople)
#include "tst_cli_people.moc"
