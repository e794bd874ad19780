// SentenceCoder: the tree view of a sentence and the coding of it (sentence_coder.h).
#include "parley/code/sentence_coder.h"

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

namespace parley::code::internal {

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
  // (--trace shows the tree the coder reads: the parse after its repairs)
  if (opt_.trace)
    for (size_t i = 0; i < n_.size(); ++i)
      fprintf(stderr, "  [%s] tree %zu %s %s %d %s\n", doc_.id.c_str(), i + 1, n_[i].form.c_str(),
              std::string(n_[i].upos).c_str(), n_[i].head + 1, std::string(n_[i].rel).c_str());
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

// "China warned that it would retaliate if the United States raised
// tariffs": a threat naming no party is made to the subject of its condition.
// "Japan lodged a protest after Chinese ships entered its waters", "recalled
// its ambassador after Russia's strikes": a complaint, demand, rejection or
// cut of ties naming no party answers the subject of the act it follows.
std::vector<Mention> SentenceCoder::ThreatenedParty(int p, const Coded& c) {
  // ("warned the West against sending troops", the West parsed as the
  // gerund's subject: a warning, 012, to the subject of what it warns of)
  const bool threat = c.r->code.compare(0, 2, "13") == 0;
  const bool warning = c.r->code == "012";
  // (and a show of force: "Japan scrambled fighter jets after Russian
  // bombers flew near its airspace")
  const bool answer =
      OneOf(std::string_view(c.r->code).substr(0, 2), {"10", "11", "12", "15", "16"});
  if (!threat && !answer && !warning) return {};
  // (the condition's clause within a few arcs of the threat, however the
  // parser hung it: "threatened to respond if NATO deployed(ccomp of
  // respond)")
  auto below = [&](int k) {
    for (int x = n_[k].head, steps = 0; x >= 0 && steps < 3; x = n_[x].head, ++steps)
      if (x == p) return true;
    return false;
  };
  for (int mark = 0; mark < static_cast<int>(n_.size()); ++mark) {
    const int k = n_[mark].head;
    if (k < 0 || RelationBase(n_[mark].rel) != "mark" ||
        !(threat    ? OneOf(n_[mark].lemma, {"if", "unless", "against"})
          : warning ? n_[mark].lemma == "against"
                    : n_[mark].lemma == "after") ||
        !below(k))
      continue;
    const int subject = Child(k, "nsubj");
    if (subject < 0) continue;
    std::vector<Mention> parties = ResolveConj(subject);
    parties.erase(std::remove_if(parties.begin(), parties.end(),
                                 [&](const Mention& m) {
                                   return !m.has_actor ||
                                          std::any_of(
                                              c.sources.begin(), c.sources.end(),
                                              [&](const Mention& s) { return s.code == m.code; });
                                 }),
                  parties.end());
    return parties;
  }
  return {};
}

bool SentenceCoder::CountedPeople(int w) const {
  if (Child(w, "nummod") >= 0) return true;
  for (int k : n_[w].kids)
    if (OneOf(RelationBase(n_[k].rel), {"amod", "det"}) &&
        OneOf(n_[k].lemma, {"several", "many", "dozens", "hundreds", "thousands", "scores"}))
      return true;
  // ("hundreds of people": the people of a quantity noun)
  const int h = n_[w].head;
  return h >= 0 && RelationBase(n_[w].rel) == "nmod" &&
         (IsCountingNoun(n_[h].lemma) || n_[h].lemma == "number");
}

bool SentenceCoder::IsPersonEntry(const dict::ActorMatch& m) {
  // An official's entry (parley's officials files, whatever the code:
  // "Grossi" IGOUNOIAE), or a country's role whose codes change with dates
  // (PETRARCH's persons).
  if (m.actor == nullptr) return false;
  return m.actor->origin.find("officials") != std::string::npos ||
         (m.kind == ActorKind::kOther && !m.actor->codes.empty());
}

void SentenceCoder::MatchNameAliases() {
  const size_t n = std::min(n_.size(), sent_.words.size());
  std::vector<char> covered(n, 0);
  for (const dict::ActorMatch& m : actors_)
    for (uint32_t w = m.begin; w < m.end && w < n; ++w) covered[w] = 1;
  const size_t named = actors_.size();  // the dictionary's own matches
  auto name_word = [&](size_t i) { return i < n && IsNameAlias(sent_.words[i].form); };
  for (size_t i = 0; i < n; ++i) {
    // (a word alone: not inside another name, "Austin Powers")
    if (covered[i] || !name_word(i) || !OneOf(n_[i].upos, {"PROPN", "NOUN"}) ||
        (i > 0 && name_word(i - 1)) || name_word(i + 1))
      continue;
    auto it = coref_->aliases.find(n_[i].form);
    if (it == coref_->aliases.end() || it->second.ambiguous || it->second.sentence >= index_)
      continue;
    dict::ActorMatch m;
    m.begin = static_cast<uint32_t>(i);
    m.end = m.begin + 1;
    m.actor = it->second.actor;
    m.code = it->second.code;
    m.kind = it->second.kind;
    actors_.push_back(std::move(m));
  }
  for (size_t k = 0; k < named; ++k) {
    const dict::ActorMatch& m = actors_[k];
    if (!IsPersonEntry(m) || m.code.empty()) continue;
    std::vector<uint32_t> words;
    for (uint32_t w = m.begin; w < m.end && w < n; ++w)
      if (name_word(w)) words.push_back(w);
    if (words.size() < 2) continue;
    std::vector<std::string> remembered;
    for (uint32_t w : {words.front(), words.back()})
      if (IsRememberedNameWord(sent_.words, w)) remembered.push_back(n_[w].form);
    coref_->RememberName(remembered, m.actor, m.code, m.kind, index_);
  }
}

void SentenceCoder::RememberTitledName(const Mention& m) {
  const int h = m.head;
  if (!opt_.coreference || h < 0 || static_cast<size_t>(h) >= n_.size() ||
      static_cast<size_t>(h) >= sent_.words.size() || !m.has_agent || m.kind == ActorKind::kGroup ||
      m.kind == ActorKind::kIgo || m.code.size() < 6 ||
      !dicts_.IsCountryCode(std::string_view(m.code).substr(0, 3)) || n_[h].upos != "PROPN" ||
      n_[h].feats.find("Number=Plur") != std::string::npos)
    return;
  // (the phrase's last word, through its flat and compound words)
  int last = h;
  for (bool grew = true; grew;) {
    grew = false;
    for (int k : n_[last].kids)
      if (k > last && static_cast<size_t>(k) < sent_.words.size() &&
          OneOf(RelationBase(n_[k].rel), {"flat", "compound"})) {
        last = k;
        grew = true;
      }
  }
  int first = last + 1;
  while (first - 1 >= 0 && first - 1 >= h - 4 && n_[first - 1].upos == "PROPN" &&
         IsNameAlias(sent_.words[first - 1].form) && agent_at_[first - 1] < 0 &&
         actor_at_[first - 1] < 0)
    --first;
  if (last - first + 1 < 2) return;
  std::vector<std::string> name;
  for (int w : {first, last})
    if (IsRememberedNameWord(sent_.words, w)) name.push_back(n_[w].form);
  coref_->RememberName(name, nullptr, m.code, m.kind, index_);
}

bool SentenceCoder::AlongWith(int w) const {
  for (int k : n_[w].kids)
    if (RelationBase(n_[k].rel) == "case" && n_[k].lemma == "with" && k > 0 &&
        OneOf(n_[k - 1].lemma, {"along", "together"}))
      return true;
  return false;
}

bool SentenceCoder::HasCase(int w, std::string_view prep) const {
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
// parley's "cut off aid"; its particles also after the object: "handed three
// suspects over").
bool SentenceCoder::IntroducedBy(int w, const PatternElement& e) const {
  std::vector<std::string> single;
  const std::vector<std::string>& preps = e.preps.empty() ? single : e.preps;
  if (e.preps.empty()) single.push_back(e.prep);
  for (const std::string& prep : preps) {
    if (HasCase(w, prep)) return true;
    int h = n_[w].head;
    if (h < 0 || n_[w].rel != "obj") continue;
    for (int k : n_[h].kids)
      if (n_[k].rel == "compound:prt" && (k < w || e.prep_may_be_particle) && n_[k].lemma == prep)
        return true;
    // parley's "hand over suspects" also in "handed over(advmod) three suspects",
    // where the parser read "over three" as "more than three".
    if (e.prep_may_be_particle && h + 1 < w && n_[h + 1].rel == "advmod" && n_[h + 1].lemma == prep)
      return true;
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

// "a strict Islamic state": a name ending in a word written in lower case
// under an indefinite article is a common noun phrase, not the group.
bool SentenceCoder::IndefiniteCommonNoun(const dict::ActorMatch& m) const {
  if (m.end < m.begin + 2 || m.end > n_.size()) return false;
  const std::string& last = sent_.words[m.end - 1].form;
  if (last.empty() || !std::islower(static_cast<unsigned char>(last[0]))) return false;
  for (uint32_t w = m.begin; w < m.end; ++w)
    for (int k : n_[w].kids)
      if (n_[k].rel == "det" && OneOf(n_[k].lemma, {"a", "an"})) return true;
  return false;
}

// "agreed to a ceasefire after talks mediated by Qatar": a mediation
// participle without a target of its own mediates between the subjects of
// the predicate whose phrase it modifies.
std::vector<Mention> SentenceCoder::MediatedParties(const Coded& c,
                                                    const std::vector<Coded>& coded) const {
  const int p = c.r->word;
  if (opt_.pico || !mediation_word_[p] || !OneOf(RelationBase(n_[p].rel), {"acl", "amod"}))
    return {};
  int v = n_[p].head;
  for (int guard = 0; v >= 0 && guard < 8 && !IsVerbal(n_[v]); ++guard) {
    if (!OneOf(RelationBase(n_[v].rel), {"obl", "obj", "nmod"})) return {};
    v = n_[v].head;
  }
  if (v < 0) return {};
  // (the verb governing an act agreed to: "agreed(v) to restore relations in
  // a deal brokered by China", where only the agreement is coded)
  const int governing = OneOf(n_[v].rel, {"xcomp", "ccomp"}) ? n_[v].head : -1;
  for (const int verb : {v, governing})
    for (const Coded& other : coded) {
      if (verb < 0 || other.r->word != verb || other.sources.empty() || &other == &c) continue;
      // (Parties: two or more conjoined subjects, "Israel and Hamas agreed";
      // a subject alone may be the mediated deal's reporter.)
      std::vector<Mention> parties;
      for (const Mention& m : other.sources)
        if (m.code != c.sources[0].code) parties.push_back(m);
      return parties.size() >= 2 ? parties : std::vector<Mention>{};
    }
  return {};
}

namespace {

// A CAMEO code -> code table keyed by prefix: the first row whose prefix
// starts `code` gives the value; "" when none does.
using PrefixTable = std::pair<std::string_view, std::string_view>;
template <size_t N>
std::string ByPrefix(const PrefixTable (&table)[N], const std::string& code) {
  for (const auto& [prefix, value] : table)
    if (code.compare(0, prefix.size(), prefix) == 0) return std::string(value);
  return "";
}

}  // namespace

// The CAMEO appeal (02x, when `ask` is 020), demand (10x, when `ask` is
// 100) or intent (03x, when `ask` is 030) for an act asked of another or
// promised: "" when none is more specific than the ask itself. The first
// prefix of `act` listed wins.
std::string SentenceCoder::AskedFor(const std::string& ask, const std::string& act) {
  static const PrefixTable kAppeals[] = {
      {"061", "0211"}, {"062", "0212"}, {"063", "0213"}, {"064", "0214"}, {"06", "021"},
      {"071", "0231"}, {"072", "0232"}, {"073", "0233"}, {"074", "0234"}, {"07", "023"},
      {"081", "0251"}, {"083", "024"},  {"084", "0253"}, {"085", "0254"}, {"086", "0255"},
      {"087", "0256"}, {"08", "025"},   {"04", "026"},   {"05", "022"}};
  static const PrefixTable kDemands[] = {
      {"061", "1011"}, {"062", "1012"}, {"063", "1013"}, {"064", "1014"}, {"071", "1031"},
      {"072", "1032"}, {"073", "1033"}, {"074", "1034"}, {"07", "103"},   {"081", "1051"},
      {"082", "1052"}, {"084", "1053"}, {"085", "1054"}, {"086", "1055"}, {"0871", "107"},
      {"0874", "106"}, {"087", "1056"}, {"04", "108"},   {"05", "102"}};
  // (a hostile act promised is threatened: "agreed to impose sanctions on
  // Belarus" 1312, "vowed to strike Iran" 138)
  static const PrefixTable kIntents[] = {
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"},
      {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
      {"081", "0351"}, {"082", "0352"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
      {"087", "0356"}, {"08", "035"},   {"045", "037"},  {"04", "036"},   {"162", "1311"},
      {"163", "1312"}, {"16", "1313"},  {"17", "137"},   {"18", "138"},   {"19", "138"},
      {"20", "138"}};
  // (and a threat to do so, more specific: "threatened to trigger the
  // snapback of sanctions" 1312)
  static const PrefixTable kThreats[] = {{"162", "1311"}, {"163", "1312"}, {"16", "1313"},
                                         {"17", "137"},   {"18", "138"},   {"19", "138"},
                                         {"20", "138"}};
  if (ask == "100") return ByPrefix(kDemands, act);
  if (ask == "030") return ByPrefix(kIntents, act);
  if (ask == "130") return ByPrefix(kThreats, act);
  return ByPrefix(kAppeals, act);
}

// The refusal (12x) that "will not" or "would not" make of a yielding or a
// meeting: "Ukraine will not cede territory" 124, "would not release the
// hostages" 1243, "will not meet" 125; "" for other codes and tenses.
std::string SentenceCoder::RefusalOf(const PredicateResult& r, int p) const {
  if (!ParleyConventions() || opt_.pico || !Future(p)) return "";
  static const PrefixTable kRefusals[] = {{"081", "1241"}, {"082", "1242"}, {"084", "1243"},
                                          {"085", "1244"}, {"086", "1245"}, {"087", "1246"},
                                          {"08", "124"},   {"04", "125"}};
  return ByPrefix(kRefusals, r.code);
}

// Whether p is said to happen later: "will attack", "'ll strike", a
// reported "would strike" (in a complement of saying).
bool SentenceCoder::Future(int p) const {
  // ("Israel is set to strike Iran", "is expected to release hostages on
  // Monday": what is set or scheduled is to come)
  if (const int h = n_[p].head;
      h >= 0 && n_[p].rel == "xcomp" &&
      (OneOf(n_[h].lemma, {"set", "poised", "due", "scheduled", "schedule", "slated", "slate"}) ||
       (n_[h].lemma == "expect" && Child(h, "aux:pass") >= 0)))
    return true;
  for (int k : n_[p].kids) {
    if (n_[k].rel != "aux") continue;
    if (OneOf(n_[k].lemma, {"will", "shall"}) || n_[k].form == "'ll") return true;
    if (n_[k].lemma == "would" && RelationBase(n_[p].rel) == "ccomp") return true;
  }
  return false;
}

// "Putin was ready to meet Zelensky", "willing to negotiate": not the act
// but the intent to do it (CAMEO 03x), in parley's codes (PETRARCH's
// combinations do this with pico).
std::string SentenceCoder::ReadinessIntent(const PredicateResult& r) const {
  const int p = r.word;
  const int h = n_[p].head;
  if (opt_.pico || r.code.size() < 3) return "";
  // "Xi Jinping will visit the United States next year", "the Kremlin said
  // Putin would meet Trump": a meeting to come is an intent to meet
  // (parley's conventions).
  if (ParleyConventions() && r.code.compare(0, 2, "04") == 0 && Future(p)) return "036";
  // "Israel will strike Iran", "said the US would impose sanctions": an act
  // of force or a cut to come is a threat of it, aid to come a promise
  // (parley's conventions; a reported "would" is a reported "will").
  if (ParleyConventions() && Future(p)) {
    const std::string root = r.code.substr(0, 2);
    if (IsAttackCode(r.code)) return "138";
    if (r.code.compare(0, 3, "162") == 0) return "1311";
    // ("Iran warned that it would respond to any Israeli strike": an answer
    // to come to an attack, or one warned of, is a threat)
    if (OneOf(n_[p].lemma, {"respond", "react", "reply", "answer"})) {
      const int h = n_[p].head;
      bool to_attack = h >= 0 && OneOf(n_[h].lemma, {"warn", "caution", "threaten"});
      for (int k : n_[p].kids)
        to_attack =
            to_attack || (RelationBase(n_[k].rel) == "obl" && IsCondemnedActLemma(n_[k].lemma));
      if (to_attack) return "130";
    }
    if (r.code.compare(0, 3, "163") == 0) return "1312";
    if (root == "16") return "1313";
    // (and aid to come a promise of it: "Germany will increase its
    // military support for Ukraine" 0332)
    static const PrefixTable kPromises[] = {
        {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"}};
    if (root == "07") return ByPrefix(kPromises, r.code);
  }
  // (the parser may hang "open to meeting(advcl) Zelensky" as a clause)
  const int mark = Child(p, "mark");
  const bool to_clause = h >= 0 && n_[h].upos == "ADJ" && RelationBase(n_[p].rel) == "advcl" &&
                         mark >= 0 && n_[mark].lemma == "to";
  if (h < 0 || (n_[p].rel != "xcomp" && !to_clause)) return "";
  // "Obama wants to attack Switzerland": a wish is an intent, as readiness
  // is (parley's conventions; PETRARCH's dictionaries say so with their
  // transformations, "~ a (_ b ATTACK) WANT = a b 138").
  const bool wish =
      n_[h].upos == "VERB" && ParleyConventions() && dicts_.transformations().empty() &&
      OneOf(n_[h].lemma, {"want", "wish", "hope", "intend", "aim", "seek", "plan", "prepare"});
  if (!wish &&
      (n_[h].upos != "ADJ" || !OneOf(n_[h].lemma, {"ready", "willing", "prepared", "open"})))
    return "";
  const std::string root = r.code.substr(0, 2);
  if (root == "04") return "036";                  // intent to meet or negotiate
  if (root == "05") return "032";                  // ... to cooperate diplomatically
  if (root == "06") return "031";                  // ... to cooperate materially
  if (root == "07") return "033";                  // ... to provide aid
  if (root == "08") return "035";                  // ... to yield
  if (root == "19" || root == "18") return "138";  // a threat of force
  return "";
}

bool SentenceCoder::SeizesPlace(const Coded& c) const {
  if (c.r->code != "171" || c.r->pattern == nullptr || c.r->pattern->text != "seize" ||
      c.targets.empty())
    return false;
  return std::all_of(c.targets.begin(), c.targets.end(), [&](const Mention& t) {
    return t.has_actor && t.kind == ActorKind::kCountry && t.code.size() == 3 && t.head >= 0 &&
           n_[t.head].upos == "PROPN" && RelationBase(n_[t.head].rel) == "obj";
  });
}

// "Prabowo welcomed Albanese in Jakarta": welcoming a leader or delegation
// (the object names the actor itself, not an act of theirs: "welcomed
// Iran's decision" is praise) is hosting a visit (043).
bool SentenceCoder::HostsVisitor(const Coded& c) const {
  if (c.r->code != "051" || n_[c.r->word].lemma != "welcome" || c.targets.empty()) return false;
  return std::all_of(c.targets.begin(), c.targets.end(), [&](const Mention& t) {
    return t.has_actor && t.head >= 0 && n_[t.head].head == c.r->word &&
           RelationBase(n_[t.head].rel) == "obj" &&
           (n_[t.head].upos == "PROPN" ||
            OneOf(n_[t.head].lemma, {"delegation", "president", "minister", "leader", "king",
                                     "counterpart", "envoy", "chancellor", "premier"}));
  });
}

// "A suicide bomber killed 15 people", "attacked a convoy": the killing or
// attack is a suicide bombing (1831).
bool SentenceCoder::SuicideBombing(const Coded& c) const {
  if (!OneOf(c.r->code, {"180", "1823", "190", "193", "195"})) return false;
  return std::any_of(c.sources.begin(), c.sources.end(), [&](const Mention& s) {
    if (s.head < 0 || !OneOf(n_[s.head].lemma, {"bomber", "attacker"})) return false;
    for (int k : n_[s.head].kids)
      if (n_[k].lemma == "suicide") return true;
    return false;
  });
}

// "Nicaragua withdrew from UNESCO", "quit NATO": a state that withdraws from
// or quits an organisation leaves it (160), neither retreating (0874) nor
// resigning (0831); armed groups and troops still retreat.
bool SentenceCoder::LeavesOrganisation(const Coded& c) const {
  auto igo = [](const Mention& t) { return t.code.rfind("IGO", 0) == 0; };
  auto armed = [](const Mention& s) {
    std::string_view code = s.code;
    return IsArmedOrOppositionRole(code.size() > 3 ? code.substr(code.size() - 3) : code);
  };
  return OneOf(c.r->code, {"0874", "0831"}) && !c.targets.empty() &&
         std::all_of(c.targets.begin(), c.targets.end(), igo) &&
         std::none_of(c.sources.begin(), c.sources.end(), armed);
}

// A state itself ("China", "PHL") or its government or elites ("CHNGOV").
static bool StateOrLeader(const Mention& m) {
  return (m.kind == ActorKind::kCountry && m.code.size() == 3) ||
         (m.code.size() == 6 && OneOf(std::string_view(m.code).substr(3), {"GOV", "ELI"}));
}

// "The Philippines protested China's deployment of warships": a state
// (or its government) protesting what another does complains officially
// (114); people protesting (140) take to the streets.
bool SentenceCoder::StateComplaint(const Coded& c) const {
  // (its own subject, named in the singular: "Thousands of Serbians
  // protested" are people)
  if (c.r->code != "140" || n_[c.r->word].lemma != "protest" || Child(c.r->word, "obj") < 0 ||
      c.sources.empty() || c.targets.empty() || c.inherited_source)
    return false;
  return std::all_of(c.sources.begin(), c.sources.end(), [&](const Mention& m) {
    const bool plural = m.head >= 0 && n_[m.head].feats.find("Number=Plur") != std::string::npos;
    return !plural && StateOrLeader(m);
  });
}

// "Indian troops clashed with Chinese soldiers": armed forces that clash
// fight (190); the dictionary's "clash with troops" (145, a riot) is
// protesters'. Armed: a role of force, or a named armed group ("LBNREBHZB").
bool SentenceCoder::ArmedClash(const Coded& c) const {
  auto armed = [](const Mention& m) { return IsArmedCode(m.code); };
  // (and armed men's fire is no criticism: "peacekeepers came under fire
  // from Israeli tanks", "come under fire from $" 110 in the dictionaries)
  const bool clash = c.r->code.compare(0, 3, "145") == 0 && n_[c.r->word].lemma == "clash";
  const bool fire = c.r->code == "110" && n_[c.r->word].lemma == "come" &&
                    std::any_of(c.r->consumed.begin(), c.r->consumed.end(),
                                [&](int w) { return n_[w].lemma == "fire"; });
  return (clash || fire) && !c.sources.empty() &&
         std::all_of(c.sources.begin(), c.sources.end(), armed);
}

// "China and Japan clashed over Taiwan": states, not forces, that clash
// over a topic quarrel (110), unless the phrase is a time ("clashed over
// the weekend").
bool SentenceCoder::VerbalClash(const Coded& c) const {
  const int p = c.r->word;
  if (c.r->code != "190" || n_[p].lemma != "clash" || c.sources.empty()) return false;
  for (const Mention& m : c.sources)
    if (!StateOrLeader(m)) return false;
  // (named leaders and officials clash in words, whatever about: "Zelensky
  // and Trump clashed in the Oval Office")
  if (std::all_of(c.sources.begin(), c.sources.end(), [](const Mention& m) {
        return m.kind == ActorKind::kOther && !m.has_agent && m.code.size() == 6;
      }))
    return true;
  // (the topic: an "over" phrase, or the object of "over" read as a
  // particle: "clashed over(compound:prt) tariffs(obj)")
  int topic = -1;
  for (int k : n_[p].kids) {
    if (RelationBase(n_[k].rel) == "obl" && HasCase(k, "over")) topic = k;
    if (n_[k].rel == "compound:prt" && n_[k].lemma == "over") topic = Child(p, "obj");
    // (or one the parser hung on the other party: "clashed with Japan over
    // Taiwan(nmod of Japan)")
    if (RelationBase(n_[k].rel) == "obl" && HasCase(k, "with"))
      for (int x : n_[k].kids)
        if (RelationBase(n_[x].rel) == "nmod" && HasCase(x, "over")) topic = x;
  }
  return topic >= 0 && !InTimeExpression(topic, p) &&
         !OneOf(n_[topic].lemma, {"weekend", "night", "day", "week", "hour", "month", "border",
                                  "area", "region", "territory", "line", "frontier"});
}

// "each other" (each(obj) other(fixed), or other(obj) with each(det)), "one
// another".
bool SentenceCoder::Reciprocal(int w) const {
  auto pair = [&](int head, const char* first, const char* second) {
    if (n_[head].lemma != first && n_[head].lemma != second) return false;
    for (int k : n_[head].kids)
      if (n_[k].lemma == (n_[head].lemma == first ? second : first)) return true;
    return false;
  };
  // (or the next word, however the parser hung it: "accused one(obj)
  // another(advmod)")
  auto next = [&](const char* first, const char* second) {
    return n_[w].lemma == first && w + 1 < static_cast<int>(n_.size()) && n_[w + 1].lemma == second;
  };
  return pair(w, "each", "other") || pair(w, "one", "another") || next("each", "other") ||
         next("one", "another");
}

// "The International Court of Justice ruled that Russia violated an
// anti-terrorism treaty", "the court found that Azerbaijan had breached the
// ceasefire": a court (an actor with the JUD role) ruling or finding that
// actors broke a law, a treaty or a ceasefire (CAMEO 128, 196) finds them
// liable (116), whatever their violation names (parley's conventions).
bool SentenceCoder::EmitRulingOnViolation(const Coded& c, std::vector<Event>* out) {
  const PredicateResult& r = *c.r;
  if (!ParleyConventions() || c.negated || c.sources.empty() ||
      (r.code.compare(0, 3, "128") != 0 && r.code.compare(0, 3, "196") != 0))
    return false;
  const int p = r.word;
  const int v = n_[p].head;
  if (v < 0 || RelationBase(n_[p].rel) != "ccomp" || Negated(v) ||
      !OneOf(n_[v].lemma, {"rule", "find", "conclude", "determine", "declare"}))
    return false;
  bool is_target = false;
  const int s = SubjectWord(v, &is_target);
  if (s < 0 || is_target) return false;
  const std::vector<Mention> courts = ResolveConj(s);
  if (courts.empty() || !courts[0].has_actor || !HasCodePart(courts[0].code, "JUD")) return false;
  PredicateResult ruling;
  ruling.word = v;
  ruling.code = "116";
  for (const Mention& court : courts)
    for (const Mention& party : c.sources) Emit(court, party, ruling.code, v, ruling, false, out);
  return true;
}

// "Pakistan accused Afghanistan ... Kabul said the accusations were
// baseless", "called the accusations baseless": what an answered utterance
// (AnsweredUtterance) is called is a denial to its speaker, which the
// targets miss (the utterance is no object of the verb, or is a word of its
// pattern).
bool SentenceCoder::EmitDenialOfUtterance(const Coded& c, std::vector<Event>* out) {
  const PredicateResult& r = *c.r;
  if (!ParleyConventions() || c.negated || c.sources.empty()) return false;
  const int p = r.word;
  int utterance = -1;
  if (r.code.compare(0, 3, "016") == 0) {
    for (int w : r.consumed)
      if (w != p && IsAnsweredUtteranceNoun(n_[w].lemma)) utterance = w;
  } else if (r.code.compare(0, 2, "01") == 0 && IsReportingVerb(n_[p].lemma)) {
    const int clause = Child(p, "ccomp");
    if (clause >= 0 && Child(clause, "cop") >= 0 &&
        OneOf(n_[clause].lemma, {"baseless", "unfounded", "false", "groundless", "untrue",
                                 "fabricated", "absurd", "ridiculous", "lie", "nonsense"})) {
      const int s = Child(clause, "nsubj");
      if (s >= 0 && IsAnsweredUtteranceNoun(n_[s].lemma)) utterance = s;
    }
  }
  const Mention* speaker = utterance >= 0 ? AnsweredUtterance(utterance) : nullptr;
  if (speaker == nullptr) return false;
  Mention t = *speaker;
  t.head = utterance;
  SpanOf(utterance, &t);
  for (const Mention& s : c.sources) Emit(s, t, "016", p, r, false, out);
  return true;
}

// "Russia denied that it had attacked(ccomp) Poland", "Hamas denied that
// it fired rockets at Israel": a denial naming no party is made to whom the
// denied act (not done, so not coded itself) of the denier's own side was
// done.
void SentenceCoder::TargetOfDeniedAct(const Coded& act, std::vector<Coded>* coded) const {
  const int k = act.r->word;
  if (act.targets.empty() || act.sources.empty() || n_[k].head < 0 ||
      !OneOf(RelationBase(n_[k].rel), {"ccomp", "xcomp"}))
    return;
  for (Coded& denial : *coded) {
    if (denial.r->word != n_[k].head || denial.r->code.compare(0, 3, "016") != 0 ||
        !denial.targets.empty() || denial.sources.empty() || denial.negated)
      continue;
    const std::string& denier = denial.sources[0].code;
    const std::string& doer = act.sources[0].code;
    if (denier.size() < 3 || doer.size() < 3 || denier.compare(0, 3, doer, 0, 3) != 0) continue;
    for (const Mention& t : act.targets)
      if (t.has_actor && t.code.size() >= 3 && t.code.compare(0, 3, denier, 0, 3) != 0)
        denial.targets.push_back(t);
  }
}

std::vector<Mention> SentenceCoder::SidesOfLatestFight(const Coded& c) const {
  const PredicateResult& r = *c.r;
  int evidence = r.word;
  for (int w : r.consumed)
    if (w != r.word && IsNominal(n_[w])) evidence = w;
  const Mention *a = nullptr, *b = nullptr;
  if (coref_->last_attacker.has_actor && coref_->last_attacked.has_actor &&
      index_ > coref_->last_attack_sentence && index_ - coref_->last_attack_sentence <= 3) {
    a = &coref_->last_attacker;
    b = &coref_->last_attacked;
  } else if (coref_->conflict_source.has_actor && coref_->conflict_target.has_actor &&
             index_ > coref_->conflict_sentence && index_ - coref_->conflict_sentence <= 3) {
    a = &coref_->conflict_source;
    b = &coref_->conflict_target;
  }
  // (two sides of one country only in a civil war: "M23 rebels seized ...")
  if (a == nullptr || a->code.size() < 3 || b->code.size() < 3 || a->code == b->code ||
      (a->code.compare(0, 3, b->code, 0, 3) == 0 && !IsRebelGroupCode(a->code) &&
       !IsRebelGroupCode(b->code)))
    return {};
  std::vector<Mention> sides;
  for (const Mention* m : {a, b}) {
    if (std::any_of(c.sources.begin(), c.sources.end(),
                    [&](const Mention& s) { return s.code == m->code; }))
      return {};  // a party's own appeal is no mediator's
    Mention side = *m;
    side.head = evidence;
    SpanOf(evidence, &side);
    sides.push_back(side);
  }
  return sides;
}

std::vector<Mention> SentenceCoder::AnsweredActor(int p) {
  for (int k : n_[p].kids) {
    if (RelationBase(n_[k].rel) != "obl" || n_[k].lemma != "response" || !HasCase(k, "in"))
      continue;
    for (int x : n_[k].kids) {
      if (RelationBase(n_[x].rel) != "nmod" || !HasCase(x, "to")) continue;
      std::vector<Mention> m = ResolveConj(x);
      if (m.empty()) m = ActorInModifiers(x);
      if (!m.empty() && m[0].has_actor) return m;
    }
  }
  return {};
}

std::vector<Mention> SentenceCoder::AttackerOf(const Coded& c) const {
  auto answered = [&](const Mention& attacker, const Mention& attacked,
                      uint32_t sentence) -> std::vector<Mention> {
    if (c.sources.empty() || !attacker.has_actor || !attacked.has_actor ||
        attacker.code.size() < 3 || attacked.code.size() < 3 || !SoonAfter(sentence))
      return {};
    for (const Mention& s : c.sources)
      if (s.code.size() < 3 || s.code.compare(0, 3, attacked.code, 0, 3) != 0 ||
          s.code.compare(0, 3, attacker.code, 0, 3) == 0)
        return {};
    Mention m = attacker;
    m.head = c.r->word;
    SpanOf(c.r->word, &m);
    return {m};
  };
  std::vector<Mention> m =
      answered(coref_->last_attacker, coref_->last_attacked, coref_->last_attack_sentence);
  // ("Trump threatened tariffs on Chinese imports. Beijing vowed to take
  // countermeasures")
  if (m.empty())
    m = answered(coref_->conflict_source, coref_->conflict_target, coref_->conflict_sentence);
  return m;
}

bool SentenceCoder::IsQuestion() const {
  for (int i = static_cast<int>(n_.size()) - 1; i >= 0; --i) {
    const std::string& f = n_[i].form;
    if (f == "?") return true;
    // (past closing quotes and brackets)
    if (!OneOf(f, {"\"", "'", "''", "\u201d", "\u2019", ")", "]"})) return false;
  }
  return false;
}

void SentenceCoder::RememberLaunch() {
  for (size_t v = 0; v < n_.size(); ++v) {
    const Node& verb = n_[v];
    if (!IsVerbal(verb) || Negated(static_cast<int>(v)) ||
        !OneOf(verb.lemma, {"fire", "launch", "test", "test-fire"}))
      continue;
    const int o = Child(static_cast<int>(v), "obj");
    if (o < 0 || !IsMissileNoun(n_[o].lemma)) continue;
    bool is_target = false;
    const int s = SubjectWord(static_cast<int>(v), &is_target);
    if (s < 0 || is_target) continue;
    std::vector<Mention> m = ResolveConj(s);
    if (m.empty() || !m[0].has_actor) continue;
    coref_->launch = {m[0], index_, Mention()};
    return;
  }
}

bool SentenceCoder::ActsTowardsEachOther(const Coded& c) const {
  // "X, Y and Z met", "X and Y agreed to a ceasefire", "held joint
  // exercises": a symmetric cooperative event among the conjuncts (CAMEO
  // 03-05 but mediation and the offer of it, which are between others:
  // "Egypt, Qatar and Turkey, which mediated the deal", "Egypt and Saudi
  // Arabia offered to host new talks", "would host talks between the warring
  // parties"; and what parties named together promise (032-035, 037: "The
  // United States and Britain pledged military aid") or praise, defend,
  // apologize for or forgive (051-053, 055-056: "Egypt and Qatar welcomed the
  // ceasefire"), which is a third party's or no one's; not relations they
  // restore, 054, nor a meeting they intend, 036; a visit made or hosted,
  // 042-043, is to or by another: "Macron and Starmer visited"; 087, and 06
  // when done jointly: "X and Y supplied" is no exchange); "X and Y
  // clashed", "exchanged fire": a fight between them
  // (verbs of mutual fighting only: "X and Y attacked" names no target).
  // What the verb names besides is no party to it: a place ("signed an
  // agreement in Beijing"), a topic or occasion ("held talks on North
  // Korea's program", "during Lula's visit"), an agent naming no actor in
  // a noun of the pattern (the weapon of "exchanged artillery fire", the
  // "military exercises" held).
  const PredicateResult& r = *c.r;
  const std::string& lemma = n_[r.word].lemma;
  // "The Congolese army and M23 accused each other": whatever the verb.
  if (c.sources.size() > 1 && !c.inherited_source)
    for (int k : n_[r.word].kids)
      if (OneOf(RelationBase(n_[k].rel), {"obj", "iobj", "obl"}) && Reciprocal(k)) return true;
  bool mutual_fight = r.code.compare(0, 2, "19") == 0 &&
                      OneOf(lemma, {"clash", "skirmish", "fight", "battle", "exchange"});
  // Whatever parties exchange, they give each other ("Russia and Ukraine
  // exchanged prisoners", "traded accusations").
  // (and what parties sign together binds each: "Morocco and Israel
  // signed a defence cooperation agreement")
  // (and an accord the parties reach: "The two sides reached a consensus" 019)
  // (and cooperation they seek together: "Brazil and the United States are
  // seeking to deepen a partnership" 021)
  bool mutual = mutual_fight || r.code.compare(0, 3, "087") == 0 ||
                r.code.compare(0, 3, "019") == 0 || r.code.compare(0, 3, "021") == 0 ||
                OneOf(lemma, {"exchange", "swap", "trade", "sign", "ink"}) ||
                (r.code.size() >= 3 && r.code[0] == '0' && r.code[1] >= '3' && r.code[1] <= '5' &&
                 !OneOf(std::string_view(r.code).substr(0, 3),
                        {"032", "033", "034", "035", "037", "039", "042", "043", "045", "051",
                         "052", "053", "055", "056"}) &&
                 lemma != "host") ||
                (r.code.compare(0, 2, "06") == 0 && (Joint(r.word) || lemma == "resume")) ||
                // (an exchange the pattern names: "agreed to swap prisoners")
                std::any_of(r.consumed.begin(), r.consumed.end(), [&](int w) {
                  return w != r.word && OneOf(n_[w].lemma, {"exchange", "swap"});
                });
  bool no_party = c.targets.empty() || !opt_.petrarch_place_targets;
  for (const Mention& t : c.targets) {
    if (!no_party || t.head < 0) {
      no_party = false;
      break;
    }
    int phrase = t.head;
    while (n_[phrase].head >= 0 &&
           (OneOf(RelationBase(n_[phrase].rel), {"compound", "flat", "amod"}) ||
            n_[phrase].rel == "nmod:poss"))
      phrase = n_[phrase].head;
    // "in the presence of Trump": the phrase an "of" modifier belongs to.
    int outer = phrase;
    while (n_[outer].head >= 0 && RelationBase(n_[outer].rel) == "nmod" && HasCase(outer, "of"))
      outer = n_[outer].head;
    bool circumstance = outer != phrase && RelationBase(n_[outer].rel) == "obl" &&
                        (HasCase(outer, "in") || HasCase(outer, "at"));
    bool in_phrase = OneOf(RelationBase(n_[phrase].rel), {"obl", "nmod"});
    // (any noun after "near", "along" or "off": "exercises near the Polish
    // border")
    // (or a place an actor only modifies: "clashed at the Torkham(PAK)
    // border crossing"; "in" and "at" before a name or an actorless noun)
    auto locative = [&](int w) {
      return HasCase(w, "near") || HasCase(w, "along") || HasCase(w, "off") || HasCase(w, "in") ||
             HasCase(w, "at");
    };
    const bool in_or_at = HasCase(t.head, "in") || HasCase(t.head, "at");
    bool place = in_phrase &&
                 (phrase == t.head
                      ? locative(t.head) && (!in_or_at || n_[t.head].upos == "PROPN" ||
                                             (n_[t.head].upos == "NOUN" && actor_at_[t.head] < 0))
                      : locative(phrase) && actor_at_[phrase] < 0);
    // "exercises in the South China Sea": the actor of the place phrase.
    std::vector<int> inner;
    InnerSet(t.head, &inner);
    bool named = false;
    for (int w : inner) named = named || actor_at_[w] >= 0;
    for (int k : n_[t.head].kids)
      place = place || (!named && n_[k].rel == "nmod" && (HasCase(k, "in") || HasCase(k, "at")));
    // (a topic, or the occasion: "signed 15 agreements during Lula's visit",
    // also a phrase within it: "traded accusations over access to the Red Sea")
    int top = phrase;
    while (n_[top].head >= 0 && n_[top].head != r.word && RelationBase(n_[top].rel) == "nmod")
      top = n_[top].head;
    auto topic_case = [&](int w) {
      return HasCase(w, "on") || HasCase(w, "about") || HasCase(w, "over") ||
             HasCase(w, "during") || HasCase(w, "amid");
    };
    bool topic = in_phrase && (topic_case(phrase) || topic_case(top));
    // (what parties discuss is a topic, whoever it names, unless discussed
    // with: "The two leaders discussed the integration of the SDF into the
    // Syrian army")
    if (OneOf(lemma, {"discuss", "debate", "review", "address", "examine"})) {
      int up = t.head;
      for (int guard = 0; up >= 0 && n_[up].head != r.word && guard < 32; ++guard) up = n_[up].head;
      topic = topic || (up >= 0 && (RelationBase(n_[up].rel) == "obj" ||
                                    (RelationBase(n_[up].rel) == "obl" && !HasCase(up, "with"))));
    }
    // (in a cooperation, a role naming no actor: "signed a defence pact
    // allowing troops to train", whose troops are their own; not in a fight,
    // "X and Y clashed with police", nor in PETRARCH's conventions, where
    // only a noun of the pattern is no party)
    // (but the role a cooperation is done to is a party: "Egypt and Saudi
    // Arabia back the army")
    const bool object =
        n_[t.head].head == r.word && OneOf(RelationBase(n_[t.head].rel), {"obj", "iobj"});
    bool pattern_agent =
        !t.has_actor && (r.consumes(t.head) || (ParleyConventions() && !mutual_fight && !object));
    // (one of the parties themselves: "The United States and Ukraine signed
    // a minerals deal giving Washington access")
    bool one_of_them = false;
    for (const Mention& src : c.sources) one_of_them = one_of_them || src.code == t.code;
    // (what they meet to do is theirs, not a party: "The leaders of Egypt,
    // Jordan and the Palestinian Authority met in Cairo to discuss(advcl)
    // Gaza")
    bool purpose = false;
    for (int w = t.head, guard = 0; w >= 0 && w != r.word && guard < 32; w = n_[w].head, ++guard)
      purpose = purpose || (n_[w].head == r.word && RelationBase(n_[w].rel) == "advcl" &&
                            IsInfinitivalPurpose(w));
    // (nor an actor modifying the pattern's own noun, one that is no role:
    // "agreed to a Gaza ceasefire deal", not "met with U.S. envoy(GOV) X")
    const bool pattern_modifier =
        (phrase != t.head && phrase != r.target_word && r.consumes(phrase)) ||
        (t.head != r.target_word && r.consumes(t.head) && actor_at_[t.head] < 0 &&
         agent_at_[t.head] < 0);
    no_party = place || topic || pattern_agent || circumstance || one_of_them || purpose ||
               pattern_modifier;
  }
  // A subject shared with the governing verb ("X and Y agreed to restore
  // ties") is the clause's own; one taken from another role is not.
  const int gov = n_[r.word].head;
  bool shared_subject = n_[r.word].rel == "xcomp" && gov >= 0 && Child(gov, "obj") < 0 &&
                        Child(gov, "iobj") < 0 && Child(gov, "nsubj") >= 0;
  // (and the "by" agents of a participle of signing or exchanging are its
  // parties: "The deal, signed by Israel and Hamas, took effect"; not of a
  // proposal "put forward by" several)
  bool own_agents = false;
  if (OneOf(lemma, {"sign", "ink", "exchange", "swap", "trade"}))
    for (int k : n_[r.word].kids) own_agents = own_agents || n_[k].rel == "obl:agent";
  return mutual && no_party && (!c.inherited_source || shared_subject || own_agents) &&
         c.sources.size() > 1;
}

bool SentenceCoder::EmitCasualtiesOfAClash(const Coded& c, std::vector<Event>* out) {
  // "Pakistani and Afghan forces clashed along their border, killing dozens
  // of soldiers and fighters on both sides": the parties of a mutual fight
  // kill each other's combatants (parley's conventions).
  const PredicateResult& r = *c.r;
  const int gov = n_[r.word].head;
  if (!ParleyConventions() || !c.inherited_source || c.sources.size() < 2 || gov < 0 ||
      !IsForceCode(r.code) ||
      !OneOf(n_[gov].lemma, {"clash", "fight", "battle", "skirmish", "exchange"}) ||
      c.targets.empty())
    return false;
  for (const Mention& t : c.targets)
    if (t.has_actor || !OneOf(t.code, {"MIL", "REB", "INS"})) return false;
  for (const Mention& a : c.sources)
    if (a.code.size() < 3 || !dicts_.IsCountryCode(std::string_view(a.code).substr(0, 3)))
      return false;
  for (const Mention& a : c.sources)
    for (const Mention& b : c.sources) {
      if (a.code.compare(0, 3, b.code, 0, 3) == 0) continue;
      for (const Mention& t : c.targets) {
        Mention their = t;
        their.code = b.code.substr(0, 3) + t.code;
        their.has_actor = true;
        Emit(a, their, r.code, r.word, r, c.negated, out);
      }
    }
  return true;
}

bool SentenceCoder::Code(std::vector<Event>* out) {
  if (sent_.words.empty()) return true;
  BuildNodes();
  const AlternativesIndex& alternatives = coder_.alternatives();
  bag_.assign(alternatives.vocab.size() / 64 + 1, 0);
  placed_code_.assign(n_.size(), std::string());
  for (Node& n : n_) {
    n.form_id = alternatives.Id(n.form);
    n.lemma_id = n.lemma == n.form ? n.form_id : alternatives.Id(n.lemma);
    for (uint32_t id : {n.form_id, n.lemma_id})
      if (id != AlternativesIndex::kNoWord) bag_[id >> 6] |= uint64_t{1} << (id & 63);
  }
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
  if (opt_.coreference) MatchNameAliases();
  agents_ = dicts_.MatchAgents(seq);
  // "European Union leaders": a role phrase that starts inside an
  // organisation's name ("union leaders", LAB) is the role of its words
  // after the name ("leaders", GOV), if they are one.
  for (dict::AgentMatch& g : agents_)
    for (const dict::ActorMatch& a : actors_) {
      if (a.kind != ActorKind::kIgo || !(g.begin > a.begin && g.begin < a.end && g.end > a.end))
        continue;
      std::vector<Word> rest(sent_.words.begin() + a.end, sent_.words.begin() + g.end);
      std::vector<dict::AgentMatch> inner = dicts_.MatchAgents(dict::WordSequence(rest));
      g.agent = nullptr;
      if (!inner.empty() && inner[0].begin == 0 && inner[0].end == rest.size()) {
        g.begin = a.end;
        g.agent = inner[0].agent;
      }
      break;
    }
  // "Military officers ousted(VERB) President Mohamed Bazoum": a role
  // phrase ("ousted president", ELI) whose first word the parse makes a
  // verb is the role of its other words ("President", GOV), if they are one.
  for (dict::AgentMatch& g : agents_) {
    if (!ParleyConventions() || g.end < g.begin + 2 || g.end > n_.size() ||
        n_[g.begin].upos != "VERB" || RelationBase(n_[g.begin].rel) == "amod")
      continue;
    std::vector<Word> rest(sent_.words.begin() + g.begin + 1, sent_.words.begin() + g.end);
    std::vector<dict::AgentMatch> inner = dicts_.MatchAgents(dict::WordSequence(rest));
    g.agent = nullptr;
    if (!inner.empty() && inner[0].begin == 0 && inner[0].end == rest.size()) {
      g.begin = g.begin + 1;
      g.agent = inner[0].agent;
    }
  }
  agents_.erase(std::remove_if(agents_.begin(), agents_.end(),
                               [](const dict::AgentMatch& g) { return g.agent == nullptr; }),
                agents_.end());
  // "his first official(ADJ) visit": the adjective is no official (PETRARCH
  // codes "the official news agency" GOV). "People" are civilians only when
  // counted, as casualties and detainees are ("killing 12 people",
  // "hundreds of people were arrested"), not people in general ("people
  // who ...", "his people").
  if (ParleyConventions())
    agents_.erase(
        std::remove_if(agents_.begin(), agents_.end(),
                       [&](const dict::AgentMatch& m) {
                         if (m.end != m.begin + 1 || m.begin >= n_.size()) return false;
                         const Node& w = n_[m.begin];
                         return (w.upos == "ADJ" && w.rel == "amod" && w.form == "official") ||
                                (OneOf(w.lemma, {"people", "person"}) && m.agent->code == "CVL" &&
                                 !CountedPeople(static_cast<int>(m.begin)));
                       }),
        agents_.end());
  actor_at_.assign(n_.size(), -1);
  agent_at_.assign(n_.size(), -1);
  for (size_t i = 0; i < actors_.size(); ++i) {
    if (IndefiniteCommonNoun(actors_[i])) continue;
    for (uint32_t w = actors_[i].begin; w < actors_[i].end && w < n_.size(); ++w)
      actor_at_[w] = static_cast<int>(i);
  }
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
  // "urged Western allies to send(072) air defence systems": an appeal for
  // an act is the appeal of its kind (0232), and so is a demand ("ordered
  // Israel to halt(087) its offensive": 1056; parley's conventions, where
  // the act asked for is not coded).
  if (ParleyConventions() && !opt_.pico)
    for (PredicateResult& r : preds) {
      // (of someone: "urged X to", "called on X to")
      bool addressee = false;
      for (int k : n_[r.word].kids)
        addressee = addressee || OneOf(RelationBase(n_[k].rel), {"obj", "iobj"}) ||
                    (RelationBase(n_[k].rel) == "obl" && HasCase(k, "on"));
      if (r.code != "020" && r.code != "100" && r.code != "030" && r.code != "130") continue;
      // (one's own intent or threat needs no addressee: "pledged to send
      // troops" 0332)
      if (r.code == "030" || r.code == "130") addressee = true;
      for (int k : n_[r.word].kids)
        if (pred_of[k] >= 0 && ((addressee && (n_[k].rel == "xcomp" ||
                                               (n_[k].rel == "advcl" && Child(k, "mark") >= 0 &&
                                                n_[Child(k, "mark")].lemma == "to"))) ||
                                // (or in a clause of its own: "demanded that Israel halt")
                                AskedClause(k))) {
          const std::string appeal = AskedFor(r.code, preds[pred_of[k]].code);
          if (!appeal.empty()) r.code = appeal;
        }
    }
  mediation_word_.assign(n_.size(), 0);
  for (size_t i = 0; i < preds.size(); ++i)
    if (!suppressed[i] && preds[i].code == "045") mediation_word_[preds[i].word] = 1;

  // Pass 2: roles of every coded predicate.
  std::vector<Coded> coded;
  std::deque<PredicateResult> negated_codes;  // stable addresses for Coded::r
  // Codes c's predicate as `code` (one way), its pattern and words kept.
  auto recode = [&negated_codes](Coded* c, std::string code) {
    negated_codes.push_back(*c->r);
    negated_codes.back().code = std::move(code);
    negated_codes.back().reverse_code.clear();
    c->r = &negated_codes.back();
  };
  // "Will Russia attack NATO?": a question asserts no event (parley's
  // conventions; a quoted question closed by a report ends in its own
  // sentence mark: "'Why talk?' Putin asked.")
  const bool question = ParleyConventions() && IsQuestion();
  UnknownActors* const unknown = unknown_;
  for (size_t i = 0; i < preds.size(); ++i) {
    unknown_ = unknown;  // (a silent predicate below notes none)
    bool silent = false;
    if (suppressed[i]) continue;
    const PredicateResult& r = preds[i];
    if (!IsEventCode(r.code) && !IsEventCode(r.reverse_code)) continue;
    int p = r.word;
    if (Coded d; SpeakersDemand(r, &d, &negated_codes)) {
      if (opt_.trace) Trace("pred", d, " (demanded)");
      coded.push_back(std::move(d));
      continue;
    }
    if (Conditional(p)) continue;
    if (question) continue;
    // "Hungary refused to sign an EU statement condemning(acl) Israel": what
    // the object of an act not done would do is not done either.
    if (const int h = n_[p].head;
        ParleyConventions() && RelationBase(n_[p].rel) == "acl" && n_[p].rel != "acl:relcl" &&
        h >= 0 && RelationBase(n_[h].rel) == "obj" && n_[h].head >= 0 && Negated(n_[h].head))
      continue;
    if (ParleyConventions() && DatedBeforeDocument(r)) {
      if (opt_.trace)
        fprintf(stderr, "  [%s] pred %s code=%s dated before the document\n", doc_.id.c_str(),
                n_[p].form.c_str(), r.code.c_str());
      continue;
    }
    // "Kenya deployed police to Haiti to fight(advcl) gangs": violence an act
    // is meant to serve is intended, not done (parley's conventions; a mission
    // to talk, "sent an envoy to negotiate", is coded, and so is coercion
    // that serves force used, "fired tear gas to disperse them").
    // ("The cabinet tasked the army with disarming Hezbollah": a task given
    // is not done yet)
    // (the gerund on the verb, or on its object: "the army(obj) with
    // disarming(acl)")
    if (int h = n_[p].head, mark = Child(p, "mark");
        ParleyConventions() && h >= 0 && mark >= 0 && n_[mark].lemma == "with" &&
        OneOf(RelationBase(n_[p].rel), {"advcl", "acl"})) {
      if (RelationBase(n_[p].rel) == "acl" && RelationBase(n_[h].rel) == "obj") h = n_[h].head;
      if (h >= 0 && OneOf(n_[h].lemma, {"task", "charge", "entrust", "assign", "mandate"}))
        continue;
    }
    if (ParleyConventions() && IsAttackCode(r.code) && RelationBase(n_[p].rel) == "advcl" &&
        Child(p, "nsubj") < 0 && Child(p, "mark") >= 0 && n_[Child(p, "mark")].lemma == "to")
      continue;
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
      recode(&c, it->second);
      c.negated = false;
    } else if (const std::string refusal = c.negated ? RefusalOf(r, p) : ""; !refusal.empty()) {
      // "Ukraine will not cede territory": a yielding refused is a
      // refusal to yield (124x; parley's conventions).
      recode(&c, refusal);
      c.negated = false;
    } else if (c.negated && !opt_.keep_negated) {
      // An act not done emits nothing, but its parties are resolved all the
      // same for the names remembered: "the US has avoided criticising
      // President Pervaiz Musharraf"(PAKGOV) lets "Musharraf" stand for
      // PAKGOV later (RememberTitledName). Its unknown actors are not noted.
      if (!opt_.coreference) continue;
      silent = true;
      unknown_ = nullptr;
    }
    c.sources = Sources(p, r);
    // ("Sanctions imposed by the West have hit Russia's economy": what
    // sanctions hit or damage is sanctioned, not attacked)
    if (const int subject = Child(p, "nsubj"); ParleyConventions() && IsForceCode(r.code) &&
                                               subject >= 0 && IsSanctionNoun(n_[subject].lemma))
      recode(&c, "163");
    std::string intent = AnnouncedIntent(*c.r, c.sources);
    if (intent.empty()) intent = ReadinessIntent(*c.r);
    if (!intent.empty()) recode(&c, intent);
    c.inherited_source = Child(p, "nsubj") < 0 && Child(p, "nsubj:pass") < 0;
    // "Clashes(VERB) between Congolese troops and M23 rebels killed 20
    // people", "Fighting between Israel and Hezbollah continued": a fight
    // read as a verb without a subject is between the parties it names.
    bool between = false;
    if (ParleyConventions() && c.sources.empty() && r.code.compare(0, 2, "19") == 0 &&
        OneOf(n_[p].lemma, {"clash", "fight", "battle", "skirmish"})) {
      c.sources = PartiesBetween(p);
      between = !c.sources.empty();
      if (between) c.inherited_source = false;
    }
    c.reported_by = Speaker(p);
    if (!r.compound) {
      int exclude = c.sources.empty() ? -1 : c.sources[0].head;
      c.targets = between ? c.sources : Targets(p, r, exclude);
    }
    if (ParleyConventions() && IsForceCode(r.code)) HoldersOfPlaces(&c);
    if (ParleyConventions() && (r.code.compare(0, 2, "13") == 0 || r.code.compare(0, 2, "16") == 0))
      DropSanctionImposers(&c);
    // "ordered the mobilisation of militias", "mobilised 300,000
    // reservists": a show or build-up of force (15x) is of the source's own
    // forces; its target is whom it faces, not a force naming no actor.
    if (ParleyConventions() && c.r->code.compare(0, 2, "15") == 0) {
      c.targets.erase(
          std::remove_if(c.targets.begin(), c.targets.end(),
                         [](const Mention& t) { return !t.has_actor && IsArmedRole(t.code); }),
          c.targets.end());
      // ("mobilized militias in response to the U.S. naval buildup": whom
      // the show of force answers)
      if (c.targets.empty()) c.targets = AnsweredActor(p);
    }
    if (ParleyConventions() && c.targets.empty()) c.targets = ThreatenedParty(p, c);
    // ("Erdogan called Putin to discuss(advcl) the war": a talk naming no
    // party is with whom the source called for it)
    if (ParleyConventions() && c.targets.empty() && r.code.compare(0, 2, "04") == 0 &&
        RelationBase(n_[p].rel) == "advcl" && n_[p].head >= 0 &&
        OneOf(n_[n_[p].head].lemma, {"call", "phone", "telephone", "ring"}))
      if (const int o = Child(n_[p].head, "obj"); o >= 0) {
        std::vector<Mention> called = ResolveConj(o);
        if (!called.empty() && called[0].has_actor) c.targets = called;
      }
    if (ParleyConventions()) {
      TargetRolesOfEarlierTargets(coded, &c);
      TargetRolesOfEarlierAttack(&c);
      SourcesOfEarlierTargets(coded, &c);
      RolesOfReportingState(&c);
      FitTargetsToSources(r, &c);
      OwnPossessionsOfSource(&c);
      OwnObjectHasNoPlaceTarget(&c);
      // (the source's own, dropped, left no party: "recalled its ambassador
      // after Russia expelled three diplomats")
      if (c.targets.empty()) c.targets = ThreatenedParty(p, c);
      // ("Russia attacked Ukraine. The African Union called for an immediate
      // ceasefire": an appeal for de-escalation naming no party is made to
      // the two sides of the latest attack, else of the latest conflict, in
      // the last three sentences; its pattern noun is the evidence)
      if (c.targets.empty() && c.r->code == "0256" && opt_.coreference)
        c.targets = SidesOfLatestFight(c);
      // ("Putin warned that Europe would face consequences if it sent
      // troops": a warning that a party will face consequences threatens it;
      // "that any European troops in Ukraine would be legitimate targets",
      // with military force)
      if (c.targets.empty() && c.r->code == "012")
        for (int k : n_[p].kids) {
          const int subject = Child(k, "nsubj"), object = Child(k, "obj");
          const bool faces =
              n_[k].lemma == "face" && object >= 0 &&
              OneOf(n_[object].lemma, {"consequence", "retaliation", "response", "punishment"});
          const bool target = n_[k].lemma == "target" && Child(k, "cop") >= 0;
          if (n_[k].rel != "ccomp" || subject < 0 || !(faces || target)) continue;
          std::vector<Mention> threatened = ResolveConj(subject);
          if (threatened.empty() || !threatened[0].has_actor) continue;
          c.targets = threatened;
          recode(&c, faces ? "130" : "138");
          break;
        }
      // ("Aid convoys were attacked by Israeli settlers in the West Bank": a
      // passive attack on what names no actor is on the place it happened
      // in, as the active "attacked aid convoys in the West Bank" is)
      if (c.targets.empty() && IsAttackCode(c.r->code) && !c.sources.empty() && IsPassive(p) &&
          Child(p, "nsubj:pass") >= 0)
        if (const std::string place = PlaceCountry(p);
            !place.empty() && place_first_ >= 0 &&
            c.sources[0].code.compare(0, 3, place, 0, 3) != 0) {
          Mention where;
          where.code = place;
          where.kind = ActorKind::kCountry;
          where.has_actor = true;
          where.head = place_last_;
          for (int k = place_first_; k <= place_last_; ++k)
            if (n_[k].head < place_first_ || n_[k].head > place_last_) where.head = k;
          SpanOf(where.head, &where);
          c.targets = {where};
        }
      // ("Ecuador's president declared a state of emergency": a curfew or
      // an emergency naming no place is the source's own country's; the
      // pattern's noun is the evidence)
      if (c.targets.empty() && OneOf(c.r->code, {"1723", "1724"}) && c.sources.size() == 1 &&
          c.sources[0].code.size() >= 6 && c.sources[0].kind != ActorKind::kGroup &&
          dicts_.IsCountryCode(std::string_view(c.sources[0].code).substr(0, 3)) &&
          OneOf(std::string_view(c.sources[0].code).substr(3, 3), {"GOV", "MIL", "COP", "ELI"})) {
        Mention home;
        home.code = c.sources[0].code.substr(0, 3);
        home.kind = ActorKind::kCountry;
        home.has_actor = true;
        home.head = r.word;
        for (int w : r.consumed)
          if (w != r.word && IsNominal(n_[w])) home.head = w;
        SpanOf(home.head, &home);
        c.targets = {home};
      }
      // ("Iran warned Israel that it would retaliate": a warning to a party
      // that the source itself will strike back threatens it, with force)
      if (!c.targets.empty() && c.r->code == "012")
        for (int k : n_[p].kids) {
          const int subject = Child(k, "nsubj");
          if (n_[k].rel != "ccomp" || subject < 0 || !Future(k) ||
              !OneOf(n_[subject].lemma, {"it", "we", "they"}) ||
              !OneOf(n_[k].lemma, {"retaliate", "respond", "react", "strike", "hit"}))
            continue;
          recode(&c, OneOf(n_[k].lemma, {"respond", "react"}) ? "130" : "138");
          break;
        }
      // ("Hamas fighters killed two Israeli soldiers. Israel vowed to
      // respond": a threat naming no party, by a country attacked in the
      // last two sentences, is made to its attacker)
      if (c.targets.empty() && c.r->code.compare(0, 2, "13") == 0 && opt_.coreference)
        c.targets = AttackerOf(c);
      // ("Israel struck Gaza. ... the strike violated the ceasefire": a
      // ceasefire violated by the latest attacker, naming no party, is
      // violated against the party it attacked)
      if (c.targets.empty() && c.r->code == "196" && opt_.coreference && !c.sources.empty() &&
          coref_->last_attacked.has_actor && SoonAfter(coref_->last_attack_sentence) &&
          c.sources[0].code == coref_->last_attacker.code) {
        Mention t = coref_->last_attacked;
        t.head = p;
        SpanOf(p, &t);
        c.targets = {t};
      }
      // ("Pakistan accused Afghanistan of sheltering militants, a charge
      // Kabul denies": a denial naming no party, by the party an accusation
      // of the same sentence names, answers its accuser)
      // (", which Kabul denies", "which Tehran rejects": what "which" stands
      // for is the accusation, not the noun before it)
      const int o = Child(p, "obj");
      const bool denies = c.r->code.compare(0, 3, "016") == 0;
      // (or "a claim Tehran rejects", read as a clause whose subject's
      // compound is the accusation)
      const bool rejects = c.r->code.compare(0, 2, "12") == 0;
      bool claim = false;
      if (const int subject = Child(p, "nsubj"); (denies || rejects) && o < 0 && subject >= 0)
        for (int k : n_[subject].kids)
          claim =
              claim || (k < subject && n_[k].rel == "compound" && IsAccusationNoun(n_[k].lemma));
      const bool answers_which =
          (denies || rejects) &&
          ((n_[p].rel == "acl:relcl" && o >= 0 && n_[o].lemma == "which") || claim);
      if (answers_which) c.targets.clear();
      if (c.targets.empty() && (denies || answers_which) && !c.sources.empty())
        for (const Coded& e : coded)
          if (e.r->code.compare(0, 2, "11") == 0 && !e.negated && !e.sources.empty() &&
              std::any_of(e.targets.begin(), e.targets.end(),
                          [&](const Mention& t) { return t.code == c.sources[0].code; }))
            c.targets = e.sources;
      // ("India accused Pakistan of backing the militants. Islamabad denied
      // any involvement": or one the latest accusation, in the last two
      // sentences, made against the denier's country)
      if (c.targets.empty() && denies && !c.sources.empty() && opt_.coreference) {
        const CorefMemory::Utterance& a = coref_->accusation;
        const std::string_view denier = CountryInCode(c.sources[0].code);
        if (a.speaker.has_actor && a.addressee.has_actor && SoonAfter(a.sentence) &&
            !denier.empty() && CountryInCode(a.addressee.code) == denier &&
            CountryInCode(a.speaker.code) != denier) {
          Mention accuser = a.speaker;
          accuser.head = p;
          SpanOf(p, &accuser);
          c.targets = {accuser};
        }
      }
      // ("China condemned the move and vowed to take countermeasures": a
      // threat naming no party, joined to its source's act towards one, is
      // made to that party)
      if (c.targets.empty() && c.r->code.compare(0, 2, "13") == 0 &&
          RelationBase(n_[p].rel) == "conj")
        for (const Coded& e : coded)
          if (e.r->word == n_[p].head && !e.negated && !e.targets.empty() && !c.sources.empty() &&
              !e.sources.empty() && e.sources[0].code == c.sources[0].code)
            c.targets = e.targets;
      // "a senior official told Reuters", "told state television that ...":
      // saying something to the press is how news is sourced, no act
      // towards the outlet (its content is coded by itself).
      // (state media, which the agents file gives the government's role, too)
      if (c.r->code.compare(0, 2, "01") == 0 && !c.targets.empty() &&
          std::all_of(c.targets.begin(), c.targets.end(), [&](const Mention& t) {
            return HoldsRole(t.code, "MED") ||
                   (t.head >= 0 && OneOf(n_[t.head].lemma, {"media", "television", "tv", "agency",
                                                            "broadcaster", "radio", "newspaper"}));
          }))
        c.targets.clear();
      // ("received the remains(obj) of a hostage from Hamas": whom one
      // receives as a visitor is named by the object itself, an actor or a
      // role, not by a phrase inside it)
      if (c.r->code == "043" && n_[p].lemma == "receive")
        if (const int o = Child(p, "obj");
            o >= 0 && n_[o].upos != "PROPN" && actor_at_[o] < 0 && agent_at_[o] < 0)
          c.targets.clear();
      if (StateComplaint(c)) recode(&c, "114");
      if (LeavesOrganisation(c)) recode(&c, "160");
      if (SeizesPlace(c)) recode(&c, "192");
      if (HostsVisitor(c)) recode(&c, "043");
      // ("The Philippines and the United States began their annual
      // military exercises": force shown together by parties named together
      // is military cooperation, 062, as "joint exercises" are)
      if (c.r->code.compare(0, 3, "150") == 0 && c.sources.size() >= 2 && c.targets.empty() &&
          Joint(p))
        recode(&c, "062");
      if (SuicideBombing(c)) recode(&c, "1831");
      if (const bool armed = ArmedClash(c); armed || VerbalClash(c)) {
        recode(&c, armed ? "190" : "110");
        // (a quarrel is between the states, not with its topic or place:
        // with the other party, or among the subjects)
        bool with = false;
        for (int k : n_[p].kids)
          with = with || (RelationBase(n_[k].rel) == "obl" && HasCase(k, "with"));
        // (and forces named together clash with each other, not with the
        // place: "Pakistani and Afghan forces clashed at the Torkham border
        // crossing")
        if (!with && (!armed || c.sources.size() >= 2)) c.targets = c.sources;
      }
    }
    if (opt_.place_countries) {
      AddPlaceCountry(p, &c);
      AddDomesticCountry(&c);
    }
    // ("Syrian army tanks heading to Sweida", "troops arrived in Goma":
    // forces on the move make no visit; parley's conventions)
    if (ParleyConventions() && c.r->code.compare(0, 3, "042") == 0 && !c.sources.empty() &&
        std::all_of(c.sources.begin(), c.sources.end(), [&](const Mention& s) {
          return s.head >= 0 &&
                 (IsWeaponNoun(s.head) ||
                  OneOf(n_[s.head].lemma, {"troop", "troops", "force", "soldier", "convoy",
                                           "fighter", "militant", "army", "unit", "column"}));
        }))
      continue;
    if (opt_.trace) Trace("pred", c, silent ? " (not done: names only)" : "");
    if (silent) {
      for (const Mention& m : c.sources) RememberTitledName(m);
      for (const Mention& m : c.targets) RememberTitledName(m);
      if (ParleyConventions()) TargetOfDeniedAct(c, &coded);
      continue;
    }
    coded.push_back(std::move(c));
  }
  unknown_ = unknown;

  // Nominal events ("the Russian attack on Kyiv"), parley's conventions only.
  std::deque<PredicateResult> nominal_preds;
  if (ParleyConventions() && opt_.nominal_events) CodeNominalEvents(preds, &nominal_preds, &coded);
  if (ParleyConventions() && opt_.place_countries) AddStoryCountry(&coded);

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
    bool symmetric = ActsTowardsEachOther(c);
    if (r.compound || symmetric) {
      for (const Mention& a : c.sources)
        for (const Mention& b2 : c.sources) Emit(a, b2, r.code, r.word, r, c.negated, out);
      continue;
    }
    if (EmitCasualtiesOfAClash(c, out)) continue;
    if (c.targets.empty() && EmitRulingOnViolation(c, out)) continue;
    if (c.targets.empty() && EmitDenialOfUtterance(c, out)) continue;
    for (const Mention& s2 : c.sources)
      for (const Mention& t : c.targets.empty() ? MediatedParties(c, coded) : c.targets) {
        // ("Russian missiles(RUS) and drones(RUSMIL) struck": one attacker,
        // named by its role by one of the conjoined nouns)
        if (s2.code.size() == 3 &&
            std::any_of(c.sources.begin(), c.sources.end(), [&](const Mention& o) {
              return o.code.size() == 6 && o.code.compare(0, 3, s2.code) == 0;
            }))
          continue;
        // ("Ivory Coast and France agreed to reduce the French military
        // presence": one of several sources acts with the others on its own
        // forces, not on them)
        if (c.sources.size() > 1 && s2.code.size() == 3 && t.code.size() == 6 &&
            t.code.compare(0, 3, s2.code) == 0 && IsArmedRole(t.code.substr(3)))
          continue;
        Emit(s2, t, r.code, r.word, r, c.negated, out);
        if (IsEventCode(r.reverse_code)) Emit(t, s2, r.reverse_code, r.word, r, c.negated, out);
      }
    if (c.targets.empty() && !opt_.require_dyad) EmitWithoutTarget(c.sources, r, c.negated, out);
    // ("The United States imposed new tariffs on steel. Canada condemned
    // the new tariffs": sanctions naming no one are still their imposer's)
    if (c.targets.empty() && opt_.coreference && ParleyConventions() && !c.negated &&
        r.code.compare(0, 2, "16") == 0 && !c.sources.empty() && c.sources[0].has_actor)
      coref_->sanction = {c.sources[0], index_, Mention()};
  }
  reported_by_cache_.clear();
  if (opt_.coreference && ParleyConventions()) RememberLaunch();
  // Remember this sentence's actors for the next sentences' pronouns.
  if (opt_.coreference) {
    for (size_t i = 0; i < n_.size(); ++i) {
      std::string_view base = RelationBase(n_[i].rel);
      if (!OneOf(base, {"nsubj", "obj", "iobj", "obl", "nmod", "root", "conj", "appos"})) continue;
      if (n_[i].upos != "PROPN" && n_[i].upos != "NOUN") continue;
      bool agent_only = false;
      std::vector<std::string> agents;
      bool plural = n_[i].feats.find("Number=Plur") != std::string::npos;
      // (a conjunct of a subject too: "Pakistan and Afghanistan(conj) agreed")
      int first = static_cast<int>(i);
      while (RelationBase(n_[first].rel) == "conj" && n_[first].head >= 0) first = n_[first].head;
      bool subject = RelationBase(n_[first].rel) == "nsubj";
      // (a name with "the" is an institution, which "it" stands for: "the
      // Pentagon", "the Kremlin")
      const int det = Child(static_cast<int>(i), "det");
      const bool the = det >= 0 && n_[det].lemma == "the";
      const bool place = OneOf(base, {"obl", "nmod"}) &&
                         (HasCase(static_cast<int>(i), "in") || HasCase(static_cast<int>(i), "at"));
      // ("made remarks on Taiwan": what is said about, for "the two countries")
      const int about = n_[i].head;
      const bool topic =
          base == "nmod" && about >= 0 && IsUtteranceNoun(n_[about].lemma) &&
          (HasCase(static_cast<int>(i), "on") || HasCase(static_cast<int>(i), "about") ||
           HasCase(static_cast<int>(i), "over"));
      const std::vector<Mention> named = ResolveOne(static_cast<int>(i), &agent_only, &agents);
      // ("Russian and Ukrainian negotiators": one phrase naming two)
      const bool several = std::count_if(named.begin(), named.end(),
                                         [](const Mention& x) { return x.has_actor; }) >= 2;
      for (const Mention& m : named)
        if (m.has_actor) {
          coref_->Remember(m, plural, subject, n_[i].lemma, index_);
          // (and a titled person's name, "Interior Minister Kipchumba
          // Murkomen"(KENGOV): the name words before the head, not the
          // title's, stand for them later)
          RememberTitledName(m);
          if (coref_->recent.empty() || coref_->recent.back().code != m.code) continue;
          // (and "it" stands for a ministry or an army: "Egypt's foreign
          // ministry condemned ... It called on Washington")
          // Nor are a broadcaster, a firm, a school or a party anyone "she"
          // stands for: "Al Jazeera"(QATMED).
          const bool organisation = !m.has_agent && IsOrganisationCode(m.code);
          if ((the && !m.has_agent) || IsInstitutionNoun(n_[i].lemma) || organisation)
            coref_->recent.back().person = false;
          coref_->recent.back().place = place;
          coref_->recent.back().topic = topic;
          // (one of conjoined subjects, whom "they" stands for together)
          bool conjoined = first != static_cast<int>(i);
          for (int k : n_[first].kids) conjoined = conjoined || n_[k].rel == "conj";
          coref_->recent.back().joint = subject && (conjoined || several);
        } else if (agent_only && plural && subject && ParleyConventions() &&
                   (IsArmedOrOppositionRole(m.code) || m.code == "COP")) {
          // "Guerrillas killed an engineer. They also killed ...": a plural
          // armed or opposition role as a subject, for the next sentence's
          // "they" only; with the country an event of this sentence gave
          // it ("protesters rallied in Tbilisi": GEOOPP).
          // (or the noun a number counts: "Thousands of protesters")
          Mention remembered = m;
          std::vector<int> words{static_cast<int>(i)};
          for (int k : n_[i].kids)
            if (RelationBase(n_[k].rel) == "nmod" && HasCase(k, "of")) words.push_back(k);
          for (int w : words)
            if (WithCountryAdded(placed_code_[w], m.code)) remembered.code = placed_code_[w];
          coref_->Remember(remembered, plural, subject, n_[i].lemma, index_, /*role_only=*/true);
        } else if (agent_only && plural && !subject && ParleyConventions() &&
                   IsArmedOrOppositionRole(m.code) && WithCountryAdded(placed_code_[i], m.code)) {
          Mention remembered = m;
          remembered.code = placed_code_[i];
          coref_->Remember(remembered, plural, subject, n_[i].lemma, index_, /*role_only=*/true);
          coref_->recent.back().definite_only = true;
        }
    }
  }
  return true;
}

}  // namespace parley::code::internal
