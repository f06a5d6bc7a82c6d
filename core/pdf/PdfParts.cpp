// The parts of a PDF that are not its pages' text, read with qpdf: QtPdf reads only what the
// pages draw, while a PDF reader also shows comments, form field values and the files a PDF
// carries. A BSN in them is as much in the file as one on a page.
#include "pdf/PdfParts.h"

// qpdf 11: no PointerHolder compatibility (std::shared_ptr only).
#define POINTERHOLDER_TRANSITION 4
#include <QStringList>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFFormFieldObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <exception>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

namespace pd::pdf {

namespace {

// Takes a stream's decoded bytes up to a limit, and stops the decoding there: a deflate bomb
// inflates no further than the limit.
class BoundedSink final : public Pipeline
{
public:
    explicit BoundedSink(qsizetype limit)
        : Pipeline("privacydesk-bounded", nullptr)
        , m_limit(limit)
    { }
    void write(unsigned char const *data, size_t length) override
    {
        if (static_cast<qsizetype>(length) > m_limit - m_bytes.size()) {
            m_over = true;
            throw std::length_error("past the limit");
        }
        m_bytes.append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
    }
    void finish() override { }
    const QByteArray &bytes() const { return m_bytes; }
    bool over() const { return m_over; }

private:
    qsizetype m_limit;
    QByteArray m_bytes;
    bool m_over = false;
};

// A stream's data decoded, at most limit bytes; nullopt when it cannot be decoded whole.
std::optional<QByteArray> streamData(QPDFObjectHandle stream, qsizetype limit)
{
    BoundedSink sink(limit);
    bool filtered = false;
    bool ok = false;
    try {
        // Not qpdf_dl_all: that would turn an embedded JPEG into its pixels.
        ok = stream.pipeStreamData(&sink, &filtered, 0, qpdf_dl_specialized, true, false);
    } catch (const std::exception &) {
        ok = false;
    }
    QPDFObjectHandle filter = stream.getDict().getKey("/Filter");
    const bool encoded = filter.isName() || (filter.isArray() && filter.getArrayNItems() > 0);
    // A filter qpdf does not decode leaves the bytes encoded: not the file's own bytes.
    if (!ok || sink.over() || (encoded && !filtered))
        return std::nullopt;
    return sink.bytes();
}

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

PdfPart partOf(PdfPart::Kind kind, int page, const QString &name, const QString &text)
{
    PdfPart part;
    part.kind = kind;
    part.page = page;
    part.name = name;
    part.text = text;
    return part;
}

// What the PDF shows of the PDF objects it took apart, and what limits their reading.
struct Reader
{
    PdfText *text = nullptr;
    qsizetype chars = 0;
    qsizetype embeddedBytes = 0;
    int embeddedFiles = 0;
    std::set<QPDFObjGen> seenFiles;

    // false: a limit was met; text->complete is then false.
    bool add(PdfPart part)
    {
        if (part.text.trimmed().isEmpty() && part.kind != PdfPart::Kind::EmbeddedFile)
            return true;
        chars += part.text.size();
        if (text->parts.size() >= maxParts || chars > maxChars) {
            text->complete = false;
            return false;
        }
        text->parts.append(std::move(part));
        return true;
    }

    // A value as text: a text string, a rich text or text stream, an array of them (a choice
    // field's /Opt, with export and shown values); names and numbers are no text.
    QString textOf(QPDFObjectHandle value, int depth = 0)
    {
        if (value.isString())
            return fromUtf8(value.getUTF8Value());
        if (value.isStream()) {
            const std::optional<QByteArray> bytes = streamData(value, maxChars);
            if (!bytes) {
                text->complete = false;
                return {};
            }
            if (bytes->startsWith("\xFE\xFF"))
                return QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes->constData()),
                                          bytes->size() / 2)
                    .mid(1);
            return QString::fromUtf8(*bytes);
        }
        if (value.isArray() && depth < 2) {
            QStringList items;
            for (QPDFObjectHandle &item : value.getArrayAsVector())
                items << textOf(item, depth + 1);
            items.removeAll(QString());
            return items.join(u'\n');
        }
        return {};
    }

    QString valuesOf(QPDFObjectHandle dictionary, std::initializer_list<const char *> keys)
    {
        QStringList values;
        for (const char *key : keys)
            values << textOf(dictionary.getKey(key));
        values.removeAll(QString());
        return values.join(u'\n');
    }

    // A form field: its values as they stand, by default and as rich text, what a pointer over
    // it shows, the choices it offers; /V and /DV inherited from the fields above it.
    bool addField(QPDFFormFieldObjectHelper field)
    {
        const QString name = fromUtf8(field.getFullyQualifiedName());
        // A rich text value is XHTML: the person sees its text, and so does the guard.
        QStringList values { textOf(field.getValue()), textOf(field.getDefaultValue()),
                             plainOfRichText(textOf(field.getInheritableFieldValue("/RV"))) };
        // The tooltip, which is the field's name when it has none of its own.
        if (const QString tooltip = fromUtf8(field.getAlternativeName()); tooltip != name)
            values << tooltip;
        QPDFObjectHandle object = field.getObjectHandle();
        values << valuesOf(object, { "/Opt", "/Contents" })
               << valuesOf(object.getKey("/MK"), { "/CA", "/RC", "/AC" });
        values.removeAll(QString());
        return add(partOf(PdfPart::Kind::FormField, 0, name, values.join(u'\n')));
    }

