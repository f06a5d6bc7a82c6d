#pragma once

#include <QFrame>

class QLabel;

namespace pd::ui {

// Says "DEMO — fictitious data" in words with an icon, so that it does not depend on colour.
class DemoBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit DemoBanner(QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
};

} // namespace pd::ui
