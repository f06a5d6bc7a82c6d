// The draft of "Nieuw verzoek": what the officer typed is kept in the encrypted store
// when the desk locks (IntakeDrafts, as the phone intake's) and comes back when they unlock or
// open the dialog again. The files are not part of a draft: a draft holds form fields, checked by
// the BSN guard, not an e-mail or a scan. Their names are, so that the officer knows what to add
// again; an original from the privacy mailbox is still there to be registered from.

#include "MessageLabel.h"
#include "intake/NewRequestDialog.h"
#include "intake/RepresentativeRows.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLocale>
#include <QTimeEdit>

namespace pd::ui {

namespace {

constexpr auto timeFormat = "HH:mm";

} // namespace

QJsonObject NewRequestDialog::draftFields() const
{
    if (!hasInput())
        return {};
    QJsonObject fields;
    m_form->writeDraft(&fields);
    if (m_channel->currentIndex() >= 0)
        fields.insert(QStringLiteral("channel"),
                      codes::code(static_cast<Channel>(m_channel->currentData().toInt())));
    fields.insert(QStringLiteral("receivedDate"), m_received->date().toString(Qt::ISODate));
    if (m_timeKnown->isChecked())
        fields.insert(QStringLiteral("receivedTime"),
                      m_time->time().toString(QLatin1StringView(timeFormat)));
    fields.insert(QStringLiteral("receivedBy"), m_receivedBy->currentData().toString());
    m_representative->writeDraft(&fields);
    QJsonArray files;
    for (const PickedFile &picked : m_files)
        files.append(picked.file.name);
    if (!files.isEmpty())
        fields.insert(QStringLiteral("files"), files);
    if (m_saver)
        fields.insert(QStringLiteral("fromMailbox"), true);
    return fields;
}

void NewRequestDialog::restoreDraft(const QJsonObject &fields, const QDateTime &savedAt)
{
    startNew();
    const auto text = [&fields](const char *name) {
        return fields.value(QLatin1StringView(name)).toString();
    };
    if (const std::optional<Channel> channel = codes::from<Channel>(text("channel")))
        m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(*channel)));
    if (const QDate received = QDate::fromString(text("receivedDate"), Qt::ISODate);
        received.isValid())
        m_received->setDate(received);
    if (const QTime time = QTime::fromString(text("receivedTime"), QLatin1StringView(timeFormat));
        time.isValid()) {
        m_timeKnown->setChecked(true);
        m_time->setTime(time);
    }
    if (const int by = m_receivedBy->findData(text("receivedBy")); by >= 0)
        m_receivedBy->setCurrentIndex(by);
    m_representative->restoreDraft(fields);
    m_form->restoreDraft(fields);
    updateDeadline();
    validate();

    QStringList names;
    for (const QJsonValue &name : fields.value(QStringLiteral("files")).toArray())
        names << name.toString();
    const QString when = QLocale().toString(organisationTime(savedAt), QLocale::ShortFormat);
    const bool fromMailbox = fields.value(QStringLiteral("fromMailbox")).toBool();
    QString message;
    if (fromMailbox) {
        //: Dutch: "Hersteld: wat u had ingevoerd voor een bericht uit het privacypostvak toen
        //: Privacydesk vergrendelde (%1). Het bericht staat nog in het privacypostvak: registreer
        //: het van daaruit, dan wordt het bij het verzoek bewaard."
        message = tr("Restored: what you entered for a message from the privacy mailbox when the "
                     "desk locked (%1). The message is still in the mailbox: register it from "
                     "there, so that it is kept with the request.")
                      .arg(when);
    } else {
        //: Dutch: "Hersteld: het verzoek dat u aan het invoeren was toen Privacydesk vergrendelde
        //: (%1). Controleer het en sla het op."
        message = tr("Restored: the request you were entering when the desk locked (%1). Check "
                     "it and save it.")
                      .arg(when);
        if (!names.isEmpty())
            message += u' '
                //: Dutch: "De bestanden zijn er niet bij bewaard. Voeg ze opnieuw toe: %1."
                + tr("The files were not kept with it. Add them again: %1.")
                      .arg(QLocale().createSeparatedList(names));
    }
    m_form->error->setMessage(message,
                              fromMailbox || !names.isEmpty() ? MessageLabel::Kind::Problem
                                                              : MessageLabel::Kind::Done);
}

void NewRequestDialog::draftUnreadable(const QString &why)
{
    m_form->error->setMessage(
        //: Dutch: "Het verzoek dat u aan het invoeren was toen Privacydesk vergrendelde, kon niet
        //: worden gelezen: %1"
        tr("The request you were entering when the desk locked could not be read: %1").arg(why));
}

} // namespace pd::ui
