#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pd::ui {

// The line above a list that was opened from a dashboard figure: it says which figure the list
// shows ("Vanuit het dashboard: over de termijn op 21-11-2026") and offers to show everything
// again. Hidden while the list shows its own filters only. A list opened from the "Vandaag"
// strip says so instead ("Vanuit Vandaag: termijn vandaag, 24-11-2026").
class DrillDownBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class Origin { Dashboard, Today };

    explicit DrillDownBanner(QWidget *parent = nullptr);

    void showDescription(const QString &description, Origin origin = Origin::Dashboard);
    QString description() const;

Q_SIGNALS:
    void cleared(); // "Toon alles": the list drops the dashboard's filter

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_clear;
    QString m_description;
    Origin m_origin = Origin::Dashboard;
};

} // namespace pd::ui
