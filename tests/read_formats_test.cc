// The readers, format by format, on small in-memory inputs and temporary files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parley/doc/conllu.h"
#include "parley/read/reader.h"
#include "parley/read/text_reader.h"
#include "test_util.h"

namespace parley {
namespace {

struct ReadResult {
  std::vector<Document> docs;
  std::vector<ReadProblem> problems;
  std::string messages() const {
    std::string out;
    for (const ReadProblem& p : problems) out += p.ToString() + "\n";
    return out;
  }
};

ReadResult read_string(InputFormat format, const std::string& data, const std::string& path,
                       ReadOptions options = ReadOptions()) {
  ReadResult result;
  std::istringstream in(data);
  auto reader = new_record_reader(format, &in, path, options,
                                  [&](const ReadProblem& p) { result.problems.push_back(p); });
  Document doc;
  while (reader->next(&doc)) result.docs.push_back(doc);
  return result;
}

std::string metadata(const Document& doc, const std::string& key) {
  for (const auto& [k, v] : doc.metadata) {
    if (k == key) return v;
  }
  return "<absent>";
}

std::vector<std::string> no_code_lines(const Document& doc) {
  std::vector<std::string> out;
  for (const Span& s : doc.no_code) out.emplace_back(doc.slice(s.start, s.end));
  return out;
}

// ---- txt ----------------------------------------------------------------

TEST(ReadText, TitleDateAndNoCodeLines) {
  const std::string article =
      "Taliban accept invitation to Moscow talks\n"
      "\n"
      "KABUL, 21 August, 2018\n"
      "By Jane Doe and John Smith\n"
      "3 min read\n"
      "\n"
      "KABUL (Wire) - Russia said on Tuesday that the Taliban accepted.\n"
      "By the end of the day, officials in Kabul had not responded.\n"
      "(AP Photo/Rahmat Gul)\n"
      "Photo: Parley Wire staff\n"
      "AFP/Getty Images\n";
  ReadResult r = read_string(InputFormat::kText, article, "news/a.txt");
  ASSERT_EQ(r.docs.size(), 1u) << r.messages();
  EXPECT_TRUE(r.problems.empty()) << r.messages();
  const Document& doc = r.docs[0];
  EXPECT_EQ(doc.id, "news/a.txt");
  EXPECT_EQ(doc.title, "Taliban accept invitation to Moscow talks");
  EXPECT_EQ(doc.date, "2018-08-21");
  EXPECT_EQ(doc.text, article);  // kept whole
  EXPECT_EQ(no_code_lines(doc),
            (std::vector<std::string>{"KABUL, 21 August, 2018", "By Jane Doe and John Smith",
                                      "3 min read", "(AP Photo/Rahmat Gul)",
                                      "Photo: Parley Wire staff", "AFP/Getty Images"}));
}

TEST(ReadText, ClassifiesArticleLines) {
  std::string date;
  auto kind = [&](const char* line) { return classify_article_line(line, &date); };
  EXPECT_EQ(kind("Tuesday, 21 Aug 2018"), ArticleLine::kDate);
  EXPECT_EQ(date, "2018-08-21");
  EXPECT_EQ(kind("August 21, 2018"), ArticleLine::kDate);
  EXPECT_EQ(kind("2018-08-21"), ArticleLine::kDate);
  EXPECT_EQ(kind("Kabul, Afghanistan, August 22, 2018"), ArticleLine::kDate);
  EXPECT_EQ(date, "2018-08-22");
  EXPECT_EQ(kind("Published: 23 August 2018"), ArticleLine::kDate);
  EXPECT_EQ(date, "2018-08-23");
  EXPECT_EQ(kind("5 minute read"), ArticleLine::kReadTime);
  EXPECT_EQ(kind("3-min read"), ArticleLine::kReadTime);
  EXPECT_EQ(kind("Reading time: 4 minutes"), ArticleLine::kReadTime);
  EXPECT_EQ(kind("BY JANE DOE, REUTERS"), ArticleLine::kByline);
  EXPECT_EQ(kind("Reporting by Jane Doe; Editing by John Smith"), ArticleLine::kByline);
  EXPECT_EQ(kind("Getty Images"), ArticleLine::kPhotoCredit);
  EXPECT_EQ(kind("Photo by Jane Doe/Reuters"), ArticleLine::kPhotoCredit);
  EXPECT_EQ(kind("By the end of the day, nothing had changed."), ArticleLine::kText);
  EXPECT_EQ(kind("Russia said, on 21 August 2018, that talks would go ahead."), ArticleLine::kText);
  EXPECT_EQ(kind("Officials met for 3 minutes."), ArticleLine::kText);
  EXPECT_EQ(kind("The ministry said talks would begin 4 September 2018."), ArticleLine::kText);
}

TEST(ReadText, BundledExampleArticle) {
  std::ifstream in(testing::source_dir() + "/examples/kabul-talks.txt", std::ios::binary);
  ASSERT_TRUE(in) << "examples/kabul-talks.txt";
  ReadOptions options;
  std::vector<ReadProblem> problems;
  auto reader = new_record_reader(InputFormat::kText, &in, "examples/kabul-talks.txt", options,
                                  [&](const ReadProblem& p) { problems.push_back(p); });
  Document doc;
  ASSERT_TRUE(reader->next(&doc));
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(doc.date, "2018-08-21");
  EXPECT_FALSE(doc.title.empty());
  std::vector<std::string> lines = no_code_lines(doc);
  EXPECT_NE(std::find(lines.begin(), lines.end(), "3 min read"), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), "KABUL, 21 August, 2018"), lines.end());
  for (const Span& s : doc.no_code) {
    // Nothing in the body paragraphs is marked.
    EXPECT_EQ(doc.slice(s.start, s.end).find("Russia said"), std::string_view::npos);
  }
}

