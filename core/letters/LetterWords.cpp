// The words every request letter uses (LetterWords.h).
#include "letters/LetterWords.h"

#include "print/PrintedDocument.h"

#include <QLocale>
#include <QRegularExpression>

namespace pd::letterwords {

// Letters are Dutch whatever the interface language: they go to Dutch tenants.
QString dutchDate(QDate date)
{
    static const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    return date.isValid() ? dutch.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString escaped(const QString &text)
{
    return PrintedDocument::html(text.trimmed());
}

// "1234AB" as stored for persons → "1234 AB", as on an envelope.
QString postcodeText(const QString &postcode)
{
    static const QRegularExpression dutch(QStringLiteral("^(\\d{4})\\s*([A-Za-z]{2})$"));
    const auto match = dutch.match(postcode.trimmed());
    return match.hasMatch() ? match.captured(1) + u' ' + match.captured(2).toUpper()
                            : postcode.trimmed();
}

QString addressHtml(const QString &streetLine, const QString &postcode, const QString &city)
{
    QStringList lines;
    if (!streetLine.trimmed().isEmpty())
        lines << escaped(streetLine.simplified());
    const QString place = QString(postcodeText(postcode) + u' ' + city.trimmed()).trimmed();
    if (!place.isEmpty())
        lines << escaped(place);
    return lines.join(QStringLiteral("<br>"));
}

// What the request is about, to follow "Uw verzoek gaat over" (a sentence, not a
// bare noun after a colon; "correctie" in letters to the tenant).
QString dutchType(RequestType type)
{
    switch (type) {
    case RequestType::Inzage:
        return QStringLiteral("inzage in uw gegevens");
    case RequestType::Rectificatie:
        return QStringLiteral("correctie van uw gegevens");
    case RequestType::Verwijdering:
        return QStringLiteral("verwijdering van uw gegevens");
    case RequestType::Beperking:
        return QStringLiteral("beperking van het gebruik van uw gegevens");
    case RequestType::Overdraagbaarheid:
        return QStringLiteral("overdracht van uw gegevens");
    case RequestType::Bezwaar:
        return QStringLiteral("bezwaar tegen het gebruik van uw gegevens");
    case RequestType::Intrekking:
        return QStringLiteral("het intrekken van uw toestemming");
    case RequestType::Klacht:
        return QStringLiteral("een klacht");
    case RequestType::Overig:
        return QStringLiteral("een andere vraag over uw gegevens");
    }
    return {};
}

// "inzage", "inzage en rectificatie", "inzage, rectificatie en verwijdering".
QString dutchList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" en ")
        + items.constLast();
}

QString dutchChannel(Channel channel)
{
    switch (channel) {
    case Channel::Telefoon:
        return QStringLiteral("telefonisch");
    case Channel::Email:
        return QStringLiteral("per e-mail");
    case Channel::Brief:
        return QStringLiteral("per brief");
    case Channel::Balie:
        return QStringLiteral("aan de balie");
    case Channel::Webformulier:
        return QStringLiteral("via het webformulier");
    case Channel::Gemachtigde:
        return QStringLiteral("via uw gemachtigde");
    case Channel::Ap:
        return QStringLiteral("via de Autoriteit Persoonsgegevens");
    }
    return {};
}

QString dutchMethod(IdMethod method, const QString &portal)
{
    switch (method) {
    case IdMethod::Balie:
        return QStringLiteral("identiteitsbewijs getoond aan de balie");
    case IdMethod::KopieId:
        return QStringLiteral("kopie van uw identiteitsbewijs (na controle vernietigd)");
    case IdMethod::Klantgegevens:
        return QStringLiteral("controle van uw klantgegevens en terugbellen");
    case IdMethod::Portaal:
        return QStringLiteral("ingelogd in %1").arg(portal);
    case IdMethod::Gemachtigde:
        return QStringLiteral("gemachtigde met machtiging");
    }
    return {};
}

