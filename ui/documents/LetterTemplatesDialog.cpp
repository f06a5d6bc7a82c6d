#include "documents/LetterTemplatesDialog.h"

#include "HelpWindow.h"
#include "MessageLabel.h"
#include "Named.h"
#include "WindowSize.h"
#include "sending/MailTexts.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace pd::ui {

LetterTemplatesDialog::LetterTemplatesDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kinds(named<QListWidget>(QStringLiteral("kinds"), this))
    , m_editor(named<QPlainTextEdit>(QStringLiteral("editor"), this))
    , m_placeholders(named<QListWidget>(QStringLiteral("placeholders"), this))
    , m_message(named<MessageLabel>(QStringLiteral("message"), this))
    , m_confirmNotBsn(named<QCheckBox>(QStringLiteral("bsnOverride"),
                                       tr("This is not a BSN (the confirmation is recorded)"),
                                       this))
    , m_save(named<QPushButton>(QStringLiteral("save"), tr("&Save"), this))
    , m_reset(named<QPushButton>(QStringLiteral("reset"), tr("Reset to &default"), this))
    //: Dutch: "De e-&mailtekst bij de brief bewerken (platte tekst, eerste regel het onderwerp)"
    , m_mailText(new QCheckBox(tr("Edit the e-&mail text sent with the letter (plain text, its "
                                  "first line the subject)"),
                               this))
{
    m_mailText->setObjectName(QStringLiteral("mailText"));
    setObjectName(QStringLiteral("letterTemplatesDialog"));
    setHelpTopic(this, HelpTopic::Letters);
    setWindowTitle(tr("Letter templates"));
    m_kinds->setAccessibleName(tr("Kinds of letter"));
    m_editor->setAccessibleName(tr("Template (Dutch HTML)"));
    m_placeholders->setAccessibleName(tr("Placeholders"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    m_save->setToolTip(tr("Store this template for every new letter of this kind (Ctrl+S)"));
    m_reset->setToolTip(tr("Put Privacydesk's own text back for this kind"));
    m_confirmNotBsn->hide();

    for (LetterKind kind : LetterCodes::kinds()) {
        auto *item = new QListWidgetItem(codes::label(kind), m_kinds);
        item->setData(Qt::UserRole, static_cast<int>(kind));
    }
    for (const LetterPlaceholder &placeholder : LetterTemplates::placeholders()) {
        auto *item
            = new QListWidgetItem(QStringLiteral("{{%1}}").arg(placeholder.name), m_placeholders);
        item->setData(Qt::UserRole, placeholder.name);
        item->setToolTip(placeholder.description);
    }

    QSplitter *splitter = createColumns();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &LetterTemplatesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(1100, 700));

    connect(m_kinds, &QListWidget::currentRowChanged, this, &LetterTemplatesDialog::kindChanged);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &LetterTemplatesDialog::textChanged);
    connect(m_confirmNotBsn, &QCheckBox::toggled, this, &LetterTemplatesDialog::revalidate);
    connect(m_mailText, &QCheckBox::toggled, this, [this] {
        refreshList();
        kindChanged();
    });
    connect(m_placeholders, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        insertPlaceholder(item->data(Qt::UserRole).toString());
    });
    connect(m_save, &QPushButton::clicked, this, &LetterTemplatesDialog::save);
    connect(m_reset, &QPushButton::clicked, this, &LetterTemplatesDialog::resetToDefault);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &LetterTemplatesDialog::save);
    refreshList();
    m_kinds->setCurrentRow(0);
    m_kinds->setFocus();
}

// Side by side: the kinds of letter, the template with its message, and the placeholders
// with what the chosen one means.
QSplitter *LetterTemplatesDialog::createColumns()
{
    auto *kindsLabel = new QLabel(tr("&Letter:"), this);
    kindsLabel->setBuddy(m_kinds);
    auto *editorLabel
        = new QLabel(tr("&Template (Dutch HTML; the letter goes to Dutch tenants):"), this);
    editorLabel->setBuddy(m_editor);
    editorLabel->setWordWrap(true);
    auto *placeholdersLabel
        = new QLabel(tr("&Placeholders (double-click or Enter to insert):"), this);
    placeholdersLabel->setBuddy(m_placeholders);
    placeholdersLabel->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(kindsLabel);
    leftLayout->addWidget(m_kinds, 1);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(editorLabel);
    middleLayout->addWidget(m_mailText);
    middleLayout->addWidget(m_editor, 1);
    middleLayout->addWidget(m_message);
    middleLayout->addWidget(m_confirmNotBsn);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(placeholdersLabel);
    rightLayout->addWidget(m_placeholders, 1);
    auto *description = named<QLabel>(QStringLiteral("placeholderDescription"), this);
    description->setWordWrap(true);
    description->setMinimumHeight(description->fontMetrics().lineSpacing() * 3);
    description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    rightLayout->addWidget(description);
    connect(m_placeholders, &QListWidget::currentItemChanged, description,
            [description](QListWidgetItem *item) {
                description->setText(item ? item->toolTip() : QString());
            });
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 230, 560, 290 });
    splitter->setChildrenCollapsible(false);
    return splitter;
}

LetterKind LetterTemplatesDialog::kind() const
{
    const QListWidgetItem *item = m_kinds->currentItem();
    return item ? static_cast<LetterKind>(item->data(Qt::UserRole).toInt())
                : LetterKind::Ontvangstbevestiging;
}

