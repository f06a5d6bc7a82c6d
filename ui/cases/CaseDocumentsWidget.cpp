#include "cases/CaseDocumentsWidget.h"

#include "documents/DocumentPreview.h"
#include "documents/LetterKind.h"
#include "documents/Letters.h"
#include "documents/PrintedDocument.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

void bind(QPushButton *button, QAction *action)
{
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    const auto update = [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
        button->setToolTip(action->toolTip());
    };
    QObject::connect(action, &QAction::changed, button, update);
    update();
}

} // namespace

CaseDocumentsWidget::CaseDocumentsWidget(const Store &store, QWidget *parent, const Clock &clock)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_access(DeskAccess::of(store))
    , m_intro(new QLabel(this))
    , m_letters(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_letterButton(new QPushButton(this))
    , m_dossierButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_letters->setObjectName(QStringLiteral("caseLetters"));
    m_letters->setRootIsDecorated(false);
    m_letters->setUniformRowHeights(true);
    m_letters->setAlternatingRowColors(true);
    m_letters->setColumnCount(4);
    m_letters->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_letters->header()->setStretchLastSection(true);
    connect(m_letters, &QTreeWidget::itemActivated, this, &CaseDocumentsWidget::openLetter);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_letterButton);
    buttons->addWidget(m_dossierButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_letters, 1);
    layout->addWidget(m_empty, 1);
    retranslateUi();
}

void CaseDocumentsWidget::setActions(QAction *letter, QAction *dossier, QAction *exportPerson)
{
    bind(m_letterButton, letter);
    bind(m_dossierButton, dossier);
    bind(m_exportButton, exportPerson);
}

void CaseDocumentsWidget::showCase(const QString &number)
{
    m_number = number;
    reload();
}

void CaseDocumentsWidget::reload()
{
    m_letters->clear();
    // Letters are part of the full request file: a role without it (KCC) does not ask (the
    // refusal would be audited on every view).
    m_shown = m_number.isEmpty() || !m_access.may(Permission::ViewAllCases)
        ? QList<Letter>()
        : LetterService(m_store, m_clock).letters(m_number);
    for (const Letter &letter : std::as_const(m_shown)) {
        auto *item = new QTreeWidgetItem(
            m_letters,
            { QLocale().toString(letter.generatedAt.toLocalTime(), QLocale::ShortFormat),
              LetterCodes::label(letter.kind), letter.generatedBy,
              letter.destroyed ? tr("text destroyed (retention)")
                               : letter.sha256.left(16) + QStringLiteral("…") });
        item->setData(0, Qt::UserRole, letter.id);
        item->setToolTip(3, letter.sha256);
    }
    m_letters->setVisible(!m_shown.isEmpty());
    m_empty->setVisible(m_shown.isEmpty());
}

void CaseDocumentsWidget::openLetter()
{
    const QTreeWidgetItem *item = m_letters->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const Letter &letter : std::as_const(m_shown)) {
        if (letter.id != id || letter.destroyed)
            continue;
        // The recorded text, as it was sent: printing it again records nothing new.
        const QString html = letter.html;
        const QString title = letter.title();
        const PrintedDocument::Marking marking = PrintedDocument::marking(m_store);
        DocumentPreview::preview(this, title,
                                 [html, title, marking](QPagedPaintDevice *device) {
                                     QTextDocument document;
                                     LetterService::fillDocument(&document, html);
                                     return PrintedDocument::paint(&document, device, title,
                                                                   marking);
                                 },
                                 {});
        return;
    }
}

void CaseDocumentsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void CaseDocumentsWidget::retranslateUi()
{
    m_intro->setText(tr("Letters sent for this request, as recorded: the fingerprint (SHA-256) "
                        "is also in the audit trail, so the AP complaint dossier can show that "
                        "the text was not changed afterwards."));
    m_letters->setHeaderLabels({ tr("Date"), tr("Letter"), tr("By"), tr("Fingerprint") });
    m_empty->setText(m_access.may(Permission::ProduceDocuments)
                         ? tr("No letter has been recorded for this request yet. Write the "
                              "acknowledgement of receipt with “Write a letter…”.")
                         : tr("No letter has been recorded for this request yet."));
}

} // namespace pd::ui
