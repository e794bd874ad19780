// SentenceCoder: verb dictionary patterns matched over the tree (sentence_coder.h).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "parley/code/parse_repair.h"
#include "parley/code/sentence_coder.h"
#include "parley/code/ud_relations.h"
#include "parley/code/word_set.h"

namespace parley::code::internal {

// "signed an accord to supply Gondor", "vowed to wage war": a subjectless
// to-infinitive adjunct continues its governing verb's phrase, like an xcomp.
bool SentenceCoder::IsInfinitivalPurpose(int w) const {
  int mark = Child(w, "mark");
  return mark >= 0 && n_[mark].lemma == "to" && Child(w, "nsubj") < 0 && Child(w, "nsubj:pass") < 0;
}

// "barred officials from entering", "pressured Kyiv into signing": a
// subjectless gerund introduced by "from" or "into" completes its governing
// verb's phrase (the dictionary's "bar from entering"), though UD attaches
// it as an adverbial clause.
bool SentenceCoder::IsPrepositionalGerund(int w) const {
  const std::string& form = n_[w].form;
  if (n_[w].upos != "VERB" || form.size() < 5 || form.compare(form.size() - 3, 3, "ing") != 0 ||
      Child(w, "nsubj") >= 0 || Child(w, "nsubj:pass") >= 0)
    return false;
  int mark = Child(w, "mark");
  if (mark < 0) return false;
  // (and "against" after a warning: "warned Japan against interfering", the
  // dictionary's "warn against"; not "argued against sending", whose
  // gerund's phrases are no party of the argument)
  const int head = n_[w].head;
  return OneOf(n_[mark].lemma, {"from", "into"}) ||
         (n_[mark].lemma == "against" && head >= 0 && OneOf(n_[head].lemma, {"warn", "caution"}));
}

// Descendants of root that stay within its clause (no clausal complements,
// adverbial or relative clauses, coordinated verbs, parataxis).
void SentenceCoder::Domain(int root, std::vector<int>* out, bool include_acl) const {
  std::vector<int> stack{root};
  while (!stack.empty()) {
    int w = stack.back();
    stack.pop_back();
    for (int k : n_[w].kids) {
      std::string_view rel = n_[k].rel;
      std::string_view base = RelationBase(rel);
      if (base == "advcl" && !IsInfinitivalPurpose(k) && !IsPrepositionalGerund(k)) continue;
      if (OneOf(base, {"ccomp", "parataxis", "csubj", "punct", "discourse", "vocative", "dep",
                       "list", "reparandum"}))
        continue;
      if (rel == "acl:relcl") continue;
      if (base == "acl" && !include_acl) continue;
      if (base == "conj" && IsVerbal(n_[k])) continue;
      out->push_back(k);
      stack.push_back(k);
    }
  }
  std::sort(out->begin(), out->end());
}

const std::vector<int>& SentenceCoder::CachedDomain(int root, bool include_acl) const {
  int k = include_acl ? 1 : 0;
  if (dom_ready_[k].size() != n_.size()) {
    dom_ready_[k].assign(n_.size(), 0);
    dom_cache_[k].assign(n_.size(), {});
  }
  if (!dom_ready_[k][root]) {
    Domain(root, &dom_cache_[k][root], include_acl);
    dom_ready_[k][root] = 1;
  }
  return dom_cache_[k][root];
}

bool SentenceCoder::WordMatches(int w, const std::vector<std::string>& alternatives) const {
  return MatchLengthEndingAt(w, alternatives) > 0;
}

// PETRARCH "{NEW &TIETYPES RELATIONS}": the modifiers are the head's own
// pre-head dependents, in order, nearest first; one other modifier may stand
// in between ("new global economic relations", not "new global economic
// trade relations"). A conjoined modifier counts as one ("death and injury toll").
bool SentenceCoder::ModifiersPrecede(int head,
                                     const std::vector<std::vector<std::string>>& mods) const {
  if (mods.empty()) return true;
  std::vector<int> deps;  // the head's dependents before it, nearest first
  for (auto it = n_[head].kids.rbegin(); it != n_[head].kids.rend(); ++it) {
    int k = *it;
    if (k > head || OneOf(RelationBase(n_[k].rel), {"det", "case", "punct", "cc"})) continue;
    deps.push_back(k);
  }
  std::sort(deps.rbegin(), deps.rend());
  int skips_left = 1;
  size_t d = 0;
  for (auto it = mods.rbegin(); it != mods.rend(); ++it) {
    while (d < deps.size() && MatchLengthEndingAt(deps[d], *it) == 0) {
      if (skips_left-- == 0) return false;
      ++d;
    }
    if (d == deps.size()) return false;
    ++d;
  }
  return true;
}

int SentenceCoder::MatchLengthEndingAt(int w, const std::vector<std::string>& alternatives) const {
  const Node& n = n_[w];
  if (const AlternativesIndex::Set* set = coder_.alternatives().Find(alternatives)) {
    if (AlternativesIndex::Has(set->single, n.lemma_id) ||
        AlternativesIndex::Has(set->single, n.form_id))
      return 1;
    for (const AlternativesIndex::Set::Multi& m : set->multi) {
      if (m.last != n.lemma_id && m.last != n.form_id) continue;
      if (int words = WordsEndingAt(w, m.text)) return words;
    }
    return 0;
  }
  for (const std::string& alt : alternatives) {
    if (alt.find(' ') == std::string::npos) {
      if (alt == n.lemma || alt == n.form) return 1;
      continue;
    }
    if (int words = WordsEndingAt(w, alt)) return words;
  }
  return 0;
}

// Reads "is to" backwards from w: its last word must be w (lemma or form),
// the one before it w - 1, and so on. Runs of spaces separate words.
int SentenceCoder::WordsEndingAt(int w, std::string_view alt) const {
  int words = 0;
  size_t end = alt.size();
  while (end > 0) {
    size_t space = alt.rfind(' ', end - 1);
    size_t begin = space == std::string_view::npos ? 0 : space + 1;
    if (begin < end) {
      std::string_view part = alt.substr(begin, end - begin);
      int pos = w - words;
      if (pos < 0 || (n_[pos].lemma != part && n_[pos].form != part)) return 0;
      ++words;
    }
    if (space == std::string_view::npos) break;
    end = space;
  }
  return words;
}

bool SentenceCoder::InSubjectOf(int w, int p) const {
  bool is_target = false;
  int subject = SubjectWord(p, &is_target);
  for (int guard = 0; subject >= 0 && w >= 0 && guard < 32; ++guard, w = n_[w].head)
    if (w == subject) return true;
  return false;
}

// PETRARCH reads a bare pattern noun ("* TRIP") off the verb phrase's
// own phrases, not out of a prepositional phrase nested in one of them
// ("made his remarks at the start of a regional trip" is no trip).
bool SentenceCoder::InPrepositionalPhrase(int w, int p) const {
  for (int guard = 0; w >= 0 && n_[w].head != p && guard < 32; ++guard, w = n_[w].head)
    for (int k : n_[w].kids)
      if (n_[k].rel == "case" && n_[k].lemma != "'s" && n_[k].form != "'s") return true;
  return false;
}

// "launched one of its largest drone attacks", "a wave of airstrikes": the
// noun an object counts or measures out stands for the object.
bool SentenceCoder::CountedObject(int w, int p) const {
  // (or a modifier of that noun: "drone" in "one of its largest drone attacks")
  for (int guard = 0;
       guard < 8 && n_[w].head >= 0 && OneOf(RelationBase(n_[w].rel), {"compound", "amod", "flat"});
       ++guard)
    w = n_[w].head;
  const int h = n_[w].head;
  if (h < 0 || RelationBase(n_[w].rel) != "nmod" || !HasCase(w, "of") || n_[h].head != p ||
      RelationBase(n_[h].rel) != "obj")
    return false;
  return n_[h].upos == "NUM" ||
         OneOf(n_[h].lemma, {"one", "some", "most", "many", "several", "dozen", "hundred",
                             "thousand", "series", "wave", "barrage", "number", "spate"});
}

int SentenceCoder::FindElement(const PatternElement& e, int root, int p,
                               const PredicateResult& r) const {
  const std::vector<int>& dom = CachedDomain(root, /*include_acl=*/false);
  for (int w : dom) {
    if (root == p) {
      if (e.before_predicate && w > p && !PassiveAgent(w, p, e)) continue;
      // PETRARCH "{DEATH TOLL} *": words before the verb belong to its
      // subject phrase ("recently allowed" does not match "RECENTLY *").
      if (e.before_predicate && e.kind == PatternElement::Kind::kWord && !InSubjectOf(w, p) &&
          !PassiveAgent(w, p, e))
        continue;
      if (!e.before_predicate && w < p && n_[w].rel != "obj" && !PassiveObject(w, p, e)) continue;
    }
    if (std::find(r.element_words.begin(), r.element_words.end(), w) != r.element_words.end())
      continue;
    const Node& n = n_[w];
    if (e.kind == PatternElement::Kind::kWord) {
      if (ChainVerbOf(w, p)) continue;
      if (e.prep.empty() && !e.before_predicate && root == p && InPrepositionalPhrase(w, p) &&
          !CountedObject(w, p))
        continue;
      // (nor a phrase of the verb giving a reason or an earlier time:
      // "launched missiles in retaliation for the strike(obl, for)";
      // parley's conventions)
      if (e.prep.empty() && root == p && n_[w].head == p && ParleyConventions() &&
          (HasCase(w, "for") || HasCase(w, "after") || HasCase(w, "following") ||
           HasCase(w, "despite")))
        continue;
      if (e.words.empty()) {
        if (!IsNominal(n) || e.prep.empty() || !IntroducedBy(w, e)) continue;
      } else {
        if (!WordMatches(w, e.words)) continue;
        // "(ON &TIETYPES)" matches "on economic issues": the word may
        // modify the noun the preposition introduces.
        if (!e.prep.empty() && !IntroducedBy(w, e) &&
            !(n.head >= 0 && OneOf(RelationBase(n.rel), {"amod", "compound", "nummod"}) &&
              IntroducedBy(n.head, e)))
          continue;
        if (!ModifiersPrecede(w, e.modifiers)) continue;
      }
      return w;
    }
    // Target / source / compound slots with a preposition; "(IN ^)", a
    // phrase that must be there but names nobody.
    if (!e.prep.empty()) {
      // ("marched against the government on Saturday": a day or a month
      // is when, never the party "MARCH ON +" wants)
      if (IsNominal(n) && IntroducedBy(w, e) && !IsDayName(n.lemma) && !IsMonthName(n.lemma))
        return w;
      continue;
    }
  }
  return -1;
}

bool SentenceCoder::ActorPhraseInObject(int w, int p) const {
  const int obj = Child(p, "obj");
  if (obj < 0 || w == obj || !InPhraseOf(w, obj)) return false;
  // (the object's own actor: itself or a modifier before its head, "the US
  // arms sale", "Russia's offer"; not a place of it, "the palace in Khartoum")
  auto own_modifier = [&](int x) {
    while (
        x != obj && x >= 0 &&
        (OneOf(RelationBase(n_[x].rel), {"compound", "amod", "flat"}) || n_[x].rel == "nmod:poss"))
      x = n_[x].head;
    return x == obj;
  };
  bool actor_in_w = false, actor_in_object = false;
  for (int x = 0; x < static_cast<int>(n_.size()); ++x) {
    if (actor_at_[x] < 0 || !InPhraseOf(x, obj)) continue;
    if (InPhraseOf(x, w)) actor_in_w = true;
    if (own_modifier(x)) actor_in_object = true;
  }
  return actor_in_w && actor_in_object;
}

bool SentenceCoder::HasWordElement(const VerbPattern& pat) {
  return std::any_of(pat.elements.begin(), pat.elements.end(), [](const PatternElement& e) {
    return e.kind == PatternElement::Kind::kWord && !e.words.empty();
  });
}

bool SentenceCoder::MatchPattern(int p, const VerbPattern& pat, PredicateResult* r) const {
  // Quick rejection: every required word must occur somewhere in the sentence.
  const AlternativesIndex& alternatives = coder_.alternatives();
  const size_t index = &pat - dicts_.patterns().data();
  const uint32_t* group = alternatives.required.data() + alternatives.required_at[index];
  const uint32_t* end = alternatives.required.data() + alternatives.required_at[index + 1];
  while (group < end) {
    const uint32_t* ids = group + 1;
    group = ids + *group;
    if (std::none_of(ids, group, [this](uint32_t id) { return InBag(id); })) return false;
  }
  r->element_words.assign(pat.elements.size(), -1);
  r->target_word = r->source_word = -1;
  r->target_is_subject = r->source_after = false;
  r->compound = false;
  r->skip_anchor = -1;
  r->skips = 0;
  for (size_t i = 0; i < pat.elements.size(); ++i) {
    const PatternElement& e = pat.elements[i];
    using K = PatternElement::Kind;
    // "(AT ^)": a skipped phrase must still be there, introduced by its
    // preposition (a bare '^' binds nothing: ActorAfterSkips counts it).
    if (e.kind == K::kSkip && e.prep.empty()) continue;
    if (e.kind == K::kCompound) {
      // A compound actor must be there: conjoined subjects (or objects).
      bool is_target = false;
      int subj = SubjectWord(p, &is_target);
      int holder = e.before_predicate ? subj : Child(p, "obj");
      if (holder < 0 || Child(holder, "conj") < 0) return false;
      r->compound = true;
      continue;
    }
    bool slot = e.kind == K::kTarget || e.kind == K::kSource;
    if (slot && e.prep.empty()) {
      // Plain positions, resolved with the roles: before the verb the subject,
      // after it the first actor-bearing nominal ("+ * MONEY $").
      if (e.kind == K::kTarget) r->target_is_subject = e.before_predicate;
      if (e.kind == K::kSource) r->source_after = !e.before_predicate;
      if (!e.before_predicate) {
        // '^' marks between the last bound word and this slot.
        int skips = 0;
        size_t j = i;
        while (j > 0 && r->element_words[j - 1] < 0) {
          if (pat.elements[j - 1].kind == K::kSkip) ++skips;
          --j;
        }
        if (j > 0 && skips > 0) {
          r->skip_anchor = r->element_words[j - 1];
          r->skips = skips;
        }
      }
      continue;
    }
    int root = p;
    if (e.parent >= 0 && e.parent < static_cast<int>(i) && r->element_words[e.parent] >= 0)
      root = r->element_words[e.parent];
    int w = FindElement(e, root, p, *r);
    if (w < 0 && root != p) w = FindElement(e, p, p, *r);
    if (w < 0) return false;
    // A pattern of the verb and a phrase alone ("protest to +") wants the
    // verb's own phrase, not one of an object that names an actor of its
    // own: "protested the US arms sale to Taiwan" is no complaint to Taiwan
    // (parley's conventions; an object naming none may have been given the
    // verb's phrase by the parser: "recaptured the palace from the RSF").
    if (ParleyConventions() && slot && !e.prep.empty() && root == p && !HasWordElement(pat) &&
        ActorPhraseInObject(w, p))
      return false;
    r->element_words[i] = w;
    if (e.kind == K::kTarget) r->target_word = w;
    if (e.kind == K::kSource) r->source_word = w;
  }
  // PETRARCH reads "* SUMMIT (IN ^) (ON)" in order: the skipped phrase
  // comes before the pattern's next phrase ("a summit in Geneva on Iran").
  for (size_t i = 0; i < pat.elements.size(); ++i) {
    if (pat.elements[i].kind != PatternElement::Kind::kSkip || r->element_words[i] < 0) continue;
    for (size_t j = i + 1; j < pat.elements.size(); ++j)
      if (r->element_words[j] >= 0) {
        if (r->element_words[j] < r->element_words[i]) return false;
        break;
      }
  }
  r->pattern = &pat;
  r->code = pat.code;
  r->reverse_code = pat.reverse_code;
  // Words the pattern names are consumed; a bare "(IN)" phrase is a slot
  // whose noun may still be an actor ("+ * (IN) $": "broke in an anti-Gondor parade").
  for (size_t i = 0; i < pat.elements.size(); ++i) {
    const PatternElement& e = pat.elements[i];
    bool bare_phrase = e.kind == PatternElement::Kind::kWord && e.words.empty();
    if (r->element_words[i] >= 0 && !bare_phrase) r->consumed.push_back(r->element_words[i]);
  }
  return true;
}

int SentenceCoder::WordsCovered(const PredicateResult& r) const {
  int cover = 0;
  for (size_t i = 0; i < r.pattern->elements.size(); ++i) {
    const PatternElement& e = r.pattern->elements[i];
    int w = r.element_words[i];
    if (w < 0 || e.kind != PatternElement::Kind::kWord) continue;
    cover += e.words.empty() ? 1 : MatchLengthEndingAt(w, e.words);
    cover += static_cast<int>(e.modifiers.size());
  }
  return cover;
}

namespace {

// The pattern text before its code: "- * SUPPORT  [060]  # LEND" -> "- * SUPPORT".
std::string_view PatternKey(std::string_view text) {
  text = text.substr(0, text.find('['));
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

bool SentenceCoder::PreferTiedPattern(int p, const PredicateResult& later,
                                      const PredicateResult& best) const {
  // How far the pattern's words sit from the verb; a prepositional phrase
  // counts from its preposition ("clash (WITH RIOTERS)" is as near as "clash WITH").
  auto distance = [&](const PredicateResult& m) {
    int d = 0;
    for (size_t k = 0; k < m.element_words.size(); ++k) {
      int w = m.element_words[k];
      PatternElement::Kind kind = m.pattern->elements[k].kind;
      if (w < 0 || (kind != PatternElement::Kind::kWord && kind != PatternElement::Kind::kSkip))
        continue;
      if (!m.pattern->elements[k].prep.empty())
        for (int c : n_[w].kids)
          if (n_[c].rel == "case") w = std::min(w, c);
      d += std::abs(w - p);
    }
    return d;
  };
  int dl = distance(later), db = distance(best);
  if (dl != db) return dl < db;
  // A word spelled out beats a synset that happens to hold it ("- MISSILE *"
  // [194] over "- &WEAPON *" [183]), as PETRARCH tries words first.
  auto alternatives = [&](const PredicateResult& m) {
    size_t n = 0;
    for (size_t k = 0; k < m.element_words.size(); ++k)
      if (m.element_words[k] >= 0 && m.pattern->elements[k].kind == PatternElement::Kind::kWord)
        n += m.pattern->elements[k].words.size();
    return n;
  };
  size_t al = alternatives(later), ab = alternatives(best);
  if (std::min(al, ab) <= 2 && std::max(al, ab) > 2 && al != ab) return al < ab;
  return later.pattern->block >= 0 &&
         PatternKey(later.pattern->text) == PatternKey(best.pattern->text);
}

bool SentenceCoder::MatchVerb(int p, PredicateResult* r) const {
  const Node& n = n_[p];
  // A verb listed under the surface form itself ("LEFT [040:040]" apart from
  // "LEAVE [012]") comes first.
  std::vector<const dict::Verb*> verbs;
  if (n.form != n.lemma)
    for (const dict::Verb* v : dicts_.FindVerbs(n.form))
      if (v->lemma == n.form) verbs.push_back(v);
  for (const dict::Verb* v : dicts_.FindVerbs(n.lemma))
    if (std::find(verbs.begin(), verbs.end(), v) == verbs.end()) verbs.push_back(v);
  if (n.form != n.lemma)
    for (const dict::Verb* v : dicts_.FindVerbs(n.form))
      if (std::find(verbs.begin(), verbs.end(), v) == verbs.end()) verbs.push_back(v);
  if (verbs.empty()) return false;
  // Multi-word verbs need their other words right before / after (or as a particle).
  struct Cand {
    const dict::Verb* v;
    size_t words;
    std::vector<int> extra;
  };
  std::vector<Cand> cands;
  for (const dict::Verb* v : verbs) {
    std::vector<int> extra;
    bool ok = true;
    for (size_t i = 0; i < v->before.size() && ok; ++i) {
      int w = p - static_cast<int>(v->before.size()) + static_cast<int>(i);
      if (w < 0 || (n_[w].lemma != v->before[i] && n_[w].form != v->before[i]))
        ok = false;
      else
        extra.push_back(w);
    }
    for (size_t i = 0; i < v->after.size() && ok; ++i) {
      int w = p + 1 + static_cast<int>(i);
      bool adjacent = w < static_cast<int>(n_.size()) &&
                      (n_[w].lemma == v->after[i] || n_[w].form == v->after[i]);
      if (adjacent) {
        extra.push_back(w);
        continue;
      }
      // A particle or preposition child anywhere ("cordoned the roads off").
      bool found = false;
      for (int k : n_[p].kids)
        if ((n_[k].rel == "compound:prt" || n_[k].rel == "advmod" || n_[k].rel == "obl") &&
            (n_[k].lemma == v->after[i] || n_[k].form == v->after[i])) {
          extra.push_back(k);
          found = true;
          break;
        }
      if (!found) ok = false;
    }
    if (ok) cands.push_back({v, v->before.size() + v->after.size(), extra});
  }
  if (cands.empty()) return false;
  std::stable_sort(cands.begin(), cands.end(),
                   [](const Cand& a, const Cand& b) { return a.words > b.words; });
  size_t best_words = cands[0].words;
  // The pattern covering the most words wins; among equals, the first
  // ("&HYPERCURR" matching "austrian gold florin" beats "&CURRENCY" on "florin").
  const Cand* best = nullptr;
  int best_cover = -1;
  for (const Cand& c : cands) {
    if (c.words != best_words) break;
    for (size_t i = 0; i < c.v->patterns.size(); ++i) {
      PredicateResult tmp;
      tmp.word = p;
      if (!MatchPattern(p, dicts_.pattern(c.v->patterns[i]), &tmp)) continue;
      int cover = WordsCovered(tmp);
      if (cover > best_cover || (cover == best_cover && PreferTiedPattern(p, tmp, *r))) {
        best_cover = cover;
        best = &c;
        *r = std::move(tmp);
      }
    }
  }
  if (best != nullptr) {
    r->verb = best->v;
    r->consumed.insert(r->consumed.end(), best->extra.begin(), best->extra.end());
    for (int x : best->extra) r->span_end_word = std::max(r->span_end_word, x);
    return true;
  }
  // No pattern: the verb's own code.
  const Cand& c = cands[0];
  r->word = p;
  r->verb = c.v;
  r->code = c.v->default_code;
  r->reverse_code = c.v->default_reverse_code;
  // PETRARCH "[a:b]" default codes.
  size_t colon = r->code.find(':');
  if (colon != std::string::npos) {
    r->reverse_code = r->code.substr(colon + 1);
    r->code = r->code.substr(0, colon);
  }
  r->consumed = c.extra;
  for (int x : c.extra) r->span_end_word = std::max(r->span_end_word, x);
  return true;
}

}  // namespace parley::code::internal
