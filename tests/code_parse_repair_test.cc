// Parse repairs (parse_repair.h) on small hand-built parses of the shapes a
// parser gets wrong on news text, and that correct trees pass unchanged.
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "code_test_util.h"
#include "parley/code/coder.h"
#include "parley/code/parse_repair.h"

namespace parley::code {
namespace {

// One sentence from "form/lemma/UPOS/XPOS/head/deprel" words (1-based heads).
Sentence Parse(const std::string& spec) {
  Sentence s;
  std::istringstream in(spec);
  std::string tok;
  while (in >> tok) {
    std::vector<std::string> f;
    std::stringstream ts(tok);
    for (std::string part; std::getline(ts, part, '/');) f.push_back(part);
    EXPECT_EQ(f.size(), 6u) << tok;
    if (f.size() != 6) continue;
    Word w;
    w.form = f[0];
    w.lemma = f[1];
    w.upos = f[2];
    w.xpos = f[3];
    w.head = std::stoi(f[4]);
    w.deprel = f[5];
    s.words.push_back(w);
  }
  return s;
}

// "deprel>head form" of the word `form` ("root" for the root).
std::string Arc(const Sentence& s, const std::string& form) {
  for (const Word& w : s.words) {
    if (w.form != form) continue;
    if (w.head == 0) return "root";
    return w.deprel + ">" + s.words[w.head - 1].form;
  }
  return "missing";
}

std::shared_ptr<const dict::Dictionaries> Dicts() {
  dict::DictionaryBuilder b;
  b.AddParleyActors(
      "Pyongyang | North Korea => PRK\nSeoul => KOR\nBree => BRE\nIslamic State | IS => ISI\n",
      "actors.txt", false);
  b.AddParleyAgents("prime minister | minister | officials => GOV\n", "agents.txt");
  b.AddParleyVerbs("190 fire\n1246 abandon\n050 restore\n", "verbs.txt");
  return b.Build();
}

TEST(ParseRepair, CorrectTreeIsUnchanged) {
  Sentence s = Parse(
      "Russia/Russia/PROPN/NNP/2/nsubj attacked/attack/VERB/VBD/0/root "
      "Ukraine/Ukraine/PROPN/NNP/2/obj ././PUNCT/./2/punct");
  std::vector<Word> before = s.words;
  EXPECT_EQ(RepairSentence(&s, Dicts().get()), 0);
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(s.words[i].head, before[i].head);
    EXPECT_EQ(s.words[i].deprel, before[i].deprel);
    EXPECT_EQ(s.words[i].upos, before[i].upos);
  }
}

TEST(ParseRepair, UnparsedOrCyclicSentencesAreLeftAlone) {
  Sentence unparsed = Parse("a/a/DET/DT/-1/_ b/b/NOUN/NN/-1/_");
  EXPECT_EQ(RepairSentence(&unparsed, nullptr), 0);
  Sentence cyclic = Parse("a/a/NOUN/NN/2/nmod b/b/NOUN/NN/1/nmod");
  EXPECT_EQ(RepairSentence(&cyclic, nullptr), 0);
  EXPECT_EQ(cyclic.words[0].head, 2);
}

TEST(ParseRepair, DependentsOfPunctuationMoveToItsHead) {
  // "officials are about to restore ties ." with "are" and "restore" on "."
  Sentence s = Parse(
      "officials/official/NOUN/NNS/0/root are/be/AUX/VBP/6/cop about/about/ADP/IN/5/mark "
      "to/to/PART/TO/5/mark restore/restore/VERB/VB/6/advcl ././PUNCT/./1/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "."), "punct>about");
}

TEST(ParseRepair, NameMadeAFunctionWordOfPunctuationIsTheObject) {
  // "Bangkok accused Phnom(case of '.') Penh of planting mines ."
  Sentence s = Parse(
      "Bangkok/Bangkok/PROPN/NNP/2/nsubj accused/accuse/VERB/VBD/0/root "
      "Phnom/Phnom/PROPN/NNP/8/case Penh/Penh/PROPN/NNP/3/flat of/of/SCONJ/IN/6/mark "
      "planting/plant/VERB/VBG/8/advcl mines/mine/NOUN/NNS/6/obj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Phnom"), "obj>accused");
  EXPECT_EQ(Arc(s, "planting"), "advcl>accused");
  // "Congress removed President Dina(compound of '.') Boluarte ."
  Sentence t = Parse(
      "Congress/Congress/PROPN/NNP/2/nsubj removed/remove/VERB/VBD/0/root "
      "President/President/PROPN/NNP/4/nmod:desc Dina/Dina/PROPN/NNP/6/compound "
      "Boluarte/Boluarte/PROPN/NNP/4/flat ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&t, nullptr), 0);
  EXPECT_EQ(Arc(t, "Dina"), "obj>removed");
}

TEST(ParseRepair, ClauseReadAsNounPhraseOfPrepositionIsAdverbial) {
  // "Manila protested after a Chinese ship(amod) fired(amod) water cannon(obl) at its vessel ."
  Sentence s = Parse(
      "Manila/Manila/PROPN/NNP/2/nsubj protested/protest/VERB/VBD/0/root "
      "after/after/ADP/IN/9/case a/a/DET/DT/6/det Chinese/Chinese/ADJ/JJ/6/amod "
      "ship/ship/NOUN/NN/9/amod fired/fire/VERB/VBN/9/amod water/water/NOUN/NN/9/compound "
      "cannon/cannon/NOUN/NN/2/obl at/at/ADP/IN/12/case its/its/PRON/PRP$/12/nmod:poss "
      "vessel/vessel/NOUN/NN/9/nmod ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "fired"), "advcl>protested");
  EXPECT_EQ(Arc(s, "after"), "mark>fired");
  EXPECT_EQ(Arc(s, "ship"), "nsubj>fired");
  EXPECT_EQ(Arc(s, "cannon"), "obj>fired");
  EXPECT_EQ(Arc(s, "vessel"), "obl>fired");
  // "after the Trump brokered deal": no determiner of its own, no clause.
  Sentence t = Parse(
      "talks/talk/NOUN/NNS/2/nsubj resumed/resume/VERB/VBD/0/root after/after/ADP/IN/7/case "
      "the/the/DET/DT/7/det Trump/Trump/PROPN/NNP/7/compound brokered/broker/VERB/VBN/7/amod "
      "deal/deal/NOUN/NN/2/obl ././PUNCT/./2/punct");
  RepairSentence(&t, nullptr);
  EXPECT_EQ(Arc(t, "brokered"), "amod>deal");
}

TEST(ParseRepair, NameAndPastFormAfterSubordinatorAreAClause) {
  // "After North Korea(compound) fired(amod) artillery shells(obl) near the
  // border , South Korea put its troops on alert ."
  Sentence s = Parse(
      "After/after/ADP/IN/6/case North/North/PROPN/NNP/3/compound "
      "Korea/Korea/PROPN/NNP/6/compound fired/fire/VERB/VBN/6/amod "
      "artillery/artillery/NOUN/NN/6/compound shells/shell/NOUN/NNS/13/obl "
      "near/near/ADP/IN/9/case the/the/DET/DT/9/det border/border/NOUN/NN/6/nmod "
      ",/,/PUNCT/,/6/punct "
      "South/South/PROPN/NNP/12/compound Korea/Korea/PROPN/NNP/13/nsubj put/put/VERB/VBD/0/root "
      "its/its/PRON/PRP$/15/nmod:poss troops/troops/NOUN/NNS/13/obj on/on/ADP/IN/17/case "
      "alert/alert/NOUN/NN/13/obl ././PUNCT/./13/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "fired"), "advcl>put");
  EXPECT_EQ(Arc(s, "After"), "mark>fired");
  EXPECT_EQ(Arc(s, "shells"), "obj>fired");
  EXPECT_EQ(Arc(s, "border"), "obl>fired");
  EXPECT_EQ(s.words[2].deprel, "nsubj");
  EXPECT_EQ(s.words[2].head, 4);
  EXPECT_EQ(s.words[1].deprel, "compound");
  EXPECT_EQ(s.words[1].head, 3);
  // "after the United States(nsubj of imposed) imposed(amod) sanctions(obl)"
  Sentence t = Parse(
      "Maduro/Maduro/PROPN/NNP/2/nsubj protested/protest/VERB/VBD/0/root after/after/ADP/IN/8/case "
      "the/the/DET/DT/6/det United/United/ADJ/NNP/6/amod States/State/PROPN/NNPS/7/nsubj "
      "imposed/impose/VERB/VBN/8/amod sanctions/sanction/NOUN/NNS/2/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&t, nullptr), 0);
  EXPECT_EQ(Arc(t, "imposed"), "advcl>protested");
  EXPECT_EQ(Arc(t, "States"), "nsubj>imposed");
  EXPECT_EQ(Arc(t, "the"), "det>States");
  EXPECT_EQ(Arc(t, "sanctions"), "obj>imposed");
}

TEST(ParseRepair, HeadlineVerbReadAsCompoundIsTheRoot) {
  // "Thailand(root) , Cambodia Sign(VBP, compound) Peace Deal(appos)"
  Sentence s = Parse(
      "Thailand/Thailand/PROPN/NNP/0/root ,/,/PUNCT/,/6/punct "
      "Cambodia/Cambodia/PROPN/NNP/6/compound "
      "Sign/sign/VERB/VBP/6/compound Peace/peace/NOUN/NN/6/compound Deal/deal/NOUN/NN/1/appos");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Sign"), "root");
  EXPECT_EQ(Arc(s, "Thailand"), "nsubj>Sign");
  EXPECT_EQ(Arc(s, "Cambodia"), "conj>Thailand");
  EXPECT_EQ(Arc(s, ","), "punct>Cambodia");
  EXPECT_EQ(Arc(s, "Deal"), "obj>Sign");
  EXPECT_EQ(Arc(s, "Peace"), "compound>Deal");
}

TEST(ParseRepair, PrepositionBeforeWhatClauseIsItsCase) {
  // "India launched strikes on(mark) what(obj) it called(advcl) terrorist camps ."
  Sentence s = Parse(
      "India/India/PROPN/NNP/2/nsubj launched/launch/VERB/VBD/0/root strikes/strike/NOUN/NNS/2/obj "
      "on/on/SCONJ/IN/7/mark what/what/PRON/WP/7/obj it/it/PRON/PRP/7/nsubj "
      "called/call/VERB/VBD/2/advcl terrorist/terrorist/ADJ/JJ/9/amod camps/camp/NOUN/NNS/7/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "what"), "obl>launched");
  EXPECT_EQ(Arc(s, "on"), "case>what");
  EXPECT_EQ(Arc(s, "called"), "acl:relcl>what");
  EXPECT_EQ(Arc(s, "camps"), "obj>called");
}

TEST(ParseRepair, VerbWithSubjectReadAsModifierOfClauseHeadIsTheClause) {
  // "Our forces(nsubj of destroyed) destroyed(amod) three Russian
  // tanks(ccomp) , the army said ."
  Sentence s = Parse(
      "Our/our/PRON/PRP$/2/nmod:poss forces/force/NOUN/NNS/3/nsubj "
      "destroyed/destroy/VERB/VBN/6/amod "
      "three/three/NUM/CD/6/nummod Russian/Russian/ADJ/JJ/6/amod tanks/tank/NOUN/NNS/10/ccomp "
      ",/,/PUNCT/,/6/punct the/the/DET/DT/9/det army/army/NOUN/NN/10/nsubj "
      "said/say/VERB/VBD/0/root "
      "././PUNCT/./10/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "destroyed"), "ccomp>said");
  EXPECT_EQ(Arc(s, "tanks"), "obj>destroyed");
  EXPECT_EQ(Arc(s, "forces"), "nsubj>destroyed");
  EXPECT_EQ(Arc(s, "three"), "nummod>tanks");
  EXPECT_EQ(Arc(s, ","), "punct>destroyed");
}

TEST(ParseRepair, ThatWithAnObjectBesideItAfterTellingOpensTheReport) {
  // "Araghchi told media(iobj) that(obj of received) Tehran had
  // received(acl:relcl) messages(obj) ."
  Sentence s = Parse(
      "Araghchi/Araghchi/PROPN/NNP/2/nsubj told/tell/VERB/VBD/0/root media/media/NOUN/NN/2/iobj "
      "that/that/PRON/WDT/7/obj Tehran/Tehran/PROPN/NNP/7/nsubj had/have/AUX/VBD/7/aux "
      "received/receive/VERB/VBN/3/acl:relcl messages/message/NOUN/NNS/7/obj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "received"), "ccomp>told");
  EXPECT_EQ(Arc(s, "that"), "mark>received");
  EXPECT_EQ(Arc(s, "messages"), "obj>received");
}

TEST(ParseRepair, ParticipleWithBareObjectAfterRootNounIsTheVerb) {
  // "European powers(root) reimposed(acl, VBN) UN sanctions(obl) on Iran ."
  Sentence s = Parse(
      "European/European/ADJ/JJ/2/amod powers/power/NOUN/NNS/0/root "
      "reimposed/reimpose/VERB/VBN/2/acl UN/UN/PROPN/NNP/5/compound "
      "sanctions/sanction/NOUN/NNS/3/obl on/on/ADP/IN/7/case Iran/Iran/PROPN/NNP/5/nmod "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "reimposed"), "root");
  EXPECT_EQ(Arc(s, "powers"), "nsubj>reimposed");
  EXPECT_EQ(Arc(s, "sanctions"), "obj>reimposed");
  EXPECT_EQ(Arc(s, "."), "punct>reimposed");
  // (a dated phrase is no object: "Talk delivered by Harari at a meeting, April, 2004")
  Sentence t = Parse(
      "Talk/talk/NOUN/NN/0/root delivered/deliver/VERB/VBN/1/acl by/by/ADP/IN/4/case "
      "Harari/Harari/PROPN/NNP/2/obl:agent ,/,/PUNCT/,/6/punct April/April/PROPN/NNP/2/obl:tmod");
  RepairSentence(&t, nullptr);
  EXPECT_EQ(Arc(t, "delivered"), "acl>Talk");
}

TEST(ParseRepair, InfinitiveReadAsCompoundAfterNounOfActNotDone) {
  // "Parliament approved a bill to(case) annex(compound) parts(nmod) of the
  // West Bank ."
  dict::DictionaryBuilder b;
  b.AddParleyVerbs("1922 annex\n051 approve\n", "verbs.txt");
  std::shared_ptr<const dict::Dictionaries> dicts = b.Build();
  const std::string spec =
      "Parliament/parliament/NOUN/NN/2/nsubj approved/approve/VERB/VBD/0/root a/a/DET/DT/4/det "
      "bill/bill/NOUN/NN/2/obj to/to/ADP/IN/7/case annex/annex/NOUN/NN/7/compound "
      "parts/part/NOUN/NNS/4/nmod of/of/ADP/IN/11/case the/the/DET/DT/11/det "
      "West/West/PROPN/NNP/11/compound Bank/Bank/PROPN/NNP/7/nmod ././PUNCT/./2/punct";
  Sentence s = Parse(spec);
  EXPECT_GT(RepairSentence(&s, dicts.get()), 0);
  EXPECT_EQ(Arc(s, "annex"), "acl>bill");
  EXPECT_EQ(Arc(s, "to"), "mark>annex");
  EXPECT_EQ(Arc(s, "parts"), "obj>annex");
  // (a word the verb dictionary does not know as a verb stays a noun:
  // "a plan to(case) peace(compound) talks(nmod)")
  Sentence t = Parse(spec);
  dict::DictionaryBuilder other;
  other.AddParleyVerbs("051 approve\n", "verbs.txt");
  RepairSentence(&t, other.Build().get());
  EXPECT_EQ(Arc(t, "annex"), "compound>parts");
  // After the person a verb of asking asks, the verb's complement (a
  // lower-case word tagged as a name too).
  dict::DictionaryBuilder asking;
  asking.AddParleyVerbs("020 urge\n0256 exercise restraint\n", "verbs.txt");
  Sentence u = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj urged/urge/VERB/VBD/0/root Gondor/Gondor/PROPN/NNP/2/obj "
      "to/to/ADP/IN/6/case exercise/exercise/PROPN/NNP/6/compound "
      "restraint/restraint/PROPN/NNP/3/nmod ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&u, asking.Build().get()), 0);
  EXPECT_EQ(Arc(u, "exercise"), "xcomp>urged");
  EXPECT_EQ(Arc(u, "restraint"), "obj>exercise");
}

TEST(ParseRepair, PluralNounOfActsReadAsClauseAfterVerbOfJudgingIsObject) {
  // "Petro criticized US(nsubj) strikes(VBZ, ccomp) on boats ."
  Sentence s = Parse(
      "Petro/Petro/PROPN/NNP/2/nsubj criticized/criticize/VERB/VBD/0/root "
      "US/US/PROPN/NNP/4/nsubj strikes/strike/VERB/VBZ/2/ccomp on/on/ADP/IN/6/case "
      "boats/boat/NOUN/NNS/4/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "strikes"), "obj>criticized");
  EXPECT_EQ(Arc(s, "US"), "compound>strikes");
  EXPECT_EQ(Arc(s, "boats"), "nmod>strikes");
  // "said Russia attacks(VBZ, ccomp) civilians(obj)": a clause with an object stays one.
  Sentence t = Parse(
      "Kyiv/Kyiv/PROPN/NNP/2/nsubj condemned/condemn/VERB/VBD/0/root "
      "Russia/Russia/PROPN/NNP/4/nsubj attacks/attack/VERB/VBZ/2/ccomp "
      "civilians/civilian/NOUN/NNS/4/obj ././PUNCT/./2/punct");
  RepairSentence(&t, nullptr);
  EXPECT_EQ(Arc(t, "attacks"), "ccomp>condemned");
  // "Petro called the US(nsubj) strikes(VBZ, xcomp) murder(obj) .": the
  // acts named, the name the verb's.
  Sentence u = Parse(
      "Petro/Petro/PROPN/NNP/2/nsubj called/call/VERB/VBD/0/root the/the/DET/DT/4/det "
      "US/US/PROPN/NNP/5/nsubj strikes/strike/VERB/VBZ/2/xcomp murder/murder/NOUN/NN/5/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&u, nullptr), 0);
  EXPECT_EQ(Arc(u, "strikes"), "obj>called");
  EXPECT_EQ(Arc(u, "murder"), "xcomp>called");
  EXPECT_EQ(Arc(u, "US"), "compound>strikes");
  EXPECT_EQ(Arc(u, "the"), "det>strikes");
}

TEST(ParseRepair, NameBeforeClosingVerbOfSayingIsItsSubject) {
  // "Israel will attack Iran , Netanyahu(conj of Iran) said ."
  Sentence s = Parse(
      "Israel/Israel/PROPN/NNP/3/nsubj will/will/AUX/MD/3/aux attack/attack/VERB/VB/7/ccomp "
      "Iran/Iran/PROPN/NNP/3/obj ,/,/PUNCT/,/6/punct Netanyahu/Netanyahu/PROPN/NNP/4/conj "
      "said/say/VERB/VBD/0/root ././PUNCT/./7/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Netanyahu"), "nsubj>said");
  EXPECT_EQ(Arc(s, ","), "punct>said");
  EXPECT_EQ(Arc(s, "Iran"), "obj>attack");
}

TEST(ParseRepair, PrepositionOfNamesFirstWordIsTheNames) {
  // "Thousands protested in(case of Tel) Tel(compound) Aviv(obj) ."
  Sentence s = Parse(
      "Thousands/thousand/NOUN/NNS/2/nsubj protested/protest/VERB/VBD/0/root "
      "in/in/ADP/IN/4/case Tel/tel/NOUN/NN/5/compound Aviv/Aviv/PROPN/NNP/2/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "in"), "case>Aviv");
  EXPECT_EQ(Arc(s, "Aviv"), "obl>protested");
  EXPECT_EQ(Arc(s, "Tel"), "compound>Aviv");
}

TEST(ParseRepair, SplitHyphenatedNameIsOnePhrase) {
  // "Guinea(nsubj)-Bissau(nmod:poss)'s junta arrested journalists ."
  Sentence s = Parse(
      "Guinea/guinea/NOUN/NN/6/nsubj -/-/PUNCT/,/5/punct Bissau/Bissau/PROPN/NNP/5/nmod:poss "
      "'s/'s/PART/POS/3/case junta/junta/NOUN/NN/6/nsubj arrested/arrest/VERB/VBD/0/root "
      "journalists/journalist/NOUN/NNS/6/obj ././PUNCT/./6/punct");
  const uint32_t starts[] = {0, 6, 7, 13, 16, 22, 31, 42};
  for (size_t i = 0; i < s.words.size(); ++i) {
    s.words[i].start = starts[i];
    s.words[i].end = starts[i] + static_cast<uint32_t>(s.words[i].form.size());
  }
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Guinea"), "compound>Bissau");
  EXPECT_EQ(Arc(s, "-"), "punct>Bissau");
  EXPECT_EQ(Arc(s, "Bissau"), "nmod:poss>junta");
  EXPECT_EQ(Arc(s, "junta"), "nsubj>arrested");
  // "a coup in(case of Guinea) Guinea-Bissau": the preposition is the head's.
  Sentence c = Parse(
      "coup/coup/NOUN/NN/0/root in/in/ADP/IN/3/case Guinea/guinea/NOUN/NN/5/compound "
      "-/-/PUNCT/HYPH/3/punct Bissau/Bissau/PROPN/NNP/1/nmod");
  const uint32_t cstarts[] = {0, 5, 8, 14, 15};
  for (size_t i = 0; i < c.words.size(); ++i) {
    c.words[i].start = cstarts[i];
    c.words[i].end = cstarts[i] + static_cast<uint32_t>(c.words[i].form.size());
  }
  EXPECT_GT(RepairSentence(&c, nullptr), 0);
  EXPECT_EQ(Arc(c, "in"), "case>Bissau");
}

TEST(ParseRepair, AboutToHeadsTheClause) {
  Sentence s = Parse(
      "Washington/Washington/PROPN/NNP/3/compound security/security/NOUN/NN/3/compound "
      "officials/official/NOUN/NNS/0/root are/be/AUX/VBP/11/cop about/about/ADP/IN/7/mark "
      "to/to/PART/TO/7/mark restore/restore/VERB/VB/11/advcl ties/tie/NOUN/NNS/7/obj "
      "with/with/ADP/IN/10/case Gondor/Gondor/PROPN/NNP/8/nmod ././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "about"), "root");
  EXPECT_EQ(Arc(s, "officials"), "nsubj>about");
  EXPECT_EQ(Arc(s, "are"), "cop>about");
  EXPECT_EQ(Arc(s, "restore"), "xcomp>about");
  EXPECT_EQ(Arc(s, "to"), "mark>restore");
  EXPECT_EQ(Arc(s, "ties"), "obj>restore");
  EXPECT_EQ(Arc(s, "."), "punct>about");
}

TEST(ParseRepair, ActorNameTaggedAsVerbIsAProperNounAndTheVerbTheRoot) {
  // "Pyongyang on Thursday fired two artillery shells at Seoul ."
  Sentence s = Parse(
      "Pyongyang/Pyongyang/VERB/VBG/0/root on/on/ADP/IN/3/case Thursday/Thursday/PROPN/NNP/1/obl "
      "fired/fire/VERB/VBN/7/amod two/two/NUM/CD/7/nummod artillery/artillery/NOUN/NN/7/compound "
      "shells/shell/NOUN/NNS/1/obj at/at/ADP/IN/9/case Seoul/Seoul/PROPN/NNP/7/nmod "
      "././PUNCT/./1/punct");
  EXPECT_GT(RepairSentence(&s, Dicts().get()), 0);
  EXPECT_EQ(s.words[0].upos, "PROPN");
  EXPECT_EQ(Arc(s, "fired"), "root");
  EXPECT_EQ(Arc(s, "Pyongyang"), "nsubj>fired");
  EXPECT_EQ(Arc(s, "shells"), "obj>fired");
  EXPECT_EQ(Arc(s, "."), "punct>fired");
  EXPECT_EQ(Arc(s, "Thursday"), "obl>Pyongyang");  // left of the verb: stays
}

TEST(ParseRepair, AcronymTaggedAsAuxiliaryIsAProperNoun) {
  // "IS militants attacked Bree": "IS" read as a passive auxiliary modifies
  // the noun after it; "IS attacked Bree": it is the subject.
  Sentence s = Parse(
      "IS/be/AUX/VBZ/3/aux:pass militants/militant/NOUN/NNS/3/nsubj "
      "attacked/attack/VERB/VBN/0/root Bree/Bree/PROPN/NNP/3/obj");
  EXPECT_GT(RepairSentence(&s, Dicts().get()), 0);
  EXPECT_EQ(s.words[0].upos, "PROPN");
  EXPECT_EQ(Arc(s, "IS"), "compound>militants");
  Sentence t =
      Parse("IS/be/AUX/VBZ/2/aux:pass attacked/attack/VERB/VBN/0/root Bree/Bree/PROPN/NNP/2/obj");
  EXPECT_GT(RepairSentence(&t, Dicts().get()), 0);
  EXPECT_EQ(Arc(t, "IS"), "nsubj>attacked");
  // Lower case is the verb: "is" is no name.
  Sentence u = Parse(
      "Bree/Bree/PROPN/NNP/3/nsubj:pass is/be/AUX/VBZ/3/aux:pass attacked/attack/VERB/VBN/0/root");
  EXPECT_EQ(RepairSentence(&u, Dicts().get()), 0);
}

TEST(ParseRepair, ActorNameTaggedAsVerbAndParsedAsClausalSubjectIsTheSubject) {
  // The same sentence as the tagger of session 10 parses it: "Pyongyang" a
  // gerund and the clausal subject of "fired".
  Sentence s = Parse(
      "Pyongyang/Pyongyang/VERB/VBG/4/csubj on/on/ADP/IN/3/case Thursday/Thursday/PROPN/NNP/1/obl "
      "fired/fire/VERB/VBD/0/root two/two/NUM/CD/7/nummod artillery/artillery/NOUN/NN/7/compound "
      "shells/shell/NOUN/NNS/4/obj at/at/ADP/IN/9/case Seoul/Seoul/PROPN/NNP/4/obl "
      "././PUNCT/./4/punct");
  EXPECT_GT(RepairSentence(&s, Dicts().get()), 0);
  EXPECT_EQ(s.words[0].upos, "PROPN");
  EXPECT_EQ(Arc(s, "Pyongyang"), "nsubj>fired");
  EXPECT_EQ(Arc(s, "fired"), "root");
  EXPECT_EQ(Arc(s, "shells"), "obj>fired");
}

TEST(ParseRepair, ActorNameParsedAsClausalComplementIsTheObject) {
  // "they visited Seoul ." with "Seoul" read as a verb complement.
  Sentence s = Parse(
      "they/they/PRON/PRP/2/nsubj visited/visit/VERB/VBD/0/root Seoul/Seoul/VERB/VB/2/ccomp "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, Dicts().get()), 0);
  EXPECT_EQ(s.words[2].upos, "PROPN");
  EXPECT_EQ(Arc(s, "Seoul"), "obj>visited");
}

TEST(ParseRepair, VerbWordTaggedNounIsNotRetaggedAsProperNoun) {
  // "Fire" is an actor word here only to show the verb dictionary wins.
  dict::DictionaryBuilder b;
  b.AddParleyActors("Fire => XXX\n", "actors.txt", false);
  b.AddParleyVerbs("190 fire\n", "verbs.txt");
  auto dicts = b.Build();
  Sentence s = Parse("Fire/fire/VERB/VB/0/root ././PUNCT/./1/punct");
  RepairSentence(&s, dicts.get());
  EXPECT_EQ(s.words[0].upos, "VERB");
}

TEST(ParseRepair, ReducedClauseUnderNominalRootBecomesThePredicate) {
  // "Gollum centre of a row called on Gondor ."
  Sentence s = Parse(
      "Gollum/Gollum/PROPN/NNP/2/compound centre/centre/NOUN/NN/0/root of/of/ADP/IN/5/case "
      "a/a/DET/DT/5/det row/row/NOUN/NN/2/nmod called/call/VERB/VBD/5/acl on/on/ADP/IN/8/case "
      "Gondor/Gondor/PROPN/NNP/6/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "called"), "root");
  EXPECT_EQ(Arc(s, "centre"), "nsubj>called");
  EXPECT_EQ(Arc(s, "Gondor"), "obl>called");
  // A participle (VBN) after a noun stays a reduced relative: "the man called John".
  Sentence t =
      Parse("man/man/NOUN/NN/0/root called/call/VERB/VBN/1/acl John/John/PROPN/NNP/2/xcomp");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, ParticipleWithAnObjectUnderNominalRootBecomesThePredicate) {
  // "Georgian demonstrators launched missiles at the Georgian government ."
  // (PETR2_GSR_validation.xml github_issue27_1 from raw text): a passive
  // participle takes no direct object, so "launched" is the finite verb.
  Sentence s = Parse(
      "Georgian/Georgian/ADJ/JJ/2/amod demonstrators/demonstrator/NOUN/NNS/0/root "
      "launched/launch/VERB/VBN/2/acl missiles/missile/NOUN/NNS/3/obj at/at/ADP/IN/8/case "
      "the/the/DET/DT/8/det Georgian/Georgian/ADJ/JJ/8/amod government/government/NOUN/NN/4/nmod "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "launched"), "root");
  EXPECT_EQ(Arc(s, "demonstrators"), "nsubj>launched");
  EXPECT_EQ(Arc(s, "missiles"), "obj>launched");
  EXPECT_EQ(Arc(s, "."), "punct>launched");
  // A naming participle keeps its complement: "a chapter titled Poisonous
  // Letter", a heading without a verb.
  Sentence t = Parse(
      "a/a/DET/DT/2/det chapter/chapter/NOUN/NN/0/root titled/title/VERB/VBN/2/acl "
      "Poisonous/poisonous/ADJ/JJ/5/amod Letter/letter/NOUN/NN/3/obj");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, ActiveParticipleUnderNominalRootBecomesThePredicate) {
  // "Arnor troops , backed by Gondor , attacked Mordor bases ." with the
  // object read as a bare obl: it becomes the object; the participle
  // between commas is skipped.
  Sentence s = Parse(
      "Arnor/Arnor/PROPN/NNP/2/compound troops/troops/NOUN/NNS/0/root ,/,/PUNCT/,/4/punct "
      "backed/back/VERB/VBN/2/acl by/by/ADP/IN/6/case Gondor/Gondor/PROPN/NNP/4/obl:agent "
      ",/,/PUNCT/,/8/punct attacked/attack/VERB/VBN/2/acl Mordor/Mordor/PROPN/NNP/10/compound "
      "bases/base/NOUN/NNS/8/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "attacked"), "root");
  EXPECT_EQ(Arc(s, "troops"), "nsubj>attacked");
  EXPECT_EQ(Arc(s, "bases"), "obj>attacked");
  EXPECT_EQ(Arc(s, "backed"), "acl>troops");
  // A verb with no passive: "Arnor and Gondor troops clashed on the border ."
  Sentence t = Parse(
      "Arnor/Arnor/PROPN/NNP/4/compound and/and/CCONJ/CC/3/cc Gondor/Gondor/PROPN/NNP/1/conj "
      "troops/troops/NOUN/NNS/0/root clashed/clash/VERB/VBN/4/acl on/on/ADP/IN/8/case "
      "the/the/DET/DT/8/det border/border/NOUN/NN/5/obl ././PUNCT/./4/punct");
  EXPECT_GT(RepairSentence(&t, nullptr), 0);
  EXPECT_EQ(Arc(t, "clashed"), "root");
  EXPECT_EQ(Arc(t, "troops"), "nsubj>clashed");
  // A headline's reduced passive stays: "Ten soldiers killed Monday in Arnor ."
  Sentence u = Parse(
      "Ten/ten/NUM/CD/2/nummod soldiers/soldier/NOUN/NNS/0/root killed/kill/VERB/VBN/2/acl "
      "Monday/Monday/PROPN/NNP/3/obl in/in/ADP/IN/6/case Arnor/Arnor/PROPN/NNP/3/obl "
      "././PUNCT/./2/punct");
  EXPECT_EQ(RepairSentence(&u, nullptr), 0);
}

TEST(ParseRepair, VerbReadAsAdjectiveOfTheRootNounBecomesThePredicate) {
  // "President Lee proposed(amod) talks(root) with Gondor ."
  Sentence s = Parse(
      "President/President/PROPN/NNP/2/compound Lee/Lee/PROPN/NNP/4/nsubj "
      "proposed/propose/VERB/VBN/4/amod talks/talk/NOUN/NNS/0/root with/with/ADP/IN/6/case "
      "Gondor/Gondor/PROPN/NNP/4/nmod ././PUNCT/./4/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "proposed"), "root");
  EXPECT_EQ(Arc(s, "Lee"), "nsubj>proposed");
  EXPECT_EQ(Arc(s, "talks"), "obj>proposed");
  EXPECT_EQ(Arc(s, "Gondor"), "nmod>talks");
  EXPECT_EQ(Arc(s, "."), "punct>proposed");
  // No subject: the compound noun before the verb, in a sentence with no
  // other verb: "Gondor police(compound) arrested(amod) Bree protesters(root) ."
  Sentence c = Parse(
      "Gondor/Gondor/PROPN/NNP/2/compound police/police/NOUN/NN/5/compound "
      "arrested/arrest/VERB/VBN/5/amod Bree/Bree/PROPN/NNP/5/compound "
      "protesters/protester/NOUN/NNS/0/root ././PUNCT/./5/punct");
  EXPECT_GT(RepairSentence(&c, nullptr), 0);
  EXPECT_EQ(Arc(c, "arrested"), "root");
  EXPECT_EQ(Arc(c, "police"), "nsubj>arrested");
  EXPECT_EQ(Arc(c, "protesters"), "obj>arrested");
  // The subject already the verb's: "Xi(nsubj>hosted) hosted(amod) Putin(root) ."
  Sentence x = Parse(
      "Xi/Xi/PROPN/NNP/2/nsubj hosted/host/VERB/VBD/3/amod Putin/Putin/PROPN/NNP/0/root "
      "././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&x, nullptr), 0);
  EXPECT_EQ(Arc(x, "hosted"), "root");
  EXPECT_EQ(Arc(x, "Xi"), "nsubj>hosted");
  EXPECT_EQ(Arc(x, "Putin"), "obj>hosted");
  // An adjective with its own dependent is left: "Lee a(det) much admired(amod) leader".
  Sentence t = Parse(
      "Lee/Lee/PROPN/NNP/4/nsubj much/much/ADV/RB/3/advmod admired/admire/VERB/VBN/4/amod "
      "leader/leader/NOUN/NN/0/root");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, SubordinatorReadAsPrepositionOpensAClause) {
  // "The stopover came as the US leader prepared to attend the Olympics ."
  // (PETR2_GSR_validation.xml AFP0808020625_4 from raw text).
  Sentence s = Parse(
      "The/the/DET/DT/2/det stopover/stopover/NOUN/NN/3/nsubj came/come/VERB/VBD/0/root "
      "as/as/ADP/IN/7/case the/the/DET/DT/7/det US/US/PROPN/NNP/7/compound "
      "leader/leader/NOUN/NN/3/obl prepared/prepare/VERB/VBD/3/parataxis to/to/PART/TO/10/mark "
      "attend/attend/VERB/VB/8/xcomp the/the/DET/DT/12/det Olympics/Olympics/PROPN/NNPS/10/obj "
      "././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "prepared"), "advcl>came");
  EXPECT_EQ(Arc(s, "leader"), "nsubj>prepared");
  EXPECT_EQ(Arc(s, "as"), "mark>prepared");
  EXPECT_EQ(Arc(s, "attend"), "xcomp>prepared");
  // The reduced-relative reading: the noun's later dependents go with the verb.
  Sentence t = Parse(
      "years/year/NOUN/NNS/3/obl:npmod after/after/ADP/IN/3/case crowds/crowd/NOUN/NNS/6/obl "
      "trashed/trash/VERB/VBD/3/acl embassy/embassy/NOUN/NN/4/obj left/leave/VERB/VBD/0/root");
  EXPECT_GT(RepairSentence(&t, nullptr), 0);
  EXPECT_EQ(Arc(t, "trashed"), "advcl>left");
  EXPECT_EQ(Arc(t, "crowds"), "nsubj>trashed");
  EXPECT_EQ(Arc(t, "after"), "mark>trashed");
  // The phrase nested in another noun's: "lodged a protest(obj) with Bree
  // after a ship(nmod of protest) entered(conj) its waters".
  Sentence v = Parse(
      "Seoul/Seoul/PROPN/NNP/2/nsubj lodged/lodge/VERB/VBD/0/root a/a/DET/DT/4/det "
      "protest/protest/NOUN/NN/2/obj with/with/ADP/IN/6/case Bree/Bree/PROPN/NNP/4/nmod "
      "after/after/ADP/IN/9/case a/a/DET/DT/9/det ship/ship/NOUN/NN/4/nmod "
      "entered/enter/VERB/VBD/2/conj its/its/PRON/PRP$/12/nmod:poss "
      "waters/water/NOUN/NNS/10/obj");
  EXPECT_GT(RepairSentence(&v, nullptr), 0);
  EXPECT_EQ(Arc(v, "entered"), "acl>protest");
  EXPECT_EQ(Arc(v, "ship"), "nsubj>entered");
  EXPECT_EQ(Arc(v, "after"), "mark>entered");
  // A true prepositional phrase before a verb with its own subject is kept:
  // "After the war the army rebuilt the bridges".
  Sentence u = Parse(
      "After/after/ADP/IN/3/case the/the/DET/DT/3/det war/war/NOUN/NN/6/obl the/the/DET/DT/5/det "
      "army/army/NOUN/NN/6/nsubj rebuilt/rebuild/VERB/VBD/0/root bridges/bridge/NOUN/NNS/6/obj");
  EXPECT_EQ(RepairSentence(&u, nullptr), 0);
}

TEST(ParseRepair, PersonCalledIsTheCallsObjectNotTheInfinitivesSubject) {
  // "Bree called Seoul(nsubj of discuss) to discuss(advcl) the war": the
  // call's object; the infinitive stays its purpose.
  Sentence s = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj called/call/VERB/VBD/0/root Seoul/Seoul/PROPN/NNP/5/nsubj "
      "to/to/PART/TO/5/mark discuss/discuss/VERB/VB/2/advcl the/the/DET/DT/7/det "
      "war/war/NOUN/NN/5/obj");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Seoul"), "obj>called");
  EXPECT_EQ(Arc(s, "discuss"), "advcl>called");
  // "called on Seoul to act": an appeal, left to repair 12.
  Sentence t = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj called/call/VERB/VBD/0/root on/on/ADP/IN/4/case "
      "Seoul/Seoul/PROPN/NNP/2/obl to/to/PART/TO/6/mark act/act/VERB/VB/2/advcl");
  RepairSentence(&t, nullptr);
  EXPECT_EQ(Arc(t, "Seoul"), "obl>called");
}

TEST(ParseRepair, ParticipleAfterTheObjectIsItsReducedRelative) {
  // "Bree returned 250 Seoulites(obj) deported(VBD, xcomp) to Mordor": the
  // object's reduced relative, a participle.
  Sentence s = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj returned/return/VERB/VBD/0/root 250/250/NUM/CD/4/nummod "
      "Seoulites/Seoulite/PROPN/NNPS/2/obj deported/deport/VERB/VBD/2/xcomp to/to/ADP/IN/7/case "
      "Mordor/Mordor/PROPN/NNP/5/obl");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "deported"), "acl>Seoulites");
  EXPECT_EQ(s.words[4].xpos, "VBN");
  // A verb that takes an object complement keeps it: "found the vote rigged".
  Sentence t = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj found/find/VERB/VBD/0/root the/the/DET/DT/4/det "
      "vote/vote/NOUN/NN/2/obj rigged/rig/VERB/VBN/2/xcomp");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, NominalRootsLateSubjectIsTheVerbsObject) {
  // "Seoul defenses(root) shot(acl, VBN) down most(nsubj of defenses) of the drones ."
  Sentence s = Parse(
      "Seoul/Seoul/PROPN/NNP/2/compound defenses/defense/NOUN/NNS/0/root "
      "shot/shoot/VERB/VBN/2/acl down/down/ADP/RP/3/compound:prt most/most/ADJ/JJS/2/nsubj "
      "of/of/ADP/IN/8/case the/the/DET/DT/8/det drones/drone/NOUN/NNS/5/nmod "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "shot"), "root");
  EXPECT_EQ(Arc(s, "defenses"), "nsubj>shot");
  EXPECT_EQ(Arc(s, "most"), "obj>shot");
}

TEST(ParseRepair, DayAfterAVerbOfSayingIsWhenItWasSaid) {
  // "Bree said Sunday(nsubj:pass of struck) that it had struck Seoul"
  Sentence s = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root Sunday/Sunday/PROPN/NNP/7/nsubj:pass "
      "that/that/SCONJ/IN/7/mark it/it/PRON/PRP/7/nsubj had/have/AUX/VBD/7/aux "
      "struck/strike/VERB/VBN/2/ccomp Seoul/Seoul/PROPN/NNP/7/obj");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Sunday"), "obl:tmod>said");
  EXPECT_EQ(Arc(s, "it"), "nsubj>struck");
}

TEST(ParseRepair, PluralReadAsAVerbInWhatIsCalledIsANoun) {
  // "Bree called the Seoul(nsubj) strikes(VBZ, compound) murder"
  Sentence s = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj called/call/VERB/VBD/0/root the/the/DET/DT/2/obj "
      "Seoul/Seoul/PROPN/NNP/5/nsubj strikes/strike/VERB/VBZ/6/compound "
      "murder/murder/NOUN/NN/2/obj");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(s.words[4].upos, "NOUN");
  EXPECT_EQ(Arc(s, "Seoul"), "compound>murder");
  EXPECT_EQ(Arc(s, "the"), "det>murder");
  // A quoted compound elsewhere is UD's: 'the "polluter pays" fees expired'.
  Sentence t = Parse(
      "the/the/DET/DT/4/det polluter/polluter/NOUN/NN/3/nsubj pays/pay/VERB/VBZ/4/compound "
      "fees/fee/NOUN/NNS/5/nsubj expired/expire/VERB/VBD/0/root");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, NameTheDictionaryKnowsIsNoClause) {
  dict::DictionaryBuilder b;
  b.AddParleyActors("Committee to Protect Journalists => NGOMED\n", "actors.txt", false);
  b.AddParleyVerbs("111 protect\n", "verbs.txt");
  auto dicts = b.Build();
  // "the Committee(obl) to Protect(advcl) Journalists said"
  Sentence s = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj struck/strike/VERB/VBD/10/ccomp Seoul/Seoul/PROPN/NNP/2/obj "
      ",/,/PUNCT/,/6/punct the/the/DET/DT/6/det Committee/committee/NOUN/NN/2/obl:unmarked "
      "to/to/PART/TO/8/mark Protect/protect/VERB/VB/2/advcl Journalists/journalist/NOUN/NNS/8/obj "
      "said/say/VERB/VBD/0/root");
  EXPECT_GT(RepairSentence(&s, dicts.get()), 0);
  EXPECT_EQ(Arc(s, "Protect"), "flat>Committee");
  EXPECT_EQ(Arc(s, "Journalists"), "flat>Committee");
  EXPECT_EQ(Arc(s, "Committee"), "nsubj>said");
}

TEST(ParseRepair, NominalRootWithPrepositionalParticipleIsKept) {
  // "Attack on wounded soldiers": the participle is inside a PP.
  Sentence s = Parse(
      "Attack/attack/NOUN/NN/0/root on/on/ADP/IN/4/case wounded/wound/VERB/VBN/4/amod "
      "soldiers/soldier/NOUN/NNS/1/nmod");
  EXPECT_EQ(RepairSentence(&s, nullptr), 0);
}

TEST(ParseRepair, SubjectListBecomesConjuncts) {
  // "Mordor , the Shire , Arnor and Bree welcomed ties ."
  Sentence s = Parse(
      "Mordor/Mordor/PROPN/NNP/9/nsubj ,/,/PUNCT/,/1/punct the/the/DET/DT/4/det "
      "Shire/Shire/PROPN/NNP/9/nsubj ,/,/PUNCT/,/6/punct Arnor/Arnor/PROPN/NNP/4/appos "
      "and/and/CCONJ/CC/8/cc Bree/Bree/PROPN/NNP/4/conj welcomed/welcome/VERB/VBD/0/root "
      "ties/tie/NOUN/NNS/9/obj");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Shire"), "conj>Mordor");
  EXPECT_EQ(Arc(s, "Arnor"), "conj>Mordor");
  EXPECT_EQ(Arc(s, "Bree"), "conj>Mordor");
  EXPECT_EQ(Arc(s, "Mordor"), "nsubj>welcomed");
}

TEST(ParseRepair, CoordinatorOfTheVerbGoesToTheSecondSubject) {
  // "The lions and the evil Gondor welcomed ties"
  Sentence s = Parse(
      "The/the/DET/DT/2/det lions/lion/NOUN/NNS/7/nsubj and/and/CCONJ/CC/7/cc "
      "the/the/DET/DT/6/det evil/evil/ADJ/JJ/6/amod Gondor/Gondor/PROPN/NNP/7/nsubj "
      "welcomed/welcome/VERB/VBD/0/root ties/tie/NOUN/NNS/7/obj");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Gondor"), "conj>lions");
  EXPECT_EQ(Arc(s, "and"), "cc>Gondor");
}

TEST(ParseRepair, AdjacentSubjectsAreATitleCompound) {
  // "Deputy Prime Minister Telemar left"
  Sentence s = Parse(
      "Deputy/deputy/NOUN/NN/5/nsubj Prime/prime/ADJ/JJ/4/amod "
      "Minister/minister/PROPN/NNP/4/compound Telemar/Telemar/PROPN/NNP/5/nsubj "
      "left/leave/VERB/VBD/0/root");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Deputy"), "compound>Telemar");
  EXPECT_EQ(Arc(s, "Telemar"), "nsubj>left");
}

TEST(ParseRepair, SecondSubjectWithAPrepositionModifiesTheFirst) {
  // "Police in the capital Delhi say"
  Sentence s = Parse(
      "Police/police/NOUN/NNS/6/nsubj in/in/ADP/IN/5/case the/the/DET/DT/5/det "
      "capital/capital/NOUN/NN/5/compound Delhi/Delhi/PROPN/NNP/6/nsubj say/say/VERB/VBP/0/root");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Delhi"), "nmod>Police");
  EXPECT_EQ(Arc(s, "Police"), "nsubj>say");
}

TEST(ParseRepair, PrepositionReadAsSubordinatorBetweenSubjectsOpensAPhrase) {
  // "A Gondorian drone attack on(mark) Minas(nsubj) killed four people"
  Sentence s = Parse(
      "A/a/DET/DT/4/det Gondorian/Gondorian/ADJ/JJ/4/amod drone/drone/NOUN/NN/4/compound "
      "attack/attack/NOUN/NN/7/nsubj on/on/ADP/IN/7/mark Minas/Minas/PROPN/NNP/7/nsubj "
      "killed/kill/VERB/VBD/0/root four/four/NUM/CD/9/nummod people/people/NOUN/NNS/7/obj");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Minas"), "nmod>attack");
  EXPECT_EQ(Arc(s, "on"), "case>Minas");
  EXPECT_EQ(Arc(s, "attack"), "nsubj>killed");
  // "after" opens a clause: left to the subordinate-root repair.
  Sentence after = Parse(
      "attack/attack/NOUN/NN/4/nsubj after/after/ADP/IN/4/mark rebels/rebel/NOUN/NNS/4/nsubj "
      "fired/fire/VERB/VBD/0/root");
  RepairSentence(&after, nullptr);
  EXPECT_NE(Arc(after, "rebels"), "nmod>attack");
}

TEST(ParseRepair, BareNameBeforeTheSubjectModifiesIt) {
  // "US(obl:unmarked) B - 2 bombers struck the plant"
  Sentence s = Parse(
      "US/US/PROPN/NNP/6/obl:unmarked B/B/PROPN/NNP/1/flat -/-/PUNCT/HYPH/6/punct "
      "2/2/NUM/CD/5/nummod bombers/bomber/NOUN/NNS/6/nsubj struck/strike/VERB/VBD/0/root "
      "the/the/DET/DT/8/det plant/plant/NOUN/NN/6/obj");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "US"), "compound>bombers");
  EXPECT_EQ(Arc(s, "-"), "punct>US");
  // A day stays the verb's time: "Monday(obl:unmarked) officials said"
  Sentence day = Parse(
      "Monday/Monday/PROPN/NNP/3/obl:unmarked officials/official/NOUN/NNS/3/nsubj "
      "said/say/VERB/VBD/0/root");
  EXPECT_EQ(RepairSentence(&day, nullptr), 0);
}

TEST(ParseRepair, EdAdjectiveOfVerblessRootNounIsTheVerb) {
  // "Arnor unveiled(ADJ) sanctions(root) on Gondorian companies"
  Sentence s = Parse(
      "Arnor/Arnor/PROPN/NNP/3/compound unveiled/unveiled/ADJ/JJ/3/amod "
      "sanctions/sanction/NOUN/NNS/0/root on/on/ADP/IN/6/case "
      "Gondorian/Gondorian/ADJ/JJ/6/amod companies/company/NOUN/NNS/3/nmod ././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "unveiled"), "root");
  EXPECT_EQ(Arc(s, "Arnor"), "nsubj>unveiled");
  EXPECT_EQ(Arc(s, "sanctions"), "obj>unveiled");
  // "armed" stays an adjective: "Arnor armed forces."
  Sentence armed = Parse(
      "Arnor/Arnor/PROPN/NNP/3/compound armed/armed/ADJ/JJ/3/amod forces/force/NOUN/NNS/0/root "
      "././PUNCT/./3/punct");
  EXPECT_EQ(RepairSentence(&armed, nullptr), 0);
}

TEST(ParseRepair, CommaSeparatedSubjectsWithoutCoordinatorAreApposition) {
  // "Smith , the minister , said"
  Sentence s = Parse(
      "Smith/Smith/PROPN/NNP/6/nsubj ,/,/PUNCT/,/1/punct the/the/DET/DT/4/det "
      "minister/minister/NOUN/NN/6/nsubj ,/,/PUNCT/,/4/punct said/say/VERB/VBD/0/root");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "minister"), "appos>Smith");
}

