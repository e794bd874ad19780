#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "parley/doc/conllu.h"
#include "parley/eval/ud_eval.h"
#include "parley/nlp/tokenizer.h"
#include "test_util.h"

namespace parley {
namespace {

// One document from CoNLL-U sentences separated by blank lines. Rows are
// written "ID FORM UPOS HEAD DEPREL [SpaceAfter=No]" with spaces for brevity.
Document Doc(const std::vector<std::vector<std::string>>& sentences) {
  Document doc;
  for (const auto& rows : sentences) {
    std::string block;
    for (const std::string& row : rows) {
      std::vector<std::string> f;
      size_t pos = 0;
      while (pos <= row.size()) {
        size_t sp = row.find(' ', pos);
        if (sp == std::string::npos) sp = row.size();
        f.push_back(row.substr(pos, sp - pos));
        pos = sp + 1;
      }
      std::string misc;
      if (f.back().find('=') != std::string::npos) {  // MISC, e.g. SpaceAfter=No
        misc = f.back();
        f.pop_back();
      }
      f.resize(6);
      f[5] = misc;
      auto v = [](const std::string& s) { return s.empty() ? std::string("_") : s; };
      // ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
      block += f[0] + "\t" + f[1] + "\t" + (f[2].empty() ? "_" : f[1]) + "\t" + v(f[2]) +
               "\t_\t_\t" + v(f[3]) + "\t" + v(f[4]) + "\t_\t" + v(f[5]) + "\n";
    }
    Status s = append_conllu_sentence(block, "test", 1, " ", &doc);
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
  return doc;
}

UdScores Score(const Document& gold, const Document& system) {
  UdScores scores;
  Status s = evaluate({gold}, {system}, &scores);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return scores;
}

TEST(EvalUd, IdenticalAnnotationScoresHundred) {
  Document gold =
      Doc({{"1 I PRON 2 nsubj", "2 left VERB 0 root SpaceAfter=No", "3 . PUNCT 2 punct"}});
  UdScores s = Score(gold, gold);
  EXPECT_DOUBLE_EQ(s.tokens.f1(), 100);
  EXPECT_DOUBLE_EQ(s.sentences.f1(), 100);
  EXPECT_DOUBLE_EQ(s.words.f1(), 100);
  EXPECT_TRUE(s.has_tags);
  EXPECT_TRUE(s.has_parse);
  EXPECT_DOUBLE_EQ(s.upos.f1(), 100);
  EXPECT_DOUBLE_EQ(s.las.f1(), 100);
}

TEST(EvalUd, MisalignedTokens) {
  Document gold = Doc({{"1 I", "2 live", "3 in", "4 New", "5 York SpaceAfter=No", "6 ."}});
  Document system = Doc({{"1 I", "2 live", "3 in", "4 NewYork SpaceAfter=No", "5 ."}});
  UdScores s = Score(gold, system);
  EXPECT_EQ(s.tokens.gold, 6);
  EXPECT_EQ(s.tokens.system, 5);
  EXPECT_EQ(s.tokens.correct, 4);
  EXPECT_NEAR(s.tokens.f1(), 200.0 * 4 / 11, 1e-9);
  EXPECT_EQ(s.words.correct, 4);
  EXPECT_DOUBLE_EQ(s.sentences.f1(), 100);
  EXPECT_FALSE(s.has_tags);
}

TEST(EvalUd, MultiwordTokensAlignByForms) {
  Document gold = Doc({{"1 I", "2-3 don't", "2 do", "3 n't", "4 know SpaceAfter=No", "5 ."}});
  // The system keeps "don't" as one word: tokens match, words of the MWT do not.
  Document one_word = Doc({{"1 I", "2 don't", "3 know SpaceAfter=No", "4 ."}});
  UdScores s = Score(gold, one_word);
  EXPECT_DOUBLE_EQ(s.tokens.f1(), 100);
  EXPECT_EQ(s.words.gold, 5);
  EXPECT_EQ(s.words.system, 4);
  EXPECT_EQ(s.words.correct, 3);
  // The system splits it the same way: perfect.
  EXPECT_DOUBLE_EQ(Score(gold, gold).words.f1(), 100);
  // The system splits it differently ("don" + "'t"): only the matching forms align.
  Document other = Doc({{"1 I", "2-3 don't", "2 do", "3 not", "4 know SpaceAfter=No", "5 ."}});
  s = Score(gold, other);
  EXPECT_EQ(s.words.correct, 4);
}

TEST(EvalUd, MultiwordTokenAgainstSeparateTokens) {
  // Gold "Russia's" = Russia + 's in one token; the system writes two tokens.
  Document gold = Doc({{"1-2 Russia's", "1 Russia", "2 's", "3 army"}});
  Document system = Doc({{"1 Russia SpaceAfter=No", "2 's", "3 army"}});
  UdScores s = Score(gold, system);
  EXPECT_EQ(s.tokens.correct, 1);  // "army"
  EXPECT_EQ(s.words.correct, 3);   // aligned by forms inside the multiword span
}

TEST(EvalUd, SentenceSpans) {
  Document gold = Doc({{"1 Hi SpaceAfter=No", "2 ."}, {"1 Bye SpaceAfter=No", "2 ."}});
  Document system = Doc({{"1 Hi SpaceAfter=No", "2 .", "3 Bye SpaceAfter=No", "4 ."}});
  UdScores s = Score(gold, system);
  EXPECT_EQ(s.sentences.gold, 2);
  EXPECT_EQ(s.sentences.system, 1);
  EXPECT_EQ(s.sentences.correct, 0);
  EXPECT_DOUBLE_EQ(s.tokens.f1(), 100);
}

TEST(EvalUd, TagsAndUniversalRelations) {
  Document gold = Doc({{"1 It PRON 2 nsubj:pass", "2 was AUX 3 aux:pass", "3 done VERB 0 root"}});
  Document system = Doc({{"1 It PRON 3 nsubj", "2 was VERB 3 aux", "3 done VERB 0 root"}});
  UdScores s = Score(gold, system);
  EXPECT_EQ(s.upos.correct, 2);
  // Heads: "It" -> "done" does not match gold, "was" -> "done" and the root do.
  EXPECT_EQ(s.uas.correct, 2);
  // LAS compares the universal part of the relation: aux:pass = aux.
  EXPECT_EQ(s.las.correct, 2);
  EXPECT_NEAR(s.las.aligned_accuracy(), 200.0 / 3, 1e-9);
}

TEST(EvalUd, DifferentTextIsAnError) {
  Document gold = Doc({{"1 Hello"}});
  Document system = Doc({{"1 Hullo"}});
  UdScores scores;
  Status s = evaluate({gold}, {system}, &scores);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("differ"), std::string::npos);
}

TEST(EvalUd, JsonAndTable) {
  Document gold = Doc({{"1 I PRON 2 nsubj", "2 left VERB 0 root"}});
  UdScores s = Score(gold, gold);
  std::string json = s.ToJson();
  for (const char* key : {"\"Tokens\"", "\"Words\"", "\"Sentences\"", "\"UPOS\"", "\"LAS\""})
    EXPECT_NE(json.find(key), std::string::npos) << json;
  EXPECT_EQ(json.front(), '{');
  EXPECT_EQ(json.back(), '}');
  EXPECT_NE(s.ToTable().find("Tokens     |    100.00 |"), std::string::npos) << s.ToTable();
  // Raw tokenization only: no tag or parse keys.
  Document plain = Doc({{"1 I", "2 left"}});
  EXPECT_EQ(Score(plain, plain).ToJson().find("UPOS"), std::string::npos);
}

TEST(EvalUd, ReadsGoldWithParagraphsAndRunsTheAnalyzer) {
  std::filesystem::path path = std::filesystem::temp_directory_path() / "parley_eval_gold.conllu";
  {
    std::ofstream out(path);
    out << "# newdoc id = d1\n# sent_id = 1\n# newpar id = p1\n# text = It rained.\n"
           "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
           "2\trained\train\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
           "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
           "# sent_id = 2\n# newpar id = p2\n# text = We left\n"
           "1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
           "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
  }
  std::vector<Document> gold, system;
  ASSERT_TRUE(read_gold_conllu(path.string(), &gold).ok());
  std::filesystem::remove(path);
  ASSERT_EQ(gold.size(), 1u);
  EXPECT_EQ(gold[0].text, "It rained.\n\nWe left");
  make_system_documents(
      gold, /*raw=*/true, [](Document* d) { tokenize(d); }, &system);
  UdScores s;
  ASSERT_TRUE(evaluate(gold, system, &s).ok());
  EXPECT_DOUBLE_EQ(s.tokens.f1(), 100);
  EXPECT_DOUBLE_EQ(s.sentences.f1(), 100);
  // Gold tokenization: tags are cleared for the analyzer to fill.
  make_system_documents(gold, /*raw=*/false, nullptr, &system);
  EXPECT_EQ(system[0].sentences[0].words[0].form, "It");
  EXPECT_TRUE(system[0].sentences[0].words[0].upos.empty());
  EXPECT_EQ(system[0].sentences[0].words[0].head, -1);
  ASSERT_TRUE(evaluate(gold, system, &s).ok());
  EXPECT_FALSE(s.has_tags);
  EXPECT_FALSE(s.has_parse);
}

TEST(EvalUd, MissingGoldFile) {
  std::vector<Document> gold;
  Status s = read_gold_conllu("/nonexistent/gold.conllu", &gold);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/gold.conllu"), std::string::npos);
}

// PETRARCH validation XML as gold. The suite is not named Eval* so that the
// quick run (--gtest_filter=-Eval*) keeps it.

// Writes `xml` to a temporary *.xml file and returns its path.
std::string WriteXml(const std::string& name, const std::string& xml) {
  std::filesystem::path path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << xml;
  return path.string();
}

// Two records: the first with a <Parse> (UD v1's CONJ, an entity, and a
// commented-out alternative parse that must not be read), the second without.
const char kTwoRecords[] =
    "<Sentences>\n"
    "<Sentence date=\"20200102\" id=\"toy_1\" source=\"TOY\">\n"
    "<Text>\nFarmers &amp; herders met, then talked.\n</Text>\n"
    "<Parse>\n"
    "1\tFarmers\tfarmer\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "2\t&amp;\t&amp;\tCONJ\tCC\t_\t1\tcc\t_\t_\n"
    "3\therders\therder\tNOUN\tNNS\t_\t1\tconj\t_\t_\n"
    "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "6\tthen\tthen\tADV\tRB\t_\t7\tadvmod\t_\t_\n"
    "7\ttalked\ttalk\tVERB\tVBD\t_\t4\tconj\t_\tSpaceAfter=No\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "</Parse>\n"
    "<!--\n<Parse>\n1\tFarmers\tfarmer\tNOUN\tNNS\t_\t0\troot\t_\t_\n</Parse>-->\n"
    "</Sentence>\n"
    "<Sentence date=\"20200103\" id=\"toy_2\" source=\"TOY\">\n"
    "<Text>\nNobody parsed this one.\n</Text>\n"
    "</Sentence>\n"
    "</Sentences>\n";

TEST(UdGoldXml, ParsesAreGoldDocumentsScoredAgainstThemselves) {
  std::string path = WriteXml("parley_eval_gold_two.xml", kTwoRecords);
  std::vector<Document> gold, system;
  int skipped = -1;
  Status s = read_gold(path, &gold, &skipped);
  std::filesystem::remove(path);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(skipped, 1);
  ASSERT_EQ(gold.size(), 1u);
  EXPECT_EQ(gold[0].id, "toy_1");
  EXPECT_EQ(gold[0].date, "2020-01-02");
  EXPECT_EQ(gold[0].source_line, 7u);  // the first word line
  EXPECT_EQ(gold[0].text, "Farmers & herders met, then talked.");
  ASSERT_EQ(gold[0].sentences.size(), 1u);
  ASSERT_EQ(gold[0].sentences[0].words.size(), 8u);
  EXPECT_EQ(gold[0].sentences[0].words[1].form, "&");
  EXPECT_EQ(gold[0].sentences[0].words[1].upos, "CCONJ");

  // Gold tokenization, the analyzer restoring the gold annotation: 100%.
  auto restore = [&gold](Document* d) {
    for (const Document& g : gold)
      if (g.id == d->id) d->sentences = g.sentences;
  };
  make_system_documents(gold, /*raw=*/false, restore, &system);
  UdScores scores;
  ASSERT_TRUE(evaluate(gold, system, &scores).ok());
  EXPECT_TRUE(scores.has_tags);
  EXPECT_TRUE(scores.has_parse);
  EXPECT_DOUBLE_EQ(scores.words.f1(), 100);
  EXPECT_DOUBLE_EQ(scores.upos.aligned_accuracy(), 100);
  EXPECT_DOUBLE_EQ(scores.uas.aligned_accuracy(), 100);
  EXPECT_DOUBLE_EQ(scores.las.aligned_accuracy(), 100);

  // Raw: the text rebuilt from the forms is tokenized again.
  make_system_documents(
      gold, /*raw=*/true, [](Document* d) { tokenize(d); }, &system);
  ASSERT_TRUE(evaluate(gold, system, &scores).ok());
  EXPECT_DOUBLE_EQ(scores.tokens.f1(), 100);
  EXPECT_DOUBLE_EQ(scores.sentences.f1(), 100);
}

TEST(UdGoldXml, MalformedXmlNamesTheFile) {
  // <Parse> never closed: the record's closing tag is read as a word line.
  std::string path = WriteXml("parley_eval_gold_bad.xml",
                              "<Sentences>\n<Sentence id=\"bad_1\">\n<Parse>\n"
                              "1\tStorms\tstorm\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                              "2\tpassed\tpass\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                              "</Sentence>\n</Sentences>\n");
  std::vector<Document> gold;
  int skipped = 0;
  Status s = read_gold(path, &gold, &skipped);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path + ":"), std::string::npos) << s.message();

  // Not a validation file at all.
  std::ofstream(path) << "<html><body>no records</body></html>\n";
  s = read_gold(path, &gold, &skipped);
  std::filesystem::remove(path);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path + ": no <Sentence> record with a <Parse>"), std::string::npos)
      << s.message();

  s = read_gold("/nonexistent/gold.xml", &gold, &skipped);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/gold.xml"), std::string::npos);
}

TEST(UdGoldXml, HelpSaysGoldMayBeValidationXml) {
  for (const char* command : {" eval --help", " eval ud --help"}) {
    std::string help = parley::testing::RunCommand(parley::testing::parley_binary() + command);
    EXPECT_NE(help.find("PETRARCH validation XML"), std::string::npos) << command << "\n" << help;
  }
}

}  // namespace
}  // namespace parley
