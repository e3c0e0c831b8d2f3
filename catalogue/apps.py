"""The catalogue app: the products' pages, their JSON, and the hook that lets the
questionnaire offer them."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = _("Catalogue of monitoring products")
