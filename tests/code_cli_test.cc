// End-to-end tests of `parley code` through the binary. Tests that need the
// shipped tagger/parser model skip when it is absent.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "parley/nlp/model.h"
#include "test_util.h"

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int status = -1;
  std::string out;
};

CliRun Parley(const std::string& args) {
  CliRun r;
  r.out = parley::testing::RunCommand(
      parley::testing::parley_binary() + " " + args + " 2>/dev/null", &r.status);
  return r;
}

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) v.push_back(nlohmann::json::parse(line));
  return v;
}

bool HaveModel() { return fs::exists(parley::nlp::Model::DefaultPath()); }

std::string Slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

TEST(CodeCli, UsageErrorsExitTwo) {
  EXPECT_EQ(Parley("code --format xml /dev/null").status, 2);
  EXPECT_EQ(Parley("code --threads 0 /dev/null").status, 2);
}

// The filter's choice of sentences does not depend on the parse, so
// filtered and full runs agree, greedy or with a beam (--beam).
TEST(CodeCli, ParseAllGivesTheSameEvents) {
  if (!HaveModel()) GTEST_SKIP() << "no shipped model";
  std::string path = parley::testing::source_dir() + "/examples/kabul-talks.txt";
  for (const std::string beam : {"1", "4"}) {
    CliRun filtered = Parley("code --no-progress --beam " + beam + " " + path);
    CliRun all = Parley("code --no-progress --parse-all --beam " + beam + " " + path);
    ASSERT_EQ(filtered.status, 0);
    ASSERT_EQ(all.status, 0);
    EXPECT_FALSE(all.out.empty());
    EXPECT_EQ(filtered.out, all.out) << "beam " << beam;
  }
  EXPECT_EQ(Parley("code --beam 0 /dev/null").status, 2);
}

TEST(CodeCli, ExampleArticleGivesWellFormedEvents) {
  if (!HaveModel()) GTEST_SKIP() << "no shipped model";
  std::string path = parley::testing::source_dir() + "/examples/kabul-talks.txt";
  CliRun r = Parley("code " + path);
  ASSERT_EQ(r.status, 0);
  std::vector<nlohmann::json> events = Lines(r.out);
  ASSERT_FALSE(events.empty());
  std::string text = Slurp(path);
  for (const auto& e : events) {
    for (const char* key :
         {"doc_id", "sentence_index", "date", "source", "target", "code", "root_code", "quad_class",
          "goldstein", "plover", "source_text", "target_text", "verb_text", "sentence",
          "source_span", "target_span", "verb_span"})
      ASSERT_TRUE(e.contains(key)) << key << " in " << e.dump();
    // Spans are byte offsets into the document text.
    auto slice = [&](const nlohmann::json& span) {
      size_t b = span[0], en = span[1];
      return text.substr(b, en - b);
    };
    EXPECT_EQ(slice(e["verb_span"]), e["verb_text"].get<std::string>());
    EXPECT_EQ(slice(e["source_span"]), e["source_text"].get<std::string>());
    EXPECT_EQ(slice(e["target_span"]), e["target_text"].get<std::string>());
    if (e.contains("location_text")) {
      EXPECT_EQ(slice(e["location_span"]), e["location_text"].get<std::string>());
    }
    EXPECT_NE(e["source"], e["target"]);
  }
  // The article's clearest events (dictionaries: parley's own data/).
  auto has = [&](const std::string& src_prefix, const std::string& tgt, const std::string& code) {
    for (const auto& e : events)
      if (e["source"].get<std::string>().rfind(src_prefix, 0) == 0 && e["target"] == tgt &&
          e["code"] == code)
        return true;
    return false;
  };
  EXPECT_TRUE(has("AFGREB", "RUS", "036")) << r.out;  // Taliban accept Russian invitation
  EXPECT_TRUE(has("AFGGOV", "RUS", "112")) << r.out;  // Ghani accused Moscow
  EXPECT_TRUE(has("USA", "RUS", "111")) << r.out;     // The United States criticized Russia
  // Taliban fighters attacked a police checkpoint in Ghazni province: the
  // police have the country of the place (CoderOptions::place_countries).
  EXPECT_TRUE(has("AFGREB", "AFGCOP", "190")) << r.out;
  // ", killing four officers": the participle happens where the attack did.
  EXPECT_TRUE(has("AFGREB", "AFGCOP", "1823")) << r.out;
  // "Afghan forces arrested(acl, VBN) two suspected militants": parse repair 5;
  // whom a country's forces arrest is of that country (AddDomesticCountry).
  EXPECT_TRUE(has("AFGMIL", "AFGCRMREB", "173")) << r.out;
  // "KABUL (Parley Wire) - Russia said ... the Taliban have accepted": the
  // speaker is Russia, not the dateline (parse_repair.h, datelines).
  bool reported = false;
  for (const auto& e : events)
    if (e["verb_text"] == "accepted" && e.contains("reported_by"))
      reported = e["reported_by"] == "RUS";
  EXPECT_TRUE(reported) << r.out;
  // One worker or two: the same output.
  EXPECT_EQ(Parley("code --threads 2 " + path).out, r.out);
  CliRun tsv = Parley("code --format tsv " + path);
  EXPECT_EQ(tsv.out.rfind("doc_id\tsentence_index\tdate\tsource\ttarget\tcode", 0), 0u);
}

TEST(CodeCli, BadInputLosesNoEventsFromGoodDocuments) {
  if (!HaveModel()) GTEST_SKIP() << "no shipped model";
  fs::path dir = fs::temp_directory_path() / ("parley_code_bad_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string a =
      R"({"id": "a", "date": "2018-08-21", "text": "Russia invited the Taliban to talks in Moscow."})";
  const std::string b =
      R"({"id": "b", "date": "2018-08-21", "text": "Afghan President Ashraf Ghani criticized Pakistan."})";
  { std::ofstream(dir / "good.jsonl") << a << "\n" << b << "\n"; }
  { std::ofstream(dir / "mixed.jsonl") << a << "\n{not json\n\xff\xfe\n" << b << "\n"; }
  CliRun good = Parley("code " + (dir / "good.jsonl").string());
  CliRun mixed = Parley("code " + (dir / "mixed.jsonl").string());
  EXPECT_EQ(good.status, 0);
  EXPECT_EQ(mixed.status, 1);
  EXPECT_EQ(mixed.out, good.out);
  fs::remove_all(dir);
}

}  // namespace
