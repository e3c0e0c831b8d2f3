"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.2"
FINGERPRINT = "368b5b1cfbf40b387b35a5324828fb4ae70240df27f78fb080ff0440bbe0f150"
