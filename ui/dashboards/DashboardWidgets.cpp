#include "dashboards/DashboardWidgets.h"

#include "Icons.h"
#include "Named.h"
#include "dashboards/ChartKeys.h"
#include "util/Csv.h"
#include "util/OutputFile.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace ChartStyle {

namespace {

// Okabe & Ito (2008), "Color Universal Design": told apart by the common colour-vision
// deficiencies; ordered so that neighbouring series differ most in lightness too.
const QColor palette[] = {
    QColor(0x00, 0x72, 0xB2), // blue
    QColor(0xE6, 0x9F, 0x00), // orange
    QColor(0x00, 0x9E, 0x73), // bluish green
    QColor(0xCC, 0x79, 0xA7), // reddish purple
    QColor(0x56, 0xB4, 0xE9), // sky blue
    QColor(0xD5, 0x5E, 0x00), // vermillion
    QColor(0xF0, 0xE4, 0x42), // yellow
    QColor(0x99, 0x99, 0x99), // grey
    QColor(0x44, 0x44, 0x44), // dark grey
};
constexpr int paletteSize = int(std::size(palette));

// Hatchings drawn over the colour; the first series stays plain.
enum class Hatch { None, Diagonal, Horizontal, Dots, BackDiagonal, Vertical, Cross, DiagonalCross };
constexpr int hatchCount = 8;

QImage hatchTile(const QColor &color, Hatch hatch)
{
    constexpr int size = 12;
    QImage tile(size, size, QImage::Format_ARGB32_Premultiplied);
    tile.fill(color);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(
        QPen(color.lightness() > 140 ? QColor(0, 0, 0, 120) : QColor(255, 255, 255, 150), 1.5));
    const auto diagonal = [&p] {
        p.drawLine(0, size, size, 0);
        p.drawLine(-size / 2, size / 2, size / 2, -size / 2);
        p.drawLine(size / 2, size + size / 2, size + size / 2, size / 2);
    };
    const auto backDiagonal = [&p] {
        p.drawLine(0, 0, size, size);
        p.drawLine(-size / 2, size / 2, size / 2, size + size / 2);
        p.drawLine(size / 2, -size / 2, size + size / 2, size / 2);
    };
    switch (hatch) {
    case Hatch::None:
        break;
    case Hatch::Diagonal:
        diagonal();
        break;
    case Hatch::BackDiagonal:
        backDiagonal();
        break;
    case Hatch::Horizontal:
        p.drawLine(0, size / 2, size, size / 2);
        break;
    case Hatch::Vertical:
        p.drawLine(size / 2, 0, size / 2, size);
        break;
    case Hatch::Dots:
        p.setBrush(p.pen().color());
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(size / 4.0, size / 4.0), 1.6, 1.6);
        p.drawEllipse(QPointF(3 * size / 4.0, 3 * size / 4.0), 1.6, 1.6);
        break;
    case Hatch::Cross:
        p.drawLine(0, size / 2, size, size / 2);
        p.drawLine(size / 2, 0, size / 2, size);
        break;
    case Hatch::DiagonalCross:
        diagonal();
        backDiagonal();
        break;
    }
    return tile;
}

} // namespace

QColor color(int series)
{
    return palette[((series % paletteSize) + paletteSize) % paletteSize];
}

QBrush brush(int series)
{
    const int index = ((series % (paletteSize * hatchCount)) + paletteSize * hatchCount)
        % (paletteSize * hatchCount);
    return QBrush(hatchTile(color(index), Hatch(index % hatchCount)));
}

QColor labelColor(int series)
{
    return color(series).lightness() > 140 ? Qt::black : Qt::white;
}

void setUpChart(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace ChartStyle

namespace {

// A figure tile as a screen reader gets it: a button named by the tile's text, with
// the press action a click has, when it leads to a list; text otherwise.
class FigureTileAccessible final : public QAccessibleWidget
{
public:
    explicit FigureTileAccessible(FigureTile *tile)
        : QAccessibleWidget(tile, QAccessible::Button)
    { }

    QAccessible::Role role() const override
    {
        return tile()->isClickable() ? QAccessible::Button : QAccessible::StaticText;
    }
    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name)
            return tile()->accessibleName();
        return QAccessibleWidget::text(kind);
    }
    QStringList actionNames() const override
    {
        QStringList names = QAccessibleWidget::actionNames();
        if (tile()->isClickable())
            names.prepend(pressAction());
        return names;
    }
    void doAction(const QString &action) override
    {
        if (action == pressAction())
            tile()->press();
        else
            QAccessibleWidget::doAction(action);
    }

private:
    FigureTile *tile() const { return static_cast<FigureTile *>(widget()); }
};

QAccessibleInterface *figureTileInterface(const QString &className, QObject *object)
{
    if (className != QLatin1StringView(FigureTile::staticMetaObject.className()))
        return nullptr;
    auto *tile = qobject_cast<FigureTile *>(object);
    return tile ? new FigureTileAccessible(tile) : nullptr;
}

} // namespace

namespace {

// Where the keyboard is, on a widget the style draws no focus for (a frame): the palette's
// highlight, as the style marks a focused field.
void paintFocusRing(QWidget *widget)
{
    QPainter painter(widget);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(widget->palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(widget->rect()).adjusted(1, 1, -1, -1), 3, 3);
}

} // namespace

