// Labeled dependency parser: greedy arc-eager transitions (Nivre 2003) scored
// by an averaged perceptron over Zhang & Nivre (2011) rich non-local features
// (valency, label sets, second-order heads and children), trained with the
// dynamic oracle of Goldberg & Nivre (2012) and error exploration.
//
// Transitions: SHIFT, REDUCE, LEFT-ARC(label), RIGHT-ARC(label). The artificial
// root 0 sits at the bottom of the stack; RIGHT-ARC from it ("root") is allowed
// once, so the parse has a single root. Words left without a head at the end
// are attached to that root word (or become the root when there is none).
//
// Two transition systems (ParserSystem, recorded in the model):
//  - kEager: the monotonic arc-eager system above.
//  - kNonMonotonic: the arc-eager system with the repairs of Honnibal,
//    Goldberg & Johnson (2013) and Honnibal & Johnson (2015): LEFT-ARC may
//    take a stack word that already has a head (its earlier RIGHT-ARC head is
//    replaced), and REDUCE of a headless word once the buffer is empty is an
//    UNSHIFT: the word goes back to the buffer (it may not be shifted again)
//    and must be attached by LEFT-ARC or RIGHT-ARC, instead of falling to
//    the root at the end. The dynamic oracle counts a stack word's gold arc
//    from a buffer word as reachable whatever its current head; arcs between
//    two stack words count as lost (the end-of-sentence unshift can restore
//    some, which only lowers later costs). A wrong RIGHT-ARC costs as in the
//    eager system even when it could be repaired (counting it free made dev
//    UAS 1.8 worse after 3 epochs: the repairs are for recovering from
//    mistakes). Same moves and classes, so the same features and model
//    layout. Measured on EWT dev, seed 1, jackknifed tags, weights cut at
//    1.3: one member of 8 epochs, eager UAS/LAS 84.93/81.74, non-monotonic
//    85.48/82.33; the shipped settings (3 members of 12 epochs) 85.52/82.43
//    and 85.73/82.61. Parsing executes ~2% more instructions (LEFT-ARC is
//    legal more often; the forced moves at the end are not scored).
//
// Pruning (ParserTrainOptions::prune, max_bytes): the weights kept for a
// size are ranked by |w| (magnitude) or by |w| x firings of the feature in
// the last epoch (saliency). Averaged members have small weights, so a
// magnitude cut deep enough for a small file drops frequent, useful ones.
// EWT dev, seed 1, the shipped settings (3 members x 12 epochs, non-monotonic,
// jackknifed single-member tags; unpruned 85.87/82.85 UAS/LAS), whole model
// 24.66 MB: magnitude 85.49/82.49, saliency 85.70/82.65; 27.5 MB: 85.74/82.69
// and 85.80/82.80; 29.9 MB: 85.70/82.68 and 85.83/82.84. Near the full size
// the two are within noise (5 members, 29.9 MB: 85.96/82.94 and 85.78/82.79).
//
// Search (ParseSearch): greedy by default; a beam of K configurations is an
// accuracy mode with the same model. Each move adds its log-softmax over the
// legal moves (scores / 20) to its sequence: summed raw perceptron scores
// favour sequences with more scored moves and made beams worse than greedy
// (EWT dev UAS, beam 2/4/8: 81.03/76.45/73.35 raw; with log-softmax at
// temperature 5/10/20/40, beam 4: 85.72/86.03/86.42/85.55). Selectional
// branching (Choi & McCallum 2013; re-parse greedily from the 4 smallest
// margins, same scoring) gave 86.34/83.29 at 0.35x pipeline speed: a pruned
// beam of 4 is as good and cheaper. EWT test UAS/LAS, greedy 86.34/83.50,
// beam 4 87.05/84.38, beam 8 87.12/84.47.
//
// Non-projective trees: arc-eager only builds projective trees. Training
// trees are projectivized by lifting (Kahane et al. 1998; Nivre & Nilsson
// 2005 without label encoding): the shortest non-projective arc's dependent is
// reattached to its grandparent until the tree is projective. The parser thus
// never predicts crossing arcs: EWT v2.15 has 354 non-projective arcs of
// 204,577 words in train (0.17%; 288 of 12,544 sentences) and 27 of 25,094
// in test (0.11%), so label-encoded pseudo-projective parsing could win at
// most 0.1 UAS.
//
// Thread safety: a trained Parser is read-only; parse() may run concurrently.
#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "parley/nlp/binary_io.h"
#include "parley/nlp/perceptron.h"

namespace parley::nlp {

// One sentence as the parser sees it. Heads are 1-based (0 = root).
struct ParseInput {
  std::vector<std::string> forms;
  std::vector<int> tags;    // tagger tag ids
  std::vector<int> heads;   // gold, training only
  std::vector<int> labels;  // gold label ids, training only
};

// The parser's transition system (see top); stored in the model.
enum class ParserSystem : uint32_t { kEager = 0, kNonMonotonic = 1 };

// The arc-eager configuration, exposed for tests.
class ArcEagerState {
 public:
  enum Move { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3 };

