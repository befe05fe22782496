"""`realpolitik eval`: score the coder against gold records and print or save the report."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from realpolitik.cli.app import app
from realpolitik.cli.output import emit

LEVEL_COLUMNS = ["level", "precision", "recall", "f1", "tp", "fp", "fn"]


def level_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The table rows of a report: one per level that had anything to score."""
    rows = []
    for level, m in report["levels"].items():
        if m["tp"] + m["fp"] + m["fn"] == 0:
            continue
        rows.append({"level": level, **{k: m[k] for k in LEVEL_COLUMNS[1:]}})
    return rows


def print_tables(by_part: dict[str, dict[str, Any]], overall: dict[str, Any] | None, console: Console) -> None:
    """One table per gold part (and the total when there are several), same figures as the JSON."""
    sections = list(by_part.items())
    if overall is not None and len(by_part) > 1:
        sections.append(("all", overall))
    for name, rep in sections:
        title = (
            f"{name or '(no part)'}: {rep['records']} records, {rep['gold_events']} gold events, "
            f"{rep['predicted_events']} predicted; false alarms {rep['false_alarm_rate']:.1%}, "
            f"spurious {rep['spurious_rate']:.1%}"
        )
        emit(level_rows(rep), "table", LEVEL_COLUMNS, title=title, console=console)


def own_dictionary_parts(paths: list[Path], ids: set[str]) -> dict[str, int]:
    """Gold parts whose records say (``dictionary_set``) they need their own, fictional dictionaries,
    with how many of the scored records each holds."""
    found: dict[str, int] = {}
    for path in paths:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if not isinstance(obj, dict) or obj.get("id") not in ids:
                    continue
                if "fictional" in str(obj.get("dictionary_set") or "").lower():
                    name = str(obj["id"]).split(":", 1)[0]
                    found[name] = found.get(name, 0) + 1
    return found


@app.command("eval")
def eval_command(
    gold: Annotated[
        list[Path],
        typer.Argument(exists=True, dir_okay=False, readable=True, help="Gold JSONL file(s)."),
    ],
    report: Annotated[Path | None, typer.Option("--report", help="Write the JSON report to this file.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json")] = "table",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score at most N records.")] = None,
    part: Annotated[str | None, typer.Option("--part", help="Only records whose id starts with PREFIX.")] = None,
    modality: Annotated[
        str, typer.Option("--modality", help="Which predictions count: non-negated | asserted | all.")
    ] = "non-negated",
    split: Annotated[
        str | None, typer.Option("--split", help="Only records of this split (te3dev: tune | check).")
    ] = None,
    errors: Annotated[
        Path | None,
        typer.Option("--errors", help="Write every false negative and false positive (dyad_root) to this JSONL."),
    ] = None,
    conventions: Annotated[
        str | None, typer.Option("--conventions", help="Coding conventions: analyst (default) | petrarch.")
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option("--min-confidence", min=0.0, max=1.0, help="Events the coder is less sure of are not reported."),
    ] = None,
) -> None:
    """Score the coder against gold records (CAMEO and PLOVER levels, false alarms, worst misses)."""
    from realpolitik.coding.conventions import CONVENTIONS
    from realpolitik.evaluation.errors import cause_counts, error_rows, sentence_actors
    from realpolitik.evaluation.gold import load_gold, select
    from realpolitik.evaluation.runner import MODALITY_FILTERS, evaluate, skipped_sentences
    from realpolitik.pipeline import Pipeline
    from realpolitik.settings import load_settings

    if fmt not in ("table", "json"):
        raise typer.BadParameter("must be table or json", param_hint="--format")
    if modality not in MODALITY_FILTERS:
        raise typer.BadParameter(f"must be one of {', '.join(MODALITY_FILTERS)}", param_hint="--modality")
    if conventions is not None and conventions not in CONVENTIONS:
        raise typer.BadParameter(f"must be one of {', '.join(CONVENTIONS)}", param_hint="--conventions")
    err = Console(stderr=True)
    loaded = load_gold(gold)
    for e in loaded.errors:
        err.print(f"[yellow]rejected[/yellow] {e}")
    records = select(loaded.records, part, limit, split)
    if not records:
        err.print("no gold records to score")
        raise typer.Exit(1)
    pipeline = Pipeline(load_settings(conventions=conventions, min_confidence=min_confidence))
    with skipped_sentences() as skipped:
        overall, by_part, scored = evaluate(records, pipeline, modality_filter=modality)
    if skipped:
        err.print(f"[red]coder skipped {len(skipped)} sentence(s)[/red]; the scores lack their events.")
        err.print(f"first: {escape(skipped[0])}")
    if errors is not None:
        wrong = [r for r in scored if r["error"] or r["predicted"] or r["gold"]]
        published = {r.id: r.published for r in records}
        seen = dict(zip((r["id"] for r in wrong),
                        sentence_actors(pipeline, (r["text"] for r in wrong), (published.get(r["id"]) for r in wrong)),
                        strict=True))
        rows = error_rows(wrong, [seen[r["id"]] for r in wrong])
        errors.parent.mkdir(parents=True, exist_ok=True)
        with errors.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        err.print(f"wrote {len(rows)} errors to {errors}: {cause_counts(rows)}")
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(overall, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if fmt == "json":
        json.dump(overall, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_tables(by_part, overall, Console())
    for name, n in own_dictionary_parts(gold, {r.id for r in records}).items():
        print(f"note: the {n} {name} record(s) name fictional actors defined in their own dictionaries; scored "
              "with the packaged real-world dictionaries, their F1 says nothing about coding news. Score news "
              "alone with --part, or give their dictionary (../shared/data/gold/dictionaries/) through "
              "REALPOLITIK_ACTORS", file=sys.stderr)
    failed = [r for r in scored if r["error"]]
    for r in failed:
        err.print(f"[red]coder failed[/red] on {r['id']}: {r['error']}")
    if loaded.errors or failed:
        raise typer.Exit(1)


__all__ = ["eval_command", "level_rows", "print_tables"]
