// End-to-end: `parley dict stats` and `parley dict lookup`.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "test_util.h"

namespace {

TEST(DictCli, StatsJsonOnPetrarchDirectory) {
  PARLEY_REQUIRE_SHARED();
  int status = 0;
  std::string out = parley::testing::RunCommand(
      parley::testing::parley_binary() + " dict stats --json --dictionaries " +
          parley::testing::shared_dir() + "/data/petrarch/dictionaries 2>/dev/null",
      &status);
  EXPECT_EQ(status, 1);  // the Phoenix files have a few malformed lines
  nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << out;
  for (const char* key : {"actors", "actor_names", "agents", "verbs", "verb_patterns", "discards",
                          "issues", "countries", "warnings", "load_seconds"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["actors"], 27252);
  EXPECT_EQ(j["verb_patterns"], 4663);
  EXPECT_EQ(j["warnings"], 28);
  EXPECT_EQ(j["format"], "petrarch");
}

TEST(DictCli, LookupShowsDatedCode) {
  PARLEY_REQUIRE_SHARED();
  int status = 0;
  std::string dir = parley::testing::shared_dir() + "/data/petrarch/dictionaries/";
  std::string out = parley::testing::RunCommand(
      parley::testing::parley_binary() + " dict lookup 'Hamid Karzai' --date 2005-01-01" +
          " --dictionaries " + dir + " 2>/dev/null",
      &status);
  EXPECT_EQ(status, 0);
  EXPECT_NE(out.find("AFGGOV"), std::string::npos) << out;
  out =
      parley::testing::RunCommand(parley::testing::parley_binary() +
                                      " dict lookup attack --dictionaries " + dir + " 2>/dev/null",
                                  &status);
  EXPECT_NE(out.find("verb: attack"), std::string::npos) << out;
}

TEST(DictCli, UsageErrors) {
  int status = 0;
  parley::testing::RunCommand(
      parley::testing::parley_binary() + " dict lookup x --date 2020-99-99 2>/dev/null", &status);
  EXPECT_EQ(status, 2);
  parley::testing::RunCommand(
      parley::testing::parley_binary() + " dict stats --dictionaries /nonexistent/dir 2>/dev/null",
      &status);
  EXPECT_EQ(status, 2);
  std::string help =
      parley::testing::RunCommand(parley::testing::parley_binary() + " dict stats --help", &status);
  EXPECT_NE(help.find("--json"), std::string::npos);
}

}  // namespace
