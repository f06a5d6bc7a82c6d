// Other projects' public test corpora (../shared/corpora: a mail parser's and a MIME library's
// test messages, three Outlook readers' test files, a PDF renderer's test PDFs) through the
// checks of a file at intake, as the desk runs them: read by privacydesk-reader within its
// limits, then the BSN guard and the identity-document hints over what was read.
//
// Counts crashes of the reader, hangs (the time limit reached), its peak memory, wrong
// acceptances (a file a person would see a BSN in, taken) and false refusals (refused as
// holding a BSN that nobody reading it would see). Goal: 0, 0, at most 512 MB, 0, 0. Other
// refusals (a damaged file, a .msg that cannot be read) are allowed: a clear Dutch refusal.
//
// tests/data/corpora_expected.tsv names the files in which a person sees a number that passes
// the BSN 11-proef. tests/data/corpora_known_false_refusals.tsv names the false refusals not
// yet fixed, with the guard rule each needs: a false refusal not in it fails the test, and so
// does one in it that no longer occurs (the list only shrinks). Without the corpora folder the test
// says which folder it needs and ends with ctest's "skipped" code: it is then not counted as
// passed.

#include "cases/Attachments.h"
#include "domain/BsnGuard.h"
#include "reading/ReaderProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// The files of a corpus that are test input, not its licence or a parser's expected output.
bool isSample(const QString &relative)
{
    const QString name = relative.section(u'/', -1).toLower();
    return !name.startsWith(u"licen"_s) && !name.startsWith(u"copying"_s)
        && !name.startsWith(u"readme"_s) && !name.endsWith(u".json"_s) && !name.endsWith(u".md"_s)
        && !name.startsWith(u'.') && !relative.contains(u"/LICENSES/"_s);
}

// Where the guard saw a number in what was read, 30 characters either side, the number masked:
// so that a false refusal can be judged from the test's output alone.
QStringList placesOfNumbers(const pd::FileReading &reading)
{
    QStringList texts;
    if (reading.scan) {
        for (const pd::MailReadable &item : reading.scan->items)
            texts << item.text;
    }
    for (const pd::ReadPdf &pdf : reading.pdfs) {
        texts << pdf.text.pages;
        for (const pd::PdfPart &part : pdf.text.parts)
            texts << part.text;
    }
    QStringList places;
    for (const QString &text : std::as_const(texts)) {
        for (const pd::BsnFinding &finding : pd::findBsnNumbers(text)) {
            const qsizetype from = std::max<qsizetype>(0, finding.position - 30);
            QString context = text.mid(from, finding.position - from) + u'[' + finding.masked + u']'
                + text.mid(finding.position + finding.length, 30);
            context.replace(u'\n', u' ').replace(u'\r', u' ');
            places << context;
        }
    }
    return places;
}

long peakChildKb()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestCorpora : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFileIsReadOrRefusedInTime();

private:
    QString m_root;
    QMap<QString, QString> m_expectedBsn; // relative path → why
    QMap<QString, QString> m_knownFalseRefusals; // relative path → the rule it still needs
};

void TestCorpora::initTestCase()
{
    m_root = QStringLiteral(PRIVACYDESK_CORPORA_DIR);
    if (!QFileInfo(m_root).isDir()) {
        std::fprintf(stderr,
                     "tst_corpora needs the public test corpora in %s "
                     "(eml/, msg/, pdf/; see its SOURCE.md): not run, not passed.\n",
                     qPrintable(m_root));
        std::exit(77);
    }
    const auto readTable
        = [](const QString &name, const QString &what, QMap<QString, QString> *into) {
              QFile table(QStringLiteral(PRIVACYDESK_TEST_DATA_DIR "/") + name);
              if (!table.open(QIODevice::ReadOnly))
                  return false;
              while (!table.atEnd()) {
                  const QString line = QString::fromUtf8(table.readLine()).trimmed();
                  if (line.isEmpty() || line.startsWith(u'#'))
                      continue;
                  const QStringList columns = line.split(u'\t');
                  if (columns.size() != 3 || columns.at(1) != what)
                      return false;
                  into->insert(columns.at(0), columns.at(2));
              }
              return true;
          };
    QVERIFY(readTable(u"corpora_expected.tsv"_s, u"bsn"_s, &m_expectedBsn));
    QVERIFY(readTable(u"corpora_known_false_refusals.tsv"_s, u"refused"_s, &m_knownFalseRefusals));
}

