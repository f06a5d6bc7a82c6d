// MailMessage (core/mail): reading an .eml as a mail program saves it — RFC 2047 headers, MIME
// bodies and attachments, dates, addresses — and surviving hostile files. Samples are inline;
// every name and address in them is made up.

#include "mail/MailMessage.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

// The same sample with the CRLF line ends that mail servers store.
QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

// A message of nested multipart/mixed entities (the message itself is the first), with a
// text/plain part inside the innermost one.
QByteArray nestedMultiparts(int multiparts)
{
    QByteArray out = "From: diep@example.nl\nSubject: Diep\n"
                     "Content-Type: multipart/mixed; boundary=\"b1\"\n\n";
    for (int level = 1; level < multiparts; ++level) {
        out += "--b" + QByteArray::number(level) + "\nContent-Type: multipart/mixed; boundary=\"b"
            + QByteArray::number(level + 1) + "\"\n\n";
    }
    out += "--b" + QByteArray::number(multiparts)
        + "\nContent-Type: text/plain\n\nDiep verstopt\n--b" + QByteArray::number(multiparts)
        + "--\n";
    for (int level = multiparts - 1; level >= 1; --level)
        out += "--b" + QByteArray::number(level) + "--\n";
    return out;
}

// Bytes that are no text at all, the same on every run.
QByteArray garbage(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (char &byte : out) {
        seed = seed * 1664525u + 1013904223u;
        byte = char(seed >> 24);
    }
    return out;
}

QByteArray repeated(QByteArrayView piece, qsizetype totalSize)
{
    QByteArray out;
    out.reserve(totalSize + piece.size());
    while (out.size() < totalSize)
        out += piece;
    return out;
}

const QByteArray pdfBytes = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const QByteArray pdfBase64 = "JVBERi0xLjQKMSAwIG9iajw8Pj5lbmRvYmoKdHJh\naWxlcjw8Pj4KJSVFT0YK\n";

const QByteArray requestMail = R"(Return-Path: <jose@example.nl>
Received: from mail.example.nl by mx.example.org; Tue, 31 Mar 2026 22:30:02 +0000
From: =?UTF-8?Q?Jos=C3=A9_=C3=87elik?= <jose@example.nl>
To: "Jansen, J." <j.jansen@example.org>, privacy@example.org
Subject: =?UTF-8?Q?Inzageverzoek_art._15_AVG_?=
 =?UTF-8?Q?=E2=80=93_Jos=C3=A9?= and a folded
	tail
Date: Tue, 31 Mar 2026 22:30:00 +0000
Message-ID: <c4f1.abc@example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Geachte privacy officer,
Graag inzage.
)";

const QByteArray alternativeMail = R"(From: anna@example.nl
Subject: Alternatief
Content-Type: multipart/alternative; boundary="alt"

This is a multi-part message in MIME format.
--alt
Content-Type: text/plain; charset=utf-8

Platte tekst
--alt
Content-Type: text/html; charset=utf-8

<p>HTML-tekst</p>
--alt--
)";

const QByteArray htmlOnlyMail = R"(From: anna@example.nl
Subject: Alleen HTML
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=utf-8


--alt
Content-Type: text/html; charset=utf-8

<html><head><title>T</title><style>p{color:red}</style></head><body>
<p>Beste  Anna &amp; Piet,</p><p>Caf&eacute; &#233;&#xE9; &lt;test&gt;<br>nieuwe regel</p>
<script>alert(1)</script><!-- commentaar --><ul><li>een</li><li>twee</li></ul>
</body></html>
--alt--
)";

const QByteArray nestedMail = R"(From: Bea Smit <bea@example.org>
Subject: Verzoek met bijlage
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Zie bijlage, groet uit Caf=E9 De Hoek.
--inner
Content-Type: text/html; charset=iso-8859-1

<p>Zie bijlage</p>
--inner--

--outer
Content-Type: application/pdf; name="verzoek.pdf"
Content-Disposition: attachment; filename="verzoek.pdf"
Content-Transfer-Encoding: base64

)" + pdfBase64
    + R"(--outer--
)";

// One item of MailMessage::scan() in a line: "kind level [file name] (message subject): text".
QString describe(const MailReadable &item)
{
    static const QStringList kinds { u"subject"_s, u"text"_s, u"name"_s, u"header"_s };
    QString line = kinds.at(int(item.kind)) + u' ' + QString::number(item.level);
    if (!item.fileName.isEmpty() && item.kind != MailReadable::Kind::FileName)
        line += u" ["_s + item.fileName + u']';
    if (!item.messageSubject.isEmpty())
        line += u" ("_s + item.messageSubject + u')';
    return line + u": "_s + item.text.trimmed();
}

QStringList describe(const MailScan &scan)
{
    QStringList lines;
    for (const MailReadable &item : scan.items)
        lines << describe(item);
    return lines;
}

// A chain of forwarded messages: each one's body is the next (message/rfc822), the last holds
// a text; forwards = how many messages are forwarded inside the outer one.
QByteArray forwardChain(int forwards)
{
    QByteArray out;
    for (int level = 0; level < forwards; ++level)
        out += "From: a@example.nl\nSubject: Fwd " + QByteArray::number(level)
            + "\nContent-Type: message/rfc822\n\n";
    return out + "From: a@example.nl\nSubject: Onderop\n\nHelemaal onderop\n";
}

} // namespace

class TestMailMessage final : public QObject
{
    Q_OBJECT

private slots:
    void decodeHeader_data();
    void decodeHeader();
    void decodeQuotedPrintable_data();
    void decodeQuotedPrintable();
    void decodeCharset_data();
    void decodeCharset();
    void parseDate_data();
    void parseDate();
    void dateInAmsterdam_data();
    void dateInAmsterdam();
    void parseAddresses_data();
    void parseAddresses();
    void headers_data();
    void headers();
    void body_data();
    void body();
    void attachments_data();
    void attachments();
    void refused_data();
    void refused();
    void depthIsCapped_data();
    void depthIsCapped();
    void hostile_data();
    void hostile();
    void looksLikeMail_data();
    void looksLikeMail();
    void scan_data();
    void scan();
    void scanIsBounded_data();
    void scanIsBounded();
};

