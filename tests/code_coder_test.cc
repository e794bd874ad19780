// Coding rules on small hand-built parses and inline dictionaries (no
// ../shared, no model needed).
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "code_test_util.h"
#include "parley/code/coder.h"
#include "parley/code/event.h"
#include "parley/code/negation.h"
#include "parley/doc/conllu.h"
#include "test_util.h"

namespace parley::code {
namespace {

const char* kActors =
    "Russia | Russian | Russians | Moscow => RUS\n"
    "Ukraine | Ukrainian | Kyiv | Kharkiv => UKR\n"
    "Brazil | Brazilian => BRA\n"

    "Lula => BRAGOV\n"
    "Globo => BRAMED\n"
    "Afghanistan | Afghan | Kabul => AFG\n"
    "Taliban => AFGREB ..2021-08-15, AFGGOV 2021-08-15..\n";
const char* kAgents =
    "troop | troops | soldier | soldiers | force | forces => MIL\n"
    "ambassador | ambassadors => GOV\n"
    "foreign ministry | ministry | government => GOV\n"
    "insurgent | insurgents => INS\n"
    "police => COP\n"
    "protester | protesters => OPP\n";
const char* kVerbs =
    "190 attack | clash\n"
    "036 accept invitation\n"
    "0331 pledge aid to +\n"
    "111 criticize | condemn\n"
    "040 meet\n"
    "010 say\n"
    "042 visit\n"
    "057 sign accord\n"
    "023 urge\n"
    "141 rally\n"
    "175 fire tear gas at +\n";

std::shared_ptr<const dict::Dictionaries> Dicts() {
  dict::DictionaryBuilder b;
  b.AddParleyActors(kActors, "actors.txt", false);
  b.AddParleyAgents(kAgents, "agents.txt");
  b.AddParleyVerbs(kVerbs, "verbs.txt");
  b.AddParleyDiscards("world cup\n", "discards.txt");
  return b.Build();
}

// Dictionaries of the test's agents and `extra_agents`, with `countries` read
// as countries.txt (their codes are country codes) and `verbs`.
std::shared_ptr<const dict::Dictionaries> CountriesDicts(const std::string& countries,
                                                         const std::string& extra_agents,
                                                         const std::string& verbs) {
  dict::DictionaryBuilder b;
  b.AddParleyActors(countries, "countries.txt", true);
  b.AddParleyAgents(std::string(kAgents) + extra_agents, "agents.txt");
  b.AddParleyVerbs(verbs, "verbs.txt");
  return b.Build();
}

Document Doc(const std::vector<std::string>& sentences, const std::string& date = "2020-05-01") {
  return testing::DocFromSpecs(sentences, date);
}

std::vector<std::string> Triples(const std::vector<Event>& events) {
  return testing::SortedTriples(events);
}

// The sorted triples `coder` codes in a document of parsed sentences.
std::vector<std::string> CodedTriples(const Coder& coder, const std::vector<std::string>& specs) {
  std::vector<Event> events;
  coder.CodeDocument(Doc(specs), &events);
  return Triples(events);
}

std::vector<Event> Code(const Document& doc, CoderOptions opt = {}) {
  Coder coder(Dicts(), opt);
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  return events;
}

using V = std::vector<std::string>;

// Triples of `doc` coded with the test's agents and the given actors (read
// as countries.txt when `countries`, so their codes are country codes) and
// verbs.
V CodeWith(const Document& doc, const char* actors, bool countries, const char* verbs) {
  dict::DictionaryBuilder b;
  b.AddParleyActors(actors, countries ? "countries.txt" : "actors.txt", countries);
  b.AddParleyAgents(kAgents, "agents.txt");
  b.AddParleyVerbs(verbs, "verbs.txt");
  Coder coder(b.Build(), {});
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  return Triples(events);
}

TEST(CodeCoder, SubjectVerbObjectWithAgentsAndSpans) {
  Document doc =
      Doc({"Russian/Russian/ADJ/2/amod troops/troop/NOUN/3/nsubj "
           "attacked/attack/VERB/0/root Ukrainian/Ukrainian/ADJ/5/amod "
           "forces/force/NOUN/3/obj ././PUNCT/3/punct"});
  std::vector<Event> ev = Code(doc);
  ASSERT_EQ(Triples(ev), V({"RUSMIL UKRMIL 190"}));
  const Event& e = ev[0];
  EXPECT_EQ(e.source_text, "Russian troops");
  EXPECT_EQ(e.target_text, "Ukrainian forces");
  EXPECT_EQ(e.verb_text, "attacked");
  EXPECT_EQ(doc.slice(e.verb_span.first, e.verb_span.second), "attacked");
  EXPECT_EQ(e.root_code, "19");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_EQ(e.date, "2020-05-01");
}

TEST(CodeCoder, PassiveUsesAgentAsSource) {
  Document doc =
      Doc({"Ukrainian/Ukrainian/ADJ/2/amod forces/force/NOUN/4/nsubj:pass "
           "were/be/AUX/4/aux:pass attacked/attack/VERB/0/root by/by/ADP/7/case "
           "Russian/Russian/ADJ/7/amod troops/troop/NOUN/4/obl:agent"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUSMIL UKRMIL 190"}));
}

TEST(CodeCoder, PassiveTakesItsSourceFromTheAttackThatDidIt) {
  // "Ukrainian forces were attacked in a Russian raid": the raid's actor.
  Document doc =
      Doc({"Ukrainian/Ukrainian/ADJ/2/amod forces/force/NOUN/4/nsubj:pass "
           "were/be/AUX/4/aux:pass attacked/attack/VERB/0/root in/in/ADP/8/case a/a/DET/8/det "
           "Russian/Russian/ADJ/8/amod raid/raid/NOUN/4/obl"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUS UKRMIL 190"}));
  // A place names no attacker: "were attacked in Kharkiv".
  Document place =
      Doc({"Ukrainian/Ukrainian/ADJ/2/amod forces/force/NOUN/4/nsubj:pass "
           "were/be/AUX/4/aux:pass attacked/attack/VERB/0/root in/in/ADP/6/case "
           "Kharkiv/Kharkiv/PROPN/4/obl"});
  EXPECT_EQ(Triples(Code(place)), V({}));
}

TEST(CodeCoder, UdV1LabelsAreMapped) {
  Document doc =
      Doc({"Ukraine/Ukraine/PROPN/3/nsubjpass was/be/AUX/3/auxpass "
           "attacked/attack/VERB/0/root by/by/ADP/5/case Russia/Russia/PROPN/3/nmod"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUS UKR 190"}));
}

TEST(CodeCoder, ConjoinedActorsGiveOneEventPerPair) {
  Document doc =
      Doc({"Russia/Russia/PROPN/4/nsubj and/and/CCONJ/3/cc Brazil/Brazil/PROPN/1/conj "
           "condemned/condemn/VERB/0/root Ukraine/Ukraine/PROPN/4/obj"});
  EXPECT_EQ(Triples(Code(doc)), V({"BRA UKR 111", "RUS UKR 111"}));
}

TEST(CodeCoder, ConjoinedSubjectsOfAMutualFightFightEachOther) {
  // "Russia and Ukraine clashed": a fight between the conjuncts, both ways;
  // "Russia and Brazil attacked" names no target.
  auto code = [](const char* verb, const char* lemma) {
    return Triples(Code(Doc({std::string("Russia/Russia/PROPN/4/nsubj and/and/CCONJ/3/cc "
                                         "Ukraine/Ukraine/PROPN/1/conj ") +
                             verb + "/" + lemma + "/VERB/0/root ././PUNCT/4/punct"})));
  };
  EXPECT_EQ(code("clashed", "clash"), V({"RUS UKR 190", "UKR RUS 190"}));
  EXPECT_EQ(code("attacked", "attack"), V({}));
}

TEST(CodeCoder, ConjoinedPartiesMeetingInAPlaceMeetEachOther) {
  // "Russia and Ukraine met in Brazil": the place is no party (PETRARCH's
  // convention, kept by `parley validate`, targets it).
  Document doc =
      Doc({"Russia/Russia/PROPN/4/nsubj and/and/CCONJ/3/cc Ukraine/Ukraine/PROPN/1/conj "
           "met/meet/VERB/0/root in/in/ADP/6/case Brazil/Brazil/PROPN/4/obl"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUS UKR 040", "UKR RUS 040"}));
  CoderOptions petrarch;
  petrarch.petrarch_place_targets = true;
  EXPECT_EQ(Triples(Code(doc, petrarch)), V({"RUS BRA 040", "UKR BRA 040"}));
}

TEST(CodeCoder, PlaceOrOccasionOfAMeetingIsNoParty) {
  // "Russia met in Brazil": where a meeting is held is no party (PETRARCH's
  // place targets, asked for, make it one).
  Document place =
      Doc({"Russia/Russia/PROPN/2/nsubj met/meet/VERB/0/root in/in/ADP/4/case "
           "Brazil/Brazil/PROPN/2/obl"});
  EXPECT_EQ(Triples(Code(place)), V{});
  CoderOptions petrarch;
  petrarch.petrarch_place_targets = true;
  EXPECT_EQ(Triples(Code(place, petrarch)), V({"RUS BRA 040"}));
  // "Russia met Lula on the sidelines of the Ukraine ...": the occasion neither.
  Document occasion =
      Doc({"Russia/Russia/PROPN/2/nsubj met/meet/VERB/0/root Lula/Lula/PROPN/2/obj "
           "on/on/ADP/6/case the/the/DET/6/det sidelines/sideline/NOUN/2/obl of/of/ADP/8/case "
           "Ukraine/Ukraine/PROPN/6/nmod"});
  EXPECT_EQ(Triples(Code(occasion)), V({"RUS BRAGOV 040"}));
}

TEST(CodeCoder, PoliceUseForceOnTheirOwnCountrysPeople) {
  // "Protesters rallied in Tbilisi. Police fired tear gas at them": the
  // protesters are Georgian (the place), so are the police.
  Document doc = Doc(
      {"Protesters/protester/NOUN/2/nsubj/Number=Plur rallied/rally/VERB/0/root in/in/ADP/4/case "
       "Tbilisi/Tbilisi/PROPN/2/obl",
       "Police/police/NOUN/2/nsubj fired/fire/VERB/0/root tear/tear/NOUN/4/compound "
       "gas/gas/NOUN/2/obj at/at/ADP/6/case them/they/PRON/2/obl"});
  EXPECT_EQ(CodeWith(doc, "Georgia | Georgian | Tbilisi => GEO\n", true, kVerbs),
            V({"GEOCOP GEOOPP 175", "GEOOPP GEO 141"}));
}

TEST(CodeCoder, AidToComeIsAPromiseOfIt) {
  // "Brazil will send troops to Ukraine": military aid (072) to come is a
  // promise of it (0332).
  Document doc =
      Doc({"Brazil/Brazil/PROPN/3/nsubj will/will/AUX/3/aux send/send/VERB/0/root "
           "troops/troop/NOUN/3/obj to/to/ADP/6/case Ukraine/Ukraine/PROPN/3/obl"});
  EXPECT_EQ(CodeWith(doc, kActors, false, "072 send troops to +\n"), V({"BRA UKR 0332"}));
}

TEST(CodeCoder, ThreatMadeToTheSubjectOfItsCondition) {
  // "Russia threatened to respond if Brazil sent troops": the threat is to Brazil.
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj threatened/threaten/VERB/0/root to/to/PART/4/mark "
           "respond/respond/VERB/2/xcomp if/if/SCONJ/7/mark Brazil/Brazil/PROPN/7/nsubj "
           "sent/send/VERB/4/advcl troops/troop/NOUN/7/obj"});
  EXPECT_EQ(CodeWith(doc, kActors, false, "130 threaten to respond\n"), V({"RUS BRA 130"}));
}

TEST(CodeCoder, TalksAPartyIsReadyForAreItsIntentToNegotiate) {
  Document doc =
      Doc({"Russia/Russia/PROPN/3/nsubj is/be/AUX/3/cop ready/ready/ADJ/0/root for/for/ADP/5/case "
           "talks/talk/NOUN/3/obl with/with/ADP/7/case Brazil/Brazil/PROPN/5/nmod"});
  EXPECT_EQ(CodeWith(doc, kActors, false, "040 n:talk\n"), V({"RUS BRA 036"}));
  Document negated = Doc(
      {"Russia/Russia/PROPN/4/nsubj is/be/AUX/4/cop not/not/PART/4/advmod ready/ready/ADJ/0/root "
       "for/for/ADP/6/case talks/talk/NOUN/4/obl with/with/ADP/8/case Brazil/Brazil/PROPN/6/nmod"});
  EXPECT_EQ(CodeWith(negated, kActors, false, "040 n:talk\n"), V({}));
}

TEST(CodeCoder, OwnerOfRejectedWordsIsTheTarget) {
  // "Lula criticised Russia. Russia rejected his remarks."
  Document doc =
      Doc({"Lula/Lula/PROPN/2/nsubj criticised/criticize/VERB/0/root "
           "Russia/Russia/PROPN/2/obj",
           "Russia/Russia/PROPN/2/nsubj rejected/reject/VERB/0/root "
           "his/his/PRON/4/nmod:poss remarks/remark/NOUN/2/obj"});
  EXPECT_EQ(CodeWith(doc, kActors, false, "111 criticize\n120 reject\n"),
            V({"BRAGOV RUS 111", "RUS BRAGOV 120"}));
}

TEST(CodeCoder, PartiesOfAClashKillEachOthersCombatants) {
  // "Russian and Ukrainian troops clashed, killing soldiers": each side's.
  Document doc =
      Doc({"Russian/Russian/ADJ/4/amod and/and/CCONJ/3/cc Ukrainian/Ukrainian/ADJ/1/conj "
           "troops/troop/NOUN/5/nsubj clashed/clash/VERB/0/root ,/,/PUNCT/7/punct "
           "killing/kill/VERB/5/advcl/VerbForm=Ger soldiers/soldier/NOUN/7/obj"});
  EXPECT_EQ(
      CodeWith(doc, kActors, true, "190 clash\n1823 kill\n"),
      V({"RUSMIL UKRMIL 1823", "RUSMIL UKRMIL 190", "UKRMIL RUSMIL 1823", "UKRMIL RUSMIL 190"}));
}

TEST(CodeCoder, APlaceNameActsAsAnotherActorButIsInItsCountry) {
  // "Brussels warned Russia": the EU; "police in Brussels": Belgian police.
  dict::DictionaryBuilder b;
  b.AddParleyActors("Belgium => BEL\nRussia => RUS\n", "countries.txt", true);
  b.AddParleyActors("Brussels => IGOEUREEC\n", "actors-igo.txt", false);
  b.AddParleyPlaces("Brussels => BEL\n", "places.txt");
  b.AddParleyAgents(kAgents, "agents.txt");
  b.AddParleyVerbs("012 warn\n173 arrest\n", "verbs.txt");
  Coder coder(b.Build(), {});
  Document doc =
      Doc({"Brussels/Brussels/PROPN/2/nsubj warned/warn/VERB/0/root "
           "Russia/Russia/PROPN/2/obj",
           "Police/police/NOUN/4/nsubj in/in/ADP/3/case Brussels/Brussels/PROPN/1/nmod "
           "arrested/arrest/VERB/0/root insurgents/insurgent/NOUN/4/obj"});
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  EXPECT_EQ(Triples(events), V({"BELCOP BELINS 173", "IGOEUREEC RUS 012"}));
}

TEST(CodeCoder, ConjunctOfAHeadActorIsNotAModifierActor) {
  // "Ukraine and Brazil's Lula": Lula is a conjunct of Ukraine (BRAGOV, the
  // head's name being of the possessive's country), not a second actor of
  // the phrase "Ukraine".
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj condemned/condemn/VERB/0/root "
           "Ukraine/Ukraine/PROPN/2/obj and/and/CCONJ/7/cc Brazil/Brazil/PROPN/7/nmod:poss "
           "'s/'s/PART/5/case Lula/Lula/PROPN/3/conj"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUS BRAGOV 111", "RUS UKR 111"}));
}

TEST(CodeCoder, XcompChainTakesTheControllerAsSource) {
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj plans/plan/VERB/0/root to/to/PART/4/mark "
           "attack/attack/VERB/2/xcomp Ukraine/Ukraine/PROPN/4/obj"});
  // (a planned attack is a threat of force, parley's conventions)
  EXPECT_EQ(Triples(Code(doc)), V({"RUS UKR 138"}));
}

TEST(CodeCoder, ObjectControlledInfinitiveIsNotAnEventOfItsOwn) {
  // "Russia urged Brazil to condemn Ukraine": the urging, not a condemnation.
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj urged/urge/VERB/0/root Brazil/Brazil/PROPN/2/obj "
           "to/to/PART/5/mark condemn/condemn/VERB/2/xcomp Ukraine/Ukraine/PROPN/5/obj"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUS BRA 023"}));
}

TEST(CodeCoder, LightVerbPatternFindsTargetInsideObject) {
  Document doc =
      Doc({"The/the/DET/2/det Taliban/Taliban/PROPN/3/nsubj accepted/accept/VERB/0/root "
           "an/a/DET/5/det invitation/invitation/NOUN/3/obj from/from/ADP/7/case "
           "Russia/Russia/PROPN/5/nmod"});
  EXPECT_EQ(Triples(Code(doc)), V({"AFGREB RUS 036"}));
}

TEST(CodeCoder, DatedActorCodesFollowTheDocumentDate) {
  std::string s =
      "The/the/DET/2/det Taliban/Taliban/PROPN/3/nsubj attacked/attack/VERB/0/root "
      "Kabul/Kabul/PROPN/3/obj";
  EXPECT_EQ(Triples(Code(Doc({s}, "2020-01-01"))), V({"AFGREB AFG 190"}));
  EXPECT_EQ(Triples(Code(Doc({s}, "2022-01-01"))), V({"AFGGOV AFG 190"}));
}

TEST(CodeCoder, PrepositionTargetFromPattern) {
  Document doc =
      Doc({"Brazil/Brazil/PROPN/2/nsubj pledged/pledge/VERB/0/root aid/aid/NOUN/2/obj "
           "to/to/ADP/5/case Ukraine/Ukraine/PROPN/2/obl"});
  EXPECT_EQ(Triples(Code(doc)), V({"BRA UKR 0331"}));
}

TEST(CodeCoder, NegatedEventsDroppedUnlessKept) {
  Document doc =
      Doc({"Russia/Russia/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod "
           "attack/attack/VERB/0/root Ukraine/Ukraine/PROPN/4/obj"});
  EXPECT_TRUE(Code(doc).empty());
  CoderOptions keep;
  keep.keep_negated = true;
  std::vector<Event> ev = Code(doc, keep);
  ASSERT_EQ(Triples(ev), V({"RUS UKR 190"}));
  EXPECT_TRUE(ev[0].negated);
  EXPECT_NE(EventToJson(ev[0]).find("\"negated\":true"), std::string::npos);
}

TEST(CodeCoder, AMeetingThatWillNotHappenIsARefusal) {
  // "Russia will not meet Ukraine": a refusal to meet (125); "did not meet"
  // stays a negated meeting, dropped.
  Document will_not =
      Doc({"Russia/Russia/PROPN/4/nsubj will/will/AUX/4/aux not/not/PART/4/advmod "
           "meet/meet/VERB/0/root Ukraine/Ukraine/PROPN/4/obj"});
  EXPECT_EQ(Triples(Code(will_not)), V({"RUS UKR 125"}));
  Document did_not =
      Doc({"Russia/Russia/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod "
           "meet/meet/VERB/0/root Ukraine/Ukraine/PROPN/4/obj"});
  EXPECT_TRUE(Code(did_not).empty());
}

TEST(CodeCoder, ConditionalsAreNotCoded) {
  Document doc =
      Doc({"If/if/SCONJ/3/mark Russia/Russia/PROPN/3/nsubj attacks/attack/VERB/6/advcl "
           "Ukraine/Ukraine/PROPN/3/obj ,/,/PUNCT/3/punct Brazil/Brazil/PROPN/7/nsubj "
           "condemn/condemn/VERB/0/root Russia/Russia/PROPN/7/obj"});
  EXPECT_EQ(Triples(Code(doc)), V({"BRA RUS 111"}));
}

TEST(CodeCoder, ReportedSpeechKeepsTheSpeaker) {
  Document doc =
      Doc({"Brazil/Brazil/PROPN/2/nsubj said/say/VERB/0/root that/that/SCONJ/5/mark "
           "Russia/Russia/PROPN/5/nsubj attacked/attack/VERB/2/ccomp "
           "Ukraine/Ukraine/PROPN/5/obj"});
  std::vector<Event> ev = Code(doc);
  ASSERT_EQ(Triples(ev), V({"RUS UKR 190"}));
  EXPECT_EQ(ev[0].reported_by, "BRA");
}

TEST(CodeCoder, SubjectPronounsResolveToTheLastSubject) {
  // "Russia condemned Ukraine. It attacked Brazil": the subject "it" is
  // Russia, the last sentence's subject.
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj condemned/condemn/VERB/0/root "
           "Ukraine/Ukraine/PROPN/2/obj",
           "It/it/PRON/2/nsubj attacked/attack/VERB/0/root Brazil/Brazil/PROPN/2/obj"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUS BRA 190", "RUS UKR 111"}));
  CoderOptions off;
  off.coreference = false;
  EXPECT_EQ(Triples(Code(doc, off)), V({"RUS UKR 111"}));
}

TEST(CodeCoder, SubjectItIsTheLastSentencesInstitutionNotALaterThing) {
  // "Russia's ministry condemned the Ukrainian statement. It attacked
  // Brazil": "it" is the ministry (an institution, though named with an
  // agent), not the Ukrainian statement after it.
  Document doc =
      Doc({"Russia/Russia/PROPN/3/nmod:poss 's/'s/PART/1/case ministry/ministry/NOUN/4/nsubj "
           "condemned/condemn/VERB/0/root the/the/DET/7/det Ukrainian/Ukrainian/ADJ/7/amod "
           "statement/statement/NOUN/4/obj",
           "It/it/PRON/2/nsubj attacked/attack/VERB/0/root Brazil/Brazil/PROPN/2/obj"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUSGOV BRA 190", "RUSGOV UKR 111"}));
}

TEST(CodeCoder, SheIsNoBroadcaster) {
  // "Lula condemned Ukraine. Russia criticized Globo. She attacked Russia.":
  // "she" is Lula, not Globo (BRAMED, a broadcaster) nor Russia (a country).
  Document doc =
      Doc({"Lula/Lula/PROPN/2/nsubj condemned/condemn/VERB/0/root Ukraine/Ukraine/PROPN/2/obj",
           "Russia/Russia/PROPN/2/nsubj criticized/criticize/VERB/0/root Globo/Globo/PROPN/2/obj",
           "She/she/PRON/2/nsubj attacked/attack/VERB/0/root Russia/Russia/PROPN/2/obj"});
  EXPECT_EQ(Triples(Code(doc)), V({"BRAGOV RUS 190", "BRAGOV UKR 111", "RUS BRAMED 111"}));
}

TEST(CodeCoder, PronounsPreferAnAgentPhraseOfTheSameSentence) {
  // "The Russian ministry said it attacked Brazil" after a sentence naming
  // Ukraine: "it" is the ministry (an institution: "it", not "he"); "The
  // Russian ambassador said he visited Brazil": "he" is the ambassador.
  const std::string first =
      "Ukraine/Ukraine/PROPN/2/nsubj condemned/condemn/VERB/0/root Brazil/Brazil/PROPN/2/obj";
  auto second = [](const std::string& subject, const std::string& pronoun,
                   const std::string& verb) {
    return "The/the/DET/3/det Russian/Russian/ADJ/3/amod " + subject +
           "/NOUN/4/nsubj said/say/VERB/0/root " + pronoun + "/" + pronoun + "/PRON/6/nsubj " +
           verb + "/VERB/4/ccomp Brazil/Brazil/PROPN/6/obj";
  };
  EXPECT_EQ(Triples(Code(Doc({first, second("ministry/ministry", "it", "attacked/attack")}))),
            V({"RUSGOV BRA 190", "UKR BRA 111"}));
  EXPECT_EQ(Triples(Code(Doc({first, second("ambassador/ambassador", "he", "visited/visit")}))),
            V({"RUSGOV BRA 042", "UKR BRA 111"}));
  // A plural phrase is no antecedent of "it": "The Russian ministries said
  // it attacked Brazil" leaves "it" to the previous sentence (its subject,
  // Ukraine).
  std::string plural = second("ministries/ministry", "it", "attacked/attack");
  plural.replace(plural.find("/NOUN/4/nsubj"), 13, "/NOUN/4/nsubj/Number=Plur");
  EXPECT_EQ(Triples(Code(Doc({first, plural}))), V({"UKR BRA 111", "UKR BRA 190"}));
}

TEST(CodeCoder, TheyPrefersAnActorTheLastSentenceNamedByAPluralNoun) {
  // "Russian forces attacked Kyiv. They attacked Brazil.": "they" are the
  // forces (plural), not Kyiv, the latest actor named.
  Document brazil =
      Doc({"Russian/Russian/ADJ/2/amod forces/force/NOUN/3/nsubj/Number=Plur "
           "attacked/attack/VERB/0/root Kyiv/Kyiv/PROPN/3/obj",
           "They/they/PRON/2/nsubj attacked/attack/VERB/0/root Brazil/Brazil/PROPN/2/obj"});
  EXPECT_EQ(Triples(Code(brazil)), V({"RUSMIL BRA 190", "RUSMIL UKR 190"}));
}

TEST(CodeCoder, AgentsWithoutActorTakeTheCountryOfThePlace) {
  // "Russian troops attacked insurgents in Kabul": the insurgents are
  // Afghan (place_countries), and the event's location is AFG.
  Document doc =
      Doc({"Russian/Russian/ADJ/2/amod troops/troop/NOUN/3/nsubj attacked/attack/VERB/0/root "
           "insurgents/insurgent/NOUN/3/obj in/in/ADP/6/case Kabul/Kabul/PROPN/3/obl"});
  std::vector<Event> events = Code(doc);
  EXPECT_EQ(Triples(events), V({"RUSMIL AFGINS 190"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].location, "AFG");
  // (with the words that name the place, for geocoding)
  EXPECT_EQ(events[0].location_text, "Kabul");
  EXPECT_EQ(doc.text.substr(events[0].location_span.first,
                            events[0].location_span.second - events[0].location_span.first),
            "Kabul");
  CoderOptions petrarch;
  petrarch.place_countries = false;
  events = Code(doc, petrarch);
  EXPECT_EQ(Triples(events), V({"RUSMIL INS 190"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].location, "AFG");
  // A place whose country is the target still names where: "Russian troops
  // attacked a building in Kabul" (AFG, "Kabul").
  events = Code(Doc(
      {"Russian/Russian/ADJ/2/amod troops/troop/NOUN/3/nsubj attacked/attack/VERB/0/root "
       "a/a/DET/5/det building/building/NOUN/3/obj in/in/ADP/7/case Kabul/Kabul/PROPN/5/nmod"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].target, "AFG");
  EXPECT_EQ(events[0].location, "AFG");
  EXPECT_EQ(events[0].location_text, "Kabul");
}

TEST(CodeCoder, CoreferencePrefersTheSameHeadNounAndTheLastSubject) {
  const std::string first =
      "The/the/DET/3/det Russian/Russian/ADJ/3/amod ministry/ministry/NOUN/4/nsubj "
      "condemned/condemn/VERB/0/root the/the/DET/7/det Ukrainian/Ukrainian/ADJ/7/amod "
      "ambassador/ambassador/NOUN/4/obj";
  // "The ministry attacked Brazil": the ministry named before, not the
  // latest actor of a country (the Ukrainian ambassador).
  EXPECT_EQ(Triples(Code(Doc({first,
                              "The/the/DET/2/det ministry/ministry/NOUN/3/nsubj "
                              "attacked/attack/VERB/0/root Brazil/Brazil/PROPN/3/obj"}))),
            V({"RUSGOV BRA 190", "RUSGOV UKRGOV 111"}));
  // "The Russian ambassador condemned the Ukrainian ambassador. He attacked
  // Brazil": "he" is the last sentence's subject.
  std::string ambassadors = first;
  ambassadors.replace(ambassadors.find("ministry/ministry"), 17, "ambassador/ambassador");
  EXPECT_EQ(Triples(Code(Doc({ambassadors,
                              "He/he/PRON/2/nsubj attacked/attack/VERB/0/root "
                              "Brazil/Brazil/PROPN/2/obj"}))),
            V({"RUSGOV BRA 190", "RUSGOV UKRGOV 111"}));
}

TEST(CodeCoder, DefiniteDescriptionsOfGroupsAndRoles) {
  // "The Taliban attacked Kyiv. The group attacked Brazil.": "the group",
  // which no dictionary knows, is the latest group.
  EXPECT_EQ(Triples(Code(Doc({"The/the/DET/2/det Taliban/Taliban/PROPN/3/nsubj "
                              "attacked/attack/VERB/0/root Kyiv/Kyiv/PROPN/3/obj",
                              "The/the/DET/2/det group/group/NOUN/3/nsubj "
                              "attacked/attack/VERB/0/root Brazil/Brazil/PROPN/3/obj"},
                             "2020-01-01"))),
            V({"AFGREB BRA 190", "AFGREB UKR 190"}));
  // "Russian troops attacked Kyiv. The soldiers attacked Brazil.": the
  // soldiers hold the troops' role (MIL), so they are the Russian troops.
  EXPECT_EQ(Triples(Code(Doc({"Russian/Russian/ADJ/2/amod troops/troop/NOUN/3/nsubj "
                              "attacked/attack/VERB/0/root Kyiv/Kyiv/PROPN/3/obj",
                              "The/the/DET/2/det soldiers/soldier/NOUN/3/nsubj/Number=Plur "
                              "attacked/attack/VERB/0/root Brazil/Brazil/PROPN/3/obj"}))),
            V({"RUSMIL BRA 190", "RUSMIL UKR 190"}));
  // "Russian troops attacked Kyiv. Soldiers attacked Brazil.": a bare
  // plural role as a subject, the last sentence's holder of the role.
  EXPECT_EQ(Triples(Code(Doc({"Russian/Russian/ADJ/2/amod troops/troop/NOUN/3/nsubj "
                              "attacked/attack/VERB/0/root Kyiv/Kyiv/PROPN/3/obj",
                              "Soldiers/soldier/NOUN/2/nsubj/Number=Plur "
                              "attacked/attack/VERB/0/root Brazil/Brazil/PROPN/2/obj"}))),
            V({"RUSMIL BRA 190", "RUSMIL UKR 190"}));
  // "Insurgents attacked Kyiv. They attacked Brazil.": "they" as a subject
  // is the last sentence's armed role, though it names no actor.
  EXPECT_EQ(Triples(Code(Doc({"Insurgents/insurgent/NOUN/2/nsubj/Number=Plur "
                              "attacked/attack/VERB/0/root Kyiv/Kyiv/PROPN/2/obj",
                              "They/they/PRON/2/nsubj attacked/attack/VERB/0/root "
                              "Brazil/Brazil/PROPN/2/obj"}))),
            V({"INS BRA 190", "INS UKR 190"}));
  // "The Taliban attacked Kyiv and the group attacked Brazil": the group
  // named before it in the same sentence.
  EXPECT_EQ(
      Triples(Code(Doc({"The/the/DET/2/det Taliban/Taliban/PROPN/3/nsubj "
                        "attacked/attack/VERB/0/root Kyiv/Kyiv/PROPN/3/obj and/and/CCONJ/8/cc "
                        "the/the/DET/7/det group/group/NOUN/8/nsubj attacked/attack/VERB/3/conj "
                        "Brazil/Brazil/PROPN/8/obj"},
                       "2020-01-01"))),
      V({"AFGREB BRA 190", "AFGREB UKR 190"}));
  // "... Russia attacked the group's positions": the owner is the group.
  EXPECT_EQ(Triples(Code(Doc({"The/the/DET/2/det Taliban/Taliban/PROPN/3/nsubj "
                              "attacked/attack/VERB/0/root Kyiv/Kyiv/PROPN/3/obj",
                              "Russia/Russia/PROPN/2/nsubj attacked/attack/VERB/0/root "
                              "the/the/DET/4/det group/group/NOUN/6/nmod:poss 's/'s/PART/4/case "
                              "positions/position/NOUN/2/obj"},
                             "2020-01-01"))),
            V({"AFGREB UKR 190", "RUS AFGREB 190"}));
}

TEST(CodeCoder, AccordingToIsTheReporterNotATarget) {
  // "Russia attacked Kyiv according to Ukraine's ministry": UKR is the
  // target through Kyiv; the ministry reports.
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj attacked/attack/VERB/0/root Kyiv/Kyiv/PROPN/2/obj "
           "according/accord/VERB/8/case to/to/ADP/4/fixed Ukraine/Ukraine/PROPN/8/nmod:poss "
           "'s/'s/PART/6/case ministry/ministry/NOUN/2/obl"});
  std::vector<Event> events = Code(doc);
  EXPECT_EQ(Triples(events), V({"RUS UKR 190"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].reported_by, "UKRGOV");
}

TEST(CodeCoder, ARoleNamingTheReporterIsTheActorHoldingItInTheSentence) {
  // "Russian troops attacked Kyiv, the soldiers said": RUSMIL reports;
  // "..., the ministry said": the ministry of the first country named.
  auto reporter = [](const std::string& noun) {
    Document doc =
        Doc({"Russian/Russian/ADJ/2/amod troops/troop/NOUN/3/nsubj "
             "attacked/attack/VERB/0/root Kyiv/Kyiv/PROPN/3/obj ,/,/PUNCT/8/punct "
             "the/the/DET/7/det " +
             noun + "/NOUN/8/nsubj said/say/VERB/3/parataxis"});
    std::vector<Event> events = Code(doc);
    return events.size() == 1 ? events[0].reported_by : std::string("?");
  };
  EXPECT_EQ(reporter("soldiers/soldier"), "RUSMIL");
  EXPECT_EQ(reporter("ministry/ministry"), "RUSGOV");
}

TEST(CodeCoder, ReadinessToActIsAnIntent) {
  // "Russia is ready to meet Ukraine": 036 (intent to meet), not 040.
  Document doc =
      Doc({"Russia/Russia/PROPN/3/nsubj is/be/AUX/3/cop ready/ready/ADJ/0/root "
           "to/to/PART/5/mark meet/meet/VERB/3/xcomp Ukraine/Ukraine/PROPN/5/obj"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUS UKR 036"}));
}

TEST(CodeCoder, WeInAQuoteIsTheSpeakersSide) {
  // "\"We attacked Kyiv,\" Russia said": RUS; "our troops": RUSMIL.
  EXPECT_EQ(Triples(Code(Doc({"\"/\"/PUNCT/3/punct We/we/PRON/3/nsubj attacked/attack/VERB/0/root "
                              "Kyiv/Kyiv/PROPN/3/obj ,/,/PUNCT/8/punct \"/\"/PUNCT/3/punct "
                              "Russia/Russia/PROPN/8/nsubj said/say/VERB/3/parataxis"}))),
            V({"RUS UKR 190"}));
  EXPECT_EQ(Triples(Code(Doc({"\"/\"/PUNCT/4/punct Our/our/PRON/3/nmod:poss "
                              "troops/troop/NOUN/4/nsubj/Number=Plur attacked/attack/VERB/0/root "
                              "Kyiv/Kyiv/PROPN/4/obj ,/,/PUNCT/9/punct \"/\"/PUNCT/4/punct "
                              "Russia/Russia/PROPN/9/nsubj said/say/VERB/4/parataxis"}))),
            V({"RUSMIL UKR 190"}));
}

TEST(CodeCoder, ADeniedActIsNegated) {
  // "Russia denied that it attacked Ukraine": no attack (negated with
  // --keep-negated).
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/5/mark "
           "it/it/PRON/5/nsubj attacked/attack/VERB/2/ccomp Ukraine/Ukraine/PROPN/5/obj"});
  EXPECT_EQ(Triples(Code(doc)), V({}));
  CoderOptions keep;
  keep.keep_negated = true;
  std::vector<Event> ev = Code(doc, keep);
  ASSERT_EQ(Triples(ev), V({"RUS UKR 190"}));
  EXPECT_TRUE(ev[0].negated);
}

TEST(CodeCoder, DefiniteDescriptionTakesTheRecentCountry) {
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj condemned/condemn/VERB/0/root "
           "Ukraine/Ukraine/PROPN/2/obj",
           "The/the/DET/2/det ministry/ministry/NOUN/3/nsubj "
           "criticized/criticize/VERB/0/root Brazil/Brazil/PROPN/3/obj"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUS UKR 111", "UKRGOV BRA 111"}));
}

TEST(CodeCoder, DiscardedSentencesAreNotCoded) {
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj attacked/attack/VERB/0/root "
           "Ukraine/Ukraine/PROPN/2/obj in/in/ADP/7/case the/the/DET/7/det "
           "World/world/PROPN/7/compound Cup/cup/PROPN/2/obl"});
  EXPECT_TRUE(Code(doc).empty());
}

TEST(CodeCoder, UnparsedSentencesAreSkipped) {
  Document doc;
  doc.text = "Russia attacked Ukraine.";
  Sentence s;
  s.end = static_cast<uint32_t>(doc.text.size());
  Word w;
  w.form = "Russia";
  s.words.push_back(w);
  doc.sentences.push_back(s);
  EXPECT_TRUE(Code(doc).empty());
}

TEST(CodeCoder, UnknownActorsAreCollected) {
  Document doc =
      Doc({"Zorblax/Zorblax/PROPN/2/nsubj attacked/attack/VERB/0/root "
           "Ukraine/Ukraine/PROPN/2/obj"});
  Coder coder(Dicts(), {});
  UnknownActors unknown;
  std::vector<Event> events;
  coder.CodeDocument(doc, &events, &unknown);
  EXPECT_TRUE(events.empty());
  std::string report = unknown.Report();
  EXPECT_NE(report.find("1\tproper\tZorblax\t"), std::string::npos) << report;
  // A day the parser made the object is no unknown actor.
  Document day =
      Doc({"Russia/Russia/PROPN/2/nsubj attacked/attack/VERB/0/root "
           "Tuesday/Tuesday/PROPN/2/obj"});
  UnknownActors none;
  coder.CodeDocument(day, &events, &none);
  EXPECT_EQ(none.size(), 0u) << none.Report();
}

TEST(CodeCoder, WithoutRequireDyadAnUnresolvedObjectIsTheNullTarget) {
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj attacked/attack/VERB/0/root a/a/DET/4/det "
           "village/village/NOUN/2/obj"});
  EXPECT_TRUE(Code(doc).empty());
  CoderOptions no_dyad;
  no_dyad.require_dyad = false;
  EXPECT_EQ(Triples(Code(doc, no_dyad)), V({"RUS --- 190"}));
  // No object or prepositional phrase at all: nothing to code.
  Document bare =
      Doc({"Russia/Russia/PROPN/2/nsubj said/say/VERB/0/root today/today/NOUN/2/obl:tmod"});
  EXPECT_TRUE(Code(bare, no_dyad).empty());
}

// PETRARCH-format verbs with a synset, for the pattern-matching rules.
std::vector<Event> CodePetrarch(const Document& doc, const char* verbs) {
  dict::DictionaryBuilder b;
  b.AddPetrarchActors("ARNOR [ARN]\nGONDOR [GON]\n", "actors.txt");
  b.AddPetrarchVerbs(verbs, "verbs.txt");
  Coder coder(b.Build(), {});
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  return events;
}

const char* kTieVerbs =
    "&TIETYPES\n+ECONOMIC\n+CULTURAL\n\n####### VERB PATTERNS #######\n"
    "--- ABANDON [345] ---\nABANDON\n- * {NEW &TIETYPES RELATIONS} [903]\n\n"
    "--- WELCOME [050] ---\nWELCOME\n- * MEMOS (ON &TIETYPES) (FROM) [911]\n";

TEST(CodeCoder, BracedModifiersAreTheHeadsOwnDependentsWithOneGapAtMost) {
  auto abandon = [](const std::string& modifiers) {
    std::string spec = "Arnor/Arnor/PROPN/2/nsubj abandon/abandon/VERB/0/root";
    std::istringstream in(modifiers);
    std::string m;
    std::vector<std::string> words;
    while (in >> m) words.push_back(m);
    int head = 3 + static_cast<int>(words.size());
    for (const std::string& w : words)
      spec += " " + w + "/" + w + "/ADJ/" + std::to_string(head) + "/amod";
    spec += " relations/relation/NOUN/2/obj with/with/ADP/" + std::to_string(head + 2) +
            "/case Gondor/Gondor/PROPN/2/obl";
    return Triples(CodePetrarch(Doc({spec}), kTieVerbs));
  };
  EXPECT_EQ(abandon("new economic"), V({"ARN GON 903"}));
  EXPECT_EQ(abandon("new global economic"), V({"ARN GON 903"}));
  EXPECT_EQ(abandon("new global economic trade"), V({"ARN GON 345"}));
  EXPECT_EQ(abandon("economic new"), V({"ARN GON 345"}));
}

TEST(CodeCoder, PatternWordsBeforeTheVerbBelongToTheSubjectPhrase) {
  const char* verbs =
      "####### VERB PATTERNS #######\n--- ALLOW [080] ---\nALLOW\n- RECENTLY * [025]\n"
      "- ENVOYS * [036]\n";
  Document adverb =
      Doc({"Arnor/Arnor/PROPN/3/nsubj recently/recently/ADV/3/advmod allowed/allow/VERB/0/root "
           "Gondor/Gondor/PROPN/3/obj"});
  EXPECT_EQ(Triples(CodePetrarch(adverb, verbs)), V({"ARN GON 080"}));
  Document subject =
      Doc({"Arnor/Arnor/PROPN/2/compound envoys/envoy/NOUN/3/nsubj allowed/allow/VERB/0/root "
           "Gondor/Gondor/PROPN/3/obj"});
  EXPECT_EQ(Triples(CodePetrarch(subject, verbs)), V({"ARN GON 036"}));
}

TEST(CodeCoder, ThePatternCoveringMostWordsWins) {
  const char* verbs =
      "&CURRENCY\n+FLORIN\n+AUSTRIAN FLORIN\n\n&HYPERCURR\n+AUSTRIAN GOLD FLORIN\n\n"
      "####### VERB PATTERNS #######\n--- CONTRIBUTE [070] ---\nCONTRIBUTE\n"
      "- * &CURRENCY [071]\n- * &HYPERCURR [904]\n";
  auto contribute = [&](const std::string& money) {
    std::string spec = "Arnor/Arnor/PROPN/2/nsubj contributed/contribute/VERB/0/root";
    std::istringstream in(money);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    int head = 2 + static_cast<int>(words.size());
    for (size_t i = 0; i + 1 < words.size(); ++i)
      spec += " " + words[i] + "/" + words[i] + "/NOUN/" + std::to_string(head) + "/compound";
    spec += " " + words.back() + "/" + words.back() + "/NOUN/2/obj to/to/ADP/" +
            std::to_string(head + 2) + "/case Gondor/Gondor/PROPN/2/obl";
    return Triples(CodePetrarch(Doc({spec}), verbs));
  };
  EXPECT_EQ(contribute("florin"), V({"ARN GON 071"}));
  EXPECT_EQ(contribute("austrian florin"), V({"ARN GON 071"}));
  EXPECT_EQ(contribute("austrian gold florin"), V({"ARN GON 904"}));
}

TEST(CodeCoder, PassiveVerbWithAPatternXcompRaisesItsSubjectAsSource) {
  // "Arnor was believed linked to Gondor": Arnor is linked, so it is the source.
  const char* verbs =
      "####### VERB PATTERNS #######\n--- BELIEVE [012] ---\nBELIEVE\n- * LINKED [111]\n";
  Document doc =
      Doc({"Arnor/Arnor/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass believed/believe/VERB/0/root "
           "linked/link/VERB/3/xcomp to/to/ADP/6/case Gondor/Gondor/PROPN/4/obl"});
  EXPECT_EQ(Triples(CodePetrarch(doc, verbs)), V({"ARN GON 111"}));
}

TEST(CodeCoder, APassiveVerbsAdjectiveXcompRaisesNothing) {
  // "Arnor soldiers were shot dead (by Gondor)": "dead" is no clause with
  // a subject of its own, so the soldiers stay the target of "shoot dead".
  const char* verbs =
      "####### VERB PATTERNS #######\n--- SHOOT [190] ---\nSHOOT\n- * DEAD [1823]\n";
  const std::string shot =
      "Arnor/Arnor/PROPN/2/compound soldiers/soldier/NOUN/4/nsubj:pass were/be/AUX/4/aux:pass "
      "shot/shoot/VERB/0/root dead/dead/ADJ/4/xcomp ";
  EXPECT_EQ(Triples(CodePetrarch(Doc({shot + "by/by/ADP/7/case Gondor/Gondor/PROPN/4/obl:agent"}),
                                 verbs)),
            V({"GON ARN 1823"}));
  EXPECT_EQ(
      Triples(CodePetrarch(Doc({shot + "in/in/ADP/7/case Gondor/Gondor/PROPN/4/obl"}), verbs)),
      V({}));
}

TEST(CodeCoder, AModifierOfTheInfinitivesObjectIsNoTarget) {
  // "proposed to take up the issue with Gondor": PETRARCH finds no target in
  // a modifier of the infinitive's object; the infinitive's own PP still is one.
  const char* verbs = "####### VERB PATTERNS #######\n--- PROPOSE [100] ---\nPROPOSE\n";
  Document nested =
      Doc({"Arnor/Arnor/PROPN/2/nsubj proposed/propose/VERB/0/root to/to/PART/4/mark "
           "take/take/VERB/2/xcomp up/up/ADP/4/compound:prt the/the/DET/7/det "
           "issue/issue/NOUN/4/obj with/with/ADP/9/case Gondor/Gondor/PROPN/7/nmod"});
  EXPECT_EQ(Triples(CodePetrarch(nested, verbs)), V({}));
  Document own =
      Doc({"Arnor/Arnor/PROPN/2/nsubj proposed/propose/VERB/0/root to/to/PART/4/mark "
           "talk/talk/VERB/2/xcomp with/with/ADP/6/case Gondor/Gondor/PROPN/4/obl"});
  EXPECT_EQ(Triples(CodePetrarch(own, verbs)), V({"ARN GON 100"}));
}

TEST(CodeCoder, AParticleIntroducesTheObjectLikeAPreposition) {
  // "Arnor broke in a Gondor parade" with "in" parsed as a particle: the
  // pattern's "(IN)" phrase is the object, and its actor fills "$".
  const char* verbs =
      "####### VERB PATTERNS #######\n--- BREAK [120] ---\nBREAK\n- + * (IN) $ [075]\n";
  Document doc =
      Doc({"Arnor/Arnor/PROPN/2/nsubj broke/break/VERB/0/root in/in/ADP/2/compound:prt "
           "a/a/DET/6/det Gondor/Gondor/PROPN/6/compound parade/parade/NOUN/2/obj"});
  EXPECT_EQ(Triples(CodePetrarch(doc, verbs)), V({"GON ARN 075"}));
}

TEST(CodeCoder, PrepositionalPatternWordMayModifyThePhraseHead) {
  // "welcomed memos on economic issues from Gondor": (ON &TIETYPES) matches
  // "economic", which modifies the noun "on" introduces.
  Document doc =
      Doc({"Arnor/Arnor/PROPN/2/nsubj welcomed/welcome/VERB/0/root memos/memo/NOUN/2/obj "
           "on/on/ADP/6/case economic/economic/ADJ/6/amod issues/issue/NOUN/3/nmod "
           "from/from/ADP/8/case Gondor/Gondor/PROPN/3/nmod"});
  EXPECT_EQ(Triples(CodePetrarch(doc, kTieVerbs)), V({"ARN GON 911"}));
}

TEST(CodeCoder, TargetInsideAnInfinitivalPurposeClause) {
  // "Russia signed an accord on Monday to supply Ukraine" (the parser made
  // "to supply" an advcl): the purpose clause continues the verb's phrase.
  Document doc =
      Doc({"Russia/Russia/PROPN/2/nsubj signed/sign/VERB/0/root an/a/DET/4/det "
           "accord/accord/NOUN/2/obj on/on/ADP/6/case Monday/Monday/PROPN/2/obl "
           "to/to/PART/8/mark supply/supply/VERB/2/advcl Ukraine/Ukraine/PROPN/8/obj"});
  EXPECT_EQ(Triples(Code(doc)), V({"RUS UKR 057"}));
}

TEST(CodeNegation, OntologyLinesWithCrlfParse) {
  NegationTable t = ParseNegationTable(
      "# comment\r\n050:0x0080#DipCoop\r\n057:0x0087\r\n110:0xFFFF+0x0080\r\n"
      "170:0x10086#0x0087+0xFFFF#0x9000#Coerce\r\n");
  EXPECT_EQ(t["110"], "050");
  EXPECT_EQ(t["170"], "057");
}

TEST(CodeCoder, PetrarchNegationStaysOnTheNegatedVerb) {
  // "Russia will not try to attack Ukraine": by default the negation on "try"
  // covers the attack; PETRARCH's negation table negates only the verb's own phrase.
  Document doc =
      Doc({"Russia/Russia/PROPN/4/nsubj will/will/AUX/4/aux not/not/PART/4/advmod "
           "try/try/VERB/0/root to/to/PART/6/mark attack/attack/VERB/4/xcomp "
           "Ukraine/Ukraine/PROPN/6/obj"});
  EXPECT_TRUE(Code(doc).empty());
  CoderOptions petrarch;
  petrarch.negation = std::make_shared<NegationTable>(NegationTable{{"190", "057"}});
  EXPECT_EQ(Triples(Code(doc, petrarch)), V({"RUS UKR 190"}));
}

TEST(CodeEvent, JsonHasExactlyTheContractFields) {
  Event e;
  e.doc_id = "d";
  e.source = "RUS";
  e.target = "UKR";
  e.code = "190";
  std::string j = EventToJson(e);
  for (const char* key :
       {"doc_id", "sentence_index", "date", "source", "target", "code", "root_code", "quad_class",
        "goldstein", "plover", "source_text", "target_text", "verb_text", "sentence", "source_span",
        "target_span", "verb_span"})
    EXPECT_NE(j.find(std::string("\"") + key + "\":"), std::string::npos) << key;
  EXPECT_EQ(j.find("reported_by"), std::string::npos);
  EXPECT_EQ(j.find("negated"), std::string::npos);
  EXPECT_EQ(j.find("location"), std::string::npos);
  e.location = "UKR";
  e.location_text = "Kharkiv";
  e.location_span = {30, 37};
  j = EventToJson(e);
  EXPECT_NE(j.find("\"location\":\"UKR\""), std::string::npos) << j;
  EXPECT_NE(j.find("\"location_span\":[30,37]"), std::string::npos) << j;
  EXPECT_NE(EventToTsv(e).find("\tKharkiv"), std::string::npos);
  EXPECT_NE(j.find("\"source_span\":[0,0]"), std::string::npos) << j;
  std::string header = TsvHeader(), row = EventToTsv(e);
  EXPECT_EQ(std::count(header.begin(), header.end(), '\t'),
            std::count(row.begin(), row.end(), '\t'));
}

// Nominal events (sentence_coder_nominal.cc): an "n:" noun whose phrase
// names both sides is an event of its own, unless it is feared, planned or
// denied, and never in PETRARCH mode.
TEST(CodeCoder, NominalEventNamesBothSidesInItsPhrase) {
  dict::DictionaryBuilder b;
  b.AddParleyActors(kActors, "actors.txt", false);
  b.AddParleyAgents(kAgents, "agents.txt");
  b.AddParleyVerbs("190 n:attack\n", "verbs.txt");
  std::shared_ptr<const dict::Dictionaries> dicts = b.Build();
  auto code = [&](const Document& doc, CoderOptions opt) {
    Coder coder(dicts, opt);
    std::vector<Event> events;
    coder.CodeDocument(doc, &events);
    return Triples(events);
  };
  Document attack =
      Doc({"The/the/DET/3/det Russian/Russian/ADJ/3/amod attack/attack/NOUN/0/root "
           "on/on/ADP/5/case Kyiv/Kyiv/PROPN/3/nmod"});
  EXPECT_EQ(code(attack, {}), V({"RUS UKR 190"}));
  CoderOptions petrarch;
  petrarch.petrarch_null_codes = true;
  EXPECT_EQ(code(attack, petrarch), V{});
  Document feared =
      Doc({"Fears/fear/NOUN/0/root of/of/ADP/5/case a/a/DET/5/det Russian/Russian/ADJ/5/amod "
           "attack/attack/NOUN/1/nmod on/on/ADP/7/case Kyiv/Kyiv/PROPN/5/nmod"});
  EXPECT_EQ(code(feared, {}), V{});
  Document by_agent =
      Doc({"An/a/DET/2/det attack/attack/NOUN/0/root on/on/ADP/4/case Kyiv/Kyiv/PROPN/2/nmod "
           "by/by/ADP/7/case Russian/Russian/ADJ/7/amod troops/troop/NOUN/2/nmod"});
  EXPECT_EQ(code(by_agent, {}), V({"RUSMIL UKR 190"}));
}

// "Lula met Zelensky. The two leaders discussed Russia.": "the two" of a
// role are the two latest actors holding it, and the object of "discuss" is
// its topic, so the two act towards each other.
TEST(CodeCoder, TheTwoLeadersAreTheLatestTwoAndDiscussTakesATopic) {
  dict::DictionaryBuilder b;
  b.AddParleyActors(std::string(kActors) + "Zelensky => UKRGOV\n", "actors.txt", false);
  b.AddParleyAgents("leader | leaders => GOV\n", "agents.txt");
  b.AddParleyVerbs("040 meet | discuss\n", "verbs.txt");
  Coder coder(b.Build(), CoderOptions{});
  Document doc = Doc({"Lula/Lula/PROPN/2/nsubj met/meet/VERB/0/root Zelensky/Zelensky/PROPN/2/obj",
                      "The/the/DET/3/det two/two/NUM/3/nummod leaders/leader/NOUN/4/nsubj "
                      "discussed/discuss/VERB/0/root Russia/Russia/PROPN/4/obj"});
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  EXPECT_EQ(Triples(events), V({"BRAGOV UKRGOV 040", "BRAGOV UKRGOV 040", "UKRGOV BRAGOV 040"}));
  // "the two countries": the two latest countries named.
  Document countries =
      Doc({"Russian/Russian/ADJ/2/amod troops/troop/NOUN/3/nsubj met/meet/VERB/0/root "
           "Ukraine/Ukraine/PROPN/3/obj",
           "The/the/DET/3/det two/two/NUM/3/nummod countries/country/NOUN/4/nsubj "
           "met/meet/VERB/0/root"});
  events.clear();
  coder.CodeDocument(countries, &events);
  EXPECT_EQ(Triples(events), V({"RUS UKR 040", "RUS UKR 040", "UKR RUS 040"}));
}

// "X and Y accused each other": each is the other's target, whatever the
// verb; "Gondorian forces opened fire on protesters": an army's repression
// targets its own country's protesters, a pattern noun of the crowd.
TEST(CodeCoder, EachOtherIsMutualAndRepressionIsAtHome) {
  dict::DictionaryBuilder b;
  b.AddParleyActors(kActors, "actors.txt", false);
  b.AddParleyAgents(std::string(kAgents) + "protester | protesters => OPP\n", "agents.txt");
  b.AddParleyVerbs("112 accuse\n175 open fire on protesters\n", "verbs.txt");
  Coder coder(b.Build(), CoderOptions{});
  auto code = [&](const Document& doc) {
    std::vector<Event> events;
    coder.CodeDocument(doc, &events);
    return Triples(events);
  };
  EXPECT_EQ(code(Doc({"Russia/Russia/PROPN/4/nsubj and/and/CCONJ/3/cc Ukraine/Ukraine/PROPN/1/conj "
                      "accused/accuse/VERB/0/root each/each/DET/4/obj other/other/ADJ/5/fixed"})),
            V({"RUS UKR 112", "UKR RUS 112"}));
  EXPECT_EQ(code(Doc({"Russian/Russian/ADJ/2/amod troops/troop/NOUN/3/nsubj "
                      "opened/open/VERB/0/root fire/fire/NOUN/3/obj on/on/ADP/6/case "
                      "protesters/protester/NOUN/4/nmod"})),
            V({"RUSMIL RUSOPP 175"}));
  // (in another country's place, that country's: "... on protesters in Kyiv")
  EXPECT_EQ(code(Doc({"Russian/Russian/ADJ/2/amod troops/troop/NOUN/3/nsubj "
                      "opened/open/VERB/0/root fire/fire/NOUN/3/obj on/on/ADP/6/case "
                      "protesters/protester/NOUN/4/nmod in/in/ADP/8/case Kyiv/Kyiv/PROPN/3/obl"})),
            V({"RUSMIL UKROPP 175"}));
}

// Session 16's rules of whom: a phrase within a topic ("over access to
// Kyiv") is no party; the parties of a planned act ("a plan to attack
// Kyiv") are not the approval's; whoever struck in a "when" clause killed;
// a role-only target stands for the latest earlier target with that role;
// a state frees its own dissidents.
TEST(CodeCoder, TopicsPlansWhenClausesEarlierRolesAndDissidents) {
  dict::DictionaryBuilder b;
  b.AddParleyActors(kActors, "actors.txt", false);
  b.AddParleyAgents(std::string(kAgents) +
                        "civilian | civilians => CVL\npolitical prisoners => OPP\n"
                        "rebel | rebels => REB\n",
                    "agents.txt");
  b.AddParleyVerbs(
      "112 trade accusations\n051 approve plan\n190 attack | ambush\n1823 kill\n"
      "0841 release\n",
      "verbs.txt");
  Coder coder(b.Build(), CoderOptions{});
  auto code = [&](const std::string& spec) {
    std::vector<Event> events;
    coder.CodeDocument(Doc({spec}), &events);
    return Triples(events);
  };
  EXPECT_EQ(code("Russia/Russia/PROPN/4/nsubj and/and/CCONJ/3/cc Brazil/Brazil/PROPN/1/conj "
                 "traded/trade/VERB/0/root accusations/accusation/NOUN/4/obj over/over/ADP/7/case "
                 "access/access/NOUN/4/obl to/to/ADP/9/case Kyiv/Kyiv/PROPN/7/nmod"),
            V({"BRA RUS 112", "RUS BRA 112"}));
  EXPECT_EQ(code("Russia/Russia/PROPN/2/nsubj approved/approve/VERB/0/root a/a/DET/4/det "
                 "plan/plan/NOUN/2/obj to/to/PART/6/mark attack/attack/VERB/4/acl "
                 "Kyiv/Kyiv/PROPN/6/obj"),
            V{});
  EXPECT_EQ(code("Civilians/civilian/NOUN/3/nsubj:pass were/be/AUX/3/aux:pass "
                 "killed/kill/VERB/0/root when/when/ADV/7/advmod Russian/Russian/ADJ/6/amod "
                 "troops/troop/NOUN/7/nsubj attacked/attack/VERB/3/advcl Kyiv/Kyiv/PROPN/7/obj"),
            V({"RUSMIL CVL 1823", "RUSMIL UKR 190"}));
  EXPECT_EQ(code("Rebels/rebel/NOUN/2/nsubj ambushed/ambush/VERB/0/root Russian/Russian/ADJ/4/amod "
                 "troops/troop/NOUN/2/obj ,/,/PUNCT/6/punct killing/kill/VERB/2/advcl/VerbForm=Ger "
                 "two/two/NUM/8/nummod soldiers/soldier/NOUN/6/obj"),
            V({"REB RUSMIL 1823", "REB RUSMIL 190"}));
  EXPECT_EQ(code("Russia/Russia/PROPN/2/nsubj released/release/VERB/0/root "
                 "political/political/ADJ/4/amod prisoners/prisoner/NOUN/2/obj"),
            V({"RUS RUSOPP 0841"}));
}

// More of session 16's rules: "the strikes" condemned right after an attack
// are its attacker's; a wish to attack is a threat (138) and a wish for
// another's attack is not coded; "struck what it said were X" targets X; a
// state withdrawing from an organisation leaves it (160).
TEST(CodeCoder, CondemnedStrikesWishesFreeRelativesAndLeavingOrganisations) {
  dict::DictionaryBuilder b;
  b.AddParleyActors(std::string(kActors) + "NATO => IGOWSTNAT\n", "actors.txt", false);
  b.AddParleyAgents(kAgents, "agents.txt");
  b.AddParleyVerbs("190 attack | strike\n111 condemn\n0874 withdraw from +\n", "verbs.txt");
  Coder coder(b.Build(), CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj attacked/attack/VERB/0/root Kyiv/Kyiv/PROPN/2/obj",
                  "Brazil/Brazil/PROPN/2/nsubj condemned/condemn/VERB/0/root the/the/DET/4/det "
                  "strikes/strike/NOUN/2/obj"}),
            V({"BRA RUS 111", "RUS UKR 190"}));
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj wants/want/VERB/0/root to/to/PART/4/mark "
                  "attack/attack/VERB/2/xcomp Kyiv/Kyiv/PROPN/4/obj"}),
            V({"RUS UKR 138"}));
  EXPECT_EQ(code({"Brazil/Brazil/PROPN/2/nsubj wants/want/VERB/0/root Russia/Russia/PROPN/2/obj "
                  "to/to/PART/5/mark attack/attack/VERB/2/xcomp Kyiv/Kyiv/PROPN/5/obj"}),
            V{});
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj struck/strike/VERB/0/root what/what/PRON/2/obj "
                  "it/it/PRON/5/nsubj said/say/VERB/3/acl:relcl were/be/AUX/8/cop "
                  "Ukrainian/Ukrainian/ADJ/8/amod depots/depot/NOUN/5/ccomp"}),
            V({"RUS UKR 190"}));
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj withdrew/withdraw/VERB/0/root from/from/ADP/4/case "
                  "NATO/NATO/PROPN/2/obl"}),
            V({"RUS IGOWSTNAT 160"}));
}

