"""Plain-text dumps of a news page, as a browser's select-all + copy gives them.

A dump has the site's menu on top, a date line, the headline, perhaps a byline, the lead (ingress), body paragraphs,
quotes opened by "– ", subheadings, photo captions with credits, a fact box, and below the article the site's teasers
("Senaste nyheterna", "Läs också"), banners and footer.

The parser keeps the article and drops the rest, line by line. The signals, strongest first: the editor's sidecar
(keep/drop), the site's template (lines its other pages repeat, :mod:`audiocast.ingest.sites`), the rule table of
:mod:`audiocast.ingest.boilerplate` (data, not code), the line classifier's probability when it is installed, and
shape rules that need look-ahead:

- headline: chosen by evidence among the title-like lines above the first
  paragraph (:mod:`audiocast.ingest.headline`); a paragraph above the
  article's head (cookie text, a banner) is dropped; the first paragraph
  under the head is the lead;
- caption: a credit line ("… Foto: Namn") is dropped together with the short caption title right above it;
- records and boxes of the page told by their structure (comments, forum replies, embeds, pitch boxes, …), in
  the order of :mod:`audiocast.ingest.recordpasses`;
- boxes: a run of lines without blank lines under a boilerplate label, or mostly boilerplate, goes whole
  (:func:`.boxtags.box_tags`); under the article's last sentence, once furniture has begun, short lines are the tail;
- fact box: a title-like line directly followed by two or more short lines (phone numbers, list items), or a "Fakta"
  title followed by its lines; the dates of a list the text announces with a colon are its items (:mod:`.announced`);
- subheading: a short line without final punctuation followed by a paragraph.
- the article's end (:mod:`audiocast.ingest.articleend`): below its last paragraph of running prose and its first
  box, what is not positively the article's (a Fakta box, a box of its words, a closing line) is the page's;
- furniture by place and classifier (:mod:`audiocast.ingest.furniture`): doubted boxes and lone lines
  below the article's last long paragraph, captions standing alone without their credit.

Each extracted article carries a confidence and its doubts (:mod:`audiocast.ingest.confidence`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import IngestError
from ..models import Article, Block, BlockKind
from .actionbox import action_box_tags
from .announced import announced_date_tags
from .appeals import box_appeal_tags
from .articleend import end_tags
from .bios import about_writer_tags, bio_tags, writer_card_tags
from .blognames import without_blog_heads
from .boilerplate import BoilerplateRule, default_rules, first_match
from .boxtags import box_tags, furniture_shaped
from .byline import fact_bylines, meta_of, org_bylines
from .closingcalls import closing_call_tags
from .confidence import assess
from .consentbox import consent_box_tags
from .contacts import person_contact_tags, service_box_tags
from .credits import caption_over_credit, credit_tags, ends_colon_list, ends_glued_text, has_own_caption, is_credit_only
from .dates import is_date_line, is_place_date_line
from .dumpclean import clean_text
from .echoes import echo_tags
from .entrystamps import entry_stamp_tags
from .factitems import fact_item_tags
from .factruns import spaced_fact_tags
from .furniture import ORG_NAME_WORDS, about_tags, caption_tags, copy_tags, is_caption, page_tail, tail_box_tags
from .furniture import furniture_pieces as _pieces
from .furniture import labelled_item as _labelled_item
from .greetings import text_start
from .headbylines import opens_lead
from .headcands import SALUTATION
from .headcands import candidates as find_candidates
from .headcounters import head_counter_tags, without_head_counters
from .headfacts import head_facts, labelled_lead
from .headline import Candidate, Choice, Evidence, choose, line_words
from .hints import LAYOUT_RULES, Explained, Hints, line_key
from .labelboxes import labelled_shape
from .lang import language_of
from .latecards import late_writer_card_tags
from .letterclose import GREETING, SIGNATURE_RULE
from .lineshape import PHONE_NUMBER, is_quote, is_title_like, words
from .lineshape import QUOTE_START as _QUOTE_START
from .lineshape import SENTENCE_BREAK as _SENTENCE_BREAK
from .moreboxes import more_box_tags
from .pagewidgets import answers_under, feedback_question, is_parallel, widget_box_tags
from .picturelines import marked_caption_tags, parallel_rows, past_captions
from .portraits import portrait_box_tags
from .postcounters import counter_tag_tags
from .recordpasses import late_record_tags, record_tags
from .records import foot_below, is_poster_shaped, linked_label_tags, orphan_tags, service_tags, stop_box_end
from .rescue import NO_HEADLINE, read_page
from .sectionboxes import section_box_tags
from .servicewidgets import late_widget_tags, without_page_widgets
from .signedend import signed_end_tags
from .sitecalls import site_call_tags
from .summaries import language_tags
from .tailcalls import tail_call_tags
from .teasertitles import teaser_title_tags
from .testimonials import testimonial_tags
from .threadruns import thread_run_tags
from .updates import is_update_note, notes_under
from .viewers import without_viewer_chrome
from .wares import listing_tags
from .wraps import join_wrapped

_BULLET = re.compile(r"^(?:[-*•·▪◦]|\d+[.)])\s+")
_PHONE = re.compile(r"(?<!\d)" + PHONE_NUMBER + r"|(?<!\d)1\d{2}\s?\d{2}(?!\d)|(?<!\d)11\s?\d{3}(?!\d)")
_NAME_LINE = re.compile(r"(?-i:[A-ZÅÄÖÉ][\w'’-]+)(?:\s+(?-i:[A-ZÅÄÖÉ][\w'’-]+)){1,3}")


def _is_name_line(text: str) -> bool:
    """A person's name alone on a line ("Anna Ek"), not a headline in capitals ("BRAND I HAMNEN": no lowercase)."""
    return _NAME_LINE.fullmatch(text) is not None and any(ch.islower() for ch in text)
