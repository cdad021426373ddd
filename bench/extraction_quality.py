"""Score the event extractor against a gold corpus (default: ../shared/corpus/dev/).

Reads gold.jsonl and the report texts AT RUN TIME (the texts never enter the project), runs
the extractor with each document's `published` date and language, and prints precision,
recall and F1 at event level. An event's key is county (with its province, so the two
Unsans stay apart) + event type + date, as in the corpus README.

    .venv/bin/python bench/extraction_quality.py [--corpus DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from twentyten.extract import Extractor

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

Key = tuple[str | None, str | None, str, str | None]


def event_key(event: dict[str, object]) -> Key:
    return (
        event.get("county"),  # type: ignore[return-value]
        event.get("province"),
        str(event["event_type"]),
        event.get("date"),  # type: ignore[return-value]
    )


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", action="store_true", help="print per-document errors")
    args = parser.parse_args(argv)
    gold_path = args.corpus / "gold.jsonl"
    if not gold_path.is_file():
        print(f"no gold file at {gold_path}", file=sys.stderr)
        return 2
    extractor = Extractor()
    counts: dict[str, Counter[str]] = {"all": Counter()}
    attribute_hits: Counter[str] = Counter()
    for line in gold_path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        text = (args.corpus / doc["file"]).read_text("utf-8")
        predicted = [
            e.to_dict()
            for e in extractor.extract(
                text, document=doc["id"], published=doc.get("published"), language=doc["language"]
            )
        ]
        gold_keys = Counter(event_key(e) for e in doc["events"])
        pred_keys = Counter(event_key(e) for e in predicted)
        tp = sum((gold_keys & pred_keys).values())
        fp = sum((pred_keys - gold_keys).values())
        fn = sum((gold_keys - pred_keys).values())
        for bucket in ("all", doc["language"]):
            counts.setdefault(bucket, Counter())
            counts[bucket].update(tp=tp, fp=fp, fn=fn)
        gold_by_key = {event_key(e): e for e in doc["events"]}
        for event in predicted:
            gold = gold_by_key.get(event_key(event))
            if gold is None:
                continue
            attribute_hits["matched"] += 1
            attribute_hits["leader"] += gold["leader_attended"] == event["leader_attended"]
            attribute_hits["facilities"] += gold["facility_types"] == event["facility_types"]
        if args.verbose and (fp or fn):
            print(f"{doc['id']} ({doc['language']}): tp={tp} fp={fp} fn={fn}")
            for key in sorted((pred_keys - gold_keys).elements(), key=str):
                print(f"   + {key}")
            for key in sorted((gold_keys - pred_keys).elements(), key=str):
                print(f"   - {key}")
    print(f"corpus: {args.corpus}")
    print(f"{'set':<6} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8} {'F1':>6}")
    for bucket in ("all", "en", "ko"):
        c = counts.get(bucket)
        if not c:
            continue
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{bucket:<6} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4} {p:>10.3f} {r:>8.3f} {f:>6.3f}")
    matched = attribute_hits["matched"]
    if matched:
        print(
            f"on {matched} matched events: leader_attended agrees "
            f"{attribute_hits['leader'] / matched:.1%}, facility_types agree "
            f"{attribute_hits['facilities'] / matched:.1%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
