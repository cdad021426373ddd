"""A relevance gate: prove cheaply that a report cannot yield any 20x10 event.

Most of a news archive is about something else (KCNA publishes about a hundred items a day,
a few of them about 20x10). The extractor's own rules say when a report can yield nothing,
and this gate checks just those, in one cheap pass each, so that unrelated reports skip the
sentence splitting, date resolution and place lookup:

* every event starts from a trigger of the extractor's vocabulary (``triggers.yaml``) in a
  sentence: no trigger, no event;
* a generic trigger ("ceremony", "식") only counts in a report with another trigger, a
  continuation ("it was the turn of") only after an event, and a leader-only trigger
  (visits, policy speeches) only where the leader is named;
* every event but a policy announcement needs a county the gazetteer finds in the text.

Each test is a necessary condition of the extractor's, so the gate is exact: when it says
no, the extractor would have returned nothing (``tests/test_extract_gate.py`` checks this on
the corpora and on generated texts). When in doubt (a text whose length ``lower()`` changes,
a gazetteer without the lexical test) it lets the report through.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from twentyten.extract.vocabulary import LanguageVocabulary

# The one event type that needs no county (a policy may be announced for the whole country).
COUNTY_FREE_TYPE = "policy_announcement"


class RelevanceGate:
    """Says whether a report might yield events; `False` proves it yields none."""

    def __init__(self, vocabularies: Mapping[str, LanguageVocabulary], gazetteer: Any) -> None:
        self.vocabularies = vocabularies
        matcher = getattr(gazetteer, "matcher", None)
        self._names_unit = getattr(matcher, "names_unit", None)

    def admits(self, text: str, language: str) -> bool:
        vocab = self.vocabularies.get(language)
        if vocab is None:
            return True
        lowered = text.lower()
        if len(lowered) != len(text):
            return True  # the extractor scans such text differently; let it decide
        specs = vocab.triggers
        found = [specs[m.key] for m in vocab.trigger_scanner.scan(lowered)]
        specific = [spec for spec in found if not spec.generic and not spec.continuation]
        if not specific:
            # A generic trigger ("ceremony") takes its type from another trigger, and a
            # continuation ("it was the turn of") repeats an event found before it. Only a
            # report named for its ceremonies ("openings_2025_cohort.csv" over dated rows of
            # places) gives them to rows without one.
            themes = vocab.report_themes
            return (
                themes is not None
                and themes.search(lowered) is not None
                and self._county_named(text)
            )
        plain = [spec for spec in specific if not spec.leader]
        led = [spec for spec in specific if spec.leader]
        if any(spec.event_type == COUNTY_FREE_TYPE for spec in plain):
            return True
        # Any generic trigger is typed by the report's leading ceremony: a county event.
        county_event = bool(plain) or len(specific) < len(found)
        if county_event and (self._county_named(text) or _stem_bracketed(text, vocab)):
            return True
        if not led or not _names_leader(text, vocab):
            return False  # leader-only triggers count only where the leader is named
        if any(spec.event_type == COUNTY_FREE_TYPE for spec in led):
            return True
        return not county_event and self._county_named(text)

    def _county_named(self, text: str) -> bool:
        return self._names_unit is None or bool(self._names_unit(text))


def _stem_bracketed(text: str, vocab: LanguageVocabulary) -> bool:
    """Does a note write a programme county's stem with a bracket after it ("성천(평남)")?
    The extractor reads such stems as the counties (with their province in the bracket)."""
    pattern = vocab.bracketed_stem
    return pattern is not None and pattern.search(text) is not None


def _names_leader(text: str, vocab: LanguageVocabulary) -> bool:
    """Is the leader named anywhere (the extractor looks sentence by sentence)?

    The extractor searches each sentence on its own, so an assertion at the end of a pattern
    sees the sentence end. Sentences end after punctuation or at a line break, so a search
    line by line covers what the whole-text search would miss.
    """
    leader = vocab.leader
    if leader is None:
        return False
    if leader.search(text):
        return True
    return any(leader.search(line.rstrip()) for line in text.split("\n"))
