#pragma once

#include "domain/CodeTable.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

enum class DataCategory {
    Naw, // naam, adres, woonplaats
    Contact, // telefoonnummer en e-mailadres: both (the only code of the first releases)
    Klantnummer,
    Huurgegevens, // huurovereenkomst, woning
    Betaalgegevens, // huurachterstand, betalingen
    Inkomen,
    Huishouden, // gezinssamenstelling
    Overlast, // meldingen, dossier woonoverlast
    Gezondheid, // bijzonder persoonsgegeven (art. 9)
    Strafrechtelijk, // strafrechtelijk gegeven (art. 10)
    Overig,
    Rekeningnummer, // bankrekeningnummer (IBAN): the letter's bank advice
    // A breach names the actual categories (art. 33(3)(a), 34(2) AVG): Contact and Naw keep meaning
    // both parts.
    Telefoonnummer,
    Emailadres,
    Naam,
    Adres,
};

template<> const codes::Vocabulary<DataCategory> &codes::vocabulary<DataCategory>();

class DataCategoryCodes final
{
public:
    // value first, then those holding some of the same data (contact and its phone and e-mail).
    static QList<DataCategory> overlapping(DataCategory value);
    static bool isSpecial(DataCategory value);
};

} // namespace pd
