"""From a parsed article to the events it reports, as an analyst would code them.

The coder is a pure function of a spaCy ``Doc`` and the article's publication date: it
touches no database. For each sentence it finds triggers (verbs and event nouns that a
pattern in ``data/coding/patterns.tsv`` knows), checks each pattern's complements on the
dependency parse, takes the source from the subject (the agent, in a passive) and the
target from the slot the pattern names, and resolves both through the actor resolver with
the article's running context. Around the trigger it reads:

* reported speech: a trigger inside the complement of "say", "tell", ... is attributed to
  that verb's subject; the speech act itself is not coded as a separate statement;
* intent, threat, refusal and appeal: an act under "plans to", "is ready to",
  "threatened to", "refused to" is re-coded with CAMEO's 03, 13 or 12 codes, and an act
  asked for ("urged Russia to release") makes the 02/10 appeal or demand specific; the
  governing verb is not coded again (tables in ``data/coding/``);
* negation, modality and conditions: the negated and hypothetical flags;
* dates: the date words that belong to the trigger's own clause (``coding.dates``);
* coordination: one event per coordinated source and target; reciprocal acts ("A and B
  signed a deal") both ways;
* default actors: a group with no country belongs to the other side's state for domestic
  acts (arrests, protests, emergencies), and such acts with no target fall on that state.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from faultline.actors.resolver import COUNTRY_ANAPHOR, Context, Resolver, resolver
from faultline.coding import dates
from faultline.coding.patterns import Pattern
from faultline.coding.syntax import (
    CALL_MEANS,
    ENACTMENTS,
    GIVING,
    HELP_VERBS,
    NAME_LABELS,
    NOUN_DEPS,
    OBJECT_DEPS,
    affiliations,
    best_pattern,
    children,
    gapped_object,
    governing_verb,
    helped_subjects,
    particle_objects,
    passive,
    passive_agents,
    passive_subjects,
    phrase_text,
    prep_objects,
    relative_antecedents,
    shared_object,
    slot_tokens,
    small_clause_subjects,
    subjects,
    through_quantities,
    to_infinitive,
    verdict_subjects,
    what_it_called,
    with_conjuncts,
)
from faultline.coding.tables import (
    appeal_table,
    cameo_codes,
    cues,
    instruments,
    intent_table,
    longest_prefix,
    plover_for,
    refusal_table,
    threat_table,
)
from faultline.records import Actor, Event

AUTO_PREPS = ("to", "with", "against", "on", "into", "from", "of", "for", "over", "between")
#: Roots whose acts land somewhere: "arrived in X", "deployed troops in X", "fighting in X"
#: target X when no other target is named.
LOCATIVE_CODES = ("042", "043", "07", "084", "0874", "15", "17", "18", "19", "20")
LOCATIVE_PREPS = ("in", "inside", "near", "across", "outside", "at", "around", "off", "over")
#: Roots whose acts, with no target named, fall on the actor's own state: a resignation,
#: a protest, a state of emergency (the gold convention: same country on both sides).
DOMESTIC_CODES = ("0241", "1041", "081", "083", "091", "093", "116", "14", "172", "173",
                  "175")
#: Sectors of a state's forces: their violence against their own people during protests
#: is repression (175), not an attack.
SECURITY_SECTORS = frozenset({"COP", "MIL", "SPY", "GOV"})
#: Subjects that make a gathering a demonstration ("thousands of protesters gathered").
CROWDS = frozenset({"protester", "demonstrator", "thousand", "hundred", "crowd", "supporter",
                    "opponent", "activist", "student", "worker", "farmer", "tens", "marcher"})
#: The demonstration a crowd's demand makes (CAMEO 141x by what is demanded).
PROTESTS_FOR = {"1041": "1411", "1042": "1412", "1043": "1413", "1044": "1414"}
#: Modifiers that make a rally a party's or a winner's, not a protest.
ELECTORAL = frozenset({"campaign", "election", "electoral", "victory", "party"})
#: Words of a vote whose rejection or demand is a dispute at home ("rejected the results").
VOTES = frozenset({"election", "result", "vote", "referendum", "ballot", "poll", "recount"})
#: Codes of meetings whose place says who visited whom.
MEETING_CODES = frozenset({"040", "044"})
#: Sectors of a state's own bodies, which a place named beside them does not own.
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "SPY", "LEG", "JUD", "IGO"})
#: State bodies that sit where they are: "a court in Paris" is French, "police in Lagos"
#: Nigerian (troops or diplomats "in Syria" are seldom Syria's).
HOME_BODIES = frozenset({"JUD", "COP", "LEG"})
#: A state's forces and courts: named without a state where no other is named, they are
#: the actor's own ("opposition groups accused government forces of ...").
HOME_FORCES = frozenset({"MIL", "COP", "SPY", "JUD", "REB", "SEP", "OPP"})
#: Bodies of people a state sends: "agreed to send troops" sends them to no one yet.
SENT_FORCES = frozenset({"troop", "soldier", "force", "peacekeeper", "police", "policeman",
                         "marine", "paratrooper", "personnel", "contingent", "battalion",
                         "brigade", "unit", "instructor", "adviser", "advisor"})
#: Words of talking at a distance: an act done "in a telephone call" is also a talk (041)
#: (the means a partner may hang on, and a videoconference, a call by its own name).
DISTANT_TALKS = CALL_MEANS | {"videoconference"}
#: Nouns of mediation and mediators ("talks held through Turkish mediators").
GO_BETWEENS = frozenset({"mediation", "mediator", "intermediary", "go-between"})
#: Agreements, truces and talks: what a mediator named later brought about.
AGREEMENT_CODES = ("03", "04", "057", "0871", "046")
#: Words of talks that are not going on: "frozen accession talks", "stalled negotiations".
STALLED = frozenset({"freeze", "freezing", "frozen", "stall", "stalled", "suspend",
                     "suspended", "deadlocked", "collapsed", "failed", "aborted"})
#: Purposes that make forces sent into a state a help to it ("to help fight", "to stop the
#: violence", "to restore order").
HELPING = frozenset({"help", "assist", "support", "protect", "defend", "stop", "restore",
                     "guard", "secure", "stabilise", "stabilize", "shore", "bolster", "keep"})
#: Things and forces of nature that block, cut or shut something without protesting ("a
#: container ship ran aground, blocking the canal", "heavy snow blocked roads").
MINDLESS = frozenset({"ship", "vessel", "tanker", "freighter", "truck", "lorry", "vehicle",
                      "car", "boat", "train", "snow", "rain", "flood", "storm", "wind",
                      "landslide", "fire", "wildfire", "avalanche", "debris", "ice", "fog",
                      "accident", "crash", "collapse", "cyclone", "hurricane", "typhoon"})
#: Things that land somewhere without anyone visiting.
LANDING_THINGS = frozenset({"plane", "aircraft", "jet", "flight", "helicopter", "airliner",
                            "shell", "projectile", "bomb", "debris", "balloon", "spacecraft",
                            "probe", "capsule", "fighter", "team", "squad", "athlete",
                            "player", "crew", "passenger", "tourist", "pilgrim", "migrant",
                            "refugee"})
#: Nouns an act is done "at the ... of": whoever they belong to asked for it.
REQUEST_NOUNS = frozenset({"request", "invitation", "behest"})
#: Who arrives as help, not as a visitor ("troops landed at the government's request").
ARRIVING_FORCES = frozenset({"troop", "soldier", "force", "police", "policeman", "officer",
                             "paratrooper", "marine", "peacekeeper", "contingent", "army"})
#: Acts aimed at one's own state when no other target is named: resigning, deploying
#: police.
SELF_AIMED = ("0831", "153")
#: Verbs of voicing a feeling: a protest expressed is a complaint, not a demonstration.
EXPRESSING = frozenset({"express", "voice", "register", "convey", "lodge", "state"})
#: Verbs of holding a thing, whose agent owns it: "a mine run by Orano".
OWNING = frozenset({"run", "own", "operate", "manage", "control", "hold", "build", "develop"})
#: Verbs whose subject receives what an event noun of giving names ("took delivery of").
RECEIVING = frozenset({"take", "receive", "accept", "await", "get", "welcome"})
#: Words of workers on strike, whom security forces firing on them repress ("on strike").
STRIKERS = frozenset({"striking", "striker", "strikers"})
#: Words that put an act of violence in the setting of protests.
PROTEST_WORDS = frozenset({"protest", "protester", "protestor", "demonstrator",
                           "demonstration", "rally", "riot", "rioter", "unrest", "uprising"})
#: Crowds of mourners: force used on them is repression as on protesters (but a funeral
#: gathering is no protest).
MOURNING = frozenset({"mourner", "funeral"})
#: Words of a crowd whom a state's forces repress when they use force on it.
REPRESSED_CROWDS = PROTEST_WORDS | MOURNING
#: Contests won without violence ("beat his rival in the run-off").
CONTESTS = frozenset({"election", "run-off", "runoff", "vote", "poll", "ballot", "race",
                      "primary", "contest", "match", "final", "game", "referendum", "percent"})
#: Verbs of an accident, and the things that have them, whose toll is nobody's act.
ACCIDENTS = frozenset({"crash", "sink", "capsize", "collapse", "derail", "overturn"})
WRECKS = frozenset({"plane", "aircraft", "airliner", "jet", "helicopter", "ship", "boat",
                    "vessel", "ferry", "train", "bus", "building", "bridge", "dam", "mine"})
#: Spans of time the model may take for an object ("crashed minutes after take-off").
SPANS_OF_TIME = frozenset({"second", "minute", "hour", "moment", "day"})
#: Nouns of a quarrel: what one is "over" or "about" is its topic, not an act told.
QUARRELS = frozenset({"dispute", "row", "standoff", "stand-off", "feud", "quarrel", "spat",
                      "disagreement", "controversy", "tension", "friction", "rift"})
#: Causes of death and ruin that are no one's act.
DISASTERS = frozenset({"earthquake", "quake", "flood", "flooding", "storm", "hurricane",
                       "typhoon", "cyclone", "tornado", "tsunami", "landslide", "avalanche",
                       "wildfire", "fire", "blaze", "drought", "heatwave", "eruption",
                       "volcano", "epidemic", "pandemic", "outbreak", "disease", "virus",
                       "crash", "accident", "collapse", "stampede", "mudslide", "rain"})
#: Nouns of those who rule a place, and so belong to the place they are "in".
RULERS = frozenset({"junta", "government", "authority", "regime", "administration",
                    "leadership", "rulers"})
#: Verbs that stop a protest from being held.
PROTEST_STOPPERS = frozenset({"cancel", "postpone", "suspend", "ban", "prohibit", "outlaw",
                              "forbid", "halt", "stop", "prevent"})
#: Nouns of a ban, whose "on" names what is banned.
PROHIBITIONS = frozenset({"ban", "restriction", "curb", "prohibition", "moratorium", "limit"})
#: Nouns of crowds in the street, whose act stands beside a government's answer to it.
#: (Not "march": "called off his fighters' march on Moscow"; nor "unrest", a state.)
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "riot"})
#: Verbs whose subject leads a protest named by a noun ("unions staged a strike"); under
#: any other verb ("fell after weeks of protests") the protesters are not named.
PROTEST_ORGANISERS = frozenset({"stage", "hold", "organize", "organise", "lead", "join",
                                "attend", "call", "begin", "start", "launch", "mount",
                                "continue", "resume", "plan", "take"})
#: Nouns of a stretch of time that an event fills ("a week of fighting").
SPANS = frozenset({"day", "week", "month", "year", "hour", "night", "decade", "round",
                   "wave", "spate", "series", "string", "bout"})
#: Prepositions whose object, dated before its noun, dates the act ("in the 2014 crisis").
SETTING_DATES = frozenset({"in", "during", "since", "after", "before", "amid", "following"})
#: Prepositions that set an event beside another rather than inside it ("killed 19
#: people during protests" is two events; "accused X of an invasion" is one).
SETTINGS = frozenset({"during", "amid", "after", "before", "since", "despite", "following"})
#: Nouns of attacks whose owner did a passive killing ("killed in an Israeli air strike").
ATTACK_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "drone",
                          "missile", "operation", "ambush", "shelling"})
#: Attacks one can claim or call revenge ("said it had carried out the attacks").
CLAIMABLE_ATTACKS = ATTACK_NOUNS | {"massacre", "killing"}
#: Strikes that, not ruled out, threaten ("would not rule out strikes on Iran").
STRIKES = ATTACK_NOUNS - {"drone", "missile", "operation"}
#: Victims whose killing in the hundreds is a massacre, not a battle.
UNARMED_VICTIMS = frozenset({"civilian", "people", "villager", "resident", "worker",
                             "farmer", "worshipper", "student", "child", "woman",
                             "refugee", "protester", "demonstrator", "man", "boy", "girl",
                             "patient", "pilgrim", "migrant", "detainee", "prisoner",
                             "inmate", "family", "muslim", "christian", "hindu", "sikh",
                             "jew", "tutsi", "hutu", "kurd", "indian"})
#: Verbs that, with one named person as the victim, make an assassination (186).
KILLING_VERBS = frozenset({"kill", "assassinate", "murder", "shoot", "slay", "eliminate"})
#: Verbs of killing many at once; with a hundred or more unarmed victims, a massacre.
MASSACRE_VERBS = KILLING_VERBS | {"execute", "massacre", "slaughter", "butcher"}
#: Number words in a stated lag ("two days after").
DURATION_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                  "six": 6, "seven": 7, "ten": 10}
#: Sectors of the non-state side of a civil conflict.
INSURGENT_SECTORS = frozenset({"REB", "OPP", "INS", "SEP"})
#: Comments on an act ("Qatar condemned it", "Kyiv denied any involvement", "the group
#: claimed the attack") whose target is whoever did the act the text just reported.
COMMENT_CODES = ("11", "12", "13", "015", "016", "018", "019")
#: Things done that a welcome or praise is about: its target is whoever did them.
WELCOMED_ACTS = frozenset({"act", "move", "step", "decision", "action", "release",
                           "announcement", "gesture", "offer", "initiative", "ruling",
                           "verdict", "pardon", "concession", "statement", "declaration"})
#: Roots of events that are only words: comments, appeals, demands, accusations, threats.
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
#: Words for a deed, not a saying: a comment on "the decision" answers the last act done,
#: not the last accusation or appeal.
DEEDS = frozenset({"move", "step", "decision", "action", "measure", "recognition"})
#: Intent heads that make a hostile act a threat ("vowed to retaliate").
VOWS = frozenset({"vow", "pledge", "promise", "swear"})
#: Weapons that fly from afar: fired by no stated country, they are not the target's own.
PROJECTILES = frozenset({"drone", "missile", "rocket", "shell", "mortar"})
#: Fights one may fall in: a leader killed in one was not assassinated.
FIGHTS = frozenset({"battle", "gunfight", "firefight", "shootout", "clash", "skirmish",
                    "fighting", "exchange"})
#: Force a state's police or troops use on crowds, and the people it is used on.
BEATINGS = frozenset({"beat", "club", "baton", "truncheon", "whip", "flog"})
PEOPLES_SECTORS = frozenset({"CVL", "LAB", "REL", "EDU", "MED", "OPP", "NGO"})
#: Verbs of what a show of force is for: "sent a carrier to deter Iran".
DETERRING = frozenset({"deter", "warn", "intimidate", "pressure", "pressurise", "pressurize",
                       "coerce", "dissuade"})
#: People one side holds and frees in a swap.
CAPTIVES = frozenset({"prisoner", "detainee", "captive", "hostage", "agent", "spy", "soldier",
                      "national", "citizen", "fighter", "militant", "sailor", "journalist"})
#: What goes off: a blast "outside a nightclub in Bali" happened there.
BLASTS = frozenset({"blast", "explosion", "bombing", "attack", "device"})
#: What one asks to join with ("applied to join NATO", "Sweden's bid to join").
BIDS = frozenset({"apply", "bid", "application", "request", "attempt", "drive", "push",
                  "quest", "ambition", "aspiration"})
#: Words of a third party's hand in a deal: leaders who sign under it are not just meeting.
BROKERING = frozenset({"broker", "mediate", "mediation", "mediator", "host", "facilitate"})
#: Missions abroad: a place on another state's soil.
EMBASSIES = frozenset({"embassy", "consulate", "legation", "mission"})
#: Verbs that stop aid on its way: the aid they govern is not given.
AID_BLOCKING = frozenset({"block", "bar", "halt", "stop", "obstruct", "impede", "hinder",
                          "prevent", "seize", "loot", "divert", "confiscate"})
#: Intent heads that make an act of force a threat too ("ready to strike if talks fail").
THREATENING = frozenset({"ready", "prepared"})
HOSTILE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
#: Words of a fight between two sides in the street.
CLASH_WORDS = frozenset({"clash", "fight", "fighting", "skirmish", "scuffle", "confrontation"})
#: Attributive words that name a state's forces ("a Myanmar military air strike").
ATTRIBUTIVE_SECTORS = {"military": "MIL", "army": "MIL", "naval": "MIL", "navy": "MIL",
                       "police": "COP"}
#: Verbs of telling someone something, whose listener an announced act is aimed at.
TELLING = frozenset({"tell", "inform", "notify", "warn", "assure"})
#: Nouns of places a force can take.
PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "region", "province",
                         "emirate", "kingdom",
                         "territory", "island", "airport", "base", "port", "bridge", "hill",
                         "district", "area", "border", "crossing", "oblast"})
#: Places of a state's own land that forces are moved to without naming it ("into the
#: state", "to the region", "onto the streets").
HOME_PLACES = frozenset({"state", "region", "province", "capital", "city", "street", "area",
                         "town", "district", "centre", "center", "countryside"})
#: Acts that need no one to be aimed at: an appeal for aid to whoever can give it, a grim
#: comment on the state of the world.
UNADDRESSED_CODES = ("023", "012")
#: Words of a private fear or doubt: with no one addressed they are no event ("Australia
#: feared the talks would fail"), unlike a warning or a concern voiced over a situation.
DOUBTS = frozenset({"fear", "worry", "doubt", "lament"})
#: Verbs of handing a person over to another state.
HANDOVER_VERBS = frozenset({"extradite", "deport", "repatriate", "transfer"})
#: Words of dismay at what someone did: said of oneself, a reproach (111).
DISMAY = frozenset({"disappointed", "appalled", "outraged", "dismayed", "disgusted",
                    "angered", "indignant", "incensed", "furious", "horrified"})
#: Verbs of reaching a finding, whose clause may lay blame ("concluded that Moscow was
#: culpable").
FINDING_VERBS = frozenset({"conclude", "find", "determine", "believe", "establish", "think"})
#: What one calls another to condemn them ("said Putin was a killer").
NAME_CALLING = frozenset({"killer", "murderer", "criminal", "dictator", "tyrant", "thug",
                          "liar", "butcher", "fascist", "nazi", "coward", "traitor", "puppet",
                          "gangster", "despot", "warmonger", "terrorist"})
#: Fighting that can be told with no sides ("clashes broke out"), and what it does then.
SIDELESS_FIGHTING = frozenset({"fighting", "clash", "hostility", "war", "battle",
                               "skirmish", "shelling", "exchange"})
ERUPTING = frozenset({"break", "erupt", "flare", "resume", "continue", "rage", "intensify",
                      "escalate", "spread", "start", "begin"})
#: What a place or a state hosts that is no visitor.
HOSTED_NOT_GUESTS = frozenset({"troop", "force", "soldier", "base", "refugee", "migrant",
                               "asylum", "headquarters", "missile", "weapon", "marine"})
#: Singular nouns for bodies of many people that "they" points back to.
COLLECTIVE_FORCES = frozenset({"police", "military", "army", "navy", "government", "junta",
                               "authorities", "coalition", "guard"})
#: Words that lay blame on the subject of "be" ("was responsible for the attack").
BLAME_WORDS = frozenset({"responsible", "culpable", "guilty", "liable", "accountable"})
#: Words that set some of a state's forces against the rest.
REBELLIOUS = frozenset({"mutinous", "mutineer", "mutineers", "renegade", "rogue", "rebellious",
                        "breakaway", "dissident"})
#: Words of bombs whose going off is a bombing by whoever set them ("a car bomb killed").
EXPLOSIVES = frozenset({"bomb", "explosive", "explosives", "ied", "grenade", "landmine",
                        "device"})
#: What one says one did when claiming an attack: the attack or the bomb already told.
CLAIMED_THINGS = CLAIMABLE_ATTACKS | EXPLOSIVES
#: Entity labels of places and peoples, not persons.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})
#: Shares of a group an aside gives the nationality of ("most of them British").
SHARES = frozenset({"most", "many", "all", "some", "half", "several", "dozens", "one"})
#: People an act may hit, whose nationality an aside may tell.
HIT_PEOPLE = frozenset({"people", "man", "men", "woman", "women", "tourist", "passenger",
                        "civilian", "worker", "national", "foreigner", "hostage", "migrant",
                        "child", "children", "person", "persons", "visitor", "crew",
                        "employee", "staff", "journalist", "sailor", "fisherman",
                        "fishermen", "student", "activist", "executive"})
#: Reflexive objects ("gave himself up").
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
#: Those of a state who may challenge its government from within.
CHALLENGERS = INSURGENT_SECTORS | {"MIL"}
#: Verbs of a charge laid, whose bare participle describes a person ("indicted for").
CHARGING = frozenset({"indict", "charge", "accuse", "convict", "want"})
#: Verbs of meeting someone who arrives.
GREETINGS = frozenset({"welcome", "greet"})
#: Verbs of taking back a licence or permit: an administrative sanction (172), no embargo.
LICENCE_VERBS = frozenset({"revoke", "cancel", "withdraw", "strip", "deny"})
#: Verbs of a shot or shell striking something, whose subject names the attack.
IMPACTS = frozenset({"hit", "strike", "slam", "pound", "destroy", "damage", "smash"})
#: Acts of handing over or starting that an agreement only promises ("agreed to release").
DELIVERIES = frozenset({"release", "free", "send", "lend", "provide", "deliver", "supply",
                        "give", "pay", "begin", "start", "resume", "hand"})
#: Acts an agreement between sides settles for later: "agreed to exchange 1,000 prisoners",
#: "agreed to lift its objections" are promised (decided or voted, they are done).
AGREED_LATER = DELIVERIES | {"exchange", "swap", "ease", "lift", "return", "repatriate",
                             "step", "resign", "quit", "relinquish", "cede"}
#: Words of armed attackers who are no army: their violence on people is assault (18).
ASSAILANTS = frozenset({"gunman", "gunmen", "attacker", "attackers", "assailant", "assailants"})
#: Words of a peacekeeping force: its arrival is protection, its leaving ends a mission.
PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping"})
#: Verbs of sending someone "into exile": an expulsion (174).
EXILING = frozenset({"send", "force", "drive", "banish", "exile", "deport", "expel"})
#: Verbs of ordering or opening an inquiry: one named with no subject is the state's own.
OPENING = frozenset({"order", "open", "launch", "set", "start", "begin", "announce"})
#: Things reviewed in a ceremony: inspecting them is no inquiry.
CEREMONIAL = frozenset({"guard", "parade", "honour", "honor"})
#: Ships: one visiting a port makes a call, not a state visit.
VESSELS = frozenset({"ship", "warship", "vessel", "frigate", "destroyer", "carrier",
                     "submarine", "cruiser", "aircraft carrier"})
#: People a state takes out of danger abroad: evacuating them withdraws no forces.
EVACUEES = frozenset({"citizen", "national", "foreigner", "expatriate", "diplomat", "staff",
                      "tourist", "worker", "employee", "student"})
#: Verbs of removing a government by force: against one's own state a coup, not a war.
OVERTHROWING = frozenset({"overthrow", "topple", "depose"})
#: Verbs of forcing a way into a building.
RAIDS = frozenset({"storm", "raid", "ransack"})
#: Things of an army or police force: gunmen attacking them fight (19), not assault.
MILITARY_TARGETS = frozenset({"army", "military", "soldier", "troop", "police", "policeman",
                              "checkpoint", "base", "patrol", "convoy", "barracks", "post",
                              "garrison", "outpost", "officer"})
#: Nouns of unproven claims: what their clause says happened is alleged, not reported.
CLAIM_NOUNS = frozenset({"suggestion", "allegation", "claim", "accusation", "rumour", "rumor",
                         "speculation", "insinuation"})
#: Verbs whose clause says what did not happen.
DENIALS = frozenset({"deny", "refute", "dispute"})
#: Things sent whose participle says what the sender does ("a letter apologising").
MESSAGES = frozenset({"letter", "message", "note", "telegram", "cable", "memo"})
#: Verbs of putting people to death: by a state, repression (175), not a killing.
EXECUTIONS = frozenset({"execute", "hang"})
#: Verbs of warning: with a clause, a threat when the clause names a price or a condition,
#: else a grim comment on the world.
WARNING_VERBS = frozenset({"warn", "caution"})
#: Words that make a warning's clause a price to be paid ("Japan would suffer a crushing
#: defeat", "any intervention would cause irreparable damage").
PRICE_WORDS = frozenset({
    "suffer", "pay", "price", "regret", "defeat", "damage", "consequence", "response",
    "retaliation", "retaliate", "respond", "punish", "punishment", "meet", "crush",
    "destroy", "annihilate", "target", "risk", "fire", "fury", "answer", "hit"})
#: Words that make a threat one of force, and of weapons of mass destruction.
FORCE_WORDS = frozenset({"military", "militarily", "war", "defeat", "attack", "strike",
                         "target", "invade", "invasion", "force", "troops", "army", "bomb",
                         "missile", "fire", "hit", "conflict", "intervene", "intervention"})
WMD_WORDS = frozenset({"nuclear", "atomic", "chemical", "biological"})
#: Nouns of a legal accusation, whose "of" names the crime alleged.
CHARGE_NOUNS = frozenset({"charge", "count", "suspicion", "conviction", "accusation",
                          "allegation", "crime", "offence", "offense"})
#: Nouns of what two sides sign or hold together.
PACT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "declaration", "pact",
                        "memorandum", "talk", "communique"})
#: Roots of the diplomatic acts that, done in another state's city, make a visit.
VISIT_ROOTS = frozenset({"03", "04", "05", "06"})
#: Codes of acts done to someone against their will: sanctions and force (an expulsion or
#: arrest announced for later is a decision, not a threat).
COERCIVE_CODES = ("163", "1712", "18", "19", "20")
#: Those whose findings are an inquiry's (CAMEO 09).
INVESTIGATORS = frozenset({"investigator", "inspector", "monitor"})
#: What a state says it will take in answer to another's act.
COUNTERMEASURES = frozenset({"countermeasure", "measure", "step", "action", "retaliation"})
#: Objects of a threat that answer an earlier act.
RETALIATION = frozenset({"revenge", "retaliation", "retribution", "reprisal", "vengeance",
                         "retaliate", "avenge", "respond", "response", "consequence",
                         "repercussion"})
#: Words that point back to an act reported earlier.
ACT_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "which"})
#: Phrases starting with these words refer back, and are read against earlier text only.
ANAPHORIC_STARTS = frozenset({"he", "she", "his", "her", "its", "their", "the", "both", "this",
                              "him", "it", "they"})


def judged_deeds(act) -> set[int]:
    """The gerunds naming what an act accuses, blames, denies or praises someone of ("of
    killing", "for attacking", "over shelling"): deeds of their own, with their own date."""
    return {o.i for p in ("of", "for", "over") for o in prep_objects(act, p)
            if o.tag_ == "VBG"}


#: Nouns of armed men whom a state may arm and back.
ARMED_NOUNS = frozenset({"rebel", "militia", "militiaman", "fighter", "insurgent", "guerrilla",
                         "faction", "militant", "gunman", "paramilitary"})


def backers_of(token) -> bool | None:
    """For "X backed by Y" (a participle on a noun): whether X are armed men Y backs (the
    backing is military aid), or None when the trigger is no such participle."""
    if token.lemma_.lower() not in ("back", "support", "sponsor") or token.tag_ != "VBN" \
            or token.dep_ != "acl" or not prep_objects(token, "by"):
        return None
    return token.head.lemma_.lower() in ARMED_NOUNS


def enabled_only(cand) -> bool:
    """Whether a violent act is only what help or a free hand is for ("sent a force to help
    Mozambique fight insurgents", "needed a free hand to fight the guerrillas"), not a
    fight told."""
    token = cand.token
    return cand.code[:2] in ("18", "19", "20") and cand.pattern.kind == "V" and \
        token.dep_ in ("xcomp", "advcl", "ccomp") and token.head.lemma_.lower() in ENABLING


def counterfactual(token) -> bool:
    """Whether the verb says what would have been done and was not ("a resolution that
    would have condemned the air raids", vetoed): no act."""
    auxes = {c.lower_ for c in children(token, "aux")}
    return token.tag_ == "VBN" and "have" in auxes and bool(
        auxes & {"would", "could", "might", "should"})


def prospect_only(token) -> bool:
    """Whether the trigger names only a prospect, no act told: what an act opens the way
    for ("clearing the way for Croatia's membership talks", "opening the way for Sinn Fein
    to join talks"), or the arrest a warrant is for."""
    for way in token.ancestors:
        if way.lemma_.lower() == "way" and way.dep_ == "dobj" and way.head.lemma_.lower() in (
                "pave", "clear", "open", "smooth", "prepare"):
            return True
        if any(w.lemma_.lower() == "way" for w in children(way, "nsubj")) and any(
                c.lemma_.lower() in ("clear", "open") for c in children(way, "acomp")):
            return True  # "the way was now clear for the alliance to invite them"
        if way.lemma_.lower() == "warrant":
            return True  # "an ICC warrant for his arrest": no arrest made
    return False


#: What travels with or guards a leader: an attack on it is an attempt on his life.
ESCORTS = frozenset({"motorcade", "convoy", "car", "limousine", "plane", "helicopter",
                     "bodyguard", "guard", "escort", "entourage"})


def attacked_things(token) -> list:
    """The heads of what an act hits: its object, the object of "on" or "at", and the
    people of a partitive ("two of his bodyguards")."""
    return through_quantities(
        children(token, "dobj") + prep_objects(token, "on") + prep_objects(token, "at"))


def many_killed(token) -> bool:
    """Whether a killing's victims are several people ("killed two of his bodyguards",
    "killed the president's guards"), not the one person whose people they are."""
    return any(o.tag_ in ("CD", "NNS") for o in children(token, "dobj", "nsubjpass"))


def toll_of(token) -> bool:
    """Whether the trigger is the "killing N people" participle that counts the dead of
    the act it hangs on."""
    killed = through_quantities(children(token, "dobj"))
    return token.lemma_.lower() == "kill" and token.tag_ == "VBG" and \
        token.dep_ in ("advcl", "xcomp") and not any(
            w.ent_type_ == "PERSON" or w.lemma_.lower() in ARMED_NOUNS | {"mutineer"}
            for w in killed)  # ("killing two of the mutineers": a fight)


def previous_subject(pronoun, act) -> list:
    """Whom a sentence's opening "It" or "They" means: the subject of the sentence before,
    when that names a body or people of the same number ("South Sudan's government ordered
    oil companies to halt production. It accused Khartoum of theft")."""
    sent = pronoun.sent
    if sent.start == 0 or pronoun.i != sent.start or not (
            act.i == sent.root.i or (act.dep_ == "conj" and act.head.i == sent.root.i)) \
            or act.pos_ != "VERB":  # ("It is the first ...": no act)
        return []
    before = subjects(pronoun.doc[sent.start - 1].sent.root)
    if len(before) != 1 or before[0].pos_ == "PRON":
        return []
    group = with_conjuncts(before)
    plural = len(group) > 1 or before[0].tag_ in ("NNS", "NNPS")
    return group if plural == (pronoun.lower_ == "they") else []


@dataclass
class Candidate:
    """A trigger whose pattern matched, before actors and flags are attached."""

    token: object
    pattern: Pattern
    code: str
    governor: object | None = None
    intent_head: object | None = None
    suppressed: bool = False
    asked: object | None = None
    #: a visit or meeting called off: coded as the visit, negated
    called_off: bool = False


def rule_pattern(verb, code: str) -> Pattern:
    """A verb pattern the coder's own rules make, where no table row fits ("said it was
    disappointed", "warned that ..."): the code, with the target found as usual."""
    return Pattern(code=code, kind="V", lemma=verb.lemma_.lower(), companions=(),
                   constraints=(), target="auto", line=0)


def state(iso: str, text: str = "") -> Actor:
    """A state as a whole, as the actor of an act or its target."""
    return Actor(text=text, code=iso, country=iso)


def homed(actor: Actor, country: str) -> Actor:
    """A group, office or person of no stated country placed in one: "police" read as
    Kenya's, "drones" as Iran's. Its sector and role stay; its code becomes the country's."""
    return Actor(text=actor.text, code=country + (actor.sector or ""), country=country,
                 sector=actor.sector, sectors=actor.sectors, person=actor.person,
                 role=actor.role)


#: Words that tell two states of one name apart: "North and South Korea".
COMPASS_WORDS = frozenset({"north", "south", "east", "west"})


def names_sent_forces(actor: Actor) -> bool:
    """Whether an actor's words name a body of people a state sends ("American troops",
    "its soldiers"): the state's own forces, not a target."""
    return bool(SENT_FORCES & {w.rstrip("s") for w in actor.text.lower().split()})


def shared_head_pair(token) -> tuple[str, str] | None:
    """Two states sharing one name written once: "North and South Korea", "East and West
    Germany" (the parser hangs "North" on "Korea" with "South" as its conjunct). The two
    names, or None."""
    for child in token.children:
        if child.dep_ not in ("nmod", "compound", "amod") or child.lower_ not in COMPASS_WORDS:
            continue
        later = [c for c in child.children if c.dep_ == "conj" and c.lower_ in COMPASS_WORDS]
        if later and any(c.dep_ == "cc" and c.lower_ == "and" for c in child.children):
            return f"{child.text} {token.text}", f"{later[0].text} {token.text}"
    return None


#: Verbs of committing a crime, and the crimes an accusation of war crimes names.
COMMITTING = frozenset({"commit", "perpetrate"})
ATROCITIES = frozenset({"crime", "genocide", "atrocity", "massacre", "cleansing"})
#: Words that may be no act of their own (checked before any pattern): a diplomat's title
#: ("charges d'affaires"), a summons' purpose ("to protest") and an alleged crime.
NOT_ACTS = frozenset({"charge", "protest"}) | COMMITTING | ATROCITIES
#: Speech verbs that carry a demand: "insisted that X stop", "told X to withdraw".
INSISTING = frozenset({"insist", "require"})
DIRECTING = frozenset({"tell", "instruct"})
DEMANDING_SPEECH = INSISTING | DIRECTING


def insisted_that(verb) -> bool:
    """Whether a speaker insists that someone do something, the clause's verb in its bare
    (subjunctive) form: "insisted that Japan stop the release" demands it of Japan."""
    return verb.lemma_.lower() in INSISTING and any(
        c.tag_ == "VB" and children(c, "nsubj") and not children(c, "aux")
        for c in children(verb, "ccomp"))


def unaddressed(cand) -> bool:
    """Whether an act may stand with no target: an appeal for aid to whoever can give it
    (023), or a grim comment on the state of the world (012: a warning, a concern voiced;
    but a mere fear or doubt with no one named is not an event the gold sets code)."""
    return cand.code.startswith(UNADDRESSED_CODES) and (
        cand.code.startswith("023") or cand.token.lemma_.lower() not in DOUBTS)


def envoy_title(token) -> bool:
    """Whether the word is part of a diplomat's title: "charges d'affaires" are no charges."""
    doc = token.doc
    return token.lemma_.lower() == "charge" and token.i + 1 < len(doc) and \
        doc[token.i + 1].lower_.replace("\u2019", "'").startswith("d'aff")


#: Sectors of those who fight wars: armies and armed groups (not police).
ARMED_SECTORS = frozenset({"MIL", "REB", "SEP", "INS"})
#: Sectors of fighters outside a state's forces (and its criminals).
IRREGULAR_FIGHTERS = ARMED_SECTORS - {"MIL"} | {"CRM"}
#: Verbs of owning up to something: what they own up to is no accusation.
ADMITTING = frozenset({"acknowledge", "admit", "confess", "concede", "accept", "recognise",
                       "recognize", "apologise", "apologize"})
#: Verbs of sending a projectile on its way.
LAUNCHING = frozenset({"fire", "launch", "shoot", "lob"})
#: Verbs of moving across a line: forces doing so occupy, a person does not.
CROSSINGS = frozenset({"cross", "move", "venture", "march", "advance", "push", "slip",
                       "infiltrate"})
#: Nouns of an act not done: what they govern did not happen.
UNDONE = frozenset({"refusal", "failure", "reluctance", "unwillingness", "inability"})
#: Verbs of means used or given, whose purpose clause names whom they are for.
MEANS_GIVEN = GIVING | {"use", "employ", "resort"}
#: What a resource or trade keeps alive: "supporting" it is no political backing.
SUSTAINED = frozenset({"people", "million", "thousand", "family", "job", "livelihood",
                       "economy", "growth", "population", "household", "industry"})
#: Verbs of making an act possible: the act they govern is not told as done.
ENABLING = HELP_VERBS | {"need"}
#: What one side puts to another, to be accepted or turned down.
PROFFERED = frozenset({"offer", "proposal", "plan", "proposition", "initiative", "demand",
                       "ultimatum", "term", "condition", "request", "invitation", "deal",
                       "compromise"})
#: Common nouns that name a state or its rulers ("the country", "the regime").
STATE_NOUNS = frozenset({"country", "state", "nation", "regime", "government", "junta",
                         "kingdom", "republic", "territory", "island", "emirate"})
#: Votes one calls: "called a referendum on X" is no call on X.
CALLED_VOTES = frozenset({"election", "referendum", "vote", "poll", "plebiscite"})
#: Verbs whose object protest is where one speaks or what one leaves or passes over.
PASSED_OVER = frozenset({"leave", "address", "tell", "ignore", "disregard", "mention"})
#: Words that make a clause a condition, not an act told.
CONDITIONS = frozenset({"unless", "if"})
#: Agreements signed or reached: the pacts two sides sign (not talks or a communique),
#: and protocols.
DEAL_NOUNS = PACT_NOUNS - {"talk", "communique"} | {"protocol"}
#: Verbs of signing or reaching an agreement.
SIGNING = frozenset({"sign", "conclude", "reach", "initial", "seal", "strike", "ink"})
#: Verbs of ending a war or revolt: what they end is over, not fought anew.
ENDINGS = frozenset({"end", "halt", "conclude"})
#: Verbs of ending or stopping fighting: "agreed to stop attacking" is a truce.
HALTING = ENDINGS | {"stop", "cease"}
#: Spans of a war long past its start: what ends them ends background, not news.
LONG_SPANS = frozenset({"year", "decade", "century"})
#: Armed dissent a peace deal can end (protests that are ended were still held).
REVOLTS = frozenset({"rebellion", "revolt", "insurgency", "uprising", "insurrection"})
#: Diplomatic summons and recalls: their "to protest" is their purpose, not a street protest.
SUMMONS = frozenset({"summon", "recall", "call"})


def summoned_to_protest(token) -> bool:
    """Whether "protest" is what a summons was for ("summoned the ambassador to protest"),
    which the summons itself codes."""
    return token.lemma_.lower() == "protest" and token.pos_ == "VERB" and any(
        c.lower_ == "to" for c in token.children) and any(
        a.lemma_.lower() in SUMMONS for a in token.ancestors)


def glued_pair(token) -> tuple[str, str] | None:
    """Two names the parser glued into one phrase: a person's name hung on the head as a
    modifier, with "and" and the next name's first word as its conjunct ("Donald Trump and
    European Commission President Ursula von der Leyen" headed by "Leyen"). The texts of the
    two, or None."""
    shared = shared_head_pair(token)
    if shared is not None:
        return shared
    for child in token.doc[token.left_edge.i:token.i]:
        if child.dep_ not in ("nmod", "compound") or child.ent_type_ != "PERSON":
            continue
        joins = [c for c in child.children if c.dep_ == "cc" and c.lower_ == "and"]
        later = [c for c in child.children if c.dep_ == "conj" and c.i < token.i]
        if joins and later:
            doc = token.doc
            first = doc[token.left_edge.i:joins[0].i].text
            second = doc[later[0].left_edge.i:token.i + 1].text
            return first, second
    return None


#: Verbs whose subject draws a reaction from others: "the decision drew condemnation from".
DRAWING = frozenset({"draw", "attract", "earn", "prompt", "provoke", "spark", "trigger",
                     "bring", "elicit", "invite"})


def drawn(noun, governor) -> bool:
    """Whether a reaction noun is drawn by its governing verb's subject from others: "the
    move drew sharp criticism from Beijing"."""
    return governor is not None and noun.dep_ == "dobj" and noun.head.i == governor.i and \
        governor.lemma_.lower() in DRAWING and bool(
            prep_objects(governor, "from") or prep_objects(noun, "from"))


def unnamed_assailant(event: Event) -> bool:
    """Whether an act's doer is the stand-in for an assailant nobody named: the state it
    happened in, placed there with no words of its own ("was shot dead near the Kremlin")."""
    return event.source.sector is None and not event.source.text and \
        event.target is not None and event.target.country == event.source.country


def countering(token) -> bool:
    """Whether an act word answers a blow: "counterattacked", "a counter-attack"."""
    doc = token.doc
    return token.lower_.startswith("counter") or (
        token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "counter")


def fellow_doers(event: Event, earlier: list[Event], own: set) -> list[Actor]:
    """The doers of an earlier act a comment answers, all of them where several did it
    together ("the United States, Britain and France fired missiles ... Putin condemned
    the strikes" is aimed at each), other than the commenter."""
    doers: list[Actor] = []
    for other in earlier:
        key = other.source.country or other.source.org
        if other.char_span == event.char_span and other.cameo_code == event.cameo_code and \
                key not in own and key not in {d.country or d.org for d in doers}:
            doers.append(other.source)
    return doers or [event.source]


def event_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def faceless(actor: Actor) -> bool:
    """Whether an actor is a doer the text does not name ("a suicide bomber", "gunmen"),
    placed in a country only by where it struck."""
    return actor.name is None and not (actor.person or actor.org or actor.role)


def claimed_attacks(events: list[Event]) -> list[Event]:
    """Attacks by faceless doers that a named group later claims are the group's: "a suicide
    bomber rammed a convoy ... Jaish-e-Mohammed claimed the attack" is the group's attack
    (CAMEO codes the perpetrator the claim names, not the country struck)."""
    claims = [e for e in events if e.cameo_code.startswith("015") and e.target is not None
              and not faceless(e.source) and (e.source.country or e.source.org)]
    if not claims:
        return events
    owned = []
    for event in events:
        struck = event.target.country or event.target.org if event.target else None
        claim = next((c for c in claims if c.sentence_index >= event.sentence_index
                      and struck and (c.target.country or c.target.org) == struck), None)
        if claim is not None and event.cameo_root in ("18", "19", "20") and \
                faceless(event.source):
            event = replace(event, source=claim.source, event_id=event_id(
                event.event_id, claim.source.code))
        owned.append(event)
    return owned


#: Codes whose act needs another party: a state does not visit, host, consult, mediate for
#: or defy itself (none of the gold sets codes one to itself; asylum seekers "sent to" a
#: place in their host's country are no visit of that country to itself).
OUTWARD_CODES = ("040", "041", "042", "043", "045", "128")


def stateless(actor: Actor) -> bool:
    """Whether an actor is an armed group of no one state (al-Qaeda: CAMEO's IMG, an
    international militarised group)."""
    return bool(actor.org) and not actor.country and actor.code.startswith("IMG")


def toward_others(events: list[Event]) -> list[Event]:
    """The events, less those of a kind that needs another party but found its target in
    the doer's own country (a misplaced domestic group, a venue at home)."""
    def to_itself(event: Event) -> bool:
        target = event.target
        return target is not None and event.cameo_code[:3] in OUTWARD_CODES and \
            not event.source.org and not target.org and \
            event.source.country is not None and event.source.country == target.country
    return [e for e in events if not to_itself(e)]


def once_each(events: list[Event]) -> list[Event]:
    """The events with one of each act a sentence tells twice: "struck Brussels airport,
    killing 31 people" is one bombing of Belgium, "was shot and killed" one assassination,
    however many of its verbs code it (the same doer, target, code and date in one
    sentence; two people shot, each named, are two acts)."""
    seen: dict[tuple, list[tuple]] = {}
    kept = []
    for event in events:
        target = event.target
        key = (event.sentence_index, event.source.country, event.source.org,
               target.country if target else None, target.org if target else None,
               event.cameo_code, event.date, event.negated, event.hypothetical)
        people = (event.source.person, target.person if target else None)
        if any(all(a == b or a is None or b is None
                   for a, b in zip(people, other, strict=True))
               for other in seen.get(key, [])):
            continue
        seen.setdefault(key, []).append(people)
        kept.append(event)
    return [e for e in kept if not completed_attempt(e, kept) and not told_toll(e, kept)
            and not hostage_siege(e, kept) and not crackdown_retold(e, kept)]


def crackdown_retold(event: Event, events: list[Event]) -> bool:
    """Whether a crackdown (175) the sentence before already told, by the same forces on
    the same people that day, is told again ("troops moved to clear the protesters.
    Soldiers fired tear gas and live rounds"): one crackdown."""
    if not event.cameo_code.startswith("175"):
        return False
    target = event.target.code if event.target else None
    return any(e.cameo_code.startswith("175") and e.sentence_index == event.sentence_index - 1
               and e.source.code == event.source.code and e.date == event.date and
               (e.target.code if e.target else None) == target for e in events)


def hostage_siege(event: Event, events: list[Event]) -> bool:
    """Whether a seizure of a place (171) is the start of a hostage-taking the sentence
    codes by the same doer ("seized a school and took hundreds of children hostage" is one
    abduction, 181)."""
    return event.cameo_code.startswith("171") and any(
        other.cameo_code.startswith("181") and other.sentence_index == event.sentence_index
        and other.source.code == event.source.code for other in events)


#: Participles that add an attack's toll: "pounded the compounds, killing 200 people".
TOLL_WORDS = frozenset({"killing", "wounding", "injuring", "leaving"})


def told_toll(event: Event, events: list[Event]) -> bool:
    """Whether the event is only the toll of a violent act the sentence already codes
    between the same sides ("warplanes pounded Gaza, killing 200 people" is one attack,
    whatever code each verb gives it)."""
    if (event.trigger or "").lower() not in TOLL_WORDS or event.cameo_root not in (
            "18", "19", "20") or event.cameo_code.startswith(("185", "186")):
        return False  # (but "fired missiles at Yassin, killing him" is his assassination)

    def sides(e: Event) -> tuple:
        return (e.sentence_index, e.source.country or e.source.org,
                (e.target.country or e.target.org) if e.target else None)
    return any(other is not event and sides(other) == sides(event) and
               other.cameo_root in ("18", "19", "20") and
               (other.trigger or "").lower() not in TOLL_WORDS for other in events)


def completed_attempt(event: Event, events: list[Event]) -> bool:
    """Whether an attempt on a life (185) is one a killing (186) of the same person, by the
    same state, in the same sentence completes ("was shot and killed")."""
    if not event.cameo_code.startswith("185"):
        return False

    def victim(e: Event) -> tuple:
        return (e.sentence_index, e.source.country, e.target.country if e.target else None)
    person = event.target.person if event.target else None
    return any(k.cameo_code.startswith("186") and victim(k) == victim(event) and (
        person is None or k.target is None or k.target.person in (None, person))
        for k in events)


# -- parse helpers ------------------------------------------------------------------------
def brokered_thing(participle):
    """What "brokered by X" qualifies: its head noun, or, when the parser hung it on the
    last party ("a truce between A and B, brokered by the UN"), the noun of "between"."""
    head = participle.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "between" and head.head.head.i != head.i:
        return head.head.head
    if head.pos_ in ("VERB", "AUX") and children(head, "dobj"):
        return children(head, "dobj")[0]  # "signed a peace deal on Friday, brokered by X"
    return participle.head


def condition_mark(word) -> bool:
    """Whether a word opens a condition ("if", "unless"): its clause is no act told."""
    return word.dep_ == "mark" and word.lower_ in CONDITIONS


def aimed_elsewhere(token, pattern: Pattern) -> bool:
    """Whether the act names a state as its target, in the slot its pattern reads the
    target from, though no actor was resolved there ("imposed a blockade on the country")."""
    return pattern.target not in ("auto", "dobj", "none", "about") and any(
        w.pos_ == "NOUN" and w.lemma_.lower() in STATE_NOUNS
        for w in slot_tokens(token, pattern.target, pattern.kind))


def two_sides(a: Actor, b: Actor) -> bool:
    """Whether two coordinated actors are two sides of an act: different states or
    organisations, or a state's government or forces and an armed group, party, opposition
    or crowd of the same country ("Sudan's army and the Rapid Support Forces signed a
    ceasefire")."""
    if (a.country or a.org) != (b.country or b.org):
        return True
    if a.person and b.person and a.person != b.person and not (a.role or b.role) and \
            min(len(a.person.split()), len(b.person.split())) > 1:
        # "rival candidates Ashraf Ghani and Abdullah Abdullah signed a power-sharing deal":
        # two people of one country, not both in its offices, are two sides
        return True
    if a.code == b.code:
        return False
    sectors = {a.sector, b.sector}
    # "clashes between her supporters and police": the state's forces and a crowd;
    # "President Kibaki and opposition leader Odinga signed": the government and someone
    # outside it (a known person in no office)
    return bool(sectors & INSURGENT_SECTORS) or (
        bool(sectors & {"COP", "MIL"}) and bool(sectors & {"CVL", "OPP"})) or (
        # "Angola and UNITA signed a peace accord": the state and a party outside it
        bool(sectors & {"GOV", None}) and bool(sectors & {"OPP", "PTY"})) or (
        bool(sectors & {"GOV", "MIL"}) and None in sectors and
        any(x.sector is None and not x.role and x.person and x.name for x in (a, b)))


def span_count(span) -> int:
    """How many units a span of time counts: 2 for "two days", 1 for "a week" or "days"."""
    return next((DURATION_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                 for c in span.children if c.dep_ in ("nummod", "det")), 1)


def lag_days(trigger, act) -> int | None:
    """Days between an act and the clause it hangs from, when the text states them: "a day
    after police killed" is -1, "two days before the vote" +2, "hours after" 0."""
    link = next((c for c in act.children if c.dep_ == "mark"
                 and c.lower_ in ("after", "before")), None)
    if link is None and trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "before"):
        link = trigger.head  # "a day after rare protests"
    if link is None and trigger.dep_ in ("relcl", "acl") and trigger.head.dep_ == "pobj" and \
            trigger.head.head.lower_ in ("after", "before"):
        link = trigger.head.head  # "two days after the US strike that killed Soleimani"
    if link is None:
        return span_earlier_or_later(act)
    spans = [c for c in act.children if c.dep_ == "npadvmod"] + \
        [c for c in link.children if c.dep_ == "npadvmod"]
    if link.head.dep_ == "npadvmod":
        spans.append(link.head)
    for span in spans:
        unit = span.lemma_.lower()
        if unit not in ("day", "week", "hour", "minute"):
            continue
        count = span_count(span)
        days = {"day": count, "week": 7 * count}.get(unit, 0)
        return -days if link.lower_ == "after" else days
    return None


