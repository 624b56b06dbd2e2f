"""Synthesise the timer's gong: resources/sounds/gong.wav (CC0, see its LICENSE.md).

Made here rather than downloaded so that its licence is beyond doubt. Standard library
only (math, wave): a bell is a handful of inharmonic partials, each dying away
exponentially, the high ones faster; a slow beat between two close partials gives the
shimmer of a struck metal bowl.

    .venv/bin/python packaging/make_gong.py [OUT.wav]
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22_050  # Hz: plenty for a bell, half the file of CD quality
SECONDS = 2.5
FUNDAMENTAL = 196.0  # G3: warm, carries in a hall without being shrill
PEAK = 0.8  # of full scale: loud enough, no clipping on any mixer

# (frequency ratio to the fundamental, amplitude, decay time constant in seconds):
# the partials of a church-bell-like strike (hum, prime, tierce, quint, nominal, ...).
PARTIALS = (
    (0.50, 0.55, 1.60),
    (1.00, 1.00, 1.20),
    (1.007, 0.45, 1.10),  # beats against the prime at ~1.4 Hz: the shimmer
    (1.19, 0.50, 0.90),
    (1.50, 0.35, 0.75),
    (2.00, 0.45, 0.60),
    (2.52, 0.20, 0.40),
    (3.01, 0.15, 0.30),
    (4.07, 0.08, 0.20),
)
ATTACK = 0.004  # s: a soft mallet, no click
FADE = 0.25  # s: fade to silence at the end so the file stops without a pop


def sample(t: float) -> float:
    value = sum(
        amplitude * math.exp(-t / decay) * math.sin(2 * math.pi * FUNDAMENTAL * ratio * t)
        for ratio, amplitude, decay in PARTIALS
    )
    envelope = min(1.0, t / ATTACK) * min(1.0, (SECONDS - t) / FADE)
    return value * envelope


def synthesise() -> list[float]:
    count = int(RATE * SECONDS)
    samples = [sample(i / RATE) for i in range(count)]
    loudest = max(abs(s) for s in samples)
    return [s * PEAK / loudest for s in samples]


def write_wav(path: Path, samples: list[float]) -> None:
    frames = b"".join(struct.pack("<h", round(s * 32767)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    target = Path(argv[0]) if argv else root / "resources" / "sounds" / "gong.wav"
    write_wav(target, synthesise())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
