"""Training-side helpers: label mapping, threshold rule, missing-data handling, evaluation."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from citizen_safe import classifier
from ml import datasets, evaluate, model, train


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_davidson_mapping(tmp_path: Path) -> None:
    header = ["", "count", "hate_speech", "offensive_language", "neither", "class", "tweet"]
    rows = [
        ["0", "3", "3", "0", "0", "0", "hateful tweet about a group"],
        ["1", "3", "0", "3", "0", "1", "RT @someone: shut up you stupid b1tch &amp; leave"],
        ["2", "3", "0", "3", "0", "1", "holy shit this game is lit"],  # casual profanity
        ["3", "3", "0", "0", "3", "2", "lovely weather today"],
        ["4", "3", "0", "0", "3", "2", "see you at the game"],
    ]
    path = write_csv(tmp_path / "d.csv", header, rows)
    train = datasets.load_davidson(path)
    val = datasets.load_davidson(path, split="validation")
    labelled = {e.text.strip(): e.label for e in train + val}
    assert labelled == {
        "hateful tweet about a group": 1,
        "@someone: shut up you stupid b1tch & leave": 1,
        "holy shit this game is lit": 1,
        "lovely weather today": 0,
        "see you at the game": 0,
    }
    # The validation slice is fixed by row index and disjoint from training.
    assert {e.group for e in val} == {f"davidson:{i}" for i in range(5)
                                      if datasets.davidson_is_validation(i)}  # fmt: skip
    assert not {e.group for e in train} & {e.group for e in val}
    share = sum(datasets.davidson_is_validation(i) for i in range(10_000)) / 10_000
    assert 0.18 < share < 0.22


def test_chat_v3_is_well_formed_and_not_dev_data() -> None:
    v3 = datasets.load_chat_v3(datasets.SOURCES["chat_v3"].default)
    dev = {e.text for e in datasets.load_chat(datasets.CHAT_EXAMPLES, "dev")}
    assert len(v3) >= 150 and {e.label for e in v3} == {0, 1}
    assert len({e.text for e in v3}) == len(v3)
    assert not {e.text for e in v3} & dev


def test_stacked_score_skips_teacher_where_gated() -> None:
    stack = (2.0, 1.5, -1.0)
    x = model.stacked_decision(np.array([1.0, 1.0]), np.array([0.8, 0.8]),
                               np.array([False, True]), stack)  # fmt: skip
    assert x.tolist() == [2.0 * 1.0 - 1.0 + 1.5 * 0.8, 1.0]


def test_hatecheck_mapping_counts_abuse_of_individuals(tmp_path: Path) -> None:
    header = ["functionality", "test_case", "label_gold", "templ_id"]
    rows = [
        ["derog_neg_emote_h", "I hate all of them.", "hateful", "1"],
        ["target_indiv_nh", "You are a disgrace.", "non-hateful", "2"],
        ["target_group_nh", "Chess players are vermin.", "non-hateful", "3"],
        ["target_obj_nh", "Mondays are the worst.", "non-hateful", "4"],
        ["profanity_nh", "Oh shit, the bus left.", "non-hateful", "5"],
        ["counter_quote_nh", 'Saying "you are vermin" is vile.', "non-hateful", "6"],
    ]
    examples = datasets.load_hatecheck(write_csv(tmp_path / "h.csv", header, rows))
    assert [e.label for e in examples] == [1, 1, 1, 0, 0, 0]
    assert len({e.group for e in examples}) == 6


def test_toxigen_prompt_folder(tmp_path: Path) -> None:
    (tmp_path / "hate_group_1k.txt").write_text("- bad sentence one\n- bad sentence two\n")
    (tmp_path / "neutral_group_1k.txt").write_text("- fine sentence\n\n")
    examples = datasets.load_toxigen(tmp_path)
    assert [(e.text, e.label) for e in examples] == [
        ("bad sentence one", 1),
        ("bad sentence two", 1),
        ("fine sentence", 0),
    ]


def test_own_examples_are_well_formed() -> None:
    examples = datasets.load_own(datasets.OWN_EXAMPLES)
    assert len(examples) >= 300
    assert {e.label for e in examples} == {0, 1}
    assert len({e.text for e in examples}) == len(examples)


def test_train_explains_where_to_get_missing_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.csv"
    code = train.main(["--davidson", str(missing), "--hatecheck", str(missing),
                       "--toxigen", str(missing), "--out", str(tmp_path / "out")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "github.com/t-davidson/hate-speech-and-offensive-language" in err
    assert "github.com/paul-rottger/hatecheck-data" in err
    assert "github.com/microsoft/TOXIGEN" in err
    assert not (tmp_path / "out").exists()


def test_threshold_rule_weights_sources_and_classes_equally() -> None:
    # Large source "a" separates at 0.2 < t <= 0.6; tiny source "b" at 0.65 < t <= 0.9.
    y = np.array([0] * 100 + [1] * 100 + [0] * 10 + [1] * 10)
    scores = np.array([0.2] * 100 + [0.6] * 100 + [0.65] * 10 + [0.9] * 10)
    sources = np.array(["a"] * 200 + ["b"] * 20)
    threshold, stats = model.choose_threshold(y, scores, sources)
    # Row-weighted, "a" would win (t = 0.6). Weighted per source, both ranges tie at J = 0.5
    # and the tie goes to the higher threshold.
    assert threshold == 0.9
    assert stats["youden_j"] == pytest.approx(0.5)


def test_evaluate_reports_metrics_at_threshold(tmp_path: Path) -> None:
    texts = ["you are a stupid idiot", "see you tomorrow", "kill yourself", "nice goal"]
    result = evaluate.evaluate(texts, [1, 0, 1, 0], classifier.load_artifact(classifier.MODEL_DIR),
                               classifier.DEFAULT_THRESHOLD)  # fmt: skip
    assert result["n"] == 4
    assert result["roc_auc"] == 1.0
    assert set(result) >= {"roc_auc", "f1", "precision", "recall", "n"}
    json.dumps(result)
