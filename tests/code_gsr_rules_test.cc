// PETRARCH-compatibility coding rules exercised by the GSR suite, on small
// hand-built parses with inline dictionaries (no ../shared needed).
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "code_test_util.h"
#include "parley/code/coder.h"
#include "parley/code/negation.h"
#include "parley/code/pico.h"
#include "parley/doc/conllu.h"

namespace parley::code {
namespace {

const char* kActors =
    "Brazil | Brazilian => BRA\n"
    "United States | Washington => USA\n"
    "Iran | Iranian => IRN\n"
    "Israel => ISR\n"
    "Alaska => USA\n"
    "Lula => BRAELI\n";
const char* kAgents =
    "congress => LEG\n"
    "dissident => OPP\n"
    "soldier => MIL\n"
    "rebel => REB\n"
    "military => MIL\n"
    "president => GOV\n";
const char* kVerbs =
    "030 seek | want\n"
    "060 deepen\n"
    "070 help\n"
    "020 ask\n"
    "040 meet | discuss\n"
    "170 pressure\n"
    "010 see\n"
    "190 attack\n";
// A few lines in the shape of PETR.Internal.Coding.Ontology.txt.
const char* kOntology =
    "# comment\n"
    "010:0x1000#Make Public Statement\n"
    "020:0x2000#Appeal\n"
    "023:0x2040\n"
    "030:0x3000#Intend\n"
    "031:0x3070\n"
    "033:0x3040\n"
    "040:0xB000#Consult\n"
    "060:0x0070#MaterialCoop\n"
    "070:0x0040#ProvideAid\n"
    "120:-0xFFFF#Reject\n"
    "121:-0xFFFF+0x0070\n"
    "170:0x10086#0x0087+0xFFFF#0x9000#Coerce\n"
    "190:0x00A0#Fight\n"
    "0352:0x320C\n"
    "0841:0x020C\n";

std::shared_ptr<const dict::Dictionaries> Dicts() {
  dict::DictionaryBuilder b;
  b.AddParleyActors(kActors, "actors.txt", false);
  b.AddParleyAgents(kAgents, "agents.txt");
  b.AddParleyVerbs(kVerbs, "verbs.txt");
  return b.Build();
}

// The same verbs in PETRARCH's format, with patterns and transformations.
const char* kPetrarchVerbs =
    "&MILITARY\n"
    "+MILITARY\n"
    "+NAVAL\n"
    "--- WANT [030] ---\n"
    "WANT\n"
    "- * HELP  [023]\n"
    "--- HELP [070] ---\n"
    "HELP\n"
    "--- SEND [036] ---\n"
    "SEND\n"
    "--- GRANT [060] ---\n"
    "GIVE\n"
    "LEND\n"
    "- * SUPPORT  [051]  # GIVE\n"
    "- * SUPPORT  [060]  # LEND\n"
    "--- HEAD [040] ---\n"
    "HEAD\n"
    "--- CONDUCT [---] ---\n"
    "CONDUCT\n"
    "- * {&MILITARY EXERCISES}  [150]\n"
    "--- SAY [010] ---\n"
    "SAY\n"
    "ANNOUNCE\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "--- LAUNCH [---] ---\n"
    "LAUNCH\n"
    "- * CAMPAIGN  [020]\n"
    "- * ATTACK  [190]\n"
    "--- GRANT [060] ---\n"
    "ISSUE\n"
    "- * WARRANT  [100]\n"
    "- * {ARREST WARRANTS}  [173]\n"
    "--- RELEASE [084] ---\n"
    "RELEASE\n"
    "- * PRISONERS  [0841]\n"
    "--- DESTROY [---] ---\n"
    "DEMOLISH [1712]\n"
    "- PROTESTOR *  [145]\n"
    "--- SHOW [---] ---\n"
    "PRESENT\n"
    "- * EVIDENCE  [1124]\n"
    "--- CLAIM [110] ---\n"
    "CLAIM\n"
    "--- ENJOY [---] ---\n"
    "ENJOY\n"
    "- * SUPPORT  [:050]\n"
    "&WEAPON\n"
    "+MISSILE\n"
    "+ROCKET\n"
    "+BOMB\n"
    "--- EXPLOSIVE_DESTRUCTION [190] ---\n"
    "BLOW\n"
    "FIRE\n"
    "- &WEAPON *  [183]\n"
    "- MISSILE *  [194]\n"
    "- * &WEAPON (TO +)  [194]\n"
    "--- GO [040] ---\n"
    "ATTEND [042:043]\n"
    "- * SUMMIT (IN ^) (ON)  [042:043]\n"
    "- * SUMMIT  [044]\n"
    "--- MAKE [---] ---\n"
    "MAKE\n"
    "- * TRIP  [036]\n"
    "--- SEIZE [192] ---\n"
    "TAKE\n"
    "~ a (a b Q) SAY = a b Q\n"
    "~ a (b . ATTACK) CLAIM = a b 112\n"
    "~ a (_ b ATTACK) WANT = a b 138\n"
    "~ a (b . ATTACK) WANT = a b 021\n";

std::shared_ptr<const dict::Dictionaries> PetrarchDicts() {
  dict::DictionaryBuilder b;
  b.AddParleyActors(kActors, "actors.txt", false);
  b.AddParleyAgents(kAgents, "agents.txt");
  b.AddPetrarchVerbs(kPetrarchVerbs, "verbs.txt");
  b.AddParleyDiscards("years ago\n", "discards.txt");
  return b.Build();
}

// One sentence from "form/lemma/UPOS/head/deprel" words (1-based heads).
Document Doc(const std::string& spec) { return testing::DocFromSpecs({spec}, "2015-06-09"); }

CoderOptions PetrarchOptions() {
  CoderOptions opt;
  opt.petrarch_null_codes = true;
  opt.petrarch_passive = true;
  opt.trace = getenv("GSR_TRACE") != nullptr;
  opt.pico = std::make_shared<PicoOntology>(PicoOntology::Parse(kOntology));
  return opt;
}

std::vector<std::string> Triples(const Document& doc, const CoderOptions& opt,
                                 bool petrarch_verbs = false) {
  Coder coder(petrarch_verbs ? PetrarchDicts() : Dicts(), opt);
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  return testing::SortedTriples(events);
}

using V = std::vector<std::string>;

TEST(CodeGsrRules, PicoCombinesCodesLikePetrarch) {
  PicoOntology o = PicoOntology::Parse(kOntology);
  EXPECT_EQ(o.CombineCodes("030", "060"), "031");  // intend + material cooperation
  EXPECT_EQ(o.CombineCodes("020", "070"), "023");  // appeal + aid
  EXPECT_EQ(o.CombineCodes("040", "040"), "040");  // two high-level acts: the inner
  EXPECT_EQ(o.CombineCodes("010", "070"), "070");  // a statement adds nothing
  EXPECT_EQ(o.CombineCodes("060", "120"), "121");  // negative inner value adds
  EXPECT_EQ(o.CombineCodes("030", "190"), "138");  // PETRARCH's "want to attack"
  EXPECT_EQ(o.CombineCodes("170", "070"), "");     // no such code
  EXPECT_TRUE(PicoOntology::Parse("").empty());
}

TEST(CodeGsrRules, XcompChainCombinesCodesAndPairsCompoundSubject) {
  // "Brazil and the United States are seeking to deepen a partnership."
  Document doc =
      Doc("Brazil/Brazil/PROPN/7/nsubj and/and/CCONJ/5/cc the/the/DET/5/det "
          "United/United/PROPN/5/compound States/States/PROPN/1/conj are/be/AUX/7/aux "
          "seeking/seek/VERB/0/root to/to/PART/9/mark deepen/deepen/VERB/7/xcomp "
          "a/a/DET/11/det partnership/partnership/NOUN/9/obj ././PUNCT/7/punct");
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"BRA USA 031", "USA BRA 031"}));
}

