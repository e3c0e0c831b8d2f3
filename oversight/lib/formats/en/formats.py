"""English dates as European readers and letters write them: 4 January 2027."""

DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
