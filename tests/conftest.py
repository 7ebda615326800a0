"""Test-session setup that must happen before anything imports Qt or reads user folders.

Qt runs offscreen (no display needed), and the XDG folders — where platformdirs puts the
user's data file and QSettings its settings on Linux — point at a throw-away folder, so
no test reads or writes the real user's files. Tests marked `slow` run only with
`--run-slow` (or PARTICIPA_RUN_SLOW=1).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_SESSION_HOME = tempfile.mkdtemp(prefix="participa-tests-")
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = os.path.join(_SESSION_HOME, _variable.lower())


def pytest_addoption(parser):
    parser.addoption(
        "--run-slow", action="store_true", default=False,
        help="also run tests marked slow (many property-test examples, big databases)",
    )


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-slow") or os.environ.get("PARTICIPA_RUN_SLOW") == "1":
        return
    import pytest

    skip = pytest.mark.skip(reason="lento: use --run-slow o PARTICIPA_RUN_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