TEST(ReadText, ByteOrderMarkAndCrlf) {
  ReadResult r =
      read_string(InputFormat::kText, "\xEF\xBB\xBFHeadline\r\n2018-08-21\r\nBody.\r\n", "bom.txt");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].title, "Headline");
  EXPECT_EQ(r.docs[0].date, "2018-08-21");
  EXPECT_EQ(r.docs[0].text.substr(0, 8), "Headline");
  ASSERT_EQ(r.docs[0].no_code.size(), 1u);
  EXPECT_EQ(no_code_lines(r.docs[0])[0], "2018-08-21");
}

// ---- jsonl --------------------------------------------------------------

TEST(ReadJsonl, FieldsAndMetadata) {
  const std::string data =
      "{\"id\": \"a1\", \"date\": \"2018-08-21\", \"title\": \"T\", \"text\": \"Russia "
      "said.\", \"source\": \"AFP\", \"tags\": [\"x\", 1], \"n\": 3, \"meta\": {\"k\": "
      "null}}\n"
      "\n"
      "{\"text\": \"No id here.\", \"date\": \"Tuesday, 21 Aug 2018\", \"id\": 17}\n"
      "{\"text\": \"Missing id.\"}\n";
  ReadResult r = read_string(InputFormat::kJsonl, data, "in/news.jsonl");
  ASSERT_EQ(r.docs.size(), 3u) << r.messages();
  EXPECT_TRUE(r.problems.empty()) << r.messages();
  const Document& a = r.docs[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.date, "2018-08-21");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.text, "Russia said.");
  ASSERT_EQ(a.metadata.size(), 4u);
  EXPECT_EQ(a.metadata[0], (std::pair<std::string, std::string>("source", "AFP")));
  EXPECT_EQ(a.metadata[1], (std::pair<std::string, std::string>("tags", "[\"x\",1]")));
  EXPECT_EQ(a.metadata[2], (std::pair<std::string, std::string>("n", "3")));
  EXPECT_EQ(a.metadata[3], (std::pair<std::string, std::string>("meta", "{\"k\":null}")));
  EXPECT_EQ(a.source_line, 1u);
  EXPECT_EQ(r.docs[1].id, "17");
  EXPECT_EQ(r.docs[1].date, "2018-08-21");
  EXPECT_EQ(r.docs[1].source_line, 3u);
  EXPECT_EQ(r.docs[2].id, "in/news.jsonl:4");
}

