#pragma once

#include "Retranslated.h"
#include "cases/PersonQuery.h"
#include "intake/IntakeForm.h"
#include "session/Session.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace pd::ui {

// The phone intake, filled in while the caller is on the line; the channel is always telefoon.
// Non-blocking: caseCreated() names every case it creates (one per call, before it is closed).
class IntakeDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    enum class Page { Form, Result };

    IntakeDialog(const Session &session, const QString &userName, QWidget *parent = nullptr);
    ~IntakeDialog() override;

    Page page() const;
    QString invalidReason() const;
    bool hasInput() const;
    std::optional<PersonMatch> selectedPerson() const;
    QString createdNumber() const { return m_createdNumber; }

    // For the locked desk's draft: field name → value (codes, not labels); empty: nothing to keep.
    QJsonObject draftFields() const;
    // The caller is searched again and chosen if still found.
    void restoreDraft(const QJsonObject &fields, const QDateTime &savedAt);
    // Says so on the form: never an empty form as if nothing was kept.
    void draftUnreadable(const QString &why);

public Q_SLOTS:
    void startNewCall();
    void searchNow();
    void save();
    void reject() override;

Q_SIGNALS:
    void caseCreated(const QString &number);

private:
    void buildForm(QWidget *page);
    void retranslateUi() override;
    void personChanged();
    // Only while the officer typed no other number.
    void proposeCallback();
    void validate();

    const Session m_session;
    QString m_userName;
    QString m_createdNumber;
    std::unique_ptr<IntakeForm> m_form; // the pages, the caller and what both intakes ask

    QLabel *m_channelLabel = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_callbackLabel = nullptr;
    QLineEdit *m_callback = nullptr;
    QString m_proposedCallback; // what proposeCallback() put there last
    QLabel *m_receivedBy = nullptr;
    QLabel *m_scriptTitle = nullptr;
    QList<QLabel *> m_scriptLines;
    QLabel *m_scriptNote = nullptr;

    QDate m_resultDate;
    QString m_resultPersonName;
    QList<RequestType> m_resultTypes;
};

} // namespace pd::ui
