// Dictionaries: actors, agents, verb patterns, discards and issues, compiled
// for coding.
//
// Two source formats load into the same in-memory form:
//   * PETRARCH-2 / TABARI files (CAMEO.2.0.txt, Phoenix.*.actors.txt,
//     Phoenix.agents.txt, Phoenix.discards.txt, Phoenix.IssueCoding.txt and the
//     PETR.Validate.* files), see ../shared/data/petrarch/dictionaries.rst;
//   * parley's own format, documented in data/FORMAT.md.
//
// Contract:
//   * Loading never crashes on bad input. A malformed line is skipped and
//     reported as one warning "file:line: message" (see warnings()). Only an
//     unreadable file or missing directory makes a load fail.
//   * A Dictionaries object is immutable once built. Every const method is safe
//     to call from many threads at once; share it as
//     std::shared_ptr<const Dictionaries>.
//   * Dictionary phrases are split into words the way parley's tokenizer
//     splits text: a hyphen between letters and a final 's or s' become
//     separate words ("al-Qaeda" -> al - qaeda, "People's" -> people 's);
//     the unsplit spelling is indexed too.
//   * Phrase lookups (actors, agents, discards, issues) match whole words,
//     case-insensitively, against each word's form OR its lemma (so "foreign
//     ministers" matches the entry "foreign minister"), and return the longest
//     match at each position, scanning left to right, non-overlapping. Time is
//     linear in sentence length (times the longest phrase length).
//
// Typical use (the event coder):
//
//   std::shared_ptr<const dict::Dictionaries> dicts;
//   Status s = dict::Dictionaries::LoadDirectory(dict::DefaultDataDir(), &dicts);
//   ...
//   dict::WordSequence seq(sentence.words);              // lower-cases once
//   for (const dict::ActorMatch& m : dicts->MatchActors(seq, date)) ...
//   for (const dict::AgentMatch& m : dicts->MatchAgents(seq)) ...
//   for (const dict::Verb* v : dicts->FindVerbs(word.lemma))
//     for (uint32_t p : v->patterns) { const dict::VerbPattern& pat = dicts->pattern(p); ... }
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/dict/cameo.h"
#include "parley/doc/document.h"
#include "parley/util/status.h"

namespace parley::dict {

// ---------------------------------------------------------------------------
// Dates

// A calendar date as the integer YYYYMMDD (2021-01-20 -> 20210120).
// 0 means "unknown".
using Date = int32_t;

// Parses "YYYY-MM-DD", "YYYYMMDD", "YYYY-MM" or "YYYY" (missing parts mean the
// first day). Returns nullopt for anything else or an impossible date.
std::optional<Date> ParseDate(std::string_view text);
// "2021-01-20"; "" for 0.
std::string FormatDate(Date date);
// The next calendar day (20240228 -> 20240229, 20241231 -> 20250101).
Date NextDay(Date date);

// A code valid in the half-open interval [from, to). from == 0: open at the
// start; to == 0: open at the end. PETRARCH's inclusive limits are converted
// on load: "<D" -> [0, D+1), ">D" -> [D, 0), "A-B" -> [A, B+1).
struct DatedCode {
  std::string code;
  Date from = 0;
  Date to = 0;
  bool Contains(Date d) const { return (from == 0 || d >= from) && (to == 0 || d < to); }
};

// ---------------------------------------------------------------------------
// Sentences

// The words of one sentence prepared for lookup: forms and lemmas lower-cased
// (ASCII and common Latin letters). Build it once per sentence and pass it to
// every Match* call. Holds copies, so the source may go away.
class WordSequence {
 public:
  WordSequence() = default;
  // From parsed words (uses Word::form and Word::lemma; an empty lemma counts
  // as equal to the form).
  explicit WordSequence(const std::vector<Word>& words);
  // From parsed words whose forms and lemmas the caller has already
  // normalized exactly as the constructor above would (NormalizeWord; an
  // empty or "_" lemma is the form): saves normalizing them twice.
  WordSequence(const std::vector<Word>& words, std::vector<std::string> forms,
               std::vector<std::string> lemmas);
  // From bare tokens (lemma = form).
  explicit WordSequence(const std::vector<std::string>& tokens);
  // Splits a phrase on white space and underscores ("Foreign_Minister Lavrov").
  static WordSequence FromPhrase(std::string_view phrase);