TEST(ReadJsonl, UnrecognizedDateIsANoteAndKept) {
  ReadResult r =
      read_string(InputFormat::kJsonl, "{\"text\": \"x\", \"date\": \"soon\"}\n", "d.jsonl");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].date, "");
  EXPECT_EQ(metadata(r.docs[0], "date"), "soon");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_FALSE(r.problems[0].skipped);
  EXPECT_EQ(r.problems[0].ToString(),
            "d.jsonl:1: note: unrecognized date 'soon' (kept as metadata \"date\")");
}

// ---- PETRARCH XML ---------------------------------------------------------

const char kPetrarch[] =
    "<!-- # a comment block\n"
    "# with <Sentence id=\"not-a-record\"> inside -->\n"
    "# a bare comment line that is not XML & has <Sentence> in it\n"
    "<Sentences>\n"
    "<Sentence date = \"20080804\" id =\"AFP_1\" source = \"AFP\" sentence = \"True\">\n"
    "<!-- a comment inside the record </Sentence> -->\n"
    "<EventCoding sourcecode=\"USA\" targetcode=\"CHN\" eventcode=\"042\"></EventCoding>\n"
    "<Text>\n"
    "The US leader prepared to attend the Beijing Olympics, an \n"
    "event &amp; more.\n"
    "</Text>\n"
    "<Parse>\n"
    "(ROOT (S (NP (DT The))))\n"
    "</Parse>\n"
    "</Sentence>\n"
    "<Sentence category=\"AFP\" date=\"20080806\" id=\"AFP_2\" evaluate=\"true\"/>\n"
    "<EventCoding noevents=\"True\" />\n"
    "<Text>Second record.</Text>\n"
    "<Parse>\n1\tSecond\tsecond\tADJ\tJJ\t_\t2\tamod\t_\t_\n</Parse></Sentence>\n"
    "<Sentence date=\"080807\"><Text>No id.</Text></Sentence >\n"
    "</Sentences>\n";

TEST(ReadXml, PetrarchRecords) {
  ReadResult r = read_string(InputFormat::kXml, kPetrarch, "p.xml");
  ASSERT_EQ(r.docs.size(), 3u) << r.messages();
  EXPECT_TRUE(r.problems.empty()) << r.messages();
  const Document& a = r.docs[0];
  EXPECT_EQ(a.id, "AFP_1");
  EXPECT_EQ(a.date, "2008-08-04");
  EXPECT_EQ(a.text, "The US leader prepared to attend the Beijing Olympics, an event & more.");
  EXPECT_EQ(a.source_line, 5u);
  EXPECT_EQ(metadata(a, "source"), "AFP");
  EXPECT_EQ(metadata(a, "sentence"), "True");
  EXPECT_EQ(metadata(a, "parse"), "(ROOT (S (NP (DT The))))");
  EXPECT_EQ(metadata(a, "eventcoding"),
            "{\"sourcecode\":\"USA\",\"targetcode\":\"CHN\",\"eventcode\":\"042\"}");
  const Document& b = r.docs[1];
  EXPECT_EQ(b.id, "AFP_2");
  EXPECT_EQ(b.date, "2008-08-06");
  EXPECT_EQ(b.text, "Second record.");
  EXPECT_EQ(metadata(b, "category"), "AFP");
  EXPECT_EQ(metadata(b, "eventcoding"), "{\"noevents\":\"True\"}");
  EXPECT_EQ(metadata(b, "parse"), "1\tSecond\tsecond\tADJ\tJJ\t_\t2\tamod\t_\t_");
  EXPECT_EQ(r.docs[2].id, "p.xml:22");
  EXPECT_EQ(r.docs[2].date, "2008-08-07");  // PETRARCH's YYMMDD
}

