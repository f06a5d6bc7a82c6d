#pragma once

#include "breaches/BreachService.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QDialog>
#include <QList>
#include <QPair>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace pd::ui {

class MessageLabel;

// The dialog stays open with the service's sentence when saving fails; Escape asks before it
// throws away what was typed.
class BreachFormDialog : public QDialog
{
    Q_OBJECT
public:
    QString problem() const; // what blocks saving, or empty
    QString message() const; // the message shown (a problem or the service's refusal)
    bool hasInput() const { return m_typed; }

    void accept() override;
    void reject() override;

protected:
    BreachFormDialog(const Session &session, QWidget *parent);

    // What the form itself finds wrong, or empty.
    virtual QString check() const = 0;
    // (label, text), for the BSN guard.
    virtual QList<QPair<QString, QString>> freeTexts() const = 0;
    virtual bool save(BsnCheck bsnCheck, ServiceError *error) = 0;

    void finish(QLayout *content);
    // Each change validates again and counts as typed input.
    void watch(const QList<QWidget *> &widgets);
    void validate();
    virtual void updateState() { } // enable, show, hide as the values ask
    // Shown from the start, where problem() shows only once something was typed.
    void setNotice(const QString &notice);

    const Session m_session;

private:
    bool confirmDiscard();

    QLabel *m_bsnWarning = nullptr;
    QCheckBox *m_notBsn = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_refusal; // the service's answer to the last Save
    QString m_notice; // see setNotice
    bool m_typed = false;
    bool m_finished = false;
};

// Moments in Europe/Amsterdam. Also for a KCC employee (a new report).
class BreachDialog final : public BreachFormDialog
{
    Q_OBJECT
public:
    // existing: edit that breach; none: report a new one.
    BreachDialog(const Session &session, const std::optional<Breach> &existing,
                 QWidget *parent = nullptr);

    Breach breach() const; // the values as entered
    std::optional<Breach> saved() const { return m_saved; }

    // For tests.
    QLineEdit *titleEdit() const { return m_title; }
    QDateTimeEdit *discoveredEdit() const { return m_discovered; }
    void setDiscovered(const QDateTime &utc);
    void setDataChecked(DataCategory category, bool checked);
    // The processor's report before the discovery.
    QLabel *earlierAwarenessWarning() const { return m_earlierWarning; }
    QPushButton *takeEarlierAwarenessButton() const { return m_takeEarlier; }
    QLineEdit *processorToldReasonEdit() const { return m_processorToldReason; }
    void setProcessorTold(qint64 processorId, const QDateTime &utc);

protected:
    QString check() const override;
    QList<QPair<QString, QString>> freeTexts() const override;
    bool save(BsnCheck bsnCheck, ServiceError *error) override;
    void updateState() override;

private:
    void createFields();
    void loadProcessors();
    void showBreach(const Breach &b);
    QFormLayout *createLeftColumn();
    QFormLayout *createRightColumn(bool readsCatalogue);

    std::optional<Breach> m_existing;
    std::optional<Breach> m_saved;
    QString m_catalogueError;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDateTimeEdit *m_discovered = nullptr;
    QCheckBox *m_occurredKnown = nullptr;
    QDateTimeEdit *m_occurred = nullptr;
    QList<QCheckBox *> m_natures;
    QListWidget *m_data = nullptr;
    QLineEdit *m_dataText = nullptr; // what the other data are: on with "Overig"
    QSpinBox *m_persons = nullptr;
    QCheckBox *m_personsEstimate = nullptr;
    QSpinBox *m_records = nullptr;
    QCheckBox *m_recordsEstimate = nullptr;
    QLineEdit *m_group = nullptr;
    QComboBox *m_processor = nullptr;
    QCheckBox *m_processorToldKnown = nullptr;
    QDateTimeEdit *m_processorTold = nullptr;
    QLabel *m_earlierWarning = nullptr;
    QPushButton *m_takeEarlier = nullptr;
    // Only with the warning.
    QLineEdit *m_processorToldReason = nullptr;
    QPlainTextEdit *m_measuresBefore = nullptr;
    QPlainTextEdit *m_measuresTaken = nullptr;
    QPlainTextEdit *m_consequences = nullptr;
    QPlainTextEdit *m_subjectsDescription = nullptr;
    QPlainTextEdit *m_subjectsConsequences = nullptr;
    QPlainTextEdit *m_subjectsMeasures = nullptr;
    QLineEdit *m_international = nullptr;
};

