"""Session 36, from extract153 (session 36's never-read HTML measure, scored at its start and at its end - identical -
then opened): a forum page sets its posts without paragraph markup (text and <br> in <div>s), so the layout reader
rebuilds its article, and it found no head there: the topic's title in an <h2> over the posts was lost and the page's
<title> ("topic - forum") was said as the headline. The heading the page's statements name nearly word for word, not
the site's, is the article's title (``html_headline.named_heading``, read by ``html_layout.relayout``). Written after the fix, with another forum and other
words; the guard: the forum's name in its <h1>, which the <title> also names, is never taken for the title."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

_FORUM = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Nytt staket runt lekplatsen i höst - Villaföreningen Solbacken</title></head>
<body>
<div id="page-header"><div class="headerbar" role="banner">
<h1>Villaföreningen Solbacken</h1>
<p>Forum för oss som bor på Solbacken</p>
</div>
<ul class="nav-main"><li><a href="/">Forumindex</a></li><li><a href="/regler">Regler</a></li><li><a href="/login">Logga in</a></li></ul>
</div>
<div id="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=77">Nytt staket runt lekplatsen i höst</a></h2>
<div class="action-bar"><a href="./posting.php?t=77" class="button">Svara</a> <div class="pagination">3 inlägg</div></div>
<div class="post"><div class="postbody">
<div class="author">av <strong>Karin Ljung</strong> » ons 4 sep 2024 19:12</div>
<div class="content">Styrelsen har beslutat att bygga ett nytt staket runt lekplatsen vid Solbackens gård under oktober, eftersom det gamla har ruttnat på flera ställen.<br><br>
Arbetet görs på två lördagar av medlemmar som anmäler sig till styrelsen, och virket levereras av sågverket i Berga redan i slutet av september.<br><br>
– Vi vill att barnen ska kunna leka tryggt även när det blir mörkt tidigt, säger ordföranden Karin Ljung.<br><br>
Anmäl dig till arbetsdagarna senast den 20 september, så att vi vet hur många som kommer och kan beställa fika.</div>
</div></div>
<div class="post"><div class="postbody">
<div class="author">av <strong>Per Ek</strong> » ons 4 sep 2024 20:40</div>
<div class="content">Bra initiativ! Jag kan komma båda lördagarna.</div>
</div></div>
</div>
<div class="footer">Drivs med phpBB · Villaföreningen Solbacken</div>
</body></html>"""


def test_a_forum_topics_title_over_posts_without_paragraphs_is_the_headline() -> None:
    article = extract_html(_FORUM, "staket.html")
    assert article.title == "Nytt staket runt lekplatsen i höst"


def test_the_forums_name_in_its_h1_is_never_the_title() -> None:
    page = _FORUM.replace('<h2 class="topic-title"><a href="./viewtopic.php?t=77">Nytt staket runt lekplatsen i höst</a></h2>', "")
    assert extract_html(page, "staket.html").title != "Villaföreningen Solbacken"
