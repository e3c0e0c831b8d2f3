"""The catalogue of monitoring products: what each can collect, according to its
vendor's own documentation, one data file a product in `products/`."""