// The two decisions follow from the risk unless recorded otherwise with a reason.
class BreachAssessDialog final : public BreachFormDialog
{
    Q_OBJECT
public:
    BreachAssessDialog(const Session &session, const Breach &breach, QWidget *parent = nullptr);

    void setRisk(BreachRisk risk);
    BreachRisk risk() const;
    QPlainTextEdit *reasoningEdit() const { return m_reasoning; }
    bool apDecision() const;
    bool subjectsDecision() const;
    void setDecisions(bool notifyAp, bool informSubjects);
    QLineEdit *apReasonEdit() const { return m_apReason; }
    QLineEdit *subjectsReasonEdit() const { return m_subjectsReason; }
    QDateTimeEdit *atEdit() const { return m_at; }

protected:
    QString check() const override;
    QList<QPair<QString, QString>> freeTexts() const override;
    bool save(BsnCheck bsnCheck, ServiceError *error) override;
    void updateState() override;

private:
    void createRiskButtons();
    void showAssessment(const Breach &breach);
    Breach m_breach;
    QList<QRadioButton *> m_risks; // in codes::all<BreachRisk>() order
    QPlainTextEdit *m_reasoning = nullptr;
    QList<QCheckBox *> m_criteria; // in codes::all<BreachCriterion>() order
    QRadioButton *m_apYes = nullptr;
    QRadioButton *m_apNo = nullptr;
    QLineEdit *m_apReason = nullptr;
    QRadioButton *m_subjectsYes = nullptr;
    QRadioButton *m_subjectsNo = nullptr;
    QLineEdit *m_subjectsReason = nullptr;
    // The register holds the moment of the assessment, not the moment it was typed in.
    QDateTimeEdit *m_at = nullptr;
};

// After the 72-hour deadline the reasons for the delay are demanded (art. 33 lid 1 AVG).
class BreachApNotificationDialog final : public BreachFormDialog
{
    Q_OBJECT
public:
    BreachApNotificationDialog(const Session &session, const Breach &breach,
                               QWidget *parent = nullptr);

    void setNotifiedAt(const QDateTime &utc);
    QLineEdit *referenceEdit() const { return m_reference; }
    QPlainTextEdit *lateReasonEdit() const { return m_lateReason; }
    bool isLate() const; // the moment entered lies after the deadline

protected:
    QString check() const override;
    QList<QPair<QString, QString>> freeTexts() const override;
    bool save(BsnCheck bsnCheck, ServiceError *error) override;
    void updateState() override;

private:
    Breach m_breach;
    QDateTimeEdit *m_at = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_lateNote = nullptr;
    QPlainTextEdit *m_lateReason = nullptr;
};

class BreachFollowUpDialog final : public BreachFormDialog
{
    Q_OBJECT
public:
    BreachFollowUpDialog(const Session &session, const Breach &breach, QWidget *parent = nullptr);

protected:
    QString check() const override;
    QList<QPair<QString, QString>> freeTexts() const override;
    bool save(BsnCheck bsnCheck, ServiceError *error) override;

private:
    Breach m_breach;
    QRadioButton *m_complete = nullptr;
    QRadioButton *m_withdraw = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QLineEdit *m_reference = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

// A public notice needs its reason (art. 34 lid 3 onder c AVG: disproportionate effort).
class BreachSubjectsDialog final : public BreachFormDialog
{
    Q_OBJECT
public:
    BreachSubjectsDialog(const Session &session, const Breach &breach, QWidget *parent = nullptr);

protected:
    QString check() const override;
    QList<QPair<QString, QString>> freeTexts() const override;
    bool save(BsnCheck bsnCheck, ServiceError *error) override;
    void updateState() override;

private:
    BreachSubjectsNotice notice() const;

    Breach m_breach;
    QRadioButton *m_individual = nullptr;
    QRadioButton *m_public = nullptr;
    QDateEdit *m_on = nullptr;
    QLineEdit *m_how = nullptr;
    QSpinBox *m_count = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace pd::ui