    // A file a PDF carries, once however often it is named; false at a limit.
    bool addFile(QPDFFileSpecObjectHelper spec, const QString &key)
    {
        QPDFObjectHandle stream = spec.getEmbeddedFileStream();
        if (!stream.isStream())
            return true; // a reference to a file elsewhere: nothing carried
        if (!seenFiles.insert(stream.getObjGen()).second)
            return true;
        QString name = fromUtf8(spec.getFilename());
        if (name.isEmpty())
            name = key;
        if (++embeddedFiles > maxEmbeddedFiles) {
            text->complete = false;
            return false;
        }
        PdfPart part = partOf(PdfPart::Kind::EmbeddedFile, 0, name, {});
        if (std::optional<QByteArray> bytes = streamData(stream, maxEmbeddedBytes - embeddedBytes))
            part.content = std::move(*bytes);
        else
            part.read = false;
        embeddedBytes += part.content.size();
        return add(std::move(part));
    }

    bool addAnnotations(QPDF &pdf)
    {
        QPDFAcroFormDocumentHelper form(pdf);
        std::set<QPDFObjGen> fieldsOnPages;
        int number = 0;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            ++number;
            for (QPDFAnnotationObjectHelper &annotation : page.getAnnotations()) {
                QPDFObjectHandle object = annotation.getObjectHandle();
                const std::string subtype = annotation.getSubtype();
                bool more = true;
                if (subtype == "/Widget") {
                    QPDFFormFieldObjectHelper field = form.getFieldForAnnotation(annotation);
                    // A widget outside the form's /Fields still shows its value: read as the
                    // field it is, with what it inherits from its /Parent.
                    if (field.getObjectHandle().isNull())
                        field = QPDFFormFieldObjectHelper(object);
                    fieldsOnPages.insert(field.getObjectHandle().getObjGen());
                    more = addField(field);
                } else {
                    const QString rich = plainOfRichText(textOf(object.getKey("/RC")));
                    more = add(
                        partOf(PdfPart::Kind::Annotation, number, {},
                               valuesOf(object, { "/Contents", "/T", "/Subj" }) + u'\n' + rich));
                }
                if (more && subtype == "/FileAttachment" && object.getKey("/FS").isDictionary())
                    more = addFile(QPDFFileSpecObjectHelper(object.getKey("/FS")), {});
                if (!more)
                    return false;
            }
        }
        // Fields on no page, and values on a field above its widgets, are in the form all the
        // same. Walked here, not with getFormFields(): that lists only fields with widgets.
        std::set<QPDFObjGen> walked;
        return addFields(pdf.getRoot().getKey("/AcroForm").getKey("/Fields"), 0, fieldsOnPages,
                         &walked);
    }

    // The form's fields and their /Kids, each once (a /Kids that loops ends), so deep at most.
    bool addFields(QPDFObjectHandle fields, int depth, const std::set<QPDFObjGen> &onPages,
                   std::set<QPDFObjGen> *walked)
    {
        constexpr int maxFieldDepth = 32;
        if (!fields.isArray() || depth > maxFieldDepth)
            return true;
        for (QPDFObjectHandle &field : fields.getArrayAsVector()) {
            if (!field.isDictionary())
                continue;
            if (field.isIndirect() && !walked->insert(field.getObjGen()).second)
                continue;
            const bool read = field.isIndirect() && onPages.count(field.getObjGen()) > 0;
            if ((!read && !addField(QPDFFormFieldObjectHelper(field)))
                || !addFields(field.getKey("/Kids"), depth + 1, onPages, walked))
                return false;
        }
        return true;
    }

    bool addEmbeddedFiles(QPDF &pdf)
    {
        for (auto &[key, spec] : QPDFEmbeddedFileDocumentHelper(pdf).getEmbeddedFiles()) {
            if (spec && !addFile(*spec, fromUtf8(key)))
                return false;
        }
        return true;
    }
};

} // namespace

PdfText::Status readParts(QByteArrayView bytes, PdfText *text)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("file.pdf", bytes.data(), static_cast<size_t>(bytes.size()));
        Reader reader;
        reader.text = text;
        if (reader.addAnnotations(pdf))
            reader.addEmbeddedFiles(pdf);
        return PdfText::Status::Read;
    } catch (const QPDFExc &e) {
        // PDFium opens some PDFs whose password qpdf asks for (an encrypted attachment).
        text->parts.clear();
        return e.getErrorCode() == qpdf_e_password ? PdfText::Status::Locked
                                                   : PdfText::Status::Unreadable;
    } catch (const std::exception &) {
        // qpdf throws QPDFExc for a PDF it cannot parse, and std::logic_error and others for
        // objects that are not what the specification makes them: not read, so not checked.
        text->parts.clear();
        return PdfText::Status::Unreadable;
    }
}

} // namespace pd::pdf
