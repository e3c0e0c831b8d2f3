"""Every module of the apps imports: a module moved to another package leaves no
import of its old place behind (the linter cannot tell a missing module from a
present one, and a page's module is imported only when its route is first asked)."""

import importlib
import pkgutil

import pytest

PACKAGES = ("assessment", "councils", "documents", "catalogue", "oversight")


def modules() -> list[str]:
    return sorted(
        info.name
        for package in PACKAGES
        for info in pkgutil.walk_packages([package], package + ".")
    )


def test_the_walk_finds_the_pages_and_the_migrations():
    found = modules()
    assert "assessment.views.transfer" in found
    assert "councils.agreements.files" in found
    assert "assessment.migrations.0001_initial" in found


@pytest.mark.parametrize("name", modules())
def test_every_module_imports(name):
    importlib.import_module(name)
