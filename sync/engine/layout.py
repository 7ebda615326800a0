"""The bookkeeping tables the engine reads and writes in a replica, by name.

The application's migrations create them (the engine owns no schema); their columns are
part of the engine's contract:

* `local_state`   one row: device_id (16 hex), device_name, clock_millis, clock_counter,
                  last_seq — this device's identity, clock and change sequence.
* `archived_value` the grow-only archive of values that lost (or were overwritten):
                  table_name, row_id, column_name, value_ver (together the key), value,
                  row_seq (local: when it arrived here), value_seq (local: when the value
                  itself had arrived here, if known).
* `sync_peer`      per other device: device_id, name, acked_seq (how far that peer has
                  confirmed our changes), received_seq (how far we have theirs), last_seen.
* `sync_package`   local history: package_id, direction, peer_device_id, peer_name,
                  created_at, handled_at, status, rows, message, kept_file, merged_seq.
"""

STATE_TABLE = "local_state"
ARCHIVE_TABLE = "archived_value"
PEER_TABLE = "sync_peer"
PACKAGE_TABLE = "sync_package"
