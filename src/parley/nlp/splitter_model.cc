#include "parley/nlp/splitter_model.h"

#include <cmath>
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

// Feature ids: an integer hash of the template number and the values.
inline uint32_t mix(uint32_t h, uint32_t v) { return h ^ (v + 0x9E3779B9u + (h << 6) + (h >> 2)); }
inline uint32_t finish(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h & (kSize - 1);
}
inline uint32_t fid(uint32_t templ, uint32_t a) { return finish(mix(templ * 0x01000193u, a)); }
inline uint32_t fid(uint32_t templ, uint32_t a, uint32_t b) {
  return finish(mix(mix(templ * 0x01000193u, a), b));
}
inline uint32_t fid(uint32_t templ, uint32_t a, uint32_t b, uint32_t c) {
  return finish(mix(mix(mix(templ * 0x01000193u, a), b), c));
}
inline uint32_t fid(uint32_t templ, uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  return finish(mix(mix(mix(mix(templ * 0x01000193u, a), b), c), d));
}

uint32_t hash_bytes(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

// The lowercase form of a short token (long ones are represented by shape).
uint32_t form_hash(std::string_view tok) {
  if (tok.size() > 12) return 1;
  uint32_t h = 2166136261u;
  for (unsigned char c : tok) h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * 16777619u;
  return h;
}

// Shape: "Xx", "XX", "X", "x", "x1", "d", "d2", "d:", "d/", "U" (non-ASCII
// letter), or the punctuation itself (up to 3 bytes).
uint32_t shape_hash(std::string_view tok) {
  if (tok.empty()) return 0;
  unsigned char c = tok[0];
  if (c >= 'A' && c <= 'Z') {
    if (tok.size() == 1) return hash_bytes("X");
    for (char d : tok)
      if (d >= 'a' && d <= 'z') return hash_bytes("Xx");
    return hash_bytes("XX");
  }
  if (c >= 'a' && c <= 'z') return hash_bytes(tok.size() == 1 ? "x1" : "x");
  if (c >= '0' && c <= '9') {
    for (char d : tok) {
      if (d == ':') return hash_bytes("d:");
      if (d == '/') return hash_bytes("d/");
    }
    return hash_bytes(tok.size() <= 2 ? "d2" : "d");
  }
  if (c >= 0x80 && tok.size() >= 2 && !(c == 0xE2 && static_cast<unsigned char>(tok[1]) == 0x80))
    return hash_bytes("U");
  return hash_bytes(tok.substr(0, 3));
}

}  // namespace

const TokenCache::Info& TokenCache::get(size_t i) {
  Info& in = (*info_)[i];
  if (!in.ready) {
    const RawToken& t = (*tokens_)[i];
    std::string_view tok = std::string_view(*text_).substr(t.start, t.end - t.start);
    in.form = form_hash(tok);
    in.shape = shape_hash(tok);
    in.starter = !tok.empty() && tok[0] >= 'A' && tok[0] <= 'Z' &&
                 tokenizer_tables::is_sentence_starter(tok);
    in.title = (t.flags & RawToken::kAbbrev) &&
               tokenizer_tables::is_title_abbreviation(tok.substr(0, tok.size() - 1));
    in.ready = true;
  }
  return in;
}

void extract(TokenCache* cache, size_t j, bool rule, size_t since, Features* f) {
  static const TokenCache::Info kEdge = {3, 3, false, false, true};
  const std::vector<RawToken>& t = cache->tokens();
  const RawToken& prev = t[j - 1];
  const RawToken& next = t[j];
  const TokenCache::Info& P = cache->get(j - 1);
  const TokenCache::Info& N = cache->get(j);
  const TokenCache::Info& PP = j >= 2 ? cache->get(j - 2) : kEdge;
  const TokenCache::Info& N2 = j + 1 < t.size() ? cache->get(j + 1) : kEdge;
  const uint32_t r = rule ? 1 : 0;
  const uint32_t sp = next.breaks ? 2 : (next.space_before ? 1 : 0);
  const uint32_t psp = prev.space_before ? 1 : 0;
  const uint32_t len = since <= 1 ? 1 : since <= 3 ? 3 : since <= 7 ? 7 : 8;
  const uint32_t abbr = (prev.flags & RawToken::kAbbrev) ? (P.title ? 2 : 1) : 0;
  uint32_t* id = f->id;
  id[0] = fid(0, 0);
  id[1] = fid(1, r);
  id[2] = fid(2, P.form, P.shape);
  id[3] = fid(3, N.form, N.shape);
  id[4] = fid(4, P.shape, N.shape);
  id[5] = fid(5, PP.shape, P.shape, N.shape);
  id[6] = fid(6, P.form, N.shape);
  id[7] = fid(7, PP.form, P.form);
  id[8] = fid(8, P.shape, N.shape, N2.shape);
  id[9] = fid(9, r, P.shape, N.shape);
  id[10] = fid(10, sp * 2 + psp, P.shape, N.shape);
  id[11] = fid(11, len, P.shape, N.shape);
  id[12] = fid(12, P.form, N.form);
  id[13] = fid(13, PP.form, N.shape);
  id[14] = fid(14, PP.shape, N.shape);
  id[15] = fid(15, P.shape, N.form);
  id[16] = fid(16, abbr, N.shape);
  id[17] = fid(17, N.starter ? 1 : 0, P.shape);
  id[18] = fid(18, r, P.form);
  id[19] = fid(19, r, N.form);
  id[20] = fid(20, PP.shape, P.shape, N.shape, N2.shape);
  id[21] = fid(21, N.form, N2.shape);
  id[22] = fid(22, P.form, N.form, N2.shape);
  id[23] = fid(23, PP.shape, P.form, N.shape);
  f->n = 24;
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

const int16_t* default_weights_in_hundredths() {
  if (sizeof(kWeights) / sizeof(kWeights[0]) <= 1) return nullptr;
  static const int16_t* weights = [] {
    int16_t* w = new int16_t[kSize]();
    for (const WeightEntry& e : kWeights)
      if (e.index < kSize) w[e.index] = static_cast<int16_t>(std::lround(e.weight * 100.0f));
    return w;
  }();
  return weights;
}

}  // namespace parley::splitter_model