TEST(ReadXml, SharedPetrarchFiles) {
  PARLEY_REQUIRE_SHARED();
  const std::string dir = testing::shared_dir() + "/data/petrarch/text/";
  struct Expect {
    const char* file;
    size_t records;
  } files[] = {{"GigaWord.sample.PETR.xml", 76},
               {"GigaWord.sample.PETR_parsed.xml", 76},
               {"PETR.UnitTest.records.xml", 284},
               {"PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml", 284},
               {"PETR2_GSR_validation.xml", 78}};
  for (const Expect& e : files) {
    std::ifstream in(dir + e.file, std::ios::binary);
    ASSERT_TRUE(in) << e.file;
    std::vector<ReadProblem> problems;
    auto reader = new_record_reader(InputFormat::kXml, &in, e.file, ReadOptions(),
                                    [&](const ReadProblem& p) { problems.push_back(p); });
    Document doc;
    size_t n = 0, with_parse = 0, with_date = 0, with_text = 0;
    while (reader->next(&doc)) {
      ++n;
      with_parse += metadata(doc, "parse") != "<absent>";
      with_date += !doc.date.empty();
      with_text += !doc.text.empty();
    }
    std::string messages;
    size_t skipped = 0;
    for (const ReadProblem& p : problems) {
      messages += p.ToString() + "\n";
      skipped += p.skipped;
    }
    // Every record is read; the only note is one date written "121108".
    EXPECT_EQ(n, e.records) << e.file << "\n" << messages;
    EXPECT_EQ(skipped, 0u) << e.file << "\n" << messages;
    EXPECT_LE(problems.size(), 1u) << e.file << "\n" << messages;
    EXPECT_EQ(with_parse, n) << e.file;
    EXPECT_EQ(with_date + problems.size(), n) << e.file;
    EXPECT_GE(with_text, n * 85 / 100) << e.file;
  }
}

// ---- CoNLL-U ---------------------------------------------------------------

TEST(ReadConllu, DocumentsSplitAtNewdoc) {
  const std::string data =
      "# newdoc id = d1\n"
      "# sent_id = 1\n"
      "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n"
      "2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
      "\n"
      "# sent_id = 2\n"
      "1\tbad line\n"
      "\n"
      "# sent_id = 3\n"
      "# newpar id = p2\n"
      "1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n"
      "\n"
      "# newdoc id = d2\n"
      "1\tNo\tno\tINTJ\tUH\t_\t0\troot\t_\t_\n";
  ReadResult r = read_string(InputFormat::kConllu, data, "x.conllu");
  ASSERT_EQ(r.docs.size(), 2u) << r.messages();
  EXPECT_EQ(r.docs[0].id, "d1");
  EXPECT_EQ(r.docs[0].text, "Hello.\n\nBye");
  EXPECT_EQ(r.docs[0].sentences.size(), 2u);
  EXPECT_EQ(r.docs[1].id, "d2");
  EXPECT_EQ(r.docs[1].text, "No");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].ToString(),
            "x.conllu:7: expected 10 tab-separated fields; sentence skipped");
}

