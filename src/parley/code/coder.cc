#include "parley/code/coder.h"

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
#include "parley/code/ud_relations.h"
#include "parley/code/word_set.h"

namespace parley::code {

// Every word list of every verb pattern (element words and modifiers) over
// one vocabulary of pattern words, so matching a sentence word costs a
// binary search over small integers instead of string hashing: each Node
// carries the vocabulary ids of its form and lemma, looked up once per
// sentence.
struct AlternativesIndex {
  static constexpr uint32_t kNoWord = 0xFFFFFFFFu;
  struct Set {
    std::vector<uint32_t> single;         // sorted ids of the one-word alternatives
    std::vector<std::string_view> multi;  // "is to": checked word by word
  };
  // Views into the Dictionaries' pattern words (the Coder keeps them alive).
  std::unordered_map<std::string_view, uint32_t> vocab;
  std::unordered_map<const void*, Set> sets;
  // [pattern][element]: sorted ids of the last words of a kWord element's
  // alternatives (MatchPattern's quick rejection); empty for other elements.
  std::vector<std::vector<std::vector<uint32_t>>> last_words;

  uint32_t Intern(std::string_view w) {
    return vocab.emplace(w, static_cast<uint32_t>(vocab.size())).first->second;
  }
  uint32_t Id(std::string_view w) const {
    auto it = vocab.find(w);
    return it == vocab.end() ? kNoWord : it->second;
  }
  static bool Has(const std::vector<uint32_t>& sorted, uint32_t id) {
    return id != kNoWord && std::binary_search(sorted.begin(), sorted.end(), id);
  }
  static void SortUnique(std::vector<uint32_t>* v) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  void Add(const std::vector<std::string>& alts) {
    Set& s = sets[&alts];
    for (const std::string& a : alts) {
      if (a.find(' ') == std::string::npos)
        s.single.push_back(Intern(a));
      else
        s.multi.push_back(a);
    }
    SortUnique(&s.single);
  }
  const Set* Find(const std::vector<std::string>& alts) const {
    auto it = sets.find(&alts);
    return it == sets.end() ? nullptr : &it->second;
  }
};

namespace {

using dict::ActorKind;
using dict::PatternElement;
using dict::VerbPattern;

bool IsEventCode(const std::string& code) {
  return !code.empty() && std::isdigit(static_cast<unsigned char>(code[0]));
}

// One word of the sentence as the coder sees it: UD v2 relations (UD v1
// labels from older parses are mapped), lower-case lemma and form, children.
struct Node {
  int head = -1;  // 0-based; -1 for the root
  // rel, upos and feats view the sentence's Words or string literals (the
  // Words outlive the SentenceCoder); form and lemma are lower-cased copies.
  std::string_view rel;
  std::string lemma;
  std::string form;
  std::string_view upos;
  std::string_view feats;
  std::vector<int> kids;
  bool negation = false;  // a negation word ("not", "n't", "never")
  // AlternativesIndex vocabulary ids of form and lemma (kNoWord: no pattern word).
  uint32_t form_id = AlternativesIndex::kNoWord;
  uint32_t lemma_id = AlternativesIndex::kNoWord;
};

std::string Lower(std::string_view s) { return dict::NormalizeWord(s); }

// Whether an actor code already holds an agent code: codes are runs of
// three-letter parts, so only a match on a part boundary counts ("GMWGOV"
// = GMW + GOV does not hold WGO; TABARI's alignment check).
bool HasCodePart(std::string_view code, std::string_view part) {
  for (size_t i = 0; !part.empty() && i + part.size() <= code.size(); i += 3)
    if (code.compare(i, part.size(), part) == 0) return true;
  return false;
}

bool IsNominal(const Node& n) {
  return n.upos == "NOUN" || n.upos == "PROPN" || n.upos == "PRON" || n.upos == "NUM" ||
         n.upos == "X" || n.upos == "ADJ";
}

bool IsVerbal(const Node& n) { return n.upos == "VERB"; }

// A reference to an actor: a noun phrase resolved to a code.
struct Mention {
  std::string code;  // "" when unresolved
  int head = -1;
  uint32_t start = 0, end = 0;  // byte span in the document
  dict::ActorKind kind = dict::ActorKind::kOther;
  bool has_agent = false;
  bool has_actor = false;
  std::string base;                                 // the actor code before agents
  std::vector<const dict::Agent*> modifier_agents;  // agents not on the head word
};

// Document-level memory of recent actors for pronouns and definite descriptions.
struct CorefMemory {
  struct Entry {
    std::string code;
    ActorKind kind;
    bool person;  // an individual or an official (he / she)
  };
  std::vector<Entry> recent;  // most recent last
  void Remember(const Mention& m) {
    if (m.code.empty() || m.code.rfind("---", 0) == 0) return;
    bool person = m.has_agent || m.kind == ActorKind::kOther;
    recent.push_back({m.code, m.kind, person});
    if (recent.size() > 32) recent.erase(recent.begin());
  }
};

struct PredicateResult {
  int word = -1;
  std::string code;
  std::string reverse_code;
  const VerbPattern* pattern = nullptr;
  std::vector<int> element_words;  // bound word of each pattern element, -1 when none
  int target_word = -1;            // from a kTarget element
  int source_word = -1;            // from a kSource element
  bool compound = false;           // kCompound element: pairs among the subject's conjuncts
  std::vector<int> consumed;       // words of the predicate's pattern (particles, nouns)
  int span_end_word = -1;          // last word of a multi-word verb
  const dict::Verb* verb = nullptr;
  bool target_is_subject = false;  // PETRARCH "+ *": the subject is the target
  bool source_after = false;       // PETRARCH "* ... $": the source follows the verb
  // PETRARCH '^' before a plain '+' or '$' after the verb ("* IFTAR (AT ^ ^) +"):
  // that slot is the noun phrase after `skip_anchor` once `skips` are passed.
  int skip_anchor = -1;
  int skips = 0;
};

// A predicate with its roles, between role finding and event emission.
struct Coded {
  const PredicateResult* r;
  std::vector<Mention> sources, targets;
  bool negated = false;
  bool dropped = false;
  bool inherited_source = false;  // subject taken from a governing verb
  std::string reported_by;
};

class SentenceCoder {
 public:
  // `sentence` is doc.sentences[sentence_index] or a repaired copy of it.
  SentenceCoder(const Coder& coder, const Document& doc, const Sentence& sentence,
                uint32_t sentence_index, CorefMemory* coref, UnknownActors* unknown)
      : coder_(coder),
        dicts_(coder.dictionaries()),
        opt_(coder.options()),
        doc_(doc),
        sent_(sentence),
        index_(sentence_index),
        coref_(coref),
        unknown_(unknown) {}

  // Returns false when the whole story must not be coded (story discard).
  bool Code(std::vector<Event>* out);

 private:
  void BuildNodes();
  // --- noun phrases
  void InnerSet(int h, std::vector<int>* out) const;
  bool BareNameModifier(int k) const;
  std::vector<Mention> ResolveConj(int h);
  std::vector<Mention> ResolveOne(int h, bool* agent_only_out, std::vector<std::string>* agents);
  Mention ResolvePronoun(int h, std::vector<Mention>* group = nullptr);
  void SpanOf(int h, Mention* m) const;
  void NoteUnknown(int h);
  // "Ithilen state-run television" is the actor ITHILEN TELEVISION: a
  // multi-word actor name split by one modifier of the same noun (TABARI's
  // disconnected actor phrase). Adds such matches to actors_ when the
  // connected words name no actor for the head noun.
  void JoinSplitActorNames(dict::Date date);
  // --- predicates
  bool MatchVerb(int p, PredicateResult* r) const;
  int WordsCovered(const PredicateResult& r) const;  // sentence words a matched pattern names
  bool MatchPattern(int p, const VerbPattern& pat, PredicateResult* r) const;
  // Of two matches covering as many words, whether `later` beats `best`:
  // the one whose words are nearer the verb ("launched attacks during its
  // campaign" is the attack); PETRARCH keeps a block's patterns in a map
  // keyed by the pattern, so of patterns written alike ("- * SUPPORT [051]"
  // ... "- * SUPPORT [060]") the last one listed counts.
  bool PreferTiedPattern(int p, const PredicateResult& later, const PredicateResult& best) const;
  int FindElement(const PatternElement& e, int root, int p, const PredicateResult& r) const;
  bool WordMatches(int w, const std::vector<std::string>& alternatives) const;
  // Number of words of the longest-first alternative ending at word w, 0 when none.
  int MatchLengthEndingAt(int w, const std::vector<std::string>& alternatives) const;
  bool ModifiersPrecede(int head, const std::vector<std::vector<std::string>>& mods) const;
  bool HasCase(int w, const std::string& prep) const;
  bool InsideHyphenatedWord(int k) const;
  bool HyphenAfter(size_t next) const;
  bool IntroducedBy(int w, const PatternElement& e) const;
  void Domain(int root, std::vector<int>* out, bool include_acl) const;
  bool IsInfinitivalPurpose(int w) const;
  bool InSubjectOf(int w, int p) const;
  bool InPrepositionalPhrase(int w, int p) const;  // nested below p's own phrases
  bool RaisesSubject(int p, const PredicateResult& r) const;
  void SuppressControlledInfinitives(
      const std::vector<PredicateResult>& preds, const std::vector<int>& pred_of,
      std::vector<bool>* suppressed) const;  // w is in the subject phrase of predicate p
  // Domain(root, include_acl) computed once per sentence.
  const std::vector<int>& CachedDomain(int root, bool include_acl) const;
  mutable std::vector<std::vector<int>> dom_cache_[2];
  std::vector<uint32_t> bag_;  // sorted vocabulary ids of every lemma and form of the sentence
  mutable std::vector<char> dom_ready_[2];
  int Child(int h, std::string_view rel) const;
  // --- roles
  std::vector<Mention> Sources(int p, const PredicateResult& r);
  std::vector<Mention> ProvenanceActor(int s, int p);
  std::vector<Mention> InstrumentAgent(int instrument);
  std::vector<Mention> Targets(int p, const PredicateResult& r, int exclude_head);
  std::vector<Mention> FirstActorAfter(int p, const PredicateResult& r, int exclude_head);
  std::vector<Mention> ActorAfterSkips(int p, const PredicateResult& r);
  bool InTimeExpression(int w, int p) const;  // w is in "two weeks after ..." under p
  int SubjectWord(int p, bool* is_target) const;
  int MisparsedClauseSubject(int p) const;
  bool Negated(int p) const;
  // "Israel announced it would free prisoners": an act its own actor
  // announces for the future is the intent to act (030 combined with the
  // act's code: 0841 release -> 0352). "" when the code stays.
  std::string AnnouncedIntent(const PredicateResult& r, const std::vector<Mention>& sources);
  bool Conditional(int p) const;
  bool IsPassive(int p) const;
  std::string Speaker(int p);
  bool VerbIs(const PredicateResult& r, const std::string& word) const;

