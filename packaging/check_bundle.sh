#!/usr/bin/env bash
# Prove a built bundle works on its own: copied outside the checkout, with no PYTHONPATH, no
# venv and a throw-away home, so it cannot lean on the source tree.
#
#     bash packaging/check_bundle.sh [BUNDLE]     # default dist/jieqing (macOS dist/Jieqing.app)
#
# Checks: the resources and Qt plugins are inside; no bundled Qt library misses another;
# --version; --smoke offscreen in English and Chinese; a demo vault (real key derivation);
# the binder PDF with its CJK font embedded; the JSON export; a backup exported, verified and
# restored to identical records; the LPR table in use; the Linux desktop entry. Then a copy
# without lpr.json and the font must fail loudly. Any failure exits non-zero with a line saying what.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${JIEQING_BUILD_VENV:-$ROOT/build/venv}
if [[ $# -gt 0 ]]; then
    SOURCE=$1
elif [[ -d $ROOT/dist/Jieqing.app ]]; then
    SOURCE=$ROOT/dist/Jieqing.app
else
    SOURCE=$ROOT/dist/jieqing
fi
[[ -d $SOURCE ]] || { echo "FAIL: no bundle at $SOURCE (run packaging/build.sh)"; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/jieqing-bundle-check.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cp -a "$SOURCE" "$WORK/"
BUNDLE=$WORK/$(basename "$SOURCE")

unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
cd "$WORK"

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }

executable_in() {  # the executable that runs commands (Windows: the console twin)
    local bundle=$1
    for candidate in "$bundle/jieqing-cli.exe" "$bundle/Contents/MacOS/jieqing" "$bundle/jieqing"; do
        [[ -x $candidate ]] && { echo "$candidate"; return; }
    done
    fail "no jieqing executable in $bundle"
}
JQ=$(executable_in "$BUNDLE")

# -- what must be inside ----------------------------------------------------------------
resources_in() {  # the bundled resources/ folder (its place differs in a macOS .app)
    local found
    found=$(find "$1" -path '*/resources/lpr.json' -print -quit 2>/dev/null || true)
    [[ -n $found ]] && dirname "$found"
}

check_resources() {  # prints what is missing; non-zero when anything is
    local bundle=$1 resources missing=0
    resources=$(resources_in "$bundle") || true
    if [[ -z $resources ]]; then
        echo "missing: resources/ (or its lpr.json)"
        return 1
    fi
    for file in i18n/jieqing_zh_CN.qm i18n/jieqing_en.qm fonts/wqy-microhei.ttc \
        fonts/wqy-microhei.LICENSE.txt fonts/Apache-2.0.txt lpr.json platforms.json \
        icons/jieqing-{16,24,32,48,64,128,256,512}.png linux/io.github.jieqing.Jieqing.desktop; do
        [[ -s $resources/$file ]] || { echo "missing: resources/$file"; missing=1; }
    done
    case $(uname) in
        Linux) plugins=(qoffscreen qxcb qwayland) ;;
        Darwin) plugins=(qoffscreen qcocoa) ;;
        *) plugins=(qoffscreen qwindows) ;;
    esac
    for plugin in "${plugins[@]}"; do
        [[ -n $(find "$bundle" -path "*platforms/*$plugin*" -print -quit) ]] \
            || { echo "missing: Qt platform plugin $plugin"; missing=1; }
    done
    for pattern in '*imageformats/*qjpeg*' '*Qt*Pdf*' '*Qt*Charts*' '*Qt*Multimedia*' \
        '*plugins/multimedia/*' '*qtbase_zh_CN.qm' \
        '*pillow_heif*' '*sqlcipher3*' '*reportlab/fonts*'; do
        [[ -n $(find "$bundle" -path "$pattern" -print -quit) ]] \
            || { echo "missing: $pattern"; missing=1; }
    done
    return $missing
}

if ! report=$(check_resources "$BUNDLE"); then
    fail "the bundle lacks files:"$'\n'"$report"
fi
ok "resources, fonts (with licences), translations, icons, Qt plugins, QtPdf, QtCharts, QtMultimedia"

if [[ $(uname) == Linux ]]; then
    # Every Qt library and plugin must find its Qt dependencies inside the bundle.
    broken=$(find "$BUNDLE" -path '*PySide6*' -name '*.so*' -type f -print0 \
        | xargs -0 -n 50 ldd 2>/dev/null | grep -E 'libQt6|libicu|libpyside|libshiboken' \
        | grep 'not found' | sort -u || true)
    [[ -z $broken ]] || fail "bundled Qt libraries miss dependencies:"$'\n'"$broken"
    ok "no bundled Qt library misses a Qt dependency"
fi

# -- the app and the command line -------------------------------------------------------
version=$("$JQ" --version)
[[ $version == "Jieqing "* ]] || fail "--version printed '$version'"
ok "--version: $version"

smoke() {  # language
    mkdir -p "$XDG_CONFIG_HOME/Jieqing"
    printf '[ui]\nlanguage=%s\n' "$1" > "$XDG_CONFIG_HOME/Jieqing/Jieqing.ini"
    local app=$BUNDLE/jieqing
    [[ -x $BUNDLE/Contents/MacOS/jieqing ]] && app=$BUNDLE/Contents/MacOS/jieqing
    [[ -x $BUNDLE/jieqing.exe ]] && app=$BUNDLE/jieqing.exe
    if ! "$app" --smoke 2> smoke.err; then
        cat smoke.err >&2
        fail "--smoke ($1) exited non-zero"
    fi
    if grep -Eq 'Traceback|Could not (load|find)|Failed to execute' smoke.err; then
        cat smoke.err >&2
        fail "--smoke ($1) reported an error"
    fi
    ok "--smoke offscreen ($1)"
}
smoke zh_CN
smoke en

