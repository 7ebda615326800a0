"""Property tests of convergence (DESIGN.md, "Replication: the invariants", 1–5 and 11).

Three to five laptops, each a real data file, make random changes through the services —
organisations, people, workshops, attendance, agreements and their follow-ups, duplicate
links — including edits and deletes of records that came from other laptops, and the same
field edited on two laptops in the same millisecond or with clocks that disagree. Between
changes they export packages (everything, or what one peer lacks) that are delivered in
any order, to any laptop, some twice, some relayed through a third laptop. Checked on the
way:

* merging a package that a laptop already merged, at any later moment, changes nothing;
* merging the same package twice in a row reports nothing new the second time;
* a change the services refuse writes nothing.

Checked at the end:

* on copies of the laptops, one round of incremental packages through a hub (each laptop
  sends the hub the package for it, then the hub sends each the package for it) leaves
  every copy with the same dump (invariants 4 and 7);
* after one round in which every laptop merges every other laptop's full export, every
  laptop and a new laptop that merges those exports have byte-identical dumps, the same
  as the copies' (invariant 4);
* the live value of every column is the newest value ever written to it (invariants 2, 3);
* every value any laptop ever wrote is live or in the archive of its row and column
  (invariant 5), with the stamp it was written with.

Every value written is read back, with its stamp, from the laptop's data file right after
the unit of work that wrote it (rows whose `*_seq` moved), so cascades (a deleted workshop
tombstones its attendance) and derived values are recorded too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

from participa_desktop.core import replication
from participa_desktop.core.dump import dump_lines
from participa_desktop.core.models import AGREEMENT_STATUSES, ATTENDANCE_STATUSES, SECTORS
from participa_desktop.core.services import (
    NotFound,
    ValidationError,
    agreements,
    attendance,
    duplicates,
    organizations,
    participants,
    workshops,
)
from participa_desktop.core.store import Store
from participa_desktop.core.store.seed import reference_id
from sync.engine.errors import PackageError

MAX_STEPS = 40
COMPONENTS = [reference_id("component", c) for c in ("liderazgo", "incidencia", "gobierno_abierto")]
#: Small pools, so that two laptops often write the same field, with equal or different values.
ORG_NAMES = ["Consejo Comunitario", "Junta de Acción Comunal", "Red de Mujeres"]
GIVEN_NAMES = ["Ana", "Luis", "María José"]
SURNAMES = ["Angulo", "Riascos", "Mina"]
PHONES = ["3105551234", "6022223344"]
EMAILS = ["ana@correo.co", "red@mujeres.org"]
TITLES = ["Escuela de liderazgo", "Mesa de incidencia", "Cabildo abierto"]
PLACES = ["Casa de la cultura", "Escuela La Playita"]
TEXTS = ["Gestionar el salón", "Enviar el acta", "Convocar a la alcaldía"]
PEOPLE = ["la lideresa", "el secretario"]
PAST_DATES = [dt.date(2023, 2, 14), dt.date(2024, 7, 1), dt.date(2025, 3, 4)]


# ---- Laptops ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def replica_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded data file without a device: copies of it open in milliseconds."""
    path = tmp_path_factory.mktemp("plantilla") / "plantilla.sqlite"
    Store.open(path, device_name="plantilla").close()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("DELETE FROM local_state")
        connection.commit()
    return path


@dataclass(eq=False)
class Laptop:
    name: str
    store: Store = field(repr=False)
    merged: set[str] = field(default_factory=set, repr=False)
    """Ids of the packages merged into this laptop."""

    def sql(self, statement: str, *parameters: Any) -> list[tuple[Any, ...]]:
        with self.store.engine.connect() as connection:
            return [tuple(r) for r in connection.exec_driver_sql(statement, parameters)]

    def last_seq(self) -> int:
        return self.sql("SELECT last_seq FROM local_state")[0][0]

    def dump(self) -> str:
        with self.store.engine.connect() as connection:
            return "\n".join(dump_lines(connection))

    def knows(self, other: Laptop) -> bool:
        """Whether `other` has merged a package of this laptop: it can make packages for
        this laptop."""
        return bool(other.sql("SELECT 1 FROM sync_peer WHERE name = ?", self.name))

    def live(self, table: str, columns: str = "id") -> list[tuple[Any, ...]]:
        return self.sql(f"SELECT {columns} FROM {table} WHERE deleted = 0 ORDER BY {columns}")


