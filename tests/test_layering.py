"""Imports run from the pages down to the facts, never back up: the facts, the rules
and the law know nothing of Django; an app's pages are imported by its own pages and
routes only, so what several pages share lives outside views/."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("assessment", "catalogue", "councils", "documents")

# (modules under these folders, may not import these, why)
LAYERS = [
    ("assessment/facts", ("django",), "the facts are plain Python"),
    ("assessment/rules", ("django",), "the rules are plain Python"),
    ("assessment/law", ("django",), "the law registry is plain Python"),
    ("assessment/questionnaire.py", ("django",), "the question table is plain Python"),
    ("assessment/policy_check", ("django",), "the policy check is plain Python"),
    ("bench/policy_score.py", ("django",), "the policy figures are plain Python"),
    ("oversight/lib/text.py", ("django",), "cleaning text is plain Python"),
    (
        "documents/reply_text.py",
        ("django", "assessment", "councils"),
        "the reply reader's child starts fast and sees no settings",
    ),
    ("documents/replies.py", ("django",), "reading a reply is plain Python"),
    (
        "assessment/products.py",
        ("django",),
        "the hook a catalogue of products plugs into is plain Python",
    ),
    (
        "assessment",
        ("catalogue",),
        "the core and the employee's pages know no catalogue: it plugs into "
        "assessment/products.py",
    ),
    ("councils", ("catalogue",), "the councils know no catalogue"),
    ("documents", ("catalogue",), "the catalogue registers its letter itself"),
    ("catalogue/schema.py", ("django",), "the catalogue's schema is plain Python"),
    ("catalogue/loader.py", ("django",), "the catalogue's loader is plain Python"),
    ("catalogue/prefill.py", ("django",), "pre-filling a practice is plain Python"),
    ("catalogue/recognise.py", ("django",), "finding names in a text is plain Python"),
    (
        "councils/agreements/library.py",
        ("django", "documents"),
        "the clause library is plain data and Python",
    ),
    (
        "councils/agreements/check.py",
        ("django", "documents"),
        "reading an employer's draft agreement is plain Python",
    ),
    ("documents", ("councils.agreements",), "the documents engine knows no agreements"),
    (
        "documents/views/followup.py",
        ("councils",),
        "the follow-through pages ask the owner of letters, never which kind it is",
    ),
    (
        "documents/urls.py",
        ("councils",),
        "each app mounts the follow-through of its own audience",
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


def modules(folder: str) -> list[str]:
    """The Python files under a folder (or the one file), but Django's record of
    the models."""
    if folder.endswith(".py"):
        return [folder]
    return [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "/migrations/" not in path.as_posix()
    ]


def offences(relative: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{relative} imports {name}"
        for name in sorted(imported(ROOT / relative))
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


@pytest.mark.parametrize(("folder", "forbidden", "why"), LAYERS)
def test_no_import_goes_back_up(folder, forbidden, why):
    found = [line for m in modules(folder) for line in offences(m, forbidden)]
    assert found == [], why


# The arrows between the apps run one way: assessment <- documents <- councils (and
# the catalogue plugs into assessment/products.py and the letters registry). Pages,
# routes and management commands may reach across; every other module may not.
ABOVE = {
    "assessment": ("documents", "councils", "catalogue"),
    "documents": ("councils", "catalogue"),
}


def may_reach_across(relative: str) -> bool:
    """Pages, routes and commands are the top of every app."""
    app = relative.split("/")[0]
    return (
        relative.startswith(f"{app}/views/")
        or relative == f"{app}/urls.py"
        or relative.startswith(f"{app}/management/")
    )


def upward_imports() -> set[str]:
    return {
        line
        for app, above in ABOVE.items()
        for m in modules(app)
        if not may_reach_across(m)
        for line in offences(m, above)
    }


def test_the_apps_import_one_way_only():
    assert sorted(upward_imports()) == [], (
        "assessment imports no documents, councils or catalogue, and documents no "
        "councils or catalogue, but in pages, routes and commands: the app above "
        "plugs in through a hook the one below defines (docs/contributing.md)"
    )


def test_the_direction_check_sees_what_it_should():
    assert may_reach_across("councils/views/take_part.py")
    assert may_reach_across("assessment/management/commands/purge.py")
    assert may_reach_across("documents/urls.py")
    assert not may_reach_across("documents/followup.py")
    assert offences("assessment/views/journey.py", ABOVE["assessment"])


# Beneath every app lies the infrastructure (oversight/lib: limits and counters,
# middleware, logging, health, formats): it imports no app, nor the project's
# settings, URLs or admin, which import the apps. Every app may import it.
LEAF = "oversight/lib"


def outside_the_leaf(name: str) -> bool:
    """Whether the leaf may not import this module: an app's, or the project's but
    the leaf's own."""
    if name == "oversight.lib" or name.startswith("oversight.lib."):
        return False
    return any(
        name == top or name.startswith(top + ".") for top in (*APPS, "oversight")
    )


def test_the_infrastructure_imports_no_app():
    found = [
        f"{m} imports {name}"
        for m in modules(LEAF)
        for name in sorted(imported(ROOT / m))
        if outside_the_leaf(name)
    ]
    assert found == [], (
        "oversight/lib imports no app and none of the project's settings, URLs or "
        "admin: what it needs of them comes in through settings (docs/contributing.md)"
    )


def test_the_leaf_check_sees_an_app_or_the_project(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "from django.conf import settings\n"
        "from oversight.lib import text\n"
        "import oversight.lib.limits\n\n\n"
        "def f():\n"
        "    from councils.models import Campaign\n"
        "    import oversight.urls\n"
    )
    assert sorted(filter(outside_the_leaf, imported(module))) == [
        "councils.models",
        "councils.models.Campaign",
        "oversight.urls",
    ]
    assert modules(LEAF), "the leaf is where the check looks"


def other_apps_pages(relative: str) -> tuple[str, ...]:
    """The views a module may not import: every app's, but those of its own app
    for its pages and its routes."""
    app = relative.split("/")[0]
    own = relative.startswith(f"{app}/views/") or relative == f"{app}/urls.py"
    return tuple(f"{other}.views" for other in APPS if other != app or not own)


@pytest.mark.parametrize("folder", [*APPS, "oversight", "bench"])
def test_pages_are_imported_by_their_own_app_only(folder):
    found = [line for m in modules(folder) for line in offences(m, other_apps_pages(m))]
    assert found == [], (
        "a page imports no other app's pages, and no other module imports pages: "
        "what pages share lives outside views/ (assessment/access.py, "
        "documents/http.py, councils/selectors.py)"
    )


def test_the_check_sees_a_page_importing_another_apps_page():
    assert other_apps_pages("councils/views/campaigns.py") == (
        "assessment.views",
        "catalogue.views",
        "documents.views",
    )
    assert other_apps_pages("councils/services.py") == (
        "assessment.views",
        "catalogue.views",
        "councils.views",
        "documents.views",
    )


def test_the_check_sees_imports_inside_functions(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from django.conf import settings\n")
    assert "django.conf" in imported(module)