FigureTile::FigureTile(QWidget *parent)
    : QFrame(parent)
    , m_value(named<QLabel>(QStringLiteral("value"), this))
    , m_caption(named<QLabel>(QStringLiteral("caption"), this))
    , m_detail(named<QLabel>(QStringLiteral("detail"), this))
    , m_icon(new QLabel(this))
{
    // Installed with the first tile (a function-local static: no order of initialisation).
    static const bool accessible = [] {
        QAccessible::installFactory(figureTileInterface);
        return true;
    }();
    Q_UNUSED(accessible)
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(110);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();
    m_icon->setPixmap(icons::warning().pixmap(20, 20));
    m_icon->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_value);
    top->addStretch();
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_caption);
    layout->addWidget(m_detail);
    layout->addStretch();
}

void FigureTile::setFigure(const QString &value, const QString &caption, Tone tone)
{
    m_value->setText(value);
    m_caption->setText(caption);
    const bool attention = tone == Tone::Attention;
    m_icon->setVisible(attention);
    QFont captionFont = font();
    captionFont.setBold(attention);
    m_caption->setFont(captionFont);
    setAccessibleName(value + u' ' + caption);
}

void FigureTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void FigureTile::setClickable(bool clickable)
{
    const bool changed = m_clickable != clickable;
    m_clickable = clickable;
    if (changed && QAccessible::isActive()) {
        // Its role and press action change with it: a screen reader asks again.
        QAccessibleEvent event(this, QAccessible::ActionChanged);
        QAccessible::updateAccessibility(&event);
    }
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    setToolTip(clickable ? tr("Show the list behind this figure") : QString());
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::caption() const
{
    return m_caption->text();
}

void FigureTile::press()
{
    if (m_clickable)
        Q_EMIT clicked();
}

void FigureTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->pos())) {
        press();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void FigureTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (hasFocus())
        paintFocusRing(this);
}

void FigureTile::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
            || event->key() == Qt::Key_Space)) {
        press();
        return;
    }
    QFrame::keyPressEvent(event);
}

ChartPanel::ChartPanel(QWidget *parent)
    : Retranslated(parent)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QChartView(this))
    , m_keys(new ChartKeys(m_view))
    , m_reached(new QLabel(this))
    , m_png(new QToolButton(this))
    , m_csv(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_view->setFrameShape(QFrame::NoFrame);
    // Point labels are drawn outside the plot area (clipping off): with Qt's partial updates a
    // re-laid-out chart left its old labels beside the new ones ("100 %" twice, a "9" by the
    // axis). The charts are small; repainting them whole costs nothing noticeable.
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    ChartStyle::setUpChart(m_view->chart());
    m_png->setAutoRaise(true);
    m_csv->setAutoRaise(true);
    m_csv->setEnabled(false);
    m_reached->setWordWrap(true);
    m_reached->hide();
    connect(m_keys, &ChartKeys::changed, this, [this](const QString &text) {
        //: Dutch: "%1 (Enter: de lijst)"
        const QString reached = tr("%1 (Enter: the list)");
        m_reached->setText(text.isEmpty() ? QString() : reached.arg(text));
        m_reached->setVisible(!text.isEmpty());
        update(); // the focus ring
    });
    connect(m_png, &QToolButton::clicked, this, &ChartPanel::askSavePng);
    connect(m_csv, &QToolButton::clicked, this, &ChartPanel::askSaveCsv);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_png);
    header->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_reached);
    layout->addWidget(m_empty, 1);
    retranslateUi();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_view->setAccessibleName(title);
}

void ChartPanel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (m_view->hasFocus())
        paintFocusRing(this);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setCsvSource(std::function<QByteArray()> source, const QString &fileName)
{
    m_csvSource = std::move(source);
    m_fileName = fileName;
    m_csv->setEnabled(bool(m_csvSource));
}

void ChartPanel::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void ChartPanel::setEmpty(bool empty)
{
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_png->setEnabled(!empty);
}

bool ChartPanel::savePng(const QString &path) const
{
    // Encoded in memory, then written whole through OutputFile (0600, renamed into place).
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!m_view->grab().save(&png, "PNG"))
        return false;
    QString error;
    return OutputFile::write(OutputTarget(path, true), png.data(), &error);
}

QByteArray ChartPanel::csv() const
{
    return m_csvSource ? m_csvSource() : QByteArray();
}

bool ChartPanel::saveCsv(const QString &path, QString *error) const
{
    if (!m_csvSource) {
        if (error)
            *error = tr("This chart has no data to export.");
        return false;
    }
    // The save dialog asked before replacing a file.
    return Csv::write(m_csvSource(), OutputTarget(path, true), error);
}

void ChartPanel::askSavePng()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(m_fileName + QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as PNG"), suggested,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!savePng(path))
        QMessageBox::warning(this, tr("Save chart"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void ChartPanel::askSaveCsv()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(m_fileName + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart's data as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveCsv(path, &error))
        QMessageBox::warning(this, tr("Save data"), error);
}

void ChartPanel::retranslateUi()
{
    m_png->setText(tr("PNG…"));
    m_png->setToolTip(tr("Save this chart as an image"));
    m_csv->setText(tr("CSV…"));
    m_csv->setToolTip(tr("Save the figures of this chart as CSV for Excel"));
}

} // namespace pd::ui
