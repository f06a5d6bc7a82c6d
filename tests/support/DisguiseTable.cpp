#include "DisguiseTable.h"

#include <QFile>
#include <QSet>
#include <QStringDecoder>

#ifndef PRIVACYDESK_TEST_DATA_DIR
#error "PRIVACYDESK_TEST_DATA_DIR must name tests/data (tests/CMakeLists.txt sets it)"
#endif

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

// Characters an editor does not show, or shows merged with their neighbour: they must be
// written as \uXXXX so that the file says what it tests.
bool mustBeEscaped(char32_t c)
{
    if (c == U' ')
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// \uXXXX, \UXXXXXXXX and \\ to the characters they stand for; false with *error otherwise.
bool unescape(QStringView field, QString *out, QString *error)
{
    out->clear();
    const QList<uint> codePoints = field.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        if (c != U'\\') {
            if (mustBeEscaped(c)) {
                const QString hex = QString::number(uint(c), 16).toUpper();
                *error = c > 0xFFFF
                    ? u"U+%1 written raw: write it as \\U%2"_s.arg(hex, hex.rightJustified(8, u'0'))
                    : u"U+%1 written raw: write it as \\u%2"_s.arg(hex,
                                                                   hex.rightJustified(4, u'0'));
                return false;
            }
            out->append(QStringView(QChar::fromUcs4(c)));
            continue;
        }
        if (i + 1 >= codePoints.size()) {
            *error = u"a backslash at the end of a field"_s;
            return false;
        }
        const char32_t kind = codePoints.at(++i);
        if (kind == U'\\') {
            out->append(u'\\');
            continue;
        }
        const int digits = kind == U'u' ? 4 : kind == U'U' ? 8 : 0;
        if (digits == 0) {
            *error = u"unknown escape \\%1 (only \\uXXXX, \\UXXXXXXXX and \\\\)"_s.arg(
                QStringView(QChar::fromUcs4(kind)));
            return false;
        }
        QString hex;
        for (int k = 0; k < digits && i + 1 < codePoints.size(); ++k)
            hex.append(QStringView(QChar::fromUcs4(codePoints.at(++i))));
        bool ok = false;
        const uint value = hex.size() == digits ? hex.toUInt(&ok, 16) : 0;
        if (!ok || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            *error = u"\\%1%2 is not a code point"_s.arg(QStringView(QChar::fromUcs4(kind)), hex);
            return false;
        }
        out->append(QStringView(QChar::fromUcs4(value)));
    }
    return true;
}

} // namespace

QString bsnDisguisesPath()
{
    return QStringLiteral(PRIVACYDESK_TEST_DATA_DIR "/bsn_disguises.tsv");
}

QList<Disguise> readDisguises(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString content = utf8(file.readAll());
    if (utf8.hasError() || file.error() != QFileDevice::NoError) {
        *error = u"%1: not readable as UTF-8"_s.arg(path);
        return {};
    }
    QList<Disguise> rows;
    QSet<QString> texts;
    QSet<QString> whys;
    const QList<QStringView> lines = QStringView(content).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QStringView line = lines.at(n);
        const auto fail = [&](const QString &why) {
            *error = u"%1:%2: %3"_s.arg(path).arg(n + 1).arg(why);
            return QList<Disguise>();
        };
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> columns = line.split(u'\t');
        if (columns.size() != 3)
            return fail(u"%1 columns, not 3 (text, expected, why) separated by one tab"_s.arg(
                columns.size()));
        Disguise row;
        row.line = int(n + 1);
        QString why;
        if (!unescape(columns.at(0), &row.text, &why) || !unescape(columns.at(2), &row.why, &why))
            return fail(why);
        if (row.text.isEmpty())
            return fail(u"the text is empty"_s);
        if (columns.at(1) == u"bsn")
            row.expectBsn = true;
        else if (columns.at(1) != u"none")
            return fail(u"expected is “%1”, not bsn or none"_s.arg(columns.at(1)));
        if (row.why.trimmed().isEmpty())
            return fail(u"the why column is empty"_s);
        if (texts.contains(row.text))
            return fail(u"the text is in the table twice"_s);
        if (whys.contains(row.why))
            return fail(u"the why “%1” is in the table twice"_s.arg(row.why));
        texts.insert(row.text);
        whys.insert(row.why);
        rows.append(row);
    }
    if (rows.isEmpty()) {
        *error = u"%1: no rows"_s.arg(path);
        return {};
    }
    return rows;
}

QList<Disguise> bsnDisguises()
{
    QString error;
    const QList<Disguise> rows = readDisguises(bsnDisguisesPath(), &error);
    if (rows.isEmpty())
        qFatal("The table of BSN disguises cannot be used: %s", qPrintable(error));
    return rows;
}

} // namespace pd::test
