"""Where a protocol's photos are downscaled for print.

A camera photo takes a tenth of a second or more to decode and scale; thirty of them
would add seconds to an export if they were prepared one after the other, or all before
the layout starts. :class:`PhotoPrints` starts each photo in a worker thread the moment
the builder meets it, and the renderers ask for the result only when they place the
photo: Pillow works on the other cores (it does not hold the interpreter while it
decodes and scales) while reportlab lays out the pages before it.
"""

from __future__ import annotations

import functools
import os
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType

from werkstatt.core.photos import PhotoError, oriented_for_print
from werkstatt.protocol.content import PhotoData


def _printable(data: bytes, long_edge: int, least_edge: int) -> bytes | None:
    try:
        return oriented_for_print(data, long_edge, least_long_edge_px=least_edge)
    except PhotoError:
        return None


class PhotoPrints:
    """Prepares photos for print in worker threads (``threads=False``: in the thread
    that asks for them, when it asks). Use it as a context manager around building and
    rendering a protocol; leaving it drops the photos not yet started (a cancelled
    export does not decode them for nothing) and waits for those under way."""

    def __init__(self, *, threads: bool = True) -> None:
        self._pool = (
            ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="photo-print")
            if threads
            else None
        )

    def submit(self, data: bytes, long_edge: int, least_edge: int) -> PhotoData:
        """The photo ``data`` (any format core.photos reads) upright as a JPEG, its long
        edge downscaled to ``long_edge`` pixels (or to no less than ``least_edge`` where
        that is quicker to decode), or None when it cannot be read."""
        if self._pool is None:
            return functools.cache(functools.partial(_printable, data, long_edge, least_edge))
        return self._pool.submit(_printable, data, long_edge, least_edge).result

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> PhotoPrints:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


__all__ = ["PhotoPrints"]
