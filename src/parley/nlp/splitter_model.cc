#include "parley/nlp/splitter_model.h"

#include <string_view>

#include "parley/nlp/tokenizer_tables.h"

namespace parley::splitter_model {
namespace {

using tokenizer_internal::RawToken;

struct WeightEntry {
  uint32_t index;
  float weight;
};

#include "parley/nlp/splitter_weights.inc"

// FNV-1a, seeded with the feature template so that equal strings of
// different templates differ.
class Hash {
 public:
  explicit Hash(uint32_t templ) : h_(2166136261u ^ (templ * 16777619u)) {}
  Hash& add(std::string_view s) {
    for (unsigned char c : s) h_ = (h_ ^ c) * 16777619u;
    h_ = (h_ ^ 0xFF) * 16777619u;  // separator
    return *this;
  }
  uint32_t id() const { return (h_ ^ (h_ >> kBits)) & (kSize - 1); }

 private:
  uint32_t h_;
};

// A short lowercase form of a token: long tokens are represented by shape.
std::string_view lower_form(std::string_view tok, char* buf) {
  if (tok.size() > 12) return std::string_view();
  for (size_t i = 0; i < tok.size(); ++i) {
    char c = tok[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  return std::string_view(buf, tok.size());
}

// Shape: "Xx", "XX", "X", "x", "x1", "d", "d:", "d/", "U" (non-ASCII), or
// the punctuation itself (up to 3 bytes).
std::string_view shape(std::string_view tok, char* buf) {
  if (tok.empty()) return "";
  unsigned char c = tok[0];
  if (c >= 'A' && c <= 'Z') {
    if (tok.size() == 1) return "X";
    bool caps = true;
    for (char d : tok)
      if (d >= 'a' && d <= 'z') caps = false;
    return caps ? "XX" : "Xx";
  }
  if (c >= 'a' && c <= 'z') return tok.size() == 1 ? "x1" : "x";
  if (c >= '0' && c <= '9') {
    for (char d : tok) {
      if (d == ':') return "d:";
      if (d == '/') return "d/";
    }
    return tok.size() <= 2 ? "d2" : "d";
  }
  if (c >= 0x80 && tok.size() >= 2) {
    unsigned char c1 = tok[1];
    if (c == 0xE2 && c1 == 0x80) {  // general punctuation: quotes, dashes, ellipsis
      size_t n = tok.size() < 3 ? tok.size() : 3;
      for (size_t i = 0; i < n; ++i) buf[i] = tok[i];
      return std::string_view(buf, n);
    }
    return "U";
  }
  size_t n = tok.size() < 3 ? tok.size() : 3;
  for (size_t i = 0; i < n; ++i) buf[i] = tok[i];
  return std::string_view(buf, n);
}

std::string_view token_text(const std::string& text, const RawToken& t) {
  return std::string_view(text).substr(t.start, t.end - t.start);
}

}  // namespace

void extract(const std::string& text, const std::vector<RawToken>& t, size_t j, bool rule,
             size_t since, Features* f) {
  f->n = 0;
  auto put = [f](uint32_t id) {
    if (f->n < 32) f->id[f->n++] = id;
  };
  char b1[16], b2[16], b3[16], s1[4], s2[4], s3[4], s4[4];
  const RawToken& prev = t[j - 1];
  const RawToken& next = t[j];
  std::string_view p = token_text(text, prev), nx = token_text(text, next);
  std::string_view pp = j >= 2 ? token_text(text, t[j - 2]) : std::string_view("<s>");
  std::string_view n2 = j + 1 < t.size() ? token_text(text, t[j + 1]) : std::string_view("</s>");
  std::string_view pf = lower_form(p, b1), nf = lower_form(nx, b2), ppf = lower_form(pp, b3);
  std::string_view ps = shape(p, s1), ns = shape(nx, s2), pps = shape(pp, s3), n2s = shape(n2, s4);
  const std::string_view r = rule ? "1" : "0";
  const std::string_view sp = next.breaks ? "n" : (next.space_before ? "s" : "-");
  const std::string_view psp = prev.space_before ? "s" : "-";
  std::string_view len = since <= 1 ? "1" : since <= 3 ? "3" : since <= 7 ? "7" : "L";

  put(Hash(0).id());
  put(Hash(1).add(r).id());
  put(Hash(2).add(pf).add(ps).id());
  put(Hash(3).add(nf).add(ns).id());
  put(Hash(4).add(ps).add(ns).id());
  put(Hash(5).add(pps).add(ps).add(ns).id());
  put(Hash(6).add(pf).add(ns).id());
  put(Hash(7).add(ppf).add(pf).id());
  put(Hash(8).add(ps).add(ns).add(n2s).id());
  put(Hash(9).add(r).add(ps).add(ns).id());
  put(Hash(10).add(sp).add(psp).add(ps).add(ns).id());
  put(Hash(11).add(len).add(ps).add(ns).id());
  put(Hash(12).add(pf).add(nf).id());
  put(Hash(13).add(ppf).add(ns).id());
  put(Hash(14).add(pps).add(ns).id());
  put(Hash(15).add(ps).add(nf).id());
  std::string_view abbr = "-";
  if (prev.flags & RawToken::kAbbrev) {
    abbr = tokenizer_tables::is_title_abbreviation(p.substr(0, p.size() - 1)) ? "T" : "A";
  }
  put(Hash(16).add(abbr).add(ns).id());
  put(Hash(17).add(tokenizer_tables::is_sentence_starter(nx) ? "S" : "-").add(ps).id());
  put(Hash(18).add(r).add(pf).id());
  put(Hash(19).add(r).add(nf).id());
  put(Hash(20).add(pps).add(ps).add(ns).add(n2s).id());
}

const float* default_weights() {
  if (sizeof(kWeights) / sizeof(kWeights[0]) <= 1) return nullptr;
  static const float* weights = [] {
    float* w = new float[kSize]();
    for (const WeightEntry& e : kWeights)
      if (e.index < kSize) w[e.index] = e.weight;
    return w;
  }();
  return weights;
}

}  // namespace parley::splitter_model
