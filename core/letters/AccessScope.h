#pragma once

#include "registers/SystemChecklist.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// The one statement of what an inzage or portability answer covers (Privacydesk's records, not
// the other systems), so that the cover letter never contradicts the report beside it.
class AccessScope final
{
    Q_DECLARE_TR_FUNCTIONS(pd::AccessScope)
public:
    // In the interface language. withSystems: the report holds what the search of the
    // organisation's systems (VERA) found.
    static QString reportText(bool withSystems = false);
    // Dutch HTML; empty when neither is enclosed. person: the subject's name when the letter goes
    // to a representative; sentTo: the controller the files went to directly (art. 20(2)).
    static QString letterHtml(bool report, bool files, const QString &person = {},
                              const QList<SystemCheck> &systems = {}, const QString &sentTo = {});
    // Dutch HTML. fields nullopt: no export recorded what it held, and no field is named.
    static QString portableHtml(const std::optional<QStringList> &fields, const QString &data,
                                const QString &consent, const QString &you);
};

} // namespace pd
