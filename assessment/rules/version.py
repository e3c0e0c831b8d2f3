"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.1"
FINGERPRINT = "d051f59769f8acc7cd2057ab585a900c837a122b56c4d37083d06e6355116166"
