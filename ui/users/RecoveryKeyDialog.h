#pragma once

#include "Retranslated.h"

#include <QDateTime>
#include <QDialog>
#include <QUuid>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pd::ui {

// Must be ticked as kept before it closes: the old key no longer opens the store. The key text is
// wiped when the dialog is done (also when the desk locks and closes it).
class RecoveryKeyDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    RecoveryKeyDialog(const QString &recoveryKey, const QUuid &storeId,
                      const QString &organisationName, QWidget *parent = nullptr);
    ~RecoveryKeyDialog() override;

    QString shownKey() const; // as on the screen (two lines)
    bool isKept() const;

public Q_SLOTS:
    void reject() override; // only once the key was kept
    void done(int result) override;

private:
    void retranslateUi() override;
    void print();

    QString m_recoveryKey;
    QUuid m_storeId;
    QString m_organisation;
    QDateTime m_created;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_key;
    QLabel *m_details;
    QLabel *m_warning;
    QPushButton *m_print;
    QCheckBox *m_kept;
    QPushButton *m_done;
};

} // namespace pd::ui
