#pragma once

#include "documents/PersonReport.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

class Store;

// A fragment of a free text in a person's report that may be someone else's data (art. 15(4)
// AVG: the copy must not harm the rights of others). The officer decides per finding whether
// it is redacted; nothing is left out silently.
struct ReviewFinding
{
    enum class Kind {
        KnownPerson, // the full name of another person in the store
        Email, // an e-mail address that is not the person's own
        Phone, // a phone number that is not the person's own (nor a callback number)
        Name, // looks like a name (heuristic, see PersonReview)
        Address, // a street address or postcode near someone else (rule 5)
    };

    // Stable while the text is unchanged: "F" and 8 hex digits of SHA-256 over the field
    // reference, the position and the fragment. A changed text gives new ids, so a decision
    // taken on an old list cannot hit the wrong fragment.
    QString id;
    Kind kind = Kind::Name;
    QString field; // reference of the text, see PersonReport::forEachText
    QString fieldLabel; // translated: where the text is
    qsizetype start = 0; // in the text, unredacted
    qsizetype length = 0;
    QString text; // the fragment itself
    QString context; // the fragment with up to 40 characters either side, on one line

    static QString code(Kind kind); // "person", "email", "phone", "name", "address"
    static QString label(Kind kind); // translated
};

// An e-mail address or phone number in a text (PersonReview::contactsIn), a name-like phrase
// (namesIn) or a street address (addressesIn): where it stands.
struct ContactSpan
{
    ReviewFinding::Kind kind = ReviewFinding::Kind::Email; // Email, Phone, Name or Address
    qsizetype start = 0;
    qsizetype length = 0;
};

// Finds other people's data in the free texts of a PersonReport (notes, descriptions,
// representatives, disclosure texts, the legal hold's reason) and redacts the fragments the
// officer chose.
//
// What it looks for, in this order (a fragment is reported once, by the first rule that finds
// it):
//  1. E-mail addresses other than the person's own.
//  2. Phone numbers (Dutch 10-digit, or international with + or 00) other than the person's
//     own phone and the callback numbers of their requests, compared on their digits.
//  3. Full names of other (not anonymised) persons in the store: the texts are split into
//     words, every run of 2 to 6 adjacent words is a candidate, and the candidates are looked
//     up in batches with one indexed query (persons.name COLLATE NOCASE, ASCII case folded),
//     so a store of 50,000 persons is never loaded. The person's own name does not count.
//  4. Name-like phrases (heuristic): at least two name words next to each other — a
//     capitalised word ("Jansen", "Jansen-Bakker"), an initial ("J.") or a title ("dhr.",
//     "mevrouw", "heer") — with Dutch tussenvoegsels ("van", "de", "ter", ...) between them,
//     ending in a capitalised word: "Piet de Vries", "J. Bakker", "mevrouw De Groot". Common
//     Dutch words that start a sentence ("Het", "Gisteren", ...), month and day names, words
//     in capitals ("AVG") and the words of a recipient's or the organisation's name where it
//     occurs do not count as name words; a relation word before a name ("buurman", "dochter")
//     counts but is not redacted itself. Left out: phrases whose capitalised words all belong
//     to the person's own name ("mevrouw De Vries" in De Vries's own file). It errs on the
//     side of listing too much: the officer keeps what is not someone else's.
//  5. Dutch street addresses (art. 15(4)): a street with its house number ("Kerkstraat
//     14", "Van Heekstraat 3-A"; the street a word ending as streets do, "-straat", "-weg",
//     "-laan", ..., or followed by a postcode), with the postcode and place when they follow
//     ("Kerkstraat 14, 7511 AB Enschede"), or a postcode with its place alone ("7511 AB
//     Enschede"). Only next to someone else: within the same stretch of text as a finding of
//     rules 1 to 4 or a relation word ("buurman"), so the tenant's own words about a move are
//     left alone; never the person's own address (the same postcode, or the same street and
//     number).
class PersonReview final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonReview)
public:
    explicit PersonReview(const Session &session);

    // Nothing, with *error set, when a read it depends on fails (the lookup of other people's
    // names, the recipients' names): a review that could not look is no review,
    // never a shorter list of findings. error may be null.
    std::optional<QList<ReviewFinding>> findings(const PersonReport &report,
                                                 ServiceError *error) const;

    // Rules 1 and 2 on one text: the e-mail addresses other than ownEmails (without regard to
    // case), then the phone numbers other than ownPhones (compared on their digits), each where
    // it stands in text. Empty entries of the own lists are ignored. Also for the complaint
    // dossier, which marks other people's contact data.
    static QList<ContactSpan> contactsIn(const QString &text, const QStringList &ownEmails,
                                         const QStringList &ownPhones);

    // Rule 4 on one text: the name-like phrases (Kind::Name) that are not ownName's, outside the
    // names in notPersons (organisations, recipients, the staff who signed). No store lookup.
    // For the complaint dossier, which marks other people's names in the free texts it quotes.
    static QList<ContactSpan> namesIn(const QString &text, const QString &ownName,
                                      const QStringList &notPersons);
    // The same with the person's names before a correction as well (ieder1): none of
    // ownNames counts as someone else's.
    static QList<ContactSpan> namesIn(const QString &text, const QStringList &ownNames,
                                      const QStringList &notPersons);

    // Rule 5 on one text: the street addresses (Kind::Address) that stand next to someone else,
    // that is next to one of others (what rules 1 to 4 found in text: contactsIn, namesIn) or to
    // a relation word ("buurvrouw"); never person's own address. No store lookup. For the
    // complaint dossier, which keeps a neighbour's address from the complainant as it keeps
    // the neighbour's name.
    static QList<ContactSpan> addressesIn(const QString &text, const Person &person,
                                          const QList<ContactSpan> &others);

    // The text that replaces a redacted fragment: "[weggelaten]".
    static QString marker();

    // Whether text names the recipient of one of disclosures that the law forbids telling the
    // person (InformedStatus::Prohibited, art. 41 UAVG): its name, a word of its name that names
    // no kind of unit ("Politie", "Recherche"; not "team", "eenheid"), or the word for what it
    // is ("politie", "justitie", "recherche", "openbaar ministerie" for the police and justice;
    // not a person's role such as "wijkagent": an appointment with one tells of no disclosure),
    // each as a whole word, without regard to case. Such a text (a note "doorgegeven aan gemeente
    // en politie") is never quoted to the person: the inzage report leaves it out and the complaint
    // dossier keeps it from the complainant (seed 003).
    static bool namesWithheldRecipient(const QString &text, const QList<Disclosure> &disclosures);
    // The report with the fragments of the chosen findings replaced by marker(); overlapping
    // fragments become one marker. report.redactions counts the markers placed.
    static PersonReport redact(const PersonReport &report, const QList<ReviewFinding> &findings,
                               const QSet<QString> &redactIds);
    // The ids in wanted that are not among findings (a stale or mistyped id).
    static QStringList unknownIds(const QList<ReviewFinding> &findings, const QStringList &wanted);

    // The lookup of candidate names on db: `names` placeholders, then the person's own id. For
    // EXPLAIN (QUERY PLAN) in tests: it must use the index on the names without regard to case.
    static QString lookupSql(const QSqlDatabase &db, int names);

private:
    Session m_session;
};

} // namespace pd
