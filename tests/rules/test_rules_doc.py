"""docs/rules.md justifies the severity of every rule: its table is the catalogue's."""

import re
from pathlib import Path

from tests.commands.test_assess_and_rules import call

DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
TABLE = re.compile(
    r"<!-- severity table: start -->\n(.*)<!-- severity table: end -->", re.S
)


def test_docs_rules_lists_every_rule_with_what_earns_its_severity():
    expected = call("rules", "--format", "markdown", "--as-of", "2026-12-01").strip()
    written = TABLE.search(DOC.read_text())[1].strip()
    assert written == expected, (
        "docs/rules.md is out of date: paste the output of "
        "`manage.py rules --format markdown --as-of 2026-12-01` between its markers"
    )
