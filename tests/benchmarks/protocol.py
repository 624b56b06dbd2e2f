"""A large Zukunftswerkstatt: how long do its protocol and its workshop file take?

    .venv/bin/python tests/benchmarks/protocol.py [--cards 2000] [--clusters 60]
        [--photos 30] [--photo-size 3000x4000] [--actions 40] [--runs 3]

Fills a library through the store with ``--cards`` cards (two thirds critique, one third
visions), ``--clusters`` clusters on each of the two boards, ``--photos`` photos (camera
sized JPEGs, every second one turned by EXIF) and ``--actions`` actions, then measures,
each ``--runs`` times in a fresh process for the peak memory:

- reading the snapshot and writing the PDF protocol (target: 3 s and 400 MB),
- the DOCX protocol, when werkstatt.protocol.docx is there,
- exporting the workshop as a .werkstatt file and importing it into another library.

Prints figures; asserts nothing (a test suite does not time things).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

TARGET_SECONDS = 3.0
TARGET_MEGABYTES = 400


def _fill(folder: Path, args: argparse.Namespace) -> int:
    from samples.filled_workshop import fill_zukunftswerkstatt
    from werkstatt.store.library import Library

    width, height = (int(part) for part in args.photo_size.split("x"))
    per_phase = -(-args.photos // 3)  # two boards and the plan
    with Library.open(folder) as library:
        return fill_zukunftswerkstatt(
            library,
            critique_cards=args.cards * 2 // 3,
            vision_cards=args.cards - args.cards * 2 // 3,
            clusters=args.clusters,
            actions=args.actions,
            photos_per_phase=per_phase,
            photo_size=(width, height),
        )


def _measure(job: str, folder: Path, workshop_id: int, out: Path) -> dict[str, float]:
    """One job in this process (called in a child): seconds and peak resident megabytes.

    The modules are imported before the clock starts, as they are in the running program
    (its export module imports the renderers at start-up); the time is what the moderator
    waits for: reading the snapshot and writing the file (the first export of a program
    run also registers the fonts, which is counted)."""
    from werkstatt.protocol.options import ProtocolOptions
    from werkstatt.protocol.pdf import render_pdf
    from werkstatt.store.library import Library

    if job == "docx":
        from werkstatt.protocol.docx import render_docx  # type: ignore[import-not-found]

    started = time.perf_counter()
    if job == "pdf":
        with Library.open(folder, exclusive=False) as library:
            snapshot = library.snapshot(workshop_id, method_name="Zukunftswerkstatt")
        render_pdf(snapshot, out, options=ProtocolOptions(include_names=True))
    elif job == "docx":
        with Library.open(folder, exclusive=False) as library:
            snapshot = library.snapshot(workshop_id, method_name="Zukunftswerkstatt")
        render_docx(snapshot, out, options=ProtocolOptions(include_names=True))
    elif job == "export":
        with Library.open(folder, exclusive=False) as library:
            library.archives.export(workshop_id, out)
    elif job == "import":
        with Library.open(out.parent / "colleague") as library:
            library.archives.import_file(out)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return {"seconds": seconds, "megabytes": peak, "bytes": out.stat().st_size}


def _child(job: str, folder: Path, workshop_id: int, out: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", job, str(folder), str(workshop_id), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"{job} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--clusters", type=int, default=60)
    parser.add_argument("--photos", type=int, default=30)
    parser.add_argument("--photo-size", default="3000x4000")
    parser.add_argument("--actions", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        job, folder, workshop_id, out = args.child
        print(json.dumps(_measure(job, Path(folder), int(workshop_id), Path(out))))
        return

    with tempfile.TemporaryDirectory(prefix="werkstatt-bench-") as temporary:
        folder = Path(temporary) / "library"
        started = time.perf_counter()
        workshop_id = _fill(folder, args)
        print(
            f"library: {args.cards} cards, 2×{args.clusters} clusters, {args.photos} photos "
            f"{args.photo_size}, {args.actions} actions (filled in "
            f"{time.perf_counter() - started:.1f} s)"
        )
        jobs = [("pdf", "protocol.pdf"), ("docx", "protocol.docx"), ("export", "x.werkstatt")]
        try:
            import werkstatt.protocol.docx  # type: ignore[import-not-found]  # noqa: F401
        except ImportError:
            jobs.remove(("docx", "protocol.docx"))
            print("docx: werkstatt.protocol.docx not there yet, skipped")
        for job, name in [*jobs, ("import", "x.werkstatt")]:
            out = Path(temporary) / name
            figures = []
            for _ in range(args.runs):
                figures.append(_child(job, folder, workshop_id, out))
                # each import into an empty library, not next to the previous one
                shutil.rmtree(Path(temporary) / "colleague", ignore_errors=True)
            seconds = [f["seconds"] for f in figures]
            peak = max(f["megabytes"] for f in figures)
            line = (
                f"{job:7s} median {statistics.median(seconds):5.2f} s "
                f"(min {min(seconds):.2f}, max {max(seconds):.2f})  peak {peak:5.0f} MB  "
                f"file {figures[-1]['bytes'] / 1e6:6.1f} MB"
            )
            if job == "pdf":
                verdict = (
                    "ok"
                    if statistics.median(seconds) <= TARGET_SECONDS and peak <= TARGET_MEGABYTES
                    else "ABOVE TARGET"
                )
                line += f"  [target {TARGET_SECONDS:.0f} s, {TARGET_MEGABYTES} MB: {verdict}]"
            print(line, flush=True)


if __name__ == "__main__":
    main()