  size_t size() const { return forms_.size(); }
  const std::string& raw_form(size_t i) const { return raw_[i]; }  // as written
  const std::string& form(size_t i) const { return forms_[i]; }    // lower-case
  const std::string& lemma(size_t i) const { return lemmas_[i]; }  // lower-case

  // The words' dictionary vocabulary ids, computed by the first lookup and
  // reused by the next ones (defined in dictionary.cc).
  struct LookupIds;

 private:
  friend class Dictionaries;
  std::vector<std::string> raw_;
  std::vector<std::string> forms_;
  std::vector<std::string> lemmas_;
  mutable std::shared_ptr<LookupIds> ids_;
};

// The words of one sentence BEFORE tagging, for Dictionaries::MayMatch: each
// word as written and every lower-cased reading it may get once analysed
// (its normalized form first, then each lemma the lemmatizer could give it
// under any tag). Views only: the caller keeps the strings alive.
struct WordLattice {
  std::vector<std::string_view> raw;                    // as written
  std::vector<std::vector<std::string_view>> readings;  // [i][0] = NormalizeWord(raw[i])
  size_t size() const { return raw.size(); }
  void clear() {
    raw.clear();
    readings.clear();
  }
};

// Phrase dictionaries, as a bit mask for Dictionaries::MayMatch.
// kSplitActorPhrases: an actor name whose words occur in order with any
// words between them (the coder joins names split by a modifier).
enum PhraseKind : unsigned {
  kActorPhrases = 1,
  kAgentPhrases = 2,
  kDiscardPhrases = 4,
  kSplitActorPhrases = 8,
};

// Lower-cases a word the way every dictionary key and WordSequence is
// lower-cased (ASCII plus Latin-1 / Latin Extended-A capitals).
std::string NormalizeWord(std::string_view word);

// ---------------------------------------------------------------------------
// Actors

// What an actor code denotes, judged from the code itself.
enum class ActorKind {
  kCountry,  // a bare country code ("AFG", "USA"): countries, their people, capitals
  kIgo,      // intergovernmental organisation: code starts with "IGO" ("IGOUNO")
  kGroup,    // a non-state group: code starts with a non-country prefix (NGO, NGM,
             // MNC, UAF, PTY, ...) or is country + REB/INS/UAF/OPP/PTY/SEP/MOV ("AFGREB")
  kOther,    // any other country + role code: officials, institutions ("USAGOV")
};
const char* ActorKindName(ActorKind kind);  // "country", "igo", "group", "other"

// One actor entry: a canonical name, its synonyms and its codes over time.
struct Actor {
  std::string name;                // canonical (first) name, as written in the file
  std::vector<std::string> names;  // every name, canonical first (lower-case, space-separated)
  std::string default_code;        // used when no dated code applies; may be ""
  std::vector<DatedCode> codes;    // in file order; the first one containing the date wins
  bool is_country_entry = false;   // counted as a country (see Stats::countries)
  // parley format: short all-capital names ("US", "IS", "WHO": one word of 2-3
  // capital letters, dots allowed) match only tokens written exactly so. They
  // are listed here as written and (lower-cased) in `names`. So are names
  // marked "=" in the file ("=West", kept with the '='), which match only a
  // token written exactly so that no capitalized word follows ("the West",
  // not "west of Kyiv" nor "West Darfur").
  std::vector<std::string> case_sensitive_names;
  std::string origin;  // "file:line" of the entry, for dict lookup and debugging

