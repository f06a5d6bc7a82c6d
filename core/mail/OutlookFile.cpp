#include "mail/OutlookParts.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-output.h>
#include <gsf/gsf-utils.h>
#include <mutex>

// An Outlook .msg as MS-OXMSG stores it: an OLE2 compound file (MS-CFB) read by libgsf, whose
// storages are the message, its recipients (__recip_version1.0_#…), its attachments
// (__attach_version1.0_#…) and embedded messages (__substg1.0_3701000D), each with its MAPI
// properties: fixed-size values in __properties_version1.0, the others in __substg1.0_IIIITTTT.

namespace pd::mail::outlook {

namespace {

// libgsf once per process; its warnings about damaged files are not the user's business (the
// reader says in its own words what is wrong).
void initialiseGsf()
{
    static std::once_flag once;
    std::call_once(once, [] {
        gsf_init();
        // libgsf logs in its own domains and, for a child it cannot open, in the default one.
        const auto levels
            = GLogLevelFlags(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_CRITICAL
                             | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG);
        for (const char *domain : { "libgsf", "libgsf:msole", static_cast<const char *>(nullptr) })
            g_log_set_handler(
                domain, levels, [](const gchar *, GLogLevelFlags, const gchar *, gpointer) {},
                nullptr);
    });
}

// A GObject reference owned by this scope.
template<typename T> class Ref final
{
public:
    explicit Ref(T *object = nullptr)
        : m_object(object)
    { }
    ~Ref()
    {
        if (m_object)
            g_object_unref(m_object);
    }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    T *get() const { return m_object; }
    explicit operator bool() const { return m_object != nullptr; }

private:
    T *m_object;
};

// A storage of the compound file; nullptr for a stream.
GsfInfile *asStorage(GsfInput *input)
{
    if (!input
        || !g_type_check_instance_is_a(reinterpret_cast<GTypeInstance *>(input),
                                       gsf_infile_get_type()))
        return nullptr;
    GsfInfile *storage = reinterpret_cast<GsfInfile *>(input);
    return gsf_infile_num_children(storage) >= 0 ? storage : nullptr;
}

// The compound file of raw, or nullptr; raw must outlive it (it is not copied).
GsfInfile *openCompound(QByteArrayView raw)
{
    if (!hasCompoundMagic(raw))
        return nullptr;
    initialiseGsf();
    Ref<GsfInput> input(gsf_input_memory_new(reinterpret_cast<const guint8 *>(raw.data()),
                                             gsf_off_t(raw.size()), FALSE));
    if (!input)
        return nullptr;
    GError *error = nullptr;
    GsfInfile *file = gsf_infile_msole_new(input.get(), &error);
    if (error)
        g_error_free(error);
    return file;
}

// Whether the root storage holds MAPI property streams: an Outlook item, not a Word document.
bool holdsMapiStreams(GsfInfile *root)
{
    bool properties = false;
    bool substorage = false;
    const int children = gsf_infile_num_children(root);
    for (int i = 0; i < children; ++i) {
        const QByteArrayView name(gsf_infile_name_by_index(root, i));
        properties = properties || name == "__properties_version1.0";
        substorage = substorage || name.startsWith("__substg1.0_");
    }
    return properties && substorage;
}

QString damagedProblem()
{
    //: Dutch: "Het bestand is beschadigd: een deel ervan kan niet worden gelezen."
    return QCoreApplication::translate("pd::OutlookMessage",
                                       "The file is damaged: a part of it cannot be read.");
}

// The storages and streams libgsf shows under storage, depth levels deep at most.
int gsfEntries(GsfInfile *storage, int depth)
{
    constexpr int maxDepth = 64;
    const int children = gsf_infile_num_children(storage);
    int entries = std::max(children, 0);
    for (int i = 0; i < children && depth < maxDepth; ++i) {
        Ref<GsfInput> child(gsf_infile_child_by_index(storage, i));
        if (GsfInfile *inner = asStorage(child.get()))
            entries += gsfEntries(inner, depth + 1);
    }
    return entries;
}

constexpr int embeddedHeader = 24;
constexpr int topHeader = 32;
constexpr int childHeader = 8;

class Reader final
{
public:
    Reader(const ReadLimits &limits, GsfInfile *root, qsizetype fileSize)
        : m_limits(limits)
        , m_root(root)
        , m_fileSize(fileSize)
    { }

