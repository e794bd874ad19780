// Coding rules exercised by the PETRARCH unit-test suite, on small
// hand-built parses with inline PETRARCH-format dictionaries (no ../shared).
#include <gtest/gtest.h>

#include <cstdlib>

#include "code_test_util.h"
#include "parley/code/coder.h"
#include "parley/code/pico.h"

namespace parley::code {
namespace {

const char* kActors =
    "ARNOR  [ARN]\n"
    "ERIADOR  [ERI]\n"
    "OSGILIATH  [OSG]\n"
    "GONDOR  [GON]\n"
    "ITHILEN  [ITH]\n"
    "ITHILEN TELEVISION  [ITHTV]\n"
    "WEST_GERMAN  [GMWGOV]\n"
    "MORGUL_ORCS  [MRGORC]\n"
    "SAM_GAMGEE  [ORCHOB]\n";
const char* kAgents =
    "PARLIAMENT  [~LEG]\n"
    "PRIME_MINISTER  [~GOV]\n"
    "WORLD_GOVERNMENT  [~WGO]\n"
    "GOVERNMENT  [~GOV]\n";
const char* kVerbs =
    "--- BEGIN  [---]  ---\n"
    "BEGIN {BEGINS BEGINNING BEGAN BEGUN }\n"
    "* (TO QUESTION) [110]\n"
    "--- APPEAL  [027]  ---\n"
    "APPEAL\n"
    "--- MEET  [040]  ---\n"
    "MEET {MET MEETS MEETING}\n"
    "--- CELEBRATE  [051] ---\n"
    "CELEBRATE\n"
    "- * IFTAR (AT ^ ^) +  [017]\n"
    "- * IFTAR (IN ^) +  [018]\n";
const char* kOntology =
    "010:0x1000#Make Public Statement\n"
    "040:0xB000#Consult\n"
    "110:0x5010#Disapprove\n";

std::shared_ptr<const dict::Dictionaries> Dicts() {
  dict::DictionaryBuilder b;
  b.AddPetrarchActors(kActors, "actors.txt");
  b.AddPetrarchAgents(kAgents, "agents.txt");
  b.AddPetrarchVerbs(kVerbs, "verbs.txt");
  return b.Build();
}

CoderOptions PetrarchOptions() {
  CoderOptions opt;
  opt.petrarch_null_codes = true;
  opt.petrarch_passive = true;
  opt.petrarch_ccomp_target = true;
  opt.trace = getenv("UNIT_TRACE") != nullptr;
  opt.pico = std::make_shared<PicoOntology>(PicoOntology::Parse(kOntology));
  return opt;
}

std::vector<std::string> Triples(const std::string& spec,
                                 const CoderOptions& opt = PetrarchOptions()) {
  Document doc = testing::DocFromSpecs({spec}, "2010-01-12");
  Coder coder(Dicts(), opt);
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  return testing::SortedTriples(events);
}

using V = std::vector<std::string>;

TEST(CodeUnitRules, PatternLineWithoutDashIsReadAsAPattern) {
  auto d = Dicts();
  const dict::Verb* begin = nullptr;
  for (const dict::Verb* v : d->FindVerbs("begun"))
    if (v->lemma == "begin") begin = v;
  ASSERT_NE(begin, nullptr);
  ASSERT_EQ(begin->patterns.size(), 1u);
  EXPECT_EQ(d->pattern(begin->patterns[0]).code, "110");
  EXPECT_EQ(d->stats().warnings, 0u);
}

TEST(CodeUnitRules, PatternNamesAnUncodedVerbOfTheChainAndTargetsItsComplement) {
  // "Sam Gamgee has begun to question whether he has a future with the
  // Morgul Orcs." QUESTION is no verb entry, so BEGIN's pattern takes it.
  const std::string spec =
      "Sam/Sam/PROPN/2/flat Gamgee/Gamgee/PROPN/4/nsubj has/have/AUX/4/aux "
      "begun/begin/VERB/0/root to/to/PART/6/mark question/question/VERB/4/xcomp "
      "whether/whether/SCONJ/9/mark he/he/PRON/9/nsubj has/have/VERB/6/ccomp "
      "a/a/DET/11/det future/future/NOUN/9/obj with/with/ADP/15/case the/the/DET/15/det "
      "Morgul/Morgul/PROPN/15/compound Orcs/Orcs/PROPN/11/nmod ././PUNCT/4/punct";
  EXPECT_EQ(Triples(spec), V({"ORCHOB MRGORC 110"}));
}

TEST(CodeUnitRules, ActorNameSplitByAModifierOfTheSameNoun) {
  // "Arnor appealed to Ithilen state-run television."
  EXPECT_EQ(Triples("Arnor/Arnor/PROPN/2/nsubj appealed/appeal/VERB/0/root to/to/ADP/6/case "
                    "Ithilen/Ithilen/PROPN/6/compound state-run/state-run/NOUN/6/compound "
                    "television/television/NOUN/2/obl"),
            V({"ARN ITHTV 027"}));
  // Connected, as before.
  EXPECT_EQ(Triples("Arnor/Arnor/PROPN/2/nsubj appealed/appeal/VERB/0/root to/to/ADP/5/case "
                    "Ithilen/Ithilen/PROPN/5/compound television/television/NOUN/2/obl"),
            V({"ARN ITHTV 027"}));
  // No name once the modifier is left out: the country alone.
  EXPECT_EQ(Triples("Arnor/Arnor/PROPN/2/nsubj appealed/appeal/VERB/0/root to/to/ADP/6/case "
                    "Ithilen/Ithilen/PROPN/6/compound state-run/state-run/NOUN/6/compound "
                    "radio/radio/NOUN/2/obl"),
            V({"ARN ITH 027"}));
  // A modifier that is an actor itself is never skipped.
  EXPECT_EQ(Triples("Arnor/Arnor/PROPN/2/nsubj appealed/appeal/VERB/0/root to/to/ADP/6/case "
                    "Ithilen/Ithilen/PROPN/6/compound Gondor/Gondor/PROPN/6/compound "
                    "television/television/NOUN/2/obl"),
            V({"ARN ITH 027"}));
}

TEST(CodeUnitRules, AgentOfANestedParticipleCanBeTheTarget) {
  // "Arnor met envoys sent by Gondor.": Gondor is the obl:agent of "sent",
  // not of "met", so it is the first actor after the predicate.
  EXPECT_EQ(Triples("Arnor/Arnor/PROPN/2/nsubj met/meet/VERB/0/root envoys/envoy/NOUN/2/obj "
                    "sent/send/VERB/3/acl by/by/ADP/6/case Gondor/Gondor/PROPN/4/obl:agent "
                    "././PUNCT/2/punct"),
            V({"ARN GON 040"}));
  // The predicate's own agent stays its source: "Arnor was met by Gondor."
  EXPECT_EQ(Triples("Arnor/Arnor/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass met/meet/VERB/0/root "
                    "by/by/ADP/5/case Gondor/Gondor/PROPN/3/obl:agent ././PUNCT/3/punct"),
            V({"GON ARN 040"}));
}

TEST(CodeUnitRules, AgentCodeCountsOnlyOnThreeLetterBoundaries) {
  // "West German world government activists met Gondor." GMWGOV holds the
  // letters WGO, but not as a code part: the agent is added.
  const std::string spec =
      "West/West/ADJ/2/amod German/german/ADJ/5/amod world/world/NOUN/4/compound "
      "government/government/NOUN/5/compound activists/activist/NOUN/6/nsubj "
      "met/meet/VERB/0/root Gondor/Gondor/PROPN/6/obj";
  EXPECT_EQ(Triples(spec), V({"GMWGOVWGO GON 040"}));
  // A real repeat is still dropped: "West German government" stays GMWGOV.
  EXPECT_EQ(Triples("West/West/ADJ/2/amod German/german/ADJ/3/amod "
                    "government/government/NOUN/4/nsubj met/meet/VERB/0/root "
                    "Gondor/Gondor/PROPN/4/obj"),
            V({"GMWGOV GON 040"}));
}

TEST(CodeUnitRules, SkipMarksCountNounPhrasesBeforeTheTarget) {
  // "Arnor celebrated Iftar at Osgiliath with the parliament of Gondor":
  // (AT ^ ^) skips Osgiliath and "the parliament" (an agent), so the target
  // is Gondor, not the parliament of Gondor.
  EXPECT_EQ(Triples("Arnor/Arnor/PROPN/2/nsubj celebrated/celebrate/VERB/0/root "
                    "Iftar/Iftar/PROPN/2/obj at/at/ADP/5/case Osgiliath/Osgiliath/PROPN/2/obl "
                    "with/with/ADP/8/case the/the/DET/8/det parliament/parliament/NOUN/2/obl "
                    "of/of/ADP/10/case Gondor/Gondor/PROPN/8/nmod"),
            V({"ARN GON 017"}));
  // The skipped phrase needs its preposition: with "in" it is (IN ^) +, and
  // the skipped place is never the target.
  EXPECT_EQ(Triples("Arnor/Arnor/PROPN/2/nsubj celebrated/celebrate/VERB/0/root "
                    "Iftar/Iftar/PROPN/2/obj in/in/ADP/5/case Osgiliath/Osgiliath/PROPN/2/obl "
                    "with/with/ADP/7/case Eriador/Eriador/PROPN/2/obl"),
            V({"ARN ERI 018"}));
}

TEST(CodeUnitRules, NameParsedAsBareModifierStaysInTheNounPhrase) {
  // "Arnor Prime Minister Aragorn met Gondor" with Aragorn hung on Arnor as
  // an nmod without a preposition: the title still makes the actor ARNGOV.
  EXPECT_EQ(Triples("Arnor/Arnor/PROPN/5/nsubj Prime/Prime/ADJ/3/amod "
                    "Minister/Minister/PROPN/4/compound Aragorn/Aragorn/PROPN/1/nmod "
                    "met/meet/VERB/0/root Gondor/Gondor/PROPN/5/obj"),
            V({"ARNGOV GON 040"}));
  // "Arnor's deputy Prime Minister Aragorn" with the name as an apposition
  // but no comma: a title and its name.
  EXPECT_EQ(Triples("Arnor/Arnor/PROPN/3/nmod:poss 's/'s/PART/1/case deputy/deputy/NOUN/7/nsubj "
                    "Prime/Prime/ADJ/6/amod Minister/Minister/PROPN/6/compound "
                    "Aragorn/Aragorn/PROPN/3/appos met/meet/VERB/0/root Gondor/Gondor/PROPN/7/obj"),
            V({"ARNGOV GON 040"}));
  // With a preposition it is a phrase of its own: "the envoy of Arnor" stays
  // with the head ("envoy" is no agent here), and a comma makes a true
  // apposition, which adds nothing to the head.
  EXPECT_EQ(Triples("Gondor/Gondor/PROPN/2/nsubj met/meet/VERB/0/root envoys/envoy/NOUN/2/obj "
                    "of/of/ADP/5/case Arnor/Arnor/PROPN/3/nmod"),
            V({"GON ARN 040"}));
  EXPECT_EQ(Triples("deputy/deputy/NOUN/6/nsubj ,/,/PUNCT/5/punct Prime/Prime/ADJ/4/amod "
                    "Minister/Minister/PROPN/5/compound Aragorn/Aragorn/PROPN/1/appos "
                    "met/meet/VERB/0/root Gondor/Gondor/PROPN/6/obj"),
            V({}));
}

}  // namespace
}  // namespace parley::code
