// privacydesk-cli breach report …: the documents of the data-breach register (issue 20). Empty
// until the AP notification document is built; breachCommands() lists what this returns.

#include "CliContext.h"

namespace pd::cli {

QList<Command> breachDocumentCommands()
{
    return {};
}

} // namespace pd::cli
