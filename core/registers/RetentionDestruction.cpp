// The retention planner: destruction (RetentionService, see Retention.h); its log is
// RetentionLog.cpp.

#include "persons/PersonRepository.h"
#include "registers/Retention.h"
#include "registers/RetentionShared.h"
#include "session/Access.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
namespace pd {

using namespace retention;

namespace {

const QString disclosureEntity = QStringLiteral("disclosure");

// The values that identify a data subject, to find them in free texts and intake drafts.
struct Identity
{
    qint64 personId = 0;
    QString name;
    QString klantnummer;
    QString street; // with the house number when there is one
    QString postcode;
    QString phone;
    QString email;
};

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// The identifying values worth looking for: long enough not to match by accident. With
// surname, also the last word of the name ("Vlasblom" of "Quirijn Vlasblom"): a text that stays
// loses it even where it may be somebody else's (too much is better than too little), but an
// intake draft is not deleted for a surname alone.
QStringList needlesOf(const Identity &who, bool surname = false)
{
    QStringList needles;
    if (const QStringList words = who.name.simplified().split(u' ');
        surname && words.size() > 1 && words.last().size() >= 4)
        needles << words.last();
    for (const QString &value :
         { who.name, who.klantnummer, who.street, who.postcode, who.email }) {
        const QString v = value.simplified();
        if (v.size() >= 3 && v != anonymisedName)
            needles << v;
    }
    // A postcode is typed with and without its space.
    if (const QString compact = QString(who.postcode).remove(u' '); compact.size() >= 3)
        needles << compact;
    needles.removeDuplicates();
    return needles;
}

// Whether a text names the person: one of the needles (case-insensitive), or their phone
// number written any way (the same digits, with or without +31 / 0).
bool names(const QString &text, const Identity &who)
{
    const QString simplified = text.simplified();
    for (const QString &needle : needlesOf(who)) {
        if (simplified.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    const QString phone = digitsOf(who.phone);
    return phone.size() >= 6 && digitsOf(text).contains(phone.right(9));
}

// Whether an intake draft's fields name the person: the person chosen in it is them, or one of
// its texts names them (see names()).
bool draftNames(const QJsonObject &fields, const Identity &who)
{
    if (fields.value(QStringLiteral("personId")).toInteger(-1) == who.personId)
        return true;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it->isString() && names(it->toString(), who))
            return true;
        if (it->isArray()) {
            const QJsonArray items = it->toArray();
            if (std::any_of(items.begin(), items.end(), [&who](const QJsonValue &item) {
                    return item.isString() && names(item.toString(), who);
                }))
                return true;
        }
    }
    return false;
}

// The text with every identifying value of the person replaced by destroyedMark.
QString scrubbed(const QString &text, const Identity &who)
{
    if (text.isEmpty())
        return text;
    QString result = text;
    QStringList needles = needlesOf(who, true);
    // The longest first, so that "Zonnebloemstraat 17" goes as a whole.
    std::sort(needles.begin(), needles.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &needle : std::as_const(needles))
        result.replace(needle, destroyedMark, Qt::CaseInsensitive);
    const QString phone = digitsOf(who.phone);
    if (phone.size() >= 6) {
        // The digits of the number with anything but a digit between them (spaces, dashes).
        QString pattern;
        for (const QChar c : phone.right(9))
            pattern += QRegularExpression::escape(QString(c)) + QStringLiteral("[^0-9]{0,3}");
        result.replace(QRegularExpression(pattern), destroyedMark);
    }
    return result;
}

// The person's identifying values; false with *error when the read failed or they are gone.
bool readIdentity(const QSqlDatabase &db, qint64 personId, Identity *who, ServiceError *error)
{
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(db, personId, &stored, error))
        return false;
    if (!stored) {
        *error = { ServiceError::Code::NotFound,
                   RetentionService::tr("The data subject no longer exists."),
                   {} };
        return false;
    }
    const Person &p = stored->person;
    who->personId = personId;
    who->name = p.name;
    who->klantnummer = p.klantnummer;
    who->street = QString(p.street + u' ' + p.houseNumber).trimmed();
    who->postcode = p.postcode;
    who->phone = p.phone;
    who->email = p.email;
    return true;
}

// The ids of the intake drafts (of every user) that name the person; nothing when the read
// failed (the query's error says why).
std::optional<QList<qint64>> draftsNaming(QSqlQuery &query, const Identity &who)
{
    if (!query.exec(QStringLiteral("SELECT id, fields FROM intake_drafts ORDER BY id")))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next()) {
        const QJsonObject fields
            = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        if (draftNames(fields, who))
            ids << query.value(0).toLongLong();
    }
    if (query.lastError().isValid())
        return std::nullopt;
    return ids;
}

// "Financiële gegevens tot 31-12-2031, Fiscale bewaarplicht (art. 52 AWR)" for each kept item
// (Dutch, as logged).
QString keptForLog(const QList<RetentionItem> &kept)
{
    QStringList parts;
    for (const RetentionItem &item : kept) {
        QString part = QStringLiteral("%1 tot %2")
                           .arg(item.rule.category, item.expires.toString(u"dd-MM-yyyy"));
        if (!item.rule.legalGround.isEmpty())
            part += QStringLiteral(", ") + item.rule.legalGround;
        parts << part;
    }
    return parts.isEmpty()
        ? QString()
        : QStringLiteral("naam en klantnummer bewaard voor: ") + parts.join(QStringLiteral("; "));
}

