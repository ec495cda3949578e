#!/usr/bin/env bash
# Checks that the French catalogue is complete: lupdate, run over the sources into a copy of
# translations/netlab_fr.ts, must find no string that the catalogue lacks, and no entry may
# be left unfinished. To update the catalogue after adding strings:
#   cmake --build build --target update_translations   (then translate the new entries)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

status=0
for ts in translations/netlab_*.ts; do
    cp "$ts" "$scratch/check.ts"
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
        netlab devices widgets app/workbench -ts "$scratch/check.ts"
    unfinished=$(grep -c 'type="unfinished"' "$scratch/check.ts" || true)
    total=$(grep -c '<source>' "$scratch/check.ts" || true)
    if [ "${unfinished:-0}" -gt 0 ]; then
        echo "translations: $ts lacks $unfinished of $total strings:" >&2
        grep -B2 'type="unfinished"' "$scratch/check.ts" | grep '<source>' | head -n 40 >&2
        status=1
    else
        echo "translations: $ts is complete ($total strings)"
    fi
done
exit $status
