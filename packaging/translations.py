"""The translation pipeline: source strings -> resources/translations/werkstatt_de.ts -> .qm.

    .venv/bin/python packaging/translations.py update   # collect new strings into the .ts
    .venv/bin/python packaging/translations.py build    # compile the .ts into the .qm
    .venv/bin/python packaging/translations.py status   # list what still needs German

`update` runs pyside6-lupdate over every Python file of src/werkstatt (tr() in the GUI,
QCoreApplication.translate in the uic output of gui/generated, bare translate() in the
command line and werkstatt.messages) and over ui/*.ui, keeps existing translations and
drops strings that no longer occur. Then translate the entries it reports as unfinished
(Qt Linguist: .venv/bin/pyside6-linguist, or any editor), run `build`, and commit both
the .ts and the .qm. tests/test_i18n.py fails while a string lacks German or the .qm is
stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de",)
SOURCE_LANGUAGE = "en"


def ts_path(language: str = "de") -> Path:
    return TRANSLATIONS / f"werkstatt_{language}.ts"


def qm_path(language: str = "de") -> Path:
    return TRANSLATIONS / f"werkstatt_{language}.qm"


def tool(name: str) -> Path:
    """A Qt tool from the virtual environment that runs this script (or .venv)."""
    for folder in (Path(sys.executable).parent, ROOT / ".venv" / "bin"):
        found = shutil.which(name, path=str(folder))
        if found:
            return Path(found)
    found = shutil.which(name)
    if found:
        return Path(found)
    raise SystemExit(f"{name} not found: `bash packaging/werkstatt.sh test` sets up .venv")


def source_files(root: Path = ROOT) -> list[Path]:
    """Files that may hold translatable strings, relative to ``root``, in a stable order."""
    python = [
        path
        for path in (root / "src" / "werkstatt").rglob("*.py")
        if "__pycache__" not in path.parts
    ]
    forms = list((root / "ui").glob("*.ui"))
    return sorted(path.relative_to(root) for path in python + forms)


def lupdate(ts: Path, *, root: Path = ROOT, quiet: bool = False) -> None:
    """Merge the strings of the sources under ``root`` into ``ts`` (created if missing)."""
    language = ts.stem.rpartition("_")[2]
    command = [
        str(tool("pyside6-lupdate")),
        *(str(path) for path in source_files(root)),
        "-ts",
        str(ts),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
    ]
    if quiet:
        command.append("-silent")
    subprocess.run(command, cwd=root, check=True)


def lrelease(ts: Path, qm: Path, *, quiet: bool = False) -> None:
    command = [str(tool("pyside6-lrelease")), str(ts), "-qm", str(qm)]
    if quiet:
        command.append("-silent")
    subprocess.run(command, cwd=ROOT, check=True)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(context, source) -> (translation type, translation text) of every entry."""
    entries: dict[tuple[str, str], tuple[str | None, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                kind, text = "unfinished", ""
            else:
                kind = translation.get("type")
                # Plural entries keep their text in <numerusform> children.
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = " | ".join(forms) if forms else (translation.text or "")
            entries[(name, message.findtext("source", default=""))] = (kind, text)
    return entries


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """Entries a user would see in English: marked unfinished, or empty."""
    return [
        key
        for key, (kind, text) in messages(ts).items()
        if kind in {"unfinished", "vanished", "obsolete"} or not text.strip()
    ]


def _report_unfinished(ts: Path) -> int:
    todo = unfinished(ts)
    for context, source in todo:
        print(f"  [{context}] {source}")
    if todo:
        print(f"{len(todo)} string(s) in {ts.relative_to(ROOT)} still need a translation.")
    else:
        print(f"{ts.relative_to(ROOT)}: every string is translated.")
    return len(todo)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in {"update", "build", "status"}:
        print(__doc__)
        return 2
    command = argv[0]
    for language in LANGUAGES:
        ts = ts_path(language)
        if command == "update":
            lupdate(ts)
            _report_unfinished(ts)
        elif command == "build":
            if _report_unfinished(ts):
                print("Building anyway; the unfinished strings will show in English.")
            lrelease(ts, qm_path(language))
        elif _report_unfinished(ts):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
