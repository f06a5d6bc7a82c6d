// The people letters go to: who signs (the display name, the organisation's title for
// the signatory, the privacy officer's own contact), the tenant's postal address in the address
// block, and a representative's request: its letters go to the representative and name the
// person they act for, and while the mandate is missing the only letter is the request for it,
// whose pause moves the deadline.

#include "DocumentFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonReportDocument.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "retention/Restrictions.h"
#include "session/Session.h"
#include "users/UserService.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QString plain(const QString &html)
{
    return LetterTemplates::plainText(html).simplified();
}

// The words that make the addressee the data subject (seed 003: "persoonsgegevens die
// wij over u vastleggen", "Wat u van ons ontvangt, zijn uw persoonsgegevens", "Kloppen uw
// gegevens niet" to the son who asked for his mother's data).
const QRegularExpression &asTheDataSubject()
{
    static const QRegularExpression words(
        u"\\buw (persoons)?gegevens\\b|\\b(over|van|met) u\\b|\\buw "
        "(toestemming|belang|rechten|privacy)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return words;
}

} // namespace

class TestLetterPeople final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedWithTheOrganisationsTitle();
    void officerContactInTheContactLine();
    void ieder1SignsAsItsPrivacyOfficer();
    void portalByItsOwnName();
    void handlerNamedByDisplayName();
    void addressBlockHoldsTheTenantsAddress();
    void greetingKeepsTheSurnamePrefix_data();
    void greetingKeepsTheSurnamePrefix();
    void withoutMandateOnlyTheMandateRequest();
    void mandatePauseMovesTheDeadline();
    void acknowledgementExplainsTheMandatePause();
    void acknowledgementKnowsTheIdentification();
    void representativesLettersGoToTheRepresentative();
    void bewindvoerderByNameAtTheFirm();
    void mandateRequestAsksWhatTheAuthorityProves_data();
    void mandateRequestAsksWhatTheAuthorityProves();
    void mandateWithTheRequestNeedsNoRequest();
    void noMandatePauseShownWithoutAPause();
    void ownTemplateMustAddressTheRepresentative();
    void representativeIsNeverTheDataSubject();
    void notDealtWithForWantOfTheMandate();
    void courtAppointedIsAskedForTheDecision();
    void dossierShowsTheMandateAsIdentification();
    void askedLateTheClockRuns(); // last: it moves the fixture's clock

private:
    std::optional<Case>
    representativeCase(const QString &klantnummer, QDate received,
                       const QList<RequestType> &types = { RequestType::Inzage },
                       bool mandateAttached = false,
                       std::optional<RepresentativeAuthority> authority = std::nullopt);
    // A representative's request received on 1 September 2026 whose mandate was asked for on
    // 2 September; nullopt (with a warning) when that failed.
    std::optional<Case> mandateAskedFor(const QString &klantnummer,
                                        std::optional<RepresentativeAuthority> authority
                                        = std::nullopt);
    QString render(const QString &number, LetterKind kind, ServiceError *error);
    LetterAvailability availability(const QString &number, LetterKind kind);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
};

void TestLetterPeople::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    QVERIFY2(m_fixture->setOrganisation(), qPrintable(m_fixture->error()));
}

std::optional<Case>
TestLetterPeople::representativeCase(const QString &klantnummer, QDate received,
                                     const QList<RequestType> &types, bool mandateAttached,
                                     std::optional<RepresentativeAuthority> authority)
{
    m_fixture->at(received);
    NewCase request;
    request.person.name = u"W. de Groot-Visser"_s;
    request.person.klantnummer = klantnummer;
    request.person.relation = Relation::Huurder;
    request.person.street = u"Kerkpad"_s;
    request.person.houseNumber = u"12"_s;
    request.person.postcode = u"6582BC"_s;
    request.person.city = u"Heumen"_s;
    request.types = types;
    request.channel = Channel::Gemachtigde;
    request.receivedDate = received;
    request.representative = u"J. de Groot"_s;
    request.representativeAddress = u"Dorpsstraat 3, 6581 AB Malden"_s;
    request.representativeAuthority = authority;
    if (mandateAttached)
        request.attachments << NewAttachment { u"machtiging.pdf"_s,
                                               pd::test::minimalPdf("machtiging"),
                                               AttachmentKind::Machtiging, false, false };
    ServiceError error;
    const auto c = CaseService(Session { *m_store, m_fixture->clock() })
                       .add(request, BsnCheck::Refuse, &error);
    if (!c)
        qWarning() << error.message;
    return c;
}

std::optional<Case>
TestLetterPeople::mandateAskedFor(const QString &klantnummer,
                                  std::optional<RepresentativeAuthority> authority)
{
    const auto c = representativeCase(klantnummer, QDate(2026, 9, 1), { RequestType::Inzage },
                                      false, authority);
    if (!c)
        return std::nullopt;
    m_fixture->at(QDate(2026, 9, 2));
    ServiceError error;
    if (!CaseService(Session { *m_store, m_fixture->clock() })
             .requestMandate(c->number, QDate(2026, 9, 2), &error)) {
        qWarning() << error.message;
        return std::nullopt;
    }
    return c;
}

QString TestLetterPeople::render(const QString &number, LetterKind kind, ServiceError *error)
{
    const auto letter
        = LetterService(Session { *m_store, m_fixture->clock() }).render(number, kind, error);
    return letter ? plain(letter->html) : QString();
}

LetterAvailability TestLetterPeople::availability(const QString &number, LetterKind kind)
{
    for (const LetterAvailability &a :
         LetterService(Session { *m_store, m_fixture->clock() }).availability(number)) {
        if (a.kind == kind)
            return a;
    }
    return {};
}

// The title under the name is the organisation's own (organisation.signature_role):
// "functionaris gegevensbescherming" by default, "Privacy Officer" for an organisation without
// an FG, which then never appears to claim one.
void TestLetterPeople::signedWithTheOrganisationsTitle()
{
    const auto c = m_fixture->addCase(u"S. Titel"_s, u"K380001"_s, { RequestType::Inzage },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    const auto me
        = UserService(*m_store, Session { *m_store, m_fixture->clock() }).find(m_store->userName());
    QVERIFY(me);
    // The store's first beheerder is its only user, and no FG is named: the privacy officer
    // themselves, who signs with the title and never "namens" their own role (seed 003: "namens
    // de Privacy Officer" under the Privacy Officer's own name).
    QCOMPARE(me->role, Role::Beheerder);
    ServiceError error;
    QString text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error.message));
    QVERIFY2(text.contains(me->displayName + u" Functionaris gegevensbescherming"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"namens de"_s), qPrintable(text));

    OrganisationSettings settings(Session { *m_store, m_fixture->clock() });
    OrganisationDetails details = settings.details();
    const OrganisationDetails saved = details;
    QCOMPARE(details.signatureRoleText(), u"functionaris gegevensbescherming"_s);
    details.signatureRole = u"Privacy Officer"_s;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(settings.details().signatureRole, u"Privacy Officer"_s);
    text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(text.contains(me->displayName + u" Privacy Officer "_s
                           + test::DocumentFixture::organisationName()),
             qPrintable(text));
    QVERIFY2(!text.contains(u"namens de Privacy Officer"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"unctionaris gegevensbescherming"_s), qPrintable(text));

    // An FG named in the settings who is someone else: the beheerder signs on their behalf; the
    // beheerder named as the FG signs as the FG.
    details.signatureRole = u"functionaris gegevensbescherming"_s;
    details.fgName = u"Petra de Boer"_s;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(text.contains(me->displayName + u" namens de functionaris gegevensbescherming "_s
                           + test::DocumentFixture::organisationName()),
             qPrintable(text));
    details.fgName = me->displayName;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(text.contains(me->displayName + u" Functionaris gegevensbescherming "_s
                           + test::DocumentFixture::organisationName()),
             qPrintable(text));
    QVERIFY2(!text.contains(u"namens de"_s), qPrintable(text));

    details = saved;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
}

