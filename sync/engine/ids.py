"""Row identity (invariant 1): ids are made where a row is born, never by a counter.

* `new_id()` — a time-ordered UUIDv7 (RFC 9562) for rows born on a device.
* `stable_id(kind, *parts)` — a UUIDv5 for reference data and rows defined by a natural key,
  so every device computes the same id for the same thing (a component, a municipality, the
  attendance of one person at one workshop).

Ids are stored as canonical lower-case text with hyphens (36 characters).
Python 3.11 has no `uuid.uuid7`; the version-7 layout is twelve lines, so it is written here
rather than taking a dependency for it.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
import uuid

#: Namespace of every deterministic id of the program. Never change it: ids on every device
#: in the field depend on it.
PARTICIPA_NAMESPACE = uuid.UUID("6f1c1d52-4c1b-4b7e-9a57-2f3e8a0c5d10")

_NAMESPACE_BYTES = PARTICIPA_NAMESPACE.bytes

_UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def new_id() -> str:
    """A fresh UUIDv7 as text. Ids made by one process sort in creation order."""
    global _last_ms, _last_rand
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            # Same millisecond (or the clock went back): keep order by incrementing the
            # 74 random bits instead of drawing new ones.
            ms = _last_ms
            rand = _last_rand + 1
        else:
            rand = int.from_bytes(os.urandom(10), "big") >> 6
        _last_ms, _last_rand = ms, rand
    rand_a = (rand >> 62) & 0x0FFF
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def stable_id(kind: str, *parts: str) -> str:
    """The same UUIDv5 on every device for `kind` and its natural key `parts`.

    Equal to `str(uuid.uuid5(PARTICIPA_NAMESPACE, "kind:part/part"))`, computed without the
    `UUID` object because bulk paths make one per attendance row.
    """
    name = kind + ":" + "/".join(parts)
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def is_id(value: object) -> bool:
    """True when `value` is an id in the stored form (canonical lower-case UUID text)."""
    return isinstance(value, str) and _UUID_TEXT.match(value) is not None
