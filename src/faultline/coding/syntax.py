"""Reading spaCy's dependency parse: the small helpers the coder matches patterns with.

They answer questions about one token: what fills a slot of a pattern (its object, a
modifier, a preposition's object), which pattern fits best, which verb governs an event
noun, who the subjects of a verb are (through control and coordination), and which noun
phrase a head stands for. They hold no state and know no actors.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from faultline.coding.patterns import Constraint, Pattern, patterns

NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod",
                          "predet", "case", "prep"})
OBJECT_DEPS = ("dobj", "attr", "oprd")
#: Verbs whose object does what follows ("urged Iran to talk", "prompting North Korea to
#: fire two missiles"); not those of ordering, whose giver is the doer.
OBJECT_CONTROL = frozenset({"ask", "urge", "call", "tell", "force", "prompt", "spur",
                            "provoke", "compel", "push", "drive", "lead", "cause", "trigger",
                            "persuade", "convince", "encourage", "pressure"})
#: Dependencies only a noun takes: a verb in them is the tagger's slip.
NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
COMPANION_DEPS = frozenset({"prt", "prep", "dobj", "acomp", "advmod", "xcomp", "attr",
                            "npadvmod", "compound", "amod", "pobj"})
NAME_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Nouns that name an act without judging it: what qualifies them carries the judgement.
PLAIN_ACTS = frozenset({"act", "move", "step", "decision", "action"})
#: Currency words: a sum of money "in" something names the thing given.
CURRENCIES = frozenset({"euro", "dollar", "pound", "yen", "yuan", "rouble", "ruble", "franc",
                        "rupee", "real", "peso", "riyal", "dirham", "won", "lira", "krone",
                        "crown", "shekel", "rand", "naira"})
QUANTITIES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "tens",
                        "number", "group", "some", "several", "many", "much", "scores", "score",
                        "handful", "members", "part", "most", "all", "one", "two", "three",
                        "article", "provision", "section",  # "suspended articles of"
                        "tonne", "ton", "load", "batch", "shipment", "consignment"})
#: Nouns of degree whose "of" phrase names the thing ("a state of alert").
DEGREES = frozenset({"level", "state", "regime", "mode"})
#: Particles that head a preposition in the parse of phrasal verbs ("out of", "away from").
PARTICLES = frozenset({"out", "away", "back", "off", "up", "down"})
#: The word forms a named entity adds, so the terms ``%place`` (a named place), ``%org`` (a
#: named organisation), ``%name`` (a named state, organisation, people or person) and
#: ``%person`` (a named person) in terms.tsv match it.
PLACE_MARK: defaultdict[str, tuple[str, ...]] = defaultdict(
    tuple, {"GPE": ("%place", "%name"), "LOC": ("%place",), "FAC": ("%place",),
            "ORG": ("%name", "%org"), "NORP": ("%name",), "PERSON": ("%name", "%person")})


def children(token, *deps: str) -> list:
    return [c for c in token.children if c.dep_ in deps]


def with_conjuncts(tokens: Iterable) -> list:
    """The tokens and what is coordinated with them. The parser often reads a list of
    names as appositions ("Mali, Burkina Faso and Niger"), so named appositions count."""
    out = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c.i > tok.i)
        for appos in tok.children:
            # a named apposition lists another state or body; a person named in apposition
            # is another person only inside a list ("Starmer, Macron, Merz and Tusk")
            if appos.dep_ == "appos" and (appos.ent_type_ in ("GPE", "NORP", "ORG") or (
                    appos.ent_type_ == "PERSON" and tok.ent_type_ == "PERSON"
                    and any(c.dep_ == "conj" for c in appos.children))):
                out.append(appos)
                out.extend(c for c in appos.conjuncts if c.i > appos.i)
            elif appos.dep_ == "appos" and appos.ent_type_ == "PERSON" and \
                    tok.ent_type_ != "PERSON":
                # "President [Robert Mugabe] and opposition leader Morgan Tsvangirai": the
                # name is the title's holder; who is coordinated with it is another actor
                out.extend(c for c in appos.conjuncts if c.i > appos.i)
    return out


#: words tying people to a group: "fighters linked to al-Qaeda", "men loyal to the general"
TIES = frozenset({"link", "belong", "tie", "connect", "affiliate", "loyal", "allied", "ally"})
#: participles of hearsay before a tie: "men suspected of belonging to", "believed to be linked to"
HEARSAY_TIES = frozenset({"suspect", "believe", "think", "say", "report", "allege", "accuse"})


def affiliations(token) -> list:
    """The words that tie a noun's people to a group, whose "to" names the group: "linked"
    in "militants linked to al-Qaeda", "loyal" in "men loyal to the general", "belonging"
    in "men suspected of belonging to Islamic State", "linked" in "gunmen believed to be
    linked to Boko Haram"."""
    found = []
    for mod in children(token, "acl", "amod", "relcl"):
        lemma = mod.lemma_.lower()
        if lemma in TIES:
            found.append(mod)
        elif lemma in HEARSAY_TIES:
            inner = [w for w in mod.subtree if w.i > mod.i and w.lemma_.lower() in TIES]
            found.extend(inner[:1])
    return found


