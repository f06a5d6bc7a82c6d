#include "domain/DataCategory.h"

namespace pd {

namespace {

constexpr codes::Entry<DataCategory> dataTable[] = {
    { DataCategory::Naw, "naw", QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Name and address") },
    //: Dutch: "Naam"
    { DataCategory::Naam, "naam", QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Name") },
    //: Dutch: "Adres"
    { DataCategory::Adres, "adres", QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Address") },
    { DataCategory::Contact, "contact",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Phone number and e-mail") },
    //: Dutch: "Telefoonnummer"
    { DataCategory::Telefoonnummer, "telefoonnummer",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Phone number") },
    //: Dutch: "E-mailadres"
    { DataCategory::Emailadres, "emailadres",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "E-mail address") },
    { DataCategory::Klantnummer, "klantnummer",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Customer number") },
    { DataCategory::Huurgegevens, "huurgegevens",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Tenancy and dwelling") },
    { DataCategory::Betaalgegevens, "betaalgegevens",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Payments and rent arrears") },
    //: Dutch: "Bankrekeningnummer"
    { DataCategory::Rekeningnummer, "rekeningnummer",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Bank account number") },
    { DataCategory::Inkomen, "inkomen", QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Income") },
    { DataCategory::Huishouden, "huishouden",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Household composition") },
    { DataCategory::Overlast, "overlast",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Nuisance reports") },
    { DataCategory::Gezondheid, "gezondheid",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Health (special category)") },
    { DataCategory::Strafrechtelijk, "strafrechtelijk",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Criminal data") },
    { DataCategory::Overig, "overig", QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Other") },
};

} // namespace

template<> const codes::Vocabulary<DataCategory> &codes::vocabulary<DataCategory>()
{
    static constexpr codes::Vocabulary<DataCategory> v { dataTable, "pd::DisclosureCodes" };
    return v;
}

QList<DataCategory> DataCategoryCodes::overlapping(DataCategory value)
{
    switch (value) {
    case DataCategory::Contact:
        return { value, DataCategory::Telefoonnummer, DataCategory::Emailadres };
    case DataCategory::Telefoonnummer:
    case DataCategory::Emailadres:
        return { value, DataCategory::Contact };
    case DataCategory::Naw:
        return { value, DataCategory::Naam, DataCategory::Adres };
    case DataCategory::Naam:
    case DataCategory::Adres:
        return { value, DataCategory::Naw };
    default:
        return { value };
    }
}

bool DataCategoryCodes::isSpecial(DataCategory value)
{
    return value == DataCategory::Gezondheid || value == DataCategory::Strafrechtelijk;
}

} // namespace pd