TEST(ParseRepair, TitleAndNameAreHeadedByTheName) {
  // "Bree Prime Minister Romendacil did n't clash"
  Sentence s = Parse(
      "Bree/Bree/PROPN/NNP/7/nsubj Prime/prime/ADJ/JJ/3/amod "
      "Minister/minister/PROPN/NNP/4/compound Romendacil/Romendacil/PROPN/NNP/1/nmod "
      "did/do/AUX/VBD/7/aux n't/not/PART/RB/7/advmod clash/clash/VERB/VB/0/root");
  EXPECT_GT(RepairSentence(&s, Dicts().get()), 0);
  EXPECT_EQ(Arc(s, "Romendacil"), "nsubj>clash");
  EXPECT_EQ(Arc(s, "Bree"), "compound>Romendacil");
  // Without a title inside, a two-word name keeps its flat structure.
  Sentence t = Parse(
      "Hamfast/Hamfast/PROPN/NNP/3/nsubj Gamgee/Gamgee/PROPN/NNP/1/flat "
      "left/leave/VERB/VBD/0/root");
  EXPECT_EQ(RepairSentence(&t, Dicts().get()), 0);
}

TEST(ParseRepair, ModalNounHeadIsAVerb) {
  // "Soldiers will not wire tap the links"
  Sentence s = Parse(
      "Soldiers/soldier/NOUN/NNS/5/nsubj will/will/AUX/MD/5/aux not/not/PART/RB/5/advmod "
      "wire/wire/NOUN/NN/5/compound tap/tap/NOUN/NN/0/root the/the/DET/DT/7/det "
      "links/link/NOUN/NNS/5/obj");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(s.words[4].upos, "VERB");
}

