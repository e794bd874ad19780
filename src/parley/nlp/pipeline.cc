#include "parley/nlp/pipeline.h"

#include <cctype>
#include <string_view>
#include <unordered_map>
#include <utility>

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
  agree_name_tags(doc);
}

namespace {

// Past forms of irregular verbs that UD English EWT's training part lacks or
// the learned suffix scripts get wrong ("fled" -> "fl"), as lower-case form
// -> lemma; written for parley. Only forms that are verbs whatever the
// context ("slew", "fed" and "bore" are also nouns or names, and stay out).
std::string_view IrregularPastLemma(std::string_view lower) {
  static const std::pair<std::string_view, std::string_view> kForms[] = {
      {"fled", "flee"},
      {"froze", "freeze"},
      {"swore", "swear"},
      {"sworn", "swear"},
      {"shook", "shake"},
      {"overthrew", "overthrow"},
      {"overthrown", "overthrow"},
      {"forbade", "forbid"},
      {"bled", "bleed"},
      {"dug", "dig"},
      {"sank", "sink"},
      {"shrank", "shrink"},
      {"slid", "slide"},
      {"sped", "speed"},
      {"spun", "spin"},
      {"stung", "sting"},
      {"strove", "strive"},
      {"trod", "tread"},
      {"undertook", "undertake"},
      {"upheld", "uphold"},
      {"wrung", "wring"},
      {"mistook", "mistake"},
      {"oversaw", "oversee"},
      {"overran", "overrun"},
      {"withheld", "withhold"},
      {"beheld", "behold"},
      {"forsook", "forsake"},
      {"foresaw", "foresee"},
      {"outdid", "outdo"},
      {"overcame", "overcome"},
      {"overtook", "overtake"},
      {"rebuilt", "rebuild"},
      {"stricken", "strike"},
      {"retook", "retake"},
      {"shot", "shoot"},
      {"struck", "strike"},
      {"withdrew", "withdraw"},
      {"lent", "lend"},
      {"wept", "weep"},
      {"misled", "mislead"},
      {"forgave", "forgive"},
      {"wove", "weave"},
      {"slung", "sling"},
      {"flung", "fling"},
      {"swam", "swim"},
      {"sunk", "sink"},
      {"sprung", "spring"},
      {"slain", "slay"},
      {"shrank", "shrink"},
      {"shrunk", "shrink"},
      {"overrode", "override"},
      {"overridden", "override"}};
  for (const auto& [form, lemma] : kForms)
    if (form == lower) return lemma;
  return {};
}

// Whether `lemma` is `form` in lower case (ASCII).
bool is_lowered_form(std::string_view lemma, std::string_view form) {
  if (lemma.size() != form.size()) return false;
  for (size_t i = 0; i < form.size(); ++i)
    if (lemma[i] != std::tolower(static_cast<unsigned char>(form[i]))) return false;
  return true;
}

// How many other capitalized occurrences of a form in a document, all with
// the other of the name / common-noun tags and none with this one, overrule
// the tagger on one occurrence (EWT dev: 2 gives lemmas 9 right, 2 wrong;
// 1 gives 18 right, 10 wrong).
constexpr int kMinAgreeingVotes = 2;

bool has_upper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

// The common-noun tag for a name tag and the reverse ("PROPN\tNNP" <->
// "NOUN\tNN", "PROPN\tNNPS" <-> "NOUN\tNNS"); empty for other tags.
std::string_view noun_name_counterpart(const Word& w) {
  if (w.upos == "PROPN") {
    if (w.xpos == "NNP") return "NOUN\tNN";
    if (w.xpos == "NNPS") return "NOUN\tNNS";
  } else if (w.upos == "NOUN") {
    if (w.xpos == "NN") return "PROPN\tNNP";
    if (w.xpos == "NNS") return "PROPN\tNNPS";
  }
  return {};
}

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

void Pipeline::agree_name_tags(Document* doc) const {
  // Votes of the capitalized words not at a sentence's start, by form:
  // (tagged as a name, tagged as a common noun).
  std::unordered_map<std::string_view, std::pair<int, int>> votes;
  auto vote = [](const Word& w) -> int {
    return w.upos == "PROPN" ? 0 : w.upos == "NOUN" ? 1 : -1;
  };
  for (const Sentence& s : doc->sentences)
    for (size_t i = 1; i < s.words.size(); ++i) {
      const Word& w = s.words[i];
      int v = vote(w);
      if (v < 0 || !has_upper(w.form)) continue;
      auto& [names, nouns] = votes[w.form];
      ++(v == 0 ? names : nouns);
    }
  for (Sentence& s : doc->sentences)
    for (size_t i = 0; i < s.words.size(); ++i) {
      Word& w = s.words[i];
      int v = vote(w);
      if (v < 0 || !has_upper(w.form)) continue;
      auto it = votes.find(w.form);
      if (it == votes.end()) continue;
      auto [names, nouns] = it->second;
      if (i > 0) --(v == 0 ? names : nouns);  // the others' votes
      int same = v == 0 ? names : nouns, other = v == 0 ? nouns : names;
      if (same > 0 || other < kMinAgreeingVotes) continue;
      std::string_view counterpart = noun_name_counterpart(w);
      int tag = counterpart.empty() ? -1 : model_->tagger.tag_id(counterpart);
      if (tag < 0) continue;
      split_tag(std::string(counterpart), &w.upos, &w.xpos);
      model_->lemmatizer.annotate(w.form, tag, &w.lemma, &w.feats);
    }
}

Pipeline::Pipeline(std::shared_ptr<const Model> model) : model_(std::move(model)) {
  past_tag_ = model_->tagger.tag_id("VERB\tVBD");
  participle_tag_ = model_->tagger.tag_id("VERB\tVBN");
  present_tag_ = model_->tagger.tag_id("VERB\tVBZ");
  base_tag_ = model_->tagger.tag_id("VERB\tVB");
  name_tag_ = model_->tagger.tag_id("PROPN\tNNP");
  hyphen_tag_ = model_->tagger.tag_id("PUNCT\tHYPH");
  noun_tag_ = model_->tagger.tag_id("NOUN\tNN");
}

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
    // An irregular past form that training saw only as a participle, or a
    // past form tagged as a present ("Gunmen shot(VBP, VBD) dead an
    // official"), keeps its form as lemma: the lemma training gave it as a
    // past tense or participle ("shoot") when it is another.
    // (Not a form training saw with its tag: "lay" as a present is "lay".)
    if (w.upos == "VERB" && (w.xpos == "VBP" || w.xpos == "VB" || w.xpos == "VBD") &&
        is_lowered_form(w.lemma, w.form) &&
        model_->lemmatizer.seen_lemma(w.form, (*tags)[i]) == nullptr)
      for (int past : {past_tag_, participle_tag_}) {
        const std::string* seen = past < 0 ? nullptr : model_->lemmatizer.seen_lemma(w.form, past);
        if (seen != nullptr && *seen != w.lemma) {
          w.lemma = *seen;
          break;
        }
      }
    // (and an irregular past form training never saw as a verb: "fled")
    if (w.upos == "VERB" && model_->lemmatizer.seen_lemma(w.form, (*tags)[i]) == nullptr)
      if (std::string_view lemma = IrregularPastLemma(ascii_lower(w.form)); !lemma.empty())
        w.lemma = std::string(lemma);
  }
  retag_unseen_function_word(&words, tags);
  retag_hyphenated_name(&words, tags);
  retag_past_noun(&words, tags);
  retag_relative_present(&words, tags);
  mark_contracted_have(&words);
}

