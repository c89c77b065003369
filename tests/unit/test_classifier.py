"""The served classifier: API contract, robustness, and exactness against scikit-learn."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from citizen_safe import classifier
from citizen_safe.classifier import DEFAULT_THRESHOLD, normalise, predict_text
from ml import datasets, model

ROOT = Path(__file__).resolve().parents[2]
NOTHING = {"label": 0, "probability": 0.0, "found_lexical": []}


def own_texts() -> set[str]:
    with datasets.OWN_EXAMPLES.open(encoding="utf-8", newline="") as f:
        return {row["text"] for row in csv.DictReader(f)}


# ---------------------------------------------------------------- API contract and edge cases


def test_prediction_shape() -> None:
    result = predict_text("you are an idiot")
    assert set(result) == {"label", "probability", "found_lexical"}
    assert isinstance(result["label"], int) and result["label"] in (0, 1)
    assert isinstance(result["probability"], float) and 0.0 <= result["probability"] <= 1.0
    assert result["found_lexical"] == ["idiot"]


@pytest.mark.parametrize(
    "value", [None, 42, 3.5, b"you idiot", ["idiot"], {"t": "idiot"}, object()]
)
def test_non_string_is_not_bullying(value: object) -> None:
    assert predict_text(value) == NOTHING


@pytest.mark.parametrize("text", ["", " ", "\n\t  \r\n", "!!!", "😀😀😀", "https://example.com/x"])
def test_text_without_words_is_not_bullying(text: str) -> None:
    assert predict_text(text) == NOTHING


@pytest.mark.parametrize(
    "text", ["\ud800 lone surrogate", "nul\x00byte", "مرحبا كيف حالك", "你好 朋友", "ǅ ﬁ ①②"]
)
def test_odd_unicode_gets_an_answer(text: str) -> None:
    result = predict_text(text)
    assert result["label"] in (0, 1)
    assert 0.0 <= result["probability"] <= 1.0


def test_one_megabyte_text_is_fast_and_uses_the_documented_prefix() -> None:
    text = ("you are a lovely person " * 50_000)[:1_000_000]
    started = time.perf_counter()
    result = predict_text(text)
    assert time.perf_counter() - started < 1.0
    assert result == predict_text(text[: classifier.MAX_CHARS])
    assert result["label"] == 0


def test_threshold_argument_is_applied() -> None:
    p = predict_text("see you at the library")["probability"]
    assert predict_text("see you at the library", threshold=p)["label"] == 1
    assert predict_text("see you at the library", threshold=min(1.0, p + 1e-9))["label"] == 0


def test_concurrent_first_use_is_consistent() -> None:
    results: list[float] = []

    def work() -> None:
        results.append(predict_text("nobody likes you")["probability"])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1


# ---------------------------------------------------------------- normalisation and lexicon


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("y0u are an id1ot", "you are an idiot"),
        ("i d i o t", "idiot"),
        ("you're so stuuupid!!!", "youre so stupid"),
        ("u r a l0s3r", "you are a loser"),
        ("F*ck off, b**ch", "fuck off . bitch"),  # clause punctuation becomes "."
        ("k.y.s", "kys"),
        ("Ｙｏｕ аrе аn ìdiot", "you are an idiot"),  # fullwidth, Cyrillic look-alikes, accent
        ("YOU АRЕ ℌOPELESS", "you are hopeless"),  # capital look-alikes, compatibility forms
        ("@sshole", "asshole"),
        ("@maria see https://x.co/abc", "see"),
        ("meet at 5pm on the 1st, bring the mp3 for covid19 class", None),
        ("u r a", "you are a"),  # three spaced letters are only joined into a lexicon word
        ("soooo cooool", "so cool"),
    ],
)
def test_normalise_undoes_obfuscation(raw: str, expected: str | None) -> None:
    if expected is None:  # ordinary numbers must survive leetspeak decoding
        assert normalise(raw) == "meet at 5pm on the 1st . bring the mp3 for covid19 class"
    else:
        assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("you're not an idiot", ["youre", "not", "an", "~idiot"]),
        ("nobody thinks you are ugly", ["nobody", "thinks", "you", "are", "~ugly"]),
        ("no, you're an idiot", ["no", ".", "youre", "an", "idiot"]),  # scope ends at a clause
        ("you're nothing but a stupid loser", ["youre", "nothing", "but", "a", "stupid", "loser"]),
        ("never trust a faggot", ["never", "trust", "a", "faggot"]),  # slurs stay slurs
    ],
)
def test_negation_cancels_insults_only(text: str, expected: list[str]) -> None:
    assert classifier.feature_tokens(normalise(text)) == expected


def test_lexicon_terms_are_normalised() -> None:
    words = classifier._lexicon().words
    path = classifier.MODEL_DIR / classifier.LEXICON_FILE
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _, _, term = line.partition("\t")
            assert normalise(term) == term, term
    assert "idiot" in words


def test_found_lexical_is_normalised_deduplicated_and_ordered() -> None:
    text = "K Y S, you IDIOT... you id1ot! nobody likes you, bunch of idiots"
    assert predict_text(text)["found_lexical"] == ["kys", "idiot", "nobody likes you"]
    assert predict_text("holy shit, what a game")["found_lexical"] == []  # profanity is not harm


# ---------------------------------------------------------------- robustness of the shipped model

BULLYING = [
    "y0u are an id1ot",
    "i d i o t",
    "you are so stuuupid",
    "u r such a l0s3r lol",
    "go kill yourself",
    "nobody likes you, go away",
    "I will beat you up after class",
    "you are a worthless piece of garbage",
    "shut up you fat cow",
    "everyone in this chat hates you",
]
NOT_BULLYING = [
    # negation
    "you're not an idiot",
    "nobody here thinks you are ugly",
    # counter-speech
    "calling someone an idiot is never okay",
    "please stop telling people to kill themselves",
    # benign profanity
    "holy shit, we won the match!",
    "this song is fucking amazing",
    "damn, that was a great movie",
    # figures of speech
    "this cake is killer",
    "I'm dying of laughter",
    "you absolutely killed it tonight",
    # ordinary chat
    "see you at the cinema at 7",
]


# Short chat messages and slang that are not in the training data. Davidson ties slang such as
# "yo" or "bruh" to offensive tweets; ml/data/own_examples.csv counters that, checked here.
HELD_OUT_SHORT_CHAT = [
    "kk", "yep", "nope", "hahaha", "thx", "fine", "great", "ikr", "ttyl", "gg", "word", "man",
    "sis", "hmm", "ready", "here", "now", "soon", "tomorrow", "tonight", "hbu", "wyd", "omw",
    "lmk", "yup", "alright",
    *["hey bro", "lol ok", "ok thanks", "yo wyd", "bruh moment", "where u at", "call me later"],
    *["good game", "whats up girl", "deadass?"],
]  # fmt: skip


def test_robustness_sentences_are_not_training_data() -> None:
    assert not own_texts() & set(BULLYING + NOT_BULLYING + HELD_OUT_SHORT_CHAT)


def test_short_chat_is_rarely_flagged() -> None:
    flagged = [t for t in HELD_OUT_SHORT_CHAT if predict_text(t)["label"]]
    assert len(flagged) <= 0.05 * len(HELD_OUT_SHORT_CHAT), flagged


@pytest.mark.parametrize("text", ["ok", "lol", "hey", "yo", "bruh", "why", "girl", "lmao"])
def test_common_short_messages_are_not_flagged(text: str) -> None:
    assert predict_text(text)["label"] == 0  # regression: these are in ml/data/own_examples.csv


@pytest.mark.parametrize("text", BULLYING)
def test_flags_bullying(text: str) -> None:
    assert predict_text(text)["label"] == 1, predict_text(text)


KNOWN_MISSES = {
    "nobody here thinks you are ugly": "'nobody ... you' reads as exclusion (MODEL_CARD.md)",
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[t]))
        if t in KNOWN_MISSES
        else t
        for t in NOT_BULLYING
    ],
)
def test_does_not_flag(text: str) -> None:
    assert predict_text(text)["label"] == 0, predict_text(text)


# Written before measuring, never trained on. Identity terms occur mostly in hateful training
# sentences (HateCheck templates), so benign mentions are the classic false positive.
IDENTITY_BENIGN = [
    "Muslim students started a charity bake sale",
    "The gay couple next door has two dogs",
    "Black artists are headlining the festival",
    "Women are the majority in my chemistry class",
    "Trans athletes are training for the regional games",
    "Jewish and Muslim leaders met to talk about peace",
    "Immigrants are opening new shops downtown",
    "Disabled people are often left out of design decisions",
    "My teacher is a lesbian and everyone loves her",
    "Asian Americans are voting in record numbers",
    "Refugees are learning English at the library",
    "Mexican Americans are celebrating independence day",
    "Gay men are donating blood now that the rules changed",
    "Deaf people are using video calls to sign with family",
    "Women are allowed to drive there now",
    "Arabs and Jews are neighbours in this city",
    "The black church on the corner hosts a food bank",
    "Christians and atheists are debating on the radio",
    "Indigenous languages are being taught in schools again",
    "Autistic people are often very honest",
]
IDENTITY_HATEFUL = [
    "Muslims are a disease on this country",
    "Gay people should be locked up",
    "Black people are subhuman",
    "Women belong in the kitchen, not in offices",
    "Immigrants are rats stealing our jobs",
    "Trans people are mentally sick perverts",
    "Jews are greedy vermin",
    "Disabled people should be put down",
    "Asians are filthy dog eaters",
    "Refugees are rapists and thieves",
]


def test_identity_mentions_are_not_hate_but_hate_is() -> None:
    assert not own_texts() & set(IDENTITY_BENIGN + IDENTITY_HATEFUL)
    false_alarms = [t for t in IDENTITY_BENIGN if predict_text(t)["label"]]
    missed = [t for t in IDENTITY_HATEFUL if not predict_text(t)["label"]]
    assert len(false_alarms) <= 0.10 * len(IDENTITY_BENIGN), false_alarms
    assert len(missed) <= 0.20 * len(IDENTITY_HATEFUL), missed


def test_obfuscation_scores_like_plain_text() -> None:
    plain = predict_text("you are an idiot")["probability"]
    for variant in ("y0u are an id1ot", "you are an i d i o t", "you are an idiooot"):
        assert predict_text(variant)["probability"] == pytest.approx(plain, abs=1e-12)


# ---------------------------------------------------------------- artifact and serving path


def test_artifact_matches_code_and_lexicon() -> None:
    meta = json.loads((classifier.MODEL_DIR / classifier.META_FILE).read_text(encoding="utf-8"))
    lexicon = (classifier.MODEL_DIR / classifier.LEXICON_FILE).read_bytes()
    weights = (classifier.MODEL_DIR / meta["weights_file"]).read_bytes()
    assert meta["threshold"] == DEFAULT_THRESHOLD
    assert meta["lexicon_sha256"] == hashlib.sha256(lexicon).hexdigest(), "retrain after editing"
    assert meta["weights_sha256"] == hashlib.sha256(weights).hexdigest()
    size = sum(p.stat().st_size for p in classifier.MODEL_DIR.iterdir())
    assert size <= 10_000_000


def test_serving_path_imports_no_ml_libraries() -> None:
    code = (
        "import sys\nfrom citizen_safe import classifier\n"
        "assert classifier._model is None  # import alone must not load the model\n"
        "classifier.predict_text('you are an idiot')\n"
        "heavy = {'sklearn', 'numpy', 'scipy', 'pandas', 'joblib'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT / "functions", check=True)


def test_served_probabilities_equal_scikit_learn(tmp_path: Path) -> None:
    """Train a small pipeline with the production code, export it, and compare."""
    with datasets.OWN_EXAMPLES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))[::4]
    texts = [r["text"] for r in rows]
    labels = np.array([int(r["label"]) for r in rows])
    cfg = model.Config(word_buckets=2**12, char_buckets=2**13, min_df=1)
    pipeline = model.build_pipeline(cfg)
    pipeline.fit(texts, labels, lr__sample_weight=np.linspace(0.5, 2.0, len(texts)))
    model.export(pipeline, cfg, 0.5, tmp_path, {})
    served = classifier.load_artifact(tmp_path)

    probes = [
        *texts,
        "never seen words zyxw qwerty",
        "Y0U ARE A L0SER 😀 with émojis and ａｃｃｅｎｔｓ",
        "i d i o t, kys",
        "long " * 3000,
        "x",
    ]
    expected = pipeline.predict_proba(probes)[:, 1]
    got = np.array([served.probability(normalise(t)) for t in probes])
    assert np.max(np.abs(expected - got)) <= 1e-12
    assert [served.predict(t, 0.5)["label"] for t in probes] == [int(p >= 0.5) for p in expected]


# ---------------------------------------------------------------- issue 9: emoji, cues, teacher


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("you 🤡", "you clown"),
        ("🖕 you", "fuck you"),
        ("love you 😂❤️", "love you emojilaugh emojilove"),
        ("d_u_m_b", "dumb"),
    ],
)
def test_emoji_and_separators_are_normalised(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("i know where you park your bike", "_cue_threat"),
        ("share more photos or i send these to your parents", "_cue_sextortion"),
        ("nobody is going to miss you when you're gone", "_cue_selfharm"),
        ("we made plans without you, obviously", "_cue_exclude"),
        ("you're clever for a girl", "_cue_backhand"),
        ("people like you ruin this town", "_cue_identity"),
        ("i reported him, leave her alone", "_cue_counter"),
    ],
)
def test_cues_fire_on_new_phrasings(text: str, cue: str) -> None:
    assert cue in classifier.cue_tokens(normalise(text))


def test_teacher_export_matches_alt_profanity_check(tmp_path: Path) -> None:
    """The exported alt-profanity-check arrays give the package's own probabilities."""
    teacher = model.load_teacher()
    spec = model.export_teacher(teacher, tmp_path)
    served = classifier._load_teacher(tmp_path, spec)
    probes = [normalise(t) for t in sorted(own_texts())[::7]] + ["", "zzqx", "fuck fuck you"]
    vec, clf = teacher
    expected = clf.predict_proba(vec.transform(probes))[:, 1]
    got = np.array([served.probability(t) for t in probes])
    assert np.max(np.abs(expected - got)) <= 1e-12
    assert "MIT License" in (tmp_path / model.TEACHER_LICENCE).read_text(encoding="utf-8")


