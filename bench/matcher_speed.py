"""Speed of the place-name matcher, side by side with baselines in the same run.

    .venv/bin/python bench/matcher_speed.py [--n 5000] [--seed 7] [--repeat 3] [--no-spacy]

Reports come from bench/synthetic_archive.py (English and Korean, 1-4 KB) and, when
../shared is beside the checkout, from the dev corpus (read at run time, never copied).
Prints reports/s on one core for:
- twentyten: ``Gazetteer.find`` (one scanning regex + dictionary lookups, with context
  resolution, enumeration and stop-list rules);
- naive: one precompiled regex per spelling, each run over the whole text;
- spaCy PhraseMatcher over the same spellings (tokenizer of a blank model), if installed.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"

from synthetic_archive import iter_reports  # noqa: E402
from twentyten.gazetteer import load_gazetteer  # noqa: E402


def naive_matcher(surfaces: list[str]) -> Callable[[str], int]:
    patterns = [
        re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)", re.IGNORECASE) for surface in surfaces
    ]

    def find(text: str) -> int:
        return sum(1 for pattern in patterns for _ in pattern.finditer(text))

    return find


def spacy_matcher(surfaces: list[str]) -> Callable[[str], int] | None:
    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        return None
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("PLACE", list(nlp.tokenizer.pipe(surfaces)))

    def find(text: str) -> int:
        return len(matcher(nlp.make_doc(text)))

    return find


def measure(find: Callable[[str], object], texts: list[str], repeat: int) -> float:
    """Best-of-``repeat`` reports per CPU second of this process (one core; the machine
    may be shared, so wall time would measure the neighbours too)."""
    rates = []
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            find(text)
        rates.append(len(texts) / max(time.process_time() - started, 1e-9))
    return max(rates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="synthetic reports")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--naive-n", type=int, default=300, help="reports for the (slow) naive baseline"
    )
    parser.add_argument("--no-spacy", action="store_true")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    load_gazetteer.cache_clear()
    gaz = load_gazetteer()
    load_seconds = time.perf_counter() - started
    surfaces = gaz.matcher.latin_surfaces() + gaz.matcher.hangul_surfaces()

    texts = [report.text for report in iter_reports(args.n, seed=args.seed)]
    mean_kb = statistics.mean(len(t.encode()) for t in texts) / 1024
    print(
        f"gazetteer load: {load_seconds * 1000:.0f} ms; {len(gaz.units)} units, "
        f"{len(surfaces)} spellings in the matcher"
    )
    print(f"synthetic reports: {len(texts)} (mean {mean_kb:.1f} KB, seed {args.seed})")

    rows: list[tuple[str, float]] = []
    rows.append(("twentyten Gazetteer.find", measure(gaz.find, texts, args.repeat)))
    naive_texts = texts[: args.naive_n]
    rows.append(
        (
            f"naive: regex per spelling ({len(surfaces)})",
            measure(naive_matcher(surfaces), naive_texts, 1),
        )
    )
    if not args.no_spacy:
        spacy_find = spacy_matcher(surfaces)
        if spacy_find is None:
            print("spaCy not installed: PhraseMatcher baseline skipped")
        else:
            rows.append(
                (
                    "spaCy PhraseMatcher (blank en)",
                    measure(spacy_find, texts[: max(args.naive_n, 1000)], 1),
                )
            )
    ours = rows[0][1]
    print(f"\n{'matcher':<44}{'reports/s':>12}{'vs naive':>10}")
    for name, rate in rows:
        print(f"{name:<44}{rate:>12,.0f}{rate / rows[1][1]:>9.1f}x")
    print(
        f"\ntwentyten is {ours / rows[1][1]:.0f}x the naive baseline"
        + (f", {ours / rows[2][1]:.1f}x spaCy PhraseMatcher" if len(rows) > 2 else "")
    )

    if DEV_CORPUS.is_dir():
        dev = [path.read_text(encoding="utf-8") for path in sorted(DEV_CORPUS.glob("d*.txt"))]
        rate = measure(gaz.find, dev, args.repeat)
        mean_dev = statistics.mean(len(t.encode()) for t in dev) / 1024
        print(
            f"dev corpus ({len(dev)} reports, mean {mean_dev:.1f} KB): "
            f"{rate:,.0f} reports/s with Gazetteer.find"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
