// Tests of the lemmatizer's rules (tables, edit scripts, case, numbers),
// trained on tiny hand-made examples. Tags are plain ids here.
#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "parley/doc/document.h"
#include "parley/nlp/lemmatizer.h"
#include "parley/nlp/model.h"
#include "parley/nlp/pipeline.h"

namespace parley::nlp {
namespace {

constexpr int kNN = 0, kNNP = 1, kVBG = 2, kCD = 3, kVBD = 4;

Lemmatizer trained(const std::vector<LemmaExample>& examples) {
  Lemmatizer l;
  l.train(examples);
  return l;
}

TEST(Lemmatizer, TablesThenEditScripts) {
  Lemmatizer l = trained({{"walking", kVBG, "walk", ""},
                          {"talking", kVBG, "talk", ""},
                          {"dogs", kNN, "dog", ""},
                          {"cats", kNN, "cat", ""}});
  EXPECT_EQ(l.lemma("walking", kVBG), "walk");
  EXPECT_EQ(l.lemma("Walking", kVBG), "walk");  // lower-case table
  EXPECT_EQ(l.lemma("barking", kVBG), "bark");  // script from the suffix
  EXPECT_EQ(l.lemma("Birds", kNN), "bird");     // common nouns lower-case
}

TEST(Lemmatizer, NamesKeepTheirCase) {
  // Names keep the form's case; words seen only in lower case keep the case
  // of the form when the tag is a name tag ("Holocaust" vs "holocaust").
  Lemmatizer l = trained({{"Obama", kNNP, "Obama", ""},
                          {"Paris", kNNP, "Paris", ""},
                          {"epic", kNNP, "epic", ""},
                          {"Dogs", kNN, "dog", ""},
                          {"epic", kNN, "epic", ""}});
  EXPECT_EQ(l.lemma("Netscape", kNNP), "Netscape");
  EXPECT_EQ(l.lemma("Epic", kNNP), "Epic");
  EXPECT_EQ(l.lemma("Epic", kNN), "epic");
  EXPECT_EQ(l.lemma("Cats", kNN), "cat");
}

TEST(Lemmatizer, GroupedNumbersLoseTheirCommas) {
  Lemmatizer l = trained({{"12", kCD, "12", ""},
                          {"340", kCD, "340", ""},
                          {"567", kCD, "567", ""},
                          {"1,000", kCD, "1000", ""}});
  EXPECT_EQ(l.lemma("6,606", kCD), "6606");
  EXPECT_EQ(l.lemma("12,345,678", kCD), "12345678");
  EXPECT_EQ(l.lemma("1,000", kCD), "1000");
  // Not thousands groups: left to the scripts (identity here).
  EXPECT_EQ(l.lemma("3,40", kCD), "3,40");
  EXPECT_EQ(l.lemma("1234,567", kCD), "1234,567");
}

TEST(Lemmatizer, PrefersScriptsGivingKnownLemmas) {
  // "-lling" keeps both l's ("calling" -> "call"), but "modell" is no known
  // lemma and "model" is: the doubling is undone. Likewise a final 'e'.
  Lemmatizer l = trained({{"calling", kVBG, "call", ""},
                          {"falling", kVBG, "fall", ""},
                          {"yelling", kVBG, "yell", ""},
                          {"jumping", kVBG, "jump", ""},
                          {"playing", kVBG, "play", ""},
                          {"model", kNN, "model", ""},
                          {"time", kNN, "time", ""}});
  EXPECT_EQ(l.lemma("telling", kVBG), "tell");
  EXPECT_EQ(l.lemma("modelling", kVBG), "model");
  EXPECT_EQ(l.lemma("timing", kVBG), "time");
  EXPECT_EQ(l.lemma("praying", kVBG), "pray");
}

TEST(Lemmatizer, WordSeenUnderAnotherTagKeepsItsLemma) {
  // "sold" was only seen as a past tense; tagged as a noun it still is "sell"
  // rather than what the noun scripts would make of it.
  Lemmatizer l = trained({{"sold", kVBD, "sell", ""},
                          {"sold", kVBD, "sell", ""},
                          {"bold", kNN, "bold", ""},
                          {"dogs", kNN, "dog", ""}});
  EXPECT_EQ(l.lemma("sold", kNN), "sell");
  EXPECT_EQ(l.lemma("golds", kNN), "gold");
}

TEST(Lemmatizer, ScriptsGivingACommonLemmaFollowTheTag) {
  // "converted" was seen only as an adjective (lemma "converted"); tagged as
  // a past tense, the verb scripts give "convert", a lemma seen in lower
  // case, and the lemma follows the tag as the treebank's does.
  constexpr int kJJ = 5;
  Lemmatizer l = trained({{"converted", kJJ, "converted", ""},
                          {"converts", kNN, "convert", ""},
                          {"wanted", kVBD, "want", ""},
                          {"sold", kVBD, "sell", ""}});
  EXPECT_EQ(l.lemma("converted", kVBD), "convert");
  EXPECT_EQ(l.lemma("converted", kJJ), "converted");
  EXPECT_EQ(l.lemma("sold", kNN), "sell");  // the scripts give no common lemma
}

TEST(Lemmatizer, AnETooManyGoesWhenThatGivesAKnownLemma) {
  // The plural scripts learned from "shoes" and "dogs" strip one byte:
  // "potatoes" -> "potatoe", no known lemma, while "potato" is.
  Lemmatizer l = trained(
      {{"shoes", kNN, "shoe", ""}, {"dogs", kNN, "dog", ""}, {"potato", kNN, "potato", ""}});
  EXPECT_EQ(l.lemma("potatoes", kNN), "potato");
  EXPECT_EQ(l.lemma("canoes", kNN), "canoe");  // "cano" is no known lemma either
}

TEST(Lemmatizer, FrequentWordsNeverNamesTaggedAsNamesKeepTheirLemma) {
  // "Who" seen ten times as a pronoun and never as a name: tagged as a name,
  // it is a tagging slip. "Bell", seen once as a noun, is a name when tagged so;
  // "Apple", once seen as a name, too.
  constexpr int kWP = 5;
  std::vector<LemmaExample> examples;
  for (int i = 0; i < 10; ++i) {
    examples.push_back({"Who", kWP, "who", ""});
    examples.push_back({"Apple", kNN, "apple", ""});
  }
  examples.push_back({"Apple", kNNP, "Apple", ""});
  examples.push_back({"Bell", kNN, "bell", ""});
  examples.push_back({"Obama", kNNP, "Obama", ""});
  Lemmatizer l = trained(examples);
  EXPECT_EQ(l.lemma("Who", kNNP), "who");
  EXPECT_EQ(l.lemma("Who", kWP), "who");
  EXPECT_EQ(l.lemma("Bell", kNNP), "Bell");
  EXPECT_EQ(l.lemma("Apple", kNNP), "Apple");
  EXPECT_EQ(l.lemma("WHO", kNNP), "WHO");  // another form
}

TEST(Lemmatizer, ContractedAuxiliariesAreHaveBeforeParticiples) {
  EXPECT_TRUE(Lemmatizer::contracted_have("'s", "been"));
  EXPECT_TRUE(Lemmatizer::contracted_have("'S", "GOT"));
  EXPECT_TRUE(Lemmatizer::contracted_have("\xE2\x80\x99s", "had"));
  EXPECT_TRUE(Lemmatizer::contracted_have("'d", "gotten"));
  EXPECT_FALSE(Lemmatizer::contracted_have("'s", "going"));
  EXPECT_FALSE(Lemmatizer::contracted_have("'d", "go"));
  EXPECT_FALSE(Lemmatizer::contracted_have("is", "been"));
  EXPECT_FALSE(Lemmatizer::contracted_have("s", "been"));
  EXPECT_FALSE(Lemmatizer::contracted_have("'", "been"));
}

TEST(Lemmatizer, ElongatedSpellingsGiveTheKnownWord) {
  constexpr int kRB = 5, kUH = 6;
  Lemmatizer l = trained({{"so", kRB, "so", ""},
                          {"pretty", kRB, "pretty", ""},
                          {"hmm", kUH, "hmm", ""},
                          {"soon", kRB, "soon", ""},
                          {"AAA", kNNP, "AAA", ""}});
  EXPECT_EQ(l.lemma("sooooo", kRB), "so");  // "soo" is unknown, "so" known
  EXPECT_EQ(l.lemma("Soooo", kRB), "so");
  EXPECT_EQ(l.lemma("prettty", kRB), "pretty");  // two letters kept first
  EXPECT_EQ(l.lemma("hmmmm", kUH), "hmm");
  EXPECT_EQ(l.lemma("BBB", kNNP), "BBB");     // capitals only: an acronym
  EXPECT_EQ(l.lemma("zzzzz", kRB), "zzzzz");  // nothing known: the scripts
}

TEST(Lemmatizer, DigitsAreTheirOwnLemma) {
  Lemmatizer l =
      trained({{"1/200", kCD, "1/200", ""}, {"5/200", kCD, "5/200", ""}, {"2", kNN, "to", ""}});
  EXPECT_EQ(l.lemma("3200", kCD), "3200");
  EXPECT_EQ(l.lemma("2", kNN), "to");  // the table first
}

TEST(Lemmatizer, ScriptsInventingLongEndingsGiveWayToTheForm) {
  // "Sept." -> "September" appends "ember"; applied to "Capt." it would
  // invent "Captember", no known lemma: the form is kept.
  Lemmatizer l = trained({{"Sept.", kNNP, "September", ""}, {"Obama", kNNP, "Obama", ""}});
  EXPECT_EQ(l.lemma("Sept.", kNNP), "September");
  EXPECT_EQ(l.lemma("Capt.", kNNP), "Capt.");
}

TEST(Lemmatizer, LemmasSeenOnlyAsNamesDoNotStopTheRepairs) {
  // "Modell" and "Tim" are names: "modell" and "tim" are no words, so the
  // doubling and the final 'e' are still repaired.
  Lemmatizer l = trained({{"calling", kVBG, "call", ""},
                          {"yelling", kVBG, "yell", ""},
                          {"jumped", kVBD, "jump", ""},
                          {"model", kNN, "model", ""},
                          {"time", kNN, "time", ""},
                          {"Modell", kNNP, "Modell", ""},
                          {"Tim", kNNP, "Tim", ""}});
  EXPECT_EQ(l.lemma("modelling", kVBG), "model");
  EXPECT_EQ(l.lemma("timed", kVBD), "time");
}

TEST(Lemmatizer, AddressesAndHashtagsKeepTheirForm) {
  Lemmatizer l = trained({{"dogs", kNN, "dog", ""}, {"cats", kNN, "cat", ""}});
  EXPECT_EQ(l.lemma("#audiobooks", kNN), "#audiobooks");
  EXPECT_EQ(l.lemma("alt.animals.dolphins", kNN), "alt.animals.dolphins");
  EXPECT_EQ(l.lemma("Kids@home.com", kNN), "kids@home.com");  // the tag's case
  EXPECT_EQ(l.lemma("birds", kNN), "bird");
}

TEST(Lemmatizer, ScriptsLeavingNoWordGiveWayToTheForm) {
  // Plural scripts on short words: "km" is a known lemma and "k" is not;
  // "xs" would keep one byte; "c'est" would be cut after the apostrophe.
  constexpr int kJJS = 8;
  Lemmatizer l = trained({{"dogs", kNN, "dog", ""},
                          {"cats", kNN, "cat", ""},
                          {"km", kCD, "km", ""},
                          {"tallest", kJJS, "tall", ""}});
  EXPECT_EQ(l.lemma("km", kNN), "km");
  EXPECT_EQ(l.lemma("xs", kNN), "xs");
  EXPECT_EQ(l.lemma("c'est", kJJS), "c'est");
  EXPECT_EQ(l.lemma("oldest", kJJS), "old");
}

TEST(Lemmatizer, MixedCaseNamesKeepTheirForm) {
  // "Ca" seen only as "CA" stays "Ca"; all-lower and all-caps spellings of a
  // name take the seen one.
  Lemmatizer l =
      trained({{"CA", kNNP, "CA", ""}, {"Obama", kNNP, "Obama", ""}, {"Paris", kNNP, "Paris", ""}});
  EXPECT_EQ(l.lemma("Ca", kNNP), "Ca");
  EXPECT_EQ(l.lemma("ca", kNNP), "CA");
  EXPECT_EQ(l.lemma("PARIS", kNNP), "Paris");
}

TEST(Lemmatizer, UnseenWordsWithTwoLettersSwappedTakeTheMeantWordsLemma) {
  Lemmatizer l = trained({{"length", kNN, "length", ""},
                          {"centres", kNN, "centre", ""},
                          {"Sheila", kNNP, "Sheila", ""},
                          {"Obama", kNNP, "Obama", ""}});
  EXPECT_EQ(l.lemma("lenght", kNN), "length");
  EXPECT_EQ(l.lemma("centers", kNN), "center");  // "-er"/"-re": a spelling, not "centre"
  EXPECT_EQ(l.lemma("Shelia", kNNP), "Shelia");  // names vary
  EXPECT_EQ(l.lemma("lnegth", kVBD), "lnegth");  // only a word seen with the tag
}

TEST(Lemmatizer, LemmasSeenWithTheTagWin) {
  // The past-tense scripts strip "ed" ("feared" -> "fear"): "cared" -> "car",
  // a lemma seen (as a noun) in lower case; "care", its spelling with an 'e',
  // was seen with the past tense tag and wins.
  Lemmatizer l = trained({{"feared", kVBD, "fear", ""},
                          {"neared", kVBD, "near", ""},
                          {"cars", kNN, "car", ""},
                          {"carde", kVBD, "care", ""}});
  EXPECT_EQ(l.lemma("cared", kVBD), "care");
  EXPECT_EQ(l.lemma("geared", kVBD), "gear");
}

TEST(Lemmatizer, AllCapsNamesTakeTheCasingOfTheirLengthInTraining) {
  // Short all-caps names are mostly acronyms ("FBI"), long ones mostly
  // names written in capitals ("WASHINGTON" -> "Washington").
  Lemmatizer l = trained({{"FBI", kNNP, "FBI", ""},
                          {"CNN", kNNP, "CNN", ""},
                          {"BBC", kNNP, "BBC", ""},
                          {"WASHINGTON", kNNP, "Washington", ""},
                          {"CHERNOBYL", kNNP, "Chernobyl", ""},
                          {"UNSCEAR", kNNP, "UNSCEAR", ""},
                          {"Obama", kNNP, "Obama", ""},
                          {"TIMES", kNN, "time", ""}});
  EXPECT_EQ(l.lemma("KENNEDY", kNNP), "Kennedy");
  EXPECT_EQ(l.lemma("NYT", kNNP), "NYT");
  EXPECT_EQ(l.lemma("UNSCEAR", kNNP), "UNSCEAR");  // seen so
  EXPECT_EQ(l.lemma("HOUSES", kNN), "house");      // not a name tag
}

TEST(Lemmatizer, NameTagsKeepTheFormUnlessTheScriptsGiveAKnownLemma) {
  // Nearly all names keep their form: a script from the one that did not
  // ("Pates" -> "Pate") gives way to the form ("Gates"), unless it gives a
  // lemma seen as a name. Plural names mostly drop the "s", but a script of
  // a short suffix giving no known lemma gives way too ("Ecogas").
  std::vector<LemmaExample> examples;
  for (const char* name : {"Obama", "Paris", "Bush", "Kerry", "Texas", "Iraq", "Baghdad", "Enron",
                           "London", "Chicago"})
    examples.push_back({name, kNNP, name, ""});
  examples.push_back({"Pates", kNNP, "Pate", ""});
  examples.push_back({"Yate", kNNP, "Yate", ""});
  constexpr int kNNPS = 5;
  examples.push_back({"Americans", kNNPS, "American", ""});
  examples.push_back({"Arabs", kNNPS, "Arab", ""});
  examples.push_back({"Marines", kNNPS, "Marine", ""});
  examples.push_back({"Briton", kNNP, "Briton", ""});
  Lemmatizer l = trained(examples);
  EXPECT_EQ(l.lemma("Gates", kNNP), "Gates");
  EXPECT_EQ(l.lemma("Yates", kNNP), "Yate");  // a name seen
  EXPECT_EQ(l.lemma("Britons", kNNPS), "Briton");
  EXPECT_EQ(l.lemma("Ecogas", kNNPS), "Ecogas");
}

TEST(Lemmatizer, NamesTakeNoCommonNounsOrAddressesFromOtherTags) {
  // "Gates" seen as a plural noun ("gate") and "David" as an address's
  // first part: tagged as names, they keep their form. "sold" as a noun
  // still takes the verb's lemma.
  constexpr int kGW = 5;
  Lemmatizer l = trained({{"Gates", kNN, "gate", ""},
                          {"David", kGW, "DavidForster@ENRON", ""},
                          {"sold", kVBD, "sell", ""},
                          {"Obama", kNNP, "Obama", ""}});
  EXPECT_EQ(l.lemma("Gates", kNNP), "Gates");
  EXPECT_EQ(l.lemma("David", kNNP), "David");
  EXPECT_EQ(l.lemma("sold", kNN), "sell");
}

TEST(Lemmatizer, ScriptsUndoingADoublingNeedOne) {
  // "-ped" is mostly "-pped" ("stopped" -> "stop"): that script on "gulped"
  // would leave "gu"; a shorter suffix's script ("jumped") applies.
  Lemmatizer l = trained({{"stopped", kVBD, "stop", ""},
                          {"dropped", kVBD, "drop", ""},
                          {"shipped", kVBD, "ship", ""},
                          {"jumped", kVBD, "jump", ""},
                          {"walked", kVBD, "walk", ""},
                          {"talked", kVBD, "talk", ""},
                          {"wanted", kVBD, "want", ""},
                          {"played", kVBD, "play", ""}});
  EXPECT_EQ(l.lemma("gulped", kVBD), "gulp");
  EXPECT_EQ(l.lemma("clipped", kVBD), "clip");
}

TEST(Lemmatizer, ClosedSyllablesBeforeAnEndingGetASilentE) {
  // Five past tenses of a closed syllable, all with an 'e' ("hoped"): an
  // unseen one gets it back ("wiped" -> "wipe", not "wip"); "jumped" has no
  // such syllable, "visited" two.
  Lemmatizer l = trained({{"hoped", kVBD, "hope", ""},
                          {"taped", kVBD, "tape", ""},
                          {"named", kVBD, "name", ""},
                          {"timed", kVBD, "time", ""},
                          {"rated", kVBD, "rate", ""},
                          {"walked", kVBD, "walk", ""},
                          {"talked", kVBD, "talk", ""},
                          {"wanted", kVBD, "want", ""},
                          {"played", kVBD, "play", ""},
                          {"edited", kVBD, "edit", ""},
                          {"helped", kVBD, "help", ""},
                          {"pumped", kVBD, "pump", ""},
                          {"camped", kVBD, "camp", ""}});
  EXPECT_EQ(l.lemma("wiped", kVBD), "wipe");
  EXPECT_EQ(l.lemma("duped", kVBD), "dupe");
  EXPECT_EQ(l.lemma("jumped", kVBD), "jump");
  EXPECT_EQ(l.lemma("visited", kVBD), "visit");
}

TEST(Lemmatizer, TagsThatChangeTheFormDoNotTakeItFromOtherTags) {
  // "exploring" seen as a noun (lemma "exploring"), tagged as a gerund, a
  // tag under which words nearly never keep their form: "explore".
  Lemmatizer l = trained({{"exploring", kNN, "exploring", ""},
                          {"explore", kVBD, "explore", ""},
                          {"walking", kVBG, "walk", ""},
                          {"talking", kVBG, "talk", ""},
                          {"jumping", kVBG, "jump", ""}});
  EXPECT_EQ(l.lemma("exploring", kVBG), "explore");
  EXPECT_EQ(l.lemma("exploring", kNN), "exploring");
  // Likewise when the form was seen once or twice, whatever the scripts give;
  // a form seen often under another tag keeps its lemma (a tagging slip).
  std::vector<LemmaExample> examples = {{"unloading", kNN, "unloading", ""},
                                        {"walking", kVBG, "walk", ""},
                                        {"talking", kVBG, "talk", ""}};
  for (int i = 0; i < 3; ++i) examples.push_back({"cladding", kNN, "cladding", ""});
  Lemmatizer m = trained(examples);
  EXPECT_EQ(m.lemma("unloading", kVBG), "unload");
  EXPECT_EQ(m.lemma("cladding", kVBG), "cladding");
}

TEST(Lemmatizer, ScriptsAppendingMuchGiveWayWhenTheyGiveNoKnownLemma) {
  // "mins" -> "minute" appends "ute": on "vitamins" that invents
  // "vitaminute"; the script of a shorter suffix ("-ins") applies.
  Lemmatizer l = trained({{"mins", kNN, "minute", ""},
                          {"pins", kNN, "pin", ""},
                          {"bins", kNN, "bin", ""},
                          {"dogs", kNN, "dog", ""}});
  EXPECT_EQ(l.lemma("vitamins", kNN), "vitamin");
  EXPECT_EQ(l.lemma("mins", kNN), "minute");
}

TEST(Lemmatizer, TagsThatKeepTheFormKeepItForInflectedFormsOfOtherTags) {
  // Nouns nearly all keep their form: "dealing" seen as a gerund ("deal")
  // but tagged as a noun is "dealing". "sold" is no "sell" with an ending:
  // it keeps the verb's lemma.
  std::vector<LemmaExample> examples = {{"dealing", kVBG, "deal", ""}, {"sold", kVBD, "sell", ""}};
  for (const char* noun :
       {"dog", "cat", "house", "tree", "car", "road", "book", "pen", "cup", "hat"})
    examples.push_back({noun, kNN, noun, ""});
  Lemmatizer l = trained(examples);
  EXPECT_EQ(l.lemma("dealing", kNN), "dealing");
  EXPECT_EQ(l.lemma("dealing", kVBG), "deal");
  EXPECT_EQ(l.lemma("sold", kNN), "sell");
}

TEST(Lemmatizer, ScriptsNeverCutAUtf8Character) {
  // The script of "'m" (strip 2 bytes, append "be") on "\u00b4m" (3 bytes)
  // would leave a lone lead byte; the whole character goes instead.
  constexpr int kVBP = 7;
  Lemmatizer l = trained({{"'m", kVBP, "be", ""}, {"am", kVBP, "be", ""}});
  EXPECT_EQ(l.lemma("\xc2\xb4m", kVBP), "be");
}

TEST(Lemmatizer, EmptyAndOneLetterFormsAreSafe) {
  // The silent 'e' rule looks at endings of up to three letters: never
  // past the start of a short word.
  Lemmatizer l = trained({{"wiped", kVBD, "wipe", ""},
                          {"named", kVBD, "name", ""},
                          {"timed", kVBD, "time", ""},
                          {"lined", kVBD, "line", ""},
                          {"poked", kVBD, "poke", ""},
                          {"dined", kVBD, "dine", ""}});
  EXPECT_NO_THROW(l.lemma("", kVBD));
  EXPECT_NO_THROW(l.lemma("d", kVBD));
  EXPECT_EQ(l.lemma("faded", kVBD), "fade");
}

// A document of the given sentences, each word given as
// "form/UPOS/XPOS/lemma".
Document document_of(const std::vector<std::vector<std::string>>& sentences) {
  Document doc;
  for (const auto& words : sentences) {
    Sentence s;
    for (const std::string& spec : words) {
      Word w;
      size_t a = spec.find('/'), b = spec.find('/', a + 1), c = spec.find('/', b + 1);
      w.form = spec.substr(0, a);
      w.upos = spec.substr(a + 1, b - a - 1);
      w.xpos = spec.substr(b + 1, c - b - 1);
      w.lemma = spec.substr(c + 1);
      s.words.push_back(w);
    }
    doc.sentences.push_back(s);
  }
  return doc;
}

std::string tags_and_lemma(const Word& w) { return w.upos + "/" + w.xpos + "/" + w.lemma; }

TEST(Pipeline, NameAndNounTagsOfAFormAgreeWithinADocument) {
  const std::vector<std::string> tags = {"NOUN\tNN", "NOUN\tNNS", "PROPN\tNNP", "PROPN\tNNPS",
                                         "DET\tDT"};
  auto m = std::make_shared<Model>();
  std::mt19937_64 rng(1);
  m->tagger.train(tags, {TaggedSentence{{"the", "cat", "Cats", "Tom"}, {4, 0, 3, 2}}}, 1, &rng,
                  nullptr);
  m->lemmatizer.train({{"cat", 0, "cat", "Number=Sing"},
                       {"cats", 1, "cat", "Number=Plur"},
                       {"Cats", 3, "Cat", "Number=Plur"},
                       {"Tom", 2, "Tom", "Number=Sing"}});
  Pipeline pipeline(m);
  // "Album" a name twice (not at a sentence's start), a noun once: the noun
  // becomes a name. "Team" a name once and a noun once: left alone. "Cat"
  // at a sentence's start does not vote.
  Document doc = document_of({{"the/DET/DT/the", "Album/PROPN/NNP/Album", "Team/NOUN/NN/team"},
                              {"an/DET/DT/a", "Album/PROPN/NNP/Album", "Team/PROPN/NNP/Team"},
                              {"Cat/NOUN/NN/cat", "the/DET/DT/the", "Album/NOUN/NN/album"},
                              {"the/DET/DT/the", "Cats/NOUN/NNS/cat"},
                              {"the/DET/DT/the", "Cats/NOUN/NNS/cat"},
                              {"Cats/PROPN/NNPS/Cats"}});
  pipeline.agree_name_tags(&doc);
  EXPECT_EQ(tags_and_lemma(doc.sentences[2].words[2]), "PROPN/NNP/Album");
  EXPECT_EQ(tags_and_lemma(doc.sentences[0].words[1]), "PROPN/NNP/Album");
  EXPECT_EQ(tags_and_lemma(doc.sentences[0].words[2]), "NOUN/NN/team");
  EXPECT_EQ(tags_and_lemma(doc.sentences[1].words[2]), "PROPN/NNP/Team");
  EXPECT_EQ(tags_and_lemma(doc.sentences[2].words[0]), "NOUN/NN/cat");
  // "Cats" starting a sentence, a name there, nouns twice elsewhere: a
  // noun, with the noun's lemma and features.
  EXPECT_EQ(tags_and_lemma(doc.sentences[5].words[0]), "NOUN/NNS/cat");
  EXPECT_EQ(doc.sentences[5].words[0].feats, "Number=Plur");
}

}  // namespace
}  // namespace parley::nlp
