#pragma once

#include "Retranslated.h"

#include <QDialog>

class QCommandLinkButton;
class QLabel;

namespace pd::ui {

// The choice is the result code (done(int(Choice))); Quit is QDialog::Rejected.
class WelcomeDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    enum Choice { Quit = QDialog::Rejected, CreateStore = 10, OpenDemo, OpenExisting, OpenServer };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    QCommandLinkButton *button(Choice choice) const;

private:
    void retranslateUi() override;

    QLabel *m_title;
    QLabel *m_intro;
    QCommandLinkButton *m_create;
    QCommandLinkButton *m_demo;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_server;
    QCommandLinkButton *m_quit;
};

} // namespace pd::ui
