"""Session 10, class 'an interview's first question taken for the head, its standfirst dropped' (issue #9).

A paper's question-and-answer interview sets its headline, a standfirst, the byline and date line, then its questions
each on a line of their own over an answer opened by a dialogue dash. The first question under the date line looked
like a dated head: the standfirst above it was dropped as a notice over the head, and the question was read as the
headline (dev set extract34, a regional paper's Saturday interview). A question alone on its line with a dashed answer
under it, two such pairs at least, is an interview's question (headdigest.interview_question): never a head below a
paragraph. The first two tests are the invented cases written before the fix; the rest were written after it, on
other sites and wordings, with a guard: a question headline over a quoted lead stays the headline.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_QA = (
    "\n\nHur länge har du drivit caféet?\n\n– Sedan 2014. Det var min mammas dröm från början, men hon hann aldrig "
    "öppna det.\n\nVad är det bästa med jobbet?\n\n– Att träffa alla. Det kommer folk från hela kommunen, och många "
    "stannar i timmar.\n"
)


def test_a_standfirst_over_the_first_question_is_the_lead() -> None:
    page = ("Kustposten\nStart\nLokalt\nSport\nNöje\nFem frågor\nHamnkaptenen som aldrig tar semester\n\n"
            "Göran Ek har skött hamnen i trettio år. Nu går han i pension, men vill inte sluta helt.\n"
            "Anna Berg\n12 april 2025" + _QA)
    article = read_dump(page)
    assert article.title == "Hamnkaptenen som aldrig tar semester"
    assert (article.lead or "").startswith("Göran Ek har skött hamnen")


def test_a_quoted_headline_under_its_kicker_and_a_standfirst() -> None:
    page = ("Kustposten\nStart\nLokalt\nSport\n\nFem frågor\n”Båtarna är mitt liv”\n\n"
            "Göran Ek har skött hamnen i trettio år. Nu går han i pension, men vill inte sluta helt.\n"
            "Anna Berg\n12 april 2025" + _QA)
    article = read_dump(page)
    assert article.title == "”Båtarna är mitt liv”"
    assert "Hur länge har du drivit caféet?" in spoken_text(article)


def test_a_union_paper_interview_keeps_its_standfirst() -> None:
    page = (
        "Kommunalarbetaren Norr\nMeny\nSök\nNyheter\nArbetsliv\nDebatt\nMöte med\n"
        "”Nattpassen är det bästa jag vet”\n\n"
        "Undersköterskan Mirja Karlsson har jobbat natt på Solgårdens boende i Piteå i nitton år. Vi ringde henne "
        "en tisdag förmiddag, när hon just hade vaknat.\nText: Olle Forsberg\n14 november 2025\n"
        "Mirja Karlsson på Solgården. Foto: Olle Forsberg\n\n"
        "Varför just natt?\n\n– Det är lugnare. Man hinner sitta ner och prata med de boende som inte kan sova.\n\n"
        "Blir du aldrig trött?\n\n– Jo, första natten efter ledigheten. Sedan är kroppen van.\n\n"
        "Vad skulle du vilja ändra?\n\n– Att vi är två i stället för tre sedan i våras. Det märks.\n"
    )
    article = read_dump(page)
    assert article.title == "”Nattpassen är det bästa jag vet”"
    assert (article.lead or "").startswith("Undersköterskan Mirja Karlsson")
    assert "Varför just natt?" in spoken_text(article)


def test_a_club_portrait_without_a_menu_glue() -> None:
    page = (
        "IK Granen\nHem\nLag\nNyheter\nKontakt\n\nMedlemmen i fokus: Sven Åkerlund\n\n"
        "Sven har suttit i kansliet i fyrtio år och kan varje spelares tröjnummer sedan 1985. Nu lämnar han över.\n"
        "Publicerad 3 februari 2026\n\n"
        "Hur började det?\n\n– Min son spelade i pojklaget och någon behövde sköta kassan.\n\n"
        "Vilket är ditt bästa minne?\n\n– Uppflyttningen 1998. Hela byn var på plats.\n"
    )
    article = read_dump(page)
    assert article.title == "Medlemmen i fokus: Sven Åkerlund"
    assert (article.lead or "").startswith("Sven har suttit i kansliet")


def test_a_question_headline_over_a_quoted_lead_stays_the_headline() -> None:
    page = (
        "Västbladet\nStart\nLokalt\nSport\n\nVarför stänger simhallen redan i april?\nKarin Ahl\n2 mars 2026\n\n"
        "– Vi har inte råd att hålla öppet längre, säger fritidschefen Pia Norén.\n\n"
        "Beslutet togs i nämnden i tisdags och har mött protester från simklubben och flera skolor i kommunen.\n\n"
        "Vad säger simklubben?\n\n– Vi är besvikna, säger ordföranden.\n\nHur blir det nästa år?\n\n"
        "– Det vet ingen ännu.\n"
    )
    article = read_dump(page)
    assert article.title == "Varför stänger simhallen redan i april?"
    assert "Vi har inte råd" in spoken_text(article)
