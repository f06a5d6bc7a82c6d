// OutlookMessage (core/mail): an Outlook .msg read like an .eml — subject, sender (also behind
// an Exchange X.500 address), delivery time, the body as plain text, HTML or compressed RTF,
// attachments and embedded messages, Unicode and 8-bit strings — and broken files refused, never a
// crash or a hang. The files are built from known values with libgsf's writer
// (tests/support/OutlookWriter); every name and address in them is made up.

#include "OutlookWriter.h"
#include "TestSupport.h"
#include "cases/Attachments.h"
#include "cases/MailIntake.h"
#include "mail/MailFile.h"
#include "mail/OutlookMessage.h"
#include "mail/OutlookParts.h"
#include "reading/FileReading.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace pd;
using pd::test::MsgObject;

namespace {

// A BSN, made at run time: one written out could be a real person's.
const QString bsn = pd::test::elfProefNumber();

const QDateTime lateOnMarch31(QDate(2026, 3, 31), QTime(23, 30), QTimeZone::utc());

// A message as Outlook saves one received over the Internet, Unicode strings.
MsgObject sampleMessage()
{
    MsgObject message;
    message.unicode(0x001A, u"IPM.Note"_s)
        .unicode(0x0037, u"Inzageverzoek – café Wijnbérg €"_s)
        .unicode(0x0C1A, u"Fenna Wijnbérg"_s)
        .unicode(0x0C1E, u"SMTP"_s)
        .unicode(0x0C1F, u"f.wijnberg@example.nl"_s)
        .time(0x0E06, lateOnMarch31)
        .time(0x0039, lateOnMarch31.addSecs(-120))
        .unicode(0x1035, u"<verzoek-1@example.nl>"_s)
        .unicode(0x1000, u"Geachte heer,\r\nIk wil graag inzage in mijn gegevens.\r\n"_s);
    MsgObject to;
    to.integer(0x0C15, 1)
        .unicode(0x3001, u"Privacy Woonstede"_s)
        .unicode(0x39FE, u"privacy@woonstede.example"_s);
    MsgObject cc;
    cc.integer(0x0C15, 2).unicode(0x3001, u"Kopie"_s).unicode(0x39FE, u"kopie@example.nl"_s);
    message.recipients.push_back(to);
    message.recipients.push_back(cc);
    return message;
}

MsgObject fileAttachment(const QString &name, const QString &type, const QByteArray &data)
{
    MsgObject attachment;
    attachment.integer(0x3705, 1)
        .unicode(0x3707, name)
        .unicode(0x3001, name)
        .unicode(0x370E, type)
        .binary(0x3701, data);
    return attachment;
}

MsgObject embeddedAttachment(const MsgObject &message)
{
    MsgObject attachment;
    attachment.integer(0x3705, 5);
    attachment.embedded.push_back(message);
    return attachment;
}

MailMessage parsed(const QByteArray &raw)
{
    QString error;
    const std::optional<MailMessage> mail = OutlookMessage::parse(raw, &error);
    if (!mail)
        qWarning("refused: %s", qPrintable(error));
    return mail.value_or(MailMessage());
}

// MS-OXRTFCP 3.1.1.1.2 / 3.1.1.2.1: the worked example, "{\rtf1\ansi\ansicpg1252\pard hello
// world}\r\n" compressed with references into the dictionary.
const QByteArray specExample
    = QByteArray::fromHex("2d0000002b0000004c5a4675f1c5c7a703000a0072637067313235423"
                          "20af32068656c090020627705b06c647d0a800fa0");

const QString noMessageProperties
    = u"The file is not an Outlook message: it holds no message properties "
      "(it is another kind of Office file, or it is damaged)."_s;

// The uncompressed header word of a compound file at offset (MS-CFB 2.2).
quint32 headerWord(const QByteArray &file, qsizetype offset)
{
    return qFromLittleEndian<quint32>(file.constData() + offset);
}

// The directory entries (MS-CFB 2.6) of a compound file of 512-byte sectors whose FAT the
// header lists, in its directory's order: their offsets.
QList<qsizetype> directoryEntries(const QByteArray &file)
{
    const auto next = [&](quint32 sector) {
        const quint32 fat = headerWord(file, 0x4C + 4 * qsizetype(sector / 128));
        return headerWord(file, 512 + qsizetype(fat) * 512 + qsizetype(sector % 128) * 4);
    };
    QList<qsizetype> entries;
    for (quint32 sector = headerWord(file, 0x30); sector < 109 * 128 && entries.size() < 4096;
         sector = next(sector)) {
        for (qsizetype i = 0; i < 4; ++i)
            entries << 512 + qsizetype(sector) * 512 + i * 128;
    }
    return entries;
}

// The index of the directory entry of the stream named name that is smaller than size, or -1.
qsizetype streamNamed(const QByteArray &file, const QString &name, quint32 size)
{
    const QList<qsizetype> entries = directoryEntries(file);
    const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (file.mid(entries.at(i), utf16.size()) == utf16
            && headerWord(file, entries.at(i) + 120) < size)
            return i;
    }
    return -1;
}

} // namespace