def prep_objects(token, word: str) -> list:
    """Objects of the preposition ``word`` attached to the token, also through a particle
    the parser made its head ("pulled out of the deal", "walked away from the talks")."""
    found = []
    for prep in token.children:
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ == word:
            found.extend(children(prep, "pobj", "pcomp"))
        elif prep.dep_ in ("prep", "prt", "advmod") and prep.lower_ in PARTICLES:
            found.extend(o for inner in prep.children
                         if inner.dep_ == "prep" and inner.lower_ == word
                         for o in children(inner, "pobj", "pcomp"))
    return with_conjuncts([named for o in found for named in what_it_called(o)])


#: Verbs of a hedged description: "struck what it called militant hideouts".
DESCRIBING = frozenset({"call", "describe", "term", "say", "claim", "label", "consider",
                        "believe"})


def what_it_called(token) -> list:
    """The thing a hedged description names: "what it called militant hideouts in Iran"
    is the hideouts, "what it said were rebel positions" the positions."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in DESCRIBING or \
            not any(t.lower_ == "what" for t in token.subtree):
        return [token]
    named = children(token, "oprd") + [a for c in children(token, "ccomp")
                                       for a in children(c, "attr")]
    named += [o for a in children(token, "prep") if a.lower_ == "as"
              for o in children(a, "pobj")]
    return named or [token]


#: Relative pronouns, which stand for the noun their clause hangs from.
RELATIVES = frozenset({"which", "that", "who", "whom"})
#: Documents through which their signer acts: "signed a decree placing X under state control".
ENACTMENTS = frozenset({"law", "decree", "bill", "order", "proclamation", "resolution",
                        "directive", "edict", "ordinance", "legislation"})
#: Means of talking at a distance: "spoke by telephone with", "in a video call".
CALL_MEANS = frozenset({"phone", "telephone", "video", "videolink"})
#: Verbs of opposing a document, whose subject is not its author.
OPPOSING = frozenset({"veto", "reject", "block", "oppose", "defeat", "denounce", "condemn",
                      "criticise", "criticize", "dismiss", "boycott"})
#: Documents through which their author acts: "a resolution that accused Moscow", "issued a
#: statement condemning the strikes".
DOCUMENTS = ENACTMENTS | {"statement", "report", "communique", "communiqué", "letter",
                          "declaration", "ruling", "judgment", "judgement", "motion", "treaty",
                          "pact", "agreement", "accord", "deal"}


def relative_antecedents(verb, tokens: list) -> list:
    """A relative pronoun stands for the noun its clause hangs from: in "the Golan Heights,
    which Israel seized", what was seized is the heights. So does "it" after "and"."""
    if verb.dep_ == "conj" and [t.lower_ for t in tokens] in (["it"], ["them"]):
        # "stormed the embassy and set it on fire": the pronoun is the first verb's object
        return children(verb.head, "dobj") or tokens
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and \
            [t.lower_ for t in tokens] in (["him"], ["her"], ["them"]):
        # "arrested a British engineer, accusing him of spying": the one just arrested
        # (but "issued a warrant for Putin, accusing him": not the warrant)
        held = [o for o in children(verb.head, "dobj")
                if o.lemma_.lower() not in DOCUMENTS and best_pattern(o) is None]
        return held or tokens
    if verb.dep_ != "relcl":
        return tokens
    return [verb.head if t.lower_ in RELATIVES else t for t in tokens]


