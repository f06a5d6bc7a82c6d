#pragma once

#include "cases/CaseService.h"
#include "session/Session.h"
#include "users/IntakeDraftRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace pd {

// Kept so that locking the desk never loses a call in progress; offered only to the user who typed
// them. A field that may hold a BSN is left out: a BSN is never stored, not even in a draft. The
// audit events name fields, never their contents.
class IntakeDrafts final
{
    Q_DECLARE_TR_FUNCTIONS(pd::IntakeDrafts)
public:
    enum class Form { PhoneIntake, NewRequest };

    explicit IntakeDrafts(const Session &session);

    // 0 with *error. droppedFields: the fields the BSN guard kept out.
    qint64 save(Form form, const QJsonObject &fields, QStringList *droppedFields,
                ServiceError *error);
    bool latest(Form form, std::optional<IntakeDraft> *found, ServiceError *error) const;
    static Form formOf(const IntakeDraft &draft);
    int count() const; // the acting user's drafts
    bool discard(qint64 id, ServiceError *error);

private:
    QString login() const;
    Session m_session;
};

} // namespace pd
