"""Django's admin as Oversight serves it: its sign-in throttled like the councils'."""

from django.contrib import admin

from councils.forms import ThrottledAdminLoginForm


class AdminSite(admin.AdminSite):
    login_form = ThrottledAdminLoginForm
