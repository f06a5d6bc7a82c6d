#pragma once

#include "Retranslated.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pd::ui {

// Above a list opened from a dashboard figure or the "Vandaag" strip: which figure it shows, and
// a way to show everything again.
class DrillDownBanner final : public Retranslated<QFrame>
{
    Q_OBJECT
public:
    enum class Origin { Dashboard, Today };

    explicit DrillDownBanner(QWidget *parent = nullptr);

    void showDescription(const QString &description, Origin origin = Origin::Dashboard);
    QString description() const;

Q_SIGNALS:
    void cleared(); // "Toon alles": the list drops the dashboard's filter

private:
    void retranslateUi() override;

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_clear;
    QString m_description;
    Origin m_origin = Origin::Dashboard;
};

} // namespace pd::ui