  // The code at `date`: the first DatedCode containing it, else default_code,
  // else "". With date == 0 (unknown): default_code if any, else the last code
  // with an open end, else the last code.
  std::string CodeAt(Date date) const;
};

// One actor phrase found in a sentence.
struct ActorMatch {
  uint32_t begin = 0;  // word range [begin, end) in the WordSequence
  uint32_t end = 0;
  const Actor* actor = nullptr;  // points into the Dictionaries
  std::string code;              // actor->CodeAt(date); "" means a null code
  ActorKind kind = ActorKind::kOther;
};

// ---------------------------------------------------------------------------
// Agents

// A role noun: "minister" -> GOV. PETRARCH writes "~GOV" (role appended after
// the actor's code) or "NGO~" (code placed before the actor's code).
struct Agent {
  std::string name;  // the phrase as written (first form)
  // Every phrase of the entry, lower-case and space-separated: the singular,
  // its plural(s) (given or generated) and substitution expansions.
  std::vector<std::string> names;
  std::string code;     // the role code without '~' ("GOV", "MIL", "GOVFRM", "NGO")
  bool prefix = false;  // true for "NGO~": the role goes before the actor code
  std::string origin;   // "file:line"
};

struct AgentMatch {
  uint32_t begin = 0;  // word range [begin, end)
  uint32_t end = 0;
  const Agent* agent = nullptr;
};

// Combines an actor code and an agent: ("AFG", ~GOV) -> "AFGGOV",
// ("AFG", NGO~) -> "NGOAFG"; an empty actor code gives the bare role.
std::string ApplyAgent(std::string_view actor_code, const Agent& agent);

// ---------------------------------------------------------------------------
// Verbs
//
// One representation for both formats. A pattern hangs off a predicate (a
// verb, or a noun for nominal events) and lists the other words it needs as
// PatternElements. How elements relate to the dependency tree:
//   * element.parent == -1: a dependent of the predicate (any relation:
//     obj, obl, nmod, compound:prt, xcomp, nsubj for words before the verb...);
//     otherwise a dependent of elements[parent].
//   * element.prep non-empty: that word is introduced by this preposition
//     (its `case` child), e.g. PETRARCH "(AGAINST REVOLT)" or parley
//     "travel to +".
//   * element.before_predicate: PETRARCH pre-verb words ("- TROOP * UP"):
//     typically the subject's head or an auxiliary/adverb before the verb.
// Source and target: a kTarget/kSource element marks where that actor is; a
// pattern with no kTarget element takes the direct object (then iobj) as the
// target, and with no kSource element the subject (or obl:agent in the passive).
struct PatternElement {
  enum class Kind {
    kWord,      // a required word: one of `words`; with `words` empty, any word
                //   (PETRARCH "(AGAINST)": some phrase introduced by `prep`)
    kTarget,    // PETRARCH '+', parley 'PREP +': the target actor goes here
    kSource,    // PETRARCH '$', parley 'PREP $': the source actor goes here
    kCompound,  // PETRARCH '%': a compound actor that is both source and target
    kSkip,      // PETRARCH '^': skip this noun phrase (any words)
  };
  Kind kind = Kind::kWord;
  // kWord: the alternatives, lower-case. A synset expands into all its phrases
  // (plus generated plurals); a multi-word alternative is space-separated
  // ("is to"), its last word being the head.
  std::vector<std::string> words;
  // PETRARCH "{FINANCIAL AID}": modifiers required before/under the head,
  // each with its own alternatives (here {{"financial"}}; head in `words`).
  std::vector<std::vector<std::string>> modifiers;
  std::string prep;  // lower-case preposition introducing this element, or ""
  // Every accepted preposition: PETRARCH "(BY/WITH X)" gives {"by", "with"};
  // prep == preps.front() when non-empty.
  std::vector<std::string> preps;
  bool before_predicate = false;
  int parent = -1;  // index into VerbPattern::elements, or -1 = the predicate
  // parley format: `prep` is a word that is also a verb particle (off, over,
  // out, up, down, in, on, back, ...). Besides "word has a case child `prep`",
  // accept "the verb has a compound:prt child `prep` and word is its
  // dependent" (`cut off aid`: cut -compound:prt-> off, cut -obj-> aid).
  bool prep_may_be_particle = false;
};

struct VerbPattern {
  // CAMEO event code of the event source -> target ("190", "0331").
  // "" when the pattern only has a reverse code; "---" is PETRARCH's null code
  // (the phrase is recognised but codes no event).
  std::string code;
  // PETRARCH "[a:b]": b is a second event with source and target swapped
  // (target -> source); "" when absent. "[:054]" gives only a reverse event.
  std::string reverse_code;
  // The predicate's lemma (lower-case). For PETRARCH the pattern belongs to a
  // verb block and applies to every verb of the block; `predicate` is then
  // the block's first verb and `block` says which block.
  std::string predicate;
  bool nominal = false;  // parley "n:attack": the predicate is a noun
  int block = -1;        // PETRARCH verb block (index into verb_blocks()), -1 for parley
  std::vector<PatternElement> elements;