TEST(CodeGsrRules, ObjectOfOuterVerbIsTargetOfCombinedEvent) {
  // "Congress is asking Obama to help Iran." (purpose advcl as parsed)
  Document doc =
      Doc("Congress/Congress/PROPN/3/nsubj is/be/AUX/3/aux asking/ask/VERB/0/root "
          "Washington/Washington/PROPN/3/obj to/to/PART/6/mark help/help/VERB/3/advcl "
          "Iran/Iran/PROPN/6/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"---LEG USA 023"}));
}

TEST(CodeGsrRules, OuterTargetWinsOverClauseTarget) {
  // "Brazil met with Israel to discuss Iran."
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj met/meet/VERB/0/root with/with/ADP/4/case "
          "Israel/Israel/PROPN/2/obl to/to/PART/6/mark discuss/discuss/VERB/2/advcl "
          "Iran/Iran/PROPN/6/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"BRA ISR 040"}));
}

TEST(CodeGsrRules, UncombinableCodesKeepTheOuterEvent) {
  // "Washington is being pressured by congress to help Iran."
  Document doc =
      Doc("Washington/Washington/PROPN/4/nsubj:pass is/be/AUX/4/aux being/be/AUX/4/aux:pass "
          "pressured/pressure/VERB/0/root by/by/ADP/6/case congress/congress/NOUN/4/obl "
          "to/to/PART/8/mark help/help/VERB/4/advcl Iran/Iran/PROPN/8/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"---LEG USA 170"}));
}

TEST(CodeGsrRules, AgentlessPassiveLeavesTheClauseItsEvent) {
  // "Brazil was seen to attack Iran."
  Document doc =
      Doc("Brazil/Brazil/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass seen/see/VERB/0/root "
          "to/to/PART/5/mark attack/attack/VERB/3/xcomp Iran/Iran/PROPN/5/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"BRA IRN 190"}));
}

TEST(CodeGsrRules, PatternWordDoesNotBindTheClauseVerb) {
  // "Brazil wants to help Israel": want + help (033), not WANT's "* HELP" (023).
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj wants/want/VERB/0/root to/to/PART/4/mark "
          "help/help/VERB/2/xcomp Israel/Israel/PROPN/4/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA ISR 033"}));
}

