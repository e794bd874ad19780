#include "parley/eval/ud_eval.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "parley/code/validation_suite.h"
#include "parley/doc/conllu.h"

namespace parley {
namespace {

// A token, word or sentence as a span of the white-space-free character
// stream (byte offsets; the same bytes on both sides give the same spans).
struct CharSpan {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct EvalWord {
  CharSpan span;
  bool multiword = false;
  int parent = -1;  // corpus-wide index of the head word; -1 root, -3 no head
  std::string form_lower;
  std::string upos, xpos, ufeats, lemma, deprel;  // deprel without subtype
};

struct EvalCorpus {
  std::string chars;  // every token, white space removed, concatenated
  std::vector<CharSpan> tokens;
  std::vector<CharSpan> sentences;
  std::vector<EvalWord> words;
};

// Length of the Unicode space separator (category Zs) starting at s[i], or 0.
size_t space_separator_length(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == ' ') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE1 && i + 2 < s.size() && s.compare(i, 3, "\xE1\x9A\x80") == 0) return 3;
  if (c == 0xE2 && i + 2 < s.size()) {
    unsigned char c1 = s[i + 1], c2 = s[i + 2];
    if (c1 == 0x80 && ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xAF)) return 3;
    if (c1 == 0x81 && c2 == 0x9F) return 3;
  }
  if (c == 0xE3 && i + 2 < s.size() && s.compare(i, 3, "\xE3\x80\x80") == 0) return 3;
  return 0;
}

void append_without_spaces(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size();) {
    size_t n = space_separator_length(s, i);
    if (n) {
      i += n;
    } else {
      out->push_back(s[i++]);
    }
  }
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The features the CoNLL 2018 UFeats metric looks at.
bool is_universal_feature(std::string_view name) {
  static const char* const kUniversal[] = {
      "PronType", "NumType", "Poss",  "Reflex",   "Foreign",  "Abbr",     "Gender",
      "Animacy",  "Number",  "Case",  "Definite", "Degree",   "VerbForm", "Mood",
      "Tense",    "Aspect",  "Voice", "Evident",  "Polarity", "Person",   "Polite"};
  for (const char* u : kUniversal)
    if (name == u) return true;
  return false;
}

std::string universal_features(std::string_view feats) {
  std::vector<std::string_view> kept;
  size_t pos = 0;
  while (pos < feats.size()) {
    size_t bar = feats.find('|', pos);
    if (bar == std::string_view::npos) bar = feats.size();
    std::string_view f = feats.substr(pos, bar - pos);
    if (is_universal_feature(f.substr(0, f.find('=')))) kept.push_back(f);
    pos = bar + 1;
  }
  std::sort(kept.begin(), kept.end());
  std::string out;
  for (std::string_view f : kept) {
    if (!out.empty()) out.push_back('|');
    out.append(f);
  }
  return out;
}

void build_corpus(const std::vector<Document>& docs, EvalCorpus* c) {
  for (const Document& doc : docs) {
    for (const Sentence& sent : doc.sentences) {
      const int first_word = static_cast<int>(c->words.size());
      const uint32_t sentence_start = static_cast<uint32_t>(c->chars.size());
      for (const Token& tok : sent.tokens) {
        CharSpan span;
        span.start = static_cast<uint32_t>(c->chars.size());
        if (tok.start <= tok.end && tok.end <= doc.text.size())
          append_without_spaces(doc.slice(tok.start, tok.end), &c->chars);
        span.end = static_cast<uint32_t>(c->chars.size());
        if (span.end == span.start) continue;  // an empty token cannot be aligned
        c->tokens.push_back(span);
        for (uint32_t wi = tok.first_word;
             wi < tok.first_word + tok.word_count && wi < sent.words.size(); ++wi) {
          const Word& w = sent.words[wi];
          EvalWord ew;
          ew.span = span;
          ew.multiword = tok.word_count > 1;
          std::string_view form = w.form;
          if (form.empty() && w.start <= w.end && w.end <= doc.text.size())
            form = doc.slice(w.start, w.end);
          std::string compact;
          append_without_spaces(form, &compact);
          ew.form_lower = ascii_lower(compact);
          ew.upos = w.upos;
          ew.xpos = w.xpos;
          ew.ufeats = universal_features(w.feats);
          ew.lemma = w.lemma;
          ew.deprel = w.deprel.substr(0, w.deprel.find(':'));
          if (w.head == 0) {
            ew.parent = -1;
          } else if (w.head > 0 && w.head <= static_cast<int>(sent.words.size())) {
            ew.parent = first_word + w.head - 1;
          } else {
            ew.parent = -3;
          }
          c->words.push_back(std::move(ew));
        }
      }
      const uint32_t sentence_end = static_cast<uint32_t>(c->chars.size());
      if (sentence_end > sentence_start) c->sentences.push_back({sentence_start, sentence_end});
    }
  }
}

