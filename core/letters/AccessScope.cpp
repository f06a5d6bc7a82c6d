#include "letters/AccessScope.h"

#include "letters/LetterWords.h"

#include <algorithm>

namespace pd {

namespace {

using letterwords::dutchList;
using letterwords::escaped;

// The systems of the search whose result is one of these, in the checklist's order, escaped.
QStringList systemsWith(const QList<SystemCheck> &systems,
                        std::initializer_list<SystemSearchResult> results)
{
    QStringList names;
    for (const SystemCheck &check : systems) {
        if (check.searched
            && std::find(results.begin(), results.end(), check.result) != results.end())
            names << escaped(check.system);
    }
    return names;
}

// How the data found in other systems go: what was recorded as sent separately, with its day,
// as sent ("hebben wij u op 3 maart 2026 apart gestuurd"), never promised again; the rest as
// following ("sturen wij u apart toe"). to: "u" or the other controller; send: the rest's words.
QString sendingText(const QList<SystemCheck> &systems, const QString &to, const QString &send)
{
    const QStringList pending
        = systemsWith(systems, { SystemSearchResult::Gevonden, SystemSearchResult::Gecorrigeerd });
    const QStringList sent = systemsWith(systems, { SystemSearchResult::ApartVerstrekt });
    if (sent.isEmpty())
        return QStringLiteral("Die gegevens sturen wij %1.").arg(send);
    // By day, in the checklist's order: "uit ERP op 3 maart 2026 en uit Klantmailbox op ...".
    QStringList parts;
    QDate day;
    bool oneDay = true;
    for (const SystemCheck &check : systems) {
        if (!check.searched || check.result != SystemSearchResult::ApartVerstrekt)
            continue;
        if (parts.isEmpty())
            day = check.sentOn;
        oneDay = oneDay && check.sentOn == day;
        parts << (check.sentOn.isValid()
                      ? QStringLiteral("uit %1 op %2")
                            .arg(escaped(check.system), letterwords::dutchDate(check.sentOn))
                      : QStringLiteral("uit %1").arg(escaped(check.system)));
    }
    const bool toYou = to == QLatin1StringView("u");
    const QString gone = toYou ? QStringLiteral("u apart gestuurd")
                               : QStringLiteral("apart naar %1 gestuurd").arg(to);
    QString text;
    if (pending.isEmpty() && oneDay && day.isValid())
        text = toYou ? QStringLiteral("Die gegevens hebben wij u op %1 apart gestuurd.")
                           .arg(letterwords::dutchDate(day))
                     : QStringLiteral("Die gegevens hebben wij op %1 apart naar %2 gestuurd.")
                           .arg(letterwords::dutchDate(day), to);
    else if (pending.isEmpty() && oneDay)
        text = QStringLiteral("Die gegevens hebben wij %1.").arg(gone);
    else
        text = QStringLiteral("De gegevens %1 hebben wij %2.").arg(dutchList(parts), gone);
    if (!pending.isEmpty())
        text += QStringLiteral(" De gegevens uit %1 sturen wij %2.").arg(dutchList(pending), send);
    return text;
}

// What the systems search found outside Privacydesk (seed 003: "Die gegevens sturen
// wij u apart toe" in every answer, also when every system said "niets gevonden"). about: "u"
// or the person's name (escaped); where: what the data are not in ("het overzicht"); to: who
// gets them apart, "u" or the other controller (escaped, art. 20(2)). alsoTo: the
// other controller when the files went to it and the overview to the person (ieder1):
// what the right to portability covers goes to it too, said in a sentence of its own.
QString otherSystemsHtml(const QList<SystemCheck> &systems, const QString &about,
                         const QString &where, const QString &to, const QString &alsoTo = {});

// With the overview enclosed: the systems whose data the search (VERA) put in the overview
// itself are said to be there, and the rest is said of the others only.
QString otherSystemsWithReportHtml(const QList<SystemCheck> &systems, const QString &about,
                                   const QString &where, const QString &to, const QString &alsoTo)
{
    QStringList inReport;
    QList<SystemCheck> others;
    for (const SystemCheck &check : systems) {
        if (check.inReport)
            inReport << escaped(check.system);
        else
            others << check;
    }
    if (inReport.isEmpty())
        return otherSystemsHtml(systems, about, where, to, alsoTo);
    const QString there = QStringLiteral("Wat wij in %1 over %2 vonden, staat in het overzicht, "
                                         "onder ‘Uw gegevens in onze andere systemen’.")
                              .arg(dutchList(inReport), about);
    return others.isEmpty()
        ? there
        : there + QStringLiteral(" ") + otherSystemsHtml(others, about, where, to, alsoTo);
}

QString otherSystemsHtml(const QList<SystemCheck> &systems, const QString &about,
                         const QString &where, const QString &to, const QString &alsoTo)
{
    // "sturen wij u apart toe", or to the other controller "sturen wij apart naar X".
    const QString send = to == QLatin1StringView("u") ? QStringLiteral("u apart toe")
                                                      : QStringLiteral("apart naar ") + to;
    const QString also = alsoTo.isEmpty()
        ? QString()
        : QStringLiteral(" Het deel dat onder het recht op overdraagbaarheid valt (artikel 20 "
                         "AVG), sturen wij ook apart naar %1.")
              .arg(alsoTo);
    const QStringList held
        = systemsWith(systems,
                      { SystemSearchResult::Gevonden, SystemSearchResult::ApartVerstrekt,
                        SystemSearchResult::Gecorrigeerd });
    if (!held.isEmpty())
        return QStringLiteral("Wij hebben ook gegevens over %1 in andere systemen: %2. Die staan "
                              "niet in %3. %4%5%6")
            .arg(about, dutchList(held), where, sendingText(systems, to, send), also,
                 to == QLatin1StringView("u")
                     ? QStringLiteral(" Heeft u ze niet ontvangen? Neem dan contact met ons op.")
                     : QString());
    const bool allSearched = !systems.isEmpty()
        && std::all_of(systems.cbegin(), systems.cend(),
                       [](const SystemCheck &check) { return check.searched; });
    if (!allSearched)
        // Not (yet) known: never a promise that data follow, nor that there are none.
        return QStringLiteral("Ook in onze andere systemen, zoals onze huuradministratie, kunnen "
                              "gegevens over %1 staan. Die staan niet in %2. Vinden wij daar "
                              "gegevens over %1, dan sturen wij die %3.%4 Wilt u weten "
                              "om welke systemen het gaat? Neem dan contact met ons op.")
            .arg(about, where, send, also);
    const QStringList empty
        = systemsWith(systems, { SystemSearchResult::NietsGevonden, SystemSearchResult::Gewist });
    const QStringList erased = systemsWith(systems, { SystemSearchResult::Gewist });
    const QStringList closed = systemsWith(systems, { SystemSearchResult::NietDoorzoekbaar });
    QString text;
    if (!empty.isEmpty())
        text = QStringLiteral("Wij hebben ook gezocht in onze andere systemen: %1. Daarin staan "
                              "geen gegevens over %2.")
                   .arg(dutchList(empty), about);
    if (!erased.isEmpty())
        text
            += QStringLiteral(" Wat er in %1 stond, hebben wij verwijderd.").arg(dutchList(erased));
    if (!closed.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + QStringLiteral("In %1 konden wij niet zoeken. Wilt u weten waarom? Neem dan "
                             "contact met ons op.")
                  .arg(dutchList(closed));
    return text;
}

} // namespace

QString AccessScope::reportText(bool withSystems)
{
    if (withSystems)
        //: Dutch: the same, ending "Wat wij in onze andere systemen over u vonden, staat onder 1,
        //: bij ‘Uw gegevens in onze andere systemen’. Gegevens uit systemen die daar niet staan,
        //: staan niet in dit overzicht. In de begeleidende brief leest u hoe u die krijgt."
        return tr("You asked which personal data we use about you (article 15 GDPR). Sections 1 "
                  "and 2 hold the personal data we have recorded about your requests. We do that "
                  "in Privacydesk: the system in which we handle requests about your privacy. "
                  "Sections 3 to 11 say what we do with your data in general: what we use them "
                  "for, who receives them and how long we keep them. That comes from our register "
                  "of processing activities (article 30 GDPR). What we found about you in our "
                  "other systems is in section 1, under 'Your data in our other systems'. Data "
                  "from systems that are not listed there are not in this overview. The "
                  "accompanying letter says how you receive them.");
    // Short sentences, as the cover letter in the same envelope: what sections 1 and
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

QString AccessScope::letterHtml(bool report, bool files, const QString &person,
                                const QList<SystemCheck> &systems, const QString &sentTo)
{
    if (!report && !files)
        return {};
    // To a representative the person by name: "over u" would be the representative.
    const QString about = person.trimmed().isEmpty() ? QStringLiteral("u") : escaped(person);
    // The files hold only what art. 20 covers (consent or contract, PersonPortability): never
    // "alles" (seed 001, Mijande: the letter said so beside a LEESMIJ.txt listing what is not).
    const QString system = person.trimmed().isEmpty()
        ? QStringLiteral("Dat is het systeem waarin wij verzoeken over uw privacy behandelen.")
        : QStringLiteral("Dat is het systeem waarin wij verzoeken over privacy behandelen.");
    QString what = report && files
        ? QStringLiteral("Het overzicht bevat alles wat wij over %1 vastleggen in Privacydesk. %2 "
                         "De bestanden bevatten alleen een deel van die gegevens.")
              .arg(about, system)
        : report ? QStringLiteral("Het overzicht bevat alles wat wij over %1 vastleggen in "
                                  "Privacydesk. %2")
                       .arg(about, system)
                 : QStringLiteral("De bestanden bevatten een deel van wat wij over %1 vastleggen "
                                  "in Privacydesk. %2")
                       .arg(about, system);
    // Sent straight to another controller (ieder1): what it got, and that the rest
    // goes to it too; only Privacydesk's own record was in the files.
    const bool sent = files && !sentTo.trimmed().isEmpty();
    const bool direct = sent && !report;
    const QString controller = escaped(sentTo.simplified());
    const QString to = direct ? controller : QStringLiteral("u");
    if (direct)
        what = QStringLiteral("De bestanden die wij aan %1 stuurden, bevatten alleen gegevens uit "
                              "Privacydesk: een deel van wat wij daarin over %2 vastleggen. %3")
                   .arg(to, about, system);
    // Both (ieder1): the overview came to the person, the files went to the other
    // controller; each part says where it went.
    if (sent && report)
        what = QStringLiteral("Het overzicht bevat alles wat wij over %1 vastleggen in "
                              "Privacydesk. %2 Het overzicht ontvangt u bij deze brief. De "
                              "bestanden hebben wij rechtstreeks aan %3 gestuurd, zoals u vroeg. "
                              "Die bevatten alleen een deel van de gegevens uit Privacydesk.")
                   .arg(about, system, controller);
    const QString where = report && files ? QStringLiteral("het overzicht en de bestanden")
        : report                          ? QStringLiteral("het overzicht")
                                          : QStringLiteral("de bestanden");
    // Plain Dutch (B1): short sentences, and what the tenant can do.
    // With the overview, the part of the other systems' data that art. 20 covers goes to that
    // controller too, also where only the overview is spoken of (the decision's inzage part).
    const bool alsoSent = report && !sentTo.trimmed().isEmpty();
    const QString others = report
        ? otherSystemsWithReportHtml(systems, about, where, to, alsoSent ? controller : QString())
        : otherSystemsHtml(systems, about, where, to, alsoSent ? controller : QString());
    return QStringLiteral("<p>%1%2</p>")
        .arg(what, others.isEmpty() ? QString() : QStringLiteral(" ") + others);
}

QString AccessScope::portableHtml(const std::optional<QStringList> &fields, const QString &data,
                                  const QString &consent, const QString &you)
{
    // Only data used on consent or for a contract fall under art. 20 lid 1.
    const QString limit = QStringLiteral("Het gaat alleen om de gegevens die wij gebruiken met %1 "
                                         "of voor een overeenkomst met %2 (artikel 20 lid 1 AVG).")
                              .arg(escaped(consent), escaped(you));
    const QString readme
        = QStringLiteral("Wat er niet in staat, zoals de verzoeken, notities en verstrekkingen, en "
                         "waarom, staat in het bestand LEESMIJ.txt bij de bestanden.");
    if (!fields)
        return QStringLiteral("<p>In de bestanden staan %1. %2 %3</p>")
            .arg(escaped(data), limit, readme);
    QStringList words;
    for (const QString &code : *fields) {
        if (code == QLatin1StringView("emailadres"))
            words << QStringLiteral("e-mailadres");
        else if (code == QLatin1StringView("relatie"))
            words << QStringLiteral("de relatie tot ons");
        else if (code == QLatin1StringView("einde_relatie"))
            words << QStringLiteral("de datum waarop die relatie eindigde");
        else if (code == QLatin1StringView("systemen"))
            words << QStringLiteral("wat %1 ons zelf gaf, zoals het in onze andere systemen staat")
                         .arg(escaped(you));
        else
            words << escaped(code); // naam, adres, telefoonnummer, klantnummer: as they read
    }
    if (words.isEmpty())
        return QStringLiteral("<p>In de bestanden staan geen gegevens van %1. %2 %3</p>")
            .arg(escaped(you), limit, readme);
    return QStringLiteral("<p>In de bestanden staan %1: %2. %3 %4</p>")
        .arg(escaped(data), dutchList(words), limit, readme);
}

} // namespace pd