def open_laptop(template: Path, folder: Path, name: str, device_id: str,
                wall_clock: Callable[[], int]) -> Laptop:
    """A laptop with a chosen device id (the tie break of equal clocks) and clock."""
    path = folder / f"{name}.sqlite"
    shutil.copyfile(template, path)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "INSERT INTO local_state (singleton, device_id, device_name, clock_millis, "
            "clock_counter, last_seq) VALUES (1, ?, ?, 0, 0, 0)", (device_id, name))
        connection.commit()
    store = Store.open(path)
    assert (store.device_id, store.device_name) == (device_id, name)
    store.wall_clock = wall_clock
    return Laptop(name, store)


@dataclass(frozen=True)
class Package:
    number: int
    source: str
    peer: str | None
    path: Path
    package_id: str


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# ---- One random history -------------------------------------------------------------------


class History:
    """Laptops, their changes and packages, drawn step by step from `data`."""

    def __init__(self, data: st.DataObject, template: Path, folder: Path) -> None:
        self.data = data
        self.template = template
        self.folder = folder
        (folder / "paquetes").mkdir()
        # Wall time an hour ago (stamps stay well before the one-day future limit), moved
        # on by 0–2 ms a step: laptops often stamp in the same millisecond.
        self.now = time.time_ns() // 1_000_000 - 3_600_000
        count = self.draw(st.integers(3, 5), "laptops")
        ids = self.draw(st.lists(st.integers(1, 2**64 - 1), min_size=count + 1,
                                 max_size=count + 1, unique=True), "device ids")
        self.device_ids = [f"{i:016x}" for i in ids]
        skews = self.draw(st.lists(st.sampled_from([0, 0, 0, 1, -1, 250, -60_000, 1_800_000]),
                                   min_size=count, max_size=count), "clock skews (ms)")
        self.laptops = [self._open(f"equipo{i}", self.device_ids[i], skews[i])
                        for i in range(count)]
        self.packages: list[Package] = []
        #: (table, row id, column) → {(stamp, value as JSON)} of every value written.
        self.written: dict[tuple[str, str, str], set[tuple[str, str]]] = {}

    def draw(self, strategy: st.SearchStrategy[Any], label: str) -> Any:
        return self.data.draw(strategy, label=label)

    def pick(self, items: list[Any], label: str) -> Any:
        return self.draw(st.sampled_from(items), label)

    def _open(self, name: str, device_id: str, skew: int) -> Laptop:
        return open_laptop(self.template, self.folder, name, device_id,
                           lambda: self.now + skew)

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.store.close()

    # -- running ---------------------------------------------------------------------

    def run(self) -> None:
        if self.draw(st.integers(0, 3), "common start") > 0:
            # The usual start in the field: one laptop registers, everyone receives it, and
            # from then on several laptops edit the same records.
            first = self.laptops[0]
            for operation in COMMON_START:
                self.apply(first, operation)
            package = self._export(first, None)
            for laptop in self.laptops[1:]:
                self._merge(laptop, package)
        steps = self.draw(st.integers(1, MAX_STEPS), "steps")
        for _ in range(steps):
            self.now += self.draw(st.integers(0, 2), "ms later")
            kind = self.pick(STEP_KINDS, "step")
            if kind == "change":
                self.change()
            elif kind == "same field":
                self.same_field()
            elif kind == "sync":
                self.sync()
            elif kind == "export":
                self.export()
            else:
                self.deliver(twice=kind == "deliver twice")
        self.finish()

    def change(self) -> None:
        laptop = self.pick(self.laptops, "laptop")
        counts = dict(zip(("organization", "participant", "workshop", "attendance",
                           "agreement", "duplicate_link"), laptop.sql(LIVE_COUNTS)[0],
                          strict=True))
        possible = [operation for operation in OPERATIONS
                    if all(counts[table] >= n for table, n in NEEDS[operation].items())]
        self.apply(laptop, self.pick(possible, "operation"))

    def same_field(self) -> None:
        """Two or more laptops edit the same field of one record they all hold, between
        two syncs; or mark the same person at the same workshop (one attendance id)."""
        table = self.pick(sorted(SAME_FIELD), "table")
        holders: dict[Any, list[Laptop]] = {}
        for laptop in self.laptops:
            rows = (laptop.live(table) if table != "attendance" else
                    [(w, p) for (w,) in laptop.live("workshop")
                     for (p,) in laptop.live("participant")])
            for row in rows:
                holders.setdefault(row[0] if table != "attendance" else row, []).append(laptop)
        shared = sorted(key for key, laptops in holders.items() if len(laptops) > 1)
        if not shared:
            note(f"same field of {table}: no record on two laptops")
            return
        key = self.pick(shared, table)
        editors = self.draw(st.lists(st.sampled_from(holders[key]), min_size=2, unique=True),
                            "editors")
        column = self.pick(sorted(SAME_FIELD[table]), "field")
        for laptop in editors:
            self.now += self.draw(st.integers(0, 1), "ms later")
            value = self.pick(SAME_FIELD[table][column], "value")
            if table == "attendance":
                workshop, person = key
                self.perform(laptop, "mark", f"mark {person} {value} at {workshop}",
                             lambda s, w=workshop, p=person, v=value: attendance.mark(s, w, p, v))
            else:
                update = UPDATES[table]
                self.perform(laptop, f"same field {table}", f"{table} {key}: {column} = {value}",
                             lambda s, u=update, k=key, c=column, v=value: u(s, k, {c: v}))

    def apply(self, laptop: Laptop, operation: Callable[[History, Laptop], Call]) -> None:
        description, act = operation(self, laptop)
        self.perform(laptop, operation.__name__, description, act)

    def perform(self, laptop: Laptop, what: str, description: str,
                act: Callable[[Any], Any]) -> None:
        before = laptop.last_seq()
        try:
            with laptop.store.unit_of_work() as session:
                act(session)
        except (ValidationError, NotFound) as refused:
            note(f"{laptop.name}: {description}: refused ({refused})")
            event(f"refused {what}: {refused}")
            assert laptop.last_seq() == before, "a refused change wrote something"
            return
        note(f"{laptop.name}: {description}")
        event(f"ok {what}")
        self.record_writes(laptop, before)

    def record_writes(self, laptop: Laptop, since: int) -> None:
        """Every column the last unit of work stamped, read back from the data file."""
        for table in replication.replica_schema().tables:
            columns = ", ".join(f"{c}, {c}_ver, {c}_seq" for c in table.versioned)
            for row in laptop.sql(f"SELECT id, {columns} FROM {table.name} "
                                  f"WHERE row_seq > ?", since):
                for i, column in enumerate(table.versioned):
                    value, stamp, seq = row[1 + 3 * i: 4 + 3 * i]
                    if seq is not None and seq > since:
                        assert stamp is not None and stamp.endswith(laptop.store.device_id)
                        self.written.setdefault((table.name, row[0], column), set()).add(
                            (stamp, as_json(value)))

    def export(self) -> Package:
        """A package for everyone or for a peer the laptop knows, kept for later."""
        laptop = self.pick(self.laptops, "laptop")
        peers = [name for (name,) in laptop.sql("SELECT name FROM sync_peer ORDER BY name")]
        peer = self.draw(st.none() | st.sampled_from(peers), "peer") if peers else None
        return self._export(laptop, peer)

    def sync(self) -> None:
        """A package straight to a laptop: the one it was made for, if any."""
        package = self.export()
        if package.peer is None:
            to = self.pick([t for t in self.laptops if t.name != package.source], "to")
        else:
            to = next(t for t in self.laptops if t.name == package.peer)
        self._merge(to, package)

    def _export(self, laptop: Laptop, peer: str | None) -> Package:
        number = len(self.packages)
        path = self.folder / "paquetes" / f"{number:03d}-{laptop.name}.participa"
        summary = replication.export(laptop.store, path, peer)
        package = Package(number, laptop.name, peer, path, summary.package_id)
        self.packages.append(package)
        note(f"{laptop.name}: export #{number} for {peer or 'everyone'}: {summary.rows}")
        return package

    def deliver(self, *, twice: bool) -> None:
        """An exported package merged into any laptop but its source: late, out of order,
        again, relayed, or made for another peer; `twice`: twice in a row."""
        if not self.packages:
            return
        package = self.pick(self.packages, "package")
        laptop = self.pick([t for t in self.laptops if t.name != package.source], "to")
        again = package.package_id in laptop.merged
        before = laptop.dump() if again else None
        summary = self._merge(laptop, package)
        if again:
            event("merged again")
            # Invariant 4: any number of times.
            assert laptop.dump() == before, f"merging #{package.number} again changed data"
        if twice:
            before = laptop.dump()
            second = self._merge(laptop, package)
            if summary is None:
                assert second is None, f"#{package.number} refused, then merged"
                return
            assert second is not None, f"#{package.number} merged, then refused"
            assert (second.new, second.updated, second.archived, second.conflicts) == (
                0, 0, 0, 0), f"the second merge of #{package.number} reported {second}"
            assert second.unchanged == sum(sum(counts) for counts in summary.by_table.values())
            assert laptop.dump() == before, f"merging #{package.number} twice changed data"

    def _merge(self, laptop: Laptop, package: Package) -> replication.MergeSummary | None:
        """Merge; None when the package was made for another peer and is refused for it
        (it leaves out what that peer already has), which must change nothing."""
        before = laptop.dump() if package.peer not in (None, laptop.name) else None
        try:
            summary = replication.merge(laptop.store, package.path)
        except PackageError as refused:
            if before is None:
                raise
            note(f"  #{package.number} → {laptop.name}: refused ({refused})")
            event("refused a package made for another peer")
            assert laptop.dump() == before, "a refused package changed data"
            return None
        laptop.merged.add(package.package_id)
        if summary.conflicts:
            event("conflict")
        note(f"  #{package.number} → {laptop.name}: new {summary.new}, updated "
             f"{summary.updated}, archived {summary.archived}, conflicts {summary.conflicts}")
        return summary

    # -- the end ---------------------------------------------------------------------

    def finish(self) -> None:
        # Every package a laptop merged, merged into it once more: nothing moves.
        for laptop in self.laptops:
            before = laptop.dump()
            for package in self.packages:
                if package.package_id in laptop.merged:
                    replication.merge(laptop.store, package.path)
            assert laptop.dump() == before, f"merging old packages again changed {laptop.name}"
        incremental = self.sync_through_a_hub()
        # One round: every laptop exports everything, then merges the others' exports, in
        # an order of its own; a new laptop merges them all too. That brings every (value,
        # stamp) pair any laptop holds, live or archived, to every laptop, and each keeps
        # the newest pair of a column live and archives every other pair it has seen, so
        # content and archive are then equal everywhere. (A second round would be needed
        # if what a merge archives depended on the order in which it met the pairs.)
        note("final round: full packages, everyone to everyone")
        fulls = [self._export(laptop, None) for laptop in self.laptops]
        self.laptops.append(self._open("recien_llegado", self.device_ids[-1], 0))
        for laptop in self.laptops:
            others = [p for p in fulls if p.source != laptop.name]
            for package in self.draw(st.permutations(others), f"order into {laptop.name}"):
                self._merge(laptop, package)
        dumps = {laptop.name: laptop.dump() for laptop in self.laptops}
        event(f"archive size {dumps[self.laptops[0].name].count('value_ver') // 5 * 5}")
        reference = dumps[self.laptops[0].name]
        for name, dump in dumps.items():
            assert dump == reference, f"{name} did not converge with {self.laptops[0].name}"
        assert incremental == reference, "incremental packages and full ones ended apart"
        self.check_values(json.loads(reference))

    def sync_through_a_hub(self) -> str:
        """On copies of the laptops: each sends a hub the package for it (everything, if
        it never heard from the hub), then the hub sends each the package for it. Those
        leave out what the receiver has acknowledged or wrote itself (invariant 7), and
        must still leave every copy the same. Returns that common dump."""
        folder = self.folder / "copias"
        folder.mkdir()
        copies = []
        for laptop in self.laptops:
            path = folder / laptop.store.path.name
            with (contextlib.closing(sqlite3.connect(laptop.store.path)) as source,
                  contextlib.closing(sqlite3.connect(path)) as target):
                source.backup(target)
            copies.append(Laptop(laptop.name, Store.open(path), set(laptop.merged)))
        try:
            hub = self.pick(copies, "hub")
            note(f"incremental round through {hub.name}, on copies")
            spokes = [c for c in copies if c is not hub]
            for spoke in spokes:
                self._merge(hub, self._export(spoke, hub.name if hub.knows(spoke) else None))
            for spoke in spokes:
                self._merge(spoke, self._export(hub, spoke.name if spoke.knows(hub) else None))
            dumps = {copy.name: copy.dump() for copy in copies}
            for name, dump in dumps.items():
                assert dump == dumps[hub.name], (
                    f"incremental packages: {name} did not converge with the hub {hub.name}")
            return dumps[hub.name]
        finally:
            for copy in copies:
                copy.store.close()

    def check_values(self, dump: dict[str, Any]) -> None:
        live: dict[tuple[str, str, str], tuple[str, str]] = {}
        for table in replication.replica_schema().tables:
            for row in dump["tables"][table.name]:
                for column in table.versioned:
                    live[(table.name, row["id"], column)] = (row[f"{column}_ver"],
                                                             as_json(row[column]))
        archived = {(a["table_name"], a["row_id"], a["column_name"], a["value_ver"],
                     as_json(a["value"])) for a in dump["archive"]}
        # Nothing but what was written, and the newest of it (invariants 2 and 3).
        assert live.keys() == self.written.keys()
        for key, pairs in self.written.items():
            assert live[key] == max(pairs), f"{key}: {live[key]} is not the newest of {pairs}"
        # Nothing lost (invariant 5).
        for key, pairs in self.written.items():
            for stamp, value in pairs:
                assert (stamp, value) == live[key] or (*key, stamp, value) in archived, (
                    f"{key}: {value} written at {stamp} is neither live nor archived")