TEST(ParseRepair, ModalBaseFormMistaggedBeforeParticipleRoot) {
  // "Arnor will abandon improved relations with Gondor ."
  Sentence s = Parse(
      "Arnor/Arnor/PROPN/NNP/4/nsubj will/will/AUX/MD/4/aux abandon/abandon/ADV/RB/4/advmod "
      "improved/improve/VERB/VBN/0/root relations/relation/NOUN/NNS/4/obj "
      "with/with/ADP/IN/7/case Gondor/Gondor/PROPN/NNP/5/nmod ././PUNCT/./4/punct");
  EXPECT_GT(RepairSentence(&s, Dicts().get()), 0);
  EXPECT_EQ(Arc(s, "abandon"), "root");
  EXPECT_EQ(s.words[2].upos, "VERB");
  EXPECT_EQ(Arc(s, "relations"), "obj>abandon");
  EXPECT_EQ(Arc(s, "improved"), "amod>relations");
  EXPECT_EQ(Arc(s, "Arnor"), "nsubj>abandon");
  EXPECT_EQ(Arc(s, "will"), "aux>abandon");
  // Without dictionaries the base form is not known: no change.
  Sentence t = Parse(
      "Arnor/Arnor/PROPN/NNP/4/nsubj will/will/AUX/MD/4/aux abandon/abandon/ADV/RB/4/advmod "
      "improved/improve/VERB/VBN/0/root relations/relation/NOUN/NNS/4/obj");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, BareNounAdverbialClauseIsTheObject) {
  // "Soldiers cordoned off for construction the roads"
  Sentence s = Parse(
      "Soldiers/soldier/NOUN/NNS/2/nsubj cordoned/cordon/VERB/VBD/0/root "
      "off/off/ADP/RP/2/compound:prt for/for/ADP/IN/5/case construction/construction/NOUN/NN/2/obl "
      "the/the/DET/DT/7/det roads/road/NOUN/NNS/2/advcl");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "roads"), "obj>cordoned");
}

