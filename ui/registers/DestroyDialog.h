#pragma once

#include "retention/Retention.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd::ui {

// Says what will be destroyed and what a retention rule still keeps; the destroy button stays
// disabled until the user ticks that it cannot be undone.
class DestroyDialog final : public QDialog
{
    Q_OBJECT
public:
    DestroyDialog(const DestructionPlan &plan, QWidget *parent = nullptr);
    DestroyDialog(const BreachDestructionPlan &plan, QWidget *parent = nullptr);

    QCheckBox *understoodBox() const { return m_understood; }
    QLineEdit *methodEdit() const { return m_method; }
    QPushButton *destroyButton() const { return m_destroy; }
    QString description() const;
    QString keptText() const; // what is kept, or that nothing is
    qint64 personId() const { return m_personId; }
    QString breachNumber() const { return m_breachNumber; } // empty: a data subject's

private:
    explicit DestroyDialog(QWidget *parent); // the widgets both kinds of plan fill in
    void build(const QString &title, const QString &text, const QString &kept);

    qint64 m_personId = 0;
    QString m_breachNumber;
    QLabel *m_text;
    QLabel *m_kept;
    QLineEdit *m_method;
    QCheckBox *m_understood;
    QPushButton *m_destroy;
};

} // namespace pd::ui
