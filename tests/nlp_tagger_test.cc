// Tagger training on small synthetic corpora: determinism, words seen
// only once or twice in training (whose ambiguity classes training leaves
// out, one occurrence at a time) tagged by their spelling and context as new
// words are, and weight averaging of several members.
#include <gtest/gtest.h>

#include <fstream>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "parley/doc/conllu.h"
#include "parley/nlp/binary_io.h"
#include "parley/nlp/model.h"
#include "parley/nlp/tagger.h"
#include "test_util.h"

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

Tagger train(uint64_t seed, int members = 1) {
  Tagger t;
  std::mt19937_64 rng(seed);
  t.train(kTags, corpus(), 5, &rng, nullptr, 0.0f, members);
  return t;
}

std::string saved(const Tagger& t) {
  BinaryWriter w;
  t.save(&w);
  return w.buffer();
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

// Weight averaging of several taggers trained on different shuffles.
TEST(TaggerTraining, AveragedMembersAreDeterministicAndDifferFromOne) {
  const std::string two = saved(train(3, 2));
  EXPECT_EQ(saved(train(3, 2)), two);
  EXPECT_NE(saved(train(3, 1)), two);
  EXPECT_NE(saved(train(3, 3)), two);
}

TEST(TaggerTraining, AveragedMembersTagTrainingWordsAndNewWords) {
  for (int members : {2, 3}) {
    SCOPED_TRACE(members);
    Tagger t = train(3, members);
    EXPECT_EQ(tag(t, {"the", "dog", "sleeps", "."}),
              (std::vector<int>{kDet, kNoun, kVerb, kPunct}));
    EXPECT_EQ(tag(t, {"she", "opens", "it", "."}), (std::vector<int>{kPron, kVerb, kPron, kPunct}));
    EXPECT_EQ(tag(t, {"the", "zorp", "sleeps", "."}),
              (std::vector<int>{kDet, kNoun, kVerb, kPunct}));
    EXPECT_EQ(tag(t, {"she", "blicks", "it", "."}),
              (std::vector<int>{kPron, kVerb, kPron, kPunct}));
  }
}

// Progress during averaged training: every epoch of the first member, then
// the last epoch of each later member (numbered across members), with a
// usable tagger in place each time.
TEST(TaggerTraining, AveragedMembersReportProgressAcrossMembers) {
  Tagger t;
  std::mt19937_64 rng(5);
  std::vector<int> epochs;
  t.train(
      kTags, corpus(), 3, &rng,
      [&](int epoch) {
        epochs.push_back(epoch);
        EXPECT_EQ(tag(t, {"the", "cat", "sleeps", "."}).size(), 4u);
      },
      0.0f, 3);
  EXPECT_EQ(epochs, (std::vector<int>{0, 1, 2, 5, 8}));
}

// The shipped model on EWT dev (gold tokenization): skipping the second pass
// where the first was sure (Tagger::kSecondPassMargin) changes no tag.
TEST(EvalTagger, SecondPassSkipChangesNoTagOnDev) {
  PARLEY_REQUIRE_SHARED();
  std::unique_ptr<Model> model;
  Status s = Model::Load(Model::DefaultPath(), &model);
  ASSERT_TRUE(s.ok()) << s.message();
  std::string conllu = parley::testing::shared_dir() + "/data/ud-english-ewt/dev.conllu";
  std::ifstream f(conllu);
  ConlluReader reader(&f, conllu);
  Status err;
  size_t words = 0, sentences = 0;
  std::vector<int> skipping, both;
  for (Document d; reader.next(&d, &err);)
    for (const Sentence& sentence : d.sentences) {
      std::vector<std::string_view> forms;
      for (const Word& w : sentence.words) forms.push_back(w.form);
      model->tagger.tag(forms, &skipping);
      model->tagger.tag(forms, &both, std::numeric_limits<float>::infinity());
      ASSERT_EQ(skipping, both) << sentence.words.size() << " words, sentence " << sentences;
      words += forms.size();
      ++sentences;
    }
  EXPECT_GT(words, 25000u);
}

}  // namespace
}  // namespace parley::nlp