_OFFER = re.compile(r"(?i)prenumer|erbjudande|\bkr\b|kronor|logga in|\bkonto(?:t|n)?\b|provperiod|månad för")


def normalize_quote(line: str) -> str:
    """The quote with its dash written as "– "."""
    return _QUOTE_START.sub("– ", line, count=1)


def is_item_like(line: str) -> bool:
    """A short fact-box line: a phone number, a list item, a label, a short fact."""
    if not line or is_quote(line):
        return False
    if _BULLET.match(line) or _PHONE.search(line):
        return words(line) <= 25
    return words(line) <= 10 and not (line[-1] in ".!?" and words(line) > 6)


_UNORDERED = re.compile(r"^[-*•·▪◦]\s+")


def strip_bullet(line: str) -> str:
    """The item without a bullet; a number ("1.", "2)") stays: in results
    and step-by-step lists the order is part of the news."""
    return _UNORDERED.sub("", line, count=1)


@dataclass
class _Line:
    text: str
    blank_before: bool
    tag: str | None = None
    """The rule action that matched, or a shape tag ("date", "drop")."""
    value: str | None = None
    """The captured group of byline/published/updated rules."""
    rule: str | None = None
    """The name of the rule that matched."""
    p: float | None = None
    """The line classifier's probability that the line is article text."""
    label: bool = False
    """The line is a box's label by a ``label`` rule ("Ge en gåva", "Fler evenemang"): its box goes with it."""


def _tag_lines(text: str, rules: tuple[BoilerplateRule, ...], hints: Hints | None = None) -> list[_Line]:
    lines = without_viewer_chrome(rule_tags(text, rules, hints or Hints()))  # a wrapper's chrome: archive, mail, player
    consent_box_tags(lines)  # a cookie dialog's heading and buttons
    lines = without_page_widgets(lines, hints)  # polls, forms, maps, opening hours, … between the article's parts
    lines = without_blog_heads(lines, (hints or Hints()).scorer)  # "Vår klassblogg", a site's name and tagline
    org_bylines(lines)  # "Av styrelsen" in the head
    _widget_tags(lines)
    _shape_tags(lines)
    lines = without_head_counters(lines)
    if hints is not None:
        _editor_tags(lines, hints)
    return lines


def rule_tags(text: str, rules: tuple[BoilerplateRule, ...], hints: Hints) -> list[_Line]:
    """Lines tagged by the rule table, the date shape, the site's template and the editor's drops."""
    raw = join_wrapped(clean_text(text).split("\n"))
    lines: list[_Line] = []
    blank = False
    for line in raw:
        if not line:
            blank = True
            continue
        lines.append(_Line(line, blank))
        blank = False
    for i, ln in enumerate(lines):
        key = line_key(ln.text)
        if key in hints.drop and key not in hints.keep:
            ln.tag, ln.rule = "drop", "editor"
            continue
        hit = first_match(rules, ln.text)
        if hints.is_template(lines, i) and (hit is None or hit[0].action in {"menu", "drop", "link", "caption"}):
            # The site repeats this line on its other pages: template, whatever a rule would say.
            ln.tag, ln.rule = "drop", "template"
            continue
        if hit is not None and not (hit[0].action in {"updated", "published"} and is_update_note(ln.text)):
            rule, m = hit
            ln.tag = "drop" if rule.action == "label" else rule.action
            ln.rule = rule.name
            ln.label = rule.action == "label"
            if rule.action in {"byline", "published", "updated"}:
                ln.value = m.group(1).strip()
        elif is_date_line(ln.text) or _letter_date(lines, i):
            # The date under a label line ("Sidan uppdaterades") is page furniture, never a fact.
            ln.tag = "drop" if i > 0 and lines[i - 1].rule == "date-label" else "date"
    if hints.scorer is not None and lines:
        probs = hints.scorer([ln.text for ln in lines], [ln.rule == "template" for ln in lines])
        for ln, p in zip(lines, probs, strict=True):
            ln.p = p
    return lines


