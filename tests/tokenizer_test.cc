#include "parley/nlp/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace parley {
namespace {

Document Tokenized(const std::string& text) {
  Document doc;
  doc.text = text;
  tokenize(&doc);
  return doc;
}

// Every token of the text, as one space-separated string.
std::string Tokens(const std::string& text) {
  Document doc = Tokenized(text);
  std::string out;
  for (const Sentence& s : doc.sentences) {
    for (const Token& t : s.tokens) {
      if (!out.empty()) out.push_back(' ');
      out.append(doc.slice(t.start, t.end));
    }
  }
  return out;
}

// Every word (multiword tokens split), as one space-separated string.
std::string Words(const std::string& text) {
  Document doc = Tokenized(text);
  std::string out;
  for (const Sentence& s : doc.sentences) {
    for (const Word& w : s.words) {
      if (!out.empty()) out.push_back(' ');
      out.append(w.form);
    }
  }
  return out;
}

// The sentences, each as its tokens joined by spaces.
std::vector<std::string> Sentences(const std::string& text) {
  Document doc = Tokenized(text);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) {
    std::string line;
    for (const Token& t : s.tokens) {
      if (!line.empty()) line.push_back(' ');
      line.append(doc.slice(t.start, t.end));
    }
    out.push_back(line);
  }
  return out;
}

// Offsets: sentences, tokens and words lie inside the text, in order, words
// inside their token, no token holds white space, Word::form = covered text.
void ExpectConsistent(const Document& doc) {
  uint32_t last_end = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_FALSE(s.tokens.empty());
    EXPECT_LE(last_end, s.start);
    EXPECT_EQ(s.start, s.tokens.front().start);
    EXPECT_EQ(s.end, s.tokens.back().end);
    uint32_t word = 0;
    for (const Token& t : s.tokens) {
      ASSERT_LT(t.start, t.end);
      ASSERT_LE(t.end, doc.text.size());
      EXPECT_LE(last_end, t.start);
      EXPECT_EQ(t.first_word, word);
      ASSERT_GE(t.word_count, 1u);
      uint32_t pos = t.start;
      for (uint32_t k = 0; k < t.word_count; ++k) {
        const Word& w = s.words[word + k];
        EXPECT_EQ(w.start, pos);
        EXPECT_LT(w.start, w.end);
        EXPECT_EQ(w.form, std::string(doc.slice(w.start, w.end)));
        pos = w.end;
      }
      EXPECT_EQ(pos, t.end);
      for (char c : doc.slice(t.start, t.end)) {
        EXPECT_NE(c, ' ');
        EXPECT_NE(c, '\n');
      }
      word += t.word_count;
      last_end = t.end;
    }
    EXPECT_EQ(word, s.words.size());
  }
}

TEST(Tokenizer, ContractionsAreMultiwordTokens) {
  EXPECT_EQ(Tokens("I don't know."), "I don't know .");
  EXPECT_EQ(Words("I don't know."), "I do n't know .");
  EXPECT_EQ(Words("We can't, won't, cannot."), "We ca n't , wo n't , can not .");
  EXPECT_EQ(Words("I'm sure you're right and they've said we'll go; I'd go."),
            "I 'm sure you 're right and they 've said we 'll go ; I 'd go .");
  EXPECT_EQ(Words("It’s gonna rain, I dunno."), "It ’s gon na rain , I du n no .");
  Document doc = Tokenized("I don't know.");
  ASSERT_EQ(doc.sentences.size(), 1u);
  const Token& t = doc.sentences[0].tokens[1];
  EXPECT_EQ(t.word_count, 2u);
  EXPECT_EQ(doc.slice(t.start, t.end), "don't");
}

TEST(Tokenizer, PossessivesAreMultiwordTokensAsInEwt) {
  // EWT v2.15 writes "Russia's" as one token of two words, "Russia" + "'s".
  EXPECT_EQ(Tokens("Russia's army"), "Russia's army");
  EXPECT_EQ(Words("Russia's army"), "Russia 's army");
  EXPECT_EQ(Words("the parents' car"), "the parents ' car");
  EXPECT_EQ(Words("O'Brien left"), "O'Brien left");
  // A closing single quote is not a possessive.
  EXPECT_EQ(Words("he said 'yes' twice"), "he said ' yes ' twice");
}

TEST(Tokenizer, PunctuationAndQuotes) {
  EXPECT_EQ(Tokens("He said, \"Stop (now)!\""), "He said , \" Stop ( now ) ! \"");
  EXPECT_EQ(Tokens("“Hello,” she said; ‘fine’."), "“ Hello , ” she said ; ‘ fine ’ .");
  EXPECT_EQ(Tokens("Really?! Yes!!! ``quoted''"), "Really ?! Yes !!! `` quoted ''");
  EXPECT_EQ(Tokens("«Oui» dit-il"), "« Oui » dit - il");
}