TEST(ParseRepair, FinalReportingClauseIsParataxis) {
  // "Arnor restores ties with Gondor , a senior official said ."
  Sentence s = Parse(
      "Arnor/Arnor/PROPN/NNP/2/nsubj restores/restore/VERB/VBZ/0/root ties/tie/NOUN/NNS/2/obj "
      "with/with/ADP/IN/5/case Gondor/Gondor/PROPN/NNP/3/nmod ,/,/PUNCT/,/10/punct "
      "a/a/DET/DT/9/det senior/senior/ADJ/JJ/9/amod official/official/NOUN/NN/10/nsubj "
      "said/say/VERB/VBD/5/acl:relcl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "said"), "parataxis>restores");
  // A relative clause that does not close the sentence stays.
  Sentence t = Parse(
      "talks/talk/NOUN/NNS/0/root ,/,/PUNCT/,/4/punct he/he/PRON/PRP/4/nsubj "
      "said/say/VERB/VBD/1/acl:relcl ,/,/PUNCT/,/6/punct failed/fail/VERB/VBD/1/acl");
  RepairSentence(&t, nullptr);
  EXPECT_EQ(Arc(t, "said"), "acl:relcl>talks");
}

TEST(ParseRepair, CoordinatedAdverbsBeforeAParticiple) {
  // "The Philippines was heavily and unjustly criticized"
  Sentence s = Parse(
      "The/the/DET/DT/2/det Philippines/Philippines/PROPN/NNP/4/nsubj was/be/AUX/VBD/4/cop "
      "heavily/heavily/ADV/RB/0/root and/and/CCONJ/CC/7/cc unjustly/unjustly/ADV/RB/7/advmod "
      "criticized/criticize/VERB/VBN/4/conj");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "criticized"), "root");
  EXPECT_EQ(Arc(s, "Philippines"), "nsubj:pass>criticized");
  EXPECT_EQ(Arc(s, "was"), "aux:pass>criticized");
  EXPECT_EQ(Arc(s, "heavily"), "advmod>criticized");
}

TEST(ParseRepair, PossessiveConjunctModifiesTheNextNoun) {
  // "toward Gondor and Arnor 's Elrond"
  Sentence s = Parse(
      "toward/toward/ADP/IN/2/case Gondor/Gondor/PROPN/NNP/0/root and/and/CCONJ/CC/4/cc "
      "Arnor/Arnor/PROPN/NNP/2/conj 's/'s/PART/POS/4/case Elrond/Elrond/PROPN/NNP/2/conj");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Arnor"), "nmod:poss>Elrond");
  EXPECT_EQ(Arc(s, "and"), "cc>Elrond");
}

TEST(ParseRepair, PossessiveBeforeACommaStaysAConjunct) {
  // "Butcher , Davio 's , and Del Friscos"
  Sentence s = Parse(
      "Butcher/Butcher/PROPN/NNP/0/root ,/,/PUNCT/,/3/punct Davio/Davio/PROPN/NNP/1/conj "
      "'s/'s/PART/POS/3/case ,/,/PUNCT/,/8/punct and/and/CCONJ/CC/8/cc "
      "Del/Del/PROPN/NNP/8/compound "
      "Friscos/Friscos/PROPN/NNP/1/conj");
  EXPECT_EQ(RepairSentence(&s, nullptr), 0);
}

TEST(ParseRepair, SubjectsAcrossACopulaAreLeftAlone) {
  // "The point is , FHS gives you a chance": two nsubj, a copula between.
  Sentence s = Parse(
      "The/the/DET/DT/2/det point/point/NOUN/NN/6/nsubj is/be/AUX/VBZ/6/cop ,/,/PUNCT/,/6/punct "
      "FHS/FHS/PROPN/NNP/6/nsubj gives/give/VERB/VBZ/0/root");
  EXPECT_EQ(RepairSentence(&s, nullptr), 0);
}

TEST(ParseRepair, ListOfParticipleNounsUnderNominalRootIsKept) {
  // "Boiled rice and boiled chicken breast ."
  Sentence s = Parse(
      "Boiled/boil/VERB/VBN/2/amod rice/rice/NOUN/NN/0/root and/and/CCONJ/CC/6/cc "
      "boiled/boil/VERB/VBN/6/amod chicken/chicken/NOUN/NN/6/compound "
      "breast/breast/NOUN/NN/2/conj ././PUNCT/./2/punct");
  EXPECT_EQ(RepairSentence(&s, nullptr), 0);
}

TEST(ParseRepair, InfinitiveAfterVerbOfAskingIsAComplement) {
  // "Calenardhon urged Bree on Monday to help" vs "came to help"
  Sentence s = Parse(
      "Calenardhon/Calenardhon/PROPN/NNP/2/nsubj urged/urge/VERB/VBD/0/root "
      "Bree/Bree/PROPN/NNP/2/obj on/on/ADP/IN/5/case Monday/Monday/PROPN/NNP/2/obl "
      "to/to/PART/TO/7/mark help/help/VERB/VB/2/advcl");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "help"), "xcomp>urged");
  Sentence t = Parse(
      "They/they/PRON/PRP/2/nsubj came/come/VERB/VBD/0/root to/to/PART/TO/4/mark "
      "help/help/VERB/VB/2/advcl");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
  // "called on Gondor to leave" is a request; "called the manager to complain" a phone call.
  Sentence u = Parse(
      "Gollum/Gollum/PROPN/NNP/2/nsubj called/call/VERB/VBD/0/root on/on/ADP/IN/4/case "
      "Gondor/Gondor/PROPN/NNP/2/obl to/to/PART/TO/6/mark leave/leave/VERB/VB/2/advcl");
  EXPECT_GT(RepairSentence(&u, nullptr), 0);
  EXPECT_EQ(Arc(u, "leave"), "xcomp>called");
  Sentence v = Parse(
      "I/I/PRON/PRP/2/nsubj called/call/VERB/VBD/0/root the/the/DET/DT/4/det "
      "manager/manager/NOUN/NN/2/obj to/to/PART/TO/6/mark complain/complain/VERB/VB/2/advcl");
  EXPECT_EQ(RepairSentence(&v, nullptr), 0);
  // "Aoun urged Bree(nsubj of pressure) to pressure(advcl) Gondor": the
  // person asked, read as the infinitive's subject, is the verb's object.
  Sentence w = Parse(
      "Aoun/Aoun/PROPN/NNP/2/nsubj urged/urge/VERB/VBD/0/root Bree/Bree/PROPN/NNP/5/nsubj "
      "to/to/PART/TO/5/mark pressure/pressure/VERB/VB/2/advcl Gondor/Gondor/PROPN/NNP/5/obj");
  EXPECT_GT(RepairSentence(&w, nullptr), 0);
  EXPECT_EQ(Arc(w, "Bree"), "obj>urged");
  EXPECT_EQ(Arc(w, "pressure"), "xcomp>urged");
}

TEST(ParseRepair, TimeWordRootGivesWayToTheVerb) {
  // "the new mayor arrived(NOUN) yesterday for Minas Tirith ."
  Sentence s = Parse(
      "the/the/DET/DT/3/det new/new/ADJ/JJ/4/amod mayor/mayor/NOUN/NN/4/compound "
      "arrived/arrived/NOUN/NN/5/compound yesterday/yesterday/NOUN/NN/0/root "
      "for/for/ADP/IN/7/case Tirith/Tirith/PROPN/NNP/5/nmod ././PUNCT/./5/punct");
  dict::DictionaryBuilder b;
  b.AddParleyVerbs("042 arrive\n", "verbs.txt");
  auto dicts = b.Build();
  EXPECT_GT(RepairSentence(&s, dicts.get()), 0);
  EXPECT_EQ(Arc(s, "arrived"), "root");
  EXPECT_EQ(s.words[3].upos, "VERB");
  EXPECT_EQ(Arc(s, "mayor"), "nsubj>arrived");
  EXPECT_EQ(Arc(s, "new"), "amod>mayor");
  EXPECT_EQ(Arc(s, "yesterday"), "obl:tmod>arrived");
  EXPECT_EQ(Arc(s, "Tirith"), "obl>arrived");
  // Without the verb dictionary's word the noun reading stays.
  Sentence t =
      Parse("the/the/DET/DT/2/det rally/rally/NOUN/NN/3/compound today/today/NOUN/NN/0/root");
  EXPECT_EQ(RepairSentence(&t, dicts.get()), 0);
}

TEST(ParseRepair, CommaSeparatedAdjectivesModifyTheObject) {
  // "restore complete , full diplomatic ties"
  Sentence s = Parse(
      "restore/restore/VERB/VB/0/root complete/complete/ADJ/JJ/1/xcomp ,/,/PUNCT/,/6/punct "
      "full/full/ADJ/JJ/6/amod diplomatic/diplomatic/ADJ/JJ/6/amod ties/tie/NOUN/NNS/1/parataxis");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "ties"), "obj>restore");
  EXPECT_EQ(Arc(s, "complete"), "amod>ties");
}

TEST(ParseRepair, CoordinatedGerundBeforeANounIsAModifier) {
  // "Gondor launched a new bombing and shelling offensive against Osgiliath during the night"
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj launched/launch/VERB/VBD/0/root a/a/DET/DT/5/det "
      "new/new/ADJ/JJ/5/amod bombing/bombing/NOUN/NN/2/obj and/and/CCONJ/CC/7/cc "
      "shelling/shell/VERB/VBG/2/conj offensive/offensive/NOUN/NN/7/obj "
      "against/against/ADP/IN/10/case Osgiliath/Osgiliath/PROPN/NNP/8/nmod "
      "during/during/ADP/IN/13/case the/the/DET/DT/13/det night/night/NOUN/NN/7/obl");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "offensive"), "obj>launched");
  EXPECT_EQ(Arc(s, "bombing"), "compound>offensive");
  EXPECT_EQ(Arc(s, "shelling"), "conj>bombing");
  EXPECT_EQ(Arc(s, "a"), "det>offensive");
  EXPECT_EQ(Arc(s, "night"), "obl>launched");
  // A gerund with its own auxiliary is a clause: "were killing people and burning houses".
  Sentence t = Parse(
      "they/they/PRON/PRP/3/nsubj were/be/AUX/VBD/3/aux killing/kill/VERB/VBG/0/root "
      "people/people/NOUN/NNS/3/obj and/and/CCONJ/CC/6/cc burning/burn/VERB/VBG/3/conj "
      "houses/house/NOUN/NNS/6/obj");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, BareVerbAfterToWithItsOwnComplementIsAnInfinitive) {
  dict::DictionaryBuilder b;
  b.AddParleyVerbs("013 accord\n020 detail\n", "verbs.txt");
  auto dicts = b.Build();
  // "Arnor is inching nearer to accord with Gondor"
  Sentence s = Parse(
      "Arnor/Arnor/PROPN/NNP/3/nsubj is/be/AUX/VBZ/3/aux inching/inch/VERB/VBG/0/root "
      "nearer/nearer/NOUN/NN/3/obj to/to/ADP/IN/6/case accord/accord/NOUN/NN/3/obl "
      "with/with/ADP/IN/8/case Gondor/Gondor/PROPN/NNP/6/nmod");
  EXPECT_GT(RepairSentence(&s, dicts.get()), 0);
  EXPECT_EQ(Arc(s, "accord"), "advcl>inching");
  EXPECT_EQ(Arc(s, "to"), "mark>accord");
  EXPECT_EQ(Arc(s, "Gondor"), "obl>accord");
  // "has begun to question whether he has a future": a subject-control complement.
  Sentence q = Parse(
      "Sam/Sam/PROPN/NNP/3/nsubj has/have/AUX/VBZ/3/aux begun/begin/VERB/VBN/0/root "
      "to/to/ADP/IN/5/case question/question/NOUN/NN/3/obl whether/whether/SCONJ/IN/8/mark "
      "he/he/PRON/PRP/8/nsubj has/have/VERB/VBZ/3/advcl a/a/DET/DT/10/det "
      "future/future/NOUN/NN/8/obj");
  EXPECT_GT(RepairSentence(&q, dicts.get()), 0);  // "question" is not in them
  EXPECT_EQ(Arc(q, "question"), "xcomp>begun");
  EXPECT_EQ(q.words[7].deprel, "ccomp");  // the second "has"
  EXPECT_EQ(q.words[7].head, 5);
  // "pays attention to detail": no complement of its own, a noun.
  Sentence t = Parse(
      "he/he/PRON/PRP/2/nsubj pays/pay/VERB/VBZ/0/root attention/attention/NOUN/NN/2/obj "
      "to/to/ADP/IN/5/case detail/detail/NOUN/NN/2/obl");
  EXPECT_EQ(RepairSentence(&t, dicts.get()), 0);
}

