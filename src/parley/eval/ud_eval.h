// CoNLL 2018 shared-task evaluation of UD annotation (the metrics of the
// official conll18_ud_eval.py, reimplemented).
//
// Gold and system documents are compared as two whole corpora: the tokens of
// every document, in order, are concatenated with white space removed, and
// the two character streams must be identical. Tokens and sentences are then
// scored by exact character spans; words are aligned by span, and inside
// multiword tokens by the longest common subsequence of (lowercased) forms,
// exactly as the official script does. Tag and parse metrics are counted over
// aligned words: UPOS, XPOS, UFeats (universal features only), AllTags,
// Lemmas, UAS and LAS (LAS compares the universal part of the relation,
// "nsubj:pass" -> "nsubj", as the official script does).
//
// Usage:
//   std::vector<Document> gold, system;
//   int skipped;
//   Status s = read_gold(path, &gold, &skipped);  // CoNLL-U, or *.xml: PETRARCH parses
//   make_system_documents(gold, /*raw=*/true, analyze, &system);  // runs the pipeline
//   UdScores scores;
//   s = evaluate(gold, system, &scores);
//   std::cout << scores.ToTable();   // or scores.ToJson()
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "parley/doc/document.h"
#include "parley/util/status.h"

namespace parley {

// One metric: counts and the derived percentages.
struct UdScore {
  int64_t gold = 0;     // gold units (tokens, sentences or words)
  int64_t system = 0;   // system units
  int64_t correct = 0;  // units counted correct
  int64_t aligned = 0;  // aligned words (for word-level metrics), else = correct
  double precision() const { return system ? 100.0 * correct / system : 0.0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0.0; }
  double f1() const { return gold + system ? 200.0 * correct / (gold + system) : 0.0; }
  double aligned_accuracy() const { return aligned ? 100.0 * correct / aligned : 0.0; }
};

struct UdScores {
  UdScore tokens, sentences, words;
  UdScore upos, xpos, ufeats, alltags, lemmas, uas, las;
  // Which groups the system annotated (any word with a UPOS / lemma / head).
  // Metrics of groups the system did not fill are left out of the output.
  bool has_tags = false;
  bool has_lemmas = false;
  bool has_parse = false;

  // The conll18_ud_eval.py style table: Metric | Precision | Recall | F1 Score | AligndAcc.
  std::string ToTable() const;
  // One JSON object {"Tokens": F1, "Sentences": F1, "Words": F1, ["UPOS": ...]} of F1 percentages.
  std::string ToJson() const;
};

// Scores `system` against `gold`. Both lists hold the same texts in the same
// order (the system documents are normally made by make_system_documents).
// Fails when the non-white-space characters of the two tokenizations differ.
Status evaluate(const std::vector<Document>& gold, const std::vector<Document>& system,
                UdScores* scores);

// Reads every document of a CoNLL-U file (split at "# newdoc"; "# newpar"
// becomes a blank line in the rebuilt text). Fails on unreadable or malformed
// input, naming the file and line.
Status read_gold_conllu(const std::string& path, std::vector<Document>* gold);

// Reads the <Parse> blocks of a PETRARCH validation file (see
// parley/code/validation_suite.h) as gold: one document per <Sentence> record
// (id = the record's id) holding its parse as one sentence, whose text is
// rebuilt from the forms as for CoNLL-U (the record's <Text> is not used: it
// was edited after parsing in some records and no longer matches the forms).
// The parses are UDPipe 2.0's, with UD v1 labels; UPOS CONJ becomes v2's
// CCONJ, nothing else is mapped. Records without a <Parse> are skipped and
// counted in *skipped. Fails, naming the file, when it cannot be read, holds
// no <Sentence> record with a parse, or a parse is not valid CoNLL-U
// (path:line).
Status read_gold_validation_xml(const std::string& path, std::vector<Document>* gold, int* skipped);

// read_gold_validation_xml for a path ending in ".xml" (any case), else
// read_gold_conllu (*skipped = 0).
Status read_gold(const std::string& path, std::vector<Document>* gold, int* skipped);

// The analysis step run on each system document: tokenizer (for raw text),
// tagger, lemmatizer, parser. It annotates the Document in place.
using Analyzer = std::function<void(Document*)>;

// Builds the system documents from the gold ones and runs `analyze` on each.
// raw = true: only id, text and no_code are kept (the pipeline must tokenize).
// raw = false: gold sentences, tokens and word forms are kept, every tag,
// lemma, head and relation is cleared (the pipeline tags and parses).
// `analyze` may be empty (nothing is run).
void make_system_documents(const std::vector<Document>& gold, bool raw, const Analyzer& analyze,
                           std::vector<Document>* system);

}  // namespace parley