class TestOutlookMessage final : public QObject
{
    Q_OBJECT

private slots:
    void unicodeMessage();
    void ansiMessageInItsCodePage();
    void exchangeSender_data();
    void exchangeSender();
    void deliveryDayIsDutch();
    void rtfDecompression();
    void bodies_data();
    void bodies();
    void attachments();
    void nestedMessagesAreScanned();
    void nestedIdentityDocumentIsRefused();
    void messagesAttachedAsFiles();
    void longFatChain();
    void notAMessage();
    void brokenFiles_data();
    void brokenFiles();
    void dispatchByBytes();
    void theDeskReadsNoCompoundDirectory();
    void damagedDirectoryIsRefused_data();
    void damagedDirectoryIsRefused();
    void cleanupTestCase();
};

void TestOutlookMessage::unicodeMessage()
{
    const QByteArray raw = test::writeMsg(sampleMessage());
    QVERIFY(OutlookMessage::isOutlookMessage(raw));
    QString error;
    const std::optional<MailMessage> mail = OutlookMessage::parse(raw, &error);
    QVERIFY2(mail, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(mail->subject, u"Inzageverzoek – café Wijnbérg €"_s);
    QCOMPARE(mail->from.name, u"Fenna Wijnbérg"_s);
    QCOMPARE(mail->from.address, u"f.wijnberg@example.nl"_s);
    QCOMPARE(mail->date, lateOnMarch31);
    QCOMPARE(mail->messageId, u"verzoek-1@example.nl"_s);
    QCOMPARE(mail->text, u"Geachte heer,\nIk wil graag inzage in mijn gegevens.\n"_s);
    QVERIFY(!mail->textFromHtml);
    QCOMPARE(mail->to.size(), 1); // the Cc is not a To
    QCOMPARE(mail->to.first().name, u"Privacy Woonstede"_s);
    QCOMPARE(mail->to.first().address, u"privacy@woonstede.example"_s);
    QVERIFY(mail->attachments.isEmpty());
}

void TestOutlookMessage::ansiMessageInItsCodePage()
{
    // PT_STRING8 in windows-1252 (é ë €), and in windows-1250 (ő), as the message says.
    MsgObject message;
    message.integer(0x3FFD, 1252)
        .ansi(0x0037, "Verzoek caf\xE9 \xEB \x80 5")
        .ansi(0x0C1A, "Ren\xE9 de Vri\xEBs")
        .ansi(0x0C1E, "SMTP")
        .ansi(0x0C1F, "rene@example.nl")
        .ansi(0x1000, "Met vriendelijke groet, Ren\xE9");
    const MailMessage mail = parsed(test::writeMsg(message));
    QCOMPARE(mail.subject, u"Verzoek café ë € 5"_s);
    QCOMPARE(mail.from.name, u"René de Vriës"_s);
    QCOMPARE(mail.text, u"Met vriendelijke groet, René"_s);

    MsgObject central;
    central.integer(0x3FFD, 1250).ansi(0x0037, "Sz\xF5ke").ansi(0x1000, "x");
    QCOMPARE(parsed(test::writeMsg(central)).subject, u"Sz\u0151ke"_s);
    // No code page: windows-1252.
    MsgObject none;
    none.ansi(0x0037, "caf\xE9").ansi(0x1000, "x");
    QCOMPARE(parsed(test::writeMsg(none)).subject, u"café"_s);
}

void TestOutlookMessage::exchangeSender_data()
{
    QTest::addColumn<quint16>("tag");
    QTest::addColumn<QString>("expected");
    QTest::newRow("PidTagSenderSmtpAddress") << quint16(0x5D01) << u"j.jansen@woonstede.example"_s;
    QTest::newRow("PidTagSentRepresentingSmtpAddress")
        << quint16(0x5D02) << u"j.jansen@woonstede.example"_s;
    QTest::newRow("transport headers") << quint16(0x007D) << u"j.jansen@woonstede.example"_s;
    QTest::newRow("none") << quint16(0) << QString();
}

void TestOutlookMessage::exchangeSender()
{
    QFETCH(quint16, tag);
    QFETCH(QString, expected);
    MsgObject message;
    message.unicode(0x0037, u"Intern doorgestuurd"_s)
        .unicode(0x0C1A, u"Jan Jansen"_s)
        .unicode(0x0C1E, u"EX"_s)
        .unicode(0x0C1F,
                 u"/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JJANSEN"_s)
        .unicode(0x1000, u"Tekst"_s);
    if (tag == 0x007D)
        message.unicode(tag,
                        u"Received: from x\r\nFrom: Jan Jansen <j.jansen@woonstede.example>\r\n"
                        u"Subject: Intern\r\n\r\n"_s);
    else if (tag != 0)
        message.unicode(tag, expected);
    const MailMessage mail = parsed(test::writeMsg(message));
    QCOMPARE(mail.from.name, u"Jan Jansen"_s);
    QCOMPARE(mail.from.address, expected); // never the X.500 address
}

void TestOutlookMessage::deliveryDayIsDutch()
{
    // Delivered 23:30 UTC on 31 March: in the Netherlands (CEST) it is 1 April.
    MailMessage mail = parsed(test::writeMsg(sampleMessage()));
    NewCase request;
    MailIntake::apply(mail, &request, false);
    QCOMPARE(request.channel, Channel::Email);
    QCOMPARE(request.receivedDate, QDate(2026, 4, 1));
    QCOMPARE(request.receivedAt, lateOnMarch31);
    QCOMPARE(request.person.name, u"Fenna Wijnbérg"_s);
    QCOMPARE(request.person.email, u"f.wijnberg@example.nl"_s);
    QCOMPARE(request.description, u"Inzageverzoek – café Wijnbérg €"_s);

    // Never delivered (a draft, a sent item): the moment it was sent.
    MsgObject sent;
    sent.unicode(0x0037, u"Verzonden"_s).time(0x0039, lateOnMarch31.addSecs(-3600));
    mail = parsed(test::writeMsg(sent));
    QCOMPARE(mail.date, lateOnMarch31.addSecs(-3600));
    MsgObject undated;
    undated.unicode(0x0037, u"Geen datum"_s);
    QVERIFY(!parsed(test::writeMsg(undated)).date.isValid());
}

void TestOutlookMessage::rtfDecompression()
{
    const auto example = mail::outlook::decompressRtf(specExample, 1 << 20);
    QVERIFY(example);
    QCOMPARE(*example, QByteArray("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"));
    QCOMPARE(mail::outlook::rtfToText(*example), u"hello world"_s);

    const QByteArray rtf = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}\\pard Caf\\'e9 "
                           "\\u8364?\\par tweede regel}";
    QCOMPARE(*mail::outlook::decompressRtf(test::uncompressedRtf(rtf), 1 << 20), rtf);
    QCOMPARE(*mail::outlook::decompressRtf(test::literalCompressedRtf(rtf), 1 << 20), rtf);
    QCOMPARE(mail::outlook::rtfToText(rtf), u"Café €\ntweede regel"_s);
    // A picture's binary data, braces and all, is no text and no group.
    QCOMPARE(mail::outlook::rtfToText("{\\rtf1 voor{\\*\\shppict{\\pict\\bin1 {}}na}"),
             u"voorna"_s);
    // A value too short, of an unknown kind, or a reference cut off: no text, no crash.
    QVERIFY(!mail::outlook::decompressRtf("LZFu", 1 << 20));
    QVERIFY(!mail::outlook::decompressRtf(QByteArray(16, 'x'), 1 << 20));
    (void)mail::outlook::decompressRtf(specExample.first(specExample.size() - 3), 1 << 20);
    // The size it claims is no reason to write more than asked.
    QCOMPARE(mail::outlook::decompressRtf(specExample, 10)->size(), 10);
}