# ---- The changes a laptop makes -----------------------------------------------------------
#
# Each returns a description and the call to make in a unit of work; it is only drawn when
# the laptop holds the live rows it needs (OPERATIONS).

Call = tuple[str, Callable[[Any], Any]]


def _optional(history: History, options: dict[str, st.SearchStrategy[Any]]) -> dict[str, Any]:
    return history.draw(st.fixed_dictionaries({}, optional=options), "values")


def _record(history: History, laptop: Laptop, table: str) -> str:
    """A live row of `table` on the laptop, wherever it was born."""
    return history.pick([i for (i,) in laptop.live(table)], table)


ORGANIZATION_EDITS = {
    "name": st.sampled_from(ORG_NAMES),
    "sector": st.sampled_from(SECTORS),
    "phone": st.sampled_from([None, *PHONES]),
    "email": st.sampled_from([None, *EMAILS]),
    "is_model_ally": st.booleans(),
}


def create_organization(history: History, laptop: Laptop) -> Call:
    values = {"name": history.pick(ORG_NAMES, "name"), "sector": history.pick(SECTORS, "sector"),
              **_optional(history, ORGANIZATION_EDITS)}
    return (f"create organization {values}",
            lambda s: organizations.create_organization(s, values))


def update_organization(history: History, laptop: Laptop) -> Call:
    target = _record(history, laptop, "organization")
    changes = _optional(history, ORGANIZATION_EDITS)
    return (f"update organization {target} {changes}",
            lambda s: organizations.update_organization(s, target, changes))


