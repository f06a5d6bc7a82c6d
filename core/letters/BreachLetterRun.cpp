#include "letters/BreachLetterRun.h"

#include "breaches/BreachService.h"
#include "letters/BreachLetters.h"
#include "letters/LetterRepository.h"
#include "letters/Letters.h"
#include "mail/OutgoingMail.h"
#include "outbox/OutboxRepository.h"
#include "persons/PersonRepository.h"
#include "print/PrintedDocument.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace pd {

namespace {

using support::invalid;

// People read at a time: their letters' texts are held only for the page.
constexpr int pageSize = 50;

// A refusal that concerns this person alone (their letter was refused); any other failure (the
// store's, the role's) stops the run.
bool personal(const ServiceError &error)
{
    using Code = ServiceError::Code;
    return error.code == Code::Invalid || error.code == Code::NotFound
        || error.code == Code::BsnRefused;
}

bool filled(const QString &text)
{
    return !text.trimmed().isEmpty();
}

} // namespace

struct BreachLetterRun::State
{
    explicit State(const Session &session)
        : service(session)
    { }

    BreachLetterService service;
    BreachLetterRunResult result;
    int done = 0;
    int offset = 0; // of the next page
    bool lastPage = false;
    bool exhausted = false; // every linked person served
    QList<qint64> page;
    qsizetype inPage = 0;
    QHash<qint64, QList<BreachLetter>> letters; // the page's people's, with their texts
    // The letters whose e-mail is not done (without the messages): one put in the PDF goes by
    // post instead, and its e-mail is overtaken.
    QHash<qint64, OutboxItem> mailing;
    PrintedDocument::Marking marking = PrintedDocument::Marking::Real;
    std::unique_ptr<QSaveFile> file;
    std::unique_ptr<QPdfWriter> writer;
    QPainter painter;
    bool ended = false;
};

bool BreachLetterRun::hasPostalAddress(const Person &person)
{
    return filled(person.street) && filled(person.postcode) && filled(person.city);
}

BreachLetterRoute BreachLetterRun::route(const Person &person, bool email)
{
    // An address that cannot be written to goes by post, as one without an address.
    if (email && outgoing::validAddress(person.email.trimmed()))
        return BreachLetterRoute::Email;
    return hasPostalAddress(person) ? BreachLetterRoute::Post : BreachLetterRoute::None;
}

std::optional<int> BreachLetterRun::lettersMade(const Session &session, const QString &number,
                                                ServiceError *error)
{
    const QString wanted = number.trimmed().toUpper();
    if (!session.permitRead(Permission::ViewRegisters, QStringLiteral("breach.letter.read"), wanted,
                            error))
        return std::nullopt;
    return LetterRepository::breachLetterCount(session.store().database(), wanted, error);
}

BreachLetterRun::BreachLetterRun(const Session &session, BreachLetterRunOptions options)
    : m_session(session)
    , m_options(std::move(options))
    , m_state(std::make_unique<State>(m_session))
{ }

BreachLetterRun::~BreachLetterRun()
{
    if (!m_state->ended)
        cancel();
}

int BreachLetterRun::total() const
{
    return m_state->result.total;
}

int BreachLetterRun::done() const
{
    return m_state->done;
}

bool BreachLetterRun::finished() const
{
    return m_state->ended || m_state->exhausted;
}

const BreachLetterRunResult &BreachLetterRun::result() const
{
    return m_state->result;
}

bool BreachLetterRun::start(ServiceError *error)
{
    *error = {};
    const QString number = m_options.number.trimmed().toUpper();
    if (!m_session.permit(Permission::EditRegisters, QStringLiteral("breach.letter"), number,
                          error))
        return false;
    const std::optional<Breach> breach = BreachService(m_session).get(number, error);
    if (!breach)
        return false;
    m_state->result.total = static_cast<int>(breach->linkedPersons.size());
    const std::optional<QList<OutboxItem>> mailing
        = OutboxRepository::openMailOfBreach(m_session.store().database(), breach->id, error);
    if (!mailing)
        return false;
    for (const OutboxItem &item : *mailing)
        m_state->mailing.insert(item.letterId(), item);
    if (breach->linkedPersons.isEmpty()) {
        //: Dutch: "Aan datalek %1 is niemand gekoppeld: koppel eerst de betrokkenen."
        *error = invalid(tr("No one is linked to data breach %1: link the people concerned "
                            "first.")
                             .arg(breach->number));
        return false;
    }
    // What would refuse every letter refuses the run, before anyone is read.
    QString reason = LetterService(m_session).organisationRefusal(LetterKind::KennisgevingDatalek);
    if (reason.isEmpty())
        reason = BreachLetterService::contentRefusal(*breach);
    if (reason.isEmpty())
        reason = OutputFile::refusal(m_options.pdf.path, m_options.pdf.overwrite,
                                     m_options.pdf.storeDirectory);
    if (!reason.isEmpty()) {
        *error = invalid(reason);
        return false;
    }
    const std::optional<int> earlier = lettersMade(m_session, number, error);
    if (!earlier)
        return false;
    if (*earlier > 0 && !m_options.resume) {
        //: Dutch: "Datalek %1 heeft al %n brief/brieven. Ga verder met --resume (Verder gaan
        //: op de desk): wie al een brief heeft, krijgt geen tweede."
        *error = invalid(tr("Data breach %1 already has %n letter(s). Go on with --resume "
                            "(Go on, on the desk): who has a letter already gets no second one.",
                            nullptr, *earlier)
                             .arg(breach->number));
        return false;
    }
    m_state->marking = PrintedDocument::marking(m_session.store());
    m_state->file = std::make_unique<QSaveFile>(m_options.pdf.path);
    if (!m_state->file->open(QIODevice::WriteOnly)
        || !m_state->file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = invalid(
            OutputFile::tr("Could not write %1: %2")
                .arg(QDir::toNativeSeparators(QFileInfo(m_options.pdf.path).absoluteFilePath()),
                     m_state->file->errorString()));
        m_state->file->cancelWriting();
        m_state->ended = true;
        return false;
    }
    m_state->writer = std::make_unique<QPdfWriter>(m_state->file.get());
    PrintedDocument::setUpA4(m_state->writer.get(),
                             QStringLiteral("Kennisgevingen datalek ") + breach->number);
    return true;
}