UdScore spans_score(const std::vector<CharSpan>& gold, const std::vector<CharSpan>& system) {
  UdScore s;
  s.gold = static_cast<int64_t>(gold.size());
  s.system = static_cast<int64_t>(system.size());
  size_t gi = 0, si = 0;
  while (gi < gold.size() && si < system.size()) {
    if (system[si].start < gold[gi].start) {
      ++si;
    } else if (gold[gi].start < system[si].start) {
      ++gi;
    } else {
      s.correct += gold[gi].end == system[si].end;
      ++gi;
      ++si;
    }
  }
  s.aligned = s.correct;
  return s;
}

// The word alignment of conll18_ud_eval.py: pairs (gold index, system index).
class Aligner {
 public:
  Aligner(const std::vector<EvalWord>& gold, const std::vector<EvalWord>& system)
      : gold_(gold), system_(system) {}

  std::vector<std::pair<int, int>> Align() {
    std::vector<std::pair<int, int>> pairs;
    size_t gi = 0, si = 0;
    while (gi < gold_.size() && si < system_.size()) {
      if (gold_[gi].multiword || system_[si].multiword) {
        // Multiword tokens: align by LCS of forms inside the whole multiword span.
        size_t gs, ss;
        FindMultiwordSpan(&gi, &si, &gs, &ss);
        if (si > ss && gi > gs) AlignByLcs(gs, gi, ss, si, &pairs);
      } else if (gold_[gi].span.start == system_[si].span.start &&
                 gold_[gi].span.end == system_[si].span.end) {
        pairs.emplace_back(static_cast<int>(gi), static_cast<int>(si));
        ++gi;
        ++si;
      } else if (gold_[gi].span.start <= system_[si].span.start) {
        ++gi;
      } else {
        ++si;
      }
    }
    return pairs;
  }

 private:
  static bool BeyondEnd(const std::vector<EvalWord>& words, size_t i, uint32_t end) {
    if (i >= words.size()) return true;
    if (words[i].multiword) return words[i].span.start >= end;
    return words[i].span.end > end;
  }
  static uint32_t ExtendEnd(const EvalWord& w, uint32_t end) {
    return w.multiword && w.span.end > end ? w.span.end : end;
  }

  void FindMultiwordSpan(size_t* gi, size_t* si, size_t* gs, size_t* ss) const {
    uint32_t end;
    if (gold_[*gi].multiword) {
      end = gold_[*gi].span.end;
      if (!system_[*si].multiword && system_[*si].span.start < gold_[*gi].span.start) ++*si;
    } else {
      end = system_[*si].span.end;
      if (!gold_[*gi].multiword && gold_[*gi].span.start < system_[*si].span.start) ++*gi;
    }
    *gs = *gi;
    *ss = *si;
    while (!BeyondEnd(gold_, *gi, end) || !BeyondEnd(system_, *si, end)) {
      if (*gi < gold_.size() &&
          (*si >= system_.size() || gold_[*gi].span.start <= system_[*si].span.start)) {
        end = ExtendEnd(gold_[*gi], end);
        ++*gi;
      } else {
        end = ExtendEnd(system_[*si], end);
        ++*si;
      }
    }
  }

  void AlignByLcs(size_t gs, size_t ge, size_t ss, size_t se,
                  std::vector<std::pair<int, int>>* pairs) const {
    const size_t ng = ge - gs, ns = se - ss;
    // lcs[g][s] over suffixes, with a zero row and column past the end.
    std::vector<int> lcs((ng + 1) * (ns + 1), 0);
    auto at = [&](size_t g, size_t s) -> int& { return lcs[g * (ns + 1) + s]; };
    for (size_t g = ng; g-- > 0;) {
      for (size_t s = ns; s-- > 0;) {
        int v = 0;
        if (gold_[gs + g].form_lower == system_[ss + s].form_lower) v = 1 + at(g + 1, s + 1);
        v = std::max(v, at(g + 1, s));
        v = std::max(v, at(g, s + 1));
        at(g, s) = v;
      }
    }
    size_t g = 0, s = 0;
    while (g < ng && s < ns) {
      if (gold_[gs + g].form_lower == system_[ss + s].form_lower) {
        pairs->emplace_back(static_cast<int>(gs + g), static_cast<int>(ss + s));
        ++g;
        ++s;
      } else if (at(g, s) == at(g + 1, s)) {
        ++g;
      } else {
        ++s;
      }
    }
  }

