#include "crypto/KeyringPrivate.h"
#include "crypto/RegularFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <unistd.h>
#include <utility>

// The keyring's file: reading it (refusing anything malformed before it is authenticated),
// writing it, and saving it atomically.

using namespace Qt::StringLiterals;

namespace pd {

using namespace keyring;

Keyring Keyring::load(const QString &path, Status *status)
{
    // Only an ordinary file is read, never followed through a link and never blocking on a
    // FIFO (RegularFile.h): the same check as for the database files of a store folder.
    FileKind kind = FileKind::Regular;
    const int fd = openRegularFile(path, &kind);
    if (fd < 0) {
        setStatus(status,
                  kind == FileKind::Missing          ? Status::NotFound
                      : kind == FileKind::NotRegular ? Status::NotRegularFile
                                                     : Status::IoError);
        return {};
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        setStatus(status, Status::IoError);
        return {};
    }
    if (file.size() > maxFileBytes) {
        setStatus(status, Status::Malformed);
        return {};
    }
    const QByteArray contents = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        setStatus(status, Status::IoError);
        return {};
    }
    return parse(contents, status);
}

namespace {

bool readString(const QJsonObject &object, QLatin1StringView key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool readBase64(const QJsonObject &object, QLatin1StringView key, std::size_t size, QByteArray *out)
{
    QString text;
    if (!readString(object, key, &text))
        return false;
    const qsizetype maxEncoded = static_cast<qsizetype>(((size + 2) / 3) * 4);
    if (text.size() > maxEncoded)
        return false;
    const auto result
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() != static_cast<qsizetype>(size))
        return false;
    *out = result.decoded;
    return true;
}

bool readInteger(const QJsonObject &object, QLatin1StringView key, quint64 min, quint64 max,
                 quint64 *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return false;
    const double v = value.toDouble();
    // Written so that NaN fails too; only then is the conversion defined.
    if (!(v >= static_cast<double>(min) && v <= static_cast<double>(max)) || std::floor(v) != v)
        return false;
    *out = static_cast<quint64>(v);
    return true;
}

bool isLowerHex(const QString &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool parseSlot(const QJsonValue &value, Slot *slot)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    Slot s;
    QString kind;
    if (!readString(object, "id"_L1, &s.id) || !isLowerHex(s.id, slotIdBytes * 2)
        || !readString(object, "kind"_L1, &kind))
        return false;
    if (kind == kindUser) {
        s.kind = KeySlotKind::User;
        if (!readString(object, "user"_L1, &s.userTag) || !isLowerHex(s.userTag, userTagBytes * 2))
            return false;
    } else if (kind == kindRecovery) {
        s.kind = KeySlotKind::Recovery;
        if (object.contains("user"_L1))
            return false;
    } else {
        return false;
    }
    if (!readString(object, "created"_L1, &s.created) || s.created.size() > 64
        || !QDateTime::fromString(s.created, Qt::ISODate).isValid())
        return false;

    const QJsonValue kdfValue = object.value("kdf"_L1);
    if (!kdfValue.isObject())
        return false;
    const QJsonObject kdf = kdfValue.toObject();
    QString alg;
    if (!readString(kdf, "alg"_L1, &alg) || alg != kdfAlgName
        || !readInteger(kdf, "ops"_L1, crypto_pwhash_OPSLIMIT_MIN, maxOpsLimit, &s.kdf.opsLimit)
        || !readInteger(kdf, "mem"_L1, crypto_pwhash_MEMLIMIT_MIN, maxMemLimit, &s.kdf.memLimit)
        || !readBase64(kdf, "salt"_L1, saltBytes, &s.salt))
        return false;

    if (!readBase64(object, "pk"_L1, pkBytes, &s.pk)
        || !readBase64(object, "nonce"_L1, nonceBytes, &s.nonce)
        || !readBase64(object, "wrapped_sk"_L1, wrappedSkBytes, &s.wrappedSk)
        || !readBase64(object, "sealed_master"_L1, sealedMasterBytes, &s.sealedMaster))
        return false;
    *slot = std::move(s);
    return true;
}

} // namespace

bool Keyring::Private::readSlots(const QJsonValue &slotsValue)
{
    if (!slotsValue.isArray())
        return false;
    const QJsonArray slotArray = slotsValue.toArray();
    if (slotArray.size() > maxSlots)
        return false;
    QSet<QString> ids;
    QSet<QString> tags;
    int recoverySlots = 0;
    for (const QJsonValue &value : slotArray) {
        Slot slot;
        if (!parseSlot(value, &slot))
            return false;
        if (ids.contains(slot.id))
            return false;
        ids.insert(slot.id);
        if (slot.kind == KeySlotKind::User) {
            if (tags.contains(slot.userTag))
                return false;
            tags.insert(slot.userTag);
        } else if (++recoverySlots > 1) {
            return false;
        }
        keySlots.append(std::move(slot));
    }
    return true;
}

bool Keyring::Private::readAnchor(const QJsonObject &object)
{
    quint64 seq = 0;
    quint64 keyedFrom = 0;
    constexpr quint64 maxSeq = quint64(1) << 53; // exact in a JSON number
    if (!readInteger(object, "seq"_L1, 0, maxSeq, &seq)
        || !readInteger(object, "keyed_from"_L1, 1, maxSeq, &keyedFrom)
        || !readBase64(object, "key_nonce"_L1, nonceBytes, &auditKeyNonce)
        || !readBase64(object, "wrapped_key"_L1, wrappedAuditKeyBytes, &wrappedAuditKey))
        return false;
    if (seq > 0 && !readBase64(object, "hash"_L1, macBytes, &anchor.hash))
        return false;
    if (seq == 0 && object.contains("hash"_L1))
        return false;
    anchor.seq = static_cast<qint64>(seq);
    anchor.keyedFrom = static_cast<qint64>(keyedFrom);
    hasAnchor = true;
    return true;
}

