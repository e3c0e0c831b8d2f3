"""One module per place (or group of places): its sources (SOURCES) and its records
(JURISDICTIONS). The registry finds every module here; adding a place adds a module."""