bool BreachLetterRun::nextPage(ServiceError *error)
{
    const QSqlDatabase db = m_session.store().database();
    const QString number = m_options.number.trimmed().toUpper();
    const std::optional<QList<qint64>> ids
        = LetterRepository::linkedPersonsByPostcode(db, number, m_state->offset, pageSize, error);
    if (!ids)
        return false;
    m_state->page = *ids;
    m_state->inPage = 0;
    m_state->offset += static_cast<int>(ids->size());
    m_state->lastPage = ids->size() < pageSize;
    m_state->letters.clear();
    if (ids->isEmpty())
        return true;
    const std::optional<QList<BreachLetter>> letters
        = LetterRepository::breachLettersTo(db, number, *ids, true, error);
    if (!letters)
        return false;
    for (const BreachLetter &letter : *letters)
        m_state->letters[letter.personId] << letter;
    return true;
}

bool BreachLetterRun::step(ServiceError *error)
{
    *error = {};
    if (finished())
        return true;
    if (m_state->inPage >= m_state->page.size()) {
        if (!nextPage(error))
            return false;
        if (m_state->page.isEmpty()) {
            m_state->exhausted = true;
            return true;
        }
    }
    const qint64 personId = m_state->page.at(m_state->inPage++);
    if (!serve(personId, error))
        return false;
    ++m_state->done;
    m_state->exhausted = m_state->lastPage && m_state->inPage >= m_state->page.size();
    return true;
}

// The person's letters not yet sent go into the PDF; one without a letter gets one.
bool BreachLetterRun::serve(qint64 personId, ServiceError *error)
{
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(m_session.store().database(), personId, &stored, error))
        return false;
    BreachLetterRunResult &result = m_state->result;
    if (!stored) {
        result.refused << BreachLetterRunPerson {
            personId, {}, {}, BreachLetterService::tr("Person %1 does not exist.").arg(personId)
        };
        return true;
    }
    const Person &person = stored->person;
    const BreachLetterRunPerson listed { person.id, person.klantnummer, person.name, {} };
    // A letter by e-mail is made here and sent by the caller (sending/BreachLetterMail); it is
    // not printed.
    const BreachLetterRoute way = route(person, m_options.email);
    const bool post = way == BreachLetterRoute::Post;
    const QList<BreachLetter> letters = m_state->letters.take(personId);
    if (letters.isEmpty()) {
        if (way == BreachLetterRoute::None) {
            result.withoutAddress << listed;
            return true;
        }
        return make(person, post, error);
    }
    ++result.alreadyMade;
    bool unsent = false;
    for (const BreachLetter &letter : letters) {
        if (letter.isSent() || letter.destroyed)
            continue;
        unsent = true;
        if (post && (!print(letter.html, letter.title(), error) || !withdrawMail(letter, error)))
            return false;
    }
    if (!unsent)
        ++result.alreadySent;
    else if (way == BreachLetterRoute::Email)
        ++result.byEmail;
    else if (!post)
        result.withoutAddress << listed;
    return true;
}