def _letter_date(lines: list[_Line], i: int) -> bool:
    """A letter's place and date ("Grisslehamn den 5 april 2024") with its salutation at most two lines under it: the
    letter's date line, no headline ("Årsmöte den 12 mars 2025" over a lead is one)."""
    return is_place_date_line(lines[i].text) and any(SALUTATION.fullmatch(x.text) for x in lines[i + 1:i + 3])


def _editor_tags(lines: list[_Line], hints: Hints) -> None:
    """The editor's keeps, which win over everything."""
    for ln in lines:
        if hints.keep and line_key(ln.text) in hints.keep:
            ln.tag, ln.rule = None, "keep"



_TAIL_JUNK = {"drop", "link", "caption"}


def _is_prose(line: str) -> bool:
    return is_quote(line) or (words(line) >= 8 and line[-1] in ".!?…\"”»")


def _tail_tags(lines: list[_Line]) -> None:
    """Below the article's last sentence, once furniture has begun (a line the rules, template or editor dropped), the
    short lines after are furniture too: teasers, menus, link lists. A fact box (:func:`_fact_box`) right under the
    article, with at most one line of furniture between (an ad label, a credit), is kept."""
    counter_tag_tags(lines)  # a post's tags glued over its counters ("Klubbnytt" over "38 visningar")
    end = page_tail(lines)
    last = max((i for i, ln in enumerate(lines[:end]) if ln.tag is None and _is_prose(ln.text)), default=None)
    if last is None:
        return
    junk = next((i for i in range(last + 1, end) if lines[i].tag in _TAIL_JUNK), None)
    if junk is None:
        return
    i = junk + 1
    while i < end:
        ln = lines[i]
        if ln.tag == "menu":  # a menu word under the article, after furniture: the site's menu again
            ln.tag, ln.rule = "drop", "tail"
        if ln.tag is None:
            box, used = _fact_box(lines, i)
            if box is not None and _pieces(lines, last + 1, i, _TAIL_JUNK, labelled_shape(lines[i:i + used])) <= 1:
                i += used  # a fact box right under the article (at most an ad label between): it stays
                continue
            if furniture_shaped(ln.text):
                ln.tag, ln.rule = "drop", "tail"
        i += 1


P_SURE = 0.02
"""Below the lead, a line the classifier gives less than this probability of being article text is dropped
on its word alone, unless it is a quote or stands in a fact box (fact boxes are what it doubts most)."""


def _model_tags(lines: list[_Line]) -> None:
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.tag is None and ln.p is not None and ln.rule != SIGNATURE_RULE:
            box, used = _fact_box(lines, i)
            if box is not None:
                i += used
                continue
            if ln.p < P_SURE and not is_quote(ln.text) and not _heads_paragraph(lines, i) and not is_parallel(lines, i) and (
                not _SOURCE.match(ln.text) and not _labelled_item(lines, i, by_neighbour=False)
            ):
                ln.tag, ln.rule = "drop", "model"
        i += 1


_SOURCE = re.compile(r"(?i)(?:Källa|Källor)\s*:\s*\S|(?:mitt |vårt )?betyg\s*:?\s*(?:\d+(?:[,.]\d)?\s*(?:/|av)\s*\d+|[★☆✭⭐*]+)\.?")
"""A source's line ("Källa: Länsstyrelsen") closes a fact box or a figure, a grade ("Betyg: 4 av 5") a review: the
article's, however the classifier doubts it."""


