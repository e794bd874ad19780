// SentenceCoder: sources, targets, speech, negation, code combination, emission (sentence_coder.h).
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
      if (o >= 0 && IsNominal(n_[o])) {  // object control: "urged B to help"
        // "Iran hanged two men convicted(xcomp) of spying": a passive
        // participle's controller is what it was done to.
        *is_target =
            ParleyConventions() && !opt_.petrarch_passive && !via_xcomp && Child(p, "mark") < 0 &&
            (sent_.words[p].xpos == "VBN" || n.feats.find("Voice=Pass") != std::string::npos);
        return o;
      }
      via_xcomp = true;
      p = n.head;
      continue;
    }
    // "attacked a checkpoint, killing four officers", "retaliated by
    // attacking border posts", "joined the United States in striking Houthi
    // targets" (PETRARCH leaves these uncoded).
    const int mark = Child(p, "mark");
    bool participle =
        !opt_.petrarch_passive && base == "advcl" &&
        (mark < 0 ||
         (ParleyConventions() && OneOf(n_[mark].lemma, {"by", "while", "after", "in"}))) &&
        (sent_.words[p].xpos == "VBG" || n.feats.find("VerbForm=Ger") != std::string::npos);
    if (base == "conj" || participle ||
        (base == "advcl" && Child(p, "mark") >= 0 && n_[Child(p, "mark")].lemma == "to")) {
      p = n.head;
      continue;
    }
    if (int m = MisparsedClauseSubject(p); m >= 0) return m;
    // "Zelensky signed a decree imposing(acl) sanctions": a document acts
    // for whoever signs or issues it (not for whoever vetoes or rejects it:
    // "The United States vetoed a resolution demanding a ceasefire").
    if (base == "acl" && n.rel != "acl:relcl" && ParleyConventions() &&
        IsDocumentNoun(n_[n.head].lemma) && n_[n.head].head >= 0 &&
        RelationBase(n_[n.head].rel) == "obj" && sent_.words[p].xpos == "VBG") {
      if (!OneOf(
              n_[n_[n.head].head].lemma,
              {"sign",    "issue",  "pass",    "adopt", "approve", "enact",   "introduce", "unveil",
               "publish", "draft",  "propose", "table", "submit",  "put",     "announce",  "order",
               "endorse", "ratify", "present", "file",  "back",    "support", "sponsor"}))
        return -1;
      const int s = Child(n_[n.head].head, "nsubj");
      if (s >= 0) return s;
    }
    if (base == "acl" && n.rel != "acl:relcl") {
      // "crowds trashing the embassy" (active) vs "the embassy trashed by
      // crowds". A past form without an object is such a participle whatever
      // its tag ("10 soldiers killed(VBD) in Ukraine"): a finite verb would
      // head a relative clause.
      if (sent_.words[p].xpos == "VBN" || n.feats.find("Voice=Pass") != std::string::npos ||
          (n.feats.find("VerbForm=Part") != std::string::npos &&
           n.feats.find("Tense=Past") != std::string::npos) ||
          (sent_.words[p].xpos == "VBD" && Child(p, "obj") < 0))
        *is_target = true;
      return n.head;
    }
    return -1;
  }
  return -1;
}

// "a woman believed linked to Al-Qaeda", "X was said to have attacked Y": a
// passive verb whose pattern names its xcomp clause (a verb, or a
// predicate with a copula: "are said to have been rivals") raises that
// clause's subject, which is the source of the pattern's event. A bare
// adjective is no clause: "X were shot dead" ("shoot dead") keeps X the
// target.
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
    if (w != p && n_[w].head == p && n_[w].rel == "xcomp" &&
        (IsVerbal(n_[w]) || Child(w, "cop") >= 0))
      return true;
  return false;
}

std::vector<Mention> SentenceCoder::FirerOf(int weapon) {
  for (int k : n_[weapon].kids) {
    if (n_[k].rel != "acl:relcl" || !OneOf(n_[k].lemma, {"fire", "launch", "send", "use"}))
      continue;
    const int s = Child(k, "nsubj");
    std::vector<Mention> m = s >= 0 ? ResolveConj(s) : std::vector<Mention>();
    if (!m.empty() && m[0].has_actor) return m;
  }
  return {};
}

std::vector<Mention> SentenceCoder::CaptorOf(int persons) {
  for (int k : n_[persons].kids) {
    if (RelationBase(n_[k].rel) != "acl" ||
        !OneOf(n_[k].lemma, {"hold", "detain", "jail", "imprison", "arrest", "kidnap", "abduct",
                             "capture", "seize"}))
      continue;
    for (int j : n_[k].kids) {
      const bool agent = n_[j].rel == "obl:agent";
      if (!agent && !(RelationBase(n_[j].rel) == "obl" && HasCase(j, "in"))) continue;
      std::vector<Mention> m = ResolveConj(j);
      if (!m.empty() && m[0].has_actor && (agent || m[0].kind == ActorKind::kCountry)) return m;
    }
  }
  return {};
}

// The source of a participle modifying a noun ("Palestinians killed by
// Israeli fire", "Somali troops, backed by Kenyan forces,"): its "by" agent
// when that names who acted, an agent noun or actor name ("Kenyan forces")
// or an attack of an actor ("Israeli fire"); not an actor that only
// describes a thing ("victims killed by the Malaysia Airlines crash").
std::vector<Mention> SentenceCoder::ParticipleAgent(int p) {
  int agent = Child(p, "obl:agent");
  // "Five Afghan soldiers killed in a Taliban attack"
  if (agent < 0) return opt_.petrarch_passive ? std::vector<Mention>{} : AttackerInPhrase(p);
  if (IsAttackNoun(agent)) {
    std::vector<Mention> m = ResolveConj(agent);
    return m.empty() ? ActorInModifiers(agent) : m;
  }
  if (agent_at_[agent] < 0 && actor_at_[agent] < 0) return {};
  return ResolveConj(agent);
}

