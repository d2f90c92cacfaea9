#!/usr/bin/env bash
# Installs the programs `jobhunt profile resume` reads documents with:
# pdftotext (poppler-utils) for PDF resumes and unzip for DOCX (whose
# word/document.xml is deflated). Idempotent: does nothing when both are there.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$JOBHUNT_REPO_ROOT/scripts/lib/common.sh"

packages=(poppler-utils unzip)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    say "documents: poppler-utils and unzip present"
    exit 0
fi

as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        die "need root to install ${missing[*]} (run scripts/setup as root or with passwordless sudo)"
    fi
}

say "documents: installing ${missing[*]}"
as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update >/dev/null ||
    die "apt-get update failed"
as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300 \
    install --no-install-recommends "${missing[@]}" </dev/null >/dev/null ||
    die "apt-get install failed for: ${missing[*]}"
