"""Part M office-holders: heads of state and government of 1980-1999 (Africa, Middle East, Asia)."""

from __future__ import annotations

from datetime import date

import pytest

PART_M_HEADS = [
    # titles and a state's name: the holder of the day, military rulers included
    ("the Nigerian president", date(1982, 1, 1), "NGAGOV", "Shehu Shagari"),
    ("Nigeria's head of state", date(1987, 1, 1), "NGAGOV", "Ibrahim Babangida"),
    ("the Nigerian head of state", date(1995, 1, 1), "NGAGOV", "Sani Abacha"),
    ("the South African president", date(1992, 1, 1), "ZAFGOV", "F. W. de Klerk"),
    ("the Rwandan president", date(1994, 5, 1), "RWAGOV", "Théodore Sindikubwabo"),
    ("the Ghanaian head of state", date(1985, 1, 1), "GHAGOV", "Jerry Rawlings"),
    ("the Iranian president", date(1985, 1, 1), "IRNGOV", "Ali Khamenei"),
    ("Iran's supreme leader", date(1985, 1, 1), "IRNGOV", "Ruhollah Khomeini"),
    ("the Iraqi prime minister", date(1992, 1, 1), "IRQGOV", "Muhammad Hamza al-Zubaidi"),
    ("the Turkish president", date(1985, 1, 1), "TURGOV", "Kenan Evren"),
    ("the Indian prime minister", date(1992, 1, 1), "INDGOV", "P. V. Narasimha Rao"),
    ("the Pakistani president", date(1990, 1, 1), "PAKGOV", "Ghulam Ishaq Khan"),
    ("Pakistan's prime minister", date(1998, 5, 28), "PAKGOV", "Nawaz Sharif"),
    ("the Israeli prime minister", date(1997, 1, 1), "ISRGOV", "Benjamin Netanyahu"),
    ("the Lebanese prime minister", date(1995, 1, 1), "LBNGOV", "Rafik Hariri"),
    ("the Chinese premier", date(1985, 1, 1), "CHNGOV", "Zhao Ziyang"),
    ("the Japanese prime minister", date(1995, 1, 1), "JPNGOV", "Tomiichi Murayama"),
    ("the South Korean president", date(1995, 1, 1), "KORGOV", "Kim Young-sam"),
    ("the North Korean president", date(1990, 1, 1), "PRKGOV", "Kim Il-sung"),
    ("the Thai prime minister", date(1996, 1, 1), "THAGOV", "Banharn Silpa-archa"),
    ("the Philippine president", date(1995, 1, 1), "PHLGOV", "Fidel V. Ramos"),
    # names and surnames
    ("President Mobutu", date(1990, 1, 1), "CODGOV", "Mobutu Sese Seko"),
    ("Rafsanjani", date(1993, 1, 1), "IRNGOV", "Akbar Hashemi Rafsanjani"),
    ("Abacha", date(1996, 1, 1), "NGAGOV", "Sani Abacha"),
    ("Habyarimana", date(1993, 1, 1), "RWAGOV", "Juvénal Habyarimana"),
    ("Mengistu", date(1985, 1, 1), "ETHGOV", "Mengistu Haile Mariam"),
    ("Nimeiri", date(1983, 1, 1), "SDNGOV", "Gaafar Nimeiry"),
    ("Houphouet-Boigny", date(1990, 1, 1), "CIVGOV", "Félix Houphouët-Boigny"),
    ("Arafat", date(1988, 1, 1), "PSEGOV", "Yasser Arafat"),  # as PLO chairman
    ("Shamir", date(1990, 1, 1), "ISRGOV", "Yitzhak Shamir"),
    ("Sadat", date(1980, 1, 1), "EGYGOV", "Anwar Sadat"),
    ("Ozal", date(1988, 1, 1), "TURGOV", "Turgut Özal"),
    ("Najibullah", date(1990, 1, 1), "AFGGOV", "Mohammad Najibullah"),
    ("Zia-ul-Haq", date(1985, 1, 1), "PAKGOV", "Muhammad Zia-ul-Haq"),
    ("Rajiv Gandhi", date(1987, 1, 1), "INDGOV", "Rajiv Gandhi"),
    ("Ershad", date(1987, 1, 1), "BGDGOV", "Hussain Muhammad Ershad"),
    ("Jayewardene", date(1985, 1, 1), "LKAGOV", "J. R. Jayewardene"),
    ("Deng Xiaoping", date(1985, 1, 1), "CHNGOV", "Deng Xiaoping"),
    ("Nakasone", date(1985, 1, 1), "JPNGOV", "Yasuhiro Nakasone"),
    ("Marcos", date(1985, 1, 1), "PHLGOV", "Ferdinand Marcos"),  # the father, before his son's day
    ("Habibie", date(1999, 1, 1), "IDNGOV", "B. J. Habibie"),
    # kings and emirs
    ("King Hussein", date(1990, 8, 2), "JORGOV", "Hussein bin Talal"),
    ("King Hassan", date(1991, 1, 1), "MARGOV", "Hassan II"),
    ("Saudi Arabia's king", date(1981, 1, 1), "SAUGOV", "Khalid bin Abdulaziz"),
    ("Qatar's emir", date(1990, 1, 1), "QATGOV", "Khalifa bin Hamad Al Thani"),
    ("Emperor Hirohito", date(1985, 1, 1), "JPNGOV", "Hirohito"),
]


@pytest.mark.parametrize(("mention", "day", "code", "person"), PART_M_HEADS)
def test_part_m_office_holders_resolve(resolver, mention, day, code, person):
    """A mention, as of a day inside the tenure, names this office-holder of this state."""
    actor = resolver.resolve(mention, day)
    assert (actor.code, actor.person) == (code, person)


@pytest.mark.parametrize(("mention", "day"), [
    ("Gandhi", date(1986, 1, 1)),  # Indira or Rajiv: no bare surname
    ("Begin", date(1981, 6, 7)),  # an English word, not Menachem Begin
])
def test_part_m_shared_surnames_name_no_one(resolver, mention, day):
    actor = resolver.resolve(mention, day)
    assert actor is None or actor.person is None


def test_a_namesake_in_other_news_is_no_former_ruler(resolver):
    # "Ahmad al-Faqi al-Mahdi" in a 2016 trial: not Somalia's Ali Mahdi Muhammad by fuzzy match
    assert resolver.resolve("al-Mahdi", date(2016, 9, 27)) is None


def test_the_zairean_president_is_mobutu(resolver):
    actor = resolver.resolve("the Zairean president", date(1991, 9, 24))
    assert (actor.code, actor.person) == ("CODGOV", "Mobutu Sese Seko")
