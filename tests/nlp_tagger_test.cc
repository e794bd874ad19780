// Tests of the exact partial sums of LinearModel (add_sums, best_class with
// bases) and of the per-thread caches of the tagger and the lemmatizer:
// cached results must be those computed from scratch, whatever was tagged
// before in the thread and by which model.
#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "parley/nlp/model.h"
#include "parley/nlp/perceptron.h"
#include "parley/nlp/tagger.h"
#include "test_util.h"

namespace parley::nlp {
namespace {

// A model of `classes` classes with dense, sparse and one-weight rows.
LinearModel random_model(int classes, uint64_t seed) {
  std::mt19937_64 rng(seed);
  LinearTrainer t(classes);
  std::vector<uint64_t> feats;
  for (uint64_t k = 0; k < 60; ++k) feats.push_back(rng());
  for (int it = 0; it < 400; ++it) {
    // Feature 0 gets updates for all classes (a dense row).
    t.update(&feats[0], 1, it % classes, (it + 3) % classes);
    const size_t k = rng() % feats.size();
    const int n = static_cast<int>(std::min<size_t>(1 + rng() % 3, feats.size() - k));
    t.update(&feats[k], n, static_cast<int>(rng() % classes), static_cast<int>(rng() % classes));
    t.tick();
  }
  LinearModel out;
  t.compile(&out, 0.0f);
  return out;
}

int argmax_of_scores(const LinearModel& m, const std::vector<uint64_t>& feats) {
  std::vector<float> s(static_cast<size_t>(m.num_classes()), 0.0f);
  m.score(feats.data(), static_cast<int>(feats.size()), s.data());
  return static_cast<int>(std::max_element(s.begin(), s.end()) - s.begin());
}

TEST(LinearModelSums, GroupedSumsGiveTheClassOfAllFeatures) {
  for (int classes : {3, 8, 13, 102}) {
    LinearModel m = random_model(classes, 7 + classes);
    ASSERT_EQ(m.padded_classes() % 8, 0u);
    ASSERT_GE(m.padded_classes(), static_cast<uint32_t>(classes));
    std::mt19937_64 rng(classes);
    std::mt19937_64 keys(7 + classes);  // the model's keys, as random_model() drew them
    std::vector<uint64_t> known;
    for (int k = 0; k < 60; ++k) known.push_back(keys());
    for (int trial = 0; trial < 200; ++trial) {
      std::vector<uint64_t> feats;
      const int n = 1 + static_cast<int>(rng() % 12);
      for (int i = 0; i < n; ++i) feats.push_back(rng() % 4 ? known[rng() % known.size()] : rng());
      const int want = m.best_class(feats.data(), n);
      EXPECT_EQ(want, argmax_of_scores(m, feats));
      // Split into up to three groups summed apart, the rest looked up.
      std::vector<std::vector<int32_t>> groups;
      std::vector<const int32_t*> bases;
      size_t at = 0;
      for (int g = 0; g < 3 && at < feats.size(); ++g) {
        const size_t len = rng() % (feats.size() - at + 1);
        groups.emplace_back(m.padded_classes(), 0);
        m.add_sums(feats.data() + at, static_cast<int>(len), groups.back().data());
        at += len;
      }
      for (const auto& g : groups) bases.push_back(g.data());
      EXPECT_EQ(m.best_class(bases.data(), static_cast<int>(bases.size()), feats.data() + at,
                             static_cast<int>(feats.size() - at)),
                want)
          << classes << " classes, trial " << trial;
    }
    // No feature at all: every sum 0, the first class wins.
    EXPECT_EQ(m.best_class(nullptr, 0, nullptr, 0), 0);
  }
  EXPECT_EQ(LinearModel().best_class(nullptr, 0, nullptr, 0), -1);
}

std::vector<std::vector<std::string>> test_sentences() {
  return {
      {"The", "president", "said", "the", "talks", "would", "resume", "on", "Monday", "."},
      {"Rebels", "attacked", "the", "the", "the", "police", "station", "in", "Kabul", "."},
      {"Supercalifragilisticexpialidocious-and-then-some-more", "words", "follow", "."},
      {"the"},
      {"said", "The", "president", "The", "president", "said", "said", "."},
      {"Officials", "from", "Russia", "and", "Ukraine", "met", "in", "Geneva", "on", "Tuesday", ",",
       "the", "ministry", "said", "in", "a", "statement", "."},
  };
}

std::vector<std::vector<int>> tag_all(const Tagger& t) {
  std::vector<std::vector<int>> out;
  for (const auto& s : test_sentences()) {
    std::vector<std::string_view> forms(s.begin(), s.end());
    std::vector<int> tags;
    t.tag(forms, &tags);
    out.push_back(tags);
  }
  return out;
}

// Tags in a new thread, whose caches are empty.
std::vector<std::vector<int>> tag_all_fresh(const Tagger& t) {
  std::vector<std::vector<int>> out;
  std::thread([&] { out = tag_all(t); }).join();
  return out;
}

TEST(TaggerCache, CachedTagsAreThoseOfAFreshThread) {
  if (!std::filesystem::exists(Model::DefaultPath()))
    GTEST_SKIP() << "no model at " << Model::DefaultPath();
  std::unique_ptr<Model> model;
  ASSERT_TRUE(Model::Load(Model::DefaultPath(), &model).ok());
  const Tagger& tagger = model->tagger;
  const auto fresh = tag_all_fresh(tagger);
  EXPECT_EQ(tag_all(tagger), fresh);  // fills this thread's cache
  EXPECT_EQ(tag_all(tagger), fresh);  // from the cache

  // A pruned copy has other weights: this thread's cache (of `tagger`) must
  // not answer for it, and back again.
  Tagger pruned = tagger;
  pruned.prune(2.0f);
  const auto pruned_fresh = tag_all_fresh(pruned);
  EXPECT_NE(pruned_fresh, fresh) << "pruning should change some tags (test too weak)";
  EXPECT_EQ(tag_all(pruned), pruned_fresh);
  EXPECT_EQ(tag_all(tagger), fresh);
  EXPECT_EQ(tag_all(pruned), pruned_fresh);
}

TEST(LemmatizerCache, AnnotateIsLemmaAndFeats) {
  if (!std::filesystem::exists(Model::DefaultPath()))
    GTEST_SKIP() << "no model at " << Model::DefaultPath();
  std::unique_ptr<Model> model;
  ASSERT_TRUE(Model::Load(Model::DefaultPath(), &model).ok());
  const Lemmatizer& lem = model->lemmatizer;
  const int tags = static_cast<int>(model->tagger.tags().size());
  for (int round = 0; round < 2; ++round) {
    for (const auto& s : test_sentences())
      for (const auto& form : s)
        for (int tag = 0; tag < tags; tag += 7) {
          std::string lemma = "stale", feats = "stale";
          lem.annotate(form, tag, &lemma, &feats);
          EXPECT_EQ(lemma, lem.lemma(form, tag)) << form << " " << tag;
          EXPECT_EQ(feats, lem.feats(form, tag)) << form << " " << tag;
        }
  }
}

}  // namespace
}  // namespace parley::nlp
