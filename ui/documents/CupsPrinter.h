#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pd::ui {

// The one place that talks to CUPS (libcups): a PDF made in memory goes to a print queue as one
// job, and the answer is CUPS's own: the job number when the queue accepted it, or why not. So a
// letter is recorded as printed only when it really went to the printer, with its job number.
// The document is sent as application/pdf with media=A4 (a queue whose default is US
// Letter must not scale or cut it); nothing is written to a temporary file on this computer.
// The server is the one libcups chooses (CUPS_SERVER, ~/.cups/client.conf, the local cupsd).
class CupsPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::CupsPrinter)
public:
    struct Job
    {
        QString printer; // the queue name, as the print dialog gives it
        QString title; // the job name in the queue
        QByteArray pdf;
        int copies = 1;
        bool collate = true;
        enum class Sides { OneSided, LongEdge, ShortEdge } sides = Sides::OneSided;
    };

    struct Result
    {
        int job = 0; // CUPS's job id; 0: not accepted
        QString error; // translated, when not accepted
        bool paused = false; // accepted, but the queue is paused (printer-state stopped)
        QString pausedReason; // the queue's own message for it, if any

        bool accepted() const { return job > 0; }
    };

    // Sends the job and waits for CUPS's answer (a local round trip). Refused without asking
    // CUPS: no printer name, an empty document.
    static Result print(const Job &job);

    // Cancels an accepted job (printed but not recorded after all). False when CUPS refused.
    static bool cancel(const QString &printer, int job);

    // Whether the queue exists and is paused (printer-state stopped), with its message.
    static bool isPaused(const QString &printer, QString *reason = nullptr);
};

} // namespace pd::ui
