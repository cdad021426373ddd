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

from twentyten.extract.vocabulary import LanguageVocabulary, Trigger

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
        if not found:
            return False
        usable = self._usable(found, text, vocab)
        if not usable:
            return False
        if any(spec.event_type == COUNTY_FREE_TYPE for spec in usable):
            return True
        if self._names_unit is None:
            return True
        return bool(self._names_unit(text))

    @staticmethod
    def _usable(found: list[Trigger], text: str, vocab: LanguageVocabulary) -> list[Trigger]:
        """The triggers that could start an event, by the extractor's rules for each kind."""
        specific = [spec for spec in found if not spec.generic]
        if not specific:
            return []  # a generic trigger takes its type from another one
        usable = [spec for spec in specific if not spec.continuation and not spec.leader]
        led = [spec for spec in specific if spec.leader and not spec.continuation]
        if led and _names_leader(text, vocab):
            usable += led
        if len(specific) < len(found):
            # The report's leading ceremony types them, whatever that ceremony's own flags.
            usable += [spec for spec in found if spec.generic]
        return usable


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
