"""Part N of the office-holders: foreign ministers of 1980-1999 of the states parts A-M leave
out for that time, and the armed-group, rebel, separatist and opposition leaders and other
people named in 1980-1999 news."""

from __future__ import annotations

from datetime import date

import pytest

FOREIGN_MINISTERS_1980_1999 = [
    # role mentions, resolved to the holder of the day
    ("the Israeli foreign minister", date(1991, 10, 30), "ISRGOV", "David Levy"),
    ("the Chinese foreign minister", date(1990, 1, 1), "CHNGOV", "Qian Qichen"),
    ("the Japanese foreign minister", date(1984, 1, 1), "JPNGOV", "Shintaro Abe"),
    ("the Turkish foreign minister", date(1985, 1, 1), "TURGOV", "Vahit Halefoğlu"),
    ("the Spanish foreign minister", date(1993, 1, 1), "ESPGOV", "Javier Solana"),
    ("the Swedish foreign minister", date(1990, 1, 1), "SWEGOV", "Sten Andersson"),
    # names and surnames
    ("Velayati", date(1988, 7, 20), "IRNGOV", "Ali Akbar Velayati"),
    ("Tariq Aziz", date(1991, 1, 9), "IRQGOV", "Tariq Aziz"),
    ("Shamir", date(1981, 6, 7), "ISRGOV", "Yitzhak Shamir"),
    ("Pik Botha", date(1986, 1, 1), "ZAFGOV", "Pik Botha"),
    ("Gareth Evans", date(1990, 1, 1), "AUSGOV", "Gareth Evans"),
    ("Ali Alatas", date(1995, 1, 1), "IDNGOV", "Ali Alatas"),
    ("Dienstbier", date(1990, 1, 1), "CZEGOV", "Jiří Dienstbier"),
    ("Skubiszewski", date(1990, 1, 1), "POLGOV", "Krzysztof Skubiszewski"),
    ("Tindemans", date(1985, 1, 1), "BELGOV", "Leo Tindemans"),
    ("Costa Mendez", date(1982, 4, 10), "ARGGOV", "Nicanor Costa Méndez"),
    ("Silajdzic", date(1992, 6, 1), "BIHGOV", "Haris Silajdžić"),
]

MOVEMENT_LEADERS_1980_1999 = [
    ("Savimbi", date(1992, 10, 5), "AGOREB", "Jonas Savimbi"),
    ("Sankoh", date(1999, 7, 7), "SLEREB", "Foday Sankoh"),
    ("Charles Taylor", date(1993, 1, 1), "LBRREB", "Charles Taylor"),  # NPFL leader
    ("Charles Taylor", date(1998, 1, 1), "LBRGOV", "Charles Taylor"),
    ("Aidid", date(1993, 10, 3), "SOMREB", "Mohamed Farrah Aidid"),
    ("Karadzic", date(1995, 7, 11), "BIHSEP", "Radovan Karadžić"),
    ("Mladic", date(1995, 7, 11), "BIHSEP", "Ratko Mladić"),
    ("Dudayev", date(1995, 1, 1), "RUSSEP", "Dzhokhar Dudayev"),
    ("Abimael Guzman", date(1990, 1, 1), "PERREB", "Abimael Guzmán"),
    ("Pol Pot", date(1985, 1, 1), "KHMREB", "Pol Pot"),
    ("Subcomandante Marcos", date(1994, 1, 5), "MEXREB", "Subcomandante Marcos"),
    ("Abu Nidal", date(1986, 1, 1), "PSEREB", "Abu Nidal"),
    ("Sakharov", date(1986, 12, 1), "RUSOPP", "Andrei Sakharov"),
    ("Kim Dae-jung", date(1987, 12, 1), "KOROPP", "Kim Dae-jung"),  # in opposition
    ("Ninoy Aquino", date(1983, 8, 21), "PHLOPP", "Benigno Aquino Jr."),
    ("Abiola", date(1994, 6, 1), "NGAOPP", "Moshood Abiola"),
    ("Oliver Tambo", date(1985, 1, 1), "ZAFOPP", "Oliver Tambo"),
    ("Buthelezi", date(1992, 1, 1), "ZAFPTY", "Mangosuthu Buthelezi"),
    ("Buthelezi", date(1996, 1, 1), "ZAFGOV", "Mangosuthu Buthelezi"),  # home affairs minister
    ("Gerry Adams", date(1994, 8, 31), "GBRPTY", "Gerry Adams"),
    ("Museveni", date(1984, 1, 1), "UGAREB", "Yoweri Museveni"),  # NRA leader before his presidency
    ("Tirofijo", date(1999, 1, 1), "COLREB", "Manuel Marulanda"),
]


PART_N = FOREIGN_MINISTERS_1980_1999 + MOVEMENT_LEADERS_1980_1999


@pytest.mark.parametrize(("mention", "day", "code", "person"), PART_N)
def test_part_n_people_resolve_to_their_state_and_person(resolver, mention, day, code, person):
    actor = resolver.resolve(mention, day)
    assert (actor.code, actor.person) == (code, person)


@pytest.mark.parametrize(("mention", "day", "code"), [
    ("Karadzic", date(2008, 7, 22), "BIH"),  # out of office: his state's
    ("Walesa", date(1985, 1, 1), "POL"),  # Solidarity's leader is not a row of part N
])
def test_leaders_out_of_office_are_their_state(resolver, mention, day, code):
    assert resolver.resolve(mention, day).code == code