TEST(ReadConllu, WrittenDocumentsReadBackWithIdsAndDates) {
  // `parley parse` output coded later must keep the documents apart (the
  // coder's pronoun memory is per document) and their dates (dated actor codes).
  ReadResult in = read_string(InputFormat::kJsonl,
                              "{\"id\": \"a1\", \"date\": \"2019-03-04\", \"text\": \"Hi.\"}\n"
                              "{\"id\": \"a2\", \"text\": \"Bye.\"}\n",
                              "in.jsonl");
  ASSERT_EQ(in.docs.size(), 2u) << in.messages();
  std::string written;
  for (Document& doc : in.docs) {
    Sentence s;
    s.start = 0;
    s.end = static_cast<uint32_t>(doc.text.size());
    s.tokens.push_back(Token{0, s.end, 0, 1, false});
    Word w;
    w.start = 0;
    w.end = s.end;
    w.head = 0;
    s.words.push_back(w);
    doc.sentences.push_back(s);
    write_conllu(doc, &written);
    written += "\n";
  }
  EXPECT_EQ(written.rfind("# newdoc id = a1\n# date = 2019-03-04\n# sent_id", 0), 0u) << written;
  ReadResult out = read_string(InputFormat::kConllu, written, "out.conllu");
  ASSERT_EQ(out.docs.size(), 2u) << out.messages() << written;
  EXPECT_EQ(out.docs[0].id, "a1");
  EXPECT_EQ(out.docs[0].date, "2019-03-04");
  EXPECT_EQ(out.docs[1].id, "a2");
  EXPECT_EQ(out.docs[1].date, "");
  EXPECT_EQ(out.docs[1].text, "Bye.");
  EXPECT_TRUE(out.problems.empty()) << out.messages();
}

TEST(ReadConllu, FormEndingInASpaceStaysInsideTheText) {
  // Found by fuzz_read_conllu: the token's span ran past the end of the text.
  ReadResult r =
      read_string(InputFormat::kConllu, "1\tYes \tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n", "s.conllu");
  ASSERT_EQ(r.docs.size(), 1u) << r.messages();
  const Document& doc = r.docs[0];
  ASSERT_EQ(doc.sentences.size(), 1u);
  for (const Token& t : doc.sentences[0].tokens) EXPECT_LE(t.end, doc.text.size());
  EXPECT_EQ(doc.text, "Yes ");
}

TEST(ReadConllu, EwtDevDocuments) {
  PARLEY_REQUIRE_SHARED();
  std::ifstream in(testing::shared_dir() + "/data/ud-english-ewt/dev.conllu", std::ios::binary);
  ReadResult r;
  auto reader = new_record_reader(InputFormat::kConllu, &in, "dev.conllu", ReadOptions(),
                                  [&](const ReadProblem& p) { r.problems.push_back(p); });
  Document doc;
  size_t docs = 0, sentences = 0;
  while (reader->next(&doc)) {
    ++docs;
    sentences += doc.sentences.size();
  }
  EXPECT_TRUE(r.problems.empty()) << r.messages();
  EXPECT_EQ(sentences, 2001u);
  EXPECT_GT(docs, 100u);
}

// ---- CSV / TSV ---------------------------------------------------------------

TEST(ReadCsv, QuotingAndColumns) {
  const std::string data =
      "id,date,title,text,source\r\n"
      "a1,2018-08-21,\"Talks, again\",\"He said \"\"no\"\".\r\nThen left.\",AFP\r\n"
      ",21 August 2018,,Plain text,\r\n"
      "\r\n";
  ReadResult r = read_string(InputFormat::kCsv, data, "n.csv");
  ASSERT_EQ(r.docs.size(), 2u) << r.messages();
  EXPECT_TRUE(r.problems.empty()) << r.messages();
  EXPECT_EQ(r.docs[0].id, "a1");
  EXPECT_EQ(r.docs[0].title, "Talks, again");
  EXPECT_EQ(r.docs[0].text, "He said \"no\".\nThen left.");
  EXPECT_EQ(r.docs[0].date, "2018-08-21");
  EXPECT_EQ(metadata(r.docs[0], "source"), "AFP");
  EXPECT_EQ(r.docs[1].id, "n.csv:4");
  EXPECT_EQ(r.docs[1].source_line, 4u);
  EXPECT_EQ(r.docs[1].date, "2018-08-21");
}

