#include "OutlookWriter.h"

#include <QtEndian>

#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-output.h>
#include <gsf/gsf-utils.h>

namespace pd::test {

namespace {

void write(GsfOutput *output, const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        gsf_output_write(output, size_t(bytes.size()),
                         reinterpret_cast<const guint8 *>(bytes.constData()));
}

void writeStream(GsfOutfile *storage, const QByteArray &name, const QByteArray &bytes)
{
    GsfOutput *stream = gsf_outfile_new_child(storage, name.constData(), FALSE);
    write(stream, bytes);
    gsf_output_close(stream);
    g_object_unref(stream);
}

GsfOutfile *newStorage(GsfOutfile *parent, const QByteArray &name)
{
    return reinterpret_cast<GsfOutfile *>(gsf_outfile_new_child(parent, name.constData(), TRUE));
}

void closeStorage(GsfOutfile *storage)
{
    gsf_output_close(reinterpret_cast<GsfOutput *>(storage));
    g_object_unref(storage);
}

bool isFixed(quint16 type)
{
    return type == 0x0003 || type == 0x000B || type == 0x0040 || type == 0x0014;
}

QByteArray hex4(quint32 value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

// kind: 0 the file's message, 1 an embedded message, 2 an attachment or a recipient.
void writeObject(GsfOutfile *storage, const MsgObject &object, int kind)
{
    QByteArray properties(kind == 0 ? 32 : kind == 1 ? 24 : 8, '\0');
    if (kind < 2) {
        uchar *header = reinterpret_cast<uchar *>(properties.data());
        qToLittleEndian<quint32>(quint32(object.recipients.size()), header + 8);
        qToLittleEndian<quint32>(quint32(object.attachments.size()), header + 12);
        qToLittleEndian<quint32>(quint32(object.recipients.size()), header + 16);
        qToLittleEndian<quint32>(quint32(object.attachments.size()), header + 20);
    }
    for (const MsgProperty &property : object.properties) {
        QByteArray entry(16, '\0');
        uchar *e = reinterpret_cast<uchar *>(entry.data());
        qToLittleEndian<quint16>(property.type, e);
        qToLittleEndian<quint16>(property.id, e + 2);
        qToLittleEndian<quint32>(6, e + 4); // readable, writable
        if (isFixed(property.type)) {
            qToLittleEndian<quint64>(property.fixed, e + 8);
        } else {
            qToLittleEndian<quint32>(quint32(property.bytes.size()), e + 8);
            writeStream(storage, "__substg1.0_" + hex4(property.id) + hex4(property.type),
                        property.bytes);
        }
        properties += entry;
    }
    for (std::size_t i = 0; i < object.recipients.size(); ++i) {
        GsfOutfile *child = newStorage(
            storage,
            "__recip_version1.0_#"
                + QByteArray::number(qulonglong(i), 16).toUpper().rightJustified(8, '0'));
        writeObject(child, object.recipients[i], 2);
        closeStorage(child);
    }
    for (std::size_t i = 0; i < object.attachments.size(); ++i) {
        GsfOutfile *child = newStorage(
            storage,
            "__attach_version1.0_#"
                + QByteArray::number(qulonglong(i), 16).toUpper().rightJustified(8, '0'));
        const MsgObject &attachment = object.attachments[i];
        writeObject(child, attachment, 2);
        for (const MsgObject &embedded : attachment.embedded) {
            GsfOutfile *inner = newStorage(child, "__substg1.0_3701000D");
            writeObject(inner, embedded, 1);
            closeStorage(inner);
        }
        closeStorage(child);
    }
    writeStream(storage, "__properties_version1.0", properties);
}

template<typename Fill> QByteArray compound(Fill fill)
{
    gsf_init();
    GsfOutput *sink = gsf_output_memory_new();
    GsfOutfile *file = gsf_outfile_msole_new_full(sink, 512, 64);
    fill(file);
    gsf_output_close(reinterpret_cast<GsfOutput *>(file));
    g_object_unref(file); // closing the file closed the sink
    const QByteArray bytes(reinterpret_cast<const char *>(gsf_output_memory_get_bytes(
                               reinterpret_cast<GsfOutputMemory *>(sink))),
                           qsizetype(gsf_output_size(sink)));
    g_object_unref(sink);
    return bytes;
}

QByteArray rtfHeader(quint32 compressedSize, quint32 rawSize, QByteArrayView type)
{
    QByteArray header(8, '\0');
    qToLittleEndian<quint32>(compressedSize, header.data());
    qToLittleEndian<quint32>(rawSize, header.data() + 4);
    header += type;
    header += QByteArray(4, '\0'); // CRC: 0 (not checked by the reader)
    return header;
}

} // namespace

MsgObject &MsgObject::unicode(quint16 id, const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    bytes.append(2, '\0'); // Outlook writes the terminating NUL
    properties.append({ id, 0x001F, bytes, 0 });
    return *this;
}

MsgObject &MsgObject::ansi(quint16 id, const QByteArray &bytes)
{
    properties.append({ id, 0x001E, bytes + '\0', 0 });
    return *this;
}

MsgObject &MsgObject::binary(quint16 id, const QByteArray &bytes)
{
    properties.append({ id, 0x0102, bytes, 0 });
    return *this;
}

MsgObject &MsgObject::integer(quint16 id, qint32 value)
{
    properties.append({ id, 0x0003, {}, quint64(quint32(value)) });
    return *this;
}

MsgObject &MsgObject::time(quint16 id, const QDateTime &moment)
{
    const quint64 filetime = quint64(moment.toMSecsSinceEpoch() + 11644473600000LL) * 10000;
    properties.append({ id, 0x0040, {}, filetime });
    return *this;
}

MsgObject exchangeRequest(const QString &subject, const QString &senderName,
                          const QString &smtpAddress, const QDateTime &delivered,
                          const QString &body)
{
    MsgObject message;
    message.unicode(0x001A, QStringLiteral("IPM.Note"))
        .unicode(0x0037, subject)
        .unicode(0x0C1A, senderName)
        .unicode(0x0C1E, QStringLiteral("EX"))
        .unicode(0x0C1F,
                 QStringLiteral("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP"
                                "/CN=RECIPIENTS/CN=")
                     + senderName.left(2).toUpper())
        .unicode(0x5D01, smtpAddress)
        .time(0x0E06, delivered)
        .unicode(0x1000, body);
    return message;
}

QByteArray writeMsg(const MsgObject &message)
{
    return compound([&message](GsfOutfile *file) { writeObject(file, message, 0); });
}

QByteArray writeCompound(const QList<std::pair<QByteArray, QByteArray>> &streams)
{
    return compound([&streams](GsfOutfile *file) {
        for (const auto &[name, bytes] : streams)
            writeStream(file, name, bytes);
    });
}

QByteArray uncompressedRtf(const QByteArray &rtf)
{
    return rtfHeader(quint32(rtf.size() + 12), quint32(rtf.size()), "MELA") + rtf;
}

QByteArray literalCompressedRtf(const QByteArray &rtf)
{
    // Runs of a control byte 0 and eight literals; then the end: a reference to the write
    // position (207 + size, modulo the 4096-byte dictionary) in a run of its own.
    QByteArray contents;
    qsizetype pos = 0;
    while (pos < rtf.size()) {
        const qsizetype run = std::min<qsizetype>(8, rtf.size() - pos);
        if (run < 8) {
            contents.append(char(1 << run));
            contents.append(rtf.sliced(pos, run));
            pos += run;
            const quint16 end = quint16(((207 + rtf.size()) % 4096) << 4);
            contents.append(char(end >> 8));
            contents.append(char(end & 0xFF));
            return rtfHeader(quint32(contents.size() + 12), quint32(rtf.size()), "LZFu") + contents;
        }
        contents.append('\0');
        contents.append(rtf.sliced(pos, 8));
        pos += 8;
    }
    const quint16 end = quint16(((207 + rtf.size()) % 4096) << 4);
    contents.append('\1');
    contents.append(char(end >> 8));
    contents.append(char(end & 0xFF));
    return rtfHeader(quint32(contents.size() + 12), quint32(rtf.size()), "LZFu") + contents;
}

} // namespace pd::test
