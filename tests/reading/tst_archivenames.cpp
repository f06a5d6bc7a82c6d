// A copy of an identity document in a zip archive or in a TNEF winmail.dat is as much a copy as
// one attached directly: the reader lists the names inside (a zip's central directory, a TNEF
// stream's attachment titles and MAPI file names), and the desk's name check, with its
// look-alike letters, reads them. An archive whose list cannot be read whole is refused.

#include "TestSupport.h"
#include "cases/Attachments.h"
#include "reading/ArchiveNames.h"

#include <QByteArray>
#include <QList>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

QByteArray le16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

struct ZipEntry
{
    QByteArray name; // as stored, UTF-8 (flagged) when utf8
    bool utf8 = false;
    QByteArray extra; // the central directory's extra fields
    QByteArray localName; // the local header's name, when it differs
    QByteArray data = "inhoud";
};

ZipEntry entry(const QByteArray &name, bool utf8 = false, const QByteArray &extra = {},
               const QByteArray &localName = {})
{
    ZipEntry made;
    made.name = name;
    made.utf8 = utf8;
    made.extra = extra;
    made.localName = localName;
    return made;
}

// A zip archive of stored entries (APPNOTE 4.3), written here so the reader meets bytes it did
// not write itself.
QByteArray zipOf(const QList<ZipEntry> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (const ZipEntry &entry : entries) {
        const quint16 flags = entry.utf8 ? 0x0800 : 0;
        const QByteArray local = entry.localName.isEmpty() ? entry.name : entry.localName;
        const QByteArray common = le16(flags) + le16(0) + le16(0) + le16(0x21)
            + le32(crc32Of(entry.data)) + le32(quint32(entry.data.size()))
            + le32(quint32(entry.data.size()));
        const quint32 offset = quint32(out.size());
        out += le32(0x04034B50) + le16(20) + common + le16(quint16(local.size())) + le16(0) + local
            + entry.data;
        directory += le32(0x02014B50) + le16(20) + le16(20) + common
            + le16(quint16(entry.name.size())) + le16(quint16(entry.extra.size())) + le16(0)
            + le16(0) + le16(0) + le32(0) + le32(offset) + entry.name + entry.extra;
    }
    const quint32 offset = quint32(out.size());
    out += directory;
    out += le32(0x06054B50) + le16(0) + le16(0) + le16(quint16(entries.size()))
        + le16(quint16(entries.size())) + le32(quint32(directory.size())) + le32(offset) + le16(0);
    return out;
}

// Info-ZIP's Unicode path extra field: what 7-Zip and Windows show instead of the name.
QByteArray unicodePath(const QByteArray &name, const QByteArray &utf8)
{
    const QByteArray body = QByteArray(1, '\1') + le32(crc32Of(name)) + utf8;
    return le16(0x7075) + le16(quint16(body.size())) + body;
}

// One TNEF attribute (MS-OXTNEF 2.1.3.1): level, id, length, value, checksum.
QByteArray attribute(quint8 level, quint32 id, const QByteArray &value)
{
    quint32 sum = 0;
    for (const char byte : value)
        sum += quint8(byte);
    return QByteArray(1, char(level)) + le32(id) + le32(quint32(value.size())) + value
        + le16(quint16(sum & 0xFFFF));
}

QByteArray tnefOf(const QList<QByteArray> &attributes)
{
    QByteArray out = le32(0x223E9F78) + le16(0x0001);
    for (const QByteArray &one : attributes)
        out += one;
    return out;
}

QByteArray padded(QByteArray bytes)
{
    while (bytes.size() % 4)
        bytes += '\0';
    return bytes;
}

// A MAPI property of a variable-size type in a property list: type, id, one value.
QByteArray mapiValue(quint16 type, quint16 id, const QByteArray &value)
{
    return le16(type) + le16(id) + le32(1) + le32(quint32(value.size())) + padded(value);
}

QByteArray utf16(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), (text.size() + 1) * 2);
}

// An attachment of a TNEF stream: its rendering, its 8.3 title, its MAPI properties.
QByteArray tnefAttachment(const QByteArray &title, const QByteArray &properties = {}, int count = 0)
{
    return attribute(2, 0x00069002, QByteArray(14, '\0')) + attribute(2, 0x00018010, title + '\0')
        + (count > 0 ? attribute(2, 0x00069005, le32(quint32(count)) + properties) : QByteArray());
}

const QString cyrillic = u"\u0440\u0430spoort.pdf"_s; // "р" and "а" are Cyrillic

QString refusalOf(const QString &name, const QByteArray &content)
{
    return pd::AttachmentService::identityDocumentRefusal({ name, content });
}

QByteArray mailWith(const QByteArray &name, const QByteArray &type, const QByteArray &content)
{
    return "From: a@example.nl\r\nSubject: Stukken\r\nDate: Mon, 4 May 2026 10:00:00 +0200\r\n"
           "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
           "--b\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n"
           "--b\r\nContent-Type: "
        + type + "\r\nContent-Disposition: attachment; filename=" + name
        + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + content.toBase64() + "\r\n--b--\r\n";
}

} // namespace

class TestArchiveNames : public QObject
{
    Q_OBJECT
private slots:
    void anIdentityDocumentInsideIsRefused_data();
    void anIdentityDocumentInsideIsRefused();
    void otherNamesInsideAreKept();
    void anArchiveNotReadWholeIsRefused_data();
    void anArchiveNotReadWholeIsRefused();
};