// The decision in a sentence or two, as the tenant reads it (B1).
QString dutchOutcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Toegewezen:
        return QStringLiteral("Wij hebben uw verzoek toegewezen. Hieronder leest u wat wij "
                              "hebben gedaan.");
    case Outcome::DeelsToegewezen:
        return QStringLiteral("Wij hebben uw verzoek voor een deel toegewezen. Hieronder leest u "
                              "wat wij wel en niet hebben gedaan, en waarom.");
    case Outcome::Afgewezen:
        return QStringLiteral("Wij hebben uw verzoek afgewezen. Hieronder leest u waarom.");
    case Outcome::Ingetrokken:
        return QStringLiteral("U heeft uw verzoek ingetrokken. Wij hebben de behandeling daarom "
                              "gestopt.");
    case Outcome::NietInBehandeling:
        return QStringLiteral("Wij hebben uw verzoek niet in behandeling genomen. Hieronder leest "
                              "u waarom, en wat u nu kunt doen.");
    }
    return {};
}

// A request not dealt with because the identity was not established: the reason and the next
// step, as art. 12 lid 4 AVG requires of every answer that does not grant. emailHtml and
// addressHtml: where to send the copy of the identity document (escaped).
QString notDealtWithHtml(const QString &emailHtml, const QString &addressLineHtml)
{
    return QStringLiteral(
               "<p><b>Waarom</b><br>Wij moeten zeker weten dat een verzoek over "
               "persoonsgegevens echt van u komt. Wij hebben u gevraagd om te laten zien wie u "
               "bent, maar dat is niet gelukt. Daarom kunnen wij uw verzoek niet uitvoeren "
               "(artikel 12 lid 2 en lid 6 AVG).</p>"
               "<p><b>Wat kunt u nu doen?</b><br>U kunt uw verzoek opnieuw indienen. Laat ons "
               "dan ook zien wie u bent. Kom langs aan de balie met uw paspoort, identiteitskaart "
               "of rijbewijs. Of stuur ons een kopie van uw identiteitsbewijs, met uw BSN en "
               "pasfoto onleesbaar gemaakt. Dat kan per e-mail naar %1 of per post naar %2. "
               "Wij helpen u graag.</p>")
        .arg(emailHtml, addressLineHtml);
}

// A representative's request closed because the mandate never came was told
// to come to the desk with a passport and to send a copy of "uw identiteitsbewijs, met uw BSN":
// the missing step was the mandate, which this says, with what to send if the request comes again.
QString notDealtWithoutMandateHtml(const QString &personHtml, const QString &askedOnHtml,
                                   const QString &emailHtml, const QString &addressLineHtml,
                                   const MandateProof &proof)
{
    const QString asked = askedOnHtml.isEmpty()
        ? QStringLiteral("Wij hebben u om %1 gevraagd.").arg(proof.asked)
        : QStringLiteral("Wij hebben u op %1 om %2 gevraagd.").arg(askedOnHtml, proof.asked);
    const QString what = proof.signedMandate
        ? QStringLiteral("Stuur dan een machtiging mee. Daarin staat dat u het verzoek mag doen "
                         "namens %1. %1 ondertekent de machtiging en zet de datum erop.")
              .arg(personHtml)
        : QStringLiteral("Stuur dan %1 mee.").arg(proof.asked);
    QString missing = proof.signedMandate ? QStringLiteral("Die machtiging") : proof.proof;
    missing[0] = missing.at(0).toUpper();
    return QStringLiteral(
               "<p><b>Waarom</b><br>U heeft dit verzoek gedaan namens %1. Wij geven de "
               "gegevens van %1 alleen aan iemand anders als wij zeker weten dat die persoon dat "
               "mag. %2 %3 hebben wij niet ontvangen. Daarom kunnen wij het verzoek "
               "niet uitvoeren (artikel 12 lid 2 en lid 6 AVG).</p>"
               "<p><b>Wat kunt u nu doen?</b><br>U kunt het verzoek opnieuw indienen. %4 Stuur "
               "het per e-mail naar %5 of per post naar %6. %1 kan het verzoek ook zelf bij ons "
               "doen. Wij helpen u graag.</p>")
        .arg(personHtml, asked, missing, what, emailHtml, addressLineHtml);
}