TEST(CodeGsrRules, ObjectControlIsNotTheSubjectlessSlotOfATransformation) {
  // "Brazil wants Iran to attack Israel": "~ a (b . ATTACK) WANT = a b 021".
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj wants/want/VERB/0/root Iran/Iran/PROPN/2/obj "
          "to/to/PART/5/mark attack/attack/VERB/2/xcomp Israel/Israel/PROPN/5/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA IRN 021"}));
  // "Brazil wants to attack Israel": "~ a (_ b ATTACK) WANT = a b 138".
  Document own =
      Doc("Brazil/Brazil/PROPN/2/nsubj wants/want/VERB/0/root to/to/PART/4/mark "
          "attack/attack/VERB/2/xcomp Israel/Israel/PROPN/4/obj");
  EXPECT_EQ(Triples(own, PetrarchOptions(), true), V({"BRA ISR 138"}));
}

TEST(CodeGsrRules, TransformationBindsAMissingTargetToTheNullActor) {
  // "Brazil said it will send a team to help identify Israel": the say transformation
  // codes BRA --- 036 and the purpose clause goes with the transformed verb.
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj said/say/VERB/0/root it/it/PRON/5/nsubj "
          "will/will/AUX/5/aux send/send/VERB/2/ccomp a/a/DET/7/det team/team/NOUN/5/obj "
          "to/to/PART/9/mark help/help/VERB/5/advcl identify/identify/VERB/9/ccomp "
          "Israel/Israel/PROPN/10/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA --- 036"}));
}

TEST(CodeGsrRules, LastOfPatternsWrittenAlikeCounts) {
  // "Brazil gave support to Israel": PETRARCH keeps "- * SUPPORT [060]".
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj gave/give/VERB/0/root support/support/NOUN/2/obj "
          "to/to/ADP/5/case Israel/Israel/PROPN/2/obl");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA ISR 060"}));
}

TEST(CodeGsrRules, NegationTableReadsCrlfOntology) {
  NegationTable t = ParseNegationTable(
      "060:0x0070#MaterialCoop\r\n121:-0xFFFF+0x0070\r\n080:0x0200#Yield\r\n"
      "124:-0xFFFF+0x0200\r\n");
  EXPECT_EQ(t["060"], "121");
  EXPECT_EQ(t["124"], "080");
  PicoOntology o = PicoOntology::Parse("030:0x3000\r\n031:0x3070\r\n060:0x0070\r\n");
  EXPECT_EQ(o.CombineCodes("030", "060"), "031");
}

