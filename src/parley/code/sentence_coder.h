// The coder's per-sentence machinery, shared by the files that implement it
// (internal to src/parley/code; users include coder.h):
//   sentence_coder.cc           the UD tree view (Node), coding a sentence (Code)
//   sentence_coder_actors.cc    noun phrases to actors: dictionaries, agents,
//                               conjuncts, split names, pronouns (coreference)
//   sentence_coder_patterns.cc  predicates: verb dictionary patterns and their
//                               matching over the tree
//   sentence_coder_roles.cc     sources, targets, reported speech, negation,
//                               PETRARCH code combination, event emission
// A SentenceCoder codes one sentence of a document for a Coder; it is made
// and used by Coder::CodeDocument on one thread.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "parley/code/coder.h"
#include "parley/code/ud_relations.h"
#include "parley/code/word_set.h"
#include "parley/dict/dictionary.h"
#include "parley/util/flat_hash.h"

namespace parley::code {

// Every word list of every verb pattern (element words and modifiers) over
// one vocabulary of pattern words, so matching a sentence word costs a
// binary search over small integers instead of string hashing: each Node
// carries the vocabulary ids of its form and lemma, looked up once per
// sentence.
struct AlternativesIndex {
  static constexpr uint32_t kNoWord = 0xFFFFFFFFu;
  static_assert(kNoWord == StringIds::kNone, "Id() returns the vocabulary's kNone");
  struct Set {
    std::vector<uint32_t> single;  // sorted ids of the one-word alternatives
    // "is to": checked word by word, only when its last word (`last`, an
    // id) is the word's lemma or form.
    struct Multi {
      std::string_view text;
      uint32_t last;
    };
    std::vector<Multi> multi;
  };
  StringIds vocab;
  // The Set of a word list (keyed by its address in the Dictionaries, which
  // the Coder keeps alive): index into set_list.
  U64Map sets;
  std::vector<Set> set_list;
  // MatchPattern's quick rejection, flat so that rejecting a pattern reads
  // one short run of integers and not the pattern itself (a verb like "say"
  // has hundreds of patterns): pattern i's run is required[required_at[i],
  // required_at[i + 1]), one group per kWord element with words: its size n,
  // then the n sorted ids of the last words of its alternatives. The pattern
  // can match only if every group has an id among the sentence's words.
  std::vector<uint32_t> required_at;
  std::vector<uint32_t> required;