void TestOutlookMessage::bodies_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fromHtml");

    const auto with = [](const std::function<void(MsgObject &)> &fill) {
        MsgObject message;
        message.unicode(0x0037, u"Verzoek"_s);
        fill(message);
        return test::writeMsg(message);
    };
    QTest::newRow("plain") << with([](MsgObject &m) {
        m.unicode(0x1000, u"Platte tekst"_s).binary(0x1013, "<p>HTML</p>");
    }) << u"Platte tekst"_s << false;
    QTest::newRow("HTML only, its Internet code page") << with([](MsgObject &m) {
        m.integer(0x3FDE, 1252)
            .binary(0x1013,
                    "<html><body><p>Caf\xE9 &amp; "
                    "<b>thee</b></p></body></html>");
    }) << u"Café & thee"_s << true;
    const QByteArray rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}"
                           "{\\colortbl;\\red0\\green0\\blue0;}\\pard Geachte heer,\\par Ik wil "
                           "inzage.\\par}";
    QTest::newRow("RTF only, uncompressed (MELA)")
        << with([&rtf](MsgObject &m) { m.binary(0x1009, test::uncompressedRtf(rtf)); })
        << u"Geachte heer,\nIk wil inzage.\n"_s << false;
    QTest::newRow("RTF only, compressed (LZFu)")
        << with([&rtf](MsgObject &m) { m.binary(0x1009, test::literalCompressedRtf(rtf)); })
        << u"Geachte heer,\nIk wil inzage.\n"_s << false;
    QTest::newRow("RTF only, the spec's example")
        << with([](MsgObject &m) { m.binary(0x1009, specExample); }) << u"hello world"_s << false;
    const QByteArray encapsulated
        = "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"
          "{\\*\\htmltag19 <html>}{\\*\\htmltag50 <body>}\\htmlrtf {\\htmlrtf0 "
          "{\\*\\htmltag64 <p>}Verzoek om \\'e9\\'e9n kopie{\\*\\htmltag72 </p>}"
          "\\htmlrtf }\\htmlrtf0 {\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}";
    QTest::newRow("RTF encapsulating HTML") << with([&encapsulated](MsgObject &m) {
        m.binary(0x1009, test::literalCompressedRtf(encapsulated));
    }) << u"Verzoek om één kopie"_s << true;
}

