"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.0"
FINGERPRINT = "98e6901999884cbd993693fcf8871736b5b5f97cd0dae6c1f8239da2d4576dd2"
