"""The infrastructure as an installed app: it holds the attempt counters' model,
the `db_worker` command and the `languages` template tags."""

from django.apps import AppConfig
from django.core import checks


class LibConfig(AppConfig):
    name = "oversight.lib"
    label = "lib"

    def ready(self):
        from oversight.lib.client_address import check_proxy_is_counted

        checks.register(check_proxy_is_counted, checks.Tags.security, deploy=True)