void TestMailMessage::decodeHeader_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("decoded");

    QTest::newRow("plain ASCII") << QByteArray("Inzageverzoek") << u"Inzageverzoek"_s;
    QTest::newRow("UTF-8 Q") << QByteArray("=?UTF-8?Q?Jos=C3=A9_=C3=87elik?=") << u"José Çelik"_s;
    QTest::newRow("ISO-8859-1 B") << QByteArray("=?iso-8859-1?B?Q2Fm6SBN/GxsZXI=?=")
                                  << u"Café Müller"_s;
    QTest::newRow("ISO-8859-1 Q") << QByteArray("=?ISO-8859-1?Q?M=FCller?=") << u"Müller"_s;
    QTest::newRow("UTF-8 B") << QByteArray("=?utf-8?b?w5Zra2XFnw==?=") << u"Ökkeş"_s;
    QTest::newRow("lower-case q and hex") << QByteArray("=?utf-8?q?caf=c3=a9?=") << u"café"_s;
    QTest::newRow("adjacent words joined")
        << QByteArray("=?UTF-8?Q?Jos=C3=A9?= =?UTF-8?Q?_=C3=87elik?=") << u"José Çelik"_s;
    QTest::newRow("adjacent words across folding white space")
        << QByteArray("=?UTF-8?Q?in?= \t  =?UTF-8?Q?zage?=") << u"inzage"_s;
    QTest::newRow("adjacent words without space")
        << QByteArray("=?UTF-8?Q?in?==?UTF-8?Q?zage?=") << u"inzage"_s;
    QTest::newRow("character split across words")
        << QByteArray("=?UTF-8?B?Sm9zww==?= =?UTF-8?B?qQ==?=") << u"José"_s;
    QTest::newRow("words in two charsets")
        << QByteArray("=?iso-8859-1?Q?Caf=E9?= =?utf-8?Q?_=E2=82=AC?=") << u"Café €"_s;
    QTest::newRow("word then text keeps the space")
        << QByteArray("=?UTF-8?Q?Jos=C3=A9?= de Vries") << u"José de Vries"_s;
    QTest::newRow("text then word keeps the space")
        << QByteArray("Re: =?UTF-8?Q?caf=C3=A9?=") << u"Re: café"_s;
    QTest::newRow("word inside a token") << QByteArray("(=?UTF-8?Q?caf=C3=A9?=)") << u"(café)"_s;
    QTest::newRow("RFC 2231 language") << QByteArray("=?UTF-8*nl?Q?caf=C3=A9?=") << u"café"_s;
    QTest::newRow("unknown charset as written")
        << QByteArray("=?x-klingon?Q?abc?= x") << u"=?x-klingon?Q?abc?= x"_s;
    QTest::newRow("unknown encoding as written")
        << QByteArray("=?UTF-8?X?abc?=") << u"=?UTF-8?X?abc?="_s;
    QTest::newRow("unclosed word as written")
        << QByteArray("=?UTF-8?Q?caf=C3=A9 rest") << u"=?UTF-8?Q?caf=C3=A9 rest"_s;
    QTest::newRow("raw UTF-8 (RFC 6532)") << QByteArray("Caf\xC3\xA9") << u"Café"_s;
    QTest::newRow("raw windows-1252") << QByteArray("Caf\xE9 \x80") << u"Café €"_s;
    QTest::newRow("control characters become spaces")
        << QByteArray("=?UTF-8?Q?a=0Ab=09c?=") << u"a b c"_s;
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestMailMessage::decodeHeader()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, decoded);
    QCOMPARE(mail::decodeHeader(value), decoded);
}

void TestMailMessage::decodeQuotedPrintable_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QByteArray>("decoded");

    QTest::newRow("soft line break LF")
        << QByteArray("ver=\nzoek") << false << QByteArray("verzoek");
    QTest::newRow("soft line break CRLF")
        << QByteArray("ver=\r\nzoek") << false << QByteArray("verzoek");
    QTest::newRow("padding after the soft break")
        << QByteArray("ver=  \r\nzoek") << false << QByteArray("verzoek");
    QTest::newRow("escapes") << QByteArray("Caf=C3=A9 =3D") << false << QByteArray("Caf\xC3\xA9 =");
    QTest::newRow("lower-case escapes")
        << QByteArray("caf=c3=a9") << false << QByteArray("caf\xC3\xA9");
    QTest::newRow("hard line breaks kept")
        << QByteArray("een\r\ntwee\ndrie") << false << QByteArray("een\r\ntwee\ndrie");
    QTest::newRow("trailing white space dropped")
        << QByteArray("een  \ntwee =20\n") << false << QByteArray("een\ntwee  \n");
    QTest::newRow("not an escape") << QByteArray("a=ZZb =4") << false << QByteArray("a=ZZb =4");
    QTest::newRow("equals sign at the end") << QByteArray("abc=") << false << QByteArray("abc");
    QTest::newRow("underscore in a body") << QByteArray("a_b") << false << QByteArray("a_b");
    QTest::newRow("underscore in a header") << QByteArray("a_b=5F") << true << QByteArray("a b_");
}

void TestMailMessage::decodeQuotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, header);
    QFETCH(QByteArray, decoded);
    QCOMPARE(mail::decodeQuotedPrintable(encoded, header), decoded);
}

void TestMailMessage::decodeCharset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("text");

    QTest::newRow("utf-8") << QByteArray("Jos\xC3\xA9") << QByteArray("utf-8") << u"José"_s;
    QTest::newRow("UTF-8 quoted") << QByteArray("Jos\xC3\xA9") << QByteArray("\"UTF-8\"")
                                  << u"José"_s;
    QTest::newRow("iso-8859-1") << QByteArray("Jos\xE9") << QByteArray("iso-8859-1") << u"José"_s;
    QTest::newRow("iso-8859-1 holding windows-1252") << QByteArray("\x93"
                                                                   "ja\x94")
                                                     << QByteArray("ISO-8859-1") << u"“ja”"_s;
    QTest::newRow("windows-1252") << QByteArray("\x80 5") << QByteArray("windows-1252") << u"€ 5"_s;
    QTest::newRow("iso-8859-15") << QByteArray("\xA4 5") << QByteArray("iso-8859-15") << u"€ 5"_s;
    QTest::newRow("koi8-r") << QByteArray("\xF0\xD2\xC9\xD7\xC5\xD4") << QByteArray("koi8-r")
                            << u"Привет"_s;
    QTest::newRow("us-ascii holding UTF-8")
        << QByteArray("Caf\xC3\xA9") << QByteArray("us-ascii") << u"Café"_s;
    QTest::newRow("no charset, 8-bit") << QByteArray("Caf\xE9") << QByteArray() << u"Café"_s;
    QTest::newRow("unknown charset, UTF-8")
        << QByteArray("Jos\xC3\xA9") << QByteArray("x-klingon") << u"José"_s;
    QTest::newRow("unknown charset, not UTF-8")
        << QByteArray("Jos\xE9") << QByteArray("x-klingon") << u"José"_s;
    QTest::newRow("charset name with junk")
        << QByteArray("Jos\xE9") << QByteArray("utf-8\"; x=<>") << u"José"_s;
}

void TestMailMessage::decodeCharset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, text);
    QCOMPARE(mail::decodeCharset(bytes, charset), text);
}