bool BreachLetterRun::make(const Person &person, bool post, ServiceError *error)
{
    BreachLetterRunResult &result = m_state->result;
    BreachLetterRunPerson listed { person.id, person.klantnummer, person.name, {} };
    ServiceError refusal;
    const std::optional<RenderedBreachLetter> rendered
        = m_state->service.render(m_options.number, person.id, &refusal);
    if (rendered && !rendered->bsnFindings.isEmpty()) {
        QStringList masked;
        for (const BsnFinding &finding : rendered->bsnFindings)
            masked << finding.masked;
        //: Dutch: "De brief bevat een nummer dat een BSN kan zijn (%1). Maak de brief aan deze
        //: persoon apart en kijk hem na."
        listed.reason = tr("The letter holds a number that may be a BSN (%1). Make this "
                           "person's letter alone and check it.")
                            .arg(masked.join(QStringLiteral(", ")));
        result.refused << listed;
        return true;
    }
    std::optional<BreachLetter> letter;
    if (rendered)
        letter = m_state->service.record(*rendered, BsnCheck::Refuse, &refusal);
    if (!letter) {
        if (!personal(refusal)) {
            *error = refusal;
            return false;
        }
        listed.reason = refusal.message;
        result.refused << listed;
        return true;
    }
    ++result.made;
    if (!post) {
        ++result.byEmail;
        return true;
    }
    return print(letter->html, letter->title(), error);
}

bool BreachLetterRun::withdrawMail(const BreachLetter &letter, ServiceError *error)
{
    const auto found = m_state->mailing.constFind(letter.id);
    if (found == m_state->mailing.cend())
        return true;
    OutboxItem item = *found;
    item.state = OutboxState::Superseded;
    item.doneAt = m_session.clock().now();
    item.doneBy = m_session.userName();
    //: Dutch: "gaat per post"
    item.error = tr("goes by post");
    UnitOfWork unit(m_session, Permission::EditRegisters,
                    QStringLiteral("breach.letter_mail_withdrawn"), letter.breachNumber);
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            write.record(QStringLiteral("breach"), letter.breachNumber,
                         QStringLiteral("breach.letter_mail_withdrawn"),
                         { { QStringLiteral("letter"), QString::number(letter.id) },
                           { QStringLiteral("message"), QString::number(item.id) } });
            return OutboxRepository::answer(write.database(), item, failure);
        },
        error);
}

bool BreachLetterRun::print(const QString &html, const QString &title, ServiceError *error)
{
    State &state = *m_state;
    const auto failed = [&] {
        //: Dutch: "Kon %1 niet schrijven: %2"
        *error
            = { ServiceError::Code::Storage,
                OutputFile::tr("Could not write %1: %2")
                    .arg(QDir::toNativeSeparators(QFileInfo(m_options.pdf.path).absoluteFilePath()),
                         state.file->errorString()),
                {} };
        return false;
    };
    if (!state.painter.isActive() && !state.painter.begin(state.writer.get()))
        return failed();
    QTextDocument document;
    LetterService::fillDocument(&document, html);
    PrintedDocument::Options options;
    options.audience = PrintedDocument::Audience::DataSubject;
    options.painter = &state.painter;
    options.firstPageOfDevice = state.result.inPdf == 0;
    const int pages
        = PrintedDocument::paint(&document, state.writer.get(), title, state.marking, options);
    if (pages == 0 || state.file->error() != QFileDevice::NoError)
        return failed();
    state.result.pages += pages;
    ++state.result.inPdf;
    return true;
}

bool BreachLetterRun::finish(ServiceError *error)
{
    *error = {};
    State &state = *m_state;
    if (state.ended)
        return !state.result.cancelled;
    state.ended = true;
    if (!state.painter.isActive()) {
        // Nothing to print: no empty PDF.
        state.file->cancelWriting();
        return true;
    }
    state.painter.end();
    if (!state.file->commit()) {
        *error
            = { ServiceError::Code::Storage,
                OutputFile::tr("Could not write %1: %2")
                    .arg(QDir::toNativeSeparators(QFileInfo(m_options.pdf.path).absoluteFilePath()),
                         state.file->errorString()),
                {} };
        return false;
    }
    state.result.pdfWritten = true;
    return true;
}

void BreachLetterRun::cancel()
{
    State &state = *m_state;
    if (state.ended)
        return;
    state.ended = true;
    state.result.cancelled = true;
    if (state.painter.isActive())
        state.painter.end();
    if (state.file)
        state.file->cancelWriting();
}

std::optional<BreachLetterRunResult>
BreachLetterRun::run(const Session &session, const BreachLetterRunOptions &options,
                     const std::function<void(int done, int total)> &progress,
                     const std::atomic_bool *cancelled, ServiceError *error)
{
    BreachLetterRun letters(session, options);
    if (!letters.start(error))
        return std::nullopt;
    while (!letters.finished()) {
        if (cancelled && cancelled->load()) {
            letters.cancel();
            return letters.result();
        }
        const int before = letters.done();
        if (!letters.step(error))
            return std::nullopt;
        // The step that finds no one left serves no one.
        if (progress && letters.done() > before)
            progress(letters.done(), letters.total());
    }
    if (!letters.finish(error))
        return std::nullopt;
    return letters.result();
}

} // namespace pd
