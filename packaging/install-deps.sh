#!/usr/bin/env bash
# Installs the Debian 12 packages Privacydesk needs to build, test and run. Idempotent: it
# asks dpkg first and calls apt-get only for what is missing. Works as root (CI, a fresh
# machine) or through sudo.
#   packaging/install-deps.sh          build + test + run dependencies
#   packaging/install-deps.sh --run    only what the installed application needs
set -euo pipefail

run_packages=(
  libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6printsupport6
  libqt6concurrent6 libqt6dbus6 qt6-qpa-plugins qt6-translations-l10n libsqlcipher0 libsodium23
  tzdata  # receipt days and times are Europe/Amsterdam (QTimeZone reads the system's zoneinfo)
  libcups2  # printing goes to CUPS directly (the job id, a queue that refuses)
  libqt6sql6-psql libpq5  # a store on a PostgreSQL server: Qt's QPSQL and libpq
  # Outlook .msg originals (libgsf reads the compound file), PDF originals shown and
  # read inside (QtPdf), the privacy mailbox over IMAPS (libcurl), encrypted answers (libqpdf)
  libgsf-1-114 libqt6pdf6 libqt6pdfwidgets6 libcurl4 libqpdf29
  libicu72  # look-alike letters in a file name (Unicode's confusables, ICU's uspoof)
)
build_packages=(
  build-essential cmake ninja-build ccache pkg-config git file
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools libgl-dev libxkbcommon-dev
  libsqlcipher-dev libsodium-dev libcups2-dev libpq-dev
  clang-format xvfb xauth poppler-utils imagemagick dpkg-dev
  xdotool  # README "Looking at the desk without a desktop": drive the desk under Xvfb
  clang libclang-rt-14-dev  # tests/fuzz: libFuzzer (a Recommends of clang-14, so named here)
  dbus-daemon  # tests/gui/tst_lockdesk: a private session bus sends the screen-lock signal
  desktop-file-utils  # tests/repo/check_desktop.sh: desktop-file-validate
  # tests/gui/tst_print: a private cupsd (cups-daemon) with a PDF queue, set up by lpadmin and
  # refused by cupsreject (cups-client); cups-filters' pdftopdf applies copies and the paper
  cups-daemon cups-client cups-filters
  # tests/server: a private PostgreSQL cluster (initdb, pg_ctl) reached through Qt's QPSQL driver
  postgresql
  libgsf-1-dev qt6-pdf-dev libcurl4-openssl-dev libqpdf-dev  # see run_packages
  libicu-dev  # see libicu72 above
  qpdf  # tests: `qpdf --password=... --decrypt` opens an encrypted answer, as a tenant's reader would
  dovecot-imapd  # tests/mailbox: a private Dovecot on 127.0.0.1 holds the privacy mailbox
  openssl  # tests/support/Dovecot: the test's own CA and the server's certificate
  # tests/support/Smtp: a private Postfix takes the answers' submission (AUTH through the test's
  # Dovecot) and hands every message to that Dovecot over LMTP, where the test reads it back
  postfix dovecot-lmtpd
  python3  # tests/mailbox: the OAuth2 introspection server the XOAUTH2 test signs in against
  python3-yaml  # packaging/vera/vocabulary.py reads the VERA specifications (tests/repo checks it)
  # tests/vera: the fictitious corporation's VERA systems (a test program only: Qt HttpServer is
  # a technology preview under GPL-3 in Debian 12, and nothing installed links it)
  qt6-httpserver-dev qt6-websockets-dev
  faketime  # tests/support/at-moment.sh: the tests that read the clock, at Dutch midnight (UTC 23:00)
  lld  # the linker (CMakeLists.txt: -fuse-ld=lld), four times faster than ld.bfd on the test programs
)

wanted=("${run_packages[@]}")
if [ "${1:-}" != "--run" ]; then
  wanted+=("${build_packages[@]}")
fi

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

