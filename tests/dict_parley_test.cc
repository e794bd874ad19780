// parley's own dictionary format (data/FORMAT.md), and the shipped data/.
#include <filesystem>

#include "parley/dict/dictionary.h"
#include "test_util.h"

namespace parley::dict {
namespace {

using Kind = PatternElement::Kind;

TEST(DictParleyActors, NamesCodesRangesComments) {
  DictionaryBuilder b;
  b.AddParleyActors(
      "# comment line\n"
      "United States | U.S. | America | Americans => USA   # trailing comment\n"
      "Moscow => RUS\n"
      "C# Developers Union => NGOLAB\n"
      "Taliban | Afghan Taliban => AFGREB ..2021-08-15, AFGGOV 2021-08-15..\n"
      "\n"
      "Someone => USAGOV 2001..2009-01, USAELI 2009-01..\n",
      "countries.txt", true);
  auto d = b.Build();
  ASSERT_TRUE(d->warnings().empty()) << d->warnings()[0];
  ASSERT_EQ(d->actors().size(), 5u);
  const Actor& us = d->actors()[0];
  EXPECT_EQ(us.name, "United States");
  EXPECT_EQ(us.names, (std::vector<std::string>{"united states", "u.s.", "america", "americans"}));
  EXPECT_EQ(us.default_code, "USA");
  EXPECT_EQ(us.origin, "countries.txt:2");
  EXPECT_TRUE(us.is_country_entry);
  EXPECT_EQ(d->actors()[2].names[0], "c# developers union");  // '#' inside a word is not a comment
  const Actor& t = d->actors()[3];
  ASSERT_EQ(t.codes.size(), 2u);
  EXPECT_EQ(t.codes[0].from, 0);
  EXPECT_EQ(t.codes[0].to, 20210815);
  EXPECT_EQ(t.codes[1].from, 20210815);
  EXPECT_EQ(t.codes[1].to, 0);
  const Actor& s = d->actors()[4];
  EXPECT_EQ(s.codes[0].from, 20010101);
  EXPECT_EQ(s.codes[0].to, 20090101);
  EXPECT_EQ(d->stats().countries, 2u);  // USA, RUS (NGOLAB is not a bare code)
}

TEST(DictParleyActors, MalformedLinesWarn) {
  DictionaryBuilder b;
  b.AddParleyActors(
      "No arrow here\n"
      " => USA\n"
      "Name =>\n"
      "Name => usa\n"
      "Name => USA 2020-13-01..\n"
      "Name => USA 2021..2020\n"
      "Name => USA 2020\n"
      "Name => USA, RUS\n"
      "Name => USAGOV 2001..2010, USAELI 2009..\n"
      "A || B => USA\n"
      "Bad\xc3\x28 => USA\n"
      "Good => USA\n",
      "actors-x.txt", false);
  auto d = b.Build();
  EXPECT_EQ(d->actors().size(), 1u);
  ASSERT_EQ(d->warnings().size(), 11u);
  for (size_t i = 0; i < 11; ++i)
    EXPECT_EQ(d->warnings()[i].rfind("actors-x.txt:" + std::to_string(i + 1) + ": ", 0), 0u)
        << d->warnings()[i];
}

TEST(DictParleyAgents, RolesAndPrefixes) {
  DictionaryBuilder b;
  b.AddParleyAgents(
      "minister | ministers | foreign minister => GOV\n"
      "rebel | rebels => ~REB\n"
      "aid group | aid groups => NGO~\n"
      "bad => gov\n",
      "agents.txt");
  auto d = b.Build();
  ASSERT_EQ(d->agents().size(), 3u);
  ASSERT_EQ(d->warnings().size(), 1u);
  EXPECT_EQ(d->agents()[0].names.size(), 3u);
  EXPECT_EQ(d->agents()[0].name, "minister");
  EXPECT_EQ(d->agents()[1].code, "REB");
  EXPECT_FALSE(d->agents()[1].prefix);
  EXPECT_TRUE(d->agents()[2].prefix);
  EXPECT_EQ(d->stats().agents, 3u);
  EXPECT_EQ(d->stats().agent_names, 7u);
}

TEST(DictParleyVerbs, Patterns) {
  DictionaryBuilder b;
  b.AddParleyVerbs(
      "190  attack | assault | n:attack | launch attack | launch an assault\n"
      "036  accept invitation | agree to meet | accept offer of talks\n"
      "042  visit | travel to + | arrive in +\n"
      "0331 pledge aid to + | promise aid to +\n"
      "070  receive aid from $\n"
      "036:036 hold talks with +\n"
      "0874 pull out\n",
      "verbs.txt");
  auto d = b.Build();
  ASSERT_TRUE(d->warnings().empty()) << d->warnings()[0];
  EXPECT_EQ(d->stats().verb_patterns, 16u);
  auto verbs = d->FindVerbs("attacked");
  ASSERT_EQ(verbs.size(), 1u);
  EXPECT_EQ(verbs[0]->lemma, "attack");
  ASSERT_EQ(verbs[0]->patterns.size(), 1u);
  EXPECT_EQ(d->pattern(verbs[0]->patterns[0]).code, "190");
  EXPECT_TRUE(d->pattern(verbs[0]->patterns[0]).elements.empty());

  auto nominal = d->FindNominalPatterns("attack");
  ASSERT_EQ(nominal.size(), 1u);
  EXPECT_TRUE(nominal[0]->nominal);
  EXPECT_EQ(nominal[0]->predicate, "attack");

  auto launch = d->FindVerbs("launch");
  ASSERT_EQ(launch.size(), 1u);
  ASSERT_EQ(launch[0]->patterns.size(), 2u);
  const VerbPattern& la = d->pattern(launch[0]->patterns[0]);
  ASSERT_EQ(la.elements.size(), 1u);
  EXPECT_EQ(la.elements[0].words[0], "attack");  // or "assault": both one element
  EXPECT_EQ(la.elements[0].parent, -1);

  auto agree = d->FindVerbs("agree");
  ASSERT_EQ(agree.size(), 1u);
  const VerbPattern& am = d->pattern(agree[0]->patterns[0]);
  ASSERT_EQ(am.elements.size(), 1u);  // "to" dropped
  EXPECT_EQ(am.elements[0].words[0], "meet");

  auto accept = d->FindVerbs("accept");
  ASSERT_EQ(accept[0]->patterns.size(), 2u);
  const VerbPattern& offer = d->pattern(accept[0]->patterns[0]);  // most specific first
  ASSERT_EQ(offer.elements.size(), 2u);
  EXPECT_EQ(offer.elements[0].words[0], "offer");
  EXPECT_EQ(offer.elements[1].words[0], "talks");
  EXPECT_EQ(offer.elements[1].prep, "of");
  EXPECT_EQ(offer.elements[1].parent, 0);

  const VerbPattern& travel = d->pattern(d->FindVerbs("travel")[0]->patterns[0]);
  ASSERT_EQ(travel.elements.size(), 1u);
  EXPECT_EQ(travel.elements[0].kind, Kind::kTarget);
  EXPECT_TRUE(travel.has_target);
  EXPECT_EQ(travel.target_prep, "to");

  const VerbPattern& pledge = d->pattern(d->FindVerbs("pledge")[0]->patterns[0]);
  ASSERT_EQ(pledge.elements.size(), 2u);
  EXPECT_EQ(pledge.elements[1].kind, Kind::kTarget);
  EXPECT_EQ(pledge.elements[1].parent, 0);
  EXPECT_EQ(pledge.code, "0331");

  const VerbPattern& receive = d->pattern(d->FindVerbs("receive")[0]->patterns[0]);
  EXPECT_TRUE(receive.has_source);
  EXPECT_EQ(receive.source_prep, "from");
  EXPECT_FALSE(receive.has_target);

  const VerbPattern& hold = d->pattern(d->FindVerbs("hold")[0]->patterns[0]);
  EXPECT_EQ(hold.code, "036");
  EXPECT_EQ(hold.reverse_code, "036");
  EXPECT_EQ(hold.target_prep, "with");

  const VerbPattern& pull = d->pattern(d->FindVerbs("pull")[0]->patterns[0]);
  ASSERT_EQ(pull.elements.size(), 1u);
  EXPECT_EQ(pull.elements[0].words[0], "out");
}

TEST(DictParleyVerbs, MalformedLinesWarn) {
  DictionaryBuilder b;
  b.AddParleyVerbs(
      "attack\n"
      "19x attack\n"
      "190\n"
      "190 attack | | assault\n"
      "190 + attack\n"
      "190 attack + +\n"
      "190 attack ( x\n"
      "190 attack with n:bomb\n"
      "190 attack [x]\n"
      "190 attack\n",
      "verbs.txt");
  auto d = b.Build();
  EXPECT_EQ(d->stats().verb_patterns, 1u);
  EXPECT_EQ(d->warnings().size(), 9u);
}

TEST(DictParleyDiscardsIssues, Basics) {
  DictionaryBuilder b;
  b.AddParleyDiscards("world cup\nMichael Jordan +\n# comment\n", "discards.txt");
  b.AddParleyIssues(
      "nuclear weapon | nuclear weapons => NUCLEAR_WEAPONS\nnuclear family => ~\nbad\n",
      "issues.txt");
  auto d = b.Build();
  ASSERT_EQ(d->discards().size(), 2u);
  EXPECT_EQ(d->discards()[1].scope, Discard::Scope::kActor);
  EXPECT_EQ(d->discards()[1].phrase, "michael jordan");
  ASSERT_EQ(d->issues().size(), 3u);
  EXPECT_TRUE(d->issues()[2].ignore);
  EXPECT_EQ(d->warnings().size(), 1u);
  auto m = d->MatchIssues(WordSequence::FromPhrase("Iran's nuclear weapons"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].issue->code, "NUCLEAR_WEAPONS");
}

TEST(DictParleyPlaces, CountryOfAPlaceName) {
  DictionaryBuilder b;
  b.AddParleyPlaces("Brussels => BEL\nThe Hague | Den Haag => NLD\nGeneva => Swiss\nnowhere\n",
                    "places.txt");
  auto d = b.Build();
  EXPECT_EQ(d->PlaceCountryOf("brussels"), "BEL");
  EXPECT_EQ(d->PlaceCountryOf("the hague"), "NLD");
  EXPECT_EQ(d->PlaceCountryOf("den haag"), "NLD");
  EXPECT_EQ(d->PlaceCountryOf("geneva"), "");  // "Swiss" is no three-letter code
  EXPECT_EQ(d->num_places(), 3u);
  EXPECT_EQ(d->warnings().size(), 2u);
}

// parley's shipped dictionaries parse with zero warnings.
TEST(DictParleyData, ShippedDictionariesHaveNoWarnings) {
  std::string dir = parley::testing::source_dir() + "/data";
  bool any = false;
  for (const char* f : {"countries.txt", "agents.txt", "verbs.txt"})
    if (std::filesystem::exists(dir + "/" + f)) any = true;
  if (!any) GTEST_SKIP() << "data/ has no dictionaries yet";
  std::shared_ptr<const Dictionaries> d;
  Status s = Dictionaries::LoadDirectory(dir, &d);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(d->format(), "parley");
  std::string all;
  for (size_t i = 0; i < d->warnings().size() && i < 30; ++i) all += d->warnings()[i] + "\n";
  EXPECT_TRUE(d->warnings().empty()) << d->warnings().size() << " warnings, first ones:\n" << all;
  EXPECT_GT(d->stats().actors + d->stats().agents + d->stats().verb_patterns, 0u);
}

TEST(DictParleyData, MissingDirectoryIsAnError) {
  std::shared_ptr<const Dictionaries> d;
  Status s = Dictionaries::LoadDirectory("/nonexistent/parley-dicts", &d);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/parley-dicts"), std::string::npos);
}

}  // namespace
}  // namespace parley::dict