def delete_organization(history: History, laptop: Laptop) -> Call:
    target = _record(history, laptop, "organization")
    return f"delete organization {target}", lambda s: organizations.delete_organization(s, target)


PARTICIPANT_EDITS = {
    "given_names": st.sampled_from(GIVEN_NAMES),
    "first_surname": st.sampled_from(SURNAMES),
    "second_surname": st.sampled_from([None, *SURNAMES]),
    "phone": st.sampled_from([None, *PHONES]),
    "email": st.sampled_from([None, *EMAILS]),
    "gender": st.sampled_from([None, "female", "male", "undisclosed"]),
    "consent_channel": st.sampled_from(["signed_paper", "verbal", "digital"]),
}


def register_participant(history: History, laptop: Laptop) -> Call:
    values = {
        "given_names": history.pick(GIVEN_NAMES, "given names"),
        "first_surname": history.pick(SURNAMES, "surname"),
        "consent_date": history.pick(PAST_DATES, "consent date"),
        "consent_channel": "verbal",
        "consent_notice_version": history.pick(["2024-1", "2025-1"], "notice"),
        **_optional(history, PARTICIPANT_EDITS),
    }
    return (f"register participant {values}",
            lambda s: participants.register_participant(s, values))


def update_participant(history: History, laptop: Laptop) -> Call:
    target = _record(history, laptop, "participant")
    changes = _optional(history, PARTICIPANT_EDITS)
    return (f"update participant {target} {changes}",
            lambda s: participants.update_participant(s, target, changes))


