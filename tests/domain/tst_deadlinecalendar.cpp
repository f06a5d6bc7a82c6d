#include "domain/DeadlineCalendar.h"
#include "domain/Holidays.h"

#include <QDate>
#include <QElapsedTimer>
#include <QSet>
#include <QString>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using pd::Binding;
using pd::DeadlineInput;
using pd::DeadlinePolicy;
using pd::Deadlines;
using pd::Period;
using pd::PeriodUnit;

// Known answers for the deadline calendar (shared/domain.md, "Deadlines — get these exactly
// right"). Each row names the rule it tests. Every weekday a row relies on ("a Sunday") is
// a column checked with QDate::dayOfWeek, and every moved date is checked to be the *first*
// working day at or after the unmoved one, so a slip in an expected value fails loudly.

namespace {

bool onWeekday(QDate date, int weekday)
{
    if (date.dayOfWeek() == weekday)
        return true;
    qWarning("%s is weekday %d, not %d", qPrintable(date.toString(Qt::ISODate)), date.dayOfWeek(),
             weekday);
    return false;
}

// `moved` is the first working day on or after `unmoved` (art. 3(4)), independently checked.
bool isFirstWorkingDay(QDate unmoved, QDate moved, const pd::WorkingDays &workingDays = {})
{
    if (!workingDays.isWorkingDay(moved) || moved < unmoved)
        return false;
    for (QDate day = unmoved; day < moved; day = day.addDays(1)) {
        if (workingDays.isWorkingDay(day))
            return false;
    }
    return true;
}

Period period(int amount, const QString &unit)
{
    const std::optional<PeriodUnit> parsed = pd::parseUnit(unit);
    Q_ASSERT(parsed);
    return { amount, parsed.value_or(PeriodUnit::Days) };
}

constexpr Period OneMonth { 1, PeriodUnit::Months };
constexpr Period ThreeMonths { 3, PeriodUnit::Months };

} // namespace

