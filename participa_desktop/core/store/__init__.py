"""The local store of a data file (see `store.Store`)."""

from .errors import (
    DatabaseCorrupt,
    DatabaseTooNew,
    NotAParticipaDatabase,
    StoreBusy,
    StoreError,
)
from .store import Store

__all__ = ["DatabaseCorrupt", "DatabaseTooNew", "NotAParticipaDatabase", "Store", "StoreBusy",
           "StoreError"]
