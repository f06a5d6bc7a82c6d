#include "HelpWindow.h"

#include "AccessibleNames.h"
#include "Named.h"
#include "WindowSize.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QPointer<HelpWindow> theWindow;

struct TopicAnchor
{
    HelpTopic topic;
    const char16_t *anchor;
};

// The anchors are Dutch words in both manuals, so that a link or a test names one section.
constexpr TopicAnchor topicAnchors[] = {
    { HelpTopic::Start, u"start" },
    { HelpTopic::Requests, u"verzoeken" },
    { HelpTopic::CaseDetail, u"verzoek-behandelen" },
    { HelpTopic::Identification, u"identificatie" },
    { HelpTopic::Extension, u"verlengen" },
    { HelpTopic::Completion, u"afronden" },
    { HelpTopic::Letters, u"brieven" },
    { HelpTopic::ComplaintDossier, u"ap-dossier" },
    { HelpTopic::AccessExport, u"inzage-export" },
    { HelpTopic::PhoneIntake, u"telefoon" },
    { HelpTopic::NewRequest, u"nieuw-verzoek" },
    { HelpTopic::Deadlines, u"termijnen" },
    { HelpTopic::Disclosures, u"verstrekkingen" },
    { HelpTopic::Retention, u"bewaartermijnen" },
    { HelpTopic::ImportPersons, u"personen-importeren" },
    { HelpTopic::ProcessingRegister, u"verwerkingsregister" },
    { HelpTopic::Dashboards, u"dashboards" },
    { HelpTopic::DataBreaches, u"datalekken" },
    { HelpTopic::Backup, u"back-up" },
    { HelpTopic::Restore, u"terugzetten" },
    { HelpTopic::Users, u"gebruikers" },
    { HelpTopic::Settings, u"instellingen" },
    { HelpTopic::Locked, u"vergrendeld" },
    { HelpTopic::Shortcuts, u"sneltoetsen" },
};

bool isHelpKey(const QKeyEvent *event)
{
    return QKeySequence(event->keyCombination()).matches(QKeySequence(QKeySequence::HelpContents))
        == QKeySequence::ExactMatch;
}

// F1 anywhere: the focused widget names its section. Inside the main window the menu's own
// shortcut does the same first; this catches the dialogs, whose windows it does not reach.
class ContextHelpFilter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->isAutoRepeat() || !isHelpKey(key))
            return false;
        const auto *widget = static_cast<QWidget *>(watched);
        // The guide itself has no context of its own: F1 there leaves it where it is.
        if (widget->window() == theWindow.data())
            return true;
        const QWidget *focus = QApplication::focusWidget();
        showContextHelp(focus && focus->window() == widget->window() ? focus : widget);
        return true;
    }
};

QPointer<ContextHelpFilter> theFilter;

} // namespace

QString helpAnchor(HelpTopic topic)
{
    for (const TopicAnchor &entry : topicAnchors) {
        if (entry.topic == topic)
            return QString::fromUtf16(entry.anchor);
    }
    return QStringLiteral("start");
}

QList<HelpTopic> allHelpTopics()
{
    QList<HelpTopic> topics;
    for (const TopicAnchor &entry : topicAnchors)
        topics << entry.topic;
    return topics;
}

void setHelpTopic(QWidget *widget, HelpTopic topic)
{
    if (widget)
        widget->setProperty(helpAnchorProperty, helpAnchor(topic));
}

QString helpAnchorFor(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString anchor = w->property(helpAnchorProperty).toString();
        if (!anchor.isEmpty())
            return anchor;
    }
    return {};
}

void installContextHelp()
{
    if (theFilter || !qApp)
        return;
    theFilter = new ContextHelpFilter(qApp);
    qApp->installEventFilter(theFilter);
}

void showContextHelp(const QWidget *context)
{
    HelpWindow::open(helpAnchorFor(context));
}

HelpWindow *HelpWindow::instance()
{
    return theWindow.data();
}

HelpWindow *HelpWindow::open(const QString &anchor)
{
    if (!theWindow) {
        theWindow = new HelpWindow;
        // Closed with the application at the latest (it has no parent to take it along).
        HelpWindow *made = theWindow.data();
        connect(qApp, &QCoreApplication::aboutToQuit, made, [made] { delete made; });
    }
    HelpWindow *window = theWindow.data();
    QWidget *modal = QApplication::activeModalWidget();
    window->attachTo(modal && modal->windowModality() == Qt::ApplicationModal ? modal : nullptr);
    window->showAnchor(anchor);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QUrl HelpWindow::manualUrl(UiLanguage language)
{
    return QUrl(language == UiLanguage::English
                    ? QStringLiteral("qrc:/manual/en/manual.html")
                    : QStringLiteral("qrc:/manual/nl/handleiding.html"));
}

UiLanguage HelpWindow::currentLanguage()
{
    // installTranslations() sets the default locale along with the translation.
    return QLocale().language() == QLocale::English ? UiLanguage::English : UiLanguage::Dutch;
}

HelpWindow::HelpWindow()
    : QWidget(nullptr, Qt::Window)
    , m_browser(named<QTextBrowser>(QStringLiteral("helpBrowser"), this))
    , m_contents(named<QTreeWidget>(QStringLiteral("helpContents"), this))
    , m_find(named<QLineEdit>(QStringLiteral("helpFind"), this))
    , m_findStatus(new QLabel(this))
    , m_back(named<QAction>(QStringLiteral("helpBack"), this))
    , m_forward(named<QAction>(QStringLiteral("helpForward"), this))
    , m_home(named<QAction>(QStringLiteral("helpHome"), this))
    , m_findAction(new QAction(this))
    , m_findNextAction(new QAction(this))
    , m_findPreviousAction(new QAction(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    // Reading the guide must not keep Privacydesk running once the desk is closed.
    setAttribute(Qt::WA_QuitOnClose, false);
    m_language = currentLanguage();

    // Links are followed here, and only inside the manual: no web site is ever opened.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(16);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::followLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::selectContentsItem);

    m_contents->setHeaderHidden(true);
    m_contents->setRootIsDecorated(true);
    m_contents->setUniformRowHeights(true);
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showAnchor(item->data(0, Qt::UserRole).toString()); });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showAnchor(item->data(0, Qt::UserRole).toString()); });

    const QStyle *style = this->style();
    m_back->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    m_forward->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    m_home->setIcon(style->standardIcon(QStyle::SP_DirHomeIcon));
    connect(m_home, &QAction::triggered, this,
            [this] { showAnchor(helpAnchor(HelpTopic::Start)); });

    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(280);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textChanged, this, [this] { m_findStatus->clear(); });
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    connect(m_findNextAction, &QAction::triggered, this, [this] { findNext(); });
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    connect(m_findPreviousAction, &QAction::triggered, this, [this] { findNext(true); });
    addActions({ m_findAction, m_findNextAction, m_findPreviousAction });

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_back);
    toolBar->addAction(m_forward);
    toolBar->addAction(m_home);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_findStatus);
    toolBar->addWidget(m_find);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);

    resizeWithinScreen(this, QSize(1000, 700));
    splitter->setSizes({ width() / 4, width() * 3 / 4 });

    retranslateUi();
    load(m_language, {});
}

