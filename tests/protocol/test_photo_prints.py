"""The protocol's photos are prepared in worker threads while the layout goes on, and
an export that stops early does not prepare the rest."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from werkstatt.protocol import photo_prints
from werkstatt.protocol.photo_prints import PhotoPrints


class _Held:
    """A stand-in for the photo preparation that waits until the test lets it go."""

    def __init__(self) -> None:
        self.go = threading.Event()
        self.started: list[bytes] = []
        self.threads: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, data: bytes, long_edge: int, *, least_long_edge_px: int) -> bytes:
        with self._lock:
            self.started.append(data)
            self.threads.add(threading.current_thread().name)
        assert self.go.wait(30), "the test never let the photo go"
        return data + f" {least_long_edge_px}–{long_edge}".encode()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Held]:
    stand_in = _Held()
    monkeypatch.setattr(photo_prints, "oriented_for_print", stand_in)
    yield stand_in
    stand_in.go.set()


def test_a_photo_is_prepared_in_a_worker_while_the_caller_goes_on(held: _Held) -> None:
    with PhotoPrints() as prints:
        ready = prints.submit(b"Pinnwand", 1156, 867)
        # submit came back although the preparation is still held
        held.go.set()
        assert ready() == b"Pinnwand 867\xe2\x80\x931156"
        assert ready() == ready(), "asked twice, the same picture"
    assert held.threads and threading.current_thread().name not in held.threads


def test_without_threads_a_photo_is_prepared_once_when_asked(held: _Held) -> None:
    held.go.set()
    prints = PhotoPrints(threads=False)
    ready = prints.submit(b"Flipchart", 900, 600)
    assert held.started == []
    assert ready() == ready() == b"Flipchart 600\xe2\x80\x93900"
    assert held.started == [b"Flipchart"]


def test_closing_drops_the_photos_not_yet_started(held: _Held) -> None:
    prints = PhotoPrints()
    waiting = [prints.submit(f"Foto {n}".encode(), 800, 600) for n in range(12)]
    closer = threading.Thread(target=prints.close)
    closer.start()
    # close() cancels what has not started, then waits for the photos under way
    futures = [ready.__self__ for ready in waiting]  # type: ignore[attr-defined]
    for _tick in range(3000):
        if any(future.cancelled() for future in futures):
            break
        threading.Event().wait(0.01)
    else:
        pytest.fail("close() cancelled none of the waiting photos")
    held.go.set()
    closer.join(30)
    assert not closer.is_alive()
    assert 1 <= len(held.started) < len(waiting)
