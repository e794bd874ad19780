// The CAMEO table (data/cameo.tsv): lookups, quad classes, and a cross-check
// against the reference tables in ../shared/data/cameo.
#include <fstream>
#include <map>
#include <sstream>

#include "parley/dict/cameo.h"
#include "test_util.h"

namespace parley::dict {
namespace {

TEST(DictCameo, DefaultTableLookups) {
  const CameoTable& t = CameoTable::Default();
  ASSERT_EQ(t.size(), 311u);
  const CameoEvent* e = t.Find("190");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->quad, 4);
  EXPECT_DOUBLE_EQ(e->goldstein, -10.0);
  EXPECT_EQ(e->plover, "ASSAULT");
  EXPECT_EQ(e->root(), "19");
  EXPECT_EQ(t.Plover("036"), "AGREE");
  EXPECT_DOUBLE_EQ(t.Goldstein("036"), 4.0);
  EXPECT_EQ(t.Name("036"), "Express intent to meet or negotiate");
  EXPECT_EQ(t.Plover("010"), "");  // statements have no PLOVER type
  EXPECT_EQ(t.Find("999"), nullptr);
  EXPECT_EQ(t.Name("999"), "");
  EXPECT_EQ(t.Goldstein("999"), 0.0);
}

TEST(DictCameo, QuadClasses) {
  EXPECT_EQ(CameoTable::QuadClass("01"), 1);
  EXPECT_EQ(CameoTable::QuadClass("0531"), 1);
  EXPECT_EQ(CameoTable::QuadClass("060"), 2);
  EXPECT_EQ(CameoTable::QuadClass("0874"), 2);
  EXPECT_EQ(CameoTable::QuadClass("100"), 3);
  EXPECT_EQ(CameoTable::QuadClass("145"), 3);
  EXPECT_EQ(CameoTable::QuadClass("150"), 4);
  EXPECT_EQ(CameoTable::QuadClass("2042"), 4);
  EXPECT_EQ(CameoTable::QuadClass("21"), 0);
  EXPECT_EQ(CameoTable::QuadClass("00"), 0);
  EXPECT_EQ(CameoTable::QuadClass("1a"), 0);
  EXPECT_EQ(CameoTable::QuadClass(""), 0);
  for (const CameoEvent& e : CameoTable::Default().events())
    EXPECT_EQ(e.quad, CameoTable::QuadClass(e.code));
}

TEST(DictCameo, MalformedLinesWarn) {
  std::vector<std::string> w;
  CameoTable t = CameoTable::Parse(
      "# comment\n"
      "190\t4\t-10.0\tASSAULT\t-\t-\tUse conventional military force\n"
      "190\t4\t-10.0\tASSAULT\t-\t-\tduplicate\n"
      "19x\t4\t-10.0\t-\t-\t-\tbad code\n"
      "191\t3\t-9.5\t-\t-\t-\twrong quad\n"
      "192\t4\tabc\t-\t-\t-\tbad weight\n"
      "193\t4\t-10.0\n",
      "cameo.tsv", &w);
  EXPECT_EQ(t.size(), 1u);
  ASSERT_EQ(w.size(), 5u);
  EXPECT_EQ(w[0].rfind("cameo.tsv:3: ", 0), 0u);
  EXPECT_EQ(w[4].rfind("cameo.tsv:7: ", 0), 0u);
}

TEST(DictCameo, ShippedTableLoadsWithoutWarnings) {
  std::vector<std::string> w;
  CameoTable t;
  ASSERT_TRUE(CameoTable::Load(parley::testing::source_dir() + "/data/cameo.tsv", &t, &w).ok());
  EXPECT_TRUE(w.empty()) << w[0];
  EXPECT_EQ(t.size(), 311u);
  EXPECT_FALSE(CameoTable::Load("/nonexistent/cameo.tsv", &t, &w).ok());
}

std::vector<std::vector<std::string>> ReadTsv(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string x;
    while (std::getline(ss, x, '\t')) f.push_back(x);
    rows.push_back(f);
  }
  return rows;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) out += c;
  return out;
}

TEST(DictCameo, MatchesSharedReferenceTables) {
  PARLEY_REQUIRE_SHARED();
  const CameoTable& t = CameoTable::Default();
  std::string dir = parley::testing::shared_dir() + "/data/cameo/";
  auto codes = ReadTsv(dir + "eventcodes.tsv");
  ASSERT_EQ(codes.size(), 311u);
  for (const auto& row : codes) {
    ASSERT_EQ(row.size(), 2u);
    const CameoEvent* e = t.Find(row[0]);
    ASSERT_NE(e, nullptr) << row[0];
    EXPECT_EQ(Lower(e->name), Lower(row[1])) << row[0];
  }
  auto gold = ReadTsv(dir + "goldstein.tsv");
  ASSERT_EQ(gold.size(), 311u);
  for (const auto& row : gold) {
    const CameoEvent* e = t.Find(row[0]);
    ASSERT_NE(e, nullptr) << row[0];
    EXPECT_DOUBLE_EQ(e->goldstein, std::stod(row[1])) << row[0];
  }
  // cameo2plover.txt: "CODE: TYPE, MODE, CONTEXT # comment" (roots: "CODE: TYPE").
  std::ifstream in(dir + "cameo2plover.txt");
  std::string line;
  std::map<std::string, int> seen;
  int checked = 0;
  while (std::getline(in, line)) {
    // Plain string handling rather than std::regex: GCC 12 warns inside <regex> under ASan.
    size_t colon = line.find(':');
    if (colon == 0 || colon == std::string::npos || line.find_first_not_of("0123456789") != colon)
      continue;
    std::string body = line.substr(colon + 1);
    body = body.substr(0, body.find('#'));
    size_t comma1 = body.find(',');
    size_t comma2 = comma1 == std::string::npos ? comma1 : body.find(',', comma1 + 1);
    std::string code = line.substr(0, colon);
    if (seen[code]++) continue;  // the first mapping of a code counts ("08" has two)
    const CameoEvent* e = t.Find(code);
    if (!e) continue;  // 1213/1214 are PLOVER-only codes absent from CAMEO 1.1b3
    EXPECT_EQ(e->plover, Squeeze(body.substr(0, comma1))) << code;
    if (comma2 != std::string::npos) {
      EXPECT_EQ(e->plover_mode, Squeeze(body.substr(comma1 + 1, comma2 - comma1 - 1))) << code;
      EXPECT_EQ(e->plover_context, Squeeze(body.substr(comma2 + 1))) << code;
    }
    ++checked;
  }
  EXPECT_EQ(checked, 272);  // 274 mapped codes, 2 of them PLOVER-only
  // Codes absent from the PLOVER table carry no PLOVER type.
  for (const CameoEvent& e : t.events()) {
    if (!seen.count(e.code)) {
      EXPECT_EQ(e.plover, "") << e.code;
    }
  }
}

}  // namespace
}  // namespace parley::dict
