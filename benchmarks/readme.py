"""Write the latest benchmark figures into README.md, from the JSON files the benchmarks leave in
``benchmarks/results/``, so that the README never shows a number that no run produced.

    .venv/bin/python benchmarks/readme.py          # rewrite the block between the markers
    .venv/bin/python benchmarks/readme.py --check  # exit 1 if the README is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
README = HERE.parent / "README.md"
START, END = "<!-- BENCHMARKS -->", "<!-- /BENCHMARKS -->"


NEWS_LEVELS = ["root", "dyad_root", "dyad_code", "source_actor", "target_actor"]


def _load(name: str) -> dict[str, Any] | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _scale(d: dict[str, Any]) -> list[str]:
    runs, ratios = d["runs"], d["ratios"]
    labels = {
        "spacy_1": "bare spaCy, one process",
        "spacy_2": "bare spaCy, `n_process=2`",
        "ingest_single": "`ingest`, one process",
        "ingest_workers_1": "`ingest --workers 1`",
        "ingest_workers_2": "`ingest --workers 2`",
    }
    lines = [
        f"- **Scale-out** (`benchmarks/scale.py`, {d['articles']} real news articles, {d['words']} words, "
        f"{d['cpus']} CPUs, computed {d['date']}; wall time of each whole command, model loads included):",
        "",
        "  | run | wall s | articles/s | words/s | peak RSS per process (MB) |",
        "  |---|---:|---:|---:|---|",
    ]
    for key, label in labels.items():
        r = runs[key]
        rss = ", ".join(f"{k} {v:.0f}" for k, v in r["peak_rss_mb"].items())
        lines.append(f"  | {label} | {r['wall_s']} | {r['articles_per_s']} | {r['words_per_s']} | {rss} |")
    lines += [
        "",
        f"  `--workers 2` / one process = **{ratios['workers_2_over_single']}** (goal ≥ 1.6); "
        f"`--workers 2` / spaCy `n_process=2` = **{ratios['workers_2_over_spacy_2']}** (goal ≥ 1.0); "
        f"`--workers 1` / one process = {ratios['workers_1_over_single']} (goal ≥ 0.9); "
        f"full / bare on this text = {ratios['full_over_bare']} (goal ≤ 1.20); peak RSS per worker "
        f"{d['worker_peak_rss_mb']:.0f} MB ({d['worker_first_quarter_rss_mb']:.0f} MB in the first quarter of the "
        f"run). Same events in the three ingests: {'yes' if d['same_events'] else 'NO'}. Projection for 100,000 "
        f"such articles: {d['hours_for_100k_workers_2']} h with `--workers 2`, {d['hours_for_100k_single']} h in "
        f"one process (load average {d['load_average_end']} at the end of the run).",
    ]
    cpu = {k: sum(r["cpu_s"].values()) for k, r in runs.items()}
    lines += [
        "",
        f"  CPU seconds of all processes of a run (less sensitive than wall time to other work on a shared "
        f"machine): full / bare = {cpu['ingest_single'] / cpu['spacy_1']:.3f}; spaCy `n_process=2` / "
        f"`--workers 2` = {cpu['spacy_2'] / cpu['ingest_workers_2']:.3f} (above 1: the workers used less).",
    ]
    return lines


def _pipeline(d: dict[str, Any]) -> list[str]:
    return [
        f"- **Pipeline cost** (`benchmarks/pipeline.py`, {d['documents']} real articles, {d['sentences']:,} sentences, "
        f"best of 3): full pipeline / bare spaCy = **{d['ratio_full_over_bare']}** (goal ≤ 1.25); "
        f"{d['sentences_per_s_full']} sentences/s with actors and coding, {d['events']:,} events."
    ]


def _actors(d: dict[str, Any]) -> list[str]:
    return [
        f"- **Actor resolution** (`benchmarks/actors.py`): spaCy + actors / spaCy = **{d['ratio']}**; the component "
        f"alone adds {100 * d['component_share_of_spacy']:.1f} % to spaCy time "
        f"({d['dictionary_entries']:,} dictionary entries load once in {d['dictionary_load_s']} s)."
    ]


def _store(d: dict[str, Any]) -> list[str]:
    return [
        f"- **Store writer** (`benchmarks/store_write.py`): Arrow batch writer **{d['speedup']}×** faster than "
        f"row-by-row `executemany` ({d['articles']:,} articles, {d['mentions']:,} mentions; "
        f"{d['writer_articles_per_s']:,} articles/s)."
    ]


def _analysis(d: dict[str, Any]) -> list[str]:
    goals = d["goals"]
    return [
        f"- **Analysis at scale** (`benchmarks/analysis.py`, {d['rows']:,} synthetic GDELT-format events, "
        f"{d['file_mb']} MB): import **{d['import_rows_per_s']:,} rows/s** (goal ≥ {goals['import_rows_per_s']:,}; "
        f"{d['import_vs_parse_ratio']}× the time DuckDB takes only to parse the file), monthly dyad series "
        f"**{d['dyad_monthly_ms']} ms** (goal < {goals['dyad_monthly_ms']}), network build "
        f"**{d['network_build_ms']} ms** ({d['network_nodes']} nodes, {d['network_edges']:,} edges), "
        f"sanctuary **{d['sanctuary_ms']} ms** (goal < {goals['sanctuary_ms']})."
    ]


def _analysis_icews(d: dict[str, Any]) -> list[str]:
    goals = d["goals_ms"]
    return [
        f"- **Analyses on a real year** (`benchmarks/analysis.py --icews`, ICEWS 2018, {d['events']:,} events): "
        f"shifts **{d['shifts_ms']} ms** (goal < {goals['shifts']}), blocs **{d['blocs_ms']} ms** "
        f"(goal < {goals['blocs']}; {d['blocs']} blocs, largest {d['largest_bloc']} of {d['states']} states), "
        f"sanctuary **{d['sanctuary_ms']} ms** (goal < {goals['sanctuary']}) — "
        f"{d['shifts_vs_scan_ratio']}×, {d['blocs_vs_scan_ratio']}× and {d['sanctuary_vs_scan_ratio']}× "
        f"a `count(*)` scan of the same store; first calls (loading libraries and dictionaries) "
        f"{', '.join(f'{k} {v} ms' for k, v in d['cold_first_call_ms'].items())}."
    ]


def _backtest(d: dict[str, Any]) -> list[str]:
    s = d["summary"]["structural_default"]
    p = d["summary"]["proximity_only"]
    return [
        f"- **Sanctuary backtest** (`benchmarks/sanctuary_backtest.py`, {d['cases']} leaders who fled abroad, "
        f"structural signals only): hit@1 {s['hit@1']}, hit@5 **{s['hit@5']}**, hit@10 {s['hit@10']}, "
        f"MRR {s['mrr']} — against proximity alone hit@5 {p['hit@5']} and chance {s['random_hit@5']}"
        + (f"; with the event signals on (no events: each must be 0) hit@5 {d['summary']['events_on_default']['hit@5']}"
           if "events_on_default" in d["summary"] else "") + "."
    ]


def _accuracy(d: dict[str, Any]) -> list[str]:
    lines = [
        f"- **Coding accuracy** (`benchmarks/accuracy.py`, dev gold; up-gsr and plover "
        f"coded with petrarch conventions, te3dev with analyst; computed {d['generated'][:10]}):",
        "",
        "  | part | records | level | precision | recall | F1 | false alarms | spurious |",
        "  |---|---|---|---|---|---|---|---|",
    ]
    for part in ("up-gsr", "plover-gsr", "te3dev-tune", "te3dev-check"):
        r = d["parts"].get(part)
        if r is None:
            continue
        levels = ["plover"] if part == "plover-gsr" else ["dyad_root"] if part.startswith("te3dev") else NEWS_LEVELS
        for level in levels:
            m = r["levels"][level]
            lines.append(
                f"  | {part} | {r['records']} | {level} | {m['precision']:.2f} | {m['recall']:.2f} | "
                f"**{m['f1']:.2f}** | {r['false_alarm_rate']:.0%} | {r['spurious_rate']:.0%} |"
            )
    if "skipped_sentences" in d:
        lines += ["", f"  Coder errors: {d['coder_errors']} records, {d['skipped_sentences']} sentences skipped."]
    lines += ["", "  Published figures for other coders on the same kind of data (not measured by us):"]
    lines += [f"  - {ref['coder']}: {ref['level']} on {ref['records']}: {ref['figure']}." for ref in d["references"]]
    return lines


def _api(d: dict[str, Any]) -> list[str]:
    ev1, ev8 = d["events"]
    sa1, sa8 = d["sanctuary"]
    goals = d["goals"]

    def cpu(run: dict[str, Any]) -> str:
        key = "server_cpu_ms_per_request"
        client = run.get("client_cpu_ms_per_request")
        both = f" (clients {client})" if client is not None else ""
        return f", server CPU {run[key]} ms/request{both}" if key in run else ""

    def load(run: dict[str, Any]) -> str:
        return f" (load {run['load_1min']})" if "load_1min" in run else ""

    cold = ""
    if "sanctuary_cold" in d:
        c1, c8 = d["sanctuary_cold"]
        cold = (f" Cold (the pair table computed: first request after the server starts / 8 clients at once on a new "
                f"date): {c1['p99_ms']} ms{load(c1)} / p99 **{c8['p99_ms']} ms**{load(c8)}; direct call cold "
                f"{d['sanctuary_direct_cold_ms']} ms.")
    clients = ("clients: one process each, one keep-alive connection, request written → response body read"
               if "client_cpu_ms_per_request" in ev8 else "clients in a second process")
    deep = ""
    if "events_deep" in d:
        dp, th = d["events_deep"], d["events_threads_8"]
        deep = (f" Deeper cursor pages (2–200), 8 clients: p50 {dp['p50_ms']} ms, p99 **{dp['p99_ms']} ms**"
                f"{cpu(dp)}{load(dp)}. Same first pages with the previous load generator (8 httpx threads in one "
                f"process): p99 {th['p99_ms']} ms{load(th)}. Direct call: rows written as JSON by DuckDB "
                f"{d['events_direct_ms']} ms vs Python rows {d['events_direct_dicts_ms']} ms per page "
                f"(ratio {d['events_ready_json_vs_dicts']}); a pair's month histogram (kept 30 s): "
                f"{d['events_histogram_ms']} ms.")
    return [
        f"- **REST API** (`benchmarks/api.py`, {d['rows']:,} synthetic events, `realpolitik serve` on "
        f"{d['cpus']} cores, {clients}, on the same cores): `/events` one dyad per request "
        f"(varied), 100 rows — 1 client {ev1['requests_per_s']} req/s, p50 {ev1['p50_ms']} ms, p99 {ev1['p99_ms']} ms"
        f"{cpu(ev1)}{load(ev1)}; 8 clients {ev8['requests_per_s']} req/s, p50 {ev8['p50_ms']} ms, p99 "
        f"**{ev8['p99_ms']} ms** (goal < {goals['events_p99_ms_at_8']}){cpu(ev8)}{load(ev8)}; HTTP/direct call p50 = "
        f"{d['events_http_vs_direct_p50']}.{deep} `/sanctuary`, one country per request (varied)"
        + (", pair table kept" if "sanctuary_cold" in d else "")
        + f" — 1 client p50 {sa1['p50_ms']} ms, p99 **{sa1['p99_ms']} ms**{cpu(sa1)}{load(sa1)}; 8 clients "
        f"{sa8['requests_per_s']} req/s, p99 **{sa8['p99_ms']} ms** (goal < {goals['sanctuary_p99_ms']}){load(sa8)}; "
        f"HTTP/direct p50 = {d['sanctuary_http_vs_direct_p50']}.{cold}"
        + (f" Machine load average during the run: {d['load_average'][0]}–{d['load_average'][1]} on "
           f"{d['cpus']} cores (shared), so these latencies are upper bounds." if "load_average" in d else "")
    ]


def _te3_split(d: dict[str, Any]) -> list[str]:
    t, c = d["tune"]["dyad_root"], d["check"]["dyad_root"]
    return [
        f"- **te3dev by split** (`benchmarks/te3_split.py`, real wire sentences, analyst conventions): dyad_root F1 "
        f"tune **{t['f1']}** (P {t['precision']}, R {t['recall']}), check **{c['f1']}** (P {c['precision']}, "
        f"R {c['recall']}); false alarms tune {d['tune']['false_alarm_rate']}, check {d['check']['false_alarm_rate']}."
    ]


def _te3_context(d: dict[str, Any]) -> list[str]:
    def cell(split: str) -> str:
        alone, whole = d[split]["sentence"]["dyad_root"], d[split]["article"]["dyad_root"]
        return (f"{split} **{whole['f1']}** (P {whole['precision']}, R {whole['recall']}) against "
                f"{alone['f1']} alone")  # fmt: skip

    return [
        f"- **te3dev in article context** (`benchmarks/te3_context.py`, each sentence's whole article coded, the "
        f"gold coders' view; {d['located']}/{d['records']} sentences located): dyad_root F1 {cell('tune')}, "
        f"{cell('check')}."
    ]


def _te3_actors(d: dict[str, Any]) -> list[str]:
    t, c = d["tune"], d["check"]
    return [
        f"- **Actor recall on te3dev** (`benchmarks/te3_actors.py`): gold events whose source and target are both "
        f"among the sentence's actors: tune **{t['both_rate']}** ({t['both_actors_found']}/{t['gold_events']}), "
        f"check **{c['both_rate']}** ({c['both_actors_found']}/{c['gold_events']})."
    ]


def _corpus(d: dict[str, Any]) -> list[str]:
    return [
        f"- **Real news** (`benchmarks/corpus_coverage.py`, {d['articles']:,} wire articles): "
        f"{d['crashes']} crashes; of the {d['articles_naming_2plus_states']:,} articles naming two or more states, "
        f"**{100 * d['coverage']:.1f} %** yield an asserted event (states named as the actor step reads them: in a "
        "sport story, `actors/sport.sport_story`, a state named alone is a team, so such stories leave the count)."
    ]


def _news_judged(d: dict[str, Any]) -> list[str]:
    return [
        f"- **Judged by hand** (`benchmarks/news_judged.py`, {d['generated'][:10]}): of {d['sample']} asserted events "
        f"sampled from real wire articles naming two or more states, {d['right']} of {d['judged']} judged are right "
        f"at dyad + root level: **{100 * d['share_right']:.0f} %** (goal {100 * d['goal']:.0f} %); the verdicts and "
        "their reasons are in `benchmarks/data/news_judgements.jsonl`."
    ]


def _news_study(d: dict[str, Any]) -> list[str]:
    return [
        f"- **Study sample** (`benchmarks/news_study.py`, {d['generated'][:10]}): a second hand-judged sample "
        f"for error study, {d['sample']} first asserted events of other articles (salted order): {d['right']} of "
        f"{d['judged']} judged right at dyad + root level (**{100 * d['share_right']:.0f} %**); verdicts and error "
        "classes in `benchmarks/data/news_study_judgements.jsonl`."
    ]


def _news_fresh(d: dict[str, Any]) -> list[str]:
    number = d.get("round", 1)
    verdicts = "news_fresh_judgements.jsonl" if number == 1 else f"news_fresh_round{number}_judgements.jsonl"
    if str(d.get("salt", "")).startswith("study-"):
        drawn = ("articles no other sample or earlier round reaches, drawn as a **study round** during the work, "
                 "judged by an independent reader and then read error by error to write classes")
        reading = "a studied sample, which overstates precision as the samples above do"
    elif d.get("studied", number < 3):
        drawn = ("articles no other sample or earlier round reaches, judged unseen, then **studied** to write "
                 "classes, so it now overstates precision as the samples above do")
        reading = "now a studied sample"
    else:
        drawn = ("articles no other sample or earlier round reaches, drawn with a new salt after the round's "
                 "work and never studied")
        reading = "the fair estimate of precision on unseen news"
    return [
        f"- **Fresh sample, round {number}** (`benchmarks/news_fresh.py --round {number}`, {d['generated'][:10]}): "
        f"{d['sample']} first asserted events of {drawn}: {d['right']} of {d['judged']} judged right at dyad + root "
        f"level (**{100 * d['share_right']:.0f} %**), {reading}; verdicts in `benchmarks/data/{verdicts}`."
    ]


def _calibration(d: dict[str, Any]) -> list[str]:
    def cells(rows: list[dict[str, Any]]) -> str:
        return "; ".join(f"≥ {r['min_confidence']:.1f}: {r['right']}/{r['events']}" for r in rows)

    fresh = (f"fresh rounds (never studied) {cells(d['fresh'])}" if any(r["events"] for r in d["fresh"])
             else "no fresh round is left unstudied")
    return [
        f"- **Confidence as a filter** (`benchmarks/calibration.py`, {d['generated'][:10]}): judged events right "
        f"by `--min-confidence` bar, {fresh}; studied samples {cells(d['studied'])}."
    ]


def _rule_usage(d: dict[str, Any]) -> list[str]:
    t = d["texts"]
    return [
        f"- **Rule usage** (`benchmarks/rule_usage.py`, computed {d['generated'][:10]}): of "
        f"{d['curated_patterns']} curated rules (hand-written patterns and composed verb × object or event-noun "
        f"classes), {d['fire_on_dev']} fire on the dev gold ({t['dev']} records), "
        f"{d['fire_on_dev_never_on_news']} of them never on {t['news']} real news articles; "
        f"{len(d['fitted_one_dev_record_only'])} fire on one dev record only and nowhere in te3dev or the news "
        "(listed by id in `benchmarks/results/rule_usage.json`; not yet each checked for a test of its own)."
    ]


def _long_docs(d: dict[str, Any]) -> list[str]:
    runs = d["runs"]
    sizes = ", ".join(f"{r['chars']:,} chars {r.get('cpu_seconds', r['seconds'])} s CPU ({r['seconds']} s wall) / "
                      f"{r['peak_rss_mb']} MB" for r in runs)
    last = runs[-1]
    goals = d["goals"]
    return [
        f"- **Long documents** (`benchmarks/long_docs.py`, one article each, own process): {sizes} "
        f"(pipeline loaded: {last['loaded_rss_mb']} MB); CPU time per character at {last['chars']:,} chars is "
        f"**{last['time_per_char_ratio']}×** that at {runs[0]['chars']:,} (linear = 1), memory above the loaded "
        f"pipeline **{last['memory_growth_ratio']}×** (goal for 1 M chars: ≤ {goals['seconds_1m']:g} s, "
        f"≤ {goals['peak_rss_mb_1m']:g} MB; met: {'yes' if d['largest_within_goals'] else 'no'})"
        + (f"; bare spaCy on the same {last['chars']:,} chars: {last['bare_spacy_cpu_seconds']} s CPU (full / bare "
           f"**{last['full_over_bare']}**)." if last.get("bare_spacy_cpu_seconds") else ".")
    ]


def _later_rounds() -> list[int]:
    """The numbers of the fresh rounds after the first that have a result file, in order."""
    return sorted(int(p.stem.removeprefix("news_fresh_round")) for p in RESULTS.glob("news_fresh_round*.json"))


SECTIONS: list[tuple[str, Callable[[dict[str, Any]], list[str]]]] = [
    ("accuracy", _accuracy),
    ("scale", _scale),
    ("pipeline", _pipeline),
    ("actors", _actors),
    ("te3_split", _te3_split),
    ("te3_context", _te3_context),
    ("te3_actors", _te3_actors),
    ("corpus_coverage", _corpus),
    ("news_judged", _news_judged),
    ("news_study", _news_study),
    ("news_fresh", _news_fresh),
    *((f"news_fresh_round{n}", _news_fresh) for n in _later_rounds()),  # every round drawn so far, in order
    ("calibration", _calibration),
    ("store_write", _store),
    ("analysis", _analysis),
    ("analysis_icews", _analysis_icews),
    ("sanctuary_backtest", _backtest),
    ("api", _api),
    ("rule_usage", _rule_usage),
    ("long_docs", _long_docs),
]


def render() -> str:
    lines: list[str] = []
    for name, fmt in SECTIONS:
        data = _load(name)
        if data is not None:
            lines += fmt(data)
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report whether README.md is up to date")
    args = ap.parse_args()
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"README.md lacks the {START} … {END} markers", file=sys.stderr)
        return 2
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    new = f"{head}{START}\n{render()}\n{END}{tail}"
    if args.check:
        return 0 if new == text else 1
    README.write_text(new, encoding="utf-8")
    print(render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
