// English tokenizer and sentence splitter following the conventions of the
// UD English Web Treebank (EWT):
//   - multiword tokens for clitics: "don't" is one token with the words
//     "do" + "n't", "Russia's" is one token with "Russia" + "'s", "cannot" is
//     "can" + "not", "gonna" is "gon" + "na";
//   - hyphens split compounds ("al-Ani" -> "al" "-" "Ani") as EWT does;
//   - numbers ("1,000", "3.5", "10:30"), abbreviations ("U.S.", "Gen."),
//     initials, URLs, e-mail addresses and hashtags stay whole;
//   - punctuation, quotes (ASCII and Unicode), ellipses and dashes are tokens.
// Sentences end at final punctuation (unless an abbreviation or an initial
// ends there), after closing quotes and brackets that follow it, at blank
// lines (always), and at line breaks after headlines and datelines.
//
// The tokenizer is one pass over the bytes, with no regular expressions and
// no allocation per character; it never fails: any byte string (even invalid
// UTF-8) gives tokens whose offsets lie inside the text.
#pragma once

#include "parley/doc/document.h"

namespace parley {

// Replaces doc->sentences with the sentences, tokens and words of doc->text.
// Every Token and Word gets byte offsets [start, end) into doc->text and
// Word::form = the covered text (for the words of a multiword token, the part
// of the token it stands for). Sentences that overlap a doc->no_code span get
// codable = false. White space is never part of a token.
void tokenize(Document* doc);

}  // namespace parley
