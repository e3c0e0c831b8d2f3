"""The ruleset's version, and the fingerprint of the catalogue it names.

The fingerprint is made from what the catalogue says and does, not from how its code
is written (tests/rules/fingerprint.py): the rules and the sources they cite as data,
and the results they give on the worked examples and on answers varied one at a
time. A change to any of these changes it; the test suite then fails until
RULESET_VERSION moves and the new fingerprint is written here (the failure of
tests/rules/test_versioning.py prints it, as does `python -m tests.rules.fingerprint`).
A refactor or a change of layout that changes no verdict keeps the version.
"""

RULESET_VERSION = "2026.12.8"
FINGERPRINT = "ba617209e241ac6b662dcb076600d577f29c4d654a10c91089e40e18f699762b"