# tests/vera: Stoplight Prism checks every answer of the fixture's VERA systems against the
# specifications. From npm, pinned: 5.14.2 is the newest that runs on Debian 12's Node (18.20).
prism_dir=/usr/local/lib/privacydesk-tests/prism
need_prism=false
if [ "${1:-}" != "--run" ] && [ ! -x "$prism_dir/node_modules/.bin/prism" ]; then
  need_prism=true
  if ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
  fi
fi

if [ ${#missing[@]} -eq 0 ] && [ "$need_prism" = false ]; then
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "Privacydesk: this is not root (and no sudo), and these are missing:" \
         "${missing[*]}$([ "$need_prism" = true ] && echo " Prism (npm)")" >&2
    exit 1
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Privacydesk: installing Debian packages: ${missing[*]}" >&2
fi
export DEBIAN_FRONTEND=noninteractive

# Another package manager (unattended-upgrades on a fresh machine, an apt in another terminal)
# holds the dpkg or apt lists lock: wait for it, up to 20 minutes, instead of failing in the first
# second. dpkg's lock is waited for by apt itself (DPkg::Lock::Timeout); the lists lock of
# `apt-get update` is not, so a refused run is retried while its error names a lock.
lock_wait_seconds=1200
apt_get() {
  local waited=0 output status
  while true; do
    status=0
    output=$("${sudo[@]}" apt-get -o DPkg::Lock::Timeout="$lock_wait_seconds" "$@" 2>&1) || status=$?
    if [ "$status" -eq 0 ]; then
      return 0
    fi
    if ! grep -q -e 'Could not get lock' -e 'Unable to acquire the dpkg frontend lock' \
         -e 'Unable to lock directory' <<<"$output" || [ "$waited" -ge "$lock_wait_seconds" ]; then
      printf '%s\n' "$output" >&2
      return "$status"
    fi
    if [ "$waited" -eq 0 ]; then
      echo "Privacydesk: another package manager is running (apt or unattended-upgrades);" \
           "waiting for it to finish (at most $((lock_wait_seconds / 60)) minutes)..." >&2
    fi
    sleep 5
    waited=$((waited + 5))
  done
}

if [ ${#missing[@]} -gt 0 ]; then
  # Postfix asks what kind of mail server this machine is; "No configuration" leaves it without a
  # main.cf, so the package neither sets up nor starts a system-wide MTA. Only asked when this
  # script installs it: a machine's own Postfix keeps its answer.
  if [[ " ${missing[*]} " == *" postfix "* ]]; then
    echo "postfix postfix/main_mailer_type select No configuration" \
      | "${sudo[@]}" debconf-set-selections
  fi
  apt_get update -qq
  apt_get install -y -qq --no-install-recommends "${missing[@]}"
fi
if [ "$need_prism" = true ]; then
  echo "Privacydesk: installing Stoplight Prism 5.14.2 (npm) into $prism_dir" >&2
  "${sudo[@]}" npm install --silent --no-audit --no-fund --prefix "$prism_dir" \
    @stoplight/prism-cli@5.14.2
fi

# The tests start their own Dovecot on a free port of 127.0.0.1 (tests/mailbox); Debian starts a
# system-wide IMAP server with the package. When this script installed it, that server is stopped
# and not started again at boot: nothing listens on 143/993 because of Privacydesk's tests.
if [[ " ${missing[*]} " == *" dovecot-imapd "* || " ${missing[*]} " == *" dovecot-lmtpd "* ]] \
   && command -v systemctl >/dev/null 2>&1 \
   && [ -d /run/systemd/system ]; then
  if ! "${sudo[@]}" systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1; then
    echo "Privacydesk: could not stop the system's Dovecot (systemctl disable --now dovecot);" \
         "the tests do not need it" >&2
  fi
fi
# Likewise Postfix: the tests start their own on free ports (tests/support/Smtp); nothing listens
# on 25 or 587 because of them.
if [[ " ${missing[*]} " == *" postfix "* ]] && command -v systemctl >/dev/null 2>&1 \
   && [ -d /run/systemd/system ]; then
  if ! "${sudo[@]}" systemctl disable --now postfix.service >/dev/null 2>&1; then
    echo "Privacydesk: could not stop the system's Postfix (systemctl disable --now postfix);" \
         "the tests do not need it" >&2
  fi
fi
