"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.0"
FINGERPRINT = "e554e65087bbe5875b879ae8b77f624c6238af63fed83dfa74eb52d2577942c6"
