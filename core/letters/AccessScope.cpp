#include "letters/AccessScope.h"

#include "letters/LetterWords.h"

namespace pd {

QString AccessScope::reportText()
{
    // Short sentences, as the cover letter in the same envelope (issue 18): what sections 1 and
    // 2 hold, what the others say, and that the rest arrives as the letter says.
    return tr("You asked which personal data we use about you (article 15 GDPR). Sections 1 and "
              "2 hold the personal data we have recorded about your requests. We do that in "
              "Privacydesk: the system in which we handle requests about your privacy. Sections 3 "
              "to 11 say what we do with your data in general: what we use them for, who receives "
              "them and how long we keep them. That comes from our register of processing "
              "activities (article 30 GDPR). Your data in our rental administration and our other "
              "systems are not in this overview. The accompanying letter says how you receive "
              "those data.");
}

QString AccessScope::letterHtml(bool report, bool files, const QString &person)
{
    if (!report && !files)
        return {};
    // To a representative the person by name (issue 38): "over u" would be the representative.
    const QString about
        = person.trimmed().isEmpty() ? QStringLiteral("u") : letterwords::escaped(person);
    // The files hold only what art. 20 covers (consent or contract, PersonPortability): never
    // "alles" (seed 001, Mijande: the letter said so beside a LEESMIJ.txt listing what is not).
    const QString system = person.trimmed().isEmpty()
        ? QStringLiteral("Dat is het systeem waarin wij verzoeken over uw privacy behandelen.")
        : QStringLiteral("Dat is het systeem waarin wij verzoeken over privacy behandelen.");
    const QString what = report && files
        ? QStringLiteral("Het overzicht bevat alles wat wij over %1 vastleggen in Privacydesk. %2 "
                         "De bestanden bevatten alleen een deel van die gegevens.")
              .arg(about, system)
        : report ? QStringLiteral("Het overzicht bevat alles wat wij over %1 vastleggen in "
                                  "Privacydesk. %2")
                       .arg(about, system)
                 : QStringLiteral("De bestanden bevatten een deel van wat wij over %1 vastleggen "
                                  "in Privacydesk. %2")
                       .arg(about, system);
    const QString where = report && files ? QStringLiteral("het overzicht en de bestanden")
        : report                          ? QStringLiteral("het overzicht")
                                          : QStringLiteral("de bestanden");
    // Plain Dutch (B1, issue 18): short sentences, and what the tenant can do.
    return QStringLiteral(
               "<p>%1 Wij hebben ook gegevens over %3 in "
               "andere systemen, zoals onze huuradministratie. Die staan niet in %2. Die "
               "gegevens sturen wij u apart toe. Heeft u ze niet ontvangen, of wilt u weten om "
               "welke systemen het gaat? Neem dan contact met ons op.</p>")
        .arg(what, where, about);
}

} // namespace pd
