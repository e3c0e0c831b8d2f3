"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.6"
FINGERPRINT = "9bbf9fd0eee78d7105df67fab04a55a8a7ed82f3c3d3901fc21bf03d4d0ea759"
