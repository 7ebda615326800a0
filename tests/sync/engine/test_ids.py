"""Row identity: UUIDv7 born on the device, UUIDv5 for natural keys and reference data."""

import uuid

from sync.engine.ids import is_id, new_id, stable_id


def test_new_ids_are_version_7_and_sort_in_creation_order():
    ids = [new_id() for _ in range(2_000)]
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_stable_ids_are_the_same_everywhere_and_differ_by_key():
    assert stable_id("attendance", "w1", "p1") == stable_id("attendance", "w1", "p1")
    assert stable_id("attendance", "w1", "p1") != stable_id("attendance", "w1", "p2")
    assert stable_id("component", "liderazgo") != stable_id("territory", "liderazgo")
    # Frozen forever: devices in the field depend on it.
    assert stable_id("territory", "76109") == "5737ce62-74be-54b4-8711-b1c6d0cf6e9e"


def test_is_id_accepts_only_canonical_text():
    assert is_id(new_id())
    assert not is_id(new_id().upper())
    assert not is_id("not-an-id")
    assert not is_id(None)


def test_stable_id_is_the_standard_uuid5():
    from sync.engine.ids import PARTICIPA_NAMESPACE

    for kind, parts in (("attendance", ("w", "p")), ("territorio", ("76109",)), ("ñandú", ())):
        expected = uuid.uuid5(PARTICIPA_NAMESPACE, kind + ":" + "/".join(parts))
        assert stable_id(kind, *parts) == str(expected)
