#!/usr/bin/env bash
# Checks that the catalogues are complete: lupdate, run over the sources into a copy of each
# translations/netlab_*.ts, must find no string that the catalogue lacks, and no entry may be
# left unfinished. netlab_en.ts holds only English plural forms ("%n byte(s)" -> "1 byte",
# "2 bytes"), so it is checked with -pluralonly. To update the catalogues after adding strings:
#   cmake --build build --target update_translations   (French; then translate the new entries)
#   /usr/lib/qt6/bin/lupdate -pluralonly -no-obsolete -locations none -extensions cpp,h -I . \
#       netlab devices widgets app/workbench app/cli app/agent -target-language en \
#       -ts translations/netlab_en.ts
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

status=0
for ts in translations/netlab_*.ts; do
    cp "$ts" "$scratch/check.ts"
    mode=()
    [[ "$ts" == *_en.ts ]] && mode=(-pluralonly)
    # -I . resolves <netlab/foo.h>: without it lupdate cannot see the classes' namespaces
    # and files strings under the wrong context, which then never translate at run time.
    "$lupdate" -silent "${mode[@]}" -no-obsolete -locations none -extensions cpp,h -I . \
        netlab devices widgets app/workbench app/cli app/agent -ts "$scratch/check.ts" \
        2>"$scratch/warnings"
    # A tr() that lupdate cannot place in a class (a free function named tr, a class
    # without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS) is a string that will not translate.
    # The one exception: the CLI's subcommands are free functions in namespace netlab::cli,
    # whose tr() wrappers translate under the context lupdate gives them, "netlab::cli".
    if grep -E 'lacks Q_OBJECT|unknown namespace/class|undeclared qualified class' \
        "$scratch/warnings" | grep -v "Class 'netlab::cli' lacks Q_OBJECT" >&2; then
        echo "translations: the lines above put strings under a context the code does not use" >&2
        status=1
    fi
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
