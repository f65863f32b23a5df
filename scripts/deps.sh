#!/usr/bin/env bash
# Installs the Debian 12 packages Allot needs to build, run and test, when
# any is missing. Run as root (or with sudo).
set -euo pipefail

packages=(
    cmake g++ make pkg-config gettext
    libreoffice-calc libreoffice-core libreoffice-dev libreoffice-l10n-zh-cn
    libboost-dev libboost-thread-dev
    libspdlog-dev libfmt-dev libcli11-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    fonts-wqy-microhei
    python3
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        echo "Missing packages and not root: run as root, or: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
fi