  explicit ArcEagerState(int num_words, ParserSystem system = ParserSystem::kEager);
  // Back to the initial state for a sentence of `num_words`, reusing the
  // memory (one state serves many sentences without allocating).
  void reset(int num_words);
  // The same, switching to `system`.
  void reset(int num_words, ParserSystem system) {
    nonmono_ = system == ParserSystem::kNonMonotonic;
    reset(num_words);
  }
  int num_words() const { return n_; }
  ParserSystem system() const {
    return nonmono_ ? ParserSystem::kNonMonotonic : ParserSystem::kEager;
  }
  // Eager: the buffer is empty. Non-monotonic: only the root is left on the
  // stack and the buffer is empty, or holds an unshifted word that can no
  // longer be attached (the root already has its word).
  bool terminal() const {
    if (!nonmono_) return b_ > bend_;
    return stack_.size() == 1 && (b_ > bend_ || (front_unshifted_ && root_used_));
  }
  int stack_top() const { return stack_.back(); }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  int stack_at(int i) const {  // 0 = top; -1 when absent
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : -1;
  }
  int buffer_front() const { return b_; }
  bool buffer_empty() const { return b_ > bend_; }
  int buffer_at(int i) const { return b_ + i <= bend_ ? b_ + i : -1; }
  int head(int w) const { return head_[w]; }
  int label(int w) const { return label_[w]; }

  bool can(Move m) const;
  // `label` is ignored for SHIFT and REDUCE.
  void apply(Move m, int label);
  // Number of gold arcs made unreachable by `m` (Goldberg & Nivre 2012; for
  // the non-monotonic system with the reachability stated at the top);
  // gold_heads/labels are 1-based arrays of size n+1 (index 0 unused) and
  // must form a projective tree. label < 0 ignores labels.
  int cost(Move m, int label, const std::vector<int>& gold_heads,
           const std::vector<int>& gold_labels) const;
  // After the terminal state: attaches headless words (see parser.h top).
  void finish(int root_label, int fallback_label);

  // Tree-context accessors for features (-1 when absent).
  int leftmost(int w) const { return w >= 0 ? l1_[w] : -1; }
  int leftmost2(int w) const { return w >= 0 ? l2_[w] : -1; }
  int rightmost(int w) const { return w >= 0 ? r1_[w] : -1; }
  int rightmost2(int w) const { return w >= 0 ? r2_[w] : -1; }
  int left_count(int w) const { return w >= 0 ? nl_[w] : 0; }
  int right_count(int w) const { return w >= 0 ? nr_[w] : 0; }
  uint64_t left_labels(int w) const { return w >= 0 ? ls_[w] : 0; }
  uint64_t right_labels(int w) const { return w >= 0 ? rs_[w] : 0; }

 private:
  void add_arc(int h, int d, int label);
  // Removes d's arc (non-monotonic LEFT-ARC), recomputing its head's
  // children on that side.
  void remove_arc(int d);
  int eager_cost(Move m, int label, const std::vector<int>& gh, const std::vector<int>& gl) const;
  int nonmono_cost(Move m, int label, const std::vector<int>& gh, const std::vector<int>& gl) const;
  int n_;
  // The buffer is b_..bend_ (bend_ = n_ but after an UNSHIFT, which puts the
  // word back as b_ = bend_).
  int b_;
  int bend_;
  bool nonmono_ = false;
  bool front_unshifted_ = false;
  bool root_used_ = false;
  std::vector<int> stack_;
  std::vector<int> head_, label_, l1_, l2_, r1_, r2_, nl_, nr_;
  std::vector<uint64_t> ls_, rs_;
  std::vector<char> in_stack_;
};

// Makes a tree projective by lifting (see top). heads is 1-based (size n+1).
// Returns the number of arcs lifted.
int projectivize(std::vector<int>* heads);
bool is_projective(const std::vector<int>& heads);

// How Parser::parse searches (see Parser::parse). The default is greedy.
struct ParseSearch {
  // Configurations kept per step (beam search); 1 = greedy.
  int beam = 1;
  // Moves add their log-softmax over the legal moves, scores divided by
  // `temperature` (the perceptron's scores are not probabilities; 20 is
  // best for the shipped model on EWT dev).
  float temperature = 20.0f;
  // When > 0, moves and configurations whose total is more than `prune`
  // below the best's are dropped (log-probability units): where the parser
  // is sure, the beam holds one configuration and costs little more than
  // greedy. EWT dev UAS/LAS (pipeline speed vs greedy, bench_parse
  // --versus-beam): beam 4 pruned at 2: 86.43/83.43 (0.53x), at 3 the same
  // (0.47x); beam 8 at 2: 86.48/83.50 (0.43x), at 3 86.56/83.56 (0.33x),
  // unpruned the same (~0.13x, separate runs); greedy 85.50/82.49.
  float prune = 2.0f;

