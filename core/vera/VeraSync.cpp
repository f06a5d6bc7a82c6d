#include "vera/VeraSync.h"

#include "persons/Person.h"
#include "store/ServiceSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

// A relation's contracts as far as retention needs them.
struct Tenancy
{
    bool running = false;
    QDate latestEnd;
    QString unreadableEnd; // an einddatum that is no date: the import rejects it
};

// A relation as Relaties gives it.
struct Found
{
    QString customerNumber;
    QString name;
};

QString textOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString().simplified();
}

// One row per relation, as the import's file would hold it, in the order first met.
void addRows(const QStringList &order, const QHash<QString, Tenancy> &tenancies,
             const QHash<QString, Found> &persons, const QString &system, VeraSyncRead *read)
{
    read->rows.header = { u"klantnummer"_s, u"naam"_s, u"relatie"_s, u"einddatum"_s };
    read->rows.system = system;
    for (const QString &id : order) {
        const auto person = persons.constFind(id);
        if (person == persons.cend()) {
            ++read->unmatched;
            continue;
        }
        const Tenancy tenancy = tenancies.value(id);
        const bool ended = !tenancy.running;
        const QString end = !ended            ? QString()
            : tenancy.unreadableEnd.isEmpty() ? support::isoDate(tenancy.latestEnd)
                                              : tenancy.unreadableEnd;
        CsvRecord record;
        record.line = read->rows.records.size() + 2;
        record.fields = { person->customerNumber, person->name,
                          codes::code(ended ? Relation::ExHuurder : Relation::Huurder), end };
        read->rows.records << record;
        read->relationIds << id;
    }
}

} // namespace

// The Relaties system to read: the only one, whatever its links look like (they are recognised
// by id), else the one the contracts' links point into (the first by name where one system is set
// up twice, at the same address); none (said in *read) when that is not one.
const VeraSystem *VeraSync::relatiesOf(const QList<VeraSystem> &relaties,
                                       const QSet<const VeraSystem *> &pointedInto,
                                       VeraSyncRead *read)
{
    if (relaties.size() == 1)
        return &relaties.first();
    QSet<QString> addresses;
    const VeraSystem *first = nullptr;
    for (const VeraSystem &system : relaties) {
        if (!pointedInto.contains(&system))
            continue;
        addresses.insert(QUrl(system.baseUrl).adjusted(QUrl::StripTrailingSlash).toString());
        if (!first)
            first = &system;
    }
    if (addresses.size() == 1)
        return first;
    QStringList names;
    for (const VeraSystem &system : relaties)
        names << system.name;
    read->status = VeraStatus::Failed;
    read->error = pointedInto.isEmpty()
        //: Dutch: "de relaties van de huurovereenkomsten wijzen naar geen van de
        //: Relaties-systemen (%1)"
        ? tr("the contracts' relations point into none of the Relaties systems (%1)")
              .arg(names.join(u", "_s))
        //: Dutch: "de relaties van de huurovereenkomsten wijzen naar meer dan één
        //: Relaties-systeem (%1)"
        : tr("the contracts' relations point into more than one Relaties system (%1)")
              .arg(names.join(u", "_s));
    read->rows = {};
    return nullptr;
}

QString VeraSyncRead::relationAt(qint64 line) const
{
    return relationIds.value(line - 2);
}

QString VeraSyncRead::customerNumberAt(qint64 line) const
{
    const qsizetype row = line - 2;
    return row >= 0 && row < rows.records.size() ? rows.records.at(row).fields.value(0) : QString();
}

