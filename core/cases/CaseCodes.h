#pragma once

#include "domain/CodeTable.h"
#include "persons/Person.h" // Relation

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// Each value has a stable code (command line, JSON, database) and a translated label.

enum class RequestType {
    Inzage, // art. 15
    Rectificatie, // art. 16
    Verwijdering, // art. 17
    Beperking, // art. 18
    Overdraagbaarheid, // art. 20
    Bezwaar, // art. 21
    Intrekking, // art. 7(3): withdrawal of consent
    Klacht, // complaint to the organisation
    Overig,
};

enum class Channel { Telefoon, Email, Brief, Balie, Webformulier, Gemachtigde, Ap };

enum class CaseState {
    Ontvangen,
    Identificatie,
    InBehandeling,
    Afgerond,
    Ingetrokken,
    NietInBehandeling
};

enum class Outcome { Toegewezen, DeelsToegewezen, Afgewezen, Ingetrokken, NietInBehandeling };

enum class IdMethod { Balie, KopieId, Klantgegevens, Portaal, Gemachtigde };

// The letters name it ("als bewindvoerder van ...").
enum class RepresentativeAuthority { Gemachtigde, Bewindvoerder, Curator, Mentor, Ouder };

// The letters of one article stay together and in order: Grounds relies on it, and it is the
// order of the lists and letters.
enum class RefusalGround {
    Art12_5, // kennelijk ongegrond of buitensporig
    Art15_4, // rechten en vrijheden van anderen
    Art16, // rectificatie: de gegevens zijn juist en volledig
    Art17_3a, // vrijheid van meningsuiting en informatie
    Art17_3b, // wettelijke verplichting (bewaarplicht) of taak van algemeen belang
    Art17_3c, // volksgezondheid
    Art17_3d, // archivering, onderzoek, statistiek
    Art17_3e, // rechtsvorderingen
    Art18_2, // verwerking blijft toegestaan tijdens de beperking
    Art20_1, // geen toestemming of overeenkomst, of niet geautomatiseerd
    Art20_2, // rechtstreeks overdragen technisch niet mogelijk (ieder1)
    Art20_4, // rechten en vrijheden van anderen, bij overdraagbaarheid
    Art21Dwingend, // dwingende gerechtvaardigde gronden (bezwaar, niet tegen direct marketing)
    Art41_1a, // nationale veiligheid
    Art41_1b, // landsverdediging
    Art41_1c, // openbare veiligheid
    Art41_1d, // strafbare feiten
    Art41_1e, // andere belangrijke doelstellingen van algemeen belang
    Art41_1f, // onafhankelijkheid van de rechter en gerechtelijke procedures
    Art41_1g, // beroepscodes van gereglementeerde beroepen
    Art41_1h, // toezicht, inspectie of regelgeving
    Art41_1i, // bescherming van de betrokkene of van de rechten en vrijheden van anderen
    Art41_1j, // inning van civielrechtelijke vorderingen
    Art23, // wettelijke beperking: only with the Dutch provision that applies it (art. 41 UAVG)
    Overig,
    Art17_3, // before art. 17(3) without its letter (read only)
    Art41Uavg, // before art. 41 UAVG without its ground (read only)
};

// Each is decided on its own.
enum class ObjectionSubject {
    Nieuwsbrief, // the newsletter
    Enquetes, // surveys among tenants
    ReclameMail, // marketing by post or e-mail
    ReclameTelefoon, // marketing by phone
    // What the sector does with tenants' data besides marketing, each weighed under art. 21(1):
    Deurwaarder, // disclosure to the bailiff (rent arrears)
    Overlast, // the nuisance register
    Cameratoezicht, // camera surveillance in and around the buildings
    Samenwerking, // exchange with the municipality, police or care under a covenant
    Overig, // something else, said in words
};

namespace codes {
template<> const Vocabulary<RequestType> &vocabulary<RequestType>();
template<> const Vocabulary<Channel> &vocabulary<Channel>();
template<> const Vocabulary<CaseState> &vocabulary<CaseState>();
template<> const Vocabulary<Outcome> &vocabulary<Outcome>();
template<> const Vocabulary<IdMethod> &vocabulary<IdMethod>();
template<> const Vocabulary<RefusalGround> &vocabulary<RefusalGround>();
template<> const Vocabulary<ObjectionSubject> &vocabulary<ObjectionSubject>();
template<> const Vocabulary<RepresentativeAuthority> &vocabulary<RepresentativeAuthority>();
} // namespace codes

class Codes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::Codes)
public:
    // A channel code reads as its label, older free text as written.
    static QString answerChannelLabel(QStringView stored);
};

bool isOpen(CaseState state);

} // namespace pd
