"""Oversight's URLs."""

from django.contrib import admin
from django.urls import path

from assessment import views

urlpatterns = [
    path("", views.landing, name="landing"),
    path("admin/", admin.site.urls),
]
