// privacydesk-cli's names for holds and restrictions, end to end on a real store: case hold
// add/secure/release/list (and breach hold), person restrict, person restriction lift (refused in
// Dutch until the notice was sent, art. 18 lid 3), person restrictions, and the restrictions in
// case show --json.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

} // namespace

class TestCliHolds final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void caseHolds();
    void breachHolds();
    void restrictionLiftedAfterTheNotice();
    void completingDecidesTheHolds();

private:
    // A request (inzage) with a camera hold secured today; its number and the hold's id.
    std::pair<QString, QString> requestWithHold(const QString &klantnummer);
    Result onStore(const QStringList &arguments) const { return m_cli.onStore(arguments); }

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    pd::test::CliRunner m_dutch { QStringLiteral(CLI_PATH), m_tmp.path() };
    QString m_case;
    QString m_recorded;
};

void TestCliHolds::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    QVERIFY2(
        m_dutch.useStore(m_cli.store(), u"a.bakker"_s, pd::test::CliRunner::storePassword, &error),
        qPrintable(error));
    const Result request
        = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Bea Bezwaar"_s, u"--klantnummer"_s,
                    u"K-40001"_s, u"--type"_s, u"bezwaar"_s, u"--channel"_s, u"email"_s,
                    u"--received"_s, pd::test::systemToday().addDays(-3).toString(Qt::ISODate) });
    QVERIFY2(request.exitCode == 0, qPrintable(request.err));
    m_case = request.out.trimmed().section(u' ', 0, 0);
    QVERIFY2(m_case.startsWith(u"AVG-"_s), qPrintable(request.out));
    m_recorded = pd::test::systemToday().addDays(-2).toString(Qt::ISODate);
}

