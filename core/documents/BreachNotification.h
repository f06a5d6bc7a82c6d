#pragma once

#include "breaches/Breach.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QTextDocument;

namespace pd {

struct BreachNotificationContent
{
    Breach breach;
    OrganisationDetails organisation;
    std::optional<Recipient> processor; // the processor from the catalogue, when one is named
    QString preparedBy; // login
    QDateTime preparedAt; // UTC
    QHash<QString, QString> displayNames; // login → the user's name

    QString nameOf(const QString &login) const;
};

// The AP takes a notification only through its web form, so Privacydesk sends nothing: PDF and
// text to copy come from the same rows. No person is named: the AP asks for groups and numbers.
class BreachNotification final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BreachNotification)
public:
    explicit BreachNotification(const Session &session);

    // Needs Permission::ViewRegisters: a KCC employee who reported the breach does not prepare the
    // notification.
    std::optional<BreachNotificationContent> collect(const QString &number,
                                                     ServiceError *error) const;
    static QString documentTitle(const QString &number);
    static QStringList sectionTitles();

    static QString html(const BreachNotificationContent &content);
    static QString text(const BreachNotificationContent &content);
    static void fillDocument(QTextDocument *document, const BreachNotificationContent &content);
    // Needs a QGuiApplication. On failure one translated sentence in *error and no file.
    static bool writePdf(const BreachNotificationContent &content, PrintedDocument::Marking marking,
                         const OutputTarget &target, QString *error, int *pages = nullptr);

    static QString introText();
    // Dutch time; "—" when invalid.
    static QString momentText(const QDateTime &utc);

private:
    Session m_session;
};

} // namespace pd
