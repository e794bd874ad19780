// Tagger training on small synthetic corpora: determinism, and words seen
// only once or twice in training (whose ambiguity classes training leaves
// out, one occurrence at a time) tagged by their spelling and context as new
// words are.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "parley/nlp/binary_io.h"
#include "parley/nlp/tagger.h"

namespace parley::nlp {
namespace {

const std::vector<std::string> kTags = {"DET\tDT", "NOUN\tNN", "VERB\tVBZ", "PRON\tPRP",
                                        "PUNCT\t."};
enum { kDet, kNoun, kVerb, kPron, kPunct };

// "the N sleeps ." and "she V it ." with each noun and verb seen twice, and
// "walk"/"walks" seen as both.
std::vector<TaggedSentence> corpus() {
  const std::vector<std::string> nouns = {"cat",  "dog",   "bird", "horse", "table", "house",
                                          "tree", "river", "road", "lamp",  "chair", "boat"};
  const std::vector<std::string> verbs = {"sees",  "likes", "takes", "holds", "finds", "wants",
                                          "keeps", "opens", "moves", "needs", "loves", "calls"};
  std::vector<TaggedSentence> out;
  for (int round = 0; round < 2; ++round) {
    for (const std::string& n : nouns)
      out.push_back({{"the", n, "sleeps", "."}, {kDet, kNoun, kVerb, kPunct}});
    for (const std::string& v : verbs)
      out.push_back({{"she", v, "it", "."}, {kPron, kVerb, kPron, kPunct}});
    out.push_back({{"the", "walk", "sleeps", "."}, {kDet, kNoun, kVerb, kPunct}});
    out.push_back({{"she", "walks", "it", "."}, {kPron, kVerb, kPron, kPunct}});
  }
  return out;
}

std::vector<int> tag(const Tagger& t, std::vector<std::string_view> forms) {
  std::vector<int> tags;
  t.tag(forms, &tags);
  return tags;
}

Tagger train(uint64_t seed) {
  Tagger t;
  std::mt19937_64 rng(seed);
  t.train(kTags, corpus(), 5, &rng, nullptr, 0.0f);
  return t;
}

TEST(TaggerTraining, SameSeedGivesTheSameModel) {
  BinaryWriter a, b;
  train(3).save(&a);
  train(3).save(&b);
  EXPECT_EQ(a.buffer(), b.buffer());
}

TEST(TaggerTraining, TagsTrainingWordsAndNewWordsByContext) {
  Tagger t = train(3);
  EXPECT_EQ(tag(t, {"the", "cat", "sleeps", "."}), (std::vector<int>{kDet, kNoun, kVerb, kPunct}));
  EXPECT_EQ(tag(t, {"she", "keeps", "it", "."}), (std::vector<int>{kPron, kVerb, kPron, kPunct}));
  // Words never seen: only the context tells.
  EXPECT_EQ(tag(t, {"the", "zorp", "sleeps", "."}), (std::vector<int>{kDet, kNoun, kVerb, kPunct}));
  EXPECT_EQ(tag(t, {"she", "blicks", "it", "."}), (std::vector<int>{kPron, kVerb, kPron, kPunct}));
  // A word seen in both roles follows its context.
  EXPECT_EQ(tag(t, {"the", "walks", "sleeps", "."})[1], kNoun);
  EXPECT_EQ(tag(t, {"she", "walk", "it", "."})[1], kVerb);
}

}  // namespace
}  // namespace parley::nlp
