// The inzage report's part from the corporation's own systems (VERA): what the last search per
// request found, per system, and which systems could not be searched and why.

#include "documents/PersonReport.h"
#include "documents/PersonReportDocument.h"
#include "print/PrintedDocument.h"
#include "util/Clock.h"
#include "vera/VeraRepository.h"
#include "vera/VeraVocabulary.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

// A date or moment as the report writes its own ("1 maart 2024", a moment in the organisation's
// time); the text as it came when it is no ISO 8601 date.
QString dateValue(const QString &text, const VeraField &field)
{
    if (field.format == u"date"_s) {
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        return date.isValid() ? PersonReport::dateText(date) : text;
    }
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        return text;
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeZone(organisationTimeZone()); // without an offset: the corporation's time
    const QDateTime local = organisationTime(moment);
    return PersonReport::dateText(local.date()) + u", "_s
        + QLocale().toString(local.time(), u"HH:mm"_s);
}

// A number in the report's language: an amount in euros with its cents, another without the
// thousands' separator (a year stays 2024).
QString numberValue(double value, const VeraField &field)
{
    QLocale locale;
    // A minus sign, not the accountant's parentheses CLDR gives a Dutch negative amount: a
    // tenant reads "(€ 312,50)" as owed or not.
    if (field.format == u"bedrag"_s)
        return (value < 0 ? u"-"_s : QString())
            + locale.toCurrencyString(std::abs(value), u"€"_s, 2);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 15);
}

// A value as the person reads it: a date as a date, an amount in euros, a reference value by its
// name (the one the system gave, else the one the reference data give its code), a list joined,
// a nested object by its own fields; a link (a URI) is not shown.
QString valueText(const QJsonValue &value, const VeraField &field)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(u"https://"_s) || text.startsWith(u"http://"_s))
            return {};
        return field.format.startsWith(u"date"_s) ? dateValue(text, field) : text;
    }
    if (value.isDouble())
        return numberValue(value.toDouble(), field);
    if (value.isBool())
        return value.toBool() ? PersonReportDocument::tr("yes") : PersonReportDocument::tr("no");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray()) {
            if (const QString text = valueText(v, field); !text.isEmpty())
                parts << text;
        }
        return parts.join(u", "_s);
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QString code = o.value(u"code"_s).toString();
        if (!o.value(u"naam"_s).toString().isEmpty())
            return o.value(u"naam"_s).toString();
        if (const QString name = VeraVocabulary::referenceName(field.category, code);
            !field.category.isEmpty() && !name.isEmpty())
            return name;
        for (const QString &key : { u"omschrijving"_s, u"code"_s }) {
            if (o.value(key).isString() && !o.value(key).toString().isEmpty())
                return o.value(key).toString();
        }
        QStringList parts;
        for (const ReportFoundField &f : ReportSystemSearch::fieldsOf(o, field.schema))
            parts << f.label + u": "_s + f.value;
        return parts.join(u"; "_s);
    }
    return {};
}

bool identifier(const QString &key)
{
    static const QRegularExpression id(u"^id([A-Z].*)?$"_s);
    return id.match(key).hasMatch() || key == u"sturingslabels"_s;
}

// A description that only repeats its label ("De achternaam van de natuurlijk persoon.", "De
// unieke code (Bijvoorbeeld om te tonen of te zoeken).") tells the person nothing the label did
// not.
bool saysMore(const QString &description, const QString &label)
{
    static const QRegularExpression aside(u"\\s*\\([^)]*\\)"_s);
    const QRegularExpression repeats(
        u"^(?:(?:de|het|een)\\s+)?(?:\\w+\\s+)?"_s + QRegularExpression::escape(label)
            + u"(?:\\s+van\\s+(?:de|het|een)\\s+[\\w\\s-]+)?\\.?$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString said = QString(description).remove(aside).trimmed();
    return !said.isEmpty() && !repeats.match(said).hasMatch();
}

// What the fields shown mean, in the specifications' words: once per kind of object and field,
// and only where the words say more than the label.
QString meaningsHtml(const ReportSystemSearch &search)
{
    using H = PrintedDocument;
    QStringList lines;
    for (const ReportFoundObject &o : search.objects) {
        for (const ReportFoundField &f : o.fields) {
            if (!saysMore(f.description, f.label))
                continue;
            const QString line = u"<li><i>%1</i>, %2: %3</li>"_s.arg(
                H::html(o.what), H::html(f.label), H::html(f.description));
            if (!lines.contains(line))
                lines << line;
        }
    }
    if (lines.isEmpty())
        return {};
    //: Dutch: "Wat de gegevens betekenen, in de woorden van VERA, de gegevensstandaard van de
    //: woningcorporaties:"
    return u"<p>%1</p><ul>%2</ul>"_s.arg(
        H::html(PersonReportDocument::tr("What the data mean, in the words of VERA, the housing "
                                         "corporations' data standard:")),
        lines.join(QString()));
}

} // namespace

