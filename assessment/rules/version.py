"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.2"
FINGERPRINT = "70689027703876587b775ee12ca9d30cd86314175b5df36925e11239e8cdfe53"