// Every step as a count (see DestructionRecord::counts) in plain Dutch words, as logged; the
// steps that found nothing are left out of the words (the counts keep them).
QString countsInWords(const QJsonObject &counts)
{
    const auto n = [&counts](const char *key) {
        return counts.value(QLatin1StringView(key)).toInt();
    };
    QStringList words;
    // Dutch singular and plural ("1 notitie verwijderd", "2 notities verwijderd").
    const auto add = [&](const char *key, const char *one, const char *more, bool always = false) {
        if (always || n(key) > 0)
            words << QString::fromUtf8(n(key) == 1 ? one : more).arg(n(key));
    };
    add("requests", "%1 verzoekdossier", "%1 verzoekdossiers", true);
    add("notes", "%1 notitie verwijderd", "%1 notities verwijderd", true);
    add("audit_payloads", "%1 auditdetails vernietigd", "%1 auditdetails vernietigd", true);
    add("attachments", "%1 bestand vernietigd", "%1 bestanden vernietigd");
    add("letters", "%1 brief vernietigd", "%1 brieven vernietigd");
    add("ap_references", "%1 AP-kenmerk verwijderd", "%1 AP-kenmerken verwijderd");
    add("disclosures", "%1 verstrekking losgekoppeld", "%1 verstrekkingen losgekoppeld");
    add("drafts", "%1 intakeconcept verwijderd", "%1 intakeconcepten verwijderd");
    add("search_rows", "%1 zoekindexregel herschreven", "%1 zoekindexregels herschreven");
    return words.join(QStringLiteral("; "));
}

// Steps every destruction of a person takes, also of a remainder: the person goes out of the
// disclosures that named them and the intake drafts that name them are deleted.
//
// A disclosure is the organisation's proof of what it shared, with whom and on which basis, so
// it stays with its date, recipient, legal basis, data categories and purpose; what goes is who:
// the link to the person (counted in destroyed_persons, "1 betrokkene, vernietigd") and the
// person in its free texts. data_text describes the data shared about the persons concerned,
// so when the person was the only one it goes whole; when others remain it stays for them with
// this person's name, customer number, address, phone and e-mail replaced. The purpose, the
// covenant or statute (basis_text), who asked (requested_by: the recipient's side, but it may
// be the data subject or name them) and why they were not told are the organisation's words
// about the disclosure, not about the person: they stay with the person's details replaced.
// The audit details of these disclosures name the person (ids and texts): they are destroyed.
struct Sweep
{
    int disclosures = 0;
    int drafts = 0;
    int auditPayloads = 0;
};

bool sweepTraces(const QSqlDatabase &db, const Identity &who, const QString &now, AuditLog &log,
                 const QString &actor, Sweep *sweep, ServiceError *error)
{
    QSqlQuery query(db);
    const auto failed = [&query, error] {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    };
    query.prepare(
        QStringLiteral("SELECT d.id, d.data_text, d.purpose, d.basis_text, d.requested_by, "
                       "d.not_informed_reason, (SELECT count(*) FROM disclosure_persons o WHERE "
                       "o.disclosure_id = d.id) FROM disclosures d JOIN disclosure_persons dp ON "
                       "dp.disclosure_id = d.id WHERE dp.person_id = ? ORDER BY d.id"));
    query.addBindValue(who.personId);
    if (!query.exec())
        return failed();
    struct Row
    {
        qint64 id;
        QString dataText, purpose, basisText, requestedBy, reason;
        bool alone;
    };
    QList<Row> rows;
    while (query.next()) {
        rows << Row { query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(),   query.value(3).toString(),
                      query.value(4).toString(),   query.value(5).toString(),
                      query.value(6).toInt() <= 1 };
    }
    if (query.lastError().isValid())
        return failed();
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    };
    for (const Row &row : std::as_const(rows)) {
        query.prepare(QStringLiteral(
            "DELETE FROM disclosure_persons WHERE disclosure_id = ? AND person_id = ?"));
        query.addBindValue(row.id);
        query.addBindValue(who.personId);
        if (!query.exec())
            return failed();
        query.prepare(QStringLiteral(
            "UPDATE disclosures SET destroyed_persons = destroyed_persons + 1, data_text = ?, "
            "purpose = ?, basis_text = ?, requested_by = ?, not_informed_reason = ?, "
            "updated_at = ? WHERE id = ?"));
        query.addBindValue(row.alone ? QVariant(QMetaType(QMetaType::QString))
                                     : textOrNull(scrubbed(row.dataText, who)));
        query.addBindValue(scrubbed(row.purpose, who));
        query.addBindValue(textOrNull(scrubbed(row.basisText, who)));
        query.addBindValue(textOrNull(scrubbed(row.requestedBy, who)));
        query.addBindValue(textOrNull(scrubbed(row.reason, who)));
        query.addBindValue(now);
        query.addBindValue(row.id);
        if (!query.exec())
            return failed();
        QString auditError;
        const int payloads
            = log.destroyPayloads(disclosureEntity, QString::number(row.id), &auditError);
        // The disclosure's own trail says that a data subject went from it (and a server sees
        // its changed rows described: resources/server/audit.sql).
        if (payloads < 0
            || !log.append(actor, disclosureEntity, QString::number(row.id),
                           QStringLiteral("disclosure.person_destroyed"),
                           { { QStringLiteral("alone"), row.alone } }, &auditError)) {
            *error = { ServiceError::Code::Storage, auditError, {} };
            return false;
        }
        sweep->auditPayloads += payloads;
        ++sweep->disclosures;
    }
    const std::optional<QList<qint64>> drafts = draftsNaming(query, who);
    if (!drafts)
        return failed();
    for (const qint64 id : *drafts) {
        query.prepare(QStringLiteral("DELETE FROM intake_drafts WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return failed();
        ++sweep->drafts;
    }
    return true;
}

} // namespace

