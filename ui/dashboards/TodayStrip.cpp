#include "dashboards/TodayStrip.h"

#include "DateText.h"
#include "Icons.h"
#include "Named.h"
#include "TextEmphasis.h"
#include "breaches/BreachListModel.h"
#include "vera/VeraWriteBack.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace pd::ui {

namespace {

// The items side by side, wrapping onto the next line where the width ends (the list beside the
// detail is often under 600 pixels wide at 1200): Qt's flow layout example, made small. Its
// height is the lines it needed at the width it last had (no height-for-width, which would make
// every layout pass of a page full of charts ask the strip again): a change in the number of
// lines asks the page for another pass, once.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent)
        : QLayout(parent)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        const int height = arrange(rect, true);
        if (height != m_height) {
            m_height = height;
            invalidate();
        }
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items) {
            if (!item->isEmpty())
                size = size.expandedTo(item->minimumSize());
        }
        return { size.width(), std::max(size.height(), m_height) };
    }

private:
    static constexpr int gap = 6;
    int arrange(const QRect &rect, bool place) const
    {
        int x = rect.x();
        int y = rect.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            if (x > rect.x() && x + hint.width() > rect.right() + 1) {
                x = rect.x();
                y += lineHeight + gap;
                lineHeight = 0;
            }
            if (place)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap;
            lineHeight = std::max(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y();
    }

    int m_height = 0;
    QList<QLayoutItem *> m_items;
};

} // namespace

TodayStrip::TodayStrip(const Session &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("todayStrip"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_title = new QLabel(this);
    emphasise(m_title);
    m_itemBox = new QWidget(this);
    auto *flow = new FlowLayout(m_itemBox);
    m_status = named<QLabel>(QStringLiteral("todayStatus"), m_itemBox);
    m_status->setWordWrap(true);
    flow->addWidget(m_status);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(10);
    layout->addWidget(m_title, 0, Qt::AlignTop);
    layout->addWidget(m_itemBox, 1);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &TodayStrip::refresh);
    m_title->setText(tr("Today"));
}

void TodayStrip::invalidate()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void TodayStrip::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    m_read = true;
    ++m_refreshCount;
    m_figures = TodayService(m_session).read(&m_error);
    rebuild();
}

QString TodayStrip::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void TodayStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_title->setText(tr("Today"));
        if (m_read)
            rebuild();
    }
    QFrame::changeEvent(event);
}

// The page it sits on shows first: the strip reads a moment later, never delaying it.
void TodayStrip::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_stale)
        m_refreshTimer->start();
}

void TodayStrip::rebuild()
{
    qDeleteAll(m_items);
    m_items.clear();
    if (m_error.isError()) {
        // Never "nothing urgent" for figures that could not be read.
        //: Dutch: "Wat vandaag aandacht vraagt, kon niet worden gelezen: %1"
        m_status->setText(
            tr("What needs attention today could not be read: %1").arg(m_error.message));
        m_status->show();
        return;
    }
    addBreachItems();
    addCaseItems();
    if (m_figures.retentionDue > 0) {
        const DueQuery query = TodayService::retentionDue(m_figures.today);
        //: Dutch: "%n bewaartermijn(en) voorbij: te vernietigen"
        addItem(tr("%n retention period(s) passed: to destroy", nullptr, m_figures.retentionDue),
                //: Dutch: "Toont wat vernietigd moet worden: de bewaartermijn is voorbij en er is
                //: geen vernietigingsstop."
                tr("Shows what is due for destruction: the retention period has passed and there "
                   "is no legal hold."),
                false, [this, query] {
                    //: Dutch: "te vernietigen op %1"
                    Q_EMIT retentionDueRequested(query,
                                                 tr("to destroy on %1").arg(shortDate(query.on)));
                });
    }
    const int art19 = static_cast<int>(m_figures.art19Requests.size());
    addCasesItem(
        art19,
        //: Dutch: "%n verzoek(en): ontvangers nog informeren (art. 19 AVG)"
        tr("%n request(s): recipients still to be told (art. 19 GDPR)", nullptr, art19),
        //: Dutch: "Afgeronde rectificaties, verwijderingen en beperkingen waarvan nog
        //: niet alle ontvangers zijn geïnformeerd."
        tr("Completed rectifications, erasures and restrictions whose recipients have "
           "not all been told yet."),
        false, TodayService::art19Cases(m_figures.today, m_figures.art19Requests),
        //: Dutch: "ontvangers nog informeren (art. 19 AVG), %1"
        tr("recipients still to be told (art. 19 GDPR), %1").arg(shortDate(m_figures.today)));
    addHoldItems();
    addMarkItems();
    addMailItems();
    if (m_figures.dpiaReviewsDue > 0)
        //: Dutch: "%n DPIA('s) te herbeoordelen"
        addItem(tr("%n DPIA(s) to review", nullptr, m_figures.dpiaReviewsDue),
                //: Dutch: "Toont de DPIA's waarvan de datum van herbeoordeling is bereikt."
                tr("Shows the DPIAs whose review date has come."), false,
                [this] { Q_EMIT dpiaReviewsRequested(); });
    if (const int reviews = static_cast<int>(m_figures.covenantReviews.size()); reviews > 0)
        //: Dutch: "%n convenant(en) evalueren"
        addItem(tr("%n covenant(s) to review", nullptr, reviews),
                //: Dutch: "Convenanten waarvan de evaluatiedatum is bereikt."
                tr("Covenants whose review date has come."), false,
                [this] { Q_EMIT covenantsRequested(); });
    if (const int agreements = static_cast<int>(m_figures.agreementReviews.size()); agreements > 0)
        //: Dutch: "%n verwerkersovereenkomst(en) evalueren"
        addItem(tr("%n processing agreement(s) to review", nullptr, agreements),
                //: Dutch: "Verwerkers zonder getekende verwerkersovereenkomst of waarvan de
                //: evaluatiedatum is verstreken."
                tr("Processors without a signed processing agreement or whose review date has "
                   "passed."),
                false, [this] { Q_EMIT processorAgreementsRequested(); });
    //: Dutch: "Vandaag is er niets dringends."
    m_status->setText(tr("Nothing urgent today."));
    m_status->setVisible(m_items.isEmpty());
    Q_EMIT rebuilt();
}

