"""The report's and the letters' pages, and following letters through."""