class tst_DeadlineCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Art. 3(1) + 3(2)(c): from the day of receipt, the same date in the last month, clamped
    // to that month's last day; no end-of-month rule. Also checks that QDate::addMonths clamps.
    void addPeriod_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("amount");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QDate>("end");
        // EDPB §160 examples.
        QTest::newRow("EDPB 5 Mar -> 5 Apr")
            << QDate(2025, 3, 5) << 1 << u"months"_s << QDate(2025, 4, 5);
        QTest::newRow("EDPB 31 Aug -> 30 Sep (clamped)")
            << QDate(2024, 8, 31) << 1 << u"months"_s << QDate(2024, 9, 30);
        // No end-of-month -> end-of-month rule.
        QTest::newRow("28 Feb -> 28 Mar, not 31 Mar")
            << QDate(2026, 2, 28) << 1 << u"months"_s << QDate(2026, 3, 28);
        QTest::newRow("30 Nov -> 30 Dec, not 31 Dec")
            << QDate(2025, 11, 30) << 1 << u"months"_s << QDate(2025, 12, 30);
        QTest::newRow("30 Apr -> 30 May, not 31 May")
            << QDate(2026, 4, 30) << 1 << u"months"_s << QDate(2026, 5, 30);
        // Clamping in February.
        QTest::newRow("31 Jan 2028 (leap) -> 29 Feb")
            << QDate(2028, 1, 31) << 1 << u"months"_s << QDate(2028, 2, 29);
        QTest::newRow("31 Jan 2027 -> 28 Feb")
            << QDate(2027, 1, 31) << 1 << u"months"_s << QDate(2027, 2, 28);
        QTest::newRow("29 Jan 2027 -> 28 Feb")
            << QDate(2027, 1, 29) << 1 << u"months"_s << QDate(2027, 2, 28);
        QTest::newRow("29 Feb 2028 -> 29 Mar")
            << QDate(2028, 2, 29) << 1 << u"months"_s << QDate(2028, 3, 29);
        QTest::newRow("31 Mar -> 30 Apr")
            << QDate(2026, 3, 31) << 1 << u"months"_s << QDate(2026, 4, 30);
        QTest::newRow("31 Dec 2024 -> 31 Jan 2025 (year change)")
            << QDate(2024, 12, 31) << 1 << u"months"_s << QDate(2025, 1, 31);
        QTest::newRow("29 Feb 2028 + 12 months -> 28 Feb 2029")
            << QDate(2028, 2, 29) << 12 << u"months"_s << QDate(2029, 2, 28);
        // Three months as one period.
        QTest::newRow("3 months 30 Nov 2024 -> 28 Feb 2025")
            << QDate(2024, 11, 30) << 3 << u"months"_s << QDate(2025, 2, 28);
        QTest::newRow("3 months 30 Nov 2027 -> 29 Feb 2028 (leap)")
            << QDate(2027, 11, 30) << 3 << u"months"_s << QDate(2028, 2, 29);
        QTest::newRow("3 months 31 May -> 31 Aug")
            << QDate(2026, 5, 31) << 3 << u"months"_s << QDate(2026, 8, 31);
        QTest::newRow("3 months 31 Jan 2027 -> 30 Apr, not 28 Apr")
            << QDate(2027, 1, 31) << 3 << u"months"_s << QDate(2027, 4, 30);
        // Days and weeks (art. 3(2)(b): a week ends on the same weekday).
        QTest::newRow("30 days over February 2026")
            << QDate(2026, 2, 1) << 30 << u"days"_s << QDate(2026, 3, 3);
        QTest::newRow("30 days over February 2028 (leap)")
            << QDate(2028, 2, 1) << 30 << u"days"_s << QDate(2028, 3, 2);
        QTest::newRow("4 weeks from a Sunday is a Sunday")
            << QDate(2026, 2, 1) << 4 << u"weeks"_s << QDate(2026, 3, 1);
        QTest::newRow("0 days") << QDate(2026, 2, 1) << 0 << u"days"_s << QDate(2026, 2, 1);
    }
    void addPeriod()
    {
        QFETCH(QDate, from);
        QFETCH(int, amount);
        QFETCH(QString, unit);
        QFETCH(QDate, end);
        QCOMPARE(pd::addPeriod(from, period(amount, unit)), end);
        if (unit == u"weeks"_s)
            QCOMPARE(end.dayOfWeek(), from.dayOfWeek());
    }

    void addPeriods()
    {
        // 1 month + 2 months from 31 January is 3 months (30 April), not 28 Feb + 2 months.
        QCOMPARE(pd::addPeriods(QDate(2027, 1, 31), OneMonth, { 2, PeriodUnit::Months }),
                 QDate(2027, 4, 30));
        // Weeks and days are summed: 4 weeks + 30 days = 58 days.
        QCOMPARE(
            pd::addPeriods(QDate(2026, 2, 1), { 4, PeriodUnit::Weeks }, { 30, PeriodUnit::Days }),
            QDate(2026, 2, 1).addDays(58));
        // Mixed months and days: one after the other, base first (31 Jan -> 28 Feb -> 30 Mar).
        QCOMPARE(pd::addPeriods(QDate(2027, 1, 31), OneMonth, { 30, PeriodUnit::Days }),
                 QDate(2027, 3, 30));
        QVERIFY(!pd::addPeriod(QDate(), OneMonth).isValid());
    }

    // The legal deadline: one month (art. 12(3) AVG) counted under Reg. 1182/71, then
    // art. 3(4): Saturday, Sunday or Dutch public holiday -> the next working day.
    void legalDeadline_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("unmoved"); // art. 3(2)(c)
        QTest::addColumn<int>("unmovedWeekday");
        QTest::addColumn<QDate>("legal"); // art. 3(4)

        // EDPB example 5 March -> 5 April, in three years.
        QTest::newRow("EDPB 5 Mar 2024 -> Fri 5 Apr, not moved")
            << QDate(2024, 3, 5) << QDate(2024, 4, 5) << int(Qt::Friday) << QDate(2024, 4, 5);
        QTest::newRow("EDPB 5 Mar 2025 -> Sat 5 Apr -> Mon 7 Apr")
            << QDate(2025, 3, 5) << QDate(2025, 4, 5) << int(Qt::Saturday) << QDate(2025, 4, 7);
        QTest::newRow("EDPB 5 Mar 2026 -> Easter Sunday 5 Apr -> Easter Monday -> Tue 7 Apr")
            << QDate(2026, 3, 5) << QDate(2026, 4, 5) << int(Qt::Sunday) << QDate(2026, 4, 7);
        // EDPB example 31 August -> 30 September (3(2)(c) clamp).
        QTest::newRow("EDPB 31 Aug 2024 -> Mon 30 Sep, not moved")
            << QDate(2024, 8, 31) << QDate(2024, 9, 30) << int(Qt::Monday) << QDate(2024, 9, 30);
        QTest::newRow("EDPB 31 Aug 2023 -> Sat 30 Sep -> Mon 2 Oct")
            << QDate(2023, 8, 31) << QDate(2023, 9, 30) << int(Qt::Saturday) << QDate(2023, 10, 2);
        // No end-of-month rule.
        QTest::newRow("28 Feb 2025 -> Fri 28 Mar")
            << QDate(2025, 2, 28) << QDate(2025, 3, 28) << int(Qt::Friday) << QDate(2025, 3, 28);
        QTest::newRow("28 Feb 2026 -> Sat 28 Mar -> Mon 30 Mar")
            << QDate(2026, 2, 28) << QDate(2026, 3, 28) << int(Qt::Saturday) << QDate(2026, 3, 30);
        QTest::newRow("30 Nov 2024 -> Mon 30 Dec")
            << QDate(2024, 11, 30) << QDate(2024, 12, 30) << int(Qt::Monday) << QDate(2024, 12, 30);
        QTest::newRow("30 Nov 2023 -> Sat 30 Dec -> over Nieuwjaarsdag -> Tue 2 Jan 2024")
            << QDate(2023, 11, 30) << QDate(2023, 12, 30) << int(Qt::Saturday) << QDate(2024, 1, 2);
        // domain.md: received 1 Feb 2026 -> 1 Mar, a Sunday -> 2 Mar.
        QTest::newRow("1 Feb 2026 -> Sun 1 Mar -> Mon 2 Mar")
            << QDate(2026, 2, 1) << QDate(2026, 3, 1) << int(Qt::Sunday) << QDate(2026, 3, 2);
        // February clamps and leap years.
        QTest::newRow("31 Jan 2028 (leap) -> Tue 29 Feb")
            << QDate(2028, 1, 31) << QDate(2028, 2, 29) << int(Qt::Tuesday) << QDate(2028, 2, 29);
        QTest::newRow("31 Jan 2027 -> Sun 28 Feb -> Mon 1 Mar")
            << QDate(2027, 1, 31) << QDate(2027, 2, 28) << int(Qt::Sunday) << QDate(2027, 3, 1);
        QTest::newRow("29 Feb 2028 -> Wed 29 Mar")
            << QDate(2028, 2, 29) << QDate(2028, 3, 29) << int(Qt::Wednesday) << QDate(2028, 3, 29);
        // Koningsdag.
        QTest::newRow("Koningsdag Mon 27 Apr 2026 -> Tue 28 Apr")
            << QDate(2026, 3, 27) << QDate(2026, 4, 27) << int(Qt::Monday) << QDate(2026, 4, 28);
        QTest::newRow("Koningsdag 2025 on Sat 26 Apr (27th a Sunday) -> Mon 28 Apr")
            << QDate(2025, 3, 26) << QDate(2025, 4, 26) << int(Qt::Saturday) << QDate(2025, 4, 28);
        QTest::newRow("Fri 26 Apr 2024 is no Koningsdag (27th a Saturday): not moved")
            << QDate(2024, 3, 26) << QDate(2024, 4, 26) << int(Qt::Friday) << QDate(2024, 4, 26);
        // Bevrijdingsdag counts every year, not only lustrum years.
        QTest::newRow("Bevrijdingsdag Tue 5 May 2026 -> Wed 6 May")
            << QDate(2026, 4, 5) << QDate(2026, 5, 5) << int(Qt::Tuesday) << QDate(2026, 5, 6);
        QTest::newRow("Bevrijdingsdag Wed 5 May 2027, Hemelvaart Thu 6 May -> Fri 7 May")
            << QDate(2027, 4, 5) << QDate(2027, 5, 5) << int(Qt::Wednesday) << QDate(2027, 5, 7);
        // Easter: Good Friday, the weekend and Easter Monday.
        QTest::newRow("Good Friday 3 Apr 2026 -> Tue 7 Apr after Easter Monday")
            << QDate(2026, 3, 3) << QDate(2026, 4, 3) << int(Qt::Friday) << QDate(2026, 4, 7);
        QTest::newRow("Easter Monday 21 Apr 2025 -> Tue 22 Apr")
            << QDate(2025, 3, 21) << QDate(2025, 4, 21) << int(Qt::Monday) << QDate(2025, 4, 22);
        // Hemelvaartsdag (Easter + 39) and Tweede Pinksterdag (Easter + 50).
        QTest::newRow("Hemelvaartsdag Thu 14 May 2026 -> Fri 15 May")
            << QDate(2026, 4, 14) << QDate(2026, 5, 14) << int(Qt::Thursday) << QDate(2026, 5, 15);
        QTest::newRow("Tweede Pinksterdag Mon 25 May 2026 -> Tue 26 May")
            << QDate(2026, 4, 25) << QDate(2026, 5, 25) << int(Qt::Monday) << QDate(2026, 5, 26);
        // Christmas and New Year.
        QTest::newRow("Christmas Fri 25 Dec 2026 -> Mon 28 Dec")
            << QDate(2026, 11, 25) << QDate(2026, 12, 25) << int(Qt::Friday) << QDate(2026, 12, 28);
        QTest::newRow("Tweede Kerstdag Fri 26 Dec 2025 -> Mon 29 Dec")
            << QDate(2025, 11, 26) << QDate(2025, 12, 26) << int(Qt::Friday) << QDate(2025, 12, 29);
        QTest::newRow("31 Dec 2024 -> Fri 31 Jan 2025")
            << QDate(2024, 12, 31) << QDate(2025, 1, 31) << int(Qt::Friday) << QDate(2025, 1, 31);
        QTest::newRow("31 Dec 2025 -> Sat 31 Jan 2026 -> Mon 2 Feb")
            << QDate(2025, 12, 31) << QDate(2026, 1, 31) << int(Qt::Saturday) << QDate(2026, 2, 2);
        QTest::newRow("Nieuwjaarsdag Thu 1 Jan 2026 -> Fri 2 Jan")
            << QDate(2025, 12, 1) << QDate(2026, 1, 1) << int(Qt::Thursday) << QDate(2026, 1, 2);
        QTest::newRow("Nieuwjaarsdag Fri 1 Jan 2027 -> Mon 4 Jan")
            << QDate(2026, 12, 1) << QDate(2027, 1, 1) << int(Qt::Friday) << QDate(2027, 1, 4);
    }
    void legalDeadline()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, unmoved);
        QFETCH(int, unmovedWeekday);
        QFETCH(QDate, legal);
        QVERIFY(onWeekday(unmoved, unmovedWeekday));
        QCOMPARE(pd::addPeriod(received, OneMonth), unmoved);
        QVERIFY(isFirstWorkingDay(unmoved, legal));
        const Deadlines deadlines = pd::computeDeadlines({ received, {}, {} }, {});
        QCOMPARE(deadlines.legal, legal);
        QCOMPARE(deadlines.periodStart, received);
    }

    // The extended legal deadline: three months from receipt as ONE period, then the move;
    // never two months added to the (moved) one-month date.
    void legalExtended_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("unmoved");
        QTest::addColumn<int>("unmovedWeekday");
        QTest::addColumn<QDate>("legalExtended");
        QTest::newRow("30 Nov 2024 -> Fri 28 Feb 2025")
            << QDate(2024, 11, 30) << QDate(2025, 2, 28) << int(Qt::Friday) << QDate(2025, 2, 28);
        QTest::newRow("30 Nov 2023 -> Thu 29 Feb 2024 (leap)")
            << QDate(2023, 11, 30) << QDate(2024, 2, 29) << int(Qt::Thursday) << QDate(2024, 2, 29);
        QTest::newRow("30 Nov 2027 -> Tue 29 Feb 2028 (leap)")
            << QDate(2027, 11, 30) << QDate(2028, 2, 29) << int(Qt::Tuesday) << QDate(2028, 2, 29);
        QTest::newRow("30 Nov 2025 -> Sat 28 Feb 2026 -> Mon 2 Mar")
            << QDate(2025, 11, 30) << QDate(2026, 2, 28) << int(Qt::Saturday) << QDate(2026, 3, 2);
        QTest::newRow("30 Nov 2026 -> Sun 28 Feb 2027 -> Mon 1 Mar")
            << QDate(2026, 11, 30) << QDate(2027, 2, 28) << int(Qt::Sunday) << QDate(2027, 3, 1);
        QTest::newRow("31 May 2026 -> Mon 31 Aug")
            << QDate(2026, 5, 31) << QDate(2026, 8, 31) << int(Qt::Monday) << QDate(2026, 8, 31);
        // One month would be Sun 28 Feb -> Mon 1 Mar; "+2 months" on that gives 1 May or
        // 28 Apr. One period of three months: Fri 30 Apr.
        QTest::newRow("31 Jan 2027 -> Fri 30 Apr, not 28 Apr or 1 May")
            << QDate(2027, 1, 31) << QDate(2027, 4, 30) << int(Qt::Friday) << QDate(2027, 4, 30);
        QTest::newRow("31 Jan 2028 -> Sun 30 Apr -> Mon 1 May (no Dutch holiday)")
            << QDate(2028, 1, 31) << QDate(2028, 4, 30) << int(Qt::Sunday) << QDate(2028, 5, 1);
        QTest::newRow("1 Feb 2026 -> Fri 1 May")
            << QDate(2026, 2, 1) << QDate(2026, 5, 1) << int(Qt::Friday) << QDate(2026, 5, 1);
        QTest::newRow("5 Mar 2026 -> Fri 5 Jun")
            << QDate(2026, 3, 5) << QDate(2026, 6, 5) << int(Qt::Friday) << QDate(2026, 6, 5);
        QTest::newRow("Koningsdag: 27 Jan 2026 -> Mon 27 Apr -> Tue 28 Apr")
            << QDate(2026, 1, 27) << QDate(2026, 4, 27) << int(Qt::Monday) << QDate(2026, 4, 28);
        QTest::newRow("Christmas: 25 Sep 2026 -> Fri 25 Dec -> Mon 28 Dec")
            << QDate(2026, 9, 25) << QDate(2026, 12, 25) << int(Qt::Friday) << QDate(2026, 12, 28);
    }
    void legalExtended()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, unmoved);
        QFETCH(int, unmovedWeekday);
        QFETCH(QDate, legalExtended);
        QVERIFY(onWeekday(unmoved, unmovedWeekday));
        QCOMPARE(pd::addPeriod(received, ThreeMonths), unmoved);
        QVERIFY(isFirstWorkingDay(unmoved, legalExtended));
        const Deadlines deadlines = pd::computeDeadlines({ received, {}, {} }, {});
        QCOMPARE(deadlines.legalExtended, legalExtended);
    }

    // The whole computation: policy, binding, identification pause/restart, closing days.
    // The `policy` column names a DeadlinePolicy built in policyNamed().
    void deadlines_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("idRequested");
        QTest::addColumn<QDate>("idReceived");
        QTest::addColumn<QDate>("legal");
        QTest::addColumn<QDate>("legalExtended");
        QTest::addColumn<QDate>("policyDate");
        QTest::addColumn<QDate>("policyExtended");
        QTest::addColumn<QString>("binding");
        QTest::addColumn<QString>("bindingExtended");
        QTest::addColumn<int>("pauseDays");
        QTest::addColumn<QString>("flags"); // p = pauseApplied, l = late, s = suspended
        QTest::addColumn<QDate>("periodStart");
        const QDate none;

        // domain.md: 1 Feb 2026, one month -> Sun 1 Mar -> Mon 2 Mar; 30 days -> Tue 3 Mar:
        // the legal deadline binds. Extended: legal Fri 1 May, policy 60 days Thu 2 Apr.
        QTest::newRow("no move 1 Feb 2026: legal binds")
            << u"nomove"_s << QDate(2026, 2, 1) << none << none << QDate(2026, 3, 2)
            << QDate(2026, 5, 1) << QDate(2026, 3, 3) << QDate(2026, 4, 2) << u"legal"_s
            << u"policy"_s << 0 << QString() << QDate(2026, 2, 1);
        // 30 days (Thu 4 Apr) is earlier than one month (Fri 5 Apr) in a 31-day March.
        QTest::newRow("no move 5 Mar 2024: policy binds")
            << u"nomove"_s << QDate(2024, 3, 5) << none << none << QDate(2024, 4, 5)
            << QDate(2024, 6, 5) << QDate(2024, 4, 4) << QDate(2024, 5, 4) << u"policy"_s
            << u"policy"_s << 0 << QString() << QDate(2024, 3, 5);
        // Policy without the move: 30 days = Sat 14 Feb stays; legal Sun 15 Feb -> Mon 16 Feb.
        QTest::newRow("no move 15 Jan 2026: policy on a Saturday, not moved")
            << u"nomove"_s << QDate(2026, 1, 15) << none << none << QDate(2026, 2, 16)
            << QDate(2026, 4, 15) << QDate(2026, 2, 14) << QDate(2026, 3, 16) << u"policy"_s
            << u"policy"_s << 0 << QString() << QDate(2026, 1, 15);
        // The default moves the own deadline too: no answer promised on a day nobody works.
        // 30 days = Sat 14 Feb -> Mon 16 Feb = legal, a tie: the legal binds; extended 60 days
        // Mon 16 Mar.
        QTest::newRow("default 15 Jan 2026: policy on a Saturday, moved")
            << u"default"_s << QDate(2026, 1, 15) << none << none << QDate(2026, 2, 16)
            << QDate(2026, 4, 15) << QDate(2026, 2, 16) << QDate(2026, 3, 16) << u"legal"_s
            << u"policy"_s << 0 << QString() << QDate(2026, 1, 15);
        // 30 days + 7 days' pause = Easter Sunday 5 Apr -> Tue 7 Apr (Easter Monday); legal
        // Good Friday 3 Apr -> Tue 7 Apr: a tie. Extended: Tue 5 May, Bevrijdingsdag -> Wed 6 May.
        QTest::newRow("default pause onto Easter and Bevrijdingsdag")
            << u"default"_s << QDate(2026, 2, 27) << QDate(2026, 2, 27) << QDate(2026, 3, 6)
            << QDate(2026, 4, 7) << QDate(2026, 6, 3) << QDate(2026, 4, 7) << QDate(2026, 5, 6)
            << u"legal"_s << u"policy"_s << 7 << u"p"_s << QDate(2026, 2, 27);
        // Policy with the move: Sat 14 Feb -> Mon 16 Feb = legal; a tie binds legal.
        QTest::newRow("move 15 Jan 2026: policy moved, tie -> legal")
            << u"move"_s << QDate(2026, 1, 15) << none << none << QDate(2026, 2, 16)
            << QDate(2026, 4, 15) << QDate(2026, 2, 16) << QDate(2026, 3, 16) << u"legal"_s
            << u"policy"_s << 0 << QString() << QDate(2026, 1, 15);
        // Oosterpoort "binnen vier weken": 4 weeks from Sun 1 Feb = Sun 1 Mar (not moved),
        // earlier than legal Mon 2 Mar. Extended 8 weeks: Sun 29 Mar.
        QTest::newRow("weeks 1 Feb 2026: 4 weeks binds")
            << u"weeks"_s << QDate(2026, 2, 1) << none << none << QDate(2026, 3, 2)
            << QDate(2026, 5, 1) << QDate(2026, 3, 1) << QDate(2026, 3, 29) << u"policy"_s
            << u"policy"_s << 0 << QString() << QDate(2026, 2, 1);
        // Policy in months (1 + 2): 31 Jan 2027 -> Sun 28 Feb, not moved, binds; extended one
        // period of 3 months = Fri 30 Apr = legal extended, tie -> legal.
        QTest::newRow("months 31 Jan 2027: policy binds, extended tie")
            << u"months"_s << QDate(2027, 1, 31) << none << none << QDate(2027, 3, 1)
            << QDate(2027, 4, 30) << QDate(2027, 2, 28) << QDate(2027, 4, 30) << u"policy"_s
            << u"legal"_s << 0 << QString() << QDate(2027, 1, 31);
        // Closing day Fri 2 Jan 2026: Nieuwjaarsdag Thu 1 Jan -> Fri 2 Jan. The organisation's
        // own closing day does not move a legal deadline (Reg. 1182/71 art. 3(4) names only
        // the State's public holidays). Legal extended: Sun 1 Mar -> Mon 2 Mar. Policy 30 days
        // Wed 31 Dec 2025.
        QTest::newRow("closing day 2 Jan 2026 does not move the legal deadline")
            << u"closing"_s << QDate(2025, 12, 1) << none << none << QDate(2026, 1, 2)
            << QDate(2026, 3, 2) << QDate(2025, 12, 31) << QDate(2026, 1, 30) << u"policy"_s
            << u"policy"_s << 0 << QString() << QDate(2025, 12, 1);
        // Closing day with the policy move: 30 days from 3 Dec 2025 = Fri 2 Jan (closing)
        // -> Mon 5 Jan; legal Sat 3 Jan -> Mon 5 Jan; tie -> legal.
        QTest::newRow("closing day + move: policy moved off the closing day")
            << u"closing+move"_s << QDate(2025, 12, 3) << none << none << QDate(2026, 1, 5)
            << QDate(2026, 3, 3) << QDate(2026, 1, 5) << QDate(2026, 2, 2) << u"legal"_s
            << u"policy"_s << 0 << QString() << QDate(2025, 12, 3);

        // Pause model: requested Mon 2 Mar (2 days after receipt), received Thu 5 Mar: pause
        // 3 days, added BEFORE the move: Sat 28 Mar + 3 = Tue 31 Mar (moving first would give
        // Mon 30 Mar + 3 = Thu 2 Apr). Extended: Thu 28 May + 3 = Sun 31 May -> Mon 1 Jun.
        // Policy: Mon 30 Mar + 3 = Thu 2 Apr; extended Wed 29 Apr + 3 = Sat 2 May.
        QTest::newRow("pause 3 days, added before the move")
            << u"nomove"_s << QDate(2026, 2, 28) << QDate(2026, 3, 2) << QDate(2026, 3, 5)
            << QDate(2026, 3, 31) << QDate(2026, 6, 1) << QDate(2026, 4, 2) << QDate(2026, 5, 2)
            << u"legal"_s << u"policy"_s << 3 << u"p"_s << QDate(2026, 2, 28);
        // Requested on the day of receipt, received a week later: Fri 27 Mar + 7 = Good
        // Friday 3 Apr -> Tue 7 Apr. Policy 29 Mar + 7 = Easter Sunday 5 Apr (no move).
        QTest::newRow("pause 7 days onto Good Friday")
            << u"nomove"_s << QDate(2026, 2, 27) << QDate(2026, 2, 27) << QDate(2026, 3, 6)
            << QDate(2026, 4, 7) << QDate(2026, 6, 3) << QDate(2026, 4, 5) << QDate(2026, 5, 5)
            << u"policy"_s << u"policy"_s << 7 << u"p"_s << QDate(2026, 2, 27);
        // Requested exactly 7 days after receipt: still in time. Pause Mon 9 -> Mon 16 Mar = 7.
        // Legal Thu 2 Apr + 7 = Thu 9 Apr; extended Tue 2 Jun + 7 = Tue 9 Jun.
        QTest::newRow("pause, requested on day 7: in time")
            << u"nomove"_s << QDate(2026, 3, 2) << QDate(2026, 3, 9) << QDate(2026, 3, 16)
            << QDate(2026, 4, 9) << QDate(2026, 6, 9) << QDate(2026, 4, 8) << QDate(2026, 5, 8)
            << u"policy"_s << u"policy"_s << 7 << u"p"_s << QDate(2026, 3, 2);
        // Requested on day 8: the clock kept running, no pause, the case says why.
        QTest::newRow("pause, requested on day 8: late, no pause")
            << u"nomove"_s << QDate(2026, 3, 2) << QDate(2026, 3, 10) << QDate(2026, 3, 20)
            << QDate(2026, 4, 2) << QDate(2026, 6, 2) << QDate(2026, 4, 1) << QDate(2026, 5, 1)
            << u"policy"_s << u"policy"_s << 0 << u"l"_s << QDate(2026, 3, 2);
        // The pause applies to the policy as well, and before the policy's move: policy
        // Wed 1 Apr + 2 = Good Friday -> Tue 7 Apr; legal Thu 2 Apr + 2 = Sat 4 Apr -> Tue
        // 7 Apr (Easter Monday 6 Apr); tie -> legal. Extended policy Fri 1 May + 2 = Sun
        // 3 May -> Mon 4 May; legal Tue 2 Jun + 2 = Thu 4 Jun.
        QTest::newRow("pause with policy move")
            << u"move"_s << QDate(2026, 3, 2) << QDate(2026, 3, 3) << QDate(2026, 3, 5)
            << QDate(2026, 4, 7) << QDate(2026, 6, 4) << QDate(2026, 4, 7) << QDate(2026, 5, 4)
            << u"legal"_s << u"policy"_s << 2 << u"p"_s << QDate(2026, 3, 2);
        // Identification received the day it was requested: nothing to add.
        QTest::newRow("pause of 0 days")
            << u"nomove"_s << QDate(2026, 3, 2) << QDate(2026, 3, 4) << QDate(2026, 3, 4)
            << QDate(2026, 4, 2) << QDate(2026, 6, 2) << QDate(2026, 4, 1) << QDate(2026, 5, 1)
            << u"policy"_s << u"policy"_s << 0 << QString() << QDate(2026, 3, 2);
        // Requested, not yet received: suspended; dates are the minimum (no pause).
        QTest::newRow("pause, suspended")
            << u"nomove"_s << QDate(2026, 3, 2) << QDate(2026, 3, 4) << none << QDate(2026, 4, 2)
            << QDate(2026, 6, 2) << QDate(2026, 4, 1) << QDate(2026, 5, 1) << u"policy"_s
            << u"policy"_s << 0 << u"s"_s << QDate(2026, 3, 2);
        // Requested late and not received: the clock runs, so not suspended.
        QTest::newRow("late request, not received: not suspended")
            << u"nomove"_s << QDate(2026, 3, 2) << QDate(2026, 3, 10) << none << QDate(2026, 4, 2)
            << QDate(2026, 6, 2) << QDate(2026, 4, 1) << QDate(2026, 5, 1) << u"policy"_s
            << u"policy"_s << 0 << u"l"_s << QDate(2026, 3, 2);

        // Restart model: the period runs from Fri 20 Mar, the day identification arrived.
        // Legal Mon 20 Apr; policy 30 days Sun 19 Apr (binds); extended legal Sat 20 Jun
        // -> Mon 22 Jun; policy 60 days Tue 19 May.
        QTest::newRow("restart from identification received")
            << u"restart"_s << QDate(2026, 3, 2) << QDate(2026, 3, 4) << QDate(2026, 3, 20)
            << QDate(2026, 4, 20) << QDate(2026, 6, 22) << QDate(2026, 4, 19) << QDate(2026, 5, 19)
            << u"policy"_s << u"policy"_s << 0 << u"p"_s << QDate(2026, 3, 20);
        // Restart, identification received 31 Jan 2027: one month -> Sun 28 Feb -> Mon 1 Mar.
        QTest::newRow("restart on 31 Jan: month clamp from the new start")
            << u"restart"_s << QDate(2027, 1, 26) << QDate(2027, 1, 27) << QDate(2027, 1, 31)
            << QDate(2027, 3, 1) << QDate(2027, 4, 30) << QDate(2027, 3, 2) << QDate(2027, 4, 1)
            << u"legal"_s << u"policy"_s << 0 << u"p"_s << QDate(2027, 1, 31);
        // Restart with a late request: no restart, the period runs from receipt.
        QTest::newRow("restart, late request: from receipt")
            << u"restart"_s << QDate(2026, 3, 2) << QDate(2026, 3, 12) << QDate(2026, 3, 20)
            << QDate(2026, 4, 2) << QDate(2026, 6, 2) << QDate(2026, 4, 1) << QDate(2026, 5, 1)
            << u"policy"_s << u"policy"_s << 0 << u"l"_s << QDate(2026, 3, 2);
        QTest::newRow("restart, suspended")
            << u"restart"_s << QDate(2026, 3, 2) << QDate(2026, 3, 4) << none << QDate(2026, 4, 2)
            << QDate(2026, 6, 2) << QDate(2026, 4, 1) << QDate(2026, 5, 1) << u"policy"_s
            << u"policy"_s << 0 << u"s"_s << QDate(2026, 3, 2);
        // Stricter setting: the request must go out within 3 days; day 4 is late.
        QTest::newRow("within 3 days, requested on day 4: late")
            << u"within3"_s << QDate(2026, 3, 2) << QDate(2026, 3, 6) << QDate(2026, 3, 9)
            << QDate(2026, 4, 2) << QDate(2026, 6, 2) << QDate(2026, 4, 1) << QDate(2026, 5, 1)
            << u"policy"_s << u"policy"_s << 0 << u"l"_s << QDate(2026, 3, 2);
    }
    void deadlines()
    {
        QFETCH(QString, policy);
        QFETCH(QDate, received);
        QFETCH(QDate, idRequested);
        QFETCH(QDate, idReceived);
        QFETCH(QDate, legal);
        QFETCH(QDate, legalExtended);
        QFETCH(QDate, policyDate);
        QFETCH(QDate, policyExtended);
        QFETCH(QString, binding);
        QFETCH(QString, bindingExtended);
        QFETCH(int, pauseDays);
        QFETCH(QString, flags);
        QFETCH(QDate, periodStart);

        const DeadlinePolicy settings = policyNamed(policy);
        const pd::WorkingDays workingDays(settings.closingDays);
        const pd::WorkingDays legalDays { QSet<QDate>() };
        QVERIFY(legalDays.isWorkingDay(legal));
        QVERIFY(legalDays.isWorkingDay(legalExtended));
        if (settings.moveToWorkingDay) {
            QVERIFY(workingDays.isWorkingDay(policyDate));
            QVERIFY(workingDays.isWorkingDay(policyExtended));
        }

        const Deadlines d = pd::computeDeadlines({ received, idRequested, idReceived }, settings);
        QCOMPARE(d.legal, legal);
        QCOMPARE(d.legalExtended, legalExtended);
        QCOMPARE(d.policy, policyDate);
        QCOMPARE(d.policyExtended, policyExtended);
        QCOMPARE(pd::bindingCode(d.binding), binding);
        QCOMPARE(pd::bindingCode(d.bindingExtended), bindingExtended);
        QCOMPARE(d.effective, std::min(legal, policyDate));
        QCOMPARE(d.effectiveExtended, std::min(legalExtended, policyExtended));
        QCOMPARE(d.effective, d.binding == Binding::Legal ? d.legal : d.policy);
        QCOMPARE(d.effectiveExtended,
                 d.bindingExtended == Binding::Legal ? d.legalExtended : d.policyExtended);
        QCOMPARE(d.pauseDays, pauseDays);
        QCOMPARE(d.pauseApplied, flags.contains(u'p'));
        QCOMPARE(d.identificationLate, flags.contains(u'l'));
        QCOMPARE(d.suspended, flags.contains(u's'));
        QCOMPARE(d.periodStart, periodStart);
    }

    // A representative's mandate pauses the deadline like the identification: the
    // days from its request to its receipt are added, never a day the identification already
    // stopped; asked for too late it pauses nothing; not yet received the clock stands still.
    void mandatePause()
    {
        const DeadlinePolicy settings;
        const QDate received(2026, 9, 1); // one month: 1 October, a Thursday
        const QDate none;
        // Asked for on 3 September, received on 13 September: ten days.
        Deadlines d = pd::computeDeadlines(
            { received, none, none, QDate(2026, 9, 3), QDate(2026, 9, 13) }, settings);
        QCOMPARE(d.mandatePauseDays, 10);
        QCOMPARE(d.pauseDays, 0);
        QCOMPARE(d.legal, QDate(2026, 10, 12)); // 11 October is a Sunday
        QCOMPARE(d.policy, QDate(2026, 10, 12)); // 30 days + 10, Sunday: moved
        QVERIFY(!d.mandateSuspended && !d.mandateLate);
        // Asked for, not received: the clock stands still, the dates are the minimum.
        d = pd::computeDeadlines({ received, none, none, QDate(2026, 9, 3), none }, settings);
        QVERIFY(d.mandateSuspended);
        QCOMPARE(d.legal, QDate(2026, 10, 1));
        // Asked for after the allowed seven days: the clock kept running.
        d = pd::computeDeadlines({ received, none, none, QDate(2026, 9, 10), QDate(2026, 9, 20) },
                                 settings);
        QVERIFY(d.mandateLate);
        QCOMPARE(d.mandatePauseDays, 0);
        QCOMPARE(d.legal, QDate(2026, 10, 1));
        // Identification from the 3rd to the 8th, mandate from the 5th to the 13th: the 3rd to
        // the 13th stood still once, ten days, not five plus eight.
        d = pd::computeDeadlines({ received, QDate(2026, 9, 3), QDate(2026, 9, 8),
                                   QDate(2026, 9, 5), QDate(2026, 9, 13) },
                                 settings);
        QCOMPARE(d.pauseDays, 5);
        QCOMPARE(d.mandatePauseDays, 5);
        QCOMPARE(d.legal, QDate(2026, 10, 12));
        // Restart model: the period runs from the identification's receipt (the 8th); the
        // mandate's days after it (the 8th to the 13th) are added.
        DeadlinePolicy restart;
        restart.identificationModel = pd::IdentificationModel::Restart;
        d = pd::computeDeadlines({ received, QDate(2026, 9, 3), QDate(2026, 9, 8),
                                   QDate(2026, 9, 5), QDate(2026, 9, 13) },
                                 restart);
        QCOMPARE(d.periodStart, QDate(2026, 9, 8));
        QCOMPARE(d.mandatePauseDays, 5);
        QCOMPARE(d.legal, QDate(2026, 10, 13));
    }

    // Invalid receipt: nothing to compute, nothing invented.
    void invalidReceived()
    {
        const Deadlines d = pd::computeDeadlines({}, {});
        QVERIFY(!d.legal.isValid());
        QVERIFY(!d.legalExtended.isValid());
        QVERIFY(!d.policy.isValid());
        QVERIFY(!d.effective.isValid());
        QVERIFY(!d.periodStart.isValid());
        QVERIFY(!d.suspended && !d.identificationLate && !d.pauseApplied);
    }

    // Oosterpoort "binnen vier weken", no extension of its own: the law's extension stays
    // available (art. 12(3) AVG), so the extended deadline is the legal one, three months from
    // receipt; the own term stays four weeks.
    void noOwnExtensionLeavesTheLaws()
    {
        DeadlinePolicy fourWeeks;
        fourWeeks.base = { 4, PeriodUnit::Weeks };
        fourWeeks.extension = { 0, PeriodUnit::Days };
        // Received Mon 2 Feb 2026: four weeks Mon 2 Mar = legal (tie); three months Sat 2 May
        // -> Mon 4 May.
        const Deadlines d = pd::computeDeadlines({ QDate(2026, 2, 2), {}, {} }, fourWeeks);
        QCOMPARE(d.policy, QDate(2026, 3, 2));
        QCOMPARE(d.policyExtended, QDate(2026, 3, 2));
        QCOMPARE(d.legalExtended, QDate(2026, 5, 4));
        QCOMPARE(d.effectiveExtended, QDate(2026, 5, 4));
        QCOMPARE(d.bindingExtended, Binding::Legal);
    }

    void codes()
    {
        QCOMPARE(pd::bindingCode(Binding::Legal), u"legal"_s);
        QCOMPARE(pd::bindingCode(Binding::Policy), u"policy"_s);
        QCOMPARE(pd::parseBinding(u"policy"_s), std::optional<Binding>(Binding::Policy));
        QCOMPARE(pd::parseBinding(u"legal"_s), std::optional<Binding>(Binding::Legal));
        QVERIFY(!pd::parseBinding(u"Legal"_s));
        for (const PeriodUnit unit : { PeriodUnit::Days, PeriodUnit::Weeks, PeriodUnit::Months })
            QCOMPARE(pd::parseUnit(pd::unitCode(unit)), std::optional<PeriodUnit>(unit));
        QCOMPARE(pd::unitCode(PeriodUnit::Weeks), u"weeks"_s);
        QVERIFY(!pd::parseUnit(u"dagen"_s));
        QVERIFY(!pd::parseUnit(QString()));
        QCOMPARE(pd::identificationModelCode(pd::IdentificationModel::Restart), u"restart"_s);
        QCOMPARE(pd::parseIdentificationModel(u"pause"_s),
                 std::optional<pd::IdentificationModel>(pd::IdentificationModel::Pause));
        QVERIFY(!pd::parseIdentificationModel(u"stop"_s));
        // The defaults: 30 + 30 days, and the own deadline moved to a working day like the
        // legal one unless the organisation says otherwise.
        const DeadlinePolicy defaults;
        QCOMPARE(defaults.base, (Period { 30, PeriodUnit::Days }));
        QCOMPARE(defaults.extension, (Period { 30, PeriodUnit::Days }));
        QVERIFY(defaults.moveToWorkingDay);
        QCOMPARE(defaults.identificationModel, pd::IdentificationModel::Pause);
        QCOMPARE(defaults.identificationRequestWithinDays, 7);
    }

    // Properties over every day of 2024..2030 with the default policy.
    void properties()
    {
        const pd::WorkingDays workingDays;
        for (QDate received(2024, 1, 1); received.year() <= 2030; received = received.addDays(1)) {
            const Deadlines d = pd::computeDeadlines({ received, {}, {} }, {});
            const QByteArray at = received.toString(Qt::ISODate).toLatin1();
            QVERIFY2(d.legal >= received.addDays(28), at.constData());
            QVERIFY2(d.legal <= received.addDays(31 + 4), at.constData()); // longest move: 4
            QVERIFY2(workingDays.isWorkingDay(d.legal), at.constData());
            QVERIFY2(workingDays.isWorkingDay(d.legalExtended), at.constData());
            QVERIFY2(isFirstWorkingDay(received.addMonths(1), d.legal), at.constData());
            QVERIFY2(isFirstWorkingDay(received.addMonths(3), d.legalExtended), at.constData());
            QVERIFY2(d.legalExtended >= d.legal, at.constData());
            QVERIFY2(d.legalExtended >= received.addDays(89), at.constData());
            QVERIFY2(d.effective <= d.legal && d.effective <= d.policy, at.constData());
            QVERIFY2(d.effectiveExtended <= d.legalExtended
                         && d.effectiveExtended <= d.policyExtended,
                     at.constData());
            // The own deadline too falls on a working day: the first from 30 (60) days on.
            QVERIFY2(isFirstWorkingDay(received.addDays(30), d.policy), at.constData());
            QVERIFY2(isFirstWorkingDay(received.addDays(60), d.policyExtended), at.constData());
            // The one-month date keeps the day of the month unless that month is shorter.
            const QDate unmoved = pd::addPeriod(received, OneMonth);
            QCOMPARE(unmoved.day(), std::min(received.day(), unmoved.daysInMonth()));
        }
    }

    // 50,000 cases must be fast: the holiday check does no allocation and Easter is cached.
    void fiftyThousandCases()
    {
        DeadlinePolicy settings;
        settings.closingDays = { QDate(2026, 5, 15), QDate(2026, 12, 24) };
        QElapsedTimer timer;
        timer.start();
        qint64 checksum = 0;
        QDate received(2020, 1, 1);
        for (int i = 0; i < 50000; ++i) {
            const Deadlines d = pd::computeDeadlines(
                { received, received.addDays(2), received.addDays(5) }, settings);
            checksum += d.effective.toJulianDay() + d.effectiveExtended.toJulianDay();
            received = received.addDays(i % 3 ? 0 : 1);
        }
        QVERIFY(checksum > 0);
        qInfo("50,000 deadline computations: %lld ms", timer.elapsed());
        QVERIFY2(timer.elapsed() < 10000, "far too slow for a case list");
    }