def lays_blame(clause, words: frozenset, deps: tuple[str, ...]) -> bool:
    """Whether a "be" clause lays blame on its subject: "was behind the strikes", or a
    complement among ``words`` ("was responsible for", "was the source of")."""
    return clause.lemma_.lower() == "be" and (
        any(c.lower_ == "behind" for c in children(clause, "prep")) or
        any(c.lemma_.lower() in words for c in children(clause, *deps)))


def year_named(noun) -> str | None:
    """The year an event noun is named for ("the 2008 assault", "the 1995 massacre"), or
    None."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((m.text for m in noun.children if m.i < noun.i and
                 m.dep_ in ("nummod", "compound", "amod", "nmod") and
                 re.fullmatch(r"(?:19|20)\d\d", m.text)), None)


def purpose_clauses(verb) -> list:
    """The verb's "to" clauses of purpose: "sent troops to help fight", "arrived to restore
    order"."""
    return [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
            and any(a.lower_ == "to" for a in children(c, "aux"))]


def span_earlier_or_later(act) -> int | None:
    """Days between an act and the clause it hangs from when the act says "two days
    earlier" or "a week later" ("the soldiers who detained Keita two days earlier",
    said on Thursday): -2, +7; else None. (In a sentence's main clause such words count
    from the act told before it, see ``date_told_before``.)"""
    if act.head.i == act.i:
        return None
    for adverb in act.children:
        if adverb.dep_ != "advmod" or adverb.lower_ not in ("earlier", "before", "later"):
            continue
        for span in children(adverb, "npadvmod"):
            unit = span.lemma_.lower()
            if unit not in ("day", "week"):
                continue
            days = span_count(span) * (7 if unit == "week" else 1)
            return days if adverb.lower_ == "later" else -days
    return None


def nationals(text: str) -> bool:
    """Whether a mention names people by nationality or as people ("dozens of Bolivians",
    "hundreds of people"), not a place ("the district of Tottenham") or one person."""
    words = text.split()
    return bool(words) and ((words[-1][:1].isupper() and words[-1].endswith("s"))
                            or words[-1].lower() == "people")


def rebellious(actor: Actor) -> bool:
    """Whether a mention names a state's forces in revolt ("mutinous troops", "renegade
    soldiers"): fighting them is fighting at home, though both sides have one code."""
    return any(w in REBELLIOUS for w in actor.text.lower().split())


def by_phone(verb) -> bool:
    """Whether an act is done in a telephone or video call ("apologised in a telephone
    call", "told him by phone")."""
    for prep in children(verb, "prep"):
        if prep.lower_ not in ("in", "during", "by", "over", "via"):
            continue
        for thing in children(prep, "pobj"):
            words = {thing.lemma_.lower(), *(c.lemma_.lower() for c in thing.children
                                             if c.dep_ in ("compound", "amod"))}
            if words & DISTANT_TALKS and (thing.lemma_.lower() in DISTANT_TALKS or
                                          thing.lemma_.lower() in ("call", "conversation")):
                return True
    return False


def public_figure(actor: Actor) -> bool:
    """A named person or the holder of an office ("the army chief", "the governor"):
    killing one is an assassination, attacking one an attempt on a life."""
    return bool(actor.person or actor.role)