HelpWindow::~HelpWindow()
{
    if (m_host)
        m_host->removeEventFilter(this);
}

void HelpWindow::load(UiLanguage language, const QString &anchor)
{
    m_language = language;
    QUrl url = manualUrl(language);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->clearHistory();
    m_browser->setSource(url, QTextDocument::HtmlResource);
    buildContents();
    selectContentsItem();
}

void HelpWindow::showAnchor(const QString &anchor)
{
    const UiLanguage language = currentLanguage();
    if (language != m_language) {
        load(language, anchor);
        return;
    }
    QUrl url = manualUrl(language);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    if (url == m_browser->source()) {
        // The same section again: back to its heading all the same.
        if (anchor.isEmpty())
            m_browser->moveCursor(QTextCursor::Start);
        else
            m_browser->scrollToAnchor(anchor);
        selectContentsItem();
        return;
    }
    m_browser->setSource(url, QTextDocument::HtmlResource);
    selectContentsItem();
}

QString HelpWindow::currentAnchor() const
{
    return m_browser->source().fragment();
}

bool HelpWindow::findNext(bool backward)
{
    const QString text = m_find->text().trimmed();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Once round the page: from the other end.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

void HelpWindow::buildContents()
{
    m_contents->clear();
    QTreeWidgetItem *chapter = nullptr;
    const QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level != 2 && level != 3)
            continue;
        QString anchor;
        for (auto it = block.begin(); !it.atEnd() && anchor.isEmpty(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (!names.isEmpty())
                anchor = names.first();
        }
        if (anchor.isEmpty())
            continue;
        QTreeWidgetItem *item = level == 2 || !chapter ? new QTreeWidgetItem(m_contents)
                                                       : new QTreeWidgetItem(chapter);
        item->setText(0, block.text().simplified());
        item->setData(0, Qt::UserRole, anchor);
        if (level == 2)
            chapter = item;
    }
    m_contents->expandAll();
}

void HelpWindow::selectContentsItem()
{
    const QString anchor = currentAnchor();
    QTreeWidgetItemIterator it(m_contents);
    for (; *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == anchor) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentItem(*it);
            m_contents->scrollToItem(*it);
            return;
        }
    }
    m_contents->clearSelection();
}

void HelpWindow::followLink(const QUrl &url)
{
    // Within the manual only: "#anchor" or the manual's own URL.
    if (url.isRelative() && url.path().isEmpty()) {
        showAnchor(url.fragment());
        return;
    }
    if (url.scheme() == u"qrc" && url.path() == manualUrl(m_language).path())
        showAnchor(url.fragment());
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The other language's manual, at the same section.
        if (currentLanguage() != m_language)
            load(currentLanguage(), currentAnchor());
    }
    QWidget::changeEvent(event);
}

bool HelpWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Hide) {
        // The dialog that held the guide closes: the guide stays, on its own again.
        const bool visible = isVisible();
        attachTo(nullptr);
        if (visible)
            show();
    }
    return QWidget::eventFilter(watched, event);
}

void HelpWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void HelpWindow::attachTo(QWidget *host)
{
    if (host == m_host)
        return;
    if (m_host)
        m_host->removeEventFilter(this);
    const QRect geometry = this->geometry();
    const bool visible = isVisible();
    m_host = host;
    setParent(host, Qt::Window);
    if (m_host)
        m_host->installEventFilter(this);
    if (visible) {
        setGeometry(geometry);
        show();
    }
}

void HelpWindow::retranslateUi()
{
    setWindowTitle(tr("User guide — Privacydesk"));
    AccessibleNames::nameToolBarExtensions(this);
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back (%1)").arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(
        tr("Forward (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_home->setText(tr("Contents"));
    m_home->setToolTip(tr("The start of the user guide"));
    m_find->setPlaceholderText(tr("Search this page (Ctrl+F)"));
    m_find->setAccessibleName(tr("Search the user guide"));
    m_contents->setAccessibleName(tr("Table of contents"));
    m_browser->setAccessibleName(tr("User guide"));
}

} // namespace pd::ui
