#include "parley/nlp/pipeline.h"

#include "parley/nlp/tokenizer.h"

namespace parley::nlp {

Status Pipeline::Load(const std::string& path, std::unique_ptr<Pipeline>* out) {
  std::unique_ptr<Model> model;
  Status s = Model::Load(path.empty() ? Model::DefaultPath() : path, &model);
  if (!s.ok()) return s;
  *out = std::make_unique<Pipeline>(std::shared_ptr<const Model>(std::move(model)));
  return Status::OK();
}

void Pipeline::analyze(Document* doc) const {
  if (doc->sentences.empty() && !doc->text.empty()) tokenize(doc);
  for (Sentence& s : doc->sentences) analyze_sentence(&s);
}

namespace {

// Splits "UPOS\tXPOS".
void split_tag(const std::string& tag, std::string* upos, std::string* xpos) {
  size_t tab = tag.find('\t');
  if (tab == std::string::npos) {
    *upos = tag;
    *xpos = tag;
  } else {
    upos->assign(tag, 0, tab);
    xpos->assign(tag, tab + 1);
  }
}

}  // namespace

void Pipeline::analyze_sentence(Sentence* sentence) const {
  thread_local std::vector<int> tags;  // reused from sentence to sentence
  tag_sentence(sentence, &tags);
  parse_sentence(sentence, tags);
}

namespace {

// The word forms of a sentence as views, in a per-thread buffer.
const std::vector<std::string_view>& forms_of(const Sentence& sentence) {
  thread_local std::vector<std::string_view> forms;
  forms.resize(sentence.words.size());
  for (size_t i = 0; i < forms.size(); ++i) forms[i] = sentence.words[i].form;
  return forms;
}

// "'s" / "'d" as "have" need the next word that is not an adverb (see
// Lemmatizer::contracted_have).
void mark_contracted_have(std::vector<Word>* words) {
  for (size_t i = 0; i + 1 < words->size(); ++i) {
    Word& w = (*words)[i];
    if (w.lemma != "be" && w.lemma != "would") continue;
    size_t next = i + 1;
    while (next + 1 < words->size() && (*words)[next].xpos == "RB") ++next;
    if (Lemmatizer::contracted_have(w.form, (*words)[next].form)) w.lemma = "have";
  }
}

}  // namespace

void Pipeline::tag_sentence(Sentence* sentence, std::vector<int>* tags) const {
  std::vector<Word>& words = sentence->words;
  tags->clear();
  if (words.empty()) return;
  model_->tagger.tag(forms_of(*sentence), tags);
  const auto& tag_names = model_->tagger.tags();
  for (size_t i = 0; i < words.size(); ++i) {
    Word& w = words[i];
    split_tag(tag_names[(*tags)[i]], &w.upos, &w.xpos);
    model_->lemmatizer.annotate(w.form, (*tags)[i], &w.lemma, &w.feats);
  }
  mark_contracted_have(&words);
}

void Pipeline::parse_sentence(Sentence* sentence, const std::vector<int>& tags) const {
  std::vector<Word>& words = sentence->words;
  if (words.empty()) return;
  thread_local std::vector<int> heads, labels;
  model_->parser.parse(forms_of(*sentence), tags, &heads, &labels);
  const auto& label_names = model_->parser.labels();
  for (size_t i = 0; i < words.size(); ++i) {
    words[i].head = heads[i];
    words[i].deprel = label_names[labels[i]];
  }
}

}  // namespace parley::nlp
