"""The address a request came from, as every limit and throttle counts it."""

import ipaddress

from django.conf import settings
from django.core import checks
from django.http import HttpRequest
from ipware import get_client_ip

# An IPv6 user is handed a whole /64 network: counted by address, they could change
# address at every try.
IPV6_NETWORK_PREFIX = 64


def client_address(request: HttpRequest) -> str:
    """The client's address, or for IPv6 its /64 network; never stored in clear.

    With no trusted proxy (TRUSTED_PROXY_COUNT 0) it is the connection's own address
    and X-Forwarded-For is ignored: anyone may send one. Behind N trusted proxies it
    is the Nth entry from the right of X-Forwarded-For, the one the outermost trusted
    proxy wrote: entries a client sent itself stand further left and are never
    read. A header that cannot be read counts as the connection's address (the
    proxy's), shared by every such request, so a made-up header escapes no limit.
    """
    address = None
    if proxies := settings.TRUSTED_PROXY_COUNT:
        # django-ipware counts the proxies listed in the header after the client; the
        # nearest proxy is not among them (its address is REMOTE_ADDR). At least that
        # many (strict=False): what a client sent itself comes before them.
        address, _routable = get_client_ip(
            request,
            proxy_count=proxies - 1,
            request_header_order=["HTTP_X_FORWARDED_FOR"],
            strict=False,
        )
    if address is None:
        address, _routable = get_client_ip(
            request, request_header_order=["REMOTE_ADDR"]
        )
    if address is None:  # not an IP address (a Unix socket, say)
        return request.META.get("REMOTE_ADDR", "")
    if ipaddress.ip_address(address).version == 6:
        network = ipaddress.ip_network((address, IPV6_NETWORK_PREFIX), strict=False)
        return str(network)
    return address


def check_proxy_is_counted(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """A deployment check: behind a TLS proxy with no proxy counted, every client has
    the proxy's address, and one client's failures lock everyone out."""
    if settings.SECURE_PROXY_SSL_HEADER and not settings.TRUSTED_PROXY_COUNT:
        return [
            checks.Warning(
                "BEHIND_TLS_PROXY is set but TRUSTED_PROXY_COUNT is 0: every limit "
                "counts the proxy's address, so one client can lock out everyone.",
                hint="Set TRUSTED_PROXY_COUNT=1 and have the proxy add "
                "X-Forwarded-For (README, 'Running in production').",
                id="lib.W001",
            )
        ]
    return []
