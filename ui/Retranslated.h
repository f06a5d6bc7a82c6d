#pragma once

#include <QEvent>

namespace pd::ui {

// A widget that follows a language switch: on QEvent::LanguageChange its retranslateUi() sets
// every text of it again, then retranslateContent() reads again what shows translated words from
// the store (rows, states, dates), before the base class sees the event.
template<typename Base> class Retranslated : public Base
{
public:
    using Base::Base;

protected:
    virtual void retranslateUi() = 0;
    virtual void retranslateContent() { }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            retranslateUi();
            retranslateContent();
        }
        Base::changeEvent(event);
    }
};

} // namespace pd::ui
