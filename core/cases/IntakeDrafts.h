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

class Store;

// A half-typed phone intake, kept when the desk locks so that locking never loses a
// call in progress, or a half-typed "Nieuw verzoek": each form's drafts are its own
// (the field "form" says which; a phone intake's has none, as before). Drafts live in the
// encrypted store (table intake_drafts), belong to the user who typed them, and are offered to
// that user only. Before a draft is written every text in it
// goes through the BSN guard: a field that may hold a BSN is left out (and named in
// droppedFields), because a BSN is never stored, not even in a draft. Saving and discarding are
// audited (intake_draft.saved / .discarded, with the field names, never their contents) and need
// the IntakeCase permission, like the intake itself.
class IntakeDrafts final
{
    Q_DECLARE_TR_FUNCTIONS(pd::IntakeDrafts)
public:
    // The form a draft was typed in.
    enum class Form { PhoneIntake, NewRequest };

    explicit IntakeDrafts(const Session &session);

    // Returns the new draft's id, or 0 with *error set. droppedFields: the names of the fields
    // the BSN guard kept out.
    qint64 save(const QJsonObject &fields, QStringList *droppedFields, ServiceError *error);
    // The same for the form given; the draft's fields then say which form it is.
    qint64 save(Form form, const QJsonObject &fields, QStringList *droppedFields,
                ServiceError *error);
    // The acting user's most recent draft of form into *found (empty when there is none); false
    // with *error set when the drafts could not be read.
    bool latest(Form form, std::optional<IntakeDraft> *found, ServiceError *error) const;
    // The form a draft was typed in.
    static Form formOf(const IntakeDraft &draft);
    int count() const; // the acting user's drafts
    // Deletes one of the acting user's drafts (resumed or thrown away).
    bool discard(qint64 id, ServiceError *error);

private:
    QString login() const;
    Session m_session;
};

} // namespace pd
