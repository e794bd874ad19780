// The compiled dictionaries: longest match, forms and lemmas, dated codes at
// boundary dates, thread safety, dates and word normalization.
#include <thread>

#include "parley/dict/dictionary.h"
#include "test_util.h"

namespace parley::dict {
namespace {

std::shared_ptr<const Dictionaries> Parley(std::string_view actors, std::string_view agents = "",
                                           std::string_view discards = "") {
  DictionaryBuilder b;
  b.AddParleyActors(actors, "actors-test.txt", false);
  b.AddParleyAgents(agents, "agents.txt");
  b.AddParleyDiscards(discards, "discards.txt");
  return b.Build();
}

std::vector<Word> Words(std::initializer_list<std::pair<const char*, const char*>> forms_lemmas) {
  std::vector<Word> out;
  for (const auto& [f, l] : forms_lemmas) {
    Word w;
    w.form = f;
    w.lemma = l;
    out.push_back(w);
  }
  return out;
}

TEST(DictMatch, LongestMatchWithOverlappingEntries) {
  auto d = Parley(
      "United States => USA\n"
      "United States Army => USAMIL\n"
      "States => XXX\n"
      "Army => MIL\n"
      "New York => USA\n"
      "New York Times => USAMED\n");
  auto m = d->MatchActors(
      WordSequence::FromPhrase("the United States Army and New York Times said"), 20200101);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].begin, 1u);
  EXPECT_EQ(m[0].end, 4u);
  EXPECT_EQ(m[0].code, "USAMIL");
  EXPECT_EQ(m[1].begin, 5u);
  EXPECT_EQ(m[1].end, 8u);
  EXPECT_EQ(m[1].code, "USAMED");
  // A longer entry that does not complete falls back to the longest complete one.
  m = d->MatchActors(WordSequence::FromPhrase("United States Navy and New York police"), 0);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].end, 2u);
  EXPECT_EQ(m[0].code, "USA");
  EXPECT_EQ(m[1].begin, 4u);
  EXPECT_EQ(m[1].end, 6u);
  // Non-overlapping: "States Army" is inside the first match.
  m = d->MatchActors(WordSequence::FromPhrase("States Army"), 0);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].code, "XXX");
  EXPECT_EQ(m[1].code, "MIL");
}

TEST(DictMatch, FormsAndLemmasCaseInsensitive) {
  auto d = Parley("", "foreign minister => GOV\nrebel => REB\n");
  WordSequence seq(Words({{"The", "the"},
                          {"Foreign", "foreign"},
                          {"Ministers", "minister"},
                          {"met", "meet"},
                          {"REBELS", "rebel"}}));
  auto m = d->MatchAgents(seq);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].begin, 1u);
  EXPECT_EQ(m[0].end, 3u);
  EXPECT_EQ(m[0].agent->code, "GOV");
  EXPECT_EQ(m[1].begin, 4u);
  EXPECT_EQ(m[1].agent->code, "REB");
  // Mixing forms and lemmas inside one phrase.
  auto d2 = Parley("Ministry of Defence => GBRMIL\n");
  WordSequence seq2(Words({{"ministries", "ministry"}, {"of", "of"}, {"DEFENCE", "defence"}}));
  EXPECT_EQ(d2->MatchActors(seq2, 0).size(), 1u);
}

