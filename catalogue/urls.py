"""The catalogue's URLs (namespace "catalogue")."""

from django.urls import path

from catalogue.views import choose, pages

app_name = "catalogue"

urlpatterns = [
    path("products/", pages.product_list, name="products"),
    path("products.json", pages.products_json, name="products_json"),
    path("products/<slug:slug>/", pages.product_detail, name="product"),
    path("products/<slug:slug>.json", pages.product_json, name="product_json"),
    path(
        "assess/<uuid:public_id>/practices/new/product/",
        choose.choose,
        name="choose",
    ),
]
