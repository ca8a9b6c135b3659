"""Build the translations: `python -m netmap.ui.i18n_build`.

1. pyside6-lupdate collects every translatable text of NetMap into
   `resources/translations/netmap_de.ts` and `netmap_en.ts` (source texts are English); translations
   already made are kept, and those of texts that left the code are kept too, marked "vanished".
2. pyside6-lrelease compiles each `.ts` into the `.qm` the app loads, next to it.

The widgets (`netmap/ui`, canvas and poster included) use Qt's `self.tr(text)` and
`translate(context, text)`: the core's one helper `netmap.i18n.tr(context, text)`, imported under
that name, since lupdate would read a bare `tr(context, text)` as `tr(text, comment)`. So lupdate
runs twice, once over the files that import the core's helper as `tr`, with `tr` read as
`translate`, once over the rest, and this module merges the two results
with the existing translations.

The Makefile runs this before `make run` and `make test`; `.qm` files are built, never committed.
`--release-only` skips step 1.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

__all__ = ["LANGUAGES", "build", "release", "sources", "update"]

LANGUAGES = ("de", "en")
PACKAGE = Path(__file__).resolve().parent.parent  # netmap/
ROOT = PACKAGE.parent
TS_DIR = ROOT / "resources" / "translations"
# A file importing the core's helper as `tr` is read with `tr` as `translate`; one importing it as
# `translate` (widgets that also call `self.tr`) is read as Qt style.
_CORE_TR = re.compile(r"^from netmap\.i18n import .*\btr\b(?! as translate\b)", re.MULTILINE)

Key = tuple[str, str, str]  # context, source, comment


def _tool(name: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run a PySide6 tool through its Python entry point, so it works in any venv or OS."""
    code = (f"import sys; from PySide6.scripts.pyside_tool import {name}; "
            f"sys.argv[0] = 'pyside6-{name}'; sys.exit({name}())")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False,
                          cwd=ROOT)


def _check(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-{what} failed ({result.returncode}): {result.stderr.strip() or result.stdout}")


def sources() -> tuple[list[Path], list[Path]]:
    """NetMap's Python files: (those using Qt's tr/translate, those using the core's `tr(context, text)`)."""
    qt_style: list[Path] = []
    core_style: list[Path] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "tr(" not in text and "translate(" not in text and "QT_TR" not in text:
            continue
        (core_style if _CORE_TR.search(text) else qt_style).append(path)
    return qt_style, core_style


def ts_path(language: str) -> Path:
    return TS_DIR / f"netmap_{language}.ts"


def _key(context: ET.Element, message: ET.Element) -> Key:
    return (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")


def _messages(path: Path) -> list[tuple[Key, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(_key(context, message), message)
            for context in root.iter("context") for message in context.iter("message")]


def _has_translation(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return False
    return (bool((translation.text or "").strip())
            or any((f.text or "").strip() for f in translation.iter("numerusform")))


def merge(fresh_files: list[Path], existing: Path | None, language: str) -> ET.ElementTree[ET.Element]:
    """A .ts with the messages found now, carrying over the translations of `existing`."""
    fresh: dict[Key, ET.Element] = {}
    for path in fresh_files:
        for key, message in _messages(path):
            if key in fresh:
                fresh[key].extend(message.findall("location"))
            else:
                fresh[key] = message
    old: dict[Key, ET.Element] = dict(_messages(existing)) if existing is not None and existing.exists() else {}
    # A text that moved to another context (code moved to another class) keeps its translation.
    moved = {(src, comment): message for (ctx, src, comment), message in old.items()
             if (ctx, src, comment) not in fresh and _has_translation(message)}
    used: set[Key] = set()
    for key, message in fresh.items():
        previous = old.get(key)
        if previous is None or not _has_translation(previous):
            previous = moved.get(key[1:])
            if previous is None:
                continue
            used.add(next(k for k, m in old.items() if m is previous))
        translation = previous.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            del translation.attrib["type"]
        fresh_translation = message.find("translation")
        if fresh_translation is not None:
            message.remove(fresh_translation)
        message.append(translation)
        # lupdate sees no plural forms in Python code: keep the mark a translation already has.
        if translation.find("numerusform") is not None or previous.get("numerus") == "yes":
            message.set("numerus", "yes")
    translated_now = {key[1:] for key, message in fresh.items() if _has_translation(message)}
    for key, message in old.items():  # texts gone from the code keep their translation, marked vanished
        if key in fresh or key in used or key[1:] in translated_now:
            continue  # (a text translated elsewhere in the file needs no vanished copy)
        if _has_translation(message):
            translation = message.find("translation")
            assert translation is not None
            translation.set("type", "vanished")
            for location in message.findall("location"):
                message.remove(location)
            fresh[key] = message

    root = ET.Element("TS", {"version": "2.1", "language": "de_DE" if language == "de" else "en_GB",
                             "sourcelanguage": "en"})
    by_context: dict[str, list[tuple[Key, ET.Element]]] = {}
    for key, message in fresh.items():
        by_context.setdefault(key[0], []).append((key, message))
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for _, message in by_context[name]:
            context.append(message)
    tree: ET.ElementTree[ET.Element] = ET.ElementTree(root)
    ET.indent(tree, space="    ")
    return tree


def _write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update() -> list[Path]:
    """Refresh the .ts files from the sources, keeping existing translations."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    qt_style, core_style = sources()
    written = []
    with tempfile.TemporaryDirectory(prefix="netmap-ts-") as tmp:
        for language in LANGUAGES:
            fresh = []
            for name, files, extra in (("qt", qt_style, []),
                                       ("core", core_style, ["-tr-function-alias", "translate+=tr"])):
                if not files:
                    continue
                out = Path(tmp) / f"{name}_{language}.ts"
                args = [*(str(p.relative_to(ROOT)) for p in files), *extra, "-locations", "none",
                        "-source-language", "en", "-target-language", language, "-ts", str(out)]
                _check(_tool("lupdate", args), "lupdate")
                fresh.append(out)
            tree = merge(fresh, ts_path(language), language)
            # Locations were written relative to the temporary file: make them relative to the real one.
            for location in tree.getroot().iter("location"):
                filename = location.get("filename")
                if filename:
                    absolute = (Path(tmp) / filename).resolve()
                    try:
                        location.set("filename", str(Path(_relpath(absolute, TS_DIR))))
                    except ValueError:
                        pass
            _write(tree, ts_path(language))
            written.append(ts_path(language))
    return written


def _relpath(path: Path, start: Path) -> str:
    import os

    return os.path.relpath(path, start).replace(os.sep, "/")


def release() -> list[Path]:
    """Compile every .ts into its .qm; returns the .qm files."""
    built = []
    for language in LANGUAGES:
        ts = ts_path(language)
        if not ts.exists():
            continue
        qm = ts.with_suffix(".qm")
        _check(_tool("lrelease", ["-silent", str(ts), "-qm", str(qm)]), "lrelease")
        built.append(qm)
    return built


def build(*, release_only: bool = False) -> list[Path]:
    if not release_only:
        update()
    return release()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m netmap.ui.i18n_build",
                                     description="update the .ts translation sources and build the .qm files")
    parser.add_argument("--release-only", action="store_true", help="only compile .ts into .qm")
    args = parser.parse_args(argv)
    try:
        built = build(release_only=args.release_only)
    except (RuntimeError, OSError, ET.ParseError) as exc:
        print(f"i18n_build: {exc}", file=sys.stderr)
        return 1
    print("translations: " + ", ".join(str(p.relative_to(ROOT)) for p in built))
    return 0


if __name__ == "__main__":
    sys.exit(main())
