#pragma once

#include "cases/CaseActionDialogs.h"

#include <QList>
#include <QString>

#include <utility>

class QComboBox;

namespace pd::ui {

// The change is its own event on the request's trail (case.assigned).
class AssignHandlerDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    AssignHandlerDialog(CaseService &service, const Case &c, QDate today,
                        QWidget *parent = nullptr);
    QComboBox *handlerCombo() const { return m_handler; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    QComboBox *m_handler;
    QString m_readFailure; // the users could not be read: nothing to choose from
};

} // namespace pd::ui
