"""detect: pure functions Doc -> statements (direct, indirect, mixed) with cue and mention."""

from attrib.detect.found import Found
from attrib.detect.pipeline import detect
from attrib.detect.quotes import Quote, find_quotes

__all__ = ["Found", "Quote", "detect", "find_quotes"]