QString whatWeDoText(const QList<RequestType> &types)
{
    // The data are "uw gegevens" the first time, "ze" ("ervan") after it.
    QStringList acts;
    const auto add = [&acts](const QString &first, const QString &later) {
        const QString text = acts.isEmpty() ? first : later;
        if (!acts.contains(text))
            acts << text;
    };
    if (types.contains(RequestType::Inzage) || types.contains(RequestType::Overdraagbaarheid))
        add(QStringLiteral("geven wij u uw gegevens"), QStringLiteral("geven wij ze u"));
    if (types.contains(RequestType::Rectificatie))
        add(QStringLiteral("veranderen wij uw gegevens"), QStringLiteral("veranderen wij ze"));
    if (types.contains(RequestType::Verwijdering))
        add(QStringLiteral("verwijderen wij uw gegevens"), QStringLiteral("verwijderen wij ze"));
    if (types.contains(RequestType::Beperking))
        add(QStringLiteral("beperken wij het gebruik van uw gegevens"),
            QStringLiteral("beperken wij het gebruik ervan"));
    if (acts.isEmpty())
        return QStringLiteral("doen wij wat u vraagt");
    const QString last = acts.takeLast();
    return acts.isEmpty() ? last : acts.join(QStringLiteral(", ")) + QStringLiteral(" of ") + last;
}

namespace {

// The tussenvoegsels and surname prefixes a Dutch surname starts with (lower case).
bool isParticle(const QString &word)
{
    static const QStringList particles {
        QStringLiteral("van"), QStringLiteral("de"), QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("het"), QStringLiteral("'t"), QStringLiteral("’t"), QStringLiteral("ter"),
        QStringLiteral("ten"), QStringLiteral("te"), QStringLiteral("in"), QStringLiteral("op"),
        QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("du"), QStringLiteral("da"),
        QStringLiteral("di"), QStringLiteral("von"), QStringLiteral("zu"), QStringLiteral("dos"),
        QStringLiteral("das"), QStringLiteral("del"), QStringLiteral("el"), QStringLiteral("uit"),
        QStringLiteral("tot"), QStringLiteral("onder"), QStringLiteral("aan"),
        // The prefixes of Twente and Achterhoek surnames, part of the name and written with a
        // capital ("Oude Vrielink", "Olde Monnikhof", "Groot Koerkamp", "Klein Gunnewiek").
        QStringLiteral("oude"), QStringLiteral("olde"), QStringLiteral("groot"),
        QStringLiteral("klein"), QStringLiteral("lütke"), QStringLiteral("lutke")
    };
    return particles.contains(word.toLower());
}

// The first part of a double name that ends where the second starts with a tussenvoegsel:
// "Jansen-van" (der Berg), "Heusinkveld-Te" (Brake).
bool opensDoubleName(const QString &word)
{
    const qsizetype hyphen = word.lastIndexOf(u'-');
    return hyphen > 0 && isParticle(word.mid(hyphen + 1));
}

// "Berg, J. van der", "Berg van der, J." and "Vries, de" (surname first, as registers sort it)
// as the name is written: "J. van der Berg". The tussenvoegsels at the end of either side go
// before the surname.
QString surnameLast(const QString &name)
{
    const qsizetype comma = name.indexOf(u',');
    if (comma < 0 || name.indexOf(u',', comma + 1) >= 0)
        return name;
    QStringList surname = name.left(comma).split(u' ', Qt::SkipEmptyParts);
    QStringList rest = name.mid(comma + 1).split(u' ', Qt::SkipEmptyParts);
    QStringList particles;
    while (surname.size() > 1 && isParticle(surname.constLast()))
        particles.prepend(surname.takeLast());
    while (!rest.isEmpty() && isParticle(rest.constLast()))
        particles.prepend(rest.takeLast());
    return (rest + particles + surname).join(u' ');
}

} // namespace