  // Derived conveniences: the preposition of the kTarget / kSource element
  // ("" when that actor is the plain object / subject), and whether the
  // pattern has such an element at all.
  std::string target_prep;
  std::string source_prep;
  bool has_target = false;
  bool has_source = false;

  std::string text;    // the pattern as written, for dict lookup and debugging
  std::string origin;  // "file:line"
};

// A verb known to the dictionary, with the words that make it multi-word.
struct Verb {
  std::string lemma;                // lower-case lemma ("set" for "+SET_UP")
  std::vector<std::string> before;  // words right before the verb ("WIRE_+TAP" -> {"wire"})
  std::vector<std::string> after;   // particles right after ("+SET_UP" -> {"up"})
  std::vector<std::string> forms;   // inflected forms incl. the lemma (irregular given or
                                    // regular generated), lower-case, verb word only
  // The code when the verb occurs without any matching pattern: the verb's own
  // "[code]", else its block's code; "" or "---" means no event.
  std::string default_code;
  std::string default_reverse_code;  // PETRARCH "[a:b]" default: b (see VerbPattern)
  std::vector<uint32_t> patterns;    // indices into Dictionaries::patterns(), most specific
                                     // first: most elements, then most kWord
                                     // elements, then file order
  int block = -1;                    // PETRARCH verb block, -1 for parley
  std::string origin;                // "file:line"
};

// A PETRARCH verb block ("--- ACCUSE [112] ---"): its verbs share its patterns.
struct VerbBlock {
  std::string name;                // "ACCUSE"
  std::string code;                // block default code, "---" when none
  std::string reverse_code;        // "[a:b]" block code: b
  std::vector<uint32_t> verbs;     // indices into Dictionaries::verbs()
  std::vector<uint32_t> patterns;  // indices into Dictionaries::patterns()
  std::string origin;
};

// PETRARCH transformation "~ a (a b ATTACK) SAY = a b 015": when verb
// `outer_verb` (with source `outer_source`) governs a clause coded with
// `inner_verb` (source `inner_source`, target `inner_target`), code the whole
// as `result_source result_target code`. Letters are variables, '.' means
// "some actor", '_' "no actor", verb "Q" means any verb.
struct VerbTransformation {
  std::string outer_source, inner_source, inner_target, inner_verb, outer_verb;
  std::string result_source, result_target, code;
  std::string origin;
};

// ---------------------------------------------------------------------------
// Discards and issues

struct Discard {
  enum class Scope {
    kSentence,  // do not code the sentence
    kStory,     // PETRARCH "+PHRASE": do not code the whole story
    kActor,     // parley "PHRASE +": only this phrase is not an actor
  };
  std::string phrase;  // lower-case, space-separated
  Scope scope = Scope::kSentence;
  // PETRARCH phrases not ending in '_' are stems: their last word matches any
  // word starting with it ("BASEBALL" also matches "baseballs").
  bool stem = false;
  std::string origin;
};

struct DiscardMatch {
  uint32_t begin = 0, end = 0;
  const Discard* discard = nullptr;
};

struct Issue {
  std::string phrase;  // one expanded phrase, lower-case
  std::string code;    // "ID_ATROCITY"; for an ignore phrase, ""
  // PETRARCH "~phrase": its presence cancels all issue coding of the sentence.
  bool ignore = false;
  std::string origin;
};

struct IssueMatch {
  uint32_t begin = 0, end = 0;
  const Issue* issue = nullptr;
};

// ---------------------------------------------------------------------------
// Loading

// Explicit PETRARCH file lists, as named by a PETRARCH <Environment> block or
// PETR_config.ini. Paths are used as given (relative to the current directory).
struct PetrarchFiles {
  std::vector<std::string> actors;
  std::vector<std::string> verbs;
  std::vector<std::string> agents;
  std::vector<std::string> discards;
  std::vector<std::string> issues;
};

// Entry counts, as printed by `parley dict stats`.
struct DictionaryStats {
  size_t actors = 0;         // actor entries
  size_t actor_names = 0;    // names incl. synonyms
  size_t agents = 0;         // agent entries: one per dictionary line
  size_t agent_names = 0;    // agent phrases incl. plurals (given or generated)
  size_t verbs = 0;          // Verb entries
  size_t verb_patterns = 0;  // VerbPatterns
  size_t verb_blocks = 0;    // PETRARCH blocks (0 for parley)
  size_t synsets = 0;        // PETRARCH synsets
  size_t transformations = 0;
  size_t discards = 0;
  size_t issues = 0;     // expanded issue phrases (ignore phrases included)
  size_t countries = 0;  // distinct country codes of country entries
  size_t warnings = 0;
  double load_seconds = 0;  // wall time of the load (0 when built from memory)
};

// The directory parley's own dictionaries are read from by default:
// $PARLEY_DATA if set, else `data/` beside or above the running binary
// (../data, ../../data), else PARLEY_SOURCE_DIR/data.
std::string DefaultDataDir();

class Dictionaries {
 public:
  // Loads a directory. It is read as parley's format when it holds any of
  // countries.txt, verbs.txt, agents.txt (actors-*.txt, officials-*.txt,
  // discards.txt, issues.txt are read too); otherwise as PETRARCH, picking files
  // by name: *actors*.txt, CAMEO*.txt / *verbs*.txt, *agents*.txt,
  // *discards*.txt, *Issue*.txt / *issues*.txt. In a PETRARCH directory that
  // holds both PETR.Validate.* and Phoenix.* files, only the Phoenix set plus
  // CAMEO.2.0.txt is loaded (the validation files are a separate, fictional set).
  static Status LoadDirectory(const std::string& dir, std::shared_ptr<const Dictionaries>* out);
  // Loads exactly the given PETRARCH files.
  static Status LoadPetrarch(const PetrarchFiles& files, std::shared_ptr<const Dictionaries>* out);
  // Loads parley's own format from `dir` (see data/FORMAT.md).
  static Status LoadParley(const std::string& dir, std::shared_ptr<const Dictionaries>* out);

