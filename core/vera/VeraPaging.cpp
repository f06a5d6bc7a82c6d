#include "vera/VeraPaging.h"

#include "vera/VeraDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

using namespace Qt::StringLiterals;

// The texts keep the discovery's context, where they were first translated.
VeraPagedList readVeraList(VeraClient &client, const QString &path, const QUrlQuery &query,
                           const VeraPaging &paging,
                           const std::function<void(const QJsonObject &)> &take,
                           const std::function<void(int)> &pageRead)
{
    VeraPagedList listed;
    QString cursor;
    for (int page = 1; page <= paging.maxPages; ++page) {
        QUrlQuery asked = query;
        if (!cursor.isEmpty())
            asked.addQueryItem(u"cursor"_s, cursor);
        else if (page > 1)
            asked.addQueryItem(u"pagina"_s, QString::number(page));
        const VeraClient::Answer answer = client.get(path, asked, paging.pageSize);
        if (answer.status != VeraStatus::Ok)
            return { answer.status, answer.error, listed.objects };
        QJsonParseError parsed;
        const QJsonDocument json = QJsonDocument::fromJson(answer.body, &parsed);
        if (parsed.error != QJsonParseError::NoError || !json.isArray())
            return {
                VeraStatus::Failed,
                //: Dutch: "%1 gaf geen lijst in JSON (%2): niets ervan is bewaard."
                VeraDiscovery::tr("%1 gave no list in JSON (%2): nothing of it was kept.")
                    .arg(client.urlOf(path),
                         parsed.error != QJsonParseError::NoError
                             //: Dutch: "geen geldige JSON bij teken %1"
                             ? VeraDiscovery::tr("no valid JSON at character %1").arg(parsed.offset)
                             //: Dutch: "geen lijst"
                             : VeraDiscovery::tr("not a list")),
                listed.objects
            };
        const QJsonArray items = json.array();
        for (const QJsonValue &item : items) {
            if (item.isObject()) {
                take(item.toObject());
                ++listed.objects;
            }
        }
        if (pageRead)
            pageRead(listed.objects);
        bool countKnown = false;
        const int total = answer.header("x-parameters-aantal").toInt(&countKnown);
        if (items.size() < paging.pageSize || (countKnown && listed.objects >= total))
            return listed;
        const QString next = QString::fromUtf8(answer.header("x-parameters-cursor"));
        // A cursor that does not move would read the same page for ever.
        if (!next.isEmpty() && next == cursor)
            break;
        cursor = next;
    }
    return { VeraStatus::Failed,
             //: Dutch: "%1 geeft meer dan %n pagina('s): niets ervan is bewaard."
             VeraDiscovery::tr("%1 gives more than %n page(s): nothing of it was kept.", nullptr,
                               paging.maxPages)
                 .arg(client.urlOf(path)),
             listed.objects };
}

} // namespace pd
