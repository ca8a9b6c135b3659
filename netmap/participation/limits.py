"""Limits that keep one phone (or one misbehaving script) from flooding the workshop's laptop.

Token buckets: each key (a device token, a network address) may spend `burst` requests at once,
and gets `per_second` back over time. Pure Python with an injectable clock, so tests need no sleep.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeGuard

__all__ = ["JOIN_CODE_ALPHABET", "Limits", "RateLimiter", "new_join_code", "valid_device_token"]

JOIN_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
"""Lower-case letters and digits without the look-alikes (0/o, 1/l/i): read off a projector and
typed on a phone without mistakes; also safe inside a URL path and Qt's route patterns."""


def new_join_code(length: int = 10) -> str:
    """A new random join code for one workshop (about 50 bits with 10 characters)."""
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(max(8, length)))


def valid_device_token(token: object) -> TypeGuard[str]:
    """A device token is what the page makes: 16 to 64 characters of [0-9a-f]."""
    return isinstance(token, str) and 16 <= len(token) <= 64 and all(c in "0123456789abcdef" for c in token)


@dataclass(frozen=True)
class Limits:
    """The server's limits. The defaults fit a room of 30-50 people proposing by hand."""

    max_body: int = 16 * 1024  # bytes of one request body (the 16 KiB)
    # A longer body up to this size is read whole and refused with a reason (413). Qt refuses
    # larger ones itself and closes the connection with the body unread, and then the phone may
    # see only a reset connection instead of the answer.
    read_body: int = 64 * 1024
    device_burst: int = 15  # proposals one phone may send at once ...
    device_per_second: float = 0.5  # ... and then one every two seconds
    address_burst: int = 60  # requests of every kind from one network address at once ...
    address_per_second: float = 5.0
    keep_alive_seconds: int = 5
    max_connections: int = 128  # open at once: 50 phones with a browser's few connections each
    listen_backlog: int = 32  # connections waiting for a free place (more: the phone's TCP retries)


class RateLimiter:
    """A token bucket per key."""

    def __init__(self, burst: int, per_second: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.per_second = per_second
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str) -> bool:
        """Spend one request of `key`; False when its bucket is empty."""
        now = self._clock()
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.per_second)
        if len(self._buckets) > 10_000:  # forget keys that are full again (a long workshop, many phones)
            self._buckets = {k: v for k, v in self._buckets.items()
                             if v[0] + (now - v[1]) * self.per_second < self.burst}
        if tokens < 1.0:
            self._buckets[key] = (tokens, now)
            return False
        self._buckets[key] = (tokens - 1.0, now)
        return True
