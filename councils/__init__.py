"""Works councils: campaigns that collect anonymous assessments, and their aggregates."""
