"""Declarative bases: plain tables, and replicated tables that carry per-column versions.

A replicated model declares only its content columns. `Replicated.__init_subclass__` adds,
before SQLAlchemy maps the class, the companions of each mutable column (see
`sync.engine.versions`): `<name>_ver` and `<name>_seq`; the mixin itself declares `id`, the
`deleted` tombstone (with its companions) and `row_seq`. A column declared with
`info={"immutable": True}` (a natural key) gets no companions and may never change after
insert.

Callers never set the companions: `participa_desktop.core.versioning` is the one write path
that stamps them.
"""

from typing import Any, ClassVar

from sqlalchemy import Boolean, Index, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column

from sync.engine.ids import new_id
from sync.engine.versions import ROW_SEQUENCE, TOMBSTONE, sequence_column, version_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LENGTH = 36
STAMP_TYPE = String(32)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Replicated:
    """Mixin of every table that syncs between devices.

    Class attributes set here for each subclass:
      `versioned_columns`  the content columns that carry a version, in declaration order
      `immutable_columns`  natural-key columns fixed at insert
    """

    versioned_columns: ClassVar[tuple[str, ...]] = ()
    immutable_columns: ClassVar[tuple[str, ...]] = ()

    id: Mapped[str] = mapped_column(
        String(ID_LENGTH), primary_key=True, default=new_id, sort_order=-1
    )
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    deleted_ver: Mapped[str | None] = mapped_column(STAMP_TYPE)
    deleted_seq: Mapped[int | None] = mapped_column(Integer)
    row_seq: Mapped[int | None] = mapped_column(Integer, index=True)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        own = cls.__dict__.get("__annotations__", {})  # noqa: RUF063 (mutated below)
        versioned: list[str] = []
        immutable: list[str] = []
        for name in list(own):
            attribute = cls.__dict__.get(name)
            if not isinstance(attribute, MappedColumn):
                if "Mapped" in str(own[name]):
                    raise TypeError(f"{cls.__name__}.{name}: declare it with mapped_column()")
                continue
            if attribute.column.info.get("immutable"):
                immutable.append(name)
                continue
            versioned.append(name)
            for companion, kind in (
                (version_column(name), STAMP_TYPE),
                (sequence_column(name), Integer()),
            ):
                setattr(cls, companion, mapped_column(kind))
                own[companion] = Mapped[str | None] if kind is STAMP_TYPE else Mapped[int | None]
        cls.versioned_columns = (*versioned, TOMBSTONE)
        cls.immutable_columns = tuple(immutable)
        super().__init_subclass__(**kwargs)
        # Required-ness is the services' job: in the database every versioned content
        # column may be NULL, so a package that has no opinion on a column (an older
        # app's, or a partial one) still merges. `deleted` keeps its default instead.
        for name in versioned:
            cls.__table__.columns[name].nullable = True


def immutable(column: MappedColumn) -> MappedColumn:
    """Mark a natural-key column: no version, never changed after insert."""
    column.column.info["immutable"] = True
    return column


__all__ = ["ROW_SEQUENCE", "Base", "Index", "Replicated", "immutable"]
