"""Guards between untrusted files and the map: every reader and writer of the package goes through them.

Decisions, in one place:

- **Sizes.** A file larger than `MAX_FILE_BYTES`, more than `MAX_ACTORS` actors or `MAX_TIES` ties is
  refused with a message, never read half.
- **Names** longer than `MAX_NAME_LENGTH` characters are refused (an `ExchangeError` naming the place),
  never truncated: a cut name would silently match or miss another actor. Other texts (notes,
  attribute values) may be up to `MAX_TEXT_LENGTH` characters, the most a spreadsheet cell holds, so
  that whatever was imported can be exported to Excel unchanged.
- **Control characters are stripped, not refused.** They cannot be typed, cannot be stored in XML or in
  a spreadsheet cell, and a stray one (a form feed from a PDF, a NUL from a broken export) should not
  stop a workshop. In names, line breaks and tabs become spaces and the name is trimmed; in notes,
  line breaks and tabs are kept (``\\r\\n`` becomes ``\\n``); every other character of Unicode's
  category Cc (C0 and C1 controls) and the non-characters U+FFFE/U+FFFF are removed.
- **XML** is parsed only through defusedxml: a document that declares entities (billion laughs) or
  refers to external ones is refused with a clear message, a broken one names its line.
- **Workbooks** (xlsx are zip files) are checked before openpyxl opens them: number of members, total
  uncompressed size and the compression ratio of large members, as the zip directory declares them.
  Python's zipfile never inflates a member beyond its declared size (it fails the CRC check
  instead), so checking the directory bounds the memory used. openpyxl itself parses the parts with
  defusedxml when that is installed, as it is here.
- **Spreadsheet cells** written by NetMap hold user text as text: `set_text_cell` stores a string as a
  string even when it starts with ``=`` (openpyxl would otherwise store a formula) or looks like an
  error code (``#N/A``). A CSV file may be opened with any list separator: a German export (``;``)
  opened where ``,`` separates lists splits ``Kita Nord,=1+1`` into two cells. So `csv_cell` treats
  every ``,``, ``;``, tab and line break inside a text as a possible cell border and puts an apostrophe
  at the start of each piece that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``,
  after any spaces and quotes); a text that is a number (``-5``, ``-20,25``) stays as it is. A piece
  that already starts with apostrophes before such a start gets one more, so `csv_uncell` removes
  exactly what was added when NetMap reads the file back.
- **Formulas in imported workbooks are refused** (`ExchangeError` naming sheet, row and column): NetMap
  never evaluates a formula and importing its text as a name would be a surprise. Replacing the
  formulas by their values in Excel (copy, paste values) makes the file importable.
- **Weights and strengths.** NetMap's strength is 1-3. A weight of 1, 2 or 3 is that strength; any
  other number is rounded half up and clamped to 1-3 (0.4 -> 1, 2.5 -> 3, 51 -> 3, -2 -> 1), and the
  weight as the file wrote it is kept in ``Tie.extra["weight"]``. The writers write that original
  weight back as long as the tie still has the strength it gave, so a round trip keeps it; the words
  weak/medium/strong (schwach/mittel/stark) are strengths 1/2/3.
- **Memory**: matrices (Pajek, UCINET) keep only their non-zero cells; a sheet's declared size is
  ignored and rows of more than 1,000 columns are refused.
- **Writers** write to a temporary file beside the target and rename it at the end: a failed export
  leaves no half-written file.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import os
import re
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as DefusedET

from netmap import rules
from netmap.exchange.errors import ExchangeError
from netmap.i18n import tr

__all__ = [
    "MAX_ACTORS",
    "MAX_FILE_BYTES",
    "MAX_NAME_LENGTH",
    "MAX_TEXT_LENGTH",
    "MAX_TIES",
    "MAX_XLSX_MEMBERS",
    "MAX_XLSX_RATIO",
    "MAX_XLSX_UNCOMPRESSED",
    "atomic_write",
    "check_file",
    "check_xlsx",
    "clean_name",
    "clean_text",
    "csv_cell",
    "csv_uncell",
    "decode_text",
    "guarded_reader",
    "load_workbook",
    "parse_xml",
    "set_text_cell",
    "xlsx_sheet_names",
]

MAX_NAME_LENGTH = rules.MAX_NAME_LENGTH  # the same limit as every edit in the app
MAX_TEXT_LENGTH = rules.MAX_TEXT_LENGTH  # the most an Excel cell holds
MAX_ACTORS = 200_000
MAX_TIES = 2_000_000
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_XLSX_MEMBERS = 10_000
MAX_XLSX_UNCOMPRESSED = 300 * 1024 * 1024
MAX_XLSX_RATIO = 200  # for members larger than _RATIO_FLOOR; small parts may compress better
_RATIO_FLOOR = 1024 * 1024
MAX_DEPTH = 200  # nesting of groups in GraphML/GEXF

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
FORMULA_START = ("=", "+", "-", "@")
"""What makes a spreadsheet read text as a formula: the one definition (the workbook adds the starts
Excel reinterprets on editing, `netmap.exchange.workbook.vocabulary`)."""
_CELL_BORDER = re.compile(r"([,;\t\r\n])")  # where a CSV reader with another separator may start a cell
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")

P = ParamSpec("P")
R = TypeVar("R")


# ---------------------------------------------------------------------------------------------- text


def clean_name(text: str) -> str:
    """A name on one line: breaks and tabs become spaces, other control characters go, ends trimmed."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", text)).strip()