void Pipeline::retag_relative_present(std::vector<Word>* words, std::vector<int>* tags) const {
  if (present_tag_ < 0) return;
  for (size_t i = 2; i < words->size(); ++i) {
    Word& w = (*words)[i];
    const std::string& f = w.form;
    if ((w.xpos != "NNS" && w.xpos != "NNPS") || f.size() < 4 || f.back() != 's' ||
        !(f[0] >= 'a' && f[0] <= 'z'))
      continue;
    // (the clause ends with it)
    const bool last = i + 1 == words->size() || (*words)[i + 1].upos == "PUNCT";
    if (!last) continue;
    // (one to three name words before it, and before them the opener)
    size_t k = i;
    while (k > 0 && i - k < 3 && (*words)[k - 1].upos == "PROPN") --k;
    if (k == i || k == 0) continue;
    const Word& opener = (*words)[k - 1];
    const bool relative = opener.form == "which" || opener.form == "that";
    const bool claim =
        opener.upos == "NOUN" &&
        (opener.lemma == "charge" || opener.lemma == "claim" || opener.lemma == "accusation" ||
         opener.lemma == "allegation" || opener.lemma == "assertion");
    if (!relative && !claim) continue;
    // (a present verb by training: the form itself, or its lemma as a base
    // form; "denies" is not in EWT, "deny" is)
    const std::string lemma = model_->lemmatizer.lemma(f, present_tag_);
    if (model_->lemmatizer.seen_lemma(f, present_tag_) == nullptr &&
        (base_tag_ < 0 || model_->lemmatizer.seen_lemma(lemma, base_tag_) == nullptr))
      continue;
    retag(&w, &(*tags)[i], present_tag_);
  }
}

