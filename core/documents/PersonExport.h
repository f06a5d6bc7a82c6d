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

class Store;

// Where an export goes; an empty path leaves that output out.
struct PersonExportTargets
{
    QString pdfPath; // the inzage report
    QString jsonPath; // the portability export
    QString csvDirectory; // persons.csv and LEESMIJ.txt (created when missing)
    bool overwrite = false; // replace files that exist; otherwise they are refused
    // The portability export goes directly to another controller (art. 20(2) GDPR):
    // made for it, and recorded on the request's trail as case.transmitted {to, address,
    // files: [{format, file (CSV only), sha256}]} besides person.exported. Empty name: the data
    // subject's.
    PersonPortability::Transmission transmission;
    // The request the export answers (AVG-YYYY-NNNN), empty for none: the export is then also
    // recorded on that request's trail ("case.report_exported"), so that its
    // complaint dossier shows which report was sent: each file's name (without its folder),
    // the day and its SHA-256. It must be one of the person's requests.
    QString forRequest;
    // The answer as one encrypted PDF at pdfPath (EncryptedPdf: PDF 2.0, AES-256),
    // the portability export's files inside it (embeddedJsonName and the CSV folder's files);
    // jsonPath and csvDirectory must then be empty, and no plain copy touches the disk. The
    // password is generated and handed back once in PersonExportResult::password, never kept;
    // the trail records that the answer went encrypted, the file's SHA-256 and passwordBy.
    bool encrypt = false;
    PasswordDelivery passwordBy = PasswordDelivery::Phone;
    static constexpr auto embeddedJsonName = "persoonsgegevens.json";

    bool isEmpty() const
    {
        return pdfPath.isEmpty() && jsonPath.isEmpty() && csvDirectory.isEmpty();
    }
    // Every file the export of this report would write, in the order they are written (which
    // CSV files there are depends on the report: PersonPortability::csvFileNames()).
    QStringList files(const PersonReport &report) const;
    // Those of files() that exist already.
    QStringList existingFiles(const PersonReport &report) const;
};

struct PersonExportResult
{
    QString error; // set: nothing was written and nothing recorded
    // stable: "denied" (the role may not; recorded as user.denied), "no-output", "exists",
    // "no-fonts", "write", "audit", "bsn" (a file name of an export for a request), "mandate" (for
    // a representative's request whose mandate is not recorded as received)
    QString errorCode;
    QStringList written; // the files, as in PersonExportTargets::files()
    QStringList leftOut; // labels of the parts the portability export leaves out (art. 20)
    int pdfPages = 0;
    int redactions = 0; // markers placed
    int findings = 0; // findings reviewed
    int redactedFindings = 0; // findings the officer chose to redact
    // Encrypted (targets.encrypt): the generated password, to be said once and never kept, and
    // the names of the files embedded in the PDF.
    QString password;
    QStringList embedded;

    bool ok() const { return error.isEmpty(); }
};

// Writes the inzage report (PDF) and the portability export (JSON, CSV with LEESMIJ.txt; only
// what art. 20 GDPR covers, see PersonPortability) of one person with the findings the officer
// chose redacted, and records that on the person's audit trail ("person.exported": the formats,
// the number of findings, redactions and the fields they were in, the parts the portability
// export left out; never the redacted text or the file names). Made for a request
// (targets.forRequest), it is recorded on the request's trail as well, in the same unit:
// "case.report_exported" with the day, and each file's name and SHA-256 (the person's history
// keeps its own event, so `verify` and the person's trail are as before).
//
// All or nothing: every file is written to a QSaveFile in its own folder (the place the user
// chose; no temporary file elsewhere), the audit event is appended in a transaction, and only
// then are the files committed; if any commit fails, the files already committed are removed
// and the transaction rolls back. Existing files are refused unless targets.overwrite.
class PersonExport final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonExport)
public:
    explicit PersonExport(const Session &session);

    static constexpr auto auditAction = "person.exported";
    static constexpr auto requestAction = "case.report_exported";

    // report as loaded (unredacted), its findings, and the ids of those to redact. The PDF
    // needs a QGuiApplication (fonts). progress(done, total) after each output.
    PersonExportResult write(const PersonReport &report, const QList<ReviewFinding> &findings,
                             const QSet<QString> &redactIds, const PersonExportTargets &targets,
                             const std::function<void(int done, int total)> &progress = {});

    // An export whose files were made without writing them here, recorded as write() records
    // one with no findings reviewed: person.exported, and case.report_exported on
    // targets.forRequest with the day, each file's name, format and SHA-256, and what the
    // portability files held. The demo store answers thousands of fictitious requests with it,
    // where painting each PDF would take minutes. files: name and content, in targets' order;
    // false with *error when the role may not or the request refuses it.
    bool record(const PersonReport &report, const PersonExportTargets &targets,
                const QList<std::pair<QString, QByteArray>> &files, int pdfPages,
                ServiceError *error);

    // The request an export made for the person (not from a request) answers: the person's one
    // open request asking for access (art. 15) or portability (art. 20). Empty when there is
    // none; when there are several, empty with *several set (the officer names the request).
    // Without it the AP dossier could not show the report that was sent.
    static QString answeredRequest(const PersonReport &report, bool *several = nullptr);

private:
    Session m_session;
};

} // namespace pd
