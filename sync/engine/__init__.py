"""The replication engine: knows tables only as it is told them (see DESIGN.md, invariants)."""