TEST(CodeGsrRules, ObjectControlWithAHighLevelActCodesNothing) {
  // "Brazil wants Iran to head back": want + 040 (value >= 0x1000): no event.
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj wants/want/VERB/0/root Iran/Iran/PROPN/2/obj "
          "to/to/PART/5/mark head/head/VERB/2/xcomp back/back/ADV/5/advmod");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V());
  // "Brazil wants Iran to help Israel": a plain act combines, A -> B.
  Document aid =
      Doc("Brazil/Brazil/PROPN/2/nsubj wants/want/VERB/0/root Iran/Iran/PROPN/2/obj "
          "to/to/PART/5/mark help/help/VERB/2/xcomp Israel/Israel/PROPN/5/obj");
  EXPECT_EQ(Triples(aid, PetrarchOptions(), true), V({"BRA IRN 033"}));
}

TEST(CodeGsrRules, AnAppealToTheObjectStandsWhateverItAsksFor) {
  // "Brazil asked Iran to see": an appeal (02x) to Iran, though "see" is a
  // high-level act (010) that blocks "wants Iran to ..." above.
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj asked/ask/VERB/0/root Iran/Iran/PROPN/2/obj "
          "to/to/PART/5/mark see/see/VERB/2/xcomp");
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"BRA IRN 020"}));
}

TEST(CodeGsrRules, PatternNounIsNeverTheTarget) {
  // "Brazil is conducting military exercises in Alaska".
  Document doc =
      Doc("Brazil/Brazil/PROPN/3/nsubj is/be/AUX/3/aux conducting/conduct/VERB/0/root "
          "military/military/ADJ/5/amod exercises/exercise/NOUN/3/obj in/in/ADP/7/case "
          "Alaska/Alaska/PROPN/3/obl");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA USA 150"}));
}

TEST(CodeGsrRules, CodedClauseLendsNoTargetToTheVerbAbove) {
  // "Washington said a step enjoyed support from Israel": no event.
  CoderOptions opt = PetrarchOptions();
  opt.petrarch_ccomp_target = true;
  Document doc =
      Doc("Washington/Washington/PROPN/2/nsubj said/say/VERB/0/root a/a/DET/4/det "
          "step/step/NOUN/5/nsubj enjoyed/enjoy/VERB/2/ccomp support/support/NOUN/5/obj "
          "from/from/ADP/8/case Israel/Israel/PROPN/6/nmod");
  EXPECT_EQ(Triples(doc, opt, true), V());
}

TEST(CodeGsrRules, AClauseWhoseOpenComplementIsCodedLendsNoTarget) {
  // "Iran sees Brazil is about to help Israel": the complement "about"
  // carries the event of its xcomp "help"; "sees" (010) gets no target.
  CoderOptions opt = PetrarchOptions();
  opt.petrarch_ccomp_target = true;
  Document doc =
      Doc("Iran/Iran/PROPN/2/nsubj sees/see/VERB/0/root Brazil/Brazil/PROPN/5/nsubj "
          "is/be/AUX/5/cop about/about/ADJ/2/ccomp to/to/PART/7/mark help/help/VERB/5/xcomp "
          "Israel/Israel/PROPN/7/obj");
  EXPECT_EQ(Triples(doc, opt), V({"BRA ISR 070"}));
}

TEST(CodeGsrRules, TransformationTakesTheConjoinedVerbsOfItsClause) {
  // "Brazil claimed that Iran had attacked Israel and taken Alaska".
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj claimed/claim/VERB/0/root that/that/SCONJ/6/mark "
          "Iran/Iran/PROPN/6/nsubj had/have/AUX/6/aux attacked/attack/VERB/2/ccomp "
          "Israel/Israel/PROPN/6/obj and/and/CCONJ/9/cc taken/take/VERB/6/conj "
          "Alaska/Alaska/PROPN/9/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA IRN 112"}));
}

TEST(CodeGsrRules, NearestOfEquallySpecificPatternsWins) {
  // "Brazil launched attacks on Iran during a campaign": ATTACK, not CAMPAIGN.
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj launched/launch/VERB/0/root attacks/attack/NOUN/2/obj "
          "on/on/ADP/5/case Iran/Iran/PROPN/3/nmod during/during/ADP/8/case a/a/DET/8/det "
          "campaign/campaign/NOUN/2/obl");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA IRN 190"}));
}

TEST(CodeGsrRules, ModifiedPatternBeatsItsBareHead) {
  // "Brazil issued arrest warrants for Iran".
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj issued/issue/VERB/0/root arrest/arrest/ADJ/4/amod "
          "warrants/warrant/NOUN/2/obj for/for/ADP/6/case Iran/Iran/PROPN/2/obl");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA IRN 173"}));
}

