"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.0"
FINGERPRINT = "964297bc35dfab9e909d811ddd7f0f0eeb1d0d5528bbc2f1ec503586816907ad"
