"""Vocabulary of the pattern table: one sentence of our own per added row or row group.

Each case says which event the sentence must give (source, target, CAMEO code prefix);
the negative cases are near misses that must not give the code.
"""

from __future__ import annotations

from datetime import date

import pytest

from coded import code_text, find

ON = date(2024, 5, 6)


CASES = [
    # 111: killings called a massacre are condemned
    ("Syrian troops shot dead 40 protesters on Friday. Human Rights Watch called the killings "
     "a massacre.", "HRW", "SYR", "111"),
    # 0831: a president removed, his title a proper noun to the parser
    ("Mali's army removed President Ibrahim Boubacar Keita on Tuesday.", "MLI", "MLI", "0831"),
    # 190: force used (threatened, it is a threat)
    ("Ethiopia threatened to use force against Eritrea on Monday.", "ETH", "ERI", "138"),
    # 051: someone called a hero or a great friend is praised
    ("Barack Obama called Aung San Suu Kyi a hero on Saturday.", "USA", "MMR", "051"),
    # 041: a leader called (telephoned) by another, a talk held by telephone
    ("Emmanuel Macron called Vladimir Putin on Friday.", "FRA", "RUS", "041"),
    ("Tsai Ing-wen spoke by telephone with Donald Trump on Friday.", "TWN", "USA", "041"),
    # 017: an anniversary marked, a period of mourning begun
    ("Poland marked 80 years on Thursday since the start of the Warsaw Uprising.", "POL", None,
     "017"),
    ("Kenya began three days of national mourning on Monday.", "KEN", None, "017"),
    # 074: troops sent into another state's territory to help it (not to one's own border)
    ("Rwanda deployed 1,000 soldiers to Mozambique's Cabo Delgado province on Friday.",
     "RWA", "MOZ", "074"),
    # 163: trade with a state frozen
    ("China froze all new trade and investment with Lithuania on Friday.", "CHN", "LTU", "163"),
    # 160 / 161: an exit from a bloc named as a noun; an embassy's staff cut
    ("Mali announced its exit from the West African bloc on Sunday.", "MLI", "ECOWAS", "160"),
    ("Latvia said on Monday it would cut the number of staff at the Russian embassy in Riga.",
     "LVA", "RUS", "161"),
    # 1211 / 1212: ending a cooperation pact rejects the cooperation
    ("Mali's junta scrapped its defence agreement with France on Monday.", "MLI", "FRA", "1212"),
    ("Ecuador terminated its trade agreement with Mexico on Tuesday.", "ECU", "MEX", "1211"),
    # 016 / 120: brushing aside an accusation or a proposal
    ("Moscow brushed aside the allegations by Kyiv on Tuesday.", "RUS", "UKR", "016"),
    ("Ankara shrugged off the criticism from Brussels on Monday.", "TUR", "BEL", "120"),
    # 017: a period of mourning or silence
    ("Kenya declared three days of national mourning on Sunday.", "KEN", None, "017"),
    ("Poland observed a minute of silence on Friday.", "POL", None, "017"),
    # 071: a loan approved for a country
    ("The World Bank approved a 500 million dollar loan for Kenya on Thursday.",
     "WB", "KEN", "071"),
    # 0331 / 0231: sums of money pledged or appealed for
    ("Norway pledged 200 million dollars to Sudan on Monday.", "NOR", "SDN", "0331"),
    # 0841: a captured pilot or soldier released
    ("Russia released a captured Ukrainian pilot on Saturday.", "RUS", "UKR", "0841"),
    # 085: tariffs paused or postponed
    ("Canada paused its retaliatory tariffs on American goods on Monday.",
     "CAN", "USA", "085"),
    ("Washington postponed its tariffs on Brazilian steel on Friday.", "USA", "BRA", "085"),
    # 125: calls for talks dismissed
    ("Serbia dismissed the EU's call for negotiations on Wednesday.", "SRB", "EU", "125"),
    # 150: jets scrambled; "staged" (lemma "stag") exercises
    ("Taiwan scrambled fighter jets on Tuesday.", "TWN", None, "150"),
    ("Belarus staged war games on Monday.", "BLR", None, "150"),
    # 154: a standby force activated
    ("The African Union activated its standby force on Thursday.", "AU", None, "154"),
    # 160: an agreement ended (a cooperation pact ended is a rejected cooperation, 1212)
    ("Niger terminated its agreement with France on Monday.", "NER", "FRA", "160"),
    ("Niger terminated its military cooperation agreement with France on Monday.",
     "NER", "FRA", "1212"),
    # 163: trade curbed, export curbs, firms blacklisted, gas supplies cut off
    ("India curbed imports from China on Tuesday.", "IND", "CHN", "163"),
    ("Tokyo imposed export curbs on South Korea on Thursday.", "JPN", "KOR", "163"),
    ("Washington added Chinese drone makers to its trade blacklist on Friday.",
     "USA", "CHN", "163"),
    ("Moscow cut off gas supplies to Bulgaria on Wednesday.", "RUS", "BGR", "163"),
    # 191: a strait closed
    ("Iran closed the Strait of Hormuz to Israeli ships on Sunday.", "IRN", "ISR", "191"),
    # 201: people driven from their homes
    ("Israeli settlers drove Palestinian families from their land on Friday.", "ISR", "PSE",
     "201"),
    # spaCy lemmas that are not the dictionary form: "lambasted" -> lambast, "waged" ->
    # wag, "overflew", "deregistered" -> deregistere, "teargassed" -> teargasse
    ("Pakistan lambasted India at the United Nations on Tuesday.", "PAK", "IND", "111"),
    ("Islamist rebels have waged an insurgency against Mali since 2012.", "MLI", "MLI",
     "190"),
    ("Russian bombers overflew Estonia on Friday.", "RUS", "EST", "150"),
    ("Thailand's election commission deregistered the opposition party on Monday.",
     "THA", "THA", "1722"),
    # 114: a protest made to a state; a chargé d'affaires summoned
    ("Manila protested to Beijing over the water cannon attack on Sunday.", "PHL", "CHN",
     "114"),
    ("Lithuania summoned the Chinese charge d'affaires on Monday.", "LTU", "CHN", "114"),
    # 071: debt written off
    ("France wrote off Senegal's debt on Thursday.", "FRA", "SEN", "071"),
    # 0863: aid trucks let in
    ("Jordan let aid trucks into Syria on Saturday.", "JOR", "SYR", "0863"),
    # 163 / 129: a sanctions package adopted or blocked
    ("The European Union adopted a new sanctions package against Belarus on Friday.",
     "EU", "BLR", "163"),
    ("Slovakia blocked the EU's sanctions package against Russia on Wednesday.",
     "SVK", "EU", "129"),
    # 057: an agreement renewed; refused, it is a rejection
    ("Egypt renewed its gas agreement with Israel on Sunday.", "EGY", "ISR", "057"),
    ("Moscow refused to extend the transit agreement with Kyiv on Monday.", "RUS", "UKR",
     "12"),
    # 130: a tough or crushing response promised or warned of is a threat, not a promise
    ("Pyongyang promised a crushing response to Seoul on Monday.", "PRK", "KOR", "130"),
    ("Moscow warned Helsinki of a tough response on Thursday.", "RUS", "FIN", "130"),
    # 163: gas supplies cut
    ("Russia cut gas supplies to Austria on Saturday.", "RUS", "AUT", "163"),
    # 129: a membership bid blocked
    ("Greece blocked North Macedonia's membership application on Tuesday.", "GRC", "MKD",
     "129"),
    # 161: an ambassador's recall as a noun
    ("Canada's recall of its ambassador to Iran came on Friday.", "CAN", "IRN", "161"),
    # 050: a rapprochement
    ("Egypt's rapprochement with Turkey continued on Monday.", "EGY", "TUR", "050"),
    # 116: a sentence handed down
    ("Iran handed a Swedish tourist a prison sentence on Tuesday.", "IRN", "SWE", "116"),
    # 080: an objection or veto dropped
    ("Bulgaria dropped its objection to North Macedonia's membership bid on Friday.",
     "BGR", "MKD", "080"),
    # 085: a sanctions waiver granted
    ("Washington granted a sanctions waiver to Iraq on Thursday.", "USA", "IRQ", "085"),
    # 020: clarification sought
    ("Azerbaijan sought clarification from France on Monday.", "AZE", "FRA", "020"),
    # 154: warships or carriers sent, nuclear weapons stationed, a presence strengthened
    ("Beijing sent warships near the Philippines on Sunday.", "CHN", "PHL", "154"),
    ("Moscow stationed nuclear weapons in Belarus on Friday.", "RUS", "BLR", "154"),
    ("India strengthened its military presence on the border on Monday.", "IND", None,
     "154"),
    # 161: a consulate's closure ordered
    ("Warsaw ordered the closure of the Russian consulate in Poznan on Wednesday.",
     "POL", "RUS", "161"),
    # 125: a summit skipped
    ("China skipped the G20 summit in Brazil on Monday.", "CHN", "G20", "125"),
    # 018 / 055 / 052: a message of condolence sent, forgiveness asked, ties defended
    ("Japan sent a message of condolence to Morocco on Saturday.", "JPN", "MAR", "018"),
    ("Belgium asked Congo for forgiveness on Tuesday.", "BEL", "COD", "055"),
    ("Hungary defended its ties with China on Monday.", "HUN", "CHN", "052"),
    # 061 / 062: gas pumped or bought, weapons bought from a state
    ("Algeria began pumping gas to Italy on Monday.", "DZA", "ITA", "061"),
    ("Spain imported gas from Algeria on Monday.", "ESP", "DZA", "061"),
    ("Egypt bought fighter jets from France on Monday.", "EGY", "FRA", "062"),
    # 063: wanted men transferred to another state
    ("Colombia transferred three drug lords to the United States on Friday.", "COL", "USA",
     "063"),
    # 072: an arms sale approved
    ("Washington approved an arms sale to Morocco on Friday.", "USA", "MAR", "072"),
    # 0863: rescue teams accepted
    ("Turkey accepted rescue teams from Greece on Tuesday.", "TUR", "GRC", "0863"),
    # 0832 / 083 / 0831: a plan shelved, an election annulled, a government brought down
    ("Kenya put its tax bill on hold on Monday.", "KEN", "KEN", "0832"),
    ("Chile postponed its pension reform on Monday.", "CHL", "CHL", "0832"),
    ("Malawi's electoral commission annulled the election result on Monday.", "MWI", "MWI",
     "083"),
    ("Romanian lawmakers brought down the government on Tuesday.", "ROU", "ROU", "0831"),
    # 0841 / 0874: children returned; positions abandoned
    ("Russia returned ten Ukrainian children to Ukraine on Sunday.", "RUS", "UKR", "0841"),
    ("Malian soldiers abandoned their positions in the north on Monday.", "MLI", "MLI",
     "0874"),
    ("The United States ended its military presence in Niger on Monday.", "USA", "NER",
     "0874"),
    # 091 / 092: a home searched; an inquiry into a crackdown
    ("Pakistani police searched the home of the former prime minister on Monday.",
     "PAK", "PAK", "091"),
    ("The UN opened an inquiry into the crackdown in Belarus on Friday.", "UN", "BLR", "092"),
    # 100 / 110 / 111 / 114: demands presented, issue taken, chiding, representations lodged
    ("Egypt presented Sudan with a list of demands on Monday.", "EGY", "SDN", "100"),
    ("Tokyo took issue with Seoul's remarks on Monday.", "JPN", "KOR", "110"),
    ("Beijing chided Manila on Monday.", "CHN", "PHL", "111"),
    ("Beijing lodged stern representations with Canberra on Monday.", "CHN", "AUS", "114"),
    # 115: a state taken to a trade body (not seized); a president impeached
    ("Mexico took the United States to the World Trade Organization on Friday.",
     "MEX", "USA", "115"),
    ("The Ecuadorean Congress impeached President Guillermo Lasso on Tuesday.",
     "ECU", "ECU", "115"),
    # 121 / 127 / 1246 / 129: dropped from a programme, a peace plan dismissed, a ceasefire
    # proposal rejected, a bloc's aid package blocked
    ("Washington removed India from the trade programme on Wednesday.", "USA", "IND", "121"),
    ("Ukraine dismissed Russia's peace plan on Friday.", "UKR", "RUS", "127"),
    ("Hamas rejected Israel's ceasefire proposal on Monday.", "PSE", "ISR", "1246"),
    ("Slovakia blocked the EU's aid package for Ukraine on Thursday.", "SVK", "EU", "129"),
    # 1245 / 1662: inspectors denied entry or barred from a site
    ("North Korea denied entry to UN inspectors on Monday.", "PRK", "UN", "1245"),
    ("Syria barred OPCW inspectors from the site on Monday.", "SYR", "OPCW", "1662"),
    # 150 / 151 / 152 / 153 / 154: warning shots, a spy satellite, a terror alert raised,
    # forces on combat duty, police put under central control, troops ordered onto the streets
    ("Greek coast guards fired warning shots at Turkish boats on Tuesday.", "GRC", "TUR",
     "150"),
    ("Iran launched a military satellite on Tuesday.", "IRN", None, "150"),
    ("Belgium raised its terror alert to the highest level on Sunday.", "BEL", None, "151"),
    ("Moscow put its strategic forces on combat duty on Sunday.", "RUS", None, "152"),
    ("Brazil's president placed the Rio police under federal control on Monday.", "BRA",
     "BRA", "153"),
    ("Peru's president ordered soldiers onto the streets of Lima on Monday.", "PER", None,
     "154"),
    # 163 / 1661: airlines banned from airspace; a peacekeeping mission ended
    ("Canada banned Russian airlines from its airspace on Monday.", "CAN", "RUS", "163"),
    ("The African Union ended its peacekeeping mission to Somalia on Friday.", "AU", "SOM",
     "1661"),
    # 1711 / 1724 / 1721 / 173: a firm put under state control, emergency powers invoked,
    # institutions suspended, charges filed
    ("Niger placed the French uranium mine under state control on Thursday.", "NER", "FRA",
     "1711"),
    ("Sri Lanka's president invoked emergency powers on Saturday.", "LKA", "LKA", "1724"),
    ("Guinea's junta suspended the country's institutions on Sunday.", "GIN", "GIN", "1721"),
    ("Polish prosecutors filed charges against the former minister on Monday.", "POL", "POL",
     "173"),
    # 181 / 2042 / 203: a passenger train seized, a nuclear device tested, a campaign of
    # ethnic cleansing waged
    ("Baloch militants seized a passenger train in Pakistan on Tuesday.", "PAK", "PAK", "181"),
    ("Pakistan tested a nuclear device on Thursday.", "PAK", None, "2042"),
    ("Croatian forces waged a campaign of ethnic cleansing against Serbs in 1995.", "HRV",
     "SRB", "203"),
    # 150: missiles fired over a state or into the sea are a show of force, not a strike
    ("Pyongyang launched two missiles over Japan on Friday.", "PRK", "JPN", "150"),
    ("Iran fired three missiles into the sea on Monday.", "IRN", None, "150"),
    # 154 / 050: defence spending raised; candidate status granted
    ("Poland raised its defence spending on Thursday.", "POL", None, "154"),
    ("The EU granted Bosnia candidate status on Thursday.", "EU", "BIH", "050"),
    # 1721 / 173: critics labelled foreign agents, access to a platform blocked, bounties
    # put on activists
    ("Russia labelled the television channel a foreign agent on Friday.", "RUS", "RUS",
     "1721"),
    ("Russia blocked access to WhatsApp on Monday.", "RUS", "RUS", "1721"),
    ("Hong Kong police put bounties on five exiled activists on Monday.", "CHN", "CHN",
     "173"),
    # 0234: troops asked for
    ("Haiti asked the UN for the deployment of troops on Monday.", "HTI", "UN", "0234"),
    # 1622 / 1623: arms or aid deliveries halted
    ("Britain suspended arms deliveries to Israel on Monday.", "GBR", "ISR", "1622"),
    ("Germany halted the delivery of tanks to Ukraine on Monday.", "DEU", "UKR", "1622"),
    ("Israel halted the flow of humanitarian aid to Gaza on Sunday.", "ISR", "PSE", "1623"),
    # 171: a ship detained is property seized, not a person arrested
    ("Iran detained a British tanker in the Gulf on Friday.", "IRN", "GBR", "171"),
    # 175: a state's executions are violent repression (militants executing hostages
    # murder them: see NEGATIVES)
    ("Saudi Arabia executed three men convicted of drug smuggling on Tuesday.", "SAU", "SAU",
     "175"),
    ("Iran hanged a man convicted of spying for Israel on Monday.", "IRN", "IRN", "175"),
    # 111: a leader mocked or insulted
    ("Philippine President Rodrigo Duterte insulted Barack Obama on Monday.", "PHL", "USA",
     "111"),
    ("The Venezuelan president mocked Colombia's leader on Monday.", "VEN", "COL", "111"),
    # 160: an alliance broken off
    ("Qatar broke off its alliance with Saudi Arabia on Sunday.", "QAT", "SAU", "160"),
    # 057: a deal agreed (British usage)
    ("Britain and the European Union agreed a trade deal on Thursday.", "GBR", "EU", "057"),
    # 050: a bloc's status granted, a state admitted as a member
    ("The African Union granted Morocco the status of an observer on Friday.", "AU", "MAR",
     "050"),
    ("The Arab League admitted Palestine as a full member in 1976.", "ARAB", "PSE", "050"),
    # 0841: a captured pilot handed back
    ("Pakistan handed the captured Indian pilot back to India on Friday.", "PAK", "IND",
     "0841"),
    # 1721: a party classified as extremist
    ("Germany's intelligence agency classified the far-right party as an extremist "
     "organisation on Friday.", "DEU", "DEU", "1721"),
    # 2041: a town gassed
    ("The Kurdish town of Halabja was gassed by Saddam Hussein's forces in 1988.", "IRQ",
     "IRQ", "2041"),
    # 173: charges pursued
    ("Prosecutors in Seoul pursued charges against the former president on Monday.", "KOR",
     "KOR", "173"),
    # 022: membership of a bloc applied for
    ("Georgia applied for membership of the European Union on Thursday.", "GEO", "EU", "022"),
    # 190: a warship sunk; forces pushing towards, closing in on or ordered into a place
    ("A North Korean submarine sank a South Korean warship in the Yellow Sea.", "PRK", "KOR",
     "190"),
    ("Russian forces advanced towards the city of Pokrovsk on Monday.", "RUS", "UKR", "190"),
    ("Russian troops closed in on Kyiv on Saturday.", "RUS", "UKR", "190"),
    ("Putin ordered troops into Ukraine on Thursday.", "RUS", "UKR", "190"),
    # 087: a combat mission ended
    ("The United States ended its combat mission in Iraq on Friday.", "USA", "IRQ", "087"),
    # 173: taken in for questioning
    ("Kenyan police took the opposition leader in for questioning on Tuesday.", "KEN", "KEN",
     "173"),
    # 014: cooperation under review
    ("Indonesia said it would review all cooperation with Australia.", "IDN", "AUS", "014"),
    # 050 / 081: a state admitted to a bloc, or readmitted after its suspension
    ("Mercosur agreed to admit Bolivia on Monday.", "MERCOSUR", "BOL", "050"),
    ("The Arab League agreed to readmit Syria on Sunday.", "ARAB", "SYR", "081"),
    # 1243: a release of hostages postponed
    ("Hamas postponed the release of Israeli hostages on Monday.", "PSE", "ISR", "1243"),
    # 175: an operation launched against protesters
    ("Iran launched a military operation against Kurdish protesters on Monday.", "IRN", "IRN",
     "175"),
    # 190: an invasion is the use of force (an annexation stays 192: see NEGATIVES)
    ("Iraq invaded Kuwait in August 1990.", "IRQ", "KWT", "190"),
    # 191: water cannon fired at boats restrict their movement (not a crowd dispersed)
    ("Chinese coast guard ships fired water cannon at Philippine boats on Saturday.", "CHN",
     "PHL", "191"),
    # 084: bodies returned
    ("Israel returned the bodies of 15 Palestinians to Gaza on Monday.", "ISR", "PSE", "084"),
    # 192: tanks rolling or troops pouring into a place
    ("Israeli tanks rolled into Rafah on Tuesday.", "ISR", "PSE", "192"),
    ("Russian troops poured into Ukraine on Thursday.", "RUS", "UKR", "192"),
    # 150: warplanes flown into another state's air defence zone or airspace
    ("China flew 30 warplanes into Taiwan's air defence zone on Monday.", "CHN", "TWN", "150"),
    ("Russia sent two bombers into Japanese airspace on Tuesday.", "RUS", "JPN", "150"),
    # 057: a plan or deal agreed on; a lease extended
    ("ASEAN leaders and Myanmar's junta chief agreed on a five-point plan on Saturday.",
     "ASEAN", "MMR", "057"),
    ("Israel and Lebanon agreed on a deal to settle their maritime border.", "ISR", "LBN",
     "057"),
    ("Ukraine agreed to extend Russia's lease on the naval base in Sevastopol.", "UKR", "RUS",
     "057"),
    # 172: a state suspended from a body (kept 172 though the state is foreign); 129: a
    # bloc's decision blocked
    ("The African Union suspended Guinea from all its activities on Friday.", "AU", "GIN",
     "172"),
    ("Poland blocked the European Union's budget deal on Monday.", "POL", "EU", "12"),
    # a sum of money given in something is the thing
    ("Norway pledged 1.5 billion crowns in humanitarian aid to Sudan on Monday.", "NOR", "SDN",
     "03"),
    ("Germany pledged 2.7 billion euros in military aid to Ukraine on Saturday.", "DEU", "UKR",
     "0332"),
    # acts done to each other by nature, fire returned at whoever fired first
    ("Indian and Pakistani troops exchanged fire across the Line of Control on Sunday.", "IND",
     "PAK", "19"),
    ("Indian and Pakistani troops exchanged fire across the Line of Control on Sunday.", "PAK",
     "IND", "19"),
    ("Armenia and Azerbaijan traded accusations on Monday over the shelling.", "ARM", "AZE",
     "11"),
    ("Armenia and Azerbaijan traded accusations on Monday over the shelling.", "AZE", "ARM",
     "11"),
    ("Hezbollah fired rockets at northern Israel on Friday. Israeli forces fired back.", "ISR",
     "LBN", "19"),
    # protests expressed, a charge d'affaires summoned, men hanged
    ("Pakistan summoned the Afghan charge d'affaires on Monday.", "PAK", "AFG", "11"),
    ("Beijing expressed its strong protest to Tokyo on Sunday.", "CHN", "JPN", "11"),
    ("Iran hanged two men on Saturday.", "IRN", "IRN", "17"),
    # 0831: a leader's removal named as a noun (here the setting of a suspension)
    ("The bloc suspended Honduras on Sunday over the Congress's removal of President Zelaya.",
     "HND", "HND", "0831"),
    # 111: more judging words: a leader called a dictator, a measure called economic war
    ("Colombia's president called the Venezuelan leader a dictator on Monday.", "COL", "VEN",
     "111"),
    ("Iran called the European Union's new sanctions an act of economic war on Tuesday.",
     "IRN", "EU", "111"),
    # 1721: power seized in a coup (taken or assumed lawfully, it is no event); 172: a court
    # annulling an election imposes on the state, it reforms nothing
    ("Niger's presidential guard seized power in a coup on Wednesday.", "NER", "NER", "1721"),
    ("Malawi's Constitutional Court annulled the presidential election on Monday.", "MWI",
     "MWI", "172"),
    # 172: a foreign firm's licence revoked is an administrative sanction, not an embargo
    ("Pakistan revoked the licence of the Chinese mining firm Zijin on Monday.", "PAK", "CHN",
     "172"),
    # 016: an inquiry's findings dismissed are denied, not rejected
    ("Dutch prosecutors concluded that a Russian missile downed the airliner. Moscow dismissed "
     "the findings as biased on Wednesday.", "RUS", "NLD", "016"),
    # 173: escaped prisoners recaptured; 154: brigades ordered to a border; 1663: aid
    # agencies ordered out
    ("Brazilian police recaptured the escaped convict on Monday.", "BRA", "BRA", "173"),
    ("Moscow ordered two brigades to the Finnish border on Monday.", "RUS", "FIN", "154"),
    ("Eritrea ordered foreign aid agencies, among them Medecins Sans Frontieres, to leave on "
     "Monday.", "ERI", "MSF", "1663"),
    # 2041: a chemical agent dropped on troops; 180: a vehicle rammed or driven into people
    ("Iraqi jets dropped mustard gas on Iranian troops in 1988.", "IRQ", "IRN", "2041"),
    ("A Palestinian rammed a car into Israeli soldiers on Monday.", "PSE", "ISR", "180"),
    ("A Syrian refugee drove a truck into a crowd of German shoppers on Monday.", "SYR", "DEU",
     "180"),
    # 141: a march is a protest by its modifier or its "against"
    ("Pakistani opposition supporters held a protest march in Lahore on Monday.", "PAK",
     "PAK", "141"),
    ("Thousands of Kenyan students joined a march against the tax bill in Nairobi on Tuesday.",
     "KEN", "KEN", "141"),
    # 1721: a constitution abrogated or torn up
    ("Fiji's president abrogated the constitution on Friday.", "FJI", "FJI", "1721"),
    ("Niger's junta tore up the constitution on Monday.", "NER", "NER", "1721"),
    # vocab9 -- 190: an aircraft brought down; 164: participation in talks suspended; 0871: an
    # end to an armed struggle declared; 091: placed under investigation; 0861: a foreign
    # force's deployment accepted; 064: recordings handed over; 160: transport links cut;
    # 182: prisoners abused; 1721: the suspension of parliament; 2041: a choking agent used
    ("Pakistani air defences brought down an Indian fighter jet on Wednesday.", "PAK", "IND",
     "19"),
    ("Hamas suspended its participation in the Cairo talks on Tuesday.", "PSE", "PSE", "164"),
    ("Hamas declared an end to its armed struggle on Friday.", "PSE", "PSE", "0871"),
    ("Belgian magistrates placed a Moroccan diplomat under investigation on Monday.", "BEL",
     "MAR", "091"),
    ("Mali accepted the deployment of United Nations peacekeepers on Monday.", "MLI", "UN",
     "0861"),
    ("Kenya handed the intercepted recordings to Uganda on Sunday.", "KEN", "UGA", "064"),
    ("Armenia cut all rail and road links with Azerbaijan on Monday.", "ARM", "AZE", "160"),
    ("Nigerian soldiers abused Cameroonian detainees at the camp, a report said.", "NGA", "CMR",
     "182"),
    ("The Peruvian president's dissolution of Congress was unlawful, a court said on Friday.",
     "PER", "PER", "1721"),
    ("Syrian troops used phosgene against Kurdish fighters on Monday.", "SYR", "SYR", "2041"),
    # 116: a court rules that a party broke the law; 0811: censorship abolished
    ("The European Court of Human Rights ruled on Tuesday that Turkey had violated the rights "
     "of the jailed journalists.", "ECHR", "TUR", "116"),
    ("Sudan's government abolished censorship of the press on Tuesday.", "SDN", "SDN", "0811"),
    # 143: a modified shutdown is a strike called
    ("Kashmiri separatists called a complete shutdown in Srinagar on Friday.", "IND", "IND",
     "143"),
    # 190: forces battling an armed group; 163: asset freezes the parser reads as a verb
    ("Nigerian troops battled jihadist fighters near Maiduguri on Sunday.", "NGA", "NGA",
     "19"),
    ("Canada agreed on Monday to impose travel bans and asset freezes on Iranian officials.",
     "CAN", "IRN", "163"),
    # 1212: military cooperation or military exchanges suspended (cooperation in general: 160)
    ("Peru suspended its military cooperation with Chile on Monday.", "PER", "CHL", "1212"),
    ("Vietnam froze military exchanges with Cambodia on Friday.", "VNM", "KHM", "1212"),
    ("Kenya suspended cooperation with Uganda on Monday.", "KEN", "UGA", "160"),
    # 0841: clemency granted, a prisoner pardoned
    ("Iran granted clemency to two jailed French nationals on Monday.", "IRN", "FRA", "0841"),
    ("Belarus pardoned a jailed Lithuanian activist on Friday.", "BLR", "LTU", "0841"),
    # 192: control of a town seized or wrested
    ("Rebel fighters seized control of the Congolese town of Bunagana on Monday.", "COD", "COD",
     "192"),
    # 174: another state's people ordered out of a place
    ("Ghana ordered Nigerian traders out of the country on Tuesday.", "GHA", "NGA", "174"),
    # vocab11 -- 017: a war shrine or cemetery visited
    ("South Korea's president visited the national war cemetery in Seoul on Monday.", "KOR",
     None, "017"),
    # 173: a wanted politician gives himself up to the police
    ("Peru's former president handed himself over to the police in Lima on Sunday.", "PER",
     "PER", "173"),
    # 063: a wanted man handed over to an international court
    ("Kenya handed the militia leader Joseph Kony over to the International Criminal Court on "
     "Friday.", "KEN", "ICC", "063"),
    # 0834 / 0344: a dissolved parliament reinstated; its return promised is intent (0344)
    ("Thailand's king reinstated the dissolved parliament on Monday.", "THA", "THA", "0834"),
    ("Guinea's junta promised on Friday to reinstate the parliament.", "GIN", "GIN", "0344"),
    # 0341: a resignation promised is intent to change leadership
    ("Peru's president promised on Monday to resign.", "PER", "PER", "0341"),
    # 061: a gas pipeline opened by two states' leaders
    ("Turkey and Azerbaijan opened a new gas pipeline on Tuesday.", "TUR", "AZE", "061"),
    # 073: relief flown into a stricken state's city
    ("Indian air force planes flew food and medicine into Nepal on Sunday.", "IND", "NPL", "073"),
    # vocab12 -- 190: a raid carried out by commandos; an army routed
    ("The militant leader died during a raid by American commandos on his hideout in Syria on "
     "Sunday.", "USA", "SYR", "190"),
    ("Ethiopian troops routed Eritrean forces near the border on Friday.", "ETH", "ERI", "190"),
    # 050: a bloc invites a state to join it
    ("The European Union invited Ukraine to join the bloc on Monday.", "EU", "UKR", "050"),
    # vocab13 -- 191: a state's ports or airports closed to another; 161: diplomats declared
    # persona non grata
    ("Egypt closed its ports to Turkish ships on Friday.", "EGY", "TUR", "191"),
    ("Saudi Arabia shut all of Yemen's seaports on Monday.", "SAU", "YEM", "191"),
    ("Russia declared the Dutch ambassador persona non grata on Monday.", "RUS", "NLD", "161"),
    # 150: a long-range or space rocket launched with no target is a show of force
    ("Iran launched a long-range rocket on Sunday.", "IRN", None, "150"),
    ("North Korea launched a space rocket on Tuesday.", "PRK", None, "150"),
    # 192: "retook", which the small model leaves unlemmatised
    ("Ukrainian troops retook the city of Kherson from Russian forces on Friday.", "UKR",
     "RUS", "192"),
    # 072 / 071: fighter jets or warships sold to a state; money lent to a state
    ("France sold 26 Rafale jets to India on Friday.", "FRA", "IND", "072"),
    ("Russia exported two frigates to Vietnam last year.", "RUS", "VNM", "072"),
    ("China lent $2 billion to Pakistan on Monday.", "CHN", "PAK", "071"),
    ("Japan loaned 500 million yen to Sri Lanka on Tuesday.", "JPN", "LKA", "071"),
    # 057: a deal struck with a state, left in a relative clause
    ("Critics attacked the trade deal Kenya struck with China last year.", "KEN", "CHN", "057"),
    # 057: a state becomes a member of a named bloc; 172: landing or overflight rights
    # withdrawn
    ("Croatia became a member of the European Union on Monday.", "HRV", "EU", "057"),
    ("Russia revoked overflight permission for Polish airlines on Monday.", "RUS", "POL", "172"),
    # 174: a foreign politician or activist escorted or driven to the border is expelled
    ("Belarusian guards drove the Polish activists to the border on Tuesday.", "BLR", "POL",
     "174"),
    ("Kenyan police escorted the Ugandan opposition leader to the border on Monday.", "KEN",
     "UGA", "174"),
    # 138: revenge vowed is a threat of force, not a plain threat (130)
    ("Iran vowed revenge against Israel on Monday.", "IRN", "ISR", "138"),
    # 050: a member state ratifies or approves another's accession to the bloc
    ("Hungary ratified Sweden's accession to NATO on Monday.", "HUN", "SWE", "050"),
    ("The Hungarian parliament approved Finland's accession to NATO on Monday.", "HUN", "FIN",
     "050"),
    # 1721: internet, mobile or telephone services cut
    ("India suspended mobile internet services in Kashmir on Monday.", "IND", "IND", "1721"),
    ("Sudan cut telephone lines across the country on Monday.", "SDN", "SDN", "1721"),
    # 1246 / 1245: a call for a ceasefire or for inspections rejected is a rejection of that
    ("Israel rejected Egypt's call for a ceasefire in Gaza on Monday.", "ISR", "EGY", "1246"),
    ("Iran rejected the IAEA's call for inspections on Monday.", "IRN", "IAEA", "1245"),
    # 175: security forces opening fire on a leader's supporters repress them
    ("Honduran soldiers opened fire on supporters of the ousted president in Tegucigalpa on "
     "Sunday.", "HND", "HND", "175"),
    # vocab14 -- fresh wire wordings
    # 061: exports to a state stepped up
    ("Russia ramped up gas exports to China on Monday.", "RUS", "CHN", "061"),
    # 064: intelligence swapped
    ("Britain swapped intelligence with France on Monday.", "GBR", "FRA", "064"),
    # 072 / 073: tanks handed over, rescue teams rushed
    ("Germany handed over Leopard tanks to Ukraine on Monday.", "DEU", "UKR", "072"),
    ("The EU rushed rescue teams to Turkey on Tuesday.", "EU", "TUR", "073"),
    # 050: relations patched up or elevated
    ("Saudi Arabia and Iran patched up relations on Friday.", "SAU", "IRN", "050"),
    ("China and Brazil agreed to elevate their ties on Friday.", "CHN", "BRA", "050"),
    # 111: fuming at, railing against, taking to task, taking a swipe at
    ("Turkey fumed at Sweden over the burning of a Koran on Monday.", "TUR", "SWE", "111"),
    ("Hungary railed against the European Union on Friday.", "HUN", "EU", "111"),
    ("Ukraine took Hungary to task over its ties with Moscow.", "UKR", "HUN", "111"),
    ("Russia took a swipe at France on Monday.", "RUS", "FRA", "111"),
    # 130: a state cautioned
    ("The United States cautioned China against invading Taiwan.", "USA", "CHN", "130"),
    # 020 / 023 / 0253: lobbying a state, turning to it for help, pushing for a release
    ("Taiwan lobbied Washington for faster delivery of F-16 jets.", "TWN", "USA", "020"),
    ("Lebanon turned to France for help on Tuesday.", "LBN", "FRA", "023"),
    ("Washington pushed for the release of Evan Gershkovich from Russia.", "USA", "RUS", "0253"),
    # 150: the median line crossed
    ("Chinese warplanes crossed the median line of the Taiwan Strait on Monday.",
     "CHN", "TWN", "150"),
    # 195 / 194: missiles rained on a city, a region pummelled
    ("Russian forces rained missiles on Kyiv overnight.", "RUS", "UKR", "195"),
    ("Israel pummelled southern Lebanon on Tuesday.", "ISR", "LBN", "194"),
    # 040 / 042: leaders huddled, a stopover made
    ("Joe Biden huddled with Xi Jinping on Wednesday.", "USA", "CHN", "040"),
    ("Antony Blinken made a stopover in Egypt on Tuesday.", "USA", "EGY", "042"),
    # 120: balking at a plan
    ("Russia balked at the UN plan for Syria on Monday.", "RUS", "UN", "120"),
    # 143: tools downed
    ("British nurses downed tools on Tuesday.", "GBR", "GBR", "143"),
    # 042: a leader jetting to a capital
    ("Recep Tayyip Erdogan jetted to Abu Dhabi on Monday.", "TUR", "ARE", "042"),
    # 163: duties imposed (the trade-defence word for tariffs)
    ("The EU imposed duties on Chinese electric cars on Wednesday.", "EU", "CHN", "163"),
    # 072: air defence batteries rushed to a state
    ("The United States rushed Patriot batteries to Ukraine.", "USA", "UKR", "072"),
    # 062: weapons taken delivery of from a supplier
    ("India took delivery of the first S-400 missiles from Russia.", "IND", "RUS", "062"),
    # 071: money channelled to a state
    ("The European Union channelled 3 billion euros to Ukraine.", "EU", "UKR", "071"),
    # 195: a wave of drones unleashed on a state
    ("Russia unleashed a wave of drones on Ukraine overnight.", "RUS", "UKR", "195"),
    # 190 / 138: force used (or threatened) against a named state
    ("China threatened to use force against Taiwan on Monday.", "CHN", "TWN", "13"),
    ("The United States used force against Iran on Monday.", "USA", "IRN", "190"),
    # 050: a strategic partnership forged with a state
    ("The United States forged a strategic partnership with Vietnam on Sunday.",
     "USA", "VNM", "050"),
    # 111: a state branded a terror state, a leader called a war criminal
    ("Turkey labelled Israel a terrorist state on Wednesday.", "TUR", "ISR", "111"),
    ("Joe Biden called Vladimir Putin a war criminal on Wednesday.", "USA", "RUS", "111"),
    # 064: intelligence pooled
    ("Britain pooled intelligence with France on Monday.", "GBR", "FRA", "064"),
    # 127: a peace deal torpedoed, scuttled or ditched
    ("Russia torpedoed the peace deal with Ukraine on Monday.", "RUS", "UKR", "127"),
    ("Russia ditched the peace deal with Ukraine on Monday.", "RUS", "UKR", "127"),
    # 124: a request shunned
    ("Israel shunned the American request on Monday.", "ISR", "USA", "124"),
    # 111: a state belittled or maligned
    ("China belittled the United States on Monday.", "CHN", "USA", "111"),
    # 190: a ruler toppled or overthrown (by an invasion, rebels or a coup)
    ("The United States invaded Iraq and toppled Saddam Hussein in 2003.", "USA", "IRQ", "190"),
    ("Rebels overthrew the government of Mali on Tuesday.", "MLI", "MLI", "190"),
    # 073: humanitarian aid released to a state
    ("Japan released humanitarian aid to Sudan on Monday.", "JPN", "SDN", "073"),
    # 190: positions hammered or blasted
    ("Israeli forces hammered Hezbollah positions in Lebanon on Monday.", "ISR", "LBN", "190"),
    # 141: protesters massing against the government
    ("Thousands of Georgians massed in Tbilisi against the government on Monday.",
     "GEO", "GEO", "141"),
    # 050 / 120 / 071 as nouns: a reconciliation with, a snub of, a loan to a state
    ("Turkey's reconciliation with Egypt surprised diplomats on Monday.", "TUR", "EGY", "050"),
    ("Russia's snub of Ukraine drew attention on Monday.", "RUS", "UKR", "120"),
    ("China's loan to Kenya drew criticism on Monday.", "CHN", "KEN", "071"),
    # 051: support lent, backing given to a state
    ("Hungary lent its support to Serbia on Monday.", "HUN", "SRB", "051"),
    ("Turkey gave its backing to Azerbaijan on Monday.", "TUR", "AZE", "051"),
    # 045: an envoy shuttling between two sides
    ("Qatar shuttled between Israel and Hamas on Monday.", "QAT", "ISR", "045"),
    # 045: a round of talks between two sides hosted
    ("Oman hosted a fresh round of talks between Iran and the United States on Sunday.",
     "OMN", "IRN", "045"),
    # 090: investigators or a team of inspectors sent to a state
    ("The United Nations sent investigators to Libya on Tuesday.", "UN", "LBY", "090"),
    ("The IAEA dispatched a team of inspectors to Iran on Monday.", "IAEA", "IRN", "090"),
    # 100: a demand pressed or renewed
    ("Poland pressed its demand for war reparations from Germany on Friday.", "POL", "DEU", "100"),
    # 120 / 124: requests stonewalled
    ("Moscow stonewalled requests from the IAEA for access on Thursday.", "RUS", "IAEA", "124"),
    # 120 / 124: a proposal thrown out or shot down, a request thrown out
    ("Germany shot down Italy's proposal for joint borrowing on Monday.", "DEU", "ITA", "120"),
    ("Tehran threw out the IAEA's request for access on Monday.", "IRN", "IAEA", "124"),
    # 0331: money committed or earmarked for a state
    ("India committed 500 million dollars to Sri Lanka on Tuesday.", "IND", "LKA", "0331"),
    ("Japan earmarked 3 billion dollars for Ukraine on Friday.", "JPN", "UKR", "0331"),
    # 183: grenades lobbed at a target; a bomber's vest detonated
    ("Insurgents lobbed grenades at a Colombian police station on Sunday.", "COL", "COL", "183"),
    ("A suicide bomber detonated his vest at an Iraqi checkpoint on Monday.", "IRQ", "IRQ", "183"),
    # 125 / 120: a meeting or a proposal nixed
    ("Beijing nixed a meeting with the Philippine defence minister on Monday.",
     "CHN", "PHL", "125"),
    ("Brazil nixed Argentina's proposal on Thursday.", "BRA", "ARG", "120"),
    # 032: closer ties vowed or offered
    ("Japan vowed closer ties with the Philippines on Tuesday.", "JPN", "PHL", "032"),
    ("Israel offered Jordan closer ties on Monday.", "ISR", "JOR", "032"),
    # 064: intelligence sharing stepped up or resumed
    ("Japan resumed military intelligence sharing with South Korea on Tuesday.",
     "JPN", "KOR", "064"),
    # 190: sides that battled one another (no object)
    ("Government troops and M23 rebels battled for control of Goma on Saturday.", "COD", "COD",
     "190"),
    # 091: prosecutors opening a case against someone
    ("The ICC prosecutor opened a case against Israeli leaders on Monday.", "ICC", "ISR", "091"),
    # vocab16 -- 160: a separation from another state announced; 175: a protest camp broken up
    ("Bolivia announced its separation from Washington on Friday.", "BOL", "USA", "160"),
    ("Kenyan police broke up an encampment of striking teachers in Nairobi on Monday.",
     "KEN", "KEN", "175"),
    # 172 / 160: a state's membership suspended by a bloc; a state's own membership suspended
    ("The African Union suspended Egypt's membership on Friday.", "AU", "EGY", "172"),
    ("Mali suspended its membership of ECOWAS on Sunday.", "MLI", "ECOWAS", "160"),
    # vocab17 -- 043 / 051: a guest given the red carpet; a leader feted
    ("Russia rolled out the red carpet for Iran's president on Tuesday.", "RUS", "IRN", "043"),
    ("The United States feted Kenya's president on Thursday.", "USA", "KEN", "051"),
    # 018: a message of solidarity sent
    ("Canada sent a message of solidarity to New Zealand on Friday.", "CAN", "NZL", "018"),
    # 070: money doled out
    ("Washington doled out $150 million in aid to Pakistan on Tuesday.", "USA", "PAK", "070"),
    # 143: workers walking off the job
    ("French dockers walked off the job on Tuesday.", "FRA", "FRA", "143"),
    # 154: troops rushed to a border
    ("Russia rushed extra battalions to its western border on Tuesday.", "RUS", None, "154"),
    # 163: a state relisted as a sponsor of terrorism
    ("The United States relisted Cuba as a state sponsor of terrorism on Monday.",
     "USA", "CUB", "163"),
    # 161: the expulsion of an ambassador ordered
    ("Turkey ordered the expulsion of the German ambassador on Saturday.", "TUR", "DEU", "161"),
    # 173: an opposition leader hauled off by police
    ("Belarusian police hauled off an opposition leader in Minsk on Sunday.",
     "BLR", "BLR", "173"),
    # 175: protest camps stormed; a square cleared with tear gas
    ("Egyptian police stormed the protest camps in Cairo on Wednesday.", "EGY", "EGY", "175"),
    ("Bahraini police cleared Pearl Roundabout with tear gas on Thursday.", "BHR", "BHR", "175"),
    # 194: rockets rained on a state
    ("Hezbollah rained rockets on Israel on Thursday.", "LBN", "ISR", "194"),
    # 022: membership of a bloc sought
    ("Moldova sought EU membership on Monday.", "MDA", "EU", "022"),
    # 0862: inspectors let in
    ("Iraq let UN inspectors into the presidential palaces on Friday.", "IRQ", "UN", "0862"),
    # 057: a deal hammered out
    ("Iran hammered out a nuclear deal with the United States on Sunday.", "IRN", "USA", "057"),
    # 015: an act owned up to
    ("Georgia owned up to shelling Russian peacekeepers on Wednesday.", "GEO", "RUS", "015"),
    # 190: positions struck at; an onslaught
    ("Israel struck at Hamas positions in Gaza on Sunday.", "ISR", "PSE", "190"),
    ("Russia's onslaught on Ukraine continued on Tuesday.", "RUS", "UKR", "190"),
    # 111: a decision panned
    ("Syria panned Washington's decision on the Golan on Monday.", "SYR", "USA", "111"),
    # 163: banks cut off from SWIFT; an embargo agreed; a terrorist designation
    ("The EU cut seven Russian banks off from SWIFT on Wednesday.", "EU", "RUS", "163"),
    ("The United States kicked Iranian banks out of SWIFT on Saturday.", "USA", "IRN", "163"),
    ("The European Union agreed an embargo on Russian oil on Wednesday.", "EU", "RUS", "163"),
    ("Washington designated Iran's Revolutionary Guards as a terrorist organisation on Monday.",
     "USA", "IRN", "163"),
    # 192: a place infiltrated; a town wrested from a foe
    ("Hamas militants infiltrated southern Israel on Saturday.", "PSE", "ISR", "192"),
    ("Syrian troops wrested the town from Turkey on Monday.", "SYR", "TUR", "192"),
    # 073: people airlifted out
    ("Britain airlifted thousands of Afghans out of Kabul on Thursday.", "GBR", "AFG", "073"),
    # 057: a plan agreed between two states
    ("Russia and the United States agreed a plan to rid Syria of chemical weapons on Saturday.",
     "RUS", "USA", "057"),
    # 112: blame pinned on a state; a finger pointed at one
    ("Kenya put the blame on Somalia for the attacks on Sunday.", "KEN", "SOM", "112"),
    ("Malaysia pointed the finger at North Korea on Tuesday.", "MYS", "PRK", "112"),
    # 172: a region stripped of its special status
    ("India stripped Kashmir of its special status on Monday.", "IND", "IND", "172"),
    # 050: a hand of friendship extended
    ("Barack Obama extended a hand of friendship to Iran on Monday.", "USA", "IRN", "050"),
    # 175: a sit-in broken up or dispersed
    ("Sudanese security forces broke up a sit-in in Khartoum on Monday.", "SDN", "SDN", "175"),
    ("Sudanese police dispersed a sit-in outside the army headquarters on Monday.",
     "SDN", "SDN", "175"),
    # 173: officers of another state charged
    ("Britain charged two Russian intelligence officers over the poisoning on Wednesday.",
     "GBR", "RUS", "173"),
    # 0331: billions pledged to a state
    ("Saudi Arabia pledged $5 billion to Egypt on Wednesday.", "SAU", "EGY", "0331"),
    # 051: allegiance pledged
    ("Russian troops pledged allegiance to Ukraine on Monday.", "RUS", "UKR", "051"),
    # 071: a bailout agreed for a state
    ("The eurozone agreed a bailout for Greece on Sunday.", "EU", "GRC", "071"),
    # 072: a drone sale approved
    ("Washington approved a $2 billion drone sale to India on Monday.", "USA", "IND", "072"),
    # 1724: a national emergency declared
    ("Peru's president declared a national emergency on Friday.", "PER", "PER", "1724"),
    # 112: evidence presented against a state
    ("Colin Powell presented evidence against Iraq at the UN on Wednesday.", "USA", "IRQ", "112"),
    # 043: a leader given a lavish welcome
    ("Egypt gave Putin a lavish welcome in Cairo on Tuesday.", "EGY", "RUS", "043"),
    ("Egypt extended a warm welcome to Russia's president on Tuesday.", "EGY", "RUS", "043"),
    # 190: an army base raided
    ("Militants raided an Indian army base in Kashmir on Sunday.", "IND", "IND", "190"),
    # 116: a government act struck down by a court
    ("Kenya's Supreme Court struck down the government's ban on protests on Tuesday.",
     "KEN", "KEN", "116"),
    # 115: a state referred to an international court
    ("The UN Security Council referred Libya to the International Criminal Court on Saturday.",
     "UNSC", "LBY", "115"),
    # 172: judges purged
    ("Turkey purged thousands of judges on Monday.", "TUR", "TUR", "172"),
    # 111: a leader called a dotard or a warmonger
    ("Kim Jong Un called Donald Trump a mentally deranged dotard on Friday.", "PRK", "USA", "111"),
    ("North Korea called Japan's prime minister a warmonger on Friday.", "PRK", "JPN", "111"),
    # 190 (threatened: 1384): an aircraft carrier sunk
    ("North Korea threatened to sink a US aircraft carrier on Tuesday.", "PRK", "USA", "138"),
    # 040: leaders shaking hands
    ("China's president shook hands with Japan's prime minister on Saturday.",
     "CHN", "JPN", "040"),
    # 0863: aid accepted from abroad
    ("Turkey accepted Israeli aid after the earthquake on Tuesday.", "TUR", "ISR", "0863"),
    # 111: elections declared illegal
    ("The European Union declared Russia's elections in Crimea illegal on Thursday.",
     "EU", "RUS", "111"),
    # 012: misgivings voiced
    ("Japan voiced misgivings about China's plan on Saturday.", "JPN", None, "012"),
    # 02: a government nudged to act
    ("Washington nudged Israel to accept a ceasefire on Monday.", "USA", "ISR", "02"),
    # 041: a leader dialled
    ("Mark Rutte dialed Recep Tayyip Erdogan on Monday.", "NLD", "TUR", "041"),
    # 042: a minister touching down in or jetting into a capital
    ("Giorgia Meloni touched down in Tunis on Sunday for talks with Kais Saied.",
     "ITA", "TUN", "042"),
    ("Iran's foreign minister jetted into Beirut on Tuesday.", "IRN", "LBN", "042"),
    # 050: ambassadors exchanged, relations thawed or cemented, a hatchet buried
    ("Egypt and Turkey exchanged ambassadors on Tuesday.", "EGY", "TUR", "050"),
    ("Turkey and Armenia thawed relations on Sunday.", "TUR", "ARM", "050"),
    ("Russia and China cemented ties on Tuesday.", "RUS", "CHN", "050"),
    ("Greece and Turkey buried the hatchet on Thursday.", "GRC", "TUR", "050"),
    # 0831: power handed to civilians
    ("Mali's junta handed power to civilians on Friday.", "MLI", "MLI", "0831"),
    # 0841: prisoners traded
    ("Russia and Ukraine traded prisoners on Tuesday.", "RUS", "UKR", "0841"),
    # 110: exception taken to remarks
    ("Russia took exception to Finland's remarks on Tuesday.", "RUS", "FIN", "110"),
    # 112: accusations levelled at a rival
    ("Israel leveled accusations at Iran on Tuesday.", "ISR", "IRN", "112"),
    # 125: peace talks torpedoed
    ("Russia torpedoed the peace talks with Ukraine on Tuesday.", "RUS", "UKR", "125"),
    # 154: border defences beefed up
    ("North Korea beefed up its border defences on Sunday.", "PRK", None, "154"),
    # 163: firms targeted with sanctions
    ("Washington targeted Chinese firms with sanctions on Tuesday.", "USA", "CHN", "163"),
    # 190: troops driven out of a city; hideouts raided across a border
    ("Ukraine drove Russian troops out of Kharkiv on Monday.", "UKR", "RUS", "190"),
    ("Turkey raided PKK hideouts in Iraq on Tuesday.", "TUR", "IRQ", "190"),
    # 195: a capital blitzed
    ("Saudi-led jets blitzed Sanaa on Saturday.", "SAU", "YEM", "195"),
    # vocab19 -- 091: inquiries into deaths or sabotage, a monastery searched, a case reopened
    ("Chile opened an inquiry into the deaths of two miners on Monday.", "CHL", "CHL", "091"),
    ("Danish police launched a probe into the sabotage of the cable on Monday.", "DNK", "DNK",
     "091"),
    ("Moldova's prosecutors searched the monastery on Monday.", "MDA", "MDA", "091"),
    ("Colombia reopened the case of the murdered reporter on Monday.", "COL", "COL", "091"),
    # 092 / 1122: police brutality investigated or alleged; 093: a strike reviewed
    ("Amnesty International investigated Kenya's police brutality on Monday.", "AMNESTY", "KEN",
     "092"),
    ("The UN accused Kenya of police brutality on Monday.", "UN", "KEN", "1122"),
    ("Israel's army was reviewing the air strike on Tuesday.", "ISR", "ISR", "093"),
    # 130 / 138 / 1385: put on notice, all options kept on the table, a spectre of war raised
    ("Seoul put Pyongyang on notice on Monday.", "KOR", "PRK", "130"),
    ("On Monday, Israel kept all options on the table against Iran.", "ISR", "IRN", "138"),
    ("Russia raised the spectre of nuclear war with NATO on Monday.", "RUS", "NATO", "1385"),
    ("Turkey raised the spectre of war with Greece on Monday.", "TUR", "GRC", "138"),
    # 110: an account called into question; 030: an overture made
    ("Beijing called into question Manila's account of the collision on Monday.", "CHN", "PHL",
     "110"),
    ("Iran made an overture to Saudi Arabia on Monday.", "IRN", "SAU", "030"),
    # 061: gas deliveries boosted
    ("Norway boosted gas deliveries to Poland on Monday.", "NOR", "POL", "061"),
    # 017: an offering sent to a shrine, tribute paid to the fallen, knelt at or presided over
    ("Japan's premier sent an offering to the war shrine on Monday.", "JPN", None, "017"),
    ("India's prime minister paid tribute to the fallen soldiers on Monday.", "IND", None, "017"),
    ("Scholz knelt at the memorial in Warsaw on Monday.", "DEU", None, "017"),
    ("Thailand's king presided over the memorial ceremony on Monday.", "THA", None, "017"),
    # 151: surveillance beefed up; 154: a flank bolstered, battlegroups massed
    ("South Korea beefed up surveillance along the border on Monday.", "KOR", None, "151"),
    ("NATO bolstered its eastern flank on Monday.", "NATO", None, "154"),
    ("Russia massed battlegroups near the Finnish border on Monday.", "RUS", "FIN", "154"),
    # 042: a leader setting foot in a country visits it
    ("Trump became the first US president to set foot in North Korea on Sunday.",
     "USA", "PRK", "042"),
    # 0862: sites opened to inspectors
    ("Iran opened its nuclear sites to IAEA inspectors on Monday.", "IRN", "IAEA", "0862"),
    # 038: an offer of mediation accepted
    ("Kenya accepted Uganda's offer of mediation on Tuesday.", "KEN", "UGA", "038"),
    # 051: support expressed for a state; a state's move called a positive step
    ("Brazil expressed support for Argentina's candidacy on Monday.", "BRA", "ARG", "051"),
    ("Greece called the Turkish decision a positive step on Friday.", "GRC", "TUR", "051"),
    # 061: direct flights or rail links resumed between two states
    ("Georgia resumed direct flights to Russia on Friday.", "GEO", "RUS", "061"),
    ("Serbia restored rail links with Croatia on Monday.", "SRB", "HRV", "061"),
    # 050: a new page turned with another state (offered: 032)
    ("Ethiopia turned a new page with Eritrea on Monday.", "ETH", "ERI", "050"),
    # 062: foreign troops given access to a state's military bases
    ("Poland granted American troops access to two air bases on Tuesday.", "POL", "USA", "062"),
    # 138 (vocab23): a war vowed against a foe; a foe's missions called legitimate targets
    ("Azerbaijan vowed a merciless war against Armenia on Sunday.", "AZE", "ARM", "138"),
    ("Iran called Israeli embassies legitimate targets on Friday.", "IRN", "ISR", "138"),
    # 1212 (vocab23): supply routes for another state's troops closed by the host
    ("Uzbekistan closed the supply line for American troops on Monday.", "UZB", "USA", "1212"),
    # 163 (vocab23): the approval of another state's pipeline halted
    ("Denmark suspended the certification of the Russian gas pipeline on Tuesday.", "DNK", "RUS",
     "163"),
    # 160 / 131 (vocab23): countermeasures taken against a state; warned of, a threat
    ("Belarus took retaliatory measures against Poland on Monday.", "BLR", "POL", "160"),
    ("Belarus warned that it would take countermeasures against Poland.", "BLR", "POL", "131"),
    # 164 (vocab24): talks shelved or put on hold
    ("Armenia shelved its talks with Azerbaijan on Friday.", "ARM", "AZE", "164"),
    ("Kosovo put its dialogue with Serbia on hold on Thursday.", "XKX", "SRB", "164"),
    # 111 (vocab24): hitting back at a state in words, rapping it, pouring scorn on its plan
    ("Turkey hit back at Germany on Friday over the remarks.", "TUR", "DEU", "111"),
    ("Japan rapped China on Monday over the seafood ban.", "JPN", "CHN", "111"),
    ("India poured scorn on the Pakistani proposal on Tuesday.", "IND", "PAK", "111"),
    # 195 / 163 (vocab24): hitting back with strikes or tariffs stays force or sanctions
    ("Iran hit back at Israel with missile strikes on Saturday.", "IRN", "ISR", "195"),
    ("Mexico hit back at the United States with tariffs on Friday.", "MEX", "USA", "163"),
    # 182 (vocab24): a state's vessel ramming another's boat
    ("A Chinese coast guard ship rammed a Philippine supply boat on Monday.", "CHN", "PHL", "182"),
    # 075 (vocab24): refugees taken in; refugee status granted
    ("Poland took in 2,000 Ukrainian refugees on Friday.", "POL", "UKR", "075"),
    ("Sweden granted refugee status to Eritrean defectors on Monday.", "SWE", "ERI", "075"),
    # 050 (vocab24): differences patched up
    ("Qatar and Saudi Arabia patched up their differences on Tuesday.", "QAT", "SAU", "050"),
    # 073 (vocab24): firefighters or firefighting planes sent to a state
    ("Portugal sent firefighting planes to Greece on Wednesday.", "PRT", "GRC", "073"),
    # 072 (vocab24): weapons smuggled or funnelled to an armed group
    ("Iran funnelled weapons to the Houthis on Monday.", "IRN", "YEM", "072"),
    # 194 (vocab24): a base or post rocketed
    ("Hezbollah rocketed an Israeli army post on Friday.", "LBN", "ISR", "194"),
    # 0841 (vocab24): jailed opposition figures released (not figures published)
    ("Egypt released jailed Sudanese opposition figures on Sunday.", "EGY", "SDN", "0841"),
    # 071 (vocab24): money deposited in a state's central bank; a currency swap line extended
    ("The UAE deposited one billion dollars in Egypt's central bank on Sunday.", "ARE", "EGY",
     "071"),
    ("Japan extended a currency swap line to Indonesia on Monday.", "JPN", "IDN", "071"),
    # 161 (vocab24): diplomatic presence in a state cut
    ("Canada reduced its diplomatic presence in India on Friday.", "CAN", "IND", "161"),
    # 072 (vocab24): patrol boats gifted
    ("Japan gifted patrol boats to the Philippines on Thursday.", "JPN", "PHL", "072"),
    # 038 (vocab24): a mediation offer accepted
    ("Sudan accepted Turkey's mediation offer on Friday.", "SDN", "TUR", "038"),
    # 174 (vocab24): migrants or refugees pushed back
    ("Croatia pushed back Afghan migrants on Sunday.", "HRV", "AFG", "174"),
    # 0332 (vocab24): troops committed to an ally
    ("Canada committed troops to Latvia on Thursday.", "CAN", "LVA", "0332"),
    # 050 (vocab24): a membership bid approved
    ("Turkey approved Finland's membership bid on Thursday.", "TUR", "FIN", "050"),
    # 202 -> 1383 (vocab24): a state to be wiped off the map (threatened: mass violence threat)
    ("Hezbollah threatened to wipe Israel off the map on Friday.", "LBN", "ISR", "1383"),
    # 150 (vocab24): warplanes flown near another state (not military aid)
    ("China flew 20 fighter jets near Japan on Wednesday.", "CHN", "JPN", "150"),
    # 110 (vocab24): anger or outrage voiced "at" a state (not read as a place)
    ("Italy voiced anger at Tunisia on Tuesday.", "ITA", "TUN", "110"),
    # 111 (vocab24): another state's foreign secretary or chancellor mocked
    ("Iran mocked the German chancellor on Sunday.", "IRN", "DEU", "111"),
    # 030 (vocab24): the prospect of closer ties held out (not 124 "held out", stood firm)
    ("Qatar held out the prospect of a trade deal with Iraq on Monday.", "QAT", "IRQ", "030"),
    # 114 (vocab24): an envoy hauled up
    ("Nepal hauled up the Indian ambassador on Monday.", "NPL", "IND", "114"),
    # 194 / 163 (vocab24): cities hammered or battered; a state hammered with tariffs
    ("Russia hammered Ukrainian cities on Sunday.", "RUS", "UKR", "194"),
    ("Washington hammered Beijing with new tariffs on Friday.", "USA", "CHN", "163"),
    # 018 / 051 (vocab24): standing in solidarity with a state; vouching for it
    ("Algeria stood in solidarity with Tunisia on Friday.", "DZA", "TUN", "018"),
    ("Ghana vouched for Nigeria on Tuesday.", "GHA", "NGA", "051"),
    # 073 (vocab24): relief goods sent
    ("Bangladesh sent relief goods to Myanmar on Wednesday.", "BGD", "MMR", "073"),
    # 120 (vocab24): the door slammed on a proposal
    ("Britain slammed the door on the French proposal on Tuesday.", "GBR", "FRA", "120"),
    # 172 (vocab24): press credentials revoked
    ("Russia revoked the press credentials of British reporters on Monday.", "RUS", "GBR", "172"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), CASES)
