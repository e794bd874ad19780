// Tests of `parley train` options for partial retraining (--base, --only).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "parley/nlp/train.h"
#include "test_util.h"

namespace parley::nlp {
namespace {

TEST(TrainComponents, ParsesCommaSeparatedList) {
  TrainOptions o;
  ASSERT_TRUE(parse_components("tagger,lemmatizer", &o).ok());
  EXPECT_TRUE(o.train_tagger);
  EXPECT_TRUE(o.train_lemmatizer);
  EXPECT_FALSE(o.train_parser);
  ASSERT_TRUE(parse_components("parser", &o).ok());
  EXPECT_FALSE(o.train_tagger);
  EXPECT_FALSE(o.train_lemmatizer);
  EXPECT_TRUE(o.train_parser);
}

TEST(TrainComponents, RejectsUnknownNames) {
  TrainOptions o;
  Status s = parse_components("tagger,parsr", &o);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("'parsr'"), std::string::npos) << s.message();
  EXPECT_FALSE(parse_components("", &o).ok());
}

TEST(TrainCommand, OnlyNeedsABaseModel) {
  std::string out =
      testing::RunCommand(testing::parley_binary() +
                          " train --train /nonexistent.conllu -o /nonexistent/out.parley"
                          " --only tagger 2>&1; echo rc=$?");
  EXPECT_NE(out.find("--only needs --base MODEL"), std::string::npos) << out;
  EXPECT_NE(out.find("rc=2"), std::string::npos) << out;
}

TEST(TrainCommand, MissingBaseModelIsAnError) {
  PARLEY_REQUIRE_SHARED();
  std::string train = testing::shared_dir() + "/data/ud-english-ewt/dev.conllu";
  std::string out =
      testing::RunCommand(testing::parley_binary() + " train --train " + train +
                          " -o /nonexistent/out.parley --base /nonexistent/base.parley"
                          " --only lemmatizer 2>&1; echo rc=$?");
  EXPECT_NE(out.find("/nonexistent/base.parley: model file not found"), std::string::npos) << out;
  EXPECT_NE(out.find("rc=1"), std::string::npos) << out;
}

}  // namespace
}  // namespace parley::nlp
