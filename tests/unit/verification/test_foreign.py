"""Non-English reports read with their own word lists, never with the English rules."""

from __future__ import annotations

import pytest

from citizen_safe.verification import verify_offline
from citizen_safe.verification.foreign import detect, read
from citizen_safe.verification.verdict import ReportText


def judge(text: str, language: str | None) -> tuple[bool, bool, tuple[str, ...]]:
    verdict = verify_offline(ReportText(text, "", "", 100.0, language))
    return verdict.is_fake, verdict.needs_review, verdict.red_flags


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Me quitaron el bolso dos tipos en moto cerca del mercado.", "es"),
        ("On a cassé la vitre de ma voiture et pris mon sac.", "fr"),
        ("Jemand hat mein Handy in der U-Bahn gestohlen.", "de"),
        ("Mi hanno scippato la borsa davanti alla stazione.", "it"),
        ("Levaram minha bolsa no ônibus, era um rapaz de boné.", "pt"),
        ("kal raat kisi ne meri cycle chura li gali ke bahar se", "hi"),
        ("मेरी बहन का पर्स बाज़ार में छीन लिया गया।", "hi"),
        ("Un hombre disfrazado de fantasma me robó el móvil en la fiesta.", "es"),
        ("Un type déguisé en vampire m'a volé mon portefeuille à la soirée.", "fr"),
        ("Robaron la caja del bar El Dragón anoche.", "es"),
        ("ek baba ne bhoot bhagane ke naam par 20 hazaar thag liye", "hi"),
        ("भूतपूर्व सरपंच ने मुझे धमकी दी।", "hi"),
    ],
)
def test_honest_foreign_reports_are_genuine_without_review(text: str, language: str) -> None:
    assert judge(text, language) == (False, False, ())


@pytest.mark.parametrize(
    ("text", "language", "flag"),
    [
        ("Un fantasma me quitó la cartera en el parque.", "es", "supernatural"),
        ("Un dragon a brûlé ma voiture.", "fr", "fictional"),
        ("Ein Gespenst hat mein Auto gestohlen.", "de", "supernatural"),
        ("Das ist nur ein Test.", "de", "test_marker"),
        ("ek chudail ne mera purse chheen liya", "hi", "supernatural"),
        ("Um fantasma roubou meu celular.", "pt", "supernatural"),
    ],
)
def test_foreign_fake_cues_count(text: str, language: str, flag: str) -> None:
    is_fake, _, flags = judge(text, language)
    assert is_fake and flag in flags


def test_foreign_text_without_an_incident_stays_in_review() -> None:
    assert judge("Hola, buenos días a todos.", "es") == (False, True, ("unsupported_language",))
    assert judge("Habari za asubuhi", "sw")[1]


def test_language_is_detected_when_not_given() -> None:
    assert detect("Me robaron la cartera en el autobús ayer por la tarde") == "es"
    assert detect("mera phone kisi ne chura liya market mein") == "hi"
    assert detect("मेरा फोन चोरी हो गया") == "hi"
    assert detect("My phone was stolen at the bus stop") is None
    reading = read("On m'a volé mon vélo devant la gare hier soir", None)
    assert reading is not None and reading.names_incident and not reading.findings


def test_laughter_alone_is_not_a_penalty() -> None:
    is_fake, _, _ = judge("Me robaron el celular jajaja qué mala suerte", "es")
    assert not is_fake


# Idioms, insults and witch-hunt accusations: a being that is no doer of the incident.
LOOK_ALIKES = [
    ("Una empresa fantasma me estafó 2000 euros con un falso alquiler.", "es"),
    ("Mi calle parece un pueblo fantasma de noche y ayer me robaron el bolso.", "es"),
    ("Mi vecino me llamó bruja y me amenazó con un cuchillo.", "es"),
    ("¿Qué demonios? Alguien rompió la ventana de mi coche y se llevó la radio.", "es"),
    ("Un hombre con una máscara de diablo asaltó la farmacia.", "es"),
    ("En el bar La Bruja me robaron la cartera.", "es"),
    ("Une société fantôme m'a arnaqué de 500 euros.", "fr"),
    ("Il m'a traitée de sorcière devant tout le monde puis m'a frappée.", "fr"),
    ("Le quartier est une ville fantôme le soir, on m'a volé mon téléphone.", "fr"),
    ("Un homme déguisé en Dracula a volé la caisse du magasin.", "fr"),
    ("Ein Geisterfahrer hat auf der Autobahn mein Auto gerammt und ist geflohen.", "de"),
    ("Mein Nachbar hat mich Hexe genannt und bedroht.", "de"),
    ("Una società fantasma mi ha truffato 3000 euro.", "it"),
    ("Il mio vicino mi ha chiamato strega e mi ha minacciato.", "it"),
    ("Uma empresa fantasma me enganou e roubou meu dinheiro.", "pt"),
    ("O meu vizinho me chamou de bruxa e me ameaçou.", "pt"),
    ("usne mujhe chudail bola aur thappad maara", "hi"),
    ("padosi ne meri maa ko daayan kehkar gaon se nikaal diya aur maara", "hi"),
    ("भूत बंगला नाम के होटल में मेरा पर्स चोरी हो गया।", "hi"),
    ("jinn bhagane ke naam par baba ne 50 hazaar le liye", "hi"),
]


@pytest.mark.parametrize(("text", "language"), LOOK_ALIKES)
def test_foreign_look_alikes_are_not_penalised(text: str, language: str) -> None:
    is_fake, needs_review, flags = judge(text, language)
    assert not is_fake and not needs_review, flags


def test_an_insult_in_hindi_is_never_a_fake() -> None:
    assert not judge("उसने मुझे चुड़ैल कहा और मेरे बाल खींचे।", "hi")[0]
