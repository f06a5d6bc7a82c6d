#pragma once

#include "RecoveryKeySheet.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pd::ui {

// A new recovery key, shown only this once: a title, what the key is for, the key itself, the
// store it opens, the warning, the tick that it was kept, and Print beside the button that goes
// on, which is enabled only while that tick is set. The owner gives every text and decides what
// going on does. The key is wiped by clearKey() and when the page goes.
class RecoveryKeyPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryKeyPage(QWidget *parent);
    ~RecoveryKeyPage() override;

    // Shows the sheet's key as on paper and keeps the sheet for Print.
    void setSheet(const RecoveryKeySheet &sheet);
    const RecoveryKeySheet &sheet() const { return m_sheet; }
    void clearKey();
    QString shownKey() const; // as on the screen (two lines)
    bool isKept() const;

    QLabel *title() const { return m_title; }
    QLabel *intro() const { return m_intro; }
    QLabel *details() const { return m_details; }
    QLabel *warning() const { return m_warning; }
    QPushButton *printButton() const { return m_print; }
    QCheckBox *keptCheck() const { return m_kept; }
    QPushButton *goOnButton() const { return m_goOn; }

private:
    void print();

    RecoveryKeySheet m_sheet;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_key;
    QLabel *m_details;
    QLabel *m_warning;
    QPushButton *m_print;
    QCheckBox *m_kept;
    QPushButton *m_goOn;
};

} // namespace pd::ui
