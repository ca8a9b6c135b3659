"""A partition of the actors (Pajek's ``*Partition``: one whole number per vertex) used as categories or clusters.

A reader keeps a partition as an actor attribute and offers it (`netmap.exchange.notes.offer`); the user
chooses in the import preview (or keeps the attribute). As categories, each class becomes a category
entry named "<partition> <class>"; as clusters, each class becomes a cluster of that name. The attribute
itself is then dropped, since the category or cluster holds the same.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from enum import StrEnum

from netmap.domain import CatalogueEntry, CatalogueKind, Cluster, MapState
from netmap.exchange.builder import slugify

__all__ = ["PartitionUse", "use_partitions"]


class PartitionUse(StrEnum):
    ATTRIBUTE = "attribute"
    CATEGORY = "category"
    CLUSTER = "cluster"


def use_partitions(state: MapState, uses: Mapping[str, PartitionUse]) -> MapState:
    """`state` with each partition attribute named in `uses` turned into categories or clusters."""
    for title, use in uses.items():
        if use == PartitionUse.ATTRIBUTE or not any(title in a.extra for a in state.actors):
            continue
        state = _as_categories(state, title) if use == PartitionUse.CATEGORY else _as_clusters(state, title)
    return state


def _class_name(title: str, value: str) -> str:
    return f"{title} {value}"


def _without(extra: dict[str, str], title: str) -> dict[str, str]:
    return {k: v for k, v in extra.items() if k != title}


def _as_categories(state: MapState, title: str) -> MapState:
    entries = list(state.catalogue(CatalogueKind.CATEGORY))
    by_label = {e.label_de.casefold(): e.key for e in entries} | {e.label_en.casefold(): e.key for e in entries}
    keys = {e.key for e in entries}
    actors = []
    for actor in state.actors:
        value = actor.extra.get(title)
        if value is None:
            actors.append(actor)
            continue
        name = _class_name(title, value)
        key = by_label.get(name.casefold())
        if key is None:
            key = base = slugify(name)
            n = 1
            while key in keys:
                n += 1
                key = f"{base}_{n}"
            entries.append(CatalogueEntry(key, name, name, rank=len(entries)))
            keys.add(key)
            by_label[name.casefold()] = key
        actors.append(dataclasses.replace(actor, category=key, extra=_without(actor.extra, title)))
    catalogues = {**state.catalogues, CatalogueKind.CATEGORY: entries}
    return dataclasses.replace(state, actors=actors, catalogues=catalogues)


def _as_clusters(state: MapState, title: str) -> MapState:
    members: dict[str, list[int]] = {}
    actors = []
    for actor in state.actors:
        value = actor.extra.get(title)
        if value is not None and actor.id is not None:
            members.setdefault(_class_name(title, value), []).append(actor.id)
            actor = dataclasses.replace(actor, extra=_without(actor.extra, title))
        actors.append(actor)
    clusters = [*state.clusters, *(Cluster(name=name, members=tuple(ids)) for name, ids in sorted(members.items()))]
    return dataclasses.replace(state, actors=actors, clusters=clusters)
