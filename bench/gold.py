"""Extraction accuracy on every gold set at once: captures and holds found / false / missed per
set, and precision, recall and F1 over all of them, for mapper and the baseline.

A rule is worth keeping only if it helps across the sets, not just on the sentence it was made
for; this prints the figures that check it. With ``--details DIR`` each set's full
``mapper evaluate --details`` report is written to DIR/<set>.txt, so two versions of the code
can be compared with ``diff -r``.

Run: .venv/bin/python bench/gold.py [--details DIR] [--workers N] [SET ...]
     (SET is a gold file name without .jsonl, e.g. blind30; default: every extraction set)
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapper.evaluate import (  # noqa: E402
    ExtractionScores,
    Match,
    evaluate_extraction,
    extraction_report,
    read_gold,
)

GOLD = ROOT / "tests/data/gold"


def _sets(names: list[str]) -> list[Path]:
    if names:
        return [GOLD / f"{n.removesuffix('.jsonl')}.jsonl" for n in names]
    paths = [p for p in GOLD.glob("*.jsonl")
             if "mention" not in json.loads(p.read_text().split("\n", 1)[0])]
    return sorted(paths, key=lambda p: (not p.stem.startswith(("extraction", "heldout")),
                                        len(p.stem), p.stem))


def _score(path: Path) -> tuple[str, int, list[ExtractionScores]]:
    rows = read_gold(path, resolve_paths=True)
    return path.stem, len(rows), evaluate_extraction(rows, ROOT)


def _row(label: str, m: Match) -> str:
    return (f"{label:14} {m.name:9} {m.true_positives:>6} {m.false_positives:>6} "
            f"{m.false_negatives:>6} {m.precision:>6.2f} {m.recall:>6.2f} {m.f1:>6.2f}")


def _total(matches: list[Match]) -> Match:
    return Match(matches[0].name, sum(m.true_positives for m in matches),
                 sum(m.false_positives for m in matches),
                 sum(m.false_negatives for m in matches))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="gold set names (default: all extraction sets)")
    ap.add_argument("--details", type=Path, help="write each set's --details report here")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    paths = _sets(args.sets)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        sys.exit(f"no such gold set: {', '.join(missing)}")
    if args.details:
        args.details.mkdir(parents=True, exist_ok=True)

    print(f"{'set':14} {'records':9} {'found':>6} {'false':>6} {'missed':>6} {'P':>6} {'R':>6} "
          f"{'F1':>6}")
    mapper: dict[str, list[Match]] = {"captures": [], "holds": []}
    baseline: dict[str, list[Match]] = {"captures": [], "holds": []}
    documents = 0
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for name, n, scores in pool.map(_score, paths):
            documents += n
            if args.details:
                (args.details / f"{name}.txt").write_text(
                    f"{name}: " + extraction_report(scores, n, details=True) + "\n")
            for m in (scores[0].captures, scores[0].holds):
                mapper[m.name].append(m)
                print(_row(name, m), flush=True)
            baseline["captures"].append(scores[1].captures)
            baseline["holds"].append(scores[1].holds)
    print(f"\nall {len(paths)} sets, {documents:,} documents")
    for kind in ("captures", "holds"):
        print(_row("mapper", _total(mapper[kind])))
    for kind in ("captures", "holds"):
        print(_row("baseline", _total(baseline[kind])))


if __name__ == "__main__":
    main()