void TestOutlookMessage::bodies()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    QFETCH(bool, fromHtml);
    const MailMessage mail = parsed(raw);
    QCOMPARE(mail.text.trimmed(), text.trimmed());
    QCOMPARE(mail.textFromHtml, fromHtml);
    // The checks see the text too.
    const MailScan scan = OutlookMessage::scan(raw);
    QVERIFY(scan.complete);
    const bool seen
        = std::any_of(scan.items.cbegin(), scan.items.cend(), [&](const MailReadable &i) {
              return i.kind == MailReadable::Kind::Text && i.text.trimmed() == text.trimmed();
          });
    QVERIFY(seen);
}

void TestOutlookMessage::attachments()
{
    MsgObject message = sampleMessage();
    message.attachments.push_back(
        fileAttachment(u"huurcontract.pdf"_s, u"application/pdf"_s, "%PDF-1.4 contract"));
    MsgObject noLongName;
    noLongName.unicode(0x3704, u"BRIEF~1.TXT"_s).binary(0x3701, "Een brief");
    message.attachments.push_back(noLongName);
    const MailMessage mail = parsed(test::writeMsg(message));
    QCOMPARE(mail.attachments.size(), 2);
    QCOMPARE(mail.attachments[0].fileName, u"huurcontract.pdf"_s);
    QCOMPARE(mail.attachments[0].contentType, u"application/pdf"_s);
    QCOMPARE(mail.attachments[0].content, QByteArray("%PDF-1.4 contract"));
    QCOMPARE(mail.attachments[1].fileName, u"BRIEF~1.TXT"_s);
    QCOMPARE(mail.attachments[1].contentType, u"application/octet-stream"_s);
    QCOMPARE(mail.attachments[1].content, QByteArray("Een brief"));
}

