#!/bin/sh
# Adds Participa+ to the desktop menu of this user (no administrator rights needed):
#     ./instalar.sh            # from the unpacked folder; the app stays in this folder
#     ./instalar.sh --quitar   # removes it from the menu again (the folder stays)
# Writes ~/.local/share/applications/participa-plus.desktop (its Exec and Icon point into
# this folder) and copies the icon to ~/.local/share/icons/hicolor/256x256/apps/.
# A provisioning file (participa-aprovisionamiento.json) from your organisation goes into
# this folder, beside the `participa` program.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/participa-plus.desktop"
icon="$data/icons/hicolor/256x256/apps/participa-plus.png"

if [ "${1:-}" = "--quitar" ] || [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$icon"
    echo "Participa+ se quitó del menú / was removed from the menu."
    exit 0
fi
if [ ! -x "$here/participa" ]; then
    echo "ERROR: no se encontró el programa «participa» en $here / program not found." >&2
    exit 1
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/participa.png" "$icon"
# The desktop entry spec: Exec quotes the path (a folder name may have spaces) with \ before
# " ` $ and \ inside the quotes, then every \ doubled (a string value) and % as %%.
quoted="$(printf '%s' "$here/participa" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')"
icon_value="$(printf '%s' "$icon" | sed -e 's/\\/\\\\/g')"
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        Exec=*) printf 'Exec="%s"\n' "$quoted" ;;
        Icon=*) printf 'Icon=%s\n' "$icon_value" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$here/participa.desktop" >"$entry.tmp"
mv "$entry.tmp" "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
echo "Participa+ quedó en el menú de aplicaciones / was added to the applications menu:"
echo "  $entry"
