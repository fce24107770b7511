"""The command-line face of faultline: parse arguments, call the library, format output.

No logic lives here that a library caller would need; every command is a thin
wrapper over ``faultline.pipeline``, ``faultline.store`` and the stages.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

from faultline import __version__
from faultline.formatting import write_records
from faultline.records import ReadOptions
from faultline.store import StoreError, default_url, open_store

app = typer.Typer(
    name="faultline",
    help="Turn news articles into a structured record of international politics.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
err = Console(stderr=True)


class InputFormat(StrEnum):
    auto = "auto"
    dated = "dated"
    text = "text"
    jsonl = "jsonl"
    html = "html"
    rss = "rss"
    warc = "warc"


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database: a DuckDB file path or a postgresql:// URL "
                 "(default ./faultline.duckdb, or $FAULTLINE_DB).", show_default=False),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]


def parse_day(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value, or a usage error naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)",
                                 param_hint=option) from None


def parse_fields(values: list[str]) -> dict[str, str]:
    """``--field text=body`` options merged over the default JSONL field names."""
    fields = dict(ReadOptions().jsonl_fields)
    for value in values:
        key, sep, name = value.partition("=")
        if not sep or key not in fields or not name:
            raise typer.BadParameter(
                f"{value!r}: expected one of {', '.join(fields)}=NAME", param_hint="--field")
        fields[key] = name
    return fields


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"faultline {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=version_callback,
                                          is_eager=True, help="Print the version and exit.")]
    = False,
) -> None:
    """Turn news articles into a structured record of international politics."""


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursed) or - for "
                                                    "stdin.", show_default=False)],
    db: DbOption = None,
    input_format: Annotated[InputFormat, typer.Option(
        "--format", help="Input format; auto detects it from the content.")] = InputFormat.auto,
    on_date: Annotated[str | None, typer.Option(
        "--date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")] = None,
    field: Annotated[list[str] | None, typer.Option(
        "--field", help="JSONL field name, as KEY=NAME for text, title, date or url; "
                        "repeatable.")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction.", min=1)] = 200,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Parsing processes.", min=1)] = 1,
    no_code: Annotated[bool, typer.Option("--no-code", help="Store articles without coding "
                                                             "events.")] = False,
    no_restore: Annotated[bool, typer.Option("--no-restore", help="Code the text as read, "
                                                                   "without undoing spinning.")]
    = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
    = False,
) -> None:
    """Read articles and store them (idempotent: an article already stored is skipped).

    Problems are printed one line each on stderr, naming the input. Exit status is
    0 when everything went in, 1 when some inputs were rejected, 2 when nothing was usable.

    Example: [bold]faultline ingest news/ feed.xml --db news.duckdb[/bold]
    """
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from faultline import pipeline

    options = ReadOptions(format=input_format.value, date=parse_day(on_date, "--date"),
                          jsonl_fields=parse_fields(field or []))
    try:
        store = open_store(db)
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                        TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                        console=err, disable=quiet or not err.is_terminal, transient=True)
    with store, progress:
        task = progress.add_task("ingesting", total=None)
        report = pipeline.ingest(
            paths, store, options, batch_size=batch_size,
            on_problem=lambda p: progress.console.print(p.line(), markup=False, highlight=False,
                                                       soft_wrap=True),
            on_article=lambda a: progress.advance(task), code=not no_code,
            restore=not no_restore, n_process=jobs,
        )
        summary = store.summary()
    if not quiet:
        err.print(f"read {report.read} articles: {report.stored} stored with {report.events} "
                  f"events, {report.duplicates} already stored, {len(report.errors)} rejected, "
                  f"{len(report.warnings)} warnings "
                  f"-> {store.url}", markup=False, soft_wrap=True)
        write_records(summary, "table", title=f"stored in {store.url}",
                      columns=("format", "articles", "events", "first", "last"))
    raise typer.Exit(report.exit_status)


@app.command()
def articles(
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.table,
    since: Annotated[str | None, typer.Option(help="Only articles published on or after "
                                                   "this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Only articles published on or before "
                                                   "this day (YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.", min=1)] = None,
) -> None:
    """List stored articles, oldest first.

    Example: [bold]faultline articles --since 2021-05-01 --format jsonl[/bold]
    """
    rows = list(_read_store(db, lambda s: s.articles(parse_day(since, "--since"),
                                                   parse_day(until, "--until"), limit)))
    write_records(rows, fmt.value, title="articles",
                  columns=("id", "date", "title", "format", "language", "spin_score", "url",
                           "path"))


ACTOR_COLUMNS = ("text", "code", "country", "org", "sector", "person", "role")


@app.command()
def actor(
    text: Annotated[str, typer.Argument(help="The mention, or - to read TEXT<TAB>DATE lines "
                                             "from stdin.", show_default=False)],
    on_date: Annotated[str | None, typer.Option(
        "--date", help="The day the mention is read on (YYYY-MM-DD); default today.")] = None,
    context: Annotated[str | None, typer.Option(
        help="Earlier text that pronouns, surnames and 'both sides' may refer to.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
    = OutputFormat.table,
) -> None:
    """Resolve an actor mention to who it was on a day: code, country, org, sector, person, role.

    Example: [bold]faultline actor "the Azerbaijani foreign minister" --date 2021-05-14[/bold]
    """
    from faultline.actors.resolver import resolver

    default_day = parse_day(on_date, "--date") or date.today()
    if text == "-":
        queries = [_mention_line(line, default_day) for line in sys.stdin.read().splitlines()
                   if line.strip()]
    else:
        queries = [(text, default_day)]
    records = []
    for mention, day in queries:
        found = resolver().resolve(mention, day, context)
        record = dict.fromkeys(ACTOR_COLUMNS)
        record.update(found.as_dict() if found else {})
        record["text"] = mention
        if found and found.countries:
            record["countries"] = list(found.countries)
        records.append({k: record.get(k) for k in (*ACTOR_COLUMNS, "countries") if
                        k in record})
    write_records(records, fmt.value, columns=ACTOR_COLUMNS, title="actors")


def _mention_line(line: str, default_day: date) -> tuple[str, date]:
    """One stdin line: ``TEXT<TAB>YYYY-MM-DD`` (the date may be left out)."""
    mention, _, day = line.partition("\t")
    return mention.strip(), parse_day(day.strip(), "stdin date") if day.strip() else default_day


EVENT_COLUMNS = ("date", "source", "target", "cameo", "name", "goldstein", "quad", "plover",
                 "flags", "speaker")


def event_row(record: dict) -> dict:
    """A flat row of an event record, for tables and CSV."""
    flags = [f for f in ("historical", "negated", "hypothetical") if record[f]]
    speaker = (record.get("attribution") or {}).get("speaker") or {}
    return {"date": record["date"], "source": record["source"]["code"],
            "target": (record["target"] or {}).get("code"), "cameo": record["cameo"]["code"],
            "name": record["cameo"]["name"], "goldstein": record["cameo"]["goldstein"],
            "quad": record["cameo"]["quad_class"],
            "plover": record["plover"]["event_type"], "flags": ",".join(flags),
            "speaker": speaker.get("code"), "sentence": record["sentence"],
            "event_id": record["event_id"], "article_id": record["article_id"],
            "mentions": record.get("mentions"), "articles": record.get("articles")}


def write_events(records: list[dict], fmt: OutputFormat, title: str,
                 merged: bool = False) -> None:
    if fmt is OutputFormat.jsonl:
        write_records(records, "jsonl")
    else:
        columns = (*EVENT_COLUMNS, "mentions", "articles") if merged else EVENT_COLUMNS
        if fmt is OutputFormat.csv:
            columns = (*columns, "sentence", "event_id", "article_id")
        write_records([event_row(r) for r in records], fmt.value, columns=columns, title=title)


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.",
                                               show_default=False)],
    fmt: FormatOption = OutputFormat.jsonl,
    input_format: Annotated[InputFormat, typer.Option(
        "--input-format", help="Input format; auto detects it.")] = InputFormat.auto,
    on_date: Annotated[str | None, typer.Option(
        "--date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Parsing processes.", min=1)] = 1,
    no_restore: Annotated[bool, typer.Option("--no-restore", help="Code the text as read, "
                                                                   "without undoing spinning.")]
    = False,
) -> None:
    """Code articles into events and print them, without touching a database.

    Each JSONL line is one event valid against the event schema (see `faultline schema`).

    Example: [bold]faultline code article.txt --format jsonl[/bold]
    """
    from faultline.pipeline import code_inputs
    from faultline.records import Problem

    options = ReadOptions(format=input_format.value, date=parse_day(on_date, "--date"))
    records, read, rejected = [], 0, 0
    for item in code_inputs(paths, options, n_process=jobs, restore=not no_restore):
        if isinstance(item, Problem):
            err.print(item.line(), markup=False, highlight=False, soft_wrap=True)
            rejected += item.fatal
            continue
        read += 1
        records.extend(e.as_dict() for e in item.events)
    write_events(records, fmt, "events")
    raise typer.Exit(2 if read == 0 else 1 if rejected else 0)


def _restorations(paths: list[str], on_date: str | None):
    """Restored inputs, problems printed as they come; the exit status they imply."""
    from faultline.pipeline import restore_inputs
    from faultline.records import Problem

    options = ReadOptions(date=parse_day(on_date, "--date"))
    done, rejected = [], 0
    for item in restore_inputs(paths, options):
        if isinstance(item, Problem):
            err.print(item.line(), markup=False, highlight=False, soft_wrap=True)
            rejected += item.fatal
            continue
        done.append(item)
    return done, 2 if not done else 1 if rejected else 0


@app.command()
def restore(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.",
                                               show_default=False)],
    diff: Annotated[bool, typer.Option("--diff", help="Mark every change as "
                                                      "[-found-]{+restored+}.")] = False,
    changes: Annotated[bool, typer.Option("--changes", help="Print the changes as JSON "
                                                            "lines instead of the text.")]
    = False,
    on_date: Annotated[str | None, typer.Option("--date", help="Date for undated inputs.")]
    = None,
) -> None:
    """Print articles with spun wording restored ("UN Safety Council" -> "UN Security Council").

    Example: [bold]faultline restore copy.txt --diff[/bold]
    """
    done, status = _restorations(paths, on_date)
    for article, result in done:
        if changes:
            for change in result.changes:
                typer.echo(json.dumps({"path": article.source, **change.as_dict()},
                                      ensure_ascii=False))
        else:
            typer.echo(result.diff() if diff else result.text)
    raise typer.Exit(status)


@app.command(name="spin-score")
def spin_score(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.",
                                               show_default=False)],
    fmt: FormatOption = OutputFormat.table,
    on_date: Annotated[str | None, typer.Option("--date", help="Date for undated inputs.")]
    = None,
) -> None:
    """Score how spun each article is, from 0 (clean) to 1, with the evidence counted.

    Example: [bold]faultline spin-score news/ --format jsonl[/bold]
    """
    done, status = _restorations(paths, on_date)
    rows = [{"path": a.source, "score": r.score, "changes": len(r.changes),
             "evidence": len(r.evidence), "title": a.title} for a, r in done]
    write_records(rows, fmt.value, columns=("path", "score", "changes", "evidence", "title"),
                  title="spin scores")
    raise typer.Exit(status)


@app.command()
def events(
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.table,
    actor: Annotated[str | None, typer.Option(help="Only events with this country (ISO3) or "
                                                   "organisation key on either side.")] = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option(
        help="Only events between these two actors, either direction.")] = None,
    cameo: Annotated[str | None, typer.Option(help="Only CAMEO codes with this prefix.")]
    = None,
    since: Annotated[str | None, typer.Option(help="Events on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before (YYYY-MM-DD).")] = None,
    include_historical: Annotated[bool, typer.Option(
        "--include-historical", help="Also background events (\"last year's war\").")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many.", min=1)] = None,
    mentions: Annotated[bool, typer.Option(
        "--mentions", help="Every report of each event (by default reports of one real-world "
                           "event are merged into one row with its counts).")] = False,
) -> None:
    """List stored events, oldest first: one row per real-world event, with how many
    mentions and articles report it (--mentions: one row per report).

    Example: [bold]faultline events --dyad ARM AZE --cameo 11 --format csv[/bold]
    """
    from faultline.store.base import EventFilter

    where = EventFilter(actor=actor, dyad=dyad, cameo=cameo, since=parse_day(since, "--since"),
                        until=parse_day(until, "--until"),
                        include_historical=include_historical, limit=limit)
    records = _read_store(db, lambda s: s.events(where, merged=not mentions))
    write_events(records, fmt, "event mentions" if mentions else "events", merged=not mentions)


@app.command()
def stories(
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.table,
    since: Annotated[str | None, typer.Option(help="Stories with an article on or after "
                                                   "(YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="... on or before (YYYY-MM-DD).")] = None,
    copies: Annotated[bool, typer.Option("--copies", help="Only stories told by more than "
                                                          "one article.")] = False,
) -> None:
    """List stories: copies of one story (exact, edited, re-headlined or spun) grouped, with
    the canonical article (unspun first, then earliest) and each member's similarity to it.

    The table shows one row per story; CSV one row per member; JSONL one record per story
    with its members.

    Example: [bold]faultline stories --copies --format jsonl[/bold]
    """
    from faultline.analysis.stories import story_records

    found = _read_store(db, lambda s: story_records(
        s, parse_day(since, "--since"), parse_day(until, "--until"), 2 if copies else 1))
    if fmt is OutputFormat.csv:
        rows = [{"story_id": r["story_id"], "canonical": r["canonical"], **m}
                for r in found for m in r["members"]]
        write_records(rows, "csv", columns=("story_id", "canonical", "article_id", "date",
                                            "similarity", "spun", "spin_score", "title"))
        return
    write_records(found, fmt.value, title="stories", columns=(
        "date", "canonical", "articles", "spun", "title") if fmt is OutputFormat.table else None)


@app.command(name="eval")
def evaluate(
    gold: Annotated[str, typer.Argument(help="Gold events, one JSON object per line.")],
    split: Annotated[str, typer.Option(help="dev, test or all.")] = "all",
    fmt: FormatOption = OutputFormat.table,
    errors: Annotated[int, typer.Option(help="Also print this many disagreements.")] = 0,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Parsing processes.", min=1)] = 1,
) -> None:
    """Score the coder on gold events: precision, recall and F1 at root and code level,
    actor, date and flag accuracy.

    Example: [bold]faultline eval benchmarks/gold/events.jsonl --split test[/bold]
    """
    from faultline.coding.evaluate import evaluate as run_eval
    from faultline.coding.evaluate import load

    if split not in ("dev", "test", "all"):
        raise typer.BadParameter("must be dev, test or all", param_hint="--split")
    try:
        items = load(gold, split)
    except (OSError, ValueError) as exc:
        err.print(f"error: {gold}: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    report = run_eval(items, n_process=jobs)
    rows = [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}
            for r in report.rows()]
    write_records(rows, fmt.value, columns=("measure", "precision", "recall", "f1", "accuracy",
                                            "n"), title=f"{gold} ({split}, {report.items} items)")
    for error in report.errors[:errors]:
        err.print(json.dumps(error), markup=False, highlight=False, soft_wrap=True)


class SeriesFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    png = "png"


SinceOption = Annotated[str | None, typer.Option(help="From this day (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Up to this day (YYYY-MM-DD).")]
SERIES_COLUMNS = ("day", "events", "q1", "q2", "q3", "q4", "goldstein_sum", "goldstein_mean",
                  "tension")


@app.command()
def tension(
    a: Annotated[str, typer.Argument(help="One side: ISO3 country or organisation key.",
                                     show_default=False)],
    b: Annotated[str, typer.Argument(help="The other side.", show_default=False)],
    db: DbOption = None,
    fmt: Annotated[SeriesFormat, typer.Option("--format", "-f", help="Output format; png "
                                              "writes a plot file.")] = SeriesFormat.table,
    since: SinceOption = None,
    until: UntilOption = None,
    directed: Annotated[bool, typer.Option("--directed", help="Only what A did to B.")]
    = False,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help="PNG file to write (default tension_A_B.png here).")] = None,
) -> None:
    """Day-by-day reports and tension between two actors, with a sparkline of the tension.

    Example: [bold]faultline tension ARM AZE --since 2021-05-01 --format png[/bold]
    """
    from faultline.analysis.tension import dyad_series
    from faultline.plot import PlotUnavailable, save_series_png, sparkline

    start, end = parse_day(since, "--since"), parse_day(until, "--until")
    series = _read_store(db, lambda s: dyad_series(s, a, b, start, end, directed))
    if not series:
        err.print(f"no reports between {a} and {b}", markup=False, highlight=False)
    if fmt is SeriesFormat.png:
        path = output or f"tension_{a}_{b}.png"
        if not series:
            raise typer.Exit(1)
        arrow = "->" if directed else "<->"
        try:
            save_series_png(series, path, f"{a} {arrow} {b}")
        except (PlotUnavailable, OSError) as exc:
            err.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(2) from exc
        err.print(f"wrote {path}", markup=False, highlight=False, soft_wrap=True)
        return
    write_records(series, fmt.value, columns=SERIES_COLUMNS, title=f"{a} - {b}")
    if fmt is SeriesFormat.table and series:
        values = [row["tension"] for row in series]
        typer.echo(f"tension {sparkline(values)} max {max(values):g} "
                   f"({series[0]['day']} to {series[-1]['day']}, one mark per day reported)")


def _listed(records: list[dict], key: str, fmt: OutputFormat) -> list[dict]:
    """Records with a list field joined for tables and CSV (JSONL keeps the list)."""
    if fmt is OutputFormat.jsonl:
        return records
    return [{**r, key: " ".join(r[key])} for r in records]


@app.command()
def alerts(
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.table,
    since: SinceOption = None,
    until: UntilOption = None,
    threshold: Annotated[float | None, typer.Option(
        help="Score (normal-equivalent z) a rise must reach; default 3.5, p ~ 2.3e-4.",
        show_default=False)] = None,
) -> None:
    """Rises of conflict between pairs of actors against their previous four weeks.

    Example: [bold]faultline alerts --since 2021-01-01 --format jsonl[/bold]
    """
    from faultline.analysis.alerts import ALERT_KEYS, find_alerts

    start, end = parse_day(since, "--since"), parse_day(until, "--until")
    options = {"threshold": threshold} if threshold is not None else {}
    found = _read_store(db, lambda s: find_alerts(s, start, end, **options))
    if fmt is OutputFormat.table:
        found = [{**r, "evidence": len(r["evidence"])} for r in found]
    write_records(_listed(found, "evidence", fmt) if fmt is OutputFormat.csv else found,
                  fmt.value, columns=ALERT_KEYS, title="alerts")


@app.command()
def obligations(
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.table,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Treaty commitments engaged by stored events: who is bound, how, and the evidence event.

    Recomputes the stored obligations first, so the API reads the same answer.

    Example: [bold]faultline obligations --since 2021-05-01 --format jsonl[/bold]
    """
    from faultline.analysis.treaties import OBLIGATION_COLUMNS, refresh_obligations
    from faultline.analysis.treaties import obligations as read_obligations

    start, end = parse_day(since, "--since"), parse_day(until, "--until")

    def query(store):
        refresh_obligations(store)
        return read_obligations(store, start, end)

    found = _listed(_read_store(db, query), "committed", fmt)
    columns = OBLIGATION_COLUMNS if fmt is not OutputFormat.table else (
        "day", "treaty", "commitment", "trigger", "engaged", "counterpart", "committed",
        "event_id")
    write_records(found, fmt.value, columns=columns, title="obligations")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; the default answers only "
                                           "this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=0, max=65535)] = 8000,
    token: Annotated[str | None, typer.Option(
        envvar="FAULTLINE_TOKEN", show_default=False,
        help="Enable POST /api/ingest for requests carrying this token (Authorization: "
             "Bearer TOKEN); the store is then opened for writing.")] = None,
    cors_origin: Annotated[list[str] | None, typer.Option(
        "--cors-origin", help="Let pages from this origin call the API; repeatable. "
                              "CORS is off by default.")] = None,
) -> None:
    """Serve the JSON API (reference at /api-docs) and the web dashboard over a database.

    Read-only unless started with --token; binds to loopback unless --host says otherwise.

    Example: [bold]faultline serve --db news.duckdb --port 8000[/bold]
    """
    import uvicorn

    from faultline.api import create_app

    url = db or default_url()
    try:
        web = create_app(url, token=token or None, cors_origins=cors_origin or ())
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    err.print(f"faultline: serving {url} at http://{host}:{port}/ "
              f"({'ingest enabled' if token else 'read-only'}; API reference at /api-docs)",
              markup=False, highlight=False, soft_wrap=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")
spark_app = typer.Typer(help="Run the pipeline on Spark, for archives too big for one "
                        "machine.", no_args_is_help=True)
app.add_typer(spark_app, name="spark")


@spark_app.command(name="ingest")
def spark_ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Inputs (files, directories, any Hadoop-compatible URI), then the output folder.",
        show_default=False)],
    master: Annotated[str, typer.Option(
        help="Spark master; empty for what spark-submit set.")] = "local[*]",
    db: Annotated[str | None, typer.Option(
        "--db", help="Also store every batch in this database (a postgresql:// URL).")] = None,
    on_date: Annotated[str | None, typer.Option(
        "--date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")] = None,
    partitions: Annotated[int | None, typer.Option(
        help="Coding partitions (default: twice the cluster's cores).", min=1)] = None,
    no_restore: Annotated[bool, typer.Option("--no-restore", help="Code the text as read.")]
    = False,
) -> None:
    """Read, restore and code articles on Spark; write articles, events, mentions,
    restorations, fingerprints, copies and problems as Parquet under OUTPUT/<table>/day=.../

    Example: [bold]faultline spark ingest news/ archive.warc.gz out/ --master local[2][/bold]
    """
    if len(paths) < 2:
        raise typer.BadParameter("give at least one input and the output folder",
                                 param_hint="PATHS")
    try:
        from faultline.spark.job import JobOptions, run, session
    except ImportError as exc:
        err.print("error: the Spark job needs pyspark: pip install 'faultline[spark]'",
                  markup=False, highlight=False)
        raise typer.Exit(2) from exc
    inputs, output = paths[:-1], paths[-1]
    if db:
        try:
            open_store(db).close()  # migrated once here, not by every executor at once
        except StoreError as exc:
            err.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(2) from exc
    options = JobOptions(read=ReadOptions(date=parse_day(on_date, "--date")),
                         restore=not no_restore, db=db, partitions=partitions)
    spark = session(master or None)
    try:
        report = run(spark, inputs, output, options)
    finally:
        spark.stop()
    counts = report.counts
    err.print(f"{counts['articles']} articles, {counts['events']} events, "
              f"{counts['problems']} problems -> {output}", markup=False, soft_wrap=True)
    raise typer.Exit(2 if counts["articles"] == 0 else 1 if counts["problems"] else 0)


