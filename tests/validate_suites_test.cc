// The PETRARCH validation suites (Eval*: skipped under ASan) and the tolerant
// validation-file reader (inline snippets).
#include <gtest/gtest.h>

#include <filesystem>

#include "parley/code/validate.h"
#include "parley/code/validation_suite.h"
#include "parley/nlp/pipeline.h"
#include "test_util.h"

namespace parley::code {
namespace {

TEST(ValidateSuite, ReadsRecordsEnvironmentAndMalformedTags) {
  // Like PETR2_GSR_validation.xml: a self-closed <Sentence .../>, '#' comment
  // lines outside any element, and a commented-out record.
  const char* xml =
      "<Validation>\n# a comment line\n<Environment>\n<Verbfile>V.txt</Verbfile>\n"
      "<Actorfile>A1.txt, A2.txt</Actorfile>\n<Include>valid DEMO</Include>\n</Environment>\n"
      "<Sentences>\n<!-- <Sentence id=\"GONE\" date=\"20000101\"> -->\n"
      "<Sentence category=\"DEMO\" date=\"19950101\" id=\"R1\" evaluate=\"true\"/>\n"
      "<EventCoding eventcode=\"050\" sourcecode=\"ARN\" targetcode=\"GON\" />\n"
      "<Text>\nArnor   "
      "restores\nties.\n</Text>\n<Parse>\n1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "</Parse>\n</Sentence>\n"
      "<Sentence source=\"OTHER\" date=\"19950102\" id=\"R2\">\n"
      "<EventCoding noevents=\"True\"> </EventCoding>\n<Text>x</Text>\n</Sentence>\n"
      "<Sentence source=\"DEMO\" date=\"bad\" id=\"R3\">\n<EventCoding error=\"dateline\" />\n"
      "</Sentence>\n</Sentences>\n";
  ValidationEnvironment env;
  std::vector<ValidationRecord> recs;
  std::vector<std::string> warnings;
  ASSERT_TRUE(ParseValidationSuite(xml, "x.xml", &env, &recs, &warnings).ok());
  EXPECT_EQ(env.verb_file, "V.txt");
  EXPECT_EQ(env.actor_files, (std::vector<std::string>{"A1.txt", "A2.txt"}));
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].id, "R1");
  EXPECT_EQ(recs[0].date, "1995-01-01");
  EXPECT_EQ(recs[0].text, "Arnor restores ties.");
  ASSERT_EQ(recs[0].expected.size(), 1u);
  EXPECT_EQ(recs[0].expected[0].code, "050");
  EXPECT_NE(recs[0].parse.find("Arnor"), std::string::npos);
  EXPECT_TRUE(recs[1].noevents);
  EXPECT_EQ(recs[2].error, "dateline");
  EXPECT_EQ(recs[2].date, "");
  EXPECT_TRUE(IsIncluded(env, recs[0]));
  EXPECT_FALSE(IsIncluded(env, recs[1]));
}

TEST(ValidateSuite, ConfigRequireDyadAppliesToTheFollowingRecords) {
  const char* xml =
      "<Sentences>\n<Sentence id=\"A\" date=\"19950101\">\n</Sentence>\n"
      "<Config option=\"require_dyad\" value=\"FALSE\" />\n"
      "<Sentence id=\"B\" date=\"19950101\">\n</Sentence>\n"
      "<Config option=\"comma_max\" value=\"0\" />\n"
      "<Sentence id=\"C\" date=\"19950101\">\n</Sentence>\n"
      "<Config option=\"require_dyad\" value=\"True\" />\n"
      "<Sentence id=\"D\" date=\"19950101\">\n</Sentence>\n</Sentences>\n";
  ValidationEnvironment env;
  std::vector<ValidationRecord> recs;
  ASSERT_TRUE(ParseValidationSuite(xml, "c.xml", &env, &recs, nullptr).ok());
  ASSERT_EQ(recs.size(), 4u);
  EXPECT_TRUE(recs[0].require_dyad);
  EXPECT_FALSE(recs[1].require_dyad);
  EXPECT_FALSE(recs[2].require_dyad);
  EXPECT_TRUE(recs[3].require_dyad);
}

TEST(ValidateSuite, ShortPetrarchDatesGetTheirCentury) {
  // PETRARCH writes YYMMDD too (the GSR file): 00-29 are 20YY.
  std::string xml =
      "<Validation><Environment></Environment><Sentences>"
      "<Sentence date=\"121108\" id=\"a\"/><Text>x</Text></Sentence>"
      "<Sentence date=\"990101\" id=\"b\"/><Text>x</Text></Sentence>"
      "</Sentences></Validation>";
  ValidationEnvironment env;
  std::vector<ValidationRecord> records;
  std::vector<std::string> warnings;
  ASSERT_TRUE(ParseValidationSuite(xml, "v.xml", &env, &records, &warnings).ok());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].date, "2012-11-08");
  EXPECT_EQ(records[1].date, "1999-01-01");
}

