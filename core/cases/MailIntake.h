#pragma once

#include "cases/CaseService.h"
#include "mail/MailMessage.h"

namespace pd {

// What an e-mail says about the request it carries, for the officer's intake (GUI) and
// `case add --original` (CLI) alike: channel e-mail, the moment of receipt from the Date header
// and the day of receipt as it was in the Netherlands (Europe/Amsterdam: a message sent at 23:30
// UTC on 31 March arrived on 1 April), the sender's name and address, the subject as the
// description. The officer confirms; nothing here is stored by itself.
struct MailIntake
{
    // The fields the message fills; each only when the message has it. overwrite false: a
    // field the caller already set (a name typed, a date given) is left alone.
    static void apply(const MailMessage &mail, NewCase *request, bool overwrite);
};

} // namespace pd
