#include "cases/PdfView.h"

#include "MessageLabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

constexpr qreal zoomStep = 1.25;
constexpr qreal minZoom = 0.25;
constexpr qreal maxZoom = 8.0;

QString whyNotShown(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        //: Dutch: "Deze PDF is beveiligd met een wachtwoord. Privacydesk kan hem niet tonen;
        //: open hem buiten Privacydesk als u het wachtwoord heeft."
        return PdfView::tr("This PDF is protected by a password. Privacydesk cannot show it; "
                           "open it outside Privacydesk if you have the password.");
    default:
        //: Dutch: "Deze PDF is beschadigd of onvolledig en kan niet worden getoond. Bewaar een
        //: kopie om hem met een ander programma te bekijken."
        return PdfView::tr("This PDF is damaged or incomplete and cannot be shown. Save a copy "
                           "to look at it with another program.");
    }
}

QToolButton *toolButton(const QString &text, const QKeySequence &keys, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    auto *action = new QAction(text, button);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
    button->setDefaultAction(action);
    parent->addAction(action);
    return button;
}

} // namespace

PdfView::PdfView(const QByteArray &bytes, QWidget *parent)
    : QWidget(parent)
    , m_bytes(bytes)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_page(new QLabel(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("pdfView"));
    m_view->setObjectName(QStringLiteral("pdfPages"));
    m_page->setObjectName(QStringLiteral("pdfPage"));
    m_message->setObjectName(QStringLiteral("pdfMessage"));

    //: Dutch: "&Vorige pagina"
    m_previous = toolButton(tr("&Previous page"), QKeySequence(Qt::Key_PageUp), this);
    //: Dutch: "Vol&gende pagina" (not the O of "&Openen buiten Privacydesk…")
    m_next = toolButton(tr("Ne&xt page"), QKeySequence(Qt::Key_PageDown), this);
    //: Dutch: "Verkleinen"
    QToolButton *out = toolButton(tr("Zoom out"), QKeySequence::ZoomOut, this);
    //: Dutch: "Vergroten"
    QToolButton *in = toolButton(tr("Zoom in"), QKeySequence::ZoomIn, this);
    //: Dutch: "Passend in de breedte"
    QToolButton *fit = toolButton(tr("Fit width"), QKeySequence(Qt::CTRL | Qt::Key_0), this);
    connect(m_previous->defaultAction(), &QAction::triggered, this, &PdfView::previousPage);
    connect(m_next->defaultAction(), &QAction::triggered, this, &PdfView::nextPage);
    connect(out->defaultAction(), &QAction::triggered, this, &PdfView::zoomOut);
    connect(in->defaultAction(), &QAction::triggered, this, &PdfView::zoomIn);
    connect(fit->defaultAction(), &QAction::triggered, this, &PdfView::fitWidth);
    auto *first = new QAction(this);
    first->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    first->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(first, &QAction::triggered, this, [this] { goToPage(0); });
    addAction(first);
    auto *last = new QAction(this);
    last->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    last->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(last, &QAction::triggered, this, [this] { goToPage(pageCount() - 1); });
    addAction(last);

    auto *toolbar = new QWidget(this);
    auto *bar = new QHBoxLayout(toolbar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_page);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(out);
    bar->addWidget(in);
    bar->addWidget(fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    // From memory only: QtPdf reads the decrypted bytes through the buffer.
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() == 0) {
        // Only why, at the top; no page to turn or zoom.
        m_message->setMessage(whyNotShown(m_document->error()));
        m_view->hide();
        toolbar->hide();
        for (QToolButton *button : { m_previous, m_next, out, in, fit })
            button->setEnabled(false);
        layout->addStretch(1);
        return;
    }
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::SinglePage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_view);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &PdfView::updatePage);
    updatePage();
}

PdfView::~PdfView()
{
    m_view->setDocument(nullptr);
    m_document->close();
}

bool PdfView::isShown() const
{
    return m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0;
}

int PdfView::pageCount() const
{
    return isShown() ? m_document->pageCount() : 0;
}

int PdfView::currentPage() const
{
    return isShown() ? m_view->pageNavigator()->currentPage() : 0;
}

QString PdfView::pageText() const
{
    return m_page->text();
}

QString PdfView::message() const
{
    return m_message->message();
}

qreal PdfView::zoomFactor() const
{
    return m_view->zoomFactor();
}

void PdfView::goToPage(int page)
{
    if (!isShown() || page < 0 || page >= pageCount())
        return;
    m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
}

void PdfView::nextPage()
{
    goToPage(currentPage() + 1);
}

void PdfView::previousPage()
{
    goToPage(currentPage() - 1);
}

void PdfView::zoomIn()
{
    if (!isShown())
        return;
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::min(maxZoom, m_view->zoomFactor() * zoomStep));
}

void PdfView::zoomOut()
{
    if (!isShown())
        return;
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::max(minZoom, m_view->zoomFactor() / zoomStep));
}

void PdfView::fitWidth()
{
    if (isShown())
        m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

void PdfView::updatePage()
{
    const int page = currentPage();
    //: Dutch: "Pagina %1 van %2"
    m_page->setText(tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pageCount());
}

} // namespace pd::ui
