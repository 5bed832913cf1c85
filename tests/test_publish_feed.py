"""The feed, parsed back as apps do: feedparser, podcastparser and XPath."""

from __future__ import annotations

import io
import os
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import podcastparser
import pytest
from lxml import etree
from test_publish_support import STOCKHOLM, make_config, publish_episode

from audiocast.errors import PublishError
from audiocast.publish import Catalog, podcast_guid, write_feed
from audiocast.publish.podcast_ext import ITUNES_NS, PODCAST_NS, PSC_NS

NS = {"itunes": ITUNES_NS, "podcast": PODCAST_NS, "psc": PSC_NS, "atom": "http://www.w3.org/2005/Atom"}
DAY1 = datetime(2024, 5, 24, 7, 30, tzinfo=STOCKHOLM)
DAY2 = datetime(2024, 5, 25, 9, 15, tzinfo=STOCKHOLM)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Two published episodes in a catalog, and the feed built from it."""
    out = tmp_path_factory.mktemp("out")
    config = make_config(out)
    with Catalog(out / "catalog.sqlite") as cat:
        cat.upsert(publish_episode(config, out, "ny-bro", "Ny bro över Ljusnan", DAY1))
        cat.upsert(publish_episode(config, out, "skolan", "Skolan får ny rektor", DAY2, body="Rektorn börjar i augusti.", freq=660))
        records = cat.episodes()
    write_feed(config, records, out / "feed.xml", config.feed_url)
    return config, out, records


def test_podcast_guid_matches_the_spec_examples():
    assert podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"
    assert podcast_guid("http://podnews.net/rss/") == "9b024349-ccf0-5f69-a609-6b82873eab3c"
    assert podcast_guid("podnews.net/rss") == "9b024349-ccf0-5f69-a609-6b82873eab3c"


def test_feedparser_reads_channel_and_items(site):
    config, out, records = site
    d = feedparser.parse((out / "feed.xml").read_bytes())
    assert not d.bozo, d.get("bozo_exception")
    assert d.feed.title == "Lokala nyheter uppläst"
    assert d.feed.language == "sv"
    assert d.feed.image.href == "https://pod.example.se/lokalt/cover.jpg"
    assert [e.title for e in d.entries] == ["Skolan får ny rektor", "Ny bro över Ljusnan"]
    newest = d.entries[0]
    assert newest.id == records[0].guid
    assert parsedate_to_datetime(newest.published) == DAY2
    assert newest.itunes_duration == "3"
    enc = newest.enclosures[0]
    assert enc.type == "audio/mpeg"
    assert int(enc.length) == os.path.getsize(out / records[0].audio_file)
    assert enc.href == "https://pod.example.se/lokalt/" + records[0].audio_file
    transcripts = [v for k, v in newest.items() if k.startswith("podcast_transcript")]
    assert transcripts, "feedparser sees podcast:transcript"


def test_podcastparser_reads_episodes_and_chapters(site):
    config, out, records = site
    parsed = podcastparser.parse(config.feed_url, io.BytesIO((out / "feed.xml").read_bytes()))
    assert parsed["title"] == "Lokala nyheter uppläst"
    assert parsed["cover_url"] == "https://pod.example.se/lokalt/cover.jpg"
    ep = parsed["episodes"][0]
    assert ep["title"] == "Skolan får ny rektor"
    assert ep["guid"] == records[0].guid
    assert ep["published"] == int(DAY2.timestamp())
    assert ep["total_time"] == 3
    assert ep["enclosures"] == [{
        "url": "https://pod.example.se/lokalt/" + records[0].audio_file,
        "file_size": os.path.getsize(out / records[0].audio_file),
        "mime_type": "audio/mpeg",
    }]
    assert [(c["start"], c["title"]) for c in ep["chapters"]] == [
        (0, "Inledning"), (0, "Skolan får ny rektor"), (1, "Trafiken leds om"), (2, "Fakta"),
    ]


def _xml(out: Path) -> etree._Element:
    return etree.parse(str(out / "feed.xml")).getroot()


def test_apple_and_podcasting20_tags_by_xpath(site):
    config, out, records = site
    root = _xml(out)
    ch = root.find("channel")
    one = lambda path: ch.xpath(path, namespaces=NS)  # noqa: E731
    assert one("title/text()") == ["Lokala nyheter uppläst"]
    assert one("description/text()")[0].startswith("Lokala nyheter")
    assert one("link/text()") == ["https://pod.example.se/lokalt/"]
    assert one("language/text()") == ["sv"]
    assert one("itunes:image/@href") == ["https://pod.example.se/lokalt/cover.jpg"]
    assert one("itunes:category/@text") == ["News"]
    assert one("itunes:category/itunes:category/@text") == ["Daily News"]
    assert one("itunes:explicit/text()") == ["false"]
    assert one("itunes:author/text()") == ["Lokalredaktionen"]
    assert one("itunes:type/text()") == ["episodic"]
    assert one("itunes:owner/itunes:email/text()") == ["redaktionen@example.se"]
    assert one("itunes:owner/itunes:name/text()") == ["Lokalredaktionen"]
    assert one("atom:link[@rel='self']/@href") == [config.feed_url]
    assert one("podcast:guid/text()") == [podcast_guid(config.feed_url)]
    assert one("podcast:locked/text()") == ["no"]
    assert one("podcast:locked/@owner") == ["redaktionen@example.se"]
    assert one("lastBuildDate/text()") == ["Sat, 25 May 2024 10:15:00 +0200"]

    items = ch.findall("item")
    assert len(items) == 2
    for item, rec in zip(items, records, strict=True):
        x = lambda path, item=item: item.xpath(path, namespaces=NS)  # noqa: E731
        assert x("guid/text()") == [rec.guid] and x("guid/@isPermaLink") == ["false"]
        assert x("pubDate/text()")[0].endswith("+0200")
        assert x("itunes:episodeType/text()") == ["full"]
        assert x("itunes:duration/text()") == ["3"]
        assert x("enclosure/@length") == [str(os.path.getsize(out / rec.audio_file))]
        base = config.podcast.base_url
        assert x("podcast:transcript[@type='text/vtt']/@rel") == ["captions"]
        assert x("podcast:transcript[@type='text/vtt']/@url") == [base + rec.transcript_vtt]
        assert x("podcast:transcript[@type='application/json']/@url") == [base + rec.transcript_json]
        assert x("podcast:chapters/@type") == ["application/json+chapters"]
        assert x("podcast:chapters/@url") == [base + rec.chapters_json]
        starts = x("psc:chapters/psc:chapter/@start")
        assert starts == ["00:00:00.000", "00:00:00.600", "00:00:01.500", "00:00:02.500"]
        assert x("psc:chapters/@version") == ["1.2"]
        # Every linked file exists in output/.
        for url in x("enclosure/@url") + x("podcast:transcript/@url") + x("podcast:chapters/@url"):
            assert (out / url.removeprefix(base)).is_file()


def test_unchanged_catalog_gives_byte_identical_feed(site, tmp_path):
    config, out, records = site
    again = tmp_path / "feed.xml"
    write_feed(config, list(reversed(records)), again, config.feed_url)
    assert again.read_bytes() == (out / "feed.xml").read_bytes()
    before = (out / "feed.xml").stat().st_mtime_ns
    write_feed(config, records, out / "feed.xml", config.feed_url)
    assert (out / "feed.xml").stat().st_mtime_ns == before, "an unchanged feed is not rewritten"


def test_guid_is_stable_across_rebuild_and_content_change(tmp_path):
    config = make_config(tmp_path)
    out = tmp_path / "out"
    with Catalog(out / "catalog.sqlite") as cat:
        first = cat.upsert(publish_episode(config, out, "ny-bro", "Ny bro", DAY1))
    changed = publish_episode(config, out, "ny-bro", "Ny bro", DAY1, body="Bron stängs i fyra veckor, inte tre.")
    changed.guid = "something-else"  # e.g. base_url moved: the stored GUID still wins
    with Catalog(out / "catalog.sqlite") as cat:
        stored = cat.upsert(changed)
        assert stored.guid == first.guid
        assert stored.audio_file != first.audio_file, "a changed article gets a new file name"
        write_feed(config, cat.episodes(), out / "feed.xml", config.feed_url)
    items = _xml(out).findall("channel/item")
    assert [i.findtext("guid") for i in items] == [first.guid]
    assert items[0].find("enclosure").get("url").endswith(stored.audio_file)


def test_max_episodes_keeps_the_newest(site, tmp_path):
    config, out, records = site
    limited = make_config(tmp_path, max_episodes=1)
    write_feed(limited, records, tmp_path / "feed.xml", limited.feed_url)
    titles = [i.findtext("title") for i in etree.parse(str(tmp_path / "feed.xml")).getroot().iter("item")]
    assert titles == ["Skolan får ny rektor"]
    with pytest.raises(PublishError, match="max_episodes"):
        write_feed(make_config(tmp_path, max_episodes=0), records, tmp_path / "x.xml", limited.feed_url)


def test_explicit_true_and_edition_feed(site, tmp_path):
    config, out, records = site
    explicit = make_config(tmp_path, explicit=True)
    dest = tmp_path / "edition" / "feed.xml"
    feed_url = explicit.podcast.base_url + "edition/feed.xml"
    write_feed(explicit, records, dest, feed_url, title="Dagens nyheter", description="Alla dagens nyheter i ett avsnitt.")
    ch = etree.parse(str(dest)).getroot().find("channel")
    assert ch.findtext("title") == "Dagens nyheter"
    assert ch.xpath("itunes:explicit/text()", namespaces=NS) == ["true"]
    assert ch.xpath("atom:link[@rel='self']/@href", namespaces=NS) == [feed_url]
    assert ch.xpath("podcast:guid/text()", namespaces=NS) == [podcast_guid(feed_url)]
    # Enclosures stay relative to base_url, not to edition/.
    assert ch.find("item/enclosure").get("url") == explicit.podcast.base_url + records[0].audio_file
