"""The command line of DESIGN.md: a stable contract for tests, scripts and batch users.

Exit status 0 on success, 2 for a usage error, 1 for bad input or a failed operation; errors are
one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import NoReturn

from netmap.cli_participation import RUNNERS as PARTICIPATION_RUNNERS
from netmap.cli_participation import add_parsers as add_participation_parsers
from netmap.domain import CatalogueKind
from netmap.errors import NetMapError
from netmap.i18n import tr
from netmap.transfer import EXPORT_SUFFIXES, PAPERS

__all__ = ["main"]

COMMANDS = ("demo", "import", "export", "snapshot", "analyze", "compare", "serve", "proposals", "erase-person")


_LOCATION = "a .netmap file, or postgresql://USER@HOST:PORT/DATABASE#PROJECT for a team project"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2 comes from `main`)."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date of the form YYYY-MM-DD") from None


def _command_parser() -> _Parser:
    parser = _Parser(prog="netmap", description="NetMap: participatory stakeholder network analysis")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = sub.add_parser("demo", help="write the demo project (fictional town, two snapshots)")
    demo.add_argument("path", help=_LOCATION)

    imp = sub.add_parser("import", help="add a file's actors and ties to a project (created if missing)")
    imp.add_argument("source")
    imp.add_argument("project", help=_LOCATION)
    imp.add_argument("--replace", action="store_true",
                     help="the map becomes what SOURCE holds (matched actors keep identity, position, snapshots)")

    exp = sub.add_parser("export", help="write the map as a workbook, file, web page or poster")
    exp.add_argument("project", help=_LOCATION)
    exp.add_argument("target", help="by extension: " + " ".join(EXPORT_SUFFIXES))
    exp.add_argument("--snapshot", default=None, metavar="LABEL")
    exp.add_argument("--compare-with", default=None, metavar="LABEL", help="poster: before/after with this snapshot")
    exp.add_argument("--anonymize", action="store_true", help="leave every contact person out")
    exp.add_argument("--paper", choices=PAPERS, default="A1")
    exp.add_argument("--landscape", action="store_true")
    exp.add_argument("--lang", choices=("de", "en"), default=None)

    snapshot = sub.add_parser("snapshot", help="take a snapshot of the current map")
    snapshot.add_argument("project", help=_LOCATION)
    snapshot.add_argument("label")
    snapshot.add_argument("--date", type=_iso_date, default=None, help="YYYY-MM-DD (default: today)")
    snapshot.add_argument("--note", default="")

    analyze = sub.add_parser("analyze", help="figures of the map: who is central, who bridges, what is missing")
    analyze.add_argument("project", help=_LOCATION)
    analyze.add_argument("--snapshot", default=None, metavar="LABEL")
    analyze.add_argument("--tie-kind", default=None, metavar="KIND")
    analyze.add_argument("--directed", action="store_true")
    analyze.add_argument("--json", action="store_true")

    compare = sub.add_parser("compare", help="what changed between two snapshots")
    compare.add_argument("project", help=_LOCATION)
    compare.add_argument("label_a")
    compare.add_argument("label_b")
    compare.add_argument("--json", action="store_true")

    add_participation_parsers(sub, _LOCATION)

    erase = sub.add_parser("erase-person", help="remove a contact person everywhere, snapshots included")
    erase.add_argument("project", help=_LOCATION)
    erase.add_argument("name")
    return parser


def _gui_parser() -> _Parser:
    parser = _Parser(prog="netmap", description="Open NetMap (on PROJECT if given). Commands: " + ", ".join(COMMANDS))
    parser.add_argument("project", nargs="?", help=_LOCATION)
    return parser


def _run_demo(args: argparse.Namespace) -> int:
    from netmap.demo import write_demo

    project = write_demo(args.path)
    labels = ", ".join(s.label for s in project.snapshots())
    print(f"wrote {project.location} ({len(project.actors())} actors; snapshots: {labels})")
    project.close()
    return 0


def _run_import(args: argparse.Namespace) -> int:
    from netmap.location import parse_location
    from netmap.project import Project
    from netmap.storage.database import discard_project, project_exists
    from netmap.transfer import describe_plan, plan_file_import

    target = parse_location(args.project)  # a file, or a project on a server (team mode)
    created = not project_exists(target)
    project = Project.create(target) if created else Project.open(target)
    try:
        plan = plan_file_import(project, args.source, replace_map=args.replace)
        project.apply_import(plan)
    except BaseException:
        project.close()
        if created:  # bad input changes nothing: not even an empty new project stays behind
            discard_project(target)
        raise
    project.close()
    print(f"imported {args.source}: {describe_plan(plan)}")
    return 0


def _run_export(args: argparse.Namespace) -> int:
    from netmap.project import Project
    from netmap.transfer import export_map

    with Project.open(args.project, read_only=True) as project:
        written = export_map(project, args.target, snapshot=args.snapshot, anonymize=args.anonymize,
                             paper=args.paper, landscape=args.landscape, language=args.lang,
                             compare_with=args.compare_with)
    print("wrote " + ", ".join(str(p) for p in written))
    return 0


def _run_snapshot(args: argparse.Namespace) -> int:
    from netmap.project import Project

    with Project.open(args.project) as project:
        info = project.take_snapshot(args.label, args.date, args.note)
    print(f"snapshot {info.label!r} of {info.taken_on.isoformat()} taken")
    return 0


def _run_analyze(args: argparse.Namespace) -> int:
    from netmap.analysis.report import analyze
    from netmap.project import Project
    from netmap.reports import format_analysis

    with Project.open(args.project, read_only=True) as project:
        state = project.snapshot_state(args.snapshot) if args.snapshot else project.state()
    kinds = [e.key for e in state.catalogue(CatalogueKind.TIE_KIND)]
    if args.tie_kind is not None and args.tie_kind not in kinds:
        known = ", ".join(kinds)
        raise NetMapError(tr("Errors", "unknown tie kind {0!r} (kinds: {1})").format(args.tie_kind, known))
    result = analyze(state, directed=args.directed, tie_kind=args.tie_kind)
    if args.json:
        _print_json(result)
    else:
        _install_language(state.info.language)
        sys.stdout.write(format_analysis(result, state.info.language))
    return 0


def _run_compare(args: argparse.Namespace) -> int:
    from netmap.compare import compare_states, comparison_to_dict
    from netmap.project import Project
    from netmap.reports import format_comparison

    with Project.open(args.project, read_only=True) as project:
        a = project.snapshot_state(args.label_a)
        b = project.snapshot_state(args.label_b)
    result = comparison_to_dict(compare_states(a, b), a, b)
    if args.json:
        _print_json(result)
    else:
        _install_language(b.info.language)
        sys.stdout.write(format_comparison(result, args.label_a, args.label_b, b))
    return 0


def _run_erase_person(args: argparse.Namespace) -> int:
    from netmap.project import Project

    with Project.open(args.project) as project:
        places = project.erase_person(args.name)
    print(f"erased {args.name!r} from: {', '.join(places)}")
    return 0


def _print_json(result: object) -> None:
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _install_language(language: str) -> None:
    from netmap.i18n import install_language

    install_language(language)


_RUNNERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _run_demo,
    "import": _run_import,
    "export": _run_export,
    "snapshot": _run_snapshot,
    "analyze": _run_analyze,
    "compare": _run_compare,
    "erase-person": _run_erase_person,
    **PARTICIPATION_RUNNERS,
}


def _run_gui(args: argparse.Namespace) -> int:
    from netmap.ui.app import run_app

    return run_app(args.project)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            runner = _RUNNERS[args.command]
        else:
            args = _gui_parser().parse_args(argv)
            runner = _run_gui
    except _UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        return runner(args)
    except NetMapError as exc:
        print(f"netmap: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"netmap: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