// The Dutch greeting (as the seed statements address people: "Geachte heer/mevrouw T. de Groot"):
// "Geachte heer of mevrouw" and the surname alone, never the initials or first names; "heer" or
// "mevrouw" alone when the name says which ("dhr. J. Jansen"). The surname starts at the first
// tussenvoegsel or capitalised prefix (seed 000: "Kees Oude Vrielink" → "Oude Vrielink"), or at a
// double name whose second part starts with one ("Jansen-van der Berg"), else it is the last word.
// As Dutch writes it (Onze Taal, Taalunie): with no first name or initials before it the first
// tussenvoegsel takes a capital ("Van 't Hof", "De Groot-Visser"); only the first part of a
// double name is affected ("Jansen-van der Berg", "Heusinkveld-Te Brake" as registered); 't
// and d' stay small ("'t Hart", "d'Ancona").
QString salutationHtml(const QString &name)
{
    static const QStringList sirs { QStringLiteral("dhr."), QStringLiteral("dhr"),
                                    QStringLiteral("heer"), QStringLiteral("meneer") };
    static const QStringList madams { QStringLiteral("mevr."), QStringLiteral("mevr"),
                                      QStringLiteral("mw."), QStringLiteral("mw"),
                                      QStringLiteral("mevrouw") };
    static const QRegularExpression initials(QStringLiteral("^(\\p{L}{1,2}\\.)+$"));
    static const QRegularExpression spacedHyphen(QStringLiteral("\\s*-\\s*"));
    QString who = QStringLiteral("heer of mevrouw");
    QString written = name.simplified();
    written.replace(spacedHyphen, QStringLiteral("-")); // "Jansen - van der Berg"
    QStringList words = surnameLast(written).split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()
        && words.constFirst().compare(QStringLiteral("de"), Qt::CaseInsensitive) == 0
        && words.size() > 1 && sirs.contains(words.at(1).toLower()))
        words.removeFirst(); // "de heer J. Jansen"
    if (!words.isEmpty() && sirs.contains(words.constFirst().toLower())) {
        who = QStringLiteral("heer");
        words.removeFirst();
    } else if (!words.isEmpty() && madams.contains(words.constFirst().toLower())) {
        who = QStringLiteral("mevrouw");
        words.removeFirst();
    }
    while (words.size() > 1 && initials.match(words.constFirst()).hasMatch())
        words.removeFirst();
    qsizetype start = words.size() - 1;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (isParticle(words.at(i)) || opensDoubleName(words.at(i))) {
            start = i;
            break;
        }
    }
    QString surname = words.mid(std::max<qsizetype>(start, 0)).join(u' ');
    static const QRegularExpression small(QStringLiteral("^(['’]t |d['’])"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!surname.isEmpty() && !small.match(surname).hasMatch())
        surname[0] = surname.at(0).toUpper();
    return escaped(QStringLiteral("Geachte %1 %2").arg(who, surname));
}

// A representative without a kind of authority recorded acts with a mandate: "namens".
QString actingForHtml(const Case &c)
{
    const QString person = escaped(c.person.name.simplified());
    switch (c.representativeAuthority.value_or(RepresentativeAuthority::Gemachtigde)) {
    case RepresentativeAuthority::Bewindvoerder:
        return QStringLiteral("als bewindvoerder van ") + person;
    case RepresentativeAuthority::Curator:
        return QStringLiteral("als curator van ") + person;
    case RepresentativeAuthority::Mentor:
        return QStringLiteral("als mentor van ") + person;
    case RepresentativeAuthority::Ouder:
        return QStringLiteral("als ouder of voogd van ") + person;
    case RepresentativeAuthority::Gemachtigde:
        break;
    }
    return QStringLiteral("namens ") + person;
}

