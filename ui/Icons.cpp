#include "Icons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <functional>
#include <initializer_list>
#include <utility>

namespace pd::ui::icons {
namespace {

// Drawing happens on a 24x24 design grid; the engine scales it to the requested rect.
using Drawing = std::function<void(QPainter &, const QColor &)>;

// Paints a Drawing for every size and mode; disabled icons are drawn in the disabled text
// colour so they read as inactive without a separate asset.
class PaintedIconEngine final : public QIconEngine
{
public:
    PaintedIconEngine(Drawing drawing, QColor colour)
        : m_drawing(std::move(drawing))
        , m_colour(std::move(colour))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        const QColor colour = mode == QIcon::Disabled
            ? QPalette().color(QPalette::Disabled, QPalette::WindowText)
            : m_colour;
        m_drawing(*painter, colour);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_drawing, m_colour); }
    QString key() const override { return QStringLiteral("PrivacydeskPainted"); }

private:
    Drawing m_drawing;
    QColor m_colour;
};

QIcon make(Drawing drawing, QColor colour = QColor(0x2b, 0x4c, 0x7e))
{
    return QIcon(new PaintedIconEngine(std::move(drawing), std::move(colour)));
}

QPen pen(const QColor &colour, qreal width = 1.8)
{
    return QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

// The usual icon: drawn in lines of the icon's colour, not filled.
QIcon outlined(Drawing drawing)
{
    return make([drawing = std::move(drawing)](QPainter &p, const QColor &c) {
        p.setPen(pen(c));
        p.setBrush(Qt::NoBrush);
        drawing(p, c);
    });
}

// Straight lines from the first point through the others.
QPainterPath polyline(std::initializer_list<QPointF> points)
{
    QPainterPath path;
    path.moveTo(*points.begin());
    for (auto it = points.begin() + 1; it != points.end(); ++it)
        path.lineTo(*it);
    return path;
}

QPainterPath closedPolyline(std::initializer_list<QPointF> points)
{
    QPainterPath path = polyline(points);
    path.closeSubpath();
    return path;
}

QPainterPath eye()
{
    QPainterPath eye;
    eye.moveTo(2.5, 12);
    eye.quadTo(12, 2, 21.5, 12);
    eye.quadTo(12, 22, 2.5, 12);
    return eye;
}

void drawPadlock(QPainter &p, const QColor &c, const QRectF &body, const QColor &hole)
{
    p.setPen(pen(c));
    p.setBrush(Qt::NoBrush);
    const qreal w = body.width();
    QPainterPath shackle;
    shackle.moveTo(body.left() + w * 0.22, body.top());
    shackle.lineTo(body.left() + w * 0.22, body.top() - w * 0.28);
    shackle.arcTo(QRectF(body.left() + w * 0.22, body.top() - w * 0.56, w * 0.56, w * 0.56), 180,
                  -180);
    shackle.lineTo(body.left() + w * 0.78, body.top());
    p.drawPath(shackle);
    p.setBrush(c);
    p.drawRoundedRect(body, 1.5, 1.5);
    p.setPen(pen(hole, 1.6));
    const QPointF centre = body.center();
    p.drawLine(centre + QPointF(0, -1.2), centre + QPointF(0, 1.6));
}

} // namespace

QIcon requests()
{
    return outlined([](QPainter &p, const QColor &) {
        p.drawPath(
            closedPolyline({ { 3, 13 }, { 6, 5 }, { 18, 5 }, { 21, 13 }, { 21, 19 }, { 3, 19 } }));
        p.drawPath(polyline(
            { { 3, 13 }, { 8, 13 }, { 9.5, 15.5 }, { 14.5, 15.5 }, { 16, 13 }, { 21, 13 } }));
        p.drawLine(QPointF(12, 7.5), QPointF(12, 12));
        p.drawLine(QPointF(9.8, 10), QPointF(12, 12));
        p.drawLine(QPointF(14.2, 10), QPointF(12, 12));
    });
}

QIcon disclosures()
{
    return outlined([](QPainter &p, const QColor &) {
        p.drawPath(polyline({ { 13, 4 }, { 4, 4 }, { 4, 20 }, { 20, 20 }, { 20, 11 } }));
        p.drawLine(QPointF(10, 14), QPointF(20, 4));
        p.drawLine(QPointF(14, 4), QPointF(20, 4));
        p.drawLine(QPointF(20, 4), QPointF(20, 10));
    });
}