  // PETRARCH code combination (options().pico): folds each subjectless
  // event clause into the coded verb that governs it.
  void CombineClauseChains(std::vector<Coded>* coded, std::deque<PredicateResult>* store) const;
  bool IsChainClause(int inner, int outer) const;
  // The actor a pattern noun's prepositional modifiers name: "evidence
  // against Russia was presented" targets Russia.
  std::vector<Mention> ActorInModifiers(int noun) {
    for (int k : n_[noun].kids) {
      if (RelationBase(n_[k].rel) != "nmod" || n_[k].rel == "nmod:poss") continue;
      std::vector<Mention> m = ResolveConj(k);
      if (!m.empty()) return m;
    }
    return {};
  }
  // The "by" agent of a passive is the verb's logical subject: "demolished
  // by a protestor" matches "- PROTESTOR *" as "a protestor demolished" does.
  bool PassiveAgent(int w, int p, const PatternElement& e) const {
    return e.kind == PatternElement::Kind::kWord && e.prep.empty() && n_[w].rel == "obl:agent" &&
           n_[w].head == p;
  }
  // PETRARCH adds the head noun's agents before those of an actor found in
  // its "of" phrase: "exiled leaders of Egypt's Muslim Brotherhood" is
  // EGY + OPP + MUS. Returns the code to combine with the head's agents
  // (the bare actor in PETRARCH mode, its agents kept in *pp_agents).
  std::string PrepActorBase(const Mention& m, std::map<std::string, std::string>* pp_agents) const {
    if (!opt_.petrarch_null_codes || m.base.empty() || m.code.rfind(m.base, 0) != 0) return m.code;
    (*pp_agents)[m.base] = m.code.substr(m.base.size());
    return m.base;
  }
  // The subject of a passive is the verb's logical object: "the civilians
  // were released" matches "- * &PEOPLE" as "released the civilians" does.
  bool PassiveObject(int w, int p, const PatternElement& e) const {
    return e.kind == PatternElement::Kind::kWord && e.prep.empty() && n_[w].rel == "nsubj:pass" &&
           n_[w].head == p;
  }
  // PETRARCH matches discard phrases against the sentence split at spaces,
  // so a phrase with punctuation stuck to it ("three years ago, a senior
  // officer said") does not match. Always true outside PETRARCH mode.
  bool DiscardApplies(const dict::DiscardMatch& d) const;
  // A clause headed by a predicate the dictionaries code: PETRARCH nests
  // it as an event, so it lends no target to the verb above
  // ("Washington said a step enjoyed support from Moscow" codes nothing).
  bool CodedClause(int head) const {
    PredicateResult r;
    return MatchVerb(head, &r) && (IsEventCode(r.code) || IsEventCode(r.reverse_code));
  }
  // A transformation takes the whole clause: its conjoined verbs ("ISIL
  // had attacked Iraq and taken Mosul") are no events of their own.
  void DropConjoinedClauses(int head, std::vector<Coded>* coded) const {
    for (Coded& c : *coded)
      if (n_[c.r->word].rel == "conj" && n_[c.r->word].head == head && IsVerbal(n_[c.r->word]))
        c.dropped = true;
  }
  // A word of the predicate's pattern ("conducting military exercises"):
  // PETRARCH reads it as part of the verb phrase, never as the target.
  bool PatternNoun(const PredicateResult& r, int w) const {
    return opt_.petrarch_null_codes && r.pattern != nullptr &&
           std::find(r.consumed.begin(), r.consumed.end(), w) != r.consumed.end();
  }
  // PETRARCH: "A wants B to do X" codes A -> B only when X is a plain act
  // (PICO value below 0x1000: aid, cooperate, fight); a high-level act
  // ("wants Obama to head back", 040) leaves the nested event uncoded.
  bool ObjectControlBlocksCombination(const Coded& outer, const Coded& inner) const;
  // The inner targets a transformation binds: PETRARCH binds a clause with
  // no target to the null actor ("X said it will send a team" = X --- 036).
  std::vector<Mention> TransformationTargets(const std::vector<Mention>& targets, int inner,
                                             const dict::VerbTransformation& t) const;
  // PETRARCH: a pattern word never binds the verb of p's event clause
  // ("wants to help X" is want + help, not WANT's "* HELP" noun pattern).
  // Only for a verb with a subject of its own: a passive "believed linked
  // to X" names its complement as a pattern word. And only for a verb the
  // dictionaries know: "has begun to question" (QUESTION is no verb entry)
  // is BEGIN's "* (TO QUESTION)" pattern.
  bool ChainVerbOf(int w, int p) const {
    return opt_.pico && IsVerbal(n_[w]) && Child(p, "nsubj") >= 0 && IsChainClause(w, p) &&
           (!dicts_.FindVerbs(n_[w].lemma).empty() || !dicts_.FindVerbs(n_[w].form).empty());
  }

  void Emit(const Mention& s, const Mention& t, const std::string& code, int p,
            const PredicateResult& r, bool negated, std::vector<Event>* out);
  // True when the predicate has an object or prepositional phrase after it
  // (not a pattern word, a pronoun or a bare time expression).
  bool HasNominalArgumentAfter(const PredicateResult& r) const;
  void EmitWithoutTarget(const std::vector<Mention>& sources, const PredicateResult& r,
                         bool negated, std::vector<Event>* out);

  const Coder& coder_;
  const dict::Dictionaries& dicts_;
  const CoderOptions& opt_;
  const Document& doc_;
  const Sentence& sent_;
  uint32_t index_;
  CorefMemory* coref_;
  UnknownActors* unknown_;