// "killed in an Israeli airstrike", "wounded in an attack by rebels", "in a
// strike blamed on Israel": whoever the attack of an "in" phrase of p names
// did it; "killed when
// Russian missiles hit an apartment block": whoever struck in a "when"
// clause of p.
std::vector<Mention> SentenceCoder::AttackerInPhrase(int p) {
  for (int k : n_[p].kids) {
    if (RelationBase(n_[k].rel) != "advcl" || k < p ||
        !OneOf(n_[k].lemma, {"hit", "strike", "attack", "shell", "bomb", "fire", "raid", "storm",
                             "open", "target"}))
      continue;
    const int s = Child(k, "nsubj");
    bool when = false;
    for (int m : n_[k].kids)
      when = when || (RelationBase(n_[m].rel) == "advmod" && n_[m].lemma == "when") ||
             (n_[m].rel == "mark" && n_[m].lemma == "when");
    if (s < 0 || !when) continue;
    std::vector<Mention> m = ResolveConj(s);
    if (!m.empty() && m[0].has_actor) return m;
  }
  for (int k : n_[p].kids) {
    if (RelationBase(n_[k].rel) != "obl" || !HasCase(k, "in")) continue;
    // ("killed in a clash with PKK fighters", "in an exchange of fire with
    // Pakistani troops": whom the dead fought)
    if (ParleyConventions() &&
        (OneOf(n_[k].lemma, {"clash", "gunfight", "firefight", "battle", "fighting", "skirmish",
                             "shootout", "gunbattle", "fight"}) ||
         (n_[k].lemma == "exchange" && std::any_of(n_[k].kids.begin(), n_[k].kids.end(),
                                                   [&](int x) { return n_[x].lemma == "fire"; }))))
      for (int x : n_[k].kids) {
        if (RelationBase(n_[x].rel) != "nmod" || !HasCase(x, "with")) continue;
        std::vector<Mention> m = ResolveConj(x);
        if (!m.empty() && m[0].has_actor) return m;
      }
    if (!IsAttackNoun(k)) continue;
    std::vector<Mention> m = ResolveConj(k);
    if (m.empty()) m = ActorInModifiers(k);
    // ("in a strike blamed on Israel")
    if (m.empty()) m = BlamedOn(k);
    if (!m.empty()) return m;
  }
  return {};
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
    if (!opt_.petrarch_passive) {
      std::vector<Mention> m = AttackerInPhrase(p);
      if (!m.empty()) return m;
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
  // "US-brokered talks", "Saudi-led forces": the name joined to the
  // participle is its agent.
  if (int agent = HyphenAgent(p); agent >= 0 && ParleyConventions()) {
    std::vector<Mention> m = ResolveConj(agent);
    if (!m.empty() && m[0].has_actor) return m;
  }
  bool is_target = false;
  int s = SubjectWord(p, &is_target);
  if (is_target && !opt_.petrarch_passive && RelationBase(n_[p].rel) == "acl")
    return ParticipleAgent(p);
  if (s < 0 || is_target) return {};
  // ("any displacement of Palestinians into Sinai would threaten its peace
  // treaty": what an act threatens is no threat by whom the act is done to)
  // (acts whose "of" phrase names whom they are done to)
  if (ParleyConventions() && r.code.compare(0, 2, "13") == 0 && agent_at_[s] < 0 &&
      actor_at_[s] < 0 &&
      OneOf(n_[s].lemma, {"displacement", "expulsion", "deportation", "eviction", "transfer",
                          "relocation", "killing", "arrest", "detention", "execution"}))
    return {};
  std::vector<Mention> m = ResolveConj(s);
  if ((m.empty() || !m[0].has_actor) && ParleyConventions()) {
    std::vector<Mention> blamed = BlamedOn(s);
    if (!blamed.empty()) return blamed;
    // ("Israel killed a Hamas commander. Hamas said the strike violated the
    // ceasefire": a definite attack soon after one was coded is its
    // attacker's)
    const Mention& attacker = coref_->last_attacker;
    if (const int det = Child(s, "det"); opt_.coreference && IsCondemnedActLemma(n_[s].lemma) &&
                                         det >= 0 && OneOf(n_[det].lemma, {"the", "this"}) &&
                                         attacker.has_actor &&
                                         SoonAfter(coref_->last_attack_sentence)) {
      Mention a = attacker;
      a.head = s;
      SpanOf(s, &a);
      return {a};
    }
    // ("A drone launched by Hezbollah hit a house", "a missile that Russia
    // fired": a weapon's user)
    if (IsWeaponNotPerson(s)) {
      std::vector<Mention> user = FirerOf(s);
      if (user.empty()) user = InstrumentAgent(s);
      if (!user.empty() && user[0].has_actor) return user;
    }
  }
  if (m.empty()) m = ProvenanceActor(s, p);
  if (m.empty()) NoteUnknown(s);
  return m;
}

// "US-brokered talks": the noun hyphenated to a past participle that
// modifies a noun, as the participle's dependent; -1 if none.
int SentenceCoder::HyphenAgent(int p) const {
  if (p < 2 || n_[p - 1].form != "-" || n_[p].feats.find("VerbForm=Part") == std::string::npos ||
      !OneOf(RelationBase(n_[p].rel), {"amod", "acl"}))
    return -1;
  const int w = p - 2;
  return n_[w].head == p && IsNominal(n_[w]) ? w : -1;
}

// "A drone strike that the army blamed on the RSF killed ...", "an attack
// blamed on the RSF": whoever an attack naming no actor is blamed on
// carried it out (as the one blaming says).
std::vector<Mention> SentenceCoder::BlamedOn(int attack) {
  if (!IsAttackNoun(attack)) return {};
  for (int v : n_[attack].kids) {
    if (RelationBase(n_[v].rel) != "acl" || !OneOf(n_[v].lemma, {"blame", "attribute"})) continue;
    for (int k : n_[v].kids) {
      if (RelationBase(n_[k].rel) != "obl" || !(HasCase(k, "on") || HasCase(k, "to"))) continue;
      std::vector<Mention> m = ResolveConj(k);
      if (!m.empty() && m[0].has_actor) return m;
    }
  }
  return {};
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

bool SentenceCoder::InWaterPlace(int w) const {
  int h = w;
  if (RelationBase(n_[w].rel) == "nmod" && HasCase(w, "of") && n_[w].head >= 0) h = n_[w].head;
  if (!OneOf(n_[h].lemma, {"sea", "ocean", "gulf", "strait", "channel", "canal", "bay", "waters"}))
    return false;
  for (std::string prep : {"in", "at", "near", "off", "into", "through"})
    if (HasCase(h, prep)) return true;
  return false;
}

// Every actor phrase h resolves to is one that the source phrase names too,
// in a proper name ("the Torkham(PAK) border crossing" after "Pakistan").
bool SentenceCoder::OwnPlaceModifier(int h, int source) {
  const std::vector<Mention> m = ResolveConj(h), own = ResolveConj(source);
  return !m.empty() && std::all_of(m.begin(), m.end(), [&](const Mention& x) {
    return x.has_actor &&
           std::any_of(own.begin(), own.end(), [&](const Mention& s) { return s.code == x.code; });
  });
}

// The first actor-bearing nominal after the predicate within its clause;
// places introduced by in/at/near only when nothing else is found.
// The actor of the act a noun names, in its "by" phrase ("the release of
// political prisoners by Belarus"), when the noun itself names none
// (parley's conventions).
std::vector<Mention> SentenceCoder::ActOfAgent(int noun) {
  if (!ParleyConventions() || !IsNominal(n_[noun]) || actor_at_[noun] >= 0 || agent_at_[noun] >= 0)
    return {};
  for (int k : n_[noun].kids) {
    if (RelationBase(n_[k].rel) != "nmod" || !HasCase(k, "by")) continue;
    std::vector<Mention> m = ResolveConj(k);
    if (!m.empty() && m[0].has_actor) return m;
  }
  return {};
}

// ("Araghchi, speaking in Tehran, said": where words are said is no one
// they address, though a place of what they are about may be: "sorrow for
// the shootings in South Carolina"; nor is where an agreement is signed:
// "signed a ceasefire agreement in Doha"; nor where a meeting or talks are
// held or hosted: "EU foreign ministers met in Brussels", "hosted talks in
// Istanbul", unlike the place of a visit (042: "arrived in Washington");
// parley's conventions, unless PETRARCH's place targets are asked for)
bool SentenceCoder::PlaceIsNoParty(const PredicateResult& r) const {
  if (!ParleyConventions() || r.code.size() < 2) return false;
  const std::string_view code = r.code;
  const bool meeting =
      (code.substr(0, 2) == "04" && code.substr(0, 3) != "042") || code.substr(0, 3) == "036";
  return OneOf(code.substr(0, 2), {"01", "02", "05", "10", "11", "12", "13"}) ||
         (meeting && !opt_.petrarch_place_targets);
}

std::vector<Mention> SentenceCoder::FirstActorAfter(int p, const PredicateResult& r,
                                                    int exclude_head) {
  const std::vector<int>& dom = CachedDomain(p, /*include_acl=*/true);
  const bool verbal = PlaceIsNoParty(r);
  for (int pass = 0; pass < 2; ++pass) {
    for (int w : dom) {
      if (w < p || w == exclude_head) continue;
      // ("threw bottles at police outside the presidency": a place after
      // "outside" or "inside" too; parley's conventions)
      bool locative = HasCase(w, "in") || HasCase(w, "at") || HasCase(w, "near") ||
                      (ParleyConventions() && (HasCase(w, "outside") || HasCase(w, "inside")));
      if ((pass == 0) == locative) continue;
      // (also of the words the pattern names: "made his remarks in Doha")
      // (or of a meeting where they are said: "speaking at a press
      // conference in Brussels", "addressed a protest in New York")
      if (verbal && pass == 1 &&
          (n_[w].head == p ||
           (n_[w].head >= 0 && n_[w].head != p && n_[n_[w].head].head == p &&
            (r.consumes(n_[w].head) || IsMeetingOrSpeechNoun(n_[n_[w].head].lemma) ||
             OneOf(n_[n_[w].head].lemma,
                   {"rally", "protest", "demonstration", "gathering", "ceremony", "crowd"})))))
        continue;
      const Node& n = n_[w];
      if (!IsNominal(n)) continue;
      std::string_view base = RelationBase(n.rel);
      if (!OneOf(base, {"obj", "iobj", "obl", "nmod", "xcomp"})) continue;
      // (nor what the act is called when it has an object: "condemned the
      // launch as a violation of UN Security Council resolutions"; parley's
      // conventions)
      if (ParleyConventions() && Child(p, "obj") >= 0) {
        int top = w;
        for (int guard = 0; top >= 0 && n_[top].head != p && guard < 32; ++guard)
          top = n_[top].head;
        if (top >= 0 && RelationBase(n_[top].rel) == "obl" && HasCase(top, "as")) continue;
      }
      // (nor is the occasion of a meeting: "met on the sidelines of the UN
      // General Assembly")
      if (verbal && n.head >= 0 && base == "nmod" && HasCase(w, "of") &&
          IsOccasionNoun(n_[n.head].lemma))
        continue;
      // The predicate's own "by" agent is its source; the agent of a nested
      // participle ("memos sent by Bree", "the plan proposed by Ukraine") may
      // be the target, but not a mediator ("a ceasefire brokered by Egypt").
      // (a participle of mediating is so whether coded or not: "violating a
      // ceasefire brokered by Malaysia")
      if (n.rel == "obl:agent" && n.head != p && !opt_.pico &&
          (mediation_word_[n.head] ||
           (ParleyConventions() && OneOf(n_[n.head].lemma, {"broker", "mediate"}))))
        continue;
      // (nor the host of the meeting where it happens: "agreed to a
      // ceasefire in talks hosted by Malaysia"; parley's conventions)
      if (ParleyConventions() && n.rel == "obl:agent" && n.head != p && n_[n.head].head >= 0 &&
          OneOf(n_[n.head].lemma, {"host", "organise", "organize", "convene", "sponsor"}) &&
          IsMeetingOrSpeechNoun(n_[n_[n.head].head].lemma))
        continue;
      // (nor the captor of those freed: "freed 15 hostages held by Boko
      // Haram"; they are the target)
      if (ParleyConventions() && n.rel == "obl:agent" && n.head != p &&
          r.code.compare(0, 3, "084") == 0 && n_[n.head].head >= 0 &&
          RelationBase(n_[n_[n.head].head].rel) == "obj" && n_[n_[n.head].head].head == p)
        continue;
      // (nor the one of "US-brokered talks")
      if (n.head >= 0 && n.head != p && !opt_.pico && mediation_word_[n.head] &&
          HyphenAgent(n.head) == w)
        continue;
      if (n.rel == "obl:tmod" || n.rel == "nmod:tmod" || (n.rel == "obl:agent" && n.head == p) ||
          n.rel == "nmod:npmod" || n.rel == "obl:npmod" || n.rel == "nmod:poss" ||
          n.rel == "nmod:desc")  // a title in a name ("Syrian President(nmod:desc) Bashar Assad")
        continue;
      // A pattern noun ("military exercises") is not an actor; its PPs may hold
      // one. A person it names is ("held talks with his Omani counterpart"),
      // and so are the protesters repressed, whose country may be the
      // place's or the source's ("opened fire on protesters in Yangon").
      if (r.consumes(w)) {
        // (and whoever owns what is protested: "protested against the
        // government's decision" GOV, not the decision's parties)
        if (const int poss = Child(w, "nmod:poss");
            ParleyConventions() && poss >= 0 && n_[poss].upos != "PRON" && w != r.word) {
          std::vector<Mention> owner = ResolveConj(poss);
          if (!owner.empty() && (owner[0].has_actor || owner[0].has_agent)) return owner;
        }
        // (or "its", "their" of a hostile act: "The IAEA said Iran had barred
        // its inspectors", the reporter's; PronounOwner)
        if (ParleyConventions() && IsHostileCode(r.code) && w != r.word) {
          std::vector<Mention> owner = PronounOwner(w, p, exclude_head);
          // (not a place's region: "seized a cargo ship in the Red Sea and
          // took its crew hostage")
          if (!owner.empty() && !IsRegionCode(std::string_view(owner[0].code).substr(0, 3)))
            return owner;
        }
        const bool crowd = OneOf(n.lemma, {"protester", "demonstrator"});
        if (!ParleyConventions() ||
            !(crowd || OneOf(n.lemma, {"counterpart", "president", "minister", "leader", "envoy",
                                       "delegation", "official"})))
          continue;
        std::vector<Mention> m = ResolveConj(w);
        if (!m.empty() && (m[0].has_actor || (crowd && m[0].has_agent))) return m;
        continue;
      }
      // (the topic's own phrases too: "discuss security guarantees for Ukraine")
      if (base == "obj" && ObjectIsTopic(p, r)) continue;
      if (base == "nmod" && ObjectIsTopic(p, r) && InPhraseOf(w, Child(p, "obj"))) continue;
      // "signed a decree imposing(acl) sanctions on Russian oligarchs": the
      // act the document does is coded by itself, its parties not the
      // signing's.
      if (ParleyConventions() && InDocumentAct(w, p)) continue;
      // "according to the regional governor": the source of the report.
      if (HasCase(w, "according")) continue;
      // "offered to exchange the North Korean prisoners for Ukrainians": what
      // an exchange gets in return is the source's own side, no target.
      if (ParleyConventions() && HasCase(w, "for") && n.head >= 0 &&
          OneOf(n_[n.head].lemma, {"exchange", "swap", "trade"}))
        continue;
      // "mediated the deal alongside Washington": a partner in the act, no
      // party it is done to.
      if (ParleyConventions() && (HasCase(w, "alongside") || AlongWith(w))) continue;
      // "detained dozens of people after the arrest of the city's mayor":
      // a party of another event, the one the act follows (not in
      // PETRARCH's conventions).
      if (ParleyConventions() && InTemporalPhrase(w, p)) continue;
      // "France withdrew its troops from Chad": the source's own forces are
      // no target; where they go or leave is.
      if (ParleyConventions() && OwnForces(w, exclude_head)) {
        // (unless a hostile act's reporter owns them: "The IAEA said Iran had
        // barred its inspectors", "Russia said Ukraine attacked its troops")
        if (IsHostileCode(r.code)) {
          const std::vector<Mention> owner = PronounOwner(w, p, exclude_head);
          std::vector<Mention> m = ResolveConj(w);
          if (!owner.empty() && owner[0].has_actor && !m.empty() && !m[0].has_actor) {
            m.resize(1);
            // (a speaker's mention carries its code only: its kind from the
            // dictionaries)
            const ActorKind kind = owner[0].kind == ActorKind::kOther
                                       ? dicts_.KindOfCode(owner[0].code)
                                       : owner[0].kind;
            m[0].code = OwnedAgentCode(owner[0].code, kind, {m[0].code});
            m[0].has_actor = true;
            m[0].kind = kind;
            return m;
          }
        }
        continue;
      }
      // "approved a plan to take control of Gaza City": the parties of the
      // act planned are not those of the approval.
      if (ParleyConventions() && InUnrealisedActClause(w, p)) continue;
      // "hosted a summit on Gaza's reconstruction": the topic of a meeting
      // the pattern names is no party to it.
      if (ParleyConventions() && InTopicOfMeeting(w, p, r)) continue;
      // "beef up military preparedness with Indian support", "with the
      // help of Russia": a helper is no target.
      if (ParleyConventions() && InSupportPhrase(w, p)) continue;
      // "bans on travel to Canada": where travel goes is no target (unlike
      // the place of a visit: "came back from visits to Colombo").
      if (base == "nmod" && n.head >= 0 && HasCase(w, "to") && !r.consumes(n.head) &&
          OneOf(n_[n.head].lemma, {"travel", "flight", "entry"}))
        continue;
      if (InTimeExpression(w, p)) continue;
      // "released 52 prisoners after a visit by(obl of released) a US
      // envoy": an active verb has no "by" agent; such a phrase is another
      // noun's, misattached.
      if (ParleyConventions() && base == "obl" && n.head == p && HasCase(w, "by") && !IsPassive(p))
        continue;
      // "seized a cargo ship in the Red Sea", "in the Gulf of Oman": a sea is
      // where, never whom.
      if (ParleyConventions() && InWaterPlace(w)) continue;
      // "proposed to take up the issue with the World Bank": PETRARCH finds no
      // target in a modifier of the infinitive's object.
      // (parley's conventions take it for a promise of aid: "pledged to send
      // air defence systems to Ukraine")
      const bool promise = ParleyConventions() && r.code.compare(0, 2, "03") == 0;
      if (base == "nmod" && n_[w].head >= 0 && !promise) {
        const Node& obj = n_[n_[w].head];
        if (RelationBase(obj.rel) == "obj" && obj.head >= 0 && n_[obj.head].rel == "xcomp" &&
            n_[obj.head].head == p)
          continue;
      }
      std::vector<Mention> m = ResolveConj(w);
      // (a conjunct of a pattern noun names the act: "a missile and drone
      // attack"; a weapon is no party: "shot down 50 drones")
      m.erase(std::remove_if(m.begin(), m.end(),
                             [&](const Mention& x) {
                               return !x.has_actor &&
                                      (r.consumes(x.head) ||
                                       (IsWeaponNoun(x.head) && ParleyConventions()));
                             }),
              m.end());
      // ("fired water cannon at its vessel": whose vessel; not "clashed
      // along their border", most often the subject's own)
      if (ParleyConventions() && IsForceCode(r.code) && m.empty()) {
        const int poss = Child(w, "nmod:poss");
        if (poss >= 0 && Lower(n_[poss].form) == "its") m = PronounOwner(w, p, exclude_head);
        if (!m.empty()) return m;
        continue;
      }
      // ("struck a boat carrying drugs in the Caribbean": a region is where)
      if (locative && ParleyConventions() &&
          std::all_of(m.begin(), m.end(), [](const Mention& x) { return IsRegionCode(x.code); }))
        continue;
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
    if (r.consumes(w)) continue;
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

// "The Philippines said Chinese ships rammed its vessels": an object of force
// naming no actor or role, owned by "its" or "their", is its owner's: the actor
// the pronoun stands for, or, when that is the source itself, the speaker
// reporting the clause. None when neither is another actor.
std::vector<Mention> SentenceCoder::PronounOwner(int o, int p, int source) {
  const int poss = Child(o, "nmod:poss");
  // (and a person's words: "China rejected his remarks")
  const bool words = IsUtteranceNoun(n_[o].lemma);
  if (poss < 0 || !opt_.coreference ||
      !(OneOf(Lower(n_[poss].form), {"its", "their"}) ||
        (words && OneOf(Lower(n_[poss].form), {"his", "her"}))))
    return {};
  const std::vector<Mention> own = source >= 0 ? ResolveConj(source) : std::vector<Mention>{};
  // (the source's country too: "The Supreme Court(USAJUD) announced its(USA)
  // ruling")
  auto is_source = [&](const std::string& code) {
    return std::any_of(own.begin(), own.end(), [&](const Mention& s) {
      return s.code == code || s.code.compare(0, 3, code, 0, 3) == 0;
    });
  };
  Mention m = ResolvePronoun(poss, nullptr, OwnerPronoun(n_[poss].form));
  // (the source's own coast is no reporter's: "North Korea fired a missile
  // off its east coast, South Korea's military said"; but "seized a tanker
  // off its coast" after "Venezuela accused ..." is Venezuela's)
  if (OneOf(n_[o].lemma, {"coast", "coastline", "shore"}) && m.has_actor && is_source(m.code) &&
      RelationBase(n_[p].rel) == "ccomp")
    return {};
  // ("The Philippines protested after a Chinese ship fired water cannon at
  // its vessel": the subject of the clause the act's clause modifies, before
  // any nearer actor: "Poland closed its border with Belarus after Russian
  // drones entered its airspace")
  if (n_[p].head >= 0 && OneOf(RelationBase(n_[p].rel), {"advcl", "ccomp"})) {
    const int s = Child(n_[p].head, "nsubj");
    std::vector<Mention> governing = s >= 0 ? ResolveConj(s) : std::vector<Mention>{};
    if (!governing.empty() && governing[0].has_actor && !is_source(governing[0].code))
      m = governing[0];
  }
  // ("Hamas made an offer. Israel rejected its proposal": the nearest owner
  // in the sentence is the source; an earlier sentence's actor owns it)
  if (words && (!m.has_actor || is_source(m.code))) {
    const std::string_view f = OwnerPronoun(Lower(n_[poss].form));
    for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend(); ++it) {
      if (it->place || it->role_only || it->sentence >= index_ || is_source(it->code)) continue;
      if ((f == "he" || f == "she") != it->person || (f == "it" && it->plural)) continue;
      m.code = it->code;
      m.kind = it->kind;
      m.has_actor = true;
      break;
    }
  }
  if (!m.has_actor || is_source(m.code)) {
    const std::string speaker = Speaker(p);
    if (speaker.empty() || is_source(speaker)) return {};
    m.code = speaker;
    m.kind = ActorKind::kOther;
    m.has_actor = true;
  }
  m.head = o;
  SpanOf(o, &m);
  return {m};
}

// The noun a free relative "what" names its referent by: "what it said
// were(cop) Hezbollah depots(ccomp)", "what it called(relcl) terrorist
// targets(xcomp/obj)", "what it described as Hamas positions(obl)"; -1 when
// none.
int SentenceCoder::WhatItNames(int what) const {
  for (int rc : n_[what].kids) {
    if (n_[rc].rel != "acl:relcl") continue;
    for (int k : n_[rc].kids) {
      const std::string_view base = RelationBase(n_[k].rel);
      if (!IsNominal(n_[k]) || n_[k].upos == "PRON") continue;
      if ((base == "ccomp" && Child(k, "cop") >= 0) || base == "xcomp" ||
          (base == "obj" && n_[rc].lemma == "call") || (base == "obl" && HasCase(k, "as")))
        return k;
    }
  }
  return -1;
}

// Whether w sits in the participle clause of a document noun that is p's
// object: "signed a decree imposing(acl) sanctions".
bool SentenceCoder::InDocumentAct(int w, int p) const {
  for (int guard = 0; w >= 0 && w != p && guard < 32; ++guard, w = n_[w].head) {
    const int h = n_[w].head;
    if (h >= 0 && RelationBase(n_[w].rel) == "acl" && n_[w].rel != "acl:relcl" &&
        IsDocumentNoun(n_[h].lemma) && n_[h].head == p)
      return true;
  }
  return false;
}

// Whether word w sits in an on/about/over phrase of a meeting noun of r's
// pattern below p ("a summit on Gaza's reconstruction").
bool SentenceCoder::InTopicOfMeeting(int w, int p, const PredicateResult& r) const {
  auto topic_noun = [&](int x) { return r.consumes(x) && IsMeetingOrSpeechNoun(n_[x].lemma); };
  for (int guard = 0; w >= 0 && w != p && guard < 32; ++guard, w = n_[w].head) {
    const int h = n_[w].head;
    if (h < 0 || !OneOf(RelationBase(n_[w].rel), {"nmod", "obl"}) ||
        !(HasCase(w, "on") || HasCase(w, "about") || HasCase(w, "over")))
      continue;
    if (topic_noun(h)) return true;
    // (or of the verb whose object it is: "give a speech here on US relations")
    if (h == p)
      for (int k : n_[p].kids)
        if (RelationBase(n_[k].rel) == "obj" && topic_noun(k)) return true;
  }
  return false;
}

// Whether word w sits in a with-phrase of support below p ("with Indian
// support", "with the help of Russia", "with Qatari mediation").
bool SentenceCoder::InSupportPhrase(int w, int p) const {
  for (int guard = 0; w >= 0 && w != p && guard < 32; ++guard, w = n_[w].head) {
    if (HasCase(w, "with") && OneOf(n_[w].lemma, {"support", "backing", "help", "assistance", "aid",
                                                  "blessing", "mediation", "approval"}))
      return true;
    // (nor whose framework it follows: "agreed to release all hostages
    // under Trump's plan", "under the auspices of the UN")
    if (HasCase(w, "under") &&
        OneOf(n_[w].lemma, {"plan", "deal", "agreement", "accord", "proposal", "framework",
                            "auspices", "pressure", "terms", "arrangement", "initiative",
                            "mediation", "ceasefire", "truce"}))
      return true;
  }
  return false;
}

// Whether word w sits in the to-infinitive of a noun of an act not done
// (UnrealisedActClause) below p.
bool SentenceCoder::InUnrealisedActClause(int w, int p) const {
  for (int guard = 0; w >= 0 && w != p && guard < 32; ++guard, w = n_[w].head)
    if (UnrealisedActClause(w)) return true;
  return false;
}

// Whether word w sits in a phrase of p (or of p's object) opened by
// "after", "before", "since", "following", "despite" or "amid".
bool SentenceCoder::InTemporalPhrase(int w, int p) const {
  for (int guard = 0; w >= 0 && w != p && guard < 32; ++guard, w = n_[w].head)
    if (OneOf(RelationBase(n_[w].rel), {"obl", "nmod", "advcl"}) &&
        (HasCase(w, "after") || HasCase(w, "before") || HasCase(w, "since") ||
         HasCase(w, "following") || HasCase(w, "despite") || HasCase(w, "amid")))
      return true;
  return false;
}

// w heads the to-infinitive of a noun of an act not done: "offer to
// send(acl)", "a plan to take(acl) control".
bool SentenceCoder::UnrealisedActClause(int w) const {
  if (RelationBase(n_[w].rel) != "acl" || n_[w].head < 0) return false;
  const int mark = Child(w, "mark");
  return mark >= 0 && n_[mark].lemma == "to" && IsUnrealisedActNoun(n_[n_[w].head].lemma);
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
  // "claimed responsibility for a drone attack on Eilat": the claim is
  // towards whom the attack struck, not its weapon.
  if (ParleyConventions() && r.code == "015")
    for (int w = 0; w < static_cast<int>(n_.size()); ++w) {
      if (!IsAttackNoun(w) || !HasCase(w, "for") || n_[w].head < 0 ||
          n_[n_[w].head].lemma != "responsibility")
        continue;
      for (int k : n_[w].kids)
        if (RelationBase(n_[k].rel) == "nmod" && (HasCase(k, "on") || HasCase(k, "against")))
          if (std::vector<Mention> m = ResolveConj(k); !m.empty() && m[0].has_actor) return m;
    }
  // "demanded the release of its citizen detained in China": a release
  // is asked of whoever holds the persons (the pattern's words or its
  // target, or the release they hang on).
  if (ParleyConventions() && (r.code == "1053" || r.code == "0253")) {
    std::vector<int> held = r.element_words;
    held.push_back(r.target_word);
    for (int w : held) {
      if (w < 0) continue;
      for (int h : {w, n_[w].head}) {
        if (h < 0) continue;
        if (std::vector<Mention> captor = CaptorOf(h); !captor.empty()) return captor;
      }
    }
    // ("Kosovo police arrested three Serbs. Belgrade demanded their
    // release": of the latest arrest's doer, in the last two sentences)
    const CorefMemory::Utterance& arrest = coref_->coercion;
    for (int w : held) {
      const int poss = w < 0 ? -1 : Child(w, "nmod:poss");
      if (poss < 0 || !OneOf(n_[w].lemma, {"release", "freedom", "freeing"}) ||
          OneOf(n_[poss].form, {"its", "Its"}) || OwnerPronoun(n_[poss].form).empty() ||
          !opt_.coreference || !arrest.speaker.has_actor || index_ <= arrest.sentence ||
          index_ - arrest.sentence > 2 || OwnAct(arrest, exclude_head))
        continue;
      Mention m = arrest.speaker;
      m.head = poss;  // (whose release: the evidence)
      SpanOf(poss, &m);
      return {m};
    }
  }
  if (r.target_word >= 0) {
    // "warning Israel against further strikes" ("warn against +"): when
    // the pattern's target names no one, the object of a verb of saying,
    // appealing, demanding or disapproving (CAMEO 01-02, 10-13) is whom
    // it addresses (not in PETRARCH's conventions; not "fly family
    // members to ...").
    std::vector<Mention> m = ResolveConj(r.target_word);
    // ("talks mediated by Qatar and Turkey in Doha" ("mediate in +"): a
    // place of a source's own country is where, not whom; unless the act
    // is its rule at home: "Nepal's government imposed a curfew in
    // Kathmandu")
    if (!m.empty() && exclude_head >= 0 && ParleyConventions() && HasCase(r.target_word, "in") &&
        n_[r.target_word].upos == "PROPN" && r.code.compare(0, 3, "172") != 0) {
      const std::vector<Mention> own = ResolveConj(exclude_head);
      for (const Mention& t : m)
        for (const Mention& s : own)
          if (t.code.size() >= 3 && s.code.compare(0, 3, t.code, 0, 3) == 0) return {};
    }
    // "tariffs on goods from Canada and Mexico": whose goods; "set fire to an
    // oil depot in Russia's Bryansk region": the country of a place struck.
    if (m.empty() && ParleyConventions())
      for (int k : n_[r.target_word].kids)
        if (m.empty() && RelationBase(n_[k].rel) == "nmod" &&
            (HasCase(k, "from") || (IsForceCode(r.code) && HasCase(k, "in")))) {
          m = ResolveConj(k);
          if (HasCase(k, "in"))
            m.erase(std::remove_if(m.begin(), m.end(),
                                   [](const Mention& x) {
                                     return !x.has_actor || x.kind != ActorKind::kCountry;
                                   }),
                    m.end());
        }
    // "were wounded when Hezbollah fired a missile at their vehicle": the
    // owner of what force is used on, as for an object (PronounOwner).
    if (m.empty() && ParleyConventions() && IsForceCode(r.code))
      m = PronounOwner(r.target_word, p, exclude_head);
    const int o = Child(p, "obj");
    const std::string& c = r.code;
    bool addressed = c.size() >= 2 && ((c[0] == '0' && (c[1] == '1' || c[1] == '2')) ||
                                       (c[0] == '1' && c[1] >= '0' && c[1] <= '3'));
    if (!m.empty() || opt_.petrarch_null_codes || o < 0 || o > r.target_word || !addressed ||
        r.consumes(o))
      return m;
    return ResolveConj(o);
  }
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
    // ("Israel and Hamas agreed to a ceasefire. The deal was brokered by
    // Qatar": a definite agreement mediated is between its two parties)
    if (const CorefMemory::Utterance& pact = coref_->agreement;
        s >= 0 && ParleyConventions() && opt_.coreference && r.code.compare(0, 3, "045") == 0 &&
        (IsAgreementNoun(n_[s].lemma) || OneOf(n_[s].lemma, {"ceasefire", "truce"})) &&
        Child(s, "det") >= 0 && OneOf(n_[Child(s, "det")].lemma, {"the", "this"}) &&
        pact.speaker.has_actor && pact.addressee.has_actor && SoonAfter(pact.sentence) &&
        ResolveConj(s).empty()) {
      std::vector<Mention> parties{pact.speaker, pact.addressee};
      for (Mention& m : parties) {
        m.head = s;
        SpanOf(s, &m);
      }
      return parties;
    }
    if (s >= 0) return ResolveConj(s);
  } else {
    bool is_target = false;
    int s = SubjectWord(p, &is_target);
    if (s >= 0 && is_target) return ResolveConj(s);
  }
  if (r.skips > 0) return ActorAfterSkips(p, r);
  // "sent drones to Russia" ("send drones"): a noun of the pattern that is
  // only an agent yields to an actor after it, but not to a place.
  std::vector<Mention> pattern_agent;
  int unknown_addressee = -1;  // an object no dictionary knows (below)
  int unknown_praised = -1;    // the same for praise and thanks (CAMEO 05)
  for (std::string_view rel : {"obj", "iobj"}) {
    int o = Child(p, rel);
    if (rel == "obj" && ObjectIsTopic(p, r)) continue;
    // "Bangladesh protested the killing of a citizen by Indian border
    // guards": what is condemned or protested is its doer's (the "by"
    // phrase of the act or of its "of" phrase; parley's conventions).
    if (o >= 0 && rel == "obj" && ParleyConventions() && r.code.size() >= 2 &&
        OneOf(std::string_view(r.code).substr(0, 2), {"10", "11", "12", "13", "14"}) &&
        (IsAttackNoun(o) ||
         OneOf(n_[o].lemma, {"killing", "murder", "execution", "arrest", "detention", "shooting",
                             "abduction", "kidnapping"}))) {
      std::vector<int> phrases{o};
      for (int k : n_[o].kids)
        if (RelationBase(n_[k].rel) == "nmod" && HasCase(k, "of")) phrases.push_back(k);
      for (int x : phrases)
        for (int k : n_[x].kids)
          if (RelationBase(n_[k].rel) == "nmod" && HasCase(k, "by")) {
            std::vector<Mention> m = ResolveConj(k);
            if (!m.empty() && m[0].has_actor) return m;
          }
    }
    // "Israel struck ... Lebanon's president condemned the strikes": a
    // definite attack naming no attacker, condemned, criticised or rejected
    // soon after an attack was coded, is that attacker's (parley's
    // conventions).
    // (later, the lead's attack: "Russia launched ... [five sentences] ...
    // Kallas condemned the attack")
    // (and a definite crackdown, its doer's: "Georgian police detained
    // protesters. The EU condemned the crackdown": GEOCOP)
    const Mention* doer = nullptr;
    if (o >= 0 && rel == "obj" && ParleyConventions() && opt_.coreference) {
      const std::string& noun = n_[o].lemma;
      const CorefMemory::Utterance& coercion = coref_->coercion;
      if (IsCondemnedActLemma(noun) && !coref_->last_attacker.code.empty() &&
          SoonAfter(coref_->last_attack_sentence))
        doer = &coref_->last_attacker;
      else if (IsCondemnedActLemma(noun) && !coref_->lead_attacker.code.empty())
        doer = &coref_->lead_attacker;
      else if (IsLaunchNoun(noun) && !coref_->launch.speaker.code.empty() &&
               SoonAfter(coref_->launch.sentence))
        doer = &coref_->launch.speaker;
      else if (IsCoercionNoun(noun) && !coercion.speaker.code.empty() &&
               SoonAfter(coercion.sentence))
        doer = &coercion.speaker;
      // ("China launched military drills around Taiwan ... Taipei condemned
      // the exercises")
      else if (const CorefMemory::Utterance& shown = coref_->force_show;
               IsForceShowNoun(noun) && !shown.speaker.code.empty() && SoonAfter(shown.sentence) &&
               !OwnAct(shown, exclude_head))
        doer = &shown.speaker;
      // ("The United States imposed sanctions on Chinese refineries.
      // Beijing condemned the move": USA; not the condemner's own act)
      else if (const CorefMemory::Utterance& done =
                   IsSanctionNoun(noun) ? coref_->sanction : coref_->act;
               (IsSanctionNoun(noun) || IsActReferenceNoun(noun)) && !done.speaker.code.empty() &&
               SoonAfter(done.sentence) && !OwnAct(done, exclude_head))
        doer = &done.speaker;
      // (the critic's own being the latest, the one before by another)
      else if (const CorefMemory::Utterance& before = coref_->other_act;
               IsActReferenceNoun(noun) && r.code.size() >= 2 &&
               OneOf(std::string_view(r.code).substr(0, 2), {"11", "12"}) &&
               !before.speaker.code.empty() && SoonAfter(before.sentence) &&
               OwnAct(coref_->act, exclude_head) && !OwnAct(before, exclude_head))
        doer = &before.speaker;
    }
    // ("The Philippines and Japan signed a defence pact. China criticized
    // the pact": its two parties, criticized, rejected or welcomed)
    if (const CorefMemory::Utterance& pact = coref_->agreement;
        o >= 0 && rel == "obj" && ParleyConventions() && opt_.coreference &&
        IsAgreementNoun(n_[o].lemma) && r.code.size() >= 2 &&
        OneOf(std::string_view(r.code).substr(0, 2), {"05", "11", "12"}) && Child(o, "det") >= 0 &&
        OneOf(n_[Child(o, "det")].lemma, {"the", "this"}) && pact.speaker.has_actor &&
        SoonAfter(pact.sentence) && ResolveConj(o).empty() && ActorInModifiers(o).empty()) {
      std::vector<Mention> parties{pact.speaker, pact.addressee};
      for (Mention& m : parties) {
        m.head = o;
        SpanOf(o, &m);
      }
      return parties;
    }
    // (and "the decision", "the move" welcomed or praised: "Turkey approved
    // Sweden's bid ... Stockholm welcomed the decision": SWE TUR 051)
    // (and "the arrest" protested: "Thousands took to the streets to protest
    // the arrest" of the arrester)
    if (doer != nullptr && r.code.size() >= 2 &&
        (r.code.compare(0, 2, "11") == 0 || r.code.compare(0, 2, "12") == 0 ||
         (r.code.compare(0, 2, "14") == 0 && IsCoercionNoun(n_[o].lemma)) ||
         (r.code.compare(0, 2, "05") == 0 && IsActReferenceNoun(n_[o].lemma))) &&
        Child(o, "det") >= 0 && OneOf(n_[Child(o, "det")].lemma, {"the", "this", "these"}) &&
        ResolveConj(o).empty() && ActorInModifiers(o).empty()) {
      Mention m = *doer;
      m.head = o;
      SpanOf(o, &m);
      return {m};
    }
    // ("condemned the coup in Niger", "UN Condemns Coup in Guinea-Bissau": a
    // coup condemned or rejected is its country's military's; parley's
    // conventions)
    if (o >= 0 && rel == "obj" && ParleyConventions() && r.code.size() >= 2 &&
        OneOf(std::string_view(r.code).substr(0, 2), {"11", "12"}) &&
        OneOf(n_[o].lemma, {"coup", "putsch"})) {
      std::vector<int> places;
      for (int x : {o, p})
        for (int k : n_[x].kids)
          if (OneOf(RelationBase(n_[k].rel), {"nmod", "obl"}) && HasCase(k, "in"))
            places.push_back(k);
      for (int k : places) {
        std::vector<Mention> m = ResolveConj(k);
        if (m.empty() || !m[0].has_actor || m[0].kind != ActorKind::kCountry) continue;
        m.resize(1);
        m[0].code = m[0].code.substr(0, 3) + "MIL";
        m[0].head = o;
        SpanOf(o, &m[0]);
        return m;
      }
    }
    // "struck what it said were Hezbollah weapons depots", "what it called
    // terrorist targets": the noun that the free relative names it by.
    if (o >= 0 && rel == "obj" && n_[o].lemma == "what" && ParleyConventions()) {
      const int named = WhatItNames(o);
      if (named >= 0) {
        std::vector<Mention> m = ResolveConj(named);
        if (!m.empty() && m[0].has_actor) return m;
        if (m.empty()) m = ActorInModifiers(named);
        if (!m.empty()) return m;
      }
    }
    // "willing to kill themselves to end the occupation": the act is on its
    // own subject; only a phrase of the verb itself may name another party
    // ("ally itself with such groups").
    if (o >= 0 && rel == "obj" && n_[o].upos == "PRON" && ParleyConventions()) {
      const std::string& f = n_[o].form;
      if ((f.size() > 4 && f.compare(f.size() - 4, 4, "self") == 0) ||
          (f.size() > 6 && f.compare(f.size() - 6, 6, "selves") == 0)) {
        std::vector<Mention> found = FirstActorAfter(p, r, exclude_head);
        int w = found.empty() ? -1 : found[0].head;
        while (w >= 0 && n_[w].head != p) w = n_[w].head;
        if (w >= 0 && RelationBase(n_[w].rel) == "obl") return found;
        return {};
      }
    }
    // "praised the release of hostages by Hamas": whoever did the act the
    // object names is the one judged, not whom it was done to.
    if (o >= 0) {
      std::vector<Mention> m = ActOfAgent(o);
      if (!m.empty()) return m;
    }
    // A pattern noun names the act, but an actor modifying it is the
    // target: "free 150 Palestinian prisoners" releases PSE.
    if (o >= 0 && PatternNoun(r, o)) {
      std::vector<Mention> m = ResolveConj(o);
      if (!m.empty() && m[0].has_actor) return m;
      // (and the owner of a proposal rejected: "Israel rejected its proposal")
      if (ParleyConventions() && IsUtteranceNoun(n_[o].lemma)) {
        m = PronounOwner(o, p, exclude_head);
        if (!m.empty()) return m;
      }
    }
    // (a pattern noun's modifier naming the source's own place is no target:
    // "Pakistan closed the Torkham border crossing with Afghanistan")
    if (o >= 0 && r.consumes(o) && ParleyConventions() && exclude_head >= 0 &&
        OwnPlaceModifier(o, exclude_head))
      continue;
    if (o >= 0 && !PatternNoun(r, o)) {
      std::vector<Mention> m = ResolveConj(o);
      // ("fired artillery(MIL) shells": the agent a weapon noun gives;
      // "dozens of fighters" are people)
      if (!m.empty() && !m[0].has_actor && (IsWeaponNoun(o) || IsWeaponNotPerson(m[0].head)) &&
          ParleyConventions())
        continue;
      // ("after Chinese aircraft entered its air defence zone": its owner)
      if ((m.empty() || !m[0].has_actor) && ParleyConventions() && IsClaimedZoneNoun(n_[o].lemma)) {
        std::vector<Mention> owner = PronounOwner(o, p, exclude_head);
        if (!owner.empty()) return owner;
      }
      // ("killed three of its soldiers": whose soldiers, as for the object)
      if (m.empty() && ParleyConventions() && IsForceCode(r.code))
        for (int k : n_[o].kids)
          if (RelationBase(n_[k].rel) == "nmod" && HasCase(k, "of")) {
            std::vector<Mention> owner = PronounOwner(k, p, exclude_head);
            if (!owner.empty()) return owner;
          }
      // (or its conjunct: "launched a missile and drone attack(conj)")
      if (!m.empty() && !m[0].has_actor && (r.consumes(o) || r.consumes(m[0].head))) {
        if (pattern_agent.empty()) pattern_agent = m;
        continue;
      }
      if (!m.empty()) return m;
      // (for acts of force and coercion: CAMEO 14-20; and for replies to
      // what someone said: "rejected his remarks")
      if (ParleyConventions() && (IsForceCode(r.code) || IsUtteranceNoun(n_[o].lemma))) {
        m = PronounOwner(o, p, exclude_head);
        if (!m.empty()) return m;
      }
      // ("Israel accused Hamas of ... Hamas rejected the accusation": a
      // definite accusation answered soon after one was coded is its
      // accuser's)
      if (const Mention* speaker =
              ParleyConventions() && m.empty() ? AnsweredUtterance(o) : nullptr) {
        m = {*speaker};
        m[0].head = o;
        SpanOf(o, &m[0]);
        return m;
      }
      // ("denied any plan to invade Venezuela": a denied plan's party is
      // whom it would act on, as for "denied supporting the M23")
      if (m.empty() && ParleyConventions() && r.code.compare(0, 3, "016") == 0 &&
          OneOf(n_[o].lemma, {"plan", "intention", "intent", "plot", "bid", "attempt"}))
        for (int k : n_[o].kids) {
          if (RelationBase(n_[k].rel) != "acl" || !IsVerbal(n_[k])) continue;
          const int inner = Child(k, "obj");
          std::vector<Mention> party = inner >= 0 ? ResolveConj(inner) : std::vector<Mention>{};
          if (!party.empty() && party[0].has_actor) return party;
        }
      NoteUnknown(o);
      if (ParleyConventions() && !r.consumes(o) &&
          OneOf(std::string_view(r.code).substr(0, 2), {"02", "10", "11"}))
        unknown_addressee = o;
      else if (ParleyConventions() && !r.consumes(o) && r.code.compare(0, 2, "05") == 0)
        unknown_praised = o;
    }
  }
  // "clashed with police in Paris" ("clash with police"): the same for a
  // pattern noun in a prepositional phrase of the verb.
  for (int k : n_[p].kids) {
    if (!pattern_agent.empty() || r.pattern == nullptr || r.pattern->has_target) break;
    if (RelationBase(n_[k].rel) != "obl" || !IsNominal(n_[k]) || k == exclude_head ||
        PatternNoun(r, k) || !r.consumes(k) || (ParleyConventions() && IsOccasionNoun(n_[k].lemma)))
      continue;
    bool agent_only = false;
    std::vector<std::string> agents;
    std::vector<Mention> m = ResolveOne(k, &agent_only, &agents);
    if (!m.empty() && m[0].has_actor) return m;              // "police in Paris": FRACOP
    if (!m.empty() && agent_at_[k] >= 0) pattern_agent = m;  // the noun itself an agent
  }
  // "agreed to use frozen Russian assets to fund Ukraine" ("agree to
  // fund"): the object of the pattern's last verb.
  int last = -1;
  for (int w : r.consumed)
    if (w > p && w > last && IsVerbal(n_[w])) last = w;
  if (last > p && ParleyConventions())
    for (int k : n_[last].kids) {
      if (!OneOf(RelationBase(n_[k].rel), {"obj", "iobj"}) || r.consumes(k)) continue;
      std::vector<Mention> m = ResolveConj(k);
      if (!m.empty() && m[0].has_actor) return m;
    }
  // (the same for a noun of the pattern: "welcomed(welcome release) the
  // release of political prisoners by Belarus")
  for (int w : r.consumed) {
    if (r.pattern == nullptr || r.pattern->has_target) break;
    if (w != p && w != exclude_head) {
      std::vector<Mention> m = ActOfAgent(w);
      if (!m.empty()) return m;
    }
  }
  // ("launched strikes on what it called terrorist camps in Pakistan": the
  // noun a free relative after "on", "at" or "against" names, else the place
  // its clause names)
  if (ParleyConventions())
    for (int k : n_[p].kids) {
      if (RelationBase(n_[k].rel) != "obl" || n_[k].lemma != "what" ||
          !(HasCase(k, "on") || HasCase(k, "at") || HasCase(k, "against")))
        continue;
      const int named = WhatItNames(k);
      if (named < 0) continue;
      std::vector<Mention> m = ResolveConj(named);
      if (m.empty()) m = ActorInModifiers(named);
      if (!m.empty() && m[0].has_actor) return m;
      for (int rc : n_[k].kids)
        for (int x : n_[rc].kids)
          if (n_[rc].rel == "acl:relcl" && RelationBase(n_[x].rel) == "obl" && HasCase(x, "in")) {
            std::vector<Mention> place = ResolveConj(x);
            if (!place.empty() && place[0].has_actor) return place;
          }
      if (!m.empty()) return m;
    }
  // ("shot down 400 drones and missiles that Moscow fired": whoever fired
  // what a pattern naming no target stopped is its target, before any
  // actor later in the sentence)
  if (ParleyConventions() && r.pattern != nullptr && !r.pattern->has_target)
    for (int w : r.consumed) {
      if (w == p || !IsNominal(n_[w])) continue;
      if (std::vector<Mention> m = FirerOf(w); !m.empty()) return m;
      for (int c : n_[w].kids)
        if (n_[c].rel == "conj")
          if (std::vector<Mention> m = FirerOf(c); !m.empty()) return m;
    }
  // ("Russia launched 400 drones at Ukraine. Ukraine's air defences shot
  // down most of the drones": the definite weapons of the latest attack, in
  // the last two sentences, are its attacker's)
  if (const Mention& attacker = coref_->last_attacker;
      ParleyConventions() && opt_.coreference && r.pattern != nullptr && !r.pattern->has_target &&
      attacker.has_actor && SoonAfter(coref_->last_attack_sentence) &&
      !OwnAct({attacker, coref_->last_attack_sentence, Mention()}, exclude_head))
    for (int w : r.consumed) {
      const int det = w == p ? -1 : Child(w, "det");
      if (det < 0 || n_[det].lemma != "the" || !IsWeaponNotPerson(w)) continue;
      Mention m = attacker;
      m.head = w;
      SpanOf(w, &m);
      return {m};
    }
  {
    std::vector<Mention> found = FirstActorAfter(p, r, exclude_head);
    if (!pattern_agent.empty()) {
      int h = found.empty() ? -1 : found[0].head;
      bool place = h >= 0 && (HasCase(h, "in") || HasCase(h, "at") || HasCase(h, "near") ||
                              HasCase(h, "outside") || HasCase(h, "inside"));
      // (a phrase of the verb or its pattern noun: "sent drones to Russia";
      // not one of another phrase: "freed 52 prisoners after talks with a
      // US envoy")
      // (or whoever sent the pattern noun: "shot down 45 drones launched by
      // Russia")
      const int sender = h >= 0 ? n_[h].head : -1;
      const bool sent_by = ParleyConventions() && h >= 0 && n_[h].rel == "obl:agent" &&
                           sender >= 0 && n_[sender].rel == "acl" && n_[sender].head >= 0 &&
                           r.consumes(n_[sender].head);
      // (or the neighbour of a border the verb's phrase names: "massed troops
      // on the border with Ukraine")
      const int border = h >= 0 ? n_[h].head : -1;
      const bool border_with = ParleyConventions() && border >= 0 && n_[border].head == p &&
                               HasCase(h, "with") &&
                               OneOf(n_[border].lemma, {"border", "frontier", "boundary"});
      bool own = h >= 0 && (n_[h].head == p || r.consumes(n_[h].head) || sent_by || border_with ||
                            opt_.petrarch_null_codes);
      return !found.empty() && found[0].has_actor && !place && own ? found : pattern_agent;
    }
    // ("urged foreign powers to stop arming the warring parties", "accused
    // both sides of targeting civilians": an appeal, demand or accusation is
    // made to its object; one no dictionary knows leaves the act without a
    // target, not with a party of what is asked or alleged: a phrase in a
    // clause below the act, or in the object's own phrase, but its "by"
    // agent: "condemned the seizure of its tanker by French forces")
    // (the object's own group is its: "accused Shiite elements in the
    // government" IRQGOV, unless a gerund marks it as the allegation:
    // "both sides of targeting(amod) civilians")
    const int fh = found.empty() ? -1 : found[0].head;
    const bool group_of_addressee =
        fh >= 0 && n_[fh].head == unknown_addressee &&
        (HasCase(fh, "in") || HasCase(fh, "within") || HasCase(fh, "of")) &&
        std::none_of(n_[fh].kids.begin(), n_[fh].kids.end(),
                     [&](int k) { return IsVerbal(n_[k]); });
    if (fh >= 0 && unknown_addressee >= 0 && !HasCase(fh, "by") && !group_of_addressee)
      for (int w = n_[fh].head, guard = 0; w >= 0 && w != p && guard < 32; w = n_[w].head, ++guard)
        if (w == unknown_addressee || IsVerbal(n_[w])) return {};
    // ("Putin thanked Kim for sending troops": what one is thanked or
    // praised for is no party to the thanks)
    if (fh >= 0 && unknown_praised >= 0) {
      if (HasCase(fh, "for")) return {};
      for (int w = n_[fh].head, guard = 0; w >= 0 && w != p && guard < 32; w = n_[w].head, ++guard)
        if (IsVerbal(n_[w]) || HasCase(w, "for")) return {};
    }
    // ("lodged a protest over a social media post by a Chinese diplomat": a
    // complaint is about the author of what it names; parley's conventions)
    if (fh >= 0 && ParleyConventions() && r.code.size() >= 2 &&
        OneOf(std::string_view(r.code).substr(0, 2), {"10", "11", "12", "13", "14"}))
      for (int k : n_[fh].kids)
        if (RelationBase(n_[k].rel) == "nmod" && HasCase(k, "by")) {
          std::vector<Mention> author = ResolveConj(k);
          if (!author.empty() && author[0].has_actor) return author;
        }
    if (!found.empty()) return found;
  }
  // "threatened to launch a military operation in northern Syria": a noun
  // of the pattern names the act, an actor in its modifiers the target
  // (when the pattern does not say where its target is and no actor follows
  // the verb in its own phrases).
  for (int w : r.consumed) {
    if (r.pattern == nullptr || r.pattern->has_target) break;
    if (w == p || w == exclude_head || !IsNominal(n_[w])) continue;
    // (not a meeting's or a speech's: "hosted a summit on Gaza", "in
    // Cairo", "made his remarks in Doha" name a topic or a place, not whom)
    if (ParleyConventions() && (IsMeetingOrSpeechNoun(n_[w].lemma) || IsOccasionNoun(n_[w].lemma)))
      continue;
    // (the place of an agreement is none: "signed a ceasefire agreement in
    // Doha"; that of an appeal or a threat is what it is about)
    const bool agreement = ParleyConventions() && r.code.compare(0, 2, "05") == 0;
    std::vector<Mention> m = ActorInModifiers(w, agreement);
    if (!m.empty() && ParleyConventions() && InSupportPhrase(m[0].head, p)) m.clear();
    if (!m.empty()) return m;
    // "shot down 40 Russian drones" ("shoot down drone"): the noun's own
    // actor (not its conjuncts').
    bool agent_only = false;
    std::vector<std::string> agents;
    m = ResolveOne(w, &agent_only, &agents);
    if (!m.empty() && m[0].has_actor) return m;
  }
  // "demanded that Israel halt its offensive", "urged that Iran return":
  // whom an appeal or a demand asks is the subject of the clause asked for
  // (parley's conventions).
  if (ParleyConventions() && (r.code.compare(0, 2, "02") == 0 || r.code.compare(0, 2, "10") == 0))
    for (int k : n_[p].kids) {
      if (!AskedClause(k)) continue;
      const int subject = Child(k, "nsubj");
      if (subject == exclude_head) continue;
      std::vector<Mention> m = ResolveConj(subject);
      if (!m.empty() && m[0].has_actor) return m;
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
  // "Neither Russia nor Ukraine has agreed": "neither" on the verb or on its
  // subject (parley's conventions).
  if (ParleyConventions()) {
    const int s = Child(p, "nsubj");
    for (int h : {p, s})
      if (h >= 0)
        for (int k : n_[h].kids)
          if (n_[k].lemma == "neither" && RelationBase(n_[k].rel) == "cc") return true;
  }
  // "Azerbaijan denied that its troops had attacked ...", "Rwanda denied
  // supporting the rebels": a denied act is negated (not with PETRARCH's
  // negation table, which knows no denials).
  if (!opt_.negation) {
    // (through the acts it governs: "denied that it planned to seize(xcomp)
    // the port"; and a "that" clause the parser hung as an adverbial one)
    int w = p;
    for (int guard = 0; w >= 0 && guard < 16; ++guard) {
      const bool up = RelationBase(n_[w].rel) == "conj" ||
                      (n_[w].rel == "xcomp" && n_[w].head >= 0 && n_[n_[w].head].lemma != "deny");
      if (!up) break;
      w = n_[w].head;
    }
    const int mark = w >= 0 ? Child(w, "mark") : -1;
    const bool that_clause =
        w >= 0 && (RelationBase(n_[w].rel) == "ccomp" ||
                   (RelationBase(n_[w].rel) == "advcl" && mark >= 0 && n_[mark].lemma == "that"));
    if (w >= 0 && (that_clause || RelationBase(n_[w].rel) == "xcomp") && n_[w].head >= 0 &&
        n_[n_[w].head].lemma == "deny")
      return true;
    // ("Rwanda rejected accusations that it supports the M23": what a
    // rejected accusation says is denied too, whether the parser hangs the
    // clause on the noun or on the verb)
    auto accusation = [&](int x) {
      return x >= 0 && OneOf(n_[x].lemma, {"accusation", "allegation", "claim", "charge", "rumour",
                                           "rumor", "suggestion", "assertion", "report"});
    };
    auto rejecting = [&](int x) {
      return x >= 0 &&
             OneOf(n_[x].lemma, {"deny", "reject", "dismiss", "refute", "rebuff", "deride"});
    };
    if (w >= 0 && RelationBase(n_[w].rel) == "acl" && n_[w].rel != "acl:relcl" &&
        accusation(n_[w].head) && rejecting(n_[n_[w].head].head))
      return true;
    if (w >= 0 && that_clause && rejecting(n_[w].head) && accusation(Child(n_[w].head, "obj")))
      return true;
  }
  // "will not try to clash": negation on the governing verb of an xcomp. Not
  // with PETRARCH's negation table, which negates only the coded verb's own
  // phrase ("won't try to clash over" stays a clash). "refused to condemn",
  // "failed to reach an agreement", "told its citizens to avoid visiting
  // Japan": the act did not happen either.
  if (n_[p].rel == "xcomp" && n_[p].head >= 0 && !opt_.negation) {
    if (OneOf(n_[n_[p].head].lemma, {"refuse", "decline", "fail", "avoid", "refrain", "abstain"}))
      return true;
    for (int k : n_[n_[p].head].kids)
      if (n_[k].negation) return true;
  }
  return false;
}

// The country of the place where predicate p happens, or "": its first
// "in"/"at" phrase, or one of its object's or other phrases' ("stormed the
// parliament building in Nairobi", "clashed with police in Paris"), or an
// attack's that is the subject ("airstrikes in Afghanistan killed"). Not a
// place inside another subject ("the US commander in Iraq"), a destination
// ("sent bombs to offices in New York") or a topic ("over the war in X").
const std::string& SentenceCoder::PlaceNameCountry(std::vector<int> words) const {
  // The phrase's words but its preposition and punctuation, with and
  // without its determiner ("The Hague", "the capital Brussels").
  std::sort(words.begin(), words.end());
  for (bool with_det : {true, false}) {
    std::string name;
    for (int k : words) {
      const std::string_view rel = RelationBase(n_[k].rel);
      if (rel == "case" || rel == "punct" || (rel == "det" && !with_det)) continue;
      name += (name.empty() ? "" : " ") + n_[k].form;
    }
    if (const std::string& country = dicts_.PlaceCountryOf(name); !country.empty()) return country;
  }
  static const std::string kNone;
  return kNone;
}

const std::string& SentenceCoder::PlaceCountry(int p) {
  if (place_word_ == p) return place_code_;  // the events of one predicate ask in turn
  place_word_ = p;
  place_code_.clear();
  place_first_ = place_last_ = -1;
  std::vector<int> places;
  for (int k : n_[p].kids) {
    std::string_view base = RelationBase(n_[k].rel);
    if (base == "obl") places.push_back(k);
    // (An attack that acts is where it struck: "Pakistani airstrikes in
    // Afghanistan killed 10 civilians".)
    // (and where its target is: "An Israeli strike on a school in Gaza City
    // killed 20 people")
    if (base == "nsubj" && IsAttackNoun(k))
      for (int m : n_[k].kids)
        if (RelationBase(n_[m].rel) == "nmod") {
          places.push_back(m);
          for (int x : n_[m].kids)
            if (RelationBase(n_[x].rel) == "nmod") places.push_back(x);
        }
    // (Not a destination, nor a topic: "sanctions over the war in Ukraine".)
    // (Nor another event's place: "suspended the treaty after the attack in
    // Pahalgam".)
    bool elsewhere = HasCase(k, "to") || HasCase(k, "into") || HasCase(k, "toward") ||
                     HasCase(k, "towards") || HasCase(k, "over") || HasCase(k, "about") ||
                     HasCase(k, "regarding") || HasCase(k, "against") || HasCase(k, "for") ||
                     HasCase(k, "after") || HasCase(k, "before") || HasCase(k, "since") ||
                     HasCase(k, "following") || HasCase(k, "despite") || HasCase(k, "amid");
    if (base == "obj" || (base == "obl" && !elsewhere))
      for (int m : n_[k].kids) {
        if (RelationBase(n_[m].rel) != "nmod") continue;
        places.push_back(m);
        // (and where an attack's target is: "in an attack on an army base
        // in Burkina Faso")
        if (IsAttackNoun(k))
          for (int x : n_[m].kids)
            if (RelationBase(n_[x].rel) == "nmod") places.push_back(x);
      }
  }
  std::sort(places.begin(), places.end());
  for (int w : places) {
    if (!IsNominal(n_[w]) ||
        !(HasCase(w, "in") || HasCase(w, "at") || HasCase(w, "across") ||
          HasCase(w, "throughout")) ||
        InTimeExpression(w, p))
      continue;
    // A place has a name: "in Ghazni province", "in the city of Baqubah",
    // not "in an Israeli airstrike".
    std::vector<int> words;
    InnerSet(w, &words);
    for (int k : n_[w].kids)
      if (n_[k].rel == "nmod" && HasCase(k, "of")) InnerSet(k, &words);
    bool named = false;
    for (int k : words) named = named || (n_[k].upos == "PROPN" && actor_at_[k] >= 0);
    if (!named) continue;
    // (a place that names another actor when it acts: "in Brussels" is in
    // BEL, though "Brussels warned Budapest" is the EU; places*.txt)
    auto name_place = [&](const std::string& country) -> const std::string& {
      for (int k : words) {
        if (OneOf(RelationBase(n_[k].rel), {"case", "det", "punct"})) continue;
        if (place_first_ < 0 || k < place_first_) place_first_ = k;
        place_last_ = std::max(place_last_, k);
      }
      return place_code_ = country;
    };
    if (const std::string& country = PlaceNameCountry(words); !country.empty())
      return name_place(country);
    bool agent_only = false;
    std::vector<std::string> agents;
    std::vector<Mention> m = ResolveOne(w, &agent_only, &agents);
    if (!m.empty() && m[0].has_actor && m[0].kind == ActorKind::kCountry && m[0].code.size() == 3)
      return name_place(m[0].code);
  }
  // "attacked a checkpoint in Ghazni, killing(advcl) four officers": a
  // clause without a subject of its own happens where its governing verb's
  // act does.
  const int gov = n_[p].head;
  if (gov >= 0 && IsVerbal(n_[gov]) && OneOf(RelationBase(n_[p].rel), {"advcl", "conj", "xcomp"}) &&
      Child(p, "nsubj") < 0 && Child(p, "nsubj:pass") < 0 && Child(p, "mark") < 0) {
    std::string inherited = PlaceCountry(gov);  // (and its words)
    place_word_ = p;
    place_code_ = std::move(inherited);
  }
  return place_code_;
}

// "Protesters clashed with police in Paris": agents that name no actor get
// the country of the place the act happens in (FRAOPP, FRACOP), as analysts
// of a country's events want them; PETRARCH leaves the bare role.
void SentenceCoder::AddPlaceCountry(int p, Coded* c) {
  std::string country;
  bool looked = false;
  for (std::vector<Mention>* ms : {&c->sources, &c->targets})
    for (Mention& m : *ms) {
      if (m.has_actor || !m.has_agent || m.code.empty() || m.code[0] == '-') continue;
      // Peacekeepers and settlers come from elsewhere (ForeignByDefinition).
      if (m.head >= 0) {
        const bool foreign = ForeignByDefinition(m.head);
        // (and a strike or weapon whose owner goes unnamed comes from
        // wherever its attacker is: "A drone strike killed a Hamas official
        // in Beirut" is no Lebanese strike; a suicide bomber or a fighter is
        // a person, as local as any)
        if (foreign || IsAttackNoun(m.head) || IsWeaponNotPerson(m.head)) continue;
      }
      // A noun of the pattern whose agent is an adjective names the kind of
      // act: "conducting military exercises in Alaska" are no American
      // military (but "attacked a police checkpoint in Ghazni" AFGCOP).
      // (an attack's "military targets in Ukraine" are Ukraine's)
      const bool attack_target = ms == &c->targets && IsAttackCode(c->r->code);
      if (m.head != c->r->target_word && m.head != c->r->source_word && c->r->consumes(m.head) &&
          !attack_target) {
        std::vector<int> inner;
        InnerSet(m.head, &inner);
        bool noun_agent = false;
        for (int w : inner) noun_agent = noun_agent || (agent_at_[w] >= 0 && n_[w].upos != "ADJ");
        if (!noun_agent) continue;
      }
      if (!looked) {
        country = PlaceCountry(p);
        looked = true;
      }
      if (country.empty()) return;
      m.code = country + m.code;
      if (m.head >= 0) placed_code_[m.head] = m.code;
    }
}

// "Lebanon's army deployed troops": a noun of the pattern holding the
// source's own role (its troops) is no party the act is done to. "held
// talks with his Omani counterpart": a counterpart holds the source's role
// (OMNGOV for IRNGOV's).
void SentenceCoder::FitTargetsToSources(const PredicateResult& r, Coded* c) const {
  std::vector<Mention>& targets = c->targets;
  // (a country's forces a pattern names are its own: "Mexico deployed
  // 10,000 National Guard troops")
  const bool country_source = std::any_of(
      c->sources.begin(), c->sources.end(),
      [](const Mention& s) { return s.kind == ActorKind::kCountry && s.code.size() == 3; });
  // (so are the forces a state mobilises, shows or inspects, named by no
  // actor: "Russia mobilized 300,000 reservists", "Zelensky visited troops")
  const bool state_source = std::any_of(c->sources.begin(), c->sources.end(), [](const Mention& s) {
    return (s.kind == ActorKind::kCountry || s.kind == ActorKind::kOther) && s.code.size() >= 3 &&
           !IsRegionCode(std::string_view(s.code).substr(0, 3));
  });
  const bool own_forces_act =
      r.code.compare(0, 2, "15") == 0 || OneOf(n_[r.word].lemma, {"inspect", "visit", "review"});
  // (and the press a statement is made to is no party: "Zelensky told
  // reporters"; nor are the schools and hospitals demanded: "protesters
  // demanded better schools")
  const bool statement = r.code.compare(0, 2, "01") == 0;
  const bool demand = r.code.compare(0, 2, "10") == 0;
  targets.erase(
      std::remove_if(
          targets.begin(), targets.end(),
          [&](const Mention& t) {
            const bool role_only_force = !t.has_actor && (t.code == "MIL" || t.code == "COP");
            // (what an attack's pattern names is the enemy's:
            // "struck military targets")
            const bool attack = IsAttackCode(r.code);
            return (r.consumes(t.head) && !attack &&
                    (OwnRoleOfSource(t, c->sources) || (country_source && role_only_force))) ||
                   (own_forces_act && state_source && role_only_force) ||
                   (statement && !t.has_actor && t.code == "MED") ||
                   (demand && !t.has_actor && OneOf(t.code, {"EDU", "HLH", "BUS"}));
          }),
      targets.end());
  // "Maduro ordered the military to prepare": the forces or officials a
  // state's leader orders, named by no actor, are its own (VENMIL).
  if (r.code.compare(0, 2, "10") == 0 && n_[r.word].lemma == "order" && !c->sources.empty() &&
      c->sources[0].code.size() >= 3 && c->sources[0].kind != ActorKind::kGroup &&
      !IsRegionCode(std::string_view(c->sources[0].code).substr(0, 3)))
    for (Mention& t : targets)
      if (!t.has_actor && OneOf(t.code, {"MIL", "COP", "GOV"})) {
        t.code = c->sources[0].code.substr(0, 3) + t.code;
        t.has_actor = true;
        t.kind = ActorKind::kOther;
      }
  if (c->sources.empty() || c->sources[0].code.size() != 6) return;
  for (Mention& t : targets) {
    int h = t.head;
    while (h >= 0 && OneOf(RelationBase(n_[h].rel), {"compound", "amod", "flat"})) h = n_[h].head;
    if (h >= 0 && n_[h].lemma == "counterpart" && t.code.size() == 3)
      t.code += c->sources[0].code.substr(3);
  }
}

// "India evacuated its citizens from Iran", "the regime is massacring its
// citizens": a role whose noun names no actor itself, owned by a pronoun
// that stands for the source, is the source country's (INDCVL, not IRNCVL
// by its "from" phrase or the place); and a target's family.
void SentenceCoder::HoldersOfPlaces(Coded* c) {
  for (Mention& t : c->targets)
    for (int h = t.head, up = 0; h >= 0 && up < 3; h = n_[h].head, ++up) {
      int holder = -1;
      for (int a : n_[h].kids)
        if (n_[a].rel == "amod" && OneOf(n_[a].lemma, {"hold", "control", "occupy", "run"}))
          for (int x : n_[a].kids)
            if (x + 2 == a && n_[x + 1].form == "-") holder = x;
      if (holder < 0) continue;
      bool agent_only = false;
      std::vector<std::string> agents;
      std::vector<Mention> m = ResolveOne(holder, &agent_only, &agents);
      if (!m.empty() && m[0].has_actor) {
        t.code = m[0].code;
        t.kind = m[0].kind;
      } else if (const int a = agent_at_[holder];
                 a >= 0 && agents_[a].agent != nullptr && t.has_actor && t.code.size() >= 3 &&
                 dicts_.IsCountryCode(std::string_view(t.code).substr(0, 3))) {
        // (a role: "rebel-held" towns of Myanmar, MMRREB)
        t.code = dict::ApplyAgent(std::string_view(t.code).substr(0, 3), *agents_[a].agent);
      } else {
        continue;
      }
      t.has_actor = true;
      break;
    }
}

void SentenceCoder::DropSanctionImposers(Coded* c) {
  // (the name modifies a sanction noun in the target's phrase)
  auto imposer = [&](const Mention& t) {
    if (t.head < 0 || t.kind != ActorKind::kIgo) return false;
    for (int w = 0; w < static_cast<int>(n_.size()); ++w) {
      const int h = n_[w].head;
      if (h >= 0 && actor_at_[w] >= 0 && actors_[actor_at_[w]].code == t.code &&
          IsSanctionNoun(n_[h].lemma) &&
          OneOf(RelationBase(n_[w].rel), {"compound", "amod", "nmod:poss"}) &&
          InPhraseOf(h, t.head))
        return true;
    }
    return false;
  };
  c->targets.erase(std::remove_if(c->targets.begin(), c->targets.end(), imposer), c->targets.end());
}

bool SentenceCoder::SpeakersDemand(const PredicateResult& r, Coded* d,
                                   std::deque<PredicateResult>* store) {
  const int p = r.word;
  // (not "should", as often a forecast: "the US should expect")
  if (!ParleyConventions() || opt_.pico || !IsEventCode(r.code) || r.code.size() < 2 ||
      OneOf(std::string_view(r.code).substr(0, 2), {"01", "02", "03", "10", "11", "12", "13"}) ||
      !OneOf(RelationBase(n_[p].rel), {"ccomp", "parataxis"}))
    return false;
  bool must = false;
  for (int k : n_[p].kids) must = must || (n_[k].rel == "aux" && n_[k].lemma == "must");
  const int subject = Child(p, "nsubj");
  if (!must || subject < 0 || n_[subject].upos == "PRON") return false;
  std::vector<Mention> speaker = SpeakerMentions(p), asked = ResolveConj(subject);
  if (speaker.empty() || !speaker[0].has_actor || asked.empty() || !asked[0].has_actor ||
      speaker[0].code == asked[0].code)
    return false;
  const std::string demand = AskedFor("100", r.code);
  store->push_back(r);
  store->back().code = demand.empty() ? "100" : demand;
  store->back().reverse_code.clear();
  d->r = &store->back();
  d->sources = {speaker[0]};
  d->targets = asked;
  return true;
}

void SentenceCoder::OwnPossessionsOfSource(Coded* c) {
  if (c->sources.empty() || !opt_.coreference || c->sources[0].code.size() < 3) return;
  for (Mention& t : c->targets) {
    if (t.head < 0 || !(t.code.size() == 3 || t.code.size() == 6)) continue;
    // (an actor in the phrase's own words is its own: "his Omani counterpart")
    std::vector<int> inner;
    InnerSet(t.head, &inner);
    if (std::any_of(inner.begin(), inner.end(), [&](int w) { return actor_at_[w] >= 0; })) continue;
    const int poss = Child(t.head, "nmod:poss");
    if (poss < 0 || OwnerPronoun(n_[poss].form).empty()) continue;
    // (an owner of what force is aimed at, found already: "soldiers were
    // wounded when Hezbollah fired a missile at their(ISRMIL) vehicle")
    if (IsForceCode(c->r->code) && t.has_actor && t.head == c->r->target_word) continue;
    const Mention owner = ResolvePronoun(poss, nullptr, OwnerPronoun(n_[poss].form));
    // ("imposing sanctions on him and his family(CVL)": a person's family
    // beside them is of their country, COLCVL)
    const bool family_of_target =
        owner.has_actor && t.code == "CVL" && OneOf(n_[poss].form, {"his", "her"}) &&
        owner.code.size() >= 3 && dicts_.IsCountryCode(std::string_view(owner.code).substr(0, 3)) &&
        std::any_of(c->targets.begin(), c->targets.end(),
                    [&](const Mention& o) { return &o != &t && o.code == owner.code; });
    if (!owner.has_actor || (owner.code != c->sources[0].code && !family_of_target)) continue;
    const std::string role = t.code.size() == 6 ? t.code.substr(3) : t.code;
    if (role[0] == '-' || (t.has_actor && !t.has_agent)) continue;
    // ("Hezbollah said Israel killed its commander": armed men struck in a
    // clause another actor reports are the reporter's; "the regime is
    // massacring its citizens" stays the source's)
    const std::string& speaker = c->reported_by;
    if (IsForceCode(c->r->code) && IsArmedOrOppositionRole(role) && speaker.size() >= 3 &&
        speaker.compare(0, 3, owner.code, 0, 3) != 0) {
      t.code = speaker.size() == 3 || speaker.size() == 6 ? speaker.substr(0, 3) + role : speaker;
      t.has_actor = true;
      continue;
    }
    t.code = owner.code.substr(0, 3) + role;
    t.has_actor = true;
  }
  // ("Russia withdrew its troops": a noun of the pattern the source owns is
  // part of the act, no target)
  std::vector<Mention>& targets = c->targets;
  targets.erase(std::remove_if(targets.begin(), targets.end(),
                               [&](const Mention& t) {
                                 return t.head >= 0 && c->r->consumes(t.head) &&
                                        t.code.compare(0, 3, c->sources[0].code, 0, 3) == 0 &&
                                        Child(t.head, "nmod:poss") >= 0;
                               }),
                targets.end());
}

void SentenceCoder::OwnObjectHasNoPlaceTarget(Coded* c) {
  const int o = Child(c->r->word, "obj");
  // (not an attack: "expanded its offensive in the Donetsk region" is on
  // Ukraine)
  const std::string& code = c->r->code;
  if (o < 0 || c->sources.empty() || c->targets.empty() || IsAttackCode(code)) return;
  const int poss = Child(o, "nmod:poss");
  if (poss < 0 || OwnerPronoun(n_[poss].form).empty()) return;
  const Mention owner = ResolvePronoun(poss, nullptr, OwnerPronoun(n_[poss].form));
  if (!owner.has_actor || owner.code != c->sources[0].code) return;
  std::vector<Mention>& targets = c->targets;
  targets.erase(std::remove_if(targets.begin(), targets.end(),
                               [&](const Mention& t) {
                                 return t.head >= 0 && t.head != o &&
                                        t.kind == ActorKind::kCountry &&
                                        (HasCase(t.head, "in") || HasCase(t.head, "at") ||
                                         HasCase(t.head, "near"));
                               }),
                targets.end());
}

// w is a military or police role naming no actor, owned by a pronoun that
// stands for the source ("its troops", "their forces").
bool SentenceCoder::OwnForces(int w, int source) {
  if (source < 0 || agent_at_[w] < 0) return false;
  if (SentForces(w, source)) return true;
  if (!opt_.coreference) return false;
  const int poss = Child(w, "nmod:poss");
  if (poss < 0 || OwnerPronoun(n_[poss].form).empty()) return false;
  std::vector<int> inner;
  InnerSet(w, &inner);
  for (int x : inner)
    if (actor_at_[x] >= 0) return false;
  bool agent_only = false;
  std::vector<std::string> agents;
  const std::vector<Mention> m = ResolveOne(w, &agent_only, &agents);
  if (m.empty() || !(m[0].code == "MIL" || m[0].code == "COP")) return false;
  const Mention owner = ResolvePronoun(poss, nullptr, OwnerPronoun(n_[poss].form));
  if (!owner.has_actor) return false;
  for (const Mention& s : ResolveConj(source))
    if (s.code.compare(0, 3, owner.code, 0, 3) == 0) return true;
  return false;
}

// "Serbia denied sending troops to the border", "Russia massed troops near
// the border": a role-only military or police force that the source sends,
// deploys or withdraws (the verb has no subject of its own, or the source's)
// is the source's own.
bool SentenceCoder::SentForces(int w, int source) {
  const int v = n_[w].head;
  if (v < 0 || n_[w].rel != "obj" || n_[v].upos != "VERB" ||
      !OneOf(n_[v].lemma, {"send", "deploy", "dispatch", "withdraw", "pull", "mass", "station",
                           "mobilize", "mobilise", "redeploy", "move", "position"}))
    return false;
  if (Child(w, "nmod:poss") >= 0) return false;
  std::vector<int> inner;
  InnerSet(w, &inner);
  for (int x : inner)
    if (actor_at_[x] >= 0) return false;
  const int subject = Child(v, "nsubj");
  if (subject >= 0 && subject != source) return false;
  bool agent_only = false;
  std::vector<std::string> agents;
  const std::vector<Mention> m = ResolveOne(w, &agent_only, &agents);
  return !m.empty() && (m[0].code == "MIL" || m[0].code == "COP");
}

// "its troops", "their soldiers": h is owned by a pronoun, whoever it
// stands for ("militants who were planning attacks on its troops" are not
// the militants' own troops).
bool SentenceCoder::PronounOwned(int h) const {
  const int poss = Child(h, "nmod:poss");
  return poss >= 0 && !OwnerPronoun(n_[poss].form).empty();
}

// Peacekeepers, foreign fighters, mercenaries, settlers and mediators come from
// elsewhere by definition: no place or neighbour lends them its country; nor
// does it to hostages ("released three hostages held in Gaza"), often taken
// far from home.
bool SentenceCoder::ForeignByDefinition(int h) const {
  std::vector<int> inner;
  InnerSet(h, &inner);
  for (int w : inner)
    if (OneOf(n_[w].lemma,
              {"peacekeeper", "peacekeeping", "foreign", "mercenary", "international", "settler",
               "mediator", "migrant", "refugee", "asylum", "tourist", "hostage"}))
      return true;
  return false;
}

// "Hamas fighters ambushed Israeli troops in Rafah, killing two
// soldiers(MIL)": a target naming only a role stands for the latest
// earlier target in the sentence that holds that role with an actor
// (ISRMIL), not for the source's country or the place's; failing that, it
// is of the latest earlier target country other than the source's
// ("attacking Pakistani border posts, killing 58 soldiers": PAKMIL).
void SentenceCoder::TargetRolesOfEarlierTargets(const std::vector<Coded>& earlier, Coded* c) const {
  // (a state's own country is no target of its acts; a rebel group's is:
  // "the RSF seized the city of El Fasher(SDN), killing hundreds of
  // civilians" SDNCVL)
  const std::string own = c->sources.empty() || c->sources[0].kind == ActorKind::kGroup
                              ? ""
                              : c->sources[0].code.substr(0, 3);
  for (Mention& t : c->targets) {
    if (t.has_actor || !t.has_agent || t.code.size() != 3 || t.head < 0 ||
        ForeignByDefinition(t.head))
      continue;
    const Mention *found = nullptr, *country = nullptr;
    for (const Coded& e : earlier)
      for (const Mention& x : e.targets) {
        // (a role the country of its home was given counts: "stripped
        // political prisoners(NICOPP) of their citizenship and expelled them")
        const bool homed = x.code.size() == 6 && dicts_.IsCountryCode(x.code.substr(0, 3));
        if (!(x.has_actor || homed) || x.head < 0 || x.head >= t.head) continue;
        // (or a named group of that role: "repelled an attack by the
        // RSF(SDNREBRSF), killing dozens of fighters(REB)")
        const bool group_of_role =
            x.kind == ActorKind::kGroup && x.code.size() == 9 && x.code.compare(3, 3, t.code) == 0;
        if (((x.code.size() == 6 && HoldsRole(x.code, t.code)) || group_of_role) &&
            (found == nullptr || x.head > found->head))
          found = &x;
        if (x.code.size() == 3 && x.kind == ActorKind::kCountry && x.code != own &&
            (country == nullptr || x.head > country->head))
          country = &x;
      }
    if (found == nullptr && country == nullptr) continue;
    t.code = found != nullptr ? found->code : country->code + t.code;
    t.has_actor = true;
    t.kind = found != nullptr ? found->kind : country->kind;
  }
}

void SentenceCoder::TargetRolesOfEarlierAttack(Coded* c) const {
  const Mention& attacker = coref_->last_attacker;
  const Mention& attacked = coref_->last_attacked;
  const std::string& code = c->r->code;
  if (!opt_.coreference || c->sources.empty() || attacker.code.size() < 3 ||
      attacked.code.size() < 3 || index_ <= coref_->last_attack_sentence || !IsAttackCode(code) ||
      attacked.code.compare(0, 3, attacker.code, 0, 3) == 0)
    return;
  // (the two sides of that attack: the attacker's roles struck are the
  // attacked's, and the attacked's strikes back hit the attacker's: "Israel
  // struck Gaza. Hamas fired rockets at military targets" ISRMIL)
  auto side = [&](const std::vector<Mention>& ms, const Mention& of) {
    if (ms.empty()) return false;
    for (const Mention& s : ms)
      if (s.code.compare(0, 3, of.code, 0, 3) != 0) return false;
    return dicts_.IsCountryCode(std::string_view(of.code).substr(0, 3));
  };
  auto give_country = [&](const Mention& other, std::vector<Mention>* ms) {
    if (!dicts_.IsCountryCode(std::string_view(other.code).substr(0, 3))) return;
    for (Mention& t : *ms) {
      if (t.has_actor || !t.has_agent || t.code.size() != 3 || t.head < 0 ||
          ForeignByDefinition(t.head))
        continue;
      t.code = other.code.substr(0, 3) + t.code;
      t.has_actor = true;
      t.kind = ActorKind::kCountry;
    }
  };
  // (and a role striking one side is the other's: "Russia attacked Ukraine
  // ... The air force(MIL) said it had shot down drones fired by Russian
  // forces" UKRMIL)
  if (side(c->targets, attacker))
    give_country(attacked, &c->sources);
  else if (side(c->targets, attacked))
    give_country(attacker, &c->sources);
  const Mention* other = side(c->sources, attacker)   ? &attacked
                         : side(c->sources, attacked) ? &attacker
                                                      : nullptr;
  if (other != nullptr) give_country(*other, &c->targets);
}

// Whether the act remembered in `done` is the source's own (by country).
bool SentenceCoder::OwnAct(const CorefMemory::Utterance& done, int source) {
  if (source < 0) return false;
  const std::vector<Mention> own = ResolveConj(source);
  return !own.empty() && own[0].code.compare(0, 3, done.speaker.code, 0, 3) == 0;
}

const Mention* SentenceCoder::AnsweredUtterance(int o) const {
  const std::string& noun = n_[o].lemma;
  const CorefMemory::Utterance* said = IsAccusationNoun(noun) ? &coref_->accusation
                                       : IsThreatNoun(noun)   ? &coref_->threat
                                       : IsDemandNoun(noun)   ? &coref_->demand
                                       : IsProposalNoun(noun) ? &coref_->proposal
                                       : IsApologyNoun(noun)  ? &coref_->apology
                                       : IsVisitNoun(noun)    ? &coref_->visit
                                       : IsVerdictNoun(noun)  ? &coref_->verdict
                                                              : nullptr;
  if (!opt_.coreference || said == nullptr || said->speaker.code.empty() ||
      index_ <= said->sentence || index_ - said->sentence > 2 || Child(o, "nmod:poss") >= 0)
    return nullptr;
  int det = Child(o, "det");
  // (or its head's, when the parser made the noun a compound: "called the
  // accusations(compound) baseless(obj)")
  if (det < 0 && n_[o].rel == "compound" && n_[o].head >= 0) det = Child(n_[o].head, "det");
  if (det < 0 || !OneOf(n_[det].lemma, {"the", "this", "these", "those", "such"})) return nullptr;
  return &said->speaker;
}

// "fired tear gas at protesters(KENOPP) demanding(OPP) the resignation":
// a source naming only a role is the actor an earlier event of the
// sentence resolved the same words to.
void SentenceCoder::SourcesOfEarlierTargets(const std::vector<Coded>& earlier, Coded* c) const {
  for (Mention& m : c->sources) {
    if (m.has_actor || !m.has_agent || m.head < 0) continue;
    for (const Coded& e : earlier)
      for (const Mention& x : e.targets) {
        // (resolved, or given a country by the event: "OPP" -> "KENOPP")
        if (x.head != m.head || !(x.has_actor || WithCountryAdded(x.code, m.code))) continue;
        m.code = x.code;
        m.has_actor = true;
        m.kind = x.kind;
      }
  }
}

// "The Israeli military said the men had opened fire on soldiers", "(the
// Ukrainian air force) said air defences shot down 80 of them": a speaker
// of a state's army, police or government reports on that state's own
// forces and officials, so a source or target naming only such a role
// (not peacekeepers) is of the speaker's country.
void SentenceCoder::RolesOfReportingState(Coded* c) const {
  const std::string& speaker = c->reported_by;
  // (its first role: "A spokesman for the Israeli military" ISRMILGOV)
  if (speaker.size() < 6 || !OneOf(std::string_view(speaker).substr(3, 3), {"MIL", "GOV", "COP"}) ||
      IsRegionCode(std::string_view(speaker).substr(0, 3)))
    return;
  // (not whom the speaker's own side attacks: "The Kremlin said it had
  // struck military targets" are no Russian targets)
  const std::string_view root = std::string_view(c->r->code).substr(0, 2);
  const bool own_attack = OneOf(root, {"18", "19", "20"}) &&
                          std::any_of(c->sources.begin(), c->sources.end(), [&](const Mention& s) {
                            return s.code.compare(0, 3, speaker, 0, 3) == 0;
                          });
  // (and the civilians another country's attack killed: "Afghan officials
  // said Pakistani airstrikes had killed 10 civilians" AFGCVL; not when the
  // attack names its own target, "Israeli airstrikes on southern Lebanon
  // killed 12 people", whose nominal event, ISR LBN 195, names the act)
  bool attack_with_target = false;
  if (const int subject = Child(c->r->word, "nsubj"); subject >= 0 && IsAttackNoun(subject))
    for (int k : n_[subject].kids)
      attack_with_target = attack_with_target || (RelationBase(n_[k].rel) == "nmod" &&
                                                  (HasCase(k, "on") || HasCase(k, "against")));
  const bool foreign_attack =
      OneOf(root, {"18", "19", "20"}) && !c->sources.empty() && !attack_with_target &&
      std::all_of(c->sources.begin(), c->sources.end(), [&](const Mention& s) {
        return s.has_actor && s.code.compare(0, 3, speaker, 0, 3) != 0;
      });
  for (std::vector<Mention>* side : {&c->sources, &c->targets})
    for (Mention& m : *side) {
      const bool civilians = side == &c->targets && foreign_attack && m.code == "CVL";
      if (m.has_actor || !m.has_agent || m.head < 0 ||
          !(OneOf(m.code, {"MIL", "GOV", "COP"}) || civilians) || ForeignByDefinition(m.head) ||
          (side == &c->targets && own_attack))
        continue;
      m.code = speaker.substr(0, 3) + m.code;
      m.has_actor = true;
      m.kind = ActorKind::kCountry;
    }
}

// "Georgian police(GEOCOP) detained ... as thousands(CVL) rallied outside
// parliament(LEG)", "Cameroon's President Paul Biya was declared the winner,
// and police(COP) arrested dozens of opposition supporters(OPP)": in a story
// whose events so far, and this sentence's actors, name one country only
// (officials and groups count by their code's country: "Congress(LEG) is
// pressuring Obama(USAGOV) to help Iran" names two), a role at home naming
// no actor is that country's (GEOCVL, GEOLEG; CMRCOP, CMROPP), as analysts
// of a country's events want it. Not when the other side is the country
// itself ("The government thanked China": no Chinese government) or, in
// acts between states, of the country, nor what
// the country's own force or coercion hits ("Russia shelled villages"; the
// coercion at home is AddDomesticCountry's), nor roles from elsewhere by
// definition (peacekeepers, migrants) or by trade (the press and firms report and
// trade across borders).
std::string_view SentenceCoder::CountryInCode(std::string_view code) const {
  for (size_t at : {0, 3})
    if (code.size() >= at + 3) {
      const std::string_view c = code.substr(at, 3);
      if (dicts_.IsCountryCode(c) && !IsRegionCode(c)) return c;
    }
  return {};
}

void SentenceCoder::AddStoryCountry(std::vector<Coded>* coded) {
  std::string country;
  auto one_country = [&](std::string_view code) {
    const std::string_view of = CountryInCode(code);
    if (of.empty()) return true;
    if (country.empty()) country.assign(of);
    return of == country;
  };
  for (const std::string& c : coref_->event_countries)
    if (!one_country(c)) return;
  // (not a dateline's agency: "ANTANANARIVO, Oct 14 (Reuters) -", whose
  // words the parse hangs on its first word as dep)
  // (nor a backer: "Officials blamed Iran-backed militias" are no Iranian
  // officials)
  // (the name "Iran-backed militias", or a name before "-backed")
  auto backer = [&](const dict::ActorMatch& a) {
    for (size_t k = a.begin + 1; k + 1 < n_.size() && k <= a.end; ++k)
      if (n_[k].form == "-" &&
          OneOf(n_[k + 1].form, {"backed", "allied", "aligned", "sponsored", "funded", "supported",
                                 "trained", "armed", "led"}))
        return true;
    return false;
  };
  for (const dict::ActorMatch& a : actors_)
    if (!(a.begin < n_.size() && n_[a.begin].rel == "dep" &&
          (a.begin == 0 || n_[a.begin].head == 0)) &&
        !backer(a) && !one_country(a.code))
      return;
  if (country.empty()) return;
  for (Coded& c : *coded) {
    if (c.dropped) continue;
    const bool own_force =
        c.r->code.compare(0, 2, "15") >= 0 && c.r->code.compare(0, 2, "20") <= 0 &&
        std::any_of(c.sources.begin(), c.sources.end(),
                    [&](const Mention& s) { return s.code.compare(0, 3, country) == 0; });
    // (states cooperate and break off relations with other states: "Police
    // expelled Iranian diplomats" are no Iranian police)
    const bool between_states = OneOf(c.r->code.substr(0, 2), {"03", "04", "05", "06", "16"});
    for (std::vector<Mention>* side : {&c.sources, &c.targets}) {
      const std::vector<Mention>& other = side == &c.sources ? c.targets : c.sources;
      if ((side == &c.targets && own_force) ||
          std::any_of(other.begin(), other.end(), [&](const Mention& o) {
            // (a state's envoys are abroad: "Thousands protested outside the
            // Russian embassy" are no Russians)
            const bool abroad =
                o.head >= 0 && OneOf(n_[o.head].lemma, {"embassy", "consulate", "ambassador",
                                                        "envoy", "diplomat", "mission"});
            return o.code == country ||
                   ((between_states || abroad) && CountryInCode(o.code) == country);
          }))
        continue;
      for (Mention& m : *side) {
        // (a titled name the dictionaries do not know is someone's, not
        // the story's: "President Musharraf" in a story on Afghanistan)
        if (m.has_actor || !m.has_agent ||
            !OneOf(m.code,
                   {"CVL", "OPP", "COP", "LEG", "JUD", "GOV", "PTY", "LAB", "EDU", "HLH", "MIL"}) ||
            (m.head >= 0 && (ForeignByDefinition(m.head) || n_[m.head].upos == "PROPN")))
          continue;
        m.code = country + m.code;
        if (m.head >= 0) placed_code_[m.head] = m.code;
      }
    }
  }
}

// `parley code --trace`: what a predicate coded, with its sources and targets.
void SentenceCoder::Trace(const char* what, const Coded& c, const char* note) const {
  const PredicateResult& r = *c.r;
  std::string st, tt;
  for (const Mention& m : c.sources) st += m.code + " ";
  for (const Mention& m : c.targets) tt += m.code + " ";
  fprintf(stderr, "  [%s] %s %s code=%s rev=%s pattern=%s src={%s} tgt={%s}%s\n", doc_.id.c_str(),
          what, n_[r.word].form.c_str(), r.code.c_str(), r.reverse_code.c_str(),
          r.pattern ? r.pattern->text.c_str() : "-", st.c_str(), tt.c_str(), note);
}

// "Georgian police(GEOCOP) used water cannon on protesters(OPP)", "Colombian
// rebels freed two soldiers": what a country's police, courts or rebels act
// on at home, a role naming no actor there, takes that country (not an
// army's: "Russian forces killed civilians" are no Russian civilians); so
// does what a country's people protest against ("Thousands of Israelis
// protested against the government": ISRGOV) and whom its government
// arrests, bans or frees ("Maduro's government arrested opposition leader
// ...": VENOPP, "Burkina Faso's junta dissolved all political parties":
// BFAPTY, "Belarus released 52 political prisoners": BLROPP).
void SentenceCoder::AddDomesticCountry(Coded* c) {
  auto at_sea = [&] {
    for (int w = 0; w < static_cast<int>(n_.size()); ++w)
      if (InWaterPlace(w)) return true;
    return false;
  };
  for (auto [state, other] : {std::pair{&c->sources, &c->targets}, {&c->targets, &c->sources}}) {
    std::string country;
    // (and a coup: "Sudan's army overthrew the government" SDNGOV)
    // (not a designation, which lists foreign groups as often: "The United
    // States designated the cartel a terrorist organization")
    const bool at_home =
        state == &c->sources &&
        (c->r->code.compare(0, 2, "14") == 0 ||
         (c->r->code.compare(0, 3, "172") == 0 &&
          !OneOf(n_[c->r->word].lemma, {"designate", "list", "blacklist"})) ||
         c->r->code == "173" ||
         (c->r->code == "170" &&
          OneOf(n_[c->r->word].lemma, {"overthrow", "topple", "depose", "oust"})) ||
         // (and a state's executions: "Iran executed a man
         // accused of spying" IRNCVL)
         OneOf(n_[c->r->word].lemma, {"execute", "hang", "pardon"}) ||
         // (and its sentences: "Tunisia sentenced opposition figures" TUNOPP)
         (c->r->code == "116" &&
          OneOf(n_[c->r->word].lemma, {"sentence", "convict", "jail", "imprison"})));
    // (but an army detains civilians abroad as often as at home: "Israeli
    // forces raided the Jenin refugee camp, detaining dozens of people")
    const bool army_detains =
        c->r->code == "173" &&
        std::any_of(c->targets.begin(), c->targets.end(),
                    [](const Mention& m) { return !m.has_actor && m.code == "CVL"; });
    // (an army's violent repression is at home too, unless a place says
    // otherwise: "Cameroonian security forces fired on protesters")
    const bool repression = state == &c->sources && c->r->code == "175";
    // (a state frees its own dissidents: "Belarus released 52 political
    // prisoners" BLROPP; prisoners "including several foreigners", or a
    // group's hostages, may be anyone's)
    const bool frees_dissidents = state == &c->sources && c->r->code == "0841";
    // (an army that overthrows a state's leader is its own: "The army
    // ousted the president of Niger" NERMIL; parley's conventions)
    const bool coup = state == &c->targets && c->r->code == "170" && ParleyConventions();
    // Which roles of the other side take the country ("" = any): a state's
    // own dissidents, or a government's own legislature and courts
    // ("Tunisian President Kais Saied dissolved the parliament": TUNLEG).
    static const std::vector<std::string_view> kDissidents = {"OPP"}, kArmy = {"MIL"},
                                               kInstitutions = {"LEG", "JUD"},
                                               kState = {"GOV", "MIL", "COP", "JUD", "LEG"};
    const std::vector<std::string_view>* only = nullptr;
    bool home_set = false;
    for (const Mention& m : *state) {
      // (a named group of a country's rebels too, by its own code or not:
      // "ELN(COLREB) rebels attacked a military base" COLMIL, "the Rapid
      // Support Forces(SDNREBRSF) killed 40 civilians" SDNCVL)
      // (a named group's only where it uses force, not at sea, where ships
      // and crews are anyone's: "The Houthis seized a cargo ship in the Red
      // Sea and took its crew hostage")
      const bool named_rebels =
          m.code.size() == 9 && IsForceCode(c->r->code) && IsRebelGroupCode(m.code) && !at_sea();
      const std::string_view role = m.code.size() == 6 ? std::string_view(m.code).substr(3)
                                    : named_rebels     ? std::string_view(m.code).substr(3, 3)
                                                       : "";
      const bool national = (m.code.size() == 6 || named_rebels) &&
                            !IsRegionCode(std::string_view(m.code).substr(0, 3));
      const bool national_rebels = national && OneOf(role, {"REB", "INS", "SEP"});
      // (and a government or its leader acting on a legislature or court)
      const bool government = national && state == &c->sources && OneOf(role, {"GOV", "ELI"});
      // (and an opposition acting on its own state: "Imran Khan's
      // party(PAKOPP) accused the army" PAKMIL)
      const bool opposition = national && state == &c->sources && OneOf(role, {"OPP", "PTY"});
      if (!m.has_actor || m.code.size() < 3 ||
          !(m.kind == ActorKind::kCountry || national_rebels || government || opposition ||
            (at_home && m.kind == ActorKind::kOther) ||
            (coup && (m.kind == ActorKind::kCountry || m.kind == ActorKind::kOther) &&
             !IsRegionCode(std::string_view(m.code).substr(0, 3)))))
        continue;
      if (coup && country.empty()) {
        country = m.code.substr(0, 3);
        only = &kArmy;
      } else if ((at_home && !(army_detains && role == "MIL")) ||
                 OneOf(role, {"COP", "JUD", "REB", "INS", "SEP"})) {
        // (the first of several such sources: "Malian soldiers and Russian
        // mercenaries executed dozens of civilians" MLICVL)
        if (home_set) continue;
        country = m.code.substr(0, 3);
        only = nullptr;
        home_set = true;
      } else if (frees_dissidents && m.kind == ActorKind::kCountry && country.empty()) {
        country = m.code.substr(0, 3);
        only = &kDissidents;
      } else if (opposition && country.empty()) {
        country = m.code.substr(0, 3);
        only = &kState;
      } else if (government && country.empty()) {
        country = m.code.substr(0, 3);
        only = &kInstitutions;
      } else if (repression && role == "MIL") {
        const std::string& place = PlaceCountry(c->r->word);
        if (place.empty() || place == m.code.substr(0, 3)) country = m.code.substr(0, 3);
      }
    }
    // (a state's forces or officials use force or coercion on its own
    // opposition: "Tanzanian security forces opened fire on opposition
    // supporters" TZAOPP; not so what a state says of an opposition)
    if (country.empty() && state == &c->sources && IsForceCode(c->r->code))
      for (const Mention& m : *state)
        if (m.has_actor && m.code.size() >= 3 && m.kind != ActorKind::kIgo &&
            m.kind != ActorKind::kGroup && !IsRegionCode(std::string_view(m.code).substr(0, 3)) &&
            country.empty()) {
          country = m.code.substr(0, 3);
          only = &kDissidents;
        }
    // (police use force at home, on a country's people: "Police(COP) used
    // water cannon to disperse them(GEOOPP)" GEOCOP; not on a country's
    // nationals or officials, who may be anywhere; parley's conventions)
    static const std::vector<std::string_view> kPolice = {"COP"};
    const bool police_act =
        state == &c->targets && ParleyConventions() && IsForceCode(c->r->code) &&
        std::any_of(other->begin(), other->end(),
                    [](const Mention& x) { return !x.has_actor && x.code == "COP"; });
    if (country.empty() && police_act)
      for (const Mention& m : *state)
        if (country.empty() && m.code.size() == 6 &&
            OneOf(std::string_view(m.code).substr(3), {"OPP", "CVL", "LAB", "EDU", "REF"}) &&
            dicts_.IsCountryCode(std::string_view(m.code).substr(0, 3)) &&
            !IsRegionCode(std::string_view(m.code).substr(0, 3))) {
          country = m.code.substr(0, 3);
          only = &kPolice;
        }
    if (country.empty()) continue;
    // (a role of one or two agents: "detained dozens of opposition
    // mayors(OPPGOV)" TUROPPGOV)
    for (Mention& m : *other)
      if (!m.has_actor && m.has_agent && !m.code.empty() && m.code[0] != '-' &&
          !(m.head >= 0 && ForeignByDefinition(m.head)) && !(m.head >= 0 && PronounOwned(m.head)) &&
          (m.code.size() == 3 ||
           (m.code.size() == 6 && !dicts_.IsCountryCode(std::string_view(m.code).substr(0, 3)))) &&
          (only == nullptr || std::find(only->begin(), only->end(),
                                        std::string_view(m.code).substr(0, 3)) != only->end()))
        m.code = country + m.code;
  }
}

// "held joint exercises", "worked together": the act is shared.
bool SentenceCoder::SubjectConjoined(int p) const {
  const int s = Child(p, "nsubj");
  return s >= 0 && Child(s, "conj") >= 0;
}

bool SentenceCoder::Joint(int p) const {
  for (int k : n_[p].kids) {
    if (OneOf(n_[k].lemma, {"jointly", "together"})) return true;
    // (or "their" exercises of parties named together: "X and Y began their
    // annual exercises")
    if (RelationBase(n_[k].rel) == "obj")
      for (int m : n_[k].kids)
        if ((n_[m].rel == "amod" && OneOf(n_[m].lemma, {"joint", "combined"})) ||
            (n_[m].rel == "nmod:poss" && n_[m].lemma == "their" && SubjectConjoined(p)))
          return true;
  }
  return false;
}

// (The year is a phrase of time on the predicate or on a noun of its
// pattern, "in 2008", "in March 2008", "on March 3, 2008", "during 2014",
// "during the 1990s", "last year";
// "since 2014" says the act goes on, and is coded.)
bool SentenceCoder::DatedBeforeDocument(const PredicateResult& r) const {
  if (doc_.date.size() < 4) return false;
  const int doc_year = std::atoi(doc_.date.substr(0, 4).c_str());
  // The last year a word of time names: "2008", a past decade ("the
  // 1990s": 1999), "last year" (the document's year - 1); 0 when none.
  auto year_of = [&](int w) {
    const std::string& f = n_[w].form;
    const bool decade = f.size() == 5 && f[4] == 's' && f[3] == '0';
    if ((f.size() != 4 && !decade) ||
        !std::all_of(f.begin(), f.begin() + 4, [](char ch) { return ch >= '0' && ch <= '9'; })) {
      const int amod = Child(w, "amod");
      // (not "during the last year", the twelve months up to now)
      return n_[w].lemma == "year" && amod >= 0 && n_[amod].lemma == "last" && Child(w, "det") < 0
                 ? doc_year - 1
                 : 0;
    }
    const int y = std::atoi(f.substr(0, 4).c_str()) + (decade ? 9 : 0);
    return y >= 1900 && y <= 2100 ? y : 0;
  };
  std::vector<int> words{r.word};
  for (int w : r.consumed)
    if (w != r.word) words.push_back(w);
  for (int w : words)
    for (int k : n_[w].kids) {
      if (!OneOf(RelationBase(n_[k].rel), {"obl", "nmod"})) continue;
      const int c = Child(k, "case");
      if (c >= 0 && !OneOf(n_[c].lemma, {"in", "on", "during", "throughout"})) continue;
      int year = year_of(k);
      for (int m : n_[k].kids)
        if (year == 0 && OneOf(RelationBase(n_[m].rel), {"nummod", "obl", "nmod"}))
          year = year_of(m);
      if (year != 0 && year < doc_year) return true;
    }
  return false;
}

bool SentenceCoder::Conditional(int p) const {
  for (int w = p, guard = 0; w >= 0 && guard < 16; w = n_[w].head, ++guard) {
    for (int k : n_[w].kids) {
      if ((n_[k].rel == "mark") && OneOf(n_[k].lemma, {"if", "unless", "whether"})) return true;
      // "Russia may attack NATO", "would impose sanctions", "killers that
      // can hit London": a possibility or an ability, not an event (not for
      // PETRARCH, which codes them). A reported "would" is a reported "will"
      // ("Israel announced it would free prisoners").
      if (!opt_.negation && n_[k].rel == "aux" &&
          (OneOf(n_[k].lemma, {"may", "might", "could", "should", "can", "must"}) ||
           (n_[k].lemma == "would" && RelationBase(n_[w].rel) != "ccomp")))
        return true;
    }
    std::string_view base = RelationBase(n_[w].rel);
    // "rejected Trump's offer to send(acl) troops": an act offered,
    // proposed, planned or threatened is not done (parley's conventions; a
    // "decision to suspend talks" is, and is coded).
    if (ParleyConventions() && UnrealisedActClause(w)) return true;
    // "warned the West against sending(advcl) troops", "voted against
    // imposing sanctions": an act warned or argued against is not done.
    // (a gerund: VerbForm=Ger, or a present participle)
    const std::string_view feats = n_[w].feats;
    if (ParleyConventions() && n_[w].upos == "VERB" &&
        (feats.find("VerbForm=Ger") != std::string::npos ||
         (feats.find("VerbForm=Part") != std::string::npos &&
          feats.find("Tense=Pres") != std::string::npos)))
      for (int k : n_[w].kids)
        if ((n_[k].rel == "mark" || n_[k].rel == "case") && n_[k].lemma == "against") return true;
    // "Iran has to release(xcomp) the prisoners", "Russia needs to
    // negotiate", "is likely to attack": an obligation or a likelihood, not
    // an event (parley's conventions).
    // ("Israel had to withdraw" in 2000 did withdraw: "have" only in the
    // present)
    if (ParleyConventions() && base == "xcomp" && n_[w].head >= 0 &&
        (OneOf(n_[n_[w].head].lemma, {"need", "likely", "unlikely"}) ||
         OneOf(n_[n_[w].head].form, {"has", "have"})))
      return true;
    // "Britain demanded that Iran free(ccomp) the journalist": what one
    // demands be done, in the base form, is not done (yet).
    if (ParleyConventions() && base == "ccomp" && n_[w].head >= 0 &&
        OneOf(n_[n_[w].head].lemma, {"demand", "insist", "ask", "urge", "request", "require",
                                     "propose", "suggest", "recommend", "order"}) &&
        (n_[w].feats.find("VerbForm=Inf") != std::string::npos ||
         Lower(n_[w].form) == n_[w].lemma) &&
        Child(w, "aux") < 0)
      return true;
    // "Obama wants Putin to attack(xcomp) Switzerland", "The ICJ ordered
    // Israel to allow(xcomp) aid": what one wishes, orders or asks another
    // to do is not done (yet).
    if (ParleyConventions() && base == "xcomp" && n_[w].head >= 0 &&
        OneOf(n_[n_[w].head].lemma,
              {"want",   "wish",    "hope",     "expect",   "like",   "order",  "urge",
               "ask",    "tell",    "instruct", "call",     "demand", "invite", "encourage",
               "advise", "request", "press",    "pressure", "direct", "appeal"}) &&
        Child(n_[w].head, "obj") >= 0)
      return true;
    // (a purpose infinitive is as real as the act it serves: "offer to send
    // troops to fight(advcl) cartels")
    const bool purpose = base == "advcl" && ParleyConventions() && Child(w, "mark") >= 0 &&
                         n_[Child(w, "mark")].lemma == "to";
    // (and so is a gerund of the way it is done: "unless New Delhi does
    // better in providing(advcl) security")
    const bool manner =
        base == "advcl" && ParleyConventions() && Child(w, "mark") >= 0 &&
        OneOf(n_[Child(w, "mark")].lemma, {"in", "by"}) &&
        (sent_.words[w].xpos == "VBG" || n_[w].feats.find("VerbForm=Ger") != std::string::npos);
    if (base != "conj" && base != "xcomp" && !purpose && !manner) break;
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
  const std::vector<Mention> m = SpeakerMentions(p);
  return m.empty() ? "" : m[0].code;
}

std::vector<Mention> SentenceCoder::SpeakerMentions(int p) {
  auto subject = [&](int v) -> std::vector<Mention> {
    int s = Child(v, "nsubj");
    if (s < 0) return {};
    return ResolveConj(s);
  };
  for (int w = p, guard = 0; w >= 0 && guard < 16; ++guard) {
    int h = n_[w].head;
    // "..., according to the Palestinian health ministry."
    for (int k : n_[w].kids)
      if (RelationBase(n_[k].rel) == "obl" && HasCase(k, "according")) {
        std::vector<Mention> m = ResolveConj(k);
        if (!m.empty()) return m;
      }
    if (h < 0) {
      // "Gunmen abducted 20 students, police said": the report closes the
      // sentence as a parataxis of its root.
      for (int k : n_[w].kids)
        if (k > p && n_[k].rel == "parataxis" && IsReportingVerb(n_[k].lemma)) return subject(k);
      return {};
    }
    std::string_view base = RelationBase(n_[w].rel);
    if ((base == "ccomp" || base == "parataxis") && IsReportingVerb(n_[h].lemma)) return subject(h);
    // (a clause of the reported act is reported too: "attacked ..., killing
    // four officers, the governor said")
    if (base != "conj" && base != "xcomp" && base != "advcl") return {};
    w = h;
  }
  return {};
}

std::vector<Mention> SentenceCoder::TransformationTargets(const std::vector<Mention>& targets,
                                                          int inner,
                                                          const dict::VerbTransformation& t) const {
  if (!targets.empty() || ParleyConventions() || t.inner_target == "_") return targets;
  Mention null_actor;
  null_actor.code = "---";
  null_actor.head = inner;
  SpanOf(inner, &null_actor);
  return {null_actor};
}

bool SentenceCoder::ObjectControlBlocksCombination(const Coded& outer, const Coded& inner) const {
  int o = Child(outer.r->word, "obj");
  if (n_[inner.r->word].rel != "xcomp" || o < 0 || !IsNominal(n_[o])) return false;
  // An appeal to the object ("urged Eriador to respond", 02x) is an act
  // towards it whatever it asks for: the appeal's code stands.
  if (outer.r->code.rfind("02", 0) == 0) return false;
  long value = 0;
  return opt_.pico->ValueOf(inner.r->code, &value) && value >= 0x1000;
}

bool SentenceCoder::DiscardApplies(const dict::DiscardMatch& d) const {
  if (ParleyConventions() || d.begin >= d.end || d.end > sent_.words.size()) return true;
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
  // Location: the country of the place the act happens in (PlaceCountry),
  // and the words naming it, also when the target is that country ("a
  // Russian drone struck a residential building in Odesa": UKR, "Odesa", for
  // geocoding).
  // (A target that is one of several places, "struck targets in Yemen,
  // Lebanon and Syria", is its own place, not the first one's.)
  int first = t.head;
  for (int guard = 0; first >= 0 && n_[first].rel == "conj" && n_[first].head >= 0 && guard < 16;
       ++guard)
    first = n_[first].head;
  bool one_of_places = first != t.head && (HasCase(first, "in") || HasCase(first, "at"));
  if (const std::string& place = PlaceCountry(p); !place.empty() && !one_of_places) {
    e.location = place;
    // (and the words that name the place: "in the city of Kharkiv")
    if (place_first_ >= 0) {
      const uint32_t start = sent_.words[place_first_].start, end = sent_.words[place_last_].end;
      e.location_span = {start, end};
      e.location_text = std::string(doc_.slice(start, end));
    }
  }
  for (auto it = out->rbegin();
       it != out->rend() && it->sentence_index == e.sentence_index && it->doc_id == e.doc_id; ++it)
    if (it->source == e.source && it->target == e.target && it->code == e.code) return;
  RememberTitledName(s);
  RememberTitledName(t);
  if (opt_.coreference && !negated) {
    CorefMemory::Utterance* said = e.root_code == "10"   ? &coref_->demand
                                   : e.root_code == "11" ? &coref_->accusation
                                   : e.root_code == "13" ? &coref_->threat
                                   : e.root_code == "17" ? &coref_->coercion
                                   : e.root_code == "16" ? &coref_->sanction
                                   : e.root_code == "02" || e.root_code == "03" ? &coref_->proposal
                                   : e.code == "055"                            ? &coref_->apology
                                                                                : nullptr;
    if (said != nullptr) *said = {s, index_, t};
    // (and a truce agreed: "Israel and Hamas agreed to a ceasefire. The
    // United States welcomed the agreement")
    if ((e.code == "057" || e.code == "0871") && s.has_actor && t.has_actor)
      coref_->agreement = {s, index_, t};
    if (e.root_code == "15") coref_->force_show = {s, index_, t};
    if (e.code == "116") coref_->verdict = {s, index_, t};
    if (e.code == "042") coref_->visit = {s, index_, t};
    if (e.code == "043") coref_->visit = {t, index_, s};
    if (e.root_code != "01") {
      if (coref_->act.speaker.code.compare(0, 3, s.code, 0, 3) != 0)
        coref_->other_act = coref_->act;
      coref_->act = {s, index_, t};
    }
    // (civilians are no side: "imposing sanctions on him and his family(CVL)")
    if (e.root_code >= "11" && e.root_code <= "20" && s.has_actor && t.has_actor &&
        s.code != t.code && !HoldsRole(t.code, "CVL")) {
      coref_->conflict_source = s;
      coref_->conflict_target = t;
      coref_->conflict_sentence = index_;
    }
  }
  if (opt_.coreference && !negated && IsAttackCode(e.root_code)) {
    coref_->last_attacker = s;
    coref_->last_attacked = t;
    coref_->last_attack_sentence = index_;
    if (index_ <= 1 && coref_->lead_attacker.code.empty()) coref_->lead_attacker = s;
  }
  for (const Mention* m : {&s, &t}) {
    const std::string_view country = m->has_actor ? CountryInCode(m->code) : "";
    std::vector<std::string>& seen = coref_->event_countries;
    if (!country.empty() && std::find(seen.begin(), seen.end(), country) == seen.end())
      seen.emplace_back(country);
  }
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
    if (r.consumes(k)) continue;
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
// xcomp, or a to-infinitive the parser hung on the object). An appeal or
// demand (CAMEO 02, 10) asks whoever it names, object or not ("called on
// China to pressure Russia"): its infinitive is what is asked for, not done.
// Likewise the gerund of a criticism or accusation (CAMEO 11: "accused the
// RSF of killing civilians") is what is alleged: its doer is not the
// accuser, and the act is not established.
void SentenceCoder::SuppressControlledInfinitives(const std::vector<PredicateResult>& preds,
                                                  const std::vector<int>& pred_of,
                                                  std::vector<bool>* suppressed) const {
  for (size_t i = 0; i < preds.size(); ++i) {
    const PredicateResult& r = preds[i];
    if ((*suppressed)[i] || !IsEventCode(r.code)) continue;
    int obj = Child(r.word, "obj");
    bool asks = !opt_.pico && (r.code.rfind("02", 0) == 0 || r.code.rfind("10", 0) == 0);
    // (and a criminal charge, whatever its code: "charged a man with
    // helping(advcl) Russia's intelligence services")
    bool accuses =
        !opt_.pico &&
        (r.code.rfind("11", 0) == 0 ||
         (ParleyConventions() && OneOf(n_[r.word].lemma, {"charge", "indict", "convict"})));
    // (nor is one's own act promised or threatened: "pledged to expel Hamas
    // leaders" is the pledge, "threatened to raise tariffs" the threat;
    // parley's conventions)
    bool intends = !opt_.pico && ParleyConventions() &&
                   (r.code.rfind("03", 0) == 0 || r.code.rfind("13", 0) == 0);
    // (nor an option considered: "is considering sending(advcl) troops to
    // Gaza", the gerund read as an adverbial clause)
    bool considers = !opt_.pico && ParleyConventions() && r.code.rfind("014", 0) == 0;
    if ((obj < 0 || !IsNominal(n_[obj])) && !asks && !accuses && !intends && !considers) continue;
    std::vector<int> infinitives;
    // (PETRARCH mode folds an xcomp into the asking verb instead:
    // CombineClauseChains and the transformations.)
    for (int k : n_[r.word].kids)
      if ((n_[k].rel == "xcomp" && !opt_.pico) ||
          ((asks || intends) && RelationBase(n_[k].rel) == "advcl" && IsInfinitivalPurpose(k)) ||
          (considers && k > r.word && RelationBase(n_[k].rel) == "advcl" &&
           (sent_.words[k].xpos == "VBG" ||
            n_[k].feats.find("VerbForm=Ger") != std::string::npos) &&
           Child(k, "mark") < 0 && Child(k, "nsubj") < 0))
        infinitives.push_back(k);
    for (int k : obj < 0 ? std::vector<int>{} : n_[obj].kids)
      if (RelationBase(n_[k].rel) == "acl" && n_[k].rel != "acl:relcl" && IsInfinitivalPurpose(k))
        infinitives.push_back(k);
    if (accuses) {
      std::vector<int> heads{r.word};
      if (obj >= 0) heads.push_back(obj);
      std::vector<int> accused;  // what one is accused of, and all it holds
      for (int h : heads)
        for (int k : n_[h].kids)
          // (not a verb of saying after a comma without "of" or "for": the
          // source's own next statement, "summoned the British ambassador,
          // accusing London of hostile actions")
          if (k > r.word &&
              ((OneOf(RelationBase(n_[k].rel), {"advcl", "acl"}) && n_[k].rel != "acl:relcl" &&
                sent_.words[k].xpos == "VBG" &&
                !(Child(k, "mark") < 0 && n_[k - 1].form == "," &&
                  RelationBase(n_[k].rel) == "advcl" &&
                  OneOf(n_[k].lemma, {"accuse", "blame", "call", "demand", "urge", "warn", "say",
                                      "describe", "vow", "threaten"}))) ||
               // (or read as a noun phrase: "of sheltering(amod)
               // militants(nmod)")
               (RelationBase(n_[k].rel) == "nmod" && HasCase(k, "of") && Child(k, "amod") >= 0 &&
                sent_.words[Child(k, "amod")].xpos == "VBG")))
            accused.push_back(k);
      // ("accused Kabul of sheltering militants who have killed(relcl)
      // soldiers": the accusation only)
      // (but for a denial of it all: "of sheltering militants, which(obj)
      // Kabul denies(relcl)" answers the accusation)
      // (or "a charge(compound of Kyiv) Kyiv denies(relcl)", the charge
      // read as part of the subject's name)
      auto charge_in_subject = [&](int v) {
        const int s = Child(v, "nsubj");
        if (s < 0 || Child(v, "obj") >= 0) return false;
        for (int c : n_[s].kids)
          if (c < s && n_[c].rel == "compound" && IsAccusationNoun(n_[c].lemma)) return true;
        return false;
      };
      for (size_t j = 0; j < accused.size() && accused.size() < 256; ++j)
        for (int k : n_[accused[j]].kids)
          if (!(n_[k].rel == "acl:relcl" &&
                OneOf(n_[k].lemma, {"deny", "reject", "dispute", "refute"}) &&
                ((Child(k, "obj") >= 0 && n_[Child(k, "obj")].lemma == "which") ||
                 charge_in_subject(k))))
            accused.push_back(k);
      infinitives.insert(infinitives.end(), accused.begin(), accused.end());
    }
    // (and what they go on to: "accused the US of plotting to invade(xcomp)
    // Venezuela" is the accusation only; and what is asked besides: "called
    // on partners to send air defence and to tighten(conj) sanctions")
    for (size_t j = 0; j < infinitives.size(); ++j)
      for (int k : n_[infinitives[j]].kids)
        if ((n_[k].rel == "xcomp" || (asks && ParleyConventions() && n_[k].rel == "conj" &&
                                      IsVerbal(n_[k]) && Child(k, "nsubj") < 0)) &&
            infinitives.size() < 64)
          infinitives.push_back(k);
    for (int k : infinitives)
      if (pred_of[k] >= 0 && static_cast<size_t>(pred_of[k]) != i) (*suppressed)[pred_of[k]] = true;
  }
}

}  // namespace parley::code::internal
