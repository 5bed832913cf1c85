"""A video player embedded in a dump: a box (lines between blank lines) of a clip's title, its channel and the
player's chrome ("2,1 tn prenumeranter", "Titta senare", "Titta på", "YouTube", "1 204 tittare", "Klicka för att ladda
in innehåll från Twitch …"). With :data:`MIN_CHROME` chrome lines of the rule table's ``video-embed`` row, the box is
the player's: its short lines (title, channel, "LIVE") go too. An article's paragraph in the box (a sentence of
:data:`MAX_TITLE_WORDS` words or more, a quote) keeps the box.

A web-TV's player glued into the text of a dump without blank lines (:func:`player_run_tags`): a play button with the
clip's duration ("▶ Spela upp (8:42)", "Se klippet 02:31") and the player's controls glued to it, each a short line
opening with a control's word of ``data/player_controls.txt`` ("Undertexter", "Textversion av intervjun"). Risk: a
subheading of the article opening with such a word right under the player; a line of another word stays. Session 18:
a podcast's or audio player's position over its length ("00:00 / 52:14") or its play icon with a verb ("▶ Spela",
"▶ Lyssna") anchors the run too, and its playback speed
("1x", "1,5×") and a bare play button ("▶ Spela") are its controls by their shape.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .furniture import TaggedLine
from .headfacts import LABELLED_ROW
from .lineshape import CLIP_LENGTH, is_quote, words

VIDEO_RULE = "video-embed"
MIN_CHROME = 2
MAX_TITLE_WORDS = 14
MAX_BOX_LINES = 10


def video_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the boxes of embedded video players (see the module docstring)."""
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and not lines[i].blank_before:
            continue
        box = lines[start:i]
        start = i
        if len(box) > MAX_BOX_LINES or sum(ln.rule == VIDEO_RULE for ln in box) < MIN_CHROME:
            continue
        kept = [ln for ln in box if ln.tag is None]
        if any(words(ln.text) >= MAX_TITLE_WORDS or is_quote(ln.text) for ln in kept):
            continue
        for ln in kept:
            ln.tag, ln.rule = "drop", "video"
    embed_head_tags(lines)


EMBED_HEAD_LINES = 2
"""An embedded player's head over its chrome: the clip's title and its channel, at most this many lines."""


def embed_head_tags(lines: Sequence[TaggedLine]) -> None:
    """An embedded player glued into a dump without blank lines: its chrome (:data:`MIN_CHROME` lines of the
    ``video-embed`` row within three lines: "Titta senare", "Dela", "Titta på YouTube", "2,1 tn prenumeranter") is
    read as a player's box only when blank lines frame it (:func:`video_tags`). The player copies as the clip's title
    and its channel, in either order, right over its chrome ("DM-final damer 2025 – Höjdpunkter" / "Bergslagens
    Fotbollförbund" / "Titta senare"): the :data:`EMBED_HEAD_LINES` kept lines right over the chrome's first line (the
    chrome's own lines between them skipped), each shorter than :data:`MAX_TITLE_WORDS` words, no sentence, no quote,
    go with it (rule ``video``); a fact row ("Publik: 520") stops the walk. Session 41 (extract190): over the annotated
    dumps the three players glued so all had their title and channel there, and the article's last line over them.
    Risk: a player copied with its title alone takes the article's short last line over it too, unless a fact row."""
    for i, ln in enumerate(lines):
        if ln.rule != VIDEO_RULE or (i and lines[i - 1].rule == VIDEO_RULE and not ln.blank_before):
            continue  # the first line of a run of chrome
        run = lines[i:i + 3]
        if sum(x.rule == VIDEO_RULE for x in run) < MIN_CHROME or any(x.blank_before for x in run[1:]):
            continue
        k, head = i, 0
        while k > 0 and head < EMBED_HEAD_LINES and not lines[k].blank_before:
            k -= 1
            x = lines[k]
            if x.rule == VIDEO_RULE:
                continue
            if x.tag is not None or words(x.text) >= MAX_TITLE_WORDS or is_quote(x.text) or x.text.rstrip()[-1:] in ".!?:" \
                    or LABELLED_ROW.fullmatch(x.text.strip()):
                break  # a fact row ("Publik: 520") is the article's last line, never a clip's title or channel
            x.tag, x.rule = "drop", "video"
            head += 1


