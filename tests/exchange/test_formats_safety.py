"""The guards every format goes through: sizes, names, control characters, formulas, broken files."""

from __future__ import annotations

import random
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from netmap.exchange import ExchangeError, read_map, safety
from netmap.exchange.builder import MapBuilder, normalise_colour, parse_strength
from netmap.exchange.errors import Place
from netmap.exchange.safety import atomic_write, clean_name, clean_text, csv_cell, csv_uncell, guarded_reader

LONG = "N" * 10_000


def _kumu(path: Path, name: str) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Elements"
    workbook.active.append(["Label"])
    workbook.active.append([name])
    workbook.save(path)


WRITERS = {
    "graphml": lambda p, n: p.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label"/>'
        f'<graph><node id="a"><data key="l">{n}</data></node></graph></graphml>', encoding="utf-8"),
    "gexf": lambda p, n: p.write_text(
        f'<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a" label="{n}"/></nodes></graph></gexf>',
        encoding="utf-8"),
    "net": lambda p, n: p.write_text(f'*Vertices 1\n1 "{n}"\n', encoding="utf-8"),
    "dl": lambda p, n: p.write_text(f"dl n=1\nlabels:\n{n}\ndata:\n0\n", encoding="utf-8"),
    "csv": lambda p, n: p.write_text(f"Name\n{n}\n", encoding="utf-8"),
    "xlsx": _kumu,
}  # fmt: skip


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_a_name_of_10000_characters_is_refused_in_every_format(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"long.{suffix}"
    WRITERS[suffix](path, LONG)
    with pytest.raises(ExchangeError, match="10,000 characters long; NetMap accepts at most 500") as info:
        read_map(path)
    assert str(info.value).startswith(f"long.{suffix}") and "\n" not in str(info.value)


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_control_characters_are_stripped_in_every_format(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"ctrl.{suffix}"
    # XML 1.0 cannot hold C0 controls at all (such a file is broken); C1 controls are legal XML
    c0 = "" if suffix in ("graphml", "gexf", "xlsx") else "\u0007\u001b"
    raw = f"Jugend{c0}\u009btreff\u0085Mitte"
    WRITERS[suffix](path, f'"{raw}"' if suffix == "dl" else raw)
    (actor,) = read_map(path).actors
    assert actor.name == "Jugendtreff Mitte"  # line breaks become spaces, other controls go


def test_clean_name_and_text() -> None:
    assert clean_name("  Ver\x00ein\tNord\r\n ") == "Verein Nord"
    assert clean_text("a\r\nb\rc\x0bd\te\u2028") == "a\nb\ncd\te\u2028"
    assert clean_name("\u202eevil") == "\u202eevil"  # format characters are text, not controls


@given(st.text())
def test_csv_protection_is_undone_exactly(text: str) -> None:
    assert csv_uncell(csv_cell(text)) == text


@pytest.mark.parametrize("text", ["=1+1", "+49 170", "-A1", "@SUM(A1)"])
def test_csv_protection_of_formula_starts(text: str) -> None:
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize(
    "text, written",
    [("\t=x", "\t'=x"), ("\r=x", "\r'=x"), ("Kita Nord,=1+1", "Kita Nord,'=1+1"), ("a;-5", "a;'-5"),
     ("-5;x", "'-5;x"), ('x, "=1"', "x,' \"=1\""), ("'=x", "''=x")],
)
def test_csv_protection_after_every_possible_separator(text: str, written: str) -> None:
    # Tab and CR are separators themselves: what follows them is marked ("'\t=x" would be "'" and "=x"
    # for a reader that splits at tabs).
    assert csv_cell(text) == written and csv_uncell(written) == text


@pytest.mark.parametrize("text", ["-5", "+3.5", "Verein", "1e5", ""])
def test_csv_leaves_numbers_and_text_alone(text: str) -> None:
    assert csv_cell(text) == text


@pytest.mark.parametrize(
    "weight, expected",
    [("1", (1, None)), ("3.0", (3, None)), ("2,5", (3, "2,5")), (0, (1, "0")), ("-4", (1, "-4")),
     ("51", (3, "51")), ("1.4", (1, "1.4")), ("schwach", (1, None)), ("Strong", (3, None)), (None, (1, None)),
     ("nan", (1, "nan"))],
)  # fmt: skip
def test_strength_mapping(weight: object, expected: tuple[int, str | None]) -> None:
    assert parse_strength(weight) == expected


def test_strength_refuses_words_it_does_not_know() -> None:
    with pytest.raises(ValueError):
        parse_strength("very")


def test_colours() -> None:
    assert normalise_colour("#FFCC00") == "#ffcc00"
    assert normalise_colour("f0a") == "f0a"
    assert normalise_colour("#f0a") == "#ff00aa"
    assert normalise_colour("Turquoise") == "turquoise"


def test_too_many_actors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_ACTORS", 2)
    builder = MapBuilder("x.csv")
    builder.add_actor("a", None)
    builder.add_actor("b", None)
    with pytest.raises(ExchangeError, match="more than 2 actors"):
        builder.add_actor("c", None)


def test_empty_and_overlong_texts_are_named_in_the_message() -> None:
    builder = MapBuilder("x.csv")
    with pytest.raises(ExchangeError, match=r"^x.csv, row 3: the name is empty$"):
        builder.add_actor("  ", Place(row=3))
    with pytest.raises(ExchangeError, match=r"row 4: the contact email is 600 characters long"):
        builder.add_actor("Tafel", Place(row=4), contact={"email": "q" * 600})
    with pytest.raises(ExchangeError, match=r"row 5: the value of 'Farbe' is 40,000 characters long"):
        builder.add_actor("Tafel", Place(row=5), extra={"Farbe": "z" * 40_000})


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Name\n" + "A\n" * 1000, encoding="utf-8")
    monkeypatch.setattr(safety, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ExchangeError, match="MB large"):
        read_map(path)


def test_workbook_that_would_inflate_too_far(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "wide.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", "x" * 5000)
    monkeypatch.setattr(safety, "MAX_XLSX_UNCOMPRESSED", 4000)
    with pytest.raises(ExchangeError, match="inflate to"):
        read_map(path)


def test_unforeseen_errors_become_exchange_errors() -> None:
    @guarded_reader
    def reader(path: str) -> None:
        {}["missing"]  # a bug, or a file nobody foresaw

    with pytest.raises(ExchangeError, match="cannot be read \\(KeyError") as info:
        reader("odd.gexf")
    assert info.value.file == "odd.gexf"


def test_failed_write_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.gexf"
    with pytest.raises(RuntimeError), atomic_write(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []


def test_error_message_is_one_line_naming_the_place() -> None:
    error = ExchangeError("unknown actor\n'X'", file="/a/b/paypal.xlsx", sheet="Connections", row=12, column="From")
    assert str(error) == "paypal.xlsx, sheet Connections, row 12, column From: unknown actor 'X'"


SAMPLES = [
    "socnetv/Campnet.paj",
    "socnetv/Thurman_Office_Networks_Coalitions.dl",
    "socnetv/TinyDir_N2_E1_Attributes.graphml",
    "gexf_spec/dynamics.gexf",
    "gephi/test_utf8_chars.csv",
    "kumu/paypal-mafia.xlsx",
]


@pytest.mark.parametrize("name", SAMPLES)
def test_mutated_files_import_or_fail_with_an_exchange_error(refdata: Path, tmp_path: Path, name: str) -> None:
    """A small, seeded fuzz: truncations and byte flips never crash a reader with another exception."""
    original = (refdata / name).read_bytes()
    rng = random.Random(name)
    for round_ in range(40):
        data = bytearray(original)
        if round_ % 2:
            del data[rng.randrange(len(data)) :]
        else:
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"m{round_}{Path(name).suffix}"
        path.write_bytes(bytes(data))
        try:
            read_map(path)
        except ExchangeError as exc:
            assert "\n" not in str(exc)


def test_exchange_imports_no_qt_beyond_the_translator() -> None:
    """The readers work headless (command line, analysis process): only QtCore, for translated messages."""
    code = (
        "import sys, netmap.exchange.graphml, netmap.exchange.gexf, netmap.exchange.pajek, "
        "netmap.exchange.ucinet, netmap.exchange.csvlists, netmap.exchange.kumu, netmap.exchange.formats; "
        "assert not [m for m in sys.modules if m.startswith('PySide6.Qt') and m != 'PySide6.QtCore']"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