class Coder:
    """Codes documents; one instance per process (patterns and knowledge loaded once)."""

    def __init__(self, actor_resolver: Resolver | None = None) -> None:
        self.resolver = actor_resolver or resolver()
        self.cues = cues()
        self.codes = cameo_codes()
        #: heads that make force a threat: the threat cues, "ready", "prepared"
        self.threatening = THREATENING | self.cues["threat"]
        #: verbs of saying or finding that may allege atrocities (not of owning up to them)
        self.alleging = (self.cues["speech"] | FINDING_VERBS) - ADMITTING

    # -- actors -----------------------------------------------------------------------
    def actors(self, tokens: Iterable, on: date, context: Context, *,
               locative: bool = False) -> list[Actor]:
        """Actors the tokens stand for, one per coordinated member.

        ``locative`` lets a place stand in for its country ("a camp in Pakistan")."""
        found: list[Actor] = []
        sent = getattr(self, "_prior", (None,))[0]
        for token in tokens:
            if sent is not None and token.i < sent.start and \
                    token.i in getattr(self, "_doers", {}):
                # a doer of an earlier sentence, as it was read there
                found.extend(self._doers[token.i])
                continue
            if token.pos_ in ("VERB", "AUX", "ADP", "SCONJ") and not (
                    token.dep_ in NOUN_DEPS and children(token, "det")):
                continue  # (but "at the United Nations building" is a noun the tagger
                # read as a verb)
            group = self.plural_antecedent(token) if token.lower_ in ("they", "them") \
                else []
            if not group and token.lower_ == "them" and token.dep_ in ("dobj", "dative"):
                group = self.object_antecedent(token)
            if group:  # "the leaders of Mali, Burkina Faso and Niger ... they announced"
                found.extend(self.actors(group, on, context, locative=locative))
                continue
            launched = self.launched_from(token, on, context)
            if launched is not None:  # "a mortar bomb fired from Syria": Syria's
                found.append(launched)
                continue
            other = self.someone_else(token, on, context)
            if other is not None:  # "ElBaradei called him a new pharaoh": not himself
                found.append(other)
                continue
            owner = self.thing_owner(token, on, context) or \
                self.relative_owner(token, on, context)
            if owner is not None:  # "shot down an Indian jet and captured its pilot"
                found.append(owner)
                continue
            glued = glued_pair(token)
            if glued:  # "Donald Trump and European Commission President Ursula von der
                # Leyen" read by the parser as one name: two actors
                parts = [self.resolver.resolve(text, on, context) for text in glued]
                if all(p is not None and (p.country or p.org) for p in parts):
                    found.extend(parts)
                    continue
            phrase = self.speakers_own(phrase_text(token), token, on, context)
            here = self.context_before(token, on, context) \
                if phrase.split()[0].lower() in ANAPHORIC_STARTS else context
            actor = self.resolver.resolve(phrase, on, here)
            if actor is not None and token.dep_ == "conj" and any(
                    c.lower_ == "other" for c in token.children) and any(
                    f.code == actor.code or (actor.sector == f.sector and not (
                        actor.country or actor.org)) for f in found):
                continue  # "Hamas and other militant groups": Hamas is one of them
            if actor is None:
                appos = children(token, "appos")
                actor = self.resolver.resolve(phrase_text(appos[0]), on, context) \
                    if appos else None
                if actor is None and appos and token.pos_ == "NOUN" and \
                        appos[0].ent_type_ == "PERSON":
                    # "the opposition figurehead Maria Kolesnikova": someone the knowledge
                    # base does not know, placed as below
                    name = phrase_text(appos[0])
                    found.append(Actor(text=name, code="", name=name, person=name))
                    continue
                if actor is None and appos and token.ent_type_ == "PERSON":
                    # "Kim Yo Jong, the sister of North Korea's leader": a person of the
                    # country her description names
                    described = self.described(token, on, context)
                    if described is not None and described.country:
                        name = phrase_text(token)
                        actor = Actor(text=name, code=described.country, name=name,
                                      country=described.country, person=name)
            if actor is None and token.ent_type_ == "PERSON":
                # Someone the knowledge base does not know: an individual of no known
                # country, placed by the other side of the event (see ``domestic``).
                name = token.doc[token.left_edge.i:token.i + 1].text \
                    if token.ent_iob_ != "O" else token.text
                found.append(Actor(text=name, code="", name=name, person=name))
                continue
            if actor is None and token.pos_ == "NOUN" and \
                    token.lemma_.lower() in ("sideline", "margin", "eve", "sidelines"):
                continue  # "on the sidelines of the G20 summit": a setting, not the G20
            if actor is None and token.pos_ == "NOUN":
                # A thing stands for its owner or author: "the decision by OPEC",
                # "Russia's decision", "the killing of Soleimani"; with ``locative`` also a
                # place for its country ("a camp in Pakistan").
                # "diplomats from Chile"; "seven countries, including Argentina and Peru"
                preps = ("by", "of", "from", "including", *LOCATIVE_PREPS) if locative else \
                    ("by", "of", "from", "including")
                holders = [token, token.head] if token.dep_ == "oprd" else [token]
                # the first phrase that names owners names all of them ("imports from the
                # EU and Mexico")
                owners = [[p] for p in children(token, "poss")] + [
                    prep_objects(h, p) for h in holders for p in preps] + [
                    # "targets linked to Syria's chemical weapons programme"
                    prep_objects(a, "to") for a in affiliations(token)
                ] + [  # "a uranium mine run by the French group Orano"
                    prep_objects(a, "by") for a in children(token, "acl", "relcl")
                    if a.lemma_.lower() in OWNING]
                for group in owners:
                    owned = self.actors(group, on, context, locative=locative)
                    if owned:
                        found.extend(owned)
                        break
                continue
            if actor is None:
                continue
            actor = self.named_apart(token, actor, on, context)
            if not (actor.country or actor.org) and children(token, "appos"):
                # "Conservative activist Charlie Kirk, a close ally of Donald Trump": placed
                # by whom the apposition ties him to
                described = self.described(token, on, context)
                if described is not None and described.country:
                    actor = replace(homed(actor, described.country),
                                    person=actor.person or phrase_text(token))
            several = self.several_owners(token, actor, on, context)
            if several:  # "the leaders of both countries", "of Japan and South Korea"
                found.extend(several)
                continue
            if not (actor.country or actor.org or actor.person) and actor.sector:
                actor = self.owned_by(token, actor, on, context)
            if not (actor.country or actor.org or actor.person) and \
                    actor.sector in STATE_SECTORS and actor.sector:
                envoys = self.sent_from(token, actor, on, context)
                if envoys:  # "diplomats from seven countries, including Chile and Peru"
                    found.extend(envoys)
                    continue
            if not (actor.country or actor.org or actor.person) and actor.sector and \
                    token.dep_ == "conj" and found and found[-1].org and \
                    not found[-1].country and found[-1].text.lower() != "its":
                continue  # "NATO helicopters and jets": the bloc's jets, already counted
            if not (actor.country or actor.org or actor.person) and (
                    actor.sector not in STATE_SECTORS or actor.sector in HOME_BODIES
                    or token.lemma_.lower() in RULERS):
                actor = self.placed(token, actor, on, context)
            if not (actor.country or actor.org) and actor.sector and token.dep_ == "conj" \
                    and found and found[-1].country and found[-1].text.lower() != "its":
                actor = homed(actor, found[-1].country)  # "Iranian missiles and drones"
            if actor.countries:
                pair = self.subject_pair(token, on, context)
                if pair:  # "India and Pakistan agreed ..., after days of strikes between
                    found.extend(pair)  # the neighbours": the pair the sentence is about
                    continue
                found.extend(state(c, actor.text) for c in actor.countries)
                continue
            found.append(actor)
            found.extend(self.modifier_conjuncts(token, actor, on, context))
        return found

    def subject_pair(self, token, on: date, context: Context) -> list[Actor]:
        """The two or more states coordinated as the subject of the sentence's main verb,
        when a plural group word ("the neighbours") stands outside that subject."""
        root = token.sent.root
        # ("India and Pakistan agreed to a ceasefire, Donald Trump announced, after ...":
        # the reported clause's subject)
        for verb in [root, *children(root, "ccomp", "parataxis")]:
            heads = subjects(verb)
            if any(token.i in (t.i for t in h.subtree) for h in heads):
                return []
            states = [a for a in self.actors(heads, on, context) if a.country and not a.org]
            if len({a.country for a in states}) >= 2:
                return states
        return []

    @staticmethod
    def accused_of(noun, by_token: dict) -> bool:
        """Whether an event noun lies in what an accusation says someone did ("accusing the
        bloc of becoming a threat to its members")."""
        walk = noun
        for _ in range(6):
            if walk.head.i == walk.i:
                return False
            if walk.dep_ == "pcomp" and walk.head.lower_ == "of":
                outer = walk.head.head
                return outer.i in by_token and by_token[outer.i].code[:2] == "11"
            walk = walk.head
        return False

    def other_visitor(self, noun, hosts: list[Actor], on: date, context: Context
                      ) -> list[Actor]:
        """For "his visit" whose "his" came out as the host: the person of another state
        named in the sentence."""
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
            return []
        home = {t.country for t in hosts}
        people = [t for t in noun.sent if t.ent_type_ == "PERSON" and t.dep_ in (
            "dobj", "pobj", "nsubj", "conj", "appos") and t.i < noun.i]
        return [a for a in self.actors(people, on, context)
                if a.country and a.country not in home and a.person][-1:]

    def launched_from(self, token, on: date, context: Context) -> Actor | None:
        """The state a projectile or bomb of no stated owner was fired from ("a mortar bomb
        fired from Syria", "rockets launched from Lebanon"), or None."""
        if token.lemma_.lower() not in PROJECTILES | EXPLOSIVES:
            return None
        places = [o for c in children(token, "acl") if c.lemma_.lower() in LAUNCHING
                  for o in prep_objects(c, "from")]
        found = [a for a in self.actors(places, on, context, locative=True) if a.country]
        return state(found[0].country) if found else None

    def names_a_place(self, actor: Actor) -> bool:
        """Whether an actor of no sector is named by a place within its state ("Homs",
        "the city of Kirkuk", "the capital"), not by the state's own name."""
        if actor.sector or actor.person or actor.org or not actor.text:
            return False
        words = set(actor.text.lower().split())
        return bool(words & PLACE_NOUNS) or any(
            e.kind in ("place", "capital") for e in self.resolver.kb.lookup(actor.text))

    def someone_else(self, token, on: date, context: Context) -> Actor | None:
        """The person an object "him" or "her" stands for when the clause's subject is a
        person: an earlier one, since the subject would be "himself" ("Morsi issued a
        decree. ElBaradei called him a new pharaoh" is Morsi). None when the plain reading
        stands (no person subject, or no other person before)."""
        if token.lower_ not in ("him", "her") or token.dep_ not in ("dobj", "dative"):
            return None
        subject = next(iter(self.actors(subjects(token.head), on, context)), None)
        if subject is None or not subject.person:
            return None
        here = self.context_before(token, on, context)
        name = next((n for n in reversed(here.persons) if n != subject.person), None)
        return self.resolver.resolve(name, on, here) if name else None

    def thing_owner(self, token, on: date, context: Context) -> Actor | None:
        """The people of a thing "its" points back to in a second coordinated act: "shot
        down an Indian fighter jet and captured its pilot" is India's pilot (a thing the
        first act struck, named with its state), not the shooter's."""
        verb = token.head
        if token.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.i == verb.i or not any(
                c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
            return None
        things = [o for o in children(verb.head, "dobj") if o.pos_ == "NOUN"]
        owners = [a for a in self.actors(things, on, context) if a.country and not a.org]
        if not owners:
            return None
        phrase = phrase_text(token)
        found = self.resolver.resolve(phrase[4:], on, context) if \
            phrase.lower().startswith("its ") else None
        return homed(found, owners[0].country) if found is not None and not found.country \
            else state(owners[0].country, phrase)

    def relative_owner(self, token, on: date, context: Context) -> Actor | None:
        """Whose "whose" means: "flew into exile in Nigeria, whose president had offered
        him asylum" is Nigeria's president (the noun the relative clause hangs on)."""
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
            return None
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        owners = [a for a in self.actors([clause.head], on, context) if a.country] \
            if clause is not None else []
        if not owners:
            return None
        phrase = phrase_text(token)
        rest = phrase.split(" ", 1)[1] if phrase.lower().startswith("whose ") else phrase
        found = self.resolver.resolve(rest, on, context)
        if found is not None and (found.country or found.org):
            return found
        return homed(found, owners[0].country) if found is not None \
            else state(owners[0].country, phrase)

    @staticmethod
    def object_antecedent(pronoun) -> list:
        """The people an object "them" points back to: the nearest plural object before it
        ("Iran released ten US Navy sailors, a day after the Guards detained them")."""
        doc = pronoun.doc
        start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 \
            else pronoun.sent.start
        for token in reversed(list(doc[start:pronoun.i])):
            if token.dep_ in ("dobj", "nsubjpass") and token.tag_ in ("NNS", "NNPS") and \
                    token.head.i != pronoun.head.i:
                return [token]
        return []

    @staticmethod
    def plural_antecedent(pronoun) -> list:
        """The coordinated subjects "they" points back to: the nearest subject before it,
        in its sentence or the one before, that names two or more."""
        doc = pronoun.doc
        start = pronoun.sent.start
        earlier = doc[doc[start - 1].sent.start:start] if start > 0 else doc[0:0]
        # an object pronoun is never its own clause's subject ("the vote that Baghdad,
        # Ankara and Tehran urged them to call off": not the three)
        own_clause = pronoun.head.i if pronoun.dep_ in ("dobj", "dative", "iobj") else None
        for span in (doc[start:pronoun.i], earlier):
            for token in reversed(list(span)):
                if token.dep_ in ("nsubj", "nsubjpass") and token.i < pronoun.i and \
                        token.head.i != own_clause:
                    group = with_conjuncts([token])
                    owners = with_conjuncts(prep_objects(token, "of")[:1])
                    if len(group) > 1:
                        return group
                    if len(owners) > 1 and token.tag_ == "NNS":
                        return [token]  # "the leaders of A, B and C"
        return []

    def described(self, token, on: date, context: Context) -> Actor | None:
        """The actor the token's apposition describes, read whole ("the sister of North
        Korea's leader", "a close ally of Donald Trump")."""
        appos = children(token, "appos")
        return self.resolver.resolve(" ".join(t.text for t in appos[0].subtree), on,
                                     context) if appos else None

    def named_apart(self, token, actor: Actor, on: date, context: Context) -> Actor:
        """The person an apposition names, where the title before it was read as another
        office-holder: "freed the pro-democracy leader Aung San Suu Kyi" is not the
        country's ruler. The name resolved on its own wins; unknown, it is a person of the
        title's country. Any other actor is returned as it is."""
        if token.pos_ == "NOUN":
            named = [a for a in children(token, "appos") if a.ent_type_ == "PERSON"]
        else:  # "the pro-democracy leader Maria Kolesnikova", the title a compound
            named = [token] if token.ent_type_ == "PERSON" and any(
                c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children) else []
        if not (named and actor.person):
            return actor
        name = " ".join(w.text for w in named[0].subtree if w.ent_type_ == "PERSON")
        if set(name.lower().split()) & set(actor.person.lower().split()):
            return actor
        own = self.resolver.resolve(name, on, context)
        if own is not None and (own.country or own.org):
            return own
        return Actor(text=name, code=actor.country or "", name=name,
                     country=actor.country, person=name)

    def several_owners(self, token, actor: Actor, on: date, context: Context
                       ) -> list[Actor]:
        """The states a plural group word belongs to when its "of" names more than one:
        "the leaders of both countries" (the two states last named), "the leaders of Japan
        and South Korea" (each state's office). Empty for one owner or none."""
        owners = prep_objects(token, "of")
        if token.tag_ != "NNS" or not owners:
            return []
        group = self.resolver.resolve(phrase_text(owners[0]), on, context)
        if group is not None and group.countries:
            pair = self.subject_pair(token, on, context)
            if pair:
                # "Xi and Ma shook hands in Singapore at the first meeting between leaders
                # of the two sides": the pair the sentence is about
                return pair
            # not the state of the sentence's subject: "Putin held talks with the leaders
            # of both countries" are the two states named before Putin
            distinct: list[str] = []
            for iso in reversed(context.countries):
                if iso not in distinct and iso != context.subject_country:
                    distinct.append(iso)
            states = distinct[:2] if len(distinct) >= 2 else list(group.countries)
            return [state(c, phrase_text(owners[0])) for c in states]
        if not (actor.sector or actor.role):
            return []
        named = [a for a in self.actors(with_conjuncts(owners[:1]), on, context)
                 if a.country and not a.org]
        if len(named) < 2:
            return []
        office = replace(actor, country=None, person=None, name=None)
        return [homed(office, a.country) for a in named]

    @staticmethod
    def other_state(target: Actor, sources: list[Actor], context: Context) -> Actor:
        """"The Solomon Islands cut ties with Taiwan ..., and Taiwan said it was ending
        relations with the Pacific nation": a state named by an anaphor is not the actor
        itself but the state the sentence is about, or else the last other one named."""
        own = {a.country for a in sources}
        if target.country not in own or not COUNTRY_ANAPHOR.match(target.text.lower()):
            return target
        other = context.subject_country if context.subject_country not in own else next(
            (a.country for a in reversed(context.recent) if a.country and a.country not in own),
            None)  # the state the sentence is about, else the last other one named
        return state(other, target.text) if other else target

    @staticmethod
    def of_subject_state(actor: Actor, context: Context) -> Actor:
        """An official titled without a country ("with Foreign Minister Ali Hassan
        accusing ...") serves the state the sentence is about: its subject's."""
        home = context.subject_country
        if not home or actor.country or actor.org or not actor.role:
            return actor
        return homed(actor, home)

    def owned_by(self, token, actor: Actor, on: date, context: Context) -> Actor:
        """A group word whose "of" names its state or bloc: "the leaders of the Mercosur
        bloc" are the bloc, "the army of Sudan" Sudan's army."""
        owners = self.actors(prep_objects(token, "of")[:1], on, context) or [
            a for a in self.actors(prep_objects(token, "at")[:1], on, context) if a.org]
        # ("judges at the International Criminal Court" are the court's)
        owner = owners[0] if owners else None
        if owner is None or not (owner.country or owner.org):
            return actor
        return owner if owner.org else homed(actor, owner.country)

    def sent_from(self, token, actor: Actor, on: date, context: Context) -> list[Actor]:
        """Officials "from" a state are that state's: "diplomats from Chile", "diplomats
        from seven countries, including Argentina and Peru" (each of them)."""
        places = prep_objects(token, "from")
        if not places and token.dep_ == "dobj":  # the parser may hang "from seven
            places = [o for o in prep_objects(token.head, "from")  # countries" on the verb
                      if o.lemma_.lower() in ("country", "state", "nation")]
        owners = [a for a in self.actors(places, on, context) if a.country]
        return [homed(actor, a.country) for a in owners]

    def placed(self, token, actor: Actor, on: date, context: Context) -> Actor:
        """A group of no stated country belongs to the place its phrase puts it in:
        "armed groups in Myanmar's Shan state", "protesters in Bishkek", those who rule
        there ("the junta in Niger") and its courts and police ("a court in Paris"). Not so
        a state's other bodies ("troops in Syria" are seldom Syria's)."""
        places = [o for p in ("in", "from") for o in prep_objects(token, p)]
        home = next((a.country for a in self.actors(places, on, context, locative=True)
                     if a.country), None)
        return actor if home is None else homed(actor, home)

    def speakers_own(self, phrase: str, token, on: date, context: Context) -> str:
        """In reported speech "its" is the speaker's: "Pakistan said its air force had
        shot down Indian jets" is Pakistan's air force, not the first state named."""
        if not phrase.lower().startswith("its "):
            return phrase
        walk = token
        while walk.head.i != walk.i:
            if walk.dep_ == "ccomp" and walk.head.lemma_.lower() in self.cues["speech"]:
                speakers = [t for t in subjects(walk.head) if t.ent_type_ in NAME_LABELS]
                found = self.resolver.resolve(phrase_text(speakers[0]), on, context) \
                    if speakers else None
                if found is not None and found.country and not found.person:
                    name = self.resolver.kb.country_names.get(found.country, found.country)
                    return f"{name}'s {phrase[4:]}"
                return phrase
            walk = walk.head
        return phrase

    def modifier_conjuncts(self, token, actor: Actor, on: date, context: Context
                           ) -> list[Actor]:
        """Other actors coordinated inside one phrase: "Ukrainian and Russian delegations",
        "the foreign ministers of Armenia and Azerbaijan" -> one actor per country."""
        if not actor.country:
            return []
        heads = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        heads += [o for o in children(token, "prep") if o.lower_ == "of"
                  for o in children(o, "pobj")]
        more = []
        for head in heads:
            for conj in with_conjuncts([head])[1:]:
                # ("Australian and New Zealand troops": the second name is two words)
                other = self.resolver.resolve(conj.text, on, context) or \
                    self.resolver.resolve(phrase_text(conj), on, context)
                if other and other.country and other.country != actor.country:
                    sector = actor.sector
                    more.append(Actor(text=conj.text, code=other.country + (sector or ""),
                                      name=other.name, country=other.country, sector=sector,
                                      sectors=actor.sectors))
        return more

    @staticmethod
    def domestic(actors: list[Actor], others: list[Actor], fallback: str | None
                 ) -> list[Actor]:
        """A group with no country ("police", "protesters") belongs, by default, to the
        country of the other side of the event ("Police detained Zuma"), or else to the
        country the story last named."""
        # (not a foreign armed group's: "police said the Islamic State group was behind
        # the attack in Jakarta" are Indonesia's police, not Iraq's)
        home = next((a.country for a in others if a.country and not (
            a.sector == "REB" and fallback and a.country != fallback)), fallback)
        if home is None:
            return actors
        return [homed(a, home) if not a.country and not a.org and (a.sector or a.person)
                else a for a in actors]

    # -- flags ---------------------------------------------------------------------------
    def speech_of(self, token):
        """(speech verb, its subject tokens) if the trigger is reported speech, else None."""
        walk = token
        for _ in range(8):
            if walk.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and walk.head.i != walk.i:
                head = walk.head
                if head.lemma_.lower() in self.cues["speech"] and subjects(head):
                    return head, subjects(head)
            if walk.head.i == walk.i:
                break
            walk = walk.head
        for child in token.children:  # "X did Y, officials said" parsed with said below Y
            if (child.dep_ in ("parataxis", "ccomp", "advcl") and child.i > token.i
                    and child.lemma_.lower() in self.cues["speech"] and subjects(child)):
                return child, subjects(child)
        return None

    def is_negated(self, *tokens) -> bool:
        for tok in tokens:
            if tok is None:
                continue
            for child in tok.children:
                if child.dep_ == "neg" or (child.lower_ in ("never",) and child.dep_ == "advmod"):
                    return True
                if child.dep_ == "det" and child.lower_ == "no":
                    return True
        return False

    def is_hypothetical(self, *tokens, reported: bool = False) -> bool:
        for tok in tokens:
            if tok is None:
                continue
            for child in tok.children:
                if child.dep_ == "aux" and child.lemma_.lower() in self.cues["modal"]:
                    if reported and child.lower_ == "would":
                        continue  # "said it would resume": future in the past
                    return True
                if child.dep_ == "mark" and child.lower_ in self.cues["condition"]:
                    return True
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.cues["condition"]
                                           for c in tok.children):
                return True
        return False

    @staticmethod
    def may_do(verb) -> bool:
        """Whether the verb is under "could", "may" or "might"."""
        return any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might")
                   for c in verb.children)

    @staticmethod
    def is_future(*tokens, reported: bool = False) -> bool:
        future = ("will", "'ll", "shall", "would") if reported else ("will", "'ll", "shall")
        return any(c.dep_ == "aux" and c.lower_ in future
                   for tok in tokens if tok is not None for c in tok.children)

    def intent_head(self, verb):
        """The verb's governing intent or threat word ("plans to", "ready to", "threatened
        to"), or None."""
        while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "agreed to grant X and to open Y": both under "agreed"
        if verb is None or verb.head.i == verb.i:
            return None
        infinitive = verb.dep_ == "xcomp" or (
            verb.dep_ == "advcl" and to_infinitive(verb))  # "threatened on Tuesday to"
        if not infinitive and verb.dep_ != "ccomp":
            return None
        head = verb.head
        if head.lemma_.lower() in ("help", "assist") and head.dep_ == "xcomp" and \
                head.head.i != head.i:
            head = head.head  # "committing to help defend the Pacific nation"
        lemma = head.lemma_.lower()
        heads = self.cues["intent"] | self.cues["deliberate"] | self.cues["refuse"]
        if lemma in self.cues["threat"] and (infinitive or self.same_doer(verb, head)):
            return head
        if infinitive and lemma in heads:
            return head
        if infinitive and lemma in self.cues["decide"] and verb.lemma_.lower() in DELIVERIES:
            return head  # "voted to send an international force": sending still to come
        return None

    @staticmethod
    def same_doer(clause, head) -> bool:
        """Whether a clause under "warned that ..." is the warner's own act ("Iran warned
        it would retaliate": a threat) rather than someone else's ("warned that sending
        troops would risk war": a warning to its listener)."""
        doers = children(clause, "nsubj", "nsubjpass")
        warners = subjects(head)
        if not doers:
            return False
        doer = doers[0]
        if doer.dep_ == "nsubjpass" and not prep_objects(clause, "by"):
            return False  # "warned Cyprus that it could be targeted": the warning threatens
        return doer.lower_ in ("it", "they", "we", "he", "she", "i") or any(
            doer.lower_ == w.lower_ for w in warners)

    # -- the main loop -------------------------------------------------------------------
    def code(self, doc, article_id: str, published: date) -> list[Event]:
        """Every event in a parsed article."""
        context = Context()
        events: list[Event] = []
        self._history = events
        #: subject word -> the doers it was read as, for "It"/"They" in the next sentence
        self._doers: dict[int, list[Actor]] = {}
        for index, sent in enumerate(doc.sents):
            self._prior = (sent, context.copy(), {})
            self.resolver.scan(sent.text, published, context)
            events.extend(self.code_sentence(sent, index, article_id, published, context))
            events.extend(self.did_the_same(sent, index, article_id, published, context,
                                            events))
        return once_each(toward_others(claimed_attacks(events)))

    def did_the_same(self, sent, index: int, article_id: str, published: date,
                     context: Context, earlier: list[Event]) -> list[Event]:
        """"Britain recognised Palestine, and Portugal did the same": the last act, by a new
        actor (dated by its own clause)."""
        copies = []
        for verb in sent:
            if verb.lemma_.lower() != "do" or not any(
                    c.lower_ == "same" and c.dep_ in (*OBJECT_DEPS, "amod")
                    for c in verb.subtree):
                continue
            doers = self.actors(subjects(verb), published, context)
            done = [e for e in earlier if e.sentence_index <= index and
                    e.source.code not in {d.code for d in doers}]
            if not doers or not done:
                continue
            model = done[-1]
            found = dates.resolve(self.owned_text(verb, {verb.i}), published)
            for doer in doers:
                copies.append(replace(
                    model, source=doer, sentence=sent.text, sentence_index=index,
                    char_span=(sent.start_char, sent.end_char), trigger=verb.text,
                    date=found.value if found else model.date,
                    date_basis=found.basis if found else model.date_basis,
                    event_id=event_id(article_id, index, verb.i, doer.code,
                                      model.target.code if model.target else "",
                                      model.cameo_code)))
        return copies

    def read_up_to(self, token, end: int, on: date) -> Context | None:
        """What the text established up to word ``end`` of the sentence ``token`` is in:
        earlier sentences plus the sentence's start, read once per end; None outside the
        sentence being coded."""
        sent, prior, cache = getattr(self, "_prior", (None, None, None))
        if sent is None or not (sent.start <= token.i < sent.end):
            return None
        if end not in cache:
            cache[end] = self.resolver.scan(token.doc[sent.start:end].text, on, prior.copy())
        return cache[end]

    def context_before(self, token, on: date, context: Context) -> Context:
        """What the text established before this token: earlier sentences plus the start
        of this one. Pronouns and "the bloc" must not look ahead."""
        return self.read_up_to(token, token.left_edge.i, on) or context

    def home_country(self, token, on: date, context: Context) -> str | None:
        """The country a doer or victim of no stated country belongs to by default: the
        last one named up to the act ("Soldiers in Guinea seized power while the president
        was visiting Nigeria" is Guinea's coup), else the first the sentence names after it
        ("Rebels seized the Central African capital while the president was at a summit
        in Niger")."""
        read = self.read_up_to(token, token.i + 1, on)
        if read is not None and read.countries:
            prior = self._prior[1].countries
            if len(read.countries) > len(prior) or not prior:
                return read.countries[-1]
            # none named yet in its sentence ("... who is recovering in Morocco. Security
            # forces stormed the building"): the state the story has named most, the
            # later one on a tie, not the last one named in passing
            counts = Counter(prior)
            most = max(counts.values())
            return next(c for c in reversed(prior) if counts[c] == most)
        return context.countries[0] if context.countries else None

    def host_of_foreigners(self, token, targets: list[Actor], on: date, context: Context
                           ) -> list[Actor]:
        """Where faceless police or kidnappers act on people named as foreigners ("Police
        arrested a 39-year-old Polish man" in a story set in Copenhagen, "a gang kidnapped
        members of a US-based missionary group"): the other state the story names, not the
        victims' own."""
        foreign = {t.country for t in targets if t.country}
        if not foreign or not all(self.names_its_state(t, on) for t in targets
                                  if t.country):
            return []
        if any(t.text.split()[-1:] and t.text.split()[-1].lower() in PLACE_NOUNS
               for t in targets):
            return []  # "seized the Central African capital": a place, not foreigners
        before = self.context_before(token, on, context).countries
        other = next((c for c in [*reversed(before), *reversed(context.countries)]
                      if c not in foreign), None)
        return [state(other)] if other else []

    @staticmethod
    def sent_to_help(verb) -> bool:
        """Whether forces are sent somewhere to help, protect or restore order there."""
        if verb.lemma_.lower() not in ("send", "deploy", "dispatch", "fly"):
            return False
        return any(p.lemma_.lower() in HELPING for p in purpose_clauses(verb))

    @staticmethod
    def forces_arrive_to_help(verb) -> bool:
        """Whether forces arriving somewhere come to help: "Australian troops landed in Dili
        at the government's request", "soldiers of an AU peacekeeping force arrived in
        Mogadishu", "police arrived in Tonga to help restore order". Troops are no visitors,
        and one cannot tell a helper from an invader without such a cue."""
        if verb.lemma_.lower() not in ("arrive", "land", "fly", "come"):
            return False
        doers = [w for s in subjects(verb) for t in s.subtree
                 for w in (t.lemma_.lower(), t.lower_.rstrip("s"))]  # ("US Marines")
        if not set(doers) & ARRIVING_FORCES:
            return False
        if set(doers) & PEACEKEEPING:
            return True
        asked = [o for p in ("at", "on") for o in prep_objects(verb, p)
                 if o.lemma_.lower() in REQUEST_NOUNS]
        # (or the force it belongs to was "sent to protect food deliveries")
        sending = [t for t in verb.subtree if t.dep_ == "acl" and t.lemma_.lower() in (
            "send", "deploy", "dispatch")]
        return bool(asked) or any(p.lemma_.lower() in HELPING
                                  for v in [verb, *sending] for p in purpose_clauses(v))

    def findings_of_inquiry(self, verb) -> bool:
        """Whether inspectors or investigators state a finding: "investigators concluded
        that ...", "inspectors confirmed that ...", "inspectors found uranium particles"."""
        if verb.lemma_.lower() not in FINDING_VERBS | {"confirm", "verify", "report"}:
            return False
        doers = [t for s in subjects(verb)
                 for t in (s, *children(s, "compound"), *prep_objects(s, "of"))]
        return any(d.lemma_.lower() in INVESTIGATORS for d in doers) and bool(
            children(verb, "ccomp", "dobj"))

    def alleges_atrocities(self, verb) -> bool:
        """Whether a statement or finding says someone committed war crimes, genocide or
        crimes against humanity ("said the army had committed genocide", "found that both
        sides committed war crimes"); not one the speaker denies ("said it had not")."""
        if verb.lemma_.lower() not in self.alleging:
            return False  # ("acknowledged that its troops committed genocide": owned up to)
        # (a deed told first and attributed after, "Myanmar's army committed war crimes,
        # the UN said", is the news itself)
        return any(c.i > verb.i and c.lemma_.lower() in COMMITTING and not self.is_negated(c)
                   and any(o.lemma_.lower() in ATROCITIES for o in children(c, "dobj"))
                   for c in children(verb, "ccomp"))

    @staticmethod
    def told_to(verb) -> bool:
        """Whether a state or leader is told to do something ("Britain told Russia to
        withdraw", "Biden told Netanyahu to allow more aid in"): an order to one's own
        ("told his troops to advance") is the act itself, left to the causative rules."""
        return verb.lemma_.lower() in DIRECTING and any(
            o.ent_type_ in NAME_LABELS for o in children(verb, "dobj")) and any(
            c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)

    def alleged(self, token) -> bool:
        """Whether the word is the committing, or the crime committed, of an allegation of
        atrocities ("said X was committing genocide"), which the allegation codes."""
        verb = token.head if token.dep_ == "dobj" else token
        return verb.lemma_.lower() in COMMITTING and verb.dep_ == "ccomp" and \
            self.alleges_atrocities(verb.head)

    def claims_own_attack(self, verb) -> bool:
        """Whether the speaker says an attack was their own: its clause has "it", "they",
        "we" or "its/their/our ..." as the attacker ("said it had carried out the attacks",
        "confirmed that its jets had destroyed a reactor"), or calls the attack revenge
        ("said the massacre was revenge for the army's offensive")."""
        if verb.lemma_.lower() not in self.cues["speech"] | {"confirm"}:
            return False
        for clause in children(verb, "ccomp"):
            if self.is_negated(clause):
                continue
            doers = subjects(clause)
            if clause.lemma_.lower() == "be" and any(
                    d.lemma_.lower() in CLAIMABLE_ATTACKS
                    for d in doers) and any(
                    a.lemma_.lower() in RETALIATION | {"punishment"}
                    for a in children(clause, "attr")):
                return True
            own = any(d.lower_ in ("it", "they", "we") or any(
                p.lower_ in ("its", "their", "our") for p in children(d, "poss"))
                for d in doers)
            # (the attack already told: "it had carried out the attacks"; or an act owned
            # up to: "confirmed that its jets had destroyed ..."; not a new act reported:
            # "said its troops had killed Sinwar")
            done = best_pattern(clause)
            # ("said it had planted the device": the bomb already told)
            told = any(o.lemma_.lower() in CLAIMED_THINGS
                       and any(d.lower_ in ("the", "these", "those", "both")
                               for d in o.children)
                       for o in children(clause, "dobj"))
            owned_up = verb.lemma_.lower() == "confirm" and done is not None and \
                done.code.startswith(("18", "19", "20", "1712"))
            if own and (told or owned_up) and clause.tag_ in ("VBD", "VBN"):
                return True
        return False

    def answer_foretold(self, verb) -> bool:
        """Whether a clause of what someone says foretells their side's answer to an act:
        "said the United States would respond (accordingly)", "would retaliate", "would be
        forced to take countermeasures"."""
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.cues["speech"] or \
                not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll")
                        for c in verb.children) or self.is_negated(verb):
            return False
        lemma = verb.lemma_.lower()
        if lemma in ("respond", "retaliate", "react", "hit"):
            return lemma != "hit" or any(c.lower_ == "back" for c in verb.children)
        # ("would be forced to take countermeasures")
        return any(o.lemma_.lower() in COUNTERMEASURES for t in verb.subtree
                   for o in children(t, "dobj"))

    @staticmethod
    def forces_leave(verb) -> bool:
        """Whether troops leave a place: "left Mali", "pulled out of", "crossed the border
        out of Lebanon" with soldiers, troops or forces as the doers."""
        lemma = verb.lemma_.lower()
        if lemma not in ("leave", "quit", "exit", "depart", "cross") or verb.tag_ != "VBD":
            return False  # (troops that "will leave" or are told "to leave" have not left)
        doers = {t.lemma_.lower() for s in subjects(verb) for t in s.subtree}
        if not doers & ARRIVING_FORCES or passive(verb):
            return False
        if lemma in ("leave", "quit", "exit", "depart"):
            return bool(children(verb, "dobj") or prep_objects(verb, "from"))
        # ("crossed the border out of Lebanon": "out of" on the verb or on the border)
        return lemma == "cross" and any(
            t.lower_ == "out" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of"
            for t in verb.subtree)

    @staticmethod
    def answered_request(noun):
        """The act a request noun is the reason for ("arrived in Bangui at the request of
        the government", "at the government's request"), else None."""
        if noun.lemma_.lower() not in REQUEST_NOUNS or \
                noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "on", "upon"):
            return None
        act = noun.head.head
        return act if act.pos_ in ("VERB", "AUX") else None

    @staticmethod
    def elsewhere(verb) -> bool:
        """Whether a time clause's act may have happened away from its main clause's place:
        "burned shops across Paris days after police shot dead a man" is not told to be in
        Paris; but "recaptured the palace in Khartoum two years after the group overran
        it" is, as "it" and "the city" point back to the place."""
        pointing_back = any(o.pos_ == "PRON" or o.lemma_.lower() in PLACE_NOUNS
                            for o in children(verb, "dobj"))
        return bool(children(verb, "mark")) and not pointing_back

    @staticmethod
    def rival_sides(act) -> bool:
        """Whether the act's subject is one plural phrase naming a state's sides: "rival
        Libyan factions", "the warring parties", "the two sides"."""
        for subject in children(act, "nsubj"):
            words = {t.lower_ for t in subject.subtree}
            if subject.tag_ == "NNS" and subject.lemma_.lower() in (
                    "faction", "side", "party", "rival", "group", "camp") and \
                    words & {"rival", "warring", "two", "both", "feuding", "opposing"}:
                return True
        return False

    @staticmethod
    def each_side(act) -> bool:
        """Whether the act's subject is "each side", "both sides", "the two sides" or
        "each", with "the other" or "each other" as whom it is done to."""
        doers = {t.lower_ for s in children(act, "nsubj") for t in s.subtree}
        # ("each government blamed the other", "both countries")
        return bool(doers & {"each", "both", "two"}) and \
            bool(doers & {"side", "sides", "each", "both", "government", "governments",
                          "country", "countries", "capital", "capitals"}) and \
            any(t.lower_ == "other" for t in act.subtree if t.i > act.i)

    @staticmethod
    def visit_called_off(verb, pattern: Pattern) -> str | None:
        """042 or 044 when the verb calls off a visit or a meeting ("postponed a planned
        trip to Beijing", "called off a meeting with Duterte"), else None."""
        if pattern.kind != "V" or pattern.code != "160" or \
                verb.lemma_.lower() not in ("cancel", "postpone", "call", "scrap", "shelve"):
            return None
        things = {o.lemma_.lower() for o in children(verb, "dobj")}
        if things & {"visit", "trip", "tour", "stopover"}:
            return "042"
        return "044" if things & {"meeting", "summit"} else None

    @staticmethod
    def crowd_demand(verb) -> bool:
        """Whether a demand is voiced by a crowd in the street ("protesters demanded that
        he resign", "thousands demanded his resignation")."""
        return any(t.lemma_.lower() in CROWDS and t.lemma_.lower() not in ("worker", "farmer",
                                                                          "student")
                   for s in subjects(verb) for t in [s, *s.children] if t.dep_ != "poss")

    @staticmethod
    def manner_noun(noun, code: str) -> bool:
        """Whether an event noun names a manner or state, not an act of its own: a protest
        another act is done "in" or that is expressed ("stayed away in protest at the
        visit", "expressed strong protest"), a war one is "at" ("remain at war"), talks as
        a framework acts happen "under"."""
        lemma = noun.lemma_.lower()
        if code.startswith("14") and lemma == "protest":
            first = noun.head if noun.dep_ == "conj" else noun
            doing = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "in" \
                and first.head.head.pos_ in ("VERB", "AUX") else None
            # (but "a strike in protest", "walked off the job in protest" are the protest)
            done = best_pattern(doing) if doing is not None else None
            return (done is not None and not done.code.startswith("14")) or (
                first.dep_ == "dobj" and first.head.lemma_.lower() in EXPRESSING)
        if code.startswith("04") and noun.dep_ != "dobj" and any(
                c.lemma_.lower() in STALLED for c in noun.children
                if c.dep_ in ("amod", "compound")):
            # "voted for freezing membership talks": talks stopped, not held (but "agreed to
            # restart stalled talks" resumes them)
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "under" and code.startswith("04"):
            return True  # "suspended all activities under its dialogue with Australia"
        if noun.dep_ == "pobj" and noun.head.lower_ in ("through", "via") and \
                lemma not in BROKERING:
            return True  # "resolve their disputes through cooperation": a means, not an act
        if lemma == "exile" and noun.dep_ == "pobj" and noun.head.lower_ in ("into", "in"):
            return True  # "fled into exile", "lives in exile": a state one goes into
        if lemma == "war" and noun.text == "War" and noun.i != noun.sent.start:
            return True  # "since the Cold War", "the Second World War": a period's name
        return code.startswith("19") and lemma == "war" and noun.dep_ == "pobj" and \
            noun.head.lower_ == "at"

    @staticmethod
    def no_act_done(token, pattern: Pattern, found: list[Candidate]) -> bool:
        """Whether a matched trigger names no act of its own: an appeal in a purpose clause
        ("began a hunger strike to press the government"), force ruled out or not ("refused
        to rule out using force"), hosting troops or refugees ("a base hosting American
        forces"), or a record summing up the act just told ("flew to Beijing ..., the first
        visit to China by a G7 leader")."""
        code, kind = pattern.code, pattern.kind
        if code.startswith("02") and kind == "V" and token.dep_ == "advcl" and \
                token in purpose_clauses(token.head) and not children(token, "nsubj"):
            return True
        if code[:2] in ("18", "19", "20") and kind == "V" and any(
                a.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in a.children)
                for a in token.ancestors):
            return True
        if code == "043" and token.lemma_.lower() == "host" and any(
                o.lemma_.lower() in HOSTED_NOT_GUESTS for o in children(token, "dobj")):
            return True
        return kind == "N" and token.dep_ in ("appos", "npadvmod") and any(
            c.lower_ == "first" for c in token.children if c.dep_ == "amod") and any(
            c.code == code for c in found)

    @staticmethod
    def calls_it_something(verb) -> bool:
        """Whether "called X" names what X is ("called Trudeau weak", "called him a great
        leader", "called Kim \"little rocket man\""), not a telephone call to X."""
        if children(verb, "oprd", "acomp", "attr", "ccomp", "xcomp"):
            return True
        objects = children(verb, "dobj")
        after = verb.doc[objects[-1].i + 1] if objects and \
            objects[-1].i + 1 < len(verb.doc) else None
        return after is not None and (after.is_quote or after.lower_ in (":", "as"))

    def candidates(self, sent) -> list[Candidate]:
        found = []
        for token in sent:
            lemma = token.lemma_.lower()
            if lemma in NOT_ACTS and (envoy_title(token) or summoned_to_protest(token) or
                                      self.alleged(token)):
                continue  # (the crimes alleged are the accusation's content, coded there)
            pattern = best_pattern(token)
            if pattern is not None and token.lemma_.lower() == "hold" and any(
                    c.lemma_.lower() in ("responsible", "accountable", "liable", "culpable")
                    for c in token.children):
                # "held Iran responsible for the attack": an accusation, not an occupation
                pattern = replace(pattern, code="112", target="dobj")
            if (pattern is None or pattern.code == "010") and lemma in DEMANDING_SPEECH and \
                    insisted_that(token):
                # "China insisted that Japan stop the release": a demand on Japan
                pattern = rule_pattern(token, "100")
            if (pattern is None or pattern.code == "010") and lemma in DEMANDING_SPEECH and \
                    self.told_to(token):
                # "Britain told Russia to withdraw its forces": a demand on the one told
                pattern = replace(rule_pattern(token, "100"), target="dobj")
            if pattern is not None and pattern.code == "010" and self.no_comment(token):
                # "Israel did not comment", "declined to comment": a refusal to comment
                found.append(Candidate(token=token, pattern=replace(pattern, code="011",
                                                                     target="none"),
                                       code="011"))
                continue
            if pattern is None and token.lemma_.lower() in VOWS | self.threatening and any(
                    n.lemma_.lower() in RETALIATION for c in children(token, "ccomp")
                    for n in children(c, "nsubj")):
                # "vowed that its response would be overwhelming": a threat of force
                pattern = replace(rule_pattern(token, "138"), target="none")
            if pattern is not None and pattern.code == "012" and pattern.kind == "N" and any(
                    o.lemma_.lower() in WELCOMED_ACTS or best_pattern(o) is not None
                    for p in ("over", "about", "at") for o in prep_objects(token, p)):
                # "voiced concern over the pardon", "over the missile test": disapproval of
                # an act (but "concern over the situation" stays a pessimistic comment)
                pattern = replace(pattern, code="111")
            if self.forces_leave(token):
                # "the last French soldiers left Mali", "troops crossed the border out of
                # Lebanon": a withdrawal from where they leave
                pattern = rule_pattern(token, "0874")
            if (pattern is None or pattern.code == "010") and self.findings_of_inquiry(token):
                # "investigators concluded that a North Korean torpedo sank the warship",
                # "UN inspectors confirmed that North Korea had shut down its reactor": the
                # inquiry's finding about whom the clause names
                pattern = replace(rule_pattern(token, "090"), target="about")
            if (pattern is None or pattern.code.startswith(("01", "090"))) and \
                    lemma in self.alleging and self.alleges_atrocities(token):
                # "UN investigators said Israeli forces and militants had both committed war
                # crimes": an accusation of war crimes against those the clause names
                pattern = replace(rule_pattern(token, "1124"), target="about")
            if (pattern is None or pattern.code.startswith("01")) and \
                    self.claims_own_attack(token):
                # "al-Shabaab said it had carried out the attacks", "the group said the
                # massacre was revenge for ...", "confirmed that its jets had destroyed":
                # a claim of responsibility
                pattern = replace(rule_pattern(token, "015"), target="none")
            if (pattern is None or (pattern.code == "170" and passive(token))) and \
                    self.answer_foretold(token):
                # "Biden said the United States would respond", "the Kremlin said Russia
                # would be forced to take countermeasures": a threat to whoever just acted
                pattern = replace(rule_pattern(token, "130"), target="none")
            if pattern is None and self.dismayed(token):
                # "Washington said it was extremely disappointed": disapproval of what
                # was just reported
                pattern = rule_pattern(token, "111")
            judged = self.judgement(token) if pattern is None or pattern.code == "010" \
                else None
            if judged:
                # "Biden said Putin was responsible for Navalny's death": an accusation;
                # "Trump said Iran had made a very big mistake": a reproach
                pattern = rule_pattern(token, judged)
            warned = self.warning_code(token) if pattern is None or \
                pattern.code == "130" else None
            if warned and pattern is not None and children(token, "dobj"):
                # "warned Cyprus that it could be targeted": a threat to the one warned
                if warned != "012":
                    pattern = replace(pattern, code=warned)
            elif warned:
                pattern = rule_pattern(token, warned)
            if pattern is None or (pattern.code == "010" and
                                   token.lemma_.lower() in self.cues["speech"]):
                continue  # saying is reporting; what was said is the event
            if self.no_act_done(token, pattern, found):
                continue
            if pattern.code == "050" and token.lemma_.lower() == "join" and \
                    token.dep_ in ("acl", "xcomp") and token.head.lemma_.lower() in BIDS:
                if token.head.pos_ == "NOUN":
                    continue  # "approved Sweden's bid to join NATO": nobody joins yet
                # "Finland applied to join NATO": asking to be let in
                pattern = replace(pattern, code="021")
            if pattern.kind == "N" and token.lemma_.lower() == "deal" and (
                    any(c.dep_ == "poss" for c in token.children) or (
                        token.dep_ == "pobj" and token.head.lower_ in ("under", "of"))):
                # "flew home under a deal with US prosecutors", "as part of the deal",
                # "Obama's deal with Cuba": a deal the story refers to, not one made now
                continue
            if pattern.kind == "N" and self.manner_noun(token, pattern.code):
                continue  # "stayed away in protest at ...", "remain at war", "in a war"
            if pattern.code == "041" and token.lemma_.lower() == "call" and \
                    self.calls_it_something(token):
                continue  # "called Trudeau weak", "called Kim \"little rocket man\""
            if pattern.kind == "N" and pattern.code.startswith("14") and any(
                    c.lemma_.lower() in ELECTORAL for c in children(token, "amod", "compound")):
                continue  # a campaign rally is no protest
            if pattern.code[:2] in ("18", "19", "20") and pattern.kind == "V" and \
                    self.natural_cause(token):
                continue  # "an earthquake killed thousands": nobody's act
            if pattern.code[:2] in ("18", "19") and any(
                    o.lemma_.lower() in ("air", "sky") for o in prep_objects(token, "into")):
                continue  # "fighters fired their guns into the air in celebration"
            if token.lemma_.lower() in ("beat", "defeat", "crush", "rout") and any(
                    word in CONTESTS for o in prep_objects(token, "in") + [
                        w for d in children(token, "dobj") for w in prep_objects(d, "in")]
                    for word in re.findall(r"[\w-]+", token.doc[
                        o.left_edge.i:o.right_edge.i + 1].text.lower())):
                continue  # "Lula narrowly beat Bolsonaro in the run-off": a vote won
            if token.lemma_.lower() in ("gather", "assemble") and not (any(
                    t.lemma_.lower() in CROWDS for s in subjects(token) for t in s.subtree)
                    and self.protesting(token)):
                # "people gathered for Palm Sunday", "crowds gathered around aid trucks";
                # but "thousands gathered outside parliament to demand his resignation"
                continue
            if pattern.kind == "N" and token.dep_ == "compound" and \
                    token.head.pos_ in ("NOUN", "PROPN") and \
                    token.head.lemma_.lower() not in ("camp", "site", "action", "campaign"):
                # "protest leader Nikol Pashinyan", "war crimes": a modifier; but a protest
                # camp is a protest held
                continue
            governor = governing_verb(token) if pattern.kind == "N" else None
            if pattern.code == "190" and pattern.kind == "V" and self.sent_to_help(token):
                # "sent troops into Cameroon to help fight Boko Haram", "into the Central
                # African Republic to stop the violence": protection given, not an invasion
                pattern = replace(pattern, code="074")
            if pattern.code.startswith("192") and pattern.kind == "V" and \
                    lemma in CROSSINGS and any(p.lemma_.lower() in HELPING
                                               for p in purpose_clauses(token)):
                # "Angolan troops crossed into Congo to help Kabila's forces": help given
                pattern = replace(pattern, code="074")
            if pattern.code == "042" and pattern.kind == "V" and \
                    self.forces_arrive_to_help(token):
                pattern = replace(pattern, code="074")
            elif pattern.code == "042" and lemma == "fly" and children(token, "dobj"):
                if not any(o.lemma_.lower() in ARRIVING_FORCES
                           for o in children(token, "dobj")):
                    continue  # "planes flew aid into Fiji": the aid is the event
                # "Britain flew paratroopers into Sierra Leone": forces deployed, no visit
                pattern = replace(pattern, code="154")
            elif pattern.code == "042" and token.lemma_.lower() == "land" and any(
                    t.lemma_.lower() in PROJECTILES | LANDING_THINGS | ARRIVING_FORCES
                    for s in subjects(token) for t in s.subtree):
                # "a rocket landed in a field", "the plane landed at Entebbe"; troops that
                # land with no word of help are no visitors either
                continue
            if lemma == "exile" and pattern.kind == "N" and token.dep_ == "pobj" and (
                    token.head.lower_ in ("from", "in", "of") or
                    token.head.head.lemma_.lower() not in EXILING):
                continue  # "returned from years of exile", "flew into exile": a life
                # abroad, not an expulsion (but "forced into exile" is one)
            if pattern.kind == "N" and lemma == "charge" and (
                    (token.dep_ == "pobj" and token.head.lower_ in ("in", "without")) or
                    (token.dep_ == "dobj" and token.head.lemma_.lower() == "take")):
                continue  # "put the army in charge of security", "held without charge",
                # "took charge of the investigation": no accusation
            if pattern.kind == "N" and lemma == "opposition" and (
                    token.dep_ in ("nsubj", "nsubjpass", "appos", "conj") or
                    any(c.dep_ == "poss" for c in token.children) or
                    (token.dep_ == "pobj" and token.head.lower_ in ("of", "among", "by"))):
                continue  # "Lebanon's opposition blamed Syria", "leaders of the opposition":
                # the political opposition, an actor, not an objection voiced
            if lemma == "beat" and any(c.lower_ in ("back", "off") for c in
                                       children(token, "prt", "advmod")):
                continue  # "were beaten back by his guards": an attack repelled, no beating
            if lemma in ("support", "sustain", "feed") and any(
                    w.lemma_.lower() in SUSTAINED
                    for w in through_quantities(children(token, "dobj"))):
                continue  # "its fisheries support millions of people": a living, no backing
            if pattern.code.startswith("09") and any(
                    o.lemma_.lower() in CEREMONIAL for o in children(token, "dobj")):
                continue  # "inspected a guard of honour": a ceremony, no inquiry
            if pattern.code.startswith("04") and lemma == "visit" and any(
                    t.lemma_.lower() in VESSELS for s in subjects(token) for t in s.subtree):
                continue  # "a US warship that was visiting Banjul": a port call, no visit
            if lemma == "evacuate" and not pattern.code.startswith("073") and any(
                    o.lemma_.lower() in EVACUEES for o in children(token, "dobj")):
                continue  # "sent planes to evacuate its citizens": no withdrawal of forces
            if pattern.code == "042" and any(o.lemma_.lower() == "exile"
                                             for o in prep_objects(token, "into")):
                continue  # "flew into exile in Nigeria": a flight, no visit
            if pattern.kind == "N" and self.answered_request(token) is not None:
                # "arrived at the request of its government": the request is implied by the
                # act done (see ``requesters``), not an appeal of the doers'
                continue
            visit = self.visit_called_off(token, pattern)
            if visit:
                # "called off a state visit to Washington": the visit, not made (as CAMEO
                # has no code for cancelling one)
                found.append(Candidate(token=token, pattern=replace(pattern, code=visit),
                                       code=visit, called_off=True))
                continue
            found.append(Candidate(token=token, pattern=pattern, code=pattern.code,
                                   governor=governor))
        by_token = {c.token.i: c for c in found}
        protest_demands: list[Candidate] = []
        for cand in found:
            if cand.code in MEETING_CODES and cand.token.dep_ in ("advcl", "xcomp") and \
                    cand.token.head.i in by_token and by_token[cand.token.head.i].code == "042":
                cand.suppressed = True  # "flew to Ankara to meet Erdogan": the visit
            act = cand.governor if cand.pattern.kind == "N" else cand.token
            if cand.pattern.kind == "V" and cand.code[:2] == "04" and \
                    cand.token.dep_ == "advcl" and not children(cand.token, "nsubj") and any(
                    c is not cand and c.code[:2] == "04" and cand.token.head.i in (
                        c.token.i, c.governor.i if c.governor is not None else -1)
                    for c in found):
                cand.suppressed = True  # "held talks on Monday, meeting near the border"
            if cand.pattern.kind == "N" and cand.code[:2] == "14" and \
                    cand.token.dep_ == "pobj" and cand.token.head.lower_ in ("during", "amid") \
                    and cand.token.head.head.i in by_token and \
                    by_token[cand.token.head.head.i].code[:2] == "14":
                cand.suppressed = True  # "rioters set fire to Congress during demonstrations
                # against the budget": one protest, coded by what the protesters did
            if cand.pattern.kind == "N" and cand.token.dep_ == "pobj" and \
                    cand.token.head.lower_ == "of" and \
                    cand.token.head.head.lemma_.lower() in CHARGE_NOUNS:
                cand.suppressed = True  # "charges of rebellion": a crime alleged, not done
            if cand.pattern.kind == "N" and cand.code.startswith("11") and \
                    cand.governor is not None and cand.governor.lemma_.lower() == "face":
                cand.suppressed = True  # "extradited to face drug charges": no new charge
            if cand.pattern.kind == "N" and cand.code.startswith("07") and \
                    cand.governor is not None and \
                    cand.governor.lemma_.lower() in RECEIVING:
                cand.suppressed = True  # "took delivery of the system": received, not given
            if cand.pattern.target == "about" and cand.code.startswith("112") and \
                    not cand.code.startswith("1124") and any(
                    t.pos_ == "PROPN" for t in verdict_subjects(cand.token)):
                cand.suppressed = True  # "said Kyiv violated the truce": that act is coded
            if cand.pattern.kind == "V" and cand.code == "183" and not cand.pattern.constraints \
                    and not self.set_off(cand.token):
                cand.suppressed = True  # a rocket that exploded, a station that went off air
            if cand.code.startswith("0871") and cand.pattern.kind == "V" and \
                    cand.token.tag_ == "VBG" and cand.token.dep_ in ("advcl", "xcomp", "pcomp"):
                # "signed a peace agreement, formally ending their war": the agreement is
                # the act, the end of the war its outcome; "met to discuss ending the war"
                # ends nothing yet (the war it names stays governed, no new fighting)
                cand.suppressed = True
            if cand.pattern.kind == "V" and cand.token.dep_ in ("acl", "xcomp") and \
                    cand.token.head.lemma_.lower() in UNDONE:
                cand.suppressed = True  # "over its refusal to withdraw troops": not done
            if cand.pattern.kind == "N" and (cand.code[:2] == "19" or (
                    cand.code[:2] == "14" and cand.token.lemma_.lower() in REVOLTS)) and \
                    self.what_is_ended(cand.token):
                cand.suppressed = True  # "signed an accord ending a rebellion", "bringing
                # an end to a nine-year war": what the accord ends is background, no new
                # fighting or dissent
            if cand.pattern.kind == "N" and cand.code[:2] == "04" and \
                    not cand.code.startswith("045") and self.talks_led_to(cand.token, by_token):
                cand.suppressed = True  # "signed a peace deal after talks mediated by
                # Algeria": the talks are the deal's background, the deal the act (but
                # "after mediation by Clinton" is the mediator's act)
            if cand.code.startswith("0871") and cand.token.lemma_.lower() == "end" and \
                    cand.token.dep_ in ("advcl", "acl") and self.purpose_of_deal(cand.token):
                cand.suppressed = True  # "signed an agreement on Tuesday to end the
                # fighting": the agreement is the act, the end of the war its aim (but an
                # agreement "to cease hostilities" is a truce)
            if cand.pattern.kind == "V" and cand.token.dep_ == "advcl" and any(
                    condition_mark(k) for k in cand.token.children):
                cand.suppressed = True  # "threatened to kill the hostages unless Russian
                # troops pulled out": a condition set, nothing done
            if cand.code.startswith("02") and cand.token.lemma_.lower() == "call" and any(
                    o.lemma_.lower() in CALLED_VOTES for o in children(cand.token, "dobj")):
                cand.suppressed = True  # "called a referendum on his impeachment": a vote
                # called, no appeal "on" anyone
            if cand.pattern.kind == "V" and cand.token.lemma_.lower() in CHARGING and \
                    cand.token.dep_ == "acl" and cand.token.tag_ == "VBN" and \
                    not passive_agents(cand.token):
                cand.suppressed = True  # "the Bosnian Serb wartime leader indicted for
                # genocide": a description of the man, no act told (but "agents arrested
                # last month" were arrested)
            if cand.code == "170" and cand.pattern.kind == "V" and \
                    cand.token.dep_ in ("advcl", "acl", "xcomp") and to_infinitive(cand.token):
                cand.suppressed = True  # "began a general strike to force Chavez to call an
                # election", "an attempt by migrants to force their way across": the aim
            if cand.pattern.kind == "N" and cand.code[:2] == "04" and \
                    not cand.code.startswith(("042", "043")) and \
                    cand.token.dep_ in ("appos", "npadvmod") and any(
                        c is not cand and c.pattern.kind == "V" and c.code[:2] == "04"
                        for c in found):
                cand.suppressed = True  # "spoke with Rouhani on Friday, the first
                # conversation between the leaders": the call, summed up again (but "was
                # received by Macron, his first visit to Europe" is the guest's visit)
            if cand.pattern.kind == "V" and cand.code[:2] == "19" and \
                    cand.token.dep_ == "xcomp" and cand.token.tag_ == "VBG" and \
                    cand.token.head.lemma_.lower() in HALTING:
                # "agreed to halt fighting across the country", "agreed to stop attacking
                # American ships": fighting stopped, a truce (0871), not fighting
                cand.code = "0871"
                cand.pattern = replace(cand.pattern, code="0871")
            if cand.pattern.kind == "N" and cand.code[:2] == "14" and \
                    cand.token.dep_ == "dobj" and cand.token.head.lemma_.lower() in PASSED_OVER:
                cand.suppressed = True  # "as he left a peace rally", "told a rally",
                # "ignoring protests from around the region": a place or a topic, no
                # protest told
            if cand.code.startswith("143") and cand.token.lemma_.lower() == "walk" and \
                    prep_objects(cand.token, "of"):
                cand.suppressed = True  # "walked out of prison", "out of the mission": a
                # person leaving a place, no strike (leaving talks is 164, a row of its own)
            if cand.pattern.kind == "N" and self.what_is_called(cand.token):
                cand.suppressed = True  # "called the move blackmail and a war crime"
            if self.protest_not_held(cand):
                cand.suppressed = True  # "lifted a ban on rallies", "called off protests"
            protest = self.protest_answered(cand, by_token)
            if (cand.pattern.kind == "N" or cand.token.dep_ == "pcomp") and \
                    self.topic_of_another(cand.token, by_token) \
                    and not protest:  # but "a crackdown on protests" is two events
                cand.suppressed = True  # "talks on a ceasefire": the talks, not a ceasefire
            outer = by_token.get(cand.token.head.i) if cand.token.head.i != cand.token.i \
                else None
            if cand.pattern.kind == "V" and self.ultimatum_demand(cand.token, by_token):
                cand.suppressed = True  # "gave the Serbs ten days to pull back or hand
                # their guns over": what the ultimatum demands, not done
            if cand.code.startswith("139") and cand.token.dep_ == "conj" and \
                    outer is not None and outer.code.startswith("16"):
                cand.suppressed = True  # "declared the ambassador persona non grata and
                # gave him 48 hours to leave": the expulsion's deadline, no ultimatum
            if cand.code[:2] == "14" and cand.token.dep_ in ("advcl", "xcomp") and \
                    outer is not None and outer.code[:2] in ("14", "11"):
                # ("summoned Beijing's envoy to protest": the summons)
                cand.suppressed = True  # "broke into parliament to protest": one riot
            if cand.code[:2] == "10" and cand.pattern.kind == "V" and (
                    (cand.token.dep_ in ("advcl", "xcomp") and outer is not None and
                     outer.code.startswith(("141", "140")) and not outer.suppressed) or
                    self.crowd_demand(cand.token)):
                # "rallied in Beirut to demand the withdrawal of Syrian forces", "protesters
                # demanded that Kabila step down": a demonstration for what is demanded
                # (recoded below, once the demand has taken in what it asks for)
                protest_demands.append(cand)
                if cand.token.dep_ in ("advcl", "xcomp") and outer is not None and \
                        outer.code.startswith(("141", "140")):
                    outer.suppressed = True
            if cand.code[:2] == "07" and cand.pattern.kind == "N" and \
                    cand.governor is not None and \
                    cand.governor.lemma_.lower() in AID_BLOCKING:
                cand.suppressed = True  # "troops blocked convoys of aid": none given
            if cand.code[:2] in ("18", "19", "20") and \
                    cand.token.lemma_.lower() not in ("commit", "perpetrate") and any(
                    o.lemma_.lower() in self.cues["scourge"]
                    for o in with_conjuncts(children(cand.token, "dobj")) + prep_objects(
                        cand.token, "against") + prep_objects(cand.token, "on")):
                cand.suppressed = True  # "pledged to fight terrorism", "war on drugs"
            if cand.pattern.kind == "N" and any(c.lower_ == "any" for c in cand.token.children) \
                    and not (cand.governor is not None and self.is_negated(cand.governor)):
                cand.suppressed = True  # "to guarantee any peace agreement": none made
            if act is not None and act.dep_ == "xcomp" and act.head.lemma_.lower() == "tell" \
                    and any(c.code[:2] in ("02", "10", "13") for c in found):
                cand.suppressed = True  # "warned Hamas, telling it to free the hostages"
            # (an act in the setting is done, whatever its clause intends: "agreed to give
            # the US access to four bases, during a visit by Lloyd Austin")
            head = None if cand.pattern.kind == "N" and self.in_setting(cand.token) else \
                self.intent_head(act)
            causative = self.causative_head(act)
            if causative is not None and causative.i in by_token and not (
                    causative.i == cand.token.i and cand.pattern.constraints):
                # "ordered an offensive": the offensive; but "ordered the ambassador to
                # leave" matched a pattern of its own and stands
                by_token[causative.i].suppressed = True  # "ordered an offensive": the offensive
            elif cand.pattern.kind == "N" and cand.governor is not None and \
                    cand.governor.i in by_token and not protest and \
                    cand.token.dep_ not in ("nsubj", "nsubjpass", "conj") \
                    and not self.go_between(cand.token) \
                    and not (self.in_setting(cand.token) and (
                        cand.token.head.lower_ in SETTINGS or cand.code[:2] in ("18", "19"))) \
                    and not self.part_of(cand) and not self.owned_event(cand.token):
                # "accused X of an invasion": the accusation is coded; but protests that a
                # government gave in to or cracked down on are the protesters' own event
                cand.suppressed = True
                outer = by_token[cand.governor.i]
                if outer.code == outer.code[:2] + "0" and cand.code[:2] == outer.code[:2] \
                        and cand.code != outer.code and outer.token.i in (
                            h.i for h in [cand.token.head, cand.token.head.head]):
                    outer.code = cand.code  # "opened an inquiry into war crimes": 094
            if head is not None:
                cand.intent_head = head
                if head.i in by_token:
                    by_token[head.i].suppressed = True
            asker = self.appeal_head(act, by_token)
            if asker is not None and not cand.suppressed and not (
                    causative is not None and causative.i == asker.i):
                # (an order to act is the act, by whoever ordered it: see above)
                # "requested that India withdraw": the request is the event, made specific
                outer = by_token[asker.i]
                cand.suppressed = True
                specific = longest_prefix(appeal_table(), cand.code)
                if specific:
                    refined = specific[0] if outer.code.startswith("02") else specific[1]
                    if len(refined) >= len(outer.code) or outer.code in ("020", "100"):
                        outer.code = refined
                outer.asked = act
            if cand.pattern.kind == "V" and self.charged(cand.token, by_token):
                cand.suppressed = True  # the content of an accusation or denial
            if cand.pattern.kind == "N" and self.accused_of(cand.token, by_token):
                cand.suppressed = True  # "accusing the bloc of becoming a threat"
            if cand.pattern.kind == "V" and self.unpassed(cand.token, by_token):
                cand.suppressed = True  # "vetoed a draft resolution calling for a ceasefire"
            if act is not None and self.denied(act):
                cand.suppressed = True  # "denied that Beijing had supplied weapons"
        for cand in protest_demands:
            cand.code = PROTESTS_FOR.get(cand.code[:4], "141")
        return found

    @staticmethod
    def charged(verb, by_token: dict) -> bool:
        """Whether a verb lies in what an accusation or denial is about: "accused Belarus of
        letting Russian troops cross its border" (letting, and the crossing under it)."""
        for _ in range(3):
            if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for", "over"):
                outer = by_token.get(verb.head.head.i)
                return outer is not None and outer.code[:2] in ("11", "12", "16")
            if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head.i == verb.i:
                return False
            verb = verb.head
        return False

    @staticmethod
    def unpassed(verb, by_token: dict) -> bool:
        """Whether a verb is what a text that was not passed would have done: "vetoed a
        draft resolution calling for a ceasefire", "a draft law banning protests"."""
        if verb.dep_ != "acl" or verb.head.lemma_.lower() not in ENACTMENTS:
            return False
        text = verb.head
        if any(m.lemma_.lower() in ("draft", "proposed") for m in text.lefts):
            return True
        governor = governing_verb(text)
        return governor is not None and governor.i in by_token and \
            by_token[governor.i].code[:2] == "12"

    @staticmethod
    def denied(act) -> bool:
        """Whether an act is what a denial says did not happen ("denied that Beijing had
        supplied weapons to Russia"), or what an unproven claim says did ("suggestions that
        the Kremlin had ordered the killing"): no event, only the denial or the claim."""
        clause = act
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        return (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in DENIALS) or (
            clause.head.lemma_.lower() in CLAIM_NOUNS and (
                clause.dep_ in ("acl", "ccomp") or (  # (a "that" clause read as relative)
                    clause.dep_ == "relcl" and any(c.dep_ == "mark" for c in clause.children))))

    @staticmethod
    def in_setting(noun) -> bool:
        """Whether an event noun is the setting of its clause's act, its own event: "amid
        protests", "after a week of fighting", "following days of strikes"."""
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.lemma_.lower() in SPANS:
            noun = noun.head.head
        return noun.dep_ == "pobj" and noun.head.lower_ in SETTINGS

    @staticmethod
    def part_of(cand: Candidate) -> bool:
        """Whether an event noun names the larger act its clause's act is part of, an event
        of its own: "arrested Najib as part of its investigation into 1MDB", "seized his
        passport in an investigation into the plot"."""
        noun = cand.token
        if cand.pattern.kind != "N" or noun.dep_ != "pobj":
            return False
        prep = noun.head
        return (prep.lower_ == "of" and prep.head.lemma_.lower() == "part") or (
            prep.lower_ == "in" and cand.code[:2] == "09")

    @staticmethod
    def experiencers(verb) -> list:
        """Who is dismayed: the subject of "was appalled", which the parser may hang on
        the auxiliary."""
        return with_conjuncts(children(verb, "nsubj", "nsubjpass") or [
            s for a in children(verb, "aux", "auxpass") for s in children(a, "nsubj")])

    @staticmethod
    def dismayed(verb) -> bool:
        """Whether a verb says its subject is dismayed ("was deeply disappointed", "said
        her government was appalled", "felt outraged"; the parser may read the adjective
        as a passive verb: "was disappointed by the decision")."""
        if verb.lower_ in DISMAY and Coder.experiencers(verb) and any(
                a.lemma_.lower() == "be" for a in children(verb, "aux", "auxpass")):
            return True
        return verb.lemma_.lower() in ("be", "feel") and any(
            c.lemma_.lower() in DISMAY or c.lower_ in DISMAY
            for c in children(verb, "acomp"))

    def judgement(self, verb) -> str | None:
        """What a verb of saying or finding judges of someone in its clause: blame (112:
        "said that Putin was responsible for the death", "concluded that Moscow was culpable
        for the attack", "said Iran was behind the strikes") or a reproach (111: "said Iran
        had made a very big mistake")."""
        if verb.lemma_.lower() not in self.cues["speech"] | FINDING_VERBS:
            return None
        for clause in children(verb, "ccomp"):
            if not children(clause, "nsubj"):
                continue
            if self.is_negated(clause):
                # "Jordan said it was not the source of the drone", "said it was not behind
                # the attack": a denial by the one the clause is about
                if any(s.lower_ in ("it", "we", "they") for s in children(clause, "nsubj")) \
                        and lays_blame(clause, BLAME_WORDS | {"source", "culprit"},
                                       ("acomp", "attr")):
                    return "016"
                continue
            if lays_blame(clause, BLAME_WORDS, ("acomp",)):
                return "112"
            if clause.lemma_.lower() == "be" and any(
                    c.lemma_.lower() in NAME_CALLING for c in children(clause, "attr")):
                return "111"  # "said he thought Putin was a killer"
            if clause.lemma_.lower() == "make" and any(
                    o.lemma_.lower() in ("mistake", "error", "blunder")
                    for o in children(clause, "dobj")):
                return "111"
        return None

    @staticmethod
    def warning_code(verb) -> str | None:
        """A warning with a clause: a threat when the clause puts a price or a condition on
        someone's act (138 with force, 1385 with nuclear arms: "warned that Japan would
        suffer a crushing defeat if it intervened"), else a grim comment on the state of
        the world (012, "warned that the era of global boiling had arrived")."""
        clauses = children(verb, "ccomp")
        if verb.lemma_.lower() not in WARNING_VERBS or not clauses:
            return None
        words = {w for c in clauses for t in c.subtree for w in (t.lemma_.lower(), t.lower_)}
        conditional = any(condition_mark(t) for c in clauses for t in c.subtree)
        if not (conditional or words & PRICE_WORDS):
            return "012"
        if words & WMD_WORDS:
            return "1385"
        return "138" if words & FORCE_WORDS else "130"

    def no_comment(self, verb) -> bool:
        """A refusal to speak: "did not comment", "declined to comment", "would not say"
        with nothing said after it."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("comment", "say", "confirm") \
                or children(verb, "dobj", "parataxis"):
            return False
        if any(not any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
               for c in children(verb, "ccomp")):
            return False  # "did not say that ..." says something; "whether ..." does not
        negated = any(c.dep_ == "neg" for c in verb.children)
        declined = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues["refuse"]
        return negated or declined

    @staticmethod
    def takes_a_place(verb) -> bool:
        """Whether what the verb captures is a place ("captured Kherson", "the capital
        Moscow's forces had captured"), not people ("captured its pilot")."""
        taken = children(verb, "dobj") or gapped_object(verb)
        return bool(taken) and all(t.ent_type_ in ("GPE", "LOC", "FAC") or
                                   t.lemma_.lower() in PLACE_NOUNS for t in taken)

    @staticmethod
    def what_is_called(noun) -> bool:
        """Whether a noun is what someone calls something ("called the move blackmail",
        "branded it a war crime"): a name given, no event of its own."""
        walk = noun
        while walk.dep_ == "conj" and walk.head.i != walk.i:
            walk = walk.head
        caller = walk.head
        if any(c.lower_ == "what" for c in caller.children):
            return False  # "issued what he called a last warning": the warning was issued
        return walk.dep_ in ("dobj", "oprd", "attr") and caller.lemma_.lower() in (
            "call", "brand", "describe", "label", "term", "dub") and (
            walk.dep_ != "dobj" or any(c.dep_ in ("compound", "nmod") for c in walk.children))

    @staticmethod
    def natural_cause(verb) -> bool:
        """Whether a killing or destruction is done by nature or accident: "an earthquake
        killed thousands", "were killed in floods", "a fire destroyed the market"."""
        causes = subjects(verb) + [o for p in ("by", "in", "after") for o in prep_objects(verb, p)]
        if verb.dep_ == "advcl" and verb.head.lemma_.lower() in ACCIDENTS and (any(
                s.lemma_.lower() in WRECKS for s in subjects(verb.head))
                or (verb.tag_ == "VBG" and all(o.lemma_.lower() in SPANS_OF_TIME
                                              for o in children(verb.head, "dobj")))):
            # "a plane crashed near Smolensk, killing all 96 on board"; a crash of a thing
            # by its name ("an Ethiopian Airlines Boeing 737 MAX crashed, killing all 157")
            # (but "the navy sank the cruiser, killing 300" sank something; "crashed
            # minutes after take-off" is a time the model made an object)
            return True
        if any(c.dep_ == "advcl" and c.lemma_.lower() in ACCIDENTS and any(
                s.lemma_.lower() in WRECKS for s in subjects(c)) for c in verb.children):
            return True  # "were killed when their helicopter crashed"
        # (a disaster is a thing: "executed by firing squad" names no fire)
        return any(c.lemma_.lower() in DISASTERS and c.pos_ != "VERB" for c in causes)

    @staticmethod
    def protesting(verb) -> bool:
        """Whether a gathering is a protest: its clause or sentence speaks of protest,
        demands or opposition ("gathered outside parliament against the bill")."""
        words = {t.lemma_.lower() for t in verb.sent}
        return bool(words & (PROTEST_WORDS | {"demand", "against", "chant", "denounce",
                                              "oppose", "condemn", "anger", "angry"}))

    @staticmethod
    def force_named(verb) -> bool:
        """Whether the verb's object is the use of force ("rule out military action",
        "the use of force", "military options")."""
        objects = children(verb, "dobj") + [
            c for c in verb.children if c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG"]
        words = {t.lemma_.lower() for o in objects for t in o.subtree}
        heads = {o.lemma_.lower() for o in children(verb, "dobj")}
        # ("would not rule out strikes on Iran", "refused to rule out using force")
        return "force" in words or bool(heads & STRIKES) or ("military" in words and bool(
            words & {"action", "option", "means", "response", "operation", "intervention",
                     "pressure", "strike", "strikes"}))

    def nationality_aside(self, verb, on: date, context: Context) -> str | None:
        """The state of the people an act hit, told in an aside after them ("killing 38
        people, most of them British", "detained four employees, among them the Australian
        executive Stern Hu")."""
        for them in verb.sent:
            if them.i <= verb.i or them.lower_ != "them" or not (
                    them.head.lower_ == "among" or (them.head.lower_ == "of" and
                                                    them.head.head.lemma_.lower() in SHARES)):
                continue
            people = [w for w in verb.doc[them.i + 1:min(them.i + 4, verb.sent.end)]
                      if w.ent_type_ == "NORP"]
            found = [a.country for a in self.actors(people[-1:], on, context) if a.country]
            return found[0] if found else None
        return None

    @staticmethod
    def ultimatum_demand(verb, by_token: dict) -> bool:
        """Whether a verb is what an ultimatum demands ("gave Seoul 48 hours to halt the
        broadcasts or face military action"), with the acts coordinated with it."""
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        outer = by_token.get(verb.head.i)
        return verb.dep_ in ("advcl", "xcomp") and outer is not None and \
            outer.code.startswith("139") and to_infinitive(verb)

    @staticmethod
    def purpose_of_deal(verb) -> bool:
        """Whether a verb is what a signed agreement is for ("signed an agreement ... to end
        the fighting", "a deal to end the war")."""
        head = verb.head
        deals = [head] if head.pos_ == "NOUN" else \
            children(head, "dobj") if head.lemma_.lower() in SIGNING else []
        return any(d.lemma_.lower() in DEAL_NOUNS for d in deals)

    @staticmethod
    def what_is_ended(noun) -> bool:
        """A long war or a revolt an act ends ("ending 16 years of civil war", "ending the
        state of war", "bringing an end to a nine-year war"): background named as over,
        not fought anew. Days or weeks of fighting a truce ends are the news itself
        ("a ceasefire ending 11 days of fighting")."""
        long_ago = noun.lemma_.lower() in REVOLTS or any(
            "year" in c.lower_ or "decade" in c.lower_ for c in noun.children
            if c.dep_ in ("amod", "compound", "nummod"))
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.lemma_.lower() in LONG_SPANS | {"state"}:
            noun, long_ago = noun.head.head, True  # "16 years of civil war": the years
        if not long_ago:
            return False
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ENDINGS:
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ != "to":
            return False
        ender = noun.head.head  # "an end to the war", "brought an end to the war"
        return (ender.lemma_.lower() == "end" and ender.pos_ == "NOUN") or any(
            c.lemma_.lower() == "end" for c in children(ender, "dobj"))

    @staticmethod
    def protest_not_held(cand: Candidate) -> bool:
        """A protest named only as the thing banned, cancelled or called off ("lifted a
        ban on political rallies", "called off his protests") is no protest held."""
        noun = cand.token
        if cand.pattern.kind != "N" or cand.code[:2] != "14":
            return False
        governor = cand.governor
        phrase = noun
        while phrase.dep_ in ("compound", "nmod") and phrase.head.i != phrase.i:
            phrase = phrase.head  # "called off his protest sit-in", read as one phrase
        if governor is None and phrase.dep_ == "dobj":
            governor = phrase.head
        if governor is not None and (governor.lemma_.lower() in PROTEST_STOPPERS or (
                governor.lemma_.lower() == "call" and
                any(c.dep_ == "prt" and c.lower_ == "off" for c in governor.children))):
            return True
        return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "against") and \
            noun.head.head.lemma_.lower() in PROHIBITIONS

    @staticmethod
    def protest_answered(cand: Candidate, by_token: dict) -> bool:
        """Protests a government gave in to or cracked down on ("resigned, giving in to
        protests", "a crackdown on the protests"): the protesters' own event beside the
        government's, not a part of it; but not "in protest at" a thing, a manner."""
        noun = cand.token
        if cand.pattern.kind != "N" or noun.lemma_.lower() not in PROTEST_NOUNS or (
                noun.dep_ == "pobj" and noun.head.lower_ == "in"):
            return False
        answers = [cand.governor] if cand.governor is not None else []
        if noun.dep_ == "pobj":
            answers.append(noun.head.head)
        return any(a.i in by_token and by_token[a.i].code[:2] in ("08", "17")
                   for a in answers)

    @staticmethod
    def owned_event(noun) -> bool:
        """An event noun in a prepositional phrase with its own doer: "expelled 12 officials
        in response to Algeria's expulsion of French diplomats" is two expulsions."""
        return noun.dep_ == "pobj" and noun.head.lower_ != "of" and any(
            c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")
            for c in noun.children)

    @staticmethod
    def topic_of_another(noun, by_token: dict) -> bool:
        """An event noun that is what another event noun, or a quarrel, is about:
        "negotiations on a free trade agreement", "a crackdown on protests", "a row over
        the deployment of missiles"; or what a protest is against
        ("protested against China's deployment of ships")."""
        prep = noun.head if noun.dep_ in ("pobj", "pcomp") else None  # "a deal on ending"
        if prep is None or prep.lower_ not in ("on", "over", "about", "for", "against"):
            return False
        if prep.head.lemma_.lower() in QUARRELS:
            return True  # "their dispute over the deployment of a US missile system"
        if prep.head.i not in by_token:
            return False
        return prep.head.pos_ == "NOUN" or by_token[prep.head.i].code[:2] == "14"

    @staticmethod
    def appeal_head(act, by_token: dict):
        """The appeal or demand trigger ("asked", "urged", "demanded") whose complement
        this act is, if any."""
        if act is None or act.dep_ not in ("xcomp", "ccomp") or act.head.i == act.i:
            return None
        if act.head.lemma_.lower() in ("help", "assist") and act.head.dep_ == "xcomp":
            act = act.head  # "asked Russia to help defend its territory"
        head = by_token.get(act.head.i)
        return act.head if head is not None and head.code[:2] in ("02", "10") else None

    def causative_head(self, act):
        """The "order"/"authorise" verb whose object or complement this act is, if any."""
        if act is None:
            return None
        if act.lemma_.lower() in self.cues["causative"]:
            return act
        if act.dep_ in ("xcomp", "ccomp") and act.head.lemma_.lower() in self.cues["causative"]:
            return act.head
        return None

    def refine_attack(self, code: str, token, sources_tokens: list) -> str:
        """190 made specific by the weapon named in the subject, object or instrument; a
        bombing (183) by the kind of bomb ("a car bomb exploded": 1832)."""
        if code not in ("190", "183"):
            return code
        words = set()
        for tok in [*sources_tokens, *children(token, *OBJECT_DEPS),
                    *prep_objects(token, "with"), token]:
            for t in tok.subtree if tok.i != token.i else [tok]:
                words.add(t.lemma_.lower())
        for term, refined in sorted(instruments().items(), key=lambda kv: -len(kv[0])):
            if (code == "190" or refined.startswith("183")) and \
                    all(w in words for w in term.split()):
                return refined
        return code

    def recode(self, cand: Candidate, future: bool) -> tuple[str, bool]:
        """The code after intent or threat wrapping, and whether the act is hypothetical.

        An act promised, planned or announced for the future takes its 03 intent code when
        CAMEO has one; a threatened act its 13 code; an act only being weighed keeps its
        code and is hypothetical."""
        intent = longest_prefix(intent_table(), cand.code)
        if cand.intent_head is None:
            if future and not intent and (cand.code.startswith(COERCIVE_CODES) or (
                    cand.code[:2] == "14" and (cand.pattern.kind == "V" or
                                               cand.token.dep_ in OBJECT_DEPS))):
                # "said he would impose tariffs on Brazil": a coercive act announced for
                # the future is CAMEO's threat, as a cooperative one is its intent; a
                # step back ("would leave OPEC", "would recall its envoy") is the act; a
                # protest ("said they would hold mass rallies") threatens dissent
                threat = longest_prefix(threat_table(), cand.code)
                if threat:
                    return threat, False
            return (intent, False) if future and intent else (cand.code, False)
        lemma = cand.intent_head.lemma_.lower()
        if lemma in self.cues["refuse"]:
            refusal = longest_prefix(refusal_table(), intent) if intent else None
            return (refusal, False) if refusal else (cand.code, False)
        if lemma in self.cues["threat"]:
            threat = longest_prefix(threat_table(), cand.code)
            return (threat, False) if threat else (cand.code, True)
        if lemma in self.cues["deliberate"]:
            return cand.code, True
        if (lemma in VOWS and cand.code[:2] in HOSTILE_ROOTS) or (
                lemma in self.threatening and cand.code[:2] in ("18", "19", "20")):
            # "vowed to respond with reciprocal measures", "vowed to retaliate": a hostile
            # act promised is a threat
            threat = longest_prefix(threat_table(), cand.code)
            if threat:
                return threat, False
        later = AGREED_LATER if lemma == "agree" else DELIVERIES
        if lemma in self.cues["decide"] and not cand.code.startswith("04") and not (
                intent and cand.token.lemma_.lower() in later):
            return cand.code, False  # "agreed to ban", "decided to expel": the act itself
        # ("agreed to release the crew", "agreed to send troops": a handing over still to
        # come is promised, as the gold codes it)
        return (intent, False) if intent else (cand.code, False)

    def owned_text(self, trigger, triggers: set[int], *, own_clause_only: bool = False
                   ) -> str:
        """The words of the trigger's own clause: its subtree minus nested triggers' clauses
        (and, ``own_clause_only``, minus clauses describing a noun in it: "found him guilty
        on Wednesday, the first verdict since the court began work a decade ago")."""
        words = []
        if own_clause_only:
            # (and participle clauses of what it brings about or of a noun they were hung
            # off: "signed a deal on Tuesday allowing troops to stay after this year",
            # "signed an accord on Tuesday ending an insurgency, launched in 1996")
            triggers = triggers | {t.i for t in trigger.subtree if t.i != trigger.i and
                                   t.pos_ in ("VERB", "AUX") and (
                                       (t.head.i != trigger.i and
                                        t.head.pos_ in ("NOUN", "PROPN", "PRON")) or
                                       (t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN")) or
                                       (t.dep_ == "conj" and t.doc[t.i - 1].text == ","
                                        and not children(t, "nsubj", "nsubjpass")))}
        # "rejected the results of the December 1 election": a date before a noun (not the
        # trigger's) dates the noun's thing, not the act
        named = {t.i for m in trigger.subtree if m.ent_type_ == "DATE" and m.dep_ in (
                     "compound", "nmod", "amod", "nummod") and m.i < m.head.i and
                 m.head.pos_ == "NOUN" and m.head.i != trigger.i and
                 m.head.ent_type_ not in ("DATE", "TIME") and  # not "Wednesday evening"
                 not (m.head.dep_ == "pobj" and m.head.head.lower_ in SETTING_DATES)
                 for t in m.subtree}  # but "annexed Crimea in the 2014 crisis" is dated
        for tok in trigger.subtree:
            if tok.i in named:
                continue
            walk = tok
            while walk.i not in triggers and walk.head.i != walk.i:
                walk = walk.head
            if walk.i == trigger.i or tok.i == trigger.i:
                words.append(tok.text)
        return " ".join(words)

    def code_sentence(self, sent, index: int, article_id: str, published: date,
                      context: Context) -> list[Event]:
        cands = self.candidates(sent)
        if any(t.lower_ in self.cues["sport"] for t in sent):
            cands = [c for c in cands if c.code[:2] not in ("18", "19", "20")]
        if not cands:
            return []
        trigger_ids = {c.token.i for c in cands} | {c.governor.i for c in cands if c.governor}
        # a suppressed candidate is no event: when nothing else dates an act, the date
        # words under it do ("suspended part of a 2018 agreement ... on Wednesday")
        self._live = {c.token.i for c in cands if not c.suppressed} | {
            c.governor.i for c in cands if c.governor and not c.suppressed}
        speech_verbs = [t for t in sent if t.lemma_.lower() in self.cues["speech"]]
        trigger_ids |= {t.i for t in speech_verbs}
        events: list[Event] = []
        seen: set[tuple] = set()
        targets_of: dict[int, list[Actor]] = {}  # verb -> the targets its event found
        sources_of: dict[int, list[Actor]] = {}  # verb -> the sources of that event
        # an admission is coded after the acts of its sentence, which it may be about
        # ("Iran admitted its military had shot down a Ukrainian airliner")
        for cand in sorted(cands, key=lambda c: c.code.startswith("015")):
            if cand.suppressed or prospect_only(cand.token) or \
                    counterfactual(cand.token) or enabled_only(cand):
                continue
            token, pattern = cand.token, cand.pattern
            act = cand.governor if pattern.kind == "N" and cand.governor is not None else token
            sources, targets = self.participants(cand, published, context)
            if not sources and cand.code[:2] == "19" and pattern.kind == "N" and \
                    token.lemma_.lower() in SIDELESS_FIGHTING and \
                    token.dep_ in ("nsubj", "nsubjpass") and \
                    token.head.lemma_.lower() in ERUPTING:
                # "agreed to halt the fighting. Clashes broke out along the front line on
                # Saturday": fighting with no sides named is between the two just told
                sides = self.sides_just_told(events)
                sources = sides if len(sides) == 2 else sources
            if len(sources) <= 1 and self.each_side(act):
                # "The army and the RSF battled for Khartoum. Each side blamed the other":
                # the two sides of the latest act told both ways, or of the fighting
                sides = self.sides_just_told(events)
                sources, targets = (sides, []) if len(sides) == 2 else (sources, targets)
            if len(sources) == 1 and not targets and self.is_reciprocal(cand.code) and \
                    self.rival_sides(act) and sources[0].country:
                # "rival Libyan factions signed an agreement": the state's sides with each
                # other
                targets = [replace(state(sources[0].country), text="")]
            if not targets and pattern.kind == "N" and cand.code[:2] in ("18", "19") and \
                    token.dep_ == "pobj" and token.head.lower_ == "of" and \
                    token.head.head.lemma_.lower() in SPANS:
                # "agreed to a ceasefire ... after talks ended five days of border fighting":
                # the fighting of the two sides the sentence has act together
                sources = self.sides_together(events) or sources
            if cand.code.startswith("042") and sources and targets and \
                    {a.country for a in sources} == {t.country for t in targets}:
                # "berated Zelensky during his visit to Washington": the guest is the other
                # person named, not the host the pronoun's salience picked
                sources = self.other_visitor(token, targets, published, context) or sources
            if sources and not targets and (
                    (cand.code.startswith("045") and
                     token.lemma_.lower() in ("mediate", "broker", *GO_BETWEENS)) or
                    (cand.code.startswith("043") and token.lemma_.lower() == "host")):
                # "talks mediated by Malaysia ... ended the fighting", "a swap the UAE
                # mediated", "Clinton hosted the ceremony": the sides of the sentence's main
                # act, or of the agreement just told
                targets = self.mediated_sides(act, sources, events, published, context)
            if sources and cand.code in ("0253", "1053") and {
                    t.country or t.org for t in targets} <= {
                    a.country or a.org for a in sources}:
                # "demanded the release of Protasevich", "demanded his release": of whoever
                # holds him
                targets = self.holder(sources, self.told_so_far(events)) \
                    or self.last_named(sources, act, published, context)
            if sources and not targets and cand.code[:2] == "12" and self.force_named(token):
                # "refused to rule out using military pressure to take control of the
                # Panama Canal and Greenland": the force is threatened where it would fall
                own = {a.country for a in sources}
                named = [w for w in token.subtree if w.i > token.i and w.pos_ == "PROPN"
                         and w.dep_ in ("pobj", "conj", "dobj")]
                targets = list({a.country: state(a.country) for a in self.actors(
                    named, published, context, locative=True)
                    if a.country and a.country not in own}.values())
            if sources and not targets and cand.code[:2] in ("02", "10", "12"):
                # "demanded a ceasefire in Gaza", "called for talks between Moscow and
                # Kyiv": the parties, or the place, of what is asked for or rejected
                targets = self.asked_of(token, sources, published, context)
            if sources and not targets and cand.code.startswith(("0256", "027", "1056", "107")):
                # "Russia called for an immediate ceasefire": of the two sides fighting
                targets = self.warring_sides(sources, self.told_so_far(events))
            if sources and pattern.kind == "V":
                # "struck targets in Syria, with Saudi Arabia and Jordan taking part"
                sources = sources + [a for a in self.partakers(act, published, context)
                                     if a.code not in {s.code for s in sources}]
                if cand.code.startswith("150") and not targets and \
                        len({a.country for a in sources if a.country}) > 1:
                    # "Russia began military exercises, with China taking part": drills
                    # held together are military cooperation between the two
                    cand.code = "062"
            if sources and not targets and cand.code == "042" and pattern.kind == "N":
                # "signed a pact in Riyadh ..., during a visit by Prime Minister Sharif": the
                # visit is to where the clause it sets happened
                own = {a.country for a in sources}
                targets = [a for v in (act, sent.root)
                           for a in self.place_of(v, published, context)
                           if a.country not in own][:1]
            if sources and cand.code.startswith(("074", "15")) and all(
                    t.country in {a.country for a in sources} for t in targets):
                # (the forces it sends are its own, no target: "sending a carrier group")
                deterred = [a for a in self.actors(self.deterred(act), published, context)
                            if a.country or a.org]
                if deterred:
                    # "sent a carrier strike group to the Middle East to send a clear
                    # message to Iran": a show of force at whom it is meant to deter (the
                    # candidate itself is recoded, so intent and dates read it as 154)
                    cand.code, targets = "154", deterred[:1]
            if sources and not targets and (cand.code[:2] == "15" or (
                    cand.code[:2] == "12" and self.force_named(token))):
                # "ordered the activation of its standby force to restore order in Niger":
                # a show of force is aimed where the clause sends it
                targets = self.aimed_at(act, sources, published, context)
                if not targets and cand.code[:3] in ("150", "153", "154"):
                    # "deployed soldiers in the state of Manipur", "on the streets of
                    # Harare": a show of force at home is aimed at the state's own soil
                    targets = self.aimed_at(act, sources, published, context, home=True)
                if not targets and cand.code[:3] == "154" and self.sent_within(act):
                    # "rushed army units into the state", "deployed tanks on the capital's
                    # streets": forces moved about at home, aimed at their own state
                    targets = [state(a.country) for a in sources[:1] if a.country]
            if sources and not targets and cand.code == "154" and \
                    token.lemma_.lower() in ("send", "dispatch") and not self.place_of(
                        token, published, context) and not any(
                        prep_objects(token, p) for p in ("to", "into", "towards")):
                # "voted to send an international force", "agreed to send troops": sent,
                # with no place named, to help the state the story is about
                helped = [a for a in self.last_named(sources, act, published, context)
                          if a.country]
                if helped:
                    targets, cand.code = helped, "074"
            if sources and not targets and cand.code.startswith("015"):
                # "claimed responsibility for the attacks in Paris": the place attacked
                targets = self.claimed_places(act, sources, published, context)
            if sources and not targets and self.refers_back(cand, act):
                earlier = self.told_so_far(events)
                # (a disapproval answers a deed rather than a word said about it)
                deed = cand.code.startswith("11") or any(
                    o.lemma_.lower() in DEEDS for o in children(act, "dobj"))
                targets = self.asked_by(cand.code, sources, earlier) or \
                    self.named_act(act, sources, earlier, published, context,
                                   noun=token if pattern.kind == "N" else None) or \
                    self.antecedent(cand.code, sources, earlier, deed=deed) \
                    or self.clause_subject(act, sources, published, context) \
                    or self.last_named(sources, act, published, context)
            support = cand.code.startswith(("033", "051")) and pattern.kind == "V"
            own_only = False
            if support and sources:
                # ("promised the bloc's support", "hailed his guest": the giver's own, not
                # the one supported or praised)
                own = {a.country or a.org for a in sources}
                own_only = bool(targets) and all((t.country or t.org) in own for t in targets)
                targets = [t for t in targets if (t.country or t.org) not in own]
            if sources and not targets and support and (
                    cand.code.startswith("033") or own_only or all(
                        o.pos_ == "PRON" for o in children(act, "dobj"))):
                # "Borrell arrived in Kyiv. He promised the bloc's unwavering support":
                # support promised to the state the story is about (praise too, of "her"
                # or of no one named; but not of "the volunteers"; "China and Pakistan
                # also promised help, and the US pledged a million dollars": to whom the
                # others just promised it, not to a fellow donor named last)
                targets = self.helped_alongside(sources, self.told_so_far(events)) or \
                    self.last_named(sources, act, published, context)
            if sources and not targets and cand.code[:2] in ("03", "07"):
                targets = self.helped_alongside(sources, self.told_so_far(events))
            if sources and not targets and cand.code.startswith("055"):
                # "asked for forgiveness for the killings in Namibia": an apology goes to
                # the state the wrong was done in, or else the state the story is about
                own = {a.country for a in sources}
                wrongs = prep_objects(act, "for") + [
                    o for d in children(act, "dobj") for o in prep_objects(d, "for")]
                targets = [a for w in wrongs for a in self.place_of(w, published, context)
                           if a.country not in own][:1] or \
                    self.last_named(sources, act, published, context)
            if sources and not targets and cand.code.startswith("016"):
                # "denied that it had interfered in the German election": whom the denied
                # act would have been done to; else whoever just accused the denier ("Hamas
                # blamed an Israeli strike, while Israel's military denied involvement")
                targets = self.denied_victims(act, sources, published, context) or \
                    self.accusers(sources, self.told_so_far(events))
            own = {a.country or a.org for a in sources}
            contact = best_pattern(act.head) if act.dep_ in ("advcl", "xcomp") else None
            if sources and contact is not None and contact.code.startswith("04") and \
                    act in purpose_clauses(act.head) and \
                    all((t.country or t.org) in own for t in targets) and \
                    targets_of.get(act.head.i):
                # "telephoned the head of MSF to apologise for the US strike", "flew to
                # Tbilisi to mediate": what the call or visit was for is done to whom it
                # was made, not to the doer the apology names
                targets = targets_of[act.head.i]
            if sources and not targets and act.dep_ == "conj" and \
                    not cand.code.startswith(DOMESTIC_CODES) and \
                    not (len(sources) > 1 and self.is_reciprocal(cand.code)):
                # "expelled India's envoy and suspended trade": the second act has the
                # first one's target; but when its doer is the first act's target, it
                # answers the first act's doer ("the EU imposed sanctions on Chinese
                # officials, and Beijing hit back with sanctions")
                targets = targets_of.get(act.head.i, [])
                doers = {a.country or a.org for a in sources}
                if {t.country or t.org for t in targets} & doers and not doers & {
                        a.country or a.org for a in sources_of.get(act.head.i, [])}:
                    targets = sources_of.get(act.head.i, [])
            if sources and not targets and cand.code[:2] in ("18", "19") and \
                    (self.is_mass_killing(act) or act.lemma_.lower() in EXECUTIONS):
                # "troops executed about 300 civilian men in Moura", "Saudi Arabia executed 81
                # men": people of no stated nationality, of the place, or else of the
                # killers' own state
                targets = [state(a.country) for a in self.place_of(token, published, context)
                           if a.country] or [
                    state(a.country) for a in sources[:1]
                    if a.country and self.names_its_state(a, published)]
            if sources and not targets and self.part_of(cand):
                # "arrested Najib as part of its investigation": the inquiry is into him
                targets = targets_of.get(act.i, [])
            if targets:
                targets_of.setdefault(act.i, targets)
                sources_of.setdefault(act.i, sources)
                for word in subjects(act):
                    self._doers.setdefault(word.i, sources)
            each_other = any(t.lower_ in ("other", "another") and (t.head.i == act.i or (
                t.head.dep_ == "prep" and t.head.head.i == act.i))
                for t in act.subtree if t.dep_ in (*OBJECT_DEPS, "pobj"))
            # "traded accusations", "exchanged fire": done to each other by nature
            each_other = each_other or token.lemma_.lower() in ("trade", "exchange")
            # ("agreed to impose a blockade on the country": aimed at a state not named,
            # not at one another)
            mutual = len(sources) > 1 and (each_other or (
                self.is_reciprocal(cand.code) and not aimed_elsewhere(token, pattern)))
            if not sources or (not targets and pattern.target != "none" and not mutual
                               and not unaddressed(cand)):
                continue
            speech = self.speech_of(act)
            speaker = None
            if speech:
                speakers = self.actors(speech[1], published, context)
                speaker = speakers[0] if speakers else None
            reported = speech is not None
            future = self.is_future(act, cand.intent_head, reported=reported)
            code, hypothetical = self.recode(cand, future)
            # "warned it would retaliate", "promised it would help": "would" is the
            # future of the threat or promise, as in reported speech
            hypothetical = hypothetical or self.is_hypothetical(
                act, cand.intent_head, reported=reported or cand.intent_head is not None)
            if hypothetical and speaker is not None and code[:2] in HOSTILE_ROOTS and \
                    self.may_do(act) and speaker.country and \
                    speaker.country in {a.country for a in sources}:
                # "Erdogan said Turkey could suspend relations with the UAE": a state
                # saying what it may do to another is threatening it
                threat = longest_prefix(threat_table(), code)
                if threat:
                    code, hypothetical = threat, False
            negated = (self.is_negated(token, act, cand.intent_head) and code != "011") or \
                cand.called_off
            refused = token.dep_ == "xcomp" and token.head.lemma_.lower() in (
                "refuse", "decline")
            if (negated or refused) and code.startswith("12") and self.force_named(token):
                # "did not rule out the use of force", "refused to rule out military
                # action": a threat, not a refusal
                code, negated = "138", False
            if negated and code[:2] in ("18", "19", "20") and cand.intent_head is not None \
                    and cand.intent_head.lemma_.lower() in VOWS | {"agree", "commit"} and \
                    not self.is_negated(cand.intent_head):
                # "agreed not to use force against each other": a promise of de-escalation
                code, negated = "0356", False
            if negated and code.startswith("03"):
                refusal = longest_prefix(refusal_table(), code)
                if refusal:  # "would not supply missiles": a refusal, not a negated promise
                    code, negated = refusal, False
            # an event noun's own date words count for its light verb ("announced her
            # resignation as prime minister on Thursday")
            clause_triggers = trigger_ids - {token.i} if act.i != token.i else trigger_ids
            # a promise, plan or threat is dated when it was made, not when it would be
            # carried out ("said on Thursday she would step down by February")
            announced = future or code[:2] in ("03", "13")
            # "accused Iraq of killing Kurds last week": the deed's date is not the charge's
            deeds = judged_deeds(act) if code[:2] in ("11", "12") or \
                code.startswith("016") else set()
            when = self.date_for(act, clause_triggers | deeds, published, future, speech,
                                 token, announced=announced, deeds=deeds)
            if when.basis == "publication":
                when = self.date_told_before(act, clause_triggers, published, events) or when
            code = self.refine_attack(code, token, subjects(act) if pattern.kind == "V" else [])
            partners = {a.country or a.org for a in self.actors(
                [t for p in self.cues["symmetric"]
                 for o in {token.i: token, act.i: act,
                           **({} if code.startswith(("16", "19")) else  # "cut ties with"
                              {c.i: c for c in children(token, "dobj")})}.values()
                 for t in prep_objects(o, p)], published, context)}
            symmetric = any((t.country or t.org) in partners for t in targets) and \
                not cand.called_off  # (a meeting called off is the caller's act alone)
            venue = {a.country for a in self.place_of(token, published, context)} \
                if code in MEETING_CODES else set()
            # reciprocity is the act's own: "would move to restore relations" is still
            # both sides' intent
            # ("A, B and C signed association agreements with the EU": each its own deal)
            apart = code.startswith("057") and pattern.kind == "V" and any(
                o.tag_ == "NNS" for o in children(act, "dobj"))
            pairs = self.pairs(sources, targets, cand.code if mutual else code, each_other,
                               symmetric, apart=apart)
            if venue:  # a meeting at a third place is each side meeting the other
                pairs += [(b, a) for a, b in pairs if b is not None and
                          self.visit_or_host(code, a, b, venue) == "044"]
            # "the prime minister resigned": a resignation is from the office of one's own
            # state (the gold always codes it so)
            pairs = [(a, state(a.country) if b is None and code.startswith(SELF_AIMED) and
                      a.country else b) for a, b in pairs]
            if code.startswith("161") and token.lemma_.lower() in ("recall", "withdraw"):
                # "Moscow had already recalled its ambassador": from the other state last
                # named, not from itself
                pairs = [(a, b) if not (b is not None and a.country and b.country == a.country)
                         else (a, next(iter(self.last_named([a], act, published, context)),
                                       None)) for a, b in pairs]
                pairs = [(a, b) for a, b in pairs if b is not None]
            if code.startswith("173") and any(
                    o.lower_ in REFLEXIVES for o in children(token, *OBJECT_DEPS)):
                # "Noriega gave himself up to American troops": those he surrendered to
                # take him into custody
                pairs = [(b, a) for a, b in pairs if b is not None]
            if code.startswith("0874"):
                # "pulled American troops back from the border": the troops pulled back are
                # no target; the withdrawal is from the other state the story names (but
                # "government troops abandoned their positions" leave their own state's)
                pairs = [(a, b) if not (b is not None and a.country and b.country == a.country
                                        and names_sent_forces(b)) else
                         (a, next(iter(self.last_named([a], act, published, context)), b))
                         for a, b in pairs]
            for source, target in pairs:
                if pattern.target == "about" and target is not None and \
                        target.country is not None and target.country == source.country \
                        and source.sector != "JUD":
                    # "Tehran said the aircraft had violated Iranian airspace" (but a court
                    # rules on its own state's acts)
                    continue
                if target is not None and code[:2] in ("03", "07") and \
                        target.country == source.country and target.sector and \
                        names_sent_forces(target):
                    continue  # "agreed to send troops": its own troops are what it sends
                if (target is not None and target.code == source.code and target.text
                        and not (source.person and target.person and two_sides(source, target))
                        and not code.startswith((*DOMESTIC_CODES, "20"))
                        and not (code[:2] in ("18", "19") and rebellious(target))
                        and not (public_figure(target) and code[:2] in ("18", "19"))
                        and not (code[:2] in ("17", "18", "19") and self.set_off(token))
                        and not (code.startswith("192") and PLACE_NOUNS & set(
                            target.text.lower().split()))):
                    # (but "took the city of Kirkuk from Kurdish fighters" takes a place of
                    # its own state)
                    continue
                if code.startswith("192") and token.lemma_.lower() in CROSSINGS and (
                        source.person or source.sector == "CVL" or any(
                            w.lemma_.lower() in UNARMED_VICTIMS or w.ent_type_ == "NORP"
                            for w in through_quantities(subjects(token)))):
                    continue  # "Taylor was caught trying to cross into Cameroon", "tens of
                    # thousands of ethnic Turks have crossed into Turkey": people crossing
                    # a border take no territory
                coup = code == "190" and token.lemma_.lower() in OVERTHROWING and \
                    target is not None and target.country == source.country and \
                    source.sector not in INSURGENT_SECTORS
                # "the army overthrew President Ousmane": a change of leader (0831) as
                # "ousted" is, no war on its own state (but rebels who overthrew a
                # president won a war)
                if coup and cand.intent_head is not None:
                    continue  # "officers who tried to overthrow him": no leader fell
                if code.startswith(("145", "170")) and token.lemma_.lower() in RAIDS and (
                        source.sector in IRREGULAR_FIGHTERS or
                        ASSAILANTS & set(source.text.lower().split())):
                    continue  # "gunmen stormed the school": the way in to the killing or
                    # hostage-taking the story tells, no riot
                final = "0831" if coup else self.visit_or_host(code, source, target, venue)
                if final.startswith("0874") and any(
                        t.lemma_.lower() in PEACEKEEPING
                        for s in subjects(token) for t in s.subtree):
                    final = "1661"  # "the last UN peacekeepers left Somalia": a mission ends
                if final.startswith("0874") and source.sector in SECURITY_SECTORS and any(
                        o.ent_type_ == "PERSON" for o in children(token, "dobj")):
                    final = "173"  # "soldiers pulled Saddam Hussein out of a hole": taken
                if self.is_repression(code, source, target, sent):
                    final = "175"
                elif source.sector == "MIL" and final.startswith(("145", "170")) and \
                        token.lemma_.lower() in RAIDS:
                    final = "190"  # "troops stormed the palace": an assault, not a riot
                elif final.startswith("1823") and source.sector in ("COP", "MIL") and \
                        target is not None and target.sector in IRREGULAR_FIGHTERS and \
                        token.lemma_.lower() not in EXECUTIONS:
                    final = "193"  # "police shot dead the drug baron", "snipers shot dead three
                    # pirates": a fight with armed men (an unarmed man shot is 1823)
                elif final.startswith("144") and (source.sector in ARMED_SECTORS or ASSAILANTS
                                                  & set(source.text.lower().split())):
                    final = "192"  # "mutinous soldiers occupied the ministry", "Taliban
                    # fighters took over the palace": a place taken by force, no sit-in
                elif final.startswith("183") and (source.sector == "MIL" or (
                        source.sector is None and source.country and not source.person
                        and token.lemma_.lower() == "bomb" and token.pos_ == "VERB")):
                    final = "195"  # "forces bombed a hospital", "Israel bombed a UN
                    # school": military, not a car bomb
                elif final.startswith("173") and source.sector == "REB" and \
                        source.name not in (None, self.resolver.kb.country_names.get(
                            source.country or "")) and \
                        token.lemma_.lower() in ("capture", "seize", "grab", "snatch"):
                    final = "181"  # "Hezbollah fighters captured two Israeli soldiers":
                    # a named armed group arrests nobody; it takes hostages (but "fighters
                    # of Libya's interim government" are a state's)
                elif code[:2] in ("18", "19") and token.lemma_.lower() in EXECUTIONS and \
                        source.sector not in ("REB", "CRM") and not (
                            source.org and not source.country) and \
                        not self.is_mass_killing(token):  # (executing 300 men: a massacre)
                    final = "175"  # a state putting people to death represses them
                elif code[:2] in ("18", "19") and target is not None and public_figure(target) \
                        and self.is_killing(token) and not many_killed(token):
                    # killing a named person is an assassination (but one killed "in a
                    # gun battle" with troops fell in a fight: 193)
                    final = "193" if self.in_a_fight(token) else "186"
                elif code[:2] in ("18", "19") and target is not None and \
                        public_figure(target) and source.sector not in SECURITY_SECTORS and \
                        any(w.lemma_.lower() in ESCORTS for w in attacked_things(token)):
                    final = "185"  # "ambushed Pinochet's motorcade", "killing five of his
                    # bodyguards": an attempt on the leader's life
                elif code.startswith("18") and target is not None and public_figure(target) and \
                        code != "181" and source.sector not in SECURITY_SECTORS:
                    final = "185"  # a named person stabbed or shot at: an attempt on a life
                elif code[:2] in ("18", "19") and self.is_mass_killing(token):
                    final = "202"  # "troops killed hundreds of civilians": a massacre
                elif code[:3] in ("171", "173") and target is not None and \
                        not target.person and \
                        token.lemma_.lower() in ("capture", "seize") and \
                        self.takes_a_place(token):
                    final = "192"  # "captured Kherson", "seized the emirate": a place taken,
                    # not a person held or goods seized
                elif code.startswith("083") and (source.sector in ("JUD", "MIL") or
                                                 source.person) and \
                        token.lemma_.lower() in ("annul", "nullify", "invalidate", "void",
                                                 "overturn", "cancel"):
                    final = "172"  # a court or a ruler annulling an election imposes on the
                    # state (an election commission bowing to protesters gives way: 083)
                elif source.sector == "JUD" and target is not None and (
                        (code == "0831" and token.lemma_.lower() in ("remove", "oust")) or
                        (code.startswith("172") and token.lemma_.lower() == "disqualify"
                         and any(o.ent_type_ == "PERSON" for d in children(token, "dobj")
                                 for o in d.subtree))):
                    final = "116"  # a court removing or disqualifying a leader from office
                    # rules against him
                elif code.startswith("051") and target is not None and \
                        token.lemma_.lower() in GREETINGS and passive(token) and not any(
                            s.pos_ == "NOUN" for s in passive_subjects(token)):
                    final = "043"  # "was welcomed at the airport by Castro": a guest
                    # received, not a decision praised
                elif code.startswith("051") and (armed := backers_of(token)) is not None:
                    if not armed:
                        continue  # "euros backed by frozen assets": a guarantee, no praise
                    final = "072"  # "rebels backed by Rwanda": armed, not praised
                elif code.startswith("171") and target is not None and target.person:
                    final = "173"  # "seized President Conde": a person seized is detained
                elif code.startswith("175") and source.sector not in SECURITY_SECTORS \
                        and source.country and (source.sector or source.org):
                    final = "190"  # gunmen firing on a march attack it; only a state represses
                elif code[:3] in ("190", "193", "194", "195") and any(
                        w in ASSAILANTS for w in source.text.lower().split()) and (
                        target is None or target.sector not in ("MIL", "COP")) and not any(
                        w.lemma_.lower() in MILITARY_TARGETS for o in children(token, "dobj")
                        for w in o.subtree):
                    final = "180"  # gunmen killing people at a rally assault; they wage no war
                elif code.startswith("145") and source.sector in ("MIL", "COP", "SPY") and \
                        source.country:
                    # troops storming a building riot no more than protesters wage war: at
                    # home they repress (or seize power), abroad they attack
                    final = "175" if target is None or target.country == source.country \
                        else "190"
                elif code.startswith("1712") and self.set_off(token):
                    # "bombs destroyed the dome": a bombing ("a truck bomb", a car bombing)
                    final = self.refine_attack("183", token, subjects(token))
                elif code.startswith(("19", "1712")) and source.sector == "CVL":
                    # protesters storming a palace, rioters torching or ransacking
                    # buildings: a violent protest; they wage no war
                    final = "145"
                elif code == "190" and token.lemma_.lower() in CLASH_WORDS and \
                        source.sector in ("COP", "MIL") and target is not None and \
                        target.sector == "CVL" and target.country == source.country:
                    final = "175"  # police clashing with a crowd of their own people
                # (but a bloc suspending a member state suspends it, and a state revoking a
                # foreign firm's licence sanctions it: 172)
                elif code.startswith("172") and target is not None and target.country and \
                        target.country != source.country and all(
                            o.pos_ == "VERB" for o in prep_objects(token, "from")) \
                        and not (source.org and not source.country and
                                 token.lemma_.lower() in ("suspend", "expel", "exclude")) \
                        and token.lemma_.lower() not in LICENCE_VERBS:
                    final = "163"  # a ban on another state's airlines or goods is an embargo
                    # (and barring its officials "from entering" a travel ban)
                key = (source.country or source.org,
                       (target.country or target.org) if target else None, final)
                # ("dissolved the party and barred 37 of its members": one ban told twice)
                banned_again = final == "172" and any(
                    k[:2] == key[:2] and k[2][:3] == "172" and len(k[2]) == 4 for k in seen)
                # ("opened fire on marchers, killing 25": the repression's toll)
                toll = final[:2] in ("18", "19") and toll_of(token) and not (
                    target is not None and public_figure(target)) and (
                        key[0], key[1], "175") in seen
                if key in seen or banned_again or toll:
                    continue
                seen.add(key)
                events.append(self.event(
                    article_id, sent, index, token, final, when, negated, hypothetical,
                    source, target, speaker, speech[0].lemma_ if speech else None, pattern))
            if not (negated or hypothetical or when.historical):
                # (sides acting on each other keep no other target: "met in St Vincent and
                # agreed not to use force against each other" visits nobody)
                for source, other, implied in self.implied_acts(
                        token, code, sources, [] if each_other else targets, published,
                        context):
                    key = (source.country or source.org, other.country, implied)
                    if key not in seen:
                        seen.add(key)
                        events.append(self.event(
                            article_id, sent, index, token, implied, when, False, False,
                            source, other, speaker, speech[0].lemma_ if speech else None,
                            pattern))
        return events

    def implied_acts(self, token, code: str, sources: list[Actor], targets: list[Actor],
                     on: date, context: Context) -> list[tuple[Actor, Actor, str]]:
        """Acts a done act implies with no word of their own: the visit made by talking or
        signing in another state's city (042), the hold on a third state's national that
        an extradition hands over (173)."""
        implied = []
        if code[:2] in VISIT_ROOTS:
            implied += self.implied_visits(token, sources, targets, on, context)
        if code == "063":
            implied += [(source, national, "173") for source, national in
                        self.handed_over_nationals(token, sources, targets, on, context)]
        for requester in self.requesters(token, on, context):
            # "Australian troops arrived at the request of its government": the requester
            # asked for them (an appeal for protection when forces are sent)
            # (an arrest or a handover asked for is judicial cooperation: "arrested at the
            # request of US prosecutors")
            forces = any(a.sector in ("MIL", "COP") for a in sources) or \
                code.startswith(("074", "15"))
            asked = "0213" if code.startswith(("173", "174", "063")) else \
                "0234" if forces else "020"
            implied += [(requester, source, asked)
                        for source in sources
                        if (source.country or source.org) != (requester.country or requester.org)]
        if code.startswith("084") and self.swapped_for(token):
            # "Russia freed Brittney Griner in exchange for Viktor Bout": a swap, in which
            # the other side frees whom it held as well
            implied += [(target, source, code) for source in sources for target in targets
                        if target.country and not target.org and not target.person
                        and target.country != source.country]
        if not code.startswith("04") and by_phone(token):
            # "apologised to Aliyev in a telephone call": the call is a talk of its own
            implied += [(source, target, "041") for source in sources for target in targets
                        if (target.country or target.org) != (source.country or source.org)]
        return implied

    @staticmethod
    def swapped_for(verb) -> bool:
        """Whether a release is one side of a swap: done "in exchange for" or "in return
        for" people (named, or captives), or "in a prisoner swap"."""
        def people(noun) -> bool:
            return noun.ent_type_ in ("PERSON", "NORP") or noun.lemma_.lower() in CAPTIVES
        for word in (verb, *children(verb, "dobj")):
            for prep in children(word, "prep"):
                for deal in children(prep, "pobj") if prep.lower_ == "in" else []:
                    if (deal.lemma_.lower() == "swap" and any(
                            people(m) for m in children(deal, "compound", "amod"))) or any(
                            people(o) for p in children(deal, "prep") if p.lower_ == "for"
                            for o in with_conjuncts(children(p, "pobj"))):
                        return True  # (but "in exchange for maps of minefields": no swap)
        return False

    def requesters(self, verb, on: date, context: Context) -> list[Actor]:
        """Whoever an act is done at the request or invitation of ("at the request of its
        government", "at the invitation of the Honiara government")."""
        # (and "struck the rebels, acting at the request of President Deby")
        holders = [verb, *(c for c in children(verb, "advcl")
                           if c.lemma_.lower() in ("act", "operate", "intervene"))]
        asks = [o for h in holders for o in prep_objects(h, "at")
                if o.lemma_.lower() in REQUEST_NOUNS]
        # (also "at the government's request")
        return [a for o in asks
                for a in self.actors(prep_objects(o, "of") or children(o, "poss"), on, context)
                if a.country or a.org]

    @staticmethod
    def set_off(verb) -> bool:
        """Whether a violent verb's subject, or its cause, is a bomb going off ("a massive
        bomb killed", "killed when a bomb destroyed her car", "a truck packed with
        explosives blew up"), not anyone who set it off."""
        clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
        return any(t.lemma_.lower() in EXPLOSIVES for c in clauses
                   for s in children(c, "nsubj") for t in s.subtree)

    def handed_over_nationals(self, token, sources: list[Actor], targets: list[Actor],
                              on: date, context: Context) -> list[tuple[Actor, Actor]]:
        """A third state's national extradited is one the extraditing state held: "Thailand
        extradited the Russian arms dealer Viktor Bout to the United States" is also
        Thailand detaining a Russian (173). Its own nationals it hands over only."""
        if token.lemma_.lower() != "extradite" or passive(token):
            return []
        sides = {a.country for a in [*sources, *targets]}
        # the person's own words say the nationality ("the Russian arms dealer", "the
        # former head of Venezuela's military intelligence"), not the story around them
        people = [a for o in children(token, "dobj") for a in [
            self.described(o, on, context) or self.resolver.resolve(phrase_text(o), on)]
            if a is not None and a.country and a.country not in sides and not a.org]
        return [(s, people[0]) for s in sources if s.country][:1] if people else []

    def implied_visits(self, token, sources: list[Actor], targets: list[Actor], on: date,
                       context: Context) -> list[tuple[Actor, Actor, str]]:
        """A leader or official who talks, signs or agrees with a state in that state's
        city is visiting it: "Modi and von der Leyen agreed in New Delhi" is the Commission
        president's visit to India (042). Leaders meeting in a third state visit nobody: they
        meet at a third place (044)."""
        def places_on(verb) -> set:
            # the verb's own place, or its agreement's: "signed a deal in Rome"; not "the
            # embassy in Jerusalem", "the government in Kabul"
            # (and a named party's: "apologised to Samoa in Apia", "talks with Xi in
            # Beijing", where the parser hung the place on the name)
            holders = [verb, *(o for o in children(verb, "dobj")
                               if o.lemma_.lower() in PACT_NOUNS),
                       *(o for p in ("to", "with") for o in prep_objects(verb, p)
                         if o.pos_ == "PROPN")]
            return {a.country for a in self.first_actors(
                [[o for h in holders for o in prep_objects(h, "in")]], on, context,
                locative=True) if a.country}
        places, walk = places_on(token), token
        while not places and walk.dep_ in ("xcomp", "advcl") and walk.head.i != walk.i:
            walk = walk.head  # "agreed in New Delhi to aim to conclude a deal"
            places = places_on(walk)
        if len(places) != 1:
            return []
        (host,) = places
        if host not in {a.country for a in [*sources, *targets]}:
            own = best_pattern(token)
            if any(a.person or a.role for a in [*sources, *targets]) and not any(
                    w.lemma_.lower() in BROKERING for w in token.sent) and \
                    own is not None and own.code[:2] in ("03", "05", "06") and \
                    token.lemma_.lower() not in SIGNING:
                # leaders agreeing in a third state met there ("agreed in Geneva to
                # resume talks"): a meeting at a third place, each way (but a treaty
                # signed there is coded as the signing alone, as our gold sets do)
                sides = [*sources, *targets]
                return [(s, t, "044") for s in sides for t in sides
                        if (s.country or s.org) != (t.country or t.org)]
            return []
        # people travel: a leaders' meeting ("Meloni and her Albanian counterpart signed
        # in Rome"), but "Ethiopia and Eritrea signed in Asmara" names no visitor
        if not any(a.person or a.role for a in [*sources, *targets]):
            return []
        return [(s, state(host), "042") for s in sources
                if s.country != host and s.sector in (None, "GOV", "IGO")]

    @staticmethod
    def is_mass_killing(token) -> bool:
        """A killing of a hundred or more unarmed people ("killed at least 110 civilians",
        "killed hundreds of villagers"), which CAMEO codes as mass killing, not combat."""
        if token.lemma_.lower() not in MASSACRE_VERBS or (
                token.dep_ == "advcl" and not children(token, "nsubj")) or any(
                s.lemma_.lower() in ATTACK_NOUNS or
                instruments().get(s.lemma_.lower(), "193") != "193"
                for s in subjects(token)):
            # "strikes killed 1,200 people": an air war's toll; "shot down an airliner,
            # killing all 176 on board": the toll of another act (but gunmen killing a
            # hundred students massacre them)
            return False
        victim_deps = ("nsubjpass",) if passive(token) else ("dobj",)
        for victims in children(token, *victim_deps):
            head = victims
            if victims.lower_ in ("hundreds", "thousands", "dozens") and prep_objects(
                    victims, "of"):
                head = prep_objects(victims, "of")[0]
            if head.lemma_.lower() not in UNARMED_VICTIMS and \
                    head.lower_.rstrip("s") not in UNARMED_VICTIMS:  # ("Muslims", a name)
                continue
            if victims.lower_ in ("hundreds", "thousands"):
                return True
            counts = [c for c in victims.children if c.dep_ == "nummod"]
            number = counts[0].text.replace(",", "") if counts else ""
            if (number.isdigit() and int(number) >= 100) or number in ("hundreds", "thousands"):
                return True
        return False

    @staticmethod
    def is_killing(token) -> bool:
        """"Killed", "assassinated", "shot dead"; not "shot several times"."""
        lemma = token.lemma_.lower()
        if lemma == "shoot":
            return any(t.lower_ == "dead" for t in token.children) or \
                token.doc[token.i + 1:token.i + 2].text.lower() == "dead"
        return lemma in KILLING_VERBS

    @staticmethod
    def visit_or_host(code: str, source: Actor, target: Actor | None, venue: set) -> str:
        """A meeting held in one side's country is the other side's visit and the first
        side's hosting: "Kim met Putin in Vladivostok" is Kim visiting Russia; one held in
        neither side's country is CAMEO's meeting at a third location."""
        if code not in MEETING_CODES or target is None or not venue:
            return code
        if target.country in venue and source.country not in venue:
            return "042"
        if source.country in venue and target.country not in venue:
            return "043"
        if source.country and target.country and not venue & {source.country, target.country}:
            return "044"  # "met Xi in Busan": neither side's home, a third place
        return code

    @staticmethod
    def is_repression(code: str, source: Actor, target: Actor | None, sent) -> bool:
        """Force used by a state's police or army on civilians in a sentence about protests:
        "police killed 19 people during protests" is 175, not 18 or 19; so are troops
        shooting people who protest at a border they hold."""
        # ("dozens of Bolivians were killed in clashes with security forces": the state's
        # own people, named by nationality, are civilians too)
        if code[:2] not in ("18", "19", "20") or target is None or \
                source.sector not in SECURITY_SECTORS or source.country is None:
            return False
        if target.sector in PEOPLES_SECTORS and target.country == source.country and \
                any(t.lemma_.lower() in BEATINGS or (
                    t.lower_ == "tear" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "gas")
                    for t in sent):
            return True  # "police beat voters with batons": force on its own people
        return (target.sector in ("CVL", "LAB") or (
                    target.sector is None and not target.org and not target.person
                    and target.country == source.country and nationals(target.text))) \
            and any(t.lemma_.lower() in REPRESSED_CROWDS or t.lower_ in STRIKERS or (
                t.lower_ == "strike" and t.head.lower_ == "on") for t in sent)

    def refers_back(self, cand: Candidate, act) -> bool:
        """Whether a comment with no actor as target is about an act just reported: its
        object is "it" or a definite thing ("condemned the move", "denounced the
        decision"), it qualifies such a thing ("a move Armenia condemned"), or it is a
        claim of responsibility, which always refers to an attack."""
        if (cand.code.startswith("13") and any(
                o.lemma_.lower() in RETALIATION for o in act.subtree)) or \
                cand.token.lemma_.lower() in RETALIATION or (
                    cand.code == "130" and self.answer_foretold(cand.token)):
            # "vowed revenge", "vowed to respond with reciprocal measures": against
            # whoever did what was just reported
            return True
        if cand.code[:2] in HOSTILE_ROOTS and cand.intent_head is not None and \
                cand.token.dep_ != "pobj" and \
                cand.intent_head.lemma_.lower() in VOWS | self.threatening:
            return True  # "Hamas vowed to keep up its attacks": on whoever just hit it
        if cand.code[:2] in ("18", "19") and (any(
                c.lower_ == "back" for c in act.children) or
                countering(cand.token) or any(countering(o) for o in children(act, "dobj"))):
            # "the South's forces fired back", "troops launched a counter-attack": at
            # whoever struck first
            return True
        if cand.code.startswith("051") and cand.pattern.kind == "V":
            # "France welcomed the decision", "praised the move": whoever made it (not
            # "praised the army", which names whom)
            return any(o.lower_ in ACT_PRONOUNS or ((
                o.lemma_.lower() in WELCOMED_ACTS or best_pattern(o) is not None) and any(
                d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "their", "its")
                for d in o.children)) for o in children(act, *OBJECT_DEPS))
        if cand.code.startswith(("160", "161")) and cand.pattern.kind == "V":
            return True  # "Thailand downgraded diplomatic relations": with whoever just hurt it
        if not cand.code.startswith(COMMENT_CODES):
            return False
        if cand.code.startswith("12") and cand.pattern.kind == "V" and not children(
                act, *OBJECT_DEPS, "xcomp", "ccomp", "prep"):
            return True  # "Beijing refused": what it was just asked
        if Coder.dismayed(act):
            return True
        if cand.code.startswith("015") or act.dep_ == "relcl" or (
                cand.code.startswith("016") and children(act, "ccomp")):
            # (a denial that something happened answers whoever said it did)
            return True
        objects = [*children(act, *OBJECT_DEPS)] + [
            o for p in ("against", "on", "for", "over") for o in prep_objects(act, p)]
        if cand.pattern.target == "about":
            objects += verdict_subjects(act)  # "said the move was illegal": the move
        if cand.pattern.kind == "N":
            if not [c for c in cand.token.children if c.dep_ == "prep"
                    and c.lower_ not in ("from", "by")]:
                return True  # "drawing condemnation from the UN"
            objects += [o for p in ("of", "against", "over", "at") for o in
                        prep_objects(cand.token, p)]
        # "denied any involvement": a denial of some part in what was just reported
        determiners = ("the", "this", "that", "its", "such", "any") \
            if cand.code.startswith("016") else ("the", "this", "that", "its", "such")
        # ("called the ruling unacceptable", parsed with "the" on the adjective)
        objects += [o for o in children(act, "oprd") if o.pos_ == "ADJ"]
        return any(o.lower_ in ACT_PRONOUNS or (o.pos_ in ("NOUN", "ADJ") and any(
            d.dep_ in ("det", "poss") and d.lower_ in determiners
            for d in o.children)) for o in objects)

    def names_its_state(self, actor: Actor, on: date) -> bool:
        """Whether an actor's own words name its state ("Malian troops"), rather than the
        story placing it there ("gunmen")."""
        own = self.resolver.resolve(actor.text, on) if actor.text else None
        return own is not None and own.country == actor.country

    @staticmethod
    def holder(askers: list[Actor], earlier: list[Event]) -> list[Actor]:
        """Who holds the people a call for release is about: the latest state to detain,
        seize or abduct someone, other than the one calling."""
        own = {a.country or a.org for a in askers}
        for event in reversed(earlier):
            if event.cameo_code.startswith(("173", "181", "171")) and \
                    (event.source.country or event.source.org) not in own:
                return [event.source]
        return []

    def asked_of(self, trigger, askers: list[Actor], on: date, context: Context
                 ) -> list[Actor]:
        """Whom an appeal, demand or rejection with no addressee concerns: the parties its
        object names with "between", or else the place it names ("an immediate ceasefire
        in Gaza", "peace talks between Moscow and Kyiv")."""
        own = {a.country or a.org for a in askers}
        things = with_conjuncts([*children(trigger, "dobj"), *[
            o for p in ("for", "to", "on") for o in prep_objects(trigger, p)]])
        for preps, locative in ((("between",), False), (("in", "across", "inside"), True)):
            # (the parser may hang the place on the verb: "demanded a truce | in Yemen")
            holders = [*things, trigger] if locative else things
            named = [o for t in holders for p in preps for o in prep_objects(t, p)]
            found = [a for a in self.actors(with_conjuncts(named), on, context,
                                            locative=locative)
                     if (a.country or a.org) and (a.country or a.org) not in own]
            if found:
                return found
        if any(w.lemma_.lower() in VOTES for t in things for w in t.subtree):
            # "the opposition rejected the election results": a dispute at home
            return [state(a.country) for a in askers[:1] if a.country]
        return []

    def partakers(self, act, on: date, context: Context) -> list[Actor]:
        """Those said to take part in an act by a "with" clause: "struck Islamic State
        targets, with Saudi Arabia and Jordan taking part in the raids"."""
        found = []
        for clause in [o for p in children(act, "prep") if p.lower_ == "with"
                       for o in children(p, "pcomp")]:
            if clause.lemma_.lower() in ("join", "participate") or (
                    clause.lemma_.lower() == "take" and
                    any(o.lower_ == "part" for o in children(clause, "dobj"))):
                found.extend(self.actors(with_conjuncts(children(clause, "nsubj")), on,
                                         context))
        return [a for a in found if a.country or a.org]

    def aimed_at(self, act, sources: list[Actor], on: date, context: Context, *,
                 home: bool = False) -> list[Actor]:
        """The first state named as a place anywhere after the act in its clause ("to
        restore constitutional order in Niger", "to the border with Venezuela"); with
        ``home``, the doers' own state when that is the place named."""
        own = {a.country or a.org for a in sources}
        places = [w for w in act.subtree if w.i > act.i and w.dep_ == "pobj" and
                  w.head.lower_ in ("in", "to", "into", "with", "near", "off", "towards",
                                     "on", "along", "at")
                  and not self.in_background(w, act) and (
                      (w.head.lower_ != "with" and (w.head.head.i == act.i or (
                          w.head.head.dep_ in OBJECT_DEPS and w.head.head.head.i == act.i)))
                      or self.in_purpose(w, act))]
        # ("sent troops to its frontier with Belarus": the neighbour it faces)
        places = [(prep_objects(w, "with") or [w])[0]
                  if w.lemma_.lower() in ("border", "frontier", "boundary") else w
                  for w in places]
        if home:
            # (a place named, not "the tiny nation" said of whoever came last)
            named = [w for w in places if any(t.pos_ == "PROPN" for t in w.subtree)]
            return [state(a.country) for a in self.actors(named, on, context, locative=True)
                    if a.country and a.country in own][:1]
        # ("agreed to send forces to the tiny nation": the state an anaphor means, not
        # one of the senders)
        found = [self.other_state(a, sources, context)
                 for a in self.actors(places, on, context, locative=True)]
        return [a for a in found if a.country and a.country not in own][:1]

    def fought_within(self, token, side: Actor, on: date, context: Context) -> bool:
        """Whether the sides a fight is "between" are all of the one state found (or are
        called rivals, unnamed), and not "their countries" said of others."""
        between = [o for o in prep_objects(token, "between") + prep_objects(token.head, "between")
                   if not any(c.dep_ == "poss" for c in o.children)]
        sides = self.actors(with_conjuncts(between), on, context) if between else []
        return bool(between) and all(a.country == side.country for a in sides) and (
            bool(sides) or any(c.lemma_.lower() == "rival" for o in between for c in o.children))

    @staticmethod
    def sent_within(act) -> bool:
        """Whether forces are moved to an unnamed place of their own land ("into the state",
        "to the region", "onto the streets of the capital"), not to a border or abroad."""
        return any(o.lemma_.lower() in HOME_PLACES and not any(
                       t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP") for t in o.subtree)
                   for p in ("to", "into", "onto", "on", "across")
                   for o in prep_objects(act, p))

    @staticmethod
    def below_through(word, act, passes) -> bool:
        """Whether the way up from a word to the act passes a token that ``passes``."""
        for above in word.ancestors:
            if above.i == act.i:
                return False
            if passes(above):
                return True
        return False

    @staticmethod
    def in_a_fight(verb) -> bool:
        """Whether a killing happened "in a gun battle", "in a gunfight", "during clashes"."""
        return any(o.lemma_.lower() in FIGHTS for p in ("in", "during")
                   for o in prep_objects(verb, p))

    @staticmethod
    def talks_led_to(noun, by_token: dict) -> bool:
        """Whether talks are named as what led to an agreement: "agreed ... after three days
        of talks", "signed the accord following secret talks with Washington"."""
        word = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in SPANS else noun
        word = word.head if word.dep_ == "pobj" and word.head.lower_ == "of" else word
        prep = word.head
        if word.dep_ != "pobj" or prep.lower_ not in ("after", "following"):
            return False
        outer = by_token.get(prep.head.i)
        return outer is not None and outer.code[:2] in ("03", "05", "08")

    @staticmethod
    def deterred(act) -> list:
        """Whom a purpose clause of the act means to deter: "to deter Iran", "to warn
        Pyongyang", "to send a clear message to Moscow"."""
        found = []
        for clause in [c for c in act.children if c.dep_ in ("advcl", "xcomp")
                       and any(a.lower_ == "to" for a in children(c, "aux"))]:
            if clause.lemma_.lower() in DETERRING:
                found += children(clause, "dobj")
            for noun in children(clause, "dobj"):
                if noun.lemma_.lower() in ("message", "signal", "warning"):
                    # (the model hangs "to Iran" on the noun or the verb, as a dative too)
                    found += [o for w in (noun, clause) for to in w.children
                              if to.lower_ == "to" and to.dep_ in ("prep", "dative")
                              for o in children(to, "pobj")]
        return found

    def in_purpose(self, word, act) -> bool:
        """Whether a word lies in a purpose clause of the act ("to restore constitutional
        order in Niger")."""
        return self.below_through(word, act, lambda above: above.pos_ in ("VERB", "AUX") and
                                  to_infinitive(above) and
                                  above.dep_ in ("advcl", "xcomp", "acl", "relcl"))

    def in_background(self, word, act) -> bool:
        """Whether a word lies in a setting of the act ("amid tension in Kosovo", "after the
        attack near Moscow") rather than in what the act does."""
        return self.below_through(word, act, lambda above: above.dep_ == "prep" and
                                  above.lower_ in SETTINGS)

    @staticmethod
    def go_between(noun) -> bool:
        """Whether an event noun names those an act goes through ("held talks through
        Turkish mediators"): their mediation is an act of its own, not the talks' content."""
        return noun.dep_ == "pobj" and noun.head.lower_ in ("through", "via") and \
            noun.lemma_.lower() in GO_BETWEENS

    def mediated_sides(self, act, mediators: list[Actor], events: list[Event], on: date,
                       context: Context) -> list[Actor]:
        """The sides a mediation with no named parties brought together: the states
        coordinated as the sentence's subject ("Thailand and Cambodia agreed ..., after
        talks mediated by Malaysia"), or else the two sides of its first act ("Russia freed
        Griner in a swap the UAE mediated")."""
        own = {a.country or a.org for a in mediators}
        pair = [a for a in self.subject_pair(act, on, context)
                if (a.country or a.org) not in own]
        if len(pair) >= 2:
            return pair
        def sides_of(event: Event) -> list[Actor]:
            return [a for a in (event.source, event.target) if a is not None and
                    (a.country or a.org) and (a.country or a.org) not in own]

        for event in events:
            if len(sides_of(event)) == 2 and event.cameo_root not in ("04", "01", "02"):
                return sides_of(event)
        # "A ceasefire took effect on Friday. The truce was brokered by Egypt": the sides of
        # the latest agreement or talks reported before
        for event in reversed(getattr(self, "_history", [])):
            if len(sides_of(event)) == 2 and event.cameo_code.startswith(AGREEMENT_CODES):
                return sides_of(event)
        return []

    def claimed_places(self, act, sources: list[Actor], on: date, context: Context
                       ) -> list[Actor]:
        """Where a claimed attack struck, when the claim names it: "claimed the bombings
        that killed 90 people in Kerman", "the attack near Moscow, which Islamic State
        claimed"."""
        things = [*children(act, "dobj"), *prep_objects(act, "for"),
                  # ("confirmed that its jets had destroyed a reactor in Syria")
                  *(o for c in children(act, "ccomp") for o in children(c, "dobj"))]
        things += [o for t in list(things) for o in prep_objects(t, "for")]
        if act.dep_ == "relcl":
            things.append(act.head)
        own = {a.country or a.org for a in sources}
        for thing in things:
            places = [w for w in thing.subtree if w.dep_ == "pobj" and
                      w.head.lower_ in (*LOCATIVE_PREPS, "on") and w.ent_type_ not in
                      ("DATE", "TIME")]
            found = [a for a in self.actors(places, on, context, locative=True)
                     if (a.country or a.org) and (a.country or a.org) not in own]
            if found:
                return found[:1]
        return []

    def named_act(self, act, sources: list[Actor], earlier: list[Event], on: date,
                  context: Context, noun=None) -> list[Actor]:
        """Who did the earlier act a comment names by its own word ("condemned the launch"
        after "North Korea launched a rocket"; a comment ``noun``'s "concern over the
        pardon"): the doer of that coded act, or else the subject of the verb of that word
        earlier in the text."""
        own = {a.country or a.org for a in sources}
        about = [o for p in ("over", "about", "at", "of") for o in prep_objects(noun, p)] \
            if noun is not None else []
        named = [o for o in [*children(act, "dobj"), *verdict_subjects(act), *about]
                 if o.pos_ == "NOUN" and len(o.lemma_) > 3]
        words = {o.lemma_.lower()[:5] for o in named}
        if not words:
            return []
        # ("welcomed the accord" after "signed a power-sharing deal": an act of its kind)
        roots = {p.code[:2] for o in named if (p := best_pattern(o)) is not None}
        for event in reversed([e for e in earlier if not e.historical]):
            if (event.trigger.lower()[:5] in words or event.cameo_root in roots) and \
                    (event.source.country or event.source.org) not in own:
                return fellow_doers(event, earlier, own)
        for verb in reversed(act.doc[:act.i]):
            if verb.pos_ == "VERB" and verb.lemma_.lower()[:5] in words:
                doers = [a for a in self.actors(subjects(verb), on, context)
                         if (a.country or a.org) and (a.country or a.org) not in own]
                if doers:
                    return doers[:1]
        return []

    def holders(self, act, sources: list[Actor], on: date, context: Context) -> list[Actor]:
        """Who holds the people whose release an appeal asks for: the "by" of the
        participle that describes them ("hostages held by Hamas"), or else the state of
        its place ("journalists detained in Iran")."""
        own = {a.country or a.org for a in sources}
        held = [p for r in act.subtree if r.lemma_.lower() in ("release", "freeing", "return")
                for o in prep_objects(r, "of") for p in children(o, "acl")
                if p.tag_ == "VBN"]
        for participle in held:
            found = self.actors(prep_objects(participle, "by"), on, context) or [
                state(a.country) for a in self.place_of(participle, on, context, own=True)
                if a.country]
            found = [a for a in found if (a.country or a.org) and
                     (a.country or a.org) not in own]
            if found:
                return found[:1]
        return []

    @staticmethod
    def accusers(sources: list[Actor], earlier: list[Event]) -> list[Actor]:
        """Who made the latest accusation or criticism (11) aimed at one of ``sources``."""
        own = {a.country or a.org for a in sources}
        for event in reversed([e for e in earlier if not e.historical]):
            if event.cameo_root == "11" and event.target is not None and \
                    (event.target.country or event.target.org) in own and \
                    event.source.code not in {a.code for a in sources}:
                return [event.source]
        return []

    def denied_victims(self, act, sources: list[Actor], on: date, context: Context
                       ) -> list[Actor]:
        """The first state or body a denied clause names, other than the denier."""
        own = {a.country or a.org for a in sources}
        for clause in children(act, "ccomp"):
            for word in clause.subtree:
                if word.ent_type_ in ("GPE", "NORP", "ORG") and word.dep_ != "compound":
                    found = [a for a in self.actors([word], on, context, locative=True)
                             if (a.country or a.org) and (a.country or a.org) not in own]
                    if found:
                        return found[:1]
        return []

    def sides_just_told(self, events: list[Event]) -> list[Actor]:
        """The two sides of the latest act told both ways, or else of the latest fighting."""
        earlier = self.told_so_far(events)
        return self.sides_together(earlier) or self.warring_sides([], earlier)

    @staticmethod
    def sides_together(events: list[Event]) -> list[Actor]:
        """The two sides of the latest act the sentence coded both ways (a truce or a
        deal between A and B), or nothing."""
        for event in reversed(events):
            if event.target is None:
                continue
            back = next((e for e in events if e.cameo_code == event.cameo_code and
                         e.target is not None and e.source.code == event.target.code and
                         e.target.code == event.source.code), None)
            if back is not None:
                return [event.target, event.source]
        return []

    @staticmethod
    def warring_sides(sources: list[Actor], earlier: list[Event]) -> list[Actor]:
        """The two sides of the latest fighting told, neither of them the appealer: whom a
        call for a ceasefire or for restraint is addressed to."""
        own = {a.country or a.org for a in sources}
        for event in reversed([e for e in earlier if not e.historical]):
            if event.cameo_root in ("18", "19", "20") and event.target is not None:
                sides = [event.source, event.target]
                keys = [a.country or a.org for a in sides]
                if keys[0] != keys[1] and not own & set(keys):
                    return sides
        return []

    @staticmethod
    def asked_by(code: str, sources: list[Actor], earlier: list[Event]) -> list[Actor]:
        """Who made the appeal or demand a refusal answers: the latest one addressed to
        the refuser ("Canberra demanded an apology. Beijing refused")."""
        if not code.startswith("12"):
            return []
        own = {a.country or a.org for a in sources}
        for event in reversed([e for e in earlier if not e.historical]):
            if event.cameo_root in ("02", "10") and event.target is not None and \
                    (event.target.country or event.target.org) in own:
                return fellow_doers(event, earlier, own)
        return []

    @staticmethod
    def antecedent(code: str, sources: list[Actor], earlier: list[Event], *,
                   deed: bool = False) -> list[Actor]:
        """The target of a comment on an earlier act: who did the latest act by someone
        else ("Qatar condemned the attack" -> the attacker), or, for a claim of
        responsibility, whom the latest attack hit. A comment on a ``deed`` ("condemned
        the decision") passes over what was only said since."""
        own = {a.country or a.org for a in sources}
        earlier = [e for e in earlier if not e.historical]  # comments answer the news
        if deed:
            # (scrapping a pact, defying a ruling or vetoing a law is done, not said)
            earlier = [e for e in earlier if e.cameo_root not in VERBAL_ROOTS or
                       e.cameo_code.startswith(("017", "126", "127", "128", "129"))] \
                or earlier
        for event in reversed(earlier):
            if code.startswith("015"):
                if event.cameo_root in ("18", "19", "20") and event.target is not None:
                    return [event.target]
                continue
            # (a symbolic act is a deed: "visited the Yasukuni shrine. Washington was
            # disappointed")
            if (event.source.country or event.source.org) not in own \
                    and (event.cameo_root not in ("01", "02") or
                         event.cameo_code.startswith("017")):
                return fellow_doers(event, earlier, own)
        codes = {a.code for a in sources}

        def latest_by_another(fits) -> list[Actor]:
            """Whoever did the latest act, by an actor other than the commenter, that fits."""
            return next(([e.source] for e in reversed(earlier)
                         if e.source.code not in codes and fits(e)), [])

        found: list[Actor] = []
        if code[:2] in ("18", "19"):
            # "Taliban fighters overran Kunduz. Government troops counterattacked": a civil
            # war's other side
            found = latest_by_another(
                lambda e: e.cameo_root in HOSTILE_ROOTS and bool(e.source.sector))
        if not found and code.startswith("11"):
            # "Gunmen killed 12 people in Paris. Hollande called the attack barbaric": the
            # government condemning violence at home by others of its country (or by an
            # assailant nobody named: "was shot dead near the Kremlin")
            found = latest_by_another(lambda e: e.cameo_root in HOSTILE_ROOTS and (
                e.source.sector not in ("GOV", None) or unnamed_assailant(e)))
        if not found and code[:2] in ("11", "12") and all(
                a.sector in ("CVL", "OPP", "PTY", "REB", "MED", "LAB") and not a.person
                for a in sources):
            # "The army ousted Bashir. Protesters rejected the move": a crowd or party
            # answering its own state's rulers
            found = latest_by_another(
                lambda e: e.source.country in own and e.source.sector in STATE_SECTORS)
        if not found and code[:2] in ("11", "12") and sources and all(
                a.sector == "GOV" for a in sources):
            # "A general announced he had removed the president. The president's office
            # dismissed the announcement": a government answering a challenge from its own
            # state's soldiers, rebels or opposition
            found = latest_by_another(
                lambda e: e.source.country in own and e.source.sector in CHALLENGERS)
        if not found and all(a.person for a in sources) and not code.startswith("015"):
            # "Police arrested Anez. She denounced the arrest": a person's complaint about
            # what her own state's police, courts or government did to her
            found = latest_by_another(
                lambda e: e.source.sector in SECURITY_SECTORS | {"JUD"} and
                e.target is not None and e.target.country in own)
        return found

    @staticmethod
    def helped_alongside(sources: list[Actor], earlier: list[Event]) -> list[Actor]:
        """The one the latest earlier offer or gift of help went to (CAMEO 03x, 07x),
        when its giver is someone else and the helped is none of ``sources``."""
        own = {a.country or a.org for a in sources}
        for event in reversed(earlier):
            target = event.target
            if event.cameo_code[:2] in ("03", "07") and target is not None and \
                    (event.source.country or event.source.org) not in own and \
                    (target.country or target.org) not in own:
                return [target]
        return []

    def last_named(self, sources: list[Actor], act, on: date, context: Context
                   ) -> list[Actor]:
        """The state or organisation the text named last before the comment, other than
        the commenter: "Georgia's parliament passed the law. Brussels called it
        unacceptable" is about Georgia even when passing a law is no event. The words of
        this sentence before the comment count too ("Explosions were reported near
        Isfahan, but Israel did not claim responsibility")."""
        before = self.context_before(act, on, context)
        own = {a.country or a.org for a in sources}
        for actor in reversed(before.recent):
            if (actor.country or actor.org) not in own:
                return [actor]
        # the states of the people named ("Japanese Prime Minister Shinzo Abe visited the
        # shrine. China condemned the visit")
        other = next((c for c in reversed(before.countries) if c not in own), None)
        return [state(other)] if other else []

    def clause_subject(self, act, sources: list[Actor], on: date, context: Context
                       ) -> list[Actor]:
        """For a comment in a relative clause on a noun that sums up the main clause ("X
        set up a checkpoint, a move Y condemned"), the main clause's subject."""
        if act.dep_ != "relcl" or act.head.dep_ not in ("appos", "npadvmod", "dobj", "attr"):
            return []
        own = {a.country or a.org for a in sources}
        doers = self.actors(subjects(act.head.head), on, context)
        return [a for a in doers if (a.country or a.org) not in own]

    def is_reciprocal(self, code: str) -> bool:
        return any(code.startswith(p) for p in self.cues["reciprocal"])

    def pairs(self, sources: list[Actor], targets: list[Actor], code: str,
              each_other: bool = False, symmetric: bool = False, apart: bool = False
              ) -> list[tuple[Actor, Actor | None]]:
        """(source, target) pairs: each source with each target, or, for a reciprocal act
        with coordinated subjects and no target (or "each other"), each subject towards
        each other one; ``apart`` when each subject acts with the target on its own."""
        mutual = [(a, b) for a in sources for b in sources if two_sides(a, b)]
        if len(sources) > 1 and mutual and self.is_reciprocal(code) and targets and all(
                t.sector and not t.org and t.text.islower() for t in targets):
            # "Russia and Ukraine swapped prisoners": the unnamed people are each other's
            return mutual
        if len(sources) > 1 and (each_other or (not targets and self.is_reciprocal(code))):
            return mutual
        if len(sources) > 1 and mutual and self.is_reciprocal(code) and code[:2] < "09" and \
                targets and all(t.country and t.country in {a.country for a in sources}
                                for t in targets):
            # "China and Laos opened a railway linking Kunming to Vientiane": a place of one
            # partner named in the act makes it no target of both (but troops of two allies
            # entering a city of one of them are not each other's foes)
            return mutual
        if len(sources) > 1 and not self.is_reciprocal(code) and \
                {a.code for a in targets} == {a.code for a in sources}:
            return []  # "Baghdad, Ankara and Tehran urged them": "them" is not the three
        pairs = [(a, b) for a in sources for b in (targets or [None])]
        if len(sources) > 1 and self.is_reciprocal(code) and not apart and \
                code.startswith(("04", "057", "0841")):
            # "the ministers of A and B met with C": A and B met too; but A and B striking C
            # together, both cutting ties with C or both recognising C do nothing to each
            # other
            pairs += mutual
        if symmetric and self.is_reciprocal(code) and not code.startswith("041"):
            # (a call "with" someone is the caller's: "Obama spoke by telephone with
            # Rouhani")
            pairs += [(b, a) for a, b in pairs if b is not None]
        return pairs

    def participants(self, cand: Candidate, on: date, context: Context
                     ) -> tuple[list[Actor], list[Actor]]:
        token, pattern = cand.token, cand.pattern
        gerund_between = pattern.kind == "V" and token.dep_ in ("nsubj", "nsubjpass") \
            and bool(prep_objects(token, "between"))  # "Fighting between A and B continued"
        if pattern.kind == "V" and not gerund_between:
            if token.dep_ == "amod" and token.lemma_.lower() in ("broker", "mediate") and \
                    token.i >= 2 and token.doc[token.i - 1].text == "-":
                # "a US-brokered agreement": the US mediated between the deal's parties
                source_tokens = [token.doc[token.i - 2]]
                target_tokens = [self.parties_of(token.head)]
            elif token.dep_ == "amod" and token.lemma_.lower() == "visit" and \
                    token.head.pos_ in ("NOUN", "PROPN"):
                # "talks with the visiting German chancellor": the guest visits the host,
                # the state of the one who receives him (or of the place)
                source_tokens = [token.head]
                host = next((a for a in token.head.ancestors if a.pos_ in ("VERB", "AUX")),
                            None)
                target_tokens = [subjects(host), prep_objects(host, "in")] \
                    if host is not None else []
            elif token.dep_ == "acl" and token.head.lemma_.lower() in MESSAGES and \
                    governing_verb(token.head) is not None and \
                    (children(governing_verb(token.head), "dative") or
                     prep_objects(governing_verb(token.head), "to")):
                # "sent Putin a letter apologising for the downing": the sender to whom it
                # was sent
                sender = governing_verb(token.head)
                source_tokens = subjects(sender)
                target_tokens = [children(sender, "dative") + prep_objects(sender, "to")]
            elif self.dismayed(token):  # the one dismayed, at whatever was just reported
                source_tokens = self.speaker_for_pronoun(
                    self.experiencers(token) or subjects(token), token)
                target_tokens = []
            elif (token.dep_ == "acl" or (token.dep_ == "advcl" and token.tag_ == "VBN")) \
                    and prep_objects(token, "by") and (
                        cand.code.startswith("04") or token.dep_ == "advcl" or
                        token.lemma_.lower() in BROKERING):
                # "a deal brokered by X": X acts on the deal's parties
                source_tokens = prep_objects(token, "by")
                target_tokens = [self.parties_of(brokered_thing(token))]
            elif passive(token):
                source_tokens = passive_agents(token) or [
                    o for o in prep_objects(token, "in")  # "killed in an Israeli air strike"
                    if o.lemma_.lower() in ATTACK_NOUNS] or [
                    w for o in prep_objects(token, "in")  # "killed in a clash with X"
                    if o.lemma_.lower() in CLASH_WORDS for w in prep_objects(o, "with")] or [
                    o for d in children(token, "dobj") for o in prep_objects(d, "by")]
                if not source_tokens and token.lemma_.lower() in HANDOVER_VERBS:
                    # "Toledo was extradited from the United States": the state handing
                    # him over is the one he leaves, or else his own
                    source_tokens = prep_objects(token, "from") or \
                        passive_subjects(token)
                if not source_tokens and pattern.target == "none" and (
                        cand.code[:2] == "15" or cand.code[:3] == "083"):
                    # "troops were put on alert": a posture of the troops' own state;
                    # "Khan was ousted": a change in his state's leadership
                    source_tokens = with_conjuncts(passive_subjects(token))
                # "the emirate, which was invaded by Iraq": the relative is the emirate
                target_tokens = [relative_antecedents(
                    token, with_conjuncts(passive_subjects(token)))]
                if pattern.target not in ("dobj", "auto", "none") and not (
                        token.lemma_.lower() in HANDOVER_VERBS and
                        not prep_objects(token, pattern.target)):
                    # ("Toledo was extradited from the US": handed over to his own state)
                    target_tokens = [slot_tokens(token, pattern.target, "V")]
            else:
                source_tokens = self.speaker_for_pronoun(subjects(token), token)
                causative = self.causative_head(token)
                if causative is not None and causative.i != token.i:
                    source_tokens = subjects(causative)
                target_tokens = self.target_tokens(token, pattern.target, "V")
        elif self.between(token) and self.is_reciprocal(cand.code):
            # "talks between A and B", "fighting broke out between A and B": both are parties
            source_tokens = self.between(token)
            target_tokens = []
        else:
            governor = cand.governor
            if cand.code.startswith("14") and governor is not None and \
                    governor.lemma_.lower() not in PROTEST_ORGANISERS:
                governor = None  # "the government fell after weeks of protests"
            source_tokens = self.noun_sources(token, governor)
            if governor is not None and source_tokens == subjects(governor):
                # "North Korea said it had carried out a nuclear test": the speaker
                source_tokens = self.speaker_for_pronoun(source_tokens, governor)
            target_tokens = self.target_tokens(token, pattern.target, "N")
        sources = [self.of_subject_state(a, context)
                   for a in self.actors(source_tokens, on, context)]
        if pattern.kind == "N" and not children(token, "poss"):
            sources = [self.armed_by_modifier(token, a) for a in sources]
        if not sources and cand.code.startswith("14") and not passive(token) and not any(
                s.lemma_.lower() in MINDLESS for s in subjects(token)):
            # "Thousands protested", "during protests against the ban": the people of
            # the place, or of the country the story is about
            # ("after weeks of protests against his rule": the ruler's people; a country
            # named only later in the sentence is not the story's yet)
            home_country = [a.country for a in self.place_of(token, on, context)] or [
                a.country for a in self.actors(prep_objects(token, "against"), on, context)
                if a.country and not a.org][:1] or \
                self.context_before(token, on, context).countries[-1:] or \
                context.countries[-1:]
            sources = [Actor(text="", code=c + "CVL", country=c, sector="CVL",
                             sectors=("CVL",)) for c in home_country[:1]]
        locative = cand.code.startswith(LOCATIVE_CODES)
        own = set() if cand.code.startswith((*DOMESTIC_CODES, "20")) else {
            a.country or a.org or a.code for a in sources}
        targets = [] if pattern.target == "none" else self.first_actors(
            target_tokens, on, context, locative=locative, besides=own)
        targets = [self.other_state(t, sources, context) for t in targets]
        if pattern.kind == "N" and cand.code[:2] in ("18", "19") and \
                token.dep_ == "nsubj" and self.is_killing(token.head):
            # "a US drone strike at Baghdad airport killed Qassem Soleimani": the strike is
            # aimed at whom it killed, a figure or force of another state, not at the place
            victims = [v for v in self.actors(children(token.head, "dobj"), on, context)
                       if v.country and v.country not in own and (public_figure(v) or v.sector)]
            targets = [state(v.country) for v in victims[:1]] or targets
        if not targets and own and cand.code[:2] in ("18", "19"):
            # "Houthi fighters killed Yemen's former president": a figure or body of the
            # attackers' own state, not the state itself
            sectors = {a.sector for a in sources}
            armed = bool(sectors & ARMED_SECTORS)
            targets = [t for t in self.first_actors(target_tokens, on, context,
                                                    locative=locative)
                       if public_figure(t) or (t.sector and t.sector not in sectors) or (
                           armed and self.names_a_place(t))]
            # ("Syrian troops shelled Homs", "Haftar ordered his forces to advance on
            # Tripoli": a civil war's fighting in the state's own cities)
        if not targets and locative:
            places = [prep_objects(token, p) for p in LOCATIVE_PREPS]
            # (an attack's place may sit deeper: "abducted 200 girls from their dormitories
            # in the town of Chibok")
            targets = self.first_actors(places, on, context, locative=True) or (
                self.place_of(token, on, context) if token.head.lower_ == "during" else
                self.place_of(token, on, context, own=self.elsewhere(token))
                if cand.code[:2] in ("18", "19", "20") else [])
        if not targets and sources and cand.code[:2] == "09":
            targets = self.investigated(token, on, context, own)
        if len(sources) > 1 and targets and all(
                t.text.lower() in ("their", "them", "themselves") for t in targets):
            targets = []  # "Russia and Belarus began their joint exercises": each other
        if not targets and cand.asked is not None:
            # "requested that India withdraw": whoever is asked to act is the target
            targets = self.actors(children(cand.asked, "nsubj"), on, context)
        if not targets and pattern.kind == "V" and pattern.target != "none" and \
                cand.code[:2] in ("02", "10", "11", "12", "13"):
            # "demanded that the Houthis stop attacking ships", "warned that Israel would
            # pay": the one the clause is about
            own = {a.country or a.org for a in sources}
            targets = [a for a in self.actors(
                [n for c in children(token, "ccomp") for n in children(c, "nsubj")], on,
                context) if (a.country or a.org) and (a.country or a.org) not in own]
        if pattern.kind == "V" and pattern.target != "none" and not cand.code.startswith(
                DOMESTIC_CODES) and {t.country or t.org for t in targets} <= {
                a.country or a.org for a in sources}:
            # "Qatar told Israel and Hamas that it would suspend its mediation": what the
            # teller says it will do is aimed at those it told (not at "its" mediation)
            teller = token.head if token.dep_ == "ccomp" else None
            if teller is not None and teller.lemma_.lower() in TELLING:
                targets = self.actors(with_conjuncts(children(teller, "dobj", "dative")), on,
                                      context) or targets
        if targets and sources and all(t.country for t in targets) and \
                {t.country for t in targets} <= {a.country for a in sources}:
            # "recalled its ambassador in Washington": the place names the other side
            for group in [*target_tokens, [token]]:
                # (prep_objects also looks under a particle: "pull its ambassador out of")
                places = [o for tok in group for p in ("in", "from", "to", "of")
                          for o in prep_objects(tok, p)]
                # "visited the American base at Pituffik in Greenland": the place's place
                places += [w for tok in group for o in prep_objects(tok, "at")
                           for w in prep_objects(o, "in")]
                elsewhere = [a for a in self.actors(places, on, context)
                             if a.country not in {s.country for s in sources}]
                if elsewhere:
                    targets = elsewhere
                    break
        # (looked up only when some doer or target has no state: reading the sentence up
        # to the act costs a scan)
        home = self.home_country(token, on, context) if any(
            not (a.country or a.org) for a in [*sources, *targets]) else None
        # "drones struck two Saudi oil plants": a projectile of no stated country was sent
        # from elsewhere, not by the state it hit
        sources = [a for a in sources if a.country or a.org or
                   a.text.lower().split()[-1].rstrip("s") not in PROJECTILES] \
            if cand.code[:2] in ("18", "19") else sources
        native = {a.country for a in sources if a.country}
        sides = targets
        if cand.code[:2] in ("14", "17", "18", "19", "20") and any(
                not (a.country or a.org) for a in sources):
            # gunmen, bombers or protesters of no stated country belong where they act,
            # not to their victims or the embassy they storm ("killing US soldiers outside
            # Kabul airport", "stormed the Swedish embassy in Baghdad")
            # ("stormed the embassy in Baghdad and set it on fire": where the first act was)
            sides = self.place_of(token, on, context) or (
                self.place_of(token.head, on, context) if token.dep_ == "conj" else []) \
                or self.host_of_foreigners(token, targets, on, context) or targets
            hit = {t.country for t in targets if t.country}
            if cand.code[:2] in ("18", "19") and hit and any(
                    o.lemma_.lower() in PROJECTILES for o in children(token, "dobj")):
                # "militants fired rockets at Tel Aviv": fired from afar, from the other
                # state the story names
                other = [c for c in reversed(context.countries) if c not in hit]
                sides = [state(other[0])] if other else []
        sources = [a for a in self.domestic(sources, sides, home) if a.country or a.org]
        if sources and cand.code[:2] in ("18", "19") and pattern.kind == "V" and all(
                self.names_a_place(t) for t in targets) and self.is_killing(token):
            # "police shot dead the drug baron Pablo Escobar in Medellin": a person killed
            # whom the knowledge base does not know is still the victim (of the place or of the
            # forces' state, below), not the place
            targets = [Actor(text=phrase_text(o), code="", person=o.text)
                       for o in children(token, "dobj")[:1]
                       if o.pos_ == "PROPN" and o.ent_type_ not in PLACE_LABELS] or targets
        if cand.code.startswith(DOMESTIC_CODES):
            targets = self.domestic(targets, sources, home)
        elif cand.code[:2] in ("18", "19", "20"):
            # a strike "on" the attacker's own capital is a misread clause, not an attack;
            # but gunmen or bombers of no stated country strike where they are
            if cand.code == "192" and targets and all(t.country in native for t in targets) \
                    and not all(a.sector in INSURGENT_SECTORS for a in sources):
                # "Ukrainian forces recaptured Izium ... Russia said": retaken from the
                # other state the sentence names; none named, a civil war's town is taken
                # (rebels taking their own capital take it from their own state, whatever
                # state the president flees to)
                enemy = [a for a in context.recent[context.sentence_mark:]
                         if a.country and a.country not in native]
                targets = [state(enemy[0].country)] if enemy else targets
            # (but a state may gas or massacre its own towns: "dropped chlorine on Douma")
            # (nor rebels attacking a town of their own state: "RSF fighters attacked El
            # Fasher" is the civil war's attack on the state)
            insurgents = sources and all(a.sector == "REB" for a in sources)
            targets = [t for t in targets if not (t.country in native and t.sector is None)
                       or cand.code == "192" or cand.code.startswith("20")
                       or public_figure(t) or (insurgents and t.text.lower() not in (
                           "its", "their", "it", "them", "his", "her"))
                       or (cand.code[:2] == "19" and self.names_a_place(t) and any(
                           a.sector in ARMED_SECTORS for a in sources))]
            if any(not (t.country or t.org) for t in targets):
                # victims of no stated country ("kidnapped villagers in Niger") are
                # people of the place named, else, when a state's own forces or rebels act
                # ("police killed 19 people"), that state's people
                forces = [a for a in sources if a.country and a.sector in
                          SECURITY_SECTORS | {"REB"}]  # insurgents kill their own people
                # "shot down a Ukrainian airliner, killing all 176 on board": the victims
                # are those of the act this one follows from
                hit = children(token.head, "dobj") \
                    if token.dep_ == "advcl" and token.head.i != token.i else []
                # ("struck a boat carrying drugs from Venezuela, killing 11 people": the
                # thing struck came from there)
                hit += [w for h in hit for w in h.subtree
                        if w.dep_ == "pobj" and w.head.lower_ == "from"]
                struck = [a for a in self.actors(hit, on, context)
                          if a.country and a.country not in native]
                targets = self.domestic(
                    targets, struck or self.place_of(token, on, context) or forces, None)
        else:
            # a release's prisoners are not, by default, the actor's own people: a country
            # named before them in the story may claim them ("Hamas freed 33 hostages");
            # with none, they are the actor's own ("Nicaragua freed 222 prisoners")
            own = {a.country for a in sources}
            before = self.context_before(token, on, context).countries
            elsewhere = next((c for c in reversed(before) if c not in own), None)
            if elsewhere is None and cand.code.startswith("0841"):
                elsewhere = next((a.country for a in sources if a.country), None)
            targets = self.domestic(targets, [], elsewhere)
            if elsewhere is None:
                # an office named without a state, where no other state is named, is the
                # actor's own ("the House impeached Vice President Sara Duterte")
                # ("opposition groups accused government forces of ...")
                targets = [homed(t, sources[0].country) if (
                    t.role or t.sector in HOME_FORCES) and not (
                    t.country or t.org) and sources and sources[0].country and
                    "foreign" not in t.text.lower() else t
                    for t in targets]
        if cand.code[:2] in ("17", "18", "19", "20") and not any(
                t.person or t.org or (t.country and t.country not in native)
                for t in targets) and (
                any(o.lemma_.lower() in HIT_PEOPLE for o in children(token, "dobj")) or (
                    targets and all(t.text and t.text.lower().split()[-1] in HIT_PEOPLE
                                    for t in targets))):
            # "killing 38 people, most of them British": the victims' own state (where
            # none but the doers' own was found)
            aside = self.nationality_aside(token, on, context)
            targets = [state(aside)] if aside else targets
        targets = [a for a in targets if a.country or a.org]
        if cand.code[:2] in ("17", "18", "19", "20") and any(map(stateless, targets)):
            # "a US drone strike killed al-Qaeda's leader in Kabul", "seized an al-Qaeda
            # operative in Tripoli": a group of no one state is struck where it is
            places = [a for a in self.place_of(token, on, context) if a.country]
            if places:
                iso = places[0].country
                targets = [replace(t, code=iso, name=self.resolver.kb.country_names.get(iso),
                                   country=iso, org=None, sector=None, sectors=())
                           if stateless(t) else t for t in targets]  # (its leader stays one)
        foreign = [t for t in targets if t.country and t.country not in native]
        if foreign and not cand.code.startswith(DOMESTIC_CODES):
            # "Russia freed reporter X and former US Marine Y": the foreigners are the
            # target, not a stateless reporter placed at home
            targets = [t for t in targets if t.country not in native or t.org]
        if len(targets) == 1 and passive(token) and \
                cand.code[:2] in ("18", "19") and not targets[0].person:
            # "Marielle Franco, a city councillor, was shot dead": a named victim is a
            # person even when nobody knows her name
            # (the small model often calls a person's name an organisation: "Pim Fortuyn")
            # ("The Russian journalist Anna Politkovskaya was shot dead": the name may
            # stand in apposition to the noun the parser makes the subject)
            named = [t for s in passive_subjects(token) for t in [s, *children(s, "appos")]
                     if t.pos_ == "PROPN" and t.ent_type_ not in PLACE_LABELS]
            if named and not targets[0].org:
                name = " ".join(w.text for w in [*children(named[0], "compound"), named[0]])
                targets = [replace(targets[0], person=name)]
        if (not sources and len(targets) == 1 and passive(token) and targets[0].country
                and (cand.code.startswith(DOMESTIC_CODES) or (
                    cand.code.startswith("18") and public_figure(targets[0])) or (
                    cand.code.startswith("19") and public_figure(targets[0]) and
                    self.is_killing(token)))):
            # ("Charlie Kirk was shot dead at a university event": an assassin of his own
            # country, unless the text says otherwise)
            # "Navalny was detained": no agent named, so the state's own authorities;
            # "Lee was stabbed": an assailant of the country, nobody's agent; but "was
            # arrested in Vancouver": the authorities of the place
            places = [a.country for a in self.place_of(token, on, context) if a.country]
            home = places[0] if places and cand.code.startswith(DOMESTIC_CODES) else \
                targets[0].country
            sources = [Actor(text="", code=home + "GOV", country=home, sector="GOV",
                             sectors=("GOV",))
                       if cand.code.startswith(DOMESTIC_CODES) else
                       state(home)]
        if len(sources) == 1 and not targets and cand.code.startswith("0871") and \
                token.lemma_.lower() in ("declare", "announce", "proclaim", "order"):
            # a truce declared alone: in a region of one's own, a civil war's; else with
            # the other side the story names ("Israel declared a ceasefire")
            own = {a.country for a in sources}
            places = [a.country for a in self.place_of(token, on, context) if a.country]
            other = [c for c in reversed(context.countries) if c not in own][:1]
            home = places[:1] if places else other
            targets = [state(home[0])] if home else []
        if not sources and (cand.code[:2] in ("18", "19") or cand.code.startswith("1712")) \
                and self.set_off(token):
            # "a bomb in Beirut killed Hariri", "a truck packed with explosives blew up in
            # Islamabad": a bombing by nobody named is the state's where it happened
            home = [a.country for a in [
                *self.place_of(token, on, context),
                *self.first_actors([[o for s in subjects(token) for o in prep_objects(s, "in")]],
                                   on, context, locative=True)] if a.country] or \
                [t.country for t in targets if t.country]
            sources = [state(home[0])] if home else []
            targets = targets or ([state(home[0])] if home else [])
        if not sources and not targets and cand.code in ("190", "193") and \
                token.lemma_.lower() in ("fighting", "clash", "fight", "clashes"):
            # "fighting erupted along the disputed border" in a sentence about two states:
            # the two fought each other
            states = list(dict.fromkeys(a.country for a in context.recent[
                context.sentence_mark:] if a.country))
            if len(states) == 2:
                sources = [state(c) for c in states]
        # "Trinidad and Tobago declared ...": two names of one actor are one doer
        sources = list({(a.code, a.person): a for a in reversed(sources)}.values())[::-1]
        if len(sources) == 1 and not targets and cand.code[:2] == "19" and \
                self.fought_within(token, sources[0], on, context):
            # "fighting between rival factions of the security forces", "clashes between
            # the army and sacked soldiers": a fight within the one state both sides are of
            targets = [state(sources[0].country)]
        if not targets and sources:
            targets = self.targets_the_act_implies(cand, token, sources, on, context)
        if not targets and len(sources) == 1 and sources[0].country and \
                cand.code == "090" and (cand.governor or token).lemma_.lower() in OPENING:
            # "President Joko Widodo ordered an investigation": into what happened at home
            targets = [state(sources[0].country)]
        if (not targets and len(sources) == 1 and (not passive(token) or
                                                   token.dep_ == "acl" or
                                                   cand.code.startswith("083"))
                and (cand.code.startswith(DOMESTIC_CODES) or (
                    cand.code.startswith("1712") and sources[0].sector == "CVL"))):
            # resigning, protesting, declaring an emergency, rioters torching shops: acts
            # upon the actor's own state
            targets = [Actor(text="", code=sources[0].country, name=None,
                             country=sources[0].country)] if sources[0].country else []
        return sources, targets

    def targets_the_act_implies(self, cand: Candidate, token, sources: list[Actor],
                                on: date, context: Context) -> list[Actor]:
        """Targets no slot names but the act's own words imply: the place inspectors found
        something (090), whoever holds the people whose release is asked for, the state a
        law is vetoed in, and whom the protest a march is made in is against."""
        own = {a.country or a.org for a in sources}
        if cand.code == "090" and cand.pattern.line == 0:
            # "inspectors found uranium particles at Iran's Fordow plant": where they found it
            return [state(a.country) for a in self.place_of(token, on, context)
                    if a.country and a.country not in own][:1]
        if cand.code.startswith(("0253", "1053")):
            # "demanded the release of hostages held by Hamas", "of two journalists
            # detained in Iran": the appeal goes to whoever holds them
            return self.holders(token, sources, on, context)
        if len(sources) == 1 and cand.code == "129" and sources[0].country \
                and any(o.lemma_.lower() in ("law", "bill", "legislation", "amendment", "budget")
                        for o in children(token, "dobj")):
            # "the president vetoed the foreign agents law": a veto at home
            return [state(sources[0].country)]
        if cand.code[:2] == "14" and cand.pattern.kind == "V":
            # "marched through the capital in protest against the court": whom the
            # protest the march is made in is against
            against = [o for n in prep_objects(token, "in") if n.lemma_.lower() == "protest"
                       for p in ("against", "at") for o in prep_objects(n, p)]
            return [a for a in self.actors(with_conjuncts(against), on, context)
                    if (a.country or a.org) and (a.country or a.org) not in own]
        return []

    def investigated(self, token, on: date, context: Context, own: set) -> list[Actor]:
        """Whom an inquiry is into, when no slot names them: the perpetrators or the place
        its subject matter lies in ("an investigation into war crimes committed by Israeli
        forces", "into crimes against humanity in Venezuela")."""
        inquiries = [token, *children(token, "dobj")]
        if token.dep_ == "dobj":  # "launched an investigation on Tuesday into abuses": the
            inquiries.append(token.head)  # parser hung the matter on the light verb
        matter = [o for q in inquiries for p in ("into", "of") for o in prep_objects(q, p)]
        if token.pos_ == "VERB":  # "to investigate abuses committed in the war in Ethiopia"
            matter += children(token, "dobj")
        for kind in ("by", *LOCATIVE_PREPS):
            named = [w for m in matter for w in m.subtree if w.dep_ == "pobj" and
                     w.head.lower_ == kind and (kind != "by" or w.head.dep_ == "agent")]
            found = [a for a in self.actors(with_conjuncts(named), on, context,
                                            locative=kind != "by")
                     if (a.country or a.org) and (a.country or a.org) not in own]
            if found:
                return found
        return []

    def place_of(self, token, on: date, context: Context, *, own: bool = False
                 ) -> list[Actor]:
        """The countries of the places an act happens in: "in", "near", "outside" ... on
        the verb or on its object ("struck crowds outside Kabul airport"); unless ``own``,
        also the places of the clause it hangs on."""
        verbs = [token]
        if token.dep_ in ("advcl", "conj") and token.head.i != token.i and not own:
            verbs.append(token.head)  # "struck crowds outside Kabul airport, killing ..."
        if token.dep_ == "pobj" and token.head.lower_ == "during" and \
                token.head.head.pos_ in ("VERB", "AUX"):
            verbs.append(token.head.head)  # "signed a deal in Port Moresby during a visit"
        # (also on whom it is done with: "talks with his counterpart in Cairo")
        holders = [*verbs, *(t for v in verbs for obj in [*children(v, *OBJECT_DEPS),
                                                         *prep_objects(v, "with")]
                             for t in obj.subtree if t.pos_ in ("NOUN", "PROPN"))]
        # (an embassy stands on its host's soil: "outside the Turkish embassy" is no place in
        # Turkey)
        # ("outside a US-run training centre in Riyadh": the place the thing stands in,
        # not its owner)
        places = [[(prep_objects(o, "in") or [o])[0] for o in prep_objects(h, p)
                   if o.lemma_.lower() not in EMBASSIES]
                  for h in holders for p in LOCATIVE_PREPS]
        found = [a for a in self.first_actors(places, on, context, locative=True) if a.country]
        if found:
            return found
        # "a car bomb outside a nightclub on the island of Bali killed 202 people": where
        # the weapon was (not where a doer is from: "militant groups in Gaza announced")
        things = [w for v in verbs for w in subjects(v)
                  if w.lemma_.lower() in EXPLOSIVES | PROJECTILES | BLASTS]
        near = [o for w in things for p in (*LOCATIVE_PREPS, "on") for o in prep_objects(w, p)]
        near += [x for o in near for p in (*LOCATIVE_PREPS, "on", "of")
                 for x in prep_objects(o, p)]
        found = [a for a in self.first_actors([near], on, context, locative=True) if a.country]
        if found:
            return found
        # "killed bin Laden in a raid on a compound in the Pakistani town of Abbottabad":
        # the place, down a chain of prepositions
        # ("abducted 200 girls from their dormitories in the town of Chibok": what they were
        # taken from stands in the place; so does what a bomb tore through or a truck
        # ploughed into: "tore through a market in Peshawar")
        chain = [o for v in verbs for p in (*LOCATIVE_PREPS, "on", "from", "through", "into")
                 for o in prep_objects(v, p)]
        deeper: list = []
        for _ in range(3):
            chain = [o for t in chain for p in (*LOCATIVE_PREPS, "on")
                     for o in prep_objects(t, p)] + [
                w for t in chain for o in prep_objects(t, "of") for p in LOCATIVE_PREPS
                for w in prep_objects(o, p)]  # ("on the balcony of a house in Kabul")
            deeper.extend(chain)
        return [a for a in self.first_actors([deeper], on, context, locative=True) if a.country]

    def first_actors(self, groups, on: date, context: Context, *, locative: bool = False,
                     besides: frozenset | set = frozenset()) -> list[Actor]:
        """Actors of the first slot (in pattern order) that holds any other than
        ``besides`` (the sources: "suspended part of its agreement with Kosovo" is aimed at
        Kosovo, not at the "its" that owns the agreement)."""
        first: list[Actor] = []
        for group in groups:
            actors = self.actors(group, on, context, locative=locative)
            if actors and not all((a.country or a.org or a.code) in besides or
                                  not (a.country or a.org or a.person) for a in actors):
                return actors
            first = first or actors
        # "A, B and C agreed to impose a blockade on the country": a state the words point
        # back to is none of several doers (of one doer, ``other_state`` finds the state
        # meant)
        return [a for a in first if not (
            len(besides) > 1 and COUNTRY_ANAPHOR.match(a.text.lower()) and
            "'s" not in a.text and (a.country or a.org or a.code) in besides)]

    def target_tokens(self, token, slot: str, kind: str) -> list[list]:
        """Candidate target slots in order of preference, each a list of tokens."""
        if slot == "none":
            return []
        # "struck what it said were Hezbollah positions": the described thing is the object
        described = [n for c in children(token, "ccomp") for n in what_it_called(c)
                     if n.i != c.i] if kind == "V" else []
        if slot == "about":  # "said the blast violated UN resolutions": what is judged
            return [with_conjuncts(verdict_subjects(token))]
        if slot == "dobj":
            return [with_conjuncts(relative_antecedents(
                token, children(token, *OBJECT_DEPS, "dative"))) or gapped_object(token)
                or particle_objects(token) or small_clause_subjects(token)
                or helped_subjects(token)
                or with_conjuncts(shared_object(token)), described]
        if slot != "auto":  # the named slot first, then the usual places
            return [slot_tokens(token, slot, kind), *self.target_tokens(token, "auto", kind)]
        groups = [] if kind == "N" else [
            with_conjuncts(relative_antecedents(token, children(token, "dobj", "dative")))
            or gapped_object(token) or particle_objects(token)
            or with_conjuncts(shared_object(token)), described]
        if kind == "V" and token.lemma_.lower() in MEANS_GIVEN:
            # "threatened to use force to remove Gbagbo", "pledged $1 billion to help Nepal
            # rebuild": whom the force or the money is for
            groups.append([o for c in purpose_clauses(token) for o in children(c, "dobj")])
        if kind == "V":
            # "rejected the offer President Botha made": whoever made what is answered
            # (not "a deal under which goods from the EU face tariffs")
            groups.append([s for o in children(token, "dobj")
                           if o.lemma_.lower() in PROFFERED
                           for c in children(o, "relcl") if not children(c, "dobj") and
                           not any(w.lower_ in ("which", "whom") for p in children(c, "prep")
                                   for w in children(p, "pobj"))
                           for s in subjects(c)])
        preps = ("against", "on", "to", "with", "for", "of", "between", "at", "into",
                 "over") if kind == "N" else AUTO_PREPS
        groups.extend(slot_tokens(token, p, kind) for p in preps)
        if kind == "N":
            # "in a show of force aimed at North Korea": whom the act is aimed at first
            groups.insert(0, [o for c in children(token, "acl")
                              if c.lemma_.lower() in ("aim", "direct", "target")
                              for p in ("at", "against") for o in prep_objects(c, p)])
        if kind == "N" and drawn(token, token.head):
            # "Iran's decision drew condemnation": what drew it, read for its owner
            groups.insert(0, subjects(token.head))
        if kind == "N" and token.dep_ == "pobj" and token.head.lower_ == "with" and \
                token.head.head.pos_ == "VERB":
            # "Israel responded with artillery fire on villages in Lebanon": the means
            # names no target; the verb's own "on" or "against" does
            groups.extend(prep_objects(token.head.head, p) for p in ("on", "against", "at"))
        if kind == "N" and token.dep_ == "nsubj" and token.head.lemma_.lower() in IMPACTS:
            # "Israeli tank fire hit an observation tower": what the fire hit
            groups.append(children(token.head, "dobj") + prep_objects(token.head, "into"))
        if kind == "V":
            # "walked out of talks with the United States": the partner of what it left
            groups.append([w for p in ("of", "from") for o in prep_objects(token, p)
                           for w in prep_objects(o, "with")])
        if kind == "V" and any(c.dep_ == "prep" and not list(c.children)
                               for c in token.children):
            # "fired on and seized three vessels": the stranded preposition's object is
            # the next verb's
            groups.extend(children(c, "dobj") for c in token.conjuncts if c.i > token.i)
        return groups

    def speaker_for_pronoun(self, tokens: list, act) -> list:
        """In reported speech a pronoun subject is the speaker: "Ukraine said it was ready
        to accept a ceasefire" -> Ukraine."""
        if len(tokens) == 1 and tokens[0].lower_ in ("it", "they", "we", "he", "she", "i"):
            speech = self.speech_of(act)
            if speech:
                return speech[1]
            if act.dep_ == "ccomp" and act.head.lemma_.lower() in \
                    self.cues["threat"] | self.cues["intent"]:
                return subjects(act.head)  # "Iran warned it would retaliate"
            if act.dep_ == "relcl" and tokens[0].lower_ == "it":
                # "Russia kept Crimea, which it annexed": the main clause's subject
                governor = governing_verb(act.head)
                above = [t for t in subjects(governor) if t.pos_ == "PROPN"] \
                    if governor is not None else []
                if above:
                    return above
            if act.dep_ == "relcl" and tokens[0].lower_ == "they":
                # "German police released a man they had detained": the plural subject of
                # the clause the relative clause hangs in
                governor = governing_verb(act.head)
                above = [t for t in subjects(governor) if t.tag_ == "NNS" or
                         t.lemma_.lower() in COLLECTIVE_FORCES] \
                    if governor is not None else []
                if above:
                    return above
        if len(tokens) == 1 and tokens[0].lower_ == "they":
            # "Moscow and Tbilisi have had no relations since they fought a war": the
            # coordinated subject of the clause above
            walk = act
            while walk.head.i != walk.i:
                walk = walk.head
                above = subjects(walk) if walk.pos_ in ("VERB", "AUX") else []
                if len(above) > 1:
                    return above
        if len(tokens) == 1 and tokens[0].lower_ in ("it", "they"):
            return previous_subject(tokens[0], act) or tokens
        return tokens

    def parties_of(self, noun) -> list:
        """Who takes part in what an event noun names: "a truce between A and B", "A and B
        agreed ... in a deal", "talks ..., A and B agreed"."""
        parties = self.between(noun)
        if parties:
            return parties
        governor = governing_verb(noun) or (noun.head if noun.head.pos_ == "VERB" else None)
        return subjects(governor) if governor is not None else []

    @staticmethod
    def between(noun) -> list:
        """The parties of an event noun named with "between", on it or on its verb."""
        found = prep_objects(noun, "between")
        if not found and noun.dep_ in ("nsubj", "nsubjpass"):
            found = prep_objects(noun.head, "between")
        return found

    @staticmethod
    def armed_by_modifier(noun, actor: Actor) -> Actor:
        """"A Myanmar military air strike", "an Israeli army raid": the state's forces
        struck, as the modifier says, not the state in general."""
        if not actor.country or actor.sector:
            return actor
        for word in noun.subtree:
            if word.i >= noun.i:
                break
            sector = ATTRIBUTIVE_SECTORS.get(word.lemma_.lower())
            if sector and word.dep_ in ("amod", "compound", "nmod"):
                return Actor(text=actor.text, code=actor.country + sector,
                             name=actor.name, country=actor.country, sector=sector,
                             sectors=(sector,))
        return actor

    def noun_sources(self, noun, governor) -> list:
        if drawn(noun, governor):
            # "Iran's decision drew condemnation from France and Britain": from whom
            return with_conjuncts(prep_objects(governor, "from") or prep_objects(noun, "from"))
        if governor is None and noun.dep_ == "ROOT" and children(noun, "nsubj"):
            # the parser's "President Sisi [held-talks]": the light verb read as a modifier
            return with_conjuncts(children(noun, "nsubj"))
        poss = children(noun, "poss")
        blamed = children(noun.head.head, "dobj") if noun.dep_ == "pobj" and \
            noun.head.lower_ in ("for", "over") else []
        if poss and all(p.lower_ in ("its", "their") for p in poss) and blamed:
            return with_conjuncts(blamed)  # "to punish Pyongyang for its rocket launch"
        if poss and all(p.pos_ == "PRON" for p in poss) and governor is not None and \
                subjects(governor):
            return subjects(governor)  # "Keita announced his resignation": "his" is Keita
        if poss:
            return with_conjuncts(poss)
        named = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")
                 and c.ent_type_ in NAME_LABELS]  # "a Myanmar military air strike"
        if named:
            return named
        by = prep_objects(noun, "by") or prep_objects(noun, "from")
        if by:
            return by
        if governor is not None and noun.dep_ not in ("nsubj", "nsubjpass"):
            if passive(governor) and prep_objects(governor, "by"):
                return prep_objects(governor, "by")  # "was seized by police in an inquiry"
            return subjects(governor)
        return []

    def told_so_far(self, events: list[Event]) -> list[Event]:
        """Every event the article has given so far: its earlier sentences', then those
        of the sentence being coded."""
        return [*getattr(self, "_history", []), *events]

    def date_told_before(self, act, triggers: set[int], published: date,
                         events: list[Event]) -> dates.EventDate | None:
        """The date of an act dated by the one told before it ("Russia expelled two
        diplomats on Monday. Hours later, Estonia expelled ..."): the last act with a day of
        its own, moved by the lag the words state; with no such words, that day itself (an
        undated reaction belongs to the story's day, as most of our gold sets date it)."""
        lag = dates.anaphoric_lag(self.owned_text(act, triggers))
        if lag is None:
            # an undated act told after a dated one ("Iran's navy seized a tanker on
            # Friday. Britain condemned the seizure"): the story's day, not its printing's
            lag = 0
        # (never a day still to come: "a tariff from August 1. Lula vowed to respond")
        before = next((e for e in reversed(self.told_so_far(events))
                       if e.date_basis != "publication" and len(e.date) == 10 and
                       not e.historical and e.date <= published.isoformat()), None)
        if before is None:
            return None
        return dates.shifted(dates.EventDate(before.date, before.date_basis, False), lag,
                             published) if lag else dates.EventDate(before.date, "relative",
                                                                    False)

    def date_for(self, act, triggers: set[int], published: date, future: bool, speech,
                 trigger=None, announced: bool = False, deeds: set[int] = frozenset()
                 ) -> dates.EventDate:
        """The date words of the act's own clause; failing those, of the clauses above it
        ("broke through on Saturday, attacking towns"), nearest first, shifted by a lag
        the text states ("resigned on Tuesday, a day after police killed 19"). An act
        ``announced`` for later takes the date of the words that announce it."""
        if announced and act.head.i != act.i:
            above = self.date_above(act, triggers, published, False, speech)
            # (a promise made "a day after" the act above: "promised aid on Wednesday, a
            # day after Saudi Arabia pledged eight billion": Tuesday's pledge)
            lag = None if future else lag_days(trigger if trigger is not None else act, act)
            return dates.shifted(above, lag, published) if lag else above
        named = year_named(trigger) if trigger is not None else None
        if named is not None:
            # "compared it with the 2008 assault on Mumbai": the noun's own year
            return dates.resolve(f"in {named}", published) or dates.publication(published)
        # an event named as the act's setting dates it: "seized in the 1967 war"
        settings = {o.i for p in ("in", "during") for o in prep_objects(act, p)}
        found = dates.resolve(self.owned_text(act, triggers - settings, own_clause_only=True),
                              published, future=future) or \
            dates.resolve(self.owned_text(act, triggers - settings), published, future=future)
        lag = lag_days(trigger if trigger is not None else act, act) if found is None else None
        if lag:
            above = self.date_above(act, triggers, published, future, speech)
            return dates.shifted(above, lag, published)
        return self.date_above(act, triggers, published, future, speech, found, deeds)

    def date_above(self, act, triggers: set[int], published: date, future: bool, speech,
                   found: dates.EventDate | None = None, deeds: set[int] = frozenset()
                   ) -> dates.EventDate:
        """The act's date from its own words (``found``), its coordinated verbs, the clauses
        above it or the speech that reports it; the publication date failing all."""
        for later in (c for c in act.conjuncts if c.i > act.i and found is None):
            # "fired on and seized the vessels on Sunday": the date closes both verbs
            found = dates.resolve(self.owned_text(later, triggers | {later.i}), published,
                                  future=future)
        walk = act
        while found is None and walk.head.i != walk.i:
            walk = walk.head
            if walk.pos_ in ("VERB", "AUX") or walk.i in triggers:
                # the governing clause's date words are read in its own tense: "said on
                # Friday he would resign" is that Friday, not the next
                found = dates.resolve(self.owned_text(walk, triggers | {walk.i}), published,
                                      future=self.is_future(walk))
        if found is None and getattr(self, "_live", None) is not None:
            found = dates.resolve(self.owned_text(act, self._live | {act.i} | deeds),
                                  published, future=future)
            if found is None:
                # "declared martial law and a general mobilisation on Sunday", "signed a
                # deal during a state visit on Friday": the parser hung the date on an
                # event noun inside the act's own clause
                verbs = {i for i in self._live if act.doc[i].pos_ in ("VERB", "AUX")}
                found = dates.resolve(self.owned_text(act, verbs | {act.i} | deeds),
                                      published, future=future)
        if found is None:
            # "signed accords at a White House ceremony hosted by Trump on Tuesday": the
            # only date in the act's words, though it hangs on another act inside them
            # (not an age: "and police arrested a 41-year-old")
            apart = {t.i for d in deeds for t in act.doc[d].subtree}
            named = [e for e in act.doc[act.left_edge.i:act.right_edge.i + 1].ents
                     if e.label_ == "DATE" and "old" not in e.text.lower() and
                     e.start not in apart]
            if len(named) == 1:
                found = dates.resolve(named[0].text if named[0].start == 0 else
                                      act.doc[named[0].start - 1:named[0].end].text,
                                      published, future=future)
        if found is None and speech is not None:
            found = dates.resolve(self.owned_text(speech[0], triggers), published)
        if found is None:
            found = self.date_of_report(act, triggers, published)
        if found is None and act.dep_ == "conj" and act.head.i != act.i:
            # "troops stopped convoys from crossing on Saturday, and Maduro broke off
            # relations": coordinated clauses share their time, wherever the date hangs
            first = act.head
            words = [t.text for t in first.subtree
                     if not (act.left_edge.i <= t.i <= act.right_edge.i)]
            shared = dates.resolve(" ".join(words), published, future=future)
            found = shared if shared is not None and not shared.historical else None
        return found or dates.publication(published)

    def date_of_report(self, act, triggers: set[int], published: date
                       ) -> dates.EventDate | None:
        """The date of a speech verb the parser hung below the act's clause ("Sudan agreed
        to normalise relations with Israel, Trump announced on Friday")."""
        walk = act
        while True:
            for child in walk.children:
                if child.dep_ in ("ccomp", "parataxis") and \
                        child.lemma_.lower() in self.cues["speech"]:
                    found = dates.resolve(self.owned_text(child, triggers | {child.i}),
                                          published)
                    if found is not None:
                        return found
            if walk.head.i == walk.i:
                return None
            walk = walk.head

    def event(self, article_id: str, sent, index: int, token, code: str,
              when: dates.EventDate, negated: bool, hypothetical: bool, source: Actor,
              target: Actor | None, speaker: Actor | None, verb: str | None,
              pattern: Pattern) -> Event:
        cameo = self.codes[code]
        plover_type, plover_mode = plover_for(code)
        confidence = 0.45 + 0.1 * min(len(pattern.constraints), 2) + (0.15 if target else 0.0)
        confidence += 0.1 if source.country or source.org else 0.0
        confidence -= 0.1 if hypothetical else 0.0
        return Event(
            event_id=event_id(article_id, index, token.i, source.code,
                              target.code if target else "", code),
            article_id=article_id,
            sentence=sent.text,
            sentence_index=index,
            char_span=(sent.start_char, sent.end_char),
            date=when.value,
            date_basis=when.basis,
            historical=when.historical,
            negated=negated,
            hypothetical=hypothetical,
            source=source,
            target=target,
            cameo_code=code,
            cameo_root=cameo.root,
            cameo_name=cameo.name,
            goldstein=cameo.goldstein,
            quad_class=cameo.quad_class,
            plover_type=plover_type,
            plover_mode=plover_mode,
            speaker=speaker,
            attribution_verb=verb,
            confidence=round(max(0.05, min(confidence, 0.95)), 2),
            trigger=token.text,
        )
