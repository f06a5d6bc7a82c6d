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

QString OutboxItem::mailChannel()
{
    return QStringLiteral("e-mail");
}

QString OutboxItem::letterAction(qint64 letterId, qsizetype earlier)
{
    const QString first = QStringLiteral("brief:") + QString::number(letterId);
    return earlier == 0 ? first : first + u'/' + QString::number(earlier + 1);
}

bool OutboxItem::carriesLetter(qint64 letterId) const
{
    const QString first = letterAction(letterId);
    return channel == mailChannel() && (action == first || action.startsWith(first + u'/'));
}

qint64 OutboxItem::letterId() const
{
    if (channel != mailChannel() || !action.startsWith(QStringLiteral("brief:")))
        return 0;
    return action.mid(6).section(u'/', 0, 0).toLongLong();
}

} // namespace pd
