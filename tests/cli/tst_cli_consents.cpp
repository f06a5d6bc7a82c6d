// privacydesk-cli's names for a person's consents (art. 7 AVG), end to end on a real
// store: person consent add, person consent list (the person's, those in force, --all) and person
// consent withdraw, refused in Dutch when dated before the consent was given.

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

QString daysAgo(int days)
{
    return pd::test::systemToday().addDays(-days).toString(Qt::ISODate);
}

} // namespace

class TestCliConsents final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void givenListedAndWithdrawn();

private:
    Result onStore(const QStringList &arguments) const { return m_cli.onStore(arguments); }
    QJsonArray listed(const QStringList &arguments) const;

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
    pd::test::CliRunner m_dutch { QStringLiteral(CLI_PATH), m_tmp.path() };
};

void TestCliConsents::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    QVERIFY2(
        m_dutch.useStore(m_cli.store(), u"a.bakker"_s, pd::test::CliRunner::storePassword, &error),
        qPrintable(error));
    const Result request = onStore({ u"case"_s, u"add"_s, u"--person"_s, u"Tineke Toestemming"_s,
                                     u"--klantnummer"_s, u"K-38001"_s, u"--type"_s, u"inzage"_s,
                                     u"--channel"_s, u"email"_s, u"--received"_s, daysAgo(3) });
    QVERIFY2(request.exitCode == 0, qPrintable(request.err));
}

QJsonArray TestCliConsents::listed(const QStringList &arguments) const
{
    const Result r = onStore(QStringList { u"person"_s, u"consent"_s, u"list"_s } + arguments
                             + QStringList { u"--json"_s });
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void TestCliConsents::givenListedAndWithdrawn()
{
    // --how is needed: the controller must be able to show the consent (art. 7 lid 1).
    Result r = onStore(
        { u"person"_s, u"consent"_s, u"add"_s, u"K-38001"_s, u"--purpose"_s, u"Nieuwsbrief"_s });
    QCOMPARE(r.exitCode, 2);
    r = onStore({ u"person"_s, u"consent"_s, u"add"_s, u"K-38001"_s, u"--purpose"_s,
                  u"Nieuwsbrief"_s, u"--how"_s, u"Formulier Mijn ieder1"_s, u"--on"_s, daysAgo(10),
                  u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject given = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(given.value(u"given_on"_s).toString(), daysAgo(10));
    QCOMPARE(given.value(u"given_how"_s).toString(), u"Formulier Mijn ieder1"_s);
    QCOMPARE(given.value(u"recorded_by"_s).toString(), u"a.bakker"_s);
    QCOMPARE(given.value(u"active"_s).toBool(), true);
    const QString id = QString::number(given.value(u"id"_s).toInteger());
    r = onStore({ u"person"_s, u"consent"_s, u"add"_s, u"K-99999"_s, u"--purpose"_s, u"Enquêtes"_s,
                  u"--how"_s, u"E-mail"_s });
    QCOMPARE(r.exitCode, 1); // nobody with that customer number

    QJsonArray list = listed({ u"K-38001"_s });
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"purpose"_s).toString(), u"Nieuwsbrief"_s);
    QCOMPARE(listed({}).size(), 1);

    // Withdrawn before it was given: refused, in Dutch, and nothing changes.
    r = m_dutch.onStore({ u"person"_s, u"consent"_s, u"withdraw"_s, id, u"--how"_s, u"E-mail"_s,
                          u"--on"_s, daysAgo(11) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"vóór de dag waarop de toestemming is gegeven"_s), qPrintable(r.err));
    QCOMPARE(listed({}).size(), 1);
    r = onStore({ u"person"_s, u"consent"_s, u"withdraw"_s, id });
    QCOMPARE(r.exitCode, 2); // --how is needed

    r = onStore({ u"person"_s, u"consent"_s, u"withdraw"_s, id, u"--how"_s,
                  u"E-mail aan de privacy officer"_s, u"--on"_s, daysAgo(2) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(listed({}).size(), 0); // in force only
    list = listed({ u"--all"_s });
    QCOMPARE(list.size(), 1);
    const QJsonObject withdrawn = list.first().toObject();
    QCOMPARE(withdrawn.value(u"active"_s).toBool(), false);
    QCOMPARE(withdrawn.value(u"withdrawn_on"_s).toString(), daysAgo(2));
    QCOMPARE(withdrawn.value(u"withdrawn_how"_s).toString(), u"E-mail aan de privacy officer"_s);
    QCOMPARE(withdrawn.value(u"given_how"_s).toString(), u"Formulier Mijn ieder1"_s);
    // Withdrawn once.
    r = onStore({ u"person"_s, u"consent"_s, u"withdraw"_s, id, u"--how"_s, u"Telefoon"_s });
    QCOMPARE(r.exitCode, 1);
    r = onStore({ u"verify"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
}

QTEST_GUILESS_MAIN(TestCliConsents)
#include "tst_cli_consents.moc"