// Per request, the marks in the organisation's systems not done: a refused or failed one asks for
// attention; each opens its request, whose Systems tab sends them again.
void TodayStrip::addMarkItems()
{
    QStringList numbers;
    QHash<QString, QList<OutboxItem>> of;
    for (const OutboxItem &m : std::as_const(m_figures.marksOpen)) {
        if (!of.contains(m.caseNumber))
            numbers << m.caseNumber;
        of[m.caseNumber] << m;
    }
    for (const QString &number : std::as_const(numbers)) {
        const QList<OutboxItem> &marks = of[number];
        const bool failed = std::any_of(marks.cbegin(), marks.cend(), [](const OutboxItem &m) {
            return m.state == OutboxState::Refused || m.state == OutboxState::Failed;
        });
        QStringList lines;
        for (const OutboxItem &m : marks)
            lines << QStringLiteral("%1: %2 (%3)")
                         .arg(m.target, VeraWriteBack::actionText(m),
                              m.error.isEmpty() ? codes::label(m.state) : m.error);
        //: Dutch: "%1: %n markering(en) in systemen niet gedaan"
        addItem(tr("%1: %n mark(s) in systems not done", nullptr, int(marks.size())).arg(number),
                lines.join(QLatin1Char('\n')), failed, [this, number] { openRequest(number); });
    }
}

// An item about one request opens just that request, whatever its state, so that a closed one
// with a mark or a letter still open is found too.
void TodayStrip::openRequest(const QString &number)
{
    CaseListFilter filter;
    filter.today = m_figures.today;
    filter.search = number;
    filter.numberFindsAnyState = true;
    Q_EMIT casesRequested(filter, number);
}

// Per request, the letters sent by e-mail that the mail server did not take (yet): each opens its
// request, whose Documenten tab sends it again.
void TodayStrip::addMailItems()
{
    for (const OutboxItem &m : std::as_const(m_figures.mailsOpen)) {
        const QString number = m.caseNumber;
        //: Dutch: "%1: brief per e-mail aan %2 niet verstuurd"
        addItem(tr("%1: letter by e-mail to %2 not sent").arg(number, m.address),
                m.error.isEmpty() ? codes::label(m.state) : m.error, true,
                [this, number] { openRequest(number); });
    }
}

