// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The dated memberships of the built-in country groups, as plain records: ISO 3166 alpha-2 codes
// and dates as year, month and day. Every date is a first day of membership, or the first day
// after it ended, and has its source in the comment beside it. <cited/catalog/groups.hpp> makes
// the groups (`cited::groups::eu`, ...) from them, and checks them at compile time.
//
// The membership rule (docs/groups.md says more):
// - A member is a state, or a territory with its own ISO 3166-1 code, to which the group's
//   founding treaty (or, for an informal forum, its participation) applies on that day. A
//   territory is a member from the day the treaty applies to it, whether or not ISO had given it
//   a code yet (Saint-Martin, MF, is dated from 1958 as part of Guadeloupe).
// - A member that is not a country (the EU in the G7, the G8 and the G20; the African Union in
//   the G20) is not in these tables but in `member_groups` below; counts and totals over a
//   group's members count countries (states and territories) only.
// - A territory that is a member as part of a state is listed in `territories` below. A country's
//   figure is taken as its source reports it (whether France's includes Reunion is the source's
//   choice); a total over a group adds such a territory only when the dataset has a figure for
//   the territory itself, and does not report it missing otherwise.
// - Suspensions that cannot be dated to the day are not modelled. Where a source gives only a
//   year, or could not be found, the member is left out and the comment says so.
// - Historic entries (ISO 3166-3) are members only as the states they were: East Germany
//   (DDDE) never joined the EEC; its territory joined with Germany's reunification on
//   1990-10-03, which the DE membership covers. French Algeria: Article 227(2) of the EEC Treaty
//   named Algeria and the French overseas departments, but the DZ entry of ISO 3166-1 denotes
//   the state independent since 1962-07-05, which never was a member; it is not modelled.

#ifndef CITED_CATALOG_DATA_GROUPS_HPP
#define CITED_CATALOG_DATA_GROUPS_HPP

#include <cstdint>
#include <string_view>

namespace cited::detail {

// A calendar date; year 0 for none.
struct record_date {
  std::int16_t year = 0;
  std::uint8_t month = 0;
  std::uint8_t day = 0;
};

// One interval of membership, [from, until): the member's alpha-2 code, its first day as a
// member and the first day no longer a member (none while the membership lasts).
struct membership_record {
  std::string_view alpha2;
  record_date from;
  record_date until = {};
};

// A group that is a member of a group: the group's id, the member's id and name, and the dates.
struct group_membership_record {
  std::string_view group;
  std::string_view member;
  std::string_view member_name;
  record_date from;
  record_date until = {};
};

// A territory with its own ISO 3166-1 code that is a member of a built-in group as part of a
// state: its code and the state's.
struct territory_record {
  std::string_view alpha2;
  std::string_view state;
};

}  // namespace cited::detail

