"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.4"
FINGERPRINT = "d70695ccfca7d10032e7121d9310cb64feba249f012b76527c063a8af28f1a29"
