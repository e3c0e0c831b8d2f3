"""Reading an assessment file for a command, failing with exit status 2 and one line;
the options that several commands share."""

import argparse
import datetime
from pathlib import Path

from django.conf import settings
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


def as_of_date(text: str) -> datetime.date:
    """The --as-of option: a day as YYYY-MM-DD (argparse reports a bad one, exit 2)."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date in the form YYYY-MM-DD"
        ) from None


def add_as_of(parser) -> None:
    parser.add_argument(
        "--as-of",
        type=as_of_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="read the law as it stands on this day (default: today)",
    )


def add_lang(parser) -> None:
    """The --lang option: one of the languages in settings.LANGUAGES."""
    parser.add_argument(
        "--lang",
        choices=[code for code, _name in settings.LANGUAGES],
        default=settings.LANGUAGE_CODE,
    )
