#pragma once

#include "Retranslated.h"

#include <QDialog>
#include <QUuid>

namespace pd::ui {

class RecoveryKeyPage;

// Must be ticked as kept before it closes: the old key no longer opens the store. The key text is
// wiped when the dialog is done (also when the desk locks and closes it).
class RecoveryKeyDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    RecoveryKeyDialog(const QString &recoveryKey, const QUuid &storeId,
                      const QString &organisationName, QWidget *parent = nullptr);

    QString shownKey() const; // as on the screen (two lines)
    bool isKept() const;

public Q_SLOTS:
    void reject() override; // only once the key was kept
    void done(int result) override;

private:
    void retranslateUi() override;

    RecoveryKeyPage *m_page;
};

} // namespace pd::ui
