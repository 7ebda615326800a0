"""The hybrid logical clock (invariant 2) that stamps every change.

A stamp is fixed-width text that sorts bytewise in causal order:

    12 hex digits  wall-clock milliseconds since 1970 (good until the year 10889)
     4 hex digits  logical counter within that millisecond
    16 hex digits  the device id, the tie break between two devices

Stamps made by one clock strictly increase, even when the computer's clock goes backwards:
the clock keeps the largest time it has seen and counts up from there. Observing a stamp
from another device moves the clock past it, so a later local edit always wins over what
was merged before it.

This module is pure: it holds no storage. The store persists `ClockState` in the same
transaction as the rows a stamp is written to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STAMP_LENGTH = 32
DEVICE_ID_LENGTH = 16
MAX_COUNTER = 0xFFFF

#: The version of values nobody has edited (reference data, seeded rows): any edit wins.
ZERO_STAMP = "0" * STAMP_LENGTH

_STAMP = re.compile(r"^[0-9a-f]{32}$")
_DEVICE = re.compile(r"^[0-9a-f]{16}$")


class ClockError(ValueError):
    """A stamp or device id that is not in the stamp format."""


@dataclass(frozen=True)
class ClockState:
    """The last stamp a device made or saw: wall milliseconds and logical counter."""

    millis: int = 0
    counter: int = 0


def format_stamp(millis: int, counter: int, device_id: str) -> str:
    """The stamp text of a clock reading on `device_id`."""
    if not _DEVICE.match(device_id):
        raise ClockError(f"device id {device_id!r} is not 16 lower-case hex digits")
    return f"{millis:012x}{counter:04x}{device_id}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    """(millis, counter, device id) of a stamp; raises ClockError on anything else."""
    if not isinstance(stamp, str) or not _STAMP.match(stamp):
        raise ClockError(f"{stamp!r} is not a version stamp")
    return int(stamp[:12], 16), int(stamp[12:16], 16), stamp[16:]


def tick(state: ClockState, wall_millis: int) -> ClockState:
    """The clock reading for a new local event after `state`, at wall time `wall_millis`.

    Strictly greater than `state` whatever `wall_millis` is.
    """
    if wall_millis > state.millis:
        return ClockState(wall_millis, 0)
    if state.counter < MAX_COUNTER:
        return ClockState(state.millis, state.counter + 1)
    # 65,536 events in one millisecond: borrow the next millisecond.
    return ClockState(state.millis + 1, 0)


def observe(state: ClockState, stamp: str) -> ClockState:
    """The clock after seeing a remote `stamp`: never behind it (does not tick)."""
    millis, counter, _device = parse_stamp(stamp)
    if (millis, counter) > (state.millis, state.counter):
        return ClockState(millis, counter)
    return state
