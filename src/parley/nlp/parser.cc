#include "parley/nlp/parser.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "parley/nlp/hash.h"
#include "parley/nlp/tagger.h"

namespace parley::nlp {

// ---------------------------------------------------------------------------
// Transition system

ArcEagerState::ArcEagerState(int num_words, ParserSystem system)
    : nonmono_(system == ParserSystem::kNonMonotonic) {
  reset(num_words);
}

void ArcEagerState::reset(int num_words) {
  n_ = num_words;
  b_ = 1;
  bend_ = num_words;
  front_unshifted_ = false;
  root_used_ = false;
  const size_t size = static_cast<size_t>(num_words) + 1;
  for (std::vector<int>* v : {&head_, &label_, &l1_, &l2_, &r1_, &r2_}) v->assign(size, -1);
  nl_.assign(size, 0);
  nr_.assign(size, 0);
  ls_.assign(size, 0);
  rs_.assign(size, 0);
  in_stack_.assign(size, 0);
  stack_.clear();
  stack_.reserve(size);
  stack_.push_back(0);
  in_stack_[0] = 1;
}

bool ArcEagerState::can(Move m) const {
  if (terminal()) return false;
  const int s0 = stack_.back();
  const bool buffer = b_ <= bend_;
  switch (m) {
    case kShift:
      return buffer && !front_unshifted_;
    case kReduce:
      // Non-monotonic: a headless word is unshifted once the buffer is empty.
      return s0 != 0 && (head_[s0] >= 0 || (nonmono_ && !buffer));
    case kLeft:
      return buffer && s0 != 0 && (nonmono_ || head_[s0] < 0);
    case kRight:
      return buffer && (s0 != 0 || !root_used_);
  }
  return false;
}

void ArcEagerState::add_arc(int h, int d, int label) {
  head_[d] = h;
  label_[d] = label;
  uint64_t bit = label >= 0 && label < 64 ? (1ULL << label) : 0;
  if (d < h) {
    if (l1_[h] < 0 || d < l1_[h]) {
      l2_[h] = l1_[h];
      l1_[h] = d;
    } else if (l2_[h] < 0 || d < l2_[h]) {
      l2_[h] = d;
    }
    ++nl_[h];
    ls_[h] |= bit;
  } else {
    if (r1_[h] < 0 || d > r1_[h]) {
      r2_[h] = r1_[h];
      r1_[h] = d;
    } else if (r2_[h] < 0 || d > r2_[h]) {
      r2_[h] = d;
    }
    ++nr_[h];
    rs_[h] |= bit;
  }
}

void ArcEagerState::remove_arc(int d) {
  const int h = head_[d];
  if (h < 0) return;
  if (h == 0) root_used_ = false;
  head_[d] = -1;
  label_[d] = -1;
  // Rebuild h's children on d's side from the remaining arcs (rare: only a
  // repairing LEFT-ARC gets here).
  const bool left = d < h;
  int* c1 = left ? &l1_[h] : &r1_[h];
  int* c2 = left ? &l2_[h] : &r2_[h];
  int* count = left ? &nl_[h] : &nr_[h];
  uint64_t* set = left ? &ls_[h] : &rs_[h];
  *c1 = *c2 = -1;
  *count = 0;
  *set = 0;
  const int lo = left ? 1 : h + 1, hi = left ? h - 1 : n_;
  for (int k = lo; k <= hi; ++k) {
    if (head_[k] != h) continue;
    // Ascending k: the two leftmost left children, the two rightmost right ones.
    if (!left)
      *c2 = *c1, *c1 = k;
    else if (*c1 < 0)
      *c1 = k;
    else if (*c2 < 0)
      *c2 = k;
    ++*count;
    const int l = label_[k];
    *set |= l >= 0 && l < 64 ? (1ULL << l) : 0;
  }
}

void ArcEagerState::apply(Move m, int label) {
  int s0 = stack_.back();
  switch (m) {
    case kShift:
      stack_.push_back(b_);
      in_stack_[b_] = 1;
      ++b_;
      front_unshifted_ = false;
      break;
    case kReduce:
      stack_.pop_back();
      in_stack_[s0] = 0;
      if (head_[s0] < 0) {  // non-monotonic UNSHIFT (buffer empty)
        b_ = bend_ = s0;
        front_unshifted_ = true;
      }
      break;
    case kLeft:
      if (head_[s0] >= 0) remove_arc(s0);
      add_arc(b_, s0, label);
      stack_.pop_back();
      in_stack_[s0] = 0;
      break;
    case kRight:
      if (s0 == 0) root_used_ = true;
      add_arc(s0, b_, label);
      stack_.push_back(b_);
      in_stack_[b_] = 1;
      ++b_;
      front_unshifted_ = false;
      break;
  }
}

int ArcEagerState::cost(Move m, int label, const std::vector<int>& gh,
                        const std::vector<int>& gl) const {
  return nonmono_ ? nonmono_cost(m, label, gh, gl) : eager_cost(m, label, gh, gl);
}

int ArcEagerState::eager_cost(Move m, int label, const std::vector<int>& gh,
                              const std::vector<int>& gl) const {
  int s0 = stack_.back();
  int b = b_;
  int c = 0;
  switch (m) {
    case kShift:
      if (gh[b] >= 0 && in_stack_[gh[b]]) ++c;
      for (int k : stack_)
        if (k != 0 && head_[k] < 0 && gh[k] == b) ++c;
      break;
    case kRight: {
      int h = gh[b];
      if (h != s0 && (in_stack_[h] || h > b)) ++c;
      for (int k : stack_)
        if (k != 0 && head_[k] < 0 && gh[k] == b) ++c;
      if (label >= 0 && h == s0 && gl[b] != label) ++c;
      break;
    }
    case kLeft: {
      int h = gh[s0];
      if (h > b) ++c;
      for (int k = b; k <= n_; ++k)
        if (gh[k] == s0) ++c;
      if (label >= 0 && h == b && gl[s0] != label) ++c;
      break;
    }
    case kReduce:
      for (int k = b; k <= n_; ++k)
        if (gh[k] == s0) ++c;
      break;
  }
  return c;
}

// Reachable gold arcs h -> d (non-monotonic): arcs already built; d in the
// buffer with h in the buffer or on the stack; d on the stack with h in the
// buffer, whatever d's current head (LEFT-ARC replaces it).
int ArcEagerState::nonmono_cost(Move m, int label, const std::vector<int>& gh,
                                const std::vector<int>& gl) const {
  const int s0 = stack_.back();
  const int b = b_;
  auto in_buffer = [&](int k) { return k >= b_ && k <= bend_; };
  int c = 0;
  switch (m) {
    case kShift:
    case kRight: {
      // b leaves the buffer: its gold dependents on the stack are lost.
      for (int k : stack_)
        if (k != 0 && gh[k] == b) ++c;
      const int h = gh[b];
      if (m == kShift) {
        if (h >= 0 && in_stack_[h]) ++c;
      } else {
        // A wrong head costs as in the eager system, even when a later
        // LEFT-ARC could replace it: repairs are for recovering from
        // mistakes, not a second way to the same tree.
        if (h != s0 && (in_stack_[h] || in_buffer(h))) ++c;
        if (label >= 0 && h == s0 && gl[b] != label) ++c;
      }
      break;
    }
    case kLeft: {
      const int h = gh[s0];
      if (h != b && (in_buffer(h) || head_[s0] == h)) ++c;
      for (int k = b; k <= bend_; ++k)
        if (gh[k] == s0) ++c;
      if (label >= 0 && h == b && gl[s0] != label) ++c;
      break;
    }
    case kReduce:
      if (head_[s0] < 0) break;  // UNSHIFT: loses nothing
      for (int k = b; k <= bend_; ++k)
        if (gh[k] == s0) ++c;
      if (head_[s0] != gh[s0] && in_buffer(gh[s0])) ++c;
      break;
  }
  return c;
}

void ArcEagerState::finish(int root_label, int fallback_label) {
  int root_word = -1;
  for (int w = 1; w <= n_; ++w)
    if (head_[w] == 0) {
      root_word = w;
      break;
    }
  for (int w = 1; w <= n_; ++w) {
    if (head_[w] >= 0) continue;
    if (root_word < 0) {
      root_word = w;
      add_arc(0, w, root_label);
      root_used_ = true;
    } else {
      add_arc(root_word, w, fallback_label);
    }
  }
}

// ---------------------------------------------------------------------------
// Projectivization

namespace {

// True when every word strictly between h and d descends from h.
bool arc_projective(const std::vector<int>& heads, int h, int d) {
  int lo = std::min(h, d), hi = std::max(h, d);
  for (int k = lo + 1; k < hi; ++k) {
    int x = k;
    int steps = 0;
    while (x != h && x > 0 && steps++ < static_cast<int>(heads.size())) x = heads[x];
    if (x != h) return false;
  }
  return true;
}

}  // namespace

bool is_projective(const std::vector<int>& heads) {
  for (int d = 1; d < static_cast<int>(heads.size()); ++d)
    if (heads[d] >= 0 && !arc_projective(heads, heads[d], d)) return false;
  return true;
}

int projectivize(std::vector<int>* heads) {
  std::vector<int>& h = *heads;
  int lifted = 0;
  for (int guard = 0; guard < 1000; ++guard) {
    int best = -1, best_len = std::numeric_limits<int>::max();
    for (int d = 1; d < static_cast<int>(h.size()); ++d) {
      if (h[d] <= 0) continue;
      int len = std::abs(h[d] - d);
      if (len < best_len && !arc_projective(h, h[d], d)) best = d, best_len = len;
    }
    if (best < 0) break;
    h[best] = h[h[best]];
    ++lifted;
  }
  return lifted;
}

// ---------------------------------------------------------------------------
// Features

namespace {

constexpr int kMaxParserFeatures = 96;
constexpr uint64_t kNoneWord = 0x3c6ef372fe94f82bULL;
constexpr uint64_t kRootWord = 0xa54ff53a5f1d36f1ULL;

}  // namespace

struct Parser::Context {
  std::vector<uint64_t> w;  // index 0 = root
  std::vector<uint64_t> p;
};

void Parser::prepare(const std::vector<std::string_view>& forms, const std::vector<int>& tags,
                     Context* ctx) const {
  size_t n = forms.size();
  ctx->w.resize(n + 1);
  ctx->p.resize(n + 1);
  ctx->w[0] = kRootWord;
  ctx->p[0] = 1;
  for (size_t i = 0; i < n; ++i) {
    ctx->w[i + 1] = hash_string(ascii_lower(forms[i]));
    ctx->p[i + 1] = static_cast<uint64_t>(tags[i]) + 3;
  }
}

int Parser::features(const Context& ctx, const ArcEagerState& st, uint64_t* out) {
  auto W = [&](int i) { return i < 0 ? kNoneWord : ctx.w[i]; };
  auto P = [&](int i) -> uint64_t { return i < 0 ? 0 : ctx.p[i]; };
  auto L = [&](int i) -> uint64_t { return i <= 0 || st.head(i) < 0 ? 0 : st.label(i) + 1; };
  const int n = st.num_words();
  int s0 = st.stack_at(0), s1 = st.stack_at(1);
  int b0 = st.buffer_at(0), b1 = st.buffer_at(1), b2 = st.buffer_at(2);
  int s0h = s0 > 0 ? st.head(s0) : -1;
  int s0h2 = s0h > 0 ? st.head(s0h) : -1;
  int s0l = st.leftmost(s0), s0l2 = st.leftmost2(s0);
  int s0r = st.rightmost(s0), s0r2 = st.rightmost2(s0);
  int b0l = st.leftmost(b0), b0l2 = st.leftmost2(b0);
  uint64_t s0w = W(s0), s0p = P(s0), b0w = W(b0), b0p = P(b0);
  uint64_t b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
  uint64_t dist;
  if (s0 <= 0 || b0 < 0) {
    dist = 99;
  } else {
    int d = b0 - s0;
    dist = d <= 4 ? d : d <= 9 ? 5 : 6;
  }
  uint64_t vr = st.right_count(s0), vl = st.left_count(s0), bvl = st.left_count(b0);
  uint64_t sr = st.right_labels(s0), sl = st.left_labels(s0), bsl = st.left_labels(b0);
  int s0next = s0 >= 0 && s0 + 1 < (b0 < 0 ? n + 1 : b0) ? s0 + 1 : -1;
  int b0prev = b0 > 1 && b0 - 1 > s0 ? b0 - 1 : -1;
  int k = 0;
  out[k++] = feature_key(0, 1);
  out[k++] = feature_key(1, s0w);
  out[k++] = feature_key(2, s0p);
  out[k++] = feature_key(3, s0w, s0p);
  out[k++] = feature_key(4, b0w);
  out[k++] = feature_key(5, b0p);
  out[k++] = feature_key(6, b0w, b0p);
  out[k++] = feature_key(7, b1w);
  out[k++] = feature_key(8, b1p);
  out[k++] = feature_key(9, b1w, b1p);
  out[k++] = feature_key(10, b2w);
  out[k++] = feature_key(11, b2p);
  out[k++] = feature_key(12, b2w, b2p);
  out[k++] = feature_key(13, hash_combine(s0w, s0p), b0w, b0p);
  out[k++] = feature_key(14, s0w, s0p, b0w);
  out[k++] = feature_key(15, s0w, b0w, b0p);
  out[k++] = feature_key(16, s0w, s0p, b0p);
  out[k++] = feature_key(17, s0p, b0w, b0p);
  out[k++] = feature_key(18, s0w, b0w);
  out[k++] = feature_key(19, s0p, b0p);
  out[k++] = feature_key(20, b0p, b1p);
  out[k++] = feature_key(21, b0p, b1p, b2p);
  out[k++] = feature_key(22, s0p, b0p, b1p);
  out[k++] = feature_key(23, P(s0h), s0p, b0p);
  out[k++] = feature_key(24, s0p, P(s0l), b0p);
  out[k++] = feature_key(25, s0p, P(s0r), b0p);
  out[k++] = feature_key(26, s0p, b0p, P(b0l));
  out[k++] = feature_key(27, s0w, dist);
  out[k++] = feature_key(28, s0p, dist);
  out[k++] = feature_key(29, b0w, dist);
  out[k++] = feature_key(30, b0p, dist);
  out[k++] = feature_key(31, s0w, b0w, dist);
  out[k++] = feature_key(32, s0p, b0p, dist);
  out[k++] = feature_key(33, s0w, vr);
  out[k++] = feature_key(34, s0p, vr);
  out[k++] = feature_key(35, s0w, vl);
  out[k++] = feature_key(36, s0p, vl);
  out[k++] = feature_key(37, b0w, bvl);
  out[k++] = feature_key(38, b0p, bvl);
  out[k++] = feature_key(39, W(s0h));
  out[k++] = feature_key(40, P(s0h));
  out[k++] = feature_key(41, L(s0));
  out[k++] = feature_key(42, W(s0l));
  out[k++] = feature_key(43, P(s0l));
  out[k++] = feature_key(44, L(s0l));
  out[k++] = feature_key(45, W(s0r));
  out[k++] = feature_key(46, P(s0r));
  out[k++] = feature_key(47, L(s0r));
  out[k++] = feature_key(48, W(b0l));
  out[k++] = feature_key(49, P(b0l));
  out[k++] = feature_key(50, L(b0l));
  out[k++] = feature_key(51, W(s0h2));
  out[k++] = feature_key(52, P(s0h2));
  out[k++] = feature_key(53, L(s0h));
  out[k++] = feature_key(54, W(s0l2));
  out[k++] = feature_key(55, P(s0l2));
  out[k++] = feature_key(56, L(s0l2));
  out[k++] = feature_key(57, W(s0r2));
  out[k++] = feature_key(58, P(s0r2));
  out[k++] = feature_key(59, L(s0r2));
  out[k++] = feature_key(60, W(b0l2));
  out[k++] = feature_key(61, P(b0l2));
  out[k++] = feature_key(62, L(b0l2));
  out[k++] = feature_key(63, s0p, P(s0l), P(s0l2));
  out[k++] = feature_key(64, s0p, P(s0r), P(s0r2));
  out[k++] = feature_key(65, s0p, P(s0h), P(s0h2));
  out[k++] = feature_key(66, b0p, P(b0l), P(b0l2));
  out[k++] = feature_key(67, s0w, sr);
  out[k++] = feature_key(68, s0p, sr);
  out[k++] = feature_key(69, s0w, sl);
  out[k++] = feature_key(70, s0p, sl);
  out[k++] = feature_key(71, b0w, bsl);
  out[k++] = feature_key(72, b0p, bsl);
  out[k++] = feature_key(73, W(s1));
  out[k++] = feature_key(74, P(s1));
  out[k++] = feature_key(75, P(s1), s0p, b0p);
  out[k++] = feature_key(76, hash_combine(s0p, P(s0next)), P(b0prev), b0p);
  out[k++] = feature_key(77, s0p, L(s0), b0p);
  out[k++] = feature_key(78, s0w, L(s0), b0p);
  out[k++] = feature_key(79, P(s1), L(s1), s0p);
  out[k++] = feature_key(80, b0p, P(b0 >= 0 && b0 + 3 <= n ? b0 + 3 : -1));
  out[k++] = feature_key(81, s0p, b0w, b1p);
  out[k++] = feature_key(82, s0w, b0p, b1p);
  return k;
}

// ---------------------------------------------------------------------------
// Decoding

bool Parser::legal(const ArcEagerState& st, int cls) const {
  const int nl = static_cast<int>(labels_.size());
  if (cls == 0) return st.can(ArcEagerState::kShift);
  if (cls == 1) return st.can(ArcEagerState::kReduce);
  if (cls < 2 + nl) return cls - 2 != root_label_ && st.can(ArcEagerState::kLeft);
  int label = cls - 2 - nl;
  if (!st.can(ArcEagerState::kRight)) return false;
  return (st.stack_top() == 0) == (label == root_label_);
}

int Parser::best_legal(const ArcEagerState& st, const float* scores) const {
  // Same result as testing legal() on every class, with the four move
  // preconditions computed once.
  const int nl = static_cast<int>(labels_.size());
  const bool shift = st.can(ArcEagerState::kShift), reduce = st.can(ArcEagerState::kReduce);
  const bool left = st.can(ArcEagerState::kLeft), right = st.can(ArcEagerState::kRight);
  const bool from_root = st.stack_top() == 0;
  // Scores are finite sums, so the first class scanned always beats -inf;
  // ties keep the first class, as a scan of all classes in order would.
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  auto scan = [&](int from, int to) {
    for (int c = from; c < to; ++c)
      if (scores[c] > best_score) best = c, best_score = scores[c];
  };
  const int root = root_label_;
  if (shift) scan(0, 1);
  if (reduce) scan(1, 2);
  if (left) {
    scan(2, 2 + root);
    scan(2 + root + 1, 2 + nl);
  }
  if (right) {
    if (from_root) {
      scan(2 + nl + root, 2 + nl + root + 1);
    } else {
      scan(2 + nl, 2 + nl + root);
      scan(2 + nl + root + 1, 2 + 2 * nl);
    }
  }
  return best;
}

void Parser::apply_class(ArcEagerState* st, int cls) const {
  const int nl = static_cast<int>(labels_.size());
  if (cls == 0)
    st->apply(ArcEagerState::kShift, -1);
  else if (cls == 1)
    st->apply(ArcEagerState::kReduce, -1);
  else if (cls < 2 + nl)
    st->apply(ArcEagerState::kLeft, cls - 2);
  else
    st->apply(ArcEagerState::kRight, cls - 2 - nl);
}

void Parser::parse(const std::vector<std::string_view>& forms, const std::vector<int>& tags,
                   std::vector<int>* heads, std::vector<int>* labels) const {
  const int n = static_cast<int>(forms.size());
  // Per-thread buffers, reused from sentence to sentence (no allocation once
  // warm); the Parser itself stays read-only.
  struct Workspace {
    Context ctx;
    ArcEagerState st{0};
    std::vector<float> scores;
  };
  thread_local Workspace ws;
  Context& ctx = ws.ctx;
  ArcEagerState& st = ws.st;
  prepare(forms, tags, &ctx);
  st.reset(n, system_);
  std::vector<float>& scores = ws.scores;
  scores.resize(num_classes());
  uint64_t feats[kMaxParserFeatures];
  while (!st.terminal()) {
    if (st.buffer_empty()) {
      // Non-monotonic end: REDUCE (or UNSHIFT) is the only legal move, no
      // need to score it (the eager system stops here).
      st.apply(ArcEagerState::kReduce, -1);
      continue;
    }
    int nf = features(ctx, st, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.score(feats, nf, scores.data());
    apply_class(&st, best_legal(st, scores.data()));
  }
  emit(&st, heads, labels);
}

void Parser::emit(ArcEagerState* st, std::vector<int>* heads, std::vector<int>* labels) const {
  st->finish(root_label_, fallback_label_);
  const int n = st->num_words();
  heads->resize(n);
  labels->resize(n);
  for (int w = 1; w <= n; ++w) {
    (*heads)[w - 1] = st->head(w);
    (*labels)[w - 1] = st->label(w);
  }
}

template <typename Fn>
void Parser::for_each_legal(const ArcEagerState& st, Fn&& fn) const {
  // The classes best_legal() scans, in the same order.
  const int nl = static_cast<int>(labels_.size());
  const int root = root_label_;
  auto each = [&](int from, int to) {
    for (int c = from; c < to; ++c) fn(c);
  };
  if (st.can(ArcEagerState::kShift)) fn(0);
  if (st.can(ArcEagerState::kReduce)) fn(1);
  if (st.can(ArcEagerState::kLeft)) {
    each(2, 2 + root);
    each(2 + root + 1, 2 + nl);
  }
  if (st.can(ArcEagerState::kRight)) {
    if (st.stack_top() == 0) {
      fn(2 + nl + root);
    } else {
      each(2 + nl, 2 + nl + root);
      each(2 + nl + root + 1, 2 + 2 * nl);
    }
  }
}

namespace {

// A move considered by the beam: class `cls` (-1: none, the state is
// terminal) from configuration `from`, reaching summed score `score`.
struct BeamCandidate {
  double score;
  int from;
  int cls;
};

// Higher score first; ties to the earlier configuration, then the lower
// class (so a beam of one picks what best_legal() picks).
bool beam_before(const BeamCandidate& a, const BeamCandidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.from != b.from) return a.from < b.from;
  return a.cls < b.cls;
}

}  // namespace

void Parser::parse(const std::vector<std::string_view>& forms, const std::vector<int>& tags,
                   const ParseSearch& search, std::vector<int>* heads,
                   std::vector<int>* labels) const {
  if (search.beam <= 1) {
    parse(forms, tags, heads, labels);
    return;
  }
  struct Workspace {
    Context ctx;
    ArcEagerState st{0};
  };
  thread_local Workspace ws;
  const int n = static_cast<int>(forms.size());
  prepare(forms, tags, &ws.ctx);
  beam_search(ws.ctx, n, search, &ws.st);
  emit(&ws.st, heads, labels);
}

void Parser::beam_search(const Context& ctx, int n, const ParseSearch& search,
                         ArcEagerState* out) const {
  // A move adds its log-softmax over the legal moves of its configuration
  // (scores / temperature) to the sequence's total, in doubles. Raw score
  // sums favour longer sequences (the non-monotonic system's unshifted
  // words get moves scored twice): EWT dev, beam 4, UAS 76.45 raw, 86.42
  // with log-softmax at temperature 20.
  struct Workspace {
    std::vector<ArcEagerState> states, next;
    std::vector<double> totals, next_totals;
    std::vector<BeamCandidate> candidates, own;
    std::vector<float> scores;
    std::vector<int> uses;
  };
  thread_local Workspace ws;
  const size_t k = static_cast<size_t>(search.beam);
  if (ws.states.size() < k) {
    ws.states.resize(k, ArcEagerState(0));
    ws.next.resize(k, ArcEagerState(0));
  }
  ws.totals.assign(k, 0.0);
  ws.next_totals.assign(k, 0.0);
  ws.scores.resize(num_classes());
  ws.states[0].reset(n, system_);
  const double inv_t = 1.0 / std::max(1e-3f, search.temperature);
  const double prune = search.prune > 0 ? search.prune : std::numeric_limits<double>::infinity();
  size_t live = 1;
  uint64_t feats[kMaxParserFeatures];
  auto by_rank = [&](std::vector<BeamCandidate>* v) {
    if (v->size() > k) {
      std::nth_element(v->begin(), v->begin() + static_cast<ptrdiff_t>(k) - 1, v->end(),
                       beam_before);
      v->resize(k);
    }
    std::sort(v->begin(), v->end(), beam_before);
  };
  for (;;) {
    ws.candidates.clear();
    bool moving = false;
    for (size_t i = 0; i < live; ++i) {
      const ArcEagerState& st = ws.states[i];
      const double total = ws.totals[i];
      const int from = static_cast<int>(i);
      if (st.terminal()) {
        ws.candidates.push_back({total, from, -1});
        continue;
      }
      moving = true;
      if (st.buffer_empty()) {  // the forced, unscored REDUCE of greedy
        ws.candidates.push_back({total, from, 1});
        continue;
      }
      const int nf = features(ctx, st, feats);
      std::fill(ws.scores.begin(), ws.scores.end(), 0.0f);
      model_.score(feats, nf, ws.scores.data());
      const float* s = ws.scores.data();
      float best = -std::numeric_limits<float>::infinity();
      for_each_legal(st, [&](int c) { best = std::max(best, s[c]); });
      // Log-probabilities relative to the best move; the moves below the
      // pruning threshold cannot survive it. The normalizer leaves out moves
      // more than 12 nats below the best (at most ~1e-4 nats of error) and
      // is needed only with several configurations (see below).
      ws.own.clear();
      const bool normalize = live > 1;
      const float keep_floor = static_cast<float>(best - prune * search.temperature);
      const float exp_floor = best - 12.0f * search.temperature;
      const float inv_tf = static_cast<float>(inv_t);
      float sum = 0.0f;
      for_each_legal(st, [&](int c) {
        const float v = s[c];
        if (normalize && v > exp_floor) sum += std::exp((v - best) * inv_tf);
        if (v >= keep_floor) ws.own.push_back({(static_cast<double>(v) - best) * inv_t, from, c});
      });
      // With one configuration, every candidate comes from it and every later
      // one descends from them: the normalizer is common to all, skip it.
      const double offset = normalize ? total - std::log(static_cast<double>(sum)) : total;
      by_rank(&ws.own);  // only its k best moves can be among the k best
      for (BeamCandidate& c : ws.own) c.score += offset;
      ws.candidates.insert(ws.candidates.end(), ws.own.begin(), ws.own.end());
    }
    if (!moving) break;
    by_rank(&ws.candidates);
    size_t kept = 1;
    while (kept < ws.candidates.size() &&
           ws.candidates[kept].score >= ws.candidates[0].score - prune)
      ++kept;
    // Each configuration goes to its last successor, copied to the others.
    ws.uses.assign(live, 0);
    for (size_t j = 0; j < kept; ++j) ++ws.uses[ws.candidates[j].from];
    for (size_t j = 0; j < kept; ++j) {
      const BeamCandidate& c = ws.candidates[j];
      if (--ws.uses[c.from] == 0)
        std::swap(ws.next[j], ws.states[c.from]);
      else
        ws.next[j] = ws.states[c.from];
      if (c.cls >= 0) apply_class(&ws.next[j], c.cls);
      ws.next_totals[j] = c.score;
    }
    live = kept;
    std::swap(ws.states, ws.next);
    std::swap(ws.totals, ws.next_totals);
  }
  // The last ranking sorted the configurations: the first is the best.
  std::swap(*out, ws.states[0]);
}

// ---------------------------------------------------------------------------
// Training

void Parser::train(const std::vector<std::string>& label_names,
                   const std::vector<ParseInput>& sentences, int iterations, std::mt19937_64* rng,
                   const std::function<void(int)>& progress, float min_weight) {
  ParserTrainOptions options;
  options.iterations = iterations;
  options.min_weight = min_weight;
  train(label_names, sentences, options, rng, progress);
}

void Parser::train(const std::vector<std::string>& label_names,
                   const std::vector<ParseInput>& sentences, const ParserTrainOptions& options,
                   std::mt19937_64* rng, const std::function<void(int)>& progress) {
  system_ = options.system;
  labels_ = label_names;
  root_label_ = 0;
  fallback_label_ = 0;
  for (size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i] == "root") root_label_ = static_cast<int>(i);
    if (labels_[i] == "parataxis") fallback_label_ = static_cast<int>(i);
  }
  const int nc = num_classes();
  const int nl = static_cast<int>(labels_.size());
  const int iterations = std::max(1, options.iterations);
  const int members = std::max(1, options.members);
  // Gold trees, projectivized, 1-based.
  std::vector<std::vector<int>> gold_heads(sentences.size()), gold_labels(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    const ParseInput& s = sentences[i];
    gold_heads[i].assign(1, -1);
    gold_labels[i].assign(1, -1);
    gold_heads[i].insert(gold_heads[i].end(), s.heads.begin(), s.heads.end());
    gold_labels[i].insert(gold_labels[i].end(), s.labels.begin(), s.labels.end());
    projectivize(&gold_heads[i]);
  }
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(nc);
  std::vector<int> costs(nc);
  uint64_t feats[kMaxParserFeatures];
  Context ctx;
  std::vector<std::string_view> forms;
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  // The members' mean, summed as they finish (one member: unused).
  LinearTrainer mean(nc);
  LinearTrainer last_member(nc);  // one member: its weights
  for (int member = 0; member < members; ++member) {
    LinearTrainer trainer(nc);
    for (int it = 0; it < iterations; ++it) {
      deterministic_shuffle(&order, rng);
      const bool explore = it >= options.explore_from;
      // Feature frequencies for PruneRule::kSaliency: the states of the
      // last epoch (the model's own, mostly, when exploring).
      const bool count = it + 1 == iterations;
      for (size_t idx : order) {
        const ParseInput& s = sentences[idx];
        const auto& gh = gold_heads[idx];
        const auto& gl = gold_labels[idx];
        forms.assign(s.forms.begin(), s.forms.end());
        prepare(forms, s.tags, &ctx);
        ArcEagerState st(static_cast<int>(forms.size()), system_);
        while (!st.terminal()) {
          int nf = features(ctx, st, feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          trainer.score(feats, nf, scores.data());
          if (count) trainer.count(feats, nf);
          int guess = best_legal(st, scores.data());
          // Costs of the four moves, then per label.
          int move_cost[4];
          for (int m = 0; m < 4; ++m)
            move_cost[m] = st.can(static_cast<ArcEagerState::Move>(m))
                               ? st.cost(static_cast<ArcEagerState::Move>(m), -1, gh, gl)
                               : -1;
          int s0 = st.stack_top(), b0 = st.buffer_front();
          int min_cost = std::numeric_limits<int>::max();
          for (int c = 0; c < nc; ++c) {
            if (!legal(st, c)) {
              costs[c] = -1;
              continue;
            }
            int cost;
            if (c == 0)
              cost = move_cost[0];
            else if (c == 1)
              cost = move_cost[1];
            else if (c < 2 + nl)
              cost = move_cost[2] + (gh[s0] == b0 && gl[s0] != c - 2 ? 1 : 0);
            else
              cost = move_cost[3] + (gh[b0] == s0 && gl[b0] != c - 2 - nl ? 1 : 0);
            costs[c] = cost;
            min_cost = std::min(min_cost, cost);
          }
          int best_gold = -1;
          for (int c = 0; c < nc; ++c)
            if (costs[c] == min_cost && (best_gold < 0 || scores[c] > scores[best_gold]))
              best_gold = c;
          if (costs[guess] != min_cost) trainer.update(feats, nf, best_gold, guess);
          trainer.tick();
          int next = best_gold;
          if (explore && coin(*rng) < options.explore_prob) next = guess;
          apply_class(&st, next);
        }
      }
      const bool last = it + 1 == iterations;
      if (members == 1) {
        if (progress) {
          trainer.compile(&model_, 0.0f);
          progress(it);
        }
        if (last) last_member = std::move(trainer);
        continue;
      }
      // Several members: the first member's epochs, then the mean so far
      // at the end of each later member (the figures that tell whether
      // another member helps).
      if (last) mean.add_averaged(trainer, 1.0f / static_cast<float>(members));
      if (!progress || (member > 0 && !last)) continue;
      if (last)
        mean.compile(&model_, 0.0f);
      else
        trainer.compile(&model_, 0.0f);
      progress(member * iterations + it);
    }
  }
  const LinearTrainer& final_weights = members > 1 ? mean : last_member;
  for (const auto& [rule, bytes] : options.compare_cuts) {
    size_t saved = final_weights.compile_to_size(&model_, rule, options.min_weight, bytes);
    if (options.on_compare) options.on_compare(rule, saved);
  }
  final_weights.compile_to_size(&model_, options.prune, options.min_weight, options.max_bytes);
}

void Parser::save(BinaryWriter* w) const {
  w->pod<uint32_t>(static_cast<uint32_t>(system_));
  w->strings(labels_);
  w->pod<int32_t>(root_label_);
  w->pod<int32_t>(fallback_label_);
  model_.save(w);
}

bool Parser::load(BinaryReader* r) {
  // From format version 5 the transition system comes first; older models
  // are eager.
  uint32_t system = static_cast<uint32_t>(ParserSystem::kEager);
  if ((r->version() == 0 || r->version() >= 5) &&
      (!r->pod(&system) || system > static_cast<uint32_t>(ParserSystem::kNonMonotonic)))
    return false;
  system_ = static_cast<ParserSystem>(system);
  int32_t root = 0, fallback = 0;
  if (!r->strings(&labels_) || !r->pod(&root) || !r->pod(&fallback) || !model_.load(r))
    return false;
  root_label_ = root;
  fallback_label_ = fallback;
  int nl = static_cast<int>(labels_.size());
  return nl > 0 && nl <= 64 && root >= 0 && root < nl && fallback >= 0 && fallback < nl &&
         model_.num_classes() == num_classes();
}

}  // namespace parley::nlp
