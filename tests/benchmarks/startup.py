"""Cold start of Werkstatt to a usable library window, as a moderator would see it.

    .venv/bin/python tests/benchmarks/startup.py [--runs 5] [--workshops 50]

Makes a data folder with a library of realistic workshops (through the store API), then
starts ``python -m werkstatt --data-dir D`` again and again and measures the wall time
from spawning the process until it prints ``werkstatt-ready``: with
WERKSTATT_STARTUP_PROBE=1 set, the app prints that line once the library window is shown
and painted, and quits. Also measured: the first start on an empty folder, where the
library is created. Runs offscreen unless a DISPLAY is set. Prints figures; asserts
nothing (a test suite does not time things).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

READY_LINE = "werkstatt-ready"
TARGET_SECONDS = 0.8
TIMEOUT_SECONDS = 30.0

TITLES = [
    "Quartiersentwicklungskonzept Südstadt",
    "Älter werden in Großenhain",
    "Runder Tisch Spielplätze",
    "Bürgerhaushalt 2027",
    "Demografie-Strategie Landkreis Meißen",
    "Stadtteilkonferenz Nordviertel",
    "Seniorenarbeit im Quartier",
    "Jugendbeteiligung Freizeitzentrum",
    "Mobilitätskonzept Innenstadt",
    "Integrationsbeirat: Willkommenskultur",
]
PLACES = ["Bürgerhaus Südstadt", "Gemeindesaal St. Marien", "Rathaus, Großer Saal", ""]
MODERATORS = ["Ayşe Yılmaz", "Przemysław Wójcik", "Jürgen Weiß und Ayşe Yılmaz"]


class ProbeFailedError(RuntimeError):
    """The child never said it was ready; the message holds what it printed."""


def fill_library(data_dir: Path, count: int) -> None:
    """A library of ``count`` workshops, each a full copy of a built-in template."""
    from werkstatt.core.records import WorkshopDraft
    from werkstatt.methods import load_templates
    from werkstatt.resources import resource_path
    from werkstatt.store.library import Library

    templates = load_templates(resource_path("methods"), "de")
    if not templates:
        raise SystemExit("no built-in templates in resources/methods")
    library = Library.open(data_dir)
    try:
        first_day = dt.date(2026, 1, 15)
        for number in range(count):
            template = templates[number % len(templates)]
            draft = WorkshopDraft(
                title=f"{TITLES[number % len(TITLES)]} ({number + 1})",
                method=template.key,
                date=first_day + dt.timedelta(days=7 * number),
                start_time=dt.time(18, 0),
                place=PLACES[number % len(PLACES)],
                client="Stadt Großenhain, Amt für Stadtentwicklung",
                moderators=MODERATORS[number % len(MODERATORS)],
                expected_participants=20 + 10 * (number % 8),
            )
            library.create_workshop(draft, template.drafts("de"))
    finally:
        library.close()


def child_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["WERKSTATT_STARTUP_PROBE"] = "1"
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _lines(stream: IO[str], into: queue.Queue[str | None]) -> None:
    for line in stream:
        into.put(line)
    into.put(None)


def start_once(data_dir: Path) -> float:
    """Seconds from spawn to the ready line; raises ProbeFailedError when it never comes."""
    command = [sys.executable, "-m", "werkstatt", "--data-dir", str(data_dir)]
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_environment(),
    )
    assert child.stdout is not None
    # A thread reads stdout, so that a child stuck in a dialog cannot stall us past the
    # timeout (select() on pipes does not exist on Windows).
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_lines, args=(child.stdout, lines), daemon=True).start()
    elapsed: float | None = None
    printed: list[str] = []
    while elapsed is None:
        left = TIMEOUT_SECONDS - (time.perf_counter() - started)
        try:
            line = lines.get(timeout=max(left, 0.0))
        except queue.Empty:
            printed.append(f"[no ready line after {TIMEOUT_SECONDS:.0f} s]\n")
            break
        if line is None:  # the child closed stdout: it has exited
            break
        if line.strip() == READY_LINE:
            elapsed = time.perf_counter() - started
        else:
            printed.append(line)
    try:
        # The probe quits by itself after the ready line; a hanging one is stopped.
        _, errors = child.communicate(timeout=10 if elapsed is not None else 1)
    except subprocess.TimeoutExpired:
        child.kill()
        _, errors = child.communicate()
    if elapsed is None:
        raise ProbeFailedError(
            f"`{' '.join(command)}` ended (exit code {child.returncode}) without printing "
            f"{READY_LINE!r} (does werkstatt.app honour WERKSTATT_STARTUP_PROBE=1?).\n"
            f"stdout:\n{''.join(printed)[-2000:]}\nstderr:\n{errors[-2000:]}"
        )
    if child.returncode != 0:
        raise ProbeFailedError(f"the app exited with code {child.returncode}:\n{errors[-2000:]}")
    return elapsed


def report(label: str, seconds: list[float]) -> None:
    verdict = "ok" if statistics.median(seconds) <= TARGET_SECONDS else "over target"
    print(
        f"{label:<34} min {min(seconds):.3f} s   median {statistics.median(seconds):.3f} s   "
        f"max {max(seconds):.3f} s   ({len(seconds)} runs; target {TARGET_SECONDS} s: {verdict})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="starts per measurement")
    parser.add_argument("--workshops", type=int, default=50, help="workshops in the library")
    args = parser.parse_args(argv)

    platform = "offscreen" if child_environment().get("QT_QPA_PLATFORM") == "offscreen" else "X11"
    print(
        f"Werkstatt start-up ({platform}, Python {sys.version.split()[0]}, {os.cpu_count()} cores)"
    )
    with tempfile.TemporaryDirectory(prefix="werkstatt-startup-") as scratch:
        full = Path(scratch) / "full"
        fill_library(full, args.workshops)
        try:
            runs = [start_once(full) for _ in range(args.runs)]
            empties = [start_once(Path(scratch) / f"empty-{n}") for n in range(args.runs)]
        except ProbeFailedError as failure:
            print(f"FAILED: {failure}", file=sys.stderr)
            return 1
    report(f"library with {args.workshops} workshops", runs)
    report("empty new library (created)", empties)
    return 0


if __name__ == "__main__":
    sys.exit(main())
