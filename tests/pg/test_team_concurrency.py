"""Several processes edit one team project at once, undo and redo included; every acknowledged
edit is checked against the server's own audit of row writes (issue 18).

The audit is a trigger the test installs on the actor table: every row write, with the row before
and after and the writing session's application_name ("NetMap user@host"). Each worker
(team_worker.py) reports what it meant to change at each acknowledged step: (row, attribute, the
value it expected to replace, the new value). Then:
- no lost update: every attribute change the server saw a worker make was one that worker meant,
  replacing exactly the value it expected (so it never overwrote a value it had not seen);
- every acknowledged change is stored (or another worker had already set the same value);
- every conflict names, for each attribute, the person who changed it last (by the audit) at the
  stored version the conflict reported.
NETMAP_CONCURRENCY_SECONDS sets how long the workers edit (default 20; at most 60 in the suite).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import psycopg
import pytest

from netmap.domain import Actor
from netmap.location import parse_location
from netmap.project import Project
from netmap.storage.postgres import APP_PREFIX

WORKERS = 4
ATTRIBUTES = ("name", "influence", "notes", "x", "y")
_AUDIT = """
CREATE TABLE {s}.audit (seq bigserial PRIMARY KEY, op text, row_id int, old jsonb, new jsonb, app text);
CREATE FUNCTION {s}.audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO {s}.audit (op, row_id, old, new, app) VALUES (TG_OP, COALESCE(NEW.id, OLD.id),
    CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END,
    current_setting('application_name'));
  RETURN NULL;
END $$;
CREATE TRIGGER audit_actor AFTER INSERT OR UPDATE OR DELETE ON {s}.actor
  FOR EACH ROW EXECUTE FUNCTION {s}.audit_actor();
"""


def _value(attribute: str, value: object) -> object:
    return value if attribute in ("name", "notes") else float(value)  # type: ignore[arg-type]


def _user(app: str) -> str:
    return app[len(APP_PREFIX):] if app.startswith(APP_PREFIX) else app


def _story(audit: list, logs: list, row: int, f: str) -> list[object]:  # type: ignore[type-arg]
    """For a failure message: who changed (row, f) how, and what each worker meant to."""
    story: list[object] = [(_user(app), op, new and new["version"],
                            [k for k in ATTRIBUTES if old and new and old[k] != new[k]],
                            old and old[f], new and new[f]) for _, op, r, old, new, app in audit if r == row]
    for log in logs:
        story += [(log["editor"], s["kind"], t[2], t[3]) for s in log["steps"] for t in s["transitions"]
                  if t[0] == row and t[1] == f]
    return story


def _connect(pg_database: str) -> psycopg.Connection:  # type: ignore[type-arg]
    url = parse_location(f"{pg_database}#x").engine_url  # type: ignore[union-attr]
    return psycopg.connect(url.render_as_string(hide_password=False).replace("postgresql+psycopg", "postgresql"),
                           autocommit=True)


def test_several_editors_with_undo_lose_no_update_and_conflicts_name_the_right_person(
        pg_database: str, team_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seconds = min(float(os.environ.get("NETMAP_CONCURRENCY_SECONDS", "20")), 60.0)
    monkeypatch.setenv("LOGNAME", "setup")
    with Project.create(team_location) as setup:
        setup.add_actors([Actor(f"Akteur {i}", influence=i, x=10.0 * i, y=0.0) for i in range(6)])
    schema = team_location.rpartition("#")[2]
    with _connect(pg_database) as conn:
        conn.execute(_AUDIT.format(s=f'"{schema}"'))  # type: ignore[arg-type]

    root = Path(__file__).resolve().parents[2]
    procs = []
    for n in range(WORKERS):
        env = dict(os.environ, LOGNAME=f"w{n}", PYTHONPATH=os.pathsep.join([str(root), str(root / "tests")]))
        procs.append(subprocess.Popen([sys.executable, str(Path(__file__).with_name("team_worker.py")),
                                       team_location, str(seconds), str(n + 1), str(tmp_path / f"w{n}.json")],
                                      env=env, stderr=subprocess.PIPE, text=True))
    for proc in procs:
        _, err = proc.communicate(timeout=seconds + 120)
        assert proc.returncode == 0, err[-3000:]
    logs = [json.loads((tmp_path / f"w{n}.json").read_text()) for n in range(WORKERS)]
    with _connect(pg_database) as conn:
        audit = conn.execute(f'SELECT seq, op, row_id, old, new, app FROM "{schema}".audit ORDER BY seq').fetchall()

    # What the server saw each user change, attribute by attribute.
    seen: dict[str, Counter[tuple[int, str, object, object]]] = {}
    writers: dict[tuple[int, str], set[object]] = {}
    for _, op, row, old, new, app in audit:
        if op != "UPDATE":
            continue
        for f in ATTRIBUTES:
            if old[f] != new[f]:
                change = (row, f, _value(f, old[f]), _value(f, new[f]))
                seen.setdefault(_user(app), Counter())[change] += 1
                writers.setdefault((row, f), set()).add((_user(app), _value(f, new[f])))

    acknowledged = sum(len(log["steps"]) for log in logs)
    undone = sum(1 for log in logs for s in log["steps"] if s["kind"] in ("undo", "redo"))
    assert acknowledged > 50 and undone > 10, (acknowledged, undone)
    lost, missing = [], []
    for log in logs:
        meant = Counter((row, f, _value(f, old), _value(f, new)) for s in log["steps"]
                        for row, f, old, new in s["transitions"] if old != new)
        made = seen.get(log["editor"], Counter())
        lost += [(log["editor"], c) for c in made - meant]  # a change nobody meant, or over an unseen value
        for row, f, old, new in (meant - made).elements():
            others = {value for who, value in writers.get((row, f), set()) if who != log["editor"]}
            if new not in others and old not in others:  # not already set so, nor undone over a colleague's
                missing.append((log["editor"], (row, f, old, new)))
    if lost:
        print("\n".join(map(str, _story(audit, logs, lost[0][1][0], lost[0][1][1]))))
    assert lost == [], lost[:5]
    assert missing == [], missing[:5]

    # Every conflict names the person who changed that attribute last, as the audit has it.
    conflicts = [c for log in logs for c in log["conflicts"] if c["what"] == "actor" and c["version"]]
    wrong = []
    for conflict in conflicts:
        assert conflict["by"] and conflict["authors"], conflict
        for field, named in conflict["authors"].items():
            columns = ("x", "y") if field == "position" else (field,)  # a move that kept x changed the position
            last = None
            for _, op, row, old, new, app in audit:
                if row != conflict["row"] or new is None or new["version"] > conflict["version"]:
                    continue
                if op == "INSERT" or any(old[c] != new[c] for c in columns):
                    last = _user(app)
            if last != named:
                if not wrong:
                    print("\n".join(map(str, _story(audit, logs, conflict["row"], columns[0]))))
                wrong.append((field, named, last, conflict["text"]))
    assert wrong == [], wrong[:5]
    assert len(conflicts) > 0
    print(f"{acknowledged} acknowledged steps ({undone} undo/redo), {len(conflicts)} conflicts, "
          f"{len(audit)} audited row writes, 0 lost")