def delete_participant(history: History, laptop: Laptop) -> Call:
    target = _record(history, laptop, "participant")
    return f"delete participant {target}", lambda s: participants.delete_participant(s, target)


WORKSHOP_EDITS = {
    "title": st.sampled_from(TITLES),
    "date": st.sampled_from(PAST_DATES),
    "place": st.sampled_from([None, *PLACES]),
    "notes": st.sampled_from([None, "Llovió", "Faltó sonido"]),
    "modality": st.sampled_from(["in_person", "virtual", "hybrid"]),
}


def create_workshop(history: History, laptop: Laptop) -> Call:
    values = {"title": history.pick(TITLES, "title"), "date": history.pick(PAST_DATES, "date"),
              **_optional(history, WORKSHOP_EDITS)}
    components = history.draw(st.lists(st.sampled_from(COMPONENTS), max_size=2, unique=True),
                              "components")
    return (f"create workshop {values} {components}",
            lambda s: workshops.create_workshop(s, values, components))


def update_workshop(history: History, laptop: Laptop) -> Call:
    target = _record(history, laptop, "workshop")
    changes = _optional(history, WORKSHOP_EDITS)
    return (f"update workshop {target} {changes}",
            lambda s: workshops.update_workshop(s, target, changes))


def delete_workshop(history: History, laptop: Laptop) -> Call:
    target = _record(history, laptop, "workshop")
    return f"delete workshop {target}", lambda s: workshops.delete_workshop(s, target)