QList<ReportFoundField> ReportSystemSearch::fieldsOf(const QJsonObject &object,
                                                     const QString &schema)
{
    QList<ReportFoundField> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (identifier(it.key()))
            continue;
        const VeraField field = VeraVocabulary::field(schema, it.key());
        const QString value = valueText(it.value(), field);
        if (!value.isEmpty())
            fields << ReportFoundField { field.label.isEmpty() ? VeraVocabulary::words(it.key())
                                                               : field.label,
                                         value, field.description };
    }
    return fields;
}

bool PersonReportLoader::readSystemSearches(PersonReport *report, ServiceError *error) const
{
    for (const ReportRequest &r : report->requests) {
        std::optional<VeraDiscoveryRecord> found;
        if (!VeraRepository::latestDiscovery(m_session.store().database(), r.request.id, &found,
                                             error))
            return false;
        if (!found)
            continue;
        ReportSystemSearch search {
            r.request.number, found->finishedAt, found->search.systems, found->search.unfollowed, {}
        };
        for (const VeraFoundObject &o : found->search.found)
            search.objects << ReportFoundObject { o.system,
                                                  VeraVocabulary::resourceLabel(o.resource),
                                                  ReportSystemSearch::fieldsOf(
                                                      o.data, VeraVocabulary::schemaOf(o.resource)),
                                                  o.resource,
                                                  o.uri,
                                                  o.data };
        report->systemSearches << search;
    }
    return true;
}

QString PersonReportDocument::systemsHtml(const PersonReport &report)
{
    if (report.systemSearches.isEmpty())
        return {};
    using H = PrintedDocument;
    //: Dutch: "Uw gegevens in onze andere systemen"
    QString out = u"<h3>%1</h3>"_s.arg(H::html(tr("Your data in our other systems")));
    for (const ReportSystemSearch &search : report.systemSearches) {
        //: Dutch: "Voor verzoek %1 hebben wij op %2 in onze systemen gezocht wat daar over u
        //: staat. Dit vonden wij:"
        out += u"<p>%1</p>"_s.arg(
            H::html(tr("For request %1 we searched our systems on %2 for what they hold about "
                       "you. This is what we found:")
                        .arg(search.caseNumber,
                             PersonReport::dateText(organisationTime(search.searchedAt).date()))));
        for (const VeraSystemResult &system : search.systems) {
            QString line;
            if (system.status == VeraStatus::Ok)
                //: Dutch: "%1: %n gegeven(s) gevonden."
                line = tr("%1: %n item(s) found.", nullptr, system.objects).arg(system.name);
            else
                //: Dutch: "%1: kon niet automatisch worden doorzocht (%2)."
                line = tr("%1: could not be searched automatically (%2).")
                           .arg(system.name, codes::label(system.status));
            out += u"<p><b>%1</b></p>"_s.arg(H::html(line));
            for (const QString &mask : system.bsnHeld)
                //: Dutch: "In %1 staat een burgerservicenummer van u (%2). Dat nummer nemen wij
                //: niet over in dit overzicht."
                out += u"<p>%1</p>"_s.arg(
                    H::html(tr("%1 holds a citizen service number of yours (%2). We do not copy "
                               "that number into this overview.")
                                .arg(system.name, mask)));
            out += u"<ul>"_s;
            for (const ReportFoundObject &o : search.objects) {
                if (o.system != system.name)
                    continue;
                QStringList fields;
                for (const ReportFoundField &f : o.fields)
                    fields << H::html(f.label) + u": "_s + H::html(f.value);
                out += u"<li><i>%1</i>: %2</li>"_s.arg(H::html(o.what), fields.join(u"; "_s));
            }
            out += u"</ul>"_s;
        }
        if (!search.unfollowed.isEmpty())
            //: Dutch: "Uw gegevens verwijzen ook naar %n systeem/systemen die niet automatisch
            //: zijn doorzocht."
            out += u"<p>%1</p>"_s.arg(
                H::html(tr("Your data also refer to %n system(s) that were not searched "
                           "automatically.",
                           nullptr, int(search.unfollowed.size()))));
        out += meaningsHtml(search);
    }
    return out;
}

} // namespace pd
