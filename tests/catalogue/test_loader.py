"""The loader reads a folder of products and finds them by name or alias."""

import datetime

import pytest

from catalogue import loader

ONE = """
vendor = "Acme"
product = "Acme Watch"
edition = "2.0"
aliases = ["AcmeAgent"]
kind = "endpoint_activity"

[[capabilities]]
field = "data"
values = ["screenshots"]
on_by_default = true
source = { url = "https://acme.example/a", retrieved = "2025-01-02", quote = "It takes screenshots." }

[[capabilities]]
field = "data"
values = ["webcam"]
on_by_default = "unknown"
source = { url = "https://acme.example/b", retrieved = "2026-12-07", quote = "It can take webcam shots.", updated = "Updated last week" }
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "acme-watch.toml").write_text(ONE)
    (tmp_path / "zeta.toml").write_text(
        ONE.replace("Acme Watch", "Zeta")
        .replace("AcmeAgent", "Zed")
        .replace('"Acme"', '"Zeta Corp"')
    )
    return tmp_path


def test_it_reads_every_file_with_its_slug(folder):
    products = loader.load(folder)
    assert [p.slug for p in products] == ["acme-watch", "zeta"]
    acme = products[0]
    assert acme.names == ("Acme Watch", "AcmeAgent")
    assert [c.key for c in acme.by_default] == ["data:screenshots"]
    assert [c.key for c in acme.optional] == ["data:webcam"]
    assert acme.optional[0].on_by_default is None
    assert acme.oldest_source == datetime.date(2025, 1, 2)
    assert acme.sources[1].updated == "Updated last week"
    assert acme.capability("data:webcam").source.url == "https://acme.example/b"


def test_a_file_with_a_wrong_name_or_content_is_refused(folder):
    (folder / "Bad Name.toml").write_text(ONE)
    with pytest.raises(loader.CatalogueError, match="slug"):
        loader.load(folder)
    (folder / "Bad Name.toml").unlink()
    (folder / "broken.toml").write_text(ONE.replace('"screenshots"', '"thoughts"'))
    with pytest.raises(loader.CatalogueError, match="broken: capability 1"):
        loader.load(folder)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("acme", ["acme-watch"]),
        ("  ACMÉ   watch ", ["acme-watch"]),
        ("zed", ["zeta"]),
        ("agent", ["acme-watch"]),
        ("e", ["acme-watch", "zeta"]),
        ("z", ["zeta"]),
        ("corp", ["zeta"]),
        ("", ["acme-watch", "zeta"]),
        ("nothing", []),
    ],
)
def test_search_finds_names_and_aliases(folder, query, found):
    products = loader.load(folder)
    assert [p.slug for p in loader.search(query, products)] == found


def test_the_catalogue_is_read_once_and_found_by_slug():
    assert loader.products() is loader.products()
    assert loader.get("teramind").vendor == "Teramind"
    assert loader.get("no-such-product") is None


def test_what_the_product_does_by_design_is_filled_in_like_a_default(folder):
    """`on_by_default = "core"`: the documentation says the product does it by
    design but names no default setting; it is pre-filled (marked as the
    documentation's), not asked, and the page says which of the two it is."""
    from catalogue import prefill, wording

    (folder / "zeta.toml").write_text(
        ONE.replace("Acme Watch", "Zeta")
        .replace("AcmeAgent", "Zed")
        .replace("on_by_default = true", 'on_by_default = "core"')
    )
    zeta = loader.load(folder)[1]
    assert zeta.capabilities[0].on_by_default == "core"
    assert [c.key for c in zeta.by_default] == ["data:screenshots"]
    assert [c.key for c in zeta.optional] == ["data:webcam"]
    assert prefill.answers([zeta]) == {"data": ["screenshots"]}
    assert "by design" in str(wording.DEFAULTS["core"])
    (folder / "zeta.toml").write_text(
        ONE.replace("on_by_default = true", 'on_by_default = "usually"')
    )
    with pytest.raises(loader.CatalogueError, match="'core'"):
        loader.load(folder)
