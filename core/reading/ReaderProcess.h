#pragma once

#include "pdf/PdfPage.h"
#include "reading/FileReading.h"
#include "reading/ReaderCage.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pd {

// A hostile file meets one of these and is refused.
struct ReaderLimits
{
    int seconds = 10; // wall-clock, from start to answer
    int memoryMb = 512; // the process's data (heap and private mappings)

    static constexpr int minimumSeconds = 2;
    static constexpr int maximumSeconds = 300;
    static constexpr int minimumMemoryMb = 128;
    static constexpr int maximumMemoryMb = 8192;
};

// The desk never parses an untrusted file itself: privacydesk-reader reads it, caged and limited.
// What it cannot read whole is refused, never passed unread.
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

    static Result read(const QString &name, QByteArrayView content);
    struct Drawn
    {
        Outcome outcome = Outcome::NotStarted;
        PdfPage page; // outcome == Read
    };
    static Drawn drawPage(QByteArrayView pdf, int page, int width);
    static Result readUncached(const QString &name, QByteArrayView content,
                               const ReaderLimits &limits);

    static ReaderLimits limits();
    static void setLimits(const ReaderLimits &limits);
    static QString program();

    // No messages: they could quote the file. What it says of a file it says in the language
    // the desk started it with (--language nl|en), as loaded before the cage closes.
    static int serve();

    using CageProbe = reading::FilterProbe;
    static std::optional<CageProbe> probeCage();
};

} // namespace pd
