"""What an extraction depends on, in a form that travels to worker processes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Optional

from spacy.util import get_package_version

from attrib.parse import default_model_name
from attrib.pipeline import BATCH_SIZE, Extractor


@dataclass(frozen=True)
class ExtractConfig:
    model: Optional[str] = None
    lexicon: Optional[str] = None
    aliases: Optional[str] = None
    batch_size: int = BATCH_SIZE

    def extractor(self) -> Extractor:
        return Extractor(model=self.model, lexicon=self.lexicon, aliases=self.aliases, batch_size=self.batch_size)

    def fingerprint(self) -> str:
        """Changes whenever stored records could differ: attrib's version, the model and its
        version, the extra lexicon's content. (Aliases only change keys, which are linked at read.)"""
        model = self.model or default_model_name()
        parts = [f"attrib {version('attrib')}", f"model {model} {get_package_version(model) or ''}".strip()]
        if self.lexicon:
            try:
                digest = hashlib.sha256(Path(self.lexicon).read_bytes()).hexdigest()[:16]
            except OSError:
                digest = "unreadable"
            parts.append(f"lexicon {digest}")
        return "; ".join(parts)
