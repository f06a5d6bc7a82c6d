// A titled list of records with its buttons (RecordListWidget.h).
#include "RecordListWidget.h"

#include "ListRows.h"
#include "MessageLabel.h"
#include "Named.h"
#include "TextEmphasis.h"

#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

RecordListWidget::RecordListWidget(const Session &session, const QString &listName, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    m_title = new QLabel(this);
    emphasise(m_title);
    m_title->setWordWrap(true);
    m_list = named<QListWidget>(listName, this);
    m_list->setMaximumHeight(110);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_message = new MessageLabel(this);
    m_empty = named<QLabel>(listName + u"Empty", this);
    m_empty->hide();
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_empty);
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    layout->addLayout(m_buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
}

void RecordListWidget::addButtons(
    std::initializer_list<std::pair<QPushButton *, std::function<bool()>>> buttons, Permission edit)
{
    m_edit = edit;
    for (const auto &[button, action] : buttons) {
        // Before the stretch, which keeps the buttons at the left.
        m_buttons->insertWidget(m_buttons->count() - 1, button);
        m_access.offer(button, edit);
        if (button != buttons.begin()->first)
            m_recordButtons << button;
        connect(button, &QPushButton::clicked, this, [run = action] { run(); });
    }
}

void RecordListWidget::setTitle(const QString &title)
{
    m_title->setText(title);
    m_list->setAccessibleName(title);
}

QStringList RecordListWidget::lines() const
{
    return rowTexts(*m_list);
}

bool RecordListWidget::startReload(bool readable)
{
    m_list->clear();
    setVisible(readable);
    return readable;
}

void RecordListWidget::readFailed(const QString &text)
{
    m_message->setMessage(text);
    showCompact(false, {});
    updateButtons();
}

void RecordListWidget::finishReload(bool empty, const QString &emptyText)
{
    m_message->setMessage({});
    if (empty)
        new QListWidgetItem(emptyText, m_list);
    showCompact(empty, emptyText);
    updateButtons();
}

// Without records the section is one line: what it holds ("No holds.") beside the button that
// adds one, not an empty list of 110 pixels with buttons that need a record.
void RecordListWidget::showCompact(bool empty, const QString &emptyText)
{
    m_list->setVisible(!empty);
    m_empty->setText(emptyText);
    m_empty->setVisible(empty);
    for (QPushButton *button : std::as_const(m_recordButtons))
        button->setVisible(!empty && m_access.may(m_edit));
}

bool RecordListWidget::saved()
{
    reload();
    Q_EMIT changed();
    return true;
}

bool RecordListWidget::execSaved(QDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted && saved();
}

bool RecordListWidget::saved(bool ok, const ServiceError &error)
{
    if (!ok) {
        m_message->setMessage(error.message);
        return false;
    }
    return saved();
}

} // namespace pd::ui