TEST(ParseRepair, CoderUsesTheRepairedTreeUnlessTurnedOff) {
  Document doc = testing::DocFromSpecs(
      {"Pyongyang/Pyongyang/VERB/0/root on/on/ADP/3/case Thursday/Thursday/PROPN/1/obl "
       "fired/fire/VERB/7/amod two/two/NUM/7/nummod artillery/artillery/NOUN/7/compound "
       "shells/shell/NOUN/1/obj at/at/ADP/9/case Seoul/Seoul/PROPN/7/nmod ././PUNCT/1/punct"},
      "2020-05-01");
  doc.sentences[0].words[3].xpos = "VBN";
  std::vector<Event> events;
  Coder(Dicts(), {}).CodeDocument(doc, &events);
  EXPECT_EQ(testing::SortedTriples(events), (std::vector<std::string>{"PRK KOR 190"}));
  CoderOptions off;
  off.repair_parses = false;
  events.clear();
  Coder(Dicts(), off).CodeDocument(doc, &events);
  EXPECT_TRUE(events.empty());
  EXPECT_EQ(doc.sentences[0].words[0].upos, "VERB");  // the input is never changed
}

TEST(ParseRepair, DatelineGivesWayToTheSubjectAfterTheDash) {
  // "KABUL (Reuters) - Russia said talks began." parsed with the dateline as
  // the subject and Russia as its appositive.
  Sentence s = Parse(
      "KABUL/Kabul/PROPN/NNP/7/nsubj (/(/PUNCT/-LRB-/3/punct Reuters/Reuters/PROPN/NNP/1/appos "
      ")/)/PUNCT/-RRB-/3/punct -/-/PUNCT/HYPH/6/punct Russia/Russia/PROPN/NNP/1/appos "
      "said/say/VERB/VBD/0/root talks/talk/NOUN/NNS/9/nsubj began/begin/VERB/VBD/7/ccomp");
  EXPECT_EQ(RepairSentence(&s, nullptr), 1);
  EXPECT_EQ(Arc(s, "Russia"), "nsubj>said");
  EXPECT_EQ(Arc(s, "KABUL"), "dep>said");
  // Without a dash there is no dateline: nothing changes.
  Sentence plain = Parse(
      "KABUL/Kabul/PROPN/NNP/4/nsubj ,/,/PUNCT/,/3/punct Russia/Russia/PROPN/NNP/1/appos "
      "said/say/VERB/VBD/0/root");
  EXPECT_EQ(RepairSentence(&plain, nullptr), 0);
}

TEST(ParseRepair, AdjectiveReadAsAnObjectBeforeItsVerbModifiesTheSubject) {
  // "Mordorian(obj>threatened) President(nmod:desc) Sauron(nsubj) threatened to strike Bree ."
  Sentence s = Parse(
      "Mordorian/Mordorian/ADJ/JJ/5/obj President/President/PROPN/NNP/3/nmod:desc "
      "Sauron/Sauron/PROPN/NNP/5/nsubj Gorthaur/Gorthaur/PROPN/NNP/3/flat "
      "threatened/threaten/VERB/VBD/0/root to/to/PART/TO/7/mark strike/strike/VERB/VB/5/xcomp "
      "Bree/Bree/PROPN/NNP/7/obj ././PUNCT/./5/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Mordorian"), "amod>President");
  EXPECT_EQ(Arc(s, "Sauron"), "nsubj>threatened");
  // An adjective object after its verb is left alone ("painted it red" reads
  // otherwise, but no object precedes the verb there).
  Sentence a = Parse(
      "They/they/PRON/PRP/2/nsubj found/find/VERB/VBD/0/root guilty/guilty/ADJ/JJ/2/obj "
      "././PUNCT/./2/punct");
  EXPECT_EQ(RepairSentence(&a, nullptr), 0);
}

TEST(ParseRepair, VerbReadAsAdjectiveOfTheObjectBecomesThePredicate) {
  // "Gondorian and Arnorian troops(root) exchanged(amod) artillery fire(nmod) across the river ."
  Sentence s = Parse(
      "Gondorian/Gondorian/ADJ/JJ/4/amod and/and/CCONJ/CC/3/cc Arnorian/Arnorian/ADJ/JJ/1/conj "
      "troops/troops/NOUN/NNS/0/root exchanged/exchange/VERB/VBN/7/amod "
      "artillery/artillery/NOUN/NN/7/compound fire/fire/NOUN/NN/4/nmod "
      "across/across/ADP/IN/10/case "
      "the/the/DET/DT/10/det river/river/NOUN/NN/7/nmod ././PUNCT/./4/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "exchanged"), "root");
  EXPECT_EQ(Arc(s, "troops"), "nsubj>exchanged");
  EXPECT_EQ(Arc(s, "fire"), "obj>exchanged");
  EXPECT_EQ(Arc(s, "."), "punct>exchanged");
  // "Photos of the renovated(amod) house": a noun with a preposition is left.
  Sentence p = Parse(
      "Photos/photo/NOUN/NNS/0/root of/of/ADP/IN/5/case the/the/DET/DT/5/det "
      "renovated/renovate/VERB/VBN/5/amod house/house/NOUN/NN/1/nmod");
  EXPECT_EQ(RepairSentence(&p, nullptr), 0);
}

TEST(ParseRepair, ClauseReadAsParticipleOfTheFirstOfTwoSubjectsOfSaid) {
  // "Armed men(nsubj) abducted(acl) students , police(nsubj) said(root) ."
  Sentence s = Parse(
      "Armed/armed/ADJ/JJ/2/amod men/man/NOUN/NNS/7/nsubj abducted/abduct/VERB/VBN/2/acl "
      "students/student/NOUN/NNS/3/obj ,/,/PUNCT/,/6/punct police/police/NOUN/NNS/7/nsubj "
      "said/say/VERB/VBD/0/root ././PUNCT/./7/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "abducted"), "root");
  EXPECT_EQ(Arc(s, "men"), "nsubj>abducted");
  EXPECT_EQ(Arc(s, "said"), "parataxis>abducted");
  EXPECT_EQ(Arc(s, "police"), "nsubj>said");
}

TEST(ParseRepair, ReportsReadAsANounClosesTheSentenceAsAReport) {
  // "Gondor attacked Bree , Reuters(compound) reports(NOUN, conj) ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj attacked/attack/VERB/VBD/0/root "
      "Bree/Bree/PROPN/NNP/2/obj ,/,/PUNCT/,/6/punct Reuters/Reuters/PROPN/NNP/6/compound "
      "reports/report/NOUN/NNS/3/conj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "reports"), "parataxis>attacked");
  EXPECT_EQ(Arc(s, "Reuters"), "nsubj>reports");
  EXPECT_EQ(s.words[5].upos, "VERB");
}

TEST(ParseRepair, DayNamesDoNotHeadOrEndNames) {
  // "met with President Elessar(compound) Tuesday(obl)": Elessar heads the
  // phrase and takes its preposition; Tuesday is the verb's time.
  Sentence s = Parse(
      "Faramir/Faramir/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root with/with/ADP/IN/5/case "
      "President/President/PROPN/NNP/5/nmod:desc Aragorn/Aragorn/PROPN/NNP/6/compound "
      "Elessar/Elessar/PROPN/NNP/7/compound Tuesday/Tuesday/PROPN/NNP/2/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Elessar"), "obl>met");
  EXPECT_EQ(Arc(s, "Aragorn"), "compound>Elessar");
  EXPECT_EQ(Arc(s, "with"), "case>Elessar");
  EXPECT_EQ(Arc(s, "President"), "nmod:desc>Elessar");
  EXPECT_EQ(Arc(s, "Tuesday"), "obl:tmod>met");
  // "met with President Elessar Tuesday(flat)": the day leaves the name.
  Sentence f = Parse(
      "Faramir/Faramir/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root with/with/ADP/IN/4/case "
      "Elessar/Elessar/PROPN/NNP/2/obl Tuesday/Tuesday/PROPN/NNP/4/flat ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&f, nullptr), 0);
  EXPECT_EQ(Arc(f, "Tuesday"), "obl:tmod>met");
}

TEST(ParseRepair, ASecondSubjectAfterAnActiveVerbIsItsObject) {
  // "Elessar(nsubj) hosted Faramir(nsubj) ." ; "..., said the minister" stays.
  Sentence s = Parse(
      "Elessar/Elessar/PROPN/NNP/2/nsubj hosted/host/VERB/VBD/0/root "
      "Faramir/Faramir/PROPN/NNP/2/nsubj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Faramir"), "obj>hosted");
  Sentence said = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root "
      "Faramir/Faramir/PROPN/NNP/2/nsubj ././PUNCT/./2/punct");
  EXPECT_EQ(RepairSentence(&said, nullptr), 0);
}

TEST(ParseRepair, ParticipleWithAnObjectControlComplementIsTheVerb) {
  // "Gondor's minister(root) called(acl, VBN) on Bree to help(xcomp) ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/3/nmod:poss 's/'s/PART/POS/1/case minister/minister/NOUN/NN/0/root "
      "called/call/VERB/VBN/3/acl on/on/ADP/IN/6/case Bree/Bree/PROPN/NNP/4/obl "
      "to/to/PART/TO/8/mark help/help/VERB/VB/4/xcomp ././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "called"), "root");
  EXPECT_EQ(Arc(s, "minister"), "nsubj>called");
  // "the man(root) asked(acl) to leave": no phrase before the infinitive.
  Sentence m = Parse(
      "the/the/DET/DT/2/det man/man/NOUN/NN/0/root asked/ask/VERB/VBN/2/acl "
      "to/to/PART/TO/5/mark leave/leave/VERB/VB/3/xcomp");
  EXPECT_EQ(RepairSentence(&m, nullptr), 0);
}

TEST(ParseRepair, VerbReadAsAdjectiveOfTheRootsSubjectBecomesThePredicate) {
  // "Gondorian police(compound) arrested(amod) dozens(nsubj) of protesters
  // outside parliament(root) ."
  Sentence s = Parse(
      "Gondorian/Gondorian/ADJ/JJ/2/amod police/police/NOUN/NN/4/compound "
      "arrested/arrest/VERB/VBN/4/amod dozens/dozen/NOUN/NNS/8/nsubj of/of/ADP/IN/6/case "
      "protesters/protester/NOUN/NNS/4/nmod outside/outside/ADJ/JJ/8/amod "
      "parliament/parliament/NOUN/NN/0/root ././PUNCT/./8/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "arrested"), "root");
  EXPECT_EQ(Arc(s, "police"), "nsubj>arrested");
  EXPECT_EQ(Arc(s, "Gondorian"), "amod>police");
  EXPECT_EQ(Arc(s, "dozens"), "obj>arrested");
  EXPECT_EQ(Arc(s, "parliament"), "obl>arrested");
  EXPECT_EQ(Arc(s, "."), "punct>arrested");
}

TEST(ParseRepair, SubjectOfAPrepositionalNounIsTheVerbsObject) {
  // "Bree impeached Elessar(nsubj) over his decree(obl) ."
  Sentence s = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj impeached/impeach/VERB/VBD/0/root "
      "Elessar/Elessar/PROPN/NNP/6/nsubj over/over/ADP/IN/6/case his/his/PRON/PRP$/6/nmod:poss "
      "decree/decree/NOUN/NN/2/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Elessar"), "obj>impeached");
}

TEST(ParseRepair, VerbInANounsPlaceAfterTheIsANoun) {
  // "Gondor condemned the Bree(nsubj) strikes(VBZ, obj) on Arnor ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj condemned/condemn/VERB/VBD/0/root the/the/DET/DT/4/det "
      "Bree/Bree/PROPN/NNP/5/nsubj strikes/strike/VERB/VBZ/2/obj on/on/ADP/IN/7/case "
      "Arnor/Arnor/PROPN/NNP/5/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "strikes"), "obj>condemned");
  EXPECT_EQ(s.words[4].upos, "NOUN");
  EXPECT_EQ(Arc(s, "Bree"), "compound>strikes");
  EXPECT_EQ(Arc(s, "the"), "det>strikes");
  EXPECT_EQ(Arc(s, "Arnor"), "nmod>strikes");
}

TEST(ParseRepair, HeadlineDropsThePassivesAuxiliary) {
  // "Bree accused(VBD, root) of treason" (no closing punctuation): passive.
  Sentence s = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj accused/accuse/VERB/VBD/0/root of/of/ADP/IN/4/case "
      "treason/treason/NOUN/NN/2/obl");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Bree"), "nsubj:pass>accused");
  // A sentence with its full stop is left as parsed.
  Sentence full = Parse(
      "Bree/Bree/PROPN/NNP/2/nsubj accused/accuse/VERB/VBD/0/root of/of/ADP/IN/4/case "
      "treason/treason/NOUN/NN/2/obl ././PUNCT/./2/punct");
  EXPECT_EQ(RepairSentence(&full, nullptr), 0);
}

TEST(ParseRepair, CrossingAfterANounIsThePlace) {
  // "Gondor opened the border crossing(VBG, acl) to allow(xcomp) aid ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj opened/open/VERB/VBD/0/root the/the/DET/DT/4/det "
      "border/border/NOUN/NN/2/obj crossing/cross/VERB/VBG/4/acl to/to/PART/TO/7/mark "
      "allow/allow/VERB/VB/5/xcomp aid/aid/NOUN/NN/7/obj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "crossing"), "obj>opened");
  EXPECT_EQ(s.words[4].upos, "NOUN");
  EXPECT_EQ(Arc(s, "border"), "compound>crossing");
  EXPECT_EQ(Arc(s, "the"), "det>crossing");
  EXPECT_EQ(Arc(s, "allow"), "advcl>opened");
}

TEST(ParseRepair, ByPhraseAfterAParticipleIsItsAgent) {
  // "Gondorian forces backed(acl) by Bree(nmod of forces) attacked ."
  Sentence s = Parse(
      "Gondorian/Gondorian/ADJ/JJ/2/amod forces/force/NOUN/NNS/6/nsubj "
      "backed/back/VERB/VBN/2/acl by/by/ADP/IN/5/case Bree/Bree/PROPN/NNP/2/nmod "
      "attacked/attack/VERB/VBD/0/root ././PUNCT/./6/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Bree"), "obl:agent>backed");
}

TEST(ParseRepair, PastConjunctOfAModalClauseGoesWithSaid) {
  // "Gondor said Bree would not fight(ccomp) and rejected(conj of fight) the offer ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root Bree/Bree/PROPN/NNP/6/nsubj "
      "would/would/AUX/MD/6/aux not/not/PART/RB/6/advmod fight/fight/VERB/VB/2/ccomp "
      "and/and/CCONJ/CC/8/cc rejected/reject/VERB/VBD/6/conj the/the/DET/DT/10/det "
      "offer/offer/NOUN/NN/8/obj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "rejected"), "conj>said");
}

TEST(ParseRepair, OnPhraseRightAfterASubjectNounModifiesIt) {
  // "Gondorian strikes(nsubj) on Bree(obl of killed) killed ten people ."
  Sentence s = Parse(
      "Gondorian/Gondorian/ADJ/JJ/2/amod strikes/strike/NOUN/NNS/5/nsubj on/on/ADP/IN/4/case "
      "Bree/Bree/PROPN/NNP/5/obl killed/kill/VERB/VBD/0/root ten/ten/NUM/CD/7/nummod "
      "people/people/NOUN/NNS/5/obj ././PUNCT/./5/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Bree"), "nmod>strikes");
  // A time stays the verb's: "The army on Monday attacked ."
  Sentence time = Parse(
      "The/the/DET/DT/2/det army/army/NOUN/NN/5/nsubj on/on/ADP/IN/4/case "
      "Monday/Monday/PROPN/NNP/5/obl attacked/attack/VERB/VBD/0/root ././PUNCT/./5/punct");
  RepairSentence(&time, nullptr);
  EXPECT_EQ(Arc(time, "Monday"), "obl>attacked");
}

