#include "registers/Eea.h"

#include <QHash>
#include <QPair>
#include <QRegularExpression>

#include <algorithm>

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

// Outside the EEA: the countries data most often go to from the Netherlands, and those with an
// adequacy decision of the European Commission.
// clang-format off
constexpr Country others[] = {
    { "US", "Verenigde Staten", "United States" }, { "GB", "Verenigd Koninkrijk", "United Kingdom" },
    { "CH", "Zwitserland", "Switzerland" },        { "CA", "Canada", "Canada" },
    { "JP", "Japan", "Japan" },                    { "KR", "Zuid-Korea", "South Korea" },
    { "IL", "Israël", "Israel" },                  { "NZ", "Nieuw-Zeeland", "New Zealand" },
    { "AR", "Argentinië", "Argentina" },           { "UY", "Uruguay", "Uruguay" },
    { "AD", "Andorra", "Andorra" },                { "FO", "Faeröer", "Faroe Islands" },
    { "GG", "Guernsey", "Guernsey" },              { "JE", "Jersey", "Jersey" },
    { "IM", "Man", "Isle of Man" },                { "AU", "Australië", "Australia" },
    { "IN", "India", "India" },                    { "CN", "China", "China" },
    { "BR", "Brazilië", "Brazil" },                { "ZA", "Zuid-Afrika", "South Africa" },
    { "TR", "Turkije", "Turkey" },                 { "SG", "Singapore", "Singapore" },
    { "UA", "Oekraïne", "Ukraine" },               { "RS", "Servië", "Serbia" },
    { "MA", "Marokko", "Morocco" },                { "PH", "Filipijnen", "Philippines" },
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

QString dutchName(const QString &country)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> result;
        const auto add = [&result](const Country &c) {
            for (const char *name : { c.code, c.dutch, c.english })
                result.insert(QString::fromUtf8(name).toLower(), QString::fromUtf8(c.dutch));
        };
        for (const Country &c : countries)
            add(c);
        for (const Country &c : others)
            add(c);
        for (const char *alias : { "usa", "vs", "verenigde staten van amerika",
                                   "united states of "
                                   "america",
                                   "u.s.", "u.s.a." })
            result.insert(QString::fromUtf8(alias), QStringLiteral("Verenigde Staten"));
        for (const char *alias : { "uk", "great britain", "groot-brittannië" })
            result.insert(QString::fromUtf8(alias), QStringLiteral("Verenigd Koninkrijk"));
        result.insert(QStringLiteral("the netherlands"), QStringLiteral("Nederland"));
        result.insert(QStringLiteral("czech republic"), QStringLiteral("Tsjechië"));
        return result;
    }();
    const QString simplified = country.simplified();
    return names.value(simplified.toLower(), simplified);
}

QList<int> transferArticles(const QString &safeguard)
{
    // The words a register uses for each basis, Dutch and English, compared without case.
    static const QList<QPair<int, QStringList>> words {
        { 45,
          { QStringLiteral("adequa"), QStringLiteral("data privacy framework"),
            QStringLiteral("dpf"), QStringLiteral("passend beschermingsniveau") } },
        { 46,
          { QStringLiteral("standaardcontract"), QStringLiteral("standard contractual"),
            QStringLiteral("scc"), QStringLiteral("modelcontract"),
            QStringLiteral("modelbepalingen"), QStringLiteral("gedragscode"),
            QStringLiteral("code of conduct"), QStringLiteral("certificering"),
            QStringLiteral("certification") } },
        { 47,
          { QStringLiteral("bindende bedrijfsvoorschriften"),
            QStringLiteral("binding corporate rules"), QStringLiteral("bcr") } },
        { 49,
          { QStringLiteral("uitdrukkelijke toestemming"), QStringLiteral("explicit consent"),
            QStringLiteral("afwijking"), QStringLiteral("derogation") } },
    };
    const QString text = safeguard.toLower();
    QList<int> articles;
    for (const auto &[article, terms] : words) {
        const bool named = std::any_of(terms.cbegin(), terms.cend(), [&text](const QString &term) {
            // A short code ("SCC", "DPF", "BCR") as a word of its own, longer terms anywhere.
            if (term.size() > 3)
                return text.contains(term);
            static const QRegularExpression letters(QStringLiteral("[a-z]+"));
            for (auto it = letters.globalMatch(text); it.hasNext();) {
                if (it.next().captured() == term)
                    return true;
            }
            return false;
        });
        if (named)
            articles << article;
    }
    return articles;
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
