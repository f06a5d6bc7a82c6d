#pragma once

#include <QWidget>

class QLabel;

namespace pd::ui {

// An inline message in a form (a wrong password, a folder that is not empty): an icon and
// dark red text, so that it is recognisable without colour. Hidden while there is no message.
class MessageLabel final : public QWidget
{
    Q_OBJECT
public:
    explicit MessageLabel(QWidget *parent = nullptr);

    void setMessage(const QString &message); // empty hides the widget
    QString message() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace pd::ui