TEST(ParseRepair, PlacePrepositionReadAsAdjectiveOpensAPhrase) {
  // "clashed with riot police outside(ADJ, amod) parliament(obl) ."
  Sentence s = Parse(
      "Crowds/crowd/NOUN/NNS/2/nsubj clashed/clash/VERB/VBD/0/root with/with/ADP/IN/7/case "
      "riot/riot/NOUN/NN/5/compound police/police/NOUN/NN/7/compound "
      "outside/outside/ADJ/JJ/7/amod parliament/parliament/NOUN/NN/2/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "police"), "obl>clashed");
  EXPECT_EQ(Arc(s, "with"), "case>police");
  EXPECT_EQ(Arc(s, "parliament"), "nmod>police");
  EXPECT_EQ(Arc(s, "outside"), "case>parliament");
}

TEST(ParseRepair, RootWithASubordinatorIsTheSubordinateClause) {
  // "The Gondorian army bombed(amod) Bree targets(nsubj) after rebels fired(root) ."
  Sentence s = Parse(
      "The/the/DET/DT/5/det Gondorian/Gondorian/ADJ/JJ/5/amod army/army/ADJ/JJ/5/amod "
      "bombed/bomb/VERB/VBN/5/amod targets/target/NOUN/NNS/8/nsubj after/after/ADP/IN/8/mark "
      "rebels/rebel/NOUN/NNS/8/nsubj fired/fire/VERB/VBD/0/root ././PUNCT/./8/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "bombed"), "root");
  EXPECT_EQ(Arc(s, "army"), "nsubj>bombed");
  EXPECT_EQ(Arc(s, "Gondorian"), "amod>army");
  EXPECT_EQ(Arc(s, "targets"), "obj>bombed");
  EXPECT_EQ(Arc(s, "fired"), "advcl>bombed");
  EXPECT_EQ(Arc(s, "rebels"), "nsubj>fired");
}

TEST(ParseRepair, InfinitiveAfterAnOfferIsTheOffers) {
  // "Gondor rejected Bree's offer(obj) to send(advcl) troops ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj rejected/reject/VERB/VBD/0/root "
      "Bree/Bree/PROPN/NNP/4/nmod:poss offer/offer/NOUN/NN/2/obj to/to/PART/TO/6/mark "
      "send/send/VERB/VB/2/advcl troops/troops/NOUN/NNS/6/obj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "send"), "acl>offer");
}

TEST(ParseRepair, AccusedOfAfterANounIsItsParticiple) {
  // "Rebels executed several men(nsubj) accused(ccomp) of spying ."
  Sentence s = Parse(
      "Rebels/rebel/NOUN/NNS/2/nsubj executed/execute/VERB/VBD/0/root "
      "several/several/ADJ/JJ/4/amod men/man/NOUN/NNS/5/nsubj accused/accuse/VERB/VBD/2/ccomp "
      "of/of/SCONJ/IN/7/mark spying/spy/VERB/VBG/5/advcl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "men"), "obj>executed");
  EXPECT_EQ(Arc(s, "accused"), "acl>men");
  EXPECT_EQ(s.words[4].xpos, "VBN");
}

TEST(ParseRepair, FollowingReadAsAClauseIsAPreposition) {
  // "The Union suspended Gondor(nsubj) following(xcomp) the coup(obj) ."
  Sentence s = Parse(
      "The/the/DET/DT/2/det Union/Union/PROPN/NNP/3/nsubj suspended/suspend/VERB/VBD/0/root "
      "Gondor/Gondor/PROPN/NNP/5/nsubj following/follow/VERB/VBG/3/xcomp the/the/DET/DT/7/det "
      "coup/coup/NOUN/NN/5/obj ././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Gondor"), "obj>suspended");
  EXPECT_EQ(Arc(s, "coup"), "obl>suspended");
  EXPECT_EQ(Arc(s, "following"), "case>coup");
}

TEST(ParseRepair, ParticipleBeforeASecondSubjectIsTheVerb) {
  // "Gondorian authorities arrested(acl) three men(nsubj) accused(root) of spying ."
  Sentence s = Parse(
      "Gondorian/Gondorian/ADJ/JJ/2/amod authorities/authority/NOUN/NNS/6/nsubj "
      "arrested/arrest/VERB/VBN/2/acl three/three/NUM/CD/5/nummod men/man/NOUN/NNS/6/nsubj "
      "accused/accuse/VERB/VBD/0/root of/of/SCONJ/IN/8/mark spying/spy/VERB/VBG/6/advcl "
      "././PUNCT/./6/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "arrested"), "root");
  EXPECT_EQ(Arc(s, "authorities"), "nsubj>arrested");
  EXPECT_EQ(Arc(s, "men"), "obj>arrested");
  EXPECT_EQ(Arc(s, "accused"), "acl>men");
  EXPECT_EQ(Arc(s, "spying"), "advcl>accused");
  EXPECT_EQ(Arc(s, "."), "punct>arrested");
  EXPECT_EQ(s.words[2].xpos, "VBD");
  EXPECT_EQ(s.words[5].xpos, "VBN");
}

TEST(ParseRepair, PossessorOfAVerbOwnsTheSubjectAfterIt) {
  // "Gondor(nmod:poss of removed) 's Council(nsubj) removed the king ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/4/nmod:poss 's/'s/PART/POS/1/case "
      "Council/Council/PROPN/NNP/4/nsubj removed/remove/VERB/VBD/0/root the/the/DET/DT/6/det "
      "king/king/NOUN/NN/4/obj ././PUNCT/./4/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Gondor"), "nmod:poss>Council");
}

TEST(ParseRepair, PastFormAfterAndInTheObjectIsAConjunctVerb) {
  // "Orcs attacked the town of Bree and freed(amod) hundreds(conj) of prisoners ."
  Sentence s = Parse(
      "Orcs/orc/NOUN/NNS/2/nsubj attacked/attack/VERB/VBD/0/root the/the/DET/DT/4/det "
      "town/town/NOUN/NN/2/obj of/of/ADP/IN/6/case Bree/Bree/PROPN/NNP/4/nmod "
      "and/and/CCONJ/CC/9/cc freed/free/ADJ/JJ/9/amod hundreds/hundred/NOUN/NNS/6/conj "
      "of/of/ADP/IN/11/case prisoners/prisoner/NOUN/NNS/9/nmod ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "freed"), "conj>attacked");
  EXPECT_EQ(Arc(s, "and"), "cc>freed");
  EXPECT_EQ(Arc(s, "hundreds"), "obj>freed");
  EXPECT_EQ(s.words[7].xpos, "VBD");
}

TEST(ParseRepair, ParticipleWithObjectBeforeASubordinateRootIsTheVerb) {
  // "Police arrested(acl) rebels(obj) after a bomb(obl) exploded(root) ."
  Sentence s = Parse(
      "Police/police/NOUN/NNS/7/nsubj arrested/arrest/VERB/VBN/1/acl "
      "rebels/rebel/NOUN/NNS/2/obj after/after/ADP/IN/6/case a/a/DET/DT/6/det "
      "bomb/bomb/NOUN/NN/2/obl exploded/explode/VERB/VBD/0/root ././PUNCT/./7/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "arrested"), "root");
  EXPECT_EQ(Arc(s, "Police"), "nsubj>arrested");
  EXPECT_EQ(Arc(s, "exploded"), "advcl>arrested");
  EXPECT_EQ(Arc(s, "bomb"), "nsubj>exploded");
  EXPECT_EQ(Arc(s, "after"), "mark>exploded");
  EXPECT_EQ(Arc(s, "."), "punct>arrested");
}

TEST(ParseRepair, WithPhraseAfterTalksInATimePhraseIsTheTalks) {
  // "Gondor freed prisoners after talks(obl) with an envoy(obl) ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj freed/free/VERB/VBD/0/root "
      "prisoners/prisoner/NOUN/NNS/2/obj after/after/ADP/IN/5/case talks/talk/NOUN/NNS/2/obl "
      "with/with/ADP/IN/8/case an/a/DET/DT/8/det envoy/envoy/NOUN/NN/2/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "envoy"), "nmod>talks");
}

TEST(ParseRepair, ToDeathIsAPhraseOfTheVerb) {
  // "Gondor sentenced Aragorn(nsubj) to death(VERB, advcl) ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj sentenced/sentence/VERB/VBD/0/root "
      "Aragorn/Aragorn/PROPN/NNP/5/nsubj to/to/PART/TO/5/mark death/death/VERB/VB/2/advcl "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "death"), "obl>sentenced");
  EXPECT_EQ(Arc(s, "to"), "case>death");
  EXPECT_EQ(Arc(s, "Aragorn"), "obj>sentenced");
  EXPECT_EQ(s.words[4].upos, "NOUN");
}

TEST(ParseRepair, SubjectOfAnObjectWithAPrepositionIsTheObject) {
  // "The court sentenced Aragorn(nsubj of years) to 27 years(obj) ."
  Sentence s = Parse(
      "The/the/DET/DT/2/det court/court/NOUN/NN/3/nsubj sentenced/sentence/VERB/VBD/0/root "
      "Aragorn/Aragorn/PROPN/NNP/7/nsubj to/to/ADP/IN/7/case 27/27/NUM/CD/7/nummod "
      "years/year/NOUN/NNS/3/obj ././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Aragorn"), "obj>sentenced");
  EXPECT_EQ(Arc(s, "years"), "obl>sentenced");
}

TEST(ParseRepair, PastFormAfterARelativeClauseIsTheMainVerb) {
  // "Gondor(root) , which accused Bree , resumed(amod) strikes(conj) in Rohan ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/0/root ,/,/PUNCT/,/4/punct which/which/PRON/WDT/4/nsubj "
      "accused/accuse/VERB/VBD/1/acl:relcl Bree/Bree/PROPN/NNP/4/obj ,/,/PUNCT/,/8/punct "
      "resumed/resume/VERB/VBN/8/amod strikes/strike/NOUN/NNS/1/conj in/in/ADP/IN/10/case "
      "Rohan/Rohan/PROPN/NNP/8/nmod ././PUNCT/./1/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "resumed"), "root");
  EXPECT_EQ(Arc(s, "Gondor"), "nsubj>resumed");
  EXPECT_EQ(Arc(s, "strikes"), "obj>resumed");
  EXPECT_EQ(Arc(s, "Rohan"), "obl>resumed");
  EXPECT_EQ(Arc(s, "."), "punct>resumed");
}

TEST(ParseRepair, DatelineReadAsAModifierOfTheFirstWordIsNoPartOfIt) {
  // "MINAS(compound of Gondor) - Gondor struck Bree ."
  Sentence s = Parse(
      "MINAS/Minas/PROPN/NNP/3/compound -/-/PUNCT/HYPH/1/punct Gondor/Gondor/PROPN/NNP/4/nsubj "
      "struck/strike/VERB/VBD/0/root Bree/Bree/PROPN/NNP/4/obj ././PUNCT/./4/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "MINAS"), "dep>struck");
  EXPECT_EQ(Arc(s, "Gondor"), "nsubj>struck");
}

TEST(ParseRepair, ModifiersJoinedByAndAreConjuncts) {
  // "Gondorian(amod) and Rohirric(compound) mediators met ."
  Sentence s = Parse(
      "Gondorian/Gondorian/ADJ/JJ/4/amod and/and/CCONJ/CC/3/cc "
      "Rohirric/Rohirric/PROPN/NNP/4/compound "
      "mediators/mediator/NOUN/NNS/5/nsubj met/meet/VERB/VBD/0/root ././PUNCT/./5/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Rohirric"), "conj>Gondorian");
  EXPECT_EQ(Arc(s, "and"), "cc>Rohirric");
}

