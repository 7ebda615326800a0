"""Test-session setup that must happen before anything imports Qt or reads user folders.

Qt runs offscreen (no display needed), and the XDG folders — where platformdirs puts the
user's data file and QSettings its settings on Linux — point at a throw-away folder, so
no test reads or writes the real user's files.
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
