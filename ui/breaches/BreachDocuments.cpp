#include "breaches/BreachDocuments.h"

#include "FormFields.h"
#include "MessageLabel.h"
#include "Named.h"
#include "SensitiveClipboard.h"
#include "breaches/BreachService.h"
#include "documents/DocumentPreview.h"
#include "documents/LetterDialog.h"
#include "intake/PersonSearchWidget.h"
#include "letters/Letters.h"
#include "print/PrintedDocument.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/OutputFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString personText(const QString &name, const QString &klantnummer)
{
    return klantnummer.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, klantnummer);
}

} // namespace

// ---------------------------------------------------------------------------------------------

BreachNotificationDialog::BreachNotificationDialog(const Session &session, const QString &number,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(number)
{
    setObjectName(QStringLiteral("breachNotificationDialog"));
    setWindowTitle(BreachNotification::documentTitle(number));
    m_preview = named<QTextBrowser>(QStringLiteral("breachNotificationPreview"), this);
    m_preview->setAccessibleName(tr("The AP notification"));
    m_message = new MessageLabel(this);
    m_print = named<QPushButton>(QStringLiteral("breachNotificationPrint"), tr("&Print…"), this);
    m_save
        = named<QPushButton>(QStringLiteral("breachNotificationSave"), tr("Save as P&DF…"), this);
    m_copy = named<QPushButton>(QStringLiteral("breachNotificationCopy"), tr("Copy te&xt"), this);
    m_copy->setToolTip(tr("Copy the text to paste it into the AP's notification form"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    auto *intro = new QLabel(BreachNotification::introText(), this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(760, 720);

    ServiceError error;
    m_content = BreachNotification(session).collect(number, &error);
    if (m_content)
        m_preview->setHtml(BreachNotification::html(*m_content));
    else
        m_message->setMessage(error.message);
    for (QPushButton *button : { m_print, m_save, m_copy })
        button->setEnabled(m_content.has_value());

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(m_save, &QPushButton::clicked, this, &BreachNotificationDialog::askAndSave);
    connect(m_copy, &QPushButton::clicked, this, [this] { copyText(); });
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, [this] { print(); });
}

QString BreachNotificationDialog::message() const
{
    return m_message->message();
}

bool BreachNotificationDialog::saveAsPdf(const QString &path)
{
    if (!m_content)
        return false;
    QString error;
    if (!BreachNotification::writePdf(*m_content, PrintedDocument::marking(m_session.store()),
                                      OutputTarget(path, true, m_session.store().directory()),
                                      &error)) {
        m_message->setMessage(error);
        return false;
    }
    m_message->setMessage(tr("Saved as %1.").arg(path), MessageLabel::Kind::Done);
    return true;
}

bool BreachNotificationDialog::copyText()
{
    if (!m_content)
        return false;
    // Marked for clipboard managers and taken off again after a while, as every copy.
    SensitiveClipboard::instance()->copy(BreachNotification::text(*m_content));
    m_message->setMessage(tr("The text is on the clipboard: paste it into the AP's form."),
                          MessageLabel::Kind::Done);
    return true;
}

// "Print…" in one step: the print dialog at once; the preview stays for the tests
// that look at what it paints.
bool BreachNotificationDialog::print()
{
    if (!m_content)
        return false;
    return DocumentPreview::print(this, printable(), {}, DocumentPreview::reportIn(m_message));
}

QDialog *BreachNotificationDialog::preview()
{
    return m_content ? DocumentPreview::preview(this, printable()) : nullptr;
}

DocumentPreview::Document BreachNotificationDialog::printable() const
{
    DocumentPreview::Document document;
    document.title = BreachNotification::documentTitle(m_number);
    document.marking = PrintedDocument::marking(m_session.store());
    document.storeDirectory = m_session.store().directory();
    const BreachNotificationContent content = *m_content;
    document.fill = [content](QTextDocument *text, QString *) {
        BreachNotification::fillDocument(text, content);
        return true;
    };
    return document;
}

void BreachNotificationDialog::askAndSave()
{
    const QString path = DocumentPreview::askPdfPath(this, tr("Save the AP notification as PDF"),
                                                     tr("ap-notification-%1.pdf").arg(m_number));
    if (!path.isEmpty())
        saveAsPdf(path);
}

// ---------------------------------------------------------------------------------------------

BreachPersonsDialog::BreachPersonsDialog(const Session &session, const Breach &breach,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(breach.number)
{
    setObjectName(QStringLiteral("breachPersonsDialog"));
    setWindowTitle(tr("Persons concerned by %1").arg(breach.number));
    m_search = new PersonSearchWidget(session, PersonSearchWidget::Wording::DataSubject, this);
    m_add = named<QPushButton>(QStringLiteral("breachPersonAdd"), tr("Add to the &breach"), this);
    m_remove = named<QPushButton>(QStringLiteral("breachPersonRemove"), tr("Unl&ink"), this);
    m_list = named<QListWidget>(QStringLiteral("breachPersonList"), this);
    m_list->setAccessibleName(tr("Linked persons"));
    m_message = new MessageLabel(this);
    for (const BreachPerson &p : breach.linkedPersons)
        addPerson(p.id, personText(p.name, p.klantnummer));
    auto *listLabel = new QLabel(tr("Lin&ked persons:"), this);
    listLabel->setBuddy(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search, 1);
    layout->addLayout(row);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 640);

    connect(m_add, &QPushButton::clicked, this, [this] { addChosen(); });
    connect(m_search, &PersonSearchWidget::personTaken, this, [this] { addChosen(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAt(m_list->currentRow()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &BreachPersonsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool BreachPersonsDialog::addChosen()
{
    const auto chosen = m_search->selectedPerson();
    if (!chosen) {
        m_message->setMessage(tr("Choose a person in the search results first. A person must "
                                 "be known in Privacydesk to be linked."));
        return false;
    }
    return addPerson(chosen->person.id,
                     personText(chosen->person.name, chosen->person.klantnummer));
}

bool BreachPersonsDialog::addPerson(qint64 id, const QString &text)
{
    if (id <= 0 || personIds().contains(id))
        return false;
    auto *item = new QListWidgetItem(text, m_list);
    item->setData(Qt::UserRole, id);
    m_message->setMessage({});
    return true;
}

void BreachPersonsDialog::removeAt(int row)
{
    delete m_list->takeItem(row);
}

QList<qint64> BreachPersonsDialog::personIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

QString BreachPersonsDialog::message() const
{
    return m_message->message();
}

void BreachPersonsDialog::accept()
{
    ServiceError error;
    if (!BreachService(m_session).linkPersons(m_number, personIds(), &error)) {
        m_message->setMessage(error.message);
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

BreachLetterDialog::BreachLetterDialog(const Session &session, const QString &number,
                                       qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(number)
{
    setObjectName(QStringLiteral("breachLetterDialog"));
    setWindowTitle(tr("Notice of the data breach %1").arg(number));
    m_preview = named<QTextBrowser>(QStringLiteral("breachLetterPreview"), this);
    m_preview->setAccessibleName(tr("The letter"));
    m_message = new MessageLabel(this);
    m_confirmNotBsn = new QCheckBox(tr("The &numbers in the letter are not a BSN"), this);
    m_confirmNotBsn->hide();
    m_print = named<QPushButton>(QStringLiteral("breachLetterPrint"), tr("&Print…"), this);
    m_save = named<QPushButton>(QStringLiteral("breachLetterSave"), tr("Save as P&DF…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_confirmNotBsn);
    layout->addWidget(buttons);
    resize(760, 720);

    ServiceError error;
    m_rendered = BreachLetterService(session).render(number, personId, &error);
    if (m_rendered) {
        m_preview->setHtml(m_rendered->html);
        if (!m_rendered->warning.isEmpty())
            m_message->setMessage(m_rendered->warning);
        m_confirmNotBsn->setVisible(!m_rendered->bsnFindings.isEmpty());
    } else {
        m_message->setMessage(error.message);
    }
    m_print->setEnabled(m_rendered.has_value());
    m_save->setEnabled(m_rendered.has_value());

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(m_save, &QPushButton::clicked, this, &BreachLetterDialog::askAndSave);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, [this] { print(); });
}

QString BreachLetterDialog::message() const
{
    return m_message->message();
}

bool BreachLetterDialog::recordShown()
{
    if (!m_rendered)
        return false;
    if (m_recorded)
        return true; // recorded once: a second copy is the same letter
    ServiceError error;
    m_recorded = BreachLetterService(m_session).record(
        *m_rendered, bsnCheckFrom(m_confirmNotBsn->isChecked()), &error);
    if (!m_recorded) {
        m_message->setMessage(error.message);
        if (error.code == ServiceError::Code::BsnRefused)
            m_confirmNotBsn->show();
        return false;
    }
    m_message->setMessage(tr("%1 recorded (SHA-256 %2…). Record the day it is sent with "
                             "\"Sent on…\".")
                              .arg(m_recorded->title(), m_recorded->sha256.left(8)),
                          MessageLabel::Kind::Done);
    Q_EMIT letterRecorded();
    return true;
}

bool BreachLetterDialog::saveAsPdf(const QString &path)
{
    if (!m_rendered)
        return false;
    return saveRecordedPdf(m_session.store(), m_rendered->html, m_rendered->title, path, m_message,
                           [this] { return recordShown(); });
}

// "Print…" in one step: the print dialog at once, recorded once CUPS accepted the
// job or "print to file" wrote the PDF.
bool BreachLetterDialog::print()
{
    if (!m_rendered)
        return false;
    const bool printed = DocumentPreview::print(
        this, printable(), [this](const DocumentPreview::Printed &) { return recordShown(); },
        DocumentPreview::reportIn(m_message));
    if (printed)
        m_print->setEnabled(false); // a second print would record a second letter
    return printed;
}

QDialog *BreachLetterDialog::preview()
{
    if (!m_rendered)
        return nullptr;
    return DocumentPreview::preview(
        this, printable(), [this](const DocumentPreview::Printed &) { return recordShown(); });
}

DocumentPreview::Document BreachLetterDialog::printable() const
{
    DocumentPreview::Document document;
    document.title = m_rendered->title;
    document.marking = PrintedDocument::marking(m_session.store());
    document.audience = PrintedDocument::Audience::DataSubject;
    document.storeDirectory = m_session.store().directory();
    const QString html = m_rendered->html;
    document.fill = [html](QTextDocument *text, QString *) {
        LetterService::fillDocument(text, html);
        return true;
    };
    return document;
}

void BreachLetterDialog::askAndSave()
{
    if (!m_rendered)
        return;
    const QString path = DocumentPreview::askPdfPath(
        this, tr("Save the letter as PDF"),
        QStringLiteral("%1-kennisgeving-%2.pdf").arg(m_number).arg(m_rendered->personId));
    if (!path.isEmpty())
        saveAsPdf(path);
}

// ---------------------------------------------------------------------------------------------

BreachDispatchDialog::BreachDispatchDialog(const Session &session, const Breach &breach,
                                           QWidget *parent)
    : BreachFormDialog(session, parent)
    , m_number(breach.number)
{
    setObjectName(QStringLiteral("breachDispatchDialog"));
    setWindowTitle(tr("Notice sent"));
    m_letter = named<QComboBox>(QStringLiteral("breachDispatchLetter"), this);
    m_date = pastDateEdit(session.clock().today(), this);
    m_date->setObjectName(QStringLiteral("breachDispatchDate"));
    m_how = named<QLineEdit>(QStringLiteral("breachDispatchHow"), this);
    m_how->setText(tr("by post"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Letter:"), m_letter);
    form->addRow(tr("&Sent on:"), m_date);
    form->addRow(tr("&How:"), m_how);

    QHash<qint64, QString> names;
    for (const BreachPerson &p : breach.linkedPersons)
        names.insert(p.id, personText(p.name, p.klantnummer));
    ServiceError error;
    const QList<BreachLetter> letters = BreachLetterService(session).letters(m_number, &error);
    if (error.isError()) {
        m_readError = error.message;
    } else {
        for (const BreachLetter &letter : letters) {
            if (letter.isSent() || letter.destroyed)
                continue;
            m_letter->addItem(
                tr("%1, made on %2")
                    .arg(names.value(letter.personId, QString::number(letter.personId)),
                         QLocale().toString(organisationDay(letter.generatedAt),
                                            QLocale::ShortFormat)),
                letter.id);
        }
    }
    watch({ m_letter, m_date, m_how });
    finish(form);
    if (!m_readError.isEmpty() || m_letter->count() == 0)
        setNotice(check()); // nothing to record: said at once
}

QString BreachDispatchDialog::check() const
{
    if (!m_readError.isEmpty())
        return m_readError;
    if (m_letter->count() == 0)
        return tr("Every notice made has been recorded as sent. Make the notice first.");
    if (m_date->date() > m_session.clock().today())
        return tr("The date cannot lie in the future.");
    if (m_how->text().trimmed().isEmpty())
        return tr("Say how the notice was sent.");
    return {};
}

QList<QPair<QString, QString>> BreachDispatchDialog::freeTexts() const
{
    return { { tr("How"), m_how->text() } };
}

bool BreachDispatchDialog::save(BsnCheck bsnCheck, ServiceError *error)
{
    return BreachLetterService(m_session).recordDispatch(
        m_number, m_letter->currentData().toLongLong(), m_date->date(), m_how->text().trimmed(),
        bsnCheck, error);
}

} // namespace pd::ui
