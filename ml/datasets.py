"""Training and evaluation data: where each dataset comes from, and how labels are mapped.

Label 1 means bullying: insults, slurs, threats, harassment, hate, or telling someone to hurt
themselves. Casual profanity on its own is label 0. The mapping per source is documented in
ml/MODEL_CARD.md and implemented here, in one place.
"""

from __future__ import annotations

import csv
import html
import re
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from citizen_safe import classifier

ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = ROOT.parent / "shared" / "data" / "toxicity"
OWN_EXAMPLES = ROOT / "ml" / "data" / "own_examples.csv"
# Chat sentences by kind (issue 9), written before any model change; split "dev" is frozen for
# measurement and never trained on.
CHAT_EXAMPLES = ROOT / "ml" / "data" / "chat_v2.csv"

csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True)
class Source:
    name: str
    default: Path
    get_it: str
    licence: str


SOURCES: dict[str, Source] = {
    "davidson": Source(
        "davidson",
        SHARED_DIR / "davidson" / "labeled_data.csv",
        "https://github.com/t-davidson/hate-speech-and-offensive-language "
        "(file data/labeled_data.csv)",
        "MIT",
    ),
    "hatecheck": Source(
        "hatecheck",
        SHARED_DIR / "hatecheck" / "test_suite_cases.csv",
        "https://github.com/paul-rottger/hatecheck-data (file test_suite_cases.csv)",
        "CC BY 4.0",
    ),
    "toxigen": Source(
        "toxigen",
        SHARED_DIR / "toxigen" / "toxigen_prompt_sentences.csv",
        "https://github.com/microsoft/TOXIGEN (folder prompts/: pass the folder of "
        "hate_*.txt / neutral_*.txt files, or a CSV with columns text,label)",
        "MIT + CDLA-Permissive-2.0",
    ),
    "own": Source(
        "own",
        OWN_EXAMPLES,
        "committed in this repository (ml/data/own_examples.csv)",
        "this project's own sentences",
    ),
    "chat": Source(
        "chat",
        CHAT_EXAMPLES,
        "committed in this repository (ml/data/chat_v2.csv)",
        "this project's own sentences",
    ),
    "chat_v3": Source(
        "chat_v3",
        ROOT / "ml" / "data" / "chat_v3.csv",
        "committed in this repository (ml/data/chat_v3.csv)",
        "this project's own sentences",
    ),
}
LEXICON = classifier.MODEL_DIR / classifier.LEXICON_FILE

EVAL_DIR = SHARED_DIR / "eval"
EVAL_SETS = ("olid_test", "cyberbullying", "ethos", "jigsaw_sample")

# More chat sentences by kind (issue 9 round 2), all training data; same source weight as chat.
CHAT_V3_EXAMPLES = ROOT / "ml" / "data" / "chat_v3.csv"

# HateCheck tests hate against protected groups; abuse aimed at an individual or at another
# group is "non-hateful" there but is exactly what a bullying filter must catch.
HATECHECK_ABUSE = frozenset({"target_indiv_nh", "target_group_nh"})

_RETWEET_RE = re.compile(r"\bRT\b")


@dataclass(frozen=True)
class Example:
    text: str
    label: int
    source: str
    group: str  # rows sharing a group are near-duplicates (same template); keep them in one fold


def _rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def davidson_is_validation(index: int) -> bool:
    """The fixed tweet-like validation slice: about 1 in 5 Davidson rows, by row index."""
    return zlib.crc32(f"davidson:{index}".encode()) % 5 == 0


def load_davidson(path: Path, split: str = "train") -> list[Example]:
    """Hate or offensive -> 1, neither -> 0 (Davidson's own "offensive" notion, as OLID's).

    Until issue 9 round 2, offensive tweets without a lexicon term (mostly casual profanity)
    were dropped; counting them as positive made no difference on the chat-like sources in
    cross-validation and ranks tweet-style offence better. split "train" leaves out the
    validation slice (davidson_is_validation), "validation" returns only it.
    """
    out: list[Example] = []
    for i, row in enumerate(_rows(path)):
        if davidson_is_validation(i) != (split == "validation"):
            continue
        text = _RETWEET_RE.sub(" ", html.unescape(row["tweet"]))
        label = 0 if row["class"] == "2" else 1
        out.append(Example(text, label, "davidson", f"davidson:{i}"))
    return out


