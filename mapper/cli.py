"""The `mapper` command: thin wrappers over mapper.pipeline; MapperError -> one line, exit 2."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from mapper.errors import MapperError

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
    ext.add_argument("paths", nargs="+", help="article files (.txt, .jsonl) or directories")
    ext.add_argument("--date", type=_date, help="article date (YYYY-MM-DD) when the file has none")
    ext.add_argument("--format", choices=("jsonl", "csv", "geojson"), default="jsonl")
    ext.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")

    mp = sub.add_parser(
        "map", help="build map.html, events.geojson and timeline.csv",
        epilog="example: mapper map examples/articles -o output",
        description="Build the interactive map and its data files from the articles.")
    mp.add_argument("paths", nargs="+", help="article files (.txt, .jsonl) or directories")
    mp.add_argument("--date", type=_date, help="article date (YYYY-MM-DD) when the file has none")
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
    return parser


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
    from mapper import pipeline
    from mapper.export import atomic_write, events_as_text

    if args.command == "extract":
        events = pipeline.extract_paths(args.paths, args.date)
        text = events_as_text(events, args.format)
        if args.output:
            atomic_write(args.output, text)
        else:
            sys.stdout.write(text)
        return 0
    if args.command == "map":
        out = pipeline.build_maps(args.paths, args.output, args.date, offline=args.offline)
        resolved = sum(1 for e in out.events if e.lat is not None)
        print(f"{len(out.events)} events ({resolved} placed), "
              f"{len({p.place_key for p in out.periods})} places -> {out.map_html}",
              file=sys.stderr)
        return 0
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
