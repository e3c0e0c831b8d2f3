"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.3"
FINGERPRINT = "e21d1266b558152d0a044a6f467578fe7c185202cb646313a4c14f9b988b0c83"
