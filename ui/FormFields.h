#pragma once

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QLineEdit>
#include <QStringList>

namespace pd::ui {

// A day that has passed or is today, picked from a calendar; today to start with.
inline QDateEdit *pastDateEdit(QDate today, QWidget *parent)
{
    auto *edit = new QDateEdit(today, parent);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(today);
    return edit;
}

// Free text with suggestions to pick from; empty to start with, and what is typed is not added
// to the suggestions.
inline QComboBox *suggestionBox(const QStringList &suggestions, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->addItems(suggestions);
    box->setCurrentIndex(-1);
    box->setInsertPolicy(QComboBox::NoInsert);
    return box;
}

// A named text field that holds at most maxLength characters (InputLimits).
inline QLineEdit *limitedEdit(const QString &name, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace pd::ui
