#pragma once

#include "documents/PersonExport.h"
#include "session/Session.h"

#include <QWizard>

#include <memory>

namespace pd {
class Store;
}

namespace pd::ui {

// The inzage report (PDF) and the portability export (JSON and CSV) of one data subject, in
// four steps: choose the person (customer number, postcode or name; skipped when the wizard is
// opened for a person), review the fragments that may be other people's data (each redacted
// unless the officer keeps it), choose the outputs, and write them with the export recorded on
// the person's audit trail. Everything runs on the store's thread; the export itself takes a
// fraction of a second for one person.
//
// Hook it up with: PersonExportWizard wizard(store, personId /* 0: choose */, this);
// wizard.exec(); — or open() it and listen to exported().
class PersonExportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PersonPageId, ReviewPageId, OutputPageId, ResultPageId };

    // forRequest: the request the export is made for (opened from its detail): the export is
    // then recorded on its trail too (PersonExportTargets::forRequest).
    PersonExportWizard(const Session &session, qint64 personId, QWidget *parent = nullptr,
                       const QString &forRequest = {});
    ~PersonExportWizard() override;

    qint64 personId() const; // 0 until a person is chosen
    // Preselects the outputs (tests, a remembered folder); the user still sees every step.
    // Empty leaves that output unchosen. The JSON and CSV files go into folder.
    void setOutputs(const QString &pdfPath, const QString &folder);
    // The request the export answers: for a portability request the output step
    // offers to make the data export for another controller (art. 20(2) GDPR), recorded with
    // the request (CaseService::setTransmitTo) and on its trail with the files' SHA-256.
    void setRequest(const Case &request);
    // The JSON file's name inside the chosen folder.
    static QString jsonFileName(); // "persoonsgegevens.json"

    bool isFinished() const;
    PersonExportResult result() const;

signals:
    // The export was written and recorded on the person's audit trail.
    void exported(qint64 personId);

private:
    friend class ExportPersonPage;
    friend class ExportReviewPage;
    friend class ExportOutputPage;
    friend class ExportResultPage;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pd::ui
