#!/usr/bin/env bash
# The core's layers (core/CMakeLists.txt) each see only their own headers and those of the layers
# they link. This proves the include paths say so: a header of a layer above is not found from
# a layer below, and a layer's own headers are. With the include path the build itself gives a
# layer's sources (compile_commands.json), a layer reaches the layers it links and nothing else.
#   check_layers.sh <build>/core/include <c++ compiler>
set -euo pipefail
root=$1
cxx=$2
commands=$root/../../compile_commands.json
status=0

sees() { # layer header
  if [ ! -e "$root/$1/$2" ]; then
    echo "layering: $1 does not show its own $2" >&2
    status=1
  fi
}

# A probe that a layer cannot reach one of the core's headers proves nothing when no layer has
# that header (it moved or was renamed): such a probe fails. A library's header (QPdfDocument)
# is not the core's.
exists() { # header
  if [[ $1 == */* ]] && ! compgen -G "$root/*/$1" >/dev/null; then
    echo "layering: no layer has $1; the probe is out of date" >&2
    status=1
    return 1
  fi
}

blind() { # layer header-of-a-layer-above
  local out
  exists "$2" || return 0
  if out=$(printf '#include "%s"\n' "$2" | "$cxx" -E -x c++ - -I "$root/$1" 2>&1 >/dev/null); then
    echo "layering: $1 can include $2" >&2
    status=1
  elif ! grep -qE "No such file|file not found" <<<"$out"; then  # g++, clang++
    echo "layering: $1 including $2 failed for another reason: $out" >&2
    status=1
  fi
}

# The -I, -isystem and -std flags of one of the layer's own sources, as the build compiles it.
include_path() { # layer
  local command
  command=$(jq -r --arg dir "/CMakeFiles/$1.dir/" \
    'first(.[] | select(.command | contains($dir)) | .command) // empty' "$commands")
  if [ -z "$command" ]; then
    echo "layering: no source of $1 in $commands" >&2
    return 1
  fi
  read -ra words <<<"$command"
  local i
  for ((i = 0; i < ${#words[@]}; i++)); do
    case ${words[i]} in
      -I* | -std=*) printf '%s\n' "${words[i]}" ;;
      -isystem) printf '%s\n' -isystem "${words[i + 1]}" ;;
    esac
  done
}

preprocess() { # layer header: the layer's sources including header, preprocessed
  local flags
  mapfile -t flags < <(include_path "$1")
  [ ${#flags[@]} -gt 0 ] || return 2
  printf '#include "%s"\n' "$2" | "$cxx" -E -x c++ - "${flags[@]}" 2>&1 >/dev/null
}

reaches() { # layer header-of-a-layer-it-links
  local out
  if ! out=$(preprocess "$1" "$2"); then
    echo "layering: $1 cannot include $2 with its build's include path: $out" >&2
    status=1
  fi
}

unreachable() { # layer header-of-a-layer-it-does-not-link
  local out
  exists "$2" || return 0
  if out=$(preprocess "$1" "$2"); then
    echo "layering: $1 can include $2 with its build's include path" >&2
    status=1
  elif ! grep -qE "No such file|file not found" <<<"$out"; then
    echo "layering: $1 including $2 failed for another reason: $out" >&2
    status=1
  fi
}

if [ ! -f "$commands" ]; then
  echo "layering: $commands is missing (CMAKE_EXPORT_COMPILE_COMMANDS)" >&2
  exit 1
fi

sees privacydesk_domain domain/BsnGuard.h
sees privacydesk_util util/ServiceError.h
sees privacydesk_sql sql/SqlCipherDriver.h
sees privacydesk_audit audit/AuditLog.h
sees privacydesk_store store/Store.h
sees privacydesk_session session/Session.h
sees privacydesk_session session/UnitOfWork.h
sees privacydesk_session session/Access.h
sees privacydesk_persons persons/Person.h
sees privacydesk_persons persons/PersonRepository.h
sees privacydesk_cases cases/CaseService.h
sees privacydesk_users organisation/OrganisationSettings.h
sees privacydesk_users users/UserService.h
sees privacydesk_breaches breaches/BreachService.h
sees privacydesk_letters letters/Letters.h
sees privacydesk_terms terms/RetentionTerms.h
sees privacydesk_retention retention/Retention.h
sees privacydesk_registers registers/Disclosures.h
sees privacydesk_settingkeys settings/SettingValues.h
sees privacydesk_print print/PrintedDocument.h
sees privacydesk_documents documents/ComplaintDossier.h
sees privacydesk_reports reports/DashboardService.h
sees privacydesk_demo demo/DemoData.h
sees privacydesk_mailbox mailbox/MailboxService.h
sees privacydesk_net net/Curl.h
sees privacydesk_vera vera/VeraService.h

blind privacydesk_domain util/Clock.h
blind privacydesk_util store/Store.h
blind privacydesk_crypto sql/SqlCipherDriver.h
blind privacydesk_sql audit/AuditLog.h
blind privacydesk_audit store/Store.h
blind privacydesk_store cases/CaseService.h
blind privacydesk_store organisation/OrganisationSettings.h
blind privacydesk_store users/UserService.h
blind privacydesk_store session/Session.h
blind privacydesk_audit session/UnitOfWork.h
blind privacydesk_session cases/Case.h
blind privacydesk_session users/UserService.h
blind privacydesk_session breaches/BreachService.h
blind privacydesk_session persons/Person.h
blind privacydesk_store persons/PersonRepository.h
blind privacydesk_persons cases/Case.h
blind privacydesk_persons retention/Retention.h
blind privacydesk_persons documents/PersonReport.h
blind privacydesk_persons breaches/BreachService.h
blind privacydesk_persons users/UserService.h

# The session sits on the store and under every module. Its sources reach the store's
# headers and none of the modules'; the store's sources do not reach the session's; the
# modules' reach it.
reaches privacydesk_session store/Store.h
reaches privacydesk_session store/Transaction.h
reaches privacydesk_session audit/AuditLog.h
# The users table is the store's (store/UserRepository): the session reads the acting role there.
reaches privacydesk_session store/UserRepository.h
unreachable privacydesk_session cases/Case.h
unreachable privacydesk_session users/UserService.h
unreachable privacydesk_store session/Session.h
unreachable privacydesk_audit session/UnitOfWork.h
reaches privacydesk_cases session/UnitOfWork.h
reaches privacydesk_breaches session/Access.h

# The persons module sits on the session, under every module that reads a person: its sources
# reach the session's and the store's headers and none of the modules above it; the session's
# and the store's do not reach it; the services' do.
reaches privacydesk_persons session/Session.h
reaches privacydesk_persons store/Store.h
reaches privacydesk_persons sql/Dialect.h
unreachable privacydesk_persons cases/Case.h
unreachable privacydesk_persons cases/CaseService.h
unreachable privacydesk_persons retention/Retention.h
unreachable privacydesk_persons registers/Disclosures.h
unreachable privacydesk_persons documents/PersonReport.h
unreachable privacydesk_persons breaches/BreachService.h
unreachable privacydesk_persons reports/DashboardService.h
unreachable privacydesk_session persons/PersonRepository.h
unreachable privacydesk_store persons/Person.h
reaches privacydesk_cases persons/PersonRepository.h

# One library per module, each linking only the modules below it. A module's sources
# reach the modules it names in core/CMakeLists.txt and none above: the users and the
# organisation under every module, the retention terms under the requests (the intake derives
# them), then the registers, the breaches (a processor is a recipient), the letters, the retention planner (which asks every module below
# for its part of a destruction), the documents and the dashboards, neither seeing the other,
# and the demo on top of the documents: its answers pass the completion rule and record their
# export as the desk does (CompletionGate, PersonExport).
reaches privacydesk_users session/UnitOfWork.h
unreachable privacydesk_users cases/Case.h
unreachable privacydesk_users breaches/BreachService.h
unreachable privacydesk_users persons/PersonRepository.h
reaches privacydesk_breaches persons/PersonRepository.h
reaches privacydesk_breaches users/UserService.h
reaches privacydesk_breaches registers/RecipientRepository.h
unreachable privacydesk_breaches letters/Letters.h
unreachable privacydesk_print cases/Case.h
unreachable privacydesk_print session/Session.h
unreachable privacydesk_terms cases/Case.h
unreachable privacydesk_terms retention/Retention.h
unreachable privacydesk_terms registers/Disclosures.h
reaches privacydesk_cases terms/RetentionDerivation.h
reaches privacydesk_cases users/UserService.h
unreachable privacydesk_cases registers/Disclosures.h
unreachable privacydesk_cases breaches/BreachService.h
unreachable privacydesk_cases letters/Letters.h
unreachable privacydesk_cases retention/Retention.h
unreachable privacydesk_cases settings/SettingValues.h
unreachable privacydesk_cases documents/ComplaintDossier.h
reaches privacydesk_registers cases/CaseRepository.h
unreachable privacydesk_registers breaches/BreachService.h
unreachable privacydesk_breaches retention/Retention.h
unreachable privacydesk_registers letters/Letters.h
unreachable privacydesk_registers retention/Retention.h
reaches privacydesk_letters registers/Disclosures.h
reaches privacydesk_letters breaches/BreachService.h
reaches privacydesk_letters print/PrintedDocument.h
unreachable privacydesk_letters retention/Retention.h
unreachable privacydesk_letters documents/ComplaintDossier.h
reaches privacydesk_retention letters/LetterRepository.h
reaches privacydesk_retention registers/DisclosureRepository.h
unreachable privacydesk_retention documents/ComplaintDossier.h
unreachable privacydesk_retention reports/DashboardService.h
unreachable privacydesk_retention demo/DemoData.h
reaches privacydesk_documents retention/Retention.h
reaches privacydesk_documents letters/Letters.h
unreachable privacydesk_documents reports/DashboardService.h
unreachable privacydesk_documents demo/DemoData.h
unreachable privacydesk_reports documents/ComplaintDossier.h
unreachable privacydesk_reports demo/DemoData.h
reaches privacydesk_demo documents/CompletionGate.h
unreachable privacydesk_demo reports/DashboardService.h
# The privacy mailbox takes a message into the requests' intake: it reaches the cases
# and the mail reader, and no module above the cases; none of those reaches it.
reaches privacydesk_mailbox cases/CaseService.h
reaches privacydesk_mailbox mail/MailMessage.h
unreachable privacydesk_mailbox registers/Disclosures.h
unreachable privacydesk_mailbox letters/Letters.h
unreachable privacydesk_cases mailbox/MailboxService.h
unreachable privacydesk_documents mailbox/MailboxService.h

# The outbox sits above the requests (a write is for a request) and below the modules that write
# to other systems through it; it knows none of them, nor the network.
reaches privacydesk_outbox cases/CaseRepository.h
unreachable privacydesk_outbox vera/VeraClient.h
unreachable privacydesk_outbox net/Curl.h
unreachable privacydesk_cases outbox/Outbox.h
reaches privacydesk_vera outbox/OutboxRepository.h

# What the clients over libcurl share sits below every module: it sees no store and no module,
# and only the mailbox and the VERA systems reach it.
unreachable privacydesk_net store/Store.h
unreachable privacydesk_net util/ServiceError.h
reaches privacydesk_mailbox net/Curl.h
reaches privacydesk_vera net/Curl.h
unreachable privacydesk_cases net/Curl.h
# The VERA systems answer a request from the registers' systems checklist: they reach the
# registers and the requests, and no module above them; none of those below reaches them.
reaches privacydesk_vera registers/Disclosures.h
reaches privacydesk_vera cases/CaseService.h
unreachable privacydesk_vera letters/Letters.h
unreachable privacydesk_breaches vera/VeraService.h
unreachable privacydesk_vera documents/ComplaintDossier.h
unreachable privacydesk_vera mailbox/MailboxService.h
unreachable privacydesk_registers vera/VeraService.h
unreachable privacydesk_mailbox vera/VeraService.h
# Answers sent from the privacy mailbox: the sending reaches the letters and the mailbox, and
# neither they nor the documents reach it.
reaches privacydesk_sending letters/Letters.h
reaches privacydesk_sending mailbox/SmtpClient.h
unreachable privacydesk_letters sending/LetterMail.h
unreachable privacydesk_mailbox sending/LetterMail.h
unreachable privacydesk_documents sending/LetterMail.h
unreachable privacydesk_sending net/Curl.h
# A decision says which systems' data the inzage report holds; a destruction of a request's
# files erases what the systems were found to hold.
reaches privacydesk_letters vera/VeraRepository.h
reaches privacydesk_retention vera/VeraRepository.h
unreachable privacydesk_vera retention/Retention.h

# A PDF's text layer (QtPdf) sits beside the e-mail reader, under the requests that
# check what a kept file says: it sees neither the store nor the requests, the mail reader does
# not see it, and QtPdf's own headers stay inside it.
sees privacydesk_pdf pdf/PdfText.h
unreachable privacydesk_pdf store/Store.h
unreachable privacydesk_pdf cases/Case.h
unreachable privacydesk_pdf mail/MailMessage.h
unreachable privacydesk_mail pdf/PdfText.h
reaches privacydesk_cases pdf/PdfText.h
unreachable privacydesk_cases QPdfDocument

[ $status -eq 0 ] && echo "layering: every layer sees only what it links"
exit $status
