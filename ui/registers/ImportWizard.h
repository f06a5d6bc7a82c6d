#pragma once

#include "registers/PersonImport.h"
#include "session/Session.h"

#include <QWizard>

#include <memory>

namespace pd {
class Store;
}

namespace pd::ui {

// Imports persons and relation end dates from a housing-ERP CSV export, showing before anything
// is written what the file holds (encoding, separator, the first rows with a field per column)
// and which lines would be rejected and why. The check runs on a worker thread (no store);
// the write runs on the GUI thread in one transaction, in small steps between which the window
// repaints and the progress dialog can cancel (which rolls everything back).
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId, CheckPageId, ResultPageId };

    explicit ImportWizard(const Session &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Preselects the file (drag and drop, tests); the user still sees every step.
    void setFile(const QString &path);
    QString file() const;
    // The mapping chosen on the preview page (column name → field).
    ImportOptions options() const;
    // Set once the import has finished (or failed); ok() and the counts say how it went.
    ImportResult result() const;
    bool isFinished() const;

signals:
    // The store holds new or changed persons: lists that show persons should reload.
    void personsImported(int imported, int updated);

private:
    friend class ImportFilePage;
    friend class ImportPreviewPage;
    friend class ImportCheckPage;
    friend class ImportResultPage;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pd::ui
