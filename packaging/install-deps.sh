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
)
build_packages=(
  build-essential cmake ninja-build ccache pkg-config git file
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools libgl-dev libxkbcommon-dev
  libsqlcipher-dev libsodium-dev
  clang-format xvfb xauth poppler-utils imagemagick dpkg-dev
  clang libclang-rt-14-dev  # tests/fuzz: libFuzzer (a Recommends of clang-14, so named here)
  dbus-daemon  # tests/gui/tst_lockdesk: a private session bus sends the screen-lock signal
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

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Privacydesk: installing Debian packages: ${missing[*]}" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "Privacydesk: these packages are missing and this is not root (and no sudo): ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
