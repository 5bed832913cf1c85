"""The site template profiles and the confidence where articles are read: ``audiocast render``,
``audiocast extract`` and the studio's ``load_edited`` read a page dump the same way.

Every input here is written for these tests (a fictional site and its articles).
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from audiocast.cli import main
from audiocast.config import Config
from audiocast.ingest import Reader, default_scorer, load
from audiocast.ingest.sites import PROFILE_DIR
from audiocast.pipeline import Renderer
from audiocast.studio.sidecar import load_edited

CHROME_TOP = """Knallby Kuriren
Veckans korsord
Knallbybor minns
Vår nya app finns nu för alla läsare i Knallby, ladda ner den gratis i din appbutik i dag.
"""
CHROME_BOTTOM = """
Veckans fråga till läsarna
Vilken gata i Knallby behöver nya trafikbanor först?
Redaktionen nås vardagar mellan nio och fem på telefon.
"""
ARTICLES = {
    "torget": ("Torget i Knallby får nya bänkar", "Kommunen sätter upp tjugo bänkar på torget i april.",
               "Bänkarna är gjorda av ek från kommunens egen skog."),
    "skolan": ("Skolan i Knallby byggs ut", "Norrskolan får fyra nya klassrum till hösten.",
               "Bygget börjar efter skolavslutningen i juni."),
    "hamnen": ("Hamnen i Knallby muddras", "Farleden in till hamnen muddras under två veckor i maj.",
               "Båtklubben har väntat på muddringen i flera år."),
}
UNSURE = "Tåg\n\nBuss\n\nVi jobbar för säkrare vägar till skolan i hela kommunen.\n"
"""Two one-word lines over a sentence: which is the headline is anybody's guess."""


def _site(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for day, (name, (title, lead, body)) in enumerate(ARTICLES.items(), start=1):
        text = f"{CHROME_TOP}\n{title}\nPublicerad {day} mars 2026\n\n{lead}\n\n{body}\n{CHROME_BOTTOM}"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _spoken(article) -> str:
    return "\n".join([article.title, article.lead or ""] + [b.text for b in article.blocks])


def test_extract_reads_with_the_profiles_of_out_and_reports_on_stderr(tmp_path: Path):
    articles, out = _site(tmp_path / "articles"), tmp_path / "output"
    result = CliRunner(mix_stderr=False).invoke(main, ["extract", str(articles / "hamnen.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    assert "Hamnen i Knallby muddras" in result.stdout
    assert "Veckans fråga" not in result.stdout and "Redaktionen nås" not in result.stdout
    assert "dropped as template (" in result.stderr and "Veckans fråga till läsarna" in result.stderr
    assert (out / PROFILE_DIR / "knallby-kuriren.json").is_file()


def test_extract_flags_low_confidence_on_stderr(tmp_path: Path):
    page = tmp_path / "trafik.txt"
    page.write_text(UNSURE, encoding="utf-8")
    result = CliRunner(mix_stderr=False).invoke(main, ["extract", str(page), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output + result.stderr
    assert result.stderr.startswith("low confidence (") and "headline uncertain" in result.stderr
    assert "low confidence" not in result.stdout


def test_load_edited_reads_like_render_with_a_reader(tmp_path: Path):
    articles, out = _site(tmp_path / "articles"), tmp_path / "output"
    plain = load_edited(articles / "torget.txt")
    assert "Veckans fråga till läsarna" in _spoken(plain)  # no profile: the site's chrome is not known
    read = load_edited(articles / "torget.txt", Reader(out, scorer=default_scorer()))
    assert "Veckans fråga" not in _spoken(read) and "Bänkarna är gjorda av ek" in _spoken(read)
    assert _spoken(read) == _spoken(load(articles / "torget.txt", Reader(out, scorer=default_scorer())))


def test_render_reads_with_the_site_profiles_and_carries_the_flag(tmp_path: Path):
    articles, out = _site(tmp_path / "articles"), tmp_path / "output"
    (articles / "trafik.txt").write_text(UNSURE, encoding="utf-8")
    config = Config().with_engine("espeak").with_base_url("http://127.0.0.1:8000/pod/")
    report = Renderer(config, out, cache_dir=tmp_path / "cache").render([articles], edition=False)
    assert report.ok, [r.error for r in report.failed]
    assert (out / PROFILE_DIR / "knallby-kuriren.json").is_file()
    by_name = {Path(r.source).stem: r for r in report.results}
    assert by_name["trafik"].flag is not None and by_name["trafik"].flag.startswith("low confidence")
    assert all(by_name[name].flag is None for name in ARTICLES)
    cues = [ln for p in (out / "episodes").glob("*.vtt") for ln in p.read_text(encoding="utf-8").splitlines()
            if ln and not ln[0].isdigit() and ln != "WEBVTT"]
    transcript = " ".join(cues)  # the cue texts, however short the cues are
    assert "Bänkarna är gjorda av ek" in transcript and "Veckans fråga" not in transcript


def test_render_prints_the_flag_per_article(tmp_path: Path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "trafik.txt").write_text(UNSURE, encoding="utf-8")
    args = ["render", str(articles), "--out", str(tmp_path / "o"), "--engine", "espeak", "--no-edition"]
    result = CliRunner(mix_stderr=False).invoke(main, args)
    assert result.exit_code == 0, result.output + result.stderr
    flagged = [ln for ln in result.stderr.splitlines() if "low confidence" in ln]
    assert len(flagged) == 1 and "trafik.txt" in flagged[0] and "headline uncertain" in flagged[0]
    quiet = CliRunner(mix_stderr=False).invoke(main, [*args, "--quiet"])
    assert quiet.exit_code == 0 and "low confidence" not in quiet.stderr
