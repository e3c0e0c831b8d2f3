"""A server process makes its first letter as it starts, unless told not to."""

import os
import subprocess
import sys

from django.conf import settings

LOADED = """
import sys
import oversight.wsgi
from documents import pdf
print(
    "weasyprint" in sys.modules,
    pdf._shared.cache_info().currsize,
    "docx" in sys.modules,
    "holidays.countries" in sys.modules,
)
"""


def loaded_by_start(warm_up: str) -> str:
    """What the WSGI module loaded in a fresh process, as four words."""
    env = {**os.environ, "WARM_UP_DOCUMENTS": warm_up}
    return subprocess.run(
        [sys.executable, "-c", LOADED],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout.strip()


def test_a_starting_server_loads_what_the_first_letter_needs():
    assert loaded_by_start("true") == "True 1 True True"


def test_without_the_warm_up_a_server_loads_none_of_it():
    assert loaded_by_start("false") == "False 0 False False"