TEST(Tokenizer, HyphensFollowEwt) {
  EXPECT_EQ(Tokens("al-Qaeda so-called long-term"), "al - Qaeda so - called long - term");
  EXPECT_EQ(Tokens("e-mail non-violent anti-war re-election"),
            "e-mail non-violent anti-war re-election");
  EXPECT_EQ(Tokens("state-of-the-art"), "state - of - the - art");
}

TEST(Tokenizer, Numbers) {
  EXPECT_EQ(Tokens("1,000 people, 3.5 percent at 10:30 on 9/11/2001."),
            "1,000 people , 3.5 percent at 10:30 on 9/11/2001 .");
  EXPECT_EQ(Tokens("$5,000 or 50% in the 1980s, 3rd"), "$ 5,000 or 50 % in the 1980s , 3rd");
  EXPECT_EQ(Tokens("at 11:30am for $3M"), "at 11:30 am for $ 3 M");
  EXPECT_EQ(Tokens("call 713-654-0365 for 1969-1970"), "call 713-654-0365 for 1969 - 1970");
}

TEST(Tokenizer, AbbreviationsAndInitials) {
  EXPECT_EQ(Tokens("The U.S. and Gen. Smith met on Sept. 5, e.g. here."),
            "The U.S. and Gen. Smith met on Sept. 5 , e.g. here .");
  EXPECT_EQ(Tokens("J. R. R. Tolkien wrote"), "J. R. R. Tolkien wrote");
  EXPECT_EQ(Tokens("Mr. Smith vs. Dr. Jones"), "Mr. Smith vs. Dr. Jones");
  // At the end of a sentence the period is a token of its own, as in EWT.
  EXPECT_EQ(Sentences("We bought pens, paper, etc. Then we left."),
            (std::vector<std::string>{"We bought pens , paper , etc .", "Then we left ."}));
}

TEST(Tokenizer, UrlsEmailsHashtagsStayWhole) {
  EXPECT_EQ(Tokens("See http://example.com/a?b=c&d=e."), "See http://example.com/a?b=c&d=e .");
  EXPECT_EQ(Tokens("(www.bbc.co.uk)"), "( www.bbc.co.uk )");
  EXPECT_EQ(Tokens("Mail john.doe@example.com, now"), "Mail john.doe@example.com , now");
  EXPECT_EQ(Tokens("#Kabul and @parley"), "#Kabul and @parley");
  EXPECT_EQ(Tokens("open report.pdf"), "open report.pdf");
}

TEST(Tokenizer, EllipsesAndDashes) {
  EXPECT_EQ(Tokens("Wait... what -- no — yes… ok"), "Wait ... what -- no — yes … ok");
  EXPECT_EQ(Tokens("folks--there"), "folks -- there");
  EXPECT_EQ(Tokens("smile :) and :-("), "smile :) and :-(");
}

TEST(Splitter, FinalPunctuationAndQuotes) {
  EXPECT_EQ(Sentences("It rained. We left! Did you? Yes."),
            (std::vector<std::string>{"It rained .", "We left !", "Did you ?", "Yes ."}));
  // The closing quote belongs to the sentence it closes.
  EXPECT_EQ(Sentences("He said \"Stop.\" Then he left."),
            (std::vector<std::string>{"He said \" Stop . \"", "Then he left ."}));
  EXPECT_EQ(Sentences("(It was fine.) Next one."),
            (std::vector<std::string>{"( It was fine . )", "Next one ."}));
}

TEST(Splitter, AbbreviationsAndInitialsDoNotSplit) {
  EXPECT_EQ(
      Sentences("Mr. Smith met Gen. Jones in Washington. They talked."),
      (std::vector<std::string>{"Mr. Smith met Gen. Jones in Washington .", "They talked ."}));
  EXPECT_EQ(Sentences("The author J. K. Rowling spoke."),
            (std::vector<std::string>{"The author J. K. Rowling spoke ."}));
  EXPECT_EQ(Sentences("The U.S. Army arrived."),
            (std::vector<std::string>{"The U.S. Army arrived ."}));
}

