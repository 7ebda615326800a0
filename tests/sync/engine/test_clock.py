"""The hybrid logical clock: stamps sort in causal order and never go backwards."""

import pytest

from sync.engine.clock import (
    MAX_COUNTER,
    ClockError,
    ClockState,
    format_stamp,
    observe,
    parse_stamp,
    tick,
)

DEVICE = "0123456789abcdef"


def test_stamp_is_fixed_width_and_round_trips():
    stamp = format_stamp(1_700_000_000_000, 7, DEVICE)
    assert len(stamp) == 32
    assert parse_stamp(stamp) == (1_700_000_000_000, 7, DEVICE)


def test_later_readings_sort_later_as_text():
    early = format_stamp(1_000, 65_000, DEVICE)
    late = format_stamp(1_001, 0, DEVICE)
    assert early < late


def test_device_id_breaks_ties():
    a = format_stamp(5, 5, "0" * 16)
    b = format_stamp(5, 5, "f" * 16)
    assert a < b


def test_tick_follows_the_wall_clock_when_it_advances():
    assert tick(ClockState(1_000, 3), 2_000) == ClockState(2_000, 0)


def test_tick_counts_up_when_the_wall_clock_goes_back():
    state = ClockState(5_000, 0)
    readings = []
    for wall in (4_000, 3_000, 5_000, 1):
        state = tick(state, wall)
        readings.append(state)
    assert readings == [ClockState(5_000, n) for n in (1, 2, 3, 4)]


def test_counter_overflow_borrows_the_next_millisecond():
    assert tick(ClockState(10, MAX_COUNTER), 10) == ClockState(11, 0)


def test_observe_moves_past_a_remote_stamp_but_never_back():
    remote = format_stamp(9_000, 4, "f" * 16)
    assert observe(ClockState(1_000, 0), remote) == ClockState(9_000, 4)
    assert observe(ClockState(10_000, 0), remote) == ClockState(10_000, 0)


@pytest.mark.parametrize("bad", ["", "xyz", "0" * 31, "G" * 32, None, 5])
def test_malformed_stamps_are_refused(bad):
    with pytest.raises(ClockError):
        parse_stamp(bad)


def test_device_id_must_be_sixteen_hex_digits():
    with pytest.raises(ClockError):
        format_stamp(1, 1, "laptop-1")