@spark_app.command(name="load")
def spark_load(
    output: Annotated[str, typer.Argument(help="A folder `faultline spark ingest` wrote.",
                                          show_default=False)],
    db: DbOption = None,
) -> None:
    """Store the Parquet output of `faultline spark ingest` in a database (either backend).

    Example: [bold]faultline spark load out/ --db news.duckdb[/bold]
    """
    from pathlib import Path

    if not Path(output, "articles").is_dir():
        err.print(f"error: {output}: no articles/ folder (not a spark ingest output)",
                  markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    result = _read_store(db, lambda s: [s.load_parquet(output)])[0]
    err.print(f"{result.stored} articles stored with {result.events} events, "
              f"{result.duplicates} already stored", markup=False, soft_wrap=True)


export_app = typer.Typer(help="Write events in the formats other tools read.",
                         no_args_is_help=True)
app.add_typer(export_app, name="export")

ParquetOption = Annotated[str | None, typer.Option(
    "--parquet", help="Read the Parquet output of `faultline spark ingest` instead of a "
                      "database.", show_default=False)]
SinceOption = Annotated[str | None, typer.Option(help="Events on or after (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Events on or before (YYYY-MM-DD).")]
HistoricalOption = Annotated[bool, typer.Option(
    "--include-historical", help="Also background events (\"last year's war\").")]


def _export_rows(db: str | None, parquet: str | None, since: str | None, until: str | None,
                 include_historical: bool) -> list:
    """The rows to export, from the store or a Parquet output; unusable sources exit 2."""
    from faultline.export import parquet_rows, store_rows
    from faultline.store.base import EventFilter

    where = EventFilter(since=parse_day(since, "--since"), until=parse_day(until, "--until"),
                        include_historical=include_historical)
    if parquet is None:
        return _read_store(db, lambda s: store_rows(s, where))
    try:
        return list(parquet_rows(parquet, where))
    except (OSError, ValueError) as exc:
        err.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc


@export_app.command(name="gdelt")
def export_gdelt(
    output: Annotated[str, typer.Argument(help="The GDELT event file to write; our extra "
                                               "fields go beside it in OUTPUT.faultline.tsv.",
                                          show_default=False)],
    db: DbOption = None,
    parquet: ParquetOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    include_historical: HistoricalOption = False,
) -> None:
    """Write events as a GDELT 2.0 event file (61 tab-separated columns, no header).

    Example: [bold]faultline export gdelt events.export.CSV --db news.duckdb[/bold]
    """
    from faultline.export import gdelt

    rows = _export_rows(db, parquet, since, until, include_historical)
    side = output + ".faultline.tsv"
    with open(output, "w", encoding="utf-8", newline="") as events, \
            open(side, "w", encoding="utf-8", newline="") as extra:
        count = gdelt.write(rows, events, extra)
    err.print(f"{count} events -> {output} (extra fields: {side})", markup=False,
              soft_wrap=True)


@export_app.command(name="plover")
def export_plover(
    output: Annotated[str, typer.Argument(help="The JSON Lines file to write, or - for "
                                               "stdout.", show_default=False)],
    db: DbOption = None,
    parquet: ParquetOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    include_historical: HistoricalOption = False,
) -> None:
    """Write events as PLOVER JSON Lines, valid against `schema/plover.schema.json`.

    Example: [bold]faultline export plover events.jsonl --parquet out/[/bold]
    """
    from faultline.export import plover

    rows = _export_rows(db, parquet, since, until, include_historical)
    if output == "-":
        written, skipped = plover.write(rows, sys.stdout)
    else:
        with open(output, "w", encoding="utf-8") as out:
            written, skipped = plover.write(rows, out)
    err.print(f"{written} events -> {output} ({skipped} with no PLOVER type left out)",
              markup=False, soft_wrap=True)


def _read_store(db: str | None, query):
    """Run a read query against the store, turning an unusable database into exit 2."""
    url = db or default_url()
    try:
        with open_store(url, read_only=False) as store:
            return list(query(store))
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:  # `faultline articles | head` is normal use
        sys.stderr.close()


if __name__ == "__main__":
    main()
