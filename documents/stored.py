"""Rendered documents kept in the cache, rendered once per key across processes.

A key names the content (digest, ruleset, language, date), so a stored file is never
stale. While one process renders a key it holds a lock in the cache (`cache.add`, which
only one process wins); the others wait for its file instead of rendering their own.
The lock expires after DOCUMENT_RENDER_WAIT seconds, so a process that died while
rendering holds nobody up for longer than that.
"""

import logging
import secrets
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

KEEP_FOR = 24 * 3600  # a stored document's key holds the day: a day is enough
QUEUED_FOR = 60  # one task per key and minute, however often the page is shown
POLL_EVERY = 0.05  # seconds between looks at a render that another process makes


def _lock(key: str) -> str:
    return f"{key}:rendering"


def _take_lock(key: str) -> str | None:
    """The lock on rendering `key`, if this process wins it: a token of its own, so
    that it never lets go of a lock that expired and passed to another process."""
    owner = secrets.token_hex(8)
    if cache.add(_lock(key), owner, timeout=settings.DOCUMENT_RENDER_WAIT):
        return owner
    return None


def _render_and_store(key: str, render: Callable[[], bytes], owner: str) -> bytes:
    """Render under the lock this process holds, store, and let the lock go."""
    try:
        content = cache.get(key)  # finished between our last look and the lock
        if content is None:
            content = render()
            cache.set(key, content, timeout=KEEP_FOR)
        return content
    finally:
        if cache.get(_lock(key)) == owner:
            cache.delete(_lock(key))


def _mark_queued(name: str) -> bool:
    return cache.add(f"{name}:queued", True, timeout=QUEUED_FOR)


def queue_once(name: str) -> bool:
    """Whether the task `name` was not queued in the last minute; it now is. A page
    shown again costs one look at the cache."""
    return not cache.has_key(f"{name}:queued") and _mark_queued(name)


def should_queue(key: str) -> bool:
    """Whether to queue a render of `key`: it is neither queued in the last minute,
    nor stored, nor being rendered (the answer marks it queued). A page shown again
    costs one look at the cache."""
    if any(cache.has_key(name) for name in (f"{key}:queued", key, _lock(key))):
        return False
    return _mark_queued(key)


def render_once(key: str, render: Callable[[], bytes]) -> bool:
    """For a task: render and store `key` unless it is stored or another process is
    rendering it; never waits. Whether it rendered."""
    if cache.has_key(key):
        return False
    owner = _take_lock(key)
    if owner is None:
        return False
    _render_and_store(key, render, owner)
    return True


def stored(key: str, render: Callable[[], bytes]) -> bytes:
    """For a download: the stored file; else the one another process is rendering,
    waited for; else rendered here and stored.

    The wait is bounded: a render's lock lives DOCUMENT_RENDER_WAIT seconds, after
    which one waiter takes it over. A waiter that still has nothing after twice that
    renders without the lock rather than fail the download.
    """
    content = cache.get(key)
    if content is not None:
        return content
    give_up = time.monotonic() + 2 * settings.DOCUMENT_RENDER_WAIT
    while (owner := _take_lock(key)) is None:
        time.sleep(POLL_EVERY)
        content = cache.get(key)
        if content is not None:
            return content
        if time.monotonic() > give_up:
            logger.warning("rendering %s without the lock: waited too long", key)
            content = render()
            cache.set(key, content, timeout=KEEP_FOR)
            return content
    return _render_and_store(key, render, owner)
