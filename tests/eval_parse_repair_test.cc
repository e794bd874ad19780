// The parse repairs (parse_repair.h) on UD English EWT's gold trees: each
// repair fires only on tree shapes that no correct UD analysis has, so the
// gold trees should pass through almost unchanged. Needs ../shared.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "parley/code/parse_repair.h"
#include "parley/dict/dictionary.h"
#include "parley/eval/ud_eval.h"
#include "parley/nlp/pipeline.h"
#include "test_util.h"

namespace parley::code {
namespace {

std::vector<Document> ReadGold(const std::string& part) {
  std::vector<Document> gold;
  const std::string path =
      parley::testing::shared_dir() + "/data/ud-english-ewt/" + part + ".conllu";
  EXPECT_TRUE(read_gold_conllu(path, &gold).ok()) << path;
  return gold;
}

std::shared_ptr<const dict::Dictionaries> ParleyDictionaries() {
  std::shared_ptr<const dict::Dictionaries> dicts;
  EXPECT_TRUE(dict::Dictionaries::LoadParley(dict::DefaultDataDir(), &dicts).ok());
  return dicts;
}

TEST(EvalParseRepair, GoldTreesAreAlmostNeverChanged) {
  PARLEY_REQUIRE_SHARED();
  std::shared_ptr<const dict::Dictionaries> dicts = ParleyDictionaries();
  ASSERT_TRUE(dicts);
  size_t sentences = 0, changed = 0;
  for (const char* part : {"train", "dev", "test"})
    for (Document& doc : ReadGold(part))
      for (Sentence& s : doc.sentences) {
        ++sentences;
        if (RepairSentence(&s, dicts.get()) == 0) continue;
        ++changed;
        // (PARLEY_SHOW_REPAIRED=1 lists them, to see what a new repair touched)
        if (std::getenv("PARLEY_SHOW_REPAIRED") != nullptr)
          std::printf("repaired: %.*s\n", 150, std::string(doc.slice(s.start, s.end)).c_str());
      }
  EXPECT_GT(sentences, 16000u);
  std::printf("%zu of %zu gold trees changed\n", changed, sentences);
  // Measured: 10 of 16,622 gold trees: the same 9 since session 10, and
  // "(...) IS there any specific food", a shouted "IS" between lower-case
  // words taken for the Islamic State (session 12 restored the name "IS";
  // text in capitals is no longer matched against such names).
  EXPECT_LE(changed, 10u) << changed << " of " << sentences << " gold trees changed";
}

// On parley's own parses of EWT dev (gold tokens) the repairs must not cost
// correct heads. Measured with the shipped model: 55 sentences repaired,
// 21,478 -> 21,495 correct heads (session 16, repairs 1-46; 53 and 21,494
// in session 14, after the tagger's verbless-sentence retag; 51, 21,464 ->
// 21,480 before repairs 22-31).
TEST(EvalParseRepair, RepairsOfParleysParsesDoNotLoseCorrectHeads) {
  PARLEY_REQUIRE_SHARED();
  std::unique_ptr<nlp::Pipeline> nlp;
  if (!nlp::Pipeline::Load("", &nlp).ok()) GTEST_SKIP() << "no shipped model";
  std::shared_ptr<const dict::Dictionaries> dicts = ParleyDictionaries();
  ASSERT_TRUE(dicts);
  std::vector<Document> gold = ReadGold("dev"), system;
  make_system_documents(
      gold, false, [&](Document* d) { nlp->analyze(d); }, &system);
  ASSERT_EQ(gold.size(), system.size());
  long before = 0, after = 0, changed = 0;
  for (size_t d = 0; d < gold.size(); ++d) {
    ASSERT_EQ(gold[d].sentences.size(), system[d].sentences.size());
    for (size_t i = 0; i < gold[d].sentences.size(); ++i) {
      const std::vector<Word>& g = gold[d].sentences[i].words;
      Sentence& s = system[d].sentences[i];
      ASSERT_EQ(g.size(), s.words.size());
      auto correct = [&] {
        long n = 0;
        for (size_t k = 0; k < g.size(); ++k) n += g[k].head == s.words[k].head;
        return n;
      };
      before += correct();
      if (RepairSentence(&s, dicts.get()) > 0) ++changed;
      after += correct();
    }
  }
  std::printf("%ld sentences repaired: %ld -> %ld correct heads\n", changed, before, after);
  EXPECT_GE(after, before) << changed << " sentences repaired: " << before << " -> " << after
                           << " correct heads";
}

}  // namespace
}  // namespace parley::code
