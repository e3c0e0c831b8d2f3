"""Rendered documents kept in the cache, rendered once per key across processes.

A key names the content (digest, ruleset, language, date), so a stored file is never
stale. While one process renders a key it holds a lock in the cache (`cache.add`, which
only one process wins); the others wait for its file instead of rendering their own.
The lock is a short lease that the renderer renews while it works: a process that died
while rendering holds nobody up for longer than RENDER_LEASE seconds.
"""

import contextlib
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator

from django.conf import settings
from django.core.cache import cache
from django.db import connections

logger = logging.getLogger(__name__)

KEEP_FOR = 24 * 3600  # a stored document's key holds the day: a day is enough
RENDER_LEASE = 5  # seconds a render's lock outlives its last renewal
POLL_EVERY = 0.05  # seconds between looks at a render that another process makes


def _lock(key: str) -> str:
    return f"{key}:rendering"


def _take_lock(key: str) -> str | None:
    """The lock on rendering `key`, if this process wins it: a token of its own, so
    that it never lets go of a lock that expired and passed to another process."""
    owner = secrets.token_hex(8)
    if cache.add(_lock(key), owner, timeout=RENDER_LEASE):
        return owner
    return None


def _renew(key: str, owner: str, done: threading.Event) -> None:
    """Keep the lease on `key` while this process still owns it and renders."""
    try:
        while not done.wait(RENDER_LEASE / 3):
            if cache.get(_lock(key)) != owner:
                return  # expired and taken over: the other process renders too
            cache.touch(_lock(key), RENDER_LEASE)
    except Exception:  # a lease not renewed costs at most a second render
        logger.warning("could not renew the lock on %s", key, exc_info=True)
    finally:
        connections.close_all()  # this thread's own connections


@contextlib.contextmanager
def _leased(key: str, owner: str) -> Iterator[None]:
    """Renew the lock beside the render (which holds the thread for seconds)."""
    done = threading.Event()
    renewer = threading.Thread(target=_renew, args=(key, owner, done), daemon=True)
    renewer.start()
    try:
        yield
    finally:
        done.set()
        renewer.join()


def _render_and_store(key: str, render: Callable[[], bytes], owner: str) -> bytes:
    """Render under the lock this process holds, store, and let the lock go."""
    try:
        content = cache.get(key)  # finished between our last look and the lock
        if content is None:
            with _leased(key, owner):
                content = render()
            cache.set(key, content, timeout=KEEP_FOR)
        return content
    finally:
        if cache.get(_lock(key)) == owner:
            cache.delete(_lock(key))


def _queued(name: str) -> str:
    return f"{name}:queued"


def queued(name: str) -> bool:
    """Whether the task `name` is queued: one look at the cache."""
    return cache.has_key(_queued(name))


def mark_queued(name: str) -> bool:
    """Mark the task `name` queued, until it ends (`queue_done`) or, should it never
    run, for a day; whether this call marked it (only one of many at once does)."""
    return cache.add(_queued(name), True, timeout=KEEP_FOR)


def queue_done(name: str, hold: int = 0) -> None:
    """The task `name` ended, however: a page shown later (`hold` seconds later) may
    queue it again."""
    if hold:
        cache.set(_queued(name), True, timeout=hold)
    else:
        cache.delete(_queued(name))


def wanted(key: str) -> bool:
    """Whether a render of `key` is worth queueing: it is neither queued (looked at
    first: a page shown again costs one look), nor stored, nor being rendered."""
    return not queued(key) and not cache.has_key(key) and not cache.has_key(_lock(key))


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

    The wait is bounded: a live render may take DOCUMENT_RENDER_WAIT seconds before
    the download renders without the lock rather than fail; a dead renderer's lease
    ends after RENDER_LEASE seconds, and one waiter takes the lock over.
    """
    content = cache.get(key)
    if content is not None:
        return content
    give_up = time.monotonic() + settings.DOCUMENT_RENDER_WAIT
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