  std::vector<Node> n_;
  std::vector<int> actor_at_;  // index into actors_ or -1
  std::vector<int> agent_at_;  // index into agents_ or -1
  std::vector<dict::ActorMatch> actors_;
  std::vector<dict::AgentMatch> agents_;
  std::vector<std::string> issues_;
  std::string reported_by_cache_;
};

void SentenceCoder::BuildNodes() {
  const auto& words = sent_.words;
  n_.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    Node& n = n_[i];
    n.head = w.head - 1;
    if (n.head < -1 || n.head >= static_cast<int>(words.size()) || n.head == static_cast<int>(i))
      n.head = -1;
    n.form = Lower(w.form);
    n.lemma = w.lemma.empty() || w.lemma == "_" ? n.form : Lower(w.lemma);
    n.upos = w.upos;
    n.feats = w.feats;
    n.rel = UdV2Relation(w.deprel);
    if (w.deprel == "neg") n.negation = true;
    if (n.lemma == "not" || n.lemma == "n't" || n.lemma == "never" || n.form == "n't")
      n.negation = n.negation || n.rel == "advmod" || n.rel == "neg" || n.rel == "advmod:neg";
  }
  for (size_t i = 0; i < n_.size(); ++i)
    if (n_[i].head >= 0) n_[n_[i].head].kids.push_back(static_cast<int>(i));
  // Old-style nmod attached to a clause head is an obl; "by" on a passive is the agent.
  for (size_t i = 0; i < n_.size(); ++i) {
    Node& n = n_[i];
    if (n.head < 0) continue;
    const Node& h = n_[n.head];
    if (n.rel == "nmod" && (h.upos == "VERB" || h.upos == "AUX")) n.rel = "obl";
    if (n.rel == "obl" && HasCase(static_cast<int>(i), "by") && IsPassive(n.head))
      n.rel = "obl:agent";
  }
  // "There were 10 soldiers killed in Ukraine" is "10 soldiers were killed":
  // a past participle under an existential "be", whose subject (as parsed)
  // is the one the act befell.
  for (size_t i = 0; i < n_.size(); ++i) {
    Node& n = n_[i];
    if (n.head < 0 || !IsVerbal(n) || Child(n.head, "expl") < 0 ||
        !OneOf(RelationBase(n.rel), {"csubj", "ccomp", "dep", "acl"}) || n_[n.head].lemma != "be" ||
        !(sent_.words[i].xpos == "VBN" || sent_.words[i].xpos == "VBD"))
      continue;
    for (int k : n.kids)
      if (n_[k].rel == "nsubj" && k < static_cast<int>(i)) n_[k].rel = "nsubj:pass";
  }
}

int SentenceCoder::Child(int h, std::string_view rel) const {
  for (int k : n_[h].kids)
    if (n_[k].rel == rel) return k;
  return -1;
}

bool SentenceCoder::HasCase(int w, const std::string& prep) const {
  if (prep.empty()) return true;
  // Multi-word prepositions ("out of", "with respect to"): compare the last word.
  std::string_view last = prep;
  size_t sp = last.rfind(' ');
  if (sp != std::string_view::npos) last = last.substr(sp + 1);
  for (int k : n_[w].kids) {
    const Node& c = n_[k];
    if ((c.rel == "case" || c.rel == "mark") && (c.lemma == last || c.form == last) &&
        !InsideHyphenatedWord(k))
      return true;
    // "by a surface-to-air missile" with "by" hung on "surface": the
    // preposition of a compound's first word is the whole noun's.
    if (c.rel == "compound" && k < w)
      for (int kk : c.kids)
        if (n_[kk].rel == "case" && kk < k && (n_[kk].lemma == last || n_[kk].form == last))
          return true;
  }
  return false;
}

// A hyphen joins the word before `next` to a following modifier word
// ("military -ruled", "Qaeda - linked").
bool SentenceCoder::HyphenAfter(size_t next) const {
  if (next >= sent_.words.size()) return false;
  const std::string& f = sent_.words[next].form;
  // (Not a hyphen between two actors: "US-China talks".)
  return (f.size() > 1 && f[0] == '-' && f[1] != '-') ||
         (f == "-" && next + 1 < sent_.words.size() && n_[next + 1].upos != "PUNCT" &&
          actor_at_[next + 1] < 0);
}

// "surface-to-air" split into words: its "to" is no preposition.
bool SentenceCoder::InsideHyphenatedWord(int k) const {
  return k > 0 && k + 1 < static_cast<int>(n_.size()) && n_[k - 1].form == "-" &&
         n_[k + 1].form == "-";
}

// PETRARCH "(BY/WITH X)": any of the element's prepositions. A preposition
// the parser took for a verb particle also introduces the object ("broke
// in an anti-Gondor parade": broke -compound:prt-> in, broke -obj-> parade;
// parley's "cut off aid").
bool SentenceCoder::IntroducedBy(int w, const PatternElement& e) const {
  std::vector<std::string> single;
  const std::vector<std::string>& preps = e.preps.empty() ? single : e.preps;
  if (e.preps.empty()) single.push_back(e.prep);
  for (const std::string& prep : preps) {
    if (HasCase(w, prep)) return true;
    int h = n_[w].head;
    if (h < 0 || n_[w].rel != "obj") continue;
    for (int k : n_[h].kids)
      if (n_[k].rel == "compound:prt" && k < w && n_[k].lemma == prep) return true;
  }
  return false;
}

bool SentenceCoder::IsPassive(int p) const {
  for (int k : n_[p].kids)
    if (n_[k].rel == "nsubj:pass" || n_[k].rel == "aux:pass" || n_[k].rel == "csubj:pass")
      return true;
  return false;
}

// "Bree Prime Minister Romendacil" parsed as Bree -nmod-> Romendacil: a
// proper-noun nmod with no preposition of its own is a parse slip for a
// compound or flat name, so it stays in the noun phrase.
// Likewise "Deputy Prime Minister Telemar" parsed as Deputy -appos->
// Telemar with no comma between: a title and its name, not an apposition.
bool SentenceCoder::BareNameModifier(int k) const {
  int h = n_[k].head;
  if (h < 0 || n_[k].upos != "PROPN") return false;
  if (n_[k].rel == "appos") {
    if (k < h) return false;
    for (int w = h + 1; w < k; ++w)
      if (n_[w].upos == "PUNCT") return false;
    return true;
  }
  if (n_[k].rel != "nmod" || n_[h].upos != "PROPN") return false;
  for (int c : n_[k].kids)
    if (n_[c].rel == "case") return false;
  return true;
}

// Words that belong to a noun phrase's core: the head and its compound, flat,
// adjectival, determiner, possessive and numeric modifiers (not PPs, clauses
// or conjuncts).
void SentenceCoder::InnerSet(int h, std::vector<int>* out) const {
  out->push_back(h);
  for (int k : n_[h].kids) {
    std::string_view base = RelationBase(n_[k].rel);
    if (OneOf(base, {"compound", "flat", "amod", "det", "nummod", "fixed", "goeswith", "case"}) ||
        n_[k].rel == "nmod:poss" || n_[k].rel == "nmod:desc" || BareNameModifier(k)) {
      if (base == "case" && n_[k].lemma != "'s" && n_[k].form != "'s") continue;
      InnerSet(k, out);
    }
  }
}

void SentenceCoder::SpanOf(int h, Mention* m) const {
  std::vector<int> set;
  InnerSet(h, &set);
  int lo = h, hi = h;
  for (int w : set) {
    if (n_[w].rel == "case" || n_[w].rel == "det") continue;
    lo = std::min(lo, w);
    hi = std::max(hi, w);
  }
  m->start = sent_.words[lo].start;
  m->end = sent_.words[hi].end;
}

void SentenceCoder::JoinSplitActorNames(dict::Date date) {
  for (size_t hi = 0; hi < n_.size(); ++hi) {
    int h = static_cast<int>(hi);
    if ((n_[h].upos != "NOUN" && n_[h].upos != "PROPN") || actor_at_[h] >= 0) continue;
    // The head's own modifiers before it, left to right.
    std::vector<int> mods;
    for (int k : n_[h].kids)
      if (k < h && OneOf(RelationBase(n_[k].rel), {"compound", "amod", "flat"}) &&
          n_[k].kids.empty())
        mods.push_back(k);
    std::sort(mods.begin(), mods.end());
    if (mods.size() < 2 || mods.back() != h - 1) continue;
    // Leave out one modifier that names nothing itself; the others and the
    // head, read as one phrase, must be an actor name from the first word.
    for (size_t skip = 1; skip < mods.size(); ++skip) {
      int x = mods[skip];
      if (actor_at_[x] >= 0 || agent_at_[x] >= 0) continue;
      std::vector<Word> words;
      for (int m : mods)
        if (m != x) words.push_back(sent_.words[m]);
      words.push_back(sent_.words[h]);
      std::vector<dict::ActorMatch> found = dicts_.MatchActors(dict::WordSequence(words), date);
      if (found.size() != 1 || found[0].begin != 0 || found[0].end != words.size() ||
          found[0].code.empty())
        continue;
      dict::ActorMatch joined = found[0];
      joined.begin = static_cast<uint32_t>(mods.front());
      joined.end = static_cast<uint32_t>(h + 1);
      actors_.push_back(joined);
      for (uint32_t w = joined.begin; w < joined.end; ++w)
        actor_at_[w] = static_cast<int>(actors_.size() - 1);
      break;
    }
  }
}

// Resolves one conjunct (no conj expansion). Fills *agents with the agent
// codes found and sets *agent_only when no actor was found.
std::vector<Mention> SentenceCoder::ResolveOne(int h, bool* agent_only,
                                               std::vector<std::string>* agent_codes) {
  *agent_only = false;
  std::vector<int> inner;
  InnerSet(h, &inner);
  std::sort(inner.begin(), inner.end());
  // Actor matches touching the inner set.
  int chosen = -1, described = -1;
  std::vector<int> agent_matches;
  for (int w : inner) {
    int a = actor_at_[w];
    if (a >= 0 && !actors_[a].code.empty() && actors_[a].code != "---") {
      // "the Al Qaeda-linked Somali militant group": an actor in a hyphenated
      // modifier describes the group another actor names.
      if (HyphenAfter(actors_[a].end)) {
        if (described < 0) described = a;
        continue;
      }
      if (chosen < 0) chosen = a;  // the leftmost: "Ithilen's minister Calimehtar" is ITH
    }
  }
  if (chosen < 0) chosen = described;
  // An agent word inside a hyphenated modifier describes, not names, the
  // actor: "dissidents from military-ruled Myanmar" are no military.
  auto hyphenated = [&](int g) { return HyphenAfter(agents_[g].end); };
  for (int w : inner) {
    int g = agent_at_[w];
    if (g >= 0 && actor_at_[w] < 0 &&
        std::find(agent_matches.begin(), agent_matches.end(), g) == agent_matches.end() &&
        !hyphenated(g))
      agent_matches.push_back(g);
  }
  // Agents: skip PPL when there are others (PETRARCH's rule).
  std::vector<const dict::Agent*> agent_list;
  std::vector<const dict::Agent*> modifier_agents;
  for (int g : agent_matches) {
    agent_list.push_back(agents_[g].agent);
    if (!(static_cast<int>(agents_[g].begin) <= h && h < static_cast<int>(agents_[g].end)))
      modifier_agents.push_back(agents_[g].agent);
  }
  if (agent_list.size() > 1)
    agent_list.erase(std::remove_if(agent_list.begin(), agent_list.end(),
                                    [](const dict::Agent* a) { return a->code == "PPL"; }),
                     agent_list.end());
  for (const dict::Agent* a : agent_list) agent_codes->push_back(a->code);

  std::vector<std::pair<std::string, ActorKind>> bases;
  std::map<std::string, std::string> pp_agents;  // base -> agents of an actor in a PP
  if (chosen >= 0) {
    bases.push_back({actors_[chosen].code, actors_[chosen].kind});
    // "US and British activists": conjoined modifier actors share the head.
    // (When the actor is the head itself, its conjuncts are ResolveConj's.)
    bool actor_is_head =
        static_cast<int>(actors_[chosen].begin) <= h && h < static_cast<int>(actors_[chosen].end);
    for (uint32_t w = actors_[chosen].begin;
         !actor_is_head && w < actors_[chosen].end && w < n_.size(); ++w)
      for (int k : n_[w].kids) {
        int a = actor_at_[k];
        if (n_[k].rel != "conj" || a < 0 || a == chosen || actors_[a].code.empty() ||
            actors_[a].code == "---")
          continue;
        bases.push_back({actors_[a].code, actors_[a].kind});
      }
  } else {
    // "the ambassadors of X, Y and Z", "the government of Gondor": the actor sits
    // in a prepositional modifier of the head.
    for (int k : n_[h].kids) {
      if (n_[k].rel != "nmod" || n_[k].upos == "PRON") continue;
      // "of" always ("the population of Gondor"); in/from/for only after a role
      // noun ("officials in Kabul"), not after an event noun ("an attack in X").
      bool of = HasCase(k, "of");
      bool role = !agent_list.empty();
      if (!(of || (role && (HasCase(k, "in") || HasCase(k, "from") || HasCase(k, "for")))))
        continue;
      std::vector<Mention> sub = ResolveConj(k);
      for (const Mention& m : sub)
        if (m.has_actor) bases.push_back({PrepActorBase(m, &pp_agents), m.kind});
      if (!bases.empty()) break;
    }
  }
  std::vector<Mention> out;
  if (bases.empty() && agent_list.empty()) return out;
  if (bases.empty()) *agent_only = true;
  auto combine = [&](const std::string& base) {
    std::string code = base;
    for (const dict::Agent* a : agent_list) {
      if (HasCodePart(code, a->code) && !a->prefix) continue;
      code = dict::ApplyAgent(code, *a);
    }
    return code;
  };
  if (bases.empty()) {
    Mention m;
    m.head = h;
    m.has_agent = true;
    std::string code = combine("");
    m.code = opt_.petrarch_null_codes ? "---" + code : code;
    SpanOf(h, &m);
    out.push_back(m);
    return out;
  }
  for (const auto& [base, kind] : bases) {
    Mention m;
    m.head = h;
    m.kind = kind;
    m.has_actor = true;
    m.has_agent = !agent_list.empty();
    m.code = combine(base);
    if (auto it = pp_agents.find(base);
        it != pp_agents.end() && m.code.find(it->second) == std::string::npos)
      m.code += it->second;
    m.base = base;
    m.modifier_agents = modifier_agents;
    SpanOf(h, &m);
    // An actor that only modifies the head ("Russian invitation") is the evidence.
    if (chosen >= 0 && agent_list.empty() && bases.size() == 1 &&
        !(static_cast<int>(actors_[chosen].begin) <= h &&
          h < static_cast<int>(actors_[chosen].end))) {
      m.start = sent_.words[actors_[chosen].begin].start;
      m.end = sent_.words[actors_[chosen].end - 1].end;
    }
    out.push_back(m);
  }
  return out;
}

Mention SentenceCoder::ResolvePronoun(int h, std::vector<Mention>* group) {
  Mention m;
  m.head = h;
  SpanOf(h, &m);
  if (!opt_.coreference) return m;
  const std::string& f = n_[h].form;
  bool person = IsPersonPronoun(f);
  bool thing = IsThingPronoun(f);
  bool plural = IsPluralPronoun(f);
  if (!person && !thing && !plural) return m;
  // The nearest compatible actor earlier in the same sentence ("Obama said he
  // would ...", "Ethiopia indicated it would ...").
  for (int w = h - 1; w >= 0; --w) {
    int a = actor_at_[w];
    if (a < 0 || actors_[a].code.empty() || actors_[a].code == "---") continue;
    if (n_[w].rel == "compound" || n_[w].rel == "flat" || n_[w].rel == "amod") continue;
    bool is_person = actors_[a].kind == ActorKind::kOther;
    bool ok = person ? is_person : thing ? !is_person : true;
    if (!ok) continue;
    bool agent_only = false;
    std::vector<std::string> agents;
    std::vector<Mention> ms = ResolveOne(w, &agent_only, &agents);
    if (ms.empty() || !ms[0].has_actor) continue;
    if (plural && group != nullptr) {
      int first = w;
      while (n_[first].rel == "conj" && n_[first].head >= 0) first = n_[first].head;
      std::vector<Mention> all = ResolveConj(first);
      for (Mention& x : all) {
        x.head = h;
        x.start = m.start;
        x.end = m.end;
      }
      if (!all.empty()) {
        *group = all;
        return all[0];
      }
    }
    m.code = ms[0].code;
    m.kind = ms[0].kind;
    m.has_actor = true;
    return m;
  }
  if (coref_->recent.empty()) return m;
  for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend(); ++it) {
    bool ok = person ? it->person : thing ? !it->person : true;
    if (ok) {
      m.code = it->code;
      m.kind = it->kind;
      m.has_actor = true;
      return m;
    }
  }
  return m;
}