TEST(ValidateSuite, GarbageNeverCrashes) {
  for (const char* xml : {"", "<Sentence", "<Sentence id=\"x\"><EventCoding", "\x01\xff<<>>",
                          "<Environment><Verbfile>"}) {
    ValidationEnvironment env;
    std::vector<ValidationRecord> recs;
    std::vector<std::string> warnings;
    EXPECT_TRUE(ParseValidationSuite(xml, "g.xml", &env, &recs, &warnings).ok());
  }
}

struct SuiteRun {
  ValidateSummary summary;
  Status status;
};

SuiteRun RunSuite(const std::string& file, const std::string& verbs, bool given_parse) {
  std::string dir = parley::testing::shared_dir() + "/data/petrarch";
  ValidateOptions opt;
  opt.dict_dir = dir + "/dictionaries";
  opt.verbs = verbs;
  opt.given_parse = given_parse;
  TextAnalyzer analyze;
  std::shared_ptr<nlp::Pipeline> pipeline;
  if (!given_parse) {
    std::unique_ptr<nlp::Pipeline> p;
    Status s = nlp::Pipeline::Load("", &p);
    if (!s.ok()) return {{}, s};
    pipeline = std::move(p);
    analyze = [pipeline](const std::string& text, Document* doc) {
      doc->text = text;
      pipeline->analyze(doc);
      return Status::OK();
    };
  }
  std::vector<ValidationRecord> records;
  std::vector<RecordResult> results;
  SuiteRun run;
  std::vector<std::string> warnings;
  run.status = RunValidation(dir + "/text/" + file, opt, analyze, &records, &results, &run.summary,
                             &warnings);
  return run;
}

// Floors sit at the rates achieved when the test was written (see
// validation/*.failing.tsv for the records still failing and why).
TEST(EvalValidate, UnitTestsGivenParse) {
  PARLEY_REQUIRE_SHARED();
  SuiteRun r = RunSuite("PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml",
                        "PETR.Validate.verbs.2.0.txt", true);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.summary.passed + r.summary.failed, 281u);
  EXPECT_GE(r.summary.passed, 253u)
      << r.summary.passed << " passed, " << r.summary.failed << " failed";
}

TEST(EvalValidate, GsrGivenParse) {
  PARLEY_REQUIRE_SHARED();
  SuiteRun r = RunSuite("PETR2_GSR_validation.xml", "", true);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.summary.passed + r.summary.failed, 78u);
  EXPECT_GE(r.summary.passed, 73u)
      << r.summary.passed << " passed, " << r.summary.failed << " failed";
}

// The raw-text rate moves with the shipped model (205 and 197 with two models of
// the same day; 213 before the parse repairs (fc4fbf3), 244 with them, 240 with the
// session 5 model, whose parser scores better on EWT: see
// validation/PETR.UnitTest.raw.failing.tsv); the floor is the target, 85% of 281.
TEST(EvalValidate, UnitTestsRawText) {
  PARLEY_REQUIRE_SHARED();
  if (!std::filesystem::exists(nlp::Model::DefaultPath()))
    GTEST_SKIP() << "no shipped model at " << nlp::Model::DefaultPath();
  SuiteRun r = RunSuite("PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml",
                        "PETR.Validate.verbs.2.0.txt", false);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.summary.passed + r.summary.failed, 281u);
  EXPECT_GE(r.summary.passed, 239u)
      << r.summary.passed << " passed, " << r.summary.failed << " failed";
}

// GSR news from raw text through the shipped model: 63 of 78 (73 from the
// given parses; 60 before parse repairs 5's participle-with-object case and
// 18; 63 when FirstActorAfter stopped taking a title for the target,
// AFP0808020905_1, then 62 when the tagger's verbless-sentence retag found
// "announced" in GOLD_7, whose sanctions against Russian officers PETRARCH's
// gold codes as no event; 63 again with repairs 80 and 81, AFP0808020675_1's
// closing report and "by promoting"). The issue sets no target here;
// the floor, one record under, keeps what the parse repairs gained.
TEST(EvalValidate, GsrRawText) {
  PARLEY_REQUIRE_SHARED();
  if (!std::filesystem::exists(nlp::Model::DefaultPath()))
    GTEST_SKIP() << "no shipped model at " << nlp::Model::DefaultPath();
  SuiteRun r = RunSuite("PETR2_GSR_validation.xml", "", false);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.summary.passed + r.summary.failed, 78u);
  EXPECT_GE(r.summary.passed, 62u)
      << r.summary.passed << " passed, " << r.summary.failed << " failed";
}

}  // namespace
}  // namespace parley::code
