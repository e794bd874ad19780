// PETRARCH-2 dictionary readers: every format feature on small snippets, and
// exact entry counts for the shared PETRARCH files.
#include <algorithm>

#include "parley/dict/dictionary.h"
#include "test_util.h"

namespace parley::dict {
namespace {

using Kind = PatternElement::Kind;

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::shared_ptr<const Dictionaries> Actors(std::string_view text) {
  DictionaryBuilder b;
  b.AddPetrarchActors(text, "t.actors");
  return b.Build();
}

std::shared_ptr<const Dictionaries> Verbs(std::string_view text) {
  DictionaryBuilder b;
  b.AddPetrarchVerbs(text, "t.verbs");
  return b.Build();
}

TEST(DictPetrarchActors, NamesSynonymsAndDefaultCode) {
  auto d = Actors(
      "# comment\n"
      "AFGHANISTAN_  [AFG]\n"
      "+AFGHAN_ \n"
      "+KABUL_  ; CountryInfo.txt\n"
      "\n"
      "UNITED_NATIONS [IGOUNO] # trailing comment\n");
  ASSERT_EQ(d->actors().size(), 2u);
  EXPECT_TRUE(d->warnings().empty());
  const Actor& a = d->actors()[0];
  EXPECT_EQ(a.name, "AFGHANISTAN");
  EXPECT_EQ(a.default_code, "AFG");
  EXPECT_EQ(a.names, (std::vector<std::string>{"afghanistan", "afghan", "kabul"}));
  EXPECT_EQ(a.origin, "t.actors:2");
  EXPECT_TRUE(a.is_country_entry);
  EXPECT_FALSE(d->actors()[1].is_country_entry);
  EXPECT_EQ(d->stats().countries, 1u);
  EXPECT_EQ(d->stats().actor_names, 4u);
}

TEST(DictPetrarchActors, DatedCodesAndBoundaries) {
  auto d = Actors(
      "VLADIMIR_PUTIN_\n"
      "\t[RUSELI <19990809]\n"
      "\t[RUSGOV 19990809-20080507]\n"
      "\t[RUSGOV >20120507]\n"
      "\t[RUSELI]\n"
      "MOHAMMAD_ZAHIR_SHAH_  [AFGELI]\n"
      "\t[AFGGOV 331108-730717]\n");
  ASSERT_EQ(d->actors().size(), 2u);
  EXPECT_TRUE(d->warnings().empty()) << d->warnings()[0];
  const Actor& p = d->actors()[0];
  ASSERT_EQ(p.codes.size(), 4u);
  // "<D" is inclusive of D.
  EXPECT_EQ(p.CodeAt(19990808), "RUSELI");
  EXPECT_EQ(p.CodeAt(19990809), "RUSELI");  // first matching restriction wins
  // "A-B" is inclusive at both ends.
  EXPECT_EQ(p.CodeAt(19990810), "RUSGOV");
  EXPECT_EQ(p.CodeAt(20080507), "RUSGOV");
  EXPECT_EQ(p.CodeAt(20080508), "RUSELI");  // falls through to the undated [RUSELI]
  // ">D" is inclusive of D.
  EXPECT_EQ(p.CodeAt(20120506), "RUSELI");
  EXPECT_EQ(p.CodeAt(20120507), "RUSGOV");
  EXPECT_EQ(p.codes[0].to, 19990810);
  EXPECT_EQ(p.codes[2].from, 20120507);
  // Six-digit dates: 00-29 -> 20xx, 30-99 -> 19xx; default code outside.
  const Actor& z = d->actors()[1];
  EXPECT_EQ(z.codes[0].from, 19331108);
  EXPECT_EQ(z.codes[0].to, 19730718);
  EXPECT_EQ(z.CodeAt(19500101), "AFGGOV");
  EXPECT_EQ(z.CodeAt(19800101), "AFGELI");
}

TEST(DictPetrarchActors, DatedCodeOnPrimaryLineAndSpacesInRestriction) {
  auto d = Actors(
      "GOLLUM\n"
      "+SMEAGOL\n"
      "\t[HOB < 950601]\n"
      "\t[HOBGOV 19950601 - 19990815]\n"
      "\t[HOBREB > 990816]\n"
      "RUSGOV_X [RUSGOV >20040309]\n");
  ASSERT_EQ(d->actors().size(), 2u);
  EXPECT_TRUE(d->warnings().empty());
  const Actor& g = d->actors()[0];
  EXPECT_EQ(g.CodeAt(19950601), "HOB");
  EXPECT_EQ(g.CodeAt(19950602), "HOBGOV");
  EXPECT_EQ(g.CodeAt(19990816), "HOBREB");
  EXPECT_EQ(g.CodeAt(19990815), "HOBGOV");
  EXPECT_EQ(g.default_code, "");
  const Actor& r = d->actors()[1];
  EXPECT_EQ(r.CodeAt(20040308), "");
  EXPECT_EQ(r.CodeAt(20040309), "RUSGOV");
  EXPECT_EQ(r.CodeAt(0), "RUSGOV");  // unknown date: the open-ended code
}

TEST(DictPetrarchActors, MalformedLinesWarnAndAreSkipped) {
  auto d = Actors(
      "<!-- a comment\n"
      "   spanning lines -->\n"
      "+ORPHAN_SYNONYM\n"
      "GOOD [ABC]\n"
      "\t[ABCGOV 2004017-20061201]\n"
      "\t[ABCGOV 20121204]\n"
      "\t[ABCGOV 20121207-20120802]\n"
      "\t[ABCGOV >201005011]\n"
      "BROKEN [ABC\n"
      "BAD\xff\xfe\n"
      "[XYZ]\n");
  ASSERT_EQ(d->actors().size(), 1u);
  EXPECT_EQ(d->actors()[0].codes.size(), 0u);
  ASSERT_EQ(d->warnings().size(), 8u);
  EXPECT_EQ(d->warnings()[0].rfind("t.actors:3: ", 0), 0u) << d->warnings()[0];
  EXPECT_EQ(d->warnings()[1].rfind("t.actors:5: ", 0), 0u) << d->warnings()[1];
  EXPECT_EQ(d->warnings()[5].rfind("t.actors:9: ", 0), 0u) << d->warnings()[5];
  EXPECT_EQ(d->warnings()[6].rfind("t.actors:10: ", 0), 0u) << d->warnings()[6];
}

TEST(DictPetrarchVerbs, BlocksSynsetsAndVerbForms) {
  auto d = Verbs(
      "####### SYNONYM SETS #######\n"
      "&CURRENCY\n"
      "# a comment inside a synset\n"
      "+DOLLAR\n"
      "+CASH_\n"
      "\n"
      "&AUXVERB_\n"
      "+WILL\n"
      "+IS_TO\n"
      "\n"
      "---  ACCUSE   [112]  ---\n"
      "ACCUSE\n"
      "CHARGE [1121]  # own code\n"
      "+BEEF_UP\n"
      "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}\n"
      "WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED  WIRE_+TAPPING }\n"
      "GO  {WENT GOES GONE GOING }\n"
      "- * &CURRENCY  [061]\n"
      "---  MEET   [036:036]  ---\n"
      "MEET {MET MEETS MEETING}\n");
  EXPECT_TRUE(d->warnings().empty()) << d->warnings()[0];
  EXPECT_EQ(d->stats().synsets, 2u);
  EXPECT_EQ(d->verb_blocks().size(), 2u);
  ASSERT_EQ(d->verbs().size(), 7u);
  const Verb& accuse = d->verbs()[0];
  EXPECT_EQ(accuse.lemma, "accuse");
  EXPECT_EQ(accuse.default_code, "112");
  EXPECT_TRUE(Contains(accuse.forms, "accused"));
  EXPECT_TRUE(Contains(accuse.forms, "accuses"));
  EXPECT_TRUE(Contains(accuse.forms, "accusing"));
  EXPECT_EQ(d->verbs()[1].default_code, "1121");
  const Verb& beef = d->verbs()[2];
  EXPECT_EQ(beef.lemma, "beef");
  EXPECT_EQ(beef.after, std::vector<std::string>{"up"});
  EXPECT_TRUE(Contains(beef.forms, "beefed"));
  const Verb& cordon = d->verbs()[3];
  EXPECT_EQ(cordon.lemma, "cordon");
  EXPECT_EQ(cordon.after, std::vector<std::string>{"off"});
  EXPECT_TRUE(Contains(cordon.forms, "cordoned"));
  const Verb& tap = d->verbs()[4];
  EXPECT_EQ(tap.lemma, "tap");
  EXPECT_EQ(tap.before, std::vector<std::string>{"wire"});
  EXPECT_TRUE(Contains(tap.forms, "tapped"));
  // Irregular forms are found by FindVerbs.
  auto went = d->FindVerbs("WENT");
  ASSERT_EQ(went.size(), 1u);
  EXPECT_EQ(went[0]->lemma, "go");
  EXPECT_EQ(d->FindVerbs("met").size(), 1u);
  EXPECT_EQ(d->verbs()[6].default_code, "036");
  EXPECT_EQ(d->verbs()[6].default_reverse_code, "036");
  // Block patterns apply to every verb of the block; synsets expand with plurals
  // except for '_' phrases.
  ASSERT_EQ(accuse.patterns.size(), 1u);
  EXPECT_EQ(tap.patterns, accuse.patterns);
  const VerbPattern& p = d->pattern(accuse.patterns[0]);
  EXPECT_EQ(p.code, "061");
  ASSERT_EQ(p.elements.size(), 1u);
  EXPECT_EQ(p.elements[0].words, (std::vector<std::string>{"dollar", "dollars", "cash"}));
  EXPECT_EQ(p.predicate, "accuse");
}

TEST(DictPetrarchVerbs, PatternElements) {
  auto d = Verbs(
      "&MILITARY\n"
      "+TROOP\n"
      "+ARMY_\n"
      "\n"
      "--- MOVE [---] ---\n"
      "MOVE\n"
      "- * (FOR {FINANCIAL AID})  [0331]\n"
      "- $ TROOP * TOWARD +  [154]\n"
      "- &MILITARY * (TO +) BASE (IN $)  [154]\n"
      "- * (AGAINST)  [:110]\n"
      "- + * {DEATH THREAT}  [:138]\n"
      "- * WITH %  [031:031]\n"
      "- * LEAVE ^ INTO +  [042:043]\n"
      "- FAILED_TO_*  [111]\n"
      "- * (BY/WITH &MILITARY)  [194]\n"
      "~ a (a b ATTACK) SAY = a b 015\n");
  ASSERT_TRUE(d->warnings().empty()) << d->warnings()[0];
  ASSERT_EQ(d->patterns().size(), 9u);
  EXPECT_EQ(d->transformations().size(), 1u);
  EXPECT_EQ(d->transformations()[0].code, "015");
  EXPECT_EQ(d->transformations()[0].inner_verb, "ATTACK");

  const VerbPattern& aid = d->patterns()[0];
  ASSERT_EQ(aid.elements.size(), 1u);
  EXPECT_EQ(aid.elements[0].prep, "for");
  EXPECT_EQ(aid.elements[0].words, std::vector<std::string>{"aid"});
  EXPECT_EQ(aid.elements[0].modifiers, (std::vector<std::vector<std::string>>{{"financial"}}));
  EXPECT_FALSE(aid.has_target);

  const VerbPattern& toward = d->patterns()[1];
  ASSERT_EQ(toward.elements.size(), 3u);
  EXPECT_EQ(toward.elements[0].kind, Kind::kSource);
  EXPECT_TRUE(toward.elements[0].before_predicate);
  EXPECT_EQ(toward.elements[1].words, std::vector<std::string>{"troop"});
  EXPECT_TRUE(toward.elements[1].before_predicate);
  EXPECT_EQ(toward.elements[2].kind, Kind::kTarget);
  EXPECT_EQ(toward.elements[2].prep, "toward");
  EXPECT_FALSE(toward.elements[2].before_predicate);
  EXPECT_TRUE(toward.has_source);
  EXPECT_EQ(toward.source_prep, "");
  EXPECT_EQ(toward.target_prep, "toward");

  const VerbPattern& base = d->patterns()[2];
  ASSERT_EQ(base.elements.size(), 4u);
  EXPECT_EQ(base.elements[0].words, (std::vector<std::string>{"troop", "troops", "army"}));
  EXPECT_EQ(base.target_prep, "to");
  EXPECT_EQ(base.source_prep, "in");

  const VerbPattern& against = d->patterns()[3];
  EXPECT_EQ(against.code, "");
  EXPECT_EQ(against.reverse_code, "110");
  ASSERT_EQ(against.elements.size(), 1u);
  EXPECT_TRUE(against.elements[0].words.empty());
  EXPECT_EQ(against.elements[0].prep, "against");

  const VerbPattern& threat = d->patterns()[4];
  EXPECT_EQ(threat.reverse_code, "138");
  EXPECT_EQ(threat.elements[0].kind, Kind::kTarget);
  EXPECT_TRUE(threat.elements[0].before_predicate);
  EXPECT_EQ(threat.elements[1].modifiers.size(), 1u);

  const VerbPattern& with = d->patterns()[5];
  EXPECT_EQ(with.code, "031");
  EXPECT_EQ(with.reverse_code, "031");
  EXPECT_EQ(with.elements.back().kind, Kind::kCompound);
  EXPECT_EQ(with.elements.back().prep, "with");

  EXPECT_EQ(d->patterns()[6].elements[1].kind, Kind::kSkip);
  const VerbPattern& failed = d->patterns()[7];
  ASSERT_EQ(failed.elements.size(), 2u);
  EXPECT_EQ(failed.elements[0].words, std::vector<std::string>{"failed"});
  EXPECT_TRUE(failed.elements[1].before_predicate);
  const VerbPattern& by = d->patterns()[8];
  EXPECT_EQ(by.elements[0].preps, (std::vector<std::string>{"by", "with"}));
  // Most specific patterns first.
  const Verb& move = d->verbs()[0];
  EXPECT_EQ(d->pattern(move.patterns[0]).elements.size(), 4u);
}

TEST(DictPetrarchVerbs, MalformedLinesWarnAndAreSkipped) {
  auto d = Verbs(
      "- * ORPHAN [010]\n"
      "FREEVERB\n"
      "--- ATTACK [190] ---\n"
      "ATTACK\n"
      "- * VENTURE (WITH VISIT) VISIT)[042]\n"
      "- * &UNDEFINED [190]\n"
      "- * NOCODE\n"
      "- * BADCODE [080!]\n"
      "- NOSTAR [190]\n"
      "- * * [190]\n"
      "- * (TO {A B) [190]\n"
      "~ a (b ATTACK) = a b\n"
      "&BAD LABEL\n"
      "- * GOOD [191]\n");
  EXPECT_EQ(d->patterns().size(), 1u);
  EXPECT_EQ(d->verbs().size(), 1u);
  ASSERT_EQ(d->warnings().size(), 11u);  // every line but the header, ATTACK and GOOD
  EXPECT_EQ(d->warnings()[0].rfind("t.verbs:1: ", 0), 0u);
  EXPECT_EQ(d->warnings()[10].rfind("t.verbs:13: ", 0), 0u);
}

TEST(DictPetrarchAgents, CodesPluralsAndSubstitutions) {
  DictionaryBuilder b;
  b.AddPetrarchAgents(
      "<!-- header -->\n"
      "!PERSON! = MAN, MEN, WOMAN\n"
      "AMBASSADOR [~GOV] # LRP\n"
      "PARLIAMENTARY_OPPOSITION {} [~OPP]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
      "HUMAN_RIGHTS_BODY  [NGO~]\n"
      "ALLY [ ~GOV]\n"
      "CONGRESS!PERSON! [~LEG}\n"
      "NOCODE\n"
      "X!UNDEFINED! [~GOV]\n",
      "t.agents");
  auto d = b.Build();
  ASSERT_EQ(d->agents().size(), 6u);
  ASSERT_EQ(d->warnings().size(), 2u);
  EXPECT_EQ(d->warnings()[0].rfind("t.agents:9: ", 0), 0u);
  const auto& a = d->agents();
  EXPECT_EQ(a[0].code, "GOV");
  EXPECT_FALSE(a[0].prefix);
  EXPECT_EQ(a[0].names, (std::vector<std::string>{"ambassador", "ambassadors"}));
  EXPECT_EQ(a[1].names, std::vector<std::string>{"parliamentary opposition"});
  EXPECT_EQ(a[2].names, (std::vector<std::string>{"attorney general", "attorneys general"}));
  EXPECT_EQ(a[3].code, "NGO");
  EXPECT_TRUE(a[3].prefix);
  EXPECT_EQ(a[4].names, (std::vector<std::string>{"ally", "allies"}));
  EXPECT_EQ(a[5].names, (std::vector<std::string>{"congressman", "congressmen", "congresswoman"}));
  EXPECT_EQ(ApplyAgent("AFG", a[0]), "AFGGOV");
  EXPECT_EQ(ApplyAgent("AFG", a[3]), "NGOAFG");
  EXPECT_EQ(ApplyAgent("", a[0]), "GOV");
}

TEST(DictPetrarchDiscards, StoryScopeAndStems) {
  DictionaryBuilder b;
  b.AddPetrarchDiscards(
      "# Story-level discards are indicated with a '+'.\n"
      "+ACADEMY AWARD   # LRP 08 Mar 2004\n"
      "BASEBALL\n"
      "WORLD_CUP_\n",
      "t.discards");
  auto d = b.Build();
  ASSERT_EQ(d->discards().size(), 3u);
  EXPECT_EQ(d->discards()[0].scope, Discard::Scope::kStory);
  EXPECT_EQ(d->discards()[0].phrase, "academy award");
  EXPECT_TRUE(d->discards()[1].stem);
  EXPECT_FALSE(d->discards()[2].stem);
  auto m = d->MatchDiscards(WordSequence::FromPhrase("two baseballs and the World Cups"));
  ASSERT_EQ(m.size(), 1u);  // stem matches "baseballs"; "World Cups" needs an exact "cup"
  EXPECT_EQ(m[0].begin, 1u);
  EXPECT_EQ(m[0].discard->phrase, "baseball");
  EXPECT_EQ(d->MatchDiscards(WordSequence::FromPhrase("the world cup final")).size(), 1u);
}

TEST(DictPetrarchIssues, Expansions) {
  DictionaryBuilder b;
  b.AddPetrarchIssues(
      "<ISSUE CATEGORY=\"ID_ATROCITY\">\n"
      "n:atrocity [ID_ATROCITY]\n"
      "ethnic v:purge [ID_ATROCITY]\n"
      "al+zarqawi network [NAMED_TERROR_GROUP]\n"
      "~Saturday Night massacre\n"
      "~~Armenian genocide  # historical\n"
      "massacre [ID_ATROCITY]\n"
      "eurozone\n"
      "</ISSUE>\n",
      "t.issues");
  auto d = b.Build();
  ASSERT_EQ(d->warnings().size(), 1u);
  EXPECT_EQ(d->warnings()[0].rfind("t.issues:8: ", 0), 0u);
  std::vector<std::string> phrases;
  for (const Issue& i : d->issues()) phrases.push_back(i.phrase);
  EXPECT_EQ(phrases, (std::vector<std::string>{
                         "atrocity", "atrocities", "ethnic purge", "ethnic purges", "ethnic purged",
                         "ethnic purging", "al zarqawi network", "al-zarqawi network",
                         "saturday night massacre", "armenian genocide", "massacre"}));
  auto m = d->MatchIssues(WordSequence::FromPhrase("the Saturday Night Massacre and a massacre"));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_TRUE(m[0].issue->ignore);
  EXPECT_EQ(m[1].issue->code, "ID_ATROCITY");
}

TEST(DictPetrarchFiles, GarbageNeverCrashes) {
  std::string junk;
  for (int i = 0; i < 2000; ++i) junk += static_cast<char>((i * 7919) % 256);
  junk += "\n[\n{\n(\n- * (\n- * {\n---\n&\n+\n~\n!X!=\n\t[\n<!--";
  DictionaryBuilder b;
  b.AddPetrarchActors(junk, "j");
  b.AddPetrarchVerbs(junk, "j");
  b.AddPetrarchAgents(junk, "j");
  b.AddPetrarchDiscards(junk, "j");
  b.AddPetrarchIssues(junk, "j");
  auto d = b.Build();
  EXPECT_FALSE(d->warnings().empty());
  d->MatchActors(WordSequence::FromPhrase("a b c"), 20200101);
}

// --- The shared PETRARCH files: every file loads; counts verified by grep. ---

std::string PetrarchDir() { return parley::testing::shared_dir() + "/data/petrarch/dictionaries"; }

std::shared_ptr<const Dictionaries> LoadOne(const std::string& kind, const std::string& file) {
  PetrarchFiles f;
  std::string path = PetrarchDir() + "/" + file;
  if (kind == "actors") f.actors = {path};
  if (kind == "verbs") f.verbs = {path};
  if (kind == "agents") f.agents = {path};
  if (kind == "discards") f.discards = {path};
  if (kind == "issues") f.issues = {path};
  std::shared_ptr<const Dictionaries> d;
  Status s = Dictionaries::LoadPetrarch(f, &d);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return d;
}

TEST(DictPetrarchShared, ActorFileCounts) {
  PARLEY_REQUIRE_SHARED();
  // entries = lines that are not blank, comments, '+' synonyms or indented
  // restrictions; names = entries + '+' lines (grep -c '^+').
  struct Expect {
    const char* file;
    size_t actors, names, warnings;
  } expected[] = {{"Phoenix.Countries.actors.txt", 18390, 25917, 8},
                  {"Phoenix.International.actors.txt", 7841, 7907, 1},
                  {"Phoenix.MilNonState.actors.txt", 1021, 1793, 0},
                  {"PETR.Validate.actors.txt", 128, 161, 0}};
  for (const Expect& e : expected) {
    auto d = LoadOne("actors", e.file);
    ASSERT_TRUE(d);
    auto s = d->stats();
    EXPECT_EQ(s.actors, e.actors) << e.file;
    EXPECT_EQ(s.actor_names, e.names) << e.file;
    EXPECT_EQ(s.warnings, e.warnings) << e.file;
  }
}

TEST(DictPetrarchShared, VerbFileCounts) {
  PARLEY_REQUIRE_SHARED();
  struct Expect {
    const char* file;
    size_t verbs, patterns, blocks, synsets, transformations, warnings;
  } expected[] = {
      // 4668 '-' pattern lines, 5 malformed (2 unbalanced ')', 2 undefined synsets, code "080!").
      {"CAMEO.2.0.txt", 1817, 4663, 397, 40, 8, 5},
      // One pattern line lost its dash ("* (TO QUESTION) [110]"); read as a pattern.
      {"PETR.Validate.verbs.2.0.txt", 125, 451, 69, 30, 0, 7},
      {"PETR.Validate.verbs.txt", 269, 473, 261, 17, 0, 1},
  };
  for (const Expect& e : expected) {
    auto d = LoadOne("verbs", e.file);
    ASSERT_TRUE(d);
    auto s = d->stats();
    EXPECT_EQ(s.verbs, e.verbs) << e.file;
    EXPECT_EQ(s.verb_patterns, e.patterns) << e.file;
    EXPECT_EQ(s.verb_blocks, e.blocks) << e.file;
    EXPECT_EQ(s.synsets, e.synsets) << e.file;
    EXPECT_EQ(s.transformations, e.transformations) << e.file;
    EXPECT_EQ(s.warnings, e.warnings) << e.file;
  }
}

TEST(DictPetrarchShared, AgentDiscardIssueCounts) {
  PARLEY_REQUIRE_SHARED();
  auto agents = LoadOne("agents", "Phoenix.agents.txt");
  EXPECT_EQ(agents->stats().agents, 2244u);  // 2245 entry lines, one without a code
  EXPECT_EQ(agents->stats().agent_names, 5226u);
  EXPECT_EQ(agents->stats().warnings, 1u);
  auto vagents = LoadOne("agents", "PETR.Validate.agents.txt");
  EXPECT_EQ(vagents->stats().agents, 88u);
  EXPECT_EQ(vagents->stats().agent_names, 165u);
  EXPECT_EQ(vagents->stats().warnings, 0u);
  auto disc = LoadOne("discards", "Phoenix.discards.txt");
  EXPECT_EQ(disc->stats().discards, 506u);
  EXPECT_EQ(disc->stats().warnings, 0u);
  auto vdisc = LoadOne("discards", "PETR.Validate.discards.txt");
  EXPECT_EQ(vdisc->stats().discards, 9u);
  auto issues = LoadOne("issues", "Phoenix.IssueCoding.txt");
  EXPECT_EQ(issues->stats().issues, 4592u);  // 3157 lines expanded (n:, v:, '+')
  EXPECT_EQ(issues->stats().warnings, 13u);  // lines without a [CODE]
}

// Slow under ASan (each file read five times); the fuzz target covers the same ground there.
TEST(EvalDictPetrarch, EveryFileLoadsAsEveryKind) {
  PARLEY_REQUIRE_SHARED();
  // Feeding each file to every reader must never crash (wrong kinds only warn).
  for (const char* file :
       {"CAMEO.2.0.txt", "PETR.Internal.Coding.Ontology.txt", "PETR.Validate.actors.txt",
        "PETR.Validate.agents.txt", "PETR.Validate.discards.txt", "PETR.Validate.verbs.2.0.txt",
        "PETR.Validate.verbs.txt", "Phoenix.IssueCoding.txt", "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt", "Phoenix.discards.txt", "Phoenix.prepositions.txt"}) {
    for (const char* kind : {"actors", "verbs", "agents", "discards", "issues"})
      ASSERT_TRUE(LoadOne(kind, file));
  }
}

TEST(DictPetrarchShared, PhoenixDirectory) {
  PARLEY_REQUIRE_SHARED();
  std::shared_ptr<const Dictionaries> d;
  ASSERT_TRUE(Dictionaries::LoadDirectory(PetrarchDir(), &d).ok());
  auto s = d->stats();
  EXPECT_EQ(d->format(), "petrarch");
  EXPECT_EQ(s.actors, 18390u + 7841u + 1021u);
  EXPECT_EQ(s.verb_patterns, 4663u);
  EXPECT_EQ(s.agents, 2244u);
  EXPECT_EQ(s.discards, 506u);
  EXPECT_EQ(s.issues, 4592u);
  EXPECT_EQ(s.countries, 190u);
  EXPECT_EQ(s.warnings, 8u + 1u + 5u + 1u + 13u);
  // Phoenix codes resolve at dates.
  auto m = d->MatchActors(WordSequence::FromPhrase("Hamid Karzai met Afghan troops"), 20050101);
  ASSERT_GE(m.size(), 2u);
  EXPECT_EQ(m[0].code, "AFGGOV");
  EXPECT_EQ(m[1].kind, ActorKind::kCountry);
  EXPECT_EQ(d->KindOfCode("IGOUNO"), ActorKind::kIgo);
  EXPECT_EQ(d->KindOfCode("AFGREB"), ActorKind::kGroup);
  EXPECT_EQ(d->KindOfCode("NGO"), ActorKind::kGroup);
  EXPECT_EQ(d->KindOfCode("USAGOV"), ActorKind::kOther);
}

}  // namespace
}  // namespace parley::dict
