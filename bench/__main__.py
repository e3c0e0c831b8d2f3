"""python -m bench [--councils-only | --policy-only | --downloads-only]: run from the
repository's root, with the settings manage.py uses (DATABASE_URL and the rest from
the environment)."""

import os
import sys


def run() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    import django

    django.setup()
    from bench.run import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
