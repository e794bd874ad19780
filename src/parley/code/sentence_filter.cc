#include "parley/code/sentence_filter.h"

#include <algorithm>
#include <string>

#include "parley/code/sentence_coder.h"
#include "parley/code/word_set.h"
#include "parley/nlp/tokenizer.h"

namespace parley::code {

namespace {

// Whether a code or "[a:b]" default code names an event either way.
bool CodesEvent(const std::string& code, const std::string& reverse_code) {
  using internal::IsEventCode;
  if (IsEventCode(code) || IsEventCode(reverse_code)) return true;
  const size_t colon = code.find(':');
  return colon != std::string::npos && IsEventCode(code.substr(colon + 1));
}

// Whether `code` starts with one of `only`.
bool StartsWithOne(const std::string& code, std::initializer_list<std::string_view> only) {
  for (std::string_view prefix : only)
    if (code.compare(0, prefix.size(), prefix) == 0) return true;
  return false;
}

}  // namespace

bool SentenceFilter::VerbMayCode(const dict::Verb& verb, const std::vector<uint32_t>& bag,
                                 CodePrefixes only) const {
  // The coder gives a verb its own code when no pattern matches
  // (SentenceCoder::MatchVerb), else the code of a matching pattern, which
  // needs a word of each of its word lists among the sentence's forms and
  // lemmas (MatchPattern's quick rejection, on the same ids).
  auto wanted = [&](const std::string& code, const std::string& reverse_code) {
    return only.size() == 0 ? CodesEvent(code, reverse_code) : StartsWithOne(code, only);
  };
  if (wanted(verb.default_code, verb.default_reverse_code)) return true;
  const dict::Dictionaries& dicts = coder_.dictionaries();
  const AlternativesIndex& alternatives = coder_.alternatives();
  for (uint32_t index : verb.patterns) {
    const dict::VerbPattern& pattern = dicts.pattern(index);
    if (!wanted(pattern.code, pattern.reverse_code)) continue;
    const uint32_t* group = alternatives.required.data() + alternatives.required_at[index];
    const uint32_t* end = alternatives.required.data() + alternatives.required_at[index + 1];
    bool all = true;
    while (group < end && all) {
      const uint32_t* ids = group + 1;
      group = ids + *group;
      all = std::any_of(ids, group, [&bag](uint32_t id) {
        return std::binary_search(bag.begin(), bag.end(), id);
      });
    }
    if (all) return true;
  }
  return false;
}

bool SentenceFilter::MayHavePredicate(const dict::WordLattice& words, CodePrefixes only) const {
  const dict::Dictionaries& dicts = coder_.dictionaries();
  // The ids of every reading, as the coder's pattern index knows them.
  std::vector<uint32_t> bag;
  for (const auto& readings : words.readings)
    for (std::string_view r : readings) {
      const uint32_t id = coder_.alternatives().Id(r);
      if (id != AlternativesIndex::kNoWord) bag.push_back(id);
    }
  AlternativesIndex::SortUnique(&bag);
  for (const auto& readings : words.readings)
    for (std::string_view r : readings) {
      // (or a noun of a nominal event: "an Israeli airstrike on Gaza")
      for (const dict::VerbPattern* pattern : dicts.FindNominalPatterns(r))
        if (only.size() == 0 || StartsWithOne(pattern->code, only)) return true;
      for (const dict::Verb* v : dicts.FindVerbs(r))
        if (VerbMayCode(*v, bag, only)) return true;
    }
  return false;
}

SentenceFilter::Flags SentenceFilter::Judge(const dict::WordLattice& words,
                                            const NameWords* aliases, size_t sentence) const {
  const dict::Dictionaries& dicts = coder_.dictionaries();
  const CoderOptions& opt = coder_.options();
  size_t pronouns = 0, they = 0;
  bool both_koreas = false;
  // (a person's name word alone, "Austin" after "Lloyd Austin": a name)
  size_t alias_words = 0;
  if (opt.coreference && aliases != nullptr && !aliases->empty())
    for (size_t i = 0; i < words.size(); ++i) {
      // (alone, as the coder takes it: not inside another name)
      if (!IsNameAlias(words.raw[i]) || words.readings[i].empty() ||
          (i > 0 && IsNameAlias(words.raw[i - 1])) ||
          (i + 1 < words.size() && IsNameAlias(words.raw[i + 1])))
        continue;
      auto it = aliases->find(words.readings[i][0]);
      if (it != aliases->end() && it->second <= sentence) ++alias_words;
    }
  for (size_t i = 0; i < words.size(); ++i) {
    if (opt.coreference && !words.readings[i].empty()) {
      std::string_view form = words.readings[i][0];
      if (IsResolvablePronoun(form) || IsGroupDescriptionNoun(form) || IsIgoDescriptionNoun(form))
        ++pronouns;  // or a description that stands for an actor like one
      if (OneOf(form, {"they", "them"})) ++they;
      // (or an owner the coder resolves, SentenceCoder::PronounOwner: "its"
      // and "their" of any object of force, "rammed its vessels"; a person's
      // only of what was said, "rejected his remarks"; "her" counts above)
      else if (OneOf(form, {"its", "their"}))
        ++pronouns;
      else if (form == "his")
        for (size_t j = i + 1; j < words.size() && j <= i + 4; ++j)
          if (std::any_of(words.readings[j].begin(), words.readings[j].end(),
                          [](std::string_view r) { return IsUtteranceNoun(r); })) {
            ++pronouns;
            break;
          }
      // (or a definite attack, which stands for its attacker when condemned:
      // "The Palestinian Authority condemned the raid"; by any reading, so
      // "raids" counts once its lemma is known)
      // (or a definite accusation, which stands for its accuser when
      // rejected: "Hamas rejected the accusation"; SentenceCoder::
      // AnsweredUtterance)
      if (i > 0 && !words.readings[i - 1].empty() &&
          OneOf(words.readings[i - 1][0], {"the", "this", "these", "those", "such"}) &&
          std::any_of(words.readings[i].begin(), words.readings[i].end(), [](std::string_view r) {
            return IsCondemnedActLemma(r) || IsAnsweredUtteranceNoun(r) || IsCoercionNoun(r) ||
                   IsLaunchNoun(r) || IsSanctionNoun(r) || IsActReferenceNoun(r) ||
                   IsAgreementNoun(r) || IsForceShowNoun(r);
          }))
        ++pronouns;
      // "the two countries", "the two leaders", "both sides" stands for two
      if (i > 0 && !words.readings[i - 1].empty() &&
          (words.readings[i - 1][0] == "two" || words.readings[i - 1][0] == "both") &&
          (OneOf(form, {"countries", "nations", "neighbours", "neighbors", "sides"}) ||
           (i > 1 && !words.readings[i - 2].empty() && words.readings[i - 2][0] == "the") ||
           words.readings[i - 1][0] == "both"))
        pronouns += 2;
      // ("the two Koreas" name both, SentenceCoder::ResolveConj)
      if (OneOf(words.raw[i], {"Koreas", "KOREAS"})) both_koreas = true;
      // ("the North", "the South": a Korea, SentenceCoder::KoreaNamedBefore)
      if (i > 0 && !words.readings[i - 1].empty() && words.readings[i - 1][0] == "the" &&
          OneOf(words.raw[i], {"North", "South"}))
        ++pronouns;
      if (i > 0 && !words.readings[i - 1].empty() &&
          ((words.readings[i - 1][0] == "warring" &&
            OneOf(form, {"parties", "sides", "factions"})) ||
           (words.readings[i - 1][0] == "all" && form == "sides")))
        pronouns += 2;
    }
  }
  // Actors: contiguous or split by other words (JoinSplitActorNames).
  // An event pairs two actors of different codes, which start at two
  // different words (a name's or a pronoun's), unless a source alone is coded.
  size_t actor_starts = 0;
  const bool count_starts = opt.require_dyad && pronouns < 2;
  unsigned found =
      dicts.MayMatch(words, dict::kSplitActorPhrases | dict::kAgentPhrases | dict::kDiscardPhrases,
                     count_starts ? &actor_starts : nullptr);
  bool named = (found & (dict::kSplitActorPhrases | dict::kAgentPhrases)) != 0 || alias_words > 0 ||
               both_koreas;
  bool names = named || pronouns > 0;
  bool dyad = !count_starts || both_koreas || actor_starts + pronouns + alias_words >= 2;
  // (an appeal for de-escalation naming no party is made to the sides of the
  // latest fight: SentenceCoder::SidesOfLatestFight; a threat naming no party,
  // by one attacked just before, to its attacker: SentenceCoder::AttackerOf;
  // a denial naming no party, by one accused just before, to its accuser; a
  // ceasefire violated by the latest attacker, against the party attacked;
  // parley's conventions)
  if (!dyad && named && opt.coreference && !opt.petrarch_null_codes &&
      MayHavePredicate(words, {"0256", "13", "016", "196"}))
    dyad = true;
  Flags f;
  f.event = names && dyad && MayHavePredicate(words);
  // ("they" may stand for two, the conjoined subjects of the sentence
  // before: SentenceCoder::ResolvePronoun; Needed checks that sentence)
  f.event_with_pair = !dyad && they > 0 && opt.coreference && names && MayHavePredicate(words);
  f.two_named = !count_starts || both_koreas || actor_starts >= 2;
  f.names = opt.coreference && names;
  f.discard = (found & dict::kDiscardPhrases) != 0;
  f.via_pronoun = names && !named;
  return f;
}

void SentenceFilter::Needed(const std::vector<Flags>& flags, std::vector<char>* needed) {
  size_t n = flags.size();
  needed->assign(n, 0);
  // event[i], names[i]: the flags, where a pronoun counts only after a
  // sentence that may name an actor (before it, the coder remembers none).
  std::vector<char> event(n, 0), names(n, 0);
  bool any_event = false, named_before = false;
  for (size_t i = 0; i < n; ++i) {
    bool pronoun_resolves = !flags[i].via_pronoun || named_before;
    const bool pair_before = i > 0 && flags[i - 1].two_named;
    event[i] = (flags[i].event || (flags[i].event_with_pair && pair_before)) && pronoun_resolves;
    names[i] = flags[i].names && pronoun_resolves;
    any_event = any_event || event[i];
    named_before = named_before || (flags[i].names && !flags[i].via_pronoun);
  }
  if (!any_event) return;    // no event anywhere: nothing can matter
  bool event_after = false;  // some sentence after i may yield an event
  for (size_t i = n; i-- > 0;) {
    (*needed)[i] = event[i] || (names[i] && event_after) || flags[i].discard;
    event_after = event_after || event[i];
  }
}

namespace {

// Normalized forms (and lemmas) of one sentence and the lattice viewing them.
struct Readings {
  std::vector<std::string> forms, lemmas;
  dict::WordLattice lattice;
  void Build(const std::vector<Word>& words, const std::vector<std::string>* lemma_of) {
    size_t n = words.size();
    forms.resize(n);
    lemmas.resize(n);
    lattice.clear();
    for (size_t i = 0; i < n; ++i) {
      forms[i] = dict::NormalizeWord(words[i].form);
      const std::string* l = lemma_of ? &(*lemma_of)[i] : nullptr;
      // As WordSequence reads a Word: an empty or "_" lemma is the form.
      if (l != nullptr && !l->empty() && *l != "_")
        lemmas[i] = dict::NormalizeWord(*l);
      else
        lemmas[i] = forms[i];
    }
    for (size_t i = 0; i < n; ++i) {
      lattice.raw.push_back(words[i].form);
      lattice.readings.emplace_back();
      lattice.readings.back().push_back(forms[i]);
      if (lemmas[i] != forms[i]) lattice.readings.back().push_back(lemmas[i]);
    }
  }
};

bool Coded(const Document& doc, const Sentence& s) {
  return !s.words.empty() && s.codable && !doc.in_no_code(s.start, s.end);
}

}  // namespace

size_t AnalyzeForCoding(const nlp::Pipeline& pipeline, const SentenceFilter& filter,
                        Document* doc) {
  if (doc->sentences.empty() && !doc->text.empty()) tokenize(doc);
  size_t n = doc->sentences.size();
  std::vector<SentenceFilter::Flags> flags(n);
  std::vector<char> needed;
  Readings rd;
  // The name words each sentence may use alone (SentenceCoder::
  // MatchNameAliases): IsRememberedNameWord words of the sentences before
  // it, a superset of the words of the persons' names the coder remembers.
  SentenceFilter::NameWords aliases;
  for (size_t i = 0; i + 1 < n; ++i) {
    const Sentence& s = doc->sentences[i];
    if (!Coded(*doc, s)) continue;
    for (size_t k = 0; k < s.words.size(); ++k)
      if (IsRememberedNameWord(s.words, k))
        aliases.emplace(dict::NormalizeWord(s.words[k].form), i + 1);
  }
  // 1. Forms only: a lower bound of every flag, so the sentences needed now
  //    are needed in the end (Needed is monotone).
  for (size_t i = 0; i < n; ++i) {
    const Sentence& s = doc->sentences[i];
    if (!Coded(*doc, s)) continue;
    rd.Build(s.words, nullptr);
    flags[i] = filter.Judge(rd.lattice, &aliases, i);
  }
  SentenceFilter::Needed(flags, &needed);
  std::vector<char> analysed(n, 0);
  size_t parsed = 0;
  // 2. Exact flags: the lemmas of the analysed sentences and of the others,
  //    which are only tagged (their tag ids kept for step 3).
  std::vector<std::vector<int>> tags(n);
  std::vector<std::string> lemmas;
  for (size_t i = 0; i < n; ++i) {
    Sentence& s = doc->sentences[i];
    if (!Coded(*doc, s)) continue;
    if (needed[i]) {
      pipeline.analyze_sentence(&s);
      analysed[i] = 1;
      ++parsed;
      // Lemmas can only add flags; with event and names set, the one left
      // (discard) could only make this sentence needed, which it is.
      if (flags[i].event && (flags[i].names || !filter.coder().options().coreference)) continue;
    } else {
      pipeline.tag_sentence(&s, &tags[i]);
    }
    lemmas.clear();
    for (const Word& w : s.words) lemmas.push_back(w.lemma);
    rd.Build(s.words, &lemmas);
    if (rd.lemmas == rd.forms) continue;  // the readings of step 1: the same flags
    flags[i] = filter.Judge(rd.lattice, &aliases, i);
  }
  SentenceFilter::Needed(flags, &needed);
  // 3. The sentences only their lemmas (or their neighbours') made needed:
  //    tagged in step 2, parsed now.
  for (size_t i = 0; i < n; ++i)
    if (needed[i] && !analysed[i]) {
      pipeline.parse_sentence(&doc->sentences[i], tags[i]);
      ++parsed;
    }
  return parsed;
}

}  // namespace parley::code
