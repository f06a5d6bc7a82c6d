// libFuzzer target: CsvReader on arbitrary bytes (a housing-ERP export can be anything). It must
// never crash, hang or read out of bounds, and every record it returns must be consistent.
#include "registers/CsvReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;

    pd::CsvReader reader(&buffer);
    if (!reader.open())
        return 0;
    (void)pd::CsvReader::encodingName(reader.encoding(), reader.hasBom());
    (void)pd::CsvReader::delimiterName(reader.delimiter());

    pd::CsvRecord record;
    qint64 previousLine = 1;
    while (reader.next(&record)) {
        // Records come in file order and the reader never reports more than it read.
        if (record.line < previousLine || reader.bytesRead() > static_cast<qint64>(size))
            std::abort();
        previousLine = record.line;
        if (!record.error.isEmpty())
            break;
    }
    (void)pd::CsvReader::fromWindows1252(bytes);
    return 0;
}
