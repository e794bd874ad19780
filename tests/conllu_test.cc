#include "parley/doc/conllu.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_util.h"

namespace parley {
namespace {

const char kSample[] =
    "# newdoc id = d1\n"
    "# sent_id = d1-1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = d1-2\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = d2\n"
    "1\tNo\tno\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n";

TEST(Conllu, ReadsDocumentsWordsAndMultiwordTokens) {
  std::istringstream in(kSample);
  ConlluReader reader(&in, "sample.conllu");
  Document doc;
  Status err;
  ASSERT_TRUE(reader.next(&doc, &err));
  EXPECT_TRUE(err.ok()) << err.ToString();
  EXPECT_EQ(doc.id, "d1");
  EXPECT_EQ(doc.text, "I don't know. Yes!");
  ASSERT_EQ(doc.sentences.size(), 2u);
  const Sentence& s = doc.sentences[0];
  ASSERT_EQ(s.words.size(), 5u);
  ASSERT_EQ(s.tokens.size(), 4u);
  EXPECT_EQ(s.tokens[1].word_count, 2u);
  EXPECT_EQ(doc.slice(s.tokens[1].start, s.tokens[1].end), "don't");
  EXPECT_EQ(doc.slice(s.words[1].start, s.words[1].end), "do");
  EXPECT_EQ(doc.slice(s.words[2].start, s.words[2].end), "n't");
  EXPECT_EQ(s.words[3].head, 0);
  EXPECT_EQ(s.words[2].lemma, "not");
  EXPECT_FALSE(s.tokens[2].space_after);
  ASSERT_TRUE(reader.next(&doc, &err));
  EXPECT_EQ(doc.id, "d2");
  EXPECT_EQ(doc.text, "No");
  EXPECT_FALSE(reader.next(&doc, &err));
}

TEST(Conllu, WriteRoundTrips) {
  std::istringstream in(kSample);
  ConlluReader reader(&in, "sample.conllu");
  Document doc;
  Status err;
  ASSERT_TRUE(reader.next(&doc, &err));
  std::string out;
  write_conllu(doc, &out);
  std::istringstream again(out);
  ConlluReader reader2(&again, "again.conllu");
  Document doc2;
  ASSERT_TRUE(reader2.next(&doc2, &err));
  EXPECT_EQ(doc2.text, doc.text);
  ASSERT_EQ(doc2.sentences.size(), 2u);
  EXPECT_EQ(doc2.sentences[0].words[2].deprel, "advmod");
  EXPECT_EQ(doc2.sentences[0].tokens.size(), 4u);
}

TEST(Conllu, MalformedLineIsReportedWithLineNumber) {
  std::istringstream in("1\tA\ta\tDET\n\n1\tB\tb\tX\tX\t_\t0\troot\t_\t_\n\n");
  ConlluReader reader(&in, "bad.conllu");
  Document doc;
  Status err;
  ASSERT_TRUE(reader.next(&doc, &err));
  EXPECT_FALSE(err.ok());
  EXPECT_NE(err.message().find("bad.conllu:1:"), std::string::npos) << err.message();
  ASSERT_EQ(doc.sentences.size(), 1u);  // the good sentence is kept
}

TEST(Conllu, ParseThatIsNoTreeIsReportedAndSkipped) {
  // A cycle (1 -> 2 -> 1) would send the coder round it for ever; a
  // negative head is no word. The sentences after them are kept.
  std::istringstream in(
      "1\tA\ta\tX\tX\t_\t2\tdep\t_\t_\n2\tB\tb\tX\tX\t_\t1\troot\t_\t_\n\n"
      "1\tC\tc\tX\tX\t_\t-2\troot\t_\t_\n\n"
      "1\tD\td\tX\tX\t_\t0\troot\t_\t_\n2\tE\te\tX\tX\t_\t3\tdep\t_\t_\n"
      "3\tF\tf\tX\tX\t_\t1\tdep\t_\t_\n\n");
  ConlluReader reader(&in, "cycle.conllu");
  Document doc;
  Status err;
  ASSERT_TRUE(reader.next(&doc, &err));
  EXPECT_NE(err.message().find("cycle.conllu:1: the parse has a cycle"), std::string::npos)
      << err.message();
  // (a document reports its first problem; both bad sentences are left out)
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.sentences[0].words.size(), 3u);  // D E F: a tree, kept
}

TEST(Conllu, NewparAfterSentIdStartsAParagraph) {
  std::istringstream in(
      "# sent_id = a\n# newpar id = p1\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"
      "# sent_id = b\n# newpar id = p2\n1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n\n");
  ConlluReader reader(&in, "p.conllu");
  Document doc;
  Status err;
  ASSERT_TRUE(reader.next(&doc, &err));
  EXPECT_EQ(doc.text, "Hi\n\nBye");
}

TEST(Conllu, ReadsEwtDev) {
  PARLEY_REQUIRE_SHARED();
  std::ifstream in(testing::shared_dir() + "/data/ud-english-ewt/dev.conllu");
  ConlluReader reader(&in, "dev.conllu");
  Document doc;
  size_t sentences = 0, words = 0, docs = 0;
  Status err;
  while (reader.next(&doc, &err)) {
    ++docs;
    sentences += doc.sentences.size();
    for (const auto& s : doc.sentences) words += s.words.size();
  }
  EXPECT_TRUE(err.ok()) << err.ToString();
  EXPECT_EQ(sentences, 2001u);
  EXPECT_GT(docs, 100u);
  EXPECT_GT(words, 25000u);
}

}  // namespace
}  // namespace parley
