// End to end: `dpia document add/export/remove`, `dpia export --pdf` and `recipient agreement
// add/export/remove`, the real executable against a real store made with `init --kdf test`: the
// shape of `covenant document export`, a replacement and a removal only with --yes.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = pd::test::CliRunner::Result;

const QByteArray report = QByteArrayLiteral("%PDF-1.4\n% DPIA cameratoezicht\n%%EOF\n");

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliKeptDocuments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dpiaDocument();
    void dpiaAsPdf();
    void processorAgreement();

private:
    Result onStore(const QStringList &arguments) const { return m_cli.onStore(arguments); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_tmp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("could not write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_tmp;
    pd::test::CliRunner m_cli { QStringLiteral(CLI_PATH), m_tmp.path(), u"en"_s };
};

void TestCliKeptDocuments::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_cli.initStore(m_tmp.filePath(u"kluis"_s), u"a.bakker"_s, &error), qPrintable(error));
    const Result added = onStore(
        { u"register"_s, u"add"_s, u"--purpose-code"_s, u"C"_s, u"--purpose"_s, u"Veiligheid"_s,
          u"--sub-purpose"_s, u"Camera's"_s, u"--name"_s, u"Cameratoezicht"_s, u"--basis"_s, u"f"_s,
          u"--subject"_s, u"huurders"_s, u"--data"_s, u"camerabeelden"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Result dpia
        = onStore({ u"dpia"_s, u"add"_s, u"--activity"_s, u"C.1"_s, u"--needed"_s, u"--ap-list"_s,
                    u"cameratoezicht"_s, u"--reason"_s, u"Camera's in portieken"_s });
    QVERIFY2(dpia.exitCode == 0, qPrintable(dpia.err));
}

void TestCliKeptDocuments::dpiaDocument()
{
    const QString path = write(u"dpia-camera.pdf"_s, report);
    const Result added
        = onStore({ u"dpia"_s, u"document"_s, u"add"_s, u"C.1"_s, u"--document"_s, path });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(sha256(report)), qPrintable(added.out));
    // A second one replaces the first only with --yes.
    const QString other = write(u"herzien.pdf"_s, "%PDF-1.4\n% herzien\n%%EOF\n");
    QCOMPARE(
        onStore({ u"dpia"_s, u"document"_s, u"add"_s, u"c.1"_s, u"--document"_s, other }).exitCode,
        1);
    const QString copy = m_tmp.filePath(u"kopie.pdf"_s);
    QCOMPARE(
        onStore({ u"dpia"_s, u"document"_s, u"export"_s, u"C.1"_s, u"--save"_s, copy }).exitCode,
        0);
    QCOMPARE(readAll(copy), report);
    const Result replaced = onStore(
        { u"dpia"_s, u"document"_s, u"add"_s, u"C.1"_s, u"--document"_s, other, u"--yes"_s });
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QVERIFY(replaced.out.startsWith(u"herzien.pdf"_s));
    // Removal asks for --yes too.
    QCOMPARE(onStore({ u"dpia"_s, u"document"_s, u"remove"_s, u"C.1"_s }).exitCode, 2);
    QCOMPARE(onStore({ u"dpia"_s, u"document"_s, u"remove"_s, u"C.1"_s, u"--yes"_s }).exitCode, 0);
    QCOMPARE(onStore({ u"dpia"_s, u"document"_s, u"export"_s, u"C.1"_s, u"--save"_s,
                       m_tmp.filePath(u"weg.pdf"_s) })
                 .exitCode,
             1);
    // An activity without a DPIA keeps nothing.
    QCOMPARE(
        onStore({ u"dpia"_s, u"document"_s, u"add"_s, u"Z.9"_s, u"--document"_s, path }).exitCode,
        1);
    QCOMPARE(onStore({ u"verify"_s }).exitCode, 0);
}

void TestCliKeptDocuments::dpiaAsPdf()
{
    const QString pdf = m_tmp.filePath(u"dpia-c1.pdf"_s);
    const Result written = onStore({ u"dpia"_s, u"export"_s, u"C.1"_s, u"--pdf"_s, pdf });
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QVERIFY(readAll(pdf).startsWith("%PDF"));
    // Never over a file unasked.
    QCOMPARE(onStore({ u"dpia"_s, u"export"_s, u"C.1"_s, u"--pdf"_s, pdf }).exitCode, 1);
    QCOMPARE(
        onStore({ u"dpia"_s, u"export"_s, u"C.1"_s, u"--pdf"_s, pdf, u"--overwrite"_s }).exitCode,
        0);
}

void TestCliKeptDocuments::processorAgreement()
{
    const Result hosting = onStore(
        { u"recipient"_s, u"add"_s, u"Cloudhosting BV"_s, u"--category"_s, u"verwerker"_s });
    QVERIFY2(hosting.exitCode == 0, qPrintable(hosting.err));
    const QString id = hosting.out.trimmed();
    const Result municipality = onStore(
        { u"recipient"_s, u"add"_s, u"Gemeente Houten"_s, u"--category"_s, u"gemeente"_s });
    QVERIFY2(municipality.exitCode == 0, qPrintable(municipality.err));
    const QByteArray word = QByteArrayLiteral("PK\x03\x04 verwerkersovereenkomst");
    const QString path = write(u"vwo.docx"_s, word);
    const Result refused = onStore({ u"recipient"_s, u"agreement"_s, u"add"_s,
                                     municipality.out.trimmed(), u"--document"_s, path });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Gemeente Houten"_s), qPrintable(refused.err));
    const Result added
        = onStore({ u"recipient"_s, u"agreement"_s, u"add"_s, id, u"--document"_s, path });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString copy = m_tmp.filePath(u"vwo-kopie.docx"_s);
    QCOMPARE(
        onStore({ u"recipient"_s, u"agreement"_s, u"export"_s, id, u"--save"_s, copy }).exitCode,
        0);
    QCOMPARE(readAll(copy), word);
    QCOMPARE(onStore({ u"recipient"_s, u"agreement"_s, u"remove"_s, id, u"--yes"_s }).exitCode, 0);
    QCOMPARE(onStore({ u"verify"_s }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliKeptDocuments)
#include "tst_cli_keptdocuments.moc"
