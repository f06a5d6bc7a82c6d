#pragma once

#include "registers/KeptDocument.h"
#include "util/ServiceError.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// Whose document a register keeps in a table of its own: a DPIA's report (dpia_documents, by
// dpias.id) or a processor's processing agreement (processor_agreements, by recipients.id).
enum class KeptDocumentOwner { Dpia, Processor };

// The only code that writes SQL naming dpia_documents and processor_agreements: one row per
// owner, its bytes read only by content().
class KeptDocumentRepository final
{
public:
    // A document that is not there: found stays empty, and true.
    static bool find(const QSqlDatabase &db, KeptDocumentOwner owner, qint64 ownerId,
                     std::optional<KeptDocument> *found, ServiceError *error);
    static bool content(const QSqlDatabase &db, KeptDocumentOwner owner, qint64 ownerId,
                        QByteArray *bytes, QString *sha256, ServiceError *error);
    // Inserts the owner's document, or replaces the one kept.
    static bool put(const QSqlDatabase &db, KeptDocumentOwner owner, qint64 ownerId,
                    const KeptDocument &meta, const QByteArray &bytes, bool replacing,
                    const QString &now, const QString &actor, ServiceError *error);
    static bool remove(const QSqlDatabase &db, KeptDocumentOwner owner, qint64 ownerId,
                       ServiceError *error);
};

} // namespace pd
