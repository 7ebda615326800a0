"""Local bookkeeping of one database file: never replicated, never dumped."""

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class LocalState(Base):
    """The single row of this database's device: its id, clock and change sequence.

    Updated only by `participa_desktop.core.versioning`, in the transaction of the change.
    """

    __tablename__ = "local_state"

    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    device_id: Mapped[str] = mapped_column(String(16))
    device_name: Mapped[str] = mapped_column(String(120), default="")
    clock_millis: Mapped[int] = mapped_column(default=0)
    clock_counter: Mapped[int] = mapped_column(default=0)
    last_seq: Mapped[int] = mapped_column(default=0)


class AppMeta(Base):
    """Facts about the file: schema number and the app version that wrote it."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