TEST(CodeGsrRules, DiscardWithPunctuationStuckToItDoesNotMatch) {
  // "Brazil attacked Iran three years ago, officials said" is coded by
  // PETRARCH ("ago," is no discard word); "... years ago said" is not.
  Document comma =
      Doc("Brazil/Brazil/PROPN/2/nsubj attacked/attack/VERB/0/root Iran/Iran/PROPN/2/obj "
          "three/three/NUM/5/nummod years/year/NOUN/6/obl:npmod ago/ago/ADV/2/advmod "
          ",/,/PUNCT/2/punct");
  EXPECT_EQ(Triples(comma, PetrarchOptions(), true), V({"BRA IRN 190"}));
  Document bare =
      Doc("Brazil/Brazil/PROPN/2/nsubj attacked/attack/VERB/0/root Iran/Iran/PROPN/2/obj "
          "three/three/NUM/5/nummod years/year/NOUN/6/obl:npmod ago/ago/ADV/2/advmod");
  EXPECT_EQ(Triples(bare, PetrarchOptions(), true), V());
  // parley's own reading ignores the spacing.
  EXPECT_EQ(Triples(comma, CoderOptions{}, true), V());
}

TEST(CodeGsrRules, PassiveSubjectIsThePatternObject) {
  // "Iranian prisoners were released by Brazil" is "- * PRISONERS [0841]".
  Document doc =
      Doc("Iranian/Iranian/ADJ/2/amod prisoners/prisoner/NOUN/4/nsubj:pass "
          "were/be/AUX/4/aux:pass released/release/VERB/0/root by/by/ADP/6/case "
          "Brazil/Brazil/PROPN/4/obl");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA IRN 0841"}));
}

TEST(CodeGsrRules, HeadAgentsComeBeforeThoseOfTheActorInItsOfPhrase) {
  // "The president of Brazil's congress attacked Iran": BRA + GOV + LEG.
  Document doc =
      Doc("The/the/DET/2/det president/president/NOUN/7/nsubj of/of/ADP/6/case "
          "Brazil/Brazil/PROPN/6/nmod:poss 's/'s/PART/4/case congress/congress/NOUN/2/nmod "
          "attacked/attack/VERB/0/root Iran/Iran/PROPN/7/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRAGOVLEG IRN 190"}));
}

TEST(CodeGsrRules, PassiveAgentIsThePatternSubject) {
  // "The Iranian building was demolished by a Brazilian protestor".
  Document doc =
      Doc("The/the/DET/3/det Iranian/Iranian/ADJ/3/amod building/building/NOUN/5/nsubj:pass "
          "was/be/AUX/5/aux:pass demolished/demolish/VERB/0/root by/by/ADP/9/case a/a/DET/9/det "
          "Brazilian/Brazilian/ADJ/9/amod protestor/protestor/NOUN/5/obl");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA IRN 145"}));
}

TEST(CodeGsrRules, PassivePatternNounLendsItsModifierAsTarget) {
  // "Evidence against Iran was presented by Brazil".
  Document doc =
      Doc("Evidence/evidence/NOUN/5/nsubj:pass against/against/ADP/3/case Iran/Iran/PROPN/1/nmod "
          "was/be/AUX/5/aux:pass presented/present/VERB/0/root by/by/ADP/7/case "
          "Brazil/Brazil/PROPN/5/obl");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA IRN 1124"}));
}

TEST(CodeGsrRules, AppositiveToADescribedActorAddsNoActor) {
  // "The Brazilian president, Lula, attacked Iran": one person, BRAGOV.
  Document doc =
      Doc("The/the/DET/3/det Brazilian/Brazilian/ADJ/3/amod president/president/NOUN/7/nsubj "
          ",/,/PUNCT/5/punct Lula/Lula/PROPN/3/appos ,/,/PUNCT/5/punct "
          "attacked/attack/VERB/0/root Iran/Iran/PROPN/7/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"BRAGOV IRN 190"}));
  // "Brazil, Israel attacked Iran": names side by side are a list.
  Document list =
      Doc("Brazil/Brazil/PROPN/4/nsubj ,/,/PUNCT/3/punct Israel/Israel/PROPN/1/appos "
          "attacked/attack/VERB/0/root Iran/Iran/PROPN/4/obj");
  EXPECT_EQ(Triples(list, PetrarchOptions()), V({"BRA IRN 190", "ISR IRN 190"}));
}

TEST(CodeGsrRules, AgentInAHyphenatedModifierIsNoAgent) {
  // "Brazil attacked dissidents from military-ruled Iran" (tokenized "-ruled").
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj attacked/attack/VERB/0/root "
          "dissidents/dissident/NOUN/2/obj from/from/ADP/7/case military/military/ADJ/7/amod "
          "-ruled/-ruled/ADJ/7/amod Iran/Iran/PROPN/3/nmod");
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"BRA IRNOPP 190"}));
}

