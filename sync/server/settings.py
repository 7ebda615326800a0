"""The server's configuration: one settings object, read from (highest first) the
command-line flags, the environment (`PARTICIPA_SERVER_*`) and a `.env`-style file."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from sync import protocol

from .releases import check_url, check_version


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("participa-servidor", appauthor=False))


class ServerSettings(BaseSettings):
    """Every knob of the server. `database` empty means a SQLite file in `data_dir`."""

    model_config = SettingsConfigDict(env_prefix="PARTICIPA_SERVER_", extra="forbid")

    database: str = Field("", description="URL de SQLAlchemy; vacío: SQLite en data_dir")
    data_dir: Path = Field(default_factory=default_data_dir)
    host: str = "127.0.0.1"
    port: int = Field(8765, ge=1, le=65535)
    server_name: str = "Servidor central Participa+"
    max_package_bytes: int = Field(200 << 20, ge=1024)
    max_chunk_bytes: int = Field(2 << 20, ge=1024)
    page_bytes: int = Field(protocol.PAGE_BYTES, ge=1024)
    clock_tolerance_seconds: int = Field(protocol.CLOCK_TOLERANCE_SECONDS, ge=1)
    enrol_attempts: int = Field(10, ge=1, description="intentos de inscripción por ventana")
    enrol_window_seconds: int = Field(600, ge=1)
    # The release told to organisations without their own when none was set with
    # `server-admin set-release` (sync.server.releases); checked like it.
    newest_app_version: str = ""
    download_url: str = ""
    debug_merge_pause: float = Field(
        0.0, ge=0, description="solo para pruebas de fallos: pausa antes de confirmar")

    @field_validator("newest_app_version")
    @classmethod
    def _pep440(cls, value: str) -> str:
        return check_version(value) if value.strip() else ""

    @field_validator("download_url")
    @classmethod
    def _web_address(cls, value: str) -> str:
        return check_url(value) if value.strip() else ""

    def database_url(self) -> str:
        if self.database:
            return self.database
        return f"sqlite:///{self.data_dir / 'servidor.sqlite'}"


def load_settings(env_file: Path | None = None, **flags: object) -> ServerSettings:
    """Settings from `flags` (None values ignored), then the environment, then `env_file`."""
    given = {k: v for k, v in flags.items() if v is not None}
    return ServerSettings(_env_file=env_file, **given)  # type: ignore[call-arg]