// Resolves a noun phrase head and its conjuncts to mentions (unresolved
// conjuncts are dropped). Conjuncts with only an agent share the actor of
// another conjunct ("Danish media and government" -> DNKMED, DNKGOV).
std::vector<Mention> SentenceCoder::ResolveConj(int h) {
  std::vector<int> heads{h};
  for (size_t i = 0; i < heads.size(); ++i)
    for (int k : n_[heads[i]].kids)
      if ((n_[k].rel == "conj" && !IsVerbal(n_[k])) || (n_[k].rel == "appos" && actor_at_[k] >= 0))
        heads.push_back(k);
  std::sort(heads.begin(), heads.end());

  struct Part {
    std::vector<Mention> mentions;
    bool agent_only = false;
    std::vector<std::string> agents;
    int head;
  };
  std::vector<Part> parts;
  for (int x : heads) {
    Part part;
    part.head = x;
    const Node& n = n_[x];
    if (n.upos == "PRON") {
      // Relative pronouns stand for the noun the clause modifies.
      if (n.feats.find("PronType=Rel") != std::string::npos ||
          OneOf(n.form, {"who", "which", "that"})) {
        int clause = n.head;
        if (clause >= 0 && RelationBase(n_[clause].rel) == "acl" && n_[clause].head >= 0) {
          std::vector<Mention> ante = ResolveConj(n_[clause].head);
          for (Mention& m : ante) part.mentions.push_back(m);
        }
      } else {
        std::vector<Mention> group;
        Mention m = ResolvePronoun(x, &group);
        if (!group.empty())
          part.mentions = group;
        else if (!m.code.empty())
          part.mentions.push_back(m);
      }
    } else {
      part.mentions = ResolveOne(x, &part.agent_only, &part.agents);
      // Definite descriptions: "the ministry", "the insurgents".
      if (part.agent_only && opt_.coreference && Child(x, "det") >= 0 &&
          n_[Child(x, "det")].lemma == "the" && !coref_->recent.empty()) {
        bool group_role = false;
        for (const std::string& a : part.agents)
          if (OneOf(a, {"REB", "INS", "OPP", "MIL", "UAF", "SEP", "RAD"})) group_role = true;
        for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend(); ++it) {
          bool ok = group_role ? it->kind == ActorKind::kGroup : it->kind == ActorKind::kCountry;
          if (!ok) continue;
          if (group_role) {
            part.mentions[0].code = it->code;
          } else {
            std::string code = it->code;
            for (const std::string& a : part.agents)
              if (code.find(a) == std::string::npos) code += a;
            part.mentions[0].code = code;
          }
          part.mentions[0].has_actor = true;
          part.mentions[0].kind = it->kind;
          part.agent_only = false;
          break;
        }
      }
    }
    parts.push_back(std::move(part));
  }
  // Share actors with agent-only conjuncts.
  if (parts.size() > 1) {
    const Part* donor = nullptr;
    for (const Part& p : parts)
      if (!p.agent_only && !p.mentions.empty() && p.mentions[0].has_actor) {
        donor = &p;
        break;
      }
    if (donor != nullptr) {
      // The donor's actor plus its modifier agents ("Islamist"), then the
      // conjunct's own agents.
      for (Part& p : parts) {
        if (!p.agent_only || &p == donor) continue;
        std::vector<Mention> shared;
        for (const Mention& dm : donor->mentions) {
          std::string code = dm.base;
          for (const dict::Agent* a : dm.modifier_agents)
            if (code.find(a->code) == std::string::npos) code = dict::ApplyAgent(code, *a);
          for (const std::string& a : p.agents)
            if (code.find(a) == std::string::npos) code += a;
          Mention m = p.mentions[0];
          m.code = code;
          m.base = dm.base;
          m.has_actor = true;
          m.kind = dm.kind;
          shared.push_back(m);
        }
        p.mentions = shared;
        p.agent_only = false;
      }
    }
  }
  // An appositive to a description renames it ("the US commander in Iraq,
  // General David Petraeus"): one person, so the name gives the actor only
  // when the description resolves to none. (Two names side by side,
  // "Mordor, the Shire, Arnor and Bree", are a list the parser read as
  // an apposition.)
  for (Part& p : parts) {
    int h = n_[p.head].head;
    if (n_[p.head].rel != "appos" || h < 0 || n_[h].upos != "NOUN") continue;
    for (const Part& q : parts)
      if (q.head == h && !q.agent_only && !q.mentions.empty() && q.mentions[0].has_actor)
        p.mentions.clear();
  }
  std::vector<Mention> out;
  for (Part& p : parts)
    for (Mention& m : p.mentions) {
      bool dup = false;
      for (const Mention& o : out)
        if (o.code == m.code) dup = true;
      if (!dup) out.push_back(m);
    }
  return out;
}

void SentenceCoder::NoteUnknown(int h) {
  if (unknown_ == nullptr || h < 0) return;
  const Node& n = n_[h];
  if (n.upos != "PROPN" && n.upos != "NOUN") return;
  std::vector<int> inner;
  InnerSet(h, &inner);
  std::sort(inner.begin(), inner.end());
  std::string phrase;
  bool proper = n.upos == "PROPN";
  for (int w : inner) {
    if (n_[w].rel == "det" || n_[w].rel == "case") continue;
    if (!phrase.empty()) phrase += ' ';
    phrase += sent_.words[w].form;
  }
  if (phrase.empty()) return;
  unknown_->Add(phrase, proper, std::string(doc_.slice(sent_.start, sent_.end)));
}

// "signed an accord to supply Gondor", "vowed to wage war": a subjectless
// to-infinitive adjunct continues its governing verb's phrase, like an xcomp.
bool SentenceCoder::IsInfinitivalPurpose(int w) const {
  int mark = Child(w, "mark");
  return mark >= 0 && n_[mark].lemma == "to" && Child(w, "nsubj") < 0 && Child(w, "nsubj:pass") < 0;
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
      if (base == "advcl" && !IsInfinitivalPurpose(k)) continue;
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
    if (set->multi.empty()) return 0;
  }
  for (const std::string& alt : alternatives) {
    if (alt.find(' ') == std::string::npos) {
      if (alt == n.lemma || alt == n.form) return 1;
      continue;
    }
    // Split "is to" into words; the last must be w, the others precede it.
    std::vector<std::string_view> parts;
    std::string_view s = alt;
    size_t b = 0;
    while (b <= s.size()) {
      size_t e = s.find(' ', b);
      if (e == std::string_view::npos) e = s.size();
      if (e > b) parts.push_back(s.substr(b, e - b));
      b = e + 1;
    }
    if (parts.empty()) continue;
    int pos = w;
    bool ok = true;
    for (int i = static_cast<int>(parts.size()) - 1; i >= 0; --i, --pos) {
      if (pos < 0 || (n_[pos].lemma != parts[i] && n_[pos].form != parts[i])) {
        ok = false;
        break;
      }
    }
    if (ok) return static_cast<int>(parts.size());
  }
  return 0;
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
      if (e.prep.empty() && !e.before_predicate && root == p && InPrepositionalPhrase(w, p))
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
      if (IsNominal(n) && IntroducedBy(w, e)) return w;
      continue;
    }
  }
  return -1;
}

