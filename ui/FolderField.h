#pragma once

#include <QObject>

class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QWidget;

namespace pd::ui {

// A folder typed in, or chosen with the button beside it: shown with the system's separators,
// read back as a clean path (empty while nothing is filled in). The edit and the button are the
// dialog's own children, so that the form's label stays the edit's buddy and accessible name;
// the button's text is the dialog's to set.
class FolderField final : public QObject
{
    Q_OBJECT
public:
    FolderField(const QString &editName, QWidget *parent);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }
    // The edit with the button beside it, for the form.
    QHBoxLayout *row() const;

    QString folder() const;
    void setFolder(const QString &folder);
    void setEnabled(bool enabled);
    // The folder chooser, opened at start; a folder chosen there replaces the text.
    void choose(const QString &caption, const QString &start);

private:
    QLineEdit *m_edit;
    QPushButton *m_browse;
};

} // namespace pd::ui