def mark_attendance(history: History, laptop: Laptop) -> Call:
    workshop = _record(history, laptop, "workshop")
    person = _record(history, laptop, "participant")
    status = history.pick(list(ATTENDANCE_STATUSES), "status")
    arrival = history.pick([None, "08:30", "09:15"], "arrival")
    return (f"mark {person} {status} at {workshop} ({arrival})",
            lambda s: attendance.mark(s, workshop, person, status, arrival))


def unmark_attendance(history: History, laptop: Laptop) -> Call:
    workshop, person = history.pick(laptop.live("attendance", "workshop_id, participant_id"),
                                    "attendance")
    return (f"unmark {person} at {workshop}",
            lambda s: attendance.unmark(s, workshop, person))


AGREEMENT_EDITS = {
    "text": st.sampled_from(TEXTS),
    "status": st.sampled_from(AGREEMENT_STATUSES),
    "progress": st.sampled_from([0, 50, 100]),
    "responsible_person": st.sampled_from([None, *PEOPLE]),
}


def create_agreement(history: History, laptop: Laptop) -> Call:
    values = {"workshop_id": _record(history, laptop, "workshop"),
              "text": history.pick(TEXTS, "text"), **_optional(history, AGREEMENT_EDITS)}
    organizations_here = [i for (i,) in laptop.live("organization")]
    if organizations_here and history.draw(st.booleans(), "responsible organization"):
        values["responsible_organization_id"] = history.pick(organizations_here, "organization")
    return f"create agreement {values}", lambda s: agreements.create_agreement(s, values)


