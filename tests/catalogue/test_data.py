"""Every product's file follows the schema, and the schema follows the assessment
format: the catalogue cannot say what the questionnaire could not record."""

import datetime
import tomllib

import jsonschema
import pytest

from assessment.facts import vocabulary as v
from catalogue import loader, schema

FILES = sorted(loader.PRODUCTS.glob("*.toml"))


def test_the_published_schema_is_the_one_the_loader_checks():
    assert schema.published() == schema.build()


def test_the_schema_takes_its_values_from_the_assessment_format():
    assert schema.FIELDS["data"] == v.DATA
    assert schema.FIELDS["devices"] == v.DEVICES
    assert schema.FIELDS["inferences"] == v.INFERENCES
    assert set(schema.FIELDS["decisions"]) == set(v.DECISIONS) - {v.UNKNOWN}


def test_there_are_thirty_products_or_more():
    assert len(FILES) >= 30


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_each_file_follows_the_schema(path):
    data = tomllib.loads(path.read_text())
    jsonschema.validate(data, schema.published())
    assert schema.problems(data) == []


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_each_statement_rests_on_a_dated_page_of_the_vendor(path):
    product = loader.read(path)
    for capability in product.capabilities:
        source = capability.source
        assert datetime.date(2020, 1, 1) <= source.retrieved <= datetime.date.today()
        assert source.url.startswith(("https://", "http://"))
        assert len(source.quote.split()) >= 3, "a quote, not a word"


def test_slugs_and_names_are_unique():
    products = loader.products()
    names = [loader.fold(name) for p in products for name in p.names]
    assert len(names) == len(set(names)), "a name or alias names one product only"
    assert len({p.slug for p in products}) == len(products)


BAD = [
    ({"kind": "spyware"}, "kind 'spyware'"),
    ({"capabilities": []}, "no capabilities"),
    ({"colour": "red"}, "unknown keys"),
]
CAPABILITY = {
    "field": "data",
    "values": ["screenshots"],
    "on_by_default": False,
    "source": {
        "url": "https://example.com/a",
        "retrieved": "2026-12-07",
        "quote": "It can take screenshots.",
    },
}
BAD_CAPABILITIES = [
    ({"values": ["mind_reading"]}, "'mind_reading' is not a value of data"),
    ({"field": "mood"}, "field 'mood'"),
    ({"on_by_default": "maybe"}, "on_by_default"),
    (
        {"source": {"url": "example.com", "retrieved": "2026-12-07", "quote": "abc"}},
        "no URL",
    ),
    (
        {"source": {"url": "https://e.com", "retrieved": "7 Dec", "quote": "abc"}},
        "date",
    ),
    ({"source": {"url": "https://e.com", "retrieved": "2026-12-07"}}, "no quote"),
    ({"field": "retention", "values": [40000]}, "out of range"),
]


def product(**changes) -> dict:
    data = {
        "vendor": "V",
        "product": "P",
        "edition": "E",
        "kind": "endpoint_activity",
        "capabilities": [CAPABILITY],
    }
    return data | changes


@pytest.mark.parametrize(("changes", "said"), BAD)
def test_the_loader_refuses_a_product_that_breaks_the_schema(changes, said):
    with pytest.raises(loader.CatalogueError, match=said):
        loader.parse("p", product(**changes))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(product(**changes), schema.published())


@pytest.mark.parametrize(("changes", "said"), BAD_CAPABILITIES)
def test_the_loader_refuses_a_capability_that_breaks_the_schema(changes, said):
    data = product(capabilities=[CAPABILITY | changes])
    with pytest.raises(loader.CatalogueError, match=said):
        loader.parse("p", data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema.published())


def test_a_retention_in_days_is_a_value():
    data = product(capabilities=[CAPABILITY | {"field": "retention", "values": [30]}])
    assert loader.parse("p", data).capabilities[0].values == (30,)
    jsonschema.validate(data, schema.published())