def contact_antecedent(verb) -> list:
    """The noun a relative clause with no relative word hangs from, when the clause's verb
    has no object of its own: in "a charge Kabul rejects" what is rejected is the charge
    (but not in "the town Israel withdrew from", whose gap is the preposition's)."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i or verb.head.pos_ not in ("NOUN", "PROPN") \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or \
            any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that"
                or (c.dep_ in ("prep", "prt") and not list(c.children)) or
                c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return []
    return [verb.head]


def shared_object(verb) -> list:
    """The object a verb shares with the next verb it is coordinated with ("began rounding
    up and deporting undocumented Afghans", "arrested and deported them")."""
    if children(verb, "dobj", "dative") or any(c.dep_ == "prep" for c in verb.children):
        return []
    # (not "surrendered and told police that ...": whom one tells is told, not shared)
    return next((children(c, "dobj") for c in verb.children
                 if c.dep_ == "conj" and c.pos_ == "VERB" and children(c, "dobj")
                 and not children(c, "ccomp")), [])


def particle_objects(verb) -> list:
    """Objects the parser hung under the verb's particle ("shot down the balloon" read as
    "down the balloon") or under "dead" ("shot dead the drug baron")."""
    found = [o for p in children(verb, "prt") for o in children(p, "pobj")]
    # ("shot dead the drug baron": the object hung under "dead")
    found += [o for a in children(verb, "acomp") if a.lower_ == "dead"
              for o in children(a, "dobj")]
    if verb.lemma_.lower() in ("call", "haul") and not children(verb, "dobj"):
        # "called in the Afghan envoy", "hauled up the ambassador": a phrasal summons whose
        # particle the parser read as a preposition
        found += [o for p in children(verb, "prep") if p.lower_ in ("in", "up")
                  for o in children(p, "pobj")]
    return found


def gapped_object(verb) -> list:
    """The object a relative clause leaves out: in "the only regional capital Moscow's
    forces had captured" what was captured is the capital."""
    if verb.dep_ != "relcl" or children(verb, "dobj", "nsubjpass", "ccomp", "xcomp") or \
            not children(verb, "nsubj") or \
            any(c.lower_ in RELATIVES for c in verb.children) or verb.head.pos_ != "NOUN":
        return []
    head = verb.head
    return [head.head if head.dep_ == "appos" else head]  # "Kherson, the only capital .."


def sum_of(objects: list) -> list:
    """What sums of money are given in: "pledged 2.7 billion euros in military aid"."""
    return [o for obj in objects if obj.ent_type_ == "MONEY" or obj.lemma_.lower() in CURRENCIES
            for p in ("in", "of") for o in prep_objects(obj, p)]


def settled(clause) -> bool:
    """Whether a content clause states a thing as so: not negated, not a "would" or
    "could" (a warning of what may be, not a verdict on what is)."""
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD")
                   for c in clause.children)


#: Verbs that, like "be", say what their subject is: "the campaign amounted to genocide".
COPULAS = frozenset({"be", "seem", "appear", "look", "remain", "become", "amount",
                     "constitute", "represent"})
#: Nouns whose "of" names the kind of thing judged: "a textbook example of ethnic cleansing".
INSTANCES = frozenset({"example", "case", "act", "form", "kind", "instance"})


def verdicts(clauses: list) -> list:
    """What copular clauses call their subjects: "was illegal", "seemed a textbook example
    of ethnic cleansing", "amounted to genocide", "constituted collective punishment"."""
    found = []
    for clause in clauses:
        verb = clause.lemma_.lower()
        if verb not in COPULAS:
            continue
        if verb == "amount":
            called = prep_objects(clause, "to")
        elif verb in ("constitute", "represent"):
            called = children(clause, "dobj")
        else:
            called = children(clause, "acomp", "attr", "oprd", "dobj")
        called = with_conjuncts(called)
        found += called + [o for c in called if c.lemma_.lower() in INSTANCES
                           for o in prep_objects(c, "of")]
    return found