void LetterTemplatesDialog::selectKind(LetterKind kind)
{
    for (int row = 0; row < m_kinds->count(); ++row) {
        if (m_kinds->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(kind))
            m_kinds->setCurrentRow(row);
    }
}

bool LetterTemplatesDialog::hasUnsavedChanges() const
{
    return !m_drafts.isEmpty();
}

void LetterTemplatesDialog::refreshList()
{
    for (int row = 0; row < m_kinds->count(); ++row) {
        QListWidgetItem *item = m_kinds->item(row);
        const auto kind = static_cast<LetterKind>(item->data(Qt::UserRole).toInt());
        const LetterTemplate stored = storedText(kind);
        QString text = codes::label(kind);
        if (stored.customised)
            text = tr("%1 (own text)").arg(text);
        if (m_drafts.contains(draftKey(kind)))
            text += QStringLiteral(" *");
        item->setText(text);
        item->setToolTip(stored.customised
                             ? tr("Changed by %1 on %2")
                                   .arg(stored.changedBy,
                                        QLocale().toString(organisationTime(stored.changedAt),
                                                           QLocale::ShortFormat))
                             : tr("Privacydesk's default text"));
    }
}

bool LetterTemplatesDialog::mailMode() const
{
    return m_mailText->isChecked();
}

int LetterTemplatesDialog::draftKey(LetterKind kind) const
{
    // A letter's draft and its e-mail's never share a key.
    return static_cast<int>(kind) + (mailMode() ? 1000 : 0);
}

LetterTemplate LetterTemplatesDialog::storedText(LetterKind kind) const
{
    if (!mailMode())
        return LetterService(m_session).templateFor(kind);
    ServiceError error;
    // One that cannot be read shows as the default, as a letter's template does.
    LetterTemplate fallback;
    fallback.kind = kind;
    fallback.html = MailTexts::defaultText(kind);
    return MailTextService(m_session).textFor(kind, &error).value_or(fallback);
}

void LetterTemplatesDialog::kindChanged()
{
    const int key = draftKey(kind());
    m_loading = true;
    m_editor->setPlainText(m_drafts.contains(key) ? m_drafts.value(key) : storedText(kind()).html);
    m_loading = false;
    m_confirmNotBsn->setChecked(false);
    revalidate();
}

void LetterTemplatesDialog::textChanged()
{
    if (m_loading)
        return;
    const int key = draftKey(kind());
    const QString stored = storedText(kind()).html;
    const bool changed = m_editor->toPlainText() != stored;
    const bool hadDraft = m_drafts.contains(key);
    if (changed)
        m_drafts.insert(key, m_editor->toPlainText());
    else
        m_drafts.remove(key);
    if (hadDraft != changed)
        refreshList();
    m_confirmNotBsn->setChecked(false);
    revalidate();
}

void LetterTemplatesDialog::revalidate()
{
    const QString html = m_editor->toPlainText();
    m_problems = mailMode() ? MailTexts::check(html) : LetterTemplates::check(kind(), html);
    const QList<BsnFinding> findings
        = findBsnNumbers(mailMode() ? html : LetterTemplates::plainText(html));
    m_bsnFound = !findings.isEmpty();
    m_confirmNotBsn->setVisible(m_bsnFound);
    QString message = m_problems.join(u'\n');
    if (m_bsnFound) {
        const QString bsn = BsnGuard::refusalMessage(findings, tr("Letter template"));
        message = message.isEmpty() ? bsn : message + u'\n' + bsn;
        if (!m_confirmNotBsn->isChecked())
            m_problems << bsn;
    }
    m_message->setMessage(message);
    m_save->setEnabled(m_problems.isEmpty() && m_drafts.contains(draftKey(kind())));
    m_reset->setEnabled(storedText(kind()).customised || m_drafts.contains(draftKey(kind())));
}

void LetterTemplatesDialog::insertPlaceholder(const QString &name)
{
    m_editor->insertPlainText(QStringLiteral("{{%1}}").arg(name));
    m_editor->setFocus();
}

bool LetterTemplatesDialog::save()
{
    if (!m_save->isEnabled())
        return false;
    ServiceError error;
    const BsnCheck check = bsnCheckFrom(m_confirmNotBsn->isChecked());
    return stored(
        mailMode()
            ? MailTextService(m_session).save(kind(), m_editor->toPlainText(), check, &error)
            : LetterService(m_session).saveTemplate(kind(), m_editor->toPlainText(), check, &error),
        error);
}

bool LetterTemplatesDialog::resetToDefault()
{
    if (!m_reset->isEnabled())
        return false;
    ServiceError error;
    return stored(mailMode() ? MailTextService(m_session).reset(kind(), &error)
                             : LetterService(m_session).resetTemplate(kind(), &error),
                  error);
}

// The kind's draft is gone once its text is stored; the list and the editor show the new text.
bool LetterTemplatesDialog::stored(bool ok, const ServiceError &error)
{
    if (!ok) {
        m_message->setMessage(error.message);
        return false;
    }
    m_drafts.remove(draftKey(kind()));
    refreshList();
    kindChanged();
    return true;
}

void LetterTemplatesDialog::reject()
{
    if (hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Letter templates"),
            tr("%n template(s) have changes that were not saved. Close and discard them?", nullptr,
               static_cast<int>(m_drafts.size())),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
        m_drafts.clear();
    }
    QDialog::reject();
}

} // namespace pd::ui