void TestMailMessage::parseDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("utc"); // invalid: unreadable
    QTest::addColumn<int>("offset");

    const auto utc = [](int y, int mo, int d, int h, int mi, int s = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
    };
    QTest::newRow("RFC 5322") << QByteArray("Tue, 31 Mar 2026 22:30:00 +0000")
                              << utc(2026, 3, 31, 22, 30) << 0;
    QTest::newRow("GMT") << QByteArray("Wed, 1 Apr 2026 10:05:09 GMT") << utc(2026, 4, 1, 10, 5, 9)
                         << 0;
    QTest::newRow("no day of week")
        << QByteArray("1 Apr 2026 10:05:09 +0200") << utc(2026, 4, 1, 8, 5, 9) << 7200;
    QTest::newRow("two-digit year, no seconds")
        << QByteArray("Wed, 01 Apr 26 10:05 -0500") << utc(2026, 4, 1, 15, 5) << -18000;
    QTest::newRow("two-digit year in the last century")
        << QByteArray("Thu, 30 Dec 99 23:59:59 +0100") << utc(1999, 12, 30, 22, 59, 59) << 3600;
    QTest::newRow("zone comment") << QByteArray("Tue, 31 Mar 2026 22:30:00 +0200 (CEST)")
                                  << utc(2026, 3, 31, 20, 30) << 7200;
    QTest::newRow("zone name CEST")
        << QByteArray("Tue, 31 Mar 2026 22:30:00 CEST") << utc(2026, 3, 31, 20, 30) << 7200;
    QTest::newRow("zone name EST")
        << QByteArray("31 Mar 2026 10:00 EST") << utc(2026, 3, 31, 15, 0) << -18000;
    QTest::newRow("no zone") << QByteArray("31 Mar 2026 10:00:00") << utc(2026, 3, 31, 10, 0) << 0;
    QTest::newRow("full names, lower case")
        << QByteArray("tuesday, 31 march 2026 22:30:00 +0000") << utc(2026, 3, 31, 22, 30) << 0;
    QTest::newRow("asctime") << QByteArray("Tue Mar 31 22:30:00 2026") << utc(2026, 3, 31, 22, 30)
                             << 0;
    QTest::newRow("leap second") << QByteArray("31 Mar 2026 22:30:60 +0000")
                                 << utc(2026, 3, 31, 22, 30, 59) << 0;
    QTest::newRow("unreadable") << QByteArray("gisteren om drie uur") << QDateTime() << 0;
    QTest::newRow("empty") << QByteArray() << QDateTime() << 0;
    QTest::newRow("day 32") << QByteArray("32 Mar 2026 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("29 February in a common year")
        << QByteArray("29 Feb 2026 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("unknown month") << QByteArray("31 Foo 2026 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("hour 25") << QByteArray("31 Mar 2026 25:00 +0000") << QDateTime() << 0;
    QTest::newRow("bad zone") << QByteArray("31 Mar 2026 10:00 +12345") << QDateTime() << 0;
    QTest::newRow("no time") << QByteArray("Tue, 31 Mar 2026") << QDateTime() << 0;
    QTest::newRow("too many time fields")
        << QByteArray("31 Mar 2026 10:00:00:00 +0000") << QDateTime() << 0;
}

void TestMailMessage::parseDate()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, utc);
    QFETCH(int, offset);
    const QDateTime date = mail::parseDate(value);
    QCOMPARE(date.isValid(), utc.isValid());
    if (utc.isValid()) {
        QCOMPARE(date.toUTC(), utc);
        QCOMPARE(date.offsetFromUtc(), offset);
    }
}

void TestMailMessage::dateInAmsterdam_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDate>("amsterdamDate");

    // Summer time began on 29 March 2026: 22:30 UTC is 00:30 the next day in Amsterdam.
    QTest::newRow("after midnight in Amsterdam")
        << QByteArray("Tue, 31 Mar 2026 22:30:00 +0000") << QDate(2026, 4, 1);
    QTest::newRow("before midnight in Amsterdam")
        << QByteArray("Tue, 31 Mar 2026 21:59:00 +0000") << QDate(2026, 3, 31);
    QTest::newRow("winter time") << QByteArray("Sat, 31 Jan 2026 22:30:00 GMT")
                                 << QDate(2026, 1, 31);
    QTest::newRow("written in New York")
        << QByteArray("Tue, 31 Mar 2026 18:30:00 -0400") << QDate(2026, 4, 1);
}

void TestMailMessage::dateInAmsterdam()
{
    QFETCH(QByteArray, value);
    QFETCH(QDate, amsterdamDate);
    const QTimeZone amsterdam("Europe/Amsterdam");
    QVERIFY(amsterdam.isValid());
    const std::optional<MailMessage> mail = MailMessage::parse(
        QByteArray("From: a@example.nl\nSubject: Datum\nDate: " + value + "\n\nTekst\n"));
    QVERIFY(mail);
    QVERIFY(mail->date.isValid());
    QCOMPARE(mail->date.toTimeZone(amsterdam).date(), amsterdamDate);
}

void TestMailMessage::parseAddresses_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("addresses");

    QTest::newRow("quoted name with a comma")
        << QByteArray("\"Jansen, J.\" <j.jansen@example.nl>") << QStringList { u"Jansen, J."_s }
        << QStringList { u"j.jansen@example.nl"_s };
    QTest::newRow("bare address") << QByteArray("j.jansen@example.nl") << QStringList { QString() }
                                  << QStringList { u"j.jansen@example.nl"_s };
    QTest::newRow("address in angle brackets only")
        << QByteArray("<j.jansen@example.nl>") << QStringList { QString() }
        << QStringList { u"j.jansen@example.nl"_s };
    QTest::newRow("encoded-word name")
        << QByteArray("=?UTF-8?Q?Jos=C3=A9_=C3=87elik?= <jose@example.nl>")
        << QStringList { u"José Çelik"_s } << QStringList { u"jose@example.nl"_s };
    QTest::newRow("encoded word inside quotes")
        << QByteArray("\"=?iso-8859-1?Q?M=FCller?=\" <m@example.de>") << QStringList { u"Müller"_s }
        << QStringList { u"m@example.de"_s };
    QTest::newRow("escaped quotes")
        << QByteArray(R"("Anna \"Ans\" Smit" <a@example.nl>)")
        << QStringList { u"Anna \"Ans\" Smit"_s } << QStringList { u"a@example.nl"_s };
    QTest::newRow("several") << QByteArray(
        "Anna de Vries <anna@example.nl>, \"Bakker, B.\" <b@example.org>,"
        "\r\n c@example.com") << QStringList { u"Anna de Vries"_s, u"Bakker, B."_s, QString() }
                             << QStringList { u"anna@example.nl"_s, u"b@example.org"_s,
                                              u"c@example.com"_s };
    QTest::newRow("group") << QByteArray("Afdeling Privacy: a@example.nl, Bea <b@example.nl>;, "
                                         "d@example.nl")
                           << QStringList { QString(), u"Bea"_s, QString() }
                           << QStringList { u"a@example.nl"_s, u"b@example.nl"_s,
                                            u"d@example.nl"_s };
    QTest::newRow("empty group") << QByteArray("undisclosed-recipients:;") << QStringList()
                                 << QStringList();
    QTest::newRow("name in a comment (old style)")
        << QByteArray("j@example.nl (Jan Jansen)") << QStringList { u"Jan Jansen"_s }
        << QStringList { u"j@example.nl"_s };
    QTest::newRow("unquoted comma in the name")
        << QByteArray("Jansen, J. <j@example.nl>") << QStringList { u"Jansen, J."_s }
        << QStringList { u"j@example.nl"_s };
    QTest::newRow("empty") << QByteArray() << QStringList() << QStringList();
    QTest::newRow("a name without an address")
        << QByteArray("Wilhelmina Oosterhof") << QStringList { u"Wilhelmina Oosterhof"_s }
        << QStringList { QString() };
    QTest::newRow("unclosed quote")
        << QByteArray("\"Anna <a@example.nl>") << QStringList() << QStringList();
}