TEST(CodeGsrRules, BarePatternNounIsNotReadOutOfANestedPrepositionalPhrase) {
  // "Brazil made remarks in Iran at the start of a trip": no trip event.
  Document nested =
      Doc("Brazil/Brazil/PROPN/2/nsubj made/make/VERB/0/root remarks/remark/NOUN/2/obj "
          "in/in/ADP/5/case Iran/Iran/PROPN/3/nmod at/at/ADP/8/case the/the/DET/8/det "
          "start/start/NOUN/2/obl of/of/ADP/11/case a/a/DET/11/det trip/trip/NOUN/8/nmod");
  EXPECT_EQ(Triples(nested, PetrarchOptions(), true), V());
  // "Brazil made a trip to Iran".
  Document own =
      Doc("Brazil/Brazil/PROPN/2/nsubj made/make/VERB/0/root a/a/DET/4/det "
          "trip/trip/NOUN/2/obj to/to/ADP/6/case Iran/Iran/PROPN/4/nmod");
  EXPECT_EQ(Triples(own, PetrarchOptions(), true), V({"BRA IRN 036"}));
}

TEST(CodeGsrRules, ActorModifyingAPatternNounObjectIsTheTarget) {
  // "Brazil released 150 Iranian prisoners as a gesture to Israel": IRN, not ISR.
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj released/release/VERB/0/root 150/150/NUM/5/nummod "
          "Iranian/Iranian/ADJ/5/amod prisoners/prisoner/NOUN/2/obj as/as/ADP/8/case "
          "a/a/DET/8/det gesture/gesture/NOUN/2/obl to/to/ADP/10/case "
          "Israel/Israel/PROPN/8/nmod");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA IRN 0841"}));
}

TEST(CodeGsrRules, SubjectWithoutActorTakesTheActorItsParticipleNames) {
  // "A report released in Brazil attacked Iran".
  Document doc =
      Doc("A/a/DET/2/det report/report/NOUN/6/nsubj released/release/VERB/2/acl "
          "in/in/ADP/5/case Brazil/Brazil/PROPN/3/obl attacked/attack/VERB/0/root "
          "Iran/Iran/PROPN/6/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"BRA IRN 190"}));
  // The participle misattached to the verb, as the GSR parse has it.
  Document verb_acl =
      Doc("A/a/DET/2/det report/report/NOUN/6/nsubj released/release/VERB/6/acl "
          "in/in/ADP/5/case Brazil/Brazil/PROPN/3/obl attacked/attack/VERB/0/root "
          "Iran/Iran/PROPN/6/obj");
  EXPECT_EQ(Triples(verb_acl, PetrarchOptions()), V({"BRA IRN 190"}));
  // A subject with an actor of its own keeps it.
  Document own =
      Doc("Israel/Israel/PROPN/5/nsubj released/release/VERB/1/acl in/in/ADP/4/case "
          "Brazil/Brazil/PROPN/2/obl attacked/attack/VERB/0/root Iran/Iran/PROPN/5/obj");
  EXPECT_EQ(Triples(own, PetrarchOptions()), V({"ISR IRN 190"}));
}

TEST(CodeGsrRules, DuplicateActorNamesPreferTheEntryDatedForTheDay) {
  dict::DictionaryBuilder b;
  b.AddPetrarchActors(
      "GEORGE_BUSH_\n+PRESIDENT_BUSH\n[USAGOV 890120-930120]\n[USAELI]\n"
      "GEORGE_W._BUSH_\n+PRESIDENT_BUSH_\n[USAGOV 010120-090120]\n[USAOLD]\n",
      "actors.txt");
  auto dicts = b.Build();
  auto code_at = [&](const char* date) {
    std::vector<dict::ActorMatch> m = dicts->MatchActors(
        dict::WordSequence::FromPhrase("President Bush"), *dict::ParseDate(date));
    return m.size() == 1 ? m[0].code : std::string("?");
  };
  EXPECT_EQ(code_at("2008-08-06"), "USAGOV");  // the second entry's term
  EXPECT_EQ(code_at("1990-01-01"), "USAGOV");  // the first entry's term
  EXPECT_EQ(code_at("2015-06-09"), "USAOLD");  // neither: the last entry, as PETRARCH
}

TEST(CodeGsrRules, SpanOfTimeNamesNoTarget) {
  // "Brazil said two weeks after rebels attacked Iran" (weeks parsed as the object).
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj said/say/VERB/0/root two/two/NUM/4/nummod "
          "weeks/week/NOUN/2/obj after/after/ADP/6/case rebels/rebel/NOUN/4/nmod");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V());
  // Only the phrase the span counts from: a possessor of the span stays
  // ("attacked Israel's two years", as the unit suite's VERB_04 is parsed).
  Document poss =
      Doc("Brazil/Brazil/PROPN/2/nsubj attacked/attack/VERB/0/root Israel/Israel/PROPN/6/nmod:poss "
          "'s/'s/PART/3/case two/two/NUM/6/nummod years/year/NOUN/2/obj");
  EXPECT_EQ(Triples(poss, PetrarchOptions(), true), V({"BRA ISR 190"}));
}