// Data outside Privacydesk to secure before the system overwrites them (within 7
// days, or already), and holds kept past their "vastgelegd tot"; each opens its request or
// breach.
void TodayStrip::addHoldItems()
{
    const auto open = [this](const ExternalHold &h) {
        if (!h.breachNumber.isEmpty()) {
            Q_EMIT breachesRequested(h.breachNumber);
            return;
        }
        openRequest(h.caseNumber);
    };
    for (const ExternalHold &h : std::as_const(m_figures.holdsToSecure)) {
        const QString of = h.caseNumber.isEmpty() ? h.breachNumber : h.caseNumber;
        const bool past = h.overwrittenOn <= m_figures.today;
        const QString text = past
            //: Dutch: "%1: gegevens buiten Privacydesk overschreven op %2"
            ? tr("%1: outside data overwritten on %2")
            //: Dutch: "%1: veiligstellen vóór %2"
            : tr("%1: secure before %2");
        //: Dutch: "%1: %2. Het systeem bewaart het zelf %3 na de opname."
        const QString tip = tr("%1: %2. The system itself keeps it %3 after the recording.")
                                .arg(h.system, h.secured, ExternalHoldTexts::periodCode(h.period));
        addItem(text.arg(of, shortDate(h.overwrittenOn)), tip, true, [open, h] { open(h); });
    }
    for (const ExternalHold &h : std::as_const(m_figures.holdsExpired)) {
        const QString of = h.caseNumber.isEmpty() ? h.breachNumber : h.caseNumber;
        //: Dutch: "%1: bewaring %2 vastgelegd tot %3 is verlopen"
        addItem(tr("%1: hold on %2 kept until %3 has expired")
                    .arg(of, h.system, shortDate(h.keptUntil)),
                //: Dutch: "Geef de bewaring vrij, of leg een nieuwe datum vast."
                tr("Release the hold, or record a new date."), false, [open, h] { open(h); });
    }
    for (const ExternalHold &h : std::as_const(m_figures.holdsWithoutEnd)) {
        const QString of = h.caseNumber.isEmpty() ? h.breachNumber : h.caseNumber;
        //: Dutch: "%1: bewaring %2 zonder einddatum (%3)"
        addItem(tr("%1: hold on %2 without an end date (%3)")
                    .arg(of, h.system, ExternalHoldTexts::closedText(h)),
                //: Dutch: "Geef de bewaring vrij, of leg vast tot wanneer hij nodig is."
                tr("Release the hold, or record until when it is needed."), false,
                [open, h] { open(h); });
    }
}

void TodayStrip::addBreachItems()
{
    for (const BreachClock &clock : std::as_const(m_figures.breachClocks)) {
        const QString number = clock.number;
        const QString text = clock.hoursLeft >= 0
            //: Dutch: "Datalek %1: nog %n uur voor de AP"
            ? tr("Data breach %1: %n hour(s) left for the AP", nullptr, clock.hoursLeft).arg(number)
            // The delay exactly, in hours and minutes: half an hour is not "1 uur".
            //: Dutch: "Datalek %1: AP-melding %2 te laat"
            : tr("Data breach %1: AP notification %2 late")
                  .arg(number, BreachCodes::delayText(clock.deadline.secsTo(m_figures.now)));
        //: Dutch: "%1. De 72 uur om te melden aan de AP (art. 33 AVG) lopen tot %2."
        const QString tip = tr("%1. The 72 hours to notify the AP (art. 33 GDPR) run until %2.")
                                .arg(clock.title, BreachListModel::momentText(clock.deadline));
        addItem(text, tip, true, [this, number] { Q_EMIT breachesRequested(number); });
    }
    const QList<BreachClock> &subjects = m_figures.breachSubjects;
    if (subjects.isEmpty())
        return;
    const QString one = subjects.size() == 1 ? subjects.constFirst().number : QString();
    const QString text = subjects.size() == 1
        //: Dutch: "Datalek %1: betrokkenen nog informeren (art. 34 AVG)"
        ? tr("Data breach %1: inform the people concerned (art. 34 GDPR)").arg(one)
        //: Dutch: "%n datalek(ken): betrokkenen nog informeren (art. 34 AVG)"
        : tr("%n data breach(es): inform the people concerned (art. 34 GDPR)", nullptr,
             static_cast<int>(subjects.size()));
    //: Dutch: "Besloten is de betrokkenen te informeren (art. 34 AVG); dat is nog niet
    //: vastgelegd."
    addItem(text,
            tr("It was decided to inform the people concerned (art. 34 GDPR); that has not been "
               "recorded yet."),
            false, [this, one] { Q_EMIT breachesRequested(one); });
}

