#include "reading/ReaderProcess.h"

#include "util/Translations.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QList>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <new>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace pd {

namespace {

// The wire: what the desk sends and the reader answers, in this order (ReaderMain.cpp).
constexpr quint32 requestMagic = 0x50445251; // "PDRQ"
constexpr quint32 probeMagic = 0x50445250; // "PDRP": the cage's self-test
constexpr quint32 drawMagic = 0x50445244; // "PDRD": a PDF's page drawn for the viewer
constexpr quint32 answerMagic = 0x50445241; // "PDRA"
// The reader's exit code when an allocation failed at the memory limit.
constexpr int outOfMemoryExit = 3;
// ... and when it could not lock itself in: it then reads nothing.
constexpr int noCageExit = 4;

QMutex &limitsMutex()
{
    static QMutex mutex;
    return mutex;
}

ReaderLimits &currentLimits()
{
    static ReaderLimits limits;
    return limits;
}

struct Kept
{
    QString name;
    QByteArray hash;
    // The desk's language when it was read: the refusals are worded in it, and the officer can
    // switch languages while the desk runs.
    QLocale::Language language = QLocale::AnyLanguage;
    ReaderProcess::Result result;
};

// A failed reading is kept too: a file that hung the reader for ten seconds is not read again
// by the next check of the same intake.
QList<Kept> &kept()
{
    static QList<Kept> list;
    return list;
}
QMutex &keptMutex()
{
    static QMutex mutex;
    return mutex;
}
constexpr qsizetype keptReadings = 4;

QString shownName(const QString &name)
{
    const QString base = FileReading::fileNameOnly(name);
    return base.isEmpty() ? ReaderProcess::tr("The file") : base;
}

ReaderProcess::Result refused(ReaderProcess::Outcome outcome, const QString &name,
                              const ReaderLimits &limits)
{
    ReaderProcess::Result result;
    result.outcome = outcome;
    const QString file = shownName(name);
    switch (outcome) {
    case ReaderProcess::Outcome::TimedOut:
        //: Dutch: "%1 kon niet binnen %n seconde(n) worden gelezen en is niet bewaard: het
        //: bestand is beschadigd of zo gemaakt dat het lezen niet eindigt. Vraag de afzender om
        //: een ander bestand (bijvoorbeeld opnieuw opgeslagen als PDF)."
        result.refusal
            = ReaderProcess::tr("%1 could not be read within %n second(s) and was not kept: the "
                                "file is damaged or made so that reading it does not end. Ask the "
                                "sender for another file (for example saved again as PDF).",
                                nullptr, limits.seconds)
                  .arg(file);
        break;
    case ReaderProcess::Outcome::OutOfMemory:
        //: Dutch: "%1 vraagt om het te lezen meer dan %2 MB geheugen en is niet bewaard: het
        //: bestand is beschadigd of zo gemaakt dat het bij het lezen opzwelt. Vraag de afzender
        //: om een ander bestand."
        result.refusal
            = ReaderProcess::tr("%1 needs more than %2 MB of memory to be read and was not "
                                "kept: the file is damaged or made to swell when it is read. "
                                "Ask the sender for another file.")
                  .arg(file)
                  .arg(limits.memoryMb);
        break;
    case ReaderProcess::Outcome::Failed:
        // PDFium stops the process itself when an allocation fails: a crash, not our exit code.
        //: Dutch: "%1 kon niet worden gelezen en is niet bewaard: het lezen brak af, omdat het
        //: bestand beschadigd is of meer dan %2 MB geheugen vraagt. Vraag de afzender om een
        //: ander bestand."
        result.refusal = ReaderProcess::tr("%1 could not be read and was not kept: reading it "
                                           "broke off, because the file is damaged or needs "
                                           "more than %2 MB of memory. Ask the sender for "
                                           "another file.")
                             .arg(file)
                             .arg(limits.memoryMb);
        break;
    case ReaderProcess::Outcome::NotStarted:
        //: Dutch: "%1 is niet bewaard: het leesprogramma privacydesk-reader ontbreekt of kan
        //: niet starten. Installeer Privacydesk opnieuw."
        result.refusal = ReaderProcess::tr("%1 was not kept: the reading program "
                                           "privacydesk-reader is missing or cannot start. "
                                           "Install Privacydesk again.")
                             .arg(file);
        break;
    case ReaderProcess::Outcome::Read:
        break;
    }
    return result;
}

// The reader's one argument: the language of the desk that starts it.
QString languageOption()
{
    return QStringLiteral("--language");
}

// What the reader says of a file itself (an e-mail that is none, a damaged Outlook file) it
// says in the desk's language, as the desk words its own refusals: the intake, the viewer and
// the complaint dossier show it as it comes. The desk's language is the default QLocale, which
// installTranslations() sets; a desk that installed none speaks the source texts, and so does
// its reader.
QStringList readerArguments()
{
    const QLocale desk;
    if (desk.language() != QLocale::Dutch && desk.language() != QLocale::English)
        return {};
    return { languageOption(), languageCode(defaultLanguage(desk)) };
}

// In the reader: the desk's language, from its arguments.
void speakTheDesksLanguage()
{
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype at = arguments.indexOf(languageOption());
    if (at > 0 && at + 1 < arguments.size())
        installTranslations(languageFromCode(arguments.at(at + 1)));
}

// Qt 6.4 starts a process with vfork semantics (CLONE_VM): a child-process modifier would run
// in the desk's own memory while its other threads go on. So no code of ours runs between fork
// and exec; the desk sets the reader's limits from outside with prlimit() once it has started,
// before it sends the file: until then the reader holds nothing but waits on its stdin.
bool limitReader(pid_t pid, const ReaderLimits &limits)
{
    const rlim_t data = rlim_t(limits.memoryMb) * 1024 * 1024;
    const rlimit memory { data, data };
    // CPU time of all its threads: a second over the wall-clock limit, should the desk's own
    // kill not come (the desk itself killed).
    const rlimit cpu { rlim_t(limits.seconds) + 1, rlim_t(limits.seconds) + 2 };
    const rlimit none { 0, 0 };
    const rlimit files { 64, 64 };
    return prlimit(pid, RLIMIT_DATA, &memory, nullptr) == 0
        && prlimit(pid, RLIMIT_CPU, &cpu, nullptr) == 0
        // no core file with the text of a tenant's letter in it
        && prlimit(pid, RLIMIT_CORE, &none, nullptr) == 0
        // writes nothing to a file: it answers on its stdout
        && prlimit(pid, RLIMIT_FSIZE, &none, nullptr) == 0
        && prlimit(pid, RLIMIT_NOFILE, &files, nullptr) == 0;
}

// The reader as every file gets it: nothing of the desk's environment (no locale secrets, no
// LD_PRELOAD, no proxy), no stderr, the limits before it gets a byte of the file. False when it
// did not start or could not be limited (then it is stopped).
bool startCaged(QProcess *process, const ReaderLimits &limits, const QDeadlineTimer &deadline)
{
    process->setProgram(ReaderProcess::program());
    process->setArguments(readerArguments());
    process->setProcessEnvironment(QProcessEnvironment());
    process->setWorkingDirectory(QStringLiteral("/"));
    process->setStandardErrorFile(QProcess::nullDevice());
    process->start(QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (!process->waitForStarted(int(std::max<qint64>(deadline.remainingTime(), 1))))
        return false;
    if (limitReader(pid_t(process->processId()), limits))
        return true;
    process->kill();
    process->waitForFinished(-1);
    return false;
}

// One request to a reader started for it, and its whole answer; the outcome says why there is
// none (Read: there is one). answerLimit bounds what the desk takes in.
struct Exchange
{
    ReaderProcess::Outcome outcome = ReaderProcess::Outcome::NotStarted;
    QByteArray answer;
};

Exchange exchange(const QByteArray &request, const ReaderLimits &limits, qsizetype answerLimit)
{
    QProcess process;
    const QDeadlineTimer deadline(qint64(limits.seconds) * 1000);
    if (!startCaged(&process, limits, deadline))
        return { ReaderProcess::Outcome::NotStarted, {} };
    process.write(request);
    process.closeWriteChannel();
    QByteArray answer;
    while (process.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            process.kill();
            process.waitForFinished(-1);
            return { ReaderProcess::Outcome::TimedOut, {} };
        }
        process.waitForFinished(int(std::clamp<qint64>(deadline.remainingTime(), 1, 100)));
        answer += process.readAllStandardOutput();
        if (answer.size() > answerLimit) {
            process.kill();
            process.waitForFinished(-1);
            return { ReaderProcess::Outcome::Failed, {} };
        }
    }
    answer += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // At the CPU limit the kernel stops it with SIGXCPU: a hang like any other.
        const bool cpu = process.exitStatus() == QProcess::CrashExit && deadline.hasExpired();
        const bool memory
            = process.exitStatus() == QProcess::NormalExit && process.exitCode() == outOfMemoryExit;
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == noCageExit)
            return { ReaderProcess::Outcome::NotStarted, {} };
        return { cpu          ? ReaderProcess::Outcome::TimedOut
                     : memory ? ReaderProcess::Outcome::OutOfMemory
                              : ReaderProcess::Outcome::Failed,
                 {} };
    }
    return { ReaderProcess::Outcome::Read, answer };
}

