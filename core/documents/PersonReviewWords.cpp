#include "documents/PersonReviewWords.h"

namespace pd::reviewwords {

const QSet<QString> &titles()
{
    static const QSet<QString> words {
        QStringLiteral("dhr"),     QStringLiteral("dhr."), QStringLiteral("mevr"),
        QStringLiteral("mevr."),   QStringLiteral("mw"),   QStringLiteral("mw."),
        QStringLiteral("mr."),     QStringLiteral("dr."),  QStringLiteral("ir."),
        QStringLiteral("ing."),    QStringLiteral("drs."), QStringLiteral("meneer"),
        QStringLiteral("mevrouw"), QStringLiteral("heer"), QStringLiteral("juffrouw"),
        QStringLiteral("familie"), QStringLiteral("fam."), QStringLiteral("fam"),
    };
    return words;
}

// Words for a relation that precede a name ("buurman Jansen"): they make the phrase a name,
// but are not redacted themselves. With them the words for who lives or complains nearby
// ("bewoner", "melder"): an address next to one is someone else's.
const QSet<QString> &relationWords()
{
    static const QSet<QString> nearby {
        QStringLiteral("bewoner"),       QStringLiteral("bewoonster"),
        QStringLiteral("bewoners"),      QStringLiteral("omwonende"),
        QStringLiteral("omwonenden"),    QStringLiteral("melder"),
        QStringLiteral("bovenbuurman"),  QStringLiteral("bovenbuurvrouw"),
        QStringLiteral("bovenburen"),    QStringLiteral("overbuurman"),
        QStringLiteral("overbuurvrouw"), QStringLiteral("overburen"),
    };
    static const QSet<QString> words = QSet<QString> {
        QStringLiteral("buurman"),    QStringLiteral("buurvrouw"),  QStringLiteral("buren"),
        QStringLiteral("zoon"),       QStringLiteral("dochter"),    QStringLiteral("partner"),
        QStringLiteral("echtgenoot"), QStringLiteral("echtgenote"), QStringLiteral("moeder"),
        QStringLiteral("vader"),      QStringLiteral("broer"),      QStringLiteral("zus"),
        QStringLiteral("oom"),        QStringLiteral("tante"),      QStringLiteral("medebewoner"),
        QStringLiteral("huisgenoot"), QStringLiteral("vriend"),     QStringLiteral("vriendin"),
        QStringLiteral("collega"),    QStringLiteral("kennis"),     QStringLiteral("wijkagent"),
    } | nearby;
    return words;
}

// Dutch tussenvoegsels: inside a name, not a name word themselves.
const QSet<QString> &particles()
{
    static const QSet<QString> words {
        QStringLiteral("van"), QStringLiteral("de"),  QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("het"), QStringLiteral("ter"), QStringLiteral("ten"), QStringLiteral("te"),
        QStringLiteral("in"),  QStringLiteral("op"),  QStringLiteral("la"),  QStringLiteral("le"),
        QStringLiteral("el"),  QStringLiteral("du"),  QStringLiteral("da"),  QStringLiteral("di"),
        QStringLiteral("von"), QStringLiteral("zu"),  QStringLiteral("dos"), QStringLiteral("das"),
        QStringLiteral("del"), QStringLiteral("vd"),  QStringLiteral("v."),  QStringLiteral("'t"),
    };
    return words;
}

// Capitalised words that are no name: they start Dutch sentences or name things in a note.
const QSet<QString> &notNames()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const QString list = QStringLiteral(
            "een en of maar want dus dat die dit deze daar hier er ik jij je u uw wij we zij ze "
            "hij haar hem zijn ons onze hun mijn men niet geen wel ook nog al als bij door met "
            "voor na naar om over uit tot tegen tussen zonder sinds tijdens vanaf volgens via "
            "per is was wordt werd zal zou kan kon moet moest heeft had hebben wil wilde gaat "
            "ging komt kwam graag toen nu dan later vandaag gisteren morgen eerder daarna "
            "daarom omdat hoewel indien wanneer waar wat wie welke hoe alle alles iedereen "
            "niemand iemand zie zoals inclusief betreft inzake ivm mbt "
            "verzoek verzoeken klant klanten huurder huurders betrokkene notitie gesprek "
            "telefonisch telefoon belde gebeld teruggebeld mail email e-mail brief post "
            "afspraak balie loket portaal webformulier gemeente politie justitie woningcorporatie "
            "corporatie woonstichting stichting aannemer deurwaarder advocaat zorginstelling "
            "belastingdienst autoriteit persoonsgegevens identificatie legitimatie inzage "
            "verwijdering rectificatie beperking bezwaar klacht termijn besluit toegewezen "
            "afgewezen dossier adres straat woning huur huurovereenkomst contract overlast "
            "melding meldingen reparatie onderhoud gegevens kopie bijlage zaak "
            // The statutes a legal basis names ("Art. 126nd Wetboek van Strafvordering"), no
            // one's name (seed 000).
            "wet wetboek strafvordering strafrecht rechtsvordering verordening convenant "
            "artikel regeling protocol reglement uitvoeringswet "
            "januari februari maart april mei juni juli augustus september oktober november "
            "december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag");
        for (const QString &word : list.split(u' ', Qt::SkipEmptyParts))
            set.insert(word);
        return set;
    }();
    return words;
}

// The words that open the title of a law or covenant: the capitalised words after them are the
// title ("Convenant Aanpak Woonoverlast Voorbeeldstad"), not a name.
bool opensLegalTitle(QStringView word)
{
    static const QSet<QString> words {
        QStringLiteral("wet"),         QStringLiteral("wetboek"),       QStringLiteral("convenant"),
        QStringLiteral("verordening"), QStringLiteral("regeling"),      QStringLiteral("protocol"),
        QStringLiteral("reglement"),   QStringLiteral("uitvoeringswet")
    };
    return words.contains(word.toString().toLower());
}

} // namespace pd::reviewwords
