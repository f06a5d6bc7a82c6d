#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// Recorded with the answer, never the password itself.
enum class PasswordDelivery {
    Phone, // "telefoon"
    TextMessage, // "sms"
    Letter, // "brief": on paper, by post
};

struct EmbeddedFile
{
    QString name; // "gegevens.json"
    QString mimeType; // "application/json"
    QByteArray bytes;
};

// PDF 2.0 with AES-256 (R6) through libqpdf, in memory only. The owner password is thrown away, so
// that nobody can lift the restrictions (printing and copying allowed, changes not).
class EncryptedPdf final
{
    Q_DECLARE_TR_FUNCTIONS(pd::EncryptedPdf)
public:
    static QByteArray seal(const QByteArray &plainPdf, const QList<EmbeddedFile> &files,
                           QString *password, QString *error);
    static QByteArray sealWith(const QByteArray &plainPdf, const QList<EmbeddedFile> &files,
                               const QString &password, QString *error);

    static QString deliveryCode(PasswordDelivery delivery); // "telefoon", "sms"
    static QStringList deliveryCodes();
    static std::optional<PasswordDelivery> delivery(const QString &code);
    static QString deliveryLabel(PasswordDelivery delivery);
};

} // namespace pd
