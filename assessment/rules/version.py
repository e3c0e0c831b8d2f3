"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.5"
FINGERPRINT = "0dba2eab0eba4bef2ea80434c0ed8960295f2c90e079304e251a1dbae4eb0cd7"