// Session 30's rules: "it" said by a role is that role, which, striking the
// attacker of the latest attack, is the attacked side's; a statement to a
// news outlet is no event; troops the source sends are its own; "the
// warring parties" after a rebel group's attack are the group and its state;
// a named rebel group's role-only targets are of its country.
TEST(CodeCoder, SpeakerRolesOutletsSentTroopsAndWarringParties) {
  dict::DictionaryBuilder b;
  b.AddParleyActors("Russia | Russian => RUS\nUkraine => UKR\nSudan => SDN\nEgypt => EGY\n",
                    "countries.txt", true);
  b.AddParleyActors("Reuters => GBRMED\nRSF => SDNREBRSF\n", "actors.txt", false);
  b.AddParleyAgents(std::string(kAgents) + "civilian | civilians => CVL\nparty | parties => PTY\n",
                    "agents.txt");
  b.AddParleyVerbs(
      "190 attack\n195 shoot down\n010 tell\n016 deny\n039 offer\n1823 kill\n112 accuse\n"
      "020 urge\n",
      "verbs.txt");
  Coder coder(b.Build(), CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  const std::string attack =
      "Russia/Russia/PROPN/2/nsubj attacked/attack/VERB/0/root Ukraine/Ukraine/PROPN/2/obj";
  EXPECT_EQ(code({attack,
                  "The/the/DET/3/det air/air/NOUN/3/compound force/force/NOUN/4/nsubj "
                  "said/say/VERB/0/root it/it/PRON/6/nsubj shot/shoot/VERB/4/ccomp "
                  "down/down/ADP/6/compound:prt Russian/Russian/ADJ/9/amod "
                  "troops/troop/NOUN/6/obj"}),
            V({"RUS UKR 190", "UKRMIL RUSMIL 195"}));
  EXPECT_EQ(
      code({"Ukraine/Ukraine/PROPN/2/nsubj told/tell/VERB/0/root Reuters/Reuters/PROPN/2/obj"}),
      V{});
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj denied/deny/VERB/0/root sending/send/VERB/2/xcomp "
                  "troops/troop/NOUN/3/obj"}),
            V{});
  EXPECT_EQ(code({"RSF/RSF/PROPN/2/nsubj killed/kill/VERB/0/root civilians/civilian/NOUN/2/obj",
                  "Egypt/Egypt/PROPN/2/nsubj offered/offer/VERB/0/root talks/talk/NOUN/2/obj "
                  "between/between/ADP/7/case the/the/DET/7/det warring/warring/ADJ/7/amod "
                  "parties/party/NOUN/3/nmod"}),
            V({"EGY SDN 039", "EGY SDNREBRSF 039", "SDNREBRSF SDNCVL 1823"}));
  // "both sides" with no attack coded: the two of the latest conflict.
  EXPECT_EQ(
      code({"Russia/Russia/PROPN/2/nsubj accused/accuse/VERB/0/root Ukraine/Ukraine/PROPN/2/obj",
            "Egypt/Egypt/PROPN/2/nsubj urged/urge/VERB/0/root both/both/DET/4/det "
            "sides/side/NOUN/2/obj"}),
      V({"EGY RUS 020", "EGY UKR 020", "RUS UKR 112"}));
}

