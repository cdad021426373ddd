"""Extraction quality on the dev corpus in ../shared (read at test time; skipped without it).

The full report with per-document errors is `bench/extraction_quality.py`; this test only
guards the issue's target (event-level F1 >= 0.95, key = county + province + type + date).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from twentyten.extract import Extractor


def _key(event: dict) -> tuple:
    return (event.get("county"), event.get("province"), event["event_type"], event.get("date"))


def test_dev_corpus_f1_meets_the_target(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus" / "dev"
    extractor = Extractor()
    tp = fp = fn = 0
    for line in (corpus / "gold.jsonl").read_text("utf-8").splitlines():
        doc = json.loads(line)
        text = (corpus / doc["file"]).read_text("utf-8")
        events = extractor.extract(
            text, document=doc["id"], published=doc["published"], language=doc["language"]
        )
        predicted = Counter(_key(e.to_dict()) for e in events)
        gold = Counter(_key(e) for e in doc["events"])
        tp += sum((gold & predicted).values())
        fp += sum((predicted - gold).values())
        fn += sum((gold - predicted).values())
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.95
