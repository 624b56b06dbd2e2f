"""The translation pipeline: source strings -> resources/translations/werkstatt_de.ts -> .qm.

    .venv/bin/python packaging/translations.py update   # collect new strings into the .ts
    .venv/bin/python packaging/translations.py build    # compile the .ts into the .qm
    .venv/bin/python packaging/translations.py status   # list what still needs German
    .venv/bin/python packaging/translations.py todo F.json   # write the unfinished as JSON
    .venv/bin/python packaging/translations.py fill F.json   # take translations from JSON

`update` runs pyside6-lupdate over every Python file of src/werkstatt (tr() in the GUI,
QCoreApplication.translate in the uic output of gui/generated, bare translate() in the
command line and werkstatt.messages) and over ui/*.ui, keeps existing translations and
drops strings that no longer occur. Then translate the entries it reports as unfinished
(Qt Linguist: .venv/bin/pyside6-linguist, or any editor), run `build`, and commit both
the .ts and the .qm. tests/test_i18n.py fails while a string lacks German or the .qm is
stale.
"""

from __future__ import annotations

import json
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


def write_todo(ts: Path, target: Path) -> int:
    """The unfinished entries as a JSON list of {context, source, plural, translation}: a
    worklist for a translator without Qt Linguist (fill in "translation"; for a plural
    entry a list of the German forms, singular first)."""
    root = ET.parse(ts).getroot()
    todo = []
    wanted = set(unfinished(ts))
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            if (name, source) in wanted:
                plural = message.get("numerus") == "yes"
                todo.append(
                    {
                        "context": name,
                        "source": source,
                        "comment": message.findtext("comment", default=""),
                        "plural": plural,
                        "translation": ["", ""] if plural else "",
                    }
                )
    target.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(todo)} unfinished string(s) written to {target}")
    return 0


def fill(ts: Path, source: Path) -> int:
    """Take the translations of a worklist written by :func:`write_todo` into ``ts``."""
    done = {
        (item["context"], item["source"]): item["translation"]
        for item in json.loads(source.read_text(encoding="utf-8"))
        if item["translation"]
        and (not isinstance(item["translation"], list) or all(item["translation"]))
    }
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            text = done.get((name, message.findtext("source", default="")))
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if isinstance(text, list):
                translation.text = None
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{filled} translation(s) taken into {ts.relative_to(ROOT)}")
    # lupdate writes the file in its own layout; let it normalise what ElementTree wrote.
    lupdate(ts, quiet=True)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] in {"todo", "fill"}:
        action = write_todo if argv[0] == "todo" else fill
        return action(ts_path("de"), Path(argv[1]))
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