TEST(ParseRepair, IngFormAfterADocumentNounIsItsParticiple) {
  // "Aragorn signed a law(compound) imposing(ADJ, amod) taxes(obj) ."
  Sentence s = Parse(
      "Aragorn/Aragorn/PROPN/NNP/2/nsubj signed/sign/VERB/VBD/0/root a/a/DET/DT/6/det "
      "law/law/NOUN/NN/6/compound imposing/imposing/ADJ/JJ/6/amod taxes/tax/NOUN/NNS/2/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "law"), "obj>signed");
  EXPECT_EQ(Arc(s, "a"), "det>law");
  EXPECT_EQ(Arc(s, "imposing"), "acl>law");
  EXPECT_EQ(Arc(s, "taxes"), "obj>imposing");
}

TEST(ParseRepair, NounWithItsOwnDeterminerBeforeAndIsTheFirstConjunct) {
  // "The Gondorian army(compound) and Rohan(conj) riders(nsubj) clashed ."
  Sentence s = Parse(
      "The/the/DET/DT/3/det Gondorian/Gondorian/ADJ/JJ/3/amod army/army/NOUN/NN/6/compound "
      "and/and/CCONJ/CC/5/cc Rohan/Rohan/NOUN/NN/3/conj riders/rider/NOUN/NNS/7/nsubj "
      "clashed/clash/VERB/VBD/0/root ././PUNCT/./7/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "army"), "nsubj>clashed");
  EXPECT_EQ(Arc(s, "riders"), "conj>army");
  EXPECT_EQ(Arc(s, "Rohan"), "compound>riders");
  EXPECT_EQ(Arc(s, "and"), "cc>riders");
}

TEST(ParseRepair, NamedObjectOfAVerbOfNamingIsItsObject) {
  // "Gondor designated the orcs(nsubj of group) a terrorist group(obj) ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj designated/designate/VERB/VBD/0/root the/the/DET/DT/4/det "
      "orcs/orc/NOUN/NNS/7/nsubj a/a/DET/DT/7/det terrorist/terrorist/NOUN/NN/7/compound "
      "group/group/NOUN/NN/2/obj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "orcs"), "obj>designated");
  EXPECT_EQ(Arc(s, "group"), "xcomp>designated");
}

TEST(ParseRepair, ConjunctOfANamesOfPhraseBeforeAPluralNounIsItsConjunct) {
  // "The Kingdom(compound) of Gondor and Orc(conj of Gondor) raiders(nsubj) clashed ."
  Sentence s = Parse(
      "The/the/DET/DT/2/det Kingdom/Kingdom/PROPN/NNP/7/compound of/of/ADP/IN/4/case "
      "Gondor/Gondor/PROPN/NNP/2/nmod and/and/CCONJ/CC/6/cc Orc/Orc/PROPN/NNP/4/conj "
      "raiders/raider/NOUN/NNS/8/nsubj clashed/clash/VERB/VBD/0/root ././PUNCT/./8/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Kingdom"), "nsubj>clashed");
  EXPECT_EQ(Arc(s, "Gondor"), "nmod>Kingdom");
  EXPECT_EQ(Arc(s, "raiders"), "conj>Kingdom");
  EXPECT_EQ(Arc(s, "Orc"), "compound>raiders");
  EXPECT_EQ(Arc(s, "and"), "cc>raiders");
}

TEST(ParseRepair, HyphenatedParticipleAfterToIsNoInfinitive) {
  // "Gondor sent aid to(mark) war(acl)-torn(conj) towns(obj of torn) ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj sent/send/VERB/VBD/0/root aid/aid/NOUN/NN/2/obj "
      "to/to/PART/TO/5/mark war/war/VERB/VB/3/acl -/-/PUNCT/HYPH/7/punct "
      "torn/tear/VERB/VBN/2/conj towns/town/NOUN/NNS/7/obj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "towns"), "obl>sent");
  EXPECT_EQ(Arc(s, "to"), "case>towns");
  EXPECT_EQ(Arc(s, "torn"), "amod>towns");
  EXPECT_EQ(Arc(s, "war"), "compound>torn");
  EXPECT_EQ(Arc(s, "-"), "punct>war");
}

TEST(ParseRepair, GerundAfterANounOfPeopleDescribesThem) {
  // "Guards fired at protesters(obl) demanding(advcl of fired) bread ."
  Sentence s = Parse(
      "Guards/guard/NOUN/NNS/2/nsubj fired/fire/VERB/VBD/0/root at/at/ADP/IN/4/case "
      "protesters/protester/NOUN/NNS/2/obl demanding/demand/VERB/VBG/2/advcl "
      "bread/bread/NOUN/NN/5/obj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "demanding"), "acl>protesters");
  EXPECT_EQ(Arc(s, "bread"), "obj>demanding");
}

TEST(ParseRepair, RelativePronounBeforeAVerbOfSayingIsItsComplementsSubject) {
  // "Orcs , which(obj of says) Gondor says are backed(ccomp) by Mordor , fled ."
  Sentence s = Parse(
      "Orcs/orc/NOUN/NNS/11/nsubj ,/,/PUNCT/,/5/punct which/which/PRON/WDT/5/obj "
      "Gondor/Gondor/PROPN/NNP/5/nsubj says/say/VERB/VBZ/1/acl:relcl are/be/AUX/VBP/7/aux:pass "
      "backed/back/VERB/VBN/5/ccomp by/by/ADP/IN/9/case Mordor/Mordor/PROPN/NNP/7/obl:agent "
      ",/,/PUNCT/,/5/punct fled/flee/VERB/VBD/0/root ././PUNCT/./11/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "which"), "nsubj:pass>backed");
}

TEST(ParseRepair, AdjectiveWithAnObjectIsAVerb) {
  // "Gondor demanded Mordor free(ADJ, xcomp) the prisoners(obj) ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj demanded/demand/VERB/VBD/0/root "
      "Mordor/Mordor/PROPN/NNP/2/obj free/free/ADJ/JJ/2/xcomp the/the/DET/DT/6/det "
      "prisoners/prisoner/NOUN/NNS/4/obj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(s.words[3].upos, "VERB");
  EXPECT_EQ(Arc(s, "prisoners"), "obj>free");
}

TEST(ParseRepair, NounAndGerundOfAnActivityAreOneNoun) {
  // "Gondor suspended intelligence(obj) sharing(acl) with Rohan ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj suspended/suspend/VERB/VBD/0/root "
      "intelligence/intelligence/NOUN/NN/2/obj sharing/share/VERB/VBG/3/acl "
      "with/with/ADP/IN/6/case Rohan/Rohan/PROPN/NNP/4/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "sharing"), "obj>suspended");
  EXPECT_EQ(Arc(s, "intelligence"), "compound>sharing");
  EXPECT_EQ(Arc(s, "Rohan"), "nmod>sharing");
  EXPECT_EQ(s.words[3].upos, "NOUN");
}

TEST(ParseRepair, NamesListedAfterAnInnerNameAreItsConjuncts) {
  // "Orcs rejected a plan(NOUN) made by Gondor(obl:agent) , Rohan(conj of plan) and Arnor ."
  Sentence s = Parse(
      "Orcs/orc/NOUN/NNS/2/nsubj rejected/reject/VERB/VBD/0/root a/a/DET/DT/4/det "
      "plan/plan/NOUN/NN/2/obj made/make/VERB/VBN/4/acl by/by/ADP/IN/7/case "
      "Gondor/Gondor/PROPN/NNP/5/obl:agent ,/,/PUNCT/,/9/punct Rohan/Rohan/PROPN/NNP/4/conj "
      "and/and/CCONJ/CC/11/cc Arnor/Arnor/PROPN/NNP/4/conj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Rohan"), "conj>Gondor");
  EXPECT_EQ(Arc(s, "Arnor"), "conj>Gondor");
}

TEST(ParseRepair, WhoClauseAfterANounAndACommaIsItsRelativeClause) {
  // "Elves , who(nsubj) met(ccomp of said) Orcs , said ."
  Sentence s = Parse(
      "Elves/elf/NOUN/NNS/6/nsubj ,/,/PUNCT/,/4/punct who/who/PRON/WP/4/nsubj "
      "met/meet/VERB/VBD/6/ccomp Orcs/orc/NOUN/NNS/4/obj said/say/VERB/VBD/0/root "
      "././PUNCT/./6/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "met"), "acl:relcl>Elves");
}

TEST(ParseRepair, OpeningNounWithABetweenPhraseIsTheVerbsSubject) {
  // "Clashes(VERB, root) between Elves and Orcs(nsubj of left) left(conj) ten dead ."
  Sentence s = Parse(
      "Clashes/clash/VERB/VBZ/0/root between/between/ADP/IN/3/case Elves/elf/NOUN/NNS/1/obl "
      "and/and/CCONJ/CC/6/cc Orcs/orc/NOUN/NNS/6/nsubj left/leave/VERB/VBD/1/conj "
      "ten/ten/NUM/CD/6/obj dead/dead/ADJ/JJ/6/xcomp ././PUNCT/./1/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "left"), "root");
  EXPECT_EQ(Arc(s, "Clashes"), "nsubj>left");
  EXPECT_EQ(Arc(s, "Elves"), "nmod>Clashes");
  EXPECT_EQ(Arc(s, "Orcs"), "conj>Elves");
  EXPECT_EQ(Arc(s, "and"), "cc>Orcs");
  EXPECT_EQ(Arc(s, "."), "punct>left");
}

TEST(ParseRepair, NationalityConjunctOfANounModifiesItWithTheOther) {
  // "Rohan hosted talks between Gondorian(nmod) and Arnorian officials(conj of Gondorian) ."
  Sentence s = Parse(
      "Rohan/Rohan/PROPN/NNP/2/nsubj hosted/host/VERB/VBD/0/root talks/talk/NOUN/NNS/2/obj "
      "between/between/ADP/IN/5/case Gondorian/Gondorian/PROPN/NNP/3/nmod "
      "and/and/CCONJ/CC/8/cc Arnorian/Arnorian/ADJ/JJ/8/amod "
      "officials/official/NOUN/NNS/5/conj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "officials"), "nmod>talks");
  EXPECT_EQ(Arc(s, "between"), "case>officials");
  EXPECT_EQ(Arc(s, "Gondorian"), "amod>officials");
  EXPECT_EQ(Arc(s, "Arnorian"), "conj>Gondorian");
  EXPECT_EQ(Arc(s, "and"), "cc>Arnorian");
  // A country's name keeps its own phrase: two parties.
  Sentence t = Parse(
      "Rohan/Rohan/PROPN/NNP/2/nsubj hosted/host/VERB/VBD/0/root talks/talk/NOUN/NNS/2/obj "
      "between/between/ADP/IN/5/case Gondor/Gondor/PROPN/NNP/3/nmod "
      "and/and/CCONJ/CC/8/cc Arnorian/Arnorian/ADJ/JJ/8/amod "
      "officials/official/NOUN/NNS/5/conj ././PUNCT/./2/punct");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, GerundClauseWithABetweenPhraseIsTheVerbsSubject) {
  // "Fighting(advcl) between Elves and Orcs(nsubj of killed) killed ten ."
  Sentence s = Parse(
      "Fighting/fight/VERB/VBG/6/advcl between/between/ADP/IN/3/case Elves/elf/NOUN/NNS/1/obl "
      "and/and/CCONJ/CC/6/cc Orcs/orc/NOUN/NNS/6/nsubj killed/kill/VERB/VBD/0/root "
      "ten/ten/NUM/CD/6/obj ././PUNCT/./6/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Fighting"), "nsubj>killed");
  EXPECT_EQ(Arc(s, "Elves"), "nmod>Fighting");
  EXPECT_EQ(Arc(s, "Orcs"), "conj>Elves");
  EXPECT_EQ(Arc(s, "killed"), "root");
}

TEST(ParseRepair, SecondSubjectAfterABetweenPhraseIsItsOtherParty) {
  // "Talks(nsubj) between Gondor and Rohan(nsubj) ended ."
  Sentence s = Parse(
      "Talks/talk/NOUN/NNS/6/nsubj between/between/ADP/IN/3/case Gondor/Gondor/PROPN/NNP/1/nmod "
      "and/and/CCONJ/CC/6/cc Rohan/Rohan/PROPN/NNP/6/nsubj ended/end/VERB/VBD/0/root "
      "././PUNCT/./6/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Rohan"), "conj>Gondor");
  EXPECT_EQ(Arc(s, "and"), "cc>Rohan");
  EXPECT_EQ(Arc(s, "Talks"), "nsubj>ended");
}

TEST(ParseRepair, NameRootBeforeACoordinatedSubjectIsTheFirstSubject) {
  // "The Elves(root) and Orcs(nsubj of held) held(conj) talks ."
  Sentence s = Parse(
      "The/the/DET/DT/2/det Elves/Elves/PROPN/NNPS/0/root and/and/CCONJ/CC/5/cc "
      "Orcs/Orcs/PROPN/NNPS/5/nsubj held/hold/VERB/VBD/2/conj talks/talk/NOUN/NNS/5/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "held"), "root");
  EXPECT_EQ(Arc(s, "Elves"), "nsubj>held");
  EXPECT_EQ(Arc(s, "Orcs"), "conj>Elves");
  EXPECT_EQ(Arc(s, "and"), "cc>Orcs");
  EXPECT_EQ(Arc(s, "."), "punct>held");
}

TEST(ParseRepair, ByPhraseUnderAPassiveVerbsObliqueIsItsAgent) {
  // "Sanctions were imposed on Orcs(obl) by Gondor(nmod of Orcs) ."
  Sentence s = Parse(
      "Sanctions/sanction/NOUN/NNS/3/nsubj:pass were/be/AUX/VBD/3/aux:pass "
      "imposed/impose/VERB/VBN/0/root on/on/ADP/IN/5/case Orcs/orc/NOUN/NNS/3/obl "
      "by/by/ADP/IN/7/case Gondor/Gondor/PROPN/NNP/5/nmod ././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Gondor"), "obl:agent>imposed");
  // "during his arrest by Gondor": an act's own "by" stays.
  Sentence t = Parse(
      "Orcs/orc/NOUN/NNS/3/nsubj:pass were/be/AUX/VBD/3/aux:pass "
      "questioned/question/VERB/VBN/0/root during/during/ADP/IN/5/case arrest/arrest/NOUN/NN/3/obl "
      "by/by/ADP/IN/7/case Gondor/Gondor/PROPN/NNP/5/nmod ././PUNCT/./3/punct");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, PluralCompoundOfAGerundIsTheObjectItDescribes) {
  // "Orcs killed 25 Elves(compound of waiting) waiting(advcl) for food ."
  Sentence s = Parse(
      "Orcs/orc/NOUN/NNS/2/nsubj killed/kill/VERB/VBD/0/root 25/25/NUM/CD/4/nummod "
      "Elves/elf/NOUN/NNS/5/compound waiting/wait/VERB/VBG/2/advcl for/for/ADP/IN/7/case "
      "food/food/NOUN/NN/5/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Elves"), "obj>killed");
  EXPECT_EQ(Arc(s, "waiting"), "acl>Elves");
  EXPECT_EQ(Arc(s, "25"), "nummod>Elves");
  // With an object of its own the verb's clause stays: "Orcs gave food to
  // Elves, leaving ..." is not this shape; neither is a gerund with its own
  // object already taken by the verb.
  Sentence t = Parse(
      "Orcs/orc/NOUN/NNS/2/nsubj fed/feed/VERB/VBD/0/root food/food/NOUN/NN/2/obj "
      "Elves/elf/NOUN/NNS/5/compound waiting/wait/VERB/VBG/2/advcl ././PUNCT/./2/punct");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, AppealCoordinatedWithAReportedClauseContinuesTheReport) {
  // "Gondor warned that famine was spreading and called on Mordor to yield ."
  const std::string shape =
      "Gondor/Gondor/PROPN/NNP/2/nsubj warned/warn/VERB/VBD/0/root that/that/SCONJ/IN/6/mark "
      "famine/famine/NOUN/NN/6/nsubj was/be/AUX/VBD/6/aux spreading/spread/VERB/VBG/2/ccomp "
      "and/and/CCONJ/CC/8/cc called/call/VERB/%s/6/conj on/on/ADP/IN/10/case "
      "Mordor/Mordor/PROPN/NNP/8/obl to/to/PART/TO/12/mark yield/yield/VERB/VB/8/advcl "
      "././PUNCT/./2/punct";
  char buf[1024];
  std::snprintf(buf, sizeof buf, shape.c_str(), "VBD");
  Sentence s = Parse(buf);
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "called"), "conj>warned");
  // In the clause verb's form it is the clause's own ("says that the
  // manager came and asked"): left alone.
  Sentence t = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj says/say/VERB/VBZ/0/root that/that/SCONJ/IN/5/mark "
      "Elrond/Elrond/PROPN/NNP/5/nsubj came/come/VERB/VBD/2/ccomp and/and/CCONJ/CC/7/cc "
      "asked/ask/VERB/VBD/5/conj for/for/ADP/IN/9/case help/help/NOUN/NN/7/obl "
      "././PUNCT/./2/punct");
  EXPECT_EQ(RepairSentence(&t, nullptr), 0);
}

TEST(ParseRepair, NameHungOnTheFinalMarkIsTheObjectOfTheVerbBeforeIt) {
  // "Elrond said he met Orc Chief Azog(nsubj of the mark) in Moria ."
  Sentence s = Parse(
      "Elrond/Elrond/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root he/he/PRON/PRP/4/nsubj "
      "met/meet/VERB/VBD/2/ccomp Orc/Orc/PROPN/NNP/7/compound Chief/chief/PROPN/NNP/7/compound "
      "Azog/Azog/PROPN/NNP/10/nsubj in/in/ADP/IN/9/case Moria/Moria/PROPN/NNP/7/nmod "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Azog"), "obj>met");
}

TEST(ParseRepair, PrepositionOpeningTheSentenceLooksAtNoWordBeforeIt) {
  // Repair 33 looks at the word before "against": here there is none (it
  // read one word before the sentence until session 28; ASan saw it).
  Sentence s = Parse(
      "Against/against/ADP/IN/3/case the/the/DET/DT/3/det odds/odds/NOUN/NNS/6/obl "
      ",/,/PUNCT/,/3/punct Gondor/Gondor/PROPN/NNP/6/nsubj won/win/VERB/VBD/0/root "
      "././PUNCT/./6/punct");
  EXPECT_EQ(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "odds"), "obl>won");
}

TEST(ParseRepair, PastVerbAfterTheRootsRelativeClauseIsTheMainVerb) {
  // "Elrond(root), who faces a warrant, accused(acl, VBN) Saruman of lying ."
  Sentence s = Parse(
      "Elrond/Elrond/NOUN/NNS/0/root ,/,/PUNCT/,/4/punct who/who/PRON/WP/4/nsubj "
      "faces/face/VERB/VBZ/1/acl:relcl a/a/DET/DT/6/det warrant/warrant/NOUN/NN/4/obj "
      ",/,/PUNCT/,/8/punct accused/accuse/VERB/VBN/1/acl Saruman/Saruman/PROPN/NNP/8/obj "
      "of/of/SCONJ/IN/11/mark lying/lie/VERB/VBG/8/advcl ././PUNCT/./1/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "accused"), "root");
  EXPECT_EQ(Arc(s, "Elrond"), "nsubj>accused");
  EXPECT_EQ(Arc(s, "."), "punct>accused");
}

TEST(ParseRepair, SubjectOfAnOfGerundBeforeItsMarkIsTheVerbsObject) {
  // "Gondor accused(root) Saruman(nsubj of lying) of lying(advcl) ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj accused/accuse/VERB/VBD/0/root "
      "Saruman/Saruman/PROPN/NNP/5/nsubj of/of/SCONJ/IN/5/mark lying/lie/VERB/VBG/2/advcl "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Saruman"), "obj>accused");
}

TEST(ParseRepair, InfinitiveAfterTheRelativeClauseOfAnAskedObjectIsAsked) {
  // "Gondor urged Rohan(obj), which brokered(relcl) the truce, to
  // pressure(advcl of brokered) Mordor ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj urged/urge/VERB/VBD/0/root Rohan/Rohan/PROPN/NNP/2/obj "
      ",/,/PUNCT/,/6/punct which/which/PRON/WDT/6/nsubj brokered/broker/VERB/VBD/3/acl:relcl "
      "the/the/DET/DT/8/det truce/truce/NOUN/NN/6/obj ,/,/PUNCT/,/11/punct to/to/PART/TO/11/mark "
      "pressure/pressure/VERB/VB/6/advcl Mordor/Mordor/PROPN/NNP/11/obj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "pressure"), "xcomp>urged");
}

TEST(ParseRepair, SubjectBeforeTheSubordinatorIsThePrecedingVerbsObject) {
  // "Police detained Elrond(nsubj of rallied) as thousands(nsubj) rallied ."
  Sentence s = Parse(
      "Police/police/NOUN/NNS/2/nsubj detained/detain/VERB/VBD/0/root "
      "Elrond/Elrond/PROPN/NNP/6/nsubj as/as/SCONJ/IN/6/mark thousands/thousand/NOUN/NNS/6/nsubj "
      "rallied/rally/VERB/VBD/2/advcl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Elrond"), "obj>detained");
  EXPECT_EQ(Arc(s, "thousands"), "nsubj>rallied");
}

