#pragma once

#include "documents/PersonPortability.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"
#include "print/EncryptedPdf.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace pd {

struct PersonExportTargets
{
    QString pdfPath; // the inzage report
    QString jsonPath; // the portability export
    QString csvDirectory; // persons.csv and LEESMIJ.txt (created when missing)
    bool overwrite = false; // replace files that exist; otherwise they are refused
    // Recorded as case.transmitted besides person.exported; empty name: the subject's own export.
    PersonPortability::Transmission transmission;
    // Recorded on that request's trail too, so that its AP dossier shows the report that was sent.
    QString forRequest;
    // No plain copy touches the disk: the files go inside the PDF, and the generated password is
    // handed back once in PersonExportResult::password, never kept.
    bool encrypt = false;
    PasswordDelivery passwordBy = PasswordDelivery::Phone;
    static constexpr auto embeddedJsonName = "persoonsgegevens.json";

    bool isEmpty() const
    {
        return pdfPath.isEmpty() && jsonPath.isEmpty() && csvDirectory.isEmpty();
    }
    QStringList files(const PersonReport &report) const;
    QStringList existingFiles(const PersonReport &report) const;
};

struct PersonExportResult
{
    QString error; // set: nothing was written and nothing recorded
    // Stable: "denied", "no-output", "exists", "no-fonts", "write", "audit", "bsn", "mandate".
    QString errorCode;
    QStringList written; // the files, as in PersonExportTargets::files()
    QStringList leftOut; // labels of the parts the portability export leaves out (art. 20)
    int pdfPages = 0;
    int redactions = 0; // markers placed
    int findings = 0; // findings reviewed
    int redactedFindings = 0; // findings the officer chose to redact
    QString password;
    QStringList embedded;

    bool ok() const { return error.isEmpty(); }
};

// All or nothing: each file goes to a QSaveFile in its own folder and is committed only after
// the audit event; a failed commit removes the files committed and rolls back.
class PersonExport final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonExport)
public:
    explicit PersonExport(const Session &session);

    static constexpr auto auditAction = "person.exported";
    static constexpr auto requestAction = "case.report_exported";

    // report unredacted. The PDF needs a QGuiApplication (fonts).
    PersonExportResult write(const PersonReport &report, const QList<ReviewFinding> &findings,
                             const QSet<QString> &redactIds, const PersonExportTargets &targets,
                             const std::function<void(int done, int total)> &progress = {});

    // For the demo store's thousands of exports, where painting each PDF would take minutes.
    bool record(const PersonReport &report, const PersonExportTargets &targets,
                const QList<std::pair<QString, QByteArray>> &files, int pdfPages,
                ServiceError *error);

    // Empty with *several set when the person has several open requests it could answer.
    static QString answeredRequest(const PersonReport &report, bool *several = nullptr);

private:
    Session m_session;
};

} // namespace pd