  // --- Lookup over a sentence ---------------------------------------------

  // Non-overlapping longest actor matches, left to right, codes resolved at
  // `date` (0 = unknown, see Actor::CodeAt). Words already covered by a
  // kActor discard are not matched.
  std::vector<ActorMatch> MatchActors(const WordSequence& words, Date date) const;
  // Non-overlapping longest agent matches, left to right.
  std::vector<AgentMatch> MatchAgents(const WordSequence& words) const;
  // Non-overlapping longest discard matches (any scope).
  std::vector<DiscardMatch> MatchDiscards(const WordSequence& words) const;
  // Non-overlapping longest issue matches, ignore phrases included (the caller
  // drops all issues of a sentence with an ignore match).
  std::vector<IssueMatch> MatchIssues(const WordSequence& words) const;

  // Of the phrase dictionaries in `kinds` (PhraseKind bits), those some
  // phrase of which could match the sentence under SOME choice of readings:
  // whenever Match{Actors,Agents,Discards} finds a phrase in the analysed
  // sentence (whose forms and lemmas are among `words`' readings), its bit is
  // set. Over-approximates (ignores kActor discards and dates); linear in the
  // sentence length times the longest phrase. For skipping sentences that
  // cannot matter to the coder before tagging them.
  // With `actor_starts`, also the number of words where an agent phrase or
  // an actor name (split or not, as kSplitActorPhrases) may start, counted
  // up to 2 (2: two or more). Two actors the coder finds start at two
  // different words, so a sentence with fewer than two such words (and
  // pronouns) cannot hold a dyad.
  unsigned MayMatch(const WordLattice& words, unsigned kinds, size_t* actor_starts = nullptr) const;

  // Every actor whose names include `phrase` exactly (normalized), for
  // `dict lookup`; usually 0 or 1, more when files disagree.
  std::vector<const Actor*> FindActors(std::string_view phrase) const;

  // --- Verbs ---------------------------------------------------------------

  // Verbs whose lemma or one of whose forms equals `word` (normalized), e.g.
  // "attack", "attacked", "came" (-> come). Multi-word verbs are returned for
  // their verb word ("set" returns both "set" and "set up"); check
  // Verb::before / Verb::after against the sentence. The list lives as long
  // as the dictionaries (no allocation: the coder asks for every verb).
  const std::vector<const Verb*>& FindVerbs(std::string_view word) const;
  // Nominal patterns (parley "n:") for a noun lemma, most specific first.
  const std::vector<const VerbPattern*>& FindNominalPatterns(std::string_view noun) const;