namespace retention {

bool truncateWriteAheadLog(const QSqlDatabase &db, QString *why)
{
    // A server store's log and old row versions are the server's (its VACUUM, its volume
    // encryption): the client has no log of its own to empty.
    if (sql::isServer(db))
        return true;
    constexpr int attempts = 5;
    constexpr int pauseMs = 100;
    QSqlQuery query(db);
    int previousTimeout = -1;
    if (query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next())
        previousTimeout = query.value(0).toInt();
    query.finish();
    // Each try waits for readers only briefly: the retries below are the waiting.
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(pauseMs)))
        previousTimeout = -1;
    bool emptied = false;
    QString failure;
    for (int attempt = 0; attempt < attempts && !emptied; ++attempt) {
        if (attempt > 0)
            QThread::msleep(pauseMs);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()) {
            failure = query.lastError().text();
            continue;
        }
        const int busy = query.value(0).toInt();
        const int log = query.value(1).toInt();
        const int checkpointed = query.value(2).toInt();
        query.finish();
        emptied = busy == 0 && log == checkpointed;
        if (!emptied)
            failure = QStringLiteral("busy=%1 log=%2 checkpointed=%3")
                          .arg(busy)
                          .arg(log)
                          .arg(checkpointed);
    }
    if (previousTimeout >= 0)
        query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(previousTimeout));
    if (!emptied)
        *why = failure;
    return emptied;
}

QString walWarningText()
{
    return RetentionService::tr(
        "The data have been destroyed in the database, but older copies may remain in its "
        "write-ahead log until the next checkpoint, because another program or window was "
        "reading the store. Close the other windows and programs that use this store; the log "
        "is emptied when the store is closed.");
}

} // namespace retention

