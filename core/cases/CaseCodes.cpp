#include "cases/CaseCodes.h"

#include "domain/CodeTable.h"

namespace pd {

namespace {

using codes::Entry;
using codes::Vocabulary;

constexpr Entry<RequestType> requestTypeTable[] = {
    { RequestType::Inzage, "inzage", QT_TRANSLATE_NOOP("pd::Codes", "Access (art. 15)") },
    { RequestType::Rectificatie, "rectificatie",
      QT_TRANSLATE_NOOP("pd::Codes", "Rectification (art. 16)") },
    { RequestType::Verwijdering, "verwijdering",
      QT_TRANSLATE_NOOP("pd::Codes", "Erasure (art. 17)") },
    { RequestType::Beperking, "beperking",
      QT_TRANSLATE_NOOP("pd::Codes", "Restriction (art. 18)") },
    { RequestType::Overdraagbaarheid, "overdraagbaarheid",
      QT_TRANSLATE_NOOP("pd::Codes", "Portability (art. 20)") },
    { RequestType::Bezwaar, "bezwaar", QT_TRANSLATE_NOOP("pd::Codes", "Objection (art. 21)") },
    { RequestType::Intrekking, "intrekking",
      QT_TRANSLATE_NOOP("pd::Codes", "Withdrawal of consent (art. 7(3))") },
    { RequestType::Klacht, "klacht", QT_TRANSLATE_NOOP("pd::Codes", "Complaint") },
    { RequestType::Overig, "overig", QT_TRANSLATE_NOOP("pd::Codes", "Other") },
};

constexpr Entry<Channel> channelTable[] = {
    { Channel::Telefoon, "telefoon", QT_TRANSLATE_NOOP("pd::Codes", "Telephone") },
    { Channel::Email, "email", QT_TRANSLATE_NOOP("pd::Codes", "E-mail") },
    { Channel::Brief, "brief", QT_TRANSLATE_NOOP("pd::Codes", "Letter") },
    { Channel::Balie, "balie", QT_TRANSLATE_NOOP("pd::Codes", "Front desk") },
    { Channel::Webformulier, "webformulier",
      QT_TRANSLATE_NOOP("pd::Codes", "Web form / tenant portal") },
    { Channel::Gemachtigde, "gemachtigde", QT_TRANSLATE_NOOP("pd::Codes", "Via a representative") },
    { Channel::Ap, "ap", QT_TRANSLATE_NOOP("pd::Codes", "Via the Dutch DPA (AP)") },
};

constexpr Entry<CaseState> stateTable[] = {
    { CaseState::Ontvangen, "ontvangen", QT_TRANSLATE_NOOP("pd::Codes", "Received") },
    { CaseState::Identificatie, "identificatie", QT_TRANSLATE_NOOP("pd::Codes", "Identification") },
    { CaseState::InBehandeling, "in-behandeling", QT_TRANSLATE_NOOP("pd::Codes", "In progress") },
    { CaseState::Afgerond, "afgerond", QT_TRANSLATE_NOOP("pd::Codes", "Completed") },
    { CaseState::Ingetrokken, "ingetrokken",
      QT_TRANSLATE_NOOP("pd::Codes", "Withdrawn by the data subject") },
    { CaseState::NietInBehandeling, "niet-in-behandeling",
      QT_TRANSLATE_NOOP("pd::Codes", "Not dealt with: identity not established") },
};

constexpr Entry<Outcome> outcomeTable[] = {
    { Outcome::Toegewezen, "toegewezen", QT_TRANSLATE_NOOP("pd::Codes", "Granted") },
    { Outcome::DeelsToegewezen, "deels-toegewezen",
      QT_TRANSLATE_NOOP("pd::Codes", "Partly granted") },
    { Outcome::Afgewezen, "afgewezen", QT_TRANSLATE_NOOP("pd::Codes", "Refused") },
    { Outcome::Ingetrokken, "ingetrokken",
      QT_TRANSLATE_NOOP("pd::Codes", "Withdrawn by the data subject") },
    { Outcome::NietInBehandeling, "niet-in-behandeling",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Not dealt with: identity not established (art. 12(2), 11(2) GDPR)") },
};

constexpr Entry<IdMethod> idMethodTable[] = {
    { IdMethod::Balie, "balie", QT_TRANSLATE_NOOP("pd::Codes", "ID shown at the front desk") },
    { IdMethod::KopieId, "kopie-id",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Copy of ID with BSN and photo blanked, destroyed after the check") },
    { IdMethod::Klantgegevens, "klantgegevens",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Customer details checked and called back on the known number") },
    { IdMethod::Portaal, "portaal",
      QT_TRANSLATE_NOOP("pd::Codes", "Logged in to the tenant portal") },
    { IdMethod::Gemachtigde, "gemachtigde",
      QT_TRANSLATE_NOOP("pd::Codes", "Representative with a written authorisation") },
};

constexpr Entry<RefusalGround> groundTable[] = {
    { RefusalGround::Art12_5, "art-12-5",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 12(5) GDPR: manifestly unfounded or excessive") },
    { RefusalGround::Art15_4, "art-15-4",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 15(4) GDPR: rights and freedoms of others") },
    //: Dutch: "Art. 16 AVG: de gegevens zijn juist en volledig"
    { RefusalGround::Art16, "art-16",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 16 GDPR: the data are accurate and complete") },
    { RefusalGround::Art17_3a, "art-17-3-a",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 17(3)(a) GDPR: freedom of expression and information") },
    { RefusalGround::Art17_3b, "art-17-3-b",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 17(3)(b) GDPR: legal obligation, e.g. to retain (art. 52 AWR)") },
    { RefusalGround::Art17_3c, "art-17-3-c",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 17(3)(c) GDPR: public interest in public health") },
    { RefusalGround::Art17_3d, "art-17-3-d",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 17(3)(d) GDPR: archiving in the public interest, research or "
                        "statistics") },
    { RefusalGround::Art17_3e, "art-17-3-e",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 17(3)(e) GDPR: legal claims") },
    { RefusalGround::Art18_2, "art-18-2",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 18(2) GDPR: processing still allowed during the restriction") },
    { RefusalGround::Art20_1, "art-20-1",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 20(1) GDPR: not based on consent or contract, or not automated") },
    { RefusalGround::Art20_2, "art-20-2",
      //: Dutch: "Art. 20 lid 2 AVG: rechtstreeks overdragen is technisch niet mogelijk"
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 20(2) GDPR: direct transmission is not technically feasible") },
    { RefusalGround::Art20_4, "art-20-4",
      //: Dutch: "Art. 20 lid 4 AVG: rechten en vrijheden van anderen (overdraagbaarheid)"
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 20(4) GDPR: rights and freedoms of others (portability)") },
    { RefusalGround::Art21Dwingend, "art-21-dwingend",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 21(1) GDPR: compelling legitimate grounds") },
    { RefusalGround::Art41_1a, "art-41-1-a",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 41(1)(a) UAVG: national security") },
    { RefusalGround::Art41_1b, "art-41-1-b",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 41(1)(b) UAVG: defence") },
    { RefusalGround::Art41_1c, "art-41-1-c",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 41(1)(c) UAVG: public security") },
    { RefusalGround::Art41_1d, "art-41-1-d",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 41(1)(d) UAVG: prevention, investigation or prosecution of "
                        "criminal offences") },
    { RefusalGround::Art41_1e, "art-41-1-e",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 41(1)(e) UAVG: other important objectives of general public "
                        "interest") },
    { RefusalGround::Art41_1f, "art-41-1-f",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 41(1)(f) UAVG: independence of the judiciary and judicial "
                        "proceedings") },
    { RefusalGround::Art41_1g, "art-41-1-g",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 41(1)(g) UAVG: breaches of ethics for regulated professions") },
    { RefusalGround::Art41_1h, "art-41-1-h",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 41(1)(h) UAVG: monitoring, inspection or regulatory function") },
    { RefusalGround::Art41_1i, "art-41-1-i",
      QT_TRANSLATE_NOOP("pd::Codes",
                        "Art. 41(1)(i) UAVG: protection of the data subject or the rights and "
                        "freedoms of others") },
    { RefusalGround::Art41_1j, "art-41-1-j",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 41(1)(j) UAVG: enforcement of civil law claims") },
    { RefusalGround::Art23, "art-23",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 23 GDPR: restriction by law") },
    { RefusalGround::Overig, "overig",
      QT_TRANSLATE_NOOP("pd::Codes", "Other ground (explained in the reasons)") },
    { RefusalGround::Art17_3, "art-17-3",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 17(3) GDPR (letter not recorded)") },
    { RefusalGround::Art41Uavg, "art-41-uavg",
      QT_TRANSLATE_NOOP("pd::Codes", "Art. 41 UAVG (ground not recorded)") },
};

constexpr Entry<ObjectionSubject> objectionTable[] = {
    //: Dutch: "Nieuwsbrief"
    { ObjectionSubject::Nieuwsbrief, "nieuwsbrief", QT_TRANSLATE_NOOP("pd::Codes", "Newsletter") },
    //: Dutch: "Enquêtes"
    { ObjectionSubject::Enquetes, "enquetes", QT_TRANSLATE_NOOP("pd::Codes", "Surveys") },
    //: Dutch: "Reclame per post of e-mail"
    { ObjectionSubject::ReclameMail, "reclame-mail",
      QT_TRANSLATE_NOOP("pd::Codes", "Marketing by post or e-mail") },
    //: Dutch: "Reclame per telefoon"
    { ObjectionSubject::ReclameTelefoon, "reclame-telefoon",
      QT_TRANSLATE_NOOP("pd::Codes", "Marketing by phone") },
    //: Dutch: "Verstrekking aan de deurwaarder"
    { ObjectionSubject::Deurwaarder, "deurwaarder",
      QT_TRANSLATE_NOOP("pd::Codes", "Disclosure to the bailiff") },
    //: Dutch: "Overlastregistratie"
    { ObjectionSubject::Overlast, "overlast", QT_TRANSLATE_NOOP("pd::Codes", "Nuisance register") },
    //: Dutch: "Cameratoezicht"
    { ObjectionSubject::Cameratoezicht, "cameratoezicht",
      QT_TRANSLATE_NOOP("pd::Codes", "Camera surveillance") },
    //: Dutch: "Uitwisseling met gemeente, politie of zorg (convenant)"
    { ObjectionSubject::Samenwerking, "convenant",
      QT_TRANSLATE_NOOP("pd::Codes", "Exchange with municipality, police or care (covenant)") },
    //: Dutch: "Anders (in woorden)"
    { ObjectionSubject::Overig, "overig", QT_TRANSLATE_NOOP("pd::Codes", "Other (in words)") },
};

constexpr Entry<RepresentativeAuthority> authorityTable[] = {
    //: Dutch: "Gemachtigde (met machtiging)"
    { RepresentativeAuthority::Gemachtigde, "gemachtigde",
      QT_TRANSLATE_NOOP("pd::Codes", "Authorised representative (with a mandate)") },
    //: Dutch: "Bewindvoerder"
    { RepresentativeAuthority::Bewindvoerder, "bewindvoerder",
      QT_TRANSLATE_NOOP("pd::Codes", "Administrator (bewindvoerder)") },
    //: Dutch: "Curator"
    { RepresentativeAuthority::Curator, "curator",
      QT_TRANSLATE_NOOP("pd::Codes", "Guardian (curator)") },
    //: Dutch: "Mentor"
    { RepresentativeAuthority::Mentor, "mentor", QT_TRANSLATE_NOOP("pd::Codes", "Mentor") },
    //: Dutch: "Ouder of voogd"
    { RepresentativeAuthority::Ouder, "ouder",
      QT_TRANSLATE_NOOP("pd::Codes", "Parent or legal guardian") },
};

constexpr Entry<CaseState> formerStateCodes[] = {
    { CaseState::NietInBehandeling, "niet-ontvankelijk", nullptr },
};
constexpr Entry<Outcome> formerOutcomeCodes[] = {
    { Outcome::NietInBehandeling, "niet-ontvankelijk", nullptr },
};

} // namespace

template<> const codes::Vocabulary<RequestType> &codes::vocabulary<RequestType>()
{
    static constexpr Vocabulary<RequestType> v { requestTypeTable, "pd::Codes" };
    return v;
}
template<> const codes::Vocabulary<Channel> &codes::vocabulary<Channel>()
{
    static constexpr Vocabulary<Channel> v { channelTable, "pd::Codes" };
    return v;
}
// "niet-ontvankelijk" was the code of "niet in behandeling" before schema 15: audit events
// written then keep it, and scripts may still pass it.
template<> const codes::Vocabulary<CaseState> &codes::vocabulary<CaseState>()
{
    static constexpr Vocabulary<CaseState> v { stateTable, "pd::Codes", formerStateCodes };
    return v;
}
template<> const codes::Vocabulary<Outcome> &codes::vocabulary<Outcome>()
{
    static constexpr Vocabulary<Outcome> v { outcomeTable, "pd::Codes", formerOutcomeCodes };
    return v;
}
template<> const codes::Vocabulary<IdMethod> &codes::vocabulary<IdMethod>()
{
    static constexpr Vocabulary<IdMethod> v { idMethodTable, "pd::Codes" };
    return v;
}
template<> const codes::Vocabulary<RefusalGround> &codes::vocabulary<RefusalGround>()
{
    static constexpr Vocabulary<RefusalGround> v { groundTable, "pd::Codes" };
    return v;
}
template<> const codes::Vocabulary<ObjectionSubject> &codes::vocabulary<ObjectionSubject>()
{
    static constexpr Vocabulary<ObjectionSubject> v { objectionTable, "pd::Codes" };
    return v;
}
template<>
const codes::Vocabulary<RepresentativeAuthority> &codes::vocabulary<RepresentativeAuthority>()
{
    static constexpr Vocabulary<RepresentativeAuthority> v { authorityTable, "pd::Codes" };
    return v;
}

QString Codes::answerChannelLabel(QStringView stored)
{
    const QStringView text = stored.trimmed();
    if (const auto known = codes::from<Channel>(text))
        return codes::label(*known);
    return text.toString();
}

bool isOpen(CaseState state)
{
    return state == CaseState::Ontvangen || state == CaseState::Identificatie
        || state == CaseState::InBehandeling;
}

} // namespace pd
