"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.0"
FINGERPRINT = "4633fdc7685a0ed362f8b658c8a50fe921790ffd3def8e853618315bbc710122"
