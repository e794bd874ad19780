// Beam search of the parser (Parser::parse with a ParseSearch), with the
// shipped model.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "parley/nlp/model.h"
#include "parley/nlp/parser.h"
#include "parley/nlp/pipeline.h"
#include "parley/nlp/train.h"
#include "test_util.h"

namespace parley::nlp {
namespace {

// Sentences written for these tests (tokenized), with attachment ambiguities
// where a beam and greedy parsing may differ.
const char* const kSentences[] = {
    "The minister said on Tuesday that the talks with the rebels would resume next week .",
    "Police fired tear gas at protesters who had gathered outside the parliament in the capital .",
    "I saw the man with the telescope near the old bridge that was built in 1900 .",
    "After the vote , the opposition leader , who had called for a boycott , left the country .",
    "They accused the government of failing to protect civilians and of blocking aid to the north "
    ".",
    "Officials expect the ceasefire , which took effect at midnight , to hold despite sporadic "
    "shelling .",
    "Send me the report and the figures you mentioned by Friday , please .",
    "What the president told reporters was not what his spokesman had announced earlier .",
    "The company , based in Oslo , makes parts for ships and trucks sold in Europe and Asia .",
    "She wants to visit Paris , but her brother prefers going to the mountains with friends .",
    "Hundreds of soldiers were sent to the border after the attack that killed three guards .",
    "If it rains tomorrow we will stay home and watch the game on television .",
};

std::vector<std::vector<std::string>> test_sentences() {
  std::vector<std::vector<std::string>> out;
  for (const char* s : kSentences) {
    std::istringstream in(s);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    out.push_back(words);
  }
  return out;
}

struct Parsed {
  std::vector<int> heads, labels;
  bool operator==(const Parsed& o) const { return heads == o.heads && labels == o.labels; }
};

Parsed parse(const Model& m, const std::vector<std::string>& words, const ParseSearch* search) {
  std::vector<std::string_view> forms(words.begin(), words.end());
  std::vector<int> tags;
  m.tagger.tag(forms, &tags);
  Parsed p;
  if (search)
    m.parser.parse(forms, tags, *search, &p.heads, &p.labels);
  else
    m.parser.parse(forms, tags, &p.heads, &p.labels);
  return p;
}

// One root (head 0, labelled root), every head in range, no cycle, every
// label known.
::testing::AssertionResult is_tree(const Model& m, const Parsed& p) {
  const int n = static_cast<int>(p.heads.size());
  if (static_cast<int>(p.labels.size()) != n) return ::testing::AssertionFailure() << "sizes";
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    const int h = p.heads[i];
    if (h < 0 || h > n || h == i + 1) return ::testing::AssertionFailure() << "head " << h;
    if (p.labels[i] < 0 || p.labels[i] >= static_cast<int>(m.parser.labels().size()))
      return ::testing::AssertionFailure() << "label " << p.labels[i];
    const bool root_label = m.parser.labels()[p.labels[i]] == "root";
    if ((h == 0) != root_label) return ::testing::AssertionFailure() << "root label at " << i + 1;
    roots += h == 0;
    int x = i + 1;
    for (int steps = 0; x != 0; ++steps) {
      if (steps > n) return ::testing::AssertionFailure() << "cycle through " << i + 1;
      x = p.heads[x - 1];
    }
  }
  if (roots != 1) return ::testing::AssertionFailure() << roots << " roots";
  return ::testing::AssertionSuccess();
}

class ParserBeam : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (std::filesystem::exists(Model::DefaultPath())) Model::Load(Model::DefaultPath(), &model_);
  }
  static void TearDownTestSuite() { model_.reset(); }
  void SetUp() override {
    if (!model_) GTEST_SKIP() << "no model at " << Model::DefaultPath();
  }
  static std::unique_ptr<Model> model_;
};
std::unique_ptr<Model> ParserBeam::model_;

TEST_F(ParserBeam, BeamOfOneIsGreedy) {
  const ParseSearch one = ParseSearch::with_beam(1);
  for (const auto& words : test_sentences())
    EXPECT_TRUE(parse(*model_, words, nullptr) == parse(*model_, words, &one));
}

