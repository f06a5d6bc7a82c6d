// privacydesk-reader: reads one untrusted file for the desk, in a process of its own with the
// desk's limits (core/reading/ReaderProcess.h). Not for running by hand.
#include "reading/ReaderProcess.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return pd::ReaderProcess::serve();
}