bool SentenceCoder::MatchPattern(int p, const VerbPattern& pat, PredicateResult* r) const {
  // Quick rejection: every required word must occur somewhere in the sentence.
  const std::vector<std::vector<uint32_t>>& last_words =
      coder_.alternatives().last_words[&pat - dicts_.patterns().data()];
  for (size_t i = 0; i < pat.elements.size(); ++i) {
    const PatternElement& e = pat.elements[i];
    if (e.kind != PatternElement::Kind::kWord || e.words.empty()) continue;
    const std::vector<uint32_t>& need = last_words[i];
    bool any = false;
    if (need.size() < bag_.size()) {
      for (uint32_t id : need)
        if (std::binary_search(bag_.begin(), bag_.end(), id)) {
          any = true;
          break;
        }
    } else {
      for (uint32_t id : bag_)
        if (std::binary_search(need.begin(), need.end(), id)) {
          any = true;
          break;
        }
    }
    if (!any) return false;
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

// The pattern text before its code: "- * SUPPORT  [060]  # LEND" -> "- * SUPPORT".
std::string_view PatternKey(std::string_view text) {
  text = text.substr(0, text.find('['));
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

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

// A finite adverbial clause with no subject or subordinator of its own is a
// misparse. "The stopover came as the US leader prepared to attend ...",
// with "as" the case of an object of "came": the noun right before the
// verb is its subject. "A report released in Kigali alleged ...", with
// "alleged" under "released": the governing verb's subject is.
int SentenceCoder::MisparsedClauseSubject(int p) const {
  int g = n_[p].head;
  if (g < 0 || n_[p].rel != "advcl" || Child(p, "mark") >= 0 || Child(p, "nsubj") >= 0 ||
      Child(p, "nsubj:pass") >= 0 || n_[p].feats.find("VerbForm=Fin") == std::string::npos)
    return -1;
  for (int k : n_[g].kids) {
    if (RelationBase(n_[k].rel) != "obl" || k >= p || !IsNominal(n_[k])) continue;
    bool subordinator = false;
    for (const char* m : {"as", "while", "when", "after", "before", "since", "because", "until"})
      subordinator = subordinator || HasCase(k, m);
    if (!subordinator) continue;
    std::vector<int> words;
    InnerSet(k, &words);
    if (*std::max_element(words.begin(), words.end()) == p - 1) return k;
  }
  return Child(g, "nsubj");
}

// The word that fills the subject role of p, following xcomp control, shared
// subjects of coordinated verbs and participles modifying a noun. Sets
// *is_target when that word is really the undergoer (passive participle).
int SentenceCoder::SubjectWord(int p, bool* is_target) const {
  *is_target = false;
  bool via_xcomp = false;
  for (int guard = 0; p >= 0 && guard < 16; ++guard) {
    int s = Child(p, "nsubj");
    if (s >= 0) return s;
    s = Child(p, "nsubj:pass");
    if (s >= 0) {
      // "Obama is scheduled to attend": the passive subject controls the xcomp.
      *is_target = !via_xcomp;
      return s;
    }
    s = Child(p, "csubj");
    if (s >= 0) return -1;
    const Node& n = n_[p];
    if (n.head < 0) return -1;
    std::string_view base = RelationBase(n.rel);
    if (n.rel == "xcomp") {
      int o = Child(n.head, "obj");
      if (o >= 0 && IsNominal(n_[o])) return o;  // object control: "urged B to help"
      via_xcomp = true;
      p = n.head;
      continue;
    }
    // "attacked a checkpoint, killing four officers" (PETRARCH leaves these uncoded).
    bool participle =
        !opt_.petrarch_passive && base == "advcl" && Child(p, "mark") < 0 &&
        (sent_.words[p].xpos == "VBG" || n.feats.find("VerbForm=Ger") != std::string::npos);
    if (base == "conj" || participle ||
        (base == "advcl" && Child(p, "mark") >= 0 && n_[Child(p, "mark")].lemma == "to")) {
      p = n.head;
      continue;
    }
    if (int m = MisparsedClauseSubject(p); m >= 0) return m;
    if (base == "acl" && n.rel != "acl:relcl") {
      // "crowds trashing the embassy" (active) vs "the embassy trashed by crowds".
      if (sent_.words[p].xpos == "VBN" || n.feats.find("Voice=Pass") != std::string::npos ||
          (n.feats.find("VerbForm=Part") != std::string::npos &&
           n.feats.find("Tense=Past") != std::string::npos))
        *is_target = true;
      return n.head;
    }
    return -1;
  }
  return -1;
}

// "a woman believed linked to Al-Qaeda", "X was said to have attacked Y": a
// passive verb whose pattern names its xcomp raises that complement's
// subject, which is the source of the pattern's event.
bool SentenceCoder::RaisesSubject(int p, const PredicateResult& r) const {
  if (r.pattern == nullptr || r.source_word >= 0 || r.target_word >= 0) return false;
  bool passive = IsPassive(p);
  if (!passive) {
    bool is_target = false;
    SubjectWord(p, &is_target);
    passive = is_target;
  }
  if (!passive) return false;
  for (int w : r.consumed)
    if (w != p && n_[w].head == p && n_[w].rel == "xcomp") return true;
  return false;
}

std::vector<Mention> SentenceCoder::Sources(int p, const PredicateResult& r) {
  if (r.source_word >= 0) return ResolveConj(r.source_word);
  if (r.source_after) {
    if (r.skips > 0) return ActorAfterSkips(p, r);
    bool is_target = false;
    int s = SubjectWord(p, &is_target);
    return FirstActorAfter(p, r, s);
  }
  if (RaisesSubject(p, r)) {
    bool is_target = false;
    int s = SubjectWord(p, &is_target);
    return s >= 0 ? ResolveConj(s) : std::vector<Mention>{};
  }
  bool passive = IsPassive(p);
  if (passive) {
    int agent = Child(p, "obl:agent");
    if (agent >= 0) {
      std::vector<Mention> m = ResolveConj(agent);
      return m.empty() ? InstrumentAgent(agent) : m;
    }
    if (opt_.petrarch_passive) {
      for (int pass = 0; pass < 2; ++pass)
        for (int k : n_[p].kids) {
          if (n_[k].rel != "obl" || k < p || n_[k].upos == "PRON") continue;
          if (pass == 0 && !HasCase(k, "from")) continue;
          std::vector<Mention> m = ResolveConj(k);
          if (!m.empty()) return m;
          // "criticized over its dispute with Eriador": an actor in a nested PP.
          for (int x : CachedDomain(k, false)) {
            if (RelationBase(n_[x].rel) != "nmod" || n_[x].rel == "nmod:poss") continue;
            m = ResolveConj(x);
            if (!m.empty()) return m;
          }
        }
    }
    return {};
  }
  bool is_target = false;
  int s = SubjectWord(p, &is_target);
  if (s < 0 || is_target) return {};
  std::vector<Mention> m = ResolveConj(s);
  if (m.empty()) m = ProvenanceActor(s, p);
  if (m.empty()) NoteUnknown(s);
  return m;
}

// "blown up by a missile believed to be fired by rebels": an instrument
// names no actor; whoever its participle says used it is the agent.
std::vector<Mention> SentenceCoder::InstrumentAgent(int instrument) {
  std::vector<int> verbs;
  for (int k : n_[instrument].kids)
    if (n_[k].rel == "acl" && IsVerbal(n_[k])) verbs.push_back(k);
  for (size_t i = 0; i < verbs.size() && i < 8; ++i) {
    int v = verbs[i];
    int agent = Child(v, "obl:agent");
    if (agent >= 0) {
      std::vector<Mention> m = ResolveConj(agent);
      if (!m.empty()) return m;
    }
    for (int k : n_[v].kids)
      if (n_[k].rel == "xcomp" && IsVerbal(n_[k])) verbs.push_back(k);
  }
  return {};
}

// "A report released in the Rwandan capital alleged ...", "a statement
// issued by the foreign ministry said ...": a subject naming no actor is
// from the actor its participle names (PETRARCH reads the reduced relative
// as part of the subject's noun phrase). The participle may be the
// subject's modifier or, misparsed, the verb p hangs from as an advcl.
std::vector<Mention> SentenceCoder::ProvenanceActor(int s, int p) {
  std::vector<int> participles;
  for (int h : {s, p})  // (a participle between subject and verb may hang from the verb)
    for (int k : n_[h].kids)
      if (n_[k].rel == "acl" && k > s && (h == s || k < p) && Child(k, "nsubj") < 0 &&
          Child(k, "obj") < 0)
        participles.push_back(k);
  int g = n_[p].head;
  if (RelationBase(n_[p].rel) == "advcl" && g >= 0 && n_[s].head == g && n_[s].rel == "nsubj" &&
      Child(p, "mark") < 0 && Child(g, "obj") < 0)
    participles.push_back(g);
  for (int v : participles) {
    if (!IsVerbal(n_[v])) continue;
    for (int k : n_[v].kids) {
      if (RelationBase(n_[k].rel) != "obl" || k < v || n_[k].upos == "PRON") continue;
      if (!(HasCase(k, "by") || HasCase(k, "from") || HasCase(k, "in"))) continue;
      std::vector<Mention> m = ResolveConj(k);
      if (!m.empty() && m[0].has_actor) return m;
    }
  }
  return {};
}

// The first actor-bearing nominal after the predicate within its clause;
// places introduced by in/at/near only when nothing else is found.
std::vector<Mention> SentenceCoder::FirstActorAfter(int p, const PredicateResult& r,
                                                    int exclude_head) {
  const std::vector<int>& dom = CachedDomain(p, /*include_acl=*/true);
  for (int pass = 0; pass < 2; ++pass) {
    for (int w : dom) {
      if (w < p || w == exclude_head) continue;
      bool locative = HasCase(w, "in") || HasCase(w, "at") || HasCase(w, "near");
      if ((pass == 0) == locative) continue;
      const Node& n = n_[w];
      if (!IsNominal(n)) continue;
      std::string_view base = RelationBase(n.rel);
      if (!OneOf(base, {"obj", "iobj", "obl", "nmod", "xcomp"})) continue;
      // The predicate's own "by" agent is its source; the agent of a nested
      // participle ("memos sent by Bree") may be the target.
      if (n.rel == "obl:tmod" || n.rel == "nmod:tmod" || (n.rel == "obl:agent" && n.head == p) ||
          n.rel == "nmod:npmod" || n.rel == "obl:npmod" || n.rel == "nmod:poss")
        continue;
      // A pattern noun ("military exercises") is not an actor; its PPs may hold one.
      if (std::find(r.consumed.begin(), r.consumed.end(), w) != r.consumed.end()) continue;
      if (InTimeExpression(w, p)) continue;
      // "proposed to take up the issue with the World Bank": PETRARCH finds no
      // target in a modifier of the infinitive's object.
      if (base == "nmod" && n_[w].head >= 0) {
        const Node& obj = n_[n_[w].head];
        if (RelationBase(obj.rel) == "obj" && obj.head >= 0 && n_[obj.head].rel == "xcomp" &&
            n_[obj.head].head == p)
          continue;
      }
      std::vector<Mention> m = ResolveConj(w);
      bool any = false;
      for (const Mention& x : m)
        if (x.has_actor || x.has_agent) any = true;
      if (any) return m;
    }
  }
  return {};
}

// PETRARCH counts noun phrases left to right: "celebrated Iftar at
// Osgiliath with the parliament of Gondor" against "* IFTAR (AT ^ ^) +"
// skips Osgiliath and "the parliament" (---LEG) and takes Gondor. A phrase
// counts when its own words name an actor or an agent; its "of" modifiers
// are phrases of their own.
std::vector<Mention> SentenceCoder::ActorAfterSkips(int p, const PredicateResult& r) {
  int skips = r.skips;
  for (int w : CachedDomain(p, /*include_acl=*/true)) {
    if (w <= r.skip_anchor || !IsNominal(n_[w]) || n_[w].upos == "PRON") continue;
    if (OneOf(RelationBase(n_[w].rel), {"compound", "flat", "amod", "nummod", "det", "fixed"}))
      continue;
    if (std::find(r.consumed.begin(), r.consumed.end(), w) != r.consumed.end()) continue;
    std::vector<int> inner;
    InnerSet(w, &inner);
    bool names = false;
    for (int x : inner)
      if (actor_at_[x] >= 0 || agent_at_[x] >= 0) names = true;
    if (!names) continue;
    if (skips-- > 0) continue;
    return ResolveConj(w);
  }
  return {};
}

// "said, two weeks after rebels kidnapped ...": the event a span of time
// (parsed as an object or not) is counted from names no participant.
bool SentenceCoder::InTimeExpression(int w, int p) const {
  for (int prev = -1, guard = 0; w >= 0 && w != p && guard < 32; ++guard, prev = w, w = n_[w].head)
    if (prev >= 0 && n_[w].upos == "NOUN" && Child(w, "nummod") >= 0 &&
        OneOf(n_[w].lemma,
              {"second", "minute", "hour", "day", "week", "month", "year", "decade"}) &&
        (HasCase(prev, "after") || HasCase(prev, "before") || HasCase(prev, "since")))
      return true;
  return false;
}

std::vector<Mention> SentenceCoder::Targets(int p, const PredicateResult& r, int exclude_head) {
  if (r.target_word >= 0) return ResolveConj(r.target_word);
  if (r.target_is_subject || r.source_after) {
    bool is_target = false;
    int s = SubjectWord(p, &is_target);
    return s >= 0 ? ResolveConj(s) : std::vector<Mention>{};
  }
  // PETRARCH "(ON)": a bare preposition in the pattern marks where the target is.
  if (r.pattern != nullptr && !r.pattern->has_target) {
    for (size_t i = 0; i < r.pattern->elements.size(); ++i) {
      const PatternElement& e = r.pattern->elements[i];
      int w = r.element_words[i];
      if (w < 0 || e.kind != PatternElement::Kind::kWord || !e.words.empty()) continue;
      std::vector<Mention> m = ResolveConj(w);
      if (!m.empty()) return m;
      // "(ON) the unrest in Iran": an actor in the PP's own modifiers.
      const std::vector<int>& sub = CachedDomain(w, false);
      for (int x : sub) {
        if (!IsNominal(n_[x]) || RelationBase(n_[x].rel) != "nmod") continue;
        m = ResolveConj(x);
        if (!m.empty()) return m;
      }
    }
  }
  // Passive and participles: the subject is the target.
  if (RaisesSubject(p, r)) {
    // the subject is the source: the target follows
  } else if (r.source_word >= 0 || IsPassive(p)) {
    bool is_target = false;
    int s = SubjectWord(p, &is_target);
    if (s >= 0 && PatternNoun(r, s)) {
      std::vector<Mention> m = ActorInModifiers(s);
      if (!m.empty()) return m;
    }
    if (s >= 0) return ResolveConj(s);
  } else {
    bool is_target = false;
    int s = SubjectWord(p, &is_target);
    if (s >= 0 && is_target) return ResolveConj(s);
  }
  if (r.skips > 0) return ActorAfterSkips(p, r);
  for (std::string_view rel : {"obj", "iobj"}) {
    int o = Child(p, rel);
    // A pattern noun names the act, but an actor modifying it is the
    // target: "free 150 Palestinian prisoners" releases PSE.
    if (o >= 0 && PatternNoun(r, o)) {
      std::vector<Mention> m = ResolveConj(o);
      if (!m.empty() && m[0].has_actor) return m;
    }
    if (o >= 0 && !PatternNoun(r, o)) {
      std::vector<Mention> m = ResolveConj(o);
      if (!m.empty()) return m;
      NoteUnknown(o);
    }
  }
  {
    std::vector<Mention> found = FirstActorAfter(p, r, exclude_head);
    if (!found.empty()) return found;
  }
  if (opt_.petrarch_ccomp_target) {
    // The complement of the verb, or of a verb its pattern names ("has
    // begun to question whether ..." matching "* (TO QUESTION)").
    std::vector<int> complements;
    for (int c : n_[p].kids) {
      complements.push_back(c);
      if (n_[c].rel == "xcomp" && PatternNoun(r, c))
        complements.insert(complements.end(), n_[c].kids.begin(), n_[c].kids.end());
    }
    for (int c : complements) {
      if (n_[c].rel != "ccomp" || CodedClause(c)) continue;
      const std::vector<int>& cdom = CachedDomain(c, /*include_acl=*/true);
      for (int w : cdom) {
        if (!IsNominal(n_[w])) continue;
        std::string_view base = RelationBase(n_[w].rel);
        if (!OneOf(base, {"nsubj", "obj", "iobj", "obl", "nmod", "appos"})) continue;
        if (n_[w].rel == "obl:tmod" || n_[w].rel == "nmod:tmod") continue;
        std::vector<Mention> m = ResolveConj(w);
        if (!m.empty()) return m;
      }
    }
  }
  return {};
}

std::string SentenceCoder::AnnouncedIntent(const PredicateResult& r,
                                           const std::vector<Mention>& sources) {
  long value = 0;  // only a plain act (aid, release, attack) becomes an intent
  if (!opt_.pico || !IsEventCode(r.code) || sources.empty() ||
      !opt_.pico->ValueOf(r.code, &value) || value <= 0 || value >= 0x1000)
    return "";
  int p = r.word;
  bool future = false;
  for (int k : n_[p].kids)
    if (n_[k].rel == "aux" && OneOf(n_[k].form, {"will", "would", "shall", "'ll"})) future = true;
  if (!future) return "";
  // The verb of saying: p's governor (p its complement) or, misparsed, an
  // adverbial clause of p before it ("as Israel announced it would free").
  int say = -1;
  int h = n_[p].head;
  if (h >= 0 && OneOf(RelationBase(n_[p].rel), {"ccomp", "parataxis"})) say = h;
  for (int k : n_[p].kids)
    if (k < p && RelationBase(n_[k].rel) == "advcl" && Child(k, "nsubj") >= 0) say = k;
  if (say < 0 ||
      !OneOf(n_[say].lemma, {"say", "announce", "state", "declare", "tell", "confirm", "add"}))
    return "";
  int speaker = Child(say, "nsubj");
  if (speaker < 0) return "";
  std::vector<Mention> who = ResolveConj(speaker);
  if (who.empty() || who[0].code != sources[0].code) return "";
  std::string combined = opt_.pico->CombineCodes("030", r.code);
  return IsEventCode(combined) && combined != r.code ? combined : "";
}

bool SentenceCoder::Negated(int p) const {
  for (int k : n_[p].kids)
    if (n_[k].negation) return true;
  // "will not try to clash": negation on the governing verb of an xcomp. Not
  // with PETRARCH's negation table, which negates only the coded verb's own
  // phrase ("won't try to clash over" stays a clash).
  if (n_[p].rel == "xcomp" && n_[p].head >= 0 && !opt_.negation)
    for (int k : n_[n_[p].head].kids)
      if (n_[k].negation) return true;
  return false;
}

bool SentenceCoder::Conditional(int p) const {
  for (int w = p, guard = 0; w >= 0 && guard < 16; w = n_[w].head, ++guard) {
    for (int k : n_[w].kids)
      if ((n_[k].rel == "mark") && OneOf(n_[k].lemma, {"if", "unless", "whether"})) return true;
    std::string_view base = RelationBase(n_[w].rel);
    if (base != "conj" && base != "xcomp") break;
  }
  return false;
}

// True when the predicate is the dictionary verb `word` or a synonym of it
// (same PETRARCH block, or same default code).
bool SentenceCoder::VerbIs(const PredicateResult& r, const std::string& word) const {
  std::string w = Lower(word);
  if (n_[r.word].lemma == w || n_[r.word].form == w) return true;
  if (r.verb == nullptr) return false;
  for (const dict::Verb* v : dicts_.FindVerbs(w)) {
    if (v == r.verb) return true;
    if (v->block >= 0 && v->block == r.verb->block) return true;
    if (IsEventCode(v->default_code) && v->default_code == r.verb->default_code) return true;
  }
  return false;
}

// The speaker when p sits in a clause reported by a verb of saying.
std::string SentenceCoder::Speaker(int p) {
  for (int w = p, guard = 0; w >= 0 && guard < 16; ++guard) {
    int h = n_[w].head;
    if (h < 0) return "";
    std::string_view base = RelationBase(n_[w].rel);
    if ((base == "ccomp" || base == "parataxis") &&
        OneOf(n_[h].lemma, {"say", "tell", "report", "announce", "state", "claim", "add", "note",
                            "told", "said", "insist", "warn", "confirm"})) {
      int s = Child(h, "nsubj");
      if (s < 0) return "";
      std::vector<Mention> m = ResolveConj(s);
      return m.empty() ? "" : m[0].code;
    }
    if (base != "conj" && base != "xcomp") return "";
    w = h;
  }
  return "";
}

std::vector<Mention> SentenceCoder::TransformationTargets(const std::vector<Mention>& targets,
                                                          int inner,
                                                          const dict::VerbTransformation& t) const {
  if (!targets.empty() || !opt_.petrarch_null_codes || t.inner_target == "_") return targets;
  Mention null_actor;
  null_actor.code = "---";
  null_actor.head = inner;
  SpanOf(inner, &null_actor);
  return {null_actor};
}

bool SentenceCoder::ObjectControlBlocksCombination(const Coded& outer, const Coded& inner) const {
  int o = Child(outer.r->word, "obj");
  if (n_[inner.r->word].rel != "xcomp" || o < 0 || !IsNominal(n_[o])) return false;
  long value = 0;
  return opt_.pico->ValueOf(inner.r->code, &value) && value >= 0x1000;
}

bool SentenceCoder::DiscardApplies(const dict::DiscardMatch& d) const {
  if (!opt_.petrarch_null_codes || d.begin >= d.end || d.end > sent_.words.size()) return true;
  // Attached when no space separates the words in the text, or (parses
  // given as CoNLL-U, spaced throughout) by English orthography.
  auto attached = [&](size_t left, size_t right) {
    if (sent_.words[left].end == sent_.words[right].start) return true;
    const std::string& f = sent_.words[right].form;
    const std::string& g = sent_.words[left].form;
    return (n_[right].upos == "PUNCT" &&
            OneOf(f, {",", ".", ";", ":", "!", "?", ")", "'", "''"})) ||
           (n_[left].upos == "PUNCT" && OneOf(g, {"(", "``", "`"}));
  };
  if (d.begin > 0 && attached(d.begin - 1, d.begin)) return false;
  if (d.end < sent_.words.size() && attached(d.end - 1, d.end)) return false;
  return true;
}

// "seek to deepen", "met X to discuss", "asks B to help C": a clause with
// no subject of its own, the xcomp or "to"-purpose clause of outer.
bool SentenceCoder::IsChainClause(int inner, int outer) const {
  if (n_[inner].head != outer || Child(inner, "nsubj") >= 0 || IsPassive(inner)) return false;
  std::string_view rel = n_[inner].rel;
  if (rel == "xcomp") return true;
  int mark = Child(inner, "mark");
  return RelationBase(rel) == "advcl" && mark >= 0 && n_[mark].lemma == "to";
}

// PETRARCH codes a verb and its subjectless event clause as one event: the
// outer verb's source, its own target if it has one (the object of "asks B
// to ...") else the clause's, and the two codes combined through the
// ontology ("seek" 030 + "deepen" 060 = 031). Innermost clauses first, so
// chains fold from the bottom up.
void SentenceCoder::CombineClauseChains(std::vector<Coded>* coded,
                                        std::deque<PredicateResult>* store) const {
  for (bool changed = true; changed;) {
    changed = false;
    for (Coded& inner : *coded) {
      if (inner.dropped) continue;
      Coded* outer = nullptr;
      bool has_chain_child = false;
      for (Coded& c : *coded) {
        if (&c == &inner) continue;
        if (IsChainClause(inner.r->word, c.r->word)) outer = &c;
        if (!c.dropped && IsChainClause(c.r->word, inner.r->word)) has_chain_child = true;
      }
      if (outer == nullptr || has_chain_child) continue;
      if (outer->dropped) {  // the outer verb went into a transformation
        inner.dropped = true;
        changed = true;
        continue;
      }
      // "X was seen to break into ...": a passive with no agent is no act of
      // its own; the clause keeps its event.
      if (outer->sources.empty() && IsPassive(outer->r->word)) continue;
      if (ObjectControlBlocksCombination(*outer, inner)) {
        outer->dropped = inner.dropped = true;
        changed = true;
        continue;
      }
      std::string code = outer->r->code;
      if (IsEventCode(code)) {
        std::string combined = opt_.pico->CombineCodes(code, inner.r->code);
        if (IsEventCode(combined)) code = combined;  // else the outer code stands
      }
      store->push_back(*outer->r);
      store->back().code = code;
      outer->r = &store->back();
      if (outer->targets.empty()) outer->targets = inner.targets;
      inner.dropped = true;
      changed = true;
    }
  }
}

void SentenceCoder::Emit(const Mention& s, const Mention& t, const std::string& code, int p,
                         const PredicateResult& r, bool negated, std::vector<Event>* out) {
  if (!IsEventCode(code) || s.code.empty() || t.code.empty() || s.code == t.code) return;
  Event e;
  e.doc_id = doc_.id;
  e.sentence_index = index_;
  e.date = doc_.date;
  e.source = s.code;
  e.target = t.code;
  e.code = code;
  const dict::CameoTable& cameo = dicts_.cameo();
  e.root_code = code.size() >= 2 ? code.substr(0, 2) : code;
  e.quad_class = dict::CameoTable::QuadClass(code);
  e.goldstein = cameo.Goldstein(code);
  e.plover = cameo.Plover(code);
  e.source_span = {s.start, s.end};
  e.target_span = {t.start, t.end};
  e.source_text = std::string(doc_.slice(s.start, s.end));
  e.target_text = std::string(doc_.slice(t.start, t.end));
  uint32_t vs = sent_.words[p].start, ve = sent_.words[p].end;
  if (r.span_end_word > p) ve = sent_.words[r.span_end_word].end;
  e.verb_span = {vs, ve};
  e.verb_text = std::string(doc_.slice(vs, ve));
  e.sentence = std::string(doc_.slice(sent_.start, sent_.end));
  e.negated = negated;
  e.issues = issues_;
  e.reported_by = reported_by_cache_;
  // Location: a place named with in/at/near under the predicate.
  for (int k : n_[p].kids) {
    if (n_[k].rel != "obl" || !(HasCase(k, "in") || HasCase(k, "at") || HasCase(k, "near")))
      continue;
    int a = actor_at_[k];
    if (a >= 0 && actors_[a].kind == ActorKind::kCountry && actors_[a].code != e.target) {
      e.location = actors_[a].code;
      break;
    }
  }
  for (auto it = out->rbegin();
       it != out->rend() && it->sentence_index == e.sentence_index && it->doc_id == e.doc_id; ++it)
    if (it->source == e.source && it->target == e.target && it->code == e.code) return;
  out->push_back(std::move(e));
}

// PETRARCH's require_dyad = false: a predicate whose object or
// prepositional phrase names no actor ("said on Thursday") is coded with the
// target "---"; a predicate with no such phrase at all ("said today") is not.
void SentenceCoder::EmitWithoutTarget(const std::vector<Mention>& sources, const PredicateResult& r,
                                      bool negated, std::vector<Event>* out) {
  if (!HasNominalArgumentAfter(r)) return;
  Mention none;
  none.code = "---";
  none.head = r.word;
  SpanOf(r.word, &none);
  for (const Mention& s : sources) Emit(s, none, r.code, r.word, r, negated, out);
}

bool SentenceCoder::HasNominalArgumentAfter(const PredicateResult& r) const {
  for (int k : n_[r.word].kids) {
    const Node& n = n_[k];
    if (k < r.word || !IsNominal(n) || n.upos == "PRON") continue;
    if (std::find(r.consumed.begin(), r.consumed.end(), k) != r.consumed.end()) continue;
    std::string_view base = RelationBase(n.rel);
    if (base == "obj" || base == "iobj" ||
        ((base == "obl" || base == "nmod") && n.rel.find("tmod") == std::string::npos &&
         n.rel.find("npmod") == std::string::npos && n.rel != "obl:agent"))
      return true;
  }
  return false;
}

// "urged Eriador to respond to X": the infinitive an object-control verb
// asks for is not an event of its own while the asking verb is coded (the
// xcomp, or a to-infinitive the parser hung on the object).
void SentenceCoder::SuppressControlledInfinitives(const std::vector<PredicateResult>& preds,
                                                  const std::vector<int>& pred_of,
                                                  std::vector<bool>* suppressed) const {
  for (size_t i = 0; i < preds.size(); ++i) {
    const PredicateResult& r = preds[i];
    if ((*suppressed)[i] || !IsEventCode(r.code)) continue;
    int obj = Child(r.word, "obj");
    if (obj < 0 || !IsNominal(n_[obj])) continue;
    std::vector<int> infinitives;
    // (PETRARCH mode folds an xcomp into the asking verb instead:
    // CombineClauseChains and the transformations.)
    for (int k : n_[r.word].kids)
      if (n_[k].rel == "xcomp" && !opt_.pico) infinitives.push_back(k);
    for (int k : n_[obj].kids)
      if (RelationBase(n_[k].rel) == "acl" && n_[k].rel != "acl:relcl" && IsInfinitivalPurpose(k))
        infinitives.push_back(k);
    for (int k : infinitives)
      if (pred_of[k] >= 0 && static_cast<size_t>(pred_of[k]) != i) (*suppressed)[pred_of[k]] = true;
  }
}

bool SentenceCoder::Code(std::vector<Event>* out) {
  if (sent_.words.empty()) return true;
  BuildNodes();
  const AlternativesIndex& alternatives = coder_.alternatives();
  for (Node& n : n_) {
    n.form_id = alternatives.Id(n.form);
    n.lemma_id = n.lemma == n.form ? n.form_id : alternatives.Id(n.lemma);
    if (n.form_id != AlternativesIndex::kNoWord) bag_.push_back(n.form_id);
    if (n.lemma_id != AlternativesIndex::kNoWord) bag_.push_back(n.lemma_id);
  }
  AlternativesIndex::SortUnique(&bag_);
  std::vector<std::string> forms(n_.size()), lemmas(n_.size());
  for (size_t i = 0; i < n_.size(); ++i) {
    forms[i] = n_[i].form;  // normalized as WordSequence would (BuildNodes)
    lemmas[i] = n_[i].lemma;
  }
  dict::WordSequence seq(sent_.words, std::move(forms), std::move(lemmas));
  for (const dict::DiscardMatch& d : dicts_.MatchDiscards(seq)) {
    if (!DiscardApplies(d)) continue;
    if (d.discard->scope == dict::Discard::Scope::kStory) return false;
    if (d.discard->scope == dict::Discard::Scope::kSentence) return true;
  }
  dict::Date date = dict::ParseDate(doc_.date).value_or(0);
  actors_ = dicts_.MatchActors(seq, date);
  agents_ = dicts_.MatchAgents(seq);
  actor_at_.assign(n_.size(), -1);
  agent_at_.assign(n_.size(), -1);
  for (size_t i = 0; i < actors_.size(); ++i)
    for (uint32_t w = actors_[i].begin; w < actors_[i].end && w < n_.size(); ++w)
      actor_at_[w] = static_cast<int>(i);
  for (size_t i = 0; i < agents_.size(); ++i)
    for (uint32_t w = agents_[i].begin; w < agents_[i].end && w < n_.size(); ++w)
      agent_at_[w] = static_cast<int>(i);
  JoinSplitActorNames(date);
  {
    bool ignore = false;
    std::vector<std::string> codes;
    for (const dict::IssueMatch& m : dicts_.MatchIssues(seq)) {
      if (m.issue->ignore)
        ignore = true;
      else if (std::find(codes.begin(), codes.end(), m.issue->code) == codes.end())
        codes.push_back(m.issue->code);
    }
    if (!ignore) issues_ = codes;
  }

  // Pass 1: what each predicate codes.
  std::vector<PredicateResult> preds;
  std::vector<int> pred_of(n_.size(), -1);
  for (size_t i = 0; i < n_.size(); ++i) {
    const Node& n = n_[i];
    if (n.upos != "VERB" &&
        !(n.upos == "AUX" && n.rel != "aux" && n.rel != "cop" && n.rel != "aux:pass"))
      continue;
    PredicateResult r;
    if (!MatchVerb(static_cast<int>(i), &r)) continue;
    pred_of[i] = static_cast<int>(preds.size());
    preds.push_back(std::move(r));
  }
  // A pattern that names another predicate's word consumes it ("agree to meet").
  std::vector<bool> suppressed(preds.size(), false);
  for (const PredicateResult& r : preds)
    for (int w : r.consumed)
      if (w != r.word && pred_of[w] >= 0) suppressed[pred_of[w]] = true;
  // A governing verb with no object of its own gives way to its coded xcomp
  // ("vowed to wage war on X" is the war, not the vow).
  for (size_t i = 0; i < preds.size(); ++i) {
    const PredicateResult& r = preds[i];
    if (suppressed[i] || r.pattern != nullptr || opt_.pico) continue;
    for (int k : n_[r.word].kids) {
      if (n_[k].rel != "xcomp" || pred_of[k] < 0 || suppressed[pred_of[k]]) continue;
      if (!IsEventCode(preds[pred_of[k]].code)) continue;
      if (Child(r.word, "obj") < 0 && Child(r.word, "iobj") < 0) suppressed[i] = true;
    }
  }

  SuppressControlledInfinitives(preds, pred_of, &suppressed);

  // Pass 2: roles of every coded predicate.
  std::vector<Coded> coded;
  std::deque<PredicateResult> negated_codes;  // stable addresses for Coded::r
  for (size_t i = 0; i < preds.size(); ++i) {
    if (suppressed[i]) continue;
    const PredicateResult& r = preds[i];
    if (!IsEventCode(r.code) && !IsEventCode(r.reverse_code)) continue;
    int p = r.word;
    if (Conditional(p)) continue;
    Coded c;
    c.r = &r;
    c.negated = Negated(p);
    if (c.negated && opt_.negation) {
      auto it = opt_.negation->find(r.code);
      if (it == opt_.negation->end()) {
        if (opt_.trace)
          fprintf(stderr, "  [%s] pred %s code=%s negated, no negated code\n", doc_.id.c_str(),
                  n_[p].form.c_str(), r.code.c_str());
        continue;
      }
      negated_codes.push_back(r);
      negated_codes.back().code = it->second;
      negated_codes.back().reverse_code.clear();
      c.r = &negated_codes.back();
      c.negated = false;
    } else if (c.negated && !opt_.keep_negated) {
      continue;
    }
    c.sources = Sources(p, r);
    if (std::string intent = AnnouncedIntent(*c.r, c.sources); !intent.empty()) {
      negated_codes.push_back(*c.r);
      negated_codes.back().code = intent;
      negated_codes.back().reverse_code.clear();
      c.r = &negated_codes.back();
    }
    c.inherited_source = Child(p, "nsubj") < 0 && Child(p, "nsubj:pass") < 0;
    c.reported_by = Speaker(p);
    if (!r.compound) {
      int exclude = c.sources.empty() ? -1 : c.sources[0].head;
      c.targets = Targets(p, r, exclude);
    }
    if (opt_.trace) {
      std::string st, tt;
      for (const Mention& m : c.sources) st += m.code + " ";
      for (const Mention& m : c.targets) tt += m.code + " ";
      fprintf(stderr, "  [%s] pred %s code=%s rev=%s pattern=%s src={%s} tgt={%s}\n",
              doc_.id.c_str(), n_[p].form.c_str(), r.code.c_str(), r.reverse_code.c_str(),
              r.pattern ? r.pattern->text.c_str() : "-", st.c_str(), tt.c_str());
    }
    coded.push_back(std::move(c));
  }

  // PETRARCH transformations: a verb governing a coded clause
  // ("~ a (a b ATTACK) SAY = a b 015").
  if (!dicts_.transformations().empty()) {
    for (Coded& outer : coded) {
      for (Coded& inner : coded) {
        if (&inner == &outer || inner.dropped || outer.dropped) continue;
        int ip = inner.r->word;
        std::string_view rel = n_[ip].rel;
        if (n_[ip].head != outer.r->word || (rel != "ccomp" && rel != "xcomp")) continue;
        for (const dict::VerbTransformation& t : dicts_.transformations()) {
          if (!VerbIs(*outer.r, t.outer_verb)) continue;
          if (t.inner_verb != "Q" && t.inner_verb != "q" && !VerbIs(*inner.r, t.inner_verb))
            continue;
          std::map<std::string, std::vector<Mention>> bind;
          auto same = [](const std::vector<Mention>& x, const std::vector<Mention>& y) {
            return !x.empty() && !y.empty() && x[0].code == y[0].code;
          };
          if (t.outer_source != "." && t.outer_source != "_") bind[t.outer_source] = outer.sources;
          bool ok = true;
          auto slot = [&](const std::string& var, const std::vector<Mention>& ms, bool inherited) {
            if (var == ".") return true;
            if (var == "_") return ms.empty() || (inherited && same(ms, outer.sources));
            auto it = bind.find(var);
            if (it != bind.end()) return same(it->second, ms) || (inherited && !ms.empty());
            if (ms.empty()) return false;
            bind[var] = ms;
            return true;
          };
          ok = slot(t.inner_source, inner.sources, inner.inherited_source) &&
               slot(t.inner_target, TransformationTargets(inner.targets, ip, t), false);
          if (!ok) continue;
          auto rs = bind.find(t.result_source);
          auto rt = bind.find(t.result_target);
          if (rs == bind.end() || rt == bind.end()) continue;
          std::string code = (t.code == "Q" || t.code == "q") ? inner.r->code : t.code;
          for (const Mention& a : rs->second)
            for (const Mention& b2 : rt->second)
              Emit(a, b2, code, outer.r->word, *outer.r, outer.negated, out);
          inner.dropped = outer.dropped = true;
          DropConjoinedClauses(inner.r->word, &coded);
          break;
        }
      }
    }
  }

  if (opt_.pico) CombineClauseChains(&coded, &negated_codes);

  // Pass 3: events.
  for (const Coded& c : coded) {
    if (c.dropped) continue;
    const PredicateResult& r = *c.r;
    reported_by_cache_ = c.reported_by;
    // "X, Y and Z met": a symmetric cooperative event among the conjuncts.
    bool symmetric = c.targets.empty() && !c.inherited_source && c.sources.size() > 1 &&
                     r.code.size() >= 2 &&
                     (r.code.compare(0, 2, "04") == 0 || r.code.compare(0, 2, "03") == 0 ||
                      r.code.compare(0, 2, "05") == 0);
    if (r.compound || symmetric) {
      for (const Mention& a : c.sources)
        for (const Mention& b2 : c.sources) Emit(a, b2, r.code, r.word, r, c.negated, out);
      continue;
    }
    for (const Mention& s2 : c.sources)
      for (const Mention& t : c.targets) {
        Emit(s2, t, r.code, r.word, r, c.negated, out);
        if (IsEventCode(r.reverse_code)) Emit(t, s2, r.reverse_code, r.word, r, c.negated, out);
      }
    if (c.targets.empty() && !opt_.require_dyad) EmitWithoutTarget(c.sources, r, c.negated, out);
  }
  reported_by_cache_.clear();
  // Remember this sentence's actors for the next sentences' pronouns.
  if (opt_.coreference) {
    for (size_t i = 0; i < n_.size(); ++i) {
      std::string_view base = RelationBase(n_[i].rel);
      if (!OneOf(base, {"nsubj", "obj", "iobj", "obl", "nmod", "root", "conj", "appos"})) continue;
      if (n_[i].upos != "PROPN" && n_[i].upos != "NOUN") continue;
      bool agent_only = false;
      std::vector<std::string> agents;
      for (const Mention& m : ResolveOne(static_cast<int>(i), &agent_only, &agents))
        if (m.has_actor) coref_->Remember(m);
    }
  }
  return true;
}

}  // namespace

void UnknownActors::Add(const std::string& phrase, bool proper, const std::string& sentence) {
  std::lock_guard<std::mutex> lock(mu_);
  Entry& e = entries_[phrase];
  if (e.count == 0) e.example = sentence;
  ++e.count;
  e.proper = e.proper || proper;
}

size_t UnknownActors::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return entries_.size();
}

std::string UnknownActors::Report() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::pair<std::string, Entry>> rows(entries_.begin(), entries_.end());
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (a.second.proper != b.second.proper) return a.second.proper;
    if (a.second.count != b.second.count) return a.second.count > b.second.count;
    return a.first < b.first;
  });
  std::string out = "count\tkind\tphrase\texample\n";
  for (const auto& [phrase, e] : rows) {
    std::string example = e.example;
    for (char& c : example)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    out += std::to_string(e.count) + "\t" + (e.proper ? "proper" : "common") + "\t" + phrase +
           "\t" + example + "\n";
  }
  return out;
}

