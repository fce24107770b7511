"""Undoing synonym spinning: detect spun wording and restore the original, keeping offsets.

Content farms re-publish wire copy through "spinners" that swap words for thesaurus
synonyms ("Security Council" -> "Safety Council") and flip number styles ("two nations" ->
"2 nations", "1990s" -> "Nineteen Nineties"). Restoration runs before parsing, so the coder
sees the institutions and offices the spinner hid, and every change keeps the span it
replaced so events coded from the restored text still point into the input.

Three sources of evidence, combined in ``restore``:

* the lexicon (``data/restore/lexicon.tsv``): phrases that are spun forms of institution
  names, office titles and fixed news expressions (restored directly), and single words a
  spinner swaps (counted as evidence; restored only once the text is judged spun);
* number-style rules (``restorer.py``): digits where news prose spells numbers out, decades
  written in words;
* thesaurus and context (``thesaurus.py``, ``fluency.py``, ``context.py``): a word whose
  WordNet or mythes synonym makes the text far more fluent under the CMU trigram model in
  the pocketsphinx wheel (or the bigram counts in the symspellpy wheel) ("final yr" ->
  "last year"); strong ones count as evidence, and all are restored once strong ones alone
  mark the text as spun by a thesaurus.

The spin score in [0, 1] grows with the density of that evidence per 100 words.
"""

from __future__ import annotations

from faultline.restore.restorer import Change, OffsetMap, Restoration, restore, spin_score

__all__ = ["Change", "OffsetMap", "Restoration", "restore", "spin_score"]