TEST(DictMatch, DatedCodesAtBoundaries) {
  auto d = Parley(
      "Taliban | Afghan Taliban => AFGREB ..2021-08-15, AFGGOV 2021-08-15..\n"
      "Joe Biden | Biden => USALEG ..2009-01-20, USAGOV 2009-01-20..2017-01-20, USAELI "
      "2017-01-20..2021-01-20, "
      "USAGOV 2021-01-20..2025-01-20, USAELI 2025-01-20..\n"
      "Ban Ki-moon => KORGOV 2004-01-17..2007-01-01, IGOUNO 2007-01-01..2017-01-01, KOR\n");
  ASSERT_TRUE(d->warnings().empty()) << d->warnings()[0];
  auto code = [&](const char* phrase, const char* date) {
    auto m = d->MatchActors(WordSequence::FromPhrase(phrase), *ParseDate(date));
    return m.empty() ? std::string("<none>") : m[0].code;
  };
  EXPECT_EQ(code("Taliban", "2021-08-14"), "AFGREB");
  EXPECT_EQ(code("Taliban", "2021-08-15"), "AFGGOV");  // FROM inclusive, TO exclusive
  EXPECT_EQ(code("Afghan Taliban", "1996-01-01"), "AFGREB");
  EXPECT_EQ(code("Biden", "2009-01-19"), "USALEG");
  EXPECT_EQ(code("Biden", "2009-01-20"), "USAGOV");
  EXPECT_EQ(code("Biden", "2017-01-19"), "USAGOV");
  EXPECT_EQ(code("Biden", "2017-01-20"), "USAELI");
  EXPECT_EQ(code("Biden", "2021-01-20"), "USAGOV");
  EXPECT_EQ(code("Biden", "2025-01-20"), "USAELI");
  EXPECT_EQ(code("Ban Ki-moon", "2003-12-31"), "KOR");  // undated code applies outside the ranges
  EXPECT_EQ(code("Ban Ki-moon", "2006-12-31"), "KORGOV");
  EXPECT_EQ(code("Ban Ki-moon", "2007-01-01"), "IGOUNO");
  EXPECT_EQ(code("Ban Ki-moon", "2017-01-01"), "KOR");
  // Unknown date: the default code, else the last open-ended code.
  auto m = d->MatchActors(WordSequence::FromPhrase("Biden and Taliban"), 0);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].code, "USAELI");
  EXPECT_EQ(m[1].code, "AFGGOV");
  EXPECT_EQ(m[1].kind, ActorKind::kOther);  // no countries known: AFG + GOV
}

TEST(DictMatch, SamePhraseInSeveralEntriesPrefersOneWithACode) {
  auto d = Parley(
      "Bush => USAGOV 2001-01-20..2009-01-20\n"
      "Bush => USAGOV 1989-01-20..1993-01-20\n");
  auto m = d->MatchActors(WordSequence::FromPhrase("Bush"), 19900101);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].code, "USAGOV");
  EXPECT_EQ(m[0].actor->origin, "actors-test.txt:2");
  m = d->MatchActors(WordSequence::FromPhrase("Bush"), 19950101);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].code, "");  // recognised, but no code at that date
  EXPECT_EQ(d->FindActors("BUSH").size(), 2u);
}

TEST(DictMatch, ActorDiscardBlocksOnlyThatPhrase) {
  auto d = Parley("Jordan => JOR\nIsrael => ISR\n", "", "Michael Jordan +\nworld cup\n");
  auto m = d->MatchActors(WordSequence::FromPhrase("Michael Jordan visited Israel"), 0);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].code, "ISR");
  auto disc = d->MatchDiscards(WordSequence::FromPhrase("Michael Jordan at the World Cup"));
  ASSERT_EQ(disc.size(), 2u);
  EXPECT_EQ(disc[0].discard->scope, Discard::Scope::kActor);
  EXPECT_EQ(disc[1].discard->scope, Discard::Scope::kSentence);
}

TEST(DictMatch, KindsOfCodes) {
  DictionaryBuilder b;
  b.AddParleyActors("Afghanistan | Afghan => AFG\nKabul => AFG\n", "countries.txt", true);
  b.AddParleyActors(
      "United Nations => IGOUNO\nTaliban => AFGREB\nAmnesty International => NGOHRI\n"
      "Hamid Karzai => AFGGOV\n",
      "actors-x.txt", false);
  auto d = b.Build();
  EXPECT_EQ(d->stats().countries, 1u);
  auto m =
      d->MatchActors(WordSequence::FromPhrase(
                         "Afghan Taliban Kabul United Nations Amnesty International Hamid Karzai"),
                     0);
  ASSERT_EQ(m.size(), 6u);
  EXPECT_EQ(m[0].kind, ActorKind::kCountry);
  EXPECT_EQ(m[1].kind, ActorKind::kGroup);
  EXPECT_EQ(m[2].kind, ActorKind::kCountry);
  EXPECT_EQ(m[3].kind, ActorKind::kIgo);
  EXPECT_EQ(m[4].kind, ActorKind::kGroup);
  EXPECT_EQ(m[5].kind, ActorKind::kOther);
  EXPECT_STREQ(ActorKindName(ActorKind::kIgo), "igo");
}