Coder::Coder(std::shared_ptr<const dict::Dictionaries> dicts, CoderOptions options)
    : dicts_(std::move(dicts)), options_(options) {
  auto index = std::make_shared<AlternativesIndex>();
  index->last_words.resize(dicts_->patterns().size());
  for (size_t pi = 0; pi < dicts_->patterns().size(); ++pi) {
    const dict::VerbPattern& p = dicts_->patterns()[pi];
    index->last_words[pi].resize(p.elements.size());
    for (size_t ei = 0; ei < p.elements.size(); ++ei) {
      const dict::PatternElement& e = p.elements[ei];
      if (e.words.size() > 1) index->Add(e.words);
      for (const auto& mod : e.modifiers)
        if (mod.size() > 1) index->Add(mod);
      if (e.kind != dict::PatternElement::Kind::kWord) continue;
      std::vector<uint32_t>& last = index->last_words[pi][ei];
      for (const std::string& alt : e.words) {
        size_t sp = alt.rfind(' ');
        last.push_back(index->Intern(sp == std::string::npos
                                         ? std::string_view(alt)
                                         : std::string_view(alt).substr(sp + 1)));
      }
      AlternativesIndex::SortUnique(&last);
    }
  }
  alternatives_ = std::move(index);
}

void Coder::CodeDocument(const Document& doc, std::vector<Event>* events,
                         UnknownActors* unknown) const {
  CorefMemory coref;
  size_t first = events->size();
  Sentence repaired;  // a sentence whose parse needed repair (parse_repair.h)
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    if (!s.codable || doc.in_no_code(s.start, s.end)) continue;
    bool parsed = false;
    for (const Word& w : s.words)
      if (w.head >= 0) parsed = true;
    if (!parsed) continue;
    const Sentence* coded = &s;
    std::vector<Word> words;
    if (options_.repair_parses && RepairWords(s.words, dicts_.get(), &words) > 0) {
      repaired.start = s.start;
      repaired.end = s.end;
      repaired.codable = s.codable;
      repaired.words = std::move(words);
      coded = &repaired;
    }
    SentenceCoder sc(*this, doc, *coded, i, &coref, unknown);
    if (!sc.Code(events)) {
      events->resize(first);  // story discard: nothing from this document
      return;
    }
  }
}

}  // namespace parley::code