  // The default search with a beam of `width` (1: greedy).
  static ParseSearch with_beam(int width) {
    ParseSearch s;
    s.beam = width;
    return s;
  }
};

// How Parser::train learns (see there).
struct ParserTrainOptions {
  int iterations = 12;  // epochs per member
  // The final model keeps only weights of at least this magnitude.
  float min_weight = 0.01f;
  // Then, when its parser model (LinearModel::save) would exceed max_bytes
  // (0 = no limit), only the weights ranked best by `prune` that fit. The
  // saliency rule counts feature firings in the last epoch of each member.
  PruneRule prune = PruneRule::kMagnitude;
  size_t max_bytes = 0;
  // Cuts scored before the final one, to compare rules at equal size: for
  // each (rule, bytes) the model is compiled with it (as above, min_weight
  // included) and on_compare(rule, saved bytes) is called with it in place.
  std::vector<std::pair<PruneRule, size_t>> compare_cuts;
  std::function<void(PruneRule, size_t)> on_compare;
  // Weight averaging: `members` perceptrons are trained one after the other
  // on different shuffles (and exploration coins) of the same data, and the
  // model is the mean of their averaged weights. A mean of linear models is
  // one linear model: parsing costs the same, only the key table grows.
  int members = 1;
  // Error exploration (Goldberg & Nivre 2012): from epoch `explore_from`
  // (0-based) on, training follows the model's own move with probability
  // `explore_prob` (the best zero-cost move otherwise).
  int explore_from = 1;
  double explore_prob = 0.9;
  ParserSystem system = ParserSystem::kEager;
};

class Parser {
 public:
  // Parses one sentence: heads (1-based, 0 = root) and label ids per word.
  void parse(const std::vector<std::string_view>& forms, const std::vector<int>& tags,
             std::vector<int>* heads, std::vector<int>* labels) const;
  // The same with a search other than greedy. A beam keeps the `beam`
  // configurations of highest summed move score at each step (each scored
  // once; ties go to the earlier configuration, then the lower class), and
  // configurations that finish early wait in it with their score; the best
  // one at the end is the parse. beam == 1 is the greedy parse above, byte for
  // byte.
  void parse(const std::vector<std::string_view>& forms, const std::vector<int>& tags,
             const ParseSearch& search, std::vector<int>* heads, std::vector<int>* labels) const;

  const std::vector<std::string>& labels() const { return labels_; }
  ParserSystem system() const { return system_; }

  void save(BinaryWriter* w) const;
  bool load(BinaryReader* r);

  // Trains on `sentences` (gold heads/labels; tags as the tagger predicts
  // them). `label_names` must contain "root". progress(epoch) is called after
  // each epoch with the averaged model in place. The final model keeps only
  // weights of at least `min_weight` in magnitude (and no feature left
  // without weights: pruning a compiled model would keep their slots).
  void train(const std::vector<std::string>& label_names, const std::vector<ParseInput>& sentences,
             int iterations, std::mt19937_64* rng, const std::function<void(int)>& progress,
             float min_weight = 0.01f);
  // The same with all options. With several members, progress(epoch) counts
  // the epochs of all members (member m's epoch e is m * iterations + e); it
  // is called after every epoch of the first member (its own model), then
  // only after the last epoch of each later member, with the mean of the
  // members so far (unpruned) in place. The final model is the mean of all.
  void train(const std::vector<std::string>& label_names, const std::vector<ParseInput>& sentences,
             const ParserTrainOptions& options, std::mt19937_64* rng,
             const std::function<void(int)>& progress);

 private:
  struct Context;
  int num_classes() const { return 2 + 2 * static_cast<int>(labels_.size()); }
  void prepare(const std::vector<std::string_view>& forms, const std::vector<int>& tags,
               Context* ctx) const;
  static int features(const Context& ctx, const ArcEagerState& st, uint64_t* out);
  int best_legal(const ArcEagerState& st, const float* scores) const;
  // Calls fn(cls) for every legal class of `st`, in class order.
  template <typename Fn>
  void for_each_legal(const ArcEagerState& st, Fn&& fn) const;
  // The beam of parse(..., search, ...), ending in a terminal state that has
  // not been finish()ed.
  void beam_search(const Context& ctx, int n, const ParseSearch& search, ArcEagerState* out) const;
  // Emits the tree of a terminal state.
  void emit(ArcEagerState* st, std::vector<int>* heads, std::vector<int>* labels) const;
  void apply_class(ArcEagerState* st, int cls) const;
  bool legal(const ArcEagerState& st, int cls) const;

  ParserSystem system_ = ParserSystem::kEager;
  std::vector<std::string> labels_;
  int root_label_ = 0;
  int fallback_label_ = 0;
  LinearModel model_;
};

}  // namespace parley::nlp