void TestOutlookMessage::nestedMessagesAreScanned()
{
    // A .msg inside a .msg inside a .msg: the innermost body says the BSN.
    MsgObject innermost;
    innermost.unicode(0x0037, u"Origineel verzoek"_s)
        .unicode(0x1000, u"Mijn BSN is %1."_s.arg(bsn));
    MsgObject middle;
    middle.unicode(0x0037, u"FW: Origineel verzoek"_s).unicode(0x1000, u"Zie onder"_s);
    middle.attachments.push_back(embeddedAttachment(innermost));
    MsgObject outer = sampleMessage();
    outer.attachments.push_back(embeddedAttachment(middle));
    const QByteArray raw = test::writeMsg(outer);

    const MailMessage mail = parsed(raw);
    QCOMPARE(mail.attachments.size(), 1);
    QCOMPARE(mail.attachments[0].fileName, u"FW: Origineel verzoek.msg"_s);
    QCOMPARE(mail.attachments[0].contentType, u"application/vnd.ms-outlook"_s);
    // Its bytes: the forwarded message as a .msg of its own, with the one forwarded in it.
    const MailMessage forwarded = parsed(mail.attachments[0].content);
    QCOMPARE(forwarded.subject, u"FW: Origineel verzoek"_s);
    QCOMPARE(forwarded.text, u"Zie onder"_s);
    QCOMPARE(forwarded.attachments.size(), 1);
    QCOMPARE(parsed(forwarded.attachments[0].content).text, u"Mijn BSN is %1."_s.arg(bsn));

    const MailScan scan = OutlookMessage::scan(raw);
    QVERIFY(scan.complete);
    const auto inner = std::find_if(scan.items.cbegin(), scan.items.cend(),
                                    [](const MailReadable &i) { return i.text.contains(bsn); });
    QVERIFY(inner != scan.items.cend());
    QCOMPARE(inner->level, 2);
    QCOMPARE(inner->messageSubject, u"Origineel verzoek"_s);

    NewAttachment file;
    file.name = u"verzoek.msg"_s;
    file.content = raw;
    QVERIFY(AttachmentService::isMail(file.name, file.content));
    const ServiceError refused = AttachmentService::mailContentRefusal(file);
    QCOMPARE(refused.code, ServiceError::Code::BsnRefused);
    QVERIFY2(refused.message.contains(pd::test::maskedNumber(bsn)), qPrintable(refused.message));
    QVERIFY2(!refused.message.contains(bsn), qPrintable(refused.message));
}

void TestOutlookMessage::nestedIdentityDocumentIsRefused()
{
    // paspoort-scan.jpg attached two levels down.
    MsgObject innermost;
    innermost.unicode(0x0037, u"Scan"_s).unicode(0x1000, u"Bijlage"_s);
    innermost.attachments.push_back(
        fileAttachment(u"paspoort-scan.jpg"_s, u"image/jpeg"_s, "\xFF\xD8\xFF"));
    MsgObject middle;
    middle.unicode(0x0037, u"FW: Scan"_s);
    middle.attachments.push_back(embeddedAttachment(innermost));
    MsgObject outer = sampleMessage();
    outer.attachments.push_back(embeddedAttachment(middle));

    NewAttachment file;
    file.name = u"verzoek.msg"_s;
    file.content = test::writeMsg(outer);
    QString partName;
    QCOMPARE(AttachmentService::identityDocumentHint(file, &partName), u"paspoort"_s);
    QCOMPARE(partName, u"paspoort-scan.jpg"_s);
    const QString refusal = AttachmentService::identityDocumentRefusal(file);
    QVERIFY2(refusal.contains(u"paspoort-scan.jpg"_s), qPrintable(refusal));
}

void TestOutlookMessage::messagesAttachedAsFiles()
{
    // An .msg attached to an .eml (base64, as mail programs send it): the checks see inside.
    MsgObject inner;
    inner.unicode(0x0037, u"Mijn gegevens"_s).unicode(0x1000, u"BSN "_s + bsn);
    const QByteArray eml
        = "From: a@example.nl\r\nSubject: Doorgestuurd\r\n"
          "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
          "--b\r\nContent-Type: text/plain\r\n\r\nZie bijlage\r\n"
          "--b\r\nContent-Type: application/vnd.ms-outlook; name=\"verzoek.msg\"\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\n"
        + test::writeMsg(inner).toBase64() + "\r\n--b--\r\n";
    MailScan scan = MailMessage::scan(eml);
    QVERIFY(scan.complete);
    auto found = std::find_if(scan.items.cbegin(), scan.items.cend(),
                              [](const MailReadable &i) { return i.text.contains(bsn); });
    QVERIFY(found != scan.items.cend());
    QCOMPARE(found->level, 1);
    QCOMPARE(found->messageSubject, u"Mijn gegevens"_s);

    // And an .eml attached to a .msg as a file, not as an embedded message.
    MsgObject outer = sampleMessage();
    outer.attachments.push_back(
        fileAttachment(u"doorgestuurd.eml"_s, u"message/rfc822"_s,
                       "From: b@example.nl\r\nSubject: Oud bericht\r\n\r\nMijn BSN is "
                           + bsn.toLatin1() + "\r\n"));
    scan = OutlookMessage::scan(test::writeMsg(outer));
    QVERIFY(scan.complete);
    found = std::find_if(scan.items.cbegin(), scan.items.cend(),
                         [](const MailReadable &i) { return i.text.contains(bsn); });
    QVERIFY(found != scan.items.cend());
    QCOMPARE(found->level, 1);
    QCOMPARE(found->messageSubject, u"Oud bericht"_s);
}