TEST(CodeGsrRules, InstrumentParticipleNamesThePassiveAgent) {
  // "The Iranian bus was blown up by a surface-to-air missile believed to be
  // fired by rebels": rebels, the literal MISSILE pattern, and no "(TO +)"
  // inside the hyphenated word.
  Document doc =
      Doc("The/the/DET/3/det Iranian/Iranian/ADJ/3/amod bus/bus/NOUN/5/nsubj:pass "
          "was/be/AUX/5/aux:pass blown/blow/VERB/0/root up/up/ADP/5/compound:prt "
          "by/by/ADP/9/case a/a/DET/14/det surface/surface/NOUN/14/compound -/-/PUNCT/9/punct "
          "to/to/ADP/13/case -/-/PUNCT/13/punct air/air/NOUN/14/compound "
          "missile/missile/NOUN/5/obl believed/believe/VERB/14/acl to/to/PART/18/mark "
          "be/be/AUX/18/aux:pass fired/fire/VERB/15/xcomp by/by/ADP/20/case "
          "rebels/rebel/NOUN/18/obl");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"---REB IRN 194"}));
}

TEST(CodeGsrRules, ActorInAHyphenatedModifierGivesWayToTheNamedOne) {
  // "The Iran-linked Brazilian rebels attacked Israel": BRAREB, not IRNREB.
  Document doc =
      Doc("The/the/DET/6/det Iran/Iran/PROPN/4/compound -/-/PUNCT/4/punct "
          "linked/link/VERB/6/amod Brazilian/Brazilian/ADJ/6/amod rebels/rebel/NOUN/7/nsubj "
          "attacked/attack/VERB/0/root Israel/Israel/PROPN/7/obj");
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"BRAREB ISR 190"}));
}

TEST(CodeGsrRules, SkippedPhraseMustBeThereInOrder) {
  // "Brazil attended a summit on the unrest in Iran": no "(IN ^)" before
  // "(ON)", so "- * SUMMIT [044]".
  Document doc =
      Doc("Brazil/Brazil/PROPN/2/nsubj attended/attend/VERB/0/root a/a/DET/4/det "
          "summit/summit/NOUN/2/obj on/on/ADP/7/case the/the/DET/7/det unrest/unrest/NOUN/4/nmod "
          "in/in/ADP/9/case Iran/Iran/PROPN/7/nmod");
  EXPECT_EQ(Triples(doc, PetrarchOptions(), true), V({"BRA IRN 044"}));
  // "Brazil attended a summit in Alaska on Iran": the pattern as written.
  Document skip =
      Doc("Brazil/Brazil/PROPN/2/nsubj attended/attend/VERB/0/root a/a/DET/4/det "
          "summit/summit/NOUN/2/obj in/in/ADP/6/case Alaska/Alaska/PROPN/4/nmod "
          "on/on/ADP/8/case Iran/Iran/PROPN/4/nmod");
  EXPECT_EQ(Triples(skip, PetrarchOptions(), true), V({"BRA IRN 042", "IRN BRA 043"}));
}

