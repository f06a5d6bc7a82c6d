#pragma once

#include "domain/BsnGuard.h"
#include "letters/BreachLetters.h"
#include "persons/Person.h"
#include "session/Session.h"
#include "util/OutputFile.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace pd {

// How one person gets the breach's letter. The one place that decides it, so that the e-mail
// run (sending/BreachLetterMail) answers it alike for the post and for itself.
enum class BreachLetterRoute {
    Post,
    Email, // only when the caller asks for e-mail and the person has an address for it
    None, // no complete postal address (street, postcode and city) and no e-mail asked
};

struct BreachLetterRunOptions
{
    QString number;
    OutputTarget pdf; // the letters for the post, one after another
    bool resume = false; // go on where an earlier run stopped: no second letter to anyone
    // Who has an e-mail address gets the letter made here and sent by e-mail by the caller
    // (sending/BreachLetterMail), not in the PDF.
    bool email = false;
};

struct BreachLetterRunPerson
{
    qint64 id = 0;
    QString klantnummer;
    QString name;
    QString reason; // why they were refused (translated); empty for "no address"
};

struct BreachLetterRunResult
{
    int total = 0; // the people linked to the breach
    int made = 0; // letters made and recorded by this run
    int alreadyMade = 0; // people who had a letter already: none made again
    int alreadySent = 0; // of those, people whose letters were all recorded as sent
    int inPdf = 0; // letters in the PDF: every letter of the breach not yet sent, with an address
    int byEmail = 0; // letters made and not yet sent that go by e-mail (with email)
    int pages = 0;
    bool pdfWritten = false; // false too when there was nothing to print
    bool cancelled = false;
    QList<BreachLetterRunPerson> withoutAddress;
    QList<BreachLetterRunPerson> refused;

    // Everyone has a letter on its way, or was informed before.
    bool everyoneServed() const { return withoutAddress.isEmpty() && refused.isEmpty(); }
};

// The art. 34 letter to every person linked to a breach, for the post: the people in the order
// the post sorts them (postcode, then name), read a page at a time; each without a letter gets
// one, rendered and recorded by BreachLetterService one by one; every letter not yet sent is
// painted from its stored text into one PDF, page by page through one writer, so that memory
// does not grow with the number of people. The PDF is renamed into place only when whole; a
// cancelled or failed run leaves the letters recorded so far and no PDF, and the next run
// (resume) gives no one a second letter. Recording needs Permission::EditRegisters.
//
// A number the BSN guard stops in one person's letter refuses that person (listed with the
// reason): a batch never confirms for the officer that it is no BSN. Their letter is made alone
// (`breach letter --confirm-not-bsn`, or the desk's letter dialog); a run with resume then puts
// it in the PDF.
//
// The run goes one person per step(), so that the desk can drive it from its event loop; run()
// does it all at once.
class BreachLetterRun final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BreachLetterRun)
public:
    static BreachLetterRoute route(const Person &person, bool email);
    static bool hasPostalAddress(const Person &person);
    // The letters the breach has already (a run over them needs resume); nullopt when unread.
    static std::optional<int> lettersMade(const Session &session, const QString &number,
                                          ServiceError *error);

    BreachLetterRun(const Session &session, BreachLetterRunOptions options);
    ~BreachLetterRun();
    Q_DISABLE_COPY_MOVE(BreachLetterRun)

    // The checks that hold for everyone (the role, the breach, its content, the organisation's
    // details, the file, the earlier letters without resume) and the PDF begun.
    bool start(ServiceError *error);
    int total() const;
    int done() const;
    bool finished() const;
    // The next person; false on a failure that stops the run (the store's, the file's).
    bool step(ServiceError *error);
    // The PDF renamed into place; false when it could not be written.
    bool finish(ServiceError *error);
    // The letters recorded so far stay; the PDF is removed.
    void cancel();
    const BreachLetterRunResult &result() const;

    // start, step until done or *cancelled (checked between people), finish. progress(done,
    // total) after each person.
    static std::optional<BreachLetterRunResult>
    run(const Session &session, const BreachLetterRunOptions &options,
        const std::function<void(int done, int total)> &progress, const std::atomic_bool *cancelled,
        ServiceError *error);

private:
    struct State;
    bool nextPage(ServiceError *error);
    bool serve(qint64 personId, ServiceError *error);
    bool make(const Person &person, bool post, ServiceError *error);
    bool print(const QString &html, const QString &title, ServiceError *error);
    // A letter put in the PDF whose e-mail was not done: that e-mail is overtaken (its own unit).
    bool withdrawMail(const BreachLetter &letter, ServiceError *error);

    const Session m_session;
    const BreachLetterRunOptions m_options;
    std::unique_ptr<State> m_state;
};

} // namespace pd