void TestOutlookMessage::longFatChain()
{
    // An attachment of 8 MB: 16 384 sectors of 512 bytes need 128 FAT sectors, more than the
    // header's 109 DIFAT entries: the FAT is found through DIFAT sectors.
    QByteArray big(8 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7 + i / 4096) & 0xFF);
    MsgObject message = sampleMessage();
    message.attachments.push_back(fileAttachment(u"scan.tif"_s, u"image/tiff"_s, big));
    const QByteArray raw = test::writeMsg(message);
    QVERIFY2(headerWord(raw, 0x2C) > 109, "the FAT needs more sectors than the header holds");
    QVERIFY2(headerWord(raw, 0x48) > 0, "libgsf's writer made no DIFAT sector");

    QElapsedTimer timer;
    timer.start();
    const MailMessage mail = parsed(raw);
    QCOMPARE(mail.subject, u"Inzageverzoek – café Wijnbérg €"_s);
    QCOMPARE(mail.attachments.size(), 1);
    QVERIFY(mail.attachments[0].content == big);
    QVERIFY(OutlookMessage::scan(raw).complete);
    QVERIFY2(timer.elapsed() < 20000, "reading 8 MB took too long");
}

void TestOutlookMessage::notAMessage()
{
    // A Word document is a compound file too.
    const QByteArray word = test::writeCompound(
        { { "WordDocument", QByteArray(600, 'w') }, { "1Table", QByteArray(100, 't') } });
    QVERIFY(!OutlookMessage::isOutlookMessage(word));
    QString error;
    QVERIFY(!OutlookMessage::parse(word, &error));
    QCOMPARE(error, u"The Outlook message cannot be read: "_s + noMessageProperties);
    const MailScan scan = OutlookMessage::scan(word);
    QVERIFY(!scan.complete);
    QVERIFY(!scan.problem.isEmpty());
    QCOMPARE(AttachmentService::mediaTypeOf(u"notulen.doc"_s, word),
             u"application/x-ole-storage"_s);
    QVERIFY(!AttachmentService::isMail(u"notulen.doc"_s, word));
    // Named .msg, it claims to be a message: not kept unread.
    NewAttachment file;
    file.name = u"verzoek.msg"_s;
    file.content = word;
    QVERIFY(AttachmentService::isMail(file.name, file.content));
    QVERIFY(AttachmentService::mailContentRefusal(file).isError());
}

