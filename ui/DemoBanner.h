#pragma once

#include "Retranslated.h"

#include <QFrame>

class QLabel;

namespace pd::ui {

// Says "DEMO — fictitious data" in words with an icon, so that it does not depend on colour.
class DemoBanner final : public Retranslated<QFrame>
{
    Q_OBJECT
public:
    explicit DemoBanner(QWidget *parent = nullptr);

    QString text() const;

private:
    void retranslateUi() override;

    QLabel *m_text;
};

} // namespace pd::ui
