"""The `participa` commands around the central server: server-admin (organisations, codes,
the release each organisation is told about), enroll, sync, serve's configuration
errors."""

from __future__ import annotations

import pytest

from participa_desktop.cli import main


@pytest.fixture
def admin(tmp_path, capsys):
    """admin(*args): run `participa server-admin --database <test db> …`; (exit, out, err)."""
    url = f"sqlite:///{tmp_path / 'servidor.sqlite'}"

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["server-admin", "--database", url, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_server_admin_creates_organisations_people_and_codes(admin):
    assert admin("create-org", "Fundación Uno")[0] == 0
    code, out, _ = admin("add-person", "--org", "Fundación Uno", "--name", "Luz Coordinadora")
    assert code == 0 and "coordinador(a)" in out
    code, out, err = admin("create-code", "--org", "Fundación Uno", "--expires", "12h")
    assert code == 0 and len(out.strip()) == 20 and "vence en 12h" in err
    code, out, _ = admin("list")
    assert "Fundación Uno  (0 equipos, 1 personas)" in out


@pytest.mark.parametrize(("args", "message"), [
    (("create-code", "--org", "Nadie"), "No existe la organización «Nadie»"),
    (("create-code", "--org", "Uno", "--expires", "pronto"), "no es una duración"),
    (("create-org", "Uno"), "Ya existe una organización llamada «Uno»"),
    (("set-release", "--version", "la última", "--url", "https://ejemplo.org/p"),
     "«la última» no es un número de versión: use por ejemplo 0.2.0."),
    (("set-release", "--version", "0.2.0", "--url", "ejemplo.org/p", "--org", "Uno"),
     "«ejemplo.org/p» no es una dirección de descarga"),
    (("set-release", "--version", "0.2.0", "--url", "file:///tmp/instalador.exe"),
     "no es una dirección de descarga"),
    (("set-release", "--version", "0.2.0", "--url", "https://ejemplo.org/p", "--org", "Nadie"),
     "No existe la organización «Nadie»"),
    (("clear-release", "--org", "Nadie"), "No existe la organización «Nadie»"),
])
def test_server_admin_explains_what_it_cannot_do(admin, args, message):
    admin("create-org", "Uno")
    code, _, err = admin(*args)
    assert code == 1 and message in err
    assert "Uno  (0 equipos, 0 personas)  sin versión publicada" in admin("list")[1]


def test_server_admin_publishes_a_release_per_organisation(admin):
    admin("create-org", "Uno")
    admin("create-org", "Dos")
    code, out, _ = admin("set-release", "--version", "0.2.0", "--url",
                         "https://descargas.ejemplo.org/participa")
    assert code == 0 and "las organizaciones sin versión propia: Participa+ 0.2.0" in out
    code, out, _ = admin("set-release", "--version", "0.3.0", "--url",
                         "https://uno.ejemplo.org/instalador", "--org", "Uno")
    assert code == 0 and "la organización «Uno»: Participa+ 0.3.0" in out
    lines = admin("list")[1].splitlines()
    assert lines[0].endswith("Dos  (0 equipos, 0 personas)  Participa+ 0.2.0 (del servidor): "
                             "https://descargas.ejemplo.org/participa")
    assert lines[1].endswith("Uno  (0 equipos, 0 personas)  Participa+ 0.3.0 (propia): "
                             "https://uno.ejemplo.org/instalador")
    assert lines[2] == ("Por defecto (organizaciones sin versión propia): Participa+ 0.2.0 "
                        "(del servidor): https://descargas.ejemplo.org/participa")
    code, out, _ = admin("clear-release", "--org", "Uno")
    assert code == 0 and "ya no tiene versión propia" in out
    assert "Uno  (0 equipos, 0 personas)  Participa+ 0.2.0 (del servidor)" in admin("list")[1]


def test_serve_refuses_a_bad_configuration_in_spanish(capsys, tmp_path):
    assert main(["serve", "--port", "70000"]) == 1
    assert "Configuración del servidor no válida: port" in capsys.readouterr().err
    assert main(["serve", "--config", str(tmp_path / "no-hay.env")]) == 1
    assert "No existe el archivo de configuración" in capsys.readouterr().err


def test_enroll_then_sync_from_the_command_line(live_server, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PARTICIPA_CREDENTIALS", "file")
    org = live_server.organization("Fundación Uno")
    database = tmp_path / "campo.sqlite"
    assert main(["demo", str(database), "--device", "portátil", "--participants", "10",
                 "--workshops", "1"]) == 0
    capsys.readouterr()
    assert main(["sync", str(database)]) == 1
    assert "no está inscrito" in capsys.readouterr().err
    assert main(["enroll", str(database), "--server", live_server.url,
                 "--code", live_server.code(org)]) == 0
    assert "«Fundación Uno» como facilitator" in capsys.readouterr().out
    assert main(["sync", str(database)]) == 0
    out = capsys.readouterr().out
    assert "Se enviaron" in out and "versión nueva" not in out
    assert main(["sync", str(database), "--server", "https://otro.example.org"]) == 1
    assert "inscrito en" in capsys.readouterr().err


def test_sync_tells_of_a_newer_version_in_one_line(start_server, tmp_path, capsys,
                                                  monkeypatch):
    from participa_desktop import __version__

    monkeypatch.setenv("PARTICIPA_CREDENTIALS", "file")
    server = start_server(newest_app_version="9.1.0",
                          download_url="https://descargas.ejemplo.org/participa")
    database = tmp_path / "campo.sqlite"
    main(["demo", str(database), "--device", "x", "--participants", "1", "--workshops", "0"])
    assert main(["enroll", str(database), "--server", server.url,
                 "--code", server.code(server.organization("Uno"))]) == 0
    capsys.readouterr()
    assert main(["sync", str(database)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [f"Hay una versión nueva de Participa+: 9.1.0 (usted tiene "
                         f"{__version__}). Descárguela de https://descargas.ejemplo.org/"
                         "participa."]


def test_enroll_refuses_plain_http_to_another_computer(tmp_path, capsys):
    database = tmp_path / "campo.sqlite"
    main(["demo", str(database), "--device", "x", "--participants", "1", "--workshops", "0"])
    capsys.readouterr()
    assert main(["enroll", str(database), "--server", "http://10.0.0.8:8765",
                 "--code", "ABC"]) == 1
    assert "no es segura" in capsys.readouterr().err
