"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.4"
FINGERPRINT = "e582cdcb7b7976b176b8a8c064b22711efcbba1a6ea7b04575166d23c045d342"