ReaderProcess::Result run(const QString &name, QByteArrayView content, const ReaderLimits &limits)
{
    QByteArray request;
    {
        QDataStream out(&request, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << requestMagic << name << QByteArray::fromRawData(content.data(), content.size());
    }
    // An answer holds at most the file's text several times over (an e-mail's text and its
    // source, its attachments): more than this is a reader gone wrong.
    const Exchange done = exchange(request, limits, 8 * content.size() + 64LL * 1024 * 1024);
    if (done.outcome != ReaderProcess::Outcome::Read)
        return refused(done.outcome, name, limits);
    QDataStream in(done.answer);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    FileReading reading;
    in >> magic >> reading;
    if (magic != answerMagic || in.status() != QDataStream::Ok || !in.atEnd())
        return refused(ReaderProcess::Outcome::Failed, name, limits);
    ReaderProcess::Result result;
    result.outcome = ReaderProcess::Outcome::Read;
    result.reading = std::move(reading);
    return result;
}

[[noreturn]] void outOfMemory()
{
    _exit(outOfMemoryExit);
}

void silent(QtMsgType, const QMessageLogContext &, const QString &) { }

// Reads all of a file descriptor: the request is at most the file and its name.
bool readAll(int fd, QByteArray *into)
{
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got == 0)
            return true;
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        into->append(buffer, got);
    }
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t put = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (put < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += put;
    }
    return true;
}

} // namespace

