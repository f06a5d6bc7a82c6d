#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pd::ui {

// The one place that talks to CUPS: a letter is recorded as printed only when CUPS accepted the
// job. Sent as application/pdf with media=A4 (a US Letter queue must not scale or cut it);
// nothing is written to a temporary file on this computer.
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

    // Waits for CUPS's answer (a local round trip).
    static Result print(const Job &job);

    // For a job accepted but not recorded after all.
    static bool cancel(const QString &printer, int job);

    static bool isPaused(const QString &printer, QString *reason = nullptr);
};

} // namespace pd::ui