  const std::vector<EvalWord>& gold_;
  const std::vector<EvalWord>& system_;
};

void append_row(std::string* out, const char* name, const UdScore& s, bool aligned) {
  char line[128];
  if (aligned) {
    std::snprintf(line, sizeof line, "%-11s|%10.2f |%10.2f |%10.2f |%10.2f\n", name, s.precision(),
                  s.recall(), s.f1(), s.aligned_accuracy());
  } else {
    std::snprintf(line, sizeof line, "%-11s|%10.2f |%10.2f |%10.2f |\n", name, s.precision(),
                  s.recall(), s.f1());
  }
  out->append(line);
}

void append_json(std::string* out, const char* name, const UdScore& s) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s\"%s\": %.2f", out->size() > 1 ? ", " : "", name, s.f1());
  out->append(buf);
}

}  // namespace

std::string UdScores::ToTable() const {
  std::string out =
      "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n"
      "-----------+-----------+-----------+-----------+-----------\n";
  append_row(&out, "Tokens", tokens, false);
  append_row(&out, "Sentences", sentences, false);
  append_row(&out, "Words", words, false);
  if (has_tags) {
    append_row(&out, "UPOS", upos, true);
    append_row(&out, "XPOS", xpos, true);
    append_row(&out, "UFeats", ufeats, true);
    append_row(&out, "AllTags", alltags, true);
  }
  if (has_lemmas) append_row(&out, "Lemmas", lemmas, true);
  if (has_parse) {
    append_row(&out, "UAS", uas, true);
    append_row(&out, "LAS", las, true);
  }
  return out;
}

std::string UdScores::ToJson() const {
  std::string out = "{";
  append_json(&out, "Tokens", tokens);
  append_json(&out, "Sentences", sentences);
  append_json(&out, "Words", words);
  if (has_tags) {
    append_json(&out, "UPOS", upos);
    append_json(&out, "XPOS", xpos);
    append_json(&out, "UFeats", ufeats);
    append_json(&out, "AllTags", alltags);
  }
  if (has_lemmas) append_json(&out, "Lemmas", lemmas);
  if (has_parse) {
    append_json(&out, "UAS", uas);
    append_json(&out, "LAS", las);
  }
  out.append("}");
  return out;
}

Status evaluate(const std::vector<Document>& gold, const std::vector<Document>& system,
                UdScores* scores) {
  *scores = UdScores();
  EvalCorpus g, s;
  build_corpus(gold, &g);
  build_corpus(system, &s);
  if (g.chars != s.chars) {
    size_t i = 0;
    while (i < g.chars.size() && i < s.chars.size() && g.chars[i] == s.chars[i]) ++i;
    size_t from = i > 20 ? i - 20 : 0;
    return Status::InvalidInput(
        "the concatenation of tokens in gold and system differ at character " + std::to_string(i) +
        ": gold '" + g.chars.substr(from, 40) + "', system '" + s.chars.substr(from, 40) + "'");
  }
  scores->tokens = spans_score(g.tokens, s.tokens);
  scores->sentences = spans_score(g.sentences, s.sentences);

  std::vector<std::pair<int, int>> pairs = Aligner(g.words, s.words).Align();
  std::vector<int> gold_of_system(s.words.size(), -2);  // -2: not aligned
  for (auto [gi, si] : pairs) gold_of_system[si] = gi;

  for (const EvalWord& w : s.words) {
    if (!w.upos.empty()) scores->has_tags = true;
    if (!w.lemma.empty()) scores->has_lemmas = true;
    if (w.parent != -3) scores->has_parse = true;
  }

  UdScore base;
  base.gold = static_cast<int64_t>(g.words.size());
  base.system = static_cast<int64_t>(s.words.size());
  base.aligned = static_cast<int64_t>(pairs.size());
  base.correct = base.aligned;
  scores->words = base;
  for (UdScore* m : {&scores->upos, &scores->xpos, &scores->ufeats, &scores->alltags,
                     &scores->lemmas, &scores->uas, &scores->las}) {
    *m = base;
    m->correct = 0;
  }
  for (auto [gi, si] : pairs) {
    const EvalWord& gw = g.words[gi];
    const EvalWord& sw = s.words[si];
    const bool upos = gw.upos == sw.upos, xpos = gw.xpos == sw.xpos;
    const bool feats = gw.ufeats == sw.ufeats;
    scores->upos.correct += upos;
    scores->xpos.correct += xpos;
    scores->ufeats.correct += feats;
    scores->alltags.correct += upos && xpos && feats;
    // A gold lemma "_" (unannotated) counts as matched, as in the official script.
    const bool lemma = gw.lemma.empty() || gw.lemma == "_" || gw.lemma == sw.lemma;
    scores->lemmas.correct += lemma;
    int system_parent = sw.parent;
    if (system_parent >= 0) system_parent = gold_of_system[system_parent];
    const bool head = gw.parent == system_parent;
    scores->uas.correct += head;
    scores->las.correct += head && gw.deprel == sw.deprel;
  }
  return Status::OK();
}