TEST(CodeGsrRules, ExistentialParticipleIsPassive) {
  // "There were 10 Iranian soldiers attacked in Brazil" (soldiers parsed as
  // the subject of "attacked"): IRNMIL are the target, PETRARCH's passive
  // takes the place as the source.
  Document doc;
  doc.id = "t";
  doc.date = "2015-06-09";
  const char* block =
      "1\tThere\tthere\tPRON\tEX\t_\t2\texpl\t_\t_\n"
      "2\twere\tbe\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\t10\t10\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
      "4\tIranian\tIranian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
      "5\tsoldiers\tsoldier\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
      "6\tattacked\tattack\tVERB\tVBD\t_\t2\tcsubj\t_\t_\n"
      "7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tBrazil\tBrazil\tPROPN\tNNP\t_\t6\tobl\t_\t_\n";
  ASSERT_TRUE(append_conllu_sentence(block, "test", 1, " ", &doc).ok());
  EXPECT_EQ(Triples(doc, PetrarchOptions()), V({"BRA IRNMIL 190"}));
}

// A Document from full CoNLL-U word lines (xpos and feats given).
Document ConlluDoc(const std::string& block) {
  Document doc;
  doc.id = "t";
  doc.date = "2015-06-09";
  EXPECT_TRUE(append_conllu_sentence(block, "test", 1, " ", &doc).ok());
  return doc;
}

TEST(CodeGsrRules, SubjectlessFiniteAdverbialClauseFindsItsSubject) {
  // "The stopover came as the Brazilian president prepared to attack Iran",
  // "as" parsed as the case of an object of "came".
  Document as = ConlluDoc(
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tstopover\tstopover\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
      "3\tcame\tcome\tVERB\tVBD\tVerbForm=Fin\t0\troot\t_\t_\n"
      "4\tas\tas\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "5\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "6\tBrazilian\tBrazilian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
      "7\tpresident\tpresident\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
      "8\tprepared\tprepare\tVERB\tVBD\tVerbForm=Fin\t3\tadvcl\t_\t_\n"
      "9\tto\tto\tPART\tTO\t_\t10\tmark\t_\t_\n"
      "10\tattack\tattack\tVERB\tVB\tVerbForm=Inf\t8\txcomp\t_\t_\n"
      "11\tIran\tIran\tPROPN\tNNP\t_\t10\tobj\t_\t_\n");
  EXPECT_EQ(Triples(as, PetrarchOptions()), V({"BRAGOV IRN 190"}));
  // "A report released in Brazil attacked Iran", "attacked" parsed as an
  // adverbial clause of "released": the report is its subject.
  Document report = ConlluDoc(
      "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\treport\treport\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
      "3\treleased\trelease\tVERB\tVBD\tVerbForm=Fin\t0\troot\t_\t_\n"
      "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tBrazil\tBrazil\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
      "6\tattacked\tattack\tVERB\tVBD\tVerbForm=Fin\t3\tadvcl\t_\t_\n"
      "7\tIran\tIran\tPROPN\tNNP\t_\t6\tobj\t_\t_\n");
  EXPECT_EQ(Triples(report, PetrarchOptions()), V({"BRA IRN 190"}));
}

TEST(CodeGsrRules, ActAnnouncedForTheFutureIsTheIntent) {
  // "Brazil announced it would release Iranian prisoners": intent (0352).
  Document future =
      Doc("Brazil/Brazil/PROPN/2/nsubj announced/announce/VERB/0/root it/it/PRON/5/nsubj "
          "would/would/AUX/5/aux release/release/VERB/2/ccomp Iranian/Iranian/ADJ/7/amod "
          "prisoners/prisoner/NOUN/5/obj");
  EXPECT_EQ(Triples(future, PetrarchOptions(), true), V({"BRA IRN 0352"}));
  // "Brazil announced it released Iranian prisoners": the act itself.
  Document past =
      Doc("Brazil/Brazil/PROPN/2/nsubj announced/announce/VERB/0/root it/it/PRON/4/nsubj "
          "released/release/VERB/2/ccomp Iranian/Iranian/ADJ/6/amod "
          "prisoners/prisoner/NOUN/4/obj");
  EXPECT_EQ(Triples(past, PetrarchOptions(), true), V({"BRA IRN 0841"}));
}

}  // namespace
}  // namespace parley::code
