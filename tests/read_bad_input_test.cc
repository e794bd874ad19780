// Bad input: each problem is one line naming the file (and line), the bad
// document or input is skipped, and reading goes on.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "parley/read/reader.h"
#include "test_util.h"

namespace parley {
namespace {

struct ReadResult {
  std::vector<Document> docs;
  std::vector<ReadProblem> problems;
  std::vector<std::string> lines() const {
    std::vector<std::string> out;
    for (const ReadProblem& p : problems) out.push_back(p.ToString());
    return out;
  }
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

// Every problem is a single line that starts with the path.
void expect_one_line_each(const ReadResult& r, const std::string& path) {
  for (const ReadProblem& p : r.problems) {
    std::string s = p.ToString();
    EXPECT_EQ(s.find('\n'), std::string::npos) << s;
    EXPECT_EQ(s.rfind(path + ":", 0), 0u) << s;
  }
}

TEST(BadInput, EmptyFilesInEveryFormat) {
  for (InputFormat f : {InputFormat::kText, InputFormat::kJsonl, InputFormat::kXml,
                        InputFormat::kConllu, InputFormat::kCsv, InputFormat::kTsv}) {
    ReadResult r = read_string(f, "", "empty");
    EXPECT_TRUE(r.docs.empty());
    EXPECT_EQ(r.lines(), std::vector<std::string>{"empty: empty file"})
        << static_cast<int>(f) << "\n"
        << r.messages();
  }
  ReadResult r = read_string(InputFormat::kText, " \n\n\t\n", "blank.txt");
  EXPECT_EQ(r.lines(),
            std::vector<std::string>{"blank.txt: no text (only white space); file skipped"});
}

TEST(BadInput, InvalidUtf8TextFileIsSkippedNamingTheLine) {
  ReadResult r = read_string(InputFormat::kText, "Title\nok line\nbad \xC3\x28 here\n", "u.txt");
  EXPECT_TRUE(r.docs.empty());
  EXPECT_EQ(r.lines(),
            std::vector<std::string>{"u.txt:3: invalid UTF-8 (byte 0xc3); file skipped"});
}

TEST(BadInput, NulBytesAndBinaryFiles) {
  ReadResult r = read_string(InputFormat::kText, std::string("Title\n\nab\0cd\n", 12), "n.txt");
  EXPECT_EQ(r.lines(),
            std::vector<std::string>{"n.txt:3: contains a NUL byte (binary data?); file skipped"});
  std::mt19937 rng(7);
  std::string binary(4096, '\0');
  for (char& c : binary) c = static_cast<char>(rng());
  for (InputFormat f : {InputFormat::kText, InputFormat::kJsonl, InputFormat::kXml,
                        InputFormat::kConllu, InputFormat::kCsv, InputFormat::kTsv}) {
    ReadResult b = read_string(f, binary, "bin");
    EXPECT_TRUE(b.docs.empty()) << static_cast<int>(f);
    EXPECT_GE(b.problems.size(), 1u) << static_cast<int>(f);
    expect_one_line_each(b, "bin");
  }
}

TEST(BadInput, HugeFileWithoutNewlineHitsTheSizeLimit) {
  ReadOptions options;
  options.max_document_bytes = 1 << 20;
  std::string huge(3 << 20, 'a');
  ReadResult r = read_string(InputFormat::kText, huge, "big.txt", options);
  EXPECT_TRUE(r.docs.empty());
  EXPECT_EQ(r.lines(), std::vector<std::string>{
                           "big.txt: larger than the 1 MiB document limit; file skipped"});
  // In line-based formats the long line is skipped and reading goes on.
  for (InputFormat f :
       {InputFormat::kJsonl, InputFormat::kCsv, InputFormat::kXml, InputFormat::kConllu}) {
    std::string data;
    if (f == InputFormat::kCsv) data = "id,text\n";
    data += huge + "\n";
    if (f == InputFormat::kJsonl) data += "{\"id\":\"after\",\"text\":\"x\"}\n";
    if (f == InputFormat::kCsv) data += "after,x\n";
    if (f == InputFormat::kXml) data += "<Sentence id=\"after\"><Text>x</Text></Sentence>\n";
    if (f == InputFormat::kConllu) data += "# newdoc id = after\n1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n";
    ReadResult l = read_string(f, data, "big", options);
    ASSERT_EQ(l.docs.size(), 1u) << static_cast<int>(f) << "\n" << l.messages();
    EXPECT_EQ(l.docs[0].id, "after");
    ASSERT_EQ(l.problems.size(), 1u) << l.messages();
    EXPECT_EQ(l.problems[0].line, f == InputFormat::kCsv ? 2u : 1u) << l.messages();
    EXPECT_NE(l.problems[0].message.find("1 MiB document limit"), std::string::npos);
  }
}

TEST(BadInput, MalformedJsonLines) {
  const std::string data =
      "{\"id\":\"ok1\",\"text\":\"fine\"}\n"
      "{\"id\":\"trunc\",\"text\":\"cut off\n"
      "[1,2,3]\n"
      "{\"id\":\"notext\"}\n"
      "{\"id\":\"num\",\"text\":5}\n"
      "{\"id\":\"bad\xFF\",\"text\":\"x\"}\n"
      "{\"text\":\"nul \\u0000 inside\"}\n" +
      std::string(1000, '[') + std::string(1000, ']') + "\n" +
      "{\"text\":\"   \"}\n"
      "{\"id\":\"ok2\",\"text\":\"fine too\"}\n";
  ReadResult r = read_string(InputFormat::kJsonl, data, "m.jsonl");
  ASSERT_EQ(r.docs.size(), 2u) << r.messages();
  EXPECT_EQ(r.docs[1].id, "ok2");
  std::vector<uint64_t> lines;
  for (const ReadProblem& p : r.problems) lines.push_back(p.line);
  EXPECT_EQ(lines, (std::vector<uint64_t>{2, 3, 4, 5, 6, 7, 8, 9})) << r.messages();
  expect_one_line_each(r, "m.jsonl");
  EXPECT_EQ(r.problems[1].message, "expected a JSON object, got array; line skipped");
  EXPECT_EQ(r.problems[2].message, "no \"text\" field; line skipped");
  EXPECT_EQ(r.problems[4].message, "invalid UTF-8 (byte 0xff); line skipped");
  EXPECT_NE(r.problems[0].message.find("malformed JSON at column"), std::string::npos);
}

TEST(BadInput, MalformedCsv) {
  const std::string data =
      "id,text\n"
      "a,fine\n"
      "b,\"junk\"after,x\n"
      "c,too,many\n"
      "d,\"bad \xFE byte\"\n"
      "e,also fine\n"
      "f,\"never closed\n"
      "g,swallowed\n";
  ReadResult r = read_string(InputFormat::kCsv, data, "m.csv");
  ASSERT_EQ(r.docs.size(), 2u) << r.messages();
  EXPECT_EQ(r.docs[1].id, "e");
  EXPECT_EQ(r.lines(),
            (std::vector<std::string>{
                "m.csv:3: malformed CSV: unexpected character after a closing quote (column "
                "9); row skipped",
                "m.csv:4: row has 3 fields, the header has 2; row skipped",
                "m.csv:5: invalid UTF-8 (byte 0xfe); row skipped",
                "m.csv:7: unterminated quoted field (opened here, still open at end of "
                "file); row skipped"}));
  ReadResult h = read_string(InputFormat::kCsv, "id,body\n1,x\n", "h.csv");
  EXPECT_TRUE(h.docs.empty());
  EXPECT_EQ(h.lines(), std::vector<std::string>{
                           "h.csv:1: no \"text\" column in the header (columns: id, body); "
                           "file skipped"});
}

TEST(BadInput, MalformedAndTruncatedXml) {
  const std::string data =
      "<Sentences>\n"
      "<Sentence id=\"s1\" date=\"20180821\"><Text>One.</Text></Sentence>\n"
      "<Sentence id=\"s2\" date=\"20180821\"><Text>Two.</Txet></Sentence>\n"
      "<Sentence id=\"s3\" date=\"20180821\"><Text>Never closed.</Text>\n"
      "<Sentence id=\"s4\" date=\"20180821\"><Parse>x</Parse></Sentence>\n"
      "<Sentence id=\"s5\" date=\"20180821\"><Text>Five \xC3 bad.</Text></Sentence>\n"
      "<Sentence id=\"s6\" date=\"2018\"><Text>Six.</Text></Sentence>\n"
      "<Sentence id=\"s7\" date=\"20180821\"><Text>Seven, cut";
  ReadResult r = read_string(InputFormat::kXml, data, "m.xml");
  ASSERT_EQ(r.docs.size(), 2u) << r.messages();
  EXPECT_EQ(r.docs[0].id, "s1");
  EXPECT_EQ(r.docs[1].id, "s6");
  EXPECT_EQ(r.docs[1].date, "");
  std::vector<std::string> lines = r.lines();
  ASSERT_EQ(lines.size(), 6u) << r.messages();
  EXPECT_EQ(lines[0].rfind("m.xml:3: malformed XML record: ", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1],
            "m.xml:4: truncated XML record: no </Sentence> before the next <Sentence>; skipped");
  EXPECT_EQ(lines[2], "m.xml:5: XML record has no <Text>; skipped");
  EXPECT_EQ(lines[3], "m.xml:6: invalid UTF-8 (byte 0xc3); record skipped");
  EXPECT_EQ(lines[4], "m.xml:7: note: unrecognized date '2018' (kept as metadata \"date\")");
  EXPECT_EQ(lines[5],
            "m.xml:8: truncated XML record: no </Sentence> before the end of the file; skipped");
  ReadResult none = read_string(InputFormat::kXml, "<a>not petrarch</a>\n", "n.xml");
  EXPECT_EQ(none.lines(), std::vector<std::string>{"n.xml: no <Sentence> records"});
}

TEST(BadInput, StreamGoesOnAfterBadInputs) {
  std::string dir = ::testing::TempDir() + "parley_bad_" + std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& data) {
    std::ofstream(dir + "/" + name, std::ios::binary) << data;
    return dir + "/" + name;
  };
  std::string good = write("good.txt", "Title\nBody.\n");
  std::string empty = write("empty.txt", "");
  std::string bad = write("bad.jsonl", "{\"text\":\"x\"}\nnot json\n");
  std::string missing = dir + "/missing.txt";
  std::vector<ReadProblem> problems;
  DocumentStream stream({missing, empty, bad, dir + "/nope/", good}, ReadOptions(),
                        [&](const ReadProblem& p) { problems.push_back(p); });
  Document doc;
  std::vector<std::string> ids;
  while (stream.next(&doc)) ids.push_back(doc.id);
  EXPECT_EQ(ids, (std::vector<std::string>{bad + ":1", good}));
  EXPECT_EQ(stream.problems(), 4u);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].ToString(), missing + ": cannot open: No such file or directory");
  EXPECT_EQ(problems[1].ToString(), empty + ": empty file");
  EXPECT_EQ(problems[2].line, 2u);
  if (::geteuid() != 0) {  // root reads everything
    std::string locked = write("locked.txt", "Title\nBody.\n");
    std::filesystem::permissions(locked, std::filesystem::perms::none);
    problems.clear();
    DocumentStream s2({locked, good}, ReadOptions(),
                      [&](const ReadProblem& p) { problems.push_back(p); });
    size_t n = 0;
    while (s2.next(&doc)) ++n;
    EXPECT_EQ(n, 1u);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].ToString(), locked + ": cannot open: Permission denied");
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace parley