void TestMailMessage::parseAddresses()
{
    QFETCH(QByteArray, value);
    QFETCH(QStringList, names);
    QFETCH(QStringList, addresses);
    const QList<MailAddress> parsed = mail::parseAddresses(value);
    QStringList parsedNames;
    QStringList parsedAddresses;
    for (const MailAddress &address : parsed) {
        parsedNames.append(address.name);
        parsedAddresses.append(address.address);
    }
    QCOMPARE(parsedNames, names);
    QCOMPARE(parsedAddresses, addresses);
}

void TestMailMessage::headers_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("fromAddress");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QDateTime>("date");

    const QString requestSubject = u"Inzageverzoek art. 15 AVG – José and a folded tail"_s;
    const QDateTime requestDate(QDate(2026, 3, 31), QTime(22, 30), Qt::UTC);
    const QStringList requestTo { u"j.jansen@example.org"_s, u"privacy@example.org"_s };
    QTest::newRow("folded encoded subject, LF")
        << requestMail << requestSubject << u"José Çelik"_s << u"jose@example.nl"_s << requestTo
        << u"c4f1.abc@example.nl"_s << requestDate;
    QTest::newRow("folded encoded subject, CRLF")
        << crlf(requestMail) << requestSubject << u"José Çelik"_s << u"jose@example.nl"_s
        << requestTo << u"c4f1.abc@example.nl"_s << requestDate;
    QTest::newRow("ISO-8859-1 B subject, names in any case")
        << QByteArray("SUBJECT: =?iso-8859-1?B?Q2Fm6SBN/GxsZXI=?=\nfrom: \"Jansen, J.\" "
                      "<j@example.nl>\nDATE: 1 Apr 2026 10:00 GMT\n\nTekst\n")
        << u"Café Müller"_s << u"Jansen, J."_s << u"j@example.nl"_s << QStringList() << QString()
        << QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("split character, bare From, unreadable Date")
        << QByteArray("From: anna@example.nl\r\nSubject: =?UTF-8?B?Sm9zww==?=\r\n"
                      " =?UTF-8?B?qQ==?=\r\nDate: ooit\r\n\r\nTekst\r\n")
        << u"José"_s << QString() << u"anna@example.nl"_s << QStringList() << QString()
        << QDateTime();
    QTest::newRow("mbox From line and BOM")
        << QByteArray("\xEF\xBB\xBF"
                      "From anna@example.nl Tue Mar 31 22:30:00 2026\n"
                      "From: Anna <anna@example.nl>\nSubject: Raw UTF-8 \xC3\xA9\n\n")
        << u"Raw UTF-8 é"_s << u"Anna"_s << u"anna@example.nl"_s << QStringList() << QString()
        << QDateTime();
}

void TestMailMessage::headers()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, subject);
    QFETCH(QString, fromName);
    QFETCH(QString, fromAddress);
    QFETCH(QStringList, to);
    QFETCH(QString, messageId);
    QFETCH(QDateTime, date);

    QString error = u"stale"_s;
    const std::optional<MailMessage> mail = MailMessage::parse(raw, &error);
    QVERIFY2(mail, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(mail->subject, subject);
    QCOMPARE(mail->from.name, fromName);
    QCOMPARE(mail->from.address, fromAddress);
    QStringList parsedTo;
    for (const MailAddress &address : mail->to)
        parsedTo.append(address.address);
    QCOMPARE(parsedTo, to);
    QCOMPARE(mail->messageId, messageId);
    QCOMPARE(mail->date.isValid(), date.isValid());
    if (date.isValid())
        QCOMPARE(mail->date.toUTC(), date);
}

void TestMailMessage::body_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fromHtml");

    const auto both
        = [](const char *name, const QByteArray &raw, const QString &text, bool fromHtml) {
              QTest::addRow("%s, LF", name) << raw << text << fromHtml;
              QTest::addRow("%s, CRLF", name) << crlf(raw) << text << fromHtml;
          };
    both("plain 7bit", requestMail, u"Geachte privacy officer,\nGraag inzage.\n"_s, false);
    both("quoted-printable",
         QByteArray("From: a@example.nl\nSubject: QP\nContent-Type: text/plain; charset=utf-8\n"
                    "Content-Transfer-Encoding: Quoted-Printable\n\n"
                    "Geachte heer, hierbij vraag ik om inzage in mijn gegevens, verstuurd op=\n"
                    " woensdag. Caf=C3=A9 =3D koffie.=20\nTweede regel  \n"),
         u"Geachte heer, hierbij vraag ik om inzage in mijn gegevens, verstuurd op woensdag. "
         "Café = koffie. \nTweede regel\n"_s,
         false);
    both("base64",
         QByteArray("From: a@example.nl\nSubject: B64\nContent-Type: text/plain; "
                    "charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n"
                    "R2VhY2h0ZSBoZWVyIMOHZWxpaywKVXcgdmVyem9l\n"
                    "ayBpcyBvbnR2YW5nZW4uCg==\n"),
         u"Geachte heer Çelik,\nUw verzoek is ontvangen.\n"_s, false);
    both("ISO-8859-1 quoted-printable",
         QByteArray("From: a@example.nl\nSubject: Latin\nContent-Type: text/plain; "
                    "charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
                    "Caf=E9 De Hoek"),
         u"Café De Hoek"_s, false);
    both("unlabelled 8-bit windows-1252",
         QByteArray("From: a@example.nl\nSubject: 8bit\n\nCaf\xE9 \x80 5\n"), u"Café € 5\n"_s,
         false);
    both("alternative: plain preferred", alternativeMail, u"Platte tekst"_s, false);
    both("alternative: blank plain, HTML instead", htmlOnlyMail,
         u"Beste Anna & Piet,\nCafé éé <test>\nnieuwe regel\n- een\n- twee"_s, true);
    both("HTML only",
         QByteArray("From: a@example.nl\nSubject: HTML\nContent-Type: text/html\n\n"
                    "<div>Een&nbsp;&nbsp;twee</div><table><tr><td>a</td><td>b</td></tr></table>"
                    "<pre>  vast\n  formaat</pre><p>3 &lt 4 &amp;c &unknown; &#0; <b\n"
                    "class=\"x>y\" title=it's>vet</b></p><p></p><p></p><p>eind</p>"),
         u"Een  twee\na b\n  vast\n  formaat\n3 &lt 4 &c &unknown; \uFFFD vet\neind"_s, true);
    both("nested mixed > alternative", nestedMail, u"Zie bijlage, groet uit Café De Hoek."_s,
         false);
    both("mixed: text, image, text (Apple Mail)",
         QByteArray("From: a@example.nl\nSubject: Foto\nContent-Type: multipart/mixed; "
                    "boundary=m\n\n--m\nContent-Type: text/plain\n\nEerste deel\n--m\n"
                    "Content-Type: image/png\nContent-Disposition: inline\n\nPNG\n--m\n"
                    "Content-Type: text/plain\n\nTweede deel\n--m--\n"),
         u"Eerste deel\nTweede deel"_s, false);
    both("boundary prefix of another boundary",
         QByteArray("From: a@example.nl\nSubject: B\nContent-Type: multipart/mixed; "
                    "boundary=\"b1\"\n\n--b1\nContent-Type: multipart/alternative; boundary=b10\n\n"
                    "--b10\nContent-Type: text/plain\n\nBinnen\n--b10--\n--b1--\n"),
         u"Binnen"_s, false);
    both("boundary that never closes",
         QByteArray("From: a@example.nl\nSubject: Open\nContent-Type: multipart/mixed; "
                    "boundary=open\n\n--open\nContent-Type: text/plain\n\nNooit gesloten\n"),
         u"Nooit gesloten\n"_s, false);
    both("no empty line after the headers",
         QByteArray("From: a@example.nl\nSubject: Direct\nMeteen de tekst\n"),
         u"Meteen de tekst\n"_s, false);
    both("headers only", QByteArray("From: a@example.nl\nSubject: Leeg"), QString(), false);
}