void Pipeline::retag_unseen_function_word(std::vector<Word>* words, std::vector<int>* tags) const {
  if (name_tag_ < 0) return;
  for (size_t i = 1; i < words->size(); ++i) {
    Word& w = (*words)[i];
    const std::string& f = w.form;
    if (f.size() < 3 || !(f[0] >= 'A' && f[0] <= 'Z') || !(f[1] >= 'a' && f[1] <= 'z')) continue;
    if (w.upos != "PRON" && w.upos != "DET" && w.upos != "ADP" && w.upos != "SCONJ" &&
        w.upos != "CCONJ" && w.upos != "AUX" && w.upos != "PART")
      continue;
    if (model_->lemmatizer.seen_lemma(f, (*tags)[i]) != nullptr) continue;
    retag(&w, &(*tags)[i], name_tag_);
  }
}

void Pipeline::retag(Word* w, int* tag, int id) const {
  *tag = id;
  split_tag(model_->tagger.tags()[id], &w->upos, &w->xpos);
  model_->lemmatizer.annotate(w->form, id, &w->lemma, &w->feats);
}

void Pipeline::retag_hyphenated_name(std::vector<Word>* words, std::vector<int>* tags) const {
  if (name_tag_ < 0 || hyphen_tag_ < 0) return;
  // (title case: a capital, then a lower-case letter; "KABUL - Afghan" is a
  // dateline, and a spaced dash is no hyphen)
  auto title_case = [](const std::string& f) {
    return f.size() >= 2 && f[0] >= 'A' && f[0] <= 'Z' && f[1] >= 'a' && f[1] <= 'z';
  };
  for (size_t i = 1; i + 1 < words->size(); ++i) {
    Word& hyphen = (*words)[i];
    Word& before = (*words)[i - 1];
    Word& after = (*words)[i + 1];
    if (hyphen.form != "-" || before.end != hyphen.start || hyphen.end != after.start ||
        !title_case(before.form) || !title_case(after.form) ||
        (before.upos != "PROPN") == (after.upos != "PROPN"))
      continue;
    for (size_t k : {i - 1, i + 1}) {
      Word& w = (*words)[k];
      if (w.xpos != "NN") continue;
      retag(&w, &(*tags)[k], name_tag_);
    }
    if (hyphen.xpos != "HYPH") {
      retag(&hyphen, &(*tags)[i], hyphen_tag_);
    }
  }
}

// "Kenyan police shot(NN) dead two protesters in Nairobi.": in a sentence
// tagged without a finite verb, a noun between a noun and the start of a
// phrase that training saw as a past tense or participle is the past-tense
// verb (the tagger's own retag, Tagger::retag_verbless_sentence, handles
// "-ed" participles).
void Pipeline::retag_past_noun(std::vector<Word>* words, std::vector<int>* tags) const {
  if (past_tag_ < 0 || words->size() < 6 || words->back().form != ".") return;
  // (a closing report has a verb of its own: "A Ukrainian drone attack
  // set(NN) fire to an oil depot, the governor said.")
  size_t end = words->size() - 1;
  for (size_t k = end; k-- > 1 && end - k <= 6;)
    if ((*words)[k].form == ",") {
      for (size_t j = k + 1; j < end; ++j)
        if ((*words)[j].lemma == "say" || (*words)[j].lemma == "tell") {
          end = k;
          break;
        }
      break;
    }
  for (size_t i = 0; i < end; ++i) {
    const Word& w = (*words)[i];
    if ((w.upos == "VERB" || w.upos == "AUX") &&
        (w.xpos == "VBD" || w.xpos == "VBZ" || w.xpos == "VBP" || w.xpos == "MD"))
      return;
  }
  for (size_t i = 1; i + 1 < end; ++i) {
    Word& w = (*words)[i];
    const Word& before = (*words)[i - 1];
    const Word& after = (*words)[i + 1];
    // (the phrase may follow a particle: "Ukraine shot(NN) down 40 drones")
    const bool particle =
        (after.upos == "ADP" || after.upos == "ADV") && i + 2 < words->size() &&
        (after.form == "down" || after.form == "up" || after.form == "off" || after.form == "out");
    const Word& next = particle ? (*words)[i + 2] : after;
    // (or "set fire to")
    // (or an "-ed" form training never saw as a singular noun: "The Nigerian
    // Air Force bombed(NN) Boko Haram hideouts")
    const std::string& f = w.form;
    const bool unseen_ed = f.size() >= 5 && f.compare(f.size() - 2, 2, "ed") == 0 &&
                           noun_tag_ >= 0 && model_->lemmatizer.seen_lemma(f, noun_tag_) == nullptr;
    // (and before a noun, a past form training never saw as a singular
    // noun: "The Swiss government froze(NN) assets")
    const bool never_noun =
        noun_tag_ >= 0 && model_->lemmatizer.seen_lemma(f, noun_tag_) == nullptr;
    if (w.xpos != "NN" || (before.upos != "NOUN" && before.upos != "PROPN") ||
        !(next.upos == "ADJ" || next.upos == "DET" || next.upos == "NUM" || next.upos == "PROPN" ||
          (next.upos == "NOUN" && never_noun) || (w.form == "set" && next.form == "fire")) ||
        (model_->lemmatizer.seen_lemma(w.form, past_tag_) == nullptr &&
         (participle_tag_ < 0 ||
          model_->lemmatizer.seen_lemma(w.form, participle_tag_) == nullptr) &&
         !unseen_ed && IrregularPastLemma(ascii_lower(f)).empty()))
      continue;
    retag(&w, &(*tags)[i], past_tag_);
    if (std::string_view lemma = IrregularPastLemma(ascii_lower(f)); !lemma.empty())
      w.lemma = std::string(lemma);
    for (int past : {past_tag_, participle_tag_})  // "shot": shoot
      if (const std::string* seen =
              past < 0 ? nullptr : model_->lemmatizer.seen_lemma(w.form, past)) {
        w.lemma = *seen;
        break;
      }
    return;  // one verb is enough for the sentence to have one
  }
}