void TestOutlookMessage::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("refusal"); // empty: read
    const QString unreadable
        = u"The file is damaged or not an Outlook message: its structure cannot be read."_s;
    const QString damaged = u"The file is damaged: a part of it cannot be read."_s;
    MsgObject message = sampleMessage();
    message.attachments.push_back(
        fileAttachment(u"bijlage.bin"_s, u"application/octet-stream"_s, QByteArray(70000, 'b')));
    const QByteArray good = test::writeMsg(message);
    QTest::newRow("magic only") << good.first(8) << unreadable;
    QTest::newRow("header only") << good.first(512) << unreadable;
    for (const qsizetype size : { 1024, 4096, 20000, 60000 })
        QTest::addRow("truncated to %lld bytes", qlonglong(size)) << good.first(size) << unreadable;
    QTest::newRow("truncated by one sector") << good.first(good.size() - 512) << unreadable;

    // A FAT whose chains loop: every entry of the first FAT sector points to itself.
    QByteArray cycle = good;
    const quint32 firstFat = headerWord(good, 0x4C);
    const qsizetype fatOffset = 512 + qsizetype(firstFat) * 512;
    for (quint32 i = 0; i < 128; ++i) {
        if (i == firstFat)
            continue;
        qToLittleEndian<quint32>(i, cycle.data() + fatOffset + i * 4);
    }
    QTest::newRow("FAT cycles") << cycle << damaged;
    // A directory chain that points back to its start, a DIFAT to itself, sector sizes absurd.
    QByteArray loopDir = good;
    const quint32 dirStart = headerWord(good, 0x30);
    qToLittleEndian<quint32>(dirStart, loopDir.data() + fatOffset + dirStart * 4);
    QTest::newRow("directory chain loops") << loopDir << noMessageProperties;
    QByteArray difat = good;
    qToLittleEndian<quint32>(1, difat.data() + 0x48);
    qToLittleEndian<quint32>(firstFat, difat.data() + 0x44);
    QTest::newRow("DIFAT points at a FAT sector") << difat << QString();
    QByteArray shift = good;
    shift[0x1E] = char(30);
    QTest::newRow("sector shift 30") << shift << unreadable;
    // Random bytes after the magic.
    QByteArray random = good.first(8);
    quint32 seed = 41;
    for (int i = 0; i < 8192; ++i) {
        seed = seed * 1664525u + 1013904223u;
        random.append(char(seed >> 24));
    }
    QTest::newRow("random compound") << random << unreadable;
    // Garbage in the middle of the directory.
    QByteArray garbled = good;
    for (int i = 0; i < 512; ++i)
        garbled[512 + qsizetype(dirStart) * 512 + i] = char(0xA5 ^ i);
    QTest::newRow("garbled directory") << garbled << unreadable;
}

void TestOutlookMessage::brokenFiles()
{
    QFETCH(QByteArray, raw);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<MailMessage> mail = OutlookMessage::parse(raw, &error);
    QFETCH(QString, refusal);
    // Refused with a reason, or (where the damage is in no part the message needs) read: never a
    // crash, never a hang.
    QCOMPARE(mail.has_value(), refusal.isEmpty());
    if (!mail)
        QCOMPARE(error, u"The Outlook message cannot be read: "_s + refusal);
    const MailScan scan = OutlookMessage::scan(raw);
    if (!mail)
        QVERIFY(!scan.complete && !scan.problem.isEmpty());
    NewAttachment file;
    file.name = u"verzoek.msg"_s;
    file.content = raw;
    // Whatever could not be read to the bottom is not kept as checked.
    if (!scan.complete)
        QVERIFY(AttachmentService::mailContentRefusal(file).isError());
    QVERIFY2(timer.elapsed() < 10000, "a damaged file took too long");
}

// The desk tells an Outlook item from its name and first bytes only; whether a compound file by
// another name holds MAPI streams, the reader process says: the desk runs no parser (libgsf) on
// an untrusted compound file's directory.
void TestOutlookMessage::theDeskReadsNoCompoundDirectory()
{
    const QByteArray msg = test::writeMsg(sampleMessage());
    const QString outlook = u"application/vnd.ms-outlook"_s;
    QCOMPARE(FileReading::mediaTypeOf(u"verzoek.msg"_s, msg), outlook);
    QCOMPARE(FileReading::mediaTypeOf(u"bestand"_s, msg), u"application/x-ole-storage"_s);
    QCOMPARE(FileReading::mediaTypeOf(u"bestand"_s, msg.first(4096)),
             u"application/x-ole-storage"_s);
    // Asked of the reader, which reads the directory in its cage.
    QCOMPARE(AttachmentService::mediaTypeOf(u"bestand"_s, msg), outlook);
    const QByteArray word = test::writeCompound({ { "WordDocument", QByteArray(600, 'w') } });
    QCOMPARE(AttachmentService::mediaTypeOf(u"notulen"_s, word), u"application/x-ole-storage"_s);
}

