// SentenceCoder: noun phrases to actors (sentence_coder.h).
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
  // "Saudi Crown Prince Mohammed bin Salman", "Israel's Mossad chief": an
  // actor of the first one's own country is the more specific name
  // (SAUGOV, ISRSPY; not SAU, ISR).
  if (ParleyConventions() && chosen >= 0 && actors_[chosen].kind == ActorKind::kCountry) {
    const std::string country = actors_[chosen].code;
    for (int w : inner) {
      const int a = actor_at_[w];
      if (a >= 0 && a != chosen && !HyphenAfter(actors_[a].end) &&
          actors_[a].code.size() > country.size() && actors_[a].code.rfind(country, 0) == 0) {
        chosen = a;
        break;
      }
    }
  }
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
  // "warned the United States against military action", "a military
  // operation in Rafah": a role word that only modifies a noun of an act
  // names no party (not in PETRARCH's conventions, whose "military action"
  // is MIL).
  if (ParleyConventions() && chosen < 0 && modifier_agents.size() == agent_list.size() &&
      IsActOfStateNoun(n_[h].lemma))
    agent_list.clear();
  // "seized the Galaxy Leader, a cargo ship": a ship's name names no role.
  if (ParleyConventions() && chosen < 0 && n_[h].upos == "PROPN") {
    bool ship = false;
    for (int k : n_[h].kids)
      ship = ship || (n_[k].rel == "appos" &&
                      OneOf(n_[k].lemma, {"ship", "vessel", "tanker", "carrier", "freighter",
                                          "boat", "yacht", "ferry", "liner"}));
    if (ship) agent_list.clear();
  }
  // "entered Taiwan's air defence zone" hits TWN, not its military.
  if (ParleyConventions() && modifier_agents.size() == agent_list.size() &&
      IsClaimedZoneNoun(n_[h].lemma))
    agent_list.clear();
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
        // "Indian and Pakistani troops", with "Pakistani troops" one name
        // (PAKMIL): the head's agent belongs to every conjunct.
        int g = agent_at_[h];
        if (static_cast<int>(actors_[a].begin) <= h && h < static_cast<int>(actors_[a].end) &&
            g >= 0 &&
            std::find(agent_list.begin(), agent_list.end(), agents_[g].agent) == agent_list.end()) {
          agent_list.push_back(agents_[g].agent);
          agent_codes->push_back(agents_[g].agent->code);
        }
      }
  } else {
    // "the ambassadors of X, Y and Z", "the government of Gondor": the actor sits
    // in a prepositional modifier of the head.
    for (int k : n_[h].kids) {
      if (n_[k].rel != "nmod" || n_[k].upos == "PRON") continue;
      // "of" always ("the population of Gondor"); in/from/for only after a role
      // noun ("officials in Kabul"), not after an event noun ("an attack in X").
      // (Not the "of" of an attack, which names whom it hit: "the invasion
      // of Iraq provided cover" is no act of Iraq.)
      bool of = HasCase(k, "of") && !IsAttackNoun(h);
      bool role = !agent_list.empty();
      if (!(of || (role && (HasCase(k, "in") || HasCase(k, "from") || HasCase(k, "for")))))
        continue;
      // ("police in Brussels": the country of the place, BELCOP, not the
      // EU its name stands for when it acts; "peacekeepers in Lebanon" are
      // no one's there, ForeignByDefinition)
      if (role && (HasCase(k, "in") || HasCase(k, "at")) && ForeignByDefinition(h)) continue;
      if (role && (HasCase(k, "in") || HasCase(k, "at"))) {
        std::vector<int> words;
        InnerSet(k, &words);
        if (const std::string& country = PlaceNameCountry(words); !country.empty()) {
          bases.push_back({country, ActorKind::kCountry});
          break;
        }
      }
      std::vector<Mention> sub = ResolveConj(k);
      for (const Mention& m : sub)
        if (m.has_actor) bases.push_back({PrepActorBase(m, &pp_agents), m.kind});
      if (!bases.empty()) break;
    }
  }
  std::vector<Mention> out;
  if (bases.empty() && agent_list.empty()) {
    // "Hundreds of migrants", "thousands of protesters": a number noun
    // stands for what it counts.
    if ((IsCountingNoun(n_[h].lemma) || n_[h].lemma == "ten") && n_[h].upos != "NUM") {
      for (int k : n_[h].kids)
        if (n_[k].rel == "nmod" && HasCase(k, "of")) return ResolveOne(k, agent_only, agent_codes);
      // "Thousands rallied in Tbilisi": people, when nothing says who (not
      // in PETRARCH's conventions).
      if (ParleyConventions() && n_[h].feats.find("Number=Plur") != std::string::npos &&
          Child(h, "nummod") < 0 && OneOf(n_[h].lemma, {"hundred", "thousand", "dozen"}) &&
          RelationBase(n_[h].rel) == "nsubj" && n_[h].head >= 0 && IsVerbal(n_[n_[h].head])) {
        Mention m;
        m.head = h;
        m.has_agent = true;
        m.code = "CVL";
        SpanOf(h, &m);
        *agent_only = true;
        agent_codes->push_back("CVL");
        out.push_back(m);
      }
    }
    return out;
  }
  if (bases.empty()) *agent_only = true;
  auto combine = [&](const std::string& base, ActorKind kind) {
    std::string code = base;
    for (const dict::Agent* a : agent_list) {
      if (HasCodePart(code, a->code) && !a->prefix) continue;
      // "al-Shabaab fighters", "ISIS militants": an armed group's fighters
      // are the group (SOMINSSHB, not SOMINSSHBREB; parley's conventions);
      // so are those of a named group in power ("Taliban fighters", AFGGOVTAL).
      if (ParleyConventions() && (kind == ActorKind::kGroup || code.size() >= 9) && !a->prefix &&
          OneOf(a->code, {"REB", "INS", "SEP"}) && code.size() > 3 &&
          !IsRegionCode(std::string_view(code).substr(0, 3)))
        continue;
      // "Putin's opponents", "Maduro's critics": a government's opposition
      // is its country's (RUSOPP, not RUSGOVOPP).
      if (ParleyConventions() && a->code == "OPP" && !a->prefix && code.size() == 6 &&
          OneOf(std::string_view(code).substr(3), {"GOV", "ELI"}))
        code.resize(3);
      code = dict::ApplyAgent(code, *a);
    }
    return code;
  };
  if (bases.empty()) {
    Mention m;
    m.head = h;
    m.has_agent = true;
    std::string code = combine("", ActorKind::kOther);
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
    m.code = combine(base, kind);
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

std::string OwnedAgentCode(const std::string& code, ActorKind kind,
                           const std::vector<std::string>& agents) {
  if (kind == ActorKind::kGroup || kind == ActorKind::kIgo) return code;
  // (a country's institution's agents are the country's: "Russia's defence
  // ministry (RUSGOV) said its air defences" RUSMIL)
  std::string out =
      kind == ActorKind::kOther || (!agents.empty() && code.size() > 3) ? code.substr(0, 3) : code;
  for (const std::string& a : agents)
    if (out.find(a) == std::string::npos) out += a;
  return out;
}

bool SentenceCoder::KoreaNamedBefore(int x) const {
  auto korean = [](const std::string& code) {
    return code.compare(0, 3, "KOR") == 0 || code.compare(0, 3, "PRK") == 0;
  };
  for (int w = x - 1; w >= 0; --w)
    if (actor_at_[w] >= 0 && korean(actors_[actor_at_[w]].code)) return true;
  for (const CorefMemory::Entry& e : coref_->recent)
    if (index_ - e.sentence <= 3 && korean(e.code)) return true;
  return false;
}

Mention SentenceCoder::LatestActorOfKind(int x, ActorKind kind) {
  Mention m;
  m.head = x;
  SpanOf(x, &m);
  for (int w = x - 1; w >= 0 && !m.has_actor; --w) {
    const int a = actor_at_[w];
    if (a < 0 || actors_[a].kind != kind || actors_[a].code.empty()) continue;
    m.code = actors_[a].code;
    m.kind = kind;
    m.has_actor = true;
  }
  for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend() && !m.has_actor; ++it)
    if (it->kind == kind && !it->role_only && !it->code.empty()) {
      m.code = it->code;
      m.kind = kind;
      m.has_actor = true;
    }
  return m;
}

