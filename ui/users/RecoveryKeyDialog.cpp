#include "users/RecoveryKeyDialog.h"

#include "Icons.h"
#include "QuietLabel.h"
#include "RecoveryKeyPage.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const QString &recoveryKey, const QUuid &storeId,
                                     const QString &organisationName, QWidget *parent)
    : Retranslated(parent)
    , m_page(new RecoveryKeyPage(this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowIcon(icons::application());
    m_page->goOnButton()->setObjectName(QStringLiteral("doneButton"));

    RecoveryKeySheet sheet;
    sheet.recoveryKey = recoveryKey;
    sheet.storeId = storeId;
    sheet.organisationName = organisationName;
    sheet.created = systemClock().now();
    m_page->setSheet(sheet);
    m_page->details()->setWordWrap(true);
    m_page->goOnButton()->setDefault(true);

    dialogColumn(this)->addWidget(m_page);
    setMinimumWidth(600);

    connect(m_page->goOnButton(), &QPushButton::clicked, this, [this] {
        if (m_page->isKept())
            accept();
    });
    retranslateUi();
    m_page->keptCheck()->setFocus();
}

QString RecoveryKeyDialog::shownKey() const
{
    return m_page->shownKey();
}

bool RecoveryKeyDialog::isKept() const
{
    return m_page->isKept();
}

void RecoveryKeyDialog::reject()
{
    // Escape or the window's close button: the key must not vanish unseen.
    if (m_page->isKept())
        QDialog::reject();
}

void RecoveryKeyDialog::done(int result)
{
    m_page->clearKey();
    QDialog::done(result);
}

void RecoveryKeyDialog::retranslateUi()
{
    setWindowTitle(tr("New recovery key – Privacydesk"));
    m_page->title()->setText(tr("Your new recovery key"));
    m_page->intro()->setText(tr("The old recovery key no longer opens the store. This new key is "
                                "shown only this once: print it or copy it onto paper by hand, "
                                "and destroy the old sheet."));
    m_page->details()->setText(
        tr("Store ID: %1 · renewed %2")
            .arg(m_page->sheet().storeId.toString(QUuid::WithoutBraces),
                 QLocale().toString(organisationTime(m_page->sheet().created),
                                    QLocale::ShortFormat)));
    m_page->warning()->setText(
        tr("Keep this key on paper in a safe place; whoever has the key can open the store."));
    m_page->printButton()->setText(tr("&Print…"));
    m_page->keptCheck()->setText(tr("I have &kept the new recovery key in a safe place"));
    m_page->goOnButton()->setText(tr("&Done"));
}

} // namespace pd::ui
