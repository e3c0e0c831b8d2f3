"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.2"
FINGERPRINT = "1f71a9592f3372f9867423f49db3a2b3a337b58a6f6044e504b079c222e84730"
