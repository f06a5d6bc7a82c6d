// privacydesk-cli reads a PDF's text layer where it runs the BSN guard and the identity-document
// hint on a file: `case add --original` and `case attach` refuse a PDF with a BSN in
// its text, ask for --not-an-id-document when its text looks like an identity document, and say
// on stderr when a scan has no text layer. The tool runs without a display (no QGuiApplication:
// QtPdf reads under a QCoreApplication), in Dutch, its default.

#include "CliRunner.h"
#include "PdfSamples.h"
#include "TestSupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::CliRunner;
namespace samples = pd::test::samples;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliAttachmentPdf final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanOriginalIsKeptWithTheNotice();
    void bsnInTheTextIsRefused();
    void identityDocumentNeedsTheConfirmation();

private:
    QString pdfFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_number;
};

void TestCliAttachmentPdf::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_PATH), m_tmp.path());
    // No display of any kind: the tool must read PDFs without one, as on a server or in CI.
    for (const QString &name : { u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s })
        m_cli->unsetEnvironment(name);
    QString error;
    QVERIFY2(m_cli->initStore(m_tmp.filePath(u"kluis"_s), u"j.devries"_s, &error),
             qPrintable(error));
}

QString TestCliAttachmentPdf::pdfFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_tmp.filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

void TestCliAttachmentPdf::scanOriginalIsKeptWithTheNotice()
{
    const QString scan = pdfFile(u"gescand-verzoek.pdf"_s, samples::scanPdf());
    const auto added
        = m_cli->onStore({ u"case"_s, u"add"_s, u"--original"_s, scan, u"--type"_s, u"inzage"_s,
                           u"--person"_s, u"H. Oudeboom"_s, u"--channel"_s, u"brief"_s,
                           u"--received"_s, u"2026-11-16"_s, u"--mandate"_s, u"geen"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    m_number = added.out.trimmed();
    QVERIFY(m_number.startsWith(u"AVG-"_s));
    QVERIFY2(added.err.contains(u"gescand-verzoek.pdf is een scan zonder tekstlaag: controleer "
                                "zelf op BSN en identiteitsbewijs."_s),
             qPrintable(added.err));
    // The same for a scan attached later; a PDF with text says nothing.
    const auto attached = m_cli->onStore(
        { u"case"_s, u"attach"_s, m_number, scan, u"--kind"_s, u"correspondentie"_s });
    QVERIFY2(attached.exitCode == 0, qPrintable(attached.err));
    QVERIFY2(attached.err.contains(u"scan zonder tekstlaag"_s), qPrintable(attached.err));
    const QString letter = pdfFile(u"brief.pdf"_s, samples::textPdf({ { u"Geachte heer,"_s } }));
    const auto plain = m_cli->onStore({ u"case"_s, u"attach"_s, m_number, letter });
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QCOMPARE(plain.err.trimmed(), QString());
}

void TestCliAttachmentPdf::bsnInTheTextIsRefused()
{
    QVERIFY(!m_number.isEmpty());
    const QString bsn = pd::test::elfProefNumber();
    const QString masked = pd::test::maskedNumber(bsn);
    const QString withBsn = pdfFile(
        u"brief-bsn.pdf"_s, samples::textPdf({ { u"Mijn burgerservicenummer: "_s + bsn } }));
    const auto refused = m_cli->onStore({ u"case"_s, u"attach"_s, m_number, withBsn });
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(u"op pagina 1 ("_s + masked + u')'), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(bsn));
    // Nor as the original of a new request.
    const auto add
        = m_cli->onStore({ u"case"_s, u"add"_s, u"--original"_s, withBsn, u"--type"_s, u"inzage"_s,
                           u"--person"_s, u"H. Oudeboom"_s, u"--channel"_s, u"brief"_s,
                           u"--received"_s, u"2026-11-16"_s, u"--mandate"_s, u"geen"_s });
    QVERIFY(add.exitCode != 0);
    QVERIFY2(add.err.contains(masked), qPrintable(add.err));
}

void TestCliAttachmentPdf::identityDocumentNeedsTheConfirmation()
{
    QVERIFY(!m_number.isEmpty());
    const QString passport = pdfFile(
        u"bijlage.pdf"_s,
        samples::textPdf({ { u"PASPOORT"_s, u"P<NLDJANSEN<<PIETER<<<<<<<<<<<<<<<<<<<<<<<<"_s } }));
    const auto refused = m_cli->onStore({ u"case"_s, u"attach"_s, m_number, passport });
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(u"PASPOORT"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"op pagina 1"_s), qPrintable(refused.err));
    const auto confirmed
        = m_cli->onStore({ u"case"_s, u"attach"_s, m_number, passport, u"--not-an-id-document"_s });
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
}

int main(int argc, char **argv)
{
    // The test draws its PDFs with QPdfWriter (offscreen); the tool it runs has no display.
    QGuiApplication app(argc, argv);
    TestCliAttachmentPdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_attachmentpdf.moc"
