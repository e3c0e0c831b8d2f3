"""The admin app, with Oversight's admin site (oversight.admin) as its default."""

from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig


class AdminConfig(DjangoAdminConfig):
    default_site = "oversight.admin.AdminSite"
