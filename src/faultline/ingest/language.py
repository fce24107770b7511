"""A light language guess, so non-English articles are skipped with a reason.

The coder only understands English. A full language identifier would be a heavy
dependency for one yes/no question; function words answer it well for news prose,
and scripts other than Latin answer it outright.
"""

from __future__ import annotations

import re
from functools import lru_cache

from faultline.data import read_table

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SCRIPT_RANGES = {
    "ru": re.compile(r"[\u0400-\u04FF]"),
    "ar": re.compile(r"[\u0600-\u06FF]"),
    "zh": re.compile(r"[\u4E00-\u9FFF]"),
    "ja": re.compile(r"[\u3040-\u30FF]"),
    "ko": re.compile(r"[\uAC00-\uD7AF]"),
    "he": re.compile(r"[\u0590-\u05FF]"),
    "el": re.compile(r"[\u0370-\u03FF]"),
    "hy": re.compile(r"[\u0530-\u058F]"),
    "ka": re.compile(r"[\u10A0-\u10FF]"),
}
MIN_WORDS = 12
SAMPLE_CHARS = 20_000


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Per-language function words from the bundled lexicon."""
    return {
        row["lang"]: frozenset(row["words"].split())
        for row in read_table("lexicons/function_words.tsv")
    }


def guess_language(text: str) -> str:
    """An ISO 639-1 code for the text's language, ``en`` when too short to tell."""
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if letters:
        for lang, pattern in SCRIPT_RANGES.items():
            if len(pattern.findall(sample)) / len(letters) > 0.3:
                return lang
    words = [w.casefold() for w in WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return "en"
    scores = {
        lang: sum(1 for w in words if w in vocab) / len(words)
        for lang, vocab in function_words().items()
    }
    best = max(scores, key=scores.__getitem__)
    # English wins ties and near-ties: loan words and names make other scores noisy.
    if best != "en" and scores[best] < scores["en"] * 1.3:
        return "en"
    return best