void TestMailMessage::body()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    QFETCH(bool, fromHtml);

    QString error;
    const std::optional<MailMessage> mail = MailMessage::parse(raw, &error);
    QVERIFY2(mail, qPrintable(error));
    QCOMPARE(mail->text, text);
    QCOMPARE(mail->textFromHtml, fromHtml);
}

void TestMailMessage::attachments_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QStringList>("fileNames");
    QTest::addColumn<QStringList>("contentTypes");
    QTest::addColumn<QByteArray>("firstContent");
    QTest::addColumn<QString>("text");

    const auto withPart = [](const QByteArray &partHeaders) -> QByteArray {
        return "From: a@example.nl\nSubject: Bijlage\nContent-Type: multipart/mixed; "
               "boundary=\"=_part\"\n\n--=_part\nContent-Type: text/plain\n\nZie bijlage.\n"
               "--=_part\n"
            + partHeaders + "Content-Transfer-Encoding: base64\n\n" + pdfBase64 + "--=_part--\n";
    };
    const QStringList pdf { u"application/pdf"_s };

    QTest::newRow("filename=") << withPart("Content-Type: application/pdf\n"
                                           "Content-Disposition: attachment; "
                                           "filename=\"verzoek.pdf\"\n")
                               << QStringList { u"verzoek.pdf"_s } << pdf << pdfBytes
                               << u"Zie bijlage."_s;
    QTest::newRow("filename*= RFC 2231")
        << withPart("Content-Type: application/pdf\nContent-Disposition: attachment;\n"
                    " filename*=UTF-8''Inzage%20Jos%C3%A9.pdf\n")
        << QStringList { u"Inzage José.pdf"_s } << pdf << pdfBytes << u"Zie bijlage."_s;
    QTest::newRow("RFC 2231 continuations")
        << withPart("Content-Type: application/pdf\nContent-Disposition: attachment;\n"
                    " filename*0*=utf-8'nl'Bijlage%20;\n filename*1=\"deel twee.pdf\"\n")
        << QStringList { u"Bijlage deel twee.pdf"_s } << pdf << pdfBytes << u"Zie bijlage."_s;
    QTest::newRow("Content-Type name=")
        << withPart("Content-Type: Application/PDF; name=\"scan.pdf\"\n"
                    "Content-Disposition: attachment\n")
        << QStringList { u"scan.pdf"_s } << pdf << pdfBytes << u"Zie bijlage."_s;
    QTest::newRow("encoded-word name (Outlook)")
        << withPart("Content-Type: application/pdf;\n name=\"=?utf-8?B?w5Zra2XFny5wZGY=?=\"\n")
        << QStringList { u"Ökkeş.pdf"_s } << pdf << pdfBytes << u"Zie bijlage."_s;
    QTest::newRow("directory part dropped")
        << withPart("Content-Type: application/pdf\nContent-Disposition: attachment; "
                    "filename=\"C:\\Users\\anna\\..\\brief.pdf\"\n")
        << QStringList { u"brief.pdf"_s } << pdf << pdfBytes << u"Zie bijlage."_s;
    QTest::newRow("text file with a name is an attachment")
        << withPart("Content-Type: text/plain; name=\"notities.txt\"\n")
        << QStringList { u"notities.txt"_s } << QStringList { u"text/plain"_s } << pdfBytes
        << u"Zie bijlage."_s;
    QTest::newRow("nested, CRLF") << crlf(nestedMail) << QStringList { u"verzoek.pdf"_s } << pdf
                                  << pdfBytes << u"Zie bijlage, groet uit Café De Hoek."_s;
    QTest::newRow("inline image without a name")
        << QByteArray("From: a@example.nl\nSubject: Foto\nContent-Type: multipart/related; "
                      "boundary=r\n\n--r\nContent-Type: text/html\n\n<p>Kijk</p>\n--r\n"
                      "Content-Type: image/png\nContent-ID: <foto1>\n\nPNG\n--r--\n")
        << QStringList { QString() } << QStringList { u"image/png"_s } << QByteArray("PNG")
        << u"Kijk"_s;
    QTest::newRow("forwarded message")
        << QByteArray("From: a@example.nl\nSubject: Fwd\nContent-Type: multipart/mixed; "
                      "boundary=f\n\n--f\nContent-Type: text/plain\n\nDoorgestuurd.\n--f\n"
                      "Content-Type: message/rfc822\n\nFrom: b@example.nl\n"
                      "Subject: =?UTF-8?Q?Klacht_caf=C3=A9?=\n\nOrigineel\n--f--\n")
        << QStringList { u"Klacht café.eml"_s } << QStringList { u"message/rfc822"_s }
        << QByteArray("From: b@example.nl\nSubject: =?UTF-8?Q?Klacht_caf=C3=A9?=\n\nOrigineel")
        << u"Doorgestuurd."_s;
    QTest::newRow("quoted-printable attachment and a signature")
        << QByteArray("From: a@example.nl\nSubject: Getekend\nContent-Type: multipart/signed; "
                      "boundary=s; protocol=\"application/pgp-signature\"\n\n--s\n"
                      "Content-Type: text/plain\n\nOndertekend\n--s\n"
                      "Content-Type: application/pgp-signature; name=signature.asc\n"
                      "Content-Transfer-Encoding: quoted-printable\n\nsig=3Dnatuur\n--s--\n")
        << QStringList { u"signature.asc"_s } << QStringList { u"application/pgp-signature"_s }
        << QByteArray("sig=natuur") << u"Ondertekend"_s;
    QTest::newRow("the whole message is a PDF")
        << QByteArray("From: a@example.nl\nSubject: Scan\nContent-Type: application/pdf\n"
                      "Content-Transfer-Encoding: base64\n\n"
                      + pdfBase64)
        << QStringList { QString() } << pdf << pdfBytes << QString();
}

