#pragma once

#include <QList>
#include <QString>

namespace pd::test {

// One row of tests/data/bsn_disguises.tsv: a text and whether a BSN guard must find a BSN in
// it. The table drives the tests of every guard (the desk's, the import's, the server's).
struct Disguise
{
    QString text; // unescaped
    bool expectBsn = false;
    QString why; // a few words, unique in the table: usable as a test row's name
    int line = 0; // in the file, for messages
};

// Every row of tests/data/bsn_disguises.tsv. A file that cannot be read, or a line that is
// malformed, ends the test process with qFatal() naming the file and line: a test driven by
// the table never passes on an empty or partial list.
QList<Disguise> bsnDisguises();

// The same for any file, for the tests of the reader itself: the rows, or an empty list and
// *error saying which line is wrong and why. A file without rows is an error too.
QList<Disguise> readDisguises(const QString &path, QString *error);

// Where the table is: PRIVACYDESK_TEST_DATA_DIR/bsn_disguises.tsv.
QString bsnDisguisesPath();

} // namespace pd::test
