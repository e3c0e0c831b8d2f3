"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.3"
FINGERPRINT = "93f980a263e04128e7ede2db1cdeb129b4ceb5d58a12a0ac922fca15f06cc7f6"
