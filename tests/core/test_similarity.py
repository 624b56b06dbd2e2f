"""Near-duplicate cards: German rephrasings are found, different complaints are not."""

from __future__ import annotations

import pytest

from werkstatt.core.similarity import (
    DEFAULT_THRESHOLD,
    SimilarityIndex,
    normalise,
    similarity,
)

SAME_COMPLAINT = [
    ("Zu wenig Sitzbänke am Marktplatz", "Zu wenige Sitzbänke auf dem Marktplatz"),
    ("Zu wenig Sitzbänke am Marktplatz", "zu wenig Sitzbaenke am Marktplatz!"),
    ("Busverbindung nach 20 Uhr fehlt", "Keine Busverbindung nach 20 Uhr"),
    ("Radwege in der Bahnhofstraße gefährlich", "Radweg Bahnhofstrasse ist gefährlich"),
    ("Keine Treffpunkte für Jugendliche", "Kein Treffpunkt für Jugendliche im Viertel"),
    ("Spielplatz am Lindenweg verwahrlost", "Der Spielplatz am Lindenweg ist verwahrlost"),
    ("Mülleimer quellen über", "Mülleimer quellen am Wochenende über"),
    ("Sitzbänke am Marktplatz fehlen", "Es fehlen Sitzbänke am Marktplatz"),
    ("Ampel an der Schulstraße zu kurz grün", "Ampel Schulstrasse: Grünphase zu kurz"),
    ("Çocuk parkı çok küçük", "Cocuk parki cok kucuk"),
]

DIFFERENT_COMPLAINTS = [
    ("Zu wenig Sitzbänke am Marktplatz", "Zu wenig Parkplätze am Marktplatz"),
    ("Busverbindung nach 20 Uhr fehlt", "Bücherei schließt schon um 18 Uhr"),
    ("Spielplatz am Lindenweg verwahrlost", "Spielplatz am Lindenweg zu klein"),
    ("Keine Treffpunkte für Jugendliche", "Keine Treffpunkte für Senioren"),
    ("Gehwege im Winter nicht geräumt", "Gehwege zugeparkt"),
    ("Zu wenig Ärzte im Stadtteil", "Zu wenig Kitaplätze im Stadtteil"),
    ("Straßenbeleuchtung im Park fehlt", "Toiletten im Park fehlen"),
]


def test_normalise_folds_case_umlauts_sharp_s_accents_and_punctuation() -> None:
    assert normalise("  „Zu wenig SITZBÄNKE!“ – Straße  ") == "zu wenig sitzbaenke strasse"
    assert normalise("Çocuk parkı, çok küçük…") == "cocuk parki cok kuecuek"
    assert normalise("Begegnungsstätte/Café") == "begegnungsstaette cafe"


def test_normalise_keeps_arabic_letters_and_drops_their_vowel_marks() -> None:
    assert normalise("مَكْتَبَة  صغيرة!") == "مكتبة صغيرة"


@pytest.mark.parametrize(("first", "second"), SAME_COMPLAINT)
def test_rephrasings_of_one_complaint_are_similar(first: str, second: str) -> None:
    assert similarity(first, second) >= DEFAULT_THRESHOLD
    assert similarity(second, first) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("first", "second"), DIFFERENT_COMPLAINTS)
def test_different_complaints_in_the_same_place_are_not(first: str, second: str) -> None:
    assert similarity(first, second) < DEFAULT_THRESHOLD


def test_the_same_text_scores_one_and_unrelated_texts_near_zero() -> None:
    assert similarity("Kein WLAN im Bürgerhaus", "kein wlan im buergerhaus") == 1.0
    assert similarity("Kein WLAN im Bürgerhaus", "Hundekot auf den Gehwegen") < 0.3


def _wall() -> SimilarityIndex:
    return SimilarityIndex(
        [
            (1, "Zu wenig Sitzbänke am Marktplatz"),
            (2, "Busverbindung nach 20 Uhr fehlt"),
            (3, "Zu wenig Parkplätze am Marktplatz"),
            (4, "Radwege in der Bahnhofstraße gefährlich"),
            (5, "Gehwege im Winter nicht geräumt"),
        ]
    )


def test_index_finds_the_card_a_new_text_repeats() -> None:
    match = _wall().most_similar("Es fehlen Sitzbänke auf dem Marktplatz")

    assert match is not None
    assert (match.key, match.text) == (1, "Zu wenig Sitzbänke am Marktplatz")
    assert match.score >= DEFAULT_THRESHOLD


def test_index_finds_nothing_for_a_new_complaint() -> None:
    assert _wall().most_similar("Öffentliche Toiletten im Stadtpark fehlen") is None


def test_index_prefers_an_exact_repetition() -> None:
    index = _wall()
    index.add(6, "Radweg Bahnhofstrasse ist gefährlich")

    match = index.most_similar("radwege in der bahnhofstrasse gefaehrlich")

    assert match is not None
    assert (match.key, match.score) == (4, 1.0)


def test_index_ignores_the_first_letters_of_a_card() -> None:
    assert _wall().most_similar("Zu w") is None
    assert _wall().most_similar("") is None


def test_excluded_card_does_not_find_itself() -> None:
    index = _wall()

    assert index.most_similar("Busverbindung nach 20 Uhr fehlt", exclude=2) is None
    match = index.most_similar("Busverbindung nach 20 Uhr fehlt")
    assert match is not None and match.key == 2


def test_removed_and_replaced_cards_are_no_longer_found() -> None:
    index = _wall()
    index.remove(1)
    index.remove(1)  # again, as a repeated undo would

    assert index.most_similar("Zu wenig Sitzbänke am Marktplatz") is None
    assert len(index) == 4 and 1 not in index

    index.add(2, "Hundekot auf den Gehwegen")  # the card was edited
    assert index.most_similar("Busverbindung nach 20 Uhr fehlt") is None
    match = index.most_similar("Überall Hundekot auf Gehwegen")
    assert match is not None and match.key == 2

    index.clear()
    assert len(index) == 0
    assert index.most_similar("Hundekot auf den Gehwegen") is None


def test_index_on_many_cards_finds_the_repeated_one() -> None:
    # 2,000 cards about all sorts of places: the lookup still picks the right one
    streets = ["Lindenweg", "Bahnhofstraße", "Marktplatz", "Schulstraße", "Am Anger"]
    things = ["Sitzbänke", "Mülleimer", "Bäume", "Fahrradständer", "Laternen", "Briefkästen"]
    index = SimilarityIndex(
        (n, f"Mehr {things[n % 6]} {streets[n % 5]} Nummer {n}") for n in range(2000)
    )
    index.add(5000, "Ein Trinkwasserbrunnen vor der Grundschule fehlt")

    match = index.most_similar("Trinkwasserbrunnen vor der Grundschule fehlt!")

    assert match is not None and match.key == 5000