    // The MAPI object in storage: false when the file is damaged (m_problem says how).
    bool object(GsfInfile *storage, int headerSize, int depth, MapiObject *into);

    QString problem;
    bool complete = true;

private:
    bool stream(GsfInput *input, QByteArray *into);
    bool properties(GsfInfile *storage, int headerSize, MapiObject *into);
    bool child(const QByteArray &name, GsfInput *input, int depth, MapiObject *into);
    QByteArray messageFile(GsfInfile *embedded);
    bool copyStorage(GsfInfile *from, GsfOutfile *to, bool top);
    bool damaged()
    {
        if (problem.isEmpty())
            problem = damagedProblem();
        return false;
    }

    ReadLimits m_limits;
    GsfInfile *m_root;
    qsizetype m_fileSize;
    int m_objects = 0;
    qsizetype m_read = 0;
    qsizetype m_copied = 0; // bytes copied into embedded messages' files
};

bool Reader::stream(GsfInput *input, QByteArray *into)
{
    const gsf_off_t size = gsf_input_size(input);
    // A stream is never larger than the file it is in (a FAT chain that loops would say so).
    if (size < 0 || size > m_fileSize)
        return damaged();
    if (size > m_limits.maxBytes - m_read) {
        complete = false;
        return true; // left out: the caller knows by complete
    }
    m_read += size;
    into->resize(qsizetype(size));
    if (size > 0 && !gsf_input_read(input, size_t(size), reinterpret_cast<guint8 *>(into->data())))
        return damaged();
    return true;
}

bool Reader::properties(GsfInfile *storage, int headerSize, MapiObject *into)
{
    Ref<GsfInput> input(gsf_infile_child_by_name(storage, "__properties_version1.0"));
    if (!input)
        return true; // no fixed-size properties
    QByteArray bytes;
    if (!stream(input.get(), &bytes))
        return false;
    for (qsizetype pos = headerSize; pos + 16 <= bytes.size(); pos += 16) {
        const auto *entry = reinterpret_cast<const uchar *>(bytes.constData() + pos);
        const quint16 type = qFromLittleEndian<quint16>(entry);
        const quint16 id = qFromLittleEndian<quint16>(entry + 2);
        if (type != PtInteger32 && type != PtBoolean && type != PtSystime && type != 0x0002
            && type != 0x0014)
            continue; // variable-size: read from its own stream
        Property &property = into->properties[id];
        if (!property.bytes.isEmpty())
            continue;
        property.type = type;
        property.fixed = qFromLittleEndian<quint64>(entry + 8);
    }
    return true;
}

// "__substg1.0_0037001F" -> id 0x0037, type 0x001F.
bool propertyTag(const QByteArray &name, quint16 *id, quint16 *type)
{
    static constexpr QByteArrayView prefix("__substg1.0_");
    if (!name.startsWith(prefix) || name.size() != prefix.size() + 8)
        return false;
    bool okId = false;
    bool okType = false;
    *id = quint16(name.mid(prefix.size(), 4).toUInt(&okId, 16));
    *type = quint16(name.mid(prefix.size() + 4, 4).toUInt(&okType, 16));
    return okId && okType;
}

bool Reader::child(const QByteArray &name, GsfInput *input, int depth, MapiObject *into)
{
    GsfInfile *inner = asStorage(input);
    const bool recipient = name.startsWith("__recip_version1.0_#");
    const bool attachment = name.startsWith("__attach_version1.0_#");
    if (inner && (recipient || attachment)) {
        MapiObject object;
        if (!this->object(inner, childHeader, depth, &object))
            return false;
        (recipient ? into->recipients : into->attachments).push_back(std::move(object));
        return true;
    }
    quint16 id = 0;
    quint16 type = 0;
    if (!propertyTag(name, &id, &type))
        return true; // named properties (__nameid_version1.0) and others: not read
    if (inner) {
        if (id != 0x3701 || type != PtObject)
            return true;
        if (depth + 1 > m_limits.maxDepth) {
            complete = false;
            return true;
        }
        MapiObject message;
        if (!object(inner, embeddedHeader, depth + 1, &message))
            return false;
        if (m_limits.embeddedFiles)
            message.file = messageFile(inner);
        into->embedded.push_back(std::move(message));
        return true;
    }
    if ((type & 0x1000) != 0)
        return true; // multi-valued: not read
    Property property;
    property.type = type;
    if (!stream(input, &property.bytes))
        return false;
    into->properties.insert(id, std::move(property));
    return true;
}

// An embedded message as a .msg of its own (MS-OXMSG 2.1.3): its storage copied into a new
// compound file, the properties header grown to the top level's 32 bytes and the named property
// mapping of the file it came from beside it. Empty when it would pass the copy budget (twice
// the file, for all embedded messages together) or cannot be read.
QByteArray Reader::messageFile(GsfInfile *embedded)
{
    GsfOutput *sink = gsf_output_memory_new();
    GsfOutfile *file = gsf_outfile_msole_new(sink);
    bool copied = copyStorage(embedded, file, true);
    if (copied) {
        Ref<GsfInput> names(gsf_infile_child_by_name(m_root, "__nameid_version1.0"));
        if (GsfInfile *storage = asStorage(names.get())) {
            GsfOutfile *to = reinterpret_cast<GsfOutfile *>(
                gsf_outfile_new_child(file, "__nameid_version1.0", TRUE));
            copied = copyStorage(storage, to, false);
            gsf_output_close(reinterpret_cast<GsfOutput *>(to));
            g_object_unref(to);
        }
    }
    gsf_output_close(reinterpret_cast<GsfOutput *>(file));
    g_object_unref(file);
    QByteArray bytes;
    if (copied)
        bytes = QByteArray(reinterpret_cast<const char *>(gsf_output_memory_get_bytes(
                               reinterpret_cast<GsfOutputMemory *>(sink))),
                           qsizetype(gsf_output_size(sink)));
    g_object_unref(sink);
    return bytes;
}

bool Reader::copyStorage(GsfInfile *from, GsfOutfile *to, bool top)
{
    const int children = gsf_infile_num_children(from);
    for (int i = 0; i < children; ++i) {
        const char *name = gsf_infile_name_by_index(from, i);
        Ref<GsfInput> input(gsf_infile_child_by_index(from, i));
        if (!name || !input)
            return false;
        if (GsfInfile *storage = asStorage(input.get())) {
            GsfOutfile *sub = reinterpret_cast<GsfOutfile *>(gsf_outfile_new_child(to, name, TRUE));
            const bool copied = copyStorage(storage, sub, false);
            gsf_output_close(reinterpret_cast<GsfOutput *>(sub));
            g_object_unref(sub);
            if (!copied)
                return false;
            continue;
        }
        const gsf_off_t size = gsf_input_size(input.get());
        if (size < 0 || size > 2 * m_fileSize - m_copied)
            return false;
        m_copied += size;
        QByteArray bytes(qsizetype(size), Qt::Uninitialized);
        if (size > 0
            && !gsf_input_read(input.get(), size_t(size), reinterpret_cast<guint8 *>(bytes.data())))
            return false;
        if (top && QByteArrayView(name) == "__properties_version1.0"
            && bytes.size() >= embeddedHeader)
            bytes.insert(embeddedHeader, QByteArray(topHeader - embeddedHeader, '\0'));
        GsfOutput *stream = gsf_outfile_new_child(to, name, FALSE);
        if (!bytes.isEmpty())
            gsf_output_write(stream, size_t(bytes.size()),
                             reinterpret_cast<const guint8 *>(bytes.constData()));
        gsf_output_close(stream);
        g_object_unref(stream);
    }
    return true;
}

bool Reader::object(GsfInfile *storage, int headerSize, int depth, MapiObject *into)
{
    if (++m_objects > m_limits.maxObjects) {
        complete = false;
        return true;
    }
    const int children = gsf_infile_num_children(storage);
    for (int i = 0; i < children; ++i) {
        const char *childName = gsf_infile_name_by_index(storage, i);
        if (!childName)
            return damaged();
        Ref<GsfInput> input(gsf_infile_child_by_index(storage, i));
        if (!input)
            return damaged();
        if (!child(QByteArray(childName), input.get(), depth, into))
            return false;
        if (m_objects > m_limits.maxObjects)
            break;
    }
    return properties(storage, headerSize, into);
}

} // namespace

std::optional<qint64> MapiObject::integer(quint16 id) const
{
    const Property *property = find(id);
    if (!property || !property->bytes.isEmpty())
        return std::nullopt;
    if (property->type == PtInteger32 || property->type == PtBoolean)
        return qint32(quint32(property->fixed & 0xFFFFFFFFu));
    return qint64(property->fixed);
}

QByteArray MapiObject::binary(quint16 id) const
{
    const Property *property = find(id);
    return property ? property->bytes : QByteArray();
}

QString MapiObject::string(quint16 id, int codePage) const
{
    const Property *property = find(id);
    if (!property)
        return {};
    QString text;
    if (property->type == PtUnicode) {
        const qsizetype units = property->bytes.size() / 2;
        text.resize(units);
        for (qsizetype i = 0; i < units; ++i)
            text[i] = QChar(qFromLittleEndian<quint16>(property->bytes.constData() + 2 * i));
    } else if (property->type == PtString8) {
        QByteArray bytes = property->bytes;
        while (bytes.endsWith('\0'))
            bytes.chop(1);
        text = decodeCodePage(bytes, codePage);
    } else {
        return {};
    }
    while (text.endsWith(QChar(u'\0')))
        text.chop(1);
    return text;
}

bool hasCompoundMagic(QByteArrayView raw)
{
    return raw.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

bool isOutlookFile(QByteArrayView raw)
{
    Ref<GsfInfile> file(openCompound(raw));
    return file && holdsMapiStreams(file.get());
}

ReadResult readOutlookFile(QByteArrayView raw, const ReadLimits &limits)
{
    ReadResult result;
    Ref<GsfInfile> file(openCompound(raw));
    if (!file) {
        result.complete = false;
        if (hasCompoundMagic(raw))
            //: Dutch: "Het bestand is beschadigd of geen Outlook-bericht: de opbouw ervan kan
            //: niet worden gelezen."
            result.problem = QCoreApplication::translate(
                "pd::OutlookMessage",
                "The file is damaged or not an Outlook message: its structure cannot be read.");
        else
            //: Dutch: "Het bestand is geen Outlook-bericht."
            result.problem = QCoreApplication::translate("pd::OutlookMessage",
                                                         "The file is not an Outlook message.");
        return result;
    }
    if (!holdsMapiStreams(file.get())) {
        result.complete = false;
        //: Dutch: "Het bestand is geen Outlook-bericht: er staan geen berichtgegevens in (het is
        //: een ander soort Office-bestand, of het is beschadigd)."
        result.problem = QCoreApplication::translate(
            "pd::OutlookMessage",
            "The file is not an Outlook message: it holds no message properties "
            "(it is another kind of Office file, or it is damaged).");
        return result;
    }
    // Checked whole first: what libgsf leaves out of a damaged directory, without a word, would
    // be left unchecked (CompoundDirectory.cpp).
    if (const std::optional<int> entries = compoundEntries(raw);
        !entries || *entries != gsfEntries(file.get(), 0)) {
        result.complete = false;
        result.problem = damagedProblem();
        return result;
    }
    Reader reader(limits, file.get(), raw.size());
    MapiObject message;
    if (!reader.object(file.get(), topHeader, 0, &message)) {
        result.complete = false;
        result.problem = reader.problem;
        return result;
    }
    result.complete = reader.complete;
    result.message = std::move(message);
    return result;
}

} // namespace pd::mail::outlook
