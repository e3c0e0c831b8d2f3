"""Run the whole suite again on a throwaway PostgreSQL cluster (make test's 2nd leg).

`postgres_leg.py --run ARG ...` runs this Python with those arguments against such a
cluster instead: `--run -m bench --councils-only` is how make bench gets the `_pg`
figures.

The cluster lives in a temporary directory, listens only on a Unix socket there, and is
removed afterwards. Without PostgreSQL's server binaries the leg is skipped with a
message, unless OVERSIGHT_REQUIRE_POSTGRES=1 (as in CI), when that is an error.
"""

import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def server_binary(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return shutil.which(name) or (found[-1] if found else None)


def run_as(user: str | None) -> list[str]:
    return ["runuser", "-u", user, "--"] if user else []


def main() -> int:
    initdb, pg_ctl = server_binary("initdb"), server_binary("pg_ctl")
    if not (initdb and pg_ctl):
        print(
            "PostgreSQL leg SKIPPED: no initdb/pg_ctl found "
            "(on Debian: apt-get install postgresql)."
        )
        return 1 if os.getenv("OVERSIGHT_REQUIRE_POSTGRES") == "1" else 0

    home = Path(tempfile.mkdtemp(prefix="oversight-pg-"))
    user = None
    if os.geteuid() == 0:  # initdb refuses to run as root
        user = "postgres" if _user_exists("postgres") else "nobody"
        record = pwd.getpwnam(user)
        os.chown(home, record.pw_uid, record.pw_gid)
    data, log = home / "data", home / "server.log"
    quiet = {"stdout": subprocess.DEVNULL, "check": True}
    options = (
        f"-k {home} -c listen_addresses='' -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off"
        # The burst tests hold more than 100 connections at once.
        " -c max_connections=200"
    )
    try:
        subprocess.run(
            [
                *run_as(user),
                initdb,
                "-D",
                str(data),
                "-U",
                "oversight",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
            ],
            **quiet,
        )
        subprocess.run(
            [
                *run_as(user),
                pg_ctl,
                "-D",
                str(data),
                "-l",
                str(log),
                "-w",
                "-o",
                options,
                "start",
            ],
            **quiet,
        )
        env = {
            **os.environ,
            "DATABASE_URL": f"postgres://oversight@/oversight?host={home}",
        }
        print(f"PostgreSQL leg: throwaway cluster on socket {home}", flush=True)
        if sys.argv[1:2] == ["--run"]:
            return subprocess.call([sys.executable, *sys.argv[2:]], env=env)
        return subprocess.call([sys.executable, "-m", "pytest", *sys.argv[1:]], env=env)
    except subprocess.CalledProcessError as exc:
        print(f"PostgreSQL leg FAILED to start a cluster: {exc}")
        if log.exists():
            print(log.read_text())
        return 1
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                [*run_as(user), pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                stdout=subprocess.DEVNULL,
                check=False,
            )
        shutil.rmtree(home, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
