"""The scene a part works for, held weakly.

The scene owns its parts (index, items, gestures, declutter, selection); a strong reference from a
part back to the scene would make a cycle, and the scene would then live on until Python's cycle
collector runs, possibly on another thread than the one that made it (Qt objects must die in
their own thread). A part keeps an `Owner` instead and calls it when it needs the scene.
"""

from __future__ import annotations

import weakref
from typing import Generic, TypeVar

__all__ = ["Owner"]

T = TypeVar("T")


class Owner(Generic[T]):
    """A weak reference to the object that owns a part; calling it gives the object."""

    def __init__(self, owner: T) -> None:
        self._ref = weakref.ref(owner)

    def __call__(self) -> T:
        owner = self._ref()
        if owner is None:
            raise RuntimeError("the scene this part belonged to is gone")
        return owner
