// Pipeline: the whole English analysis of a Document, with one loaded model.
//
//   std::unique_ptr<parley::nlp::Pipeline> nlp;
//   parley::Status s = parley::nlp::Pipeline::Load("", &nlp);  // "" = default model
//   nlp->analyze(&doc);  // tokenize when doc has no sentences, then tag,
//                        // lemmatize and parse every sentence, then make
//                        // the name / noun tags of a form agree in the doc
//
// Each Word gets upos, xpos, feats, lemma, head (1-based, 0 = root) and
// deprel (UD relation with English subtypes). Sentences that already have
// words (e.g. CoNLL-U input) keep their tokenization.
//
// Thread safety: analyze() is const and keeps no state between calls, so one
// Pipeline may serve many threads, each with its own Documents.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parley/doc/document.h"
#include "parley/nlp/model.h"
#include "parley/nlp/parser.h"
#include "parley/util/status.h"

namespace parley::nlp {

class Pipeline {
 public:
  // Loads the model at `path`, or Model::DefaultPath() when path is empty.
  static Status Load(const std::string& path, std::unique_ptr<Pipeline>* out);
  // Wraps a model already in memory (training, tests).
  explicit Pipeline(std::shared_ptr<const Model> model);

  void analyze(Document* doc) const;
  // Tags, lemmatizes and parses the words of one sentence: tag_sentence,
  // then parse_sentence.
  void analyze_sentence(Sentence* sentence) const;
  // The first half: upos, xpos, lemma and feats of every word; *tags gets
  // the tagger's tag ids, which parse_sentence needs. Heads and relations
  // are left as they are (callers that parse only some sentences, such as
  // the coder's sentence filter, tag first and decide later).
  void tag_sentence(Sentence* sentence, std::vector<int>* tags) const;
  // The second half: head and deprel of every word, from the tag ids that
  // tag_sentence gave for this sentence.
  void parse_sentence(Sentence* sentence, const std::vector<int>& tags) const;

  // The last step of analyze(), once every sentence is tagged: a word with
  // capitals tagged as a name (PROPN NNP/NNPS) while two or more other
  // occurrences of the same form in the document are tagged as common nouns
  // (NOUN NN/NNS) and none as names takes the common-noun tag, its lemma
  // (lower case in UD English) and features; likewise the reverse.
  // Occurrences that start a sentence do not count (capitalized there
  // anyway). The tagger sees one sentence at a time: "Cat" of a title is
  // tagged one way in one sentence and the other way in three others. Heads
  // and relations stay as parsed.
  void agree_name_tags(Document* doc) const;

  const Model& model() const { return *model_; }
  // How parse_sentence (and so analyze) searches for each parse: greedy by
  // default (Parser::parse; a beam of 4 is more accurate and parses at about
  // half the speed). Set before the Pipeline is shared between threads.
  void set_parse_search(const ParseSearch& search) { search_ = search; }
  const ParseSearch& parse_search() const { return search_; }

 private:
  // "Kenyan police shot(NN) dead two protesters.": in a verbless sentence,
  // a noun training saw as a past form, between a noun and a phrase, is
  // that past tense (tag_sentence's last step).
  void retag_past_noun(std::vector<Word>* words, std::vector<int>* tags) const;
  // "Soldiers in Guinea(NN)-Bissau seized power": the capitalized words a
  // glued hyphen joins, one of them a proper noun, are one name (NNP, and
  // the hyphen HYPH).
  void retag_hyphenated_name(std::vector<Word>* words, std::vector<int>* tags) const;
  // "..., which Kabul denies(NNS).", "a charge Kabul denies(NNS)": an "-s"
  // noun after "which", "that" or a claim noun and a name, ending the
  // clause, that training saw as a present verb is that present tense.
  void retag_relative_present(std::vector<Word>* words, std::vector<int>* tags) const;
  // "Human Rights Watch(WDT) called on Egypt": a title-case word inside the
  // sentence tagged as a function word (pronoun, determiner, preposition,
  // conjunction, auxiliary, particle) that training never saw with that tag
  // is a name (NNP).
  void retag_unseen_function_word(std::vector<Word>* words, std::vector<int>* tags) const;
  // Gives *w the tag `id` (*tag = id) with that tag's UPOS, XPOS, lemma and
  // features: the retag steps' one way to change a word's tag.
  void retag(Word* w, int* tag, int id) const;
  std::shared_ptr<const Model> model_;
  ParseSearch search_;
  int past_tag_ = -1;        // the tag id of "VERB<TAB>VBD", or -1
  int participle_tag_ = -1;  // of "VERB<TAB>VBN"
  int present_tag_ = -1;     // of "VERB<TAB>VBZ"
  int base_tag_ = -1;        // of "VERB<TAB>VB"
  int name_tag_ = -1;        // of "PROPN<TAB>NNP"
  int hyphen_tag_ = -1;      // of "PUNCT<TAB>HYPH"
  int noun_tag_ = -1;        // of "NOUN<TAB>NN"
};

}  // namespace parley::nlp