TEST(CodeCoder, KoreasLaunchesRulingsAndThanks) {
  dict::DictionaryBuilder b;
  b.AddParleyActors(
      "South Korea => KOR\nNorth Korea => PRK\nJapan => JPN\nRussia => RUS\nIran => IRN\n"
      "Israel => ISR\n",
      "countries.txt", true);
  b.AddParleyActors("ICJ => IGOUNOJUDICJ\n", "actors.txt", false);
  b.AddParleyAgents(std::string(kAgents) + "man | men => CVL\n", "agents.txt");
  b.AddParleyVerbs(
      "026 urge\n040 hold talks\n111 condemn\n128 violate treaty\n051 thank\n116 convict\n",
      "verbs.txt");
  Coder coder(b.Build(), CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  // "the North" after a Korea is named is North Korea; "the two Koreas" both.
  EXPECT_EQ(code({"South/South/PROPN/2/compound Korea/Korea/PROPN/3/nsubj urged/urge/VERB/0/root "
                  "the/the/DET/5/det North/North/PROPN/3/obj"}),
            V({"KOR PRK 026"}));
  EXPECT_EQ(code({"Japan/Japan/PROPN/2/nsubj urged/urge/VERB/0/root the/the/DET/4/det "
                  "North/North/PROPN/2/obj"}),
            V{});
  EXPECT_EQ(code({"The/the/DET/3/det two/two/NUM/3/nummod Koreas/Korea/PROPN/4/nsubj "
                  "held/hold/VERB/0/root talks/talk/NOUN/4/obj"}),
            V({"KOR PRK 040", "PRK KOR 040"}));
  // A launch coded without a target is its launcher's when condemned soon
  // after; not one that did not happen.
  const std::string condemned =
      "Japan/Japan/PROPN/2/nsubj condemned/condemn/VERB/0/root the/the/DET/4/det "
      "launch/launch/NOUN/2/obj";
  EXPECT_EQ(code({"North/North/PROPN/2/compound Korea/Korea/PROPN/3/nsubj fired/fire/VERB/0/root "
                  "a/a/DET/5/det missile/missile/NOUN/3/obj",
                  condemned}),
            V({"JPN PRK 111"}));
  EXPECT_EQ(code({"North/North/PROPN/2/compound Korea/Korea/PROPN/5/nsubj did/do/AUX/5/aux "
                  "not/not/PART/5/advmod fire/fire/VERB/0/root a/a/DET/7/det "
                  "missile/missile/NOUN/5/obj",
                  condemned}),
            V{});
  // A court's finding that an actor violated a treaty: 116 against it.
  EXPECT_EQ(code({"ICJ/ICJ/PROPN/2/nsubj ruled/rule/VERB/0/root that/that/SCONJ/5/mark "
                  "Russia/Russia/PROPN/5/nsubj violated/violate/VERB/2/ccomp the/the/DET/7/det "
                  "treaty/treaty/NOUN/5/obj"}),
            V({"IGOUNOJUDICJ RUS 116"}));
  // What an unknown addressee is thanked for is no target.
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj thanked/thank/VERB/0/root Kim/Kim/PROPN/2/obj "
                  "for/for/ADP/6/case sending/send/VERB/6/amod troops/troop/NOUN/2/obl"}),
            V{});
  // A passive participle controlled by the object takes it as its target.
  EXPECT_EQ(code({"Iran/Iran/PROPN/2/nsubj hanged/hang/VERB/0/root two/two/NUM/4/nummod "
                  "men/man/NOUN/2/obj "
                  "convicted/convict/VERB/2/xcomp/Tense=Past|VerbForm=Part|Voice=Pass "
                  "of/of/ADP/7/case spying/spying/NOUN/5/obl for/for/ADP/9/case "
                  "Israel/Israel/PROPN/7/nmod"}),
            V{});
}

