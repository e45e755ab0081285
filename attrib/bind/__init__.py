"""bind: the channel (via) of each statement; the article's outlet is bound at load time."""

from attrib.bind.via import find_via, inherit_via, resolve_same

__all__ = ["find_via", "inherit_via", "resolve_same"]
