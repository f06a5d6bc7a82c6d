#pragma once

#include "cases/Case.h"
#include "registers/SystemChecklist.h"
#include "retention/HoldsAtClose.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QDialog>
#include <QGroupBox>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace pd {
class CaseService;
}

namespace pd::ui {

class MessageLabel;

// The text is acceptable only without findings or with "this is not a BSN" ticked; the service
// logs the override.
class BsnGuardedTextEdit final : public QWidget
{
    Q_OBJECT
public:
    BsnGuardedTextEdit(const QString &fieldLabel, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    bool hasFindings() const { return m_hasFindings; }
    bool overrideConfirmed() const;
    BsnCheck bsnCheck() const { return bsnCheckFrom(overrideConfirmed()); }
    // Empty when the text may be stored.
    QString blockingReason() const;
    QPlainTextEdit *editor() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    void check();

    QString m_fieldLabel;
    QPlainTextEdit *m_edit;
    MessageLabel *m_warning;
    QCheckBox *m_override;
    bool m_hasFindings = false;
};

// On a refusal the dialog stays open with the service's message, so nothing typed is lost;
// accepted() means the change is stored and audited. The change is made on the version the
// dialog opened on: after a Conflict it keeps what was typed but offers no OK, and emits
// conflicted().
class CaseActionDialog : public QDialog
{
    Q_OBJECT
public:
    QPushButton *okButton() const { return m_ok; }
    QString invalidReason() const;
    void accept() override;
    bool isStale() const { return !m_conflict.isEmpty(); }
    // What the desk says was done, once accepted; may be empty.
    QString confirmation() const { return m_confirmation; }

Q_SIGNALS:
    void conflicted(const QString &message);

protected:
    CaseActionDialog(CaseService &service, const Case &c, QDate today, QWidget *parent);

    // The reason the input cannot be stored, or empty.
    virtual QString validate() const = 0;
    // False with *message when the service refused.
    virtual bool apply(QString *message) = 0;
    // A Conflict also marks the dialog stale.
    bool refused(const ServiceError &error, QString *message);

    void revalidate();
    // Focus on the first field, not on the buttons (made before the fields).
    void showEvent(QShowEvent *event) override;
    QVBoxLayout *formLayout() const { return m_form; }
    QDateEdit *makeDateEdit(QDate value);
    static QLabel *wrappedLabel(const QString &text, QWidget *parent);
    // Invalid when it cannot be read or the deadline is paused.
    QDate deadlineNow() const;
    void setConfirmation(const QString &text) { m_confirmation = text; }

