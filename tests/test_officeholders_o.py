"""Part O of the office-holders: foreign ministers of 1980-1999 of the states parts A-N leave
out for that time, the presidents of Yugoslavia's collective presidency and its foreign
secretaries of 1980-1987, and the Swiss presidents of 1980-1999 and foreign ministers."""

from __future__ import annotations

from datetime import date

import pytest

FOREIGN_MINISTERS_1980_1999 = [
    # role mentions, resolved to the holder of the day
    ("the Kuwaiti foreign minister", date(1990, 8, 2), "KWTGOV",
     "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
    ("the Algerian foreign minister", date(1985, 1, 1), "DZAGOV", "Ahmed Taleb Ibrahimi"),
    ("the Moroccan foreign minister", date(1990, 1, 1), "MARGOV", "Abdellatif Filali"),
    ("the Nigerian foreign minister", date(1996, 1, 1), "NGAGOV", "Tom Ikimi"),
    ("the Angolan foreign minister", date(1995, 1, 1), "AGOGOV", "Venâncio da Silva Moura"),
    ("the South Korean foreign minister", date(1984, 1, 1), "KORGOV", "Lee Won-kyung"),
    ("the Malaysian foreign minister", date(1995, 1, 1), "MYSGOV", "Abdullah Ahmad Badawi"),
    ("the Austrian foreign minister", date(1990, 1, 1), "AUTGOV", "Alois Mock"),
    ("the Irish foreign minister", date(1985, 6, 1), "IRLGOV", "Peter Barry"),
    ("the Chilean foreign minister", date(1995, 1, 1), "CHLGOV", "José Miguel Insulza"),
    ("the Colombian foreign minister", date(1988, 1, 1), "COLGOV", "Julio Londoño Paredes"),
    ("the Portuguese foreign minister", date(1990, 1, 1), "PRTGOV", "João de Deus Pinheiro"),
    ("the Taiwanese foreign minister", date(1992, 1, 1), "TWNGOV", "Fredrick Chien"),
    ("the Jordanian foreign minister", date(1986, 1, 1), "JORGOV", "Taher al-Masri"),
    ("the Hungarian foreign minister", date(1981, 1, 1), "HUNGOV", "Frigyes Puja"),
    ("the Japanese foreign minister", date(1993, 5, 1), "JPNGOV", "Kabun Muto"),
    # names and surnames
    ("Ellemann-Jensen", date(1990, 1, 1), "DNKGOV", "Uffe Ellemann-Jensen"),  # not his son Jakob
    ("Vayrynen", date(1985, 1, 1), "FINGOV", "Paavo Väyrynen"),
    ("Kadirgamar", date(1998, 1, 1), "LKAGOV", "Lakshman Kadirgamar"),
    ("Francisco Tudela", date(1997, 1, 1), "PERGOV", "Francisco Tudela"),
    ("Gambari", date(1985, 1, 1), "NGAGOV", "Ibrahim Gambari"),
    ("Hun Sen", date(1983, 1, 1), "KHMGOV", "Hun Sen"),  # foreign minister before his premiership
    ("Gong Ro-myung", date(1995, 6, 1), "KORGOV", "Gong Ro-myung"),
    ("Dhanabalan", date(1985, 1, 1), "SGPGOV", "S. Dhanabalan"),
    ("Iacovou", date(1990, 1, 1), "CYPGOV", "George Iacovou"),
    ("Malile", date(1985, 1, 1), "ALBGOV", "Reis Malile"),
    ("Jorge Castaneda", date(1981, 1, 1), "MEXGOV", "Jorge Castañeda y Álvarez de la Rosa"),
    ("Baykal", date(1996, 1, 1), "TURGOV", "Deniz Baykal"),
]

YUGOSLAVIA = [
    ("the Yugoslav president", date(1985, 6, 1), "SRBGOV", "Radovan Vlajković"),
    ("Kraigher", date(1981, 6, 1), "SRBGOV", "Sergej Kraigher"),
    ("Spiljak", date(1983, 6, 1), "SRBGOV", "Mika Špiljak"),
    ("Mojsov", date(1987, 6, 1), "SRBGOV", "Lazar Mojsov"),
    ("Yugoslav President Borisav Jovic", date(1990, 6, 1), "SRBGOV", "Borisav Jović"),
    ("Mesic", date(1991, 10, 1), "SRBGOV", "Stjepan Mesić"),  # Yugoslavia's, not yet Croatia's
    ("the Yugoslav foreign minister", date(1983, 1, 1), "SRBGOV", "Lazar Mojsov"),
    ("Dizdarevic", date(1985, 1, 1), "SRBGOV", "Raif Dizdarević"),
    ("Vrhovec", date(1980, 6, 1), "SRBGOV", "Josip Vrhovec"),
]

SWITZERLAND = [
    ("the Swiss president", date(1989, 6, 1), "CHEGOV", "Jean-Pascal Delamuraz"),
    ("Cotti", date(1998, 6, 1), "CHEGOV", "Flavio Cotti"),  # president and foreign minister
    ("Delamuraz", date(1996, 6, 1), "CHEGOV", "Jean-Pascal Delamuraz"),
    ("Ruth Dreifuss", date(1999, 3, 1), "CHEGOV", "Ruth Dreifuss"),
    ("Furgler", date(1985, 6, 1), "CHEGOV", "Kurt Furgler"),
    ("the Swiss president", date(1999, 12, 31), "CHEGOV", "Ruth Dreifuss"),  # the year's last day
    ("the Swiss foreign minister", date(1995, 1, 1), "CHEGOV", "Flavio Cotti"),
    ("Felber", date(1990, 1, 1), "CHEGOV", "René Felber"),
    ("Aubert", date(1986, 1, 1), "CHEGOV", "Pierre Aubert"),
]

# a day outside one holder's tenure finds the successor or predecessor
SUCCESSION = [
    ("the Austrian foreign minister", date(1996, 1, 1), "AUTGOV", "Wolfgang Schüssel"),
    ("the Danish foreign minister", date(1994, 1, 1), "DNKGOV", "Niels Helveg Petersen"),
    ("the Swiss president", date(1984, 12, 31), "CHEGOV", "Leon Schlumpf"),
    ("the Swiss president", date(1986, 1, 1), "CHEGOV", "Alphons Egli"),
    ("the Yugoslav president", date(1986, 6, 1), "SRBGOV", "Sinan Hasani"),
    ("the Kenyan foreign minister", date(1994, 1, 1), "KENGOV", "Kalonzo Musyoka"),
]

PART_O = FOREIGN_MINISTERS_1980_1999 + YUGOSLAVIA + SWITZERLAND + SUCCESSION


@pytest.mark.parametrize(("mention", "day", "code", "person"), PART_O)
def test_part_o_people_resolve_to_their_state_and_person(resolver, mention, day, code, person):
    actor = resolver.resolve(mention, day)
    assert (actor.code, actor.person) == (code, person)


@pytest.mark.parametrize(("mention", "day", "code"), [
    ("Aubert", date(1990, 1, 1), "CHE"),  # out of office: his state's, no longer its government
    ("Mojsov", date(1985, 1, 1), "SRB"),  # between his two offices
])
def test_people_out_of_office_are_their_state(resolver, mention, day, code):
    assert resolver.resolve(mention, day).code == code
