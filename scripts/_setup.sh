# Shared setup for scripts/start and scripts/test (sourced, not run).
#
# Makes the repository ready to run: system libraries Qt needs (installed when root,
# listed otherwise), a virtual environment in .venv, and the project installed into it
# with its test extras. With SETUP_TEST_TOOLS=1 (scripts/test sets it) also the programs
# the report tests drive: LibreOffice Calc without its GUI and pdftoppm (same rule: installed
# when root, listed otherwise). Re-running is cheap: apt only runs when something is
# missing, pip only when pyproject.toml changed since the last successful install (a stamp
# file inside .venv remembers its hash).
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
# Programs the report tests run, as "package:command": a package counts as present when
# its command is on PATH too (a full LibreOffice also has soffice, and the -nogui package
# would replace it).
TEST_TOOL_PACKAGES=(libreoffice-calc-nogui:soffice poppler-utils:pdftoppm)
# apt waits up to ten minutes for another apt or dpkg (unattended-upgrades, a first-boot
# script) to release its lock instead of failing at once.
APT_OPTIONS=(-o DPkg::Lock::Timeout=600)

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

_apt_update() {
    # DPkg::Lock::Timeout covers dpkg's lock, not the package lists' lock `apt-get update`
    # takes: while another process holds that one, retry every 10 s for up to 10 minutes.
    local output waited=0
    while true; do
        if output="$(LC_ALL=C apt-get "${APT_OPTIONS[@]}" update -q 2>&1)"; then
            printf '%s\n' "$output" >&2
            return 0
        fi
        case "$output" in
            *"Could not get lock"*) ;;
            *) printf '%s\n' "$output" >&2; return 1 ;;
        esac
        [ "$waited" -lt 600 ] || { printf '%s\n' "$output" >&2; return 1; }
        [ "$waited" -eq 0 ] && say "Otro proceso usa apt; esperando / another process is using apt, waiting"
        sleep 10
        waited=$((waited + 10))
    done
}

_apt_install() {
    # apt-get install as root, non-interactively (CI has no stdin).
    export DEBIAN_FRONTEND=noninteractive
    _apt_update || die "apt-get update falló / failed"
    apt-get "${APT_OPTIONS[@]}" install -y -q --no-install-recommends "$@" >&2 \
        || die "apt-get install $* falló / failed"
}

_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: nothing to check
    local missing=() tools=() package entry
    for package in "${QT_RUNTIME_PACKAGES[@]}" "${QT_DISPLAY_PACKAGES[@]}"; do
        _deb_installed "$package" || missing+=("$package")
    done
    if [ "${SETUP_TEST_TOOLS:-0}" = 1 ]; then
        for entry in "${TEST_TOOL_PACKAGES[@]}"; do
            _deb_installed "${entry%%:*}" || command -v "${entry#*:}" >/dev/null 2>&1 \
                || tools+=("${entry%%:*}")
        done
    fi
    [ "${#missing[@]}" -eq 0 ] && [ "${#tools[@]}" -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        [ "${#missing[@]}" -eq 0 ] \
            || say "Instalando bibliotecas del sistema / installing system libraries: ${missing[*]}"
        [ "${#tools[@]}" -eq 0 ] \
            || say "Instalando para las pruebas de informes / installing for the report tests: ${tools[*]}"
        _apt_install "${missing[@]}" "${tools[@]}"
        return 0
    fi
    if [ "${#missing[@]}" -ne 0 ]; then
        cat >&2 <<EOF
AVISO: faltan bibliotecas del sistema que Qt necesita. Instálelas con:
WARNING: system libraries Qt needs are missing. Install them with:

    sudo apt-get install --no-install-recommends ${missing[*]}

Se continúa sin ellas / continuing without them.
EOF
    fi
    if [ "${#tools[@]}" -ne 0 ]; then
        cat >&2 <<EOF
AVISO: faltan programas que usan las pruebas de informes (LibreOffice, pdftoppm): esas
pruebas se omiten (con CI=true fallan). Instálelos con:
WARNING: programs the report tests use are missing (LibreOffice, pdftoppm): those tests
are skipped (with CI=true they fail). Install them with:

    sudo apt-get install --no-install-recommends ${tools[*]}

Se continúa sin ellos / continuing without them.
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