void TestMailMessage::attachments()
{
    QFETCH(QByteArray, raw);
    QFETCH(QStringList, fileNames);
    QFETCH(QStringList, contentTypes);
    QFETCH(QByteArray, firstContent);
    QFETCH(QString, text);

    QString error;
    const std::optional<MailMessage> mail = MailMessage::parse(raw, &error);
    QVERIFY2(mail, qPrintable(error));
    QStringList names;
    QStringList types;
    for (const MailAttachment &attachment : mail->attachments) {
        names.append(attachment.fileName);
        types.append(attachment.contentType);
    }
    QCOMPARE(names, fileNames);
    QCOMPARE(types, contentTypes);
    QCOMPARE(mail->attachments.constFirst().content, firstContent);
    QCOMPARE(mail->text, text);
}

void TestMailMessage::refused_data()
{
    QTest::addColumn<QByteArray>("raw");

    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xFF\xFE\x01 From: a@example.nl\n\n", 25);
    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<</Type/Catalog>>\n");
    QTest::newRow("a letter, not an e-mail")
        << QByteArray("Beste mevrouw,\nFrom: dit is geen kop\n\nGroet\n");
    QTest::newRow("headers without From, Date or Subject")
        << QByteArray("X-Mailer: iets\nContent-Type: text/plain\n\nTekst\n");
    QTest::newRow("starts with a continuation line") << QByteArray(" From: a@example.nl\n\n");
    QTest::newRow("starts with an empty line") << QByteArray("\nFrom: a@example.nl\n\nTekst\n");
}

void TestMailMessage::refused()
{
    QFETCH(QByteArray, raw);
    QString error;
    QVERIFY(!MailMessage::parse(raw, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!MailMessage::parse(raw)); // no error wanted: no crash either
}

void TestMailMessage::depthIsCapped_data()
{
    QTest::addColumn<int>("multiparts");
    QTest::addColumn<QString>("text");

    QTest::newRow("maxDepth multiparts are read") << mail::maxDepth << u"Diep verstopt"_s;
    QTest::newRow("one more is not") << mail::maxDepth + 1 << QString();
    QTest::newRow("300") << 300 << QString();
}

void TestMailMessage::depthIsCapped()
{
    QFETCH(int, multiparts);
    QFETCH(QString, text);
    QString error;
    const std::optional<MailMessage> mail
        = MailMessage::parse(nestedMultiparts(multiparts), &error);
    QVERIFY2(mail, qPrintable(error));
    QCOMPARE(mail->subject, u"Diep"_s);
    QCOMPARE(mail->text, text);
}

void TestMailMessage::hostile_data()
{
    QTest::addColumn<QByteArray>("raw");

    const qsizetype megabyte = 1024 * 1024;
    const QByteArray head = "From: a@example.nl\nDate: 1 Apr 2026 10:00 GMT\n";
    QTest::newRow("binary garbage") << garbage(64 * 1024, 7);
    QTest::newRow("headers, then garbage")
        << QByteArray(head + "Subject: x\n\n" + garbage(64 * 1024, 11));
    QTest::newRow("1 MB subject line")
        << QByteArray(head + "Subject: " + QByteArray(megabyte, 'a') + "\n\n");
    QTest::newRow("1 MB subject of unclosed encoded words")
        << QByteArray(head + "Subject: " + repeated("=?c?Q?a", megabyte) + "\n\n");
    QTest::newRow("1 MB subject of encoded words") << QByteArray(
        head + "Subject: " + repeated("=?UTF-8?Q?a?= =?ISO-8859-1?Q?b?= ", megabyte) + "\n\n");
    QTest::newRow("1 MB subject of words in unknown charsets")
        << QByteArray(head + "Subject: " + repeated("=?x-k1?Q?a?= =?x-k2?B?YQ==?= ", megabyte));
    QTest::newRow("1 MB subject of words in alternating charsets")
        << QByteArray(head + "Subject: " + repeated("=?koi8-r?Q?a?= =?utf-8?Q?b?= ", megabyte));
    QTest::newRow("1 MB To of bare names")
        << QByteArray(head + "To: " + repeated("a,", megabyte) + "\n\n");
    QTest::newRow("1 MB To of addresses")
        << QByteArray(head + "To: " + repeated("\"x, y\" <a@example.nl>, ", megabyte) + "\n\n");
    QTest::newRow("1 MB of comments in From")
        << QByteArray("Subject: x\nFrom: " + repeated("(", megabyte));
    QTest::newRow("1 MB Date") << QByteArray(
        "From: a@example.nl\nDate: " + QByteArray(megabyte, '1') + "\n\n");
    QTest::newRow("1 MB Content-Type") << QByteArray(head + "Content-Type: text/plain"
                                                     + repeated("; name*0*=%", megabyte) + "\n\nx");
    QTest::newRow("1 MB of header lines") << QByteArray(head + repeated("X: y\n", megabyte));
    QTest::newRow("1 MB of folded lines")
        << QByteArray(head + "Subject: a\n" + repeated(" b\n", megabyte));
    QTest::newRow("1 MB of unclosed HTML tags")
        << QByteArray(head + "Content-Type: text/html\n\n" + repeated("<a href=\"", megabyte));
    QTest::newRow("1 MB of HTML tags and entities") << QByteArray(
        head + "Content-Type: text/html\n\n" + repeated("<b>&amp;&#x;&#x10FFFFF;<br>", megabyte));
    QTest::newRow("1 MB of unclosed heads")
        << QByteArray(head + "Content-Type: text/html\n\n" + repeated("<head>x", megabyte));
    QTest::newRow("1 MB of stray quotes in tags")
        << QByteArray(head + "Content-Type: text/html\n\n" + repeated("<p a=\"'>", megabyte));
    QTest::newRow("1 MB of unclosed comments and scripts") << QByteArray(
        head + "Content-Type: text/html\n\n" + repeated("<!-- <script> <style>", megabyte));
    QTest::newRow("1 MB quoted-printable") << QByteArray(
        head + "Content-Transfer-Encoding: quoted-printable\n\n" + repeated("=  =\n=Z", megabyte));
    QTest::newRow("1 MB base64 garbage")
        << QByteArray(head + "Content-Transfer-Encoding: base64\n\n" + garbage(megabyte, 3));
    QTest::newRow("thousands of parts")
        << QByteArray(head + "Content-Type: multipart/mixed; boundary=p\n\n"
                      + repeated("--p\nContent-Type: application/octet-stream\n\nx\n", megabyte));
    QTest::newRow("thousands of empty delimiters") << QByteArray(
        head + "Content-Type: multipart/mixed; boundary=p\n\n" + repeated("--p\n", megabyte));
    QTest::newRow("the same boundary in every part")
        << QByteArray(head + "Content-Type: multipart/mixed; boundary=b1\n\n"
                      + repeated("--b1\nContent-Type: multipart/mixed; boundary=b1\n\n", megabyte));
    QTest::newRow("boundary that never closes, 300 deep")
        << nestedMultiparts(300).left(nestedMultiparts(300).indexOf("--b300--"));
    QTest::newRow("CR only") << QByteArray("From: a@example.nl\rSubject: x\r\rTekst\r");
    QTest::newRow("NUL bytes") << QByteArray("From: a@example.nl\nSubject: \0x\n\nA\0B\n", 36);
}

void TestMailMessage::hostile()
{
    QFETCH(QByteArray, raw);
    QString error;
    const std::optional<MailMessage> mail = MailMessage::parse(raw, &error);
    // Either a reading or a refusal with a reason; never a crash, and bounded. (How long it
    // takes is for the fuzz target and a benchmark to tell, not a timed assert: a loaded CI
    // machine is no measure.)
    if (mail) {
        QVERIFY(mail->attachments.size() <= mail::maxParts);
        QVERIFY(!mail->text.contains(QChar(u'\0')));
        qsizetype attached = 0;
        for (const MailAttachment &attachment : mail->attachments)
            attached += attachment.content.size();
        QVERIFY(attached <= raw.size());
    } else {
        QVERIFY(!error.isEmpty());
    }
    (void)MailMessage::looksLikeMail(QString(), raw);
    // The scan for the guards takes the same input: a reading, bounded, never a crash.
    const MailScan scan = MailMessage::scan(raw);
    QVERIFY(scan.items.size() <= 4 * mail::maxScanParts);
    for (const MailReadable &item : scan.items)
        QVERIFY(!item.text.contains(QChar(u'\0')) || item.kind != MailReadable::Kind::Text);
}

void TestMailMessage::looksLikeMail_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("mail");

    const QByteArray pdfHead("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    QTest::newRow(".eml name") << u"Inzageverzoek José.eml"_s << pdfHead << true;
    QTest::newRow(".EML name, no bytes") << u"/tmp/BERICHT.EML"_s << QByteArray() << true;
    QTest::newRow("From header, no name")
        << QString() << QByteArray("Subject: x\nFrom: a@example.nl\n\nTekst") << true;
    QTest::newRow("Received header")
        << u"bericht"_s << QByteArray("Received: from mail.example.nl\n\tby mx;\n") << true;
    QTest::newRow("Return-Path header, CRLF")
        << u"upload.bin"_s << QByteArray("Return-Path: <a@example.nl>\r\n") << true;
    QTest::newRow("MIME-Version header") << QString() << QByteArray("mime-version: 1.0\n") << true;
    QTest::newRow("mbox From line") << QString()
                                    << QByteArray("From a@example.nl Tue Mar 31 22:30:00 2026\n"
                                                  "From: a@example.nl\n")
                                    << true;
    QTest::newRow("PDF head") << u"scan.pdf"_s << pdfHead << false;
    QTest::newRow("PDF head, no name") << QString() << pdfHead << false;
    QTest::newRow("letter mentioning From:")
        << u"brief.txt"_s << QByteArray("Beste mevrouw,\nFrom: ik\n") << false;
    QTest::newRow("From after the header block")
        << QString() << QByteArray("Subject: x\n\nFrom: a@example.nl\n") << false;
    QTest::newRow("headers without those names")
        << QString() << QByteArray("Subject: x\nX-Mailer: y\n") << false;
    QTest::newRow("empty") << QString() << QByteArray() << false;
    QTest::newRow("name merely containing eml") << u"emlfile.txt"_s << QByteArray("x") << false;
}

void TestMailMessage::looksLikeMail()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, head);
    QFETCH(bool, mail);
    QCOMPARE(MailMessage::looksLikeMail(fileName, head), mail);
}