// Session 32's rules: whoever fired the weapons an act stopped; a denial of
// ", which" answers the accusation; a threat after an attack is made to the
// attacker; a warning that a party will face consequences threatens it; a
// coup condemned is its country's military's.
TEST(CodeCoder, FirersDenialsThreatsAndCoups) {
  Coder coder(
      CountriesDicts(
          "Ukraine => UKR\nRussia => RUS\nPakistan => PAK\nAfghanistan => AFG\nKabul => AFG\n"
          "Niger => NER\nFrance => FRA\nEurope => EUR\n",
          "militant | militants => REB\n",
          "195 shoot down drone\n112 accuse\n016 deny\n190 strike\n138 vow to retaliate\n"
          "111 condemn\n012 warn\n"),
      CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  EXPECT_EQ(
      code({"Ukraine/Ukraine/PROPN/2/nsubj shot/shoot/VERB/0/root down/down/ADP/2/compound:prt "
            "drones/drone/NOUN/2/obj that/that/PRON/7/obj Russia/Russia/PROPN/7/nsubj "
            "fired/fire/VERB/4/acl:relcl"}),
      V({"UKR RUS 195"}));
  EXPECT_EQ(
      code({"Pakistan/Pakistan/PROPN/2/nsubj accused/accuse/VERB/0/root "
            "Afghanistan/Afghanistan/PROPN/2/obj of/of/SCONJ/5/mark "
            "sheltering/shelter/VERB/2/advcl militants/militant/NOUN/5/obj ,/,/PUNCT/10/punct "
            "which/which/PRON/10/obj Kabul/Kabul/PROPN/10/nsubj "
            "denies/deny/VERB/6/acl:relcl"}),
      V({"AFG PAK 016", "PAK AFG 112"}));
  EXPECT_EQ(
      code({"Russia/Russia/PROPN/2/nsubj struck/strike/VERB/0/root Ukraine/Ukraine/PROPN/2/obj",
            "Ukraine/Ukraine/PROPN/2/nsubj vowed/vow/VERB/0/root to/to/PART/4/mark "
            "retaliate/retaliate/VERB/2/xcomp"}),
      V({"RUS UKR 190", "UKR RUS 138"}));
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj warned/warn/VERB/0/root that/that/SCONJ/6/mark "
                  "Europe/Europe/PROPN/6/nsubj would/would/AUX/6/aux face/face/VERB/2/ccomp "
                  "consequences/consequence/NOUN/6/obj"}),
            V({"RUS EUR 130"}));
  EXPECT_EQ(code({"France/France/PROPN/2/nsubj condemned/condemn/VERB/0/root the/the/DET/4/det "
                  "coup/coup/NOUN/2/obj in/in/ADP/6/case Niger/Niger/PROPN/4/nmod"}),
            V({"FRA NERMIL 111"}));
}