def clean_text(text: str) -> str:
    """A multi-line text: ``\\r\\n`` and ``\\r`` become ``\\n``, tabs stay, other controls go."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def decode_text(data: bytes, file: str | Path) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            last = exc
    line = data[: last.start].count(b"\n") + 1
    raise ExchangeError(
        tr("Errors", "the text is neither UTF-8 nor Windows-1252 (byte {0:#04x} at position {1}); "
                     "save the file as UTF-8 and import it again").format(data[last.start], last.start),
        file=file,
        line=line,
    )


# ---------------------------------------------------------------------------------------------- files


def check_file(path: str | Path, *, max_bytes: int | None = None) -> Path:
    """The path of an existing, readable file that is not too large."""
    path = Path(path)
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ExchangeError(tr("Errors", "the file does not exist"), file=path) from None
    except OSError as exc:
        raise ExchangeError(tr("Errors", "the file cannot be read ({0})").format(exc.strerror), file=path) from None
    if not path.is_file():
        raise ExchangeError(tr("Errors", "this is not a file"), file=path)
    if size > max_bytes:
        raise ExchangeError(
            tr("Errors", "the file is {0:,.0f} MB large; NetMap imports files up to {1:,.0f} MB").format(
                size / 1e6, max_bytes / 1e6
            ),
            file=path,
        )
    return path


def read_bytes(path: str | Path) -> bytes:
    path = check_file(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ExchangeError(tr("Errors", "the file cannot be read ({0})").format(exc.strerror), file=path) from None


def guarded_reader(func: Callable[P, R]) -> Callable[P, R]:
    """Make sure a public reader raises nothing but `ExchangeError` for a bad file.

    The readers name precise places for the problems they know; this is the net under them, so a file
    that trips something unforeseen still gets a one-line message instead of a traceback.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except ExchangeError:
            raise
        except RecursionError:
            raise ExchangeError(tr("Errors", "the file is nested too deeply"), file=_first_path(args)) from None
        except MemoryError:
            raise ExchangeError(tr("Errors", "the file is too large to read"), file=_first_path(args)) from None
        except zlib.error:  # a workbook is a zip archive; one of its compressed parts is damaged
            raise ExchangeError(tr("Errors", "the file is damaged: a compressed part of it cannot be unpacked"),
                                file=_first_path(args)) from None
        except (ValueError, KeyError, IndexError, TypeError, AttributeError, OSError, zipfile.BadZipFile,
                EOFError, OverflowError) as exc:
            raise ExchangeError(
                tr("Errors", "the file cannot be read ({0}: {1})").format(type(exc).__name__, exc),
                file=_first_path(args),
            ) from exc

    return wrapper