def verdict_subjects(verb) -> list:
    """What a statement passes a verdict on: the subject of its content clause ("said
    the blast violated UN resolutions" -> the blast; "said Britain's demands had been
    unacceptable" -> the demands), when the clause states it as so."""
    return [s for c in children(verb, "ccomp") if settled(c)
            for s in children(c, "nsubj", "nsubjpass")]


def through_quantities(tokens: list) -> list:
    """The tokens, and what the quantities among them count: "expelled dozens of
    diplomats", "fired on tens of thousands of supporters" (a quantity's "of" names the
    thing itself, through any number of quantities)."""
    found = list(tokens)
    for token in found:  # grows as it goes: each counted thing is looked through in turn
        if token.pos_ == "NUM" or token.lemma_.lower() in QUANTITIES:
            found.extend(o for o in prep_objects(token, "of") if o not in found)
    return found


#: Spans of time one is given to act in ("gave them ten days").
GRANTED_SPANS = frozenset({"day", "hour", "week", "month"})
#: Verbs of bringing others' meeting about, whose passive participle hangs on the meeting
#: ("talks hosted by Ethiopia", "negotiations sponsored by Qatar").
CONVENING = frozenset({"host", "sponsor", "broker", "mediate", "facilitate", "organise",
                       "organize", "convene"})


def slot_tokens(token, slot: str, kind: str) -> list:
    """The tokens filling a pattern slot: the object, a modifier, or a preposition's object
    (on the trigger, on its object, or on the light verb that governs an event noun)."""
    if slot == "obj":  # "provide Ukraine with rockets": the thing given is the object
        # ("gave the ambassador 72 hours": the parser's indirect object counts too, and
        # so does a passive's subject: "suspects were handed over")
        objects = with_conjuncts(children(token, *OBJECT_DEPS, "dative", "nsubjpass")
                                 or particle_objects(token))
        if any(o.dep_ == "dative" for o in objects) or (
                token.lemma_.lower() in ("give", "grant") and any(
                    to_infinitive(c) for c in children(token, "advcl", "xcomp"))):
            # "gave the Bosnian Serbs ten days to pull back", "gave Saddam Hussein and his
            # sons 48 hours on Monday night to leave": the span given, which the model may
            # read as an adverb of time
            objects += [k for k in children(token, "npadvmod") if k.lemma_ in GRANTED_SPANS]
        if not objects and token.dep_ == "acl" and token.tag_ == "VBN" and \
                token.lemma_.lower() in CONVENING:
            objects = [token.head]  # "talks hosted by Ethiopia": the talks were hosted
        objects = relative_antecedents(token, objects) or contact_antecedent(token)
        objects = through_quantities(objects)
        objects += sum_of(objects)
        # ("recaptured the drug lord Joaquin Guzman", which the parser splits into an
        # object and the name in apposition: the name is the object too)
        objects += [a for o in objects for a in children(o, "appos")
                    if a.ent_type_ == "PERSON" and a not in objects and
                    a.doc[a.left_edge.i - 1].text != ","]  # (not "the ambassador, X,")
        # (but "with 153 countries voting in favour" is the act's circumstance)
        return objects + [o for o in prep_objects(token, "with") if not children(o, "nsubj")]
    if slot == "mod":
        return children(token, "amod", "compound")
    if slot == "verdict":  # "said the vote was unconstitutional": what a copular content
        # clause calls its subject (a clause of what would be, or was not, judges nothing)
        return verdicts([c for c in children(token, "ccomp") if settled(c)])
    if slot == "clause":  # "said the blast violated UN resolutions": the clause's verb
        return [c for c in children(token, "ccomp") if c.pos_ == "VERB" and settled(c)]
    if slot == "comp":  # "called the verdict scandalous", "branded it a provocation"
        comps = children(token, "oprd", "acomp", "xcomp", "ccomp")
        comps += [m for obj in children(token, "dobj") for m in obj.children
                  if m.dep_ == "amod" and m.i > obj.i]  # "called the move illegal"
        # "called the Venezuelan leader a dictator", read as an apposition
        comps += [m for obj in children(token, "dobj") for m in children(obj, "appos")
                  if any(d.lower_ in ("a", "an") for d in m.children)]
        # "called the attack an act of exceptional barbarity": what the act is an act of
        # "a callous and cowardly act": the words that qualify a plain act or move
        comps += [o for c in list(comps) if c.lemma_.lower() in PLAIN_ACTS
                  for o in [*prep_objects(c, "of"), *with_conjuncts(children(c, "amod"))]]
        # ("a declaration of economic war": the phrase a term names whole)
        comps += [o for c in list(comps) if c.pos_ == "NOUN" and
                  c.lemma_.lower() not in PLAIN_ACTS for o in prep_objects(c, "of")]
        return with_conjuncts(comps + prep_objects(token, "as"))
    found = through_quantities(prep_objects(token, slot))
    # "on the highest level of combat readiness": the level's "of" names the thing
    found += [o for f in found if f.lemma_.lower() in DEGREES for o in prep_objects(f, "of")]
    for obj in prep_holders(token):
        found.extend(prep_objects(obj, slot))
    if kind == "N" and token.dep_ in OBJECT_DEPS:
        found.extend(prep_objects(token.head, slot))
    return found


