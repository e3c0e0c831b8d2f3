"""The ruleset's version, and the fingerprint of the catalogue it names.

Any change to the rules or the sources they cite changes the fingerprint; the test
suite then fails until RULESET_VERSION moves and the new fingerprint is written here
(tests/rules/test_versioning.py prints it).
"""

RULESET_VERSION = "2026.12.1"
FINGERPRINT = "a15383113b06ebfec719e9704b7ddf80f16eaa8c5bec0ca282160b4ac3f033a9"
