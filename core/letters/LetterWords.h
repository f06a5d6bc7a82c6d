#pragma once

// The words every request letter uses (LetterTemplates::values, LetterValues.cpp): dates, the
// kinds, channels, methods and outcomes of a request, an address, lists, as Dutch HTML. Letters
// are Dutch whatever the interface language: they go to Dutch tenants.
#include "cases/Case.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace pd::letterwords {

QString dutchDate(QDate date);
QString escaped(const QString &text);
QString postcodeText(const QString &postcode);
QString addressHtml(const QString &streetLine, const QString &postcode, const QString &city);
QString dutchType(RequestType type);
QString dutchList(const QStringList &items);
QString dutchChannel(Channel channel);
// How the identity was checked, plain text (escape it for HTML); portal: the tenants' portal as
// the organisation calls it (OrganisationDetails::portalText, "mijn ieder1").
QString dutchMethod(IdMethod method, const QString &portal);
QString dutchOutcome(Outcome outcome);
QString notDealtWithHtml(const QString &emailHtml, const QString &addressLineHtml);
// The greeting of a letter to name, without its comma, as HTML: "Geachte heer of mevrouw De
// Groot-Visser" for "W. de Groot-Visser".
QString salutationHtml(const QString &name);
// How a representative acts for the data subject (ieder1), escaped: "namens W. de
// Groot-Visser", or "als bewindvoerder van W. de Groot-Visser" (curator, mentor, ouder of voogd)
// for a representative whose authority is of that kind.
QString actingForHtml(const Case &c);
// What the request for a mandate (verzoek-machtiging) asks a representative to send, by the
// authority recorded: a gemachtigde the mandate signed by the person, a bewindvoerder,
// curator or mentor the decision of the kantonrechter that appointed them, a parent an extract
// from the gezagsregister and the child's date of birth. Without a recorded authority the letter
// asks for the mandate and tells a court-appointed representative to send the decision instead.
// HTML, the person's name escaped.
struct MandateProof
{
    QString asked; // {{machtiging.stuk}}: "een machtiging", after "stuur ons" and "vragen wij u om"
    QString proof; // {{machtiging.bewijs}}: "de machtiging", after "Zodra wij"
    QString item; // {{machtiging.vraag}}: the list item saying what it is (<li>)
    QString extra; // {{machtiging.aanvulling}}: a list item after the identity documents, or empty
    // The person's signed mandate (a gemachtigde, or no authority recorded); false for a court's
    // decision or the custody register, which the person does not sign.
    bool signedMandate = true;

    static MandateProof of(const Case &c);
};
// notDealtWithHtml for a representative's request closed while the mandate was missing (issue
// 38): the missing mandate (or court decision, or custody extract: proof) is the reason, not the
// representative's identity. personHtml: the data subject's name; askedOnHtml: the day it was
// asked for, empty when unknown (escaped).
QString notDealtWithoutMandateHtml(const QString &personHtml, const QString &askedOnHtml,
                                   const QString &emailHtml, const QString &addressLineHtml,
                                   const MandateProof &proof);
// What the organisation does for the request once it knows who asks, after "Pas dan", as the
// request's kinds say (seed 000: an erasure was told "geven wij u uw gegevens of veranderen wij
// ze"): "verwijderen wij uw gegevens", "geven wij u uw gegevens of veranderen wij ze". Plain
// text.
QString whatWeDoText(const QList<RequestType> &types);

// Whose data a letter of a request speaks of. To the person "u"; to a representative,
// who is the letter's "u", the person by name: "Kloppen de gegevens van W. de Groot-Visser
// niet?", never "Kloppen uw gegevens niet?". Plain text: escape it where HTML is made.
// The fields of the data subject's own record in Privacydesk, by their codes (naam, adres,
// telefoonnummer, emailadres, relatie, einddatum), as the tenant reads them ("het
// telefoonnummer"), in the order given; other codes are left out.
QStringList dutchOwnRecordFields(const QStringList &codes);

struct Whose
{
    QString you; // "u" | "W. de Groot-Visser": "over u", "met u", "die u ons gaf"
    QString data; // "uw gegevens" | "de gegevens van W. de Groot-Visser"
    QString personalData; // "uw persoonsgegevens" | "de persoonsgegevens van W. de Groot-Visser"
    QString consent; // "uw toestemming" | "de toestemming van W. de Groot-Visser"
    QString interest; // "uw belang" | "het belang van W. de Groot-Visser"
    QString rights; // "uw rechten" | "de rechten van W. de Groot-Visser"

    static Whose of(const Case &c);
};

// A ground as the tenant reads it (B1): what it means in words first, the article after it.
// w: whose data and rights: a representative is not the one protected. Plain text.
QString dutchGround(RefusalGround ground, const Whose &w);

} // namespace pd::letterwords