_PLAY = re.compile(
    r"(?i)(?:[▶►⏵]\s*)?(?:(?:spela upp|spela|se klippet|se videon|se inslaget|se intervjun|titta|play)\b[^\d]{0,30}?)?"
    r"[(·|–-]?\s*\(?(?:\d{1,2}:)?\d{1,2}:\d\d\)?")
"""A play button with the clip's duration: an icon or a verb of playing, the duration ("▶ Spela upp (8:42)", "▶ 02:31")."""
CONTROL_WORDS = 4
"""A player's control or label is at most this many words ("Textversion av intervjun")."""


@lru_cache(maxsize=1)
def _controls() -> tuple[str, ...]:
    text = resources.files("audiocast.ingest").joinpath("data/player_controls.txt").read_text(encoding="utf-8")
    return tuple(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))


_POSITION = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d\d\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d\d")
"""An audio or video player's position over the clip's length ("00:00 / 52:14"), a line no sentence is."""
_BARE_PLAY = re.compile(r"(?i)[▶►⏵]\s*(?:spela(?: upp)?|lyssna|play)")
"""A play button with its icon and no duration ("▶ Spela"), the duration stripped from the dump as a bare time."""
_SPEED_OR_ICON = re.compile(r"\d(?:[,.]\d{1,2})?\s?[x×]|[▶►⏵⏸❚]+\s*(?:\w+\s*){0,2}")
"""A player's playback speed ("1x", "1,5×") or its bare play button ("▶ Spela", "▶ Lyssna")."""


def _play(text: str) -> bool:
    text = text.strip()
    if _POSITION.fullmatch(text) or _BARE_PLAY.fullmatch(text):
        return True
    return bool(_PLAY.fullmatch(text)) and (text[0] in "▶►⏵" or any(c.isalpha() for c in text))


def _control(ln: TaggedLine) -> bool:
    low = ln.text.strip().lower().rstrip(" ›»→")
    if ln.tag is None and _SPEED_OR_ICON.fullmatch(low):
        return True
    return ln.tag is None and words(low) <= CONTROL_WORDS and low[-1:] not in ".!?:" and any(
        low == c or low.startswith(c + " ") for c in _controls())


def player_run_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a web-TV player glued into the text: its play button with the duration and the controls glued above and
    below it (module docstring); then a clip's bare length under its label (:func:`clip_length_tags`)."""
    for i, ln in enumerate(lines):
        icon = _ICON_ALONE.fullmatch(ln.text.strip()) is not None
        if not (_play(ln.text) or icon) or (ln.tag is not None and ln.rule != BUTTON_RULE and not icon
                                             and not _POSITION.fullmatch(ln.text.strip())):
            continue  # a position line may have gone already (a bare time): it still anchors its player's controls
        run = [ln]
        k = i - 1
        while k >= 0 and not lines[k + 1].blank_before and _control(lines[k]):
            run.append(lines[k])
            k -= 1
        top = k
        k = i + 1
        while k < len(lines) and not lines[k].blank_before and _control(lines[k]):
            run.append(lines[k])
            k += 1
        run.extend(_clip_title(lines, top, k, icon))
        for x in run:
            x.tag, x.rule = "drop", "player"
    clip_length_tags(lines)
    streaming_player_tags(lines)
    channel_tags(lines)


_PLAYER_RULES = frozenset({"player", "clip-link", "video-embed", "video", "player-button"})
CHANNEL_WORDS = 3


_AUDIO_RULES = frozenset({"listen", *_PLAYER_RULES})


