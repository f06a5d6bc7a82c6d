#pragma once

// Letters are Dutch whatever the interface language: they go to Dutch tenants.
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
// Plain text; portal: the tenants' portal as the organisation calls it.
QString dutchMethod(IdMethod method, const QString &portal);
QString dutchOutcome(Outcome outcome);
QString notDealtWithHtml(const QString &emailHtml, const QString &addressLineHtml);
QString salutationHtml(const QString &name);
QString actingForHtml(const Case &c);
// What a representative must send, by the authority recorded. HTML, the person's name escaped.
struct MandateProof
{
    QString asked; // {{machtiging.stuk}}: "een machtiging", after "stuur ons" and "vragen wij u om"
    QString proof; // {{machtiging.bewijs}}: "de machtiging", after "Zodra wij"
    QString item; // {{machtiging.vraag}}: the list item saying what it is (<li>)
    QString extra; // {{machtiging.aanvulling}}: a list item after the identity documents, or empty
    // False for a court's decision or the custody register, which the person does not sign.
    bool signedMandate = true;

    static MandateProof of(const Case &c);
};
// The missing proof is the reason, not the representative's identity.
QString notDealtWithoutMandateHtml(const QString &personHtml, const QString &askedOnHtml,
                                   const QString &emailHtml, const QString &addressLineHtml,
                                   const MandateProof &proof);
QString whatWeDoText(const QList<RequestType> &types);

// Other codes are left out.
QStringList dutchOwnRecordFields(const QStringList &codes);

// To a representative, who is the letter's "u", the person by name. Plain text.
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

QString dutchGround(RefusalGround ground, const Whose &w);

} // namespace pd::letterwords