// Ieder1 names no FG; its statement sends every privacy
// question to privacy@ieder1.nl. Set up as it says (organisation.signature_role "Privacy
// Officer", no organisation.fg_name, organisation.officer_email privacy@ieder1.nl), its privacy
// officer, a user with the functionaris role, signs with that title and never "namens" it or as
// an FG; a beheerder colleague of that store signs on the officer's behalf. (The store's only
// user, a beheerder, signs as the officer: signedWithTheOrganisationsTitle.)
void TestLetterPeople::ieder1SignsAsItsPrivacyOfficer()
{
    const QString folder = m_tmp.filePath(u"store-ieder1"_s);
    const QString password = u"Wachtwoord-van-de-privacy-officer-38"_s;
    QString number;
    {
        auto store = test::createServiceStore(folder);
        QVERIFY(store);
        test::DocumentFixture fixture(*store);
        QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
        OrganisationSettings settings(Session { *store, fixture.clock() });
        OrganisationDetails details = settings.details();
        details.signatureRole = u"Privacy Officer"_s;
        details.officerEmail = u"privacy@ieder1.nl"_s;
        ServiceError error;
        QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
        const auto c = fixture.addCase(u"I. Eder"_s, u"K380018"_s, { RequestType::Inzage },
                                       QDate(2026, 9, 1));
        QVERIFY2(c, qPrintable(fixture.error()));
        number = c->number;
        UserError userError;
        QVERIFY2(UserService(*store, Session { *store })
                     .add(u"s.smit"_s, u"Sanne Smit"_s, Role::Functionaris,
                          SecureBytes::fromUtf8(password), &userError),
                 qPrintable(userError.message));
    }
    const auto signature = [&](const QString &login, const QString &secret) {
        StoreError storeError;
        auto store = test::openServiceStore(folder, login, secret, &storeError);
        if (!store)
            return storeError.message();
        const FixedClock clock(QDateTime(QDate(2026, 9, 2), QTime(9, 0), Qt::UTC));
        ServiceError error;
        const auto letter = LetterService(Session { *store, clock })
                                .render(number, LetterKind::Ontvangstbevestiging, &error);
        return letter ? plain(letter->html) : error.message;
    };
    const QString officer = signature(u"s.smit"_s, password);
    QVERIFY2(officer.contains(u"Met vriendelijke groet, Sanne Smit Privacy Officer "_s
                              + test::DocumentFixture::organisationName()),
             qPrintable(officer));
    QVERIFY2(!officer.contains(u"namens de"_s), qPrintable(officer));
    QVERIFY2(!officer.contains(u"unctionaris gegevensbescherming"_s), qPrintable(officer));
    QVERIFY2(officer.contains(u"privacy@ieder1.nl"_s), qPrintable(officer));
    const QString colleague = signature(test::testUser, test::testPassword);
    QVERIFY2(colleague.contains(u"namens de Privacy Officer"_s), qPrintable(colleague));
    QVERIFY2(!colleague.contains(u"unctionaris gegevensbescherming"_s), qPrintable(colleague));

    // The beheerder is the organisation's Privacy Officer while Sanne Smit holds the
    // functionaris role: organisation.officer_name names them, with no FG claimed.
    QString beheerder;
    {
        StoreError storeError;
        auto store
            = test::openServiceStore(folder, test::testUser, test::testPassword, &storeError);
        QVERIFY2(store, qPrintable(storeError.message()));
        const auto me = UserService(*store, Session { *store }).find(store->userName());
        QVERIFY(me);
        beheerder = me->displayName;
        OrganisationSettings settings(Session { *store });
        OrganisationDetails details = settings.details();
        details.officerName = u"  "_s + beheerder.toUpper() + u" "_s;
        ServiceError error;
        QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
        QCOMPARE(settings.details().officerName, beheerder.toUpper());
        QVERIFY(settings.details().fgName.isEmpty());
    }
    const QString named = signature(test::testUser, test::testPassword);
    QVERIFY2(named.contains(u"Met vriendelijke groet, "_s + beheerder + u" Privacy Officer "_s
                            + test::DocumentFixture::organisationName()),
             qPrintable(named));
    QVERIFY2(!named.contains(u"namens de"_s), qPrintable(named));
    // Sanne Smit, the functionaris, still signs as the officer; nobody claims an FG.
    const QString functionaris = signature(u"s.smit"_s, password);
    QVERIFY2(functionaris.contains(u"Sanne Smit Privacy Officer"_s), qPrintable(functionaris));
    QVERIFY2(!named.contains(u"unctionaris gegevensbescherming"_s), qPrintable(named));
}

