#include "domain/SortName.h"

#include "domain/AsciiSpelling.h"

#include <QStringList>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

// The tussenvoegsels of Dutch surnames (and the common foreign ones), in lower case; "'t" also
// as typed with a typographic apostrophe.
bool isTussenvoegsel(const QString &word)
{
    static const QStringList words { u"van"_s, u"de"_s,  u"den"_s, u"der"_s, u"het"_s, u"'t"_s,
                                     u"ten"_s, u"ter"_s, u"te"_s,  u"in"_s,  u"op"_s,  u"uit"_s,
                                     u"aan"_s, u"bij"_s, u"von"_s, u"vom"_s, u"zu"_s,  u"la"_s,
                                     u"le"_s,  u"du"_s,  u"da"_s,  u"di"_s,  u"del"_s, u"dos"_s,
                                     u"des"_s, u"'s"_s,  u"d'"_s };
    return words.contains(word.toLower().replace(u'\u2019', u'\''));
}

// A part of a double surname that goes on in the next word: "Jansen-de" (Vries), "Smit-" (Bos).
bool bindsToNext(const QString &word)
{
    const qsizetype hyphen = word.lastIndexOf(u'-');
    return hyphen >= 0 && (hyphen == word.size() - 1 || isTussenvoegsel(word.mid(hyphen + 1)));
}

} // namespace

QString sortName(const QString &name)
{
    const QString simple = name.simplified();
    if (simple.contains(u','))
        return simple;
    const QStringList words = simple.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return simple;
    // The surname begins after the first run of tussenvoegsels that a word follows ("Maria de
    // Jong-van Dam"); without one it is the last word with the double surname it ends
    // ("Anna Jansen-de Vries", "P. Brouwer").
    qsizetype particles = -1; // where the tussenvoegsels begin
    qsizetype surname = -1;
    for (qsizetype i = 0; i < words.size() && surname < 0; ++i) {
        if (!isTussenvoegsel(words.at(i)))
            continue;
        qsizetype end = i;
        while (end < words.size() && isTussenvoegsel(words.at(end)))
            ++end;
        if (end < words.size()) {
            particles = i;
            surname = end;
        }
        i = end;
    }
    if (surname < 0) {
        surname = words.size() - 1;
        while (surname > 1 && bindsToNext(words.at(surname - 1)))
            --surname;
        if (surname == 1 && bindsToNext(words.at(0)))
            return simple;
        particles = surname;
    }
    const QString given = QStringList(words.mid(0, particles)).join(u' ');
    const QString between = QStringList(words.mid(particles, surname - particles)).join(u' ');
    QString key = QStringList(words.mid(surname)).join(u' ') + u", "_s + given;
    if (!given.isEmpty() && !between.isEmpty())
        key += u' ';
    return key + between;
}
QString sortKey(const QString &name)
{
    const QString decomposed = sortName(name).normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        // The combining marks' blocks: what decomposing took off a letter.
        if ((u >= 0x0300 && u <= 0x036F) || (u >= 0x1AB0 && u <= 0x1AFF)
            || (u >= 0x1DC0 && u <= 0x1DFF) || (u >= 0x20D0 && u <= 0x20FF)
            || (u >= 0xFE20 && u <= 0xFE2F))
            continue;
        if (const QLatin1StringView spelled = asciiSpelling(u); !spelled.isNull())
            key += spelled;
        else
            key += u >= u'A' && u <= u'Z' ? QChar(u + (u'a' - u'A')) : c;
    }
    return key;
}

} // namespace pd
