#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// The kinds of personal data a disclosure shares or a data breach involves; the free text of a
// disclosure or a breach adds the details. Both registers (registers/, breaches/) use them, so
// they live below both.
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
    // A phone number is no e-mail address (art. 33(3)(a), 34(2) AVG ask
    // for the actual categories). Contact keeps meaning both, so no stored value changes.
    Telefoonnummer,
    Emailadres,
    // A name alone is no address. A list of 412 names that leaked must not
    // tell 412 tenants their address leaked (art. 33(3)(a), 34(2) AVG). Naw keeps meaning both.
    Naam,
    Adres,
};

// Their stable codes (command line, JSON, database) and translated labels. The labels keep the
// translation context pd::DisclosureCodes, the register they were first written for;
// DisclosureCodes gives the same functions for a DataCategory.
class DataCategoryCodes final
{
public:
    static QString code(DataCategory value); // "naw", "contact", ...
    static QString label(DataCategory value);
    static std::optional<DataCategory> dataCategory(QStringView code);
    static QList<DataCategory> dataCategories();
    // The categories that hold some of the same data as value, value itself first: contact
    // holds the phone number and the e-mail address, each of those is part of contact; naw
    // holds the name and the address. Art. 19
    // matches a change with the disclosures' data through it.
    static QList<DataCategory> overlapping(DataCategory value);
    // Special (art. 9) or criminal (art. 10) data: shown with a warning.
    static bool isSpecial(DataCategory value);
};

} // namespace pd
