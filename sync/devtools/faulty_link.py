"""A TCP proxy that behaves like a bad rural link: slow, and cut now and then.

    with FaultyLink(("127.0.0.1", 8765), bytes_per_second=32_000, cut_every=30) as link:
        ... talk to f"http://127.0.0.1:{link.port}" ...

Cuts close every open connection (both directions) at once. `cut_upstream_after` /
`cut_downstream_after` make one cut when the link's total client→server (server→client)
traffic passes that many bytes, once each. `bytes_up` and `bytes_down` count what the
proxy accepted from the client and from the server.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time


class FaultyLink:
    def __init__(self, target: tuple[str, int], *, bytes_per_second: float | None = None,
                 cut_every: float | None = None, cut_upstream_after: int | None = None,
                 cut_downstream_after: int | None = None) -> None:
        self.target = target
        self.bytes_per_second = bytes_per_second
        self.cut_every = cut_every
        self.cut_upstream_after = cut_upstream_after
        self.cut_downstream_after = cut_downstream_after
        self.bytes_up = 0
        self.bytes_down = 0
        self.cuts = 0
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> FaultyLink:
        self._spawn(self._accept)
        if self.cut_every:
            self._spawn(self._cutter)
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            # Closing alone does not wake a thread blocked in accept() on Linux.
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self.cut()
        for thread in self._threads:
            thread.join(5)

    def _spawn(self, target, *args) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        thread.start()
        self._threads.append(thread)

    def cut(self) -> None:
        """Close every open connection now."""
        with self._lock:
            sockets, self._open = list(self._open), set()
            if sockets:
                self.cuts += 1
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _cutter(self) -> None:
        while not self._stop.wait(self.cut_every):
            self.cut()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open.update((client, server))
            self._spawn(self._pump, client, server, True)
            self._spawn(self._pump, server, client, False)

    def _pump(self, source: socket.socket, sink: socket.socket, upstream: bool) -> None:
        started = time.monotonic()
        moved = 0
        try:
            while True:
                data = source.recv(4096 if self.bytes_per_second else 65536)
                if not data:
                    break
                with self._lock:
                    if upstream:
                        self.bytes_up += len(data)
                        total, limit = self.bytes_up, self.cut_upstream_after
                    else:
                        self.bytes_down += len(data)
                        total, limit = self.bytes_down, self.cut_downstream_after
                if limit is not None and total >= limit:
                    if upstream:
                        self.cut_upstream_after = None
                    else:
                        self.cut_downstream_after = None
                    self.cut()
                    break
                moved += len(data)
                if self.bytes_per_second:
                    ahead = moved / self.bytes_per_second - (time.monotonic() - started)
                    if ahead > 0:
                        time.sleep(ahead)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            with self._lock:
                self._open.discard(source)
                self._open.discard(sink)
            # Each pump closes the socket it read from: both are closed once both end.
            source.close()
