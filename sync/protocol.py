"""What the sync client and the central server agree on over HTTP: paths, headers, limits.

Every sync request carries the client's app version, schema version and clock; the server
answers 426 to a client too old for it and 409 to one whose clock is off by more than
`CLOCK_TOLERANCE_SECONDS` (see `sync.server.negotiation`). Errors are RFC 9457
`application/problem+json` bodies whose `detail` is a Spanish sentence for a person.

Push: `PUT /v1/uploads/{package_id}` declares a package (size, SHA-256) and answers how
many bytes the server already has; `PUT /v1/uploads/{package_id}/chunks/{offset}` appends
one chunk (its SHA-256 in `X-Chunk-SHA256`), echoing its size and checksum; `POST
/v1/uploads/{package_id}/commit` verifies and merges the complete package and answers with a
receipt. Pull: `GET /v1/changes?after=N` answers one page (a package of about
`PAGE_BYTES`) or 204 when there is nothing new.

Update notice: `GET /v1/version` (with the device's token, like push and pull) answers
`{"newest_app_version": "0.2.0", "download_url": "https://…"}`, the newest release for the
device's organisation (its own, else the server-wide one; both null when the server names
none). The client asks once per sync, before pushing, and takes a 404 (a server older than
this endpoint) as nothing to tell. The client only shows it; it never downloads anything.
"""

from __future__ import annotations

API_PREFIX = "/v1"

HEADER_APP_VERSION = "X-Participa-App"
HEADER_SCHEMA = "X-Participa-Schema"
HEADER_CLOCK = "X-Participa-Clock"  # the client's wall clock, milliseconds since 1970
HEADER_CHUNK_SHA256 = "X-Chunk-SHA256"
HEADER_PAGE_TO = "X-Participa-Seq-To"  # the server sequence a pull page reaches
HEADER_PAGE_MORE = "X-Participa-More"  # "1" when another page follows

PROBLEM_MEDIA_TYPE = "application/problem+json"
PACKAGE_MEDIA_TYPE = "application/vnd.participa.package"

CLOCK_TOLERANCE_SECONDS = 300
CHUNK_BYTES = 256 << 10
PAGE_BYTES = 1_000_000

ROLES = ("facilitator", "coordinator", "admin")
ROLE_NAMES = {"facilitator": "facilitador(a)", "coordinator": "coordinador(a)",
              "admin": "administrador(a)"}
