# Shared setup for scripts/start and scripts/test (sourced, not run).
#
# Makes the repository ready to run: system libraries Qt needs (installed when root,
# listed otherwise), a virtual environment in .venv, and the project installed into it
# with its test extras. Re-running is cheap: pip only runs when pyproject.toml changed
# since the last successful install (a stamp file inside .venv remembers its hash).
#
# After sourcing: REPO is the repository root, VENV its virtual environment.

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
STAMP="$VENV/.participa-install-stamp"

# Libraries PySide6 needs to run (offscreen too), then those a real X11 display needs.
QT_RUNTIME_PACKAGES=(
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
)
QT_DISPLAY_PACKAGES=(
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0
)

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

_deb_installed() {
    # True when the Debian package (or its Ubuntu 24.04 "t64" rename) is installed.
    local name
    for name in "$1" "${1}t64"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$name" 2>/dev/null)" = "installed" ]; then
            return 0
        fi
    done
    return 1
}

_apt_install() {
    # apt-get install as root, non-interactively (CI has no stdin).
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2 || die "apt-get update falló / failed"
    apt-get install -y -q --no-install-recommends "$@" >&2 \
        || die "apt-get install $* falló / failed"
}

_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: nothing to check
    local missing=() package
    for package in "${QT_RUNTIME_PACKAGES[@]}" "${QT_DISPLAY_PACKAGES[@]}"; do
        _deb_installed "$package" || missing+=("$package")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        say "Instalando bibliotecas del sistema / installing system libraries: ${missing[*]}"
        _apt_install "${missing[@]}"
    else
        cat >&2 <<EOF
AVISO: faltan bibliotecas del sistema que Qt necesita. Instálelas con:
WARNING: system libraries Qt needs are missing. Install them with:

    sudo apt-get install --no-install-recommends ${missing[*]}

Se continúa sin ellas / continuing without them.
EOF
    fi
}

_pick_python() {
    local candidate
    PYTHON=""
    for candidate in python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1; then
            PYTHON="$(command -v "$candidate")"
            break
        fi
    done
    [ -n "${PYTHON:-}" ] || die "No se encontró Python 3.11 / Python 3.11 not found (python3.11, python3)."
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "Se necesita Python >= 3.11 / Python >= 3.11 is needed; $PYTHON is $("$PYTHON" -V 2>&1)."
}

_make_venv() {
    if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        return 0
    fi
    [ -e "$VENV" ] && { say "Rehaciendo / recreating $VENV"; rm -rf "$VENV"; }
    _pick_python
    if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        # Debian and Ubuntu ship venv/ensurepip separately (python3.X-venv).
        local venv_package
        venv_package="python$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv"
        if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
            say "Instalando / installing $venv_package"
            _apt_install "$venv_package"
        else
            die "Falta el módulo venv / the venv module is missing: sudo apt-get install $venv_package"
        fi
    fi
    say "Creando el entorno virtual / creating the virtual environment: $VENV ($("$PYTHON" -V 2>&1))"
    "$PYTHON" -m venv "$VENV" || die "No se pudo crear / could not create $VENV"
    rm -f "$STAMP"
}

_install_project() {
    local wanted
    wanted="$(sha256sum "$REPO/pyproject.toml" | cut -d' ' -f1)"
    if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$wanted" ] && [ -x "$VENV/bin/participa" ]; then
        return 0
    fi
    say "Instalando el proyecto / installing the project: pip install -e '.[test]'"
    (cd "$REPO" && "$VENV/bin/python" -m pip install --disable-pip-version-check -q -e '.[test]') \
        || die "pip install falló / failed"
    printf '%s\n' "$wanted" >"$STAMP"
}

_system_packages
_make_venv
_install_project