def channel_tags(lines: Sequence[TaggedLine]) -> None:
    """A clip's channel between its player's lines ("▶ 3:12" / "KBK TV" / "Höjdpunkter: KBK–Uppsala 84–79"): a kept line
    of at most :data:`CHANNEL_WORDS` words without a stop, glued between two lines the player's rules took, is the
    player's too (session 34, extract131). Rule ``player``.

    So is a clip's title of any length glued between the player's label or button and its length ("Lyssna" /
    "Ambulansen tillbaka i Torsby nattetid – hör Bengt Olsson från uppropet" / "2:41 min"), wherever it stands: under
    the picture of a radio page it was read as the headline (session 43, extract211). Over the annotated dumps such
    lines are 4 times the player's and once the headline said again under itself (which stays read once)."""
    for i in range(1, len(lines) - 1):
        ln, above, below = lines[i], lines[i - 1], lines[i + 1]
        if ln.tag is not None or ln.blank_before or below.blank_before:
            continue
        if above.rule in _PLAYER_RULES and below.rule in _PLAYER_RULES and 0 < words(ln.text) <= CHANNEL_WORDS \
                and ln.text.strip()[-1] not in ".!?:":
            ln.tag, ln.rule = "drop", "player"
        elif above.rule in _AUDIO_RULES and below.rule in _AUDIO_RULES and CLIP_LENGTH.fullmatch(below.text.strip().strip("()")) \
                and words(ln.text) >= 2 and ln.text.strip()[-1] not in ".!?:":
            ln.tag, ln.rule = "drop", "player"


_SERVICES = (r"spotify|soundcloud|apple music|apple podcasts|deezer|tidal|acast|podme|bandcamp|youtube music|mixcloud"
             r"|podbean|storytel")
_SERVICE = re.compile(rf"(?i)(?:{_SERVICES})")
_SERVICE_BUTTON = re.compile(
    rf"(?i)(?:(?:spara|öppna|lyssna|spela|följ|gilla|lägg till|prenumerera)(?: (?:på|i|med|hos))? (?:{_SERVICES})"
    rf"|(?:play|listen|save|open|follow)(?: (?:on|in))? (?:{_SERVICES})|[▶►⏵]?\s*(?:spela(?: upp)?|lyssna|play|"
    r"förhandslyssna|preview))\s*[›»→]?")
"""A streaming service's button in its player ("Spara på Spotify", "Play on SoundCloud", a bare "Spela")."""
STREAM_LINES = 14
"""A streaming player's lines between the service's name and its button: a title, an owner, a few tracks."""
_SENTENCE_WORDS = 8


def streaming_player_tags(lines: Sequence[TaggedLine]) -> None:
    """A music or podcast service's player glued into the text (session 34, extract125): the service's name alone on its
    line ("Spotify"), the playlist's or episode's title, its owner, its numbered tracks ("1. Sigrid Vallin – Glasvägg"),
    its buttons ("Spela", "Spara på Spotify"). On any site the player is framed by the service's name over it and its
    button under it within :data:`STREAM_LINES` lines, with no sentence between (a line of
    :data:`_SENTENCE_WORDS` words or more ending a sentence, or a quote): the frame and all between it go, with the
    buttons glued under the first. Guards (kept): the article's sentence naming the service ("Lyssna på listan på
    Spotify." ends a sentence), a service's name with no button under it. Rule ``player``."""
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not _SERVICE.fullmatch(ln.text.strip()):
            i += 1
            continue
        end = None
        for k in range(i + 1, min(len(lines), i + 1 + STREAM_LINES)):
            t = lines[k].text.strip()
            if _SERVICE_BUTTON.fullmatch(t):
                end = k
                break
            if lines[k].tag is None and (is_quote(t) or (words(t) >= _SENTENCE_WORDS and t[-1:] in ".!?")):
                break
        if end is None:
            i += 1
            continue
        while end + 1 < len(lines) and _SERVICE_BUTTON.fullmatch(lines[end + 1].text.strip()):
            end += 1
        for x in lines[i:end + 1]:
            x.tag, x.rule = "drop", "player"
        i = end + 1


