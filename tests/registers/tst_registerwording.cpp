// The register of processing activities in the words a reader needs: an organisation without
// a data protection officer reads "none", not "not filled in"; the recipients by their names,
// never by the catalogue's codes.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "documents/ProcessingRegisterExport.h"
#include "organisation/OrganisationSettings.h"
#include "registers/ProcessingRegister.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

ProcessingActivity activity()
{
    ProcessingActivity a;
    a.purposeCode = u"A"_s;
    a.purpose = u"Leveren van diensten"_s;
    a.subPurpose = u"Incasso"_s;
    a.subCode = u"A.1"_s;
    a.name = u"Huurachterstand innen"_s;
    a.legalBases = { u"b"_s };
    a.subjects = { u"huurders"_s };
    a.dataCategories = { { u"naam en contactgegevens"_s, {} } };
    a.recipients
        = { u"deurwaarder"_s, u"collega-corporatie"_s, u"verwerker"_s, u"Stichting Eigen Naam"_s };
    return a;
}

// The CSV's row of the activity, by the header's names (';', no quotes in these cells).
QString csvCell(const QByteArray &csv, const QString &column)
{
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s);
    const QStringList header = lines.at(0).split(u';');
    return lines.at(1).split(u';').at(header.indexOf(column));
}

} // namespace

class TestRegisterWording final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noFgSaysNone();
    void noFgNamesNoFg();
    void recipientsByName();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC) };
};

void TestRegisterWording::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
}

void TestRegisterWording::noFgSaysNone()
{
    OrganisationSettings settings(Session { *m_store, m_clock });
    OrganisationDetails details = settings.details();
    QVERIFY(!details.noFg);
    const QString fgColumn = u"Functionaris gegevensbescherming"_s;
    // Not filled in: said so.
    QCOMPARE(csvCell(ProcessingRegisterExport::toCsv({ activity() }, details), fgColumn),
             u"niet ingevuld"_s);

    details.noFg = true;
    ServiceError error;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    const OrganisationDetails stored = settings.details();
    QVERIFY(stored.noFg);
    const QByteArray csv = ProcessingRegisterExport::toCsv({ activity() }, stored);
    QCOMPARE(csvCell(csv, fgColumn), u"geen functionaris gegevensbescherming"_s);
    QCOMPARE(csvCell(csv, u"E-mail functionaris gegevensbescherming"_s), u"n.v.t."_s);
    const QString html = ProcessingRegisterExport::toHtml({ activity() }, stored, m_clock.today());
    QVERIFY(html.contains(ProcessingRegisterExport::tr("no data protection officer")));
    QVERIFY(!html.contains(ProcessingRegisterExport::tr("E-mail of the data protection officer:")));

    // Recorded as any other change of the organisation's details, and undone the same way.
    const QList<AuditEvent> trail
        = AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
              .eventsFor(u"settings"_s, QLatin1StringView(OrganisationSettings::keyNoFg));
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.first().action, u"settings.changed"_s);
    details.noFg = false;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY(!settings.details().noFg);
}

void TestRegisterWording::noFgNamesNoFg()
{
    OrganisationSettings settings(Session { *m_store, m_clock });
    OrganisationDetails details = settings.details();
    details.noFg = true;
    details.fgName = u"M. de Wit"_s;
    ServiceError error;
    QVERIFY(!settings.save(details, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!settings.details().noFg);
    QVERIFY(settings.details().fgName.isEmpty());
}

void TestRegisterWording::recipientsByName()
{
    const ProcessingActivity a = activity();
    QCOMPARE(csvCell(ProcessingRegisterExport::toCsv({ a }), u"Ontvangers (categorieën)"_s),
             u"Deurwaarder | Collega-corporatie | Verwerker | Stichting Eigen Naam"_s);
    const QString html
        = ProcessingRegisterExport::toHtml({ a }, OrganisationDetails {}, m_clock.today());
    for (RecipientCategory category :
         { RecipientCategory::Deurwaarder, RecipientCategory::CollegaCorporatie })
        QVERIFY2(html.contains(codes::label(category).toHtmlEscaped()),
                 qPrintable(codes::label(category)));
    QVERIFY(html.contains(RecipientCodes::describedLabel(RecipientCategory::Verwerker)));
    QVERIFY(html.contains(u"Stichting Eigen Naam"_s));
    for (const QString &code : { u"deurwaarder"_s, u"collega-corporatie"_s, u">verwerker<"_s })
        QVERIFY2(!html.contains(code), qPrintable(code));
}

QTEST_GUILESS_MAIN(TestRegisterWording)
#include "tst_registerwording.moc"