private:
    // Every policy but "default", "move" and "closing+move" without the working-day move (the
    // organisation said otherwise), so that each row shows the unmoved own deadline it names.
    static DeadlinePolicy policyNamed(const QString &name)
    {
        DeadlinePolicy policy;
        policy.moveToWorkingDay = name == u"default"_s || name == u"move"_s;
        if (name == u"weeks"_s) {
            policy.base = { 4, PeriodUnit::Weeks };
            policy.extension = { 4, PeriodUnit::Weeks };
        } else if (name == u"months"_s) {
            policy.base = OneMonth;
            policy.extension = { 2, PeriodUnit::Months };
        } else if (name == u"closing"_s || name == u"closing+move"_s) {
            policy.closingDays = { QDate(2026, 1, 2) };
            policy.moveToWorkingDay = name == u"closing+move"_s;
        } else if (name == u"restart"_s) {
            policy.identificationModel = pd::IdentificationModel::Restart;
        } else if (name == u"within3"_s) {
            policy.identificationRequestWithinDays = 3;
        } else {
            Q_ASSERT(name == u"default"_s || name == u"move"_s || name == u"nomove"_s);
        }
        return policy;
    }
};

QTEST_GUILESS_MAIN(tst_DeadlineCalendar)
#include "tst_deadlinecalendar.moc"
