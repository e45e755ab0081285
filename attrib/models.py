"""The record contract: every record that leaves attrib is one of these models.

Field names follow ``spec/ANNOTATION.md`` (kept in ``docs/annotation.md``).
``schemas/*.json`` are generated from these classes by ``attrib schema``.
Offsets are Python ``str`` offsets into the article text, end exclusive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_serializer, model_validator

Kind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "media", "group", "unknown"]
Resolution = Literal[
    "subject",  # the syntactic source of the cue (subject, or object of "according to")
    "name-chain",  # a shorter name or acronym linked to the fullest name in the article
    "pronoun",  # he / she / they / it / who -> antecedent
    "nominal",  # "the agency", "the expert" -> the entity introduced with that noun
    "continuation",  # a quote with no cue that continues the previous speaker
    "unattributed",  # a quotation no rule can give a source (ANNOTATION.md 3c)
    "alias",  # a user-supplied aliases file
    "unresolved",  # a pronoun or nominal no candidate fits: the mention is kept (ANNOTATION.md 3c)
]
ClusterLevel = Literal["quote", "claim"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A character span of the article text: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Content(Span):
    """What was said: the span from the first to the last word, and, when the statement is
    interrupted by its frame, the pieces the source said (ANNOTATION.md 3c)."""

    fragments: Optional[list[Span]] = Field(
        default=None,
        description="The quoted pieces of a statement interrupted by its frame, in order; omitted when it is one piece.",
    )

    @model_serializer(mode="wrap")
    def _omit_no_fragments(self, handler):
        """A content in one piece is written as a plain span: {start, end, text}."""
        data = handler(self)
        if isinstance(data, dict) and data.get("fragments") is None:
            data.pop("fragments", None)
        return data

    def said(self) -> str:
        """The words of the source: the pieces joined by an ellipsis, else the whole text."""
        return " \u2026 ".join(f.text for f in self.fragments) if self.fragments else self.text


class Speaker(_Model):
    """Who said it: the mention in the sentence and the entity it stands for."""

    mention: Optional[Span] = None
    name: Optional[str] = None
    type: SpeakerType = "unknown"
    role: Optional[str] = None
    resolution: Optional[Resolution] = Field(
        default=None, description="How the name was reached from the mention, for auditors."
    )
    antecedent: Optional[Span] = Field(
        default=None, description="The mention the name was taken from, when it is not the mention itself."
    )
    sieve: Optional[str] = Field(
        default=None,
        description="The sieve that chose the antecedent of a pronoun or nominal ('topic', 'quote-run', 'subject', "
        "'mention', 'chain', 'same-sentence-subject', 'title', 'title-later', 'owned-role', 'named', 'salient', 'introduced', 'epithet', ...), or why none was chosen ('no-candidate', "
        "'no-compatible', 'ambiguous', 'no-antecedent', 'antecedent-unresolved', 'first-person'); see docs/speakers.md.",
    )
    key: Optional[str] = Field(
        default=None, description="Cross-article speaker key, e.g. 'person:vladimir-putin' (set over a batch)."
    )
    key_source: Optional[Literal["name", "name-chain", "alias"]] = Field(
        default=None, description="How the key was reached: the name itself, the one longer name in the batch, or an alias."
    )


class ClaimFrame(_Model):
    """A clause of the content as lemmas: who does what to what (for claim matching)."""

    subject: Optional[str] = None
    predicate: Optional[str] = None
    object: Optional[str] = None


class Attribution(_Model):
    """One attributed statement (ANNOTATION.md section 1)."""

    id: str
    doc_id: str
    kind: Kind
    content: Content
    speaker: Speaker
    cue: Optional[Span] = None
    via: Optional[str] = None
    core: bool = True
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    sentence: Optional[int] = Field(default=None, description="Index of the sentence holding the cue or content start.")
    method: Optional[str] = Field(default=None, description="Which detector found the record.")
    frame: Optional[ClaimFrame] = Field(default=None, description="Main clause of the content, for claim matching.")
    events: list[ClaimFrame] = Field(
        default_factory=list,
        description="Every event the content states as (agent, predicate, theme), for claim matching.",
    )
    note: Optional[str] = None
    outlet: Optional[str] = Field(default=None, description="Outlet that printed the article (from the article).")
    outlet_inferred: bool = Field(
        default=False, description="True when the outlet was inferred from the article's text, not given."
    )
    published: Optional[dt.date] = Field(default=None, description="Publication date of the article, when known.")
    url: Optional[str] = Field(default=None, description="URL of the article, when known.")

    @field_validator("content", mode="before")
    @classmethod
    def _content(cls, value: object) -> object:
        """A plain Span is a content of one piece."""
        if isinstance(value, Span) and not isinstance(value, Content):
            return value.model_dump()
        return value


class Article(_Model):
    """An article as loaded. Offsets of every record refer to ``text``."""

    id: str
    text: str
    outlet: Optional[str] = None
    outlet_inferred: bool = False
    outlet_evidence: Optional[str] = None
    published: Optional[dt.date] = None
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = Field(default=None, description="Path of the file the article came from.")
    content_hash: str = ""
    notes: list[str] = Field(
        default_factory=list, description="What was changed to read the article (e.g. bytes that were not UTF-8)."
    )

    @model_validator(mode="after")
    def _hash(self) -> Article:
        if not self.content_hash:
            self.content_hash = text_hash(self.text)
        return self


def bind_article(records: list[Attribution], article: Article) -> list[Attribution]:
    """The records with the outlet, published date and URL of the article that printed them."""
    meta = {"outlet": article.outlet, "outlet_inferred": article.outlet_inferred,
            "published": article.published, "url": article.url}
    return [r.model_copy(update=meta) for r in records]


def text_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text: the article's identity for idempotent ingest."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class WordDiff(_Model):
    """One step of a word-level diff from the reference wording to a member's."""

    op: Literal["equal", "insert", "delete", "replace"]
    reference: str = Field(description="Words of the reference (empty for an insert).")
    member: str = Field(description="Words of the member (empty for a delete).")