TEST(DictMatch, SharedAcrossThreads) {
  std::string actors;
  for (int i = 0; i < 500; ++i)
    actors += "Name" + std::to_string(i) + " Person => C" + std::to_string(i) + "X\n";
  auto d = Parley(actors);
  WordSequence seq = WordSequence::FromPhrase("Name7 Person met Name42 Person and Name499 Person");
  auto expected = d->MatchActors(seq, 20200101);
  ASSERT_EQ(expected.size(), 3u);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int k = 0; k < 200; ++k) {
        auto m = d->MatchActors(seq, 20200101);
        ok[t] += m.size() == 3 && m[1].code == "C42X";
      }
    });
  for (auto& th : threads) th.join();
  for (int v : ok) EXPECT_EQ(v, 200);
}

TEST(DictMatch, LinearInSentenceLength) {
  // Many entries sharing a prefix must not make matching quadratic: a long
  // sentence of the shared prefix word matches nothing, quickly.
  std::string actors;
  for (int i = 0; i < 200; ++i)
    actors += "the the the x" + std::to_string(i) + " => C" + std::to_string(i) + "X\n";
  auto d = Parley(actors);
  std::vector<std::string> tokens(20000, "the");
  EXPECT_TRUE(d->MatchActors(WordSequence(tokens), 0).empty());
}

TEST(DictDates, ParseFormatNext) {
  EXPECT_EQ(ParseDate("2021-01-20"), 20210120);
  EXPECT_EQ(ParseDate("20210120"), 20210120);
  EXPECT_EQ(ParseDate("2021-03"), 20210301);
  EXPECT_EQ(ParseDate("2021"), 20210101);
  EXPECT_EQ(ParseDate("2021-02-29"), std::nullopt);
  EXPECT_EQ(ParseDate("2024-02-29"), 20240229);
  EXPECT_EQ(ParseDate("21-01-20"), std::nullopt);
  EXPECT_EQ(ParseDate(""), std::nullopt);
  EXPECT_EQ(FormatDate(20210120), "2021-01-20");
  EXPECT_EQ(FormatDate(0), "");
  EXPECT_EQ(NextDay(20240228), 20240229);
  EXPECT_EQ(NextDay(20230228), 20230301);
  EXPECT_EQ(NextDay(20241231), 20250101);
  DatedCode c{"X", 20200101, 20200201};
  EXPECT_FALSE(c.Contains(20191231));
  EXPECT_TRUE(c.Contains(20200101));
  EXPECT_TRUE(c.Contains(20200131));
  EXPECT_FALSE(c.Contains(20200201));
}

TEST(DictWords, Normalization) {
  EXPECT_EQ(NormalizeWord("ERDOĞAN"), "erdoğan");
  EXPECT_EQ(NormalizeWord("CÔTE"), "côte");
  EXPECT_EQ(NormalizeWord("СССР"), "ссср");
  EXPECT_EQ(NormalizeWord("U.S."), "u.s.");
  EXPECT_EQ(NormalizeWord("\xff"), "\xff");  // invalid bytes pass through
  WordSequence s = WordSequence::FromPhrase("Foreign_Minister  Lavrov");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s.form(1), "minister");
  EXPECT_EQ(s.lemma(2), "lavrov");
}

}  // namespace
}  // namespace parley::dict