TEST(ReadCsv, RenamedColumns) {
  ReadOptions options;
  options.id_column = "doc_id";
  options.text_column = "Body";
  options.date_column = "published";
  ReadResult r = read_string(InputFormat::kCsv, "doc_id,published,body\nx,20180821,Hello there.\n",
                             "r.csv", options);
  ASSERT_EQ(r.docs.size(), 1u) << r.messages();
  EXPECT_EQ(r.docs[0].id, "x");
  EXPECT_EQ(r.docs[0].date, "2018-08-21");
  EXPECT_EQ(r.docs[0].text, "Hello there.");
}

TEST(ReadTsv, TabsAndQuotedFields) {
  const std::string data =
      "id\ttext\tnote\n"
      "t1\tHe said \"yes\".\tplain\n"
      "t2\t\"Two\nlines\twith a tab\"\tq\n";
  ReadResult r = read_string(InputFormat::kTsv, data, "x.tsv");
  ASSERT_EQ(r.docs.size(), 2u) << r.messages();
  EXPECT_EQ(r.docs[0].text, "He said \"yes\".");
  EXPECT_EQ(metadata(r.docs[0], "note"), "plain");
  EXPECT_EQ(r.docs[1].text, "Two\nlines\twith a tab");
  EXPECT_EQ(r.docs[1].source_line, 3u);
}

// ---- DocumentStream: files, directories, --date ---------------------------------

class TempDir {
 public:
  explicit TempDir(const std::string& name)
      : path_(::testing::TempDir() + "parley_read_" + name + "_" + std::to_string(::getpid())) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string write(const std::string& rel, const std::string& data) const {
    std::string p = path_ + "/" + rel;
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

ReadResult read_inputs(const std::vector<std::string>& inputs, ReadOptions options = {}) {
  ReadResult r;
  DocumentStream stream(inputs, options, [&](const ReadProblem& p) { r.problems.push_back(p); });
  Document doc;
  while (stream.next(&doc)) r.docs.push_back(doc);
  return r;
}

TEST(DocumentStream, DirectoriesRecursiveSorted) {
  TempDir dir("dirs");
  dir.write("b.txt", "B title\nBody b.\n");
  dir.write("a/z.jsonl", "{\"id\":\"z1\",\"text\":\"Z.\"}\n");
  dir.write("a/y.csv", "id,text\ny1,Y.\n");
  dir.write("README.md", "not an input\n");
  dir.write(".hidden.txt", "ignored\n");
  dir.write("c.XML", "<Sentence id=\"c1\" date=\"20180821\"><Text>C.</Text></Sentence>\n");
  std::filesystem::create_directory_symlink(dir.path(), dir.path() + "/a/loop");
  ReadResult r = read_inputs({dir.path()});
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"y1", "z1", dir.path() + "/b.txt", "c1"}));
  ASSERT_EQ(r.problems.size(), 2u) << r.messages();
  EXPECT_FALSE(r.problems[0].skipped);  // README.md is a note
  EXPECT_NE(r.problems[0].ToString().find("README.md: note: ignored"), std::string::npos);
  EXPECT_EQ(r.problems[1].ToString(),
            dir.path() + "/a/loop: note: ignored: symbolic link to a directory");
}

TEST(DocumentStream, DateOptionOverridesAndSupplies) {
  TempDir dir("date");
  std::string a =
      dir.write("a.jsonl", "{\"text\":\"x\",\"date\":\"2001-01-01\"}\n{\"text\":\"y\"}\n");
  ReadOptions options;
  options.date = "21 August 2018";
  ReadResult r = read_inputs({a}, options);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].date, "2018-08-21");
  EXPECT_EQ(r.docs[1].date, "2018-08-21");
}

TEST(DocumentStream, FormatOptionAppliesToEveryInput) {
  TempDir dir("format");
  std::string a = dir.write("a.data", "{\"id\":\"q\",\"text\":\"x\"}\n");
  ReadOptions options;
  options.format = InputFormat::kJsonl;
  ReadResult r = read_inputs({a}, options);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "q");
  // Without --format an unknown extension reads as text.
  r = read_inputs({a});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, a);
}

}  // namespace
}  // namespace parley
