#include "registers/Eea.h"

#include <QHash>

namespace pd::Eea {

namespace {

struct Country
{
    const char *code;
    const char *dutch;
    const char *english;
};

// clang-format off
constexpr Country countries[] = {
    { "AT", "Oostenrijk", "Austria" },       { "BE", "België", "Belgium" },
    { "BG", "Bulgarije", "Bulgaria" },       { "CY", "Cyprus", "Cyprus" },
    { "CZ", "Tsjechië", "Czechia" },         { "DE", "Duitsland", "Germany" },
    { "DK", "Denemarken", "Denmark" },       { "EE", "Estland", "Estonia" },
    { "ES", "Spanje", "Spain" },             { "FI", "Finland", "Finland" },
    { "FR", "Frankrijk", "France" },         { "GR", "Griekenland", "Greece" },
    { "HR", "Kroatië", "Croatia" },          { "HU", "Hongarije", "Hungary" },
    { "IE", "Ierland", "Ireland" },          { "IS", "IJsland", "Iceland" },
    { "IT", "Italië", "Italy" },             { "LI", "Liechtenstein", "Liechtenstein" },
    { "LT", "Litouwen", "Lithuania" },       { "LU", "Luxemburg", "Luxembourg" },
    { "LV", "Letland", "Latvia" },           { "MT", "Malta", "Malta" },
    { "NL", "Nederland", "Netherlands" },    { "NO", "Noorwegen", "Norway" },
    { "PL", "Polen", "Poland" },             { "PT", "Portugal", "Portugal" },
    { "RO", "Roemenië", "Romania" },         { "SE", "Zweden", "Sweden" },
    { "SI", "Slovenië", "Slovenia" },        { "SK", "Slowakije", "Slovakia" },
};
// clang-format on

const QHash<QString, bool> &lookup()
{
    static const QHash<QString, bool> names = [] {
        QHash<QString, bool> result;
        for (const Country &c : countries) {
            result.insert(QString::fromUtf8(c.code).toLower(), true);
            result.insert(QString::fromUtf8(c.dutch).toLower(), true);
            result.insert(QString::fromUtf8(c.english).toLower(), true);
        }
        result.insert(QStringLiteral("the netherlands"), true);
        result.insert(QStringLiteral("czech republic"), true);
        return result;
    }();
    return names;
}

} // namespace

bool contains(const QString &country)
{
    return lookup().contains(country.simplified().toLower());
}

QStringList dutchNames()
{
    QStringList names;
    for (const Country &c : countries)
        names << QString::fromUtf8(c.dutch);
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace pd::Eea
