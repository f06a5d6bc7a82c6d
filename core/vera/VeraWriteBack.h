#pragma once

#include "cases/Case.h"
#include "outbox/Outbox.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "util/Clock.h"
#include "util/ServiceError.h"
#include "vera/VeraRepository.h"
#include "vera/VeraSystem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace pd {

// Marks in the corporation's own systems, only where the organisation allows it (a system's
// write-back): while a request to restrict (art. 18 AVG) or to erase (art. 17) is open, each Zaak
// its last search found gets archiefstatus GEB ("geblokkeerd ... een AVG-verzoek"); once the
// erasure is granted, VER ("vernietigd") and the person's relation the status INA ("inactief").
// Decided with no restriction or erasure granted, or once every restriction recorded with the
// request is lifted, each case gets back the status it had when it was searched, where it still
// holds GEB (a granted restriction keeps the block while it runs). Of an erasure granted in part,
// the officer says which cases went: those get VER, the others their status back.
// VERA 4.3 gives only a Zaak an archiefstatus; a Dossier's and an Informatieobject's status have no
// reference codes in it, so they are not marked (the officer does so by hand).
// Each mark goes through the outbox: planned with its exact body in the unit that decided it, sent
// after the commit (the object read first: a mark it already holds is not sent again), and its
// answer recorded in a unit of its own on the request's trail. What is not done shows on the
// request and in Vandaag.
class VeraWriteBack final
{
    Q_DECLARE_TR_FUNCTIONS(pd::VeraWriteBack)
public:
    explicit VeraWriteBack(const Session &session);

    // What is known beside the request of how its blocks end.
    struct Ending
    {
        bool restrictionsLifted = false; // every restriction recorded with it lifted
        // Of an erasure granted in part, the cases (URIs) the officer says went; the others are
        // set free. Not said: nothing is planned for it.
        std::optional<QStringList> destroyed;
    };
    // The marks the request calls for now, from its last search (planned at and by).
    static QList<OutboxItem> wanted(const Case &request, const VeraSearch &search,
                                    const QList<VeraSystem> &systems, const Ending &ending);
    // Plans in write the marks wanted and not yet planned; a later mark of the same object
    // overtakes one not yet done. The number planned, recorded as case.vera_marks_planned.
    static std::optional<int> plan(UnitOfWork::Write &write, const Case &request,
                                   const VeraSearch &search, const QList<VeraSystem> &systems,
                                   ServiceError *error,
                                   const std::optional<QStringList> &destroyedCases = {});
    // The same in a unit of its own, for a request decided since its search; destroyedCases:
    // the officer's word on an erasure granted in part (once, and only cases its search found).
    std::optional<int> planFor(const QString &number, ServiceError *error,
                               const std::optional<QStringList> &destroyedCases = {});

    // The cases to say of, for an erasure granted in part whose destroyed cases are not said yet:
    // each Zaak its last search found in a system that may be marked. Empty otherwise.
    std::optional<QList<VeraFoundObject>> casesToSay(const QString &number,
                                                     ServiceError *error) const;

    // What is to be sent, read on the store's thread: the request's marks not done, or every
    // request's when number is empty, with the systems (and their secrets) to send them to.
    struct Prepared
    {
        QList<OutboxItem> items;
        QList<VeraSystem> systems;
    };
    std::optional<Prepared> prepare(const QString &number, ServiceError *error) const;
    // No store: each mark sent, the answers returned (state, error, moment).
    using Progress = std::function<void(int done, int total)>;
    static QList<OutboxItem> send(const Prepared &prepared, const Clock &clock,
                                  const std::atomic<bool> *cancel, const Progress &progress);
    // Each answer in a unit of its own: case.vera_marked or case.vera_mark_failed.
    bool record(const QList<OutboxItem> &answers, ServiceError *error);

    // A mark not done set aside by the officer, with why (a system that moved, an object gone):
    // state vervallen, recorded as case.vera_mark_dismissed; it no longer shows as open.
    bool dismiss(const QString &number, qint64 id, const QString &why, ServiceError *error);

    // The request's marks, every state.
    std::optional<QList<OutboxItem>> of(const QString &number, ServiceError *error) const;
    // Every mark not done, oldest first.
    std::optional<QList<OutboxItem>> open(ServiceError *error) const;

    static QString actionText(const OutboxItem &item);
    static QJsonObject toJson(const OutboxItem &item);

private:
    bool destroyedSaid(const Case &request, const std::optional<VeraDiscoveryRecord> &found,
                       const QStringList &destroyedCases, ServiceError *error) const;
    Session m_session;
};

} // namespace pd