// libgsf leaves out a directory entry it does not like, and the entries beside it in the tree,
// without a word; with a mini stream cutoff of 0 it reads small streams from the wrong place.
// A message read so lacks its body: with a BSN in it, it must be refused, not kept unchecked.
void TestOutlookMessage::damagedDirectoryIsRefused_data()
{
    QTest::addColumn<QByteArray>("raw");
    // The number in an attached letter: what libgsf leaves out is in the attachment's storage,
    // and the message's own properties stay readable.
    MsgObject message = sampleMessage();
    message.attachments.push_back(
        fileAttachment(u"brief.txt"_s, u"text/plain"_s, "Mijn BSN is " + bsn.toLatin1() + '.'));
    message.attachments.push_back(
        fileAttachment(u"bijlage.bin"_s, u"application/octet-stream"_s, QByteArray(70000, 'b')));
    const QByteArray good = test::writeMsg(message);
    const QList<qsizetype> entries = directoryEntries(good);
    const qsizetype body = streamNamed(good, u"__substg1.0_37010102"_s, 4096);
    QVERIFY(body > 0);
    QTest::newRow("intact") << good;
    QByteArray huge = good;
    qToLittleEndian<quint32>(0x80000000u, huge.data() + entries.at(body) + 120);
    QTest::newRow("stream claims 2 GB") << huge;
    QByteArray cutoff = good;
    qToLittleEndian<quint32>(0, cutoff.data() + 0x38);
    QTest::newRow("mini stream cutoff 0") << cutoff;
    QByteArray unknown = good;
    unknown[entries.at(body) + 66] = char(7);
    QTest::newRow("entry of no known type") << unknown;
    // The body's entry cut out of the tree: its parent no longer points at it.
    QByteArray orphan = good;
    qsizetype parents = 0;
    for (const qsizetype entry : entries) {
        for (const qsizetype link : { 68, 72, 76 }) {
            if (headerWord(good, entry + link) == quint32(body)) {
                qToLittleEndian<quint32>(0xFFFFFFFFu, orphan.data() + entry + link);
                ++parents;
            }
        }
    }
    QCOMPARE(parents, 1);
    QTest::newRow("entry outside the tree") << orphan;
}

void TestOutlookMessage::damagedDirectoryIsRefused()
{
    QFETCH(QByteArray, raw);
    NewAttachment file;
    file.name = u"verzoek.msg"_s;
    file.content = raw;
    const ServiceError refusal = AttachmentService::mailContentRefusal(file);
    // The BSN found, or the file refused as damaged: never kept as checked.
    QVERIFY2(refusal.code == ServiceError::Code::BsnRefused
                 || refusal.message.contains(u"The file is damaged"_s),
             qPrintable(refusal.message));
}

void TestOutlookMessage::dispatchByBytes()
{
    const QByteArray msg = test::writeMsg(sampleMessage());
    const QByteArray eml = "From: Fenna <f@example.nl>\r\nSubject: Verzoek\r\n\r\nTekst\r\n";
    QCOMPARE(MailFile::parse(msg)->subject, u"Inzageverzoek – café Wijnbérg €"_s);
    QCOMPARE(MailFile::parse(eml)->subject, u"Verzoek"_s);
    QVERIFY(MailFile::scan(msg).complete);
    // A .msg with any name is an e-mail by its bytes; media type as Outlook's.
    QCOMPARE(AttachmentService::mediaTypeOf(u"verzoek.msg"_s, msg),
             u"application/vnd.ms-outlook"_s);
    QCOMPARE(AttachmentService::mediaTypeOf(u"bestand"_s, msg), u"application/vnd.ms-outlook"_s);
    QVERIFY(AttachmentService::isMail(u"bestand"_s, msg));
    QVERIFY(AttachmentService::isMail(u"verzoek.eml"_s, eml));
}

// With PRIVACYDESK_FUZZ_SEEDS=dir: the seeds of tests/fuzz/corpus/outlookmessage, written by
// the same writer (how the committed ones were made).
void TestOutlookMessage::cleanupTestCase()
{
    const QString dir = qEnvironmentVariable("PRIVACYDESK_FUZZ_SEEDS");
    if (dir.isEmpty())
        return;
    MsgObject ansi;
    ansi.integer(0x3FFD, 1252).ansi(0x0037, "Caf\xE9").ansi(0x0C1F, "a@example.nl");
    MsgObject rtf;
    rtf.unicode(0x0037, u"RTF"_s).binary(0x1009, specExample);
    MsgObject nested = sampleMessage();
    nested.attachments.push_back(fileAttachment(u"brief.txt"_s, u"text/plain"_s, "Brief"));
    nested.attachments.push_back(embeddedAttachment(rtf));
    const QList<std::pair<const char *, QByteArray>> seeds {
        { "unicode.msg", test::writeMsg(sampleMessage()) },
        { "ansi.msg", test::writeMsg(ansi) },
        { "nested.msg", test::writeMsg(nested) },
        { "rtf-example.bin", specExample },
    };
    for (const auto &[name, bytes] : seeds) {
        QFile file(dir + u'/' + QString::fromLatin1(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
}

QTEST_GUILESS_MAIN(TestOutlookMessage)
#include "tst_outlookmessage.moc"
