#include "parley/nlp/splitter.h"

#include <string_view>

#include "parley/nlp/splitter_model.h"
#include "parley/nlp/tokenizer_tables.h"

namespace parley {

using tokenizer_internal::RawToken;

namespace {

// How a token starts, as far as sentence starts are concerned.
enum Start { kStartUpper, kStartLower, kStartDigit, kStartOpen, kStartComma, kStartOther };

Start start_of(const std::string& text, const RawToken& t) {
  unsigned char c = text[t.start];
  if (c >= 'A' && c <= 'Z') return kStartUpper;
  if (c >= 'a' && c <= 'z') return kStartLower;
  if (c >= '0' && c <= '9') return kStartDigit;
  if (t.flags & RawToken::kOpen) return kStartOpen;
  if (c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' || c == '%' ||
      c == '.' || c == '!' || c == '?')
    return kStartComma;
  if (c >= 0x80 && (t.flags & RawToken::kWord)) return kStartUpper;  // non-ASCII letter
  return kStartOther;
}

std::string_view view(const std::string& text, uint32_t a, uint32_t b) {
  return std::string_view(text).substr(a, b - a);
}

bool is_title_word(std::string_view w) {
  for (std::string_view t :
       {"President",  "Premier",  "Minister",  "Secretary",   "Chancellor", "General", "Governor",
        "Senator",    "Chairman", "Spokesman", "Spokeswoman", "King",       "Queen",   "Prince",
        "Ambassador", "Envoy",    "Commander", "Mayor",       "Leader",     "Speaker"})
    if (w == t) return true;
  return false;
}

bool only_dots(std::string_view s) {
  if (s.size() < 2) return false;
  for (char c : s)
    if (c != '.') return false;
  return true;
}

// Decides whether a sentence ends between tokens i (final punctuation or an
// abbreviation, possibly followed by closers up to j - 1) and j.
bool ends_sentence(const std::string& text, const std::vector<RawToken>& t, size_t i, size_t j) {
  const RawToken& cand = t[i];
  const RawToken& next = t[j];
  const Start start = start_of(text, next);
  if (start == kStartLower || start == kStartComma) return false;
  std::string_view next_word = view(text, next.start, next.end);
  if (cand.flags & RawToken::kFinal) {
    std::string_view punct = view(text, cand.start, cand.end);
    if (only_dots(punct) || punct == "\xE2\x80\xA6") {
      // An ellipsis ends a sentence only before a capitalized word.
      return start == kStartUpper || start == kStartOpen;
    }
    return true;
  }
  // An abbreviation's period.
  std::string_view word = view(text, cand.start, cand.end - 1);
  if (tokenizer_tables::is_title_abbreviation(word)) return false;
  const bool starter = tokenizer_tables::is_sentence_starter(next_word);
  if (word.size() == 1) return starter && next_word != "A" && next_word != "I";
  if (word.find('.') != std::string_view::npos) return starter || start == kStartOpen;
  return start == kStartUpper || start == kStartOpen;
}

// A single line break ends a sentence after a short line without final
// punctuation (a headline, a dateline, a byline) when the next line starts
// like a sentence.
bool line_break_ends_sentence(const std::string& text, const std::vector<RawToken>& t, size_t i) {
  const RawToken& prev = t[i - 1];
  if (prev.flags & (RawToken::kFinal | RawToken::kAbbrev)) return false;
  Start start = start_of(text, t[i]);
  if (start != kStartUpper && start != kStartDigit && start != kStartOpen) return false;
  size_t line_start = prev.end;
  size_t limit = prev.end > 200 ? prev.end - 200 : 0;
  while (line_start > limit && text[line_start - 1] != '\n') --line_start;
  if (line_start == limit && limit > 0) return false;
  return prev.end - line_start < 70;
}

// Candidates the model is not asked about when splitting (training and
// decide_boundaries, which training uses to pick its epoch, still see them): after an opening quote
// or bracket, after a word before , ; : ) and the like, and after a comma before a lowercase word.
// They are a third of all candidates, and the model calls fewer than 1 in 5,000 of them a boundary:
// skipping them leaves the EWT dev and test scores unchanged (train, which the model has memorized,
// loses 0.07 Sentences F1) and makes the splitter markedly faster.
bool worth_scoring(const std::string& text, const std::vector<RawToken>& t, size_t j) {
  const RawToken& prev = t[j - 1];
  if (prev.flags & RawToken::kOpen) return false;
  const uint8_t word = prev.flags & (RawToken::kWord | RawToken::kAbbrev);
  const unsigned char p = static_cast<unsigned char>(text[prev.start]);
  const unsigned char c = static_cast<unsigned char>(text[t[j].start]);
  if (word == RawToken::kWord) {
    // (nor between a title and the capitalized name it opens: "Vice Premier
    // He Lifeng", where "He" reads like a sentence's first word)
    const bool title_case_run =
        c >= 'A' && c <= 'Z' && is_title_word(view(text, prev.start, prev.end));
    return !(c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' || c == '%' ||
             c == '.' || c == '!' || c == '?' || title_case_run);
  }
  if (p == ',' && prev.end - prev.start == 1) return !(c >= 'a' && c <= 'z');
  return true;
}

}  // namespace

namespace tokenizer_internal {

void rule_boundaries(const std::string& text, const std::vector<RawToken>& t,
                     std::vector<uint8_t>* boundary) {
  const size_t n = t.size();
  boundary->assign(n + 1, 0);
  std::vector<uint8_t>& b = *boundary;
  b[n] = 1;
  for (size_t i = 1; i < n; ++i) {
    if (t[i].breaks >= 2) {
      b[i] = kForced;
    } else if (t[i].breaks == 1 && line_break_ends_sentence(text, t, i)) {
      b[i] = kForced;  // headlines and datelines: the model never saw line breaks
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (!(t[i].flags & (RawToken::kFinal | RawToken::kAbbrev))) continue;
    size_t j = i + 1;
    while (j < n && t[j].breaks == 0 && (t[j].flags & RawToken::kClose)) ++j;
    if (!b[j] && j < n && ends_sentence(text, t, i, j)) b[j] = 1;
  }
}

bool is_candidate(const std::string& text, const std::vector<RawToken>& t, size_t j) {
  // Between two words the second of which starts in lowercase, a sentence
  // (almost) never ends: the model is not asked (which also keeps it fast).
  const RawToken& prev = t[j - 1];
  if ((prev.flags & (RawToken::kWord | RawToken::kAbbrev)) != RawToken::kWord) return true;
  unsigned char c = text[t[j].start];
  return !(c >= 'a' && c <= 'z');
}

namespace {

// decide_boundaries with float weights (training, all candidates) or integer
// ones (splitting, `prune`: without the candidates worth_scoring rules out).
template <typename Weight>
void decide(const std::string& text, const std::vector<RawToken>& t, const Weight* weights,
            bool prune, std::vector<uint8_t>* boundary) {
  rule_boundaries(text, t, boundary);
  if (weights == nullptr) return;
  std::vector<uint8_t>& b = *boundary;
  const size_t n = t.size();
  size_t since = 0;  // tokens since the last boundary
  splitter_model::Features f;
  thread_local std::vector<splitter_model::TokenCache::Info> info;  // reused across documents
  splitter_model::TokenCache cache(text, t, &info);
  for (size_t j = 1; j < n; ++j) {
    ++since;
    if (b[j] == kForced) {
      since = 0;
      continue;
    }
    bool rule = b[j] != 0;
    b[j] = 0;
    if (is_candidate(text, t, j) && (!prune || worth_scoring(text, t, j))) {
      splitter_model::extract(&cache, j, rule, since, &f);
      if (splitter_model::score(weights, f) > 0) b[j] = 1;
    }
    if (b[j]) since = 0;
  }
}

}  // namespace

void decide_boundaries(const std::string& text, const std::vector<RawToken>& t,
                       const float* weights, std::vector<uint8_t>* boundary) {
  decide(text, t, weights, /*prune=*/false, boundary);
}

}  // namespace tokenizer_internal

void split_sentences(const std::string& text, std::vector<RawToken>* tokens,
                     std::vector<uint32_t>* ends) {
  std::vector<RawToken>& t = *tokens;
  ends->clear();
  const size_t n = t.size();
  if (n == 0) return;
  // Buffers reused across documents (per thread).
  thread_local std::vector<uint8_t> boundary;  // boundary[i]: a sentence ends before token i
  thread_local std::vector<uint8_t> split_period;
  thread_local std::vector<RawToken> out;
  tokenizer_internal::decide(text, t, splitter_model::default_weights_in_hundredths(),
                             /*prune=*/true, &boundary);
  // An abbreviation (followed only by closers) that ends a sentence gives
  // its period to a token of its own.
  split_period.assign(n, 0);
  size_t extra = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!(t[i].flags & RawToken::kAbbrev) || t[i].end - t[i].start < 2) continue;
    size_t j = i + 1;
    while (j < n && t[j].breaks == 0 && (t[j].flags & RawToken::kClose)) ++j;
    if (boundary[j]) {
      split_period[i] = 1;
      ++extra;
    }
  }
  out.clear();
  if (extra) out.reserve(n + extra);
  uint32_t count = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && boundary[i]) ends->push_back(count);
    if (extra) {
      RawToken tok = t[i];
      if (split_period[i]) {
        RawToken period;
        period.start = tok.end - 1;
        period.end = tok.end;
        period.flags = RawToken::kFinal;
        tok.end -= 1;
        tok.flags &= static_cast<uint8_t>(~RawToken::kAbbrev);
        out.push_back(tok);
        out.push_back(period);
        count += 2;
        continue;
      }
      out.push_back(tok);
    }
    ++count;
  }
  ends->push_back(count);
  if (extra) t.swap(out);
}

}  // namespace parley
