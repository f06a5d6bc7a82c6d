#include "documents/DocumentPreview.h"

#include <QFileDialog>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace pd::ui {

void DocumentPreview::preview(QWidget *parent, const QString &title, const Painter &paint,
                              const std::function<void()> &printed)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
    printer->setDocName(title);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setWindowTitle(tr("Print preview — %1").arg(title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [paint](QPrinter *target) { paint(target); });
    if (printed)
        QObject::connect(dialog, &QDialog::accepted, dialog, printed);
    dialog->resize(900, 1000);
    dialog->open();
}

QString DocumentPreview::askPdfPath(QWidget *parent, const QString &caption,
                                    const QString &fileName)
{
    const QString suggested
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + fileName;
    QString path
        = QFileDialog::getSaveFileName(parent, caption, suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

} // namespace pd::ui
