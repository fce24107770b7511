"""Part L of the office-holders: heads of state and government of 1980-1999 in Europe (the Soviet
Union as RUS, Yugoslavia as SRB, Czechoslovakia as CZE), the Americas and Oceania."""

from __future__ import annotations

from datetime import date

import pytest

STATE_HEADS_1980_1999 = [
    # role mentions, resolved to the holder of the day
    ("the French president", date(1985, 6, 1), "FRAGOV", "François Mitterrand"),
    ("the German chancellor", date(1985, 6, 1), "DEUGOV", "Helmut Kohl"),
    ("the Soviet leader", date(1987, 6, 1), "RUSGOV", "Mikhail Gorbachev"),
    ("the US secretary of state", date(1985, 6, 1), "USAGOV", "George Shultz"),
    ("the British foreign secretary", date(1986, 1, 1), "GBRGOV", "Geoffrey Howe"),
    ("the British prime minister", date(1995, 1, 1), "GBRGOV", "John Major"),
    ("the Italian prime minister", date(1984, 1, 1), "ITAGOV", "Bettino Craxi"),
    ("the Spanish prime minister", date(1990, 1, 1), "ESPGOV", "Felipe González"),
    ("the Canadian prime minister", date(1988, 1, 1), "CANGOV", "Brian Mulroney"),
    ("the Yugoslav prime minister", date(1990, 1, 1), "SRBGOV", "Ante Marković"),
    ("the Czechoslovak president", date(1990, 6, 1), "CZEGOV", "Václav Havel"),
    ("the Croatian president", date(1993, 1, 1), "HRVGOV", "Franjo Tuđman"),
    ("the Ukrainian president", date(1993, 1, 1), "UKRGOV", "Leonid Kravchuk"),
    ("the Argentine president", date(1982, 4, 2), "ARGGOV", "Leopoldo Galtieri"),
    ("the Chilean president", date(1988, 1, 1), "CHLGOV", "Augusto Pinochet"),
    ("the Mexican president", date(1992, 1, 1), "MEXGOV", "Carlos Salinas de Gortari"),
    ("the Nicaraguan president", date(1987, 1, 1), "NICGOV", "Daniel Ortega"),
    ("the Australian prime minister", date(1988, 1, 1), "AUSGOV", "Bob Hawke"),
    ("the New Zealand prime minister", date(1986, 1, 1), "NZLGOV", "David Lange"),
    ("the Irish prime minister", date(1985, 1, 1), "IRLGOV", "Garret FitzGerald"),
    # names and surnames
    ("Thatcher", date(1985, 6, 1), "GBRGOV", "Margaret Thatcher"),
    ("President Bush", date(1991, 1, 17), "USAGOV", "George H. W. Bush"),
    ("Bush", date(2005, 1, 1), "USAGOV", "George W. Bush"),  # the son in office, not the father
    ("Brezhnev", date(1980, 1, 1), "RUSGOV", "Leonid Brezhnev"),
    ("Shevardnadze", date(1987, 1, 1), "RUSGOV", "Eduard Shevardnadze"),  # Soviet foreign minister
    ("Shevardnadze", date(1993, 1, 1), "GEOGOV", "Eduard Shevardnadze"),  # Georgia's head of state
    ("Genscher", date(1989, 11, 9), "DEUGOV", "Hans-Dietrich Genscher"),
    ("Walesa", date(1992, 1, 1), "POLGOV", "Lech Wałęsa"),
    ("Tudjman", date(1995, 8, 5), "HRVGOV", "Franjo Tuđman"),
    ("Izetbegovic", date(1995, 7, 1), "BIHGOV", "Alija Izetbegović"),
    ("Carlos Andres Perez", date(1990, 1, 1), "VENGOV", "Carlos Andrés Pérez"),
    ("Noriega", date(1988, 6, 1), "PANGOV", "Manuel Noriega"),
    ("Andreotti", date(1990, 1, 1), "ITAGOV", "Giulio Andreotti"),
]


@pytest.mark.parametrize(("mention", "day", "code", "person"), STATE_HEADS_1980_1999)
def test_heads_of_1980_1999_resolve_to_their_state_and_person(resolver, mention, day, code, person):
    actor = resolver.resolve(mention, day)
    assert (actor.code, actor.person) == (code, person)


@pytest.mark.parametrize(("mention", "day", "code"), [
    ("Ceausescu", date(1990, 1, 1), "ROU"),  # the day after his office ended and later: his state's
    ("Walesa", date(1985, 1, 1), "POL"),  # before his presidency
    ("Mitterrand", date(1999, 6, 1), "FRA"),
])
def test_heads_out_of_office_are_their_state_not_its_government(resolver, mention, day, code):
    assert resolver.resolve(mention, day).code == code


def test_a_religion_is_no_misspelt_surname(resolver):
    # "Christian gangs": not a fuzzy match of a 1990s Salvadoran president's surname
    assert resolver.resolve("Christian", date(2010, 3, 8)) is None