int ReaderProcess::serve()
{
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // Dies with the desk. Should the desk be gone already, its stdin is closed and it reads
    // nothing.
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    qInstallMessageHandler(silent);
    std::set_new_handler(outOfMemory);
    // Before the filter: loading the translations opens files it may refuse.
    speakTheDesksLanguage();
    if (!reading::installSyscallFilter())
        return noCageExit;
    try {
        QByteArray request;
        if (!readAll(STDIN_FILENO, &request))
            return 2;
        QDataStream in(request);
        in.setVersion(QDataStream::Qt_6_4);
        quint32 magic = 0;
        in >> magic;
        if (magic == probeMagic) {
            const reading::FilterProbe probe = reading::probeSyscallFilter();
            QByteArray answer;
            QDataStream out(&answer, QIODevice::WriteOnly);
            out << answerMagic << probe.socketRefused << probe.execRefused << probe.writeOpenRefused
                << probe.unlinkRefused << probe.signalRefused;
            return writeAll(STDOUT_FILENO, answer) ? 0 : 2;
        }
        if (magic == drawMagic) {
            qint32 page = 0;
            qint32 width = 0;
            QByteArray content;
            in >> page >> width >> content;
            if (in.status() != QDataStream::Ok)
                return 2;
            request = {};
            const PdfPage drawn = PdfPage::draw(content, page, width);
            QByteArray answer;
            {
                QDataStream out(&answer, QIODevice::WriteOnly);
                out.setVersion(QDataStream::Qt_6_4);
                out << answerMagic << drawn;
            }
            return writeAll(STDOUT_FILENO, answer) ? 0 : 2;
        }
        QString name;
        QByteArray content;
        in >> name >> content;
        if (magic != requestMagic || in.status() != QDataStream::Ok)
            return 2;
        request = {};
        const FileReading reading = FileReading::readHere(name, content);
        QByteArray answer;
        {
            QDataStream out(&answer, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            out << answerMagic << reading;
        }
        return writeAll(STDOUT_FILENO, answer) ? 0 : 2;
    } catch (const std::bad_alloc &) {
        outOfMemory();
    }
}

ReaderProcess::Result ReaderProcess::read(const QString &name, QByteArrayView content)
{
    const QByteArray hash = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    const QLocale::Language language = QLocale().language();
    {
        const QMutexLocker lock(&keptMutex());
        for (const Kept &one : kept()) {
            if (one.hash == hash && one.name == name && one.language == language)
                return one.result;
        }
    }
    Result result = readUncached(name, content, limits());
    // Not kept when the program is missing: that is fixed by installing, not by the file.
    if (result.outcome != Outcome::NotStarted) {
        const QMutexLocker lock(&keptMutex());
        kept().prepend({ name, hash, language, result });
        if (kept().size() > keptReadings)
            kept().removeLast();
    }
    return result;
}

ReaderProcess::Result ReaderProcess::readUncached(const QString &name, QByteArrayView content,
                                                  const ReaderLimits &limits)
{
    return run(name, content, limits);
}

ReaderProcess::Drawn ReaderProcess::drawPage(QByteArrayView pdf, int page, int width)
{
    QByteArray request;
    {
        QDataStream out(&request, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << drawMagic << qint32(page) << qint32(width)
            << QByteArray::fromRawData(pdf.data(), pdf.size());
    }
    // A page of at most PdfPage::maxWidth by twice that, as PNG: never more than its pixels.
    constexpr qsizetype answerLimit = 2LL * PdfPage::maxWidth * PdfPage::maxWidth * 4 + 4096;
    const Exchange done = exchange(request, limits(), answerLimit);
    Drawn drawn;
    drawn.outcome = done.outcome;
    if (done.outcome != Outcome::Read)
        return drawn;
    QDataStream in(done.answer);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    in >> magic >> drawn.page;
    if (magic != answerMagic || in.status() != QDataStream::Ok || !in.atEnd())
        drawn = { Outcome::Failed, {} };
    return drawn;
}

std::optional<ReaderProcess::CageProbe> ReaderProcess::probeCage()
{
    QByteArray request;
    {
        QDataStream out(&request, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << probeMagic;
    }
    const ReaderLimits limits = ReaderProcess::limits();
    QProcess process;
    if (!startCaged(&process, limits, QDeadlineTimer(qint64(limits.seconds) * 1000)))
        return std::nullopt;
    process.write(request);
    process.closeWriteChannel();
    if (!process.waitForFinished(limits.seconds * 1000) || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    QDataStream in(process.readAllStandardOutput());
    quint32 magic = 0;
    CageProbe probe;
    in >> magic >> probe.socketRefused >> probe.execRefused >> probe.writeOpenRefused
        >> probe.unlinkRefused >> probe.signalRefused;
    if (magic != answerMagic || in.status() != QDataStream::Ok)
        return std::nullopt;
    return probe;
}

ReaderLimits ReaderProcess::limits()
{
    const QMutexLocker lock(&limitsMutex());
    return currentLimits();
}

void ReaderProcess::setLimits(const ReaderLimits &limits)
{
    bool more = false;
    {
        const QMutexLocker lock(&limitsMutex());
        more = limits.seconds > currentLimits().seconds
            || limits.memoryMb > currentLimits().memoryMb;
        currentLimits() = limits;
    }
    // A file refused under the old limits may be read whole under larger ones; what was read
    // under larger limits stays read.
    if (more) {
        const QMutexLocker lock(&keptMutex());
        kept().clear();
    }
}

QString ReaderProcess::program()
{
    const QString name = QStringLiteral("privacydesk-reader");
    if (QCoreApplication::instance()) {
        const QString beside = QCoreApplication::applicationDirPath() + u'/' + name;
        if (QFileInfo(beside).isExecutable())
            return beside;
    }
    return QStringLiteral(PRIVACYDESK_READER_BUILD_PATH);
}

} // namespace pd
