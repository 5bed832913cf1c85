"""Session 19 (E16): page furniture read aloud as the article's, three phenomena found on opened sets and tested here on
invented sites written after the fixes.

- A mailed newsletter's web view: between the letter's signature and the mail platform's footer (unsubscribe,
  "Powered by …") its furniture — a feedback question and its thumbs, a colophon, a support button, a call to share —
  goes (mailfooter.footer_run_cuts); a postscript, the signers under a greeting and a second piece of prose stay.
- A comment thread on a wall or in a chat, each comment on one line after its commenter and a colon, under its counter
  (threadruns.inline_comments); a fact box's "Label: value" lines stay.
- A media player's clip title glued to it ("▶" / "Trailer: …" / "1:12") and its label ("Lyssna på …") over a title
  named as a clip (videos._clip_title).
- A site builder's credit ("Made with Canva", "Skapad med Wix"), boilerplate row builder-credit.
- A paginated document's running head at a page break, naming the issue in the masthead's words (runningheads).
- An organisation's contact box under the article: "Kontakt" over a unit and its organisation ("Miljöenheten,
  Tranås kommun") over the numbers (contacts.is_unit_of_org in the unit card); a subject's unit stays.
- An audio or video player's button between the article's paragraphs ("🎧 Lyssna på reportaget (5 min)"): dropped
  alone, the article going on under it (boilerplate row player-button), in a dump and in HTML.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import read_dump, spoken_lines

from audiocast.ingest import load
from audiocast.ingest.contacts import is_unit_of_org
from audiocast.ingest.mailfooter import is_signature
from audiocast.ingest.viewers import chrome_kind

_LETTER_HEAD = "Visa i webbläsaren\nÄlvdalsbladet\nVeckans brev från Älvdalen\nVargen som vandrade genom byn\n"
_LETTER = (
    "En ung varg har setts vid tre tillfällen i Östra Åsen den senaste veckan, och viltvårdaren har satt upp kameror.\n"
    "– Den verkar vara på genomresa norrut, den har inte rivit några får, säger Tove Larsson på länsstyrelsen.\n"
    "Länsstyrelsen ber den som ser vargen att rapportera det på Skandobs webbplats.\n"
)
_FURNITURE = (
    "Gillade du det här numret?\n😀 Ja\n😕 Nej\n"
    "Älvdalsbladet skrivs av Jonas Ek på kvällar och helger. Det är gratis att läsa men bekostas av läsarna.\n"
    "Bli månadsgivare\nTipsa en vän om brevet\n"
)
_FOOTER = "Hantera din prenumeration | Avregistrera dig\nPowered by Substack\n"


def test_a_newsletters_furniture_between_its_signature_and_the_platforms_footer_goes() -> None:
    page = _LETTER_HEAD + _LETTER + "Hälsningar\n/Jonas\n" + _FURNITURE + _FOOTER
    lines = spoken_lines(read_dump(page))
    assert "Länsstyrelsen ber den som ser vargen att rapportera det på Skandobs webbplats." in lines
    for gone in ("Gillade du det här numret?", "😀 Ja", "Bli månadsgivare", "Tipsa en vän om brevet",
                 "Powered by Substack", "Hantera din prenumeration | Avregistrera dig"):
        assert gone not in lines
    assert not any(x.startswith("Älvdalsbladet skrivs av") for x in lines)


def test_the_signers_under_a_greeting_stay_and_the_furniture_under_them_goes() -> None:
    page = _LETTER_HEAD + _LETTER + "Många hälsningar\nLisa och Per Dahl\n" + _FURNITURE + _FOOTER
    lines = spoken_lines(read_dump(page))
    assert "Lisa och Per Dahl" in lines
    assert "Tipsa en vän om brevet" not in lines


def test_a_postscript_under_the_signature_stays() -> None:
    ps = "PS. Nästa vecka skriver jag om den nya fäbodvägen.\n"
    page = _LETTER_HEAD + _LETTER + "/Jonas\n" + ps + _FURNITURE + _FOOTER
    assert ps.strip() in spoken_lines(read_dump(page))


def test_guard_a_second_piece_of_prose_after_the_signature_stops_the_pass() -> None:
    second = ("Kort om annat\nBiblioteket i Älvdalen får nya öppettider från den 1 mars, med kvällsöppet på torsdagar.\n"
              "Skoterleden mot Rot är åter öppen sedan snöovädret, meddelar skoterklubben på sin sida.\n")
    page = _LETTER_HEAD + _LETTER + "/Jonas\n" + second + _FOOTER
    lines = spoken_lines(read_dump(page))
    assert "Skoterleden mot Rot är åter öppen sedan snöovädret, meddelar skoterklubben på sin sida." in lines


def test_the_signature_and_the_footers_kinds() -> None:
    assert is_signature("/Jonas")
    assert is_signature("Varma hälsningar,")
    assert not is_signature("Länsstyrelsen ber den som ser vargen att rapportera det.")
    assert chrome_kind("Sent with Buttondown") == "footer"
    assert chrome_kind("Avanmäl dig · Integritetspolicy") == "footer"
    assert chrome_kind("Privacy Policy | Terms of Use") == "chrome"
    assert chrome_kind("Sport · Kultur · Nöje") is None


_SITE_TOP = "Tranås kommun\nMeny\nSök\nBo och bygga\n"
_NEWS = (
    "Nya regler för eldning i tätorten\n3 februari 2027\n"
    "Från och med den 1 april får trädgårdsavfall inte längre eldas inom detaljplanerat område i Tranås.\n"
    "Beslutet togs av miljö- och byggnämnden efter klagomål på röklukt från boende i flera bostadsområden.\n"
    "Trädgårdsavfall kan i stället lämnas gratis på återvinningscentralen på Norrabyvägen.\n"
)


def test_a_contact_box_naming_a_unit_and_its_organisation_goes() -> None:
    page = _SITE_TOP + _NEWS + "Kontakt\nMiljöenheten, Tranås kommun\nTelefon: 0140-681 00\nOm webbplatsen\nKakor\n"
    lines = spoken_lines(read_dump(page))
    assert "Trädgårdsavfall kan i stället lämnas gratis på återvinningscentralen på Norrabyvägen." in lines
    assert "Miljöenheten, Tranås kommun" not in lines
    assert "Telefon: 0140-681 00" not in lines


def test_the_unit_lines_shape() -> None:
    assert is_unit_of_org("Räddningstjänsten, Vetlanda kommun")
    assert is_unit_of_org("Kommunikationsavdelningen, Region Kronoberg")
    assert not is_unit_of_org("Kundtjänst avlopp, Tranås kommun")  # the article's subject's unit
    assert not is_unit_of_org("Tranås kommun")
    assert not is_unit_of_org("Beslutet togs av nämnden, som möttes i går.")


_PLAYER_HEAD = "Radio Sommen\nNyheter\nFiskestopp i Svartån i sommar\n14 maj 2027\n"
_PLAYER_ONE = "Länsstyrelsen inför fiskestopp i delar av Svartån från den 1 juni för att skydda öringens lekplatser.\n"
_PLAYER_REST = ("Förbudet gäller sträckan mellan Ralången och Frödinge kvarn och varar till den 30 september.\n"
                "– Beståndet har minskat kraftigt sedan torkan för tre år sedan, säger fiskevårdaren Ola Nyström.\n")


def test_a_player_button_between_paragraphs_goes_and_the_article_goes_on() -> None:
    for button in ("🎧 Lyssna på reportaget (5 min)", "► Se klippet · 2:10", "Spela upp · 2:45", "Lyssna (3 min)"):
        page = _PLAYER_HEAD + _PLAYER_ONE + button + "\n" + _PLAYER_REST + "Dela\nFacebook\n"
        lines = spoken_lines(read_dump(page))
        assert button not in lines
        assert "– Beståndet har minskat kraftigt sedan torkan för tre år sedan, säger fiskevårdaren Ola Nyström." in lines


def test_guard_a_sentence_opening_with_a_players_verb_stays() -> None:
    said = "Hör av dig till fiskevårdsområdet om du ser någon fiska på sträckan i sommar."
    page = _PLAYER_HEAD + _PLAYER_ONE + said + "\n" + _PLAYER_REST
    assert said in spoken_lines(read_dump(page))


def test_a_player_button_in_an_html_article_goes(tmp_path: Path) -> None:
    paras = "".join(f"<p>{x}</p>" for x in (_PLAYER_ONE.strip(), "▶ Hör intervjun", *_PLAYER_REST.strip().split("\n")))
    page = tmp_path / "fiske.html"
    page.write_text(
        "<html><head><title>Fiskestopp i Svartån i sommar | Radio Sommen</title></head><body><article>"
        f"<h1>Fiskestopp i Svartån i sommar</h1><time datetime='2027-05-14'>14 maj 2027</time>{paras}</article>"
        "</body></html>", encoding="utf-8")
    lines = spoken_lines(load(page))
    assert "▶ Hör intervjun" not in lines
    assert "– Beståndet har minskat kraftigt sedan torkan för tre år sedan, säger fiskevårdaren Ola Nyström." in lines


_CLUB_HEAD = "Rönnby IF\nStart\nLag\nVårens första seger för damlaget\n6 april 2027\n"
_CLUB_TEXT = ("Damlaget vann premiären mot Ekeby med 2–0 inför 240 åskådare på Rönnvallen i lördags.\n"
              "– Vi har tränat hårt på fasta situationer hela vintern och det gav utdelning, säger tränaren Mia Holm.\n")


def test_a_thread_of_one_line_comments_under_its_counter_goes() -> None:
    thread = ("3 kommentarer\nMalin_F: grymt tjejer!!\nLasse 63: Äntligen seger, heja Rönnby\n"
              "Anonym: när är nästa hemmamatch?\nSkriv en kommentar\n")
    lines = spoken_lines(read_dump(_CLUB_HEAD + _CLUB_TEXT + thread))
    assert "Malin_F: grymt tjejer!!" not in lines
    assert "Anonym: när är nästa hemmamatch?" not in lines
    assert any(x.startswith("– Vi har tränat hårt") for x in lines)


def test_guard_labelled_facts_under_the_text_are_no_thread() -> None:
    facts = "Matchfakta\nMål: Sara Lind, Ida Ek\nPublik: 240\nNästa match: Borta mot Tolg den 13 april\n"
    lines = spoken_lines(read_dump(_CLUB_HEAD + _CLUB_TEXT + facts))
    assert any("Sara Lind" in x for x in lines)


def test_a_clips_title_between_its_icon_and_length_goes() -> None:
    page = (_PLAYER_HEAD + _PLAYER_ONE + "►\nVideo: Öringen leker i Svartån\n2:48\n" + _PLAYER_REST)
    lines = spoken_lines(read_dump(page))
    assert "Video: Öringen leker i Svartån" not in lines
    assert "Förbudet gäller sträckan mellan Ralången och Frödinge kvarn och varar till den 30 september." in lines


def test_a_podcasts_label_and_episode_title_over_its_button_go() -> None:
    page = (_PLAYER_HEAD + _PLAYER_ONE + _PLAYER_REST + "Hör hela samtalet i vår podd\nÅpodden #12: Öringens år\n"
            "▶ Spela\n1,25×\nDela\nFacebook\n")
    lines = spoken_lines(read_dump(page))
    assert "Åpodden #12: Öringens år" not in lines
    assert "Hör hela samtalet i vår podd" not in lines
    assert "1,25×" not in lines


def test_a_builders_credit_goes() -> None:
    page = _CLUB_HEAD + _CLUB_TEXT + "Kontakta oss\nSkapad med Wix\n"
    assert "Skapad med Wix" not in spoken_lines(read_dump(page))


_BLAD_HEAD = "Bygdebladet Rimbo\nNummer 3 · Oktober 2026 · Rimbo hembygdsförening\nSida 1\nKvarnen vid Husby får nytt hjul\n"
_BLAD_ONE = ("Det gamla vattenhjulet vid Husby kvarn har ruttnat sönder och byts nu ut mot ett nytt av ek, byggt på plats.\n"
             "Arbetet leds av snickaren Gösta Wall, som har renoverat tre kvarnar i Uppland tidigare.\n")
_BLAD_TWO = "– Eken kommer från en skog bara två kilometer bort, säger han till bladet.\n"


def test_a_running_head_at_a_page_break_goes() -> None:
    page = _BLAD_HEAD + _BLAD_ONE + "Sida 2\nBygdebladet Rimbo · Nummer 3 2026\n" + _BLAD_TWO
    lines = spoken_lines(read_dump(page))
    assert "Bygdebladet Rimbo · Nummer 3 2026" not in lines
    assert _BLAD_TWO.strip() in lines


def test_guard_a_subheading_after_a_page_break_stays() -> None:
    page = _BLAD_HEAD + _BLAD_ONE + "Sida 2\nEtt hjul för 2027 års säsong\n" + _BLAD_TWO
    assert "Ett hjul för 2027 års säsong" in spoken_lines(read_dump(page))
