// SentenceFilter / AnalyzeForCoding: parsing only the sentences that can
// change an event gives exactly the events of parsing them all.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "parley/code/coder.h"
#include "parley/code/event.h"
#include "parley/code/sentence_filter.h"
#include "parley/dict/dictionary.h"
#include "parley/doc/conllu.h"
#include "parley/nlp/pipeline.h"
#include "test_util.h"

namespace parley::code {
namespace {

std::shared_ptr<const dict::Dictionaries> Dicts() {
  static std::shared_ptr<const dict::Dictionaries> dicts = [] {
    std::shared_ptr<const dict::Dictionaries> d;
    Status s = dict::Dictionaries::LoadDirectory(dict::DefaultDataDir(), &d);
    EXPECT_TRUE(s.ok()) << s.message();
    return d;
  }();
  return dicts;
}

const nlp::Pipeline& Nlp() {
  static std::unique_ptr<nlp::Pipeline> nlp = [] {
    std::unique_ptr<nlp::Pipeline> p;
    Status s = nlp::Pipeline::Load("", &p);
    EXPECT_TRUE(s.ok()) << s.message();
    return p;
  }();
  return *nlp;
}

Document Text(const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.date = "2024-03-01";
  doc.text = text;
  return doc;
}

std::vector<std::string> Events(const Coder& coder, const Document& doc) {
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(EventToJson(e));
  return out;
}

bool Parsed(const Sentence& s) { return !s.words.empty() && s.words[0].head >= 0; }

// A story analysed twice: every sentence parsed (all), and only those the
// filter says the coder needs (some; `parsed` of them).
struct Analysed {
  Document all, some;
  size_t parsed = 0;
};
Analysed AnalyseBoth(const Coder& coder, const char* story) {
  SentenceFilter filter(coder);
  Analysed a{Text(story), Text(story), 0};
  Nlp().analyze(&a.all);
  a.parsed = AnalyzeForCoding(Nlp(), filter, &a.some);
  return a;
}

// Whether coding doc gives an event `pred` accepts.
template <typename Pred>
bool HasEvent(const Coder& coder, const Document& doc, Pred pred) {
  std::vector<Event> events;
  coder.CodeDocument(doc, &events);
  return std::any_of(events.begin(), events.end(), pred);
}

// Sentence 0 names Russia but has no verb; sentence 1 has neither actor nor
// event verb; sentence 2's "It" is Russia only through coreference.
const char* kCorefStory =
    "Russia, the largest country in the world. The weather was cold and the sky was grey. "
    "It accused Ukraine of shelling the border. Nobody knew why.";

TEST(CodeSentenceFilter, SameEventsAsParsingEverySentenceWithCoreference) {
  Coder coder(Dicts(), CoderOptions());
  Analysed a = AnalyseBoth(coder, kCorefStory);
  const Document& some = a.some;
  ASSERT_EQ(some.sentences.size(), 4u);
  EXPECT_EQ(Events(coder, some), Events(coder, a.all));
  EXPECT_TRUE(HasEvent(coder, some, [](const Event& e) {
    return e.source == "RUS" && e.target == "UKR" && e.source_text == "It";
  })) << "the pronoun must resolve to Russia from sentence 0";
  EXPECT_TRUE(Parsed(some.sentences[0])) << "an earlier actor feeds coreference";
  EXPECT_FALSE(Parsed(some.sentences[1]));
  EXPECT_TRUE(Parsed(some.sentences[2]));
  EXPECT_FALSE(Parsed(some.sentences[3]));
  EXPECT_EQ(a.parsed, 2u);
}

// Sentence 1 names one actor, whose appeal for a ceasefire is made to the
// sides of sentence 0's attack (SentenceCoder::SidesOfLatestFight).
TEST(CodeSentenceFilter, AppealForCalmWithOneActorIsParsed) {
  Coder coder(Dicts(), CoderOptions());
  Analysed a = AnalyseBoth(coder,
                           "Russia attacked Ukraine. Egypt called for an immediate ceasefire. "
                           "Egypt said nothing more.");
  EXPECT_EQ(Events(coder, a.some), Events(coder, a.all));
  EXPECT_TRUE(Parsed(a.some.sentences[1]));
  EXPECT_FALSE(Parsed(a.some.sentences[2]));
  EXPECT_TRUE(HasEvent(coder, a.some, [](const Event& e) {
    return e.source == "EGY" && e.target == "UKR" && e.code == "0256";
  }));
}

TEST(CodeSentenceFilter, ThreatWithOneActorAfterAnAttackIsParsed) {
  Coder coder(Dicts(), CoderOptions());
  Analysed a = AnalyseBoth(coder, "Russia struck Kyiv overnight. Ukraine vowed to retaliate.");
  EXPECT_EQ(Events(coder, a.some), Events(coder, a.all));
  EXPECT_TRUE(Parsed(a.some.sentences[1]));
  EXPECT_TRUE(HasEvent(coder, a.some, [](const Event& e) {
    return e.source == "UKR" && e.target == "RUS" && e.code.compare(0, 2, "13") == 0;
  }));
}

// "They" after conjoined subjects stands for both: sentence 1 names no
// actor of its own, yet yields two events.
TEST(CodeSentenceFilter, TheyAfterConjoinedSubjectsIsParsed) {
  Coder coder(Dicts(), CoderOptions());
  Analysed a =
      AnalyseBoth(coder, "Russia and China held talks in Beijing. They signed a trade agreement.");
  EXPECT_EQ(Events(coder, a.some), Events(coder, a.all));
  EXPECT_TRUE(Parsed(a.some.sentences[1]));
  EXPECT_TRUE(HasEvent(coder, a.some, [](const Event& e) {
    return e.sentence_index == 1 && e.source == "RUS" && e.target == "CHN" && e.code == "057";
  }));
}

TEST(CodeSentenceFilter, OwnerOfRejectedWordsIsAnEarlierSentencesActor) {
  // Sentence 1 names one actor; "his" owns the remarks it rejects.
  const char* story = "Germany's chancellor criticised Beijing. China rejected his remarks.";
  Coder coder(Dicts(), CoderOptions());
  Analysed a = AnalyseBoth(coder, story);
  ASSERT_EQ(a.some.sentences.size(), 2u);
  EXPECT_TRUE(Parsed(a.some.sentences[1]));
  EXPECT_EQ(Events(coder, a.some), Events(coder, a.all));
  EXPECT_TRUE(HasEvent(coder, a.some, [](const Event& e) {
    return e.source == "CHN" && e.target == "DEUGOV" && e.code == "120";
  }));
}

TEST(CodeSentenceFilter, SurnameAloneNamesThePersonNamedEarlierInFull) {
  // Sentence 2's "Austin" is Lloyd Austin of sentence 0 (no dictionary entry
  // of its own), so sentence 2 names two actors and is parsed, and so is
  // sentence 0, which the coder must see to know the name.
  const char* story =
      "Defense Secretary Lloyd Austin spoke on Monday. The weather was cold. "
      "Austin met Zelensky in Kyiv.";
  Coder coder(Dicts(), CoderOptions());
  Analysed a = AnalyseBoth(coder, story);
  ASSERT_EQ(a.some.sentences.size(), 3u);
  EXPECT_TRUE(Parsed(a.some.sentences[0]));
  EXPECT_FALSE(Parsed(a.some.sentences[1]));
  EXPECT_TRUE(Parsed(a.some.sentences[2]));
  EXPECT_EQ(Events(coder, a.some), Events(coder, a.all));
  EXPECT_TRUE(HasEvent(coder, a.some, [](const Event& e) {
    return e.source.rfind("USA", 0) == 0 && e.target == "UKRGOV" && e.code == "040" &&
           e.source_text == "Austin";
  }));
}

TEST(CodeSentenceFilter, WithoutCoreferenceActorOnlySentencesAreSkipped) {
  CoderOptions opt;
  opt.coreference = false;
  Coder coder(Dicts(), opt);
  Analysed a = AnalyseBoth(coder, kCorefStory);
  EXPECT_EQ(Events(coder, a.some), Events(coder, a.all));
  EXPECT_FALSE(Parsed(a.some.sentences[0]));
}

TEST(CodeSentenceFilter, StoryWithoutAnyEventParsesNothing) {
  Coder coder(Dicts(), CoderOptions());
  SentenceFilter filter(coder);
  Document doc = Text("The weather was cold. Nobody knew why. Russia, a big country.");
  EXPECT_EQ(AnalyzeForCoding(Nlp(), filter, &doc), 0u);
  EXPECT_EQ(doc.sentences.size(), 3u);
  EXPECT_TRUE(Events(coder, doc).empty());
}

// "take" codes only inside longer patterns ("take control"): a sentence
// with two actors whose only dictionary verb finds none of its patterns'
// words is not parsed.
TEST(CodeSentenceFilter, VerbWithoutCodeOrMatchablePatternIsNoPredicate) {
  Coder coder(Dicts(), CoderOptions());
  SentenceFilter filter(coder);
  for (const char* text :
       {"Russia took photographs of Ukraine.", "Russia took control of Ukraine."}) {
    Document some = Text(text), all = Text(text);
    Nlp().analyze(&all);
    const bool pattern_words = std::string(text).find("control") != std::string::npos;
    EXPECT_EQ(AnalyzeForCoding(Nlp(), filter, &some), pattern_words ? 1u : 0u) << text;
    EXPECT_EQ(Events(coder, some), Events(coder, all)) << text;
    EXPECT_EQ(Events(coder, all).empty(), !pattern_words) << text;
  }
}

TEST(CodeSentenceFilter, NeededRule) {
  using F = SentenceFilter::Flags;
  std::vector<char> needed;
  // names, nothing, event, names-after-the-last-event, discard
  SentenceFilter::Needed({F{false, true, false}, F{}, F{true, true, false}, F{false, true, false},
                          F{false, false, true}},
                         &needed);
  EXPECT_EQ(needed, (std::vector<char>{1, 0, 1, 0, 1}));
  // No event anywhere: a discard or an actor changes nothing.
  SentenceFilter::Needed({F{false, true, true}, F{false, false, true}}, &needed);
  EXPECT_EQ(needed, (std::vector<char>{0, 0}));
  // An event only through a pronoun needs a name in an earlier sentence:
  // none before the first, the named sentence 2 before the last.
  F pronoun_event{true, true, false, true};
  SentenceFilter::Needed({pronoun_event, F{}, F{false, true, false}, pronoun_event}, &needed);
  EXPECT_EQ(needed, (std::vector<char>{0, 0, 1, 1}));
  SentenceFilter::Needed({pronoun_event, F{false, true, false}}, &needed);
  EXPECT_EQ(needed, (std::vector<char>{0, 0}));
}

TEST(CodeSentenceFilter, PronounBeforeAnyNameIsNotParsed) {
  Coder coder(Dicts(), CoderOptions());
  Analysed a =
      AnalyseBoth(coder, "They accused him of shelling the border. Russia, the largest country.");
  EXPECT_EQ(a.parsed, 0u);
  EXPECT_EQ(Events(coder, a.some), Events(coder, a.all));
}

// EWT dev as raw text (each document's text, tokenized afresh), with
// parley's dictionaries and PETRARCH's Phoenix set: byte-identical events.
TEST(EvalCodeSentenceFilter, EwtDevRawTextSameEvents) {
  PARLEY_REQUIRE_SHARED();
  std::string conllu = parley::testing::shared_dir() + "/data/ud-english-ewt/dev.conllu";
  std::ifstream f(conllu);
  ConlluReader reader(&f, conllu);
  std::vector<Document> docs;
  Status err;
  for (Document d; reader.next(&d, &err);) docs.push_back(Text(d.text));
  ASSERT_GT(docs.size(), 100u);
  std::shared_ptr<const dict::Dictionaries> phoenix;
  ASSERT_TRUE(dict::Dictionaries::LoadDirectory(
                  parley::testing::shared_dir() + "/data/petrarch/dictionaries", &phoenix)
                  .ok());
  for (const auto& dicts : {Dicts(), phoenix}) {
    Coder coder(dicts, CoderOptions());
    SentenceFilter filter(coder);
    size_t sentences = 0, parsed = 0, events = 0;
    for (const Document& doc : docs) {
      Document all = doc, some = doc;
      Nlp().analyze(&all);
      parsed += AnalyzeForCoding(Nlp(), filter, &some);
      sentences += all.sentences.size();
      std::vector<std::string> expected = Events(coder, all);
      events += expected.size();
      ASSERT_EQ(Events(coder, some), expected) << doc.text;
    }
    EXPECT_GT(events, 0u);
    EXPECT_LT(parsed, sentences);
  }
}

}  // namespace
}  // namespace parley::code
