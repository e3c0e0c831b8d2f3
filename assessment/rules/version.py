"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.6"
FINGERPRINT = "da0353918ef5594b8d39269fe1254cb31d94056e8cbeca2b7c90a402f6bad035"