def test_added_rows_code_their_events(text, source, target, code):
    events = code_text(text, ON)
    found = [e for e in find(events, source, target, code[:2])
             if e["cameo"]["code"].startswith(code)]
    assert found, [(e["source"], e["target"], e["cameo"]["code"]) for e in events]


NEGATIVES = [
    # jets or drones straying into airspace are told, not a show of force (none of the gold
    # sets codes them); sending bombers into it is one
    ("Four Russian jets entered Finnish airspace without permission on Tuesday.", "150"),
    # a government that replaced a president is a succession, not a removal
    ("The interim government that replaced President Mohamed Morsi asked for aid.", "0831"),
    # troops sent to one's own border are a show of force, not help
    ("Russia sent troops to the border with Ukraine on Monday.", "074"),
    # a guest list is no blacklist
    ("The Kenyan ambassador added a note to the guest list.", "163"),
    # a day of celebration is no mourning
    ("Kenya declared a day of celebration after the election.", "017"),
    # driving home is no expulsion
    ("The Italian president drove from his home to parliament.", "201"),
    # closing a shop is no blockade
    ("Police in France closed the shop on Tuesday.", "191"),
    # pausing talks is no easing of sanctions
    ("Russia paused talks with Ukraine on Monday.", "085"),
    # students protesting at home lodge no diplomatic protest
    ("Students protested in Tokyo on Monday.", "114"),
    # an aid package is no sanctions package
    ("The European Union approved an aid package for Moldova on Friday.", "163"),
    # a plain response is no threat
    ("Germany promised a response to the Polish letter on Monday.", "13"),
    # dropping bombs is no concession
    ("Russian jets dropped bombs on Ukrainian positions on Monday.", "08"),
    # troops or weapons sent to a state at war are aid, not a deployment of one's own
    ("Britain sent tanks to Ukraine on Tuesday.", "154"),
    # plans to visit put off are no policy reversal
    ("Blinken postponed plans to visit China on Friday.", "0832"),
    # gas deliveries halted are an embargo, not aid cut
    ("Russia halted gas deliveries to Poland on Monday.", "162"),
    # militants executing hostages is no state repression; a law against insulting the
    # monarchy insults nobody
    ("Islamic State militants executed two Japanese hostages in Syria.", "175"),
    ("Thailand's court dissolved the party over its plan to amend the law against insulting "
     "the monarchy.", "111"),
    # talks moving towards a deal are no advance on a place
    ("Iran and the United States moved towards an agreement on Sunday.", "190"),
    ("Russia annexed Crimea in 2014.", "190"),
    # a leader who took power after an election seized nothing
    ("Kim Jong Un visited Beijing, his first trip abroad since he took power in 2011.", "17"),
    # a leader driving into a neighbouring state attacks nobody
    ("The Ugandan president drove his car into Kenya on Monday.", "18"),
    # the month of March is no protest march
    ("Kenya's president signed the budget law in March.", "14"),
    # prices brought down are no attack; links of a party cut are no transport ban
    ("Brazil's central bank brought down inflation on Monday.", "19"),
    ("The Ghanaian party cut its links with the militia on Monday.", "16"),
    # a seat placed under a heading is no investigation
    ("Kenya placed the dispute under the mediation of the African Union on Monday.", "09"),
    # a court ruling that a strike was lawful finds nobody liable
    ("A Ghanaian court ruled on Monday that the doctors' strike was lawful.", "116"),
    # a reactor's shutdown called a good step is no strike called
    ("Japan called Iran's shutdown of the reactor a welcome step on Monday.", "143"),
    # a team battling a rival, or firefighters battling blazes, fight no war
    ("The Kenyan team battled Nigeria in the final on Sunday.", "19"),
    ("Greek firefighters battled wildfires near Athens on Monday.", "19"),
    # control of a company or of a chamber gained is no territory taken
    ("The Kenyan opposition gained control of the Senate on Friday.", "19"),
    ("The Chinese firm assumed control of the Zambian mining company on Monday.", "19"),
    # a protest expressed is a complaint, not a demonstration; two states "at war" fight no
    # battle that day
    ("Beijing expressed strong dissatisfaction and protest over the sanctions on Monday.",
     "14"),
    ("Armenia and Azerbaijan, which remain technically at war, signed a border deal on Monday.",
     "19"),
    # talks frozen, or the content of a call for talks, are no talks held
    ("The European Parliament voted on Thursday in favour of freezing accession talks with "
     "Serbia.", "04"),
    ("Brazil called on Friday for a truce in Sudan and for talks between the army and the "
     "RSF.", "04"),
    # calling someone something is no telephone call
    ("Donald Trump called Justin Trudeau weak on Friday.", "041"),
    ("Donald Trump called Xi Jinping a great leader on Friday.", "041"),
    ('Donald Trump called Kim Jong Un "little rocket man" on Friday.', "041"),
    # a state's own troops ordered out of a place are not expelled people
    ("Russia ordered its troops out of Kherson on Wednesday.", "174"),
    # vocab11 -- papers handed over are no surrender to the police
    ("Finland's foreign minister handed over the accession documents in Brussels.", "173"),
    # a shrine attacked is no commemoration
    ("Gunmen attacked a Shia shrine in Pakistan on Friday.", "017"),
    # troops flown into a country bring no relief
    ("Russia flew paratroopers into Kazakhstan on Thursday.", "073"),
    # vocab12 -- a police raid stays coercion; an invitation to a summit is no membership offer
    ("A raid by Ugandan police on the office of a Kenyan newspaper drew protests on Monday.", "19"),
    ("France invited Germany to attend the summit on Monday.", "050"),
    ("Brazil routed Argentina 4-0 in the World Cup qualifier on Tuesday.", "19"),
    # vocab13 -- an airport shut by fog blockades nobody; declaring a region a priority
    # expels no diplomat
    ("Police in France closed the airport because of fog on Tuesday.", "191"),
    ("Brazil declared the Amazon a national priority on Monday.", "161"),
    # rockets fired at towns, or missiles fired at a state, are an attack, not a test
    ("Hamas fired rockets at Israeli towns on Monday.", "15"),
    ("Iran fired ballistic missiles at Israel on Tuesday.", "15"),
    # a lead retaken in a medal table is no territory; gas sold is trade, not arms
    ("Kenya retook the lead in the medal table on Monday.", "19"),
    ("Russia sold gas to China at a discount on Monday.", "07"),
    # a city struck with drones is attacked, not a partner in a deal
    ("Russian forces struck Kyiv with Iranian drones overnight.", "05"),
    # two states that "would one day become members" of an unnamed alliance agree nothing
    ("NATO declared that Ukraine and Georgia would one day become members of the alliance.",
     "057"),
    # landing rights withdrawn are no troop withdrawal
    ("The Netherlands withdrew landing rights for the Turkish minister's plane on Saturday.",
     "087"),
    # an aid convoy escorted to a border is expelled from nowhere
    ("Kenyan troops escorted the aid convoy to the Somali border on Monday.", "174"),
    # a leader thanking his supporters represses nobody
    ("The Kenyan president thanked his supporters in Nairobi on Monday.", "17"),
    # vocab14 -- a state's exports boosted with no partner; reinforcements rushed to the front
    ("Germany boosted its car exports on Monday.", "061"),
    ("Russia rushed reinforcements to the front on Monday.", "07"),
    # a case taken to court, a forecast cautioned, a seat lobbied for
    ("Kenya took the case to court on Monday.", "111"),
    ("The IMF cautioned on Monday that growth in Kenya would slow.", "13"),
    ("Kenya lobbied for a seat on the Security Council on Monday.", "02"),
    # a finish line crossed, insults rained, a stop put to protests, drones downed
    ("A Kenyan runner crossed the finish line in Paris on Sunday.", "15"),
    ("Kenyan fans rained insults on the referee in Nairobi.", "19"),
    ("The government put a stop to the protests in Cairo.", "042"),
    ("Ukraine downed 20 Russian drones on Tuesday.", "14"),
    # batteries moved to a front, soldiers on duty, buses delivered, a team landing
    ("Russia moved artillery batteries to the front on Monday.", "07"),
    ("Kenyan soldiers on duty in Somalia killed three militants.", "16"),
    ("Kenya took delivery of new buses from China on Monday.", "06"),
    ("The Kenyan team landed in Paris for the Olympics.", "042"),
    # water channelled to farms; a wave of criticism unleashed on a coach
    ("The ministry channelled water to Kenyan farms on Monday.", "07"),
    ("Kenyan fans unleashed a wave of criticism on the coach.", "19"),
    # force renounced against "each other" is no attack; police force against protesters is
    # repression, not a military attack
    ("Maduro and Ali met in St Vincent and agreed not to use force against each other.", "19"),
    ("Kenyan police used excessive force against protesters in Nairobi.", "19"),
    # a business partnership with farmers; a palace named a museum
    ("Kenyan firms forged a partnership with local farmers on Monday.", "050"),
    ("Kenya named the dictator's old palace a museum on Monday.", "111"),
    # resources pooled by farmers, a ball torpedoed, the media shunned by athletes, a statue
    # toppled by the wind
    ("Kenyan farmers pooled their resources on Monday.", "064"),
    ("A fan torpedoed the ball into the net on Monday.", "127"),
    ("Kenyan athletes shunned the media on Monday.", "12"),
    ("The wind toppled the statue of Lenin in Kyiv.", "19"),
    # a decision blasted is criticism, not an attack; troops massed are no protest
    ("Russia blasted the American decision on Monday.", "19"),
    ("Russia massed troops near the border with Ukraine on Monday.", "14"),
    # a national reconciliation commission; a student loan
    ("The national reconciliation commission in Kenya met on Monday.", "05"),
    ("Kenyan students took out a loan to pay their fees on Monday.", "07"),
    # money lent is a loan, not an endorsement; buses shuttle between cities; a coach easing
    # tensions in his squad
    ("Japan lent 2 billion dollars to Ukraine on Monday.", "051"),
    ("Kenyan buses shuttled between Nairobi and Mombasa on Monday.", "045"),
    ("The Kenyan coach eased tensions in the squad on Monday.", "087"),
    # talks held on reducing tensions are talks, not a de-escalation
    ("Serbia and Kosovo held talks on Monday on reducing tensions in the north.", "087"),
    # demand pressed upward in a market is no political demand; a round of golf is no talks;
    # a team of doctors is no inspection
    ("Strong exports pressed demand for the yuan higher on Monday.", "10"),
    ("Kenya hosted a round of golf for visiting diplomats on Monday.", "04"),
    ("Russia sent a team of doctors to Serbia on Monday.", "09"),
    # migrants thrown out of a camp are not a rejection; a drone shot down is no rejected
    # proposal; a firm's funds committed to a factory are no pledge to a state
    ("Kenyan police threw out Somali migrants from the camp on Monday.", "12"),
    ("Russia shot down a Ukrainian drone on Monday.", "12"),
    ("The Kenyan company committed funds to a new factory on Monday.", "03"),
    # petrol bombs thrown by protesters stay a violent protest; a vest thrown is no bomb
    ("Palestinian youths threw petrol bombs at Israeli police on Friday.", "18"),
    ("The Kenyan minister threw his vest at a reporter on Monday.", "18"),
    # ties restored are done, not vowed
    ("Japan restored ties with the Philippines on Tuesday.", "032"),
    # a case filed at a court or arbitration proceedings launched are a complaint, not an
    # investigation
    ("Lithuania filed a case against Belarus at the UN court on Monday.", "09"),
    ("Manila launched arbitration proceedings against China on Tuesday.", "09"),
    # a "non-nuclear" bomb is no nuclear weapon
    ("The US dropped its largest non-nuclear bomb on militants in Afghanistan on Thursday.",
     "204"),
    # vocab16 -- a private separation is no break with a state; a camp cleared after a festival
    # is no crackdown
    ("The Kenyan singer announced her separation from her husband on Monday.", "16"),
    ("Kenyan volunteers cleared the camp after the music festival on Sunday.", "175"),
    # a state that suspends its own membership in a bloc is not sanctioned
    ("Russia suspended its membership in the Council of Europe on Monday.", "172"),
    # vocab17 -- a military camp stormed or a road cleared is no protest put down; students let in
    ("Rebels stormed an army camp in Darfur on Monday.", "175"),
    ("Kenyan police cleared the road on Monday.", "175"),
    ("France let the students into the building on Monday.", "086"),
    # a plan agreed at home is no deal with another state; banks cutting fees are not sanctioned
    ("Kenya's cabinet agreed a plan to build new roads on Monday.", "057"),
    ("Sweden's banks cut their fees on Monday.", "163"),
    # a sit-in staged is a protest, not its suppression; a plain hand is no friendship
    ("Sudanese protesters staged a sit-in outside the army headquarters on Monday.", "175"),
    ("Kenya extended a hand to its athletes on Monday.", "050"),
    # a fee charged is no indictment; a house raided is no military assault
    ("The Kenyan bank charged a fee on Monday.", "173"),
    ("Police in Kenya raided the house of an opposition leader on Monday.", "190"),
    # a city purged of militants is no administrative sanction
    ("Haftar's forces vowed to purge Benghazi of terrorists on Friday.", "172"),
    # a day declared a holiday is no condemnation
    ("Kenya declared Friday a public holiday on Monday.", "111"),
    # pressure dialled up is no phone call; diplomats swapped as prisoners are no exchange of envoys
    ("The United States dialed up pressure on China on Monday.", "041"),
    ("Russia and the United States swapped jailed diplomats on Monday.", "050"),
    # a move called a step backward is no praise; a pronoun called a step names no doer
    ("Greece called the Turkish decision a step backward on Friday.", "051"),
    # flights halted, or a pipeline restored, are no resumed transport link
    ("Georgia suspended flights to Russia on Friday.", "061"),
    # aid workers let into a port are admitted (086), not a military partner
    ("Yemen granted UN aid workers access to the port on Tuesday.", "062"),
    # a war vowed against corruption has no foe: no threat of force
    ("The Kenyan government vowed a war against corruption on Monday.", "13"),
    # a foe's supply lines cut by an army are fighting, not refused cooperation
    ("Russian forces cut the Ukrainian supply lines near Bakhmut on Monday.", "1212"),
    # a pipeline's approval halted at home names no foreign owner
    ("Canada halted approval of the pipeline on Monday after protests by farmers.", "163"),
    # measures taken against a disease are no reduced relations
    ("Brazil took measures against the virus on Monday.", "16"),
]


@pytest.mark.parametrize(("text", "code"), NEGATIVES)
def test_near_misses_do_not_give_the_code(text, code):
    events = code_text(text, ON)
    assert not [e for e in events if e["cameo"]["code"].startswith(code)], events


def test_the_models_lemma_slips_are_repaired_on_verbs_only():
    from faultline.nlp import load_nlp

    doc = load_nlp()("Unions staged a strike and the army waged war. A stag ran off.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage" and lemmas["waged"] == "wage"
    assert lemmas["stag"] == "stag"



def test_more_lemma_slips_are_repaired():
    from faultline.nlp import load_nlp

    doc = load_nlp()("Police rearrested the activist and the army is reoccupying the town. "
                     "The junta stages a parade, hoping for support, and resupplied its troops.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["rearrested"] == "rearrest" and lemmas["reoccupying"] == "reoccupy"
    assert lemmas["stages"] == "stage" and lemmas["hoping"] == "hope"
    assert lemmas["resupplied"] == "resupply"
    assert load_nlp()("Washington relisted Cuba.")[1].lemma_ == "relist"
