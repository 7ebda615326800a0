"""The replicated schema's version follows the replicated tables, not local migrations."""

from __future__ import annotations

import hashlib
import json

from participa_desktop.core.replication import REPLICA_SCHEMA_VERSION, replica_schema
from participa_desktop.core.store.migrate import head_schema

#: Fingerprint of the replicated tables for each REPLICA_SCHEMA_VERSION. When a migration
#: changes a replicated table, bump REPLICA_SCHEMA_VERSION and add its fingerprint here.
FINGERPRINTS = {
    1: "248548e0088069be",
}


def _fingerprint() -> str:
    tables = [
        {"name": t.name, "immutable": list(t.immutable), "versioned": list(t.versioned),
         "kinds": dict(sorted(t.kinds.items())), "optional": sorted(t.optional)}
        for t in replica_schema().tables
    ]
    return hashlib.sha256(json.dumps(tables, sort_keys=True).encode()).hexdigest()[:16]


def test_replicated_tables_match_their_recorded_version():
    assert FINGERPRINTS.get(REPLICA_SCHEMA_VERSION) == _fingerprint(), (
        "Las tablas replicadas cambiaron: suba REPLICA_SCHEMA_VERSION y registre la huella "
        f"{_fingerprint()} en FINGERPRINTS.")


def test_a_local_only_migration_does_not_change_what_packages_declare():
    # 0002 only added the local search index: packages still say schema 1.
    assert head_schema() >= 2
    assert replica_schema().schema_version == REPLICA_SCHEMA_VERSION == 1
