"""attribute: speakers named as a careful reader would (pronouns, nominals, name chains, roles)."""

from attrib.attribute.entities import EntityIndex, build_index
from attrib.attribute.resolve import SpeakerResolver

__all__ = ["EntityIndex", "SpeakerResolver", "build_index"]
