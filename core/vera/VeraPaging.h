#pragma once

#include "vera/VeraClient.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace pd {

// How far a list is read: VERA's lists hold at most 100 items a page.
struct VeraPaging
{
    int pageSize = 100;
    int maxPages = 50;
};

// How a list's reading ended; objects: how many were given.
struct VeraPagedList
{
    VeraStatus status = VeraStatus::Ok;
    QString error;
    int objects = 0;
};

// A list read to its end: by the cursor the system gives (X-Parameters-Cursor), else by page
// number (pagina), until a page is short or the count the system gave (X-Parameters-Aantal) is
// reached; more than paging.maxPages pages is a failure. Each object is given to take as its page
// arrives, and pageRead (when set) gets the number given so far after each page. A list that
// fails halfway says so, and the caller keeps nothing of what take was given.
VeraPagedList readVeraList(VeraClient &client, const QString &path, const QUrlQuery &query,
                           const VeraPaging &paging,
                           const std::function<void(const QJsonObject &)> &take,
                           const std::function<void(int objects)> &pageRead = {});

} // namespace pd