namespace cited::detail::group_data {

// clang-format off

// The EU's members. The EEC (Treaty of Rome in force 1958-01-01) is counted as the EU, by
// convention. Member states' enlargement dates: European Commission, "Together in the EU", and
// the European Parliament's enlargement history. The UK left at midnight CET on 2020-01-31.
// Territories with their own ISO code follow the states.
inline constexpr membership_record eu[] = {
    {"BE", {1958, 1, 1}, {}},  {"DE", {1958, 1, 1}, {}},
    {"FR", {1958, 1, 1}, {}},  {"IT", {1958, 1, 1}, {}},
    {"LU", {1958, 1, 1}, {}},  {"NL", {1958, 1, 1}, {}},
    {"DK", {1973, 1, 1}, {}},  {"IE", {1973, 1, 1}, {}},
    {"GB", {1973, 1, 1}, {2020, 2, 1}},
    {"GR", {1981, 1, 1}, {}},  {"ES", {1986, 1, 1}, {}},
    {"PT", {1986, 1, 1}, {}},  {"AT", {1995, 1, 1}, {}},
    {"FI", {1995, 1, 1}, {}},  {"SE", {1995, 1, 1}, {}},
    {"CY", {2004, 5, 1}, {}},  {"CZ", {2004, 5, 1}, {}},
    {"EE", {2004, 5, 1}, {}},  {"HU", {2004, 5, 1}, {}},
    {"LV", {2004, 5, 1}, {}},  {"LT", {2004, 5, 1}, {}},
    {"MT", {2004, 5, 1}, {}},  {"PL", {2004, 5, 1}, {}},
    {"SK", {2004, 5, 1}, {}},  {"SI", {2004, 5, 1}, {}},
    {"BG", {2007, 1, 1}, {}},  {"RO", {2007, 1, 1}, {}},
    {"HR", {2013, 7, 1}, {}},
    // Territories. French overseas departments: Article 227(2) of the EEC Treaty (EUR-Lex,
    // CELEX 11957E227) applied its provisions on goods, agriculture, services, competition and the
    // institutions to them "from the entry into force of this Treaty" (1958-01-01), the others
    // on conditions set later; today outermost regions, Art. 349 and 355(1) TFEU (J. Ziller, "The
    // European Union and the Territorial Scope of European Territories", VUW Law Review 38(1),
    // 2007).
    {"GF", {1958, 1, 1}, {}},  {"GP", {1958, 1, 1}, {}},
    {"MQ", {1958, 1, 1}, {}},  {"RE", {1958, 1, 1}, {}},
    // Saint-Martin, part of Guadeloupe until 2007 and an outermost region since (Art. 355(1)
    // TFEU): in the EU as Guadeloupe was.
    {"MF", {1958, 1, 1}, {}},
    // Saint-Barthelemy, likewise part of Guadeloupe, an overseas country and territory (outside the
    // EU) from 2012-01-01: European Council Decision 2010/718/EU of 29 October 2010.
    {"BL", {1958, 1, 1}, {2012, 1, 1}},
    // Mayotte, an outermost region from 2014-01-01: European Council Decision 2012/419/EU of
    // 11 July 2012.
    {"YT", {2014, 1, 1}, {}},
    // Aland, in the EU with Finland: the Treaties apply to it with derogations (Act of Accession
    // 1994, Protocol No 2, OJ C 241, 29.8.1994, p. 352).
    {"AX", {1995, 1, 1}, {}},
    // Gibraltar, in the EU with the UK under Art. 355(3) TFEU (ex Art. 227(4) EEC), and out with
    // it.
    {"GI", {1973, 1, 1}, {2020, 2, 1}},
    // Greenland, in the EEC with Denmark; left on 1985-02-01 under the Greenland Treaty of
    // 13 March 1984 (Government of Greenland, "The Greenland Treaty of 1985").
    {"GL", {1973, 1, 1}, {1985, 2, 1}},
};

// EU members that use the euro. Dates: Eurostat, "Glossary: Euro area enlargements";
// Croatia 2023-01-01 and Bulgaria 2026-01-01 by the Council decisions admitting them.
// Territories that are in the EU and use the euro as part of their state follow the states.
inline constexpr membership_record euro_area[] = {
    {"AT", {1999, 1, 1}, {}}, {"BE", {1999, 1, 1}, {}},
    {"DE", {1999, 1, 1}, {}}, {"ES", {1999, 1, 1}, {}},
    {"FI", {1999, 1, 1}, {}}, {"FR", {1999, 1, 1}, {}},
    {"IE", {1999, 1, 1}, {}}, {"IT", {1999, 1, 1}, {}},
    {"LU", {1999, 1, 1}, {}}, {"NL", {1999, 1, 1}, {}},
    {"PT", {1999, 1, 1}, {}}, {"GR", {2001, 1, 1}, {}},
    {"SI", {2007, 1, 1}, {}}, {"CY", {2008, 1, 1}, {}},
    {"MT", {2008, 1, 1}, {}}, {"SK", {2009, 1, 1}, {}},
    {"EE", {2011, 1, 1}, {}}, {"LV", {2014, 1, 1}, {}},
    {"LT", {2015, 1, 1}, {}}, {"HR", {2023, 1, 1}, {}},
    {"BG", {2026, 1, 1}, {}},
    // With France from 1999-01-01, when the euro replaced the currencies of the participating
    // member states, France and Finland included (Council Regulation (EC) No 974/98, Art. 2);
    // Saint-Barthelemy until it left the EU (Decision 2010/718/EU; it keeps the euro by a
    // monetary agreement, outside the EU); Mayotte from its entry into the EU (Decision
    // 2012/419/EU).
    {"GF", {1999, 1, 1}, {}}, {"GP", {1999, 1, 1}, {}},
    {"MQ", {1999, 1, 1}, {}}, {"RE", {1999, 1, 1}, {}},
    {"MF", {1999, 1, 1}, {}}, {"BL", {1999, 1, 1}, {2012, 1, 1}},
    {"YT", {2014, 1, 1}, {}},
    // With Finland from 1999-01-01 (Regulation (EC) No 974/98, as above).
    {"AX", {1999, 1, 1}, {}},
};

// The Group of Seven. First summit, Rambouillet, 15-17 November 1975 (France, the US, the UK,
// West Germany, Japan and Italy); Canada from the San Juan summit, 27-28 June 1976 (P. Hajnal,
// "The G7/G8 System", ch. 2; UPI, "Capsule of summits", 1985). The European Community, now the
// EU, takes part from the London summit of 7-8 May 1977 (same sources) as a participant that is
// not a country: see `member_groups`.
inline constexpr membership_record g7[] = {
    {"FR", {1975, 11, 15}, {}}, {"DE", {1975, 11, 15}, {}},
    {"IT", {1975, 11, 15}, {}}, {"JP", {1975, 11, 15}, {}},
    {"GB", {1975, 11, 15}, {}}, {"US", {1975, 11, 15}, {}},
    {"CA", {1976, 6, 27}, {}},
};

// The Group of Eight: the G7 and Russia, from the first G8 summit (Birmingham, 15-17 May 1998,
// "the first G8 summit, with the Russians as full members": N. Bayne, G7 Research Group,
// "Impressions of the Birmingham Summit", 1998) to the G7's Hague Declaration of 2014-03-24,
// which suspended participation in the G8 (the G8 has not met since). Russia's earlier,
// partial participation (the "Summit of the Eight", Denver 1997) is not counted. The EU took part
// throughout (the 24th G8 summit's participants): see `member_groups`.
inline constexpr membership_record g8[] = {
    {"CA", {1998, 5, 15}, {2014, 3, 24}}, {"FR", {1998, 5, 15}, {2014, 3, 24}},
    {"DE", {1998, 5, 15}, {2014, 3, 24}}, {"IT", {1998, 5, 15}, {2014, 3, 24}},
    {"JP", {1998, 5, 15}, {2014, 3, 24}}, {"RU", {1998, 5, 15}, {2014, 3, 24}},
    {"GB", {1998, 5, 15}, {2014, 3, 24}}, {"US", {1998, 5, 15}, {2014, 3, 24}},
};

// BRICS, from the first BRIC leaders' summit (Yekaterinburg, 2009-06-16: Ministry of Foreign
// Affairs of China, "The Meeting of BRIC Leaders Is Held in Yekaterinburg", 2009-06-17). South
// Africa from 2010-12-23, when China's foreign minister, for the chair, told South Africa's that
// BRIC had accepted it as a full member, and President Hu's letter of invitation was delivered
// (Xinhua in China Daily, 2010-12-24, "Thursday"; Mail & Guardian, 2010-12-24; a Routledge
// chapter on BRICS: "On December 23, 2010"); South Africa made it public on 2010-12-24. Egypt,
// Ethiopia, Iran and the UAE from 2024-01-01, the date set at the Johannesburg summit (President
// Ramaphosa, 2023-08-24, in The New Arab); Indonesia from 2025-01-06, when Brazil, as chair,
// announced its admission (MENAFN, 2025-01-06). Saudi Arabia was invited but has not confirmed,
// so it is not listed.
inline constexpr membership_record brics[] = {
    {"BR", {2009, 6, 16}, {}}, {"RU", {2009, 6, 16}, {}},
    {"IN", {2009, 6, 16}, {}}, {"CN", {2009, 6, 16}, {}},
    {"ZA", {2010, 12, 23}, {}}, {"EG", {2024, 1, 1}, {}},
    {"ET", {2024, 1, 1}, {}}, {"IR", {2024, 1, 1}, {}},
    {"AE", {2024, 1, 1}, {}}, {"ID", {2025, 1, 6}, {}},
};

// The Group of Twenty, from its inaugural meeting of finance ministers and central bank
// governors, Berlin, 15-16 December 1999: the meeting's communique (G20 Information Centre,
// University of Toronto); the G7 finance ministers announced the group on 1999-09-25. The EU and, from 2023-09-09, the African Union are members that are not
// countries: see `member_groups`.
inline constexpr membership_record g20[] = {
    {"AR", {1999, 12, 15}, {}}, {"AU", {1999, 12, 15}, {}},
    {"BR", {1999, 12, 15}, {}}, {"CA", {1999, 12, 15}, {}},
    {"CN", {1999, 12, 15}, {}}, {"FR", {1999, 12, 15}, {}},
    {"DE", {1999, 12, 15}, {}}, {"IN", {1999, 12, 15}, {}},
    {"ID", {1999, 12, 15}, {}}, {"IT", {1999, 12, 15}, {}},
    {"JP", {1999, 12, 15}, {}}, {"KR", {1999, 12, 15}, {}},
    {"MX", {1999, 12, 15}, {}}, {"RU", {1999, 12, 15}, {}},
    {"SA", {1999, 12, 15}, {}}, {"ZA", {1999, 12, 15}, {}},
    {"TR", {1999, 12, 15}, {}}, {"GB", {1999, 12, 15}, {}},
    {"US", {1999, 12, 15}, {}},
};

// The OECD. The Convention of 14 December 1960 entered into force on 1961-09-30 for the
// signatories that had ratified it by then (Swiss treaty database, SR 0.970.4, status list;
// Austria, BGBl. Nr. 248/1961); for later ones on the day of deposit. Italy 1962-03-29 (Swiss
// status list); Luxembourg 1961-12-07 and the Netherlands 1961-11-13 (deposit dates, as
// whereig.com lists them; Austria's BGBl. Nr. 154/1962 confirms they came after 1961-09-30).
// Accessions on deposit of the instrument: Swiss status list for Japan, Finland, Australia,
// Chile, Israel and Estonia; OECD Nuclear Law Bulletin 73 (2004) for New Zealand, Mexico, the
// Czech Republic, Hungary, Poland and Korea (the same days on whereig.com); whereig.com for
// Slovakia and Slovenia; Latvia 2016-07-01 (Hungarian delegation to the OECD); Lithuania
// 2018-07-05 (OECD, "Lithuania's accession to the OECD"); Colombia 2020-04-28 and Costa Rica
// 2021-05-25 (Swedish delegation to the OECD).
inline constexpr membership_record oecd[] = {
    {"AT", {1961, 9, 30}, {}}, {"BE", {1961, 9, 30}, {}},
    {"CA", {1961, 9, 30}, {}}, {"DK", {1961, 9, 30}, {}},
    {"FR", {1961, 9, 30}, {}}, {"DE", {1961, 9, 30}, {}},
    {"GR", {1961, 9, 30}, {}}, {"IS", {1961, 9, 30}, {}},
    {"IE", {1961, 9, 30}, {}}, {"NO", {1961, 9, 30}, {}},
    {"PT", {1961, 9, 30}, {}}, {"ES", {1961, 9, 30}, {}},
    {"SE", {1961, 9, 30}, {}}, {"CH", {1961, 9, 30}, {}},
    {"TR", {1961, 9, 30}, {}}, {"GB", {1961, 9, 30}, {}},
    {"US", {1961, 9, 30}, {}}, {"NL", {1961, 11, 13}, {}},
    {"LU", {1961, 12, 7}, {}},  {"IT", {1962, 3, 29}, {}},
    {"JP", {1964, 4, 28}, {}},  {"FI", {1969, 1, 28}, {}},
    {"AU", {1971, 6, 7}, {}},   {"NZ", {1973, 5, 29}, {}},
    {"MX", {1994, 5, 18}, {}},  {"CZ", {1995, 12, 21}, {}},
    {"HU", {1996, 5, 7}, {}},   {"PL", {1996, 11, 22}, {}},
    {"KR", {1996, 12, 12}, {}}, {"SK", {2000, 12, 14}, {}},
    {"CL", {2010, 5, 7}, {}},   {"SI", {2010, 7, 21}, {}},
    {"IL", {2010, 9, 7}, {}},   {"EE", {2010, 12, 9}, {}},
    {"LV", {2016, 7, 1}, {}},   {"LT", {2018, 7, 5}, {}},
    {"CO", {2020, 4, 28}, {}},  {"CR", {2021, 5, 25}, {}},
};

// ASEAN, from the Bangkok Declaration of 1967-08-08. Brunei from 1984-01-07: the ASEAN
// Secretariat, "The Founding of ASEAN" (the ASEAN-Japan Centre's outline gives 1984-01-08).
// Later members: ASEAN-Japan Centre, "Outline of ASEAN" (Vietnam 1995-07-28, Laos and Myanmar
// 1997-07-23, Cambodia 1999-04-30); Timor-Leste from 2025-10-26, the signing of the Declaration on its
// admission at the 47th ASEAN Summit (ASEAN statement, as reported by IANS, 2025-10-26).
inline constexpr membership_record asean[] = {
    {"ID", {1967, 8, 8}, {}},  {"MY", {1967, 8, 8}, {}},
    {"PH", {1967, 8, 8}, {}},  {"SG", {1967, 8, 8}, {}},
    {"TH", {1967, 8, 8}, {}},  {"BN", {1984, 1, 7}, {}},
    {"VN", {1995, 7, 28}, {}}, {"LA", {1997, 7, 23}, {}},
    {"MM", {1997, 7, 23}, {}}, {"KH", {1999, 4, 30}, {}},
    {"TL", {2025, 10, 26}, {}},
};

// NATO. The founders from the North Atlantic Treaty's entry into force, 1949-08-24 (the Treaty's
// record: "Effective 24 August 1949"); later members from the deposit of their instruments of
// accession (Art. 10). Greece and Turkey 1952-02-18, as NATO's member list gives it (quoted by
// lexicals.info and en-academic; a US editorial note, FRUS 1952-54 V, dates their accession
// 1952-02-15); Germany (the Federal Republic) 1955-05-06, the deposit of its instrument (NATO,
// "NATO celebrates 60 years of German membership", 2015; 1955-05-09, found in some lists, is
// its first Council session); Spain 1982-05-30 (NATO's member list, quoted by lexicals.info);
// the Czech Republic, Hungary and Poland 1999-03-12 (US DoD, RFE/RL); the seven of 2004-03-29
// (Government of Slovenia); Albania and Croatia 2009-04-01 and Montenegro 2017-06-05 (NATO,
// "Montenegro joins NATO as 29th Ally"); North Macedonia 2020-03-27 (US Secretary of State's
// statement); Finland 2023-04-04 (NATO's announcement); Sweden 2024-03-07 (its deposit in
// Washington, received by the US Secretary of State). East Germany's territory is in NATO with
// Germany's since 1990-10-03: the DE membership covers it.
inline constexpr membership_record nato[] = {
    {"BE", {1949, 8, 24}, {}}, {"CA", {1949, 8, 24}, {}},
    {"DK", {1949, 8, 24}, {}}, {"FR", {1949, 8, 24}, {}},
    {"IS", {1949, 8, 24}, {}}, {"IT", {1949, 8, 24}, {}},
    {"LU", {1949, 8, 24}, {}}, {"NL", {1949, 8, 24}, {}},
    {"NO", {1949, 8, 24}, {}}, {"PT", {1949, 8, 24}, {}},
    {"GB", {1949, 8, 24}, {}}, {"US", {1949, 8, 24}, {}},
    {"GR", {1952, 2, 18}, {}}, {"TR", {1952, 2, 18}, {}},
    {"DE", {1955, 5, 6}, {}},  {"ES", {1982, 5, 30}, {}},
    {"CZ", {1999, 3, 12}, {}}, {"HU", {1999, 3, 12}, {}},
    {"PL", {1999, 3, 12}, {}}, {"BG", {2004, 3, 29}, {}},
    {"EE", {2004, 3, 29}, {}}, {"LV", {2004, 3, 29}, {}},
    {"LT", {2004, 3, 29}, {}}, {"RO", {2004, 3, 29}, {}},
    {"SK", {2004, 3, 29}, {}}, {"SI", {2004, 3, 29}, {}},
    {"AL", {2009, 4, 1}, {}},  {"HR", {2009, 4, 1}, {}},
    {"ME", {2017, 6, 5}, {}},  {"MK", {2020, 3, 27}, {}},
    {"FI", {2023, 4, 4}, {}},  {"SE", {2024, 3, 7}, {}},
};

// The African Union, launched at Durban on 2002-07-09 as the OAU's successor. Its members at the
// launch are inferred, not listed by one source: in January 2017 Morocco was "the only African
// country not to belong to the AU" (AFP, via Albawaba, 2017-01-31), and South Sudan was the
// first state admitted since Eritrea joined the OAU in 1993 (The Hindu; Reuters, 2011-07-28);
// so the other 52 African states with ISO codes were members from the launch. South Sudan from
// 2011-07-26, when the Commission had received the majority of member states' consents to its
// admission (AU statement, via Xinhua, 2011-08-15; its formal admission ceremony was on
// 2011-08-15). Morocco from 2017-01-30, readmitted by the 28th summit in Addis Ababa (CCME;
// Asharq Al-Awsat). Not modelled: the Sahrawi Arab Democratic Republic, a member since the OAU,
// which has no ISO 3166-1 code of its own (EH is the territory of Western Sahara, not the
// state); and suspensions (coups d'etat), which the sources do not date to the day.
inline constexpr membership_record african_union[] = {
    {"AO", {2002, 7, 9}, {}}, {"BF", {2002, 7, 9}, {}}, {"BI", {2002, 7, 9}, {}},
    {"BJ", {2002, 7, 9}, {}}, {"BW", {2002, 7, 9}, {}}, {"CD", {2002, 7, 9}, {}},
    {"CF", {2002, 7, 9}, {}}, {"CG", {2002, 7, 9}, {}}, {"CI", {2002, 7, 9}, {}},
    {"CM", {2002, 7, 9}, {}}, {"CV", {2002, 7, 9}, {}}, {"DJ", {2002, 7, 9}, {}},
    {"DZ", {2002, 7, 9}, {}}, {"EG", {2002, 7, 9}, {}}, {"ER", {2002, 7, 9}, {}},
    {"ET", {2002, 7, 9}, {}}, {"GA", {2002, 7, 9}, {}}, {"GH", {2002, 7, 9}, {}},
    {"GM", {2002, 7, 9}, {}}, {"GN", {2002, 7, 9}, {}}, {"GQ", {2002, 7, 9}, {}},
    {"GW", {2002, 7, 9}, {}}, {"KE", {2002, 7, 9}, {}}, {"KM", {2002, 7, 9}, {}},
    {"LR", {2002, 7, 9}, {}}, {"LS", {2002, 7, 9}, {}}, {"LY", {2002, 7, 9}, {}},
    {"MG", {2002, 7, 9}, {}}, {"ML", {2002, 7, 9}, {}}, {"MR", {2002, 7, 9}, {}},
    {"MU", {2002, 7, 9}, {}}, {"MW", {2002, 7, 9}, {}}, {"MZ", {2002, 7, 9}, {}},
    {"NA", {2002, 7, 9}, {}}, {"NE", {2002, 7, 9}, {}}, {"NG", {2002, 7, 9}, {}},
    {"RW", {2002, 7, 9}, {}}, {"SC", {2002, 7, 9}, {}}, {"SD", {2002, 7, 9}, {}},
    {"SL", {2002, 7, 9}, {}}, {"SN", {2002, 7, 9}, {}}, {"SO", {2002, 7, 9}, {}},
    {"ST", {2002, 7, 9}, {}}, {"SZ", {2002, 7, 9}, {}}, {"TD", {2002, 7, 9}, {}},
    {"TG", {2002, 7, 9}, {}}, {"TN", {2002, 7, 9}, {}}, {"TZ", {2002, 7, 9}, {}},
    {"UG", {2002, 7, 9}, {}}, {"ZA", {2002, 7, 9}, {}}, {"ZM", {2002, 7, 9}, {}},
    {"ZW", {2002, 7, 9}, {}},
    {"SS", {2011, 7, 26}, {}},
    {"MA", {2017, 1, 30}, {}},
};

// The EU (the European Community until 1993) in the G7 and the G8, as above; in the G20 from the
// start (G7 finance ministers' communique of 1999-09-25: "19
// countries, the European Union and the Bretton Woods Institutions"; inaugural meeting
// 1999-12-15). The African Union from 2023-09-09, admitted as a permanent member at the New
// Delhi summit (allAfrica, Cumhuriyet, UkraNews, 2023-09-09).
inline constexpr group_membership_record member_groups[] = {
    {"G7", "EU", "European Union", {1977, 5, 7}, {}},
    {"G8", "EU", "European Union", {1998, 5, 15}, {2014, 3, 24}},
    {"G20", "EU", "European Union", {1999, 12, 15}, {}},
    {"G20", "AU", "African Union", {2023, 9, 9}, {}},
};

// The territories of the tables above that are members as part of a state: code and state.
inline constexpr territory_record territories[] = {
    {"AX", "FI"}, {"BL", "FR"}, {"GF", "FR"}, {"GI", "GB"}, {"GL", "DK"},
    {"GP", "FR"}, {"MF", "FR"}, {"MQ", "FR"}, {"RE", "FR"}, {"YT", "FR"},
};

// clang-format on

}  // namespace cited::detail::group_data

#endif  // CITED_CATALOG_DATA_GROUPS_HPP
