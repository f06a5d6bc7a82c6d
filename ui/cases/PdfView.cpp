#include "cases/PdfView.h"

#include "MessageLabel.h"
#include "Named.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace pd::ui {

namespace {

constexpr qreal zoomStep = 1.25;
constexpr qreal minZoom = 0.25;
constexpr qreal maxZoom = 4.0;
constexpr qsizetype keptPictures = 6;

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
    , m_view(named<QScrollArea>(QStringLiteral("pdfPages"), this))
    , m_picture(new QLabel)
    , m_pageLabel(named<QLabel>(QStringLiteral("pdfPage"), this))
    , m_message(named<MessageLabel>(QStringLiteral("pdfMessage"), this))
{
    setObjectName(QStringLiteral("pdfView"));
    m_picture->setObjectName(QStringLiteral("pdfPicture"));
    m_picture->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_picture->setBackgroundRole(QPalette::Base);
    m_view->setWidget(m_picture);
    m_view->setWidgetResizable(true);
    m_view->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_view->setFocusPolicy(Qt::StrongFocus);
    // The width a page is drawn for stays put: the vertical bar is always there, and fitted to
    // the width a page needs no horizontal one.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    //: Dutch: "Pagina van de PDF"
    m_view->setAccessibleName(tr("Page of the PDF"));
    setFocusProxy(m_view);

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
    bar->addWidget(m_pageLabel);
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

    connect(&m_drawing, &QFutureWatcher<ReaderProcess::Drawn>::finished, this, [this] {
        const auto [page, width] = m_drawingKey;
        m_drawingKey = { -1, 0 };
        drawn(page, width, m_drawing.result());
    });
    m_resized.setSingleShot(true);
    m_resized.setInterval(150);
    connect(&m_resized, &QTimer::timeout, this, &PdfView::draw);

    // The first page before the view shows, as wide as a dialog's view usually is: it says
    // whether there is anything to show at all, and how many pages.
    const ReaderProcess::Drawn firstPage = ReaderProcess::drawPage(m_bytes, 0, wantedWidth());
    if (firstPage.outcome == ReaderProcess::Outcome::Read
        && firstPage.page.status == PdfPage::Status::Drawn) {
        m_shown = true;
        m_pageCount = firstPage.page.pageCount;
        drawn(0, firstPage.page.image.width(), firstPage);
        updatePage();
        return;
    }
    // Only why, at the top; no page to turn or zoom.
    m_message->setMessage(whyNot(firstPage));
    m_view->hide();
    toolbar->hide();
    for (QToolButton *button : { m_previous, m_next, out, in, fit })
        button->setEnabled(false);
    layout->addStretch(1);
}

PdfView::~PdfView()
{
    // A page still being drawn: the reader is stopped at its own limit at the latest.
    m_drawing.disconnect(this);
    m_drawing.waitForFinished();
}

QString PdfView::whyNot(const ReaderProcess::Drawn &result)
{
    switch (result.outcome) {
    case ReaderProcess::Outcome::Read:
        break;
    case ReaderProcess::Outcome::NotStarted:
        //: Dutch: "Het leesprogramma privacydesk-reader ontbreekt of kan niet starten: de PDF
        //: kan niet worden getoond. Installeer Privacydesk opnieuw."
        return tr("The reading program privacydesk-reader is missing or cannot start: the PDF "
                  "cannot be shown. Install Privacydesk again.");
    case ReaderProcess::Outcome::TimedOut:
    case ReaderProcess::Outcome::OutOfMemory:
    case ReaderProcess::Outcome::Failed: {
        const ReaderLimits limits = ReaderProcess::limits();
        //: Dutch: "Deze PDF kon niet binnen de grenzen van het leesprogramma (%n seconde(n),
        //: %1 MB) worden getoond: hij is beschadigd of zo gemaakt dat het lezen niet eindigt.
        //: Bewaar een kopie om hem met een ander programma te bekijken."
        return tr("This PDF could not be shown within the reading program's limits (%n "
                  "second(s), %1 MB): it is damaged or made so that reading it does not end. "
                  "Save a copy to look at it with another program.",
                  nullptr, limits.seconds)
            .arg(limits.memoryMb);
    }
    }
    switch (result.page.status) {
    case PdfPage::Status::Locked:
        //: Dutch: "Deze PDF is beveiligd met een wachtwoord. Privacydesk kan hem niet tonen;
        //: open hem buiten Privacydesk als u het wachtwoord heeft."
        return tr("This PDF is protected by a password. Privacydesk cannot show it; "
                  "open it outside Privacydesk if you have the password.");
    case PdfPage::Status::Drawn:
        return {};
    case PdfPage::Status::Unreadable:
    case PdfPage::Status::NoSuchPage:
        break;
    }
    //: Dutch: "Deze PDF is beschadigd of onvolledig en kan niet worden getoond. Bewaar een
    //: kopie om hem met een ander programma te bekijken."
    return tr("This PDF is damaged or incomplete and cannot be shown. Save a copy "
              "to look at it with another program.");
}

int PdfView::wantedWidth() const
{
    // Before the first layout the viewport has no width of its own yet.
    const int viewport = m_view->isVisible() ? m_view->viewport()->width() : 860;
    const qreal dpr = devicePixelRatioF();
    return std::clamp(int(std::lround(std::max(viewport - 4, 200) * m_zoom * dpr)),
                      PdfPage::minWidth, PdfPage::maxWidth);
}

void PdfView::draw()
{
    if (!m_shown)
        return;
    const QPair<int, int> key { m_page, wantedWidth() };
    if (const auto kept = m_kept.constFind(key); kept != m_kept.cend()) {
        // A page the reader could not draw is kept as none: said once, not asked again.
        if (!kept->isNull())
            showPicture(*kept);
        return;
    }
    if (m_picture->property("page").toInt() != m_page) {
        //: Dutch: "Pagina %1 wordt opgebouwd…"
        m_picture->setText(tr("Page %1 is being drawn…").arg(m_page + 1));
        m_picture->setProperty("page", -1);
    }
    if (m_drawing.isRunning()) {
        // One reader at a time; the page wanted last is drawn when it is done.
        return;
    }
    m_drawingKey = key;
    const QByteArray bytes = m_bytes;
    m_drawing.setFuture(QtConcurrent::run(
        [bytes, key] { return ReaderProcess::drawPage(bytes, key.first, key.second); }));
}

void PdfView::drawn(int page, int width, const ReaderProcess::Drawn &result)
{
    const bool ok = result.outcome == ReaderProcess::Outcome::Read
        && result.page.status == PdfPage::Status::Drawn;
    const QPair<int, int> key { page, width };
    m_kept.insert(key, ok ? result.page.image : QImage());
    m_keptOrder.removeAll(key);
    m_keptOrder.append(key);
    while (m_keptOrder.size() > keptPictures)
        m_kept.remove(m_keptOrder.takeFirst());
    if (page == m_page) {
        //: Dutch: "Pagina %1 kan niet worden getoond. %2"
        m_message->setMessage(
            ok ? QString() : tr("Page %1 cannot be shown. %2").arg(page + 1).arg(whyNot(result)));
        if (!ok)
            m_picture->clear();
    }
    // Whatever came, the page and width wanted now.
    draw();
}

void PdfView::showPicture(const QImage &image)
{
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_picture->setPixmap(pixmap);
    m_picture->setProperty("page", m_page);
}

void PdfView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_shown)
        m_resized.start();
}

