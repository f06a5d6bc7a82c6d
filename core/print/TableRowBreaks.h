#pragma once

#include <QTextFormat>

#include <functional>
#include <optional>

class QTextDocument;
class QTextTable;

namespace pd {

// A short table row is never split over two pages: a page break before it moves it whole.
// breaksOfTheCaller may move what follows the table's start by whole pages only.
using CallerBreaks = std::function<int(int tableStart)>;
void keepTableRowsTogether(QTextDocument *document, double pageHeight,
                           const CallerBreaks &breaksOfTheCaller = {});

struct RowProbeFormat
{
    QTextTableFormat table;
    QTextCharFormat cell;
    bool operator==(const RowProbeFormat &) const = default;
};
std::optional<RowProbeFormat> rowProbeFormat(const QTextTable *model);

void markDirtyFrom(QTextDocument *document, int position);

} // namespace pd
