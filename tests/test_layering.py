"""Imports run from the pages down to the facts, never back up: the facts, the rules
and the law know nothing of Django; councils and documents know nothing of pages."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# (modules under these folders, may not import these, why)
LAYERS = [
    ("assessment/facts", ("django",), "the facts are plain Python"),
    ("assessment/rules", ("django",), "the rules are plain Python"),
    ("assessment/law", ("django",), "the law registry is plain Python"),
    (
        "councils",
        ("assessment.views", "documents.views", "councils.views"),
        "councils' services and figures serve the pages, not the other way round",
    ),
    (
        "documents",
        ("assessment.views", "councils.views", "documents.views"),
        "documents are made for the pages, not from them",
    ),
]


def imported(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def offences(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if (
            "/views/" in relative
            or "/migrations/" in relative
            or relative.endswith("/urls.py")
        ):
            continue  # the pages, their routes, and Django's record of the models
        for name in sorted(imported(path)):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{relative} imports {name}")
    return found


@pytest.mark.parametrize(("folder", "forbidden", "why"), LAYERS)
def test_no_import_goes_back_up(folder, forbidden, why):
    assert offences(folder, forbidden) == [], why


def test_the_check_sees_imports_inside_functions(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from django.conf import settings\n")
    assert "django.conf" in imported(module)
