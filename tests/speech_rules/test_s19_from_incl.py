"""A day and month written "1/4" after "från och med" opening a sentence is a date whatever word follows it
(parts.date_by_neighbours; it was read as a part, "en fjärdedel", when a verb in small letters followed); "till och
med", which also means "even", keeps its part. Sentences written after the fix."""

from audiocast.speech import normalize


def test_from_and_including_a_day_and_month_is_a_date_before_a_verb() -> None:
    assert normalize("Från och med 1/7 gäller sommartidtabellen.") == "Från och med första juli gäller sommartidtabellen."
    assert normalize("Från och med 2/5 stänger återvinningscentralen tidigare.") == (
        "Från och med andra maj stänger återvinningscentralen tidigare."
    )
    assert normalize("Biblioteket har från och med 1/3 öppet även på söndagar.") == (
        "Biblioteket har från och med första mars öppet även på söndagar."
    )


def test_even_a_part_and_amounts_keep_their_part() -> None:
    assert normalize("Till och med 1/4 fler besökare kom i år.") == "Till och med en fjärdedel fler besökare kom i år."
    assert normalize("Knappt 1/3 gick till skolan.") == "Knappt en tredjedel gick till skolan."