TEST(Splitter, ParagraphsHeadlinesAndDatelines) {
  // A blank line always ends a sentence.
  EXPECT_EQ(Sentences("no final punctuation here\n\nand a new paragraph"),
            (std::vector<std::string>{"no final punctuation here", "and a new paragraph"}));
  // A short line without final punctuation before a capitalized line: a headline.
  EXPECT_EQ(Sentences("Taliban agree to talks\nThe talks began in Doha. They ended."),
            (std::vector<std::string>{"Taliban agree to talks", "The talks began in Doha .",
                                      "They ended ."}));
  EXPECT_EQ(Sentences("KABUL, Afghanistan\nThe Taliban said on Monday that talks would begin."),
            (std::vector<std::string>{"KABUL , Afghanistan",
                                      "The Taliban said on Monday that talks would begin ."}));
  // A long line wrapped in the middle of a sentence is not split.
  EXPECT_EQ(Sentences("The delegations of both sides met for several hours on Monday in the\n"
                      "capital and agreed to meet again."),
            (std::vector<std::string>{"The delegations of both sides met for several hours on "
                                      "Monday in the capital and agreed to meet again ."}));
}

TEST(Tokenizer, OffsetsPointAtTheRightBytes) {
  const std::string text =
      "  “Don’t go,” said Gen. Smith’s aide at 10:30 a.m.\n\nKABUL — The U.S. army's e-mail "
      "(john@example.com) said: http://x.org/a... Ça va? Non!  \n";
  Document doc = Tokenized(text);
  ExpectConsistent(doc);
  EXPECT_GE(doc.sentences.size(), 3u);
  for (const Sentence& s : doc.sentences) EXPECT_TRUE(s.codable);
}

TEST(Tokenizer, NoCodeSpansMakeSentencesUncodable) {
  Document doc;
  doc.text = "By Jane Doe\n\nThe talks began. They ended.";
  doc.no_code.push_back({0, 11});
  tokenize(&doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_FALSE(doc.sentences[0].codable);
  EXPECT_TRUE(doc.sentences[1].codable);
  EXPECT_TRUE(doc.sentences[2].codable);
}

TEST(Tokenizer, EmptyBlankAndOddInput) {
  EXPECT_TRUE(Tokenized("").sentences.empty());
  EXPECT_TRUE(Tokenized(" \n\t\n ").sentences.empty());
  // Invalid UTF-8, NUL and control bytes: no crash, offsets consistent.
  static const char kOdd[] =
      "a\xff\xfe b\0c \xe2\x80 d\xf0\x9f\x98\x80"
      "e. \x01\x02 ok";
  std::string odd(kOdd, sizeof kOdd - 1);
  Document doc = Tokenized(odd);
  ExpectConsistent(doc);
  // Re-tokenizing replaces earlier sentences.
  tokenize(&doc);
  ExpectConsistent(doc);
}

// The scanner looks at 16 bytes at a time where it can: words, chunks and
// the '.', ':' and '@' that make URLs and e-mail addresses must come out the
// same wherever they fall against those blocks, and at the end of the text.
TEST(Tokenizer, LongRunsAndBlockEdges) {
  const std::string word = "Anotherveryveryverylongwordthatgoesonandon";
  EXPECT_EQ(Tokens(word + ", yes."), word + " , yes .");
  EXPECT_EQ(Tokens(word), word);
  for (size_t pad = 0; pad < 20; ++pad) {
    const std::string lead(pad, 'x');
    EXPECT_EQ(
        Tokens(lead + " (see:https://www.example.org/a/long/path/index.html)."),
        (pad ? lead + " " : "") + "( see : https://www.example.org/a/long/path/index.html ) .")
        << pad;
    EXPECT_EQ(Tokens(lead + " mail first.last@example-company.com today"),
              (pad ? lead + " " : "") + "mail first.last@example-company.com today")
        << pad;
    EXPECT_EQ(Tokens(lead + " at 10:30am ok"), (pad ? lead + " " : "") + "at 10:30 am ok") << pad;
  }
  EXPECT_EQ(Words("We cannot stay, you dont know. Isnt it CANNOT"),
            "We can not stay , you do nt know . Is nt it CAN NOT");
  EXPECT_EQ(Words("élan vital, Zürich’s café… naïveté"), "élan vital , Zürich ’s café … naïveté");
  // A hashtag that runs into a URL stops where the URL starts.
  EXPECT_EQ(Words("Tag #http://example.com/x and more."), "Tag # http://example.com/x and more .");
  EXPECT_EQ(Words("(http://example.com/x)"), "( http://example.com/x )");
  Document doc = Tokenized("Tag #http://example.com/x and more.");
  ExpectConsistent(doc);
}

TEST(Tokenizer, SpaceAfter) {
  Document doc = Tokenized("Hi, you.");
  ASSERT_EQ(doc.sentences.size(), 1u);
  const auto& t = doc.sentences[0].tokens;
  ASSERT_EQ(t.size(), 4u);
  EXPECT_FALSE(t[0].space_after);  // "Hi" ","
  EXPECT_TRUE(t[1].space_after);
  EXPECT_FALSE(t[2].space_after);  // "you" "."
}

}  // namespace
}  // namespace parley
