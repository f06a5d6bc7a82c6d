#include "documents/AnswerPasswordDialog.h"

#include "Named.h"
#include "SensitiveClipboard.h"
#include "TextEmphasis.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pd::ui {

AnswerPasswordDialog::AnswerPasswordDialog(const QString &password, PasswordDelivery by,
                                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("answerPasswordDialog"));
    //: Dutch: "Wachtwoord van de PDF"
    setWindowTitle(tr("Password of the PDF"));
    setMinimumWidth(520);
    //: Dutch: "Geef de betrokkene dit wachtwoord apart door, %1. Het wordt alleen nu getoond en
    //: nergens bewaard: noteer het niet bij het dossier."
    auto *intro = new QLabel(tr("Give the data subject this password separately, %1. It is shown "
                                "only now and kept nowhere: do not write it down with the file.")
                                 .arg(EncryptedPdf::deliveryLabel(by)),
                             this);
    intro->setWordWrap(true);
    auto *words = named<QLabel>(QStringLiteral("answerPassword"), password, this);
    words->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    emphasise(words, 1.5);
    //: Dutch: "Wachtwoord"
    words->setAccessibleName(tr("Password"));
    //: Dutch: "&Kopiëren"
    auto *copy = named<QPushButton>(QStringLiteral("answerPasswordCopy"), tr("&Copy"), this);
    auto *copied = named<QLabel>(QStringLiteral("answerPasswordCopied"), this);
    connect(copy, &QPushButton::clicked, this, [password, copied] {
        copySensitive(password);
        //: Dutch: "Gekopieerd; het klembord wordt over 30 seconden leeggemaakt."
        copied->setText(tr("Copied; the clipboard is cleared in 30 seconds."));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(words, 1);
    row->addWidget(copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(copied);
    layout->addWidget(buttons);
    copy->setFocus();
}

void AnswerPasswordDialog::showOnce(const QString &password, PasswordDelivery by, QWidget *parent)
{
    auto *dialog = new AnswerPasswordDialog(password, by, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

EncryptChoice::EncryptChoice(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
{
    setObjectName(QStringLiteral("encryptChoice"));
    setCheckable(true);
    setChecked(false);
    //: Dutch: "Wachtwoord per tele&foon"
    m_phone = named<QRadioButton>(QStringLiteral("encryptByPhone"), tr("Password by p&hone"), this);
    //: Dutch: "Wachtwoord per &sms"
    m_sms = named<QRadioButton>(QStringLiteral("encryptBySms"), tr("Password by te&xt message"),
                                this);
    //: Dutch: "Wachtwoord per &brief"
    m_letter
        = named<QRadioButton>(QStringLiteral("encryptByLetter"), tr("Password by &letter"), this);
    //: Dutch: "Eén PDF (AES-256) met een wachtwoord van vijf woorden, dat u daarna één keer
    //: ziet. Kies hoe u het doorgeeft:"
    auto *note = new QLabel(tr("One PDF (AES-256) with a password of five words, shown to you "
                               "once afterwards. Choose how you pass it on:"),
                            this);
    note->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_phone);
    row->addWidget(m_sms);
    row->addWidget(m_letter);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(row);
    connect(this, &QGroupBox::toggled, this, &EncryptChoice::changed);
    for (QRadioButton *button : { m_phone, m_sms, m_letter })
        connect(button, &QRadioButton::toggled, this, &EncryptChoice::changed);
}

std::optional<PasswordDelivery> EncryptChoice::delivery() const
{
    if (m_phone->isChecked())
        return PasswordDelivery::Phone;
    if (m_sms->isChecked())
        return PasswordDelivery::TextMessage;
    if (m_letter->isChecked())
        return PasswordDelivery::Letter;
    return std::nullopt;
}

} // namespace pd::ui
