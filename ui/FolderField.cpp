// A folder with its chooser (FolderField.h).
#include "FolderField.h"

#include "Named.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace pd::ui {

FolderField::FolderField(const QString &editName, QWidget *parent)
    : QObject(parent)
    , m_edit(new QLineEdit(parent))
    , m_browse(named<QPushButton>(QStringLiteral("browseButton"), parent))
{
    m_edit->setObjectName(editName);
    m_browse->setAutoDefault(false);
}

QHBoxLayout *FolderField::row() const
{
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    return row;
}

QString FolderField::folder() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_edit->text().trimmed()));
}

void FolderField::setFolder(const QString &folder)
{
    m_edit->setText(QDir::toNativeSeparators(folder));
}

void FolderField::setEnabled(bool enabled)
{
    m_edit->setEnabled(enabled);
    m_browse->setEnabled(enabled);
}

void FolderField::choose(const QString &caption, const QString &start)
{
    const QString chosen = QFileDialog::getExistingDirectory(m_edit->window(), caption, start);
    if (!chosen.isEmpty())
        setFolder(chosen);
}

} // namespace pd::ui
