#!/usr/bin/env bash
# Build the double-click bundle from a clean checkout: dist/jieqing/ (macOS: dist/Jieqing.app).
#
#     bash packaging/build.sh            # one folder (what installers wrap)
#     JIEQING_ONEFILE=1 bash packaging/build.sh   # a single file: dist/onefile/jieqing
#
# Uses its own virtual environment (build/venv, or $JIEQING_BUILD_VENV) with the project and
# the `package` extra (PyInstaller), so the bundle holds only what Jieqing imports at run
# time. Windows: packaging/windows/build.ps1 does the same.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=${JIEQING_BUILD_VENV:-$ROOT/build/venv}
PYTHON=${PYTHON:-python3}
started=$SECONDS

if [[ ! -x $VENV/bin/python ]]; then
    echo "Creating the build environment in $VENV …"
    "$PYTHON" -m venv "$VENV"
fi
PY=$VENV/bin/python
"$PY" -m pip install -q --upgrade pip
"$PY" -m pip install -q -e "$ROOT[package]"

echo "Compiling translations …"
"$PY" -m ui.i18n_build

icons=(resources/icons/jieqing-{16,24,32,48,64,128,256,512}.png packaging/icons/jieqing.ico packaging/icons/jieqing.icns)
for icon in "${icons[@]}"; do
    if [[ ! -f $icon ]]; then
        echo "Rendering icons ($icon is missing) …"
        QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py
        break
    fi
done

dist=$ROOT/dist
[[ ${JIEQING_ONEFILE:-} == 1 ]] && dist=$ROOT/dist/onefile  # beside the folder, not over it
echo "Running PyInstaller …"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$ROOT/build/pyinstaller" packaging/jieqing.spec

# A module of ours that PyInstaller could not find would fail only when a user reaches it.
if grep -E "missing module named '?(vault|ui)[.' ]" "$ROOT/build/pyinstaller/jieqing/warn-jieqing.txt"; then
    echo "PyInstaller could not find the Jieqing modules above: the bundle would break" >&2
    exit 1
fi

if [[ $(uname) == Darwin && ${JIEQING_ONEFILE:-} != 1 ]]; then
    bundle=$dist/Jieqing.app
else
    bundle=$dist/jieqing
fi
size=$(du -sh "$bundle" | cut -f1)
echo "Bundle: $bundle ($size, built in $((SECONDS - started)) s)"
