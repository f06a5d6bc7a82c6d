#pragma once

// What every benchmark executable needs: a way out with a reason, a stopwatch in milliseconds,
// and "run this N times, print the median and the worst" as one Markdown table row.

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace pd::bench {

// The program's name in messages; set once at the start of main.
inline const char *&programName()
{
    static const char *name = "bench";
    return name;
}

[[noreturn]] inline void die(const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", programName(), qPrintable(what));
    std::exit(2);
}

inline double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// How many times measure() runs each step (--quick lowers it).
inline int &runs()
{
    static int count = 5;
    return count;
}

// Runs fn runs() times; prints "| what | result | median ms | worst ms |", result being what fn
// returned the last time (rows, pages, ...).
template<typename Fn> void measure(const QString &what, Fn fn, int labelWidth = 60)
{
    QList<double> times;
    long long result = 0;
    for (int i = 0; i < runs(); ++i) {
        QElapsedTimer timer;
        timer.start();
        result = static_cast<long long>(fn());
        times << msSince(timer);
    }
    std::sort(times.begin(), times.end());
    std::printf("| %-*s | %9lld | %9.2f | %9.2f |\n", labelWidth, qPrintable(what), result,
                times.at(times.size() / 2), times.constLast());
    std::fflush(stdout);
}

} // namespace pd::bench