void TestMailMessage::scan_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QStringList>("items");

    // A forwarded message (message/rfc822) whose own multipart holds an ID scan named in
    // RFC 2231 form: a level deeper than MailMessage::parse() lists attachments.
    QTest::newRow("forwarded message with an RFC 2231 name inside")
        << crlf("From: Fenna <f@example.nl>\nSubject: Fwd: verzoek\nDate: Wed, 1 Apr 2026 10:00:00 "
                "+0200\n"
                "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"outer\"\n\n"
                "--outer\nContent-Type: text/plain; charset=utf-8\n\nZie het doorgestuurde "
                "bericht.\n"
                "--outer\nContent-Type: message/rfc822\n\n"
                "From: Moeder <m@example.nl>\nSubject: =?UTF-8?Q?Inzage_caf=C3=A9?=\n"
                "Content-Type: multipart/mixed; boundary=\"inner\"\n\n"
                "--inner\nContent-Type: text/plain\n\nHierbij mijn verzoek.\n"
                "--inner\nContent-Type: image/jpeg\n"
                "Content-Disposition: attachment; filename*=utf-8''paspoort%2Dscan.jpg\n"
                "Content-Transfer-Encoding: base64\n\n/9j/4AAQ\n--inner--\n--outer--\n")
        << QStringList { u"subject 0: Fwd: verzoek"_s,
                         u"header 0 [from]: Fenna <f@example.nl>"_s,
                         u"header 0 [date]: Wed, 1 Apr 2026 10:00:00 +0200"_s,
                         u"text 0: Zie het doorgestuurde bericht."_s,
                         u"subject 1 (Inzage café): Inzage café"_s,
                         u"header 1 [from] (Inzage café): Moeder <m@example.nl>"_s,
                         u"text 1 (Inzage café): Hierbij mijn verzoek."_s,
                         u"name 1 (Inzage café): paspoort-scan.jpg"_s };
    QTest::newRow("base64 body in ISO-8859-1")
        << QByteArray("From: a@example.nl\nSubject: BSN\n"
                      "Content-Type: text/plain; charset=iso-8859-1\n"
                      "Content-Transfer-Encoding: base64\n\n"
                      + QByteArray("Mijn BSN: 123456789, caf\xE9").toBase64() + "\n")
        << QStringList { u"subject 0: BSN"_s, u"header 0 [from]: a@example.nl"_s,
                         u"text 0: Mijn BSN: 123456789, café"_s };
    QTest::newRow("quoted-printable, a soft line break inside the number")
        << crlf("From: a@example.nl\nSubject: QP\nContent-Type: text/plain; charset=windows-1252\n"
                "Content-Transfer-Encoding: quoted-printable\n\nNummer 12345=\n6789 =E9n meer\n")
        << QStringList { u"subject 0: QP"_s, u"header 0 [from]: a@example.nl"_s,
                         u"text 0: Nummer 123456789 én meer"_s };
    QTest::newRow("alternative: the plain text, the HTML as shown and what it holds unshown")
        << QByteArray("From: a@example.nl\nSubject: Alt\nContent-Type: multipart/alternative; "
                      "boundary=a\n\n--a\nContent-Type: text/plain\n\nPlat\n--a\n"
                      "Content-Type: text/html\n\n<p title=\"x\">Op<b>ge</b>maakt</p>\n--a--\n")
        << QStringList { u"subject 0: Alt"_s, u"header 0 [from]: a@example.nl"_s, u"text 0: Plat"_s,
                         u"text 0: Opgemaakt"_s, u"text 0: Opgemaakt\n\nx"_s };
    // A digit hidden by display:none splits a number as nobody sees it; the shown text joins
    // it. A number in a comment, a hidden element or an attribute is read apart. CSS is not.
    QTest::newRow("HTML: hidden elements, comments, attributes; no CSS")
        << QByteArray("From: a@example.nl\nSubject: Html\nContent-Type: text/html\n\n"
                      "<html><head><style>p { mso-font-signature:-1610611985 1073750107 }</style>"
                      "</head><body><p>11122<span style=\"DISPLAY : none\">0</span>2334</p>"
                      "<div hidden>Verborgen <b>tekst</b></div><!-- opmerking -->"
                      "<img alt=\"plaatje\" style=\"width:123456789px\"><br>Einde</body></html>\n")
        << QStringList { u"subject 0: Html"_s, u"header 0 [from]: a@example.nl"_s,
                         u"text 0: 111222334\n\nEinde"_s,
                         u"text 0: 1112202334\nVerborgen tekst\n\nEinde\n\n opmerking\nplaatje"_s };
    // Shown header fields (From with its name, To, Cc, Reply-To, ...) are read; machine fields
    // are not; a line folded without white space is read whatever field it joined.
    QTest::newRow("header fields a mail program shows, a mis-folded line")
        << QByteArray("From: \"Jan 123456789\" <jan@example.nl>\nTo: privacy@example.nl\n"
                      "Subject: =?utf-8?B?SW56YWdl?=\n=?utf-8?B?IGNhZsOp?=\n"
                      "X-Forefront-Antispam-Report: SFS:(93006095)(10201501046)\n"
                      "Reply-To: =?utf-8?Q?Jan_de_Vries?= <j@example.nl>\n\nTekst\n")
        << QStringList { u"subject 0: Inzage café"_s,
                         u"header 0 [from]: \"Jan 123456789\" <jan@example.nl>"_s,
                         u"header 0 [to]: privacy@example.nl"_s,
                         u"header 0 [reply-to]: Jan de Vries <j@example.nl>"_s,
                         u"text 0: café"_s,
                         u"text 0: Tekst"_s };
    QTest::newRow("an attached text file, an RFC 2047 name")
        << QByteArray("From: a@example.nl\nSubject: Bestanden\nContent-Type: multipart/mixed; "
                      "boundary=m\n\n--m\nContent-Type: text/plain; name=\"notities.txt\"\n"
                      "Content-Disposition: attachment\n\nAantekening\n--m\n"
                      "Content-Type: application/pdf;\n name=\"=?utf-8?B?w5Zra2XFny5wZGY=?=\"\n"
                      "Content-Transfer-Encoding: base64\n\n"
                      + pdfBase64 + "--m--\n")
        << QStringList { u"subject 0: Bestanden"_s, u"header 0 [from]: a@example.nl"_s,
                         u"name 0: notities.txt"_s, u"text 0 [notities.txt]: Aantekening"_s,
                         u"name 0: Ökkeş.pdf"_s };
    QTest::newRow("a forwarded message attached as a file, quoted-printable, two levels")
        << QByteArray("From: a@example.nl\nSubject: Buiten\nContent-Type: multipart/mixed; "
                      "boundary=m\n\n--m\nContent-Type: application/octet-stream; "
                      "name=\"oud.eml\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                      "Subject: Midden\nContent-Type: message/rfc822\n\nSubject: Binnen\n"
                      "Content-Type: text/plain\n\nDiep=\n ste tekst\n--m--\n")
        << QStringList { u"subject 0: Buiten"_s,
                         u"header 0 [from]: a@example.nl"_s,
                         u"name 0: oud.eml"_s,
                         u"subject 1 (Midden): Midden"_s,
                         u"subject 2 (Binnen): Binnen"_s,
                         u"text 2 (Binnen): Diep ste tekst"_s };
    // Data a person reads as text whatever its type says: JSON, XML, a vCard.
    QTest::newRow("a JSON and a vCard attachment")
        << QByteArray("From: a@example.nl\nSubject: Export\nContent-Type: multipart/mixed; "
                      "boundary=m\n\n--m\nContent-Type: application/json; name=\"export.json\"\n"
                      "Content-Transfer-Encoding: base64\n\n"
                      + QByteArray("{\"nummer\": \"111222334\"}").toBase64()
                      + "\n--m\nContent-Type: application/octet-stream; name=\"jan.vcf\"\n\n"
                        "BEGIN:VCARD\nNOTE:123456789\nEND:VCARD\n--m--\n")
        << QStringList { u"subject 0: Export"_s,
                         u"header 0 [from]: a@example.nl"_s,
                         u"name 0: export.json"_s,
                         u"text 0 [export.json]: {\"nummer\": \"111222334\"}"_s,
                         u"name 0: jan.vcf"_s,
                         u"text 0 [jan.vcf]: BEGIN:VCARD\nNOTE:123456789\nEND:VCARD"_s };
    QTest::newRow("not an e-mail: all of it is text")
        << QByteArray("Beste mevrouw,\nMijn nummer staat hieronder.\n")
        << QStringList { u"text 0: Beste mevrouw,\nMijn nummer staat hieronder."_s };
}

