"""The derived language model (model/langid.*): its format, determinism and agreement.

py3langid and NumPy are dev-only, so the tests that compare with them or rebuild the artifact
skip when they are missing; everything else runs on the deployed dependencies alone.
"""

from __future__ import annotations

import hashlib
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from citizen_safe import language
from citizen_safe.language import LANGID_FILE, LANGID_META, MODEL_DIR, LangidModel

ROOT = Path(__file__).resolve().parents[2]

# One sentence per language a city's residents are likely to write (from ml/langid/dev.tsv).
FIXED: tuple[tuple[str, str], ...] = (
    ("en", "Someone broke into my car on Elm Street last night and took my laptop"),
    ("es", "me robaron la cartera en el metro esta mañana"),
    ("fr", "on m'a volé mon vélo devant la gare"),
    ("de", "mein Fahrrad wurde vor dem Bahnhof gestohlen"),
    ("it", "mi hanno rubato il telefono sull'autobus"),
    ("pt", "roubaram a minha bicicleta em frente à escola"),
    ("nl", "mijn fiets is gestolen bij het station"),
    ("pl", "jesteś głupi i nikt cię tu nie lubi"),
    ("ro", "ești un prost și nimeni nu te place"),
    ("tr", "bisikletim istasyonun önünden çalındı"),
    ("ru", "Фонари на нашей улице не работают, и вечером страшно возвращаться домой"),
    ("uk", "у мене вкрали велосипед біля вокзалу"),
    ("ar", "سرقوا دراجتي أمام المحطة"),
    ("hi", "स्टेशन के सामने मेरी साइकिल चोरी हो गई"),
    ("ur", "اسٹیشن کے سامنے میری سائیکل چوری ہو گئی"),
    ("bn", "স্টেশনের সামনে থেকে আমার সাইকেল চুরি হয়ে গেছে"),
    ("zh", "我的自行车在车站门口被偷了"),
    ("ja", "駅の前で自転車を盗まれました"),
    ("ko", "역 앞에서 자전거를 도둑맞았어요"),
    ("vi", "xe đạp của tôi bị trộm trước nhà ga"),
    ("id", "sepeda saya dicuri di depan stasiun"),
    ("tl", "ninakaw ang bisikleta ko sa harap ng istasyon"),
    ("sw", "baiskeli yangu iliibiwa mbele ya kituo"),
    ("fa", "دوچرخه‌ام جلوی ایستگاه دزدیده شد"),
    ("el", "μου έκλεψαν το ποδήλατο έξω από τον σταθμό"),
    ("he", "גנבו לי את האופניים ליד התחנה"),
)


@pytest.fixture(scope="module")
def model() -> LangidModel:
    return LangidModel.from_dir(MODEL_DIR)


def test_artifact_matches_its_metadata_and_licence() -> None:
    raw = (MODEL_DIR / LANGID_FILE).read_bytes()
    meta = json.loads((MODEL_DIR / LANGID_META).read_text(encoding="utf-8"))
    assert raw[:8] == language.LANGID_MAGIC
    assert meta["format"] == language.LANGID_FORMAT
    assert hashlib.sha256(raw).hexdigest() == meta["sha256"]
    assert meta["source"].startswith("py3langid 0.4.0 (BSD-3-Clause)")
    assert {code for code, _ in FIXED} <= set(meta["classes"])
    assert len(meta["classes"]) == len(meta["floor"]) == len(meta["prior"])
    licence = (MODEL_DIR / "LICENSE-py3langid.txt").read_text(encoding="utf-8")
    assert "BSD 3-Clause License" in licence and "Marco Lui" in licence
    total = sum(p.stat().st_size for p in MODEL_DIR.iterdir())
    assert total <= 10_000_000, "model/ must stay within the 10 MB artifact budget"


