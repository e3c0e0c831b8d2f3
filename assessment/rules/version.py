"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.0"
CATALOGUE_FINGERPRINT = "b2fa25ac928b9041b0499c95c99ee5436a236930e679fd57836e20ebf9c08062"
