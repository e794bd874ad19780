// Tests of the lemmatizer's rules (tables, edit scripts, case, numbers),
// trained on tiny hand-made examples. Tags are plain ids here.
#include <gtest/gtest.h>

#include <vector>

#include "parley/nlp/lemmatizer.h"

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

}  // namespace
}  // namespace parley::nlp
