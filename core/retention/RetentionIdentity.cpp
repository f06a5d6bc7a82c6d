// The retention planner: who a data subject is, to destroy them (see RetentionIdentity.h).

#include "retention/RetentionIdentity.h"

#include "persons/PersonRepository.h"
#include "retention/Retention.h"
#include "retention/RetentionShared.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace pd::retention {

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// The identifying values worth looking for: long enough not to match by accident. With
// surname, also the last word of the name ("Vlasblom" of "Quirijn Vlasblom"): a text that stays
// loses it even where it may be somebody else's (too much is better than too little), but an
// intake draft is not deleted for a surname alone.
QStringList needlesOf(const Identity &who, bool surname = false)
{
    QStringList needles;
    if (const QStringList words = who.name.simplified().split(u' ');
        surname && words.size() > 1 && words.last().size() >= 4)
        needles << words.last();
    for (const QString &value :
         { who.name, who.klantnummer, who.street, who.postcode, who.email }) {
        const QString v = value.simplified();
        if (v.size() >= 3 && v != anonymisedName)
            needles << v;
    }
    // A postcode is typed with and without its space.
    if (const QString compact = QString(who.postcode).remove(u' '); compact.size() >= 3)
        needles << compact;
    needles.removeDuplicates();
    return needles;
}

// Whether a text names the person: one of the needles (case-insensitive), or their phone
// number written any way (the same digits, with or without +31 / 0).
bool names(const QString &text, const Identity &who)
{
    const QString simplified = text.simplified();
    for (const QString &needle : needlesOf(who)) {
        if (simplified.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    const QString phone = digitsOf(who.phone);
    return phone.size() >= 6 && digitsOf(text).contains(phone.right(9));
}

} // namespace

// Whether an intake draft's fields name the person: the person chosen in it is them, or one of
// its texts names them (see names()).
bool draftNames(const QJsonObject &fields, const Identity &who)
{
    if (fields.value(QStringLiteral("personId")).toInteger(-1) == who.personId)
        return true;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it->isString() && names(it->toString(), who))
            return true;
        if (it->isArray()) {
            const QJsonArray items = it->toArray();
            if (std::any_of(items.begin(), items.end(), [&who](const QJsonValue &item) {
                    return item.isString() && names(item.toString(), who);
                }))
                return true;
        }
    }
    return false;
}

// The text with every identifying value of the person replaced by destroyedMark.
QString scrubbed(const QString &text, const Identity &who)
{
    if (text.isEmpty())
        return text;
    QString result = text;
    QStringList needles = needlesOf(who, true);
    // The longest first, so that "Zonnebloemstraat 17" goes as a whole.
    std::sort(needles.begin(), needles.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &needle : std::as_const(needles))
        result.replace(needle, destroyedMark, Qt::CaseInsensitive);
    const QString phone = digitsOf(who.phone);
    if (phone.size() >= 6) {
        // The digits of the number with anything but a digit between them (spaces, dashes).
        QString pattern;
        for (const QChar c : phone.right(9))
            pattern += QRegularExpression::escape(QString(c)) + QStringLiteral("[^0-9]{0,3}");
        result.replace(QRegularExpression(pattern), destroyedMark);
    }
    return result;
}

// The person's identifying values; false with *error when the read failed or they are gone.
bool readIdentity(const QSqlDatabase &db, qint64 personId, Identity *who, ServiceError *error)
{
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(db, personId, &stored, error))
        return false;
    if (!stored) {
        *error = { ServiceError::Code::NotFound,
                   RetentionService::tr("The data subject no longer exists."),
                   {} };
        return false;
    }
    const Person &p = stored->person;
    who->personId = personId;
    who->name = p.name;
    who->klantnummer = p.klantnummer;
    who->street = QString(p.street + u' ' + p.houseNumber).trimmed();
    who->postcode = p.postcode;
    who->phone = p.phone;
    who->email = p.email;
    return true;
}

} // namespace pd::retention