// The identification letter offers the tenants' portal by the name the
// organisation gives it ("mijn ieder1", organisation.portal_name), and a letter saying how the
// identity was checked names it the same way. Only a portal tenants log in to is offered
// (organisation.portal_identifies; a contact form shows nobody who asks, seed 004): an
// organisation without one (seed 003) offers none, not "het huurdersportaal".
void TestLetterPeople::portalByItsOwnName()
{
    const auto c = m_fixture->addCase(u"P. Portaal"_s, u"K380070"_s, { RequestType::Inzage },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    ServiceError error;
    QString text = render(c->number, LetterKind::VerzoekIdentificatie, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error.message));
    QVERIFY2(!text.contains(u"portaal"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Log in op"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Aan de balie."_s), qPrintable(text));

    OrganisationSettings settings(Session { *m_store, m_fixture->clock() });
    OrganisationDetails details = settings.details();
    const OrganisationDetails saved = details;
    // A contact form by name, which identifies nobody: not offered.
    details.portalName = u"het contactformulier"_s;
    details.portalIdentifies = false;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    text = render(c->number, LetterKind::VerzoekIdentificatie, &error);
    QVERIFY2(!text.contains(u"contactformulier"_s), qPrintable(text + error.message));
    QVERIFY2(!text.contains(u"Log in op"_s), qPrintable(text));
    // A template of the organisation's own that still offers the portal is refused.
    LetterService letters(Session { *m_store, m_fixture->clock() });
    QString own = LetterTemplates::defaultHtml(LetterKind::VerzoekIdentificatie);
    own.replace(u"{{identificatie.portaalroute}}"_s,
                u"<li>Via {{identificatie.portaal}}: log in.</li>"_s);
    QVERIFY2(letters.saveTemplate(LetterKind::VerzoekIdentificatie, own, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(render(c->number, LetterKind::VerzoekIdentificatie, &error).isEmpty());
    QVERIFY2(error.message.contains(u"no portal tenants log in to"_s), qPrintable(error.message));
    QVERIFY2(letters.resetTemplate(LetterKind::VerzoekIdentificatie, &error),
             qPrintable(error.message));
    // A portal that identifies, without a name of its own: "het huurdersportaal".
    details.portalName.clear();
    details.portalIdentifies = true;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    text = render(c->number, LetterKind::VerzoekIdentificatie, &error);
    QVERIFY2(text.contains(u"Via het huurdersportaal. Log in op het huurdersportaal en bevestig "
                           "daar uw verzoek."_s),
             qPrintable(text + error.message));
    // A portal by its name, never said otherwise: it identifies (the name was set for it).
    details.portalIdentifies.reset();
    details.portalName = u"mijn ieder1 <portaal>"_s;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    text = render(c->number, LetterKind::VerzoekIdentificatie, &error);
    QVERIFY2(text.contains(u"Via mijn ieder1 <portaal>. Log in op mijn ieder1 <portaal> en "
                           "bevestig daar uw verzoek."_s),
             qPrintable(text + error.message));
    QVERIFY2(!text.contains(u"huurdersportaal"_s), qPrintable(text));

    QVERIFY2(
        m_fixture->identify(c->number, QDate(2026, 9, 2), QDate(2026, 9, 3), IdMethod::Portaal),
        qPrintable(m_fixture->error()));
    text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(
        text.contains(u"Zo hebben wij dat gecontroleerd: ingelogd in mijn ieder1 <portaal>."_s),
        qPrintable(text + error.message));
    // The inzage report and the AP dossier say it the same way.
    const auto report
        = PersonReportLoader(Session { *m_store, m_fixture->clock() }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    const QString reportText = plain(PersonReportDocument::toHtml(*report));
    QVERIFY2(reportText.contains(u"how: logged in to mijn ieder1 <portaal>"_s),
             qPrintable(reportText));
    const auto dossier
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(dossier, qPrintable(error.message));
    const QString dossierText = test::DocumentFixture::dossierText(*dossier);
    QVERIFY2(dossierText.contains(u"logged in to mijn ieder1 <portaal>"_s),
             qPrintable(dossierText));
    QVERIFY2(settings.save(saved, BsnCheck::Refuse, &error), qPrintable(error.message));
}

// The privacy officer's own phone and e-mail stand in the contact line when set, and
// not otherwise.
void TestLetterPeople::officerContactInTheContactLine()
{
    const auto c = m_fixture->addCase(u"C. Contact"_s, u"K380002"_s, { RequestType::Inzage },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    ServiceError error;
    QString text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error.message));
    QVERIFY2(!text.contains(u"rechtstreeks"_s), qPrintable(text));

    OrganisationSettings settings(Session { *m_store, m_fixture->clock() });
    OrganisationDetails details = settings.details();
    details.officerPhone = u"06 12345678"_s;
    details.officerEmail = u"fg@voorbeeldhaven.nl"_s;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(text.contains(u"Neem dan contact met ons op via privacy@voorbeeldhaven.nl, of "
                           "rechtstreeks met onze functionaris gegevensbescherming via "
                           "telefoonnummer 06 12345678 of fg@voorbeeldhaven.nl, of stuur ons een "
                           "brief"_s),
             qPrintable(text));

    // The officer's address is the organisation's own (ieder1: privacy@ieder1.nl): said once, in
    // the contact line and under the letterhead alike.
    details.officerEmail = u"Privacy@Voorbeeldhaven.nl"_s;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(!text.contains(u"Privacy@Voorbeeldhaven.nl"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Functionaris gegevensbescherming: 06 12345678"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Neem dan contact met ons op via privacy@voorbeeldhaven.nl, of "
                           "rechtstreeks met onze functionaris gegevensbescherming via "
                           "telefoonnummer 06 12345678, of stuur ons een brief"_s),
             qPrintable(text));
    details.officerPhone.clear();
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(!text.contains(u"rechtstreeks"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Neem dan contact met ons op via privacy@voorbeeldhaven.nl, of "
                           "stuur ons een brief"_s),
             qPrintable(text));

    details.officerEmail = u"geen-adres"_s;
    QVERIFY(!settings.save(details, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    details.officerPhone.clear();
    details.officerEmail.clear();
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
}

// nl-findings "Letters.cpp values(): behandelaar": {{behandelaar}} names the handler by the
// display name the Users dialog gives, never by the login.
void TestLetterPeople::handlerNamedByDisplayName()
{
    UserError userError;
    UserService users(*m_store, Session { *m_store, m_fixture->clock() });
    const QString login = m_store->userName();
    const auto before = users.find(login);
    QVERIFY(before);
    QVERIFY2(users.setDisplayName(login, u"Jan de Vries"_s, &userError),
             qPrintable(userError.message));
    // j.devries is the fixture's handler and the store's user.
    const auto c = m_fixture->addCase(u"H. Handler"_s, u"K380003"_s, { RequestType::Inzage },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QCOMPARE(c->handler, login);
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QString html = LetterTemplates::defaultHtml(LetterKind::Ontvangstbevestiging);
    html.replace(u"{{ondertekening.naam}}"_s, u"Behandeld door {{behandelaar}}."_s);
    QVERIFY2(service.saveTemplate(LetterKind::Ontvangstbevestiging, html, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(text.contains(u"Behandeld door Jan de Vries."_s), qPrintable(text + error.message));
    QVERIFY2(!text.contains(u"Behandeld door "_s + login), qPrintable(text));
    QVERIFY2(service.resetTemplate(LetterKind::Ontvangstbevestiging, &error),
             qPrintable(error.message));
    QVERIFY2(users.setDisplayName(login, before->displayName, &userError),
             qPrintable(userError.message));
}

// The tenant's postal address in the address block of the letter.
void TestLetterPeople::addressBlockHoldsTheTenantsAddress()
{
    const auto c = m_fixture->addCase(u"A. Adres"_s, u"K380004"_s, { RequestType::Inzage },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QCOMPARE(addressLine(c->person), u"Lange Nieuwstraat 117 bis, 3512 PN Utrecht"_s);
    ServiceError error;
    const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                            .render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY2(letter->html.contains(u"A. Adres<br>Lange Nieuwstraat 117 bis<br>3512 PN Utrecht"_s),
             qPrintable(letter->html));
    // The greeting names the surname without the initials (seed 003: "Geachte
    // heer/mevrouw T. de Groot").
    QVERIFY2(plain(letter->html).contains(u"Geachte heer of mevrouw Adres,"_s),
             qPrintable(letter->html));
}

// "Geachte heer of mevrouw Vrielink" for Kees Oude Vrielink. The greeting
// keeps a capitalised prefix of the surname, and writes a tussenvoegsel with a capital where no
// first name or initial precedes it.
void TestLetterPeople::greetingKeepsTheSurnamePrefix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("greeting");
    QTest::newRow("Oude") << u"Kees Oude Vrielink"_s << u"Geachte heer of mevrouw Oude Vrielink"_s;
    QTest::newRow("Oude, initial")
        << u"K. Oude Vrielink"_s << u"Geachte heer of mevrouw Oude Vrielink"_s;
    QTest::newRow("Olde") << u"Gerda Olde Monnikhof"_s
                          << u"Geachte heer of mevrouw Olde Monnikhof"_s;
    QTest::newRow("Groot") << u"dhr. H. Groot Koerkamp"_s << u"Geachte heer Groot Koerkamp"_s;
    QTest::newRow("Ter") << u"Jan Ter Horst"_s << u"Geachte heer of mevrouw Ter Horst"_s;
    QTest::newRow("ter") << u"Jan ter Horst"_s << u"Geachte heer of mevrouw Ter Horst"_s;
    QTest::newRow("van der") << u"Anna van der Plas"_s << u"Geachte heer of mevrouw Van der Plas"_s;
    QTest::newRow("de, initials") << u"W. de Groot-Visser"_s
                                  << u"Geachte heer of mevrouw De Groot-Visser"_s;
    QTest::newRow("no prefix") << u"Annelies Verbeek"_s << u"Geachte heer of mevrouw Verbeek"_s;
    QTest::newRow("Groot alone") << u"Jan Groot"_s << u"Geachte heer of mevrouw Groot"_s;
    // Double names whose second part starts with a tussenvoegsel (tst_salutation has the table).
    QTest::newRow("double, van der")
        << u"mevrouw A. Jansen-van der Berg"_s << u"Geachte mevrouw Jansen-van der Berg"_s;
    QTest::newRow("double, Te") << u"Heusinkveld-Te Brake"_s
                                << u"Geachte heer of mevrouw Heusinkveld-Te Brake"_s;
}

void TestLetterPeople::greetingKeepsTheSurnamePrefix()
{
    QFETCH(QString, name);
    QFETCH(QString, greeting);
    static int next = 0;
    const auto c = m_fixture->addCase(name, u"K38%1"_s.arg(1090 + next++), { RequestType::Inzage },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    ServiceError error;
    const QString text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error.message));
    QVERIFY2(text.contains(greeting + u","_s), qPrintable(text));
}

// While the mandate is missing the only letter offered is the request for it: what to
// send, where, and that the deadline waits. It goes to the representative.
void TestLetterPeople::withoutMandateOnlyTheMandateRequest()
{
    const auto c = representativeCase(u"K380005"_s, QDate(2026, 9, 1));
    QVERIFY(c);
    QVERIFY(c->awaitsMandate());
    for (const LetterAvailability &a :
         LetterService(Session { *m_store, m_fixture->clock() }).availability(c->number))
        QVERIFY2(a.available == (a.kind == LetterKind::VerzoekMachtiging),
                 qPrintable(codes::code(a.kind) + u": "_s + a.reason));
    const LetterAvailability refused = availability(c->number, LetterKind::Ontvangstbevestiging);
    QVERIFY2(refused.reason.contains(u"mandate of J. de Groot has not been received"_s),
             qPrintable(refused.reason));
    ServiceError error;
    QVERIFY(render(c->number, LetterKind::Besluit, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Invalid);

    const QString text = render(c->number, LetterKind::VerzoekMachtiging, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error.message));
    QVERIFY2(text.contains(u"J. de Groot Dorpsstraat 3 6581 AB Malden"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Geachte heer of mevrouw De Groot,"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Wij hebben uw verzoek namens W. de Groot-Visser op 1 september 2026 "
                           "ontvangen. Uw verzoek gaat over inzage in de gegevens van W. de "
                           "Groot-Visser."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"staat de termijn voor ons antwoord stil"_s), qPrintable(text));
    QVERIFY2(text.contains(u"privacy@voorbeeldhaven.nl"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Geachte W. de Groot-Visser"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Kerkpad"_s), qPrintable(text));

    // A request without a representative has no mandate to ask for.
    const auto own = m_fixture->addCase(u"E. Eigen"_s, u"K380006"_s, { RequestType::Inzage },
                                        QDate(2026, 9, 1));
    QVERIFY2(own, qPrintable(m_fixture->error()));
    QVERIFY(!availability(own->number, LetterKind::VerzoekMachtiging).available);
    CaseService cases(Session { *m_store, m_fixture->clock() });
    QVERIFY(!cases.requestMandate(own->number, QDate(2026, 9, 2), &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

// A representative's request closed because the mandate never came. The
// decision says the mandate is missing and what to send, not "Laat ons dan ook zien wie u bent"
// with the representative's own passport and BSN.
void TestLetterPeople::notDealtWithForWantOfTheMandate()
{
    const auto c = mandateAskedFor(u"K380040"_s);
    QVERIFY(c);
    CaseService cases(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    m_fixture->at(QDate(2026, 10, 20));
    QVERIFY2(cases.complete(
                 c->number,
                 test::completion(Outcome::NietInBehandeling, QDate(2026, 10, 20), u"per post"_s),
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString text = render(c->number, LetterKind::Besluit, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error.message));
    QVERIFY2(text.contains(u"Wij hebben uw verzoek niet in behandeling genomen."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"U heeft dit verzoek gedaan namens W. de Groot-Visser."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Wij hebben u op 2 september 2026 om een machtiging gevraagd. Die "
                           "machtiging hebben wij niet ontvangen."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Stuur dan een machtiging mee."_s), qPrintable(text));
    QVERIFY2(text.contains(u"privacy@voorbeeldhaven.nl"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"laten zien wie u bent"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Laat ons dan ook zien wie u bent"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"met uw BSN"_s), qPrintable(text));
    QVERIFY2(text.contains(u"J. de Groot Dorpsstraat 3 6581 AB Malden"_s), qPrintable(text));
}

// A curator sends the kantonrechter's decision, not a mandate the person
// signs: the acknowledgement says it was received, and a request closed without it says that
// it was missing and what to send next time.
void TestLetterPeople::courtAppointedIsAskedForTheDecision()
{
    CaseService cases(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto received = mandateAskedFor(u"K380043"_s, RepresentativeAuthority::Curator);
    QVERIFY(received);
    m_fixture->at(QDate(2026, 9, 7));
    QVERIFY2(cases.receiveMandate(received->number, QDate(2026, 9, 7), &error),
             qPrintable(error.message));
    QString text = render(received->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(text.contains(u"Uw bewijs Op 7 september 2026 hebben wij de beschikking ontvangen "
                           "waarmee u als curator van W. de Groot-Visser optreedt."_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"machtiging"_s), qPrintable(text));

    const auto missing = mandateAskedFor(u"K380044"_s, RepresentativeAuthority::Curator);
    QVERIFY(missing);
    m_fixture->at(QDate(2026, 10, 20));
    QVERIFY2(cases.complete(
                 missing->number,
                 test::completion(Outcome::NietInBehandeling, QDate(2026, 10, 20), u"per post"_s),
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
    text = render(missing->number, LetterKind::Besluit, &error);
    QVERIFY2(text.contains(u"Wij hebben u op 2 september 2026 om de beschikking van de "
                           "kantonrechter gevraagd. De beschikking hebben wij niet ontvangen."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Stuur dan de beschikking van de kantonrechter mee."_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"machtiging"_s), qPrintable(text));
}

// The AP dossier of a representative's request said "Identificatie
// opgevraagd: niet gevraagd" though the mandate had been asked for. The mandate is the
// identification step: asked for on, received on, checked by.
void TestLetterPeople::dossierShowsTheMandateAsIdentification()
{
    const auto c = mandateAskedFor(u"K380041"_s);
    QVERIFY(c);
    CaseService cases(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    m_fixture->at(QDate(2026, 9, 7));
    QVERIFY2(cases.receiveMandate(c->number, QDate(2026, 9, 7), &error), qPrintable(error.message));
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString dossier = test::DocumentFixture::dossierText(*content);
    const QString checkedBy = content->nameOf(m_store->userName());
    QVERIFY(!checkedBy.isEmpty());
    QVERIFY2(dossier.contains(u"Mandate requested "_s
                              + PersonReportDocument::longDate(QDate(2026, 9, 2))),
             qPrintable(dossier));
    QVERIFY2(dossier.contains(u"Mandate received "_s
                              + PersonReportDocument::longDate(QDate(2026, 9, 7))
                              + u", checked by "_s + checkedBy),
             qPrintable(dossier));
    QVERIFY2(!dossier.contains(u"Identification requested not requested"_s), qPrintable(dossier));
    QVERIFY2(!dossier.contains(u"Identification requested"_s), qPrintable(dossier));

    // A request of the person's own keeps its identification rows.
    const auto own = m_fixture->addCase(u"E. Eigen-Dossier"_s, u"K380042"_s,
                                        { RequestType::Inzage }, QDate(2026, 9, 1));
    QVERIFY2(own, qPrintable(m_fixture->error()));
    const auto ownContent
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(own->number, &error);
    QVERIFY2(ownContent, qPrintable(error.message));
    const QString ownDossier = test::DocumentFixture::dossierText(*ownContent);
    QVERIFY2(ownDossier.contains(u"Identification requested not requested"_s),
             qPrintable(ownDossier));
    QVERIFY2(!ownDossier.contains(u"Mandate requested"_s), qPrintable(ownDossier));
}

// Asked more than the policy's 7 days after receipt, waiting for
// the identification or the mandate does not stop the clock (DeadlineCalendar), so the letter
// asking for it must not say it does. Asked in time (recorded, or the letter's own date), it
// does.
void TestLetterPeople::askedLateTheClockRuns()
{
    const QString stops = u"staat de termijn voor ons antwoord stil"_s;
    const QString runs = u"De termijn voor ons antwoord loopt wel door"_s;
    ServiceError error;
    const auto mandate = representativeCase(u"K380020"_s, QDate(2026, 9, 1));
    QVERIFY(mandate);
    m_fixture->at(QDate(2026, 9, 12));
    QString text = render(mandate->number, LetterKind::VerzoekMachtiging, &error);
    QVERIFY2(text.contains(runs) && !text.contains(stops), qPrintable(text));
    QVERIFY2(text.contains(u"later dan 7 dagen"_s), qPrintable(text));
    QVERIFY(CaseService(Session { *m_store, m_fixture->clock() })
                .requestMandate(mandate->number, QDate(2026, 9, 2), &error));
    text = render(mandate->number, LetterKind::VerzoekMachtiging, &error);
    QVERIFY2(text.contains(stops) && !text.contains(runs), qPrintable(text));

    const auto own = m_fixture->addCase(u"L. Laat"_s, u"K380021"_s, { RequestType::Inzage },
                                        QDate(2026, 9, 1));
    QVERIFY2(own, qPrintable(m_fixture->error()));
    m_fixture->at(QDate(2026, 9, 8)); // the seventh day: in time
    for (LetterKind kind : { LetterKind::VerzoekIdentificatie, LetterKind::Ontvangstbevestiging }) {
        text = render(own->number, kind, &error);
        QVERIFY2(text.contains(stops) && !text.contains(runs), qPrintable(text));
    }
    m_fixture->at(QDate(2026, 9, 9));
    for (LetterKind kind : { LetterKind::VerzoekIdentificatie, LetterKind::Ontvangstbevestiging }) {
        text = render(own->number, kind, &error);
        QVERIFY2(text.contains(runs) && !text.contains(stops), qPrintable(text));
    }
}

// The mandate's own pause, like the identification's: asked for on 3 September,
// received on 13 September, the deadline moves by those ten days; the trail says so.
void TestLetterPeople::mandatePauseMovesTheDeadline()
{
    const auto c = representativeCase(u"K380007"_s, QDate(2026, 9, 1));
    QVERIFY(c);
    CaseService cases(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto before = cases.deadlines(*c, &error);
    QVERIFY2(before, qPrintable(error.message));
    QCOMPARE(before->all.legal, QDate(2026, 10, 1));

    m_fixture->at(QDate(2026, 9, 3));
    QVERIFY2(cases.requestMandate(c->number, QDate(2026, 9, 3), &error), qPrintable(error.message));
    auto waiting = cases.find(c->number, &error);
    QVERIFY(waiting);
    QCOMPARE(waiting->mandate.requested, QDate(2026, 9, 3));
    const auto paused = cases.deadlines(*waiting, &error);
    QVERIFY(paused);
    QVERIFY(paused->all.mandateSuspended);
    QVERIFY2(CaseWorkflow::mandatePauseText(*waiting, paused->all).contains(u"stands still"_s),
             qPrintable(CaseWorkflow::mandatePauseText(*waiting, paused->all)));

    m_fixture->at(QDate(2026, 9, 13));
    QVERIFY2(cases.receiveMandate(c->number, QDate(2026, 9, 13), &error),
             qPrintable(error.message));
    const auto received = cases.find(c->number, &error);
    QVERIFY(received);
    QVERIFY(!received->awaitsMandate());
    const auto after = cases.deadlines(*received, &error);
    QVERIFY(after);
    QVERIFY(!after->all.mandateSuspended);
    QCOMPARE(after->all.mandatePauseDays, 10);
    QCOMPARE(after->all.legal, QDate(2026, 10, 12)); // 11 October is a Sunday
    QVERIFY(!cases.receiveMandate(c->number, QDate(2026, 9, 13), &error));

    const QList<AuditEvent> trail = cases.timeline(c->number, &error);
    QStringList actions;
    for (const AuditEvent &event : trail)
        actions << event.action;
    QVERIFY2(actions.contains(u"case.mandate_requested"_s), qPrintable(actions.join(u' ')));
    QVERIFY2(actions.contains(u"case.mandate_received"_s), qPrintable(actions.join(u' ')));
}

// The representative's acknowledgement gave a date six weeks after receipt
// beside "De wet geeft ons hiervoor één maand", without a word about the wait for the mandate.
// The sentence after the date says why it lies later: the days waiting for the mandate do not
// count, as the identification's do not.
void TestLetterPeople::acknowledgementExplainsTheMandatePause()
{
    const auto c = representativeCase(u"K380009"_s, QDate(2026, 9, 1));
    QVERIFY(c);
    CaseService cases(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    m_fixture->at(QDate(2026, 9, 3));
    QVERIFY2(cases.requestMandate(c->number, QDate(2026, 9, 3), &error), qPrintable(error.message));
    m_fixture->at(QDate(2026, 9, 17));
    QVERIFY2(cases.receiveMandate(c->number, QDate(2026, 9, 17), &error),
             qPrintable(error.message));
    const QString text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error.message));
    // 30 days from 1 September, 1 October, plus the 14 days: 15 October.
    QVERIFY2(text.contains(u"uiterlijk op 15 oktober 2026"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Op 3 september 2026 hebben wij u om de machtiging gevraagd. Op 17 "
                           "september 2026 hebben wij die ontvangen. De 14 dagen daartussen "
                           "tellen niet mee voor de termijn. Daarom liggen de datums in deze "
                           "brief 14 dagen later."_s),
             qPrintable(text));
}

// A tenant who had logged in to the portal read "Misschien vragen wij u te
// laten zien wie u bent" in the acknowledgement. It says what the request's identification is:
// checked (when and how: nothing more to do), asked for (on which day), or not yet asked.
void TestLetterPeople::acknowledgementKnowsTheIdentification()
{
    const auto acknowledgement = [this](const QString &number) {
        ServiceError error;
        const auto letter = LetterService(Session { *m_store, m_fixture->clock() })
                                .render(number, LetterKind::Ontvangstbevestiging, &error);
        return letter ? plain(letter->html) : error.message;
    };
    const QString maybe = u"Misschien vragen wij u te laten zien wie u bent"_s;
    const auto portal = m_fixture->addCase(u"P. Portaal"_s, u"K300070"_s, { RequestType::Inzage },
                                           QDate(2026, 10, 1), Channel::Webformulier);
    QVERIFY2(portal, qPrintable(m_fixture->error()));
    ServiceError error;
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .receiveIdentification(portal->number, QDate(2026, 10, 1), IdMethod::Portaal, true,
                                        &error),
             qPrintable(error.message));
    QString text = acknowledgement(portal->number);
    QVERIFY2(text.contains(u"U heeft laten zien wie u bent Op 1 oktober 2026 hebben wij "
                           "gecontroleerd dat het verzoek van u komt. Zo hebben wij dat "
                           "gecontroleerd: ingelogd in het huurdersportaal. U hoeft dit niet nog "
                           "een keer te doen."_s),
             qPrintable(text));
    QVERIFY2(!text.contains(maybe), qPrintable(text));

    const auto asked = m_fixture->addCase(u"G. Gevraagd"_s, u"K300071"_s, { RequestType::Inzage },
                                          QDate(2026, 10, 1));
    QVERIFY2(asked, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(asked->number, QDate(2026, 10, 2), {}));
    text = acknowledgement(asked->number);
    QVERIFY2(text.contains(u"Wij vragen u te laten zien wie u bent"_s)
                 && text.contains(u"Daarom hebben wij u op 2 oktober 2026 gevraagd te laten zien "
                                  "wie u bent. Zolang wij niet weten wie u bent, staat de termijn "
                                  "voor ons antwoord stil."_s),
             qPrintable(text));
    QVERIFY2(!text.contains(maybe), qPrintable(text));

    const auto unknown = m_fixture->addCase(u"O. Onbekend"_s, u"K300072"_s, { RequestType::Inzage },
                                            QDate(2026, 10, 1));
    QVERIFY2(unknown, qPrintable(m_fixture->error()));
    text = acknowledgement(unknown->number);
    QVERIFY2(text.contains(maybe), qPrintable(text));
}

// The letters of a representative's request are addressed to the
// representative, name the person they act for, and never greet the person.
void TestLetterPeople::representativesLettersGoToTheRepresentative()
{
    const auto c = representativeCase(u"K380008"_s, QDate(2026, 9, 1),
                                      { RequestType::Inzage, RequestType::Verwijdering });
    QVERIFY(c);
    CaseService cases(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    m_fixture->at(QDate(2026, 9, 2));
    QVERIFY2(cases.receiveMandate(c->number, QDate(2026, 9, 2), &error), qPrintable(error.message));
    QVERIFY(!availability(c->number, LetterKind::VerzoekMachtiging).available);
    const auto check = [&](LetterKind kind) {
        const QString text = render(c->number, kind, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(codes::code(kind) + u": "_s + error.message));
        QVERIFY2(text.contains(u"J. de Groot Dorpsstraat 3 6581 AB Malden"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Geachte heer of mevrouw De Groot,"_s), qPrintable(text));
        QVERIFY2(text.contains(u"namens W. de Groot-Visser"_s)
                     || text.contains(u"de gegevens van W. de Groot-Visser"_s),
                 qPrintable(text));
        QVERIFY2(!text.contains(u"Geachte W. de Groot-Visser"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"via uw gemachtigde"_s), qPrintable(text));
    };
    check(LetterKind::Ontvangstbevestiging);
    // Nobody is asked "laat ons zien wie u bent" about someone else's data: the mandate's
    // letter asked for both identity documents.
    const LetterAvailability identification
        = availability(c->number, LetterKind::VerzoekIdentificatie);
    QVERIFY(!identification.available);
    QVERIFY2(identification.reason.contains(u"representative"_s),
             qPrintable(identification.reason));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 3), QDate(2026, 9, 4),
                                IdMethod::Gemachtigde));
    check(LetterKind::BegeleidendeBriefExport);
    QVERIFY(m_fixture->extend(c->number, u"Het dossier is groot."_s, QDate(2026, 9, 20)));
    check(LetterKind::Verlengingsbericht);
    QVERIFY2(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2026, 10, 20)),
             qPrintable(m_fixture->error()));
    check(LetterKind::Besluit);
    check(LetterKind::BevestigingVerwijdering);
}

// A bewindvoerder was greeted by his firm's place name ("Geachte heer of
// mevrouw Salland"). The representative's own name, the organisation and the kind of authority
// are kept apart: the letter goes to the person at the firm, greets them by name and says in
// what capacity they act.
void TestLetterPeople::bewindvoerderByNameAtTheFirm()
{
    m_fixture->at(QDate(2026, 9, 1));
    NewCase request;
    request.person.name = u"H. Jansen"_s;
    request.person.klantnummer = u"K389012"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Gemachtigde;
    request.receivedDate = QDate(2026, 9, 1);
    request.representative = u"mr. P. Hendriks"_s;
    request.representativeOrganisation = u"Bewindvoering Salland"_s;
    request.representativeAuthority = RepresentativeAuthority::Bewindvoerder;
    request.representativeAddress = u"Postbus 12, 7400 AA Deventer"_s;
    request.attachments << NewAttachment { u"beschikking.pdf"_s,
                                           pd::test::minimalPdf("beschikking"),
                                           AttachmentKind::Machtiging, false, false };
    CaseService cases(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    // Who the representative is comes only with their name.
    NewCase nameless = request;
    nameless.representative.clear();
    nameless.person.klantnummer = u"K389013"_s;
    QVERIFY(!cases.add(nameless, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    const auto c = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    const auto stored = cases.find(c->number, &error);
    QVERIFY2(stored, qPrintable(error.message));
    QCOMPARE(stored->representativeOrganisation, u"Bewindvoering Salland"_s);
    QCOMPARE(stored->representativeAuthority, RepresentativeAuthority::Bewindvoerder);
    const QString text = render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error.message));
    QVERIFY2(text.contains(u"mr. P. Hendriks Bewindvoering Salland Postbus 12 7400 AA Deventer"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Geachte heer of mevrouw Hendriks,"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Salland,"_s), qPrintable(text));
    QVERIFY2(text.contains(u"uw verzoek als bewindvoerder van H. Jansen"_s), qPrintable(text));
    QVERIFY2(text.contains(u"waarmee u als bewindvoerder van H. Jansen optreedt"_s),
             qPrintable(text));
}

// The request for a mandate asks what the recorded authority rests on: a
// bewindvoerder, curator or mentor the kantonrechter's decision, a parent an extract from the
// gezagsregister and the child's date of birth (no age: the AVG sets none), a gemachtigde the
// signed mandate. Without an authority recorded it asks as before: the mandate, or the court's
// decision for a curator, mentor or bewindvoerder.
void TestLetterPeople::mandateRequestAsksWhatTheAuthorityProves_data()
{
    QTest::addColumn<QString>("klantnummer");
    QTest::addColumn<int>("authority"); // -1: none recorded
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("never");
    // Why the other letters wait, as the desk and the CLI say it.
    QTest::addColumn<QString>("waits");
    const QString mandate = u"Een machtiging. Daarin staat dat u dit verzoek mag doen namens W. de "
                            "Groot-Visser. W. de Groot-Visser ondertekent de machtiging"_s;
    const QString courtLine = u"Bent u curator, mentor of bewindvoerder?"_s;
    const QString court = u"Een kopie van de beschikking van de kantonrechter. Daarin staat dat u "
                          "%1 bent van W. de Groot-Visser."_s;
    const QString extract = u"Een uittreksel uit het gezagsregister. Daarin staat dat u het "
                            "gezag heeft over W. de Groot-Visser."_s;
    const QString waitsMandate = u"The mandate of J. de Groot has not been received."_s;
    QTest::newRow("none") << u"K380060"_s << -1
                          << QStringList { u"stuur ons een machtiging"_s, mandate, courtLine,
                                           u"Zodra wij de machtiging hebben"_s }
                          << QStringList { u"gezagsregister"_s, u"kantonrechter"_s }
                          << waitsMandate;
    QTest::newRow("gemachtigde") << u"K380061"_s << int(RepresentativeAuthority::Gemachtigde)
                                 << QStringList { u"stuur ons een machtiging"_s, mandate }
                                 << QStringList { courtLine, u"kantonrechter"_s,
                                                  u"gezagsregister"_s }
                                 << waitsMandate;
    const QList<std::pair<RepresentativeAuthority, QString>> appointed {
        { RepresentativeAuthority::Bewindvoerder, u"de bewindvoerder"_s },
        { RepresentativeAuthority::Curator, u"de curator"_s },
        { RepresentativeAuthority::Mentor, u"de mentor"_s },
    };
    int next = 62;
    for (const auto &[authority, role] : appointed)
        QTest::newRow(qPrintable(role))
            << u"K3800%1"_s.arg(next++) << int(authority)
            << QStringList { u"stuur ons de beschikking van de kantonrechter"_s, court.arg(role),
                             u"Zodra wij de beschikking hebben"_s,
                             u"wij de beschikking en de identiteitsbewijzen"_s }
            << QStringList { mandate, courtLine, u"gezagsregister"_s }
            << u"The kantonrechter's decision showing that J. de Groot acts for W. de "
               "Groot-Visser has not been received."_s;
    QTest::newRow("ouder") << u"K380066"_s << int(RepresentativeAuthority::Ouder)
                           << QStringList { u"stuur ons een uittreksel uit het gezagsregister"_s,
                                            extract, u"De geboortedatum van W. de Groot-Visser."_s,
                                            u"De wet noemt geen vaste leeftijd"_s,
                                            u"Krijgen wij het uittreksel niet?"_s }
                           << QStringList { mandate, courtLine, u"kantonrechter"_s, u"jaar"_s }
                           << u"The extract from the custody register showing that J. de Groot "
                              "has custody of W. de Groot-Visser has not been received."_s;
}

void TestLetterPeople::mandateRequestAsksWhatTheAuthorityProves()
{
    QFETCH(QString, klantnummer);
    QFETCH(int, authority);
    QFETCH(QStringList, says);
    QFETCH(QStringList, never);
    QFETCH(QString, waits);
    const auto c = representativeCase(
        klantnummer, QDate(2026, 9, 1), { RequestType::Inzage }, false,
        authority < 0 ? std::nullopt
                      : std::optional(static_cast<RepresentativeAuthority>(authority)));
    QVERIFY(c);
    QVERIFY(c->awaitsMandate());
    ServiceError error;
    const QString text = render(c->number, LetterKind::VerzoekMachtiging, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error.message));
    for (const QString &said : std::as_const(says))
        QVERIFY2(text.contains(said), qPrintable(said + u"\n"_s + text));
    for (const QString &absent : std::as_const(never))
        QVERIFY2(!text.contains(absent), qPrintable(absent + u"\n"_s + text));
    const LetterAvailability waiting = availability(c->number, LetterKind::Besluit);
    QVERIFY(!waiting.available);
    QVERIFY2(waiting.reason.startsWith(waits), qPrintable(waiting.reason));
}

// A mandate kept with the request at intake (a file of kind Machtiging) is the
// mandate received: nothing to ask for, the letters go to the representative.
void TestLetterPeople::mandateWithTheRequestNeedsNoRequest()
{
    const auto c
        = representativeCase(u"K380009"_s, QDate(2026, 9, 1), { RequestType::Inzage }, true);
    QVERIFY(c);
    QCOMPARE(c->mandate.received, QDate(2026, 9, 1));
    QVERIFY(!c->awaitsMandate());
    QVERIFY(!availability(c->number, LetterKind::VerzoekMachtiging).available);
    QVERIFY(availability(c->number, LetterKind::Ontvangstbevestiging).available);
}

// A mandate received with the request, or on the day it was asked for,
// paused nothing: the desk, the CLI and the dossier show no "0 days" pause.
void TestLetterPeople::noMandatePauseShownWithoutAPause()
{
    CaseService cases(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    const auto withRequest
        = representativeCase(u"K380011"_s, QDate(2026, 9, 1), { RequestType::Inzage }, true);
    QVERIFY(withRequest);
    const auto sameDay = representativeCase(u"K380012"_s, QDate(2026, 9, 1));
    QVERIFY(sameDay);
    m_fixture->at(QDate(2026, 9, 2));
    QVERIFY2(cases.requestMandate(sameDay->number, QDate(2026, 9, 2), &error),
             qPrintable(error.message));
    QVERIFY2(cases.receiveMandate(sameDay->number, QDate(2026, 9, 2), &error),
             qPrintable(error.message));
    for (const QString &number : { withRequest->number, sameDay->number }) {
        const auto c = cases.find(number, &error);
        QVERIFY2(c, qPrintable(error.message));
        const auto d = cases.deadlines(*c, &error);
        QVERIFY2(d, qPrintable(error.message));
        QCOMPARE(d->all.mandatePauseDays, 0);
        QVERIFY2(CaseWorkflow::mandatePauseText(*c, d->all).isEmpty(),
                 qPrintable(CaseWorkflow::mandatePauseText(*c, d->all)));
        const auto content
            = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(number, &error);
        QVERIFY2(content, qPrintable(error.message));
        const QString dossier = test::DocumentFixture::dossierText(*content);
        QVERIFY2(!dossier.contains(ComplaintDossier::tr("Mandate pause")), qPrintable(dossier));
        QVERIFY2(!dossier.contains(u"0 day(s) waiting"_s), qPrintable(dossier));
    }
}

// An organisation's own template that greets the data subject is refused for a
// representative's request, naming the placeholders to use.
void TestLetterPeople::ownTemplateMustAddressTheRepresentative()
{
    const auto c
        = representativeCase(u"K380010"_s, QDate(2026, 9, 1), { RequestType::Inzage }, true);
    QVERIFY(c);
    LetterService service(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QString html = LetterTemplates::defaultHtml(LetterKind::Ontvangstbevestiging);
    html.replace(u"{{aanhef}}"_s, u"Geachte {{betrokkene.naam}}"_s);
    QVERIFY2(service.saveTemplate(LetterKind::Ontvangstbevestiging, html, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(render(c->number, LetterKind::Ontvangstbevestiging, &error).isEmpty());
    QVERIFY2(error.message.contains(u"{{aanhef}}"_s), qPrintable(error.message));
    QVERIFY2(service.resetTemplate(LetterKind::Ontvangstbevestiging, &error),
             qPrintable(error.message));
    QVERIFY2(!render(c->number, LetterKind::Ontvangstbevestiging, &error).isEmpty(),
             qPrintable(error.message));
}

// Every letter of a representative's request speaks of the
// person's data by the person's name, never as the representative's own ("uw gegevens", "over
// u"); the same letters to the person keep "uw".
void TestLetterPeople::representativeIsNeverTheDataSubject()
{
    const QList<RequestType> access { RequestType::Inzage, RequestType::Overdraagbaarheid };
    const QList<RequestType> changes { RequestType::Rectificatie, RequestType::Verwijdering,
                                       RequestType::Beperking, RequestType::Bezwaar,
                                       RequestType::Intrekking };
    const auto viaSon = representativeCase(u"K380030"_s, QDate(2026, 9, 1), access, true);
    const auto sonChanges = representativeCase(u"K380032"_s, QDate(2026, 9, 1), changes, true);
    QVERIFY(viaSon && sonChanges);
    const auto own = m_fixture->addCase(u"E. Zelf"_s, u"K380031"_s, access, QDate(2026, 9, 1));
    QVERIFY2(own, qPrintable(m_fixture->error()));
    for (const QString &number : { viaSon->number, sonChanges->number, own->number })
        QVERIFY(
            m_fixture->identify(number, QDate(2026, 9, 1), QDate(2026, 9, 2),
                                number == own->number ? IdMethod::Balie : IdMethod::Gemachtigde));
    ServiceError error;
    // The restriction the notice of lifting names: for a legal claim (art. 18(1)(c)), so that
    // it may be lifted while the request's rectification is still open.
    NewRestriction restriction;
    restriction.personId = sonChanges->person.id;
    restriction.ground = RestrictionGround::LegalClaims;
    restriction.data = u"telefoonnummer"_s;
    restriction.reason = u"De gegevens zijn nodig voor een procedure bij de kantonrechter."_s;
    restriction.startedOn = QDate(2026, 9, 2);
    restriction.caseNumber = sonChanges->number;
    QVERIFY2(RestrictionService(Session { *m_store, m_fixture->clock() })
                 .record(restriction, BsnCheck::Refuse, &error),
             qPrintable(error.message));

    QStringList made;
    const auto read = [&](const QString &number, LetterKind kind, bool represented) {
        const QString text = render(number, kind, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(codes::code(kind) + u": "_s + error.message));
        made << codes::code(kind);
        const auto found = asTheDataSubject().match(text);
        if (represented)
            QVERIFY2(
                !found.hasMatch(),
                qPrintable(codes::code(kind) + u": ‘"_s + found.captured() + u"’ in "_s + text));
        else
            QVERIFY2(found.hasMatch(), qPrintable(codes::code(kind) + u": "_s + text));
    };
    read(viaSon->number, LetterKind::Ontvangstbevestiging, true);
    read(viaSon->number, LetterKind::BegeleidendeBriefExport, true);
    read(own->number, LetterKind::BegeleidendeBriefExport, false);
    const QString cover = render(viaSon->number, LetterKind::BegeleidendeBriefExport, &error);
    QVERIFY2(cover.contains(u"Kloppen de gegevens van W. de Groot-Visser niet"_s),
             qPrintable(cover));
    QVERIFY2(cover.contains(u"persoonsgegevens die wij over W. de Groot-Visser vastleggen"_s),
             qPrintable(cover));
    QVERIFY2(cover.contains(u"Wat u van ons ontvangt, zijn de persoonsgegevens van W. de "
                            "Groot-Visser."_s),
             qPrintable(cover));
    const QString ownCover = render(own->number, LetterKind::BegeleidendeBriefExport, &error);
    QVERIFY2(ownCover.contains(u"Kloppen uw gegevens niet"_s), qPrintable(ownCover));
    QVERIFY2(ownCover.contains(u"Wat u van ons ontvangt, zijn uw persoonsgegevens."_s),
             qPrintable(ownCover));
    read(sonChanges->number, LetterKind::KennisgevingOpheffingBeperking, true);

    QVERIFY(m_fixture->extend(viaSon->number, u"Het dossier is groot."_s, QDate(2026, 9, 20)));
    read(viaSon->number, LetterKind::Verlengingsbericht, true);
    QVERIFY2(m_fixture->complete(viaSon->number, Outcome::Toegewezen, {}, QDate(2026, 10, 20)),
             qPrintable(m_fixture->error()));
    read(viaSon->number, LetterKind::Besluit, true);
    read(viaSon->number, LetterKind::BegeleidendeBriefExport, true);
    QVERIFY2(m_fixture->complete(own->number, Outcome::Toegewezen, {}, QDate(2026, 10, 20)),
             qPrintable(m_fixture->error()));
    read(own->number, LetterKind::Besluit, false);

    // Every kind's own words: the grounds of a refused objection and a refused portability
    // name whose interest and consent they weigh.
    Completion done
        = test::completion(Outcome::DeelsToegewezen, QDate(2026, 10, 20), u"per post"_s);
    done.decisions = { { RequestType::Rectificatie, Outcome::Toegewezen, {}, {}, {} },
                       { RequestType::Verwijdering, Outcome::Toegewezen, {}, {}, {} },
                       { RequestType::Beperking, Outcome::Toegewezen, {}, {}, {} },
                       { RequestType::Bezwaar,
                         Outcome::Afgewezen,
                         { RefusalGround::Art21Dwingend },
                         u"De huurachterstand moet worden geïnd."_s,
                         {} },
                       { RequestType::Intrekking, Outcome::Toegewezen, {}, {}, {} } };
    done.granted.clear(); // said per kind
    done.changedData = { DataCategory::Contact };
    m_fixture->at(QDate(2026, 10, 20));
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(sonChanges->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    read(sonChanges->number, LetterKind::Besluit, true);
    read(sonChanges->number, LetterKind::BevestigingRectificatie, true);
    read(sonChanges->number, LetterKind::BevestigingVerwijdering, true);
    const QString decision = render(sonChanges->number, LetterKind::Besluit, &error);
    QVERIFY2(decision.contains(u"Die wegen zwaarder dan het belang van W. de Groot-Visser"_s),
             qPrintable(decision));
    QVERIFY2(decision.contains(u"Intrekking van de toestemming van W. de Groot-Visser"_s),
             qPrintable(decision));
    // Every kind of a request's letter but the identification's, which a representative's
    // request never gets (the mandate's letter asks for both identity documents), and the
    // mandate's, which names the person already (withoutMandateOnlyTheMandateRequest).
    for (LetterKind kind : LetterCodes::kinds()) {
        if (!LetterCodes::isBreachLetter(kind) && kind != LetterKind::VerzoekIdentificatie
            && kind != LetterKind::VerzoekMachtiging)
            QVERIFY2(made.contains(codes::code(kind)), qPrintable(codes::code(kind)));
    }
}

QTEST_GUILESS_MAIN(TestLetterPeople)
#include "tst_letterpeople.moc"
