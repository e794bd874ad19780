// Building blocks of the readers: the bounded line reader and the fast JSON
// object parser.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "parley/read/flat_json.h"
#include "parley/read/line_reader.h"

namespace parley {
namespace {

TEST(LineReader, LinesAcrossChunkBoundaries) {
  std::mt19937 rng(3);
  std::vector<std::string> lines;
  std::string data;
  for (int i = 0; i < 120; ++i) {
    std::string line(rng() % 40000, static_cast<char>('a' + i % 26));
    if (i % 7 == 0) line += '\r';
    lines.push_back(line);
    data += line + "\n";
  }
  data += "last line without newline";
  lines.push_back("last line without newline");
  std::istringstream in(data);
  LineReader reader(&in, 1 << 20);
  std::string_view line;
  size_t n = 0;
  while (reader.next(&line) == LineReader::kLine) {
    ASSERT_LT(n, lines.size());
    EXPECT_EQ(line, lines[n]) << "line " << n + 1;
    EXPECT_EQ(reader.line_number(), n + 1);
    ++n;
  }
  EXPECT_EQ(n, lines.size());
  EXPECT_EQ(reader.offset(), data.size());
}

TEST(LineReader, TooLongLinesAreSkippedWithBoundedMemory) {
  std::string data = "short\n" + std::string(100000, 'x') + "\nafter\n" + std::string(5000, 'y');
  std::istringstream in(data);
  LineReader reader(&in, 1000);
  std::string_view line;
  ASSERT_EQ(reader.next(&line), LineReader::kLine);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(reader.next(&line), LineReader::kTooLong);
  EXPECT_EQ(reader.line_number(), 2u);
  ASSERT_EQ(reader.next(&line), LineReader::kLine);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(reader.line_number(), 3u);
  EXPECT_EQ(reader.next(&line), LineReader::kTooLong);  // runs to the end
  EXPECT_EQ(reader.line_number(), 4u);
  EXPECT_EQ(reader.next(&line), LineReader::kEnd);
}

TEST(ReadAllBounded, StopsAtTheLimit) {
  std::string out;
  bool too_big = false;
  std::istringstream small("hello");
  EXPECT_TRUE(read_all_bounded(&small, 5, &out, &too_big));
  EXPECT_EQ(out, "hello");
  std::istringstream big("hello!");
  EXPECT_FALSE(read_all_bounded(&big, 5, &out, &too_big));
  EXPECT_TRUE(too_big);
}

// The fast parser either agrees with nlohmann::ordered_json or declines.
TEST(FlatJson, AgreesWithNlohmannOrDeclines) {
  const char* accepted[] = {
      R"({"id":"a","text":"x"})",
      R"(  { "text" : "a\"b\\c\/\u00e9\ud83d\ude00\n\t\b\f\r" , "n": 123, "neg": -7 } )",
      R"({"t":true,"f":false,"z":null,"big":123456789012345678,"text":""})",
      R"({})",
  };
  for (const char* line : accepted) {
    std::vector<JsonField> fields;
    ASSERT_TRUE(parse_flat_json_object(line, &fields)) << line;
    auto value = nlohmann::ordered_json::parse(line);
    ASSERT_EQ(value.size(), fields.size()) << line;
    size_t i = 0;
    for (auto it = value.begin(); it != value.end(); ++it, ++i) {
      EXPECT_EQ(it.key(), fields[i].key);
      if (it->is_string()) {
        EXPECT_EQ(fields[i].kind, JsonField::kString);
        EXPECT_EQ(it->get<std::string>(), fields[i].value);
      } else {
        EXPECT_EQ(it->dump(), fields[i].value) << line;
        EXPECT_EQ(it->is_number_unsigned(), fields[i].kind == JsonField::kUnsigned);
        EXPECT_EQ(it->is_null(), fields[i].kind == JsonField::kNull);
      }
    }
  }
  const char* declined[] = {
      R"({"a":[1]})",
      R"({"a":{"b":1}})",
      R"({"a":1.5})",
      R"({"a":1e3})",
      R"({"a":-0})",
      R"({"a":012})",
      R"({"a":1,"a":2})",
      R"({"a":1234567890123456789})",
      R"({"a":"\ud800"})",
      R"({"a":"\udc00"})",
      R"({"a":"tab	inside"})",
      R"({"a":"x"} junk)",
      R"({"a":"x",})",
      R"([1])",
      R"({"a":tru})",
      R"({"a":"\x"})",
      R"({"a")",
      "",
  };
  for (const char* line : declined) {
    std::vector<JsonField> fields;
    EXPECT_FALSE(parse_flat_json_object(line, &fields)) << line;
  }
}

}  // namespace
}  // namespace parley
