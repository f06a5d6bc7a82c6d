// A breach's art. 34 letters to everyone at once (BreachLetterRun): for 100 and 1,200 linked
// people (each with an address), the whole run (each letter rendered, recorded and painted into
// one PDF for the post) timed, with the peak resident memory of the run itself: the kernel's
// high-water mark is reset before each run (/proc/self/clear_refs), so that each peak is its
// own. The goal: 1,200 letters in at most 60 s, and a peak that does not grow with the count.
// Measures only, never asserts on time. A SQLCipher store folder, or with --server a store on a
// private PostgreSQL cluster. With --email every person has an e-mail address: the run makes the
// letters for e-mail (no PDF pages), then BreachLetterMail sends each through a private Postfix
// into a private Dovecot, with its copy in Sent, timed as a run of its own.
//
//   bench_breach_letters [--quick] [--people N,M,...] [--server] [--email] [--keep DIR] [--trace]

#include "BenchSupport.h"
#include "BreachDocumentFixture.h"
#include "BreachPeople.h"
#include "MailServers.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "letters/BreachLetterRun.h"
#include "mailbox/MailboxService.h"
#include "sending/BreachLetterMail.h"
#include "session/Session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pd::bench;
using namespace pd;

namespace {

// kB of a line of /proc/self/status ("VmHWM:", "VmRSS:"); -1 when unreadable.
long long statusKb(const QByteArray &key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The peak so far becomes the memory in use now (Linux 4.0 and later).
bool resetPeak()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

// A breach like the fixture's, with count people of its own linked.
QString breachWith(Store &store, FixedClock &clock, const Breach &like, int count, int first,
                   const QString &email)
{
    Breach b = like;
    b.title = u"Bewonerslijst %1 naar verkeerde ontvanger"_s.arg(count);
    b.linkedPersons.clear();
    ServiceError error;
    BreachService breaches(Session { store, clock });
    const auto added = breaches.add(b, BsnCheck::Refuse, &error);
    if (!added)
        die(error.message);
    QList<test::ImportedPerson> people;
    for (int i = 0; i < count; ++i) {
        const int n = first + i;
        people << test::ImportedPerson {
            u"B%1"_s.arg(n, 6, 10, QChar(u'0')),
            u"Bewoner %1 van Dijk"_s.arg(n),
            u"Meeuwlaan %1"_s.arg(n % 400 + 1),
            u"%1%2"_s.arg(1000 + (n * 7919) % 9000).arg(n % 2 ? u"AB"_s : u"CD"_s),
            u"Utrecht"_s,
            email
        };
    }
    QString failure;
    if (!test::importAndLink(Session { store, clock }, added->number, people, &failure))
        die(failure);
    return added->number;
}

// Bytes of the store's files (the database and its WAL); a server's are not counted (0).
qint64 storeBytes(const Store &store)
{
    qint64 bytes = 0;
    if (store.isServer())
        return bytes;
    for (const QFileInfo &file : QDir(store.directory()).entryInfoList(QDir::Files))
        bytes += file.size();
    return bytes;
}

// One run of the letters of number, timed, with its own peak; one row of the table.
struct EmailRun
{
    int sent = 0;
    double ms = 0;
};

// The e-mail run after the letters were made for e-mail: every letter sent and recorded.
EmailRun sendAll(Store &store, FixedClock &clock, const QString &number, int count)
{
    ServiceError error;
    QElapsedTimer timer;
    timer.start();
    const auto mailed
        = BreachLetterMail::run(Session { store, clock }, number, {}, nullptr, &error);
    const double ms = msSince(timer);
    if (!mailed)
        die(error.message);
    if (mailed->sent != count)
        die(u"%1 of %2 e-mails sent: %3"_s.arg(mailed->sent)
                .arg(count)
                .arg(mailed->notSent.isEmpty() ? QString() : mailed->notSent.constFirst().reason));
    return { mailed->sent, ms };
}

void measureRun(Store &store, FixedClock &clock, const QString &number, int count, bool resume,
                const QString &pdf, bool trace, bool email)
{
    QFile::remove(pdf);
    BreachLetterRunOptions options;
    options.number = number;
    options.pdf = OutputTarget(pdf, false, store.directory());
    options.resume = resume;
    options.email = email;
    const qint64 storeBefore = storeBytes(store);
    const long long before = statusKb("VmRSS:");
    if (!resetPeak())
        die(u"could not reset the peak (/proc/self/clear_refs)"_s);
    // --trace: the resident memory every 100 people, to tell a plateau from a growth.
    int traced = 0;
    const auto progress = [trace, &traced](int done, int) {
        if (trace && done % 100 == 0 && done != traced) {
            traced = done;
            std::fprintf(stderr, "%d people: RSS %.1f MB\n", done, statusKb("VmRSS:") / 1024.0);
        }
    };
    ServiceError error;
    QElapsedTimer timer;
    timer.start();
    const auto result
        = BreachLetterRun::run(Session { store, clock }, options, progress, nullptr, &error);
    const double ms = msSince(timer);
    const long long peak = statusKb("VmHWM:");
    if (!result)
        die(error.message);
    const EmailRun mailed = email && !resume ? sendAll(store, clock, number, count) : EmailRun {};
    const long long mailPeak = statusKb("VmHWM:");
    if (result->made != (resume ? 0 : count) || result->inPdf != (email ? 0 : count)
        || (!email && !result->pdfWritten))
        die(u"%1 letters made of %2 (%3 made before, %4 without an address, %5 refused: %6)"_s
                .arg(result->made)
                .arg(count)
                .arg(result->alreadyMade)
                .arg(result->withoutAddress.size())
                .arg(result->refused.size())
                .arg(result->refused.isEmpty() ? QString() : result->refused.constFirst().reason));
    std::printf("| %6d | %s | %5d | %5d | %5d | %8.0f | %6.1f | %8.1f | %8.1f | %6.1f | %6.1f | "
                "%6.1f | %5d | %8.0f | %8.1f |\n",
                count, resume ? "again (--resume)" : "first", result->made, result->inPdf,
                result->pages, ms, ms / std::max(1, count), peak / 1024.0, before / 1024.0,
                (peak - before) / 1024.0, (storeBytes(store) - storeBefore) / 1048576.0,
                QFileInfo(pdf).size() / 1048576.0, mailed.sent, mailed.ms, mailPeak / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    programName() = "bench_breach_letters";
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts, for the PDF
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(u"--quick"_s);
    const auto option = [&args](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    QList<int> counts = quick ? QList<int> { 10, 30 } : QList<int> { 100, 1200 };
    if (const QString given = option(u"--people"_s); !given.isEmpty()) {
        counts.clear();
        for (const QString &n : given.split(u','))
            counts << n.toInt();
    }
    const QString keep = option(u"--keep"_s);
    const bool trace = args.contains(u"--trace"_s);
    const bool email = args.contains(u"--email"_s);
    if (args.contains(u"--server"_s))
        qputenv("PRIVACYDESK_TEST_BACKEND", "server");
    if (!initSodium())
        die(u"no libsodium"_s);

    QTemporaryDir tmp;
    if (!tmp.isValid())
        die(u"no temporary folder"_s);
    auto store = test::createServiceStore(tmp.filePath(u"store"_s));
    if (!store)
        die(u"could not create a store"_s);
    test::BreachDocumentFixture fixture(*store);
    const QString model = fixture.breach();
    if (model.isEmpty())
        die(fixture.error());
    FixedClock &clock = fixture.clock();
    ServiceError error;
    const auto like = BreachService(Session { *store, clock }).get(model, &error);
    if (!like)
        die(error.message);
    test::MailServers servers;
    QString why;
    if (email
        && (!servers.start(tmp.filePath(u"servers"_s), &why)
            || !MailboxService(Session { *store, clock }).setAccount(servers.account(), &error)))
        die(why + error.message);
    const QString address
        = email ? QString::fromLatin1(test::SmtpServer::tenantRecipient) : QString();
    QList<QString> numbers;
    int first = 1;
    for (int count : counts) {
        numbers << breachWith(*store, clock, *like, count, first, address);
        first += count;
    }

    std::printf("| people | run | letters made | letters in the PDF | pages | run ms | ms per "
                "letter | peak RSS of the run MB | RSS before MB | peak - before MB | store grew "
                "MB | PDF MB | e-mails sent | e-mail run ms | peak RSS with e-mail MB |\n"
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const QString folder = keep.isEmpty() ? tmp.path() : keep;
        measureRun(*store, clock, numbers.at(i), counts.at(i), false,
                   QDir(folder).filePath(u"brieven-%1.pdf"_s.arg(counts.at(i))), trace, email);
        // Again with resume: nothing made, every letter painted from its stored text: the run
        // without the store's writes (whose pages its cache keeps).
        measureRun(*store, clock, numbers.at(i), counts.at(i), true,
                   QDir(folder).filePath(u"brieven-%1-opnieuw.pdf"_s.arg(counts.at(i))), trace,
                   email);
    }
    return 0;
}
