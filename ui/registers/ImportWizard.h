#pragma once

#include "registers/PersonImport.h"
#include "session/Session.h"

#include <QWizard>

#include <memory>

namespace pd::ui {

// Shows what the file holds and which lines would be rejected before anything is written. The
// write is one transaction in small steps, so the window repaints and cancelling rolls it back.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId, CheckPageId, ResultPageId };

    explicit ImportWizard(const Session &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The user still sees every step.
    void setFile(const QString &path);
    QString file() const;
    // Column name → field.
    ImportOptions options() const;
    // Set once the import has finished (or failed).
    ImportResult result() const;
    bool isFinished() const;

signals:
    // Lists that show persons should reload.
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
