// Tokenizer and sentence splitter on UD English EWT raw text, with the CoNLL
// 2018 metrics: floors just under the scores achieved (see the tokenizer
// report: test Tokens 99.33, Sentences 88.66, Words 99.08; dev 99.70, 90.40,
// 99.37).
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "parley/eval/ud_eval.h"
#include "parley/nlp/tokenizer.h"
#include "test_util.h"

namespace parley {
namespace {

UdScores ScoreRaw(const std::string& part) {
  std::vector<Document> gold, system;
  std::string path = testing::shared_dir() + "/data/ud-english-ewt/" + part + ".conllu";
  Status s = read_gold_conllu(path, &gold);
  EXPECT_TRUE(s.ok()) << s.ToString();
  make_system_documents(
      gold, /*raw=*/true, [](Document* d) { tokenize(d); }, &system);
  UdScores scores;
  s = evaluate(gold, system, &scores);
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::printf("EWT %s from raw text:\n%s", part.c_str(), scores.ToTable().c_str());
  return scores;
}

TEST(EvalEwt, TokenizerOnTest) {
  PARLEY_REQUIRE_SHARED();
  UdScores s = ScoreRaw("test");
  EXPECT_GE(s.tokens.f1(), 99.25);
  EXPECT_GE(s.sentences.f1(), 88.4);
  EXPECT_GE(s.words.f1(), 99.0);
}

TEST(EvalEwt, TokenizerOnDev) {
  PARLEY_REQUIRE_SHARED();
  UdScores s = ScoreRaw("dev");
  EXPECT_GE(s.tokens.f1(), 99.6);
  EXPECT_GE(s.sentences.f1(), 90.1);
  EXPECT_GE(s.words.f1(), 99.3);
}

TEST(EvalEwt, CommandLineJson) {
  PARLEY_REQUIRE_SHARED();
  std::string cmd = testing::parley_binary() + " eval ud --raw --json --gold " +
                    testing::shared_dir() + "/data/ud-english-ewt/test.conllu";
  FILE* pipe = popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  std::array<char, 256> buf;
  while (fgets(buf.data(), buf.size(), pipe)) out += buf.data();
  EXPECT_EQ(pclose(pipe), 0);
  EXPECT_EQ(out.rfind("{\"Tokens\": ", 0), 0u) << out;
  EXPECT_NE(out.find("\"Sentences\": "), std::string::npos) << out;
  EXPECT_NE(out.find("\"Words\": "), std::string::npos) << out;
}

}  // namespace
}  // namespace parley
