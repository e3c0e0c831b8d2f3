"""The catalogue app: the products' pages and their JSON, the product search of the
questionnaire (through the core's hook, assessment/products.py) and the letter that
asks HR which features are on."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = _("Catalogue of monitoring products")

    def ready(self):
        from catalogue import hook, letters  # noqa: F401  (registers its letter)

        hook.register()