void TestMailMessage::scan()
{
    QFETCH(QByteArray, raw);
    QFETCH(QStringList, items);
    const MailScan scan = MailMessage::scan(raw);
    QVERIFY(scan.complete);
    QCOMPARE(describe(scan), items);
}

void TestMailMessage::scanIsBounded_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("complete");

    QTest::newRow("maxScanDepth multiparts") << nestedMultiparts(mail::maxScanDepth) << true;
    QTest::newRow("one more") << nestedMultiparts(mail::maxScanDepth + 1) << false;
    QTest::newRow("maxScanDepth forwarded messages") << forwardChain(mail::maxScanDepth) << true;
    QTest::newRow("one more forwarded") << forwardChain(mail::maxScanDepth + 1) << false;
    QTest::newRow("300 forwarded") << forwardChain(300) << false;
    const QByteArray head = "From: a@example.nl\nSubject: Veel\nContent-Type: multipart/mixed; "
                            "boundary=p\n\n";
    const QByteArray part = "--p\nContent-Type: application/octet-stream\n\nx\n";
    QTest::newRow("maxScanParts parts")
        << QByteArray(head + repeated(part, part.size() * (mail::maxScanParts - 1)) + "--p--\n")
        << true;
    QTest::newRow("one more part")
        << QByteArray(head + repeated(part, part.size() * mail::maxScanParts) + "--p--\n") << false;
    QTest::newRow("a text larger than maxScanBytes")
        << QByteArray("Subject: Groot\n\n" + QByteArray(mail::maxScanBytes + 1, 'a')) << false;
}

void TestMailMessage::scanIsBounded()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, complete);
    const MailScan scan = MailMessage::scan(raw);
    QCOMPARE(scan.complete, complete);
    // What lies within the limits is read: the innermost text when nothing was left out.
    const bool innermost = std::any_of(scan.items.cbegin(), scan.items.cend(), [](const auto &i) {
        return i.text.contains(u"Diep verstopt"_s) || i.text.contains(u"Helemaal onderop"_s);
    });
    if (raw.contains("Diep verstopt") || raw.contains("Helemaal onderop"))
        QCOMPARE(innermost, complete);
}

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