void TestCliHolds::caseHolds()
{
    Result r = onStore({ u"case"_s, u"hold"_s, u"add"_s, m_case, u"--system"_s, u"Camerasysteem"_s,
                         u"--recorded"_s, m_recorded, u"--overwritten-after"_s, u"4w"_s,
                         u"--secured"_s, u"Beelden portiek"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject added = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(added.value(u"secure_before"_s).toString(),
             QDate::fromString(m_recorded, Qt::ISODate).addDays(28).toString(Qt::ISODate));
    QCOMPARE(added.value(u"case"_s).toString(), m_case);
    const QString id = QString::number(added.value(u"id"_s).toInteger());
    // A period the tool does not know, and a missing option: usage errors.
    r = onStore({ u"case"_s, u"hold"_s, u"add"_s, m_case, u"--system"_s, u"Camera"_s,
                  u"--recorded"_s, m_recorded, u"--overwritten-after"_s, u"vier weken"_s,
                  u"--secured"_s, u"x"_s });
    QCOMPARE(r.exitCode, 2);
    r = onStore({ u"case"_s, u"hold"_s, u"secure"_s, m_case, id, u"--by"_s, u"H. Kok"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"case"_s, u"hold"_s, u"release"_s, m_case, id });
    QCOMPARE(r.exitCode, 2); // --reason is needed
    r = onStore({ u"case"_s, u"hold"_s, u"release"_s, m_case, id, u"--reason"_s,
                  u"Beelden overgedragen aan de politie"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"case"_s, u"hold"_s, u"list"_s, m_case, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"secured_by"_s).toString(), u"H. Kok"_s);
    QCOMPARE(list.first().toObject().value(u"release_reason"_s).toString(),
             u"Beelden overgedragen aan de politie"_s);
    r = onStore({ u"case"_s, u"hold"_s, u"list"_s, u"AVG-2000-0001"_s });
    QCOMPARE(r.exitCode, 1);
}

void TestCliHolds::breachHolds()
{
    Result r
        = onStore({ u"breach"_s, u"add"_s, u"--title"_s, u"Beelden gedeeld"_s, u"--discovered"_s,
                    pd::test::systemToday().addDays(-1).toString(Qt::ISODate) + u"T09:00"_s,
                    u"--data"_s, u"naw"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString breach = r.out.trimmed();
    r = onStore({ u"breach"_s, u"hold"_s, u"add"_s, breach, u"--system"_s, u"Telefooncentrale"_s,
                  u"--recorded"_s, m_recorded, u"--overwritten-after"_s, u"30d"_s, u"--secured"_s,
                  u"Opname gesprek"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"breach"_s, u"hold"_s, u"list"_s, breach, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"breach"_s).toString(), breach);
    QCOMPARE(list.first().toObject().value(u"overwritten_after"_s).toString(), u"30d"_s);
    // Closing the breach says what becomes of the held recording.
    r = onStore({ u"breach"_s, u"assess"_s, breach, u"--risk"_s, u"geen"_s, u"--reasoning"_s,
                  u"Intern gebleven"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = m_dutch.onStore({ u"breach"_s, u"close"_s, breach });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Bij dit datalek worden nog gegevens buiten Privacydesk bewaard"_s)
                 && r.err.contains(u"--release-holds"_s),
             qPrintable(r.err));
    r = onStore({ u"breach"_s, u"close"_s, breach, u"--release-holds"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"breach"_s, u"hold"_s, u"list"_s, breach, u"--json"_s });
    const QJsonObject released = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    QCOMPARE(released.value(u"release_reason"_s).toString(), u"data breach closed"_s);
}

std::pair<QString, QString> TestCliHolds::requestWithHold(const QString &klantnummer)
{
    const QString today = pd::test::systemToday().toString(Qt::ISODate);
    Result r = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Cas Camera"_s, u"--klantnummer"_s,
                         klantnummer, u"--type"_s, u"inzage"_s, u"--channel"_s, u"email"_s,
                         u"--received"_s, today });
    if (r.exitCode != 0)
        return {};
    const QString number = r.out.trimmed().section(u' ', 0, 0);
    r = onStore({ u"case"_s, u"hold"_s, u"add"_s, number, u"--system"_s, u"Camerasysteem"_s,
                  u"--recorded"_s, m_recorded, u"--overwritten-after"_s, u"4w"_s, u"--secured"_s,
                  u"Beelden entree"_s, u"--secured-on"_s, today, u"--json"_s });
    if (r.exitCode != 0)
        return {};
    const QJsonObject added = QJsonDocument::fromJson(r.out.toUtf8()).object();
    return { number, QString::number(added.value(u"id"_s).toInteger()) };
}

// Case complete of a request whose camera images are still held
// is refused in Dutch until the officer says what becomes of them: --release-holds (reason
// "verzoek afgerond") or --keep-holds-until DATE; the hold then says that its request closed.
void TestCliHolds::completingDecidesTheHolds()
{
    const QString today = pd::test::systemToday().toString(Qt::ISODate);
    const auto [kept, keptId] = requestWithHold(u"K-40002"_s);
    QVERIFY(!keptId.isEmpty());
    const QStringList complete { u"case"_s,        u"complete"_s,   kept, u"--outcome"_s,
                                 u"ingetrokken"_s, u"--answered"_s, today };
    Result r = m_dutch.onStore(complete);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"bewaring %1 (Camerasysteem)"_s.arg(keptId)), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--release-holds"_s) && r.err.contains(u"--keep-holds-until"_s),
             qPrintable(r.err));
    r = onStore(complete + QStringList { u"--release-holds"_s, u"--keep-holds-until"_s, today });
    QCOMPARE(r.exitCode, 2);
    const QString until = pd::test::systemToday().addMonths(2).toString(Qt::ISODate);
    r = onStore(complete + QStringList { u"--keep-holds-until"_s, until });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"case"_s, u"hold"_s, u"list"_s, kept, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject hold = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    QCOMPARE(hold.value(u"kept_until"_s).toString(), until);
    QVERIFY2(hold.value(u"state"_s).toString().startsWith(u"request completed on"_s),
             qPrintable(hold.value(u"state"_s).toString()));
    r = onStore({ u"case"_s, u"timeline"_s, kept, u"--json"_s });
    QVERIFY2(r.out.contains(u"case.external_hold_kept"_s), qPrintable(r.out));
    // A later day through hold keep.
    const QString later = pd::test::systemToday().addMonths(3).toString(Qt::ISODate);
    r = onStore({ u"case"_s, u"hold"_s, u"keep"_s, kept, keptId, u"--until"_s, later });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Who viewed the secured images, when and why: in hold list.
    r = onStore({ u"case"_s, u"hold"_s, u"viewed"_s, kept, keptId, u"--by"_s, u"H. Kok"_s });
    QCOMPARE(r.exitCode, 2); // --reason is needed
    r = onStore({ u"case"_s, u"hold"_s, u"viewed"_s, kept, keptId, u"--by"_s, u"H. Kok"_s,
                  u"--reason"_s, u"Vernieling entree"_s, u"--on"_s, today });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"case"_s, u"hold"_s, u"list"_s, kept, u"--json"_s });
    const QJsonArray viewings = QJsonDocument::fromJson(r.out.toUtf8())
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(u"viewings"_s)
                                    .toArray();
    QCOMPARE(viewings.size(), 1);
    QCOMPARE(viewings.first().toObject().value(u"viewed_by"_s).toString(), u"H. Kok"_s);
    QCOMPARE(viewings.first().toObject().value(u"reason"_s).toString(), u"Vernieling entree"_s);
    r = m_dutch.onStore({ u"case"_s, u"hold"_s, u"list"_s, kept });
    QVERIFY2(r.out.contains(u"bekeken op"_s) && r.out.contains(u"Vernieling entree"_s),
             qPrintable(r.out));

    const auto [released, releasedId] = requestWithHold(u"K-40003"_s);
    QVERIFY(!releasedId.isEmpty());
    r = onStore({ u"case"_s, u"complete"_s, released, u"--outcome"_s, u"ingetrokken"_s,
                  u"--answered"_s, today, u"--release-holds"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"case"_s, u"hold"_s, u"list"_s, released, u"--json"_s });
    hold = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    QCOMPARE(hold.value(u"release_reason"_s).toString(), u"request completed"_s);
    r = onStore({ u"today"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                 .object()
                 .value(u"external_holds_without_end"_s)
                 .toInt(),
             0);
}