def load_hatecheck(path: Path) -> list[Example]:
    """label_gold, except abuse at individuals / non-protected groups, which is bullying."""
    out: list[Example] = []
    for row in _rows(path):
        label = int(row["label_gold"] == "hateful" or row["functionality"] in HATECHECK_ABUSE)
        group = f"hatecheck:{row['functionality']}:{row['templ_id']}"
        out.append(Example(row["test_case"].strip(), label, "hatecheck", group))
    return out


def load_toxigen(path: Path) -> list[Example]:
    """ToxiGen prompt sentences: 1 hateful, 0 neutral (CSV, or the repo's prompts/ folder)."""
    pairs: list[tuple[str, int]] = []
    if path.is_dir():
        for file in sorted(path.glob("*.txt")):
            label = 1 if file.name.startswith("hate") else 0
            for line in file.read_text(encoding="utf-8").splitlines():
                if line.strip("- \t"):
                    pairs.append((line.strip("- \t"), label))
    else:
        pairs = [(row["text"], int(row["label"])) for row in _rows(path)]
    return [Example(t, y, "toxigen", f"toxigen:{i}") for i, (t, y) in enumerate(pairs)]


def load_own(path: Path) -> list[Example]:
    """This project's own sentences for cases public data lacks (columns text,label,kind)."""
    return [
        Example(row["text"], int(row["label"]), "own", f"own:{i}")
        for i, row in enumerate(_rows(path))
    ]


def load_chat(path: Path, split: str = "train") -> list[Example]:
    """Chat sentences by kind (columns text,label,kind,split); only one split is returned."""
    return [
        Example(row["text"], int(row["label"]), "chat", f"chat:{i}")
        for i, row in enumerate(_rows(path))
        if row["split"] == split
    ]


def load_lexicon_prior(path: Path) -> list[Example]:
    """Every reported lexicon term, alone, is a bullying message ("kys", "you suck").

    Public data mentions many lexicon terms rarely or never; without this the model would
    report them in found_lexical yet score them low.
    """
    out: list[Example] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        category, _, term = line.partition("\t")
        if category in classifier.REPORTED_CATEGORIES:
            out.append(Example(term, 1, "lexicon", f"lexicon:{term}"))
    return out


def load_chat_v3(path: Path) -> list[Example]:
    """Second batch of chat sentences by kind (columns text,label,kind), all training data."""
    return [
        Example(row["text"], int(row["label"]), "chat", f"chat_v3:{i}")
        for i, row in enumerate(_rows(path))
    ]


LOADERS = {
    "davidson": load_davidson,
    "hatecheck": load_hatecheck,
    "toxigen": load_toxigen,
    "own": load_own,
    "chat": load_chat,
    "chat_v3": load_chat_v3,
}


def missing_sources_message(paths: dict[str, Path]) -> str | None:
    """A clear message naming each missing dataset and where to get it, or None."""
    missing = [name for name, path in paths.items() if not path.exists()]
    if not missing:
        return None
    lines = ["Training data not found. Download each dataset and pass its path:"]
    for name in missing:
        src = SOURCES[name]
        lines.append(f"  --{name} PATH   (looked in {paths[name]})")
        lines.append(f"      get it from {src.get_it}; licence: {src.licence}")
    return "\n".join(lines)


def load_training(paths: dict[str, Path]) -> list[Example]:
    examples: list[Example] = []
    for name in ("davidson", "hatecheck", "toxigen", "own", "chat", "chat_v3"):
        examples.extend(LOADERS[name](paths[name]))
    examples.extend(load_lexicon_prior(LEXICON))
    return examples


def load_labelled_csv(path: Path) -> tuple[list[str], list[int]]:
    """An evaluation file with columns text,label (1 = bullying/toxic)."""
    texts: list[str] = []
    labels: list[int] = []
    for row in _rows(path):
        texts.append(row["text"])
        labels.append(int(float(row["label"])))
    return texts, labels
