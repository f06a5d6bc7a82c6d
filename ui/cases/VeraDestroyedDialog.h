#pragma once

#include "session/Session.h"
#include "vera/VeraDiscovery.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace pd::ui {

// Of an erasure granted in part, which of the cases its search found were destroyed: a tick per
// case (its description and system). Accepting plans VER for those ticked and the status they
// had back for the others (VeraWriteBack::planFor), once; the dialog stays open with the reason
// when that is refused.
class VeraDestroyedDialog final : public QDialog
{
    Q_OBJECT
public:
    VeraDestroyedDialog(const Session &session, const QString &number,
                        const QList<VeraFoundObject> &cases, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLabel *status() const { return m_status; }

    void accept() override;

private:
    const Session m_session;
    const QString m_number;
    const QList<VeraFoundObject> m_cases;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace pd::ui
