// The disclosure register's codes and labels, and a disclosure and an art. 19 notice as JSON (the
// CLI's --json): what the register means, apart from how it is stored (Disclosures.cpp).
#include "domain/CodeTable.h"
#include "registers/Disclosures.h"
#include "store/ServiceSupport.h"

#include <QJsonArray>

namespace pd {

using namespace support;

namespace {

using codes::Entry;

constexpr Entry<LegalBasis> basisTable[] = {
    { LegalBasis::Consent, "a", QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Art. 6(1)(a) consent") },
    { LegalBasis::Contract, "b",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Art. 6(1)(b) contract") },
    { LegalBasis::LegalObligation, "c",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Art. 6(1)(c) legal obligation") },
    { LegalBasis::VitalInterest, "d",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Art. 6(1)(d) vital interest") },
    { LegalBasis::PublicTask, "e",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Art. 6(1)(e) public task") },
    { LegalBasis::LegitimateInterest, "f",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Art. 6(1)(f) legitimate interest") },
};

constexpr Entry<InformedStatus> informedTable[] = {
    { InformedStatus::Informed, "geinformeerd",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Informed") },
    { InformedStatus::Prohibited, "verboden",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Not informed: prohibited by law") },
    { InformedStatus::Pending, "nog-te-doen",
      QT_TRANSLATE_NOOP("pd::DisclosureCodes", "Still to inform") },
};

} // namespace

template<> const codes::Vocabulary<LegalBasis> &codes::vocabulary<LegalBasis>()
{
    static constexpr codes::Vocabulary<LegalBasis> v { basisTable, "pd::DisclosureCodes" };
    return v;
}

template<> const codes::Vocabulary<InformedStatus> &codes::vocabulary<InformedStatus>()
{
    static constexpr codes::Vocabulary<InformedStatus> v { informedTable, "pd::DisclosureCodes" };
    return v;
}

QJsonObject disclosureToJson(const Disclosure &d)
{
    QJsonArray persons;
    for (const DisclosurePerson &p : d.persons)
        persons.append(QJsonObject { { QStringLiteral("id"), p.id },
                                     { QStringLiteral("klantnummer"), p.klantnummer },
                                     { QStringLiteral("name"), p.name } });
    const QJsonArray data = codes::jsonCodes(d.data);
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("date"), jsonDate(d.date) },
        { QStringLiteral("recipient"),
          QJsonObject { { QStringLiteral("id"), d.recipientId },
                        { QStringLiteral("name"), d.recipientName },
                        { QStringLiteral("category"), codes::code(d.recipientCategory) },
                        { QStringLiteral("role"), codes::code(d.recipientRole) } } },
        { QStringLiteral("persons"), persons },
        { QStringLiteral("data"), data },
        { QStringLiteral("data_text"), textOrNull(d.dataText) },
        { QStringLiteral("purpose"), d.purpose },
        { QStringLiteral("basis"), codes::code(d.basis) },
        { QStringLiteral("basis_text"), textOrNull(d.basisText) },
        { QStringLiteral("requested_by"), textOrNull(d.requestedBy) },
        { QStringLiteral("case"), textOrNull(d.caseNumber) },
        { QStringLiteral("informed"), codes::code(d.informed) },
        { QStringLiteral("informed_on"), jsonDate(d.informedOn) },
        { QStringLiteral("not_informed_reason"), textOrNull(d.notInformedReason) },
        { QStringLiteral("destroyed_persons"), d.destroyedPersons },
        { QStringLiteral("person_count"), d.persons.size() },
        { QStringLiteral("covenant"),
          d.covenantId > 0 ? QJsonValue(QJsonObject { { QStringLiteral("id"), d.covenantId },
                                                      { QStringLiteral("name"), d.covenantName } })
                           : QJsonValue(QJsonValue::Null) },
    };
}

QString Art19Notification::statusCode() const
{
    if (notifiedOn.isValid())
        return QStringLiteral("geinformeerd");
    if (exempt)
        return QStringLiteral("onmogelijk-of-onevenredig");
    if (notApplicable)
        return QStringLiteral("niet-van-toepassing");
    return QStringLiteral("nog-te-doen");
}

QJsonObject art19NotificationToJson(const Art19Notification &n)
{
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject {
        { QStringLiteral("recipient"),
          QJsonObject { { QStringLiteral("id"), n.recipientId },
                        { QStringLiteral("name"), n.recipientName },
                        { QStringLiteral("category"), codes::code(n.category) } } },
        { QStringLiteral("disclosures"), n.disclosures },
        { QStringLiteral("last_disclosed"), jsonDate(n.lastDisclosed) },
        { QStringLiteral("status"), n.statusCode() },
        { QStringLiteral("notified_on"), jsonDate(n.notifiedOn) },
        { QStringLiteral("exempt_reason"),
          n.exempt ? textOrNull(n.exemptReason) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("not_applicable_reason"), textOrNull(n.notApplicableReason) },
        { QStringLiteral("recorded_by"), textOrNull(n.notifiedBy) },
        { QStringLiteral("withheld"), n.withheld },
    };
}

QString Disclosure::recipientDescription() const
{
    const QString kind = RecipientCodes::describedLabel(recipientCategory);
    const QString processes = recipientProcesses.simplified();
    if (recipientRole != RecipientRole::Verwerker || processes.isEmpty())
        return kind;
    return QStringLiteral("%1: %2").arg(kind, processes);
}

} // namespace pd
