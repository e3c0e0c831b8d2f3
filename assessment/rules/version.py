"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.3"
FINGERPRINT = "e28f95e5a3ad913b52ecf24d8c8b04772aba4aec6caf67ed2b3176347d01b1f0"
