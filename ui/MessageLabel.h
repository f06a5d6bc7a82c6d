#pragma once

#include <QWidget>

class QLabel;

namespace pd::ui {

// An icon and dark red text, so that it is recognisable without colour; hidden while empty.
class MessageLabel final : public QWidget
{
    Q_OBJECT
public:
    explicit MessageLabel(QWidget *parent = nullptr);

    enum class Kind {
        Problem, // warning icon, dark red: something stopped or needs attention
        Done, // plain text: what was just done (a letter recorded, a file written)
    };
    void setMessage(const QString &message, Kind kind = Kind::Problem); // empty hides it
    QString message() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace pd::ui
