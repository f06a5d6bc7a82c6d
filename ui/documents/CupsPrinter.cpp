#include "documents/CupsPrinter.h"

#include <algorithm>
#include <cups/cups.h>

namespace pd::ui {

namespace {

// The last error of libcups on this thread, as CUPS words it.
QString cupsError()
{
    const char *text = cupsLastErrorString();
    return text && *text ? QString::fromUtf8(text)
                         : QStringLiteral("IPP status 0x%1")
                               .arg(static_cast<int>(cupsLastError()), 4, 16, QChar(u'0'));
}

// The queue as CUPS describes it now; freed by the caller with cupsFreeDests(1, dest).
cups_dest_t *namedDestination(const QByteArray &name)
{
    return cupsGetNamedDest(CUPS_HTTP_DEFAULT, name.constData(), nullptr);
}

QString destinationOption(const cups_dest_t *dest, const char *option)
{
    const char *value = cupsGetOption(option, dest->num_options, dest->options);
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace

bool CupsPrinter::isPaused(const QString &printer, QString *reason)
{
    cups_dest_t *dest = namedDestination(printer.toUtf8());
    if (!dest)
        return false;
    // printer-state: 3 idle, 4 processing, 5 stopped (cupsdisable, or stopped after an error).
    const bool stopped = destinationOption(dest, "printer-state") == QLatin1StringView("5");
    if (reason)
        *reason = destinationOption(dest, "printer-state-message");
    cupsFreeDests(1, dest);
    return stopped;
}

bool CupsPrinter::cancel(const QString &printer, int job)
{
    return cupsCancelJob2(CUPS_HTTP_DEFAULT, printer.toUtf8().constData(), job, 0)
        <= IPP_STATUS_OK_CONFLICTING;
}

CupsPrinter::Result CupsPrinter::print(const Job &job)
{
    Result result;
    if (job.printer.isEmpty()) {
        result.error = tr("No printer was chosen.");
        return result;
    }
    if (job.pdf.isEmpty()) {
        result.error = tr("There was nothing to print.");
        return result;
    }
    const QByteArray name = job.printer.toUtf8();
    cups_dest_t *dest = namedDestination(name);
    if (!dest) {
        result.error = tr("The printer %1 is not known to the print system (CUPS): %2")
                           .arg(job.printer, cupsError());
        return result;
    }
    cupsFreeDests(1, dest);

    cups_option_t *options = nullptr;
    int count = 0;
    const QByteArray copies = QByteArray::number(std::max(1, job.copies));
    count = cupsAddOption("copies", copies.constData(), count, &options);
    count = cupsAddOption("collate", job.collate ? "true" : "false", count, &options);
    // Every Privacydesk document is A4 (the PDF says so); a queue set to US Letter must print it
    // as A4, not scaled or cut to its own paper.
    count = cupsAddOption("media", "iso_a4_210x297mm", count, &options);
    const char *sides = job.sides == Job::Sides::LongEdge ? "two-sided-long-edge"
        : job.sides == Job::Sides::ShortEdge              ? "two-sided-short-edge"
                                                          : "one-sided";
    count = cupsAddOption("sides", sides, count, &options);

    const QByteArray title = job.title.toUtf8();
    const int id
        = cupsCreateJob(CUPS_HTTP_DEFAULT, name.constData(), title.constData(), count, options);
    cupsFreeOptions(count, options);
    if (id <= 0) {
        result.error = cupsLastError() == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS
            ? tr("The printer %1 does not accept print jobs now (it was set to refuse them). Ask "
                 "IT to accept jobs again, or choose another printer.")
                  .arg(job.printer)
            : tr("The printer %1 refused the print job: %2").arg(job.printer, cupsError());
        return result;
    }
    bool sent = cupsStartDocument(CUPS_HTTP_DEFAULT, name.constData(), id, title.constData(),
                                  CUPS_FORMAT_PDF, 1)
        == HTTP_STATUS_CONTINUE;
    constexpr qsizetype chunk = 64 * 1024;
    for (qsizetype at = 0; sent && at < job.pdf.size(); at += chunk) {
        const qsizetype size = std::min(chunk, job.pdf.size() - at);
        sent = cupsWriteRequestData(CUPS_HTTP_DEFAULT, job.pdf.constData() + at,
                                    static_cast<size_t>(size))
            == HTTP_STATUS_CONTINUE;
    }
    // Finished also after a failed write: it ends the request and says what went wrong.
    const ipp_status_t finished = cupsFinishDocument(CUPS_HTTP_DEFAULT, name.constData());
    if (!sent || finished > IPP_STATUS_OK_CONFLICTING) {
        const QString why = cupsError();
        cupsCancelJob2(CUPS_HTTP_DEFAULT, name.constData(), id, 0);
        result.error
            = tr("The print job for %1 failed and was cancelled: %2").arg(job.printer, why);
        return result;
    }
    result.job = id;
    result.paused = isPaused(job.printer, &result.pausedReason);
    return result;
}

} // namespace pd::ui
