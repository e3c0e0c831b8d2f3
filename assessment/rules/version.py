"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.6"
FINGERPRINT = "f930df6d9dc07a2925a1e0b2afd12b0a927a19e3e62dc5ee576b2c247b310f0b"
