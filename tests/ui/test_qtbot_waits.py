"""The UI tests' `qtbot` waits up to the shared generous limit unless a test says
otherwise."""

from __future__ import annotations

import time

import pytest
from pytestqt.exceptions import TimeoutError as WaitTimeout


def test_a_wait_lasts_longer_than_pytest_qts_five_seconds_by_default(qtbot):
    assert qtbot.waitUntil.keywords["timeout"] > 5_000
    assert qtbot.waitSignal.keywords["timeout"] == qtbot.waitUntil.keywords["timeout"]


def test_an_explicit_timeout_still_wins(qtbot):
    start = time.monotonic()
    with pytest.raises(WaitTimeout):
        qtbot.waitUntil(lambda: False, timeout=50)
    assert time.monotonic() - start < 5
