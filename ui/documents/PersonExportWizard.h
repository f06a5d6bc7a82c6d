#pragma once

#include "documents/PersonExport.h"
#include "session/Session.h"

#include <QWizard>

#include <memory>

namespace pd::ui {

// The inzage report (PDF) and the portability export (JSON, CSV) of one data subject; fragments
// that may be other people's data are redacted unless the officer keeps them.
class PersonExportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PersonPageId, ReviewPageId, OutputPageId, ResultPageId };

    // forRequest: the export is also recorded on that request's trail.
    PersonExportWizard(const Session &session, qint64 personId, QWidget *parent = nullptr,
                       const QString &forRequest = {});
    ~PersonExportWizard() override;

    qint64 personId() const; // 0 until a person is chosen
    void setOutputs(const QString &pdfPath, const QString &folder);
    // For a portability request the output step offers the export for another controller
    // (art. 20(2) GDPR).
    void setRequest(const Case &request);
    static QString jsonFileName(); // "persoonsgegevens.json"

    bool isFinished() const;
    PersonExportResult result() const;

signals:
    // Recorded on the person's audit trail.
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
