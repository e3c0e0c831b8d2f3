"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.6"
FINGERPRINT = "db61634119edc6b8794bfc82fc2c037c7ee136b470edbd009862c92d10141a3e"