def update_agreement(history: History, laptop: Laptop) -> Call:
    target = _record(history, laptop, "agreement")
    changes = _optional(history, AGREEMENT_EDITS)
    return (f"update agreement {target} {changes}",
            lambda s: agreements.update_agreement(s, target, changes))


def delete_agreement(history: History, laptop: Laptop) -> Call:
    target = _record(history, laptop, "agreement")
    return f"delete agreement {target}", lambda s: agreements.delete_agreement(s, target)


def add_follow_up(history: History, laptop: Laptop) -> Call:
    values = {"agreement_id": _record(history, laptop, "agreement"),
              "text": history.pick(TEXTS, "text"),
              **_optional(history, {"new_status": st.sampled_from(AGREEMENT_STATUSES),
                                    "new_progress": st.sampled_from([0, 50, 100])})}
    return f"follow up {values}", lambda s: agreements.add_follow_up(s, values)


def link_duplicates(history: History, laptop: Laptop) -> Call:
    people = [i for (i,) in laptop.live("participant")]
    first, second = history.draw(st.lists(st.sampled_from(people), min_size=2, max_size=2,
                                          unique=True), "two people")
    return f"link {first} {second}", lambda s: duplicates.link(s, first, second)


def unlink_duplicates(history: History, laptop: Laptop) -> Call:
    pair = history.pick(laptop.live("duplicate_link", "participant_a_id, participant_b_id"),
                        "link")
    if history.draw(st.booleans(), "reversed"):
        pair = pair[::-1]
    return f"unlink {pair}", lambda s: duplicates.unlink(s, *pair)


#: Each change, and what the laptop must hold live for it to apply (table: how many rows).
NEEDS: dict[Callable[[History, Laptop], Call], dict[str, int]] = {
    # Creations first: examples shrink towards them.
    create_organization: {},
    register_participant: {},
    create_workshop: {},
    mark_attendance: {"workshop": 1, "participant": 1},
    create_agreement: {"workshop": 1},
    update_organization: {"organization": 1},
    update_participant: {"participant": 1},
    update_workshop: {"workshop": 1},
    update_agreement: {"agreement": 1},
    add_follow_up: {"agreement": 1},
    link_duplicates: {"participant": 2},
    delete_organization: {"organization": 1},
    delete_participant: {"participant": 1},
    delete_workshop: {"workshop": 1},
    delete_agreement: {"agreement": 1},
    unmark_attendance: {"attendance": 1},
    unlink_duplicates: {"duplicate_link": 1},
}
"""Each change, and what the laptop must hold live for it to apply (table: how many rows)."""
#: Edits are drawn more often than the rest: concurrent edits are what merges are about.
OPERATIONS = [operation for operation in NEEDS
              for _ in range(3 if operation.__name__.startswith(("update", "mark")) else 1)]
COMMON_START = [create_organization, register_participant, register_participant,
                create_workshop, mark_attendance, create_agreement]
LIVE_COUNTS = "SELECT " + ", ".join(
    f"(SELECT count(*) FROM {t} WHERE deleted = 0)"
    for t in ("organization", "participant", "workshop", "attendance", "agreement",
              "duplicate_link"))
#: For `same field`: the fields, and the values each laptop draws from (often equal).
SAME_FIELD = {
    "organization": {"name": ORG_NAMES, "phone": [None, *PHONES]},
    "participant": {"given_names": GIVEN_NAMES, "second_surname": [None, *SURNAMES],
                    "phone": [None, *PHONES]},
    "workshop": {"title": TITLES, "place": [None, *PLACES]},
    "agreement": {"text": TEXTS, "status": list(AGREEMENT_STATUSES), "progress": [0, 50, 100]},
    "attendance": {"status": list(ATTENDANCE_STATUSES)},
}
UPDATES = {
    "organization": organizations.update_organization,
    "participant": participants.update_participant,
    "workshop": workshops.update_workshop,
    "agreement": agreements.update_agreement,
}
STEP_KINDS = (["change"] * 4 + ["same field"] * 2 + ["sync"] * 2 + ["export"] + ["deliver"] * 2
              + ["deliver twice"])


# ---- The tests ----------------------------------------------------------------------------


