// IsoDay and isoMoment read the store's ISO texts directly; whatever the text, the
// result is the one QDate::fromString / QDateTime::fromString give (the same date, time and
// time spec, or the same invalid value).

#include "util/IsoText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

class TestIsoText final : public QObject
{
    Q_OBJECT

private slots:
    void daysAsQtReadsThem_data();
    void daysAsQtReadsThem();
    void momentsAsQtReadsThem_data();
    void momentsAsQtReadsThem();
    void everyDayOfFourCenturies();
};

void TestIsoText::daysAsQtReadsThem_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text : { u"2026-03-02"_s,       u"2024-02-29"_s,
                                 u"2025-02-29"_s,       u"2026-13-01"_s,
                                 u"2026-00-10"_s,       u"2026-04-31"_s,
                                 u"0000-01-01"_s,       u"0001-01-01"_s,
                                 u"9999-12-31"_s,       u""_s,
                                 u"2026-3-02"_s,        u"2026/03/02"_s,
                                 u"2026-03-02T10:00"_s, u"+026-03-02"_s,
                                 u"2026-03-0a"_s,       u"２０２６-03-02"_s,
                                 u"2026-03-02 "_s,      u" 2026-03-02"_s,
                                 u"2026-03-021"_s,      u"-2026-03-02"_s })
        QTest::newRow(qPrintable(text.isEmpty() ? u"(empty)"_s : text)) << text;
}

void TestIsoText::daysAsQtReadsThem()
{
    QFETCH(QString, text);
    const QDate qt = QDate::fromString(text, Qt::ISODate);
    const QDate ours = isoDay(text);
    QCOMPARE(ours.isValid(), qt.isValid());
    QCOMPARE(ours, qt);
}

void TestIsoText::momentsAsQtReadsThem_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text :
         { u"2026-03-02T09:15:00.123Z"_s, u"2026-03-02T09:15:00Z"_s, u"2026-03-02T23:59:59.999Z"_s,
           u"2026-03-02T24:00:00.000Z"_s, u"2026-03-02T09:60:00Z"_s, u"2026-03-02T09:15:60Z"_s,
           u"2026-02-30T09:15:00Z"_s, u"2026-03-02T09:15:00.12Z"_s, u"2026-03-02T09:15:00.1234Z"_s,
           u"2026-03-02T09:15:00+01:00"_s, u"2026-03-02T09:15:00.123+01:00"_s,
           u"2026-03-02T09:15:00"_s, u"2026-03-02 09:15:00Z"_s, u"2026-03-02T9:15:00.123Z"_s,
           u"2026-03-02T09:15:00,123Z"_s, u""_s, u"2026-03-02"_s, u"0000-03-02T09:15:00Z"_s })
        QTest::newRow(qPrintable(text.isEmpty() ? u"(empty)"_s : text)) << text;
}

void TestIsoText::momentsAsQtReadsThem()
{
    QFETCH(QString, text);
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    const QDateTime ours = isoMoment(text);
    QCOMPARE(ours.isValid(), qt.isValid());
    if (!qt.isValid())
        return;
    QCOMPARE(ours, qt);
    QCOMPARE(ours.timeSpec(), qt.timeSpec());
    QCOMPARE(ours.offsetFromUtc(), qt.offsetFromUtc());
    QCOMPARE(ours.toString(Qt::ISODateWithMs), qt.toString(Qt::ISODateWithMs));
}

// Every day from 1900 to 2299, as the store writes it, and a moment in it.
void TestIsoText::everyDayOfFourCenturies()
{
    QRandomGenerator random(42);
    for (QDate day(1900, 1, 1); day.year() < 2300; day = day.addDays(1)) {
        const QString text = day.toString(Qt::ISODate);
        QCOMPARE(isoDay(text), day);
        const QDateTime moment(
            day,
            QTime(random.bounded(24), random.bounded(60), random.bounded(60), random.bounded(1000)),
            Qt::UTC);
        const QString written = moment.toString(Qt::ISODateWithMs);
        QCOMPARE(isoMoment(written), QDateTime::fromString(written, Qt::ISODateWithMs));
    }
}

QTEST_GUILESS_MAIN(TestIsoText)
#include "tst_isotext.moc"
