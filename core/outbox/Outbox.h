#pragma once

#include "domain/CodeTable.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pd {

// Where a write stands: te-doen (planned, not yet answered), gedaan (the system took it, or already
// held it), geweigerd (the system will not: its rights, or it lacks the object; tried again only
// when asked), fout (no answer, or an error: tried again), vervallen (overtaken by a later write
// to the same object before it was done). Only gedaan and vervallen end it.
enum class OutboxState { ToDo, Done, Refused, Failed, Superseded };
template<> const codes::Vocabulary<OutboxState> &codes::vocabulary<OutboxState>();

// One write to another system for a request or a data breach, as planned in the unit of work that
// decided it: the exact body is kept, so that what is sent later, or again, is what was decided.
struct OutboxItem
{
    qint64 id = 0;
    qint64 caseId = 0; // a request's write, or
    QString caseNumber; // read with it
    qint64 breachId = 0; // a data breach's (its letters by e-mail)
    QString channel; // "vera"
    QString target; // the system, by its name
    QString address; // what is written: the object's URI
    QString action; // what the write does, as a code: "archiefstatus:GEB"
    QByteArray body; // exactly what is sent
    QString reason; // why, as a code: "beperking", "verwijdering", "vernietigd"
    OutboxState state = OutboxState::ToDo;
    int attempts = 0;
    QString error; // the last answer's words, a BSN in them masked
    QDateTime plannedAt; // UTC
    QString plannedBy;
    QDateTime doneAt; // UTC; the last answer's moment
    QString doneBy;

    bool open() const { return state != OutboxState::Done && state != OutboxState::Superseded; }

    // An e-mail that carries a letter: channel "e-mail", action "brief:ID", "brief:ID/N" for the
    // letter's Nth message (to another address, or after one that was overtaken).
    static QString mailChannel();
    static QString letterAction(qint64 letterId, qsizetype earlier = 0);
    bool carriesLetter(qint64 letterId) const;
    qint64 letterId() const; // the letter a mail carries; 0 for another write
};

} // namespace pd
