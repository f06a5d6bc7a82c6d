#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace pd::ui {

// Print preview and "save as PDF" for the printable documents of the letters and the AP
// dossier: the same PrintedDocument pages on screen, on paper and in the file.
class DocumentPreview final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::DocumentPreview)
public:
    using Painter = std::function<int(QPagedPaintDevice *)>; // returns pages painted

    // A4 QPrintPreviewDialog (window-modal, deletes itself). printed runs once the document was
    // sent to the printer (the dialog accepted), not on every repaint of the preview.
    static void preview(QWidget *parent, const QString &title, const Painter &paint,
                        const std::function<void()> &printed);

    // Asks where to save (suggested file name in Documents); empty when cancelled.
    static QString askPdfPath(QWidget *parent, const QString &caption, const QString &fileName);
};

} // namespace pd::ui