TEST_F(ParserBeam, BeamPrunedToTheBestMoveIsGreedy) {
  // A wide beam whose threshold keeps only the best move of each step runs
  // the beam machinery (ranking, copies, totals) along the greedy path.
  ParseSearch narrow;
  narrow.beam = 8;
  narrow.prune = 1e-6f;
  for (const auto& words : test_sentences())
    EXPECT_TRUE(parse(*model_, words, nullptr) == parse(*model_, words, &narrow));
}

TEST_F(ParserBeam, EveryBeamGivesATreeAndSomeChangeTheParse) {
  int changed = 0;
  for (int beam : {2, 4, 8, 16}) {
    for (float prune : {0.0f, 3.0f}) {
      ParseSearch search;
      search.beam = beam;
      search.prune = prune;
      for (const auto& words : test_sentences()) {
        Parsed p = parse(*model_, words, &search);
        EXPECT_TRUE(is_tree(*model_, p)) << "beam " << beam << ": " << words[0];
        changed += !(p == parse(*model_, words, nullptr));
        // Deterministic: the same parse again (the per-thread buffers are
        // reused from one sentence to the next).
        EXPECT_TRUE(p == parse(*model_, words, &search));
      }
    }
  }
  EXPECT_GT(changed, 0);  // the search is not greedy in disguise
  // Degenerate sentences.
  const ParseSearch search = ParseSearch::with_beam(4);
  for (std::vector<std::string> words :
       {std::vector<std::string>{"Hello"}, std::vector<std::string>{".", "."},
        std::vector<std::string>(60, "the")}) {
    EXPECT_TRUE(is_tree(*model_, parse(*model_, words, &search))) << words.size();
  }
  std::vector<int> heads, labels;
  model_->parser.parse({}, {}, search, &heads, &labels);
  EXPECT_TRUE(heads.empty());
}

TEST_F(ParserBeam, PipelineUsesItsSearch) {
  auto shared = std::shared_ptr<const Model>(model_.get(), [](const Model*) {});
  Pipeline greedy(shared), beam(shared);
  const ParseSearch search = ParseSearch::with_beam(8);
  beam.set_parse_search(search);
  EXPECT_EQ(beam.parse_search().beam, 8);
  EXPECT_EQ(greedy.parse_search().beam, 1);
  int changed = 0;
  for (const auto& words : test_sentences()) {
    Sentence a, b;
    for (const auto& w : words) {
      Word word;
      word.form = w;
      a.words.push_back(word);
    }
    b = a;
    greedy.analyze_sentence(&a);
    beam.analyze_sentence(&b);
    Parsed expected = parse(*model_, words, &search);
    for (size_t i = 0; i < words.size(); ++i) {
      EXPECT_EQ(b.words[i].head, expected.heads[i]);
      EXPECT_EQ(b.words[i].deprel, model_->parser.labels()[expected.labels[i]]);
      changed += a.words[i].head != b.words[i].head || a.words[i].deprel != b.words[i].deprel;
    }
  }
  EXPECT_GT(changed, 0);
}

TEST_F(ParserBeam, ParseCommandSameOutputWithOneAndTwoThreads) {
  // Documents of their own (one file each) so the two threads share them out.
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("parley_beam_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  int i = 0;
  for (const char* s : kSentences) {
    std::ofstream(dir / ("doc" + std::to_string(10 + i++) + ".txt")) << s << "\n";
  }
  const std::string base = testing::parley_binary() + " parse " + dir.string() + " --beam 4";
  int status = -1;
  const std::string one = testing::RunCommand(base + " --threads 1", &status);
  EXPECT_EQ(status, 0);
  const std::string two = testing::RunCommand(base + " --threads 2");
  const std::string greedy =
      testing::RunCommand(testing::parley_binary() + " parse " + dir.string() + " --threads 1");
  std::filesystem::remove_all(dir);
  EXPECT_NE(one.find("# text = "), std::string::npos);
  EXPECT_EQ(one, two);
  EXPECT_NE(one, greedy);
}

TEST(ParseCommand, BeamOutOfRangeIsAnError) {
  const std::string out = testing::RunCommand("echo 'Hello world.' | " + testing::parley_binary() +
                                              " parse --beam 0 2>&1; echo rc=$?");
  EXPECT_NE(out.find("--beam"), std::string::npos) << out;
  EXPECT_EQ(out.find("rc=0"), std::string::npos) << out;
}

}  // namespace
}  // namespace parley::nlp
