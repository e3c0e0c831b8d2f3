"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.3"
FINGERPRINT = "45e21024c0d778b653a339dee4ec26f1ab3182406751b69f92c7b39d9e8b71d1"