def run_history(template: Path, data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory(prefix="participa-convergencia-") as folder:
        history = History(data, template, Path(folder))
        try:
            history.run()
        finally:
            history.close()


SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}


@settings(max_examples=25, **SETTINGS)
@given(data=st.data())
def test_laptops_converge_and_lose_nothing(replica_template: Path, data: st.DataObject) -> None:
    run_history(replica_template, data)


@pytest.mark.slow
@settings(max_examples=500, **SETTINGS)
@given(data=st.data())
def test_laptops_converge_and_lose_nothing_thoroughly(
    replica_template: Path, data: st.DataObject
) -> None:
    run_history(replica_template, data)


def test_a_package_made_for_another_laptop_acknowledges_nothing(
    replica_template: Path, tmp_path: Path
) -> None:
    """Found by the property above: «a»'s package for «b» leaves out what «b» wrote. When
    «c» merged it, «c» counted itself up to date with «a», told «a» so, and never got
    «b»'s edit from «a»: incremental packages through «a» did not converge."""
    clock = time.time_ns() // 1_000_000 - 3_600_000
    a, b, c = (open_laptop(replica_template, tmp_path, name, f"{n:016x}", lambda: clock)
               for n, name in enumerate("abc", start=1))
    try:
        with a.store.unit_of_work() as session:
            org = organizations.create_organization(session, {"name": "Mesa", "sector": "public"})
        everything = replication.export(a.store, tmp_path / "a0.participa").path
        for laptop in (b, c):
            replication.merge(laptop.store, everything)
        with b.store.unit_of_work() as session:
            organizations.update_organization(session, org.id, {"name": "Mesa de víctimas"})
        replication.merge(a.store, replication.export(b.store, tmp_path / "b1.participa",
                                                      "a").path)
        for_b = replication.export(a.store, tmp_path / "a1.participa", "b")
        assert "organization" not in for_b.rows  # «b» wrote the only change: no echo
        replication.merge(c.store, for_b.path)  # delivered to the wrong laptop
        replication.merge(a.store, replication.export(c.store, tmp_path / "c1.participa",
                                                      "a").path)
        replication.merge(c.store, replication.export(a.store, tmp_path / "a2.participa",
                                                      "c").path)
        assert c.sql("SELECT name FROM organization") == [("Mesa de víctimas",)]
        assert c.dump() == a.dump()
    finally:
        for laptop in (a, b, c):
            laptop.store.close()


def test_a_follow_up_of_an_agreement_that_came_before_its_workshop_is_refused_cleanly(
    replica_template: Path, tmp_path: Path
) -> None:
    """Packages arrive in any order: «c» gets «a»'s new agreement (in a package made for
    «b», which already had the workshop) before the workshop. A follow-up there used to
    crash (AttributeError on the missing workshop) instead of being refused."""
    clock = time.time_ns() // 1_000_000 - 3_600_000
    a, b, c = (open_laptop(replica_template, tmp_path, name, f"{n:016x}", lambda: clock)
               for n, name in enumerate("abc", start=1))
    try:
        with a.store.unit_of_work() as session:
            workshop = workshops.create_workshop(session, {"title": "Mesa",
                                                           "date": dt.date(2024, 7, 1)})
        replication.merge(b.store, replication.export(a.store, tmp_path / "a0.participa").path)
        replication.merge(a.store, replication.export(b.store, tmp_path / "b0.participa",
                                                      "a").path)
        with a.store.unit_of_work() as session:
            agreement = agreements.create_agreement(session, {"workshop_id": workshop.id,
                                                              "text": "Enviar el acta"})
        for_b = replication.export(a.store, tmp_path / "a1.participa", "b")
        assert for_b.rows == {"agreement": 1}
        replication.merge(c.store, for_b.path)
        before = c.last_seq()
        with pytest.raises(ValidationError) as refused, c.store.unit_of_work() as session:
            agreements.add_follow_up(session, {"agreement_id": agreement.id,
                                               "text": "Se envió"})
        assert "agreement_id" in refused.value.problems
        assert c.last_seq() == before
    finally:
        for laptop in (a, b, c):
            laptop.store.close()