printf 'bundle-check-password\n' > password.txt
"$JQ" demo demo.jqvault --password-file password.txt > /dev/null
[[ -s demo.jqvault ]] || fail "jieqing demo made no vault"
ok "demo vault (real key derivation)"

"$JQ" binder demo.jqvault binder.pdf --password-file password.txt > binder.out 2>&1 \
    || { cat binder.out >&2; fail "jieqing binder"; }
[[ -s binder.pdf ]] || fail "jieqing binder wrote no PDF"

fonts_embedded() {  # prints "name embedded?" per font, with pdffonts or pypdf
    if ! command -v pdffonts > /dev/null && command -v apt-get > /dev/null \
        && [[ $(id -u) == 0 ]]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            poppler-utils > /dev/null 2>&1 || true
    fi
    if command -v pdffonts > /dev/null; then
        pdffonts "$1" | tail -n +3 | awk '{print $1, $(NF-4)}'
    elif [[ -x $VENV/bin/python ]]; then
        "$VENV/bin/python" -I - "$1" <<'PY'
import sys
from pypdf import PdfReader

seen = {}
for page in PdfReader(sys.argv[1]).pages:
    fonts = page.get("/Resources", {}).get_object().get("/Font", {})
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor")
        for child in font.get("/DescendantFonts", []):
            descriptor = descriptor or child.get_object().get("/FontDescriptor")
        d = descriptor.get_object() if descriptor else {}
        embedded = any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        seen[str(font.get("/BaseFont"))] = "yes" if embedded else "no"
for name, embedded in seen.items():
    print(name.lstrip("/"), embedded)
PY
    else
        fail "neither pdffonts nor the build venv's pypdf is available to check the PDF"
    fi
}
fonts=$(fonts_embedded binder.pdf)
[[ -n $fonts ]] || fail "the binder has no fonts"
grep -q WenQuanYi <<< "$fonts" || fail "the binder does not use the bundled CJK font: $fonts"
if grep -qv ' yes$' <<< "$fonts"; then fail "fonts not embedded in the binder:"$'\n'"$fonts"; fi
ok "binder PDF ($(grep -o '[0-9]* pages' binder.out)), every font embedded: $(tr '\n' ' ' <<< "$fonts")"

"$JQ" export json demo.jqvault before.json --password-file password.txt > /dev/null 2>&1
"$JQ" backup export demo.jqvault demo.jqbak --password-file password.txt > /dev/null
"$JQ" backup verify demo.jqbak --password-file password.txt > /dev/null
"$JQ" backup restore demo.jqbak restored.jqvault --password-file password.txt > /dev/null
"$JQ" export json restored.jqvault after.json --password-file password.txt > /dev/null 2>&1
records() {  # the export without its timestamp
    grep -v '"exported_at"' "$1"
}
[[ "$(records before.json)" == "$(records after.json)" ]] \
    || fail "the restored vault's records differ from the original's"
grep -q '"loans"' before.json || fail "the JSON export has no loans"
ok "JSON export; backup exported, verified and restored with identical records"

"$JQ" calc check --apr 30 --signed 2024-05-01 --lender private --json > check.json
grep -q '"lpr_percent": "3.45"' check.json || fail "calc check did not use the bundled LPR table"
ok "calc check reads the bundled LPR table"

if [[ $(uname) == Linux ]]; then
    "$JQ" --install-desktop-entry > /dev/null
    entry=$XDG_DATA_HOME/applications/io.github.jieqing.Jieqing.desktop
    grep -qxF "Exec=$JQ %f" "$entry" || fail "the desktop entry does not start the bundle: $(grep ^Exec= "$entry")"
    [[ -s $XDG_DATA_HOME/icons/hicolor/256x256/apps/io.github.jieqing.Jieqing.png ]] \
        || fail "--install-desktop-entry installed no icon"
    "$JQ" --uninstall-desktop-entry > /dev/null
    [[ ! -e $entry ]] || fail "--uninstall-desktop-entry left the menu entry"
    ok "--install-desktop-entry / --uninstall-desktop-entry from the bundle"
fi

# -- a bundle that lacks a resource must fail, not limp on ------------------------------
DAMAGED=$WORK/damaged
mkdir "$DAMAGED"
cp -al "$BUNDLE" "$DAMAGED/" 2> /dev/null || cp -a "$BUNDLE" "$DAMAGED/"
broken_bundle=$DAMAGED/$(basename "$BUNDLE")
broken_resources=$(resources_in "$broken_bundle")
rm "$broken_resources/lpr.json" "$broken_resources/fonts/wqy-microhei.ttc"
if check_resources "$broken_bundle" > /dev/null; then
    fail "the resource check passed a bundle without lpr.json and the font"
fi
BROKEN_JQ=$(executable_in "$broken_bundle")
if "$BROKEN_JQ" calc check --apr 30 --signed 2024-05-01 --lender private > /dev/null 2>&1; then
    fail "calc check succeeded without lpr.json (is it reading the source tree?)"
fi
if "$BROKEN_JQ" binder demo.jqvault broken.pdf --password-file password.txt > /dev/null 2>&1; then
    fail "the binder succeeded without the bundled font (is it reading the source tree?)"
fi
ok "a bundle without lpr.json and the font fails the checks and its commands"

size=$(du -sh "$BUNDLE" | cut -f1)
echo "PASS: $SOURCE ($size) works on its own"
