// The AP complaint dossier of a long request: 300 events in its audit trail, 50 disclosures of
// the person's data and six letters, in a store whose audit trail holds 1,000,000 events (issue
// 19: the dossier's cost must not grow with the store), from collecting (which verifies the
// audit chain) to the laid-out document and the A4 PDF. Prints the median and worst of several
// runs; measures only, never asserts on time.
//
//   bench_dossier [--quick] [--events N] [--disclosures N] [--chain N] [--keep FILE.pdf]
//
// --chain N: the other events of the store, written before the request (default 1,000,000;
// --quick 1,000), as the audit trail of many other requests.

#include "BenchCpu.h"
#include "BenchSupport.h"
#include "DocumentFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "documents/ComplaintDossier.h"
#include "print/PrintedDocument.h"
#include "session/Session.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonObject>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;
using namespace pd::bench;
using namespace pd;

namespace {

// Other requests' events, in transactions of 10,000 as a busy desk (or an import) writes them.
void padChain(Store &store, int count)
{
    QSqlDatabase db = store.database();
    AuditLog audit(db, store.info().storeId.toString(QUuid::WithoutBraces));
    for (int i = 1; i <= count;) {
        if (!db.transaction())
            die(u"could not begin a transaction"_s);
        for (int inBatch = 0; inBatch < 10000 && i <= count; ++inBatch, ++i) {
            const QJsonObject payload { { u"field"_s, u"state"_s },
                                        { u"old"_s, u"ontvangen"_s },
                                        { u"new"_s, u"in-behandeling"_s } };
            QString error;
            if (!audit.append(u"j.devries"_s, u"case"_s, u"AVG-2025-%1"_s.arg(i % 50000 + 1),
                              u"case.state"_s, payload, &error))
                die(error);
        }
        if (!db.commit())
            die(u"commit failed"_s);
    }
}

} // namespace

int main(int argc, char **argv)
{
    programName() = "bench_dossier";
    runs() = 5;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts, for the PDF
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(u"--quick"_s);
    const auto intOption = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int events = intOption(u"--events"_s, quick ? 30 : 300);
    const int disclosures = intOption(u"--disclosures"_s, quick ? 5 : 50);
    const int chain = intOption(u"--chain"_s, quick ? 1000 : 1000000);
    const qsizetype keepAt = args.indexOf(u"--keep"_s);
    const QString keep = keepAt >= 0 && keepAt + 1 < args.size() ? args.at(keepAt + 1) : QString();
    if (quick)
        runs() = 1;

    QTemporaryDir tmp;
    if (!tmp.isValid())
        die(u"no temporary folder"_s);
    auto store = test::createTestStore(tmp.filePath(u"store"_s));
    if (!store)
        die(u"could not create a store"_s);
    QElapsedTimer setUp;
    setUp.start();
    padChain(*store, chain);
    test::DocumentFixture fixture(*store);
    const QString number = fixture.fullCase();
    if (number.isEmpty())
        die(fixture.error());
    CaseService cases(Session { *store, fixture.clock() });
    const auto request = cases.find(number);
    const int notes = std::max(0, events - static_cast<int>(cases.timeline(number).size()));
    for (int i = 0; i < notes; ++i) {
        if (!fixture.note(number,
                          u"Telefoongesprek %1 met de betrokkene over de voortgang; afgesproken "
                          "dat wij na overleg met de afdeling Wijkbeheer terugbellen."_s.arg(i + 1),
                          QDate(2026, 12, 16).addDays(i / 20)))
            die(fixture.error());
    }
    if (disclosures > 3
        && !fixture.addDisclosures(request->person.id, number, disclosures - 3, QDate(2027, 1, 2)))
        die(fixture.error());
    fixture.at(QDate(2027, 3, 1));

    ComplaintDossier dossier(Session { *store, fixture.clock() });
    ServiceError error;
    QElapsedTimer first;
    first.start();
    const auto content = dossier.collect(number, &error);
    if (!content)
        die(error.message);
    const double firstMs = msSince(first);
    std::printf("Dossier of %s: %lld events, %lld letters, %lld disclosures; %lld events in the "
                "whole chain; set-up %.0f ms\n",
                qPrintable(number), static_cast<long long>(content->events.size()),
                static_cast<long long>(content->letters.size()),
                static_cast<long long>(content->disclosures.size()),
                static_cast<long long>(content->verification.headSeq), msSince(setUp));
    std::printf("First collect (before any verification of this store): %.0f ms, %lld events "
                "checked\n\n",
                firstMs, static_cast<long long>(content->verification.eventsChecked));
    std::printf("| %-52s | %6s | %9s | %9s |\n", "step", "result", "median ms", "worst ms");
    std::printf("|%s|%s|%s|%s|\n", qPrintable(QString(54, u'-')), qPrintable(QString(8, u'-')),
                qPrintable(QString(11, u'-')), qPrintable(QString(11, u'-')));

    measure(u"collect (reads the request, verifies the chain; goal <= 1000)"_s,
            [&] { return static_cast<int>(dossier.collect(number, &error)->events.size()); });
    measure(u"toHtml"_s,
            [&] { return static_cast<int>(ComplaintDossier::toHtml(*content).size()); });
    measure(u"fillDocument (HTML parsed into a QTextDocument)"_s, [&] {
        QTextDocument document;
        ComplaintDossier::fillDocument(&document, *content);
        return document.blockCount();
    });
    const QString pdf = tmp.filePath(u"dossier.pdf"_s);
    // Beside the wall clock, the CPU time of each run: the machine is shared.
    QList<double> pdfCpu;
    measure(u"PDF of a collected dossier (layout and paint)"_s, [&] {
        const double cpuStart = cpuMs();
        QTextDocument document;
        ComplaintDossier::fillDocument(&document, *content);
        int pages = 0;
        QString writeError;
        if (!PrintedDocument::writePdf(&document, ComplaintDossier::documentTitle(number),
                                       PrintedDocument::Marking::Real, OutputTarget(pdf, true),
                                       &writeError, &pages))
            die(writeError);
        pdfCpu << cpuMs() - cpuStart;
        return pages;
    });
    std::sort(pdfCpu.begin(), pdfCpu.end());
    std::printf("| %-60s | %9s | %9.2f | %9.2f |\n", "  the same, CPU time of this process", "",
                pdfCpu.at(pdfCpu.size() / 2), pdfCpu.constLast());
    measure(u"ComplaintDossier collect and write, end to end (pages)"_s, [&] {
        int pages = 0;
        const auto content = dossier.collect(number, &error);
        if (!content || !dossier.write(*content, OutputTarget(pdf, true), &error, &pages))
            die(error.message);
        return pages;
    });
    std::printf("\nPDF size: %lld bytes\n", static_cast<long long>(QFile(pdf).size()));
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(pdf, keep);
    }
    return 0;
}