def test_shipped_artifact_carries_teacher_and_licence() -> None:
    meta = json.loads((classifier.MODEL_DIR / classifier.META_FILE).read_text(encoding="utf-8"))
    assert set(meta["stack"]) == {"ngram", "teacher", "intercept"}
    assert meta["stack"]["teacher"] > 0  # the teacher bump must help, not hurt
    assert meta["teacher_gate"] == sorted(classifier.TEACHER_GATE)
    teacher = (classifier.MODEL_DIR / meta["teacher"]["weights_file"]).read_bytes()
    assert meta["teacher"]["weights_sha256"] == hashlib.sha256(teacher).hexdigest()
    assert (classifier.MODEL_DIR / model.TEACHER_LICENCE).exists()


def test_teacher_is_gated_by_mitigating_cues() -> None:
    assert classifier.teacher_gated(normalise("he called me a loser and i reported it"))
    assert not classifier.teacher_gated(normalise("you are a loser"))


def test_chat_dev_split_is_not_training_data() -> None:
    train = {e.text for e in datasets.load_chat(datasets.CHAT_EXAMPLES, "train")}
    dev = {e.text for e in datasets.load_chat(datasets.CHAT_EXAMPLES, "dev")}
    assert len(dev) >= 100 and len(train) + len(dev) >= 300
    assert not train & dev and not dev & own_texts()
