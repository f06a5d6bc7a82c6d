#!/usr/bin/env bash
# The core's layers (core/CMakeLists.txt) each see only their own headers and those of the layers
# they link. This proves the include paths say so: a header of a layer above is not found from
# a layer below, and a layer's own headers are.
#   check_layers.sh <build>/core/include <c++ compiler>
set -euo pipefail
root=$1
cxx=$2
status=0

sees() { # layer header
  if [ ! -e "$root/$1/$2" ]; then
    echo "layering: $1 does not show its own $2" >&2
    status=1
  fi
}

blind() { # layer header-of-a-layer-above
  local out
  if out=$(printf '#include "%s"\n' "$2" | "$cxx" -E -x c++ - -I "$root/$1" 2>&1 >/dev/null); then
    echo "layering: $1 can include $2" >&2
    status=1
  elif ! grep -qE "No such file|file not found" <<<"$out"; then  # g++, clang++
    echo "layering: $1 including $2 failed for another reason: $out" >&2
    status=1
  fi
}

sees privacydesk_domain domain/BsnGuard.h
sees privacydesk_util util/ServiceError.h
sees privacydesk_sql sql/SqlCipherDriver.h
sees privacydesk_audit audit/AuditLog.h
sees privacydesk_store store/Store.h
sees privacydesk_services cases/CaseService.h
sees privacydesk_services organisation/OrganisationSettings.h

blind privacydesk_domain util/Clock.h
blind privacydesk_util store/Store.h
blind privacydesk_crypto sql/SqlCipherDriver.h
blind privacydesk_sql audit/AuditLog.h
blind privacydesk_audit store/Store.h
blind privacydesk_store cases/CaseService.h
blind privacydesk_store organisation/OrganisationSettings.h
blind privacydesk_store users/UserService.h
blind privacydesk_services Application.h

[ $status -eq 0 ] && echo "layering: every layer sees only what it links"
exit $status