TEST(CodeCoder, CaptorsDemandedActsTargetsAndAnsweredOffers) {
  Coder coder(
      CountriesDicts(
          "Japan => JPN\nChina => CHN\nBritain => GBR\nIran => IRN\nRussia => RUS\n"
          "Ukraine => UKR\nKyiv => UKR\nEurope | European => EUR\n",
          "journalist | journalists => MED\ncitizen | citizens => CVL\n",
          "1053 demand release of +\n1053 demand\n0841 free\n012 warn\n0356 offer\n120 reject\n"),
      CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  // The release is asked of the country the persons are held in, or of the
  // participle's agent.
  EXPECT_EQ(code({"Japan/Japan/PROPN/2/nsubj demanded/demand/VERB/0/root the/the/DET/4/det "
                  "release/release/NOUN/2/obj of/of/ADP/7/case its/its/PRON/7/nmod:poss "
                  "citizen/citizen/NOUN/4/nmod detained/detain/VERB/4/acl in/in/ADP/10/case "
                  "China/China/PROPN/8/obl"}),
            V({"JPN CHN 1053"}));
  EXPECT_EQ(code({"Japan/Japan/PROPN/2/nsubj demanded/demand/VERB/0/root the/the/DET/4/det "
                  "release/release/NOUN/2/obj of/of/ADP/6/case citizens/citizen/NOUN/4/nmod "
                  "held/hold/VERB/6/acl by/by/ADP/9/case China/China/PROPN/7/obl:agent"}),
            V({"JPN CHN 1053"}));
  // What is demanded be done is not done.
  EXPECT_EQ(code({"Britain/Britain/PROPN/2/nsubj demanded/demand/VERB/0/root "
                  "that/that/SCONJ/5/mark Iran/Iran/PROPN/5/nsubj free/free/VERB/2/ccomp "
                  "the/the/DET/7/det journalist/journalist/NOUN/5/obj"}),
            V({"GBR IRN 1053"}));
  // "would be legitimate targets" threatens force.
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj warned/warn/VERB/0/root that/that/SCONJ/8/mark "
                  "European/European/ADJ/5/amod troops/troop/NOUN/8/nsubj would/would/AUX/8/aux "
                  "be/be/AUX/8/cop targets/target/NOUN/2/ccomp"}),
            V({"RUS EURMIL 138"}));
  // "the offer" rejected is the latest offer's.
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj offered/offer/VERB/0/root "
                  "Ukraine/Ukraine/PROPN/2/iobj a/a/DET/5/det ceasefire/ceasefire/NOUN/2/obj",
                  "Kyiv/Kyiv/PROPN/2/nsubj rejected/reject/VERB/0/root the/the/DET/4/det "
                  "offer/offer/NOUN/2/obj"}),
            V({"RUS UKR 0356", "UKR RUS 120"}));
}