Status read_gold_conllu(const std::string& path, std::vector<Document>* gold) {
  // Read here rather than with ConlluReader so that "# newpar" is honoured
  // wherever it sits among the sentence's comment lines (EWT puts it after
  // "# sent_id"): every paragraph break is a blank line in the rebuilt text.
  gold->clear();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open file");
  Document doc;
  std::string line, block;
  uint64_t line_no = 0, block_start = 0;
  bool new_par = false;
  auto flush = [&]() -> Status {
    if (block.empty()) return Status::OK();
    if (doc.sentences.empty()) {
      doc.source_path = path;
      doc.source_line = block_start;
    }
    Status s = append_conllu_sentence(block, path, block_start, new_par ? "\n\n" : " ", &doc);
    block.clear();
    new_par = false;
    return s;
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      Status s = flush();
      if (!s.ok()) return s;
      continue;
    }
    if (block.empty()) block_start = line_no;
    if (line.rfind("# newdoc", 0) == 0) {
      if (!doc.sentences.empty()) {
        gold->push_back(std::move(doc));
        doc = Document();
      }
      size_t eq = line.find("id = ");
      if (eq != std::string::npos) doc.id = line.substr(eq + 5);
      continue;
    }
    if (line.rfind("# newpar", 0) == 0) new_par = true;
    block.append(line).push_back('\n');
  }
  Status s = flush();
  if (!s.ok()) return s;
  if (!doc.sentences.empty()) gold->push_back(std::move(doc));
  if (in.bad()) return Status::IOError(path + ": read error");
  if (gold->empty()) return Status::InvalidInput(path + ": no sentences");
  return Status::OK();
}

Status read_gold_validation_xml(const std::string& path, std::vector<Document>* gold,
                                int* skipped) {
  gold->clear();
  *skipped = 0;
  code::ValidationEnvironment env;
  std::vector<code::ValidationRecord> records;
  // The reader's warnings concern event codings, which are not scored here.
  Status s = code::ReadValidationSuite(path, &env, &records, nullptr);
  if (!s.ok()) return s;
  for (const code::ValidationRecord& rec : records) {
    if (rec.parse.empty()) {
      ++*skipped;
      continue;
    }
    Document doc;
    doc.id = rec.id;
    doc.date = rec.date;
    doc.source_path = path;
    doc.source_line = rec.parse_line;
    s = append_conllu_sentence(rec.parse, path, rec.parse_line, "", &doc);
    if (!s.ok()) return s;
    for (Sentence& sentence : doc.sentences)
      for (Word& w : sentence.words)
        if (w.upos == "CONJ") w.upos = "CCONJ";
    gold->push_back(std::move(doc));
  }
  if (gold->empty())
    return Status::InvalidInput(path + ": no <Sentence> record with a <Parse> (" +
                                std::to_string(records.size()) +
                                " records read; not a PETRARCH validation file?)");
  return Status::OK();
}

Status read_gold(const std::string& path, std::vector<Document>* gold, int* skipped) {
  const std::string ext = path.size() >= 4 ? ascii_lower(path.substr(path.size() - 4)) : "";
  if (ext == ".xml") return read_gold_validation_xml(path, gold, skipped);
  *skipped = 0;
  return read_gold_conllu(path, gold);
}

void make_system_documents(const std::vector<Document>& gold, bool raw, const Analyzer& analyze,
                           std::vector<Document>* system) {
  system->clear();
  system->reserve(gold.size());
  for (const Document& g : gold) {
    Document d;
    d.id = g.id;
    d.date = g.date;
    d.title = g.title;
    d.text = g.text;
    d.no_code = g.no_code;
    d.source_path = g.source_path;
    d.source_line = g.source_line;
    if (!raw) {
      d.sentences = g.sentences;
      for (Sentence& s : d.sentences) {
        for (Word& w : s.words) {
          std::string form = std::move(w.form);
          uint32_t start = w.start, end = w.end;
          w = Word();
          w.form = std::move(form);
          w.start = start;
          w.end = end;
        }
      }
    }
    if (analyze) analyze(&d);
    system->push_back(std::move(d));
  }
}

}  // namespace parley
