"""Session 35, round 3, from blind sets extract146 and extract147 (written by helpers who never read the rules during
round 2; scored at 1b12087e and after rounds 1-2, unread and identical: headline 100 %, leak 4.3 % (28/645), recall
1.000 and 100 %, 1.3 % (7/549), 0.988). Each phenomenon below was written after its fix, with another site and other
words; the guard beside it:

- a product's variant with its price glued over a cart button ("Pocket · 99 kr" / "Lägg i varukorgen") is the shop's
  card (``adslots.product_card_tags``, ``VARIANT_WORDS``); a book's blurb above it stays;
- a link's line closed by the site's mark of where it leads ("(e-tjänst)", "(extern länk)"; ``data/boilerplate.tsv``
  link-marker); a sentence with words in brackets stays;
- the article's last paragraph opening with a word that is a link's label in the page's furniture ("Nästa" of the
  post navigation) is no organisation's boilerplate (``furniture.about_tags``); one opening with the site's name is.
"""

from __future__ import annotations

from extract_helpers import Line, read_dump, spoken_text

from audiocast.ingest.furniture import about_tags

_BOOKS = """Hoppa till innehåll
Bokhandeln Lyktan
Butik
Boktips
Evenemang
Fem böcker för långa vinterkvällar
Publicerad 2 december 2025 av Mona Ek
Vi har valt ut fem böcker som passar perfekt när det är mörkt ute och man vill sjunka ner i en fåtölj med en filt.
Alla böcker finns i butiken på Kyrkogatan, och de flesta går också att beställa i vår webbshop.
Isvägen – Johan Strand
En spännande roman om en postbil som fastnar på isvägen mellan två öar under den kallaste vintern på hundra år.
Pocket · 99 kr
Lägg i varukorgen
Morfars båt – Lina Berg
En varm berättelse om en flicka som tillsammans med sin morfar rustar upp en gammal träbåt under ett helt år.
Inbunden · 239 kr
Lägg i varukorgen
Vi ses i butiken, och glöm inte att vi slår in julklapparna gratis hela december.
"""


def test_a_variants_price_over_a_cart_button_is_the_shops_card() -> None:
    spoken = spoken_text(read_dump(_BOOKS))
    assert "Pocket · 99 kr" not in spoken and "Inbunden · 239 kr" not in spoken
    assert "postbil som fastnar på isvägen" in spoken and "rustar upp en gammal träbåt" in spoken


_SCHOOL = """Hoppa till innehåll
Ljungby kommun
Förskola och skola
Omsorg
Bygga och bo
Nya regler för skolskjuts från höstterminen
Publicerad 5 juni 2025
Från höstterminen får alla elever i årskurs ett till sex som bor mer än två kilometer från skolan rätt till skolskjuts, i stället för tre kilometer som i dag.
Ändringen beslutades av barn- och utbildningsnämnden i maj och berör ungefär 140 elever i kommunens norra delar.
– Vi vill att fler barn ska kunna ta sig tryggt till skolan, säger nämndens ordförande Karin Sjö (S).
Ansökan görs på samma sätt som tidigare, och den som redan har skolskjuts behöver inte söka igen (gäller även växelvis boende).
Ansök om skolskjuts (e-tjänst)
Läs Skolverkets vägledning (extern länk)
Skolskjutsen körs av Länstrafiken, och turerna anpassas efter skoldagens början och slut på varje skola i kommunen.
Vid frågor om en enskild elevs skjuts går det bra att ringa kommunens kontaktcenter under vardagar.
Kontakta oss
"""


def test_links_closed_by_the_sites_mark_of_where_they_lead_are_not_read() -> None:
    spoken = spoken_text(read_dump(_SCHOOL))
    assert "Ansök om skolskjuts" not in spoken and "Skolverkets vägledning" not in spoken


def test_a_sentence_with_words_in_brackets_stays() -> None:
    assert "(gäller även växelvis boende)" in spoken_text(read_dump(_SCHOOL))


def _about(first_word: str, tag: str | None, rule: str | None) -> Line:
    lines = [Line("Lövsta IK", tag="drop", rule="site-name"),
             *(Line(t, p=0.95) for t in ("Vårt P12-lag tog silver i Vårcupen i helgen efter fyra raka segrar.",
                                          "I finalen blev det förlust med 1–2 mot Örebro SK efter en jämn match.",
                                          "Tack till alla föräldrar som ställde upp med skjuts och fika.")),
             Line(f"{first_word} turnering är Sommarcupen i Kumla i juni. Kallelsen kommer i lagets kalender.", p=0.1),
             Line("Föregående", tag="link", rule="post-nav-bare"), Line(first_word, tag=tag, rule=rule)]
    about_tags(lines, 1)
    return lines[4]


def test_a_last_paragraph_opening_with_a_links_label_is_the_articles() -> None:
    assert _about("Nästa", "link", "post-nav-bare").tag is None


def test_a_last_paragraph_opening_with_the_sites_name_is_its_boilerplate() -> None:
    assert _about("Lövsta", "drop", "site-name").rule == "about-org"
