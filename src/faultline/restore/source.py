"""Restoring a copy from its original, when the original is already stored.

Wire copy is republished everywhere, so the clean original of a spun copy is often in the
database already. Spinners leave names, numbers and most word order alone; a MinHash
signature over those (``signature``, banded by ``band_keys``) lets ``analysis.stories``
find the original through locality-sensitive hashing, and a word alignment with it
restores the copy exactly: every short run of words that differs (a synonym swap, a flipped
number) takes the original's words.
"""

from __future__ import annotations

import difflib
import hashlib
import re

import numpy as np

from faultline.restore.restorer import Change, Restoration, apply_changes

#: Signature length (the banding is the caller's: ``band_keys(sig, rows)``).
NUM_PERM = 64
SHINGLE = 2
MERSENNE = (1 << 61) - 1
#: Runs of at most this many words that differ are swaps; longer ones are edits, kept.
MAX_SWAP_WORDS = 5
UNTOUCHED = re.compile(r"[A-Z][\w'’.-]*|\d[\d,.]*")
WORDS = re.compile(r"\S+")

_rng = np.random.default_rng(20210514)
_A = _rng.integers(1, MERSENNE, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, MERSENNE, NUM_PERM, dtype=np.uint64)


def token_hash(text: str) -> int:
    """A 56-bit hash of a token or run of tokens, below the MinHash modulus."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=7).digest(), "big")


def untouched_shingles(text: str) -> set[int]:
    """Hashes of runs of the tokens spinners leave alone: capitalised words and numbers."""
    tokens = [t.strip(".,'’") for t in UNTOUCHED.findall(text)]
    runs = zip(*(tokens[i:] for i in range(SHINGLE)), strict=False)
    return {token_hash(" ".join(r)) for r in runs}


def signature(shingles: set[int]) -> np.ndarray:
    """The MinHash signature: for each of NUM_PERM hash functions, the least value."""
    if not shingles:
        return np.full(NUM_PERM, MERSENNE, dtype=np.uint64)
    values = np.fromiter(shingles, dtype=np.uint64)
    hashed = (np.outer(values, _A) + _B) % np.uint64(MERSENNE)
    return hashed.min(axis=0)


def band_keys(sig: np.ndarray, rows: int) -> list[int]:
    """The LSH buckets of a signature, one signed 64-bit key per band of ``rows`` values
    (the band number is hashed in, so equal keys mean the same band agrees)."""
    return [int.from_bytes(hashlib.blake2b(
        bytes([band]) + sig[band * rows:(band + 1) * rows].tobytes(), digest_size=8).digest(),
        "big", signed=True) for band in range(len(sig) // rows)]


def similarity(a: set[int], b: set[int]) -> float:
    """Jaccard overlap of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def restore_from(copy: str, original: str) -> Restoration:
    """The copy with every short differing run of words taken from the original."""
    copy_words = [(m.start(), m.end()) for m in WORDS.finditer(copy)]
    orig_words = [(m.start(), m.end()) for m in WORDS.finditer(original)]
    matcher = difflib.SequenceMatcher(
        None, [copy[s:e] for s, e in copy_words], [original[s:e] for s, e in orig_words],
        autojunk=False)
    changes = []
    for op, c1, c2, o1, o2 in matcher.get_opcodes():
        if op == "equal" or max(c2 - c1, o2 - o1) > MAX_SWAP_WORDS:
            continue
        wanted = original[orig_words[o1][0]:orig_words[o2 - 1][1]] if o2 > o1 else ""
        if c2 > c1:  # words to replace, or to drop with the space after them
            start, end = copy_words[c1][0], copy_words[c2 - 1][1]
            if not wanted and end < len(copy) and copy[end] == " ":
                end += 1
        else:  # words the spinner dropped: put them back before the next word
            start = end = copy_words[c1][0] if c1 < len(copy_words) else len(copy)
            wanted += " " if c1 < len(copy_words) else ""
        changes.append(Change(start, end, copy[start:end], wanted, "source", 0.95))
    restored, offsets = apply_changes(copy, changes)
    return Restoration(input_text=copy, text=restored, score=0.0, changes=tuple(changes),
                       offsets=offsets)
