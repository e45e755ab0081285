"""What an extraction depends on, in a form that travels to worker processes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Optional

from spacy.util import get_package_version

from attrib.parse import default_model_name
from attrib.pipeline import BATCH_SIZE, Extractor


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of attrib's own code and data: records stored by other code are extracted again
    (an upgrade, or a development checkout, keeps no stale records)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.yaml"), *root.rglob("*.tsv")]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class ExtractConfig:
    model: Optional[str] = None
    lexicon: Optional[str] = None
    aliases: Optional[str] = None
    batch_size: int = BATCH_SIZE

    def extractor(self) -> Extractor:
        return Extractor(model=self.model, lexicon=self.lexicon, aliases=self.aliases, batch_size=self.batch_size)

    def fingerprint(self) -> str:
        """Changes whenever stored records could differ: attrib's version and code, the model
        and its version, the extra lexicon's content. (Aliases only change keys, which are
        linked when records are read.)"""
        model = self.model or default_model_name()
        parts = [
            f"attrib {version('attrib')} {code_digest()}",
            f"model {model} {get_package_version(model) or ''}".strip(),
        ]
        if self.lexicon:
            try:
                digest = hashlib.sha256(Path(self.lexicon).read_bytes()).hexdigest()[:16]
            except OSError:
                digest = "unreadable"
            parts.append(f"lexicon {digest}")
        return "; ".join(parts)
