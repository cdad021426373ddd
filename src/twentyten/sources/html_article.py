"""The article in an HTML page: headline, body paragraphs and metadata, without boilerplate.

Where the article sits and what counts as boilerplate is in
``data/sources/boilerplate.yaml``. The body container is found by the site-specific and
generic paths there; failing those, by where most paragraph text is (a small readability
score). Navigation, menus, footers, scripts and share buttons are dropped, but never an
element that holds the article (some sites wrap the whole page in a ``<form>``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml
from lxml import etree, html

from twentyten.sources.published import dateline_date, normalize_date

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "thead",
        "tbody",
        "tfoot",
        "blockquote",
        "pre",
        "hr",
        "address",
        "figure",
        "center",
        "caption",
        "body",
        "html",
        "td",
        "th",
    ]
)
PARAGRAPH_TAGS = frozenset(["p", "pre", "blockquote", "li", "h2", "h3", "h4", "dd"])
# Markup that never carries article text, dropped before looking for the article.
ALWAYS_DROP = ("script", "style", "noscript", "template")
# A container needs this much text to be taken as the article.
MIN_ARTICLE_CHARS = 80
# Blocks whose text is mostly links (menus, "related articles") are not article text.
MAX_LINK_SHARE = 0.6

_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u3000\u200b]+")
_BREAK = "\x00"
_PARAGRAPH = "\x01"
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


class MalformedHtml(ValueError):
    """The page could not be parsed or holds no article text."""


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    title: str | None
    text: str  # headline, blank line, body paragraphs separated by blank lines
    published: str | None
    url: str | None  # canonical link or og:url
    site_name: str | None
    language: str | None  # from <html lang>
    # The <title> and its parts around a separator: they may name the outlet.
    page_titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class BoilerplateRules:
    drop_tags: tuple[str, ...]
    drop_markers: frozenset[str]
    drop_marker_phrases: tuple[str, ...]
    content_paths: tuple[etree.XPath, ...]
    title_paths: tuple[etree.XPath, ...]
    title_separators: tuple[str, ...]
    published_paths: tuple[etree.XPath, ...]


@lru_cache(maxsize=1)
def boilerplate_rules() -> BoilerplateRules:
    raw = yaml.safe_load(
        files("twentyten")
        .joinpath("data", "sources", "boilerplate.yaml")
        .read_text(encoding="utf-8")
    )
    markers = [str(m).lower() for m in raw["drop_markers"]]
    return BoilerplateRules(
        drop_tags=tuple(raw["drop_tags"]),
        drop_markers=frozenset(m for m in markers if "-" not in m),
        drop_marker_phrases=tuple(m for m in markers if "-" in m),
        content_paths=tuple(etree.XPath(p) for p in raw["content_paths"]),
        title_paths=tuple(etree.XPath(p) for p in raw["title_paths"]),
        title_separators=tuple(raw["title_suffix_separators"]),
        published_paths=tuple(etree.XPath(p) for p in raw["published_meta"]),
    )


def parse_html(markup: str) -> html.HtmlElement:
    markup = _XML_DECLARATION.sub("", markup, count=1)
    try:
        root = html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as error:
        raise MalformedHtml(f"cannot parse HTML ({error})") from error
    return root


def extract_article(markup: str) -> HtmlArticle:
    """The article of a whole page. Raises :class:`MalformedHtml` when there is none."""
    rules = boilerplate_rules()
    root = parse_html(markup)
    title = _title(root, rules)
    published = _published(root, rules)
    url = _first_attr(root, "//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content")
    site_name = _first_attr(
        root,
        "//meta[@property='og:site_name']/@content",
        "//meta[@name='application-name']/@content",
    )
    language = _first_attr(root, "/html/@lang", "//meta[@http-equiv='content-language']/@content")
    for element in root.iter(*ALWAYS_DROP):
        _drop(element)
    container = _content_container(root, rules)
    _drop_boilerplate(root, rules, keep=container)
    body = render_text(container)
    if not body:
        raise MalformedHtml("no article text found in the page")
    text = _with_title(title, body)
    if published is None:
        published = dateline_date(body)
    if published is None and container is not root:
        # Some pages print the date above the headline, outside the article block.
        page = root.find("body")
        published = dateline_date(render_text(page if page is not None else root))
    return HtmlArticle(title, text, published, url, site_name, language, _page_titles(root, rules))


def html_fragment_to_text(markup: str) -> str:
    """Plain text of an HTML snippet (feed content, an export's body field)."""
    if "<" not in markup:
        return normalize_text(markup)
    try:
        fragments = html.fragments_fromstring(markup)
    except (etree.ParserError, ValueError):
        return normalize_text(markup)
    wrapper = html.Element("div")
    for fragment in fragments:
        if isinstance(fragment, str):
            if len(wrapper):
                wrapper[-1].tail = (wrapper[-1].tail or "") + fragment
            else:
                wrapper.text = (wrapper.text or "") + fragment
        else:
            wrapper.append(fragment)
    rules = boilerplate_rules()
    doomed = [
        element
        for element in wrapper.iter()
        if element is not wrapper
        and isinstance(element.tag, str)
        and (
            element.tag in ALWAYS_DROP
            or element.tag in rules.drop_tags
            or _is_marked(element, rules)
        )
    ]
    for element in doomed:
        _drop(element)
    return render_text(wrapper)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<p" in head or "<div" in head or "<br" in head or "<html" in head or "</" in head


# --- text rendering ----------------------------------------------------------------------


def render_text(element: html.HtmlElement) -> str:
    """Visible text with paragraphs as blank-line separated blocks and <br> as line breaks."""
    parts: list[str] = []
    _render(element, parts)
    return _tidy("".join(parts))


def _render(element: html.HtmlElement, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else None
    if tag is not None:
        if tag == "br":
            parts.append(_BREAK)
        elif tag in BLOCK_TAGS:
            parts.append(_PARAGRAPH)
        if element.text:
            parts.append(element.text)
        for child in element:
            _render(child, parts)
        if tag in BLOCK_TAGS:
            parts.append(_PARAGRAPH)
    if element.tail:
        parts.append(element.tail)


def _tidy(raw: str) -> str:
    paragraphs = []
    for block in raw.split(_PARAGRAPH):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split(_BREAK)]
        # Two <br> in a row separate paragraphs on pages that have no <p>.
        current: list[str] = []
        for line in lines:
            if line:
                current.append(line)
            elif current:
                paragraphs.append("\n".join(current))
                current = []
        if current:
            paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def normalize_text(text: str) -> str:
    """Plain text with newlines normalised, lines trimmed and blank runs collapsed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    blank = False
    for line in lines:
        if line.strip():
            if blank and out:
                out.append("")
            out.append(line)
            blank = False
        else:
            blank = True
    return "\n".join(out)


def _with_title(title: str | None, body: str) -> str:
    if not title:
        return body
    first, _, rest = body.partition("\n\n")
    if _SPACES.sub(" ", first).strip().lower() == title.lower():
        body = rest
    return f"{title}\n\n{body}" if body else title


# --- metadata ----------------------------------------------------------------------------


def _first_attr(root: html.HtmlElement, *paths: str) -> str | None:
    for path in paths:
        for value in root.xpath(path):
            value = _SPACES.sub(" ", str(value)).strip()
            if value:
                return value
    return None


def _title(root: html.HtmlElement, rules: BoilerplateRules) -> str | None:
    for path in rules.title_paths:
        for found in path(root):
            value = found if isinstance(found, str) else found.text_content()
            value = _SPACES.sub(" ", str(value)).strip()
            if value:
                return value
    titles = root.xpath("//title")
    if not titles:
        return None
    value = _SPACES.sub(" ", titles[0].text_content()).strip()
    for separator in rules.title_separators:
        head, found, _ = value.partition(separator)
        if found and len(head) >= 10:
            return head.strip()
    return value or None


def _page_titles(root: html.HtmlElement, rules: BoilerplateRules) -> tuple[str, ...]:
    titles = root.xpath("//title")
    if not titles:
        return ()
    value = _SPACES.sub(" ", titles[0].text_content()).strip()
    parts = [value]
    for separator in rules.title_separators:
        if separator in value:
            parts.extend(part.strip() for part in value.split(separator))
    return tuple(part for part in parts if part)


def _published(root: html.HtmlElement, rules: BoilerplateRules) -> str | None:
    for path in rules.published_paths:
        for value in path(root):
            date = normalize_date(str(value))
            if date:
                return date
    for script in root.xpath("//script[@type='application/ld+json']"):
        date = _json_ld_date(script.text or "")
        if date:
            return date
    for value in root.xpath("//time/@datetime"):
        date = normalize_date(str(value))
        if date:
            return date
    return None


def _json_ld_date(payload: str) -> str | None:
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "datePublished" in item:
                return normalize_date(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


# --- finding the article -----------------------------------------------------------------


def _drop(element: html.HtmlElement) -> None:
    if element.getparent() is not None:
        element.drop_tree()


def _is_marked(element: html.HtmlElement, rules: BoilerplateRules) -> bool:
    label = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
    label = label.strip().lower()
    if not label:
        return False
    if element.get("role") in ("navigation", "banner", "contentinfo", "complementary"):
        return True
    tokens = set(re.split(r"[\s_\-]+", label))
    if tokens & rules.drop_markers:
        return True
    joined = re.sub(r"[\s_]+", "-", label)
    return any(phrase in joined for phrase in rules.drop_marker_phrases)


def _drop_boilerplate(
    root: html.HtmlElement, rules: BoilerplateRules, keep: html.HtmlElement
) -> None:
    protected = {id(keep), *(id(a) for a in keep.iterancestors())}
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str) or id(element) in protected:
            continue
        if element.tag in rules.drop_tags or _is_marked(element, rules):
            doomed.append(element)
    for element in doomed:
        _drop(element)
    for element in list(keep.iter("ul", "ol", "div", "p", "table", "section", "span")):
        if element is keep or element.getparent() is None:
            continue
        text = _SPACES.sub(" ", element.text_content()).strip()
        if not text:
            continue
        linked = sum(len(_SPACES.sub(" ", a.text_content()).strip()) for a in element.iter("a"))
        if linked > MAX_LINK_SHARE * len(text):
            _drop(element)


def _content_container(root: html.HtmlElement, rules: BoilerplateRules) -> html.HtmlElement:
    for path in rules.content_paths:
        candidates = [c for c in path(root) if isinstance(c, html.HtmlElement)]
        if not candidates:
            continue
        best = max(candidates, key=_visible_length)
        if _visible_length(best) >= MIN_ARTICLE_CHARS:
            return best
    return _densest_element(root, rules)


def _visible_length(element: html.HtmlElement) -> int:
    return len(_SPACES.sub("", element.text_content()))


def _own_text_length(element: html.HtmlElement) -> int:
    size = len(_SPACES.sub("", element.text or ""))
    for child in element:
        size += len(_SPACES.sub("", child.tail or ""))
    return size


def _densest_element(root: html.HtmlElement, rules: BoilerplateRules) -> html.HtmlElement:
    scores: dict[int, float] = {}
    elements: dict[int, html.HtmlElement] = {}
    for element in root.iter():
        if not isinstance(element.tag, str) or _is_marked(element, rules):
            continue
        if element.tag in rules.drop_tags or any(
            a.tag in rules.drop_tags or _is_marked(a, rules) for a in element.iterancestors()
        ):
            continue
        if element.tag in PARAGRAPH_TAGS:
            size = _visible_length(element)
            if size < 20:
                continue
            parent = element.getparent()
            grandparent = parent.getparent() if parent is not None else None
            for share, target in ((1.0, parent), (0.5, grandparent)):
                if target is not None:
                    scores[id(target)] = scores.get(id(target), 0.0) + share * size
                    elements[id(target)] = target
        elif element.tag not in ("html", "head"):
            own = _own_text_length(element)
            if own >= 20:
                scores[id(element)] = scores.get(id(element), 0.0) + own
                elements[id(element)] = element
    if not scores:
        body = root.find("body")
        return body if body is not None else root
    return elements[max(scores, key=scores.__getitem__)]
