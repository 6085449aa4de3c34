"""Fuzz run: at least 10,000 hostile inputs through ingest and extraction; counts crashes.

Inputs: random bytes, random Unicode, HTML and script payloads, broken front matter and JSONL,
nonsense dates, boilerplate-only text, mixed-script noise around real capture sentences, and
one 200 MB single-line file. Every input must be read (or skipped with a reason) and
extracted without an exception.  Run: .venv/bin/python bench/fuzz.py [N] [K/M]
(K/M: process only the blocks of ten inputs i with (i // 10) % M == K, so M shards can run
side by side with the same mix of input kinds.)
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from mapper.extract import extract_documents
from mapper.ingest import Skipped, read_documents

SENTENCES = ["Rebels captured Manbij from ISIS on Sunday.", "Daesh fled al-Bab.",
             "The town of Dabiq was cleared of IS fighters last week.",
             "Turkish forces should liberate the city of Al-Bab.",
             "<script>alert(1)</script> fell to the SDF", "Kobane, held by the YPG since 2015,",
             "\"'><img src=x onerror=alert(1)>", "javascript:alert(1)", "Share", "Advertisement"]


def hostile(rng: random.Random, i: int, long_sentences: int = 2000) -> tuple[str, bytes]:
    kind = i % 10
    if kind == 0:
        return "bytes.txt", rng.randbytes(rng.randint(0, 3000))
    if kind == 1:
        text = "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(0, 800)))
        return "unicode.txt", text.encode("utf-8", errors="replace")
    if kind == 2:
        body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 30)))
        return "page.html", f"<!DOCTYPE html><html><body><p>{body}</p></body>".encode()
    if kind == 3:
        return "front.txt", (f"---\ndate: {rng.choice(['2016-13-45', 'tomorrow', '9999-01-01'])}"
                             f"\n{rng.choice(['source', '::', ''])}: x\n---\n"
                             + " ".join(rng.choices(SENTENCES, k=5))).encode()
    if kind == 4:
        lines = [rng.choice(['{"text": "' + rng.choice(SENTENCES) + '"}', "{broken",
                             '{"id": 5}', "[]", '{"text": 7}', '{"text": "", "date": "x"}'])
                 for _ in range(rng.randint(1, 20))]
        return "wire.jsonl", "\n".join(lines).encode()
    if kind == 5:
        return "latin1.txt", " ".join(rng.choices(SENTENCES, k=8)).replace("a", "à").encode(
            "latin-1", errors="replace")
    if kind == 6:
        return "ads.txt", "\n".join(rng.choices(["Share", "Advertisement", "All rights reserved.",
                                                 "Read more:"], k=10)).encode()
    if kind == 7:
        noise = "".join(rng.choice(",.;:!?\"'’“”()[]-–— \n\t") for _ in range(200))
        return "noise.txt", (noise + rng.choice(SENTENCES) + noise).encode()
    if kind == 8:
        return "long.txt", (" ".join(rng.choices(SENTENCES, k=long_sentences))).encode()
    return "mixed.txt", bytes(rng.choice([0, 9, 10, 13, 32, 65, 0xC3, 0xA9, 0xFF])
                              for _ in range(rng.randint(0, 500)))


@dataclass
class FuzzRun:
    """What a fuzz run saw: inputs, documents, skipped files or lines, events and crashes."""

    inputs: int = 0
    documents: int = 0
    skipped: int = 0
    events: int = 0
    crashes: list[str] = field(default_factory=list)


def run(n: int, shard: int = 0, shards: int = 1, huge_mb: int = 200,
        long_sentences: int = 2000) -> FuzzRun:
    """Generate ``n`` hostile inputs (plus one ``huge_mb`` single-line file) and push this
    shard's share through ingest and extraction, counting crashes instead of stopping."""
    rng = random.Random(11)
    result = FuzzRun()
    with tempfile.TemporaryDirectory() as tmp:
        inputs: list[Path | None] = [None]
        if huge_mb and shard == 0:
            big = Path(tmp) / "huge.txt"
            with big.open("w", encoding="utf-8") as fh:
                line = "Rebels took Manbij " * 1000
                for _ in range(huge_mb * 2**20 // len(line)):
                    fh.write(line)
            inputs[0] = big
        for i in range(n):
            name, data = hostile(rng, i, long_sentences)
            path = Path(tmp) / f"{i:05d}-{name}"
            path.write_bytes(data)
            inputs.append(path)
        mine = [p for i, p in enumerate(inputs) if (i // 10) % shards == shard and p is not None]
        result.inputs = len(mine)
        for done, path in enumerate(mine, 1):
            if done % 500 == 0:
                print(f"  {done:,}/{len(mine):,} inputs, {len(result.crashes)} crashes",
                      file=sys.stderr, flush=True)
            seen: list[Skipped] = []
            try:
                docs = list(read_documents([path], default_date=dt.date(2016, 9, 4),
                                           report=seen.append))
                result.events += len(extract_documents(docs))
                result.documents += len(docs)
                result.skipped += sum(1 for s in seen if s.fatal)
            except Exception:
                result.crashes.append(f"{path.name}:\n{traceback.format_exc()}")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    shard, shards = (int(x) for x in (sys.argv[2] if len(sys.argv) > 2 else "0/1").split("/"))
    t0 = time.perf_counter()
    result = run(n, shard, shards)
    for crash in result.crashes:
        print(f"CRASH on {crash}", file=sys.stderr)
    print(f"fuzz: {result.inputs:,} hostile inputs (shard {shard}/{shards} of {n:,}; the 200 MB "
          f"single line is in shard 0): {result.documents:,} documents read, {result.skipped:,} "
          f"files or JSONL lines skipped with a reason, {result.events:,} events, "
          f"{len(result.crashes)} crashes, {time.perf_counter() - t0:,.0f} s")


if __name__ == "__main__":
    main()