void TestArchiveNames::anIdentityDocumentInsideIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("inside");
    const QByteArray zeros = zipOf({ entry("brief.pdf"), entry("scans/pasp00rt.jpg") });
    QTest::newRow("zip, zeros for o") << u"stukken.zip"_s << zeros << u"scans/pasp00rt.jpg"_s;
    QTest::newRow("zip, Cyrillic letters")
        << u"stukken.zip"_s << zipOf({ entry(cyrillic.toUtf8(), true) }) << cyrillic;
    // The directory says foto.jpg; 7-Zip and Windows show the Unicode path.
    QTest::newRow("zip, Unicode path")
        << u"stukken.zip"_s
        << zipOf({ entry("foto.jpg", false, unicodePath("foto.jpg", "rijbewijs.jpg")) })
        << u"rijbewijs.jpg"_s;
    // The local header names the entry otherwise: what some programs extract it as.
    QTest::newRow("zip, local header")
        << u"stukken.zip"_s << zipOf({ entry("foto.jpg", false, {}, "ID-kaart.png") })
        << u"ID-kaart.png"_s;
    QTest::newRow("winmail.dat, title")
        << u"winmail.dat"_s << tnefOf({ tnefAttachment("PASP00RT.JPG") }) << u"PASP00RT.JPG"_s;
    QTest::newRow("winmail.dat, long file name")
        << u"winmail.dat"_s
        << tnefOf({ tnefAttachment("RASPOO~1.PDF", mapiValue(0x001F, 0x3707, utf16(cyrillic)), 1) })
        << cyrillic;
    // A message embedded in the TNEF stream, with its own TNEF stream and attachment.
    const QByteArray iid = QByteArray::fromHex("0703020000000000C000000000000046");
    const QByteArray inner = tnefOf({ tnefAttachment("RIJBEWIJS.JPG") });
    QTest::newRow("winmail.dat, embedded message")
        << u"winmail.dat"_s
        << tnefOf({ tnefAttachment("BERICHT", mapiValue(0x000D, 0x3701, iid + inner), 1) })
        << u"RIJBEWIJS.JPG"_s;
    QTest::newRow("zip attached to an e-mail")
        << u"verzoek.eml"_s << mailWith("stukken.zip", "application/zip", zeros)
        << u"scans/pasp00rt.jpg"_s;
    QTest::newRow("winmail.dat attached to an e-mail")
        << u"verzoek.eml"_s
        << mailWith("winmail.dat", "application/ms-tnef",
                    tnefOf({ tnefAttachment("PASP00RT.JPG") }))
        << u"PASP00RT.JPG"_s;
    const QByteArray pdf = pd::test::pdfOfObjects(
        { "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a) 4 0 R] >> >> >>",
          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
          "<< /Type /Filespec /F (paspoort.jpg) /EF << /F 5 0 R >> >>",
          "<< /Type /EmbeddedFile /Length 4 >>\nstream\nJFIF\nendstream" });
    QTest::newRow("file embedded in a PDF") << u"brief.pdf"_s << pdf << u"paspoort.jpg"_s;
}

void TestArchiveNames::anIdentityDocumentInsideIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, inside);
    const QString refusal = refusalOf(name, content);
    QVERIFY2(
        refusal.startsWith(u"The name "_s + inside + u" suggests a copy of an identity document"_s),
        qPrintable(refusal));
}

void TestArchiveNames::otherNamesInsideAreKept()
{
    const QByteArray zip
        = zipOf({ entry("brief.pdf"), entry("foto's/keuken.jpg"), entry("huurcontract.pdf") });
    const QString refusal = refusalOf(u"stukken.zip"_s, zip);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    const std::optional<QStringList> names = pd::reading::zipNames(zip);
    QVERIFY(names);
    QCOMPARE(*names,
             QStringList({ u"brief.pdf"_s, u"foto's/keuken.jpg"_s, u"huurcontract.pdf"_s }));
    QVERIFY(refusalOf(u"winmail.dat"_s, tnefOf({ tnefAttachment("BRIEF.PDF") })).isEmpty());
}

void TestArchiveNames::anArchiveNotReadWholeIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    const QByteArray zip = zipOf({ entry("brief.pdf"), entry("pasp00rt.jpg") });
    QTest::newRow("zip cut short") << u"stukken.zip"_s << zip.first(zip.size() - 30);
    QByteArray count = zip;
    qToLittleEndian<quint16>(3, count.data() + count.size() - 22 + 10);
    QTest::newRow("zip counting more entries") << u"stukken.zip"_s << count;
    QList<ZipEntry> many;
    for (int i = 0; i <= pd::reading::maxZipEntries; ++i)
        many.append(entry("f" + QByteArray::number(i)));
    QTest::newRow("zip of too many entries") << u"stukken.zip"_s << zipOf(many);
    const QByteArray tnef = tnefOf({ tnefAttachment("PASP00RT.JPG") });
    QTest::newRow("winmail.dat cut short") << u"winmail.dat"_s << tnef.first(tnef.size() - 5);
    QTest::newRow("zip attached to an e-mail, cut short")
        << u"verzoek.eml"_s
        << mailWith("stukken.zip", "application/zip", zip.first(zip.size() - 30));
}

void TestArchiveNames::anArchiveNotReadWholeIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString refusal = refusalOf(name, content);
    QVERIFY2(refusal.contains(u"whose list of files cannot be read whole"_s), qPrintable(refusal));
}

QTEST_GUILESS_MAIN(TestArchiveNames)
#include "tst_archivenames.moc"
