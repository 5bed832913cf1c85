"""Session 30, round 2, from blind set extract107 (12 dumps of organisations' and public bodies' news pages, held
out through round 1: leak 2.0 % at 127a081f, 1.9 % after round 1; after round 2: 1.0 %). Written after the fixes,
with other sites and words; the guards beside each:

- an X post embedded as its embed code writes it: its text over "— Name (@handle) date" (``embedboxes.signed_post_tags``);
- a caption closed by a credit without a name and the archive holding the picture ("Okänd fotograf, Bygdens arkiv");
- a scene's caption: a couple by their names with a relative clause after its comma, and one over a subheading (``barecaptions.scene_caption_tags``); a first paragraph whose verb is a strong past tense
  ("försvann") stays (``data/verbs.tsv``).
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_X_POST = """Sörby IF
Nyheter
A-laget
Lag
Biljetter
Målvakten Hugo Lind förlänger med Sörby
Hugo Lind skriver på ett nytt tvåårsavtal med klubben och blir kvar i Sörby till och med säsongen 2027.
Publicerad 3 mars 2025
Lind kom till klubben som sextonåring och har spelat över hundra matcher i A-laget sedan debuten.
– Jag har aldrig funderat på att lämna. Det här är min klubb och jag vill vinna något här, säger Hugo Lind.
Sportchefen Eva Rask är glad att målvakten stannar, och säger att han är en av lagets viktigaste spelare.
Dela artikeln
Äntligen klart! Hugo stannar två år till 🧤 Välkommen till träningen på tisdag, alla supportrar.
— Sörby IF (@sorbyif) 3 mars 2025
Fler nyheter
"""


def test_an_x_posts_text_over_its_embed_signature_is_not_read() -> None:
    spoken = spoken_text(read_dump(_X_POST))
    assert "Äntligen klart!" not in spoken and "@sorbyif" not in spoken
    assert "Sportchefen Eva Rask är glad" in spoken


_ARCHIVE = """Hembygdsföreningen Forsbacka
Nyheter
Ny utställning om flottningen i Forsbacka
I sommar visar hembygdsföreningen en utställning om flottningen i älven, som pågick i nästan hundra år.
Flottningen var länge byns största arbetsgivare, och på somrarna kunde över hundra män arbeta längs älven.
Flottaren Olof Berg vid dammen i Forsbacka 1941. Okänd fotograf, Bygdens arkiv
Utställningen bygger på fotografier och brev som medlemmarna har samlat in under de senaste fem åren.
– Många har kommit in med lådor från vinden, och i dem har vi hittat riktiga skatter, säger ordföranden Eva Lund.
"""


def test_a_caption_closed_by_an_unnamed_credit_and_its_archive_is_not_read() -> None:
    spoken = spoken_text(read_dump(_ARCHIVE))
    assert "Flottaren Olof Berg vid dammen" not in spoken
    assert "Utställningen bygger på fotografier" in spoken


_COUPLE = """Bergslagsbladet
Familj
Guldbröllop
Träffades på skridskoisen 1974 – nu har Inga och Per Mårtensson varit gifta i 50 år
Det var en kall februarikväll på isen vid Sågudden. Per Mårtensson åkte baklänges rakt in i Inga Lind, och sedan dess har de hållit ihop.
Text och foto: Lena Holm
Publicerad 2 februari 2025, 06:00
Lyssna på artikeln
3 min
I dag är det exakt femtio år sedan Inga och Per gifte sig i Sågudds kyrka, och på lördag blir det fest i bygdegården.
Inga och Per Mårtensson i köket i huset på Björkvägen, där de har bott sedan 1980.
– Vi tänkte först att vi skulle fira i det tysta, men barnbarnen ville annat, säger Inga Mårtensson när vi träffar dem.
Paret har tre barn och sju barnbarn, och alla kommer till festen.
"""

_LOST_DOG = """Östkustbladet
Nyheter
Hunden Bamse hittad efter tre dygn i skogen
Efter tre dygn hittades den tioåriga golden retrievern Bamse i skogen vid Norrby, trött men oskadd.
Karin Lund
7 mars 2025 09:12
Dela
Bamse försvann från sitt hem i Norrby under söndagsmorgonen, när han sprang efter ett rådjur in i skogen.
Ägaren Maria Sund larmade Missing People, och över sextio frivilliga sökte i skogen under tre dagar.
– Vi hade nästan gett upp hoppet, men så hörde vi honom skälla vid bäcken, säger Maria Sund.
"""


def test_a_couples_picture_caption_with_its_relative_clause_between_paragraphs_is_not_read() -> None:
    spoken = spoken_text(read_dump(_COUPLE))
    assert "Inga och Per Mårtensson i köket" not in spoken
    assert "I dag är det exakt femtio år sedan" in spoken


def test_a_first_paragraph_with_a_strong_verb_in_the_past_stays() -> None:
    spoken = spoken_text(read_dump(_LOST_DOG))
    assert "Bamse försvann från sitt hem i Norrby" in spoken


_CHURCH = """Sankt Olofs församling
Nyheter
Kyrkan öppnar igen efter renoveringen
Efter två års renovering öppnar Sankt Olofs kyrka igen med en festgudstjänst på första advent.
Renoveringen har omfattat ett nytt tak, ny värme och en varsam konservering av de medeltida målningarna i koret.
Under tiden har alla gudstjänster firats i församlingshemmet, och många i församlingen har längtat tillbaka till kyrkorummet.
Altartavlan i koret efter rengöringen.
Målningarna fick tillbaka sina färger
Den största överraskningen kom när konservatorerna tog bort smuts och gammal fernissa från målningarna i koret.
– Vi visste att de fanns där, men ingen hade sett färgerna så klara på flera hundra år, säger konservatorn Eva Berg.
"""


def test_a_scenes_caption_over_a_subheading_is_not_read() -> None:
    spoken = spoken_text(read_dump(_CHURCH))
    assert "Altartavlan i koret efter rengöringen." not in spoken
    assert "Målningarna fick tillbaka sina färger" in spoken