def _heads_paragraph(lines: list[_Line], i: int) -> bool:
    """A subheading ("Busslinje förstärks", "Uppdatering 16.48") right over a long paragraph the classifier trusts."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return is_title_like(lines[i].text) and nxt is not None and nxt.tag is None and (
        (nxt.p or 0.0) >= P_TRUSTED and words(nxt.text) >= 15 and nxt.text[-1] in ".!?…\"”»"
    )


P_TRUSTED = 0.5
"""A paragraph the classifier gives at least this is trusted as article text (the golden leads score 0.3 and up)."""




def _widget_tags(lines: list[_Line]) -> None:
    """"Var informationen på sidan till hjälp?" over its "Ja" and "Nej" (or its grades), a poll over its options and
    vote button: the page's widget, told before the lines above it look for the text below (a paywall's notice)."""
    for i, ln in enumerate(lines):
        if (ln.tag is None or ln.rule == "poll") and feedback_question(lines, i):
            for x in lines[i:i + 1 + answers_under(lines, i)]:
                x.tag, x.rule = "drop", "feedback"


def _shape_tags(lines: list[_Line]) -> None:
    """Shape rules that need neighbours (captions, bylines without "Av", social posts, teasers)."""
    dated = False  # a date or byline line stands above lines[i - 1]
    for i, ln in enumerate(lines):
        dated = dated or (i > 1 and lines[i - 2].tag in {"date", "published", "byline"})
        if ln.tag == "caption" and i > 0:
            _caption_title_tags(lines, i)
        if ln.tag in {"drop"} and _is_byline_tail(ln.text) and i > 0:
            # "Anna Ek" above "anna.ek@tidning.se" or "Reporter": a byline without "Av".
            prev = lines[i - 1]
            if prev.tag is None and _is_name_line(prev.text):
                prev.tag, prev.value = "byline", prev.text
        linked_label_tags(lines, i)  # a sidebar's box under a menu word between the article's paragraphs
        if ln.tag == "stop" and (_text_follows(lines, end := stop_box_end(lines, i, _paywall_notice(ln.text))) or foot_below(lines, end)):
            for x in lines[i:end]:  # a subscriber's copy, or a paywall's offer box mid-text (session 29): the text goes on
                x.tag = "drop" if x.tag in (None, "stop") else x.tag
        if ln.tag is None and i + 1 < len(lines) and lines[i].text[:3].lower() == "om ":
            # Press-release boilerplate: "Om Kommunal" followed by "Kommunal är …".
            name = ln.text[3:].strip()
            nxt = lines[i + 1]
            if name and is_title_like(ln.text) and words(ln.text) <= 5 and nxt.tag is None and nxt.text.startswith(name + " "):
                ln.tag = "stop"
        if ln.rule == "contact-footer" and _sentence_follows(lines, i + 1):
            # "Kontakta oss" over a sentence ("Har du frågor, ring …") is the article's own text
            # (a menu word: dropped above the headline, a subheading below it).
            ln.tag = "menu"
        if ln.tag == "stop" and ln.rule == "comments" and 0 < i < len(lines) - 1 and (
            (lines[i - 1].rule == "share" and lines[i + 1].rule == "share") or _head_button(lines, i)
        ):
            # "Gilla / Kommentera / Dela" under an embedded social media post, or "Dela / Kommentera" in the share row
            # under the date line: buttons, not the comments.
            ln.tag = "drop"
        if ln.tag == "stop" and ln.rule == "comments":
            head_counter_tags(lines, i)  # "Gillar (14) / Kommentarer (3)" under the headline: buttons, read on
        under_lead = not dated and i > 1 and words(lines[i - 2].text) >= 8 and lines[i - 2].text[-1] in ".!?"
        if (ln.tag == "published" or (ln.tag == "date" and (lines[i - 1].blank_before or under_lead))) and i > 0 and (
            lines[i - 1].tag is None and _is_name_line(lines[i - 1].text) and not opens_lead(lines, i - 1)
        ):
            # "Anna Ek" right above "Publicerad …", opening a box over the date line, or between the lead and the page's
            # first date line: the byline (a name over the date under a label is an obituary's headline).
            lines[i - 1].tag, lines[i - 1].value = "byline", lines[i - 1].text
        if ln.rule == "social-time" and i > 0 and lines[i - 1].tag is None and not ln.blank_before and (
                _is_name_line(lines[i - 1].text) or is_poster_shaped(lines[i - 1].text)):
            # The poster's name above "2 tim ·" in a copied social media post (a person's, or an organisation's:
            # "Vimmerby kommun").
            lines[i - 1].tag = "drop"
        if ln.rule == "social-reply":
            # A comment under a social media post: name, comment, "Gilla · Svara · 2 tim".
            back = [x for x in lines[max(0, i - 2):i] if x.tag is None]
            if back and words(back[-1].text) <= 40 and not back[-1].blank_before:
                back[-1].tag = "drop"
                if len(back) == 2 and _is_name_line(back[0].text):
                    back[0].tag = "drop"
        if ln.rule == "footer-copyright" and _text_follows(lines, i + 1):  # a picture's "© Per Ek" between paragraphs
            ln.tag = "caption"
        if ln.tag is None and _TIME_ONLY.fullmatch(ln.text) and _sentence_follows(lines, i + 1, 1):
            # A live report's update time ("14.32") over the update.
            ln.tag = "drop"
        if ln.tag == "caption" and i + 1 < len(lines):
            nxt = lines[i + 1]
            if nxt.tag is None and words(nxt.text) >= 3 and nxt.text.rstrip(".") in ln.text:
                # A gallery's caption repeated under its alt text and credit.
                nxt.tag = "drop"
        if ln.tag == "link" and re.fullmatch(r"(?i)(?:läs|se)\s+\w+\s*[:.…]*", ln.text):
            # A sponsored teaser: "Sponsrat innehåll", its title, "Läs mer".
            j = i - 1
            titles: list[_Line] = []
            while j >= 0 and len(titles) < 3 and lines[j].tag is None and is_title_like(lines[j].text):
                titles.append(lines[j])
                j -= 1
            if titles and j >= 0 and lines[j].rule in {"ad", "sponsor"}:
                for t in titles:
                    t.tag = "drop"
            for nxt in lines[i + 1 + int(i + 2 < len(lines) and lines[i + 1].rule == "subscribe"):][:1]:  # past a badge
                if nxt.tag is None and is_title_like(nxt.text) and not (lines[i - 2].rule == "ad" and ln.text[:7].lower() == "läs mer"):  # an ad's
                    nxt.tag = "drop"


def _caption_title_tags(lines: list[_Line], i: int) -> None:
    """The picture's alt text or caption title right above its credit line lines[i] is the picture's too."""
    ln = lines[i]
    # A gallery's counter ("1 / 9") may stand between the caption and its credit.
    k = i - 2 if i > 1 and lines[i - 1].rule == "gallery" and not lines[i - 1].blank_before else i - 1
    prev = lines[k]
    before = lines[k - 1] if k > 0 else None
    in_list = (before is not None and before.tag is None and not prev.blank_before
        and is_item_like(before.text) and is_item_like(prev.text)
        and (not is_title_like(prev.text) or parallel_rows(before.text, prev.text))) or ends_glued_text(lines, k, i) \
        or ends_colon_list(lines, k)
    credit_only = is_credit_only(ln.text)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if credit_only and k == i - 1 and nxt is not None and nxt.tag is None and not nxt.blank_before and is_caption(nxt.text) \
            and prev.tag is None and is_title_like(prev.text):
        # A credit between a title-like line and a one-sentence caption without a verb ("Foto: Namn" over "Elsa Ek
        # på skjutbanan."): the caption is the one under its credit, the line above is the headline over the picture.
        nxt.tag, nxt.rule = "drop", "caption-under-credit"
        return
    # A letter's signer over a credit ("Varma hälsningar" / "Birgitta Nyman" / "Ordförande" / "Bild: Pixabay"): the letter's.
    signed = any(GREETING.fullmatch(x.text.strip()) for x in lines[max(0, k - 2):k])
    if prev.tag is None and not ln.blank_before and not is_quote(prev.text) and not in_list and not signed and (
        (is_title_like(prev.text) and (ln.text.startswith(prev.text) or prev.text in ln.text or words(prev.text) <= 5))
        # A short line, unless it is a sentence with a verb over a credit line that has its own caption ("Petra Sund.
        # Foto: Lars Vik"): then it is the article's closing sentence ("Biskop Anna Holm installerar."), while a
        # verbless one is the picture's alt text ("Husby centrum i kvällsljus.").
        or (words(prev.text) <= 8 and (
            credit_only or not has_own_caption(ln.text) or prev.text[-1] not in ".!?" or is_caption(prev.text)))
        # A one-sentence caption above a credit standing alone ("Foto: Namn"), or one that says it is a
        # picture ("… renoveras. Arkivbild.", "… Bilden är tagen i somras.").
        or (credit_only and words(prev.text) <= 20 and (
            not _SENTENCE_BREAK.search(prev.text) or caption_over_credit(prev.text)))
    ):
        # The picture's alt text or caption title, glued to its credit line.
        prev.tag = "drop"


_TIME_ONLY = re.compile(r"(?:kl\.?\s*)?[0-2]?\d[.:][0-5]\d")


def _sentence_follows(lines: list[_Line], i: int, window: int = 2) -> bool:
    """Whether one of the next untagged lines (within ``window``) is a sentence of six words or more."""
    seen = 0
    for ln in lines[i:]:
        if ln.tag is not None:
            if ln.tag in {"stop", "footer"}:
                return False
            continue
        if words(ln.text) >= 6 and ln.text[-1] in ".!?…\"”":
            return True
        seen += 1
        if seen >= window:
            return False
    return False


_BYLINE_TAIL = re.compile(
    r"(?i)(?:E-post|Mejl|Mail|E-mail)?\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:(?:Politisk|Biträdande|Ansvarig|Frilansande|Frilans)\s+)?\w{0,12}(?:reporter|journalist|redaktör|fotograf|skribent|krönikör|recensent)"
    r"|Skicka e-post"
)
_PAYWALL_NOTICE = re.compile(r"(?i).*(?:låst|för prenumeranter|ingår i|prenumerant).*")


def _is_byline_tail(line: str) -> bool:
    return bool(_BYLINE_TAIL.fullmatch(line))


def _paywall_notice(line: str) -> bool:
    return bool(_PAYWALL_NOTICE.fullmatch(line)) and not re.search(r"(?i)du har läst|för att läsa|läs vidare", line)


def _head_button(lines: list[_Line], i: int) -> bool:
    """A comment button ("Kommentera") in the share row under the article's date line, the article's text right under
    it: the article has not begun, so it is no comment section ending it. (A comment section's own date lines are
    its posts' times; the share row beside it and the paragraph right below make the difference.)"""
    beside_share = lines[i - 1].rule == "share" or (i + 1 < len(lines) and lines[i + 1].rule == "share")
    under_date = any(x.tag in {"date", "published", "updated"} for x in lines[max(0, i - 3):i])
    return beside_share and under_date and _text_follows(lines, i + 1)


def _text_follows(lines: list[_Line], i: int, window: int | None = 2) -> bool:
    """Whether article text goes on right after lines[i-1]: a full paragraph or quote within a few lines (with no
    ``window``, anywhere below: then only a paragraph the classifier does not doubt, :data:`P_GOES_ON`, counts -
    the side widgets under a page's closing date line are sentences too)."""
    seen = 0
    for ln in lines[i:]:
        if ln.tag in {"stop", "footer"} and not _paywall_notice(ln.text):
            return False
        if ln.tag is not None:
            continue
        if is_quote(ln.text) or (
            words(ln.text) >= 15 and ln.text[-1] in ".!?…\"”" and not _OFFER.search(ln.text)
            and (window is not None or ln.p is None or ln.p >= P_GOES_ON)
        ):
            return True
        seen += 1
        if window is not None and seen >= window:
            return False
    return False


P_GOES_ON = 0.5
"""Under the page's closing date line ("Senast uppdaterad …"), the article goes on only with a paragraph the classifier
gives at least this (in the golden and blind sets the article's paragraph found there scores 0.97; a side widget's
sentence under it, "Har du inte ström? Kontrollera först …", 0.26)."""

def parse_text_dump(
    text: str, source: str, slug: str, rules: tuple[BoilerplateRule, ...] | None = None,
    hints: Hints | None = None,
) -> Article:
    """An Article from a plain-text page dump.

    ``rules`` defaults to the built-in table (see :mod:`audiocast.ingest.boilerplate`);
    ``hints`` brings the site's template, the editor's sidecar and the line classifier.
    Raises IngestError when no headline or no body text is found.
    """
    return explain_text_dump(text, source, slug, rules, hints).article


def explain_text_dump(
    text: str, source: str, slug: str, rules: tuple[BoilerplateRule, ...] | None = None,
    hints: Hints | None = None,
) -> Explained:
    """:func:`parse_text_dump`, with the lines left out as template, by the editor or by the classifier; read again
    in a window of the page when the article chosen is thin beside running prose left out (:mod:`.rescue`)."""
    rules = default_rules() if rules is None else rules
    if not text.strip():
        raise IngestError(source, "the file is empty; put the article text in it")
    hints = hints or Hints()
    return read_page(text, lambda sub: _explain(sub, source, slug, rules, hints), bool(hints.title))


def _explain(
    text: str, source: str, slug: str, rules: tuple[BoilerplateRule, ...], hints: Hints,
) -> tuple[Explained, list[_Line], int]:
    """One reading of the page: the article, the page's tagged lines and the index of the headline's line."""
    lines = _tag_lines(text, rules, hints)
    candidates, start = find_candidates(lines)
    if not candidates:
        raise IngestError(source, NO_HEADLINE)
    if start is None:
        raise IngestError(source, "no body text found under the headline")
    start = past_captions(lines, start)  # the top picture's marked caption over the text is no lead
    lead: str | None = None if is_quote(lines[start].text) else lines[start].text
    below = frozenset(line_words(ln.text) for ln in lines[start + 1:])
    choice = choose(candidates, Evidence(hints=hints.names, lead=lead or "", site=hints.site, below=below))
    title = hints.title or choice.text
    start, lead = text_start(lines, start, title, lead)  # a letter's salutation the head passed over opens the text
    lead = labelled_lead(lines, start, lead, title)  # "Fråga:" glued over the reader's question that is the lead
    body_from = start + (1 if lead is not None else 0)
    _writer_tags(lines, body_from)
    announced_date_tags(lines[body_from:])  # "De nya speldatumen är:" over "Söndag 9 mars kl. 15.00"
    language_tags(lines[body_from:])
    _more_boxes(lines, body_from, title)
    record_tags(lines[body_from:])
    widget_box_tags(lines[body_from:], f"{title}\n{lead or ''}")
    echo_tags(lines[body_from:], f"{title}\n{lead or ''}")
    credit_tags(lines[body_from:])
    fact_item_tags(lines[body_from:])
    marked_caption_tags(lines[body_from:])
    testimonial_tags(lines[body_from:])
    box_tags(lines[body_from:], any(ln.blank_before for ln in lines))
    _tail_tags(lines[body_from:])
    service_tags(lines[body_from:])
    tail_box_tags(lines[body_from:], f"{title}\n{lead or ''}")
    signed_end_tags(lines[body_from:])
    thread_run_tags(lines[body_from:])
    action_box_tags(lines[body_from:], f"{title}\n{lead or ''}")
    listing_tags(lines[body_from:], f"{title}\n{lead or ''}")
    teaser_title_tags(lines[body_from:])
    end_tags(lines[body_from:], f"{title}\n{lead or ''}", _fact_box)  # type: ignore[arg-type]
    late_writer_card_tags(lines, body_from)
    about_tags(lines, body_from, title)
    service_box_tags(lines, body_from, ORG_NAME_WORDS)
    person_contact_tags(lines, body_from)
    copy_tags(lines, body_from)
    caption_tags(lines[body_from:], under_lead=lead is not None)
    _appeals(lines, body_from, f"{title}\n{lead or ''}")
    _model_tags(lines[body_from:])
    for ln in lines[body_from:]:
        if ln.tag == "menu":  # menu words are only menus above the headline
            ln.tag = None
    orphan_tags(lines[body_from:])
    late_record_tags(lines[body_from:])
    entry_stamp_tags(lines[body_from:])  # last: the stamps heading the article's entries (a diary's days)
    portrait_box_tags(lines[body_from:])  # and a portrait's labelled facts ("Ålder: 54 år.")
    closing_call_tags(lines[body_from:], f"{title}\n{lead or ''}")  # once the page's tail is told: the site's pitch
    late_widget_tags(lines[body_from:])  # last: the next meeting's announcement kept, widgets' and other languages' lines
    orphan_tags(lines[body_from:], late=True)  # again: a label over a box the late passes took ("Berörda linjer")
    blocks = ([] if hints.title else head_facts(lines, candidates, choice.text, start)) + _body_blocks(lines[body_from:])
    if hints.title:
        blocks = [b for b in blocks if b.text != hints.title]
    if lead is None and not blocks:
        raise IngestError(source, "no body text found under the headline")
    published, author = meta_of(lines)
    # A dump has no lang attribute; text too short to tell is taken as Swedish.
    language = language_of(" ".join([title, lead or ""] + [b.text for b in blocks]), "sv")
    article = Article(
        slug=slug, title=title, published=published, source=source,
        author=author, lead=lead, blocks=blocks, language=language,
    )
    article.confidence, article.doubts = _assess(article, choice, None if hints.title else candidates, hints, lines,
                                                 body_from)
    return Explained(
        article,
        template=[ln.text for ln in lines if ln.rule == "template"],
        editor=[ln.text for ln in lines if ln.rule == "editor"],
        model=[ln.text for ln in lines if ln.rule == "model"],
        layout=[ln.text for ln in lines if ln.rule in LAYOUT_RULES],
    ), lines, next((c.index for c in candidates if c.text == choice.text), -1)


def _assess(
    article: Article, choice: Choice, candidates: list[Candidate] | None, hints: Hints, lines: list[_Line],
    body_from: int,
) -> tuple[float, tuple[str, ...]]:
    """The article's confidence and reasons for doubt (:func:`~audiocast.ingest.confidence.assess`), from the
    lines kept under the head and the page's lines neither the headline, the lead nor the body."""
    kept = [ln for ln in lines[body_from:] if ln.tag is None]
    blocks = article.blocks
    said = {article.title, article.lead or ""} | {b.text for b in blocks} | {i for b in blocks for i in b.items}
    return assess(
        choice, candidates, hints.known_template, blocks, [ln.p for ln in kept],
        [ln.text for ln in lines if ln.text not in said], article.lead or "",
    )


def _more_boxes(lines: list[_Line], body_from: int, title: str) -> None:
    """Boxes of the site's other items under the article, under a heading of more items or of the article's section."""
    more_box_tags(lines[body_from:])
    section_box_tags(lines, body_from, title)


def _appeals(lines: list[_Line], body_from: int, said: str) -> None:
    """Appeals under the article: a box's own, the site's standing call, a call left at its end ("Lämna synpunkter")."""
    box_appeal_tags(lines[body_from:])
    site_call_tags(lines, body_from, said)
    tail_call_tags(lines[body_from:])


def _writer_tags(lines: list[_Line], body_from: int) -> None:
    """The first passes under the lead: a fact box copied one item to a paragraph made one box again, its items the
    rules took for bylines given back; the writer's bio, card and "about the writer" box under the article."""
    spaced_fact_tags(lines[body_from:])
    fact_bylines(lines[body_from:])
    bio_tags(lines, body_from)
    writer_card_tags(lines, body_from)
    about_writer_tags(lines, body_from)


def _body_blocks(lines: list[_Line]) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.tag in {"stop", "footer"}:
            break
        if blocks and (ln.tag in {"published", "updated"} or ln.rule in {"date-label", "page-owner"}) and not _text_follows(
            lines, i + 1, window=None
        ):
            # A page's date or owner line under the article with only furniture after it
            # (contact links, social buttons): the article has ended, but for its update notes right under it.
            blocks += [Block(BlockKind.PARAGRAPH, x.text) for x in notes_under(lines, i + 1)]
            break
        if ln.tag is not None:
            i += 1
            continue
        text = ln.text
        if is_quote(text):
            blocks.append(Block(BlockKind.QUOTE, normalize_quote(text)))
            i += 1
            continue
        if is_title_like(text) or _BULLET.match(text):
            box, used = _fact_box(lines, i)
            if box is not None:
                blocks.append(box)
                i += used
                continue
            nxt = next((x for x in lines[i + 1:] if x.tag is None or x.tag in {"stop", "footer"}), None)
            if (
                is_title_like(text) and not _BULLET.match(text) and nxt is not None
                and nxt.tag is None and not is_title_like(nxt.text)
            ):
                blocks.append(Block(BlockKind.HEADING, text))
                i += 1
                continue
        blocks.append(Block(BlockKind.PARAGRAPH, text))
        i += 1
    return blocks


_PAGE_TAIL = frozenset({"after-end", "tail", "tail-box"})
"""Rules of the lines dropped as the page's tail below the article (a fact box does not run on past them)."""


def _fact_box(lines: list[_Line], i: int) -> tuple[Block | None, int]:
    """A fact box starting at lines[i], and how many lines it used."""
    head = lines[i].text
    title = "" if _BULLET.match(head) else head
    is_fakta = bool(re.match(r"(?i)fakta\b", title)) or title.endswith(":")
    j = i + (1 if title else 0)
    items: list[str] = []
    while j < len(lines):
        ln = lines[j]
        if ln.tag not in (None, "date") or (ln.tag == "date" and lines[j - 1].tag not in (None, "date")):
            # A caption, an ad's label or a menu word in the box is skipped; not the page's tail, nor a date under them
            if ln.tag in {"drop", "caption", "menu"} and not ln.blank_before and ln.rule not in _PAGE_TAIL:
                j += 1
                continue
            break
        if ln.blank_before and items and not _BULLET.match(ln.text) and not is_fakta:
            break
        if ln.blank_before and not items and title and not (_BULLET.match(ln.text) or is_fakta):
            break
        if not (is_item_like(ln.text) or (is_fakta and not is_quote(ln.text))):
            break
        items.append(strip_bullet(ln.text))
        j += 1
    bulleted = _BULLET.match(head) or any(_BULLET.match(x.text) for x in lines[i + 1:j])
    if len(items) >= 2 or (items and (is_fakta or bulleted)):
        # A subheading followed by one short paragraph is not a fact box.
        return Block(BlockKind.FACTBOX, title.rstrip(":").strip(), tuple(items)), j - i
    return None, 0
