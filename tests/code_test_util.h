// Helpers shared by the coder tests: documents built from compact parses.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "parley/code/event.h"
#include "parley/doc/conllu.h"
#include "parley/doc/document.h"

namespace parley::testing {

// A Document with one sentence per spec; a spec is space-separated words
// "form/lemma/UPOS/head/deprel" (1-based heads, 0 = root).
inline Document DocFromSpecs(const std::vector<std::string>& sentences, const std::string& date) {
  Document doc;
  doc.id = "t";
  doc.date = date;
  for (const std::string& spec : sentences) {
    std::istringstream in(spec);
    std::string tok, block;
    int i = 0;
    while (in >> tok) {
      std::vector<std::string> f;
      std::stringstream ts(tok);
      for (std::string part; std::getline(ts, part, '/');) f.push_back(part);
      EXPECT_TRUE(f.size() == 5u || f.size() == 6u) << tok;
      f.resize(6, "_");  // the sixth field, when given, is FEATS
      block += std::to_string(++i) + "\t" + f[0] + "\t" + f[1] + "\t" + f[2] + "\t_\t" + f[5] +
               "\t" + f[3] + "\t" + f[4] + "\t_\t_\n";
    }
    Status s = append_conllu_sentence(block, "test", 1, " ", &doc);
    EXPECT_TRUE(s.ok()) << s.message();
  }
  return doc;
}

// "SOURCE TARGET CODE" of each event, sorted.
inline std::vector<std::string> SortedTriples(const std::vector<code::Event>& events) {
  std::vector<std::string> out;
  for (const code::Event& e : events) out.push_back(e.source + " " + e.target + " " + e.code);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace parley::testing
