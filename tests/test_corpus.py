"""Corpora and hostile input: streaming formats, skipped inputs reported, parallel and Dask
runs equal to one process, resumable partitions, no network, reproducible outputs."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mapper.corpus as corpus_module
from mapper.corpus import read_partitions, run_corpus
from mapper.extract import extract_document
from mapper.ingest import Skipped, read_documents
from mapper.models import Document
from mapper.pipeline import Progress, build_maps, extract_corpus

CAPTURE = "Kurdish-led forces captured Manbij from the Islamic State on Friday."
SEED = Path(__file__).parent.parent / "examples" / "articles" / "000_d4b7395a561064a2.txt"


def read_all(paths: list[str | Path]) -> tuple[list[Document], list[Skipped]]:
    skipped: list[Skipped] = []
    docs = list(read_documents(paths, default_date=dt.date(2016, 8, 14), report=skipped.append))
    return docs, skipped


def test_empty_and_binary_files_are_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "good.txt").write_text(CAPTURE, encoding="utf-8")
    docs, skipped = read_all([tmp_path])
    assert [d.doc_id for d in docs] == ["good"]
    assert {(Path(s.where).name, s.fatal) for s in skipped} == {("empty.txt", True),
                                                                 ("image.txt", True)}


def test_latin1_file_is_decoded_and_the_repair_reported(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes("Rebels took Manbij near the café in Aleppo. Ça va, "
                                       "said the commander in Alep.".encode("latin-1"))
    docs, skipped = read_all([tmp_path])
    assert "café" in docs[0].text
    assert skipped and not skipped[0].fatal


def test_malformed_jsonl_line_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text('{"id": "a", "text": "' + CAPTURE + '"}\n{broken\n'
                    '{"id": "b", "text": "Quiet day."}\n{"id": "c"}\n', encoding="utf-8")
    docs, skipped = read_all([path])
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert [s.where.rsplit(":", 1)[1] for s in skipped] == ["2", "4"]


def test_gzipped_jsonl_and_csv_with_a_text_column_are_read(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "day.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g", "date": "2016-08-14", "text": CAPTURE}) + "\n")
    (tmp_path / "day.csv").write_text(f'id,date,text\nc1,2016-08-14,"{CAPTURE}"\n',
                                      encoding="utf-8")
    docs, skipped = read_all([tmp_path])
    assert sorted(d.doc_id for d in docs) == ["c1", "g"] and not skipped


def test_glob_patterns_are_expanded(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(CAPTURE, encoding="utf-8")
    docs, _ = read_all([str(tmp_path / "*.txt")])
    assert [d.doc_id for d in docs] == ["a", "b"]


def test_html_page_gives_its_text(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<!DOCTYPE html><html><head><script>var x = 'Rebels took Aleppo';</script>"
        f"<style>p{{}}</style></head><body><p>{CAPTURE}</p></body></html>", encoding="utf-8")
    docs, skipped = read_all([tmp_path])
    assert CAPTURE in docs[0].text and "var x" not in docs[0].text
    assert any("HTML" in s.reason for s in skipped)


def test_malformed_front_matter_and_nonsense_dates_are_reported_not_fatal(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"---\nthis is not front matter\n---\n{CAPTURE}",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"---\ndate: 2999-01-01\n---\n{CAPTURE}", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"---\ndate: yesterday-ish\n---\n{CAPTURE}",
                                    encoding="utf-8")
    docs, skipped = read_all([tmp_path])
    assert len(docs) == 3 and all(d.date == dt.date(2016, 8, 14) for d in docs)
    assert len(skipped) == 3 and not any(s.fatal for s in skipped)


def test_text_that_is_only_boilerplate_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "ads.txt").write_text("Share\nAdvertisement\nAll rights reserved.\n",
                                      encoding="utf-8")
    docs, skipped = read_all([tmp_path])
    assert docs == [] and "boilerplate" in skipped[0].reason


def test_stdin_is_read_as_an_article() -> None:
    result = subprocess.run([sys.executable, "-m", "mapper", "extract", "-", "--date",
                             "2016-08-14"], input=CAPTURE, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0
    assert json.loads(result.stdout.splitlines()[0])["place"] == "Manbij"


def test_cli_exit_code_says_something_was_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(CAPTURE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mapper", "extract", str(tmp_path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "empty.txt: empty file" in result.stderr and "1 input(s) skipped" in result.stderr
    assert "Manbij" in result.stdout


def corpus(n: int) -> list[Document]:
    towns = ["Manbij", "Jarablus", "al-Bab", "Azaz", "Marea", "Tal Rifaat"]
    return [Document(f"doc-{i:04d}", f"Rebels captured {towns[i % 6]} from ISIS on Sunday. "
                     f"The SDF shelled {towns[(i + 1) % 6]}.", dt.date(2016, 9, 1 + i % 20),
                     "Test Wire") for i in range(n)]


def test_resumed_run_gives_exactly_the_records_of_an_uninterrupted_run(tmp_path: Path) -> None:
    docs = corpus(60)
    run_corpus(docs, tmp_path / "whole", partition_size=10, workers=1)

    def interrupted() -> Iterator[Document]:
        for i, doc in enumerate(docs):
            if i == 35:
                raise KeyboardInterrupt
            yield doc

    with pytest.raises(KeyboardInterrupt):
        run_corpus(interrupted(), tmp_path / "resumed", partition_size=10, workers=1)
    done = sorted(p.name for p in (tmp_path / "resumed").glob("part-*.jsonl"))
    assert done == [f"part-{i:05d}.jsonl" for i in range(3)]
    summary = run_corpus(docs, tmp_path / "resumed", partition_size=10, workers=1)
    assert summary.skipped_partitions == 3
    assert list(read_partitions(tmp_path / "resumed")) == list(read_partitions(tmp_path / "whole"))


def test_two_local_workers_give_the_single_process_records(tmp_path: Path) -> None:
    docs = corpus(40)
    run_corpus(docs, tmp_path / "one", partition_size=10, workers=1)
    run_corpus(docs, tmp_path / "two", partition_size=10, workers=2)
    assert list(read_partitions(tmp_path / "two")) == list(read_partitions(tmp_path / "one"))


def test_default_workers_means_every_core(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[int] = []
    monkeypatch.setattr(corpus_module.os, "cpu_count", lambda: 3)
    monkeypatch.setattr(corpus_module, "_run_processes",
                        lambda todo, done, workers: used.append(workers))
    run_corpus(corpus(5), tmp_path / "auto", partition_size=10)
    assert used == [3]


def test_dask_local_cluster_gives_the_single_process_records(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    docs = corpus(30)
    run_corpus(docs, tmp_path / "one", partition_size=10, workers=1)
    run_corpus(docs, tmp_path / "dask", partition_size=10, engine="dask", workers=2)
    assert list(read_partitions(tmp_path / "dask")) == list(read_partitions(tmp_path / "one"))
    assert len(list((tmp_path / "dask").glob("part-*.parquet"))) == 3


def test_pipeline_makes_no_network_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network call attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    build_maps([SEED], tmp_path, dt.date(2016, 9, 4), progress=False)
    assert (tmp_path / "map.html").stat().st_size > 0


def test_same_input_gives_byte_identical_outputs(tmp_path: Path) -> None:
    build_maps([SEED], tmp_path / "a", dt.date(2016, 9, 4), progress=False)
    build_maps([SEED], tmp_path / "b", dt.date(2016, 9, 4), progress=False)
    for name in ("map.html", "events.geojson", "timeline.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_extractor_never_raises_on_any_string(text: str) -> None:
    extract_document(Document("fuzz", text, dt.date(2016, 9, 4)))


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ISAlBab-Rebels took captured from the town of ,.'"
                                            "\u2019\u201c\u201d<>&\n")), max_size=300))
def test_extractor_never_raises_on_news_shaped_noise(text: str) -> None:
    extract_document(Document("fuzz", text, dt.date(2016, 9, 4)))


def test_progress_bar_counts_skipped_inputs_and_still_reports_them(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "ok.txt").write_text("Rebels took Manbij from ISIS on Sunday.", encoding="utf-8")
    seen: list[Skipped] = []
    bar = Progress(show=False, report=seen.append)
    documents = list(read_documents([tmp_path], report=bar.report))
    bar.close()
    assert bar.skipped == 2
    assert len(seen) == 2 and len(documents) == 1


def test_corpus_extraction_from_paths_writes_partitions(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for i, town in enumerate(["Manbij", "Jarablus", "Azaz"]):
        (articles / f"{i}.txt").write_text(f"Rebels captured {town} from ISIS on Sunday.",
                                           encoding="utf-8")
    (articles / "empty.txt").write_bytes(b"")
    seen: list[Skipped] = []
    summary = extract_corpus([articles], tmp_path / "out", dt.date(2016, 9, 4),
                             report=seen.append, workers=1, partition_size=2, progress=False)
    assert (summary.documents, summary.partitions) == (3, 2)
    assert sorted(r["place"] for r in read_partitions(tmp_path / "out")) == [
        "Azaz", "Jarablus", "Manbij"]
    assert [s.fatal for s in seen] == [True]


def test_a_short_fuzz_run_of_hostile_inputs_never_crashes() -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    from fuzz import run

    result = run(200, huge_mb=2, long_sentences=40)
    assert result.crashes == []
    assert result.inputs == 201 and result.skipped > 0 and result.documents > 0
