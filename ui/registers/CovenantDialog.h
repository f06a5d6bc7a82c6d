#pragma once

#include "registers/Covenants.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pd::ui {

class MessageLabel;

// The signed document is kept encrypted inside the store.
class CovenantDialog final : public QDialog
{
    Q_OBJECT
public:
    // covenant: the one to change; nullopt: a new one.
    explicit CovenantDialog(const Session &session, const std::optional<Covenant> &covenant = {},
                            QWidget *parent = nullptr);

    Covenant covenant() const; // the values as entered
    QString problem() const; // what blocks saving, or empty
    std::optional<Covenant> saved() const { return m_saved; }

    // Read at once, never copied.
    bool chooseDocument(const QString &path);

    void accept() override;

private:
    void createWidgets();
    void layOutWidgets();
    void fill(const Covenant &c);
    void validate();
    QList<QPair<QString, QString>> freeTexts() const;

    const Session m_session;
    qint64 m_id = 0;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_parties = nullptr;
    QLineEdit *m_purpose = nullptr;
    QComboBox *m_basis = nullptr;
    QLineEdit *m_basisText = nullptr;
    QListWidget *m_data = nullptr;
    QLineEdit *m_dataText = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_hasUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QCheckBox *m_hasReview = nullptr;
    QDateEdit *m_review = nullptr;
    QLabel *m_document = nullptr;
    QCheckBox *m_notBsn = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<NewAttachment> m_newDocument;
    QString m_documentText; // the kept document, as shown
    std::optional<Covenant> m_saved;
};

} // namespace pd::ui
