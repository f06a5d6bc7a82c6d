// The inzage report's part from the corporation's own systems (VERA): what the last search per
// request found, per system, and which systems could not be searched and why.

#include "documents/PersonReport.h"
#include "documents/PersonReportDocument.h"
#include "print/PrintedDocument.h"
#include "util/Clock.h"
#include "vera/VeraRepository.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

// A value as the person reads it: a reference value (code, naam) by its name, a list joined, a
// nested object by its own fields; a link (a URI) is not shown.
QString valueText(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        return text.startsWith(u"https://"_s) || text.startsWith(u"http://"_s) ? QString() : text;
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? PersonReportDocument::tr("yes") : PersonReportDocument::tr("no");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray()) {
            if (const QString text = valueText(v); !text.isEmpty())
                parts << text;
        }
        return parts.join(u", "_s);
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QString &key : { u"naam"_s, u"omschrijving"_s, u"code"_s }) {
            if (o.value(key).isString() && !o.value(key).toString().isEmpty())
                return o.value(key).toString();
        }
        QStringList parts;
        for (const ReportFoundField &f : ReportSystemSearch::fieldsOf(o))
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

} // namespace

QString ReportSystemSearch::words(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'-' || c == u'_')
            out += u' ';
        else if (c.isUpper() && i > 0)
            out += u' ' + c.toLower();
        else
            out += c;
    }
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

QList<ReportFoundField> ReportSystemSearch::fieldsOf(const QJsonObject &object)
{
    QList<ReportFoundField> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (identifier(it.key()))
            continue;
        const QString value = valueText(it.value());
        if (!value.isEmpty())
            fields << ReportFoundField { words(it.key()), value };
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
            search.objects << ReportFoundObject { o.system, ReportSystemSearch::words(o.resource),
                                                  ReportSystemSearch::fieldsOf(o.data) };
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
    }
    return out;
}

} // namespace pd
