#include "mail/OutgoingMail.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace pd::outgoing {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype lineLimit = 76;

bool plainAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return !text.contains(u"=?"_s);
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toHex();
}

// RFC 2047 B-words of at most 75 characters, never splitting a character's UTF-8 bytes, joined by
// a folding space.
QByteArray encodedWords(const QString &text)
{
    // 52 characters of base64 inside =?UTF-8?B?…?=: with "Subject: " in front, under 78.
    constexpr qsizetype maxChunk = 39;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray one = text.sliced(i, width).toUtf8();
        if (chunk.size() + one.size() > maxChunk) {
            words << chunk;
            chunk.clear();
        }
        chunk += one;
        i += width;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &word : std::as_const(words)) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

// A header's unstructured text (a subject): as it is when it is short plain ASCII, else encoded.
QByteArray headerText(const QString &text)
{
    const QString flat = QString(text).replace(u'\r', u' ').replace(u'\n', u' ');
    if (plainAscii(flat) && flat.size() <= 900)
        return flat.toLatin1();
    return encodedWords(flat);
}

QByteArray mailbox(const MailAddress &address)
{
    const QString name = address.name.simplified();
    const QByteArray angle = '<' + address.address.toLatin1() + '>';
    if (name.isEmpty())
        return angle;
    QByteArray shown;
    if (plainAscii(name) && name.size() <= 60) {
        QString quoted = name;
        quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        shown = '"' + quoted.toLatin1() + '"';
    } else {
        shown = encodedWords(name);
    }
    // The address on a line of its own when the name's last line leaves no room for it.
    const qsizetype lastLine = shown.size() - (shown.lastIndexOf('\n') + 1);
    return shown + (lastLine + angle.size() > 66 ? "\r\n " : " ") + angle;
}

// Quoted-printable over UTF-8 with CRLF line ends and soft breaks; a leading dot and trailing
// white space encoded, so no server or client changes a byte.
QByteArray quotedPrintable(const QString &text)
{
    QByteArray out;
    const QStringList lines = QString(text).remove(u'\r').split(u'\n');
    for (const QString &line : lines) {
        const QByteArray bytes = line.toUtf8();
        QByteArray encoded;
        qsizetype width = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(i));
            const bool last = i + 1 == bytes.size();
            const bool literal
                = (c >= 33 && c <= 126 && c != '=' && !(c == '.' && i == 0)) || (c == ' ' && !last);
            const QByteArray piece = literal
                ? QByteArray(1, char(c))
                : '=' + QByteArray::number(c, 16).rightJustified(2, '0').toUpper();
            if (width + piece.size() > lineLimit - 1) {
                encoded += "=\r\n";
                width = 0;
            }
            encoded += piece;
            width += piece.size();
        }
        out += encoded + "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray all = bytes.toBase64();
    QByteArray out;
    out.reserve(all.size() + all.size() / lineLimit * 2 + 2);
    for (qsizetype at = 0; at < all.size(); at += lineLimit)
        out += all.mid(at, lineLimit) + "\r\n";
    return out;
}

// RFC 2231 for a name that is not plain ASCII, with an ASCII fallback for old readers.
QByteArray fileNameParameters(const QString &name)
{
    QString ascii;
    for (const QChar c : name)
        ascii += c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\' ? c : u'_';
    QByteArray out = "filename=\"" + ascii.toLatin1() + '"';
    if (ascii != name)
        out += ";\r\n filename*=UTF-8''" + name.toUtf8().toPercentEncoding();
    return out;
}

QByteArray idList(const QStringList &ids)
{
    QByteArray out;
    for (const QString &id : ids) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += '<' + id.toLatin1() + '>';
    }
    return out;
}

} // namespace

QString newMessageId(const QString &fromAddress)
{
    const qsizetype at = fromAddress.lastIndexOf(u'@');
    const QString domain = at < 0 ? u"privacydesk.invalid"_s : fromAddress.mid(at + 1);
    // Letters only: the Message-ID is recorded with the letter ("per e-mail aan … (Message-ID
    // <…>)"), and a run of digits in it could read as a BSN to the guard.
    QString local;
    for (int i = 0; i < 26; ++i)
        local += QChar(u'a' + QRandomGenerator::system()->bounded(26));
    return local + u".privacydesk@"_s + domain;
}

bool validAddress(const QString &address)
{
    static const QRegularExpression plain(
        u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
        "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    return address.size() <= 254 && plain.match(address).hasMatch() && !address.startsWith(u'.')
        && !address.contains(u".."_s) && !address.contains(u".@"_s);
}

QString messageIdIn(const QByteArray &message)
{
    const qsizetype headerEnd = message.indexOf("\r\n\r\n");
    const QByteArray headers = message.left(headerEnd < 0 ? message.size() : headerEnd);
    const qsizetype at = headers.indexOf("\r\nMessage-ID: <");
    const qsizetype end = at < 0 ? -1 : headers.indexOf('>', at);
    return end < 0 ? QString() : QString::fromLatin1(headers.mid(at + 15, end - at - 15));
}

QByteArray dateHeader(const QDateTime &moment)
{
    const QDateTime local = moment.toTimeZone(QTimeZone("Europe/Amsterdam"));
    const int offset = local.offsetFromUtc() / 60;
    const QByteArray zone = (offset < 0 ? "-" : "+")
        + QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0')
        + QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0');
    return QLocale::c().toString(local, u"ddd, d MMM yyyy HH:mm:ss"_s).toLatin1() + ' ' + zone;
}

QByteArray compose(const OutgoingMail &mail)
{
    QByteArray out;
    out += "From: " + mailbox(mail.from) + "\r\n";
    out += "To: " + mailbox(mail.to) + "\r\n";
    out += "Subject: " + headerText(mail.subject) + "\r\n";
    out += "Date: " + dateHeader(mail.date) + "\r\n";
    out += "Message-ID: <" + mail.messageId.toLatin1() + ">\r\n";
    if (!mail.inReplyTo.isEmpty())
        out += "In-Reply-To: <" + mail.inReplyTo.toLatin1() + ">\r\n";
    if (!mail.references.isEmpty())
        out += "References: " + idList(mail.references) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Auto-Submitted: no\r\n";
    const QByteArray text = "Content-Type: text/plain; charset=UTF-8\r\n"
                            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quotedPrintable(mail.text);
    if (mail.attachments.isEmpty())
        return out + text;
    const QByteArray boundary = "=_privacydesk_" + randomHex(12);
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + text;
    for (const OutgoingAttachment &file : mail.attachments) {
        out += "--" + boundary + "\r\n";
        out += "Content-Type: " + file.mediaType.toLatin1() + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n";
        out += "Content-Disposition: attachment; " + fileNameParameters(file.fileName) + "\r\n\r\n";
        out += base64Lines(file.bytes);
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace pd::outgoing