Keyring Keyring::parse(const QByteArray &bytesIn, Status *status)
{
    initSodium();
    const auto malformed = [status] {
        setStatus(status, Status::Malformed);
        return Keyring();
    };
    if (bytesIn.size() > maxFileBytes)
        return malformed();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytesIn, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed();
    const QJsonObject root = document.object();

    QString format;
    if (!readString(root, "format"_L1, &format) || format != formatName)
        return malformed();
    const QJsonValue versionValue = root.value("version"_L1);
    if (!versionValue.isDouble())
        return malformed();
    const double version = versionValue.toDouble();
    if (!(version >= 1.0) || std::floor(version) != version)
        return malformed();
    if (version > formatVersion) {
        setStatus(status, Status::UnsupportedVersion);
        return {};
    }

    Keyring keyring;
    Private &p = *keyring.d;
    QString storeId;
    if (!readString(root, "store_id"_L1, &storeId) || storeId.size() > 64)
        return malformed();
    p.storeId = QUuid::fromString(storeId);
    if (p.storeId.isNull())
        return malformed();
    if (!readBase64(root, "user_salt"_L1, userSaltBytes, &p.userSalt))
        return malformed();

    if (!p.readSlots(root.value("slots"_L1)))
        return malformed();

    const QJsonValue anchorValue = root.value("audit_anchor"_L1);
    if (version >= 2.0) {
        if (!anchorValue.isObject() || !p.readAnchor(anchorValue.toObject()))
            return malformed();
    } else if (!anchorValue.isUndefined()) {
        return malformed();
    }

    QString macText;
    if (!readString(root, "mac"_L1, &macText))
        return malformed();
    if (macText.isEmpty()) {
        if (!p.keySlots.isEmpty())
            return malformed(); // a keyring with slots is always MACed
    } else if (!readBase64(root, "mac"_L1, macBytes, &p.mac)) {
        return malformed();
    }

    p.valid = true;
    setStatus(status, Status::Ok);
    return keyring;
}

QByteArray Keyring::serialize() const
{
    if (!isValid())
        return {};
    QJsonArray slotArray;
    for (const Slot &slot : d->keySlots) {
        QJsonObject kdf;
        kdf.insert("alg"_L1, kdfAlgName);
        kdf.insert("ops"_L1, static_cast<double>(slot.kdf.opsLimit));
        kdf.insert("mem"_L1, static_cast<double>(slot.kdf.memLimit));
        kdf.insert("salt"_L1, QString::fromLatin1(slot.salt.toBase64()));
        QJsonObject object;
        object.insert("id"_L1, slot.id);
        object.insert("kind"_L1, kindName(slot.kind));
        if (slot.kind == KeySlotKind::User)
            object.insert("user"_L1, slot.userTag);
        object.insert("created"_L1, slot.created);
        object.insert("kdf"_L1, kdf);
        object.insert("pk"_L1, QString::fromLatin1(slot.pk.toBase64()));
        object.insert("nonce"_L1, QString::fromLatin1(slot.nonce.toBase64()));
        object.insert("wrapped_sk"_L1, QString::fromLatin1(slot.wrappedSk.toBase64()));
        object.insert("sealed_master"_L1, QString::fromLatin1(slot.sealedMaster.toBase64()));
        slotArray.append(object);
    }
    QJsonObject root;
    root.insert("format"_L1, formatName);
    root.insert("version"_L1, d->version());
    root.insert("store_id"_L1, d->storeId.toString(QUuid::WithoutBraces));
    root.insert("user_salt"_L1, QString::fromLatin1(d->userSalt.toBase64()));
    root.insert("slots"_L1, slotArray);
    if (d->hasAnchor) {
        QJsonObject anchor;
        anchor.insert("seq"_L1, static_cast<double>(d->anchor.seq));
        if (d->anchor.seq > 0)
            anchor.insert("hash"_L1, QString::fromLatin1(d->anchor.hash.toBase64()));
        anchor.insert("keyed_from"_L1, static_cast<double>(d->anchor.keyedFrom));
        anchor.insert("key_nonce"_L1, QString::fromLatin1(d->auditKeyNonce.toBase64()));
        anchor.insert("wrapped_key"_L1, QString::fromLatin1(d->wrappedAuditKey.toBase64()));
        root.insert("audit_anchor"_L1, anchor);
    }
    root.insert("mac"_L1, QString::fromLatin1(d->mac.toBase64()));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Keyring::save(const QString &path, QString *errorString) const
{
    const auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    if (!isValid())
        return fail(u"The keyring is not valid."_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Restrict the temporary file before anything is written to it.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.setPermissions(ownerOnly))
        return fail(file.errorString());
    const QByteArray contents = serialize();
    if (file.write(contents) != contents.size())
        return fail(file.errorString());
    // QSaveFile buffers the write; a full disk shows when the buffer is written out. commit()
    // writes it out too, but Qt 6.4's commit() does not see that write fail and renames the
    // short temporary file over the keyring (a full disk left keyring.pdk empty: the store lost).
    // Flushed here first, a failure cancels the save and the old keyring stays.
    if (!file.flush())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    if (!QFile::setPermissions(path, ownerOnly))
        return fail(u"Cannot restrict the permissions of %1."_s.arg(path));
    return true;
}

} // namespace pd