namespace {

// A bewindvoerder, curator or mentor shows the kantonrechter's decision that appointed them.
MandateProof courtDecision(const QString &role, const QString &person)
{
    return { QStringLiteral("de beschikking van de kantonrechter"),
             QStringLiteral("de beschikking"),
             QStringLiteral("<li><b>Een kopie van de beschikking van de kantonrechter.</b> Daarin "
                            "staat dat u %1 bent van %2. Een machtiging van %2 is dan niet "
                            "nodig.</li>")
                 .arg(role, person),
             QString(), false };
}

} // namespace

// The AVG sets no age from which a child asks for its own data: the letter names none.
MandateProof MandateProof::of(const Case &c)
{
    const QString person = escaped(c.person.name.simplified());
    MandateProof mandate { QStringLiteral("een machtiging"), QStringLiteral("de machtiging"),
                           QStringLiteral("<li><b>Een machtiging.</b> Daarin staat dat u dit "
                                          "verzoek mag doen namens %1. %1 ondertekent de "
                                          "machtiging en zet de datum erop.</li>")
                               .arg(person),
                           QString() };
    if (!c.representativeAuthority) {
        mandate.extra = QStringLiteral(
            "<li><b>Bent u curator, mentor of bewindvoerder?</b> Stuur dan in plaats van de "
            "machtiging een kopie van de uitspraak van de rechter waarin dat staat.</li>");
        return mandate;
    }
    switch (*c.representativeAuthority) {
    case RepresentativeAuthority::Gemachtigde:
        break;
    case RepresentativeAuthority::Bewindvoerder:
        return courtDecision(QStringLiteral("de bewindvoerder"), person);
    case RepresentativeAuthority::Curator:
        return courtDecision(QStringLiteral("de curator"), person);
    case RepresentativeAuthority::Mentor:
        return courtDecision(QStringLiteral("de mentor"), person);
    case RepresentativeAuthority::Ouder:
        return { QStringLiteral("een uittreksel uit het gezagsregister"),
                 QStringLiteral("het uittreksel"),
                 QStringLiteral("<li><b>Een uittreksel uit het gezagsregister.</b> Daarin staat "
                                "dat u het gezag heeft over %1. U vraagt het uittreksel aan bij "
                                "de rechtbank, via www.rechtspraak.nl.</li>")
                     .arg(person),
                 QStringLiteral("<li><b>De geboortedatum van %1.</b> De wet noemt geen vaste "
                                "leeftijd waarop een kind dit verzoek zelf kan doen. Daarom "
                                "kijken wij ook naar de leeftijd van %1.</li>")
                     .arg(person),
                 false };
    }
    return mandate;
}

QStringList dutchOwnRecordFields(const QStringList &codes)
{
    QStringList fields;
    for (const QString &code : codes) {
        if (code == QLatin1StringView("naam"))
            fields << QStringLiteral("de naam");
        else if (code == QLatin1StringView("telefoonnummer"))
            fields << QStringLiteral("het telefoonnummer");
        else if (code == QLatin1StringView("emailadres"))
            fields << QStringLiteral("het e-mailadres");
        else if (code == QLatin1StringView("adres"))
            fields << QStringLiteral("het adres");
        else if (code == QLatin1StringView("relatie"))
            fields << QStringLiteral("de relatie met ons");
        else if (code == QLatin1StringView("einddatum"))
            fields << QStringLiteral("de einddatum van de relatie");
    }
    return fields;
}

Whose Whose::of(const Case &c)
{
    if (c.representative.trimmed().isEmpty())
        return { QStringLiteral("u"),
                 QStringLiteral("uw gegevens"),
                 QStringLiteral("uw persoonsgegevens"),
                 QStringLiteral("uw toestemming"),
                 QStringLiteral("uw belang"),
                 QStringLiteral("uw rechten") };
    const QString name = c.person.name.simplified();
    return { name,
             QStringLiteral("de gegevens van ") + name,
             QStringLiteral("de persoonsgegevens van ") + name,
             QStringLiteral("de toestemming van ") + name,
             QStringLiteral("het belang van ") + name,
             QStringLiteral("de rechten van ") + name };
}