def test_damaged_or_foreign_files_are_refused() -> None:
    raw = bytearray((MODEL_DIR / LANGID_FILE).read_bytes())
    meta = json.loads((MODEL_DIR / LANGID_META).read_text(encoding="utf-8"))
    raw[-1] ^= 0xFF
    with pytest.raises(ValueError, match="CRC"):
        LangidModel(bytes(raw), meta)
    with pytest.raises(ValueError, match="format"):
        LangidModel(b"NOTLANGID" + bytes(raw[9:]), meta)
    with pytest.raises(ValueError, match="format"):
        LangidModel((MODEL_DIR / LANGID_FILE).read_bytes(), {**meta, "format": 99})
    with pytest.raises(ValueError, match="classes"):
        LangidModel((MODEL_DIR / LANGID_FILE).read_bytes(), {**meta, "floor": [0.0]})


@pytest.mark.parametrize(("code", "text"), FIXED)
def test_fixed_sentences_get_their_language(model: LangidModel, code: str, text: str) -> None:
    found, probability = model.classify(text)
    assert found == code
    assert 0.5 < probability <= 1.0


def test_probabilities_are_a_distribution_and_deterministic(model: LangidModel) -> None:
    other = LangidModel.from_dir(MODEL_DIR)
    for _, text in FIXED:
        probs = model.probabilities(text)
        assert probs == other.probabilities(text) == model.probabilities(text)
        other._rows.clear()  # the per-feature cache must not change an answer
        assert probs == other.probabilities(text)
        assert math.isclose(sum(probs), 1.0, abs_tol=1e-9)
        assert min(probs) >= 0.0
    # An aliased label (sr: Cyrillic and Latin columns) is one answer: the second column is 0.
    first = model.labels.index("sr")
    second = model.labels.index("sr", first + 1)
    assert model.probabilities("здраво, како си данас, видимо се сутра")[second] == 0.0


def test_feature_cache_is_bounded(model: LangidModel) -> None:
    model._rows.clear()
    for i in range(language._ROW_CACHE + 10):
        model._row(i)
    assert 0 < len(model._rows) <= language._ROW_CACHE


def test_text_without_features_is_uniform(model: LangidModel) -> None:
    probs = model.probabilities("")
    assert len({p for p, label in zip(probs, model.labels, strict=True) if label != "sr"}) == 1


def test_shouting_is_read_like_lower_case(model: LangidModel) -> None:
    text = "DU BIST SO DUMM UND NIEMAND MAG DICH HIER"
    assert model.probabilities(text) == model.probabilities(text.lower())


def test_loading_needs_no_numpy_and_is_fast() -> None:
    code = (
        "import sys, time\nfrom citizen_safe import language\n"
        "t = time.perf_counter()\nlanguage.load()\n"
        "assert language.detect('je ne sais pas pourquoi tu fais ça tous les jours').code == 'fr'\n"
        "print((time.perf_counter() - t) * 1000)\n"
        "assert not {'numpy', 'py3langid'} & set(sys.modules), sys.modules.keys()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT / "functions",
        check=True,
        capture_output=True,
        text=True,
    )
    assert float(done.stdout) < 500  # ~40 ms measured; generous for a busy CI machine


def test_counts_and_answers_match_py3langid(model: LangidModel) -> None:
    """The same n-gram counts as py3langid's DFA (as a multiset: feature numbers differ; the
    build checks them n-gram by n-gram) and the same answer as py3langid restricted to our
    languages, on the fixed sentences (dev-only: skipped without py3langid)."""
    langid = pytest.importorskip("py3langid.langid")
    theirs = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    theirs.set_languages(sorted(set(model.labels)))
    for _, text in FIXED:
        data = theirs._encode(text)
        dfa = langid.visit_counts(theirs.tk_nextmove, theirs._rowbase, theirs.tk_output, data)
        ours = model.features(data)
        assert sorted(ours.values()) == sorted(dfa.values())
        code, probability = theirs.classify(text)
        found, ours_probability = model.classify(text)
        assert found == code
        assert abs(ours_probability - float(probability)) < 0.05


def test_build_is_reproducible(tmp_path: Path) -> None:
    """Rebuilding from py3langid gives the shipped bytes (dev-only, ~10 s)."""
    pytest.importorskip("py3langid")
    pytest.importorskip("numpy")
    subprocess.run(
        [sys.executable, str(ROOT / "ml" / "langid" / "build.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in (LANGID_FILE, LANGID_META, "LICENSE-py3langid.txt"):
        assert (tmp_path / name).read_bytes() == (MODEL_DIR / name).read_bytes(), name