def _first_path(args: tuple[Any, ...]) -> str | None:
    for arg in args:
        if isinstance(arg, (str, Path)):
            return str(arg)
    return None


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`, on failure it is removed."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        # mkstemp makes the file private (0600); an export is shared like any file the user saves.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)
        os.replace(tmp_path, path)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------------------------------- XML


def parse_xml(path: str | Path) -> Element:
    """The root element of an XML file, parsed with defusedxml (no entities, no external references)."""
    path = check_file(path)
    try:
        return DefusedET.parse(str(path), forbid_dtd=False).getroot()
    except defusedxml.EntitiesForbidden:
        raise ExchangeError(
            tr("Errors", "the file declares XML entities, which NetMap refuses (they can blow a small file up to "
                         "gigabytes: 'billion laughs')"),
            file=path,
        ) from None
    except defusedxml.ExternalReferenceForbidden:
        raise ExchangeError(
            tr("Errors", "the file refers to external XML resources, which NetMap refuses to fetch"), file=path
        ) from None
    except defusedxml.DefusedXmlException as exc:
        raise ExchangeError(tr("Errors", "the XML is refused ({0})").format(exc), file=path) from None
    except LookupError as exc:  # <?xml encoding="U-F-8"?>: the parser asks the codecs and fails
        raise ExchangeError(tr("Errors", "the XML declares an encoding that does not exist ({0})").format(exc),
                            file=path) from None
    except ParseError as exc:
        line, column = getattr(exc, "position", (None, None))
        reason = str(exc).split(":")[0]
        raise ExchangeError(
            tr("Errors", "the XML is broken or incomplete ({0}, column {1})").format(reason, column),
            file=path,
            line=line,
        ) from None


def local_name(tag: object) -> str:
    """A tag or attribute name without its namespace: ``{http://gexf.net/1.3}node`` -> ``node``."""
    if not isinstance(tag, str):  # comments and processing instructions
        return ""
    return tag.rsplit("}", 1)[-1]


# ---------------------------------------------------------------------------------------------- xlsx


def check_xlsx(path: str | Path) -> Path:
    """Refuse a workbook whose zip directory promises a bomb, before anything is inflated."""
    path = check_file(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile:
        raise ExchangeError(
            tr("Errors", "this is not an Excel workbook (.xlsx): the file is not a zip archive"), file=path
        ) from None
    except OSError as exc:
        raise ExchangeError(tr("Errors", "the file cannot be read ({0})").format(exc), file=path) from None
    if len(members) > MAX_XLSX_MEMBERS:
        raise ExchangeError(
            tr("Errors", "the workbook holds {0:,} parts; refused as a possible zip bomb").format(len(members)),
            file=path,
        )
    total = 0
    for info in members:
        total += info.file_size
        if info.file_size > _RATIO_FLOOR:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_XLSX_RATIO:
                raise ExchangeError(
                    tr("Errors", "the workbook part {0} would inflate {1:,.0f} times "
                                 "to {2:,.0f} MB; refused as a zip bomb").format(
                        info.filename, ratio, info.file_size / 1e6
                    ),
                    file=path,
                )
    if total > MAX_XLSX_UNCOMPRESSED:
        raise ExchangeError(
            tr("Errors", "the workbook would inflate to {0:,.0f} MB (at most {1:,.0f} MB); "
                         "refused as a possible zip bomb").format(total / 1e6, MAX_XLSX_UNCOMPRESSED / 1e6),
            file=path,
        )
    return path


def xlsx_sheet_names(path: str | Path) -> list[str]:
    """The sheet names of a workbook, read from its directory without loading any sheet."""
    path = check_xlsx(path)
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read("xl/workbook.xml")
    except KeyError:
        raise ExchangeError(
            tr("Errors", "this is not an Excel workbook (.xlsx): xl/workbook.xml is missing"), file=path
        ) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ExchangeError(tr("Errors", "the workbook is damaged ({0})").format(exc), file=path) from None
    try:
        root = DefusedET.fromstring(data)
    except (defusedxml.DefusedXmlException, ParseError):
        raise ExchangeError(tr("Errors", "the workbook's list of sheets is broken or refused"), file=path) from None
    return [el.get("name", "") for el in root.iter() if local_name(el.tag) == "sheet"]


def load_workbook(path: str | Path, *, read_only: bool = True) -> Any:
    """Open a checked workbook with openpyxl, formulas as formulas (``data_only=False``)."""
    import warnings

    import openpyxl

    path = check_xlsx(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops (data validation)
            return openpyxl.load_workbook(path, read_only=read_only, data_only=False)
    except ExchangeError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds of exception for a damaged file
        raise ExchangeError(
            tr("Errors", "the workbook cannot be opened ({0}: {1})").format(type(exc).__name__, exc), file=path
        ) from None


def set_text_cell(cell: Any, value: object) -> None:
    """Put `value` into an openpyxl cell; text stays text, even ``=HYPERLINK(...)`` or ``#N/A``."""
    if value is None or value == "":
        cell.value = None
        return
    if isinstance(value, str):
        text = _CONTROL.sub("", value)  # openpyxl refuses control characters
        cell.value = text
        cell.data_type = "s"  # openpyxl made it a formula ('f') or an error ('e'): undo that
    else:
        cell.value = value


def csv_cell(text: str) -> str:
    """Text for a CSV cell that no spreadsheet runs as a formula, whichever list separator it splits at."""
    if _NUMBER.match(text):  # -5 or -20,25: every piece of a number is harmless
        return text
    pieces = _CELL_BORDER.split(text)  # pieces at even indices, the borders between them at odd ones
    return "".join("'" + piece if i % 2 == 0 and _needs_mark(piece) else piece for i, piece in enumerate(pieces))


def csv_uncell(text: str) -> str:
    """The text `csv_cell` escaped, back as it was."""
    if _NUMBER.match(text):
        return text
    pieces = _CELL_BORDER.split(text)
    return "".join(
        piece[1:] if i % 2 == 0 and piece.startswith("'") and _needs_mark(piece[1:]) else piece
        for i, piece in enumerate(pieces)
    )


def _needs_mark(piece: str) -> bool:
    """True if `piece` would start a formula, or would look like one that `csv_cell` marked.

    A piece is not exempt for being a number: a reader that splits at another separator joins its
    end to the next cell (``-5`` and ``x`` become ``-5,x``). Apostrophes already in front of a formula
    start get one more, so that removing one on reading gives back exactly the text.
    """
    return piece.lstrip("'").lstrip(' "').startswith(FORMULA_START)


def normalised_header(text: str) -> str:
    """A column or attribute name for matching: case, accents of ß/umlauts kept, separators unified."""
    text = unicodedata.normalize("NFC", text).casefold().strip()
    return re.sub(r"[\s_\-.:]+", " ", text).strip()
