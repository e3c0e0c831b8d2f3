"""What every app stands on and no app owns: the limits and their counters, the
client's address behind the proxies, the middleware that refuses oversized requests
and cleans text, redacting secrets from the logs, /healthz and the task worker that
takes back lost tasks, date formats, languages' names and file downloads.

It imports no app (tests/test_layering.py); every app may import it, and the
Django-free `text` may be imported by the plain-Python core too."""
