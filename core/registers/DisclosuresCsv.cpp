// A disclosure of many persons at once: the persons of a CSV list of customer
// numbers, read with CsvReader (its encodings and separators), every number accounted for.

#include "domain/InputLimits.h"
#include "registers/CsvReader.h"
#include "registers/DisclosureRepository.h"
#include "registers/Disclosures.h"
#include "session/Access.h"
#include "store/Store.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pd {

namespace {

// The headings of the customer number's column (folded: lower case, no spaces, - or _).
bool isNumberHeading(const QString &heading)
{
    QString folded = heading.trimmed().toLower();
    folded.remove(QRegularExpression(QStringLiteral("[\\s_\\-.]")));
    static const QStringList names { QStringLiteral("klantnummer"), QStringLiteral("klantnr"),
                                     QStringLiteral("customernumber"),
                                     QStringLiteral("relatienummer") };
    return names.contains(folded);
}

bool holdsDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QStringList DisclosurePersonList::problems() const
{
    QStringList lines;
    if (!unknown.isEmpty())
        lines << DisclosureService::tr("%n customer number(s) name nobody: %1", nullptr,
                                       int(unknown.size()))
                     .arg(unknown.join(QStringLiteral(", ")));
    if (!ambiguous.isEmpty())
        lines << DisclosureService::tr("%n customer number(s) belong to more than one person: %1",
                                       nullptr, int(ambiguous.size()))
                     .arg(ambiguous.join(QStringLiteral(", ")));
    for (const QString &line : unreadable)
        lines << DisclosureService::tr("Not read: %1").arg(line);
    return lines;
}

std::optional<DisclosurePersonList> DisclosureService::personsFromCsv(const QString &path,
                                                                      ServiceError *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = { ServiceError::Code::Invalid,
                   tr("%1 could not be read: %2").arg(path, file.errorString()),
                   {} };
        return std::nullopt;
    }
    return personsFromCsv(&file, error);
}

std::optional<DisclosurePersonList> DisclosureService::personsFromCsv(QIODevice *device,
                                                                      ServiceError *error) const
{
    *error = {};
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("disclosure.read"), {},
                              error))
        return std::nullopt;
    CsvReader reader(device);
    if (!reader.open()) {
        *error = { ServiceError::Code::Invalid, reader.errorString(), {} };
        return std::nullopt;
    }
    DisclosurePersonList list;
    QStringList numbers; // each once, in the order of the list
    QSet<QString> seen;
    const auto take = [&](const QString &field) {
        // As the persons' numbers are stored (the intake's and the import's normalisation).
        const QString number = InputLimits::normalisedIdentifier(field);
        if (number.isEmpty())
            return;
        if (seen.contains(number)) {
            ++list.repeated;
            return;
        }
        seen.insert(number);
        numbers << number;
    };
    const QStringList header = reader.header();
    qsizetype column = 0;
    while (column < header.size() && !isNumberHeading(header.at(column)))
        ++column;
    if (column == header.size()) {
        column = 0;
        if (!header.isEmpty() && holdsDigit(header.first()))
            take(header.first()); // no heading: the first line is a number too
    }
    CsvRecord record;
    while (reader.next(&record)) {
        if (!record.error.isEmpty())
            list.unreadable << tr("line %1: %2").arg(record.line).arg(record.error);
        else if (column < record.fields.size())
            take(record.fields.at(column));
    }
    const std::optional<QList<DisclosurePerson>> found
        = DisclosureRepository::personsByNumbers(m_session.store().database(), numbers, error);
    if (!found)
        return std::nullopt;
    QHash<QString, QList<DisclosurePerson>> byNumber;
    for (const DisclosurePerson &p : *found)
        byNumber[p.klantnummer] << p;
    for (const QString &number : std::as_const(numbers)) {
        const QList<DisclosurePerson> persons = byNumber.value(number);
        if (persons.isEmpty())
            list.unknown << number;
        else if (persons.size() > 1)
            list.ambiguous << number;
        else
            list.persons << persons.first();
    }
    return list;
}

} // namespace pd
