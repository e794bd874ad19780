// SentenceFilter: which sentences of a document can matter to the coder, so
// that `parley code` parses only those (AnalyzeForCoding).
//
// A sentence can yield an event only when the coder could find an actor in
// it (an actor or agent phrase, an actor name split by other words, or, with
// coreference, a name word of a person named in full before ("Austin" after
// "Lloyd Austin"), a pronoun that could stand for an earlier actor, "its" and
// "their" as owners, "his" and "her" as owners of what someone said) AND a
// predicate that may carry an event code (a noun of an "n:" pattern, or a verb whose own code
// is an event or one of whose event patterns finds a word of each of its word lists in the
// sentence: "hold" alone codes nothing, "hold talks" does) AND, unless a source
// alone is coded (CoderOptions::require_dyad off), two such actors: an event's source and target
// have different codes, so their names or pronouns start at two different words
// (Dictionaries::CountActorStarts), or, with parley's conventions, one actor and
// a predicate that may be an appeal for de-escalation (0256), which the coder
// addresses to the sides of the latest fight (SentenceCoder::SidesOfLatestFight),
// or a threat (13x), which it addresses to whoever attacked the threatening
// country just before (SentenceCoder::AttackerOf). The dictionaries
// match forms and lemmas; parse repairs change tags and arcs but never forms (a verb form retagged
// as a noun takes its form as its lemma), so these tests on (form, lemma) over-approximate what the
// coder finds.
//
// Besides its own events a sentence matters through the state the coder
// carries between the sentences of a document: its actors feed coreference
// (pronouns and definite descriptions of later sentences), and a story
// discard phrase drops the whole document. A pronoun stands only for an actor
// named in an earlier sentence (the coder remembers a sentence's actors after
// coding it, those found by their names or, for "they", a plural role: both
// are phrases the filter counts), so a sentence whose only
// actor could be a pronoun may yield an event only after a sentence that may
// name one. So sentence i is parsed when
//   * it may yield an event (a "they" counting as two actors when the
//     sentence before may name two: the coder's "they" after conjoined
//     subjects), or
//   * it may name an actor (or hold a pronoun) and a later sentence may
//     yield an event, or
//   * it may hold a discard phrase and some sentence may yield an event.
// Skipping any other sentence changes no event: the coder codes only parsed
// sentences, and every event comes from a sentence whose coreference state
// is built only from parsed sentences. Sentences the coder never codes (not
// codable, inside a no-code span) are not parsed either.
//
// `--unknown-actors` needs every parse: do not filter then.
//
// Thread safety: immutable after construction; share it across threads.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <vector>

#include "parley/code/coder.h"
#include "parley/dict/dictionary.h"
#include "parley/doc/document.h"
#include "parley/nlp/pipeline.h"

namespace parley::code {

class SentenceFilter {
 public:
  // What one sentence may contribute, judged from its words' readings.
  struct Flags {
    bool event = false;    // may yield an event
    bool names = false;    // may name an actor the coder remembers (coreference on)
    bool discard = false;  // may hold a discard phrase
    // names (and so event) hold only through a resolvable pronoun: the event
    // needs an actor named in an earlier sentence.
    bool via_pronoun = false;
    // may yield an event when a "they" of it stands for two actors, which
    // the sentence before must name (two_named there)
    bool event_with_pair = false;
    bool two_named = false;  // may name two actors or more
  };

  explicit SentenceFilter(const Coder& coder) : coder_(coder) {}

  // Flags of a sentence whose word i reads as any of words.readings[i]
  // (forms and lemmas, normalized). More readings never clear a flag but
  // via_pronoun, which they clear only by finding a name (a stronger flag).
  // A word written (words.raw) as a key of `aliases` (normalized) whose value
  // is at most `sentence` may name the person an earlier sentence named in
  // full (SentenceCoder::MatchNameAliases): the value is the first sentence
  // after one holding that word among two name words or more.
  using NameWords = std::map<std::string, size_t, std::less<>>;
  Flags Judge(const dict::WordLattice& words, const NameWords* aliases = nullptr,
              size_t sentence = 0) const;

  // (*needed)[i] = 1 when sentence i must be parsed and coded, from the
  // flags of every sentence of the document (rule above). Monotone: setting
  // more flags (or clearing via_pronoun) never clears an entry.
  static void Needed(const std::vector<Flags>& flags, std::vector<char>* needed);

  const Coder& coder() const { return coder_; }

 private:
  // Codes by their first digits ("0256", "13"); empty: any event code.
  using CodePrefixes = std::initializer_list<std::string_view>;
  // Whether `verb` may yield an event code in a sentence whose readings have
  // the sorted ids `bag` (AlternativesIndex ids).
  // With `only`, whether it may yield a code starting with one of them.
  bool VerbMayCode(const dict::Verb& verb, const std::vector<uint32_t>& bag,
                   CodePrefixes only = {}) const;
  // Whether some word may be a coded predicate: a verb that VerbMayCode, or
  // a noun of a nominal event (with `only`, one that may yield such a code).
  bool MayHavePredicate(const dict::WordLattice& words, CodePrefixes only = {}) const;

  const Coder& coder_;
};

// Analyses *doc for `coder`: tokenizes it when it has no sentences, then
// tags, lemmatizes and parses (pipeline.analyze_sentence) exactly the
// sentences whose parse can change the document's events; the others keep
// unparsed words (head -1), which the coder does not code. Sentences that
// their forms alone show to be needed are analysed directly; the rest are
// first only tagged and lemmatized to judge them by their lemmas. Coding the
// result gives the same events as coding the fully analysed document.
// Sentences that are only tagged (Pipeline::tag_sentence) keep their tags
// and lemmas but no parse. Tagging is not skipped: the lemmas a word could
// get under every tag cost more to enumerate (102 tags) than tagging the
// sentence.
// Returns the number of sentences parsed.
size_t AnalyzeForCoding(const nlp::Pipeline& pipeline, const SentenceFilter& filter, Document* doc);

}  // namespace parley::code
