"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.3"
FINGERPRINT = "f8c61d2f5511afea1fc413f73f3c912f25480618daa23bf905895020169d6d1c"
