"""The `mapper` command: thin wrappers over mapper.pipeline; MapperError -> one line, exit 2."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from mapper.errors import MapperError
from mapper.ingest import Skipped

EXAMPLES = """examples:
  mapper extract examples/articles/000_d4b7395a561064a2.txt --date 2016-09-04
  mapper extract examples/articles --format csv -o events.csv
  mapper map examples/articles -o output
"""


def _date(value: str) -> dt.date:
    from mapper.dates import parse_iso_date

    try:
        return parse_iso_date(value)
    except MapperError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mapper", description="Who holds which town, since when, and says who.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser(
        "extract", help="extract control events from articles",
        epilog="example: mapper extract article.txt --date 2016-09-04 --format csv -o events.csv",
        description="Write one record per capture or hold statement found in the articles.")
    _add_inputs(ext)
    ext.add_argument("--format", choices=("jsonl", "csv", "geojson", "acled", "gpkg", "parquet"),
                     default="jsonl", help="jsonl (default), csv, geojson, acled (ACLED-style "
                     "CSV), gpkg (GeoPackage) or parquet (GeoParquet); the last two need -o")
    ext.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")
    corpus = ext.add_argument_group("corpus runs (partitioned, resumable)")
    corpus.add_argument("--out-dir", type=Path, help="write part-NNNNN.jsonl partitions here; "
                        "a rerun resumes, skipping finished partitions")
    corpus.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local processes (default) or a Dask cluster (writes GeoParquet "
                        "partitions too)")
    corpus.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 "
                        "(default: a LocalCluster on this machine)")
    corpus.add_argument("--partition-size", type=int, default=200, help="documents per partition")

    mp = sub.add_parser(
        "map", help="build map.html, events.geojson and timeline.csv",
        epilog="example: mapper map examples/articles -o output",
        description="Build the interactive map and its data files from the articles.")
    _add_inputs(mp)
    mp.add_argument("-o", "--output", type=Path, required=True, help="output directory")
    mode = mp.add_mutually_exclusive_group()
    mode.add_argument("--offline", dest="offline", action="store_true", default=True,
                      help="embed Leaflet and borders: works with no network (default)")
    mode.add_argument("--online", dest="offline", action="store_false",
                      help="load Leaflet and map tiles from the web")
    gaz = sub.add_parser("gazetteer", help="import place data into the gazetteer, or describe it",
                         description="Manage the gazetteer index mapper resolves names against.")
    gaz_sub = gaz.add_subparsers(dest="gazetteer_command", required=True)
    imp = gaz_sub.add_parser(
        "import", help="merge GeoNames dumps (SY.txt, allCountries.zip, alternateNamesV2.txt) "
        "or CSVs (name, alternate_names, lat, lon, country, feature) into the index",
        epilog="example: mapper gazetteer import SY.zip alternateNamesV2.zip my_villages.csv")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--index", type=Path, help="index file (default: the project's)")
    info = gaz_sub.add_parser("info", help="what the index holds, from where, per country",
                              epilog="example: mapper gazetteer info")
    info.add_argument("--index", type=Path, help="index file (default: the project's)")

    geo = sub.add_parser(
        "geocode", help="resolve one place name and show the candidates and reasons",
        epilog='example: mapper geocode "al-Suwaida" --context "villages in Aleppo northern '
               'countryside"')
    geo.add_argument("name")
    geo.add_argument("--context", default="", help="text around the name (country, anchors)")

    ev = sub.add_parser(
        "evaluate", help="score extraction or geocoding against a gold JSONL file",
        description="Gold lines with 'captures'/'holds' score extraction; lines with 'mention', "
                    "'lat', 'lon' score geocoding. A simple baseline is scored in the same run.",
        epilog="example: mapper evaluate tests/data/gold/blind2.jsonl --details")
    ev.add_argument("gold", type=Path, nargs="+", help="gold JSONL file(s), scored together")
    ev.add_argument("--details", action="store_true", help="list each miss and false alarm")

    tl = sub.add_parser(
        "timeline", help="print control periods per place",
        epilog="example: mapper timeline examples/articles --as-of 2016-09-01 --place Jarablus")
    _add_inputs(tl)
    tl.add_argument("--as-of", type=_date, help="the holder of every place on this date")
    tl.add_argument("--place", help="only this place (any spelling)")
    tl.add_argument("--format", choices=("table", "csv"), default="table")

    sn = sub.add_parser(
        "snapshot", help="a static PNG of who held what on a date (for reports)",
        epilog="example: mapper snapshot examples/articles --date 2016-09-04 -o control.png")
    _add_inputs(sn)
    sn.add_argument("--as-of", type=_date, help="the day to draw (default: latest reports)")
    sn.add_argument("-o", "--output", type=Path, required=True, help="PNG file to write")
    return parser


def _evaluate_command(args: argparse.Namespace) -> int:
    from mapper.evaluate import (
        evaluate_extraction,
        evaluate_geocoding,
        extraction_report,
        geocoding_report,
        read_gold,
    )
    from mapper.gazetteer import default_gazetteer

    rows = [row for gold in args.gold for row in read_gold(gold, resolve_paths=True)]
    if not rows:
        print(f"{', '.join(map(str, args.gold))}: no gold lines", file=sys.stderr)
        return 2
    if "mention" in rows[0]:
        print(geocoding_report(evaluate_geocoding(rows, default_gazetteer()), args.details))
    else:
        scores = evaluate_extraction(rows, Path.cwd())
        print(extraction_report(scores, len(rows), args.details))
    return 0


def _snapshot_command(args: argparse.Namespace) -> int:
    from mapper.actors import load_actor_vocabulary
    from mapper.pipeline import extract_paths
    from mapper.snapshot import write_snapshot
    from mapper.timeline import build_periods

    periods = build_periods(extract_paths(args.paths, args.date, workers=args.workers))
    vocab = load_actor_vocabulary()
    colours = {p.side: vocab.colour_of(p.side) for p in periods if p.side}
    drawn = write_snapshot(periods, colours, args.output, args.as_of)
    print(f"{drawn} places -> {args.output}", file=sys.stderr)
    return 0


def _timeline_command(args: argparse.Namespace) -> int:
    from mapper.export import periods_as_csv
    from mapper.names import fold
    from mapper.pipeline import extract_paths
    from mapper.timeline import build_periods, state_as_of

    periods = build_periods(extract_paths(args.paths, args.date, workers=args.workers))
    if args.place:
        wanted = fold(args.place)
        keys = {p.place_key for p in periods for e in p.events
                if wanted in (fold(e.place), fold(e.name or ""))}
        periods = [p for p in periods if p.place_key in keys]
    if args.as_of:
        periods = state_as_of(periods, args.as_of)
    if args.format == "csv":
        sys.stdout.write(periods_as_csv(periods))
        return 0
    for p in periods:
        span = f"{p.start or '?'} .. {p.end or 'now'}"
        flag = " CONTESTED" if p.contested else ""
        sources = ", ".join(sorted({e.source or e.doc_id for e in p.events})) or "-"
        print(f"{p.place:28} {p.controller or '?':28} {span:26}{flag}  [{sources}]")
    return 0


def _workers(value: str) -> int | None:
    if value == "auto":
        return None
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("--workers takes a number or 'auto'") from exc
    if number < 1:
        raise argparse.ArgumentTypeError("--workers must be at least 1")
    return number


def _add_inputs(command: argparse.ArgumentParser) -> None:
    """The arguments every command that reads articles shares."""
    command.add_argument("paths", nargs="+", help="article files (.txt, .md, .html, .jsonl, "
                         ".jsonl.gz, .csv), directories, globs, or - for standard input")
    command.add_argument("--date", type=_date,
                         help="article date (YYYY-MM-DD) when the file has none")
    command.add_argument("--workers", type=_workers, default=None, metavar="N|auto",
                         help="processes to use (default auto: all cores for large inputs)")


class _Warnings:
    """Prints one line per skipped or repaired input and counts them for the summary."""

    def __init__(self) -> None:
        self.skipped = 0
        self.repaired = 0

    def __call__(self, item: Skipped) -> None:
        if item.fatal:
            self.skipped += 1
        else:
            self.repaired += 1
        kind = "skipped" if item.fatal else "note"
        print(f"mapper: {kind}: {item.where}: {item.reason}", file=sys.stderr)

    def summary(self) -> int:
        """Print the summary line; the exit code: 1 if any input was skipped, else 0."""
        if self.skipped or self.repaired:
            print(f"mapper: {self.skipped} input(s) skipped, {self.repaired} repaired",
                  file=sys.stderr)
        return 1 if self.skipped else 0


def _gazetteer_command(args: argparse.Namespace) -> int:
    from mapper.gazetteer import Gazetteer, default_path
    from mapper.gazetteer_build import import_files

    index = args.index or default_path()
    if args.gazetteer_command == "import":
        from tqdm import tqdm

        with tqdm(unit="place", desc="importing", disable=not sys.stderr.isatty()) as bar:
            for summary in import_files(index, args.files, bar.update):
                print(f"{summary.source}: {summary.places:,} places, {summary.names:,} name keys"
                      f" -> {index}", file=sys.stderr)
        return 0
    gazetteer = Gazetteer(index)
    print(f"index: {index}")
    for name, description, licence in gazetteer.sources():
        print(f"source: {name} - {description} ({licence})")
    counts = gazetteer.counts_by_country()
    print(f"places: {sum(counts.values()):,} in {len(counts)} countries")
    for code, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:25]:
        print(f"  {code or '--'} {count:>9,}")
    return 0


def _geocode_command(args: argparse.Namespace) -> int:
    from mapper.gazetteer import default_gazetteer
    from mapper.geoparse import resolve_name

    mention = resolve_name(args.name, default_gazetteer(), args.context)
    if mention.place is not None:
        p = mention.place
        print(f"{args.name} -> {p.name} ({p.country_code}) {p.lat:.5f}, {p.lon:.5f} "
              f"[geonames {p.place_id}], precision {mention.geo_precision}, score {mention.score}")
    elif mention.approximate is not None:
        lat, lon = mention.approximate
        print(f"{args.name} -> approximately {lat:.5f}, {lon:.5f}, "
              f"precision {mention.geo_precision}")
    else:
        print(f"{args.name} -> unresolved")
    for reason in mention.reasons:
        print(f"  because: {reason}")
    for candidate in mention.candidates:
        print(f"  candidate: {candidate.name} ({candidate.country_code}) "
              f"{candidate.lat:.4f}, {candidate.lon:.4f} pop {candidate.population:,}")
    return 0


def run(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "gazetteer":
        return _gazetteer_command(args)
    if args.command == "geocode":
        return _geocode_command(args)
    if args.command == "evaluate":
        return _evaluate_command(args)
    if args.command == "timeline":
        return _timeline_command(args)
    if args.command == "snapshot":
        return _snapshot_command(args)
    from mapper import pipeline
    from mapper.errors import OutputError
    from mapper.export import (
        atomic_text,
        atomic_write,
        events_as_acled_csv,
        events_as_text,
        stream_events,
        write_geodata,
    )

    warnings = _Warnings()
    if args.command == "extract" and args.out_dir:
        summary = pipeline.extract_corpus(args.paths, args.out_dir, args.date, report=warnings,
                                          engine=args.engine, workers=args.workers,
                                          partition_size=args.partition_size,
                                          scheduler=args.scheduler)
        print(f"{summary.documents:,} documents, {summary.records:,} records in "
              f"{summary.partitions} partitions ({summary.skipped_partitions} already done) "
              f"-> {summary.out_dir}", file=sys.stderr)
        return warnings.summary()
    if args.command == "extract":
        if args.format in ("gpkg", "parquet") and not args.output:
            raise OutputError(f"--format {args.format} writes a binary file: give -o FILE")
        if args.format in ("jsonl", "csv", "geojson"):
            stream = pipeline.iter_path_events(args.paths, args.date, report=warnings,
                                               workers=args.workers)
            if args.output:
                with atomic_text(args.output) as handle:
                    stream_events(stream, args.format, handle)
            else:
                stream_events(stream, args.format, sys.stdout)
            return warnings.summary()
        events = pipeline.extract_paths(args.paths, args.date, report=warnings,
                                        workers=args.workers)
        if args.format in ("gpkg", "parquet"):
            write_geodata(events, args.output.with_suffix(f".{args.format}")
                          if args.output.suffix.lower() != f".{args.format}" else args.output)
            return warnings.summary()
        if args.format == "acled":
            text = events_as_acled_csv(events)
        else:
            text = events_as_text(events, args.format)
        if args.output:
            atomic_write(args.output, text)
        else:
            sys.stdout.write(text)
        return warnings.summary()
    if args.command == "map":
        out = pipeline.build_maps(args.paths, args.output, args.date, offline=args.offline,
                                  report=warnings, workers=args.workers)
        resolved = sum(1 for e in out.events if e.lat is not None)
        print(f"{len(out.events)} events ({resolved} placed), "
              f"{len({p.place_key for p in out.periods})} places -> {out.map_html}",
              file=sys.stderr)
        return warnings.summary()
    return 2


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point: errors a user can fix are one line on stderr, exit code 2."""
    try:
        code = run(argv)
    except MapperError as exc:
        print(f"mapper: error: {exc}", file=sys.stderr)
        code = 2
    except KeyboardInterrupt:
        print("mapper: interrupted", file=sys.stderr)
        code = 130
    except BrokenPipeError:
        code = 0
    sys.exit(code)


if __name__ == "__main__":
    main()
