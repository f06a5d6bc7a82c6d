#pragma once

#include "vera/VeraClient.h"
#include "vera/VeraSystem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace pd {

struct VeraResourceResult
{
    QString resource; // the path asked, "natuurlijk-personen" for the person, or a link's URI
    VeraStatus status = VeraStatus::Ok;
    int objects = 0;
    QString error;
};

// How one system's search went: its status is the worst of its resources' (any fout, geweigerd
// or onbereikbaar makes it so), niet-ondersteund only when it supports none of them.
struct VeraSystemResult
{
    QString name;
    VeraDomain domain = VeraDomain::Relaties;
    VeraStatus status = VeraStatus::Ok;
    int objects = 0;
    QString error;
    QList<VeraResourceResult> resources;
    QStringList bsnHeld; // masked ("*****1234"): the system holds a BSN of the person
};

// An object as the system sent it, without any BSN.
struct VeraFoundObject
{
    QString system;
    QString resource;
    QString uri;
    QDateTime fetchedAt; // UTC
    QJsonObject data;
};

struct VeraSearch
{
    QString personUri; // empty: the person was not found in Relaties
    QList<VeraSystemResult> systems;
    QList<VeraFoundObject> found;
    QStringList unfollowed; // links into systems the organisation has not set up
    bool cancelled = false;
};

// One person across the organisation's VERA systems: found in Relaties by the customer number,
// then every configured domain asked by relation (VeraCatalogue), every list read to its end,
// and the person's links into the configured systems followed, each system on its own thread.
// Bounded in time (per system), pages and objects. Holds no store: the caller records the
// result. A bsn field is never kept and every value passes the BSN guard: a number it finds is
// kept masked, and the system is named as holding a BSN.
class VeraDiscovery final
{
    Q_DECLARE_TR_FUNCTIONS(pd::VeraDiscovery)
public:
    struct Limits
    {
        int secondsPerSystem = 60;
        int pageSize = 100; // VERA's lists hold at most 100 items
        int maxPages = 50;
        int parallel = 4;
    };
    // Called from the systems' threads as each one finishes.
    using Progress = std::function<void(const VeraSystemResult &finished, int done, int total)>;

    static VeraSearch run(const QList<VeraSystem> &systems, const QString &customerNumber,
                          const Limits &limits, const std::atomic<bool> *cancel = nullptr,
                          const Progress &progress = {});
    // Exposed for the tests: an object without a bsn field, every BSN masked; *held the masks.
    static QJsonObject withoutBsn(const QJsonObject &object, QStringList *held);
};

} // namespace pd