  const std::vector<Verb>& verbs() const { return verbs_; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  const std::vector<VerbBlock>& verb_blocks() const { return blocks_; }
  const std::vector<VerbTransformation>& transformations() const { return transformations_; }

  // --- Everything else -----------------------------------------------------

  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<Agent>& agents() const { return agents_; }
  const std::vector<Discard>& discards() const { return discards_; }
  const std::vector<Issue>& issues() const { return issues_; }
  // The country of a place name that names another actor when it acts
  // ("Brussels": IGOEUREEC as an actor, BEL as a place; parley's
  // places*.txt), or "" for other phrases. `phrase` as NormalizePhrase
  // gives it (lower case, words separated by one space).
  const std::string& PlaceCountryOf(const std::string& phrase) const;
  size_t num_places() const { return place_countries_.size(); }
  // ActorKind of a code, using the country codes this dictionary defines.
  ActorKind KindOfCode(std::string_view code) const;
  bool IsCountryCode(std::string_view code) const;

  // "file:line: message" for every skipped or questionable line.
  const std::vector<std::string>& warnings() const { return warnings_; }
  DictionaryStats stats() const;
  // The format the dictionaries were read from: "parley" or "petrarch".
  const std::string& format() const { return format_; }

  // The CAMEO table (CameoTable::Default()).
  const CameoTable& cameo() const { return CameoTable::Default(); }

  ~Dictionaries();
  Dictionaries(const Dictionaries&) = delete;
  Dictionaries& operator=(const Dictionaries&) = delete;

 private:
  friend class DictionaryBuilder;
  Dictionaries();
  struct Index;  // compiled tries, defined in dictionary.cc

  std::string format_;
  std::vector<Actor> actors_;
  std::vector<Agent> agents_;
  std::vector<Verb> verbs_;
  std::vector<VerbPattern> patterns_;
  std::vector<VerbBlock> blocks_;
  std::vector<VerbTransformation> transformations_;
  std::vector<Discard> discards_;
  std::vector<Issue> issues_;
  std::unordered_map<std::string, std::string> place_countries_;  // see PlaceCountryOf
  std::vector<std::string> warnings_;
  size_t synsets_ = 0;
  double load_seconds_ = 0;
  std::unique_ptr<Index> index_;
};

// Builds a Dictionaries from file contents in memory: used by the loaders, the
// tests (inline snippets) and the fuzzer. `name` is the file name used in
// warnings ("CAMEO.2.0.txt:812: ..."). Add* never fail: bad lines become
// warnings. Build() compiles the lookup structures; the builder is then empty.
class DictionaryBuilder {
 public:
  DictionaryBuilder();
  ~DictionaryBuilder();

  // PETRARCH formats.
  void AddPetrarchActors(std::string_view text, std::string_view name);
  void AddPetrarchVerbs(std::string_view text, std::string_view name);
  void AddPetrarchAgents(std::string_view text, std::string_view name);
  void AddPetrarchDiscards(std::string_view text, std::string_view name);
  void AddPetrarchIssues(std::string_view text, std::string_view name);
  // parley format (data/FORMAT.md). `countries` marks countries.txt, whose
  // entries with a bare three-letter first code count as countries.
  void AddParleyActors(std::string_view text, std::string_view name, bool countries);
  void AddParleyAgents(std::string_view text, std::string_view name);
  void AddParleyVerbs(std::string_view text, std::string_view name);
  void AddParleyDiscards(std::string_view text, std::string_view name);
  void AddParleyIssues(std::string_view text, std::string_view name);
  void AddParleyPlaces(std::string_view text, std::string_view name);

  void AddWarning(std::string warning);
  void set_format(std::string format);
  void set_load_seconds(double seconds);

  std::shared_ptr<const Dictionaries> Build();

 private:
  struct State;  // synsets etc. while reading, defined in the .cc files
  std::unique_ptr<Dictionaries> dicts_;
  std::unique_ptr<State> state_;
};

}  // namespace parley::dict