void TodayStrip::addCaseItems()
{
    const QDate today = m_figures.today;
    const QString day = shortDate(today);
    addCasesItem(m_figures.lateLegal,
                 //: Dutch: "%n verzoek(en) te laat (wettelijke termijn)"
                 tr("%n request(s) late (legal deadline)", nullptr, m_figures.lateLegal),
                 //: Dutch: "Open verzoeken waarvan de wettelijke termijn (art. 12 lid 3 AVG)
                 //: voorbij is."
                 tr("Open requests past the legal deadline (art. 12(3) GDPR)."), true,
                 TodayService::lateCases(today, LateClock::Legal),
                 //: Dutch: "te laat (wettelijke termijn) op %1"
                 tr("late (legal deadline) on %1").arg(day));
    addCasesItem(m_figures.latePolicyOnly,
                 //: Dutch: "%n verzoek(en) te laat (alleen eigen termijn)"
                 tr("%n request(s) late (own deadline only)", nullptr, m_figures.latePolicyOnly),
                 //: Dutch: "Open verzoeken voorbij de eigen termijn van de organisatie, nog binnen
                 //: de wettelijke termijn."
                 tr("Open requests past the organisation's own deadline, still within the legal "
                    "one."),
                 true, TodayService::lateCases(today, LateClock::PolicyOnly),
                 //: Dutch: "te laat (alleen eigen termijn) op %1"
                 tr("late (own deadline only) on %1").arg(day));
    addCasesItem(m_figures.dueToday,
                 //: Dutch: "%n verzoek(en): uiterste datum vandaag"
                 tr("%n request(s) due today", nullptr, m_figures.dueToday),
                 //: Dutch: "Open verzoeken met vandaag als uiterste datum."
                 tr("Open requests whose deadline is today."), false,
                 TodayService::dueTodayCases(today),
                 //: Dutch: "uiterste datum vandaag, %1"
                 tr("deadline today, %1").arg(day));
    addCasesItem(m_figures.dueWithin7Days,
                 //: Dutch: "%n verzoek(en): uiterste datum binnen 7 dagen"
                 tr("%n request(s) due within 7 days", nullptr, m_figures.dueWithin7Days),
                 //: Dutch: "Open verzoeken met de uiterste datum vandaag of in de komende 7
                 //: dagen."
                 tr("Open requests whose deadline is today or in the next 7 days."), false,
                 TodayService::dueWithin7DaysCases(today),
                 //: Dutch: "uiterste datum binnen 7 dagen na %1"
                 tr("deadline within 7 days of %1").arg(day));
    const bool intakeOnly = !m_figures.registers;
    addCasesItem(
        m_figures.awaitingIdentity,
        intakeOnly
            //: Dutch: "%n verzoek(en) wachten op identificatie"
            ? tr("%n request(s) awaiting identification", nullptr, m_figures.awaitingIdentity)
            //: Dutch: "%n verzoek(en) wachten op identificatie of machtiging"
            : tr("%n request(s) awaiting identification or a mandate", nullptr,
                 m_figures.awaitingIdentity),
        //: Dutch: "Open verzoeken die wachten op de identificatie van de betrokkene of
        //: de machtiging van een gemachtigde."
        tr("Open requests waiting for the data subject's identification or a "
           "representative's mandate."),
        false, TodayService::awaitingIdentityCases(today, intakeOnly),
        //: Dutch: "wachten op identificatie of machtiging, %1"
        tr("awaiting identification or a mandate, %1").arg(day));
}

void TodayStrip::addCasesItem(int count, const QString &text, const QString &toolTip,
                              bool attention, const CaseListFilter &filter,
                              const QString &description)
{
    if (count <= 0)
        return;
    addItem(text, toolTip, attention,
            [this, filter, description] { Q_EMIT casesRequested(filter, description); });
}

QPushButton *TodayStrip::addItem(const QString &text, const QString &toolTip, bool attention,
                                 const std::function<void()> &clicked)
{
    auto *button = named<QPushButton>(QStringLiteral("todayItem%1").arg(m_items.size() + 1), text,
                                      m_itemBox);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    button->setCursor(Qt::PointingHandCursor);
    if (attention) {
        // Not by colour alone: an icon and bold text, as the dashboards' tiles.
        button->setIcon(icons::warning());
        emphasise(button);
    }
    connect(button, &QPushButton::clicked, this, clicked);
    m_itemBox->layout()->addWidget(button);
    m_items << button;
    return button;
}

} // namespace pd::ui
