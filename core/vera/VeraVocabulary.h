#pragma once

#include <QString>

namespace pd {

// A field of an object a VERA system sent, as the specifications describe it.
struct VeraField
{
    QString label; // short, in Dutch ("Geboortedatum"); empty when the specifications lack it
    QString description; // their own words, without what only a system's builder needs
    QString category; // the reference data the value comes from ("GESLACHT"), or empty
    QString schema; // a nested object's schema ("Relaties/Adres"), or empty
    QString format; // "date", "date-time", "bedrag" (euros), "getal", or empty: a text
};

// What the VERA specifications (vera-openapi) and reference data (vera-referentiedata) say about
// the resources Privacydesk reads, so that what was found is shown in the specifications' own
// Dutch, not in field names and codes. From resources/vera/vocabulary.json, which
// packaging/vera/vocabulary.py generates from the specifications; read once, on first use, from
// any thread.
class VeraVocabulary final
{
public:
    VeraVocabulary() = delete;

    // The schema of a resource's objects ("natuurlijk-personen" → "Relaties/NatuurlijkPersoon"),
    // empty for a resource the specifications do not name.
    static QString schemaOf(const QString &resource);
    // One object of the resource, in words ("Natuurlijk persoon"); else the path in words.
    static QString resourceLabel(const QString &resource);
    // A field of a schema; empty when the specifications do not know it.
    static VeraField field(const QString &schema, const QString &key);
    // A field of the resource's objects: its label, else the field's name in words.
    static QString fieldLabel(const QString &resource, const QString &key);
    static QString description(const QString &resource, const QString &key);
    // The name the reference data give a code ("GESLACHT", "V" → "Vrouwelijk"); empty when they
    // do not know it.
    static QString referenceName(const QString &category, const QString &code);
    // A name in words: "aantalTermijnen" → "Aantal termijnen", "relatie-adressen" → "Relatie
    // adressen".
    static QString words(const QString &name);
};

} // namespace pd