// The grounds of art. 41 lid 1 UAVG, each in a sentence the tenant understands.
static QString dutchArt41Ground(RefusalGround ground, const Whose &w)
{
    switch (ground) {
    case RefusalGround::Art41_1a:
        return QStringLiteral("Dit is nodig voor de veiligheid van Nederland (artikel 41 lid 1 sub "
                              "a Uitvoeringswet AVG).");
    case RefusalGround::Art41_1b:
        return QStringLiteral("Dit is nodig voor de verdediging van Nederland (artikel 41 lid 1 "
                              "sub b Uitvoeringswet AVG).");
    case RefusalGround::Art41_1c:
        return QStringLiteral("Dit is nodig voor de openbare veiligheid (artikel 41 lid 1 sub c "
                              "Uitvoeringswet AVG).");
    case RefusalGround::Art41_1d:
        return QStringLiteral("Dit is nodig om strafbare feiten te voorkomen, te onderzoeken of te "
                              "vervolgen (artikel 41 lid 1 sub d Uitvoeringswet AVG).");
    case RefusalGround::Art41_1e:
        return QStringLiteral("Dit is nodig voor een ander belangrijk algemeen belang (artikel 41 "
                              "lid 1 sub e Uitvoeringswet AVG).");
    case RefusalGround::Art41_1f:
        return QStringLiteral("Dit is nodig om de onafhankelijkheid van de rechter en rechtszaken "
                              "te beschermen (artikel 41 lid 1 sub f Uitvoeringswet AVG).");
    case RefusalGround::Art41_1g:
        return QStringLiteral(
            "Dit is nodig om overtredingen van de beroepsregels van een beroepsgroep te voorkomen, "
            "te onderzoeken of te vervolgen (artikel 41 lid 1 sub g Uitvoeringswet AVG).");
    case RefusalGround::Art41_1h:
        return QStringLiteral("Dit is nodig voor toezicht, inspectie of regelgeving door de "
                              "overheid (artikel 41 lid 1 sub h Uitvoeringswet AVG).");
    case RefusalGround::Art41_1i:
        return QStringLiteral("Dit is nodig om %1 te beschermen, of de rechten en vrijheden van "
                              "anderen (artikel 41 lid 1 sub i Uitvoeringswet AVG).")
            .arg(w.you);
    case RefusalGround::Art41_1j:
        return QStringLiteral("Dit is nodig om een vordering te innen, bijvoorbeeld een huurschuld "
                              "(artikel 41 lid 1 sub j Uitvoeringswet AVG).");
    default:
        break;
    }
    return {};
}

