#include "outbox/Outbox.h"

namespace pd {

namespace {

// clang-format off
constexpr codes::Entry<OutboxState> stateTable[] {
    { OutboxState::ToDo,    "te-doen",   QT_TRANSLATE_NOOP("pd::Outbox", "to do") },
    { OutboxState::Done,    "gedaan",    QT_TRANSLATE_NOOP("pd::Outbox", "done") },
    { OutboxState::Refused, "geweigerd", QT_TRANSLATE_NOOP("pd::Outbox", "refused") },
    { OutboxState::Failed,  "fout",      QT_TRANSLATE_NOOP("pd::Outbox", "failed") },
    { OutboxState::Superseded, "vervallen", QT_TRANSLATE_NOOP("pd::Outbox", "superseded") },
};
// clang-format on

} // namespace

template<> const codes::Vocabulary<OutboxState> &codes::vocabulary<OutboxState>()
{
    static constexpr codes::Vocabulary<OutboxState> v { stateTable, "pd::Outbox" };
    return v;
}

} // namespace pd