_CLIP_LABEL = re.compile(r"(?i)(?:video|lyssna|podd|klipp|ljud|webb-tv|se|titta|hör|spela)\b|.*[▶►🎧]")
"""A player's label or a clip's title by its kind ("Spela upp", "Video: Så lät festen 2012", "Lyssna på artikeln")."""


def clip_length_tags(lines: Sequence[TaggedLine]) -> None:
    """A clip's bare length ("2:31", "(01:52)") glued under its player's label or title is the player's (session 23:
    measured first over the annotated dumps, 20 of 20 such lines not the article's, in 13 folders; a live report's
    bare clock times stand under its entries, not under a player's label). So is a clip's title with its length in
    brackets at its end, no sentence ("Se filmen: En rundtur i nya barnakuten (2:14)", "Repris: Lugi–Kristianstad
    (1:42:10)"; session 38, measured first: 14 such lines in the annotated dumps, all boilerplate; a length's seconds
    under 60, so a scale's "H0 (1:87)" is none). Rule ``player``."""
    for i in range(len(lines)):
        ln = lines[i]
        if ln.tag is None and _TITLED_LENGTH.fullmatch(ln.text.strip()) and words(ln.text) <= MAX_TITLE_WORDS:
            ln.tag, ln.rule = "drop", "player"
        elif i and ln.tag is None and not ln.blank_before and _BARE_TIME.fullmatch(ln.text.strip("() ")) \
                and _CLIP_LABEL.match(lines[i - 1].text):
            ln.tag, ln.rule = "drop", "player"


BUTTON_RULE = "player-button"
"""The rule table's row of a player's button with a verb ("▶ Lyssna på intervjun"): it anchors its controls too."""
_ICON_ALONE = re.compile(r"[▶►⏵]")
"""A play icon alone on its line: a player whose button lost its words."""
_BARE_TIME = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d\d")
_TITLED_LENGTH = re.compile(r"[^.!?]{3,120}?\s\((?:\d{1,2}:)?[0-5]?\d:[0-5]\d\)")
"""A clip's title and its length in brackets, no sentence's stop before it ("Trailer: Hedda Gabler (1:12)")."""
TITLE_WORDS = 10
"""A clip's title glued to its player is at most this many words, no sentence."""
_LISTEN_LABEL = re.compile(r"(?i)(?:lyssna|hör|se|titta|kolla)(?: på| in)?\b[^.!?]{0,60}")
"""A player's label over its clip's title ("Lyssna på kvällen i efterhand", "Se hela talet")."""


def _titled(ln: TaggedLine) -> bool:
    t = ln.text.strip()
    return ln.tag is None and 0 < words(t) <= TITLE_WORDS and t[-1:] not in ".!?" and not is_quote(t)


def _clip_title(lines: Sequence[TaggedLine], top: int, below: int, icon: bool) -> list[TaggedLine]:
    """The clip's title glued to a player's run (``lines[top + 1:below]``), session 19: under a bare play icon, a short
    line over the clip's bare length ("▶" / "Trailer: Norrlandstävlingen 2025" / "1:12"); over the run, a title named
    as a clip (a colon or an episode's number: "Ordkrig-podden #37: Februarislammet") and the player's label over it
    opening with a verb of listening or watching ("Lyssna på kvällen i efterhand"). Risk: an article's subheading of
    that shape glued over a player ("Trailer: …") goes with it; a sentence never does."""
    out: list[TaggedLine] = []
    if icon and below + 1 < len(lines) and _titled(lines[below]) and not lines[below].blank_before \
            and not lines[below + 1].blank_before and _BARE_TIME.fullmatch(lines[below + 1].text.strip()):
        out.append(lines[below])
    if top >= 0 and not lines[top + 1].blank_before and _titled(lines[top]) and (
            ":" in lines[top].text or re.search(r"#\d", lines[top].text)):
        out.append(lines[top])
        if top >= 1 and not lines[top].blank_before and _titled(lines[top - 1]) \
                and _LISTEN_LABEL.fullmatch(lines[top - 1].text.strip()):
            out.append(lines[top - 1])
    return out