  uint32_t Intern(std::string_view w) { return vocab.intern(w); }
  uint32_t Id(std::string_view w) const { return vocab.find(w); }
  static bool Has(const std::vector<uint32_t>& sorted, uint32_t id) {
    return id != kNoWord && std::binary_search(sorted.begin(), sorted.end(), id);
  }
  static void SortUnique(std::vector<uint32_t>* v) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  void Add(const std::vector<std::string>& alts) {
    const uint64_t key = reinterpret_cast<uintptr_t>(&alts);
    const uint32_t index = sets.try_emplace(key, static_cast<uint32_t>(set_list.size())).first;
    if (index == set_list.size()) set_list.emplace_back();
    Set& s = set_list[index];
    for (const std::string& a : alts) {
      if (a.find(' ') == std::string::npos)
        s.single.push_back(Intern(a));
      else
        s.multi.push_back({a, Intern(LastWord(a))});
    }
    SortUnique(&s.single);
  }
  // The last of the space-separated words of `a` ("" when none).
  static std::string_view LastWord(std::string_view a) {
    size_t end = a.find_last_not_of(' ');
    if (end == std::string_view::npos) return {};
    size_t space = a.rfind(' ', end);
    size_t begin = space == std::string_view::npos ? 0 : space + 1;
    return a.substr(begin, end + 1 - begin);
  }
  const Set* Find(const std::vector<std::string>& alts) const {
    const uint32_t index = sets.get(reinterpret_cast<uintptr_t>(&alts), kNoWord);
    return index == kNoWord ? nullptr : &set_list[index];
  }
};

namespace internal {

using dict::ActorKind;
using dict::PatternElement;
using dict::VerbPattern;

// The code of agents (`agents`) that belong to an actor (`code`, `kind`)
// named elsewhere ("the ministry", "its forces"): a country's agents; a
// group's or organisation's members are the group; an official's or
// institution's ("the Israeli military said its aircraft") are its country's.
std::string OwnedAgentCode(const std::string& code, ActorKind kind,
                           const std::vector<std::string>& agents);

inline bool IsEventCode(const std::string& code) {
  return !code.empty() && std::isdigit(static_cast<unsigned char>(code[0]));
}

// Whether `code` is `role` with a country code put before it ("GEOOPP" of
// "OPP", as AddPlaceCountry and AddDomesticCountry give it).
inline bool WithCountryAdded(const std::string& code, const std::string& role) {
  return code.size() == role.size() + 3 && code.compare(3, std::string::npos, role) == 0;
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

inline std::string Lower(std::string_view s) { return dict::NormalizeWord(s); }

// Whether an actor code already holds an agent code: codes are runs of
// three-letter parts, so only a match on a part boundary counts ("GMWGOV"
// = GMW + GOV does not hold WGO; TABARI's alignment check).
inline bool HasCodePart(std::string_view code, std::string_view part) {
  for (size_t i = 0; !part.empty() && i + part.size() <= code.size(); i += 3)
    if (code.compare(i, part.size(), part) == 0) return true;
  return false;
}

inline bool IsNominal(const Node& n) {
  return n.upos == "NOUN" || n.upos == "PROPN" || n.upos == "PRON" || n.upos == "NUM" ||
         n.upos == "X" || n.upos == "ADJ";
}

inline bool IsVerbal(const Node& n) { return n.upos == "VERB"; }

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
    bool person;         // an individual or an official (he / she)
    bool plural;         // named by a plural noun ("Russian forces")
    bool subject;        // named as a subject
    std::string head;    // lemma of the naming phrase's head ("ministry")
    uint32_t sentence;   // index of the sentence that named it
    bool role_only;      // a role naming no actor ("guerrillas"): for "they" only
    bool place = false;  // named in a phrase of place ("in Istanbul")
    bool topic = false;  // named as what is said ("remarks on Taiwan")
    bool joint = false;  // one of conjoined subjects ("Russia and Ukraine held talks")
    // A role named as an object, with the country an event gave it ("killed
    // 12 militants in North Waziristan": PAKREB): for a later definite
    // description with the same head ("the militants") only.
    bool definite_only = false;
  };
  std::vector<Entry> recent;  // most recent last
  // The source of the latest attack coded (CAMEO 18-20) and its sentence:
  // "the strikes" a later sentence condemns are its.
  Mention last_attacker;
  Mention last_attacked;  // and its target
  uint32_t last_attack_sentence = 0;
  // The source of the latest demand, disapproval and threat coded (CAMEO 10,
  // 11, 13) and its sentence: "the demands", "the accusation", "the
  // ultimatum" a later sentence rejects are theirs (AnsweredUtterance).
  struct Utterance {
    Mention speaker;
    uint32_t sentence = 0;
    Mention addressee;  // (its target: whom an accusation accuses)
  };
  Utterance demand, accusation, threat;
  // And of the latest appeal or offer (CAMEO 02, 03): "the request", "the
  // offer", "the invitation" a later sentence rejects or accepts are its.
  Utterance proposal;
  // And of the latest apology (CAMEO 055): "the apology" a later sentence
  // accepts or rejects is its.
  Utterance apology;
  // And the visitor of the latest visit (CAMEO 042, the guest of 043): "the
  // visit" a later sentence criticizes is theirs.
  Utterance visit;
  // And the two parties of the latest agreement signed (CAMEO 057): "the
  // pact" a later sentence criticizes is theirs.
  Utterance agreement;
  // And of the latest show of force (CAMEO 15: drills, a buildup): "the
  // exercises" a later sentence condemns are its.
  Utterance force_show;
  // And of the latest sentence or conviction (CAMEO 116): "the verdict" a
  // later sentence condemns is its court's or state's.
  Utterance verdict;
  // And of the latest coercion (CAMEO 17: arrests, a crackdown): "the
  // crackdown" a later sentence condemns is its.
  Utterance coercion;
  // And of the latest sanction (CAMEO 16: sanctions, tariffs, an embargo)
  // and the latest act other than a statement (CAMEO 01): "the sanctions",
  // "the move" a later sentence condemns are theirs.
  Utterance sanction, act;
  // And the act before `act` by another country ("China imposed export
  // controls a day after the United States blacklisted Chinese companies.
  // The US criticized the move": China's, the critic's own being the latest).
  Utterance other_act;
  // And of the latest missile launch, coded or not (a launch into the sea
  // has no target): "the launch", "the test" a later sentence condemns are
  // its launcher's (SentenceCoder::RememberLaunch).
  Utterance launch;
  // The two actors of the latest conflict coded between two different
  // actors (CAMEO 11-20) and its sentence: "both sides" when no attack
  // names them ("the government accused the TPLF ... urged both sides").
  Mention conflict_source, conflict_target;
  uint32_t conflict_sentence = 0;
  // A person's name words that stand alone for them in later sentences
  // ("Austin" after "Lloyd Austin"), lower-cased: the first and the last
  // IsNameAlias word of a person's name of two such words or more. A word
  // two names of different codes share is ambiguous and stands for no one.
  struct NameAlias {
    const dict::Actor* actor = nullptr;  // the dictionary's entry, if any
    std::string code;
    ActorKind kind = ActorKind::kOther;
    uint32_t sentence = 0;
    bool ambiguous = false;
  };
  std::map<std::string, NameAlias, std::less<>> aliases;
  // Remembers the name words `words` (normalized: the first and the last of
  // a person's name, IsRememberedNameWord) of a person coded `code` in
  // sentence `sentence`.
  void RememberName(const std::vector<std::string>& words, const dict::Actor* actor,
                    const std::string& code, ActorKind kind, uint32_t sentence) {
    for (const std::string& w : words) {
      NameAlias& a = aliases[w];
      if (!a.code.empty() && a.code != code) a.ambiguous = true;
      if (a.code.empty()) a = {actor, code, kind, sentence, false};
    }
  }
  // The countries (first three letters of the codes) of the country actors
  // in the events coded so far, each once: AddStoryCountry's story country.
  // (From events only, so that sentences the filter leaves unparsed, which
  // code none, add nothing in either mode.)
  std::vector<std::string> event_countries;
  // The attacker of an attack coded in the document's first two sentences,
  // the story's lead: what "the attack" refers to later on.
  Mention lead_attacker;
  // Remembers m, named by a phrase whose head is `head` (plural, subject
  // and head lemma taken from it) in sentence `sentence`.
  void Remember(const Mention& m, bool plural, bool subject, std::string head, uint32_t sentence,
                bool role_only = false) {
    if (m.code.empty() || m.code.rfind("---", 0) == 0) return;
    bool person = m.has_agent || m.kind == ActorKind::kOther;
    recent.push_back(
        {m.code, m.kind, person, plural, subject, std::move(head), sentence, role_only});
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
  // Whether word w is one of the pattern's words (consumed).
  bool consumes(int w) const {
    return std::find(consumed.begin(), consumed.end(), w) != consumed.end();
  }
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
  bool IndefiniteCommonNoun(const dict::ActorMatch& m) const;
  // --- noun phrases
  void InnerSet(int h, std::vector<int>* out) const;
  bool BareNameModifier(int k) const;
  std::vector<Mention> ResolveConj(int h);
  std::vector<Mention> ResolveOne(int h, bool* agent_only_out, std::vector<std::string>* agents);
  // The actors a pronoun (m: its word and span) stands for, placed at it.
  // The latest actor of `kind` named before word x in the sentence, else in
  // the earlier sentences (coreference memory), placed at x; has_actor false
  // when none ("the bloc", "the country").
  Mention LatestActorOfKind(int x, ActorKind kind);
  // Whether South or North Korea is named before word x in this sentence or
  // in the last three.
  bool KoreaNamedBefore(int x) const;
  static Mention AsPronoun(std::vector<Mention>* all, const Mention& m,
                           std::vector<Mention>* group);
  // `as`: the pronoun to resolve word h as (a possessive's "it" for "its"),
  // or empty for h's own form.
  Mention ResolvePronoun(int h, std::vector<Mention>* group = nullptr, std::string_view as = {});
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
  bool CountedObject(int w, int p) const;  // "launched one of its largest attacks"
  int FindElement(const PatternElement& e, int root, int p, const PredicateResult& r) const;
  bool WordMatches(int w, const std::vector<std::string>& alternatives) const;
  // Number of words of the longest-first alternative ending at word w, 0 when none.
  int MatchLengthEndingAt(int w, const std::vector<std::string>& alternatives) const;
  // The number of words of the multi-word alternative `alt` when they end at
  // w, else 0.
  int WordsEndingAt(int w, std::string_view alt) const;
  bool ModifiersPrecede(int head, const std::vector<std::vector<std::string>>& mods) const;
  // Whether w's phrase opens with "along with" or "together with".
  bool AlongWith(int w) const;
  bool HasCase(int w, std::string_view prep) const;
  bool InsideHyphenatedWord(int k) const;
  // Whether a pattern names a word besides its predicate.
  static bool HasWordElement(const VerbPattern& pat);
  // Whether w is in a phrase of p's object, both naming actors of their own
  // ("protested the US(actor) arms sale to Taiwan(w)").
  bool ActorPhraseInObject(int w, int p) const;
  // Whether word w is in the phrase headed by h (h itself included; false
  // for h < 0).
  bool InPhraseOf(int w, int h) const {
    for (int x = w, guard = 0; x >= 0 && h >= 0 && guard <= static_cast<int>(n_.size());
         x = n_[x].head, ++guard)
      if (x == h) return true;
    return false;
  }
  bool HyphenAfter(size_t next) const;
  bool IntroducedBy(int w, const PatternElement& e) const;
  void Domain(int root, std::vector<int>* out, bool include_acl) const;
  bool IsInfinitivalPurpose(int w) const;
  bool IsPrepositionalGerund(int w) const;
  bool InSubjectOf(int w, int p) const;
  bool InPrepositionalPhrase(int w, int p) const;  // nested below p's own phrases
  bool RaisesSubject(int p, const PredicateResult& r) const;
  void SuppressControlledInfinitives(
      const std::vector<PredicateResult>& preds, const std::vector<int>& pred_of,
      std::vector<bool>* suppressed) const;  // w is in the subject phrase of predicate p
  // Domain(root, include_acl) computed once per sentence.
  const std::vector<int>& CachedDomain(int root, bool include_acl) const;
  mutable std::vector<std::vector<int>> dom_cache_[2];
  // Bit i: pattern word i (AlternativesIndex vocabulary) is a lemma or form
  // of the sentence; MatchPattern's quick rejection tests a few bits per pattern.
  std::vector<uint64_t> bag_;
  // Per word: the code AddPlaceCountry gave the role it names ("GEOOPP"),
  // remembered for the next sentences' pronouns.
  std::vector<std::string> placed_code_;
  bool InBag(uint32_t id) const { return (bag_[id >> 6] >> (id & 63)) & 1; }
  mutable std::vector<char> dom_ready_[2];
  int Child(int h, std::string_view rel) const;
  // "12 people", "several people", "hundreds of people": a counted noun.
  bool CountedPeople(int w) const;
  // Whether w, resolved to `ms`, is a state's own name ("The United States",
  // "China"), which "it" may stand for whatever its number.
  bool NamesAState(int w, const std::vector<Mention>& ms) const {
    return n_[w].upos == "PROPN" && !ms.empty() && ms[0].has_actor && !ms[0].has_agent &&
           ms[0].kind == ActorKind::kCountry;
  }
  // Talks (p) that a party is "ready for" or "open to", with another: sources
  // and targets into *c.
  bool ReadyForTalks(int p, Coded* c);
  std::vector<Mention> ThreatenedParty(int p, const Coded& c);
  // --- roles
  std::vector<Mention> Sources(int p, const PredicateResult& r);
  std::vector<Mention> ProvenanceActor(int s, int p);
  std::vector<Mention> InstrumentAgent(int instrument);
  std::vector<Mention> Targets(int p, const PredicateResult& r, int exclude_head);
  std::vector<Mention> FirstActorAfter(int p, const PredicateResult& r, int exclude_head);
  std::vector<Mention> ActorAfterSkips(int p, const PredicateResult& r);
  bool InTimeExpression(int w, int p) const;
  // "discussed Iran with Lavrov": the object is the topic, the "with"
  // phrase the partner (parley's conventions).
  bool ObjectIsTopic(int p) const {
    return ParleyConventions() && OneOf(n_[p].lemma, {"discuss", "debate"});
  }
  // The same for a statement's object: "announced the deployment of 2,000
  // troops" (coded as a statement, 01x) addresses no one it names, nor what
  // is said ("has said the deployment targets(NOUN) drug cartels", a clause
  // misread as a noun phrase).
  bool ObjectIsTopic(int p, const PredicateResult& r) const {
    return ObjectIsTopic(p) ||
           (ParleyConventions() && r.code.compare(0, 2, "01") == 0 &&
            OneOf(n_[p].lemma, {"announce", "unveil", "outline", "detail", "report", "say"}));
  }
  // --- nominal events (sentence_coder_nominal.cc)
  bool MatchNominal(int p, PredicateResult* r) const;
  bool NominalIrrealis(int p) const;
  std::vector<Mention> NominalSources(int p);
  std::vector<Mention> NominalTargets(int p);
  // The two or more parties a "between"/"among" phrase of noun p names, each
  // with an actor or a role; empty if fewer.
  std::vector<Mention> PartiesBetween(int p);
  // Appends to *coded the nominal events no verb's pattern took, their
  // PredicateResults kept in *store.
  void CodeNominalEvents(const std::vector<PredicateResult>& preds,
                         std::deque<PredicateResult>* store, std::vector<Coded>* coded);
  void FitTargetsToSources(const PredicateResult& r, Coded* c) const;
  void Trace(const char* what, const Coded& c, const char* note) const;
  // t names no actor and its role is a source's ("MIL" of LBNMIL).
  static bool OwnRoleOfSource(const Mention& t, const std::vector<Mention>& sources) {
    if (t.has_actor || t.code.size() != 3) return false;
    for (const Mention& s : sources)
      if (HoldsRole(s.code, t.code)) return true;
    return false;
  }
  // w is (or is the "of" phrase of) a sea, gulf or strait in a locative
  // phrase: "in the Red Sea", "in the Gulf of Oman".
  bool InWaterPlace(int w) const;
  bool Reciprocal(int w) const;  // w heads "each other" or "one another"
  bool LeavesOrganisation(const Coded& c) const;
  // "The RSF seized El Fasher": seizing (171) a place named by its name is
  // taking territory (192).
  bool SeizesPlace(const Coded& c) const;
  bool HostsVisitor(const Coded& c) const;
  bool SuicideBombing(const Coded& c) const;
  bool StateComplaint(const Coded& c) const;
  // Armed sources only, clashing (145) or firing on the target ("came
  // under fire from", 110): the act is fighting, 190.
  bool ArmedClash(const Coded& c) const;
  bool VerbalClash(const Coded& c) const;
  bool ForeignByDefinition(int h) const;
  bool OwnForces(int w, int source);
  bool SentForces(int w, int source);
  bool PronounOwned(int h) const;
  bool OwnAct(const CorefMemory::Utterance& done, int source);
  bool OwnPlaceModifier(int h, int source);
  void OwnPossessionsOfSource(Coded* c);
  // "launched airstrikes on rebel-held towns in Shan state" (MMRREB),
  // "shelled Russian-occupied Donetsk" (RUS): a place force is used on is
  // its holder's, named before the hyphen of "-held", "-controlled",
  // "-occupied", "-run".
  void HoldersOfPlaces(Coded* c);
  // "threatened to trigger the snapback of UN sanctions": an organisation
  // naming the sanctions threatened or imposed is their imposer, no target.
  void DropSanctionImposers(Coded* c);
  // "\"Hamas must release all hostages now,\" Trump wrote": what a speaker
  // says another must do (a material act: CAMEO 04-09, 14-20) is the
  // speaker's demand of it (10x), not the act; *d is that demand, its
  // recoded predicate kept in *store. False for other predicates.
  bool SpeakersDemand(const PredicateResult& r, Coded* d, std::deque<PredicateResult>* store);
  // "PKK fighters burned their weapons at a ceremony in northern Iraq": an
  // act on the source's own things ("their" standing for the source) is
  // done to no place: countries named by a place phrase are dropped (not an
  // organisation: "froze its participation in the CSTO").
  void OwnObjectHasNoPlaceTarget(Coded* c);
  // A role-only source ("protesters demanding") is the actor an earlier
  // event's target on the same words was resolved to ("fired at protesters").
  void SourcesOfEarlierTargets(const std::vector<Coded>& earlier, Coded* c) const;
  void TargetRolesOfEarlierTargets(const std::vector<Coded>& earlier, Coded* c) const;
  // "Russia attacked Ukraine ... [later] it had struck military targets
  // (MIL)": an attack's target naming only a role, by the latest attack's
  // attacker (or the attacked striking back), is of the other side (UKRMIL).
  void TargetRolesOfEarlierAttack(Coded* c) const;
  // Adds to actors_ the words standing alone for a person named in full in an
  // earlier sentence (coref_->aliases), then remembers this sentence's
  // persons' name words for the sentences after it.
  void MatchNameAliases();
  // Whether a match is of a person's own entry (an official's).
  static bool IsPersonEntry(const dict::ActorMatch& m);
  // "Interior Minister Kipchumba Murkomen"(KENGOV): a titled person's name,
  // the proper nouns that end the phrase of m (after its title), is
  // remembered for the next sentences ("Murkomen said").
  void RememberTitledName(const Mention& m);
  // "North Korea fired a ballistic missile into the sea": remembers the
  // subject of a verb that fires, launches or tests a missile (or rocket)
  // as CorefMemory::launch.
  void RememberLaunch();
  // Whether the sentence ends in a question mark (closing quotes aside).
  bool IsQuestion() const;
  // Whether p's subject has a conjunct ("X and Y began").
  bool SubjectConjoined(int p) const;
  // o is "the accusation" (allegations, claims, criticism; "the demands";
  // "the ultimatum", threats, warnings) owned by no one, within two
  // sentences after such an act (CAMEO 11; 10; 13) was coded: its speaker,
  // the target of its rejection or denial; nullptr otherwise.
  const Mention* AnsweredUtterance(int o) const;
  // "The Israeli military said the men opened fire on soldiers": a role of
  // the state that a state's speaker names is that state's (ISRMIL).
  void RolesOfReportingState(Coded* c) const;
  // "after the arrest of the mayor": w is in a phrase of time under p.
  bool InTemporalPhrase(int w, int p) const;
  // "a plan to take(acl) control": w heads the to-infinitive of a noun of an
  // act not done (kUnrealisedActNouns); InUnrealisedActClause: w is in one
  // below p.
  bool UnrealisedActClause(int w) const;
  bool InUnrealisedActClause(int w, int p) const;
  // Whether w (below p) is in a phrase of help ("with the help of Russia")
  // or of a framework ("under Trump's plan"): no party to p's act.
  bool InSupportPhrase(int w, int p) const;
  // Emits the killings of a mutual fight's consequence clause as each
  // party's of the other's combatants; false when c is no such clause.
  bool EmitCasualtiesOfAClash(const Coded& c, std::vector<Event>* out);
  // Emits a court's finding (116) against the parties of a violation it
  // rules on ("The ICJ ruled that Russia violated a treaty"); false when c
  // is no such violation.
  bool EmitRulingOnViolation(const Coded& c, std::vector<Event>* out);
  // Emits a denial (016) of an answered utterance called baseless ("Kabul
  // said the accusations were baseless") to whoever made it; false when c
  // is no such denial.
  bool EmitDenialOfUtterance(const Coded& c, std::vector<Event>* out);
  // The two sides of the latest attack (else conflict) coded in the last
  // three sentences, placed at c's pattern noun, for an appeal naming no
  // party; none when they share a country (but a rebel group and its
  // state) or one is c's source.
  // The latest attacker, as the target of c's threat, when c's sources are
  // of the country it attacked in the last two sentences (and not of its
  // own); else, so, the source of the latest conflict event (CAMEO 11-20: a
  // sanction, a threat); the threat's verb is the evidence. Empty otherwise.
  std::vector<Mention> AttackerOf(const Coded& c) const;
  // Whether `sentence` is one of the two before this one: how far back
  // "the attack", "the offer", a threat's or denial's answer may reach.
  bool SoonAfter(uint32_t sentence) const { return index_ > sentence && index_ - sentence <= 2; }
  // The actor of what p answers "in response to" ("in response to the U.S.
  // naval buildup": USA); empty when none.
  std::vector<Mention> AnsweredActor(int p);
  void TargetOfDeniedAct(const Coded& act, std::vector<Coded>* coded) const;
  std::vector<Mention> SidesOfLatestFight(const Coded& c) const;
  int WhatItNames(int what) const;
  bool InDocumentAct(int w, int p) const;
  std::vector<Mention> PronounOwner(int o, int p, int source);
  bool InTopicOfMeeting(int w, int p, const PredicateResult& r) const;
  int SubjectWord(int p, bool* is_target) const;
  int MisparsedClauseSubject(int p) const;
  bool Negated(int p) const;
  // "Israel announced it would free prisoners": an act its own actor
  // announces for the future is the intent to act (030 combined with the
  // act's code: 0841 release -> 0352). "" when the code stays.
  std::string AnnouncedIntent(const PredicateResult& r, const std::vector<Mention>& sources);
  bool Conditional(int p) const;
  // "Iran expelled the U.S. ambassador in 2008": an act dated to a year
  // before the document's is history, not news of the document's date.
  bool DatedBeforeDocument(const PredicateResult& r) const;
  bool Joint(int p) const;
  // The intent code of an act one is ready or willing to do ("ready to
  // meet" 036), or "".
  std::string ReadinessIntent(const PredicateResult& r) const;
  // Whether r's code is one whose place ("in Doha") names no party: saying,
  // appealing, demanding, criticizing, threatening, agreeing (see the .cc).
  bool PlaceIsNoParty(const PredicateResult& r) const;
  // The actor in the "by" phrase of a noun naming an act ("the release of
  // prisoners by Belarus"): the one who did it. Empty if none.
  std::vector<Mention> ActOfAgent(int noun);
  // The noun joined by a hyphen to the participle p ("US-brokered"), p's
  // agent; -1 if none.
  int HyphenAgent(int p) const;
  bool Future(int p) const;
  std::string RefusalOf(const PredicateResult& r, int p) const;
  static std::string AskedFor(const std::string& ask, const std::string& act);
  // Whether clause k, a complement, is one asked for: a named subject and a
  // bare verb or "should" ("demanded that Israel halt", "urged that Iran
  // should return"), not a claim ("suggested the coup was").
  bool AskedClause(int k) const {
    const int subject = Child(k, "nsubj");
    if (n_[k].rel != "ccomp" || subject < 0 || n_[subject].upos == "PRON" || !IsVerbal(n_[k]))
      return false;
    const int aux = Child(k, "aux");
    if (aux >= 0) return n_[aux].lemma == "should";
    // (the bare form, whatever the tagger made of it: "that Israel halt(VBD)")
    return EqualFolded(n_[k].form, n_[k].lemma);
  }
  // The parties a mediation participle without a target mediates between:
  // the subjects of the predicate governing the noun it modifies.
  std::vector<Mention> MediatedParties(const Coded& c, const std::vector<Coded>& coded) const;
  // Whether c's conjoined sources act towards each other: "X and Y met",
  // "agreed to a ceasefire", "clashed", "exchanged prisoners" (see the .cc).
  bool ActsTowardsEachOther(const Coded& c) const;
  // "attack", "airstrike", "fire", ...: a noun naming an armed attack.
  bool IsAttackNoun(int w) const { return IsAttackLemma(n_[w].lemma); }
  // "jets", "drones", "a destroyer": a weapon, which the agent dictionary
  // gives its military (the source of "Russian drones attacked") but which
  // is no party an act is done to ("scrambled jets", "inspected a destroyer").
  bool IsWeaponNoun(int w) const {
    return OneOf(
        n_[w].lemma,
        {"jet",        "drone",  "missile",   "rocket",    "aircraft",  "warplane", "plane",
         "helicopter", "tank",   "warship",   "destroyer", "submarine", "frigate",  "bomber",
         "fighter",    "weapon", "artillery", "system",    "battery",   "shell",    "munition"});
  }
  // A weapon that is no person: "bomber" and "fighter" name jets and people
  // alike ("a suicide bomber", "dozens of fighters"), so they are left out.
  bool IsWeaponNotPerson(int w) const {
    return IsWeaponNoun(w) && !OneOf(n_[w].lemma, {"bomber", "fighter"});
  }
  std::vector<Mention> ParticipleAgent(int p);
  // Who fired a weapon, by the relative clause on it: "drones that Moscow
  // fired" (fire, launch, send, use); none when no actor.
  std::vector<Mention> FirerOf(int weapon);
  // Who holds the persons a release is asked for, by the participle on
  // them: "Americans held by Venezuela" (its "by" agent), "its citizen
  // detained in China" (the country it is held in); none when no actor.
  std::vector<Mention> CaptorOf(int persons);
  std::vector<Mention> QuoteSpeaker(int h);      // "\"We ...,\" Lavrov said": RUSGOV
  std::vector<Mention> BlamedOn(int attack);     // "an attack blamed on the RSF"
  std::vector<Mention> ClaimantOf(int attack);   // "claimed responsibility for a bombing"
  std::vector<Mention> AttackerInPhrase(int p);  // "killed in an Israeli airstrike": ISR
  const std::string& PlaceCountry(int p);        // cached for the last p asked
  // The country of the place name the words of a phrase spell
  // (Dictionaries::PlaceCountryOf), or "".
  const std::string& PlaceNameCountry(std::vector<int> words) const;
  void AddPlaceCountry(int p, Coded* c);
  void AddDomesticCountry(Coded* c);  // "Georgian police ... protesters": GEOOPP
  // "Georgian police detained ... as thousands(CVL) rallied": in a story
  // that names one country only, a home role naming no actor is its.
  void AddStoryCountry(std::vector<Coded>* coded);
  // The country a code names: its first three letters ("USAGOV", "AFGREB")
  // or, after a prefix role, the next three ("NGOSYRHRI"); "" when none.
  std::string_view CountryInCode(std::string_view code) const;
  bool IsPassive(int p) const;
  std::string Speaker(int p);
  std::vector<Mention> SpeakerMentions(int p);  // the speaker's mentions (Speaker)
  bool VerbIs(const PredicateResult& r, const std::string& word) const;

  // PETRARCH code combination (options().pico): folds each subjectless
  // event clause into the coded verb that governs it.
  void CombineClauseChains(std::vector<Coded>* coded, std::deque<PredicateResult>* store) const;
  bool IsChainClause(int inner, int outer) const;
  // The actor a pattern noun's prepositional modifiers name: "evidence
  // against Russia was presented" targets Russia. With skip_places, not one
  // in a phrase of place ("signed a ceasefire agreement in Doha").
  std::vector<Mention> ActorInModifiers(int noun, bool skip_places = false) {
    for (int k : n_[noun].kids) {
      if (RelationBase(n_[k].rel) != "nmod" || n_[k].rel == "nmod:poss") continue;
      if (skip_places && (HasCase(k, "in") || HasCase(k, "at"))) continue;
      if (ParleyConventions() && InWaterPlace(k)) continue;  // "a tanker in the Gulf of Oman"
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
    if (ParleyConventions() || m.base.empty() || m.code.rfind(m.base, 0) != 0) return m.code;
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
  // A clause carries an event when its head is a coded verb or its
  // open complement is ("Smeagol is about to restore ties": about -> restore).
  bool CodedClause(int head) const {
    PredicateResult r;
    if (MatchVerb(head, &r) && (IsEventCode(r.code) || IsEventCode(r.reverse_code))) return true;
    for (int k : n_[head].kids)
      if (n_[k].rel == "xcomp" && CodedClause(k)) return true;
    return false;
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
    return opt_.petrarch_null_codes && r.pattern != nullptr && r.consumes(w);
  }
  // PETRARCH: "A wants B to do X" codes A -> B only when X is a plain act
  // (PICO value below 0x1000: aid, cooperate, fight); a high-level act
  // ("wants Obama to head back", 040) leaves the nested event uncoded.
  // An appeal ("urged Eriador to respond", 02x) is never blocked: it is an
  // act towards B whatever it asks for.
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
  // Rules of parley's own that depart from PETRARCH's conventions ("the
  // army said" is the army of the sentence's country, a sea is no target)
  // apply outside PETRARCH mode, which `parley validate` turns on with
  // petrarch_null_codes.
  bool ParleyConventions() const { return !opt_.petrarch_null_codes; }
  const Document& doc_;
  const Sentence& sent_;
  uint32_t index_;
  CorefMemory* coref_;
  UnknownActors* unknown_;

  std::vector<Node> n_;
  std::vector<int> actor_at_;  // index into actors_ or -1
  std::vector<int> agent_at_;  // index into agents_ or -1
  int place_word_ = -1;        // the predicate whose PlaceCountry is place_code_
  std::string place_code_;
  // The words naming place_code_'s place ("the city of Kharkiv": "city of
  // Kharkiv"), first and last; -1 when none.
  int place_first_ = -1, place_last_ = -1;
  std::vector<char> mediation_word_;  // 1 for the word of a predicate coded 045 (mediate)
  std::vector<dict::ActorMatch> actors_;
  std::vector<dict::AgentMatch> agents_;
  std::vector<std::string> issues_;
  std::string reported_by_cache_;
};

}  // namespace internal
}  // namespace parley::code