// A ground as the tenant reads it (B1): what it means in words first, the article after it.
// w: whose data and rights: a representative is not the one protected.
QString dutchGround(RefusalGround ground, const Whose &w)
{
    switch (ground) {
    case RefusalGround::Art12_5:
        return QStringLiteral(
            "U heeft in korte tijd vaak hetzelfde gevraagd, of er is duidelijk geen reden voor uw "
            "verzoek. Dan hoeven wij het niet uit te voeren (artikel 12 lid 5 AVG).");
    case RefusalGround::Art15_4:
        return QStringLiteral("Als wij u alles geven, schaden wij de privacy of andere rechten van "
                              "anderen (artikel 15 lid 4 AVG).");
    case RefusalGround::Art16:
        return QStringLiteral("Wij hebben de gegevens nagekeken die u wilde laten verbeteren. Ze "
                              "zijn juist en volledig, dus wij veranderen ze niet (artikel 16 "
                              "AVG).");
    case RefusalGround::Art17_3a:
        return QStringLiteral("Wij hebben de gegevens nodig voor de vrijheid van meningsuiting en "
                              "informatie (artikel 17 lid 3 sub a AVG).");
    case RefusalGround::Art17_3b:
        return QStringLiteral(
            "Een wet verplicht ons om deze gegevens te bewaren (artikel 17 lid 3 sub b AVG).");
    case RefusalGround::Art17_3c:
        return QStringLiteral(
            "Wij hebben de gegevens nodig voor de volksgezondheid (artikel 17 lid 3 sub c AVG).");
    case RefusalGround::Art17_3d:
        return QStringLiteral("Wij hebben de gegevens nodig voor een archief in het algemeen "
                              "belang, voor wetenschappelijk of historisch onderzoek of voor "
                              "statistiek (artikel 17 lid 3 sub d AVG).");
    case RefusalGround::Art17_3e:
        return QStringLiteral(
            "Wij hebben de gegevens nodig om ons recht te halen of te verdedigen, bijvoorbeeld bij "
            "de rechter (artikel 17 lid 3 sub e AVG).");
    case RefusalGround::Art17_3:
        return QStringLiteral(
            "Een wet verplicht ons om deze gegevens te bewaren (artikel 17 lid 3 AVG).");
    case RefusalGround::Art18_2:
        return QStringLiteral("Ook als het gebruik beperkt is, mogen wij de gegevens bewaren. Wij "
                              "mogen ze dan ook gebruiken voor een rechtszaak of om de rechten van "
                              "een ander te beschermen (artikel 18 lid 2 AVG).");
    case RefusalGround::Art20_1:
        return QStringLiteral("U kunt alleen gegevens laten overdragen die wij met de computer "
                              "verwerken, met %1 of voor een overeenkomst met %2 (artikel 20 lid 1 "
                              "AVG).")
            .arg(w.consent, w.you);
    case RefusalGround::Art20_2:
        // Art. 20 lid 2: straight to another controller "indien dit technisch mogelijk is"
        // (ieder1: "indien het technisch mogelijk is"); the files come to the person instead.
        return QStringLiteral("Wij kunnen %1 niet rechtstreeks naar de andere organisatie sturen. "
                              "Dat is technisch niet mogelijk (artikel 20 lid 2 AVG). Daarom "
                              "sturen wij de bestanden naar u. U kunt ze zelf aan die organisatie "
                              "geven.")
            .arg(w.data);
    case RefusalGround::Art20_4:
        // Art. 20 lid 4: the right "doet geen afbreuk aan de rechten en vrijheden van anderen".
        return QStringLiteral("Als wij u alles geven, schaden wij de privacy of andere rechten van "
                              "anderen (artikel 20 lid 4 AVG).");
    case RefusalGround::Art21Dwingend:
        return QStringLiteral("Wij hebben dringende redenen om %1 te blijven gebruiken. Die "
                              "wegen zwaarder dan %2 (artikel 21 lid 1 AVG).")
            .arg(w.data, w.interest);
    case RefusalGround::Art23:
        return QStringLiteral("Een wet beperkt hier %1 (artikel 23 AVG).").arg(w.rights);
    case RefusalGround::Art41_1a:
    case RefusalGround::Art41_1b:
    case RefusalGround::Art41_1c:
    case RefusalGround::Art41_1d:
    case RefusalGround::Art41_1e:
    case RefusalGround::Art41_1f:
    case RefusalGround::Art41_1g:
    case RefusalGround::Art41_1h:
    case RefusalGround::Art41_1i:
    case RefusalGround::Art41_1j:
        return dutchArt41Ground(ground, w);
    case RefusalGround::Art41Uavg:
        return QStringLiteral(
            "Een wettelijke uitzondering geldt hier (artikel 41 Uitvoeringswet AVG).");
    case RefusalGround::Overig:
        return QStringLiteral("Een andere wettelijke reden.");
    }
    return {};
}

} // namespace pd::letterwords