void TestCliHolds::restrictionLiftedAfterTheNotice()
{
    Result r = onStore({ u"person"_s, u"restrict"_s, u"K-40001"_s, u"--data"_s,
                         u"Overlastmeldingen"_s, u"--ground"_s, u"e"_s, u"--reason"_s, u"x"_s });
    QCOMPARE(r.exitCode, 2); // no sub e
    r = onStore({ u"person"_s, u"restrict"_s, u"K-40001"_s, u"--data"_s, u"Overlastmeldingen"_s,
                  u"--ground"_s, u"d"_s, u"--reason"_s, u"Bezwaar wordt gewogen"_s, u"--case"_s,
                  m_case, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString id = QString::number(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"id"_s).toInteger());
    r = onStore({ u"person"_s, u"restrictions"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"ground"_s).toString(), u"d"_s);
    QCOMPARE(list.first().toObject().value(u"case"_s).toString(), m_case);
    r = onStore({ u"case"_s, u"show"_s, m_case, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray shown
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"restrictions"_s).toArray();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().toObject().value(u"data"_s).toString(), u"Overlastmeldingen"_s);

    for (const auto &[key, value] :
         { std::pair { u"organisation.name"_s, u"Woonstichting De Voorbeeldhaven"_s },
           std::pair { u"organisation.address"_s, u"Havenstraat 12, 1234 AB Voorbeeldstad"_s },
           std::pair { u"organisation.email"_s, u"privacy@voorbeeldhaven.nl"_s },
           std::pair { u"organisation.signature_role"_s, u"functionaris gegevensbescherming"_s },
           std::pair { u"policy.period"_s, u"30d"_s },
           std::pair { u"policy.extension"_s, u"30d"_s } }) {
        const Result set = onStore({ u"settings"_s, u"set"_s, key, value });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }
    // Art. 18(1)(d): the restriction holds until the objection is decided. Neither lifted nor
    // announced before, in Dutch, naming the request.
    r = m_dutch.onStore({ u"person"_s, u"restriction"_s, u"lift"_s, id });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"geldt tot over het bezwaar is besloten"_s) && r.err.contains(m_case),
             qPrintable(r.err));
    const QString pdf = m_tmp.filePath(u"kennisgeving.pdf"_s);
    const QStringList notice { u"letter"_s, m_case,
                               u"--kind"_s, u"kennisgeving-opheffing-beperking"_s,
                               u"--pdf"_s,  pdf };
    r = onStore(notice);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"holds until the objection is decided"_s), qPrintable(r.err));
    // Decided: no more disclosure to the bailiff; the surveys go on.
    r = onStore({ u"case"_s,
                  u"complete"_s,
                  m_case,
                  u"--outcome"_s,
                  u"deels-toegewezen"_s,
                  u"--grounds"_s,
                  u"art-21-dwingend"_s,
                  u"--motivation"_s,
                  u"Enquêtes wegen zwaarder: zij zijn anoniem"_s,
                  u"--granted"_s,
                  u"Wij geven uw overlastmeldingen niet meer door aan de deurwaarder"_s,
                  u"--objection"_s,
                  u"overig"_s,
                  u"--objection-other"_s,
                  u"doorgeven aan de deurwaarder"_s,
                  u"--objection-kept"_s,
                  u"enquetes"_s,
                  u"--answered"_s,
                  pd::test::systemToday().toString(Qt::ISODate),
                  u"--no-identification-reason"_s,
                  u"Bekende huurder"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // Lifting before the notice was sent: refused, in Dutch, naming art. 18 lid 3.
    r = m_dutch.onStore({ u"person"_s, u"restriction"_s, u"lift"_s, id });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"artikel 18 lid 3 AVG"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Kennisgeving opheffing beperking"_s), qPrintable(r.err));

    r = onStore(notice);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"letter"_s, u"list"_s, m_case, u"--json"_s });
    const QJsonArray letters = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!letters.isEmpty());
    const QString letter = QString::number(letters.last().toObject().value(u"id"_s).toInteger());
    r = onStore({ u"person"_s, u"restriction"_s, u"lift"_s, id });
    QCOMPARE(r.exitCode, 1); // made, not sent
    r = onStore({ u"letter"_s, u"sent"_s, m_case, letter, u"--on"_s,
                  pd::test::systemToday().toString(Qt::ISODate), u"--how"_s, u"per post"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"person"_s, u"restriction"_s, u"lift"_s, id });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = onStore({ u"person"_s, u"restrictions"_s, u"K-40001"_s, u"--json"_s });
    list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"active"_s).toBool(), false);
    r = onStore({ u"person"_s, u"restrictions"_s, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0); // in force only
}

QTEST_GUILESS_MAIN(TestCliHolds)
#include "tst_cli_holds.moc"
