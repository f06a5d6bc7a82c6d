#include "registers/DataSubjects.h"

#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>

namespace pd {

namespace {

// A word of the register as compared: lower case, letters only ("Ex-huurders" and "ex huurders"
// are "exhuurders").
QString keyOf(const QString &text)
{
    QString key;
    for (const QChar c : text.toLower()) {
        if (c.isLetter())
            key += c;
    }
    return key;
}

// The words the register uses for people with a relation (the seeds' words, singular and
// plural), as keys. Relation::Overig has none: it is everyone else.
struct RelationWords
{
    Relation relation;
    std::initializer_list<const char *> words;
};
const RelationWords relationWords[] = {
    { Relation::Huurder, { "huurder", "huurders", "huurster", "huursters" } },
    { Relation::ExHuurder,
      { "exhuurder", "exhuurders", "oudhuurder", "oudhuurders", "voormaligehuurder",
        "voormaligehuurders", "vertrokkenhuurder", "vertrokkenhuurders" } },
    { Relation::Woningzoekende,
      { "woningzoekende", "woningzoekenden", "woningzoeker", "woningzoekers", "kandidaathuurder",
        "kandidaathuurders" } },
    { Relation::Medebewoner,
      { "medebewoner", "medebewoners", "medehuurder", "medehuurders", "huisgenoot",
        "huisgenoten" } },
    { Relation::Sollicitant, { "sollicitant", "sollicitanten" } },
    { Relation::Medewerker,
      { "medewerker", "medewerkers", "werknemer", "werknemers", "personeel", "personeelslid",
        "personeelsleden" } },
};

QList<Relation> relationsOfKey(const QString &key)
{
    QList<Relation> relations;
    for (const RelationWords &entry : relationWords) {
        const bool named
            = std::any_of(entry.words.begin(), entry.words.end(),
                          [&key](const char *word) { return key == QLatin1StringView(word); });
        if (named)
            relations << entry.relation;
    }
    return relations;
}

} // namespace

QStringList DataSubjects::groups(const QString &subject)
{
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:[,;/&+]|\\ben\\s*/\\s*of\\b|\\ben\\b|\\bof\\b)\\s*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList result;
    for (const QString &part : subject.split(separators, Qt::SkipEmptyParts)) {
        const QString group = part.simplified();
        if (!keyOf(group).isEmpty() && !result.contains(group, Qt::CaseInsensitive))
            result << group;
    }
    return result;
}

QList<Relation> DataSubjects::relationsOf(const QString &group)
{
    QList<Relation> relations = relationsOfKey(keyOf(group));
    if (!relations.isEmpty())
        return relations;
    for (const QString &word :
         group.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        for (Relation relation : relationsOfKey(keyOf(word))) {
            if (!relations.contains(relation))
                relations << relation;
        }
    }
    return relations;
}

bool DataSubjects::concerns(const QStringList &subjects, Relation relation)
{
    for (const QString &subject : subjects) {
        for (const QString &group : groups(subject)) {
            const QList<Relation> named = relationsOf(group);
            if (relation == Relation::Overig ? named.isEmpty() : named.contains(relation))
                return true;
            // A former tenant's data are still processed, for as long as the retention rules
            // allow, under the activities for tenants.
            if (relation == Relation::ExHuurder && named.contains(Relation::Huurder))
                return true;
        }
    }
    return false;
}

QStringList DataSubjects::withoutRelation(const QStringList &subjects)
{
    QStringList unmatched;
    for (const QString &subject : subjects) {
        for (const QString &group : groups(subject)) {
            if (relationsOf(group).isEmpty() && !unmatched.contains(group, Qt::CaseInsensitive))
                unmatched << group;
        }
    }
    return unmatched;
}

QString DataSubjects::warning(const QStringList &withoutRelation)
{
    if (withoutRelation.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &group : withoutRelation)
        quoted << QStringLiteral("‘%1’").arg(group);
    QStringList relations;
    for (Relation relation : codes::all<Relation>()) {
        if (relation != Relation::Overig)
            relations << codes::label(relation).toLower();
    }
    //: Dutch: "Bij deze betrokkenen hoort geen relatie: %1. Deze verwerking staat dan alleen in
    //: het inzageoverzicht van personen met de relatie ‘overig’. De relaties zijn: %2."
    return tr("No relation of a person matches these data subjects: %1. This activity is then "
              "only in the inzage report of people with the relation 'other'. The relations "
              "are: %2.")
        .arg(quoted.join(QStringLiteral(", ")), relations.join(QStringLiteral(", ")));
}

} // namespace pd
