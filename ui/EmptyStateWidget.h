#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace pd::ui {

// Deliberately without buttons for features that do not exist yet.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(const QIcon &icon, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace pd::ui
