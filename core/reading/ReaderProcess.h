#pragma once

#include "pdf/PdfPage.h"
#include "reading/FileReading.h"
#include "reading/ReaderCage.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pd {

// How long and how much memory the reader process may take for one file. A hostile file (a
// page tree that loops, a deflate bomb, a stream that claims 2 GB) meets one of these and is
// refused; a real file of 25 MB takes well under a second and a few tens of MB.
struct ReaderLimits
{
    int seconds = 10; // wall-clock, from start to answer
    int memoryMb = 512; // the process's data (heap and private mappings)

    static constexpr int minimumSeconds = 2;
    static constexpr int maximumSeconds = 300;
    static constexpr int minimumMemoryMb = 128;
    static constexpr int maximumMemoryMb = 8192;
};

// Reads an untrusted file in a cage: the program privacydesk-reader, started for each file
// with the limits above, no core dump, no file it may write, no environment, and killed when it
// takes too long. It returns what FileReading::readHere() read; the desk never parses the
// file itself. What the reader cannot read whole within its limits is refused with a Dutch
// reason, never passed unread. The last few readings are kept in memory (keyed by name and a
// SHA-256 of the bytes), so that the checks at intake and at the insert read a file once.
class ReaderProcess final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ReaderProcess)
public:
    enum class Outcome {
        Read,
        TimedOut, // killed at the time limit
        OutOfMemory, // stopped at the memory limit
        Failed, // the reader crashed or gave no answer that could be read
        NotStarted, // the program is missing or cannot be run
    };
    struct Result
    {
        Outcome outcome = Outcome::NotStarted;
        std::optional<FileReading> reading; // outcome == Read
        QString refusal; // otherwise: why the file cannot be taken (translated)
    };

    // name is the file's own name (it decides .msg and .eml with the bytes).
    static Result read(const QString &name, QByteArrayView content);
    // A PDF's page drawn by the reader (PdfPage::draw), for the desk's viewer: the desk never
    // parses a PDF itself. Under the same limits; page.status says what the reader found, the
    // outcome whether it answered at all.
    struct Drawn
    {
        Outcome outcome = Outcome::NotStarted;
        PdfPage page; // outcome == Read
    };
    static Drawn drawPage(QByteArrayView pdf, int page, int width);
    // The same without the kept readings, with these limits: for tests and the corpus runs.
    static Result readUncached(const QString &name, QByteArrayView content,
                               const ReaderLimits &limits);

    static ReaderLimits limits();
    // From the organisation's settings; applies to the next file read in this process.
    static void setLimits(const ReaderLimits &limits);
    // The reader program: beside this program, else the one of this build tree.
    static QString program();

    // The reader's side (privacydesk-reader's main): reads one request from standard input,
    // answers on standard output, returns the exit code. Locks itself in further first: no core
    // dump, no messages (they could quote the file).
    static int serve();

    // The reader's own test of its cage: which calls its system-call filter refuses, asked of
    // a reader started as for a file (ReaderCage.h). nullopt when no answer came.
    using CageProbe = reading::FilterProbe;
    static std::optional<CageProbe> probeCage();
};

} // namespace pd