class ClusterMember(_Model):
    """A record inside a claim cluster, with what a fact-checker compares."""

    attribution_id: str
    doc_id: str
    content: Span
    wording: str = Field(description="The words compared: quoted words at quote level, the content at claim level.")
    speaker: Speaker
    outlet: Optional[str] = None
    kind: Kind
    via: Optional[str] = None
    similarity: float = Field(ge=0.0, le=1.0, description="Similarity to the reference member.")
    outlet_inferred: bool = Field(default=False, description="True when the outlet was inferred, not given.")
    reference: bool = False
    diff: list[WordDiff] = Field(default_factory=list)


# What a cluster's members differ in (ANNOTATION.md section 4).
Flag = Literal["wording_differs", "speaker_differs", "via_differs"]
FLAGS: tuple[str, ...] = ("wording_differs", "speaker_differs", "via_differs")


class ClaimCluster(_Model):
    """Records of different documents that report the same statement (ANNOTATION.md section 4)."""

    id: str
    level: ClusterLevel
    members: list[str] = Field(description="Attribution ids.")
    summary: Optional[str] = None
    flags: list[Flag] = Field(default_factory=list)
    details: list[ClusterMember] = Field(default_factory=list, description="Members with wording, similarity and diff.")


# Article metadata shared by Article and the DocumentMeta of fixtures.
METADATA_FIELDS = {"outlet", "outlet_inferred", "outlet_evidence", "published", "title", "url"}


class VerifyMatch(_Model):
    """A printed statement that matches a circulating quote."""

    attribution_id: str
    doc_id: str
    outlet: Optional[str] = None
    content: Span
    speaker: Speaker
    kind: Kind
    via: Optional[str] = None
    level: ClusterLevel
    similarity: float = Field(ge=0.0, le=1.0)
    wording: str = Field(description="The printed words compared: quoted words at quote level, the content at claim level.")
    verbatim: bool = Field(description="The quote's words are printed as a quote, word for word (trims allowed).")
    excerpt: bool = Field(default=False, description="Verbatim, as a part of a longer printed quote.")
    speaker_matches: Optional[bool] = Field(default=None, description="Whether the source names the speaker given.")
    diff: list[WordDiff] = Field(default_factory=list, description="From the circulating wording to the printed one.")