TEST(ParseRepair, PastFormBetweenConjoinedNounsIsACoordinatedClause) {
  // "Elrond was crowned , and guards(conj) arrested(amod) orcs(conj) ."
  Sentence s = Parse(
      "Elrond/Elrond/PROPN/NNP/3/nsubj:pass was/be/AUX/VBD/3/aux:pass "
      "crowned/crown/VERB/VBN/0/root ,/,/PUNCT/,/6/punct and/and/CCONJ/CC/6/cc "
      "guards/guard/NOUN/NNS/3/conj arrested/arrest/VERB/VBN/8/amod orcs/orc/NOUN/NNS/3/conj "
      "././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "arrested"), "conj>crowned");
  EXPECT_EQ(Arc(s, "guards"), "nsubj>arrested");
  EXPECT_EQ(Arc(s, "orcs"), "obj>arrested");
  EXPECT_EQ(Arc(s, "and"), "cc>arrested");
}

TEST(ParseRepair, RootReadFromARelativeClauseGivesWayToTheVerbAfterIt) {
  // "Gondor(vocative) , which(nsubj) backs(root) Rohan , met(conj) Elrond ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/4/vocative ,/,/PUNCT/,/4/punct which/which/PRON/WDT/4/nsubj "
      "backs/back/VERB/VBZ/0/root Rohan/Rohan/PROPN/NNP/4/obj ,/,/PUNCT/,/7/punct "
      "met/meet/VERB/VBD/4/conj Elrond/Elrond/PROPN/NNP/7/obj ././PUNCT/./4/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "met"), "root");
  EXPECT_EQ(Arc(s, "Gondor"), "nsubj>met");
  EXPECT_EQ(Arc(s, "backs"), "acl:relcl>Gondor");
  EXPECT_EQ(Arc(s, "."), "punct>met");
}

TEST(ParseRepair, PrepositionalPhraseReadAsAnInfinitivesSubjectIsTheVerbs) {
  // "Gondor met with envoy Elrond(nsubj of discuss) to discuss(advcl) a truce ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root with/with/ADP/IN/5/case "
      "envoy/envoy/NOUN/NN/5/compound Elrond/Elrond/PROPN/NNP/7/nsubj to/to/PART/TO/7/mark "
      "discuss/discuss/VERB/VB/2/advcl a/a/DET/DT/9/det truce/truce/NOUN/NN/7/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Elrond"), "obl>met");
  EXPECT_EQ(Arc(s, "discuss"), "advcl>met");
}

TEST(ParseRepair, PastFormWithASubjectModifyingAReportedObjectIsTheReportedClause) {
  // "Rohan said orcs(nsubj of fired) fired(amod) arrows(obj of said) at
  // Gondor(obl of said) ."
  Sentence s = Parse(
      "Rohan/Rohan/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root orcs/orc/NOUN/NNS/4/nsubj "
      "fired/fire/VERB/VBN/5/amod arrows/arrow/NOUN/NNS/2/obj at/at/ADP/IN/7/case "
      "Gondor/Gondor/PROPN/NNP/2/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "fired"), "ccomp>said");
  EXPECT_EQ(Arc(s, "arrows"), "obj>fired");
  EXPECT_EQ(Arc(s, "Gondor"), "obl>fired");
  EXPECT_EQ(Arc(s, "."), "punct>said");
}

TEST(ParseRepair, NameSplitFromItsTitleHeadsThePhrase) {
  // "Elrond held talks with Vice Premier(nmod of talks) Aragorn(obl of held) ."
  Sentence s = Parse(
      "Elrond/Elrond/PROPN/NNP/2/nsubj held/hold/VERB/VBD/0/root talks/talk/NOUN/NNS/2/obj "
      "with/with/ADP/IN/6/case Vice/vice/NOUN/NN/6/compound Premier/premier/PROPN/NNP/3/nmod "
      "Aragorn/Aragorn/PROPN/NNP/2/obl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Aragorn"), "nmod>talks");
  EXPECT_EQ(Arc(s, "Premier"), "compound>Aragorn");
  EXPECT_EQ(Arc(s, "with"), "case>Aragorn");
}

TEST(ParseRepair, TimeNounBeforeASubordinatorIsNoSubject) {
  // "Gondor acted , hours(nsubj) after Elrond(nsubj) spoke(advcl) ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj acted/act/VERB/VBD/0/root ,/,/PUNCT/,/7/punct "
      "hours/hour/NOUN/NNS/7/nsubj after/after/ADP/IN/7/mark Elrond/Elrond/PROPN/NNP/7/nsubj "
      "spoke/speak/VERB/VBD/2/advcl ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "hours"), "obl:npmod>spoke");
  EXPECT_EQ(Arc(s, "Elrond"), "nsubj>spoke");
}

TEST(ParseRepair, SecondSubjectsModifiersHungOnTheVerbAreItsOwn) {
  // "Gondor(nsubj) and the(det of signed) elf-led(amod of signed) Rohan(nsubj)
  // signed a pact ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/8/nsubj and/and/CCONJ/CC/8/cc the/the/DET/DT/8/det "
      "elf/elf/NOUN/NN/6/compound -/-/PUNCT/HYPH/4/punct led/lead/VERB/VBN/8/amod "
      "Rohan/Rohan/PROPN/NNP/8/nsubj signed/sign/VERB/VBD/0/root a/a/DET/DT/10/det "
      "pact/pact/NOUN/NN/8/obj ././PUNCT/./8/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Rohan"), "conj>Gondor");
  EXPECT_EQ(Arc(s, "the"), "det>Rohan");
  EXPECT_EQ(Arc(s, "led"), "amod>Rohan");
  EXPECT_EQ(Arc(s, "and"), "cc>Rohan");
}

TEST(ParseRepair, SubordinatorReadAsPrepositionOfTheFirstSubject) {
  // "The raid came hours after Gondor(nmod of hours) and Rohan(nsubj)
  // signed(conj of came) a pact ."
  Sentence s = Parse(
      "The/the/DET/DT/2/det raid/raid/NOUN/NN/3/nsubj came/come/VERB/VBD/0/root "
      "hours/hour/NOUN/NNS/3/obj after/after/ADP/IN/6/case Gondor/Gondor/PROPN/NNP/4/nmod "
      "and/and/CCONJ/CC/9/cc Rohan/Rohan/PROPN/NNP/9/nsubj signed/sign/VERB/VBD/3/conj "
      "a/a/DET/DT/11/det pact/pact/NOUN/NN/9/obj ././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "signed"), "advcl>came");
  EXPECT_EQ(Arc(s, "Gondor"), "nsubj>signed");
  EXPECT_EQ(Arc(s, "Rohan"), "conj>Gondor");
  EXPECT_EQ(Arc(s, "and"), "cc>Rohan");
  EXPECT_EQ(Arc(s, "after"), "mark>signed");
  EXPECT_EQ(Arc(s, "hours"), "obl:npmod>came");
}

TEST(ParseRepair, ReportSubjectSplitFromItsTitleAndGerundWithMark) {
  // "Gondor seeks ties , especially by promoting(amod of trade) trade , Rohan
  // Deputy(obl of seeks) Minister Eomer(nsubj) said ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj seeks/seek/VERB/VBZ/13/ccomp ties/tie/NOUN/NNS/2/obj "
      ",/,/PUNCT/,/7/punct especially/especially/ADV/RB/7/advmod by/by/SCONJ/IN/7/mark "
      "promoting/promote/VERB/VBG/8/amod trade/trade/NOUN/NN/2/obj ,/,/PUNCT/,/11/punct "
      "Rohan/Rohan/PROPN/NNP/11/compound Deputy/Deputy/PROPN/NNP/2/obl "
      "Eomer/Eomer/PROPN/NNP/13/nsubj said/say/VERB/VBD/0/root ././PUNCT/./13/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Deputy"), "compound>Eomer");
  EXPECT_EQ(Arc(s, "promoting"), "advcl>seeks");
  EXPECT_EQ(Arc(s, "trade"), "obj>promoting");
}

TEST(ParseRepair, AskedIndirectObjectBeforeAnInfinitiveIsAskedToAct) {
  // "Gondor asked Rohan(iobj) to send(advcl) troops ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj asked/ask/VERB/VBD/0/root Rohan/Rohan/PROPN/NNP/2/iobj "
      "to/to/PART/TO/5/mark send/send/VERB/VB/2/advcl troops/troops/NOUN/NNS/5/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "send"), "xcomp>asked");
  EXPECT_EQ(Arc(s, "Rohan"), "obj>asked");
  // What is asked for is no one asked: "asked questions to understand".
  Sentence q = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj asked/ask/VERB/VBD/0/root "
      "questions/question/NOUN/NNS/2/obj to/to/PART/TO/5/mark "
      "understand/understand/VERB/VB/2/advcl it/it/PRON/PRP/5/obj ././PUNCT/./2/punct");
  RepairSentence(&q, nullptr);
  EXPECT_EQ(Arc(q, "understand"), "advcl>asked");
}

TEST(ParseRepair, DealPartnerReadAsAnAbsoluteClauseIsThePartner) {
  // "Gondor signed a pact(obj) with(mark) Rohan(nsubj) granting(advcl) it
  // access ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj signed/sign/VERB/VBD/0/root a/a/DET/DT/4/det "
      "pact/pact/NOUN/NN/2/obj with/with/SCONJ/IN/7/mark Rohan/Rohan/PROPN/NNP/7/nsubj "
      "granting/grant/VERB/VBG/2/advcl it/it/PRON/PRP/7/iobj access/access/NOUN/NN/7/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Rohan"), "obl>signed");
  EXPECT_EQ(Arc(s, "with"), "case>Rohan");
  EXPECT_EQ(Arc(s, "granting"), "acl>pact");
}

TEST(ParseRepair, NameAfterAVerbReadAsTheSubjectOfItsConjunctIsItsObject) {
  // "Elrond met Prince Imrahil(nsubj of discussed) and discussed(conj) trade ."
  Sentence s = Parse(
      "Elrond/Elrond/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root "
      "Prince/Prince/PROPN/NNP/4/compound Imrahil/Imrahil/PROPN/NNP/6/nsubj "
      "and/and/CCONJ/CC/6/cc discussed/discuss/VERB/VBD/2/conj trade/trade/NOUN/NN/6/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Imrahil"), "obj>met");
  EXPECT_EQ(Arc(s, "discussed"), "conj>met");
}

TEST(ParseRepair, HeadlineSubjectAfterACommaReadAsTheVerbsCompoundIsAConjunct) {
  // "Gondor(nsubj) , Rohan(compound of Agree) Agree to Truce"
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/4/nsubj ,/,/PUNCT/,/1/punct Rohan/Rohan/PROPN/NNP/4/compound "
      "Agree/agree/VERB/VBP/0/root to/to/ADP/IN/6/case Truce/Truce/PROPN/NNP/4/obl");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "Rohan"), "conj>Gondor");
  EXPECT_EQ(Arc(s, ","), "punct>Rohan");
}

TEST(ParseRepair, InfinitiveOfADueSubjectAndAReportingConjunctReadAsAdjective) {
  // "Elrond(nsubj) is due(root) to meet(csubj) Aragorn ."
  Sentence s = Parse(
      "Elrond/Elrond/PROPN/NNP/3/nsubj is/be/AUX/VBZ/3/cop due/due/ADJ/JJ/0/root "
      "to/to/PART/TO/5/mark meet/meet/VERB/VB/3/csubj Aragorn/Aragorn/PROPN/NNP/5/obj "
      "././PUNCT/./3/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "meet"), "xcomp>due");
  // "Gondor said(root) Elrond was open to talks(obl) but accused(amod)
  // Mordor(conj of talks) ."
  Sentence c = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root Elrond/Elrond/PROPN/NNP/5/nsubj "
      "was/be/AUX/VBD/5/cop open/open/ADJ/JJ/2/ccomp to/to/ADP/IN/7/case "
      "talks/talk/NOUN/NNS/5/obl but/but/CCONJ/CC/10/cc accused/accuse/VERB/VBN/10/amod "
      "Mordor/Mordor/PROPN/NNP/7/conj ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&c, nullptr), 0);
  EXPECT_EQ(Arc(c, "accused"), "conj>said");
  EXPECT_EQ(Arc(c, "Mordor"), "obj>accused");
  EXPECT_EQ(Arc(c, "but"), "cc>accused");
}

TEST(ParseRepair, ClosingReportWhoseSubjectHoldsTheCommaIsParataxis) {
  // "Orcs struck Osgiliath , killing four people , Gondorian(amod)
  // officials(nsubj; the comma hangs on it) said(acl:relcl of people) ."
  Sentence s = Parse(
      "Orcs/orc/NOUN/NNS/2/nsubj struck/strike/VERB/VBD/0/root Osgiliath/Osgiliath/PROPN/NNP/2/obj "
      ",/,/PUNCT/,/5/punct killing/kill/VERB/VBG/2/advcl four/four/NUM/CD/7/nummod "
      "people/people/NOUN/NNS/5/obj ,/,/PUNCT/,/10/punct Gondorian/Gondorian/ADJ/JJ/10/amod "
      "officials/official/NOUN/NNS/11/nsubj said/say/VERB/VBD/7/acl:relcl ././PUNCT/./11/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "said"), "parataxis>struck");
}

TEST(ParseRepair, SecondActAfterAReportedClauseAndNamesAfterTheAddressee) {
  // "Gondor warned that orcs(nsubj of urged) gathered(acl) and urged(ccomp)
  // Rohan to help ."
  Sentence s = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj warned/warn/VERB/VBD/0/root that/that/SCONJ/IN/7/mark "
      "orcs/orc/NOUN/NNS/7/nsubj gathered/gather/VERB/VBN/4/acl and/and/CCONJ/CC/7/cc "
      "urged/urge/VERB/VBD/2/ccomp Rohan/Rohan/PROPN/NNP/7/obj to/to/PART/TO/10/mark "
      "help/help/VERB/VB/7/xcomp ././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&s, nullptr), 0);
  EXPECT_EQ(Arc(s, "gathered"), "ccomp>warned");
  EXPECT_EQ(Arc(s, "orcs"), "nsubj>gathered");
  EXPECT_EQ(Arc(s, "urged"), "conj>warned");
  // "Gondor called on the allies(obl) , Rohan(conj of called) , Arnor and
  // Dale , to attack(advcl of called) Mordor ."
  Sentence c = Parse(
      "Gondor/Gondor/PROPN/NNP/2/nsubj called/call/VERB/VBD/0/root on/on/ADP/IN/5/case "
      "the/the/DET/DT/5/det allies/ally/NOUN/NNS/2/obl ,/,/PUNCT/,/7/punct "
      "Rohan/Rohan/PROPN/NNP/2/conj ,/,/PUNCT/,/9/punct Arnor/Arnor/PROPN/NNP/7/conj "
      "and/and/CCONJ/CC/11/cc Dale/Dale/PROPN/NNP/7/conj ,/,/PUNCT/,/14/punct "
      "to/to/PART/TO/14/mark attack/attack/VERB/VB/2/advcl Mordor/Mordor/PROPN/NNP/14/obj "
      "././PUNCT/./2/punct");
  EXPECT_GT(RepairSentence(&c, nullptr), 0);
  EXPECT_EQ(Arc(c, "Rohan"), "appos>allies");
  EXPECT_EQ(Arc(c, "Arnor"), "conj>Rohan");
  EXPECT_EQ(Arc(c, "Dale"), "conj>Rohan");
  EXPECT_EQ(Arc(c, "attack"), "xcomp>called");
}

TEST(ParseRepair, HeadlinePresentReadAsTheSubjectsPluralIsTheVerb) {
  // "Pyongyang(compound) Fires(NNS, nsubj) Rockets(VBZ, root) at Seoul":
  // "fire" is a verb of the dictionary, "rocket" is not.
  Sentence s = Parse(
      "Pyongyang/Pyongyang/PROPN/NNP/2/compound Fires/fire/NOUN/NNS/3/nsubj "
      "Rockets/rocket/VERB/VBZ/0/root at/at/ADP/IN/5/case Seoul/Seoul/PROPN/NNP/3/obl");
  EXPECT_GT(RepairSentence(&s, Dicts().get()), 0);
  EXPECT_EQ(Arc(s, "Fires"), "root");
  EXPECT_EQ(Arc(s, "Pyongyang"), "nsubj>Fires");
  EXPECT_EQ(Arc(s, "Rockets"), "obj>Fires");
  EXPECT_EQ(Arc(s, "Seoul"), "obl>Fires");
  // Not when the verb of the parse is one of the dictionary's too.
  Sentence c = Parse(
      "Pyongyang/Pyongyang/PROPN/NNP/2/compound Fires/fire/NOUN/NNS/3/nsubj "
      "Restores/restore/VERB/VBZ/0/root Ties/tie/NOUN/NNS/3/obj");
  EXPECT_EQ(RepairSentence(&c, Dicts().get()), 0);
}

}  // namespace
}  // namespace parley::code
