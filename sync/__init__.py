"""Replication for Participa+: the engine (clock, identity, versions, packages, merge),
and later the sync client and server. Nothing here imports `participa_desktop`."""
