// Coder: from UD-parsed sentences and the dictionaries to event records.
//
// For every predicate the dictionaries know (a verb, a multi-word verb, or a
// noun with a nominal pattern) the coder tries the predicate's patterns most
// specific first against the dependency tree, then finds the source (nsubj;
// obl:agent in the passive; the controller for xcomp, the shared subject for
// conj) and the target (the slot the pattern names, else obj, iobj, then the
// first actor-bearing nominal after the verb). Noun phrases resolve to actor
// codes through actor + agent matches ("Afghan ambassador" -> AFGGOV);
// conjoined actors give one event per (source, target) pair. Negated
// predicates are dropped unless keep_negated; predicates under "if"/"unless"
// are never coded. Clauses under a verb of saying carry the speaker as
// reported_by. Pronouns and definite descriptions resolve to the most recent
// compatible actor of the document.
//
// A Coder is immutable after construction and safe to share across threads;
// all per-document state lives on the stack of CodeDocument().
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "parley/code/event.h"
#include "parley/code/negation.h"
#include "parley/code/pico.h"
#include "parley/dict/dictionary.h"
#include "parley/doc/document.h"

namespace parley::code {

struct CoderOptions {
  bool keep_negated = false;  // emit negated events with negated = true
  bool coreference = true;    // resolve pronouns / definite descriptions
  // Code an agent with no actor as "---ROLE" (PETRARCH's convention, used by
  // `parley validate`) instead of the bare role ("GOV").
  bool petrarch_null_codes = false;
  // PETRARCH compatibility for the validation suites: a passive with no
  // "by" agent takes the first actor in another prepositional phrase as its
  // source ("X was shot dead in Y" -> Y X).
  bool petrarch_passive = false;
  // PETRARCH compatibility: a predicate with no target in its own clause
  // takes the first actor of its clausal complement ("A believes B can cope").
  bool petrarch_ccomp_target = false;
  // PETRARCH compatibility: conjoined parties meeting "in" a place target
  // the place ("A and B met in Zurich" -> A CHE, B CHE) instead of each other.
  bool petrarch_place_targets = false;
  // An agent with no actor takes the country of the place its act happens in
  // ("Protesters clashed with police in Paris" -> FRAOPP FRACOP). PETRARCH
  // (and `parley validate`) keeps the bare role.
  bool place_countries = true;
  // PETRARCH's require_dyad: when false, a predicate with a source but no
  // target is still coded, with the target "---".
  bool require_dyad = true;
  // Nouns the verb dictionary lists with "n:" are events of their own when
  // their phrase names both sides ("the Russian attack on Kyiv"); outside
  // PETRARCH mode only.
  bool nominal_events = true;
  // PETRARCH compatibility: code negated predicates with the negated code
  // from this table (events whose code has no negation are dropped).
  std::shared_ptr<const NegationTable> negation;
  // PETRARCH compatibility: a verb governing an event clause with no
  // subject of its own ("seek to deepen", "asks B to help C") codes one
  // event with the two codes combined through this ontology.
  std::shared_ptr<const PicoOntology> pico;
  // Rewrite common parser errors before coding (parse_repair.h). `parley
  // validate --given-parse` turns it off to code the suite's parses as given.
  bool repair_parses = true;
  // Debugging: describe every predicate's match on stderr.
  bool trace = false;
};

// Noun phrases in source/target position that no dictionary resolves,
// collected across documents (thread-safe) for `--unknown-actors`.
class UnknownActors {
 public:
  void Add(const std::string& phrase, bool proper, const std::string& sentence);
  // Proper nouns first, then by count (descending), then alphabetically:
  // "count<TAB>kind<TAB>phrase<TAB>example sentence" lines with a header.
  std::string Report() const;
  size_t size() const;

 private:
  struct Entry {
    uint64_t count = 0;
    bool proper = false;
    std::string example;
  };
  mutable std::mutex mu_;
  std::map<std::string, Entry> entries_;
};

struct AlternativesIndex;  // hashed pattern word lists, built once per Coder

class Coder {
 public:
  Coder(std::shared_ptr<const dict::Dictionaries> dicts, CoderOptions options);

  // Codes every codable sentence of `doc` in order and appends the events to
  // *events (sentence order, then predicate order). `unknown` may be null.
  void CodeDocument(const Document& doc, std::vector<Event>* events,
                    UnknownActors* unknown = nullptr) const;

  const dict::Dictionaries& dictionaries() const { return *dicts_; }
  const CoderOptions& options() const { return options_; }
  const AlternativesIndex& alternatives() const { return *alternatives_; }

 private:
  std::shared_ptr<const dict::Dictionaries> dicts_;
  CoderOptions options_;
  std::shared_ptr<const AlternativesIndex> alternatives_;
};

}  // namespace parley::code
