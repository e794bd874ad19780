// Tests of the fast paths of tagging and lemmatizing: the vector argmax of
// LinearModel::best_class (the first of the highest sums, as std::max_element
// over score() gives) and the per-thread cache of Lemmatizer::annotate
// (always what lemma() and feats() give).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "parley/nlp/model.h"
#include "parley/nlp/perceptron.h"
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

TEST(LinearModelArgmax, FirstOfTheHighestSums) {
  for (int classes : {3, 8, 13, 102}) {
    LinearModel m = random_model(classes, 7 + classes);
    std::mt19937_64 rng(classes);
    std::mt19937_64 keys(7 + classes);  // the model's keys, as random_model() drew them
    std::vector<uint64_t> known;
    for (int k = 0; k < 60; ++k) known.push_back(keys());
    for (int trial = 0; trial < 300; ++trial) {
      // Few features give many ties; unknown keys add nothing.
      std::vector<uint64_t> feats;
      const int n = static_cast<int>(rng() % 8);
      for (int i = 0; i < n; ++i) feats.push_back(rng() % 4 ? known[rng() % known.size()] : rng());
      EXPECT_EQ(m.best_class(feats.data(), n), argmax_of_scores(m, feats))
          << classes << " classes, trial " << trial;
      // The margin: the best score less the best of the other classes'.
      float margin = -1;
      const int best = m.best_class(feats.data(), n, &margin);
      EXPECT_EQ(best, argmax_of_scores(m, feats));
      std::vector<float> s(static_cast<size_t>(classes), 0.0f);
      m.score(feats.data(), n, s.data());
      float other = -std::numeric_limits<float>::infinity();
      for (int c = 0; c < classes; ++c)
        if (c != best) other = std::max(other, s[static_cast<size_t>(c)]);
      EXPECT_NEAR(margin, s[static_cast<size_t>(best)] - other, 1e-3f * (1 + std::fabs(other)))
          << classes << " classes, trial " << trial;
    }
    EXPECT_EQ(m.best_class(nullptr, 0), 0);  // all sums 0: the first class
    float margin = -1;
    EXPECT_EQ(m.best_class(nullptr, 0, &margin), 0);
    EXPECT_EQ(margin, 0.0f);  // a tie
  }
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