QString DestructionPlan::keptList(const QList<RetentionItem> &kept)
{
    QStringList parts;
    for (const RetentionItem &item : kept) {
        const QString date = QLocale().toString(item.expires, QLocale::ShortFormat);
        QString part = item.state == RetentionState::Expired
            ? RetentionService::tr("%1, expired on %2 but not yet recorded as destroyed")
                  .arg(item.rule.category, date)
            : RetentionService::tr("%1 until %2").arg(item.rule.category, date);
        if (!item.rule.legalGround.isEmpty())
            part += QStringLiteral(", ") + item.rule.legalGround;
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

QString DestructionPlan::keptText() const
{
    if (kept.isEmpty())
        return {};
    return RetentionService::tr("Kept: %1. Only the name and customer number stay for this; "
                                "everything else about the data subject is destroyed. When this "
                                "has been recorded as destroyed, they go too.")
        .arg(keptList(kept));
}

QString DestructionPlan::description(bool withKept) const
{
    if (caseNumbers.isEmpty() && !remainder && !withoutRequests)
        return RetentionService::tr("Nothing to destroy.");
    QStringList sentences;
    const QString numbers = caseNumbers.join(QStringLiteral(", "));
    // "the request AVG-2026-0001" / "the requests AVG-2026-0001, AVG-2026-0002"
    const QString requests
        = RetentionService::tr("the request(s) %1", nullptr, static_cast<int>(caseNumbers.size()))
              .arg(numbers);
    if (withoutRequests && kept.isEmpty())
        sentences << RetentionService::tr(
            "The data subject has no requests. Their name, address, phone number, e-mail address "
            "and customer number are replaced: nothing of the data subject remains.");
    if (withoutRequests && !kept.isEmpty())
        sentences << RetentionService::tr("The data subject has no requests. Their address, "
                                          "phone number and e-mail address are removed.");
    if (remainder)
        sentences << RetentionService::tr(
            "The name and customer number that were kept for other data are replaced: nothing "
            "of the data subject remains.");
    if (!caseNumbers.isEmpty() && kept.isEmpty())
        sentences << RetentionService::tr(
                         "The data subject's name, address, phone number, e-mail address and "
                         "customer number are replaced; the descriptions, representatives, "
                         "callback numbers and %n note(s) of %1 are removed.",
                         nullptr, notes)
                         .arg(requests);
    if (!caseNumbers.isEmpty() && !kept.isEmpty())
        sentences << RetentionService::tr(
                         "The data subject's address, phone number and e-mail address are "
                         "removed and %1; their descriptions, representatives, callback numbers "
                         "and %n note(s) are removed.",
                         nullptr, notes)
                         .arg(RetentionService::tr(
                                  "the request(s) %1 are detached from the data subject", nullptr,
                                  static_cast<int>(caseNumbers.size()))
                                  .arg(numbers));
    if (attachments > 0)
        sentences << RetentionService::tr("%n file(s) kept with the requests (originals, "
                                          "mandates) are destroyed; their name goes, their size "
                                          "and fingerprint stay as proof.",
                                          nullptr, attachments);
    if (letters > 0)
        sentences << RetentionService::tr("The text of %n letter(s) is destroyed; their kind, "
                                          "date and fingerprint stay as proof.",
                                          nullptr, letters);
    if (apReferences > 0)
        sentences << RetentionService::tr(
            "%n reference(s) of the Autoriteit Persoonsgegevens are removed.", nullptr,
            apReferences);
    if (disclosures > 0)
        sentences << RetentionService::tr(
            "%n disclosure(s) no longer name the data subject; their date, recipient, legal "
            "basis, data categories and purpose stay.",
            nullptr, disclosures);
    if (drafts > 0)
        sentences << RetentionService::tr(
            "%n intake draft(s) holding the data subject's details are deleted.", nullptr, drafts);
    if (searchRows > 0)
        sentences << RetentionService::tr(
            "The search index no longer finds the requests by the data subject.");
    sentences << RetentionService::tr(
        "The details of %n audit event(s) are destroyed (the events themselves stay, so the "
        "audit trail still verifies).",
        nullptr, auditEvents);
    sentences << RetentionService::tr("This cannot be undone.");
    if (withKept && !kept.isEmpty())
        sentences << keptText();
    return sentences.join(u' ');
}

// --- destruction ---

bool RetentionService::recordItemDestroyed(qint64 itemId, const QString &method, bool bsnOverride,
                                           ServiceError *error, QString *outcome)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.item_destroyed"), QString::number(itemId), error))
        return false;
    if (method.trimmed().isEmpty()) {
        *error = invalid(tr("Enter how the data was destroyed."));
        return false;
    }
    if (!guard({ { tr("Method"), method } }, bsnOverride, error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(itemSelect + QStringLiteral("WHERE i.id = ?"));
    query.addBindValue(itemId);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    if (!query.next()) {
        *error = { ServiceError::Code::NotFound, tr("This retention item no longer exists."), {} };
        return false;
    }
    const QDate today = m_clock.today();
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const RetentionItem item = itemFrom(query, today, 0);
    if (item.state == RetentionState::Destroyed) {
        *error = invalid(tr("This data has already been destroyed."));
        return false;
    }
    // A replay repeats a destruction that happened: a hold the older copy still shows was
    // released before it.
    if (item.state == RetentionState::LegalHold && !m_replay) {
        *error = invalid(tr("This data is under a legal hold and may not be destroyed: %1")
                             .arg(item.holdReason));
        return false;
    }
    query.prepare(QStringLiteral("UPDATE retention_items SET destroyed_on = ?, destroyed_method = "
                                 "?, destroyed_by = ? WHERE id = ?"));
    query.addBindValue(isoDate(today));
    query.addBindValue(method.trimmed());
    query.addBindValue(m_store.userName());
    query.addBindValue(itemId);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    // A person without requests, reduced (request files destroyed, name and customer number
    // kept for other data) or imported from the ERP only: when this was the last item not yet
    // destroyed, no new request came in and no legal hold is open, what Privacydesk holds of
    // them goes now. While another item runs, they stay as they are.
    query.prepare(
        QStringLiteral(
            "SELECT p.anonymised_at IS NULL, p.reduced_at IS NOT NULL, (SELECT count(*) FROM "
            "retention_items i WHERE i.person_id = p.id AND i.destroyed_on IS NULL), (SELECT "
            "count(*) FROM cases c WHERE c.person_id = p.id), (SELECT count(*) FROM "
            "retention_holds "
            "h WHERE h.person_id = p.id AND h.released_on IS NULL) FROM ")
        + PersonRepository::tableSql(u"p") + QStringLiteral(" WHERE p.id = ?"));
    query.addBindValue(item.personId);
    if (!query.exec() || !query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    const bool present = query.value(0).toBool();
    const bool reduced = query.value(1).toBool();
    const int remaining = query.value(2).toInt();
    const bool withoutRequests = query.value(3).toInt() == 0;
    const bool held = query.value(4).toInt() > 0;
    // A replay does what the destruction it repeats did, whatever the older copy would decide.
    const bool finish = m_replay ? present && m_replay->personGone
                                 : present && withoutRequests && remaining == 0 && !held;
    query.finish();
    QString said;
    if (present && withoutRequests && !finish) {
        // What still keeps the person, for the page (read in the same transaction).
        ServiceError readError;
        QList<RetentionItem> kept;
        for (const RetentionItem &other : itemsFor(item.personId, today, 0, &readError)) {
            if (other.id != 0 && other.id != itemId && other.state != RetentionState::Destroyed)
                kept << other;
        }
        if (readError.isError()) {
            *error = readError;
            return false;
        }
        if (!kept.isEmpty())
            said = (reduced ? tr("Kept: %1. Only the name and customer number stay for this; "
                                 "they go when this has been recorded as destroyed too.")
                            : tr("Kept: %1. The data subject's details stay in Privacydesk for "
                                 "this; they are destroyed when this has been recorded as "
                                 "destroyed too."))
                       .arg(DestructionPlan::keptList(kept));
    }
    if (finish)
        said = tr("This was the last retained data of the data subject: Privacydesk's own copy "
                  "of their details (name, address, phone number, e-mail address and customer "
                  "number) has been destroyed too.");
    AuditLog log = audit();
    QString auditError;
    QJsonObject counts;
    QString what = QStringLiteral("%1 (buiten Privacydesk)").arg(item.rule.category);
    if (finish) {
        Identity who;
        Sweep sweep;
        if (!readIdentity(db, item.personId, &who, error)
            || !sweepTraces(db, who, now, log, m_store.userName(), &sweep, error)
            || !PersonRepository::anonymise(db, item.personId, anonymisedName, now, error))
            return false;
        const int payloads
            = log.destroyPayloads(personEntity, QString::number(item.personId), &auditError);
        if (payloads < 0) {
            *error = { ServiceError::Code::Storage, auditError, {} };
            return false;
        }
        counts = QJsonObject { { QStringLiteral("requests"), 0 },
                               { QStringLiteral("notes"), 0 },
                               { QStringLiteral("attachments"), 0 },
                               { QStringLiteral("letters"), 0 },
                               { QStringLiteral("ap_references"), 0 },
                               { QStringLiteral("disclosures"), sweep.disclosures },
                               { QStringLiteral("drafts"), sweep.drafts },
                               { QStringLiteral("audit_payloads"), payloads + sweep.auditPayloads },
                               { QStringLiteral("search_rows"), 0 } };
        what += (reduced ? QStringLiteral("; rest van de betrokkene vernietigd (naam en "
                                          "klantnummer); ")
                         : QStringLiteral("; gegevens van de betrokkene in Privacydesk "
                                          "vernietigd (naam, adres, telefoon, e-mail en "
                                          "klantnummer); "))
            + countsInWords(counts);
    }
    QJsonObject payload { { QStringLiteral("rule"), item.rule.code },
                          { QStringLiteral("method"), method.trimmed() },
                          { QStringLiteral("expired_on"), isoDate(item.expires) } };
    if (finish)
        payload.insert(QStringLiteral("counts"), counts);
    if (!log.append(m_store.userName(), personEntity, QString::number(item.personId),
                    QStringLiteral("retention.destroyed"), payload, &auditError)
        || !flushOverrides(log, personEntity, QString::number(item.personId), error)) {
        if (!auditError.isEmpty())
            *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    DestructionRecord record;
    record.destroyedAt = m_clock.now();
    record.destroyedOn = today;
    record.destroyedBy = m_store.userName();
    record.method = method.trimmed();
    record.kind = QStringLiteral("item");
    record.ruleText = ruleTextOf(item.rule);
    record.subjectRef = QStringLiteral("P-%1").arg(item.personId);
    record.expiredOn = item.expires;
    record.what = what;
    record.counts = counts;
    if (!logDestruction(db, item.rule.id, &record, error))
        return false;
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    if (finish) {
        // As after destroying request files: no old page of the person may stay in the log.
        QString checkpointFailure;
        if (!truncateWriteAheadLog(db, &checkpointFailure)) {
            qWarning("retention: WAL not emptied after destruction: %s",
                     qPrintable(checkpointFailure));
            said += u' '
                + tr("Older copies of the data subject's details may remain in the store's "
                     "write-ahead log until the next checkpoint, because another program or "
                     "window was reading the store. Close the other windows and programs that "
                     "use this store; the log is emptied when the store is closed.");
        }
    }
    if (outcome)
        *outcome = said;
    return true;
}

DestructionPlan RetentionService::planDestruction(qint64 personId) const
{
    DestructionPlan plan;
    plan.personId = personId;
    if (ServiceError denied; !readable(m_store, m_clock, Permission::ViewRegisters,
                                       QStringLiteral("retention.read"), {}, &denied)) {
        plan.blocker = denied.message; // what a caller shows before it destroys anything
        return plan;
    }
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    // A failed read blocks: nothing is destroyed on a plan that could not be made, and the
    // dialog never shows "0 notes" because a count failed.
    const auto readFailed = [&plan](const QSqlQuery &failed) {
        plan.failure = ServiceError::fromSql(failed.lastError());
        plan.blocker = plan.failure.message;
        return plan;
    };
    std::optional<PersonRecord> stored;
    if (ServiceError failed; !PersonRepository::byId(db, personId, &stored, &failed)) {
        plan.failure = failed;
        plan.blocker = plan.failure.message;
        return plan;
    }
    if (!stored) {
        plan.blocker = tr("The data subject no longer exists.");
        return plan;
    }
    plan.klantnummer = stored->person.klantnummer;
    plan.name = stored->person.name;
    if (stored->anonymised) {
        plan.blocker = tr("The request files of this data subject have already been destroyed.");
        return plan;
    }
    const bool reduced = stored->reduced;
    query.prepare(
        QStringLiteral("SELECT number, state FROM cases WHERE person_id = ? ORDER BY id"));
    query.addBindValue(personId);
    QStringList open;
    if (!query.exec())
        return readFailed(query);
    while (query.next()) {
        plan.caseNumbers << query.value(0).toString();
        const QString state = query.value(1).toString();
        if (!closedStates.contains(u'\'' + state + u'\''))
            open << query.value(0).toString();
    }
    if (query.lastError().isValid())
        return readFailed(query);
    plan.searchRows = static_cast<int>(plan.caseNumbers.size());
    const auto count = [&](const QString &sql, const QVariantList &values) -> std::optional<int> {
        query.prepare(sql);
        bindAll(query, values);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toInt();
    };
    const QString ofPerson = QStringLiteral(" IN (SELECT id FROM cases WHERE person_id = ?)");
    struct Count
    {
        int *into;
        QString sql;
    };
    const QList<Count> counts {
        { &plan.notes, QStringLiteral("SELECT count(*) FROM case_notes WHERE case_id") + ofPerson },
        { &plan.attachments,
          QStringLiteral("SELECT count(*) FROM case_attachments WHERE destroyed_at IS NULL AND "
                         "case_id")
              + ofPerson },
        { &plan.letters,
          QStringLiteral("SELECT count(*) FROM letters WHERE body IS NOT NULL AND case_id")
              + ofPerson },
        { &plan.apReferences,
          QStringLiteral("SELECT count(*) FROM case_ap_references WHERE case_id") + ofPerson },
        { &plan.disclosures,
          QStringLiteral("SELECT count(*) FROM disclosure_persons WHERE person_id = ?") },
    };
    for (const Count &c : counts) {
        const auto value = count(c.sql, { personId });
        if (!value)
            return readFailed(query);
        *c.into = *value;
    }
    // The letters "kennisgeving datalek" (issue 20) name the person too: counted with the
    // request letters, destroyed with them.
    const auto breachLetters
        = count(QStringLiteral(
                    "SELECT count(*) FROM breach_letters WHERE body IS NOT NULL AND person_id = ?"),
                { personId });
    if (!breachLetters)
        return readFailed(query);
    plan.letters += *breachLetters;
    const auto events = count(
        QStringLiteral("SELECT count(*) FROM audit_events WHERE payload IS NOT NULL AND "
                       "((entity_type = 'person' AND entity_id = ?) OR (entity_type = 'case' "
                       "AND entity_id IN (SELECT number FROM cases WHERE person_id = ?)) OR "
                       "(entity_type = 'disclosure' AND entity_id IN (SELECT CAST(disclosure_id "
                       "AS TEXT) FROM disclosure_persons WHERE person_id = ?)))"),
        { QString::number(personId), personId, personId });
    if (!events)
        return readFailed(query);
    plan.auditEvents = *events;
    Identity who;
    if (ServiceError failure; !readIdentity(db, personId, &who, &failure)) {
        plan.failure = failure;
        plan.blocker = failure.message;
        return plan;
    }
    const std::optional<QList<qint64>> drafts = draftsNaming(query, who);
    if (!drafts)
        return readFailed(query);
    plan.drafts = static_cast<int>(drafts->size());

    if (!open.isEmpty()) {
        plan.blocker
            = tr("The request(s) %1 are still open.", nullptr, static_cast<int>(open.size()))
                  .arg(open.join(QStringLiteral(", ")));
        if (!m_replay) // a replay needs the whole plan (see destroyRequestFiles)
            return plan;
    }
    ServiceError failure;
    const auto hold = holdFor(personId, &failure);
    if (!failure.isError() && hold) {
        plan.blocker
            = tr("Destruction is blocked by a legal hold since %1: %2")
                  .arg(QLocale().toString(hold->placedOn, QLocale::ShortFormat), hold->reason);
        if (!m_replay)
            return plan;
    }
    const QDate today = m_clock.today();
    const QList<RetentionItem> items
        = failure.isError() ? QList<RetentionItem> {} : itemsFor(personId, today, 0, &failure);
    if (failure.isError()) {
        plan.failure = failure;
        plan.blocker = failure.message;
        return plan;
    }
    for (const RetentionItem &item : items) {
        if (item.id == 0) {
            plan.expires = item.expires;
            if (item.expires > today)
                plan.blocker = tr("The retention period of these request files runs until %1.")
                                   .arg(QLocale().toString(item.expires, QLocale::ShortFormat));
        } else if (item.state != RetentionState::Destroyed) {
            // Another rule still runs (or its destruction outside Privacydesk has not been
            // recorded yet): the person record is what that item points to, so its name and
            // customer number stay for it, and nothing else.
            plan.kept << item;
        }
    }
    if (plan.caseNumbers.isEmpty() && !reduced) {
        // A person without requests (imported from the ERP only): their details in Privacydesk
        // go once nothing of them must still be kept. An expired item not yet recorded as
        // destroyed keeps the name and customer number (to find the data in the ERP by).
        plan.withoutRequests = true;
        for (const RetentionItem &item : items) {
            if (!plan.expires.isValid() || item.expires > plan.expires)
                plan.expires = item.expires;
        }
        const bool running
            = std::any_of(plan.kept.cbegin(), plan.kept.cend(),
                          [today](const RetentionItem &item) { return item.expires > today; });
        if (running && plan.blocker.isEmpty())
            plan.blocker = tr("This data subject has no requests, and their details must still "
                              "be kept: %1. They can be destroyed when all of this has expired.")
                               .arg(DestructionPlan::keptList(plan.kept));
    } else if (plan.caseNumbers.isEmpty()) {
        // A reduced person without (new) requests: only the kept name and customer number.
        plan.remainder = true;
        if (!plan.kept.isEmpty() && plan.blocker.isEmpty())
            plan.blocker = tr("Only the name and customer number of this data subject are left, "
                              "kept for other data: %1. They are destroyed when that has been "
                              "recorded as destroyed.")
                               .arg(plan.kept.first().rule.category);
    }
    return plan;
}

std::optional<DestructionRecord> RetentionService::destroyRequestFiles(qint64 personId,
                                                                       const QString &method,
                                                                       bool bsnOverride,
                                                                       ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.request_files_destroyed"), QString::number(personId),
                   error))
        return std::nullopt;
    const QString how = method.trimmed().isEmpty()
        ? QStringLiteral("geanonimiseerd en auditdetails vernietigd in Privacydesk")
        : method.trimmed();
    if (!guard({ { tr("Method"), how } }, bsnOverride, error))
        return std::nullopt;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    const DestructionPlan plan = planDestruction(personId);
    // A replay (replayDestructions) is not blocked by what the older copy still shows: the
    // destruction it repeats happened. A read that failed blocks it as any destruction.
    if (!plan.blocker.isEmpty() && (!m_replay || plan.failure.isError())) {
        *error = plan.failure.isError() ? plan.failure : invalid(plan.blocker);
        return std::nullopt;
    }
    ServiceError readError;
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &readError);
    if (readError.isError()) {
        *error = readError;
        return std::nullopt;
    }
    Identity who;
    if (!readIdentity(db, personId, &who, error))
        return std::nullopt;
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const QDate today = m_clock.today();
    const bool keep = m_replay ? m_replay->reduced : !plan.kept.isEmpty();
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        *error = ServiceError::fromSql(query.lastError());
        return false;
    };
    const QString ofPerson = QStringLiteral("(SELECT id FROM cases WHERE person_id = ?)");
    // The data breaches whose letters to the person go: each says so in its own trail below.
    QStringList breachesWritten;
    if (!run(QStringLiteral("SELECT DISTINCT b.number FROM breach_letters l JOIN breaches b ON "
                            "b.id = l.breach_id WHERE l.body IS NOT NULL AND l.person_id = ? "
                            "ORDER BY b.number"),
             { personId }))
        return std::nullopt;
    while (query.next())
        breachesWritten << query.value(0).toString();
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    if (!run(QStringLiteral("DELETE FROM case_notes WHERE case_id IN ") + ofPerson, { personId })
        || !run(QStringLiteral("UPDATE cases SET representative = NULL, description = NULL, "
                               "callback_phone = NULL, extension_reason = NULL, answer_channel "
                               "= NULL, motivation = NULL, no_identification_reason = NULL, "
                               "updated_at = ? WHERE person_id = ?"),
                { now, personId })
        || !run(QStringLiteral("UPDATE case_decisions SET motivation = NULL, granted = NULL "
                               "WHERE case_id IN ")
                    + ofPerson,
                { personId })
        || !run(QStringLiteral("UPDATE retention_holds SET reason = '' WHERE person_id = ?"),
                { personId })
        // An art. 19 exemption's reason may name the person: the words go, the fact stays.
        || !run(QStringLiteral("UPDATE art19_notifications SET exempt_reason = '' "
                               "WHERE exempt_reason IS NOT NULL AND case_id IN ")
                    + ofPerson,
                { personId })
        // Letters name the person: their texts go, their kind, date and hash stay as proof.
        || !run(QStringLiteral("UPDATE letters SET body = NULL, sent_how = NULL, destroyed_at = ? "
                               "WHERE body IS NOT NULL AND case_id IN ")
                    + ofPerson,
                { now, personId })
        // A data breach's letter to the person: the same (the breach itself stays in its
        // register under its own rule; the link to the anonymised person stays as a count).
        || !run(QStringLiteral("UPDATE breach_letters SET body = NULL, sent_how = NULL, "
                               "destroyed_at = ? WHERE body IS NOT NULL AND person_id = ?"),
                { now, personId })
        // The originals and mandates: the bytes and the name go (secure_delete zeroes the
        // freed pages), kind, size and fingerprint stay as proof.
        || !run(QStringLiteral("UPDATE case_attachments SET name = NULL, content = NULL, "
                               "destroyed_at = ? WHERE destroyed_at IS NULL AND case_id IN ")
                    + ofPerson,
                { now, personId })
        // The AP's reference of a complaint identifies the complaint file at the AP, which
        // names the person (pseudonymous data is personal data): it goes. That there was a
        // complaint stays in the audit trail (its action, without details).
        || !run(QStringLiteral("DELETE FROM case_ap_references WHERE case_id IN ") + ofPerson,
                { personId })) {
        return std::nullopt;
    }
    AuditLog log = audit();
    Sweep sweep;
    if (!sweepTraces(db, who, now, log, m_store.userName(), &sweep, error))
        return std::nullopt;
    // The anonymous data subject the requests stay with, and whom the log names (P-<id>).
    qint64 subject = personId;
    const bool personOnly = plan.withoutRequests;
    if (keep && personOnly) {
        // No requests to detach: the person keeps the name and customer number for the items
        // not yet recorded as destroyed, and nothing else.
        if (!PersonRepository::reduce(db, personId, now, error))
            return std::nullopt;
    } else if (keep) {
        // Another rule keeps the name and customer number: the requests must not stay with
        // them, or the destroyed request files would still say who they were about. They move
        // to a new anonymous data subject; the person keeps only what that rule needs.
        const std::optional<qint64> copy = PersonRepository::anonymousCopy(
            db, personId, anonymisedName, now, m_store.userName(), error);
        if (!copy)
            return std::nullopt;
        subject = *copy;
        if (!run(QStringLiteral("UPDATE cases SET person_id = ? WHERE person_id = ?"),
                 { subject, personId })
            || !PersonRepository::reduce(db, personId, now, error))
            return std::nullopt;
    } else if (!PersonRepository::anonymise(db, personId, anonymisedName, now, error)) {
        return std::nullopt;
    }
    // The triggers rebuilt the requests' rows of the search index without the person; merging
    // the index drops the old terms from its superseded segments too (FTS4; a server's tsvector
    // rows were replaced whole, its old row versions are the server's to vacuum).
    if (!sql::isServer(db)
        && !run(QStringLiteral("INSERT INTO case_search (case_search) VALUES ('optimize')"), {}))
        return std::nullopt;
    QString auditError;
    int destroyed = sweep.auditPayloads;
    for (const QString &number : plan.caseNumbers) {
        const int count = log.destroyPayloads(caseEntity, number, &auditError);
        if (count < 0) {
            *error = { ServiceError::Code::Storage, auditError, {} };
            return std::nullopt;
        }
        destroyed += count;
    }
    const int personCount
        = log.destroyPayloads(personEntity, QString::number(personId), &auditError);
    if (personCount < 0) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    destroyed += personCount;

    // A person without requests: the rule is none of the request files' (the items name theirs).
    const QString ruleText = files && !personOnly ? ruleTextOf(*files) : QString();
    const QString ruleCode = files && !personOnly ? files->code : QString();
    const QJsonObject counts { { QStringLiteral("requests"),
                                 static_cast<int>(plan.caseNumbers.size()) },
                               { QStringLiteral("notes"), plan.notes },
                               { QStringLiteral("attachments"), plan.attachments },
                               { QStringLiteral("letters"), plan.letters },
                               { QStringLiteral("ap_references"), plan.apReferences },
                               { QStringLiteral("disclosures"), sweep.disclosures },
                               { QStringLiteral("drafts"), sweep.drafts },
                               { QStringLiteral("audit_payloads"), destroyed },
                               { QStringLiteral("search_rows"), plan.searchRows } };
    const QString kept = keptForLog(plan.kept);
    QString what = plan.remainder ? QStringLiteral("rest van de betrokkene vernietigd (naam en "
                                                   "klantnummer); ")
        : keep ? QStringLiteral("persoon teruggebracht tot naam en klantnummer; ")
        : personOnly
        ? QStringLiteral("gegevens van de betrokkene in Privacydesk vernietigd (geen verzoeken); ")
        : QStringLiteral("persoon geanonimiseerd; ");
    what += countsInWords(counts);
    if (!kept.isEmpty())
        what += QStringLiteral("; ") + kept;
    // Each request and data breach whose data went says so in its own chronology (a server
    // also sees every changed row described by its own entity: resources/server/audit.sql).
    QList<AuditEntry> touched;
    for (const QString &number : plan.caseNumbers)
        touched.append(
            { m_store.userName(),
              caseEntity,
              number,
              QStringLiteral("retention.destroyed"),
              { { QStringLiteral("rule"), ruleCode }, { QStringLiteral("method"), how } } });
    for (const QString &number : std::as_const(breachesWritten))
        touched.append({ m_store.userName(),
                         QStringLiteral("breach"),
                         number,
                         QStringLiteral("breach.person_destroyed"),
                         { { QStringLiteral("rule"), ruleCode } } });
    if (!log.appendBatch(touched, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    if (keep && subject != personId) {
        // The person's own trail says what happened to them and what is kept, without the
        // requests (those are named in the event of their new anonymous data subject).
        QJsonArray keptRules;
        for (const RetentionItem &item : plan.kept)
            keptRules.append(item.rule.code);
        if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                        QStringLiteral("retention.destroyed"),
                        { { QStringLiteral("rule"), ruleCode },
                          { QStringLiteral("method"), how },
                          { QStringLiteral("kept"), keptRules } },
                        &auditError)) {
            *error = { ServiceError::Code::Storage, auditError, {} };
            return std::nullopt;
        }
    }
    if (!log.append(m_store.userName(), personEntity, QString::number(subject),
                    QStringLiteral("retention.destroyed"),
                    { { QStringLiteral("rule"), ruleCode },
                      { QStringLiteral("method"), how },
                      { QStringLiteral("cases"), QJsonArray::fromStringList(plan.caseNumbers) },
                      { QStringLiteral("expired_on"), isoDate(plan.expires) },
                      { QStringLiteral("audit_payloads"), destroyed },
                      { QStringLiteral("attachments"), plan.attachments },
                      { QStringLiteral("counts"), counts } },
                    &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    if (!flushOverrides(log, personEntity, QString::number(subject), error))
        return std::nullopt;
    DestructionRecord record;
    record.destroyedAt = m_clock.now();
    record.destroyedOn = today;
    record.destroyedBy = m_store.userName();
    record.method = how;
    // Without requests, what went is the person's data from outside (the ERP): "other data".
    record.kind = personOnly ? QStringLiteral("item") : QStringLiteral("verzoekdossier");
    record.ruleText = ruleText;
    record.subjectRef = QStringLiteral("P-%1").arg(subject);
    record.caseNumbers = plan.caseNumbers;
    record.expiredOn = plan.expires;
    record.what = what;
    record.counts = counts;
    record.kept = kept;
    if (!logDestruction(db,
                        files && !personOnly ? QVariant(files->id)
                                             : QVariant(QMetaType(QMetaType::LongLong)),
                        &record, error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    // Old page images of the destroyed rows must not linger in the write-ahead log. While
    // another connection reads, they may: then say so, never that the data is gone.
    QString checkpointFailure;
    if (!truncateWriteAheadLog(db, &checkpointFailure)) {
        qWarning("retention: WAL not emptied after destruction: %s", qPrintable(checkpointFailure));
        record.walWarning = walWarningText();
    }
    return record;
}

QList<qint64> RetentionService::reducedPersons(ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QSqlQuery query(m_store.database());
    // A reduced person who came back with a new request holds more than that again.
    if (!query.exec(QStringLiteral("SELECT p.id FROM ") + PersonRepository::tableSql(u"p")
                    + QStringLiteral(" WHERE p.reduced_at IS NOT NULL AND p.anonymised_at IS NULL "
                                     "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_id = "
                                     "p.id) ORDER BY p.id"))) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    if (query.lastError().isValid() && error)
        *error = ServiceError::fromSql(query.lastError());
    return ids;
}

} // namespace pd