QString VeraSync::nameOf(const QJsonObject &person)
{
    const auto first = [&person](std::initializer_list<QStringView> fields) {
        for (const QStringView field : fields) {
            const QString value = textOf(person.value(field));
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    // The specification's Relatie-basis: voornaam, else roepnaam or voorletters; tussenvoegsels;
    // achternaam, else geslachtsnaam. Only when those are all empty, the aanschrijfnaam.
    const QStringList parts { first({ u"voornaam", u"roepnaam", u"voorletters", u"initialen" }),
                              first({ u"tussenvoegsels" }),
                              first({ u"achternaam", u"geslachtsnaam" }) };
    const QString name = parts.join(u' ').simplified();
    return name.isEmpty() ? first({ u"aanschrijfnaam" }) : name;
}

QString VeraSync::relationIdOf(const QString &uri)
{
    const QStringList segments = QUrl(uri).path().split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 2)
        return {};
    const QString &resource = segments.at(segments.size() - 2);
    if (resource != u"relaties"_s && resource != u"natuurlijk-personen"_s)
        return {};
    return QUrl::fromPercentEncoding(segments.last().toUtf8());
}

VeraSyncRead VeraSync::read(const VeraSystem &contracts, const QList<VeraSystem> &relaties,
                            QDate today, const Limits &limits, const std::atomic<bool> *cancel,
                            const Progress &progress)
{
    VeraSyncRead read;
    const auto failed = [&read, cancel](const VeraSystem &system, const VeraPagedList &list) {
        read.status = list.status;
        read.error = u"%1: %2"_s.arg(system.name, list.error);
        read.cancelled = cancel && cancel->load();
        read.rows = {};
        read.relationIds.clear();
        return read;
    };
    const auto pageRead = [&](int) {
        if (progress)
            progress(read.contracts + read.relations);
    };

    // Every contract, its relations in the order first met.
    QStringList order;
    QHash<QString, Tenancy> tenancies;
    QSet<const VeraSystem *> pointedInto; // the Relaties systems the links point into
    VeraClient overeenkomsten(contracts, limits.secondsPerSystem);
    overeenkomsten.setCancel(cancel);
    const VeraPagedList listed = readVeraList(
        overeenkomsten, u"huurovereenkomsten"_s, {}, limits.paging,
        [&](const QJsonObject &contract) {
            ++read.contracts;
            const QString endText = textOf(contract.value(u"einddatum"_s));
            const QDate end = endText.isEmpty() ? QDate() : PersonImport::parseDate(endText);
            for (const QJsonValue &link : contract.value(u"relaties"_s).toArray()) {
                const QString id = relationIdOf(link.toString());
                if (id.isEmpty()) {
                    ++read.unmatched;
                    continue;
                }
                for (const VeraSystem &system : relaties)
                    if (VeraCodes::within(link.toString(), system))
                        pointedInto.insert(&system);
                auto it = tenancies.find(id);
                if (it == tenancies.end()) {
                    order << id;
                    it = tenancies.insert(id, {});
                }
                if (endText.isEmpty() || (end.isValid() && end > today))
                    it->running = true;
                else if (!end.isValid())
                    it->unreadableEnd = endText;
                else if (!it->latestEnd.isValid() || end > it->latestEnd)
                    it->latestEnd = end;
            }
        },
        pageRead);
    if (listed.status != VeraStatus::Ok)
        return failed(contracts, listed);

    // The natural persons, once, for those relations only.
    QHash<QString, Found> persons;
    if (!tenancies.isEmpty()) {
        const VeraSystem *chosen = relatiesOf(relaties, pointedInto, &read);
        if (!chosen)
            return read;
        read.relatiesSystem = chosen->name;
        const VeraSystem &source = *chosen;
        VeraClient relations(source, limits.secondsPerSystem);
        relations.setCancel(cancel);
        const VeraPagedList people = readVeraList(
            relations, u"natuurlijk-personen"_s, {}, limits.paging,
            [&](const QJsonObject &person) {
                ++read.relations;
                const QString id = textOf(person.value(u"id"_s));
                if (!id.isEmpty() && tenancies.contains(id) && !persons.contains(id))
                    persons.insert(id,
                                   { textOf(person.value(source.customerField)), nameOf(person) });
            },
            pageRead);
        if (people.status != VeraStatus::Ok)
            return failed(source, people);
    }

    addRows(order, tenancies, persons, contracts.name, &read);
    return read;
}

} // namespace pd
