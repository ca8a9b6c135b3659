"""A throwaway PostgreSQL server for the tests, started once per test run.

`shared_server()` returns the address of a database on a server that belongs to this test run:
- `NETMAP_TEST_POSTGRES` set (postgresql://USER:PASSWORD@HOST:PORT/DB): that database is used;
- otherwise a new cluster of Debian's postgresql package (installed with apt-get when it is
  missing and we are root) is created in a temporary folder, listens on 127.0.0.1 only on a free
  port, and is stopped and deleted when the Python process ends.
initdb refuses to run as root, so as root the cluster belongs to the `postgres` user that the
package creates (through `runuser`). When no server can be had, `ServerUnavailable` says why and
the PostgreSQL tests skip with that reason.
"""

from __future__ import annotations

import atexit
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ServerUnavailable", "database_or_skip", "shared_server"]


class ServerUnavailable(Exception):
    pass


@dataclass
class _Server:
    url: str | None = None
    error: str | None = None


_state: _Server | None = None


def shared_server() -> str:
    """The address of the test database (without a #PROJECT), starting the server on first use."""
    global _state
    if _state is None:
        _state = _Server()
        try:
            _state.url = os.environ.get("NETMAP_TEST_POSTGRES") or _start_cluster()
        except ServerUnavailable as exc:
            _state.error = str(exc)
    if _state.url is None:
        raise ServerUnavailable(_state.error or "PostgreSQL is not available")
    return _state.url


def _binaries() -> Path | None:
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if versions:
        return Path(versions[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _install() -> None:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise ServerUnavailable("PostgreSQL is not installed (apt-get install postgresql) and cannot be "
                                "installed from here (needs root and apt-get)")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "postgresql"]):
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
        if result.returncode != 0:
            raise ServerUnavailable(f"installing PostgreSQL failed: {' '.join(command)}: "
                                    f"{result.stderr.strip()[-300:]}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_cluster() -> str:
    bindir = _binaries()
    if bindir is None:
        _install()
        bindir = _binaries()
        if bindir is None:
            raise ServerUnavailable("apt-get installed postgresql, but no initdb was found")
    as_user: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="netmap-pg-"))
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        try:
            import pwd

            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise ServerUnavailable("running as root, and there is no 'postgres' user to run the server as") \
                from None
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data, log = folder / "data", folder / "server.log"
    password = secrets.token_hex(16)
    pwfile = folder / "pw"
    pwfile.write_text(password + "\n")
    if as_user:
        os.chown(pwfile, owner.pw_uid, owner.pw_gid)

    def run(*args: str) -> None:
        result = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            detail = (result.stderr or result.stdout).strip()[-500:]
            if log.exists():
                detail += " | " + log.read_text(errors="replace")[-500:]
            raise ServerUnavailable(f"{Path(args[0]).name} failed: {detail}")

    run(str(bindir / "initdb"), "-D", str(data), "-U", "netmap", f"--pwfile={pwfile}",
        "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync")
    pwfile.unlink()
    port = _free_port()
    # Loopback only, a socket folder of our own, and no fsync: this server holds test data only.
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", options, "start")

    def stop() -> None:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)
    _create_database(port, password)
    return f"postgresql://netmap:{password}@127.0.0.1:{port}/netmap_test"


def _create_database(port: int, password: str) -> None:
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=port, user="netmap", password=password, dbname="postgres",
                         autocommit=True, connect_timeout=10) as conn:
        conn.execute("CREATE DATABASE netmap_test")


def database_or_skip() -> str:
    """For a session fixture: the database address, or a skip with the reason (a failure on CI,
    which runs as root with apt, where the server must run)."""
    import pytest

    try:
        return shared_server()
    except ServerUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL could not be started: {exc}")
        pytest.skip(f"PostgreSQL could not be installed or started: {exc}")
