#pragma once

#include "cases/CaseService.h"
#include "mail/MailMessage.h"

namespace pd {

// What an e-mail says about its request, for the officer to confirm: nothing is stored by itself.
// The day of receipt is the day it was in Europe/Amsterdam.
struct MailIntake
{
    // overwrite false: a field the caller already set is left alone.
    static void apply(const MailMessage &mail, NewCase *request, bool overwrite);
};

} // namespace pd