bool PdfView::isShown() const
{
    return m_shown;
}

int PdfView::pageCount() const
{
    return m_shown ? m_pageCount : 0;
}

int PdfView::currentPage() const
{
    return m_shown ? m_page : 0;
}

QString PdfView::pageText() const
{
    return m_pageLabel->text();
}

QString PdfView::message() const
{
    return m_message->message();
}

qreal PdfView::zoomFactor() const
{
    return m_zoom;
}

bool PdfView::fitsWidth() const
{
    return m_fitWidth;
}

bool PdfView::isDrawing() const
{
    return m_drawing.isRunning();
}

QPixmap PdfView::shownPage() const
{
    return m_picture->pixmap();
}

void PdfView::goToPage(int page)
{
    if (!m_shown || page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    m_view->verticalScrollBar()->setValue(0);
    updatePage();
    draw();
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
    zoomTo(std::min(maxZoom, m_zoom * zoomStep));
}

void PdfView::zoomOut()
{
    zoomTo(std::max(minZoom, m_zoom / zoomStep));
}

// A zoom chosen by the reader no longer follows the view's width: the page may be wider.
void PdfView::zoomTo(double zoom)
{
    if (!m_shown)
        return;
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_fitWidth = false;
    m_zoom = zoom;
    draw();
}

void PdfView::fitWidth()
{
    if (!m_shown)
        return;
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fitWidth = true;
    m_zoom = 1.0;
    draw();
}

void PdfView::updatePage()
{
    //: Dutch: "Pagina %1 van %2"
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(pageCount()));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pageCount());
}

} // namespace pd::ui