namespace {

// The number of words of a news dateline opening the sentence ("BANGKOK, Dec
// 1 (AP) -", "KABUL (Reuters) --"): an all-capitals first word of three
// letters or more, then at most ten words without a verb up to a dash
// between spaces, which the dateline includes; 0 when there is none (or
// fewer than three words follow it).
size_t dateline_length(const std::vector<Word>& words) {
  if (words.size() < 6) return 0;
  int letters = 0;
  for (char c : words[0].form) {
    if (std::islower(static_cast<unsigned char>(c))) return 0;
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
  }
  if (letters < 3) return 0;  // (not "PS -- ...")
  for (size_t i = 1; i + 3 < words.size() && i <= 11; ++i) {
    const std::string& f = words[i].form;
    if (f == "-" || f == "--" || f == "\xe2\x80\x94" || f == "\xe2\x80\x93")
      return words[i - 1].end < words[i].start && words[i].end < words[i + 1].start ? i + 1 : 0;
    if (words[i].upos == "VERB" || words[i].upos == "AUX") return 0;
  }
  return 0;
}

}  // namespace

void Pipeline::parse_sentence(Sentence* sentence, const std::vector<int>& tags) const {
  std::vector<Word>& words = sentence->words;
  if (words.empty()) return;
  thread_local std::vector<int> heads, labels;
  thread_local std::vector<std::string_view> rest_forms;
  thread_local std::vector<int> rest_tags;
  const auto& label_names = model_->parser.labels();
  // A dateline is no part of the clause, but the parser, trained on web
  // text that has none, makes its place name the subject: the words after
  // it are parsed alone, and the dateline hangs on their root (its first
  // word as dep, the rest on that word).
  if (const size_t d = dateline_length(words); d > 0) {
    const auto& forms = forms_of(*sentence);
    rest_forms.assign(forms.begin() + d, forms.end());
    rest_tags.assign(tags.begin() + d, tags.end());
    model_->parser.parse(rest_forms, rest_tags, search_, &heads, &labels);
    int root = 0;
    for (size_t i = 0; i < rest_forms.size(); ++i) {
      Word& w = words[d + i];
      w.head = heads[i] == 0 ? 0 : heads[i] + static_cast<int>(d);
      w.deprel = label_names[labels[i]];
      if (heads[i] == 0 && root == 0) root = static_cast<int>(d + i) + 1;
    }
    words[0].head = root;
    words[0].deprel = "dep";
    for (size_t i = 1; i < d; ++i) {
      words[i].head = 1;
      words[i].deprel = words[i].upos == "PUNCT" ? "punct" : "dep";
    }
    return;
  }
  model_->parser.parse(forms_of(*sentence), tags, search_, &heads, &labels);
  for (size_t i = 0; i < words.size(); ++i) {
    words[i].head = heads[i];
    words[i].deprel = label_names[labels[i]];
  }
}

}  // namespace parley::nlp
