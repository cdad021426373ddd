from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from test_register_support import Found, add_document, add_units
from twentyten.errors import InputError
from twentyten.register.grading import independent_sources, load_grading
from twentyten.register.reconcile import reconcile, record_mentions
from twentyten.store import Store
from twentyten.store.schema import claims


def test_outlets_by_host_and_name_with_mirrors_mapped_to_origin() -> None:
    grading = load_grading()
    mirror = grading.outlet_for_url("https://kcnawatch.xyz/newstream/1/x")
    assert (mirror.name, mirror.kind, mirror.origin) == ("KCNA Watch", "state_media", "KCNA")
    assert grading.outlet_for_url("https://m.news1.kr/a").name == "News1"
    assert grading.outlet_for_name("로동신문").name == "Rodong Sinmun"
    unknown = grading.outlet_for_url("https://www.example.net/story")
    assert (unknown.name, unknown.kind, unknown.known) == ("example.net", "other", False)
    assert str(grading.grade("other")) == "F6"
    # State media on whether a plant runs is graded lower than on its ceremonies.
    ceremony = grading.grade("state_media", event_type="completion")
    running = grading.grade("state_media", event_type="production_start")
    assert running.credibility > ceremony.credibility


def test_independent_sources_count_origins_not_copies() -> None:
    rows = [
        {"origin": "KCNA", "source_kind": "state_media", "review_state": "proposed"},
        {"origin": "KCNA", "source_kind": "state_media", "review_state": "proposed"},
        {"origin": "Yonhap", "source_kind": "news", "review_state": "proposed"},
        {"origin": "Daily NK", "source_kind": "insider", "review_state": "rejected"},
        {"origin": "curated:x.csv", "source_kind": "curated", "review_state": "accepted"},
        {"document_id": 7, "source_kind": "other", "review_state": "proposed"},
    ]
    assert independent_sources(rows) == 3


def test_user_file_is_merged_over_the_defaults(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "grading.yaml"
    mine.write_text(
        "source_kinds:\n  state_media: {reliability: D, credibility: 4}\n"
        "outlets:\n  Local Paper:\n    kind: news\n    hosts: [localpaper.example]\n"
        "    reliability: A\n    credibility: 2\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("TWENTYTEN_GRADING", str(mine))
    grading = load_grading()
    assert str(grading.grade("state_media")) == "D4"
    assert str(grading.grade("news")) == "B3"  # untouched default
    assert grading.outlet_for_url("https://localpaper.example/a").name == "Local Paper"
    assert grading.outlet_for_url("https://kcna.kp/x").name == "KCNA"  # defaults kept

    add_units(store)
    version = add_document(store, "https://kcna.kp/x", outlet="KCNA")
    record_mentions(store, version, [Found("completion", "south-phyongan/songchon", "2024-12")])
    reconcile(store, grading=grading)
    with store.connect() as conn:
        claim = conn.execute(select(claims)).mappings().one()
    assert (claim["reliability"], claim["credibility"]) == ("D", 4)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("source_kinds:\n  news: {reliability: G, credibility: 3}\n", "source_kinds.news"),
        ("source_kinds:\n  news: {reliability: B, credibility: 9}\n", "source_kinds.news"),
        ("outlets:\n  X: [not, a, mapping]\n", "outlets.X"),
    ],
)
def test_bad_user_file_names_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_grading(path)
    assert "bad.yaml" in str(caught.value) and key in str(caught.value)


def test_regrade_applies_a_new_file_but_keeps_hand_grades(store: Store, tmp_path: Path) -> None:
    from twentyten.register import edit, regrade_claims

    add_units(store)
    for n in range(2):
        version = add_document(store, f"https://kcna.kp/r{n}", outlet="KCNA")
        record_mentions(
            store, version, [Found("completion", "south-phyongan/songchon", f"2024-0{n + 1}")]
        )
    reconcile(store)
    with store.connect() as conn:
        first, second = conn.execute(select(claims.c.id).order_by(claims.c.id)).scalars().all()
    edit(store, f"claim:{first}", "reliability", "A", reason="confirmed by our own imagery")
    mine = tmp_path / "g.yaml"
    mine.write_text("source_kinds:\n  state_media: {reliability: E, credibility: 5}\n")
    assert regrade_claims(store, load_grading(mine)) == 1
    assert regrade_claims(store, load_grading(mine)) == 0
    with store.connect() as conn:
        grades = dict(
            (r.id, f"{r.reliability}{r.credibility}")
            for r in conn.execute(select(claims.c.id, claims.c.reliability, claims.c.credibility))
        )
    assert grades == {first: "A3", second: "E5"}
