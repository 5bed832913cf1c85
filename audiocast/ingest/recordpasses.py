"""The passes that take a dump's furniture by the records and boxes it is made of, in the order they must run.

Each pass is one phenomenon of its own module; their order is what this module holds, since a later pass reads the
tags of the earlier ones:

- the widgets by their labels and options first (a poll, a rating), then the embedded posts (their chrome lines);
- comments under their reply button (a name and a date line over the comment), a bare label repeated by its box's
  title, then a thread's records told by their structure (a forum's replies, a comment thread's entries with their
  time stamps and buttons: :mod:`audiocast.ingest.threads`); a forum thread's opening post is the article and stays;
  comments or a chat's messages glued under their section's chrome, a writer's line over each message
  (:mod:`audiocast.ingest.commentruns`), and readers' messages each signed after a slash under their label; a comment section's teaser (a reader's comment above "Läs alla 14 kommentarer");
- an embedded video player's box, the organisation's contact box, cards repeated around a counter;
- the pitch and call-to-action boxes (which take a box whose other lines went already), a match's scoreboard, a
  league table, a list of the round's results, a match's line-ups (:mod:`audiocast.ingest.tables`; an archive's
  months are taken over the whole page before the head is looked for, :func:`audiocast.ingest.headcands.candidates`),
  a clip's title, the author's box;
- last of all (:func:`late_record_tags`), once every pass by place has run: the article's own appeal, a service's
  status widget over its update stamp (:mod:`audiocast.ingest.statusbox`), a campaign's progress meter (its share
  and the figures that give it: :mod:`audiocast.ingest.progressmeter`), the notes about the article (a method box, a
  form under its call, a slider's years: :mod:`audiocast.ingest.articlenotes`), and the
  article's list of records closed by the same button (:mod:`audiocast.ingest.recordlists`), whose records those
  passes may have taken.

Not here: the passes by a box's share of furniture and by the page's tail (:mod:`audiocast.ingest.text`), those by
place and the article's end (:mod:`audiocast.ingest.furniture`, :mod:`audiocast.ingest.articleend`), which run after.
"""

from __future__ import annotations

from collections.abc import Sequence

from .appeals import appeal_tags
from .articlenotes import article_note_tags
from .cards import card_tags
from .commentruns import comment_run_tags, signed_message_tags
from .contacts import contact_box_tags
from .creditwishes import wish_over_credit_tags
from .embedboxes import account_post_tags, embed_box_tags, glued_post_tags, signed_post_tags
from .furniture import TaggedLine, widget_tags
from .labelheads import label_heading_tags
from .listcontacts import list_address_tags
from .mapboxes import map_box_tags
from .offerheads import offer_head_tags
from .progressmeter import progress_meter_tags
from .recordlists import record_list_tags, stamped_post_tags
from .records import (
    author_box_tags,
    clip_tags,
    cta_tags,
    echo_label_tags,
    embed_tags,
    form_tags,
    pitch_tags,
    reply_tags,
    scoreboard_tags,
)
from .statusbox import status_box_tags
from .tables import lineup_tags, result_tags, table_tags
from .teasertitles import dated_teaser_tags
from .threads import teaser_tags, thread_tags
from .videos import video_tags


def record_tags(body: Sequence[TaggedLine]) -> None:
    """Run the record and box passes over the lines under the lead, in their order (see the module docstring)."""
    widget_tags(body, [ln.label for ln in body])
    embed_tags(body)
    embed_box_tags(body)
    glued_post_tags(body)
    account_post_tags(body)
    signed_post_tags(body)  # an X post's text over its embed signature, "— Name (@handle) date"
    reply_tags(body)
    echo_label_tags(body)
    thread_tags(body)
    comment_run_tags(body)
    signed_message_tags(body)
    teaser_tags(body)
    video_tags(body)
    map_box_tags(body)  # a live map's box: its heading, description, legend and update time with its chrome
    contact_box_tags(body)
    card_tags(body)
    pitch_tags(body)
    offer_head_tags(body)  # and, glued in a dump without blank lines, the appeal over an offer's rows
    cta_tags(body)
    form_tags(body)
    scoreboard_tags(body)
    table_tags(body)
    result_tags(body)
    lineup_tags(body)
    clip_tags(body)
    author_box_tags(body)


def late_record_tags(body: Sequence[TaggedLine]) -> None:
    """The passes that run last, over the lines under the lead: the article's own appeal
    (:func:`audiocast.ingest.appeals.appeal_tags`), then the article's list of records closed by a repeated button; a
    label's words that are the article's subheading over its own prose, and its closing exclamation over a picture's
    captioned credit, read again (:mod:`.labelheads`, :mod:`.creditwishes`: once the article's end is told, so that the
    boxes under it are judged as before); an e-mail address that is an item of the article's own list
    (:mod:`.listcontacts`); a dated teaser list's titles (:func:`.teasertitles.dated_teaser_tags`)."""
    label_heading_tags(body)
    wish_over_credit_tags(body)
    list_address_tags(body)
    appeal_tags(body)
    status_box_tags(body)
    progress_meter_tags(body)
    dated_teaser_tags(body)
    article_note_tags(body)
    record_list_tags(body)
    stamped_post_tags(body)