QIcon retention()
{
    return outlined([](QPainter &p, const QColor &c) {
        p.drawLine(QPointF(6, 3.5), QPointF(18, 3.5));
        p.drawLine(QPointF(6, 20.5), QPointF(18, 20.5));
        QPainterPath glass;
        glass.moveTo(7, 3.5);
        glass.cubicTo(7, 9, 11, 10, 11, 12);
        glass.cubicTo(11, 14, 7, 15, 7, 20.5);
        glass.moveTo(17, 3.5);
        glass.cubicTo(17, 9, 13, 10, 13, 12);
        glass.cubicTo(13, 14, 17, 15, 17, 20.5);
        p.drawPath(glass);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        QPainterPath sand;
        sand.moveTo(8.5, 20);
        sand.cubicTo(9, 17, 11, 16.5, 12, 16);
        sand.cubicTo(13, 16.5, 15, 17, 15.5, 20);
        sand.closeSubpath();
        p.drawPath(sand);
    });
}

QIcon registers()
{
    return outlined([](QPainter &p, const QColor &) {
        p.drawRoundedRect(QRectF(5, 3, 14, 18), 1.5, 1.5);
        p.drawLine(QPointF(8, 3), QPointF(8, 21));
        p.drawLine(QPointF(10.5, 8), QPointF(16, 8));
        p.drawLine(QPointF(10.5, 12), QPointF(16, 12));
        p.drawLine(QPointF(10.5, 16), QPointF(14, 16));
    });
}

QIcon server()
{
    return outlined([](QPainter &p, const QColor &c) {
        p.drawRoundedRect(QRectF(4, 4, 16, 7), 1.5, 1.5);
        p.drawRoundedRect(QRectF(4, 13, 16, 7), 1.5, 1.5);
        p.drawLine(QPointF(7.5, 7.5), QPointF(12, 7.5));
        p.drawLine(QPointF(7.5, 16.5), QPointF(12, 16.5));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QPointF(16.5, 7.5), 1.1, 1.1);
        p.drawEllipse(QPointF(16.5, 16.5), 1.1, 1.1);
    });
}

QIcon dashboards()
{
    return outlined([](QPainter &p, const QColor &c) {
        p.drawLine(QPointF(3, 20.5), QPointF(21, 20.5));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(4.5, 12, 3.5, 7), 0.8, 0.8);
        p.drawRoundedRect(QRectF(10.25, 6, 3.5, 13), 0.8, 0.8);
        p.drawRoundedRect(QRectF(16, 9.5, 3.5, 9.5), 0.8, 0.8);
    });
}

QIcon lock()
{
    return make(
        [](QPainter &p, const QColor &c) { drawPadlock(p, c, QRectF(5, 11, 14, 10), Qt::white); },
        QColor(0x2e, 0x6b, 0x30));
}

QIcon breaches()
{
    return outlined([](QPainter &p, const QColor &c) {
        p.drawRoundedRect(QRectF(4, 3, 12, 15), 1.5, 1.5);
        p.drawLine(QPointF(7, 7.5), QPointF(13, 7.5));
        p.drawLine(QPointF(7, 11), QPointF(11, 11));
        QPainterPath drop;
        drop.moveTo(18.5, 11);
        drop.cubicTo(QPointF(18.5, 11), QPointF(22, 16), QPointF(22, 18));
        drop.cubicTo(QPointF(22, 20), QPointF(20.4, 21.5), QPointF(18.5, 21.5));
        drop.cubicTo(QPointF(16.6, 21.5), QPointF(15, 20), QPointF(15, 18));
        drop.cubicTo(QPointF(15, 16), QPointF(18.5, 11), QPointF(18.5, 11));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPath(drop);
    });
}

QIcon warning()
{
    return make(
        [](QPainter &p, const QColor &c) {
            const QPainterPath triangle
                = closedPolyline({ { 12, 2.5 }, { 22, 20.5 }, { 2, 20.5 } });
            p.setPen(pen(c, 1.5));
            p.setBrush(c);
            p.drawPath(triangle);
            p.setPen(pen(Qt::white, 2.2));
            p.drawLine(QPointF(12, 8.5), QPointF(12, 14));
            p.drawPoint(QPointF(12, 17.3));
        },
        QColor(0xb0, 0x1e, 0x1e));
}

QIcon showPassword()
{
    return outlined([](QPainter &p, const QColor &c) {
        p.drawPath(eye());
        p.setBrush(c);
        p.drawEllipse(QPointF(12, 12), 3, 3);
    });
}

QIcon hidePassword()
{
    return outlined([](QPainter &p, const QColor &) {
        p.drawPath(eye());
        p.drawEllipse(QPointF(12, 12), 3, 3);
        p.drawLine(QPointF(4, 20), QPointF(20, 4));
    });
}

QIcon application()
{
    return make([](QPainter &p, const QColor &c) {
        QPainterPath shield;
        shield.moveTo(12, 1.5);
        shield.lineTo(21, 5);
        shield.cubicTo(21, 13, 17.5, 19, 12, 22.5);
        shield.cubicTo(6.5, 19, 3, 13, 3, 5);
        shield.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPath(shield);
        drawPadlock(p, Qt::white, QRectF(8, 11, 8, 6.5), c);
    });
}

} // namespace pd::ui::icons