class VerifyResult(_Model):
    """The answer of `attrib verify`."""

    quote: str
    speaker: Optional[str] = None
    verdict: Literal[
        "found verbatim",
        "found with different wording",
        "found but credited to someone else",
        "found only as a paraphrase",
        "not found in these sources",
    ]
    reasons: list[str]
    found_as_given: bool
    matches: list[VerifyMatch] = Field(default_factory=list)


class TableRow(_Model):
    """One row of the who-said-what table."""

    speaker: Optional[str] = None
    role: Optional[str] = None
    speaker_key: Optional[str] = None
    kind: Kind
    statement: str = Field(description="The statement, trimmed unless asked for whole.")
    outlet: Optional[str] = None
    outlet_inferred: bool = Field(default=False, description="True when the outlet was inferred, not given.")
    via: Optional[str] = None
    cue: Optional[str] = None
    doc_id: str
    start: int = Field(description="Character offset of the statement in its article.")
    end: int
    cluster: Optional[str] = Field(default=None, description="Claim cluster id, when the statement is in one.")
    attribution_id: str
    published: Optional[dt.date] = None
    url: Optional[str] = None


class DocumentMeta(_Model):
    """Gold metadata of a fixture document."""

    doc_id: str
    outlet: Optional[str] = None
    outlet_inferred: bool = False
    outlet_evidence: Optional[str] = None
    published: Optional[dt.date] = None
    title: Optional[str] = None
    url: Optional[str] = None


class Fixture(_Model):
    """One annotated fixture document: the article file and its expected records."""

    document: DocumentMeta
    file: str = Field(description="Article file, relative to the fixture file.")
    reviewed: bool = Field(default=False, description="Set true once a person has checked the records.")
    attributions: list[Attribution]


class Metric(_Model):
    """A ratio with its counts, so that readers can tell 0/0 from 0/10."""

    value: Optional[float]
    numerator: int
    denominator: int


class PairwiseScore(_Model):
    precision: Metric
    recall: Metric


class RecordError(_Model):
    """One disagreement between a prediction and the gold of a document."""

    error: Literal["missed", "spurious", "boundary", "speaker", "kind"]
    gold: Optional[Attribution] = None
    predicted: Optional[Attribution] = None


class DocumentErrors(_Model):
    doc_id: str
    errors: list[RecordError] = Field(default_factory=list)


class EvalReport(_Model):
    """Scores of predictions against gold fixtures (ANNOTATION.md section 5)."""

    documents: int
    failed_documents: list[str] = Field(default_factory=list)
    predicted: int
    gold: int
    gold_core: int
    precision: Metric
    recall: Metric
    f1: Optional[float]
    exact_boundary: Metric
    speaker_strict: Metric
    speaker_lenient: Metric
    kind_accuracy: Metric
    recall_by_kind: dict[str, Metric]
    clusters: dict[str, PairwiseScore] = Field(
        default_factory=dict, description="Pairwise cluster scores: 'all', 'quote', 'claim'."
    )
    flags: dict[str, PairwiseScore] = Field(
        default_factory=dict,
        description="Per flag, on the predicted clusters that match a gold cluster (two members or more in "
                    "common): precision (raised and in the gold cluster) and recall (in the gold cluster and raised).",
    )
    errors: list[DocumentErrors] = Field(default_factory=list, description="Per-document errors, when asked for.")
    ignored_documents: list[str] = Field(
        default_factory=list, description="Documents of the predictions file that no fixture holds (not scored)."
    )


class ExtractionError(_Model):
    """A source that could not be read or processed; the batch goes on."""

    source: str
    message: str


EXPORTED_MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "attribution": Attribution,
    "claim_cluster": ClaimCluster,
    "cluster_member": ClusterMember,
    "document_errors": DocumentErrors,
    "eval_report": EvalReport,
    "fixture": Fixture,
    "span": Span,
    "table_row": TableRow,
    "verify_result": VerifyResult,
    "speaker": Speaker,
}
