#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QToolButton;

namespace pd::ui {

class MessageLabel;

// A PDF shown inside Privacydesk (issue 41): QtPdf reads it from the decrypted bytes in memory
// through a QBuffer, never from a file. Page by page (Page Up/Page Down, Home/End), "page x of
// n", zoom in and out (Ctrl++/Ctrl+-) and fit to the width (Ctrl+0). A PDF with a password or
// a damaged one shows why it cannot be shown, in the officer's language; nothing else happens.
class PdfView final : public QWidget
{
    Q_OBJECT
public:
    explicit PdfView(const QByteArray &bytes, QWidget *parent = nullptr);
    ~PdfView() override;

    bool isShown() const; // the document opened and has pages
    int pageCount() const;
    int currentPage() const; // 0-based
    QString pageText() const; // "Pagina 2 van 3"
    QString message() const; // why it is not shown, else empty
    qreal zoomFactor() const;
    QPdfView *view() const { return m_view; }

public Q_SLOTS:
    void goToPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitWidth();

private:
    void updatePage();

    QByteArray m_bytes;
    QBuffer m_buffer; // lives as long as the document that reads from it
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_page = nullptr;
    MessageLabel *m_message = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
};

} // namespace pd::ui
