#pragma once

#include "pdf/PdfPage.h"
#include "reading/ReaderProcess.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QHash>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace pd::ui {

class MessageLabel;

// The desk never parses a PDF: privacydesk-reader, caged and under the organisation's limits,
// draws each page as a picture from the decrypted bytes, which never reach a file.
class PdfView final : public QWidget
{
    Q_OBJECT
public:
    explicit PdfView(const QByteArray &bytes, QWidget *parent = nullptr);
    ~PdfView() override;

    bool isShown() const; // the reader drew its first page
    int pageCount() const;
    int currentPage() const; // 0-based
    QString pageText() const; // "Pagina 2 van 3"
    QString message() const; // why it is not shown (or a page is not), else empty
    qreal zoomFactor() const; // 1: as wide as the view
    bool fitsWidth() const;
    bool isDrawing() const; // a page is being drawn by the reader
    QScrollArea *view() const { return m_view; }
    QPixmap shownPage() const; // the picture on screen (null while none)

public Q_SLOTS:
    void goToPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitWidth();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int wantedWidth() const; // of the picture, in device pixels
    void zoomTo(double zoom);
    void draw(); // the current page at the current zoom: from the kept pictures, or the reader
    void drawn(int page, int width, const ReaderProcess::Drawn &result);
    void showPicture(const QImage &image);
    void updatePage();
    static QString whyNot(const ReaderProcess::Drawn &result);

    QByteArray m_bytes;
    int m_pageCount = 0;
    int m_page = 0;
    qreal m_zoom = 1.0;
    bool m_fitWidth = true;
    bool m_shown = false;
    // The few last drawn, by page and width.
    QHash<QPair<int, int>, QImage> m_kept;
    QList<QPair<int, int>> m_keptOrder;
    QFutureWatcher<ReaderProcess::Drawn> m_drawing;
    QPair<int, int> m_drawingKey { -1, 0 };
    QTimer m_resized; // a new width drawn once the resizing settles
    QScrollArea *m_view = nullptr;
    QLabel *m_picture = nullptr;
    QLabel *m_pageLabel = nullptr;
    MessageLabel *m_message = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
};

} // namespace pd::ui
