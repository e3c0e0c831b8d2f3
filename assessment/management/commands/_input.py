"""Reading an assessment file for a command, failing with exit status 2 and one line."""

from pathlib import Path

from django.core.management.base import CommandError

from assessment import facts


def read_assessment(path: str) -> facts.Assessment:
    try:
        text = Path(path).read_bytes()
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file", returncode=2) from None
    except (IsADirectoryError, PermissionError) as exc:
        raise CommandError(
            f"{path}: cannot read ({exc.strerror})", returncode=2
        ) from None
    try:
        return facts.load_assessment(text)
    except facts.InvalidAssessment as exc:
        problems = "; ".join(str(error) for error in exc.errors)
        raise CommandError(f"{path}: {problems}", returncode=2) from None
