// Nominal events: a noun the verb dictionary lists with "n:" ("n:attack",
// "n:airstrike", "n:killing") is an event of its own when its noun phrase
// names who did it and to whom: "the Russian attack on Kyiv" (RUS UKR 190),
// "Israel's killing of aid workers", "an airstrike by the coalition on
// Sanaa". Parley's conventions only (PETRARCH codes verbs alone).
#include <algorithm>
#include <cstdio>
#include <deque>
#include <string>
#include <vector>

#include "parley/code/sentence_coder.h"
#include "parley/code/word_set.h"

namespace parley::code::internal {

namespace {

// Whether every target of `c` is casualties only: civilians no actor names
// ("12 people", "UKRCVL" with the place's country).
bool OnlyCasualties(const Coded& c) {
  return !c.targets.empty() &&
         std::all_of(c.targets.begin(), c.targets.end(), [](const Mention& m) {
           return !m.has_actor && (m.code == "CVL" || WithCountryAdded(m.code, "CVL"));
         });
}

// Nouns whose "of" phrase is the one the act is done to ("the killing of
// aid workers", "the shelling of Kharkiv"), unlike "an attack of panic".
bool OfNamesTheTarget(std::string_view lemma) {
  return OneOf(lemma,
               {"killing",     "murder",   "assassination", "abduction", "kidnapping",  "execution",
                "beheading",   "lynching", "beating",       "expulsion", "deportation", "shelling",
                "bombardment", "bombing",  "massacre",      "invasion",  "occupation",  "siege",
                "blockade",    "arrest",   "detention"});
}

}  // namespace

bool SentenceCoder::MatchNominal(int p, PredicateResult* r) const {
  const std::vector<const VerbPattern*>& patterns = dicts_.FindNominalPatterns(n_[p].lemma);
  if (patterns.empty()) return false;
  // The pattern's other words modify the noun itself or one of its
  // compounds ("car bomb attack"), never a word deeper in its phrases ("an
  // attack on a convoy carrying drones" is no drone attack).
  auto modifies = [&](int w) {
    const int h = n_[w].head;
    if (h == p) return true;
    return h >= 0 && n_[h].head == p && OneOf(RelationBase(n_[h].rel), {"compound", "amod"});
  };
  const VerbPattern* best = nullptr;
  std::vector<int> best_words;
  for (const VerbPattern* pat : patterns) {
    std::vector<int> words;
    bool ok = true;
    for (const PatternElement& e : pat->elements) {
      if (e.kind != PatternElement::Kind::kWord || e.words.empty()) continue;
      int found = -1;
      for (int w : CachedDomain(p, /*include_acl=*/false)) {
        if (w == p || !modifies(w) || std::find(words.begin(), words.end(), w) != words.end())
          continue;
        if (!WordMatches(w, e.words) || (!e.prep.empty() && !IntroducedBy(w, e))) continue;
        found = w;
        break;
      }
      if (found < 0) {
        ok = false;
        break;
      }
      words.push_back(found);
    }
    if (ok && (best == nullptr || words.size() > best_words.size())) {
      best = pat;
      best_words = words;
    }
  }
  if (best == nullptr) return false;
  r->word = p;
  r->pattern = best;
  r->code = best->code;
  r->reverse_code = best->reverse_code;
  r->consumed = best_words;
  r->consumed.push_back(p);
  return true;
}

// An attack feared, planned, threatened, prevented or called off is no
// event: "fears of an attack on Taiwan", "plans for an offensive", "no
// attack". Looks at the noun's determiner and the words it hangs from.
bool SentenceCoder::NominalIrrealis(int p) const {
  for (int k : n_[p].kids)
    if ((n_[k].rel == "det" && n_[k].lemma == "no") ||
        (n_[k].rel == "amod" && OneOf(n_[k].lemma, {"possible", "potential", "planned", "future",
                                                    "imminent", "hypothetical"})))
      return true;
  int w = p;
  for (int guard = 0; guard < 4 && n_[w].head >= 0; ++guard) {
    const bool subject = RelationBase(n_[w].rel) == "nsubj";
    w = n_[w].head;
    // (what stops or is stopped did happen: "Talks between Russia and
    // Ukraine ended in Istanbul", "the offensive was halted")
    if (subject && OneOf(n_[w].lemma, {"halt", "stop", "end", "cease", "suspend", "pause"})) break;
    if (OneOf(n_[w].lemma,
              {"fear",        "threat",   "threaten", "plan",   "risk", "prevent",   "avoid",
               "deter",       "warn",     "warning",  "call",   "urge", "demand",    "deny",
               "possibility", "prospect", "prepare",  "plot",   "want", "seek",      "vow",
               "pledge",      "promise",  "consider", "order",  "ban",  "halt",      "stop",
               "end",         "cease",    "suspend",  "pause",  "rule", "authorize", "approve",
               "intend",      "aim",      "accuse",   "allege", "blame"}))
      return true;
    if (IsVerbal(n_[w]) && (Negated(w) || Conditional(w))) return true;
    if (IsVerbal(n_[w])) break;
  }
  return false;
}

std::vector<Mention> SentenceCoder::NominalSources(int p) {
  auto actors = [](std::vector<Mention> m) {
    m.erase(std::remove_if(m.begin(), m.end(),
                           [](const Mention& x) { return !x.has_actor && !x.has_agent; }),
            m.end());
    return m;
  };
  for (int k : n_[p].kids) {
    if (n_[k].rel == "nmod:poss" || (RelationBase(n_[k].rel) == "nmod" && HasCase(k, "by"))) {
      std::vector<Mention> m = actors(ResolveConj(k));
      if (!m.empty()) return m;
    }
  }
  // ("the killing of a Hamas commander in Beirut by(nmod of commander) an
  // Israeli drone": a "by" phrase the parser hung on the "of" phrase)
  for (int k : n_[p].kids) {
    if (RelationBase(n_[k].rel) != "nmod" || !HasCase(k, "of")) continue;
    for (int b : n_[k].kids)
      if (RelationBase(n_[b].rel) == "nmod" && HasCase(b, "by")) {
        std::vector<Mention> m = actors(ResolveConj(b));
        if (!m.empty()) return m;
      }
  }
  // "the Russian attack", "a Hamas rocket attack": the words before the
  // noun (not its "of" phrase: "the killing of two Iraqi soldiers").
  bool named_before = false;
  for (int k : n_[p].kids)
    named_before = named_before || (k < p && OneOf(RelationBase(n_[k].rel), {"amod", "compound"}) &&
                                    (actor_at_[k] >= 0 || agent_at_[k] >= 0));
  if (named_before) {
    std::vector<Mention> m = actors(ResolveConj(p));
    m.erase(std::remove_if(
                m.begin(), m.end(),
                [&](const Mention& x) { return x.head != p || x.start >= sent_.words[p].start; }),
            m.end());
    // (a weapon or force naming no actor gives way to whoever claimed the
    // attack: "The Houthis claimed responsibility for a drone(MIL) attack")
    if (!m.empty() && !m[0].has_actor) {
      std::vector<Mention> claimant = ClaimantOf(p);
      if (!claimant.empty()) return claimant;
    }
    if (!m.empty()) return m;
  }
  // "claimed responsibility for the killing of two soldiers"
  return ClaimantOf(p);
}

bool SentenceCoder::ReadyForTalks(int p, Coded* c) {
  const int a = n_[p].head;
  if (a < 0 || n_[a].upos != "ADJ" || RelationBase(n_[p].rel) != "obl" ||
      !OneOf(n_[a].lemma, {"ready", "open", "willing", "prepared"}) ||
      !OneOf(n_[p].lemma, {"talk", "talks", "negotiation", "dialogue", "dialog", "meeting"}))
    return false;
  for (int k : n_[a].kids)
    if (n_[k].negation) return false;  // ("is not ready for talks")
  const int subject = Child(a, "nsubj");
  const int with = [&] {
    for (int k : n_[p].kids)
      if (RelationBase(n_[k].rel) == "nmod" && HasCase(k, "with")) return k;
    return -1;
  }();
  if (subject < 0 || with < 0) return false;
  auto actors = [](std::vector<Mention> m) {
    m.erase(std::remove_if(m.begin(), m.end(), [](const Mention& x) { return !x.has_actor; }),
            m.end());
    return m;
  };
  c->sources = actors(ResolveConj(subject));
  c->targets = actors(ResolveConj(with));
  return !c->sources.empty() && !c->targets.empty();
}

std::vector<Mention> SentenceCoder::PartiesBetween(int p) {
  for (int k : n_[p].kids) {
    if (!OneOf(RelationBase(n_[k].rel), {"nmod", "obl"}) ||
        !(HasCase(k, "between") || HasCase(k, "among")))
      continue;
    std::vector<Mention> m = ResolveConj(k);
    m.erase(std::remove_if(m.begin(), m.end(),
                           [](const Mention& x) { return !x.has_actor && !x.has_agent; }),
            m.end());
    if (m.size() >= 2) return m;
  }
  return {};
}

std::vector<Mention> SentenceCoder::NominalTargets(int p) {
  for (int k : n_[p].kids) {
    if (RelationBase(n_[k].rel) != "nmod" || n_[k].rel == "nmod:poss") continue;
    const bool on = HasCase(k, "on") || HasCase(k, "against") || HasCase(k, "targeting") ||
                    HasCase(k, "into") || (HasCase(k, "of") && OfNamesTheTarget(n_[p].lemma));
    if (!on || InWaterPlace(k)) continue;
    std::vector<Mention> m = ResolveConj(k);
    m.erase(std::remove_if(m.begin(), m.end(),
                           [&](const Mention& x) {
                             return !x.has_actor && (!x.has_agent || IsWeaponNoun(x.head));
                           }),
            m.end());
    if (!m.empty()) return m;
  }
  return {};
}

void SentenceCoder::CodeNominalEvents(const std::vector<PredicateResult>& preds,
                                      std::deque<PredicateResult>* store,
                                      std::vector<Coded>* coded) {
  std::vector<char> taken(n_.size(), 0);  // words of the verbs' patterns
  for (const PredicateResult& r : preds) {
    taken[r.word] = 1;
    for (int w : r.consumed) taken[w] = 1;
  }
  const size_t verbal = coded->size();
  for (size_t i = 0; i < n_.size(); ++i) {
    const int p = static_cast<int>(i);
    if (taken[i] || n_[i].upos != "NOUN") continue;
    PredicateResult r;
    if (!MatchNominal(p, &r) || !IsEventCode(r.code) || NominalIrrealis(p)) continue;
    Coded c;
    c.sources = NominalSources(p);
    c.targets = c.sources.empty() ? std::vector<Mention>{} : NominalTargets(p);
    // "The Kremlin said it was ready for talks with Washington": talks a
    // party is ready or open to are its intent to negotiate (036) with the
    // other party named.
    if (c.sources.empty() && ReadyForTalks(p, &c)) r.code = "036";
    // "fighting between the army and the RSF", "talks between Russia and
    // Ukraine": the parties act towards each other.
    if (c.sources.empty()) c.sources = c.targets = PartiesBetween(p);
    if (c.sources.empty() || c.targets.empty()) continue;
    // "killed five people in an Israeli airstrike on Gaza": the verb that
    // the attack serves already tells the event (one of the same kind: a
    // claim of responsibility does not tell the killing).
    // But an attack that is the subject of a verb that only counts the dead
    // names the act: "A Russian missile strike on Kharkiv killed seven
    // people" is Russia's air strike on Ukraine (195), not a killing of
    // civilians (1823) besides it.
    bool told = false;
    Coded* toll = nullptr;
    const int quad = dict::CameoTable::QuadClass(r.code);
    for (size_t j = 0; j < verbal && !told && toll == nullptr; ++j) {
      Coded& v = (*coded)[j];
      if (v.dropped || v.targets.empty() || dict::CameoTable::QuadClass(v.r->code) != quad)
        continue;
      bool same_source = false;
      for (int w = n_[p].head, guard = 0; w >= 0 && guard < 8 && !same_source;
           w = n_[w].head, ++guard)
        if (w == v.r->word)
          for (const Mention& s : v.sources)
            same_source =
                same_source || std::any_of(c.sources.begin(), c.sources.end(),
                                           [&](const Mention& x) { return x.code == s.code; });
      if (!same_source) continue;
      if (IsAttackNoun(p) && n_[p].head == v.r->word && RelationBase(n_[p].rel) == "nsubj" &&
          OnlyCasualties(v))
        toll = &v;
      else
        told = true;
    }
    c.r = &r;
    if (opt_.trace) Trace("nominal", c, told ? " (told by its verb)" : "");
    if (told) continue;
    if (toll != nullptr) toll->dropped = true;
    for (int w = n_[p].head, guard = 0; w >= 0 && guard < 8; w = n_[w].head, ++guard)
      if (IsVerbal(n_[w])) {
        c.reported_by = Speaker(w);
        break;
      }
    store->push_back(std::move(r));
    c.r = &store->back();
    coded->push_back(std::move(c));
  }
}

}  // namespace parley::code::internal
