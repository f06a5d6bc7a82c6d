#include "audit/AuditPayload.h"

#include <QString>

#include <algorithm>

namespace pd {

namespace {

char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

void escapeUnit(QByteArray &out, char16_t unit)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hexDigit((unit >> shift) & 0xf);
}

// QJsonDocument's escapedString (qjsonwriter.cpp), on a QStringView.
void appendEscaped(QByteArray &out, QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += static_cast<char>(u);
                continue;
            }
            switch (u) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case 0x8:
                out += "\\b";
                break;
            case 0xc:
                out += "\\f";
                break;
            case 0xa:
                out += "\\n";
                break;
            case 0xd:
                out += "\\r";
                break;
            case 0x9:
                out += "\\t";
                break;
            default:
                out += "\\u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            out += static_cast<char>(0xc0 | (u >> 6));
            out += static_cast<char>(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && i + 1 < size
                   && QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t c = QChar::surrogateToUcs4(u, text[++i].unicode());
            out += static_cast<char>(0xf0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            escapeUnit(out, u); // half a pair is not UTF-8: Qt writes it as \uXXXX
        } else {
            out += static_cast<char>(0xe0 | (u >> 12));
            out += static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (u & 0x3f));
        }
    }
}

} // namespace

void AuditPayload::addKey(QLatin1StringView key)
{
    Q_ASSERT_X(m_members.isEmpty() || m_lastKey < key, "AuditPayload::add",
               "keys in the order QJsonObject keeps them: sorted, each once");
    m_lastKey = key;
    if (!m_members.isEmpty())
        m_members += ',';
    m_members += '"';
    // Our own codes: ASCII that JSON writes as it is.
    Q_ASSERT(std::all_of(key.data(), key.data() + key.size(),
                         [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; }));
    m_members += QByteArrayView(key.data(), key.size());
    m_members += "\":";
}

AuditPayload &AuditPayload::add(QLatin1StringView key, QStringView value)
{
    addKey(key);
    m_members += '"';
    appendEscaped(m_members, value);
    m_members += '"';
    return *this;
}

AuditPayload &AuditPayload::add(QLatin1StringView key, const AuditPayload &object)
{
    addKey(key);
    m_members += object.text();
    return *this;
}

QByteArray AuditPayload::text() const
{
    QByteArray text;
    text.reserve(m_members.size() + 2);
    text += '{';
    text += m_members;
    text += '}';
    return text;
}

} // namespace pd