namespace parley::dict {
namespace {

TEST(DictMatch, HyphensAndPossessivesSplitLikeTheTokenizer) {
  auto d =
      Parley("al-Qaeda => IMGMOSALQ\nPeople's Liberation Army => CHNMIL\nLions' Den => PSEREB\n",
             "vice-president => GOV\n");
  auto code = [&](const char* text) {
    auto m = d->MatchActors(WordSequence::FromPhrase(text), 0);
    return m.size() == 1 ? m[0].code : std::string("<none>");
  };
  EXPECT_EQ(code("al - Qaeda"), "IMGMOSALQ");
  EXPECT_EQ(code("al-Qaeda"), "IMGMOSALQ");
  EXPECT_EQ(code("People 's Liberation Army"), "CHNMIL");
  EXPECT_EQ(code("Lions ' Den"), "PSEREB");
  EXPECT_EQ(d->MatchAgents(WordSequence::FromPhrase("the vice - president")).size(), 1u);
}

TEST(DictMatch, ShortCapitalNamesAreCaseSensitive) {
  auto d = Parley("United States | US | U.S. => USA\nIslamic State | IS => IMGMOSISI\n");
  ASSERT_EQ(d->actors()[0].case_sensitive_names, (std::vector<std::string>{"US", "U.S."}));
  auto m = d->MatchActors(WordSequence::FromPhrase("US officials told us that IS is weakened"), 0);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].begin, 0u);
  EXPECT_EQ(m[0].code, "USA");
  EXPECT_EQ(m[1].begin, 5u);
  EXPECT_EQ(m[1].code, "IMGMOSISI");
  EXPECT_TRUE(d->MatchActors(WordSequence::FromPhrase("Us and u.s. and Is"), 0).empty());
  EXPECT_EQ(d->FindActors("us").size(), 1u);  // lookup by name stays case-insensitive
  // Text in capitals holds words, not names: a sentence mostly in capitals,
  // or a name between two words in capitals.
  EXPECT_TRUE(d->MatchActors(WordSequence::FromPhrase("THIS IS NOT A SCAM"), 0).empty());
  EXPECT_TRUE(
      d->MatchActors(WordSequence::FromPhrase("Re : NASA IS A WASTE ! From the web"), 0).empty());
  EXPECT_EQ(d->MatchActors(WordSequence::FromPhrase("IS fighters and US troops clashed"), 0).size(),
            2u);
}

// "=West": written so, and not before another capitalized word.
TEST(DictMatch, StandaloneNamesAreCaseSensitiveAndNotPartOfALongerName) {
  auto d = Parley("Western powers | =West | =Western => WST\nWest Bank => PSE\n");
  auto codes = [&](const char* text) {
    std::string out;
    for (const ActorMatch& m : d->MatchActors(WordSequence::FromPhrase(text), 0))
      out += (out.empty() ? "" : " ") + std::to_string(m.begin) + ":" + m.code;
    return out;
  };
  EXPECT_EQ(codes("Russia accused the West of escalating"), "3:WST");
  EXPECT_EQ(codes("the West 's sanctions and Western pressure"), "1:WST 5:WST");
  EXPECT_EQ(codes("Western powers met in the West Bank"), "0:WST 5:PSE");
  EXPECT_EQ(codes("troops advanced west of Kyiv into western Ukraine"), "");
  EXPECT_EQ(codes("fighting in West Darfur"), "");
  EXPECT_EQ(d->FindActors("west").size(), 1u);
  // A name marked '=' must be one capitalized word of at most 8 bytes.
  auto bad = Parley("=west => WST\n=Westerners => WST\n");
  EXPECT_EQ(bad->warnings().size(), 2u);
}

TEST(DictMatch, PatternOrderPrefersLiteralWords) {
  DictionaryBuilder b;
  b.AddParleyVerbs(
      "175  crack down on +\n091  crack down on corruption\n0874 give in to +\n172 cut off aid\n",
      "verbs.txt");
  auto d = b.Build();
  ASSERT_TRUE(d->warnings().empty()) << d->warnings()[0];
  auto crack = d->FindVerbs("crack");
  ASSERT_EQ(crack.size(), 1u);
  ASSERT_EQ(crack[0]->patterns.size(), 2u);
  EXPECT_EQ(d->pattern(crack[0]->patterns[0]).code, "091");
  const VerbPattern& give = d->pattern(d->FindVerbs("give")[0]->patterns[0]);
  ASSERT_EQ(give.elements.size(), 2u);
  EXPECT_EQ(give.elements[0].words[0], "in");  // a particle before a preposition
  EXPECT_EQ(give.target_prep, "to");
  const VerbPattern& cut = d->pattern(d->FindVerbs("cut")[0]->patterns[0]);
  ASSERT_EQ(cut.elements.size(), 1u);
  EXPECT_EQ(cut.elements[0].prep, "off");
  EXPECT_TRUE(cut.elements[0].prep_may_be_particle);
}

}  // namespace
}  // namespace parley::dict
