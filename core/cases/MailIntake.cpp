#include "cases/MailIntake.h"

#include "util/Clock.h"

namespace pd {

void MailIntake::apply(const MailMessage &mail, NewCase *request, bool overwrite)
{
    const auto take = [overwrite](QString &field, const QString &value) {
        if (!value.trimmed().isEmpty() && (overwrite || field.trimmed().isEmpty()))
            field = value.trimmed();
    };
    request->channel = Channel::Email;
    if (mail.date.isValid() && (overwrite || !request->receivedDate.isValid())) {
        request->receivedAt = mail.date.toUTC();
        request->receivedDate = organisationDay(mail.date);
    }
    if (request->person.id == 0) {
        take(request->person.name, mail.from.name.trimmed().isEmpty() ? QString() : mail.from.name);
        take(request->person.email, mail.from.address);
    }
    take(request->description, mail.subject);
}

} // namespace pd