    CaseService &m_service;
    const Case m_case;
    const QDate m_today;

private:
    QVBoxLayout *m_form;
    MessageLabel *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    bool m_focusPlaced = false;
    QString m_conflict; // the Conflict message once the request was changed elsewhere
    QString m_confirmation;
};

class RequestIdentificationDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    RequestIdentificationDialog(CaseService &service, const Case &c, QDate today,
                                QWidget *parent = nullptr);
    QDateEdit *dateEdit() const { return m_date; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    QDateEdit *m_date;
};

class ReceiveIdentificationDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    ReceiveIdentificationDialog(CaseService &service, const Case &c, QDate today,
                                QWidget *parent = nullptr);
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *methodBox() const { return m_method; }
    QRadioButton *succeededButton() const { return m_succeeded; }
    QRadioButton *failedButton() const { return m_failed; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    QDateEdit *m_date;
    QComboBox *m_method;
    QRadioButton *m_succeeded;
    QRadioButton *m_failed;
    QLabel *m_failedNote;
};

// Asked for: the deadline waits from that day; received: the wait ends.
class MandateDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    enum class Step { Requested, Received };
    MandateDialog(CaseService &service, const Case &c, QDate today, Step step,
                  QWidget *parent = nullptr);
    QDateEdit *dateEdit() const { return m_date; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    Step m_step;
    QDateEdit *m_date;
};

// Extending needs the reasons and the day the data subject was told. Art. 12(3) AVG wants that
// notice within the first month: a later date is refused here, with the last allowed day.
class ExtendDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    // A non-empty noticeRefusal refuses the extension: no extension notice can be made now.
    ExtendDialog(CaseService &service, const Case &c, QDate today, QWidget *parent = nullptr,
                 const QString &noticeRefusal = {});
    BsnGuardedTextEdit *reasonEdit() const { return m_reason; }
    QDateEdit *notifiedEdit() const { return m_notified; }
    QDate lastNoticeDay() const { return m_legal; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    void updatePreview();

    BsnGuardedTextEdit *m_reason;
    QDateEdit *m_notified;
    QLabel *m_preview;
    QDate m_legal;
    std::optional<DeadlinePolicy> m_policy; // nothing: it could not be read
    QString m_policyError; // why it could not be read
    QString m_noticeRefusal; // why no extension notice could be made
};

// The decision on one kind of a combined request.
class KindDecisionBox final : public QGroupBox
{
    Q_OBJECT
public:
    KindDecisionBox(RequestType type, QWidget *parent = nullptr);
    RequestType type() const { return m_type; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QListWidget *groundsList() const { return m_grounds; }
    BsnGuardedTextEdit *grantedEdit() const { return m_granted; }
    BsnGuardedTextEdit *motivationEdit() const { return m_motivation; }
    TypeDecision decision() const;
    QString blockingReason() const;
    bool overrideConfirmed() const;

signals:
    void changed();

private:
    void update();

    RequestType m_type;
    QComboBox *m_outcome;
    QListWidget *m_grounds;
    QWidget *m_grantedPart;
    BsnGuardedTextEdit *m_granted;
    QWidget *m_motivationPart;
    BsnGuardedTextEdit *m_motivation;
};

// Art. 23 GDPR is offered only beside art. 41 UAVG; an objection against direct marketing rules
// out art. 21(1) unless another of its subjects is weighed. A request without a recorded
// identification asks why its identity was not in doubt.
class CompleteDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    // openSystems: not searched yet; completing anyway needs a tick. exportHeldNothing: granting
    // the portability is refused, as its letter would be. holds: released or kept until a day
    // (offered: six weeks after the answer, art. 35(2) UAVG), written together with the completion.
    CompleteDialog(CaseService &service, const Case &c, QDate today, QWidget *parent = nullptr,
                   const QStringList &openSystems = {}, bool exportHeldNothing = false,
                   std::optional<HoldsClosing> holds = std::nullopt);
    // Invalid dates: none. A granted inzage waits for its copy and a granted portability for its
    // files (CompletionGate), said before OK, not after it.
    void setCopy(const QList<SystemCheck> &systems, QDate reportExported,
                 QDate portabilityExported = {})
    {
        m_copySystems = systems;
        m_reportExported = reportExported;
        m_portabilityExported = portabilityExported;
        revalidate();
    }
    QComboBox *outcomeBox() const { return m_outcome; }
    QCheckBox *systemsOpenBox() const { return m_systemsOpen; } // null: none open
    // Null when the ground is not offered for this request.
    QCheckBox *groundBox(RefusalGround ground) const;
    // Ticking one shows its letters.
    QCheckBox *art17Box() const { return m_art17; }
    QCheckBox *art41Box() const { return m_art41; }
    QCheckBox *directMarketingBox() const { return m_directMarketing; }
    BsnGuardedTextEdit *motivationEdit() const { return m_motivation; }
    BsnGuardedTextEdit *grantedEdit() const { return m_granted; }
    // A combined request partly granted is decided per kind.
    QList<KindDecisionBox *> kindBoxes() const { return m_kinds; }
    BsnGuardedTextEdit *noIdentificationReasonEdit() const { return m_noIdReason; }
    QDateEdit *answeredEdit() const { return m_answered; }
    QComboBox *channelBox() const { return m_channel; }
    QLabel *refusalReminder() const { return m_reminder; }
    // Shown for a rectification, erasure or restriction (art. 19 GDPR).
    QGroupBox *changedDataPart() const { return m_changedData; }
    QCheckBox *changedDataBox(DataCategory category) const;
    QGroupBox *objectionPart() const { return m_objectionPart; }
    QCheckBox *objectionBox(ObjectionSubject subject) const;
    QComboBox *objectionStoppedBox(ObjectionSubject subject) const;
    QLineEdit *objectionOtherEdit() const { return m_objectionOther; }
    // Null when none are held.
    QGroupBox *holdsPart() const { return m_holdsPart; }
    QRadioButton *releaseHoldsButton() const { return m_releaseHolds; }
    QRadioButton *keepHoldsButton() const { return m_keepHolds; }
    QDateEdit *keepHoldsUntilEdit() const { return m_keepHoldsUntil; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    Outcome outcome() const;
    void createHoldsPart(const Case &c);
    HoldsAtClose holdsDecision() const;
    QList<RefusalGround> grounds() const;
    Completion completion() const;
    void createGrounds(const Case &c);
    void createReasons(const Case &c);
    void createKinds(const Case &c);
    void createNoIdentificationPart();
    void createChangedData(const Case &c);
    void createObjection(const Case &c);
    QList<ObjectionPart> objectionParts() const;
    void layOutColumns();
    void setReadingTabOrder();
    QCheckBox *addGround(RefusalGround ground, QWidget *parent, QVBoxLayout *layout,
                         bool letter = false);
    void updateGrounds();
    void fitToContents();

    QComboBox *m_outcome;
    QWidget *m_groundsBox;
    QList<QPair<RefusalGround, QCheckBox *>> m_grounds;
    QCheckBox *m_art17 = nullptr;
    QWidget *m_art17Letters = nullptr;
    QCheckBox *m_art41 = nullptr;
    QWidget *m_art41Letters = nullptr;
    QCheckBox *m_directMarketing;
    QWidget *m_motivationPart;
    QLabel *m_motivationLabel;
    BsnGuardedTextEdit *m_motivation;
    QWidget *m_grantedPart;
    QLabel *m_grantedLabel;
    BsnGuardedTextEdit *m_granted;
    QWidget *m_kindsPart = nullptr;
    QList<KindDecisionBox *> m_kinds;
    QWidget *m_noIdPart;
    BsnGuardedTextEdit *m_noIdReason;
    QGroupBox *m_changedData = nullptr;
    QList<QPair<DataCategory, QCheckBox *>> m_changedBoxes;
    QGroupBox *m_objectionPart = nullptr;
    QList<QPair<ObjectionSubject, QPair<QCheckBox *, QComboBox *>>> m_objectionBoxes;
    QLineEdit *m_objectionOther = nullptr;
    QDateEdit *m_answered;
    QComboBox *m_channel;
    QLabel *m_reminder;
    QCheckBox *m_systemsOpen = nullptr;
    bool m_exportHeldNothing = false;
    std::optional<QList<SystemCheck>> m_copySystems; // unset: not given, the service says it
    QDate m_reportExported;
    QDate m_portabilityExported;
    std::optional<HoldsClosing> m_holds;
    QString m_holdsUnread; // why the holds could not be read
    QGroupBox *m_holdsPart = nullptr;
    QRadioButton *m_releaseHolds = nullptr;
    QRadioButton *m_keepHolds = nullptr;
    QDateEdit *m_keepHoldsUntil = nullptr;
};

class NoteDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    NoteDialog(CaseService &service, const Case &c, QDate today, QWidget *parent = nullptr);
    BsnGuardedTextEdit *noteEdit() const { return m_note; }
    QCheckBox *withheldBox() const { return m_withheld; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    BsnGuardedTextEdit *m_note;
    // The note stays out of what the tenant reads.
    QCheckBox *m_withheld;
};

// Reopening clears the outcome, the grounds and the answer date; the dialog says so.
class ReopenDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    ReopenDialog(CaseService &service, const Case &c, QDate today, QWidget *parent = nullptr);
    BsnGuardedTextEdit *reasonEdit() const { return m_reason; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    BsnGuardedTextEdit *m_reason;
};

// Empty says the person gave the data (art. 15(1)(g) GDPR). Stored for the person, not the
// request.
class PersonSourceDialog final : public CaseActionDialog
{
    Q_OBJECT
public:
    PersonSourceDialog(CaseService &service, const Case &c, QDate today, QWidget *parent = nullptr);
    QComboBox *sourceBox() const { return m_source; }

protected:
    QString validate() const override;
    bool apply(QString *message) override;

private:
    QComboBox *m_source;
};

} // namespace pd::ui
