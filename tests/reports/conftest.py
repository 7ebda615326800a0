"""Fixtures the report tests share: converting a file with LibreOffice (soffice), the
way a coordinator's spreadsheet program reads and writes our files."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

#: Seconds one conversion may take (the first one also creates LibreOffice's profile).
LIBREOFFICE_TIMEOUT = 180


@pytest.fixture(scope="session")
def convert_with_libreoffice(require_program, tmp_path_factory) -> Callable[..., Path]:
    """convert_with_libreoffice(source, to, folder) -> the converted file.

    Runs `soffice --headless --convert-to <to> --outdir <folder> <source>` with a profile
    of its own (shared by the whole test session, so only the first run pays for creating
    it; a LibreOffice the developer has open is not disturbed). `to` is what --convert-to
    takes: "xlsx", or "csv:Text - txt - csv (StarCalc):44,34,76" for UTF-8 CSV; the result
    is <folder>/<source stem>.<extension before the first colon>. Skips when LibreOffice is
    missing (fails under CI, see require_program); fails when it exits with an error,
    writes nothing, or takes longer than LIBREOFFICE_TIMEOUT seconds (then it is killed
    with everything it started)."""
    soffice = require_program("soffice", "libreoffice-calc-nogui",
                              "comprobar los archivos con LibreOffice", also=("libreoffice",))
    profile = tmp_path_factory.mktemp("libreoffice-perfil")

    def convert(source: Path, to: str, folder: Path) -> Path:
        target = folder / f"{source.stem}.{to.split(':', 1)[0]}"
        target.unlink(missing_ok=True)  # a file left from before must not pass for the result
        process = subprocess.Popen(
            [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
             "--convert-to", to, "--outdir", str(folder), str(source)],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, start_new_session=True)
        try:
            out, err = process.communicate(timeout=LIBREOFFICE_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            pytest.fail(f"LibreOffice no terminó de convertir {source.name} en "
                        f"{LIBREOFFICE_TIMEOUT} s.", pytrace=False)
        if process.returncode != 0 or not target.is_file():
            pytest.fail(f"LibreOffice no convirtió {source.name} a {to} (código "
                        f"{process.returncode}):\n{out}{err}", pytrace=False)
        return target

    return convert
