#!/usr/bin/env bash
# Set Werkstatt up and start it, or run its tests, from a fresh clone.
#
#   bash packaging/werkstatt.sh start [werkstatt arguments...]   # e.g. --data-dir /media/stick
#   bash packaging/werkstatt.sh test  [pytest arguments...]      # headless, whole suite
#
# What it does, each step only when needed (so a second run starts at once):
#   - installs the Debian packages Qt needs (dpkg -s check; apt-get only for what is
#     missing; as root or through sudo). Elsewhere (macOS, other Linux) it skips this.
#   - creates .venv with python3 -m venv (installing python3-venv on Debian if missing)
#   - pip install -e . (start) or -e '.[test]' (test), again only when pyproject.toml
#     changed since the last install (stamp file in .venv)
# Environment: PYTHON=python3.12 picks another interpreter (3.11 or newer).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.werkstatt-installed"
PYTHON="${PYTHON:-python3}"

# Qt's xcb/EGL/OpenGL dependencies that the PySide6 wheels do not bring along.
QT_PACKAGES_TEST=(libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libegl1 libgl1 libxkbcommon0)
QT_PACKAGES_GUI=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libpulse0)

say() { printf 'werkstatt.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
    cat >&2 <<USAGE
usage: bash packaging/werkstatt.sh start [werkstatt arguments...]
       bash packaging/werkstatt.sh test  [pytest arguments...]
USAGE
    exit 2
}

is_debian() { command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run: $* (run this script as root, or install sudo)"
    fi
}

installed() {
    # Ubuntu 24.04 renamed some libraries (libglib2.0-0t64); either name will do.
    local pkg="$1"
    dpkg -s "$pkg" >/dev/null 2>&1 || dpkg -s "${pkg}t64" >/dev/null 2>&1
}

apt_install() {
    local missing=() pkg
    for pkg in "$@"; do
        installed "$pkg" || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    say "installing Debian packages: ${missing[*]}"
    # apt's chatter goes to stderr: stdout belongs to werkstatt (`start list | less`).
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >&2
}

system_packages() {
    if ! is_debian; then
        case "$(uname -s)" in
            Darwin) ;;  # the PySide6 wheels for macOS bring everything along
            *) say "not Debian/Ubuntu: skipping system packages; if Qt fails to load," \
                   "install the equivalents of: ${QT_PACKAGES_TEST[*]} ${QT_PACKAGES_GUI[*]}" ;;
        esac
        return 0
    fi
    if [ "$1" = gui ]; then
        apt_install "${QT_PACKAGES_TEST[@]}" "${QT_PACKAGES_GUI[@]}"
    else
        apt_install "${QT_PACKAGES_TEST[@]}"
    fi
}

check_python() {
    command -v "$PYTHON" >/dev/null 2>&1 || {
        is_debian && apt_install python3
        command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found: install Python 3.11 or newer"
    }
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
        die "Werkstatt needs Python 3.11 or newer; $PYTHON is $("$PYTHON" -V 2>&1)." \
            "Choose another with PYTHON=python3.11"
}

make_venv() {
    [ -x "$VENV/bin/python" ] && return 0
    check_python
    if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        is_debian || die "$PYTHON lacks the venv module; install it and run again"
        local minor
        minor="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        apt_install "python${minor}-venv"
    fi
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV"
}

# The stamp holds pyproject.toml's hash and the extras installed with it: a test install
# also serves `start`, but not the other way round.
stamp_wanted() {
    local hash
    hash="$("$VENV/bin/python" -c \
        'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' \
        "$ROOT/pyproject.toml")"
    printf '%s %s\n' "$hash" "$1"
}

install_project() {
    local extras="$1" wanted have=""
    wanted="$(stamp_wanted "$extras")"
    [ -f "$STAMP" ] && have="$(cat "$STAMP")"
    if [ "$have" = "$wanted" ] || { [ "$extras" = base ] && [ "$have" = "${wanted% *} test" ]; }; then
        return 0
    fi
    local target="."
    [ "$extras" = test ] && target=".[test]"
    say "installing Werkstatt into .venv ($target)"
    (cd "$ROOT" && "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        -e "$target" >&2)
    printf '%s\n' "$wanted" >"$STAMP"
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
    start)
        system_packages gui
        make_venv
        install_project base
        exec "$VENV/bin/werkstatt" "$@"
        ;;
    test)
        system_packages test
        make_venv
        install_project test
        cd "$ROOT"
        status=0
        QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest "$@" || status=$?
        if [ "$status" -eq 5 ]; then
            say "pytest collected no tests: that is a failure, not a pass"
        fi
        exit "$status"
        ;;
    *) usage ;;
esac
