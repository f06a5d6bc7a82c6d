#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace pd {

// The JSON text of an audit payload written directly (issue 42): byte for byte what
// QJsonDocument(object).toJson(QJsonDocument::Compact) writes for the same object of strings and
// objects of strings (Qt's escaping: \" \\ \b \f \n \r \t, \u00XX below U+0020, \uXXXX for a
// surrogate without its pair, UTF-8 for the rest). The members are added in the order
// QJsonObject keeps them: sorted by key (asserted). For a writer of many events of one shape (the
// person import: 100,000 QJsonObjects and their serialisation were a tenth of it); everyone else
// gives the QJsonObject (AuditEntry::payload).
class AuditPayload final
{
public:
    AuditPayload &add(QLatin1StringView key, QStringView value);
    AuditPayload &add(QLatin1StringView key, const AuditPayload &object);
    bool isEmpty() const { return m_members.isEmpty(); }
    // "{…}", "{}" when nothing was added.
    QByteArray text() const;

private:
    void addKey(QLatin1StringView key);

    QByteArray m_members;
    QLatin1StringView m_lastKey;
};

} // namespace pd