// The actors *all that pronoun m stands for, placed at the pronoun (its
// word and span), into *group when asked; returns the first.
Mention SentenceCoder::AsPronoun(std::vector<Mention>* all, const Mention& m,
                                 std::vector<Mention>* group) {
  for (Mention& x : *all) {
    x.head = m.head;
    x.start = m.start;
    x.end = m.end;
  }
  if (group != nullptr) *group = *all;
  return all->front();
}

Mention SentenceCoder::ResolvePronoun(int h, std::vector<Mention>* group, std::string_view as) {
  Mention m;
  m.head = h;
  SpanOf(h, &m);
  if (!opt_.coreference) return m;
  std::string_view f = as.empty() ? std::string_view(n_[h].form) : as;
  bool person = IsPersonPronoun(f);
  bool thing = IsThingPronoun(f);
  bool plural = IsPluralPronoun(f);
  if (!person && !thing && !plural) return m;
  // "\"We are ready to negotiate,\" Lavrov said": "we" in a quote is the
  // speaker's side.
  if (f == "we" || f == "us") {
    std::vector<Mention> speaker = QuoteSpeaker(h);
    if (!speaker.empty() && speaker[0].has_actor) {
      // (the speaker's side, not a spokesman's role: "NASA spokesman" USAGOV)
      m.code = speaker[0].base.empty() ? speaker[0].code : speaker[0].base;
      m.kind = speaker[0].kind;
      m.has_actor = true;
      return m;
    }
  }
  // "stripped 135 political prisoners of their citizenship and expelled
  // them": "them" as the object of a verb coordinated after one with a
  // plural object stands for that object, a role naming no actor too
  // (parley's conventions).
  if (f == "them" && ParleyConventions() && RelationBase(n_[h].rel) == "obj" && n_[h].head >= 0 &&
      n_[n_[h].head].rel == "conj" && n_[n_[h].head].head >= 0) {
    const int first = Child(n_[n_[h].head].head, "obj");
    if (first >= 0 && first < h && n_[first].upos == "NOUN" &&
        n_[first].feats.find("Number=Plur") != std::string::npos) {
      std::vector<Mention> all = ResolveConj(first);
      if (!all.empty() && (all[0].has_actor || all[0].has_agent)) return AsPronoun(&all, m, group);
    }
  }
  // "The Houthis, who control much of northern Yemen, said they had fired",
  // "The government rejected the proposal, saying it would not": "they" or
  // "it" as the subject of what a speaker says (a plural one, or one naming
  // no person) is the speaker, not a nearer actor.
  if ((plural || thing) && ParleyConventions() && RelationBase(n_[h].rel) == "nsubj") {
    const int clause = n_[h].head;
    const int say = clause >= 0 && n_[clause].rel == "ccomp" ? n_[clause].head : -1;
    int speaker = say >= 0 && IsReportingVerb(n_[say].lemma) ? Child(say, "nsubj") : -1;
    // (a gerund of saying speaks for its verb's subject: "..., saying it")
    if (say >= 0 && speaker < 0 && IsReportingVerb(n_[say].lemma) &&
        RelationBase(n_[say].rel) == "advcl" && n_[say].head >= 0)
      speaker = Child(n_[say].head, "nsubj");
    const bool speaker_plural =
        speaker >= 0 &&
        (n_[speaker].feats.find("Number=Plur") != std::string::npos || Child(speaker, "conj") >= 0);
    // (or a state named by its name: "China warned the United States that
    // it would retaliate" is China's retaliation)
    const bool speaker_thing = speaker >= 0 && !speaker_plural &&
                               (IsInstitutionNoun(n_[speaker].lemma) ||
                                (thing && NamesAState(speaker, ResolveConj(speaker))));
    if (speaker >= 0 && speaker < h && (plural ? speaker_plural : speaker_thing)) {
      std::vector<Mention> all = ResolveConj(speaker);
      // (a role the speaker names without its state is still the speaker:
      // "The air force said it had shot down 98 drones", not the state named
      // last)
      if (!all.empty() && (all[0].has_actor || all[0].has_agent)) return AsPronoun(&all, m, group);
    }
  }
  // "said he had spoken to both leaders and urged them": "they" stands for
  // "both ..." or "the two ..." named nearer than any actor name (the two
  // actors those words stand for).
  if (plural && ParleyConventions())
    for (int w = h - 1; w >= 0 && actor_at_[w] < 0; --w) {
      const int det = Child(w, "det"), nummod = Child(w, "nummod");
      if (n_[w].upos != "NOUN" || n_[w].feats.find("Number=Plur") == std::string::npos || det < 0 ||
          !(n_[det].lemma == "both" ||
            (n_[det].lemma == "the" && nummod >= 0 && n_[nummod].lemma == "two")))
        continue;
      std::vector<Mention> two = ResolveConj(w);
      if (two.size() >= 2 && two[0].has_actor && two[1].has_actor) return AsPronoun(&two, m, group);
      break;
    }
  // The nearest compatible actor earlier in the same sentence ("Obama said he
  // would ...", "Ethiopia indicated it would ...", "The Sudanese army said
  // it had ...": an actor modifying a noun stands with that noun's phrase).
  // A subject pronoun looks for a subject first ("Iran sponsors Syrian
  // terrorism, it is funding Hezbollah": Iran; parley's conventions).
  const bool subject_pronoun = ParleyConventions() && RelationBase(n_[h].rel) == "nsubj";
  auto is_subject = [&](int x) {
    for (int guard = 0; n_[x].rel == "conj" && n_[x].head >= 0 && guard < 8; ++guard)
      x = n_[x].head;
    return RelationBase(n_[x].rel) == "nsubj";
  };
  // An object pronoun is not its own verb's subject ("Jordan and the UAE
  // condemned it": neither; parley's conventions).
  int own_subject = -1;
  // (only "it": "them" stands for things as often as not, "Iran wants them";
  // but not what is fired at or on: "Hezbollah fired a missile at them")
  const bool aimed_at = f == "them" && RelationBase(n_[h].rel) == "obl" &&
                        (HasCase(h, "at") || HasCase(h, "on") || HasCase(h, "against"));
  if (ParleyConventions() &&
      ((f == "it" && OneOf(RelationBase(n_[h].rel), {"obj", "iobj"})) || aimed_at) &&
      n_[h].head >= 0) {
    bool is_target = false;
    own_subject = SubjectWord(n_[h].head, &is_target);
    if (is_target) own_subject = -1;
  }
  // (the subject's head, conjuncts and name words; not an owner or a phrase
  // in it: "Putin's opponents accused him" may be Putin)
  auto in_own_subject = [&](int x) {
    for (int guard = 0; x >= 0 && guard < 32; x = n_[x].head, ++guard) {
      if (x == own_subject) return true;
      if (x == n_[h].head ||
          !OneOf(RelationBase(n_[x].rel), {"conj", "compound", "flat", "amod", "appos"}))
        return false;
    }
    return false;
  };
  for (int pass = subject_pronoun ? 0 : 1; pass < 2; ++pass)
    for (int w = h - 1; w >= 0; --w) {
      int a = actor_at_[w];
      if (a < 0 || actors_[a].code.empty() || actors_[a].code == "---") continue;
      if (own_subject >= 0 && in_own_subject(w)) continue;
      // ("Police in Delhi said they": the role the place's country holds,
      // INDCOP, not the place)
      if (const int role = n_[w].head; plural && ParleyConventions() && role >= 0 && role < h &&
                                       RelationBase(n_[w].rel) == "nmod" &&
                                       (HasCase(w, "in") || HasCase(w, "at")) &&
                                       actor_at_[role] < 0 && agent_at_[role] >= 0 &&
                                       n_[role].feats.find("Number=Plur") != std::string::npos &&
                                       actors_[a].kind == ActorKind::kCountry) {
        bool agent_only = false;
        std::vector<std::string> agents;
        std::vector<Mention> ms = ResolveOne(role, &agent_only, &agents);
        if (!agents.empty() && !ms.empty()) {
          m.code = ms[0].has_actor ? ms[0].code
                                   : OwnedAgentCode(actors_[a].code, actors_[a].kind, agents);
          m.kind = ActorKind::kOther;
          m.has_actor = true;
          return m;
        }
      }
      // (a place where something happens is no subject's antecedent: "Iran
      // ... is behind the action in Iraq, it is funding Hezbollah"; a role's
      // place is: "the government in Kabul said it")
      if (const int head = n_[w].head; ParleyConventions() && RelationBase(n_[h].rel) == "nsubj" &&
                                       OneOf(RelationBase(n_[w].rel), {"obl", "nmod"}) &&
                                       (HasCase(w, "in") || HasCase(w, "at")) &&
                                       !(head >= 0 && agent_at_[head] >= 0))
        continue;
      int phrase = w;
      // ("Ukraine's air force said it": the owner stands with the phrase too,
      // or alone when the phrase does not fit: "Russia's president said it")
      const bool owner = n_[w].rel == "nmod:poss";
      if (n_[w].rel == "compound" || n_[w].rel == "flat" || n_[w].rel == "amod" || owner) {
        phrase = n_[w].head;
        if (phrase < 0 || phrase >= h || actor_at_[phrase] >= 0 || !IsNominal(n_[phrase])) {
          if (!owner) continue;
          phrase = w;
        }
      }
      std::vector<Mention> ms;
      bool ok = false;
      std::vector<int> candidates{phrase};
      if (owner && phrase != w) candidates.push_back(w);
      for (int candidate : candidates) {
        bool agent_only = false;
        std::vector<std::string> agents;
        ms = ResolveOne(candidate, &agent_only, &agents);
        if (ms.empty() || !ms[0].has_actor) continue;
        // An official or an agent is a person ("The Russian foreign minister
        // said he ..."), unless the phrase names an institution ("The Sudanese
        // army said it ...").
        // (A name with "the" is an institution: "The Pentagon said it".)
        const int det = Child(candidate, "det");
        bool named_institution = !ms[0].has_agent && det >= 0 && n_[det].lemma == "the";
        // (or a person's own entry whatever the code: "Grossi"(IGOUNOIAE)
        // said he)
        bool is_person =
            ((ms[0].has_agent || ms[0].kind == ActorKind::kOther) &&
             !IsInstitutionNoun(n_[candidate].lemma) && !named_institution &&
             !(!ms[0].has_agent && IsOrganisationCode(ms[0].code))) ||
            (actor_at_[candidate] >= 0 && IsPersonEntry(actors_[actor_at_[candidate]]));
        ok = person ? is_person : thing ? !is_person : true;
        // "he", "she" and "it" stand for no plural phrase ("Taliban extremists"),
        // but a state's plural name is one state ("The United States said it").
        if (!plural && !NamesAState(candidate, ms) &&
            n_[candidate].feats.find("Number=Plur") != std::string::npos)
          ok = false;
        if (ok) {
          phrase = candidate;
          break;
        }
      }
      if (!ok || (pass == 0 && !is_subject(phrase))) continue;
      if (plural && group != nullptr) {
        int first = phrase;
        while (n_[first].rel == "conj" && n_[first].head >= 0) first = n_[first].head;
        std::vector<Mention> all = ResolveConj(first);
        if (!all.empty()) return AsPronoun(&all, m, group);
      }
      m.code = ms[0].code;
      m.kind = ms[0].kind;
      m.has_actor = true;
      return m;
    }
  if (coref_->recent.empty()) return m;
  // ("Saudi Arabia condemned the vote. Jordan also condemned it": "it" judged
  // is an act, no actor of an earlier sentence; parley's conventions)
  if (ParleyConventions() && f == "it" && RelationBase(n_[h].rel) == "obj" && n_[h].head >= 0 &&
      OneOf(n_[n_[h].head].lemma, {"condemn", "criticize", "criticise", "denounce", "deplore",
                                   "welcome", "praise", "hail", "reject", "slam", "applaud"}))
    return m;
  // "Russian forces attacked Kyiv. They also struck ...": "they" stands for
  // an actor the last sentence named by a plural noun, else for the latest
  // actor ("we" and "us" are the speaker's side, whatever their number).
  // A third-person pronoun subject prefers the last sentence's subject
  // ("Iran's foreign minister met his Omani counterpart. He thanked Oman":
  // the minister).
  const uint32_t last = coref_->recent.back().sentence;
  bool they = f == "they" || f == "them";
  // ("Russia and Ukraine held talks in Istanbul. They agreed to exchange
  // prisoners": the conjoined subjects of the sentence before, together)
  if (they && group != nullptr && ParleyConventions() && index_ - last <= 1) {
    std::vector<Mention> joint;
    for (const CorefMemory::Entry& e : coref_->recent) {
      if (e.sentence != last || !e.joint || e.role_only || e.place) continue;
      if (std::any_of(joint.begin(), joint.end(),
                      [&](const Mention& x) { return x.code == e.code; }))
        continue;
      Mention x = m;
      x.code = e.code;
      x.kind = e.kind;
      x.has_actor = true;
      joint.push_back(x);
    }
    if (joint.size() >= 2) return AsPronoun(&joint, m, group);
  }
  bool subject = RelationBase(n_[h].rel) == "nsubj" && (person || thing || they);
  for (int pass = 0; pass < 3; ++pass)
    for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend(); ++it) {
      // (a role naming no actor for "they" or "them" right after it:
      // "Protesters stormed the parliament. Police opened fire on them"; a
      // place for no pronoun: "... in Kathmandu")
      if (it->role_only && (it->definite_only || !(they && it->sentence == last))) continue;
      if (it->place) continue;
      if (pass == 0 && !(subject && it->subject && it->sentence == last)) continue;
      if (pass == 1 && !(they && it->plural && it->sentence == last)) continue;
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

// The speaker of a sentence that quotes (a quotation mark in it, and a
// reporting verb at its root or closing it), unless word h is in the
// speaker's own phrase; none otherwise.
std::vector<Mention> SentenceCoder::QuoteSpeaker(int h) {
  std::string_view text = doc_.slice(sent_.start, sent_.end);
  if (text.find('"') == std::string_view::npos &&
      text.find("\xe2\x80\x9c") == std::string_view::npos)
    return {};
  int root = -1;
  for (int i = 0; i < static_cast<int>(n_.size()) && root < 0; ++i)
    if (n_[i].head < 0) root = i;
  if (root < 0) return {};
  int say = IsReportingVerb(n_[root].lemma) ? root : -1;
  for (int k : n_[root].kids)
    if (say < 0 && n_[k].rel == "parataxis" && IsReportingVerb(n_[k].lemma)) say = k;
  const int s = say < 0 ? -1 : Child(say, "nsubj");
  if (s < 0) return {};
  for (int w = h, guard = 0; w >= 0 && guard < 64; w = n_[w].head, ++guard)
    if (w == s) return {};
  return ResolveConj(s);
}

// "The Pakistani Taliban claimed responsibility for a suicide bombing that
// killed ...": whoever claims an attack naming no actor carried it out.
std::vector<Mention> SentenceCoder::ClaimantOf(int attack) {
  if (!IsAttackNoun(attack) &&
      !OneOf(n_[attack].lemma, {"bomb", "killing", "murder", "assassination", "kidnapping",
                                "abduction", "beheading", "execution"}))
    return {};
  const int resp = n_[attack].head;
  if (resp < 0 || n_[resp].lemma != "responsibility" || !HasCase(attack, "for")) return {};
  const int verb = n_[resp].head;
  if (verb < 0 || !OneOf(n_[verb].lemma, {"claim", "accept", "admit", "take"})) return {};
  const int s = Child(verb, "nsubj");
  return s < 0 ? std::vector<Mention>{} : ResolveConj(s);
}

// Resolves a noun phrase head and its conjuncts to mentions (unresolved
// conjuncts are dropped). Conjuncts with only an agent share the actor of
// another conjunct ("Danish media and government" -> DNKMED, DNKGOV).
std::vector<Mention> SentenceCoder::ResolveConj(int h) {
  std::vector<int> heads{h};
  for (size_t i = 0; i < heads.size(); ++i)
    for (int k : n_[heads[i]].kids) {
      // (a conjunct with a place's preposition of its own is where, not
      // who: "meeting Zelensky but only in(case) Moscow")
      const bool own_place = ParleyConventions() && (HasCase(k, "in") || HasCase(k, "at")) &&
                             !HasCase(heads[i], "in") && !HasCase(heads[i], "at");
      if ((n_[k].rel == "conj" && !IsVerbal(n_[k]) && !own_place) ||
          (n_[k].rel == "appos" && actor_at_[k] >= 0))
        heads.push_back(k);
      // "The Republic of Korea(nmod) and Japan(conj of Korea)": a conjunct
      // the parser hung on the last word of a name that ends in an "of"
      // phrase is the name's conjunct (parley's conventions).
      if (RelationBase(n_[k].rel) == "nmod" && ParleyConventions() && actor_at_[k] >= 0 &&
          actor_at_[k] == actor_at_[heads[i]])
        for (int c : n_[k].kids)
          if (n_[c].rel == "conj" && !IsVerbal(n_[c]) && actor_at_[c] != actor_at_[k])
            heads.push_back(c);
    }
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
        // (through a clause of saying: "which Kinshasa says is backed")
        for (int up = 0; up < 2 && clause >= 0 && n_[clause].rel == "ccomp"; ++up)
          clause = n_[clause].head;
        if (clause >= 0 && RelationBase(n_[clause].rel) == "acl" && n_[clause].head >= 0) {
          std::vector<Mention> ante = ResolveConj(n_[clause].head);
          if (ante.empty() && ParleyConventions()) ante = ClaimantOf(n_[clause].head);
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
      // "Russia said its forces ...": a subject's agent owned by a pronoun is
      // the agent of the actor the pronoun stands for. (Not an object's: "X
      // withdrew its troops" is no dyad, and "crowds burned its embassy"
      // too often names the wrong owner.)
      if (int poss = Child(x, "nmod:poss"); part.agent_only && opt_.coreference && poss >= 0 &&
                                            !OwnerPronoun(n_[poss].form).empty() &&
                                            RelationBase(n_[h].rel) == "nsubj") {
        Mention owner = ResolvePronoun(poss, nullptr, OwnerPronoun(n_[poss].form));
        if (owner.has_actor) {
          part.mentions[0].code = OwnedAgentCode(owner.code, owner.kind, part.agents);
          part.mentions[0].has_actor = true;
          part.mentions[0].kind = owner.kind;
          part.agent_only = false;
        }
      }
      // "Pakistani forces killed 15 militants, the army said": the speaker
      // named by its role belongs to the first actor of the sentence that
      // holds that role or is a country ("An Israeli airstrike killed a
      // Hamas commander, the military said": ISRMIL): the report is usually
      // its subject's side. (PETRARCH leaves "the ministry said" ---GOV.)
      if (part.agent_only && opt_.coreference && ParleyConventions() && Child(x, "det") >= 0 &&
          n_[Child(x, "det")].lemma == "the" && RelationBase(n_[x].rel) == "nsubj" &&
          n_[x].head >= 0 && IsReportingVerb(n_[n_[x].head].lemma)) {
        // (a governor or mayor speaks for the place: "A Ukrainian drone
        // attack set fire to an oil depot in Russia's Bryansk region, the
        // governor said": RUSGOV)
        if (OneOf(n_[x].lemma, {"governor", "mayor"}))
          for (int w = 0; w < x && part.agent_only; ++w) {
            const int a = actor_at_[w];
            if (a < 0 || actors_[a].kind != ActorKind::kCountry || actors_[a].code.size() < 3)
              continue;
            int phrase = w;
            while (n_[phrase].head >= 0 &&
                   (OneOf(RelationBase(n_[phrase].rel), {"compound", "flat", "amod"}) ||
                    n_[phrase].rel == "nmod:poss"))
              phrase = n_[phrase].head;
            if (!HasCase(phrase, "in")) continue;
            part.mentions[0].code =
                OwnedAgentCode(actors_[a].code.substr(0, 3), ActorKind::kCountry, part.agents);
            part.mentions[0].has_actor = true;
            part.mentions[0].kind = ActorKind::kCountry;
            part.agent_only = false;
          }
        for (int w = 0; w < x && part.agent_only; ++w) {
          if (!OneOf(n_[w].upos, {"NOUN", "PROPN"}) ||
              OneOf(RelationBase(n_[w].rel), {"compound", "flat", "amod"}))
            continue;
          bool w_agent_only = false;
          std::vector<std::string> w_agents;
          std::vector<Mention> ms = ResolveOne(w, &w_agent_only, &w_agents);
          if (ms.empty() || !ms[0].has_actor) continue;
          const std::string& code = ms[0].code;
          const bool same_role = HoldsAnyRole(code, part.agents);
          if (!same_role && ms[0].kind != ActorKind::kCountry) continue;
          part.mentions[0].code =
              same_role ? code
                        : OwnedAgentCode(code.substr(0, 3), ActorKind::kCountry, part.agents);
          part.mentions[0].has_actor = true;
          part.mentions[0].kind = ms[0].kind;
          part.agent_only = false;
        }
      }
      // "Netanyahu met Trump ... The two leaders discussed Iran": "the two"
      // of a role are the two latest actors holding it; "the two countries"
      // (sides, neighbours) the two latest countries (actors).
      const bool two_countries = part.mentions.empty() &&
                                 OneOf(n_[x].lemma, {"country", "nation", "neighbour", "neighbor"});
      // ("the warring parties", "warring factions": the two sides)
      // (tagged an adjective or a noun: amod or compound)
      bool warring = false;
      if (OneOf(n_[x].lemma, {"side", "party", "faction"}))
        for (int k : n_[x].kids)
          warring = warring || (k < x && (n_[k].rel == "amod" || n_[k].rel == "compound") &&
                                OneOf(n_[k].form, {"warring", "Warring"}));
      const int det = Child(x, "det"), nummod = Child(x, "nummod");
      // ("urged restraint from all parties", "both parties": the sides, not
      // political parties)
      // (not "all political parties")
      bool modified = false;
      for (int k : n_[x].kids)
        modified = modified || (k < x && OneOf(RelationBase(n_[k].rel), {"amod", "compound"}));
      const bool all_parties = n_[x].lemma == "party" && det >= 0 && nummod < 0 && !modified &&
                               OneOf(n_[det].lemma, {"all", "both"});
      warring = warring || all_parties;
      const bool two_sides = (part.mentions.empty() && n_[x].lemma == "side") || warring;
      // (and "both sides": "The UN accused both sides of targeting civilians")
      const bool the_two =
          det >= 0 && n_[det].lemma == "the" && nummod >= 0 && n_[nummod].lemma == "two";
      // (and "all sides" of a fight: "urged all sides to show restraint")
      const bool both = det >= 0 && nummod < 0 &&
                        (n_[det].lemma == "both" || (n_[det].lemma == "all" && two_sides));
      if ((part.agent_only || two_countries || two_sides) && opt_.coreference &&
          ParleyConventions() && (the_two || both || warring)) {
        // Subjects first: "Pakistan and Afghanistan agreed ... after talks
        // mediated by Turkey and Qatar. The two neighbours have clashed".
        std::vector<const CorefMemory::Entry*> two;
        // (the two latest countries of this sentence when it names two but
        // the subject of the verb x serves: "Ethiopia and Somalia agreed ...
        // after Turkey mediated talks between the two countries")
        CorefMemory::Entry here[2]{};
        if (two_countries && the_two && RelationBase(n_[x].rel) != "nsubj") {
          int verb = n_[x].head;
          while (verb >= 0 && !IsVerbal(n_[verb])) verb = n_[verb].head;
          // (the codes the subject and its conjuncts are named by)
          std::vector<std::string> excluded;
          bool is_target = false;
          const int s = verb >= 0 ? SubjectWord(verb, &is_target) : -1;
          if (s >= 0) {
            std::vector<int> subjects{s};
            for (int k : n_[s].kids)
              if (n_[k].rel == "conj") subjects.push_back(k);
            for (int w : subjects)
              if (actor_at_[w] >= 0) excluded.push_back(actors_[actor_at_[w]].code);
          }
          int found = 0;
          for (int w = x - 1; w >= 0 && found < 2; --w) {
            const int a = actor_at_[w];
            if (a < 0 || actors_[a].kind != ActorKind::kCountry || actors_[a].code.empty() ||
                std::find(excluded.begin(), excluded.end(), actors_[a].code) != excluded.end() ||
                (found == 1 && here[0].code == actors_[a].code))
              continue;
            here[found].code = actors_[a].code;
            here[found].kind = ActorKind::kCountry;
            ++found;
          }
          if (found == 2) two = {&here[1], &here[0]};
        }
        for (int pass = 0; pass < 2 && two.size() < 2; ++pass) {
          two.clear();
          for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend() && two.size() < 2;
               ++it) {
            // (warring parties are armed, or governments: not their mediators)
            const bool fits =
                warring ? WarringParty(it->code)
                : part.agent_only
                    ? HoldsAnyRole(it->code, part.agents)
                    : two_sides || it->kind == ActorKind::kCountry ||
                          (two_countries && it->code.size() > 3 &&
                           dicts_.IsCountryCode(std::string_view(it->code).substr(0, 3)));
            // (a country's own, not its agents': "Indian jets" is India; and
            // "Indian and Pakistani troops" name the two countries)
            auto same = [&](const CorefMemory::Entry* e) {
              return two_countries ? e->code.compare(0, 3, it->code, 0, 3) == 0
                                   : e->code == it->code;
            };
            // (not a place: "held talks in Istanbul. The two sides agreed")
            // (subjects from the last three sentences, others the last two)
            if (fits && !it->role_only && !it->place && !it->topic && (pass == 1 || it->subject) &&
                index_ - it->sentence <= (pass == 0 ? 3u : 2u) && (two.empty() || !same(two[0])))
              two.push_back(&*it);
          }
        }
        // ("both sides" of a fight are those of the latest attack coded:
        // "Israeli strikes killed 104 people ... [Mediators] called on both
        // sides to show restraint")
        const Mention &attacker = coref_->last_attacker, &attacked = coref_->last_attacked;
        CorefMemory::Entry sides[2]{};
        if (two_sides && attacker.has_actor && attacked.has_actor && attacker.code.size() >= 3 &&
            attacked.code.size() >= 3 && attacker.code.compare(0, 3, attacked.code, 0, 3) != 0) {
          sides[0].code = attacker.code;
          sides[0].kind = attacker.kind;
          sides[1].code = attacked.code;
          sides[1].kind = attacked.kind;
          two = {&sides[0], &sides[1]};
        } else if (two_sides && coref_->conflict_source.has_actor &&
                   coref_->conflict_target.has_actor && index_ > coref_->conflict_sentence &&
                   index_ - coref_->conflict_sentence <= 3 &&
                   (!warring || (WarringParty(coref_->conflict_source.code) &&
                                 WarringParty(coref_->conflict_target.code)))) {
          // (else those of the latest conflict: "The government accused the
          // TPLF of violating the agreement ... urged both sides")
          sides[0].code = coref_->conflict_source.code;
          sides[0].kind = coref_->conflict_source.kind;
          sides[1].code = coref_->conflict_target.code;
          sides[1].kind = coref_->conflict_target.kind;
          two = {&sides[0], &sides[1]};
        }
        // (a rebel group at war with no other party named is at war with
        // its state: "the warring parties" of Sudan after RSF attacks)
        if (warring && two.size() == 1 && IsRebelGroupCode(two[0]->code) &&
            dicts_.IsCountryCode(std::string_view(two[0]->code).substr(0, 3))) {
          sides[0].code = two[0]->code.substr(0, 3);
          sides[0].kind = ActorKind::kCountry;
          two.push_back(&sides[0]);
        }
        // ("host talks between the warring parties" with no fight known: no
        // actor, not political parties)
        if (warring && two.size() != 2) {
          part.mentions.clear();
          part.agent_only = false;
        }
        if (two.size() == 2) {
          Mention base;
          if (part.mentions.empty()) {
            base.head = x;
            SpanOf(x, &base);
          } else {
            base = part.mentions[0];
          }
          part.mentions.clear();
          for (const CorefMemory::Entry* e : two) {
            part.mentions.push_back(base);
            part.mentions.back().code = two_countries ? e->code.substr(0, 3) : e->code;
            part.mentions.back().has_actor = true;
            part.mentions.back().kind = two_countries ? ActorKind::kCountry : e->kind;
          }
          part.agent_only = false;
        }
      }
      // "the two countries' foreign ministers": a role owned by "the two
      // countries" is each one's (CHNGOV and JPNGOV).
      if (const int poss = Child(x, "nmod:poss");
          part.agent_only && opt_.coreference && ParleyConventions() && poss >= 0 &&
          Child(poss, "nummod") >= 0 && n_[Child(poss, "nummod")].lemma == "two") {
        std::vector<Mention> owners = ResolveConj(poss);
        if (owners.size() == 2 && owners[0].has_actor && owners[1].has_actor) {
          const Mention base = part.mentions[0];
          part.mentions.clear();
          for (const Mention& o : owners) {
            part.mentions.push_back(base);
            part.mentions.back().code =
                OwnedAgentCode(o.code.substr(0, 3), ActorKind::kCountry, part.agents);
            part.mentions.back().has_actor = true;
            part.mentions.back().kind = ActorKind::kCountry;
          }
          part.agent_only = false;
        }
      }
      // Definite descriptions: "the ministry", "the insurgents".
      // (not "the international community"(IGO), which is no one's)
      if (part.agent_only && opt_.coreference && Child(x, "det") >= 0 &&
          n_[Child(x, "det")].lemma == "the" && !coref_->recent.empty() &&
          !(ParleyConventions() &&
            std::find(part.agents.begin(), part.agents.end(), "IGO") != part.agents.end())) {
        bool group_role = false;
        for (const std::string& a : part.agents)
          if (IsArmedOrOppositionRole(a)) group_role = true;
        // ("Sudan's paramilitary RSF shelled ... The army accused the RSF":
        // "the army" and "the military" are a state's named in the last three
        // sentences, unless named so)
        // (and "the armed forces")
        bool armed = false;
        for (int k : n_[x].kids) armed = armed || (n_[k].rel == "amod" && n_[k].lemma == "armed");
        const bool state_force = ParleyConventions() && (OneOf(n_[x].lemma, {"army", "military"}) ||
                                                         (n_[x].lemma == "force" && armed));
        if (state_force) group_role = false;
        // (the state named earlier in the same sentence first: "members of
        // the US Senate who have a child serving in the military", "President
        // Nicolas Maduro ordered the military to mobilize")
        for (int w = x - 1; w >= 0 && state_force && part.agent_only; --w) {
          const int a = actor_at_[w];
          if (a < 0 || actors_[a].kind == ActorKind::kGroup || actors_[a].kind == ActorKind::kIgo)
            continue;
          const std::string_view country = CountryInCode(actors_[a].code);
          if (country.empty()) continue;
          part.mentions[0].code =
              OwnedAgentCode(std::string(country), ActorKind::kCountry, part.agents);
          part.mentions[0].has_actor = true;
          part.mentions[0].kind = ActorKind::kCountry;
          part.agent_only = false;
        }
        // "Ukraine's foreign ministry summoned ... The ministry accused":
        // an actor named by the same head noun first; then one holding the
        // same role in the last two sentences ("Israeli troops raided ...
        // The soldiers arrested": ISRMIL); else the latest of the kind.
        const CorefMemory::Entry* same_head = nullptr;
        for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend() && !same_head; ++it)
          // (or a role that an event gave a country: "killed 12
          // militants(PAKREB) ... The militants had attacked")
          if (it->head == n_[x].lemma && (!it->role_only || it->code.size() > 3)) same_head = &*it;
        // ("called on the mediators": a third party is no one merely named
        // before or holding the role; only mediators named so before)
        const bool third_party = n_[x].lemma == "mediator";
        for (auto it = coref_->recent.rbegin();
             it != coref_->recent.rend() && !same_head && !third_party; ++it)
          if (index_ - it->sentence <= 2 && HoldsAnyRole(it->code, part.agents)) same_head = &*it;
        for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend() && part.agent_only;
             ++it) {
          if (same_head != nullptr && &*it != same_head) continue;
          if (same_head == nullptr && third_party) break;
          bool ok = same_head != nullptr ||
                    (group_role ? it->kind == ActorKind::kGroup : it->kind == ActorKind::kCountry);
          if (same_head == nullptr && state_force && index_ - it->sentence > 3) ok = false;
          if (!ok) continue;
          part.mentions[0].code = OwnedAgentCode(it->code, it->kind, part.agents);
          part.mentions[0].has_actor = true;
          part.mentions[0].kind = it->kind;
          part.agent_only = false;
          break;
        }
      }
      // "Ukraine's air force said ... Air defenses shot down most of them": a
      // bare plural role as a subject is the actor holding that role in the
      // last three sentences ("Georgian police detained ... [two sentences
      // later] riot police used water cannon": GEOCOP; not in PETRARCH's
      // conventions).
      if (part.agent_only && opt_.coreference && ParleyConventions() && Child(x, "det") < 0 &&
          Child(x, "nmod:poss") < 0 && RelationBase(n_[x].rel) == "nsubj" &&
          (n_[x].feats.find("Number=Plur") != std::string::npos || n_[x].lemma == "police"))
        for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend() && part.agent_only;
             ++it)
          if (index_ - it->sentence <= 3 && it->kind == ActorKind::kCountry &&
              HoldsAnyRole(it->code, part.agents)) {
            part.mentions[0].code = it->code;
            part.mentions[0].has_actor = true;
            part.mentions[0].kind = it->kind;
            part.agent_only = false;
            break;
          }
    }
    // "airstrikes on the group's positions": an owner standing for an
    // earlier actor ("the group", "the ministry") is the phrase's actor.
    if (part.mentions.empty() && opt_.coreference && ParleyConventions()) {
      int poss = Child(x, "nmod:poss");
      // "Iran's president said his country would ...": the owner's country.
      if (poss >= 0 && OneOf(n_[x].lemma, {"country", "nation"}) &&
          !OwnerPronoun(n_[poss].form).empty()) {
        Mention owner = ResolvePronoun(poss, nullptr, OwnerPronoun(n_[poss].form));
        if (owner.has_actor && owner.kind == ActorKind::kCountry) {
          owner.code = owner.code.substr(0, 3);
          owner.head = x;
          SpanOf(x, &owner);
          part.mentions.push_back(owner);
        }
      }
      // "The Nigerian military said its airstrikes(nsubj) killed ...": an
      // attack as a subject is its owner's.
      if (poss >= 0 && part.mentions.empty() && IsAttackNoun(x) &&
          RelationBase(n_[x].rel) == "nsubj" && !OwnerPronoun(n_[poss].form).empty()) {
        Mention owner = ResolvePronoun(poss, nullptr, OwnerPronoun(n_[poss].form));
        if (owner.has_actor) {
          owner.head = x;
          SpanOf(x, &owner);
          part.mentions.push_back(owner);
        }
      }
      if (poss >= 0 && n_[poss].upos != "PRON" && Child(poss, "det") >= 0) {
        std::vector<Mention> owner = ResolveConj(poss);
        if (!owner.empty() && owner[0].has_actor) {
          Mention m = owner[0];
          m.head = x;
          SpanOf(x, &m);
          part.mentions.push_back(m);
        }
      }
    }
    // "Kallas said the bloc was preparing sanctions": a definite "bloc" or
    // "alliance" the dictionaries do not know stands for the latest
    // intergovernmental organisation, named in the same sentence first.
    if (part.mentions.empty() && opt_.coreference && ParleyConventions() && Child(x, "det") >= 0 &&
        n_[Child(x, "det")].lemma == "the" &&
        n_[x].feats.find("Number=Plur") == std::string::npos && IsIgoDescriptionNoun(n_[x].lemma)) {
      const Mention m = LatestActorOfKind(x, ActorKind::kIgo);
      if (m.has_actor) part.mentions.push_back(m);
    }
    // "Iranian state television said the country had executed a man": a
    // definite "country" or "nation" as a subject stands for the latest
    // country named, in the same sentence first (not a place left or fled:
    // "people who have left the country").
    if (part.mentions.empty() && opt_.coreference && ParleyConventions() && Child(x, "det") >= 0 &&
        n_[Child(x, "det")].lemma == "the" && OneOf(n_[x].lemma, {"country", "nation"}) &&
        RelationBase(n_[x].rel) == "nsubj" &&
        n_[x].feats.find("Number=Plur") == std::string::npos && Child(x, "amod") < 0 &&
        Child(x, "compound") < 0 && Child(x, "nmod") < 0) {
      Mention m = LatestActorOfKind(x, ActorKind::kCountry);
      if (m.has_actor && m.code.size() >= 3) {
        m.code.resize(3);  // the country, not its agents
        part.mentions.push_back(m);
      }
    }
    // "South Korea urged the North to return to talks": "the North" and "the
    // South", proper nouns alone, are the two Koreas once either is named
    // (in the sentence or a recent one); "the two Koreas" are both.
    if (opt_.coreference && ParleyConventions()) {
      const std::string& form = n_[x].form;
      std::vector<std::string_view> codes;
      if (part.mentions.empty() && n_[x].upos == "PROPN" && OneOf(form, {"north", "south"}) &&
          Child(x, "det") >= 0 && n_[Child(x, "det")].lemma == "the" && Child(x, "compound") < 0 &&
          Child(x, "amod") < 0 && KoreaNamedBefore(x))
        codes.push_back(form == "north" ? "PRK" : "KOR");
      else if (form == "koreas")
        codes = {"KOR", "PRK"};
      if (!codes.empty()) {
        Mention m;
        m.head = x;
        SpanOf(x, &m);
        m.kind = ActorKind::kCountry;
        m.has_actor = true;
        part.mentions.clear();
        part.agent_only = false;
        for (std::string_view code : codes) {
          m.code = std::string(code);
          part.mentions.push_back(m);
        }
      }
    }
    // "The Islamic State claimed the attack. The group also seized ...": a
    // definite group noun the dictionaries do not know stands for the
    // latest armed or political group.
    // (also one a role word describes: "the militant(REB) group", the
    // Islamic State named before it)
    const bool described_group =
        part.agent_only && ParleyConventions() && !part.mentions.empty() &&
        std::all_of(part.agents.begin(), part.agents.end(), [](const std::string& a) {
          return OneOf(a, {"REB", "INS", "SEP", "UAF"});
        });
    if ((part.mentions.empty() || described_group) && opt_.coreference && Child(x, "det") >= 0 &&
        n_[Child(x, "det")].lemma == "the" &&
        n_[x].feats.find("Number=Plur") == std::string::npos &&
        IsGroupDescriptionNoun(n_[x].lemma)) {
      std::vector<Mention> role_only;
      role_only.swap(part.mentions);
      // (the nearest group named before it in the same sentence first:
      // "Israel struck Hezbollah depots, accusing the group of rearming")
      for (int w = x - 1; w >= 0 && part.mentions.empty() && ParleyConventions(); --w) {
        const int a = actor_at_[w];
        if (a < 0 || actors_[a].kind != ActorKind::kGroup || actors_[a].code.empty() ||
            actors_[a].code == "---")
          continue;
        Mention m;
        m.head = x;
        SpanOf(x, &m);
        m.code = actors_[a].code;
        m.kind = actors_[a].kind;
        m.has_actor = true;
        part.mentions.push_back(m);
      }
      for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend() && part.mentions.empty();
           ++it) {
        if (it->kind != ActorKind::kGroup) continue;
        Mention m;
        m.head = x;
        SpanOf(x, &m);
        m.code = it->code;
        m.kind = it->kind;
        m.has_actor = true;
        part.mentions.push_back(m);
        break;
      }
      if (part.mentions.empty())
        part.mentions.swap(role_only);
      else
        part.agent_only = false;
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
        // (not to a role with a name of its own the dictionaries miss:
        // "Tiger guerrillas and the Indian force")
        bool own_name = false;
        for (int k : n_[p.head].kids)
          own_name = own_name || (k < p.head && n_[k].upos == "PROPN" &&
                                  OneOf(RelationBase(n_[k].rel), {"compound", "amod", "flat"}));
        if (own_name && ParleyConventions()) continue;
        std::vector<Mention> shared;
        // ("the army and the RSF": a state's role beside an armed group of
        // its country is the country's, SDNMIL, not the group's)
        const bool state_role =
            std::all_of(p.agents.begin(), p.agents.end(), [](const std::string& a) {
              return OneOf(a, {"MIL", "COP", "GOV"});
            });
        for (const Mention& dm : donor->mentions) {
          std::string code = dm.base;
          if (ParleyConventions() && state_role && !p.agents.empty() &&
              dm.kind == ActorKind::kGroup && code.size() > 3 &&
              dicts_.IsCountryCode(code.substr(0, 3)))
            code = code.substr(0, 3);
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
  // (a day or month is a time the parser took for a party: "released
  // Tuesday")
  if (IsDayName(n.form) || IsMonthName(n.form)) return;
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

}  // namespace parley::code::internal