def prep_holders(token) -> list:
    """The words besides the trigger that may hold its prepositions: its objects, read once
    per token (every preposition slot asks)."""
    doc = token.doc
    cache = doc.user_data.setdefault("faultline.prep_holders", {})
    if token.i in cache:  # (positions, not tokens: a token would keep its document alive)
        return [doc[i] for i in cache[token.i]]
    objects = children(token, *OBJECT_DEPS)
    # "extradited the cleric Abu Hamza and four other suspects to the United States": the
    # parser may hang the preposition on a later part of a coordinated object
    objects += [c for obj in objects for a in [obj, *children(obj, "appos")]
                for c in a.conjuncts if c not in objects]
    # "suspended part of the agreement with Y", "tariffs of 30 percent on imports": the
    # object's "of" phrase may hold the preposition
    objects += [o for obj in objects for o in prep_objects(obj, "of")]
    objects += sum_of(objects)
    # "spoke by telephone with Trump": the parser hangs the partner on the means
    objects += [o for p in ("by", "over", "via") for o in prep_objects(token, p)
                if o.lemma_.lower() in CALL_MEANS]
    cache[token.i] = tuple(o.i for o in objects)
    return objects


def slot_words(token, slot: str, kind: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """For each token filling a slot: its own word forms and its modifiers' word forms."""
    return [(frozenset((t.lemma_.lower(), t.lower_, *PLACE_MARK[t.ent_type_],
                        *class_nouns(t))),
             frozenset(w for c in [*t.lefts, *of_owner(t)] if not negated_modifier(c)
                       for w in (c.lemma_.lower(), c.lower_)))
            for t in slot_tokens(token, slot, kind)]


def negated_modifier(word) -> bool:
    """Whether a modifier is negated by "non-": "its largest non-nuclear bomb" is no
    nuclear bomb."""
    return word.i >= 2 and word.doc[word.i - 1].text == "-" and \
        word.doc[word.i - 2].lower_ == "non"


def of_owner(token) -> list:
    """The noun an "of" phrase hangs from, with its "of": the words a term written "act of
    war" or "declaration of economic war" has before its last word."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.i:
        return [token.head, token.head.head]
    return []


def class_nouns(token) -> tuple[str, ...]:
    """The common noun a name is introduced by: "the opposition party PASTEF" is a party,
    "the tanker Stena Impero" a tanker, "President Mohamed Morsi" a president (a title the
    parser calls a proper noun, outside the name itself)."""
    if token.pos_ != "PROPN":
        return ()
    return tuple(c.lemma_.lower() for c in token.lefts
                 if c.dep_ == "compound" and (c.pos_ == "NOUN" or (
                     c.pos_ == "PROPN" and not c.ent_type_)))


def constraint_fit(filled: list[tuple[frozenset[str], frozenset[str]]],
                   constraint: Constraint) -> int:
    """-1 when the constraint fails, else how many words its best matching term spans
    (so "air strike" beats a bare "strike")."""
    if not constraint.terms:
        return 0 if filled else -1
    return max((1 + len(term.modifiers) for forms, mods in filled for term in constraint.terms
                if term.head in forms and all(m in mods for m in term.modifiers)), default=-1)


def companions_present(token, words: tuple[str, ...]) -> bool:
    near = {w for c in token.children if c.dep_ in COMPANION_DEPS and not is_when(c)
            for w in (c.lower_, c.lemma_.lower())}
    near.update(c.lemma_.lower() for c in small_clause_predicates(token))
    # "took hundreds of people hostage", parsed with "hostage" as a clause of its own
    near.update(c.lemma_.lower() for c in children(token, "ccomp", "oprd")
                if c.pos_ == "NOUN" and not children(c, "nsubj", "nsubjpass"))
    return all(w in near for w in words)


def small_clause_predicates(token) -> list:
    """An adjective the parser made a clause of: "found the militia leader Thomas Lubanga
    guilty" hangs "guilty" as a ccomp whose subject is the one found guilty."""
    return [c for c in children(token, "ccomp") if c.pos_ == "ADJ"
            and children(c, "nsubj") and not children(c, "aux", "auxpass")]


def small_clause_subjects(token) -> list:
    """The subject of an adjectival small clause: the real object of "found X guilty"."""
    return [s for c in small_clause_predicates(token) for s in children(c, "nsubj")]


#: Verbs of helping another act ("help Nepal rebuild").
HELP_VERBS = frozenset({"help", "assist", "enable"})
#: Verbs of giving money or means for a purpose ("pledged $1 billion to help Nepal").
GIVING = frozenset({"pledge", "promise", "offer", "give", "donate", "provide", "grant",
                    "lend", "allocate"})


def helped_subjects(token) -> list:
    """Whom money given "to help" helps when the parser made a clause of it: "pledged $1
    billion to help Nepal rebuild" hangs "rebuild" as a ccomp whose subject is Nepal."""
    if token.lemma_.lower() not in HELP_VERBS or \
            token.head.lemma_.lower() not in GIVING:
        return []
    return [s for c in children(token, "ccomp") if c.pos_ == "VERB" and
            not children(c, "aux", "mark") for s in children(c, "nsubj")]


def is_when(prep) -> bool:
    """A preposition that only dates the act ("on Wednesday"): it cannot complete a
    phrasal trigger ("round on", "turn on")."""
    objects = children(prep, "pobj")
    return prep.dep_ == "prep" and bool(objects) and all(
        o.ent_type_ in ("DATE", "TIME") for o in objects)


def best_pattern(token) -> Pattern | None:
    """The most specific pattern whose trigger, companions and constraints all hold."""
    if token.pos_ == "VERB" and token.dep_ in NOUN_DEPS and token.tag_ != "VBG":
        # the tagger's verb in a noun's place: "announced live-fire military drills" (but
        # "Fighting continued" is a gerund, a verb)
        kind = "N"
    elif token.pos_ == "VERB":
        kind = "V"
    elif token.pos_ in ("NOUN", "PROPN"):
        kind = "N"
    else:
        return None
    best, best_rank = None, None
    slots: dict[str, list] = {}
    for pattern in patterns().get((kind, token.lemma_.lower()), ()):
        if pattern.companions and not companions_present(token, pattern.companions):
            continue
        fits = []
        for constraint in pattern.constraints:
            if constraint.slot not in slots:
                slots[constraint.slot] = slot_words(token, constraint.slot, kind)
            fits.append(constraint_fit(slots[constraint.slot], constraint))
            if fits[-1] < 0:
                break
        if any(f < 0 for f in fits):
            continue
        rank = (len(fits) + len(pattern.companions), sum(fits), *pattern.specificity[1:])
        if best_rank is None or rank > best_rank:
            best, best_rank = pattern, rank
    return best


def governing_verb(noun):
    """The verb an event noun hangs from ("held talks" -> held; "began ten days of
    exercises" -> began), or None when it stands alone."""
    walk = noun
    while walk.dep_ == "conj" and walk.head.i != walk.i and walk.head.pos_ in ("NOUN", "PROPN"):
        walk = walk.head  # "declared martial law and a general mobilisation"
    for _ in range(5):
        # ("called for a ceasefire and for talks": a preposition coordinated with another)
        if (walk.dep_ in (*OBJECT_DEPS, "pobj", "prep", "nsubjpass") or (
                walk.dep_ == "conj" and walk.pos_ == "ADP")) and walk.head.i != walk.i:
            walk = walk.head
            if walk.pos_ in ("VERB", "AUX"):
                return walk
        else:
            return None
    return None


#: Prepositions that open a time clause ("after meeting Xi", "before leaving Kyiv").
TIME_PREPOSITIONS = frozenset({"after", "before", "upon", "since", "while", "during"})


def gapped_subjects(verb) -> list:
    """The subject of a second clause whose verb is left out ("India pledged $1 billion
    and China $480 million"): a name the parser hung on the verb after "and", with a
    second object of its own."""
    if verb.pos_ != "VERB" or not any(c.lower_ == "and" for c in verb.children):
        return []
    # (a name joined to a verb is a clause of its own; one merely hung on it needs the
    # second object to show it)
    return [c for c in children(verb, "dep", "conj")
            if c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and
            (c.dep_ == "conj" or len(children(verb, "dobj")) > 1)]


def subjects(verb, depth: int = 0) -> list:
    """The verb's subjects, or those it inherits through control and coordination."""
    if depth > 4:
        return []
    # "the US strike that killed Soleimani": the relative pronoun is the strike
    found = relative_antecedents(verb, children(verb, "nsubj", "csubj"))
    if len(found) == 1 and verb.dep_ == "relcl" and found[0].i == verb.head.i and \
            found[0].lemma_.lower() in DOCUMENTS:
        # "adopted a resolution that accused Moscow": the document's author accuses
        author = document_author(found[0], depth)
        if author:
            return author
    if found and not (found[0].lower_ in ("they", "we") and verb.dep_ == "conj"):
        return with_conjuncts(found) + gapped_subjects(verb)
    stray = verb.doc[verb.i - 1] if verb.dep_ == "conj" and verb.i > verb.sent.start \
        else None
    if stray is not None and stray.dep_ == "conj" and stray.pos_ in ("NOUN", "PROPN") and \
            stray.head.dep_ == "pobj":
        # "broke into parliament in Nairobi and police shot dead ...": the parser joined
        # the second clause's subject to the place before it
        return [stray]
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "responded by breaking off ties", "the process of leaving the EU"
        holder = verb.head.head
        if holder.dep_ == "acl" and verb.head.lower_ in TIME_PREPOSITIONS:
            # "cut tariffs on goods linked to fentanyl after meeting Xi": the parser hung
            # the time clause on the participle; its doer is the clause's, not the goods
            governor = governing_verb(holder.head)
            if governor is not None:
                return subjects(governor, depth + 1)
        if holder.pos_ in ("VERB", "AUX"):
            return subjects(holder, depth + 1)
        governor = governing_verb(holder)
        if governor is not None:
            return subjects(governor, depth + 1)
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and verb.head.i != verb.i:
        if verb.dep_ == "xcomp":
            objects = children(verb.head, "dobj")
            if objects and verb.head.lemma_.lower() in OBJECT_CONTROL:
                return with_conjuncts(objects)
        return subjects(verb.head, depth + 1)
    if verb.dep_ in ("relcl", "acl"):
        head = verb.head
        if head.dep_ in ("attr", "oprd") and head.head.i != head.i:
            return subjects(head.head, depth + 1)  # "Russia became the first country to ..."
        if verb.dep_ == "acl" and head.lemma_.lower() in DOCUMENTS:
            # "signed a law suspending cooperation": the signer suspends it
            author = document_author(head, depth)
            if author:
                return author
        return [head]
    return []


#: Words that open a clause, which the model may read as prepositions ("as rebels ...
#: advanced": "rebels" is the clause's subject, not the object of "as").
CLAUSE_OPENERS = frozenset({"as", "after", "before", "while", "when", "until", "since",
                            "because", "once"})


def document_author(document, depth: int = 0) -> list:
    """Who acts through a document: its "by" ("a report by Amnesty"), else whoever
    issued, adopted or signed it ("the council adopted a resolution")."""
    by = prep_objects(document, "by")
    if by:
        return by
    # "a UN Security Council resolution", "Britain's statement": its owner
    owners = [c for c in document.children if c.dep_ == "poss" or (
        c.dep_ == "compound" and c.pos_ == "PROPN")]
    if owners:
        return owners[-1:]
    governor = governing_verb(document)
    if governor is None or governor.lemma_.lower() in OPPOSING:
        return []  # "vetoed a resolution that deplored the attack": not the vetoer's words
    return subjects(governor, depth + 1)


def participle_of_noun(verb) -> bool:
    """A past participle describing the noun before it ("an American pastor detained in
    Turkey"): passive in sense. Not a verb the model hung on its own subject ("militants
    killed 110 civilians", with an object; "as rebels ... advanced on the capital", the
    clause's subject read as the object of "as"; a sentence with no other verb)."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and head.i != verb.i and \
        not children(verb, "dobj") and head.dep_ != "ROOT" and not (
            head.dep_ == "pobj" and head.head.lower_ in CLAUSE_OPENERS)


def to_infinitive(verb) -> bool:
    """Whether a verb is marked as a to-infinitive ("to end the fighting", "to force him
    out"): an aim or a demand, not an act told."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def passive(verb) -> bool:
    """A passive verb, also the second of "was captured and killed by X"."""
    if children(verb, "nsubjpass", "auxpass"):
        return True
    if participle_of_noun(verb):
        return True  # "an American pastor detained in Turkey": done to the noun
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i and \
        not children(verb, "nsubj") and bool(children(verb.head, "nsubjpass", "auxpass"))


def passive_subjects(verb) -> list:
    """Who a passive verb is done to: its own subject, or its first conjunct's ("Gaddafi
    was captured and killed")."""
    own = children(verb, "nsubjpass")
    if not own and participle_of_noun(verb):
        return [verb.head]  # "an American pastor detained in Turkey": the pastor
    if own or verb.dep_ != "conj" or verb.head.i == verb.i:
        return own
    return children(verb.head, "nsubjpass")


def passive_agents(verb) -> list:
    """Who did a passive verb: its "by" phrase, or one its conjunct shares ("was captured
    and killed by fighters": the fighters captured him too)."""
    return prep_objects(verb, "by") or [
        o for c in [*verb.conjuncts, verb.head] if c.i != verb.i and c.dep_ in ("conj", "ROOT")
        and c.tag_ == "VBN" for o in prep_objects(c, "by")]


def phrase_text(token) -> str:
    """The noun phrase a head token stands for ("Armenian Prime Minister Nikol Pashinyan")."""
    left = [token]
    for child in token.lefts:
        if child.dep_ in NP_LEFT_DEPS:
            left.extend(child.subtree)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = children(child, "pobj")
            if objs and (objs[0].ent_type_ in NAME_LABELS or objs[0].pos_ == "PROPN"):
                left.extend(child.subtree)
        elif child.dep_ == "compound" or (child.dep_ == "flat"):
            left.extend(child.subtree)
        elif child.dep_ == "prep" and token.ent_type_ == "ORG" and child.ent_type_ == "ORG" \
                and child.ent_iob_ == "I":
            # an organisation's name with a preposition in it: "Doctors Without Borders"
            left.extend(t for t in child.subtree if t.ent_type_ == "ORG" and t.ent_iob_ == "I")
    start = min(t.i for t in left)
    end = max(t.i for t in left) + 1
    before = token.doc[start - 1] if start > 0 else None
    if before is not None and before.ent_type_ in ("NORP", "GPE") and \
            before.ent_iob_ == "B" and \
            before.dep_ in ("dative", "nmod", "npadvmod") and before.head.i == token.head.i:
        start -= 1  # the parser split "Azerbaijani troops" into a dative and an object
    return token.doc[start:end].text