void TestCorpora::everyFileIsReadOrRefusedInTime()
{
    int files = 0;
    QStringList crashes, hangs, memory, wrongAcceptances, falseRefusals, otherRefusals;
    QStringList knownFalseRefusals;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const QString relative = path.mid(m_root.size() + 1);
        if (!isSample(relative))
            continue;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        pd::NewAttachment attachment;
        attachment.name = relative.section(u'/', -1);
        attachment.content = file.readAll();
        if (attachment.content.isEmpty())
            continue;
        ++files;
        const pd::ReaderProcess::Result read
            = pd::ReaderProcess::read(attachment.name, attachment.content);
        switch (read.outcome) {
        case pd::ReaderProcess::Outcome::TimedOut:
            hangs << relative;
            continue;
        case pd::ReaderProcess::Outcome::Failed:
            crashes << relative;
            continue;
        case pd::ReaderProcess::Outcome::OutOfMemory:
            memory << relative;
            continue;
        case pd::ReaderProcess::Outcome::NotStarted:
            QFAIL(qPrintable(read.refusal));
        case pd::ReaderProcess::Outcome::Read:
            break;
        }
        // As at intake: the content (BSN) and the names and texts (identity document).
        const pd::ServiceError refusal = pd::AttachmentService::mailContentRefusal(attachment);
        const bool refusedForBsn = refusal.code == pd::ServiceError::Code::BsnRefused;
        const bool expected = m_expectedBsn.contains(relative);
        if (refusedForBsn && !expected) {
            const QString line = relative + u": "_s + placesOfNumbers(*read.reading).join(u" | "_s);
            if (m_knownFalseRefusals.contains(relative))
                knownFalseRefusals << line;
            else
                falseRefusals << line;
        } else if (!refusedForBsn && expected)
            wrongAcceptances << relative + u": "_s + m_expectedBsn.value(relative);
        else if (refusal.isError() && !refusedForBsn)
            otherRefusals << relative + u": "_s + refusal.message;
    }
    const long peakMb = peakChildKb() / 1024;
    const auto report = [](const char *what, const QStringList &list) {
        std::printf("%s: %lld\n", what, qlonglong(list.size()));
        for (const QString &one : list)
            std::printf("  %s\n", qPrintable(one));
    };
    std::printf("files read: %d\n", files);
    report("crashes", crashes);
    report("hangs", hangs);
    report("stopped at the memory limit", memory);
    std::printf("peak memory of the reader: %ld MB\n", peakMb);
    report("wrong acceptances", wrongAcceptances);
    report("false refusals", falseRefusals);
    report("false refusals known, their rule not yet in the guard", knownFalseRefusals);
    report("other refusals (allowed)", otherRefusals);
    std::fflush(stdout);
    QVERIFY(files > 400);
    QCOMPARE(crashes.size(), 0);
    QCOMPARE(hangs.size(), 0);
    QCOMPARE(memory.size(), 0);
    QVERIFY(peakMb <= pd::ReaderLimits {}.memoryMb);
    QCOMPARE(wrongAcceptances.size(), 0);
    QCOMPARE(falseRefusals.size(), 0);
    // Fixed ones leave the list: it names exactly the false refusals that remain.
    QCOMPARE(knownFalseRefusals.size(), m_knownFalseRefusals.size());
    QVERIFY(m_expectedBsn.size() <= files);
}

QTEST_GUILESS_MAIN(TestCorpora)
#include "tst_corpora.moc"