TEST(CodeCoder, WarningsCurfewsAtHomeDenialsAndDaysThatAreNoParty) {
  Coder coder(
      CountriesDicts("Iran => IRN\nIsrael | Israeli => ISR\nNepal => NPL\n"
                     "Kathmandu => NPL\nSerbia => SRB\n",
                     "",
                     "012 warn\n010 respond\n190 retaliate | retaliate against + | attack\n016 "
                     "deny\n1723 impose curfew in +\n"
                     "1724 declare emergency\n141 march against + | march on +\n"),
      CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  // A warning to a party that the source will strike back threatens force.
  EXPECT_EQ(code({"Iran/Iran/PROPN/2/nsubj warned/warn/VERB/0/root Israel/Israel/PROPN/2/obj "
                  "that/that/SCONJ/7/mark it/it/PRON/7/nsubj would/would/AUX/7/aux "
                  "retaliate/retaliate/VERB/2/ccomp"}),
            V({"IRN ISR 138"}));
  // An answer to come to an attack is a threat; to a proposal it is not.
  EXPECT_EQ(code({"Iran/Iran/PROPN/3/nsubj will/will/AUX/3/aux respond/respond/VERB/0/root "
                  "to/to/ADP/7/case any/any/DET/7/det Israeli/Israeli/ADJ/7/amod "
                  "strike/strike/NOUN/3/obl"}),
            V({"IRN ISR 130"}));
  EXPECT_EQ(code({"Iran/Iran/PROPN/3/nsubj will/will/AUX/3/aux respond/respond/VERB/0/root "
                  "to/to/ADP/5/case Israel/Israel/PROPN/3/obl"}),
            V({"IRN ISR 010"}));
  // A curfew in a place of the source's own country is imposed on it, and
  // an emergency naming no place on the source's country.
  EXPECT_EQ(code({"Nepal/Nepal/PROPN/3/nmod:poss 's/'s/PART/1/case "
                  "government/government/NOUN/4/nsubj imposed/impose/VERB/0/root "
                  "a/a/DET/6/det curfew/curfew/NOUN/4/obj in/in/ADP/8/case "
                  "Kathmandu/Kathmandu/PROPN/4/obl"}),
            V({"NPLGOV NPL 1723"}));
  EXPECT_EQ(code({"Nepal/Nepal/PROPN/3/nmod:poss 's/'s/PART/1/case "
                  "government/government/NOUN/4/nsubj declared/declare/VERB/0/root "
                  "an/a/DET/6/det emergency/emergency/NOUN/4/obj"}),
            V({"NPLGOV NPL 1724"}));
  // A denial naming no party is made to whom its own side's denied act was
  // done; not when another party did it.
  EXPECT_EQ(code({"Iran/Iran/PROPN/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/6/mark "
                  "it/it/PRON/6/nsubj had/have/AUX/6/aux retaliated/retaliate/VERB/2/ccomp "
                  "against/against/ADP/8/case Israel/Israel/PROPN/6/obl"}),
            V({"IRN ISR 016"}));
  EXPECT_EQ(code({"Iran/Iran/PROPN/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/6/mark "
                  "Nepal/Nepal/PROPN/6/nsubj had/have/AUX/6/aux retaliated/retaliate/VERB/2/ccomp "
                  "against/against/ADP/8/case Israel/Israel/PROPN/6/obl"}),
            V({}));
  // A passive attack on what names no actor is on the place it happened in.
  EXPECT_EQ(code({"A/a/DET/2/det village/village/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass "
                  "attacked/attack/VERB/0/root by/by/ADP/6/case Iran/Iran/PROPN/4/obl:agent "
                  "in/in/ADP/8/case Nepal/Nepal/PROPN/4/obl"}),
            V({"IRN NPL 190"}));
  // "on Saturday" is when, not whom "march on +" names.
  EXPECT_EQ(
      code({"Serbia/Serbia/PROPN/2/nsubj marched/march/VERB/0/root against/against/ADP/5/case "
            "the/the/DET/5/det government/government/NOUN/2/obl on/on/ADP/7/case "
            "Saturday/Saturday/PROPN/2/obl"}),
      V({"SRB SRBGOV 141"}));
}

TEST(CodeCoder, AnswersToSanctionsBansAndBuildups) {
  Coder coder(
      CountriesDicts(
          "China => CHN\nBeijing => CHN\nUnited States => USA\nU.S. => USA\nIran => IRN\n"
          "Tehran => IRN\nVenezuela => VEN\nICC => IGOJUDICC\nTaliban => AFGTAL\n",
          "",
          "163 impose sanctions on +\n130 vow to retaliate\n173 issue arrest warrant for +\n"
          "120 reject\n154 mobilize\n"),
      CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  // A threat naming no party, by the target of the latest sanction, is
  // made to its imposer.
  EXPECT_EQ(code({"The/the/DET/3/det United/United/PROPN/3/compound States/States/PROPN/4/nsubj "
                  "imposed/impose/VERB/0/root sanctions/sanction/NOUN/4/obj on/on/ADP/7/case "
                  "Iran/Iran/PROPN/5/nmod",
                  "Tehran/Tehran/PROPN/2/nsubj vowed/vow/VERB/0/root to/to/PART/4/mark "
                  "retaliate/retaliate/VERB/2/xcomp"}),
            V({"IRN USA 130", "USA IRN 163"}));
  // "the warrant" rejected is the latest coercion's.
  EXPECT_EQ(code({"The/the/DET/2/det ICC/ICC/PROPN/3/nsubj issued/issue/VERB/0/root "
                  "an/a/DET/6/det arrest/arrest/NOUN/6/compound warrant/warrant/NOUN/3/obj "
                  "for/for/ADP/8/case Taliban/Taliban/PROPN/6/nmod",
                  "The/the/DET/2/det Taliban/Taliban/PROPN/3/nsubj rejected/reject/VERB/0/root "
                  "the/the/DET/5/det warrant/warrant/NOUN/3/obj"}),
            V({"AFGTAL IGOJUDICC 120", "IGOJUDICC AFGTAL 173"}));
  // A show of force answers whoever it is "in response to".
  EXPECT_EQ(code({"Venezuela/Venezuela/PROPN/2/nsubj mobilized/mobilize/VERB/0/root "
                  "militias/militia/NOUN/2/obj in/in/ADP/5/case response/response/NOUN/2/obl "
                  "to/to/ADP/9/case the/the/DET/9/det U.S./U.S./PROPN/9/compound "
                  "buildup/buildup/NOUN/5/nmod"}),
            V({"VEN USA 154"}));
}

TEST(CodeCoder, DenialsAndApologiesAnsweredAcrossSentences) {
  Coder coder(
      CountriesDicts(
          "India => IND\nIndian => IND\nPakistan => PAK\nPakistani => PAK\nIslamabad => PAK\n"
          "Japan => JPN\nKorea => KOR\nSeoul => KOR\n",
          "",
          "112 accuse\n016 deny\n055 apologize to +\n120 reject\n193 exchange fire\n"
          "0871 agree to ceasefire\n"),
      CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  // A denial naming no one, by the accused, answers the latest accuser.
  EXPECT_EQ(
      code({"India/India/PROPN/2/nsubj accused/accuse/VERB/0/root Pakistan/Pakistan/PROPN/2/obj",
            "Islamabad/Islamabad/PROPN/2/nsubj denied/deny/VERB/0/root any/any/DET/4/det "
            "involvement/involvement/NOUN/2/obj"}),
      V({"IND PAK 112", "PAK IND 016"}));
  // (not by the accuser itself)
  EXPECT_EQ(
      code({"India/India/PROPN/2/nsubj accused/accuse/VERB/0/root Pakistan/Pakistan/PROPN/2/obj",
            "India/India/PROPN/2/nsubj denied/deny/VERB/0/root any/any/DET/4/det "
            "involvement/involvement/NOUN/2/obj"}),
      V({"IND PAK 112"}));
  // "the apology" is the latest apologizer's.
  EXPECT_EQ(code({"Japan/Japan/PROPN/2/nsubj apologized/apologize/VERB/0/root to/to/ADP/4/case "
                  "Korea/Korea/PROPN/2/obl",
                  "Seoul/Seoul/PROPN/2/nsubj rejected/reject/VERB/0/root the/the/DET/4/det "
                  "apology/apology/NOUN/2/obj"}),
            V({"JPN KOR 055", "KOR JPN 120"}));
  // "the two countries" after their troops are the two countries.
  EXPECT_EQ(code({"Indian/Indian/ADJ/4/amod and/and/CCONJ/3/cc Pakistani/Pakistani/ADJ/1/conj "
                  "troops/troop/NOUN/5/nsubj exchanged/exchange/VERB/0/root fire/fire/NOUN/5/obj",
                  "The/the/DET/3/det two/two/NUM/3/nummod countries/country/NOUN/4/nsubj "
                  "agreed/agree/VERB/0/root to/to/ADP/6/case ceasefire/ceasefire/NOUN/4/obl"}),
            V({"IND PAK 0871", "INDMIL PAKMIL 193", "PAK IND 0871", "PAKMIL INDMIL 193"}));
}

TEST(CodeCoder, VisitsAnsweredAndOwnThingsDoneToNoPlace) {
  Coder coder(
      CountriesDicts(
          "India => IND\nRussia => RUS\nMoscow => RUS\nUkraine => UKR\nIraq => IRQ\n"
          "PKK => TURREBPKK\n",
          "", "042 visit\n043 host\n111 criticize\n1712 burn\n173 arrest\n1053 demand release\n"),
      CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  // "the visit" criticized is the visitor's, the guest of a hosting too.
  EXPECT_EQ(code({"India/India/PROPN/2/nsubj visited/visit/VERB/0/root Moscow/Moscow/PROPN/2/obj",
                  "Ukraine/Ukraine/PROPN/2/nsubj criticized/criticize/VERB/0/root "
                  "the/the/DET/4/det visit/visit/NOUN/2/obj"}),
            V({"IND RUS 042", "UKR IND 111"}));
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj hosted/host/VERB/0/root India/India/PROPN/2/obj",
                  "Ukraine/Ukraine/PROPN/2/nsubj criticized/criticize/VERB/0/root "
                  "the/the/DET/4/det visit/visit/NOUN/2/obj"}),
            V({"RUS IND 043", "UKR IND 111"}));
  // A release asked with "their" is of the latest arrester's captives.
  EXPECT_EQ(code({"Russia/Russia/PROPN/2/nsubj arrested/arrest/VERB/0/root "
                  "protesters/protester/NOUN/2/obj",
                  "India/India/PROPN/2/nsubj demanded/demand/VERB/0/root "
                  "their/their/PRON/4/nmod:poss release/release/NOUN/2/obj"}),
            V({"IND RUS 1053", "RUS RUSOPP 173"}));
  // What the source does to its own things is done to no place.
  EXPECT_EQ(code({"PKK/PKK/PROPN/2/nsubj burned/burn/VERB/0/root their/their/PRON/4/nmod:poss "
                  "weapons/weapon/NOUN/2/obj in/in/ADP/6/case Iraq/Iraq/PROPN/2/obl"}),
            V({}));
}

TEST(CodeCoder, CiviliansAnotherCountrysAttackKilledAreTheReportersCountrys) {
  Coder coder(CountriesDicts("Afghan => AFG\nPakistani => PAK\n",
                             "official | officials => GOV\n"
                             "civilian | civilians => CVL\n"
                             "airstrike | airstrikes => MIL\n",
                             "1823 kill\n010 say\n"),
              CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  EXPECT_EQ(code({"Afghan/Afghan/ADJ/2/amod officials/official/NOUN/3/nsubj said/say/VERB/0/root "
                  "Pakistani/Pakistani/ADJ/5/amod airstrikes/airstrike/NOUN/6/nsubj "
                  "killed/kill/VERB/3/ccomp civilians/civilian/NOUN/6/obj"}),
            V({"PAKMIL AFGCVL 1823"}));
}

TEST(CodeCoder, WeaponUsersAndWhatSanctionsHit) {
  Coder coder(CountriesDicts("Hezbollah => LBNREBHZB\nIsrael => ISR\nWest => WST\nRussia => RUS\n",
                             "drone | drones => MIL\n", "190 hit\n"),
              CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  // A weapon's user is the source of what it does.
  EXPECT_EQ(code({"A/a/DET/2/det drone/drone/NOUN/6/nsubj launched/launch/VERB/2/acl "
                  "by/by/ADP/5/case Hezbollah/Hezbollah/PROPN/3/obl:agent hit/hit/VERB/0/root "
                  "Israel/Israel/PROPN/6/obj"}),
            V({"LBNREBHZB ISR 190"}));
  // What sanctions hit is sanctioned, not attacked.
  EXPECT_EQ(code({"Sanctions/sanction/NOUN/5/nsubj imposed/impose/VERB/1/acl by/by/ADP/4/case "
                  "West/West/PROPN/2/obl:agent hit/hit/VERB/0/root Russia/Russia/PROPN/5/obj"}),
            V({"WST RUS 163"}));
}

TEST(CodeCoder, PactsAndViolatedCeasefiresOfEarlierSentences) {
  Coder coder(CountriesDicts(
                  "Japan => JPN\nPhilippines => PHL\nChina => CHN\nIsrael => ISR\nGaza => PSE\n"
                  "Hamas => PSEREBHMS\n",
                  "drone | drones => MIL\n",
                  "057 sign agreement\n111 criticize\n190 strike\n196 violate ceasefire\n010 say\n"
                  "015 claim responsibility\n190 n:attack\n195 fire drone\n195 down drone\n"
                  "150 hold drills near +\n116 sentence\n"),
              CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  // "the verdict" condemned is the latest sentencing's.
  EXPECT_EQ(
      code({"China/China/PROPN/2/nsubj sentenced/sentence/VERB/0/root Japan/Japan/PROPN/2/obj",
            "Japan/Japan/PROPN/2/nsubj criticized/criticize/VERB/0/root the/the/DET/4/det "
            "verdict/verdict/NOUN/2/obj"}),
      V({"CHN JPN 116", "JPN CHN 111"}));
  // "the pact" criticized is its two parties'.
  EXPECT_EQ(
      code({"Japan/Japan/PROPN/4/nsubj and/and/CCONJ/3/cc Philippines/Philippines/PROPN/1/conj "
            "signed/sign/VERB/0/root an/a/DET/6/det agreement/agreement/NOUN/4/obj",
            "China/China/PROPN/2/nsubj criticized/criticize/VERB/0/root the/the/DET/4/det "
            "pact/pact/NOUN/2/obj"}),
      V({"CHN JPN 111", "CHN PHL 111", "JPN PHL 057", "PHL JPN 057"}));
  // The definite weapons of the latest attack are its attacker's.
  EXPECT_EQ(code({"Hamas/Hamas/PROPN/2/nsubj fired/fire/VERB/0/root drones/drone/NOUN/2/obj "
                  "at/at/ADP/5/case Israel/Israel/PROPN/2/obl",
                  "Israel/Israel/PROPN/2/nsubj downed/down/VERB/0/root the/the/DET/4/det "
                  "drones/drone/NOUN/2/obj"}),
            V({"ISR PSEREBHMS 195", "PSEREBHMS ISR 195"}));
  // "they" after conjoined subjects is both.
  EXPECT_EQ(
      code({"China/China/PROPN/4/nsubj and/and/CCONJ/3/cc Japan/Japan/PROPN/1/conj "
            "signed/sign/VERB/0/root an/a/DET/6/det agreement/agreement/NOUN/4/obj",
            "They/they/PRON/2/nsubj criticized/criticize/VERB/0/root Israel/Israel/PROPN/2/obj"}),
      V({"CHN ISR 111", "CHN JPN 057", "JPN CHN 057", "JPN ISR 111"}));
  // "the drills" condemned are the latest show of force's.
  EXPECT_EQ(code({"China/China/PROPN/2/nsubj held/hold/VERB/0/root drills/drill/NOUN/2/obj "
                  "near/near/ADP/5/case Japan/Japan/PROPN/2/obl",
                  "Japan/Japan/PROPN/2/nsubj criticized/criticize/VERB/0/root the/the/DET/4/det "
                  "drills/drill/NOUN/2/obj"}),
            V({"CHN JPN 150", "JPN CHN 111"}));
  // A claimed attack is the claimant's, and the claim is towards whom it
  // struck.
  EXPECT_EQ(code({"Hamas/Hamas/PROPN/2/nsubj claimed/claim/VERB/0/root "
                  "responsibility/responsibility/NOUN/2/obj for/for/ADP/7/case a/a/DET/7/det "
                  "drone/drone/NOUN/7/compound attack/attack/NOUN/3/nmod on/on/ADP/9/case "
                  "Israel/Israel/PROPN/7/nmod"}),
            V({"PSEREBHMS ISR 015", "PSEREBHMS ISR 190"}));
  // "the strike" is the latest attacker's, and the ceasefire it violated is
  // violated against the party attacked.
  EXPECT_EQ(code({"Israel/Israel/PROPN/2/nsubj struck/strike/VERB/0/root Gaza/Gaza/PROPN/2/obj",
                  "Hamas/Hamas/PROPN/2/nsubj said/say/VERB/0/root the/the/DET/4/det "
                  "strike/strike/NOUN/5/nsubj violated/violate/VERB/2/ccomp the/the/DET/7/det "
                  "ceasefire/ceasefire/NOUN/5/obj"}),
            V({"ISR PSE 190", "ISR PSE 196"}));
}

TEST(CodeCoder, FoesOfAClashOwnersOfWhatIsFiredAtAndExchanges) {
  Coder coder(
      CountriesDicts("Turkish => TUR\nPKK => TURREBPKK\nHezbollah => LBNREBHZB\nIsraeli => ISR\n"
                     "Russia => RUS\nUkraine => UKR\nTurkey => TUR\nGaza => PSE\n",
                     "fighter | fighters => REB\n",
                     "1823 kill\n195 fire missile at +\n0353 agree to swap prisoners\n"
                     "014 consider\n154 send troops\n"),
      CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  // The dead's foe in "killed in a clash with X".
  EXPECT_EQ(code({"Turkish/Turkish/ADJ/2/amod soldiers/soldier/NOUN/4/nsubj:pass "
                  "were/be/AUX/4/aux:pass killed/kill/VERB/0/root in/in/ADP/7/case "
                  "a/a/DET/7/det clash/clash/NOUN/4/obl with/with/ADP/10/case "
                  "PKK/PKK/PROPN/10/compound fighters/fighter/NOUN/7/nmod"}),
            V({"TURREBPKK TURMIL 1823"}));
  // What is fired at is its owner's: "soldiers were wounded when Hezbollah
  // fired a missile at their vehicle".
  EXPECT_EQ(code({"Israeli/Israeli/ADJ/2/amod soldiers/soldier/NOUN/4/nsubj "
                  "were/be/AUX/4/cop wounded/wounded/ADJ/0/root when/when/ADV/7/advmod "
                  "Hezbollah/Hezbollah/PROPN/7/nsubj fired/fire/VERB/4/advcl a/a/DET/9/det "
                  "missile/missile/NOUN/7/obj at/at/ADP/12/case their/their/PRON/12/nmod:poss "
                  "vehicle/vehicle/NOUN/7/obl"}),
            V({"LBNREBHZB ISRMIL 195"}));
  // Parties agreeing to an exchange give each other.
  EXPECT_EQ(code({"Russia/Russia/PROPN/4/nsubj and/and/CCONJ/3/cc Ukraine/Ukraine/PROPN/1/conj "
                  "agreed/agree/VERB/0/root to/to/PART/6/mark swap/swap/VERB/4/xcomp "
                  "prisoners/prisoner/NOUN/6/obj"}),
            V({"RUS UKR 0353", "UKR RUS 0353"}));
  // An option considered is not done.
  EXPECT_EQ(
      code({"Turkey/Turkey/PROPN/3/nsubj is/be/AUX/3/aux considering/consider/VERB/0/root "
            "sending/send/VERB/3/advcl/VerbForm=Ger troops/troops/NOUN/4/obj to/to/ADP/7/case "
            "Gaza/Gaza/PROPN/4/obl"}),
      V({}));
}

TEST(CodeCoder, WhatASpeakerSaysAnotherMustDoAndPlacesHeldByOthers) {
  Coder coder(
      CountriesDicts("Russia => RUS\nUkraine => UKR\nRussian => RUS\nDonetsk => UKR\n",
                     "rebel | rebels => REB\n", "010 say\n0874 withdraw troops\n194 shell\n"),
      CoderOptions{});
  auto code = [&](const std::vector<std::string>& specs) { return CodedTriples(coder, specs); };
  // "Ukraine said Russia must withdraw its troops": Ukraine's demand (106).
  EXPECT_EQ(code({"Ukraine/Ukraine/PROPN/2/nsubj said/say/VERB/0/root "
                  "Russia/Russia/PROPN/5/nsubj must/must/AUX/5/aux withdraw/withdraw/VERB/2/ccomp "
                  "its/its/PRON/7/nmod:poss troops/troops/NOUN/5/obj"}),
            V({"UKR RUS 106"}));
  // "Ukraine shelled Russian-occupied Donetsk": the place's holder.
  EXPECT_EQ(code({"Ukraine/Ukraine/PROPN/2/nsubj shelled/shell/VERB/0/root "
                  "Russian/Russian/ADJ/5/compound -/-/PUNCT/3/punct occupied/occupy/VERB/6/amod "
                  "Donetsk/Donetsk/PROPN/2/obj"}),
            V({"UKR RUS 194"}));
}

}  // namespace
}  // namespace parley::code
